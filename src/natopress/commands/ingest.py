"""`natopress ingest FILE`: copy a raw release into the corpus and write its draft annotation."""

from __future__ import annotations

import argparse
import sys

from natopress.corpus import Corpus
from natopress.draft.ingest import IngestError, ingest


def run(args: argparse.Namespace) -> int:
    """Ingests `args.file`; exit 0 when written, 1 with a message when refused."""
    try:
        result, warnings = ingest(
            args.file, Corpus.at(args.root), url=args.url, release_id=args.release_id, force=args.force
        )
    except IngestError as error:
        print(f"natopress ingest: {error}", file=sys.stderr)
        return 1
    for warning in warnings:
        print(f"natopress ingest: warning: {warning}", file=sys.stderr)
    release = result.release
    print(
        f"wrote {result.text_path} and {result.json_path} (draft: {len(release.segments)} segments, "
        f"{len(release.quotes)} quotes, {len(release.mentions)} mentions)"
    )
    return 0
