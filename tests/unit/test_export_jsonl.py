"""JSON Lines export: one release a line, exact round trip, line separators escaped."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import CRLF, WORKFLOW

from natopress.cli import main
from natopress.corpus import Corpus
from natopress.export.jsonl import read_jsonl, to_jsonl, to_line
from natopress.paths import ANNOTATIONS_DIR

REAL_IDS = Corpus(ANNOTATIONS_DIR).release_ids()


@pytest.mark.parametrize("root", [WORKFLOW, ANNOTATIONS_DIR])
def test_round_trip_exact(root: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = Corpus(root)
    if not corpus.release_ids():
        pytest.skip("no annotations yet")
    out = tmp_path / "corpus.jsonl"
    assert main(["export", "jsonl", "--root", str(root), "--out", str(out)]) == 0
    data = out.read_text("utf-8")
    assert data.count("\n") == len(corpus.release_ids())
    back = read_jsonl(data)
    assert [(r, t) for r, t in back] == [(d.release, d.text) for d in corpus.documents()]
    first = json.loads(data.split("\n")[0])
    assert list(first)[:3] == ["$schema", "schema_version", "id"] and list(first)[-1] == "text"


def test_line_separators_are_escaped() -> None:
    doc = Corpus(WORKFLOW).load(CRLF)
    text = doc.text[:-2] + "\u2028\x85\u2029"  # same length: offsets unchanged
    line = to_line(doc.release, text)
    assert line.splitlines() == [line]
    assert "\\r\\n" in line and "\\u2028\\u0085\\u2029" in line
    assert read_jsonl(to_jsonl([(doc.release, text)])) == [(doc.release, text)]


def test_bad_rows_name_the_line() -> None:
    doc = Corpus(WORKFLOW).load(CRLF)
    good = to_line(doc.release, doc.text)
    with pytest.raises(ValueError, match=r"^line 2: "):
        read_jsonl(good + "\n" + good.replace('"language":"fr"', '"language":"French"') + "\n")
    with pytest.raises(ValueError, match=r"^line 1: 'text'"):
        read_jsonl(json.dumps({"id": "x"}) + "\n")
