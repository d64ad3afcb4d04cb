"""Releasing a version: the new texts of CHANGELOG.md, CITATION.cff, DATASET_CARD.md and pyproject.toml.

Pure functions over file contents; `natopress release` reads the files, checks the corpus and writes them.
Versions follow Semantic Versioning 2.0.0 (https://semver.org), read for a dataset as CHANGELOG.md says.
"""

from __future__ import annotations

import re

from natopress.build.versions import SEMVER_RE


class ReleaseError(Exception):
    """The version cannot be released; the message says why and names the file."""


def semver(version: str) -> tuple[int, int, int]:
    """(major, minor, patch) of `X.Y.Z`; ReleaseError when `version` is not one."""
    match = SEMVER_RE.match(version)
    if match is None:
        raise ReleaseError(f"{version!r} is not a semantic version MAJOR.MINOR.PATCH (e.g. 0.2.0)")
    major, minor, patch = (int(part) for part in match.groups())
    return major, minor, patch


def changelog_entry(version: str, date: str, fingerprint: str, notes: str, draft: str, since: str) -> str:
    """The CHANGELOG.md section of `version`: date, fingerprint, the Unreleased notes, the diff as a draft."""
    parts = [f"## [{version}] - {date}", f"Corpus fingerprint: `{fingerprint}`"]
    if notes.strip():
        parts.append(notes.strip())
    parts.append(
        f"### Changes since {since} (draft from `natopress diff`: turn it into notes above, then delete it)\n\n"
        f"```text\n{draft.rstrip()}\n```"
        if draft.strip()
        else f"### Changes since {since}\n\n(no `natopress diff` draft: {since} has no git revision to compare with)"
    )
    return "\n\n".join(parts) + "\n\n"


def bump_changelog(text: str, entry: str) -> str:
    """CHANGELOG.md with `entry` after an emptied `## [Unreleased]` (whose notes the entry carries)."""
    match = re.search(r"^## \[Unreleased\][^\n]*\n(.*?)(?=^## \[|\Z)", text, re.MULTILINE | re.DOTALL)
    if match is None:
        raise ReleaseError("CHANGELOG.md: no `## [Unreleased]` section to release from")
    return text[: match.start(1)] + "\n" + entry + text[match.end(1) :]


def unreleased_notes(text: str) -> str:
    """The notes under `## [Unreleased]` in CHANGELOG.md ('' when there are none)."""
    match = re.search(r"^## \[Unreleased\][^\n]*\n(.*?)(?=^## \[|\Z)", text, re.MULTILINE | re.DOTALL)
    return "" if match is None else match.group(1).strip()


def bump_citation(text: str, version: str, date: str) -> str:
    """CITATION.cff with its `version` and `date-released` lines replaced (the rest kept as written)."""
    text, versions = re.subn(r"^version: .*$", f"version: {version}", text, count=1, flags=re.MULTILINE)
    text, dates = re.subn(
        r"^date-released: .*$", f'date-released: "{date}"', text, count=1, flags=re.MULTILINE
    )
    if not (versions and dates):
        raise ReleaseError("CITATION.cff: expected a `version:` and a `date-released:` line")
    return text


def bump_card(text: str, old: str, new: str) -> str:
    """DATASET_CARD.md with every `version OLD` (any case) made `version NEW`, and its BibTeX entry's
    `version = {OLD}` field too (the entry stays the one rendered from CITATION.cff, natopress.build.citation)."""
    bumped, count = re.subn(rf"\b([Vv]ersion) {re.escape(old)}\b", rf"\g<1> {new}", text)
    if not count:
        raise ReleaseError(f"DATASET_CARD.md: states no `version {old}` to replace")
    return re.sub(rf"(\bversion\s*=\s*\{{){re.escape(old)}(\}})", rf"\g<1>{new}\g<2>", bumped)


def bump_pyproject(text: str, new: str) -> str:
    """pyproject.toml with the `[project]` table's `version` set to `new`."""
    match = re.search(r'^\[project\]\n(?:(?!^\[).*\n)*?version = "[^"]*"', text, re.MULTILINE)
    if match is None:
        raise ReleaseError('pyproject.toml: no `version = "..."` in the [project] table')
    head = text[: match.end()]
    return re.sub(r'version = "[^"]*"$', f'version = "{new}"', head) + text[match.end() :]
