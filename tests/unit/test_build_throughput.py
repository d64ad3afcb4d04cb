"""The build's own Arrow encoding (pyarrow directly) gives exactly the table `datasets` would (issue 16)."""

from __future__ import annotations

import gc
from collections import Counter
from pathlib import Path

import datasets
import pytest

from natopress.build.builder import build, documents, load_registry
from natopress.build.features import CONFIG_NAMES, features
from natopress.build.parquet import to_table
from natopress.build.rows import rows
from natopress.corpus import Corpus, Document

FIXTURE = Path(__file__).parents[1] / "data" / "publish"


@pytest.mark.parametrize("config", CONFIG_NAMES)
def test_to_table_is_the_table_datasets_encodes(config: str) -> None:
    config_rows = list(rows(config, documents(FIXTURE), load_registry(FIXTURE)))
    assert config_rows
    declared = features(config)
    columns = {name: [row[name] for row in config_rows] for name in declared}
    expected = datasets.Dataset.from_dict(columns, features=declared).data.table
    table = to_table(config, config_rows)
    assert table.schema.equals(expected.schema, check_metadata=True)
    assert table.equals(expected)


def test_a_build_reads_each_release_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """One snapshot: every config's rows come from one parse of each release (issue 16, item 4)."""
    loaded: Counter[str] = Counter()
    load = Corpus.load

    def counting(corpus: Corpus, release_id: str) -> Document:
        loaded[release_id] += 1
        return load(corpus, release_id)

    monkeypatch.setattr(Corpus, "load", counting)
    result = build(FIXTURE, tmp_path / "dataset")
    assert loaded == Counter(Corpus(FIXTURE).release_ids())
    assert result.row_counts["releases"] == len(loaded) == 2


def test_a_build_leaves_the_garbage_collector_as_it_found_it(tmp_path: Path) -> None:
    threshold = gc.get_threshold()
    gc.set_threshold(701, 11, 12)  # values no build would set
    try:
        build(FIXTURE, tmp_path / "dataset")
        assert (gc.get_threshold(), gc.get_freeze_count()) == ((701, 11, 12), 0)
    finally:
        gc.set_threshold(*threshold)


def test_a_build_keeps_what_the_caller_froze(tmp_path: Path) -> None:
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        build(FIXTURE, tmp_path / "dataset")
        assert 0 < gc.get_freeze_count() <= frozen  # (a frozen object freed meanwhile leaves the count)
    finally:
        gc.unfreeze()
