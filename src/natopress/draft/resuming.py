"""Interrupted quotations: whether a pair of quotation marks resumes the quotation of the pair before it,
after the attribution set between them (`“A,” he said, “b.”`, `« A », a-t-il dit, « b »`), or is joined to
it in one sentence (`« A », car « B »`: `joins_last`)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from natopress.draft.phrases import WHERE_OR_WHEN
from natopress.draft.speech import ADDRESSEE, CUE_RE, INVERTED_PRONOUN_RE
from natopress.text.marks import Pair
from natopress.text.sentences import Range

CUE_TO_MARK_RE = re.compile(
    rf"(?:{ADDRESSEE})?(?:\s+(?:afterwards|later|then|again|also|today))?"
    r"(?:\s+(?:à\s+cette\s+occasion|on\s+this\s+occasion|pour\s+sa\s+part|for\s+(?:his|her)\s+part"
    r"|à\s+son\s+tour|quant\s+à\s+(?:lui|elle)|in\s+(?:his|her)\s+(?:speech|remarks|address)"
    r"|dans\s+son\s+(?:discours|allocution)|during\s+the\s+ceremony|at\s+the\s+ceremony"
    r"|lors\s+de\s+la\s+cérémonie|ce\s+qui\s+suit|(?:the\s+)?following"
    r"|(?:at|during|in|on|after|before)\s+(?:the|a|an|his|her|its|their|this|that)\s+[^,;:.«»“”\"\n]{1,60}?"
    r"|in\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?"
    r"|(?:lors|au\s+cours|à\s+l['’]issue)\s+d(?:e\s+la\s+|e\s+l['’]|u\s+|es\s+)[^,;:.«»“”\"\n]{1,60}?))?"
    r"(?:\s+(?:that|que)(?=\s*:))?\s*[:,]?\s*"
)
"""What may stand between a cue and the opening mark: whom the words were addressed to (`told reporters:
“`, `told the Prime Minister: “`, `speech.ADDRESSEE`), `stated afterwards: “`, a setting (`a déclaré à
cette occasion : «`, `said in his speech: “`, `said at the Dialogue, “`, `said in Madrid, “`, `a déclaré lors de
la réunion, «`), what follows (`a déclaré ce qui suit : «`, `said the following: “`), a `that` before a colon
(`asserted that: “`)."""
_COLON_RE = re.compile(r"(?:\s+\w+)?\s*:")
"""A colon after a cue, maybe after one word (`He added: “`, `said that: “`)."""
_RESUMING_RE = re.compile(
    rf"(?:\s+{WHERE_OR_WHEN}\s[^,;:.«»“”\"\n]{{1,60}})?"
    r"(?:\s*,\s*(?!(?:who|which|whose|qui|dont|que|where|où)\s)[^,;:.!?«»“”\"\n]{1,80})?"
    rf"(?:\s*,\s*{WHERE_OR_WHEN}\s[^,;:.«»“”\"\n]{{1,60}})?\s*(?:,|;|\s[-–—]\s)\s*(?:(?:and|et)\s+)?",
    re.IGNORECASE,
)
"""What stands between an attribution and the quotation it interrupted: a comma (maybe with `and`/`et`:
`“A,” he said, and “b”`) or a semicolon (`« A », a déclaré X ; « b »`), maybe after where or when
the words were said (`“A”, X said at the opening ceremony, “b”`) or the speaker's title in apposition (`“A,”
said Vice Admiral X, MARCOM Deputy Commander, “B”`; no relative clause), or both (`said Admiral X, Chief of
Staff at …, in the opening press conference, “B”`); or a dash (`“A.” – stated X – “B”`)."""
_DASH_FRAME_RE = re.compile(r"\s*[,.]?\s*[-–—]\s*")
"""A dash between a closing mark and the attribution after it (`…” – stated X`)."""
_DASHED_APPOSITION_RE = re.compile(
    r"\s*,\s*[^,;:.!?«»“”\"\n]{1,100}(?:,\s*[^,;:.!?«»“”\"\n]{1,100})?\s[-–—]\s*"
)
"""The speaker's appositions, a relative clause too, up to the dash that closes an attribution set between
dashes (`…” – stated Mr X, the Minister of Defence, who accompanied the President – “B`): the dashes frame it,
so B resumes the quotation (guidelines 2.3)."""
_ADDRESSEE_RE = re.compile(r"(?:\s+(?:the\s+)?[^\W\d_A-ZÀ-Þ][\w’'-]*)?\s*")
"""What may stand between an attribution and the rest of the quotation it interrupted when no comma follows:
nothing, or whom the words were said to (`told reporters`)."""


def resumes(text: str, last: Pair, attribution: Range, pair: Pair) -> bool:
    """True when `pair` resumes the quotation of `last` (the pair before it in the same paragraph) after
    `attribution` (code points: from the cue's or speaker's start, whichever first, to the later end): a
    comma follows the attribution, maybe after where or when the words were said (`“A”, X said at the
    ceremony, “b”`); or, with no comma after it (`« A, » a-t-il conclu « b »`, `“A,” she told reporters
    “b”`), a comma closes the first part and a lower-case word opens the second, or any word after an inverted
    subject (`« A, » a-t-il ajouté « Mais, b »`). A new verb of saying makes
    a new quote, which the caller decides."""
    end = attribution[1]
    if end > pair.open:
        return False
    if _RESUMING_RE.fullmatch(text, end, pair.open) is not None or (
        _DASH_FRAME_RE.fullmatch(text, last.close + 1, attribution[0]) is not None
        and _DASHED_APPOSITION_RE.fullmatch(text, end, pair.open) is not None
    ):
        return True
    content = text[last.open + 1 : last.close].rstrip()
    resumed = text[pair.open + 1 : pair.close].lstrip()
    return (
        _ADDRESSEE_RE.fullmatch(text, end, pair.open) is not None
        and content.endswith(",")
        and (resumed[:1].islower() or INVERTED_PRONOUN_RE.search(text, attribution[0], end) is not None)
    )


def leads_next(text: str, last: int, lead: str, end: int, limit: int) -> bool:
    """True when the attribution after a closing mark, ending at `end`, closes on a colon before `limit`
    (`“…” He added: “`): it introduces the next quotation, not the one whose last character stands at
    `last`; unless a comma ends that one or follows its mark (`lead`, the words from the mark to the
    attribution): `“A,” X continued: “B”` attributes A too, and B goes on from it (guidelines 2.3)."""
    return (
        CUE_TO_MARK_RE.fullmatch(text, end, limit) is None
        and _COLON_RE.match(text, end, limit) is not None
        and "," not in (text[last : last + 1], lead.lstrip()[:1])
    )


_REST_RE = re.compile(r"[\s.…!?]*\Z|[.…!?]?\s+(?:He|She|Il|Elle)\s+[a-zà-ÿ]")


def narrative_rest(text: str, start: int, end: int) -> bool:
    """True when what follows a quotation set as a paragraph, `text[start:end]` (code points), is nothing
    but punctuation or a sentence opening on a subject pronoun (`“…” He said that P.`): the narrative goes
    on, the paragraph is still the quotation's own."""
    return _REST_RE.match(text[start:end]) is not None


_JOINED_RE = re.compile(r"[\s,]*(?:et|and|car|mais|but)\s+(?:(?:to|à|de|d['’])\s*)?")
"""A conjunction joining a quotation to the one before in its sentence (`« A », car « B »`), maybe with the
second's preposition (`as a chance to “A” and to “B”`)."""
_RELATIVE_RE = re.compile(r"\s*,\s*(?:qui|which)\s[^.;:!?«»“”\"\n]*")
"""A relative clause opening right after a quotation's closing mark and its comma, running to the next
quotation (`a décrit l’Organisation comme « A », qui relie … et fait la jonction entre … et « B »`)."""


def joins_last(
    text: str, start: int, opening: int, persons_within: Callable[[int, int], Sequence[object]]
) -> bool:
    """True when `text[start:opening]`, between the quotation before (its end or its attribution's) and the
    opening mark at `opening` (code points), joins the two quotations in one sentence: a conjunction
    (`_JOINED_RE`), or a relative clause on the first's object naming no person and holding no verb of
    saying (`_RELATIVE_RE`; `persons_within(start, end)` lists the person mentions there): the second has
    the first's speaker (guidelines 2.4)."""
    if _JOINED_RE.fullmatch(text, start, opening):
        return True
    return (
        _RELATIVE_RE.fullmatch(text, start, opening) is not None
        and CUE_RE.search(text, start, opening) is None
        and not persons_within(start, opening)
    )


_ASKED_RE = re.compile(
    r"[-–—,(]\s*(?:(?:he|she|I|we|they)\s+(?:was|were)\s+asked|(?:lui|leur)\s+a-t-on\s+demandé)\s*[-–—,)]",
    re.IGNORECASE,
)


def asked_inside(text: str, pair: Pair) -> bool:
    """True when a passive `he was asked` stands set off inside the marks of `pair` (`“And – he was asked –
    in two words?”`, `« Et – lui a-t-on demandé – en deux mots ? »`): the words are the asker's, whom the
    text does not name, so the quotation has no speaker of its own and continues none before it
    (guidelines 2.4, 1.123)."""
    return _ASKED_RE.search(text, pair.open + 1, pair.close) is not None
