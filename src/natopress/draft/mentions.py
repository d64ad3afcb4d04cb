"""Entity mentions suggested from the registry's names and aliases (by name) and from titles and ranks
(nominal mentions: `le secrétaire général` linked to the person the release names with that title)."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from natopress.draft.gluedwords import GLUED_WORDS
from natopress.draft.holders import (
    LONGER_AFTER_RE,
    apposition_namings,
    holder_at,
    nato_holder,
    nato_namings,
)
from natopress.draft.namewords import COMMON_WORDS, DEMONYMS, STOP_WORDS, TITLE_RE
from natopress.draft.speech import BARE_RANK_RE, HONORIFICS, NAME_AFTER_TITLE_RE, RANKS_WITHOUT_POINT
from natopress.draft.titles import title_complement
from natopress.model import EntityType, Registry


@dataclass(frozen=True)
class FoundMention:
    """A registry name found in the text: span, entity id and the entity's type."""

    start: int
    end: int
    entity: str
    type: EntityType


def _names(registry: Registry, text: str) -> dict[str, str]:
    """Every name and alias → entity id (entities merged into another one are skipped). An alias several
    entities share goes to the first whose full name `text` gives (`Osmani` after `Bujar Osmani`, not a
    registered Vjosa Osmani), else to the first."""
    names: dict[str, str] = {}
    live = [entity for entity in registry.entities if entity.replaced_by is None]
    for entity in sorted(live, key=lambda e: e.name.strip() not in text):  # stable: registry order kept
        for name in (entity.name, *entity.aliases):
            names.setdefault(name.strip(), entity.id)
    return {name: entity for name, entity in names.items() if name}


def _crosses(a: FoundMention, b: FoundMention) -> bool:
    """True when two spans overlap without one containing the other."""
    return (
        a.start < b.end
        and b.start < a.end
        and not ((a.start <= b.start and b.end <= a.end) or (b.start <= a.start and a.end <= b.end))
    )


def _keep_nested(found: list[FoundMention]) -> list[FoundMention]:
    """Longest first: a match crossing a longer kept one is dropped; one nested inside it is kept unless it
    names the same entity (`Stoltenberg` inside `Jens Stoltenberg`)."""
    longest = max((m.end - m.start for m in found), default=0)
    kept: list[FoundMention] = []
    starts: list[tuple[int, int]] = []  # (start, index in kept), sorted: only near mentions can overlap
    for mention in sorted(found, key=lambda m: (-(m.end - m.start), m.start)):
        low = bisect.bisect_left(starts, (mention.start - longest, -1))
        high = bisect.bisect_left(starts, (mention.end, -1))
        clash = any(
            _crosses(mention, other)
            or (other.start <= mention.start and mention.end <= other.end and other.entity == mention.entity)
            or (mention.start, mention.end) == (other.start, other.end)
            for other in (kept[i] for _, i in starts[low:high])
        )
        if not clash:
            bisect.insort(starts, (mention.start, len(kept)))
            kept.append(mention)
    return sorted(kept, key=lambda m: (m.start, -m.end))


def suggest_mentions(
    text: str, regions: Iterable[tuple[int, int]], registry: Registry, proposed: frozenset[str] = frozenset()
) -> list[FoundMention]:
    """Registry names in the regions: whole words, case-sensitive; nested names kept, crossing ones not; a
    registered person's surname alone (not of the `proposed` ids: this text's own names) not after another
    given name (`_other_given_name`), nor at all when the text names another person of that surname and
    never the registered one in full.

    `Équipe OTAN de conseil et de liaison` yields the team and, inside it, `OTAN`.
    """
    names = _names(registry, text)
    types = {entity.id: entity.type for entity in registry.entities}
    full = {entity.id: entity.name for entity in registry.entities}
    found: list[FoundMention] = []
    for name, entity in names.items():
        glued = GLUED_AFTER if entity in proposed and types[entity] is EntityType.PER and " " in name else ""
        pattern = re.compile(rf"(?<!\w){re.escape(name)}(?:(?!\w){glued})")
        matches = [m for start, end in regions for m in pattern.finditer(text, start, end)]
        others = [
            types[entity] is EntityType.PER
            and entity not in proposed
            and _other_given_name(text, m.start(), name, full[entity])
            for m in matches
        ]
        if any(others) and full[entity] not in text:  # `Colonel Tom Stoltenberg … colonel Stoltenberg`: Tom's
            continue
        found.extend(
            FoundMention(m.start(), m.end(), entity, types[entity])
            for m, other in zip(matches, others, strict=True)
            if not other
        )
    return _keep_nested(found)


GLUED_AFTER = rf"|(?=(?:{GLUED_WORDS})(?!\w))"
"""A function word a page ran together with the end of this text's own full name (`Ilse Vargaat a
workshop`: natopress.draft.gluedwords), as a pattern's alternative after the name."""
_GIVEN_BEFORE_RE = re.compile(r"(?<![\w’'.-])(?P<given>[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?)[ \u00a0]+\Z")
"""A capitalised word right before a registered surname: maybe another person's given name."""
_HONORIFIC_WORD_RE = re.compile(HONORIFICS)
"""An honorific alone (`Mr`, `Dr`)."""
_NO_GIVEN_NAMES = (
    STOP_WORDS
    | COMMON_WORDS
    | DEMONYMS
    | frozenset({"Premier", "Pope", "Emir", "Said", "Says", "Asked", "Added", "Adds", "Thanks"})
)
"""Words that are no given name: stop and common words, nationalities, titles `namewords.TITLE_RE` lacks and
verbs of a headline's attribution (`Says Stoltenberg`)."""


def _other_given_name(text: str, start: int, name: str, full_name: str) -> bool:
    """True when the registered person's surname alone (`name`, an alias of `full_name`) at `start` follows
    a given name that is not theirs (`Colonel Tom Stoltenberg` beside a registered Jens Stoltenberg): another
    person of that surname, whom the draft proposes; not after a title, rank, honorific, nationality or
    common word (`Secretary General Stoltenberg`, `Mr Stoltenberg`, `Norwegian Stoltenberg`)."""
    if " " in name or name == full_name or len(full_name.split()) < 2:
        return False
    before = _GIVEN_BEFORE_RE.search(text, max(0, start - 40), start)
    if before is None:
        return False
    given = before["given"]
    return not (
        given in full_name.split()
        or given in _NO_GIVEN_NAMES
        or TITLE_RE.fullmatch(given)
        or _HONORIFIC_WORD_RE.fullmatch(given)
        or re.fullmatch(RANKS_WITHOUT_POINT, given)  # `Col Stoltenberg`
    )


_ROLE_HEAD_RE = re.compile(r"\s+(?:de|du|des|d['’]|of)\b.*$", re.IGNORECASE)
_BODY_HEAD_RE = re.compile(r"^(?:NATO|OTAN)\s+(?=[A-Z])")
"""The organisation's name before a title (`NATO Secretary General`): the head is the title (`the Secretary
General`)."""


def title_of_name(text: str, end: int, names: Sequence[FoundMention]) -> bool:
    """True when the title ending at `end` is followed by the name it belongs to (`Le général de brigade
    Marek Nowak`, `The Major General Marek Nowak`), registered or not, rather than by the name of an
    organisation or place the text mentions (`le général OTAN` is not a person's title)."""
    found = NAME_AFTER_TITLE_RE.match(text, end)
    if found is None:
        return False
    return not any(m.start == found.start("name") and m.type is not EntityType.PER for m in names)


_NATO_AFTER_RE = re.compile(r"\s+(?:de\s+l['’]|of\s+the\s+|of\s+)?(?:OTAN|NATO)(?![\w’'-])")
"""NATO's name right after a title (`le secrétaire général de l’OTAN`)."""


def suggest_nominal(
    text: str, regions: Iterable[tuple[int, int]], registry: Registry, names: Sequence[FoundMention]
) -> list[FoundMention]:
    """Nominal mentions of persons: article + a role's head (`le secrétaire général`), the heads taken from
    the registry's roles. The person is the one this text names with that title (`holders.apposition_holder`),
    or its NATO holder; a title the text never ties to a name, or ties to several (`the Commander` after two
    commanders: the speaker rules choose, `SpeakerResolver`), is skipped. A head followed by a name with no punctuation between
    (`le général de division Franco Federici`, `Le général de brigade Marek Nowak`, registered or not) is a
    title of that name, not a mention of its own.
    """
    heads = sorted(  # one head per spelling up to case: the match ignores case (`Secrétaire général`)
        {
            head.lower(): head
            for entity in registry.entities
            if entity.type is EntityType.PER and entity.replaced_by is None
            for role in entity.roles
            if (head := _BODY_HEAD_RE.sub("", _ROLE_HEAD_RE.sub("", role.role.strip())))
        }.values()
    )
    found = []
    persons = [m for m in names if m.type is EntityType.PER]
    following_at = _first_from(persons)  # the first person mention (in list order) starting at or after
    for head in heads:
        pattern = re.compile(rf"(?<!\w)(?:(?:le|la|the)\s+|l['’]){re.escape(head)}(?!\w)", re.IGNORECASE)
        namings: list[tuple[int, str]] | None = None
        several = False  # the text names several holders of `head`
        chosen: dict[bool, tuple[list[tuple[int, str]], str | None]] = {}  # per `de l’OTAN` after or not
        for start, end in regions:
            for match in pattern.finditer(text, start, end):
                if LONGER_AFTER_RE.match(text, match.end()):
                    continue  # `le secrétaire général` in `le secrétaire général délégué`: another title
                following = following_at(match.end())
                if following is not None and re.fullmatch(r"[\w\s’'-]*", text[match.end() : following.start]):
                    continue
                if title_of_name(text, match.end(), names):
                    continue  # `Le général de brigade Marek Nowak`: the rank of that name (apposition)
                if namings is None:
                    namings = apposition_namings(text, head, persons)
                    several = len({person for _, person in namings}) > 1
                if BARE_RANK_RE.fullmatch(head) and several:
                    continue  # `the General` after two generals: either (guidelines 2.4)
                # `le secrétaire général de l’OTAN`
                nato = _NATO_AFTER_RE.match(text, match.end()) is not None
                if nato not in chosen:  # each list and its NATO holder once per title (linear drafting)
                    held = nato_namings(text, head, namings) if nato else namings
                    chosen[nato] = held, nato_holder(text, head, held)
                held, ours = chosen[nato]
                entity = ours or (holder_at(held, match.start()) if len({p for _, p in held}) == 1 else None)
                end, entity = _complemented(text, match, entity, persons)
                if entity is not None:  # `le président du Comité militaire`: that title's holder, or none
                    found.append(FoundMention(match.start(), end, entity, EntityType.PER))
    return found


_NATO_ONLY_RE = re.compile(r"\s+(?:de\s+l['’]|of\s+(?:the\s+)?)(?:OTAN|NATO|Alliance)", re.IGNORECASE)
"""`de l’OTAN` after a title: the title of the text's own organisation, the head alone is the mention."""


def _complemented(
    text: str, match: re.Match[str], entity: str | None, persons: Sequence[FoundMention]
) -> tuple[int, str | None]:
    """The end and person of the nominal mention `match` (a title's head, whose holder is `entity`): with
    the title's body when one follows (`le président du Comité militaire de l’OTAN`) and the text names
    someone else, or nobody, with that whole title (not `le président, X` of the host country); else
    the head alone and `entity`. A French nationality may stand between (`le ministre ukrainien des Affaires
    étrangères`)."""
    complement = title_complement(text, match.end(), len(text))
    if complement is None or _NATO_ONLY_RE.fullmatch(text, match.end(), complement.end()):
        return match.end(), entity
    title = re.sub(r"^(?:(?:le|la|the)\s+|l['’])", "", text[match.start() : complement.end()], flags=re.I)
    holder = holder_at(apposition_namings(text, title, persons), match.start())
    return (match.end(), entity) if holder == entity else (complement.end(), holder)


def _first_from(persons: Sequence[FoundMention]) -> Callable[[int], FoundMention | None]:
    """A function giving, for a position, the first mention in `persons` order starting at or after it
    (`next(m for m in persons if m.start >= position)`, by bisection)."""
    suffix_best: list[int] = []  # for each rank by start: the smallest list index among ranks >= it
    order = sorted(range(len(persons)), key=lambda i: persons[i].start)
    best = len(persons)
    for index in reversed(order):
        best = min(best, index)
        suffix_best.append(best)
    suffix_best.reverse()
    starts = [persons[i].start for i in order]

    def first(position: int) -> FoundMention | None:
        rank = bisect.bisect_left(starts, position)
        return persons[suffix_best[rank]] if rank < len(starts) else None

    return first
