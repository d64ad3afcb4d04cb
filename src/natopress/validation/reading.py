"""Defensive reading of corpus files: stays inside the corpus, refuses huge files, never raises."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from natopress.checks.files import MAX_FILE_BYTES, NOT_FOUND, SYMLINK_OUTSIDE, TOO_LARGE
from natopress.findings import Code, Finding


@dataclass(frozen=True)
class Read:
    """The bytes of a file, or the findings that explain why it was not read."""

    data: bytes | None
    findings: list[Finding]


def display(path: Path) -> str:
    """The file name shown in findings: relative to the working folder when inside it."""
    absolute = Path(os.path.abspath(path))
    try:
        return absolute.relative_to(Path.cwd()).as_posix()
    except ValueError:
        return absolute.as_posix()


def is_inside(path: Path, root: Path) -> bool:
    """True when `path` (absolute, normalised) is `root` or below it."""
    return path == root or root in path.parents


def read_bytes(path: Path, real_root: Path, missing: Code = NOT_FOUND) -> Read:
    """The file's bytes; `missing` is the code when it does not exist."""
    file = display(path)
    try:
        if path.is_symlink() and not is_inside(path.resolve(), real_root):
            message = f"symbolic link to {os.readlink(path)} leaves the corpus; not followed"
            return Read(None, [SYMLINK_OUTSIDE.at(file, message=message)])
        if not path.exists():
            return Read(None, [missing.at(file, message=f"{missing.description}: {path.name}")])
        if not path.is_file():
            return Read(None, [NOT_FOUND.at(file, message="not a regular file")])
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            message = f"{size} bytes is over the {MAX_FILE_BYTES} byte limit; not read"
            return Read(None, [TOO_LARGE.at(file, message=message)])
        with path.open("rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)  # the file may grow between stat and read
    except (OSError, RuntimeError) as error:  # RuntimeError: symlink loop in older Pythons
        return Read(None, [NOT_FOUND.at(file, message=f"cannot read: {error}")])
    if len(data) > MAX_FILE_BYTES:
        return Read(None, [TOO_LARGE.at(file, message=f"over the {MAX_FILE_BYTES} byte limit; not read")])
    return Read(data, [])
