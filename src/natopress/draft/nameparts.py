"""The parts of a capitalised run of words that can name a person (natopress.draft.names): the run without
its leading stop words, whether words can be a person's name, and the name that closes a run after a title,
an honorific or a portfolio's words inside it (`US President Barack Obama`; after a title's complement,
`Chief of Staff Chris Rose`: natopress.draft.complements)."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol

from natopress.draft.capsnames import INITIAL_RE, PARTICLEWORD_RE, acronym_in
from natopress.draft.lexicon import abstract_noun, all_common, is_common
from natopress.draft.namewords import (
    COMMON_WORDS,
    COMPASS_SURNAMES,
    DEMONYMS,
    DIRECTION_RE,
    HEAD_PARTICLES,
    LOC_WORDS,
    MAX_NAME_WORDS,
    MONTH_WORDS,
    ORG_HEADS,
    ORG_WORDS,
    PLACE_PREFIXES,
    STOP_WORDS,
    SURNAME_PLACE_HEADS,
    TITLE_NOUNS,
    TITLE_RE,
    TITLES,
    WORK_WORDS,
    name_end,
    words_of,
)
from natopress.draft.nonpersons import common_word_then_country
from natopress.draft.ranks import caps_surname_after_rank
from natopress.draft.roles import FORM_OF_ADDRESS_RE, GAP_RE
from natopress.draft.things import ARMED_GROUPS
from natopress.model import EntityType
from natopress.text.sentences import RANKS, rough_sentence_start

Range = tuple[int, int]


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


def strip_stops(text: str, start: int, end: int) -> Range | None:
    """The name without leading stop words (`The`, `Le`, `January`) and the lower-case particles after them,
    or a participle opening the sentence (`Calling German leadership …`), nor trailing English function
    words (`_TRAILING_STOP_RE`); None when nothing is left. A title with a lower-case word opening the run
    (`Secretary of State Rice`, `title_across`) is kept whole."""
    if _inner_lower_title(TITLE_RE.match(text, start, end), end):
        return start, end
    found = list(re.finditer(r"\S+", text[start:end]))
    words = [w[0] for w in found]
    for i, word in enumerate(found):
        bare = word[0].strip("’'.")
        opening = word.start() == 0 and _SENTENCE_START_RE.search(text, max(0, start - 3), start) is not None
        after_title = TITLE_RE.fullmatch(text[start : start + word.start()].strip()) is not None
        initial = i < len(words) - 1 and _opening_initial(words, i)  # `A. van de Sande`, `Commodore A J X`
        if (bare in STOP_WORDS and not initial) or (word.start() and bare[:1].islower() and not after_title):
            continue  # a particle after a stop word opens no name (`Lors de la Journée`), after a rank
            # it does (`General de la Cruz`)
        if not (opening and _PARTICIPLE_RE.fullmatch(bare)):
            tail = _TRAILING_STOP_RE.search(text, start + word.end(), end)  # `… Rasmussen In the margins`
            return start + word.start(), tail.start() if tail is not None else end
    return None


_TRAILING_STOP_RE = re.compile(r"(?:\s+(?:In|On|At|For|To|By|With|From|Of|And|The))+\s*\Z")
"""English function words capitalised by mistake after a name (`Anders Fogh Rasmussen In the margins`)."""


_DOTTED_INITIAL_RE = re.compile(r"[A-LN-Z]\.")
"""An initial with its full stop; not `M.` (Monsieur)."""
INNER_WORD_RE = re.compile(rf"{PARTICLEWORD_RE.pattern}|(?:[A-Z]\.){{1,4}}|[A-Z]")
"""A word that is no stop word inside a name: a particle (`Alexander De Croo`) or an initial, with or without
its full stop (`Richard L. Morningstar`, `James L Jones`; `L` and `M` opening a name are stop words)."""
_ACRONYM_PART_RE = re.compile(r"[A-Z]{2,}\d*")
"""A hyphenated word's part that is an acronym (`NRDC-Italy`, `MND-SE`): a body's name, not a person's."""
RANK_ABBREVIATIONS = RANKS | words_of("Amb Hon Rt")
"""Ranks' (`text.sentences.RANKS`), offices' and forms of address's abbreviations (`Amb`, `Rt Hon`), with or
without their full stop: never a word of a person's name."""
_PLACE_AFTER = ("commander", "command", "commandant")
"""Titles whose single following word is a place, not a surname (`Joint Force Commander Naples`)."""
_PLURAL_TITLES = ("ministers", "ambassadors", "ministres", "ambassadeurs")
"""Plural titles: they head a list of full names (`Ministers X and …`), never one word (`Ministers Meetings`)."""


def plural_title_alone(title: str, words: Sequence[str]) -> bool:
    """True when a plural title stands before one word only (`Foreign Ministers Meetings`): no name."""
    return len(words) == 1 and title.lower().split()[-1] in _PLURAL_TITLES


ELIDED_OPENING_RE = re.compile(r"[A-ZÀ-Ý]['’][a-zà-ÿ]")
"""A word opening with an elided capital and a lower-case letter (`S’agissant`, `L’exercice`): no name's
first word (`D’Alema` goes on in capitals; after a given name it is a surname: `Piet D’costa`)."""


_ARABIC_PARTICLES = frozenset({"bin", "ben", "ibn", "al", "el", "bint", "ul"})
"""Particles of Arabic names, which do not count towards `MAX_NAME_WORDS` (`Mohammed bin Rashid Al X`)."""


_SURNAME_STOPS = MONTH_WORDS | {"Both", "Mais", "Son"}
"""Stop words that are also surnames: the last of two words after a title names a person (`Willi May`,
`Jochen Both`, `Lieutenant-General Alfons Mais`)."""


def _counted(words: list[str]) -> int:
    """How many of `words` count towards `MAX_NAME_WORDS`: not an Arabic particle, nor a particle inside
    the name (`Nicolás Pablo Pascual De La Parte` counts four)."""
    last = len(words) - 1
    return sum(
        1
        for i, w in enumerate(words)
        if w.lower() not in _ARABIC_PARTICLES and not (0 < i < last and PARTICLEWORD_RE.fullmatch(w))
    )


def _opening_initial(words: list[str], i: int) -> bool:
    """True when `words[i]`, before the name's last word, is an initial: with its full stop (`A. van de
    Sande`), or a capital alone before another initial (`A J Adams`), not the article `A`."""
    return bool(_DOTTED_INITIAL_RE.fullmatch(words[i])) or (
        len(words[i]) == 1 and i + 2 < len(words) and INITIAL_RE.fullmatch(words[i + 1]) is not None
    )


_LOC_SURNAME_PARTICLES = frozenset({"del", "de", "da", "do", "dos", "das", "della"})
"""Particles before a place word ending a name of three words or more (`Andrés Ferrer del Lago`): a surname."""


def personal(words: list[str], titled: bool = False) -> bool:
    """True for one to MAX_NAME_WORDS words (one more after a title when a particle is inside: `Admiral
    António Manuel Fernandes da Silva X`) that can be a person's name: no stop (but a particle or an
    initial inside, `De Croo`, `Richard L. Morningstar`), organisation, place (but one ending a surname
    after a particle: `Ferrer del Lago`), people (`Canadians`) or work word, elided word
    (`S’agissant`), no acronym (an initial, `E.`, and a generational `II` after a name excepted; a surname
    in capitals after a given name, maybe with a particle: `Brigadier General Werner HAUMANN`, `Jaap DE HOOP
    SCHEFFER`, both words after a title: `Brigadier General GÜNTER SCHÖPF`, also without a title when the given name is no common word and the surname has four letters
    or more and a vowel: `Luigi BINELLI MANTELLI`); a capital in the last word (`al-Attiyah`; not `du`
    alone). Guillemets around a nickname are no words (`John « Mick » Nicholson`)."""
    words = [w for w in words if w not in ("«", "»")]
    last = len(words) - 1
    return (
        0 < _counted(words) <= MAX_NAME_WORDS + (titled and _counted(words) < len(words))
        and any(c.isupper() for c in words[-1])  # not `du` of `le Directeur du Centre`; `al-Attiyah`
        and not abstract_noun(words[-1])  # `Rescue Coordination`, `Situational Awareness`: a thing
        and not all(INITIAL_RE.fullmatch(w) for w in words)  # `Captain B.`: a name withheld
        and not any(
            (
                w.strip(".,") in STOP_WORDS
                and not (0 < i < last and INNER_WORD_RE.fullmatch(w))
                and not (i < last and _opening_initial(words, i))  # `A. van de Sande`, `A J Adams`: no `A`
                and not (titled and i == 0 < last and w in HEAD_PARTICLES)  # `Sgt La Torre`
                and not (titled and i == last == 1 and w in _SURNAME_STOPS)  # `Lieutenant Colonel Willi May`,
                # `le général de division aérienne Jochen Both`
            )
            or (i < last and name_end(w, 0, len(w)) < len(w))  # `the Agency’s Cyber Operations`
            or (i == 0 and ELIDED_OPENING_RE.match(w) is not None)  # `S’agissant de la Russie`: a clause
            or (len(w) > 1 and "-" in w and any(_ACRONYM_PART_RE.fullmatch(p) for p in w.split("-")))
            or w in ORG_WORDS
            or (w.endswith("s") and w[:-1] in ORG_WORDS)  # `More Centres have`
            or (w.endswith("s") and w[:-1] in DEMONYMS)  # `Young Canadians`: a people, no person
            or (i == 0 and w in ORG_HEADS)  # `Bureau du Contrôleur`; not `Jean-François Bureau`
            or (
                w in LOC_WORDS
                and not (titled and i == last == 1 and w in COMPASS_SURNAMES)  # `Chief Ian West`
                and not (titled and last == 1 and w in SURNAME_PLACE_HEADS)  # `Park Jin`, `Wong Park`
                and not (i == last > 0 and w in PLACE_PREFIXES)  # `Burcu San`: a place's first word last
                and not (i == last > 1 and words[i - 1] in _LOC_SURNAME_PARTICLES)  # `Andrés Ferrer del Lago`
            )
            or w in WORK_WORDS
            or w in COMMON_WORDS
            or w in TITLE_NOUNS
            or w.rstrip(".") in RANK_ABBREVIATIONS  # `concluded Major Gen` (cut off): no person `Gen`
            or re.search(r"\d|-based\Z", w) is not None  # `Dialogue1` (a footnote's number), `France-based`
            or re.fullmatch(r"[A-Z]{2,}s", w) is not None  # a plural acronym (`JFCs Naples`): no person
            or acronym_in(words, i, titled)
            for i, w in enumerate(words)
        )
    )


def after_inner_title(text: str, start: int, end: int) -> NameCandidate | None:
    """The person named after a title that stands inside a capitalised sequence, not at its head
    (`US President Barack Obama`, `European Commission President Ursula von der Leyen`, `Commander ISAF
    General Stanley McChrystal`, `senior Commanders Admiral KASTRATI`): the words after the sequence's last
    title, when they can be a name; a
    single word after a command title is a place (`Joint Force Commander Naples`). None otherwise."""
    titles = [m for m in TITLE_RE.finditer(text, start, end) if m.start() > start and m.end() < end]
    if not titles:
        return None
    title = titles[-1]
    head = TITLE_RE.match(text, start, end)
    if head is not None and head.end() >= title.start():
        return None  # one title at the head (`Prime Minister`): the head rules read it
    gap = GAP_RE.match(text, title.end(), end)
    named = strip_stops(text, gap.end() if gap else title.end(), end)
    if named is None:
        return None
    words = text[named[0] : end].split()
    if (
        not (personal(words, titled=True) or caps_surname_after_rank(text, title.start(), end))
        or plural_title_alone(title.group(), words)
        or (len(words) == 1 and title.group().lower().split()[-1] in _PLACE_AFTER)
    ):
        return None
    role: Range | None = title.span()
    if FORM_OF_ADDRESS_RE.fullmatch(title.group()):  # `Lord X`: no role, but the title before it
        before = [
            t
            for t in [head, *titles[:-1]]
            if t is not None
            and not text[t.end() : title.start()].strip()
            and not FORM_OF_ADDRESS_RE.fullmatch(t.group())
        ]
        role = before[-1].span() if before else None  # (`NATO Secretary General Lord Robertson`)
    return NameCandidate(named[0], end, EntityType.PER, role)


_SERVICE_BEFORE_RE = re.compile(r"(?:U\.S\.|US|[A-Z][a-z]+)\s+(?:Army|Navy|Air\s+Force|Marine\s+Corps)\s+")


def after_service(text: str, start: int, end: int) -> int:
    """Where the name starts in a run that opens on an armed service before a name of two or three words
    without a title (`U.S. Army David X` in a photo credit): after the service; `start` otherwise."""
    service = _SERVICE_BEFORE_RE.match(text, start, end)
    if service is None or TITLE_RE.match(text, service.end(), end) is not None:
        return start
    words = text[service.end() : end].split()
    return service.end() if 2 <= len(words) <= 3 and personal(words) else start


_INNER_HONORIFIC_RE = re.compile(
    r"(?<=\s)(?:(?:Mr|Ms|Mrs|Miss|Dr|Mme|Mlle)\.?|M\.(?=\s+[A-ZÀ-Ý][\w’'-]+\s+[A-ZÀ-Ý])|(?<=de\s)M\.|(?<=par\s)M\.)\s+"
)
"""An honorific inside a capitalised sequence; `M.` only before two words (`à Tokyo M. Fumio X`), else an
initial (`Steven M. Shepro`), or after `de`/`par` (`Accompagné de M. X`); not `Sir` (after a rank: `Admiral Sir X`,
which the title rules read)."""


def after_inner_honorific(text: str, start: int, end: int) -> NameCandidate | None:
    """The person named after an honorific inside a capitalised sequence (`… Peace and Security Ms Irene
    Fellin`: Irene Fellin), when the words after it can be a name; None otherwise."""
    inner = list(_INNER_HONORIFIC_RE.finditer(text, start + 1, end))
    if not inner or inner[-1].end() >= end:
        return None
    words = text[inner[-1].end() : end].split()
    return NameCandidate(inner[-1].end(), end, EntityType.PER, None) if personal(words) else None


def after_common_words(text: str, start: int, end: int) -> list[NameCandidate]:
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
        if len(tail) > 4 or not personal(tail) or " ".join(tail) in ARMED_GROUPS:
            continue  # `the Transitional Islamic State of Afghanistan`: no person
        if common_word_then_country(tail):
            return []  # `At Ministerial Level Portugal, 4 June 1999`: a common word, then a place
        at = start + words[first].start()
        sentence = max(rough_sentence_start(text, at), at - 160)
        if not tail[0][0].isupper() or (all_common(tail) and not TITLE_RE.search(text, sentence, at)):
            return []  # `Défense de Velgrad`: a particle opens no name; `Host Nation Medical Clinic` (a title
            # before it names a person: `Assistant Secretary General for … and Security Policy Anna Brook`)
        return [NameCandidate(at, end, EntityType.PER, None)]
    return []


def before_title(text: str, start: int, end: int) -> int:
    """The end of the name after an honorific in the run `text[start:end]`, before a title run on to it
    without a comma (`Miss Marianna Tonutti Stabilisation Advisor`): the title's nouns (`TITLE_NOUNS`) and
    the common words before them (`lexicon.is_common`) are dropped, two words kept at least (`Mr John
    Baker Director`: `John Baker`); a word before `&` opens a body's (`Mr Piet Brouwman Training & …`)."""
    words = list(re.finditer(r"\S+", text[start:end]))
    kept = len(words) - (len(words) > 2 and re.match(r"\s*&\s*[A-Z]", text[end : end + 8]) is not None)
    while kept > 1 and words[kept - 1][0] in TITLE_NOUNS:
        kept -= 1
    while kept < len(words) and kept > 2 and is_common(words[kept - 1][0]):
        kept -= 1
    return start + words[kept - 1].end() if kept < len(words) else end


def name_before_title(text: str, start: int, end: int) -> int:
    """`before_title` for a run with no honorific that ends in a title's noun (`Jöelle Vachter Deputy Head`
    of EULEX, `Colonel X Y Deputy Commander` of …), when what is kept after a rank is a person's name of two
    words or more, not common words only; else `end`."""
    words = text[start:end].split()
    if len(words) < 3 or words[-1] not in TITLE_NOUNS:
        return end
    cut = before_title(text, start, end)
    rank = TITLE_RE.match(text, start, cut)
    kept = text[rank.end() if rank is not None else start : cut].split()
    possessive = any(w.endswith(("’s", "'s")) for w in kept)  # `New Zealand’s Chief of Defence`
    return cut if len(kept) >= 2 and personal(kept) and not all_common(kept) and not possessive else end


def title_across(text: str, start: int, end: int, floor: int) -> int:
    """Where the run `text[start:end]` begins when a title with a lower-case word inside it opens before the
    run and ends inside it (`Secretary of State` + `Rice`: the run found is `State Rice`): that title's
    start, so the name comes with it; else `start`. Not before `floor` (its region's start)."""
    for title in TITLE_RE.finditer(text, max(floor, start - 40), end):
        if title.start() < start < title.end() and _inner_lower_title(title, end):
            return title.start()
    return start


def _inner_lower_title(title: re.Match[str] | None, end: int) -> bool:
    """True when `title` is a title as listed, without a complement (`Secretary of State`, not `President of
    the European Commission Anna`, which ends in a name of its own), with a lower-case word inside it, ending
    before `end` at white space: the name after it is the run's."""
    return (
        title is not None
        and title.end() < end
        and title.string[title.end()].isspace()
        and _BARE_TITLE_RE.fullmatch(title.group()) is not None
        and re.search(r"\s[a-z]", title.group()) is not None
    )


_BARE_TITLE_RE = re.compile(rf"(?i:{TITLES})")
"""A title as listed, without a complement (`Secretary of State`, `Head of the … delegation`)."""


def compass_surname(words: list[str]) -> bool:
    """True for a given name and a compass point (`Ian West`, `Oliver North`): a surname after a cue of
    speech, where a place would follow `in` (`said in Camp West`)."""
    return (
        len(words) == 2
        and words[1] in COMPASS_SURNAMES
        and words[0] not in LOC_WORDS
        and not is_common(words[0])
        and DIRECTION_RE.fullmatch(words[0]) is None
    )


KIN_BEFORE_RE = re.compile(
    r"(?<![\w’'-])(?:(?:his|her|their|sa|son|leur)\s+(?:wife|husband|spouse|daughter|son|mother|father|brother"
    r"|sister|femme|épouse|époux|mari|fille|fils|mère|père|frère|sœur)\s+"
    r"|(?:one|another)\s+(?:participant|student|intern|cadet|trainee|volunteer),\s+)\Z",
    re.IGNORECASE,
)
"""A possessive and a kinship noun (`with his wife Anne-Mette and his daughter Christina`) or a person's noun
set off by a comma (`One participant, Ilse, recalled`) right before a lone given name: a person, named by the
given name alone; so is one after an inverted cue before where they come from (`said Ilse from Velgrad`)."""
FROM_PLACE_RE = re.compile(r"[ \t]+from[ \t]+[A-ZÀ-Ý]")
"""`from` and a capitalised place after a lone given name (`said Ilse from Velgrad`)."""
_PROFILE_VERBS = r"(?:says|explains|adds|recalls|notes|remarks|observes|comments|continues|tells[ \t]+us)"
_PROFILE_CUE_RE = re.compile(rf"[ \t]+{_PROFILE_VERBS}(?:,?[ \t]*[\"“«]|:|\.)")
"""A verb of saying in the present, as profiles quote their people, then a quotation or the sentence's end
(`Ilse says, “…”`, `“…,” Tomas explains.`, `Ilse tells us, “…”`)."""
_SUBJECT_START_RE = re.compile(
    rf"(?:\A|\n[ \t]*|[.!?][ \t]+|,[\"”’]?[ \t]+|(?P<verb>[,.!?][\"”’][ \t]+{_PROFILE_VERBS}[ \t]+))\Z"
)
"""A sentence's start, a comma (`After six weeks, Ilse tells us, “…”`), or a quotation's closing comma and mark,
maybe with its verb of saying (`“…,” says Tomas,`), right before a word."""


def speaking_given_name(text: str, start: int, end: int) -> bool:
    """True when the lone word `text[start:end]` opens a sentence or clause, or follows a quotation's closing
    comma, before a verb of saying in the present and a quotation (`Ilse says, “…”`, `“…,” Tomas explains.`),
    or after that verb (`“…,” says Tomas, who …`): a profile's person named by the given name alone."""
    before = _SUBJECT_START_RE.search(text, max(0, start - 24), start)
    inverted = before is not None and before["verb"] and re.match(r"[,.]", text[end : end + 1])
    return bool(before and (_PROFILE_CUE_RE.match(text, end) or inverted))
