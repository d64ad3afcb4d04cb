"""`natopress ingest FILE`: copy a raw release into the corpus and write its draft annotation."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from natopress.commands import EXIT_FINDINGS, EXIT_OK, add_root_option
from natopress.corpus import Corpus
from natopress.draft.ingest import IngestError, ingest

DESCRIPTION = (
    "Copy FILE byte for byte into the corpus as <id>.txt and write <id>.json, a draft "
    "annotation to correct by hand: segments (title, date block, body, captions, site chrome), metadata "
    "read from the text, quote candidates with cues and speakers, and entity mentions from the registry. "
    "Unknown values stay null. Refuses (exit 1) to replace an existing release without --force, "
    "never replaces a checked annotation, and refuses a text not in Unicode NFC without --nfc."
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The command's options and arguments."""
    add_root_option(parser, writes=True)
    parser.add_argument("file", type=Path, metavar="FILE", help="the release text, UTF-8")
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


def run(args: argparse.Namespace) -> int:
    """Ingests `args.file`; exit 0 when written, 1 with a message when refused."""
    try:
        result, warnings = ingest(
            args.file,
            Corpus.at(args.root),
            url=args.url,
            release_id=args.release_id,
            force=args.force,
            nfc=args.nfc,
        )
    except IngestError as error:
        print(f"natopress ingest: {error}", file=sys.stderr)
        return EXIT_FINDINGS
    for warning in warnings:
        print(f"natopress ingest: warning: {warning}", file=sys.stderr)
    release = result.release
    print(
        f"wrote {result.text_path} and {result.json_path} (draft: {len(release.segments)} segments, "
        f"{len(release.quotes)} quotes, {len(release.mentions)} mentions)"
    )
    return EXIT_OK
