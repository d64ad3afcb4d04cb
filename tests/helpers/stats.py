"""Corpus statistics: releases, segments, quotes by type, mentions by type and kind, entities, speakers."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from typing import Any

from natopress.corpus import Corpus
from natopress.model import EntityType, MentionKind, QuoteType, Registry, Release, SegmentKind

UNRESOLVED = "unresolved"
"""The type counted for a mention whose entity id is not in the registry (the validator reports it)."""


def _full(counter: Counter[str], keys: Iterable[str]) -> dict[str, int]:
    """Every expected key with its count (zeros included), then any unexpected key, sorted."""
    expected = list(keys)
    counts = {key: counter.get(key, 0) for key in expected}
    counts.update({key: counter[key] for key in sorted(counter) if key not in counts})
    return counts


def corpus_stats(releases: Iterable[Release], registry: Registry) -> dict[str, Any]:
    """Plain-data statistics of `releases` against `registry`: ints and str keys only, stable order."""
    types: Mapping[str, str] = {entity.id: entity.type.value for entity in registry.entities}
    entity_types = [t.value for t in EntityType]
    kinds = [k.value for k in MentionKind]

    release_ids: list[str] = []
    per_release: dict[str, dict[str, int]] = {}
    segment_kinds: Counter[str] = Counter()
    quote_types: Counter[str] = Counter()
    speakers: Counter[str] = Counter()
    mention_types: Counter[str] = Counter()
    mention_kinds: Counter[str] = Counter()
    type_and_kind: dict[str, Counter[str]] = {t: Counter() for t in [*entity_types, UNRESOLVED]}
    mentioned: Counter[str] = Counter()
    without_cue = continuing = without_speaker = 0

    for release in releases:
        release_ids.append(release.id)
        per_release[release.id] = {
            "segments": len(release.segments),
            "quotes": len(release.quotes),
            "mentions": len(release.mentions),
        }
        segment_kinds.update(segment.kind.value for segment in release.segments)
        for quote in release.quotes:
            quote_types[quote.type.value] += 1
            without_cue += quote.cue is None
            continuing += quote.continues is not None
            if quote.speaker is None:
                without_speaker += 1
            else:
                speakers[quote.speaker] += 1
        for mention in release.mentions:
            entity_type = types.get(mention.entity, UNRESOLVED)
            mention_types[entity_type] += 1
            mention_kinds[mention.kind.value] += 1
            type_and_kind[entity_type][mention.kind.value] += 1
            mentioned[mention.entity] += 1

    registry_types: Counter[str] = Counter(types.values())
    return {
        "releases": {"total": len(release_ids), "ids": sorted(release_ids), "per_release": per_release},
        "segments": {
            "total": sum(segment_kinds.values()),
            "by_kind": _full(segment_kinds, [k.value for k in SegmentKind]),
        },
        "quotes": {
            "total": sum(quote_types.values()),
            "by_type": _full(quote_types, [t.value for t in QuoteType]),
            "without_cue": without_cue,
            "continuing": continuing,
            "without_speaker": without_speaker,
        },
        "mentions": {
            "total": sum(mention_kinds.values()),
            "by_type": _full(mention_types, entity_types),
            "by_kind": _full(mention_kinds, kinds),
            "by_type_and_kind": {
                t: _full(type_and_kind[t], kinds)
                for t in [*entity_types, UNRESOLVED]
                if t != UNRESOLVED or type_and_kind[t]
            },
        },
        "entities": {
            "total": len(types),
            "by_type": _full(registry_types, entity_types),
            "mentioned": len(mentioned),
            "never_mentioned": sorted(set(types) - set(mentioned)),
            "mentions_by_entity": dict(sorted(mentioned.items())),
        },
        "speakers": {
            "total": len(speakers),
            "quotes_by_speaker": dict(sorted(speakers.items())),
        },
    }


def stats_of(corpus: Corpus) -> dict[str, Any]:
    """The statistics of a corpus folder (read with the trusting reader: run `natopress validate` first)."""
    registry = corpus.load_registry()
    return corpus_stats((document.release for document in corpus.documents()), registry)
