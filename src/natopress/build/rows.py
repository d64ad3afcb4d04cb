"""Pure functions from parsed documents and the registry to the rows of each config (see features.py)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any

from natopress.corpus import Document
from natopress.model import Entity, Registry, Segment, SegmentKind, Span, entity_index
from natopress.text.iob2 import iob2_view
from natopress.text.sentences import Range, context_span, sentences

Row = dict[str, Any]

BODY_SEPARATOR = "\n\n"
"""Joins the body segments' texts into the `body` column (one blank line between paragraphs)."""


def _resolve(index: dict[str, Entity], entity_id: str) -> Entity | None:
    """The entity an id names, following `replaced_by` (merged ids keep resolving)."""
    seen: set[str] = set()
    entity = index.get(entity_id)
    while entity is not None and entity.replaced_by is not None and entity.id not in seen:
        seen.add(entity.id)
        entity = index.get(entity.replaced_by, entity)
    return entity


def _containing_segment(segments: Iterable[Segment], span: Span) -> Segment | None:
    return next((s for s in segments if s.span.start <= span.start and span.end <= s.span.end), None)


def _span_columns(name: str, span: Span | None) -> Row:
    return {
        name: None if span is None else span.text,
        f"{name}_start": None if span is None else span.start,
        f"{name}_end": None if span is None else span.end,
    }


def quote_columns(document: Document, index: dict[str, Entity]) -> list[Row]:
    """The quotes of one release, without `release_id`, in annotation order."""
    release, text = document.release, document.text
    rows: list[Row] = []
    segment_sentences: dict[Range, list[Range]] = {}  # each segment is split once, not once per quote
    for quote in release.quotes:
        content = quote.content
        speaker = None if quote.speaker is None else _resolve(index, quote.speaker)
        segment = _containing_segment(release.segments, content)
        context = None
        if segment is not None:
            bounds = (segment.span.start, segment.span.end)
            if bounds not in segment_sentences:
                segment_sentences[bounds] = sentences(text, *bounds)
            context = context_span(segment_sentences[bounds], (content.start, content.end))
        rows.append(
            {
                "quote_id": quote.id,
                "type": quote.type.value,
                "text": content.text,
                "start": content.start,
                "end": content.end,
                **_span_columns("cue", quote.cue),
                "speaker_id": quote.speaker,
                "speaker": None if speaker is None else speaker.name,
                **_span_columns("speaker_mention", quote.speaker_mention),
                "continues": quote.continues,
                "context": None if context is None else text[context[0] : context[1]],
                "context_start": None if context is None else context[0],
                "context_end": None if context is None else context[1],
            }
        )
    return rows


def mention_columns(document: Document, index: dict[str, Entity]) -> list[Row]:
    """The mentions of one release, without `release_id`, in annotation order."""
    release = document.release
    rows: list[Row] = []
    for mention in release.mentions:
        entity = _resolve(index, mention.entity)
        segment = _containing_segment(release.segments, mention.span)
        rows.append(
            {
                "entity_id": mention.entity,
                "entity_type": None if entity is None else entity.type.value,
                "entity_name": None if entity is None else entity.name,
                "text": mention.span.text,
                "start": mention.span.start,
                "end": mention.span.end,
                "kind": mention.kind.value,
                "segment_kind": None if segment is None else segment.kind.value,
            }
        )
    return rows


def release_row(document: Document, registry: Registry) -> Row:
    """The `releases` row of one document: metadata, texts, and its segments, quotes and mentions nested."""
    index = entity_index(registry)
    return _release_row(document, quote_columns(document, index), mention_columns(document, index))


def _release_row(document: Document, quotes: list[Row], mentions: list[Row]) -> Row:
    release = document.release
    meta = release.metadata
    body = [s.span.text for s in release.segments if s.kind is SegmentKind.BODY]
    return {
        "id": release.id,
        "title": None if meta.title is None else meta.title.value,
        "published": None if meta.published is None else meta.published.value.isoformat(),
        "updated": None if meta.updated is None else meta.updated.value.isoformat(),
        "event_date": None if meta.event_date is None else meta.event_date.value.isoformat(),
        "language": meta.language,
        "document_kind": meta.document_kind.value,
        "url": meta.provenance.url,
        "text_sha256": meta.text_sha256,
        "annotation_status": release.annotation.status.value,
        "text": document.text,
        "body": BODY_SEPARATOR.join(body),
        "segments": [
            {
                "kind": s.kind.value,
                "start": s.span.start,
                "end": s.span.end,
                "text": s.span.text,
                "language": s.language,
            }
            for s in release.segments
        ],
        "quotes": quotes,
        "mentions": mentions,
    }


def quote_rows(document: Document, registry: Registry) -> list[Row]:
    """The `quotes` rows of one document."""
    return _with_release_id(document, quote_columns(document, entity_index(registry)))


def mention_rows(document: Document, registry: Registry) -> list[Row]:
    """The `mentions` rows of one document."""
    return _with_release_id(document, mention_columns(document, entity_index(registry)))


def _with_release_id(document: Document, columns: list[Row]) -> list[Row]:
    release_id = document.release.id
    return [{"release_id": release_id, **row} for row in columns]


def document_rows(document: Document, index: dict[str, Entity]) -> dict[str, list[Row]]:
    """The rows of every per-release config (`releases`, `quotes`, `mentions`, `ner`) of one document, from
    one parse of it: what one pass over the corpus feeds every config's writer with (issue 16).

    `index` is `entity_index(registry)`. The rows are those of `release_row`, `quote_rows`, `mention_rows`
    and `ner_rows`; the quotes and mentions are computed once, for both their config and the `releases` row.
    """
    quotes, mentions = quote_columns(document, index), mention_columns(document, index)
    return {
        "releases": [_release_row(document, quotes, mentions)],
        "quotes": _with_release_id(document, quotes),
        "mentions": _with_release_id(document, mentions),
        "ner": _ner_rows(document, index),
    }


def entity_rows(registry: Registry) -> list[Row]:
    """The `entities` rows: the registry, in its order (sorted by id)."""
    return [
        {
            "id": entity.id,
            "type": entity.type.value,
            "subtype": entity.subtype,
            "name": entity.name,
            "aliases": list(entity.aliases),
            "roles": [
                {
                    "role": role.role,
                    "release_id": role.release,
                    "start": role.span.start,
                    "end": role.span.end,
                    "text": role.span.text,
                }
                for role in entity.roles
            ],
            "replaced_by": entity.replaced_by,
        }
        for entity in registry.entities
    ]


def ner_rows(document: Document, registry: Registry) -> list[Row]:
    """The `ner` rows of one document: one per content segment (title, body, caption), in annotation order.

    Tags come from natopress.text.iob2.iob2_view, as in the CoNLL export: names only (nominal mentions stay
    out, guidelines 3.4), outermost mentions only (IOB2 cannot nest).
    """
    return _ner_rows(document, entity_index(registry))


def _ner_rows(document: Document, index: dict[str, Entity]) -> list[Row]:
    release = document.release

    def entity_type(entity_id: str) -> str | None:
        entity = _resolve(index, entity_id)
        return None if entity is None else entity.type.value

    tagged, _ = iob2_view(release, document.text, entity_type)
    return [
        {
            "release_id": release.id,
            "segment_index": t.index,
            "segment_kind": t.segment.kind.value,
            "language": t.segment.language or release.metadata.language,
            "start": t.segment.span.start,
            "end": t.segment.span.end,
            "tokens": t.columns.texts,
            "token_starts": t.columns.starts,
            "ner_tags": list(t.tags),
        }
        for t in tagged
    ]


_PER_DOCUMENT: dict[str, Callable[[Document, dict[str, Entity]], list[Row]]] = {
    "releases": lambda d, i: [_release_row(d, quote_columns(d, i), mention_columns(d, i))],
    "quotes": lambda d, i: _with_release_id(d, quote_columns(d, i)),
    "mentions": lambda d, i: _with_release_id(d, mention_columns(d, i)),
    "ner": _ner_rows,
}


def rows(config: str, documents: Iterable[Document], registry: Registry) -> Iterator[Row]:
    """Every row of `config`, releases in the order given (the corpus yields them by id)."""
    if config == "entities":
        yield from entity_rows(registry)
        return
    if config not in _PER_DOCUMENT:
        raise KeyError(f"unknown config {config!r}")
    index = entity_index(registry)
    for document in documents:
        yield from _PER_DOCUMENT[config](document, index)
