"""The lines of NATO's date block in a raw release: dates in words or figures, month first, a range's
first day, update labels, separators and language links (natopress.draft.segmenter makes a run of them one
`date-block` segment)."""

from __future__ import annotations

import re
from collections.abc import Container, Sequence

from natopress.draft.dates import (
    MONTH_ALT,
    MONTH_FIRST_DATE_RE,
    NUMERIC_DATE_RE,
    PLACE,
    RANGE_START_RE,
    SHORT_YEAR_DATE_RE,
    SITE_DATE_RE,
    YEAR_FIRST_DATE_RE,
    YEAR_MONTH_DAY_RE,
)
from natopress.draft.lines import Line
from natopress.draft.speech import RANKS_WITHOUT_POINT
from natopress.formats import UPDATE_LABEL

_DATE = re.sub(r"\(\?P<\w+>", "(?:", SITE_DATE_RE.pattern)
_BULLET = r"(?:[•·▪*\-–]\s*)?"
_MONTH_FIRST = re.sub(r"\(\?P<\w+>", "(?:", MONTH_FIRST_DATE_RE.pattern)
_PUBLISHED = r"(?:first\s+)?(?:published|posted)(?:\s+on)?"
"""A publication label before a date (`Published on`, `Posted:`, `First published June 20, 2003`)."""
_ISSUE = r"(?:first\s+published\s+in\s+)?(?:[A-Z][\w’'-]*\s+){0,3}[A-Z][\w’'-]*\s*#\s?\d{1,4},?\s+"
"""A periodical's issue before its date (`SFOR Informer #99, October 25, 2000`, also `SFOR Informer#111,`;
after `First published in`)."""
_YEAR_MONTH_DAY = re.sub(r"\(\?P<\w+>", "(?:", YEAR_MONTH_DAY_RE.pattern)
_CLOCK = r"(?:\s*[-–|,]?\s*\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?)?"
"""A time of day after a date line's date (` - 2:38pm`, `, 10:15`)."""
MONTH_FIRST_LINE_RE = re.compile(
    rf"^(?:{_PUBLISHED}\s*:?\s*|{_ISSUE})?(?:{_MONTH_FIRST}|{_YEAR_MONTH_DAY}){_CLOCK}$", re.IGNORECASE
)
"""A line that is only a date written month first (`Nov 17 2022`, `April 7, 2022`) or year first in words
(`2018, November 1 - 2:38pm`), maybe labelled (`Published on July 31, 2020`, `SFOR Informer #99, October 25,
2000`) and followed by a time: another NATO site's date line, part of the date block, never a title."""
FIRST_PUBLISHED_RE = re.compile(
    rf"^(?:first\s+published\s+in|premi(?:è|e|)re\s+publication\s+dans\s+(?:le|la|l['’])|{_PUBLISHED}\s*:"
    rf"|publié\s+le\s*:|(?:{UPDATE_LABEL})\s*:)$",
    re.IGNORECASE,
)
"""`First published in` (`Première publication dans le`, also with its accent lost) on a line of its own over
a periodical's issue line, or a publication or update label alone over its date (`Published:` ⏎
`29-Sep-2004`, `Mise à jour :` ⏎ `16-Jun-2004 11:04`): date block next to a date line."""
_BYLINE_RE = re.compile(
    rf"(?:(?:{RANKS_WITHOUT_POINT}|(?-i:WO|CPO|PO))\.?\s+)?[A-ZÀ-Ý][a-zà-ÿ’'-]+(?:\s+[A-ZÀ-Ý][a-zà-ÿ’'-]+){{1,2}}"
)
"""A line that may be a writer's name alone, maybe with a rank (`Thierry Domin`, `Sgt Marc Dubois`)."""


def byline_over_issue(found: Sequence[Line], k: int, run_starts: Container[int]) -> bool:
    """True when line `k` of `found` is a writer's name alone (`_BYLINE_RE`) and the date run starting
    right after it (`run_starts`) opens on `First published in` (`FIRST_PUBLISHED_RE`): a periodical's
    by-line opening the page (`Thierry Domin` ⏎ `First published in` ⏎ `SFOR Informer#158, …`), body
    text, never the title."""
    return (
        k + 1 in run_starts
        and _BYLINE_RE.fullmatch(found[k].text) is not None
        and FIRST_PUBLISHED_RE.match(found[k + 1].text) is not None
    )


# One line of NATO's date block: `• 01 Jul. 2021 -`, `• |`, `• Mis à jour le: 01 Jul. 2021 18:41`,
# `Last updated: 01 Jul. 2021 18:41`, possibly several of them on one line separated by `|`.
_SHORT_UPDATE = rf"(?:last\s+)?updated?\s*:?\s*\d{{1,2}}-(?:{MONTH_ALT})-\d{{2}}"
"""An update item with a two-digit year (`Updated: 16-nov-06`): the older site's, never `published`."""
WEEK_LABEL = r"(?:semaine\s+du|week\s+of)\s"
"""The older weekly's issue label before its week (`Semaine du 28 janvier - 3 février 2002`, `Week of 18-24
March 2002`): a date of the issue, not of the item."""
_DATE_ITEM = (
    rf"(?:{_SHORT_UPDATE}|"
    rf"(?:(?:{UPDATE_LABEL}"
    rf"|{_PUBLISHED}|publié le|issued on|issued|publié|from|to|(?:press\s+release|communiqu\w*(?:\s+de\s+presse)?)(?:\s*\(\d{{2}}(?:\d{{2}})?\)\s*\d{{1,3}})?)"
    rf"\s*:?\s*)?(?:\d{{1,2}}\s*[-–]\s*){{0,3}}(?:{_DATE}))"
)
_LABEL_AFTER = (
    r"(?:\s*\|?\s+(?:(?:(?:IMS|NATO|OTAN|KFOR|SFOR)\s+){0,2}(?:news\s+releases?|press\s+releases?|releases?"
    r"|press\s+statements?|d[ée]?clarations?\s+(?:[àa]\s+)?la\s+presse|press\s+updates?|press\s+advisor(?:y|ies)"
    r"|publications|newspages"
    r"|background\s+information|speeches|discours|speech|statements?|opinions?"
    r"|communiqu\w*\s+de\s+presse|digith[eè]que\s+de\s+l['’]OTAN|NATO\s+(?:on-?line\s+)?library"
    rf"|update|hebdo|review|revue\s+de\s+l['’]OTAN)|(?:{MONTH_ALT})(?:\s+\d{{4}})?|{WEEK_LABEL}[^|\n]{{1,40}}?\d{{4}})\s*\|?"
    r"|[^\S\n]{8,}(?-i:(?:or|and)\s+)?(?-i:[A-Z][\w.’'-]*(?:[^\S\n]+[A-Z][\w.’'-]*){0,3})"
    r"|\s*\|\s*(?-i:By\s+[A-Z][^|\n]{0,60}?))?"
)
"""The section label the older site set after its update date: `Updated: 28-Jan-2010 IMS News Release`, `Last
update: 04-May-2005 15:35 NATO Update`, `Mise à jour : 13-Feb-2006 10:22 | OTAN Hebdo |`, `Updated:
01-Aug-2006 | NATO Press Releases |`, `Updated: 15 September 1999 Press Statement`, `Mise jour: 16-Feb-2000
Déclaration à la presse`, `Updated: 16-Jul-2002
Background Information`, `Updated: 02-Apr-2001 NATO Speeches`, `Updated: 22 November 1999 KFOR Press Updates`, and the issue's month (`Updated:
10-Dec-2002 November 2002`, `Mise à jour: 04-Jul-2003 Juin 2003`, without its year: `Updated: 14-Oct-2003
October`), or its week (`Mis à jour: 09-Feb-2002
Semaine du 28 janvier - 3 février 2002`), also as stored with its accents lost (`Mise--jour: 29-Nov-2002 OTAN
Communiqus de presse`). The date block's first line also holds a press release's number before its date
(`Press Release (2006)093 20 July 2006 |`, `Communiqué de presse (2004)099 29 juin 2004 |`, a two-digit year:
`PRESS RELEASE (94)65      17 August 1994`) or only its label
(`Communiqué 19 jan. 2005 |`). `IMS Press Advisory`, `NATO Publications` and `Digithèque de l'OTAN` are
labels too. So is a press contact's name set in a second column after the date, far to its right (`14 May
2001` and many spaces, then `or Ilse Varga`), which the segmenter then sets apart as `body`."""
_PLACE_BEFORE = rf"(?-i:{PLACE},[^\S\n]*{PLACE}[^\S\n]+)"
"""A place and its country before the older speeches' date (`Poiana Brasov, Romania 14 Oct. 2004 |`)."""
DATE_LINE_RE = re.compile(
    rf"^{_BULLET}(?:{_ISSUE}(?:le\s+)?|{_PLACE_BEFORE})?{_DATE_ITEM}(?:\s*[-–|]\s*(?:{_BULLET}{_DATE_ITEM})?|\s*{_DATE_ITEM})*"
    rf"{_LABEL_AFTER}\s*[-–|}}]?$",
    re.IGNORECASE,
)
"""A line of NATO's date block, maybe closed by a stray brace as stored (`14 October 2002}`); two dates
may be run together as stored (`04 Mar. 201010 Mar. 2010`); a periodical's issue day first (`Journal de la SFOR#128, le 12 décembre, 2001`); a home page's days
(`Homepage from` ⏎ `1 Feb. 2000` ⏎ `to 17 Feb. 2000`)."""
NUMERIC_DATE_LINE_RE = re.compile(
    rf"^(?:Date\s*:\s*\((?=[^()\n]+\)$))?(?:{NUMERIC_DATE_RE.pattern}|{YEAR_FIRST_DATE_RE.pattern})\)?"
    r"(?:\s*[•|]\s*(?:\d+\s+)?Comments?)?$"
)
"""A line that is only a date in figures (`12 12 2019`, `09 3 2014`, `2011/06/07 • Comments`, a centre's
`Date: (18-02-2021)`), as some NATO agencies' and missions' sites date their pages: a date line, never a
title; its day is read only when one order alone names a day (`18-02-2021`), both orders name the same day,
or the year comes first."""
_RANGE_START_LINE_RE = re.compile(rf"^{_BULLET}{RANGE_START_RE.pattern}$", re.IGNORECASE)
"""A line that is only a range's first day (`26 mai -`), its year on the next date line."""
DAY_MONTH_LINE_RE = re.compile(rf"^{_BULLET}\d{{1,2}}(?:er)?\s+(?:{MONTH_ALT})\.?$", re.IGNORECASE)
"""A line that is only a day and a month (`20 June`, under `Updated: 20 June 1999 NATO Press Releases`):
date block only next to a date line, and no date is read from it (its year is not given)."""
SEPARATOR_LINE_RE = re.compile(rf"^{_BULLET}[|\-–]$")
"""A date-block line that holds only a separator (`• |`): date block only next to a date line."""
_LANGUAGE = r"(?:Eng|En|Fr|Fra|Fre|Rus|Ru|Ukr|Uk|English|Français|Francais)\.?"
LANGUAGE_LINKS_RE = re.compile(
    rf"^{_LANGUAGE}(?:\s*[/|]\s*{_LANGUAGE})+(?:\s+\d{{1,2}}\s+(?:{MONTH_ALT})\.?(?:\s+\d{{4}})?)?(?:\s*\|)?$",
    re.IGNORECASE,
)
"""The older site's links to the page's other languages, `Eng. / Fr.`, maybe with the day of a speech page
and a separator (`Eng./Fr. 20 December |`): part of the date block next to a date line, else site chrome;
a day without its year gives no date."""


_SHORT_YEAR_LINE_RE = re.compile(rf"^{_BULLET}{SHORT_YEAR_DATE_RE.pattern}$", re.IGNORECASE)
"""A line that is only a date with a two-digit year (`26 Aug 15`, `23-25 Feb 16`)."""


def is_date_line(line: str) -> bool:
    """True when the line is (part of) NATO's date block."""
    return any(
        pattern.match(line)
        for pattern in (
            DATE_LINE_RE,
            MONTH_FIRST_LINE_RE,
            NUMERIC_DATE_LINE_RE,
            _RANGE_START_LINE_RE,
            _SHORT_YEAR_LINE_RE,
        )
    )


DATE_THEN_TITLE_RE = re.compile(rf"(?P<date>{_DATE})\s*\|\s*(?=\S)", re.IGNORECASE)
"""A date and a bar opening a line whose rest is the title (`19 déc. 2006 | L’OTAN ouvre un Bureau …`, the
older weekly's layout)."""
