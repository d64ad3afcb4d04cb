"""`natopress agree`: span scores, overlap matching, Cohen's kappa (checked by hand), the table."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import CRLF, SEED, WORKFLOW

from natopress.cli import main
from natopress.corpus import Corpus
from natopress.matching import Scores, match_exact, match_overlap, scores
from natopress.model import MentionKind, QuoteType, Release, Span
from natopress.paths import ANNOTATIONS_DIR
from natopress.serialize import write_model
from natopress.tools.agree import LabelAgreement, agree, cohen_kappa, label_agreement


def load(release_id: str, root: Path = WORKFLOW) -> Release:
    return Corpus(root).load(release_id).release


def test_kappa_two_by_two_by_hand() -> None:
    # 50 items: yes/yes 20, yes/no 5, no/yes 10, no/no 15. po = 35/50 = 0.7;
    # A says yes 25/50 = 0.5, B says yes 30/50 = 0.6; pe = 0.5*0.6 + 0.5*0.4 = 0.5; kappa = 0.2/0.5 = 0.4.
    a = ["yes"] * 25 + ["no"] * 25
    b = ["yes"] * 20 + ["no"] * 5 + ["yes"] * 10 + ["no"] * 15
    assert cohen_kappa(a, b) == pytest.approx(0.4)


def test_kappa_three_labels_by_hand() -> None:
    # a a b b c / a b b b c: po = 4/5; pA = (.4, .4, .2), pB = (.2, .6, .2); pe = .08 + .24 + .04 = .36;
    # kappa = (.8 - .36) / .64 = 0.6875.
    assert cohen_kappa(list("aabbc"), list("abbbc")) == pytest.approx(0.6875)


def test_kappa_edges() -> None:
    assert cohen_kappa([], []) is None
    assert cohen_kappa(["x", "x"], ["x", "x"]) == 1.0  # one shared label: 0/0, reported as perfect
    assert cohen_kappa(["x", "y"], ["y", "x"]) == pytest.approx(-1.0)
    assert cohen_kappa([None, "s"], [None, "s"]) == 1.0
    with pytest.raises(ValueError, match="differ in length"):
        cohen_kappa(["x"], [])
    assert label_agreement(["a", "b"], ["a", "a"]) == LabelAgreement(2, 0.5, 0.0)


def test_scores_and_empty_layers() -> None:
    assert scores(4, 2, 1) == Scores(4, 2, 1, 0.5, 0.25, pytest.approx(1 / 3))
    assert scores(0, 0, 0) == Scores(0, 0, 0, None, None, None)
    assert scores(0, 3, 0) == Scores(0, 3, 0, 0.0, None, 0.0)
    assert scores(3, 0, 0) == Scores(3, 0, 0, None, 0.0, 0.0)


def test_matching_exact_and_overlap() -> None:
    a = [(0, 10), (20, 30), (20, 30)]
    b = [(0, 3), (2, 10), (20, 30), (25, 40)]
    assert match_exact(a, b) == [(1, 2)]
    # (0,10): overlaps 3 with b0 and 8 with b1 -> b1; (20,30) twice: b2 (10) then b3 (5), b0 left over
    assert match_overlap(a, b) == [(0, 1), (1, 2), (2, 3)]
    assert match_overlap([(0, 5)], [(5, 9)]) == []  # touching is not overlapping


def test_identical_is_all_one() -> None:
    release = load(SEED)
    result = agree(
        release, release, {"jens-stoltenberg": "PER", "otan": "ORG", "kfor": "ORG", "kosovo": "LOC"}
    )
    for layer in result.layers:
        for s in (layer.exact, layer.overlap):
            assert (s.precision, s.recall, s.f1) == (1.0, 1.0, 1.0), layer.layer
    assert {name: (a.observed, a.kappa) for name, a in result.labels.items()} == {
        name: (1.0, 1.0)
        for name in ("quote type", "quote speaker", "mention entity", "mention kind", "mention type")
    }


def test_disagreements_by_hand() -> None:
    a = load(CRLF)
    q1, q2 = a.quotes
    # B: q1 one word shorter (overlap match only), q2 indirect with no speaker; one mention of another entity.
    short = Span(start=q1.content.start, end=q1.content.end - 6, text=q1.content.text[:-6])
    b_quotes = [
        q1.model_copy(update={"content": short}),
        q2.model_copy(update={"type": QuoteType.INDIRECT, "speaker": None}),
    ]
    b_mentions = [
        a.mentions[0],
        a.mentions[1].model_copy(update={"entity": "otan", "kind": MentionKind.NOMINAL}),
    ]
    b = a.model_copy(update={"quotes": b_quotes, "mentions": b_mentions})
    result = agree(a, b, None)
    layers = {layer.layer: layer for layer in result.layers}
    assert layers["quotes"].exact == Scores(2, 2, 1, 0.5, 0.5, 0.5)
    assert layers["quotes"].overlap == Scores(2, 2, 2, 1.0, 1.0, 1.0)
    assert layers["mentions"].exact == Scores(3, 2, 2, 1.0, pytest.approx(2 / 3), 0.8)
    assert layers["cues"].exact == Scores(2, 2, 2, 1.0, 1.0, 1.0)
    # quote type: direct,direct vs direct,indirect: po = .5, pe = 1*.5 = .5 -> kappa 0
    assert result.labels["quote type"] == LabelAgreement(2, 0.5, 0.0)
    # speaker: dupont,dupont vs dupont,None: same table -> kappa 0
    assert result.labels["quote speaker"] == LabelAgreement(2, 0.5, 0.0)
    # entity: dupont,bruxelles vs dupont,otan: po .5; pA=(.5 d,.5 b), pB=(.5 d,.5 o); pe=.25 -> kappa 1/3
    assert result.labels["mention entity"] == LabelAgreement(2, 0.5, pytest.approx(1 / 3))
    assert "mention type" not in result.labels


def test_cli_table_and_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = WORKFLOW / f"{CRLF}.json"
    empty = tmp_path / "b.json"
    write_model(empty, load(CRLF).model_copy(update={"quotes": [], "mentions": []}))
    assert main(["agree", str(path), str(path)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == f"agreement for {CRLF} (A is the reference)"
    assert out[1] == "layer              match        A     B  both      P      R     F1"
    assert out[2] == "segments           exact        3     3     3  1.000  1.000  1.000"
    assert "mention type                         3    1.000  1.000" in out  # registry found beside A
    assert main(["agree", str(path), str(empty), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["layers"]["quotes"]["exact"] == {
        "reference": 2,
        "candidate": 0,
        "matched": 0,
        "precision": None,
        "recall": 0.0,
        "f1": 0.0,
    }
    assert data["labels"]["quote type"] == {"pairs": 0, "observed": None, "kappa": None}
    assert main(["agree", str(empty), str(empty)]) == 0
    assert "quotes             exact        0     0     0    n/a    n/a    n/a" in capsys.readouterr().out


def test_cli_different_texts_and_bad_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a, b = WORKFLOW / f"{CRLF}.json", WORKFLOW / f"{SEED}.json"
    assert main(["agree", str(a), str(b)]) == 1
    assert "annotate different texts (text_sha256" in capsys.readouterr().err
    bad = tmp_path / "bad.json"
    bad.write_text("{", encoding="utf-8")
    assert main(["agree", str(a), str(bad)]) == 1
    assert f"{bad}: /: Invalid JSON" in capsys.readouterr().err
    assert (
        main(["agree", str(a), str(tmp_path / "missing.json")]) == 2
    )  # a usage error, like a missing folder
    assert "missing.json" in capsys.readouterr().err


@pytest.mark.skipif(not Corpus(ANNOTATIONS_DIR).release_ids(), reason="no annotations yet")
@pytest.mark.parametrize("release_id", Corpus(ANNOTATIONS_DIR).release_ids())
def test_real_release_against_itself(release_id: str) -> None:
    release = load(release_id, ANNOTATIONS_DIR)
    types = {e.id: e.type.value for e in Corpus(ANNOTATIONS_DIR).load_registry().entities}
    result = agree(release, release, types)
    assert all(
        (s.precision, s.recall, s.f1) == (1.0, 1.0, 1.0)
        for layer in result.layers
        for s in (layer.exact, layer.overlap)
    )
    assert all((a.observed, a.kappa) == (1.0, 1.0) for a in result.labels.values())
