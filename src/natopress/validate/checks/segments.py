"""NP2xx segments: segments do not overlap; quotes and mentions lie inside content segments."""

from __future__ import annotations

import bisect
import itertools

from natopress.document import ReleaseData
from natopress.kinds import CONTENT_SEGMENT_KINDS
from natopress.validate.checks.spans import annotation_spans, overlapping, text_order
from natopress.validate.findings import Finding, define, pointer_join

OVERLAP = define(
    "NP201",
    "segments overlap",
    "two segments share characters; each character is in one segment at most",
    "chrome [294, 299) inside caption [294, 328)",
)
OUTSIDE_CONTENT = define(
    "NP202",
    "annotation outside content",
    "a quote, cue, speaker mention or mention is not inside one title, body or caption segment",
    "a mention in the date block or site chrome",
)

OUT_OF_ORDER = define(
    "NP203",
    "segments out of text order",
    "segments are listed in text order (by start, then longer first)",
    "the caption listed before the body it follows",
)
UNCOVERED_TEXT = define(
    "NP204",
    "text outside every segment",
    "every non-blank line of the source belongs to a segment",
    "a body paragraph with no segment",
)

REDUNDANT_LANGUAGE = define(
    "NP205",
    "segment language repeats the release's",
    "a segment has `language` only when it differs from `metadata.language`; otherwise null",
    '`"language": "fr"` on a segment of a French release',
)


def check_languages(release: ReleaseData, file: str) -> list[Finding]:
    """NP205: a segment's language, when set, differs from the release's."""
    return [
        REDUNDANT_LANGUAGE.at(
            file,
            pointer_join("segments", i, "language"),
            f"language {segment['language']!r} is the release's own; use null",
        )
        for i, segment in enumerate(release["segments"])
        if segment["language"] is not None and segment["language"] == release["metadata"]["language"]
    ]


def check_order(release: ReleaseData, file: str) -> list[Finding]:
    """NP203: segments in text order."""
    i = text_order([segment["span"] for segment in release["segments"]])
    if i is None:
        return []
    message = f"segment {i} starts before segment {i - 1}; list segments in text order"
    return [OUT_OF_ORDER.at(file, pointer_join("segments", i), message)]


def check_coverage(release: ReleaseData, text: str, file: str) -> list[Finding]:
    """NP204: non-blank text that no segment covers (the first stretch only)."""
    position = 0
    for start, end in sorted((s["span"]["start"], s["span"]["end"]) for s in release["segments"]):
        if start > position and text[position:start].strip():
            return [_uncovered(text, position, start, file)]
        position = max(position, end)
    if text[position:].strip():
        return [_uncovered(text, position, len(text), file)]
    return []


def _uncovered(text: str, start: int, end: int, file: str) -> Finding:
    gap = text[start:end]
    first = start + len(gap) - len(gap.lstrip())
    words = gap.strip().split("\n", 1)[0][:60]
    message = f"text at offset {first} is in no segment: {words!r}"
    return UNCOVERED_TEXT.at(file, "/segments", message)


def check_overlap(release: ReleaseData, file: str) -> list[Finding]:
    """NP201: segments that overlap an earlier one (in text order)."""
    spans = [segment["span"] for segment in release["segments"]]
    return [
        OVERLAP.at(
            file,
            pointer_join("segments", i, "span"),
            f"segment [{spans[i]['start']}, {spans[i]['end']}) overlaps segment {j} (ends at {spans[j]['end']})",
        )
        for i, j in overlapping(spans)
    ]


def check_inside_content(release: ReleaseData, file: str) -> list[Finding]:
    """NP202: annotations not contained in a single content segment."""
    content = sorted(
        (s["span"]["start"], s["span"]["end"])
        for s in release["segments"]
        if s["kind"] in CONTENT_SEGMENT_KINDS
    )
    starts = [start for start, _ in content]
    reach = list(itertools.accumulate((end for _, end in content), max))
    findings = []
    for where, span in annotation_spans(release):
        start, end = span["start"], span["end"]
        i = bisect.bisect_right(starts, start) - 1
        # The segment reaching furthest among those starting at or before the span contains it, if any does.
        if i < 0 or reach[i] < end:
            message = f"span [{start}, {end}) is not inside a title, body or caption segment"
            findings.append(OUTSIDE_CONTENT.at(file, pointer_join(*where), message))
    return findings


def check_segments(release: ReleaseData, text: str | None, file: str) -> list[Finding]:
    """NP201-NP205; coverage only when the source text could be read."""
    findings = check_overlap(release, file) + check_inside_content(release, file) + check_order(release, file)
    findings += check_languages(release, file)
    if text is not None:
        findings += check_coverage(release, text, file)
    return findings
