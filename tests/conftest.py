"""Shared fixtures: the hand-written valid corpus and a way to build a temporary corpus from a fixture.

Every test runs offline: `datasets` and `huggingface_hub` read these variables when first imported, and
pytest imports this file before any test module.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterable
from pathlib import Path

import pytest

from natopress.model import Release

os.environ["HF_HUB_OFFLINE"] = "1"
os.environ["HF_DATASETS_OFFLINE"] = "1"

DATA = Path(__file__).parent / "data"
VALID = DATA / "valid"
INVALID = DATA / "invalid"
WORKFLOW = DATA / "workflow" / "corpus"
"""The workflow tools' fixture corpus (tests/data/workflow/make_fixtures.py writes it)."""
SEEDS = DATA / "seeds"
"""The two seed releases and their registry as of version 0.1.0 (tests/data/seeds/README.md)."""
SEED = "2021-07-01-fr-news-185631"
CRLF = "2000-01-01-fr-fixture-crlf"
FIXTURE_ID = "2000-01-01-fr-fixture"
"""The release id of tests/data/valid (a text invented for testing); invalid fixtures are copied to it."""


def invalid_fixtures() -> list[Path]:
    """Every `tests/data/invalid/<CODE>-<slug>.json` release fixture (registry companions excluded)."""
    return sorted(p for p in INVALID.glob("NP*.json") if not p.name.endswith(".registry.json"))


def build_fixture_corpus(fixture: Path, folder: Path) -> Path:
    """A corpus in `folder`: the fixture as the release (with its .txt) and its registry or the valid one."""
    stem = fixture.name.removesuffix(".json")
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(fixture, folder / f"{FIXTURE_ID}.json")
    if (INVALID / f"{stem}.txt").exists():
        shutil.copyfile(INVALID / f"{stem}.txt", folder / f"{FIXTURE_ID}.txt")
    registry = INVALID / f"{stem}.registry.json"
    shutil.copyfile(registry if registry.exists() else VALID / "registry.json", folder / "registry.json")
    return folder


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """A writable copy of the valid corpus."""
    return Path(shutil.copytree(VALID, tmp_path / "corpus"))


@pytest.fixture
def fixture_corpus(tmp_path: Path) -> Callable[[Path], Path]:
    """Builds the corpus of one invalid fixture in a temporary folder."""
    return lambda fixture: build_fixture_corpus(fixture, tmp_path / "corpus")


def ingest_into(root: Path, fixtures: Path, names: Iterable[str]) -> Path:
    """A corpus in `root`: the fixture registry of `fixtures` and a draft of each named release text."""
    from natopress.cli import main  # imported here: most tests never ingest

    shutil.copyfile(fixtures / "registry.json", root / "registry.json")
    for name in names:
        assert main(["ingest", str(fixtures / name), "--root", str(root)]) == 0
    return root


def fact_summary(fact: object) -> tuple[str, str] | None:
    """A metadata fact as (ISO value, span text), or None: what the ingest tests compare."""
    if fact is None:
        return None
    return fact.value.isoformat(), fact.span.text  # type: ignore[attr-defined]


def entity_types(root: Path) -> dict[str, str]:
    """Registry id → CoNLL type of the corpus at `root`."""
    from natopress.corpus import Corpus

    return {e.id: e.type.value for e in Corpus(root).load_registry().entities}


def quote_summary(release: Release) -> list[tuple[str, str, str | None, str | None, str | None, str | None]]:
    """Each quote as (type, content, cue, speaker mention, speaker, continues): what ingest tests compare."""
    return [
        (
            q.type.value,
            q.content.text,
            q.cue.text if q.cue else None,
            q.speaker_mention.text if q.speaker_mention else None,
            q.speaker,
            q.continues,
        )
        for q in release.quotes
    ]


CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
"""Headless Chromium as root on a machine with no network beyond loopback (the review and check page tests)."""


def chromium_path() -> str:
    """Debian's chromium; the test fails under CI when it is missing (make test installs it), else skips."""
    found = shutil.which("chromium") or ("/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None)
    if found is None:
        if os.environ.get("CI"):
            pytest.fail("chromium not installed: run tests/setup/ensure_chromium.sh (make test does)")
        pytest.skip("chromium not installed (tests/setup/ensure_chromium.sh installs it); CI would fail here")
    return found
