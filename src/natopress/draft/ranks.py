"""Ranks and their grades: which persons a rank alone (`the General`, `l’amiral`) may mean in a release
(natopress.draft.entities)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from natopress.draft.cuewords import alternation
from natopress.draft.speech import RANKS_WITHOUT_POINT

RANK_CODE_WORD = r"(?:OF-?(?:10|[1-9])|OR-?[1-9]|WO-?[1-5])"
"""A NATO rank code, the codes of STANAG 2116: officers OF-1 to OF-10, other ranks OR-1 to OR-9, warrant
officers WO-1 to WO-5, the hyphen maybe left out (`OR9`)."""
RANK_CODE = rf"\({RANK_CODE_WORD}\)"
"""A rank code between a rank and a name (`Brigadier General (OF-6) X`, `Sgt. 1st Class (OR-7) X`)."""
RANK_CODE_RE = re.compile(rf"[^\S\n]*{RANK_CODE}[^\S\n]*")
"""A rank code with the spaces around it."""

_GENERAL_GRADES = (
    *("Brigadier General", "Major General", "Lieutenant General", "Brig. Gen.", "Brig Gen", "Maj. Gen."),
    *("Maj Gen", "Lt. Gen.", "Lt Gen", "Gen.", "Gen", "lieutenant-général"),
)
_ADMIRAL_GRADES = (
    *("Rear Admiral", "Vice Admiral", "Rear Adm.", "Vice Adm.", "RADM", "VADM", "Adm.", "Adm"),
    *("vice-amiral", "contre-amiral"),
)
_COLONEL_GRADES = ("Lieutenant Colonel", "Lt. Col.", "Lt Col", "Col.", "Col", "lieutenant-colonel")
RANK_GRADES = {
    **dict.fromkeys(("general", "général"), _GENERAL_GRADES),
    **dict.fromkeys(("admiral", "amiral"), _ADMIRAL_GRADES),
    "colonel": _COLONEL_GRADES,
}
"""The grades of a rank and their abbreviations: a person the text names `Brigadier General X` (or `Brig.
Gen. X`, `le vice-amiral X`) is the one `the general` (`l’amiral`) means when the text names no other
general (ANNOTATION_GUIDELINES.md §2.4, a rank alone). Ranks of the US, British and French forces."""


def rank_holders(head: str, namings_of: Callable[[str], Sequence[tuple[int, str]]]) -> set[str]:
    """The persons the text names with the rank `head` or one of its grades (`RANK_GRADES`; a French grade
    written out, `général d’armée aérienne`, is its first word's), `namings_of` giving the (title start,
    person id) namings of a title (`apposition_namings`)."""
    base = head.lower() if head.lower() in RANK_GRADES else head.lower().split()[0]
    titles = (head, *((base, *RANK_GRADES[base]) if base in RANK_GRADES else ()))
    return {person for title in titles for _, person in namings_of(title)}


_NAME_AFTER_RE = re.compile(r"[ \t\u00a0]+[A-ZÀ-Ý][a-zà-ÿ]")


def name_follows(text: str, end: int) -> bool:
    """True when a capitalised word follows the rank ending at `end` (code points) in `text`: the rank heads
    a name (`said Admiral Lake`), so it is no rank alone, even when no person candidate covers the name
    (never the text's other admiral; guidelines 2.4)."""
    return _NAME_AFTER_RE.match(text, end) is not None


_TRAILING_RANK_CODE_RE = re.compile(rf"[^\S\n]+{RANK_CODE_WORD}\Z")
"""A NATO rank code closing a name, as photo credits write it (`Photo by Melanie Machnitzke OR-8, DEU Army`)."""


def without_rank_code(text: str, start: int, end: int) -> int:
    """The end of the name `text[start:end]` (code points) without a NATO rank code closing it
    (`Melanie Machnitzke OR-8` → `Melanie Machnitzke`; STANAG 2116 codes, `RANK_CODE_WORD`); `end` when
    none."""
    code = _TRAILING_RANK_CODE_RE.search(text, start, end)
    return code.start() if code is not None else end


_ABBREVIATED_RANK_BEFORE_RE = re.compile(rf"(?-i:Staff\s+Sgt|{RANKS_WITHOUT_POINT})\.[ \t]+\Z")
"""An abbreviated rank and its point right before another rank word (`Sgt. ` before `Maj David X`)."""


def with_rank_before(text: str, role: tuple[int, int]) -> tuple[int, int]:
    """The span of the rank `role` (code points), widened to an abbreviated rank right before it that a
    point cuts off from the name's run (`Sgt. Maj David X` → `Sgt. Maj`, a sergeant major, not a major)."""
    before = _ABBREVIATED_RANK_BEFORE_RE.search(text, max(0, role[0] - 16), role[0])
    return (before.start(), role[1]) if before is not None else role


_RANKS_BEFORE_CAPS = (
    *(base.capitalize() for base in RANK_GRADES),
    *(grade for grades in RANK_GRADES.values() for grade in grades),
    *("Air Chief Marshal", "Air Vice Marshal", "Air Marshal", "Air Commodore", "Commodore", "Brigadier"),
)
_RANK_ALONE_RE = re.compile(rf"(?<![\w’'-])(?:{alternation(_RANKS_BEFORE_CAPS)})\s+\Z")
"""A general's, colonel's, admiral's or air officer's rank (`RANK_GRADES` and their bases, the air ranks,
`Commodore`, `Brigadier`), no post (`Commander MARCOM`), right before the surname (also closing a longer
title: `senior Commanders Admiral X`)."""
_CAPS_SURNAME_RE = re.compile(r"[A-Z][A-Z’'-]{3,}")
"""A surname typed in capitals, four letters or more (`KASTRATI`)."""


def caps_surname_after_rank(text: str, start: int, end: int) -> bool:
    """True when `text[start:end]` (code points) is a general's, colonel's or admiral's rank and one surname
    in capitals with a vowel (`Lieutenant General KASTRATI`, as some command sites write surnames): a
    person, though a word in capitals alone is an acronym elsewhere (`Commander MARCOM` is a post; the
    caller rules out an organisation's word, `Colonel NATO`)."""
    surname = re.search(r"\S+\Z", text[start:end])
    surname_start = start + surname.start() if surname else end
    return (
        _RANK_ALONE_RE.search(text, start, surname_start) is not None
        and _CAPS_SURNAME_RE.fullmatch(text, surname_start, end) is not None
        and re.search(r"[AEIOUY]", text[surname_start:end]) is not None
    )
