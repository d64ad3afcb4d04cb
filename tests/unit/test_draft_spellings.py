"""Spellings that may name one person (natopress.draft.spellings)."""

from __future__ import annotations

import pytest

from natopress.draft.spellings import transliterated


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("irakli garibashvili", "irakli garibachvili"),  # ш: English `sh`, French `ch`
        ("denys shmyhal", "denys chmyhal"),
        ("dmytro kuleba", "dmytro kouleba"),  # у: `u`, French `ou`
        ("mikheil saakashvili", "mikheil saakachvili"),
        ("milo djukanović", "milo dukanović"),
        ("zurab zhvania", "zurab jvania"),  # ж: `zh`, French `j`
    ],
)
def test_transliterations_of_one_name_are_one(one: str, other: str) -> None:
    assert transliterated(one) == transliterated(other)


@pytest.mark.parametrize(("one", "other"), [("anna kovac", "anna kovacs"), ("jan berg", "jan borg")])
def test_other_names_stay_apart(one: str, other: str) -> None:
    assert transliterated(one) != transliterated(other)
