"""Reported speech whose source and cue stand in a comparative clause opening the sentence: `As General X
emphasized, the training will continue.`, `As emphasized by X, P.`, `Comme l’a indiqué M. X, l’Organisation
« continuera … ».` (indirect, or mixed when the clause holds quoted words; guidelines 2.4), and the source
of a quotation after such a clause (`Comme il l’a souligné, « … »`)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from natopress.draft.according import according_source
from natopress.draft.entities import SpeakerResolver
from natopress.draft.inverted import MARKS_RE, MIN_WORDS, with_apposed_name
from natopress.draft.phrases import COMMA_RE
from natopress.draft.speech import CUE_AFTER_ELISION_RE, CUE_RE, MANNER_RE, PRONOUN_RE
from natopress.draft.tails import closes_attribution
from natopress.text.sentences import Range, trim, without_final_punctuation

AS_RE = re.compile(
    r"(?:(?:en\s+effet|de\s+fait|par\s+ailleurs|cependant|pourtant|indeed|however|again)\s*,\s*)?"
    r"(?:(?:(?:but|and|yet|or|mais|et|ou)\s*,?\s+)?(?:as|comme|ainsi\s+que)(?=[\s,])|ainsi\s+qu['’](?=(?:il|elle)\s))",
    re.IGNORECASE,
)
"""A comparative clause opening a sentence, maybe after a conjunction or a connective adverb: `As …`, `But
as …`, `Or, as …`, `Comme …`, `En effet, comme …`, `Ainsi que …`, `Ainsi qu’il …` (`As, during the ceremony, X said -
…`: natopress.draft.dashes)."""
_POSSESSIVE_RE = re.compile(r"(?:our|notre)\s+(?=[A-ZÀ-Ý])")
"""A possessive before a title (`as our NATO Secretary General X said`)."""
_ELIDED_OBJECT_RE = re.compile(r"\s*(?:le\s+|l['’]\s*)", re.IGNORECASE)
"""The object pronoun of a French comparative clause: `Comme le souligne X`, `Comme l’a indiqué X`, `Comme
X l’a fait observer`."""
_BY_RE = re.compile(r"\s+by\s+", re.IGNORECASE)
_ENGLISH_AUX_RE = re.compile(
    r"\s+(?:has\s+|had\s+|have\s+)?(?:also\s+|already\s+|rightly\s+)?", re.IGNORECASE
)
_CLOSER_RE = re.compile(r"\s*[,:]\s*")
"""The comma closing a comparative clause, or a colon before a quotation (`As X said after the meeting: “…”`)."""
_PUT_IT_RE = re.compile(r"puts?\s+it\b", re.IGNORECASE)
"""`As General X put it, “…”`: a way of saying only in a comparative clause."""
_DECIDED_RE = re.compile(
    r"(?:agreed|decided|(?:l['’])?a\s+décidé|(?:l['’])?ont\s+(?:décidé|convenu))", re.IGNORECASE
)
"""Verbs of deciding in a comparative clause (`As agreed by Allies`, `Comme l’ont décidé les Alliés`): what
was decided, no one's words (a reading of round CT)."""


def as_attribution(
    text: str, resolver: SpeakerResolver, start: int, end: int
) -> tuple[Range, Range, int] | None:
    """(cue, speaker mention, position after the comma) of a comparative clause of saying opening
    `text[start:end]`: `As General X emphasized,`, `As the Commander points out,`, `As emphasized by X,`,
    `Comme le fait remarquer le commandant,`, `Comme l’a indiqué M. X,`, `Comme M. X l’a par ailleurs
    fait observer,`, `Comme il l’a souligné,` (a setting may close it: `As X said at the ceremony,`);
    None when the sentence opens otherwise, or the verb is one of deciding (`As agreed by Allies,`). The
    speaker phrase is `SpeakerResolver.phrase_at`'s."""
    lead = AS_RE.match(text, start, end)
    if lead is None:
        return None
    after = trim(text, lead.end(), end)[0]
    possessive = _POSSESSIVE_RE.match(text, after, end)  # `But as our Secretary General X said,`
    after = possessive.end() if possessive is not None else after
    found = _cue_then_speaker(text, resolver, after, end) or _speaker_then_cue(text, resolver, after, end)
    if found is None:
        return None
    cue, phrase, stop = found
    if _DECIDED_RE.fullmatch(text, *cue):
        return (
            None  # `As agreed by NATO Allies at the Wales Summit, this request will be reviewed`: a decision
        )
    comma = _CLOSER_RE.match(text, stop, end)
    if comma is None or comma.end() >= end:
        return None
    return cue, phrase, comma.end()


def _cue_then_speaker(
    text: str, resolver: SpeakerResolver, position: int, end: int
) -> tuple[Range, Range, int] | None:
    """`le fait remarquer le commandant`, `l’a indiqué M. X`, `emphasized by X` at `position`: cue,
    speaker and the speaker's end."""
    elided = _ELIDED_OBJECT_RE.match(text, position, end)
    cue = (CUE_AFTER_ELISION_RE if elided else CUE_RE).match(text, elided.end() if elided else position, end)
    if cue is None:
        return None
    manner = MANNER_RE.match(text, cue.end(), end)  # `l’a noté avec satisfaction le secrétaire général`
    cue_end = manner.end() if manner is not None else cue.end()
    by = None if elided else _BY_RE.match(text, cue_end, end)
    if elided is None and by is None:
        return None
    phrase = resolver.phrase_after_cue(text, by.end() if by else cue_end, end, COMMA_RE)  # also a title
    # holding commas before its holder (`la représentante spéciale … pour les femmes, la paix et la sécurité, X,`)
    if phrase is None or PRONOUN_RE.fullmatch(text, *phrase):
        return None
    phrase = with_apposed_name(text, phrase, end, resolver)  # `l’a souligné la secrétaire générale, Mme X,`
    return (cue.start(), cue_end), phrase, _setting_end(text, phrase[1], end)


def _speaker_then_cue(
    text: str, resolver: SpeakerResolver, position: int, end: int
) -> tuple[Range, Range, int] | None:
    """`General X emphasized`, `the Commander points out`, `X put it`, `M. X l’a fait observer`, `il l’a souligné` at
    `position`: cue, speaker and the cue's end (after a setting)."""
    phrase = resolver.phrase_at(text, position, end)
    if phrase is None:
        return _apposed_speaker_then_cue(text, resolver, position, end)
    elided = _ELIDED_OBJECT_RE.match(text, phrase[1], end)
    if elided is not None:
        cue = CUE_AFTER_ELISION_RE.match(text, elided.end(), end)
    else:
        auxiliary = _ENGLISH_AUX_RE.match(text, phrase[1], end)
        verb = auxiliary.end() if auxiliary is not None else phrase[1]
        cue = CUE_RE.match(text, verb, end) or _PUT_IT_RE.match(text, verb, end)
    if cue is None:
        return None
    return cue.span(), phrase, _setting_end(text, cue.end(), end)


_TITLE_APPOSED_RE = re.compile(r"(?:the|our|le|la|l['’])\s*[^,;:.!?«»“”\"]{3,80},\s*", re.IGNORECASE)
"""A title in lower case set before the speaker's name in apposition (`the deputy Commander of the Polish
Brigade, `), which `SpeakerResolver.phrase_at` does not read as a speaker phrase."""


def _apposed_speaker_then_cue(
    text: str, resolver: SpeakerResolver, position: int, end: int
) -> tuple[Range, Range, int] | None:
    """`the deputy Commander of the Brigade, Colonel X, put it` at `position`: a title, the name set off by
    commas and the cue; cue, the name's speaker phrase and the cue's end, or None."""
    title = _TITLE_APPOSED_RE.match(text, position, end)
    comma = text.find(",", title.end(), end) if title is not None else -1
    phrase = resolver.phrase_at(text, title.end(), comma) if title is not None and comma > 0 else None
    if phrase is None or text[phrase[1] : comma].strip() or not resolver.persons_within(*phrase):
        return None
    verb = trim(text, comma + 1, end)[0]
    cue = CUE_RE.match(text, verb, end) or _PUT_IT_RE.match(text, verb, end)
    if cue is None:
        return None
    return cue.span(), phrase, _setting_end(text, cue.end(), end)


def _setting_end(text: str, position: int, end: int) -> int:
    """The end of a setting (`tails.closes_attribution`: `at the ceremony`) right after `position` before a
    comma or a colon, else `position`."""
    comma = min(
        (i for i in (text.find(",", position, end), text.find(":", position, end)) if i > position),
        default=-1,
    )
    return comma if comma > position and closes_attribution(text, position, comma) else position


def as_reported(
    text: str, sentences: Sequence[Range], resolver: SpeakerResolver
) -> list[tuple[Range, Range, Range]]:
    """(content, cue, speaker mention) of each sentence opening with a comparative clause of saying
    (`as_attribution`) whose main clause P has at least four words and is not one whole quotation (a
    direct quote, whose source `according_source` gives): content P, to the sentence's end without its
    final punctuation. P may hold quotation marks (a mixed quote)."""
    found = []
    for start, end in sentences:
        attribution = as_attribution(text, resolver, start, end)
        if attribution is None:
            continue
        cue, phrase, after = attribution
        _, end = without_final_punctuation(text, start, end)
        content = trim(text, after, end)
        whole_quotation = re.fullmatch(r"[«“”\"][^«»“”\"]*[»”\"]", text[content[0] : content[1]])
        opening = MARKS_RE.search(text, *content)
        if whole_quotation or (opening and according_source(text, resolver, start, opening.start())):
            continue  # a direct quote, after an apposition or a setting: `Comme l’explique M. X, titre, « … »`
        if text[content[1] - 1] == ":":
            continue  # an apposition announcing the quotation after it: `Ainsi que l’a déclaré X, porte-parole :`
        if len(text[content[0] : content[1]].split()) >= MIN_WORDS:
            found.append((content, cue, phrase))
    return found


_APPOSITION_COLON_RE = re.compile(r"[^;.!?«»“”\"\n]{1,80}:\s*")
"""A phrase and a colon between a comparative clause and its quotation, maybe in the next paragraph: the
speaker's apposition (`Ainsi que l’a déclaré le lieutenant-colonel X, porte-parole du Corps :` ⏎ `« … »`)."""


def as_lead(
    text: str, resolver: SpeakerResolver, sentence_start: int, opening: int
) -> tuple[Range | None, Range | None]:
    """(cue, speaker mention) of a comparative clause of saying (`as_attribution`) opening the sentence at
    `sentence_start` whose comma leads over a phrase and a colon (`_APPOSITION_COLON_RE`) to the quotation
    opening at `opening`; (None, None) otherwise (straight after the comma, `as_source` gives the speaker
    alone). Offsets are code points of `text`."""
    found = as_attribution(text, resolver, sentence_start, opening + 1)
    if found is None or not _APPOSITION_COLON_RE.fullmatch(text, found[2], opening):
        return None, None
    return found[0], found[1]


def as_source(text: str, resolver: SpeakerResolver, sentence_start: int, opening: int) -> Range | None:
    """The speaker phrase of a comparative clause of saying (`as_attribution`) that opens the sentence
    at `sentence_start` and leads straight to the quotation opening at `opening` (`Comme il l’a
    souligné, « … »`, `As the General stated, “…”`), or the possessor of `In X’s words,` opening the
    sentence right before it; else None."""
    found = as_attribution(text, resolver, sentence_start, opening + 1)
    if found is not None and found[2] == opening:
        return found[1]
    words = _POSSESSOR_WORDS_RE.fullmatch(text, sentence_start, opening)  # `In General X’s words, “…”`
    phrase = resolver.phrase_at(text, words.start("who"), words.end("who")) if words is not None else None
    return phrase if phrase is not None and words is not None and phrase[1] == words.end("who") else None


_POSSESSOR_WORDS_RE = re.compile(
    r"(?:(?P<in>In|Dans)\s+|(?:But|And|Yet)\s+)?(?P<who>(?:[^,;:.«»“”\"\n]|(?<=\b[A-Z])\.){1,60}?)['’]s\s+(?:own\s+)?"
    r"words(?(in)\s*,?\s*|(?-i:\s+[a-z]+){1,4}\s*:\s*)",
    re.IGNORECASE,
)
"""`In General Lavigne’s words, “…”`: like `In the words of X,`, the quotation is X's; so is one after `X’s
words` and a short clause closed by a colon (`And Ilse B. Varga’s words remain our compass: “…”`)."""
