"""natopress: the reference corpus of NATO press releases, with hand-checked standoff annotations."""

from __future__ import annotations

from typing import Any


def __getattr__(name: str) -> str:
    """`__version__`, the installed package's version (natopress.installed), read only when asked for."""
    if name != "__version__":
        raise AttributeError(f"module 'natopress' has no attribute {name!r}")
    from natopress.installed import version

    value = version()
    globals()["__version__"] = value
    return value


def load_dataset(config: str = "releases", **kwargs: Any) -> Any:
    """One config of the corpus as a `datasets.Dataset` (see natopress.load); imports `datasets` only when called."""
    from natopress.load import load_dataset as _load_dataset

    return _load_dataset(config, **kwargs)
