"""Reported speech with the attribution after it and no quotation marks: `Transition was on track to be
completed by the end of 2014, Mr Rasmussen added.`, `L’Ostravie est un partenaire, a-t-il déclaré.`
(indirect, content = the clause before the comma). natopress.draft.according reads a source named with
`according to` / `selon`, natopress.draft.comparative reads the source in a
comparative clause (`As General X emphasized, P`)."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from natopress.draft.commas import WHEN_SAID
from natopress.draft.dates import after_dateline
from natopress.draft.entities import SpeakerResolver
from natopress.draft.namewords import TITLE_RE
from natopress.draft.phrases import APPOSED_TITLE_RE
from natopress.draft.speech import (
    CUE_AFTER_ELISION_RE,
    CUE_RE,
    HONORIFICS,
    INVERTED_PRONOUN_RE,
    PERSON_NOUNS,
    PRONOUN_RE,
)
from natopress.draft.tails import attribution_tails, closes_attribution
from natopress.text.sentences import Range, trim, without_final_punctuation

MARKS_RE = re.compile(r"[«»“”\"]")
"""A quotation mark: a sentence holding one is no unmarked reported clause."""
MIN_WORDS = 4
"""The fewest words (white-space separated) a reported clause without quotation marks has."""
LEADING_SETTING_RE = re.compile(
    r"(?:dans|lors\s+d[eu]|au\s+cours\s+d[eu]|pendant|parmi|in|during|at|after|après|among|amongst)\s+"
    r"(?:son|sa|ses|leur|leurs|his|her|their|its|the|le|la|les|l['’]|an?|une?)\s*(?:[\w’'-]+\s*){1,4}",
    re.IGNORECASE,
)
"""A setting of up to five words before the comma (`Dans son allocution d’ouverture, le général X a
souligné …`, `In his opening remarks, X said …`): where the words were said, no reported clause; so is
what they were chosen from (`Parmi les réformes encore attendues, il a mentionné …`, `Among the …`)."""


def inverted_indirect(
    text: str, sentences: Sequence[Range], resolver: SpeakerResolver
) -> list[tuple[Range, Range, Range]]:
    """(content, cue, speaker mention) of each sentence `P, <speaker> <cue>.` or `P, <cue> <speaker>.`
    without quotation marks, whose speaker phrase is a person's name, honorific + surname, title or
    pronoun and whose clause P has at least four words."""
    found = []
    for start, end in sentences:
        start, end = without_final_punctuation(text, start, end)
        start = after_dateline(text, start, end)  # `KABUL - P, said X.`: the dateline is no part of P
        for comma, stop, cue_first in attribution_tails(text, start, end):
            if (
                len(text[start:comma].split()) < MIN_WORDS
                or LEADING_SETTING_RE.fullmatch(text, start, comma)
                or _apposed_name_end(text, start, comma, resolver)
            ):
                continue  # a later tail may end a longer clause (`A, B … stated Lord X at …`, no comma)
            if MARKS_RE.search(text, start, comma) and not _words_after_marks(text, start, comma):
                continue  # marks in P: a quotation's, or a name's; the attribution may hold a name in marks
                # (`P, a déclaré X à la conférence « Preparing NATO … »`); not words after them (mixed)
            attribution = attribution_in(text, trim(text, comma + 1, stop), resolver, cue_first)
            if attribution is not None and cue_first and _APPEAL_RE.fullmatch(text, *attribution[0]):
                continue  # `X, Head of …, called on the Minister, Y`: whom X called on, no inverted subject
            if attribution is not None:
                found.append((trim(text, start, comma), *attribution))
                break
    return found


_APPEAL_RE = re.compile(r"call(?:ed|s)\s+(?:on|upon|for)|ma(?:de|kes)\s+an\s+appeal\s+to", re.IGNORECASE)
"""A verb of appealing, whose object is whom it addresses: the phrase after it is never an inverted subject."""


def _apposed_name_end(text: str, start: int, comma: int, resolver: SpeakerResolver) -> bool:
    """True when the words `text[start:comma]` end with a person's name set off by a comma (`Lors de …, la
    secrétaire générale déléguée, X` before `, a salué Y`): the name is the subject of the verb after the
    comma, and the words are no reported clause."""
    end = trim(text, start, comma)[1]
    return any(
        m.end == end and text[start : m.start].rstrip().endswith(",")
        for m in resolver.persons_within(start, end)
    )


def _words_after_marks(text: str, start: int, end: int) -> bool:
    """True when `text[start:end]` holds one pair of marks with words after it, and words before it or, with
    none, no punctuation closing the quotation and a lower-case word right after its mark (`The operation
    is designed to “cut off the flow of arms” into Libya`, `“NATO must return to its roots” to face these
    challenges`, before `, X said.`; not `« … », a` before `dit X`, nor `“…,” the President of X` before
    `said`): a mixed quote's clause."""
    marks = [m.start() for m in MARKS_RE.finditer(text, start, end)]
    if len(marks) != 2 or re.search(r"\w", text[marks[1] + 1 : end]) is None:
        return False
    return re.search(r"\w", text[start : marks[0]]) is not None or (
        text[marks[1] - 1] not in ",.!?" and re.match(r"\s*[a-zà-ÿ]", text[marks[1] + 1 : end]) is not None
    )


UNNAMED_GROUP_RE = re.compile(
    r"(?:the\s+|les\s+|des\s+)?(?:[a-zA-Z][\w-]*\s+)?(?:organi[sz]ers|officials|instructors|trainers|participants"
    r"|attendees|planners|evaluators|experts|observers|organisateurs|responsables|instructeurs|formateurs)(?![\w’'-])"
    r"(?:\s+(?:de\s+l['’]|de\s+la\s+|du\s+|des\s+|of\s+the\s+)[A-ZÀ-Ý][\w’'-]*(?![\w’'-]))?"
)
"""Persons the text describes without naming, in the plural, maybe with their body (`According to event
organizers,`, `Selon les instructeurs,`, `Selon des responsables de l'OTAN,`, `…, according to ISAF
officials.`, `…, officials said.`): the source of a report whose speaker is nobody named (`null`)."""
_UNNAMED_ONE_RE = re.compile(
    rf"(?:a|an|one)\s+(?:[\w’'-]+\s+){{0,3}}?(?:{PERSON_NOUNS}|officer|member|source)"
    r"(?:\s+(?:of|from|at|for|with|in)\s+[^,;:!?«»“”\"\n]{1,80})?"
)
"""One person the text describes without naming (`speech.PERSON_NOUNS`: `said a spokesman`; `said a senior
member of the counter-IED unit at ISAF Headquarters`): the speaker of an unmarked report is nobody named
(`null`)."""


_ALLIANCE_RE = re.compile(r"(?:[Tt]he\s+|[Ll]['’]\s*)Alliance")
"""`the Alliance` / `l’Alliance` speaking (`P, the Alliance announced at the Istanbul Summit.`): the speaker
is `null`, which entity a reader means by it not being settled (guidelines 2.4)."""


def _unnamed(text: str, start: int, end: int) -> Range | None:
    """The span of `text[start:end]` (trimmed) when it is only persons described without naming
    (`UNNAMED_GROUP_RE`, `_UNNAMED_ONE_RE`) or `the Alliance` (`_ALLIANCE_RE`); else None."""
    start, end = trim(text, start, end)
    if (
        UNNAMED_GROUP_RE.fullmatch(text, start, end)
        or _UNNAMED_ONE_RE.fullmatch(text, start, end)
        or _ALLIANCE_RE.fullmatch(text, start, end)
    ):
        return start, end
    return None


def attribution_in(
    text: str, tail: Range, resolver: SpeakerResolver, cue_first: bool = False
) -> tuple[Range, Range] | None:
    """Cue and speaker of `Mr Rasmussen added` / `he said` / `said the Secretary General` filling `tail`
    (also persons described without naming: `officials said`, `said a spokesman`, `_unnamed`); with
    `cue_first`, only the last form."""
    cue = CUE_RE.search(text, *tail)
    if cue is None:
        return None
    if cue_first and cue.start() != tail[0]:
        return _apposed_attribution(text, tail, cue, resolver)
    pronoun = INVERTED_PRONOUN_RE.search(text, cue.start(), cue.end())
    if pronoun is not None and closes_attribution(text, cue.end(), tail[1]):
        # `…, a-t-il déclaré.`, `…, a-t-il déclaré ce jeudi à Bruxelles.`: the subject inside the cue
        return cue.span(), pronoun.span("pronoun")
    if closes_attribution(text, cue.end(), tail[1]):  # `<speaker> <cue>`, maybe `at a press conference`
        phrase = resolver.phrase_at(text, tail[0], cue.start()) or _unnamed(text, tail[0], cue.start())
        if phrase is not None and not text[phrase[1] : cue.start()].strip():  # `X said`, `officials said`
            return cue.span(), phrase
        if cue.start() != tail[0]:
            return None  # the cue opening the tail, its setting may be when the speaker after it spoke
    if cue.start() == tail[0]:  # `<cue> <speaker>`, maybe `à New York`, `on 11 May 2012`
        when = _WHEN_AFTER_CUE_RE.match(text, cue.end(), tail[1])  # `a déclaré ce jeudi (13 octobre) X`
        phrase = resolver.phrase_at(text, when.end() if when else cue.end(), tail[1])
        phrase = with_apposed_name(text, phrase, tail[1], resolver) if phrase is not None else None
        if (
            phrase is not None
            and (
                closes_attribution(text, phrase[1], tail[1])
                or _apposed_title(text, phrase, tail[1], resolver, further=True)
            )
            and not PRONOUN_RE.fullmatch(text, *phrase)
        ):
            return cue.span(), phrase
        described = _described(text, cue.end(), tail[1], resolver)  # `said the chief of surgery, Dr. X`
        described = described or _post_before_name(text, cue.end(), tail[1], resolver)
        described = described or _unnamed(text, cue.end(), tail[1])  # `said a spokesman`
        return (cue.span(), described) if described is not None else None
    return None


def _apposed_attribution(
    text: str, tail: Range, cue: re.Match[str], resolver: SpeakerResolver
) -> tuple[Range, Range] | None:
    """Cue and speaker of `X, title, <cue>` filling `tail` after an earlier comma than the last (`P, Marriët
    Schuurman, NATO’s Special Representative for Women, Peace and Security stressed.`): the name's person,
    the title in apposition holding a title's word (`_apposed_title`); else None."""
    phrase = resolver.phrase_at(text, tail[0], cue.start())
    if (
        phrase is None
        or not closes_attribution(text, cue.end(), tail[1])
        or not _apposed_title(text, phrase, cue.start(), resolver)
    ):
        return None
    return cue.span(), phrase


_WHEN_AFTER_CUE_RE = re.compile(rf"{WHEN_SAID}(?=\s)")
"""When the words were said, between the verb of saying and the speaker after it (`a déclaré ce jeudi (13
octobre 2022) le secrétaire général`, `said today NATO Secretary General X`)."""
_DESCRIPTION_RE = re.compile(
    rf"\s*(?:the|le|la|l['’])\s*[^,;:()]{{1,60}},\s*(?P<name>(?:{HONORIFICS}\s+)?)", re.IGNORECASE
)
"""A description set before the speaker's name after the cue (`said the chief of surgery, Dr. `, `a
déclaré le chef de la délégation, M. `)."""


def _described(text: str, start: int, end: int, resolver: SpeakerResolver) -> Range | None:
    """The name, with its honorific, of the person a description right after a cue at `start` sets off
    (`said the chief of surgery, Dr. Durand-Dastes.`), when the name ends the attribution at `end`."""
    described = _DESCRIPTION_RE.match(text, start, end)
    named = resolver.persons_within(described.end(), end) if described is not None else []
    if described is None or not named or named[0].start != described.end():
        return None
    return (described.start("name"), named[0].end) if closes_attribution(text, named[0].end, end) else None


_POST_BEFORE_NAME_RE = re.compile(
    rf"[^\S\n]*(?:the[^\S\n]+)?(?:[\w.-]+[’']s[^\S\n]+)?(?:[a-z][\w-]*[^\S\n]+){{0,2}}?(?:{PERSON_NOUNS})[^\S\n]+"
)
"""A post's noun right before the speaker's name after the cue, no comma between, maybe after an article, a
body's possessive and adjectives (`says the brigade’s spokesman Major X`, `said chief spokesman X`)."""


def _post_before_name(text: str, start: int, end: int, resolver: SpeakerResolver) -> Range | None:
    """The speaker phrase after a post's noun (`_POST_BEFORE_NAME_RE`) right after a cue at `start` (`says
    the brigade’s spokesman Major X.`), when it holds a person's name and ends the attribution at `end`."""
    post = _POST_BEFORE_NAME_RE.match(text, start, end)
    phrase = resolver.phrase_at(text, post.end(), end) if post is not None else None
    if phrase is None or not resolver.persons_within(*phrase) or not closes_attribution(text, phrase[1], end):
        return None
    return phrase


_APPOSED_NAME_RE = re.compile(rf"\s*,\s*(?:{HONORIFICS}\s+)?")
"""A comma (and an honorific) between a title and the name set in apposition after it."""


def with_apposed_name(text: str, phrase: Range, end: int, resolver: SpeakerResolver) -> Range:
    """`phrase` and the person's name set in apposition right after it, before `end` (`a déclaré le
    secrétaire général de l’OTAN, X, ce vendredi`: the title and X), else `phrase`."""
    apposed = _APPOSED_NAME_RE.match(text, phrase[1], end)
    named = resolver.persons_within(apposed.end(), end) if apposed is not None else []
    if apposed is not None and named and named[0].start == apposed.end():
        return phrase[0], named[0].end
    return phrase


_POST_NOUN_RE = re.compile(
    rf"(?<![\w’'-])(?:{PERSON_NOUNS}|officer|coordinator|coordinateur|coordinatrice|instructor|instructeur)(?![\w’'-])",
    re.IGNORECASE,
)
"""A noun naming a post or a person that is no title before a name (`TITLE_RE`): `speech.PERSON_NOUNS`
(`head of plans`, `team leader`, `RC-West official`), `public affairs officer`, `exercise coordinator`, `the
instructor of the class`, in the apposition after a speaker's name."""
_OF_UNIT_RE = re.compile(r"(?:(?:of|from|with)\s+(?:the\s+)?[A-Z0-9]|\d+(?:st|nd|rd|th)\s+[A-Z])")
"""The unit or office a speaker belongs to, as the apposition after the name (`said Sgt. X, of the Press
Office.`, `said Capt. X, from the 2nd Battalion.`, `said Tech. Sgt. X, 1st Security Forces Squadron, the
instructor of the class.`)."""


_DESCRIPTION_APPOSED_RE = re.compile(
    r"(?:a|an)\s+(?:[\w’'()-]+\s+){0,6}?(?!(?:day|week|month|year|time|moment)s?\b)[\w’'-]+\s*",
    re.IGNORECASE,
)
"""A person's description after an indefinite article, as the apposition after the name (`said Cpl. X, a
Canadian OMLT gunner.`), not a time (`, a day after`)."""
_FURTHER_APPOSITIONS_RE = re.compile(
    r"(?:,[^\S\n]*(?!(?:who|which|that|and|but|while|as|when)(?![\w’'-]))"
    r"(?:(?!(?<![\w’'-])(?:is|was|were|are|has|have|had|will|would|who|which|that)(?![\w’'-]))"
    r"[^,;:!?«»“”\"\n]){1,80}){1,4}"
)
"""Further appositions after a title (`, commanding mentor and a native of Gage Town, New Brunswick,
Canada`): at most four stretches between commas, none opening a clause or holding a finite verb or a
relative pronoun."""


def _apposed_title(
    text: str, phrase: Range, end: int, resolver: SpeakerResolver, further: bool = False
) -> bool:
    """True when a person's name `phrase` is followed, up to `end`, only by a title in apposition
    (`APPOSED_TITLE_RE`: `explained Col. X, 82nd Airborne Division’s 4th Brigade Combat Team commander.`,
    or a post's noun: `added X, head of plans for the centre.`, or the speaker's unit: `said Sgt. X, of the
    Press Office.`, or a description: `said Cpl. X, a Canadian gunner.`), with `further` (the name right
    after its cue) maybe followed by further appositions (`_FURTHER_APPOSITIONS_RE`), or
    closed by a comma and a setting (`closes_attribution`: `a souligné Mme X, représentante spéciale …,
    au terme d’une visite de trois jours en Afghanistan.`)."""
    if not resolver.persons_within(*phrase):
        return False
    closings = [
        end,
        *(c for c in range(phrase[1] + 1, end) if text[c] == "," and closes_attribution(text, c, end)),
    ]
    after = text.find(",", phrase[1] + 1, end) if further else -1  # `, an … officer, commanding mentor and a
    if after != -1 and _FURTHER_APPOSITIONS_RE.fullmatch(text, after, end):  # native of X`
        closings.append(after)
    for closing in closings:
        apposed = APPOSED_TITLE_RE.fullmatch(text, phrase[1], closing)
        if (
            apposed is not None
            and (
                TITLE_RE.search(apposed["title"])
                or _POST_NOUN_RE.search(apposed["title"])
                or _OF_UNIT_RE.match(apposed["title"])
                or _DESCRIPTION_APPOSED_RE.fullmatch(apposed["title"])
            )
            and not CUE_RE.search(apposed["title"])
        ):
            return True
    return False


_CLEFT_RE = re.compile(
    r"(?:c['’]est|voilà|tel\s+est)\s+(?:en\s+substance\s+|notamment\s+)?ce\s+qu['’](?=(?:a|ont)\s)"
    r"|(?:this|that)\s+(?:is|was)\s+(?:the\s+message\s+)?(?:what|that)\s+(?=(?-i:[A-Z]))",
    re.IGNORECASE,
)
"""A sentence opening on a cleft that points back at the sentence before as someone's words (`P. C’est ce
qu’a déclaré X lors d’un séminaire`, `P. This is what X told …`)."""


def cleft_reported(
    text: str, sentences: Sequence[Range], resolver: SpeakerResolver
) -> list[tuple[Range, Range, Range]]:
    """(content, cue, speaker mention) of each sentence P without quotation marks followed, in the same
    paragraph, by a sentence opening on a cleft that names its speaker (`P. C’est ce qu’a déclaré le
    secrétaire général, X, lors d’un séminaire`, `P. This is what Ambassador X said in …`): P is X's
    indirect quote. Offsets are code points; P needs `MIN_WORDS` words."""
    found = []
    for (start, end), (after, stop) in itertools.pairwise(sentences):
        cleft = _CLEFT_RE.match(text, after, stop)
        start, end = without_final_punctuation(text, start, end)
        if cleft is None or "\n" in text[end:after] or MARKS_RE.search(text, start, end):
            continue
        cue = CUE_AFTER_ELISION_RE.match(text, cleft.end(), stop)  # `qu’a déclaré`
        phrase = resolver.phrase_at(text, cue.end(), stop) if cue is not None else None
        if cue is None:  # `This is what X said`: the speaker before the cue
            phrase = resolver.phrase_at(text, cleft.end(), stop)
            cue = CUE_RE.match(text, phrase[1] + 1, stop) if phrase is not None else None
        if cue is None or phrase is None or len(text[start:end].split()) < MIN_WORDS:
            continue
        found.append(((start, end), cue.span(), with_apposed_name(text, phrase, stop, resolver)))
    return found
