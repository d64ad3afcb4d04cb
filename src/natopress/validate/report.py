"""Renders a validation result as text, JSON or GitHub Actions annotations, chosen by name."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import asdict

from natopress.validate.findings import Finding, Result, Severity


def _location(finding: Finding) -> str:
    parts = [finding.file]
    if finding.line is not None:
        parts.append(str(finding.line))
        if finding.column is not None:
            parts.append(str(finding.column))
    return ":".join(parts)


def render_text(result: Result) -> str:
    """One line a finding: `file:line:col: NP101 error /pointer: message`."""
    lines = []
    for f in result.findings:
        where = f" {f.pointer}" if f.pointer else ""
        message = f.message.replace("\r", "\\r").replace("\n", "\\n")  # one finding, one line
        lines.append(f"{_location(f)}: {f.code} {f.severity.value}{where}: {message}")
    return "".join(line + "\n" for line in lines)


def render_json(result: Result) -> str:
    """The findings and counts as one JSON object with sorted keys."""
    payload = {
        "findings": [{**asdict(f), "severity": f.severity.value} for f in result.findings],
        "releases": result.releases,
        "errors": sum(f.severity is Severity.ERROR for f in result.findings),
        "warnings": sum(f.severity is Severity.WARNING for f in result.findings),
    }
    return json.dumps(payload, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def _escape_data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(value: str) -> str:
    return _escape_data(value).replace(":", "%3A").replace(",", "%2C")


def render_github(result: Result) -> str:
    """GitHub Actions workflow commands: `::error file=…,line=…,col=…,title=NP101::message`."""
    lines = []
    for f in result.findings:
        props = [f"file={_escape_property(f.file)}"]
        if f.line is not None:
            props.append(f"line={f.line}")
        if f.column is not None:
            props.append(f"col={f.column}")
        props.append(f"title={f.code}")
        where = f"{f.pointer}: " if f.pointer else ""
        lines.append(f"::{f.severity.value} {','.join(props)}::{_escape_data(where + f.message)}")
    return "".join(line + "\n" for line in lines)


RENDERERS: dict[str, Callable[[Result], str]] = {
    "text": render_text,
    "json": render_json,
    "github": render_github,
}
"""Output formats of `natopress validate --format`."""


def summary(result: Result) -> str:
    """One line for the end of a run: counts of errors and warnings."""
    errors = sum(f.severity is Severity.ERROR for f in result.findings)
    warnings = len(result.findings) - errors
    verdict = "valid" if result.ok else "invalid"
    return f"{verdict}: {errors} error(s), {warnings} warning(s) in {result.releases} release(s)"
