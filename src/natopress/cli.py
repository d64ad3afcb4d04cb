"""`natopress` command line: parses options and calls one function per command.

Exit status: 0 success, 1 findings or a failed check, 2 usage error. Each command's module is imported
only when that command runs, so `natopress validate` never pays for `datasets` or `pyarrow`.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence
from pathlib import Path

from natopress import __version__

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2

# command name -> "module:function"; the function takes the parsed options and returns the exit status.
HANDLERS: dict[str, str] = {
    "validate": "natopress.commands.validate:run",
    "schema": "natopress.commands.schema:run",
    "codes": "natopress.commands.codes:run",
    "build": "natopress.commands.build:run",
    "verify": "natopress.commands.verify:run",
    "summary": "natopress.commands.summary:run",
    "ingest": "natopress.commands.ingest:run",
    "review": "natopress.commands.review:run",
    "diff": "natopress.commands.diff:run",
    "agree": "natopress.commands.agree:run",
    "export": "natopress.commands.export:run",
    "import-brat": "natopress.commands.import_brat:run",
}


def _root_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--root",
        type=Path,
        default=None,
        metavar="DIR",
        help="corpus folder (a copy of annotations/: <id>.json, <id>.txt, registry.json); "
        "default: the repository's annotations/",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="natopress",
        description="Validate, build and publish the natopress corpus of annotated NATO releases.",
        epilog="Exit status: 0 success, 1 findings or failed check, 2 usage error. "
        "Finding codes: docs/codes.md or `natopress codes`.",
    )
    parser.add_argument("--version", action="version", version=f"natopress {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    p = sub.add_parser("validate", help="check release annotations and the registry; report findings")
    _root_option(p)
    p.add_argument(
        "paths", nargs="*", type=Path, metavar="PATH", help="release files or folders in the corpus"
    )
    p.add_argument("--format", choices=["text", "json", "github"], default="text", help="output format")
    p.add_argument("--strict", action="store_true", help="drafts are errors (the release gate)")
    p.add_argument(
        "--changed-since",
        metavar="REV",
        help="only releases whose .json or .txt differ from git revision REV (or are untracked), plus "
        "those referring to registry entities changed since REV (replaces PATHs)",
    )
    p.add_argument(
        "--jobs",
        type=int,
        default=None,
        metavar="N",
        help="worker processes (default: the machine's cores above 500 releases, else 1); same output",
    )

    p = sub.add_parser("schema", help="regenerate schema/ from the pydantic models")
    p.add_argument("--check", action="store_true", help="exit 1 when the committed schema is stale")

    p = sub.add_parser("codes", help="list every finding code; --write regenerates docs/codes.md")
    p.add_argument("--write", action="store_true", help="write docs/codes.md")
    p.add_argument("--check", action="store_true", help="exit 1 when docs/codes.md is stale")

    p = sub.add_parser("build", help="write the Hub-ready dataset repository (Parquet, card, manifest)")
    _root_option(p)
    p.add_argument("--out", type=Path, default=Path("build/dataset"), metavar="DIR", help="output folder")

    p = sub.add_parser("verify", help="check a built copy against its manifest")
    p.add_argument("dir", type=Path, metavar="DIR", help="a folder written by `natopress build`")

    p = sub.add_parser("summary", help="load every config of a built dataset and print a summary table")
    p.add_argument("dir", type=Path, metavar="DIR", help="a folder written by `natopress build`")

    p = sub.add_parser(
        "ingest",
        help="copy a raw release into the corpus and write a draft annotation",
        description="Copy FILE byte for byte into the corpus as <id>.txt and write <id>.json, a draft "
        "annotation to correct by hand: segments (title, date block, body, captions, site chrome), metadata "
        "read from the text, quote candidates with cues and speakers, and entity mentions from the registry. "
        "Unknown values stay null. Refuses (exit 1) to replace an existing release without --force, and "
        "never replaces a checked annotation.",
    )
    _root_option(p)
    p.add_argument("file", type=Path, metavar="FILE", help="the release text, UTF-8")
    p.add_argument("--url", help="the page the text was taken from (gives the id's key, e.g. news-185631)")
    p.add_argument(
        "--id",
        dest="release_id",
        metavar="ID",
        help="release id (default: {published}-{lang}-{key}, key from the URL, else the title or file name)",
    )
    p.add_argument("--force", action="store_true", help="replace an existing draft (never a checked one)")

    p = sub.add_parser(
        "review",
        help="write a self-contained HTML page showing one release's annotations",
        description="Write one HTML file (no network access needed) showing the release's text with its "
        "segments, quotes (by type), cues, speakers and entity mentions highlighted, a table of quotes, the "
        "metadata, and a banner when the annotation is still a draft.",
    )
    _root_option(p)
    p.add_argument("release_id", metavar="ID", help="release id")
    p.add_argument("-o", "--output", type=Path, default=None, metavar="FILE", help="default: ID.html")

    p = sub.add_parser(
        "diff",
        help="what changed between two corpus folders or git revisions",
        description="Per release: releases added/removed; quotes added, removed or changed (span, type, "
        "speaker, speaker mention, cue, continues; matched by id, then by span); mentions (matched by span: "
        "entity, kind); segments; metadata fields; registry entities. A revision is read from annotations/ "
        "of the git repository the current folder is in.",
        epilog="Exit status: 0 whether or not there are differences; 1 on bad input.",
    )
    p.add_argument("old", metavar="OLD", help="corpus folder, or a git revision when no such folder exists")
    p.add_argument("new", metavar="NEW", help="corpus folder, or a git revision when no such folder exists")
    p.add_argument(
        "--format",
        choices=["text", "json"],
        default="text",
        help="text (for the changelog) or json (sorted keys)",
    )

    p = sub.add_parser(
        "agree",
        help="inter-annotator agreement between two annotations of one release",
        description="Precision, recall and F1 of B against A (the reference) per layer (segments, quotes, "
        "cues, speaker mentions, mentions) on exact spans and on overlapping spans (one-to-one, greedy by "
        "largest overlap); on overlap-matched quotes and mentions, observed agreement and Cohen's kappa of "
        "quote type, speaker, mention entity, kind and (with registry.json beside A) entity type. "
        "Undefined ratios (0/0) print as n/a (null in json).",
        epilog="Exit status: 0 on success; 1 when a file is bad or A and B annotate different texts.",
    )
    p.add_argument("a", type=Path, metavar="A", help="annotation file (.json) of annotator A (the reference)")
    p.add_argument("b", type=Path, metavar="B", help="annotation file (.json) of annotator B")
    p.add_argument(
        "--format", choices=["text", "json"], default="text", help="a table, or json (sorted keys)"
    )

    p = sub.add_parser(
        "export",
        help="export the corpus: brat standoff, CoNLL-2003 IOB2, JSON Lines",
        description="brat: per release <id>.txt, <id>.ann and <id>.natopress.json (the metadata), plus "
        "annotation.conf. conll: token<TAB>IOB2-tag lines of the outermost mentions, -DOCSTART- per release, "
        "one sequence per title/body/caption segment; mentions IOB2 cannot carry exactly are listed on "
        "stderr. jsonl: one release a line, its annotation plus `text`.",
    )
    _root_option(p)
    p.add_argument("format", choices=["brat", "conll", "jsonl"], help="export format")
    p.add_argument("--out", type=Path, required=True, metavar="PATH", help="output folder (brat) or file")

    p = sub.add_parser(
        "import-brat",
        help="read brat standoff (.txt + .ann) back into annotations",
        description="Rebuilds segments, quotes and mentions from each <id>.ann; metadata come from the "
        "corpus's <id>.json, else from <id>.natopress.json. Writes drafts atomically; an unchanged release is "
        "left alone; a checked annotation is never replaced; the .txt must be the annotated one.",
        epilog="Exit status: 0 when every file was imported or unchanged; 1 otherwise.",
    )
    _root_option(p)
    p.add_argument(
        "dir", type=Path, metavar="DIR", help="folder of .txt/.ann pairs (as written by export brat)"
    )
    p.add_argument("--force", action="store_true", help="replace existing drafts (never checked ones)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    module_name, function_name = HANDLERS[args.command].split(":")
    handler = getattr(importlib.import_module(module_name), function_name)
    try:
        return int(handler(args))
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
