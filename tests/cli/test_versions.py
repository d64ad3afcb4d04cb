"""One version everywhere: pyproject.toml, the package, the loader, CHANGELOG, CITATION.cff, the card, the build."""

from __future__ import annotations

import json
import os
import re
import subprocess
import tomllib
from pathlib import Path

import pytest
import yaml

import natopress
from natopress.build.builder import build
from natopress.build.versions import (
    CARD_PATH,
    CHANGELOG_PATH,
    CITATION_PATH,
    SEMVER_RE,
    card_version,
    changelog_fingerprint,
    changelog_latest,
    citation_version,
    package_version,
)
from natopress.fingerprint import fingerprint
from natopress.load import Natopress
from natopress.paths import ANNOTATIONS_DIR, REGISTRY_FILENAME, REPO_ROOT

FIXTURE = Path(__file__).parents[1] / "data" / "publish"
VERSION = tomllib.loads((REPO_ROOT / "pyproject.toml").read_text("utf-8"))["project"]["version"]


def test_version_is_semantic() -> None:
    assert SEMVER_RE.match(VERSION), VERSION


def test_package_version_is_the_pyproject_version() -> None:
    assert package_version() == VERSION, "pyproject.toml changed: run `.venv/bin/pip install -e .`"


def test_installed_package_has_the_pyproject_version() -> None:
    assert natopress.__version__ == VERSION, "pyproject.toml changed: run `.venv/bin/pip install -e .`"


def test_loader_version() -> None:
    assert str(Natopress.VERSION) == VERSION
    assert {str(c.version) for c in Natopress.BUILDER_CONFIGS} == {VERSION}


def test_changelog_names_the_version_first() -> None:
    assert changelog_latest() == VERSION


def test_citation_version_and_date() -> None:
    assert citation_version() == VERSION
    cff = yaml.safe_load(CITATION_PATH.read_text("utf-8"))
    assert (cff["cff-version"], cff["type"]) == ("1.2.0", "dataset")
    released = re.search(
        rf"^## \[{re.escape(VERSION)}\] - (\d{{4}}-\d{{2}}-\d{{2}})$", CHANGELOG_PATH.read_text("utf-8"), re.M
    )
    assert released is not None and str(cff["date-released"]) == released.group(1)


def test_card_states_only_this_version() -> None:
    card = CARD_PATH.read_text("utf-8")
    assert card_version() == VERSION
    assert set(re.findall(r"[Vv]ersion (\d+\.\d+\.\d+)", card)) == {VERSION}


def test_built_readme_and_manifest_carry_the_version(tmp_path: Path) -> None:
    out = tmp_path / "dataset"
    build(FIXTURE, out)
    readme = (out / "README.md").read_text("utf-8")
    assert f"- Version: **{VERSION}**" in readme
    assert f"natopress version {VERSION}" in readme
    assert json.loads((out / "MANIFEST.json").read_text("utf-8"))["version"] == VERSION
    assert yaml.safe_load((out / "CITATION.cff").read_text("utf-8"))["version"] == VERSION


@pytest.mark.skipif(
    not (ANNOTATIONS_DIR / REGISTRY_FILENAME).is_file(), reason="annotations/ not written yet"
)
def test_changelog_fingerprint_is_the_corpus_of_this_version() -> None:
    recorded, actual = changelog_fingerprint(VERSION), fingerprint(ANNOTATIONS_DIR)
    assert recorded == actual, (
        f"annotations/ changed since CHANGELOG.md recorded {VERSION} ({recorded}); it is now {actual}: "
        "bump the version (or, before the version is published, update its fingerprint) and note the change"
    )


CFFCONVERT = os.environ.get("NATOPRESS_CFFCONVERT")


@pytest.mark.skipif(not CFFCONVERT, reason="set NATOPRESS_CFFCONVERT to a cffconvert 2.x executable")
def test_citation_passes_cffconvert() -> None:
    result = subprocess.run(
        [str(CFFCONVERT), "--validate", "-i", str(CITATION_PATH)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
