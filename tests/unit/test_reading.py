"""validation.reading reads a file by its size (fast), yet never trusts that size (the file may grow)."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from natopress.validate import reading


def _shrunk_lstat(target: Path, reported: int) -> Callable[[os.PathLike[str] | str], os.stat_result]:
    real_lstat = os.lstat

    def fake(path: os.PathLike[str] | str) -> os.stat_result:
        """lstat as if `target` had `reported` bytes (it grew after this call)."""
        values = list(real_lstat(path))
        if Path(path) == target:
            values[6] = reported
        return os.stat_result(values)

    return fake


def test_reads_the_whole_file(tmp_path: Path) -> None:
    path = tmp_path / "a.json"
    path.write_bytes(b"x" * 1000)
    assert reading.read_bytes(path, tmp_path.resolve()) == reading.Read(b"x" * 1000, [])


def test_a_file_that_grew_after_stat_is_read_whole(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "a.json"
    path.write_bytes(b"y" * 1000)
    root = tmp_path.resolve()
    monkeypatch.setattr(reading.os, "lstat", _shrunk_lstat(path, 10))
    assert reading.read_bytes(path, root) == reading.Read(b"y" * 1000, [])


def test_a_file_that_grew_past_the_limit_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "a.json"
    path.write_bytes(b"z" * 1000)
    root = tmp_path.resolve()
    monkeypatch.setattr(reading.os, "lstat", _shrunk_lstat(path, 10))
    monkeypatch.setattr(reading, "MAX_FILE_BYTES", 500)
    read = reading.read_bytes(path, root)
    assert read.data is None
    assert [(f.code, f.message) for f in read.findings] == [("NP004", "over the 500 byte limit; not read")]
