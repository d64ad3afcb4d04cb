"""Quotation marks around the title of a work or a theme (`his speech “…”`, `sur le thème : « … »`) or
around a name (`quoted_name`: `Exercise “Steadfast Jazz”`), and a speech's title over its heading: no one's
speech (guidelines 2.1, "Quotation marks"). Split from natopress.draft.nonspeech, which asks these
predicates among its others; natopress.draft.reported asks `quoted_name` too."""

from __future__ import annotations

import re

from natopress.draft.phrases import TERM_RE
from natopress.draft.statements import names_statement
from natopress.text.marks import Pair
from natopress.text.sentences import Range, trim

_WORK_RE = re.compile(
    r"(?<![\w’'-])(?:speech|address|article|report|book|paper|discours|allocution|rapport|livre|ouvrage"
    r"|documents?|publications?|brochures?|booklets?|studies|study|études?|fact\s*sheets?"
    r"|projects?|projets?|lectures?|presentations?|(?:conferences?|conférences?|seminars?|forums?|workshops?|ateliers?"
    r"|colloques?|symposiums?|séminaires?)(?:\s+(?:on|sur|about))?|(?:programmes?|programs?|campagnes?|campaigns?)(?:\s+[a-zà-ÿ]+)?"
    r"|videos?|vidéos?|films?|documentar(?:y|ies)|exhibitions?|expositions?|exercises?|exercices?|(?:military\s+)?bases?"
    r"|(?:panels?|round\s+tables?|roundtables?|tables?\s+rondes?|sessions?|debates?|débats?|comités?)"
    r"(?:\s+(?:on|sur|about))?)"
    r"(?:\s+(?:(?-i:[A-Z]{2,}[\w-]*)|en\s+ligne|online|pluriannuel|suivante?s?))?\s*[,:–—-]?\s*$",
    re.IGNORECASE,
)
"""A noun naming a work, a project or a debate right before the marks (`his speech “NATO 2020 – Shared
Leadership”`, `the project “Support to Humanitarian Demining”`, `in the following document: "The origins of the
NAC …"`, `a new video – “…”`, `the expert round table
“…”`, `Panel on “…”`, `le programme mondial « femmes, paix et sécurité »`,
`le projet SPS « … »`, `le forum en ligne « … »`, `the exercise “…”`, `the military base “…”`, a
conference's `comité « … »`): its
title, when the sentence names no speaker (`_TITLED_RE` gives titles whoever speaks)."""
_TITLED_RE = re.compile(
    r"(?<![\w’'-])(?:intitulée?s?|entitled|titled|themed|baptisée?s?|dénommée?s?|surnommée?s?|dubbed|called|named"
    r"|known\s+as|came\s+to\s+be|following\s+(?:issues?|questions?)"
    r"|(?:concepts?|principles?|principes?)\s+(?:of|de|du)"
    r"|(?:th[èe]mes?|topics?|sujets?|slogans?|devises?|mottos?|titre|title)(?:\s+(?:[\w’'-]+|&)){0,8}?)"
    r"\s*[,:–—-]?\s*$",
    re.IGNORECASE,
)
"""A word that gives a title or a name right before the marks (`sur le thème : « … »`, `sur le thème de
« … »`, `une équipe baptisée « … »`, `This year’s theme was “…”`, `des thèmes présentant un intérêt
pour le Kazakhstan : « … »`, `The motto of this workshop was: “…”`, `a workshop called “…”`, `Themed
“…”`, `known as “…”`, `came to be “…”`)."""


RELATIVE_NAMING_RE = re.compile(
    r"(?<![\w’'-])(?:which|that|whom)\s+(?P<subject>(?:the\s+)?[A-Z][^,;:.!?«»“”\"]{0,60}?|he|she)"
    r"\s+(?:(?:has|had)\s+)?(?:also\s+)?(?:called|dubbed|termed|named)\s*$"
)
"""A relative clause whose own subject names the thing (`the centre, which the Secretary General called “…”`):
the marks hold that subject's words, no title (a participle, `a workshop called “…”`, has no subject)."""


_SENTENCES_RE = re.compile(r"[.!…]\s+[A-ZÀ-Ý«“\"]")
"""A sentence's end and the next one's start inside quotation marks: sentences said, no work's title; not a
question mark, after which a title may go on (`thème : « Une Alliance pour quelle décennie ? Défense,
… »`)."""


_SAID_WORDS = 12
"""How many words marks holding more than one sentence must have to be words said, not a title or motto."""


def titled(text: str, sentence_start: int, pair: Pair) -> bool:
    """True when the marks follow a word that gives a title or a name (`sur le thème : « … »`, `intitulé`,
    `baptisée « … »`, `dubbed “…”`): a title, whoever the sentence's subject; not when the marks hold more
    than one sentence and `_SAID_WORDS` words (`elaborated on the title of the Conference: “‘X’ sounds like
    … . But …`: the words said; a motto may be short sentences: `“Plan. Train. Share.”`)."""
    said = (
        _SENTENCES_RE.search(text, pair.open + 1, pair.close) is not None
        and len(text[pair.open + 1 : pair.close].split()) >= _SAID_WORDS
    )
    relative = RELATIVE_NAMING_RE.search(text, sentence_start, pair.open) is not None
    return not said and not relative and _TITLED_RE.search(text, sentence_start, pair.open) is not None


def work_title(text: str, sentence_start: int, pair: Pair) -> bool:
    """True when a noun naming a work stands right before the marks (`his speech “…”`, `le projet « … »`)
    or in apposition after them (`_WORK_AFTER_RE`: `“…”, a tapestry`), and they hold no more than one
    sentence (`laid out the agenda for the conference: “A new era has begun. The order is under attack.”`:
    the words said)."""
    before = _WORK_RE.search(text, sentence_start, pair.open) is not None
    return (before or _WORK_AFTER_RE.match(text, pair.close + 1) is not None) and _SENTENCES_RE.search(
        text, pair.open + 1, pair.close
    ) is None


_WORK_AFTER_RE = re.compile(
    r"[^\S\n]*,[^\S\n]*(?:a|an|un|une)[^\S\n]+(?:[\w’'-]+[^\S\n]+){0,3}?(?:tapestry|painting|sculpture|statue"
    r"|mural|portrait|photograph|poem|song|novel|book|film|documentary|tapisserie|tableau|peinture|fresque"
    r"|photographie|poème|chanson|roman|livre|documentaire)(?![\w’'-])",
    re.IGNORECASE,
)
"""An indefinite article and a noun naming a work in apposition after the marks (`“Morning over the Hills”, a
large oil painting by …`, `« … », un tableau offert par …`): the work's title, no one's words."""


def speech_title(text: str, segment: Range, pair: Pair, following: int | None, inside: bool = False) -> bool:
    """True when the quotation of `pair` is its whole paragraph (`segment`) and the next paragraph (starting
    at `following`) is a statement's heading (`“NATO 2020: Shared leadership”` over `Speech by NATO
    Secretary General …`), or when it opens its paragraph, maybe after a list's dash, and a dash sets the
    heading after it (`- "Building Security" - Speech by NATO Secretary General …`, a related link): the
    speech's title, not words quoted; in a paragraph `inside` the page (not its first, the title's place),
    also a crosshead (`crosshead`)."""
    if inside and crosshead(text, segment, pair, following):
        return True
    start, end = trim(text, *segment)
    if text[start : pair.open].strip(" -–—•") == "" and (dash := _DASH_RE.match(text, pair.close + 1, end)):
        return names_statement(text, dash.end())
    whole = start == pair.open and text[pair.close + 1 : end].strip() == ""
    return whole and following is not None and names_statement(text, following)


_DASH_RE = re.compile(r"\s*[-–—]\s*")


def crosshead(text: str, segment: Range, pair: Pair, following: int | None) -> bool:
    """True when the paragraph `segment` is only the quotation of `pair`, of one to three words, maybe after a
    label and its colon (`“Steady progress”`, `Partnership: “A model”`), and a paragraph follows (at
    `following`): a heading over the next paragraphs, its words picked from a quotation there, not a quote
    of its own (ANNOTATION_GUIDELINES.md 2.1, 1.82)."""
    start, end = trim(text, *segment)
    label = text[start : pair.open]
    return (
        following is not None
        and text[pair.close + 1 : end].strip() == ""
        and (label.strip() == "" or _LABEL_RE.fullmatch(label) is not None)
        and 1 <= len(text[pair.open + 1 : pair.close].split()) <= _CROSSHEAD_WORDS
    )


_LABEL_RE = re.compile(r"[^«»“”\"\n.!?:;]{1,60}:\s*")
"""A crosshead's label before its quotation (`Cooperation: `): words and a colon."""
_CROSSHEAD_WORDS = 3
"""The most words a quotation standing as a crosshead holds (`“Steady progress”`); a longer one, a sentence
alone on its line, is a quote (`“Our soldiers train side by side every day.”`)."""


_HEAD_REACH = 600
"""How far into the text (code points) a quotation may open to be read as the title's (`titled_elsewhere`):
one search of the whole text for each such quotation only, never one for every quotation."""


def titled_elsewhere(text: str, pair: Pair) -> bool:
    """True when the words in the marks of `pair` (three or more), opening in the text's head (the title's
    place, `_HEAD_REACH`), stand in marks elsewhere in the text right after a word that gives a title or a
    name (`“Learn. Adapt. Deliver.” Logistics course opens` over `Its slogan this year is: “Learn. Adapt.
    Deliver.”`): the same motto or title, no words said."""
    words = text[pair.open + 1 : pair.close].strip(" \u00a0\u202f,.")
    if pair.open > _HEAD_REACH or len(words.split()) < 3:
        return False
    for match in re.finditer(re.escape(words), text):
        opening = match.start() - 1 - (text[match.start() - 1 : match.start()] in " \u00a0\u202f")
        if pair.open <= match.start() <= pair.close or opening < 0 or text[opening] not in '«“"':
            continue
        if _TITLED_RE.search(text, text.rfind("\n", 0, opening) + 1, opening):
            return True
    return False


_CAPITALISED_WITH_COMMAS_RE = re.compile(r"\s*[A-ZÀ-Ý][\w’'-]*(?:,?\s+[A-ZÀ-Ý][\w’'-]*){1,5}\s*")
_NAME_GOES_ON_RE = re.compile(r"[ \t]+[A-ZÀ-Ý]")


def title_in_name(text: str, pair: Pair) -> bool:
    """True when the marks of `pair` hold capitalised words, maybe with commas, right before another
    capitalised word: a title inside a longer name (`the “Ready Together, Stand Together” Readiness
    Initiative`), not words quoted."""
    return (
        _CAPITALISED_WITH_COMMAS_RE.fullmatch(text, pair.open + 1, pair.close) is not None
        and _NAME_GOES_ON_RE.match(text, pair.close + 1) is not None
    )


NAME_RE = re.compile(
    r"\s*[A-ZÀ-Ý0-9][\w’'.-]*(?:\s+(?:(?:de|du|des|la|le|of|the|and|et|for|on|in|at|to)\s+(?:the\s+)?)?"
    r"(?:[A-ZÀ-Ý0-9][\w’'.-]*|\([A-ZÀ-Ý][\w’'.-]*\))){0,5}\s*"
)
"""Up to six capitalised words or numbers, one maybe in brackets (`Northern Shield 2024`, `Bouclier du
Nord`, `Sea Eagle (Land) 2016`): a name, not speech."""


def quoted_name(text: str, pair: Pair, term: bool = True) -> bool:
    """True when the marks of `pair` hold a name (`« Bouclier du Nord »`, `« Defence & Security Innovation
    Hub »`, a title inside a longer name: `title_in_name`) or, with `term`, a short term (`« fer
    de lance »`, at most four words without punctuation), not someone's words."""
    inside = YEAR_END_RE.sub("", text[pair.open + 1 : pair.close].strip().replace(" & ", " "))
    return (
        bool(NAME_RE.fullmatch(inside))
        or title_in_name(text, pair)
        or (term and TERM_RE.fullmatch(text, pair.open + 1, pair.close) is not None)
    )


YEAR_END_RE = re.compile(r"(?<=\w)[ \t]+(?:19|20)\d\d\Z")
"""A year ending a name in quotation marks (`« Brilliant Mariner 2017 »`, `“ARMENIA 2010”`): an event's."""
