"""Word tokens follow Unicode's word boundaries (UAX #29): format characters stay inside their word."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from natopress.text.tokens import invisible, tokenize


def words(text: str) -> list[str]:
    return [token.text for token in tokenize(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("M. Stolten\u00adberg a dit", ["M", ".", "Stolten\u00adberg", "a", "dit"]),  # soft hyphen
        ("Jens\u2060Stoltenberg", ["Jens\u2060Stoltenberg"]),  # word joiner
        ("Kosovo\u200d", ["Kosovo\u200d"]),  # zero-width joiner at the end
        ("KFOR \u200b \u00ad OTAN", ["KFOR", "OTAN"]),  # invisible characters alone make no token
        ("\u00ad\u00adOTAN", ["OTAN"]),
        ("« Nous restons unis »", ["«", "Nous", "restons", "unis", "»"]),  # U+202F beside guillemets
        ("10\u202f000 soldats", ["10", "000", "soldats"]),  # CoNLL columns hold no white space
        ("3.5 %", ["3.5", "%"]),
        ("l’Alliance, a-t-il dit", ["l’", "Alliance", ",", "a-t-il", "dit"]),
        ("d'Europe et lʼOTAN", ["d'", "Europe", "et", "lʼ", "OTAN"]),
        ("Jean\u2011Pierre", ["Jean\u2011Pierre"]),
    ],
)
def test_words(text: str, expected: list[str]) -> None:
    assert words(text) == expected


def test_offsets_are_code_points_into_the_source() -> None:
    text = "😀 Le secrétaire général Stolten\u00adberg."
    tokens = tokenize(text, 2)
    assert all(text[t.start : t.end] == t.text for t in tokens)
    assert (tokens[-2].text, tokens[-2].start, tokens[-2].end) == ("Stolten\u00adberg", 24, 36)


@settings(max_examples=300, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(list("aé Z9.,’'-«»\u00a0\u202f\u00ad\u200b\u200d\u2060\n😀")), max_size=40
    )
)
def test_tokens_are_slices_without_space_and_never_invisible_alone(text: str) -> None:
    tokens = tokenize(text)
    assert all(text[t.start : t.end] == t.text for t in tokens)
    assert all(not any(c.isspace() for c in t.text) for t in tokens)
    assert all(not invisible(t.text) for t in tokens)
    assert [t.start for t in tokens] == sorted(t.start for t in tokens)
    covered = {i for t in tokens for i in range(t.start, t.end)}
    assert all(i in covered for i, c in enumerate(text) if not invisible(c))  # no visible character lost
