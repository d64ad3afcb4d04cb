"""Quotation marks that do not pair as typeset: an opening curly quote closed by a straight one, or the
reverse (`“Ostravia is a valued partner," Mr X said.`), which natopress.text.marks leaves unpaired."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from natopress.draft.speech import CUE_RE
from natopress.text.marks import STRAIGHT, Pair, is_closing, is_opening

_ENGLISH_MARKS_RE = re.compile(r"[“”\"]")


def mismatched_pairs(text: str, pairs: Sequence[Pair]) -> list[Pair]:
    """Pairs of an unpaired opening mark and the next mark of its line when that one closes in the other
    form (`“` … `"`, `"` … `”`); marks inside a typeset pair are left alone. Sorted by opening."""
    inside = sorted((p.open, p.close) for p in pairs)

    def taken(index: int) -> bool:
        return any(start <= index <= end for start, end in inside)

    found: list[Pair] = []
    marks = [m.start() for m in _ENGLISH_MARKS_RE.finditer(text) if not taken(m.start())]
    for first, second in itertools.pairwise(marks):
        if "\n" in text[first:second] or not is_opening(text, first) or not is_closing(text, second):
            continue
        if (text[first] == "“") != (text[second] == STRAIGHT):
            continue  # `“ ”` and `" "` pair as typeset already
        if not any(p.open <= first <= p.close or p.open <= second <= p.close for p in found):
            found.append(Pair(first, second))
    return found


_UNOPENED_RE = re.compile(r"[”»]")


def unopened_pairs(text: str, pairs: Sequence[Pair]) -> list[Pair]:
    """A closing mark with no opening mark before it in its paragraph, followed by a verb of saying in
    the same sentence (`In 2011, our Alliance faced many tough tests”, the Secretary General said.`):
    the page lost the opening mark, and the quotation runs from the paragraph's start. The pair's `open`
    is then the position just before the paragraph (its line break, or -1 at the text's start)."""
    inside = [(p.open, p.close) for p in pairs]
    found = []
    for match in _UNOPENED_RE.finditer(text):
        close = match.start()
        line = text.rfind("\n", 0, close)
        if any(start <= close <= end for start, end in inside) or re.search(
            r"[«“\"]", text[line + 1 : close]
        ):
            continue
        after = re.match(r"[^.!?\n]{0,80}", text[close + 1 :])
        if after is not None and CUE_RE.search(after.group()) and text[line + 1 : close].strip():
            found.append(Pair(line, close))
    return found
