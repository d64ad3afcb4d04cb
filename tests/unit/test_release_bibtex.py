"""`natopress release` bumps the card's BibTeX `version` field too (test_citation compares it with CITATION.cff)."""

from __future__ import annotations

from natopress.build.release import bump_card


def test_bump_card_bumps_the_bibtex_version_field() -> None:
    card = "natopress version 0.1.1.\n\n```bibtex\n  version = {0.1.1},\n  note    = {Dataset, version 0.1.1},\n```\n"
    assert bump_card(card, "0.1.1", "0.2.0") == card.replace("0.1.1", "0.2.0")
