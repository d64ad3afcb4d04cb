"""Corpus → Hub-ready dataset folder: Parquet per config, README.md card, CITATION.cff,
LICENSE.md, ANNOTATION_GUIDELINES.md, the corpus's SOURCES.md, croissant.json and MANIFEST.json.

The folder is written in a temporary sibling folder and moved into place at the end, so readers see the
old build or the new one, never half of one. The output is deterministic: the same corpus and the same
versions of natopress, datasets and pyarrow give byte-identical files (no timestamps anywhere).
"""

from __future__ import annotations

import dataclasses
import gc
import shutil
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import yaml

from natopress.build.card import LICENSE_TEXT, BuildFacts, bibtex, data_path, render_readme
from natopress.build.card_corpus import CorpusFacts, noting
from natopress.build.croissant import CROISSANT_FILENAME, croissant, croissant_json
from natopress.build.features import CONFIG_NAMES
from natopress.build.manifest import (
    MANIFEST_FILENAME,
    ManifestError,
    make_manifest,
    manifest_json,
    read_manifest,
)
from natopress.build.parquet import ParquetFacts, ParquetSink, content_named
from natopress.build.rows import document_rows, entity_rows
from natopress.build.versions import changelog_versions, package_version, recorded_fingerprint
from natopress.corpus import Corpus, CorpusError, Document
from natopress.fingerprint import fingerprint
from natopress.model import Registry, entity_index
from natopress.paths import SOURCES_FILENAME
from natopress.resources import CARD_TEMPLATE, CITATION, GUIDELINES, read_resource, resource
from natopress.swap import SwapError, publish_folder
from natopress.transaction import LockedError

COPIED = (CITATION, GUIDELINES)
"""Shipped files (natopress.resources) copied into every build as they are, whatever corpus it is built from:
the citation, and the guidelines so that the card's link to them works on the Hub too."""


SPILL_FOLDER = ".spill"
"""Scratch folder inside the folder being built: the row groups being gathered (removed before the manifest
is written; a killed build's is removed with its temporary folder, natopress.swap)."""


YOUNG_COLLECTION = 10_000
"""Allocations between two collections of the youngest generation while rows are written (Python: 700)."""


class BuildError(Exception):
    """The corpus cannot be built (invalid input or an unsafe output folder); the message says why."""


@dataclass(frozen=True)
class BuildResult:
    """What a build wrote."""

    out: Path
    version: str
    fingerprint: str
    row_counts: dict[str, int]
    files: list[str]
    data_files: dict[str, str] = field(default_factory=dict)
    """Config -> its Parquet file, relative to `out` (the name carries the file's sha256)."""
    recorded_fingerprint: str | None = None
    """The fingerprint CHANGELOG.md records for `version`; None when the version is not released."""

    @property
    def stale_version(self) -> str | None:
        """A one-line message when the corpus is not the content `version` was released with, else None."""
        return mismatch_message(self.version, self.fingerprint, self.recorded_fingerprint)


def mismatch_message(version: str, corpus_fingerprint: str, recorded: str | None) -> str | None:
    """Says that the corpus is not the content CHANGELOG.md records for `version`; None when it is, or
    when the version is not released yet (no fingerprint recorded)."""
    if recorded is None or recorded == corpus_fingerprint:
        return None
    return (
        f"the corpus ({corpus_fingerprint}) is not the content of version {version} "
        f"({recorded} in CHANGELOG.md): release a new version (`natopress release VERSION`)"
    )


def version_mismatch(root: Path | None) -> str | None:
    """`mismatch_message` for the corpus at `root` (default annotations/) and the package version."""
    version = package_version()
    return mismatch_message(version, fingerprint(Corpus.at(root).root), recorded_fingerprint(version))


Validator = Callable[[Path], list[str]]
"""Takes the corpus folder and returns error messages (empty when the corpus is valid)."""


def load_registry(root: Path) -> Registry:
    """The corpus's registry, or a BuildError naming the file that does not load."""
    corpus = Corpus.at(root)
    if not corpus.root.is_dir():
        raise BuildError(f"{corpus.root}: no such corpus folder")
    try:
        return corpus.load_registry()
    except CorpusError as error:
        raise BuildError(f"{error} (run `natopress validate` for details)") from error


def documents(root: Path) -> Iterator[Document]:
    """The corpus's documents one at a time (a build never holds them all), or a BuildError."""
    try:
        yield from Corpus.at(root).documents()
    except CorpusError as error:
        raise BuildError(f"{error} (run `natopress validate` for details)") from error


def _owned(folder: Path) -> set[str] | None:
    """What the previous build wrote in `folder` (its manifest's files and the manifest), None if no build."""
    try:
        manifest = read_manifest(folder)
    except ManifestError:
        return None
    return {entry["path"] for entry in manifest["files"]} | {MANIFEST_FILENAME}


def _write_configs(
    folder: Path, root: Path, registry: Registry, corpus: CorpusFacts
) -> tuple[dict[str, ParquetFacts], dict[str, str]]:
    """Writes every config's Parquet file, named after its content; returns config -> its facts and
    config -> its path relative to `folder`.

    The corpus is read once (one parse of each release, in id order) and each document's rows go to every
    config's writer at once (issue 16). The row group each config gathers waits in a file of SPILL_FOLDER
    until it is complete, so the build holds about one row group in memory, as when configs were written
    one after the other."""
    index = entity_index(registry)
    spill = folder / SPILL_FOLDER
    spill.mkdir()
    with ExitStack() as stack:
        stack.enter_context(_long_lived_frozen())
        sinks = {
            c: stack.enter_context(ParquetSink(folder / data_path(c), c, spill=spill / f"{c}.arrow"))
            for c in CONFIG_NAMES
        }
        sinks["entities"].add(entity_rows(registry))
        for document in documents(root):
            for config, config_rows in document_rows(document, index).items():
                sinks[config].add(noting(config_rows, corpus) if config == "releases" else config_rows)
        written = {c: sink.close() for c, sink in sinks.items()}
    shutil.rmtree(spill)
    files = {
        c: content_named(folder / data_path(c), facts.sha256).relative_to(folder).as_posix()
        for c, facts in written.items()
    }
    return written, files


@contextmanager
def _long_lived_frozen() -> Iterator[None]:
    """Takes the objects alive now (imported modules, the registry) out of the garbage collector's scans
    while the rows are written, and collects the youngest generation every YOUNG_COLLECTION allocations
    instead of 700; then puts both back (`gc.freeze`, `gc.set_threshold`, `gc.unfreeze`).

    The rows are acyclic and freed by reference counting; collections walked every object of pyarrow,
    datasets and pydantic again and again: 1.9 s of 31 s CPU at 10,000 releases, 1.0 s after (issue 16).
    """
    threshold = gc.get_threshold()
    freeze = gc.get_freeze_count() == 0  # never unfreeze what the caller froze (a pre-fork server's heap)
    if freeze:
        gc.freeze()
    gc.set_threshold(YOUNG_COLLECTION, *threshold[1:])
    try:
        yield
    finally:
        gc.set_threshold(*threshold)
        if freeze:
            gc.unfreeze()


def _facts(
    folder: Path, written: dict[str, ParquetFacts], files: dict[str, str], corpus: CorpusFacts, fp: str
) -> BuildFacts:
    """The card's facts about this build: counts, files, sizes, first rows, versions."""
    version = package_version()
    examples = {c: _first_row(folder / files[c]) for c, f in written.items() if f.num_examples}
    return BuildFacts(
        version,
        fp,
        {c: f.num_examples for c, f in written.items()},
        examples,
        data_files=files,
        split_bytes={c: f.num_bytes for c, f in written.items()},
        corpus=corpus,
        versions=changelog_versions(),
        recorded=recorded_fingerprint(version),
    )


def _first_row(path: Path) -> dict[str, Any]:
    """The first row of a Parquet file, read as a batch of one row (not its whole first row group, which holds
    up to ROW_GROUP_BYTES of Arrow data: the largest allocation of a build, issue 16)."""
    with pq.ParquetFile(path) as file:
        row: dict[str, Any] = next(file.iter_batches(batch_size=1)).to_pylist()[0]
    return row


def write_dataset(folder: Path, root: Path, registry: Registry, corpus_fingerprint: str) -> BuildResult:
    """Writes every file of the dataset built from the corpus at `root` into the (empty) `folder`."""
    corpus = CorpusFacts()
    written, files = _write_configs(folder, root, registry, corpus)
    facts = _facts(folder, written, files, corpus, corpus_fingerprint)
    card_template = read_resource(CARD_TEMPLATE)
    (folder / "README.md").write_text(render_readme(card_template, facts), "utf-8")
    for name in COPIED:
        (folder / name).write_bytes(resource(name).read_bytes())
    (folder / "LICENSE.md").write_text(LICENSE_TEXT, "utf-8")
    if (root / SOURCES_FILENAME).is_file():  # the provenance that releases cite (SOURCES.md#<release-id>)
        (folder / SOURCES_FILENAME).write_bytes((root / SOURCES_FILENAME).read_bytes())
    hashed = {c: (files[c], written[c].sha256) for c in CONFIG_NAMES}
    released = str(yaml.safe_load(read_resource(CITATION))["date-released"])
    document = croissant(facts.version, released, bibtex(card_template), hashed)
    (folder / CROISSANT_FILENAME).write_text(croissant_json(document), "utf-8")
    manifest = make_manifest(folder, facts.version, corpus_fingerprint)
    (folder / MANIFEST_FILENAME).write_text(manifest_json(manifest), "utf-8")
    return BuildResult(
        folder,
        facts.version,
        corpus_fingerprint,
        dict(facts.row_counts),
        [f["path"] for f in manifest["files"]],
        dict(facts.data_files),
        facts.recorded,
    )


def build(root: Path | None, out: Path, validator: Validator | None = None) -> BuildResult:
    """Validates the corpus at `root` (default ./annotations), then writes the dataset folder `out`: built
    beside it and swapped in whole (natopress.swap), from one snapshot of the corpus.

    Raises BuildError when the corpus does not validate, changed while it was read (nothing is replaced), or
    when `out` holds files the previous build did not write (named; they are never deleted)."""
    corpus_root = Corpus.at(root).root
    before = fingerprint(corpus_root)  # the snapshot validated, built and checked again at the end
    if validator is not None:
        errors = validator(corpus_root)
        if errors:
            raise BuildError("the corpus does not validate:\n" + "\n".join(errors))
    registry = load_registry(corpus_root)

    def fill(folder: Path) -> BuildResult:
        result = write_dataset(folder, corpus_root, registry, before)
        if fingerprint(corpus_root) != before:  # one snapshot: the corpus changed while it was read
            raise BuildError(
                f"{corpus_root}: the corpus changed during the build; nothing was replaced, run it again"
            )
        return result

    try:
        result = publish_folder(out, fill, _owned)
    except (SwapError, LockedError) as error:
        raise BuildError(str(error)) from error
    return dataclasses.replace(result, out=out)
