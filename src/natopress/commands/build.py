"""`natopress build`: validate the corpus, then write the Hub-ready dataset folder (Parquet, card, manifest)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from natopress.commands import EXIT_FINDINGS, EXIT_OK, add_root_option


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The command's options and arguments."""
    add_root_option(parser)
    parser.add_argument(
        "--out", type=Path, default=Path("build/dataset"), metavar="DIR", help="output folder"
    )


def validator(root: Path) -> list[str]:
    """Runs `natopress validate` on `root`; returns its report's lines when it finds errors."""
    from natopress.validate.report import RENDERERS
    from natopress.validate.runner import UsageError, validate

    try:
        result = validate(root)
    except UsageError as error:
        return [str(error)]
    return [] if result.ok else RENDERERS["text"](result).splitlines()


def run(args: argparse.Namespace) -> int:
    """Builds the dataset into `--out`; exit 1 with the validator's findings when the corpus is invalid."""
    from natopress.build.builder import BuildError, build

    try:
        result = build(args.root, args.out, validator=validator)
    except BuildError as error:
        print(f"natopress build: {error}", file=sys.stderr)
        return EXIT_FINDINGS
    print(f"natopress build: wrote {result.out} (version {result.version}, corpus {result.fingerprint})")
    for config, count in result.row_counts.items():
        print(
            f"  {config:<10} {count:>6} rows"
            + ("" if count else " (left out: `datasets` cannot load an empty split)")
        )
    return EXIT_OK
