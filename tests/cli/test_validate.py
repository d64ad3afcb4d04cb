"""`natopress validate` end to end: paths, formats, exit status, the fast path's imports, docs/codes.md."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import FIXTURE_ID, VALID

from natopress.cli import main
from natopress.commands.codes import CODES_PAGE, render_page
from natopress.paths import REPO_ROOT
from natopress.validate.codes import all_codes
from natopress.validate.runner import validate


def break_mention(corpus: Path) -> None:
    path = corpus / f"{FIXTURE_ID}.json"
    path.write_text(
        path.read_text(encoding="utf-8").replace('"text": "Bruxelles"', '"text": "Bruxelle!"'), "utf-8"
    )


def test_valid_corpus_exit_zero(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", "--root", str(VALID)]) == 0
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == "valid: 0 error(s), 0 warning(s) in 1 release(s)\n"


def test_text_format_names_file_line_column_pointer(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    break_mention(corpus)
    assert main(["validate", "--root", str(corpus)]) == 1
    (line,) = capsys.readouterr().out.splitlines()
    assert line.endswith(
        f"{FIXTURE_ID}.json:188:7: NP101 error /mentions/5/span: "
        "span [318, 327) text differs from the source slice at code point 8: text has U+0021 EXCLAMATION MARK, "
        "source has U+0073 LATIN SMALL LETTER S (text «Bruxelle!», source «Bruxelles»)"
    )


def test_json_format(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    break_mention(corpus)
    assert main(["validate", "--root", str(corpus), "--format", "json"]) == 1
    payload = json.loads(capsys.readouterr().out)
    assert [(f["code"], f["line"], f["column"], f["pointer"]) for f in payload["findings"]] == [
        ("NP101", 188, 7, "/mentions/5/span")
    ]
    assert (payload["errors"], payload["warnings"], payload["releases"]) == (1, 0, 1)


def test_github_format(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    break_mention(corpus)
    assert main(["validate", "--root", str(corpus), "--format", "github"]) == 1
    (line,) = capsys.readouterr().out.splitlines()
    assert line.startswith("::error file=")
    assert ",line=188,col=7,title=NP101::/mentions/5/span: span [318, 327)" in line


def test_paths_select_releases(corpus: Path) -> None:
    other = corpus / "2000-01-02-fr-other.json"
    other.write_text("{}\n")
    assert validate(corpus, [corpus / f"{FIXTURE_ID}.json"]).findings == ()
    assert validate(corpus, [corpus / f"{FIXTURE_ID}.txt"]).releases == 1  # a .txt names its release
    assert {f.code for f in validate(corpus, [other]).findings} == {"NP014", "NP021"}
    assert {f.code for f in validate(corpus, [corpus]).findings} == {"NP014", "NP021"}
    assert validate(corpus, [corpus / "registry.json"]).releases == 2  # a registry change: every release


def test_relative_paths_inside_root(corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(corpus.parent)
    result = validate(Path("corpus"), [Path("corpus") / f"{FIXTURE_ID}.json"])
    assert (result.findings, result.releases) == ((), 1)
    break_mention(corpus)
    (finding,) = validate(Path("corpus")).findings
    assert finding.file == f"corpus/{FIXTURE_ID}.json"


def test_strict_makes_warnings_errors(corpus: Path) -> None:
    path = corpus / f"{FIXTURE_ID}.json"
    path.write_text(path.read_text("utf-8").replace('"status": "checked"', '"status": "draft"'), "utf-8")
    assert [(f.code, f.severity.value) for f in validate(corpus).findings] == [("NP507", "warning")]
    assert [(f.code, f.severity.value) for f in validate(corpus, strict=True).findings] == [
        ("NP507", "error")
    ]


def test_findings_are_sorted_and_deterministic(corpus: Path) -> None:
    text = (corpus / f"{FIXTURE_ID}.json").read_text("utf-8")
    text = text.replace('"text": "Bruxelles"', '"text": "x"').replace('"id": "q3"', '"id": "q1"')
    (corpus / f"{FIXTURE_ID}.json").write_text(text, "utf-8")
    first = validate(corpus).findings
    assert [f.code for f in first] == ["NP301", "NP101"]  # by line: quotes come before mentions
    assert validate(corpus).findings == first


def test_fast_path_imports_nothing_heavy(corpus: Path) -> None:
    code = (
        "import sys; from natopress.cli import main; status = main(['validate', '--root', sys.argv[1]]); "
        "heavy = sorted(m for m in ('datasets', 'pyarrow', 'jsonschema') if m in sys.modules); "
        "print(status, heavy)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, str(corpus)], capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "0 []"


def test_codes_page_is_fresh() -> None:
    page = (REPO_ROOT / CODES_PAGE).read_text(encoding="utf-8")
    assert page == render_page(all_codes()), "run `natopress codes --write`"


def test_codes_check_command(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["codes", "--check"]) == 0
    assert main(["codes"]) == 0
    assert capsys.readouterr().out.splitlines()[0].startswith("NP001  error    path outside the corpus")
