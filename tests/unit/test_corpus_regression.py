"""Corpus statistics and fingerprint, snapshotted on a frozen fixture corpus (tests/data/seeds: adding a
release to annotations/ changes nothing here; the version check, tests/cli/test_versions.py, pins the
corpus content instead), and cheap guards on every span of every release annotations/ holds."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import FIXTURE_ID, SEEDS, VALID
from helpers.stats import corpus_stats, stats_of

from natopress.corpus import Corpus, read_source
from natopress.fingerprint import fingerprint
from natopress.paths import ANNOTATIONS_DIR, REGISTRY_FILENAME

RELEASE_PATHS = sorted(p for p in ANNOTATIONS_DIR.glob("*.json") if p.name != REGISTRY_FILENAME)


def spans(node: Any, pointer: str = "") -> Iterator[tuple[str, dict[str, Any]]]:
    """Every `{start, end, text}` object in a parsed JSON document, with its JSON pointer."""
    if isinstance(node, dict):
        if {"start", "end", "text"} <= node.keys():
            yield pointer, node
        for key, value in node.items():
            yield from spans(value, f"{pointer}/{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from spans(value, f"{pointer}/{index}")


def test_corpus_statistics_and_fingerprint(data_regression: Any) -> None:
    """The statistics and fingerprint of the frozen seeds, each figure checked by hand; a change to the
    statistics code or the fingerprint shows up here as a diff to review (then `--force-regen`)."""
    data_regression.check({"fingerprint": fingerprint(SEEDS), "stats": stats_of(Corpus(SEEDS))})


def test_the_corpus_holds_releases() -> None:
    """Every release file has its source text beside it (the snapshot above fixes which releases)."""
    assert RELEASE_PATHS
    assert all(p.with_suffix(".txt").is_file() for p in RELEASE_PATHS)


@pytest.mark.parametrize("path", RELEASE_PATHS, ids=lambda p: p.stem)
def test_release_spans_match_the_source(path: Path) -> None:
    """text_sha256 is the source's, and every span's text is its slice of the source, trimmed."""
    document = json.loads(path.read_text(encoding="utf-8"))
    source_path = path.with_suffix(".txt")
    assert document["metadata"]["text_sha256"] == hashlib.sha256(source_path.read_bytes()).hexdigest()
    text = read_source(source_path)
    found = list(spans(document))
    assert len(found) >= len(document["segments"]) > 0  # every segment has a span
    for pointer, span in found:
        assert text[span["start"] : span["end"]] == span["text"], pointer
        assert span["text"] == span["text"].strip(), pointer


def test_registry_roles_are_worded_as_in_their_release() -> None:
    registry = json.loads((ANNOTATIONS_DIR / REGISTRY_FILENAME).read_text(encoding="utf-8"))
    roles = [role for entity in registry["entities"] for role in entity["roles"]]
    assert roles
    for role in roles:
        text = read_source(ANNOTATIONS_DIR / f"{role['release']}.txt")
        span = role["span"]
        assert text[span["start"] : span["end"]] == span["text"] == role["role"]


def test_stats_count_mentions_of_unknown_entities_apart() -> None:
    """A mention whose entity is not in the registry is counted as `unresolved`, never as a CoNLL type."""
    corpus = Corpus(VALID)
    registry = corpus.load_registry()
    release = corpus.load(FIXTURE_ID).release
    renamed = [
        m.model_copy(update={"entity": "nobody"}) if m.entity == "bruxelles" else m for m in release.mentions
    ]
    stats = corpus_stats([release.model_copy(update={"mentions": renamed})], registry)
    # the fixture's mentions: marie-exemple (PER) 3, alliance-fictive (ORG) 2, bruxelles (LOC) 1
    assert stats["mentions"]["by_type"] == {"PER": 3, "ORG": 2, "LOC": 0, "MISC": 0, "unresolved": 1}
    assert stats["mentions"]["by_type_and_kind"]["unresolved"] == {"name": 1, "nominal": 0}
    assert stats["entities"]["mentions_by_entity"]["nobody"] == 1
    assert "bruxelles" in stats["entities"]["never_mentioned"]
