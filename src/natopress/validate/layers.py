"""The layers of one JSON document: file level, then the compiled schema (the fast path) or pydantic and
the `jsonschema` library (the detailed way, for a document the fast path refuses)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, Literal, TypeVar, overload

from natopress.canonical import Kind, canonical_data, compiled
from natopress.document import RegistryData, ReleaseData
from natopress.encoding import without_byte_order_mark
from natopress.formats import FORMATS
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

if TYPE_CHECKING:  # pydantic is imported only for a document the fast path refuses
    import pydantic

D = TypeVar("D", ReleaseData, RegistryData)


@dataclass(frozen=True)
class Loaded(Generic[D]):
    """A document after the file and schema layers: its canonical data (natopress.canonical) when the
    schema accepts it, as the checks read it (natopress.document)."""

    data: D | None
    text: str | None
    findings: list[Finding]


@overload
def load_document(raw: bytes, kind: Literal["release"], file: str) -> Loaded[ReleaseData]: ...
@overload
def load_document(raw: bytes, kind: Literal["registry"], file: str) -> Loaded[RegistryData]: ...
def load_document(raw: bytes, kind: Kind, file: str) -> Loaded[ReleaseData] | Loaded[RegistryData]:
    """Runs the file layer and the schema layer on `raw`; all findings of both.

    The schema layer is the compiled schema (natopress.compiled, no library): a document it accepts is
    never given to pydantic. One it refuses goes the detailed way (`model_path`): pydantic, then the
    `jsonschema` library's report. The three accept exactly the same documents (tested).
    """
    decoded = check_json_bytes(raw, file)
    if decoded.duplicate_keys and decoded.text is not None:
        located = duplicate_key_findings(decoded.text, file)
        decoded = Decoded(decoded.text, decoded.value, decoded.findings + located)
    if not decoded.parsed:
        return Loaded(None, decoded.text, decoded.findings)
    data = fast_path(decoded.value, kind)
    if data is None:
        data, refused = model_path(raw, decoded.value, kind, file)
        if data is None:
            return Loaded(None, decoded.text, decoded.findings + refused)
    if decoded.findings or decoded.text is None:  # the file is flagged already; `format` rewrites it anyway
        return Loaded(data, decoded.text, decoded.findings)
    return Loaded(data, decoded.text, check_canonical(decoded.text, data, kind, file))


def fast_path(value: Any, kind: Kind) -> Any:
    """The canonical data of `value` when the compiled schema of `kind` accepts it, else None."""
    module = compiled(kind)
    try:
        module.validate(value, FORMATS)
    except module.JsonSchemaValueException:
        return None
    return canonical_data(value, kind)


def model_path(raw: bytes, value: Any, kind: Kind, file: str) -> tuple[Any, list[Finding]]:
    """A document the fast path refused: (None, the schema findings), or (its model's dump, []) should
    pydantic accept it (the agreement tests say it never does)."""
    import pydantic

    from natopress.corpus import parse_json
    from natopress.model import Registry, Release

    body = without_byte_order_mark(raw)
    try:
        model = parse_json(Release if kind == "release" else Registry, raw)
    except pydantic.ValidationError as error:
        return None, slow_path(value, kind, file, error, body)
    return model.model_dump(mode="json", by_alias=True), []


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
