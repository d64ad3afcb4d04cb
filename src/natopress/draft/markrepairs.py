"""Quotation marks a page typed as something else, set as the marks they stand for: doubled apostrophes,
single marks used as a paragraph's quotation marks, turned and low opening marks, and a comma where a closing
mark was lost. Every rewrite keeps the text's length, so every offset holds (guidelines 2.1, 2.3)."""

from __future__ import annotations

import re

from natopress.draft.pairing import SENTENCE_REST_RE
from natopress.draft.speech import CUE_RE
from natopress.text.marks import open_marks, straight_opens


def repaired_marks(text: str) -> str:
    """`text` with every mark this module repairs set as the mark it stands for, same length: single
    quotations, then doubled apostrophes, turned marks and lost closings."""
    return lost_closings(turned_marks(doubled_apostrophes(single_quotations(text))))


_DOUBLED_RE = re.compile(r"(?<![\w'’])['’]{2}(?=[^\s'’])([^\n]*?[^\s'’])['’]{2}(?![\w'’])")


def doubled_apostrophes(text: str) -> str:
    """`text` with each pair of doubled apostrophes set as curly quotation marks on one line
    (`''To protect our territory'', General X said` -> ` “To protect our territory” , General X said`):
    some pages type a quotation with two apostrophes (straight, or curly as natopress.text.variants folds
    them). Same length, so every offset holds; an unpaired `''` stays as it is (but after an opening mark
    left open on its line: `“… on its own.’’`, the closing mark), and so does a pair inside a double-marked
    quotation of its line (`"… a total ''whole of society'' approach. …," said X`: nested)."""

    def marked(match: re.Match[str]) -> str:
        line_start = text.rfind("\n", 0, match.start()) + 1
        nested = (
            text.count('"', line_start, match.start()) % 2 == 1
            or open_marks(text, line_start, match.start()) > 0
        )
        return match.group(0) if nested else f" “{match.group(1)}” "

    text = _DOUBLED_RE.sub(marked, text)
    return _DOUBLED_CLOSING_RE.sub(
        lambda m: "” " if open_marks(text, text.rfind("\n", 0, m.start()) + 1, m.start()) > 0 else m.group(),
        text,
    )


_DOUBLED_CLOSING_RE = re.compile(r"(?<=[^\s'’])['’]{2}(?![\w'’])")
"""Two apostrophes closing a quotation that a curly or guillemet mark opened on its line (`“We cannot do
this … on its own.’’`): set as `”` and a space."""


_OPENING_OR_STOP_RE = re.compile(r"[“”«»\"\n]")
"""The next quotation mark or line break after an opening mark: a lost closing is looked for before it."""
_COMMA_RE = re.compile(r"(?<=[^\s“”«»\"])(?:,|[ \t](?=[–—-][ \t]))")
"""A comma right after a word, or the space before a spaced dash (`challenges – said X`): where a lost closing
mark may have stood (not after a mark or a space)."""
_AFTER_LOST_CLOSING_RE = re.compile(
    r"[–—-]?(?P<attribution>(?:[ \t]+|(?=[a-z]))[^“”«»\"\n,;:]{1,80}?)(?P<apposition>(?:,[^“”«»\"\n,;:]{1,120}?){1,2})?\."
    r"(?:[ \t]+(?=[“\"])|(?P<rest>[^“”«»\"\n]*)(?=[“\n]|\Z))"
)
"""What follows the comma where a closing mark was lost: an attribution ending its sentence, maybe glued to
the comma (`…a great deal,observed the Commodore.`), maybe with an apposition, then the next opening mark,
maybe after narration before a curly one (a straight mark there may close the quotation), or the rest of a
paragraph without marks."""


def lost_closings(text: str) -> str:
    """`text` with the comma that ends an opened quotation before its attribution set as the closing mark
    the page lost, when the attribution (a verb of saying) ends its sentence right before the next opening
    mark (`“A …, said X. “B …”` -> `“A …” said X. “B …”`), or, opening on its verb, maybe with an
    apposition of one or two pieces after commas, when no mark follows in its paragraph (`"A …, said WO X,
    platoon deputy. At the completion …` ⏎; guidelines 2.3) or only narration comes before the next
    curly opening mark (`“A …,observed the Commodore. The ships then sailed north. “B …”`, the comma glued
    to the verb). Curly and straight opening marks; the first such comma after the opening mark; a spaced
    dash may stand in the comma's place (`“A … never met – said X, head of the training team, speaking to
    the planners. “B …”`: the space before the dash is set as the mark); same length, so every offset
    holds."""
    marked = list(text)
    for opening in re.finditer(r"[“\"]", text):
        if opening.group() == '"' and not straight_opens(text, opening.start()):
            continue
        stop = _OPENING_OR_STOP_RE.search(text, opening.end())
        for comma in _COMMA_RE.finditer(text, opening.end(), stop.start() if stop else len(text)):
            after = _AFTER_LOST_CLOSING_RE.match(text, comma.end())
            if after is not None and _lost_closing(after):
                marked[comma.start()] = "”" if opening.group() == "“" else '"'
                break
    return "".join(marked)


def _lost_closing(after: re.Match[str]) -> bool:
    """True when `after` (`_AFTER_LOST_CLOSING_RE`) is an attribution: a verb of saying in it, first when an
    apposition or the paragraph's rest follows (`“Our forces, the general said, are ready.`: an
    interruption, no lost mark)."""
    attribution = after["attribution"].lstrip()
    if not CUE_RE.search(attribution):
        return False
    return not (after["apposition"] or after["rest"] is not None) or CUE_RE.match(attribution) is not None


_SINGLE_OPENING_RE = re.compile(r"(?:(?<=^)|(?<=[\s(:–—-]))['‘’](?=[^\W\d_])", re.MULTILINE)
_SINGLE_CLOSING_RE = re.compile(
    r"(?<=[^\s'‘])['’](?=[,.;:!?…]|[ \t]*$|[ \t]+[–—-])|(?<=[,.!?…])['’](?=[ \t])"
    r"|(?<=[^\W\ds])['’](?=[ \t]+(?:and|but|as|or|et|mais)\b)",
    re.MULTILINE,
)
_SINGLE_BEFORE_NAME_RE = re.compile(r"(?<=[^\s'‘s])['’](?=[ \t]+[A-Z])")
"""A closing single mark before a capitalised word, not after an `s` (`Allies’ Defence`, a possessive):
closing only when a verb of saying follows in its sentence (`‘…’ NATO’s Secretary General, X, said`)."""
_DOUBLE_MARK_RE = re.compile(r"[«»“”\"„]")
_MIN_SINGLE_WORDS = 3


def single_quotations(text: str) -> str:
    """`text` with each pair of single quotation marks that a paragraph without double marks uses as its
    quotation marks set as curly double ones (`‘This is vital’, the Secretary General said at the
    Dialogue, ‘because …’.`, `'In today's world …', Mr. X said.`): an opening `‘`, `’` (as
    natopress.text.variants folds it) or `'` after white space, a bracket, a colon or a dash and before a
    letter; the next `’` or `'` of its line before punctuation, a dash or the line's end (not an
    apostrophe: `today's`, `Allies’ views`) or after a comma or a sentence's end before a space (`unit,’
    says`), or before a capitalised word when a verb of saying follows
    (`‘…’ NATO’s Secretary General, X, said`); at least three words between; and a verb of saying in the
    same sentence within 80 code points before the opening or after the closing mark, or a colon right
    before the opening (`addressed those present: ‘…’`) (guidelines 2.1). A paragraph that a single mark
    opens and one closes at its end, after a paragraph ending on a verb of saying and a colon, is one
    quotation whose inner single marks nest (`stated:` ⏎ `‘We have named the series ‘Open Harbour’. …’.`).
    Same length, so every offset holds."""
    marked = list(text)
    for line in re.finditer(r"[^\n]+", text):
        if _DOUBLE_MARK_RE.search(line.group()):
            continue  # single marks nest inside double ones there
        whole = _WHOLE_SINGLE_RE.fullmatch(line.group())
        if whole is not None and _cue_colon_ends(text[max(0, line.start() - 200) : line.start()]):
            marked[line.start() + whole.start(1)], marked[line.start() + whole.start(2)] = "“", "”"
            continue  # `stated:` ⏎ `‘We have named … ‘Open Harbour’. …’.`: the inner marks nest
        at = line.start()
        while (opening := _SINGLE_OPENING_RE.search(text, at, line.end())) is not None:
            closing = _SINGLE_CLOSING_RE.search(text, opening.end(), line.end())
            named = _SINGLE_BEFORE_NAME_RE.search(
                text, opening.end(), closing.start() if closing else line.end()
            )
            closing = named or closing  # `‘This is a true team effort’ NATO’s Secretary General, X, said`
            if closing is None:
                if _unclosed_single(text, opening.start(), line.start(), line.end()):
                    marked[opening.start()] = "“"  # `stated: ‘exercises such as …`: closed by the paragraph
                break
            at = closing.end()
            words = text[opening.end() : closing.start()].split()
            before = text[max(line.start(), opening.start() - 80) : opening.start()]
            after = SENTENCE_REST_RE.match(text, closing.end())
            cued = (
                (named is None and CUE_RE.search(re.split(r"[.!?]\s", before)[-1]))
                or (after is not None and CUE_RE.search(after.group()))
                or (named is None and before.rstrip().endswith(":"))  # `addressed those present: ‘…’`
            )
            if len(words) >= _MIN_SINGLE_WORDS and cued:
                marked[opening.start()], marked[closing.start()] = "“", "”"
    return "".join(marked)


_WHOLE_SINGLE_RE = re.compile(r"[ \t]*(['‘’])[^\W\d_][^\n]*?[.!?…]?(['’])[.!?…]?[ \t\u00a0]*")
"""A paragraph that a single mark opens before a letter and one closes at its end, maybe before its full
stop (`‘We have named … themselves’.`)."""


def _cue_colon_ends(words: str) -> bool:
    """True when `words` end on a colon, white space aside, and their last sentence holds a verb of saying
    (`Commenting on …, General X stated:`, the paragraph before a quotation's; `stated: ` before its mark)."""
    last = re.split(r"[.!?]\s", words.rstrip())[-1]
    return last.endswith(":") and CUE_RE.search(last) is not None


_UNCLOSED_SINGLE_WORDS = 4
"""The fewest words of a quotation whose single closing mark the page lost (as
`pairing._MIN_UNCLOSED_WORDS`)."""


def _unclosed_single(text: str, opening: int, line_start: int, line_end: int) -> bool:
    """True when the single mark at `opening` opens a quotation that its paragraph (`line_start` to
    `line_end`) ends without a closing mark: right after a verb of saying and a colon in its sentence
    (`General X, Commander JFC Brunssum, stated: ‘exercises such as … readiness.`), four words or more, the
    paragraph ending on a full stop or the text ending with it (the excerpt cut); the opening then counts
    as a double mark, which `pairing.unclosed_pairs` closes at the paragraph's end (guidelines 2.1)."""
    return (
        _cue_colon_ends(text[line_start:opening])
        and len(text[opening + 1 : line_end].split()) >= _UNCLOSED_SINGLE_WORDS
        and (
            re.search(r"[.!?…][ \t\u00a0]*\Z", text[opening:line_end]) is not None
            or not text[line_end:].strip()
        )
    )


_TURNED_CLOSING_RE = re.compile(r"(?<=[\w.,!?;…])“(?=[\s,.;:!?)]|$)|(?<=[.,!?…])“(?=[a-z])", re.MULTILINE)
_TURNED_OPENING_RE = re.compile(r"(?<![^\s(\[–—-])”(?=[^\W_])")
_CURLY_MARK_RE = re.compile(r"[“”«»„]")


def turned_marks(text: str) -> str:
    """`text` with each `“` in closing position (after a word or punctuation, before white space or
    punctuation, or after punctuation before a lower-case word: `… are impressive,“ said the Secretary
    General`, `incidents,“said Col X`) set as `”`; each `„` (the low opening mark of Central European
    typography: `report „Mission Accomplished!”`) set as `“`; and each `”` in opening position (at a
    line's start or after white space, a bracket or a dash, before a letter or digit) set as `“` when
    the next curly mark after it is a `”` that closes it (`”The quick reaction … mobility.` ⏎ `NFIU
    Romania is … Alliance” said LTC X`), not an opening one (`”Today the Army …, said General X. “The
    people …”`: a lost closing mark). Same length, so every offset holds."""
    text = _TURNED_CLOSING_RE.sub("”", text).replace("„", "“")
    turned = list(text)
    for mark in _TURNED_OPENING_RE.finditer(text):
        following = _CURLY_MARK_RE.search(text, mark.end())
        if (
            following is not None
            and following[0] == "”"
            and not _TURNED_OPENING_RE.match(text, following.start())
        ):
            turned[mark.start()] = "“"
    return "".join(turned)
