"""The parsed JSON of a schema-valid release or registry, as the validator's checks read it: plain dicts and
lists typed with TypedDicts, in canonical form (natopress.canonical.canonical_data: every field present,
defaults filled). They mirror natopress.model field for field (tests/unit/test_document.py); a model's
`model_dump(mode="json", by_alias=True)` is one too."""

from __future__ import annotations

import operator
from collections.abc import Callable, Iterable
from typing import TypedDict, TypeVar

T = TypeVar("T")


class SpanData(TypedDict):
    """natopress.model.Span: `text == source[start:end]`, code points, end exclusive."""

    start: int
    end: int
    text: str


class FactData(TypedDict):
    """natopress.model.TextFact, DateFact or DateTimeFact: `value` is the text, date or date-time string."""

    span: SpanData | None
    source: str | None
    value: str


class ProvenanceData(TypedDict):
    """natopress.model.Provenance."""

    organisation: str
    url: str | None
    cited_from: str | None
    original_filename: str | None
    retrieved: str | None


class AnnotationData(TypedDict):
    """natopress.model.Annotation."""

    status: str
    checked_by: list[str]
    checked_on: str | None
    guidelines: str | None
    notes: str | None


class MetadataData(TypedDict):
    """natopress.model.Metadata."""

    title: FactData | None
    published: FactData | None
    updated: FactData | None
    event_date: FactData | None
    language: str
    document_kind: str
    provenance: ProvenanceData
    text_sha256: str


class SegmentData(TypedDict):
    """natopress.model.Segment."""

    kind: str
    span: SpanData
    language: str | None


class QuoteData(TypedDict):
    """natopress.model.Quote."""

    id: str
    type: str
    content: SpanData
    cue: SpanData | None
    speaker: str | None
    co_speakers: list[str]
    speaker_mention: SpanData | None
    continues: str | None


class MentionData(TypedDict):
    """natopress.model.Mention."""

    span: SpanData
    entity: str
    kind: str


class RoleData(TypedDict):
    """natopress.model.Role."""

    role: str
    release: str
    span: SpanData


class EntityData(TypedDict):
    """natopress.model.Entity."""

    id: str
    type: str
    subtype: str | None
    name: str
    aliases: list[str]
    roles: list[RoleData]
    replaced_by: str | None


ReleaseData = TypedDict(
    "ReleaseData",
    {
        "$schema": str | None,
        "schema_version": str,
        "id": str,
        "metadata": MetadataData,
        "segments": list[SegmentData],
        "quotes": list[QuoteData],
        "mentions": list[MentionData],
        "proposed_entities": list[EntityData],
        "annotation": AnnotationData,
    },
)
"""natopress.model.Release."""

RegistryData = TypedDict(
    "RegistryData",
    {"$schema": str | None, "schema_version": str, "entities": list[EntityData]},
)
"""natopress.model.Registry."""


def first_by_id(entities: Iterable[T], id_of: Callable[[T], str]) -> dict[str, T]:
    """`entities` by id, the first one when an id repeats (a repeated id is NP410): the one rule of the
    validator (on parsed JSON) and of the build (on models, natopress.model.entity_index)."""
    index: dict[str, T] = {}
    for entity in entities:
        index.setdefault(id_of(entity), entity)
    return index


def entity_index(registry: RegistryData) -> dict[str, EntityData]:
    """Registry entities by id (first_by_id)."""
    return first_by_id(registry["entities"], operator.itemgetter("id"))
