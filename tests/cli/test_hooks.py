"""natopress in another repository: the pre-commit hook (.pre-commit-hooks.yaml, tried with `pre-commit
try-repo`) and the composite GitHub Action (action.yml, its steps run as the runner would run them).

Slow (each installs natopress into a fresh environment from the package index): marked `wheel` like
tests/cli/test_wheel.py; `pytest -m wheel` runs them, `pytest -m "not wheel"` skips them.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from natopress.paths import REPO_ROOT

pytestmark = pytest.mark.wheel

PUBLISH = Path(__file__).parents[1] / "data" / "publish"
RELEASE = "2021-07-01-fr-news-185631"
GIT_ENV = {
    "GIT_AUTHOR_NAME": "t",
    "GIT_AUTHOR_EMAIL": "t@example.org",
    "GIT_COMMITTER_NAME": "t",
    "GIT_COMMITTER_EMAIL": "t@example.org",
}


def _git(repo: Path, *args: str) -> str:
    done = subprocess.run(
        ["git", *args], cwd=repo, env={**os.environ, **GIT_ENV}, capture_output=True, text=True, check=True
    )
    return done.stdout.strip()


def _corpus_repo(folder: Path) -> Path:
    """A git repository holding a corpus in annotations/ (a copy of the publish fixture), committed."""
    shutil.copytree(PUBLISH, folder / "annotations")
    _git(folder, "init", "--quiet")
    _git(folder, "add", "-A")
    _git(folder, "commit", "--quiet", "-m", "corpus")
    return folder


def _break(repo: Path) -> None:
    """Makes one release fail the schema (a string offset) and stages it."""
    path = repo / "annotations" / f"{RELEASE}.json"
    document = json.loads(path.read_text("utf-8"))
    document["quotes"][0]["content"]["start"] = "714"
    path.write_text(json.dumps(document, ensure_ascii=False, indent=2) + "\n", "utf-8")
    _git(repo, "add", "-A")


def test_hook_definition() -> None:
    (hook,) = yaml.safe_load((REPO_ROOT / ".pre-commit-hooks.yaml").read_text("utf-8"))
    assert (hook["id"], hook["entry"], hook["language"]) == (
        "natopress-validate",
        "natopress validate",
        "python",
    )


def test_pre_commit_try_repo(tmp_path: Path) -> None:
    repo = _corpus_repo(tmp_path / "contributor")
    env = {**os.environ, **GIT_ENV, "PRE_COMMIT_HOME": str(tmp_path / "pre-commit-home")}
    command = [sys.executable, "-m", "pre_commit", "try-repo", str(REPO_ROOT), "natopress-validate"]
    clean = subprocess.run([*command, "--all-files"], cwd=repo, env=env, capture_output=True, text=True)
    assert clean.returncode == 0, clean.stdout + clean.stderr
    assert "natopress validate" in clean.stdout and "Passed" in clean.stdout
    _break(repo)
    failed = subprocess.run([*command, "--all-files"], cwd=repo, env=env, capture_output=True, text=True)
    assert failed.returncode == 1, failed.stdout + failed.stderr
    assert f"annotations/{RELEASE}.json" in failed.stdout and "NP022" in failed.stdout
    assert "Traceback" not in failed.stdout


def _action_steps() -> list[dict[str, object]]:
    action = yaml.safe_load((REPO_ROOT / "action.yml").read_text("utf-8"))
    assert action["runs"]["using"] == "composite"
    return action["runs"]["steps"]


def test_github_action_validates_changed_files(tmp_path: Path) -> None:
    repo = _corpus_repo(tmp_path / "contributor")
    base = _git(repo, "rev-parse", "HEAD")
    _break(repo)
    _git(repo, "commit", "--quiet", "-m", "a broken release")
    env = {
        **os.environ,
        "GITHUB_ACTION_PATH": str(REPO_ROOT),
        "RUNNER_TEMP": str(tmp_path / "runner"),
        "NATOPRESS_ROOT": "annotations",
        "NATOPRESS_CHANGED_SINCE": base,
        "NATOPRESS_STRICT": "false",
    }
    (tmp_path / "runner").mkdir()
    results = [
        subprocess.run(
            ["bash", "-e", "-c", str(step["run"])], cwd=repo, env=env, capture_output=True, text=True
        )
        for step in _action_steps()
    ]
    assert results[0].returncode == 0, results[0].stderr
    assert results[1].returncode == 1, results[1].stderr
    assert f"::error file=annotations/{RELEASE}.json," in results[1].stdout
    assert "title=NP022" in results[1].stdout
