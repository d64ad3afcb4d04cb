"""The canonical JSON form of a Release or Registry, and its atomic write."""

from __future__ import annotations

from pathlib import Path

from natopress.atomic import write_bytes_atomic, write_text_atomic
from natopress.canonical import SCHEMA_REFS, Kind, canonical_text
from natopress.corpus import without_byte_order_mark
from natopress.model import Registry, Release

RELEASE_SCHEMA_REF = SCHEMA_REFS["release"]
REGISTRY_SCHEMA_REF = SCHEMA_REFS["registry"]


def to_json(model: Release | Registry) -> str:
    """Canonical text of a model (natopress.canonical.canonical_text of its dump): `$schema` first, model
    field order, indent 2, UTF-8 characters kept, final newline, nulls written; a missing `$schema` is the
    path the corpus folder uses (`../schema/*.schema.json`)."""
    kind: Kind = "release" if isinstance(model, Release) else "registry"
    return canonical_text(model.model_dump(mode="json", by_alias=True), kind)


def write_model(path: Path, model: Release | Registry) -> None:
    """Writes `model` to `path` in the canonical form, atomically (old file or new, never half)."""
    write_text_atomic(path, to_json(model))


class FormatError(Exception):
    """A file `natopress format` cannot rewrite (unreadable, not JSON, or not a valid release/registry)."""


def canonical_form(path: Path) -> tuple[bytes, bytes]:
    """(current bytes, canonical bytes) of the release or registry file at `path`.

    `registry.json` is read as the registry, any other `.json` as a release; the model's strict parse is
    the validator's fast path, so a file it refuses is a FormatError naming the file (`natopress validate`
    says why).
    """
    model_class: type[Release] | type[Registry] = Registry if path.name == "registry.json" else Release
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise FormatError(f"{path}: cannot read: {error.strerror}") from error
    body = without_byte_order_mark(raw)
    try:
        model = model_class.model_validate_json(body, strict=True)
    except ValueError as error:  # pydantic's ValidationError, or bytes that are not UTF-8 JSON
        kind = "registry" if model_class is Registry else "release annotation"
        raise FormatError(f"{path}: not a valid {kind}; run `natopress validate` to see why") from error
    return raw, to_json(model).encode("utf-8")


def format_file(path: Path, check: bool = False) -> bool:
    """Rewrites `path` in the canonical form, atomically and keeping its mode; True when it was not canonical.

    With `check`, nothing is written. Raises FormatError (see canonical_form).
    """
    raw, canonical = canonical_form(path)
    if raw == canonical:
        return False
    if not check:
        write_bytes_atomic(path, canonical)  # keeps the file's mode (natopress.atomic)
    return True
