"""Speaker resolution: a speaker phrase (a name, an honorific and surname, a title, a pronoun, a body) to
the entity it names in this release, from the mentions natopress.draft.mentions suggests."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from functools import partial

from natopress.draft.acronyms import ACRONYM_PHRASE_RE, POST_TITLES, acronym_fits, acronym_holder
from natopress.draft.actingsubjects import ActingSubjects
from natopress.draft.capsnames import CAPS_SURNAME_RE
from natopress.draft.collective import collective_speaker
from natopress.draft.commandchange import tenure_holder
from natopress.draft.holders import (
    apposition_namings,
    complement_holder,
    holder_at,
    nato_holder,
)
from natopress.draft.mentions import FoundMention
from natopress.draft.namewords import TITLE_RE
from natopress.draft.phrases import (
    AND_BEFORE_RE,
    APPOSED_VERB_RE,
    APPOSITION_THEN_VERB_RE,
    CUE_BEFORE_NAME_RE,
    INVERTED_BE_RE,
    ITINERARY_AFTER_RE,
    SHORT_LEAD_RE,
    VERB_AFTER_RE,
    is_feminine,
    pronoun_opening_before,
    sentence_before,
)
from natopress.draft.ranks import name_follows, rank_holders
from natopress.draft.speech import (
    BARE_RANK_RE,
    BODY_ACRONYM,
    DEMONSTRATIVE_RE,
    HONORIFIC_RE,
    HONORIFICS,
    NOMINAL_SPEAKER_RE,
    POSSESSIVE_RE,
    POST_ACRONYMS,
    PRONOUN_RE,
    RANKS_WITHOUT_POINT,
    STRESSED_PRONOUN_RE,
    TITLE_ACRONYM_RE,
    TITLE_PHRASE_RE,
    UNNAMED_PERSON_RE,
    pronoun_feminine,
)
from natopress.draft.surnames import cut_name_holder, surname_holder
from natopress.draft.titles import title_fills, title_head
from natopress.draft.untitled import sole_untitled
from natopress.model import EntityType, Registry
from natopress.text.marks import quotation_open
from natopress.text.sentences import at_text_end

_HONORIFIC_END_RE = re.compile(rf"{HONORIFICS}\s+\Z")
_NOBODY = ""
"""The person a title names when the text gives it to nobody: a pronoun after it is nobody sure."""

_BODY_ACRONYM_RE = re.compile(rf"{BODY_ACRONYM}\s+(?=[A-Z][a-z])")
"""A body's acronym before a title (`CNAD` Chairman, `COMEDS` Chair): the title may be named without it."""

_HE_SHE_RE = re.compile(r"(?i:he|she)(?![\w’'-])")
"""An English personal pronoun of a person, never of a body."""


_RANK_ABBREVIATION_RE = re.compile(RANKS_WITHOUT_POINT)
"""A rank written short without its point (`Gen`, `Col`): at the excerpt's end, no cut name."""


class SpeakerResolver(ActingSubjects):
    """Resolves a speaker phrase (`M. Stoltenberg`, `le secrétaire général`, `il`) to a registry person."""

    def __init__(self, registry: Registry, mentions: Sequence[FoundMention]) -> None:
        super().__init__(mentions)
        self._persons = [e for e in registry.entities if e.type is EntityType.PER and e.replaced_by is None]
        self._org_ids = {e.id for e in registry.entities if e.type is EntityType.ORG}
        self._namings: dict[tuple[str, str], list[tuple[int, str]]] = {}
        self._nato_holders: dict[tuple[str, str], str | None] = {}
        self._names: dict[str, set[str]] = {}
        self._untitled_text: tuple[str, str | None] | None = None
        for entity in self._persons:
            for name in (entity.name, *entity.aliases):
                self._names.setdefault(" ".join(name.split()), set()).add(entity.id)

    def resolve_label(self, text: str, start: int, end: int) -> str | None:
        """The one person the speaker label `text[start:end]` names, or None: a registry name or alias
        (`Jens Stoltenberg`), honorific + surname (`Mr Stoltenberg`), a title this text ties to a name
        (`NATO Secretary General`, with `NATO Secretary General Jens Stoltenberg` in the body), or words
        ending with a person's name and naming nobody else (`NATO Secretary General Jens Stoltenberg`)."""
        label = " ".join(text[start:end].split())
        honorific = HONORIFIC_RE.fullmatch(label)
        if honorific is not None:
            return surname_holder(self._persons, honorific["surname"])
        ids = self._names.get(label, set())
        if len(ids) == 1:
            return next(iter(ids))
        if TITLE_PHRASE_RE.fullmatch(label):
            head = re.sub(r"^(?:le|la|the)\s+|^l['’]", "", label, flags=re.IGNORECASE)
            return self._holder(text, head, start)
        named = {
            entity
            for name, ids in self._names.items()
            if len(ids) == 1 and label.endswith(f" {name}")
            for entity in ids
        }
        if len(named) != 1:
            return None
        (entity,) = named
        others = [
            n
            for n, ids in self._names.items()
            if entity not in ids and re.search(rf"(?<!\w){re.escape(n)}(?!\w)", label)
        ]
        if others or re.search(r"(?<!\w)(?:and|et|with|avec|&)(?!\w)|[,;]", label):
            return None
        return entity

    def _namings_of(self, text: str, head: str) -> list[tuple[int, str]]:
        """`holders.apposition_namings` of the title `head`, found once per text (linear drafting)."""
        if (text, head) not in self._namings:
            self._namings[text, head] = apposition_namings(text, head, self._person_mentions)
        return self._namings[text, head]

    def _holder(self, text: str, head: str, position: int) -> str | None:
        """`holders.preferred_holder` of the title `head` at `position`, its `nato_holder` found once; of several
        holders the one last acting (`acting_holder`), else the nearest naming."""
        if (text, head) not in self._nato_holders:
            self._nato_holders[text, head] = nato_holder(text, head, self._namings_of(text, head))
        namings, nato = self._namings_of(text, head), self._nato_holders[text, head]
        return nato or self.acting_holder(text, namings, position) or holder_at(namings, position)

    def holder_outside(self, text: str, start: int, end: int, outside: tuple[int, int]) -> str | None:
        """The holder of the title `text[start:end]` the text names outside the span `outside` (code points;
        a quotation naming another holder: `“… General X, Commander …,” explains the Commander` → the
        Commander named before it): `holders.holder_at` of those namings, None when there are none."""
        namings = self._namings_of(text, title_head(text[start:end]))
        return holder_at([n for n in namings if not outside[0] <= n[0] < outside[1]], start)

    def _only_holder(self, text: str, phrase: str, defined: str | None = None) -> str | None:
        """The one person the text names with the rank of `phrase` or a grade of it (`ranks.rank_holders`),
        else `defined` (the acronym's definition's); None for none, several (two generals) or one other than
        `defined` (`(SACT), General X` and `Y, SACT, and the President`: a list read as an apposition)."""
        holders = rank_holders(title_head(phrase), partial(self._namings_of, text))
        only = holders.pop() if len(holders) == 1 else None
        return defined if only is None else (only if defined in (None, only) else None)

    def _by_role(self, text: str, phrase: str, position: int) -> str | None:
        """The person this text names with the title of `phrase` (`le secrétaire général`), or None."""
        head = title_head(phrase)  # else `the Vice Minister of Defence`: `Vice Minister of National Defence`
        found = self._holder(text, head, position) or complement_holder(
            text, head, partial(self._namings_of, text)
        )
        body = _BODY_ACRONYM_RE.match(head)  # `the CNAD Chairman` after `Chairman Mr. X`: the title alone,
        if found is None and body is None and not self._namings_of(text, head):  # no name holds it: the one
            return self._untitled(text)  # person named `M. X` and given no title (`untitled.sole_untitled`)
        if found is not None or body is None:  # when one person only holds it
            return found
        namings = self._namings_of(text, head[body.end() :])
        holders = {person for start, person in namings if acronym_fits(text, body.group().strip(), start)}
        return holders.pop() if len(holders) == 1 else None

    def _untitled(self, text: str) -> str | None:
        """`untitled.sole_untitled` of this text's name mentions, found once per text."""
        if self._untitled_text is None or self._untitled_text[0] != text:
            persons = {e.id: e.name for e in self._persons}
            self._untitled_text = (text, sole_untitled(text, self._person_mentions, persons))
        return self._untitled_text[1]

    def _previous_subject(self, text: str, position: int) -> str | None:
        """The person named (by name, honorific or a title this text gives to one person) at the start of the
        sentence before the one holding `position`, in its paragraph (`Mr Reyel thanked Allies. “…,” he said.`
        → Reyel), or the one person it names when it opens on nobody (`They met the Minister, X. She …` →
        X); for a pronoun after `et`/`and`, its own sentence's subject when no other person is named between
        (`Le secrétaire général a salué …, et il a souligné que`)."""
        line_start = text.rfind("\n", 0, position) + 1
        sentence = sentence_before(text, position)
        if AND_BEFORE_RE.search(text, max(line_start, position - 12), position):
            own = sentence[1] if sentence else line_start  # `Le secrétaire général a salué …, et il a`
            subject = self._opening_subject(text, own, position)
            person = self.resolve(text, *subject, None) if subject is not None else None
            if subject is not None and not self.named_outside_objects(text, subject[1], position, person):
                return person  # not `…, Ilse Varga, a salué …, et elle`: her own name in apposition
        if sentence is None:
            return None
        before, end = sentence
        subject = self._opening_subject(text, before, end)
        if subject is None:  # `Sur les rives …, après avoir rencontré X, la secrétaire générale …, Y, a …`
            titled = self.sentence_subject(text, before, end)
            subject = (
                titled
                if titled is not None
                and (self._within(*titled) or NOMINAL_SPEAKER_RE.fullmatch(text, *titled))
                else None
            )
        if subject is None:  # `P, explique Mme X, désignée … . « … », ajoute-t-elle`: the inverted subject
            inverted = [
                m
                for m in self._within(before, end)
                if CUE_BEFORE_NAME_RE.search(text, max(before, m.start - 40), m.start)
                or INVERTED_BE_RE.search(text[before : m.start])
            ]
            if not inverted:  # `« … », a indiqué le secrétaire général lors d’une conférence avec X`
                found = self.speech_agent(text, before, end) or self.inverted_title_holder(text, before, end)
                quoted = re.search(r"[«»“”\"]", text[end:position]) is not None  # `“…,” she said`
                chained = quoted or pronoun_opening_before(text, position) is not None  # `She …. She said`
                return found or (None if chained else self.sole_named_before(text, position))  # `met X. She`
            return inverted[0].entity if len({m.entity for m in inverted}) == 1 else None
        person = self.resolve(text, *subject, None)  # a title naming nobody: the pronoun's unknown holder
        if person is not None and (
            possessor := self.relative_possessor(text, (before, end), position, person)
        ):
            return possessor  # `X introduced Ambassador Y who began her speech … . She emphasized`: Y
        if person is not None and (
            self.second_subject(text, subject[1], end, person)
            or self.joined_subject(text, subject[1], end, person)
        ):
            return _NOBODY  # `X commands the centre, and Capt. Y has responsibility for …`: either may speak
        return _NOBODY if person is None and NOMINAL_SPEAKER_RE.fullmatch(text, *subject) else person

    def _opening_subject(self, text: str, start: int, end: int) -> tuple[int, int] | None:
        """The person phrase (name, honorific, or a title) opening `text[start:end]`, maybe after a short
        lead ending with a comma (`On Monday, `), or None."""
        lead = SHORT_LEAD_RE.match(text, start, end)
        for begin in (start, lead.end()) if lead else (start,):
            phrase = self.phrase_at(text, begin, end)
            if phrase is not None and (
                HONORIFIC_RE.fullmatch(text, *phrase)
                or self._within(*phrase)
                or NOMINAL_SPEAKER_RE.fullmatch(text, *phrase)  # `the Secretary General praised …`
            ):
                if begin == start or any(
                    pattern.match(text, phrase[1])
                    for pattern in (
                        VERB_AFTER_RE,
                        APPOSED_VERB_RE,
                        APPOSITION_THEN_VERB_RE,
                        ITINERARY_AFTER_RE,
                    )
                ):
                    return phrase
                return None  # `En compagnie du commandant, le général X, M. Y a assisté`: X is no subject
        return None

    def _pronoun(self, text: str, start: int, previous: str | None, since: int = 0) -> str | None:
        """The person a subject pronoun at `start` refers to: the subject of the sentence before in its
        paragraph (what a pronoun there refers to: `In Skopje he met X. “…,” he said`); else the last
        quote's speaker (`previous`; none after a body's words); else, when no quote has a speaker yet,
        the chain of subjects before it (`_subject_chain`); else the one person the text names before it.
        None when its cue goes on `en acceptant` after a sentence naming the last speaker (`received_by`)."""
        own = self._own_subject(text, start)
        subject = own or self._previous_subject(text, start)
        if (
            subject
            and own is None
            and previous not in (None, subject)
            and self.received_by(text, start, previous)
        ):
            return None  # `Le président X a remis à M. Y l’Ordre … . « … », a-t-il déclaré` after Y's quote
        if subject is not None:
            return subject or None  # `_NOBODY`: `Le Secrétaire général a prononcé … « … », a-t-il ajouté`
        chained = pronoun_opening_before(text, start)
        if chained is not None:
            return self._pronoun(text, chained, previous, since)
        if previous in self._org_ids:
            return None  # `il`, `he` after a body's words: no person is sure
        if previous is not None:  # unless its paragraph has since named another acting person (`Major
            # General Y had been … . “…,” General X said. “…,” he added`: X)
            line_start = max(text.rfind("\n", 0, start) + 1, since)
            if self.other_subject(text, line_start, start, previous) or self._named_since(
                text, start, previous
            ):
                return None
            return previous
        found, person = self.subject_chain(text, start)
        return (
            person if found else self.sole_named_before(text, start) or self.only_person_before(text, start)
        )

    def _named_since(self, text: str, start: int, previous: str) -> bool:
        """True when the sentence before the one holding `start`, in its paragraph, names outside quotation
        marks (odd straight marks open one: `"… Admiral X …,” Prof. Y said.`) a person other than
        `previous` not of the pronoun's other gender: the pronoun may mean them (guidelines 2.4); when that
        sentence opens its paragraph, when the last one before opens with such a person as its subject, or
        the paragraph before names only others (`_only_other_before`)."""
        sentence = sentence_before(text, start)
        if sentence is None:
            return self._other_subject_before(text, start, previous) or self._only_other_before(
                text, start, previous
            )
        feminine = pronoun_feminine(text, start) is True
        if UNNAMED_PERSON_RE.search(text, *sentence):
            return True  # `the team talked to the community leader. He told …`: the leader may speak
        return any(
            m.entity != previous
            and not quotation_open(text, sentence[0], m.start)
            and is_feminine(text, m.start) in (None, feminine)  # unknown, or the pronoun's gender
            for m in self._within(*sentence)
        )

    def _other_subject_before(self, text: str, start: int, previous: str) -> bool:
        """True when the last sentence of the paragraph before the one opening at `start` opens with a
        person other than `previous` as its subject (`Admiral X … welcomed Y.` ⏎ `“…,” he said.`), or with a
        title whose holder the text does not name (`On the second day, the Secretary General addressed …` ⏎
        `“…,” he added.`: that unnamed holder may speak)."""
        sentence = self.narrative_sentence_before(text, start)
        subject = (
            self._opening_subject(text, *sentence) or self.sentence_subject(text, *sentence)
            if sentence is not None
            else None
        )
        if subject is None or PRONOUN_RE.fullmatch(text, *subject):
            return False
        person = self.resolve(text, *subject, None)
        if person is None:
            return NOMINAL_SPEAKER_RE.fullmatch(text, *subject) is not None
        return person != previous and not (person in self._org_ids and _HE_SHE_RE.match(text, start))
        # `TFX is designed to …` ⏎ `“…,” he said`: a body is never `he` (French `il` may be `le Conseil`)

    def _only_other_before(self, text: str, start: int, previous: str) -> bool:
        """True when the paragraph before the one opening at `start` names, outside quotation marks, a person
        other than `previous`, its last sentence's subject no title of theirs (`One of the key areas of
        Governor X’s address was …` ⏎ `He added, “…”` after Y's quote: either may speak)."""
        sentence = self.narrative_sentence_before(text, start)
        if sentence is None:
            return False
        subject = self._opening_subject(text, *sentence) or self.sentence_subject(text, *sentence)
        if subject is not None and self.resolve(text, *subject, None) == previous:
            return False  # `The Secretary General welcomed X …` ⏎ `“…,” he said`: the subject's
        paragraph = (text.rfind("\n", 0, sentence[0]) + 1, sentence[1])
        if paragraph[0] and not text[: paragraph[0] - 1].rstrip(" \t").endswith("\n"):
            return False  # a line of a page wrapped at a fixed width: the paragraph began above it
        named = {
            m.entity for m in self._within(*paragraph) if not quotation_open(text, paragraph[0], m.start)
        }
        return bool(named) and previous not in named

    def _own_subject(self, text: str, position: int) -> str | None:
        """The person opening the sentence that holds the pronoun at `position`, when no other person is
        named between (`…, M. Mircea Geoană, s’est rendu au QG, qu’il a décrit comme « … »`), or None."""
        index = bisect.bisect_right(self._sentence_starts, position) - 1
        if index < 0 or self._sentences[index][1] <= position:
            return None
        subject = self.named_subject_before(text, self._sentences[index][0], position)
        person = self.resolve(text, *subject, None) if subject is not None else None
        if subject is None or person is None or person in self._org_ids:
            return None
        others = (  # a one-word `person` with no honorific is most often a place (`de Velgrad`)
            " " in text[m.start : m.end] or _HONORIFIC_END_RE.search(text, max(0, m.start - 6), m.start)
            for m in self._within(subject[1], position)
            if m.entity != person
        )
        return None if any(others) else person

    def resolve(self, text: str, start: int, end: int, previous: str | None, since: int = 0) -> str | None:
        """The registry id the phrase `text[start:end]` names; `previous` is the last quote's speaker, whose
        quote ends at `since` (code points): a pronoun means them unless another person acts after it."""
        inside = self._within(start, end)
        if inside:  # a name the excerpt cuts off at its end may be a named person's (`M. Ras`)
            last = inside[-1]
            cut = at_text_end(text, last.end)
            holder = cut_name_holder(text[last.start : last.end], self._persons, last.entity) if cut else None
            return holder or last.entity
        phrase = text[start:end]
        if at_text_end(text, end) and re.fullmatch(r"[A-Z][\w.’'-]*", phrase):
            # `“…,” said Commander` ending a cut excerpt: the name after the rank is lost; `said Rie`: the one
            # person whose surname it begins
            rank = any(r.fullmatch(phrase) for r in (TITLE_RE, BARE_RANK_RE, _RANK_ABBREVIATION_RE))
            return None if rank else cut_name_holder(phrase, self._persons, "")
        honorific = HONORIFIC_RE.fullmatch(phrase)
        if honorific is not None:  # `M. Var` cut off by the excerpt's end: `M. Piet Varganov`
            lost = cut_name_holder(phrase, self._persons, "") if at_text_end(text, end) else None
            return surname_holder(self._persons, honorific["surname"]) or lost
        if any(r.fullmatch(phrase) for r in (PRONOUN_RE, STRESSED_PRONOUN_RE, POSSESSIVE_RE)):  # `Selon lui,`
            return self._pronoun(text, start, previous, since)
        if DEMONSTRATIVE_RE.fullmatch(phrase):
            return self._latter(text, start, end)
        acronym = ACRONYM_PHRASE_RE.fullmatch(phrase)  # `le SACEUR`, defined after a person's title
        defined = acronym_holder(text, acronym["acronym"], self._within, self.phrase_at) if acronym else None
        post = acronym is not None and acronym["acronym"] in POST_ACRONYMS  # `le SACEUR`: a post, no body
        if acronym is not None and post and defined is None:  # `COMKFOR said` after `the Commander of
            titles = POST_TITLES.get(acronym["acronym"], ())  # KFOR, General X`
            found = {self._by_role(text, title, start) for title in titles} - {None}
            defined = found.pop() if len(found) == 1 else None
        if BARE_RANK_RE.fullmatch(phrase):  # `the General`, `le SACEUR`: its one holder, else the defined one
            return None if name_follows(text, end) else self._only_holder(text, phrase, defined)
        head = NOMINAL_SPEAKER_RE.match(phrase) or TITLE_PHRASE_RE.match(phrase)
        rest = phrase[head.end() :].strip() if head is not None else ""
        if CAPS_SURNAME_RE.fullmatch(rest) and (holder := surname_holder(self._persons, rest)):
            return (
                holder  # `SECRETARY GENERAL HALVORSEN:`, a headline's capitals: no mention covers the surname
            )
        if head is not None and (
            title_fills(phrase, head.end(), len(phrase))  # `le ministre ukrainien des …`
            or TITLE_ACRONYM_RE.fullmatch(phrase, head.end())
        ):
            return self._by_role(text, phrase, start)  # `le président du Comité militaire`: title and body
        tenure = tenure_holder(text, phrase, start, self._person_mentions)  # `the new commander`
        return (
            defined
            or tenure
            or (None if post else collective_speaker(text, (start, end), self._organisations))
        )
