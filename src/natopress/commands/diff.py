"""`natopress diff OLD NEW`: compare two corpus folders or two git revisions of `annotations/`."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from natopress.commands import EXIT_FINDINGS, EXIT_OK
from natopress.corpus import Corpus, CorpusError, Snapshot, read_revision
from natopress.git import GitError
from natopress.tools.diff import diff_corpora, render_text, to_json_data

DESCRIPTION = (
    "Per release: releases added/removed; quotes added, removed or changed (span, type, "
    "speaker, speaker mention, cue, continues; matched by id, then by span); mentions (matched by span: "
    "entity, kind); segments; metadata fields; the source text (both sha256 and the changed lines); "
    "registry entities. A revision is read from annotations/ "
    "of the git repository the current folder is in."
)
EPILOG = "Exit status: 0 whether or not there are differences; 1 on bad input."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The command's options and arguments."""
    parser.add_argument(
        "old", metavar="OLD", help="corpus folder, or a git revision when no such folder exists"
    )
    parser.add_argument(
        "new", metavar="NEW", help="corpus folder, or a git revision when no such folder exists"
    )
    parser.add_argument(
        "--format",
        choices=["text", "json"],
        default="text",
        help="text (for the changelog) or json (sorted keys)",
    )


def read_snapshot(argument: str) -> Snapshot:
    """A corpus folder when `argument` is an existing folder, else a git revision."""
    path = Path(argument)
    if path.is_dir():
        return Corpus(path).snapshot()
    if path.exists():
        raise CorpusError(argument, "not a folder (expected a corpus folder or a git revision)")
    try:
        return read_revision(argument)
    except GitError as error:
        reason = f"{error.command}: {error.stderr}"
        raise CorpusError(argument, f"neither a corpus folder nor a git revision ({reason})") from error


def run(args: argparse.Namespace) -> int:
    """Compares OLD and NEW; prints text or JSON; 0 whether or not they differ, 1 on bad input."""
    try:
        old, new = read_snapshot(args.old), read_snapshot(args.new)
    except CorpusError as error:
        print(f"natopress diff: {error}", file=sys.stderr)
        return EXIT_FINDINGS
    diff = diff_corpora(old, new)
    if args.format == "json":
        sys.stdout.write(json.dumps(to_json_data(diff), indent=2, sort_keys=True, ensure_ascii=False) + "\n")
    else:
        sys.stdout.write(render_text(diff))
    return EXIT_OK
