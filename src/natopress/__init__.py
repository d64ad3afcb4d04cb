"""natopress: the reference corpus of NATO press releases, with hand-checked standoff annotations."""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version
from typing import Any

try:
    __version__ = version("natopress")
except PackageNotFoundError:  # running from a source tree that was not installed
    __version__ = "0+unknown"


def load_dataset(config: str = "releases", **kwargs: Any) -> Any:
    """One config of the corpus as a `datasets.Dataset` (see natopress.load); imports `datasets` only when called."""
    from natopress.load import load_dataset as _load_dataset

    return _load_dataset(config, **kwargs)
