"""The installed package's own facts, read from its metadata (importlib.metadata) only when asked for."""

from __future__ import annotations


def version() -> str:
    """natopress's version as installed (pyproject.toml's at install time); `0+unknown` in a source tree
    that was never installed. Read lazily: `importlib.metadata` costs about a fifth of
    `natopress validate FILE`'s start (benchmarks/startup.py)."""
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as metadata_version

    try:
        return metadata_version("natopress")
    except PackageNotFoundError:
        return "0+unknown"
