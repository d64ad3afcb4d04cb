"""NP5xx metadata checks on the valid release with one metadata or annotation field changed."""

from __future__ import annotations

from typing import Any

import pytest
from conftest import FIXTURE_ID
from helpers.documents import SOURCE, as_release, found, release, release_doc

from natopress.document import ReleaseData
from natopress.validate.checks.metadata import check_metadata


def changed(section: str, **changes: Any) -> ReleaseData:
    """The valid release with some keys of `metadata` or `annotation` replaced."""
    doc = release_doc()
    doc[section].update(changes)
    return as_release(doc)


def check(
    release_: ReleaseData, stem: str = FIXTURE_ID, source: bytes | None = SOURCE
) -> list[tuple[str, str]]:
    return found(check_metadata(release_, stem, source, "f"))


def fact(value: str, span: dict[str, Any] | None = None, source: str | None = None) -> dict[str, Any]:
    return {"span": span, "source": source, "value": value}


def test_valid_metadata_has_no_finding() -> None:
    assert check(release()) == []
    assert check(release(), source=None) == []


def test_id_is_the_file_stem() -> None:
    assert check(release(), stem="2000-01-01-fr-other") == [("NP502", "/id")]


def test_source_hash() -> None:
    assert check(release(), source=SOURCE + b"\n") == [("NP501", "/metadata/text_sha256")]
    assert check(changed("metadata", text_sha256="0" * 64)) == [("NP501", "/metadata/text_sha256")]
    assert check(changed("metadata", text_sha256="0" * 64), source=None) == []  # no .txt: nothing to hash


@pytest.mark.parametrize(
    ("updated", "expected"),
    [
        ("1999-12-31T23:59:59", [("NP503", "/metadata/updated/value")]),
        ("2000-01-01T00:00:00", []),  # the same day is not before
        ("2000-01-02T08:00:00+02:00", []),
        ("1999-12-31", [("NP503", "/metadata/updated/value")]),  # a day alone (no time shown)
        ("2000-01-01", []),
    ],
)
def test_updated_not_before_published(updated: str, expected: list[tuple[str, str]]) -> None:
    assert check(changed("metadata", updated=fact(updated, source="the page"))) == expected


@pytest.mark.parametrize(
    ("span_text", "expected"),
    [
        ("Last updated: 31 Dec. 1999 23:59", []),  # the page's own update item: transcribed, not refused
        ("Mis à jour le : 31-Dec-1999", []),
        ("31 Dec. 1999 23:59", [("NP503", "/metadata/updated/value")]),  # no label: which date is which?
    ],
)
def test_updated_before_published_stated_by_the_page(span_text: str, expected: list[tuple[str, str]]) -> None:
    span = {"start": 0, "end": len(span_text), "text": span_text}
    updated = fact("1999-12-31T23:59:00", span=span)
    assert [f for f in check(changed("metadata", updated=updated)) if f[0] == "NP503"] == expected


def test_updated_without_published_is_not_compared() -> None:
    release_ = changed("metadata", updated=fact("1999-12-31T23:59:59", source="the page"), published=None)
    assert check(release_) == []


def test_every_fact_has_evidence() -> None:
    release_ = changed(
        "metadata",
        published=fact("2000-01-01"),
        event_date=fact("1999-12-30"),
        title=fact("Texte inventé"),  # no span: its value is not compared (NP505)
    )
    assert check(release_) == [
        ("NP504", "/metadata/event_date"),
        ("NP504", "/metadata/published"),
        ("NP504", "/metadata/title"),
    ]


def test_text_value_equals_its_span_unless_a_source_is_cited() -> None:
    span = release_doc()["metadata"]["title"]["span"]
    assert check(changed("metadata", title=fact("Texte inventé", span))) == [
        ("NP505", "/metadata/title/value")
    ]
    assert check(changed("metadata", title=fact("Texte inventé", span, source="the page"))) == []


def test_date_value_is_not_compared_with_its_span() -> None:
    published = release_doc()["metadata"]["published"]
    assert published["value"] != published["span"]["text"]
    assert check(changed("metadata", published=published)) == []


@pytest.mark.parametrize(
    "changes", [{"checked_by": []}, {"checked_on": None}, {"checked_by": [], "checked_on": None}]
)
def test_checked_names_who_and_when(changes: dict[str, Any]) -> None:
    assert check(changed("annotation", **changes)) == [("NP506", "/annotation")]


def test_draft_is_a_warning_of_its_own() -> None:
    draft = changed("annotation", status="draft", checked_by=[], checked_on=None)
    assert check(draft) == [("NP507", "/annotation/status")]
    assert check_metadata(draft, FIXTURE_ID, SOURCE, "f")[0].severity == "warning"
