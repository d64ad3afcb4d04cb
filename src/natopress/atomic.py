"""The one write discipline: temporary file in the target folder, fsync of file and folder, rename into place.

Every natopress command writes through this module (single files here, several files of one folder as one
transaction in `natopress.transaction`, whole folders in `natopress.swap`). The rules follow the POSIX
guarantees git and SQLite rely on: `rename(2)` replaces a name atomically, and a rename is durable only once
the folder holding it is fsynced (Linux `fsync(2)`, "Calling fsync() does not necessarily ensure that the
entry in the directory containing the file has also reached disk").

A new file gets the mode `0o666 & ~umask` (as `open(2)` would give it); a rewritten file keeps its mode.
Each temporary file is held under an advisory `flock` while it exists, so `clean_litter` can tell the
temporary file of a killed writer (no lock) from one still being written (locked).

Fault injection (tests only): with `NATOPRESS_FAULT_KILL_AT_RENAME=N` the process sends itself SIGKILL just
before its N-th rename; with `NATOPRESS_FAULT_ENOSPC_AT_WRITE=N` its N-th file write raises
`OSError(ENOSPC)`.
"""

from __future__ import annotations

import errno
import fcntl
import os
import re
import signal
import stat
from pathlib import Path

FAULT_KILL_ENV = "NATOPRESS_FAULT_KILL_AT_RENAME"
FAULT_ENOSPC_ENV = "NATOPRESS_FAULT_ENOSPC_AT_WRITE"
TEMP_SUFFIX = ".tmp"
_counts = {"rename": 0, "write": 0}


class WriteError(OSError):
    """An OS error while writing `filename`; `str()` is one line: `path: reason`."""

    def __str__(self) -> str:
        return f"{self.filename}: {self.strerror or 'cannot write'}"


def os_error_message(error: OSError) -> str:
    """One line naming the path(s) and the reason of an OSError: `path: reason` (`path -> other: reason`)."""
    reason = error.strerror or str(error)
    if error.filename is None:
        return reason
    where = str(error.filename)
    if getattr(error, "filename2", None) is not None:
        where += f" -> {error.filename2}"
    return f"{where}: {reason}"


def fault_point(kind: str, env: str) -> bool:
    """True when the test hook `env` asks for a fault at this `kind` operation (counted per process)."""
    wanted = os.environ.get(env)
    if not wanted:
        return False
    _counts[kind] += 1
    return _counts[kind] == int(wanted)


def umask() -> int:
    """The process's umask (read without changing it for long: set and restored at once)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def new_file_mode() -> int:
    """The mode `open(2)` gives a new file: 0o666 minus the umask."""
    return 0o666 & ~umask()


def fsync_dir(folder: Path) -> None:
    """Makes the names in `folder` durable (a rename is on disk only once its folder is fsynced)."""
    fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        os.fsync(fd)
    except OSError as error:  # some file systems (e.g. certain FUSE mounts) cannot fsync a folder
        if error.errno not in (errno.EINVAL, errno.ENOTSUP):
            raise
    finally:
        os.close(fd)


def rename(source: Path, target: Path) -> None:
    """`os.replace(source, target)`, the one rename every writer uses (the fault-injection point)."""
    if fault_point("rename", FAULT_KILL_ENV):
        os.kill(os.getpid(), signal.SIGKILL)
    os.replace(source, target)


class TempFile:
    """A locked, fsynced temporary file `.NAME.XXXXXXXX.tmp` beside `target`, holding `data`.

    Raises `WriteError` (filename = `target`) on any OS error, after removing the temporary file.
    """

    def __init__(self, target: Path, data: bytes) -> None:
        import tempfile  # only when writing: a command that only reads (validate) does not pay for it

        self.target = target
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            fd, name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=TEMP_SUFFIX)
        except OSError as error:
            raise WriteError(error.errno, error.strerror, str(target)) from error
        self.fd, self.path = fd, Path(name)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
            os.fchmod(fd, _mode_for(target))
            if fault_point("write", FAULT_ENOSPC_ENV):
                raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view) :]
            os.fsync(fd)
        except OSError as error:
            self.discard()
            raise WriteError(error.errno, error.strerror, str(target)) from error

    def discard(self) -> None:
        """Removes the temporary file (when it is still there) and releases it."""
        self.path.unlink(missing_ok=True)
        self.close()

    def close(self) -> None:
        if self.fd >= 0:
            os.close(self.fd)
            self.fd = -1


def _mode_for(target: Path) -> int:
    """The mode of the file being replaced, else the mode of a new file under the umask."""
    try:
        return stat.S_IMODE(target.stat().st_mode)
    except FileNotFoundError:
        return new_file_mode()


def write_bytes_atomic(path: Path, data: bytes) -> None:
    """Writes `data` to `path`: readers see the old file or the new one, never half; durable on return.

    The new file keeps the mode of the file it replaces, else gets 0o666 minus the umask. Litter left by a
    killed earlier write of the same name is removed first. Raises `WriteError` naming `path`.
    """
    clean_litter(path.parent, path.name)
    temp = TempFile(path, data)
    try:
        rename(temp.path, path)
        fsync_dir(path.parent)
    except OSError as error:
        temp.discard()
        raise WriteError(error.errno, error.strerror, str(path)) from error
    except BaseException:
        temp.discard()
        raise
    temp.close()


def write_text_atomic(path: Path, text: str) -> None:
    """Writes `text` as UTF-8 (no newline translation) atomically, as `write_bytes_atomic`."""
    write_bytes_atomic(path, text.encode("utf-8"))


def _litter_re(name: str | None) -> re.Pattern[str]:
    stem = re.escape(name) if name is not None else r".+"
    return re.compile(rf"\.{stem}\.[A-Za-z0-9_]{{6,}}{re.escape(TEMP_SUFFIX)}")


def clean_litter(folder: Path, name: str | None = None, keep: frozenset[str] = frozenset()) -> list[Path]:
    """Removes the temporary files of killed writers in `folder` (of `name` only, when given).

    A temporary file still locked by a live writer, or listed in `keep`, is left alone. Returns the removed
    paths. A folder that cannot be listed or written is left as it is (nothing returned).
    """
    pattern = _litter_re(name)
    removed = []
    try:
        entries = [e for e in os.scandir(folder) if pattern.fullmatch(e.name) and e.name not in keep]
    except OSError:
        return []
    for entry in entries:
        try:
            fd = os.open(entry.path, os.O_RDONLY)
        except OSError:
            continue
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            os.unlink(entry.path)
            removed.append(Path(entry.path))
        except OSError:
            pass  # locked: a live writer's
        finally:
            os.close(fd)
    return removed
