"""NP1xx spans: order, bounds, span text == source slice, no surrounding white space."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

from natopress.document import ReleaseData, SpanData
from natopress.kinds import METADATA_FACTS
from natopress.text.compare import describe_difference
from natopress.validate.findings import Finding, Location, define, pointer_join

TEXT_MISMATCH = define(
    "NP101",
    "span text differs from source",
    "a span's `text` is not the source slice `text[start:end]`",
    '`{"start": 0, "end": 5, "text": "Hello"}` over `Hallo`',
)
OUT_OF_RANGE = define(
    "NP102",
    "span out of range",
    "a span ends beyond the source text",
    '`"end": 99999` in a 900-character text',
)
NOT_ORDERED = define(
    "NP103",
    "empty or reversed span",
    "a span's `end` is not greater than its `start`",
    '`"start": 9, "end": 9`',
)
WHITESPACE = define(
    "NP104",
    "span has surrounding white space",
    "a span starts or ends with white space (a no-break space counts)",
    '`"text": "OTAN "`',
)


def release_spans(release: ReleaseData) -> Iterator[tuple[Location, SpanData]]:
    """Every span of a release with its location (JSON pointer parts), metadata first, in document order."""
    meta = release["metadata"]
    for name in METADATA_FACTS:
        fact = meta[name]
        if fact is not None and fact["span"] is not None:
            yield ("metadata", name, "span"), fact["span"]
    for i, segment in enumerate(release["segments"]):
        yield ("segments", i, "span"), segment["span"]
    yield from annotation_spans(release)


def text_order(spans: list[SpanData]) -> int | None:
    """The index of the first span listed before one that precedes it in text order, or None."""
    keys = [(span["start"], -span["end"]) for span in spans]
    return next((i for i in range(1, len(keys)) if keys[i] < keys[i - 1]), None)


def overlapping(spans: list[SpanData]) -> Iterator[tuple[int, int]]:
    """(i, j) for each span i that starts inside an earlier-starting span j (j: the one reaching furthest)."""
    reach, reach_index = -1, -1
    for i in sorted(range(len(spans)), key=lambda k: spans[k]["start"]):
        if spans[i]["start"] < reach:
            yield i, reach_index
        if spans[i]["end"] > reach:
            reach, reach_index = spans[i]["end"], i


def annotation_spans(release: ReleaseData) -> Iterator[tuple[Location, SpanData]]:
    """The spans that must lie in content segments: quote content, cue, speaker mention; mentions."""
    for i, quote in enumerate(release["quotes"]):
        for name in ("content", "cue", "speaker_mention"):
            span = quote[name]
            if span is not None:
                yield ("quotes", i, name), span
    for i, mention in enumerate(release["mentions"]):
        yield ("mentions", i, "span"), mention["span"]


def span_is_clean(start: int, end: int, value: str, text: str | None) -> bool:
    """True when no span rule (NP101-NP104) applies to the span `[start, end)` with text `value`.

    The one predicate of the span rules: `check_spans` settles a clean span with it alone (the common case),
    and `span_findings` reports nothing for a span it accepts. A new span rule goes here and in
    `span_findings` both; `tests/unit/test_span_predicate.py` fails when the two disagree on any span.
    """
    return (
        start < end
        and value.strip() == value
        and (text is None or (end <= len(text) and text[start:end] == value))
    )


def check_span(span: SpanData, text: str | None, file: str, where: Location) -> list[Finding]:
    """The findings of one span; without a source text only its shape is checked."""
    findings = span_findings(span, text, file, "")
    # The pointer is built only for spans with findings: building it for every span costs more than the checks.
    return [dataclasses.replace(f, pointer=pointer_join(*where)) for f in findings] if findings else findings


def span_findings(span: SpanData, text: str | None, file: str, pointer: str) -> list[Finding]:
    """What is wrong with one span (NP101-NP104), at `pointer`; [] exactly when `span_is_clean`."""
    if span_is_clean(span["start"], span["end"], span["text"], text):
        return []
    return _diagnose(span, text, file, pointer)


def _diagnose(span: SpanData, text: str | None, file: str, pointer: str) -> list[Finding]:
    """The findings of a span `span_is_clean` refused: which rules it breaks, and how."""
    start, end, value = span["start"], span["end"], span["text"]
    if end <= start:
        message = f"end ({end}) must be greater than start ({start})"
        return [NOT_ORDERED.at(file, pointer, message)]
    findings = []
    if value.strip() != value:
        findings.append(WHITESPACE.at(file, pointer, f"span text {value!r} starts or ends with white space"))
    if text is None:
        return findings
    if end > len(text):
        message = f"span [{start}, {end}) ends beyond the source text ({len(text)} code points)"
        return [*findings, OUT_OF_RANGE.at(file, pointer, message)]
    actual = text[start:end]
    if actual != value:
        where = describe_difference(value, actual, "text", "source")
        message = f"span [{start}, {end}) text differs from the source slice {where}"
        findings.append(TEXT_MISMATCH.at(file, pointer, message))
    return findings


def check_spans(release: ReleaseData, text: str | None, file: str) -> list[Finding]:
    """NP101-NP104 for every span of a release."""
    findings = []
    for where, span in release_spans(release):
        # A clean span, the common case, is settled by the predicate alone (130,000 spans in 2,000
        # releases); any other goes through check_span, which says what is wrong.
        if span_is_clean(span["start"], span["end"], span["text"], text):
            continue
        findings.extend(check_span(span, text, file, where))
    return findings
