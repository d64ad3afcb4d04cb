"""The build's Parquet files: row groups sized by bytes (the Hub's viewer refuses large ones), page indexes.

The Hugging Face dataset viewer refuses a Parquet row group whose uncompressed size is over about 286 MiB
(its `max_row_group_byte_size_for_copy` setting, 300,000,000 bytes); a row count cannot bound that because
release rows grow with their text. Row groups are therefore cut at ROW_GROUP_BYTES of Arrow data, well under
that limit, whatever the length of the releases.
"""

from __future__ import annotations

import hashlib
import itertools
import math
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import datasets
import pyarrow as pa
import pyarrow.parquet as pq

from natopress.build.features import features

VIEWER_MAX_ROW_GROUP_BYTES = 300_000_000
"""The Hub viewer's limit on one row group's uncompressed bytes (about 286 MiB)."""
ROW_GROUP_BYTES = 64 * 1024 * 1024
"""Target Arrow bytes per row group (64 MiB): under the viewer's limit with a wide margin, and what the build
holds in memory at a time."""
ENCODE_ROWS = 1_000
"""Python rows encoded at a time: rows as Python objects take far more memory than the same rows in Arrow."""
PARQUET_OPTIONS: dict[str, Any] = {"compression": "zstd", "write_statistics": True, "write_page_index": True}


@dataclass(frozen=True)
class ParquetFacts:
    """One written config file: its rows, its Arrow bytes (`num_bytes` of the card's split) and its sha256."""

    num_examples: int
    num_bytes: int
    sha256: str


def to_table(config: str, config_rows: list[dict[str, Any]]) -> pa.Table:
    """The Arrow table of `config`, encoded with its declared features (class labels as integers).

    The same table `datasets.Dataset.from_dict(columns, features=...)` gives (schema, `huggingface`
    metadata and values: tests/unit/test_build_throughput.py), built by pyarrow directly: the declared features
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
    table: pa.Table = pa.Table.from_pydict(columns, schema=declared.arrow_schema)
    return table


def _pieces(table: pa.Table, target_bytes: int) -> list[pa.Table]:
    """`table` cut into slices of at most `target_bytes` each (a single row larger than that stays alone):
    first by its mean row size, then any slice still too large in halves."""
    if table.num_rows <= 1 or table.nbytes <= target_bytes:
        return [table]
    step = max(1, min(table.num_rows // 2, target_bytes // math.ceil(table.nbytes / table.num_rows)))
    pieces = [table.slice(start, step) for start in range(0, table.num_rows, step)]
    return [small for piece in pieces for small in _pieces(piece, target_bytes)]


def row_groups(
    config: str, config_rows: Iterable[dict[str, Any]], target_bytes: int = ROW_GROUP_BYTES
) -> Iterator[pa.Table]:
    """The rows as Arrow tables of at most about `target_bytes` each (one row over it stays alone)."""
    rows_iter = iter(config_rows)
    pending: list[pa.Table] = []
    pending_bytes = 0
    while batch := list(itertools.islice(rows_iter, ENCODE_ROWS)):
        for piece in _pieces(to_table(config, batch), target_bytes):
            if pending and pending_bytes + piece.nbytes > target_bytes:
                yield pa.concat_tables(pending).combine_chunks()
                pending, pending_bytes = [], 0
            pending.append(piece)
            pending_bytes += piece.nbytes
    if pending:
        yield pa.concat_tables(pending).combine_chunks()


def write_parquet(
    path: Path, config: str, config_rows: Iterable[dict[str, Any]], target_bytes: int = ROW_GROUP_BYTES
) -> ParquetFacts:
    """Writes `config_rows` to `path`, one row group per table of `row_groups`.

    A config without rows still gets a file (no row group, the declared schema), so that it loads as an
    empty split with its features.
    """
    count, num_bytes, writer = 0, 0, None
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        for table in row_groups(config, config_rows, target_bytes):
            if writer is None:
                writer = pq.ParquetWriter(path, table.schema, **PARQUET_OPTIONS)
            writer.write_table(table, row_group_size=max(1, table.num_rows))
            count += table.num_rows
            num_bytes += table.nbytes
        if writer is None:
            writer = pq.ParquetWriter(path, to_table(config, []).schema, **PARQUET_OPTIONS)
    finally:
        if writer is not None:
            writer.close()
    return ParquetFacts(count, num_bytes, hashlib.sha256(path.read_bytes()).hexdigest())


def content_named(path: Path, sha256: str) -> Path:
    """Renames `path` (`train.parquet`) to `train-<first 16 hex digits of its sha256>.parquet`.

    A name that changes with the bytes is what makes `datasets`' cache key change with the content: a
    rebuild into the same folder, or another build in a folder of the same name, never loads stale rows.
    """
    named = path.with_name(f"{path.stem}-{sha256[:16]}{path.suffix}")
    os.replace(path, named)
    return named


def largest_row_group(path: Path) -> tuple[int, int]:
    """(uncompressed bytes, rows) of the largest row group of a Parquet file; (0, 0) when it has none."""
    metadata = pq.ParquetFile(path).metadata
    groups = [metadata.row_group(i) for i in range(metadata.num_row_groups)]
    return max(((g.total_byte_size, g.num_rows) for g in groups), default=(0, 0))
