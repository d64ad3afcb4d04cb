"""`natopress verify DIR`: check a built dataset folder against its MANIFEST.json."""

from __future__ import annotations

import argparse
import sys

from natopress.build.manifest import ManifestError, verify
from natopress.commands import EXIT_FINDINGS, EXIT_OK, folder, recover_built_folder


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The command's options and arguments."""
    parser.add_argument("dir", type=folder, metavar="DIR", help="a folder written by `natopress build`")


def run(args: argparse.Namespace) -> int:
    """Prints every missing, extra or changed file; exit 1 when there is any."""
    recover_built_folder("verify", args.dir)
    try:
        result = verify(args.dir)
    except ManifestError as error:
        print(f"natopress verify: {error}", file=sys.stderr)
        return EXIT_FINDINGS
    for label, paths in (("missing", result.missing), ("extra", result.extra), ("changed", result.changed)):
        for path in paths:
            print(f"{args.dir / path}: {label}", file=sys.stderr)
    if not result.ok:
        counts = f"{len(result.missing)} missing, {len(result.extra)} extra, {len(result.changed)} changed"
        print(f"natopress verify: {args.dir} does not match its manifest ({counts})", file=sys.stderr)
        return EXIT_FINDINGS
    print(f"natopress verify: {args.dir} matches its manifest")
    return EXIT_OK
