"""Usage errors: a one-line message naming the problem under the command's own usage, exit 2."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import VALID

from natopress.cli import COMMANDS, main

EMPTY_REGISTRY = '{"schema_version": "1.0", "entities": []}\n'


def usage_error(capsys: pytest.CaptureFixture[str], command: str, argv: list[str]) -> str:
    """Runs `argv`; asserts exit 2, the command's usage and one error line; returns that line."""
    assert main(argv) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.strip().splitlines()
    assert lines[0].startswith(f"usage: natopress {command} ")
    errors = [line for line in lines if ": error: " in line]
    assert errors == [lines[-1]] and errors[0].startswith(f"natopress {command}: error: ")
    return errors[0]


@pytest.mark.parametrize("command", list(COMMANDS))
def test_unknown_option_is_reported_by_the_command(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    usage_error(capsys, command, [command, "--bogus"])


def test_unknown_option_after_valid_arguments(capsys: pytest.CaptureFixture[str]) -> None:
    line = usage_error(capsys, "validate", ["validate", "--root", str(VALID), "--bogus", "--strict"])
    assert line.endswith("unrecognized arguments: --bogus")


def test_help_still_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", "--help"]) == 0
    assert capsys.readouterr().out.startswith("usage: natopress validate ")


def test_codes_check_and_write_are_exclusive(capsys: pytest.CaptureFixture[str]) -> None:
    line = usage_error(capsys, "codes", ["codes", "--check", "--write"])
    assert line.endswith("argument --write: not allowed with argument --check")


@pytest.mark.parametrize("command", ["verify", "summary"])
def test_missing_built_folder(command: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "missing-dir"
    line = usage_error(capsys, command, [command, str(missing)])
    assert line.endswith(f"argument DIR: no such folder: {missing}")
    (tmp_path / "file").write_text("x")
    assert usage_error(capsys, command, [command, str(tmp_path / "file")]).endswith(
        "not a folder: " + str(tmp_path / "file")
    )


@pytest.mark.parametrize(
    "argv",
    [
        ["validate"],
        ["build", "--out", "{tmp}/out"],
        ["export", "jsonl", "--out", "{tmp}/out.jsonl"],
        ["review", "x"],
        ["ingest", "{tmp}/release.txt"],
        ["import-brat", "{tmp}"],
    ],
    ids=lambda argv: argv[0],
)
def test_a_folder_that_is_no_corpus_is_refused(
    argv: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    any_folder = tmp_path / "any-folder"
    any_folder.mkdir()
    (any_folder / "notes.txt").write_text("not a corpus\n")
    (tmp_path / "release.txt").write_text("Titre\n\nTexte.\n")
    args = [a.replace("{tmp}", str(tmp_path)) for a in argv]
    line = usage_error(capsys, argv[0], [*args, "--root", str(any_folder)])
    assert f"argument --root: not a corpus: {any_folder}" in line
    assert [p.name for p in any_folder.iterdir()] == ["notes.txt"]
    assert not (tmp_path / "out").exists() and not (tmp_path / "out.jsonl").exists()
    empty = tmp_path / "empty-dir"
    empty.mkdir()
    line = usage_error(capsys, argv[0], [*args, "--root", str(empty)])
    assert f"argument --root: not a corpus: {empty}" in line
    assert list(empty.iterdir()) == []


def test_export_of_a_corpus_without_releases(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "registry.json").write_text(EMPTY_REGISTRY)
    out = tmp_path / "out.jsonl"
    line = usage_error(capsys, "export", ["export", "jsonl", "--root", str(tmp_path), "--out", str(out)])
    assert line.endswith(f"--root {tmp_path}: no release to export (no <id>.json)")
    assert not out.exists()


def test_a_corpus_without_registry_is_still_validated(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = Path(shutil.copytree(VALID, tmp_path / "corpus"))
    (corpus / "registry.json").unlink()
    assert main(["validate", "--root", str(corpus)]) == 1
    assert "NP016" in capsys.readouterr().out


@pytest.mark.parametrize(
    "argv",
    [
        ["agree", "{missing}", "{valid}"],
        ["agree", "{valid}", "{missing}"],
        ["import-label-studio", "{missing}"],
    ],
    ids=["agree-a", "agree-b", "import-label-studio"],
)
def test_missing_input_file(argv: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "missing.json"
    (tmp_path / "registry.json").write_text(EMPTY_REGISTRY)
    valid = VALID / "2000-01-01-fr-fixture.json"
    args = [a.replace("{missing}", str(missing)).replace("{valid}", str(valid)) for a in argv]
    if argv[0] == "import-label-studio":
        args += ["--root", str(tmp_path)]
    assert usage_error(capsys, argv[0], args).endswith(f"no such file: {missing}")
