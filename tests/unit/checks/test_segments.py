"""NP2xx segment checks on the valid release with one segment or annotation changed.

The valid release's segments: 0 title [0, 77), 1 date-block [79, 91), 2 body [93, 292), 3 caption
[294, 328), 4 chrome [330, 349).
"""

from __future__ import annotations

from typing import Any

from helpers.documents import BASE, TEXT, as_release, found, release, release_doc

from natopress.validate.checks.segments import (
    check_coverage,
    check_inside_content,
    check_languages,
    check_order,
    check_overlap,
    check_segments,
)


def segment(kind: str, start: int, end: int, language: str | None = None) -> dict[str, Any]:
    return {"kind": kind, "span": {"start": start, "end": end, "text": "x"}, "language": language}


def mention(start: int, end: int) -> dict[str, Any]:
    return {"span": {"start": start, "end": end, "text": "x"}, "entity": "bruxelles", "kind": "name"}


def segments(*changes: tuple[int, dict[str, Any] | None]) -> list[dict[str, Any]]:
    """The valid segments with some replaced (a dict) or removed (None)."""
    result: list[dict[str, Any] | None] = list(release_doc()["segments"])
    for index, new in changes:
        result[index] = new
    return [s for s in result if s is not None]


def test_valid_segments_have_no_finding() -> None:
    valid = release()
    assert check_overlap(valid, "f") == []
    assert check_inside_content(valid, "f") == []
    assert check_order(valid, "f") == []
    assert check_coverage(valid, TEXT, "f") == []
    assert check_languages(valid, "f") == []
    assert check_segments(valid, TEXT, "f") == []


def test_overlapping_segments() -> None:
    crossing = release(segments=segments((4, segment("chrome", 320, 349))))
    assert found(check_overlap(crossing, "f")) == [("NP201", "/segments/4/span")]
    inside = release(segments=segments((1, segment("date-block", 100, 110))))  # inside the body
    assert found(check_overlap(inside, "f")) == [("NP201", "/segments/1/span")]
    touching = release(segments=segments((4, segment("chrome", 328, 349))))
    assert check_overlap(touching, "f") == []


def test_annotation_before_every_content_segment() -> None:
    doc = release_doc()
    doc["segments"][0]["kind"] = "chrome"
    doc["mentions"].insert(0, mention(0, 5))
    assert found(check_inside_content(as_release(doc), "f")) == [("NP202", "/mentions/0/span")]


def test_annotations_reaching_out_of_their_segment() -> None:
    doc = release_doc()
    doc["quotes"][0]["cue"] = {"start": 80, "end": 91, "text": "x"}  # in the date block, after the title
    doc["quotes"][1]["speaker_mention"] = {"start": 290, "end": 296, "text": "x"}  # body into caption
    doc["quotes"][2]["content"] = {"start": 274, "end": 293, "text": "x"}  # past the end of the body
    doc["mentions"].append(mention(330, 338))  # in the chrome
    assert found(check_inside_content(as_release(doc), "f")) == [
        ("NP202", "/mentions/6/span"),
        ("NP202", "/quotes/0/cue"),
        ("NP202", "/quotes/1/speaker_mention"),
        ("NP202", "/quotes/2/content"),
    ]


def test_caption_turned_chrome_leaves_its_mentions_outside() -> None:
    doc = release_doc()
    doc["segments"][3]["kind"] = "chrome"
    assert found(check_segments(as_release(doc), None, "f")) == [
        ("NP202", "/mentions/4/span"),
        ("NP202", "/mentions/5/span"),
    ]


def test_segments_out_of_order_first_break_only() -> None:
    doc_segments = BASE["segments"]
    swapped = [doc_segments[1], doc_segments[0], doc_segments[2], doc_segments[4], doc_segments[3]]
    assert found(check_order(release(segments=swapped), "f")) == [("NP203", "/segments/1")]
    shorter_first = segments((1, segment("body", 93, 100)))  # [93, 100) before [93, 292): longer first
    assert found(check_order(release(segments=shorter_first), "f")) == [("NP203", "/segments/2")]


def test_uncovered_text_first_stretch_only() -> None:
    no_body = release(segments=segments((2, None)))
    assert found(check_coverage(no_body, TEXT, "f")) == [("NP204", "/segments")]
    no_chrome = release(segments=segments((4, None)))  # the text after the last segment
    assert found(check_coverage(no_chrome, TEXT, "f")) == [("NP204", "/segments")]
    neither = release(segments=segments((2, None), (4, None)))
    assert found(check_coverage(neither, TEXT, "f")) == [("NP204", "/segments")]
    assert "93" in check_coverage(neither, TEXT, "f")[0].message  # the message names the first stretch


def test_coverage_needs_the_source_text() -> None:
    no_body = release(segments=segments((2, None)))
    assert {code for code, _ in found(check_segments(no_body, None, "f"))} == {"NP202"}
    assert ("NP204", "/segments") in found(check_segments(no_body, TEXT, "f"))


def test_segment_language_only_when_it_differs() -> None:
    doc = release_doc()
    doc["segments"][2]["language"] = "fr"  # the release's own
    doc["segments"][3]["language"] = "en"
    assert found(check_languages(as_release(doc), "f")) == [("NP205", "/segments/2/language")]
