"""Which phrase is a sentence's subject: the speaker phrase opening it, or opening it after leads ending
with a comma (`Lors d’une cérémonie …, le secrétaire général a déposé`), after a short English lead
without its comma (`During his speech Brig Gen X told`), or a title with its apposed name after a lead
naming someone (natopress.draft.speakerphrases finds the phrases)."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from natopress.draft.dates import after_dateline
from natopress.draft.lexicon import is_common
from natopress.draft.phrases import (
    APPOSED_RELATIVE,
    APPOSED_VERB_RE,
    APPOSITION_THEN_VERB_RE,
    COMMA_RE,
    CREDIT_BEFORE_RE,
    ENGLISH_PAST,
    LEAD_RE,
    PARTICIPLE_LEAD_RE,
    TITLE_POSSESSOR_RE,
    VERB_AFTER_RE,
    is_feminine,
    sentence_before,
    sentence_or_paragraph_before,
)
from natopress.draft.speakerphrases import PhraseFinder
from natopress.draft.speech import (
    DESCRIBED_PERSON_RE,
    FEMININE_DEMONSTRATIVE_RE,
    NOMINAL_SPEAKER_RE,
    PRONOUN_RE,
    pronoun_feminine,
)

_JOINED_RE = re.compile(r"\s+(?:et|and|ou|or|qui|who|which|dont)(?![\w’'-])")
"""A conjunction or relative after a name: no verb of that name follows (`Pobjeda et Vijesti`)."""
_CLOSED_APPOSITION_VERB_RE = re.compile(
    r"(?:\s+of\s+the\s+[A-Za-z][\w’'-]*(?:\s+[A-Za-z][\w’'-]*){0,3})?"
    r",\s+(?!(?:la|le|les|the|and|et|qui|who|which|dont|a(?!\s+[a-zà-ÿ]+(?:é|u|i|is|it|ert|int)(?![\w’'-]))|an|un|une)"
    r"(?![\w’'-]))[a-zà-ÿ]"
)
"""The comma closing a title's apposed name, maybe after its service (`…, Major General X of the Italian
army, added`), then its verb (`the Force Commander, Maj. Gen. X, gave`, `…, David van Weel, a tenu à`;
not the article of `…, X, a former minister`)."""
_COMMA_THEN_VERB_RE = re.compile(
    rf",\s+(?:(?:also\s+|then\s+|later\s+)?{ENGLISH_PAST}"
    r"|(?:a|ont)\s+(?:(?:ensuite|également|aussi|alors|enfin|quant\s+à\s+lui|pour\s+sa\s+part)\s+)?[a-zà-ÿ]+[éiu]e?s?)"
    r"(?![\w’'-])"
)
"""A comma closing a name set off after a lead, then its verb (`The doctor on board the ship, Lieutenant
Commander X, stated`, `At the ceremony, Governor X, expressed`, `Leur partenaire géorgien, le général X, a
ensuite expliqué`)."""


_RELATIVE_THEN_VERB_RE = re.compile(rf"{APPOSED_RELATIVE},\s+(?=[a-z]{{3,}}ed\s)")
"""A relative clause set off by commas after a name, then the subject's past verb (`X, who was already acting
commander since 8 months, expressed …`)."""


def _participle_opening(text: str, start: int, end: int) -> bool:
    """True when the sentence `[start, end)` opens with an English participle's clause of four words or more
    up to a comma (`Welcoming US President Joe Biden at the NATO Summit …, Secretary General X thanked`): its
    capitalised participle opens no speaker phrase; a surname in `-ing` does (`Manning, the
    spokesperson,`)."""
    lead = PARTICIPLE_LEAD_RE.match(text, start, end)
    if lead is None:
        return False
    words = text[lead.start() : lead.end()].split()
    return words[0].endswith("ing") and is_common(words[0]) and len(words) >= 4


_DESCRIPTION_LEAD_RE = re.compile(
    r"(?:(?:The|An?)\s+)?(?:[A-Z][\w’'-]*\s+){0,2}(?:[a-z][\w’'-]*\s+)?"
    r"(?:pilot|officer|commander|spokes(?:man|woman|person)|soldier|instructor|expert|engineer|sailor|airman|medic"
    r"|adviser|advisor|analyst|specialist|technician|controller|navigator|planner|student|participant|veteran)s?\s+"
    rf"|{TITLE_POSSESSOR_RE.pattern}"
)
"""Words describing the person named next, opening the sentence without a comma (`RAF pilot Flight Lieutenant
X has been`, `Italian air traffic controller Captain X said`), or a body's possessive (`NATO’s X spoke`): the
name is the subject."""
BARE_LEAD_RE = re.compile(
    r"(?:During|In|At|After|Following|Before|Throughout|Upon|On)\s+(?:(?!(?:to|in)\s+[A-Z])[a-z’'-]+\s+){1,6}"
    r"(?:(?:to|in)\s+[A-Z][\w’'-]+\s+)?(?:on\s+[A-Z][a-z]+day\s+)?(?:\([^()\n]{1,30}\)\s+)?"
)
_LEAD_LINK_RE = re.compile(r"(?:of|with|by|to|for|from|and|or|the|a|an|his|her|their|its)\s+\Z")


def bare_lead(text: str, start: int, end: int) -> int | None:
    """The end of a short English lead without its comma opening a sentence (`During his speech Brig Gen
    X told …`): a preposition of time or place and one to six lower-case words, maybe then a place, a
    weekday and a bracketed date (`In a visit to Denmark on Monday (20 April 2015) NATO Secretary General X
    commended`), the last word no preposition, article or possessive (the words after it would be its complement: `During a meeting with General X`);
    None otherwise."""
    lead = BARE_LEAD_RE.match(text, start, end)
    if lead is None or _LEAD_LINK_RE.search(text, lead.start(), lead.end()):
        return None
    return lead.end()


_LEAD_THEN_PRONOUN_RE = re.compile(
    BARE_LEAD_RE.pattern.replace("{1,6}", "{1,6}?") + r"(?P<pronoun>he|she)(?=\s)"
)
"""A short lead without its comma (`BARE_LEAD_RE`, its words taken as few as may be), then a subject pronoun
(`In a brief address to the media he paid`)."""
_PRESENT_WAS_RE = re.compile(
    r"(?:Also\s+)?(?:present|in\s+attendance|attending|on\s+hand|presiding\s+over\s+the\s+[\w-]+)"
    r"(?:\s+(?:at|for)\s+the\s+[\w-]+)?\s+was\s+(?:also\s+)?"
)
"""A presence stated with its subject after the verb (`Also in attendance was …`, `Presiding over the
ceremony was …`): the one person named after it, closing the sentence, is its subject."""
_MORE_LEADS = 5
"""How many comma-ended chunks after a lead naming someone may precede a titled subject."""


_PARTICIPLE_OPENING_RE = re.compile(
    r"\s*(?:(?!(?:During|Following|Regarding|Concerning|Including|Considering|According|Morning|Evening)\s)"
    r"[A-Z][a-z]+ing|En\s+[a-zà-ÿ]+ant)\s"
)
"""A participle opening a sentence (`Thanking`, `En remerciant`; not a preposition, `During`): a name after
it, before any comma, is its object."""


class SubjectFinder(PhraseFinder):
    """`PhraseFinder` with the subject of a sentence, and the text's sentences (`use_sentences`)."""

    _sentences: Sequence[tuple[int, int]] = ()
    _sentence_starts: Sequence[int] = ()
    _captions: Sequence[tuple[int, int]] = ()
    title_span: tuple[int, int] | None = None

    def use_sentences(self, sentences: Sequence[tuple[int, int]]) -> None:
        """The text's sentences (sorted code-point ranges), for pronouns resolved across paragraphs."""
        self._sentences = list(sentences)
        self._sentence_starts = [start for start, _ in self._sentences]

    def use_captions(self, captions: Sequence[tuple[int, int]]) -> None:
        """The text's caption segments (code-point ranges): no sentence of the narrative before a pronoun."""
        self._captions = list(captions)

    def use_title(self, title: tuple[int, int] | None) -> None:
        """The release's title segment (code points), when the segmenter found one (`title_span`)."""
        self.title_span = title

    def in_caption(self, position: int) -> bool:
        """True when `position` (code points) lies in one of the text's caption segments."""
        return any(start <= position < end for start, end in self._captions)

    def narrative_sentence_before(self, text: str, position: int) -> tuple[int, int] | None:
        """`phrases.sentence_or_paragraph_before`, past the captions between (`… a déclaré le secrétaire
        général.` ⏎ `The Prime Minister of Greece, X and NATO Secretary General Y` ⏎ `Il a expliqué`: the
        sentence before the caption)."""
        sentence = sentence_or_paragraph_before(text, position)
        while sentence is not None and self.in_caption(sentence[0]):
            sentence = sentence_or_paragraph_before(text, text.rfind("\n", 0, sentence[0]) + 1)
        return sentence

    def sole_named_before(self, text: str, position: int) -> str | None:
        """The one person the sentence before the one holding the pronoun at `position` names, in its
        paragraph, unless the pronoun has the other gender (`The event started with remarks by General X.
        He noted that`: X); None when that sentence names none or several."""
        sentence = sentence_before(text, position)
        named = self._within(*sentence) if sentence is not None else []
        if len({m.entity for m in named}) != 1:
            return None
        wanted, gender = pronoun_feminine(text, position), is_feminine(text, named[0].start)
        return None if None not in (wanted, gender) and wanted != gender else named[0].entity

    def only_person_before(self, text: str, position: int) -> str | None:
        """The one person the text names before `position`, a credit aside (`by Maj. X`); None when it names
        several (never merely the last person named), or when the sentence before describes an unnamed one
        (`This is the story of Ghina, a 9 years old Syrian girl …. She said that`: `DESCRIBED_PERSON_RE`)."""
        before = sentence_before(text, position)
        if before is not None and DESCRIBED_PERSON_RE.search(text, *before):
            return None
        credit = CREDIT_BEFORE_RE.match
        named = {m.entity for m in self._person_mentions if m.end <= position}
        named -= {
            m.entity for m in self._person_mentions if credit(text, text.rfind("\n", 0, m.start) + 1, m.start)
        }
        return named.pop() if len(named) == 1 else None

    def _latter(self, text: str, start: int, end: int) -> str | None:
        """The person the demonstrative `text[start:end]` refers to (`…, Mme X, lauréate du prix. Celle-ci a
        souligné`): the last person named in its sentence or the one before, unless the honorific before
        that name gives the other gender (`celle-ci` and `cette dernière` are feminine, `celui-ci` and `ce
        dernier` masculine, `the latter` either); None when no person is named there, or only the subject
        opening the sentence before."""
        phrase = text[start:end].lower()
        wanted = None if phrase.startswith("the") else bool(FEMININE_DEMONSTRATIVE_RE.fullmatch(phrase))
        index = bisect.bisect_right(self._sentence_starts, start) - 1
        floor = self._sentences[index - 1][0] if index > 0 else 0
        named = [m for m in self._person_mentions if floor <= m.start and m.end <= start]
        if not named or (index > 0 and named[-1].start == floor):
            return None  # the subject before (`Le Secrétaire général a ajouté … du Président. Ce dernier`)
        gender = is_feminine(text, named[-1].start)
        return None if None not in (wanted, gender) and gender != wanted else named[-1].entity

    def named_subject_before(self, text: str, start: int, position: int) -> tuple[int, int] | None:
        """`sentence_subject` of the sentence opening at `start`, for a pronoun at `position`: None when it
        is a pronoun, or a lead's object right before the pronoun (`Welcoming General X, he added`: the
        pronoun is the subject, not X), or the object of a participle opening the sentence with no comma
        between (`Thanking Admiral X for his support he said`)."""
        subject = self.sentence_subject(text, start, position)
        if (
            subject is None
            or PRONOUN_RE.fullmatch(text, *subject)
            or not text[subject[1] : position].strip(", ")
            or (_PARTICIPLE_OPENING_RE.match(text, start) is not None and "," not in text[start : subject[0]])
        ):
            return None  # `Thanking Admiral X for his support he said`: X is the participle's object
        return subject

    def _after_bare_lead(self, text: str, start: int, end: int) -> tuple[int, int] | None:
        """The subject after a short English lead without its comma (`phrases.bare_lead`): a named person or
        a pronoun, then its verb or an apposition and its verb; else None."""
        pronoun = _LEAD_THEN_PRONOUN_RE.match(text, start, end)  # `In a brief address he paid tribute`
        if pronoun is not None and VERB_AFTER_RE.match(text, pronoun.end("pronoun")):
            return pronoun.span("pronoun")
        after = bare_lead(text, start, end)
        named = self.phrase_at(text, after, end) if after is not None else None
        if named is None or not (self._within(*named) or PRONOUN_RE.fullmatch(text, *named)):
            return None
        verb = (
            VERB_AFTER_RE.match(text, named[1])
            or APPOSITION_THEN_VERB_RE.match(text, named[1])
            or _RELATIVE_THEN_VERB_RE.match(text, named[1])  # `During his speech Major X, who was already
        )  # acting commander, expressed his gratitude`
        return named if verb else None

    def sentence_subject(self, text: str, start: int, end: int) -> tuple[int, int] | None:
        """The speaker phrase opening the sentence `[start, end)`, or opening it after a lead ending with a
        comma (`Lors d’une cérémonie …, le secrétaire général a déposé`), after a dateline (`Rome, le 3 mai
        2021 –`, `KABUL,
        Afghanistan - In a statement today, X, the ISAF Spokesperson, reinforced`), or after words describing
        the person named (`RAF pilot Flight Lieutenant X has been`: X, not the body `RAF`)."""
        after = after_dateline(text, start, end)
        if not self._within(start, after):
            start = after
        described = _DESCRIPTION_LEAD_RE.match(text, start, end)  # `RAF pilot Flight Lieutenant X has been`
        named = self.phrase_at(text, described.end(), end) if described is not None else None
        if named is not None and self._within(*named) and VERB_AFTER_RE.match(text, named[1]):
            return named
        present = _PRESENT_WAS_RE.match(text, start, end)  # `Also in attendance was the Chief …, Admiral X.`
        persons = self._within(present.end(), end) if present is not None else []
        if len(persons) == 1 and re.fullmatch(r"[\s.]*", text[persons[0].end : end]):
            return persons[0].start, persons[0].end
        phrase = None if _participle_opening(text, start, end) else self.phrase_at(text, start, end)
        if phrase is None:
            # `During his speech Brig Gen X told`, `In a brief address he paid tribute`: a named subject or a
            # pronoun and its verb, maybe with a title set off before it (`During his remarks General X, the
            # Commander, recounted`)
            named = self._after_bare_lead(text, start, end)
            if named is not None:
                return named
            lead = LEAD_RE.match(text, start, end)
            if lead is None:
                return None
            if self._within(*lead.span()):  # `… a meeting with Mr Varga, the Minister of Defence.`
                return self._titled_subject(text, lead.end(), end)
            phrase = self.phrase_at(text, lead.end(), end)
            if (
                phrase is None
                or not (  # the verb may stand past `end` (`_subject` ends before it)
                    VERB_AFTER_RE.match(text, phrase[1])
                    or (
                        "," in text[phrase[0] : phrase[1]]
                        and _CLOSED_APPOSITION_VERB_RE.match(text, phrase[1])
                    )
                    or APPOSED_VERB_RE.match(text, phrase[1])
                    or (
                        self._within(*phrase)
                        and (
                            APPOSITION_THEN_VERB_RE.match(text, phrase[1])
                            or _COMMA_THEN_VERB_RE.match(text, phrase[1])  # `At the ceremony, X, expressed`
                        )
                    )
                )
            ):  # `Lors d’une conférence avec le premier ministre, X, le secrétaire général Y s’est félicité`,
                return self._titled_subject(text, lead.end(), end)  # `Ce mercredi, s’exprimant …, le …`
        return phrase

    def _titled_subject(self, text: str, position: int, end: int) -> tuple[int, int] | None:
        """After a lead that names someone (`Après avoir rencontré la présidente, Salomé Z., `), the first
        phrase within the next commas that a name in apposition and a verb follow (`la secrétaire générale
        déléguée de l’OTAN, Rose Gottemoeller, a remercié`): the subject, title and name; None otherwise
        (the phrase after the lead may be the apposition of the name in it)."""
        apposed_title = False
        for _ in range(_MORE_LEADS):
            phrase = self.phrase_at(text, position, end)
            apposed = APPOSED_VERB_RE.match(text, phrase[1], end) if phrase is not None else None
            named = self._within(phrase[1], apposed.end()) if phrase is not None and apposed else []
            if phrase is not None and len(named) == 1:
                return phrase[0], named[0].end  # the title and its name: the name resolves
            if (
                phrase is not None
                and (
                    NOMINAL_SPEAKER_RE.fullmatch(text, *phrase)
                    or self._within(*phrase)
                    or PRONOUN_RE.fullmatch(text, *phrase)  # `During his meetings with President Y, he
                )  # underlined …, stressing that`: the pronoun, resolved later, not Y
                and (
                    # the verb may stand past `end`, as in `sentence_subject`
                    (VERB_AFTER_RE.match(text, phrase[1]) and not _JOINED_RE.match(text, phrase[1], end))
                    or (  # `…, killed, Secretary General, X, said:`: a title, its apposed name, the verb
                        "," in text[phrase[0] : phrase[1]]
                        and _CLOSED_APPOSITION_VERB_RE.match(text, phrase[1])
                    )
                    or (
                        self._within(*phrase)
                        and (
                            APPOSITION_THEN_VERB_RE.match(text, phrase[1], end)
                            or (apposed_title and _COMMA_THEN_VERB_RE.match(text, phrase[1], end))
                        )
                    )
                )
            ):  # `During the roundtable, Ambassador X, Assistant Secretary General of …, highlighted`
                return (
                    phrase  # `Lors d’entretiens avec X, le secrétaire général a félicité`: its verb follows
                )
            apposed_title = (  # `The Guest of Honour, the Deputy Director …, Ambassador X, addressed`; not
                phrase is not None  # `The meeting with the Minister, X, focused`
                and NOMINAL_SPEAKER_RE.match(text, *phrase) is not None
                and re.search(r",\s*\Z", text[max(0, phrase[0] - 3) : phrase[0]]) is not None
            )
            after = phrase[1] if phrase is not None else position  # past a phrase's `M.`
            lead = COMMA_RE.match(text, after, end) or LEAD_RE.match(text, after, end)
            if lead is None:
                return None
            position = lead.end()
        return None
