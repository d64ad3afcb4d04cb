"""Dates as NATO's pages write them: the date block (`01 Jul. 2021`) and prose dates (`1er juillet 2021`)."""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from natopress.draft.speech import INDIRECT_RE
from natopress.text.sentences import sentences

# Month names and abbreviations in English and French, lower-case, without the final period.
MONTHS: dict[str, int] = {
    **{name: i for i, name in enumerate(
        ["january", "february", "march", "april", "may", "june", "july", "august", "september",
         "october", "november", "december"], start=1)},
    **{name: i for i, name in enumerate(
        ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
         "octobre", "novembre", "décembre"], start=1)},
    **{name: i for i, name in enumerate(
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], start=1)},
    "sept": 9,
    "janv": 1, "févr": 2, "fév": 2, "avr": 4, "juil": 7, "déc": 12,
    "fevrier": 2, "aout": 8, "decembre": 12, "fvrier": 2, "aot": 8, "dcembre": 12,  # accents lost: `13 aot 1998`
    "fevr": 2, "fvr": 2, "fv": 2, "dc": 12,  # abbreviated and lost: `20 fv. 1998`, `3 dc. 1999`
}  # fmt: skip

MONTH_ALT = "|".join(sorted(MONTHS, key=len, reverse=True))
"""The month names and abbreviations of `MONTHS` as a regex alternation, longest first."""

# `01 Jul. 2021`, `1 July 2021`, `01-Jul-2015`, `1er juillet 2021`, `9 oct . 2007`, a periodical's `12
# décembre, 2001` (a comma before a year that no word follows); optional `18:41` time after it.
SITE_DATE_RE = re.compile(
    rf"(?P<day>\d{{1,2}})(?:er)?[\s\-](?P<month>{MONTH_ALT})(?:[^\S\n]?\.)?(?:,(?=[^\S\n]\d{{4}}(?![^\S\n]*[\w(])))?"
    rf"[\s\-](?P<year>\d{{4}})"
    r"(?:\s+(?P<hour>\d{1,2})[:h](?P<minute>\d{2}))?",
    re.IGNORECASE,
)

MONTH_FIRST_DATE_RE = re.compile(
    rf"(?P<month>{MONTH_ALT})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>\d{{4}})", re.IGNORECASE
)
"""A date written month first, as NATO's agencies' and commands' sites date their pages (`Nov 17 2022`,
`April 7, 2022`); read only where a date block stands."""

WEEKDAYS = (
    "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|"
    "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
)
"""Weekday names in French and English, lower-case, as a regex alternation."""
_DAY_SUFFIX = r"(?:(?:st|nd|rd|th)\s+of|er|st|nd|rd|th)?"  # after a day's number: `1er`, `29th`, `29th of`
# `Ce jeudi (7 septembre 2023)`, `On Thursday (7 September 2023)`, or a bare `(1er juillet 2021)`.
EVENT_DATE_RE = re.compile(
    rf"(?:\b(?:ce|this|on|le)\s+(?:{WEEKDAYS})\s*)?\(\s*(?P<date>(?:(?P<day>\d{{1,2}})(?:er|st|nd|rd|th)?"
    rf"\s+(?P<month>{MONTH_ALT})|(?P<month2>{MONTH_ALT})\.?\s+(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?,?)"
    rf"\.?\s+(?P<year>\d{{4}}))\s*\)",
    re.IGNORECASE,
)
"""A parenthesised date, day first or month first: `Ce jeudi (7 septembre 2023)`, `(November 26, 2019)`."""


@dataclass(frozen=True)
class FoundDate:
    """A date (and maybe a time) read from the text, with the code-point span of its words."""

    value: dt.date | dt.datetime
    start: int
    end: int


def _build(
    day: str, month: str, year: str, hour: str | None = None, minute: str | None = None
) -> dt.date | dt.datetime | None:
    """The date (or date-time) the parts name, or None when they name no real calendar day."""
    month_number = MONTHS.get(month.lower().rstrip("."))
    if month_number is None:
        return None
    try:
        if hour is not None and minute is not None:
            return dt.datetime(int(year), month_number, int(day), int(hour), int(minute))
        return dt.date(int(year), month_number, int(day))
    except ValueError:
        return None


def site_dates(text: str, start: int = 0, end: int | None = None) -> list[FoundDate]:
    """Every site-style date in `text[start:end]`, with its time when one follows; else every date written
    month first (`MONTH_FIRST_DATE_RE`); else every date in figures year first (`2011/06/07`); else every
    date in figures whose two readings (day-month, month-day) name one day (`NUMERIC_DATE_RE`: `12 12
    2019`, not `09 3 2014`)."""
    found = []
    stop = len(text) if end is None else end
    for match in SITE_DATE_RE.finditer(text, start, stop):
        value = _build(*match.group("day", "month", "year", "hour", "minute"))
        if value is not None:
            found.append(FoundDate(value, match.start(), match.end()))
    if not found:  # `Nov 17 2022`, `April 7, 2022`: a date line of another NATO site
        for match in MONTH_FIRST_DATE_RE.finditer(text, start, stop):
            value = _build(*match.group("day", "month", "year"))
            if value is not None:
                found.append(FoundDate(value, match.start(), match.end()))
    if not found:  # `2011/06/07`: year, month, day
        for match in YEAR_FIRST_DATE_RE.finditer(text, start, stop):
            day = _numeric(*(int(g) for g in match.group(1, 2, 3)))
            if day is not None:
                found.append(FoundDate(day, match.start(), match.end()))
    if not found:  # `12 12 2019`: a date in figures, read only when both orders name one day
        for match in NUMERIC_DATE_RE.finditer(text, start, stop):
            first, second, year = (int(g) for g in match.group(1, 2, 3))
            readings = (_numeric(year, month, day) for month, day in ((second, first), (first, second)))
            days = {day for day in readings if day is not None}
            if len(days) == 1:
                found.append(FoundDate(days.pop(), match.start(), match.end()))
    return found


NUMERIC_DATE_RE = re.compile(r"(?<![\w.])(\d{1,2})[ ./-](\d{1,2})[ ./-]((?:19|20)\d{2})(?![\w.])")
"""A date in figures, day and month in an order the text does not say (`12 12 2019`, `09 3 2014`)."""
YEAR_FIRST_DATE_RE = re.compile(r"(?<![\w.])((?:19|20)\d{2})[/.-](\d{1,2})[/.-](\d{1,2})(?![\w.])")
"""A date in figures, year first, so month then day (`2011/06/07`, ISO 8601's order)."""
RANGE_START_RE = re.compile(
    rf"(?P<date>(?P<day>\d{{1,2}})(?:er)?\s+(?P<month>{MONTH_ALT})\.?)\s*[-–]", re.IGNORECASE
)
"""The first day of a range whose year stands only with its last day, alone on its line before the
block's next date line (`26 mai -` over `6 juin 2008`, the older site's date block)."""

_BLOCK_RANGE_START_RE = re.compile(rf"[•·▪*\-–]?\s*{RANGE_START_RE.pattern}\s*\n", re.IGNORECASE)
RANGE_DAY_BEFORE_RE = re.compile(r"(?<![\d.])(?P<day>\d{1,2})(?:\s*[-–]\s*\d{1,2})*\s*[-–]\s*\Z")
"""A day and a dash right before a full date on its line (`19-` of `19-21 Feb. 2008`): the date ends a
range."""


def range_start(text: str, start: int, end: int) -> FoundDate | None:
    """The first day of a date block `text[start:end]` opening with a range, over two lines (`26 mai -` /
    `6 juin 2008`: its day and month) or on one (`19-21 Feb. 2008`: its day, span the whole range), with
    the month or year it lacks from the block's first full date, the range's last day; None for any
    other block, or when that day would not come before the last (ANNOTATION_GUIDELINES.md §4)."""
    for last in site_dates(text, start, end):
        final = last.value.date() if isinstance(last.value, dt.datetime) else last.value
        two_lines = _BLOCK_RANGE_START_RE.match(text, start, last.start)  # `26 mai -` / `6 juin 2008`
        one_line = RANGE_DAY_BEFORE_RE.search(text, text.rfind("\n", 0, last.start) + 1, last.start)
        if two_lines is not None:
            day = _build(two_lines["day"], two_lines["month"], str(final.year))
            span = two_lines.span("date")
        elif one_line is not None:  # `19-21 Feb. 2008`, maybe under an update line
            day = _numeric(final.year, final.month, int(one_line["day"]))
            span = one_line.start(), last.end
        else:
            continue
        return FoundDate(day, *span) if isinstance(day, dt.date) and day < final else None
    return None


def _numeric(year: int, month: int, day: int) -> dt.date | None:
    """The calendar day, or None when there is no such day."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


# `on 28 March 2022`, `ce mercredi 25 mars 2015`, `ce mercredi (9 juillet)`, `Today (07 July 2022)`, `le 3
# mai`, `On March 28, 2022`, `On the 29th of July 2020`, `a meeting November 7`, `14th March, 2023`, a
# paragraph opening with `23 October 2018`: a day the body says something happened on; a range (`on 9 and
# 10 April`) is no single day.
_MEETING_DU = (
    "(?:"
    + "|".join(
        rf"(?<={noun}\s)" for noun in ("réunion", "sommet", "rencontre", "conférence", "séance", "cérémonie")
    )
    + ")du"
)
"""`du` after a meeting's noun (`Lors de sa réunion du 18 septembre 2015`): the day the meeting was held."""
PROSE_DATE_RE = re.compile(
    rf"(?<![\w’'-])(?:(?:on(?:\s+the)?|le|ce|this|today|aujourd['’]hui|a"
    rf"|{_MEETING_DU})\s+(?:(?:{WEEKDAYS}|jour|day)\s*,?\s*)?"
    rf"|(?:today|aujourd['’]hui),?\s*|(?:{WEEKDAYS})\s*,?\s*|(?<!\d\s)(?=(?-i:[A-Z][a-z]{{2}})[a-z]*\.?\s+\d)"
    rf"|(?=\d{{1,2}}(?:st|nd|rd|th)\s+(?-i:[A-Z]))|(?<=\n)(?=\d{{1,2}}\s+[^\W\d]+\.?,?\s+\d{{4}}))"
    rf"(?P<open>\(\s*)?(?:(?P<day>\d{{1,2}}){_DAY_SUFFIX}\s+(?P<month>{MONTH_ALT})\.?"
    rf"|(?P<month2>{MONTH_ALT})\.?\s+(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?,?)"
    r"(?:,?\s+(?P<year>\d{4}))?(?(open)\s*\))(?!\s*(?:-|–|and|et|to|au)\s*\d)(?![\w-])",
    re.IGNORECASE,
)


WEEKDAY_DAY_RE = re.compile(
    rf"(?<![\w’'-])(?:{WEEKDAYS})\s*\(\s*\d{{1,2}}(?:er|st|nd|rd|th)?\s*\)", re.IGNORECASE
)
"""A weekday with its day number alone (`on Saturday (20th)`, `ce mercredi (9)`): a day stated, its month
unknown."""

_PLACE = r"[A-ZÀ-Ý][\w’'.]*(?:[-/][\w’'.]+)*(?: [A-ZÀ-Ý][\w’'.]*(?:[-/][\w’'.]+)*)*(?: \([^()\n]{1,40}\))?"
"""A dateline's place: capitalised words, maybe a country in brackets (`Ulaanbaatar (Mongolia)`)."""
DATELINE_RE = re.compile(
    rf"{_PLACE}\s*,\s+(?P<date>(?:(?P<day>\d{{1,2}})(?:er|st|nd|rd|th)?\s+"
    rf"(?P<month>{MONTH_ALT})\.?|(?P<month2>{MONTH_ALT})\.?\s+(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?)"
    r",?(?:\s+(?P<year>\d{4}))?)\s*[-–—]\s",
    re.IGNORECASE,
)
"""A paragraph's opening dateline, `Bruxelles, 2 janvier - ` / `BRUSSELS, 12 May 2016 – ` / `Ulaanbaatar
(Mongolia), 29 Sep 2011 - `: the day reported.
A hyphen only joins parts of one word (`SAINT-MALO`), so matching stays linear."""
PLACE_DATELINE_RE = re.compile(rf"{_PLACE}(?:,[^\S\n]*{_PLACE})?[^\S\n]+[-–—][^\S\n]+")
"""A paragraph's opening dateline without a date (`KABUL, Afghanistan - `, `Pristina – `): no sentence's
subject."""

DAY_RANGE_RE = re.compile(
    rf"(?<![\w’'-])(?:(?:from|between|du|entre|les|the|on|le|ce)\s+)?(?:(?:{WEEKDAYS})\s*,?\s*)?"
    rf"\d{{1,2}}(?:er|st|nd|rd|th)?(?:\s+(?:{MONTH_ALT})\.?)?(?:\s+\d{{4}})?"
    rf"\s*(?:-|–|and|et|to|au|until|jusqu['’]au)\s*(?:(?:on|le|ce|the)\s+)?(?:(?:{WEEKDAYS})\s*,?\s*)?"
    rf"\d{{1,2}}{_DAY_SUFFIX}\s+(?:{MONTH_ALT})\.?(?:\s+\d{{4}})?(?![\w-])"
    rf"|(?<![\w’'-])(?:{MONTH_ALT})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\s*(?:-|–|and|to|through|until)\s*"
    rf"(?:(?:{MONTH_ALT})\.?\s+)?\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?(?![\w-])",
    re.IGNORECASE,
)
"""A range of days (`Le vendredi 16 et le samedi 17 février 2018`, `from 13 to 15 March`, `du 30 septembre
au 3 octobre 2014`, `Thursday, 13 December and Friday, 14 December 2018`, `Wednesday 17th and Thursday
18th of November 2021`, month first: `October 24-26`, `March 30 to April 2, 2019`): no single day."""


BYLINE_DATE_RE = re.compile(
    rf"(?:,|\bon|\ble)\s+(?P<date>(?P<day>\d{{1,2}})(?:er|st|nd|rd|th)?\s+(?P<month>{MONTH_ALT})\.?\s+"
    r"(?P<year>\d{4}))\s*\)?\s*[.;]?\s*$",
    re.IGNORECASE,
)
"""The date closing a speech's or a declaration's by-line (`du secrétaire général … , Bruxelles, 4
décembre 2009`, `Issued by the Heads of State … in Bucharest on 3 April 2008`): the day it was given."""


def byline_date(text: str, start: int, end: int) -> FoundDate | None:
    """The day `text[start:end]`, a by-line, closes with (`BYLINE_DATE_RE`), or None; never a range."""
    match = BYLINE_DATE_RE.search(text, start, end)
    if match is None or DAY_RANGE_RE.search(text, max(start, match.start() - 25), match.end()):
        return None
    if _ANOTHER_TIME_RE.search(text, max(start, match.start() - 60), match.end()):
        return None  # `Avec la réception de cette lettre, …, prévue le 9 juillet 2008`: no by-line's day
    value = _build(*match.group("day", "month", "year"))
    return FoundDate(value, *match.span("date")) if value is not None else None


def event_date(
    text: str, start: int = 0, end: int | None = None, published: dt.date | None = None
) -> FoundDate | None:
    """The event date of `text[start:end]` (`first_day`), or None."""
    return first_day(text, start, end, published)[1]


def body_event_date(
    text: str, regions: Sequence[tuple[int, int]], published: dt.date | None
) -> FoundDate | None:
    """The event date of a release: the first day its body paragraphs (`regions`, code points, in text
    order) state (`first_day`, `published` the date block's date); None when that day is unknown, never
    a day stated after it."""
    for start, end in regions:
        stated, found = first_day(text, start, end, published)
        if stated:
            return found
    return None


def first_day(
    text: str,
    start: int = 0,
    end: int | None = None,
    published: dt.date | None = None,
) -> tuple[bool, FoundDate | None]:
    """Whether `text[start:end]` states a day, and the first day it states as a date: a parenthesised date
    (`Ce jeudi (7 septembre 2023)`, the span covering all of it), the paragraph's dateline (`DATELINE_RE`)
    or a prose date (`PROSE_DATE_RE`), whichever comes first. A date without its year takes the year of
    `published`, the same text's date block; without one the day is unknown (None), never guessed and
    never a later date of the text (`Bruxelles, 2 janvier - … élu le 17 septembre 2011`: the election is not
    the event reported). A range of days (`DAY_RANGE_RE`) is no single day, and a weekday with its day
    number alone (`WEEKDAY_DAY_RE`: `on Saturday (20th)`) no known day: None as well
    (ANNOTATION_GUIDELINES.md §4). Skipped: a day that is no calendar day (`30 février`), a day in a
    relative clause (`le tsunami qui a touché le Japon le 11 mars 2011`: another event) unless marked as
    this one's (`la cérémonie qui s’est tenue ce 22 novembre 2017`), and, when the
    date block gives the publication date (`published`), a day outside the month before it (`the launch
    of the new mission on January 1` in a November release, `le 12 septembre 2001` in a 2011 one)."""
    stop = len(text) if end is None else end
    year = published.year if published is not None else None
    dateline = DATELINE_RE.match(text, start, stop)
    found = [
        *EVENT_DATE_RE.finditer(text, start, stop),
        *([dateline] if dateline else []),
        *PROSE_DATE_RE.finditer(text, start, stop),
        *DAY_RANGE_RE.finditer(text, start, stop),
        *WEEKDAY_DAY_RE.finditer(text, start, stop),
    ]
    first = (EVENT_DATE_RE, DAY_RANGE_RE)  # at one start: a parenthesised date, then a range
    matches = sorted(found, key=lambda m: (m.start(), first.index(m.re) if m.re in first else len(first)))
    spans: list[tuple[int, int]] | None = None  # the sentences, split when first needed
    for match in matches:
        if _RELATIVE_BEFORE_RE.search(text, max(start, match.start() - 40), match.start()) and not _marked(
            match
        ):
            continue  # `le tsunami qui a touché le Japon le 11 mars 2011`, `le sommet qui aura lieu les 19 et
            # 20 novembre`; not `qui s’est tenue ce 22 novembre`, `qui s’est tenue à Bruxelles le 16 octobre`
        if _in_reported_clause(text, start, stop, match.start()):
            continue  # `who said that 30 civilians had been killed … on Monday, July 14`: the event reported
        spans = spans if spans is not None else sentences(text, start, stop)
        if _ANOTHER_TIME_RE.search(text, *_near_in_sentence(spans, match, start, stop)):
            continue  # `prévue le 9 juillet 2008`, `was established on 18 September 1999`: not the event
        if match.re in (DAY_RANGE_RE, WEEKDAY_DAY_RE):
            return True, None  # `Le vendredi 16 et le samedi 17 février 2018`: a range, no single day;
            # `on Saturday (20th)`: no month
        value = _stated(match, year)
        if value is None and not (match["year"] or year is not None):
            return True, None  # a day without its year: unknown
        if value is not None and published is not None and not _near(value, published) and not _marked(match):
            continue
        if isinstance(value, dt.date):
            span = match.span("date") if match.re is DATELINE_RE else match.span()
            return True, FoundDate(value, *span)
    return False, None


_TIME_WORDS_REACH = (60, 40)
"""How far before and after a date words placing it at another time may stand (code points)."""


def _near_in_sentence(
    spans: list[tuple[int, int]], match: re.Match[str], start: int, stop: int
) -> tuple[int, int]:
    """The window around a date `match` where words place it at another time (`_TIME_WORDS_REACH`), within
    the date's own sentence of `spans` (`sentences`: `… planned for May of this year. On Tuesday, 28
    February, …`: the plan is the sentence before's)."""
    low, high = (
        max(start, match.start() - _TIME_WORDS_REACH[0]),
        min(stop, match.end() + _TIME_WORDS_REACH[1]),
    )
    index = bisect.bisect_right([s for s, _ in spans], match.start()) - 1
    if index < 0 or spans[index][1] <= match.start():
        return low, high
    return max(low, spans[index][0]), min(high, spans[index][1])


_RELATIVE_BEFORE_RE = re.compile(
    r"(?<![\w’'-])(?:qui|dont|où|lorsque|which|who|where|when)\s(?![^,;:.()\n]*(?:s['’]est\s+tenue?s?"
    r"|se\s+tenait|a\s+eu\s+lieu|s['’]est\s+déroulée?s?|took\s+place|was\s+held)\b)[^,;:.()\n]*\Z",
    re.IGNORECASE,
)
"""A relative clause open before a date: the date is that clause's event, not the one reported; not one
saying where the reported meeting was held (`la septième édition du dialogue, qui s’est tenue à Bruxelles
le lundi 16 octobre 2017, …`, `qui a eu lieu le 28 mars 2019`)."""
_ANOTHER_TIME_RE = re.compile(
    r"(?<![\w’'-])(?:prévue?s?\s+(?:pour\s+)?le|scheduled\s+(?:for|on)|planned\s+for|due\s+to\s+take\s+place"
    r"|(?:was|were)\s+(?:established|founded|created)|(?:a|ont)\s+été\s+(?:créée?s?|fondée?s?)"
    r"|s['’]est\s+dotée?)(?![\w’'-])",
    re.IGNORECASE,
)
"""Words placing a date at another time than the event reported: planned (`prévue le 9 juillet 2008`) or
a founding (`was established on 18 September 1999`, `Le 3 juin 1998, l’OTAN s’est dotée de …`)."""
_EARLIEST_DAYS = 31
"""How many days before publication a stated day may fall and still be the event's."""


_MARKED_RE = re.compile(r"(?:today|aujourd['’]hui|ce|this)\b|\(", re.IGNORECASE)


def _in_reported_clause(text: str, start: int, end: int, position: int) -> bool:
    """True when `position` stands in a clause reported by a verb of saying earlier in its sentence (one
    of `text[start:end]`'s, `natopress.text.sentences`: `… said that P`, `a déclaré que P`): a day there is
    the reported event's, not the release's."""
    opening = max((s for s, _ in sentences(text, start, end) if s <= position), default=start)
    return INDIRECT_RE.search(text, opening, position) is not None


def _marked(match: re.Match[str]) -> bool:
    """True for a day the text marks as the one reported, whatever the date block says: `Ce jeudi (7
    septembre 2017)`, `today (12 February 2019)`, `ce mercredi 25 mars`."""
    return match.re is not DATELINE_RE and _MARKED_RE.match(match.group()) is not None


def _near(value: dt.date | dt.datetime, published: dt.date) -> bool:
    """True when `value` falls within the month before `published`, or on the day after it."""
    day = value.date() if isinstance(value, dt.datetime) else value
    return published - dt.timedelta(days=_EARLIEST_DAYS) <= day <= published + dt.timedelta(days=1)


def _stated(match: re.Match[str], year: int | None) -> dt.date | dt.datetime | None:
    """The day a date match states, its year from the match or else `year` (the date block's); None when
    no year is known or the words name no calendar day."""
    groups = match.groupdict()
    stated = match["year"] or (str(year) if year is not None else None)
    month, day = match["month"] or groups.get("month2"), match["day"] or groups.get("day2")
    return _build(day, month, stated) if stated is not None and day and month else None


URL_DATE_RE = re.compile(r"/(?P<year>(?:19|20)\d{2})/(?P<month>\d{2})/(?P<day>\d{2})/")


def url_date(url: str | None) -> dt.date | None:
    """The date in a NATO URL path such as `/news/2023/09/07/...`, or None."""
    match = URL_DATE_RE.search(url or "")
    if match is None:
        return None
    try:
        return dt.date(int(match["year"]), int(match["month"]), int(match["day"]))
    except ValueError:
        return None
