"""natopress: the reference corpus of NATO press releases, with hand-checked standoff annotations."""

from __future__ import annotations

from typing import Any


def __getattr__(name: str) -> Any:
    """`__version__`, the installed package's version, read from its metadata only when asked for:
    `importlib.metadata` costs about a fifth of `natopress validate FILE`'s start (benchmarks/startup.py)."""
    if name != "__version__":
        raise AttributeError(f"module 'natopress' has no attribute {name!r}")
    from importlib.metadata import PackageNotFoundError, version

    try:
        value = version("natopress")
    except PackageNotFoundError:  # running from a source tree that was not installed
        value = "0+unknown"
    globals()["__version__"] = value
    return value


def load_dataset(config: str = "releases", **kwargs: Any) -> Any:
    """One config of the corpus as a `datasets.Dataset` (see natopress.load); imports `datasets` only when called."""
    from natopress.load import load_dataset as _load_dataset

    return _load_dataset(config, **kwargs)
