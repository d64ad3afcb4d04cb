"""Drafts of plain texts scored against independent readings (the held-out format, `heldout/FORMAT.md`).

A reading is a JSON object: `language`, `metadata` (title, published, updated, event_date as
`YYYY-MM-DD` or null), `quotes` (type, content, cue, speaker: a full name or null) and `persons` (full
names). Nothing here reads the disk: `natopress quality --gold DIR --texts DIR` passes texts and readings.

Matching rules (documented in ANNOTATION_GUIDELINES.md §2.5):
- a drafted quote matches a gold quote when their contents overlap by at least `QUOTE_OVERLAP` (0.5) of
  each of the two lengths: in code points when the gold content is found in the text (white space and
  quotation marks aside), else in words; one-to-one, largest overlap first;
- a speaker is right when the drafted speaker's name and the gold name have one key (`name_key`: case,
  accents, spaces aside) or one is the other's last words (`Rasmussen` / `Anders Fogh Rasmussen`); a
  drafted speaker where the gold has none, or another person, is `wrong`; none where the gold has one,
  `null`; an organisation (an ORG entity: `Allies`, `the Council`) where the gold has none is
  `collective`, since the format writes a collective speaker as null: neither right nor wrong; so are
  persons speaking jointly (a speaker with co-speakers, `Les deux dirigeants sont convenus que`, 2.4);
- a gold person is proposed when some PER entity of the draft (proposed or linked) has their name by the
  same rule;
- a metadata field is exact when the drafted value (a date for `updated`) equals the gold one, white
  space aside (a title broken over two lines reads the same as on one); an
  invented value is a drafted field, or speaker, where the reading has null.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from natopress.draft.ingest import draft_release
from natopress.draft.namewords import without_generation
from natopress.draft.proposals import name_key
from natopress.draft.spellings import given_initials, without_initials
from natopress.formats import day_of
from natopress.matching import overlap
from natopress.model import EntityType, Registry, Release

QUOTE_OVERLAP = 0.5
"""Share of each of the two contents a drafted and a gold quote must have in common to match."""
METADATA_FIELDS = ("title", "published", "updated", "event_date")
_MARKS = "«»“”„‟\"‘’‚'"


class ReadingError(ValueError):
    """A reading does not follow the held-out format: the message names the JSON pointer."""


@dataclass
class Tally:
    """Counts over one or more releases."""

    releases: int = 0
    gold_quotes: int = 0
    drafted_quotes: int = 0
    matched_quotes: int = 0
    speaker_right: int = 0
    speaker_wrong: int = 0
    speaker_null: int = 0
    speaker_collective: int = 0
    type_right: int = 0
    gold_persons: int = 0
    persons_proposed: int = 0
    drafted_persons: int = 0
    drafted_persons_named: int = 0
    metadata_fields: int = 0
    metadata_exact: int = 0
    invented: int = 0
    failures: list[str] = field(default_factory=list)

    def add(self, other: Tally) -> None:
        """Adds `other`'s counts and failures to these."""
        for name, value in vars(other).items():
            if name == "failures":
                self.failures.extend(value)
            else:
                setattr(self, name, getattr(self, name) + value)


_PEER_RE = re.compile(r"^(?:lord|lady|baroness|baron)\s+(\S+)\s+of\s.+$")
"""A peer's name key with its territorial designation (`lord robertson of port ellen`): the title's name."""


def same_person(drafted: str | None, gold: str | None) -> bool:
    """True when the two names have one key, one is the other's last words, or they differ only by given
    names written as initials (`J. Appathurai` / `James Appathurai`), by a middle initial left out
    (`Madeleine Albright` / `Madeleine K. Albright`) or by a generational suffix (`William B. Caldwell,
    IV` / `William B. Caldwell`) or by a peer's style and territorial designation (`Lord Robertson of Port
    Ellen` / `Robertson`)."""
    if not drafted or not gold:
        return False
    a, b = (_PEER_RE.sub(r"\1", name_key(without_generation(name))) for name in (drafted, gold))
    if without_initials(a) == without_initials(b):  # `Madeleine Albright` / `Madeleine K. Albright`
        return True
    return (
        a == b or a.endswith(" " + b) or b.endswith(" " + a) or given_initials(a, b) or given_initials(b, a)
    )


def _right_speaker(drafted: list[str | None], wanted: str | None) -> bool:
    """True when a drafted speaker is the gold one, or a joint statement's gold speakers (`A and B`,
    `A et B`) are all among the drafted ones."""
    if any(same_person(d, wanted) for d in drafted):
        return True
    parts = re.split(r"\s*(?:,|\band\b|\bet\b|&)\s*", wanted or "")
    named = [p for p in parts if p]
    return len(named) > 1 and all(any(same_person(d, p) for d in drafted) for p in named)


def _compact(text: str) -> tuple[str, list[int]]:
    """`text` without white space and quotation marks, and each kept character's offset."""
    kept = [(i, c) for i, c in enumerate(text) if not c.isspace() and c not in _MARKS]
    return "".join(c for _, c in kept), [i for i, _ in kept]


def _locate(text: str, compact: tuple[str, list[int]], content: str) -> list[tuple[int, int]]:
    """Code-point ranges of every occurrence of `content` in `text` (white space and marks aside); [] when
    absent. A reading names a quote by its words only, and a title may repeat the body's words."""
    needle = _compact(content)[0]
    found = []
    at = compact[0].find(needle) if needle else -1
    while at >= 0:
        found.append((compact[1][at], compact[1][at + len(needle) - 1] + 1))
        at = compact[0].find(needle, at + 1)
    return found


def _overlap(a: tuple[int, int] | None, b: tuple[int, int] | None, wa: str, wb: str) -> float:
    """The smaller of the two shares the contents have in common (ranges, else words)."""
    if a is not None and b is not None:
        common = overlap(a, b)
        return min(common / max(1, a[1] - a[0]), common / max(1, b[1] - b[0]))
    x, y = re.findall(r"\w+", wa.casefold()), re.findall(r"\w+", wb.casefold())
    common = len(set(x) & set(y))
    return min(common / max(1, len(set(x))), common / max(1, len(set(y))))


def match_quotes(
    text: str, drafted: Sequence[Any], gold: Sequence[Mapping[str, Any]]
) -> list[tuple[int, int]]:
    """(drafted index, gold index) pairs, one-to-one, largest overlap first (see the module's rule)."""
    compact = _compact(text)
    gold_ranges = [_locate(text, compact, str(g.get("content") or "")) for g in gold]
    pairs = []
    for i, quote in enumerate(drafted):
        mine = (quote.content.start, quote.content.end)
        for j, g in enumerate(gold):
            words = quote.content.text, str(g.get("content") or "")
            ranges: list[tuple[int, int] | None] = [*gold_ranges[j]] or [None]
            share = max(_overlap(mine, r, *words) for r in ranges)
            if share >= QUOTE_OVERLAP:
                pairs.append((share, i, j))
    used_d: set[int] = set()
    used_g: set[int] = set()
    matched = []
    for _, i, j in sorted(pairs, key=lambda p: (-p[0], p[1], p[2])):
        if i not in used_d and j not in used_g:
            used_d.add(i)
            used_g.add(j)
            matched.append((i, j))
    return sorted(matched)


def _persons(release: Release, registry: Registry) -> list[tuple[str, ...]]:
    """The spellings (name, then aliases) of each PER entity the draft proposes or links a mention to: one
    person proposed under two spellings of one release (`Sergueï` and `Sergeï Volkov`) is the person a
    reading names with either."""
    linked = {m.entity for m in release.mentions}
    entities = [*release.proposed_entities, *(e for e in registry.entities if e.id in linked)]
    return [(e.name, *e.aliases) for e in entities if e.type is EntityType.PER]


def _drafted_metadata(release: Release) -> dict[str, str | None]:
    meta = release.metadata
    updated = day_of(meta.updated.value).isoformat() if meta.updated is not None else None
    return {
        "title": meta.title.value if meta.title is not None else None,
        "published": meta.published.value.isoformat() if meta.published is not None else None,
        "updated": updated,
        "event_date": meta.event_date.value.isoformat() if meta.event_date is not None else None,
    }


def _score_quotes(
    key: str, text: str, release: Release, registry: Registry, reading: Mapping[str, Any], tally: Tally
) -> None:
    entities = [*registry.entities, *release.proposed_entities]
    names = {e.id: e.name for e in entities}
    aliases = {e.id: e.aliases for e in entities}  # a proposal's other spellings (`Sergeï` for `Sergueï`)
    bodies = {e.id for e in entities if e.type is EntityType.ORG}  # collective speakers (2.4)
    gold = list(reading.get("quotes") or [])
    tally.gold_quotes += len(gold)
    tally.drafted_quotes += len(release.quotes)
    matched = match_quotes(text, release.quotes, gold)
    tally.matched_quotes += len(matched)
    for i, j in matched:
        quote = release.quotes[i]
        speaker = names.get(quote.speaker or "")
        joint = [names.get(s, s) for s in quote.co_speakers]
        if quote.type.value == gold[j].get("type"):
            tally.type_right += 1
        else:
            tally.failures.append(
                f"{key}: type {quote.type.value} for gold quote {j} (expected {gold[j].get('type')})"
            )
        wanted = gold[j].get("speaker")
        spellings = [speaker, *aliases.get(quote.speaker or "", []), *joint]
        if _right_speaker(spellings, wanted) or (speaker is None and wanted is None):
            tally.speaker_right += 1
        elif speaker is None:
            tally.speaker_null += 1
            tally.failures.append(f"{key}: no speaker for gold quote {j} (expected {wanted})")
        elif wanted is None and (quote.speaker in bodies or joint):  # a body, or persons speaking jointly
            tally.speaker_collective += 1
            who = " and ".join(repr(n) for n in [speaker, *joint])
            tally.failures.append(f"{key}: collective speaker {who} for gold quote {j} (expected None)")
        else:
            tally.speaker_wrong += 1
            tally.invented += wanted is None
            tally.failures.append(f"{key}: speaker {speaker!r} for gold quote {j} (expected {wanted})")
    found_g, found_d = {j for _, j in matched}, {i for i, _ in matched}
    tally.failures += [
        f"{key}: missed {g.get('type')} quote {str(g.get('content'))[:60]!r}"
        for j, g in enumerate(gold)
        if j not in found_g
    ]
    tally.failures += [
        f"{key}: extra quote {q.content.text[:60]!r}"
        for i, q in enumerate(release.quotes)
        if i not in found_d
    ]


def score(key: str, text: str, reading: Mapping[str, Any], registry: Registry) -> Tally:
    """The counts of one text's draft against its reading. Raises ReadingError for a malformed reading."""
    for name, kind in (("metadata", dict), ("quotes", list), ("persons", list)):
        if not isinstance(reading.get(name, kind()), kind):
            raise ReadingError(f"/{name}: expected {'an object' if kind is dict else 'an array'}")
    release = draft_release(text, registry=registry, original_filename=f"{key}.txt")
    tally = Tally(releases=1)
    _score_quotes(key, text, release, registry, reading, tally)
    _score_persons(key, _persons(release, registry), [str(p) for p in reading.get("persons") or []], tally)
    gold_meta, drafted = reading.get("metadata") or {}, _drafted_metadata(release)
    for name in METADATA_FIELDS:
        tally.metadata_fields += 1
        if _same_value(drafted[name], gold_meta.get(name)):
            tally.metadata_exact += 1
            continue
        tally.invented += gold_meta.get(name) is None
        tally.failures.append(f"{key}: metadata {name} {drafted[name]!r} (expected {gold_meta.get(name)!r})")
    return tally


def _score_persons(key: str, drafted: Sequence[tuple[str, ...]], gold: Sequence[str], tally: Tally) -> None:
    """Gold persons proposed (recall) and drafted persons the reading names (precision), by `same_person`;
    `drafted` gives each person's spellings, its name first."""
    spelt = [(name,) for name in gold]
    proposed = _found_among(spelt, drafted, f"{key}: person not proposed: ", tally.failures)
    named = _found_among(
        drafted, spelt, f"{key}: proposed person the reading does not name: ", tally.failures
    )
    tally.gold_persons += len(gold)
    tally.persons_proposed += proposed
    tally.drafted_persons += len(drafted)
    tally.drafted_persons_named += named


def _found_among(
    persons: Sequence[tuple[str, ...]], others: Sequence[tuple[str, ...]], missing: str, failures: list[str]
) -> int:
    """How many of `persons` (each its spellings, name first) are among `others` (`same_person`, any
    spelling of one against any of the other); a failure `missing` + name for each other."""
    found = 0
    for forms in persons:
        if any(same_person(a, b) for other in others for a in forms for b in other):
            found += 1
        else:
            failures.append(missing + forms[0])
    return found


def _percent(part: int, whole: int) -> str:
    return f"{100 * part / whole:.0f} % ({part}/{whole})" if whole else f"n/a ({part}/0)"


def render_tally(tally: Tally, details: bool = False) -> str:
    """The figures as a two-column table (and every failure, one a line, with `details`)."""
    found = tally.matched_quotes
    rows = [
        ("releases", str(tally.releases)),
        ("quotes found (recall)", _percent(found, tally.gold_quotes)),
        ("drafted quotes that are real (precision)", _percent(found, tally.drafted_quotes)),
        ("found quotes with the right speaker", _percent(tally.speaker_right, found)),
        ("  wrong person / no speaker", f"{tally.speaker_wrong} / {tally.speaker_null}"),
        ("  a body or joint speakers where the reading has none", str(tally.speaker_collective)),
        ("found quotes with the right type", _percent(tally.type_right, found)),
        ("persons proposed (recall)", _percent(tally.persons_proposed, tally.gold_persons)),
        ("proposed persons the reading names", _percent(tally.drafted_persons_named, tally.drafted_persons)),
        ("metadata fields exactly right", _percent(tally.metadata_exact, tally.metadata_fields)),
        ("invented values", str(tally.invented)),
    ]
    width = max(len(name) for name, _ in rows)
    lines = [f"{name:<{width}}  {value}" for name, value in rows]
    return "\n".join(lines + (["", *tally.failures] if details else []))


def _same_value(drafted: object, gold: object) -> bool:
    """True when a drafted metadata value equals the reading's, runs of white space counted as one space."""
    if isinstance(drafted, str) and isinstance(gold, str):
        return drafted.split() == gold.split()
    return drafted == gold
