"""Build and load speed: the corpus copied N times (default 500 releases), built to Parquet, then loaded.

Run: `HF_HUB_OFFLINE=1 HF_DATASETS_OFFLINE=1 .venv/bin/python benchmarks/build_speed.py [N]`.
Target: 1,000 releases build (without validation) in under 60 s and load every config in under 10 s.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

os.environ["HF_HUB_OFFLINE"] = os.environ["HF_DATASETS_OFFLINE"] = "1"

import datasets

from natopress.build import build
from natopress.corpus import Corpus
from natopress.features import CONFIG_NAMES
from natopress.paths import ANNOTATIONS_DIR, REGISTRY_FILENAME


def replicate(source: Path, target: Path, releases: int) -> None:
    """`target` holds `releases` releases: copies of the corpus's, renamed `<id>-copyK`."""
    ids = Corpus(source).release_ids()
    shutil.copyfile(source / REGISTRY_FILENAME, target / REGISTRY_FILENAME)
    for n in range(releases):
        release_id = ids[n % len(ids)]
        new_id = release_id if n < len(ids) else f"{release_id}-copy{n}"
        data = json.loads((source / f"{release_id}.json").read_text("utf-8"))
        data["id"] = new_id
        (target / f"{new_id}.json").write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", "utf-8")
        shutil.copyfile(source / f"{release_id}.txt", target / f"{new_id}.txt")


def main() -> None:
    releases = int(sys.argv[1]) if len(sys.argv) > 1 else 500
    datasets.disable_progress_bars()
    with tempfile.TemporaryDirectory() as tmp:
        corpus, out = Path(tmp) / "corpus", Path(tmp) / "dataset"
        corpus.mkdir()
        replicate(ANNOTATIONS_DIR, corpus, releases)
        start = time.perf_counter()
        result = build(corpus, out)
        built = time.perf_counter() - start
        start = time.perf_counter()
        for config in CONFIG_NAMES:
            datasets.load_dataset(str(out), config, split="train", cache_dir=str(Path(tmp) / "cache"))
        loaded = time.perf_counter() - start
    print(f"{releases} releases: build {built:.2f} s, load all configs {loaded:.2f} s")
    print("rows: " + ", ".join(f"{c} {n}" for c, n in result.row_counts.items()))


if __name__ == "__main__":
    main()
