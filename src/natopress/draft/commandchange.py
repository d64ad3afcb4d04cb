"""The new and the outgoing holder of a post after a change of command (`Major General X assumed command
from Major General Y. The new commander said …`): whom `the new commander`, `the outgoing commander`, `le
commandant sortant` name (guidelines 2.4)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from natopress.draft.located import Located

_POST = (
    r"(?:commander|commanding\s+officer|chief|head|director|leader|commandant|chef|directeur|directrice"
    r"|(?-i:[A-Z]{3,}\d?))"  # a post's acronym: `the new DVTC`
)
TENURE_PHRASE_RE = re.compile(
    rf"(?:the|le|la)\s+(?:(?P<new>new|newly\s+appointed|incoming|nouveau|nouvelle)"
    rf"|(?P<old>outgoing|departing|former|previous|ancien|ancienne))\s+{_POST}"
    rf"|(?:le|la)\s+{_POST}\s+(?:(?P<new_after>entrante?)|(?P<old_after>sortante?))",
    re.IGNORECASE,
)
"""A post named by its tenure in a change of command: `the new commander`, `the incoming Commander`, `the
outgoing commander`, `le nouveau commandant`, `le commandant sortant`, `la directrice entrante`, `the new
DVTC` (a post's acronym in capitals)."""
_NEW_FIRST_RE = re.compile(
    r"(?<![\w’'-])(?:(?:assumed|assumes|took\s+over|takes\s+over|has\s+taken\s+over|took|takes)\s+(?:the\s+)?"
    r"(?:command|leadership|helm)\b[^.;\n]{0,120}?\s(?=from\s)"
    r"|(?:took\s+over|takes\s+over)\s+(?:the\s+(?:position|post|duties|role)\b[^.;\n]{0,120}?\s)?(?=from\s)"
    r"|(?:a\s+)?pris\s+(?:le\s+)?commandement\b[^.;\n]{0,120}?\s(?=(?:de|des\s+mains\s+de)\s)"
    r"|(?:replaced|replaces|succeeded|succeeds|relieved|relieves|(?:a\s+)?(?:succédé|remplacé)\s+à|succède\s+à"
    r"|remplace)(?![\w’'-]))",
    re.IGNORECASE,
)
"""A change of command whose subject is the new holder (`X assumed command of KFOR from Y`, `X took over
from Y`, `X took over the position of … from Y`, `X succeeded Y`, `X a pris le commandement … des mains de
Y`, `X succède à Y`)."""
_OLD_FIRST_RE = re.compile(
    r"(?<![\w’'-])(?:handed\s+over|hands\s+over|handed|relinquished|relinquishes|passed|transferred"
    r"|(?:a\s+)?(?:cédé|transmis|passé|remis))\s+(?:the\s+|le\s+)?(?:command|leadership|commandement)"
    r"\b[^.;\n]{0,120}?\s(?=(?:to|à|au|aux)\s)",
    re.IGNORECASE,
)
"""A change of command whose subject is the outgoing holder (`Y handed over command of the mission to X`,
`Y relinquished command to X`, `Y a cédé le commandement à X`)."""


def tenure_holder(text: str, phrase: str, start: int, persons: Sequence[Located]) -> str | None:
    """The person `phrase` (`the new commander`, `le commandant sortant`, at `start`, code points) names:
    the new or the outgoing holder of the last change of command the text states before `start` in one
    sentence, its subject and the person named within 80 code points after its verb (`persons`, the person
    mentions in text order); None when the phrase names no tenure, or no such sentence names both."""
    tenure = TENURE_PHRASE_RE.fullmatch(phrase)
    if tenure is None:
        return None
    wants_new = bool(tenure["new"] or tenure["new_after"])
    changes = [
        (m, new_first)
        for rx, new_first in ((_NEW_FIRST_RE, True), (_OLD_FIRST_RE, False))
        for m in rx.finditer(text, 0, start)
    ]
    for verb, new_first in sorted(changes, key=lambda c: c[0].start(), reverse=True):
        floor = max(text.rfind(". ", 0, verb.start()), text.rfind("\n", 0, verb.start())) + 1
        subject = [m for m in persons if floor <= m.start and m.end <= verb.start()]
        objects = [m for m in persons if verb.end() <= m.start < verb.end() + 80]
        if subject and objects:
            first, second = subject[-1].entity, objects[0].entity
            return first if wants_new == new_first else second
    return None
