"""The slow path: the `jsonschema` library against the models' JSON Schema (natopress.schema, equal to the
committed schema/ by test), for detailed reports."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from typing import Any, cast

from jsonschema import Draft202012Validator, FormatChecker, ValidationError, validators
from jsonschema.protocols import Validator

from natopress.formats import FORMATS
from natopress.schema import registry_schema, release_schema


@functools.cache
def _compiled(pattern: str) -> re.Pattern[str]:
    # ECMA-262 (the JSON Schema regex dialect) and pydantic's Rust regex read a final `$` as the end of
    # the text; Python's `re` also lets it match before a final newline. `\Z` restores the standard meaning.
    return re.compile(
        pattern[:-1] + r"\Z" if pattern.endswith("$") and not pattern.endswith("\\$") else pattern
    )


def _pattern(
    validator: Validator, pattern: str, instance: Any, schema: dict[str, Any]
) -> Iterator[ValidationError]:
    if isinstance(instance, str) and not _compiled(pattern).search(instance):
        yield ValidationError(f"{instance!r} does not match {pattern!r}")


def _is_integer(checker: Any, instance: Any) -> bool:
    # JSON Schema counts 1.0 as an integer; pydantic (strict) and our files do not.
    return isinstance(instance, int) and not isinstance(instance, bool)


def _format_checker() -> FormatChecker:
    # The formats' one definition (natopress.formats), shared with the fast path and the model.
    checker = FormatChecker(formats=[])
    for name, check in FORMATS.items():
        checker.checks(name)(check)
    return checker


StrictValidator = validators.extend(
    Draft202012Validator,
    validators={"pattern": _pattern},
    type_checker=Draft202012Validator.TYPE_CHECKER.redefine("integer", _is_integer),
)


@functools.cache
def schema_validator(kind: str) -> Validator:
    """The validator for `release` or `registry` documents, built from the models' schema (no file read)."""
    schema = release_schema() if kind == "release" else registry_schema()
    # `validators.extend` is untyped: the class it makes is a `Validator` (jsonschema.protocols).
    return cast(Validator, StrictValidator(schema, format_checker=_format_checker()))
