"""The workflow fixture corpus (tests/data/workflow/corpus) is valid and in step with its generator."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from natopress.cli import main
from natopress.serialize import to_json

HERE = Path(__file__).parents[1] / "data" / "workflow"


def test_fixture_corpus_validates() -> None:
    assert main(["validate", "--root", str(HERE / "corpus")]) == 0


def test_fixture_corpus_matches_its_generator() -> None:
    spec = importlib.util.spec_from_file_location("make_fixtures", HERE / "make_fixtures.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    corpus = HERE / "corpus"
    seed_text = (corpus / "2021-07-01-fr-news-185631.txt").read_bytes().decode("utf-8")
    assert to_json(module.seed_release(seed_text)) == (corpus / "2021-07-01-fr-news-185631.json").read_text(
        "utf-8"
    )
    assert to_json(module.synthetic_release(module.SYNTHETIC)) == (
        corpus / "2000-01-01-fr-fixture-crlf.json"
    ).read_text("utf-8")
    assert (corpus / "2000-01-01-fr-fixture-crlf.txt").read_bytes() == module.SYNTHETIC.encode("utf-8")
