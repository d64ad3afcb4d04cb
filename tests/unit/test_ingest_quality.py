"""The suggestion-quality report: its arithmetic, and the figures on the checked seeds (tests/data/seeds)."""

from __future__ import annotations

import pytest
from conftest import SEEDS

from natopress.cli import main
from natopress.corpus import Corpus
from natopress.draft.quality import Score, evaluate, exact, overlapping, render, totals


def test_exact_and_overlapping_scores() -> None:
    score = exact("x", [(1, 2), (3, 4), (5, 6)], [(1, 2), (7, 8)])
    assert (score.hits, score.suggested, score.gold) == (1, 3, 2)
    assert (score.precision, score.recall) == (1 / 3, 1 / 2)
    score = overlapping("y", [(0, 5), (10, 12)], [(3, 8), (4, 6), (20, 30)])
    assert (score.hits, score.gold_hits) == (1, 2)
    assert (score.precision, score.recall) == (1 / 2, 2 / 3)
    assert exact("empty", [], []).precision is None and exact("empty", [], []).recall is None


def test_totals_sum_by_name() -> None:
    summed = totals([Score("a", 1, 2, 3), Score("b", 0, 0, 1), Score("a", 2, 2, 2)])
    assert summed == [Score("a", 3, 4, 5), Score("b", 0, 0, 1)]
    assert render(summed).splitlines()[1].split() == ["a", "3", "4", "5", "0.75", "0.60"]
    assert render([Score("z", 0, 0, 0)]).splitlines()[1].split() == ["z", "0", "0", "0", "n/a", "n/a"]


def test_seed_figures() -> None:
    """Every checked quote is found with its span, type, cue and speaker; names found; no false mention."""
    scores = {s.name: s for s in evaluate(Corpus.at(SEEDS))}
    for name in ("segments (kind+span)", "quotes: exact content span", "quotes: type, same span",
                 "quotes: speaker, same span", "quotes: cue span", "metadata: title/dates"):  # fmt: skip
        assert (scores[name].precision, scores[name].recall) == (1.0, 1.0), name
    assert scores["quotes: exact content span"].gold == 11
    assert scores["mentions: names only"].recall == 1.0
    assert scores["mentions (span+entity)"].precision == 1.0


def test_main_prints_the_table(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["quality", "--root", str(SEEDS)]) == 0
    assert capsys.readouterr().out.splitlines()[0].split() == ["layer", "match", "sugg", "gold", "P", "R"]
