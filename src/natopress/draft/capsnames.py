"""Words in capitals inside a capitalised run: a surname typed in capitals (`Luigi BINELLI MANTELLI`, `Major
Marek DI CASTELLO`), initials and a monarch's number, or an acronym that makes the run no person's name
(natopress.draft.nameparts.personal reads them)."""

from __future__ import annotations

import re

from natopress.draft.lexicon import is_common
from natopress.draft.namewords import PARTICLE, UPPER

PARTICLEWORD_RE = re.compile(rf"(?i:{PARTICLE}|le|la)")
"""A particle inside a name, capitalised or not (`Alexander De Croo`)."""


_ROMAN_RE = re.compile(r"[IVX]{1,4}")
"""A monarch's number after a name (`Harald V`, `Carl XVI Gustaf`)."""
INITIAL_RE = re.compile(r"[A-Z]\.?|(?:[A-Z]\.){2,4}")
"""An initial, with or without its full stop, or initials (`E.`, `H.R.`)."""
CAPS_SURNAME_RE = re.compile(rf"[{UPPER}]{{3,}}")
"""A surname typed in capitals (`HAUMANN`, `FIX`), letters only: `SNMG1` is no surname; nor is a word of three
after common words (`Commander, Southern Regional ANP`: a body's acronym)."""


def caps_pair(words: list[str], titled: bool) -> bool:
    """True for a given name and a surname both in capitals after a title (`Brigadier General GÜNTER
    SCHÖPF`): two words of four letters or more, each with a vowel and no common word (not `SACEUR VISITS
    KFOR`, a headline in capitals)."""
    return (
        titled
        and len(words) == 2
        and all(
            len(w) > 3 and CAPS_SURNAME_RE.fullmatch(w) and re.search("[AEIOUYÀ-Ý]", w) and not is_common(w)
            for w in words
        )
    )


def acronym_in(words: list[str], i: int, titled: bool) -> bool:
    """True when `words[i]`, in capitals, is an acronym in the run (`personal`): not an initial, a monarch's
    number, nor part of a surname in capitals after a given name, maybe with its particle (`Luigi BINELLI
    MANTELLI`, `Major Marek DI CASTELLO`, also with no title before a surname of four letters or more:
    `Karl DE WELLERS`)."""
    w, last = words[i], len(words) - 1
    particle = i < last and PARTICLEWORD_RE.fullmatch(w) is not None  # `DI` of `DI CASTELLO`
    voiced = [len(x) > 3 and re.search("[AEIOUY]", x) is not None for x in (w, words[last])]
    return (
        w.isupper()
        and not INITIAL_RE.fullmatch(w)
        and not (i and _ROMAN_RE.fullmatch(w))
        and not (
            (i > 0 or caps_pair(words, titled))
            and (CAPS_SURNAME_RE.fullmatch(w) or particle)
            and all(x.isupper() for x in words[i:])  # `Luigi BINELLI MANTELLI`
            and (not words[0].isupper() or caps_pair(words, titled))
            and (i == last or not titled or CAPS_SURNAME_RE.fullmatch(words[last]))
            and (titled or ((voiced[0] or (particle and voiced[1])) and not is_common(words[0])))
            and (len(w) > 3 or not is_common(words[0]) or (titled and particle))
        )
    )
