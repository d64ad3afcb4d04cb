"""Issue 15's closing figures: actions and time to check the fixture draft in `natopress check`, against
editing its JSON by hand.

The browser side is measured: the end-to-end test (tests/cli/test_check_browser.py) drives headless Chromium
through the whole check and records every action a person would make in build/check-e2e/actions.json.
The hand-editing side is estimated from the difference between the draft and the expected annotation
(tests/data/check/): every value to retype, every span whose offsets must be computed by script (README,
"Annotating a release"), the new registry entity, the annotation block, and one validate run. Both sides
are priced with the Keystroke-Level Model (Card, Moran and Newell, "The Psychology of Human-Computer
Interaction", 1983; operator times as in Kieras, "Using the Keystroke-Level Model to Estimate Execution
Times", 2001): K = 0.28 s per key (average typist), P = 1.1 s to point with the mouse, B = 0.1 s per
mouse-button press or release, H = 0.4 s to move a hand between keyboard and mouse, M = 1.2 s of mental
preparation per action. Reading the text against the annotation is the same work on both sides and is
left out of both.

Usage: .venv/bin/python benchmarks/check_actions.py [--no-run]   (--no-run: reuse the last actions.json)
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data" / "check"
RELEASE = "2025-03-12-fr-fixture-check"
ACTIONS = ROOT / "build" / "check-e2e" / "actions.json"
K, P, B, H, M = 0.28, 1.1, 0.1, 0.4, 1.2
SCRIPT_LINE = len('t = open(f).read(); i = t.index("Mme Varga"); print(i, i + len("Mme Varga"))')
"""Characters typed to compute one span's offsets by script (one Python line, as the README advises)."""
DETOUR_FIRST, DETOUR_LAST = "select [52, 56)", "click #findings li.error"
"""The deliberate mistake of the e2e script (select OTAN in the chrome line, n, search, link, save, click
the finding, r): reported apart, since nothing like it is counted on the hand-editing side."""


def browser_seconds(action: str) -> float:
    """KLM time of one recorded browser action (`key a`, `click …`, `select […)`, `type '…' in …`)."""
    kind = action.split(" ", 1)[0]
    if kind == "key":
        return M + K * (2 if "+" in action else 1)
    if kind == "select":
        return M + H + P + B + P + B
    if kind == "type":
        typed = action.split("'")[1]
        return M + H + P + 2 * B + H + K * len(typed)
    if kind == "choose":
        return M + H + 2 * (P + 2 * B)
    return M + H + P + 2 * B  # a click


def _leaves(value: Any) -> Iterator[Any]:
    if isinstance(value, dict):
        for item in value.values():
            yield from _leaves(item)
    elif isinstance(value, list):
        for item in value:
            yield from _leaves(item)
    else:
        yield value


def changed_leaves(old: Any, new: Any, path: str = "") -> Iterator[tuple[str, Any]]:
    """(pointer, new value) of every leaf to retype to turn `old` into `new` (lists compared by index)."""
    if isinstance(new, dict) and (old is None or isinstance(old, dict)):
        for key in new:
            yield from changed_leaves((old or {}).get(key), new[key], f"{path}/{key}")
    elif isinstance(new, list) and (old is None or isinstance(old, list)):
        old = old or []
        for i, item in enumerate(new):
            yield from changed_leaves(old[i] if i < len(old) else None, item, f"{path}/{i}")
    elif old != new:
        for leaf in _leaves(new) if isinstance(new, dict | list) else [new]:
            yield path, leaf


def hand_editing() -> tuple[int, float, dict[str, int]]:
    """Estimated actions and KLM seconds to turn the draft into the expected annotation by hand."""
    draft = json.loads((DATA / "corpus" / f"{RELEASE}.json").read_text("utf-8"))
    expected = json.loads((DATA / "expected.json").read_text("utf-8").replace("CHECKED_ON", "2025-03-14"))
    leaves = list(changed_leaves(draft, expected))
    spans = {p.rsplit("/", 1)[0] for p, _ in leaves if p.endswith(("/start", "/end"))}
    old_ids = {
        e["id"] for e in json.loads((DATA / "corpus" / "registry.json").read_text("utf-8"))["entities"]
    }
    new_entities = [
        e
        for e in json.loads((DATA / "expected.registry.json").read_text("utf-8"))["entities"]
        if e["id"] not in old_ids
    ]
    entity_leaves = sum(len(list(_leaves(e))) + 2 for e in new_entities)  # + the empty list fields typed
    counts = {
        "values retyped in the release": len(leaves),
        "spans whose offsets are computed by script": len(spans),
        "values typed in the registry": entity_leaves,
        "files opened, saved and validated": 3 * 2 + 1,
    }
    seconds = sum(M + P + 2 * B + K * len(json.dumps(value)) for _, value in leaves)
    seconds += len(spans) * (M + H + K * (SCRIPT_LINE + 1))
    seconds += sum(M + K * len(json.dumps(e)) for e in new_entities)
    seconds += counts["files opened, saved and validated"] * (M + K * 30)
    return sum(counts.values()), seconds, counts


def save_latency(reps: int = 5) -> tuple[float, float]:
    """Median seconds of one validated save of the fixture draft through the session, and of
    `natopress validate` of the same release in the same process (the peer: what a save must run)."""
    import shutil
    import statistics
    import tempfile
    import time

    from natopress.tools.check.candidate import with_keys
    from natopress.tools.check.session import CheckSession
    from natopress.validate.runner import validate

    with tempfile.TemporaryDirectory() as folder:
        root = Path(shutil.copytree(DATA / "corpus", Path(folder) / "corpus"))
        session = CheckSession(root)
        saves, checks = [], []
        for _ in range(reps):
            release = with_keys(json.loads((root / f"{RELEASE}.json").read_text("utf-8")))
            started = time.perf_counter()
            assert session.save(RELEASE, {"release": release, "decisions": {}}).saved
            saves.append(time.perf_counter() - started)
            started = time.perf_counter()
            validate(root, [root / f"{RELEASE}.json"], jobs=1)
            checks.append(time.perf_counter() - started)
    return statistics.median(saves), statistics.median(checks)


def main() -> int:
    """Runs the e2e test (unless --no-run) and prints both sides."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-run", action="store_true", help="reuse build/check-e2e/actions.json")
    args = parser.parse_args()
    if not args.no_run:
        test = [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "tests/cli/test_check_browser.py",
        ]
        subprocess.run(test, cwd=ROOT, check=True)
    recorded = json.loads(ACTIONS.read_text("utf-8"))
    actions = recorded["actions"]
    browser = sum(browser_seconds(a) for a in actions)
    first, last = actions.index(DETOUR_FIRST), actions.index(DETOUR_LAST) + 1  # + the `r` after it
    detour_actions = actions[first : last + 1]
    detour = sum(browser_seconds(a) for a in detour_actions)
    hand_actions, hand, counts = hand_editing()
    print(f"fixture draft {RELEASE}: 21 suggestions, 4 wrong (1 reject, 1 move, 1 speaker, 1 new entity)")
    print(
        f"natopress check (measured e2e script): {len(actions)} actions, {len(actions) - len(detour_actions)} without the"
    )
    print(f"  deliberate error detour; KLM {browser:.0f} s ({browser - detour:.0f} s without it);")
    print(f"  machine time of the scripted run {recorded['seconds']} s")
    print(f"editing the JSON by hand (estimated): {hand_actions} actions, KLM {hand:.0f} s")
    for what, n in counts.items():
        print(f"  {what}: {n}")
    save, check = save_latency()
    print(f"one save (validate in a temporary copy, then write): {save * 1000:.0f} ms median of 5;")
    print(f"  `natopress validate` of the same release in the same process: {check * 1000:.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
