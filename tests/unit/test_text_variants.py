"""The matching key: one spelling for Unicode variants of the same words, aligned with the source."""

from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from natopress.text.variants import fold, fold_string

ALPHABET = list("ae LZ’'ʼ‘-‐‑–\u00a0\u202f\u2009\u3000\u0301\u0327\u0308ñ\n")


def test_every_space_separator_apostrophe_and_hyphen_folds() -> None:
    spaces = [chr(c) for c in range(0x110000) if unicodedata.category(chr(c)) == "Zs"]
    assert fold_string("".join(spaces)) == " " * len(spaces)
    assert fold_string("l'OTAN lʼOTAN l‘OTAN") == "l’OTAN l’OTAN l’OTAN"
    assert fold_string("a\u2010t\u2011il Jean–Pierre") == "a-t-il Jean-Pierre"
    assert fold_string("Re\u0301union") == "Réunion"


def test_a_decomposed_accent_maps_back_to_both_code_points() -> None:
    folded = fold("Re\u0301union de l'OTAN")
    assert folded.key == "Réunion de l’OTAN"
    assert folded.source_range(0, 7) == (0, 8)
    assert folded.source_range(11, 17) == (12, 18)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(ALPHABET), max_size=30))
def test_key_offsets_are_monotone_and_cover_the_source(text: str) -> None:
    folded = fold(text)
    assert len(folded.offsets) == len(folded.key) + 1
    assert folded.offsets[0] == 0 and folded.offsets[-1] == len(text)
    assert list(folded.offsets) == sorted(folded.offsets)
    assert folded.key == fold_string(text)
