"""`natopress ingest FILE|DIR ...`: copy raw releases into the corpus and write their draft annotations."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from tqdm import tqdm

from natopress.commands import EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, add_root_option
from natopress.corpus import Corpus
from natopress.draft.ingest import Ingested, ingest
from natopress.draft.source import IngestError

DESCRIPTION = (
    "Copy FILE byte for byte into the corpus as <id>.txt and write <id>.json, a draft "
    "annotation to correct by hand: segments (title, date block, body, captions, site chrome), metadata "
    "read from the text, quote candidates with cues and speakers, and entity mentions from the registry. "
    "Unknown values stay null. Refuses (exit 1) to replace an existing release without --force, "
    "never replaces a checked annotation, and refuses a text not in Unicode NFC without --nfc. "
    "Several files, or a folder (its *.txt files), are drafted in one run: the NLP pipeline loads once, "
    "a progress bar shows on a terminal, and a refused file is reported without stopping the others."
)
EPILOG = "Exit status: 0 when every file was written; 1 when any was refused; 2 for bad options."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The command's options and arguments."""
    add_root_option(parser, writes=True)
    parser.add_argument(
        "files", type=Path, nargs="+", metavar="FILE", help="release texts (UTF-8), or folders of *.txt"
    )
    parser.add_argument(
        "--url", help="the page the text was taken from (gives the id's key, e.g. news-185631)"
    )
    parser.add_argument(
        "--id",
        dest="release_id",
        metavar="ID",
        help="release id (default: {published}-{lang}-{key}, key from the URL, else the title or file name)",
    )
    parser.add_argument(
        "--force", action="store_true", help="replace an existing draft (never a checked one)"
    )
    parser.add_argument(
        "--nfc",
        action="store_true",
        help="store a text that is not in Unicode NFC in its NFC form (refused without this option)",
    )


def _sources(paths: list[Path]) -> list[Path]:
    """The files to ingest: each FILE, and each folder's `*.txt` files in name order."""
    return [p for path in paths for p in (sorted(path.glob("*.txt")) if path.is_dir() else [path])]


def _report(result: Ingested) -> str:
    release = result.release
    return (
        f"wrote {result.text_path} and {result.json_path} (draft: {len(release.segments)} segments, "
        f"{len(release.quotes)} quotes, {len(release.mentions)} mentions, "
        f"{len(release.proposed_entities)} proposed entities)"
    )


def run(args: argparse.Namespace) -> int:
    """Ingests each file; exit 0 when all were written, 1 with a message for each refused one."""
    sources = _sources(args.files)
    if len(sources) != 1 and (args.url or args.release_id):
        print("natopress ingest: --url and --id name one release: give one FILE", file=sys.stderr)
        return EXIT_USAGE
    if not sources:
        print(f"natopress ingest: {args.files[0]}: no *.txt file in the folder", file=sys.stderr)
        return EXIT_FINDINGS
    corpus, status = Corpus.at(args.root), EXIT_OK
    progress = tqdm(sources, unit="release", disable=None if len(sources) > 1 else True, file=sys.stderr)
    for source in progress:
        try:
            result, warnings = ingest(
                source, corpus, url=args.url, release_id=args.release_id, force=args.force, nfc=args.nfc
            )
        except IngestError as error:
            progress.write(f"natopress ingest: {error}", file=sys.stderr)
            status = EXIT_FINDINGS
            continue
        for warning in warnings:
            progress.write(f"natopress ingest: warning: {warning}", file=sys.stderr)
        progress.write(_report(result), file=sys.stdout)
    return status
