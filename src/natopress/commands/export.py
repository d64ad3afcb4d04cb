"""`natopress export brat|conll|jsonl|label-studio|doccano --out PATH`: write the corpus in another tool's format."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from natopress.atomic import os_error_message, write_text_atomic
from natopress.commands import EXIT_FINDINGS, EXIT_OK, UsageError, add_root_option
from natopress.corpus import Corpus, CorpusError, Document
from natopress.export.brat import SIDECAR_SUFFIX, annotation_conf, to_ann
from natopress.export.brat_lines import BratError
from natopress.export.conll import to_conll
from natopress.export.doccano import nested, to_doccano
from natopress.export.jsonl import to_jsonl
from natopress.export.label_studio import label_config, outside_bmp, to_tasks
from natopress.model import Release
from natopress.serialize import to_json
from natopress.swap import KEEP, SwapError, publish_folder
from natopress.transaction import LockedError

DESCRIPTION = (
    "brat: per release <id>.txt, <id>.ann and <id>.natopress.json (the metadata), plus "
    "annotation.conf. conll: token<TAB>IOB2-tag lines of the outermost mentions, -DOCSTART- per release, "
    "one sequence per title/body/caption segment; mentions IOB2 cannot carry exactly are listed on "
    "stderr. jsonl: one release a line, its annotation plus `text`. label-studio: a JSON array of tasks "
    "with the mentions as predictions (labels regions), plus PATH's .label-config.xml; import the "
    "annotated tasks back with `natopress import-label-studio`. doccano: sequence-labelling JSON Lines "
    '(`{"text": ..., "label": [[start, end, TYPE], ...]}`). Both tools count offsets in UTF-16 code '
    "units: texts with characters outside the BMP are named on stderr."
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The command's options and arguments."""
    add_root_option(parser)
    parser.add_argument(
        "format", choices=["brat", "conll", "jsonl", "label-studio", "doccano"], help="export format"
    )
    parser.add_argument(
        "--out", type=Path, required=True, metavar="PATH", help="output folder (brat) or file"
    )


BRAT_KEEP = KEEP | {"visual.conf", "tools.conf", "kb_shortcuts.conf"}
"""Kept from an existing brat folder besides a clone's git data: brat's own configuration files."""


def _brat_owned(folder: Path) -> set[str] | None:
    """The files a previous `export brat` wrote in `folder` (it writes annotation.conf last), else None."""
    if not (folder / "annotation.conf").is_file():
        return None
    names = {p.name for p in folder.iterdir() if p.is_file()}
    return {n for n in names if n == "annotation.conf" or n.endswith((".txt", ".ann", SIDECAR_SUFFIX))}


def export_brat(documents: list[Document], entity_types: dict[str, str], out: Path) -> list[Path]:
    """Per release `<id>.txt`, `<id>.ann`, `<id>.natopress.json` (metadata), plus `annotation.conf`.

    The folder is written beside `out` and swapped in whole (natopress.swap): a killed export leaves the
    previous folder; files the previous export did not write stop it (`SwapError` naming them).
    """
    anns = {}
    for doc in documents:
        try:
            anns[doc.release.id] = to_ann(doc.release, doc.text, entity_types)
        except BratError as error:
            raise CorpusError(doc.json_path, str(error)) from error
        if "\r" in doc.text:
            print(
                f"{doc.text_path}: has CR line ends; brat reads texts with universal newlines, so it may show "
                "spans shifted (import-brat itself stays exact)",
                file=sys.stderr,
            )

    def fill(folder: Path) -> None:
        for doc in documents:
            rid = doc.release.id
            (folder / f"{rid}.txt").write_bytes(doc.text_path.read_bytes())
            (folder / f"{rid}.ann").write_bytes(anns[rid].encode("utf-8"))
            bare = doc.release.model_copy(update={"segments": [], "quotes": [], "mentions": []})
            (folder / f"{rid}{SIDECAR_SUFFIX}").write_bytes(to_json(bare).encode("utf-8"))
        (folder / "annotation.conf").write_bytes(annotation_conf().encode("utf-8"))

    publish_folder(out, fill, _brat_owned, BRAT_KEEP)  # SwapError or LockedError when it cannot
    return [out / f"{d.release.id}{suffix}" for d in documents for suffix in (".txt", ".ann")]


def export_for_annotation_tool(
    tool: str, pairs: list[tuple[Release, str]], entity_types: dict[str, str], out: Path, corpus: Corpus
) -> int:
    """Writes Label Studio tasks (+ their labelling config) or doccano JSONL; warns where offsets shift."""
    try:
        if tool == "label-studio":
            tasks = json.dumps(to_tasks(pairs, entity_types), ensure_ascii=False, indent=1)
            write_text_atomic(out, tasks + "\n")
            write_text_atomic(out.with_suffix(".label-config.xml"), label_config())
        else:
            write_text_atomic(out, to_doccano(pairs, entity_types))
    except KeyError as error:
        raise CorpusError(corpus.registry_path, f"no entity {error} (a release mentions it)") from error
    name = "Label Studio" if tool == "label-studio" else "doccano"
    for release, text in pairs:
        if count := outside_bmp(text):
            print(
                f"{release.id}: warning: {count} character(s) outside the BMP; {name} counts offsets in "
                "UTF-16 code units, so it shows the spans after them shifted",
                file=sys.stderr,
            )
    inner = sum(nested(release) for release, _ in pairs)
    note = "" if tool == "label-studio" else " (enable overlapping spans in the doccano project)"
    print(f"wrote {len(pairs)} release(s) to {out}; {inner} nested mention(s) kept{note if inner else ''}")
    return EXIT_OK


def run(args: argparse.Namespace) -> int:
    """Exports the corpus in the chosen format; 1 when the corpus cannot be read or written."""
    corpus = Corpus.at(args.root)
    try:
        documents = list(corpus.documents())
        if not documents:
            raise UsageError(f"--root {corpus.root}: no release to export (no <id>.json)")
        pairs = [(doc.release, doc.text) for doc in documents]
        if args.format == "jsonl":
            write_text_atomic(args.out, to_jsonl(pairs))
            print(f"wrote {len(pairs)} release(s) to {args.out}")
            return EXIT_OK
        entity_types = {e.id: e.type.value for e in corpus.load_registry().entities}
        if args.format in ("label-studio", "doccano"):
            return export_for_annotation_tool(args.format, pairs, entity_types, args.out, corpus)
        if args.format == "brat":
            written = export_brat(documents, entity_types, args.out)
            print(f"wrote {len(written) // 2} release(s) to {args.out}/ (brat standoff + annotation.conf)")
            return EXIT_OK
        try:
            conll, problems = to_conll(pairs, entity_types)
        except KeyError as error:
            raise CorpusError(corpus.registry_path, f"no entity {error} (a release mentions it)") from error
        write_text_atomic(args.out, conll)
        for p in problems:
            print(
                f"{p.release_id}: [{p.start}:{p.end}] «{p.text}»: not exact in IOB2: {p.reason}",
                file=sys.stderr,
            )
        print(f"wrote {len(pairs)} release(s) to {args.out}; {len(problems)} mention(s) not exact in IOB2")
        return EXIT_OK
    except (CorpusError, SwapError, LockedError) as error:  # each names its file
        print(f"natopress export: {error}", file=sys.stderr)
        return EXIT_FINDINGS
    except OSError as error:
        print(f"natopress export: {os_error_message(error)}", file=sys.stderr)
        return EXIT_FINDINGS
