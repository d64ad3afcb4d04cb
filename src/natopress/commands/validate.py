"""`natopress validate`: runs the validator and prints its report; exit 0 valid, 1 findings, 2 usage."""

from __future__ import annotations

import argparse
import sys

from natopress.validate.report import RENDERERS, summary
from natopress.validate.runner import UsageError, validate

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2


def run(args: argparse.Namespace) -> int:
    """Validates the corpus or the given paths and prints the findings in the chosen format."""
    if args.changed_since is not None and args.paths:
        print("natopress validate: give PATHs or --changed-since, not both", file=sys.stderr)
        return EXIT_USAGE
    if args.jobs is not None and args.jobs < 1:
        print("natopress validate: --jobs must be at least 1", file=sys.stderr)
        return EXIT_USAGE
    try:
        result = validate(
            args.root, args.paths, strict=args.strict, jobs=args.jobs, changed_since=args.changed_since
        )
    except UsageError as error:
        print(f"natopress validate: {error}", file=sys.stderr)
        return EXIT_USAGE
    sys.stdout.write(RENDERERS[args.format](result))
    if args.format == "text":
        print(summary(result), file=sys.stderr)
    return EXIT_OK if result.ok else EXIT_FINDINGS
