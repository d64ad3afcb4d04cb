"""The speaker of a quotation attributed without a verb of saying: a name right after it (`“…,” General X,
Commander of Y.`) or a sentence after it that opens on its words (`With these words, X …`, `These were the words
of X`)."""

from __future__ import annotations

import re

from natopress.draft.entities import SpeakerResolver
from natopress.draft.phrases import APPOSED_VERB_RE
from natopress.draft.speech import TITLE_PHRASE_RE
from natopress.text.sentences import Range, trim

_NAME_ONLY_TAIL_RE = re.compile(
    r"(?:\s*,(?P<apposition>[^,.;:!?«»“”\"\n]{1,120}))?(?:\s*,[^,.;:!?«»“”\"\n]{1,40}){0,2}\s*(?:\.(?=\s|\Z)|\n|\Z)"
)
"""What may follow a name that attributes a quotation without a verb: an apposition (a title), maybe a
place and a day, then the sentence's end (`“One for all,” Brigadier General X, Deputy Commander of the
Centre.`, `“…” - X, NATO Secretary General, Brussels, 5 February 2015.`)."""


_THESE_WORDS_RE = re.compile(
    r"[\s.]*(?:With\s+(?:these|those|this)\s+(?:words|provocation|question|message|remarks?)"
    r"|(?:These|Those|Such)\s+were\s+the\s+(?:words|remarks)\s+of"
    r"|(?:Ce|Tel(?:le)?s?)\s+(?:sont|furent|étaient)\s+(?:les\s+)?(?:mots|paroles|propos)\s+(?:de|d['’])"
    r"|Par\s+ces\s+(?:mots|paroles)"
    r"|C['’]est\s+(?:par\s+ces\s+(?:mots|paroles)|en\s+ces\s+termes)\s+qu(?:e\s+|['’]))\s*,?\s*"
)
"""A sentence opening on the quotation's words (`With these words,`, `With this provocation,`, `C’est par ces
mots que`): its subject spoke them; or naming their speaker (`These were the words of X`, `Tels sont les
propos de X`)."""


def name_after_quote(text: str, resolver: SpeakerResolver, close: int, limit: int) -> Range | None:
    """The speaker phrase that attributes the quotation closing at `close` without a verb of saying: a
    comma (inside or after the marks) or a dash, a person's name (with its title), maybe an apposition
    holding a title, and the sentence's end (`“One for all,” Brigadier General X, Deputy Commander of Y.`); None
    when a verb or anything else follows; or the subject of the next sentence when it opens on the quotation's
    words (`“…”. With these words, General X marked …`). `limit` is the paragraph's end (code points)."""
    alone = re.compile(r"[\s.…!?]*\n").match(text, close + 1)  # the quotation ends its paragraph
    ahead = text.find("\n", alone.end()) if alone is not None else -1
    words = _THESE_WORDS_RE.match(text, close + 1, limit) or (
        _THESE_WORDS_RE.match(text, alone.end(), ahead if ahead >= 0 else len(text)) if alone else None
    )  # `“…”. With these words, X marked …`, also opening the next paragraph
    if words is not None:
        end = text.find("\n", words.end())
        end = end if end >= 0 else len(text)
        phrase = resolver.phrase_at(text, words.end(), end)
        apposed = APPOSED_VERB_RE.match(text, phrase[1], end) if phrase is not None else None
        if phrase is not None and not resolver.persons_within(*phrase) and apposed is not None:
            named = resolver.persons_within(phrase[1], apposed.end())  # `the director …, Colonel X, opened`
            phrase = (named[0].start, named[0].end) if len(named) == 1 else None
        return phrase if phrase is not None and resolver.persons_within(*phrase) else None
    lead = re.compile(r"\s*(?:,|[-–—](?=\s))?\s*").match(text, close + 1, limit)
    inside = trim(text, 0, close)[1] - 1
    if lead is None or not (re.search(r"[,–—-]", lead.group()) or (inside >= 0 and text[inside] == ",")):
        return None
    phrase = resolver.phrase_at(text, lead.end(), limit)
    if phrase is None or not resolver.persons_within(*phrase):
        return None
    tail = _NAME_ONLY_TAIL_RE.match(text, phrase[1], limit)
    if tail is None or (
        tail["apposition"] and not TITLE_PHRASE_RE.search(tail.group())
    ):  # `, USA-N, Commandant`
        return None
    return phrase
