"""CoNLL-2003 IOB2 export: the columns, read-back of tags equals the outermost mentions, misaligned ones."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import CRLF, SEED, WORKFLOW, entity_types

from natopress.cli import main
from natopress.corpus import Corpus
from natopress.export.conll import read_conll, sequences, spans_from_tags, to_conll, typed_spans
from natopress.paths import ANNOTATIONS_DIR
from natopress.text.tokens import Token, TypedSpan, outermost

REAL_IDS = Corpus(ANNOTATIONS_DIR).release_ids()


def test_spans_from_tags() -> None:
    toks = [Token(w, i * 10, i * 10 + 5) for i, w in enumerate("abcdef")]
    tags = ["B-PER", "I-PER", "O", "I-LOC", "B-ORG", "B-ORG"]
    assert spans_from_tags(toks, tags) == [
        TypedSpan(0, 15, "PER"),
        TypedSpan(30, 35, "LOC"),
        TypedSpan(40, 45, "ORG"),
        TypedSpan(50, 55, "ORG"),
    ]


def test_read_conll_structure_and_errors() -> None:
    data = "-DOCSTART- -X- O O\n\na\tO\nb\tB-PER\n\nc\tO\n\n-DOCSTART- -X- O O\n\nd\tO\n"
    assert read_conll(data) == [[[("a", "O"), ("b", "B-PER")], [("c", "O")]], [[("d", "O")]]]
    with pytest.raises(ValueError, match=r"line 3: expected `token<TAB>tag`, found 'a O'"):
        read_conll("-DOCSTART- -X- O O\n\na O\n")


def test_crlf_fixture_text_checked_by_hand() -> None:
    doc = Corpus(WORKFLOW).load(CRLF)
    text, problems = to_conll([(doc.release, doc.text)], entity_types(WORKFLOW))
    lines = text.split("\n")
    assert lines[:6] == ["-DOCSTART- -X- O O", "", "Titre\tO", "d’\tO", "essai\tO", ""]
    assert "Dupont\tB-PER" in lines and "Bruxelles\tB-LOC" in lines and "😀\tO" in lines
    assert "OTAN-Europe\tO" in lines
    # the ORG mention `OTAN` ends inside the token `OTAN-Europe`: IOB2 cannot carry it, and says so
    assert [(p.start, p.end, p.text, p.reason) for p in problems] == [
        (87, 91, "OTAN", "boundary inside a token")
    ]
    assert text.endswith(".\tO\n\n")


def round_trip(root: Path, release_ids: list[str]) -> None:
    corpus, types = Corpus(root), entity_types(root)
    docs = [corpus.load(rid) for rid in release_ids]
    text, problems = to_conll([(d.release, d.text) for d in docs], types)
    read = read_conll(text)
    assert len(read) == len(docs)
    for doc, sentences in zip(docs, read, strict=True):
        seqs, _ = sequences(doc.release, doc.text, types)
        assert [[t.text for t in s.tokens] for s in seqs] == [[tok for tok, _ in sent] for sent in sentences]
        back = [
            span
            for s, sent in zip(seqs, sentences, strict=True)
            for span in spans_from_tags(s.tokens, [t for _, t in sent])
        ]
        bad = {(p.start, p.end) for p in problems if p.release_id == doc.release.id}
        expected = [s for s in outermost(typed_spans(doc.release, types)) if (s.start, s.end) not in bad]
        assert back == expected


def test_round_trip_fixtures() -> None:
    round_trip(WORKFLOW, [CRLF, SEED])


def test_nominal_mention_is_not_tagged_its_inner_name_is() -> None:
    doc = Corpus(WORKFLOW).load(SEED)
    seqs, problems = sequences(doc.release, doc.text, entity_types(WORKFLOW))
    assert problems == []
    body = seqs[1]
    tagged = [(t.text, tag) for t, tag in zip(body.tokens, body.tags, strict=True) if tag != "O"]
    # `le secrétaire général de l’OTAN` is nominal (guidelines 3.4): only the name `OTAN` inside is tagged
    assert tagged == [("OTAN", "B-ORG"), ("Jens", "B-PER"), ("Stoltenberg", "I-PER")]


def test_cli_reports_misaligned(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "ner.conll"
    assert main(["export", "conll", "--root", str(WORKFLOW), "--out", str(out)]) == 0
    captured = capsys.readouterr()
    assert captured.err == f"{CRLF}: [87:91] «OTAN»: not exact in IOB2: boundary inside a token\n"
    assert captured.out == f"wrote 2 release(s) to {out}; 1 mention(s) not exact in IOB2\n"
    assert [len(d) for d in read_conll(out.read_text("utf-8"))] == [3, 6]


@pytest.mark.skipif(not REAL_IDS, reason="no annotations yet")
def test_round_trip_real_corpus() -> None:
    round_trip(ANNOTATIONS_DIR, REAL_IDS)


def test_cli_entity_missing_from_registry(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for suffix in (".json", ".txt"):
        (corpus / f"{CRLF}{suffix}").write_bytes((WORKFLOW / f"{CRLF}{suffix}").read_bytes())
    (corpus / "registry.json").write_text('{"schema_version": "1.0", "entities": []}\n', encoding="utf-8")
    assert main(["export", "conll", "--root", str(corpus), "--out", str(tmp_path / "x.conll")]) == 1
    assert (
        capsys.readouterr().err
        == f"natopress export: {corpus / 'registry.json'}: no entity 'dupont' (a release mentions it)\n"
    )
    assert not (tmp_path / "x.conll").exists()
