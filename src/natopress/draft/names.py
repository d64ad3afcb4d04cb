"""Name candidates in a release: persons, organisations and places, known to the registry or not.

One interface (`NameFinder.find`, natopress.draft.nameparts) over two sources: the release's own structure (titles, ranks and
honorifics before a name, acronyms, organisation words, `à`/`in` before a place), here, which needs no
model, and a spaCy pipeline when one is installed (natopress.draft.pipeline, whose `name_finder` picks the
finder for a language).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from natopress.draft.complements import after_complement, after_staff, body_then_name, complement_run
from natopress.draft.countries import is_country, without_country_code
from natopress.draft.cutoff import cut_off
from natopress.draft.lexicon import all_common, past_participle
from natopress.draft.nameparts import (
    FROM_PLACE_RE,
    KIN_BEFORE_RE,
    NameCandidate,
    Range,
    after_common_words,
    after_inner_honorific,
    after_inner_title,
    after_service,
    before_title,
    compass_surname,
    name_before_title,
    personal,
    plural_title_alone,
    speaking_given_name,
    strip_stops,
    title_across,
)
from natopress.draft.namewords import (
    ADDRESSEE_BEFORE_RE,
    ARTICLE_BEFORE_RE,
    DEMONYMS,
    DIRECTION_RE,
    EXERCISE_WORDS,
    HONORIFIC_BEFORE_RE,
    INNER_POSSESSIVE_RE,
    LOC_WORDS,
    NAME_RE,
    ORG_HEADS,
    ORG_WORDS,
    PEERAGE_RE,
    PLACE_PREFIXES,
    PORTFOLIO_RE,
    THING_HEAD_RE,
    TITLE_NOUNS,
    TITLE_RE,
    name_end,
)
from natopress.draft.nonpersons import common_word_then_country, event_after_post, misspelt_rank, named_around
from natopress.draft.particlenames import PARTICLE_HEAD_RE, dashed_surname_end, particle_name
from natopress.draft.phrases import CUE_BEFORE_NAME_RE, TITLE_POSSESSOR_RE, VERB_AFTER_RE
from natopress.draft.ranks import caps_surname_after_rank, with_rank_before, without_rank_code
from natopress.draft.roles import FORM_OF_ADDRESS_RE, GAP_RE, role_after, role_before, title_word_before
from natopress.draft.surnames import CAPS_NAME_RE, RANK_RE, acronym_elsewhere
from natopress.draft.things import ARMED_GROUPS, after_thing_noun
from natopress.model import EntityType
from natopress.text.sentences import at_text_end, trim

_ADJACENT_RE = re.compile(r"[ \u00a0]+")
UNACCENTED_A = r"(?:^|(?<=[.!?]\s))(?-i:A)[^\S\n]+$"
"""A sentence's capital `A` left unaccented, French `à` (`A Velgrad, M. X …`), as a pattern to embed with
`re.MULTILINE`: what follows it is a place."""
_PLACE_BEFORE_RE = re.compile(
    r"(?<![\w’'-])(?:in|(?<!according\s)to|from|at|via|visit|visits|visited|visiting|à|en|au|aux|vers)\s+$"
    rf"|^[^\S\n]*(?:Location|Venue|Address|Lieu|Adresse)[^\S\n]*:[^\S\n]*$|{UNACCENTED_A}",
    re.MULTILINE,
)
"""A preposition of place or `visit` right before a capitalised run (`via Eurovision Geneva`, `will visit Abu
Dhabi`, `À` opening a sentence without its accent: `A Velgrad,`), or a line's label of place (`Location : Half
Moone Cruise and Celebration Center`): a place; not `according to` (`according to Hajji X`: a person)."""
_PERSON_APPOSITION_RE = re.compile(
    r",\s+(?:a|an)\s+(?:[a-z-]+\s+){0,2}?(?:civilian|resident|student|teacher|pupil|worker|employee|volunteer"
    r"|interpreter|journalist|farmer|villager|mother|father|woman|man|girl|boy)(?![\w’'-])"
)
"""A person's noun in apposition after a run (`from Nina X, a local civilian who works …`): a person, also
after a preposition of place."""


def _article_before(text: str, start: int, floor: int, role: Range | None) -> bool:
    """True when an elided article (`l’État du Koweït`) or, for a run with no title, an English or French
    article (`the Battleship Wisconsin`, `ARTICLE_BEFORE_RE`; `par la Loya Jirga`) stands right before
    `start`: a thing, no person."""
    return bool(
        ELIDED_BEFORE_RE.search(text, max(floor, start - ELIDED_REACH), start)
        or (role is None and ARTICLE_BEFORE_RE.search(text, max(floor, start - 5), start))
        or (role is None and _ARTICLE_ADJECTIVE_BEFORE_RE.search(text, max(floor, start - 24), start))
    )


_ARTICLE_ADJECTIVE_BEFORE_RE = re.compile(
    r"(?<![\w’'-])(?:(?:[Tt]he|an?)\s+(?:[a-z]{3,}ing|new|annual|current|recent|next)"
    r"|(?:ces|cette|cet|ce|these|those)(?:\s+(?:deux|trois|quatre|two|three|four))?)\s+\Z"
)
"""An English article and an adjective of time or a participle in `-ing` (`Despite the ongoing Worldwide
Pandemic`), or a demonstrative (`ces deux États d’Europe`), right before a run with no title: a thing's name;
not a noun (`by the sculptor X`: a person)."""


_SPEECH_AFTER_RE = re.compile(
    r"[^\S\n]+(?:said|says|stated|explained|added|told\s+[A-Za-z ]{1,30}?|recalled|commented)[^\S\n]*(?:[:,][^\S\n]*)?"
    r"(?:[“\"]|that\b)"
)
"""A verb of saying and a quotation or `that` after a capitalised run: its speaker (`Nick Price said: “…”`)."""
_APPOSED_BEFORE_RE = re.compile(r"[A-Z][\w’'-]*[a-z]\s*,\s*(?:the\s+)?\Z")
"""A name and comma right before a title: the title is that name's apposition, not the next name's."""
_LIST_RUN_RE = re.compile(r"(?:[A-ZÀ-Ý][\w’'.-]*|of|for|and|the|de|du|des|la|le|et|l['’]|[,\s])+\Z")
"""Capitalised words, commas and the function words of titles, up to a position: a list of names and titles."""
_LIST_HEAD_RE = re.compile(r"[\s,]*(?:(?:the|le|la|les)\s+|l['’])?", re.IGNORECASE)
"""What may open a list before its first item: white space, commas, an article."""
_POSITION_WORD_RE = re.compile(
    r"[ \t]+(?:Back|Front|Left|Right|Centre|Center|Top|Bottom|Middle|[A-Z]{1,3}-\d{1,2})(?![\w’'-])"
)
"""A caption's word of place in the picture after a name run together with it (`… Rasmussen Back
ground left to right`), or a staff code (`Maj. X S-5 Turkish Battalion`): the name ends before it; not
before a title (`NATO Cyber Security Centre Chief X`: the body's name)."""
_LOWER_NEXT_RE = re.compile(r"[ \t]+[a-z]")
"""A lower-case word right after a capitalised run (`Back row`)."""


def _apposed(text: str, title: Range, start: int, floor: int) -> bool:
    """True when `title`, set off by a comma before the name at `start`, follows another name and comma
    (`Luvsanvandan Bold, Minister of Defence, Mr Surenkhuui Baasankhuu`): that name's apposition; a bare
    rank before the name (`Gen. Knud Bartels, Chairman of …`) gives way to the office after it too."""
    if RANK_RE.fullmatch(text, *title):
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


BROKEN_WORD_AFTER_RE = re.compile(r"[^\S\n](?![àÀ])[^\W\d_a-zA-Z](?=[^\w’'-])")
"""A lone letter outside ASCII after a run, other than French `à` (`Neboj š a`, `Radmanovi ć`): the page's
text broke the name with stray spaces (a PDF's extraction)."""
ELIDED_BEFORE_RE = re.compile(r"(?<![\w’'-])(?:[lL]['’]\s*|(?i:post|pre|anti|pro|non)-)\Z")
"""An elided article right before a capitalised run (`l’État du Koweït`, `l’Atlantique Nord`), or a prefix
joined to it by a hyphen (`post-Qadhafi Libya`, `pro-Kadhafi`): no person's name follows it."""
ELIDED_REACH = 5
"""How far back (code points) `ELIDED_BEFORE_RE` looks: `l’`, `post-`, `anti-`."""


def _titled_person(text: str, title: re.Match[str], start: int, name_start: int, end: int) -> bool:
    """True when `text[name_start:end]`, after the title `title` that opens the run at `start`, is a
    person's name (`personal`, or a surname in capitals after a rank: `Lieutenant General KASTRATI`); not
    a plural title's words alone nor a form of address (`… Secretary General Lord said`), nor an event
    after a post's acronym (`nonpersons.event_after_post`)."""
    words = text[name_start:end].split()
    return (
        personal(words, titled=True)
        or (caps_surname_after_rank(text, start, end) and text[name_start:end] not in ORG_WORDS)
    ) and not (
        plural_title_alone(title.group(), words)
        or FORM_OF_ADDRESS_RE.fullmatch(text, name_start, end)
        or event_after_post(text, title.group(), words, end)
    )


def _classify(words: list[str], text: str, start: int, floor: int, end: int) -> EntityType | None:
    """ORG for organisation words or an acronym, LOC after `in`/`à` (not before a person's apposition,
    `_PERSON_APPOSITION_RE`) or with a place word, else None; a run ending with a title's noun names a post
    (`Corps Commander`), nothing."""
    if words and words[-1] in TITLE_NOUNS:
        return None
    if (
        any(w in ORG_WORDS for w in words)
        or (words and words[0] in ORG_HEADS)
        or " ".join(words) in ARMED_GROUPS
        or (len(words) == 1 and re.fullmatch(r"[A-Z]{2,6}", words[0]))
    ):
        return EntityType.ORG
    if (
        any(w in LOC_WORDS for w in words[:-1])
        or (words and words[-1] in LOC_WORDS - PLACE_PREFIXES)
        or (len(words) > 1 and all(is_country(w) for w in words))  # `Belgium Belgium`: a table's cells
        or (
            _PLACE_BEFORE_RE.search(text, max(floor, start - 14), start)
            and not ADDRESSEE_BEFORE_RE.search(text, max(floor, start - 30), start)
            and not _PERSON_APPOSITION_RE.match(text, end)
        )
    ):
        return EntityType.LOC
    return None


def _before_position_word(text: str, start: int, end: int) -> int:
    """The end of the run `text[start:end]` before a caption's word of place in the picture (`… Anders Fogh
    Rasmussen Back ground left to right`, `… Back row`: the layout's), `end` when there is none, when it is
    a name's last word (`the Joint Warfare Centre.`) or when a title follows it (`NATO Cyber Security
    Centre Chief X`)."""
    position = _POSITION_WORD_RE.search(text, start, end)
    if position is None or TITLE_RE.match(text, position.end() + 1, end):
        return end
    return position.start() if position.end() < end or _LOWER_NEXT_RE.match(text, end) else end


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
                # `LTC X ITA-A`, `General X Italian Army`: a country code or a service is no part of a name
                end = without_rank_code(text, match.start(), without_country_code(text, match.start(), end))
                start = after_service(text, match.start(), end)  # `U.S. Army` + `David X`
                start = title_across(text, start, end, floor)  # `Secretary of State` + `Rice`
                for found_one in self._candidate(text, start, end, floor, ceiling) or self._before_possessive(
                    text, start, end, floor, ceiling
                ):
                    if found_one.type is EntityType.PER:  # `WO2 Ian Houlding GBR Army`: no `GBR`; no `ACOS`
                        first = text[found_one.start : found_one.end].split()[0]
                        if BROKEN_WORD_AFTER_RE.match(text, found_one.end) or past_participle(first):
                            continue  # `M. Neboj š a Radmanovi ć`: stray spaces; `Manager Decorated`: a verb
                        cut = without_country_code(  # in `General X ACOS J4`; `X – Y,`: a double surname
                            text, found_one.start, name_end(text, found_one.start, found_one.end)
                        )
                        cut = dashed_surname_end(text, found_one.start, cut)
                        found_one = NameCandidate(found_one.start, cut, found_one.type, found_one.role)
                        if is_country(text[found_one.start : found_one.end]):
                            continue  # `Nouvelle Zélande`: a country without its hyphen
                    found.append(found_one)
        return found

    def _before_possessive(
        self, text: str, start: int, end: int, floor: int, ceiling: int
    ) -> list[NameCandidate]:
        """The person named before a possessive inside a run that names nothing whole (`Colonel David
        McLeod’s CF-188` detachment → `David McLeod`); other kinds stay unproposed (`the Agency’s …`)."""
        inner = INNER_POSSESSIVE_RE.search(text, start, end)
        if inner is None:
            return []
        found = self._candidate(text, start, inner.start(), floor, ceiling)
        return [c for c in found if c.type is EntityType.PER]

    def _candidate(self, text: str, start: int, end: int, floor: int, ceiling: int) -> list[NameCandidate]:
        end = _before_position_word(text, start, end)
        if at_text_end(text, end) and cut_off(text, start, end, max(floor, start - 60)):
            end = trim(text, start, max(start, text.rfind(" ", start, end) + 1))[1]  # `… Secretary Ge`
            if end <= start:
                return []
        split = after_staff(text, start, end, floor) or body_then_name(text, start, end, floor)
        if split:
            return split
        if (particled := particle_name(text, start, end, floor)) is not None:
            return [particled]
        held = after_inner_title(text, start, end) or after_inner_honorific(text, start, end)
        if held is not None:  # `US President Barack Obama`, `Base Commander Brigadier General Luis Lucas`
            role = held.role or role_after(text, held.end, ceiling)  # `H.R.H. Prince X, chairman of …`
            return [NameCandidate(held.start, held.end, held.type, role)]
        if (owner := TITLE_POSSESSOR_RE.match(text, start, end)) is not None:  # `NATO’s X spoke`: the run
            owned = VERB_AFTER_RE.match(text, end)  # after it if a verb follows (not `Jordan’s … Roadmap`)
            return self._candidate(text, owner.end(), end, floor, ceiling) if owned else []
        stripped = strip_stops(text, start, end)
        if stripped is None:
            return []
        start, end = stripped
        rank = TITLE_RE.match(text, start, end)  # `Mr. Dirk DUBOIS Head of …`, `BG Philippe X Deputy …`
        gap = GAP_RE.match(text, rank.end(), end) if rank is not None else None
        caps = CAPS_NAME_RE.match(text, gap.end() if gap else rank.end() if rank else start, end)
        end = trim(text, start, caps.end())[1] if caps is not None and caps.end() < end else end
        end = end if caps is not None else name_before_title(text, start, end)  # `X Y Deputy Head` of EULEX
        if _ends_in_title_head(text, start, end):
            return []  # `Visite du Premier` before `ministre croate`: a headline's words, no name
        title = TITLE_RE.match(text, start, end)
        if title is not None:  # `Secretary General Jens Stoltenberg`: the title, then the name
            inner = GAP_RE.match(text, title.end(), end)
            name_start = inner.end() if inner else title.end()
            particle = PARTICLE_HEAD_RE.match(text, name_start, end)  # `Sgt La Torre`
            named = (
                (name_start, end)
                if particle is not None and text[name_start].isupper()
                else strip_stops(text, name_start, end)
                if title.end() < end
                else None
            )
            if named is None or not _titled_person(text, title, start, named[0], end):
                return []  # a title alone (`NATO Deputy Secretary General`, `… Secretary General Lord said`)
            address = FORM_OF_ADDRESS_RE.fullmatch(title.group())  # `H.E.`, `Lord`: no role; a title before
            # it is (`…, Lord X`), or one in apposition after the name (`S.E.M. X, Premier ministre de …`)
            role = (
                (role_before(text, start, floor, end) or role_after(text, end, ceiling))
                if address
                else with_rank_before(text, title.span())
            )
            return [NameCandidate(named[0], end, EntityType.PER, role)]  # `Secretary General Geoană`
        closing = after_complement(text, start, end, floor)  # `Chief of Staff Chris Rose`
        if closing is not None:
            return [closing]
        return self._typed(text, start, end, floor, ceiling) or after_common_words(text, start, end)

    def _typed(self, text: str, start: int, end: int, floor: int, ceiling: int) -> list[NameCandidate]:
        """A sequence without a title at its head: person, organisation, place, or nothing."""
        words = text[start:end].split()
        honorific = HONORIFIC_BEFORE_RE.search(text, max(floor, start - 5), start)
        before, after = role_before(text, start, floor, end), role_after(text, end, ceiling)
        role = before or after
        if before is not None and after is not None and _apposed(text, before, start, floor):
            role = after  # `X, Minister of Defence, Mr Y, Vice Minister of Defence`: Y's is the second
        if len(words) == 2 and misspelt_rank(words[0]):  # `said Colonnel X`: the rank misspelt, X's
            return [NameCandidate(end - len(words[1]), end, EntityType.PER, (start, start + len(words[0])))]
        typed = _classify(words, text, start, floor, end)
        if honorific is not None and honorific.end() == start:
            return [NameCandidate(start, before_title(text, start, end), EntityType.PER, role)]
        if typed is EntityType.ORG:
            generic = len(words) == 1 and words[0] in ORG_WORDS and not words[0].isupper()
            return [] if generic else [NameCandidate(start, end, typed)]  # `Alliance`, `Force`: no name
        if _titled_alone(text, words, start, end, floor, before):
            return [NameCandidate(start, end, EntityType.PER, role)]
        plain = _plain_name(text, words, start, end, before)
        inverted = CUE_BEFORE_NAME_RE.search(text, max(floor, start - 40), start)  # `“…,” says Robin Baker`
        compass = inverted is not None and compass_surname(words)  # `“…,” said Ian West`: no place
        if typed is EntityType.LOC and not ((plain and role) or compass):
            return [NameCandidate(start, end, typed)]
        portfolio = PORTFOLIO_RE.search(text, max(floor, start - 40), start) and text.startswith(",", end)
        body = before is None and complement_run(text, start, end, floor)  # `Director of Ostravia Insight`
        peerage = PEERAGE_RE.search(text, max(floor, start - 40), start)  # `Lord Robertson of Port Ellen`
        if (
            after_thing_noun(text, floor, start, end)
            or portfolio
            or body
            or peerage
            or named_around(text, start, end)
        ):
            return []  # `l’exercice Steel Harbour`: an exercise's name; `Assistant Secretary General for
            # Emerging Security Challenges, Ambassador X`: a portfolio (`… for Afghanistan Nicholas Haysom and`
            # may end on a name)
        elided = _article_before(text, start, floor, role)
        if (
            (plain or compass)
            and not elided
            and not (
                DIRECTION_RE.fullmatch(words[0])
                or (THING_HEAD_RE.fullmatch(words[0]) or words[-1] in EXERCISE_WORDS)  # `… Exercises`
                or (words[0] in DEMONYMS and len(words) < 4)
                or (role is None and words[-1].split("-")[-1] in DEMONYMS)  # `Bosnian Serb`, `Kosovo-Serb`
                or (role is None and common_word_then_country(words))  # `Shows France`
            )
            and (role is not None or not all_common(words) or inverted or _SPEECH_AFTER_RE.match(text, end))
        ):
            # `Firstname Lastname`: two to four capitalised words that are no title, place or body; common
            # words only (`Blue Mosque`) need a role, or a cue of speech before or after them (`Nick Price
            # said: “…”`)
            return [NameCandidate(start, end, EntityType.PER, role)]
        return []


def _titled_alone(
    text: str, words: list[str], start: int, end: int, floor: int, before: Range | None
) -> bool:
    """True when the one word `text[start:end]` is a person named by a title right before it (`le président
    Hollande`, `du président Obama` in a title's complement), a kinship noun (`his wife Anne-Mette`), a verb of
    saying in the present (`Ilse says, “…”`: nameparts.speaking_given_name) or a rank before a surname in
    capitals (`General KASTRATI`, `General` being a stop word to the run); not a nationality (`a major
    British exercise`, after an adjective that is also a rank) nor `Commander NRDC-Italy`."""
    if len(words) != 1:
        return False
    titled = before if before is not None and _ADJACENT_RE.fullmatch(text, before[1], start) else None
    if titled is not None and caps_surname_after_rank(text, titled[0], end):
        return True
    inverted = CUE_BEFORE_NAME_RE.search(text, max(floor, start - 40), start)  # `said Ilse from Velgrad`
    kin = KIN_BEFORE_RE.search(text, max(floor, start - 24), start) is not None or bool(
        inverted and FROM_PLACE_RE.match(text, end)
    )
    kin = kin or speaking_given_name(text, start, end)  # `Ilse says, “…”`
    lone = personal(words) and words[0] not in DEMONYMS and not words[0].isupper()
    return lone and (titled is not None or title_word_before(text, start, floor) is not None or kin)


def _plain_name(text: str, words: list[str], start: int, end: int, before: Range | None) -> bool:
    """True when the run `words` (at `start`, `end`) can be a person's name of two words or more
    (`personal`, after the title `before` when one stands right before it), no title's end (`Senior
    Civilian Representative`) and no acronym used elsewhere."""
    titled = before is not None and GAP_RE.fullmatch(text, before[1], start) is not None
    return (
        len(words) > 1
        and personal(words, titled=titled)
        and not any(title.end() == end for title in TITLE_RE.finditer(text, start, end))
        and not acronym_elsewhere(text, words, start)
    )


def _ends_in_title_head(text: str, start: int, end: int) -> bool:
    """True when the run's last word heads a title that goes on past the run (`Visite du Premier` before
    `ministre croate`, `British Army’s Chief` before `of the General Staff`)."""
    last = text.rfind(" ", start, end) + 1
    title = TITLE_RE.match(text, last) if last > start else None
    return title is not None and title.end() > end


def persons(candidates: Iterable[NameCandidate]) -> list[NameCandidate]:
    """The person candidates."""
    return [c for c in candidates if c.type is EntityType.PER]
