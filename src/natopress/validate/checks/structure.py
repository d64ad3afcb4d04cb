"""NP02x JSON Schema layer: what the committed schema/ rejects, one finding per leaf error."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the library is imported only on the slow path (natopress.validate.schema_errors)
    import jsonschema
    import pydantic

from natopress.validate.findings import Finding, define, pointer_join

UNKNOWN_KEY = define(
    "NP020",
    "unknown key",
    "a key the schema does not define (a misspelt field must not pass)",
    '`"titel": ...`',
)
MISSING_KEY = define("NP021", "missing key", "a required key is missing", "no `metadata`")
WRONG_TYPE = define("NP022", "wrong type", "a value has the wrong JSON type", '`"start": "12"`')
INVALID_VALUE = define(
    "NP023",
    "invalid value",
    "a value breaks a schema constraint (pattern, enum, range, length, date format)",
    '`"type": "quote"`, `"published": {"value": "2021-02-30"}`, `"start": 123456789012345678901234567890`',
)

_MAX_MESSAGE = 200


def _short(message: str) -> str:
    return message if len(message) <= _MAX_MESSAGE else message[: _MAX_MESSAGE - 1] + "…"


def _leaves(error: jsonschema.ValidationError) -> Iterator[jsonschema.ValidationError]:
    """The errors worth reporting: inside `anyOf` (nullable fields), the branch that matched the type."""
    if error.validator in ("anyOf", "oneOf") and error.context:
        branches: dict[Any, list[jsonschema.ValidationError]] = {}
        for sub in error.context:
            branches.setdefault(sub.relative_schema_path[0], []).append(sub)
        typed = [
            errs
            for errs in branches.values()
            if not any(e.validator == "type" and not e.relative_path for e in errs)
        ]
        if len(typed) == 1:
            for sub in typed[0]:
                yield from _leaves(sub)
            return
    yield error


def schema_findings(errors: Iterable[jsonschema.ValidationError], file: str) -> list[Finding]:
    """NP020-NP023 from the `jsonschema` library's errors."""
    findings = []
    for top in errors:
        for error in _leaves(top):
            pointer = pointer_join(*error.absolute_path)
            if error.validator == "additionalProperties":
                # `additionalProperties` errors are raised for an object against an object schema
                schema = error.schema if isinstance(error.schema, Mapping) else {}
                instance = error.instance if isinstance(error.instance, Mapping) else {}
                known = sorted(schema.get("properties", {}))
                for key in sorted(set(instance) - set(known)):
                    message = f"unknown key {key!r}; expected one of: {', '.join(known)}"
                    findings.append(
                        UNKNOWN_KEY.at(file, pointer_join(*error.absolute_path, key), _short(message))
                    )
            elif error.validator == "required":
                findings.append(MISSING_KEY.at(file, pointer, _short(error.message)))
            elif error.validator in ("type", "anyOf", "oneOf"):
                findings.append(WRONG_TYPE.at(file, pointer, _short(error.message)))
            else:
                findings.append(INVALID_VALUE.at(file, pointer, _short(error.message)))
    mistyped = {f.pointer for f in findings if f.code == WRONG_TYPE.code}
    # A value of the wrong type also breaks its enum/const/pattern; the type error says it all.
    return [f for f in findings if f.code != INVALID_VALUE.code or f.pointer not in mistyped]


def model_findings(error: pydantic.ValidationError, file: str) -> list[Finding]:
    """NP023 from pydantic's errors; used only if the schema accepted what the model refused."""
    return [
        INVALID_VALUE.at(file, pointer_join(*e["loc"]), _short(f"{e['msg']} (model)")) for e in error.errors()
    ]
