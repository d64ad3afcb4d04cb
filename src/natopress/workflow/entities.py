"""Entity mentions suggested from the registry's names and aliases, and speaker resolution from them."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from natopress.model import EntityType, Registry
from natopress.workflow.speech import HONORIFIC_RE, NOMINAL_SPEAKER_RE, PRONOUN_RE, TITLE_PHRASE_RE


@dataclass(frozen=True)
class FoundMention:
    """A registry name found in the text: span, entity id and the entity's type."""

    start: int
    end: int
    entity: str
    type: EntityType


def _names(registry: Registry) -> dict[str, str]:
    """Every name and alias → entity id (entities merged into another one are skipped)."""
    names: dict[str, str] = {}
    for entity in registry.entities:
        if entity.replaced_by is not None:
            continue
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


def suggest_mentions(text: str, regions: Iterable[tuple[int, int]], registry: Registry) -> list[FoundMention]:
    """Registry names in the regions: whole words, case-sensitive; nested names kept, crossing ones not.

    `Équipe OTAN de conseil et de liaison` yields the team and, inside it, `OTAN`.
    """
    names = _names(registry)
    types = {entity.id: entity.type for entity in registry.entities}
    found = []
    for name, entity in names.items():
        pattern = re.compile(rf"(?<!\w){re.escape(name)}(?!\w)")
        for start, end in regions:
            found.extend(
                FoundMention(m.start(), m.end(), entity, types[entity])
                for m in pattern.finditer(text, start, end)
            )
    return _keep_nested(found)


_ROLE_HEAD_RE = re.compile(r"\s+(?:de|du|des|d['’]|of)\b.*$", re.IGNORECASE)


def suggest_nominal(
    text: str, regions: Iterable[tuple[int, int]], registry: Registry, names: Sequence[FoundMention]
) -> list[FoundMention]:
    """Nominal mentions from the registry's roles: article + the role's head (`le secrétaire général`).

    A head held by several people resolves to the holder named last before it; none named: skipped. A
    head followed by a holder's name with no punctuation between (`le général de division Franco
    Federici`) is a title of that name, not a mention of its own.
    """
    holders: dict[str, set[str]] = {}
    for entity in registry.entities:
        if entity.type is EntityType.PER and entity.replaced_by is None:
            for role in entity.roles:
                head = _ROLE_HEAD_RE.sub("", role.role.strip())
                if head:
                    holders.setdefault(head, set()).add(entity.id)
    found = []
    persons = [m for m in names if m.type is EntityType.PER]
    for head, ids in holders.items():
        pattern = re.compile(rf"(?<!\w)(?:(?:le|la|the)\s+|l['’]){re.escape(head)}(?!\w)", re.IGNORECASE)
        for start, end in regions:
            for match in pattern.finditer(text, start, end):
                following = next((m for m in persons if m.start >= match.end()), None)
                if following is not None and re.fullmatch(r"[\w\s’'-]*", text[match.end() : following.start]):
                    continue
                if len(ids) == 1:
                    entity = next(iter(ids))
                else:
                    named = [m.entity for m in persons if m.end <= match.start() and m.entity in ids]
                    if not named:
                        continue
                    entity = named[-1]
                found.append(FoundMention(match.start(), match.end(), entity, EntityType.PER))
    return found


_SENTENCE_BREAK_RE = re.compile(r"(?<=[.!?…])(?:\s*[\"”»])?\s+(?=(?:[\"“«]\s*)?[A-ZÀ-Ý])")


def _first_lower(words: str) -> str:
    """`words` with white space collapsed and its first letter lower-cased (a label may open a title)."""
    words = " ".join(words.split())
    return words[:1].lower() + words[1:]


class SpeakerResolver:
    """Resolves a speaker phrase (`M. Stoltenberg`, `le secrétaire général`, `il`) to a registry person."""

    def __init__(self, registry: Registry, mentions: Sequence[FoundMention]) -> None:
        self._persons = [e for e in registry.entities if e.type is EntityType.PER and e.replaced_by is None]
        self._person_mentions = [m for m in mentions if m.type is EntityType.PER]
        self._names: dict[str, set[str]] = {}
        self._roles: dict[str, set[str]] = {}
        for entity in self._persons:
            for name in (entity.name, *entity.aliases):
                self._names.setdefault(" ".join(name.split()), set()).add(entity.id)
            for role in entity.roles:
                self._roles.setdefault(_first_lower(role.role), set()).add(entity.id)

    def resolve_label(self, label: str) -> str | None:
        """The one person a speaker label names, or None: a registry name or alias (`Jens Stoltenberg`),
        honorific + surname (`Mr Stoltenberg`), a role worded as in the registry and held by one person
        (`NATO Secretary General`), or words ending with a person's name and naming nobody else
        (`NATO Secretary General Jens Stoltenberg`)."""
        label = " ".join(label.split())
        honorific = HONORIFIC_RE.fullmatch(label)
        if honorific is not None:
            return self._by_surname(honorific["surname"])
        for table, key in ((self._names, label), (self._roles, _first_lower(label))):
            ids = table.get(key, set())
            if len(ids) == 1:
                return next(iter(ids))
        named = {
            entity
            for name, ids in self._names.items()
            if len(ids) == 1 and label.endswith(f" {name}")
            for entity in ids
        }
        if len(named) != 1:
            return None
        (entity,) = named
        others = [
            n
            for n, ids in self._names.items()
            if entity not in ids and re.search(rf"(?<!\w){re.escape(n)}(?!\w)", label)
        ]
        if others or re.search(r"(?<!\w)(?:and|et|with|avec|&)(?!\w)|[,;]", label):
            return None
        return entity

    def _last_person_before(self, position: int) -> str | None:
        before = [m for m in self._person_mentions if m.end <= position]
        return before[-1].entity if before else None

    def _by_surname(self, surname: str) -> str | None:
        matches = {
            e.id
            for e in self._persons
            for name in (e.name, *e.aliases)
            if name.split() and name.split()[-1] == surname
        }
        return matches.pop() if len(matches) == 1 else None

    def _by_apposition(self, text: str, head: str, position: int) -> str | None:
        """The person the text names right after the title earlier on: `secrétaire général de l’OTAN, Jens
        Stoltenberg`, `NATO Secretary General Jens Stoltenberg` (no sentence break in between)."""
        title = re.compile(
            rf"{re.escape(head)}(?:\s+(?:de\s+l['’]|of\s+the\s+)?(?:OTAN|NATO|Alliance))?[\s,]*$", re.I
        )
        for mention in reversed([m for m in self._person_mentions if m.end <= position]):
            if title.search(text, max(0, mention.start - len(head) - 30), mention.start):
                return mention.entity
        return None

    def _by_role(self, text: str, phrase: str, position: int, previous: str | None) -> str | None:
        head = re.sub(r"^(?:le|la|the)\s+|^l['’]", "", phrase.strip(), flags=re.IGNORECASE).lower()
        head = re.sub(r"\s+(?:de\s+l['’]|of\s+the\s+)?(?:otan|nato|alliance)$", "", head)
        holders = {e.id for e in self._persons if any(head in role.role.lower() for role in e.roles)}
        last = self._last_person_before(position)
        if previous in holders:
            return previous
        if last in holders:
            return last
        if len(holders) == 1:
            return next(iter(holders))
        named = self._by_apposition(text, head, position)
        if named is not None:
            return named
        return previous if previous is not None else last

    def _previous_subject(self, text: str, position: int) -> str | None:
        """The person named (not by a title alone) at the start of the sentence before the one holding
        `position`, in the same paragraph: `Mr Reyel thanked Allies. “…,” he said.` → Reyel."""
        line_start = text.rfind("\n", 0, position) + 1
        breaks = [
            m.end()
            for m in _SENTENCE_BREAK_RE.finditer(text, line_start, position)
            if not re.search(
                r"(?<!\w)(?:M|Mr|Mrs|Ms|Mme|Dr|MM|[A-Z])\.$",
                text[max(line_start, m.start() - 4) : m.start() + 1],
            )
        ]
        if not breaks:
            return None
        start = breaks[-2] if len(breaks) > 1 else line_start
        lead = re.compile(r"[^,.;:«»“”\"]{1,60},\s*").match(text, start, breaks[-1])
        for begin in (start, lead.end()) if lead else (start,):
            phrase = self.phrase_at(text, begin, breaks[-1])
            if phrase is not None and (
                HONORIFIC_RE.fullmatch(text, *phrase)
                or any(m.start >= phrase[0] and m.end <= phrase[1] for m in self._person_mentions)
            ):
                return self.resolve(text, *phrase, None)
        return None

    def resolve(self, text: str, start: int, end: int, previous: str | None) -> str | None:
        """The registry id the phrase `text[start:end]` names; `previous` is the last quote's speaker."""
        inside = [m for m in self._person_mentions if m.start >= start and m.end <= end]
        if inside:
            return inside[-1].entity
        phrase = text[start:end]
        honorific = HONORIFIC_RE.fullmatch(phrase)
        if honorific is not None:
            return self._by_surname(honorific["surname"])
        if PRONOUN_RE.fullmatch(phrase):
            subject = self._previous_subject(text, start)
            if subject is not None:
                return subject
            return previous if previous is not None else self._last_person_before(start)
        if NOMINAL_SPEAKER_RE.fullmatch(phrase):
            return self._by_role(text, phrase, start, previous)
        return None

    def phrase_at(self, text: str, position: int, limit: int) -> tuple[int, int] | None:
        """The speaker phrase starting at `position` (after white space), not reaching past `limit`."""
        while position < limit and text[position].isspace():
            position += 1
        honorific = HONORIFIC_RE.match(text, position, limit)
        if honorific is not None:
            return honorific.start(), honorific.end()
        for mention in self._person_mentions:
            if mention.start == position and mention.end <= limit:
                return mention.start, mention.end
            title = TITLE_PHRASE_RE.match(text, position, mention.start)
            if title is not None and mention.end <= limit and not text[title.end() : mention.start].strip():
                return position, mention.end  # `said NATO Secretary General Ilse Varga`: title and name
        for pattern in (NOMINAL_SPEAKER_RE, PRONOUN_RE):
            match = pattern.match(text, position, limit)
            if match is not None:
                return match.start(), match.end()
        return None

    def phrase_before(self, text: str, lower: int, position: int) -> tuple[int, int] | None:
        """The speaker phrase ending at `position` (before white space and an adverb: `He also said`), not
        starting before `lower`."""
        adverb = re.search(r"\s(?:also|again|further|later|then|once\s+again)\s*$", text[lower:position])
        if adverb is not None:
            position = lower + adverb.start()
        while position > lower and text[position - 1].isspace():
            position -= 1
        for match in HONORIFIC_RE.finditer(text, lower, position):
            if match.end() == position:
                return match.start(), match.end()
        for mention in self._person_mentions:
            if mention.end == position and mention.start >= lower:
                return self._titled(text, lower, mention.start, r"\s+"), mention.end
        for pattern in (NOMINAL_SPEAKER_RE, PRONOUN_RE):
            for match in pattern.finditer(text, lower, position):
                if match.end() == position:
                    return match.start(), match.end()
        if position > lower and text[position - 1] == ",":  # `The Minister, Tomas Reyel, said`: apposition
            inner = self.phrase_before(text, lower, position - 1)
            if (
                inner is not None
                and re.search(r",\s*$", text[lower : inner[0]])
                and not PRONOUN_RE.fullmatch(text, *inner)
            ):
                return self._titled(text, lower, inner[0], r",\s*"), inner[1]
        return None

    @staticmethod
    def _titled(text: str, lower: int, start: int, joint: str) -> int:
        """The start of the title before a name starting at `start` and joined to it by `joint` (`NATO
        Secretary General Jens Stoltenberg`, `The Minister of Defence of Ostravia, Tomas Reyel`), or `start`."""
        for title in TITLE_PHRASE_RE.finditer(text, lower, start):
            if re.fullmatch(joint, text[title.end() : start]):
                return title.start()
        return start
