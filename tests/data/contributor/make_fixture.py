"""Writes tests/data/contributor/<id>.json, the checked annotation of exercice-kfor.txt (offsets computed from
the strings, never by hand). Run from the repository root: `.venv/bin/python tests/data/contributor/make_fixture.py`.

exercice-kfor.txt is a text written for natopress's tests in the layout of NATO's French news pages; it is
not a NATO release. It names only entities the corpus registry already holds (KFOR, OTAN, Kosovo, Pristina,
police du Kosovo), so a contributor adds it without touching registry.json.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from natopress.model import Release
from natopress.serialize import write_model

HERE = Path(__file__).parent
SOURCE = HERE / "exercice-kfor.txt"
RELEASE_ID = "2000-03-14-fr-la-kfor-organise-un-exercice-de"
"""The id `natopress ingest` gives the text (published date, language, the title's first words)."""


def main() -> None:
    raw = SOURCE.read_bytes()
    text = raw.decode("utf-8")

    def span(sub: str, nth: int = 0) -> dict[str, object]:
        start = -1
        for _ in range(nth + 1):
            start = text.index(sub, start + 1)
        return {"start": start, "end": start + len(sub), "text": sub}

    lines = text.split("\n")
    title, body = lines[0], [line for line in lines[6:] if line]
    date_block = text[text.index("•") : text.index("10:05") + len("10:05")]
    mention = lambda sub, entity, nth=0: {"span": span(sub, nth), "entity": entity, "kind": "name"}  # noqa: E731
    release = {
        "schema_version": "1.0",
        "id": RELEASE_ID,
        "metadata": {
            "title": {"span": span(title), "source": None, "value": title},
            "published": {"span": span("14 Mar. 2000"), "source": None, "value": "2000-03-14"},
            "updated": {
                "span": span("Mis à jour le: 14 Mar. 2000 10:05"),
                "source": None,
                "value": "2000-03-14T10:05:00",
            },
            "event_date": {
                "span": span("Ce mardi (14\u00a0mars 2000)"),
                "source": None,
                "value": "2000-03-14",
            },
            "language": "fr",
            "document_kind": "news",
            "provenance": {
                "organisation": "natopress tests",
                "url": None,
                "cited_from": "tests/data/contributor: a text written for natopress's tests in NATO's style, "
                "not a NATO release",
                "original_filename": "exercice-kfor.txt",
                "retrieved": None,
            },
            "text_sha256": hashlib.sha256(raw).hexdigest(),
        },
        "segments": [
            {"kind": "title", "span": span(title), "language": None},
            {"kind": "date-block", "span": span(date_block), "language": None},
            *({"kind": "body", "span": span(paragraph), "language": None} for paragraph in body),
        ],
        "quotes": [
            {
                "id": "q1",
                "type": "direct",
                "content": span(
                    "Cet exercice montre que nos équipes savent travailler ensemble, au service de la sécurité de tous"
                ),
                "cue": span("a déclaré"),
                "speaker": "kfor",
                "speaker_mention": span("la KFOR"),
                "continues": None,
            },
            {
                "id": "q2",
                "type": "indirect",
                "content": span("d’autres exercices auraient lieu dans la région au cours de l’année"),
                "cue": span("a indiqué"),
                "speaker": "kfor",
                "speaker_mention": span("La KFOR", 1),
                "continues": None,
            },
        ],
        "mentions": [
            mention("KFOR", "kfor"),
            mention("police du Kosovo", "police-du-kosovo"),
            mention("Kosovo", "kosovo"),
            mention("Pristina", "pristina"),
            mention("Force pour le Kosovo", "kfor"),
            mention("Kosovo", "kosovo", 1),
            mention("KFOR", "kfor", 1),
            mention("OTAN", "nato"),
            mention("Pristina", "pristina", 1),
            mention("police du Kosovo", "police-du-kosovo", 1),
            mention("Kosovo", "kosovo", 2),
            mention("KFOR", "kfor", 2),
            mention("KFOR", "kfor", 3),
        ],
        "annotation": {
            "status": "checked",
            "checked_by": ["annotator-1"],
            "checked_on": "2026-11-30",
            "guidelines": "1.1",
            "notes": "A text written for natopress's tests (the contributor's path); not a NATO release. "
            "Both quotes are the KFOR's: `la KFOR` and `La KFOR` are the subjects of their cues.",
        },
    }
    write_model(HERE / f"{RELEASE_ID}.json", Release.model_validate(release))


if __name__ == "__main__":
    main()
