"""Descriptions that name a speaker: capitalised words or a description holding a title, then a person's
name (`United States Air Force General X`, `Hospital director X`, `said the Belgian detachment Commander
Captain X`), over the person mentions natopress.draft.mentions suggests (natopress.draft.speakerphrases
uses them)."""

from __future__ import annotations

import re
from collections.abc import Callable

from natopress.draft.mentions import FoundMention
from natopress.draft.namewords import TITLE_NOUNS, TITLE_RE, TITLES
from natopress.draft.phrases import (
    CAPITALISED_RUN_RE,
    CLAUSE_END_RE,
    DESCRIPTION_RE,
    LOWER_TITLE_RUN_RE,
    RELATIVE_PRONOUN_RE,
)
from natopress.draft.ranks import RANK_CODE_RE

Within = Callable[[int, int], list[FoundMention]]
"""The person mentions inside a code-point range, in text order."""
_QUALIFIERS_RE = re.compile(r"(?:[A-Z][\w.-]*\s+){0,3}")
"""Capitalised words before a title (`Special` Advisor, `US` Ambassador)."""


_ANOTHER_PERSON_RE = re.compile(
    r"(?<![\w’'-])(?:avec|with|après|after|lors|pendant|during|auprès|entretien|meeting|met|rencontré)(?![\w’'-])"
)
"""Between two titles of a description, words that bring in another person (`après un entretien avec le
président X`)."""


def described(text: str, position: int, limit: int, within: Within) -> tuple[int, int] | None:
    """A description holding a title, then a person's name, at `position` (`the Belgian detachment
    Commander Captain X`, `Spanish Detachment Commander, Lt Col X`, `Special Advisor to the … Office X.`
    when the name ends the clause), or None."""
    stretch = DESCRIPTION_RE.match(text, position, limit)
    named = within(position, stretch.end()) if stretch is not None else []
    if not named or RELATIVE_PRONOUN_RE.search(text, position, named[0].start):
        return None  # `said the Minister, who met General X`: X is no speaker
    start = named[0].start
    titles = list(TITLE_RE.finditer(text, position, start))
    if len(titles) > 1 and _ANOTHER_PERSON_RE.search(text, titles[0].end(), titles[-1].start()):
        return None  # `le secrétaire général après un entretien avec le président X`: X is not the speaker
    title_ends = [t.end() for t in titles]
    if title_ends and (
        not text[title_ends[-1] : start].strip() or re.search(r",\s*\Z", text[position:start])
    ):
        return position, named[0].end
    words = text[position:start].split()  # `Danish Senior Medical Officer X`: a title's noun before X
    first = TITLE_RE.search(text, position, start)
    if (
        first
        and _QUALIFIERS_RE.fullmatch(text, position, first.start())
        and CLAUSE_END_RE.match(text, named[0].end)
    ):
        return position, named[0].end  # `said Special Advisor to the … Lead Office X.`: a title's
        # complement, the name ending the clause
    return (position, named[0].end) if words and words[-1] in TITLE_NOUNS else None


_ACADEMIC_GAP_RE = re.compile(r"[^\S\n]*(?:(?:Dr|Prof)\.?[^\S\n]+)+")
"""An academic title between a rank and a name (`Col. Dr. X`)."""


def titled_run(text: str, position: int, limit: int, within: Within) -> tuple[int, int] | None:
    """`United States Air Force General Jeffrey Harrigian` at `position`: capitalised words ending in a
    title (`TITLE_RE`), or before a title's noun in lower case (`Hospital director X`), then a
    person's name: the whole run, the name's person speaks."""
    run = CAPITALISED_RUN_RE.match(text, position, limit)
    lower = LOWER_TITLE_RUN_RE.match(text, position, limit)  # `Hospital director X`
    if lower is not None and lower["noun"].capitalize() in TITLE_NOUNS:
        named = [m for m in within(lower.end(), limit) if m.start == lower.end()]
        if named:
            return position, named[0].end
    if run is None:
        return None
    for mention in within(position, min(run.end(), limit)):
        title = [t for t in TITLE_RE.finditer(text, position, mention.start) if t.end() <= mention.start]
        gap = text[title[-1].end() : mention.start] if title else ""
        if title and (not gap.strip() or RANK_CODE_RE.fullmatch(gap) or _ACADEMIC_GAP_RE.fullmatch(gap)):
            return position, mention.end  # `General (OF-6) X`, `Air Force Col. Dr. X`
    return _complemented_title(text, position, limit, within)


_COMPLEMENT_GAP_RE = re.compile(
    r"(?:[^\S\n]+(?:of|for|to)[^\S\n]+(?:the[^\S\n]+)?[A-ZÀ-Ý][\w’'.-]*"
    r"(?:(?:[^\S\n]+(?:and[^\S\n]+)?|[^\S\n]*,[^\S\n]*)[A-ZÀ-Ý][\w’'.-]*)*)+[^\S\n]+"
)
"""A title's complement before its holder's name: `of`, `for` or `to` and capitalised words, with `and` and
commas between them (` of Defense for Strategy, Plans and Capabilities `)."""


def _complemented_title(text: str, position: int, limit: int, within: Within) -> tuple[int, int] | None:
    """`Acting United States Assistant Secretary of Defense for Strategy, Plans and Capabilities Todd
    Harvey` at `position`: capitalised words, a title (`TITLE_RE`), its complement (`_COMPLEMENT_GAP_RE`),
    then the first person's name after `position`: the whole run, the name's person speaks; else None."""
    named = within(position, limit)
    first = _TITLE_WORD_RE.search(text, position, named[0].start) if named else None
    if (
        first is None
        or not _RUN_HEAD_RE.fullmatch(text, position, first.start())
        or not _COMPLEMENT_GAP_RE.fullmatch(text, first.end(), named[0].start)
    ):
        return None
    return position, named[0].end


_TITLE_WORD_RE = re.compile(rf"(?<![\w’'-])(?i:{TITLES})(?![\w’'-])")
"""A title's words, without the complement `TITLE_RE` takes (and which may run on into a name)."""
_RUN_HEAD_RE = re.compile(r"(?:[A-Z][\w.-]*\s+){0,5}")
"""Capitalised words before a title (`Acting United States Assistant` Secretary)."""
