"""The layers of one JSON document: file level, then the fast path (pydantic) or the slow path (jsonschema)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, Literal, TypeVar

import pydantic

from natopress.model import Registry, Release
from natopress.validate.checks.canonical import check_canonical
from natopress.validate.checks.files import MAX_DEPTH, TOO_DEEP, check_json_bytes, depth_exceeds
from natopress.validate.checks.structure import model_findings, schema_findings
from natopress.validate.findings import Finding

M = TypeVar("M", Release, Registry)

MODELS: dict[str, type[Release] | type[Registry]] = {"release": Release, "registry": Registry}


@dataclass(frozen=True)
class Loaded(Generic[M]):
    """A document after the file and schema layers: the model when the schema accepts it."""

    model: M | None
    text: str | None
    findings: list[Finding]


def load_document(raw: bytes, kind: Literal["release", "registry"], file: str) -> Loaded:
    """Runs the file layer and the schema layer on `raw`; all findings of both."""
    decoded = check_json_bytes(raw, file)
    if not decoded.parsed:
        return Loaded(None, decoded.text, decoded.findings)
    model_class = MODELS[kind]
    body = raw[3:] if raw.startswith(b"\xef\xbb\xbf") else raw
    try:
        # The fast path: pydantic accepts exactly what the committed schema accepts (tested), so the
        # jsonschema library only runs on documents that fail, to say precisely what is wrong.
        model = model_class.model_validate_json(body, strict=True)
    except pydantic.ValidationError as error:
        return Loaded(None, decoded.text, decoded.findings + slow_path(decoded.value, kind, file, error))
    if decoded.findings or decoded.text is None:  # the file is flagged already; `format` rewrites it anyway
        return Loaded(model, decoded.text, decoded.findings)
    return Loaded(model, decoded.text, check_canonical(decoded.text, model, file))


def slow_path(
    value: object, kind: str, file: str, error: pydantic.ValidationError | None = None
) -> list[Finding]:
    """The `jsonschema` library's report on a document, against the committed schema."""
    if depth_exceeds(value):
        return [TOO_DEEP.at(file, message=f"values nest deeper than {MAX_DEPTH} levels")]
    from natopress.validate.schema_errors import schema_validator  # only failing documents pay for it

    findings = schema_findings(schema_validator(kind).iter_errors(value), file)
    if not findings and error is not None:
        findings = model_findings(error, file)
    return findings
