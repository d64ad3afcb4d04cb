"""`--jobs`: runs the per-release checks in worker processes, results in input order (as serial)."""

from __future__ import annotations

import os
import sys
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


def _initialise(function: Callable[[Any], Any]) -> None:
    global _function
    _function = function


def _apply(item: Any) -> Any:
    assert _function is not None, "worker not initialised"
    return _function(item)


def _context() -> Any:
    import multiprocessing  # here, not at the top: one-release runs (pre-commit) never start workers

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
        max_workers=workers, mp_context=_context(), initializer=_initialise, initargs=(function,)
    ) as pool:
        yield from pool.map(_apply, items, chunksize=chunksize)
