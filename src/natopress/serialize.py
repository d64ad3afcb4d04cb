"""The canonical JSON form of a Release or Registry, and its atomic write."""

from __future__ import annotations

import json
from pathlib import Path

import orjson

from natopress.atomic import write_bytes_atomic, write_text_atomic
from natopress.corpus import without_byte_order_mark
from natopress.model import Registry, Release

RELEASE_SCHEMA_REF = "../schema/release.schema.json"
REGISTRY_SCHEMA_REF = "../schema/registry.schema.json"
_ORJSON_OPTIONS = (
    orjson.OPT_INDENT_2
    | orjson.OPT_PASSTHROUGH_SUBCLASS
    | orjson.OPT_PASSTHROUGH_DATACLASS
    | orjson.OPT_PASSTHROUGH_DATETIME
)
"""Indent 2; anything but the JSON types raises, so `json` decides what to do with it."""


def to_json(model: Release | Registry) -> str:
    """Canonical text: `$schema` first, model field order, indent 2, UTF-8 characters kept, final newline.

    Every field is written, nulls included, so a file says explicitly what is unknown (except the empty
    additions of `_drop_empty_additions`). A missing
    `$schema` is filled with the path the corpus folder uses (`../schema/*.schema.json`).
    """
    data = model.model_dump(mode="json", by_alias=True)
    _drop_empty_additions(data)
    if data.get("$schema") is None:
        data["$schema"] = RELEASE_SCHEMA_REF if isinstance(model, Release) else REGISTRY_SCHEMA_REF
    # `$schema` is the first declared field, so the dump already starts with it; keep it first anyway.
    ordered = {"$schema": data.pop("$schema"), **data}
    return dumps_indented(ordered) + "\n"


def dumps_indented(value: object) -> str:
    """`json.dumps(value, indent=2, ensure_ascii=False)` for a value of JSON types without floats (dicts with
    string keys, lists, strings, integers, booleans, None: what `model_dump(mode="json")` gives, the models
    having no float field), computed by orjson, ten times faster: the standard encoder is pure Python when
    it indents, and NP018 re-serialises every file `natopress validate` and `natopress build` read (issue 16).

    orjson's indent-2 layout is `json`'s, and both escape each character of a string alone and alike
    (`\\"`, `\\n`, `\\u001f`, everything else verbatim; checked for every code point, and the whole
    function on random values, by tests/unit/test_serialize_fast.py). What orjson refuses (integers beyond
    64 bits, lone surrogates, other types) goes through `json`.
    """
    try:
        return orjson.dumps(value, option=_ORJSON_OPTIONS).decode("utf-8")
    except orjson.JSONEncodeError:
        return json.dumps(value, indent=2, ensure_ascii=False)


def _drop_empty_additions(data: dict[str, object]) -> None:
    """Removes `proposed_entities` and each quote's `co_speakers` when they are empty lists: fields added
    after files were written (issue 14), left out while empty so that the canonical form of every file
    not using them stays byte for byte what it was."""
    if data.get("proposed_entities") == []:
        del data["proposed_entities"]
    for quote in data.get("quotes") or []:  # type: ignore[attr-defined]
        if isinstance(quote, dict) and quote.get("co_speakers") == []:
            del quote["co_speakers"]


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
