"""Sentence splitting quality: natopress.text.sentences against pysbd (a maintained rule-based segmenter)
on hand-split paragraphs in NATO's style, and how often the two disagree on the real layouts.

Run: `.venv/bin/pip install -e '.[bench]'` (pysbd), then `.venv/bin/python benchmarks/sentences.py
[--texts FILE ...]`. Printed: per splitter and language, boundary precision, recall and F1 against the
hand-split paragraphs below (a boundary is the end offset of a sentence, in code points, the paragraph's
end excluded), the paragraphs split exactly right, and the time per paragraph; then, for each text given
(default: the test fixtures under tests/data/ingest and the seeds in annotations/), the number of
sentences of each splitter and the boundaries only one of them puts (to read by hand with --show).
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from pathlib import Path

import pysbd

from natopress.text.sentences import sentences

REPO = Path(__file__).resolve().parent.parent

GOLD: list[tuple[str, list[str]]] = [
    (
        "en",
        [
            "The Commander of KFOR, Maj. Gen. Franco Federici, said that KFOR would remain vigilant in the north of Kosovo."
        ],
    ),
    (
        "en",
        [
            "NATO Secretary General Jens Stoltenberg met Lt. Gen. Anna Berg on 5 Jan. 2024.",
            "They discussed the situation in the Western Balkans.",
        ],
    ),
    (
        "en",
        [
            "“We stand united. We will not be intimidated,” said the Secretary General.",
            "He thanked Allies for their support.",
        ],
    ),
    (
        "en",
        [
            "Adm. Rob Bauer and Brig. Gen. Tom Hale visited the U.S. contingent.",
            "Capt. Jo Lind briefed them.",
        ],
    ),
    (
        "en",
        [
            "Mr. Stoltenberg welcomed Ms. Osmani and Dr. Hale to NATO Headquarters.",
            "The talks focused on security.",
        ],
    ),
    (
        "en",
        [
            "Allies, e.g. Norway and Denmark, contributed ships.",
            "Partners, i.e. Finland and Sweden, joined the exercise.",
        ],
    ),
    ("en", ["Resolution No. 1244 remains the basis of KFOR's mandate.", "Art. 5 was not invoked."]),
    ("en", ["The exercise ran until 12 Feb. 2024.", "Some 4,000 troops took part."]),
    ("en", ["J. Stoltenberg signed the letter.", "It was sent the same day."]),
    ("en", ["He said: “NATO is ready. We are watching closely.”", "Then he left for Vilnius."]),
    ("en", ["The Minister asked: “Are we prepared?”", "Allies answered yes."]),
    ("en", ["Sgt. Ivan Petrov and Col. Ana Ruiz received medals.", "Gen. Chris Cavoli presented them."]),
    (
        "fr",
        [
            "Le commandant de la KFOR, le général de division Franco Federici, a déclaré que la KFOR restait vigilante."
        ],
    ),
    (
        "fr",
        ["M. Stoltenberg a reçu Mme Osmani au siège de l’OTAN.", "Ils ont évoqué la situation au Kosovo."],
    ),
    (
        "fr",
        [
            "« Nous restons unis. Nous ne céderons pas », a déclaré le secrétaire général.",
            "Il a remercié les Alliés.",
        ],
    ),
    (
        "fr",
        [
            "Le gén. Dupont et le col. Martin sont arrivés le 3 janv. 2024 à Pristina.",
            "Ils y resteront six mois.",
        ],
    ),
    ("fr", ["MM. Dupont et Martin ont rencontré Mgr Petit.", "La rencontre a duré une heure."]),
    (
        "fr",
        [
            "Les Alliés, c.-à-d. les trente et un pays membres, ont répondu.",
            "Le communiqué a été publié le 12 févr. 2024.",
        ],
    ),
    ("fr", ["J. Stoltenberg a signé la lettre.", "Elle a été envoyée le jour même."]),
    (
        "fr",
        ["Il a ajouté : « La KFOR est prête. Elle agira si nécessaire. »", "Puis il est parti pour Vilnius."],
    ),
    ("fr", ["« Sommes-nous prêts ? », a demandé le ministre.", "Les Alliés ont répondu par l’affirmative."]),
    ("fr", ["La résolution no 1244 du Conseil de sécurité s’applique.", "L’art. 5 n’a pas été invoqué."]),
    ("fr", ["Ils ont parlé de drones, de chars, etc.", "Puis ils sont partis."]),
    (
        "fr",
        [
            "Le lieutenant-colonel Nowak, commandant du groupement, a salué les soldats.",
            "La cérémonie a eu lieu à Novo Selo.",
        ],
    ),
]
"""Paragraphs written for this benchmark in NATO's style (not release text), split by hand."""

Splitter = Callable[[str, str], list[tuple[int, int]]]


def natopress_splitter(text: str, language: str) -> list[tuple[int, int]]:
    return sentences(text)


def pysbd_splitter() -> Splitter:
    segmenters = {lang: pysbd.Segmenter(language=lang, clean=False, char_span=True) for lang in ("en", "fr")}

    def split(text: str, language: str) -> list[tuple[int, int]]:
        spans = segmenters.get(language, segmenters["en"]).segment(text)
        return [(s.start, s.start + len(s.sent.rstrip())) for s in spans if s.sent.strip()]

    return split


def boundaries(ranges: list[tuple[int, int]], length: int) -> set[int]:
    """End offsets of the sentences, the text's own end excluded."""
    return {end for _, end in ranges if end < length}


def score(split: Splitter) -> dict[str, dict[str, float]]:
    by_language: dict[str, list[tuple[set[int], set[int]]]] = {}
    elapsed = 0.0
    for language, gold in GOLD:
        text = " ".join(gold)
        expected, position = set(), 0
        for sentence in gold:
            position = text.index(sentence, position) + len(sentence)
            expected.add(position)
        expected.discard(len(text))
        started = time.perf_counter()
        found = boundaries(split(text, language), len(text))
        elapsed += time.perf_counter() - started
        by_language.setdefault(language, []).append((expected, found))
        by_language.setdefault("all", []).append((expected, found))
    result = {}
    for language, pairs in by_language.items():
        true = sum(len(e & f) for e, f in pairs)
        predicted = sum(len(f) for _, f in pairs)
        wanted = sum(len(e) for e, _ in pairs)
        precision = true / predicted if predicted else 1.0
        recall = true / wanted if wanted else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        exact = sum(e == f for e, f in pairs)
        result[language] = {"P": precision, "R": recall, "F1": f1, "exact": exact, "n": len(pairs)}
    result["all"]["ms"] = 1000 * elapsed / len(GOLD)
    return result


def paragraphs(text: str) -> list[tuple[int, int]]:
    found, start = [], 0
    for line in text.split("\n"):
        if line.strip():
            found.append((start, start + len(line)))
        start += len(line) + 1
    return found


def compare_on(path: Path, splitters: dict[str, Splitter], show: bool) -> None:
    text = path.read_text(encoding="utf-8")
    language = "fr" if "-fr-" in path.name or " le " in text else "en"
    ends: dict[str, set[int]] = {}
    for name, split in splitters.items():
        ends[name] = set()
        for lo, hi in paragraphs(text):
            ends[name] |= {lo + e for _, e in split(text[lo:hi], language)}
    first, second = splitters
    only = {first: ends[first] - ends[second], second: ends[second] - ends[first]}
    counts = " ".join(f"{name} {len(ends[name])}" for name in splitters)
    print(
        f"{path.name}: sentences {counts}; only {first} {len(only[first])}, only {second} {len(only[second])}"
    )
    if show:
        for name, positions in only.items():
            for end in sorted(positions):
                print(f"    only {name}: …{text[max(0, end - 50) : end]!r} | {text[end : end + 30]!r}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--texts", nargs="*", type=Path, help="texts to compare on (default: fixtures, seeds)"
    )
    parser.add_argument("--show", action="store_true", help="print each boundary only one splitter puts")
    args = parser.parse_args()
    splitters = {"natopress": natopress_splitter, "pysbd": pysbd_splitter()}
    print(f"hand-split paragraphs: {len(GOLD)} ({sum(len(g) for _, g in GOLD)} sentences)")
    for name, split in splitters.items():
        result = score(split)
        for language in ("en", "fr", "all"):
            r = result[language]
            print(
                f"  {name:9} {language:3} P {r['P']:.3f} R {r['R']:.3f} F1 {r['F1']:.3f} "
                f"exact {r['exact']}/{r['n']}"
                + (f"  {r['ms']:.2f} ms/paragraph" if language == "all" else "")
            )
    texts = args.texts or sorted((REPO / "tests" / "data" / "ingest").glob("*.txt")) + sorted(
        (REPO / "annotations").glob("*.txt")
    )
    for path in texts:
        compare_on(path, splitters, args.show)


if __name__ == "__main__":
    main()
