"""A built folder always loads as what it holds: `datasets`' cache follows the content, never the folder name."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import datasets
import pyarrow.parquet as pq
import pytest

from natopress.build.builder import BuildResult, build
from natopress.build.features import CONFIG_NAMES, features
from natopress.corpus import Corpus
from natopress.model import DocumentKind
from natopress.serialize import write_model

FIXTURE = Path(__file__).parents[1] / "data" / "publish"


def load(folder: Path, config: str, cache: Path, **kwargs: Any) -> datasets.Dataset:
    return datasets.load_dataset(str(folder), config, split="train", cache_dir=str(cache), **kwargs)


def folder_rows(result: BuildResult, config: str) -> list[dict[str, Any]]:
    """The rows the built folder holds for `config`, decoded with the declared features."""
    table = pq.read_table(result.out / result.data_files[config])
    return datasets.Dataset(table).cast(features(config)).to_list()


def change_one_release(root: Path) -> None:
    """Another document kind, no quotes, no mentions for the first release; another name for one entity."""
    corpus = Corpus(root)
    release = corpus.load(corpus.release_ids()[0]).release
    kind = next(k for k in DocumentKind if k != release.metadata.document_kind)
    metadata = release.metadata.model_copy(update={"document_kind": kind})
    changed = release.model_copy(update={"metadata": metadata, "quotes": [], "mentions": []})
    write_model(root / f"{release.id}.json", changed)
    registry = corpus.load_registry()
    entity = registry.entities[0].model_copy(update={"name": registry.entities[0].name + " (renamed)"})
    write_model(
        root / "registry.json", registry.model_copy(update={"entities": [entity, *registry.entities[1:]]})
    )


def test_a_rebuild_into_the_same_folder_loads_the_new_rows(tmp_path: Path) -> None:
    corpus = Path(shutil.copytree(FIXTURE, tmp_path / "corpus"))
    out, cache = tmp_path / "build" / "dataset", tmp_path / "cache"
    first = build(corpus, out)
    before = {config: load(out, config, cache).to_list() for config in CONFIG_NAMES}
    assert before == {config: folder_rows(first, config) for config in CONFIG_NAMES}
    change_one_release(corpus)
    second = build(corpus, out)
    for config in CONFIG_NAMES:
        after = load(out, config, cache).to_list()
        assert after == folder_rows(second, config), config
        assert after != before[config], config


def test_two_folders_with_the_same_name_load_their_own_rows(tmp_path: Path) -> None:
    a = Path(shutil.copytree(FIXTURE, tmp_path / "a" / "corpus"))
    b = Path(shutil.copytree(FIXTURE, tmp_path / "b" / "corpus"))
    change_one_release(b)
    cache = tmp_path / "cache"
    built = [build(a, tmp_path / "a" / "dataset"), build(b, tmp_path / "b" / "dataset")]
    for result in built:
        for config in CONFIG_NAMES:
            assert load(result.out, config, cache).to_list() == folder_rows(result, config), config


def test_force_redownload_reloads_the_folder(tmp_path: Path) -> None:
    out, cache = tmp_path / "dataset", tmp_path / "cache"
    result = build(FIXTURE, out)
    load(out, "quotes", cache)
    again = load(out, "quotes", cache, download_mode="force_redownload")
    assert again.to_list() == folder_rows(result, "quotes")


def test_card_records_split_sizes(tmp_path: Path) -> None:
    from natopress.build.card import parse_front_matter

    result = build(FIXTURE, tmp_path / "dataset")
    info = parse_front_matter((result.out / "README.md").read_text("utf-8"))["dataset_info"]
    sizes = {entry["config_name"]: entry["splits"][0]["num_examples"] for entry in info}
    assert sizes == result.row_counts


@pytest.fixture
def no_quotes(tmp_path: Path) -> Path:
    corpus = Path(shutil.copytree(FIXTURE, tmp_path / "corpus"))
    for release_id in Corpus(corpus).release_ids():
        release = Corpus(corpus).load(release_id).release
        write_model(corpus / f"{release_id}.json", release.model_copy(update={"quotes": []}))
    return corpus


def test_an_empty_config_is_published_with_its_features(no_quotes: Path, tmp_path: Path) -> None:
    result = build(no_quotes, tmp_path / "dataset")
    assert result.row_counts["quotes"] == 0
    parquet = pq.ParquetFile(result.out / result.data_files["quotes"])
    assert parquet.metadata.num_rows == 0
    assert datasets.Features.from_arrow_schema(parquet.schema_arrow) == features("quotes")
    streamed = datasets.load_dataset(str(result.out), "quotes", split="train", streaming=True)
    assert list(streamed) == []
    assert streamed.features == features("quotes")


@pytest.mark.xfail(
    strict=True,
    raises=ValueError,
    reason="datasets (<= 5.2) cannot read an empty split: huggingface/datasets#8401 "
    "(an xpass means it can now: drop this mark)",
)
def test_an_empty_config_loads_empty_with_its_features(no_quotes: Path, tmp_path: Path) -> None:
    result = build(no_quotes, tmp_path / "dataset")
    quotes = load(result.out, "quotes", tmp_path / "cache")
    assert quotes.num_rows == 0
    assert quotes.features == features("quotes")
