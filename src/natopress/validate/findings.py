"""Findings of `natopress validate`, the registry of their stable codes, and the `Result` of a run."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from natopress.pointer import pointer_join as pointer_join  # the checks import it from here


class Severity(StrEnum):
    """How bad a finding is: errors fail validation; warnings fail it only with `--strict`."""

    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class Code:
    """A finding code: stable id (`NP101`), short title, one-line description, an example of the fault."""

    code: str
    title: str
    description: str
    severity: Severity
    example: str

    def at(
        self,
        file: str,
        pointer: str = "",
        message: str | None = None,
        line: int | None = None,
        column: int | None = None,
    ) -> Finding:
        """A finding of this code at `file` and JSON `pointer`."""
        return Finding(self.code, self.severity, message or self.description, file, line, column, pointer)


@dataclass(frozen=True)
class Finding:
    """One thing wrong with one file, located by a JSON pointer and, once resolved, a line and column."""

    code: str
    severity: Severity
    message: str
    file: str
    line: int | None = None
    column: int | None = None
    pointer: str = ""

    def sort_key(self) -> tuple[str, int, int, str, str, str]:
        """Findings sort by file, line, column, code, pointer, message."""
        return (self.file, self.line or 0, self.column or 0, self.code, self.pointer, self.message)


@dataclass(frozen=True)
class Result:
    """What a validation run found: sorted findings and how many files it read."""

    findings: tuple[Finding, ...]
    releases: int

    @property
    def ok(self) -> bool:
        """True when no finding is an error."""
        return all(f.severity is not Severity.ERROR for f in self.findings)


Location = tuple[str | int, ...]
"""The parts of a JSON pointer, joined only when a finding needs them (`pointer_join`)."""

CODES: dict[str, Code] = {}
"""Every code, by id; filled as the check families are imported (`natopress.validate.codes.all_codes()`)."""


def define(
    code: str, title: str, description: str, example: str, severity: Severity = Severity.ERROR
) -> Code:
    """Registers a code once; a second definition of the same id is a programming error."""
    if code in CODES:
        raise ValueError(f"finding code {code} defined twice")
    CODES[code] = defined = Code(code, title, description, severity, example)
    return defined
