"""Corpus → Hub-ready dataset folder: Parquet per config, README.md card, CITATION.cff,
LICENSE.md, ANNOTATION_GUIDELINES.md, croissant.json and MANIFEST.json.

The folder is written in a temporary sibling folder and moved into place at the end, so readers see the
old build or the new one, never half of one. The output is deterministic: the same corpus and the same
versions of natopress, datasets and pyarrow give byte-identical files (no timestamps anywhere).
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import datasets
import pyarrow.parquet as pq
import yaml

from natopress.card import LICENSE_TEXT, BuildFacts, bibtex, data_path, published_configs, render_readme
from natopress.corpus import Corpus, CorpusError, Document
from natopress.croissant import CROISSANT_FILENAME, croissant, croissant_json
from natopress.features import CONFIG_NAMES, features
from natopress.fingerprint import fingerprint
from natopress.manifest import MANIFEST_FILENAME, make_manifest, manifest_json
from natopress.model import Registry
from natopress.paths import REPO_ROOT
from natopress.rows import rows
from natopress.versioning import package_version

CARD_PATH = REPO_ROOT / "DATASET_CARD.md"
CITATION_PATH = REPO_ROOT / "CITATION.cff"
GUIDELINES_PATH = REPO_ROOT / "ANNOTATION_GUIDELINES.md"
"""Copied into the build when present, so the card's link to the guidelines works on the Hub too."""
PARQUET_OPTIONS: dict[str, Any] = {"compression": "zstd", "row_group_size": 10_000, "write_statistics": True}


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


def load_corpus(root: Path) -> tuple[list[Document], Registry]:
    """Every document and the registry, or a BuildError naming the file that does not load."""
    corpus = Corpus.at(root)
    if not corpus.root.is_dir():
        raise BuildError(f"{corpus.root}: no such corpus folder")
    try:
        return list(corpus.documents()), corpus.load_registry()
    except CorpusError as error:
        raise BuildError(f"{error} (run `natopress validate` for details)") from error


def to_table(config: str, config_rows: list[dict[str, Any]]) -> Any:
    """The Arrow table of `config`, encoded with its declared features (class labels as integers)."""
    declared = features(config)
    columns = {name: [row[name] for row in config_rows] for name in declared}
    return datasets.Dataset.from_dict(columns, features=declared).data.table


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _check_out(out: Path) -> None:
    """Refuses to replace a folder that is not a previous build (it would be deleted)."""
    if out.exists() and (
        not out.is_dir() or (any(out.iterdir()) and not (out / MANIFEST_FILENAME).is_file())
    ):
        raise BuildError(
            f"{out}: exists and is not a natopress build (no {MANIFEST_FILENAME}); choose another --out"
        )


def _replace_dir(tmp: Path, out: Path) -> None:
    """Moves the finished temporary folder to `out`, removing the previous build only once the new one is in place."""
    if not out.exists():
        os.replace(tmp, out)
        return
    old = Path(tempfile.mkdtemp(dir=out.parent, prefix=f".{out.name}.old-"))
    os.replace(out, old / out.name)
    os.replace(tmp, out)
    shutil.rmtree(old)


def write_dataset(
    folder: Path, documents: list[Document], registry: Registry, corpus_fingerprint: str
) -> BuildResult:
    """Writes every file of the dataset into the (empty) `folder`."""
    version = package_version()
    counts: dict[str, int] = {}
    examples: dict[str, dict[str, Any]] = {}
    for config in CONFIG_NAMES:
        table = to_table(config, list(rows(config, documents, registry)))
        counts[config] = table.num_rows
        if not table.num_rows:
            continue  # `datasets` cannot load an empty split: the config is left out of the card too
        path = folder / data_path(config)
        path.parent.mkdir(parents=True, exist_ok=True)
        pq.write_table(table, path, **PARQUET_OPTIONS)
        examples[config] = pq.read_table(path).slice(0, 1).to_pylist()[0]
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
    if validator is not None:
        errors = validator(corpus_root)
        if errors:
            raise BuildError("the corpus does not validate:\n" + "\n".join(errors))
    documents, registry = load_corpus(corpus_root)
    _check_out(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(dir=out.parent, prefix=f".{out.name}.tmp-"))
    try:
        tmp.chmod(0o777 & ~_umask())  # mkdtemp makes it private; a published folder is not
        result = write_dataset(tmp, documents, registry, fingerprint(corpus_root))
        _replace_dir(tmp, out)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return BuildResult(out, result.version, result.fingerprint, result.row_counts, result.files)
