"""NP2xx segments: segments do not overlap; quotes and mentions lie inside content segments."""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Iterator

from natopress.findings import Finding, Location, define, pointer_join
from natopress.model import CONTENT_SEGMENT_KINDS, Release, Span

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


def check_overlap(release: Release, file: str) -> list[Finding]:
    """NP201: segments that overlap an earlier one (in text order)."""
    findings = []
    ordered = sorted(range(len(release.segments)), key=lambda i: release.segments[i].span.start)
    reach, reach_index = -1, -1
    for i in ordered:
        span = release.segments[i].span
        if span.start < reach:
            message = f"segment [{span.start}, {span.end}) overlaps segment {reach_index} (ends at {reach})"
            findings.append(OVERLAP.at(file, pointer_join("segments", i, "span"), message))
        if span.end > reach:
            reach, reach_index = span.end, i
    return findings


def annotation_spans(release: Release) -> Iterator[tuple[Location, Span]]:
    """Spans that must lie in content segments: quote content, cue, speaker mention; mentions."""
    for i, quote in enumerate(release.quotes):
        for name in ("content", "cue", "speaker_mention"):
            span = getattr(quote, name)
            if span is not None:
                yield ("quotes", i, name), span
    for i, mention in enumerate(release.mentions):
        yield ("mentions", i, "span"), mention.span


def check_inside_content(release: Release, file: str) -> list[Finding]:
    """NP202: annotations not contained in a single content segment."""
    content = sorted((s.span.start, s.span.end) for s in release.segments if s.kind in CONTENT_SEGMENT_KINDS)
    starts = [start for start, _ in content]
    reach = list(itertools.accumulate((end for _, end in content), max))
    findings = []
    for where, span in annotation_spans(release):
        i = bisect.bisect_right(starts, span.start) - 1
        # The segment reaching furthest among those starting at or before the span contains it, if any does.
        if i < 0 or reach[i] < span.end:
            message = f"span [{span.start}, {span.end}) is not inside a title, body or caption segment"
            findings.append(OUTSIDE_CONTENT.at(file, pointer_join(*where), message))
    return findings


def check_segments(release: Release, file: str) -> list[Finding]:
    """NP201-NP202."""
    return check_overlap(release, file) + check_inside_content(release, file)
