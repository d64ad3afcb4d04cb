"""A person's name that opens with a surname's particle after an honorific or a rank (natopress.draft.names):
`Mr. De Kermabon`, `Mr van der Berg`, `M. de Hoop Scheffer`, `Lt.Gen. di Marco`, `Sgt La Torre`; and a double
surname joined by a spaced dash (`Dana Kovacs – Rieger`, `dashed_surname_end`)."""

from __future__ import annotations

import re

from natopress.draft.countries import is_country
from natopress.draft.lexicon import is_common
from natopress.draft.nameparts import NameCandidate
from natopress.draft.namewords import DEMONYMS, HONORIFIC_BEFORE_RE, NO_NAME_WORDS, PARTICLE, WORD, WORK_WORDS
from natopress.draft.roles import role_before
from natopress.draft.speech import HONORIFICS
from natopress.model import EntityType

_HEAD_PARTICLE = rf"(?:(?i:{PARTICLE})|L[aeo]|Dalla|Degli|Des)"
"""A surname's particle in any case, or `Des` (a given name: `Des Browne`), opening a name after a title."""
PARTICLE_HEAD_RE = re.compile(rf"(?:{_HEAD_PARTICLE}[ \t]+){{1,2}}{WORD}")
"""A name opening with a capitalised particle (`De Kermabon`, `Van Rompuy`, `Le Drian`, `La Torre`), after an
honorific or a title: the particle is the name's, no stop word (`Mr. Le Drian`, `Sgt La Torre`); so is `Des`
(`M. Des Browne`, a given name)."""
_PARTICLES_BEFORE_RE = re.compile(rf"(?<![\w’'-])(?:{PARTICLE}[ \t]+){{1,2}}\Z")
"""Lower-case particles right before a capitalised run: after an honorific, the name's (`M. de Hoop
Scheffer`, `Mr van der Berg`)."""
_FULL_RANK = (
    r"(?<=\b[LlDdAa][eu]\s)(?:général|amiral)|(?<![\w’'-])(?<!Quartier\s)(?<!Directeur\s)(?<!Secrétaire\s)"
    r"(?:General|Admiral|Colonel|Captain|Brigadier|Marshal|Général|Amiral)"
)
"""A rank in full (`Admiral`, `Général`), or in lower case after an article (`le général`, `du général`); not a
post's word (`directeur général`, `Quartier Général`)."""
_RANK_BEFORE_RE = re.compile(
    r"(?<![\w’'-])(?:Lt|Maj|Brig)\.?[ \t-]*Gen\.[ \t]+\Z|(?:Gen|Col|Capt|Adm|Cdr|Lt)\.[ \t]+\Z"
    rf"|(?:{_FULL_RANK})[ \t]+\Z"
)
"""A rank right before a surname's particle: abbreviated with its full stop (`Lt.Gen. ` di Marco) or in full
(`Admiral ` de Varga, `le général ` de Kovacs)."""
_RANK_THEN_PARTICLE_RE = re.compile(
    rf"(?:{_FULL_RANK})[ \t]+"
    rf"(?P<name>(?:(?-i:{PARTICLE}|la|le)[ \t]+){{1,2}}(?P<head>{WORD})(?:[ \t]+{WORD})?)\Z"
)
"""A rank, then a lower-case particle opening the run's last one or two words (`Rear Admiral de Varga`,
`General de la Cruz`): the particle opens a surname, not a rank's complement."""
_RANK_COMPLEMENT_RE = re.compile(
    r"(?:Brigade|Division|Corps|Arm[ée]e|Escadre|Vaisseau|Fr[ée]gate|Corvette|Air|Terre|Marine|Gendarmerie)(?![\w’'-])"
)
"""What follows `de` in a French rank (`général de brigade`, `capitaine de vaisseau`, `général de corps
d’armée`): the rank's, no surname."""
_HONORIFIC_THEN_PARTICLE_RE = re.compile(rf"{HONORIFICS}[ \t]+(?=(?:{_HEAD_PARTICLE}[ \t]+){{1,2}}{WORD})")
"""An honorific opening a capitalised run before particles (`M. ` de Hoop Scheffer, `M. ` De Gucht: `M.` reads
as an initial, so the run starts there), or before a given name that reads as one (`M. ` Des Browne)."""


def particle_name(text: str, start: int, end: int, floor: int) -> NameCandidate | None:
    """A person's name after an honorific or a rank opening with a particle (`Mr. De Kermabon`, `Mr van der
    Berg`, `M. de Hoop Scheffer`, whose run opens with the initial-like `M.`, `Lt.Gen. di Marco`, `Admiral
    de Varga`): the particle is the name's; a title before the honorific, or the rank, is the person's role."""
    ranked = _RANK_THEN_PARTICLE_RE.search(text, start, end)
    if ranked is not None and not _RANK_COMPLEMENT_RE.match(text, ranked.start("head")):
        role = (start, len(text[: ranked.start("name")].rstrip()))
        return NameCandidate(ranked.start("name"), end, EntityType.PER, role)
    opening = _HONORIFIC_THEN_PARTICLE_RE.match(text, start, end)
    start = opening.end() if opening is not None else start
    particles = _PARTICLES_BEFORE_RE.search(text, max(floor, start - 12), start)
    head = particles.start() if particles is not None else start
    honorific = HONORIFIC_BEFORE_RE.search(text, max(floor, head - 5), start)
    if honorific is not None and particles is not None and honorific.end() == head:
        return NameCandidate(particles.start(), end, EntityType.PER, role_before(text, head, floor, end))
    rank = _RANK_BEFORE_RE.search(text, max(floor, head - 20), head) if particles is not None else None
    complement = _RANK_COMPLEMENT_RE.match(text, start) is not None  # `le général de brigade X`
    if rank is not None and not complement:  # `Lt.Gen. di Marco`: the rank ends the run before the particle
        return NameCandidate(
            head, end, EntityType.PER, (rank.start(), rank.start() + len(rank.group().rstrip()))
        )
    if honorific is not None and honorific.end() == start and PARTICLE_HEAD_RE.match(text, start, end):
        return NameCandidate(start, end, EntityType.PER, role_before(text, start, floor, end))
    return None


_DASHED_SURNAME_RE = re.compile(r"[ \t]+[–-][ \t]+(?P<word>[A-ZÀ-Þ][a-zà-ÿ]{2,})(?=[,;.)])")
"""A second surname after a spaced dash, closed by punctuation (`Radmila Shekerinska – Jankovska,`): a
double surname as some pages type it."""


def dashed_surname_end(text: str, start: int, end: int) -> int:
    """The end (code points) of the person's name `text[start:end]` (two words or more) with a second
    surname after a spaced dash (`_DASHED_SURNAME_RE`), when that word is no title's, body's, place's,
    work's, nationality's or common word, nor a country (`Velgrad – Ostravia,`); else `end`."""
    dashed = _DASHED_SURNAME_RE.match(text, end)
    if dashed is None or len(text[start:end].split()) < 2:
        return end
    word = dashed["word"]
    named = any(word in words for words in (*NO_NAME_WORDS, WORK_WORDS, DEMONYMS))
    return end if named or is_common(word) or is_country(word) else dashed.end()
