"""Quotation marks that do not pair as typeset: an opening curly quote closed by a straight one, or the
reverse (`“Ostravia is a valued partner," Mr X said.`), which natopress.text.marks leaves unpaired."""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable, Sequence

from natopress.draft.dates import PLACE_DATELINE_RE
from natopress.draft.speech import CUE_RE, LEAD_CUE_RE
from natopress.text.marks import (
    STRAIGHT,
    Pair,
    guillemet_pairs,
    is_closing,
    is_opening,
    straight_opens,
)
from natopress.text.sentences import TITLE_STOP, Range, at_text_end

CLOSING_MARKS = '»”"“«'
"""The marks that may close a quotation (a guillemet or curly mark typed the wrong way round included)."""


def closed_at(text: str, position: int) -> bool:
    """True when a closing mark (`CLOSING_MARKS`) stands at `position` (code points) of `text`; False past its
    end (a pair that `unclosed_pairs` runs to the paragraph's or the excerpt's end)."""
    return position < len(text) and text[position] in CLOSING_MARKS


def _inside(pairs: Sequence[Pair]) -> Callable[[int], bool]:
    """A test of whether a position lies within some pair (marks included), in logarithmic time: the
    rightmost pair opening at or before it, and the furthest close among the pairs up to that one."""
    ordered = sorted((p.open, p.close) for p in pairs)
    opens = [start for start, _ in ordered]
    furthest = list(itertools.accumulate((end for _, end in ordered), max))

    def taken(index: int) -> bool:
        at = bisect.bisect_right(opens, index) - 1
        return at >= 0 and furthest[at] >= index

    return taken


def mismatched_pairs(text: str, pairs: Sequence[Pair]) -> list[Pair]:
    """Pairs of an unpaired opening mark and the next mark of its line when that one closes in the other
    form (`“` … `"`, `"` … `”`, `“` … `»`, `«` … `”`), or of two marks that stand where an opening and a
    closing mark stand though typed otherwise (`: ”As Chair, I will …”`); marks inside a typeset pair are
    left alone. Sorted by opening."""
    taken = _inside(pairs)

    found: list[Pair] = []
    marks = [m.start() for m in _ANY_MARK_RE.finditer(text) if not taken(m.start())]
    for first, second in itertools.pairwise(marks):
        if "\n" in text[first:second]:
            continue
        typed = is_opening(text, first) and is_closing(text, second)
        if not (typed or (_opens_here(text, first) and _closes_here(text, second))):
            continue
        if typed and (text[first], text[second]) in _TYPESET:
            continue  # `“ ”`, `" "` and `« »` pair as typeset already
        if not found or found[-1].close < first:  # marks come in order: only the last pair can hold it
            found.append(Pair(first, second))
    return found


_TYPESET = {("“", "”"), (STRAIGHT, STRAIGHT), ("«", "»")}


def _opens_here(text: str, index: int) -> bool:
    """True when the mark at `index` stands where an opening mark does: after the line's start, white
    space or a colon, before a word (or the space after `«`); or glued to a sentence's full stop or a word's
    last letter before a capital (`… the Alliance."We can emerge …”`, a caption run on: `… and CDRE
    Iordache"It is my first time …”`: the space lost)."""
    before = text[index - 1] if index else "\n"
    after = text[index + 1 : index + 3].lstrip(" \u00a0\u202f")[:1]
    glued = (before in ".!?" or before.islower()) and after.isupper()
    return (before.isspace() or before in "(:" or glued) and after[:1].isalnum()


def _closes_here(text: str, index: int) -> bool:
    """True when the mark at `index` stands where a closing mark does: after a word or punctuation, before
    white space, punctuation or the line's end."""
    at = index - 1
    while at >= 0 and text[at] in " \u00a0\u202f":  # the space before `»`; linear in that space only
        at -= 1
    after = text[index + 1] if index + 1 < len(text) else "\n"
    return at >= 0 and not text[at].isspace() and (after.isspace() or after in ",.;:!?)")


_UNOPENED_RE = re.compile(r"[”»\"]")
_OPENING_RE = re.compile(r"[«“\"]")
SENTENCE_REST_RE = re.compile(rf"(?:{TITLE_STOP}|[^.!?\n]){{0,80}}")
"""The rest of a sentence, an honorific's or rank's full stop passed over (`”, Mr. X said.`;
natopress.text.sentences.TITLES)."""


def unopened_pairs(text: str, pairs: Sequence[Pair]) -> list[Pair]:
    """A closing mark (`”`, `»`, a straight `"` in closing position) with no opening mark before it in its
    paragraph, followed by a verb of saying in the same sentence (`In 2011, our Alliance faced many tough
    tests”, the Secretary General said.`, `… here," X said.`): the page lost the opening mark, and the
    quotation runs from the paragraph's start. The pair's `open` is then the position just before the
    paragraph's first character (its line break, -1 at the text's start, or the last space of its
    indentation). So too when the paragraph before ends on a verb of saying and a colon (`Admiral X asserted
    that:` ⏎ `never before have … way.”`), and from after a verb of saying and a colon inside the paragraph
    (`X emphasised: I am honoured … years.”`, `_LEAD_IN_LINE_RE`), or after a reported clause's sentence
    (`_REPORTED_IN_LINE_RE`). Also a closing mark after a quotation's attribution sentence and no
    opening mark (`_RESUMED_RE`)."""
    taken = _inside(pairs)
    found: list[Pair] = []
    for match in _UNOPENED_RE.finditer(text):
        close = match.start()
        line = text.rfind("\n", 0, close)
        prior = max(text.rfind("”", line + 1, close), text.rfind("»", line + 1, close))
        resumed = _RESUMED_RE.match(text, prior, close + 1) if prior >= 0 else None
        if (
            resumed is not None
            and CUE_RE.search(resumed["attribution"])
            and not _NARRATED_RE.search(resumed["words"])
            and not taken(close)
        ):
            found.append(Pair(resumed.start("words") - 1, close))  # `…,” he said. Those insights … by.”`
            continue
        if taken(close) or _OPENING_RE.search(text, line + 1, close) or not is_closing(text, close):
            continue  # also a straight mark in opening position
        after = SENTENCE_REST_RE.match(text, close + 1)
        cued = after is not None and CUE_RE.search(after.group())
        led = line > 0 and _LEAD_ABOVE_RE.search(text, max(0, line - 200), line + 1)  # `asserted that:` ⏎
        lead = [
            m
            for m in _LEAD_IN_LINE_RE.finditer(text, line + 1, close)
            if len(text[m.end() : close].split()) > 3
        ]
        reported = [
            m
            for m in _REPORTED_IN_LINE_RE.finditer(text, line + 1, close)
            if len(text[m.end() : close].split()) > 3
        ]
        if lead and not cued:  # `X emphasised: I am honoured … years.”`: from after the colon
            found.append(Pair(lead[-1].end() - 1, close))
        elif reported and not cued:  # `X said that P. Our task … goes on.”`: from after P's sentence
            found.append(Pair(reported[-1].end() - 1, close))
        elif (cued or led) and text[line + 1 : close].strip():
            indent = len(text[line + 1 : close]) - len(text[line + 1 : close].lstrip())
            found.append(Pair(line + indent, close))  # an indented paragraph opens after its white space
    return found


_NARRATED_RE = re.compile(
    rf"(?:^|[.!?]\s+)(?:Il|Elle|He|She)\s+(?:also\s+|a\s+également\s+)?(?:{CUE_RE.pattern})"
)
"""A sentence whose pronoun subject reports (`Il a souligné que …`, `He stressed that …`) in the words before
a stray closing mark: the writer's narration, no quotation resumed after its attribution."""
_CUE_COLON = rf"(?:{CUE_RE.pattern})(?:[^\S\n]+(?:that|que))?[^\S\n]*:"
"""A verb of saying, maybe `that`/`que`, and a colon (`asserted that:`, `emphasised:`)."""
_LEAD_IN_LINE_RE = re.compile(rf"{_CUE_COLON}[^\S\n]+", re.IGNORECASE)
"""A verb of saying and a colon inside the paragraph before a closing mark with no opening one (`X
emphasised: I am honoured … years.”`): the quotation opens after the colon."""
_REPORTED_IN_LINE_RE = re.compile(
    rf"(?:{CUE_RE.pattern})[^\S\n]+(?:that|que)[^\S\n][^.!?«»“”\"\n]{{8,}}[.!?][^\S\n]+", re.IGNORECASE
)
"""A verb of saying, `that`/`que` and its clause to the sentence's end inside the paragraph before a closing
mark with no opening one (`X said that the partnership had changed the forces. Our task now is … goes
on.”`): the quotation opens after the reported clause's sentence."""
_LEAD_ABOVE_RE = re.compile(rf"{_CUE_COLON}\s*\Z", re.IGNORECASE)
"""A paragraph ending on a verb of saying and a colon (`Admiral X asserted that:`): the next one quotes."""
_RESUMED_RE = re.compile(
    rf"[”»]\s*,?[^\S\n]*(?P<attribution>(?:{TITLE_STOP}|[^.!?«»“”\"\n]){{1,150}}?[.!?])[^\S\n]*"
    r"(?P<words>[^\s«»“”\"][^«»“”\"\n]{9,})[”»]"
)
"""A quotation closed, its attribution's sentence (`” he said.`), then words to a closing mark that ends the
paragraph's last quotation with no opening mark (`Those insights … by.”`, `», a déclaré X au cours de la
réunion. La KFOR continuera … », a-t-il ajouté.`): the page lost the mark that
resumed the quotation after its attribution, where the words start (the pair's `open` is the position just
before them)."""


_UNCLOSED_RE = re.compile(r"[«“\"]")
LIST_BULLETS = frozenset("•▪‣")
"""The bullets that open a list's items (`  • “…”`): a quotation right after one opens its item."""
_SENTENCE_OPENING_RE = re.compile(
    rf"(?:^[ \t\u00a0]*(?:[{''.join(LIST_BULLETS)}][ \t\u00a0]*)?|[.!?…:,;][\"”»]?[ \t\u00a0]+|:)\Z",
    re.MULTILINE,
)
"""Where a sentence or a quotation opens: a line's start, maybe after a list's bullet (`  • “…`), after a
stop or comma and a space, or a colon glued to the mark (`said:“It is safe …`)."""
_CUE_BEFORE_RE = re.compile(
    rf"(?:{CUE_RE.pattern}|{LEAD_CUE_RE.pattern}|(?<![\w’'-])(?:that|que))[ \t\u00a0]+\Z", re.IGNORECASE
)
"""A verb of saying right before the opening mark (`General X said “…`), its participle (`…, saying “this
will`) or the `that`/`que` of a reported clause (`said of these conversations that “The students …`): the
quotation opens there too."""
_PARAGRAPH_END_RE = re.compile(r"[.!?…][ \t\u00a0]*\Z")
_ANY_MARK_RE = re.compile(r"[«»“”\"]")
_MIN_UNCLOSED_WORDS = 4


def unclosed_pairs(text: str, pairs: Sequence[Pair]) -> list[Pair]:
    """An opening mark (`«`, `“`, or a straight `"` in opening position) that opens a sentence, or follows a
    verb of saying (`General X said “…`) or a dateline (`KABUL, Afghanistan (Sept. 3) - "…`), and whose paragraph ends, with a full stop, before any other
    quotation mark (`… the Secretary General said. “NATO is responding, we are … Afghanistan.`): a
    quotation that goes on into the next paragraph, the typographers' convention, or whose closing mark the
    page lost; it runs to the paragraph's end, four words or more, or any at the text's end (an excerpt cut
    inside the quotation: `The Chairman said: “It`). The pair's `close` is then the position of the
    paragraph's line break (the text's length at its end)."""
    taken = _inside(pairs)
    found = []
    for match in _UNCLOSED_RE.finditer(text):
        opening = match.start()
        line_start = text.rfind("\n", 0, opening) + 1
        line_end = text.find("\n", opening)
        line_end = len(text) if line_end < 0 else line_end
        if taken(opening) or not (
            _SENTENCE_OPENING_RE.search(text, line_start, opening)
            or _CUE_BEFORE_RE.search(text, max(line_start, opening - 60), opening)
            or PLACE_DATELINE_RE.fullmatch(text, line_start, opening)  # `KABUL, Afghanistan (Sept. 3) - "`
        ):
            continue
        if text[opening] == STRAIGHT and not straight_opens(text, opening):
            continue
        if _ANY_MARK_RE.search(_without_nested(text, opening, line_end)) or not (
            _PARAGRAPH_END_RE.search(text, opening, line_end) or at_text_end(text, line_end)
        ):  # the text's last paragraph may end anywhere: an excerpt cut inside the quotation
            continue
        words = len(text[opening + 1 : line_end].split())
        if _quoted_before(text, pairs, opening, line_end):
            continue  # `l’exercice « Armenia 2010 » …. « Armenia 2010`: the name again, cut by the excerpt
        if words >= _MIN_UNCLOSED_WORDS or (words and at_text_end(text, line_end)):
            found.append(Pair(opening, line_end))
            found.extend(_closing_paragraph(text, line_end))
    return found


_NESTED_RE = re.compile(r"“[^«»“”\"\n]*”")


def _without_nested(text: str, opening: int, end: int) -> str:
    """The words after the opening mark at `opening` up to `end`, less the English quotations nested inside
    a French one (`« Je vous engage à ne jamais vous départir du “sisu”, cet état d’esprit …`)."""
    words = text[opening + 1 : end]
    return _NESTED_RE.sub("", words) if text[opening] == "«" else words


def _quoted_before(text: str, pairs: Sequence[Pair], opening: int, end: int) -> bool:
    """True when the words from `opening` to `end` (the text's end) begin a quotation closed earlier in the
    text (`l’exercice « Armenia 2010 » …` then `« Armenia 2010`): a term quoted again, cut by the excerpt."""
    words = text[opening + 1 : end].split()
    return (
        bool(words)
        and at_text_end(text, end)
        and any(
            p.close < opening and text[p.open + 1 : p.close].split()[: len(words)] == words for p in pairs
        )
    )


_CLOSING_PARAGRAPH_RE = re.compile(
    r"(?P<between>(?:\s*\n[^\n«»“”\"]+?[.!?…][ \t\u00a0]*(?=\n)){0,4})"
    r"\s*\n(?P<words>[^\n«»“”\"]+)(?P<mark>[”»\"])[ \t\u00a0]*[.,;]?[ \t\u00a0]*(?:\n|\Z)"
)
"""Up to four paragraphs without a mark, each ending a sentence, then one without an opening mark that a
closing mark ends: the rest of a quotation left open at a paragraph's end."""


def _closing_paragraph(text: str, line_end: int) -> list[Pair]:
    """After an unclosed quotation's paragraph, the next one when no mark opens in it and a closing mark
    ends it (`“The dangers … ammunition.` ⏎ `The project also foresees … future".`): the quotation's
    last paragraph, the typographers' convention; its pair opens at the line break before it. Up to four
    paragraphs with no mark and no verb of saying may stand between (`she said:` ⏎ `"our treaty is a shield,
    not a sword.` ⏎ `It threatens no country.` ⏎ `It stands only against attack."`, the page reopening no
    paragraph): the pair then opens at the line break after the unclosed paragraph (guidelines 2.3)."""
    match = _CLOSING_PARAGRAPH_RE.match(text, line_end)
    if match is None or (match["between"] and CUE_RE.search(text, line_end, match.start("mark"))):
        return []
    opening = line_end if match["between"] else match.start("words") - 1
    return [Pair(opening, match.start("mark"))]


_WHOLE_SENTENCE_RE = re.compile(
    r"\s*[A-ZÀ-Ý](?:[^«»“”\"]|\"[^\"\n]{1,40}\"|“[^“”\n]{1,40}”|«[^«»\n]{1,40}»)*[.!?…]\s*"
)
"""A quotation that is a whole sentence: a capital first, a full stop last, maybe a short term quoted inside
(`"The course is demanding. Each officer will "shadow" a planner …."`)."""
_SENTENCE_AFTER_CUE_RE = re.compile(r"\s*[A-ZÀ-Ý][^«»“”\"]*")
_MARK_ENDS_SENTENCE_RE = re.compile(r"[»”\"“]\s*(?:[.!?]|$)", re.MULTILINE)


def reads_as_sentence(text: str, pair: Pair) -> bool:
    """True when the quotation of `pair` is a whole sentence: a capital first and a full stop last
    (`“We are grateful.”`), or a capital first, no mark inside, five words or more, most of them
    lower-case, and the sentence's full stop after the closing mark (`commented “The programme has been
    growing steadily …”.`; not a title, `“Building Integrity and Reducing Corruption in Defence”`), or a
    capital first when no closing mark ends it (an excerpt cut inside the quotation)."""
    if _WHOLE_SENTENCE_RE.fullmatch(text, pair.open + 1, pair.close):
        return True
    if not closed_at(text, pair.close):  # no closing mark: the excerpt's end or the paragraph's
        return text[pair.open + 1 : pair.open + 2].isupper()  # (`unclosed_pairs`) cuts it
    words = text[pair.open + 1 : pair.close].split()
    return (
        _SENTENCE_AFTER_CUE_RE.fullmatch(text, pair.open + 1, pair.close) is not None
        and len(words) >= 5
        and 2 * sum(w[0].islower() for w in words) > len(words)
        and _MARK_ENDS_SENTENCE_RE.match(text, pair.close) is not None
    )


def words_before(text: str, sentence_start: int, pair: Pair) -> str:
    """The words of the sentence before the opening mark of `pair` (white space trimmed), or none: after a
    dateline alone (`Pristina - “…”`), after a sentence's full stop that lost its space (`… in growing
    numbers."NATO has …"`), and before a mark glued to a word that opens five words or more (`… from CDRE
    Ionescu"It is my first time in the region …,” said …`: a caption run on into the quotation)."""
    before = text[sentence_start : pair.open].strip()
    words = text[pair.open + 1 : pair.close].split()
    run_on = text[pair.open - 1 : pair.open].isalpha() and len(words) >= 5 and words[0][0].isupper()
    if (
        PLACE_DATELINE_RE.fullmatch(text, sentence_start, pair.open)
        or (before.endswith((".", "!", "?")) and text[pair.open - 1] in ".!?")
        or run_on
    ):
        return ""
    return before


_CUT_ATTRIBUTION_RE = re.compile(r"[»”\"]\s*,\s*(?:[^\W\d_][^\n.!?«»“”\"]{0,40})?\s*\Z")
"""A closing mark, a comma and maybe a few words the excerpt's end cuts (`« … », a ajout`, `« … », `): an
attribution, cut before or inside its words."""


_CUT_PRONOUN_RE = re.compile(
    r"\s*,?\s*(?:(?P<inverted>(?:a|avait)-t-(?P<il>il|elle)(?:\s+[^\W\d_]+)?)|(?P<he>he|she)\s+(?P<cue>[^\W\d_]+))"
    r"\s*\Z"
)
"""An attribution after a quotation (and its comma) that the excerpt's end cuts after its pronoun (`« … », a-t-il
d`, `“…,” he sa`)."""


def cut_pronoun(text: str, close: int) -> tuple[Range, Range] | None:
    """Cue and pronoun of an attribution the excerpt's end cuts after its pronoun, right after the closing mark
    at `close`: the words it leaves are the cue, the pronoun names the speaker (`« … », a-t-il d` → `a-t-il d`,
    `il`; `“…,” he sa` → `sa`, `he`; guidelines 2.4, unlike `cut_attribution`); None otherwise. Ranges are
    code points."""
    cut = _CUT_PRONOUN_RE.match(text, close + 1)
    if cut is None:
        return None
    return (cut.span("inverted"), cut.span("il")) if cut["inverted"] else (cut.span("cue"), cut.span("he"))


def cut_attribution(text: str, close: int) -> bool:
    """True when the quotation whose closing mark stands at `close` is followed by an attribution that the
    excerpt's end cuts (`« … », a ajout`): someone speaks whom the text may not name, so the quotation
    continues no quote before it (guidelines 2.3, 2.4)."""
    return _CUT_ATTRIBUTION_RE.match(text, close) is not None


_BLANK_END_RE = re.compile(r"\s*\Z")


def cut_by_end(text: str, pair: Pair) -> bool:
    """True when the excerpt's end cuts the quotation of `pair` before its closing mark: an attribution may be
    in the words cut, so no sentence before it names the speaker (guidelines 2.4)."""
    return not closed_at(text, pair.close) and _BLANK_END_RE.match(text, pair.close) is not None


def quotation_pairs(text: str) -> list[Pair]:
    """Every quotation's marks in `text`, by opening: the typeset pairs (`guillemet_pairs`) and mismatched
    ones (`mismatched_pairs`), then pairs whose opening or closing mark the page lost (`unopened_pairs`,
    `unclosed_pairs`). Offsets are code points."""
    typeset = guillemet_pairs(text)
    typeset = [*typeset, *mismatched_pairs(text, typeset)]
    pairs = sorted(
        [*typeset, *unopened_pairs(text, typeset), *unclosed_pairs(text, typeset)], key=lambda p: p.open
    )
    return _across_paragraphs(text, pairs)


def _across_paragraphs(text: str, pairs: Sequence[Pair]) -> list[Pair]:
    """`pairs` with an unclosed quotation (closed at its paragraph's line break) and the next paragraph's
    quotation with no opening mark (opened at the line break before it) as one pair: one quotation across
    two paragraphs (`… training. “We have increased …` ⏎ `This is a step forward ….” stated General X.`),
    as when the page sets its one opening and one closing mark, unless a quotation comes before it in its
    paragraph (guidelines 2.3)."""
    merged: list[Pair] = []
    for pair in pairs:
        last = merged[-1] if merged else None
        if (
            last is not None
            and last.close < len(text)
            and text[last.close] == "\n"
            and last.close <= pair.open
            and not text[last.close : pair.open + 1].strip()
            and not _ANY_MARK_RE.search(text, text.rfind("\n", 0, last.open) + 1, last.open)
        ):  # not after a quotation of its paragraph (`"A," X said. "B.` ⏎ `C," he said.`: B resumes A)
            merged[-1] = Pair(last.open, pair.close)
        else:
            merged.append(pair)
    return merged
