"""Reported speech whose source is named before or after it with `according to` / `selon`: `Selon M.
Reyel, la mission est un succès.`, `According to the Minister, the mission is a success.`, `P, according to
ISAF officials.` (indirect, no cue), and the source named before a quotation (`according_source`,
`according_aside`). Split from natopress.draft.inverted, which reads an attribution after its clause."""

from __future__ import annotations

import re
from collections.abc import Sequence

from natopress.draft.cuewords import FRENCH_PRESENT, alternation
from natopress.draft.dates import after_dateline
from natopress.draft.entities import SpeakerResolver
from natopress.draft.inverted import MARKS_RE, MIN_WORDS, UNNAMED_GROUP_RE
from natopress.draft.phrases import ASIDE_RE, COMMA_RE, WHERE_OR_WHEN
from natopress.draft.speech import (
    HONORIFIC_RE,
    HONORIFICS,
    NOMINAL_SPEAKER_RE,
    STRESSED_PRONOUN_RE,
    TITLE_PHRASE_RE,
)
from natopress.text.sentences import Range, trim, without_final_punctuation

_SOURCE_OF_VIEW = (
    r"(?:de\s+l['’]avis|aux\s+yeux|(?:pour\s+reprendre|selon)\s+les\s+(?:mots|termes|propos))\s+d(?:e\s+|u\s+|['’])"
    r"|in\s+the\s+(?:words|view)\s+of\s+"
)
ACCORDING_RE = re.compile(
    rf"(?:(?:toujours|aussi|également|also|again)\s+)?(?:{_SOURCE_OF_VIEW}|(?:selon|d['’]après|according\s+to)\s+)",
    re.IGNORECASE,
)
"""`Selon X,`, `D’après X,`, `According to X,`, `De l’avis de X,`, `Pour reprendre les mots du général X,`,
`In the words of X,`, maybe after an adverb (`Toujours selon X,`, `Also according to X,`): the source of
what the sentence reports."""


FOR_PERSON_RE = re.compile(r"Pour\s+")
"""`Pour le secrétaire général de l’OTAN, P` (a title, mostly): the person's view, reported like `Selon X,
P`. English `For X,` is left out: it mostly says for whom something is (`For General X, this is the third
visit`)."""


def _personal(text: str, phrase: Range, resolver: SpeakerResolver) -> bool:
    """True when the speaker phrase `phrase` names a person or a person's title, not a body."""
    return bool(
        resolver.persons_within(*phrase)
        or NOMINAL_SPEAKER_RE.match(text, *phrase)
        or TITLE_PHRASE_RE.match(text, *phrase)
        or HONORIFIC_RE.match(text, *phrase)
    )


def according_indirect(
    text: str, sentences: Sequence[Range], resolver: SpeakerResolver
) -> list[tuple[Range, Range]]:
    """(content, speaker mention) of each sentence `Selon X, P.` / `According to X, P.` without quotation
    marks after the comma (missing after a person's phrase before a lower-case word: `According to the
    Colonel all elements …`) or the source's apposition (`according_source`), whose X is a speaker phrase (a
    person's name, honorific + surname, title, pronoun or a body: `SpeakerResolver.phrase_at`) and whose
    clause P has at least four words; P may hold quoted words (`According to X, the centre “will change
    …”`: a mixed quote). `Selon le communiqué,` names no speaker and gives nothing."""
    found = []
    for start, end in sentences:
        lead = ACCORDING_RE.match(text, start, end) or FOR_PERSON_RE.match(text, start, end)
        inner = _INNER_LEAD_RE.search(text, start, end) if lead is None else None  # `… et, selon X, P`
        lead, start = (ACCORDING_RE.match(text, inner.end(), end), inner.end()) if inner else (lead, start)
        if lead is None:  # `P, selon X`; `…, X, according to whom P`
            found.extend(_according_after(text, resolver, start, end))
            found.extend(_according_to_whom(text, resolver, start, end))
            continue
        start, end = without_final_punctuation(text, start, end)
        phrase = resolver.phrase_at(text, lead.end(), end)
        stressed = STRESSED_PRONOUN_RE.match(text, lead.end(), end) if lead.re is ACCORDING_RE else None
        phrase = phrase or (stressed.span() if stressed is not None else None)  # `Selon lui, P`
        group = UNNAMED_GROUP_RE.match(text, lead.end(), end) if lead.re is ACCORDING_RE else None
        phrase = phrase or (group.span() if group is not None else None)  # `According to event organizers, P`
        trailing = _TITLE_ADJECTIVES_RE.match(text, phrase[1], end) if phrase is not None else None
        if trailing is not None and _DOCUMENT_HEAD_RE.search(trailing.group()):
            continue  # `According to KFOR safety rules, P`: a document's words, nobody's
        after = trailing.end() if trailing is not None else phrase[1] if phrase is not None else end
        aside = ASIDE_RE.match(text, after, end)  # `Selon le colonel X (Ostravie), P`: no part of P
        after = aside.end() if aside is not None else after
        comma = COMMA_RE.match(text, after, end) if phrase is not None else None  # `Selon le Premier ministre
        # tchèque, P`: the title's adjective before the comma
        if (
            comma is None
            and phrase is not None
            and lead.re is ACCORDING_RE
            and _personal(text, phrase, resolver)
        ):
            comma = _LOWER_NEXT_RE.match(text, phrase[1], end)  # `According to the Colonel all elements …`
        if phrase is None or comma is None:
            continue
        opening = MARKS_RE.search(text, comma.end(), end)
        if (
            opening is not None
            and according_source(text, resolver, start, opening.start())
            and not quotation_goes_on(text, opening.start(), end)
        ):
            continue  # `According to X, “…”`, `De l’avis de X, titre, « … »`: a direct quote
        if lead.re is FOR_PERSON_RE and not _personal(text, phrase, resolver):
            continue  # `Pour l’OTAN, P`: a body's priorities, no report
        content = _clause_after_source(text, resolver, phrase, comma.end(), end)
        if len(text[content[0] : content[1]].split()) >= MIN_WORDS:
            found.append((trim(text, *content), phrase))
    return found


_INNER_LEAD_RE = re.compile(rf"(?<![\w’'-])et\s*,\s*(?=(?i:{ACCORDING_RE.pattern}))")
"""`et,` before a source of view inside a sentence (`… a été proposée et, selon les mots de X, elle servira de
« … »`): the clause after the source is reported, the words before are not."""
_TITLE_ADJECTIVES_RE = re.compile(r"(?:[^\S\n]+[a-zà-ÿ][\w’'-]*){1,2}(?=[^\S\n]*,)")
"""One or two lower-case words between a speaker phrase and its comma (`Selon le Premier ministre tchèque,`):
the title's adjectives, no part of the clause after the comma."""
_DOCUMENT_HEAD_RE = re.compile(
    r"(?<![\w’'-])(?:procedures|rules|regulations|guidelines|reports?|statements?|figures|data|statistics"
    r"|estimates|records|documents?|doctrine|polic(?:y|ies)|website|règles|procédures|chiffres|données)\Z"
)
"""A document's noun closing the words after the source (`According to KFOR safety rules,`): the
source is that document, not the body named before it, and no one speaks."""
_LOWER_NEXT_RE = re.compile(r"[^\S\n]+(?=[a-zà-ÿ])")
"""The space before a lower-case word right after a person's phrase: where the clause after `According to
X` opens when its comma is missing."""
COLON_QUOTATION_RE = re.compile(r"\s*:\s*[«“\"]")
"""A colon before an opening mark: the quotation after it is its own (direct) quote."""


def _clause_after_source(text: str, resolver: SpeakerResolver, phrase: Range, start: int, end: int) -> Range:
    """The reported clause after `Selon X,` (from `start`, code points, to the sentence's `end`): after the
    person's title or former post in apposition (`Pour le général X, commandant adjoint de la KFOR, P`,
    `According to X, former envoy to Y, P`), and up to a colon
    opening a quotation (`P : « Q »`: Q is a direct quote of its own)."""
    aside = ASIDE_RE.match(text, phrase[1], end)
    apposed = _TITLE_APPOSITION_RE.match(text, aside.end() if aside is not None else phrase[1], end)
    if (
        apposed is not None
        and resolver.persons_within(*phrase)
        and (TITLE_PHRASE_RE.match(text, start) or _FORMER_RE.match(text, start))
    ):
        start = apposed.end()
    colon = COLON_QUOTATION_RE.search(text, start, end)
    return start, colon.start() if colon is not None else end


_FORMER_RE = re.compile(r"\s*(?:former|retired|ancien(?:ne)?|ex-)\s", re.IGNORECASE)
"""A former post in apposition after the source (`According to X, former Ostravian envoy, P`)."""
_RELATIVE_END_RE = re.compile(r"(?<![\w’'-])(?:qui|which|who|that)\Z", re.IGNORECASE)
_PREPOSITION_RELATIVE_RE = re.compile(
    r"(?<![\w’'-])(?:(?:dans|sur|par|pour|avec|selon)\s+(?:lesquel(?:le)?s|lequel|laquelle)|auxquel(?:le)?s|dont"
    r"|(?:in|through|by|under)\s+which)\s+(?=[^,;:]+\Z)",
    re.IGNORECASE,
)
"""A relative opened by a preposition (`les secteurs dans lesquels`, `areas in which`) before the aside
`, selon X,` inside its clause, no comma between: the relative clause is what X said."""
_ASIDE_OPENING_WORDS = 6
"""How many words may open a sentence before `, selon X,` set as an aside (`Il n’y a, selon lui, …`)."""
_ACCORDING_AFTER_RE = re.compile(r",\s*(?:selon|d['’]après|according\s+to)\s+", re.IGNORECASE)
"""`, according to ` after a clause: its source follows."""
_APPOSITION_TO_END_RE = re.compile(r"(?:\s*,[^,;:«»“”\"\n]{1,120})?\s*")
"""What may follow the source to the sentence's end: its apposition (`, a Canadian construction engineer`)."""


def _according_after(text: str, resolver: SpeakerResolver, start: int, end: int) -> list[tuple[Range, Range]]:
    """`P, according to X.` / `P, selon X.` closing the sentence `[start, end)` without quotation marks, X
    a speaker phrase or a stressed pronoun maybe with its apposition (`…, according to Captain X, a Canadian
    engineer supervising the project.`) and P of at least four words: [(content P, speaker mention X)]; or
    set as an aside after a short opening (`Il n’y a, selon lui, aucune contradiction entre ces deux
    tâches.`: the whole sentence is the content) or after a relative pronoun (`… des forces qui, selon lui,
    sont les meilleurs moyens …`: the relative clause after the aside), or inside a relative opened by a
    preposition (`… dans lesquels l’industrie devrait, selon lui, investir davantage`: the relative clause,
    aside included); else []."""
    start, end = without_final_punctuation(text, start, end)
    start = after_dateline(text, start, end)
    lead = _ACCORDING_AFTER_RE.search(text, start, end)
    phrase = resolver.phrase_at(text, lead.end(), end) if lead is not None else None
    stressed = STRESSED_PRONOUN_RE.match(text, lead.end(), end) if lead is not None else None
    phrase = phrase or (stressed.span() if stressed is not None else None)  # `P, selon lui.`
    group = UNNAMED_GROUP_RE.match(text, lead.end(), end) if lead is not None else None
    phrase = phrase or (group.span() if group is not None else None)  # `P, according to ISAF officials.`
    if lead is None or phrase is None or MARKS_RE.search(text, start, end):
        return []
    aside = COMMA_RE.match(text, phrase[1], end)  # `Il n’y a, selon lui, aucune contradiction …`
    after = aside.end() if aside is not None and len(text[aside.end() : end].split()) >= MIN_WORDS else None
    if _RELATIVE_END_RE.search(text, start, lead.start()):  # `… des forces qui, selon lui, sont les …`
        return [(trim(text, after, end), phrase)] if after is not None else []
    relative = _PREPOSITION_RELATIVE_RE.search(text, start, lead.start())  # `… dans lesquels P, selon lui, Q`
    if relative is not None and aside is not None:
        return [(trim(text, relative.end(), end), phrase)]
    if (
        (_APPOSITION_TO_END_RE.fullmatch(text, phrase[1], end) if stressed is None else phrase[1] == end)
        and len(text[start : lead.start()].split()) >= MIN_WORDS  # a pronoun takes no apposition
    ):
        return [(trim(text, start, lead.start()), phrase)]
    short_opening = len(text[start : lead.start()].split()) <= _ASIDE_OPENING_WORDS
    return [(trim(text, start, end), phrase)] if after is not None and short_opening else []


_TO_WHOM_RE = re.compile(
    r",\s*(?:according\s+to\s+whom|selon\s+(?:qui|lequel|laquelle)|d['’]après\s+(?:qui|lequel|laquelle))\s+",
    re.IGNORECASE,
)
"""A relative source after a comma (`…, Minister X, according to whom P`, `M. X, selon qui P`)."""


def _according_to_whom(
    text: str, resolver: SpeakerResolver, start: int, end: int
) -> list[tuple[Range, Range]]:
    """(content, speaker mention) of `…, X, according to whom P.` in the sentence `text[start:end]`: the
    person named right before the comma (a name mention ending there) says P, the rest of the sentence (four
    words or more, no quotation mark: guidelines 2.1)."""
    found = []
    for lead in _TO_WHOM_RE.finditer(text, start, end):
        named = [m for m in resolver.persons_within(start, lead.start()) if m.end == lead.start()]
        content = trim(text, *without_final_punctuation(text, lead.end(), end))
        words = text[content[0] : content[1]]
        if named and len(words.split()) >= MIN_WORDS and not MARKS_RE.search(words):
            found.append((content, (named[-1].start, named[-1].end)))
    return found


_ACCORDING_QUOTE_RE = re.compile(
    rf"(?:{_SOURCE_OF_VIEW}|(?:selon|d['’]après|according\s+to|pour|for)\s+)", re.IGNORECASE
)
"""`Selon X, « … »`, `According to X, “…”`, `For X, “…”`: the source of a quotation after a comma."""
_FRENCH_IMPERFECT = ["disait", *(verb[:-1] + "ait" for verb in FRENCH_PRESENT if verb.endswith("e"))]
"""The imperfect of the French verbs of saying in the present (`indiquait`, `soulignait`, `disait`)."""
_AS_SAID = r"(?:comme\s+l['’]|(?:(?:voici|voilà)\s+)?ce\s+qu(?:e\s+|['’]))"
"""`comme l’`, `voici ce que`, `ce qu’` before the verb of saying whose subject follows it."""
_ACCORDING_INSIDE_RE = re.compile(
    rf"(?<![\w’'-])(?:selon|d['’]après|according\s+to|{_AS_SAID}(?:a|avait)\s+(?:[a-zà-ÿ]+ment\s+)?"
    rf"(?:dit|[a-zà-ÿ]+é)|{_AS_SAID}(?:{alternation(FRENCH_PRESENT)}|{alternation(_FRENCH_IMPERFECT)}))\s+",
    re.IGNORECASE,
)
"""`selon X`, `comme l’a dit X`, `comme l’a souligné X`, `Comme l’explique X`, `Comme l’indiquait X`, `voici
ce que disait X :`, `ce qu’a déclaré X :` after a comma inside a sentence or opening it: X is the source of
the quotation after it."""
_TO_QUOTATION = rf"(?:\s*,?\s*{WHERE_OR_WHEN}\s[^«»“”\"\n;:]{{1,100}}?)?(?:\s*[,:]|\s+[-–—](?=\s))\s*"
_TITLE_APPOSITION_RE = re.compile(rf"\s*,[^,;:«»“”\"\n]{{1,120}}(?:,\s*(?:{_TO_QUOTATION})?|\s*:\s*)")
"""A title set in apposition between the source and the quotation, maybe before where or when the words
were said (`Comme l’explique M. X, secrétaire général adjoint de l’OTAN, « … »`, `Comme l’indiquait M. X,
ministre de la Défense, dans son allocution d’ouverture, « … »`, `Selon M. X, secrétaire général de …
: « … »`)."""


_OWN_WORDS_RE = re.compile(
    r"(?:in|selon|pour\s+reprendre)\s+(?P<possessive>his|her|ses)\s+(?:own\s+|propres\s+)?"
    r"(?:words|mots|termes|propos)\s*[,:]?\s*",
    re.IGNORECASE,
)
"""`In his words, “`, `Selon ses propres mots, « `: a sentence opening on the words of a person a possessive
refers to, right before the quotation."""
_TO_QUOTATION_RE = re.compile(_TO_QUOTATION)
"""What stands between the source and the quotation: a comma, a colon or a spaced dash, maybe after where
or when the words were said (`comme l’a souligné Mme X, à la cérémonie de signature qui s’est tenue
aujourd’hui, « `, `comme l’a dit le secrétaire général lors de la réunion de Tirana : « `, `In the words
of Mr. X – “`)."""


def according_source(text: str, resolver: SpeakerResolver, sentence_start: int, opening: int) -> Range | None:
    """The source named in `Selon la secrétaire générale, « … »`, `According to Ms Varga, "…"`, also
    after a comma inside the sentence (`… et, selon M. X, « … »`, `comme l’a dit M. X, « … »`), and
    with the name in apposition after a title (`Selon le secrétaire général délégué, Y : « … »`): the
    speaker phrase's span (code points), or None. `opening` is the quotation's opening mark."""
    own = _OWN_WORDS_RE.match(text, sentence_start, opening)
    if own is not None and own.end() == opening:  # `In his words, “…”`: the person a pronoun means
        return own.span("possessive")
    leads = [m for m in [_ACCORDING_QUOTE_RE.match(text, sentence_start, opening)] if m is not None]
    leads += [
        m
        for m in _ACCORDING_INSIDE_RE.finditer(text, sentence_start, opening)
        if m.start() == sentence_start
        or re.search(r"(?:[,;:]|(?<![\w’'-])(?:et|and))\s*$", text[max(0, m.start() - 6) : m.start()])
    ]
    for lead in reversed(leads):
        stressed = STRESSED_PRONOUN_RE.match(text, lead.end(), opening)  # `Selon lui, « … »`, `Pour elle,`
        phrase = resolver.phrase_at(text, lead.end(), opening) or (stressed.span() if stressed else None)
        if phrase is None:
            continue
        if _TO_QUOTATION_RE.fullmatch(text, phrase[1], opening) or (
            _TITLE_APPOSITION_RE.fullmatch(text, phrase[1], opening)
            and resolver.persons_within(*phrase)
            and TITLE_PHRASE_RE.search(text, phrase[1], opening)
        ):
            return phrase
        named = resolver.persons_within(phrase[1], opening)
        if (
            len(named) == 1
            and re.fullmatch(rf"\s*,\s*(?:{HONORIFICS}\s+)?", text[phrase[1] : named[0].start])
            and _TO_QUOTATION_RE.fullmatch(text, named[0].end, opening)
        ):
            return phrase[0], named[0].end  # the title and the name in apposition
    return None


_GOES_ON_RE = re.compile(r"[^«»“”\"\n]*[»”\"][^\S\n]+(?:et|and|mais|but)\s")


def quotation_goes_on(text: str, opening: int, end: int) -> bool:
    """True when the clause goes on after the quotation opened at `opening` (code points), with `and`, `et`,
    `but` or `mais` after its closing mark, before the sentence's `end` (`Selon X, « … » et dans le même
    temps …`): the words after the source are a clause holding quoted words, a mixed quote, not the
    quotation alone (guidelines 2.1, 1.121)."""
    return _GOES_ON_RE.match(text, opening + 1, end) is not None


def according_aside(text: str, resolver: SpeakerResolver, sentence_start: int, opening: int) -> Range | None:
    """The source set between commas inside the sentence before a quotation's `opening` mark (`la Russie
    et la Chine qui, selon M. X, sont des « … »`, `which, according to Mr X, are “…”`): the speaker phrase
    of the last such aside (code points), for a mixed quote; None when there is none."""
    found = None
    for lead in _ACCORDING_INSIDE_RE.finditer(text, sentence_start, opening):
        phrase = resolver.phrase_at(text, lead.end(), opening)
        before = text[max(sentence_start, lead.start() - 3) : lead.start()]
        if phrase is not None and before.rstrip().endswith(",") and text.startswith(",", phrase[1]):
            found = phrase
    return found
