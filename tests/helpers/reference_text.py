"""The sentence splitter and tokeniser as they were before issue 16's rewrite (per-character Python loops):
the reference the property tests hold the package's linear versions to, on random text. Test-only code.

Copied from natopress.text.sentences.sentences and natopress.text.tokens (`_words`, `_join_hyphenated`,
`_split_elisions`, `tokenize`, `iob2_tags`) at commit 743efef; the helpers they call that did not change
(`abbreviation_point`, `trim`, `is_opening`, `is_closing`, `invisible`, the regular expressions) are
imported from the package.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import regex

from natopress.text.marks import is_closing, is_opening
from natopress.text.sentences import _TERMINATORS, Range, abbreviation_point, glued_end, trim
from natopress.text.tokens import (
    _SPACES,
    APOSTROPHES,
    HYPHENS,
    WORD_BOUNDARY_RE,
    Token,
    TypedSpan,
    invisible,
    outermost,
)

_SPACE_RE = regex.compile(f"[^{_SPACES}]+")


def sentences(text: str, start: int = 0, end: int | None = None) -> list[Range]:
    """Sentence ranges of `text[start:end]`, not split inside quotation marks nor after `M.`."""
    end = len(text) if end is None else end
    found = []
    depth = 0
    sentence_start = start
    index = start
    while index < end:
        char = text[index]
        if is_opening(text, index):
            depth += 1
        elif is_closing(text, index) and depth:
            depth -= 1
            before = text[sentence_start:index].rstrip()
            after = text[index + 1 : end].lstrip()[:1]
            if (
                depth == 0
                and before
                and before[-1] in _TERMINATORS
                and (not after or after.isupper() or after in '«“"')
            ):
                found.append((sentence_start, index + 1))
                sentence_start = index + 1
        elif (
            char in _TERMINATORS
            and depth == 0
            and (index + 1 == end or text[index + 1].isspace() or glued_end(text, index, sentence_start, end))
            and (char != "." or not abbreviation_point(text, index, sentence_start))
        ):
            found.append((sentence_start, index + 1))
            sentence_start = index + 1
        index += 1
    if text[sentence_start:end].strip():
        found.append((sentence_start, end))
    return [trim(text, s, e) for s, e in found if text[s:e].strip()]


def _is_word(chars: str) -> bool:
    return bool(chars) and (chars[0].isalnum() or chars[0] == "_")


def _words(text: str, start: int, stop: int) -> list[tuple[int, int]]:
    found: list[tuple[int, int]] = []
    position = start
    for piece in WORD_BOUNDARY_RE.split(text[start:stop]):
        for part in _SPACE_RE.finditer(piece):
            if not invisible(part.group()):
                found.append((position + part.start(), position + part.end()))
        position += len(piece)
    return found


def _join_hyphenated(text: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    joined: list[tuple[int, int]] = []
    index = 0
    while index < len(pieces):
        start, end = pieces[index]
        while (
            _is_word(text[start:end])
            and index + 2 < len(pieces)
            and pieces[index + 1] == (end, end + 1)
            and text[end] in HYPHENS
            and pieces[index + 2][0] == end + 1
            and _is_word(text[pieces[index + 2][0] : pieces[index + 2][1]])
        ):
            end = pieces[index + 2][1]
            index += 2
        joined.append((start, end))
        index += 1
    return joined


def _split_elisions(text: str, start: int, end: int) -> Iterable[tuple[int, int]]:
    for position in range(start + 1, end - 1):
        if text[position] in APOSTROPHES and text[position - 1].isalnum() and text[position + 1].isalnum():
            yield start, position + 1
            start = position + 1
    yield start, end


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """The tokens of `text[start:end]`, with code-point offsets into `text` (end exclusive)."""
    stop = len(text) if end is None else end
    pieces = _join_hyphenated(text, _words(text, start, stop))
    return [
        Token(text[a:b], a, b)
        for piece_start, piece_end in pieces
        for a, b in _split_elisions(text, piece_start, piece_end)
    ]


def iob2_tags(tokens: Sequence[Token], spans: Iterable[TypedSpan]) -> list[str]:
    """IOB2 tags for `tokens`: a token is in a mention when it lies wholly inside the mention's span."""
    tags = ["O"] * len(tokens)
    for span in outermost(spans):
        inside = [i for i, tok in enumerate(tokens) if tok.start >= span.start and tok.end <= span.end]
        for position, index in enumerate(inside):
            tags[index] = ("B-" if position == 0 else "I-") + span.type
    return tags
