"""The canonical JSON form of a Release or Registry, and its atomic write."""

from __future__ import annotations

import json
from pathlib import Path

from natopress.atomic import write_text_atomic
from natopress.model import Registry, Release

RELEASE_SCHEMA_REF = "../schema/release.schema.json"
REGISTRY_SCHEMA_REF = "../schema/registry.schema.json"


def to_json(model: Release | Registry) -> str:
    """Canonical text: `$schema` first, model field order, indent 2, UTF-8 characters kept, final newline.

    Every field is written, nulls included, so a file says explicitly what is unknown. A missing
    `$schema` is filled with the path the corpus folder uses (`../schema/*.schema.json`).
    """
    data = model.model_dump(mode="json", by_alias=True)
    if data.get("$schema") is None:
        data["$schema"] = RELEASE_SCHEMA_REF if isinstance(model, Release) else REGISTRY_SCHEMA_REF
    # `$schema` is the first declared field, so the dump already starts with it; keep it first anyway.
    ordered = {"$schema": data.pop("$schema"), **data}
    return json.dumps(ordered, indent=2, ensure_ascii=False) + "\n"


def write_model(path: Path, model: Release | Registry) -> None:
    """Writes `model` to `path` in the canonical form, atomically (old file or new, never half)."""
    write_text_atomic(path, to_json(model))
