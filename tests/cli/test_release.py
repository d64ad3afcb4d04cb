"""`natopress release VERSION`: the gate (semantic version, a corpus valid under --strict) and the four files."""

from __future__ import annotations

import shutil
import tomllib
from pathlib import Path

import pytest
from conftest import FIXTURE_ID

from natopress import paths
from natopress.build import versions
from natopress.build.release import (
    ReleaseError,
    bump_card,
    bump_changelog,
    bump_citation,
    bump_pyproject,
    changelog_entry,
    semver,
    unreleased_notes,
)
from natopress.cli import main
from natopress.fingerprint import fingerprint

CHANGELOG = """# Changelog

Intro.

## [Unreleased]

### Fixed
- a span.

## [0.1.0] - 2026-11-25

Corpus fingerprint: `sha256:aaaa`
"""


def test_changelog_entry_takes_the_unreleased_notes() -> None:
    entry = changelog_entry(
        "0.2.0", "2026-12-01", "sha256:bbbb", unreleased_notes(CHANGELOG), "release x: added\n", "0.1.0"
    )
    bumped = bump_changelog(CHANGELOG, entry)
    assert bumped.startswith("# Changelog\n\nIntro.\n\n## [Unreleased]\n\n## [0.2.0] - 2026-12-01\n\n")
    assert "Corpus fingerprint: `sha256:bbbb`\n\n### Fixed\n- a span.\n\n### Changes since 0.1.0" in bumped
    assert "```text\nrelease x: added\n```\n\n## [0.1.0] - 2026-11-25" in bumped


def test_the_other_files_are_bumped_in_place() -> None:
    assert bump_citation('a: 1\nversion: 0.1.0\ndate-released: "2026-11-25"\n', "0.2.0", "2026-12-01") == (
        'a: 1\nversion: 0.2.0\ndate-released: "2026-12-01"\n'
    )
    assert (
        bump_card("version 0.1.0; Version 0.1.0; 10.1.0", "0.1.0", "0.2.0")
        == "version 0.2.0; Version 0.2.0; 10.1.0"
    )
    pyproject = '[build-system]\nversion = "9"\n\n[project]\nname = "natopress"\nversion = "0.1.0"\n'
    assert tomllib.loads(bump_pyproject(pyproject, "0.2.0"))["project"]["version"] == "0.2.0"
    assert tomllib.loads(bump_pyproject(pyproject, "0.2.0"))["build-system"]["version"] == "9"
    with pytest.raises(ReleaseError, match=r"CHANGELOG\.md"):
        bump_changelog("# Changelog\n", "x")
    with pytest.raises(ReleaseError, match="semantic version"):
        semver("1.2")


@pytest.fixture
def repository(tmp_path: Path) -> Path:
    """A stand-in checkout outside git (the four versioned files of the repository, `src/natopress/`) and
    the valid corpus; `release --repo` writes there."""
    for name in ("CHANGELOG.md", "CITATION.cff", "DATASET_CARD.md", "pyproject.toml"):
        shutil.copyfile(paths.REPO_ROOT / name, tmp_path / name)
    (tmp_path / "src" / "natopress").mkdir(parents=True)
    shutil.copytree(Path(__file__).parents[1] / "data" / "valid", tmp_path / "corpus")
    return tmp_path


def _bumped(version: str) -> str:
    major, minor, _ = semver(version)
    return f"{major}.{minor + 1}.0"


def test_release_writes_four_agreeing_files(repository: Path, capsys: pytest.CaptureFixture[str]) -> None:
    new = _bumped(versions.package_version())
    assert (
        main(
            [
                "release",
                new,
                "--date",
                "2026-12-01",
                "--root",
                str(repository / "corpus"),
                "--repo",
                str(repository),
            ]
        )
        == 0
    )
    assert versions.changelog_latest(repository / "CHANGELOG.md") == new
    assert versions.changelog_fingerprint(new, repository / "CHANGELOG.md") == fingerprint(
        repository / "corpus"
    )
    assert versions.citation_version(repository / "CITATION.cff") == new
    assert versions.card_version(repository / "DATASET_CARD.md") == new
    assert tomllib.loads((repository / "pyproject.toml").read_text("utf-8"))["project"]["version"] == new
    assert "(no `natopress diff` draft" in (repository / "CHANGELOG.md").read_text(
        "utf-8"
    )  # not a git repository
    assert capsys.readouterr().out.count("natopress release: wrote") == 4


def test_release_refuses_a_corpus_with_a_warning(
    repository: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    release = repository / "corpus" / f"{FIXTURE_ID}.json"
    release.write_text(
        release.read_text("utf-8").replace('"status": "checked"', '"status": "draft"'), "utf-8"
    )
    before = {p.name: p.read_bytes() for p in repository.iterdir() if p.is_file()}
    assert (
        main(
            [
                "release",
                _bumped(versions.package_version()),
                "--root",
                str(repository / "corpus"),
                "--repo",
                str(repository),
            ]
        )
        == 1
    )
    err = capsys.readouterr().err
    assert "refused: the corpus does not validate under --strict" in err and "Traceback" not in err
    assert {p.name: p.read_bytes() for p in repository.iterdir() if p.is_file()} == before


def test_release_refuses_a_bad_or_old_version(repository: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root, repo = str(repository / "corpus"), str(repository)
    assert main(["release", "v1", "--root", root, "--repo", repo]) == 2
    assert main(["release", "0.0.1", "--root", root, "--repo", repo]) == 1
    assert main(["release", "9.0.0", "--date", "2026-13-01", "--root", root, "--repo", repo]) == 2
    err = capsys.readouterr().err.splitlines()
    assert err[0] == "natopress release: 'v1' is not a semantic version MAJOR.MINOR.PATCH (e.g. 0.2.0)"
    assert err[1].startswith("natopress release: 0.0.1 is not greater than ")
