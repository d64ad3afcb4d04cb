"""Interrupted quotations: whether a pair of quotation marks resumes the quotation of the pair before it,
after the attribution set between them (`“A,” he said, “b.”`, `« A », a-t-il dit, « b »`)."""

from __future__ import annotations

import re

from natopress.draft.phrases import WHERE_OR_WHEN
from natopress.draft.speech import INVERTED_PRONOUN_RE
from natopress.text.marks import Pair
from natopress.text.sentences import Range

_RESUMING_RE = re.compile(
    rf"(?:\s+{WHERE_OR_WHEN}\s[^,;:.«»“”\"\n]{{1,60}})?"
    r"(?:\s*,\s*(?!(?:who|which|whose|qui|dont|que|where|où)\s)[^,;:.!?«»“”\"\n]{1,80})?\s*(?:,|\s[-–—]\s)\s*",
    re.IGNORECASE,
)
"""What stands between an attribution and the quotation it interrupted: a comma, maybe after where or when
the words were said (`“A”, X said at the opening ceremony, “b”`) or the speaker's title in apposition (`“A,”
said Vice Admiral X, MARCOM Deputy Commander, “B”`; no relative clause); or a dash (`“A.” – stated X – “B”`)."""
_ADDRESSEE_RE = re.compile(r"(?:\s+(?:the\s+)?[^\W\d_A-ZÀ-Þ][\w’'-]*)?\s*")
"""What may stand between an attribution and the rest of the quotation it interrupted when no comma follows:
nothing, or whom the words were said to (`told reporters`)."""


def resumes(text: str, last: Pair, attribution: Range, pair: Pair) -> bool:
    """True when `pair` resumes the quotation of `last` (the pair before it in the same paragraph) after
    `attribution` (code points: from the cue's or speaker's start, whichever first, to the later end): a
    comma follows the attribution, maybe after where or when the words were said (`“A”, X said at the
    ceremony, “b”`); or, with no comma after it (`« A, » a-t-il conclu « b »`, `“A,” she told reporters
    “b”`), a comma closes the first part and a lower-case word opens the second, or any word after an inverted
    subject (`« A, » a-t-il ajouté « Mais, b »`). A new verb of saying makes
    a new quote, which the caller decides."""
    end = attribution[1]
    if end > pair.open:
        return False
    if _RESUMING_RE.fullmatch(text, end, pair.open) is not None:
        return True
    content = text[last.open + 1 : last.close].rstrip()
    resumed = text[pair.open + 1 : pair.close].lstrip()
    return (
        _ADDRESSEE_RE.fullmatch(text, end, pair.open) is not None
        and content.endswith(",")
        and (resumed[:1].islower() or INVERTED_PRONOUN_RE.search(text, attribution[0], end) is not None)
    )
