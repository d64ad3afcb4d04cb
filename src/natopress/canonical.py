"""The canonical form of a release or registry document as plain JSON data, without pydantic: what
`natopress format` writes (natopress.serialize) and what the validator's NP018 compares a file with."""

from __future__ import annotations

import copy
import functools
import importlib
from types import ModuleType
from typing import Any, Literal

import orjson

from natopress.formats import DATETIME_FORMAT, format_datetime, parse_datetime

Kind = Literal["release", "registry"]

SCHEMA_REFS: dict[str, str] = {
    "release": "../schema/release.schema.json",
    "registry": "../schema/registry.schema.json",
}
"""The `$schema` a document without one is given: the path the corpus folder uses."""


def compiled(kind: Kind) -> ModuleType:
    """The generated module of `kind` (natopress.compiled): `validate(data, FORMATS)`, raising its
    `JsonSchemaValueException` when the schema refuses `data`, and `SCHEMA` in the models' field order."""
    return importlib.import_module(f"natopress.compiled.{kind}")


def compiled_schema(kind: Kind) -> dict[str, Any]:
    """The JSON Schema of `kind` in the models' field order (natopress.compiled)."""
    schema: dict[str, Any] = compiled(kind).SCHEMA
    return schema


def canonical_data(value: Any, kind: Kind) -> Any:
    """`value`, a schema-valid document, as the model dumps it: every object's keys in the models' field
    order, absent fields filled with their defaults, date-times in their written form
    (natopress.formats.format_datetime). `value` is not changed; the result shares its lists of plain
    values (strings), so neither should be changed afterwards. `value` must be schema-valid (the compiled
    schema accepted it); anything else may raise KeyError or TypeError.

    The schema (generated from the models) is the one source of the order and the defaults, so the result
    is `Model.model_validate(value).model_dump(mode="json", by_alias=True)` (tests/unit/test_validate_properties.py).
    """
    return _apply(_plan(kind), value)


Plan = tuple[Any, ...] | None
"""How `_apply` rewrites a value: None keeps it as it is (a string, number, boolean or null, or a list of
them); ("object", fields) with (key, plan, has default, default) per field in the models' order;
("array", plan of each item); ("datetime",) its written form."""


@functools.cache
def _plan(kind: Kind) -> Plan:
    """The plan of a whole document of `kind`, made once from its schema (natopress.compiled)."""
    schema = compiled_schema(kind)
    return _node_plan(schema, schema["$defs"])


def _node_plan(node: dict[str, Any], defs: dict[str, Any]) -> Plan:
    """The plan of the values the schema `node` accepts."""
    while "$ref" in node:  # the models' schema puts no other keyword than annotations beside a `$ref`
        node = defs[node["$ref"].rsplit("/", 1)[-1]]
    if "anyOf" in node:  # the models' only union: a value or null (tests/unit/test_compiled.py)
        return _node_plan(next(branch for branch in node["anyOf"] if branch.get("type") != "null"), defs)
    if "properties" in node:
        fields = tuple(
            (key, _node_plan(sub, defs), "default" in sub, sub.get("default"))
            for key, sub in node["properties"].items()
        )
        return ("object", fields)
    if "items" in node:
        item = _node_plan(node["items"], defs)
        return None if item is None else ("array", item)
    if node.get("format") == DATETIME_FORMAT:
        return ("datetime",)
    return None


def _apply(plan: Plan, value: Any) -> Any:
    """`value` rewritten by `plan` (see Plan); null stays null."""
    if plan is None or value is None:
        return value
    if plan[0] == "object":
        out = {}
        for key, sub, has_default, default in plan[1]:
            if key in value:
                item = value[key]
                out[key] = item if sub is None else _apply(sub, item)
            elif has_default:
                out[key] = copy.deepcopy(default) if isinstance(default, (list, dict)) else default
        return out
    if plan[0] == "array":
        return [_apply(plan[1], item) for item in value]
    return format_datetime(parse_datetime(value))


def canonical_text(data: dict[str, Any], kind: Kind) -> str:
    """The canonical text of canonical `data` (canonical_data, or a model's dump): `$schema` first, indent 2,
    UTF-8 characters kept, final newline; every field written, nulls included, so a file says explicitly
    what is unknown, except the empty additions of `_without_empty_additions`. A missing `$schema` is
    filled with SCHEMA_REFS[kind]. `data` is not changed."""
    schema_ref = data.get("$schema")
    ordered = {
        "$schema": SCHEMA_REFS[kind] if schema_ref is None else schema_ref,
        **_without_empty_additions(data),
    }
    # orjson writes exactly `json.dumps(ordered, indent=2, ensure_ascii=False)` (tests/unit/test_canonical_text.py),
    # many times faster than the standard library's indenting encoder, which is pure Python.
    return orjson.dumps(ordered, option=orjson.OPT_INDENT_2).decode("utf-8") + "\n"


def _without_empty_additions(data: dict[str, Any]) -> dict[str, Any]:
    """`data` less `$schema`, and less `proposed_entities` and each quote's `co_speakers` when they are
    empty lists: fields added after files were written (issue 14), left out while empty so that the canonical form of every file
    not using them stays byte for byte what it was."""
    kept = {
        key: value
        for key, value in data.items()
        if key != "$schema" and not (key == "proposed_entities" and value == [])
    }
    if isinstance(kept.get("quotes"), list):
        kept["quotes"] = [
            {k: v for k, v in quote.items() if not (k == "co_speakers" and v == [])}
            if isinstance(quote, dict)
            else quote
            for quote in kept["quotes"]
        ]
    return kept
