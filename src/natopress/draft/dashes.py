"""Quotations set off by dashes instead of quotation marks, as some NATO headquarters' pages print them after
Polish and French dialogue typography: a paragraph opening with a dash whose words close with a second dash
and their attribution (`– P – said Minister X.`), or a verb of saying followed by a dash and the words
(`As he said - P`, `said: - P - and …`); and a paragraph without quotation marks after one that ends with
a verb of saying and a colon (`Mr X said:` ⏎ `P`). Each is a `direct` quote (ANNOTATION_GUIDELINES.md
§2.1)."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence

from natopress.draft.afterquote import signature
from natopress.draft.candidates import QuoteCandidate
from natopress.draft.comparative import AS_RE, as_attribution
from natopress.draft.dates import PLACE_DATELINE_RE
from natopress.draft.entities import SpeakerResolver
from natopress.draft.speech import CUE_RE, INDIRECT_RE, INVERTED_PRONOUN_RE, LEAD_CUE_RE
from natopress.draft.subjects import participle_subject
from natopress.model import QuoteType
from natopress.text.marks import Pair
from natopress.text.sentences import Range, at_text_end, trim

_OPENING_DASH_RE = re.compile(r"[–—-][^\S\n]+")
"""A paragraph's opening dash."""
_CLOSING_DASH_RE = re.compile(
    rf"[^\S\n]+[–—-][^\S\n]+(?:as[^\S\n]+(?P<pronoun>he|she)[^\S\n]+)?(?=(?:{CUE_RE.pattern}))", CUE_RE.flags
)
"""The dash closing quoted words before their attribution (`… a lot - said General X`, `- as he said.`)."""
_INNER_DASH_RE = re.compile(r"(?<=[\w.!?…])[^\S\n]+[–—-][^\S\n]+(?=[A-ZÀ-Ý])")
"""A dash inside a paragraph before words opening in a capital (`… best wishes to all guests - I would …`)."""
_FIRST_PERSON_RE = re.compile(r"(?<![\w’'-])(?:I|[Ww]e|[Oo]ur|us|[Mm]y)(?![\w’'-])")
"""A first person: the words after a dateline's or an inner dash are someone's speech, not narrative."""
_DASH_AFTER_CUE_RE = re.compile(
    r"[^\S\n]*:?[^\S\n]+[–—-][^\S\n]+(?P<content>[A-ZÀ-Ý][^–—\n]{9,}?)(?:[^\S\n]+[–—-](?=\s)|[^\S\n]*$)",
    re.MULTILINE,
)
"""What follows a verb of saying before words set off by a dash: maybe a colon, the dash, the words (from a
capital letter: not `- as you said - on the 29th`) up to a closing dash or the paragraph's end."""
_LOWER_AFTER_CUE_RE = re.compile(
    _DASH_AFTER_CUE_RE.pattern.replace("[A-ZÀ-Ý]", "[a-zà-ÿA-ZÀ-Ý]", 1), re.MULTILINE
)
"""`_DASH_AFTER_CUE_RE` with words opening in lower case, after a comparative clause opening the sentence
(`As, during the ceremony, Brig. Gen. X said - this is the last …`)."""


_PARTED_BY_DASHES_RE = re.compile(
    rf"(?P<first>[A-ZÀ-Ý][^–—«»“”\"\n]{{9,}}?[.!?,])[^\S\n]+[–—-][^\S\n]+(?P<cue>{CUE_RE.pattern})"
    r"(?P<who>[^–—«»“”\"\n]{1,80}?)[^\S\n]+[–—-][^\S\n]+(?P<second>[A-ZÀ-Ý][^–—«»“”\"\n]{9,}?)[^\S\n]*",
    re.IGNORECASE,
)
"""A paragraph of words without quotation marks parted by an attribution between dashes (`By setting the
scene, you gain … region. – pointed out General X – This way, we’ll all be …`): two parts of one quotation."""
_DASH_CUE_LINE_RE = re.compile(
    rf"(?:[–—-][^\S\n]+|(?-i:(?=[a-zà-ÿ])))(?P<cue>{CUE_RE.pattern})", re.IGNORECASE
)
"""A paragraph opening with a dash and a verb of saying (`- said Brigadier General X, the Chief of Staff, …`),
or with the verb in lower case, the page's marks lost (`said Gen. X, Chairman of …, in his remarks.`): the
attribution of the paragraph above it."""


def _attributed_below(
    text: str, segments: Sequence[Range], resolver: SpeakerResolver
) -> list[QuoteCandidate]:
    """Paragraphs of words without quotation marks (`_BLOCK_RE`) whose next paragraph opens with a dash and a
    verb of saying (`We have to stay loyal to our main goal.` ⏎ `- said Brigadier General X, …`): `direct`
    quotes, the cue and its speaker phrase from the line below (also without its dash, `_DASH_CUE_LINE_RE`)."""
    found = []
    for (start, end), (next_start, next_end) in itertools.pairwise(segments):
        line = _DASH_CUE_LINE_RE.match(text, next_start, next_end)
        if line is not None and _BLOCK_RE.fullmatch(text, start, end):
            mention = resolver.phrase_after_cue(text, line.end("cue"), next_end)
            found.append(QuoteCandidate(QuoteType.DIRECT, start, end, line.span("cue"), mention))
    return found


def dash_quotes(
    text: str,
    segments: Sequence[Range],
    resolver: SpeakerResolver,
    sentence_at: Callable[[int], Range | None],
    pairs: Sequence[Pair],
) -> list[QuoteCandidate]:
    """The quotations set off by dashes in the paragraphs `segments` (code points of `text`), in text
    order, where no quotation marks of `pairs` stand: content, cue and speaker mention (resolved later, like
    any quote's); `sentence_at` gives the sentence holding a position (the subject before a cue is looked
    for in it)."""
    found = _attributed_below(text, segments, resolver)
    for start, end in segments:
        parted = _PARTED_BY_DASHES_RE.fullmatch(text, start, end)
        if parted is not None:  # `P. – pointed out General X – Q.`: both parts the speaker's
            said = parted.span("cue")
            mention = resolver.phrase_after_cue(text, said[1], parted.end("who"))
            found.append(QuoteCandidate(QuoteType.DIRECT, *parted.span("first"), said, mention))
            found.append(QuoteCandidate(QuoteType.DIRECT, *parted.span("second"), None, mention))
            continue
        dashed = _dashed_words(text, start, end, resolver)
        if dashed is not None:  # `– P – said Minister X.`
            found.append(dashed)
            continue
        for cue in CUE_RE.finditer(text, start, end):  # `As he said - P`
            sentence = sentence_at(cue.start())
            after = _DASH_AFTER_CUE_RE.match(text, cue.end(), end)
            if after is None and sentence is not None and AS_RE.match(text, sentence[0]):
                after = _LOWER_AFTER_CUE_RE.match(text, cue.end(), end)
            if after is None:
                continue
            mention = resolver.phrase_before(text, sentence[0] if sentence else start, cue.start())
            content = trim(text, *after.span("content"))
            found.append(QuoteCandidate(QuoteType.DIRECT, *content, cue.span(), mention))
    return [c for c in found if not any(p.open < c.end and c.start <= p.close for p in pairs)]


def _dashed_words(text: str, start: int, end: int, resolver: SpeakerResolver) -> QuoteCandidate | None:
    """Words set off by dashes and closed by their attribution in the paragraph `text[start:end]`: from the
    paragraph's opening dash (`– P – said Minister X.`, `- P - Merry Christmas - added General X.`), or,
    holding a first person, from a dateline's dash (`Elbląg, Poland - We met … - said Maj. Gen. X`) or a
    dash inside the paragraph (`… to all guests - I would like … - said general.`) to the first dash
    before a verb of saying (`_CLOSING_DASH_RE`); a `direct` quote, or None."""
    closing = _CLOSING_DASH_RE.search(text, start, end)
    if closing is None:
        return None
    lead = _OPENING_DASH_RE.match(text, start, closing.start())
    if lead is None:
        inner = [*_INNER_DASH_RE.finditer(text, start, closing.start())]
        lead = PLACE_DATELINE_RE.match(text, start, closing.start()) or (inner[-1] if inner else None)
        if lead is None or not _FIRST_PERSON_RE.search(text, lead.end(), closing.start()):
            return None
    content = trim(text, lead.end(), closing.start())
    if content[1] - content[0] < 10 or not text[content[0]].isupper():
        return None
    cue = CUE_RE.match(text, closing.end(), end)
    if cue is None:
        return None
    pronoun = INVERTED_PRONOUN_RE.search(text, *cue.span())
    mention = pronoun.span("pronoun") if pronoun else resolver.phrase_after_cue(text, cue.end(), end)
    if closing["pronoun"]:  # `- as he said.`
        mention = closing.span("pronoun")
    return QuoteCandidate(QuoteType.DIRECT, *content, cue.span(), mention)


_CUE_COLON_END_RE = re.compile(r"\s*[:,]\s*\Z")
"""The colon ending a paragraph over a block quotation, or a comma right after a verb of saying (`During the
visit, General X stated,` ⏎ `P`)."""
_BLOCK_RE = re.compile(r"[A-ZÀ-Ý][^«»“”\"\n]{20,}")
"""A paragraph that reads as quoted words set as a block: a capital first, no quotation marks (and a
sentence's end last, unless the excerpt ends there)."""


def block_quotes(
    text: str,
    segments: Sequence[Range],
    resolver: SpeakerResolver,
    sentence_at: Callable[[int], Range | None],
    pairs: Sequence[Pair],
) -> list[QuoteCandidate]:
    """Quotations set as a paragraph of their own without quotation marks, after a paragraph that ends with
    a verb of saying and a colon (`Mr. X said:` ⏎ `P`, `…, stating:` ⏎ `P`) or a comma (`X stated,` ⏎
    `P`): the next paragraph (of
    `segments`, code points of `text`) is a `direct` quote, its speaker mention the cue's subject. None
    where quotation marks (`pairs`) stand in the paragraph, or where it ends on no sentence's end while the
    excerpt goes on, unless it holds a first person (`we must …`, its full stop lost)."""
    found = []
    for (start, end), (next_start, next_end) in itertools.pairwise(segments):
        colon = _CUE_COLON_END_RE.search(text, start, end)
        block = _BLOCK_RE.fullmatch(text, *trim(text, next_start, next_end))
        if (
            block is not None
            and block[0][-1] not in ".!?…"
            and not at_text_end(text, next_end)
            and not _FIRST_PERSON_RE.search(block[0])
        ):
            block = None  # no sentence's end nor first person, and the excerpt goes on: no block quotation
        sentence = sentence_at(colon.start() - 1) if colon is not None else None
        if colon is None or block is None or sentence is None:
            continue
        if _holds_marks(pairs, next_start, next_end):
            continue
        lead = _block_lead(text, resolver, (sentence[0], colon.start()), block.span())
        if lead is None or (text[colon.start() : colon.end()].strip() == "," and lead[0][1] != colon.start()):
            continue  # after a comma, only the verb of saying right before it
        cue, mention = lead
        found.append(QuoteCandidate(QuoteType.DIRECT, *block.span(), cue, mention))
    return found


def inline_block_quotes(
    text: str,
    segments: Sequence[Range],
    resolver: SpeakerResolver,
    sentence_at: Callable[[int], Range | None],
    pairs: Sequence[Pair],
) -> list[QuoteCandidate]:
    """Quoted words without quotation marks after a named speaker's verb of saying and a colon inside their
    paragraph (`President X said: Our region has waited a long time for this day. We will …`): from the
    capital after the colon to the paragraph's end, a sentence's end last (or the excerpt's end), a `direct` quote
    like a block quotation (`block_quotes`; guidelines 2.1). None where quotation marks (`pairs`) stand in
    the paragraph or no person is the cue's subject. Offsets are code points of `text`."""
    found = []
    for start, end in segments:
        for colon in (m.start() for m in re.finditer(r":", text[start:end])):
            block = _BLOCK_RE.fullmatch(text, *trim(text, start + colon + 1, end))
            sentence = sentence_at(start + colon) if block is not None else None
            if block is None or sentence is None or not (block[0][-1] in ".!?…" or at_text_end(text, end)):
                continue
            if _holds_marks(pairs, start, end):
                break  # quotation marks in the paragraph (looked for only here: linear in the text)
            lead = _block_lead(text, resolver, (sentence[0], start + colon), block.span())
            if lead is not None and lead[1] is not None and resolver.persons_within(*lead[1]):
                found.append(QuoteCandidate(QuoteType.DIRECT, *block.span(), *lead))
                break
    return found


_DASH_LINE_BELOW_RE = re.compile(r"[^\S\n]*\n(?P<line>[^\S\n]*[-–—][^\S\n]*[^\n]+)")
"""The next line, opening on a dash (`– General X`): a signature's place under a paragraph."""


def _holds_marks(pairs: Sequence[Pair], start: int, end: int) -> bool:
    """True when a quotation mark of `pairs` opens or closes in `[start, end)` (code points)."""
    return any(start <= p.open < end or start <= p.close < end for p in pairs)


def signed_blocks(
    text: str, segments: Sequence[Range], resolver: SpeakerResolver, pairs: Sequence[Pair]
) -> list[QuoteCandidate]:
    """A paragraph without quotation marks right above a line that opens on a dash and is only a person's
    name, maybe with a title (`afterquote.signature`): a pull quote set without its marks (`Training is
    where readiness begins.` ⏎ `– General X`), a `direct` quote of that person, `cue: null` (guidelines
    2.1). Offsets are code points of `text`."""
    found = []
    for start, end in segments:
        block = _BLOCK_RE.fullmatch(text, *trim(text, start, end))
        below = _DASH_LINE_BELOW_RE.match(text, end)
        if block is None or block[0][-1] not in ".!?…" or below is None or _holds_marks(pairs, start, end):
            continue
        signed = signature(text, resolver, *below.span("line"))
        if signed is not None:
            found.append(QuoteCandidate(QuoteType.DIRECT, *block.span(), None, signed))
    return found


def unmarked_quotes(
    text: str,
    segments: Sequence[Range],
    resolver: SpeakerResolver,
    sentence_at: Callable[[int], Range | None],
    pairs: Sequence[Pair],
) -> list[QuoteCandidate]:
    """The quotations set without quotation marks: by dashes (`dash_quotes`), as a block after a verb of
    saying and a colon (`block_quotes`, `inline_block_quotes`), or signed by a dash line (`signed_blocks`)."""
    return [
        *dash_quotes(text, segments, resolver, sentence_at, pairs),
        *block_quotes(text, segments, resolver, sentence_at, pairs),
        *inline_block_quotes(text, segments, resolver, sentence_at, pairs),
        *signed_blocks(text, segments, resolver, pairs),
    ]


def _block_lead(
    text: str, resolver: SpeakerResolver, lead: Range, block: Range
) -> tuple[Range, Range | None] | None:
    """The cue and speaker mention of a block quotation (`block`, code points) under the sentence `lead`
    (its start to the colon ending it): a verb of saying right before the colon (`Mr. X said:`), a participle
    (`…, stating:`), a comparative clause (`Or, as Colonel X put it:`), or, when the block holds a first
    person, a reported clause the colon closes (`He also reaffirmed that P:` ⏎ `NATO is moving forward …
    we created …`); None for any other sentence."""
    start, colon = lead
    cues = [c for c in CUE_RE.finditer(text, start, colon) if c.end() == colon]
    leads = [c for c in LEAD_CUE_RE.finditer(text, start, colon) if c.end() == colon]
    compared = as_attribution(text, resolver, start, block[1])
    reported = [m.span("cue") for m in INDIRECT_RE.finditer(text, start, colon)]
    if cues:
        return cues[0].span(), resolver.phrase_before(text, start, cues[0].start())
    if leads:
        return leads[0].span(), participle_subject(text, resolver, start, leads[0].span())
    if compared is not None and compared[2] > colon:
        return compared[0], compared[1]
    if reported and _FIRST_PERSON_RE.search(text, *block):
        return reported[-1], resolver.phrase_before(text, start, reported[-1][0])
    return None
