"""`natopress export brat|conll|jsonl|label-studio|doccano --out PATH`: write the corpus in another tool's format."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from natopress.atomic import write_bytes_atomic, write_text_atomic
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


def export_brat(documents: list[Document], entity_types: dict[str, str], out: Path) -> list[Path]:
    """Per release `<id>.txt`, `<id>.ann`, `<id>.natopress.json` (metadata), plus `annotation.conf`."""
    if out.exists() and not out.is_dir():
        raise CorpusError(out, "exists and is not a folder")
    written = []
    for doc in documents:
        rid = doc.release.id
        try:
            ann = to_ann(doc.release, doc.text, entity_types)
        except BratError as error:
            raise CorpusError(doc.json_path, str(error)) from error
        if "\r" in doc.text:
            print(
                f"{doc.text_path}: has CR line ends; brat reads texts with universal newlines, so it may show "
                "spans shifted (import-brat itself stays exact)",
                file=sys.stderr,
            )
        write_bytes_atomic(out / f"{rid}.txt", doc.text_path.read_bytes())
        write_text_atomic(out / f"{rid}.ann", ann)
        bare = doc.release.model_copy(update={"segments": [], "quotes": [], "mentions": []})
        write_text_atomic(out / f"{rid}{SIDECAR_SUFFIX}", to_json(bare))
        written += [out / f"{rid}.txt", out / f"{rid}.ann"]
    write_text_atomic(out / "annotation.conf", annotation_conf())
    return written


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
    return 0


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
    except (CorpusError, OSError) as error:
        print(f"natopress export: {error}", file=sys.stderr)
        return EXIT_FINDINGS
