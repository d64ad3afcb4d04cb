"""A synthetic corpus of N valid releases derived from the real ones, for benchmarks.

Run: `.venv/bin/python benchmarks/synth.py --n 10000 --out /tmp/synth [--seed 0] [--source annotations]`.

Release k is a copy of real release `k % R` with its text shifted: a chrome line (and sometimes a second
one) is put before the text and another after it, so every offset moves by a different amount; every span,
the hash and the id (`{date}-{lang}-synth-NNNNNN`) follow. Annotation density is the real one. The registry
is the real one, its role spans moved to the first copy of the release they cite (or dropped when the
corpus is too small to hold that copy). Deterministic: the same seed gives byte-identical files.
`natopress validate --root DIR` accepts the result with no finding (benchmarks/README.md).
"""

from __future__ import annotations

import argparse
import hashlib
import random
from pathlib import Path
from typing import Any

import orjson

from natopress.corpus import Corpus, read_source
from natopress.paths import ANNOTATIONS_DIR, REGISTRY_FILENAME, SOURCES_FILENAME

WORDS = [
    "alliance",
    "sécurité",
    "défense",
    "partenaires",
    "réunion",
    "ministres",
    "sommet",
    "coopération",
    "dissuasion",
    "mission",
    "forces",
    "soutien",
    "dialogue",
    "stabilité",
    "région",
    "engagement",
]


def dump(value: Any) -> bytes:
    """The committed JSON format: 2-space indent, UTF-8, final newline (what orjson writes)."""
    return orjson.dumps(value, option=orjson.OPT_INDENT_2) + b"\n"


def shift_spans(value: Any, by: int) -> None:
    """Moves every span (an object with start, end and text) of `value` by `by` code points, in place."""
    if isinstance(value, dict):
        if {"start", "end", "text"} <= value.keys() and isinstance(value["start"], int):
            value["start"] += by
            value["end"] += by
        for item in value.values():
            shift_spans(item, by)
    elif isinstance(value, list):
        for item in value:
            shift_spans(item, by)


def chrome(start: int, text: str) -> dict[str, Any]:
    """A site-chrome segment over `text` at `start`."""
    return {
        "kind": "chrome",
        "span": {"start": start, "end": start + len(text), "text": text},
        "language": None,
    }


def padding(rng: random.Random, number: int) -> list[str]:
    """One or two chrome lines of filler words (varying length, so offsets shift differently)."""
    lines = [f"Copie synthétique {number:06d} " + " ".join(rng.choices(WORDS, k=rng.randint(1, 12)))]
    if rng.random() < 0.5:
        lines.append(" ".join(rng.choices(WORDS, k=rng.randint(1, 8))))
    return lines


def synth_release(
    base: dict[str, Any], text: str, number: int, rng: random.Random
) -> tuple[str, dict[str, Any], str, int]:
    """Release `number` derived from `base` over `text`: new id, annotation, source text and shift."""
    new_id = "-".join(base["id"].split("-")[:4]) + f"-synth-{number:06d}"
    before = padding(rng, number)
    after = f"Fin de la copie {number:06d}"
    prefix = "\n".join(before) + "\n\n"
    body = text.rstrip()
    new_text = prefix + body + "\n\n" + after + "\n"
    doc = orjson.loads(orjson.dumps(base))
    shift_spans(doc, len(prefix))
    head, offset = [], 0
    for line in before:
        head.append(chrome(offset, line))
        offset += len(line) + 1
    tail = chrome(len(prefix) + len(body) + 2, after)
    doc["segments"] = [*head, *doc["segments"], tail]
    doc["id"] = new_id
    doc["metadata"]["text_sha256"] = hashlib.sha256(new_text.encode("utf-8")).hexdigest()
    return new_id, doc, new_text, len(prefix)


def synth_registry(registry: dict[str, Any], first_copy: dict[str, tuple[str, int]]) -> dict[str, Any]:
    """The real registry with each role moved to the first copy of its release, or dropped."""
    doc = orjson.loads(orjson.dumps(registry))
    for entity in doc["entities"]:
        roles = []
        for role in entity["roles"]:
            if role["release"] in first_copy:
                role["release"], shift = first_copy[role["release"]]
                shift_spans(role, shift)
                roles.append(role)
        entity["roles"] = roles
    return doc


def synthesise(n: int, out: Path, seed: int = 0, source: Path = ANNOTATIONS_DIR) -> list[str]:
    """Writes N releases and the registry into `out` (created); returns the release ids."""
    corpus = Corpus(source)
    ids = corpus.release_ids()
    if not ids:
        raise SystemExit(f"synth: no release in {source}")
    bases = [orjson.loads(corpus.json_path(i).read_bytes()) for i in ids]
    texts = [read_source(corpus.text_path(i)) for i in ids]
    rng = random.Random(seed)
    out.mkdir(parents=True, exist_ok=True)
    first_copy: dict[str, tuple[str, int]] = {}
    written = []
    for number in range(n):
        k = number % len(ids)
        new_id, doc, new_text, shift = synth_release(bases[k], texts[k], number, rng)
        first_copy.setdefault(ids[k], (new_id, shift))
        (out / f"{new_id}.json").write_bytes(dump(doc))
        (out / f"{new_id}.txt").write_bytes(new_text.encode("utf-8"))
        written.append(new_id)
    registry = orjson.loads(corpus.registry_path.read_bytes())
    (out / REGISTRY_FILENAME).write_bytes(dump(synth_registry(registry, first_copy)))
    if (source / SOURCES_FILENAME).is_file():  # what the copies' provenance cites (SOURCES.md#<real id>)
        (out / SOURCES_FILENAME).write_bytes((source / SOURCES_FILENAME).read_bytes())
    return written


def main() -> None:
    """Command line: --n, --out, --seed, --source."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, required=True, help="number of releases")
    parser.add_argument("--out", type=Path, required=True, help="output folder (created)")
    parser.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    parser.add_argument("--source", type=Path, default=ANNOTATIONS_DIR, help="real corpus to derive from")
    args = parser.parse_args()
    written = synthesise(args.n, args.out, args.seed, args.source)
    print(f"{len(written)} releases written to {args.out}")


if __name__ == "__main__":
    main()
