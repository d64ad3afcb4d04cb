"""The wheel as a user gets it: built from the sdist with `python -m build`, installed with its `all` extra in
a fresh virtual environment, and every command run on a corpus folder outside the checkout, from outside it.

Slow (about 1-2 minutes: the build, a venv and `pip install` from the package index): `pytest -m wheel`
runs these alone, `pytest -m "not wheel"` skips them.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tarfile
from dataclasses import dataclass
from pathlib import Path

import pytest

from natopress.paths import REPO_ROOT
from natopress.resources import SHIPPED

pytestmark = pytest.mark.wheel

DATA = Path(__file__).parents[1] / "data"
RELEASE = "2021-07-01-fr-news-185631"


@dataclass(frozen=True)
class Installed:
    """A fresh venv with the wheel installed, a work folder outside the checkout and a copy of a corpus."""

    venv: Path
    work: Path
    corpus: Path
    dist: Path

    def env(self) -> dict[str, str]:
        return {
            "PATH": f"{self.venv / 'bin'}:/usr/bin:/bin",
            "HOME": str(self.work),
            "HF_HUB_OFFLINE": "1",
            "HF_DATASETS_OFFLINE": "1",
            "HF_HOME": str(self.work / "hf"),
        }

    def run(self, *args: str, code: str | None = None) -> subprocess.CompletedProcess[str]:
        """`natopress ARGS` (or the venv's `python -c CODE`) in the work folder."""
        command = [str(self.venv / "bin" / "python"), "-c", code] if code else ["natopress", *args]
        return subprocess.run(
            command, cwd=self.work, env=self.env(), capture_output=True, text=True, check=False, timeout=600
        )


def _check(result: subprocess.CompletedProcess[str], status: int = 0) -> str:
    assert "Traceback" not in result.stderr, result.stderr
    assert result.returncode == status, result.stdout + result.stderr
    return result.stdout


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Installed:
    root = tmp_path_factory.mktemp("wheel")
    dist, work = root / "dist", root / "work"
    subprocess.run(
        [sys.executable, "-m", "build", "--outdir", str(dist), str(REPO_ROOT)],
        check=True,
        capture_output=True,
    )
    venv = root / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    (wheel,) = dist.glob("natopress-*.whl")
    subprocess.run(
        [str(venv / "bin" / "pip"), "install", "--quiet", f"{wheel}[all]"],
        check=True,
        capture_output=True,
        env={**os.environ, "PIP_NO_INPUT": "1"},
    )
    work.mkdir()
    corpus = shutil.copytree(DATA / "publish", work / "corpus")
    return Installed(venv, work, corpus, dist)


def test_sdist_holds_the_shipped_files_as_files(installed: Installed) -> None:
    (sdist,) = installed.dist.glob("natopress-*.tar.gz")
    with tarfile.open(sdist) as archive:
        names = set(archive.getnames())
    top = sdist.name.removesuffix(".tar.gz")
    assert {f"{top}/{name}" for name in SHIPPED} <= names  # the targets of src/natopress/files/*


def test_the_package_is_the_installed_one(installed: Installed) -> None:
    out = _check(installed.run(code="import natopress.resources as r; print(r.__file__)"))
    assert out.strip().startswith(str(installed.venv))
    for name in SHIPPED:
        code = f"import natopress.resources as r; print(len(r.read_resource({name!r})))"
        assert int(_check(installed.run(code=code))) > 0


def test_validate_clean_and_with_findings(installed: Installed) -> None:
    _check(installed.run("validate", "--root", str(installed.corpus)))
    _check(
        installed.run(
            code="import runpy, sys; sys.argv = ['natopress', '--version']; "
            "runpy.run_module('natopress', run_name='__main__')"
        )
    )
    bad = shutil.copytree(installed.corpus, installed.work / "bad")
    path = bad / f"{RELEASE}.json"
    document = json.loads(path.read_text("utf-8"))
    document["quotes"][0]["content"]["start"] = "714"
    path.write_text(json.dumps(document, ensure_ascii=False, indent=2) + "\n", "utf-8")
    out = _check(installed.run("validate", "--root", str(bad), "--format", "github"), status=1)
    assert f"file=bad/{RELEASE}.json" in out and "title=NP022" in out


def test_build_verify_summary(installed: Installed) -> None:
    out = installed.work / "dataset"
    _check(installed.run("build", "--root", str(installed.corpus), "--out", str(out)))
    assert (out / "ANNOTATION_GUIDELINES.md").is_file() and (out / "CITATION.cff").is_file()
    _check(installed.run("verify", str(out)))
    assert "quotes" in _check(installed.run("summary", str(out)))


def test_ingest_review_export_diff(installed: Installed) -> None:
    corpus = shutil.copytree(installed.corpus, installed.work / "drafts")
    _check(
        installed.run(
            "ingest",
            "--root",
            str(corpus),
            "--id",
            "2020-01-01-fr-ingested",
            str(DATA / "ingest" / "press-release.txt"),
        )
    )
    assert (corpus / "2020-01-01-fr-ingested.json").is_file()
    page = installed.work / "review.html"
    _check(installed.run("review", "--root", str(corpus), "-o", str(page), RELEASE))
    assert page.stat().st_size > 0
    exports = {"brat": "brat", "conll": "corpus.conll", "jsonl": "corpus.jsonl"}
    for kind, target in exports.items():
        out = installed.work / "exports" / target
        _check(installed.run("export", kind, "--root", str(installed.corpus), "--out", str(out)))
        assert out.exists(), kind
    diff = _check(installed.run("diff", str(installed.corpus), str(corpus)))
    assert "2020-01-01-fr-ingested" in diff


def test_load_dataset(installed: Installed) -> None:
    code = (
        "import natopress; d = natopress.load_dataset('quotes', root='corpus'); "
        "print(d.num_rows, d.features['cue_start'].dtype)"
    )
    assert _check(installed.run(code=code)).split() == ["5", "int32"]
