"""The build's Parquet files: row groups sized by bytes (the Hub's viewer refuses large ones), page indexes.

The Hugging Face dataset viewer refuses a Parquet row group whose uncompressed size is over about 286 MiB
(its `max_row_group_byte_size_for_copy` setting, 300,000,000 bytes); a row count cannot bound that because
release rows grow with their text. Row groups are therefore cut at ROW_GROUP_BYTES of Arrow data, well under
that limit, whatever the length of the releases.
"""

from __future__ import annotations

import hashlib
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


class _Held:
    """The pieces of the row group being gathered: in memory, or, when `spill` names a file, in that Arrow IPC
    file until the group is complete (a build feeding every config at once then holds one group at a time)."""

    def __init__(self, spill: Path | None) -> None:
        self.spill = spill
        self.nbytes = 0
        self.count = 0
        self._pieces: list[pa.Table] = []
        self._writer: pa.ipc.RecordBatchFileWriter | None = None

    def add(self, piece: pa.Table) -> None:
        self.count += 1
        self.nbytes += piece.nbytes
        if self.spill is None:
            self._pieces.append(piece)
            return
        if self._writer is None:
            self._writer = pa.ipc.new_file(str(self.spill), piece.schema)
        self._writer.write_table(piece)

    def take(self) -> pa.Table:
        """The pieces as one table (contiguous columns); empties the holder."""
        if self._writer is not None:
            self.close()
            assert self.spill is not None
            with pa.OSFile(str(self.spill), "rb") as file:
                self._pieces = [pa.ipc.open_file(file).read_all()]
            self.spill.unlink()
        pieces, self._pieces, self.nbytes, self.count = self._pieces, [], 0, 0
        return pa.concat_tables(pieces).combine_chunks()

    def close(self) -> None:
        """Closes the spill file, if one is open (its content stays until `take`)."""
        if self._writer is not None:
            self._writer.close()
            self._writer = None


class RowGroups:
    """Rows pushed in, row groups out: the rows encoded ENCODE_ROWS at a time, gathered into Arrow tables of
    at most about `target_bytes` each (one row over it stays alone).

    The push side of `row_groups`, so that one pass over the corpus can feed every config at once (issue 16);
    the groups, hence the Parquet bytes, depend only on the sequence of rows, however they are pushed. With
    `spill`, a file name, the group being gathered waits in that file (Arrow IPC) rather than in memory.
    """

    def __init__(self, config: str, target_bytes: int = ROW_GROUP_BYTES, spill: Path | None = None) -> None:
        self.config = config
        self.target_bytes = target_bytes
        self._batch: list[dict[str, Any]] = []
        self._held = _Held(spill)

    def push(self, config_rows: Iterable[dict[str, Any]]) -> Iterator[pa.Table]:
        """Takes more rows; yields each row group they complete."""
        for row in config_rows:
            self._batch.append(row)
            if len(self._batch) == ENCODE_ROWS:
                yield from self._encode()

    def finish(self) -> Iterator[pa.Table]:
        """Yields the last row groups (the rows pushed since the last complete one)."""
        if self._batch:
            yield from self._encode()
        if self._held.count:
            yield self._held.take()

    def close(self) -> None:
        """Closes the spill file, if one is open (after an error: nothing more is pushed)."""
        self._held.close()

    def _encode(self) -> Iterator[pa.Table]:
        table, self._batch = to_table(self.config, self._batch), []
        for piece in _pieces(table, self.target_bytes):
            if self._held.count and self._held.nbytes + piece.nbytes > self.target_bytes:
                yield self._held.take()
            self._held.add(piece)


def row_groups(
    config: str, config_rows: Iterable[dict[str, Any]], target_bytes: int = ROW_GROUP_BYTES
) -> Iterator[pa.Table]:
    """The rows as Arrow tables of at most about `target_bytes` each (one row over it stays alone)."""
    groups = RowGroups(config, target_bytes)
    yield from groups.push(config_rows)
    yield from groups.finish()


class ParquetSink:
    """One config's Parquet file written row group by row group as its rows arrive (`add`), finished by
    `close`; several sinks take the rows of one pass over the corpus, each with a `spill` file for the row
    group it gathers (see `RowGroups`). Use as a context manager: the file is closed when an error
    interrupts the writing."""

    def __init__(
        self, path: Path, config: str, target_bytes: int = ROW_GROUP_BYTES, spill: Path | None = None
    ) -> None:
        self.path = path
        self.config = config
        self._groups = RowGroups(config, target_bytes, spill)
        self._writer: pq.ParquetWriter | None = None
        self._count = 0
        self._bytes = 0
        path.parent.mkdir(parents=True, exist_ok=True)

    def __enter__(self) -> ParquetSink:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._groups.close()
        if self._writer is not None:
            self._writer.close()
            self._writer = None

    def add(self, config_rows: Iterable[dict[str, Any]]) -> None:
        """Writes the row groups that `config_rows` complete."""
        for table in self._groups.push(config_rows):
            self._write(table)

    def close(self) -> ParquetFacts:
        """Writes the last row groups and closes the file; returns its facts.

        A config without rows still gets a file (no row group, the declared schema), so that it loads as
        an empty split with its features.
        """
        for table in self._groups.finish():
            self._write(table)
        if self._writer is None:
            self._writer = pq.ParquetWriter(self.path, to_table(self.config, []).schema, **PARQUET_OPTIONS)
        self.__exit__()
        with self.path.open("rb") as file:
            digest = hashlib.file_digest(file, "sha256").hexdigest()
        return ParquetFacts(self._count, self._bytes, digest)

    def _write(self, table: pa.Table) -> None:
        if self._writer is None:
            self._writer = pq.ParquetWriter(self.path, table.schema, **PARQUET_OPTIONS)
        self._writer.write_table(table, row_group_size=max(1, table.num_rows))
        self._count += table.num_rows
        self._bytes += table.nbytes


def write_parquet(
    path: Path, config: str, config_rows: Iterable[dict[str, Any]], target_bytes: int = ROW_GROUP_BYTES
) -> ParquetFacts:
    """Writes `config_rows` to `path`, one row group per table of `row_groups` (see `ParquetSink.close`)."""
    with ParquetSink(path, config, target_bytes) as sink:
        sink.add(config_rows)
        return sink.close()


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
