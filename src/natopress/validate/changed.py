"""`--changed-since REV`: the releases a git revision's changes can affect, for pre-commit and CI."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

import orjson

from natopress.paths import REGISTRY_FILENAME


class GitError(Exception):
    """The corpus folder is not in a git repository, or the revision is unknown (a usage error)."""


def _git(root: Path, *args: str) -> bytes:
    """The output of `git -C root args`, or GitError with git's own message."""
    import subprocess  # here, not at the top: most runs never call git

    try:
        done = subprocess.run(["git", "-C", str(root), *args], capture_output=True, check=False)
    except FileNotFoundError as error:
        raise GitError("git is not installed; --changed-since needs it") from error
    if done.returncode != 0:
        raise GitError(done.stderr.decode("utf-8", "replace").strip() or f"git {args[0]} failed")
    return done.stdout


def _names(output: bytes) -> list[str]:
    return [name for name in output.decode("utf-8", "surrogateescape").split("\0") if name]


def changed_files(root: Path, rev: str) -> set[str]:
    """Names of the files directly in `root` that differ from `rev` (committed, staged or not), or are untracked."""
    try:
        _git(root, "rev-parse", "--is-inside-work-tree")
    except GitError as error:
        raise GitError(f"{root} is not in a git repository ({error})") from error
    try:
        _git(root, "rev-parse", "--verify", "--quiet", "--end-of-options", f"{rev}^{{commit}}")
    except GitError as error:
        raise GitError(f"unknown git revision {rev!r}") from error
    # --no-renames: a renamed release counts under its old and its new name.
    diff = _git(root, "diff", "--name-only", "--no-renames", "-z", "--relative", rev, "--", ".")
    untracked = _git(root, "ls-files", "--others", "--exclude-standard", "-z", "--", ".")
    return {name for name in _names(diff) + _names(untracked) if "/" not in name}


def _entities(document: Any) -> dict[str, Any]:
    """Registry entities by id (the raw JSON values), or {} when the document is not a registry."""
    entities = document.get("entities") if isinstance(document, dict) else None
    if not isinstance(entities, list):
        return {}
    return {e["id"]: e for e in entities if isinstance(e, dict) and isinstance(e.get("id"), str)}


def _registry_at(root: Path, rev: str) -> Any:
    """The parsed registry at `rev` ({} when it did not exist then), or None when it does not parse."""
    try:
        raw = _git(root, "show", f"{rev}:./{REGISTRY_FILENAME}")
    except GitError:
        return {}
    try:
        return orjson.loads(raw)
    except orjson.JSONDecodeError:
        return None


def changed_entities(old: Any, new: Any) -> set[str] | None:
    """Ids added, removed or changed between two registries; None when either does not parse."""
    if old is None or new is None:
        return None
    before, after = _entities(old), _entities(new)
    return {i for i in before.keys() | after.keys() if before.get(i) != after.get(i)}


def references(document: Any) -> set[str]:
    """Entity ids a release refers to: mention entities, quote speakers; registry roles are not here."""
    if not isinstance(document, dict):
        return set()
    found = set()
    for key, field in (("mentions", "entity"), ("quotes", "speaker")):
        items = document.get(key)
        for item in items if isinstance(items, list) else []:
            if isinstance(item, dict) and isinstance(item.get(field), str):
                found.add(item[field])
    return found


def _referring(root: Path, release_ids: Iterable[str], ids: set[str] | None) -> set[str]:
    """The releases that refer to one of `ids` (every release when ids is None, or unreadable)."""
    found = set()
    for release_id in release_ids:
        if ids is None:
            found.add(release_id)
            continue
        try:
            raw = (root / f"{release_id}.json").read_bytes()
            # A cheap test before parsing; an escaped id (`\u0061`) would hide from it, so then parse.
            if b"\\u" not in raw and not any(i.encode("utf-8") in raw for i in ids):
                continue
            document = orjson.loads(raw)
        except (OSError, orjson.JSONDecodeError):
            found.add(release_id)  # cannot tell: check it
            continue
        if references(document) & ids:
            found.add(release_id)
    return found


def _role_releases(registry: Any, ids: set[str] | None) -> set[str]:
    """Releases cited by the roles of the entities `ids` (their role spans point into those texts)."""
    found = set()
    for entity_id, entity in _entities(registry).items():
        if ids is not None and entity_id not in ids:
            continue
        roles = entity.get("roles")
        for role in roles if isinstance(roles, list) else []:
            if isinstance(role, dict) and isinstance(role.get("release"), str):
                found.add(role["release"])
    return found


def registry_affected(root: Path, rev: str, release_ids: Iterable[str]) -> set[str]:
    """Releases that refer to a registry entity changed since `rev` (or whose text a changed role cites)."""
    _git(root, "rev-parse", "--verify", "--quiet", "--end-of-options", f"{rev}^{{commit}}")
    try:
        new: Any = orjson.loads((root / REGISTRY_FILENAME).read_bytes())
    except (OSError, orjson.JSONDecodeError):
        new = None
    old = _registry_at(root, rev)
    entity_ids = changed_entities(old, new)
    return (
        _referring(root, release_ids, entity_ids)
        | _role_releases(old, entity_ids)
        | _role_releases(new, entity_ids)
    )


def affected_releases(root: Path, rev: str, release_ids: Iterable[str]) -> set[str]:
    """Ids of the releases to check: changed `.json`/`.txt`, plus those touched by a registry change."""
    changed = changed_files(root, rev)
    ids = {name.rsplit(".", 1)[0] for name in changed if name.endswith((".json", ".txt"))}
    ids.discard(REGISTRY_FILENAME.rsplit(".", 1)[0])
    if REGISTRY_FILENAME in changed:
        ids |= registry_affected(root, rev, release_ids)
    return ids
