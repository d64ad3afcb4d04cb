"""Word tokens with offsets (Unicode word boundaries, UAX #29) and the CoNLL-2003 IOB2 label set."""

from __future__ import annotations

import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import regex

WORD_BOUNDARY_RE = regex.compile(r"(?wV1)\b")
"""Unicode default word boundaries (UAX #29) as implemented by the `regex` package's WORD flag: format
characters such as a soft hyphen (U+00AD) stay inside their word and `3.5` is one word."""
APOSTROPHES = "'’ʼ"
"""An elided article or pronoun ends with one of these (`l’`, `d'`, `qu’`): it is a token of its own."""
HYPHENS = "-‐‑"
"""Hyphen-minus, hyphen and non-breaking hyphen: words they join stay one token (`a-t-il`, `Jean-Pierre`)."""
_INVISIBLE = frozenset({"Cc", "Cf", "Zs", "Zl", "Zp"})
_SPACES = " \t\n\r\f\v\u0085\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
"""White space: the Unicode space separators (Zs), line and paragraph separators (Zl, Zp) and C0/C1 breaks."""
_TOKEN_RE = regex.compile(rf"(?wV1)[^{_SPACES}](?:\B[^{_SPACES}])*")
"""A run of non-space characters with no Unicode word boundary inside (`\\B`, the WORD flag's)."""
_APOSTROPHE_RE = regex.compile(f"[{APOSTROPHES}]")

IOB2_LABELS: tuple[str, ...] = ("O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC")
"""The CoNLL-2003 label set in IOB2, in the order of the `ner_tags` ClassLabel."""


@dataclass(frozen=True)
class Token:
    """A token and its code-point offsets in the source (end exclusive)."""

    text: str
    start: int
    end: int


@dataclass(frozen=True)
class TypedSpan:
    """A mention reduced to what the NER view needs: code-point offsets (end exclusive) and a CoNLL type."""

    start: int
    end: int
    type: str


def invisible(chars: str) -> bool:
    """True when every character is white space, a control or a format character (Unicode Z*, Cc, Cf)."""
    return all(unicodedata.category(char) in _INVISIBLE for char in chars)


def _is_word_start(char: str) -> bool:
    return char.isalnum() or char == "_"


def _words(text: str, start: int, stop: int) -> list[tuple[int, int]]:
    """UAX #29 word-boundary segments of `text[start:stop]` cut at white space, those holding a visible
    character: each a match of `_TOKEN_RE` (a run of non-space characters with no word boundary inside)."""
    found: list[tuple[int, int]] = []
    for match in _TOKEN_RE.finditer(text[start:stop]):
        # U+202F joins words as a thousands separator (`10 000`, rule WB13a), so it also clings to
        # the word beside a guillemet (`« Nous`). CoNLL columns are split at white space, so a token
        # never holds any: the runs stop there.
        piece = match[0]
        if unicodedata.category(piece[0]) in _INVISIBLE and invisible(piece):
            continue  # `invisible` stops at the first visible character: the first one settles most
        found.append((start + match.start(), start + match.end()))
    return found


def _join_hyphenated(text: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Word, hyphen, word with nothing between them become one piece (`a-t-il`)."""
    joined: list[tuple[int, int]] = []
    index, count = 0, len(pieces)
    while index < count:
        start, end = pieces[index]
        while (
            index + 2 < count  # so `end` is inside `text`
            and text[end] in HYPHENS
            and pieces[index + 1] == (end, end + 1)
            and pieces[index + 2][0] == end + 1
            and _is_word_start(text[start])
            and _is_word_start(text[end + 1])
        ):
            end = pieces[index + 2][1]
            index += 2
        joined.append((start, end))
        index += 1
    return joined


def _split_elisions(text: str, start: int, end: int) -> Iterable[tuple[int, int]]:
    """`l’Alliance` → `l’`, `Alliance`: a word is cut after an apostrophe between two letters."""
    for position in range(start + 1, end - 1):
        if text[position] in APOSTROPHES and text[position - 1].isalnum() and text[position + 1].isalnum():
            yield start, position + 1
            start = position + 1
    yield start, end


def token_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """The `(start, end)` code-point offsets of `tokenize(text, start, end)`'s tokens, in text order."""
    stop = len(text) if end is None else end
    pieces = _join_hyphenated(text, _words(text, start, stop))
    if _APOSTROPHE_RE.search(text, start, max(start, stop)) is None:
        return pieces
    return [
        split
        for piece_start, piece_end in pieces
        for split in (
            _split_elisions(text, piece_start, piece_end)
            if _APOSTROPHE_RE.search(text, piece_start + 1, max(piece_start + 1, piece_end - 1))
            else ((piece_start, piece_end),)
        )
    ]


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """The tokens of `text[start:end]`, with code-point offsets into `text` (end exclusive).

    Words follow Unicode's default word boundaries (UAX #29, https://unicode.org/reports/tr29/), so a
    format character (soft hyphen, zero-width joiner) stays inside its word and no token is made of
    invisible characters alone. Three conventions of CoNLL-2003 text are added on top: a token holds no
    white space (`10 000` with U+202F is two tokens, as CoNLL readers split columns at white space),
    hyphenated words stay whole (`a-t-il`) and an elided word keeps its apostrophe as a token of its own
    (`l’`, `Alliance`). Every other visible character outside a word is a token of its own.

    Linear in the length, with one regular-expression pass (issue 16; the version it replaced is
    tests/helpers/reference_text.py, held equal on random text by tests/unit/test_text_linear.py).
    """
    return [Token(text[a:b], a, b) for a, b in token_spans(text, start, end)]


def outermost(spans: Iterable[TypedSpan]) -> list[TypedSpan]:
    """The spans not inside another one, in text order (CoNLL-2003 has no nesting)."""
    ordered = sorted(spans, key=lambda s: (s.start, -s.end))
    kept: list[TypedSpan] = []
    for span in ordered:
        if kept and span.start < kept[-1].end:
            continue
        kept.append(span)
    return kept


def iob2_tags(tokens: Sequence[Token], spans: Iterable[TypedSpan]) -> list[str]:
    """IOB2 tags for `tokens`: a token is in a mention when it lies wholly inside the mention's span.

    Tokens in text order without overlap (what `tokenize` gives) are found by bisection, so tagging is
    O((tokens + spans) log tokens); other sequences are scanned whole for each span.
    """
    tags = ["O"] * len(tokens)
    starts = [token.start for token in tokens]
    ends = [token.end for token in tokens]
    ordered = all(a <= b for a, b in zip(starts, ends, strict=True)) and all(
        a <= b for a, b in zip(ends, starts[1:], strict=False)
    )
    for span in outermost(spans):
        if ordered:  # then starts and ends both ascend: the tokens inside are one run
            inside: Iterable[int] = range(bisect_left(starts, span.start), bisect_right(ends, span.end))
        else:
            inside = [i for i, tok in enumerate(tokens) if tok.start >= span.start and tok.end <= span.end]
        for position, index in enumerate(inside):
            tags[index] = ("B-" if position == 0 else "I-") + span.type
    return tags


def misaligned(tokens: Sequence[Token], spans: Iterable[TypedSpan]) -> list[TypedSpan]:
    """Mentions whose boundaries fall inside a token: the IOB2 view cannot represent them exactly."""
    starts = {tok.start for tok in tokens}
    ends = {tok.end for tok in tokens}
    return [s for s in outermost(spans) if s.start not in starts or s.end not in ends]
