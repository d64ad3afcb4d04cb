"""One invalid fixture per finding code: each yields exactly the code its name begins with."""

from __future__ import annotations

import ast
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import INVALID, VALID, invalid_fixtures

from natopress.cli import main
from natopress.validate.codes import all_codes
from natopress.validate.findings import Severity
from natopress.validate.runner import validate

HOSTILE_ONLY = {
    "NP001": "test_path_outside_corpus",
    "NP002": "test_missing_path",
    "NP003": "test_symlink_out_of_corpus",
    "NP004": "test_fifty_megabyte_file",
    "NP016": "test_missing_registry",
    "NP017": "test_orphan_source",
}
"""Codes that need a situation, not a file: each is asserted by the named test in test_validate_hostile."""
HOSTILE = Path(__file__).parents[1] / "cli" / "test_validate_hostile.py"
"""Read, not imported: tests/cli is not on the import path when only tests/unit runs."""


def test_valid_corpus_has_no_findings() -> None:
    result = validate(VALID)
    assert result.findings == ()
    assert result.releases == 1


@pytest.mark.parametrize("fixture", invalid_fixtures(), ids=lambda p: p.stem)
def test_invalid_fixture_yields_its_code(fixture: Path, fixture_corpus: Callable[[Path], Path]) -> None:
    root = fixture_corpus(fixture)
    result = validate(root)
    assert {f.code for f in result.findings} == {fixture.name[:5]}
    assert all(f.line is not None for f in result.findings if f.pointer)


def test_every_code_has_a_fixture_or_a_hostile_test() -> None:
    codes = {c.code for c in all_codes()}
    covered = {p.name[:5] for p in invalid_fixtures()}
    assert codes - covered == set(HOSTILE_ONLY)
    assert covered <= codes, "a fixture names a code that does not exist"
    tree = ast.parse(HOSTILE.read_text(encoding="utf-8"))
    defined = {node.name for node in tree.body if isinstance(node, ast.FunctionDef)}
    assert set(HOSTILE_ONLY.values()) <= defined


def test_fixture_files_come_in_pairs() -> None:
    """Each fixture has its .txt, except the one about a missing source text."""
    missing = [p.stem for p in invalid_fixtures() if not (INVALID / f"{p.stem}.txt").exists()]
    assert missing == ["NP014-missing-source"]


@pytest.mark.parametrize(
    ("fixture", "strict", "status"),
    [
        ("NP101-text-mismatch", False, 1),
        ("NP507-draft", False, 0),
        ("NP507-draft", True, 1),
        ("NP402-replaced-entity", False, 0),
    ],
)
def test_exit_status(
    fixture: str,
    strict: bool,
    status: int,
    fixture_corpus: Callable[[Path], Path],
    capsys: pytest.CaptureFixture[str],
) -> None:
    root = fixture_corpus(INVALID / f"{fixture}.json")
    argv = ["validate", "--root", str(root), *(["--strict"] if strict else [])]
    assert main(argv) == status
    out = capsys.readouterr().out
    severity = Severity.ERROR if strict or status else Severity.WARNING
    assert f" {fixture[:5]} {severity.value} " in out
