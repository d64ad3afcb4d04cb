"""Name candidates in a release: persons, organisations and places, known to the registry or not.

One interface (`NameFinder.find`) over two sources: the release's own structure (titles, ranks and
honorifics before a name, acronyms, organisation words, `à`/`in` before a place), here, which needs no
model, and a spaCy pipeline when one is installed (natopress.draft.pipeline, whose `name_finder` picks the
finder for a language).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol

from natopress.draft.lexicon import all_common, is_common
from natopress.draft.namewords import (
    BODY_OF_RE,
    COMMON_WORDS,
    HONORIFIC_BEFORE_RE,
    LOC_WORDS,
    MAX_NAME_WORDS,
    MONTH_WORDS,
    NAME_RE,
    NAMED_THING_RE,
    ORG_WORDS,
    PARTICLE,
    PEERAGE_RE,
    PORTFOLIO_RE,
    STOP_WORDS,
    TITLE_NOUNS,
    TITLE_RE,
    UPPER,
    WORD,
    WORK_WORDS,
    name_end,
    words_of,
)
from natopress.draft.roles import FORM_OF_ADDRESS_RE, GAP_RE, role_after, role_before
from natopress.model import EntityType
from natopress.text.sentences import RANKS, rough_sentence_start

Range = tuple[int, int]

_ADJACENT_RE = re.compile(r"[ \u00a0]+")


_PLACE_BEFORE_RE = re.compile(r"(?<![\w’'-])(?:in|(?<!according\s)to|from|at|à|en|au|aux|vers)\s+$")
"""A preposition of place right before a capitalised run: a place; not `according to` (`according to Hajji
X`: a person)."""
WORD_PLACE_BEFORE_RE = re.compile(
    r"(?<![\w’'-])(?:in|(?<!according\s)to|from|at|of|à|en|au|aux|vers|de|depuis)\s+$"
)
"""Before a single capitalised word the pipeline calls a person: that word is a place (`de Velgrad`)."""


class Ranges:
    """Code-point ranges sorted by start, for overlap queries in logarithmic time plus the hits (names
    are short, so only ranges starting within the longest one's length before a point can reach it)."""

    def __init__(self, ranges: Iterable[Range]) -> None:
        self._ranges = sorted(ranges)
        self._starts = [start for start, _ in self._ranges]
        self._longest = max((end - start for start, end in self._ranges), default=0)

    def overlapping(self, start: int, end: int) -> list[Range]:
        """The ranges that share at least one code point with `[start, end)`."""
        low = bisect.bisect_left(self._starts, start - self._longest)
        high = bisect.bisect_left(self._starts, end)
        return [(s, e) for s, e in self._ranges[low:high] if s < end and start < e]


@dataclass(frozen=True)
class NameCandidate:
    """A name in the text: its span (code points), its CoNLL type, and the span of a title the text gives
    it right before (`NATO Deputy Secretary General` Firstname Lastname) or in apposition after, or None."""

    start: int
    end: int
    type: EntityType
    role: Range | None = None


class NameFinder(Protocol):
    """Finds name candidates in the given regions (code-point ranges) of a text."""

    def find(self, text: str, regions: Sequence[Range]) -> list[NameCandidate]: ...


_SENTENCE_START_RE = re.compile(r"(?:^|[.!?:;»”\"(\n])\s*$")
_PARTICIPLE_RE = re.compile(r"[A-Z][a-z]+ing|Citant")
"""A present participle (`Calling`, `Recalling`, `Citant`), capitalised only because it opens a sentence."""


def _strip_stops(text: str, start: int, end: int) -> Range | None:
    """The name without leading stop words (`The`, `Le`, `January`) and the lower-case particles after them,
    or a participle opening the sentence (`Calling German leadership …`); None when nothing is left."""
    for word in re.finditer(r"\S+", text[start:end]):
        bare = word[0].strip("’'.")
        opening = word.start() == 0 and _SENTENCE_START_RE.search(text, max(0, start - 3), start) is not None
        after_title = TITLE_RE.fullmatch(text[start : start + word.start()].strip()) is not None
        if bare in STOP_WORDS or (word.start() and bare[:1].islower() and not after_title):
            continue  # a particle after a stop word opens no name (`Lors de la Journée`), after a rank
            # it does (`General de la Cruz`)
        if not (opening and _PARTICIPLE_RE.fullmatch(bare)):
            return start + word.start(), end
    return None


_RANK_RE = re.compile(
    r"(?:Lieutenant |Major |Brigadier |Lt\.?[\s-]*|Maj\.?[\s-]*|Brig\.?[\s-]*)?(?:General|Gen\.)|"
    r"(?:Vice |Rear )?(?:Admiral|Adm\.)|Colonel|Col\.|Lieutenant Colonel|Captain|Capt\.|Major",
    re.IGNORECASE,
)
"""A bare military rank (`Gen.`, `Lieutenant General`, `Admiral`)."""
_APPOSED_BEFORE_RE = re.compile(r"[A-Z][\w’'-]*[a-z]\s*,\s*(?:the\s+)?\Z")
"""A name and comma right before a title: the title is that name's apposition, not the next name's."""
_LIST_RUN_RE = re.compile(r"(?:[A-ZÀ-Ý][\w’'.-]*|of|for|and|the|de|du|des|la|le|et|l['’]|[,\s])+\Z")
"""Capitalised words, commas and the function words of titles, up to a position: a list of names and titles."""
_LIST_HEAD_RE = re.compile(r"[\s,]*(?:(?:the|le|la|les)\s+|l['’])?", re.IGNORECASE)
"""What may open a list before its first item: white space, commas, an article."""
_PARTICLE_HEAD_RE = re.compile(rf"(?i:{PARTICLE})[ \t]+{WORD}", re.IGNORECASE)
"""A name opening with a capitalised particle (`De Kermabon`, `Van Rompuy`)."""
PARTICLEWORD_RE = re.compile(rf"(?i:{PARTICLE}|le|la)")
"""A particle inside a name, capitalised or not (`Alexander De Croo`)."""
_POSITION_WORD_RE = re.compile(r"[ \t]+(?:Back|Front|Left|Right|Centre|Center|Top|Bottom|Middle)(?![\w’'-])")
"""A caption's word of place in the picture after a name run together with it (`… Rasmussen Back
ground left to right`): the name ends before it."""
_LOWER_NEXT_RE = re.compile(r"[ \t]+[a-z]")
"""A lower-case word right after a capitalised run (`Back row`)."""
_ROMAN_RE = re.compile(r"[IVX]{1,4}")
_INITIAL_RE = re.compile(r"[A-Z]\.?|(?:[A-Z]\.){2,4}")
_INNER_WORD_RE = re.compile(rf"{PARTICLEWORD_RE.pattern}|(?:[A-Z]\.){{1,4}}")
"""A word that is no stop word inside a name: a particle (`Alexander De Croo`) or an initial with its full
stop (`Richard L. Morningstar`; `L` and `M` alone are stop words)."""
_ACRONYM_PART_RE = re.compile(r"[A-Z]{2,}\d*")
"""A hyphenated word's part that is an acronym (`NRDC-Italy`, `MND-SE`): a body's name, not a person's."""
_CAPS_SURNAME_RE = re.compile(rf"[{UPPER}]{{3,}}")
"""A surname typed in capitals (`HAUMANN`, `FIX`), letters only: `SNMG1` is no surname; nor is a word of three
after common words (`Commander, Southern Regional ANP`: a body's acronym)."""
_RANK_ABBREVIATIONS = RANKS | words_of("Amb Hon Rt")
"""Ranks' (`text.sentences.RANKS`), offices' and forms of address's abbreviations (`Amb`, `Rt Hon`), with or
without their full stop: never a word of a person's name."""
_PLACE_AFTER = ("commander", "command", "commandant")
"""Titles whose single following word is a place, not a surname (`Joint Force Commander Naples`)."""


def _personal(words: list[str], titled: bool = False) -> bool:
    """True for one to MAX_NAME_WORDS words that can be a person's name: no stop (but a particle or an
    initial inside, `De Croo`, `Richard L. Morningstar`), organisation, place or work word, no acronym (an
    initial, `E.`, and a generational `II` after a name excepted; after a title, a surname in capitals
    after a given name: `Brigadier General Werner HAUMANN`)."""
    last = len(words) - 1
    return 0 < len(words) <= MAX_NAME_WORDS and not any(
        (
            w.strip(".,") in STOP_WORDS
            and not (0 < i < last and _INNER_WORD_RE.fullmatch(w))
            and not (titled and i == last == 1 and w in MONTH_WORDS)  # `Lieutenant Colonel Willi May`
        )
        or (i < last and name_end(w, 0, len(w)) < len(w))  # `the Agency’s Cyber Operations`
        or (len(w) > 1 and "-" in w and any(_ACRONYM_PART_RE.fullmatch(p) for p in w.split("-")))
        or w in ORG_WORDS
        or w in LOC_WORDS
        or w in WORK_WORDS
        or w in COMMON_WORDS
        or w in TITLE_NOUNS
        or w.rstrip(".") in _RANK_ABBREVIATIONS  # `concluded Major Gen` (cut off): no person `Gen`
        or any(c.isdigit() for c in w)  # `Intensified Dialogue1`: a footnote's number, no name
        or (
            w.isupper()
            and not _INITIAL_RE.fullmatch(w)
            and not (i and _ROMAN_RE.fullmatch(w))
            and not (
                titled
                and 0 < i == last
                and _CAPS_SURNAME_RE.fullmatch(w)
                and (len(w) > 3 or not is_common(words[0]))
                and (not words[i - 1].isupper() or _INITIAL_RE.fullmatch(words[i - 1]))  # `Curtis M. X`
            )
        )
        for i, w in enumerate(words)
    )


def _after_inner_title(text: str, start: int, end: int) -> NameCandidate | None:
    """The person named after a title that stands inside a capitalised sequence, not at its head
    (`US President Barack Obama`, `European Commission President Ursula von der Leyen`, `Commander ISAF
    General Stanley McChrystal`): the words after the sequence's last title, when they can be a name; a
    single word after a command title is a place (`Joint Force Commander Naples`). None otherwise."""
    titles = [m for m in TITLE_RE.finditer(text, start, end) if m.start() > start and m.end() < end]
    if not titles:
        return None
    title = titles[-1]
    head = TITLE_RE.match(text, start, end)
    if head is not None and head.end() >= title.start():
        return None  # one title at the head (`Prime Minister`): the head rules read it
    gap = GAP_RE.match(text, title.end(), end)
    named = _strip_stops(text, gap.end() if gap else title.end(), end)
    if named is None:
        return None
    words = text[named[0] : end].split()
    if not _personal(words, titled=True) or (
        len(words) == 1 and title.group().lower().split()[-1] in _PLACE_AFTER
    ):
        return None
    role = None if FORM_OF_ADDRESS_RE.fullmatch(title.group()) else title.span()  # `Lord X`: no role
    return NameCandidate(named[0], end, EntityType.PER, role)


_INNER_HONORIFIC_RE = re.compile(r"(?<=\s)(?:Mr|Ms|Mrs|Dr|Mme|Mlle)\.?\s+")
"""An honorific inside a capitalised sequence; not `M.` (an initial: `Steven M. Shepro`) nor `Sir` (after a
rank: `Admiral Sir X`, which the title rules read)."""


def _after_inner_honorific(text: str, start: int, end: int) -> NameCandidate | None:
    """The person named after an honorific inside a capitalised sequence (`… Peace and Security Ms Irene
    Fellin`: Irene Fellin), when the words after it can be a name; None otherwise."""
    inner = list(_INNER_HONORIFIC_RE.finditer(text, start + 1, end))
    if not inner or inner[-1].end() >= end:
        return None
    words = text[inner[-1].end() : end].split()
    return NameCandidate(inner[-1].end(), end, EntityType.PER, None) if _personal(words) else None


def _after_common_words(text: str, start: int, end: int) -> list[NameCandidate]:
    """The person named at the end of a run after a portfolio's words (`Foreign Affairs and Security Policy
    Federica Mogherini`): the longest two to four words after the run's last common word (`COMMON_WORDS`)
    that can be a name and are not all English common words (`Host Nation Medical Clinic`), unless a title
    stands before them in the sentence; else nothing. Not after a body's or a work's word: `Exercise
    Steadfast Defender` names an exercise."""
    words = list(re.finditer(r"\S+", text[start:end]))
    last = max((i for i, w in enumerate(words) if w.group() in COMMON_WORDS), default=None)
    if last is None:
        return []
    for first in range(last + 1, len(words) - 1):  # `Senior Medical Officer Nina Rummel`: `Nina Rummel`
        tail = [w.group() for w in words[first:]]
        if len(tail) > 4 or not _personal(tail):
            continue
        at = start + words[first].start()
        sentence = max(rough_sentence_start(text, at), at - 160)
        if not tail[0][0].isupper() or (all_common(tail) and not TITLE_RE.search(text, sentence, at)):
            return []  # `Défense de Velgrad`: a particle opens no name; `Host Nation Medical Clinic` (a title
            # before it names a person: `Assistant Secretary General for … and Security Policy Anna Brook`)
        return [NameCandidate(at, end, EntityType.PER, None)]
    return []


def _apposed(text: str, title: Range, start: int, floor: int) -> bool:
    """True when `title`, set off by a comma before the name at `start`, follows another name and comma
    (`Luvsanvandan Bold, Minister of Defence, Mr Surenkhuui Baasankhuu`): that name's apposition; a bare
    rank before the name (`Gen. Knud Bartels, Chairman of …`) gives way to the office after it too."""
    if _RANK_RE.fullmatch(text, *title):
        return True
    comma = "," in text[title[1] : start]
    if not comma or _APPOSED_BEFORE_RE.search(text, max(floor, title[0] - 60), title[0]) is None:
        return False
    # `the Portuguese President, Mr. A, the Prime Minister, Mr. B, the Minister …`: a list of titles before
    # names, its first item a title; `welcomed by Mr. A, Minister of Defence, Mr. B, …`: of names before titles
    run = _LIST_RUN_RE.search(text, max(floor, title[0] - 400), title[0])
    head = _LIST_HEAD_RE.match(text, run.start() if run is not None else title[0])
    first = TITLE_RE.match(text, head.end(), title[0]) if head is not None else None
    return first is None or not text.startswith(",", first.end())  # `H.E. X,`, `Gen. X,`: a name first


ELIDED_BEFORE_RE = re.compile(r"(?<![\w’'-])[lL]['’]\s*\Z")
"""An elided article right before a capitalised run (`l’État du Koweït`, `l’Atlantique Nord`): no person's name
follows it."""


def _classify(words: list[str], text: str, start: int, floor: int) -> EntityType | None:
    """ORG for organisation words or an acronym, LOC after `in`/`à` or with a place word, else None; a run
    ending with a title's noun names a post (`Corps Commander`), nothing."""
    if words and words[-1] in TITLE_NOUNS:
        return None
    if any(w in ORG_WORDS for w in words) or (len(words) == 1 and re.fullmatch(r"[A-Z]{2,6}", words[0])):
        return EntityType.ORG
    if any(w in LOC_WORDS for w in words) or _PLACE_BEFORE_RE.search(text, max(floor, start - 6), start):
        return EntityType.LOC
    return None


class RuleFinder:
    """Names from the release's own structure, for any language: a person after a title, rank or
    honorific or before a title in apposition; organisations by their words or acronyms; places after
    `in`/`à`. Also a person's bare surname once the text has named them in full (`Stoltenberg`)."""

    def find(self, text: str, regions: Sequence[Range]) -> list[NameCandidate]:
        """Candidates in text order; a sequence the rules cannot type is left out."""
        found: list[NameCandidate] = []
        for floor, ceiling in regions:
            for match in NAME_RE.finditer(text, floor, ceiling):
                end = name_end(text, match.start(), match.end())  # `Admiral James Foggo’s meetings`
                found.extend(self._candidate(text, match.start(), end, floor, ceiling))
        return found

    def _candidate(self, text: str, start: int, end: int, floor: int, ceiling: int) -> list[NameCandidate]:
        position = _POSITION_WORD_RE.search(text, start, end)
        if position is not None and (position.end() < end or _LOWER_NEXT_RE.match(text, end)):
            # `… Anders Fogh Rasmussen Back ground left to right`, `… Back row`: a caption's layout; not a
            # name's last word (`the Joint Warfare Centre.`)
            end = position.start()
        held = _after_inner_title(text, start, end) or _after_inner_honorific(text, start, end)
        if held is not None:  # `US President Barack Obama`, `Base Commander Brigadier General Luis Lucas`
            return [held]
        honorific = HONORIFIC_BEFORE_RE.search(text, max(floor, start - 5), start)
        if honorific is not None and honorific.end() == start and _PARTICLE_HEAD_RE.match(text, start, end):
            return [
                NameCandidate(start, end, EntityType.PER, None)
            ]  # `Mr. De Kermabon`: the particle is the name's
        stripped = _strip_stops(text, start, end)
        if stripped is None:
            return []
        start, end = stripped
        if _ends_in_title_head(text, start, end):
            return []  # `Visite du Premier` before `ministre croate`: a headline's words, no name
        title = TITLE_RE.match(text, start, end)
        if title is not None:  # `Secretary General Jens Stoltenberg`: the title, then the name
            inner = GAP_RE.match(text, title.end(), end)
            named = (
                _strip_stops(text, inner.end() if inner else title.end(), end) if title.end() < end else None
            )
            if (
                named is None
                or not _personal(text[named[0] : end].split(), titled=True)
                or FORM_OF_ADDRESS_RE.fullmatch(text, named[0], end)
            ):
                return []  # a title alone (`NATO Deputy Secretary General`, `… Secretary General Lord said`)
            address = FORM_OF_ADDRESS_RE.fullmatch(title.group())  # `H.E.`, `Lord`: no role; a title before
            role = role_before(text, start, floor) if address else title.span()  # it is (`…, Lord X`)
            return [NameCandidate(named[0], end, EntityType.PER, role)]  # `Secretary General Geoană`
        return self._typed(text, start, end, floor, ceiling) or _after_common_words(text, start, end)

    def _typed(self, text: str, start: int, end: int, floor: int, ceiling: int) -> list[NameCandidate]:
        """A sequence without a title at its head: person, organisation, place, or nothing."""
        words = text[start:end].split()
        honorific = HONORIFIC_BEFORE_RE.search(text, max(floor, start - 5), start)
        before, after = role_before(text, start, floor), role_after(text, end, ceiling)
        role = before or after
        if before is not None and after is not None and _apposed(text, before, start, floor):
            role = after  # `X, Minister of Defence, Mr Y, Vice Minister of Defence`: Y's is the second
        typed = _classify(words, text, start, floor)
        if honorific is not None and honorific.end() == start:
            return [NameCandidate(start, end, EntityType.PER, role)]
        if typed is EntityType.ORG:
            generic = len(words) == 1 and words[0] in ORG_WORDS and not words[0].isupper()
            return [] if generic else [NameCandidate(start, end, typed)]  # `Alliance`, `Force`: no name
        lone = len(words) == 1 and _personal(words)  # not `Commander NRDC-Italy`
        if (
            before is not None
            and lone
            and not words[0].isupper()
            and _ADJACENT_RE.fullmatch(text, before[1], start)
        ):
            return [NameCandidate(start, end, EntityType.PER, role)]  # `le président Hollande`
        plain = (
            len(words) > 1
            and _personal(
                words, titled=before is not None and GAP_RE.fullmatch(text, before[1], start) is not None
            )
            and not any(  # not `Senior Civilian Representative`
                title.end() == end for title in TITLE_RE.finditer(text, start, end)
            )
        )
        if typed is EntityType.LOC and not (plain and role):
            return [NameCandidate(start, end, typed)]
        portfolio = PORTFOLIO_RE.search(text, max(floor, start - 40), start) and text.startswith(",", end)
        body = before is None and BODY_OF_RE.search(text, max(floor, start - 30), start)
        peerage = PEERAGE_RE.search(text, max(floor, start - 40), start)  # `Lord Robertson of Port Ellen`
        if NAMED_THING_RE.search(text, max(floor, start - 16), start) or portfolio or body or peerage:
            return []  # `l’exercice Steel Harbour`: an exercise's name; `Assistant Secretary General for
            # Emerging Security Challenges, Ambassador X`: a portfolio (`… for Afghanistan Nicholas Haysom and`
            # may end on a name)
        elided = ELIDED_BEFORE_RE.search(text, max(floor, start - 3), start)  # `l’État du Koweït`: a thing
        if plain and not elided and (role is not None or not all_common(words)):  # `Firstname Lastname`: two
            # to four capitalised words that are no title, place or body; common words only (`Blue Mosque`)
            # need a role
            return [NameCandidate(start, end, EntityType.PER, role)]
        return []


def _ends_in_title_head(text: str, start: int, end: int) -> bool:
    """True when the run's last word heads a title that goes on past the run (`Visite du Premier` before
    `ministre croate`, `British Army’s Chief` before `of the General Staff`)."""
    last = text.rfind(" ", start, end) + 1
    title = TITLE_RE.match(text, last) if last > start else None
    return title is not None and title.end() > end


def persons(candidates: Iterable[NameCandidate]) -> list[NameCandidate]:
    """The person candidates."""
    return [c for c in candidates if c.type is EntityType.PER]
