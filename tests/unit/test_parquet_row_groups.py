"""Parquet row groups are cut by bytes, not rows, and carry page indexes (the Hub viewer's limits)."""

from __future__ import annotations

from pathlib import Path

import pyarrow.parquet as pq
from conftest import SEEDS

from natopress.build.parquet import (
    ROW_GROUP_BYTES,
    VIEWER_MAX_ROW_GROUP_BYTES,
    ParquetSink,
    largest_row_group,
    row_groups,
    to_table,
    write_parquet,
)
from natopress.build.rows import rows
from natopress.corpus import Corpus


def mention_rows() -> list[dict]:
    corpus = Corpus(SEEDS)
    return list(rows("mentions", corpus.documents(), corpus.load_registry()))


def test_row_groups_stay_under_the_byte_target(tmp_path: Path) -> None:
    all_rows = mention_rows()
    total = to_table("mentions", all_rows).nbytes
    target = total // 4
    groups = list(row_groups("mentions", all_rows, target_bytes=target))
    assert len(groups) >= 4
    assert all(g.nbytes <= target for g in groups)
    assert sum(g.num_rows for g in groups) == len(all_rows)
    facts = write_parquet(tmp_path / "m.parquet", "mentions", all_rows, target_bytes=target)
    metadata = pq.ParquetFile(tmp_path / "m.parquet").metadata
    assert (metadata.num_row_groups, facts.num_examples) == (len(groups), len(all_rows))
    assert pq.read_table(tmp_path / "m.parquet").to_pylist() == to_table("mentions", all_rows).to_pylist()


def test_a_row_larger_than_the_target_is_a_group_alone() -> None:
    all_rows = mention_rows()[:5]
    groups = list(row_groups("mentions", all_rows, target_bytes=1))
    assert [g.num_rows for g in groups] == [1, 1, 1, 1, 1]


def test_page_indexes_are_written(tmp_path: Path) -> None:
    write_parquet(tmp_path / "m.parquet", "mentions", mention_rows())
    metadata = pq.ParquetFile(tmp_path / "m.parquet").metadata
    columns = [metadata.row_group(0).column(i) for i in range(metadata.num_columns)]
    assert all(c.has_offset_index and c.has_column_index for c in columns)
    assert largest_row_group(tmp_path / "m.parquet")[1] == metadata.num_rows
    assert ROW_GROUP_BYTES < VIEWER_MAX_ROW_GROUP_BYTES


def test_spilled_row_groups_write_the_same_bytes(tmp_path: Path) -> None:
    """A sink whose gathered row group waits in a spill file writes the file an in-memory sink writes."""
    all_rows = mention_rows()
    target = to_table("mentions", all_rows).nbytes // 3
    in_memory = write_parquet(tmp_path / "a.parquet", "mentions", all_rows, target_bytes=target)
    with ParquetSink(tmp_path / "b.parquet", "mentions", target, spill=tmp_path / "spill.arrow") as sink:
        for row in all_rows:
            sink.add([row])
        spilled = sink.close()
    assert spilled == in_memory
    assert pq.ParquetFile(tmp_path / "b.parquet").metadata.num_row_groups >= 3
    assert not (tmp_path / "spill.arrow").exists()
