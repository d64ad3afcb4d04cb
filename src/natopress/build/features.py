"""The one `datasets.Features` declaration per config: the loader's `_info`, the Parquet files and the card use it."""

from __future__ import annotations

from typing import Any

import datasets

from natopress.text.tokens import IOB2_LABELS

CONFIG_NAMES: tuple[str, ...] = ("releases", "quotes", "mentions", "entities", "ner")
"""Every config, in the order the card and the summary list them; `releases` is the default."""
DEFAULT_CONFIG = "releases"

CONFIG_DESCRIPTIONS: dict[str, str] = {
    "releases": "One row per release: metadata, verbatim text, body, segments, quotes and mentions nested.",
    "quotes": "One row per quote: content span, cue, speaker and the sentence(s) around it.",
    "mentions": "One row per entity mention, with the entity's type and canonical name.",
    "entities": "The entity registry: one row per entity, with aliases and the roles the texts state.",
    "ner": "One row per content segment (title, body paragraph, caption): tokens and CoNLL-2003 IOB2 tags.",
}


def _list(feature: Any) -> Any:
    """A list feature: `datasets.List` on datasets >= 4, the 3.x spelling otherwise (a loading script runs on both)."""
    list_type = getattr(datasets, "List", None)
    if list_type is not None:
        return list_type(feature)
    return [feature] if isinstance(feature, dict) else datasets.Sequence(feature)


def _string() -> datasets.Value:
    return datasets.Value("string")


def _int() -> datasets.Value:
    return datasets.Value("int32")


def _segment() -> dict[str, Any]:
    return {"kind": _string(), "start": _int(), "end": _int(), "text": _string(), "language": _string()}


def _quote() -> dict[str, Any]:
    """A quote's columns, without `release_id` (nested in `releases`, flat in `quotes`)."""
    return {
        "quote_id": _string(),
        "type": _string(),
        "text": _string(),
        "start": _int(),
        "end": _int(),
        "cue": _string(),
        "cue_start": _int(),
        "cue_end": _int(),
        "speaker_id": _string(),
        "speaker": _string(),
        "speaker_mention": _string(),
        "speaker_mention_start": _int(),
        "speaker_mention_end": _int(),
        "continues": _string(),
        "context": _string(),
        "context_start": _int(),
        "context_end": _int(),
    }


def _mention() -> dict[str, Any]:
    """A mention's columns, without `release_id` (nested in `releases`, flat in `mentions`)."""
    return {
        "entity_id": _string(),
        "entity_type": _string(),
        "entity_name": _string(),
        "text": _string(),
        "start": _int(),
        "end": _int(),
        "kind": _string(),
        "segment_kind": _string(),
    }


def _releases() -> datasets.Features:
    return datasets.Features(
        {
            "id": _string(),
            "title": _string(),
            "published": _string(),
            "updated": _string(),
            "event_date": _string(),
            "language": _string(),
            "document_kind": _string(),
            "url": _string(),
            "text_sha256": _string(),
            "annotation_status": _string(),
            "text": _string(),
            "body": _string(),
            "segments": _list(_segment()),
            "quotes": _list(_quote()),
            "mentions": _list(_mention()),
        }
    )


def _quotes() -> datasets.Features:
    return datasets.Features({"release_id": _string(), **_quote()})


def _mentions() -> datasets.Features:
    return datasets.Features({"release_id": _string(), **_mention()})


def _entities() -> datasets.Features:
    role = {"role": _string(), "release_id": _string(), "start": _int(), "end": _int(), "text": _string()}
    return datasets.Features(
        {
            "id": _string(),
            "type": _string(),
            "subtype": _string(),
            "name": _string(),
            "aliases": _list(_string()),
            "roles": _list(role),
            "replaced_by": _string(),
        }
    )


def _ner() -> datasets.Features:
    return datasets.Features(
        {
            "release_id": _string(),
            "segment_index": _int(),
            "segment_kind": _string(),
            "language": _string(),
            "start": _int(),
            "end": _int(),
            "tokens": _list(_string()),
            "token_starts": _list(_int()),
            "ner_tags": _list(datasets.ClassLabel(names=list(IOB2_LABELS))),
        }
    )


_BUILDERS = {
    "releases": _releases,
    "quotes": _quotes,
    "mentions": _mentions,
    "entities": _entities,
    "ner": _ner,
}


def features(config: str) -> datasets.Features:
    """The declared features of `config` (a fresh object each call)."""
    if config not in _BUILDERS:
        raise KeyError(f"unknown config {config!r}; expected one of {', '.join(CONFIG_NAMES)}")
    return _BUILDERS[config]()
