"""Hostile input: every case gives findings (never a traceback, never a hang)."""

from __future__ import annotations

import json
import os
from collections import Counter
from pathlib import Path

import pytest

from natopress.cli import main
from natopress.validate.runner import validate

RELEASE = "2000-01-01-fr-fixture"


def codes(root: Path, *paths: Path) -> set[str]:
    return {f.code for f in validate(root, paths).findings}


def write_release(corpus: Path, data: bytes) -> None:
    (corpus / f"{RELEASE}.json").write_bytes(data)


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"", {"NP005"}),
        (b"   \n", {"NP005"}),
        (b'{"schema_version": "1.0", "id": ', {"NP010"}),
        (b"<html>not json</html>", {"NP010"}),
        (b"null", {"NP010"}),
        (b"[]", {"NP022"}),
        (b'"a string"', {"NP022"}),
        (b'{"start": 1e400}', {"NP012"}),
        (b'{"start": -Infinity}', {"NP012"}),
        (b'{"start": NaN}', {"NP012"}),
        (b"[" * 10_000 + b"]" * 10_000, {"NP013"}),
        (b'{"a": ' * 200 + b"1" + b"}" * 200, {"NP013"}),
        (b"\xff\xfe{}", {"NP006"}),
        (b'{"id": "\\ud800"}', {"NP010"}),
    ],
    ids=[
        "empty",
        "blank",
        "truncated",
        "html",
        "null",
        "array",
        "string",
        "1e400",
        "-inf",
        "nan",
        "deep-10000",
        "deep-200",
        "utf16-bom",
        "lone-surrogate",
    ],
)
def test_hostile_release_bytes(corpus: Path, data: bytes, expected: set[str]) -> None:
    write_release(corpus, data)
    assert codes(corpus) == expected


def test_wrong_types_everywhere(corpus: Path) -> None:
    write_release(
        corpus, b'{"schema_version": 1, "id": [], "metadata": "x", "segments": {}, "annotation": 3}\n'
    )
    found = validate(corpus).findings
    assert {(f.code, f.pointer) for f in found} == {
        ("NP022", "/schema_version"),
        ("NP022", "/id"),
        ("NP022", "/metadata"),
        ("NP022", "/segments"),
        ("NP022", "/annotation"),
    }


@pytest.mark.parametrize(
    ("number", "expected"),
    [(b"100000000000000000000000", "NP023"), (b"18446744073709551615", "NP023"), (b"-1", "NP023")],
)
def test_huge_offsets(corpus: Path, number: bytes, expected: str) -> None:
    path = corpus / f"{RELEASE}.json"
    path.write_bytes(path.read_bytes().replace(b'"start": 318,', b'"start": ' + number + b",", 1))
    assert [(f.code, f.pointer) for f in validate(corpus).findings] == [(expected, "/mentions/5/span/start")]


def test_findings_per_code_are_capped(corpus: Path) -> None:
    path = corpus / f"{RELEASE}.json"
    doc = json.loads(path.read_text("utf-8"))
    doc["mentions"] += [dict(doc["mentions"][5], entity="nobody")] * 150
    path.write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n", "utf-8")
    found = validate(corpus).findings
    assert Counter(f.code for f in found) == {"NP401": 101, "NP404": 101}
    assert "50 more NP401 finding(s) in this file not shown" in [f.message for f in found]


def test_fifty_megabyte_file(corpus: Path) -> None:
    path = corpus / f"{RELEASE}.json"
    with path.open("wb") as handle:
        handle.write(b'{"notes": "')
        handle.truncate(50 * 1024 * 1024)
    assert codes(corpus) == {"NP004"}


def test_path_outside_corpus(corpus: Path, tmp_path: Path) -> None:
    outside = tmp_path / "elsewhere.json"
    outside.write_text("{}")
    found = validate(corpus, [outside]).findings
    assert [(f.code, f.file.endswith("elsewhere.json")) for f in found] == [("NP001", True)]


def test_missing_path(corpus: Path) -> None:
    assert codes(corpus, corpus / "2000-01-02-fr-nothing.json") == {"NP002"}
    assert codes(corpus, corpus / "notes.yaml") == {"NP002"}


def test_symlink_out_of_corpus(corpus: Path, tmp_path: Path) -> None:
    secret = tmp_path / "secret.json"
    secret.write_text('{"secret": true}')
    (corpus / f"{RELEASE}.json").unlink()
    os.symlink(secret, corpus / f"{RELEASE}.json")
    assert codes(corpus) == {"NP003"}


def test_symlink_inside_corpus_is_followed(corpus: Path) -> None:
    (corpus / "store").mkdir()
    (corpus / f"{RELEASE}.txt").rename(corpus / "store" / "source.txt")
    os.symlink(corpus / "store" / "source.txt", corpus / f"{RELEASE}.txt")
    assert codes(corpus) == set()


def test_symlink_loop(corpus: Path) -> None:
    (corpus / f"{RELEASE}.json").unlink()
    os.symlink(corpus / f"{RELEASE}.json", corpus / f"{RELEASE}.json")
    assert codes(corpus) == {"NP002"}


def test_folder_named_like_a_release(corpus: Path) -> None:
    (corpus / "2000-01-02-fr-folder.json").mkdir()
    found = validate(corpus).findings
    assert [(f.code, f.message) for f in found] == [("NP002", "not a regular file")]


def test_missing_registry(corpus: Path) -> None:
    (corpus / "registry.json").unlink()
    assert codes(corpus) == {"NP016"}


def test_broken_registry_skips_references(corpus: Path) -> None:
    (corpus / "registry.json").write_text('{"schema_version": "1.0", "entities": [}\n')
    found = validate(corpus).findings
    assert [(f.code, f.file.endswith("registry.json")) for f in found] == [("NP010", True)]


def test_registry_cycle(corpus: Path) -> None:
    text = (corpus / "registry.json").read_text()
    text = text.replace(
        '"replaced_by": null\n    },\n    {\n      "id": "alliance-fictive-old"',
        '"replaced_by": "alliance-fictive-old"\n    },\n    {\n      "id": "alliance-fictive-old"',
        1,
    )
    (corpus / "registry.json").write_text(text)
    found = validate(corpus).findings
    assert {(f.code, f.pointer) for f in found} >= {
        ("NP412", "/entities/0/replaced_by"),
        ("NP412", "/entities/1/replaced_by"),
    }
    assert {f.code for f in found} == {"NP412", "NP402"}  # the release mentions the now-replaced id


def test_orphan_source(corpus: Path) -> None:
    (corpus / "2000-01-02-fr-lonely.txt").write_text("Texte seul.\n")
    found = validate(corpus).findings
    assert [(f.code, f.severity.value) for f in found] == [("NP017", "warning")]


def test_missing_root_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", "--root", str(tmp_path / "nowhere")]) == 2
    assert "argument --root: no such folder" in capsys.readouterr().err


def test_changed_since_outside_git_is_a_usage_error(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", "--root", str(corpus), "--changed-since", "HEAD"]) == 2
    assert "not in a git repository" in capsys.readouterr().err
