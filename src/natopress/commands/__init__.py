"""One module per `natopress` command: `HELP`, `add_arguments(parser)` and `run(args) -> exit status`.

A module may also define `DESCRIPTION` and `EPILOG` for its `--help`. `natopress.cli` imports only the module
of the command that runs, so a command pays only for its own imports.
"""

from __future__ import annotations

import argparse
from pathlib import Path

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2
"""Exit status of every command: success, findings or a failed check, usage error."""

EXTRAS: dict[str, str] = {"datasets": "build", "pyarrow": "build", "yaml": "build", "pandas": "build"}
"""Top-level module -> the optional extra of pyproject.toml that installs it. The base install (the
validator) needs none of these; a command that imports one says which extra to install (natopress.cli)."""


def missing_extra(error: ModuleNotFoundError) -> str | None:
    """The extra that provides the module `error` could not import, or None when no extra provides it."""
    return EXTRAS.get((error.name or "").partition(".")[0])


def add_root_option(parser: argparse.ArgumentParser) -> None:
    """Adds `--root DIR`, the corpus folder a command reads (default: annotations/ in the current folder)."""
    parser.add_argument(
        "--root",
        type=Path,
        default=None,
        metavar="DIR",
        help="corpus folder (a copy of annotations/: <id>.json, <id>.txt, registry.json); "
        "default: ./annotations",
    )
