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
    parser.add_argument(
        "--strict",
        action="store_true",
        help="the release gate: validation warnings are errors, and so is a corpus that is not the content "
        "CHANGELOG.md records for the package version",
    )


def validator(root: Path, strict: bool = False) -> list[str]:
    """Runs `natopress validate` on `root`; returns its report's lines when it finds errors (or, with
    `strict`, warnings)."""
    from natopress.validate.report import RENDERERS
    from natopress.validate.runner import UsageError, validate

    try:
        result = validate(root, strict=strict)
    except UsageError as error:
        return [str(error)]
    return [] if result.ok else RENDERERS["text"](result).splitlines()


def run(args: argparse.Namespace) -> int:
    """Builds the dataset into `--out`; exit 1 with the validator's findings when the corpus is invalid."""
    from natopress.build.builder import BuildError, build, version_mismatch

    if args.strict and (mismatch := version_mismatch(args.root)) is not None:
        print(f"natopress build: error: {mismatch}", file=sys.stderr)
        return EXIT_FINDINGS
    try:
        result = build(args.root, args.out, validator=lambda root: validator(root, args.strict))
    except BuildError as error:
        print(f"natopress build: {error}", file=sys.stderr)
        return EXIT_FINDINGS
    print(f"natopress build: wrote {result.out} (version {result.version}, corpus {result.fingerprint})")
    for config, count in result.row_counts.items():
        print(f"  {config:<10} {count:>6} rows")
    if result.stale_version is not None:
        print(f"natopress build: warning: {result.stale_version}", file=sys.stderr)
    return EXIT_OK
