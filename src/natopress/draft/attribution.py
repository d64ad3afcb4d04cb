"""Where a quotation's cue and speaker are: after its closing mark (`», a déclaré M. X`), before its opening
mark (`He added: “`), or inside the marks (`« A, a déclaré M. X, b »`)."""

from __future__ import annotations

import bisect
import re

from natopress.draft.afterquote import thus_attribution
from natopress.draft.candidates import QuoteCandidate
from natopress.draft.commas import OPENING_TITLE_RE
from natopress.draft.comparative import as_lead
from natopress.draft.namewords import TITLE_RE
from natopress.draft.nonspeech import cue_after_apposition
from natopress.draft.pairing import cut_pronoun
from natopress.draft.phrases import ASIDE_RE, ATTRIBUTION_TAIL_RE, COMMA_RE, VERB_IN_PHRASE_RE, WHERE_OR_WHEN
from natopress.draft.reported import VERB_NEXT_RE, ReportedFinder
from natopress.draft.resuming import CUE_TO_MARK_RE, leads_next, narrative_rest
from natopress.draft.speech import (
    CUE_AFTER_ELISION_RE,
    CUE_RE,
    INFINITIVE_CUE_RE,
    INVERTED_PRONOUN_RE,
    LEAD_CUE_RE,
    TITLE_PHRASE_RE,
)
from natopress.draft.subjects import conjoined_subject
from natopress.text.marks import Pair
from natopress.text.sentences import Range, trim

_LEAD_AFTER_MARK_RE = re.compile(
    r"\s*(?:,(?:\s*[-–—](?=\s))?|[-–—](?=\s)|\.(?=[^\S\n]+(?-i:[a-zà-ÿ])))?\s*(?:\([^()\n]{1,40}\)\s*)?"
    r"(?:comme\s+l['’]\s*|(?-i:as)\s+(?=(?-i:[A-Z]|(?:the|he|she)\s)))?"
    r"(?-i:(?!only\s)(?:[a-z]{3,}ly|also)\s+)?",
    re.IGNORECASE,
)
"""What stands between a closing mark and its cue: a comma (maybe with a dash, `”, – Colonel X, …, said`) or a
dash (`” – said General X`; the matching spelling makes every dash a hyphen), a full stop before a lower-case
cue (`”. said General X`), an aside in brackets (`,” (translated from French) said Mr. X`), `comme l’` (`»,
comme l’explique M. X`) or `as` (`,” as Admiral X said earlier`), an adverb (`,” recently shared General X`)."""
_ASKED_RE = re.compile(rf"{CUE_RE.pattern}|(?:asks|asked|demande|a\s+demandé)(?![\w’'-])", re.IGNORECASE)
"""A cue, or a verb of asking, right after a question's closing mark (`“Who needs …?” asks the medic, Capt. X`)."""
_SUBJECT_TO_CUE_RE = re.compile(
    r"\s*,?\s+(?:(?:also|again|further|later|then|once\s+again|however|[a-z]{3,}ly)\s+)?"
)
"""What may stand between a subject and its cue after a quotation: `he also said`, `Mr X later added`,
`Petty Officer X happily states`, the comma closing an apposed name (`the Minister of Y, X, said`)."""
_ACRONYM_RANK_RE = re.compile(r"\s+[A-Z][A-Z\d]{1,9}\s+(?:[A-Z][\w.’'-]*\s+){1,3}")
"""A title's acronym and a rank between the title and the name (`Commander SNMG1 Commodore X said`)."""
_TITLE_LED_REACH = 200
"""How far after a quotation an attribution opening on a title may name its speaker (code points)."""
_ATTRIBUTION_VERB_RE = re.compile(r"(?:\s+[a-z]{3,}ly)?\s+(?P<verb>[a-z]{3,}(?:s|ed))(?=\s*[.;]|\s*$)")
"""A verb ending the sentence right after the name that follows a quotation (`“…,” Petty Officer X happily
states.`): that quotation's cue, whatever the verb."""
_INVERTED_VERB_RE = re.compile(r"(?P<verb>[a-z]{3,}(?:ed|s))\s+(?=(?:the\s+)?[A-Z])")
"""A verb right after a quotation's comma, before a capitalised speaker phrase (`“…,” recognized the General`,
`“…,” quipped Colonel X`): that quotation's cue, whatever the verb, when the phrase names a person and
ends the sentence (`_inverted_any`)."""
_UNNAMED_SAID_RE = re.compile(
    r"(?:one|some|several|many|a|an|another)\s+(?:of\s+the\s+)?[a-z][\w’'-]*(?:\s+[a-z][\w’'-]*){0,3}?"
    r"\s+(?P<cue>said|added|explained|noted|stated)(?=\s*[.,;])"
)
"""An attribution to a person the text describes in lower-case words without naming (`“…,” one of the
organizers said.`): the quotation's cue, no speaker, and no continuation of the quote before."""
_CUE_REACH = 300
"""How far before an opening mark a cue right before it may start (code points): a cue and the few words
`CUE_TO_MARK_RE` allows after it are far shorter, and a sentence-long scan per mark was quadratic."""
_ADVERBIAL_OPENER_RE = re.compile(rf"(?P<comma>\s*,)?\s+{WHERE_OR_WHEN}(?![\w’'-])", re.IGNORECASE)
"""The first word of when or where something was said, right after a cue (`a déclaré à l'issue de`), maybe
after a comma (`a déclaré, après la réunion, le général X`)."""
_ADVERBIAL_CLOSE_RE = re.compile(r"[^,;:.«»“”\"\n]{1,60},\s*")
"""The rest of an adverbial set between commas, with its closing comma."""
_ADVERBIAL_REACH = 60
"""How far after its first word an adverbial between a cue and its subject may run (code points)."""
_ATTRIBUTION_STOP_RE = re.compile(r"(?:\s*,[^,.;:«»“”\"\n]{1,80}?)?\.\s+(?=[A-ZÀ-Ý])")
"""The end of an attribution set as its own sentence inside the marks, maybe after an apposition."""
_DASH_BEFORE_RE = re.compile(r"[^\S\n]+[-–—][^\S\n]+(?=(?:(?![^\S\n][-–—][^\S\n])[^«»“”\"\n]){0,160}\Z)")
"""The dash opening an attribution set between dashes inside the marks (`"A – COMKFOR added – b"`; the
matching spelling makes every dash a hyphen), no other spaced dash after it."""
_TITLE_BEFORE_RE = re.compile(r"(?:(?:(?:the|le|la|l['’])\s*)?[A-ZÀ-Ý][^,;:«»“”\"\n]{0,60},\s+)?")
"""A title apposed before a name (`the Corps Chief of Staff, `), or nothing."""
_APPOSED_RE = re.compile(r"(?:,[^,;:«»“”\"\n]{1,80})?")
"""A title in apposition after a name (`, the Commander Multinational Corps Northeast`), or nothing."""
_DASH_AFTER_RE = re.compile(r"(?:\s*,[^,.;:«»“”\"\n]{1,80}?)?[.,]?[^\S\n]+[-–—][^\S\n]+")
"""The dash closing it, maybe after the speaker's title in apposition or a full stop (`"A! – General X,
the Commander, stated. – B"`)."""


AND_AFTER_QUOTE_RE = re.compile(r"[”»\"][^«»“”\"]{1,80}\s(?:and|et)\s+(?:also\s+|aussi\s+)?\Z")
"""A second verb of saying after the attribution of a quotation in the same sentence (`“…,” he said and
added: “`, `…”, said JFTC Commander and added: “`): the same speaker."""


class AttributionFinder(ReportedFinder):
    """The cue and speaker mention of each quotation mark pair, for `quotes._Finder`."""

    def _cue_after(self, close: int, limit: int, leading: bool = False) -> tuple[Range | None, Range | None]:
        """Cue and speaker mention after a closing mark: `», a déclaré le secrétaire général`; none when
        they introduce the next quotation (`He added: “`), except the subject for a `leading` participle."""
        early = thus_attribution(self.text, self.resolver, close, limit) or cut_pronoun(self.text, close)
        if early is not None:  # `« … ». Ainsi s’est exprimé X`; `« … », a-t-il d`: the excerpt's end cuts
            return early
        lead = _LEAD_AFTER_MARK_RE.match(self.text, close + 1, limit)  # `” – said General X`
        if lead is None:
            return None, None
        last = trim(self.text, 0, close)[1] - 1
        if (
            last >= 0
            and self.text[last] in ".…"
            and not re.search(r"[,–—-]", lead.group())  # `“… upon us.” – General X, …, said`
            and not self.text[lead.end() : lead.end() + 1].islower()
            and not self._attribution_sentence(lead.end(), limit)
        ):
            return None, None  # `“We are ready.” He added: “…”`: the sentence ended inside the marks (not
            # before a lower-case cue: `“… operations.” said Commodore X`)
        found: tuple[Range | None, Range | None] = (None, None)
        elided = lead.group().rstrip().endswith(("’", "'"))  # `», comme l’explique M. X`
        asked = _ASKED_RE if self.text[last : last + 1] == "?" else CUE_RE  # `“…?” asks the medic, Capt. X`
        cue = (CUE_AFTER_ELISION_RE if elided else asked).match(self.text, lead.end(), limit)
        if cue is not None:
            pronoun = INVERTED_PRONOUN_RE.search(self.text, cue.start(), cue.end())
            if pronoun is not None:
                found = cue.span(), pronoun.span("pronoun")
            else:
                phrase = self.resolver.phrase_after_cue(self.text, cue.end(), limit)
                found = cue.span(), phrase or self._after_adverbial(cue.end(), limit)
        elif (inverted := self._inverted_any(close, lead.end(), limit)) is not None:
            found = inverted
        else:
            subject = self.resolver.phrase_at(self.text, lead.end(), limit)
            if subject is not None:
                aside = ASIDE_RE.match(self.text, subject[1], limit)  # `X (US Navy), Commander of Y said`
                cue = self._cue_at(subject[1], limit) or (aside and self._cue_at(aside.end(), limit))
                cue = cue or cue_after_apposition(self.text, aside.end() if aside else subject[1], limit)
                verb = _ATTRIBUTION_VERB_RE.match(self.text, subject[1], limit)  # `X happily states.`
                if cue is not None:
                    found = cue.span(), self._apposed_name(subject, cue.start())
                elif verb is not None and self.resolver.persons_within(*subject):
                    found = verb.span("verb"), subject
            found = found if found[0] is not None else self._title_led(lead.end(), limit) or found
        if found[0] is not None:
            end = max(found[0][1], found[1][1] if found[1] else 0)
            if leads_next(self.text, last, lead.group(), end, limit):  # `He added: “…”`: the next one's
                return None, found[1] if leading else None
        return found

    def _cue_at(self, start: int, limit: int) -> re.Match[str] | None:
        """The cue after a subject, or after its aside in brackets, ending at `start`: past a comma or an
        adverb (`_SUBJECT_TO_CUE_RE`)."""
        gap = _SUBJECT_TO_CUE_RE.match(self.text, start, limit)
        return CUE_RE.match(self.text, gap.end(), limit) if gap is not None else None

    def _title_led(self, start: int, limit: int) -> tuple[Range, Range] | None:
        """Cue and speaker phrase of an attribution after a quotation that a title opens, its holder's name
        after a comma and the cue right after the name (`“…”, Deputy Commander of the second Battalion from
        the First Brigade, Major X said.`), or with no comma when the title's pattern runs on into the name
        (`"…," Commander of the Estonian Navy Commodore X said.`) or an acronym and a rank stand between
        (`Commander SNMG1 Commodore X said`, `_ACRONYM_RANK_RE`): the title's words hold no verb and no
        stop, the name is the first person named after `start`; None otherwise."""
        title = TITLE_RE.match(self.text, start, limit)
        named = self.resolver.persons_within(start, min(limit, start + _TITLE_LED_REACH))
        if title is None or not named:
            return None
        name = named[0]
        runs_into = title.end() > name.start  # the title's pattern took the name too
        words = self.text[start if runs_into else title.end() : name.start]
        space = re.compile(r"\s+").match(self.text, name.end, limit)
        cue = CUE_RE.match(self.text, space.end(), limit) if space is not None else None
        if (
            cue is None
            or ("," not in words and not runs_into and not _ACRONYM_RANK_RE.fullmatch(words))
            or re.search(r"[.;:!?«»“”\"]", words)
            or VERB_IN_PHRASE_RE.search(words)
        ):
            return None
        return cue.span(), (start, name.end)

    def _apposed_name(self, subject: Range, cue: int) -> Range:
        """The subject phrase before the cue at `cue`: `subject`, or, when it is a bare title and the words
        set after it end with one person's name right before the cue, the title through that name
        (`“…,” Commander, Allied Maritime Command (MARCOM) Vice Admiral X said`); not when a verb comes
        between (`The Commander, who met Colonel X said`)."""
        if self.resolver.persons_within(*subject):
            return subject
        named = self.resolver.persons_within(subject[1], cue)
        if (
            len(named) == 1
            and not self.text[named[0].end : cue].strip()
            and not VERB_IN_PHRASE_RE.search(self.text, subject[1], named[0].start)
            and not re.search(r"[.;:!?«»“”\"]", self.text[subject[1] : named[0].start])
        ):
            return subject[0], named[0].end
        return subject

    def _inverted_any(self, close: int, start: int, limit: int) -> tuple[Range, Range | None] | None:
        """Cue and speaker phrase of an inverted attribution with a verb the cue words lack, after the
        quotation's comma (`“…,” recognized the General.`, `_INVERTED_VERB_RE`): the phrase must name one
        person of the text and end its sentence or clause; or the cue alone of an attribution to a person
        the text does not name (`“…,” one of the organizers said.`, `_UNNAMED_SAID_RE`); else None."""
        if "," not in self.text[close - 1 : start]:
            return None
        unnamed = _UNNAMED_SAID_RE.match(self.text, start, limit)
        if unnamed is not None:
            return unnamed.span("cue"), None
        verb = _INVERTED_VERB_RE.match(self.text, start, limit)
        phrase = self.resolver.phrase_after_cue(self.text, verb.end(), limit) if verb is not None else None
        if verb is None or phrase is None or not re.match(r"\s*(?:[.,;]|$)", self.text[phrase[1] : limit]):
            return None
        person = self.resolver.resolve(self.text, *phrase, None)
        if person is None or all(m.entity != person for m in self.resolver.persons_within(0, len(self.text))):
            return None
        return verb.span("verb"), phrase

    def _attribution_sentence(self, start: int, limit: int) -> bool:
        """True when the sentence at `start` only attributes the quotation before it: a person's name, maybe
        an apposition, and a verb of saying ending the sentence (`“… families.” Gen X, the ISAF
        Spokesman said.`), or the verb first (`“… support.” Explained General Manager X.`)."""
        first = CUE_RE.match(self.text, start, limit)  # `“… support.” Explained General Manager X.`
        named = self.resolver.phrase_after_cue(self.text, first.end(), limit) if first is not None else None
        if named is not None and self.resolver.persons_within(*named):
            return re.match(r"\s*(?:[.!]|$)", self.text[named[1] : limit]) is not None
        subject = self.resolver.phrase_at(self.text, start, limit)
        if subject is None or not self.resolver.persons_within(*subject):
            return False
        cue = cue_after_apposition(self.text, subject[1], limit) or CUE_RE.match(
            self.text, trim(self.text, subject[1], limit)[0], limit
        )
        return cue is not None and re.match(r"\s*(?:[.!]|$)", self.text[cue.end() : limit]) is not None

    def _cue_before(self, sentence_start: int, opening: int) -> tuple[Range | None, Range | None, bool]:
        """Cue and speaker mention before an opening mark: `le secrétaire général a ajouté : «`, an inverted
        pronoun (`Car, a-t-il affirmé, «`); an infinitive or participle cue (`avant d’ajouter : «`, `,
        adding: “`) takes the sentence's speaker; else a comparative clause's (`Ainsi que l’a dit X, titre :`)."""
        for pattern, infinitive in ((CUE_RE, False), (INFINITIVE_CUE_RE, True), (LEAD_CUE_RE, True)):
            matches = [
                m
                for m in pattern.finditer(self.text, max(sentence_start, opening - _CUE_REACH), opening)
                if CUE_TO_MARK_RE.fullmatch(self.text, m.end(), opening)
            ]
            if matches:
                cue = matches[-1]
                head = (self.text, sentence_start, cue.start())  # the sentence up to the cue
                if infinitive:  # the sentence's subject when it opens it (`Il est revenu …, évoquant`)
                    subject = self.resolver.phrase_at(*head) or self.resolver.sentence_subject(*head)
                    return cue.span(), subject, subject is None
                pronoun = INVERTED_PRONOUN_RE.search(self.text, *cue.span())  # `Car, a-t-il affirmé, « …`
                mention = pronoun.span("pronoun") if pronoun else None
                mention = mention or self.resolver.phrase_before(*head)
                mention = mention or conjoined_subject(self.text, self.resolver, sentence_start, cue.span())
                inherits = mention is None and AND_AFTER_QUOTE_RE.search(*head)
                return cue.span(), mention, bool(inherits)  # `X acknowledged the progress and emphasised: “`;
                # `“…,” he said and added: “`: the quote before's speaker
        return (*as_lead(self.text, self.resolver, sentence_start, opening), False)

    def _after_adverbial(self, position: int, limit: int) -> Range | None:
        """The speaker phrase after when or where the words were said, between the cue and the subject
        (`», a déclaré à l'issue de la réunion le secrétaire général`, `a indiqué ce mardi (23 juin 2020)
        Mme X`): the first phrase naming a person within `_ADVERBIAL_REACH` code points; None otherwise."""
        opener = _ADVERBIAL_OPENER_RE.match(self.text, position, limit)
        if opener is None:
            return None
        if opener["comma"]:  # `a déclaré, après la réunion, le général X`: the phrase after its comma
            closing = _ADVERBIAL_CLOSE_RE.match(self.text, opener.end(), limit)
            phrase = self.resolver.phrase_at(self.text, closing.end(), limit) if closing else None
            resolved = phrase is not None and self.resolver.resolve(self.text, *phrase, None) is not None
            return phrase if resolved else None
        reach = min(limit, opener.end() + _ADVERBIAL_REACH)
        for gap in re.finditer(r"\s+", self.text[opener.end() : reach]):
            if re.search(r"[,;:.«»“”\"\n]", self.text[opener.end() : opener.end() + gap.start()]):
                return None
            phrase = self.resolver.phrase_at(self.text, opener.end() + gap.end(), limit)
            if phrase is not None and self.resolver.resolve(self.text, *phrase, None) is not None:
                return phrase
            if phrase is not None and TITLE_PHRASE_RE.match(self.text, *phrase):
                return phrase  # `a déclaré lors d’une conférence de presse le Secrétaire général de
                # l’OTAN.`: the title, whoever holds it (never `l’OTAN` inside it)
        return None

    def fronted_subject(self, sentence_start: int, cue: Range, close: int) -> Range | None:
        """For a participle opening its sentence before a quotation (`Qualifiant la Croatie d’« Allié
        fidèle », M. X a remercié`, `Underscoring that “…,” Mr X thanked`): the subject of the main clause
        after the closing mark, maybe a complement (`d’« essentiel » pour l’Alliance, M. X a …`) and a comma,
        when its verb follows; None otherwise."""
        if not LEAD_CUE_RE.fullmatch(self.text, *cue) or self.text[sentence_start : cue[0]].strip():
            return None
        comma = re.compile(r"[^,;:.!?«»“”\"\n]{0,60},\s*").match(self.text, close + 1)  # `« … » pour Y, M. X`
        if comma is None and self.text[close - 1] == ",":  # `“…,” Mr X`
            comma = re.compile(r"\s+").match(self.text, close + 1)
        if comma is None:
            return None
        phrase = self.resolver.phrase_at(self.text, comma.end(), len(self.text))
        if phrase is None or not VERB_NEXT_RE.match(self.text, phrase[1]):
            return None
        return phrase

    def _interruption(self, start: int, end: int) -> tuple[int, int, Range, Range | None] | None:
        """An attribution inside the marks (`« A, a déclaré M. X, b »`, with where or when: `« A, a-t-il
        déclaré lors de …, et b »`, or ending its sentence: `« A, a ajouté le professeur X, directeur général
        du DIANA. B »`), or set between dashes (`_dash_interruption`): end of the first part, start of the
        second, cue and speaker mention; None when there is none."""
        for cue in CUE_RE.finditer(self.text, start, end):
            dashed = self._dash_interruption(start, end, cue.span())
            if dashed is not None:
                return dashed
            comma = re.search(r",\s*$", self.text[start : cue.start()])
            if comma is None or comma.start() == 0:
                named = self._named_interruption(start, end, cue.span())  # `“A, Gen. X said, b”`
                if named is not None:
                    return named
                continue
            pronoun = INVERTED_PRONOUN_RE.search(self.text, cue.start(), cue.end())
            mention = (
                pronoun.span("pronoun") if pronoun else self.resolver.phrase_at(self.text, cue.end(), end)
            )
            at = cue.end() if pronoun or mention is None else mention[1]
            setting = _ADVERBIAL_OPENER_RE.match(self.text, at)  # `a-t-il déclaré lors de …, b`
            after = (
                _ATTRIBUTION_STOP_RE.match(self.text, at)
                or COMMA_RE.match(self.text, at)
                or (_ADVERBIAL_CLOSE_RE.match(self.text, setting.end()) if setting else None)
            )
            if after is None or after.end() >= end:
                continue
            return start + comma.start(), after.end(), cue.span(), mention
        return None

    def _named_interruption(self, start: int, end: int, cue: Range) -> tuple[int, int, Range, Range] | None:
        """An attribution inside the marks with its subject first, set off by commas (`“A, Gen. X said,
        b”`): end of the first part, start of the second, cue and speaker mention; None otherwise."""
        named = self.resolver.phrase_before(self.text, start, cue[0])
        if named is None or not self.resolver.persons_within(*named):
            return None
        comma = re.search(r",\s*$", self.text[start : named[0]])
        after = COMMA_RE.match(self.text, cue[1])
        if comma is None or comma.start() == 0 or after is None or after.end() >= end:
            return None
        return start + comma.start(), after.end(), cue, named

    def _dash_interruption(
        self, start: int, end: int, cue: Range
    ) -> tuple[int, int, Range, Range | None] | None:
        """An attribution set between dashes inside the marks, its subject first or after the cue (`"A –
        COMKFOR added – b"`, `"A! – General X, the Commander, stated. – B"`, `"A – said X – b"`): as
        `_interruption` gives it; None when the words between the dash and the cue are no speaker phrase
        that starts at the dash, maybe after a title (`"We will – as X said – go on"` stays one quotation)."""
        dash = _DASH_BEFORE_RE.search(self.text, start, cue[0])
        if dash is None or dash.start() == start:
            return None
        mention: Range | None
        if dash.end() == cue[0]:  # `– said X –`
            pronoun = INVERTED_PRONOUN_RE.search(self.text, *cue)
            mention = pronoun.span("pronoun") if pronoun else self.resolver.phrase_at(self.text, cue[1], end)
            at = cue[1] if mention is None else max(cue[1], mention[1])
        else:
            subject_end = trim(self.text, dash.end(), cue[0])[1]
            subject_end -= self.text[subject_end - 1] == ","  # `– the Chief of Staff, General X, added –`
            mention = self.resolver.phrase_before(self.text, dash.end(), subject_end) or self._named_apposed(
                dash.end(), subject_end
            )
            if mention is None or not _TITLE_BEFORE_RE.fullmatch(self.text, dash.end(), mention[0]):
                return None
            at = cue[1]
        after = _DASH_AFTER_RE.match(self.text, at, end)
        if mention is None or after is None or after.end() >= end:
            return None
        return dash.start(), after.end(), cue, mention

    def _named_apposed(self, start: int, end: int) -> Range | None:
        """The named person opening `[start, end)`, maybe after a rank or title in capitals, when only the
        person's title in apposition follows (`Lieutenant General X, the Commander Multinational Corps
        Northeast`): from `start` to the name's end."""
        named = self.resolver.persons_within(start, end)
        if not named or not OPENING_TITLE_RE.fullmatch(self.text, start, named[0].start):
            return None
        return (start, named[0].end) if _APPOSED_RE.fullmatch(self.text, named[0].end, end) else None

    def next_paragraph(self, pair: Pair, segment: Range, last: QuoteCandidate) -> bool:
        """True when `pair` (in paragraph `segment`) is a paragraph of its own (`“We will act together.”`, maybe
        before a sentence on a pronoun: `narrative_rest`) right after a paragraph that ends with the direct
        quote `last` and its attribution (`“…,” Mr X said.`, maybe `in her keynote speech`:
        `ATTRIBUTION_TAIL_RE`): the same speaker goes on."""
        start, end = segment
        if self.text[start : pair.open].strip() or not narrative_rest(self.text, pair.close + 1, end):
            return False
        index = bisect.bisect_right(self._segment_starts, segment[0]) - 2
        if index < 0 or not self.segments[index][0] <= last.start < self.segments[index][1]:
            return False
        return self._attribution_only(last, self.segments[index][1])

    def next_sentence(self, before: str, segment: Range, sentence: Range, last: QuoteCandidate) -> bool:
        """True when a pair opening `sentence` (nothing `before` it there) comes right after the sentence
        that the mixed quote `last` and its attribution end, in the same paragraph (`… « P », a déclaré le
        secrétaire général au cours d'un séminaire. « Q »`): the same speaker goes on, as after a paragraph
        (`next_paragraph`)."""
        if before or not segment[0] <= last.start or last.cue is None or last.cue[0] < last.end:
            return False
        return self._attribution_only(last, sentence[0])

    def _attribution_only(self, last: QuoteCandidate, end: int) -> bool:
        """True when only `last`'s attribution and its tail (`ATTRIBUTION_TAIL_RE`: the speaker's title,
        where or when it was said, punctuation), naming nobody, stand between `last` and `end`."""
        tail = last.attribution_end
        return (
            tail <= end
            and ATTRIBUTION_TAIL_RE.fullmatch(self.text, tail, end) is not None
            and not self.resolver.persons_within(tail, end)
        )
