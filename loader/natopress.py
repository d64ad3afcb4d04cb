"""natopress loading script: a `datasets.GeneratorBasedBuilder` that reads the annotation folder directly.

On `datasets` >= 4 (no loading scripts), `natopress.load_dataset(CONFIG)` instantiates this builder;
on `datasets` 3.x it also works as a script:
`load_dataset("loader/natopress.py", CONFIG, data_dir="annotations", trust_remote_code=True)`.
It needs the `natopress` package installed (`pip install -e .` in the repository): the features and the
rows come from `natopress.build.features` and `natopress.build.rows`, so the script, the Parquet files and the card
can never disagree.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar

import datasets

from natopress import __version__
from natopress.build.features import CONFIG_DESCRIPTIONS, CONFIG_NAMES, DEFAULT_CONFIG, features
from natopress.build.rows import rows
from natopress.corpus import Corpus

_DESCRIPTION = (
    "Hand-checked standoff annotations of NATO press releases (French): metadata, quotes, entities."
)
_CITATION = (
    "@misc{natopress,\n"
    "  title  = {natopress: NATO press releases with hand-checked annotations},\n"
    "  author = {{The natopress team}},\n"
    f"  note   = {{Dataset, version {__version__.split('+')[0]}}},\n"
    "}"
)

_VERSION = datasets.Version(__version__.split("+")[0])


@dataclass
class NatopressConfig(datasets.BuilderConfig):
    """One config per view of the corpus; `data_dir` is the corpus folder (default: the repository's annotations/)."""


class Natopress(datasets.GeneratorBasedBuilder):
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
        root = Corpus.at(Path(self.config.data_dir) if self.config.data_dir else None).root
        return [datasets.SplitGenerator(name=datasets.Split.TRAIN, gen_kwargs={"root": str(root)})]

    def _generate_examples(self, root: str) -> Iterator[tuple[int, dict[str, Any]]]:
        corpus = Corpus(Path(root))
        yield from enumerate(rows(self.config.name, corpus.documents(), corpus.load_registry()))
