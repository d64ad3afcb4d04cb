"""Quote candidates: guillemet pairs (direct or mixed), `a rappelé que` clauses (indirect), cues and speakers."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass

from natopress.draft import statements
from natopress.draft.according import according_aside, according_source, quotation_goes_on
from natopress.draft.afterquote import name_after_quote
from natopress.draft.attribution import AND_AFTER_QUOTE_RE, AttributionFinder
from natopress.draft.candidates import QuoteCandidate, resolve_speakers, without_overlaps
from natopress.draft.captions import heading_line
from natopress.draft.clauseends import after_contrast, introduces, quotation_after_clause
from natopress.draft.comparative import as_source
from natopress.draft.dashes import unmarked_quotes
from natopress.draft.entities import SpeakerResolver
from natopress.draft.markrepairs import repaired_marks
from natopress.draft.nonspeech import no_speech, unreported
from natopress.draft.objectquotes import object_quote, runs_past_marks, thanks_end
from natopress.draft.pairing import (
    LIST_BULLETS,
    closed_at,
    cut_attribution,
    quotation_pairs,
    reads_as_sentence,
    words_before,
)
from natopress.draft.phrases import CITING_RE
from natopress.draft.resuming import asked_inside, joins_last, resumes
from natopress.draft.speech import CUE_RE, INDIRECT_RE, INVERTED_PRONOUN_RE, LEAD_CUE_RE, TOPIC_AFTER_RE
from natopress.draft.subjects import conjoined_subject, participle_subject
from natopress.draft.uncued import SPEAKING_RELATIVE_RE, after_reported, introducing_subject, speaker_before
from natopress.draft.worktitles import quoted_name, speech_title
from natopress.model import QuoteType
from natopress.text.marks import LIST_MARKERS, Pair
from natopress.text.sentences import Range, trim, without_final_punctuation

_NOTHING_AFTER_RE = re.compile(r"[\s.…!?]*")  # after a quotation that is a paragraph: space, final stops
_LEADS_ON_RE = re.compile(r"[,:]\s*\Z")  # a paragraph ending with a comma or a colon leads on to the next one
_LOWER_AFTER_RE = re.compile(r"\s*[a-zà-ÿ]")  # opening in lower case: it goes on with its sentence's words


@dataclass
class _PairDraft:
    """One guillemet pair on its way to candidates: what `_Finder.direct` has decided about it so far."""

    pair: Pair
    pieces: list[Range]
    segment: Range
    sentence: Range
    before: str  # the sentence's text before the opening mark, stripped, a dateline left out
    according: Range | None  # the source of `according to X, “…”`
    kind: QuoteType
    cue: Range | None
    mention: Range | None
    speaker: str | None = None
    continues: int | None = None
    inherits: bool = False
    resumed: bool = False  # the pair resumes the previous one after an attribution between commas
    co_speakers: tuple[str, ...] = ()

    @property
    def attributed_after(self) -> bool:
        """The cue stands after the closing mark (`X « A », a-t-il indiqué`)."""
        return self.cue is not None and self.cue[0] > self.pair.close


class _Finder(AttributionFinder):
    """Finds the candidates of one text: the reported speech of `ReportedFinder`, then the quotation marks
    and their attributions (`AttributionFinder`)."""

    def _pieces(self, pair: Pair) -> list[Range]:
        """The pair's content cut at segment boundaries, trimmed, without a continued paragraph's `«` or bullet."""
        pieces: list[Range] = []
        first = max(0, bisect.bisect_right(self._segment_starts, pair.open + 1) - 1)
        last = bisect.bisect_left(self._segment_starts, pair.close)
        for seg_start, seg_end in self.segments[first:last]:  # the segments overlapping the pair's content
            start, end = max(seg_start, pair.open + 1), min(seg_end, pair.close)
            if start >= end:
                continue
            start, end = trim(self.text, start, end)
            if pieces and start < end and self.text[start] in self.text[pair.open] + LIST_MARKERS:
                start, end = trim(self.text, start + 1, end)  # a list's bullet in a quotation over its items
            if end > start and self.text[end - 1] == ",":  # English puts the attribution's comma inside
                start, end = trim(self.text, start, end - 1)
            if start < end:
                pieces.append((start, end))
        return pieces

    def _resumes(self, previous: tuple[Pair, Range | None, Range | None] | None, pair: Pair) -> bool:
        """True when `pair` resumes the quotation of the previous pair after an attribution set between
        commas (`“A,” he said, “b.”`, `« A », a-t-il dit, « b »`), maybe with a setting (`“A”, X said at the
        ceremony, “b”`); a new verb of saying makes it a new quote."""
        if previous is None:
            return False
        last, cue, mention = previous
        index = bisect.bisect_right(self._segment_starts, last.close) - 1
        if cue is None or index < 0 or self.segments[index][1] <= pair.open:  # ends grow with starts
            return False
        attribution_end = max(cue[1], mention[1] if mention else cue[1])
        return resumes(self.text, last, (cue[0], attribution_end), pair)

    def direct(self, pairs: Sequence[Pair]) -> list[QuoteCandidate]:
        """One candidate per guillemet pair and content segment it covers; later pieces continue the first.

        A pair inside a sentence is `mixed`: its content runs from after a lead cue (`Qualifiant`) to the
        closing mark, guillemets included. A pair without any cue right after another pair of the same
        paragraph continues it (the attribution between them interrupted one quotation)."""
        found: list[QuoteCandidate] = []
        previous: tuple[Pair, Range | None, Range | None] | None = None
        skipped = -1
        for pair in pairs:
            pieces = self._pieces(pair)
            if not pieces:
                continue
            draft = self._draft(pair, pieces)
            draft.resumed = self._resumes(previous, pair) and not cut_attribution(self.text, pair.close)
            previous = (  # also a mixed one attributed after it (`X « A », a-t-il indiqué, et « b »`)
                (pair, draft.cue, draft.mention)
                if draft.kind is QuoteType.DIRECT or draft.resumed or draft.attributed_after
                else None
            )
            if draft.resumed:
                draft.kind, draft.cue, draft.mention = QuoteType.DIRECT, None, None
                draft.continues, draft.inherits = len(found) - 1, True
            if draft.kind is QuoteType.MIXED and draft.segment[0] <= pair.close < draft.segment[1]:
                self._mixed_content(draft)
            if not CITING_RE.match(draft.before) and not asked_inside(self.text, pair):  # `Quoting X: “…”`
                self._attribute(draft, found)
            if self._not_speech(draft, skipped):
                skipped = pair.close  # `sur le thème : « … » (« … »)`: its translation is no speech either
                continue
            self._emit(draft, found)
        return found

    def _not_speech(self, draft: _PairDraft, skipped: int) -> bool:
        """`nonspeech.no_speech` for the pair of `draft`, a speech's title over its heading, or words a thing
        says (`ReportedFinder.thing_subject`) in the sentence's last verb of saying before them; `skipped` is
        where the last pair found to be no speech closes. A whole sentence resuming an interrupted quotation
        is speech (`“A,” said X in the opening press conference, “Participants will …”`: no title)."""
        if draft.resumed and reads_as_sentence(self.text, draft.pair):
            return False
        mixed = draft.kind is QuoteType.MIXED
        cues = [m.start() for m in CUE_RE.finditer(self.text, draft.sentence[0], draft.pair.open)]
        if mixed and cues and self.thing_subject(cues[-1]):
            return True  # `The … Summit Communique highlighted that “…”`: a document's words
        return no_speech(
            self.text, draft.pair, draft.sentence[0], mixed, (draft.cue, draft.mention), skipped
        ) or self._speech_title(draft)

    def _draft(self, pair: Pair, pieces: list[Range]) -> _PairDraft:
        """A pair's first reading: its segment and sentence, `direct` or `mixed`, and the cue after it."""
        segment = self.segment_at(pair.open) or (pieces[0][0], pieces[-1][1])
        sentence = self.sentence_at(pair.open) or (pieces[0][0], pieces[0][0])
        before = words_before(self.text, sentence[0], pair)
        according = according_source(self.text, self.resolver, sentence[0], pair.open) or as_source(
            self.text, self.resolver, sentence[0], pair.open
        )
        own = not before.strip(" -–—") or introduces(self.text, before, pair.open)
        own = own or quotation_after_clause(self.text, pair.open)
        own = own or statements.title_quotation(self.text, self.resolver, before, pair.open, pair.close)
        if according and quotation_goes_on(self.text, pair.open, sentence[1]):  # `Selon X, « … » et …`
            according, own = None, False
        kind = QuoteType.DIRECT if own or according else QuoteType.MIXED  # `said that P, “They will …”`
        if kind is QuoteType.MIXED:  # `qui, selon M. X, sont des « … »`
            according = according_aside(self.text, self.resolver, sentence[0], pair.open)
        whole, listed = before.endswith(",") or reads_as_sentence(self.text, pair), before in LIST_BULLETS
        if kind is QuoteType.MIXED and whole and (listed or self._cue_before(sentence[0], pair.open)[0]):
            kind = QuoteType.DIRECT  # `Mr Reyel said, “We are grateful.”`, a list's `• “We are.”`
        closing_segment_end = (self.segment_at(pair.close) or (0, pair.close + 1))[1]
        leading = (
            kind is QuoteType.MIXED and LEAD_CUE_RE.search(self.text, sentence[0], pair.open) is not None
        )
        cue, mention = (
            self._cue_after(pair.close, closing_segment_end, leading)
            if closed_at(self.text, pair.close)
            else (None, None)  # `pairing.unclosed_pairs`: the paragraph's end, no attribution after it
        )
        if CITING_RE.match(before):  # `Citant M. X : « … », Lord Y a ajouté que`: not Y's words
            cue, mention = None, None
        elif cue is None and mention is None and pair.close < len(self.text):  # `“…,” General X, Chief Y.`
            according = according or name_after_quote(self.text, self.resolver, pair, closing_segment_end)
        return _PairDraft(pair, pieces, segment, sentence, before, according, kind, cue, mention)

    def _mixed_content(self, draft: _PairDraft) -> None:
        """A mixed quote's content (from after its lead cue to the closing mark) and its cue before it."""
        pair, after = draft.pair, draft.attributed_after
        first = draft.sentence[0]  # `…, but ISAF was ‘…’, he insisted`: the clause after `but` is reported
        sentence_start = after_contrast(self.text, first, pair.open) if after else first
        leads = [  # not a participle opening the sentence whose main clause begins before the pair
            m  # (`Qualifiant X d’« … », M. Y a remercié Z pour « … »`)
            for m in LEAD_CUE_RE.finditer(self.text, sentence_start, pair.open)
            if self.text[sentence_start : m.start()].strip() or self._main_clause(m.end(), pair.open) is None
        ]
        verbs = [  # `said Allies were “ready”`: a verb of saying without `that`
            m
            for m in CUE_RE.finditer(self.text, sentence_start, pair.open)
            if not re.search(r"[;:«»“”\"]", self.text[m.end() : pair.open])
            and not re.search(r"[»”\"]\s*,?\s*$", self.text[sentence_start : m.start()])  # `», a dit X`
            and not TOPIC_AFTER_RE.match(self.text, m.end())  # `commented on the effect, “…”` (object_quote)
            and not unreported(self.text, sentence_start, m.span(), pair)  # `a décrit le plan « X »`
        ]
        start = trim(self.text, leads[-1].end(), pair.open)[0] if leads else pair.open
        if (
            not leads and not verbs and after and _LOWER_AFTER_RE.match(self.text, pair.open + 1)
        ):  # `La relation avec X « a vraiment du potentiel », a déclaré Y`: the clause's words too
            start = trim(self.text, sentence_start, pair.open)[0]
        if leads:
            draft.cue = leads[-1].span()
            if draft.mention is None:  # `Il est revenu sur …, évoquant un « … »`: the sentence's subject
                draft.mention = (
                    self.resolver.phrase_at(self.text, sentence_start, leads[-1].start())
                    or self.fronted_subject(sentence_start, draft.cue, pair.close)  # `Qualifiant …, M. X a`
                    or participle_subject(self.text, self.resolver, sentence_start, draft.cue)  # `Le 14 mars,
                )  # X a publié son rapport, déclarant « … »`
        elif verbs and draft.cue is None:
            draft.cue = verbs[-1].span()
            start = trim(self.text, draft.cue[1], pair.open)[0]
            start = trim(self.text, start + 1, pair.open)[0] if self.text[start] == "," else start
            pronoun = INVERTED_PRONOUN_RE.search(self.text, *draft.cue)  # `L’Alliance, a-t-il expliqué, se …`
            draft.mention = (
                pronoun.span("pronoun")
                if pronoun
                else self.resolver.phrase_before(self.text, sentence_start, draft.cue[0])
                or conjoined_subject(self.text, self.resolver, sentence_start, draft.cue)  # `a souligné …, et
                # insisté sur le fait que … « … »`
            )
            draft.inherits = (
                draft.mention is None
                and bool(  # `qu’il s’agissait d’une « … », et appelé « … »`
                    AND_AFTER_QUOTE_RE.search(self.text, sentence_start, draft.cue[0])
                )
            )
        end = pair.close + 1
        inverted = draft.cue and not after and not leads and INVERTED_PRONOUN_RE.search(self.text, *draft.cue)
        if inverted or runs_past_marks(self.text, draft.cue, pair):  # the rest: `L’Alliance, a-t-il
            # expliqué, se prépare à « … », et qui …`, `qualifie de « … » la décision …`
            end = max(end, without_final_punctuation(self.text, start, draft.sentence[1])[1])
        draft.pieces = [trim(self.text, start, end)]  # no white space at either end, a line break included

    def _attribute(self, draft: _PairDraft, found: Sequence[QuoteCandidate]) -> None:
        """Who speaks when no cue follows: a cue before, `according to X`, a `Label:`, or the quote before."""
        sentence_start, opening = draft.sentence[0], draft.pair.open
        if draft.cue is None and not draft.resumed:
            start = self.lead_above(draft.segment[0], opening, sentence_start)  # `X asserted that:` ⏎ `“…”`
            cue, mention, draft.inherits = self._cue_before(start, opening)
            shared = found and cue is not None and found[-1].cue == cue  # `“A,” X said: “B”`: B goes on
            draft.cue, draft.mention = (None, None) if shared else (cue, mention)  # from A (guidelines 2.3)
        if draft.cue is None and draft.mention is None and draft.according is not None:
            draft.mention = draft.according
        if draft.cue is None and draft.mention is None and not quoted_name(self.text, draft.pair, term=False):
            # `a remercié X pour « `, `commented on X, “`, also a short term (`being a “committed Ally”`)
            hanging = object_quote(self.text, self.resolver, sentence_start, opening)
            if hanging is not None:
                draft.cue, draft.mention, mixed = hanging
                draft.kind = QuoteType.MIXED if mixed else QuoteType.DIRECT
                start = trim(self.text, draft.cue[1], opening)[0]  # to `B »` of `pour « A » et pour « B »`:
                end = thanks_end(self.text, draft.cue, draft.pair)
                draft.pieces = [(start, end)] if mixed else self._pieces(draft.pair)
        if draft.cue is None and draft.mention is None:
            self._labelled(draft)
        if draft.mention is None and not draft.inherits and introduces(self.text, draft.before, opening):
            # `Mr Halvorsen underlined …: “…”`: the sentence's subject, also after a cue; else `a déclaré
            # que P : « … »` without one: the quotation goes on from the reported clause, same speaker
            draft.mention = introducing_subject(self.text, self.resolver, sentence_start, opening)
            if (
                draft.cue is None
                and draft.mention is None
                and not SPEAKING_RELATIVE_RE.search(self.text, sentence_start, opening)
            ):
                reported = INDIRECT_RE.search(self.text, sentence_start, opening) or after_reported(
                    self.text, self.reported, draft.segment, draft.pair
                )  # `a déclaré que P :`, `Pour X, P : « … »`
                draft.inherits = draft.inherits or bool(reported)
        if draft.cue is not None or draft.mention is not None or cut_attribution(self.text, draft.pair.close):
            return
        last = found[-1] if found else None
        if (
            draft.continues is None
            and last is not None
            and last.type is QuoteType.DIRECT
            and (draft.segment[0] <= last.start or self.next_paragraph(draft.pair, draft.segment, last))
            and not any(last.end <= r.start < draft.pair.open for r in self.reported)  # Y said that P: Y's
        ):
            draft.continues, draft.inherits = len(found) - 1, True
        elif (
            last is not None
            and last.type is QuoteType.MIXED
            and self.text[last.end - 1] in '»”"'
            and (
                self.next_paragraph(draft.pair, draft.segment, last)
                or self.next_sentence(draft.before, draft.segment, draft.sentence, last)
                or joins_last(self.text, last.attribution_end, draft.pair.open, self.resolver.persons_within)
            )
        ):  # `… into “the current … outstanding”, said General X, at the ceremony.` ⏎ `“…”`; `Et d’ajouter
            # « A », car « B »`
            draft.inherits = True
        elif draft.continues is None and (not draft.before or quotation_after_clause(self.text, opening)):
            self._after_reported(draft, found)

    def _labelled(self, draft: _PairDraft) -> None:
        """The speaker a label names (`statements.labelled_speaker`): `NATO Secretary General: “…”`, the
        title line's words set off from its quotation (`Déplacement du secrétaire général : « … »`), or a
        statement's lead line above (`Statement by Maj. Gen. X, …, regarding ….` ⏎ `“…”`)."""
        colon = draft.before.endswith(":")
        labelled = statements.labelled_speaker(self.text, self.resolver, draft.sentence[0], draft.pair, colon)
        if labelled is not None:
            draft.mention, draft.speaker = labelled

    def _speech_title(self, draft: _PairDraft) -> bool:
        """`nonspeech.speech_title` for a pair without cue, speaker or quote it continues."""
        if draft.cue or draft.mention or draft.continues is not None or draft.inherits:
            return False
        index = bisect.bisect_right(self._segment_starts, draft.pair.open) - 1
        following = self.segments[index + 1][0] if index + 1 < len(self.segments) else None
        return speech_title(self.text, draft.segment, draft.pair, following, index > 0)  # index 0: the title

    def _after_reported(self, draft: _PairDraft, found: Sequence[QuoteCandidate]) -> None:
        """A quotation opening its sentence right after an indirect or mixed quote of the same paragraph
        (`M. X a déclaré que P. « … »`) goes on with its speaker; the first quotation after a statement's
        heading or lead line (`statements.heading_speakers`) is the persons it names; after a sentence whose
        subject states a view (`uncued.speaker_before`), that subject: the sentence before in the
        paragraph, or, for a quotation opening its paragraph, the last one of the paragraph before
        (`Rear Admiral X highlighted …` ⏎ `“We are …”`), past a caption between them."""
        if after_reported(self.text, [*found, *self.reported], draft.segment, draft.pair, self.resolver):
            draft.inherits = True
            return
        index = bisect.bisect_right(self._sentence_starts, draft.sentence[0]) - 1
        opens_paragraph = not self.text[draft.segment[0] : draft.pair.open].strip()
        rest = (draft.pair.close + 1, draft.segment[1])
        alone = opens_paragraph and (  # not a caption opening with a quotation (`"…!" Pilot briefing, …`)
            _NOTHING_AFTER_RE.fullmatch(self.text, *rest)
            or CUE_RE.search(self.text, *rest)  # `”, COMKFOR said.`: an attribution naming nobody sure
            or (index > 0 and self.text[slice(*self.sentences[index - 1])].rstrip().endswith(":"))
        )
        paragraph = bisect.bisect_right(self._segment_starts, draft.segment[0]) - 1 - bool(alone)
        # a caption between the two paragraphs is no part of the narrative; one ending with a comma or a colon
        # leads on to the quotation (`Speaking on …, Colonel X, Head of …, said,` ⏎ `“…”`)
        while (
            alone
            and paragraph > 0
            and self.resolver.in_caption(self.segments[paragraph][0])
            and not _LEADS_ON_RE.search(self.text, *self.segments[paragraph])
        ):
            # a heading of a few words (a newspaper's name over its item) opens a new section
            paragraph = -1 if heading_line(self.text, *self.segments[paragraph]) else paragraph - 1
        last = min(index, bisect.bisect_left(self._sentence_starts, self.segments[paragraph][1])) - 1
        earlier = last >= 0 and paragraph >= 0 and self.sentences[last][0] >= self.segments[paragraph][0]
        if draft.before or earlier:  # `X thanked them, “You …”`: the clause before the comma
            before = (draft.sentence[0], draft.pair.open) if draft.before else self.sentences[last]
            draft.mention = speaker_before(self.text, self.resolver, before, opens_paragraph, draft.pair)
            if draft.mention is not None:
                return
        if not opens_paragraph:
            return
        joint = statements.heading_speakers(self.text, self.resolver, draft.segment[0])
        if joint is not None:
            draft.mention, (draft.speaker, *others) = joint
            draft.co_speakers = tuple(others)
        elif alone and paragraph >= 0:  # `X a choisi M. Y.` ⏎ `« J’ai le plaisir de confirmer … »`
            draft.mention = statements.first_person_after(
                self.text, self.resolver, self.segments[paragraph], draft.pair
            )

    def _emit(self, draft: _PairDraft, found: list[QuoteCandidate]) -> None:
        """Appends the pair's candidates: the part before an inner attribution, then one per piece."""
        kind, cue, mention, speaker = draft.kind, draft.cue, draft.mention, draft.speaker
        co = draft.co_speakers
        continues, inherits, pieces = draft.continues, draft.inherits, draft.pieces
        inner = kind is QuoteType.MIXED and cue is None and mention is None  # `X « A, a-t-il dit, b »`
        interruption = self._interruption(*pieces[0]) if kind is QuoteType.DIRECT or inner else None
        if interruption is not None:
            cut, resume, inner_cue, inner_mention = interruption
            if inner_mention is not None:  # its own attribution: a new quotation, not the one above's
                continues, inherits = None, False
            subject = self.text.rfind(draft.before, draft.sentence[0], draft.pair.open) if inner else -1
            opening = subject if subject >= 0 and draft.before else pieces[0][0]  # `L’Ostravie « A`
            found.append(
                QuoteCandidate(kind, opening, cut, inner_cue, inner_mention, None, continues, inherits)
            )
            continues, inherits = len(found) - 1, False
            pieces = [trim(self.text, resume, draft.pair.close if inner else pieces[0][1]), *pieces[1:]]
            kind, cue, mention, speaker, co = QuoteType.DIRECT, None, None, None, ()
        first = len(found)
        for number, (start, end) in enumerate(pieces):
            if number == 0:
                found.append(QuoteCandidate(kind, start, end, cue, mention, speaker, continues, inherits, co))
            else:
                found.append(
                    QuoteCandidate(QuoteType.DIRECT, start, end, None, mention, None, first + number - 1)
                )


def find_quotes(text: str, segments: Sequence[Range], resolver: SpeakerResolver) -> list[QuoteCandidate]:
    """Quote candidates in the content segments of `text`, in text order, speakers resolved. Offsets are
    code points of `text`; quotations typed with doubled apostrophes, single marks or a turned closing mark
    count, and a comma before an attribution where a closing mark was lost (`markrepairs.repaired_marks`)."""
    text = repaired_marks(text)
    finder = _Finder(text, segments, resolver)
    resolver.use_sentences(finder.sentences)
    pairs = [p for p in quotation_pairs(text) if finder.segment_at(p.open + 1) is not None]  # +1: a lost mark
    indirect, consumed = finder.indirect(pairs)
    finder.reported = indirect
    direct = finder.direct([p for p in pairs if p not in consumed])
    unmarked = unmarked_quotes(text, finder.segments, resolver, finder.sentence_at, pairs)  # no marks
    ordered = without_overlaps(direct, sorted([*indirect, *unmarked], key=lambda c: c.start))
    return resolve_speakers(text, ordered, resolver)
