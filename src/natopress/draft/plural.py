"""A plural subject that names the two persons of the words before it (`The Secretary General and Prime
Minister X discussed …. They agreed that P`, `Le secrétaire général a eu un entretien avec le ministre, X :
tous deux ont estimé que P`): the two speak jointly (ANNOTATION_GUIDELINES.md §2.4, joint statements and
coordinated subjects)."""

from __future__ import annotations

import re

from natopress.draft.entities import SpeakerResolver
from natopress.draft.phrases import LEAD_RE
from natopress.draft.speech import HONORIFIC_RE, TITLE_PHRASE_RE
from natopress.text.sentences import Range

_PLURAL_RE = re.compile(
    r"(?P<subject>(?i:they|ils|elles|(?:tous|toutes)\s+(?:les\s+)?deux|both(?:\s+(?:leaders|men|women))?"
    r"|the\s+two\s+(?:leaders|men|women)|les\s+deux\s+(?:hommes|femmes|dirigeants|responsables)))"
    r"(?:\s+(?i:also|then|further|again))?\s*"
)
"""A plural subject before its cue (`They also agreed`, `Tous deux ont souligné`, `Both leaders noted`); not
`the leaders` (at a summit, every Ally's)."""
_CLAUSE_BREAK_RE = re.compile(r"\s*(?:[:;]|,?\s(?:and|et)(?=\s))\s*")
"""A colon, a semicolon or `and` before the plural subject inside one sentence (`… avec le ministre, X : tous
deux`, `X and Prime Minister Y both agreed on …, and they welcomed that`)."""


def plural_subject(
    text: str, resolver: SpeakerResolver, sentence: Range, previous: Range | None, cue: Range
) -> tuple[Range, list[str]] | None:
    """The span of a plural subject right before `cue` (after a lead, or after a colon in `sentence`) and
    the two persons it stands for, that subject first: the persons named in the clause before the colon, else
    in the `previous` sentence of the paragraph, when there are exactly two and one of them is that
    clause's or sentence's subject. None otherwise (`They` after a sentence about a group, three persons,
    or a subject that is neither)."""
    head = text[sentence[0] : cue[0]]
    colon = list(_CLAUSE_BREAK_RE.finditer(head))
    start = sentence[0] + colon[-1].end() if colon else sentence[0]
    lead = LEAD_RE.match(text, start, cue[0])
    for position in (start, lead.end() if lead is not None else None):
        plural = _PLURAL_RE.fullmatch(text, position, cue[0]) if position is not None else None
        if plural is not None:
            break
    else:
        return None
    region = (sentence[0], sentence[0] + colon[-1].start()) if colon else previous
    if region is None:
        return None
    persons = _persons(text, resolver, region)
    subject = resolver.sentence_subject(text, *region) or _joined_subject(text, resolver, region)
    own = resolver.resolve(text, *subject, None) if subject is not None else None
    if len(persons) != 2 or own not in persons:
        return None
    return plural.span("subject"), [own, *(p for p in persons if p != own)]  # the subject first


def _persons(text: str, resolver: SpeakerResolver, region: Range) -> list[str]:
    """The persons `text[region]` names, by name, by an honorific and surname (`Mme Y`) or by a title the
    release gives to one person, in text order, each once."""
    named = resolver.persons_within(*region)
    found = [(m.start, m.entity) for m in named]
    honorifics = [
        h
        for h in HONORIFIC_RE.finditer(text, *region)
        if not any(m.start < h.end() and h.start() < m.end for m in named)  # not inside a name found
    ]
    for honorific in honorifics:  # `Le secrétaire général et Mme Y ont abordé`: the surname's person
        holder = resolver.resolve(text, *honorific.span(), None)
        if holder is not None:
            found.append((honorific.start(), holder))
    for title in TITLE_PHRASE_RE.finditer(text, *region):  # `The Secretary General and Prime Minister X`
        if any(not text[title.end() : m.start].strip() for m in named if m.start >= title.end()):
            continue  # `the Russian Foreign Minister Sergey X`: the title of the name after it
        holder = resolver.resolve(text, *title.span(), None)
        if holder is not None:
            found.append((title.start(), holder))
    return list(dict.fromkeys(entity for _, entity in sorted(found)))


_AND_NEXT_RE = re.compile(r"\s+(?:and|et)\s", re.IGNORECASE)


def _joined_subject(text: str, resolver: SpeakerResolver, region: Range) -> Range | None:
    """The first of two joined subjects opening `region`, maybe after a lead (`During the meeting, General X
    and Minister Y discussed …`), which `sentence_subject` leaves out (no verb right after it); None when
    no phrase opens it or no `and`/`et` follows that phrase."""
    lead = LEAD_RE.match(text, *region)
    phrase = resolver.phrase_at(text, lead.end() if lead is not None else region[0], region[1])
    return phrase if phrase is not None and _AND_NEXT_RE.match(text, phrase[1]) else None


def opens_with_plural(text: str, start: int, end: int) -> bool:
    """True when the sentence `text[start:end]` opens with a plural subject (`Ils se sont félicités …`)."""
    return _PLURAL_RE.match(text, start, end) is not None
