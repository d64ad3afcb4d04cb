"""Collective speakers: an organisation or body that the text has say something (`Le Conseil de
l’Atlantique Nord a déclaré que`, `“…,” the Council said`, `Allies stressed that`).

ANNOTATION_GUIDELINES.md §2.4 ("Collective speakers") states which ones are annotated: an organisation or
body the text names as the one saying (a name: `North Atlantic Council`, `NATO`; a designation of a body
the same text names: `the Council`; `Allies` / `les Alliés`, proposed as an ORG entity named as written).
A generic group (`the ministers`, `les participants`) is no entity: its quotes keep a null speaker.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from natopress.draft.nameparts import NameCandidate
from natopress.draft.speech import CUE_RE, INDIRECT_RE
from natopress.model import EntityType

Range = tuple[int, int]

BODY_HEADS = (
    *("Council", "Conseil", "Commission", "Committee", "Comité"),
    *("Assembly", "Assemblée", "Government", "Gouvernement"),
)
"""Head nouns of a body's designation (`the Council`): it designates the body of the same text whose name
holds that word (`North Atlantic Council`, `Conseil de l’Atlantique Nord`)."""
ALLIES_RE = re.compile(r"(?<![\w’'-])(?:Allies|Alliés)(?![\w’'-])")
"""`Allies`, `Alliés`: NATO's member states together, a collective speaker when they are the subject."""
COLLECTIVE_RE = re.compile(
    r"(?:(?i:le|la|les|the)\s+|(?i:l)['’])?(?:(?:NATO|OTAN)\s+)?"
    rf"(?P<head>{'|'.join(BODY_HEADS)}|Allies|Alliés)(?![\w’'-])"
)
"""A collective speaker phrase without a name: `the Council`, `le Conseil`, `les Alliés`, `NATO Allies`."""
_SUBJECT_LEAD_RE = re.compile(
    r"(?:^|[.!?:;,])\s*(?P<det>(?:(?i:le|la|les|the)\s+|(?i:l)['’])?(?:(?:NATO|OTAN)\s+)?)$"
)
"""What stands before a collective subject in its sentence: nothing, or a lead ending with a comma
(`Today, the Council said`), then an optional article and `NATO`. Anything else (`le secrétaire général
de l’OTAN`, `X et le Conseil`) makes the body no subject of its own."""
_ENDS_PHRASE_RE = re.compile(r"\s+[a-zà-ÿ]|\s*[,.;:»”\"]|\s*$")
"""What follows a collective subject: a lower-case word (its verb) or punctuation, never a capitalised
word (`NATO Secretary General`: NATO is then no subject)."""
_PERSONS_NOUN_RE = re.compile(
    r"\s+(?:representatives?|officials?|spokes(?:person|man|woman)|delegation|delegates?|team|staff|members?"
    r"|commanders?|forces|troops|leaders|ministers|ambassadors?|experts?|officers?|personnel|soldiers|sailors"
    r"|airmen|envoys?|advis[eo]rs?|chiefs?|heads?|partners?|représentants?|responsables?|délégation"
    r"|porte-parole|experts?|officiers?|soldats|militaires|troupes|dirigeants|ambassadeurs?)(?![\w’'-])"
)
"""A noun of persons right after a body's name (`The NATO representative, …`, `NATO officials`): the name
modifies it, it is no collective subject."""
_AUXILIARY_RE = re.compile(r"\s+(?:(?:have|had|also|again|all|ont|avaient)\s+)*")


@dataclass(frozen=True)
class OrgMention:
    """An organisation's mention: span and entity id."""

    start: int
    end: int
    entity: str


def _says_after(text: str, end: int, limit: int) -> bool:
    """True when a verb of saying follows the word ending at `end` (`Allies have stressed that`)."""
    gap = _AUXILIARY_RE.match(text, end, limit)
    if gap is None:
        return False
    space = re.compile(r"\s+").match(text, end, limit)
    starts = {gap.end(), space.end() if space is not None else gap.end()}
    return any(CUE_RE.match(text, s, limit) or INDIRECT_RE.match(text, s, limit) for s in starts)


def allies_candidates(text: str, regions: Iterable[Range]) -> list[NameCandidate]:
    """`Allies` / `Alliés` as the subject of a verb of saying, as ORG name candidates (not after `NATO`,
    whose `NATO Allies` is a name of its own)."""
    found = []
    for start, end in regions:
        line = start
        for match in ALLIES_RE.finditer(text, start, end):
            line = max(line, text.rfind("\n", start, match.start()) + 1)
            lead = _SUBJECT_LEAD_RE.search(text[line : match.start()])
            if lead is None or re.search(r"(?:NATO|OTAN)\s+$", lead["det"]):
                continue
            if _says_after(text, match.end(), end):
                found.append(NameCandidate(match.start(), match.end(), EntityType.ORG))
    return found


def collective_before(text: str, lower: int, position: int, ending: Sequence[OrgMention]) -> Range | None:
    """The collective subject ending at `position` (its organisation mentions `ending` there, longest
    first; else a phrase such as `the Council`), opening its clause after `lower`; else None."""
    candidates = [(m.start, m.end) for m in sorted(ending, key=lambda m: m.start)]
    candidates += [m.span("head") for m in COLLECTIVE_RE.finditer(text, max(lower, position - 40), position)]
    for start, end in candidates:
        if end != position or start < lower:
            continue
        lead = _SUBJECT_LEAD_RE.search(text[lower:start])
        if lead is not None:
            return lower + lead.start("det"), end
    return None


def collective_at(
    text: str, position: int, limit: int, starting: dict[int, list[OrgMention]]
) -> Range | None:
    """The collective subject starting at `position` (an organisation's mention after an optional article,
    or `the Council`), followed by a verb or punctuation, not reaching past `limit`; else None."""
    lead = re.compile(r"(?:(?i:le|la|les|the)\s+|(?i:l)['’])?").match(text, position, limit)
    begin = lead.end() if lead is not None else position
    ends = [m.end for m in starting.get(begin, ()) if m.end <= limit]
    phrase = COLLECTIVE_RE.match(text, position, limit)
    if phrase is not None:
        ends.append(phrase.end())
    for end in sorted(ends, reverse=True):
        if _ENDS_PHRASE_RE.match(text, end, limit) and not _PERSONS_NOUN_RE.match(text, end, limit):
            return position, end
    return None


_GROUP_RE = re.compile(
    r"(?<![\w’'-])(?:Ministers|Directors|Leaders|Chiefs|Commanders|Ambassadors|Delegates|Envoys|Advis[eo]rs"
    r"|Experts|Heads|Officials|Representatives|ministres|dirigeants|chefs|directeurs|ambassadeurs)\Z"
)
"""A plural word of persons ending a name (`NATO Defence Ministers`, `National Armaments Directors`): a
group of persons, no body, so no speaker (guidelines 2.4: `the ministers` is no entity)."""


def collective_speaker(text: str, phrase: Range, organisations: Sequence[OrgMention]) -> str | None:
    """The organisation the collective phrase `text[phrase]` names: its own mention (`Le Conseil de
    l’Atlantique Nord`, `NATO`, `Allies`), else for `the Council` the nearest organisation before it whose
    mention holds that head word (else the first after it); None when the text names none, or a group of
    persons (`NATO Defence Ministers`, `_GROUP_RE`)."""
    start, end = phrase
    lead = re.compile(r"(?:(?i:le|la|les|the)\s+|(?i:l)['’])?").match(text, start, end)
    begin = lead.end() if lead is not None else start
    own = [m for m in organisations if m.start == begin and m.end == end]
    if own:
        return None if _GROUP_RE.search(text, own[0].start, own[0].end) else own[0].entity
    body = COLLECTIVE_RE.fullmatch(text, start, end)
    if body is None:
        return None
    word = re.compile(rf"(?<![\w’'-]){re.escape(body['head'])}(?![\w’'-])")
    named = [
        m for m in organisations if (m.start, m.end) != (start, end) and word.search(text, m.start, m.end)
    ]
    before = [m for m in named if m.end <= start]
    if before:
        return before[-1].entity
    after = [m for m in named if m.start >= end]
    return after[0].entity if after else None
