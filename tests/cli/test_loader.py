"""The loader/ builder and `datasets.load_dataset` on a built folder: same rows, declared types, offline."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import datasets
import pytest

import natopress
from natopress.build.builder import build
from natopress.build.features import CONFIG_NAMES, features
from natopress.build.rows import rows
from natopress.cli import main
from natopress.corpus import Corpus
from natopress.load import builder
from natopress.paths import ANNOTATIONS_DIR, REGISTRY_FILENAME, REPO_ROOT

FIXTURE = Path(__file__).parents[1] / "data" / "publish"
LOADER_PATH = REPO_ROOT / "loader" / "natopress.py"
CORPORA = [
    pytest.param(FIXTURE, id="fixture"),
    pytest.param(
        ANNOTATIONS_DIR,
        id="annotations",
        marks=pytest.mark.skipif(
            not (ANNOTATIONS_DIR / REGISTRY_FILENAME).is_file(), reason="annotations/ not written yet"
        ),
    ),
]


def _expected(root: Path, config: str) -> list[dict]:
    """The rows of natopress.build.rows, encoded with the declared features (class labels as integers)."""
    corpus = Corpus(root)
    generated = list(rows(config, corpus.documents(), corpus.load_registry()))
    return datasets.Dataset.from_list(generated, features=features(config)).to_list()


@pytest.mark.parametrize("root", CORPORA)
def test_builder_reads_the_annotations(root: Path, tmp_path: Path) -> None:
    for config in CONFIG_NAMES:
        dataset_builder = builder(config, root, cache_dir=tmp_path / "cache")
        dataset_builder.download_and_prepare()
        dataset = dataset_builder.as_dataset(split="train")
        assert dataset.features == features(config), config
        assert dataset.to_list() == _expected(root, config), config


def test_builder_rows_have_exact_values(tmp_path: Path) -> None:
    dataset = natopress.load_dataset("mentions", root=FIXTURE, cache_dir=tmp_path)
    first = dataset[0]
    assert first == {
        "release_id": "2021-07-01-fr-news-185631",
        "entity_id": "nato",
        "entity_type": "ORG",
        "entity_name": "OTAN",
        "text": "OTAN",
        "start": 50,  # `Le secrétaire général réaffirme l’engagement de l’` is 50 code points
        "end": 54,
        "kind": "name",
        "segment_kind": "title",
    }
    entities = natopress.load_dataset("entities", root=FIXTURE, cache_dir=tmp_path)
    stoltenberg = next(e for e in entities if e["id"] == "jens-stoltenberg")
    assert [r["role"] for r in stoltenberg["roles"]] == ["secrétaire général de l’OTAN"]
    assert stoltenberg["roles"][0]["release_id"] == "2023-09-07-fr-nato-secretary-general-meets-ms-osmani"


def test_builder_version_and_configs(tmp_path: Path) -> None:
    dataset_builder = builder("ner", FIXTURE, cache_dir=tmp_path)
    assert str(dataset_builder.VERSION) == natopress.__version__
    assert [c.name for c in dataset_builder.BUILDER_CONFIGS] == list(CONFIG_NAMES)
    assert dataset_builder.info.features["ner_tags"] == features("ner")["ner_tags"]


def test_cache_follows_the_corpus_content(tmp_path: Path) -> None:
    import shutil

    root = tmp_path / "corpus"
    shutil.copytree(FIXTURE, root)
    before = natopress.load_dataset("entities", root=root, cache_dir=tmp_path / "cache")
    registry = (root / REGISTRY_FILENAME).read_text("utf-8")
    (root / REGISTRY_FILENAME).write_text(
        registry.replace('"Franco Federici"', '"Franco  Federici"'), "utf-8"
    )
    after = natopress.load_dataset("entities", root=root, cache_dir=tmp_path / "cache")
    assert before["name"][0] == "Franco Federici" and after["name"][0] == "Franco  Federici"


@pytest.mark.parametrize("root", CORPORA)
def test_load_dataset_on_the_built_folder(root: Path, tmp_path: Path) -> None:
    out = tmp_path / "dataset"
    build(root, out)
    for config in CONFIG_NAMES:
        dataset = datasets.load_dataset(str(out), config, split="train", cache_dir=str(tmp_path / "cache"))
        assert dataset.features == features(config), config
        assert dataset.to_list() == _expected(root, config), config
    ner = datasets.load_dataset(str(out), "ner", split="train", cache_dir=str(tmp_path / "cache"))
    assert isinstance(ner.features["ner_tags"].feature, datasets.ClassLabel)
    default = datasets.load_dataset(str(out), split="train", cache_dir=str(tmp_path / "cache"))
    assert default.column_names == list(features("releases"))


def test_streaming_yields_the_same_rows(tmp_path: Path) -> None:
    out = tmp_path / "dataset"
    build(FIXTURE, out)
    for config in ("quotes", "ner"):
        streamed = datasets.load_dataset(
            str(out), config, split="train", streaming=True, cache_dir=str(tmp_path / "cache")
        )
        first = [row for _, row in zip(range(3), streamed, strict=False)]
        assert first == _expected(FIXTURE, config)[:3], config


def test_summary_prints_every_config(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "dataset"
    build(FIXTURE, out)
    assert main(["summary", str(out)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split()[:4] for line in lines[1:]] == [
        ["releases", "2", "15", "declared"],
        ["quotes", "5", "18", "declared"],
        ["mentions", "15", "9", "declared"],
        ["entities", "7", "7", "declared"],
        ["ner", "10", "9", "declared"],
    ]


def test_summary_fails_when_types_differ(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "dataset"
    build(FIXTURE, out)
    readme = (out / "README.md").read_text("utf-8")
    # declare `segment_index` of `ner` as int64 instead of int32
    head, tail = readme.split("- config_name: ner\n  features:", 1)
    tail = tail.replace(
        "- name: segment_index\n    dtype: int32", "- name: segment_index\n    dtype: int64", 1
    )
    (out / "README.md").write_text(head + "- config_name: ner\n  features:" + tail, "utf-8")
    assert main(["summary", str(out)]) == 1
    captured = capsys.readouterr()
    assert captured.out.splitlines()[-1].split()[:4] == ["ner", "10", "9", "DIFFER"]
    assert "types differ from natopress.build.features: ner" in captured.err


def test_summary_of_a_missing_folder_fails_cleanly(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["summary", str(tmp_path / "nothing")]) == 2
    assert "argument DIR: no such folder" in capsys.readouterr().err


def test_importing_natopress_does_not_import_datasets() -> None:
    code = "import sys, natopress, natopress.cli; sys.exit('datasets' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


DATASETS3_PYTHON = os.environ.get("NATOPRESS_DATASETS3_PYTHON")


@pytest.mark.skipif(
    not DATASETS3_PYTHON, reason="set NATOPRESS_DATASETS3_PYTHON to a python with datasets 3.x"
)
def test_loading_script_on_datasets_3(tmp_path: Path) -> None:
    code = (
        "import datasets, sys; assert datasets.__version__.startswith('3.'); "
        f"d = datasets.load_dataset({str(LOADER_PATH)!r}, 'ner', data_dir={str(FIXTURE)!r}, split='train', "
        f"trust_remote_code=True, cache_dir={str(tmp_path)!r}); "
        "print(d.num_rows, d.features['ner_tags'].feature.names[1])"
    )
    result = subprocess.run([str(DATASETS3_PYTHON), "-c", code], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["10", "B-PER"]


def test_tests_never_reach_the_hub() -> None:
    # tests/conftest.py sets the variables before `datasets` is imported; this fails if that ever stops.
    assert datasets.config.HF_HUB_OFFLINE is True
