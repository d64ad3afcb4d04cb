"""NP018: an annotation or registry file that is valid but not in the canonical form `natopress format` writes."""

from __future__ import annotations

from typing import Any

from natopress.canonical import Kind, canonical_text
from natopress.text.compare import first_difference as first_index
from natopress.validate.findings import Finding, Severity, define

NOT_CANONICAL = define(
    "NP018",
    "not in canonical form",
    "the file is valid but not written in the canonical form (natopress.serialize); run `natopress format`",
    "keys out of model order, another indent, escaped `\\u00e9`, no final newline",
    Severity.WARNING,
)


def first_difference(a: str, b: str) -> tuple[int, int]:
    """(line, column), both from 1, of the first code point where `a` and `b` differ (`a` != `b`)."""
    index = first_index(a, b) or 0
    line_start = a.rfind("\n", 0, index) + 1
    return a.count("\n", 0, index) + 1, index - line_start + 1


def check_canonical(text: str, data: dict[str, Any], kind: Kind, file: str) -> list[Finding]:
    """NP018 when `text` (the file, decoded) is not the canonical text of its canonical `data`
    (natopress.canonical.canonical_text, which `natopress format` writes), at the first line that differs."""
    canonical = canonical_text(data, kind)
    if text == canonical:
        return []
    line, column = first_difference(text, canonical)
    message = f"not in the canonical form from line {line}; run `natopress format {file}`"
    return [NOT_CANONICAL.at(file, message=message, line=line, column=column)]
