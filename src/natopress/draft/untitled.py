"""The one person a release names by honorific and surname without ever giving a title: the holder of a
title the release gives to no name.

A release often names its own principal by a title alone and by `M. X` / `Lord X` alone, never joined
(`Le secrétaire général de l’OTAN a déclaré … M. X a souligné …`, `the Secretary General stated … Lord X
urged …`): every other person gets a title in apposition (`le premier ministre, Y`). When the text names
exactly one such untitled person outside quotations, that person holds the title no name holds; two or
more (or none) leave the title's quotes without a speaker (guidelines 2.3).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from natopress.draft.mentions import FoundMention
from natopress.draft.namewords import PEERAGE
from natopress.draft.roles import titled_on_line
from natopress.draft.speech import HONORIFICS
from natopress.model import EntityType
from natopress.text.marks import quotation_open

_ADDRESSED_RE = re.compile(rf"(?<![\w’'-])(?:{HONORIFICS}|{PEERAGE})[ \u00a0]+\Z")
"""An honorific or a peer's title right before a name (`M. `, `Mr `, `Lord `)."""
_PARTICLES = frozenset({"de", "van", "von", "der", "di", "da", "du", "le", "la"})
"""Particles opening a surname, never a given name (`de Hoop Scheffer`)."""


def _quoted(text: str, position: int) -> bool:
    """True when `position` (code points) is inside a quotation opened on its own line."""
    return quotation_open(text, text.rfind("\n", 0, position) + 1, position)


def _surname_only(mention: str, name: str) -> bool:
    """True when the mention's words (`mention`) are fewer than those of the person's name (`name`), or
    that name is a surname alone: one word, or words after a particle (`de Hoop Scheffer`)."""
    words = name.split()
    if not words:
        return False
    return len(mention.split()) < len(words) or len(words) == 1 or words[0].casefold() in _PARTICLES


def sole_untitled(text: str, mentions: Sequence[FoundMention], names: Mapping[str, str]) -> str | None:
    """The id of the one person named outside quotations, at least once after an honorific or a peer's
    title (`M. X`, `Lord X`), never with a given name (`Mr. Giorgi X` names a visitor, not the release's
    principal; but the headline, the text's first line, may name the principal in full: `Marek Halvorsen :
    « … »`) and never with a title anywhere in `text`; None when there are none or several.
    `mentions`: the person mentions of the release (spans in code points; a nominal one, a title linked to
    its holder, counts as a title); `names`: person id → name."""
    addressed: set[str] = set()
    titled: set[str] = set()
    headline = text.find("\n") % (len(text) + 1)  # no line break: the whole text is its first line
    for mention in mentions:
        if mention.type is not EntityType.PER:
            continue
        if mention.end <= headline and not titled_on_line(text, mention.start, mention.end):
            continue  # `Marek Halvorsen : « … »` over `… M. Halvorsen a affirmé`: the headline's full name
        if titled_on_line(text, mention.start, mention.end) or not _surname_only(
            text[mention.start : mention.end], names.get(mention.entity, "")
        ):
            titled.add(mention.entity)
        elif not _quoted(text, mention.start) and _ADDRESSED_RE.search(
            text, max(0, mention.start - 12), mention.start
        ):
            addressed.add(mention.entity)
    untitled = addressed - titled
    return untitled.pop() if len(untitled) == 1 else None
