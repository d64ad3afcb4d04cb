"""`natopress agree A B`: agreement between two annotations of one release (A is the reference)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from natopress.commands import EXIT_FINDINGS, EXIT_OK, existing_file
from natopress.corpus import CorpusError, read
from natopress.model import Registry, Release
from natopress.paths import REGISTRY_FILENAME
from natopress.tools.agree import agree, render_text, to_json_data

DESCRIPTION = (
    "Precision, recall and F1 of B against A (the reference) per layer (segments, quotes, "
    "cues, speaker mentions, mentions) on exact spans and on overlapping spans (one-to-one, greedy by "
    "largest overlap); on overlap-matched quotes and mentions, observed agreement and Cohen's kappa of "
    "quote type, speaker, mention entity, kind and (with registry.json beside A) entity type. "
    "Undefined ratios (0/0) print as n/a (null in json)."
)
EPILOG = "Exit status: 0 on success; 1 when a file is bad or A and B annotate different texts; 2 usage error."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The command's options and arguments."""
    parser.add_argument(
        "a", type=existing_file, metavar="A", help="annotation file (.json) of annotator A (the reference)"
    )
    parser.add_argument("b", type=existing_file, metavar="B", help="annotation file (.json) of annotator B")
    parser.add_argument(
        "--format", choices=["text", "json"], default="text", help="a table, or json (sorted keys)"
    )


def _read(a_path: Path, b_path: Path) -> tuple[Release, Release, dict[str, str] | None]:
    """A, B and the entity types of the registry beside A (None without one); `CorpusError` when bad."""
    a, b = read(Release, a_path), read(Release, b_path)
    if a.metadata.text_sha256 != b.metadata.text_sha256:
        raise CorpusError(
            f"{a_path} and {b_path}",
            f"annotate different texts (text_sha256 "
            f"{a.metadata.text_sha256[:12]}… vs {b.metadata.text_sha256[:12]}…)",
        )
    registry_path = a_path.parent / REGISTRY_FILENAME
    if not registry_path.exists():
        return a, b, None
    return a, b, {e.id: e.type.value for e in read(Registry, registry_path).entities}


def run(args: argparse.Namespace) -> int:
    """Prints the agreement of B with A; 1 when a file is bad or the texts differ."""
    try:
        a, b, types = _read(args.a, args.b)
    except CorpusError as error:
        print(f"natopress agree: {error}", file=sys.stderr)
        return EXIT_FINDINGS
    result = agree(a, b, types)
    if args.format == "json":
        sys.stdout.write(
            json.dumps(to_json_data(result), indent=2, sort_keys=True, ensure_ascii=False) + "\n"
        )
    else:
        sys.stdout.write(render_text(result))
    return EXIT_OK
