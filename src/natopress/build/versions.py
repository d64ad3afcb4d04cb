"""The one version of the dataset (the installed package's, from pyproject.toml) and where else it is written,
for the version test. The card, citation and changelog read are the shipped copies (natopress.resources)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from natopress import installed
from natopress.resources import CARD_TEMPLATE, CHANGELOG, CITATION, resource

CHANGELOG_PATH = Path(str(resource(CHANGELOG)))
CITATION_PATH = Path(str(resource(CITATION)))
CARD_PATH = Path(str(resource(CARD_TEMPLATE)))
SEMVER_RE = re.compile(r"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$")


def package_version() -> str:
    """The installed package's version (pyproject.toml's, read from the installed metadata; no source tree)."""
    return installed.version()


def changelog_latest(path: Path = CHANGELOG_PATH) -> str | None:
    """The newest released version in CHANGELOG.md (`## [X.Y.Z] - date`), skipping `[Unreleased]`."""
    match = re.search(r"^## \[(\d+\.\d+\.\d+)\]", path.read_text("utf-8"), re.MULTILINE)
    return None if match is None else match.group(1)


def changelog_fingerprint(version: str, path: Path = CHANGELOG_PATH) -> str | None:
    """The corpus fingerprint CHANGELOG.md records for `version` (`Corpus fingerprint: sha256:...`)."""
    text = path.read_text("utf-8")
    section = re.search(rf"^## \[{re.escape(version)}\].*?(?=^## |\Z)", text, re.MULTILINE | re.DOTALL)
    if section is None:
        return None
    match = re.search(r"[Cc]orpus fingerprint: `?(sha256:[0-9a-f]{64})`?", section.group(0))
    return None if match is None else match.group(1)


def citation_version(path: Path = CITATION_PATH) -> str:
    """The `version` of CITATION.cff."""
    return str(yaml.safe_load(path.read_text("utf-8"))["version"])


def card_version(path: Path = CARD_PATH) -> str | None:
    """The version DATASET_CARD.md states (`Version: X.Y.Z` in its text)."""
    match = re.search(r"natopress version (\d+\.\d+\.\d+)", path.read_text("utf-8"))
    return None if match is None else match.group(1)


@dataclass(frozen=True)
class VersionEntry:
    """One released version as CHANGELOG.md records it."""

    version: str
    date: str
    fingerprint: str | None


def changelog_versions(path: Path = CHANGELOG_PATH) -> list[VersionEntry]:
    """Every released version of CHANGELOG.md, newest first; [] when there is no changelog."""
    if not path.is_file():
        return []
    text = path.read_text("utf-8")
    return [
        VersionEntry(match.group(1), match.group(2), changelog_fingerprint(match.group(1), path))
        for match in re.finditer(r"^## \[(\d+\.\d+\.\d+)\] - (\d{4}-\d{2}-\d{2})$", text, re.MULTILINE)
    ]


def recorded_fingerprint(version: str, path: Path = CHANGELOG_PATH) -> str | None:
    """The fingerprint CHANGELOG.md records for `version`, or None (no changelog, or version not released)."""
    return changelog_fingerprint(version, path) if path.is_file() else None
