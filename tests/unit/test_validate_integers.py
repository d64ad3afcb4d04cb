"""Integers beyond 64 bits, beyond a double and beyond Python's int() digit limit, in every integer field:
an out-of-range finding (NP023) that quotes the integer as written, never a float rounding of it."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from conftest import VALID

from natopress.validate.checks.files import IntLiteral, exact_loads
from natopress.validate.layers import load_document

RELEASE = (VALID / "2000-01-01-fr-fixture.json").read_text("utf-8")
REGISTRY = (VALID / "registry.json").read_text("utf-8")
HUGE = "123456789012345678901234567890"
VALUES = [HUGE, f"-{HUGE}", "18446744073709551616", "-9223372036854775809", "-1", "9" * 400]


def integer_pointers(value: Any, pointer: str = "") -> Iterator[str]:
    """The JSON pointer of every integer in `value`."""
    if isinstance(value, dict):
        for key, item in value.items():
            yield from integer_pointers(item, f"{pointer}/{key}")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from integer_pointers(item, f"{pointer}/{index}")
    elif isinstance(value, int) and not isinstance(value, bool):
        yield pointer


def with_literal(document: str, pointer: str, literal: str) -> bytes:
    """`document` with the integer at `pointer` replaced by `literal`, written as is."""
    value = json.loads(document)
    *parents, last = pointer.strip("/").split("/")
    target = value
    for part in parents:
        target = target[int(part)] if isinstance(target, list) else target[part]
    target[last] = "@@LITERAL@@"
    return json.dumps(value, indent=2, ensure_ascii=False).replace('"@@LITERAL@@"', literal).encode()


def cases() -> Iterator[tuple[str, str, str]]:
    for kind, document in (("release", RELEASE), ("registry", REGISTRY)):
        pointers = list(integer_pointers(json.loads(document)))
        for index, pointer in enumerate(pointers):
            # every integer field gets a huge value; the others rotate through the remaining kinds
            yield kind, pointer, HUGE
            yield kind, pointer, VALUES[1 + index % (len(VALUES) - 1)]


def test_every_offset_kind_is_covered() -> None:
    pointers = set(integer_pointers(json.loads(RELEASE))) | set(integer_pointers(json.loads(REGISTRY)))
    assert {p.rsplit("/", 1)[-1] for p in pointers} == {"start", "end"}
    assert len(pointers) > 40


@pytest.mark.parametrize(("kind", "pointer", "literal"), list(cases()))
def test_out_of_range_integer_is_np023_quoting_it(kind: str, pointer: str, literal: str) -> None:
    document = RELEASE if kind == "release" else REGISTRY
    loaded = load_document(with_literal(document, pointer, literal), kind, f"x.{kind}.json")  # type: ignore[arg-type]
    assert [(f.code, f.pointer) for f in loaded.findings] == [("NP023", pointer)]
    shown = literal if len(literal) <= 40 else f"{literal[:20]}…"
    assert loaded.findings[0].message.startswith(shown)
    assert "e+" not in loaded.findings[0].message


def test_integer_beyond_python_digit_limit() -> None:
    literal = "-" + "9" * 5000
    loaded = load_document(with_literal(RELEASE, "/mentions/0/span/end", literal), "release", "x.json")
    assert [(f.code, f.pointer) for f in loaded.findings] == [("NP023", "/mentions/0/span/end")]
    assert "(5000 digits) is less than the minimum of 0" in loaded.findings[0].message


def test_exact_loads_keeps_numbers_as_written() -> None:
    value = exact_loads(f"[{HUGE}, -0, 1.50, 2E3, {'7' * 5000}]")
    assert [repr(v) for v in value[:4]] == [HUGE, "-0", "1.50", "2E3"]
    assert isinstance(value[0], IntLiteral) and value[0] == int(HUGE)
    assert value[4] >= 10**4000


def test_integer_in_a_string_field_is_a_type_error_quoting_it() -> None:
    value = json.loads(RELEASE)
    value["id"] = "@@"
    raw = json.dumps(value, indent=2, ensure_ascii=False).replace('"@@"', HUGE).encode()
    loaded = load_document(raw, "release", "x.json")
    assert [(f.code, f.pointer) for f in loaded.findings] == [("NP022", "/id")]
    assert loaded.findings[0].message.startswith(f"{HUGE} is not of type 'string'")
