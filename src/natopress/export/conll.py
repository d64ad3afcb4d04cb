"""CoNLL-2003 IOB2 for NER: `token<TAB>tag` lines, one sequence per content segment, `-DOCSTART-` per release.

Columns: 1 the token (natopress.text.tokens.tokenize), 2 its IOB2 tag (`O`, `B-PER`, `I-PER`, ... from the
outermost entity mentions; the type is the registry entity's CoNLL type). A release starts with the line
`-DOCSTART-<TAB>O` and a blank line; each title, body and caption segment (in text order) is one sequence,
followed by a blank line. Date blocks and site chrome are left out. Releases come in id order.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from natopress.model import CONTENT_SEGMENT_KINDS, Release
from natopress.text.tokens import Token, TypedSpan, iob2_tags, misaligned, outermost, tokenize

DOCSTART = "-DOCSTART-"


@dataclass(frozen=True)
class Unrepresented:
    """A mention the IOB2 view cannot carry exactly: a boundary inside a token, or outside every sequence."""

    release_id: str
    start: int
    end: int
    text: str
    reason: str


@dataclass(frozen=True)
class Sequence_:
    """One exported sequence: its tokens (with offsets) and their tags."""

    tokens: tuple[Token, ...]
    tags: tuple[str, ...]


def typed_spans(release: Release, entity_types: Mapping[str, str]) -> list[TypedSpan]:
    """Every mention as a TypedSpan; a mention of an entity missing from the registry raises KeyError."""
    return [TypedSpan(m.span.start, m.span.end, entity_types[m.entity]) for m in release.mentions]


def sequences(
    release: Release, text: str, entity_types: Mapping[str, str]
) -> tuple[list[Sequence_], list[Unrepresented]]:
    """The tagged sequences of one release and the outermost mentions they cannot represent exactly."""
    spans = typed_spans(release, entity_types)
    result: list[Sequence_] = []
    problems: list[Unrepresented] = []
    covered: set[TypedSpan] = set()
    for segment in sorted(release.segments, key=lambda s: s.span.start):
        if segment.kind not in CONTENT_SEGMENT_KINDS:
            continue
        lo, hi = segment.span.start, segment.span.end
        inside = [s for s in spans if s.start >= lo and s.end <= hi]
        covered.update(inside)
        tokens = tokenize(text, lo, hi)
        if not tokens:
            continue
        result.append(Sequence_(tuple(tokens), tuple(iob2_tags(tokens, inside))))
        for span in misaligned(tokens, inside):
            problems.append(
                Unrepresented(
                    release.id, span.start, span.end, text[span.start : span.end], "boundary inside a token"
                )
            )
    for span in outermost(spans):
        if span not in covered:
            problems.append(
                Unrepresented(
                    release.id,
                    span.start,
                    span.end,
                    text[span.start : span.end],
                    "not inside a title, body or caption segment",
                )
            )
    return result, problems


def to_conll(
    documents: Iterable[tuple[Release, str]], entity_types: Mapping[str, str]
) -> tuple[str, list[Unrepresented]]:
    """The CoNLL text of all releases and the mentions it cannot represent exactly."""
    lines: list[str] = []
    problems: list[Unrepresented] = []
    for release, text in documents:
        seqs, found = sequences(release, text, entity_types)
        problems += found
        lines += [f"{DOCSTART}\tO", ""]
        for seq in seqs:
            lines += [f"{tok.text}\t{tag}" for tok, tag in zip(seq.tokens, seq.tags, strict=True)]
            lines.append("")
    return "\n".join(lines) + ("\n" if lines else ""), problems


def read_conll(data: str) -> list[list[list[tuple[str, str]]]]:
    """Documents → sequences → (token, tag) pairs; raises ValueError naming the line of a malformed row."""
    documents: list[list[list[tuple[str, str]]]] = []
    current: list[tuple[str, str]] = []

    def close() -> None:
        if current:
            if not documents:
                documents.append([])
            documents[-1].append(list(current))
            current.clear()

    for number, line in enumerate(data.split("\n"), start=1):
        if not line:
            close()
            continue
        parts = line.split("\t")
        if len(parts) != 2:
            raise ValueError(f"line {number}: expected `token<TAB>tag`, found {line!r}")
        if parts[0] == DOCSTART:
            close()
            documents.append([])
            continue
        current.append((parts[0], parts[1]))
    close()
    return documents


def spans_from_tags(tokens: Sequence[Token], tags: Sequence[str]) -> list[TypedSpan]:
    """Entity spans read back from IOB2 tags (an `I-` after `O` or another type starts a span, as in conlleval)."""
    spans: list[TypedSpan] = []
    open_span: TypedSpan | None = None
    for token, tag in zip(tokens, tags, strict=True):
        prefix, _, label = tag.partition("-")
        if open_span is not None and (prefix != "I" or label != open_span.type):
            spans.append(open_span)
            open_span = None
        if prefix == "B" or (prefix == "I" and open_span is None):
            open_span = TypedSpan(token.start, token.end, label)
        elif prefix == "I" and open_span is not None:
            open_span = TypedSpan(open_span.start, token.end, label)
    if open_span is not None:
        spans.append(open_span)
    return spans
