"""Drafting sees through Unicode variants of the same words (normalisation forms, space separators,
apostrophes, hyphens) while every span keeps the source's own characters and offsets (issue 13 item 1)."""

from __future__ import annotations

import hashlib
import json
import unicodedata
from pathlib import Path

import pytest

from natopress.cli import main
from natopress.corpus import Corpus
from natopress.draft.ingest import draft_release
from natopress.model import Registry, Release
from natopress.serialize import to_json
from natopress.text.variants import fold
from natopress.validate.runner import validate

REGISTRY = {
    "schema_version": "1.0",
    "entities": [
        {
            "id": "jens-stoltenberg",
            "type": "PER",
            "name": "Jens Stoltenberg",
            "aliases": ["Stoltenberg"],
            "roles": [
                {
                    "role": "secrétaire général de l’OTAN",
                    "release": "2021-07-01-fr-fixture-variants",
                    "span": {"start": 0, "end": 21, "text": "Le secrétaire général"},
                }
            ],
        },
        {"id": "nato", "type": "ORG", "name": "OTAN", "aliases": ["NATO"]},
        {"id": "kfor", "type": "ORG", "name": "Force pour le Kosovo", "aliases": ["KFOR"]},
        {"id": "jean-pierre-dupont", "type": "PER", "name": "Jean-Pierre Dupont", "aliases": []},
    ],
}
TEXT = (
    "Le secrétaire général de l’OTAN salue l’engagement de la Force pour le Kosovo\n\n"
    "Le secrétaire général de l’OTAN, Jens Stoltenberg, a rencontré Jean-Pierre Dupont à Pristina. "
    "« La KFOR reste essentielle pour la stabilité », a déclaré le secrétaire général. "
    "« Nous restons vigilants », a-t-il ajouté.\n"
)
VARIANTS = {
    "NFD": lambda t: unicodedata.normalize("NFD", t),
    "no-break spaces": lambda t: t.replace(" ", "\u00a0"),
    "narrow no-break spaces": lambda t: t.replace(" ", "\u202f"),
    "straight apostrophes": lambda t: t.replace("’", "'"),
    "modifier apostrophes": lambda t: t.replace("’", "ʼ"),
    "non-breaking hyphens": lambda t: t.replace("-", "\u2011"),
    "hyphens": lambda t: t.replace("-", "\u2010"),
    "everything": lambda t: (
        unicodedata.normalize("NFD", t).replace(" ", "\u2009").replace("’", "'").replace("-", "\u2011")
    ),
}


def summary(release: Release, text: str) -> dict[str, list[tuple[object, ...]]]:
    """What drafting found, offsets made comparable across variants (in the NFC key's code points)."""
    key = {offset: i for i, offset in enumerate(fold(text).offsets)}
    return {
        "mentions": [(key[m.span.start], key[m.span.end], m.entity, m.kind.value) for m in release.mentions],
        "quotes": [
            (key[q.content.start], q.type.value, q.speaker, q.cue is not None, q.speaker_mention is not None)
            for q in release.quotes
        ],
    }


def draft(text: str, registry: dict[str, object] = REGISTRY) -> Release:
    return draft_release(
        text, registry=Registry.model_validate(registry), release_id="2021-07-01-fr-fixture-variants"
    )


@pytest.mark.parametrize("variant", sorted(VARIANTS))
def test_variants_draft_alike_and_spans_keep_the_source(variant: str) -> None:
    text = VARIANTS[variant](TEXT)
    expected = summary(draft(TEXT), TEXT)
    assert len(expected["mentions"]) == 10 and [q[2] for q in expected["quotes"]] == ["jens-stoltenberg"] * 2
    release = draft(text)
    assert summary(release, text) == expected  # 9 registry mentions, proposal `Pristina`
    dumped = release.model_dump(mode="json", by_alias=True)
    spans = [*(m["span"] for m in dumped["mentions"]), *(s["span"] for s in dumped["segments"])]
    spans += [q[k] for q in dumped["quotes"] for k in ("content", "cue", "speaker_mention") if q[k]]
    assert all(text[s["start"] : s["end"]] == s["text"] for s in spans)
    assert (
        release.metadata.title is not None
        and release.metadata.title.value == release.metadata.title.span.text
    )
    assert release.metadata.text_sha256 == hashlib.sha256(text.encode()).hexdigest()


def test_registry_names_in_other_variants_match() -> None:
    registry = json.loads(json.dumps(REGISTRY))
    registry["entities"][0]["name"] = unicodedata.normalize("NFD", "Jens\u00a0Stoltenberg")
    registry["entities"][3]["name"] = "Jean\u2011Pierre Dupont"
    registry["entities"][0]["roles"][0]["role"] = "secrétaire\u00a0général de l'OTAN"
    assert summary(draft(TEXT, registry), TEXT) == summary(draft(TEXT), TEXT)


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    root = tmp_path / "corpus"
    root.mkdir()
    (root / "registry.json").write_text(to_json(Registry.model_validate(REGISTRY)), encoding="utf-8")
    return root


def test_ingest_refuses_a_text_not_in_nfc(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "nfd.txt"
    source.write_text(unicodedata.normalize("NFD", TEXT), encoding="utf-8")
    assert main(["ingest", str(source), "--root", str(corpus)]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"natopress ingest: {source}:1:8: text is not in Unicode NFC") and "--nfc" in err
    assert err.count("\n") == 1
    assert sorted(p.name for p in corpus.iterdir()) == ["registry.json"]


def test_ingest_nfc_option_stores_the_nfc_form_and_the_draft_validates(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "nfd.txt"
    source.write_text(unicodedata.normalize("NFD", TEXT), encoding="utf-8")
    assert main(["ingest", str(source), "--root", str(corpus), "--nfc", "--id", "2021-07-01-fr-x"]) == 0
    assert "stored in its NFC form (--nfc)" in capsys.readouterr().err
    document = Corpus.at(corpus).load("2021-07-01-fr-x")
    assert document.text_path.read_bytes() == TEXT.encode("utf-8")
    assert summary(document.release, TEXT) == summary(draft(TEXT), TEXT)
    codes = {f.code for f in validate(corpus).findings}
    # NP507: a draft; NP413: the registry's role cites a release id this corpus does not hold
    assert codes == {"NP507", "NP413"}
