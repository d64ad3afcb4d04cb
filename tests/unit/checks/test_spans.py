"""NP1xx span checks: one span by hand (`check_span`) and every span of a release (`check_spans`)."""

from __future__ import annotations

from typing import Any

import pytest
from helpers.documents import TEXT, as_release, found, release, release_doc

from natopress.document import SpanData
from natopress.validate.checks.spans import check_span, check_spans, overlapping, text_order

SENTENCE = "Le secrétaire général\u00a0a parlé."


def codes(start: int, end: int, text: str, source: str | None = SENTENCE) -> list[tuple[str, str]]:
    return found(check_span(SpanData(start=start, end=end, text=text), source, "f.json", ("s", 0)))


@pytest.mark.parametrize(
    ("start", "end", "text", "expected"),
    [
        (3, 13, "secrétaire", []),
        (3, 13, "secretaire", ["NP101"]),
        (0, 2, "Le", []),
        (2, 13, " secrétaire", ["NP104"]),
        (14, 22, "général\u00a0", ["NP104"]),  # a no-break space is white space too
        (14, 22, "généra\u00a0x", ["NP101"]),
        (2, 4, " x", ["NP101", "NP104"]),  # both rules, one finding each
        (5, 5, "x", ["NP103"]),
        (9, 5, " x", ["NP103"]),  # an empty or reversed span reports nothing else
        (20, 99, "x", ["NP102"]),
        (20, 99, "x ", ["NP102", "NP104"]),
        (len(SENTENCE) - 1, len(SENTENCE), ".", []),
        (len(SENTENCE), len(SENTENCE) + 1, ".", ["NP102"]),
    ],
)
def test_span(start: int, end: int, text: str, expected: list[str]) -> None:
    assert codes(start, end, text) == [(code, "/s/0") for code in expected]


def test_without_source_only_shape_is_checked() -> None:
    assert codes(3, 13, "anything", source=None) == []
    assert codes(3, 3, "x", source=None) == [("NP103", "/s/0")]
    assert codes(3, 13, "x ", source=None) == [("NP104", "/s/0")]
    assert codes(3, 99_999, "x", source=None) == []


def test_offsets_are_code_points() -> None:
    source = "l’OTAN 🙂 OTAN"
    assert codes(9, 13, "OTAN", source) == []
    assert codes(10, 14, "OTAN", source) == [("NP102", "/s/0")]


def test_valid_release_has_clean_spans() -> None:
    assert check_spans(release(), TEXT, "f") == []
    assert check_spans(release(), None, "f") == []


def _set(doc: dict[str, Any], path: tuple[str | int, ...], span: dict[str, Any]) -> None:
    target: Any = doc
    for part in path[:-1]:
        target = target[part]
    target[path[-1]] = span


def _mention(start: int, end: int, text: str) -> dict[str, Any]:
    return {"span": {"start": start, "end": end, "text": text}, "entity": "bruxelles", "kind": "name"}


@pytest.mark.parametrize(
    ("path", "span", "expected"),
    [
        (("metadata", "title", "span"), {"start": 0, "end": 5, "text": "Text"}, ["NP101"]),
        (("metadata", "published", "span"), {"start": 79, "end": 999, "text": "01"}, ["NP102"]),
        (("segments", 1, "span"), {"start": 91, "end": 79, "text": "01"}, ["NP103"]),
        (("quotes", 0, "content"), {"start": 177, "end": 196, "text": "\u00a0Nous restons unis."}, ["NP104"]),
        (("quotes", 0, "cue"), {"start": 164, "end": 172, "text": "a déclar"}, []),
        (("quotes", 0, "cue"), {"start": 164, "end": 172, "text": "a declar"}, ["NP101"]),
        (("quotes", 0, "speaker_mention"), {"start": 149, "end": 149, "text": "M"}, ["NP103"]),
        (("mentions", 5), _mention(318, 328, "Bruxelles."), []),
        (("mentions", 5), _mention(317, 327, " Bruxelles"), ["NP104"]),
    ],
)
def test_every_span_of_a_release_is_checked_where_it_is(
    path: tuple[str | int, ...], span: dict[str, Any], expected: list[str]
) -> None:
    doc = release_doc()
    _set(doc, path, span)
    pointer = "/" + "/".join(str(part) for part in path) + ("/span" if path[0] == "mentions" else "")
    assert found(check_spans(as_release(doc), TEXT, "f")) == [(code, pointer) for code in expected]


def test_every_span_is_reported() -> None:
    doc = release_doc()
    doc["segments"][4]["span"]["text"] = "Partager cette page "
    doc["mentions"][0]["span"]["end"] = 99_999
    assert found(check_spans(as_release(doc), TEXT, "f")) == [
        ("NP101", "/segments/4/span"),  # 20 characters over a 19-character slice
        ("NP102", "/mentions/0/span"),
        ("NP104", "/segments/4/span"),
    ]


def test_text_order_and_overlap() -> None:
    spans = [SpanData(start=s, end=e, text="x") for s, e in [(0, 10), (0, 4), (5, 12), (3, 4)]]
    assert text_order(spans) == 3  # (0, 10) before (0, 4): longer first is text order
    assert text_order(spans[:3]) is None
    assert sorted(overlapping(spans)) == [(1, 0), (2, 0), (3, 0)]
    assert list(overlapping(spans[:1])) == []
