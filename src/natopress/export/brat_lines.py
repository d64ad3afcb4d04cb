"""The line grammar of a brat `.ann` file, as brat's own reader accepts it (server/src/annotation.py).

brat reads a `.ann` through `codecs.open(...).readlines()`, so any line end `str.splitlines` knows (LF, CRLF,
CR, U+2028...) ends a line; blank lines are skipped. A line is `ID<TAB>DATA[<TAB>TAIL]`; the ID is letters or
`#` then digits (or `*` alone), and its first character says what it is: T text-bound, R relation, E event,
A/M attribute, N normalisation, `*` equivalence, `#` note. A text-bound's DATA is `TYPE START END[;START END]`
(trailing white space allowed); its TAIL is a tab, then the fragments' texts joined by one space, then
anything after white space (or nothing: brat fills the text in).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

LINE_BREAKS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
"""Characters that end a line for str.splitlines(): a brat fragment never contains one."""
DISCONT_SEP = " "
"""What brat writes between the texts of a discontinuous annotation's fragments."""
_ID = re.compile(r"(?:[A-Za-z]+|#[A-Za-z]*)[0-9]+.*|\*")


class BratError(Exception):
    """A release cannot be written to, or read from, brat standoff; the message says where and why."""


@dataclass(frozen=True)
class AnnLine:
    """One non-blank line of a `.ann`: its id, DATA, TAIL (with its leading tab) and 1-based number."""

    ident: str
    data: str
    tail: str
    number: int

    @property
    def kind(self) -> str:
        """The id's first character: T, R, E, A, M, N, `*` or `#`."""
        return self.ident[0]


@dataclass(frozen=True)
class TextBound:
    """A text-bound annotation: its type and its fragments, (start, end) in code points of the `.txt`."""

    label: str
    fragments: tuple[tuple[int, int], ...]


def ann_lines(ann: str, name: str) -> list[AnnLine]:
    """The non-blank lines of `ann`; BratError (naming `name` and the line) where brat would fail too."""
    lines = []
    seen: set[str] = set()
    for number, line in enumerate(ann.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{name}:{number}"
        ident, tab, rest = line.partition("\t")
        if not tab or not _ID.fullmatch(ident):
            raise BratError(
                f"{where}: expected `ID<TAB>...` with an id such as T1, R1, A1, #1; found {line!r}"
            )
        if ident in seen and ident != "*":
            raise BratError(f"{where}: id {ident} is used twice")
        seen.add(ident)
        data, tab, tail = rest.partition("\t")
        lines.append(AnnLine(ident, data, tab + tail, number))
    return lines


def parse_textbound(line: AnnLine, text: str, where: str) -> TextBound:
    """The type and fragments of a `T` line, checked as brat checks them and against `text`."""
    label, _, offsets = line.data.partition(" ")
    try:
        pairs = [part.split(" ") for part in offsets.rstrip().split(";")]
        frags = tuple((int(p[0]), int(p[1])) for p in pairs if len(p) == 2)
        if not label or len(frags) != len(pairs):
            raise ValueError
    except ValueError:
        raise BratError(
            f"{where}: expected `T<n>\\tTYPE START END[;START END]\\tTEXT`, found {line.data!r}"
        ) from None
    for start, end in frags:
        if not 0 <= start < end <= len(text):
            raise BratError(
                f"{where}: fragment {start} {end} is empty, reversed or outside the .txt ({len(text)} code points)"
            )
    if any(b[0] <= a[1] for a, b in pairwise(frags)):  # brat refuses touching fragments too
        raise BratError(f"{where}: fragments {offsets.strip()!r} overlap, touch or are out of order")
    expected = DISCONT_SEP.join(text[s:e] for s, e in frags)
    shown = line.tail[1:]
    if shown.strip() and not (
        shown.startswith(expected) and (len(shown) == len(expected) or shown[len(expected)].isspace())
    ):
        raise BratError(
            f"{where}: text {shown!r} does not match the .txt at {offsets.strip()} ({expected!r})"
        )
    return TextBound(label, frags)


def contiguous(bound: TextBound, text: str, where: str, ident: str) -> tuple[int, int]:
    """(start, end) of a text-bound whose fragments are separated only by line breaks (how natopress
    writes a span that crosses lines). A discontinuous annotation, with text between its fragments, is
    refused: a natopress span is contiguous and is never widened over words it does not cover."""
    for (_, end), (start, _) in pairwise(bound.fragments):
        gap = text[end:start]
        if gap.strip(LINE_BREAKS):
            raise BratError(
                f"{where}: {ident} ({bound.label}) is discontinuous: {gap!r} lies between its fragments "
                f"{end} and {start}; natopress spans are contiguous: split it into separate annotations"
            )
    return bound.fragments[0][0], bound.fragments[-1][1]


def within_line_breaks(text: str, inner: tuple[int, int], outer: tuple[int, int]) -> bool:
    """True when `outer` adds only line breaks to `inner` (the `bounds=` note of a span ending in one)."""
    (start, end), (wide_start, wide_end) = inner, outer
    return (
        0 <= wide_start <= start
        and end <= wide_end <= len(text)
        and not (text[wide_start:start] + text[end:wide_end]).strip(LINE_BREAKS)
    )
