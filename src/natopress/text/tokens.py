"""Tokenisation with offsets and the CoNLL-2003 IOB2 view of entity mentions (outermost mentions only)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

# An elided article or pronoun keeps its apostrophe (`l’`, `d’`, `qu’`); hyphenated words stay whole
# (`a-t-il`, `Jean-Pierre`); every other non-space character is a token of its own.
TOKEN_RE = re.compile(r"\w+['’](?=\w)|\w+(?:[-‐‑]\w+)*|[^\w\s]")

IOB2_LABELS: tuple[str, ...] = ("O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC")
"""The CoNLL-2003 label set in IOB2, in the order of the `ner_tags` ClassLabel."""


@dataclass(frozen=True)
class Token:
    """A token and its code-point offsets in the source (end exclusive)."""

    text: str
    start: int
    end: int


@dataclass(frozen=True)
class TypedSpan:
    """A mention reduced to what the NER view needs."""

    start: int
    end: int
    type: str


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """The tokens of `text[start:end]`, with offsets into `text`."""
    stop = len(text) if end is None else end
    return [Token(m.group(), m.start(), m.end()) for m in TOKEN_RE.finditer(text, start, stop)]


def outermost(spans: Iterable[TypedSpan]) -> list[TypedSpan]:
    """The spans not inside another one, in text order (CoNLL-2003 has no nesting)."""
    ordered = sorted(spans, key=lambda s: (s.start, -s.end))
    kept: list[TypedSpan] = []
    for span in ordered:
        if kept and span.start < kept[-1].end:
            continue
        kept.append(span)
    return kept


def iob2_tags(tokens: Sequence[Token], spans: Iterable[TypedSpan]) -> list[str]:
    """IOB2 tags for `tokens`: a token is in a mention when it lies wholly inside the mention's span."""
    tags = ["O"] * len(tokens)
    for span in outermost(spans):
        inside = [i for i, tok in enumerate(tokens) if tok.start >= span.start and tok.end <= span.end]
        for position, index in enumerate(inside):
            tags[index] = ("B-" if position == 0 else "I-") + span.type
    return tags


def misaligned(tokens: Sequence[Token], spans: Iterable[TypedSpan]) -> list[TypedSpan]:
    """Mentions whose boundaries fall inside a token: the IOB2 view cannot represent them exactly."""
    starts = {tok.start for tok in tokens}
    ends = {tok.end for tok in tokens}
    return [s for s in outermost(spans) if s.start not in starts or s.end not in ends]
