"""English common words (natopress.draft.lexicon): a run of them alone is no person's name."""

from __future__ import annotations

import pytest

from natopress.draft.lexicon import all_common, is_common


@pytest.mark.parametrize(
    ("word", "common"),
    [
        ("Mosque", True),
        ("Briefing", True),
        ("Practices", True),  # `-s`: practice
        ("Activities", True),  # `-ies`: activity
        ("Churches", True),  # `-es` after a sibilant: church
        ("NATO's", False),
        ("James", False),  # `jame` is no word: no singular by `-es` after `m`
        ("Mattis", False),  # no singular of a word in `-is`
        ("Riga", False),  # a proper noun, capitalised in the list
        ("Stoltenberg", False),
        ("Programmes", True),  # British `-mme`: program
        ("Harbour", True),  # British `-our`: harbor
        ("Theatre", True),  # British `-tre`: theater
        ("Manoeuvres", True),  # British `-oeuvre`: maneuver
        ("Seymour", False),  # `seymor` is no word either
        ("Louise", False),  # nor is `louize`
    ],
)
def test_is_common(word: str, common: bool) -> None:
    assert is_common(word) is common


def test_all_common_needs_every_word() -> None:
    assert all_common(["Blue", "Mosque"])
    assert not all_common(["Riga", "Cemetery"])
    assert not all_common([])
