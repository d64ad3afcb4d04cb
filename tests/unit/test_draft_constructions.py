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
from natopress.model import EntityType, Registry, Release
from natopress.validate.checks.entities import check_mentions
from natopress.validate.checks.quotes import check_quotes
from natopress.validate.checks.segments import check_segments
from natopress.validate.checks.spans import check_spans
from natopress.validate.findings import Severity

FOLDER = Path(__file__).parents[1] / "data" / "constructions"
EXPECTED = json.loads((FOLDER / "expected.json").read_text("utf-8"))
EMPTY = Registry.model_validate({"schema_version": "1.0", "entities": []})


def draft(text: str) -> Release:
    """The draft of a construction text, with an empty registry."""
    return draft_release(text, registry=EMPTY, release_id="2019-03-12-xx-construction")


def summary(text: str, release: Release | None = None) -> dict[str, object]:
    """What a construction test compares, as JSON values (of `release`, the draft of `text` by default)."""
    release = release or draft(text)
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
    text = (FOLDER / name).read_text("utf-8")
    release = draft(text)
    assert summary(text, release) == EXPECTED[name]
    data = release.model_dump(mode="json", by_alias=True)
    proposals = {e["id"]: e for e in data["proposed_entities"]}
    findings = [  # the draft is a release the validator takes: no error in its spans, segments, quotes, mentions
        *check_spans(data, text, name),
        *check_segments(data, text, name),
        *check_quotes(data, proposals, name),
        *check_mentions(data, proposals, name),
    ]
    assert [f.message for f in findings if f.severity is Severity.ERROR] == []
