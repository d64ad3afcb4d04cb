"""Batch drafting speed: N releases of seed size drafted in one run, the NLP pipeline's load included.

Run: `.venv/bin/python benchmarks/ingest_batch.py [--n 1000] [--no-ingest]`. Goal (issue 14): 1,000
releases in under 2 minutes on 2 cores. Each figure comes from a fresh process, in the same run:
- `draft`: `draft_release` on every text (spaCy load, proposals, quotes, mentions; no disk writes);
- `spacy`: the peer, the French pipeline alone (`nlp.pipe`) over the same texts, load included: the share
  of the drafting time the model takes;
- `ingest`: `natopress ingest DIR --root CORPUS` end to end (copies and atomic writes as well).
Release k is seed `k % 2` from annotations/ with `k` put before its first line and a line `Ref. k` appended,
so no two texts (or ids) are equal.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "annotations").glob("*.txt"))
PYTHON = sys.executable

DRAFT = """
import sys
from pathlib import Path
from natopress.draft.ingest import draft_release
for path in sorted(Path(sys.argv[1]).glob("*.txt")):
    draft_release(path.read_text("utf-8"), release_id="x-" + path.stem)
"""
SPACY = """
import sys
from pathlib import Path
from natopress.draft.pipeline import name_finder
finder = name_finder("fr")
texts = [p.read_text("utf-8") for p in sorted(Path(sys.argv[1]).glob("*.txt"))]
for text in texts:
    finder.find(text, [(0, len(text))])
"""


def _texts(folder: Path, n: int) -> None:
    """N texts of seed size in `folder`."""
    seeds = [p.read_text("utf-8") for p in SEEDS]
    for k in range(n):
        first, rest = seeds[k % len(seeds)].split("\n", 1)  # a number in the title: an id of its own
        (folder / f"r{k:06d}.txt").write_text(f"{k} {first}\n{rest}\nRef. {k}\n", "utf-8")


def _timed(command: list[str]) -> float:
    """Wall-clock seconds of `command` in a fresh process; exits when it fails."""
    start = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - start
    if done.returncode != 0:
        sys.exit(f"{command[:3]} failed ({done.returncode}): {done.stderr[-500:]}")
    return seconds


def main() -> None:
    """Prints the seconds of each measure and the releases per second."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--no-ingest", action="store_true", help="skip the end-to-end ingest")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        texts, corpus = Path(tmp) / "texts", Path(tmp) / "corpus"
        texts.mkdir()
        corpus.mkdir()
        shutil.copyfile(ROOT / "annotations" / "registry.json", corpus / "registry.json")
        _texts(texts, args.n)
        figures = {
            "draft": _timed([PYTHON, "-c", DRAFT, str(texts)]),
            "spacy (peer)": _timed([PYTHON, "-c", SPACY, str(texts)]),
        }
        if not args.no_ingest:
            natopress = str(Path(PYTHON).parent / "natopress")
            figures["ingest"] = _timed([natopress, "ingest", str(texts), "--root", str(corpus)])
    print(f"{args.n} releases of seed size, {os.cpu_count()} cores, fresh process each, model load included")
    for name, seconds in figures.items():
        print(f"{name:<14} {seconds:8.1f} s  {args.n / seconds:8.1f} releases/s")


if __name__ == "__main__":
    main()
