"""`natopress build`: Parquet per config, the card's front matter and examples, determinism, atomic output."""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import datasets
import pyarrow.parquet as pq
import pytest
from helpers.files import generated_block

from natopress.build.builder import BuildError, build
from natopress.build.card import (
    BUILD_BEGIN,
    BUILD_END,
    EXAMPLES_BEGIN,
    EXAMPLES_END,
    parse_front_matter,
    render_examples,
)
from natopress.build.features import CONFIG_NAMES, features
from natopress.build.rows import rows
from natopress.build.versions import package_version
from natopress.cli import main
from natopress.corpus import Corpus
from natopress.fingerprint import fingerprint
from natopress.paths import ANNOTATIONS_DIR, REGISTRY_FILENAME
from natopress.text.sentences import sentences

FIXTURE = Path(__file__).parents[1] / "data" / "publish"
OSMANI = "2023-09-07-fr-nato-secretary-general-meets-ms-osmani"
KFOR = "2021-07-01-fr-news-185631"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("build") / "dataset"
    build(FIXTURE, out)
    return out


def _parquet_file(out: Path, config: str) -> Path:
    """The config's one Parquet file (its name carries the start of its sha256)."""
    [path] = (out / "data" / config).glob("train-*.parquet")
    return path


def _parquet_rows(out: Path, config: str) -> list[dict]:
    return pq.read_table(_parquet_file(out, config)).to_pylist()


def test_build_writes_exactly_the_published_files(built: Path) -> None:
    files = sorted(p.relative_to(built).as_posix() for p in built.rglob("*") if p.is_file())
    hashes = {
        config: hashlib.sha256(_parquet_file(built, config).read_bytes()).hexdigest()[:16]
        for config in CONFIG_NAMES
    }
    assert files == [
        "ANNOTATION_GUIDELINES.md",
        "CITATION.cff",
        "LICENSE.md",
        "MANIFEST.json",
        "README.md",
        "croissant.json",
        *sorted(f"data/{config}/train-{hashes[config]}.parquet" for config in CONFIG_NAMES),
    ]


def test_row_counts_follow_the_annotations(built: Path) -> None:
    corpus = Corpus(FIXTURE)
    documents = list(corpus.documents())
    expected = {
        "releases": len(documents),
        "quotes": sum(len(d.release.quotes) for d in documents),
        "mentions": sum(len(d.release.mentions) for d in documents),
        "entities": len(corpus.load_registry().entities),
        # content segments: 185631 has title, 4 body paragraphs and a caption; Osmani has 4 body paragraphs
        "ner": 10,
    }
    assert {c: len(_parquet_rows(built, c)) for c in CONFIG_NAMES} == expected
    assert expected == {"releases": 2, "quotes": 5, "mentions": 15, "entities": 7, "ner": 10}


def test_quote_row_values(built: Path) -> None:
    quote = next(
        r for r in _parquet_rows(built, "quotes") if r["release_id"] == OSMANI and r["quote_id"] == "q2"
    )
    text = (FIXTURE / f"{OSMANI}.txt").read_text("utf-8")
    assert quote["text"].startswith("Nous nous attendons à ce que toute initiative")
    assert quote["text"].endswith("en temps utile.")
    assert text[quote["start"] : quote["end"]] == quote["text"]
    assert (quote["cue"], quote["speaker_id"], quote["speaker"]) == (
        "a ajouté",
        "jens-stoltenberg",
        "Jens Stoltenberg",
    )
    assert quote["speaker_mention"] == "le secrétaire général"
    assert quote["continues"] is None
    # the context is the sentence around the quote: the previous sentence ends at `gravement.`, the next starts `Depuis`
    assert quote["context"].startswith("Qualifiant ces violences de « totalement inacceptables »")
    assert quote["context"].endswith("en temps utile. »")
    assert text[quote["context_start"] : quote["context_end"]] == quote["context"]


def test_nulls_stay_null(built: Path) -> None:
    release = next(r for r in _parquet_rows(built, "releases") if r["id"] == OSMANI)
    assert (release["title"], release["updated"], release["published"]) == (None, None, "2023-09-07")
    kfor = next(r for r in _parquet_rows(built, "releases") if r["id"] == KFOR)
    assert (kfor["published"], kfor["updated"], kfor["event_date"]) == (
        "2021-07-01",
        "2021-07-01T18:41:00",
        "2021-07-01",
    )
    q2 = next(r for r in _parquet_rows(built, "quotes") if r["release_id"] == KFOR and r["quote_id"] == "q2")
    assert (q2["speaker_mention"], q2["speaker_mention_start"], q2["speaker_mention_end"]) == (
        None,
        None,
        None,
    )


def test_body_joins_body_segments(built: Path) -> None:
    release = next(r for r in _parquet_rows(built, "releases") if r["id"] == KFOR)
    body = [s["text"] for s in release["segments"] if s["kind"] == "body"]
    assert len(body) == 4
    assert release["body"] == "\n\n".join(body)
    assert "NATO Secretary General" not in release["body"]  # the English caption is not body


def test_ner_tags_of_the_title(built: Path) -> None:
    title = next(
        r for r in _parquet_rows(built, "ner") if r["release_id"] == KFOR and r["segment_kind"] == "title"
    )
    names = features("ner")["ner_tags"].feature.names
    tagged = [
        (t, names[i]) for t, i in zip(title["tokens"], title["ner_tags"], strict=True) if names[i] != "O"
    ]
    assert tagged == [("OTAN", "B-ORG"), ("KFOR", "B-ORG"), ("Balkans", "B-LOC"), ("occidentaux", "I-LOC")]
    caption = next(r for r in _parquet_rows(built, "ner") if r["segment_kind"] == "caption")
    assert caption["language"] == "en"


def test_sentence_splitter_keeps_abbreviations() -> None:
    text = "Il a dit. M. Stoltenberg a vu J. Rüter. « Oui. » Puis rien"
    assert [text[a:b] for a, b in sentences(text)] == [
        "Il a dit.",
        "M. Stoltenberg a vu J. Rüter.",
        "« Oui. »",
        "Puis rien",
    ]


def test_readme_front_matter_declares_configs_and_features(built: Path) -> None:
    meta = parse_front_matter((built / "README.md").read_text("utf-8"))
    assert [c["config_name"] for c in meta["configs"]] == list(CONFIG_NAMES)
    assert [c["config_name"] for c in meta["configs"] if c.get("default")] == ["releases"]
    path = _parquet_file(built, "releases").relative_to(built).as_posix()
    assert meta["configs"][0]["data_files"] == [{"split": "train", "path": path}]
    declared = {
        i["config_name"]: datasets.Features._from_yaml_list(i["features"]) for i in meta["dataset_info"]
    }
    assert declared == {name: features(name) for name in CONFIG_NAMES}
    assert (meta["license"], meta["language"], meta["size_categories"]) == ("other", ["fr"], ["n<1K"])


def test_card_examples_are_the_built_first_rows(built: Path) -> None:
    readme = (built / "README.md").read_text("utf-8")
    firsts = {config: _parquet_rows(built, config)[0] for config in CONFIG_NAMES}
    assert generated_block(readme, EXAMPLES_BEGIN, EXAMPLES_END) == render_examples(firsts)
    assert f'"quote_id": "{firsts["quotes"]["quote_id"]}"' in readme
    block = generated_block(readme, BUILD_BEGIN, BUILD_END)
    assert f"Corpus fingerprint: `{fingerprint(FIXTURE)}`" in block
    assert "| `quotes` | 5 |" in block
    assert "natopress:source-note" not in readme and "drops this note" not in readme


def test_card_documents_every_column() -> None:
    card = (Path(__file__).parents[2] / "DATASET_CARD.md").read_text("utf-8")
    fields = card.split("### Data fields", 1)[1].split("### Data splits", 1)[0]
    missing = {(c, n) for c in CONFIG_NAMES for n in features(c) if f"`{n}`" not in fields}
    nested = {(c, n) for c in ("quotes", "mentions") for n in features(c) if f"`{n}`" not in fields}
    assert missing | nested == set()


def test_croissant_describes_the_parquet_files(built: Path) -> None:
    document = json.loads((built / "croissant.json").read_text("utf-8"))
    assert (document["version"], document["conformsTo"]) == (
        package_version(),
        "http://mlcommons.org/croissant/1.0",
    )
    for item in document["distribution"]:
        data = (built / item["contentUrl"]).read_bytes()
        assert item["sha256"] == hashlib.sha256(data).hexdigest()
    record_sets = {r["@id"]: [f["@id"] for f in r["field"]] for r in document["recordSet"]}
    assert record_sets == {c: [f"{c}/{n}" for n in features(c)] for c in CONFIG_NAMES}
    roles = next(f for r in document["recordSet"] for f in r["field"] if f["@id"] == "entities/roles")
    assert roles["repeated"] is True
    assert [f["@id"] for f in roles["subField"]] == [
        f"entities/roles/{n}" for n in features("entities")["roles"].feature
    ]


MLCROISSANT = os.environ.get("NATOPRESS_MLCROISSANT")


@pytest.mark.skipif(not MLCROISSANT, reason="set NATOPRESS_MLCROISSANT to an mlcroissant executable")
def test_croissant_passes_mlcroissant(built: Path) -> None:
    command = [str(MLCROISSANT), "validate", "--jsonld", str(built / "croissant.json")]
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr


def test_card_gives_the_provenance_of_every_release(built: Path) -> None:
    """The built card's Source data section lists every release of the corpus with its URL."""
    readme = (built / "README.md").read_text("utf-8")
    source_data = readme.split("### Source data", 1)[1].split("### Annotations", 1)[0]
    documents = list(Corpus(FIXTURE).documents())
    assert f"**{len(documents)} releases**" in source_data
    for document in documents:
        row = next(
            (line for line in source_data.splitlines() if f"| `{document.release.id}` |" in line), None
        )
        assert row is not None, document.release.id
        url = document.release.metadata.provenance.url
        assert url is None or url in row, document.release.id


def test_card_source_prose_states_no_count() -> None:
    """DATASET_CARD.md leaves every count of releases to the build: none is written by hand."""
    card = (Path(__file__).parents[2] / "DATASET_CARD.md").read_text("utf-8")
    counted = re.findall(
        r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten) releases?\b", card, re.I
    )
    assert counted == []


def test_build_is_deterministic(built: Path, tmp_path: Path) -> None:
    again = tmp_path / "again"
    build(FIXTURE, again)
    for path in sorted(p for p in built.rglob("*") if p.is_file()):
        assert (again / path.relative_to(built)).read_bytes() == path.read_bytes(), path.name


def test_verify_a_build_then_a_tampered_copy(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "dataset"
    build(FIXTURE, out)
    assert main(["verify", str(out)]) == 0
    copy = tmp_path / "copy"
    shutil.copytree(out, copy)
    parquet = copy / _parquet_file(out, "quotes").relative_to(out)
    data = bytearray(parquet.read_bytes())
    data[10] ^= 0xFF  # one byte of the first data page
    parquet.write_bytes(bytes(data))
    (copy / "croissant.json").unlink()
    assert main(["verify", str(copy)]) == 1
    err = capsys.readouterr().err
    assert f"{copy / 'croissant.json'}: missing" in err
    assert f"{parquet}: changed" in err


def test_rebuild_replaces_a_previous_build(tmp_path: Path) -> None:
    out = tmp_path / "dataset"
    build(FIXTURE, out)
    (out / "README.md").write_bytes(b"old")  # a file the previous build wrote (files it did not: test_faults)
    build(FIXTURE, out)
    assert (out / "README.md").read_bytes() != b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["dataset"]  # no temporary folder left behind


def test_build_refuses_a_folder_that_is_not_a_build(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "precious"
    out.mkdir()
    (out / "notes.txt").write_text("keep me", "utf-8")
    assert main(["build", "--root", str(FIXTURE), "--out", str(out)]) == 1
    assert "is not a natopress build" in capsys.readouterr().err
    assert [p.name for p in out.iterdir()] == ["notes.txt"]


def test_build_stops_on_an_invalid_corpus(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = tmp_path / "corpus"
    shutil.copytree(FIXTURE, root)
    data = json.loads((root / f"{OSMANI}.json").read_text("utf-8"))
    data["quotes"][0]["content"]["end"] += 5  # the span text no longer matches the source
    (root / f"{OSMANI}.json").write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", "utf-8")
    out = tmp_path / "dataset"
    assert main(["build", "--root", str(root), "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert "does not validate" in err and f"{OSMANI}.json" in err and "Traceback" not in err
    assert not out.exists()


def test_an_empty_config_is_published(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = tmp_path / "corpus"
    shutil.copytree(FIXTURE, root)
    for path in root.glob("2*.json"):
        data = json.loads(path.read_text("utf-8"))
        data["quotes"] = []
        path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", "utf-8")
    out = tmp_path / "dataset"
    assert main(["build", "--root", str(root), "--out", str(out)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split()[:3] for line in lines if line.split()[:1] == ["quotes"]] == [["quotes", "0", "rows"]]
    meta = parse_front_matter((out / "README.md").read_text("utf-8"))
    assert [c["config_name"] for c in meta["configs"]] == list(CONFIG_NAMES)
    assert pq.ParquetFile(_parquet_file(out, "quotes")).metadata.num_rows == 0


def test_build_without_validator_still_fails_cleanly(tmp_path: Path) -> None:
    root = tmp_path / "corpus"
    shutil.copytree(FIXTURE, root)
    (root / REGISTRY_FILENAME).write_text("{", "utf-8")
    with pytest.raises(BuildError, match=REGISTRY_FILENAME):
        build(root, tmp_path / "dataset")


@pytest.mark.skipif(
    not (ANNOTATIONS_DIR / REGISTRY_FILENAME).is_file(), reason="annotations/ not written yet"
)
def test_real_corpus_builds_and_matches_its_annotations(tmp_path: Path) -> None:
    out = tmp_path / "dataset"
    assert main(["build", "--out", str(out)]) == 0
    corpus = Corpus(ANNOTATIONS_DIR)
    documents, registry = list(corpus.documents()), corpus.load_registry()
    for config in CONFIG_NAMES:
        expected = datasets.Dataset.from_list(
            list(rows(config, documents, registry)), features=features(config)
        )
        assert _parquet_rows(out, config) == expected.to_list(), config
    quotes = _parquet_rows(out, "quotes")
    assert len(quotes) == sum(len(d.release.quotes) for d in documents)
    for quote in quotes:
        text = corpus.load(quote["release_id"]).text
        assert text[quote["start"] : quote["end"]] == quote["text"]
        assert quote["context_start"] <= quote["start"] and quote["end"] <= quote["context_end"]
