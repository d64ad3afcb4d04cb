"""Drafting time against the text's length (issue 16: it must grow linearly, not with the square of the
quote candidates), beside a linear peer measured in the same run.

Run: `.venv/bin/python benchmarks/draft_bench.py [--lines 2000 20000] [--reps 3]`

Each text is a NATO-style release (title, date line, then LINES body paragraphs cycling through five French
ways of reporting speech: apposition and indirect speech, direct quotation with a cue after it, a cue
before it, a pronoun, `Selon …`), drafted with the repository's registry, so every paragraph is a quote
candidate with a speaker to resolve. The peer is drafting's own first step over the same text, the
segmenter (`natopress.draft.segmenter.segment`, linear): the ratio drafting/peer must stay flat as LINES
grows.
Times are medians of `--reps` runs, in seconds; `uptime` is printed first (the machine is shared).
"""

from __future__ import annotations

import argparse
import os
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from natopress.draft.ingest import draft_release
from natopress.draft.segmenter import segment
from natopress.model import Registry

REPO = Path(__file__).resolve().parent.parent
FORMS = (
    "Le secrétaire général de l’OTAN, Jens Stoltenberg, a déclaré que les Alliés resteraient unis ({i}).",
    "« Nous sommes prêts ({i}) », a déclaré M. Stoltenberg.",
    "Le secrétaire général a ajouté : « L’OTAN est forte ({i}). »",
    "Il a rappelé que l’Alliance défend chaque pouce du territoire ({i}).",
    "Selon le secrétaire général, « la dissuasion fonctionne ({i}) ».",
)


def release_text(lines: int) -> str:
    """A release of `lines` body paragraphs, each reporting speech, with a final newline."""
    head = ["Le secrétaire général de l’OTAN rencontre les ministres", "", "01 juil. 2021", ""]
    body = [FORMS[i % len(FORMS)].format(i=i) for i in range(lines)]
    return "\n".join(head + body) + "\n"


def median_seconds(function: Callable[[], object], reps: int) -> float:
    """The median wall time of `reps` calls, in seconds."""
    times = []
    for _ in range(reps):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lines", type=int, nargs="+", default=[2000, 20000])
    parser.add_argument("--reps", type=int, default=3)
    args = parser.parse_args()
    print("load average (1, 5, 15 min):", " ".join(f"{x:.2f}" for x in os.getloadavg()))
    registry = Registry.model_validate_json((REPO / "annotations" / "registry.json").read_bytes())
    print(f"{'lines':>7} {'quotes':>7} {'draft s':>9} {'peer s':>8} {'draft/peer':>11} {'ms/line':>8}")
    for lines in args.lines:
        text = release_text(lines)
        release = draft_release(text, registry=registry)
        drafting = median_seconds(lambda t=text: draft_release(t, registry=registry), args.reps)
        peer = median_seconds(lambda t=text: segment(t), args.reps)
        print(
            f"{lines:>7} {len(release.quotes):>7} {drafting:>9.3f} {peer:>8.3f} {drafting / peer:>11.1f} "
            f"{1000 * drafting / lines:>8.3f}"
        )


if __name__ == "__main__":
    main()
