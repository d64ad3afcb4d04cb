"""NP5xx metadata: source hash, id == file stem, dates, evidence, annotation status."""

from __future__ import annotations

import hashlib
import re

from natopress.document import FactData, MetadataData, ReleaseData
from natopress.formats import UPDATE_LABEL, day_of, parse_date, parse_datetime
from natopress.kinds import METADATA_FACTS, TEXT_FACTS, AnnotationStatus
from natopress.validate.findings import Finding, Severity, define, pointer_join

_UPDATE_LABEL_RE = re.compile(UPDATE_LABEL, re.IGNORECASE)
SHA_MISMATCH = define(
    "NP501", "source hash mismatch", "`text_sha256` is not the sha256 of the `.txt` bytes", "an edited `.txt`"
)
ID_NOT_STEM = define(
    "NP502",
    "release id differs from file name",
    "the release `id` must equal the file name without `.json`",
    '`"id": "2021-07-01-fr-news-1"` in `2021-07-01-fr-news-185631.json`',
)
UPDATED_BEFORE_PUBLISHED = define(
    "NP503",
    "updated before published",
    "the `updated` date is earlier than the `published` date, and the page does not say so (no update label in its span)",
    "updated 1999-12-31T10:00:00, published 2000-01-01",
)
EMPTY_EVIDENCE = define(
    "NP504",
    "evidence without span or source",
    "a metadata value needs a span of the text, a cited source, or both",
    '`"published": {"span": null, "source": null, "value": "2000-01-01"}`',
)
VALUE_NOT_SPAN = define(
    "NP505",
    "value differs from its span",
    "a text value with a span and no cited source must equal the span's text",
    '`"value": "Titre"` over a span `"Titre officiel"`',
)
CHECKED_WITHOUT_CHECKER = define(
    "NP506",
    "checked without checker",
    "a `checked` annotation names who checked it (`checked_by`) and when (`checked_on`)",
    '`"status": "checked", "checked_by": []`',
)
DRAFT = define(
    "NP507",
    "draft annotation",
    "the annotation is a draft (an error with --strict, the release gate)",
    '`"status": "draft"`',
    Severity.WARNING,
)

CHECKED_WITH_PROPOSALS = define(
    "NP508",
    "checked with proposed entities",
    "a `checked` annotation still holds `proposed_entities`: accept each into registry.json or remove it",
    '`"status": "checked", "proposed_entities": [{"id": "marek-halvorsen", ...}]`',
)


def check_metadata(release: ReleaseData, stem: str, source: bytes | None, file: str) -> list[Finding]:
    """NP501-NP508."""
    findings = []
    meta = release["metadata"]
    if release["id"] != stem:
        message = f"id {release['id']!r} differs from the file name {stem!r}"
        findings.append(ID_NOT_STEM.at(file, "/id", message))
    if source is not None and hashlib.sha256(source).hexdigest() != meta["text_sha256"]:
        message = f"text_sha256 differs from the sha256 of the .txt ({hashlib.sha256(source).hexdigest()})"
        findings.append(SHA_MISMATCH.at(file, "/metadata/text_sha256", message))
    updated, published = meta["updated"], meta["published"]
    if updated is not None and published is not None and not _labelled_update(updated):
        updated_at, published_on = parse_datetime(updated["value"]), parse_date(published["value"])
        if day_of(updated_at) < published_on:
            message = f"updated {updated_at.isoformat()} is before published {published_on.isoformat()}"
            findings.append(UPDATED_BEFORE_PUBLISHED.at(file, "/metadata/updated/value", message))
    findings += _check_evidence(meta, file)
    return findings + _check_status(release, file)


def _labelled_update(updated: FactData) -> bool:
    """True when the `updated` span holds the page's update label (`Last updated: 05 Aug. 2019 23:17`,
    `Mis à jour le`): the page itself dates its update before the date it shows on top (a real nato.int
    layout, where that date is often the event's), so NP503 does not apply; the annotation transcribes it."""
    span = updated["span"]
    return span is not None and _UPDATE_LABEL_RE.search(span["text"]) is not None


def _check_evidence(meta: MetadataData, file: str) -> list[Finding]:
    """NP504-NP505: each fact has evidence; a text value with a span and no source is the span's text."""
    findings = []
    for name in METADATA_FACTS:
        fact = meta[name]
        if fact is None:
            continue
        span, source = fact["span"], fact["source"]
        if span is None and source is None:
            findings.append(EMPTY_EVIDENCE.at(file, pointer_join("metadata", name)))
        if name in TEXT_FACTS and span is not None and source is None and fact["value"] != span["text"]:
            message = (
                f"value {fact['value']!r} differs from its span's text {span['text']!r} and cites no source"
            )
            findings.append(VALUE_NOT_SPAN.at(file, pointer_join("metadata", name, "value"), message))
    return findings


def _check_status(release: ReleaseData, file: str) -> list[Finding]:
    """NP506-NP508: a checked annotation names its checker and proposes no entity; a draft is a warning."""
    findings = []
    annotation, proposed = release["annotation"], release["proposed_entities"]
    checked = annotation["status"] == AnnotationStatus.CHECKED
    if checked and (not annotation["checked_by"] or annotation["checked_on"] is None):
        findings.append(CHECKED_WITHOUT_CHECKER.at(file, "/annotation"))
    if checked and proposed:
        ids = ", ".join(e["id"] for e in proposed[:3])
        message = f"checked annotation still proposes {len(proposed)} entities ({ids}): accept or remove them"
        findings.append(CHECKED_WITH_PROPOSALS.at(file, "/proposed_entities", message))
    if annotation["status"] == AnnotationStatus.DRAFT:
        findings.append(DRAFT.at(file, "/annotation/status", "draft annotation: not yet checked by a person"))
    return findings
