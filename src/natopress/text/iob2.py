"""The IOB2 view of a release's name mentions, one sequence per content segment: the one function behind
both the `ner` config and the CoNLL export, so the two always tag the same tokens the same way."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from natopress.model import CONTENT_SEGMENT_KINDS, MentionKind, Release, Segment
from natopress.text.tokens import Token, TokenColumns, TypedSpan, column_tags, misaligned, token_columns

NESTED = "nested inside another mention"
CROSSING = "overlaps another mention"
MISALIGNED = "boundary inside a token"
OUTSIDE = "not inside a title, body or caption segment"
"""Why a name mention is left out of the IOB2 view (IOB2 has one flat label per token)."""


@dataclass(frozen=True)
class LeftOut:
    """A name mention the IOB2 view cannot carry: its code-point span (end exclusive), text and reason."""

    start: int
    end: int
    text: str
    reason: str


@dataclass(frozen=True)
class TaggedSegment:
    """One content segment as an IOB2 sequence: its index in `release.segments`, tokens and tags."""

    index: int
    segment: Segment
    columns: TokenColumns
    """The tokens as columns (texts, starts, ends): what the `ner` config writes."""
    tags: tuple[str, ...]

    @property
    def tokens(self) -> tuple[Token, ...]:
        """The tokens as Token values (made on each call: the build reads `columns` instead)."""
        return tuple(self.columns.tokens())


def name_spans(release: Release, entity_type: Callable[[str], str | None]) -> list[TypedSpan]:
    """The release's name mentions typed by `entity_type(entity_id)` (None leaves the mention out).

    Nominal mentions (`le secrétaire général`) are never in the view: CoNLL-2003 tags names only
    (ANNOTATION_GUIDELINES.md 3.4). `entity_type` may raise (KeyError for an entity not in the registry).
    """
    spans = []
    for mention in release.mentions:
        if mention.kind is not MentionKind.NAME:
            continue
        label = entity_type(mention.entity)
        if label is not None:
            spans.append(TypedSpan(mention.span.start, mention.span.end, label))
    return spans


def _overlapped(spans: list[TypedSpan], text: str) -> tuple[list[TypedSpan], list[LeftOut]]:
    """The outermost spans (first start, then longest), and each other span left out as nested or crossing."""
    kept: list[TypedSpan] = []
    left: list[LeftOut] = []
    for span in sorted(set(spans), key=lambda s: (s.start, -s.end, s.type)):
        if kept and span.start < kept[-1].end:
            reason = NESTED if span.end <= kept[-1].end else CROSSING
            left.append(LeftOut(span.start, span.end, text[span.start : span.end], reason))
            continue
        kept.append(span)
    return kept, left


def iob2_view(
    release: Release, text: str, entity_type: Callable[[str], str | None]
) -> tuple[list[TaggedSegment], list[LeftOut]]:
    """Each title, body and caption segment (in annotation order) with its tokens and IOB2 tags, and the
    name mentions the tags cannot carry exactly (nested, crossing, a boundary inside a token, outside every
    content segment), sorted by offset. Offsets are code points into `text`."""
    kept, left = _overlapped(name_spans(release, entity_type), text)
    placed: set[TypedSpan] = set()
    tagged: list[TaggedSegment] = []
    for index, segment in enumerate(release.segments):
        if segment.kind not in CONTENT_SEGMENT_KINDS:
            continue
        lo, hi = segment.span.start, segment.span.end
        inside = [s for s in kept if lo <= s.start and s.end <= hi]
        placed.update(inside)
        tokens = token_columns(text, lo, hi)
        tagged.append(TaggedSegment(index, segment, tokens, tuple(column_tags(tokens, inside))))
        left += [
            LeftOut(s.start, s.end, text[s.start : s.end], MISALIGNED) for s in misaligned(tokens, inside)
        ]
    left += [LeftOut(s.start, s.end, text[s.start : s.end], OUTSIDE) for s in kept if s not in placed]
    return tagged, sorted(left, key=lambda x: (x.start, x.end))
