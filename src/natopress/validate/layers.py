"""The layers of one JSON document: file level, then the fast path (pydantic) or the slow path (jsonschema)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Generic, Literal, TypeVar, overload

import pydantic

from natopress.corpus import parse_json, without_byte_order_mark
from natopress.model import Registry, Release
from natopress.validate.checks.canonical import check_canonical
from natopress.validate.checks.files import (
    DUPLICATE_KEY,
    MAX_DEPTH,
    TOO_DEEP,
    Decoded,
    check_json_bytes,
    depth_exceeds,
    exact_loads,
)
from natopress.validate.checks.structure import model_findings, schema_findings
from natopress.validate.findings import Finding
from natopress.validate.positions import PositionIndex

M = TypeVar("M", Release, Registry)


@dataclass(frozen=True)
class Loaded(Generic[M]):
    """A document after the file and schema layers: the model when the schema accepts it."""

    model: M | None
    text: str | None
    findings: list[Finding]


@overload
def load_document(raw: bytes, kind: Literal["release"], file: str) -> Loaded[Release]: ...
@overload
def load_document(raw: bytes, kind: Literal["registry"], file: str) -> Loaded[Registry]: ...
def load_document(
    raw: bytes, kind: Literal["release", "registry"], file: str
) -> Loaded[Release] | Loaded[Registry]:
    """Runs the file layer and the schema layer on `raw`; all findings of both."""
    if kind == "release":
        return _load(raw, Release, kind, file)
    return _load(raw, Registry, kind, file)


def _load(raw: bytes, model_class: type[M], kind: str, file: str) -> Loaded[M]:
    """`load_document` for one model class (so the model's type follows from the class)."""
    decoded = check_json_bytes(raw, file)
    if decoded.duplicate_keys and decoded.text is not None:
        located = duplicate_key_findings(decoded.text, file)
        decoded = Decoded(decoded.text, decoded.value, decoded.findings + located)
    if not decoded.parsed:
        return Loaded(None, decoded.text, decoded.findings)
    body = without_byte_order_mark(raw)
    try:
        # The fast path: pydantic accepts exactly what the committed schema accepts (tested), so the
        # jsonschema library only runs on documents that fail, to say precisely what is wrong.
        model = parse_json(model_class, raw)
    except pydantic.ValidationError as error:
        return Loaded(
            None, decoded.text, decoded.findings + slow_path(decoded.value, kind, file, error, body)
        )
    if decoded.findings or decoded.text is None:  # the file is flagged already; `format` rewrites it anyway
        return Loaded(model, decoded.text, decoded.findings)
    return Loaded(model, decoded.text, check_canonical(decoded.text, model, file))


def duplicate_key_findings(text: str, file: str) -> list[Finding]:
    """NP011 at each repeated key of an object of JSON `text`, with line and column (code points, 1-based)."""
    index = PositionIndex(text)
    findings: list[Finding] = []
    for pointer, offset in index.duplicates:
        line, column = index.line_column(offset)
        message = f"key {pointer.rsplit('/', 1)[-1]!r} appears twice in the same object"
        findings.append(DUPLICATE_KEY.at(file, pointer, message, line=line, column=column))
    return findings


def slow_path(
    value: Any,
    kind: str,
    file: str,
    error: pydantic.ValidationError | None = None,
    raw: bytes | None = None,
) -> list[Finding]:
    """The `jsonschema` library's report on a document, against the committed schema.

    With `raw` (the document's bytes), the document is parsed again keeping numbers as written, so that no
    message quotes a float rounding of an integer (orjson reads integers beyond 64 bits as doubles).
    """
    if depth_exceeds(value):
        return [TOO_DEEP.at(file, message=f"values nest deeper than {MAX_DEPTH} levels")]
    if raw is not None:
        value = exact_loads(raw)
    from natopress.validate.schema_errors import schema_validator  # only failing documents pay for it

    findings = schema_findings(schema_validator(kind).iter_errors(value), file)
    if not findings and error is not None:
        findings = model_findings(error, file)
    return findings
