"""`natopress quality`: precision and recall of `natopress ingest`'s suggestions against checked annotations."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from natopress.commands import EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, add_root_option, folder
from natopress.corpus import Corpus, CorpusError
from natopress.draft.heldout import ReadingError, Tally, render_tally, score
from natopress.draft.quality import evaluate, render
from natopress.draft.source import IngestError, read_raw
from natopress.model import SCHEMA_VERSION, Registry

DESCRIPTION = (
    "Drafts every checked release of the corpus again (its text, URL and the corpus registry, as "
    "`natopress ingest` would) and compares the draft with the checked annotation layer by layer: "
    "matched, suggested and gold counts, precision and recall (n/a when 0/0)."
)
EPILOG = (
    "With --gold DIR --texts DIR: drafts each TEXTS/<id>.txt and scores it against GOLD/<id>.json, an "
    "independent reading in the held-out format: quote recall and precision, right speakers and types "
    "among found quotes, persons proposed (recall) and proposed persons the reading names (precision), "
    "metadata, invented values (the matching rules are in natopress.draft.heldout and "
    "ANNOTATION_GUIDELINES.md 2.5). --details lists every failure.\n"
    "Exit status: 0 on success; 1 when a file is missing or does not parse; 2 for bad options."
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The command's options and arguments."""
    add_root_option(parser)
    parser.add_argument("--gold", type=folder, metavar="DIR", help="folder of readings <id>.json")
    parser.add_argument("--texts", type=folder, metavar="DIR", help="folder of texts <id>.txt (with --gold)")
    parser.add_argument("--details", action="store_true", help="with --gold: list every failure")
    parser.add_argument(
        "--no-registry",
        action="store_true",
        help="with --gold: draft with an empty registry (proposals only)",
    )


def run(args: argparse.Namespace) -> int:
    """Prints the table for `--root` (default: the repository's annotations/), or for `--gold`."""
    if (args.gold is None) != (args.texts is None):
        print("natopress quality: --gold and --texts go together", file=sys.stderr)
        return EXIT_USAGE
    if args.gold is not None:
        return _heldout(args)
    try:
        print(render(evaluate(Corpus.at(args.root))))
    except CorpusError as error:
        print(f"natopress quality: {error}", file=sys.stderr)
        return EXIT_FINDINGS
    return EXIT_OK


def _reading(path: Path) -> dict[str, object]:
    """The reading in `path`; ReadingError with file and line when it is not a JSON object."""
    try:
        data = json.loads(path.read_text("utf-8"))
    except json.JSONDecodeError as error:
        raise ReadingError(f"{path}:{error.lineno}: not JSON ({error.msg})") from error
    except (OSError, UnicodeDecodeError) as error:
        raise ReadingError(f"{path}: cannot read: {error}") from error
    if not isinstance(data, dict):
        raise ReadingError(f"{path}:1: / expected an object")
    return data


def _heldout(args: argparse.Namespace) -> int:
    """Scores the drafts of `--texts` against the readings of `--gold`."""
    total = Tally()
    try:
        registry = Registry(schema_version=SCHEMA_VERSION, entities=[])
        if not args.no_registry:
            registry = Corpus.at(args.root).load_registry()
        readings = sorted(args.gold.glob("*.json"))
        if not readings:
            raise ReadingError(f"{args.gold}: no <id>.json reading")
        for path in readings:
            _, text = read_raw(args.texts / f"{path.stem}.txt")
            try:
                total.add(score(path.stem, text, _reading(path), registry))
            except ReadingError as error:
                raise ReadingError(
                    error.args[0] if str(path) in error.args[0] else f"{path}:1: {error}"
                ) from error
    except (CorpusError, IngestError, ReadingError) as error:
        print(f"natopress quality: {error}", file=sys.stderr)
        return EXIT_FINDINGS
    print(render_tally(total, details=args.details))
    return EXIT_OK
