"""Whether a line of a release is a photo's caption: a credit in brackets closing it, another language than
the release's, or a short line without final punctuation naming people (natopress.draft.segmenter)."""

from __future__ import annotations

import re

from natopress.draft.dates import MONTH_ALT, WEEKDAY_DATE_RE
from natopress.draft.language import UNDETERMINED, detect_language
from natopress.draft.lines import final_character

CAPTION_MAX_CHARS = 250
_NAME_PAIR_RE = re.compile(r"\b[A-ZÀ-Ý][a-zà-ÿ’'\-]+\s+[A-ZÀ-Ý][a-zà-ÿ’'\-]+")

PHOTO_CREDIT_RE = re.compile(
    r"\((?:(?:[\w.’'-]+\s+){0,3}(?:photos?|photograph)\s*(?:by|:|courtesy|credit)[^()\n]{0,120}|courtesy\s+photo\.?)\)\s*$"
    r"|(?:[.!?]|(?<=\d))\s+[-–]\s+(?:[\w.’'-]+\s+){0,3}(?:photos?|photograph)\s+by\s[^()\n\"“”«»]{1,120}$",
    re.IGNORECASE,
)
"""A photo credit in brackets closing a line (`(NATO photo by U.S. Army David Olson, LANDCOM Public
Affairs.)`, `(Photo by JFC Naples Public Affairs)`, `(Courtesy photo)`), or after a dash closing the line's
last sentence (`… at Mons, Belgium Nov. 9. 2018. - NATO Photo by X OR-8, DEU Army`, also right after its
date's year: `… on May 3, 2018 - Photo by X`): the line is the photo's
caption, however long."""


_UPPER_DATELINE_RE = re.compile(r"[A-ZÀ-Ý]{2}[A-ZÀ-Ý .’'/-]*,\s")
"""A place in capitals and a comma opening a line: a dateline, not a caption."""


_PLACED_DATE_RE = re.compile(
    r"(?P<what>[^,.!?\n]{3,80}),[^\S\n]+[^,.!?\n]{2,40},[^\S\n]+"
    rf"(?:\d{{1,2}}(?:st|nd|rd|th|er)?\s+(?:{MONTH_ALT})|(?:{MONTH_ALT})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?)\.?\s+\d{{4}}\.?\s*",
    re.IGNORECASE,
)
"""What an image shows, where and when, alone on a line (`Ostravian frigate Velgrad, Baltic Sea, March 3rd
2021.`): a photo's caption; what it shows holds a lower-case word of three letters or more and up to eight
words, unlike a dateline's place (`Brussels, Belgium, 12 May 2019`)."""


def looks_like_caption(line: str, release_language: str) -> str | None:
    """The caption's language (`""` when the release's own) when the line reads as a photo caption, else None.

    A caption is a line in another language than the release, or a short line without final punctuation
    that names people (two capitalised words in a row).
    """
    if any(mark in line for mark in '«»“”"'):
        return None
    if PHOTO_CREDIT_RE.search(line):
        return ""  # `… about their studies Feb. 7, 2018. … (Photo by JFC Naples Public Affairs)`
    if _UPPER_DATELINE_RE.match(line) or WEEKDAY_DATE_RE.search(line):
        return None  # `NORTHWOOD, United Kingdom (July 8, 2019) – The`: a dateline opening the body;
        # `… during a visit to Copenhagen on Friday (20 April 2018)`: a lead
    placed = _PLACED_DATE_RE.fullmatch(line.strip())
    if (
        placed is not None
        and len(placed["what"].split()) <= 8
        and re.search(r"\b[a-zà-ÿ]{3,}", placed["what"])
    ):
        return ""  # `Ostravian frigate Velgrad, Baltic Sea, March 3rd 2021.`
    language = detect_language(line)
    if release_language != UNDETERMINED and language not in (UNDETERMINED, release_language):
        return language
    short_unpunctuated = len(line) <= CAPTION_MAX_CHARS and final_character(line) not in ".!?:;…"
    if short_unpunctuated and _NAME_PAIR_RE.search(line):
        return ""
    return None


_HEADING_RE = re.compile(r"\s*[^\W\d_][^\s.!?:,;]*(?:[ \t]+[^\s.!?:,;]+){0,3}\s*")


def heading_line(text: str, start: int, end: int) -> bool:
    """True when `text[start:end]` (code points) is a line of one to four words with no stop, comma or colon
    (`Ostravia Herald`, a newspaper's name over its item in a press review): a heading, not a caption's
    sentence."""
    return _HEADING_RE.fullmatch(text, start, end) is not None
