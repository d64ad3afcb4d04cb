"""Sentences of a release's text, as ranges (code points, end-exclusive): for ingest's quote candidates and
the `context` column of the `quotes` config.

A sentence ends at `.`, `!`, `?` or `…` followed by white space, never inside quotation marks (« », “ ”,
straight quotes) and never after an abbreviation (`M.`, `Mr.`) or an initial (`J.`); a closing mark after
final punctuation ends it too, unless the attribution follows (`« Non. », a-t-il dit.`). Splitting happens
within one segment, so a sentence never crosses a paragraph.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from natopress.text.marks import is_closing, is_opening

ABBREVIATIONS = frozenset(
    {
        "M",
        "MM",
        "Mme",
        "Mmes",
        "Mlle",
        "Dr",
        "Pr",
        "Me",
        "Mr",
        "Mrs",
        "Ms",
        "St",
        "Ste",
        "No",
        "no",
        "art",
        "p",
    }
    | {"etc", "cf"}
)
"""Words that a point follows without ending the sentence (the point is part of the abbreviation)."""
_TERMINATORS = ".!?…"
Range = tuple[int, int]


def trim(text: str, start: int, end: int) -> Range:
    """`(start, end)` without surrounding white space (no-break spaces included)."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


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
            # `l’Alliance. »` ends a sentence unless the attribution follows (`Non. », a-t-il dit.`).
            if (
                depth == 0
                and before
                and before[-1] in _TERMINATORS
                and (not after or after.isupper() or after in '«“"')
            ):
                found.append((sentence_start, index + 1))
                sentence_start = index + 1
        elif char in _TERMINATORS and depth == 0 and (index + 1 == end or text[index + 1].isspace()):
            word = re.search(r"(\w+)$", text[max(sentence_start, index - 12) : index])
            if (
                char != "."
                or word is None
                or not (word[1] in ABBREVIATIONS or re.fullmatch(r"[A-Z]", word[1]))
            ):
                found.append((sentence_start, index + 1))
                sentence_start = index + 1
        index += 1
    if text[sentence_start:end].strip():
        found.append((sentence_start, end))
    return [trim(text, s, e) for s, e in found if text[s:e].strip()]


def containing(ranges: Sequence[Range], position: int) -> Range | None:
    """The range holding `position`, or None."""
    return next((r for r in ranges if r[0] <= position < r[1]), None)


def without_final_punctuation(text: str, start: int, end: int) -> Range:
    """`(start, end)` trimmed, without the sentence's final punctuation."""
    start, end = trim(text, start, end)
    while end > start and (text[end - 1] in _TERMINATORS or text[end - 1].isspace()):
        end -= 1
    return start, end


def context_span(sentence_ranges: Sequence[Range], span: Range) -> Range:
    """From the first to the last of `sentence_ranges` overlapping `span` (the sentences around a quote)."""
    overlapping = [s for s in sentence_ranges if s[0] < span[1] and span[0] < s[1]]
    if not overlapping:
        return span
    return overlapping[0][0], overlapping[-1][1]
