"""The one version of the dataset: pyproject.toml's (the package metadata's without a source tree)."""

from __future__ import annotations

import tomllib

from natopress import __version__
from natopress.paths import REPO_ROOT

PYPROJECT_PATH = REPO_ROOT / "pyproject.toml"


def package_version() -> str:
    """The version in pyproject.toml (the single source); the installed metadata's when there is no source tree."""
    if PYPROJECT_PATH.is_file():
        return str(tomllib.loads(PYPROJECT_PATH.read_text("utf-8"))["project"]["version"])
    return __version__
