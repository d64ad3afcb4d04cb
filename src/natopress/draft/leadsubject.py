"""The holder of a headline's title: the person the lead opens with.

A headline may name its subject by a title alone (`Chairman of the NATO Military Committee visits Ostravia`)
over a lead that opens with a name and no title (`General Halvorsen thanked the President …`); the body then
says `said the Chairman`. The headline's subject is the lead's: that person holds the title (guidelines 2.4).
Only when the headline names nobody, the lead's first person opens its line with at most a rank or an
honorific before a verb, and the text gives that person no title anywhere (a `Prime Minister X` opening the
lead is another person, whom the headline's title does not name).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from natopress.draft.located import Located
from natopress.draft.roles import titled_on_line
from natopress.draft.speech import BARE_RANK_RE, HONORIFICS

_BEFORE_TITLE_RE = re.compile(r"(?:(?:The|Le|La|L['’])\s*)?(?:(?:NATO|OTAN)(?:['’]s)?\s+)?")
"""What may open a headline before its title (`NATO `, `The `, `Le `)."""
_VERB_AFTER_RE = re.compile(
    r"(?:[\s-]+(?:of|the|for|de|du|des|la|le|l['’]|d['’]|[A-ZÀ-Ý][\w’'-]*))*[^\S\n]+(?:also\s+)?[a-zà-ÿ]"
)
"""The rest of the title's complement (`of the NATO Military Committee`), then a lower-case word: a verb."""
_LEAD_OPENING_RE = re.compile(
    rf"[^\S\n]*(?:(?i:the|le|la|l['’])\s*)?(?:{BARE_RANK_RE.pattern}[^\S\n]+|{HONORIFICS}[^\S\n]+)?"
)
"""What may stand before the lead's first name on its line: a rank or an honorific (`General `, `Le général `,
`Mr. `)."""
_LEAD_VERB_RE = re.compile(r"[^\S\n]+(?:also[^\S\n]+)?[a-zà-ÿ]")
_LEAD_LENGTH = 120
"""The least length of the lead's paragraph (code points): a shorter line is a caption or a heading."""


def headline_holder(text: str, title: tuple[int, int], persons: Sequence[Located]) -> Located | None:
    """The lead's first person, who holds the headline's title at `title` (code points, on the first line),
    or None when the title is elsewhere, the headline names someone, or the lead opens otherwise (module
    docstring). `persons`: the release's person mentions, spans in code points."""
    headline_end = text.find("\n")
    if (
        headline_end < 0
        or title[1] > headline_end
        or _BEFORE_TITLE_RE.fullmatch(text, 0, title[0]) is None
        or _VERB_AFTER_RE.match(text, title[1]) is None
        or any(person.start < headline_end for person in persons)
    ):
        return None
    first = min((p for p in persons if p.start > headline_end), key=lambda p: p.start, default=None)
    if first is None:
        return None
    line_start = text.rfind("\n", 0, first.start) + 1
    line_end = text.find("\n", first.end) % (len(text) + 1)
    if (
        _LEAD_OPENING_RE.fullmatch(text, line_start, first.start) is None
        or _LEAD_VERB_RE.match(text, first.end) is None
        or line_end - line_start < _LEAD_LENGTH
        or any(
            titled_on_line(text, p.start, p.end, rank_is_title=False)
            for p in persons
            if p.entity == first.entity
        )
    ):
        return None
    return first
