"""A simple French sentence splitter with offsets, for the `context` column of the `quotes` config.

A sentence ends at `.`, `!`, `?` or `…` (with a closing guillemet or quote mark that follows it) when
white space and then an upper-case letter, a digit or an opening guillemet come next, unless the word
before the point is a known abbreviation (`M.`, `Mme.`, `Dr.`...) or a single capital (an initial).
Splitting happens within one segment (a paragraph), so a sentence never crosses a paragraph.
"""

from __future__ import annotations

import re

ABBREVIATIONS = frozenset(
    {"M", "MM", "Mme", "Mmes", "Mlle", "Dr", "Pr", "Me", "St", "Ste", "etc", "cf", "p", "art", "no"}
)
"""Words that a point follows without ending the sentence (the point is part of the abbreviation)."""

_END_RE = re.compile(r"[.!?…]+[\s\u00a0\u202f]*[»”\"]?(?=\s+[«\"“\d\w])")
_WORD_BEFORE_RE = re.compile(r"(\w+)$")
_WORD_WINDOW = 32


def _is_abbreviation(text: str, point: int) -> bool:
    # A window, not the whole text before the point: searching from 0 made long texts quadratic (issue 6).
    # A word longer than the window is cut to the window's length: never an abbreviation nor an initial.
    match = _WORD_BEFORE_RE.search(text, max(0, point - _WORD_WINDOW), point)
    if match is None or text[point] != ".":
        return False
    word = match.group(1)
    return word in ABBREVIATIONS or (len(word) == 1 and word.isupper())


def sentence_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """The sentences of `text[start:end]` as `(start, end)` offsets into `text`, surrounding spaces excluded."""
    stop = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    begin = start
    for match in _END_RE.finditer(text, start, stop):
        next_char = text[match.end() :].lstrip()[:1]
        if not (next_char.isupper() or next_char.isdigit() or next_char in '«"“'):
            continue
        if _is_abbreviation(text, match.start()):
            continue
        spans.append((begin, match.end()))
        begin = match.end()
    spans.append((begin, stop))
    return [s for s in (_strip(text, a, b) for a, b in spans) if s[0] < s[1]]


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def context_span(text: str, segment: tuple[int, int], span: tuple[int, int]) -> tuple[int, int]:
    """From the first to the last sentence of `segment` that overlaps `span` (the sentences around a quote)."""
    overlapping = [s for s in sentence_spans(text, *segment) if s[0] < span[1] and span[0] < s[1]]
    if not overlapping:
        return span
    return overlapping[0][0], overlapping[-1][1]
