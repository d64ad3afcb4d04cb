"""The linear sentence splitter and tokeniser (issue 16) give exactly what the per-character versions
they replaced gave (tests/helpers/reference_text.py), on random text built from the characters and words
they act on."""

from __future__ import annotations

import contextlib
import re

from conftest import DATA
from helpers import reference_text
from hypothesis import given, settings
from hypothesis import strategies as st

from natopress.text.sentences import sentences
from natopress.text.tokens import Token, TypedSpan, iob2_tags, tokenize

PIECES = [
    *"aZé9_ ",
    *" \u00a0\u202f\u2009\n\t\r\x0b\x1c\x85\u2028",  # letters, digits, every kind of space
    *".!?…,;:()[]{}-‐‑'’ʼ",
    *'«»“”"',  # punctuation, hyphens, apostrophes, quotation marks
    *"\u00ad\u200b\u200d\u2060\x00\x7f\ufeff",  # format and control characters
    *("M.", "Gen.", "Maj. Gen.", "e.g.", "No. 5", "Jan. ", "etc. ", "U.S.", "J. ", "c.-à-d.", "art. "),
    *("l’Alliance", "a-t-il", "10\u202f000", "3.5", "« Non. », a-t-il dit.", "OTAN", "Stoltenberg"),
    *(". » « ", "! ” “", '?" "', ".»", " » ", "« ", "“", "…”\n"),  # quotations ending sentences
]
texts = st.lists(st.sampled_from(PIECES), max_size=60).map("".join) | st.text(max_size=40)


@st.composite
def sliced(draw: st.DrawFn) -> tuple[str, int, int]:
    """A text and a slice of it (start <= end <= len)."""
    text = draw(texts)
    start = draw(st.integers(0, len(text)))
    return text, start, draw(st.integers(start, len(text)))


@settings(max_examples=1000, deadline=None)
@given(sliced())
def test_sentences_equal_the_per_character_splitter(case: tuple[str, int, int]) -> None:
    text, start, end = case
    assert sentences(text, start, end) == reference_text.sentences(text, start, end)
    assert sentences(text) == reference_text.sentences(text)


@settings(max_examples=1000, deadline=None)
@given(sliced())
def test_tokens_equal_the_per_character_tokeniser(case: tuple[str, int, int]) -> None:
    text, start, end = case
    assert tokenize(text, start, end) == reference_text.tokenize(text, start, end)
    assert tokenize(text) == reference_text.tokenize(text)


@st.composite
def tagged(draw: st.DrawFn) -> tuple[list[Token], list[TypedSpan]]:
    """Tokens (of a random text, or arbitrary ones: overlapping, out of order) and typed spans."""
    offsets = st.integers(0, 30)
    tokens = draw(
        st.builds(tokenize, texts)
        | st.lists(st.builds(lambda a, b: Token("x", a, b), offsets, offsets), max_size=8)
    )
    spans = st.builds(TypedSpan, offsets, offsets, st.sampled_from(["PER", "ORG", "LOC"]))
    return tokens, draw(st.lists(spans, max_size=6))


@settings(max_examples=1000, deadline=None)
@given(tagged())
def test_iob2_tags_equal_the_scanning_tagger(case: tuple[list[Token], list[TypedSpan]]) -> None:
    tokens, spans = case
    assert iob2_tags(tokens, spans) == reference_text.iob2_tags(tokens, spans)


def test_every_fixture_text_splits_and_tokenises_as_before() -> None:
    """The NATO-style texts under tests/data, whole and paragraph by paragraph."""
    texts = {}
    for path in sorted(DATA.rglob("*.txt")):
        with contextlib.suppress(UnicodeDecodeError):  # a few fixtures are deliberately not UTF-8
            texts[path] = path.read_bytes().decode("utf-8")
    assert len(texts) >= 10
    for path, text in texts.items():
        paragraphs = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
        for start, end in [(0, len(text)), *paragraphs]:
            assert sentences(text, start, end) == reference_text.sentences(text, start, end), path
            assert tokenize(text, start, end) == reference_text.tokenize(text, start, end), path
