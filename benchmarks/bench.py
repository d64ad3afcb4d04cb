"""Validation, build and load speed on synthetic corpora (benchmarks/synth.py), side by side with what a
user would otherwise run; the figures and targets are in benchmarks/README.md.

Run: `.venv/bin/python benchmarks/bench.py [--n 100 1000 10000] [--reps 3] [--json results.json]`
(check-jsonschema comes with `pip install -e '.[bench]'`). Each tool runs in its own process; wall time
is measured around it and peak memory is its maximum resident set (`os.wait4`: the largest process of the
tree, worker processes included). The validators and plain parsing run alternately, repetition after
repetition, so a slow moment of the machine hits them all; ratios are medians of per-repetition ratios.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
BIN = Path(sys.executable).parent
SCHEMA = REPO / "schema" / "release.schema.json"
ENV = {**os.environ, "HF_HUB_OFFLINE": "1", "HF_DATASETS_OFFLINE": "1", "PYTHONDONTWRITEBYTECODE": "1"}

PARSE = """
import sys, pathlib, orjson
for path in sorted(pathlib.Path(sys.argv[1]).glob("*.json")):
    orjson.loads(path.read_bytes())
"""
LOAD = """
import json, sys, time
import datasets
datasets.disable_progress_bars()
from natopress.build.features import CONFIG_NAMES
times = {}
for config in CONFIG_NAMES:
    start = time.perf_counter()
    datasets.load_dataset(sys.argv[1], config, split="train", cache_dir=sys.argv[2])
    times[config] = time.perf_counter() - start
print(json.dumps(times))
"""


@dataclass(frozen=True)
class Run:
    """One process: wall seconds, peak resident memory in MB, exit status and standard output."""

    seconds: float
    peak_mb: float
    status: int
    out: str


def measure(command: list[str], cwd: Path | None = None) -> Run:
    """Runs `command`, timing it and reading its peak memory from os.wait4."""
    start = time.perf_counter()
    process = subprocess.Popen(
        command, cwd=cwd, env=ENV, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    )
    assert process.stdout is not None
    out = process.stdout.read()
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    return Run(seconds, usage.ru_maxrss / 1024, process.returncode, out)


def synthesise(n: int, folder: Path) -> float:
    """Writes the corpus of n releases; returns the seconds it took."""
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, str(HERE / "synth.py"), "--n", str(n), "--out", str(folder)],
        check=True,
        env=ENV,
        stdout=subprocess.DEVNULL,
    )
    return time.perf_counter() - start


def commands(corpus: Path) -> dict[str, tuple[list[str], Path | None]]:
    """The alternated commands: name -> (argv, working folder)."""
    files = sorted(p.name for p in corpus.glob("*.json") if p.name != "registry.json")
    checker = shutil.which("check-jsonschema", path=str(BIN)) or shutil.which("check-jsonschema")
    found: dict[str, tuple[list[str], Path | None]] = {
        "validate": ([str(BIN / "natopress"), "validate", "--root", str(corpus)], None),
        "validate --jobs 1": (
            [str(BIN / "natopress"), "validate", "--jobs", "1", "--root", str(corpus)],
            None,
        ),
        "plain orjson parse": ([sys.executable, "-c", PARSE, str(corpus)], None),
    }
    if checker:
        # Relative names, from the corpus folder: 10,000 absolute paths would make a very long command.
        found["check-jsonschema"] = ([checker, "--schemafile", str(SCHEMA), *files], corpus)
    else:
        print("check-jsonschema not found: pip install -e '.[bench]'", file=sys.stderr)
    return found


def alternate(corpus: Path, reps: int) -> dict[str, list[Run]]:
    """Every command `reps` times, in turn; a failing run (non-zero exit) stops the benchmark."""
    runs: dict[str, list[Run]] = {}
    for _ in range(reps):
        for name, (command, cwd) in commands(corpus).items():
            run = measure(command, cwd)
            if run.status != 0:
                raise SystemExit(f"{name} failed on {corpus} (exit {run.status})")
            runs.setdefault(name, []).append(run)
    return runs


def ratio(runs: dict[str, list[Run]], top: str, bottom: str) -> float | None:
    """The median of per-repetition ratios top / bottom."""
    if top not in runs or bottom not in runs:
        return None
    return statistics.median(a.seconds / b.seconds for a, b in zip(runs[top], runs[bottom], strict=True))


def one_release(corpus: Path, reps: int = 5) -> float:
    """Median wall time of `natopress validate` on one release of the corpus (the pre-commit case)."""
    first = min(p for p in corpus.glob("*.json") if p.name != "registry.json")
    command = [str(BIN / "natopress"), "validate", "--root", str(corpus), str(first)]
    return statistics.median(measure(command).seconds for _ in range(reps))


def build_and_load(corpus: Path, work: Path) -> dict[str, Any]:
    """`natopress build`, then load_dataset of every config: first (fresh cache) and cached."""
    out, cache = work / "dataset", work / "cache"
    build = measure([str(BIN / "natopress"), "build", "--root", str(corpus), "--out", str(out)])
    if build.status != 0:
        raise SystemExit(f"natopress build failed on {corpus}")
    result: dict[str, Any] = {"build": build}
    for label in ("load first", "load cached"):
        run = measure([sys.executable, "-c", LOAD, str(out), str(cache)])
        if run.status != 0:
            raise SystemExit(f"load_dataset failed on {out}")
        result[label] = run
        result[f"{label} in-process"] = sum(json.loads(run.out).values())
    return result


def _row(name: str, runs: list[Run], n: int) -> str:
    seconds = statistics.median(r.seconds for r in runs)
    peak = max(r.peak_mb for r in runs)
    return f"  {name:<22} {seconds:8.2f} s {peak:8.0f} MB {seconds / n * 1e6:9.0f} µs/release"


def bench(n: int, reps: int, work: Path, build: bool) -> dict[str, Any]:
    """Every measurement for a corpus of n releases; prints them as it goes."""
    corpus = work / "corpus"
    made = synthesise(n, corpus)
    size = sum(p.stat().st_size for p in corpus.iterdir()) / 1e6
    print(f"N = {n:,} releases ({size:.0f} MB with sources; written in {made:.1f} s)", flush=True)
    runs = alternate(corpus, reps)
    for name, name_runs in runs.items():
        print(_row(name, name_runs, n), flush=True)
    report: dict[str, Any] = {"n": n, "reps": reps}
    report["runs"] = {k: [(r.seconds, r.peak_mb) for r in v] for k, v in runs.items()}
    for top in ("validate", "validate --jobs 1"):
        for bottom in ("check-jsonschema", "plain orjson parse"):
            value = ratio(runs, top, bottom)
            if value is not None:
                report[f"{top} / {bottom}"] = value
                print(f"  ratio {top} / {bottom}: {value:.2f}", flush=True)
    report["one release"] = one_release(corpus)
    print(f"  validate one release: {report['one release']:.2f} s", flush=True)
    if build:
        built = build_and_load(corpus, work)
        for label in ("build", "load first", "load cached"):
            run = built[label]
            extra = f" ({built[label + ' in-process']:.2f} s in load_dataset)" if label != "build" else ""
            print(f"  {label:<22} {run.seconds:8.2f} s {run.peak_mb:8.0f} MB{extra}", flush=True)
            report[label] = (run.seconds, run.peak_mb)
            if label != "build":
                report[label + " in-process"] = built[label + " in-process"]
    return report


def linear_fit(reports: list[dict[str, Any]], name: str) -> str | None:
    """`name`'s median time fitted as a + b·N over the corpus sizes, with the largest relative residual."""
    points = [
        (r["n"], statistics.median(s for s, _ in r["runs"][name]) if name in r["runs"] else r[name][0])
        for r in reports
        if name in r["runs"] or name in r
    ]
    if len(points) < 3:
        return None
    slope, intercept = statistics.linear_regression([n for n, _ in points], [t for _, t in points])
    worst = max(abs(intercept + slope * n - t) / t for n, t in points)
    return f"  {name:<22} {intercept:.2f} s + {slope * 1e6:.0f} µs × N (largest residual {worst:.0%})"


def main() -> None:
    """Command line: --n, --reps, --no-build, --json, --keep."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, nargs="+", default=[100, 1000, 10_000], help="corpus sizes")
    parser.add_argument("--reps", type=int, default=3, help="alternated repetitions (default 3)")
    parser.add_argument("--no-build", action="store_true", help="skip natopress build and load_dataset")
    parser.add_argument("--json", type=Path, help="also write the figures to this JSON file")
    parser.add_argument(
        "--keep", type=Path, help="work in this folder and keep it (default: a temporary one)"
    )
    args = parser.parse_args()
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} cores; medians of {args.reps} alternated runs")
    reports = []
    with tempfile.TemporaryDirectory(prefix="natopress-bench-") as tmp:
        base = args.keep or Path(tmp)
        for n in args.n:
            work = base / f"n{n}"
            shutil.rmtree(work, ignore_errors=True)
            reports.append(bench(n, args.reps, work, not args.no_build))
            if args.keep is None:
                shutil.rmtree(work, ignore_errors=True)
    fits = [fit for name in ("validate", "validate --jobs 1", "build") if (fit := linear_fit(reports, name))]
    if fits:
        print("time against N (least squares):", *fits, sep="\n")
    if args.json:
        args.json.write_text(json.dumps(reports, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
