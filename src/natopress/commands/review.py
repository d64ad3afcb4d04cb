"""`natopress review ID`: write one release's annotations as a self-contained HTML page."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from natopress.atomic import write_text_atomic
from natopress.commands import EXIT_FINDINGS, EXIT_OK, add_root_option
from natopress.corpus import Corpus, CorpusError
from natopress.tools.review import render_html

DESCRIPTION = (
    "Write one HTML file (no network access needed) showing the release's text with its "
    "segments, quotes (by type), cues, speakers and entity mentions highlighted, a table of quotes, the "
    "metadata, and a banner when the annotation is still a draft."
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The command's options and arguments."""
    add_root_option(parser)
    parser.add_argument("release_id", metavar="ID", help="release id")
    parser.add_argument("-o", "--output", type=Path, default=None, metavar="FILE", help="default: ID.html")


def run(args: argparse.Namespace) -> int:
    """Writes `ID.html` (or `-o FILE`); exit 1 with a message when the release cannot be read."""
    corpus = Corpus.at(args.root)
    if not corpus.json_path(args.release_id).is_file():
        print(
            f"natopress review: {corpus.json_path(args.release_id)}: no such release in {corpus.root}",
            file=sys.stderr,
        )
        return EXIT_FINDINGS
    try:
        document = corpus.load(args.release_id)
    except CorpusError as error:
        first = str(error).splitlines()[0]
        print(f"natopress review: {first} (run `natopress validate` for details)", file=sys.stderr)
        return EXIT_FINDINGS
    registry = None
    try:
        registry = corpus.load_registry()
    except CorpusError:
        print(
            f"natopress review: warning: {corpus.registry_path}: unreadable; entity names not shown",
            file=sys.stderr,
        )
    output = args.output if args.output is not None else Path(f"{args.release_id}.html")
    try:
        write_text_atomic(output, render_html(document, registry))
    except OSError as error:
        print(f"natopress review: {output}: cannot write: {error.strerror}", file=sys.stderr)
        return EXIT_FINDINGS
    print(f"wrote {output}")
    return EXIT_OK
