"""Drafting texts that no release is written like, but a page (or a hostile contributor) may hold: long runs
that made a regular expression backtrack exponentially, or made a proposal too long for the model.

Each text was written for this test. Before the fixes, `title-lower` and `dateline-hyphens` did not finish
(an exponential search: a lower-case run split in every way after a title, hyphens both inside and between
the words of a dateline), and `capitalised-run` raised pydantic.ValidationError (a 5,000-character "name").
"""

from __future__ import annotations

import hashlib

import pytest

from natopress.draft.ingest import draft_release
from natopress.model import EntityType, Registry

TITLED = Registry.model_validate(
    {
        "schema_version": "1.0",
        "entities": [
            {
                "id": "jan-visser",
                "type": "PER",
                "name": "Jan Visser",
                "roles": [
                    {
                        "role": "secrétaire général",
                        "release": "2019-03-12-xx-fixture",
                        "span": {"start": 0, "end": 18, "text": "secrétaire général"},
                    }
                ],
            }
        ],
    }
)

CASES = {
    "title-lower": "Titre\n\nM. Jan Visser, secrétaire général de l’OTAN, est venu. Le secrétaire général de "
    + "a" * 60
    + ".\n",
    "dateline-hyphens": "Titre\n\n" + "A-" * 40 + "B a déclaré que l'OTAN est prête.\n",
    "capitalised-run": "Title\n\nMr " + "A" * 5000 + " said that NATO is ready.\n",
    "doubled-apostrophes": "Title\n\n" + "''a " * 500 + "\n",
    "dates": "Titre\n\n" + "le 1 et " * 500 + "2 mars 2020.\n",
    "apposition": "Title\n\n“Yes”, General Petr Pavel, " + "chairman of " * 300 + "x said.\n",
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_hostile_text_is_drafted(name: str) -> None:
    text = CASES[name]
    release = draft_release(text, registry=TITLED, release_id="2019-03-12-xx-adversarial")
    assert release.metadata.text_sha256 == hashlib.sha256(text.encode("utf-8")).hexdigest()
    spans = [m.span for m in release.mentions] + [q.content for q in release.quotes]
    assert all(text[s.start : s.end] == s.text for s in spans)


def test_title_followed_by_lower_case_run_is_no_name() -> None:
    release = draft_release(CASES["title-lower"], registry=TITLED, release_id="2019-03-12-xx-adversarial")
    nominal = [m for m in release.mentions if m.entity == "jan-visser" and m.span.text != "Jan Visser"]
    assert [m.span.text for m in nominal] == ["Le secrétaire général"]


def test_capitalised_run_is_no_name() -> None:
    release = draft_release(CASES["capitalised-run"], registry=TITLED, release_id="2019-03-12-xx-adversarial")
    assert not [e for e in release.proposed_entities if e.type is EntityType.PER and len(e.name) > 100]
