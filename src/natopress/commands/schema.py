"""`natopress schema`: regenerate (or `--check`) the committed JSON Schema of a natopress checkout."""

from __future__ import annotations

import argparse
import sys

from natopress.commands import EXIT_FINDINGS, EXIT_OK, add_repo_option
from natopress.schema import expected_files, write_all

DESCRIPTION = (
    "Developer command: writes schema/*.schema.json of a natopress checkout (the current folder's, or --repo) "
    "from the models. An installed natopress needs no schema files."
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The command's options and arguments."""
    parser.add_argument("--check", action="store_true", help="exit 1 when the committed schema is stale")
    add_repo_option(parser)


def run(args: argparse.Namespace) -> int:
    """Writes or checks schema/; exit 2 outside a checkout."""
    expected = expected_files(args.repo)  # NotACheckoutError: natopress.cli says so, exit 2
    if args.check:
        stale = [p for p, text in expected.items() if not p.exists() or p.read_text("utf-8") != text]
        for path in stale:
            print(f"{path}: stale; run `natopress schema` and commit it", file=sys.stderr)
        return EXIT_FINDINGS if stale else EXIT_OK
    for path in write_all(args.repo):
        print(f"wrote {path}")
    return EXIT_OK
