"""Names whose last word a page ran together with the next word (`Ilse Vargaat a workshop`, `Tomas
Riegerthat the mission`): the name without the glued function word, when the release writes that surname
elsewhere on its own (guidelines 3.7)."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from natopress.draft.nameparts import NameCandidate
from natopress.model import EntityType

GLUED_WORDS = "at|in|on|to|and|of|for|that|the|with|as"
"""English function words a page may run together with the name before them, as an alternation."""
_GLUED_RE = re.compile(rf"(?P<surname>[A-ZÀ-Ý][\w’'-]{{2,}}?)(?P<glued>{GLUED_WORDS})\Z")
"""A capitalised word ending on an English function word in lower case (`Vargaat`, `Riegerthat`)."""


def without_glued_words(text: str, candidates: Sequence[NameCandidate]) -> list[NameCandidate]:
    """`candidates` (spans in code points), each person whose last word is a surname and a function word run
    together (`_GLUED_RE`) cut before that word, when the surname stands alone elsewhere in `text`
    (`Ambassador Varga`); others unchanged. A name that merely ends on such letters (`Jonathan`, `Milton`)
    is kept unless its shorter form stands alone in the text."""
    found = []
    for candidate in candidates:
        last = re.search(r"\S+\Z", text[candidate.start : candidate.end])
        glued = _GLUED_RE.fullmatch(last.group()) if last is not None else None
        if candidate.type is EntityType.PER and glued is not None and _alone(text, glued["surname"]):
            candidate = dataclasses.replace(candidate, end=candidate.end - len(glued["glued"]))
        found.append(candidate)
    return found


def _alone(text: str, word: str) -> bool:
    """True when `word` stands in `text` as a whole word of its own (not inside a longer word)."""
    return re.search(rf"(?<![\w’'-]){re.escape(word)}(?![\w’'-])", text) is not None
