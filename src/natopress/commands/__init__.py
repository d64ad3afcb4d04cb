"""One module per `natopress` command: `HELP`, `add_arguments(parser)` and `run(args) -> exit status`.

A module may also define `DESCRIPTION` and `EPILOG` for its `--help`. `natopress.cli` imports only the module
of the command that runs, so a command pays only for its own imports.
"""

from __future__ import annotations

import argparse
from pathlib import Path

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2
"""Exit status of every command: success, findings or a failed check, usage error."""


def add_root_option(parser: argparse.ArgumentParser) -> None:
    """Adds `--root DIR`, the corpus folder a command reads (default: the repository's annotations/)."""
    parser.add_argument(
        "--root",
        type=Path,
        default=None,
        metavar="DIR",
        help="corpus folder (a copy of annotations/: <id>.json, <id>.txt, registry.json); "
        "default: the repository's annotations/",
    )
