"""Findings of `natopress validate` and the registry of their stable codes."""

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


Location = tuple[str | int, ...]
"""The parts of a JSON pointer, joined only when a finding needs them (`pointer_join`)."""

CODES: dict[str, Code] = {}
"""Every code, by id; filled when the modules of natopress.validate.checks are imported (`all_codes()`)."""


def define(
    code: str, title: str, description: str, example: str, severity: Severity = Severity.ERROR
) -> Code:
    """Registers a code once; a second definition of the same id is a programming error."""
    if code in CODES:
        raise ValueError(f"finding code {code} defined twice")
    CODES[code] = defined = Code(code, title, description, severity, example)
    return defined


def all_codes() -> list[Code]:
    """Every code of every check family, sorted by id."""
    import natopress.validate.checks  # noqa: F401  (importing the families registers their codes)

    return sorted(CODES.values(), key=lambda c: c.code)
