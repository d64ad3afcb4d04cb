"""Whether someone other than a quote's speaker acts in a stretch of text, so that a later pronoun may
refer to them (natopress.draft.entities resolves the pronoun; guidelines 2.4)."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from natopress.draft.phrases import (
    APPOSITION_CLOSED_RE,
    APPOSITION_THEN_VERB_RE,
    CHAIN_SENTENCES,
    CREDIT_BEFORE_RE,
    CUE_BEFORE_NAME_RE,
    INVERTED_BE_RE,
    INVERTED_CUE,
    ORIGIN_THEN_VERB_RE,
    PARTICIPLE_LEAD_RE,
    RELATIVE_THEN_VERB_RE,
    UNNAMED_PERSON_SUBJECT_RE,
    VERB_AFTER_RE,
    is_feminine,
    sentence_before,
)
from natopress.draft.sentencesubjects import SubjectFinder
from natopress.draft.speech import DEMONSTRATIVE_RE, NOMINAL_SPEAKER_RE, PRONOUN_RE, pronoun_feminine
from natopress.text.marks import open_marks, quotation_open

_INVERTED_CUE_RE = re.compile(INVERTED_CUE, re.IGNORECASE)
_RELATIVE_POSSESSIVE_RE = re.compile(r",?\s+who\s+[^.;:!?,]{0,80}?(?<![\w’'-])(?P<own>her|his)(?![\w’'-])")
"""A relative clause right after a name holding a possessive (` who began her speech`): the name's gender."""


_OBJECT_BEFORE_RE = re.compile(
    r"(?:(?<![\w’'-])(?:à|au|aux|avec|to|with|de|of)\s+|(?<![\w’'-])d['’])(?:(?:M\.|Mme|Mr\.?|Ms\.?|Mrs\.?|Dr\.?)\s+)?\Z"
)
"""A preposition (and an honorific) right before a name: the name is an object or a noun's complement
(`a salué le travail de Mme Y, et elle a déclaré`), no subject."""


_HOLDER_REACH = 1500
"""How far before a title `acting_holder` looks for its holder acting (code points): a few paragraphs."""


_SPEECH_NOUNS = r"briefing|speech|address|presentation|remarks|lecture|exposé|allocution|discours"
"""Nouns of a speech, whose owner or `by` names the speaker (`X’s keynote address`, `a briefing by X`)."""
_SPEECH_OWNED_RE = re.compile(
    rf"['’]s\s+(?:[\w-]+\s+){{0,2}}?(?:{_SPEECH_NOUNS})(?![\w’'-])",
    re.IGNORECASE,
)
"""A possessive before a speech noun (`Vice Admiral X’s keynote address placed …`): X speaks."""
_APPOSED_BEFORE_RE = re.compile(r",[^\S\n]+(?:[A-Z][\w.’'-]*[^\S\n]+){0,3}\Z")
"""A comma and up to three capitalised words (a rank) before a name in apposition (`JFCBS Commander, General `
X, thanked)."""


def _acting(text: str, start: int, end: int) -> bool:
    """True when the name at `text[start:end]` is a subject: right before its lower-case verb (`Admiral X
    highlighted`), before a relative clause, an origin or an apposition and then the verb (`X, qui occupait
    …, a remercié`, `Minister X from Kazakhstan said`, `X, président du Comité, a pris`), in apposition
    before it (`…, la secrétaire générale déléguée, Rose Gottemoeller, a remercié`, `JFCBS Commander, General
    X, thanked`), after an inverted cue (`P, explique Mme X`), or owning a speech (`X’s keynote address`)."""
    return bool(
        VERB_AFTER_RE.match(text, end)
        or RELATIVE_THEN_VERB_RE.match(text, end)
        or ORIGIN_THEN_VERB_RE.match(text, end)
        or APPOSITION_THEN_VERB_RE.match(text, end)
        or (
            _APPOSED_BEFORE_RE.search(text, max(0, start - 40), start)
            and APPOSITION_CLOSED_RE.match(text, end)
        )
        or CUE_BEFORE_NAME_RE.search(text, max(0, start - 40), start)
        or _SPEECH_OWNED_RE.match(text, end)
    )


_SPEECH_BY_RE = re.compile(
    rf"(?<![\w’'-])(?:{_SPEECH_NOUNS})"
    r"(?:\s+[\w’'-]+){0,2}?\s+(?:by|de|du|d['’])\s*",
    re.IGNORECASE,
)
"""A speech noun before its speaker (`a briefing by`, `un exposé du`, `the opening address by`)."""
_WELCOMED_BY_RE = re.compile(
    r"(?<![\w’'-])(?:(?:was|were|been)\s+(?:warmly\s+)?(?:welcomed|greeted|received|hosted)\s+by"
    r"|(?:a|ont|avait|avaient)\s+été\s+(?:chaleureusement\s+)?(?:accueilli|reçu)e?s?\s+par)\s+",
    re.IGNORECASE,
)
"""A passive of welcoming before its agent (`The delegation was welcomed by`, `a été accueillie par`): the host."""


_RECEIVING_AFTER_RE = re.compile(
    r"[^.;:!?«»“”\"\n]{0,40}?(?<![\w’'-])(?:en\s+(?:acceptant|recevant)|(?:on|upon|when|while)\s+(?:accepting|receiving))"
    r"(?![\w’'-])",
    re.IGNORECASE,
)
"""A participle of accepting or receiving right after a cue (`a-t-il déclaré en acceptant cette récompense`,
`he said on accepting the award`): the speaker is who receives."""
_SECOND_CLAUSE_RE = re.compile(r",\s+(?:and|et|while|but|mais|tandis\s+que)\s+")
"""A comma and a conjunction opening a second clause, maybe with a subject of its own."""
_AND_SUBJECT_RE = re.compile(r"\s+(?:and|et)\s+")
_PLURAL_VERB_RE = re.compile(
    r"\s+(?:[a-z]+\s+)?(?:ont|sont|se|s['’]|have|had|are|were|[a-zà-ÿ]+(?:ent|ed))(?![\w’'-])"
)
"""A plural or past verb right after a coordinated subject (`ont passé en revue`, `discussed`)."""


class ActingSubjects(SubjectFinder):
    """`other_subject` and its parts, `second_subject` and `received_by`: whether someone else may be the
    one a pronoun means, for `natopress.draft.entities.SpeakerResolver`, which resolves the phrases
    (`resolve`), and `subject_chain`, the sentences a pronoun looks back over."""

    _org_ids: set[str]
    """The registry's organisations (set by `SpeakerResolver`)."""

    def resolve(self, text: str, start: int, end: int, previous: str | None, since: int = 0) -> str | None:
        """The registry id the phrase `text[start:end]` names (`SpeakerResolver.resolve`)."""
        raise NotImplementedError

    def sole_named_before(self, text: str, position: int) -> str | None:
        """`SubjectFinder.sole_named_before`, unless `_unnamed_title_before` the pronoun at `position`."""
        return (
            None if self._unnamed_title_before(text, position) else super().sole_named_before(text, position)
        )

    def only_person_before(self, text: str, position: int) -> str | None:
        """`SubjectFinder.only_person_before`, unless `_unnamed_title_before` the pronoun at `position`."""
        return (
            None if self._unnamed_title_before(text, position) else super().only_person_before(text, position)
        )

    def _unnamed_title_before(self, text: str, position: int) -> bool:
        """True when the sentence holding the pronoun at `position` names before it, outside quotation marks,
        a title whose holder the text does not name: the pronoun may mean that holder (`I spoke with the
        Commander, who had met General X, and he told me that`: not X)."""
        before = sentence_before(text, position)
        start = before[1] if before is not None else text.rfind("\n", 0, position) + 1
        return any(
            not quotation_open(text, start, title.start()) and self.resolve(text, *title.span(), None) is None
            for title in NOMINAL_SPEAKER_RE.finditer(text, start, position)
        )

    def named_outside_objects(self, text: str, start: int, end: int, person: str | None = None) -> bool:
        """True when `text[start:end]` names a person other than `person` who is not the object of `à`,
        `avec`, `to`, `with` nor a noun's complement (`M. X a exposé à M. Y les mesures …, et il a souligné`:
        Y cannot be the pronoun's antecedent; `_OBJECT_BEFORE_RE`)."""
        return any(
            _OBJECT_BEFORE_RE.search(text, max(start, m.start - 20), m.start) is None
            for m in self._within(start, end)
            if m.entity != person
        )

    def other_subject(self, text: str, start: int, end: int, person: str | None) -> bool:
        """True when `text[start:end]` names as a subject (a name right before its lower-case verb:
        `Admiral X highlighted`, or in apposition before it: `…, Rose Gottemoeller, a remercié`) a person
        other than `person`, in a sentence that does not also name
        `person` (by name, or by a title opening it): a later pronoun may then refer to either. A name
        inside quotation marks opened since `start` is speech, no subject (`« La guerre de Vladimir Poutine
        nous touche », a-t-il indiqué`)."""
        for mention in self._within(start, end):
            acting = _acting(text, mention.start, mention.end) or INVERTED_BE_RE.search(
                text[start : mention.start]
            )  # `Also attending was X`
            if mention.entity == person or not acting or quotation_open(text, start, mention.start):
                continue
            index = bisect.bisect_right(self._sentence_starts, mention.start) - 1
            sentence = self._sentences[index] if index >= 0 else (start, end)
            if any(m.entity == person for m in self._within(*sentence)):
                continue
            subject = self.sentence_subject(text, *sentence)  # `Le secrétaire général et le président X`
            if subject is None or self.resolve(text, *subject, None) != person:
                return True
        return self._unnamed_subject(text, start, end) or self._other_latter(text, start, end, person)

    def paragraph_subject(self, text: str, position: int) -> str | None:
        """The one person the paragraph before the one holding `position` names, when it names them as a
        subject (`_acting`: `Le lieutenant X a présenté son unité. Elle a décrit …` ⏎ `« … », a-t-elle
        ajouté`); None otherwise (two persons: a pronoun after it may mean either). Offsets are code
        points."""
        end = len(text[: max(0, text.rfind("\n", 0, position))].rstrip())  # the last line with words before
        start = text.rfind("\n", 0, end) + 1
        named = self._within(start, end)
        if not named:
            return None
        persons = {m.entity for m in named}
        if len(persons) != 1 or not any(_acting(text, m.start, m.end) for m in named):
            return None
        return persons.pop()

    def acting_holder(self, text: str, namings: Sequence[tuple[int, str]], position: int) -> str | None:
        """Of the persons of `namings` (a title's (start, person id) namings), when several, the one last
        named as a subject before `position` within `_HOLDER_REACH` code points (`LTG X stated` after
        `talked with LTG Y, Commander …`: `the Commander` is X, not the nearer naming); else None."""
        holders = {person for _, person in namings}
        if len(holders) < 2:
            return None
        for mention in reversed(self._within(max(0, position - _HOLDER_REACH), position)):
            if mention.entity in holders and _acting(text, mention.start, mention.end):
                return mention.entity
        return None

    def inverted_title_holder(self, text: str, start: int, end: int) -> str | None:
        """The person a title after an inverted verb of saying names in `text[start:end]` (`« … », a indiqué
        le secrétaire général lors d’une conférence …` → the holder the text names), or None: the subject of
        that sentence, which a pronoun opening the next refers to (guidelines 2.4)."""
        cue = _INVERTED_CUE_RE.search(text, start, end)
        phrase = self.phrase_at(text, cue.end(), end) if cue is not None else None
        if phrase is None or not NOMINAL_SPEAKER_RE.fullmatch(text, *phrase):
            return None
        return self.resolve(text, *phrase, None)

    def relative_possessor(
        self, text: str, sentence: tuple[int, int], pronoun: int, subject: str
    ) -> str | None:
        """The person other than `subject` that `sentence` names before a relative clause whose possessive
        has the gender of the pronoun at `pronoun` (`General X introduced Ambassador Y who began her speech
        …` before `She emphasized`: Y), or None; English only (French possessives follow the thing owned)."""
        feminine = pronoun_feminine(text, pronoun)
        if feminine is None:
            return None
        for mention in self._within(*sentence):
            relative = _RELATIVE_POSSESSIVE_RE.match(text, mention.end, sentence[1])
            if mention.entity != subject and relative and (relative["own"].lower() == "her") == feminine:
                return mention.entity
        return None

    def _unnamed_subject(self, text: str, start: int, end: int) -> bool:
        """True when a sentence opening in `text[start:end]` has a person the text does not name as subject
        (`UNNAMED_PERSON_SUBJECT_RE`): a later pronoun may be that person's."""
        low, high = (bisect.bisect_left(self._sentence_starts, at) for at in (start, end))
        return any(
            UNNAMED_PERSON_SUBJECT_RE.match(text, opening, min(closing, end))
            and not self._within(opening, min(closing, end))
            for opening, closing in self._sentences[low:high]
        )

    def _other_latter(self, text: str, start: int, end: int, person: str | None) -> bool:
        """True when a sentence opening in `text[start:end]` has a demonstrative subject that is not `person`
        (`Ce dernier a souligné …`, `_latter`): a later pronoun may be that one's."""
        low, high = (bisect.bisect_left(self._sentence_starts, at) for at in (start, end))
        openings = (DEMONSTRATIVE_RE.match(text, a, min(b, end)) for a, b in self._sentences[low:high])
        return any(m is not None and self._latter(text, *m.span()) != person for m in openings)

    def speech_agent(self, text: str, start: int, end: int) -> str | None:
        """The one person `text[start:end]` (a sentence, code points) names, when named as a speech noun's
        speaker (`The meeting began with a briefing by the ISAF Commander, General X, on …`) or as the host
        of a passive of welcoming (`The delegation was welcomed by the Commander, General X.`): the next
        sentence's pronoun refers to them (guidelines 2.4); None otherwise."""
        named = self._within(start, end)
        if len({m.entity for m in named}) != 1:
            return None
        agents = [
            *_SPEECH_BY_RE.finditer(text, start, named[0].start),
            *_WELCOMED_BY_RE.finditer(text, start, named[0].start),
        ]
        for match in agents:
            phrase = self.phrase_at(text, match.end(), end)
            if phrase is not None and phrase[0] == match.end() and phrase[1] in {m.end for m in named}:
                return named[0].entity
        return None

    def second_subject(self, text: str, start: int, end: int, person: str) -> bool:
        """True when `text[start:end]` holds a clause joined by `, and`/`, et`/`, while` whose subject is
        a person other than `person`, named after a rank or nationality only, before a lower-case verb."""
        for joined in _SECOND_CLAUSE_RE.finditer(text, start, end):
            for mention in self._within(joined.end(), min(end, joined.end() + 60)):
                lead = text[joined.end() : mention.start]
                if mention.entity != person and re.fullmatch(r"(?:[A-Z][\w.’'-]*\s+)*", lead):
                    return re.match(r"\s+[a-z]", text[mention.end : end]) is not None
        return False

    def joined_subject(self, text: str, start: int, end: int, person: str) -> bool:
        """True when the subject phrase ending at `start` is joined by `et`/`and` to another person's phrase
        before its verb (`Le secrétaire général et le président X ont passé en revue …`): a singular pronoun
        after that sentence may mean either (guidelines 2.4, coordinated subjects)."""
        joined = _AND_SUBJECT_RE.match(text, start, end)
        phrase = self.phrase_at(text, joined.end(), end) if joined is not None else None
        other = self.resolve(text, *phrase, None) if phrase is not None else None
        return (
            other not in (None, person)
            and phrase is not None
            and bool(_PLURAL_VERB_RE.match(text, phrase[1]))
        )

    def received_by(self, text: str, start: int, person: str) -> bool:
        """True when the attribution at `start` goes on with a participle of accepting or receiving
        (`_RECEIVING_AFTER_RE`: `a-t-il déclaré en acceptant cette récompense`) and the sentence before the
        one holding `start`, in its paragraph, names `person` outside quotation marks (`Le président X a
        remis à M. Y l’Ordre …`): the one who accepts may be that person, not that sentence's subject
        (guidelines 2.4)."""
        sentence = sentence_before(text, start)
        return (
            sentence is not None
            and _RECEIVING_AFTER_RE.match(text, start) is not None
            and any(
                m.entity == person and not quotation_open(text, sentence[0], m.start)
                for m in self._within(*sentence)
            )
        )

    def subject_chain(self, text: str, position: int) -> tuple[bool, str | None]:
        """Walks back over the sentences before the one holding `position` (at most CHAIN_SENTENCES) to
        the nearest whose subject is a person's name, honorific or title (a pronoun subject continues the
        chain): (True, that person) when the sentences between name no other person (the subject's own
        sentence too when it is the one right before), (True, None) when they do or the subject is a body,
        (False, None) when no such sentence is in reach. A credit line
        (`By Sgt. X`, `CREDIT_BEFORE_RE`) is skipped: its writer is never what a pronoun means; so are
        captions when the narrative around them gives a person (`Air Marshal X underscored …` ⏎ a caption
        whose subject is a body ⏎ `He highlighted …, he noted:`: X), else they count (a speaker's label
        line, `Clare X (Special Representative …)` ⏎ `“…” she said`: X)."""
        found = self._chain(text, position, skip_captions=True)
        return found if found[1] is not None else self._chain(text, position, skip_captions=False)

    def _chain(self, text: str, position: int, skip_captions: bool) -> tuple[bool, str | None]:
        """`subject_chain`, over the captions or past them (`skip_captions`)."""
        index = bisect.bisect_right(self._sentence_starts, position) - 1
        feminine = pronoun_feminine(text, position) is True
        own = self._sentences[index][0] if index >= 0 else position
        lead = own if PARTICIPLE_LEAD_RE.fullmatch(text, own, position) else position  # `Prenant …, X, il a`
        for number in range(index - 1, max(-1, index - 1 - CHAIN_SENTENCES), -1):
            start, end = self._sentences[number]
            if skip_captions and self.in_caption(start):
                continue  # a caption between is no part of the narrative (guidelines 2.4)
            latter = DEMONSTRATIVE_RE.match(text, start, end)  # `Ce dernier a souligné`: the latter's
            if latter is not None or self._unnamed_subject(text, start, end):  # `The leader of the aid
                return True, (self._latter(text, *latter.span()) if latter else None)  # association …`
            subject = self.sentence_subject(text, start, end)
            if subject is not None and CREDIT_BEFORE_RE.match(text, start, subject[1]):
                continue  # `By Sgt. X` ⏎ `… especially, Y, the area return leader.` ⏎ `“…,” he`
            if subject is not None and not PRONOUN_RE.fullmatch(text, *subject):
                person = self.resolve(text, *subject, None)
                # a pronoun subject between confirms the chain: the subject's own objects are no referent
                # (`X met President Y … . He urged … . He stressed … . “…,” he said`: X)
                since = end if number < index - 1 else subject[1]
                others = [  # not a name inside the quotation the pronoun attributes (`« … Robin … », a-t-elle`)
                    m
                    for m in self._within(since, lead)
                    if m.entity != person
                    and open_marks(text, own, m.start) <= 0
                    and not (skip_captions and self.in_caption(m.start))  # a caption's persons: no actors
                ]
                if person is None or person in self._org_ids:
                    return True, None
                if any(is_feminine(text, m.start) != (not feminine) for m in others):
                    return True, None  # another person named since, maybe of the pronoun's gender
                return True, person
        return False, None
