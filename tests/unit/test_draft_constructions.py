"""Issue 14: one short release per construction, French and English, against its hand-checked draft.

Each `tests/data/constructions/<name>.txt` was written for these tests in NATO's style; `expected.json`
holds what its draft must say (read and checked by hand, drafted with an empty registry): quotes (type,
content, cue, speaker, co-speakers, continued quote), the persons proposed with their roles, and the
title, published and event dates.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from natopress.draft.ingest import draft_release
from natopress.model import EntityType, Registry

FOLDER = Path(__file__).parents[1] / "data" / "constructions"
EXPECTED = json.loads((FOLDER / "expected.json").read_text("utf-8"))
EMPTY = Registry.model_validate({"schema_version": "1.0", "entities": []})


def summary(text: str) -> dict[str, object]:
    """What a construction test compares, as JSON values."""
    release = draft_release(text, registry=EMPTY, release_id="2019-03-12-xx-construction")
    meta = release.metadata
    return {
        "quotes": [
            [
                q.type.value,
                q.content.text,
                q.cue.text if q.cue else None,
                q.speaker,
                q.co_speakers,
                q.continues,
            ]
            for q in release.quotes
        ],
        "persons": {
            e.id: [e.name, [r.role for r in e.roles]]
            for e in release.proposed_entities
            if e.type is EntityType.PER
        },
        "title": meta.title.value if meta.title else None,
        "published": meta.published.value.isoformat() if meta.published else None,
        "event_date": meta.event_date.value.isoformat() if meta.event_date else None,
    }


def test_every_construction_has_its_expected_draft() -> None:
    assert sorted(EXPECTED) == sorted(p.name for p in FOLDER.glob("*.txt"))


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_construction(name: str) -> None:
    assert summary((FOLDER / name).read_text("utf-8")) == EXPECTED[name]
