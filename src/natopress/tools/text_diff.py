"""A changed source text (`<id>.txt`): both sha256 and the changed lines, look-alike characters escaped."""

from __future__ import annotations

import difflib
import hashlib
from dataclasses import dataclass
from typing import Any

from natopress.text.compare import describe_difference, escape

MAX_LINE = 120
"""Code points of an added or removed line shown in the text report (the JSON has them whole)."""


@dataclass(frozen=True)
class LineChange:
    """One changed line: its numbers (from 1) in the old and new text (None when added or removed)."""

    old_line: int | None
    new_line: int | None
    old: str | None
    new: str | None


@dataclass(frozen=True)
class TextChange:
    """The source text of a release changed: sha256 of the old and new bytes, and the lines that differ."""

    old_sha256: str
    new_sha256: str
    lines: tuple[LineChange, ...]


def _decode(data: bytes) -> str:
    return data.decode("utf-8", errors="replace")


def diff_texts(old: bytes, new: bytes) -> TextChange | None:
    """The change between two versions of a source text (bytes as stored), or None when they are equal.

    Lines are split on LF only (a CR stays in its line, so a CRLF change shows); a replaced block of
    lines is paired line by line, the rest listed as removed or added.
    """
    if old == new:
        return None
    a, b = _decode(old).split("\n"), _decode(new).split("\n")
    lines: list[LineChange] = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag == "equal":
            continue
        paired = min(i2 - i1, j2 - j1) if tag == "replace" else 0
        lines += [LineChange(i1 + k + 1, j1 + k + 1, a[i1 + k], b[j1 + k]) for k in range(paired)]
        lines += [LineChange(i + 1, None, a[i], None) for i in range(i1 + paired, i2)]
        lines += [LineChange(None, j + 1, None, b[j]) for j in range(j1 + paired, j2)]
    return TextChange(hashlib.sha256(old).hexdigest(), hashlib.sha256(new).hexdigest(), tuple(lines))


def _clip(line: str) -> str:
    return escape(line if len(line) <= MAX_LINE else line[: MAX_LINE - 1] + "…")


def render_text_change(change: TextChange) -> list[str]:
    """The report lines of a changed source text (indented for `natopress diff`'s text output)."""
    out = [f"  source text: sha256 {change.old_sha256} -> {change.new_sha256}"]
    for line in change.lines:
        if line.old is not None and line.new is not None:
            where = describe_difference(line.old, line.new, "old", "new")
            out.append(f"  source line {line.old_line} -> {line.new_line}: {where}")
        elif line.old is not None:
            out.append(f"  source line {line.old_line} removed: «{_clip(line.old)}»")
        elif line.new is not None:
            out.append(f"  source line {line.new_line} added: «{_clip(line.new)}»")
    return out


def text_change_json(change: TextChange) -> dict[str, Any]:
    """The change as JSON data: both sha256 and every changed line, whole."""
    return {
        "old_sha256": change.old_sha256,
        "new_sha256": change.new_sha256,
        "lines": [vars(line) for line in change.lines],
    }
