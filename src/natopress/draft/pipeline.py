"""Name candidates from a spaCy pipeline, when one is installed (`fr_core_news_sm` for French; an English
pipeline such as `en_core_web_sm` when present), merged with the structural rules of natopress.draft.names;
each pipeline is loaded once per process (`name_finder`)."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from typing import Any

from natopress.draft.capsnames import PARTICLEWORD_RE
from natopress.draft.countries import cut_country, is_country
from natopress.draft.cutoff import cut_off
from natopress.draft.lexicon import all_common
from natopress.draft.nameparts import (
    ELIDED_OPENING_RE,
    RANK_ABBREVIATIONS,
    NameCandidate,
    NameFinder,
    Ranges,
)
from natopress.draft.names import (
    BROKEN_WORD_AFTER_RE,
    ELIDED_BEFORE_RE,
    ELIDED_REACH,
    UNACCENTED_A,
    RuleFinder,
)
from natopress.draft.namewords import (
    NO_NAME_WORDS,
    ORG_WORDS,
    THING_HEAD_RE,
    TITLE_NOUNS,
    TITLE_RE,
)
from natopress.draft.nonpersons import YEAR_AFTER_RE, cut_from_run
from natopress.draft.roles import role_before
from natopress.draft.speech import PERSONAL_HONORIFICS
from natopress.draft.things import ARMED_GROUPS, after_thing_noun
from natopress.model import EntityType
from natopress.text.sentences import Range, at_text_end

SPACY_PIPELINES = {"fr": ("fr_core_news_sm", "fr_core_news_md"), "en": ("en_core_web_sm", "en_core_web_md")}
_SPACY_TYPES = {"PER": EntityType.PER, "PERSON": EntityType.PER, "ORG": EntityType.ORG, "LOC": EntityType.LOC}
_SPACY_TYPES |= {"GPE": EntityType.LOC}
_LEADING_RE = re.compile(rf"(?:(?:l['’]|(?:le|la|les|the)\s+)|{PERSONAL_HONORIFICS}\s+)+", re.I)
"""Articles and honorifics opening a pipeline entity, matched at its start (`match(text, start)`: no `^`,
which would only hold at the text's own start)."""


class SpacyFinder:
    """A spaCy pipeline's entities (PER/PERSON, ORG, LOC/GPE), articles and honorifics trimmed off, with the
    structural rules' candidates (which give a person's role and win where the two disagree)."""

    def __init__(self, nlp: Any) -> None:
        self._nlp = nlp
        self._rules = RuleFinder()

    def find(self, text: str, regions: Sequence[Range]) -> list[NameCandidate]:
        """Rule candidates first, then the pipeline's entities that overlap none of them."""
        rules = self._rules.find(text, regions)
        pipeline = self._entities(text, regions)
        people = Ranges([(c.start, c.end) for c in pipeline if c.type is EntityType.PER])
        bodies = Ranges(  # a pipeline organisation named by its head word (`Conseil de l’Atlantique Nord`)
            (c.start, c.end)
            for c in pipeline
            if c.type is EntityType.ORG and text[c.start : c.end].split()[0] in ORG_WORDS
        )
        places: dict[int, list[int]] = {}  # each place's start by its end
        for c in pipeline:
            if c.type is not EntityType.PER:
                places.setdefault(c.end, []).append(c.start)
        kept = [  # a pipeline person beats a rule organisation (`l’Organisation Vjosa Osmani`), a
            # pipeline body a rule name inside it (`Atlantique Nord`)
            _placed(text, c, places)
            for c in rules
            if c.type is EntityType.PER
            or not (people.overlapping(c.start, c.end) or _inside(bodies, c.start, c.end))
        ]
        found = [c for c in kept if c is not None]
        taken = Ranges([(c.start, c.end) for c in found])
        kept = [_placed(text, c, {}) for c in pipeline if not taken.overlapping(c.start, c.end)]
        found += [c for c in kept if c is not None]
        return sorted(found, key=lambda c: (c.start, -c.end))

    def _entities(self, text: str, regions: Sequence[Range]) -> list[NameCandidate]:
        """The pipeline's entities of the types it shares with CoNLL-2003, trimmed."""
        found = []
        docs = self._nlp.pipe(text[s:e] for s, e in regions)
        for (floor, _ceiling), doc in zip(regions, docs, strict=True):
            for ent in doc.ents:
                kind = _SPACY_TYPES.get(ent.label_)
                start, end = floor + ent.start_char, floor + ent.end_char
                lead = _LEADING_RE.match(text, start, end)
                start = lead.end() if lead is not None else start
                # `Sarajevo – Le général`: a dateline's place, not the sentence after it; `l’Alliance –`: no dash
                dash = _SPACED_DASH_RE.search(text, start, end)
                end = dash.start() if dash is not None else end
                if kind is None or start >= end or not text[start].isupper():
                    continue
                if kind is EntityType.PER and not _plausible_person(text, start, end, floor):
                    continue
                words = text[start:end].split()
                if words[0] in TITLE_NOUNS:
                    continue  # `Président délégué du Comité militaire`: a post, neither body nor person
                if kind is not EntityType.PER and words[0] in ORG_WORDS:
                    if len(words) == 1 and not words[0].isupper():
                        continue  # `le Conseil`, `l’Alliance`: a designation, not a name
                    kind = EntityType.ORG  # `Conseil de l’Atlantique Nord`: a body by its head word
                role = role_before(text, start, floor, end) if kind is EntityType.PER else None
                found.append(NameCandidate(start, end, kind, role))
        return found


_WORD_PLACE_BEFORE_RE = re.compile(
    r"(?<![\w’'-])(?:in|(?<!according\s)to|from|at|of|à|en|au|aux|vers|de|depuis)\s+$"
    rf"|{UNACCENTED_A}",
    re.MULTILINE,
)
"""Before a single capitalised word the pipeline calls a person: that word is a place (`de Velgrad`, a
sentence's `A Velgrad,` with its capital À unaccented)."""
_SPACED_DASH_RE = re.compile(r"\s[-–—](?=\s|\Z)")
_PLACE_PARTICLE_RE = re.compile(r"\s+(?:de|du|des|d['’])\s*\Z")
_COUNTRY_AFTER_RE = re.compile(r"\s+(?:de\s+la\s+|de\s+l['’]|de|du|des|d['’])\s*(?P<place>[A-ZÀ-Ý][^\n]*)")
"""A particle, maybe with its article, and what follows it to the candidate's end, maybe a country (`du
Koweït`, `de France`, `Frontalière de la Serbie`: an adjective opening a sentence)."""


def _placed(text: str, candidate: NameCandidate, places: dict[int, list[int]]) -> NameCandidate | None:
    """A person whose last words after `de`/`du` are a country's name (`countries.is_country`: `Fawaz
    Al-Sabah du Koweït`, also after a role, `le cheikh Fawaz Al-Sabah du Koweït`) or, for a rule
    person without a role, what the pipeline reads as a place or body (`Taras Chevtchenko de Kiev`; `places`
    maps each such span's end to its starts): cut before the particle, the role kept (None when one word
    without a role would be left); else `candidate`."""
    if candidate.type is not EntityType.PER:
        return candidate
    country = _COUNTRY_AFTER_RE.search(text, candidate.start, candidate.end)
    if country is not None and country.end() == candidate.end and is_country(country["place"]):
        if candidate.role is None and len(text[candidate.start : country.start()].split()) < 2:
            return None  # `envoyés à Incirlik de France`: a place; `Jean de Luxembourg`: not sure
        return NameCandidate(candidate.start, country.start(), EntityType.PER, candidate.role)
    for start in places.get(candidate.end, ()) if candidate.role is None else ():  # `M. Jan de Vries`
        if not candidate.start < start:
            continue  # only a place ending inside the candidate, its particle searched there (linear)
        particle = _PLACE_PARTICLE_RE.search(text, candidate.start, start)
        if particle is not None:
            return NameCandidate(candidate.start, particle.start(), EntityType.PER, candidate.role)
    return candidate


def _inside(ranges: Ranges, start: int, end: int) -> bool:
    """True when one of `ranges` holds `[start, end)` and is longer."""
    return any(s <= start and end <= e and e - s > end - start for s, e in ranges.overlapping(start, end))


_SENTENCE_END_BEFORE_RE = re.compile(r"[.!?]\s+\Z")
_ARTICLE_AFTER_RE = re.compile(r"\s+(?:l['’]|la\s|le\s|les\s|des\s|un\s|une\s|à\s|par\s)")
"""An article right after a single word opening a sentence: the word is a verb (`Réduire l’empreinte`,
`Arrêter la circulation`), no person's name; so is `à` or `par` after a participle (`Invitée à s’exprimer
devant les étudiants`, `Interrogé par`)."""
_PLURAL_BEFORE_RE = re.compile(r"(?<![\w’'-])(?:les|des|ces|nos|vos|leurs)\s+\Z", re.IGNORECASE)
"""A plural determiner before a single capitalised word (`les Estoniens`): a people, no person."""
_CENTURY_RE = re.compile(r"[IVXL]+(?:e|er|ème|th|st|nd|rd)")
"""A century in Roman figures (`XXe`, `XXIst`), no name."""


_LOCATED_AT_RE = re.compile(
    r"(?<![\w’'-])(?:(?:déployé|basé|situé|stationné|implanté|installé)e?s?\s+(?:à|au|aux|en|près\s+de)"
    r"|(?:deployed|based|located|stationed)\s+(?:in|at|near))\s+\Z"
)
"""A participle of where something stands and its preposition, right before a capitalised run: a place
follows (`déployé à Capu Midia`, `stationed at X`), not a person."""


_NO_NAME_WORDS = (*NO_NAME_WORDS, RANK_ABBREVIATIONS)
"""Word lists none of whose words is part of a person's name the pipeline suggests: `NO_NAME_WORDS` and
ranks' abbreviations."""


def _plausible_person(text: str, start: int, end: int, floor: int) -> bool:
    """False for a pipeline `PER` that a person's name cannot be: one holding a title, organisation or
    place word (`Secretary General`, `Atlantique Nord`) or only an honorific or initials (`M.`), one after
    an elided article (`l’Atlantique`), a noun naming a thing (`l’exercice X`) or where something stands
    (`déployé à X`: a place), a single word that is no name (`_lone_word_no_name`: `Wreath laying
    ceremony`, a caption in another language, opens its paragraph), one holding a digit (`CH-146 Griffon`, a
    model), or a country's name cut off by the excerpt's end (`de la Lettoni`)."""
    raw = text[start:end].split()
    words = [w.strip("’'.,") for w in raw if not re.fullmatch(r"[A-ZÀ-Ý]\.", w) or len(raw) == 1]
    if any(w in group for w in words for group in _NO_NAME_WORDS):
        return False  # also `M.` alone: an honorific names nobody; an initial (`A. Battur`) is no word;
        # `H.E. Amb`: an office's abbreviation
    if (
        not any(len(w) > 1 for w in words)
        or any(c.isdigit() for c in text[start:end])  # `CH-146 Griffon`: a model's designation
        or " ".join(words) in ARMED_GROUPS
        or TITLE_RE.fullmatch(text, start, end)
        or is_country(" ".join(words))
        or (at_text_end(text, end) and cut_country(" ".join(words)))  # `de la Lettoni`, cut off
    ):
        return False  # `Premier ministre`: a title alone; `Lithuania` after a place in an English line
    if THING_HEAD_RE.fullmatch(words[0]) or (all_common(words) and max(map(len, words)) > 7):
        return (
            False  # `Chapitre VII de la Charte`, `Haut Commissariat`; `Cooperative Marlin` (not `Tom Hale`)
        )
    if any(w.islower() and not PARTICLEWORD_RE.fullmatch(w) for w in words):
        return False  # `Premier ministre`: a lower-case word that is no particle (`de`, `van`)
    if (
        ELIDED_BEFORE_RE.search(text, max(floor, start - ELIDED_REACH), start)
        or re.search(r"[«“\"]\s*$", text[max(floor, start - 3) : start])
        or _LOCATED_AT_RE.search(text, max(floor, start - 30), start)
    ):
        return False  # `l’Atlantique Nord`, `« Bouclier commun »`, `déployé à Capu Midia` (a place)
    if after_thing_noun(text, floor, start) or ELIDED_OPENING_RE.match(text, start, end):
        return False  # `l’exercice Steel Harbour`: an exercise's name; `S’agissant de la Russie`: a clause
    if YEAR_AFTER_RE.match(text, end) or _CENTURY_RE.fullmatch(words[-1]):
        return False  # `Brilliant Jump 2022`: an event's name; `[XXe] siècle`: a century
    if BROKEN_WORD_AFTER_RE.match(text, end):
        return False  # `M. Neboj š a Radmanovi ć`: a name broken by stray spaces, its parts no name
    return not (len(words) == 1 and _lone_word_no_name(text, start, end, floor))


def _lone_word_no_name(text: str, start: int, end: int, floor: int) -> bool:
    """True when the one word `text[start:end]` (code points) is no person's name: after `à`/`in` (a
    place) or a plural determiner (`les Estoniens`: a people), cut from a capitalised run
    (`nonpersons.cut_from_run`), a verb opening a sentence before an article (`Réduire l’empreinte`) or a
    sentence's first word where the excerpt ends (`… dans le domaine de la résilience. Réunis`), a word in brackets (`de
    l’Assemblée ostravienne (Sejmik)`: a gloss), a word the excerpt cut (`… et le général Janu`), or one opening
    its region."""
    sentence_opening = _SENTENCE_END_BEFORE_RE.search(text, max(floor, start - 3), start) is not None
    return bool(
        _WORD_PLACE_BEFORE_RE.search(text, max(floor, start - 8), start)
        or _PLURAL_BEFORE_RE.search(text, max(floor, start - 8), start)
        or cut_from_run(text, start, floor)  # `“Brilliant Jump”`: the pipeline's `Jump`
        or (sentence_opening and (_ARTICLE_AFTER_RE.match(text, end) or at_text_end(text, end)))
        or (text[start - 1 : start] == "(" and text[end : end + 1] == ")")
        or (at_text_end(text, end) and cut_off(text, start, end, max(floor, start - 60)))
        or not text[floor:start].strip()
    )


@functools.cache
def name_finder(language: str) -> NameFinder:
    """The finder for `language` (`fr`, `en`): spaCy with the first installed pipeline of SPACY_PIPELINES,
    else the structural rules. Cached: a pipeline loads once per process (about 1 s for `fr_core_news_sm`)."""
    try:
        import spacy
    except ImportError:
        return RuleFinder()
    for name in SPACY_PIPELINES.get(language, ()):
        try:
            nlp = spacy.load(name, exclude=["parser", "lemmatizer", "morphologizer", "attribute_ruler"])
        except OSError:  # not installed
            continue
        return SpacyFinder(nlp)
    return RuleFinder()
