"""Several files of one folder written as one transaction, the corpus lock, and recovery at the next start.

A transaction (a release's `.txt` and `.json`) writes every new file to a fsynced temporary file, then
writes a journal `.natopress-journal.XXXXXXXX` naming each temporary file and its target, renamed into place
(the commit point, as git's ref update or SQLite's journal), then renames each file and removes the journal.
Killed before the journal exists, the previous state stands (the temporary files are litter, cleaned at the
next start); killed after, `recover` rolls the renames forward at the next start. Nothing in between can
be seen by a command that recovers first, as every command on a corpus does (`natopress.cli`).

Two writers never interleave: each holds the corpus lock (`fcntl.flock` on the corpus folder, exclusive and
non-blocking) from its checks to its last rename; the second gets `LockedError`.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import json
import os
from collections.abc import Iterator
from pathlib import Path

from natopress.atomic import TempFile, WriteError, clean_litter, fsync_dir, rename, write_text_atomic

JOURNAL_PREFIX = ".natopress-journal."


class LockedError(Exception):
    """Another natopress command holds the lock; the message names the folder."""


@contextlib.contextmanager
def folder_lock(folder: Path, what: str = "writing") -> Iterator[None]:
    """Holds an exclusive advisory lock (flock(2)) on the folder itself for the block: no lock file to leave.

    Raises `LockedError` at once when another process holds it, `WriteError` when the folder cannot be
    opened. The lock ends with the process, however it ends.
    """
    try:
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError as error:
        raise WriteError(error.errno, error.strerror, str(folder)) from error
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as error:
            raise LockedError(
                f"{folder}: another natopress command is {what} it; try again when it ends"
            ) from error
        yield
    finally:
        os.close(fd)


def commit_files(files: dict[Path, bytes]) -> None:
    """Writes every `path: data` of one folder as one transaction (all new files, or the previous ones).

    The caller holds the folder's lock. Raises `WriteError` naming the file that could not be written; then
    no target has changed and no temporary file is left.
    """
    folders = {p.parent for p in files}
    if len(folders) != 1:
        raise ValueError("a transaction writes files of one folder")
    folder = folders.pop()
    temps: list[TempFile] = []
    try:
        for path, data in files.items():
            temps.append(TempFile(path, data))
        journal = {"files": [[t.path.name, t.target.name] for t in temps]}
        journal_path = _journal_path(folder)
        write_text_atomic(journal_path, json.dumps(journal, sort_keys=True) + "\n")
    except BaseException:
        for temp in temps:
            temp.discard()
        raise
    for temp in temps:
        temp.close()
    _roll_forward(folder, journal_path)


def _journal_path(folder: Path) -> Path:
    return folder / f"{JOURNAL_PREFIX}{os.getpid()}"


def _roll_forward(folder: Path, journal_path: Path) -> list[str]:
    """Renames each journalled temporary file that is still there into place; removes the journal."""
    pairs = json.loads(journal_path.read_text("utf-8"))["files"]
    done = []
    for temp_name, target_name in pairs:
        try:
            rename(folder / temp_name, folder / target_name)
            done.append(target_name)
        except FileNotFoundError:
            pass  # renamed before the interruption
        except OSError as error:
            raise WriteError(error.errno, error.strerror, str(folder / target_name)) from error
    fsync_dir(folder)
    journal_path.unlink()
    fsync_dir(folder)
    return done


def recover(folder: Path) -> list[str]:
    """Completes interrupted transactions in `folder` and removes killed writers' temporary files.

    The caller holds the folder's lock. Returns one line per thing done, for the user (empty when there was
    nothing to do). Raises `WriteError` when the folder cannot be written.
    """
    notes = []
    journals = sorted(p for p in folder.glob(f"{JOURNAL_PREFIX}*") if not p.name.endswith(".tmp"))
    for journal in journals:
        try:
            done = _roll_forward(folder, journal)
        except (ValueError, KeyError, TypeError):
            notes.append(f"{journal}: unreadable journal of an interrupted write, left for you to inspect")
            continue
        notes.append(f"{folder}: completed an interrupted write of {', '.join(done) or 'nothing left'}")
    for path in clean_litter(folder):
        notes.append(f"{path}: removed a temporary file left by an interrupted write")
    return notes


def recover_quietly(folder: Path) -> list[str]:
    """`recover` when the folder's lock is free; nothing when another command holds it or the folder is
    read-only, missing or not ours to write (a reader then reads what is there)."""
    if not folder.is_dir():
        return []
    names = [p.name for p in folder.iterdir() if p.name.startswith(".")]
    if not any(n.startswith(JOURNAL_PREFIX) or n.endswith(".tmp") for n in names):
        return []  # nothing to recover: no need for the lock (a read-only corpus stays untouched)
    try:
        with folder_lock(folder):
            return recover(folder)
    except LockedError:
        return []
    except OSError as error:
        if error.errno in (errno.EROFS, errno.EACCES, errno.EPERM, errno.ENOENT):
            return []
        raise
