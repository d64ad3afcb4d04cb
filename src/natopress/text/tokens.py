"""Word tokens with offsets (Unicode word boundaries, UAX #29) and the CoNLL-2003 IOB2 label set."""

from __future__ import annotations

import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import accumulate, chain, pairwise

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
_SPACED_TOKEN_RE = regex.compile(rf"(?wV1)([{_SPACES}]*)([^{_SPACES}](?:\B[^{_SPACES}])*)")
"""White space, then a token before hyphens and elisions: a run of non-space characters with no Unicode
word boundary inside (`\\B`, the WORD flag's), i.e. a UAX #29 segment cut at white space."""
_APOSTROPHE_RE = regex.compile(f"[{APOSTROPHES}]")
_HYPHEN_TOKENS = frozenset(HYPHENS)

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


@dataclass(frozen=True)
class TokenColumns:
    """The tokens of a text as three parallel lists: their texts and code-point offsets (end exclusive), in
    text order. What the `ner` config's columns take, without one Token object per token."""

    texts: list[str]
    starts: list[int]
    ends: list[int]

    def tokens(self) -> list[Token]:
        """The same tokens as Token values."""
        return list(map(Token, self.texts, self.starts, self.ends))


def token_columns(text: str, start: int = 0, end: int | None = None) -> TokenColumns:
    """`tokenize(text, start, end)` as columns (see `tokenize` for the rules).

    Linear in the length, with one regular-expression pass that yields each token with the white space
    before it, offsets summed in C (issue 16; the per-character version it replaced is
    tests/helpers/reference_text.py, held equal on random text by tests/unit/test_text_linear.py).
    """
    stop = len(text) if end is None else end
    segment = text[start:stop]
    flat = list(chain.from_iterable(_SPACED_TOKEN_RE.findall(segment)))  # space, token, space, token, ...
    bounds = list(accumulate(map(len, flat), initial=start))
    columns = TokenColumns(flat[1::2], bounds[1::2], bounds[2::2])
    if not "".join(columns.texts).isprintable():  # else no token holds a control or format character
        _keep(columns, [i for i, piece in enumerate(columns.texts) if not invisible(piece)])
    if not _HYPHEN_TOKENS.isdisjoint(columns.texts):
        _join_hyphenated(text, columns)
    if _APOSTROPHE_RE.search(segment) is not None:
        _split_elisions(text, columns, start + len(segment))
    return columns


def _keep(columns: TokenColumns, kept: list[int]) -> None:
    columns.texts[:] = [columns.texts[i] for i in kept]
    columns.starts[:] = [columns.starts[i] for i in kept]
    columns.ends[:] = [columns.ends[i] for i in kept]


def _join_hyphenated(text: str, columns: TokenColumns) -> None:
    """Word, hyphen, word with nothing between them become one token (`a-t-il`, chains included)."""
    texts, starts, ends = columns.texts, columns.starts, columns.ends
    joins = [
        h
        for h, piece in enumerate(texts)
        if piece in _HYPHEN_TOKENS
        and 0 < h < len(texts) - 1
        and ends[h - 1] == starts[h]
        and starts[h + 1] == ends[h]
        and _is_word_start(texts[h - 1][0])
        and _is_word_start(texts[h + 1][0])
    ]
    replaced = {h - 1: (starts[h - 1], ends[h + 1]) for h in joins}
    for h in reversed(joins):  # a chain (`a-t-il`): the later join's piece extends the earlier one
        if h + 1 in replaced:
            replaced[h - 1] = (starts[h - 1], replaced.pop(h + 1)[1])
    dropped = {i for h in joins for i in (h, h + 1)}
    _rebuild(text, columns, {i: [r] for i, r in replaced.items()}, dropped)


def _split_elisions(text: str, columns: TokenColumns, stop: int) -> None:
    """`l’Alliance` → `l’`, `Alliance`: a token is cut after each apostrophe with a letter or digit on both
    sides, inside it (not its first or last character)."""
    starts, ends = columns.starts, columns.ends
    if not starts:
        return
    cuts: dict[int, list[int]] = {}
    for match in _APOSTROPHE_RE.finditer(text, starts[0], stop):
        position = match.start()
        i = bisect_right(starts, position) - 1
        if (
            starts[i] < position < ends[i] - 1
            and text[position - 1].isalnum()
            and text[position + 1].isalnum()
        ):
            cuts.setdefault(i, []).append(position + 1)
    pieces = {i: list(pairwise([starts[i], *after, ends[i]])) for i, after in cuts.items()}
    _rebuild(text, columns, pieces, set())


def _rebuild(
    text: str, columns: TokenColumns, replaced: dict[int, list[tuple[int, int]]], dropped: set[int]
) -> None:
    """Puts the pieces `replaced[i]` in place of token i and leaves out the tokens in `dropped`, in one pass."""
    if not replaced and not dropped:
        return
    texts: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    previous = 0
    for i in sorted(replaced.keys() | dropped):
        texts += columns.texts[previous:i]  # the tokens between changes are copied by slices
        starts += columns.starts[previous:i]
        ends += columns.ends[previous:i]
        for a, b in replaced.get(i, []):
            texts.append(text[a:b])
            starts.append(a)
            ends.append(b)
        previous = i + 1
    columns.texts[:] = texts + columns.texts[previous:]
    columns.starts[:] = starts + columns.starts[previous:]
    columns.ends[:] = ends + columns.ends[previous:]


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """The tokens of `text[start:end]`, with code-point offsets into `text` (end exclusive).

    Words follow Unicode's default word boundaries (UAX #29, https://unicode.org/reports/tr29/), so a
    format character (soft hyphen, zero-width joiner) stays inside its word and no token is made of
    invisible characters alone. Three conventions of CoNLL-2003 text are added on top: a token holds no
    white space (`10 000` with U+202F is two tokens, as CoNLL readers split columns at white space),
    hyphenated words stay whole (`a-t-il`) and an elided word keeps its apostrophe as a token of its own
    (`l’`, `Alliance`). Every other visible character outside a word is a token of its own.
    """
    return token_columns(text, start, end).tokens()


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
    return _tags([token.start for token in tokens], [token.end for token in tokens], spans)


def column_tags(columns: TokenColumns, spans: Iterable[TypedSpan]) -> list[str]:
    """`iob2_tags` of the tokens in `columns` (in text order without overlap, as `token_columns` gives)."""
    return _tags(columns.starts, columns.ends, spans, ordered=True)


def _tags(
    starts: Sequence[int], ends: Sequence[int], spans: Iterable[TypedSpan], ordered: bool | None = None
) -> list[str]:
    tags = ["O"] * len(starts)
    if ordered is None:
        ordered = all(a <= b for a, b in zip(starts, ends, strict=True)) and all(
            a <= b for a, b in zip(ends, starts[1:], strict=False)
        )
    for span in outermost(spans):
        if ordered:  # then starts and ends both ascend: the tokens inside are one run
            inside: Iterable[int] = range(bisect_left(starts, span.start), bisect_right(ends, span.end))
        else:
            inside = [
                i
                for i, (a, b) in enumerate(zip(starts, ends, strict=True))
                if a >= span.start and b <= span.end
            ]
        for position, index in enumerate(inside):
            tags[index] = ("B-" if position == 0 else "I-") + span.type
    return tags


def misaligned(tokens: Sequence[Token] | TokenColumns, spans: Iterable[TypedSpan]) -> list[TypedSpan]:
    """Mentions whose boundaries fall inside a token: the IOB2 view cannot represent them exactly."""
    if isinstance(tokens, TokenColumns):  # ascending offsets: each boundary is looked up by bisection
        return [
            s
            for s in outermost(spans)
            if not _holds(tokens.starts, s.start) or not _holds(tokens.ends, s.end)
        ]
    starts, ends = {tok.start for tok in tokens}, {tok.end for tok in tokens}
    return [s for s in outermost(spans) if s.start not in starts or s.end not in ends]


def _holds(ascending: Sequence[int], value: int) -> bool:
    """True when the ascending sequence holds `value`."""
    i = bisect_left(ascending, value)
    return i < len(ascending) and ascending[i] == value
