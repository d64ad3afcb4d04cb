"""One IOB2 view for the `ner` config and the CoNLL export: names only, outermost only, the rest counted."""

from __future__ import annotations

from pathlib import Path

import pytest

from natopress.build.rows import ner_rows
from natopress.cli import main
from natopress.corpus import Document
from natopress.draft.ingest import draft_release
from natopress.export.conll import DOCSTART_LINE, read_conll, sequences, to_conll
from natopress.model import Entity, EntityType, Mention, MentionKind, Registry, Release, Span
from natopress.text.iob2 import NESTED, iob2_view

TEXT = (
    "L’OTAN salue l’Équipe OTAN de conseil et de liaison\n\n"
    "Bruxelles, le 1er juillet 2021\n\n"
    "Le secrétaire général de l’OTAN, Jens Stoltenberg, a rencontré l’Équipe OTAN de conseil et de "
    "liaison à Bruxelles. « Nous restons unis », a déclaré le secrétaire général.\n"
)
TYPES = {"nato": "ORG", "nalt": "ORG", "js": "PER", "brussels": "LOC"}


def span(text: str, occurrence: int = 0) -> Span:
    start = -1
    for _ in range(occurrence + 1):
        start = TEXT.index(text, start + 1)
    return Span(start=start, end=start + len(text), text=text)


def release() -> Release:
    draft = draft_release(TEXT, release_id="2021-07-01-fr-fixture-iob2")
    mentions = [
        Mention(span=span("OTAN", 0), entity="nato", kind=MentionKind.NAME),
        Mention(span=span("Équipe OTAN de conseil et de liaison", 0), entity="nalt", kind=MentionKind.NAME),
        Mention(span=span("OTAN", 1), entity="nato", kind=MentionKind.NAME),  # nested in the team's name
        Mention(span=span("Le secrétaire général de l’OTAN"), entity="js", kind=MentionKind.NOMINAL),
        Mention(span=span("OTAN", 2), entity="nato", kind=MentionKind.NAME),  # nested in the nominal
        Mention(span=span("Jens Stoltenberg"), entity="js", kind=MentionKind.NAME),
        Mention(span=span("Équipe OTAN de conseil et de liaison", 1), entity="nalt", kind=MentionKind.NAME),
        Mention(span=span("OTAN", 3), entity="nato", kind=MentionKind.NAME),  # nested in the team's name
        Mention(span=span("Bruxelles", 1), entity="brussels", kind=MentionKind.NAME),
        Mention(span=span("le secrétaire général"), entity="js", kind=MentionKind.NOMINAL),
    ]
    mentions.sort(key=lambda m: (m.span.start, -m.span.end))
    return draft.model_copy(update={"mentions": mentions})


def test_nominal_mentions_are_not_tagged_and_nested_ones_are_counted() -> None:
    tagged, left_out = iob2_view(release(), TEXT, TYPES.get)
    body = tagged[-1]
    assert body.segment.span.text.startswith("Le secrétaire général")
    entities = [(tok.text, tag) for tok, tag in zip(body.tokens, body.tags, strict=True) if tag != "O"]
    assert entities == [
        ("OTAN", "B-ORG"), ("Jens", "B-PER"), ("Stoltenberg", "I-PER"), ("Équipe", "B-ORG"),
        ("OTAN", "I-ORG"), ("de", "I-ORG"), ("conseil", "I-ORG"), ("et", "I-ORG"), ("de", "I-ORG"),
        ("liaison", "I-ORG"), ("Bruxelles", "B-LOC"),
    ]  # fmt: skip
    assert [(x.text, x.reason) for x in left_out] == [("OTAN", NESTED), ("OTAN", NESTED)]


def test_ner_config_and_conll_export_tag_alike() -> None:
    document = Document(release=release(), text=TEXT, json_path=Path("x.json"), text_path=Path("x.txt"))
    registry = Registry(
        schema_version="1.0",
        entities=[
            Entity(id=key, type=EntityType(value), name=key, aliases=[], roles=[])
            for key, value in TYPES.items()
        ],
    )
    rows = [row for row in ner_rows(document, registry) if row["tokens"]]
    seqs, problems = sequences(document.release, TEXT, TYPES)
    assert [row["ner_tags"] for row in rows] == [list(s.tags) for s in seqs]
    assert [row["tokens"] for row in rows] == [[t.text for t in s.tokens] for s in seqs]
    assert len(problems) == 2


def test_documents_are_separated_as_conll_2003_writes_them() -> None:
    conll, _ = to_conll([(release(), TEXT), (release(), TEXT)], TYPES)
    assert conll.split("\n")[:2] == [DOCSTART_LINE, ""]
    assert DOCSTART_LINE == "-DOCSTART- -X- O O"
    assert conll.count(f"\n{DOCSTART_LINE}\n\n") == 1
    read = read_conll(conll)
    assert len(read) == 2 and read[0] == read[1]
    assert ("Le", "O") in read[0][-1] and ("Jens", "B-PER") in read[0][-1]
    # spaCy's `spacy convert` (conll_ner_to_docs) splits the input at this exact line into documents
    assert [chunk.strip() != "" for chunk in conll.split(DOCSTART_LINE)] == [False, True, True]


def test_export_summary_counts_nested_mentions(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from natopress.serialize import write_model

    root = tmp_path / "corpus"
    root.mkdir()
    document = release()
    (root / f"{document.id}.txt").write_text(TEXT, encoding="utf-8", newline="")
    write_model(root / f"{document.id}.json", document)
    registry = Registry(
        schema_version="1.0",
        entities=[
            Entity(id=key, type=EntityType(value), name=key, aliases=[], roles=[])
            for key, value in TYPES.items()
        ],
    )
    write_model(root / "registry.json", registry)
    out = tmp_path / "ner.conll"
    assert main(["export", "conll", "--root", str(root), "--out", str(out)]) == 0
    captured = capsys.readouterr()
    assert captured.out.endswith("; 2 mention(s) not exact in IOB2\n")
    assert captured.err.count(f"not exact in IOB2: {NESTED}") == 2
