"""A release's lines, and the line breaks that fall inside a paragraph of a page wrapped at a fixed width."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from natopress.draft.namewords import TITLES
from natopress.draft.speech import HONORIFICS, RANKS_WITHOUT_POINT
from natopress.text.marks import quotation_open

_CLOSERS = "»”\"’')]}"
IMAGE_NAME_RE = re.compile(
    r"\d{6}[a-z]{2,10}\d{1,3}[^\S\n]+\d{2,4}|(?-i:\S{1,40}[^\S\n]+Photo[A-Z]{2,8}[^\S\n]+\d{2,5})"
)
"""An image's file name and width (`180412vel02 400`): a date, a story's letters and a number, then the width
in pixels; or an image's label, its credit and its number (`OpenDay PhotoJFTC 4417`)."""
_GLUED_IMAGE_NAME_RE = re.compile(rf"(?:{IMAGE_NAME_RE.pattern})(?=[^\W\d_]|[\"“‘'«])")
"""An image's file name glued to the start of a paragraph (`180412vel02 400On 11 April …`, `… 200"It was …`)."""
_LINE_IMAGE_NAME_RE = re.compile(rf"^[^\S\n]*{_GLUED_IMAGE_NAME_RE.pattern}", re.MULTILINE)


def without_image_names(text: str) -> str:
    """`text` with each image file name glued to a line's start (`_GLUED_IMAGE_NAME_RE`) set as spaces, so
    the paragraph after it is read as it stands (its title, its opening quotation mark). Same length, so
    every offset holds; `lines` gives such a name a line of its own, which the segmenter makes chrome."""
    return _LINE_IMAGE_NAME_RE.sub(lambda m: " " * len(m.group()), text)


@dataclass(frozen=True)
class Line:
    """A non-blank line of the source, trimmed of white space (no-break spaces included)."""

    start: int
    end: int
    text: str


def lines(text: str) -> list[Line]:
    """The non-blank lines of `text` (split at LF; CR and no-break spaces count as white space); an image's
    file name glued to a line's start is a line of its own (`180412vel02 400` before `On 11 April …`)."""
    found = []
    position = 0
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            start = position + (len(raw) - len(raw.lstrip()))
            image = _GLUED_IMAGE_NAME_RE.match(stripped)
            if image is not None:
                found.append(Line(start, start + image.end(), image.group()))
                start, stripped = start + image.end(), stripped[image.end() :]
            found.append(Line(start, start + len(stripped), stripped))
        position += len(raw) + 1
    return found


def final_character(line: str) -> str:
    """The line's last character before closing quotation marks and brackets (`."` and `.”)` end in `.`)."""
    stripped = line.rstrip(_CLOSERS + " \t\u00a0\u202f")
    return stripped[-1] if stripped else line[-1]


def continues_paragraph(
    text: str, previous: Line, line: Line, wrapped: int = 0, set_off: bool = False, opened: int | None = None
) -> bool:
    """True when `line` goes on with the paragraph of `previous` in a page wrapped at a fixed width (`les
    dirigeants alliés ont tenu` / `une réunion extraordinaire …`): right on the next line, after a line
    that ends no sentence, opening lower-case or after a line ending on a comma or a function word, or
    opening on a quoted name after a line ending on a word (`_QUOTED_NAME_AHEAD_RE`). In a page `wrapped`
    at a fixed width (`wrapped_at_width`), also a line opening on a word, a number or an opening quotation
    mark after a line ending on a word or number (`," said` / `General X.`, `In talks with President
    Klaus` / `Iohannis, …`, `… était` / `« un signal fort … »`; not `Photo: NATO` / `"…," said X.`), but
    after a line `set_off` by a blank line above it, as a heading is, only when it ends on a title or
    honorific or runs to the page's width (`_FULL_WIDTH` of `wrapped`, the width from `wrapped_at_width`:
    `BRUSSELS:  The Secretary General of the North Atlantic` / `Treaty Organization …`; `Réunion du Comité
    SPS` / `M. X, président …` are two paragraphs); and in a wrapped page, when a quotation of the paragraph
    (from `opened`, else of `previous`) is still open (`marks.quotation_open`), a line opening on no mark,
    even after a sentence's end, when a closing mark follows (`"The … community is very committed to
    returning.` / `It is also … from the word go," said X.`, `_CLOSED_AHEAD_RE`)."""
    if text.count("\n", previous.end, line.start) != 1:
        return False
    opened = previous.start if opened is None else max(opened, previous.end - _LOOKBACK)
    if (
        wrapped > 0
        and line.text[0] not in '«“"'
        and quotation_open(text, opened, previous.end)
        and _CLOSED_AHEAD_RE.match(text, line.start)
    ):
        return True  # `"The … community is very committed to returning.` / `It is also …`: inside the marks
    if final_character(previous.text) in ".!?…":
        return False
    if line.text[0].islower() or _OPEN_END_RE.search(previous.text) is not None:
        return True
    if previous.text[-1].isalnum() and _QUOTED_NAME_AHEAD_RE.match(line.text) is not None:
        return True
    return (
        wrapped > 0
        and previous.text[-1].isalnum()
        and (line.text[0].isalnum() or line.text[0] in '«“"')  # `… était` / `« un signal fort … »`
        and (
            not set_off
            or _NAME_AHEAD_RE.search(previous.text) is not None
            or len(previous.text) >= _FULL_WIDTH * wrapped
        )
    )


_LOOKBACK = 2000
"""How far back in its paragraph (code points) a quotation still open at a line's end is looked for: the
check stays linear in the page's length."""
_CLOSED_AHEAD_RE = re.compile(r"[^«»“”\"]{0,600}(?:[”»]|\"(?![^\W\d_]))")
"""Words up to a closing mark, no mark opening before it: the quotation open above closes further on."""
_FULL_WIDTH = 0.8
"""The share of a page's wrapping width a line set off by a blank line reaches when it is a paragraph's
first line, not a heading (a heading is shorter: `Réunion du Comité SPS`)."""
_OPEN_END_RE = re.compile(
    r"(?:,|(?<![\w’'-])(?:les|la|le|l['’]|de|du|des|d['’]|et|un|une|à|au|aux|en|the|of|a|an|and|to|in|that|que|qu['’]|(?-i:THE|OF|AND|TO|LES|DE|DES|DU|ET))"
    r"|\w['’]s|\s[-–—])\s*$"
)
"""A line ending on a comma, a possessive or a word that cannot end a sentence or a title (`remercié tous les`,
`acknowledged that`, `LUXEMBOURG – NATO's` / `Supreme Allied Commander, …`), or a dash (`ISAF Soldiers
Attacked in Kabul -` / `One Killed Four Injured`): the next line goes on with it,
whatever its first letter (`Alliés : « … »`, `« La décision … »`, `"this concept …"`)."""
_QUOTED_NAME_AHEAD_RE = re.compile(
    r"[‘’“\"'«][^\S\n]?[A-ZÀ-Ý][^,.!?‘’“”\"«»\n]{0,40}[’”\"'»][^\S\n]+[a-zà-ÿ]"
)
"""A line opening on a quoted name the sentence goes on after in lower case (`conducted Exercise` / `‘Bull
Run 12’ in northeastern Poland`); not a quotation closing on its punctuation (`"Together," said X`)."""
_NAME_AHEAD_RE = re.compile(rf"(?<![\w’'-])(?:(?i:{TITLES})|{HONORIFICS}|{RANKS_WITHOUT_POINT})$")
"""A line ending on a title, rank or honorific: a name follows on the next line."""
_WRAPPED_MIN_BREAKS = 3
"""How many line breaks inside a sentence (a line ending no sentence, the next opening lower-case) show a
page wrapped at a fixed width; a page of one line a paragraph has none, bar a stray list."""


def wrapped_at_width(text: str, found: Sequence[Line]) -> int:
    """The width (code points) the page of `text`, its lines `found` (`lines`), is wrapped at: the median
    length of its lines that end no sentence and are followed right on the next line by one opening
    lower-case (`Curtis M. Scaparrotti … participated in` / `meetings with political …`), when there are at
    least `_WRAPPED_MIN_BREAKS` of them; else 0 (not wrapped)."""
    widths = sorted(
        len(previous.text)
        for previous, line in itertools.pairwise(found)
        if line.text[0].islower()
        and final_character(previous.text) not in ".!?…:;"
        and text.count("\n", previous.end, line.start) == 1
    )
    return widths[len(widths) // 2] if len(widths) >= _WRAPPED_MIN_BREAKS else 0


def continues_body(text: str, found: Sequence[Line], k: int, wrapped: int, opened: int) -> bool:
    """`continues_paragraph` of line `k` of `found` after line `k - 1`, in the body paragraph opened at
    `opened` (code points)."""
    return continues_paragraph(text, found[k - 1], found[k], wrapped, set_off(text, found, k - 1), opened)


def joined_lines(text: str, segments: Sequence[tuple[int, int]]) -> str:
    """`text` with each line break inside one of `segments` (start, end: code points) set as a space. Same
    length, so every offset holds."""
    parts: list[str] = []
    at = 0
    for start, end in sorted(segments):
        parts += [text[at:start], text[start:end].replace("\n", " ")]
        at = end
    return "".join([*parts, text[at:]])


_QUOTATION_RE = re.compile(r'"[^"]*"|“[^“”]*”|«[^«»]*»')
"""A quotation between straight, curly or French marks."""


def quotations_over_lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The quotations inside `text[start:end]` (a title: code points) that run over a line's end, each as
    its marks' span (`SECRETARY GENERAL X:  "THE ALLIANCE REMAINS THE FIRST⏎GUARANTEE …"`): a
    headline wrapped at a fixed width inside its quotation, whose break is a space."""
    return [m.span() for m in _QUOTATION_RE.finditer(text, start, end) if "\n" in m.group()]


def set_off(text: str, found: Sequence[Line], k: int) -> bool:
    """True when line `k` of `found` (`lines`) opens the text or stands after a blank line."""
    return k == 0 or text.count("\n", found[k - 1].end, found[k].start) > 1
