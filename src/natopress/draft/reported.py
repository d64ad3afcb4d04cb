"""Reported speech: `a rappelé que …` / `adding that …` clauses (indirect, or mixed when quotation marks
hold part of them), found before the quotation marks (natopress.draft.quotes), with the text's segments and
sentences looked up by bisection."""

from __future__ import annotations

import bisect
import dataclasses
import itertools
import re
from collections.abc import Sequence

from natopress.draft.absolute import while_subject
from natopress.draft.according import according_indirect
from natopress.draft.bareclauses import BARE_INDIRECT_RE, PARENTHETICAL_CUE_RE
from natopress.draft.candidates import QuoteCandidate
from natopress.draft.clauseends import clause_end
from natopress.draft.comparative import as_reported
from natopress.draft.entities import SpeakerResolver
from natopress.draft.interrupted import aside_first_cue, interrupted_indirect
from natopress.draft.inverted import cleft_reported, inverted_indirect
from natopress.draft.ownvoice import FIRST_PERSON_OPENING_RE, FIRST_PERSON_RE, RELATIVE_CUE_RE
from natopress.draft.phrases import APPOSED_VERB_RE
from natopress.draft.plural import opens_with_plural, plural_subject
from natopress.draft.speech import (
    BEFORE_INFINITIVE_RE,
    INDIRECT_RE,
    INFINITIVE_CUE_RE,
    PARTICIPLE_CUE_RE,
)
from natopress.draft.statements import heading_clause
from natopress.draft.subjects import conjoined_subject, coordinated, participle_subject
from natopress.draft.thingsubjects import thing_subject
from natopress.draft.worktitles import quoted_name
from natopress.model import QuoteType
from natopress.text.marks import Pair
from natopress.text.sentences import Range, at_text_end, sentences, trim, without_final_punctuation


def _quoted(text: str, pairs: Sequence[Pair]) -> list[Pair]:
    """The pairs holding quoted words, no name (`worktitles.quoted_name`: `Exercise “Steadfast Jazz”`)."""
    return [p for p in pairs if not quoted_name(text, p, term=False)]


_RELATIVE_BEFORE_RE = re.compile(r",\s*(?:which|whom|que|qu['’])\s*\Z", re.IGNORECASE)
"""A relative pronoun after a comma right before a speaker phrase: the pronoun is the reported clause's
object (`The Hub, which Mr. X said he expected to be …, will help`, `Le centre, que M. X a dit …, sera`)."""
VERB_NEXT_RE = re.compile(
    r"\s+(?:s['’]|se\s+)?(?:(?:also|then|has|have|had|a|ont|est|sont|was|will|would)\s+"
    r"(?:(?:aussi|également|ensuite|also)\s+)?)?"
    r"(?:[a-zà-ÿ][\w’'-]*(?:ed|é|ée|u|it|is)|said|told|"
    r"thanked|met|went|made|spoke|underlined|stressed|noted|welcomed)(?![\w’'-])"
)
"""A verb right after a subject: an auxiliary and a participle, maybe with an adverb between (`a souligné`,
`a aussi déclaré`, `has stressed`, reflexive: `s’est dit`) or a past tense (`stressed`, `said`): the start of
a main clause after a participial one."""
_MAIN_VERB_RE = re.compile(
    rf"{VERB_NEXT_RE.pattern}|\s+(?:will|would|can|could|is|are|was|were|has|have|had|should|must|may|might"
    r"|remains?|sera|seront|est|sont|a|ont|va|vont|doit|doivent|pourra|pourront)(?![\w’'-])"
)
"""The main clause's verb after the comma closing an aside or a relative clause: `VERB_NEXT_RE`, or an
auxiliary, a modal or `be` alone (`, will help`, `, sera`)."""


_PARTICIPLE_OPENING_RE = re.compile(r"\s*(?:(?:(?:tout\s+)?en|while|when|after|après)\s+)?", re.IGNORECASE)
"""What may open a sentence before its participle cue (`Tout en précisant que P, il …`, `While noting that`)."""
_SPEAKING_GROUPS = (
    r"ministers|ministres|leaders|dirigeants|participants|delegates|délégués|delegations|délégations|members|membres"
    r"|representatives|représentants|officials|responsables|ambassadors|ambassadeurs|partners|partenaires|chiefs"
    r"|chefs|heads|parties|sides|Allies|Alliés"
)
_PLURAL_SUBJECT_RE = re.compile(
    rf"(?:(?:the|all|both|les|des|tous\s+les|toutes\s+les)\s+)?(?:[\w’'-]+\s+)?(?:{_SPEAKING_GROUPS})"
    r"(?:\s+(?:of|de|des|du|d['’])\s*(?:[\w’'-]+\s+){0,4}?[\w’'-]+)?(?=\s)"
)
"""A group of speakers, as a plural noun, opening a main clause after a participle one (`Acknowledging that P,
ministers noted …`, `Convenant que P, les Alliés ont examiné …`): a subject, no person's (not `the soldiers
stayed`: soldiers speak for no one)."""
_NARRATIVE_INFINITIVE_RE = re.compile(r"[Ee]t\s+d['’]")
"""`Et d’ajouter que P` opening a sentence (or `, et d’ajouter que P` after a quotation's attribution): the
narrative infinitive goes on with the last quote's speaker."""


class PairIndex:
    """Guillemet pairs sorted by opening mark, for lookups by position in logarithmic time."""

    def __init__(self, pairs: Sequence[Pair], length: int) -> None:
        self.length = length  # the text's, in code points
        self.pairs = sorted(pairs, key=lambda p: p.open)
        self.opens = [p.open for p in self.pairs]
        self.reach = list(itertools.accumulate((p.close for p in self.pairs), max))

    def any_around(self, position: int) -> bool:
        """True when some pair has `open < position < close`."""
        index = bisect.bisect_left(self.opens, position)
        return index > 0 and self.reach[index - 1] > position

    def within(self, start: int, end: int) -> list[Pair]:
        """The pairs with `start <= open` and `close < end`, or `close == end` for a pair that the text's end
        closes (`pairing.unclosed_pairs`: `said that “The students …` cut by the excerpt)."""
        low, high = bisect.bisect_left(self.opens, start), bisect.bisect_left(self.opens, end)
        return [p for p in self.pairs[low:high] if p.close < end or p.close == end == self.length]


class ReportedFinder:
    """The reported-speech half of a text's quote candidates; holds the text, its content segments and
    sentences, and the speaker resolver (natopress.draft.quotes builds on it)."""

    def __init__(self, text: str, segments: Sequence[Range], resolver: SpeakerResolver) -> None:
        self.text = text
        self.segments = sorted(segments)
        self.resolver = resolver
        self.sentences = [s for seg in self.segments for s in sentences(text, *seg)]
        # Segments and sentences are sorted and do not overlap: positions are looked up by bisection, so
        # drafting stays linear in the text's length (issue 16).
        self._segment_starts = [s for s, _ in self.segments]
        self._sentence_starts = [s for s, _ in self.sentences]
        self.reported: list[QuoteCandidate] = []
        """The indirect and mixed quotes `indirect` found, for a quotation right after one of them."""

    def segment_at(self, position: int) -> Range | None:
        """The content segment holding `position`, or None."""
        index = bisect.bisect_right(self._segment_starts, position) - 1
        return self.segments[index] if index >= 0 and position < self.segments[index][1] else None

    def sentence_at(self, position: int) -> Range | None:
        """The sentence holding `position` (`containing(self.sentences, position)`), or None."""
        index = bisect.bisect_right(self._sentence_starts, position) - 1
        return self.sentences[index] if index >= 0 and position < self.sentences[index][1] else None

    def lead_above(self, paragraph: int, opening: int, default: int) -> int:
        """The start of the sentence that ends the paragraph before the one starting at `paragraph` on a
        colon (`Admiral X asserted that:` ⏎ `“…”`), when the quotation opening at `opening` opens its own
        paragraph: where its cue may stand; else `default`."""
        end = paragraph
        while end > 0 and self.text[end - 1].isspace():
            end -= 1
        sentence = self.sentence_at(end - 1) if self.text.startswith(":", end - 1) else None
        return sentence[0] if sentence is not None and not self.text[paragraph:opening].strip() else default

    def thing_subject(self, cue_start: int) -> bool:
        """True when a thing is the subject of the verb of saying at `cue_start` (`thingsubjects`)."""
        return thing_subject(self.text, cue_start)

    def indirect(self, pairs: Sequence[Pair]) -> tuple[list[QuoteCandidate], set[Pair]]:
        """`a rappelé que ...` clauses; guillemet pairs inside one make it `mixed` and are consumed."""
        found: list[QuoteCandidate] = []
        consumed: set[Pair] = set()
        index = PairIndex(pairs, len(self.text))
        for seg_start, seg_end in self.segments:
            for match in (
                *INDIRECT_RE.finditer(self.text, seg_start, seg_end),
                *BARE_INDIRECT_RE.finditer(self.text, seg_start, seg_end),
                *PARENTHETICAL_CUE_RE.finditer(self.text, seg_start, seg_end),
            ):
                before = max(0, match.start() - 60)
                if (
                    index.any_around(match.start())
                    or RELATIVE_CUE_RE.search(self.text, before, match.start())
                    or self.thing_subject(match.start())
                ):
                    continue  # the speaker's own words inside a quotation; `what we said we would do`
                candidate = self._reported(match, index, found)
                if candidate is not None:
                    consumed |= set(index.within(candidate.start, candidate.end))
                    found.append(candidate)
        inverted = inverted_indirect(self.text, self.sentences, self.resolver)
        inverted += cleft_reported(self.text, self.sentences, self.resolver)
        found = [self._after_inverted(c, [m for _, _, m in inverted]) for c in found]
        for content, cue, mention in inverted:
            if any(
                c.cue is not None and (content[0] <= c.cue[0] < content[1] or c.cue == cue) for c in found
            ):
                continue  # `Noting that P, the Allies agreed …`: a participle's report, no inverted one; `As
                # threats grow, Allies agreed at the Summit that P`: the verb reports its own clause
            found.append(self._with_marks(content, cue, mention, index, consumed))
        found += self._interrupted(index, found)
        headings = (
            heading_clause(self.text, self.resolver, *without_final_punctuation(self.text, *s))
            for s in self.sentences
        )
        according: list[tuple[Range, Range | None, Range]] = [  # `Selon X, P`; `Déclaration de X : P`
            (c, None, m)
            for c, m in [
                *according_indirect(self.text, self.sentences, self.resolver),
                *filter(None, headings),
            ]
        ]
        for content, verb, mention in [*according, *as_reported(self.text, self.sentences, self.resolver)]:
            found.append(self._with_marks(content, verb, mention, index, consumed))
        return found, consumed

    def _interrupted(self, index: PairIndex, found: Sequence[QuoteCandidate]) -> list[QuoteCandidate]:
        """The candidates of clauses an attribution between commas interrupts (`interrupted_indirect`) in
        sentences no candidate of `found` overlaps (`P, said Cpl. X, a gunner.` is `inverted_indirect`'s): the
        words before it with the cue, the words after it with no cue of their own and the same speaker mention
        (like `– A – said X – B`, natopress.draft.dashes); either alone with the cue when the other is no
        quote."""
        pieces = []
        for sentence, before, after, cue, mention in interrupted_indirect(
            self.text, self.sentences, self.resolver, index.any_around
        ):
            spans = [span for span in (before, after) if span is not None]
            if any(c.start < sentence[1] and sentence[0] < c.end for c in found):
                continue
            pieces.append(QuoteCandidate(QuoteType.INDIRECT, *spans[0], cue, mention))
            pieces += [QuoteCandidate(QuoteType.INDIRECT, *span, None, mention) for span in spans[1:]]
        return pieces

    def _with_marks(
        self,
        content: Range,
        cue: Range | None,
        mention: Range,
        index: PairIndex,
        consumed: set[Pair],
    ) -> QuoteCandidate:
        """A reported clause's candidate, `indirect`, or `mixed` when it holds quoted words (not a name in marks: `Exercise
        “Steadfast Jazz”`), its pairs added to `consumed` (`P “…” Q, X said.`, `According to X, “…” Q`)."""
        inside = index.within(*content)
        consumed |= set(inside)
        quoted = bool(_quoted(self.text, inside))
        quoted = quoted or _unpaired_opening(self.text, *content, index)
        return QuoteCandidate(QuoteType.MIXED if quoted else QuoteType.INDIRECT, *content, cue, mention)

    def _after_inverted(self, candidate: QuoteCandidate, speakers: Sequence[Range]) -> QuoteCandidate:
        """`candidate` with the speaker of an inverted attribution right before its participle cue
        (`P, a déclaré M. X, ajoutant que Q`: Q is X's) when it has none of its own, else `candidate`."""
        if candidate.speaker_mention is not None or candidate.inherits_speaker or candidate.cue is None:
            return candidate
        if not PARTICIPLE_CUE_RE.fullmatch(self.text, *candidate.cue):
            return candidate
        for mention in speakers:
            if re.fullmatch(r"\s*,\s*", self.text[mention[1] : candidate.cue[0]]):
                return dataclasses.replace(candidate, speaker_mention=mention)
        return candidate

    def _reported(
        self, match: re.Match[str], index: PairIndex, found: Sequence[QuoteCandidate]
    ) -> QuoteCandidate | None:
        """The candidate of one verb of saying and its clause (`match`), after the candidates `found` so
        far; None when it reports nothing (no clause, no main clause after an opening participle, `We
        agreed that`)."""
        sentence = self.sentence_at(match.start("cue"))
        if sentence is None:
            return None
        start, whole = without_final_punctuation(self.text, match.end(), sentence[1])
        whole = _without_stray_closing(self.text, start, whole)  # `Il a indiqué que P ».`
        if whole > start and self.text[whole - 1] == ":":  # `… have become reality:` ⏎ a block quotation
            whole = trim(self.text, start, whole - 1)[1]
        dash = re.match(r"[-–—]\s+", self.text[start:whole])
        start += dash.end() if dash else 0  # `He also stressed that - together we’ll …`: the dash sets it off
        clause = clause_end(self.text, start, whole)
        end = max(start, trim(self.text, start, clause)[1])  # no white space ends it
        cue = aside_first_cue(self.text, sentence[0], match.span("cue"))  # `X stressed, and Y agreed, that`
        opening = None
        if PARTICIPLE_CUE_RE.fullmatch(self.text, *cue) and _PARTICIPLE_OPENING_RE.fullmatch(
            self.text, sentence[0], cue[0]
        ):
            opening = self._main_clause(start, whole)  # `Soulignant que P, il a déclaré …`: P ends there
            if opening is None:
                return None
            end = trim(self.text, start, opening[0])[1]
        if end <= start or not re.search(r"\w", self.text[start:end]):
            return None  # also `Il a fait observer que «` ending a cut excerpt: no words
        quoted = _quoted(self.text, index.within(start, end))
        kind = (  # a quoted name is no quoted words; an opening mark no pair closes is (`that Allied
            QuoteType.MIXED  # leaders “reaffirmed that NATO will accept G`, cut by the excerpt's end)
            if quoted or _unpaired_opening(self.text, start, end, index)
            else QuoteType.INDIRECT
        )
        if opening is not None:
            return QuoteCandidate(kind, start, end, cue, opening[1])
        if PARTICIPLE_CUE_RE.fullmatch(self.text, *cue) or BEFORE_INFINITIVE_RE.fullmatch(self.text, *cue):
            end = self._aside_end(sentence[0], cue[0], start, end)
            if FIRST_PERSON_OPENING_RE.match(self.text, sentence[0], cue[0]):
                return None  # `We reviewed the progress …, agreeing that P`: the speakers' own account
            return self._participle((kind, start, end), cue, sentence, index, found)  # `…, adding that`
        if FIRST_PERSON_RE.search(self.text, max(0, cue[0] - 30), cue[0]):
            return None  # `We agreed that`, `I have always said that`: the speaker's own account
        mention = self.resolver.phrase_before(self.text, sentence[0], cue[0])
        end = self._relative_end(mention, sentence[0], start, end)  # `The Hub, which X said P, will help`
        inherits = mention is None and bool(found) and sentence[0] <= found[-1].start
        inherits = inherits and coordinated(self.text, self.resolver, found[-1].span, cue)
        if mention is None and not inherits:  # `X a félicité Y …, et a déclaré que`
            mention = conjoined_subject(self.text, self.resolver, sentence[0], cue)
        plural = self._plural(sentence, cue) if mention is None and not inherits else None
        if plural is not None:  # `They agreed that` after a sentence naming two persons
            (subject, (speaker, *others)) = plural
            return QuoteCandidate(kind, start, end, cue, subject, speaker, None, False, tuple(others))
        return QuoteCandidate(kind, start, end, cue, mention, None, None, inherits)

    def _relative_end(self, mention: Range | None, sentence: int, start: int, end: int) -> int:
        """`end`, or, for a clause reported inside a relative clause set off by commas, its speaker phrase
        `mention` right after the relative pronoun (`The Hub, which Mr. X said he expected to be fully
        operational by July, will help …`), the comma before the main clause's verb."""
        if mention is None or not _RELATIVE_BEFORE_RE.search(self.text, sentence, mention[0]):
            return end
        return self._comma_before_verb(start, end)

    def _comma_before_verb(self, start: int, end: int) -> int:
        """Where the clause `text[start:end]` ends before a comma that the main clause's verb follows
        (`_MAIN_VERB_RE`), trimmed; `end` when no such comma stands in it."""
        for after in re.finditer(r",[\"”»]?(?=\s)", self.text[start:end]):
            if _MAIN_VERB_RE.match(self.text, start + after.end(), end):
                return trim(self.text, start, start + after.end() - 1)[1]
        return end

    def _aside_end(self, sentence: int, cue: int, start: int, end: int) -> int:
        """`end`, or, for a participle set off by commas after its sentence's subject (`Le secrétaire général,
        soulignant que « P », a cité …`, `The Minister, noting that P, stressed …`), the comma before the
        subject's own verb."""
        comma = re.search(r",\s*\Z", self.text[sentence:cue])
        phrase = self.resolver.phrase_before(self.text, sentence, sentence + comma.start()) if comma else None
        if phrase is None or self.text[sentence : phrase[0]].strip():
            return end
        return self._comma_before_verb(start, end)

    def _participle(
        self,
        clause: tuple[QuoteType, int, int],
        cue: Range,
        sentence: Range,
        index: PairIndex,
        found: Sequence[QuoteCandidate],
    ) -> QuoteCandidate:
        """The candidate of a participle or infinitive cue (`…, adding that P`, `avant d’ajouter que P`,
        `Et d’ajouter que P`): the main clause's speaker, or the quote before's after a quotation and a
        comma or for the narrative infinitive; the cue is the verb alone (`ajouter`, guidelines 2.3)."""
        kind, start, end = clause
        before_infinitive = BEFORE_INFINITIVE_RE.fullmatch(self.text, *cue) is not None
        quoted_before = bool(index.within(sentence[0] - 1, cue[0])) or (  # - 1: a lost opening mark
            # (`pairing.unopened_pairs` opens the pair just before the paragraph)
            bool(found) and sentence[0] <= found[-1].start and found[-1].end < cue[0]
        )
        after_comma = before_infinitive or re.search(
            r",[\"”»]?\s*(?:(?:et|and)\s+)?(?:tout\s+en\s+|while\s+)?$", self.text[sentence[0] : cue[0]]
        )
        narrative = _NARRATIVE_INFINITIVE_RE.match(self.text, *cue) is not None
        second = while_subject(self.text, self.resolver, sentence[0], cue)  # `“…,” while X thanked …, saying`
        inherits = bool(quoted_before and after_comma and second is None) or narrative  # `Et d’ajouter que`
        lead = None if inherits else participle_subject(self.text, self.resolver, sentence[0], cue)
        verb = INFINITIVE_CUE_RE.search(self.text, *cue) if before_infinitive else None
        return QuoteCandidate(kind, start, end, verb.span() if verb else cue, lead, None, None, inherits)

    def _plural(self, sentence: Range, cue: Range) -> tuple[Range, list[str]] | None:
        """`plural.plural_subject` of the cue, with the sentence before in its paragraph or closing the one
        before (`Ils se sont félicités` opening the next), or the one before that when the sentence before
        opens with the same plural (`Ils se sont félicités …. Ils sont convenus que P`)."""
        number = bisect.bisect_right(self._sentence_starts, sentence[0]) - 1
        if number > 1 and opens_with_plural(self.text, *self.sentences[number - 1]):
            number -= 1
        before = self.sentences[number - 1] if number > 0 else None
        near = before is not None and self.text.count("\n", before[1], sentence[0]) <= 2
        return plural_subject(self.text, self.resolver, sentence, before if near else None, cue)

    def _main_clause(self, start: int, end: int) -> tuple[int, Range | None] | None:
        """For a participle opening its sentence (`Recognizing that P, the Minister said …`, `Faisant
        observer que P, il a souligné …`): the comma that ends P, where a subject (a person phrase, a pronoun)
        and its verb begin the main clause, and that subject's phrase; else the last comma before the main
        clause's own report (`Tout en reconnaissant que P, le Conseil convient que Q`), with no phrase;
        None when no comma does."""
        commas = list(re.finditer(r",[\"”»]?\s*", self.text[start:end]))  # also `that “…,” Mr X thanked`
        for comma in commas:
            begin = start + comma.end()
            phrase = self.resolver.phrase_at(self.text, begin, end)
            verb = phrase[1] if phrase is not None else begin  # after `le ministre, M. X,`: its verb
            verb += (
                phrase is not None and "," in self.text[phrase[0] : verb] and self.text.startswith(",", verb)
            )
            if phrase is not None and (  # `…, le secrétaire général, M. X, a souligné`
                VERB_NEXT_RE.match(self.text, verb, end) or APPOSED_VERB_RE.match(self.text, phrase[1], end)
            ):
                return start + comma.start(), phrase
            plural = _PLURAL_SUBJECT_RE.match(self.text, begin, end)
            if plural is not None and VERB_NEXT_RE.match(self.text, plural.end(), end):
                return start + comma.start(), None
        report = INDIRECT_RE.search(self.text, start, end)
        before = [c for c in commas if report is not None and start + c.end() <= report.start()]
        return (start + before[-1].start(), None) if before else None


def _without_stray_closing(text: str, start: int, end: int) -> int:
    """`end`, or the end before a closing mark ending `text[start:end]` that no opening mark there opens (`Il
    a indiqué clairement que P ».`: the page's stray mark, no part of the clause)."""
    if end > start and text[end - 1] in "»”" and not re.search('[«“"]', text[start : end - 1]):
        return trim(text, start, end - 1)[1]
    return end


def _unpaired_opening(text: str, start: int, end: int, index: PairIndex) -> bool:
    """True when `text[start:end]` holds a curly or French opening mark before a word that no quotation pair
    opens (its closing mark lost, or the excerpt cut inside the quotation), or a straight or single one after
    a space when the excerpt ends with `end` (`has built "a network of partners acr`, `gives the whole region 'a stronger sense of secur`):
    quoted words all the same."""
    paired = {pair.open for pair in index.within(start, end)}
    marks = _CUT_OPENING_MARK_RE if at_text_end(text, end) else _OPENING_MARK_RE
    return any(m.start() not in paired for m in marks.finditer(text, start, end))


_OPENING_MARK_RE = re.compile(r"[“«](?=\s*\w)")
_CUT_OPENING_MARK_RE = re.compile(r"[“«](?=\s*\w)|(?<!\S)[\"'‘’](?=\w)")
"""At the excerpt's end, also a straight or single mark after a space (the draft reads `'` as `’`)."""
