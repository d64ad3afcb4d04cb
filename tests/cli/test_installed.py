"""natopress as an installed package: nothing read from the checkout, extras by use, research-code loading."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

import natopress
from natopress.build.features import features
from natopress.corpus import CorpusError
from natopress.load import to_pandas
from natopress.paths import REPO_ROOT
from natopress.resources import SHIPPED, resource

DATA = Path(__file__).parents[1] / "data"
PUBLISH = DATA / "publish"
SRC = REPO_ROOT / "src" / "natopress"
CHECKOUT_NAMES = re.compile(
    r"\b(REPO_ROOT|ANNOTATIONS_DIR|SCHEMA_DIR|RELEASE_SCHEMA_PATH|REGISTRY_SCHEMA_PATH)\b"
)


def _run(*args: str, cwd: Path, code: str | None = None) -> subprocess.CompletedProcess[str]:
    """`python -m natopress ARGS` (or `python -c CODE`) in `cwd`, offline."""
    command = [sys.executable, "-c", code] if code is not None else [sys.executable, "-m", "natopress", *args]
    env = {"PATH": "/usr/bin:/bin", "HF_HUB_OFFLINE": "1", "HF_DATASETS_OFFLINE": "1", "HOME": str(cwd)}
    if "PYTHONPATH" in os.environ:  # the contributor-path test runs a copy's package from its src/ this way
        env["PYTHONPATH"] = os.environ["PYTHONPATH"]
    return subprocess.run(command, cwd=cwd, capture_output=True, text=True, env=env, check=False)


def test_no_module_reads_the_checkout() -> None:
    offenders = [
        str(path.relative_to(SRC))
        for path in SRC.rglob("*.py")
        if path.name != "paths.py" and CHECKOUT_NAMES.search(path.read_text("utf-8"))
    ]
    assert offenders == []


@pytest.mark.parametrize("name", SHIPPED)
def test_shipped_files_are_the_repository_files(name: str) -> None:
    assert resource(name).read_bytes() == (REPO_ROOT / name).read_bytes()


def test_python_m_natopress(tmp_path: Path) -> None:
    result = _run("--version", cwd=tmp_path)
    assert (result.returncode, result.stdout.strip()) == (0, f"natopress {natopress.__version__}")


def test_validate_without_a_corpus_here_is_a_usage_error(tmp_path: Path) -> None:
    result = _run("validate", cwd=tmp_path)
    assert result.returncode == 2
    assert "no annotations/ in the current folder" in result.stderr and "--root" in result.stderr
    assert "Traceback" not in result.stderr


def test_default_corpus_is_annotations_of_the_current_folder(tmp_path: Path) -> None:
    shutil.copytree(PUBLISH, tmp_path / "annotations")
    result = _run("validate", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("annotations/2021-07-01-fr-news-185631.json:")  # the drafts' NP507


@pytest.mark.parametrize("args", [["schema", "--check"], ["codes", "--check"], ["codes", "--write"]])
def test_developer_commands_outside_a_checkout(tmp_path: Path, args: list[str]) -> None:
    result = _run(*args, cwd=tmp_path)
    assert result.returncode == 2
    assert "not inside a natopress checkout" in result.stderr and "--repo" in result.stderr
    assert not (tmp_path / "docs").exists()


def test_developer_commands_with_repo(tmp_path: Path) -> None:
    assert _run("schema", "--check", "--repo", str(REPO_ROOT), cwd=tmp_path).returncode == 0
    assert _run("codes", "--check", "--repo", str(REPO_ROOT), cwd=tmp_path).returncode == 0
    result = _run("schema", "--check", "--repo", str(tmp_path), cwd=tmp_path)
    assert (result.returncode, "not a natopress checkout" in result.stderr) == (2, True)


MISSING_DATASETS = (
    "import sys; sys.modules['datasets'] = None; from natopress.cli import main; sys.exit(main(sys.argv[1:]))"
)


@pytest.mark.parametrize("command", ["build", "summary"])
def test_missing_extra_names_it(tmp_path: Path, command: str) -> None:
    args = ["--root", str(PUBLISH), "--out", str(tmp_path / "out")] if command == "build" else [str(PUBLISH)]
    code = MISSING_DATASETS.replace("sys.argv[1:]", repr([command, *args]))
    (tmp_path / "README.md").write_text("---\n---\n", "utf-8")
    if command == "summary":
        code = code.replace(str(PUBLISH), str(tmp_path))
    result = _run(cwd=tmp_path, code=code)
    assert result.returncode == 2, result.stderr
    assert result.stderr.strip().splitlines() == [
        f"natopress {command}: needs the optional dependency 'datasets': pip install 'natopress[build]'"
    ]


def test_validate_needs_no_extra(tmp_path: Path) -> None:
    blocked = "".join(f"sys.modules[{m!r}] = None; " for m in ("datasets", "pyarrow", "yaml", "pandas"))
    code = f"import sys; {blocked}from natopress.cli import main; sys.exit(main(['validate', '--root', {str(PUBLISH)!r}]))"
    result = _run(cwd=tmp_path, code=code)
    assert result.returncode == 0, result.stderr


def test_load_dataset_takes_a_str_root(tmp_path: Path) -> None:
    dataset = natopress.load_dataset("quotes", root=str(PUBLISH), cache_dir=str(tmp_path))
    assert dataset.num_rows == 5


def test_load_dataset_on_a_folder_that_is_not_a_corpus(tmp_path: Path) -> None:
    (tmp_path / "notes.json").write_text("{}", "utf-8")
    with pytest.raises(CorpusError, match=r"not a natopress corpus \(no registry\.json\)"):
        natopress.load_dataset("quotes", root=tmp_path, cache_dir=tmp_path / "cache")
    with pytest.raises(CorpusError, match="no such corpus folder"):
        natopress.load_dataset("quotes", root=tmp_path / "absent", cache_dir=tmp_path / "cache")


def _edited_corpus(folder: Path, edit: Callable[[dict[str, Any]], None]) -> Path:
    """A copy of the publish fixture in `folder` with `edit` applied to every release document."""
    shutil.copytree(PUBLISH, folder)
    for path in folder.glob("2*.json"):
        document = json.loads(path.read_text("utf-8"))
        edit(document)
        path.write_text(json.dumps(document, ensure_ascii=False), "utf-8")
    return folder


def test_load_dataset_on_a_corpus_file_that_does_not_load(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(PUBLISH, corpus)
    (corpus / "2021-07-01-fr-news-185631.json").write_text("{", "utf-8")
    with pytest.raises(CorpusError, match=r"2021-07-01-fr-news-185631\.json: "):
        natopress.load_dataset("releases", root=corpus, cache_dir=tmp_path / "cache")


def test_load_dataset_of_an_empty_config(tmp_path: Path) -> None:
    corpus = _edited_corpus(tmp_path / "corpus", lambda document: document.update(quotes=[]))
    dataset = natopress.load_dataset("quotes", root=corpus, cache_dir=tmp_path / "cache")
    assert (dataset.num_rows, dataset.features) == (0, features("quotes"))


def _drop_first_cue(document: dict[str, Any]) -> None:
    document["quotes"][0]["cue"] = None


def test_to_pandas_keeps_offsets_usable_for_slicing(tmp_path: Path) -> None:
    corpus = _edited_corpus(tmp_path / "corpus", _drop_first_cue)
    releases = to_pandas(natopress.load_dataset("releases", root=corpus, cache_dir=tmp_path / "cache"))
    quotes = to_pandas(natopress.load_dataset("quotes", root=corpus, cache_dir=tmp_path / "cache"))
    texts = dict(zip(releases["id"], releases["text"], strict=True))
    assert quotes["cue_start"].isna().sum() == 2 and quotes["cue_start"].notna().sum() == 3
    sliced = [
        texts[row.release_id][row.cue_start : row.cue_end]
        for row in quotes.itertuples()
        if row.cue_start is not pd.NA
    ]
    assert sliced == [cue for cue in quotes["cue"] if cue is not pd.NA]
    assert all(texts[r.release_id][r.start : r.end] == r.text for r in quotes.itertuples())


def test_the_card_recommends_the_same_call() -> None:
    card = resource("DATASET_CARD.md").read_text("utf-8")
    assert 'with_format("arrow")[:].to_pandas(types_mapper=pd.ArrowDtype)' in card
