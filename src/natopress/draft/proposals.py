"""Proposed registry entries for the names a release gives that the registry does not know yet.

A candidate matching a registry name or alias (case, accents and spaces aside; a person's surname alone)
is that entity, never a new proposal. The other candidates are grouped, one proposal per entity: two
spellings of one name (accents, spaces), or a surname after the full name (`Stoltenberg` after `Jens
Stoltenberg`), are one proposal, named at its fullest, the other forms its aliases.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import partial

from natopress.draft.nameparts import NameCandidate
from natopress.draft.namewords import NICKNAME, without_generation
from natopress.draft.roles import holds_name
from natopress.draft.spellings import (
    given_initials,
    lowercase,
    misspelt,
    one_letter_apart,
    one_typo_apart,
    spaced_apart,
    transliterated,
    without_initials,
)
from natopress.model import Entity, EntityType, Registry, Role, Span
from natopress.text.sentences import at_text_end
from natopress.text.variants import LATIN_LETTERS, fold_string

ID_MAX_CHARS = 80
_NICKNAME_RE = re.compile(rf"\s+{NICKNAME}")
"""A nickname in quotation marks inside a name (`Frederick "Ben" Hodges`, namewords.NICKNAME)."""


def name_key(name: str) -> str:
    """The matching key of a name: accents removed, case folded, white space and hyphens as one space.

    `Vjosa Osmani` and `VJOSA  OSMANI` have one key; so do `Stoltenberg` and `Stoltenbèrg`, `Støre` and
    `Store` (`LATIN_LETTERS`), and `Francisco "Seeker" Dionisio` and `Francisco Dionísio` (a nickname in
    quotation marks is left out)."""
    name = _NICKNAME_RE.sub("", name)  # text.variants folds each space, apostrophe and hyphen variant first
    decomposed = unicodedata.normalize("NFKD", fold_string(name).translate(LATIN_LETTERS))
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(re.split(r"[\s-]+", plain.casefold())).strip()


def entity_id(name: str) -> str:
    """A stable id from a name: lower-case ASCII words joined by `-` (`Vjosa Osmani` -> `vjosa-osmani`);
    an apostrophe separates words (`Conseil de l’Atlantique Nord` -> `conseil-de-l-atlantique-nord`)."""
    spaced = re.sub(r"['’‘`]", " ", name).translate(LATIN_LETTERS)
    words = re.findall(
        r"[a-z0-9]+", unicodedata.normalize("NFKD", spaced).encode("ascii", "ignore").decode().lower()
    )
    return "-".join(words)[:ID_MAX_CHARS].strip("-") or "entity"


@dataclass
class _Group:
    """One proposed entity while it is being built: its type and the spellings and roles seen."""

    type: EntityType
    forms: list[str] = field(default_factory=list)
    roles: list[tuple[int, int]] = field(default_factory=list)
    foreign: set[str] = field(default_factory=set)
    """The forms seen only in a segment in another language than the release's (an English caption's
    `Poroshenko` in a French release writing `Porochenko`)."""
    seen: Counter[str] = field(default_factory=Counter)
    """How many times each form occurs (`Tommaso` twice beats `Tomasso` once, an equally long misspelling)."""
    types: list[EntityType] = field(default_factory=list)
    """The type of each candidate joined to the group, in order: the most frequent is the group's (`the
    successor to X` typed a place, then `X, Special Representative …, said` and `X’s term` persons)."""

    def settle_type(self) -> None:
        """Sets `type` to the type most of the group's candidates have, the first seen on a tie, for a name
        of two words or more; a one-word name keeps its first type (`Plus tôt Kadhafi comprendra` before
        `fidèles à Kadhafi`: a word after `à` reads like a place, a lone word most often)."""
        if len(self.name.split()) > 1 and self.types:
            self.type = max(self.types, key=lambda t: (self.types.count(t), -self.types.index(t)))

    @property
    def name(self) -> str:
        """The fullest form: most words, then in the release's own language, then longest, then most lower-case
        letters (`Ilse Varga`, not a headline's `Ilse VARGA`), then most frequent, then first seen."""
        return max(
            self.forms,
            key=lambda f: (len(f.split()), f not in self.foreign, len(f), lowercase(f), self.seen[f]),
        )


@dataclass(frozen=True)
class Proposals:
    """The proposed entities of one release, and the registry extended with them for drafting: the
    known entities with the variant spellings this release uses as extra aliases, then the proposals."""

    entities: list[Entity]
    drafting_registry: Registry


def _registry_keys(registry: Registry) -> tuple[dict[str, str], dict[str, set[str]]]:
    """Registry names and aliases by key; persons' surnames (last word) by key."""
    keys: dict[str, str] = {}
    surnames: dict[str, set[str]] = {}
    for entity in registry.entities:
        if entity.replaced_by is not None:
            continue
        for name in (entity.name, *entity.aliases):
            keys.setdefault(name_key(name), entity.id)
            if entity.type is EntityType.PER and len(name.split()) > 1:
                surnames.setdefault(name_key(name.split()[-1]), set()).add(entity.id)
    return keys, surnames


def _known(form: str, kind: EntityType, keys: dict[str, str], surnames: dict[str, set[str]]) -> str | None:
    """The registry id this spelling names, or None."""
    key = name_key(form)
    if key in keys:
        return keys[key]
    if kind is EntityType.PER:
        ids = surnames.get(key) or {i for n, i in keys.items() if n.endswith(" " + key) and " " in n}
        if len(ids) == 1:
            return next(iter(ids))
    return None


def _registered(
    text: str,
    candidate: NameCandidate,
    form: str,
    registered: tuple[dict[str, str], dict[str, set[str]]],
    persons: Sequence[Entity],
    groups: dict[str, _Group],
) -> str | None:
    """The registry id the candidate's spelling `form` names (`_known`, with the registry's `keys` and
    `surnames` in `registered`), or that of a registered person whose name the excerpt's end cuts (`M.
    Stoltenb` after `Jens Stoltenberg`, `persons`); None for a lone surname of a person this text names
    in full (`groups`: `Osmani` after `Bujar Osmani`, not a registered Vjosa Osmani)."""
    keys, surnames = registered
    known = _known(form, candidate.type, keys, surnames)
    if known is not None and name_key(form) not in keys and _only_person_ending(groups, name_key(form)):
        return None
    if known is None and candidate.type is EntityType.PER and at_text_end(text, candidate.end):
        known = _cut_known(form, text, persons)
    return known


def _group(
    text: str,
    candidates: Sequence[NameCandidate],
    keys: dict[str, str],
    surnames: dict[str, set[str]],
    persons: Sequence[Entity],
    foreign: Sequence[tuple[int, int]],
) -> tuple[list[_Group], dict[str, set[str]]]:
    """New entities grouped by key (a lone surname joins the person whose name ends with it), and the
    spellings of known entities this text uses (`persons`: the registry's, for a name cut at the end);
    `foreign`: the segments in another language than the release's (start, end: code points)."""
    groups: dict[str, _Group] = {}
    variants: dict[str, set[str]] = {}
    ordered = sorted(candidates, key=lambda c: (-len(text[c.start : c.end].split()), c.start))
    for candidate in ordered:
        form = " ".join(text[candidate.start : candidate.end].split())
        known = _registered(text, candidate, form, (keys, surnames), persons, groups)
        if known is not None:
            variants.setdefault(known, set()).add(form)
            continue
        key = name_key(form)
        group = groups.get(key)
        if group is None and candidate.type is EntityType.PER:  # `Rasmussen`, `Fogh Rasmussen`
            group = _only_person_ending(groups, key)
        if group is None and candidate.type is EntityType.PER and at_text_end(text, candidate.end):
            group = _only_person_starting(groups, key, cut=True)  # `M. Nikos Pana` at the end
        if group is None and candidate.type is EntityType.PER:  # `Karl` of `Karl Berg`, `Javier Colomina`
            group = _only_person_starting(groups, key)  # of `Javier Colomina Píriz` (a second surname)
        if group is None and candidate.type is EntityType.PER:
            group = _only_person_misspelt(groups, key)
        if (
            group is None and candidate.type is EntityType.PER
        ):  # `Madeleine Albright`, `Madeleine K. Albright`; `A. Kinakh` after `Anatoli Kinakh`
            group = (
                _only_person_initialled(groups, key)
                or _only_person_of_initials(groups, key)
                or _only_person_transliterated(groups, key)
                or _only_person_middle_dropped(groups, key)
                or _only_person_word_misspelt(groups, key)
                or _only_person_mistyped(groups, key)
                or _only_person(groups, partial(spaced_apart, key))  # `Gen. Mc Neill`, `Dan K. McNeill`
            )
        if group is None:
            group = groups[key] = _Group(candidate.type)
        group.types.append(candidate.type)
        group.seen[form] += 1
        abroad = any(s <= candidate.start < e for s, e in foreign)
        if form not in group.forms:
            group.forms.append(form)
            group.foreign.update([form] if abroad else [])
        elif not abroad:
            group.foreign.discard(form)
        if candidate.role is not None and candidate.role not in group.roles:
            group.roles.append(candidate.role)
    return list(groups.values()), variants


_PATRONYM_BEFORE_RE = re.compile(r"(?:^|\s)(?:bin|ben|ibn|bint|ould)\s\Z")
"""A patronymic particle closing a name key's head: the rest names the father (`Tamim bin` + `Hamad …`)."""


def _ends_with(name: str, key: str) -> bool:
    """True when the name key `name` ends with the words of `key`, not after a patronymic particle."""
    return name.endswith(" " + key) and not _PATRONYM_BEFORE_RE.search(name[: -len(key)])


def _only_person_ending(groups: dict[str, _Group], key: str) -> _Group | None:
    """The one person group whose name ends with `key`; None when there is none or more than one (`Visser`
    after `Jan Visser` and a photo credit's `Pieter Visser`: the surname alone does not say which, so it is
    a proposal of its own, never joined to the wrong one); when no name ends with it, a generational suffix
    aside (`Foggo` after `James G. Foggo III`), one of its spellings, or all its words but the first and last
    (a first surname used alone: `Morales` after `Javier Morales Pérez`, `de la Torre` after `Ana de la Torre
    Ruiz`), or its last two or three words written as one (`AlYaouar` after `Ghazi Al-Yaouar`, whose key
    ends `al yaouar`); not a name whose key follows a patronymic particle (`Hamad bin Khalifah Al-Thani` is
    the father in `Tamim bin Hamad bin Khalifah Al-Thani`)."""
    persons = [(k, g) for k, g in groups.items() if g.type is EntityType.PER]
    found = [g for k, g in persons if _ends_with(k, key)]
    found = found or [g for k, g in persons if _ends_with(without_generation(k), key)]
    found = (
        found
        or [  # `Morales` after `Javier Morales Pérez` (a first surname used alone)
            g
            for k, g in persons
            if any(_ends_with(name_key(f), key) for f in g.forms) or k.split()[1:-1] == key.split()
        ]
    )
    joined = key.replace(" ", "")
    found = found or [
        g for k, g in persons if joined in {"".join(k.split()[-n:]) for n in (2, 3)} and k != key
    ]
    return found[0] if len(found) == 1 else None


def _only_person(groups: dict[str, _Group], matches: Callable[[str], bool]) -> _Group | None:
    """The one person group whose name key `matches`; None when none or several do (a spelling that may be
    two persons' is a proposal of its own, never joined to the wrong one)."""
    found = [g for k, g in groups.items() if g.type is EntityType.PER and matches(k)]
    return found[0] if len(found) == 1 else None


def _only_person_initialled(groups: dict[str, _Group], key: str) -> _Group | None:
    """The one person group whose name is this one but for middle initials (`Madeleine K. Albright` and
    `Madeleine Albright`); None when none or several are."""
    bare = without_initials(key)
    return _only_person(groups, lambda k: without_initials(k) == bare)


def _only_person_middle_dropped(groups: dict[str, _Group], key: str) -> _Group | None:
    """The one person group whose name is this one with more middle names (`Klaus Iohannis`, `Tomas Vinko
    Rieger` after `Klaus Werner Iohannis`, `Tomas Aurel Vinko Rieger`): this one's words in order."""
    words = key.split()
    if len(words) < 2:
        return None
    pattern = re.compile(r" (?:\S+ )*".join(map(re.escape, words)))
    return _only_person(groups, lambda k: len(k.split()) > len(words) and pattern.fullmatch(k) is not None)


def _only_person_transliterated(groups: dict[str, _Group], key: str) -> _Group | None:
    """The one person group whose name is this one in another transliteration (`transliterated`: `Milo
    Djukanović` and `Milo Dukanovic`, `Dmitri` and `Dmitry Medvedev`, `Aleksis` and `Alexis Tsipras`); None
    when none or several are."""
    plain = transliterated(key)
    return _only_person(groups, lambda k: k != key and transliterated(k) == plain)


def _only_person_of_initials(groups: dict[str, _Group], key: str) -> _Group | None:
    """The one person group whose given names `key` writes as initials, or that writes `key`'s so
    (`given_initials`: `A. Kinakh` and `Anatoli Kinakh`); None when none or several are."""
    return _only_person(groups, lambda k: given_initials(key, k) or given_initials(k, key))


def _only_person_misspelt(groups: dict[str, _Group], key: str) -> _Group | None:
    """The one person group whose name ends with the surname `key` but for its last word misspelt
    (`misspelt`: `Papageorgious` after `Panagiotis Papageorgiou`, `Fogh Rasmusses` after `Anders Fogh
    Rasmussen`, `_MISSPELT_AFTER_NAME_RATIO`), the name longer than `key`; None when none or several are."""
    *before, last = key.split()
    return _only_person(
        groups,
        lambda k: (
            len(k.split()) > len(before) + 1
            and k.split()[-len(before) - 1 : -1] == before
            and misspelt(last, k.split()[-1], _MISSPELT_AFTER_NAME_RATIO if before else None)
        ),
    )


_MISSPELT_AFTER_NAME_RATIO = 0.85
"""How like a named person's last word the last word of a surname of several words must be, its other
words the same (`Fogh Rasmusses` for `Fogh Rasmussen`: 0.89): the words before it make the person sure."""


def _only_person_mistyped(groups: dict[str, _Group], key: str) -> _Group | None:
    """The one person group whose last word is the lone surname `key` but for one typing slip
    (`spellings.one_typo_apart`: `Reinardt` beside `Reinhardt`, `Duquesne` after `Jean-Mark Duquense`)."""
    return None if " " in key else _only_person(groups, lambda k: one_typo_apart(key, k.split()[-1]))


def _only_person_word_misspelt(groups: dict[str, _Group], key: str) -> _Group | None:
    """The one person group whose name is `key` but for one word one letter or one typing slip apart
    (`one_letter_apart`: `Jeanine X` and `Jeannine X`, `Irakli Alasania` and `Irakli Alassania`;
    `one_typo_apart`: a caption's `Vendrelina II`, the body's `Vendelina II`); None when none or several are."""
    words = key.split()
    if len(words) < 2:
        return None

    def one_apart(other: str) -> bool:
        differing = [(a, b) for a, b in zip(words, other.split(), strict=False) if a != b]
        slips = [one_letter_apart(*d) or one_typo_apart(*d) for d in differing]
        return len(other.split()) == len(words) and slips == [True]

    return _only_person(groups, one_apart)


def _cut_known(form: str, text: str, persons: Sequence[Entity]) -> str | None:
    """The one registry person named in `text` (by name or alias) whose name's last word begins with the
    last word of `form`, a name the excerpt's end cuts (`M. Stoltenb` after `Jens Stoltenberg`), that word
    of three letters or more; None otherwise (ANNOTATION_GUIDELINES.md §3: a name the excerpt's end cuts is
    the person it begins)."""
    last = form.casefold().split()[-1]
    if len(last) < 3:
        return None
    ids = {
        person.id
        for person in persons
        for name in (person.name, *person.aliases)
        if len(name.split()) > 1
        and name.casefold().split()[-1].startswith(last)
        and name.casefold().split()[-1] != last
        and name in text
    }
    return ids.pop() if len(ids) == 1 else None


def _only_person_starting(groups: dict[str, _Group], key: str, cut: bool = False) -> _Group | None:
    """The one person group whose name starts with the given name `key` (`Karl` in a quotation after
    `Karl Berg`: the speaker calls him by his given name; `Javier Colomina` after `Javier Colomina Píriz`,
    the second surname left out) or, with `cut`, with its letters (`Nikos Pana`
    where the excerpt ends, after `Nikos Panagiotopoulos`; a surname alone, `l’amiral Bau` after `Rob
    Bauer`); None when none or several do."""
    prefix = key if cut else key + " "
    return _only_person(
        groups,
        lambda k: (
            k != key
            and (k.startswith(prefix) or (cut and " " not in key and k.rsplit(" ", 1)[-1].startswith(key)))
        ),
    )


def _roles(text: str, spans: list[tuple[int, int]], release_id: str, names: Sequence[int]) -> list[Role]:
    """The roles a group's spans state, in text order, each wording once (its first span), none holding a
    person's name (`names`: the persons' starts; `roles.holds_name`)."""
    roles: list[Role] = []
    for s, e in sorted(span for span in spans if not holds_name(span, names)):
        wording = text[s:e]
        if any(r.role == wording for r in roles):
            continue
        roles.append(Role(role=wording, release=release_id, span=Span(start=s, end=e, text=wording)))
    return roles


def propose(
    text: str,
    candidates: Sequence[NameCandidate],
    registry: Registry,
    release_id: str,
    foreign: Sequence[tuple[int, int]] = (),
) -> Proposals:
    """Proposals for the candidates the registry does not know, roles cited from `release_id`; `foreign`:
    the segments in another language than the release's (start, end: code points), whose spelling of a
    name yields to the release's own.

    Ids come from the fullest name (`entity_id`); one already taken gets `-2`, `-3`, ... appended."""
    keys, surnames = _registry_keys(registry)
    persons = [e for e in registry.entities if e.type is EntityType.PER and e.replaced_by is None]
    groups, variants = _group(text, candidates, keys, surnames, persons, foreign)
    for group in groups:
        group.settle_type()
    taken = {e.id for e in registry.entities}
    proposed: list[Entity] = []
    starts = [c.start for c in candidates if c.type is EntityType.PER]  # no role holds a person's name
    for group in sorted(groups, key=lambda g: g.name):
        base = entity_id(group.name)
        new_id, number = base, 1
        while new_id in taken:
            number += 1
            new_id = f"{base}-{number}"
        taken.add(new_id)
        roles = _roles(text, group.roles, release_id, starts)
        aliases = sorted(f for f in group.forms if f != group.name)
        proposed.append(Entity(id=new_id, type=group.type, name=group.name, aliases=aliases, roles=roles))
    known = [
        e.model_copy(update={"aliases": [*e.aliases, *sorted(variants[e.id] - {e.name, *e.aliases})]})
        if e.id in variants
        else e
        for e in registry.entities
    ]
    drafting = registry.model_copy(update={"entities": [*known, *proposed]})
    return Proposals(sorted(proposed, key=lambda e: e.id), drafting)
