"""The subject of a participle cue standing in a clause of its own inside the sentence: an absolute clause
(`…, with Lord X saying that`, `…, Lord X déclarant qu’`) or a clause after `while` (`Ayse F. called it
“…”, while Cecile H. thanked the delegations, saying they were “…”`: Cecile H.; guidelines 2.4)."""

from __future__ import annotations

import re

from natopress.draft.entities import SpeakerResolver
from natopress.draft.speech import CUE_RE
from natopress.text.sentences import Range

_ABSOLUTE_LEAD_RE = re.compile(r"(?<![\w’'-])with\s+|,\s+", re.IGNORECASE)
"""`with` or a comma opening an absolute clause whose subject is the participle's (`with Lord X saying
that`, `…, Lord X déclarant qu’`)."""
_SAID_BY_RE = re.compile(rf"(?:{CUE_RE.pattern})\s+by\s+\Z", re.IGNORECASE)
"""A verb of saying and `by` before a participle (`X said by underlining that`): the participle is X's."""
_WHILE_RE = re.compile(
    r"(?<![\w’'-])(?:while|whereas|tandis\s+qu(?:e\s+|['’])|alors\s+qu(?:e\s+|['’]))\s*", re.IGNORECASE
)
"""A conjunction opening a second clause with its own subject (`…, while Cecile X thanked …`)."""


def absolute_subject(text: str, resolver: SpeakerResolver, sentence_start: int, cue: Range) -> Range | None:
    """The speaker phrase (code points) between the last `with` or comma before `cue` and the cue itself
    (`…, with the Minister saying that`, `…, Lord Robertson déclarant qu’`), or the person phrase opening
    the last clause after `while`/`tandis que` before the cue (`…, while Cecile X thanked …, saying`), or
    the subject of a verb of saying right before `by` and the cue (`“…,” Commander X said by underlining
    that`); else None."""
    clause = while_subject(text, resolver, sentence_start, cue)
    if clause is not None:
        return clause
    said = _SAID_BY_RE.search(text, max(sentence_start, cue[0] - 40), cue[0])  # `” Commander X said by
    if said is not None:  # underlining that`: the verb of saying's subject
        return resolver.phrase_before(text, sentence_start, said.start())
    starts = [found.end() for found in _ABSOLUTE_LEAD_RE.finditer(text, sentence_start, cue[0])]
    if not starts:
        return None
    phrase = resolver.phrase_at(text, starts[-1], cue[0])
    return phrase if phrase is not None and not text[phrase[1] : cue[0]].strip() else None


def while_subject(text: str, resolver: SpeakerResolver, sentence_start: int, cue: Range) -> Range | None:
    """The person phrase (code points) opening the last clause after `while`/`tandis que` before `cue`
    (`…, while Cecile X thanked the delegations, saying`: Cecile X), or None."""
    clauses = [found.end() for found in _WHILE_RE.finditer(text, sentence_start, cue[0])]
    phrase = resolver.phrase_at(text, clauses[-1], cue[0]) if clauses else None
    return phrase if phrase is not None and resolver.persons_within(*phrase) else None
