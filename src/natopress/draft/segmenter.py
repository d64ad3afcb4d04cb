"""Draft segments of a raw release: site chrome, title, NATO's date block, body paragraphs, captions."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from natopress.draft.chrome import PRESS_RELEASE_RE, RELATED_LINK_RE, TEXT_SIZE_RE, is_chrome
from natopress.draft.datelines import DATE_THEN_TITLE_RE, LANGUAGE_LINKS_RE, SEPARATOR_LINE_RE, is_date_line
from natopress.draft.dates import WEEKDAYS
from natopress.draft.language import UNDETERMINED, detect_language
from natopress.draft.lines import (
    Line,
    continues_paragraph,
    final_character,
    joined_lines,
    lines,
    set_off,
    wrapped_at_width,
)
from natopress.draft.namewords import HEADLINE_VERBS, TITLE_RE
from natopress.model import SegmentKind

NAVIGATION_RE = re.compile(r"^[•·▪]\s*\S")
"""A bulleted line before the title (`• Summit meetings of Heads of State …`): the site's link to the
event or section the page belongs to, site chrome."""

TITLE_MAX_CHARS = 250
CAPTION_MAX_CHARS = 250
_FINAL_PUNCTUATION = ".:;,"
BYLINE_RE = re.compile(r"(?:by|with|par|avec|du|de\s+la|de\s+l['’]|des)\s", re.IGNORECASE)
"""The opening of a speech's by-line under its title (`by NATO Secretary General …`, `du secrétaire …`,
`with NATO Secretary General … and the Prime Minister …`)."""
ISSUED_BY_RE = re.compile(r"(?:issued|publié|publiée)\s+(?:by|par)\s", re.IGNORECASE)
"""The opening of a declaration's by-line (`Issued by the Heads of State and Government …`)."""
_CREDIT_RE = re.compile(
    r"(?:(?:story|text|photos?|article|words|report|reporting)\s+(?:by|based\s+on)|by)\s", re.IGNORECASE
)
"""A credit line opening a command site's page (`Story by U.S. Army Sgt. …`, `Story based on information
provided by …`, `By Lt Col X`): no title."""
_NAME_PAIR_RE = re.compile(r"\b[A-ZÀ-Ý][a-zà-ÿ’'\-]+\s+[A-ZÀ-Ý][a-zà-ÿ’'\-]+")


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


_QUOTED_TITLE_RE = re.compile(r"[^.!?«»“”\"\n]{3,200}[:–—-]\s*[«“\"][^«»“”\"\n]{1,200}[»”\"]")
"""A headline closing with a quotation set off by a colon or a dash, its full stop inside the marks (`Le
secrétaire général … aux soldats de la FIAS : « Votre rôle a été déterminant. »`)."""


def looks_like_title(line: str) -> bool:
    """Short, no final period/colon (but inside a closing quotation after a colon or dash), not opening
    lower-case, no credit line (`Story by …`): a title rather than a paragraph or a by-line."""
    return (
        len(line) <= TITLE_MAX_CHARS
        and (final_character(line) not in _FINAL_PUNCTUATION or _QUOTED_TITLE_RE.fullmatch(line) is not None)
        and not line.startswith("(")
        and not line[0].islower()  # `by NATO Secretary General …` opening a page whose title was lost
        and PRESS_RELEASE_RE.match(line) is None
        and _CREDIT_RE.match(line) is None
        and _DATELINE_LINE_RE.match(line) is None
    )


_DATELINE_LINE_RE = re.compile(
    rf"[A-ZÀ-Ý][^,\n]{{1,40}},\s+[^,\n]{{1,40}}(?:\s[–—-]\s|,\s+(?:{WEEKDAYS})\b)", re.IGNORECASE
)
"""A place, its country, then a dash or a weekday (`Amari Air Base, Estonia – The first exercise`,
`Brunssum, the Netherlands, Thursday the 11th of June`): a dateline opening the body, not a title."""


PHOTO_CREDIT_RE = re.compile(
    r"\((?:(?:[\w.’'-]+\s+){0,3}(?:photos?|photograph)\s*(?:by|:|courtesy|credit)[^()\n]{0,120}|courtesy\s+photo\.?)\)\s*$",
    re.IGNORECASE,
)
"""A photo credit in brackets closing a line (`(NATO photo by U.S. Army David Olson, LANDCOM Public
Affairs.)`, `(Photo by JFC Naples Public Affairs)`, `(Courtesy photo)`): the line is the photo's caption,
however long."""


_UPPER_DATELINE_RE = re.compile(r"[A-ZÀ-Ý]{2}[A-ZÀ-Ý .’'/-]*,\s")
"""A place in capitals and a comma opening a line: a dateline, not a caption."""


def looks_like_caption(line: str, release_language: str) -> str | None:
    """The caption's language (`""` when the release's own) when the line reads as a photo caption, else None.

    A caption is a line in another language than the release, or a short line without final punctuation
    that names people (two capitalised words in a row).
    """
    if any(mark in line for mark in '«»“”"'):
        return None
    if PHOTO_CREDIT_RE.search(line):
        return ""  # `… about their studies Feb. 7, 2018. … (Photo by JFC Naples Public Affairs)`
    if _UPPER_DATELINE_RE.match(line):
        return None  # `NORTHWOOD, United Kingdom (July 8, 2019) – The`: a dateline opening the body
    language = detect_language(line)
    if release_language != UNDETERMINED and language not in (UNDETERMINED, release_language):
        return language
    short_unpunctuated = len(line) <= CAPTION_MAX_CHARS and final_character(line) not in ".!?:;…"
    if short_unpunctuated and _NAME_PAIR_RE.search(line):
        return ""
    return None


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
                or LANGUAGE_LINKS_RE.match(found[j].text)
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


def _place_before(found: Sequence[Line], chrome: Sequence[bool], start: int) -> int:
    """The index where the date block starting at line `start` begins, its place lines included."""
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
    return start


STATEMENT_WORDS = (
    "Déclaration|Discours|Allocution|Intervention|Message|Communiqué|Statement|Speech|Remarks|Address"
)
"""Nouns naming a statement that head a title or a heading (`Déclaration du secrétaire général …`)."""
_ONE_WORD_RE = re.compile(r"[^\W\d_][\w’'-]*\s*")
"""A title line of one word, naming a statement or not: the by-line under it completes it (`Déclaration` /
`du secrétaire général de l’OTAN à l’issue de la réunion`, `Visite` / `du Secrétaire général en
Slovaquie`)."""


def _dated_title(line: str, before_date: bool) -> bool:
    """True for a short line closed by a full stop right above the date block (`End of 2014 Marks Hand-Over
    of NATO’s Baltic Air Policing.` / `Jan 1, 2015`): a title, its stop kept."""
    return before_date and final_character(line) == "." and looks_like_title(line[:-1])


def _byline(line: str) -> bool:
    """True for a speech's by-line (`BYLINE_RE`) naming a title or honorific in its first words (`du
    secrétaire général …`), not a title's second line (`de la FIAS dirigée par l'OTAN`)."""
    return BYLINE_RE.match(line) is not None and TITLE_RE.search(line, 0, _BYLINE_TITLE_REACH) is not None


_BYLINE_TITLE_REACH = 60
"""How far into a by-line its speaker's title or honorific stands (code points)."""


_OPEN_END_RE = re.compile(
    rf"\s(?:and|or|of|the|for|to|in|on|with|at|et|de|du|des|la|le|les|à|en|au|aux|pour|avec|{HEADLINE_VERBS})$",
    re.IGNORECASE,
)
"""A title line ending on a word that needs what follows (`Secretary General visits` / `Bosnia and
Herzegovina and` / `Kosovo`): the next line goes on with it, whatever its case."""


def _continues_title(text: str, title: Line, line: Line) -> bool:
    """True when `line` is the second line of a title broken over two (`NATO ambassadors see progress` /
    `in Afghanistan`): right on the next line (no blank line between), opening lower-case (or after a
    line ending on a word that needs what follows, `_OPEN_END_RE`), short and
    without final punctuation, no speech's by-line (`du secrétaire général …`) unless the title is one word
    (`_ONE_WORD_RE`), and the two no longer than a title."""
    return (
        text.count("\n", title.end, line.start) == 1
        and (line.text[0].islower() or _OPEN_END_RE.search(title.text) is not None)
        and (not _byline(line.text) or _ONE_WORD_RE.fullmatch(title.text) is not None)
        and ISSUED_BY_RE.match(line.text) is None
        and looks_like_title(line.text[0].upper() + line.text[1:])
        and line.end - title.start <= TITLE_MAX_CHARS
    )


def _title_end(text: str, found: Sequence[Line], k: int, kicker: bool) -> tuple[int, int]:
    """The index of the title's last line and its end, for a title opening at line `k`: the line itself,
    or also the next one or two when the title is broken over them (`Chiefs of Defence discuss` /
    `operations, …`; `Press Statement` / `for the Meeting …` / `in Defence Ministers Session …`), or the
    next one after a kicker (`_kicker`)."""
    start, end = found[k].start, found[k].end
    if kicker or (k + 1 < len(found) and _continues_title(text, found[k], found[k + 1])):
        k, end = k + 1, found[k + 1].end
        joined = Line(start, end, text[start:end])
        if not kicker and k + 1 < len(found) and _continues_title(text, joined, found[k + 1]):
            k, end = k + 1, found[k + 1].end
    return k, end


_KICKER_MAX_CHARS = 80
"""The longest first line of a title set off by a colon (code points): a few words, never a sentence."""


def _kicker(text: str, line: Line, following: Line) -> bool:
    """True when `line` opens a title broken after a colon (`First time in history:` / `Virtual change of
    command ceremony at JFC Brunssum`): short, capitalised, ending with the colon, and a title-like line
    right on the next line (no blank line between), the two no longer than a title."""
    return (
        len(line.text) <= _KICKER_MAX_CHARS
        and line.text.endswith(":")
        and line.text[0].isupper()
        and text.count("\n", line.end, following.start) == 1
        and looks_like_title(following.text)
        and following.end - line.start <= TITLE_MAX_CHARS
    )


_PAGE_TITLE_REACH = 4
"""How many lines below a page's own title line (site, section and title) the title itself may stand."""


def _chrome_lines(found: Sequence[Line]) -> list[bool]:
    """Which of the lines are chrome: boilerplate (`is_chrome`), a release label over three lines, the
    page's own title line above the headline, and the site's name opening the page above other chrome."""
    chrome = [is_chrome(line.text) for line in found]
    for k, line in enumerate(found):  # `NDC - News-An exclusive tour …` above `An exclusive tour …`: the
        if len(line.text) > TITLE_MAX_CHARS:  # page's name, section and title over the title itself, in
            break  # the page's head (before the first paragraph)
        chrome[k] = chrome[k] or any(
            line.text.endswith(later.text)
            and len(later.text) < len(line.text)
            and len(later.text.split()) > 2
            for later in found[k + 1 : k + 1 + _PAGE_TITLE_REACH]
        )
    for k in range(len(found) - 1):  # `15/10/2005 - SHAPE` / `NATO delivers aid to Pakistan`: a link
        chrome[k + 1] = chrome[k + 1] or RELATED_LINK_RE.match(found[k].text) is not None
    for k in range(len(found) - 2):  # `Communiqué` / `de presse` / `(2009)023`: the label over three lines
        if PRESS_RELEASE_RE.match(" ".join(line.text for line in found[k : k + 3])):
            chrome[k : k + 3] = [True] * 3
    site = next((k for k, flag in enumerate(chrome) if not flag), len(found))
    if site + 1 < len(found) and chrome[site + 1]:
        if TEXT_SIZE_RE.match(found[site + 1].text):  # `Multinational Division North East` / `czcionka …`,
            chrome[site] = len(found[site].text) <= _SITE_NAME_CHARS  # `Friday, May 26, 2017` / `Text Size`
        elif len(found[site].text.split()) <= _SITE_NAME_WORDS and not is_date_line(found[site].text):
            chrome[site] = True  # `AIRCOM` / `Search our content`: the site's name above its search box
    return chrome


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
    the title), or language links outside the date block."""
    text = found[k].text
    head = not seen_content and (
        NAVIGATION_RE.match(text) is not None
        or (k - 1 in in_date and k + 1 in run_starts and len(text.split()) <= 3)
        or (k not in in_date and not any(c.isalpha() for c in text))
    )
    return head or (k not in in_date and LANGUAGE_LINKS_RE.match(text) is not None)


def _date_and_title(
    text: str, found: Sequence[Line], k: int, title_start: int
) -> tuple[int, list[DraftSegment]]:
    """The date-block and title segments of line `k` holding a date, a bar and the title (`19 déc. 2006 |
    L’OTAN ouvre …`; `title_start`: offset in the line; the bar goes with the date block), the title
    maybe going on over the next lines (`_title_end`); and the index of the title's last line."""
    line = found[k]
    title = Line(line.start + title_start, line.end, line.text[title_start:])
    k, end = _title_end(text, [*found[:k], title, *found[k + 1 :]], k, False)
    return k, [
        DraftSegment(SegmentKind.DATE_BLOCK, line.start, line.start + len(line.text[:title_start].rstrip())),
        DraftSegment(SegmentKind.TITLE, title.start, end),
    ]


def segment(text: str) -> Segmentation:
    """Draft segments of `text` and its language (`fr`, `en` or `und`)."""
    found = lines(text)
    wrapped = wrapped_at_width(text, found)
    chrome = _chrome_lines(found)
    runs = _date_runs(found, chrome)
    in_date = {k for i, j in runs for k in range(i, j)}
    prose = " ".join(line.text for k, line in enumerate(found) if not chrome[k] and k not in in_date)
    language = detect_language(prose)

    segments: list[DraftSegment] = []
    seen_content = False
    run_starts = {i: j for i, j in runs}
    k = 0
    while k < len(found):
        line = found[k]
        kicker = not seen_content and k + 1 < len(found) and _kicker(text, line, found[k + 1])  # `…:` / title
        dated = DATE_THEN_TITLE_RE.match(line.text) if not seen_content else None
        if chrome[k] or _head_chrome(found, k, in_date, run_starts, seen_content):
            segments.append(DraftSegment(SegmentKind.CHROME, line.start, line.end))
        elif dated is not None and looks_like_title(line.text[dated.end() :]):  # `19 déc. 2006 | Title`
            k, both = _date_and_title(text, found, k, dated.end())
            segments.extend(both)
            seen_content = True
        elif k in run_starts:
            j = run_starts[k]
            segments.append(DraftSegment(SegmentKind.DATE_BLOCK, line.start, found[j - 1].end))
            k = j
            continue
        elif (
            not seen_content
            and not PHOTO_CREDIT_RE.search(line.text)  # `… (Courtesy photo)` over the page: a caption
            and (looks_like_title(line.text) or kicker or _dated_title(line.text, k + 1 in run_starts))
        ):
            k, end = _title_end(text, found, k, kicker)
            segments.append(DraftSegment(SegmentKind.TITLE, line.start, end))
            seen_content = True
        elif (
            segments
            and segments[-1].kind is SegmentKind.BODY
            and continues_paragraph(text, found[k - 1], line, wrapped, set_off(text, found, k - 1))
        ):
            segments[-1] = DraftSegment(SegmentKind.BODY, segments[-1].start, line.end)  # a hard-wrapped line
        else:
            goes_on = k + 1 < len(found) and continues_paragraph(
                text, line, found[k + 1], wrapped, set_off(text, found, k)
            )
            credited = not goes_on and PHOTO_CREDIT_RE.search(line.text) is not None
            caption = (
                looks_like_caption(line.text, language)
                if (seen_content or credited) and not goes_on
                else None
            )
            if caption is not None:
                segments.append(DraftSegment(SegmentKind.CAPTION, line.start, line.end, caption or None))
            else:
                segments.append(DraftSegment(SegmentKind.BODY, line.start, line.end))
            seen_content = True
        k += 1
    return Segmentation(language, tuple(segments))


def unwrapped(text: str, segmentation: Segmentation) -> str:
    """`text` with each line break inside a body paragraph set as a space: a page wrapped at a fixed width
    (`"Romania is an influential and⏎steadfast ally," said General⏎X.`) is drafted as the paragraphs it
    wraps, so a quotation's marks pair and a name is read over a line's end. Titles and captions keep
    their lines (`segmentation`: `segment(text)`). Same length, so every offset holds; a text with no such
    break comes back unchanged."""
    body = [(s.start, s.end) for s in segmentation.segments if s.kind is SegmentKind.BODY]
    return joined_lines(text, body) if any("\n" in text[start:end] for start, end in body) else text
