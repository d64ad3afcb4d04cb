"""Draft segments of a raw release: site chrome, title, NATO's date block, body paragraphs, captions."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from natopress.draft.captions import PHOTO_CREDIT_RE, looks_like_caption
from natopress.draft.chrome import (
    DOCUMENT_LINK_RE,
    RELATED_DATED_LINK_RE,
    RELATED_EVENT_RE,
    RELATED_LINK_RE,
    TEXT_SIZE_RE,
    broken_labels,
    is_chrome,
    repeats_crumb,
)
from natopress.draft.datelines import (
    DATE_THEN_TITLE_RE,
    DAY_MONTH_LINE_RE,
    FIRST_PUBLISHED_RE,
    LANGUAGE_LINKS_RE,
    SEPARATOR_LINE_RE,
    byline_over_issue,
    is_date_line,
)
from natopress.draft.dates import date_alone
from natopress.draft.digests import is_digest
from natopress.draft.forms import form_segments
from natopress.draft.language import detect_language
from natopress.draft.lines import (
    Line,
    continues_body,
    continues_paragraph,
    final_character,
    joined_lines,
    lines,
    quotations_over_lines,
    set_off,
    wrapped_at_width,
)
from natopress.draft.namewords import TITLE_RE
from natopress.draft.titlelines import (
    PLACE_PAIR_RE,
    TITLE_MAX_CHARS,
    glued_title,
    is_kicker,
    looks_like_title,
    opens_paragraph,
    section_label,
    stop_title,
    title_end,
    venue_over_date,
)
from natopress.model import SegmentKind

NAVIGATION_RE = re.compile(r"^[•·▪]\s*\S")
"""A bulleted line before the title (`• Summit meetings of Heads of State …`): the site's link to the
event or section the page belongs to, site chrome."""


@dataclass(frozen=True)
class DraftSegment:
    """A segment suggestion: kind, code-point span and the language when it differs from the release's."""

    kind: SegmentKind
    start: int
    end: int
    language: str | None = None


@dataclass(frozen=True)
class Segmentation:
    """The release's detected language and its draft segments in text order."""

    language: str
    segments: tuple[DraftSegment, ...]


def _date_runs(found: Sequence[Line], chrome: Sequence[bool]) -> list[tuple[int, int]]:
    """Index ranges [i, j) of consecutive date-block lines holding at least one date."""
    runs = []
    i = 0
    while i < len(found):
        j = i
        while (
            j < len(found)
            and not chrome[j]
            and (
                is_date_line(found[j].text)
                or SEPARATOR_LINE_RE.match(found[j].text)
                or DAY_MONTH_LINE_RE.match(found[j].text)
                or LANGUAGE_LINKS_RE.match(found[j].text)
                or FIRST_PUBLISHED_RE.match(found[j].text)
            )
        ):
            j += 1
        if j > i and any(is_date_line(found[k].text) for k in range(i, j)):
            runs.append((_place_before(found, chrome, i), j))
            i = j
        else:
            i = max(j, i + 1)
    return runs


_PLACE_LINE_RE = re.compile(r"[A-ZÀ-Ý][\w’'. -]{0,40},")
"""A short line naming a place and ending with a comma (`Bucharest,`): the older speech pages' place of
the event, over one or two lines (`Bucharest,` / `Romania`) right above their date."""
_PLACE_REGION_WORDS = 5
"""The most words of a place and its region right above a date (`titlelines.PLACE_PAIR_RE`: `Hoyo de
Manzanares, Madrid`; `Visit of Doctor X, NATO Investment Committee Chairperson` is a title)."""


def _place_before(found: Sequence[Line], chrome: Sequence[bool], start: int) -> int:
    """The index where the date block starting at line `start` begins, its place lines included (`Bucharest,`
    / `Romania`, `Hoyo de Manzanares, Madrid`, a speech's venue: `titlelines.venue_over_date`)."""
    venue = next((start - b for b in (4, 3, 2, 1) if start >= b and venue_over_date(found, start - b)), start)
    if venue < start and not any(chrome[venue:start]):  # `NATO HQ` ⏎ `Brussels` ⏎ `3 March 2005` ⏎ `…`
        return venue
    for back in (2, 1):
        k = start - back
        country = found[k + 1].text if back == 2 else ""  # `Romania`: a word or three, no punctuation
        if (
            k >= 0
            and not any(chrome[k:start])
            and _PLACE_LINE_RE.fullmatch(found[k].text)
            and (not country or (len(country.split()) <= 3 and final_character(country).isalpha()))
        ):
            return k
    above = start - 1
    if (
        above >= 0
        and not chrome[above]
        and PLACE_PAIR_RE.fullmatch(found[above].text)
        and len(found[above].text.split()) <= _PLACE_REGION_WORDS  # not `Visit of Doctor X, … Chairperson`
        and TITLE_RE.search(found[above].text) is None  # not `Jens Stoltenberg, Secretary General`
    ):
        return above  # `Hoyo de Manzanares, Madrid` ⏎ `29 April 2024`
    return start


_PAGE_TITLE_REACH = 4
"""How many lines below a page's own title line (site, section and title) the title itself may stand."""
_DASH_ITEM_RE = re.compile(r"[-–]\s+\S")
"""A line opening a dash list's item (`- "Building Security …"`, `- 14 February 2002`)."""
_LIST_REACH = 4
"""How many lines above a dash item's date the item it dates may open."""


def _listed_date(text: str, found: Sequence[Line], k: int) -> bool:
    """True when line `k` is a dash item holding only a date under another dash item of the same list, no
    blank line between (the older site's related links: `- "Building` / `Security in an Uncertain World" -
    Speech` / `by NATO Secretary General …` / `- 14 February 2002`): the linked document's date, no date
    block of the release."""
    if not (_DASH_ITEM_RE.match(found[k].text) and is_date_line(found[k].text)):
        return False
    for above in range(k - 1, max(-1, k - 1 - _LIST_REACH), -1):
        if "\n\n" in text[found[above].end : found[above + 1].start]:
            return False
        if _DASH_ITEM_RE.match(found[above].text) and not is_date_line(found[above].text):
            return True
    return False


_HEAD_SEPARATOR_RE = re.compile(r"[^\w\s’'.,]\s*\Z")
"""A page head's separator before the title it runs into (`NDC - News-`); not a word (`10 years of …`)."""


def _name_opening_title(text: str, found: Sequence[Line], k: int) -> bool:
    """True for the Alliance's name alone on a line that the next line goes on in lower case, no blank line
    between (`NATO` ⏎ `conducts Crisis Management Exercise`): a title broken after its first word."""
    following = found[k + 1] if k + 1 < len(found) else None
    return (
        following is not None
        and found[k].text.strip().upper() in {"NATO", "OTAN"}
        and "\n\n" not in text[found[k].end : following.start].replace(" ", "")
        and following.text[:1].islower()
    )


def _chrome_lines(text: str, found: Sequence[Line]) -> list[bool]:
    """Which of the lines are chrome: boilerplate (`is_chrome`), a release label over three lines, the
    page's own title line above the headline, a line between two links to documents, a related link's date
    (`_listed_date`), and the site's name opening the page above other chrome."""
    chrome = [
        is_chrome(line.text) and not _name_opening_title(text, found, k) for k, line in enumerate(found)
    ]
    for k, line in enumerate(found):  # `NDC - News-An exclusive tour …` above `An exclusive tour …`: the
        if len(line.text) > TITLE_MAX_CHARS:  # page's name, section and title over the title itself, in
            break  # the page's head (before the first paragraph)
        chrome[k] = chrome[k] or any(
            line.text.endswith(later.text)
            and len(later.text) < len(line.text)
            and len(later.text.split()) > 2
            and _HEAD_SEPARATOR_RE.search(line.text, 0, len(line.text) - len(later.text)) is not None
            for later in found[k + 1 : k + 1 + _PAGE_TITLE_REACH]
        )
    for k in range(len(found) - 1):  # `15/10/2005 - SHAPE` / `NATO delivers aid to Pakistan`: a link
        chrome[k + 1] = chrome[k + 1] or any(
            p.match(found[k].text) for p in (RELATED_LINK_RE, RELATED_EVENT_RE, RELATED_DATED_LINK_RE)
        )
    for k in range(1, len(found)):  # `- "Building` / `Security …" - Speech` / `by …` / `- 14 February 2002`
        chrome[k] = chrome[k] or _listed_date(text, found, k)
    for k in range(1, len(found) - 1):  # `10 June (PDF/19Kb)` / `Request for Assistance` / `… (PDF/29Kb)`
        chrome[k] = chrome[k] or all(DOCUMENT_LINK_RE.match(found[j].text) for j in (k - 1, k + 1))
    broken_labels([line.text for line in found], chrome)
    _repeated_headline(found, chrome)
    site = next((k for k, flag in enumerate(chrome) if not flag), len(found))
    if site + 1 < len(found) and chrome[site + 1]:
        if TEXT_SIZE_RE.match(found[site + 1].text):  # `Multinational Division North East` / `czcionka …`,
            chrome[site] = len(found[site].text) <= _SITE_NAME_CHARS  # `Friday, May 26, 2017` / `Text Size`
        elif len(found[site].text.split()) <= _SITE_NAME_WORDS and not is_date_line(found[site].text):
            chrome[site] = True  # `AIRCOM` / `Search our content`: the site's name above its search box
    return chrome


def _repeated_headline(found: Sequence[Line], chrome: list[bool]) -> None:
    """Marks as chrome, in place, the lines above a headline the page states twice around its date
    (`WELCOME TO ALLIED COMMAND TRANSFORMATION` / `Cyberspace Domain …` / `December 20, 2022` /
    `Cyberspace Domain …`: the site's banner over the title), dates aside, and the headline's repetition."""
    for k, line in enumerate(found[: _PAGE_TITLE_REACH + 2]):
        if len(line.text) > TITLE_MAX_CHARS:
            break
        if chrome[k] or len(line.text.split()) < 3:
            continue
        for j in range(k + 2, min(len(found), k + 2 + _PAGE_TITLE_REACH)):
            if found[j].text == line.text and any(is_date_line(found[i].text) for i in range(k + 1, j)):
                for i in range(k):
                    chrome[i] = chrome[i] or not is_date_line(found[i].text)
                chrome[j] = True
                return


_SITE_NAME_WORDS = 3
"""The most words of a site's name heading its page (`AIRCOM`, `JFC Brunssum`, `RS News`)."""
_SITE_NAME_CHARS = 60
"""The longest line above a text-size control that is the site's name or clock (code points), not a
headline."""


def _head_chrome(
    found: Sequence[Line], k: int, in_date: set[int], run_starts: dict[int, int], seen_content: bool
) -> bool:
    """True for a line of the page's head that is chrome: a navigation link, a section's label inside the
    date block (`Updated: 16-nov-06 …` / `IMS Press` / `16 Nov. 2006`), a line without a letter (`|` above
    the title), a date alone outside it (a site's clock), or language links outside the date block."""
    text = found[k].text
    head = not seen_content and (
        NAVIGATION_RE.match(text) is not None
        or (k - 1 in in_date and k + 1 in run_starts and len(text.split()) <= 3)
        or (k not in in_date and (not any(c.isalpha() for c in text) or date_alone(text)))
    )
    return head or (k not in in_date and LANGUAGE_LINKS_RE.match(text) is not None)


def _date_and_title(
    text: str, found: Sequence[Line], k: int, title_start: int
) -> tuple[int, list[DraftSegment]]:
    """The date-block and title segments of line `k` holding a date, a bar and the title (`19 déc. 2006 |
    L’OTAN ouvre …`; `title_start`: offset in the line; the bar goes with the date block), the title
    maybe going on over the next lines (`title_end`); and the index of the title's last line."""
    line = found[k]
    title = Line(line.start + title_start, line.end, line.text[title_start:])
    k, end = title_end(text, [*found[:k], title, *found[k + 1 :]], k, False)
    return k, [
        DraftSegment(SegmentKind.DATE_BLOCK, line.start, line.start + len(line.text[:title_start].rstrip())),
        DraftSegment(SegmentKind.TITLE, title.start, end),
    ]


def _language(found: Sequence[Line], chrome: Sequence[bool], in_date: set[int]) -> str:
    """The release's language (`detect_language`) from its lines that are neither chrome nor date block."""
    return detect_language(
        " ".join(line.text for k, line in enumerate(found) if not (chrome[k] or k in in_date))
    )


def segment(text: str) -> Segmentation:
    """Draft segments of `text` and its language (`fr`, `en` or `und`)."""
    found = lines(text)
    wrapped = wrapped_at_width(text, found)
    chrome = _chrome_lines(text, found)
    runs = _date_runs(found, chrome)
    in_date = {k for i, j in runs for k in range(i, j)}
    language = _language(found, chrome, in_date)

    segments: list[DraftSegment] = []
    seen_content = False
    run_starts = {i: j for i, j in runs}
    form = form_segments(found)
    texts = [line.text for line in found]
    k = 0
    while k < len(found):
        line = found[k]
        kicker = not seen_content and k + 1 < len(found) and is_kicker(text, line, found[k + 1])
        dated = DATE_THEN_TITLE_RE.match(line.text) if not seen_content else None
        if k in form:  # `Title: …`, `Start_Publishing: 26/09/2023`: a form's fields
            segments += [DraftSegment(*field) for field in form[k]]
            seen_content = seen_content or any(kind is not SegmentKind.CHROME for kind, _, _ in form[k])
        elif (
            chrome[k]
            or _head_chrome(found, k, in_date, run_starts, seen_content)
            or section_label(text, found, k, run_starts, seen_content)
        ):
            segments.append(DraftSegment(SegmentKind.CHROME, line.start, line.end))
        elif dated is not None and looks_like_title(line.text[dated.end() :]):  # `19 déc. 2006 | Title`
            k, both = _date_and_title(text, found, k, dated.end())
            segments.extend(both)
            seen_content = True
        elif not seen_content and (glued := glued_title(line.text)) is not None:  # `DéclarationLe 2 août`
            segments += [DraftSegment(SegmentKind.TITLE, line.start, line.start + glued)]
            segments += [DraftSegment(SegmentKind.BODY, line.start + glued, line.end)]
            seen_content = True
        elif k in run_starts:
            j = run_starts[k]
            segments += _date_block(text, line.start, found[j - 1].start, found[j - 1].end)
            k = j
            continue
        elif (
            not seen_content
            and _headline(found, texts, k, kicker, run_starts)
            and not (wrapped and opens_paragraph(text, found, k, kicker))
        ):
            k, end = title_end(text, found, k, kicker)
            segments.append(DraftSegment(SegmentKind.TITLE, line.start, end))
            seen_content = True
        elif (
            segments
            and segments[-1].kind is SegmentKind.BODY
            and continues_body(text, found, k, wrapped, segments[-1].start)
        ):
            segments[-1] = DraftSegment(SegmentKind.BODY, segments[-1].start, line.end)  # a hard-wrapped line
        else:
            segments.append(_body_or_caption(text, found, k, wrapped, language, seen_content))
            seen_content = True
        k += 1
    return Segmentation(language, tuple(_digest_title_as_body(found, segments)))


_CONTACT_COLUMN_RE = re.compile(r"[^\S\n]{8,}(?P<contact>(?:or|and)[^\S\n]+[A-Z][^\n]*)$")
"""A press contact's name set far right of the date block's last line (`14 May 2001`, many spaces, `or
Ilse Varga`): `body`, like the contact's line above it, so the name is proposed (guidelines 1)."""


def _date_block(text: str, start: int, last: int, end: int) -> list[DraftSegment]:
    """The date block from `start` to `end` (code points), its last line opening at `last`, less a contact's
    name far right of that line (`_CONTACT_COLUMN_RE`), a `body` segment of its own."""
    column = _CONTACT_COLUMN_RE.search(text, last, end)
    if column is None:
        return [DraftSegment(SegmentKind.DATE_BLOCK, start, end)]
    return [
        DraftSegment(SegmentKind.DATE_BLOCK, start, column.start()),
        DraftSegment(SegmentKind.BODY, column.start("contact"), end),
    ]


def _digest_title_as_body(found: Sequence[Line], segments: list[DraftSegment]) -> list[DraftSegment]:
    """`segments` with the title made `body` when the page is a digest (`digests.is_digest`)."""
    return [
        DraftSegment(SegmentKind.BODY, s.start, s.end)
        if s.kind is SegmentKind.TITLE and is_digest(found, s.end)
        else s
        for s in segments
    ]


def _headline(
    found: Sequence[Line], texts: Sequence[str], k: int, kicker: bool, run_starts: dict[int, int]
) -> bool:
    """True when line `k` of the page's head reads as its title: no caption (`PHOTO_CREDIT_RE`, a by-line over
    an issue), and a title's look, a kicker over it, a date closing it, or the last step of the breadcrumb
    trail above it (`chrome.repeats_crumb`)."""
    line = found[k].text
    if PHOTO_CREDIT_RE.search(line) or byline_over_issue(found, k, run_starts):
        return False
    return (
        looks_like_title(line) or kicker or stop_title(line, k + 1 in run_starts) or repeats_crumb(texts, k)
    )


def _body_or_caption(
    text: str, found: Sequence[Line], k: int, wrapped: int, language: str, seen_content: bool
) -> DraftSegment:
    """The segment of line `k` when it is neither chrome, a date block nor the title: a caption (after
    the page's first content, or credited: `looks_like_caption`) unless the next line goes on with it,
    else a body paragraph."""
    line = found[k]
    goes_on = k + 1 < len(found) and continues_paragraph(
        text, line, found[k + 1], wrapped, set_off(text, found, k)
    )
    credited = not goes_on and PHOTO_CREDIT_RE.search(line.text) is not None
    caption = looks_like_caption(line.text, language) if (seen_content or credited) and not goes_on else None
    if caption is not None:
        return DraftSegment(SegmentKind.CAPTION, line.start, line.end, caption or None)
    return DraftSegment(SegmentKind.BODY, line.start, line.end)


def unwrapped(text: str, segmentation: Segmentation) -> str:
    """`text` with each line break inside a body paragraph, or a title's quotation
    (`lines.quotations_over_lines`), set as a space: a page wrapped at a fixed width (`"Romania is an
    influential and⏎steadfast ally," said General⏎X.`) is drafted as the paragraphs it wraps (`segmentation`:
    `segment(text)`). Same length, so every offset holds; captions keep their lines."""
    joined = [(s.start, s.end) for s in segmentation.segments if s.kind is SegmentKind.BODY]
    for title in (s for s in segmentation.segments if s.kind is SegmentKind.TITLE):
        joined += quotations_over_lines(text, title.start, title.end)
    return joined_lines(text, joined)
