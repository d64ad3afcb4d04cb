"""tests/data/make_fixtures.py reproduces the committed fixtures byte for byte (no hand edit, no stale file)."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest
from conftest import INVALID, VALID

SCRIPT = Path(__file__).resolve().parents[1] / "data" / "make_fixtures.py"


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_fixtures", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


@pytest.fixture(scope="module")
def regenerated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("fixtures")
    _script().main(["--out", str(out)])
    return out


@pytest.mark.parametrize(("name", "committed"), [("valid", VALID), ("invalid", INVALID)])
def test_make_fixtures_reproduces_the_committed_folder(regenerated: Path, name: str, committed: Path) -> None:
    fresh, kept = _files(regenerated / name), _files(committed)
    assert sorted(fresh) == sorted(kept), "run `python tests/data/make_fixtures.py` and commit the result"
    stale = [n for n in fresh if fresh[n] != kept[n]]
    assert stale == [], f"fixtures differ from what make_fixtures.py writes: {stale}"
