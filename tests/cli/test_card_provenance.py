"""The built dataset carries its provenance (SOURCES.md, linked from the card) and the card says what each
config leaves out."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from natopress.build.builder import build
from natopress.build.features import CONFIG_NAMES

ROOT = Path(__file__).parents[2]
FIXTURE = ROOT / "tests" / "data" / "publish"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("card") / "dataset"
    build(FIXTURE, out)
    return out


def _anchors(markdown: str) -> set[str]:
    """GitHub-style anchors of the level-2 headings that are release ids (lower-case, no spaces)."""
    return {m.group(1) for m in re.finditer(r"^## ([a-z0-9-]+)$", markdown, re.MULTILINE)}


def test_the_build_ships_the_sources_file_and_the_card_links_it(built: Path) -> None:
    assert (built / "SOURCES.md").read_bytes() == (FIXTURE / "SOURCES.md").read_bytes()
    assert "[SOURCES.md](SOURCES.md)" in (built / "README.md").read_text("utf-8")


def test_every_release_cites_its_entry_of_the_shipped_sources_file(built: Path) -> None:
    anchors = _anchors((built / "SOURCES.md").read_text("utf-8"))
    for path in sorted(FIXTURE.glob("2*.json")):
        cited = json.loads(path.read_text("utf-8"))["metadata"]["provenance"]["cited_from"]
        assert cited == f"SOURCES.md#{path.stem}" and path.stem in anchors, path.name


def test_the_card_says_what_each_config_leaves_out() -> None:
    card = (ROOT / "DATASET_CARD.md").read_text("utf-8")
    section = card.split("### What each config leaves out", 1)[1].split("\n## ", 1)[0].split("\n### ", 1)[0]
    listed = re.findall(r"^- `(\w+)`:", section, re.MULTILINE)
    assert listed == list(CONFIG_NAMES)
    ner = next(line for line in section.split("\n- ") if line.startswith("`ner`"))
    assert "nominal mentions" in ner and "nested mentions" in ner


def test_the_hub_language_tags_come_from_the_releases() -> None:
    from collections import Counter

    from natopress.build.card import hub_languages
    from natopress.build.card_corpus import CorpusFacts

    meta = {"language": ["xx"], "multilinguality": ["monolingual"]}
    assert hub_languages(meta, CorpusFacts(count=3, languages=Counter({"fr": 2, "und": 1}))) == {
        "language": ["fr"],
        "multilinguality": ["monolingual"],
    }
    both = hub_languages(meta, CorpusFacts(count=2, languages=Counter({"fr": 1, "en": 1})))
    assert both == {"language": ["en", "fr"], "multilinguality": ["multilingual"]}
    assert hub_languages(meta, CorpusFacts()) == meta


def test_the_built_card_tags_the_languages_of_its_releases(built: Path) -> None:
    from natopress.build.card import parse_front_matter

    meta = parse_front_matter((built / "README.md").read_text("utf-8"))
    assert (meta["language"], meta["multilinguality"]) == (["fr"], ["monolingual"])
