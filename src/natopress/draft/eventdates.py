"""The event date of a release: the first day its body states, with the year from the same text's date
block, never a day placed at another time (natopress.draft.metadata)."""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Sequence

from natopress.draft.clauseends import OCCASION_RE
from natopress.draft.dates import (
    ANOTHER_TIME_RE,
    DATELINE_RE,
    DAY_RANGE_RE,
    EVENT_DATE_RE,
    FUTURE_RE,
    PLACE_DATELINE_RE,
    PROSE_DATE_RE,
    WEEKDAY_DAY_RE,
    FoundDate,
    build_date,
    stated_weekday,
)
from natopress.draft.dayranges import no_single_day
from natopress.draft.phrases import ENGLISH_PAST
from natopress.draft.speech import CUE_RE, INDIRECT_RE
from natopress.formats import day_of
from natopress.text.sentences import sentences


def event_date(
    text: str, start: int = 0, end: int | None = None, published: dt.date | None = None
) -> FoundDate | None:
    """The event date of `text[start:end]` (`first_day`), or None."""
    return first_day(text, start, end, published)[1]


def stated_day(
    text: str, regions: Sequence[tuple[int, int]], published: dt.date | None, publication: bool = True
) -> tuple[bool, FoundDate | None]:
    """Whether some region of `regions` (body paragraphs or captions: code points, in text order) states a
    day, and the first day stated (`first_day`, `published` the date block's date, `publication` whether it
    is the publication date or only the update item's): the event date of a release, None when that day is
    unknown, never a day stated after it, nor one of a media advisory's schedule (`Media Advisory` ⏎
    `February 28th` ⏎ `10:00 – 10:30 …`: planned; ANNOTATION_GUIDELINES.md §4)."""
    advisory = _ADVISORY_RE.search(text)
    for start, end in regions:
        if advisory is not None and start >= advisory.start():
            break
        stated, found = first_day(text, start, end, published, publication)
        if stated:
            return True, found
    return False, None


_ADVISORY_RE = re.compile(
    r"^[^\S\n]*(?:Media\s+Advisory|Note\s+aux\s+m[ée]dias|Avis\s+aux\s+m[ée]dias)[^\S\n]*$",
    re.IGNORECASE | re.MULTILINE,
)
"""A media advisory's heading on a line of its own: the days after it are its schedule, planned."""


def first_day(
    text: str,
    start: int = 0,
    end: int | None = None,
    published: dt.date | None = None,
    publication: bool = True,
) -> tuple[bool, FoundDate | None]:
    """Whether `text[start:end]` states a day, and the first day it states as a date: a parenthesised date
    (`Ce jeudi (7 septembre 2023)`, the span covering all of it), the paragraph's dateline (`DATELINE_RE`)
    or a prose date (`PROSE_DATE_RE`), whichever comes first. A date without its year takes the year of
    `published`, the same text's date block, unless the weekday it states falls elsewhere in that year
    (`_weekday_mismatch`); without one the day is unknown (None), never guessed and
    never a later date of the text (`Bruxelles, 2 janvier - … élu le 17 septembre 2011`: the election is not
    the event reported). A range of days (`DAY_RANGE_RE`) is no single day, and a weekday with its day
    number alone (`WEEKDAY_DAY_RE`: `on Saturday (20th)`) no known day: None as well
    (ANNOTATION_GUIDELINES.md §4). Skipped: a day that is no calendar day (`30 février`), a day in a
    relative clause (`le tsunami qui a touché le Japon le 11 mars 2011`: another event) unless marked as
    this one's (`la cérémonie qui s’est tenue ce 22 novembre 2017`), a day an anniversary remembers
    (`l’anniversaire de la signature, le 23 septembre 2008`), and, when the
    date block gives the publication date (`published` with `publication`), a day outside the month before
    it (`the launch of the new mission on January 1` in a November release, `le 12 septembre 2001` in a
    2011 one); an update item alone (`publication` False) dates only days written without their year."""
    stop = len(text) if end is None else end
    year = published.year if published is not None else None
    spans: list[tuple[int, int]] | None = None  # the sentences, split when first needed
    for match in _dates_in(text, start, stop):
        if _another_event(text, start, match.start()) and not _marked(match):
            continue  # `le tsunami qui a touché le Japon le 11 mars 2011`, `lancée le 1er janvier 2015`
        if _since_or_contact(text, start, match.start()):
            continue  # `Il n'y a pas eu d'affrontements depuis le 13 février`: since then, not the event
        sentence = _sentence_at(text, start, stop, match.start())
        quoted = _inside_quotation(text, sentence[0], match.start())
        if (quoted or _in_reported_clause(text, sentence, match.start())) and not _marked(match, quoted):
            continue  # `who said that 30 civilians had been killed … on Monday, July 14`: the event reported;
            # not `explained how NATO is helping … during an event … today (16 April 2020)`
        spans = spans if spans is not None else sentences(text, start, stop)
        planned = _planned(text, spans, match, start, stop)
        if planned:
            continue  # `prévue le 9 juillet 2008`, `was established on 18 September 1999`: not the event
        if no_single_day(text, match, start, stop):
            return True, None
        if planned is not None:
            continue  # a single day the sentence's main verb plans (`_planned`)
        value = _stated(match, year)
        if value is not None and published is not None and not match["year"] and not _near(value, published):
            value = _stated(match, published.year - 1) if day_of(value) > published else value  # `on 31
            # December` over `Jan 1, 2015`: the year before; not the day after the date block's (`on 21 May`)
        if (value is None and not (match["year"] or year is not None)) or _weekday_mismatch(match, value):
            return True, None  # a day without its year: unknown; so is `Wednesday, 3 November` in 2020
        far = value is not None and published is not None and not _near(value, published)
        if far and not _marked(match) and (publication or not match["year"]):  # an update item alone leaves
            continue  # a day with its year (`On 15 March 2018, …`)
        if isinstance(value, dt.date):
            span = match.span("date") if match.re is DATELINE_RE else match.span()
            return True, FoundDate(value, *span)
    return False, None


def _weekday_mismatch(match: re.Match[str], value: dt.date | dt.datetime | None) -> bool:
    """True when the date `match` states a weekday but no year, and the day `value` (its year the date
    block's) falls on another weekday (`on Wednesday, 3 November` dated 2020, a Tuesday): the year given
    is not sure, so the day is unknown (guidelines 4: nothing invented)."""
    weekday = stated_weekday(match.group()) if value is not None and not match["year"] else None
    return weekday is not None and value is not None and day_of(value).weekday() != weekday


def _another_event(text: str, start: int, position: int) -> bool:
    """True when the words right before the date at `position` (not before `start`) make it another
    event's day: a relative clause (`le tsunami qui a touché le Japon le 11 mars 2011`, `le sommet qui aura
    lieu les 19 et 20 novembre`; not `qui s’est tenue à Bruxelles le 16 octobre`), a clause of time whose
    subject is a pronoun, the anniversary's event (`le cinquième anniversaire de la signature, le 23
    septembre 2008`: the day remembered) or a participle of founding (`la mission Resolute Support, lancée
    le 1er janvier 2015`)."""
    return bool(
        _relative_before(text, start, position)
        or _TIME_CLAUSE_BEFORE_RE.search(text, max(start, position - 60), position)
        or _ANNIVERSARY_BEFORE_RE.search(text, max(start, position - 90), position)
        or _FOUNDED_BEFORE_RE.search(text, max(start, position - 40), position)
    )


def _dates_in(text: str, start: int, stop: int) -> list[re.Match[str]]:
    """The dates of `text[start:stop]` in text order: parenthesised (`EVENT_DATE_RE`), the paragraph's
    dateline, prose dates, ranges and weekdays with a day number; at one start a parenthesised date first,
    then a range."""
    dateline = DATELINE_RE.match(text, start, stop)
    found = [
        *EVENT_DATE_RE.finditer(text, start, stop),
        *([dateline] if dateline else []),
        *PROSE_DATE_RE.finditer(text, start, stop),
        *DAY_RANGE_RE.finditer(text, start, stop),
        *WEEKDAY_DAY_RE.finditer(text, start, stop),
    ]
    first = (EVENT_DATE_RE, DAY_RANGE_RE)
    return sorted(found, key=lambda m: (m.start(), first.index(m.re) if m.re in first else len(first)))


_TIME_WORDS_REACH = (90, 60)
"""How far before and after a date words placing it at another time may stand (code points)."""


def _planned(
    text: str, spans: list[tuple[int, int]], match: re.Match[str], start: int, stop: int
) -> bool | None:
    """True when words near the date `match` place it at another time (`prévue le 9 juillet 2008`,
    `ANOTHER_TIME_RE`); False when only the sentence's main verb farther off does, in the future
    (`FUTURE_RE`: `On Thursday, 10 March 2022, the NATO Secretary General, Mr. X, will hold …`, `X will
    address the opening session of a seminar organized by … in Washington, DC on February 28.`;
    `_near_in_sentence` with `main_verb`; not a relative clause's verb): a single day is then no event's
    day, but a range still means no single day (`On Wednesday 25 March and Thursday 26 March, … will
    participate`: not a later day of a media advisory); None otherwise."""
    low, high = _near_in_sentence(spans, match, start, stop)
    if any(  # not in a relative clause after the date (`a entamé le jeudi (22 novembre) une visite à Rome, où
        not _RELATIVE_AFTER_RE.search(text, match.end(), words.start())  # il participera à la conférence`)
        for words in ANOTHER_TIME_RE.finditer(text, low, high)
    ):
        return True
    low, high = _near_in_sentence(spans, match, start, stop, main_verb=True)
    if any(  # not a relative clause's verb (`En prévision du sommet qui aura lieu …, X s’est rendu … le 21`),
        not _relative_before(text, start, verb.start())
        and not CUE_RE.search(text, verb.end(), match.start())  # nor a reported one (`P prendront …, a
        for verb in FUTURE_RE.finditer(text, low, high)  # indiqué X, le jeudi 4 septembre 2014`)
    ):
        return False
    return None


def _near_in_sentence(
    spans: list[tuple[int, int]], match: re.Match[str], start: int, stop: int, main_verb: bool = False
) -> tuple[int, int]:
    """The window around a date `match` where words place it at another time (`_TIME_WORDS_REACH`), within
    the date's own sentence of `spans` (`sentences`: `… planned for May of this year. On Tuesday, 28
    February, …`: the plan is the sentence before's); with `main_verb`, as far as the sentence's main verb
    may stand: `_MAIN_VERB_REACH` before the date, and for a date opening its sentence, past the subject
    after it (`_OPENING_DATE_REACH`)."""
    low, high = (
        max(start, match.start() - _TIME_WORDS_REACH[0]),
        min(stop, match.end() + _TIME_WORDS_REACH[1]),
    )
    index = bisect.bisect_right([s for s, _ in spans], match.start()) - 1
    if index < 0 or spans[index][1] <= match.start():
        return low, high
    if main_verb:  # `X will address the opening session … in Washington, DC on February 28.`
        low = max(start, match.start() - _MAIN_VERB_REACH)
        lead = max(
            spans[index][0], match.string.rfind("\n", 0, match.start()) + 1
        )  # its sentence's or line's
        dateline = PLACE_DATELINE_RE.match(match.string, lead, match.start())
        lead = dateline.end() if dateline is not None else lead  # `RAMSTEIN, Germany - On September 1, 2017`
        if match.start() - lead <= _LEAD_REACH:  # `On Thursday, 24 February 2022, the NATO Secretary
            high = min(stop, match.end() + _OPENING_DATE_REACH)  # General, Mr. X, will brief`
            first = _FIRST_VERB_RE.search(match.string, match.end(), spans[index][1])
            if first is not None and first.group("future"):  # the main verb, past a long subject
                high = max(high, min(stop, first.end()))
    return max(low, spans[index][0]), min(high, spans[index][1])


_LEAD_REACH = 15
"""How far into its sentence a date may stand and still open it (`On Thursday, `; code points)."""
_MAIN_VERB_REACH = 200
"""How far before a date its sentence's main verb may stand, past the subject, the verb's object and
places (code points)."""
_OPENING_DATE_REACH = 110
"""How far after a date opening its sentence words placing it at another time may stand: past the subject
and its apposition to the main verb (code points)."""


_FIRST_VERB_RE = re.compile(
    rf"(?P<future>{FUTURE_RE.pattern})|(?<![\w’'-])(?:{ENGLISH_PAST}|is|are|was|were|has|have|had"
    r"|a|ont|est|sont|était|avait)(?![\w’'-])",
    re.IGNORECASE,
)
"""The first finite verb after a date opening its sentence: a future one there is its main verb, however
long the subject and its appositions (`On 26 July 2009, the Minister …, Mr. X, on behalf of …, and the
NATO Deputy Secretary General, …, will sign`), when no other verb stands before it."""
_RELATIVE_BEFORE_RE = re.compile(
    r"(?<![\w’'-])(?:qui|dont|où|lorsque|which|who|where|when|(?<=,\s)that)\s"
    r"(?![^,;:.()\n]*(?:s['’]est\s+tenue?s?"
    r"|se\s+tenait|a\s+eu\s+lieu|s['’]est\s+déroulée?s?|took\s+place|was\s+held)\b)[^,;:.()\n]*\Z",
    re.IGNORECASE,
)
"""A relative clause open before a date (within 40 code points; `that` after a comma: `The nations, that held
their first meeting on April 15, were`): the date is that clause's event, not the one reported; not one
saying where the reported meeting was held (`la septième édition du dialogue, qui s’est tenue à Bruxelles
le lundi 16 octobre 2017, …`, `qui a eu lieu le 28 mars 2019`)."""


def _relative_before(text: str, start: int, position: int) -> bool:
    """True when a relative clause (`_RELATIVE_BEFORE_RE`) is open at `position`, its word within 40 code
    points before it and not before `start`; or within 120 before a place right before the date
    (`_PLACE_BEFORE_RE`: `M. Truman, … qui prononce le discours de la cérémonie ayant précédé la signature du
    Traité, à Washington, le 4 avril 1949`, `the exercise, which ended in Velgrad, Ostravia on …`)."""
    place = _PLACE_BEFORE_RE.search(text, max(start, position - 60), position)
    if place is not None:
        return _RELATIVE_BEFORE_RE.search(text, max(start, place.start() - 120), place.start()) is not None
    return _RELATIVE_BEFORE_RE.search(text, max(start, position - 40), position) is not None


_PLACE_BEFORE_RE = re.compile(
    r",\s*(?:à|in)\s+[A-ZÀ-Ý][\w’'-]*(?:\s+[A-ZÀ-Ý][\w’'-]*){0,2},\s*(?:le\s+|on\s+)?\Z"
    r"|\s(?:à|in|at|near)\s+[A-ZÀ-Ý][\w’'-]*,\s*[A-ZÀ-Ý][\w’'-]*(?:\s+[A-ZÀ-Ý][\w’'-]*)?(?:\s+(?:le|on))?\s*\Z"
)
"""A place between commas right before a date (`, à Washington, le`, `, in Brussels, on`), or a town and its
country (`in Velgrad, Ostravia on`)."""


_RELATIVE_AFTER_RE = re.compile(r",\s*(?:où|qui|where|which|who)\s", re.IGNORECASE)
"""A relative clause opening after a date (`…, où il participera`, `…, where he will address`): words in it
that place a time are its own, not the date's."""
_TIME_CLAUSE_BEFORE_RE = re.compile(
    r"(?<![\w’'-])(?:(?:after|before)\s+(?:he|she|they|we)|(?:après|avant)\s+qu['’](?:il|elle|ils|elles|on))"
    r"\s[^,;:.()\n]*\Z",
    re.IGNORECASE,
)
"""A clause of time whose subject is a pronoun, open before a date (within 60 code points: `Shortly after he
assumed the duty of Chief … on 01 July 2016, X commenced …`): the date is that clause's event, not the one
reported."""
_SINCE_BEFORE_RE = re.compile(
    r"(?<![\w’'-])(?:depuis|since|à\s+partir\s+du)\s+"
    r"(?:(?:la|le|l['’]|the|its|sa|son)\s*[^\W\d_][\w’'-]*\s+[^\W\d_][\w’'-]*\s+)?"  # `la première livraison`
    r"(?:le\s+|the\s+|on\s+)?\Z|(?<![\w’'-])(?:by|d['’]ici\s+(?:au|le)|avant\s+le)\s+\Z",
    re.IGNORECASE,
)
"""`depuis le`, `since`, `à partir du` right before a day, maybe with the event that day saw (`Depuis la première
livraison le 13 octobre`, `since the first flight on 14 October`): the point from which a state holds,
not the event reported; or a deadline (`to achieve IOC by December 1, 2013`, `d’ici au 31 décembre`)."""
_CONTACT_BEFORE_RE = re.compile(
    r"(?:for\s+(?:further|more)\s+information|please\s+contact|pour\s+(?:plus\s+d['’]|de\s+plus\s+amples\s+)"
    r"informations?|veuillez\s+contacter)[^\n]*\Z",
    re.IGNORECASE,
)
"""A media advisory's contact paragraph open before a day (within 300 code points): when its staff can be
reached, no event's day."""


def _since_or_contact(text: str, start: int, position: int) -> bool:
    """True when the day at `position` (code points) is one from which a state holds or a deadline
    (`_SINCE_BEFORE_RE`, within 45 code points), or when a contact paragraph's staff can be reached
    (`_CONTACT_BEFORE_RE`, within 300: `For further information please contact … as of Thursday, 18
    September 1997.`); never before `start`."""
    return bool(
        _SINCE_BEFORE_RE.search(text, max(start, position - 45), position)
        or _CONTACT_BEFORE_RE.search(text, max(start, position - 300), position)
    )


_ANNIVERSARY_BEFORE_RE = re.compile(
    r"(?<![\w’'-])(?:anniversaire|anniversary)\s+(?:(?:de|du|des|of)(?![\w’'-])|d['’])\s*[^,;:.()\n]{0,60}?,?\s*"
    r"(?:(?:le|on|the)\s+)?\Z",
    re.IGNORECASE,
)
"""An anniversary's event right before a date (within 90 code points: `le cinquième anniversaire de la
signature, le 23 septembre 2008`, `the anniversary of the signing of the Treaty on 4 April 1949`): the day
remembered, not the event reported; its preposition a whole word (not `during`: `celebrated its 15th
anniversary during a formal ceremony on Tuesday, 23 October 2018` is the event)."""
_FOUNDED_BEFORE_RE = re.compile(
    r"(?:(?<![\w’'-])(?<!\ba\s)(?<!\bont\s)(?<!\bavait\s)(?<!\bavaient\s)"
    r"(?:lancée?s?|créée?s?|fondée?s?|inaugurée?s?|instituée?s?)(?:\s+(?:le|en))?"
    r"|,\s*(?:which\s+was\s+)?(?:launched|established|created|founded|inaugurated)(?:\s+on)?)\s+\Z",
    re.IGNORECASE,
)
"""A participle of founding right before a date, with no auxiliary of the main verb (`la nouvelle mission
Resolute Support, lancée le 1er janvier 2015`, `the mission, launched on 1 January 2015`; not `l’OTAN a
lancé le`): the day the thing was founded, not the event reported."""
_EARLIEST_DAYS = 31
"""How many days before publication a stated day may fall and still be the event's."""


_MARKED_RE = re.compile(r"(?:today|aujourd['’]hui|ce|this)\b|[(\[]", re.IGNORECASE)


def _in_reported_clause(text: str, sentence: tuple[int, int], position: int) -> bool:
    """True when `position` stands in a clause reported by a verb of saying earlier in its `sentence` (code
    points, `_sentence_at`: `… said that P`, `a déclaré que P`), or by an
    attribution closing the sentence after a comma (`Operation X was launched on 6 March 2007 to …,
    Collins said.`): a day there is the reported event's, not the release's."""
    opening, closing = sentence
    outside = _CLOSED_QUOTATION_RE.sub(lambda m: " " * len(m.group()), text[opening:position])
    reported = INDIRECT_RE.search(outside)  # a verb of saying inside a closed quotation reports nothing here
    # (`“… has long recognized that …,” Ms X noted on Tuesday (23 June 2020)`); nor does a clause ended by
    # the occasion of its words (`stressed that P during a keynote speech … on Wednesday (15 January 2014)`)
    return (reported is not None and OCCASION_RE.search(outside, reported.end()) is None) or (
        _ATTRIBUTION_AFTER_RE.search(text, position, closing) is not None
    )


def _sentence_at(text: str, start: int, end: int, position: int) -> tuple[int, int]:
    """The sentence of `text[start:end]` (`natopress.text.sentences`) that holds `position` (code points)."""
    return max(((s, e) for s, e in sentences(text, start, end) if s <= position), default=(start, end))


def _inside_quotation(text: str, opening: int, position: int) -> bool:
    """True when `position` stands inside a quotation opened since its sentence's `opening` (code points:
    `“… since we are going home Oct. 18.”`; straight or typeset marks, `"Day & Night”`): a day there is the
    speaker's."""
    marks = sum(text.count(mark, opening, position) for mark in '“”"')
    return marks % 2 == 1 or text.count("«", opening, position) > text.count("»", opening, position)


_CLOSED_QUOTATION_RE = re.compile(r"“[^“”\n]*”|«[^«»\n]*»")
"""A quotation closed in the same paragraph (typeset marks)."""
_ATTRIBUTION_AFTER_RE = re.compile(
    rf",\s+(?:(?-i:[A-Z][\w.’'-]*)\s+){{1,4}}(?:{CUE_RE.pattern})[.!]?\s*\Z"
    rf"|,\s+(?:{CUE_RE.pattern})\s+(?:(?-i:[A-Z][\w.’'-]*)\s*){{1,5}}[.!]?\s*\Z"
)
"""An attribution closing its sentence after a comma, its speaker's capitalised words before or after the
verb (`…, Collins said.`, `…, said Colonel Tom Collins.`)."""


def _marked(match: re.Match[str], quoted: bool = False) -> bool:
    """True for a day the text marks as the one reported, whatever the date block says: `Ce jeudi (7
    septembre 2017)`, `today (12 February 2019)`, `ce mercredi 25 mars`; inside a quotation (`quoted`) only
    a day the writer adds in brackets (`« … aujourd’hui (12 mai) … »`), not the speaker's own `« Ce 4 avril,
    nous rendons hommage … »`."""
    marked = match.re is not DATELINE_RE and _MARKED_RE.match(match.group()) is not None
    return marked and (not quoted or re.search(r"[(\[]", match.group()) is not None)


def _near(value: dt.date | dt.datetime, published: dt.date) -> bool:
    """True when `value` falls within the month before `published`, or on the day after it."""
    day = day_of(value)
    return published - dt.timedelta(days=_EARLIEST_DAYS) <= day <= published + dt.timedelta(days=1)


def _stated(match: re.Match[str], year: int | None) -> dt.date | dt.datetime | None:
    """The day a date match states, its year from the match or else `year` (the date block's); None when
    no year is known or the words name no calendar day."""
    groups = match.groupdict()
    stated = match["year"] or (str(year) if year is not None else None)
    month, day = match["month"] or groups.get("month2"), match["day"] or groups.get("day2")
    return build_date(day, month, stated) if stated is not None and day and month else None
