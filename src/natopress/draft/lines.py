"""A release's lines, and the line breaks that fall inside a paragraph of a page wrapped at a fixed width."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from natopress.draft.namewords import TITLES
from natopress.draft.speech import HONORIFICS, RANKS_WITHOUT_POINT

_CLOSERS = "»”\"’')]}"


@dataclass(frozen=True)
class Line:
    """A non-blank line of the source, trimmed of white space (no-break spaces included)."""

    start: int
    end: int
    text: str


def lines(text: str) -> list[Line]:
    """The non-blank lines of `text` (split at LF; CR and no-break spaces count as white space)."""
    found = []
    position = 0
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            start = position + (len(raw) - len(raw.lstrip()))
            found.append(Line(start, start + len(stripped), stripped))
        position += len(raw) + 1
    return found


def final_character(line: str) -> str:
    """The line's last character before closing quotation marks and brackets (`."` and `.”)` end in `.`)."""
    stripped = line.rstrip(_CLOSERS + " \t\u00a0\u202f")
    return stripped[-1] if stripped else line[-1]


def continues_paragraph(
    text: str, previous: Line, line: Line, wrapped: bool = False, set_off: bool = False
) -> bool:
    """True when `line` goes on with the paragraph of `previous` in a page wrapped at a fixed width (`les
    dirigeants alliés ont tenu` / `une réunion extraordinaire …`): right on the next line, after a line
    that ends no sentence, opening lower-case or after a line ending on a comma or a function word, or
    opening on a quoted name after a line ending on a word (`_QUOTED_NAME_AHEAD_RE`); in a
    page `wrapped` at a fixed width (`wrapped_at_width`), also a line opening on a word or number after a
    line ending on one (`," said` / `General X.`, `In talks with President Klaus` / `Iohannis, …`; not
    `Photo: NATO` / `"…," said X.`), but after a line `set_off`
    by a blank line above it, as a heading is, only when it ends on a title or honorific (`Réunion du
    Comité SPS` / `M. X, président …` are two paragraphs)."""
    if text.count("\n", previous.end, line.start) != 1 or final_character(previous.text) in ".!?…":
        return False
    if line.text[0].islower() or _OPEN_END_RE.search(previous.text) is not None:
        return True
    if previous.text[-1].isalnum() and _QUOTED_NAME_AHEAD_RE.match(line.text) is not None:
        return True
    return (
        wrapped
        and previous.text[-1].isalnum()
        and line.text[0].isalnum()
        and (not set_off or _NAME_AHEAD_RE.search(previous.text) is not None)
    )


_OPEN_END_RE = re.compile(
    r"(?:,|(?<![\w’'-])(?:les|la|le|l['’]|de|du|des|d['’]|et|un|une|à|au|aux|en|the|of|a|an|and|to|in))\s*$"
)
"""A line ending on a comma or a word that cannot end a sentence or a title (`remercié tous les`): the next
line goes on with it, whatever its first letter (`Alliés : « … »`, `« La décision … »`)."""
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


def wrapped_at_width(text: str, found: Sequence[Line]) -> bool:
    """True when the page of `text`, its lines `found` (`lines`), is wrapped at a fixed width: at least
    `_WRAPPED_MIN_BREAKS` lines end no sentence and are followed right on the next line by one opening
    lower-case (`Curtis M. Scaparrotti … participated in` / `meetings with political …`)."""
    breaks = 0
    for previous, line in itertools.pairwise(found):
        if (
            line.text[0].islower()
            and final_character(previous.text) not in ".!?…:;"
            and text.count("\n", previous.end, line.start) == 1
        ):
            breaks += 1
            if breaks >= _WRAPPED_MIN_BREAKS:
                return True
    return False


def joined_lines(text: str, segments: Sequence[tuple[int, int]]) -> str:
    """`text` with each line break inside one of `segments` (start, end: code points) set as a space. Same
    length, so every offset holds."""
    parts: list[str] = []
    at = 0
    for start, end in sorted(segments):
        parts += [text[at:start], text[start:end].replace("\n", " ")]
        at = end
    return "".join([*parts, text[at:]])


def set_off(text: str, found: Sequence[Line], k: int) -> bool:
    """True when line `k` of `found` (`lines`) opens the text or stands after a blank line."""
    return k == 0 or text.count("\n", found[k - 1].end, found[k].start) > 1
