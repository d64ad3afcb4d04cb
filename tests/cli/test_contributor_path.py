"""The contributor's path, end to end, on a copy of the repository: a third release added with exactly the
commands the "Adding a release" block of docs/contributor.md gives; then the copy's own test suite passes and its built
dataset, loaded with a reused `datasets` cache, holds three releases in every config.

The copy runs the package from its own `src/` (PYTHONPATH). `make test` reinstalls the package because
`natopress release` changed pyproject.toml's version; here the reinstall is a `natopress-<version>.dist-info`
put first on the path, and `make test`'s pytest run is the copy's suite without this test.
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import datasets
import pytest
from conftest import DATA

from natopress.build.features import CONFIG_NAMES

REPO = Path(__file__).resolve().parents[2]
FIXTURES = DATA / "contributor"
TEXT = FIXTURES / "exercice-kfor.txt"
RELEASE_ID = "2000-03-14-fr-la-kfor-organise-un-exercice-de"
STEPS = re.compile(
    r"<!-- natopress:contributor-steps -->\n```sh\n(.*?)```\n<!-- /natopress:contributor-steps -->", re.S
)
SKIPPED = ("tests/cli/test_contributor_path.py",)


def contributor_steps(readme: str) -> list[list[str]]:
    """The command lines of the contributor block of docs/contributor.md (comments and blank lines dropped)."""
    match = STEPS.search(readme)
    assert match is not None, "docs/contributor.md: no natopress:contributor-steps block"
    return [
        shlex.split(line) for line in match.group(1).splitlines() if line.strip() and not line.startswith("#")
    ]


def copy_repository(dest: Path) -> Path:
    """The repository's tracked and untracked (not ignored) files, committed in a fresh git repository."""
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=REPO, capture_output=True, check=True,
    ).stdout.decode().split("\0")  # fmt: skip
    for name in filter(None, listed):
        source = REPO / name
        if name.startswith((".tools", ".venv")) or not source.is_file():
            continue
        (dest / name).parent.mkdir(parents=True, exist_ok=True)
        if source.is_symlink():  # the package's shipped files link to the root files (natopress.resources)
            (dest / name).symlink_to(os.readlink(source))
        else:
            shutil.copy2(source, dest / name)
    git = ["git", "-c", "user.name=natopress tests", "-c", "user.email=tests@natopress.invalid"]
    for command in (
        ["init", "-q"],
        ["add", "-A"],
        ["commit", "-q", "-m", "the repository before the release"],
    ):
        subprocess.run([*git, *command], cwd=dest, check=True, capture_output=True)
    return dest


def next_minor(changelog: str) -> str:
    major, minor, _ = re.search(r"^## \[(\d+)\.(\d+)\.(\d+)\]", changelog, re.M).groups()  # type: ignore[union-attr]
    return f"{major}.{int(minor) + 1}.0"


def concrete(step: list[str], version: str) -> list[str]:
    """A contributor step with its placeholders filled; `natopress`/`pytest` run as modules of this Python."""
    words: list[str] = []
    for word in step:
        if word == "[--url":  # the text has no page: the optional `[--url PAGE-URL]` is left out
            continue
        if word == "PAGE-URL]":
            continue
        words.append({"PATH/TO/RELEASE.txt": str(TEXT), "X.Y.Z": version}.get(word, word))
    if words[0] == "natopress":
        return [sys.executable, "-m", "natopress.cli", *words[1:]]
    if words[0] == "pytest":
        return [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", *words[1:]]
    assert words == ["make", "test"], words
    ignored = [f"--ignore={name}" for name in SKIPPED]
    # the wheel tests build and install the package from the registry: the copy needs no second run of them
    return [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-m", "not wheel", *ignored]


def correct_by_hand(copy: Path) -> None:
    """The human step: the draft replaced by the checked annotation (written here on one line, as an
    editor might leave it: `natopress format` is the next step)."""
    checked = (FIXTURES / f"{RELEASE_ID}.json").read_text("utf-8")
    one_line = " ".join(line.strip() for line in checked.splitlines())
    (copy / "annotations" / f"{RELEASE_ID}.json").write_text(one_line + "\n", "utf-8")


def installed_as(site: Path, version: str) -> None:
    """What `pip install -e .` leaves for importlib.metadata: a dist-info of that version."""
    dist = site / f"natopress-{version}.dist-info"
    dist.mkdir(parents=True)
    (dist / "METADATA").write_text(f"Metadata-Version: 2.1\nName: natopress\nVersion: {version}\n", "utf-8")


def load_all(folder: Path, cache: Path) -> dict[str, datasets.Dataset]:
    return {
        c: datasets.load_dataset(str(folder), c, split="train", cache_dir=str(cache)) for c in CONFIG_NAMES
    }


def test_a_third_release_through_the_readme_steps(tmp_path: Path) -> None:
    copy = copy_repository(tmp_path / "natopress")
    site, cache = tmp_path / "site", tmp_path / "hf-cache"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(copy / "src"), str(site)])}
    # the optional tools (the Makefile gives them relative to the repository) are the copy's tools too
    env.update({k: str(REPO / v) for k, v in os.environ.items() if k.startswith("NATOPRESS_") and v})
    env.update(HF_HUB_OFFLINE="1", HF_DATASETS_OFFLINE="1", HF_HOME=str(tmp_path / "hf-home"))

    def run(command: list[str]) -> None:
        done = subprocess.run(command, cwd=copy, env=env, capture_output=True, text=True, check=False)
        assert done.returncode == 0, f"{shlex.join(command)}\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}"

    run([sys.executable, "-m", "natopress.cli", "build", "--out", "build/dataset"])
    before = load_all(copy / "build" / "dataset", cache)  # the cache a user already has
    before_ids = set(before["releases"]["id"])  # whichever releases the corpus holds today
    assert before["releases"].num_rows == len(before_ids) > 0 and RELEASE_ID not in before_ids

    version = next_minor((copy / "CHANGELOG.md").read_text("utf-8"))
    for step in contributor_steps((copy / "docs" / "contributor.md").read_text("utf-8")):
        if step[:2] == ["pip", "install"]:  # the reinstall, as importlib.metadata then sees it
            installed_as(site, version)
            continue
        command = concrete(step, version)
        if step[:2] == ["natopress", "format"]:
            correct_by_hand(copy)
        run(command)

    after = load_all(copy / "build" / "dataset", cache)
    ids = set(after["releases"]["id"])
    assert ids == before_ids | {RELEASE_ID} and after["releases"].num_rows == len(before_ids) + 1
    for config in ("quotes", "mentions", "ner"):
        assert set(after[config]["release_id"]) == ids, config
    cited = {role["release_id"] for roles in after["entities"]["roles"] for role in roles}
    assert cited <= ids and after["entities"].num_rows == before["entities"].num_rows
    changelog = (copy / "CHANGELOG.md").read_text("utf-8")
    assert f"## [{version}] - " in changelog and f"release {RELEASE_ID}: added" in changelog


@pytest.mark.parametrize(
    ("step", "expected"),
    [
        (["natopress", "ingest", "PATH/TO/RELEASE.txt", "[--url", "PAGE-URL]"], ["ingest", str(TEXT)]),
        (["natopress", "release", "X.Y.Z"], ["release", "0.9.0"]),
    ],
)
def test_placeholders_are_filled(step: list[str], expected: list[str]) -> None:
    assert concrete(step, "0.9.0")[3:] == expected
