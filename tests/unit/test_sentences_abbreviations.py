"""Sentence boundaries after abbreviations, in English and French: a point inside one ends no sentence."""

from __future__ import annotations

import pytest

from natopress.text.sentences import sentences


def split(text: str) -> list[str]:
    return [text[a:b] for a, b in sentences(text)]


@pytest.mark.parametrize(
    "text",
    [
        "The Commander of KFOR, Maj. Gen. Franco Federici, said that KFOR would remain vigilant in the north of Kosovo.",
        "Lt. Col. Anna Berg and Brig. Gen. Tom Hale met Adm. Rob Bauer and Capt. Jo Lind.",
        "Sgt. Ivan Petrov, Col. Ana Ruiz and Gen. Chris Cavoli visited the camp.",
        "Mr. Stoltenberg, Mrs. Ruiz, Ms. Osmani, Dr. Hale and Prof. Lind met in St. Petersburg.",
        "M. Stoltenberg a reçu Mme Osmani, MM. Dupont et Martin, et Mgr Petit.",
        "Le gén. Dupont et le col. Martin sont arrivés le 3 janv. 2024 à Pristina.",
        "The meeting took place on 5 Jan. 2024 and again on 12 Feb. 2024 in Brussels.",
        "La réunion a eu lieu le 12 févr. 2024, puis le 4 déc. 2024.",
        "J. Stoltenberg and J. R. Allen met U.S. officials in Washington.",
        "Allies, e.g. Norway, and partners, i.e. Finland, took part.",
        "Resolution No. 1244 and art. 5 of the Treaty apply here.",
        "La résolution no 1244 s’applique, comme l’art. 5 du Traité.",
        "Les Alliés, c.-à-d. les trente et un pays, cf. le communiqué, ont répondu.",
        # quotation marks still keep a sentence whole
        "« Gen. Cavoli a raison. Nous sommes prêts », a déclaré M. Stoltenberg.",
    ],
)
def test_one_sentence(text: str) -> None:
    assert split(text) == [text]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("They met in Jan. The talks went on.", ["They met in Jan.", "The talks went on."]),
        ("Ils ont parlé de drones, de chars, etc. Puis ils sont partis.",
         ["Ils ont parlé de drones, de chars, etc.", "Puis ils sont partis."]),
        ("The answer was no. Allies agreed.", ["The answer was no.", "Allies agreed."]),
        ("He met Gen. Hale. Then he left.", ["He met Gen. Hale.", "Then he left."]),
        ("Il a vu M. Nowak. « Merci. » Fin.", ["Il a vu M. Nowak.", "« Merci. »", "Fin."]),
    ],
)  # fmt: skip
def test_sentences_still_end(text: str, expected: list[str]) -> None:
    assert split(text) == expected


def test_plain_and_no_break_spaces_alike() -> None:
    plain = "Le gén. Dupont a parlé. Puis M. Martin."
    assert split(plain.replace(" ", "\u00a0")) == [s.replace(" ", "\u00a0") for s in split(plain)]
    assert split(plain) == ["Le gén. Dupont a parlé.", "Puis M. Martin."]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "They face complex security challenges.The Secretary General pointed to piracy.",
            ["They face complex security challenges.", "The Secretary General pointed to piracy."],
        ),
        ("Les Alliés sont prêts.Le Conseil a décidé.", ["Les Alliés sont prêts.", "Le Conseil a décidé."]),
        # a domain, a file name, initials and a capital before the point glue nothing
        ("See www.nato.int for details.", ["See www.nato.int for details."]),
        ("The photo.JPG file and U.S.The text.", ["The photo.JPG file and U.S.The text."]),
        ("The NATO.Alliance page.", ["The NATO.Alliance page."]),
    ],
)
def test_sentence_glued_to_the_next(text: str, expected: list[str]) -> None:
    assert split(text) == expected
