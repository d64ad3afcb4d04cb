"""A whole output folder (a build, a brat export) replaced at once: readers see the old folder or the new one.

The new folder is written as `.NAME.tmp-XXXXXXXX` beside the target (beside a symbolic link's target: the
link stays a link), fsynced file by file, then a journal `.NAME.swap` is written (the commit point), the
entries to keep (`.git`, `.gitattributes`, `.cache`: a Hub clone's) move into the new folder, and the two
folders are exchanged in one `renameat2(RENAME_EXCHANGE)` (Linux 3.15+; elsewhere two renames), so `--out`
never goes missing. The old folder is then removed and the journal with it. A run killed after the journal
is completed (rolled forward) at the next start; one killed before leaves `.NAME.tmp-*` litter, removed at
the next start. A file in the target that the previous run did not write, and that is not kept, is never
deleted: the swap is refused and the message names it.
"""

from __future__ import annotations

import ctypes
import json
import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from natopress.atomic import (
    FAULT_KILL_ENV,
    WriteError,
    clean_litter,
    fault_point,
    fsync_dir,
    rename,
    umask,
    write_text_atomic,
)
from natopress.transaction import LockedError, folder_lock

T = TypeVar("T")
KEEP = frozenset({".git", ".gitattributes", ".cache"})
"""Top-level entries of an existing output folder that move into the new one: a Hub clone's git data and
`huggingface_hub`'s download cache."""
RENAME_EXCHANGE = 2
AT_FDCWD = -100
SHOWN_FOREIGN = 5


class SwapError(Exception):
    """The folder cannot be replaced safely; the message names the folder and the files in the way."""


Owned = Callable[[Path], "set[str] | None"]
"""Takes an existing output folder; returns the POSIX paths (relative) the previous run wrote, or None when
the folder was not written by natopress."""


def target_of(out: Path) -> Path:
    """The folder actually written: `out`, or the folder a symbolic link `out` points to (absolute)."""
    return Path(os.path.realpath(out))


def foreign_files(target: Path, owned: Owned, keep: frozenset[str] = KEEP) -> list[str]:
    """Files in `target` that the previous run did not write and that are not kept (sorted); `SwapError`
    when `target` is a file, or a non-empty folder natopress did not write."""
    if not target.exists():
        return []
    if not target.is_dir():
        raise SwapError(f"{target}: exists and is not a folder")
    mine = owned(target)
    present = sorted(
        p.relative_to(target).as_posix()
        for p in target.rglob("*")
        if not p.is_dir() and p.relative_to(target).parts[0] not in keep
    )
    if mine is None:
        if present:
            raise SwapError(
                f"{target}: exists and is not a natopress build or export; choose another output folder"
            )
        return []
    return [p for p in present if p not in mine]


def fsync_tree(folder: Path) -> None:
    """fsyncs every file and folder under `folder` (bottom up), so a rename publishes durable data."""
    for dirpath, _, filenames in os.walk(folder, topdown=False):
        for name in filenames:
            fd = os.open(os.path.join(dirpath, name), os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)
        fsync_dir(Path(dirpath))


def exchange(first: Path, second: Path) -> None:
    """Swaps two existing paths atomically (Linux renameat2 RENAME_EXCHANGE); `OSError` when unsupported."""
    if fault_point("rename", FAULT_KILL_ENV):
        os.kill(os.getpid(), 9)
    libc = ctypes.CDLL(None, use_errno=True)
    function = getattr(libc, "renameat2", None)
    if function is None:
        raise OSError(38, "renameat2 is not available", str(first), None, str(second))
    result = function(AT_FDCWD, os.fsencode(first), AT_FDCWD, os.fsencode(second), RENAME_EXCHANGE)
    if result != 0:
        code = ctypes.get_errno()
        raise OSError(code, os.strerror(code), str(first), None, str(second))


def _journal(target: Path) -> Path:
    return target.parent / f".{target.name}.swap"


def _inode(path: Path) -> list[int] | None:
    try:
        info = path.stat()
    except FileNotFoundError:
        return None
    return [info.st_dev, info.st_ino]


def _move_kept(source: Path, destination: Path, keep: frozenset[str]) -> None:
    """Moves each kept entry of `source` that `destination` lacks into `destination`."""
    for name in sorted(keep):
        present = (source / name).exists() or (source / name).is_symlink()
        if present and not (destination / name).exists():
            rename(source / name, destination / name)


def _complete(target: Path, keep: frozenset[str]) -> None:
    """Rolls a journalled swap forward from wherever it stopped, then removes the old folder and journal."""
    journal = _journal(target)
    record = json.loads(journal.read_text("utf-8"))
    new, old, inode = target.parent / record["new"], target.parent / record["old"], record["inode"]
    if _inode(target) != inode:
        if _inode(new) != inode:
            raise SwapError(f"{journal}: the new folder {new} is gone; remove the journal by hand")
        if target.exists():
            _move_kept(target, new, keep)
            try:
                exchange(new, target)
            except OSError as error:
                if error.errno not in (22, 38):  # EINVAL, ENOSYS: no RENAME_EXCHANGE here
                    raise
                rename(target, old)
                rename(new, target)
        else:
            rename(new, target)
        fsync_dir(target.parent)
    for leftover in (new, old):
        if leftover.is_dir() and _inode(leftover) != inode:
            _move_kept(leftover, target, keep)
            shutil.rmtree(leftover)
    journal.unlink()
    fsync_dir(target.parent)


def recover_folder(target: Path, keep: frozenset[str] = KEEP) -> list[str]:
    """Completes an interrupted swap of `target` and removes killed runs' `.NAME.tmp-*` folders; one note
    per thing done. The caller holds the target's lock."""
    notes = []
    if _journal(target).exists():
        _complete(target, keep)
        notes.append(f"{target}: completed an interrupted replacement")
    for path in clean_litter(target.parent, _journal(target).name):
        notes.append(f"{path}: removed a temporary file left by an interrupted run")
    for litter in sorted(target.parent.glob(f".{target.name}.tmp-*")) + sorted(
        target.parent.glob(f".{target.name}.old-*")
    ):
        if litter.is_dir():
            shutil.rmtree(litter)
            notes.append(f"{litter}: removed the folder of an interrupted run")
    return notes


def publish_folder(out: Path, fill: Callable[[Path], T], owned: Owned, keep: frozenset[str] = KEEP) -> T:
    """Runs `fill(folder)` on a new empty folder, then puts it in place of `out` in one step.

    Keeps `keep` entries of the old folder; refuses (`SwapError`, before any work) when `out` holds files
    the previous run did not write. Raises `LockedError` when another run writes `out`, `WriteError` or
    `OSError` on an OS error (the old folder then stays as it was).
    """
    target = target_of(out)
    parent = target.parent
    try:
        parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise WriteError(error.errno, error.strerror, str(parent)) from error
    with folder_lock(parent, what=f"writing {target.name} in"):
        recover_folder(target, keep)
        foreign = foreign_files(target, owned, keep)
        if foreign:
            shown = ", ".join(foreign[:SHOWN_FOREIGN]) + (" ..." if len(foreign) > SHOWN_FOREIGN else "")
            raise SwapError(
                f"{target}: holds {len(foreign)} file(s) natopress did not write ({shown}); "
                "move them away first (kept: " + ", ".join(sorted(keep)) + ")"
            )
        new = Path(tempfile.mkdtemp(dir=parent, prefix=f".{target.name}.tmp-"))
        try:
            new.chmod(0o777 & ~umask())  # mkdtemp makes it private; a published folder is not
            result = fill(new)
            fsync_tree(new)
            old = new.with_name(new.name.replace(".tmp-", ".old-", 1))
            record = {"new": new.name, "old": old.name, "inode": _inode(new)}
            write_text_atomic(_journal(target), json.dumps(record, sort_keys=True) + "\n")
        except OSError as error:
            shutil.rmtree(new, ignore_errors=True)
            if error.filename is not None:
                raise
            # pyarrow's and other libraries' OS errors name no file: the folder being written is named
            raise WriteError(error.errno, error.strerror or str(error), str(target)) from error
        except BaseException:
            shutil.rmtree(new, ignore_errors=True)
            raise
        try:
            _complete(target, keep)
        except OSError:
            _roll_back(target, keep)
            raise
    return result


def _roll_back(target: Path, keep: frozenset[str]) -> None:
    """Undoes a swap that failed on an OS error before the exchange: kept entries go back, the new folder
    and the journal go away (best effort: what cannot be undone is completed at the next start)."""
    journal = _journal(target)
    try:
        record = json.loads(journal.read_text("utf-8"))
        new = target.parent / record["new"]
        if _inode(target) != record["inode"] and target.is_dir():
            _move_kept(new, target, keep)
            shutil.rmtree(new)
            journal.unlink()
    except OSError:
        pass


def recover_folder_quietly(out: Path, keep: frozenset[str] = KEEP) -> list[str]:
    """`recover_folder` when there is something to recover and no other run holds the lock, else nothing
    (a reader of a read-only folder reads what is there)."""
    target = target_of(out)
    if not target.parent.is_dir():
        return []
    litter = [*target.parent.glob(f".{target.name}.*"), *target.parent.glob(f"..{target.name}.swap.*")]
    if not _journal(target).exists() and not litter:
        return []
    try:
        with folder_lock(target.parent, what=f"writing {target.name} in"):
            return recover_folder(target, keep)
    except (LockedError, OSError):
        return []
