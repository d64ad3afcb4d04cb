"""CoNLL-2003 IOB2 for NER: `token<TAB>tag` lines, one sequence per content segment, `-DOCSTART-` per release.

Columns: 1 the token (natopress.text.tokens.tokenize), 2 its IOB2 tag (`O`, `B-PER`, `I-PER`, ... from the
outermost name mentions; the type is the registry entity's CoNLL type). The tags are those of the `ner`
config (natopress.text.iob2.iob2_view): nominal mentions are not tagged (guidelines 3.4), and nested ones
cannot be. A release starts with the line `-DOCSTART- -X- O O` (as CoNLL-2003 writes it, and as spaCy's
`spacy convert` expects between documents) and a blank line; each title, body and caption segment (in text
order) is one sequence, followed by a blank line. Date blocks and site chrome are left out. Releases come in
id order.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from natopress.model import Release
from natopress.text.iob2 import iob2_view, name_spans
from natopress.text.tokens import Token, TypedSpan

DOCSTART = "-DOCSTART-"
DOCSTART_LINE = "-DOCSTART- -X- O O"
"""The document separator of CoNLL-2003 (Tjong Kim Sang and De Meulder 2003), columns token, POS, chunk, NER."""


@dataclass(frozen=True)
class Unrepresented:
    """A name mention the IOB2 view cannot carry exactly: nested in or crossing another one, a boundary
    inside a token, or outside every sequence. Offsets in code points, end exclusive."""

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
    """Every name mention as a TypedSpan; a mention of an entity missing from the registry raises KeyError."""
    return name_spans(release, entity_types.__getitem__)


def sequences(
    release: Release, text: str, entity_types: Mapping[str, str]
) -> tuple[list[Sequence_], list[Unrepresented]]:
    """The tagged sequences of one release (segments without a token left out) and the name mentions they
    cannot represent exactly; raises KeyError for a mention of an entity missing from `entity_types`."""
    tagged, left_out = iob2_view(release, text, entity_types.__getitem__)
    ordered = sorted(tagged, key=lambda t: t.segment.span.start)
    result = [Sequence_(t.tokens, t.tags) for t in ordered if t.tokens]
    problems = [Unrepresented(release.id, x.start, x.end, x.text, x.reason) for x in left_out]
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
        lines += [DOCSTART_LINE, ""]
        for seq in seqs:
            lines += [f"{tok.text}\t{tag}" for tok, tag in zip(seq.tokens, seq.tags, strict=True)]
            lines.append("")
    return "\n".join(lines) + ("\n" if lines else ""), problems


def read_conll(data: str) -> list[list[list[tuple[str, str]]]]:
    """Documents (each opened by a `-DOCSTART-` line) → sequences → (token, tag) pairs; raises ValueError
    naming the line of a malformed row."""
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
        if line.split()[:1] == [DOCSTART]:  # `-DOCSTART- -X- O O`, or older `-DOCSTART-<TAB>O`
            close()
            documents.append([])
            continue
        parts = line.split("\t")
        if len(parts) != 2:
            raise ValueError(f"line {number}: expected `token<TAB>tag`, found {line!r}")
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
