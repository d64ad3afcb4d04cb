"""MANIFEST.json and `natopress verify`: every file's bytes and sha256; missing, extra and changed files."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from natopress.build.manifest import MANIFEST_FILENAME, ManifestError, make_manifest, manifest_json, verify
from natopress.cli import main


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "data" / "a").mkdir(parents=True)
    (tmp_path / "data" / "a" / "train.parquet").write_bytes(b"PAR1")
    (tmp_path / "README.md").write_text("card\n", "utf-8")
    manifest = make_manifest(tmp_path, "0.1.0", "sha256:" + "0" * 64)
    (tmp_path / MANIFEST_FILENAME).write_text(manifest_json(manifest), "utf-8")
    return tmp_path


def test_manifest_lists_every_file_with_size_and_sha256(folder: Path) -> None:
    manifest = json.loads((folder / MANIFEST_FILENAME).read_text("utf-8"))
    assert manifest["files"] == [
        {"path": "README.md", "bytes": 5, "sha256": hashlib.sha256(b"card\n").hexdigest()},
        {"path": "data/a/train.parquet", "bytes": 4, "sha256": hashlib.sha256(b"PAR1").hexdigest()},
    ]
    assert (manifest["version"], manifest["corpus_fingerprint"]) == ("0.1.0", "sha256:" + "0" * 64)


def test_intact_copy_verifies(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (folder / ".git").mkdir()
    (folder / ".git" / "HEAD").write_text("ref\n", "utf-8")  # a clone's .git/ is not part of the build
    (folder / ".gitattributes").write_text("*.parquet filter=lfs\n", "utf-8")
    (folder / ".cache" / "huggingface").mkdir(parents=True)  # written by huggingface_hub downloads
    (folder / ".cache" / "huggingface" / "x.lock").write_text("", "utf-8")
    assert verify(folder).ok
    assert main(["verify", str(folder)]) == 0
    assert "matches its manifest" in capsys.readouterr().out


def test_missing_extra_and_changed_files_are_listed(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (folder / "data" / "a" / "train.parquet").unlink()
    (folder / "data" / "b.parquet").write_bytes(b"x")
    (folder / ".cache").mkdir()
    (folder / ".cache" / "other").write_bytes(b"x")  # only .cache/huggingface/ is skipped
    (folder / "README.md").write_text("card!\n", "utf-8")
    result = verify(folder)
    assert (result.missing, result.extra, result.changed) == (
        ["data/a/train.parquet"],
        [".cache/other", "data/b.parquet"],
        ["README.md"],
    )
    assert main(["verify", str(folder)]) == 1
    err = capsys.readouterr().err
    assert f"{folder / 'data/a/train.parquet'}: missing" in err
    assert f"{folder / 'data/b.parquet'}: extra" in err
    assert f"{folder / 'README.md'}: changed" in err
    assert "1 missing, 2 extra, 1 changed" in err


def test_same_size_change_is_caught(folder: Path) -> None:
    (folder / "data" / "a" / "train.parquet").write_bytes(b"PAR2")
    assert verify(folder).changed == ["data/a/train.parquet"]


@pytest.mark.parametrize(
    ("content", "message"), [(None, "no manifest"), ("{", "unreadable"), ('{"files": 3}', "/files")]
)
def test_bad_manifest_is_a_clear_error(
    folder: Path, content: str | None, message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    if content is None:
        (folder / MANIFEST_FILENAME).unlink()
    else:
        (folder / MANIFEST_FILENAME).write_text(content, "utf-8")
    with pytest.raises(ManifestError, match=message):
        verify(folder)
    assert main(["verify", str(folder)]) == 1
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err
