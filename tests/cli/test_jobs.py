"""`natopress validate --jobs N`: worker processes give exactly the serial findings, in the same order."""

from __future__ import annotations

import importlib.util
import json
import shutil
from pathlib import Path
from types import ModuleType

import pytest
from conftest import INVALID, VALID, invalid_fixtures

from natopress.cli import main
from natopress.paths import ANNOTATIONS_DIR, REPO_ROOT
from natopress.validate.parallel import PARALLEL_FROM, cores, default_jobs, ordered_map
from natopress.validate.runner import validate


def _synth() -> ModuleType:
    spec = importlib.util.spec_from_file_location("synth", REPO_ROOT / "benchmarks" / "synth.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def invalid_corpus(tmp_path: Path) -> Path:
    """Every invalid fixture in one corpus, each under its own name, with the valid registry."""
    root = tmp_path / "invalid"
    root.mkdir()
    for fixture in invalid_fixtures():
        shutil.copyfile(fixture, root / fixture.name)
        source = INVALID / f"{fixture.stem}.txt"
        if source.exists():
            shutil.copyfile(source, root / source.name)
    shutil.copyfile(VALID / "registry.json", root / "registry.json")
    return root


@pytest.fixture
def synthetic_corpus(tmp_path: Path) -> Path:
    """60 synthetic releases (benchmarks/synth.py), four of them damaged."""
    root = tmp_path / "synth"
    ids = _synth().synthesise(60, root, seed=3, source=ANNOTATIONS_DIR)
    (root / f"{ids[5]}.txt").unlink()
    document = json.loads((root / f"{ids[17]}.json").read_text(encoding="utf-8"))
    document["mentions"][0]["span"]["text"] += "x"
    (root / f"{ids[17]}.json").write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    raw = (root / f"{ids[23]}.json").read_text(encoding="utf-8")
    (root / f"{ids[23]}.json").write_text(raw.replace(ids[23], "2000-01-01-fr-autre"), encoding="utf-8")
    (root / f"{ids[40]}.json").write_text(raw[:500], encoding="utf-8")
    return root


def test_synthetic_corpus_is_valid(tmp_path: Path) -> None:
    root = tmp_path / "synth"
    _synth().synthesise(12, root, seed=1, source=ANNOTATIONS_DIR)
    result = validate(root, jobs=1)
    assert (result.findings, result.releases) == ((), 12)


def test_invalid_fixtures_give_the_same_findings_in_parallel(invalid_corpus: Path) -> None:
    serial = validate(invalid_corpus, jobs=1)
    assert len(serial.findings) > len(invalid_fixtures())  # every fixture found something
    assert validate(invalid_corpus, jobs=2) == serial
    assert validate(invalid_corpus, jobs=3) == serial


def test_synthetic_corpus_gives_the_same_findings_in_parallel(synthetic_corpus: Path) -> None:
    serial = validate(synthetic_corpus, jobs=1)
    assert {f.code for f in serial.findings} == {"NP014", "NP010", "NP018", "NP101", "NP502"}  # 17: one line
    assert validate(synthetic_corpus, jobs=2) == serial


@pytest.mark.parametrize("output", ["text", "json", "github"])
def test_command_line_output_is_identical(
    synthetic_corpus: Path, output: str, capsys: pytest.CaptureFixture[str]
) -> None:
    outputs = []
    for jobs in ("1", "2"):
        args = ["validate", "--root", str(synthetic_corpus), "--format", output, "--jobs", jobs]
        assert main(args) == 1
        outputs.append(capsys.readouterr())
    assert outputs[0] == outputs[1]


def test_ordered_map_keeps_input_order() -> None:
    items = list(range(200))
    assert list(ordered_map(str, items, 2)) == [str(i) for i in items]
    assert list(ordered_map(str, items, 1)) == [str(i) for i in items]


def test_default_jobs_is_cores_only_for_large_corpora() -> None:
    assert default_jobs(PARALLEL_FROM) == 1
    assert default_jobs(PARALLEL_FROM + 1) == cores()


def test_jobs_below_one_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", "--root", str(VALID), "--jobs", "0"]) == 2
    assert "argument --jobs: must be at least 1, found 0" in capsys.readouterr().err
