"""Defensive reading of corpus files: stays inside the corpus, refuses huge files, never raises."""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path

from natopress.validate.checks.files import MAX_FILE_BYTES, NOT_FOUND, SYMLINK_OUTSIDE, TOO_LARGE
from natopress.validate.findings import Code, Finding


@dataclass(frozen=True)
class Read:
    """The bytes of a file, or the findings that explain why it was not read."""

    data: bytes | None
    findings: list[Finding]


def display(path: Path | str) -> str:
    """The file name shown in findings: relative to the working folder when inside it (string ops: hot)."""
    absolute = os.path.abspath(path)
    cwd = os.getcwd()
    prefix = cwd if cwd.endswith(os.sep) else cwd + os.sep
    shown = absolute[len(prefix) :] if absolute.startswith(prefix) else absolute
    return shown.replace(os.sep, "/")


def is_inside(path: Path, root: Path) -> bool:
    """True when `path` (absolute, normalised) is `root` or below it."""
    return path == root or root in path.parents


def read_bytes(path: Path, real_root: Path, missing: Code = NOT_FOUND) -> Read:
    """The file's bytes; `missing` is the code when it does not exist."""
    try:
        link = os.lstat(path)
    except FileNotFoundError:
        return Read(None, [missing.at(display(path), message=f"{missing.description}: {path.name}")])
    except OSError as error:
        return Read(None, [NOT_FOUND.at(display(path), message=f"cannot read: {error.strerror}")])
    try:
        if stat.S_ISLNK(link.st_mode) and not is_inside(path.resolve(), real_root):
            message = f"symbolic link to {os.readlink(path)} leaves the corpus; not followed"
            return Read(None, [SYMLINK_OUTSIDE.at(display(path), message=message)])
        info = os.stat(path) if stat.S_ISLNK(link.st_mode) else link
        if not stat.S_ISREG(info.st_mode):
            return Read(None, [NOT_FOUND.at(display(path), message="not a regular file")])
        if info.st_size > MAX_FILE_BYTES:
            message = f"{info.st_size} bytes is over the {MAX_FILE_BYTES} byte limit; not read"
            return Read(None, [TOO_LARGE.at(display(path), message=message)])
        with open(path, "rb") as handle:
            # The file may grow between stat and read: read one byte more than its size, then up to the
            # limit if that byte came. (Asking for the limit at once allocates 20 MB per file: slow.)
            data = handle.read(info.st_size + 1)
            if len(data) > info.st_size:
                data += handle.read(MAX_FILE_BYTES + 1 - len(data))
    except (OSError, RuntimeError) as error:  # a symbolic link loop, a file removed meanwhile
        return Read(None, [NOT_FOUND.at(display(path), message=f"cannot read: {error}")])
    if len(data) > MAX_FILE_BYTES:
        return Read(
            None, [TOO_LARGE.at(display(path), message=f"over the {MAX_FILE_BYTES} byte limit; not read")]
        )
    return Read(data, [])
