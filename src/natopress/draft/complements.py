"""The person named after a title's complement inside a capitalised run (natopress.draft.names): `Chief of
Staff Chris Rose`, `President of Estonia Alar Karis`, `the Secretary General of NATO Jens Stoltenberg`."""

from __future__ import annotations

import re

from natopress.draft.capsnames import INITIAL_RE, PARTICLEWORD_RE
from natopress.draft.countries import is_country
from natopress.draft.lexicon import all_common, is_common
from natopress.draft.nameparts import NameCandidate, personal
from natopress.draft.namewords import BODY_OF_RE, TITLE_NOUNS, TITLES, words_of
from natopress.draft.speech import PERSONAL_HONORIFICS
from natopress.draft.things import NAMED_THING_RE, NAMED_THING_REACH
from natopress.model import EntityType
from natopress.text.sentences import trim

_TITLE_OF_BEFORE_RE = re.compile(
    r"(?<![\w’'-])(?P<title>(?:(?:Prime|Deputy|Vice|Foreign|Defen[cs]e|Assistant|First|Chief|Supreme|Senior|Executive"
    r"|Permanent|Special|Secretary|Director)[ \t]+){0,2}(?P<head>[A-Z][\w’'-]*))[ \t]+(?:of|for|to)[ \t]+(?:the[ \t]+)?"
    r"(?:[A-Z][\w’'-]*(?:[ \t]+(?:and[ \t]+)?[A-Z][\w’'-]*){0,2}[ \t]+(?:of|to)[ \t]+(?:the[ \t]+)?)?"
    r"(?:(?:Republic|Kingdom|Grand[ \t]+Duchy|Principality|Federation|State)[ \t]+of[ \t]+)?"
    r"(?:[A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*){0,5}/)?\Z"
)
"""A title (its head and up to two words before it) and `of` or `for` before its complement, maybe through a
portfolio (`Minister of Defence of ` Latvia …), a country's name (`Permanent Representative of France to `
NATO …), a state's style (`Prime Minister of the Republic of ` Estonia …) or the body's other name before a
slash (`Special Advisor to the NATO Strategic Direction South Hub/` Balkans Lead Office X)."""
_COMPLEMENT_HEADS = TITLE_NOUNS | words_of("Chief President Chair Coordinator Leader General Consul Speaker")


def complement_before(text: str, start: int, floor: int = 0) -> re.Match[str] | None:
    """The title and `of` or `for` right before `start` (within 90 code points, not before `floor`):
    `Minister of ` Defence …, `Chief of ` Staff …, its head one of `_COMPLEMENT_HEADS`; else None."""
    before = _TITLE_OF_BEFORE_RE.search(text, max(floor, start - 90), start)
    return before if before and before["head"].rsplit("-", 1)[-1] in _COMPLEMENT_HEADS else None


def complement_run(text: str, start: int, end: int, floor: int) -> bool:
    """True when a body's word and `for`/`of` (`BODY_OF_RE`: `Agency for ` International Development), or a
    title and `of` before a run `text[start:end]` ending on a common word (`complement_before`: `Director of `
    Ostravia Insight), stand right before `start`: the run is the rest of the body's name or the title's
    complement, no person."""
    return BODY_OF_RE.search(text, max(floor, start - 30), start) is not None or (
        is_common(text[start:end].split()[-1]) and complement_before(text, start, floor) is not None
    )


def after_complement(text: str, start: int, end: int, floor: int) -> NameCandidate | None:
    """The person named at the end of a title's complement, with no comma (`Chief of Staff Chris Rose`,
    `Commander of KFOR Jan Berg`: the run from `Staff`, from `KFOR`): the words after the complement's
    last body, place (a country's one-word name included: `President of Estonia Alar Karis`) or common word
    or acronym, else the words after its first, unless they open with an English common word (`Director of
    Logistics Richard L. Morningstar`, `President of Estonia Toomas Hendrik Ilves`; not `Director of
    Armaments Planning X`), when they can be a name after a title (a particle inside it is no thing:
    `President of the European Commission Ursula von der Leyen`); None otherwise. The complement may run
    through a state's style (`Prime Minister of the Republic of Estonia Kaja Kallas`); a name of two words or
    more typed in capitals closing the run is the name (`President of Ostravia MAREK HALVORSEN`)."""
    before = complement_before(text, start, floor)
    if before is None:
        return None
    found = list(re.finditer(r"\S+", text[start:end]))
    words = [w.group() for w in found]
    things = [
        i
        for i, w in enumerate(words)
        if not INITIAL_RE.fullmatch(w)
        and not (0 < i < len(words) - 1 and w.islower() and PARTICLEWORD_RE.fullmatch(w))  # `von der`
        and (w.isupper() or not personal([w]) or is_country(w))
    ]
    capitals = 0  # `of Ostravia MAREK HALVORSEN`: the words typed in capitals closing the run, a name's
    while capitals < len(words) and _CAPS_WORD_RE.fullmatch(words[-1 - capitals]):
        capitals += 1
    if 2 <= capitals < len(words):
        things = [i for i in things if i < len(words) - capitals]
    first = things[-1] + 1 if things else 1  # `Estonia Toomas Hendrik Ilves`; not `Armaments Planning X`
    if (
        len(words) - first < 2
        or re.search(r"['’]s\Z", words[first - 1])  # `of NATO’s Airborne Warning`: the body's thing
        or not personal(words[first:], titled=True)
        or (not things and is_common(words[1]))
        or (len(words) - first > 2 and all_common(words[first:]))  # `of the NATO Airborne Early Warning`
    ):
        return None
    at = start + found[first].start()
    thing = NAMED_THING_RE.search(text, max(floor, at - NAMED_THING_REACH), at)
    if thing is not None and not thing.group().rstrip().endswith("s"):
        return None  # `Commander of Operation Unified Protector`: the operation's name; not `Assistant
        # Secretary General for Operations Stephen Evans`, a portfolio
    return NameCandidate(
        at, end, EntityType.PER, (before.start("title"), trim(text, before.start("title"), at)[1])
    )


_CAPS_WORD_RE = re.compile(r"[A-ZÀ-Ý][A-ZÀ-Ý’'-]*[AEIOUYÀ-Ý][A-ZÀ-Ý’'-]*")
"""A word typed in capitals with a vowel, two letters or more (`HALVORSEN`): a name's word at a run's end."""
_BODY_THEN_NAME_RE = re.compile(r"(NATO|OTAN)\s+(?=[A-ZÀ-Ý])")
_ACRONYM_THEN_NAME_RE = re.compile(r"([A-Z]{2,6}\d?)\s+(?=[A-ZÀ-Ý][a-zà-ÿ])")
"""A body's acronym after a title's `of`, then a name (`the Deputy Rector of MSLU Yuri X`)."""
_HONORIFIC_AT_RE = re.compile(rf"{PERSONAL_HONORIFICS}\s+")
_TITLE_OF_RE = re.compile(
    rf"(?:(?:Deputy|Vice|Assistant)\s+)?(?:{TITLES})\s+(?:of|de\s+l['’])\s*\Z", re.IGNORECASE
)
"""`Secretary General of ` NATO Jens Stoltenberg, `Secrétaire général de l’` OTAN Jaap de Hoop Scheffer:
NATO's name ends a title's complement, and a name follows it."""


def body_then_name(text: str, start: int, end: int, floor: int) -> list[NameCandidate]:
    """NATO's name ending a title's complement, then a person's name (`the Secretary General of NATO Jens
    Stoltenberg`): NATO, and the person with that title as role; NATO's name then an honorific and a name
    (`… de l'OTAN M. Javier Solana`): NATO, and the person; also another body's acronym after a title's
    complement (`the Deputy Rector of MSLU Yuri X`); else no candidates."""
    body = _BODY_THEN_NAME_RE.match(text, start, end)
    honorific = _HONORIFIC_AT_RE.match(text, body.end(), end) if body is not None else None
    if body is not None and honorific is not None and personal(text[honorific.end() : end].split()):
        return [  # `Déclaration du Secrétaire général de l'OTAN M. Javier Solana`, its accents lost or not
            NameCandidate(start, body.end(1), EntityType.ORG, None),
            NameCandidate(honorific.end(), end, EntityType.PER, None),
        ]
    named = len(text[start:end].split()) > 2  # `the Deputy Rector of MSLU Yuri X`; not `JFC Naples`
    body = body or (_ACRONYM_THEN_NAME_RE.match(text, start, end) if named else None)
    title = _TITLE_OF_RE.search(text, max(floor, start - 40), start) if body is not None else None
    if body is None or title is None or not personal(text[body.end() : end].split(), titled=True):
        return []
    return [
        NameCandidate(start, body.end(1), EntityType.ORG, None),
        NameCandidate(body.end(), end, EntityType.PER, (title.start(), body.end(1))),
    ]


_STAFF_RUN_RE = re.compile(r"(?:General|Defen[cs]e|Joint|Naval|Army|Air)[ \t]+Staff[ \t]")
"""A staff's name opening a run after `Chief of (the)` (`General Staff`, `Defence Staff`): its first word is
no rank and names no body of its own."""


def after_staff(text: str, start: int, end: int, floor: int) -> list[NameCandidate]:
    """The person named after a staff's name that opens the run `text[start:end]` after `Chief of (the)`
    (`Chief of General Staff Marek Halvorsen`, `Chief of the Defence Staff X`: `after_complement`), read before
    the run's `General` is taken for a rank or its `Staff` for a body; else an empty list."""
    closing = after_complement(text, start, end, floor) if _STAFF_RUN_RE.match(text, start, end) else None
    return [closing] if closing is not None else []
