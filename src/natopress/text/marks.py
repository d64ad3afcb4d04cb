"""Quotation marks: « » and “ ” by their shape, straight `"` by its context, and their balanced pairs."""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass

OPENING_MARKS = "«“"
CLOSING_MARKS = "»”"
STRAIGHT = '"'
FAMILIES: tuple[tuple[str, str], ...] = (("«", "»"), ("“", "”"), (STRAIGHT, STRAIGHT))
"""Opening and closing marks of a quotation: French guillemets, English curly and straight quotes.

Single quotes (‘ ’ and ') are apostrophes in French and English releases, never quotation marks.
"""
_OPENING_BRACKETS = "([{"


@dataclass(frozen=True)
class Pair:
    """A balanced pair of quotation marks: positions of the opening and the closing mark."""

    open: int
    close: int


def straight_opens(text: str, index: int) -> bool:
    """True when the straight `"` at `index` opens: at a line start (there also before one space and a
    capital, `" En ces …`, when no straight mark before it is left open), after white space, an opening
    bracket or a French elided word (`qu'"…"`), and not before white space or a punctuation mark (`… these
    last three years ", LTG X said` closes) other than an ellipsis in three points (`"... NATO’s door is
    open`)."""
    following = text[index + 1 : index + 2]
    if (
        (index == 0 or text[index - 1] == "\n")
        and _SPACED_OPENING_RE.match(text, index + 1)
        and _straight_before(text, index) % 2 == 0  # not `" NFIU commander X.` closing a speech above
    ):
        return True  # `" En ces moments difficiles, …` opening a paragraph: French spacing inside the marks
    # `said that "... NATO’s door is open`: words left out
    elided = re.match(r"\.\.\.\s?\w", text[index + 1 : index + 6]) is not None
    if not following or following.isspace() or (following in _CLOSING_FOLLOWERS and not elided):
        return False
    return (
        index == 0
        or text[index - 1].isspace()
        or text[index - 1] in _OPENING_BRACKETS
        or _ELISION_BEFORE_RE.search(text, max(0, index - 8), index) is not None  # `a ajouté qu'"il est …"`
    )


@functools.lru_cache(maxsize=4)
def _straight_positions(text: str) -> tuple[int, ...]:
    """The positions of the straight marks of `text`, found once per text (a count per mark would be
    quadratic in a text of many such paragraphs)."""
    return tuple(m.start() for m in re.finditer(STRAIGHT, text))


def _straight_before(text: str, index: int) -> int:
    """How many straight marks stand before `index` in `text`."""
    return bisect.bisect_left(_straight_positions(text), index)


_SPACED_OPENING_RE = re.compile(r"[ \u00a0\u202f][A-ZÀ-Ý]")
"""One space, then a capital letter, after a straight mark opening a paragraph (`" En ces moments`)."""
_ELISION_BEFORE_RE = re.compile(r"(?<![\w’'-])(?:qu|d|l|s|n|j|c|jusqu|lorsqu|puisqu)['’]\Z", re.IGNORECASE)
"""A French elided word right before a mark (`qu'`, `d’`): the mark opens, as after white space."""


_CLOSING_FOLLOWERS = frozenset(",.;:!?)]")
"""Characters that follow a closing mark, never an opening one."""


def is_opening(text: str, index: int) -> bool:
    """True when `text[index]` is an opening quotation mark (`«`, `“`, or `"` in opening position)."""
    char = text[index]
    return char in OPENING_MARKS or (char == STRAIGHT and straight_opens(text, index))


def _glued_opening(text: str, index: int) -> bool:
    """True when the straight `"` at `index` stands between a sentence's final point and a letter with no
    space on either side (`… in growing numbers."NATO has …`): it opens when no quote is open, the space
    before it lost."""
    return 0 < index < len(text) - 1 and text[index - 1] in ".!?" and text[index + 1].isalpha()


def is_closing(text: str, index: int) -> bool:
    """True when `text[index]` is a closing quotation mark (`»`, `”`, or `"` right after a non-space)."""
    char = text[index]
    return char in CLOSING_MARKS or (char == STRAIGHT and not straight_opens(text, index))


_ENDED_LINE_RE = re.compile(r"[.!?…][^\S\n]*\n\s*(?=[^\s«“\"])")
"""A line ending a sentence, then a line that opens with no quotation mark."""


_UNOPENED_LINE_RE = re.compile(r"\n[^\S\n]*(?=[^\s«“\"])")
"""A line that opens with no quotation mark: a quotation open before it that a later line reopens was not
continued there (typography reopens every paragraph of a quotation or none)."""


def _ended_unopened(text: str, start: int, end: int) -> bool:
    """True when, between an open quote's last (re)opening at `start` and a closing mark at `end`, a line
    ends a sentence and the next opens without a quotation mark: typography would have reopened the quote
    there, so the closing mark belongs to another quotation (its opening mark lost). Asked only of a
    quotation opened inside its paragraph: one opening a paragraph may run on unreopened (a statement)."""
    return _ENDED_LINE_RE.search(text, start, end) is not None


def _straight_closes(text: str, start: int, stop: int) -> bool:
    """True when a straight `"` in closing position ends, on the line of `start` and before `stop`, a
    quotation no straight mark opened (`“Despite …, the Group is ready," said X.`): the curly mark at
    `start` was closed by it."""
    end = text.find("\n", start)
    end = min(len(text) if end < 0 else end, stop)
    pending = 0
    for index in (i for i in range(start + 1, end) if text[i] == STRAIGHT):
        if straight_opens(text, index):
            pending += 1
        elif pending:
            pending -= 1
        else:
            return True
    return False


def _closed_by_other_form(text: str, straight: bool, last: int, index: int) -> bool:
    """True when the open quote whose last mark stands at `last` was closed before the mark at `index` by a
    mark of the other form: a curly `”` after a straight opening (`"A,” explained X. "B," he added`), or a
    straight `"` after a curly opening, on its line (`“A," said X.⏎“B,” he added`, `“A," said X. "B.”`)."""
    if straight:
        return "”" in text[last:index]
    return _straight_closes(text, last, index)


def open_marks(text: str, start: int, end: int) -> int:
    """Opening curly marks minus closing ones in `text[start:end]` (`«`, `“` against `»`, `”`; straight
    marks say nothing): more than 0 when a quotation opened there is still open at `end`."""
    chunk = text[start:end]
    return chunk.count("«") + chunk.count("“") - chunk.count("»") - chunk.count("”")


_CLOSING_MARK_RE = re.compile(r"[.,;:!?…]*[\"”»]")
"""A quote's closing mark, maybe after its punctuation, right after the quote's content."""


def quotation_open(text: str, start: int, position: int) -> bool:
    """True when a quotation opened in `text[start:position]` (code points) is still open at `position`:
    curly marks (`open_marks`) or an odd number of straight ones, not counting the mark that closes a
    quote whose content ends right at `start` (`…," he added`)."""
    if start > 0 and not text[start - 1].isspace():
        closing = _CLOSING_MARK_RE.match(text, start, position)
        start = closing.end() if closing is not None else start
    return open_marks(text, start, position) + text.count('"', start, position) % 2 > 0


LIST_MARKERS = "-–•·▪"
"""The marks that open a list's items (`- « A.` ⏎ `- B. »`: one quotation over the items; natopress.draft.quotes
drops them from each item's quote)."""
_BULLETS = f" \t\u00a0{LIST_MARKERS}"
"""White space and a list's marker before an opening mark: the quotation opens its line."""


def guillemet_pairs(text: str) -> list[Pair]:
    """Balanced pairs of « », “ ” and straight " "; an opening mark at the start of a later line continues
    the quote.

    Typography repeats the opening mark at the start of each paragraph of a quotation that spans
    paragraphs and closes it once, at the end. A nested opening mark on the same line is counted so its
    closing mark does not end the outer quote. An unclosed quote is dropped (an opening mark inside a
    later line restarts). A straight `"` also marks inches and seconds, so it closes only on the line
    where its quote was (re)opened; a curly closing mark after it closes it (`"A,” said X`, paired by
    `natopress.draft.pairing.mismatched_pairs`).
    """
    line_starts = [0] + [m.end() for m in re.finditer("\n", text)]

    def line_start(position: int) -> int:
        return line_starts[bisect.bisect_right(line_starts, position) - 1]

    pairs = []
    for opening, closing in FAMILIES:
        straight = opening == STRAIGHT
        start: int | None = None
        reopened = 0  # start of the line where the open quote was last (re)opened
        depth = 0
        last = 0  # where the previous mark of this family stands
        for match in re.finditer(f"[{re.escape(opening + closing)}]", text):
            index = match.start()
            if start is not None and not depth and _closed_by_other_form(text, straight, last, index):
                start = None  # `"A,” explained X. "B,"`, `“A," said X.⏎“B,”`: the other form closed it
            last = index
            if is_opening(text, index) or (straight and start is None and _glued_opening(text, index)):
                line = line_start(index)
                if start is not None and line == line_start(start):
                    depth += 1
                elif (
                    start is None
                    or text[line:index].strip()
                    or (
                        text[line_start(start) : start].strip(_BULLETS)
                        and _ended_unopened(text, max(start, reopened), line)
                    )
                    or _UNOPENED_LINE_RE.search(text, max(start, reopened), line) is not None
                ):
                    # a new quote; an earlier unclosed one is dropped, also when a paragraph no mark
                    # reopens stands between (`… Complex "X Plant".` ⏎ `Y …`)
                    start, depth = index, 0
                    reopened = line
                else:
                    reopened = line
            elif start is not None:
                if straight and line_start(index) != reopened:
                    start = None  # a straight mark never closes a quote opened in another paragraph
                elif text[line_start(start) : start].strip(_BULLETS) and _ended_unopened(
                    text, max(start, reopened), index
                ):
                    start = None  # `“We have … crime.⏎The Deputy Secretary General explained …`: not reopened
                elif depth:
                    depth -= 1
                else:
                    pairs.append(Pair(start, index))
                    start = None
    return sorted(pairs, key=lambda p: p.open)
