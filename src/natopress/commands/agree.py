"""`natopress agree A B`: agreement between two annotations of one release (A is the reference)."""

from __future__ import annotations

import argparse
import json
import sys

from natopress.commands import existing_file
from natopress.commands.diff import InputError, parse_model
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


def run(args: argparse.Namespace) -> int:
    """Prints the agreement of B with A; 1 when a file is bad or the texts differ."""
    try:
        a = parse_model(Release, args.a.read_bytes(), str(args.a))
        b = parse_model(Release, args.b.read_bytes(), str(args.b))
        if a.metadata.text_sha256 != b.metadata.text_sha256:
            raise InputError(
                f"{args.a} and {args.b} annotate different texts (text_sha256 "
                f"{a.metadata.text_sha256[:12]}… vs {b.metadata.text_sha256[:12]}…)"
            )
        registry_path = args.a.parent / REGISTRY_FILENAME
        types = None
        if registry_path.exists():
            registry = parse_model(Registry, registry_path.read_bytes(), str(registry_path))
            types = {e.id: e.type.value for e in registry.entities}
    except (InputError, OSError) as error:
        print(f"natopress agree: {error}", file=sys.stderr)
        return 1
    result = agree(a, b, types)
    if args.format == "json":
        sys.stdout.write(
            json.dumps(to_json_data(result), indent=2, sort_keys=True, ensure_ascii=False) + "\n"
        )
    else:
        sys.stdout.write(render_text(result))
    return 0
