"""`natopress import-label-studio FILE`: read Label Studio's JSON export back into the corpus's mentions."""

from __future__ import annotations

import argparse
import json
import sys

from natopress.commands import EXIT_FINDINGS, EXIT_OK, add_root_option, existing_file
from natopress.corpus import Corpus, CorpusError, read_source
from natopress.export.label_studio import Imported, LabelStudioError, from_tasks
from natopress.model import AnnotationStatus, Entity, Release, as_data, entity_data
from natopress.serialize import write_model
from natopress.validate.checks.entities import check_mentions
from natopress.validate.checks.segments import check_segments
from natopress.validate.checks.spans import check_spans
from natopress.validate.findings import Severity

DESCRIPTION = (
    "Reads the JSON export of a Label Studio project made from `natopress export label-studio` (one "
    "submitted annotation a task, each region a `labels` region with `entity=<id> kind=name|nominal` in "
    "its meta text) and replaces the mentions of each release, whose <id>.json and <id>.txt must be in the "
    "corpus. Every region is checked against the source text and the registry, and the release is "
    "validated before it is written (atomically, as a draft); a checked annotation is never replaced."
)
EPILOG = "Exit status: 0 when every task was imported or unchanged; 1 otherwise; 2 usage error."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The command's options and arguments."""
    add_root_option(parser, writes=True)
    parser.add_argument(
        "file", type=existing_file, metavar="FILE", help="Label Studio JSON export (a .json array)"
    )


def updated(imported: Imported, corpus: Corpus, entities: dict[str, Entity]) -> Release | None:
    """The release with the imported mentions, validated; None when nothing changed. Raises CorpusError."""
    document = corpus.load(imported.release_id)
    if read_source(document.text_path) != imported.text:
        raise CorpusError(imported.release_id, f"the task's text differs from {document.text_path}")
    if document.release.mentions == imported.mentions:
        return None
    if document.release.annotation.status is AnnotationStatus.CHECKED:
        raise CorpusError(document.json_path, "is checked; import-label-studio never replaces it")
    annotation = document.release.annotation.model_copy(
        update={"status": AnnotationStatus.DRAFT, "checked_by": [], "checked_on": None}
    )
    data = document.release.model_copy(update={"mentions": imported.mentions, "annotation": annotation})
    release = Release.model_validate(data.model_dump(mode="json", by_alias=True), strict=False)
    file, parsed = str(document.json_path), as_data(release)
    known = {entity_id: entity_data(entity) for entity_id, entity in entities.items()}
    findings = [
        f
        for f in check_spans(parsed, imported.text, file)
        + check_segments(parsed, imported.text, file)
        + check_mentions(parsed, known, file)
        if f.severity is Severity.ERROR
    ]
    if findings:
        first = findings[0]
        raise CorpusError(file, f"{first.code} {first.pointer}: {first.message} ({len(findings)} error(s))")
    return release


def run(args: argparse.Namespace) -> int:
    """Imports every task of FILE; 1 when any task or the file was refused."""
    corpus = Corpus.at(args.root)
    try:
        entities = {e.id: e for e in corpus.load_registry().entities}
        tasks = json.loads(args.file.read_bytes())
        imported = from_tasks(tasks, {k: e.type.value for k, e in entities.items()}, str(args.file))
    except (
        OSError,
        ValueError,
        CorpusError,
    ) as error:  # LabelStudioError and JSONDecodeError are ValueErrors
        print(f"natopress import-label-studio: {args.file}: {error}", file=sys.stderr)
        return EXIT_FINDINGS
    failed = 0
    for task in imported:
        try:
            release = updated(task, corpus, entities)
            if release is None:
                print(f"{task.release_id}: unchanged")
                continue
            write_model(corpus.json_path(task.release_id), release)
            print(f"{task.release_id}: wrote draft {corpus.json_path(task.release_id)}")
        except (CorpusError, LabelStudioError, OSError) as error:
            print(f"natopress import-label-studio: {error}", file=sys.stderr)
            failed += 1
    return EXIT_FINDINGS if failed else EXIT_OK
