"""`natopress format`: rewrite annotation and registry files in the canonical form (`--check`: list them)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from natopress.commands import EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, add_root_option

DESCRIPTION = (
    "Rewrites each release annotation (<id>.json) and registry.json in the canonical form of "
    "natopress.serialize ($schema first, model field order, every field, indent 2, UTF-8 unescaped, final "
    "newline), atomically and keeping each file's mode. Default: every .json of the corpus (--root)."
)
EPILOG = (
    "Exit 0 when done (or, with --check, when every file is canonical); 1 when a file is not; 2 on usage."
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The command's options and arguments."""
    add_root_option(parser)
    parser.add_argument("paths", nargs="*", type=Path, metavar="PATH", help=".json files or folders")
    parser.add_argument(
        "--check", action="store_true", help="write nothing; list the files that are not canonical (exit 1)"
    )


def json_files(paths: list[Path]) -> list[Path]:
    """The `.json` files named by `paths` (folders give their own `.json` files, not sub-folders), sorted.

    Raises FileNotFoundError naming a path that is neither a file nor a folder.
    """
    found: set[Path] = set()
    for path in paths:
        if path.is_dir():
            found.update(p for p in path.glob("*.json") if p.is_file())
        elif path.is_file():
            found.add(path)
        else:
            raise FileNotFoundError(f"{path}: no such file or folder")
    return sorted(found)


def run(args: argparse.Namespace) -> int:
    """Formats (or checks) the files; prints one line per file that is (or was) not canonical."""
    from natopress.corpus import Corpus
    from natopress.serialize import FormatError, format_file

    try:
        files = json_files(args.paths or [Corpus.at(args.root).root])
    except FileNotFoundError as error:
        print(f"natopress format: {error}", file=sys.stderr)
        return EXIT_USAGE
    changed, failed = [], False
    for path in files:
        try:
            if format_file(path, check=args.check):
                changed.append(path)
                print(f"{path}: not canonical" if args.check else f"{path}: reformatted")
        except FormatError as error:
            print(f"natopress format: {error}", file=sys.stderr)
            failed = True
    verb = "not canonical" if args.check else "reformatted"
    print(f"natopress format: {len(changed)} of {len(files)} file(s) {verb}", file=sys.stderr)
    return EXIT_FINDINGS if failed or (args.check and changed) else EXIT_OK
