"""`natopress validate`: runs the validator and prints its report; exit 0 valid, 1 findings, 2 usage."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from natopress.commands import EXIT_FINDINGS, EXIT_OK, UsageError, add_root_option, positive_int
from natopress.validate import runner
from natopress.validate.report import RENDERERS, summary


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The command's options and arguments."""
    add_root_option(parser)
    selection = parser.add_mutually_exclusive_group()
    selection.add_argument(
        "paths",
        nargs="*",
        default=[],
        type=Path,
        metavar="PATH",
        help="release files or folders in the corpus",
    )
    parser.add_argument("--format", choices=["text", "json", "github"], default="text", help="output format")
    parser.add_argument("--strict", action="store_true", help="drafts are errors (the release gate)")
    selection.add_argument(
        "--changed-since",
        metavar="REV",
        help="only releases whose .json or .txt differ from git revision REV (or are untracked), plus "
        "those referring to registry entities changed since REV (replaces PATHs)",
    )
    parser.add_argument(
        "--jobs",
        type=positive_int,
        default=None,
        metavar="N",
        help="worker processes (default: the machine's cores above 500 releases, else 1); same output",
    )


def run(args: argparse.Namespace) -> int:
    """Validates the corpus or the given paths and prints the findings in the chosen format."""
    try:
        result = runner.validate(
            args.root, args.paths, strict=args.strict, jobs=args.jobs, changed_since=args.changed_since
        )
    except runner.UsageError as error:
        raise UsageError(str(error)) from error
    sys.stdout.write(RENDERERS[args.format](result))
    if args.format == "text":
        print(summary(result), file=sys.stderr)
    return EXIT_OK if result.ok else EXIT_FINDINGS
