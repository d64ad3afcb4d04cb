"""The largest Parquet row group of a build at 10,000 releases of realistic, non-repeating length, beside
the row groups the build wrote before (a fixed 10,000 rows each), measured on the same rows in the same run.

Run: `.venv/bin/python benchmarks/row_groups.py [--n 10000] [--median-chars 6000] [--seed 0]`.

The corpus is benchmarks/synth.py's (copies of the real releases, every offset shifted), each release then
lengthened by a closing chrome paragraph of words drawn at random from the real texts' vocabulary, so that
text lengths follow a log-normal distribution around `--median-chars` code points (NATO's French news
pages run from about 2,000 to 20,000) and no two texts repeat. The Hub's dataset viewer refuses a row group
whose uncompressed size (Parquet `total_byte_size`) is over 300,000,000 bytes (about 286 MiB).
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import random
import re
import sys
import tempfile
import time
from pathlib import Path

import orjson
import pyarrow.parquet as pq

from natopress.build.builder import build
from natopress.build.parquet import ROW_GROUP_BYTES, VIEWER_MAX_ROW_GROUP_BYTES, largest_row_group
from natopress.corpus import Corpus, read_source
from natopress.paths import ANNOTATIONS_DIR, REGISTRY_FILENAME

HERE = Path(__file__).resolve().parent
OLD_ROW_GROUP_ROWS = 10_000
"""The build's former fixed row group size, the peer."""


def _synth() -> object:
    spec = importlib.util.spec_from_file_location("synth", HERE / "synth.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def lengthen(root: Path, median: int, seed: int) -> list[int]:
    """Appends to each release a chrome paragraph of random words (log-normal total length); returns the
    text lengths in code points."""
    rng = random.Random(seed)
    vocabulary = sorted(
        {
            w
            for i in Corpus(ANNOTATIONS_DIR).release_ids()
            for w in re.findall(r"\w+", read_source(ANNOTATIONS_DIR / f"{i}.txt"))
        }
    )
    lengths = []
    for path in sorted(p for p in root.glob("*.json") if p.name != REGISTRY_FILENAME):
        doc = orjson.loads(path.read_bytes())
        text = read_source(path.with_suffix(".txt"))
        target = int(rng.lognormvariate(0, 0.6) * median)
        words: list[str] = []
        size = len(text)
        while size < target:
            words.append(rng.choice(vocabulary))
            size += len(words[-1]) + 1
        if words:
            filler = " ".join(words)
            start = len(text) + 1  # the text ends with a newline; one more makes a blank line
            text = text + "\n" + filler + "\n"
            doc["segments"].append(
                {
                    "kind": "chrome",
                    "span": {"start": start, "end": start + len(filler), "text": filler},
                    "language": None,
                }
            )
        path.with_suffix(".txt").write_bytes(text.encode("utf-8"))
        doc["metadata"]["text_sha256"] = hashlib.sha256(text.encode("utf-8")).hexdigest()
        path.write_bytes(orjson.dumps(doc, option=orjson.OPT_INDENT_2) + b"\n")
        lengths.append(len(text))
    return lengths


def peer_largest(path: Path, folder: Path) -> tuple[int, int]:
    """The largest row group of the same rows written as before: fixed OLD_ROW_GROUP_ROWS rows a group."""
    table = pq.read_table(path)
    old = folder / "fixed-rows.parquet"
    pq.write_table(table, old, row_group_size=OLD_ROW_GROUP_ROWS, compression="zstd")
    return largest_row_group(old)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=10_000, help="releases (default 10,000)")
    parser.add_argument("--median-chars", type=int, default=6_000, help="median text length, code points")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        _synth().synthesise(args.n, folder / "corpus", seed=args.seed)  # type: ignore[attr-defined]
        lengths = sorted(lengthen(folder / "corpus", args.median_chars, args.seed))
        print(
            f"{len(lengths)} releases; text length (code points) min {lengths[0]}, median "
            f"{lengths[len(lengths) // 2]}, max {lengths[-1]}, total {sum(lengths):,}"
        )
        started = time.perf_counter()
        result = build(folder / "corpus", folder / "dataset")
        print(f"build: {time.perf_counter() - started:.1f} s; target {ROW_GROUP_BYTES:,} bytes a row group")
        print(
            f"{'config':<10} {'rows':>7} {'groups':>6} {'largest group (bytes, rows)':>30} {'peer: fixed 10,000 rows':>30}"
        )
        for config, relative in result.data_files.items():
            path = result.out / relative
            groups = pq.ParquetFile(path).metadata.num_row_groups
            ours, peer = largest_row_group(path), peer_largest(path, folder)
            print(
                f"{config:<10} {result.row_counts[config]:>7} {groups:>6} {ours[0]:>20,} {ours[1]:>9} {peer[0]:>20,} {peer[1]:>9}"
            )
        print(f"viewer limit: {VIEWER_MAX_ROW_GROUP_BYTES:,} bytes (uncompressed) a row group")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
