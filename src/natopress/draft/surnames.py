"""A person's surname alone once the release names them in full (`“…,” Foggo said.` after `U.S. Navy
Admiral James Foggo`; `a dit Novak` after `l’amiral Petr Novak`): a person candidate, whatever the name
finder made of the word (a pipeline may call a lone surname a place); and a surname in capitals after given
names (`Luigi BINELLI MANTELLI`), told from an acronym."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from natopress.draft.capsnames import PARTICLEWORD_RE
from natopress.draft.complements import complement_before
from natopress.draft.nameparts import NameCandidate, Ranges, personal
from natopress.draft.namewords import (
    LOC_WORDS,
    NAME_RE,
    ORG_WORDS,
    STOP_WORDS,
    TITLE_RE,
    UPPER,
    name_end,
    without_generation,
)
from natopress.draft.phrases import PARTICLE_GAP_RE
from natopress.draft.proposals import name_key
from natopress.draft.spellings import misspelt
from natopress.model import Entity, EntityType
from natopress.text.sentences import Range

_SURNAME_RE = re.compile(rf"[{UPPER}][\w’'-]*\w")
"""A surname: a capitalised word of two letters or more (no initial, `L.`)."""


def _surnames(text: str, full_names: Iterable[Range]) -> set[str]:
    """The last words of the names of two words or more in `full_names`, less stop, place and
    organisation words (`Marie France` gives no `France`)."""
    found: set[str] = set()
    for start, end in full_names:
        words = without_generation(text[start:end]).split()  # `James G. Foggo III`: `Foggo`
        lasts = [words[-1], *words[-3:-2]] if words[-2:-1] in (["–"], ["-"]) else words[-1:]  # `X – Y`: both
        for last in lasts if len(words) > 1 else ():
            if _SURNAME_RE.fullmatch(last) and not any(
                last in group for group in (STOP_WORDS, ORG_WORDS, LOC_WORDS)
            ):
                found.add(last)
    return found


def _given_names(text: str, full_names: Iterable[Range], surnames: set[str]) -> set[str]:
    """The first words of the names of two words or more in `full_names` that begin one name only and are
    no word after another name's first, no surname, stop, place or organisation word (`Marta` of `Marta
    Lindqvist`, whom a profile goes on to call by her given name: `“…,” Marta says.`); none of a given name
    two persons share (`Anna` of `Anna Berg` and `Anna Holm`: the word alone does not say which)."""
    starts: dict[str, set[str]] = {}
    inner: set[str] = set()
    for start, end in full_names:
        words = text[start:end].split()
        inner.update(words[1:])
        if len(words) > 1 and _SURNAME_RE.fullmatch(words[0]) and not words[0].isupper():
            starts.setdefault(words[0], set()).add(" ".join(words))
    return {
        word
        for word, names in starts.items()
        if len(names) == 1
        and word not in surnames
        and word not in inner  # `Hoop` of `Hoop Scheffer`, cut from `Jaap de Hoop Scheffer`
        and personal([word])
        and not TITLE_RE.fullmatch(word)
        and not any(word in group for group in (STOP_WORDS, ORG_WORDS, LOC_WORDS))
    }


def _particle_surnames(text: str, full_names: Iterable[Range]) -> set[str]:
    """The surnames opening with a particle of the names in `full_names`, case-folded (`Jaap de Hoop
    Scheffer`: `de hoop scheffer`), which a sentence may open with the particle capitalised (`De Hoop
    Scheffer expressed`)."""
    found: set[str] = set()
    for start, end in full_names:
        words = without_generation(text[start:end]).split()
        first = next((i for i, w in enumerate(words) if i and PARTICLEWORD_RE.fullmatch(w)), None)
        if first is not None and first < len(words) - 1:
            found.add(" ".join(words[first:]).casefold())
    return found


def _after_title(text: str, start: int, end: int) -> int:
    """Where the last word of the run `text[start:end]` starts when the words before it are a title or
    rank (`Major General FARINA`), maybe and a name's particles (`Lt.Gen. di Marco`: `Marco`), or a
    title's complement after it (`Minister of Defence Hanso`: `Hanso`), else `start`."""
    last = text.rfind(" ", start, end) + 1
    if last > start and complement_before(text, start) and not personal(text[start:last].split()):
        return last  # `Minister of Defence Hanso`: a complement's words before the surname
    title = TITLE_RE.match(text, start, last - 1) if last > start else None
    if title is None or not PARTICLE_GAP_RE.fullmatch(text, title.end(), last):
        return start
    return last


def with_surnames(
    text: str,
    regions: Sequence[Range],
    candidates: Sequence[NameCandidate],
    known_persons: Iterable[Range] = (),
) -> list[NameCandidate]:
    """`candidates` (spans in code points of `text`) plus a person candidate for each capitalised word in
    `regions` that stands alone (no capitalised word next to it) and is the surname of a person candidate
    or of a registry person the text names in full (`known_persons`), or that surname misspelt
    (natopress.draft.proposals.misspelt); a candidate of another type with that
    very span becomes a person. So is a lone given name that begins one such name only (`_given_names`:
    `Marta says` after `Marta Lindqvist`), no title before it. A surname opening with a particle (`De Hoop
    Scheffer` after `Jaap de Hoop Scheffer`) is one person candidate, in place of any candidate inside it.
    In text order."""
    full = [*known_persons, *((c.start, c.end) for c in candidates if c.type is EntityType.PER)]
    surnames, particled = _surnames(text, full), _particle_surnames(text, full)
    given = _given_names(text, full, surnames)
    if not surnames and not particled and not given:
        return list(candidates)
    persons = Ranges((c.start, c.end) for c in candidates if c.type is EntityType.PER)
    exact = {(c.start, c.end) for c in candidates if c.type is EntityType.PER}
    lone: set[Range] = set()
    for floor, ceiling in regions:
        for match in NAME_RE.finditer(text, floor, ceiling):
            end = name_end(text, match.start(), match.end())  # `Foggo’s visit`
            start = _after_title(text, match.start(), end)  # `Major General FARINA`: the surname
            word = text[start:end]
            spelt = word in surnames or any(
                misspelt(word, s) or name_key(word) == name_key(s) for s in surnames
            )
            if spelt and not persons.overlapping(start, end):  # `Rybchinski added` after `Maj. Mikhail
                lone.add((start, end))  # Rybchninski`: misspelt; `Varza` after `Ilse Varža`: accents lost
            elif text[start:end].casefold() in particled and (start, end) not in exact:
                lone.add((start, end))  # `De Hoop Scheffer`, whatever was cut from it
            elif word in given and start == match.start() and not persons.overlapping(start, end):
                lone.add((start, end))  # `Marta says` after `Marta Lindqvist`: her given name alone
    kept = [c for c in candidates if not any(s <= c.start and c.end <= e for s, e in lone)]
    added = [NameCandidate(start, end, EntityType.PER) for start, end in lone]
    return sorted([*kept, *added], key=lambda c: (c.start, -c.end))


def cut_name_holder(name: str, persons: Iterable[Entity], own: str) -> str | None:
    """The one person other than `own` whose name's last word begins with the last word of `name`, a name
    the excerpt cut off at its end (`», a ajouté M. Ras` after `M. Anders Fogh Rasmussen`): that word of
    three letters or more; else None."""
    words = name.casefold().split()
    if not words or len(words[-1]) < 3:
        return None
    holders = {
        e.id
        for e in persons
        if e.id != own
        for full in (e.name, *e.aliases)
        if full.split()
        and full.casefold().split()[-1].startswith(words[-1])
        and full.casefold().split()[-1] != words[-1]
    }
    return holders.pop() if len(holders) == 1 else None


RANK_RE = re.compile(
    r"(?:Lieutenant |Major |Brigadier |Lt\.?[\s-]*|Maj\.?[\s-]*|Brig\.?[\s-]*)?(?:General|Gen\.)|"
    r"(?:Vice |Rear )?(?:Admiral|Adm\.)|Colonel|Col\.|Lieutenant Colonel|Captain|Capt\.|Major",
    re.IGNORECASE,
)
"""A bare military rank (`Gen.`, `Lieutenant General`, `Admiral`)."""
_RANK_END_RE = re.compile(
    rf"(?<![\w’'-])(?:{RANK_RE.pattern})(?:s[^\S\n]+[A-ZÀ-Ý’'-]{{3,}}[^\S\n]+(?:and|et))?[^\S\n]+\Z",
    re.IGNORECASE,
)
"""A bare military rank right before a word (`Brigadier General HELLUY`), also in the plural before two
surnames (`Generals CUOCI and DIKOVIC`)."""
CAPS_NAME_RE = re.compile(
    rf"(?:[A-ZÀ-Ý][a-zà-ÿ][\w’'-]*[ \t]+){{1,2}}(?:{PARTICLEWORD_RE.pattern}[ \t]+)?"
    r"(?:(?!(?:NATO|OTAN|HQ|EU|UE|UN|ONU|[IVX]{2,4})\b)[A-ZÀ-Ý][A-ZÀ-Ý’'-]{2,}"
    r"(?:[ \t]+|$))+"
)
"""Given names and a surname in capitals, maybe after its particle (`Dirk DUBOIS`, `Luigi BINELLI MANTELLI`,
`Marek DI CASTELLO`), also after a rank (`BG
Philippe BOISGONTIER Deputy …`): a name that ends before the next word in other case or a body's acronym
(`Patrick ANDREWS NATO HQ`, `Dirk DUBOIS Head of …`); never a monarch's number (`Carl XVI Gustaf`)."""


def acronym_elsewhere(text: str, words: list[str], start: int) -> bool:
    """True when a word in capitals of `words` (at `start`) stands elsewhere in the text without the run's
    first word or a rank before it: an acronym (`Geilenkirchen AWACS` where `AWACS` recurs), not a surname
    (`Bruno HELLUY` … `Brigadier General HELLUY recalled`)."""
    end = start + len(" ".join(words))
    return any(
        not start <= other.start() < end
        and not text[max(0, other.start() - 40) : other.start()].rstrip().endswith(words[0])
        and not _RANK_END_RE.search(text, max(0, other.start() - 40), other.start())
        for word in (w for w in words[1:] if len(w) > 2 and w.isupper())
        for other in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text)
    )


def surname_holder(persons: Iterable[Entity], surname: str) -> str | None:
    """The one person of `persons` whose name or alias ends with `surname` (`Fogh Rasmussen`, `De Hoop
    Scheffer`: case aside), or whose name ends with its last word when no name holds all of it; else None
    (an honorific and a surname as a speaker: `M. Rasmussen`)."""
    words = surname.casefold().split()  # `Mr. De Hoop Scheffer`: the particle capitalised
    for wanted in (words, words[-1:]):
        matches = {
            e.id
            for e in persons
            for name in (e.name, *e.aliases)
            if name.casefold().split()[-len(wanted) :] == wanted and len(name.split()) >= len(wanted)
        }
        if matches:
            return matches.pop() if len(matches) == 1 else None
    return None
