"""Where an attribution may stand after a reported clause without quotation marks (`P, Mr X said.`, `P,
the Secretary General said, adding that …`): the commas of the sentence that may open it
(natopress.draft.inverted reads the attribution there), and what may close an attribution
(`closes_attribution`)."""

from __future__ import annotations

import itertools
import re

from natopress.draft.dates import DAY_RANGE_RE, MONTH_ALT, WEEKDAYS
from natopress.draft.speech import BARE_RANK_RE, CUE_RE, HONORIFICS, LEAD_CUE_RE, TOLD_WHOM, TOPIC_AFTER_RE
from natopress.text.sentences import trim

_CONJUNCTION_RE = re.compile(r"(?:and|et|but|mais|because|car)\s", re.IGNORECASE)
"""A conjunction after an attribution's comma: the sentence goes on past it (`P, General X said, but ISAF
was …`, `P, he said, because …`)."""

PREDICATE_RE = re.compile(
    r"(?<![\w’'-])(?:would|will|is|was|were|are|has|had|have|must|should|could|can|cannot|may|might|remains?"
    r"|remained|continues?|continued|needs?|needed|est|sont|était|étaient|ont|avait|avaient|sera|seront|serait"
    r"|doit|doivent|devait|devrait|peut|peuvent|pourrait|reste|restent|demeure|demeurent)(?![\w’'-])",
    re.IGNORECASE,
)
"""A finite verb: opening the words after an attribution between commas, the words before it are the
clause's subject alone (`The reform of the forces, Mr X said, remains …`: natopress.draft.interrupted);
inside the words before an attribution that a quotation follows, they are a clause (`The goal was a simple
one, the General stated, “to provide …”`), not a setting (`During his visit to X, he stated, “…”`)."""

_SETTING_PARTICIPLE_RE = re.compile(r"(?:[a-z]{3,}ing|s['’]adressant|prenant|parlant|intervenant)(?![\w’'-])")
"""A participle opening the last part of a sentence, after its attribution: where or how the words were said
(`P, he said, addressing the attendees`, `P, a-t-il dit, s’adressant aux participants`)."""


_APPOSED_NOUN_RE = re.compile(
    r"(?:the|a|an|le|la|l['’]|un|une)\s*(?:first|last|second|third|premi[eè]re?|derni[eè]re?)"
    r"(?:\s+(?!(?:is|was|are|were|has|have|had|will|would|est|était|sont|ont)\s)[\w’'-]+){0,12}"
)
"""A noun phrase apposed to the place or occasion ending an attribution (`…, X said during a visit to Seoul,
the first ever by a NATO Secretary General`): no part of the reported clause, no verb."""


_DATE_ALONE_RE = re.compile(
    rf"(?:{DAY_RANGE_RE.pattern})|\d{{1,2}}(?:er|st|nd|rd|th)?\s+(?:{MONTH_ALT})\.?(?:\s+\d{{4}})?",
    re.IGNORECASE,
)
"""A day or a range of days alone after an attribution's comma (`P, X said during a tour of the region,
18-21 October.`): when the words were said."""


_HEADLINE_CUE_RE = re.compile(r"\s(?=(?:says|dit)\s)")
"""The space before a present tense of saying with no comma before it, as a headline sets its attribution
(`Kosovo must be multi-ethnic` ⏎ `says NATO Secretary General`)."""


def _in_compound_cue(text: str, position: int, start: int) -> bool:
    """True when a verb of saying that opens before `position` runs over it (`a dit`, `a notamment dit`:
    `CUE_RE`): the `dit` after it is that cue's participle, no headline's present tense."""
    return any(
        m.start() < position < m.end() for m in CUE_RE.finditer(text, max(start, position - 30), position + 5)
    )


def attribution_tails(text: str, start: int, end: int) -> list[tuple[int, int, bool]]:
    """(comma, end, cue first) of the places an attribution may stand in `text[start:end]`, last first:
    after the last comma outside parentheses; between two commas when `and`/`but` follows the second (`P,
    General X said, but ISAF was …`); between the last two when a participle of saying follows
    (`…, the Secretary General said, adding that …`), a participle of the setting ends the sentence
    (`…, he said, addressing the attendees`), a noun phrase apposed to its occasion does (`…, X said during
    a visit to Seoul, the first ever by …`) or a day alone (`…, X said during a tour, 18-21 October`); after an earlier comma to the end, only when the
    cue comes first there (`P, a déclaré le secrétaire général de l’OTAN, X, ce vendredi (20 novembre
    2015) …`: the attribution runs over the later commas; `Le 12 septembre 2001, les Alliés ont répondu
    en invoquant, …` is no attribution); last, at a headline's `says` with no comma (`_HEADLINE_CUE_RE`) and
    before a closing `he said` with no comma (`_bare_pronoun_tail`)."""
    depth, commas = 0, []
    for position in range(start, end):
        character = text[position]
        depth += (character == "(") - (character == ")")
        if character == "," and depth <= 0:
            commas.append(position)
    headline = [
        (m.start(), end, True)
        for m in _HEADLINE_CUE_RE.finditer(text, start, end)
        if not _in_compound_cue(text, m.start(), start)
    ][-1:]
    headline += _bare_pronoun_tail(text, start, end) + _bare_inverted_tail(text, start, end)
    headline += _named_tail(text, start, end)
    if not commas:
        return headline
    tails = [(commas[-1], end, False)]
    for before, comma in reversed(list(itertools.pairwise(commas))):
        after = trim(text, comma + 1, end)[0]
        if (
            LEAD_CUE_RE.match(text, after)
            or _CONJUNCTION_RE.match(text, after)
            or (
                text[after : after + 1] in ("“", "«", '"')
                and PREDICATE_RE.search(text, start, before) is not None
            )
            or (comma == commas[-1] and _SETTING_PARTICIPLE_RE.match(text, after))
            or (comma == commas[-1] and _APPOSED_NOUN_RE.fullmatch(text, after, end))
            or (comma == commas[-1] and _DATE_ALONE_RE.fullmatch(text, after, end))
        ):
            tails.append((before, comma, False))
    tails += [(comma, end, True) for comma in reversed(commas[:-1])]
    return tails + headline


_PRONOUN_TAIL_RE = re.compile(rf"(?<=\w)\s(?=(?:he|she)\s+(?:{CUE_RE.pattern})\s*\Z)")
"""The space before `he said` closing a sentence with no comma before it, as older pages print it."""
_NOT_BEFORE_TAIL = frozenset(
    "what as which that who whom and than because if when where how so way words things everything all".split()  # noqa: SIM905
)
"""Words after which `he said` is no attribution of what comes before but a clause of its own (`what he
said`, `as he said`, `the way he said`, `everything he said`)."""


_INVERTED_TAIL_RE = re.compile(
    r"(?<=[a-z])\s(?=(?:said|stated|declared|added|underlined|stressed|emphasi[sz]ed)\s+"
    rf"(?:Lord|Lady|{HONORIFICS}|{BARE_RANK_RE.pattern}|(?:NATO\s+)?(?:Deputy\s+)?Secretary\s+General)\.?"
    r"(?:\s+[A-Z][\w’'-]+){1,3}(?:\s*[.,;]|\s+(?:at|in|on|during|while|when|after|today|yesterday)\s))"
)
"""The space before an inverted attribution whose cue comes first and names the speaker with an honorific,
a rank or the Secretary General's title, with no comma before it, as older pages print it (`… Mediterranean Dialogue countries stated
Lord Robertson at a conference in London on 30 June.`); the name ends the sentence or a setting follows
it (not `said General X would visit`, the clause's subject)."""


_NAMED_TAIL_RE = re.compile(
    r"(?<=[a-z])\s(?=(?:NATO\s+)?[A-Z][\w’'.-]*\s+"
    r"(?:(?:[A-Z][\w’'.-]*|de|van|von|der|den|da|di|du|la|le)\s+){0,7}"
    r"(?:said|stated|added|told\s+(?:reporters|journalists))"
    r"\s*\Z)"
)
"""The space before a speaker's capitalised phrase and its verb closing the sentence with no comma before
them (`… depended on the country’s leadership NATO Secretary General Jaap de Hoop Scheffer told reporters.`);
the phrase must be a speaker phrase (natopress.draft.inverted)."""


def _named_tail(text: str, start: int, end: int) -> list[tuple[int, int, bool]]:
    """The tail `NATO Secretary General X told reporters` closing `text[start:end]` without its comma
    (`_NAMED_TAIL_RE`), from the phrase's first word: the word before it in lower case and no article (not
    `“…”, the Secretary General said`, the comma's attribution)."""
    for tail in _NAMED_TAIL_RE.finditer(text, start, end):
        before = text[start : tail.start()].split()
        if before and before[-1].islower() and before[-1] not in ("the", "a", "an"):
            return [(tail.start(), end, False)]
    return []


def _bare_inverted_tail(text: str, start: int, end: int) -> list[tuple[int, int, bool]]:
    """The tail `stated Lord X …` closing `text[start:end]` without its comma (`_INVERTED_TAIL_RE`), cue
    first, as `attribution_tails` gives it; none after a word that makes it a clause of its own
    (`_NOT_BEFORE_TAIL`: `what said …`)."""
    tail = max(_INVERTED_TAIL_RE.finditer(text, start, end), key=lambda m: m.start(), default=None)
    before = re.search(r"(\w+)\W*\Z", text[start : tail.start()]) if tail is not None else None
    if tail is None or before is None or before.group(1).lower() in _NOT_BEFORE_TAIL:
        return []
    return [(tail.start(), end, True)]


def _bare_pronoun_tail(text: str, start: int, end: int) -> list[tuple[int, int, bool]]:
    """The tail `he said` closing `text[start:end]` without its comma (`… other key aspects of NATO’s
    transformation he said.`), as `attribution_tails` gives it; none after a word that makes it a clause
    of its own (`_NOT_BEFORE_TAIL`: `what he said`)."""
    tail = _PRONOUN_TAIL_RE.search(text, start, end)
    before = re.search(r"(\w+)\W*\Z", text[start : tail.start()]) if tail is not None else None
    if tail is None or before is None or before.group(1).lower() in _NOT_BEFORE_TAIL:
        return []
    return [(tail.start(), end, False)]


_SETTING_RE = re.compile(
    r"(?:\s*,)?\s+(?:à|au|aux|en|lors|devant|pendant|après|at|in|on|during|before|after|following|when|while|today|"
    r"qui|who|as|"
    r"dans\s+(?:un|une|son|sa|ses|le|la|l['’])\s*(?:discours|allocution|entretien|interview|déclaration|message"
    r"|communiqué|lettre|article|tribune|conférence)|"
    rf"aujourd['’]hui|ce|cette|this|{WEEKDAYS}|le(?=\s+(?:{WEEKDAYS}|\d)))\b"
    r"(?:(?:la|le|les|une?|des|the|an?)\s+[\w’'-]+\s+(?:que|qu['’]|that)\b|(?!\b(?:que|qu['’]|that)\b)[^;:])"
    r"{0,200}?(?:\s*\([^()\n]{1,40}\))?",
    re.IGNORECASE,
)
"""Where or when the words were said, closing an attribution, after a comma too: `à New York`, `on 11 May
2012`, `, ce vendredi (20 novembre 2015)`, `, le jeudi 4 septembre 2014`, `dans un discours prononcé devant
…`, `Monday 4 March after talks with …`, `while handing the medal to …`, `au cours de la tournée qu’il a effectuée …` (a relative clause
after an article and a noun), a relative clause after the speaker (`, qui présentait son rapport annuel, ce
vendredi …`); short, and never a clause (`a dit à nouveau que …`, `, qui a ajouté que …`)."""


_PARTICIPLE_TAIL_RE = re.compile(
    rf"\s*,\s*(?!{CUE_RE.pattern})(?:citant|évoquant|mentionnant|citing|pointing\s+to)\s[^;:]{{1,200}}",
    re.IGNORECASE,
)
"""A participle clause of citing that ends an attribution (`…, a-t-il ajouté, citant le terrorisme comme
exemple`): what the speaker named, no clause reported."""


_TOPIC_CUE_RE = re.compile(
    r"(?<![\w’'-])(?:elaborated|commented|reflected|expanded|touched|focused|spoke|talked)\s*\Z",
    re.IGNORECASE,
)
"""A verb of saying that takes a topic after `on`/`about` (`elaborated on the plan`)."""
_TOPIC_RE = re.compile(
    rf"{TOPIC_AFTER_RE.pattern}\s+(?!(?:the\s+)?(?:sidelines|behalf|occasion|eve|margins?)\b|(?:{WEEKDAYS})\b|\d)",
    re.IGNORECASE,
)
"""The topic after such a verb (`TOPIC_AFTER_RE`: `on the plan for …`; not a setting: `on the sidelines
of`, `on Monday`, `on 11 May`): what was spoken about, so the clause before is no report."""
_INFINITIVE_CUE_RE = re.compile(
    r"(?<![\w’'-])(?:agreed|decided|promised|pledged|vowed|undertook|offered|resolved)\s*\Z", re.IGNORECASE
)
"""A verb of agreeing or promising, which may take an infinitive instead of a reported clause."""
_INFINITIVE_RE = re.compile(
    r"(?<![\w’'-])to\s+(?!(?:the|a|an|his|her|its|their|our|this|that|these|those|all|both|each)\s)[a-z]+\b"
)
"""`to` and a lower-case word that no determiner opens: an infinitive (`to enhance`)."""


def closes_attribution(text: str, position: int, end: int) -> bool:
    """True when nothing, or only a setting (`_SETTING_RE`) or a participle of citing (`_PARTICIPLE_TAIL_RE`),
    maybe after whom the words were told (`told reporters`, `_TOLD_WHOM_RE`), stands between `position` and
    `end`; not after a verb of agreeing whose infinitive follows (`…, Allies
    agreed at the 2016 Summit in Warsaw to enhance …`: what they agreed is the infinitive, no quote), nor
    before the topic of a verb that takes one (`While A highlighted …, B elaborated on the plan for …`)."""
    if _INFINITIVE_CUE_RE.search(text, max(0, position - 20), position) and _INFINITIVE_RE.search(
        text, position, end
    ):
        return False
    if _TOPIC_CUE_RE.search(text, max(0, position - 20), position) and _TOPIC_RE.match(text, position, end):
        return False  # `While A highlighted …, B elaborated on the plan for …`: B's topic, no attribution
    told = _TOLD_WHOM_RE.match(text, position, end) if text.endswith(_TELLING, 0, position) else None
    position = (
        told.end() if told is not None else position
    )  # `X told reporters.`, `told journalists in Kabul`
    return position == end or any(
        pattern.fullmatch(text, position, end) is not None for pattern in (_SETTING_RE, _PARTICIPLE_TAIL_RE)
    )


_TOLD_WHOM_RE = re.compile(rf"\s+{TOLD_WHOM}(?![\w’'-])")
"""Whom the words were told, after `told` or `reminded`, closing an attribution (`…, the Secretary General
told reporters.`, `…, Mr X reminded the audience.`)."""
_TELLING = ("told", "reminded")
"""The verbs of saying that take whom they tell before the end of an attribution (`_TOLD_WHOM_RE`)."""
