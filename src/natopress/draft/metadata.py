"""The draft metadata of a release: title, NATO's date block, a by-line's or the body's event date,
document kind and provenance (ANNOTATION_GUIDELINES.md §4)."""

from __future__ import annotations

import datetime as dt
import hashlib
import re

from natopress.draft.chrome import PRESS_RELEASE_RE, crumb_title, trail_year
from natopress.draft.datelines import WEEK_LABEL
from natopress.draft.dates import (
    RANGE_DAY_BEFORE_RE,
    FoundDate,
    byline_date,
    range_start,
    site_dates,
    url_date,
)
from natopress.draft.digests import is_digest, item_date_line
from natopress.draft.eventdates import stated_day
from natopress.draft.lines import lines
from natopress.draft.segmenter import DraftSegment
from natopress.draft.titlelines import BYLINE_RE, ISSUED_BY_RE
from natopress.formats import UPDATE_LABEL, day_of
from natopress.model import (
    DateFact,
    DateTimeFact,
    DocumentKind,
    Metadata,
    Provenance,
    SegmentKind,
    Span,
    TextFact,
)

ORGANISATION = "NATO"
UPDATED_RE = re.compile(rf"{UPDATE_LABEL}\s*:?\s*$", re.IGNORECASE)
_WEEK_RE = re.compile(rf"{WEEK_LABEL}[^|\n]*\Z", re.IGNORECASE)
"""The older weekly's issue label before a date (`Week of 18-24 March 2002`): the week's, not the item's."""


def span_of(text: str, start: int, end: int) -> Span:
    """The span `[start, end)` of `text` (code points) with its text."""
    return Span(start=start, end=end, text=text[start:end])


_DASH_BEFORE_RE = re.compile(r"\d\s*[-–]\s*\Z")
"""A dash after a first date on the date block's line: the date after it ends a range (`14 Apr. 2024 - 16 Apr.
2024`), the last day the block states."""


def _label_above(text: str, line_start: int, date_start: int) -> re.Match[str] | None:
    """The update label alone on the line above a date that opens its line (`Mise à jour :` ⏎
    `16-Jun-2004 11:04`), or None."""
    if line_start == 0 or text[line_start:date_start].strip():
        return None
    above = text.rfind("\n", 0, line_start - 1) + 1
    label = UPDATED_RE.search(text, above, date_start)
    return label if label is not None and not text[above : label.start()].strip() else None


_ISSUED_RE = re.compile(r"\s*(?:[•·]\s*)?(?:(?P<label>issued\s+on|publié\s+le)\s*:?\s*)?\Z", re.IGNORECASE)
"""What may open the line of a date announcing a range's event: nothing, a bullet, or the date block's own
label of issue (`• Issued on 12 Dec. 2018`)."""


def _announcing_day(text: str, end: int, first: FoundDate) -> DateFact | None:
    """A plain date on a line of its own after the range a date block opens with (`first`, its first day),
    earlier than that day (`11-12 January 1996` ⏎ `9 January 1996`, a 1996 press release under its
    headline; `13 Dec. 2018 - 14 Dec. 2018` over `Issued on 12 Dec. 2018`), or any day the date block's own
    label of issue gives (`Issued on 14 Dec. 2018` under the same range; guidelines 1.79): the day the
    release announced the range's event, its publication date; None otherwise."""
    for found in site_dates(text, first.end, end):
        line_start = text.rfind("\n", 0, found.start) + 1
        issued = _ISSUED_RE.match(text, line_start, found.start)
        if (
            issued is not None
            and not UPDATED_RE.search(text, line_start, found.start)
            and (day_of(found.value) < first.value or issued["label"] is not None)
        ):
            return DateFact(value=day_of(found.value), span=span_of(text, found.start, found.end))
    return None


def _two_dates_start(text: str, start: int, end: int) -> FoundDate | None:
    """The first date of a range written as two full dates on the date block's line (`13 Dec. 2018 - 14 Dec.
    2018`), or None."""
    found = site_dates(text, start, end)
    if len(found) > 1 and _DASH_BEFORE_RE.fullmatch(text, found[0].end - 1, found[1].start):
        return found[0]
    return None


def _first_item_line(text: str, blocks: list[DraftSegment]) -> int | None:
    """Where the first item's date line starts (code points) when the first date block ends on it on a
    digest's page (`digests.is_digest`: two dated items or more follow): that date is the item's, not the
    page's (`Mise à jour: 14-Jul-2004 Juin 2004` ⏎ `2 juin 2004` ⏎ `Le secrétaire général …`: no `published`,
    guidelines section 1); else None."""
    if not blocks:
        return None
    first = blocks[0]
    start = max(first.start, text.rfind("\n", first.start, first.end - 1) + 1)  # the block's last line
    digest = item_date_line(text[start : first.end]) and is_digest(lines(text), first.end)
    return start if digest else None


def _dates(
    text: str, segments: list[DraftSegment]
) -> tuple[DateFact | None, DateTimeFact | None, dt.date | None]:
    """Published date, updated date-time and the last day the date block states (the block's first full
    date, which ends a range: `19-21 Feb. 2008`, `26 mai -` / `6 juin 2008`; or the second full date of
    a range: `14 Apr. 2024 - 16 Apr. 2024`; it bounds the event date
    and gives a day without its year its year): the first plain date, or a range's first day
    (`range_start`) unless an earlier plain date under the range announced it (`_announcing_day`), and the
    `Mis à jour` one; with no plain date, the update's day bounds the event
    date (`Mise à jour : 08-May-2006` over `Le 4 mai, …`), with or without its time."""
    published = updated = None
    last = update_day = None
    blocks = [s for s in segments if s.kind is SegmentKind.DATE_BLOCK]
    body = next((s.start for s in segments if s.kind is SegmentKind.BODY), len(text))
    head_end = max((s.end for s in blocks if s.start < body), default=0)  # the block, also cut by a caption
    item = _first_item_line(text, blocks)
    for seg in blocks if item is None else blocks[:1]:  # a digest's items' dates are no page's
        end = seg.end if item is None else item
        first = range_start(text, seg.start, end)
        while first is not None and _WEEK_RE.search(text, text.rfind("\n", 0, first.start) + 1, first.start):
            first = range_start(text, first.end, end)  # `Week of 18-24 March 2002`: the issue's week
        opening = first or _two_dates_start(text, seg.start, end)
        announced = _announcing_day(text, max(seg.end, head_end), opening) if opening else None
        published = (
            published
            or announced
            or (DateFact(value=first.value, span=span_of(text, first.start, first.end)) if first else None)
        )
        for found in site_dates(text, seg.start, end):
            line_start = text.rfind("\n", 0, found.start) + 1
            label = UPDATED_RE.search(text, line_start, found.start) or _label_above(
                text, line_start, found.start
            )
            if label is not None:
                day = day_of(found.value)
                update_day = update_day or day
                if updated is None:  # `Updated: 16-Aug-2006`: the day alone, no time invented
                    updated = DateTimeFact(value=found.value, span=span_of(text, label.start(), found.end))
                continue
            if _WEEK_RE.search(text, line_start, found.start):
                continue
            value = day_of(found.value)
            last = value if last is None or _DASH_BEFORE_RE.search(text, line_start, found.start) else last
            if published is None and not RANGE_DAY_BEFORE_RE.search(text, line_start, found.start):
                published = DateFact(value=value, span=span_of(text, found.start, found.end))
    if item is not None and update_day is not None and _item_year(text, item) not in (None, update_day.year):
        update_day = None  # `Mis à jour: 07-May-2007 Semaine du 5 - 11 mai 1997` ⏎ `6 mai 1997`: no year
    return published, updated, last if published is not None else update_day


_YEAR_RE = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")


def _item_year(text: str, item: int) -> int | None:
    """The year a digest's first item's date line (at `item`, code points) states, else None: an update
    stamped in another year (the page revised years later) dates none of its items' days."""
    line_end = text.find("\n", item)
    years = _YEAR_RE.findall(text, item, len(text) if line_end < 0 else line_end)
    return int(years[-1]) if years else None


def _byline(text: str, segments: list[DraftSegment]) -> tuple[int, int] | None:
    """The span of the by-line right under the title (`by NATO Secretary General …`, `Issued by …`, an
    occasion line: `Meeting of …`), or None: the first segment after the title, other than the date block,
    when it opens as a by-line."""
    kinds = [s.kind for s in segments]
    if SegmentKind.TITLE not in kinds:
        return None
    after = [
        s for s in segments[kinds.index(SegmentKind.TITLE) + 1 :] if s.kind is not SegmentKind.DATE_BLOCK
    ]
    first = after[0] if after else None
    if first is None or not (
        BYLINE_RE.match(text, first.start)
        or ISSUED_BY_RE.match(text, first.start)
        or _OCCASION_RE.match(text, first.start)
    ):
        return None
    return first.start, first.end


_OCCASION_RE = re.compile(r"(?:Meeting|Réunion)\s+(?:of|du|de)\s")
"""The occasion line under a document's kind (`Final statement` ⏎ `Meeting of the North Atlantic Council …
held at NATO Headquarters, Brussels, on 7 December 2011`): a by-line, whose closing day is the event's."""


def _document_kind(url: str | None, segments: list[DraftSegment], text: str) -> DocumentKind:
    """`news` for NATO news URLs, `press-release` for press-release ones or a text carrying NATO's
    `Press Release (2024) 012` label, else `other` (the annotator decides)."""
    lowered = (url or "").lower()
    labelled = any(
        s.kind is SegmentKind.CHROME and PRESS_RELEASE_RE.match(text[s.start : s.end]) for s in segments
    )
    if "press-release" in lowered or "/press_release" in lowered or labelled:
        return DocumentKind.PRESS_RELEASE
    if "news_" in lowered or "/news/" in lowered:
        return DocumentKind.NEWS
    return DocumentKind.OTHER


def _before_trail(text: str, segments: list[DraftSegment], value: dt.date | dt.datetime) -> bool:
    """True when an event day falls before the year the page's breadcrumb trail files it under
    (`chrome.trail_year`: `News Archive  /  2019`), December of the year before aside: a file photo's day
    in a caption (`… near Velgrad, Ostravia on Jan. 12, 2017.` on a 2019 page) or a past event's, not the release's."""
    years = [trail_year(text[s.start : s.end]) for s in segments if s.kind is SegmentKind.CHROME]
    year = next((y for y in years if y is not None), None)
    return year is not None and (value.year, value.month) < (year - 1, 12)


_FILE_PHOTO_DAYS = 7
"""How many days a caption's day may fall before the page's published day and still be the event's (a story
written up within the week); an older one is a file photo's (a statement of 23 November over a briefing's
photo of 3 November): guidelines 4, 1.123."""


def _file_photo(day: dt.date | dt.datetime, published: DateFact | None) -> bool:
    """True when a caption's `day` falls more than `_FILE_PHOTO_DAYS` before the `published` date."""
    return published is not None and (day_of(published.value) - day_of(day)).days > _FILE_PHOTO_DAYS


def draft_metadata(
    text: str, segments: list[DraftSegment], language: str, url: str | None, original_filename: str | None
) -> Metadata:
    """The draft metadata: title segment, site or URL dates, first event date of the body, kind, provenance."""
    title_segment = next((s for s in segments if s.kind is SegmentKind.TITLE), None)
    head = [(s.start, s.end) for s in segments[:3] if s.kind is SegmentKind.CHROME]
    heading = (title_segment.start, title_segment.end) if title_segment else crumb_title(text, head)
    title = TextFact(value=text[slice(*heading)], span=span_of(text, *heading)) if heading else None
    published, updated, last = _dates(text, segments)
    if published is None and url_date(url) is not None:
        published = DateFact(value=url_date(url), source=f"the page URL's path holds the site's date ({url})")
    body = [(s.start, s.end) for s in segments if s.kind is SegmentKind.BODY]
    block = last if published is None or published.span is not None else None
    byline = _byline(text, segments)
    event = byline_date(text, *byline) if byline else None
    if event is None:
        stated, event = stated_day(text, body, block, published is not None)
        if not stated:  # no day in the body: a caption's (`… during his visit on Friday 4 November 2011.`)
            captions = [(s.start, s.end) for s in segments if s.kind is SegmentKind.CAPTION]
            stated, event = stated_day(text, captions, block, published is not None)
            event = None if event is not None and _file_photo(event.value, published) else event
        if not stated and title_segment is not None:  # nor in a caption: the title's, written with its year
            title_span = [(title_segment.start, title_segment.end)]  # (`ADDRESS BY … ON 14TH MARCH 1995`;
            event = stated_day(text, title_span, block, published is not None)[1]  # not `du 4 avril`)
            event = (
                event
                if event is not None and str(event.value.year) in text[event.start : event.end]
                else None
            )
    event = None if event is not None and _before_trail(text, segments, event.value) else event
    return Metadata(
        title=title,
        published=published,
        updated=updated,
        event_date=DateFact(value=event.value, span=span_of(text, event.start, event.end)) if event else None,
        language=language,
        document_kind=_document_kind(url, segments, text),
        provenance=Provenance(organisation=ORGANISATION, url=url, original_filename=original_filename),
        text_sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
    )
