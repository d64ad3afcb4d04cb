"""Corpus → Hub-ready dataset folder: Parquet per config, README.md card, CITATION.cff,
LICENSE.md, ANNOTATION_GUIDELINES.md, croissant.json and MANIFEST.json.

The folder is written in a temporary sibling folder and swapped into place at the end (natopress.swap), so
readers see the old build or the new one, never half of one; a Hub clone's `.git` survives. The output is deterministic: the same corpus and the same
versions of natopress, datasets and pyarrow give byte-identical files (no timestamps anywhere).
"""

from __future__ import annotations

import hashlib
import itertools
import shutil
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import datasets
import pyarrow as pa
import pyarrow.parquet as pq
import yaml

from natopress.build.card import LICENSE_TEXT, BuildFacts, bibtex, data_path, published_configs, render_readme
from natopress.build.croissant import CROISSANT_FILENAME, croissant, croissant_json
from natopress.build.features import CONFIG_NAMES, features
from natopress.build.manifest import (
    MANIFEST_FILENAME,
    ManifestError,
    make_manifest,
    manifest_json,
    read_manifest,
)
from natopress.build.rows import rows
from natopress.build.versions import package_version
from natopress.corpus import Corpus, CorpusError, Document
from natopress.fingerprint import fingerprint
from natopress.model import Registry
from natopress.paths import REPO_ROOT
from natopress.swap import SwapError, publish_folder
from natopress.transaction import LockedError

CARD_PATH = REPO_ROOT / "DATASET_CARD.md"
CITATION_PATH = REPO_ROOT / "CITATION.cff"
GUIDELINES_PATH = REPO_ROOT / "ANNOTATION_GUIDELINES.md"
"""Copied into the build when present, so the card's link to the guidelines works on the Hub too."""
PARQUET_OPTIONS: dict[str, Any] = {"compression": "zstd", "write_statistics": True}
ROW_GROUP_ROWS = 10_000
"""Rows per Parquet row group; the build holds one row group's Arrow table in memory at a time."""
ENCODE_ROWS = 1_000
"""Python rows encoded at a time (a divisor of ROW_GROUP_ROWS): rows as Python objects take far more memory
than the same rows in Arrow."""


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


def to_table(config: str, config_rows: list[dict[str, Any]]) -> Any:
    """The Arrow table of `config`, encoded with its declared features (class labels as integers).

    The same table `datasets.Dataset.from_dict(columns, features=...)` gives (schema, `huggingface`
    metadata and values: tests/test_build_throughput.py), built by pyarrow directly: the declared features
    hold one kind of class label (IOB2 tags, a list of ClassLabel), mapped here by name, so the general
    per-value encoder of `datasets` (a third of the build's time, issue 16) is not needed.
    """
    declared = features(config)
    columns = {name: [row[name] for row in config_rows] for name in declared}
    for name, feature in declared.items():
        inner = getattr(feature, "feature", None)
        if isinstance(inner, datasets.ClassLabel):
            labels = {label: index for index, label in enumerate(inner.names)}
            columns[name] = [
                None if tags is None else [t if isinstance(t, int) else labels[t] for t in tags]
                for tags in columns[name]
            ]
        elif isinstance(feature, datasets.ClassLabel):
            raise NotImplementedError(f"{config}/{name}: a top-level class label is not encoded here")
    return pa.Table.from_pydict(columns, schema=declared.arrow_schema)


def row_groups(config: str, config_rows: Iterable[dict[str, Any]]) -> Iterator[pa.Table]:
    """The rows as Arrow tables of ROW_GROUP_ROWS rows (the last may be shorter), ENCODE_ROWS at a time."""
    rows_iter = iter(config_rows)
    pending: list[pa.Table] = []
    while batch := list(itertools.islice(rows_iter, ENCODE_ROWS)):
        pending.append(to_table(config, batch))
        del batch
        if sum(t.num_rows for t in pending) >= ROW_GROUP_ROWS:
            table = _combined(pending)  # empties `pending`
            yield table
            del table
    if pending:
        yield _combined(pending)


def _combined(tables: list[pa.Table]) -> pa.Table:
    """`pa.concat_tables(tables).combine_chunks()`, emptying `tables`, one column at a time, so the build
    holds a row group once plus one column, not twice (the same arrays, so the same Parquet bytes)."""
    whole = pa.concat_tables(tables)
    tables.clear()
    schema, columns = whole.schema, whole.columns
    del whole
    for index, column in enumerate(columns):
        columns[index] = pa.chunked_array([column.combine_chunks()], type=column.type)
        del column
    return pa.Table.from_arrays(columns, schema=schema)


def write_parquet(path: Path, config: str, config_rows: Iterable[dict[str, Any]]) -> int:
    """Writes `config_rows` to `path` one row group at a time; returns the row count (no file when 0)."""
    count, writer = 0, None
    try:
        for table in row_groups(config, config_rows):
            if writer is None:
                path.parent.mkdir(parents=True, exist_ok=True)
                writer = pq.ParquetWriter(path, table.schema, **PARQUET_OPTIONS)
            writer.write_table(table, row_group_size=ROW_GROUP_ROWS)
            count += table.num_rows
            del table  # freed before the next row group is encoded
    finally:
        if writer is not None:
            writer.close()
    return count


def _owned(folder: Path) -> set[str] | None:
    """What the previous build wrote in `folder` (its manifest's files and the manifest), None if no build."""
    try:
        manifest = read_manifest(folder)
    except ManifestError:
        return None
    return {entry["path"] for entry in manifest["files"]} | {MANIFEST_FILENAME}


def first_row(path: Path) -> dict[str, Any]:
    """The first row of a Parquet file, read as one small batch (not the whole first row group)."""
    batch = next(pq.ParquetFile(path).iter_batches(batch_size=1))
    return dict(batch.to_pylist()[0])


def write_dataset(folder: Path, root: Path, registry: Registry, corpus_fingerprint: str) -> BuildResult:
    """Writes every file of the dataset built from the corpus at `root` into the (empty) `folder`."""
    version = package_version()
    counts: dict[str, int] = {}
    examples: dict[str, dict[str, Any]] = {}
    for config in CONFIG_NAMES:
        path = folder / data_path(config)
        counts[config] = write_parquet(path, config, rows(config, documents(root), registry))
        if counts[config]:  # `datasets` cannot load an empty split: the config is left out of the card too
            examples[config] = first_row(path)
    published = published_configs(counts)
    facts = BuildFacts(version, corpus_fingerprint, counts, examples)
    (folder / "README.md").write_text(render_readme(CARD_PATH.read_text("utf-8"), facts), "utf-8")
    shutil.copyfile(CITATION_PATH, folder / "CITATION.cff")
    (folder / "LICENSE.md").write_text(LICENSE_TEXT, "utf-8")
    if GUIDELINES_PATH.is_file():
        shutil.copyfile(GUIDELINES_PATH, folder / GUIDELINES_PATH.name)
    hashes = {
        data_path(c): hashlib.sha256((folder / data_path(c)).read_bytes()).hexdigest() for c in published
    }
    released = str(yaml.safe_load(CITATION_PATH.read_text("utf-8"))["date-released"])
    document = croissant(version, released, bibtex(CARD_PATH.read_text("utf-8")), hashes, published)
    (folder / CROISSANT_FILENAME).write_text(croissant_json(document), "utf-8")
    manifest = make_manifest(folder, version, corpus_fingerprint)
    (folder / MANIFEST_FILENAME).write_text(manifest_json(manifest), "utf-8")
    return BuildResult(folder, version, corpus_fingerprint, counts, [f["path"] for f in manifest["files"]])


def build(root: Path | None, out: Path, validator: Validator | None = None) -> BuildResult:
    """Validates the corpus at `root` (default annotations/), then writes the dataset folder `out` atomically."""
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
    return BuildResult(out, result.version, result.fingerprint, result.row_counts, result.files)
