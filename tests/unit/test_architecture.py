"""The import graph of `src/natopress/`: no cycles, and every import points down the tiers of the layout.

Tiers, lowest first (README, "Code map"): the core modules (`model`, `schema`, `serialize`, `corpus`,
`atomic`, `paths`, `fingerprint` and any other top-level module) <- `text` <- {`validate`, `draft`, `export`}
<- {`build`, `tools`} <- `load` <- `commands` <- `cli`. A module imports its own package and lower tiers only,
never a sibling package of its own tier. Inside `validate`, the checks sit below the rest of the package:
`validate.checks.*` import only `validate.findings` from it. Imports inside functions count too.
"""

from __future__ import annotations

import ast
from collections.abc import Iterable, Mapping
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[2] / "src"
PACKAGE = "natopress"

TIERS: dict[str, int] = {
    "text": 1,
    "validate": 2,
    "draft": 2,
    "export": 2,
    "build": 3,
    "tools": 3,
    "load": 4,
    "commands": 5,
    "cli": 6,
}
"""The tier of each top-level unit; a top-level module not named here (and the package root) is core, tier 0.
`natopress.__main__` (`python -m natopress`) is the command line's other entry point, so it belongs to `cli`."""

ENTRY_POINTS: dict[str, str] = {"__main__": "cli"}

EXCEPTIONS: frozenset[tuple[str, str]] = frozenset(
    {
        # The package root re-exports `load_dataset`, imported only when called (natopress/__init__.py).
        ("natopress", "natopress.load"),
    }
)
"""The imports allowed against the direction, as (importer, imported) module names."""

LOWER_LAYER: dict[str, frozenset[str]] = {
    "natopress.validate.checks": frozenset({"natopress.validate.findings"}),
}
"""For a sub-package: the only modules of its parent package it may import (the rest of the parent sits above it)."""


def module_name(path: Path, src: Path) -> str:
    """`src/natopress/validate/runner.py` -> `natopress.validate.runner`; a package's `__init__.py` -> the package."""
    parts = list(path.relative_to(src).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def modules(src: Path, package: str = PACKAGE) -> dict[str, Path]:
    """Every module of `package` under `src`, by dotted name."""
    return {module_name(p, src): p for p in sorted((src / package).rglob("*.py"))}


def _resolve(name: str, known: Iterable[str]) -> str | None:
    """The longest known module that `name` names or lies in (`a.b.C` -> `a.b`), or None outside the package."""
    known = set(known)
    parts = name.split(".")
    for n in range(len(parts), 0, -1):
        candidate = ".".join(parts[:n])
        if candidate in known:
            return candidate
    return None


def imports_of(name: str, path: Path, known: Iterable[str]) -> set[str]:
    """The package's modules that module `name` imports anywhere in its body (functions included)."""
    known = set(known)
    is_package = path.name == "__init__.py"
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        targets: list[str] = []
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = name.split(".")[: len(name.split(".")) - node.level + (1 if is_package else 0)]
                base = ".".join([*anchor, base] if base else anchor)
            targets = [f"{base}.{alias.name}" for alias in node.names]
        for target in targets:
            resolved = _resolve(target, known)
            if resolved is not None and resolved != name:
                found.add(resolved)
    return found


def import_graph(src: Path = SRC) -> dict[str, set[str]]:
    """Module -> the package modules it imports."""
    found = modules(src)
    return {name: imports_of(name, path, found) for name, path in found.items()}


def cycles(graph: Mapping[str, Iterable[str]]) -> list[list[str]]:
    """The strongly connected components with more than one node (or a self-loop), each sorted (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in graph.get(node, ()):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1 or node in graph.get(node, ()):
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return sorted(found)


def unit(module: str) -> str:
    """The top-level unit of a module: `natopress.validate.checks.files` -> `validate`; core modules -> `core`."""
    parts = module.split(".")
    top = ENTRY_POINTS.get(parts[1], parts[1]) if len(parts) > 1 else ""
    return top if top in TIERS else "core"


def tier(module: str) -> int:
    """The tier of a module's unit (core is 0)."""
    return TIERS.get(unit(module), 0)


def package_graph(graph: Mapping[str, Iterable[str]]) -> dict[str, set[str]]:
    """The graph between top-level units (an import inside one unit, or one of EXCEPTIONS, is no edge)."""
    units: dict[str, set[str]] = {}
    for importer, imported in graph.items():
        edges = units.setdefault(unit(importer), set())
        edges.update(
            unit(m) for m in imported if unit(m) != unit(importer) and (importer, m) not in EXCEPTIONS
        )
    return units


def wrong_direction(graph: Mapping[str, Iterable[str]]) -> list[str]:
    """Every import that points up a tier, sideways to a sibling unit, or above a sub-package's lower layer."""
    wrong = []
    for importer, imported_set in sorted(graph.items()):
        for imported in sorted(imported_set):
            if (importer, imported) in EXCEPTIONS:
                continue
            same_unit = unit(importer) == unit(imported)
            if not same_unit and (tier(imported) > tier(importer) or tier(imported) == tier(importer) > 0):
                wrong.append(f"{importer} ({unit(importer)}) imports {imported} ({unit(imported)})")
            for sub, allowed in LOWER_LAYER.items():
                parent = sub.rsplit(".", 1)[0]
                inside = importer == sub or importer.startswith(sub + ".")
                in_parent = imported.startswith(parent + ".") and not (
                    imported == sub or imported.startswith(sub + ".")
                )
                if inside and in_parent and imported not in allowed:
                    wrong.append(f"{importer} imports {imported}: {sub} may import only {sorted(allowed)}")
    return wrong


def test_the_graph_is_read_from_the_real_package() -> None:
    graph = import_graph()
    assert "natopress.validate.findings" in graph["natopress.validate.runner"]
    assert "natopress.model" in graph["natopress.corpus"]
    assert len(graph) > 60


def test_no_module_import_cycle() -> None:
    found = cycles(import_graph())
    assert found == [], "import cycles between modules:\n" + "\n".join(" <-> ".join(c) for c in found)


def test_no_package_import_cycle() -> None:
    found = cycles(package_graph(import_graph()))
    assert found == [], "import cycles between packages:\n" + "\n".join(" <-> ".join(c) for c in found)


def test_every_import_points_down_the_tiers() -> None:
    wrong = wrong_direction(import_graph())
    assert wrong == [], "imports against the direction of the layout:\n" + "\n".join(wrong)


def test_exceptions_are_still_needed() -> None:
    graph = import_graph()
    stale = sorted(edge for edge in EXCEPTIONS if edge[1] not in graph.get(edge[0], set()))
    assert stale == [], f"exceptions no longer used, remove them: {stale}"


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("import natopress.model", {"natopress.model"}),
        ("from natopress.validate.findings import Finding", {"natopress.validate.findings"}),
        ("from natopress.validate import findings", {"natopress.validate.findings"}),
        ("def f():\n    from natopress.text.marks import Pair", {"natopress.text.marks"}),
        ("from ..findings import define", {"natopress.validate.findings"}),
        ("from . import spans", {"natopress.validate.checks.spans"}),
        ("import json", set()),
    ],
)
def test_imports_are_found_wherever_they_are(tmp_path: Path, source: str, expected: set[str]) -> None:
    for package in ("natopress", "natopress/text", "natopress/validate", "natopress/validate/checks"):
        (tmp_path / package).mkdir(parents=True, exist_ok=True)
        (tmp_path / package / "__init__.py").write_text("")
    for module in ("model", "text/marks", "validate/findings", "validate/checks/spans"):
        (tmp_path / "natopress" / f"{module}.py").write_text("")
    importer = tmp_path / "natopress" / "validate" / "checks" / "quotes.py"
    importer.write_text(source)
    known = modules(tmp_path)
    assert imports_of(module_name(importer, tmp_path), importer, known) == expected


def test_cycles_and_wrong_directions_are_reported() -> None:
    graph = {
        "natopress.text.sentences": {"natopress.draft.ingest"},
        "natopress.draft.ingest": {"natopress.text.sentences"},
        "natopress.validate.checks.files": {"natopress.validate.positions", "natopress.validate.findings"},
        "natopress.validate.positions": set(),
        "natopress.validate.findings": set(),
        "natopress.export.brat": {"natopress.draft.ingest"},
    }
    assert cycles(graph) == [["natopress.draft.ingest", "natopress.text.sentences"]]
    assert cycles(package_graph(graph)) == [["draft", "text"]]
    assert wrong_direction(graph) == [
        "natopress.export.brat (export) imports natopress.draft.ingest (draft)",
        "natopress.text.sentences (text) imports natopress.draft.ingest (draft)",
        "natopress.validate.checks.files imports natopress.validate.positions: "
        "natopress.validate.checks may import only ['natopress.validate.findings']",
    ]
