"""Reported speech with the attribution after it and no quotation marks: `Transition was on track to be
completed by the end of 2014, Mr Rasmussen added.` (indirect, content = the clause before the comma)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from natopress.draft.entities import SpeakerResolver
from natopress.draft.speech import CUE_RE, PRONOUN_RE
from natopress.text.sentences import Range, trim, without_final_punctuation

_MARKS_RE = re.compile(r"[«»“”\"]")
_MIN_WORDS = 4


def inverted_indirect(
    text: str, sentences: Sequence[Range], resolver: SpeakerResolver
) -> list[tuple[Range, Range, Range]]:
    """(content, cue, speaker mention) of each sentence `P, <speaker> <cue>.` or `P, <cue> <speaker>.`
    without quotation marks, whose speaker phrase is a person's name, honorific + surname, title or
    pronoun and whose clause P has at least four words."""
    found = []
    for start, end in sentences:
        start, end = without_final_punctuation(text, start, end)
        if _MARKS_RE.search(text, start, end):
            continue
        comma = text.rfind(",", start, end)
        if comma < 0 or len(text[start:comma].split()) < _MIN_WORDS:
            continue
        tail = trim(text, comma + 1, end)
        attribution = _attribution(text, tail, resolver)
        if attribution is not None:
            found.append((trim(text, start, comma), *attribution))
    return found


def _attribution(text: str, tail: Range, resolver: SpeakerResolver) -> tuple[Range, Range] | None:
    """Cue and speaker of `Mr Rasmussen added` / `he said` / `said the Secretary General` filling `tail`."""
    cue = CUE_RE.search(text, *tail)
    if cue is None:
        return None
    if cue.end() == tail[1]:  # `<speaker> <cue>`
        phrase = resolver.phrase_at(text, tail[0], cue.start())
        if phrase is not None and not text[phrase[1] : cue.start()].strip():
            return cue.span(), phrase
        return None
    if cue.start() == tail[0]:  # `<cue> <speaker>`
        phrase = resolver.phrase_at(text, cue.end(), tail[1])
        if phrase is not None and phrase[1] == tail[1] and not PRONOUN_RE.fullmatch(text, *phrase):
            return cue.span(), phrase
    return None
