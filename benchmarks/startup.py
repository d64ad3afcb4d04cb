"""Start-up cost of `natopress validate FILE` (one release: the pre-commit and CI case) against
`check-jsonschema --schemafile schema/release.schema.json FILE` on the same file, in one run (issue 11).

Run: `.venv/bin/python benchmarks/startup.py [--runs 9] [FILE]` (check-jsonschema comes with
`pip install -e '.[bench]'`). Each command runs in a fresh process, alternately, run after run, so a slow
moment of the machine hits both; wall time is measured around the process. `python -c pass` (the
interpreter alone) runs in the same rotation as the floor. Prints the medians, the ratio (median of the
per-run ratios) and whether the goals hold: at most 0.3 s wall and at most 0.5x check-jsonschema.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
SCHEMA = REPO / "schema" / "release.schema.json"
DEFAULT_FILE = REPO / "annotations" / "2021-07-01-fr-news-185631.json"
# Without PYTHONDONTWRITEBYTECODE, so that the untimed warm-up run writes the byte-code both commands then
# load (a user's installed package has it; recompiling every module on each run is not the start-up cost).
ENV = {
    **{name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"},
    "HF_HUB_OFFLINE": "1",
    "HF_DATASETS_OFFLINE": "1",
}
GOAL_SECONDS, GOAL_RATIO = 0.3, 0.5


def timed(command: list[str], cwd: Path) -> tuple[float, float]:
    """Seconds of wall time and of CPU time (user + system, from `os.wait4`) of `command` in a fresh process.

    CPU time barely moves when other jobs load the machine; wall time is what a user waits."""
    start = time.perf_counter()
    process = subprocess.Popen(
        command, cwd=cwd, env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    _, _, usage = os.wait4(process.pid, 0)
    process.returncode = 0  # reaped by wait4
    return time.perf_counter() - start, usage.ru_utime + usage.ru_stime


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", nargs="?", type=Path, default=DEFAULT_FILE, help="a release .json")
    parser.add_argument("--runs", type=int, default=9, help="runs of each command (median; at least 7)")
    args = parser.parse_args()
    file = args.file.resolve()
    commands = {
        "python -c pass": [sys.executable, "-c", "pass"],
        "natopress validate FILE": [str(BIN / "natopress"), "validate", str(file)],
        "check-jsonschema": [str(BIN / "check-jsonschema"), "--schemafile", str(SCHEMA), str(file)],
    }
    for name, command in commands.items():  # warm the file cache and the byte-code once, untimed
        subprocess.run(command, cwd=REPO, env=ENV, capture_output=True, check=False)
        if name == "natopress validate FILE":
            first = subprocess.run(command, cwd=REPO, env=ENV, capture_output=True, text=True, check=False)
            print(f"natopress validate exit {first.returncode}: {first.stderr.strip().splitlines()[-1:]}")
    walls: dict[str, list[float]] = {name: [] for name in commands}
    cpus: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(args.runs):
        for name, command in commands.items():
            wall, cpu = timed(command, REPO)
            walls[name].append(wall)
            cpus[name].append(cpu)
    print(
        f"{file.name}, {args.runs} alternating runs, {os.cpu_count()} cores, Python {sys.version.split()[0]}"
    )
    for name in commands:
        w, c = walls[name], cpus[name]
        print(
            f"  {name:<24} wall median {statistics.median(w):.3f} s (min {min(w):.3f}, max {max(w):.3f}); "
            f"CPU median {statistics.median(c):.3f} s"
        )
    mine, peer = "natopress validate FILE", "check-jsonschema"
    wall_ratio = statistics.median(n / c for n, c in zip(walls[mine], walls[peer], strict=True))
    cpu_ratio = statistics.median(n / c for n, c in zip(cpus[mine], cpus[peer], strict=True))
    print(
        f"  natopress / check-jsonschema: wall {wall_ratio:.2f}, CPU {cpu_ratio:.2f} (medians of per-run ratios)"
    )
    median_wall = statistics.median(walls[mine])
    print(
        f"  goals: <= {GOAL_SECONDS} s wall: {'met' if median_wall <= GOAL_SECONDS else 'NOT met'}; "
        f"<= {GOAL_RATIO}x check-jsonschema (wall): {'met' if wall_ratio <= GOAL_RATIO else 'NOT met'}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
