"""`natopress.load_dataset` and the `datasets.GeneratorBasedBuilder` over a corpus folder (no Parquet needed).

The builder lives here, in the package; `loader/natopress.py` (the loading script for `datasets` 3.x) only
imports it. The features and the rows come from `natopress.build.features` and `natopress.build.rows`, so the
builder, the Parquet files and the card can never disagree. Needs the `build` extra (`datasets`, `pyarrow`).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar

import datasets

from natopress.build.features import CONFIG_DESCRIPTIONS, CONFIG_NAMES, DEFAULT_CONFIG, features
from natopress.build.rows import rows
from natopress.build.versions import package_version
from natopress.corpus import Corpus, CorpusError
from natopress.fingerprint import fingerprint
from natopress.paths import REGISTRY_FILENAME

_RAW_VERSION = package_version()
_DESCRIPTION = (
    "Hand-checked standoff annotations of NATO press releases (French): metadata, quotes, entities."
)
_CITATION = (
    "@misc{natopress,\n"
    "  title  = {natopress: NATO press releases with hand-checked annotations},\n"
    "  author = {{The natopress team}},\n"
    f"  note   = {{Dataset, version {_RAW_VERSION.split('+')[0]}}},\n"
    "}"
)
_VERSION = datasets.Version(_RAW_VERSION.split("+")[0])


@dataclass
class NatopressConfig(datasets.BuilderConfig):  # type: ignore[misc]  # datasets is untyped
    """One config per view of the corpus; `data_dir` is the corpus folder (default: ./annotations)."""


class Natopress(datasets.GeneratorBasedBuilder):  # type: ignore[misc]  # datasets is untyped
    """The natopress corpus: one config per view (releases, quotes, mentions, entities, ner), one `train` split."""

    VERSION = _VERSION
    BUILDER_CONFIG_CLASS = NatopressConfig
    BUILDER_CONFIGS: ClassVar[list[NatopressConfig]] = [
        NatopressConfig(name=name, version=_VERSION, description=CONFIG_DESCRIPTIONS[name])
        for name in CONFIG_NAMES
    ]
    DEFAULT_CONFIG_NAME = DEFAULT_CONFIG

    def _info(self) -> datasets.DatasetInfo:
        return datasets.DatasetInfo(
            description=_DESCRIPTION,
            features=features(self.config.name),
            citation=_CITATION,
            license="other: texts follow NATO's terms; annotations CC BY 4.0",
        )

    def _split_generators(self, dl_manager: datasets.DownloadManager) -> list[datasets.SplitGenerator]:
        root = corpus_folder(self.config.data_dir)
        return [datasets.SplitGenerator(name=datasets.Split.TRAIN, gen_kwargs={"root": str(root)})]

    def _generate_examples(self, root: str) -> Iterator[tuple[int, dict[str, Any]]]:
        corpus = Corpus(Path(root))
        yield from enumerate(rows(self.config.name, corpus.documents(), corpus.load_registry()))


def corpus_folder(root: str | os.PathLike[str] | None) -> Path:
    """The absolute corpus folder `root` (a str or any path-like; None: ./annotations).

    Raises CorpusError (natopress's message, naming the folder) when it is not a folder or holds no
    registry.json, before `datasets` is asked for anything."""
    folder = Corpus.at(root).root.resolve()
    if not folder.is_dir():
        raise CorpusError(folder, "no such corpus folder (give root=, a folder of <id>.json, <id>.txt)")
    if not (folder / REGISTRY_FILENAME).is_file():
        raise CorpusError(
            folder,
            f"not a natopress corpus (no {REGISTRY_FILENAME}); give root=, a folder of <id>.json, <id>.txt "
            f"and {REGISTRY_FILENAME}",
        )
    return folder


def builder(
    config: str = "releases",
    root: str | os.PathLike[str] | None = None,
    cache_dir: str | os.PathLike[str] | None = None,
) -> Natopress:
    """The builder for `config` over the corpus at `root`; its cache is keyed by the corpus fingerprint.

    Raises CorpusError when `root` is not a corpus (see corpus_folder), KeyError for an unknown config."""
    corpus_root = corpus_folder(root)
    if config not in CONFIG_NAMES:
        raise KeyError(f"unknown config {config!r}; expected one of {', '.join(CONFIG_NAMES)}")
    return Natopress(
        config_name=config,
        data_dir=str(corpus_root),
        cache_dir=None if cache_dir is None else os.fspath(cache_dir),
        dataset_name="natopress",
        hash=fingerprint(corpus_root).removeprefix("sha256:")[:16],
    )


def load_dataset(
    config: str = "releases",
    root: str | os.PathLike[str] | None = None,
    split: str = "train",
    cache_dir: str | os.PathLike[str] | None = None,
) -> datasets.Dataset:
    """One config of the corpus at `root` (a str or path-like; default ./annotations) as a typed
    `datasets.Dataset`, built locally. A config with no rows (e.g. a corpus without quotes) gives an empty
    dataset with the declared features.

    Raises CorpusError (not datasets' DatasetGenerationError) when `root` is not a corpus or a file of it
    does not load; KeyError for an unknown config."""
    dataset_builder = builder(config, root, cache_dir)
    try:
        dataset_builder.download_and_prepare()
    except datasets.exceptions.DatasetGenerationError as error:
        if isinstance(error.__cause__, CorpusError):
            raise error.__cause__ from None
        raise
    split_info = dataset_builder.info.splits.get(split) if dataset_builder.info.splits else None
    if split_info is not None and split_info.num_examples == 0:
        declared = features(config)
        return datasets.Dataset.from_dict(
            {name: [] for name in declared}, features=declared, info=dataset_builder.info, split=split
        )
    return dataset_builder.as_dataset(split=split)


def to_pandas(dataset: datasets.Dataset) -> Any:
    """The dataset as a pandas DataFrame whose columns keep their Arrow types (`pd.ArrowDtype`): offsets
    stay integers (a null offset is `pd.NA`), so `text[row.cue_start : row.cue_end]` works. `to_pandas()`
    would turn a nullable integer column into float64. Same as the card's recommended call:
    `dataset.with_format("arrow")[:].to_pandas(types_mapper=pd.ArrowDtype)`."""
    import pandas as pd

    return dataset.with_format("arrow")[:].to_pandas(types_mapper=pd.ArrowDtype)
