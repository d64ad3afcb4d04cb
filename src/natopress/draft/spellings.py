"""Whether two spellings in one release may name one person: middle initials left out, given names written
as initials, another transliteration, a surname misspelt or written with a space (`Mc Neill`), a given
name one letter apart
(natopress.draft.proposals joins such spellings into one proposal; natopress.draft.heldout scores with
them)."""

from __future__ import annotations

import difflib
import re


def without_initials(key: str) -> str:
    """A name key less its middle initials (`madeleine k. albright` -> `madeleine albright`, also initials
    run together: `peter a.j. bergen henegouwen` -> `peter bergen henegouwen`)."""
    words = key.split()
    return " ".join(
        [words[0], *(w for w in words[1:-1] if not _INITIALS_RE.fullmatch(w)), *words[-1:]][: len(words)]
    )


_INITIALS_RE = re.compile(r"\w\.?|(?:\w\.[-‑]?){2,}")
"""One initial (`k.`, `k`) or several run together (`a.j.`, `j.-p.`)."""


def transliterated(key: str) -> str:
    """`key` with the letters transliterations of Cyrillic, Georgian and Greek names swap made one: `đ`
    written `dj` or `d`, `ks` or `x`, `y` or `i`; English and French spellings of `ш`, `ч`, `ж`, `х`, `у`
    (`sh` or `ch`, `ch` or `tch`, `zh` or `j`, `kh` or `h`, `u` or `ou`: `Garibashvili` and `Garibachvili`,
    `Shmyhal` and `Chmyhal`, `Kuleba` and `Kouleba`), and French `gu` for `г` before `e` or `i` (`Sergueï`
    and `Sergeï`)."""
    for written, letters in _TRANSLITERATIONS.items():
        key = key.replace(written, letters)
    return key


_TRANSLITERATIONS = {
    "gue": "ge",
    "gui": "gi",
    "dj": "d",
    "ks": "x",
    "y": "i",
    "tch": "ch",
    "sh": "ch",
    "zh": "j",
    "kh": "h",
    "ou": "u",
}
"""The spellings `transliterated` makes one, in order (`tch` before `sh`: both become `ch`)."""


def given_initials(short: str, full: str) -> bool:
    """True when the name key `short` writes one or more given names of the name key `full` as initials or
    cut short: same surname, and each initial the first letter of the given name in its place (`a. rasmussen`
    / `anders fogh rasmussen`: the first given names), or its first `_SHORT_GIVEN_MIN` letters or more (`dom
    halvorsen` / `dominik r. halvorsen`, a familiar form), the others written whole (`karl h. halvorsen` /
    `karl heinz halvorsen`, a hyphenated given name's second part as its initial)."""
    given, surname = short.split()[:-1], short.split()[-1:]
    whole = full.split()
    if not given or surname != whole[-1:] or len(given) > len(whole) - 1:
        return False
    cut = [w.rstrip(".") for w in given]
    return cut != whole[: len(cut)] and all(
        c == whole[n]
        or ((len(c) == 1 or _SHORT_GIVEN_MIN <= len(c) < len(whole[n])) and whole[n].startswith(c))
        for n, c in enumerate(cut)
    )


_SHORT_GIVEN_MIN = 3
"""The fewest letters of a given name cut short (`Dan` for `Daniel`, `Phil` for `Philip`)."""


_MISSPELT_MIN_LETTERS = 8
"""The shortest lone surname that may be a named person's misspelt: shorter ones differ by a letter too
often (`Johnson`, `Jonson`)."""
_MISSPELT_MIN_RATIO = 0.94
"""How like a named person's surname a lone surname must be (difflib's ratio: one letter more or less in
12) to be that surname misspelt (`Papageorgious` after `Panagiotis Papageorgiou`); `Johnston` after
`Boris Johnson` (0.93) is another person."""


def misspelt(word: str, surname: str, ratio: float | None = None) -> bool:
    """True when `word`, of at least `_MISSPELT_MIN_LETTERS` letters, is `surname` misspelt (difflib's
    `ratio` at least, by default `_MISSPELT_MIN_RATIO`: `Rybchinski` for `Rybchninski`, `Papageorgious` for
    `Papageorgiou`, `Brengelman` for `Brengelmann`), or one letter apart (`one_letter_apart`: `Schurrman` for
    `Schuurman`), not its beginning (`Nuristan` of `Nuristani`: the place the name derives from); compare
    name keys or words of one case."""
    return (
        len(word) >= _MISSPELT_MIN_LETTERS
        and (not surname.startswith(word) or surname == word + word[-1])  # `Nuristan` before `Nuristani`:
        # the place the name derives from; but `Brengelman` for `Brengelmann` drops a doubled letter
        and (
            difflib.SequenceMatcher(None, surname, word).ratio() >= (ratio or _MISSPELT_MIN_RATIO)
            or one_letter_apart(word, surname)
        )
    )


def one_letter_apart(one: str, other: str) -> bool:
    """True when one word is the other with one letter doubled (`jeanine`, `jeannine`), or with its
    doubled letter moved to another (`tomasso`, `tommaso`), or, in words of four letters or more, two
    neighbouring letters swapped (`tmam`, `tamm`), or, in words of eight letters or more, one letter
    changed (`gianpaolo`, `giampaolo`)."""
    if one != other and abs(len(one) - len(other)) <= 1 and _undoubled(one) == _undoubled(other):
        return True  # `jeanine`, `jeannine`; `Tomasso` once, `Tommaso` twice: one given name
    if len(one) >= 4 and _swapped(one, other):
        return True  # `Jüri Tmam` once, `Jüri Tamm` twice: one minister
    return len(one) == len(other) >= 8 and sum(a != b for a, b in zip(one, other, strict=True)) == 1


def one_typo_apart(one: str, other: str) -> bool:
    """True when two words of seven letters or more are one typing slip apart: a letter dropped
    (`reinardt`, `reinhardt`) or two neighbouring letters swapped (`duquense`, `duquesne`)."""
    if one == other or min(len(one), len(other)) < 7:
        return False
    short, long = sorted((one, other), key=len)
    if len(long) - len(short) == 1:
        return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))
    return _swapped(one, other)


def _swapped(one: str, other: str) -> bool:
    """True when two words of one length differ only by two neighbouring letters swapped (`duquense`)."""
    slips = [i for i in range(len(one)) if one[i] != other[i]] if len(one) == len(other) else []
    return (
        len(slips) == 2
        and slips[1] == slips[0] + 1
        and one[slips[0]] == other[slips[1]]
        and one[slips[1]] == other[slips[0]]
    )


def _undoubled(word: str) -> str:
    """`word` with each run of one letter written once (`tommaso`, `tomasso` -> `tomaso`)."""
    return re.sub(r"(.)\1+", r"\1", word)


def spaced_apart(short: str, full: str) -> bool:
    """True when the name key `short`, of two words or more, is the last word of the name key `full` written
    with spaces in it (`mc neill` / `dan k. mcneill`, `van der til` / `herman vandertil`)."""
    words = short.split()
    return len(words) > 1 and len(full.split()) > 1 and "".join(words) == full.split()[-1]


def lowercase(form: str) -> int:
    """How many lower-case letters `form` has: of two spellings alike but for case, the one with more is
    the body's (`Ilse Varga`), the other a headline's or a breadcrumb's capitals (`Ilse VARGA`)."""
    return sum(map(str.islower, form))
