"""NP3xx quote checks on the valid release with one quote changed.

The valid release's quotes: q1 [178, 196) with a cue and a speaker mention; q2 [238, 254) with a cue;
q3 [274, 289) continues q2, no cue; all three spoken by marie-exemple (PER).
"""

from __future__ import annotations

from typing import Any

import pytest
from helpers.documents import as_release, entities, found, release, release_doc

from natopress.document import ReleaseData
from natopress.validate.checks.quotes import (
    check_continuations,
    check_ids,
    check_order,
    check_overlap,
    check_quotes,
    check_speakers,
)


def quotes() -> list[dict[str, Any]]:
    """A fresh copy of the valid release's quotes."""
    return list(release_doc()["quotes"])


def with_quotes(changed: list[dict[str, Any]]) -> ReleaseData:
    doc = release_doc()
    doc["quotes"] = changed
    return as_release(doc)


def with_ids(*ids: str) -> ReleaseData:
    changed = quotes()
    for quote, id_ in zip(changed, ids, strict=True):
        quote["id"] = id_
        quote["continues"] = None
    return with_quotes(changed)


def test_valid_quotes_have_no_finding() -> None:
    valid = release()
    assert check_ids(valid, "f") == []
    assert check_continuations(valid, "f") == []
    assert check_order(valid, "f") == []
    assert check_overlap(valid, "f") == []
    assert check_speakers(valid, entities(), "f") == []
    assert check_quotes(valid, entities(), "f") == []


def test_duplicate_id() -> None:
    changed = quotes()
    changed[2]["id"] = "q2"
    assert found(check_ids(with_quotes(changed), "f")) == [("NP301", "/quotes/2/id")]


@pytest.mark.parametrize("target", ["q3", "q9", "q2"], ids=["later", "unknown", "itself"])
def test_continues_names_an_earlier_quote(target: str) -> None:
    changed = quotes()
    changed[1]["continues"] = target
    assert found(check_ids(with_quotes(changed), "f")) == [("NP302", "/quotes/1/continues")]


def test_continuation_has_no_cue_and_keeps_the_speaker() -> None:
    changed = quotes()
    changed[2]["cue"] = {"start": 258, "end": 270, "text": "a-t-elle dit"}
    assert found(check_continuations(with_quotes(changed), "f")) == [("NP308", "/quotes/2/cue")]
    changed[2]["speaker"] = "alliance-fictive"
    assert found(check_continuations(with_quotes(changed), "f")) == [
        ("NP307", "/quotes/2/speaker"),
        ("NP308", "/quotes/2/cue"),
    ]
    changed = quotes()
    changed[2]["speaker"] = None  # no speaker is another speaker too
    assert found(check_continuations(with_quotes(changed), "f")) == [("NP307", "/quotes/2/speaker")]


def test_continuation_of_no_earlier_quote_is_left_to_np302() -> None:
    changed = quotes()
    changed[1]["continues"] = "q3"  # q2 has a cue: no NP308, since q3 is not earlier
    assert check_continuations(with_quotes(changed), "f") == []


def test_overlapping_contents() -> None:
    changed = quotes()
    changed[2]["content"] = dict(changed[1]["content"], start=240)  # inside q2's content
    assert found(check_overlap(with_quotes(changed), "f")) == [("NP303", "/quotes/2/content")]
    changed[2]["content"] = dict(changed[1]["content"], start=250, end=280)  # from inside q2 past its end
    assert found(check_overlap(with_quotes(changed), "f")) == [("NP303", "/quotes/2/content")]


def test_quotes_out_of_text_order() -> None:
    changed = quotes()
    changed[0], changed[1] = changed[1], changed[0]
    changed[0]["id"], changed[1]["id"] = "q1", "q2"  # numbered in list order: only the order is wrong
    assert found(check_order(with_quotes(changed), "f")) == [("NP306", "/quotes/1")]


def test_ids_follow_text_order() -> None:
    assert found(check_order(with_ids("q1", "q3", "q4"), "f")) == [("NP306", "/quotes/1/id")]
    assert check_order(with_ids("q1", "q1", "q3"), "f") == []  # a repeated id is NP301's


def test_the_earlier_break_is_reported() -> None:
    changed = quotes()
    changed[0], changed[1] = changed[1], changed[0]  # q2, q1, q3: the id breaks at 0, the order at 1
    assert found(check_order(with_quotes(changed), "f")) == [("NP306", "/quotes/0/id")]
    changed = quotes()
    changed[1], changed[2] = changed[2], changed[1]
    changed[1]["id"], changed[2]["id"] = "q2", "q4"  # the order breaks at 2, the id at 2 too
    assert found(check_order(with_quotes(changed), "f")) == [("NP306", "/quotes/2")]


def test_speakers_resolve_to_a_person_or_organisation() -> None:
    changed = quotes()
    changed[0]["speaker"] = "nobody"
    changed[1]["speaker"] = "bruxelles"  # a LOC
    changed[2]["speaker"] = "alliance-fictive"  # an ORG may speak
    assert found(check_speakers(with_quotes(changed), entities(), "f")) == [
        ("NP304", "/quotes/0/speaker"),
        ("NP305", "/quotes/1/speaker"),
    ]
    changed[0]["speaker"] = changed[1]["speaker"] = None
    assert check_speakers(with_quotes(changed), entities(), "f") == []


def test_speakers_need_a_registry() -> None:
    changed = quotes()
    changed[0]["speaker"] = "nobody"
    assert found(check_quotes(with_quotes(changed), entities(), "f")) == [("NP304", "/quotes/0/speaker")]
    assert check_quotes(with_quotes(changed), None, "f") == []
