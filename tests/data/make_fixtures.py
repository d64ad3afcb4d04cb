"""Regenerates tests/data/valid and tests/data/invalid (offsets computed from the strings, never by hand).

Run `.venv/bin/python tests/data/make_fixtures.py` (or with `--out DIR` to write DIR/valid and DIR/invalid
elsewhere), then review the diff. The text of tests/data/valid is invented for testing; it is not a NATO
release. Invalid fixtures are named `<CODE>-<trigger>`: one per branch of a check that emits the code.
"""

from __future__ import annotations

import argparse
import pathlib


def make_valid(out: pathlib.Path) -> None:
    """Writes the valid corpus into `out`: one release, its source text and the registry."""
    import hashlib
    import json

    out.mkdir(parents=True, exist_ok=True)
    NB = "\u00a0"
    text = (
        "Texte inventé pour les tests de natopress : une réunion de l’Alliance fictive\n"
        "\n"
        "01 Jan. 2000\n"
        "\n"
        f"Ce lundi, la secrétaire générale de l’Alliance fictive, Marie Exemple, a déclaré :{NB}«{NB}Nous restons unis.{NB}» "
        f"Elle a ajouté que l’Alliance fictive «{NB}soutient la paix{NB}», a-t-elle dit, «{NB}et la stabilité{NB}».\n"
        "\n"
        "Photo : Marie Exemple à Bruxelles.\n"
        "\n"
        "Partager cette page\n"
    )

    def span(sub, nth=0, within=None):
        start = -1
        for _ in range(nth + 1):
            start = text.index(sub, start + 1)
        return {"start": start, "end": start + len(sub), "text": sub}

    rid = "2000-01-01-fr-fixture"
    title = text.split("\n")[0]
    body = text.split("\n")[4]
    release = {
        "$schema": "../schema/release.schema.json",
        "schema_version": "1.0",
        "id": rid,
        "metadata": {
            "title": {"span": span(title), "source": None, "value": title},
            "published": {"span": span("01 Jan. 2000"), "source": None, "value": "2000-01-01"},
            "updated": None,
            "event_date": None,
            "language": "fr",
            "document_kind": "news",
            "provenance": {
                "organisation": "natopress tests",
                "url": None,
                "cited_from": "tests/data/valid: a text invented for testing, not a NATO release",
                "original_filename": None,
                "retrieved": None,
            },
            "text_sha256": hashlib.sha256(text.encode()).hexdigest(),
        },
        "segments": [
            {"kind": "title", "span": span(title), "language": None},
            {"kind": "date-block", "span": span("01 Jan. 2000"), "language": None},
            {"kind": "body", "span": span(body), "language": None},
            {"kind": "caption", "span": span("Photo : Marie Exemple à Bruxelles."), "language": None},
            {"kind": "chrome", "span": span("Partager cette page"), "language": None},
        ],
        "quotes": [
            {
                "id": "q1",
                "type": "direct",
                "content": span("Nous restons unis."),
                "cue": span("a déclaré"),
                "speaker": "marie-exemple",
                "speaker_mention": span("Marie Exemple"),
                "continues": None,
            },
            {
                "id": "q2",
                "type": "direct",
                "content": span("soutient la paix"),
                "cue": span("a-t-elle dit"),
                "speaker": "marie-exemple",
                "speaker_mention": span("elle"),
                "continues": None,
            },
            {
                "id": "q3",
                "type": "direct",
                "content": span("et la stabilité"),
                "cue": None,
                "speaker": "marie-exemple",
                "speaker_mention": None,
                "continues": "q2",
            },
        ],
        "mentions": [
            {
                "span": span("la secrétaire générale de l’Alliance fictive"),
                "entity": "marie-exemple",
                "kind": "nominal",
            },
            {"span": span("l’Alliance fictive", 1), "entity": "alliance-fictive", "kind": "name"},
            {"span": span("Marie Exemple"), "entity": "marie-exemple", "kind": "name"},
            {"span": span("l’Alliance fictive", 2), "entity": "alliance-fictive", "kind": "name"},
            {"span": span("Marie Exemple", 1), "entity": "marie-exemple", "kind": "name"},
            {"span": span("Bruxelles"), "entity": "bruxelles", "kind": "name"},
        ],
        "annotation": {
            "status": "checked",
            "checked_by": ["annotator-1"],
            "checked_on": "2000-01-02",
            "guidelines": None,
            "notes": "Invented text for the validator's tests; not a NATO release.",
        },
    }
    registry = {
        "$schema": "../schema/registry.schema.json",
        "schema_version": "1.0",
        "entities": [
            {
                "id": "alliance-fictive",
                "type": "ORG",
                "subtype": None,
                "name": "Alliance fictive",
                "aliases": [],
                "roles": [],
                "replaced_by": None,
            },
            {
                "id": "alliance-fictive-old",
                "type": "ORG",
                "subtype": None,
                "name": "Alliance fictive",
                "aliases": [],
                "roles": [],
                "replaced_by": "alliance-fictive",
            },
            {
                "id": "bruxelles",
                "type": "LOC",
                "subtype": "city",
                "name": "Bruxelles",
                "aliases": [],
                "roles": [],
                "replaced_by": None,
            },
            {
                "id": "marie-exemple",
                "type": "PER",
                "subtype": None,
                "name": "Marie Exemple",
                "aliases": [],
                "roles": [
                    {
                        "role": "secrétaire générale de l’Alliance fictive",
                        "release": rid,
                        "span": span("secrétaire générale de l’Alliance fictive"),
                    }
                ],
                "replaced_by": None,
            },
        ],
    }

    def dump(v):
        return json.dumps(v, indent=2, ensure_ascii=False) + "\n"

    (out / f"{rid}.txt").write_bytes(text.encode())
    (out / f"{rid}.json").write_text(dump(release))
    (out / "registry.json").write_text(dump(registry))


def make_invalid(valid: pathlib.Path, out: pathlib.Path) -> None:
    """Writes into `out` one invalid fixture per trigger of each code, each a small change of the valid
    release or registry in `valid`."""
    import copy
    import hashlib
    import json

    out.mkdir(parents=True, exist_ok=True)
    R = json.loads((valid / "2000-01-01-fr-fixture.json").read_text())
    T = (valid / "2000-01-01-fr-fixture.txt").read_bytes()
    G = json.loads((valid / "registry.json").read_text())
    text = T.decode()

    def dump(v):
        return (json.dumps(v, indent=2, ensure_ascii=False) + "\n").encode()

    def span(sub, nth=0):
        start = -1
        for _ in range(nth + 1):
            start = text.index(sub, start + 1)
        return {"start": start, "end": start + len(sub), "text": sub}

    def write(name, release=None, raw=None, txt=T, registry=None):
        (out / f"{name}.json").write_bytes(raw if raw is not None else dump(release))
        if txt is not None:
            (out / f"{name}.txt").write_bytes(txt)
        if registry is not None:
            (out / f"{name}.registry.json").write_bytes(dump(registry))

    def mut(f):
        r = copy.deepcopy(R)
        f(r)
        return r

    good = dump(R)
    write("NP005-empty-file", raw=b"")
    write("NP006-latin1-byte", raw=good.replace("inventé".encode(), b"invent\xe9", 1))
    write("NP007-byte-order-mark", raw=b"\xef\xbb\xbf" + good)
    write(
        "NP008-decomposed-accent",
        mut(lambda r: r["annotation"].update(notes="Note de test : e\u0301te\u0301.")),
    )
    write("NP009-crlf", raw=good.replace(b"\n", b"\r\n"))
    write("NP018-one-line-json", raw=(json.dumps(R, ensure_ascii=False) + "\n").encode())
    write("NP010-truncated", raw=good[: len(good) // 2])
    write("NP010-not-json", raw=b"this is not JSON\n")
    write(
        "NP011-duplicate-key",
        raw=good.replace(b'    "language": "fr",\n', b'    "language": "fr",\n    "language": "fr",\n', 1),
    )
    write("NP012-nan", raw=good.replace(b'"start": 0,', b'"start": NaN,', 1))
    write("NP012-huge-number", raw=good.replace(b'"start": 0,', b'"start": 1e400,', 1))
    huge = "123456789012345678901234567890"
    write("NP023-integer-beyond-64-bits", raw=good.replace(b'"start": 0,', f'"start": {huge},'.encode(), 1))
    write(
        "NP023-negative-integer-beyond-64-bits",
        raw=good.replace(b'"end": 77,', f'"end": -{huge},'.encode(), 1),
    )
    write(
        "NP023-integer-beyond-double",
        raw=good.replace(b'"start": 0,', ('"start": ' + "9" * 400 + ",").encode(), 1),
    )
    write(
        "NP023-integer-beyond-int-digits",
        raw=good.replace(b'"start": 0,', ('"start": -' + "9" * 5000 + ",").encode(), 1),
    )
    write("NP023-negative-offset", mut(lambda r: r["mentions"][0]["span"].update(start=-1)))
    g = copy.deepcopy(G)
    roles = dump(g).replace(b'"start": ', f'"start": {huge}'.encode(), 1)
    (out / "NP023-role-integer-beyond-64-bits.registry.json").write_bytes(roles)
    write("NP023-role-integer-beyond-64-bits", R)
    deep = "x"
    for _ in range(100):
        deep = [deep]
    write("NP013-deep-nesting", mut(lambda r: r["annotation"].update(notes=deep)))
    write("NP014-missing-source", R, txt=None)
    bad_txt = T.replace("inventé".encode(), b"invent\xe9", 1)
    write(
        "NP015-source-latin1",
        mut(lambda r: r["metadata"].update(text_sha256=hashlib.sha256(bad_txt).hexdigest())),
        txt=bad_txt,
    )
    write("NP020-misspelt-key", mut(lambda r: r["metadata"].update(langauge="fr")))
    write("NP021-missing-language", mut(lambda r: r["metadata"].pop("language")))
    write(
        "NP022-string-offset",
        mut(lambda r: r["mentions"][0]["span"].update(start=str(r["mentions"][0]["span"]["start"]))),
    )
    write("NP023-unknown-quote-type", mut(lambda r: r["quotes"][0].update(type="quote")))
    write("NP023-impossible-date", mut(lambda r: r["metadata"]["published"].update(value="2000-02-30")))
    write("NP101-text-mismatch", mut(lambda r: r["mentions"][2]["span"].update(text="Marie Exempel")))
    g = copy.deepcopy(G)
    g["entities"][3]["roles"][0]["span"]["text"] = "secrétaire général de l’Alliance fictive!"
    write("NP101-role-span-mismatch", R, registry=g)
    write(
        "NP102-out-of-range",
        mut(
            lambda r: r["metadata"]["published"].update(
                span={"start": 5000, "end": 5012, "text": "01 Jan. 2000"}
            )
        ),
    )
    write(
        "NP103-reversed-span",
        mut(
            lambda r: r["metadata"]["published"]["span"].update(
                end=r["metadata"]["published"]["span"]["start"]
            )
        ),
    )

    def nb(r):
        s = r["quotes"][0]["content"]
        s.update(start=s["start"] - 1, text="\u00a0" + s["text"])

    write("NP104-leading-no-break-space", mut(nb))
    write(
        "NP201-overlapping-segments",
        mut(lambda r: r["segments"].insert(4, {"kind": "chrome", "span": span("Photo"), "language": None})),
    )

    def swap(key, i, j):
        def f(r):
            r[key][i], r[key][j] = r[key][j], r[key][i]

        return f

    write("NP205-segment-language-repeated", mut(lambda r: r["segments"][3].update(language="fr")))
    write(
        "NP307-continuation-changes-speaker", mut(lambda r: r["quotes"][2].update(speaker="alliance-fictive"))
    )
    write("NP308-continuation-with-cue", mut(lambda r: r["quotes"][2].update(cue=span("ajouté"))))
    write("NP203-segments-out-of-order", mut(swap("segments", 3, 4)))
    write("NP204-text-outside-segments", mut(lambda r: r["segments"].pop(4)))
    write("NP306-quote-ids-skip", mut(lambda r: r["quotes"][2].update(id="q4")))
    write("NP405-mentions-out-of-order", mut(swap("mentions", 4, 5)))
    write(
        "NP202-mention-in-chrome",
        mut(
            lambda r: r["mentions"].append(
                {"span": span("Partager cette page"), "entity": "alliance-fictive", "kind": "nominal"}
            )
        ),
    )
    write("NP301-duplicate-quote-id", mut(lambda r: r["quotes"][2].update(id="q2")))
    write("NP302-continues-unknown", mut(lambda r: r["quotes"][2].update(continues="q9")))
    write("NP303-overlapping-quotes", mut(lambda r: r["quotes"][2].update(content=span("soutient la paix"))))
    write("NP304-unknown-speaker", mut(lambda r: r["quotes"][0].update(speaker="marie-exempel")))
    write("NP305-place-as-speaker", mut(lambda r: r["quotes"][0].update(speaker="bruxelles")))
    write("NP401-unknown-entity", mut(lambda r: r["mentions"][2].update(entity="marie-exempel")))
    write("NP402-replaced-entity", mut(lambda r: r["mentions"][1].update(entity="alliance-fictive-old")))
    write(
        "NP403-crossing-mentions",
        mut(
            lambda r: r["mentions"].insert(
                3, {"span": span("Exemple, a déclaré"), "entity": "marie-exemple", "kind": "nominal"}
            )
        ),
    )
    write("NP404-duplicate-mention", mut(lambda r: r["mentions"].append(copy.deepcopy(r["mentions"][5]))))
    g = copy.deepcopy(G)
    g["entities"].append(copy.deepcopy(g["entities"][2]))
    write("NP410-duplicate-entity-id", R, registry=g)
    g = copy.deepcopy(G)
    g["entities"][1]["replaced_by"] = "alliance-fictive-new"
    write("NP411-replaced-by-unknown", R, registry=g)
    g = copy.deepcopy(G)
    g["entities"] += [
        {
            "id": "cycle-a",
            "type": "MISC",
            "subtype": None,
            "name": "Cycle A",
            "aliases": [],
            "roles": [],
            "replaced_by": "cycle-b",
        },
        {
            "id": "cycle-b",
            "type": "MISC",
            "subtype": None,
            "name": "Cycle B",
            "aliases": [],
            "roles": [],
            "replaced_by": "cycle-a",
        },
    ]
    write("NP412-replaced-by-cycle", R, registry=g)
    g = copy.deepcopy(G)
    g["entities"][3]["roles"][0]["release"] = "2000-01-01-fr-unknown"
    write("NP413-role-unknown-release", R, registry=g)
    write("NP501-sha256-mismatch", mut(lambda r: r["metadata"].update(text_sha256="0" * 64)))
    write("NP502-id-not-file-name", mut(lambda r: r.update(id="2000-01-01-fr-other")))
    write(
        "NP503-updated-before-published",
        mut(
            lambda r: r["metadata"].update(
                updated={"span": None, "source": "tests/data (invented)", "value": "1999-12-31T10:00:00"}
            )
        ),
    )
    write("NP504-evidence-empty", mut(lambda r: r["metadata"]["published"].update(span=None)))
    write(
        "NP505-title-differs-from-span", mut(lambda r: r["metadata"]["title"].update(value="Un autre titre"))
    )
    write("NP506-checked-without-checker", mut(lambda r: r["annotation"].update(checked_by=[])))
    write(
        "NP507-draft", mut(lambda r: r["annotation"].update(status="draft", checked_by=[], checked_on=None))
    )
    write(
        "NP510-cited-from-outside-corpus",
        mut(lambda r: r["metadata"]["provenance"].update(cited_from="shared/seeds/SOURCES.md")),
    )
    proposal = {"id": "ilse-varga-2", "type": "PER", "subtype": None, "name": "Ilse Varga"}
    proposal |= {"aliases": [], "roles": [], "replaced_by": None}
    write(  # `annotation` popped and put back: the canonical order has `proposed_entities` before it
        "NP508-checked-with-proposal",
        mut(lambda r: r.update(proposed_entities=[proposal], annotation=r.pop("annotation"))),
    )
    make_second_triggers(write, mut, span, R, G)


def make_second_triggers(write, mut, span, R, G) -> None:
    """The fixtures of codes that one check emits from more than one branch: one fixture per branch."""
    import json

    write("NP010-null", raw=b"null\n")
    deep = "x"
    for _ in range(100):
        deep = [deep]
    # Not the canonical layout (one line): the file layer measures the depth itself (no schema pass).
    write(
        "NP013-deep-nesting-one-line",
        raw=(json.dumps(mut(lambda r: r["annotation"].update(notes=deep))) + "\n").encode(),
    )
    write("NP013-deeper-than-the-parser", raw=b'{"id": ' + b"[" * 1100 + b"]" * 1100 + b"}\n")
    # A nullable span of the wrong type: no branch of the `anyOf` fits, the `anyOf` itself is reported.
    write("NP022-number-for-nullable-span", mut(lambda r: r["quotes"][0].update(cue=5)))
    write("NP204-text-between-segments", mut(lambda r: r["segments"].pop(1)))

    def quotes_out_of_order(r):
        first, second = r["quotes"][0], r["quotes"][1]
        first["id"], second["id"] = "q2", "q1"
        r["quotes"][0], r["quotes"][1] = second, first
        r["quotes"][2]["continues"] = "q1"

    write("NP306-quotes-out-of-order", mut(quotes_out_of_order))
    write("NP402-replaced-speaker", mut(lambda r: r["quotes"][0].update(speaker="alliance-fictive-old")))
    write("NP506-checked-without-date", mut(lambda r: r["annotation"].update(checked_on=None)))
    # A `source` naming a file of the corpus folder that does not exist (an anchor does not save it).
    write(
        "NP510-source-names-missing-file",
        mut(
            lambda r: r["metadata"]["published"].update(
                source="SOURCES-2000.md#2000-01-01-fr-fixture: the page URL's path (invented)"
            )
        ),
    )


def main(argv: list[str] | None = None) -> None:
    """Writes OUT/valid and OUT/invalid (OUT defaults to this script's folder, tests/data)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=pathlib.Path, default=pathlib.Path(__file__).resolve().parent)
    out = parser.parse_args(argv).out
    make_valid(out / "valid")
    make_invalid(out / "valid", out / "invalid")


if __name__ == "__main__":
    main()
