"""The speaker of a quotation attributed without a verb of saying: a name right after it (`“…,” General X,
Commander of Y.`) or a sentence after it that opens on its words (`With these words, X …`, `These were the words
of X`)."""

from __future__ import annotations

import re

from natopress.draft.entities import SpeakerResolver
from natopress.draft.phrases import APPOSED_VERB_RE
from natopress.draft.speech import TITLE_PHRASE_RE
from natopress.text.marks import Pair
from natopress.text.sentences import Range, trim

_NAME_ONLY_TAIL_RE = re.compile(
    r"(?:\s*,(?P<apposition>[^,.;:!?«»“”\"\n]{1,120}))?(?:\s*,[^,.;:!?«»“”\"\n]{1,40}){0,2}\s*(?:\.(?=\s|\Z)|\n|\Z)"
)
"""What may follow a name that attributes a quotation without a verb: an apposition (a title), maybe a
place and a day, then the sentence's end (`“One for all,” Brigadier General X, Deputy Commander of the
Centre.`, `“…” - X, NATO Secretary General, Brussels, 5 February 2015.`)."""

_OFFICE_RE = re.compile(
    r"\s*(?:(?:[A-Z][\w’'-]*|of|the|and)\s+)*?(?:Public\s+Affairs|Press\s+Office|Press\s+and\s+Media)"
    r"(?:\s+(?:Office|Section|Branch|Division))?\s*"
)
"""The speaker's office as the apposition after a name attributing a quotation (`“…,” X, Public Affairs .`,
`X, JFC Naples Public Affairs Office.`): the person speaks for it."""

_THESE_WORDS_RE = re.compile(
    r"[\s.]*(?:With\s+(?:these|those|this)\s+(?:words|provocation|question|message|remarks?)"
    r"|,\s*(?:voilà|voici)\s+comment"
    r"|(?:These|Those|Such)\s+were\s+the\s+(?:words|remarks)\s+of"
    r"|(?:Ce|Tel(?:le)?s?)\s+(?:sont|furent|étaient)\s+(?:les\s+)?(?:mots|paroles|propos)\s+(?:de|d['’])"
    r"|Par\s+ces\s+(?:mots|paroles)"
    r"|C['’]est\s+(?:par\s+ces\s+(?:mots|paroles)|en\s+ces\s+termes)\s+qu(?:e\s+|['’]))\s*,?\s*"
)
"""A sentence opening on the quotation's words (`With these words,`, `With this provocation,`, `C’est par ces
mots que`, `« … », voilà comment X se décrit`): its subject spoke them; or naming their speaker (`These were the words of X`, `Tels sont les
propos de X`)."""


def name_after_quote(text: str, resolver: SpeakerResolver, pair: Pair, limit: int) -> Range | None:
    """The speaker phrase that attributes the quotation of `pair` without a verb of saying: a
    comma (inside or after the marks) or a dash, a person's name (with its title), maybe an apposition
    holding a title, and the sentence's end (`“One for all,” Brigadier General X, Deputy Commander of Y.`); None
    when a verb or anything else follows; or the subject of the next sentence when it opens on the quotation's
    words (`“…”. With these words, General X marked …`); or a line that is only a name signing a quotation that
    is a paragraph of its own (`“…”` ⏎ `COL X, Director of the Centre`). `limit` is the paragraph's end (code
    points)."""
    close = pair.close
    alone = re.compile(r"[\s.…!?]*(?:[-–—][^\S\n]*)?\n").match(text, close + 1)  # it ends its paragraph,
    # maybe with the dash before its signature (`"…" -` ⏎ `X, NATO Secretary General.`)
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
    if alone is not None and _opens_paragraph(text, pair.open):  # `“…”` ⏎ `COL X, Director of the Centre`
        signed = signature(text, resolver, alone.end(), ahead if ahead >= 0 else len(text))
        if signed is not None:
            return signed
    lead = re.compile(r"\s*(?:,|[-–—](?=\s))?\s*").match(text, close + 1, limit)
    inside = trim(text, 0, close)[1] - 1
    if lead is None or not (re.search(r"[,–—-]", lead.group()) or (inside >= 0 and text[inside] == ",")):
        return None
    phrase = resolver.phrase_at(text, lead.end(), limit)
    if phrase is None or not resolver.persons_within(*phrase):
        return None
    return phrase if _name_only(text, phrase, limit) else None


def _name_only(text: str, phrase: Range, limit: int) -> bool:
    """True when only an apposition holding a title (`, Deputy Commander of Y`), maybe a place and a day,
    follows the name `phrase` up to its sentence's end; not `, USA-N, Commandant`."""
    tail = _NAME_ONLY_TAIL_RE.match(text, phrase[1], limit)
    return tail is not None and (
        not tail["apposition"]
        or TITLE_PHRASE_RE.search(tail.group()) is not None
        or _OFFICE_RE.fullmatch(tail["apposition"]) is not None
    )


def _opens_paragraph(text: str, opening: int) -> bool:
    """True when the quotation mark at `opening` opens its paragraph, and no line that is only a name stands
    over it (`Commission President X` ⏎ `"…"`: a heading that gives the speaker, ANNOTATION_GUIDELINES 2.4;
    a line opening on a dash signs the quotation above it instead)."""
    start = text.rfind("\n", 0, opening) + 1
    if trim(text, start, opening + 1)[0] != opening:
        return False
    above = text.rfind("\n", 0, max(0, start - 1)) + 1
    return (
        start == 0
        or not text[above : start - 1].strip()
        or not _NAME_LINE_END_RE.search(text, above, start - 1)
        or text[above : start - 1].lstrip().startswith(("-", "–", "—"))  # the signature of the one above
    )


_NAME_LINE_END_RE = re.compile(r"[^.!?:…«»“”\"]\s*\Z")
"""A line that does not end a sentence: a heading (a name line, `Secretary General X`), no paragraph."""


def signature(text: str, resolver: SpeakerResolver, start: int, end: int) -> Range | None:
    """The person phrase of a line that is nothing but a person's name (with a rank, a title, an
    apposition: `COL Mietta Groeneveld, Command and Control Centre of Excellence Director`), signing the
    quotation paragraph above it (a pull quote), maybe after a dash (`- General X, Commander …`, `– Prime
    Minister, X`; a dash signs the quotation above even when another opens the next line); None otherwise."""
    dash = re.compile(r"\s*[-–—]\s*").match(text, start, end)
    start = dash.end() if dash is not None else start
    phrase = resolver.phrase_at(text, start, end)
    named = resolver.persons_within(phrase[1], end) if phrase is not None else []
    if phrase is not None and len(named) == 1 and re.fullmatch(r"\s*,\s*", text[phrase[1] : named[0].start]):
        phrase = (phrase[0], named[0].end)  # `– Slovakian Prime Minister, X`: a title, then the name
    bio = phrase is not None and _BIO_AFTER_RE.match(text, phrase[1], end) is not None  # `X – Durant …`
    # without a dash or a note on the person, a heading over the next quotation (2.4)
    below = re.compile(r"\n\s*[“«\"]").match(text, end) if dash is None and not bio else None
    if (
        phrase is None
        or below is not None
        or trim(text, start, end)[0] != phrase[0]
        or len(resolver.persons_within(*phrase)) != 1
    ):
        return None
    return phrase if bio or _name_only(text, phrase, end) else None


_BIO_AFTER_RE = re.compile(r"[^\S\n]+[-–—][^\S\n]+[A-ZÀ-Ý]")
"""A spaced dash and a sentence after the name of a signature line (`Piet X – Durant sa première année, Piet a
travaillé …`): a testimonial's signature with its writer's note on the person."""


_THUS_RE = re.compile(
    r"\s*\.\s+(?:Ainsi|C['’]est\s+en\s+ces\s+termes\s+que)\s+"
    r"(?P<cue>s['’]est\s+exprimée?|(?:a|l['’]a)\s+(?:déclaré|affirmé|souligné|indiqué))(?![\w’'-])"
)
"""A sentence attributing the quotation that closes before it (`« … ». Ainsi s’est exprimé X`)."""


def thus_attribution(
    text: str, resolver: SpeakerResolver, close: int, limit: int
) -> tuple[Range, Range | None] | None:
    """Cue and speaker phrase (up to `limit`) of a sentence attributing the quotation closed at `close` (`« … ».
    Ainsi s’est exprimé X`), or None. Ranges are code points."""
    thus = _THUS_RE.match(text, close + 1, limit)
    return (
        (thus.span("cue"), resolver.phrase_after_cue(text, thus.end(), limit)) if thus is not None else None
    )
