"""`natopress import-brat DIR`: read brat standoff back into draft annotations, never losing a checked one."""

from __future__ import annotations

import argparse
import hashlib
import sys
from pathlib import Path

from natopress.atomic import os_error_message
from natopress.commands import EXIT_FINDINGS, EXIT_OK, add_root_option, folder
from natopress.corpus import Corpus, CorpusError, read, read_source
from natopress.export.brat import SIDECAR_SUFFIX, from_ann
from natopress.export.brat_lines import BratError
from natopress.model import AnnotationStatus, Release
from natopress.serialize import to_json
from natopress.transaction import LockedError, commit_files, folder_lock, recover

DESCRIPTION = (
    "Rebuilds segments, quotes and mentions from each <id>.ann; metadata come from the "
    "corpus's <id>.json, else from <id>.natopress.json. Writes drafts atomically; an unchanged release is "
    "left alone; a checked annotation is never replaced; the .txt must be the annotated one."
)
EPILOG = "Exit status: 0 when every file was imported or unchanged; 1 otherwise."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The command's options and arguments."""
    add_root_option(parser, writes=True)
    parser.add_argument(
        "dir", type=folder, metavar="DIR", help="folder of .txt/.ann pairs (as written by export brat)"
    )
    parser.add_argument("--force", action="store_true", help="replace existing drafts (never checked ones)")


def _layers(release: Release) -> tuple[object, ...]:
    return (release.segments, release.quotes, release.mentions)


def import_one(ann_path: Path, corpus: Corpus, force: bool) -> str:
    """Imports one `.ann`; returns what was done, or raises CorpusError/BratError saying why not."""
    rid = ann_path.stem
    txt_path = ann_path.with_suffix(".txt")
    if not txt_path.exists():
        raise CorpusError(ann_path, f"no {txt_path.name} beside it")
    text_bytes = txt_path.read_bytes()
    json_path, corpus_txt = corpus.json_path(rid), corpus.text_path(rid)
    existing = read(Release, json_path) if json_path.exists() else None
    sidecar = ann_path.with_name(rid + SIDECAR_SUFFIX)
    base = existing or (read(Release, sidecar) if sidecar.exists() else None)
    if base is None:
        raise CorpusError(
            ann_path, f"no annotation {json_path} and no {sidecar.name} to take the metadata from"
        )
    if hashlib.sha256(text_bytes).hexdigest() != base.metadata.text_sha256:
        raise CorpusError(
            txt_path, "text differs from the one annotated (text_sha256); brat must not edit the text"
        )
    if corpus_txt.exists() and corpus_txt.read_bytes() != text_bytes:
        raise CorpusError(txt_path, f"differs from {corpus_txt}")
    warnings: list[str] = []
    imported = from_ann(read_source(ann_path), read_source(txt_path), base, str(ann_path), warnings)
    for warning in warnings:
        print(f"natopress import-brat: warning: {warning}", file=sys.stderr)
    if existing is not None and _layers(existing) == _layers(imported):
        return f"{rid}: unchanged"
    if existing is not None and existing.annotation.status is AnnotationStatus.CHECKED:
        raise CorpusError(json_path, "is checked; import-brat never replaces a checked annotation")
    if existing is not None and not force:
        raise CorpusError(json_path, "exists (a draft); use --force to replace it")
    annotation = imported.annotation.model_copy(
        update={"status": AnnotationStatus.DRAFT, "checked_by": [], "checked_on": None}
    )
    imported = imported.model_copy(update={"annotation": annotation})
    files = {json_path: to_json(imported).encode("utf-8")}
    if not corpus_txt.exists():
        files = {corpus_txt: text_bytes, **files}
    commit_files(files)  # the .txt and .json of a new release together, or neither
    unknown = _unknown_ids(imported, corpus)
    note = f" (not in the registry yet: {', '.join(unknown)})" if unknown else ""
    return f"{rid}: wrote draft {json_path}{note}"


def _unknown_ids(release: Release, corpus: Corpus) -> list[str]:
    """Entity and speaker ids the corpus's registry does not have (none checked without a registry)."""
    if not corpus.registry_path.exists():
        return []
    known = {e.id for e in corpus.load_registry().entities}
    used = {m.entity for m in release.mentions} | {q.speaker for q in release.quotes if q.speaker is not None}
    return sorted(used - known)


def run(args: argparse.Namespace) -> int:
    """Imports every .ann of DIR; 1 when any of them was refused."""
    corpus = Corpus.at(args.root)
    if not args.dir.is_dir():
        print(f"natopress import-brat: {args.dir}: not a folder", file=sys.stderr)
        return EXIT_FINDINGS
    paths = sorted(args.dir.glob("*.ann"))
    if not paths:
        print(f"natopress import-brat: {args.dir}: no .ann files", file=sys.stderr)
        return EXIT_FINDINGS
    try:
        corpus.root.mkdir(parents=True, exist_ok=True)
        with folder_lock(corpus.root, "writing"):
            for note in recover(corpus.root):
                print(f"natopress import-brat: {note}", file=sys.stderr)
            failed = sum(_import_reporting(path, corpus, args.force) for path in paths)
    except LockedError as error:
        print(f"natopress import-brat: {error}", file=sys.stderr)
        return EXIT_FINDINGS
    except OSError as error:
        print(f"natopress import-brat: {os_error_message(error)}", file=sys.stderr)
        return EXIT_FINDINGS
    return EXIT_FINDINGS if failed else EXIT_OK


def _import_reporting(path: Path, corpus: Corpus, force: bool) -> int:
    """Imports one `.ann` and prints what was done; returns 1 when it was refused, else 0."""
    try:
        print(import_one(path, corpus, force))
    except OSError as error:
        print(f"natopress import-brat: {os_error_message(error)}", file=sys.stderr)
        return EXIT_FINDINGS
    except (CorpusError, BratError, UnicodeDecodeError) as error:
        print(f"natopress import-brat: {error}", file=sys.stderr)
        return EXIT_FINDINGS
    return EXIT_OK
