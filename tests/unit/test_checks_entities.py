"""NP2xx-NP4xx checks on small releases built from the valid fixture."""

from __future__ import annotations

import copy
import json
from typing import Any

from conftest import FIXTURE_ID, VALID

from natopress.model import Registry, Release
from natopress.validate.checks.entities import check_mentions
from natopress.validate.checks.quotes import check_quotes
from natopress.validate.checks.registry import check_registry, entity_index
from natopress.validate.checks.segments import check_segments

BASE = json.loads((VALID / f"{FIXTURE_ID}.json").read_text(encoding="utf-8"))
REGISTRY = Registry.model_validate_json((VALID / "registry.json").read_bytes())
ENTITIES = entity_index(REGISTRY)


def mention(start: int, end: int, entity: str = "bruxelles") -> dict[str, Any]:
    return {"span": {"start": start, "end": end, "text": "x"}, "entity": entity, "kind": "name"}


def release(**changes: Any) -> Release:
    doc = copy.deepcopy(BASE)
    doc.update(changes)
    return Release.model_validate_json(json.dumps(doc))


def found(findings: list[Any]) -> list[tuple[str, str]]:
    return sorted((f.code, f.pointer) for f in findings)


def test_mentions_nest_but_never_cross() -> None:
    mentions = [mention(100, 150), mention(110, 120), mention(110, 120), mention(140, 160), mention(150, 155)]
    assert found(check_mentions(release(mentions=mentions), ENTITIES, "f")) == [
        ("NP403", "/mentions/3/span"),
        ("NP404", "/mentions/2/span"),
    ]


def test_adjacent_mentions_do_not_cross() -> None:
    assert check_mentions(release(mentions=[mention(100, 110), mention(110, 120)]), ENTITIES, "f") == []


def test_references_need_a_registry() -> None:
    mentions = [mention(100, 110, "nobody"), mention(120, 130, "alliance-fictive-old")]
    assert found(check_mentions(release(mentions=mentions), ENTITIES, "f")) == [
        ("NP401", "/mentions/0/entity"),
        ("NP402", "/mentions/1/entity"),
    ]
    assert check_mentions(release(mentions=mentions), None, "f") == []


def test_quote_rules() -> None:
    quotes = copy.deepcopy(BASE["quotes"])
    quotes[0]["speaker"] = "alliance-fictive"  # an ORG may speak
    quotes[1]["continues"] = "q3"  # a later quote, not an earlier one
    quotes[2]["content"] = dict(quotes[1]["content"], start=quotes[1]["content"]["start"] + 2)
    assert found(check_quotes(release(quotes=quotes), ENTITIES, "f")) == [
        ("NP302", "/quotes/1/continues"),
        ("NP303", "/quotes/2/content"),
    ]


def test_segments() -> None:
    segments = copy.deepcopy(BASE["segments"])
    segments[3]["kind"] = "chrome"  # the caption becomes chrome: its mentions are now outside content
    assert found(check_segments(release(segments=segments), None, "f")) == [
        ("NP202", "/mentions/4/span"),
        ("NP202", "/mentions/5/span"),
    ]


def test_segment_coverage_and_order() -> None:
    text = (VALID / f"{FIXTURE_ID}.txt").read_text(encoding="utf-8")
    segments = copy.deepcopy(BASE["segments"])
    assert check_segments(release(segments=segments), text, "f") == []
    del segments[2]  # the body paragraph: its quotes and mentions lose their segment too
    segments[2], segments[3] = segments[3], segments[2]
    found_codes = found(check_segments(release(segments=segments), text, "f"))
    assert ("NP203", "/segments/3") in found_codes
    assert ("NP204", "/segments") in found_codes
    assert {code for code, _ in found_codes} == {"NP202", "NP203", "NP204"}


def test_registry_chains() -> None:
    def entity(id_: str, replaced_by: str | None) -> dict[str, Any]:
        return {"id": id_, "type": "ORG", "name": id_, "replaced_by": replaced_by}

    registry = Registry.model_validate(
        {
            "schema_version": "1.0",
            "entities": [
                entity("a", "b"),
                entity("b", "c"),
                entity("c", None),
                entity("d", "d"),
                entity("e", "zz"),
            ],
        }
    )
    assert found(check_registry(registry, "r")) == [
        ("NP411", "/entities/4/replaced_by"),
        ("NP412", "/entities/3/replaced_by"),
    ]


def test_continuation_keeps_the_speaker() -> None:
    quotes = copy.deepcopy(BASE["quotes"])
    quotes[2]["speaker"] = "alliance-fictive"
    assert found(check_quotes(release(quotes=quotes), ENTITIES, "f")) == [("NP307", "/quotes/2/speaker")]
