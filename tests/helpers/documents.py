"""Small documents for the check families' unit tests: the valid fixture with one thing changed."""

from __future__ import annotations

import copy
import json
from collections.abc import Iterable
from typing import Any

from conftest import FIXTURE_ID, VALID

from natopress.document import EntityData, RegistryData, ReleaseData, entity_index
from natopress.model import Registry, Release, as_data, registry_data
from natopress.validate.findings import Finding

SOURCE = (VALID / f"{FIXTURE_ID}.txt").read_bytes()
"""The valid release's `.txt`, as bytes."""
TEXT = SOURCE.decode("utf-8")
"""The valid release's source text."""
BASE: dict[str, Any] = json.loads((VALID / f"{FIXTURE_ID}.json").read_text(encoding="utf-8"))
"""The valid release as plain JSON data; copy it (`release_doc`) before changing it."""
REGISTRY_BASE: dict[str, Any] = json.loads((VALID / "registry.json").read_text(encoding="utf-8"))
"""The valid registry as plain JSON data."""


def release_doc() -> dict[str, Any]:
    """A fresh copy of the valid release's JSON data, to change one thing in."""
    return copy.deepcopy(BASE)


def as_release(doc: dict[str, Any]) -> ReleaseData:
    """`doc` (which must pass the schema) as the checks read it: its model's dump (natopress.document)."""
    return as_data(Release.model_validate_json(json.dumps(doc)))


def release(**changes: Any) -> ReleaseData:
    """The valid release with some top-level keys replaced."""
    doc = release_doc()
    doc.update(changes)
    return as_release(doc)


def entity(id_: str, type_: str = "ORG", replaced_by: str | None = None, **fields: Any) -> dict[str, Any]:
    """A registry entity as JSON data."""
    return {"id": id_, "type": type_, "name": id_, "replaced_by": replaced_by, **fields}


def registry(entities: Iterable[dict[str, Any]] | None = None) -> RegistryData:
    """The valid registry, or one holding exactly `entities`, as the checks read it."""
    doc = copy.deepcopy(REGISTRY_BASE)
    if entities is not None:
        doc["entities"] = list(entities)
    return registry_data(Registry.model_validate_json(json.dumps(doc)))


def entities() -> dict[str, EntityData]:
    """The valid registry's entities by id."""
    return entity_index(registry())


def found(findings: Iterable[Finding]) -> list[tuple[str, str]]:
    """(code, pointer) of each finding, sorted: what the check tests compare."""
    return sorted((f.code, f.pointer) for f in findings)


def located(findings: Iterable[Finding]) -> list[tuple[str, int | None, int | None]]:
    """(code, line, column) of each finding, sorted: for file-level findings, which have no pointer."""
    return sorted((f.code, f.line, f.column) for f in findings)
