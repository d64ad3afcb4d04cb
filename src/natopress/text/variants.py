"""Unicode variants of the same words seen as one when matching: a matching key aligned with the source.

Drafting matches registry names, verbs of saying and titles against a release's text. The same words
can be written with different code points: composed or decomposed accents (NFC, NFD), any space
separator (U+0020, U+00A0, U+202F, ... every Unicode Zs), apostrophes (' ’ ʼ ‘), hyphens (- ‐ ‑ ‒ –
− ﹣ －) and Romanian letters with a cedilla or a comma below (Ş Ș). `fold` turns a text into one
spelling (NFC, plain space, `’`, `-`, `Ș`) and keeps, for every code point of the key, where it came from
in the source, so spans found in the key are mapped back and keep the source's own characters and
offsets.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

SPACE = " "
APOSTROPHE = "’"
HYPHEN = "-"
APOSTROPHE_VARIANTS = "'’ʼ‘＇´"
"""U+0027, U+2019, U+02BC (modifier letter apostrophe), U+2018 (a left quote typed for an apostrophe), U+FF07,
U+00B4 (an acute accent typed for one: `NATO´s Secretary General`)."""
HYPHEN_VARIANTS = "-‐‑‒–−﹣－"
"""U+002D, U+2010 hyphen, U+2011 non-breaking hyphen, U+2012 figure dash, U+2013 en dash, U+2212 minus,
U+FE63, U+FF0D."""
COMMA_BELOW_VARIANTS = {"Ş": "Ș", "ş": "ș", "Ţ": "Ț", "ţ": "ț"}
"""Romanian `Ș ș Ț ț` (comma below, U+0218–U+021B) are often typed with a cedilla (`Ş ş Ţ ţ`, U+015E,
U+015F, U+0162, U+0163): one letter for matching (`Sorin ŞOANĂ` … `lieutenant-colonel ȘOANĂ`)."""
_TABLE = {
    **{ord(c): APOSTROPHE for c in APOSTROPHE_VARIANTS},
    **{ord(c): HYPHEN for c in HYPHEN_VARIANTS},
    **{ord(c): v for c, v in COMMA_BELOW_VARIANTS.items()},
}


def _fold_char(char: str) -> str:
    if unicodedata.category(char) == "Zs":
        return SPACE
    return char.translate(_TABLE)


LATIN_LETTERS = str.maketrans(
    {
        "œ": "oe",
        "Œ": "OE",
        "æ": "ae",
        "Æ": "AE",
        "ß": "ss",
        "ø": "o",
        "Ø": "O",
        "đ": "d",
        "Đ": "D",
        "ł": "l",
        "Ł": "L",
        "ı": "i",
    }
)
"""Latin letters that no Unicode decomposition takes to ASCII, in their usual ASCII spelling (`Støre` is
written `Store`, `Łukasz` `Lukasz`, Turkish dotless `ı` `i`: `Yılmaz` `Yilmaz`): for matching keys and ids,
never for stored text."""


def fold_string(text: str) -> str:
    """`text` in the matching spelling: NFC, every space separator a space, apostrophes `’`, hyphens `-`,
    `Ș ș Ț ț` for `Ş ş Ţ ţ`."""
    return "".join(_fold_char(c) for c in unicodedata.normalize("NFC", text))


@dataclass(frozen=True)
class Folded:
    """A matching key and, for each of its code points (and its end), the offset in the source."""

    key: str
    offsets: tuple[int, ...]

    def source_range(self, start: int, end: int) -> tuple[int, int]:
        """The source offsets (code points, end exclusive) of `key[start:end]`."""
        return self.offsets[start], self.offsets[end]


def _clusters(text: str) -> list[tuple[int, int]]:
    """Ranges of a starter and the combining marks after it: NFC composes within such a range."""
    ranges: list[tuple[int, int]] = []
    start = 0
    for index in range(1, len(text) + 1):
        if index == len(text) or unicodedata.combining(text[index]) == 0:
            ranges.append((start, index))
            start = index
    return ranges


def fold(text: str) -> Folded:
    """The matching key of `text` with its offsets into `text` (see the module docstring).

    An NFC text keeps its length, so each key offset is the source offset; a decomposed accent
    (`e` + U+0301) becomes one key code point whose source range covers both.
    """
    if unicodedata.is_normalized("NFC", text):
        return Folded("".join(_fold_char(c) for c in text), tuple(range(len(text) + 1)))
    key: list[str] = []
    offsets: list[int] = []
    for start, end in _clusters(text):
        composed = unicodedata.normalize("NFC", text[start:end])
        for position, char in enumerate(composed):
            key.append(_fold_char(char))
            # a cluster that composes to several code points maps them all to the cluster's start
            offsets.append(start if position == 0 or len(composed) != end - start else start + position)
    offsets.append(len(text))
    return Folded("".join(key), tuple(offsets))
