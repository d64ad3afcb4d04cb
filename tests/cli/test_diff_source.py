"""`natopress diff` reports a changed source text: both sha256 and the changed lines, look-alikes escaped."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import pytest
from conftest import FIXTURE_ID, VALID

from natopress.cli import main
from natopress.tools.text_diff import LineChange, diff_texts


def test_diff_texts_pairs_replaced_lines_and_lists_the_rest() -> None:
    change = diff_texts(b"a\nl\xe2\x80\x99OTAN\nc\n", b"a\nl'OTAN\nc\nd\n")
    assert change is not None
    assert change.lines == (LineChange(2, 2, "l’OTAN", "l'OTAN"), LineChange(None, 4, None, "d"))
    assert change.old_sha256 == hashlib.sha256(b"a\nl\xe2\x80\x99OTAN\nc\n").hexdigest()
    assert diff_texts(b"same", b"same") is None


@pytest.fixture
def two_versions(tmp_path: Path) -> tuple[Path, Path, int]:
    """The valid corpus, and a copy whose .txt has its first `’` replaced by `'` (the annotation unchanged)."""
    old = Path(shutil.copytree(VALID, tmp_path / "old"))
    new = Path(shutil.copytree(VALID, tmp_path / "new"))
    text = (new / f"{FIXTURE_ID}.txt").read_text("utf-8")
    (new / f"{FIXTURE_ID}.txt").write_text(text.replace("’", "'", 1), "utf-8")
    line = text[: text.index("’")].count("\n") + 1
    return old, new, line


def test_text_report_names_both_sha256_and_the_line(
    two_versions: tuple[Path, Path, int], capsys: pytest.CaptureFixture[str]
) -> None:
    old, new, line = two_versions
    assert main(["diff", str(old), str(new)]) == 0
    out = capsys.readouterr().out.splitlines()
    sha = {p: hashlib.sha256((p / f"{FIXTURE_ID}.txt").read_bytes()).hexdigest() for p in (old, new)}
    assert out[:3] == [
        f"release {FIXTURE_ID}: changed",
        f"  source text: sha256 {sha[old]} -> {sha[new]}",
        out[2],
    ]
    assert out[2].startswith(f"  source line {line} -> {line}: at code point ")
    assert "old has U+2019 RIGHT SINGLE QUOTATION MARK, new has U+0027 APOSTROPHE" in out[2]
    assert "no differences" not in "\n".join(out)


def test_json_report_is_not_equal(
    two_versions: tuple[Path, Path, int], capsys: pytest.CaptureFixture[str]
) -> None:
    old, new, line = two_versions
    assert main(["diff", str(old), str(new), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["equal"] is False
    source = data["releases"]["changed"][FIXTURE_ID]["source"]
    assert [(c["old_line"], c["new_line"]) for c in source["lines"]] == [(line, line)]
    assert source["lines"][0]["new"] == source["lines"][0]["old"].replace("’", "'", 1)
