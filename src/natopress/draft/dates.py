"""Dates as NATO's pages write them: the date block (`01 Jul. 2021`) and prose dates (`1er juillet 2021`)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from natopress.formats import day_of

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

YEAR_MONTH_DAY_RE = re.compile(
    rf"(?P<year>(?:19|20)\d{{2}}),?\s+(?P<month>{MONTH_ALT})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?![\w,])",
    re.IGNORECASE,
)
"""A date in words written year first (`2018, November 1`), as some corps' sites date their pages; read only
where a date block stands."""

SHORT_YEAR_DATE_RE = re.compile(
    rf"(?<![\w.])(?P<day>\d{{1,2}})(?:\s*[-–]\s*\d{{1,2}})?\s+(?P<month>{MONTH_ALT})\.?\s+(?P<year>\d{{2}})(?![\w.])",
    re.IGNORECASE,
)
"""A date with a two-digit year (`26 Aug 15`, a range's first day `23-25 Feb 16`), as NATO School
Oberammergau's pages date themselves; the year is 20yy (no such page predates 2000); read only where a
date block stands."""

WEEKDAYS = (
    "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|"
    "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
)
"""Weekday names in French and English, lower-case, as a regex alternation."""
_WEEKDAY_NAME_RE = re.compile(rf"(?<![\w’'-])(?:{WEEKDAYS})(?![\w’'-])", re.IGNORECASE)


def stated_weekday(words: str) -> int | None:
    """The weekday `words` name, Monday 0 to Sunday 6 (`datetime.date.weekday`), from its last weekday name
    (`on Wednesday, 3 November` → 2, `ce jeudi 7 septembre` → 3); None when they name none."""
    found = _WEEKDAY_NAME_RE.findall(words)
    return WEEKDAYS.split("|").index(found[-1].lower()) % 7 if found else None


_DAY_SUFFIX = r"(?:[ ]?(?:st|nd|rd|th)\s+of|er|[ ]?(?:st|nd|rd|th))?"  # `1er`, `29th`, `29th of`, `8 th`
# `Ce jeudi (7 septembre 2023)`, `On Thursday (7 September 2023)`, or a bare `(1er juillet 2021)`.
EVENT_DATE_RE = re.compile(
    rf"(?:\b(?:ce|this|on|le)\s+(?:{WEEKDAYS})\s*)?\(\s*(?P<date>(?:(?P<day>\d{{1,2}})(?:er|st|nd|rd|th|\.)?"
    rf"\s+(?P<month>{MONTH_ALT})|(?P<month2>{MONTH_ALT})\.?\s+(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?,?)"
    rf"\.?\s+(?P<year>\d{{4}}))\s*\)",
    re.IGNORECASE,
)
"""A parenthesised date, day first or month first: `Ce jeudi (7 septembre 2023)`, `(November 26, 2019)`, a day
with a point (`on Monday (12. September 2016)`)."""


WEEKDAY_DATE_RE = re.compile(rf"\b(?:on|ce|this|le)\s+(?:{WEEKDAYS})\s*\(\s*\d", re.IGNORECASE)
"""A weekday with its date in brackets (`on Friday (20 April 2018)`, `ce jeudi (7 septembre 2023)`): how
NATO's lead paragraph dates its news, never a caption (natopress.draft.segmenter) nor, opening a line, a
title (natopress.draft.titlelines), even without a final full stop."""


@dataclass(frozen=True)
class FoundDate:
    """A date (and maybe a time) read from the text, with the code-point span of its words."""

    value: dt.date | dt.datetime
    start: int
    end: int


def build_date(
    day: str, month: str, year: str, hour: str | None = None, minute: str | None = None
) -> dt.date | dt.datetime | None:
    """The date (or date-time) the parts name (`day`, `year`, `hour`, `minute` in figures; `month` a name
    or abbreviation of `MONTHS`, case-insensitive, maybe with its period), or None when they name no real
    calendar day or no known month."""
    month_number = MONTHS.get(month.lower().rstrip("."))
    if month_number is None:
        return None
    try:
        if hour is not None and minute is not None:
            return dt.datetime(int(year), month_number, int(day), int(hour), int(minute))
        return dt.date(int(year), month_number, int(day))
    except ValueError:
        return None


def _worded(pattern: re.Pattern[str], text: str, start: int, stop: int) -> list[FoundDate]:
    """Every date in words `pattern` finds in `text[start:stop]` that names a real calendar day, with its
    time when the pattern reads one."""
    found = []
    for match in pattern.finditer(text, start, stop):
        groups = match.groupdict()
        value = build_date(
            groups["day"], groups["month"], groups["year"], groups.get("hour"), groups.get("minute")
        )
        if value is not None:
            found.append(FoundDate(value, match.start(), match.end()))
    return found


def site_dates(text: str, start: int = 0, end: int | None = None) -> list[FoundDate]:
    """Every site-style date in `text[start:end]`, with its time when one follows; else every date written
    month first (`MONTH_FIRST_DATE_RE`); else every date in words year first (`YEAR_MONTH_DAY_RE`); else
    every date with a two-digit year (`SHORT_YEAR_DATE_RE`); else every date in figures year first (`2011/06/07`); else every date in figures whose two readings
    (day-month, month-day) name one day (`NUMERIC_DATE_RE`: `12 12 2019`, not `09 3 2014`)."""
    stop = len(text) if end is None else end
    for pattern in (
        SITE_DATE_RE,
        MONTH_FIRST_DATE_RE,
        YEAR_MONTH_DAY_RE,
    ):  # `Nov 17 2022`, `2018, November 1`
        found = _worded(pattern, text, start, stop)
        if found:
            return found
    for match in SHORT_YEAR_DATE_RE.finditer(text, start, stop):  # `26 Aug 15`: 2015
        value = build_date(match["day"], match["month"], f"20{match['year']}")
        if value is not None:
            found.append(FoundDate(value, match.start(), match.end()))
    if found:
        return found
    for match in YEAR_FIRST_DATE_RE.finditer(text, start, stop):  # `2011/06/07`: year, month, day
        day = _numeric(*(int(g) for g in match.group(1, 2, 3)))
        if day is not None:
            found.append(FoundDate(day, match.start(), match.end()))
    if found:
        return found
    for match in NUMERIC_DATE_RE.finditer(text, start, stop):  # `12 12 2019`: read only when both orders
        first, second, year = (int(g) for g in match.group(1, 2, 3))  # name one day
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
        final = day_of(last.value)
        two_lines = _BLOCK_RANGE_START_RE.match(text, start, last.start)  # `26 mai -` / `6 juin 2008`
        one_line = RANGE_DAY_BEFORE_RE.search(text, text.rfind("\n", 0, last.start) + 1, last.start)
        if two_lines is not None:
            day = build_date(two_lines["day"], two_lines["month"], str(final.year))
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


# `on 28 March 2022`, `on Thursday, Jan.25 2018` (no space after the point), `On October the 14th 2021`,
# `ce mercredi 25 mars 2015`, `ce mercredi (9 juillet)`, `Today (07 July 2022)`, `le 3 mai`, `On March 28,
# 2022`, `On the 29th of July 2020`, `a meeting November 7`, `14th March, 2023`, a
# paragraph opening with `23 October 2018`, a day without its year set off by commas (`held Exercise X here,
# 7 Dec, an exercise …`) or after a comma closing its sentence (`… in Luxembourg, 29 September.`; not a
# citation's `- X, Brussels, 5 February 2015.`): a day the body says something
# happened on; a range (`on 9 and 10 April`) is no single day.
_MEETING_DU = (
    "(?:"
    + "|".join(
        rf"(?<={noun}\s)" for noun in ("réunion", "sommet", "rencontre", "conférence", "séance", "cérémonie")
    )
    + ")du"
)
"""`du` after a meeting's noun (`Lors de sa réunion du 18 septembre 2015`): the day the meeting was held."""
PROSE_DATE_RE = re.compile(
    rf"(?<![\w’'-])(?:(?:on(?:\s+the)?(?:\s+(?:evening|morning|afternoon|night)\s+of)?|le|ce|this|today"
    rf"|aujourd['’]hui|a|{_MEETING_DU}|(?:dans\s+la\s+(?:soirée|matinée|nuit)|dans\s+l['’]après-midi"
    rf"|le\s+(?:soir|matin))\s+du)\s+(?:(?:{WEEKDAYS}|jour|day)\s*,?\s*)?"
    rf"|(?:today|aujourd['’]hui),?\s*|(?:{WEEKDAYS})\s*,?\s*|(?<!\d\s)(?=(?-i:[A-Z][a-z]{{2}})[a-z]*\.?\s+\d)"
    rf"|(?=\d{{1,2}}(?:st|nd|rd|th)\s+(?-i:[A-Z]))|(?<=\n)(?=\d{{1,2}}\s+[^\W\d]+\.?,?\s+\d{{4}})"
    rf"|(?<=,\s)(?=\d{{1,2}}\s+(?-i:[A-Z])[a-z]{{2,}}\.?(?:,|\.(?!\S))))"
    rf"(?P<open>[(\[]\s*)?(?:(?P<day>\d{{1,2}}){_DAY_SUFFIX}\s+(?P<month>{MONTH_ALT})\.?"
    rf"|(?P<month2>{MONTH_ALT})(?:\.\s*|\s+)(?:the\s+)?(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?,?)"
    r"(?:,?\s+(?P<year>\d{4}))?(?(open)\s*[)\]])(?!\s*(?:-|–|and|et|to|au)\s*\d)(?![\w-])",
    re.IGNORECASE,
)


WEEKDAY_DAY_RE = re.compile(
    rf"(?<![\w’'-])(?:{WEEKDAYS})\s*\(\s*\d{{1,2}}(?:er|st|nd|rd|th)?\s*\)", re.IGNORECASE
)
"""A weekday with its day number alone (`on Saturday (20th)`, `ce mercredi (9)`): a day stated, its month
unknown."""

_PLACE_WORD = r"[A-ZÀ-Ý][\w’'.]*(?:[-/][\w’'.]+)*"
PLACE = rf"{_PLACE_WORD}(?: (?:(?:de|del|du|des|of) )?(?:[ld]['’])?{_PLACE_WORD})*(?: \([^()\n]{{1,40}}\))?"
"""A dateline's place: capitalised words, maybe joined by a particle (`Siège de l'OTAN`), maybe a country
in brackets (`Ulaanbaatar (Mongolia)`); to embed case-sensitive (`(?-i:…)`), or it takes a clause's words."""
DATELINE_RE = re.compile(
    rf"(?:(?-i:{PLACE}(?:\s*,\s*{PLACE})?(?:,[^\S\n]*\([^()\n]{{1,40}}\))?)(?:\s*,\s+|[^\S\n]+[-–—][^\S\n]+(?=\d{{1,2}}\s+[^\W\d]+\.?,?\s+\d{{4}})"
    rf"|[^\S\n]+(?=\d{{1,2}}\s+[^\W\d]+\s+\d{{4}}\.[^\S\n]+[A-ZÀ-Ý]))"
    rf"|(?=\d{{1,2}}\s+[^\W\d]+\.?,?\s+\d{{4}}[^\S\n]+[-–—_][^\S\n]))"
    rf"(?P<date>(?:le\s+)?(?:(?P<day>\d{{1,2}})(?:er|[ ]?(?:st|nd|rd|th))?\s+"
    rf"(?P<month>{MONTH_ALT})\.?|(?P<month2>{MONTH_ALT})\.?\s+(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?)"
    r",?(?:\s+(?P<year>\d{4}))?)(?:\s*[-–—](?:\s|(?=[A-ZÀ-Ý]))|(?<=\d\d\d\d)[^\S\n]+_[^\S\n]|(?<=\d\d\d\d)[.:](?:[^\S\n]+(?=[A-ZÀ-Ý])|[^\S\n]*\Z))",
    re.IGNORECASE,
)
"""A paragraph's opening dateline, `Bruxelles, 2 janvier - ` / `Rome, le 3 mai 2021 – ` / `BRUSSELS, 12 May
2016 – ` / `Ulaanbaatar (Mongolia), 29 Sep 2011 - ` / `18 September 2020 - ` (a day with its year, no place;
an underscore typed for the dash: `18 September 2020 _ `)
/ `Siège de l'OTAN, Bruxelles, 17 mai 2011 - ` / `Solbiate Olona (VA) – 26 April 2016. ` (a dash after the
place, before a day with its year) / `Brunssum, 20 June 2024-The` (the space after the dash lost) /
`Stavanger, 31 May 2024. The` (a full stop after the year, also after a place with no comma: `Velgrad 14 May
2024. The`, or its country's letters in brackets after a comma: `VELGRAD, (OS) 12 May 2021. The`; or a colon:
`Tel Aviv (Israel) – 19 November 2009:
The`), also a line of its own (`Pristina, 16 July 2014.`):
the day reported. A hyphen only joins parts of
one word (`SAINT-MALO`), so matching stays linear."""
PLACE_DATELINE_RE = re.compile(rf"{PLACE}(?:,[^\S\n]*{PLACE})?[^\S\n]+[-–—][^\S\n]+")
"""A paragraph's opening dateline without a date (`KABUL, Afghanistan - `, `Pristina – `): no sentence's
subject."""

DAY_RANGE_RE = re.compile(
    rf"(?<![\w’'-])(?:(?:from|between|du|entre|les|the|on|le|ce)\s+)?(?:(?:{WEEKDAYS})\s*,?\s*)?"
    rf"\d{{1,2}}(?:er|st|nd|rd|th)?(?:\s+(?:{MONTH_ALT})\.?)?(?:\s+\d{{4}})?"
    rf"\s*(?:-|–|and|et|to|au|until|jusqu['’]au)\s*(?:(?:on|le|ce|the)\s+)?(?:(?:{WEEKDAYS})\s*,?\s*)?"
    rf"\d{{1,2}}{_DAY_SUFFIX}\s+(?:{MONTH_ALT})(?:\s?\.)?(?:\s+\d{{4}})?(?![\w-])"
    rf"|(?<![\w’'-])(?:{MONTH_ALT})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s*(?:-|–|and|to|through|until)\s*"
    rf"(?:(?:{MONTH_ALT})\.?\s+)?\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?(?![\w-])"
    r"|(?<![\w.])\d{1,2}\s*[-–]\s*\d{1,2}\.\d{1,2}\.\d{4}(?![\w.])",
    re.IGNORECASE,
)
"""A range of days (`Le vendredi 16 et le samedi 17 février 2018`, `from 13 to 15 March`, `du 30 septembre
au 3 octobre 2014`, `Thursday, 13 December and Friday, 14 December 2018`, `Wednesday 17th and Thursday
18th of November 2021`, month first: `October 24-26`, `March 30 to April 2, 2019`, `March 23, through
April 19`, in figures: `On 15-16.05.2019`): no single day."""


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
    if ANOTHER_TIME_RE.search(text, max(start, match.start() - 60), match.end()):
        return None  # `Avec la réception de cette lettre, …, prévue le 9 juillet 2008`: no by-line's day
    value = build_date(*match.group("day", "month", "year"))
    return FoundDate(value, *match.span("date")) if value is not None else None


_FUTURE = (
    r"(?:aura|auront)\s+lieu|se\s+tiendr(?:a|ont)|se\s+réunir(?:a|ont)"
    r"|(?:prendr|participer|se\s+rendr|accueiller|présider|rencontrer|prononcer|effectuer|assumer|ouvrir|donner"
    r"|viendr|visiter|s['’]adresser|interviendr|signer|inaugurer|lancer|commencer|débuter|diriger|présenter"
    r"|examiner|réunir|discuter|assister|se\s+dérouler|se\s+poursuivr|se\s+terminer|s['’]achèver|se\s+retrouver)(?:a|ont)"
    r"|[a-zà-ÿ]{3,}(?:eront|iront)"
    r"|will\s+(?:also\s+|officially\s+|formally\s+)?(?:help\s+(?:to\s+)?)?(?:take\s+(?:place|over|command|part|up)|meet|succeed|replace|join"
    r"|guard|protect|patrol|monitor|support|provide|conduct|deploy|train|lead"
    r"|be\s+(?:held|launched|sent|made|given|shown|broadcast|[a-z]{3,}ed|[a-z]{3,}ing)"
    r"|convene|assume|participate|attend|travel|host|chair|deliver|visit|arrive|brief|hold|give|address|speak"
    r"|open|hand\s*over|begin|start|sign|launch|inaugurate)"
)
FUTURE_RE = re.compile(rf"(?<![\w’'-])(?:{_FUTURE})(?![\w’'-])", re.IGNORECASE)
"""A verb in the future (`will hold`, `se tiendra`, `viendra`, `commencera`, a French plural: `assureront`):
what it says is planned."""
ANOTHER_TIME_RE = re.compile(
    r"(?<![\w’'-])(?:prévue?s?\s+(?:pour\s+)?le|scheduled\s+(?:for|on|to)|planned\s+for|due\s+to\s+take\s+place"
    r"|to\s+be\s+held"
    r"|(?:was|were)\s+(?:(?:fully|formally|officially)\s+)?(?:established|founded|created|accredited|appointed)"
    r"|(?:fully|formally|officially)\s+accredited"
    r"|(?:a|ont)\s+été\s+(?:créée?s?|fondée?s?|nommée?s?|accréditée?s?|établie?s?|instituée?s?|mise?s?\s+en\s+place)"
    r"|(?:a|ont)\s+pris\s+(?:ses|leurs|les)\s+fonctions|(?:was|were)\s+set\s+up"
    r"|s['’]est\s+dotée?|joined\s+(?:NATO|the\s+Alliance)|acceded\s+to|(?:a|ont)\s+(?:adhéré|rejoint\s+l['’](?:OTAN|Alliance))"
    rf"|(?:['’]s|historic)\s+accession|{_FUTURE})"
    r"(?![\w’'-])",
    re.IGNORECASE,
)
"""Words placing a date at another time than the event reported: planned (`prévue le 9 juillet 2008`, `the
meetings to be held on 4 April`,
`will meet in Brussels on Wednesday (20 November 2019)`, `se tiendra le`, `Dimanche (1er janvier 2023),
l’Allemagne prendra le commandement`, `will assume command on`), an accession (`Sweden’s historic
accession as NATO’s 32nd Ally March 7`, `Czechia joined NATO on 12 March 1999`, `a rejoint l’OTAN`; not
`a rejoint les dirigeants … lundi (23 septembre 2019)`) or a founding (`was
established on 18 September 1999`, `Le 3 juin 1998, l’OTAN s’est dotée de …`, `fully accredited by NATO’s
North Atlantic Council on the 28th of October, 2008`), or a person's appointment
(`qui a été nommé chef d’état-major le 7 novembre 2013`, `a pris les fonctions de … le 19 novembre`)."""

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


_WEEKDAY_RE = re.compile(rf"(?:{WEEKDAYS})\.?", re.IGNORECASE)


_MONTH_YEAR_RE = re.compile(rf"(?:{MONTH_ALT})\.?,?\s+(?:19|20)\d\d", re.IGNORECASE)
"""A month and its year (`November 2001`): alone on a line, a date."""
_DAY_MONTH_RE = re.compile(
    rf"(?:(?:{WEEKDAYS}),?\s+)?(?:\d{{1,2}}{_DAY_SUFFIX}\s+(?:{MONTH_ALT})|(?:{MONTH_ALT})\.?\s+\d{{1,2}}{_DAY_SUFFIX})\.?",
    re.IGNORECASE,
)
"""A day and its month without a year (`3rd May`, `May 17th`, `Tuesday 3 March`): alone on a line, the
date of a digest's item, never a title."""


def date_alone(line: str) -> bool:
    """True for a line that is one date, maybe after its weekday (`Friday, August 17, 2018`: a site's clock
    over its page, `12 March 2019`), a month and its year (`November 2001`) or a day and its month (`3rd
    May`): a date, never a title."""
    if _MONTH_YEAR_RE.fullmatch(line.strip()) or _DAY_MONTH_RE.fullmatch(line.strip()):
        return True  # `November 2001`, `3rd May`: a month's or a digest item's date line
    found = site_dates(line)
    if len(found) != 1:
        return False
    rest = (line[: found[0].start] + line[found[0].end :]).strip(" \t,.-–—|•")
    return not rest or _WEEKDAY_RE.fullmatch(rest) is not None


def after_dateline(text: str, start: int, end: int) -> int:
    """Where a sentence `[start, end)` goes on after the paragraph's opening dateline (`KABUL - `,
    `BRUSSELS, 3 December 2007 – `: `PLACE_DATELINE_RE`, `DATELINE_RE`), else `start` (code points): no
    reported clause nor sentence subject holds it."""
    dateline = PLACE_DATELINE_RE.match(text, start, end) or DATELINE_RE.match(text, start, end)
    return dateline.end() if dateline is not None else start
