"""Build throughput (issue 16: 10,000 releases in at most 40 s and 500 MB on 2 cores, same bytes out), beside
writing the same rows with pyarrow alone, measured in the same run.

Run: `.venv/bin/python benchmarks/build_bench.py [--n 10000] [--before SRC]`

Writes a synthetic corpus (benchmarks/synth.py), then runs in separate processes: `natopress build` (which
validates first), the same build with only the row writing (`--no-validate`: `write_dataset`), and the
peer, which reads the built Parquet files back into Python rows and times only `pa.Table.from_pylist` +
`pq.write_table` with the build's options and row-group size. With `--before SRC` (a `src/` folder of an
older natopress, e.g. from `git archive`), the build also runs with that code first, and the sha256 of
every data file of both builds is compared (same bytes out). Wall time in seconds and peak resident memory
in MB and CPU seconds, user + system, of the whole tree (`os.wait4`: on a shared machine CPU time moves far
less with the load than wall time); the load average is printed first and last.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from synth import synthesise

ENV = {**os.environ, "HF_HUB_OFFLINE": "1", "HF_DATASETS_OFFLINE": "1", "PYTHONDONTWRITEBYTECODE": "1"}
WRITE_ONLY = """
import sys
from pathlib import Path
from natopress.build.builder import build
build(Path(sys.argv[1]), Path(sys.argv[2]))
"""
PEER = """
import sys, time
from pathlib import Path
import pyarrow as pa, pyarrow.parquet as pq
from natopress.build.parquet import PARQUET_OPTIONS
tables = {p: pq.read_table(p) for p in sorted(Path(sys.argv[1]).glob("data/*/*.parquet"))}
rows = {p: (t.schema, t.to_pylist()) for p, t in tables.items()}
del tables
start = time.perf_counter()
for number, (path, (schema, table_rows)) in enumerate(rows.items()):
    table = pa.Table.from_pylist(table_rows, schema=schema)
    pq.write_table(table, Path(sys.argv[2]) / f"{number}.parquet", row_group_size=10_000,
                   **PARQUET_OPTIONS)
print(time.perf_counter() - start)
"""


def measure(command: list[str], env: dict[str, str]) -> tuple[float, float, float, str]:
    """Wall seconds, CPU seconds (user + system, the process and the children it waited for), peak
    resident MB (the largest process of the tree) of `command`, from os.wait4, and its stdout; exits when
    it fails."""
    with tempfile.TemporaryFile("w+") as errors:
        start = time.perf_counter()
        process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=errors, text=True)
        assert process.stdout is not None
        out = process.stdout.read()
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - start
        if os.waitstatus_to_exitcode(status):
            errors.seek(0)
            raise SystemExit(f"{' '.join(command)} failed:\n{errors.read()}")
    return seconds, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, out


def data_hashes(folder: Path, pattern: str = "data/*/*.parquet") -> dict[str, str]:
    """sha256 of every Parquet file of a build (with `pattern` "**/*": of every file)."""
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.glob(pattern))
        if p.is_file()
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=10_000)
    parser.add_argument("--before", type=Path, help="src/ folder of the natopress to compare with")
    args = parser.parse_args()
    print("load average (1, 5, 15 min):", " ".join(f"{x:.2f}" for x in os.getloadavg()), flush=True)
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        synthesise(args.n, work / "corpus")
        python = sys.executable
        builds = {}
        if args.before is not None:
            env = {**ENV, "PYTHONPATH": str(args.before.resolve())}
            builds["before"] = (env, work / "before")
        builds["now"] = (ENV, work / "now")
        print(f"{'run':<28} {'wall s':>8} {'CPU s':>8} {'peak MB':>8}", flush=True)
        for name, (env, out) in builds.items():
            cli = [python, "-m", "natopress.cli", "build", "--root", str(work / "corpus"), "--out", str(out)]
            seconds, cpu, peak, _ = measure(cli, env)
            print(
                f"{'natopress build (' + name + ')':<28} {seconds:>8.1f} {cpu:>8.1f} {peak:>8.0f}", flush=True
            )
            seconds, cpu, peak, _ = measure([python, "-c", WRITE_ONLY, str(work / "corpus"), str(out)], env)
            print(f"{'  without validation':<28} {seconds:>8.1f} {cpu:>8.1f} {peak:>8.0f}", flush=True)
        (work / "peer").mkdir()
        seconds, cpu, peak, out = measure([python, "-c", PEER, str(work / "now"), str(work / "peer")], ENV)
        print(
            f"{'pyarrow alone (writing)':<28} {float(out):>8.1f} {'':>8} {peak:>8.0f}"
            f"  (process {seconds:.1f} s wall, {cpu:.1f} s CPU)"
        )
        if args.before is not None:
            same = data_hashes(work / "before") == data_hashes(work / "now")
            print(f"same Parquet bytes before and now: {same}")
            same = data_hashes(work / "before", "**/*") == data_hashes(work / "now", "**/*")
            print(f"same bytes in every file of the build (card, manifest, Croissant too): {same}")
    print("load average (1, 5, 15 min):", " ".join(f"{x:.2f}" for x in os.getloadavg()))


if __name__ == "__main__":
    main()
