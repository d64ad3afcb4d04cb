"""`--jobs`: runs the per-release checks in worker processes, results in input order (as serial)."""

from __future__ import annotations

import contextlib
import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from typing import Any, TypeVar

T = TypeVar("T")
R = TypeVar("R")

PARALLEL_FROM = 500
"""Corpora larger than this are checked with one worker per core by default; smaller ones serially."""
CHUNKS_PER_WORKER = 8
"""Work is handed out in about this many chunks per worker: few round trips, balanced ends."""

_function: Callable[[Any], Any] | None = None  # set once in each worker by _initialise


def cores() -> int:
    """The number of cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def default_jobs(releases: int) -> int:
    """The machine's cores for a large corpus (more than PARALLEL_FROM releases), else 1."""
    return cores() if releases > PARALLEL_FROM else 1


PARENT_POLL_SECONDS = 1.0
"""How often a worker checks that the command that started it still runs."""
PR_SET_PDEATHSIG = 1
"""prctl(2) option: the signal the kernel sends this process when its parent thread ends (Linux)."""


def _end_with(parent: int) -> None:
    """Makes this worker end when `parent` ends, however it ends (SIGKILL included).

    Linux: prctl(PR_SET_PDEATHSIG, SIGKILL) (the forkserver, when used, ends with the command too). Every
    platform: a daemon thread that exits the worker once its parent process is gone.
    """
    if sys.platform == "linux":
        import ctypes

        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # the command handles SIGTERM; a worker just ends
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the whole group: the parent decides

    def watch() -> None:
        while True:
            time.sleep(PARENT_POLL_SECONDS)
            try:
                os.kill(parent, 0)
            except ProcessLookupError:
                os._exit(1)
            except PermissionError:
                pass

    threading.Thread(target=watch, name="natopress-parent-watch", daemon=True).start()


def _initialise(function: Callable[[Any], Any], parent: int | None = None) -> None:
    global _function
    _function = function
    if parent is not None:
        _end_with(parent)


def _apply(item: Any) -> Any:
    assert _function is not None, "worker not initialised"
    return _function(item)


def _context() -> Any:
    import multiprocessing  # only with workers: `natopress validate FILE` does not pay for it

    # fork is the cheapest (the modules are already imported); from 3.12 on it warns when the parent has
    # threads (pyarrow's pools, in a test run), so forkserver is used there, with the checks preloaded.
    if sys.platform == "linux" and sys.version_info < (3, 12):
        return multiprocessing.get_context("fork")
    context = multiprocessing.get_context("forkserver" if sys.platform != "win32" else "spawn")
    if hasattr(context, "set_forkserver_preload"):
        context.set_forkserver_preload(["natopress.validate.runner"])
    return context


def ordered_map(function: Callable[[T], R], items: Sequence[T], jobs: int) -> Iterator[R]:
    """`map(function, items)`, computed by `jobs` processes when jobs > 1; results in input order."""
    if jobs <= 1 or len(items) <= 1:
        yield from map(function, items)
        return
    from concurrent.futures import ProcessPoolExecutor

    workers = min(jobs, len(items))
    chunksize = max(1, len(items) // (workers * CHUNKS_PER_WORKER))
    with ProcessPoolExecutor(
        max_workers=workers, mp_context=_context(), initializer=_initialise, initargs=(function, os.getpid())
    ) as pool:
        yield from pool.map(_apply, items, chunksize=chunksize)
