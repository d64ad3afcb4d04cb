"""`natopress validate --changed-since REV`: changed releases plus those a registry change affects."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from conftest import FIXTURE_ID, VALID

from natopress.cli import main
from natopress.validate.changed import affected_releases
from natopress.validate.runner import UsageError, validate

PLAIN = "2000-01-02-fr-sans-bruxelles"
"""A copy of the fixture without its mention of `bruxelles`."""
BROKEN = "2000-01-03-fr-broken"
"""Committed with a wrong id (NP502): found only when its files change."""


def _git(repo: Path, *args: str) -> str:
    done = subprocess.run(
        [
            "git",
            "-C",
            str(repo),
            "-c",
            "user.name=t",
            "-c",
            "user.email=t@example.org",
            "-c",
            "commit.gpgsign=false",
            *args,
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout


def _write(path: Path, document: Any) -> None:
    path.write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def _copy(root: Path, release_id: str, keep: set[str] | None = None, id_: str | None = None) -> None:
    """The fixture as `release_id` (mentions of `keep` entities only, when given)."""
    document = json.loads((VALID / f"{FIXTURE_ID}.json").read_text(encoding="utf-8"))
    document["id"] = id_ or release_id
    if keep is not None:
        document["mentions"] = [m for m in document["mentions"] if m["entity"] in keep]
    _write(root / f"{release_id}.json", document)
    shutil.copyfile(VALID / f"{FIXTURE_ID}.txt", root / f"{release_id}.txt")


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A git repository whose `corpus/` holds the fixture, PLAIN and BROKEN, all committed."""
    root = tmp_path / "repo" / "corpus"
    shutil.copytree(VALID, root)
    _copy(root, PLAIN, keep={"marie-exemple", "alliance-fictive"})
    _copy(root, BROKEN, keep={"marie-exemple", "alliance-fictive"}, id_="2000-01-03-fr-other")
    _git(root.parent, "init", "-q")
    _git(root.parent, "add", ".")
    _git(root.parent, "commit", "-q", "-m", "base")
    return root


def _registry(root: Path) -> dict[str, Any]:
    return json.loads((root / "registry.json").read_text(encoding="utf-8"))


def _entity(registry: dict[str, Any], entity_id: str) -> dict[str, Any]:
    return next(e for e in registry["entities"] if e["id"] == entity_id)


def test_the_base_corpus_is_valid_but_for_the_broken_release(repo: Path) -> None:
    assert [(f.code, f.file.rsplit("/", 1)[-1]) for f in validate(repo).findings] == [
        ("NP502", f"{BROKEN}.json")
    ]


def test_nothing_changed_checks_no_release(repo: Path) -> None:
    result = validate(repo, changed_since="HEAD")
    assert (result.findings, result.releases) == ((), 0)
    assert affected_releases(repo, "HEAD", [FIXTURE_ID, PLAIN, BROKEN]) == set()


def test_changed_annotation_and_source_are_checked(repo: Path) -> None:
    document = json.loads((repo / f"{BROKEN}.json").read_text(encoding="utf-8"))
    document["annotation"]["notes"] = "relu"
    _write(repo / f"{BROKEN}.json", document)
    with (repo / f"{PLAIN}.txt").open("a", encoding="utf-8") as handle:
        handle.write("Ajout.\n")
    result = validate(repo, changed_since="HEAD")
    assert result.releases == 2
    assert sorted((f.code, f.file.rsplit("/", 1)[-1]) for f in result.findings) == [
        ("NP204", f"{PLAIN}.json"),
        ("NP501", f"{PLAIN}.json"),
        ("NP502", f"{BROKEN}.json"),
    ]


def test_committed_changes_since_an_older_revision_count(repo: Path) -> None:
    _copy(repo, "2000-01-04-fr-nouveau")
    _git(repo.parent, "add", ".")
    _git(repo.parent, "commit", "-q", "-m", "new release")
    assert affected_releases(repo, "HEAD~1", []) == {"2000-01-04-fr-nouveau"}
    assert affected_releases(repo, "HEAD", []) == set()


def test_untracked_release_is_checked_and_files_elsewhere_are_ignored(repo: Path) -> None:
    _copy(repo, "2000-01-04-fr-nouveau")
    (repo / "notes").mkdir()
    (repo / "notes" / "2000-01-05-fr-ailleurs.json").write_text("{}\n", encoding="utf-8")
    (repo.parent / "2000-01-06-fr-dehors.json").write_text("{}\n", encoding="utf-8")
    result = validate(repo, changed_since="HEAD")
    assert (result.findings, result.releases) == ((), 1)


def test_deleted_release_checks_nothing_and_lone_source_is_reported(repo: Path) -> None:
    (repo / f"{PLAIN}.json").unlink()
    (repo / f"{BROKEN}.json").unlink()
    (repo / f"{BROKEN}.txt").unlink()
    result = validate(repo, changed_since="HEAD")
    assert result.releases == 0
    assert [(f.code, f.file.rsplit("/", 1)[-1]) for f in result.findings] == [("NP017", f"{PLAIN}.txt")]


@pytest.mark.parametrize(
    ("edit", "expected"),
    [
        # bruxelles: only the fixture mentions it (PLAIN and BROKEN do not).
        (lambda r: _entity(r, "bruxelles").update(name="Bruxelles-Capitale"), {FIXTURE_ID}),
        # marie-exemple: mentioned and quoted in all three.
        (lambda r: _entity(r, "marie-exemple").update(aliases=["Mme Exemple"]), {FIXTURE_ID, PLAIN, BROKEN}),
        # A new entity nobody refers to yet.
        (
            lambda r: r["entities"].append(
                {
                    "id": "zz-nouvelle",
                    "type": "LOC",
                    "subtype": None,
                    "name": "Nouvelle",
                    "aliases": [],
                    "roles": [],
                    "replaced_by": None,
                }
            ),
            set(),
        ),
        # An unchanged registry rewritten in another layout: same entities, nothing to check.
        (lambda r: None, set()),
    ],
)
def test_registry_changes_select_the_releases_that_refer_to_them(
    repo: Path, edit: Any, expected: set[str]
) -> None:
    registry = _registry(repo)
    edit(registry)
    (repo / "registry.json").write_text(json.dumps(registry, indent=4) + "\n", encoding="utf-8")
    assert affected_releases(repo, "HEAD", [FIXTURE_ID, PLAIN, BROKEN]) == expected


def test_role_release_is_checked_when_its_entity_changes(repo: Path) -> None:
    registry = _registry(repo)
    role = _entity(registry, "bruxelles")
    role["roles"] = [{**_entity(registry, "marie-exemple")["roles"][0], "release": PLAIN}]
    _write(repo / "registry.json", registry)
    assert affected_releases(repo, "HEAD", [FIXTURE_ID, PLAIN, BROKEN]) == {FIXTURE_ID, PLAIN}


def test_registry_as_path_checks_the_releases_its_changes_affect(repo: Path) -> None:
    """The pre-commit case: `natopress validate corpus/registry.json` compares it with HEAD."""
    assert validate(repo, [repo / "registry.json"]).releases == 0
    registry = _registry(repo)
    _entity(registry, "bruxelles").update(name="Bruxelles-Capitale")
    _write(repo / "registry.json", registry)
    result = validate(repo, [repo / "registry.json"])
    assert (result.findings, result.releases) == ((), 1)
    assert validate(repo, [repo / "registry.json", repo / f"{BROKEN}.txt"]).releases == 2


def test_unparsable_registry_checks_every_release(repo: Path) -> None:
    (repo / "registry.json").write_text('{"entities": [\n', encoding="utf-8")
    result = validate(repo, changed_since="HEAD")
    assert result.releases == 3
    # NP010: the registry itself; NP502: the broken release, unchanged but checked like every other.
    assert {(f.code, f.file.rsplit("/", 1)[-1]) for f in result.findings} == {
        ("NP010", "registry.json"),
        ("NP502", f"{BROKEN}.json"),
    }


def test_unknown_revision_is_a_usage_error(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(UsageError, match="unknown git revision 'no-such-branch'"):
        validate(repo, changed_since="no-such-branch")
    assert main(["validate", "--root", str(repo), "--changed-since", "no-such-branch"]) == 2
    assert "unknown git revision" in capsys.readouterr().err


def test_paths_and_changed_since_together_are_a_usage_error(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["validate", "--root", str(repo), "--changed-since", "HEAD", str(repo / f"{PLAIN}.json")]
    assert main(args) == 2
    assert "argument PATH: not allowed with argument --changed-since" in capsys.readouterr().err


def test_command_line_exit_status_follows_the_selection(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["validate", "--root", str(repo), "--changed-since", "HEAD"]) == 0
    (repo / f"{BROKEN}.txt").write_text("Autre texte.\n", encoding="utf-8")
    assert main(["validate", "--root", str(repo), "--changed-since", "HEAD", "--format", "json"]) == 1
    assert f"{BROKEN}.json" in capsys.readouterr().out
