"""NP40x mention checks on the valid release with its mentions replaced."""

from __future__ import annotations

from typing import Any

from helpers.documents import entities, found, release, release_doc

from natopress.validate.checks.entities import check_mentions, check_nesting, check_order, check_references


def mention(start: int, end: int, entity: str = "bruxelles") -> dict[str, Any]:
    return {"span": {"start": start, "end": end, "text": "x"}, "entity": entity, "kind": "name"}


def test_valid_mentions_have_no_finding() -> None:
    valid = release()
    assert check_nesting(valid, "f") == []
    assert check_order(valid, "f") == []
    assert check_references(valid, entities(), "f") == []
    assert check_mentions(valid, entities(), "f") == []


def test_mentions_nest_but_never_cross() -> None:
    mentions = [mention(100, 150), mention(110, 120), mention(110, 120), mention(140, 160), mention(150, 155)]
    assert found(check_nesting(release(mentions=mentions), "f")) == [
        ("NP403", "/mentions/3/span"),
        ("NP404", "/mentions/2/span"),
    ]


def test_adjacent_and_nested_mentions_are_fine() -> None:
    mentions = [mention(100, 110), mention(110, 120), mention(110, 115), mention(115, 120)]
    assert check_nesting(release(mentions=mentions), "f") == []


def test_mentions_in_text_order_first_break_only() -> None:
    mentions = [mention(100, 110), mention(90, 95), mention(80, 85)]
    assert found(check_order(release(mentions=mentions), "f")) == [("NP405", "/mentions/1")]
    shorter_first = [mention(100, 105), mention(100, 110)]
    assert found(check_order(release(mentions=shorter_first), "f")) == [("NP405", "/mentions/1")]


def test_references_resolve_and_avoid_replaced_entities() -> None:
    mentions = [mention(100, 110, "nobody"), mention(120, 130, "alliance-fictive-old")]
    assert found(check_references(release(mentions=mentions), entities(), "f")) == [
        ("NP401", "/mentions/0/entity"),
        ("NP402", "/mentions/1/entity"),
    ]


def test_speakers_avoid_replaced_entities() -> None:
    quotes = release_doc()["quotes"]
    quotes[1]["speaker"] = "alliance-fictive-old"
    quotes[2]["speaker"] = "nobody"  # unknown speakers are NP304's (quotes)
    assert found(check_references(release(quotes=quotes), entities(), "f")) == [
        ("NP402", "/quotes/1/speaker")
    ]


def test_references_need_a_registry() -> None:
    mentions = [mention(100, 110, "nobody"), mention(120, 130, "alliance-fictive-old")]
    assert found(check_mentions(release(mentions=mentions), entities(), "f")) == [
        ("NP401", "/mentions/0/entity"),
        ("NP402", "/mentions/1/entity"),
    ]
    assert check_mentions(release(mentions=mentions), None, "f") == []
