"""Streaming: the validator holds one release at a time; the built Parquet files stream with `datasets`
and read as they are in DuckDB and pyarrow."""

from __future__ import annotations

import dataclasses
import gc
import importlib.util
import weakref
from pathlib import Path
from typing import Any, Literal

import datasets
import duckdb
import pyarrow.dataset as ds
import pyarrow.parquet as pq
import pytest

from natopress.build.builder import BuildResult, build
from natopress.build.features import CONFIG_NAMES
from natopress.paths import ANNOTATIONS_DIR, REPO_ROOT
from natopress.validate import layers, runner

RELEASES = 24


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> BuildResult:
    """A build of a synthetic corpus of RELEASES releases (benchmarks/synth.py)."""
    spec = importlib.util.spec_from_file_location("synth", REPO_ROOT / "benchmarks" / "synth.py")
    assert spec is not None and spec.loader is not None
    synth = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(synth)
    folder = tmp_path_factory.mktemp("streaming")
    synth.synthesise(RELEASES, folder / "corpus", seed=5, source=ANNOTATIONS_DIR)
    return build(folder / "corpus", folder / "dataset")


def test_every_config_streams_all_its_rows(built: BuildResult, tmp_path: Path) -> None:
    for config in CONFIG_NAMES:
        streamed = datasets.load_dataset(
            str(built.out), config, split="train", streaming=True, cache_dir=str(tmp_path / "cache")
        )
        assert isinstance(streamed, datasets.IterableDataset)
        rows = list(streamed)
        assert len(rows) == built.row_counts[config], config
        assert rows == pq.read_table(built.out / built.data_files[config]).to_pylist(), config
    assert built.row_counts["releases"] == RELEASES


def test_duckdb_reads_every_config_by_glob(built: BuildResult) -> None:
    pattern = str(built.out / "data" / "*" / "*.parquet")
    counts = duckdb.sql(
        f"SELECT parse_dirpath(filename), count(*) FROM read_parquet('{pattern}', union_by_name = true,"
        " filename = true) GROUP BY ALL ORDER BY 1"
    ).fetchall()
    expected = sorted((str(built.out / "data" / c), n) for c, n in built.row_counts.items() if n)
    assert counts == expected


def test_duckdb_offsets_are_code_points_into_the_release_text(built: BuildResult) -> None:
    data = built.out / "data"
    [(mismatches, total)] = duckdb.sql(
        f'SELECT count(*) FILTER (WHERE substr(r.text, q.start + 1, q."end" - q.start) <> q.text), count(*)'
        f" FROM '{data}/quotes/*.parquet' q JOIN '{data}/releases/*.parquet' r ON q.release_id = r.id"
    ).fetchall()
    assert (mismatches, total) == (0, built.row_counts["quotes"])


def test_pyarrow_dataset_reads_each_config_folder(built: BuildResult) -> None:
    for config in CONFIG_NAMES:
        folder = built.out / "data" / config
        if not folder.exists():
            continue
        table = ds.dataset(folder, format="parquet").to_table()
        assert table.num_rows == built.row_counts[config], config
        assert table.equals(pq.read_table(built.out / built.data_files[config])), config


def test_validator_holds_one_release_at_a_time(built: BuildResult, monkeypatch: pytest.MonkeyPatch) -> None:
    """The runner streams: when a release is loaded, no earlier release document is still alive."""
    loaded: list[weakref.ref[Any]] = []
    alive_at_load: list[int] = []

    class Tracked(dict[str, Any]):
        """A release's data as the runner gets it, which (unlike a plain dict) a weak reference can follow."""

    def spy(raw: bytes, kind: Literal["release", "registry"], file: str) -> layers.Loaded[Any]:
        gc.collect()
        alive_at_load.append(sum(ref() is not None for ref in loaded))
        result = layers.load_document(raw, kind, file)
        if kind == "release" and result.data is not None:
            result = dataclasses.replace(result, data=Tracked(result.data))
            loaded.append(weakref.ref(result.data))
        return result

    monkeypatch.setattr(runner, "load_document", spy)
    result = runner.validate(built.out.parent / "corpus", jobs=1)
    assert (result.findings, result.releases) == ((), RELEASES)
    assert len(loaded) == RELEASES
    assert max(alive_at_load) == 0
