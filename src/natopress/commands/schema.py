"""`natopress schema`: regenerate (or `--check`) the committed JSON Schema."""

from __future__ import annotations

import argparse
import sys

from natopress.commands import EXIT_FINDINGS, EXIT_OK
from natopress.paths import REPO_ROOT
from natopress.schema import expected_files, write_all


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The command's options and arguments."""
    parser.add_argument("--check", action="store_true", help="exit 1 when the committed schema is stale")


def run(args: argparse.Namespace) -> int:
    if args.check:
        stale = [p for p, text in expected_files().items() if not p.exists() or p.read_text("utf-8") != text]
        for path in stale:
            print(
                f"{path.relative_to(REPO_ROOT)}: stale; run `natopress schema` and commit it", file=sys.stderr
            )
        return EXIT_FINDINGS if stale else EXIT_OK
    for path in write_all():
        print(f"wrote {path.relative_to(REPO_ROOT)}")
    return EXIT_OK
