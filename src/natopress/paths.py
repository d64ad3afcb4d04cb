"""Where natopress finds things: the default corpus (./annotations of the current folder) and a checkout.

Nothing at run time reads the source checkout: the files a command needs ship in the package
(natopress.resources). `REPO_ROOT`, `ANNOTATIONS_DIR` and the schema paths name the source checkout for the
test suite and the benchmarks only (tests/cli/test_installed.py checks that no other module uses them).
"""

from __future__ import annotations

from pathlib import Path

REGISTRY_FILENAME = "registry.json"
DEFAULT_CORPUS = "annotations"
"""The corpus folder a command reads when `--root` is not given, relative to the current folder."""

REPO_ROOT = Path(__file__).resolve().parents[2]
ANNOTATIONS_DIR = REPO_ROOT / DEFAULT_CORPUS
SCHEMA_DIR = REPO_ROOT / "schema"
RELEASE_SCHEMA_PATH = SCHEMA_DIR / "release.schema.json"
REGISTRY_SCHEMA_PATH = SCHEMA_DIR / "registry.schema.json"


class NotACheckoutError(Exception):
    """A developer command that writes into the repository was run outside a natopress checkout."""


def default_root() -> Path:
    """The default corpus folder: `annotations/` in the current working folder (absolute)."""
    return Path.cwd() / DEFAULT_CORPUS


def is_checkout(folder: Path) -> bool:
    """True when `folder` holds natopress's own source: a pyproject.toml naming the project, and src/natopress."""
    pyproject = folder / "pyproject.toml"
    if not pyproject.is_file() or not (folder / "src" / "natopress").is_dir():
        return False
    return 'name = "natopress"' in pyproject.read_text(encoding="utf-8", errors="replace")


def checkout_root(given: Path | None = None, start: Path | None = None) -> Path:
    """The natopress checkout: `given` if it is one, else the first of `start` (default: the current folder)
    and its parents that is one. Raises NotACheckoutError naming the folder and the way out (`--repo DIR`)."""
    if given is not None:
        if is_checkout(given):
            return given.resolve()
        raise NotACheckoutError(f"{given}: not a natopress checkout (no pyproject.toml naming natopress)")
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        if is_checkout(folder):
            return folder
    raise NotACheckoutError(
        f"{here} is not inside a natopress checkout; run this developer command in a clone of the "
        "repository or give --repo DIR"
    )
