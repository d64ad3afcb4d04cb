"""NP02x schema findings: the `jsonschema` library's errors on the valid documents with one value changed,
and pydantic's errors (`model_findings`)."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from typing import Any

import pydantic
import pytest
from helpers.documents import REGISTRY_BASE, found, release_doc

from natopress.corpus import parse_json
from natopress.model import Release
from natopress.validate.checks.structure import model_findings, schema_findings
from natopress.validate.schema_errors import schema_validator

Change = Callable[[dict[str, Any]], object]


def errors_of(change: Change, kind: str = "release") -> list[tuple[str, str]]:
    doc = release_doc() if kind == "release" else copy.deepcopy(REGISTRY_BASE)
    change(doc)
    return found(schema_findings(schema_validator(kind).iter_errors(doc), "f"))


def test_valid_documents_have_no_finding() -> None:
    assert errors_of(lambda doc: None) == []
    assert errors_of(lambda doc: None, "registry") == []


def case(id_: str, change: Change, *expected: tuple[str, str]) -> Any:
    return pytest.param(change, list(expected), id=id_)


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        case("unknown-key", lambda d: d.update(titel=1), ("NP020", "/titel")),
        case(
            "two-unknown-keys",
            lambda d: d["metadata"].update(foo=1, bar=2),
            ("NP020", "/metadata/bar"),
            ("NP020", "/metadata/foo"),
        ),
        case("missing-key", lambda d: d["metadata"].pop("language"), ("NP021", "/metadata")),
        case(
            "missing-keys-in-nullable",
            lambda d: d["metadata"]["title"].update(span={"start": 0}),
            ("NP021", "/metadata/title/span"),  # no `end`
            ("NP021", "/metadata/title/span"),  # no `text`
        ),
        case(
            "string-offset",
            lambda d: d["segments"][0]["span"].update(start="12"),
            ("NP022", "/segments/0/span/start"),
        ),
        case(
            "number-for-nullable-span",
            lambda d: d["metadata"]["title"].update(span=5),
            ("NP022", "/metadata/title/span"),
        ),
        case(
            "wrong-type-inside-nullable",  # the object branch of `anyOf` is the one reported
            lambda d: d["metadata"]["title"]["span"].update(start="x"),
            ("NP022", "/metadata/title/span/start"),
        ),
        case(
            "wrong-type-inside-nullable-fact",
            lambda d: d["metadata"]["published"].update(value=5),
            ("NP022", "/metadata/published/value"),
        ),
        case(
            "wrong-type-not-also-bad-enum",
            lambda d: d["quotes"][0].update(type=5),
            ("NP022", "/quotes/0/type"),
        ),
        case("bad-enum", lambda d: d["quotes"][0].update(type="quote"), ("NP023", "/quotes/0/type")),
        case(
            "negative-offset",
            lambda d: d["metadata"]["title"]["span"].update(start=-1),
            ("NP023", "/metadata/title/span/start"),
        ),
        case(
            "impossible-date",
            lambda d: d["metadata"]["published"].update(value="2021-02-30"),
            ("NP023", "/metadata/published/value"),
        ),
    ],
)
def test_release_schema_errors(change: Change, expected: list[tuple[str, str]]) -> None:
    assert errors_of(change) == expected


def test_registry_schema_errors() -> None:
    def change(doc: dict[str, Any]) -> None:
        doc["entities"][0]["type"] = "X"
        doc["entities"][1]["nom"] = "x"

    assert errors_of(change, "registry") == [("NP020", "/entities/1/nom"), ("NP023", "/entities/0/type")]


def test_long_messages_are_cut() -> None:
    key = "k" * 300
    findings = schema_findings(schema_validator("release").iter_errors({**release_doc(), key: 1}), "f")
    assert found(findings) == [("NP020", f"/{key}")]
    assert len(findings[0].message) == 200  # the message is the point: at most 200 characters
    assert findings[0].message.endswith("…")


def model_error(doc: dict[str, Any]) -> pydantic.ValidationError:
    with pytest.raises(pydantic.ValidationError) as raised:
        parse_json(Release, json.dumps(doc).encode())
    return raised.value


def test_model_findings() -> None:
    doc = release_doc()
    doc["segments"][0]["span"]["start"] = "12"
    doc["quotes"][0]["type"] = "quote"
    findings = model_findings(model_error(doc), "f")
    assert found(findings) == [("NP023", "/quotes/0/type"), ("NP023", "/segments/0/span/start")]
    assert all(f.message.endswith("(model)") for f in findings)  # says which path found it
