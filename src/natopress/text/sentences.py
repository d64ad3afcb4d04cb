"""Sentences of a release's text, as ranges (code points, end-exclusive): for ingest's quote candidates and
the `context` column of the `quotes` config.

A sentence ends at `.`, `!`, `?` or `…` followed by white space, never inside quotation marks (« », “ ”,
straight quotes) and never after an abbreviation (`M.`, `Maj. Gen.`) or an initial (`J.`), see
`abbreviation_point`; a closing mark after final punctuation ends it too, unless the attribution follows
(`« Non. », a-t-il dit.`). Splitting happens within one segment, so a sentence never crosses a paragraph.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from natopress.text.marks import CLOSING_MARKS, OPENING_MARKS, STRAIGHT, is_closing, is_opening

RANKS = frozenset(
    {
        # English ranks (`Maj. Gen. Franco Federici`, `Lt. Col.`, `Adm.`, `Sqn Ldr`, `Wg Cdr`, `Gp Capt`)
        *(
            "Gen",
            "Lt",
            "Col",
            "Adm",
            "Maj",
            "Brig",
            "Capt",
            "Cpt",
            "Cdr",
            "Cmdr",
            "Cdre",
            "Sgt",
            "Cpl",
            "Pte",
        ),
        *("Pvt", "Sqn", "Ldr", "Wg", "Gp", "1Lt", "2Lt", "LtG", "LtGen", "MajGen", "BrigGen"),
        # enlisted ranks (`SSgt. Pedro Alvarez`, `LCpl`, `SrA`, `Spc`, `Pfc`, `TSgt`, `Tech. Sgt.`)
        *("SSgt", "TSgt", "MSgt", "SMSgt", "CMSgt", "LCpl", "SrA", "Spc", "Pfc", "Tech", "Spec", "Cmdt"),
        # French ranks (`le gén. Dupont`, `Cdt`, `Lcl`)
        *("Gén", "gén", "col", "Cdt", "cdt", "Cne", "cne", "Lcl", "lcl", "Adj", "adj", "sgt"),
    }
)
"""Ranks' abbreviations: a point after them never ends a sentence, and none is a word of a name."""
TITLES = RANKS | frozenset(
    {
        *("Mr", "Mrs", "Ms", "Dr", "Prof", "St", "Hon", "Rt", "Rev", "Amb", "Gov", "Sen", "Rep", "Pres"),
        # French titles (`M.`, `MM.`, `Mgr`)
        *("M", "MM", "Mme", "Mmes", "Mlle", "Mlles", "Me", "Pr", "Mgr", "Ste"),
    }
)
"""Titles, ranks and honorifics: a point after them never ends a sentence (a name follows)."""
LATIN = frozenset(
    {"e.g", "i.e", "cf", "vs", "viz", "ibid", "resp", "approx", "ca", "p.ex", "c.-à-d", "c.à.d"}
)
"""Abbreviations inside a sentence (`e.g.`, `cf.`, `c.-à-d.`): their point never ends one."""
NUMBERED = frozenset({"No", "no", "Nos", "nos", "art", "Art", "p", "pp", "para", "vol", "Vol", "fig", "ch"})
"""Abbreviations before a number (`No. 5`, `art. 5`): their point ends no sentence when a digit follows."""
MAY_END = frozenset(
    {
        *("Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"),
        *("janv", "févr", "fév", "avr", "juil", "sept", "oct", "nov", "déc"),
        *("etc", "a.m", "p.m", "Inc", "Ltd", "Co", "Corp", "Jr", "Sr"),
    }
)
"""Abbreviations that may end a sentence: month names (`Jan. 5`, `le 3 janv. 2024`), `etc.`, `a.m.`, `Jr.`; their
point ends one only when the next word starts with a capital letter."""
ABBREVIATIONS = TITLES | LATIN | NUMBERED | MAY_END
TITLE_STOP = rf"\b(?:{'|'.join(re.escape(t) for t in sorted(TITLES, key=len, reverse=True))})\."
"""A title's abbreviation and its full stop (`Mr.`, `Gen.`, `M.`), as a pattern to embed: no sentence's end."""
"""Words that a point may follow without ending the sentence (the point is part of the abbreviation)."""
_TERMINATORS = ".!?…"
_TERMINATORS_SET = frozenset(_TERMINATORS)
_CANDIDATE_RE = re.compile(f"[{re.escape(OPENING_MARKS + CLOSING_MARKS + STRAIGHT + _TERMINATORS)}]")
"""The only characters the splitter acts on: quotation marks and final punctuation."""
_ABBREVIATION_RE = re.compile(r"(?<![\w.-])((?:\w+(?:\.-?|-))*\w+)$")
"""The word before a point, with the points and hyphens inside it (`U.S`, `e.g`, `c.-à-d`), after an
elided article (`l’art`)."""
_FOLLOWING_RE = re.compile(r"\s*[«“\"(]?\s*(\w)?")
_MONTH_AFTER_RE = re.compile(
    r" (?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre) \d{4}\b"
)
"""A month and a year right after a day's point (`12. September 2016`): the point ends no sentence."""
_INITIAL_RE = re.compile(r"(?:\w\.)*[A-ZÀ-Ý]")
_DOTTED_RE = re.compile(r"(?:\w\.)+\w")
Range = tuple[int, int]


def abbreviation_point(text: str, index: int, lower: int = 0) -> bool:
    """True when the `.` at `text[index]` belongs to an abbreviation or an initial, not to a sentence's end.

    Titles and ranks (`Maj. Gen. Franco Federici`, `M. Stoltenberg`), initials (`J. Stoltenberg`, `U.S.`),
    `e.g.`/`i.e.`/`cf.` never end a sentence; `No.`/`art.` do not before a digit, nor does a day's number
    before a month and a year (`12. September 2016`); months and `etc.` do only before a capital letter. The lists are natopress's own: the ranks, titles, honorifics, months and
    Latin abbreviations of English and French press releases. `lower` bounds the look-back (a sentence's
    start); offsets are code points.
    """
    word = _ABBREVIATION_RE.search(text, max(lower, index - 16), index)
    if word is None:
        return False
    token = word[1]
    following = _FOLLOWING_RE.match(text[index + 1 : index + 40])
    next_char = following[1] if following is not None and following[1] else ""
    if token in TITLES or token in LATIN or _INITIAL_RE.fullmatch(token):
        return True  # an initial is one capital letter, or ends a dotted acronym (`U.S`)
    if _DOTTED_RE.fullmatch(token) and not next_char.isupper():
        return True  # a dotted lower-case abbreviation (`p.ex`, `a.m`) before a small letter
    if token in NUMBERED:
        return next_char.isdigit()
    if token.isdigit() and len(token) <= 2 and _MONTH_AFTER_RE.match(text, index + 1):
        return True  # a day written with a point before its month (`Monday (12. September 2016)`)
    if token in MAY_END:
        return not next_char.isupper()
    return False


def glued_end(text: str, index: int, lower: int, end: int) -> bool:
    """True when the full stop at `index` (code points) ends a sentence glued to the next one, with no space
    between (`security challenges.The Secretary General`, `« … ».Il a ajouté`, a fault of the page's layout):
    two lower-case letters or a closing mark before it, no earlier than `lower`, and an upper-case then a
    lower-case letter after it, before `end`. Not a domain or a file name (`nato.int`, `photo.JPG`), nor an
    initial (`U.S.The`)."""
    if index - 2 < lower or index + 3 > end or text[index] != ".":
        return False
    before, after = text[index - 2 : index], text[index + 1 : index + 3]
    closed = before[-1] in "»”"  # `… pratique ».Il a ajouté`
    return (closed or (before.isalpha() and before.islower())) and after[0].isupper() and after[1].islower()


def trim(text: str, start: int, end: int) -> Range:
    """`(start, end)` without surrounding white space (no-break spaces included)."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _last_visible(text: str, lower: int, index: int) -> str:
    """The last character of `text[lower:index]` that is not white space, or "" (`str.rstrip`'s)."""
    while index > lower and text[index - 1].isspace():
        index -= 1
    return text[index - 1] if index > lower else ""


def _first_visible(text: str, index: int, end: int) -> str:
    """The first character of `text[index:end]` that is not white space, or "" (`str.lstrip`'s)."""
    while index < end and text[index].isspace():
        index += 1
    return text[index] if index < end else ""


def _ends_at_closing(text: str, sentence_start: int, index: int, end: int) -> bool:
    """True when the closing mark at `index` ends the sentence: final punctuation before it and no
    attribution after it (`l’Alliance. »` ends one, `Non. », a-t-il dit.` does not)."""
    if _last_visible(text, sentence_start, index) not in _TERMINATORS_SET:
        return False
    after = _first_visible(text, index + 1, end)
    return not after or after.isupper() or after in '«“"'


def sentences(text: str, start: int = 0, end: int | None = None) -> list[Range]:
    """Sentence ranges of `text[start:end]`, not split inside quotation marks nor after `M.`.

    Linear in the length: only quotation marks and final punctuation (`_CANDIDATE_RE`) are looked at, every
    other character can neither open, close nor end anything (issue 16; the per-character version it
    replaced is tests/helpers/reference_text.py, held equal on random text by tests/unit/test_text_linear.py).
    """
    end = len(text) if end is None else end
    found = []
    depth = 0
    sentence_start = start
    for match in _CANDIDATE_RE.finditer(text, start, max(start, end)):
        index = match.start()
        char = match[0]
        if is_opening(text, index):
            depth += 1
        elif is_closing(text, index) and depth:
            depth -= 1
            if depth == 0 and _ends_at_closing(text, sentence_start, index, end):
                found.append((sentence_start, index + 1))
                sentence_start = index + 1
        elif (
            char in _TERMINATORS_SET
            and depth == 0
            and (index + 1 == end or text[index + 1].isspace() or glued_end(text, index, sentence_start, end))
            and (char != "." or not abbreviation_point(text, index, sentence_start))
        ):
            found.append((sentence_start, index + 1))
            sentence_start = index + 1
    if text[sentence_start:end].strip():
        found.append((sentence_start, end))
    return [trim(text, s, e) for s, e in found if text[s:e].strip()]


_BLANK_REST_RE = re.compile(r"\s*\Z")


def at_text_end(text: str, position: int) -> bool:
    """True when only white space follows `position` (code points) in `text`: `not text[position:].strip()`
    without copying the rest of the text, which made drafting quadratic where it ran once per name."""
    return _BLANK_REST_RE.match(text, position) is not None


_ROUGH_REACH = 2000
"""How far back `rough_sentence_start` looks first (code points); only a longer sentence scans further."""


def rough_sentence_start(text: str, position: int) -> int:
    """Where the sentence holding `position` starts, after the last `. `, `! `, `? ` or line end before it
    whose point is no abbreviation's or initial's (`abbreviation_point`: `M. Fukuda et M. de Hoop
    Scheffer ont`) (code points; 0 when none): a quick bound, not `sentences`' split."""
    end = position
    while True:
        near = max(text.rfind(mark, max(0, end - _ROUGH_REACH), end) for mark in (". ", "\n", "! ", "? "))
        found = near if near >= 0 else max(text.rfind(mark, 0, end) for mark in (". ", "\n", "! ", "? "))
        if found < 0 or text[found] != "." or not abbreviation_point(text, found):
            return found + 1
        end = found


def containing(ranges: Sequence[Range], position: int) -> Range | None:
    """The range holding `position`, or None."""
    return next((r for r in ranges if r[0] <= position < r[1]), None)


def without_final_punctuation(text: str, start: int, end: int) -> Range:
    """`(start, end)` trimmed, without the sentence's final punctuation."""
    start, end = trim(text, start, end)
    while end > start and (text[end - 1] in _TERMINATORS or text[end - 1].isspace()):
        end -= 1
    return start, end


def context_span(sentence_ranges: Sequence[Range], span: Range) -> Range:
    """From the first to the last of `sentence_ranges` overlapping `span` (the sentences around a quote)."""
    overlapping = [s for s in sentence_ranges if s[0] < span[1] and span[0] < s[1]]
    if not overlapping:
        return span
    return overlapping[0][0], overlapping[-1][1]
