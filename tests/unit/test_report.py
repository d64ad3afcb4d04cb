"""The renderers on a hand-built result: exact text, JSON and GitHub output."""

from __future__ import annotations

import json

from natopress.validate.findings import Finding, Severity
from natopress.validate.report import RENDERERS, render_github, render_json, render_text, summary
from natopress.validate.runner import Result

RESULT = Result(
    findings=(
        Finding("NP004", Severity.ERROR, "60 bytes is over the limit; not read", "annotations/big.json"),
        Finding(
            "NP101",
            Severity.ERROR,
            "span text 'OTAM' differs from source 'OTAN'",
            "a/x.json",
            12,
            9,
            "/mentions/3/span",
        ),
        Finding(
            "NP507",
            Severity.WARNING,
            "draft annotation: 50%, not checked\nyet",
            "a/x.json",
            40,
            5,
            "/annotation/status",
        ),
    ),
    releases=2,
)


def test_text() -> None:
    assert render_text(RESULT) == (
        "annotations/big.json: NP004 error: 60 bytes is over the limit; not read\n"
        "a/x.json:12:9: NP101 error /mentions/3/span: span text 'OTAM' differs from source 'OTAN'\n"
        "a/x.json:40:5: NP507 warning /annotation/status: draft annotation: 50%, not checked\\nyet\n"
    )


def test_github() -> None:
    assert render_github(RESULT) == (
        "::error file=annotations/big.json,title=NP004::60 bytes is over the limit; not read\n"
        "::error file=a/x.json,line=12,col=9,title=NP101::/mentions/3/span: span text 'OTAM' differs from source 'OTAN'\n"
        "::warning file=a/x.json,line=40,col=5,title=NP507::/annotation/status: draft annotation: 50%25, not checked%0Ayet\n"
    )


def test_json() -> None:
    text = render_json(RESULT)
    assert text.endswith("}\n")
    assert json.loads(text) == {
        "errors": 2,
        "warnings": 1,
        "releases": 2,
        "findings": [
            {
                "code": "NP004",
                "severity": "error",
                "message": "60 bytes is over the limit; not read",
                "file": "annotations/big.json",
                "line": None,
                "column": None,
                "pointer": "",
            },
            {
                "code": "NP101",
                "severity": "error",
                "message": "span text 'OTAM' differs from source 'OTAN'",
                "file": "a/x.json",
                "line": 12,
                "column": 9,
                "pointer": "/mentions/3/span",
            },
            {
                "code": "NP507",
                "severity": "warning",
                "message": "draft annotation: 50%, not checked\nyet",
                "file": "a/x.json",
                "line": 40,
                "column": 5,
                "pointer": "/annotation/status",
            },
        ],
    }
    assert list(json.loads(text)) == sorted(json.loads(text))  # sorted keys


def test_empty_result() -> None:
    empty = Result((), 1)
    assert render_text(empty) == ""
    assert render_github(empty) == ""
    assert json.loads(render_json(empty)) == {"errors": 0, "warnings": 0, "releases": 1, "findings": []}
    assert summary(empty) == "valid: 0 error(s), 0 warning(s) in 1 release(s)"
    assert summary(RESULT) == "invalid: 2 error(s), 1 warning(s) in 2 release(s)"


def test_renderers_by_name() -> None:
    assert sorted(RENDERERS) == ["github", "json", "text"]
