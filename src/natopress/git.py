"""The one way natopress runs git: `git [-C folder] args`, its output as bytes or a `GitError`."""

from __future__ import annotations

import subprocess
from pathlib import Path


class GitError(Exception):
    """git failed: not installed, not a repository, an unknown revision or path.

    `str()` is the message: git's own (stripped), or `git <verb> failed` when git printed none. `command` is
    the command line that failed (`git -C … args`) and `stderr` git's message, both empty when the error was
    raised by a caller rather than by `git()`.
    """

    def __init__(self, message: str, *, command: str = "", stderr: str = "") -> None:
        self.command = command
        self.stderr = stderr
        super().__init__(message)


def git(*args: str, cwd: Path | str | None = None) -> bytes:
    """The standard output (bytes) of `git -C cwd args` (or `git args` without `cwd`).

    Raises `GitError` when git exits non-zero (with its stderr) or is not installed.
    """
    argv = ["git", *(["-C", str(cwd)] if cwd is not None else []), *args]
    command = " ".join(argv)
    try:
        done = subprocess.run(argv, capture_output=True, check=False)
    except FileNotFoundError as error:
        raise GitError("git is not installed", command=command) from error
    if done.returncode != 0:
        stderr = done.stderr.decode("utf-8", "replace").strip()
        raise GitError(stderr or f"git {args[0]} failed", command=command, stderr=stderr)
    return done.stdout
