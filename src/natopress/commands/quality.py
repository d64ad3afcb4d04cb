"""`natopress quality`: precision and recall of `natopress ingest`'s suggestions against checked annotations."""

from __future__ import annotations

import argparse
import sys

from natopress.commands import EXIT_FINDINGS, EXIT_OK, add_root_option
from natopress.corpus import Corpus, CorpusError
from natopress.draft.quality import evaluate, render

DESCRIPTION = (
    "Drafts every checked release of the corpus again (its text, URL and the corpus registry, as "
    "`natopress ingest` would) and compares the draft with the checked annotation layer by layer: "
    "matched, suggested and gold counts, precision and recall (n/a when 0/0)."
)
EPILOG = "Exit status: 0 on success; 1 when a corpus file is missing or does not parse."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The command's options and arguments."""
    add_root_option(parser)


def run(args: argparse.Namespace) -> int:
    """Prints the table for `--root` (default: the repository's annotations/)."""
    try:
        print(render(evaluate(Corpus.at(args.root))))
    except CorpusError as error:
        print(f"natopress quality: {error}", file=sys.stderr)
        return EXIT_FINDINGS
    return EXIT_OK
