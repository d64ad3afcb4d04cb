"""Generates the published JSON Schema (draft 2020-12) from the pydantic models.

The models are the single source: the validator's detailed errors use `release_schema()`/`registry_schema()`
directly, and `schema/` in the checkout is their committed copy (`natopress schema`, a developer command)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from natopress.atomic import write_text_atomic
from natopress.model import Registry, Release
from natopress.paths import checkout_root

DIALECT = "https://json-schema.org/draft/2020-12/schema"
BASE_ID = "https://natopress.github.io/schema/"
SCHEMA_FOLDER = "schema"
RELEASE_SCHEMA = "release.schema.json"
REGISTRY_SCHEMA = "registry.schema.json"


def generate(model: type[BaseModel], filename: str) -> dict[str, Any]:
    """The JSON Schema of `model`, with `$schema` and `$id` set."""
    schema = model.model_json_schema(by_alias=True, mode="validation")
    return {"$schema": DIALECT, "$id": BASE_ID + filename, **schema}


def release_schema() -> dict[str, Any]:
    return generate(Release, RELEASE_SCHEMA)


def registry_schema() -> dict[str, Any]:
    return generate(Registry, REGISTRY_SCHEMA)


def render(schema: dict[str, Any]) -> str:
    """The schema as committed: sorted keys, two-space indent, final newline."""
    return json.dumps(schema, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def expected_files(repo: Path | None = None) -> dict[Path, str]:
    """Each committed schema file of the checkout `repo` (default: the one holding the current folder) and the
    text the models generate for it. Raises paths.NotACheckoutError outside a checkout."""
    folder = checkout_root(repo) / SCHEMA_FOLDER
    return {
        folder / RELEASE_SCHEMA: render(release_schema()),
        folder / REGISTRY_SCHEMA: render(registry_schema()),
    }


def write_all(repo: Path | None = None) -> list[Path]:
    """Regenerates `schema/` of the checkout `repo` (as expected_files); returns the files that changed."""
    changed = []
    for path, text in expected_files(repo).items():
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            write_text_atomic(path, text)
            changed.append(path)
    return changed
