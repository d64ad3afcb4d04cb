"""`natopress agree A B`: agreement between two annotations of one release (A is the reference)."""

from __future__ import annotations

import argparse
import json
import sys

from natopress.commands.diff import InputError, parse_model
from natopress.model import Registry, Release
from natopress.paths import REGISTRY_FILENAME
from natopress.tools.agree import agree, render_text, to_json_data


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
