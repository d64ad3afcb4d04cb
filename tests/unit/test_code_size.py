"""Size limits of `src/natopress/` (STYLE.md, "Habits"): no function over 60 lines.

Complexity is ruff's job (`C90`, `max-complexity = 12` in pyproject.toml); length is measured here because
ruff has no rule for it. A function's length runs from its `def` line to its last line, docstring included.
"""

from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parents[2] / "src" / "natopress"
MAX_FUNCTION_LINES = 60

PENDING: frozenset[str] = frozenset({"build/stats.py:corpus_stats"})
"""Known offenders on their way out of src/ (issue 10, part B moves the test-only stats code); not a place
for new entries."""


def long_functions(source: str, max_lines: int = MAX_FUNCTION_LINES) -> list[tuple[str, int]]:
    """(qualified name, lines) of each function or method in `source` longer than `max_lines`."""
    found: list[tuple[str, int]] = []

    def walk(node: ast.AST, prefix: str) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
                name = f"{prefix}{child.name}"
                if not isinstance(child, ast.ClassDef):
                    lines = (child.end_lineno or child.lineno) - child.lineno + 1
                    if lines > max_lines:
                        found.append((name, lines))
                walk(child, name + ".")
            else:
                walk(child, prefix)

    walk(ast.parse(source), "")
    return found


def test_no_function_over_60_lines() -> None:
    offenders = [
        f"{path.relative_to(SRC).as_posix()}:{name} ({lines} lines)"
        for path in sorted(SRC.rglob("*.py"))
        for name, lines in long_functions(path.read_text(encoding="utf-8"))
        if f"{path.relative_to(SRC).as_posix()}:{name}" not in PENDING
    ]
    assert offenders == [], (
        f"functions over {MAX_FUNCTION_LINES} lines (split them by sub-step):\n" + "\n".join(offenders)
    )


def test_long_functions_and_methods_are_found() -> None:
    body = "\n".join(f"        x{i} = {i}" for i in range(60))
    source = f"def short():\n    pass\n\n\nclass K:\n    def long(self):\n{body}\n"
    assert long_functions(source) == [("K.long", 61)]
    assert long_functions(source, max_lines=61) == []
