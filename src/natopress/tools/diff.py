"""What changed between two versions of a corpus: releases, quotes, mentions, segments, metadata, registry."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from natopress.corpus import Snapshot
from natopress.matching import Bounds, match_exact, match_overlap, overlap
from natopress.model import Entity, Mention, Quote, Registry, Release, Segment, Span
from natopress.tools.text_diff import TextChange, diff_texts, render_text_change, text_change_json

JsonValue = Any


@dataclass(frozen=True)
class Change:
    """One field that differs: where (a JSON-pointer-like path or a field name), old and new values."""

    field: str
    old: JsonValue
    new: JsonValue


@dataclass(frozen=True)
class ItemChange:
    """A matched item (quote, mention, segment, entity) whose fields differ."""

    key: str
    changes: tuple[Change, ...]


@dataclass(frozen=True)
class LayerDiff:
    """Items of one layer added, removed and changed; items are JSON dumps of the models."""

    added: tuple[JsonValue, ...] = ()
    removed: tuple[JsonValue, ...] = ()
    changed: tuple[ItemChange, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.added or self.removed or self.changed)


@dataclass(frozen=True)
class ReleaseDiff:
    """Differences within one release present in both versions."""

    release_id: str
    fields: tuple[Change, ...] = ()
    segments: LayerDiff = field(default_factory=LayerDiff)
    quotes: LayerDiff = field(default_factory=LayerDiff)
    mentions: LayerDiff = field(default_factory=LayerDiff)
    source: TextChange | None = None
    """The source text's change, when both versions have a `.txt` and they differ."""

    def __bool__(self) -> bool:
        return bool(self.fields or self.segments or self.quotes or self.mentions or self.source)


@dataclass(frozen=True)
class CorpusDiff:
    """Every difference between two snapshots."""

    added_releases: tuple[str, ...]
    removed_releases: tuple[str, ...]
    releases: tuple[ReleaseDiff, ...]
    registry: LayerDiff

    def __bool__(self) -> bool:
        return bool(self.added_releases or self.removed_releases or self.releases or self.registry)


def _dump(model: Any) -> JsonValue:
    return model.model_dump(mode="json", by_alias=True)


def field_changes(old: JsonValue, new: JsonValue, path: str = "") -> list[Change]:
    """The leaves that differ between two JSON values, as `/a/b` paths; lists are compared whole."""
    if isinstance(old, dict) and isinstance(new, dict):
        changes: list[Change] = []
        for key in [*old, *(k for k in new if k not in old)]:
            changes += field_changes(old.get(key), new.get(key), f"{path}/{key}")
        return changes
    return [] if old == new else [Change(path or "/", old, new)]


def _bounds(span: Span) -> Bounds:
    return (span.start, span.end)


def _match_free(
    match: Callable[[Sequence[Bounds], Sequence[Bounds]], list[tuple[int, int]]],
    old: Sequence[Quote],
    new: Sequence[Quote],
    free_old: set[int],
    free_new: set[int],
) -> list[tuple[int, int]]:
    """`match` run on the content spans of the still free quotes; pairs of indices into old and new."""
    olds, news = sorted(free_old), sorted(free_new)
    pairs = match([_bounds(old[i].content) for i in olds], [_bounds(new[j].content) for j in news])
    return [(olds[a], news[b]) for a, b in pairs]


def match_quotes(old: Sequence[Quote], new: Sequence[Quote]) -> list[tuple[int, int]]:
    """Pairs (old index, new index): same id and overlapping content, then same span, then largest overlap."""
    pairs: list[tuple[int, int]] = []
    free_old, free_new = set(range(len(old))), set(range(len(new)))

    def take(i: int, j: int) -> None:
        pairs.append((i, j))
        free_old.discard(i)
        free_new.discard(j)

    new_by_id = {q.id: j for j, q in enumerate(new)}
    for i, quote in enumerate(old):
        j = new_by_id.get(quote.id)
        if j is not None and j in free_new and overlap(_bounds(quote.content), _bounds(new[j].content)) > 0:
            take(i, j)
    for match in (match_exact, match_overlap):
        for i, j in _match_free(match, old, new, free_old, free_new):
            take(i, j)
    return sorted(pairs)


def _jsonable(value: Any) -> JsonValue:
    return _dump(value) if isinstance(value, Span) else (None if value is None else str(value))


def _quote_changes(old: Quote, new: Quote) -> list[Change]:
    changes: list[Change] = []
    for name in ("id", "content", "type", "speaker", "speaker_mention", "cue", "continues"):
        a, b = getattr(old, name), getattr(new, name)
        if a != b:
            changes.append(Change(name, _jsonable(a), _jsonable(b)))
    return changes


def diff_quotes(old: Sequence[Quote], new: Sequence[Quote]) -> LayerDiff:
    """Quotes added, removed and changed (span, type, speaker, speaker mention, cue, continues, id)."""
    pairs = match_quotes(old, new)
    matched_old, matched_new = {i for i, _ in pairs}, {j for _, j in pairs}
    changed = []
    for i, j in pairs:
        changes = _quote_changes(old[i], new[j])
        if changes:
            key = old[i].id if old[i].id == new[j].id else f"{old[i].id}->{new[j].id}"
            changed.append(ItemChange(key, tuple(changes)))
    return LayerDiff(
        added=tuple(_dump(q) for j, q in enumerate(new) if j not in matched_new),
        removed=tuple(_dump(q) for i, q in enumerate(old) if i not in matched_old),
        changed=tuple(changed),
    )


def _diff_by_span(old: Sequence[Any], new: Sequence[Any], fields: Sequence[str]) -> LayerDiff:
    """Items matched on exact span; an identical item first, then the first free one with that span."""
    free_new: dict[tuple[int, int], list[int]] = {}
    for j, item in enumerate(new):
        free_new.setdefault((item.span.start, item.span.end), []).append(j)
    pairs: list[tuple[int, int]] = []
    unmatched_old: list[int] = []
    for i, item in enumerate(old):
        slots = free_new.get((item.span.start, item.span.end), [])
        same = [j for j in slots if new[j] == item]
        if same or slots:
            j = (same or slots)[0]
            slots.remove(j)
            pairs.append((i, j))
        else:
            unmatched_old.append(i)
    matched_new = {j for _, j in pairs}
    changed = []
    for i, j in pairs:
        changes = [
            Change(name, _plain(getattr(old[i], name)), _plain(getattr(new[j], name)))
            for name in fields
            if getattr(old[i], name) != getattr(new[j], name)
        ]
        if changes:
            span = old[i].span
            changed.append(ItemChange(f"[{span.start}:{span.end}] {span.text}", tuple(changes)))
    return LayerDiff(
        added=tuple(_dump(m) for j, m in enumerate(new) if j not in matched_new),
        removed=tuple(_dump(old[i]) for i in unmatched_old),
        changed=tuple(changed),
    )


def _plain(value: Any) -> JsonValue:
    return None if value is None else str(value)


def diff_mentions(old: Sequence[Mention], new: Sequence[Mention]) -> LayerDiff:
    """Mentions matched by exact span; changes of entity or kind."""
    return _diff_by_span(old, new, ("entity", "kind"))


def diff_segments(old: Sequence[Segment], new: Sequence[Segment]) -> LayerDiff:
    """Segments matched by exact span; changes of kind or language."""
    return _diff_by_span(old, new, ("kind", "language"))


def diff_release(
    old: Release, new: Release, old_text: bytes | None = None, new_text: bytes | None = None
) -> ReleaseDiff:
    """Differences between two versions of one release (and of its source text, when both are given)."""
    fields = field_changes(_dump(old.metadata), _dump(new.metadata), "/metadata")
    fields += field_changes(_dump(old.annotation), _dump(new.annotation), "/annotation")
    for name in ("schema_version", "id"):
        if getattr(old, name) != getattr(new, name):
            fields.append(Change(f"/{name}", getattr(old, name), getattr(new, name)))
    return ReleaseDiff(
        release_id=new.id,
        fields=tuple(fields),
        segments=diff_segments(old.segments, new.segments),
        quotes=diff_quotes(old.quotes, new.quotes),
        mentions=diff_mentions(old.mentions, new.mentions),
        source=None if old_text is None or new_text is None else diff_texts(old_text, new_text),
    )


def diff_registry(old: Registry | None, new: Registry | None) -> LayerDiff:
    """Entities added, removed and changed (any field), matched by id."""
    old_by_id: dict[str, Entity] = {e.id: e for e in (old.entities if old else [])}
    new_by_id: dict[str, Entity] = {e.id: e for e in (new.entities if new else [])}
    changed = []
    for entity_id in sorted(old_by_id.keys() & new_by_id.keys()):
        a, b = _dump(old_by_id[entity_id]), _dump(new_by_id[entity_id])
        changes = [Change(k, a[k], b[k]) for k in a if a[k] != b[k]]
        if changes:
            changed.append(ItemChange(entity_id, tuple(changes)))
    return LayerDiff(
        added=tuple(_dump(new_by_id[k]) for k in sorted(new_by_id.keys() - old_by_id.keys())),
        removed=tuple(_dump(old_by_id[k]) for k in sorted(old_by_id.keys() - new_by_id.keys())),
        changed=tuple(changed),
    )


def diff_corpora(old: Snapshot, new: Snapshot) -> CorpusDiff:
    """Every difference between two snapshots of the corpus."""
    common = sorted(old.releases.keys() & new.releases.keys())
    release_diffs = [
        diff_release(old.releases[k], new.releases[k], old.texts.get(k), new.texts.get(k)) for k in common
    ]
    return CorpusDiff(
        added_releases=tuple(sorted(new.releases.keys() - old.releases.keys())),
        removed_releases=tuple(sorted(old.releases.keys() - new.releases.keys())),
        releases=tuple(d for d in release_diffs if d),
        registry=diff_registry(old.registry, new.registry),
    )


# --------------------------------------------------------------------------------------------- rendering


def _short(text: str, limit: int = 60) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def _value(value: JsonValue) -> str:
    if isinstance(value, dict) and {"start", "end", "text"} <= value.keys():
        return f"[{value['start']}:{value['end']}] «{_short(value['text'])}»"
    if isinstance(value, str):
        return f'"{_short(value)}"'
    return json.dumps(value, ensure_ascii=False)


def _change_line(prefix: str, change: Change) -> str:
    return f"{prefix}{change.field}: {_value(change.old)} -> {_value(change.new)}"


def _quote_summary(q: JsonValue) -> str:
    speaker = q["speaker"] or "unknown"
    return f"{q['type']} {_value(q['content'])} speaker={speaker}"


def _layer_lines(diff: LayerDiff, label: str, summary: Any, name: Any) -> list[str]:
    lines = [f"  {label} {name(item)} added: {summary(item)}" for item in diff.added]
    lines += [f"  {label} {name(item)} removed: {summary(item)}" for item in diff.removed]
    for item in diff.changed:
        lines += [_change_line(f"  {label} {item.key}: ", change) for change in item.changes]
    return lines


def render_text(diff: CorpusDiff) -> str:
    """Readable report for writing the changelog; ends with a one-line count."""
    lines = [f"release {rid}: added" for rid in diff.added_releases]
    lines += [f"release {rid}: removed" for rid in diff.removed_releases]
    span_name = lambda item: f"[{item['span']['start']}:{item['span']['end']}]"  # noqa: E731
    for rd in diff.releases:
        lines.append(f"release {rd.release_id}: changed")
        lines += render_text_change(rd.source) if rd.source else []
        lines += [_change_line("  ", c) for c in rd.fields]
        lines += _layer_lines(rd.segments, "segment", lambda s: s["kind"], span_name)
        lines += _layer_lines(rd.quotes, "quote", _quote_summary, lambda q: q["id"])
        lines += _layer_lines(
            rd.mentions,
            "mention",
            lambda m: f"{m['entity']} ({m['kind']}) «{_short(m['span']['text'])}»",
            span_name,
        )
    if diff.registry:
        lines.append("registry: changed")
        lines += _layer_lines(
            diff.registry, "entity", lambda e: f"{e['type']} {_value(e['name'])}", lambda e: e["id"]
        )
    if not diff:
        return "no differences\n"
    lines.append(
        f"{len(diff.added_releases)} release(s) added, {len(diff.removed_releases)} removed, "
        f"{len(diff.releases)} changed; registry {'changed' if diff.registry else 'unchanged'}"
    )
    return "\n".join(lines) + "\n"


def _layer_json(diff: LayerDiff) -> JsonValue:
    return {
        "added": list(diff.added),
        "removed": list(diff.removed),
        "changed": [{"key": item.key, "changes": [vars(c) for c in item.changes]} for item in diff.changed],
    }


def to_json_data(diff: CorpusDiff) -> JsonValue:
    """The diff as plain JSON data (render with sorted keys)."""
    return {
        "equal": not diff,
        "releases": {
            "added": list(diff.added_releases),
            "removed": list(diff.removed_releases),
            "changed": {
                rd.release_id: {
                    "fields": [vars(c) for c in rd.fields],
                    "segments": _layer_json(rd.segments),
                    "quotes": _layer_json(rd.quotes),
                    "mentions": _layer_json(rd.mentions),
                    "source": text_change_json(rd.source) if rd.source else None,
                }
                for rd in diff.releases
            },
        },
        "registry": _layer_json(diff.registry),
    }
