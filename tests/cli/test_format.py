"""`natopress format`: canonical rewrites (atomic, mode kept), `--check`, and validate's NP018 warning."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest
from conftest import FIXTURE_ID

from natopress.cli import main
from natopress.corpus import Corpus
from natopress.serialize import to_json
from natopress.validate.runner import validate


def one_line(path: Path) -> None:
    """Rewrites a JSON file on one line, keys and values unchanged: valid, not canonical."""
    path.write_text(json.dumps(json.loads(path.read_text("utf-8")), ensure_ascii=False) + "\n", "utf-8")


def test_format_rewrites_in_canonical_form_keeping_the_mode(
    corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    release, registry = corpus / f"{FIXTURE_ID}.json", corpus / "registry.json"
    canonical = release.read_bytes()
    one_line(release)
    release.chmod(0o640)
    assert main(["format", "--root", str(corpus)]) == 0
    assert capsys.readouterr().out == f"{release}: reformatted\n"
    assert release.read_bytes() == canonical
    assert release.read_bytes().decode() == to_json(Corpus(corpus).load(FIXTURE_ID).release)
    assert stat.S_IMODE(release.stat().st_mode) == 0o640
    assert sorted(p.name for p in corpus.iterdir()) == sorted(
        [release.name, registry.name, f"{FIXTURE_ID}.txt"]
    )


def test_check_lists_the_files_that_are_not_canonical(
    corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    registry = corpus / "registry.json"
    one_line(registry)
    before = registry.read_bytes()
    assert main(["format", "--check", str(corpus)]) == 1
    assert capsys.readouterr().out == f"{registry}: not canonical\n"
    assert registry.read_bytes() == before
    assert main(["format", str(registry)]) == 0
    assert main(["format", "--check", "--root", str(corpus)]) == 0


def test_validate_warns_about_a_file_that_is_not_canonical(corpus: Path) -> None:
    release = corpus / f"{FIXTURE_ID}.json"
    one_line(release)
    result = validate(corpus)
    assert [(f.code, f.severity.value, f.line) for f in result.findings] == [("NP018", "warning", 1)]
    assert result.ok and not validate(corpus, strict=True).ok
    assert main(["format", "--root", str(corpus)]) == 0
    assert validate(corpus, strict=True).findings == ()


def test_an_invalid_file_is_refused_with_one_line(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    release = corpus / f"{FIXTURE_ID}.json"
    release.write_text('{"id": 3}\n', "utf-8")
    assert main(["format", "--root", str(corpus)]) == 1
    err = capsys.readouterr().err
    assert f"natopress format: {release}: not a valid release annotation" in err
    assert "Traceback" not in err
    assert release.read_text("utf-8") == '{"id": 3}\n'


def test_a_missing_path_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["format", str(tmp_path / "nope.json")]) == 2
    assert capsys.readouterr().err == f"natopress format: {tmp_path / 'nope.json'}: no such file or folder\n"
