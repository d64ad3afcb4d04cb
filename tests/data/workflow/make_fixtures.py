"""Regenerates the workflow test corpus in `corpus/` (run: .venv/bin/python tests/data/workflow/make_fixtures.py).

`2021-07-01-fr-news-185631` is seed 000's text, byte for byte, with a partial annotation made for tests.
`2000-01-01-fr-fixture-crlf` is a synthetic text (CRLF line ends, a quote across a line break, an astral
character, a mention that ends inside a token) written only to exercise the edge cases.
"""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path
from typing import Any

from natopress.model import Registry, Release
from natopress.serialize import write_model

HERE = Path(__file__).parent
OUT = HERE / "corpus"
SEED = HERE.parents[2] / "annotations" / "2021-07-01-fr-news-185631.txt"
SYNTHETIC = (
    "Titre d’essai\r\n\r\n"
    "« Première ligne\r\nseconde ligne », a dit Mme Dupont 😀 à Bruxelles.\r\n"
    "L’OTAN-Europe n’existe pas ; « ceci est un essai », a-t-elle ajouté.\r\n"
)


Json = dict[str, Any]
# Items are written as JSON data and validated once (the models are strict about Python types).
Quote = Mention = Segment = Entity = dict


def Span(start: int, end: int, text: str) -> Json:
    """A span as JSON data."""
    return {"start": start, "end": end, "text": text}


def span(text: str, needle: str, nth: int = 0, after: int = 0) -> Json:
    """The nth occurrence of `needle` in `text` at or after `after`."""
    start = after - 1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return Span(start=start, end=start + len(needle), text=needle)


def inner(text: str, nth: int) -> Json:
    """The content of the nth « » pair: guillemets and surrounding white space excluded."""
    open_at = span(text, "«", nth)["start"] + 1
    close_at = text.index("»", open_at)
    start, end = open_at, close_at
    while text[start].isspace():
        start += 1
    while text[end - 1].isspace():
        end -= 1
    return Span(start=start, end=end, text=text[start:end])


def lines_as_segments(text: str, kinds: dict[int, str], languages: dict[int, str]) -> list[Json]:
    """One segment per non-blank line, stripped; kinds by line number, default body."""
    segments, offset = [], 0
    for number, line in enumerate(text.splitlines(keepends=True)):
        body = line.rstrip("\r\n")
        stripped = body.strip()
        if stripped:
            start = offset + body.index(stripped)
            segments.append(
                {
                    "kind": kinds.get(number, "body"),
                    "span": Span(start=start, end=start + len(stripped), text=stripped),
                    "language": languages.get(number),
                }
            )
        offset += len(line)
    return segments


def seed_release(text: str) -> Release:
    segments = lines_as_segments(
        text, {0: "title", 2: "date-block", 3: "date-block", 4: "date-block", 8: "caption"}, {8: "en"}
    )
    said = [span(text, "a déclaré le secrétaire général", n) for n in range(2)]
    cue = [Span(start=s["start"], end=s["start"] + 9, text="a déclaré") for s in said]
    sg = [Span(start=s["start"] + 10, end=s["end"], text="le secrétaire général") for s in said]
    quotes = [
        Quote(
            id="q1",
            type="direct",
            content=inner(text, 0),
            cue=cue[0],
            speaker="jens-stoltenberg",
            speaker_mention=sg[0],
        ),
        Quote(
            id="q2",
            type="direct",
            content=inner(text, 1),
            cue=span(text, "ajouter"),
            speaker="jens-stoltenberg",
        ),
        Quote(
            id="q3",
            type="direct",
            content=inner(text, 2),
            cue=cue[1],
            speaker="jens-stoltenberg",
            speaker_mention=sg[1],
        ),
        Quote(
            id="q4",
            type="direct",
            content=inner(text, 3),
            cue=cue[1],
            speaker="jens-stoltenberg",
            speaker_mention=sg[1],
            continues="q3",
        ),
    ]
    first_sg = span(text, "le secrétaire général de l’OTAN")
    mentions = [
        Mention(span=first_sg, entity="jens-stoltenberg", kind="nominal"),
        Mention(span=span(text, "OTAN", after=first_sg["start"]), entity="otan", kind="name"),
        Mention(span=span(text, "Jens Stoltenberg"), entity="jens-stoltenberg", kind="name"),
        Mention(span=span(text, "KFOR"), entity="kfor", kind="name"),
        Mention(span=span(text, "Jens Stoltenberg", 1), entity="jens-stoltenberg", kind="name"),
        Mention(span=sg[0], entity="jens-stoltenberg", kind="nominal"),
        Mention(span=span(text, "Kosovo", 3), entity="kosovo", kind="name"),
    ]
    mentions.sort(key=lambda m: (m["span"]["start"], -m["span"]["end"]))
    title = segments[0]["span"]
    published = span(text, "01 Jul. 2021")
    return Release.model_validate(
        strict=False,
        obj={
            "schema_version": "1.0",
            "id": "2021-07-01-fr-news-185631",
            "metadata": {
                "title": {"value": title["text"], "span": title},
                "published": {"value": "2021-07-01", "span": published},
                "updated": None,
                "event_date": None,
                "language": "fr",
                "document_kind": "news",
                "provenance": {
                    "organisation": "NATO",
                    "url": "https://www.nato.int/cps/fr/natohq/news_185631.htm",
                },
                "text_sha256": hashlib.sha256(text.encode()).hexdigest(),
            },
            "segments": segments,
            "quotes": quotes,
            "mentions": mentions,
            "annotation": {"status": "draft", "notes": "Partial annotation made for the workflow tests."},
        },
    )


def synthetic_release(text: str) -> Release:
    segments = lines_as_segments(text, {0: "title"}, {})
    # The quote crosses a CRLF, so its paragraph is one segment over two lines.
    start, end = segments[1]["span"]["start"], segments[2]["span"]["end"]
    merged = Span(start=start, end=end, text=text[start:end])
    segments = [segments[0], Segment(kind="body", span=merged), segments[3]]
    quotes = [
        Quote(
            id="q1",
            type="direct",
            content=inner(text, 0),
            cue=span(text, "a dit"),
            speaker="dupont",
            speaker_mention=span(text, "Mme Dupont"),
        ),
        Quote(
            id="q2",
            type="direct",
            content=inner(text, 1),
            cue=span(text, "ajouté"),
            speaker="dupont",
            speaker_mention=span(text, "elle", after=text.index("a-t-elle")),
        ),
    ]
    mentions = [
        Mention(span=span(text, "Dupont"), entity="dupont", kind="name"),
        Mention(span=span(text, "Bruxelles"), entity="bruxelles", kind="name"),
        Mention(span=span(text, "OTAN"), entity="otan", kind="name"),
    ]
    return Release.model_validate(
        strict=False,
        obj={
            "schema_version": "1.0",
            "id": "2000-01-01-fr-fixture-crlf",
            "metadata": {
                "title": {"value": segments[0]["span"]["text"], "span": segments[0]["span"]},
                "published": None,
                "updated": None,
                "event_date": None,
                "language": "fr",
                "document_kind": "other",
                "provenance": {"organisation": "natopress test suite"},
                "text_sha256": hashlib.sha256(text.encode()).hexdigest(),
            },
            "segments": segments,
            "quotes": quotes,
            "mentions": mentions,
            "annotation": {"status": "draft", "notes": "Synthetic fixture."},
        },
    )


def main() -> None:
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    seed_text = SEED.read_bytes().decode("utf-8")
    shutil.copyfile(SEED, OUT / "2021-07-01-fr-news-185631.txt")
    (OUT / "2000-01-01-fr-fixture-crlf.txt").write_bytes(SYNTHETIC.encode("utf-8"))
    write_model(OUT / "2021-07-01-fr-news-185631.json", seed_release(seed_text))
    write_model(OUT / "2000-01-01-fr-fixture-crlf.json", synthetic_release(SYNTHETIC))
    entities = [
        Entity(id="bruxelles", type="LOC", subtype="city", name="Bruxelles"),
        Entity(id="dupont", type="PER", name="Mme Dupont"),
        Entity(id="jens-stoltenberg", type="PER", name="Jens Stoltenberg"),
        Entity(id="kfor", type="ORG", name="KFOR"),
        Entity(id="kosovo", type="LOC", name="Kosovo"),
        Entity(id="otan", type="ORG", name="OTAN"),
    ]
    write_model(
        OUT / "registry.json",
        Registry.model_validate({"schema_version": "1.0", "entities": entities}, strict=False),
    )


if __name__ == "__main__":
    main()
