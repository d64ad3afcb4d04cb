"""Generates the published JSON Schema (draft 2020-12) from the pydantic models."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from natopress.atomic import write_text_atomic
from natopress.model import Registry, Release
from natopress.paths import REGISTRY_SCHEMA_PATH, RELEASE_SCHEMA_PATH

DIALECT = "https://json-schema.org/draft/2020-12/schema"
BASE_ID = "https://natopress.github.io/schema/"


def generate(model: type[BaseModel], filename: str) -> dict[str, Any]:
    """The JSON Schema of `model`, with `$schema` and `$id` set."""
    schema = model.model_json_schema(by_alias=True, mode="validation")
    return {"$schema": DIALECT, "$id": BASE_ID + filename, **schema}


def release_schema() -> dict[str, Any]:
    return generate(Release, RELEASE_SCHEMA_PATH.name)


def registry_schema() -> dict[str, Any]:
    return generate(Registry, REGISTRY_SCHEMA_PATH.name)


def render(schema: dict[str, Any]) -> str:
    """The schema as committed: sorted keys, two-space indent, final newline."""
    return json.dumps(schema, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def expected_files() -> dict[Path, str]:
    """Each committed schema file and the text the models generate for it."""
    return {
        RELEASE_SCHEMA_PATH: render(release_schema()),
        REGISTRY_SCHEMA_PATH: render(registry_schema()),
    }


def write_all() -> list[Path]:
    """Regenerates `schema/`; returns the files that changed."""
    changed = []
    for path, text in expected_files().items():
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            write_text_atomic(path, text)
            changed.append(path)
    return changed
