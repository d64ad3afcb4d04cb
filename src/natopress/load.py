"""`natopress.load_dataset`: the corpus as a `datasets.Dataset` through the loader/ builder (no Parquet needed)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import datasets

from natopress.corpus import Corpus
from natopress.fingerprint import fingerprint
from natopress.paths import REPO_ROOT

LOADER_PATH = REPO_ROOT / "loader" / "natopress.py"
LOADER_MODULE = "natopress_loader"
"""The loader is imported by path under this module name (`natopress` is the package's own name)."""


def loader_module() -> ModuleType:
    """The loader/natopress.py module, imported once by path."""
    if LOADER_MODULE in sys.modules:
        return sys.modules[LOADER_MODULE]
    spec = importlib.util.spec_from_file_location(LOADER_MODULE, LOADER_PATH)
    if spec is None or spec.loader is None:
        raise ImportError(f"{LOADER_PATH}: cannot import the loader")
    module = importlib.util.module_from_spec(spec)
    sys.modules[LOADER_MODULE] = module
    spec.loader.exec_module(module)
    return module


def builder(config: str = "releases", root: Path | None = None, cache_dir: Path | None = None) -> Any:
    """The loader's builder for `config` over the corpus at `root`; its cache is keyed by the corpus fingerprint."""
    corpus_root = Corpus.at(root).root.resolve()
    return loader_module().Natopress(
        config_name=config,
        data_dir=str(corpus_root),
        cache_dir=None if cache_dir is None else str(cache_dir),
        dataset_name="natopress",
        hash=fingerprint(corpus_root).removeprefix("sha256:")[:16],
    )


def load_dataset(
    config: str = "releases", root: Path | None = None, split: str = "train", cache_dir: Path | None = None
) -> datasets.Dataset:
    """One config of the corpus at `root` (default annotations/) as a typed `datasets.Dataset`, built locally.

    Runs the loading script (`loader/natopress.py`) over the annotations themselves, without `natopress
    build`; nothing reaches the Hugging Face Hub. The result is cached under `cache_dir` (default: the
    `datasets` cache) keyed by the corpus fingerprint, so a changed corpus is built again.

    Args:
        config: `releases` (default: one row per release), `quotes` (one per quote), `mentions` (one per
            entity mention), `entities` (one per registry entity) or `ner` (one per title, body or caption
            segment: tokens and CoNLL-2003 IOB2 tags); columns as in `natopress.build.features`.
        root: a corpus folder (`<id>.json` + `<id>.txt` + `registry.json`); default the repository's
            `annotations/`.
        split: `train`, the only split.
        cache_dir: where `datasets` keeps the prepared Arrow files.

    Returns:
        A `datasets.Dataset` of N rows (N releases, quotes, ... of the corpus), typed with the config's
            declared features. Offsets (`start`, `end`, `*_start`, `*_end`) are Unicode code points into the
            release's `text`, end exclusive; dates are ISO 8601 strings; unknown values are None.

    Raises:
        ValueError: `config` is not one of the five configs (raised by `datasets`).
        FileNotFoundError: `root` does not exist.
        natopress.corpus.CorpusError: a corpus file is missing or does not parse (run `natopress validate`).

    Examples:
        >>> import natopress
        >>> quotes = natopress.load_dataset("quotes")
        >>> row = quotes[0]
        >>> text = natopress.load_dataset("releases").filter(lambda r: r["id"] == row["release_id"])[0]["text"]
        >>> text[row["start"] : row["end"]] == row["text"]
        True
    """
    dataset_builder = builder(config, root, cache_dir)
    dataset_builder.download_and_prepare()
    return dataset_builder.as_dataset(split=split)
