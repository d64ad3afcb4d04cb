"""MANIFEST.json of a built dataset (every file's bytes and sha256, the corpus fingerprint) and its check."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

MANIFEST_FILENAME = "MANIFEST.json"
MANIFEST_FORMAT = 1
IGNORED = (".git/", ".cache/huggingface/", ".gitattributes")
"""What `verify` skips: a clone of the Hub repository adds `.git/` and `.gitattributes`, and
`huggingface_hub`'s download into a folder adds `.cache/huggingface/`; the build never writes them."""


class ManifestError(Exception):
    """The manifest is missing or unreadable; the message names the file."""


@dataclass(frozen=True)
class Verification:
    """The differences between a folder and its manifest; empty lists mean the copy is intact."""

    missing: list[str] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when no file is missing, extra or changed."""
        return not (self.missing or self.extra or self.changed)


def published_files(folder: Path) -> list[str]:
    """The folder's files as POSIX paths relative to it, sorted; the manifest itself and IGNORED excluded."""
    found = []
    for path in folder.rglob("*"):
        name = path.relative_to(folder).as_posix()
        if (
            path.is_file()
            and name != MANIFEST_FILENAME
            and not any(name == i or name.startswith(i) for i in IGNORED)
        ):
            found.append(name)
    return sorted(found)


def file_entry(folder: Path, relative: str) -> dict[str, Any]:
    """`{path, bytes, sha256}` of one file."""
    data = (folder / relative).read_bytes()
    return {"path": relative, "bytes": len(data), "sha256": hashlib.sha256(data).hexdigest()}


def make_manifest(folder: Path, version: str, corpus_fingerprint: str) -> dict[str, Any]:
    """The manifest of every file in `folder`."""
    return {
        "format": MANIFEST_FORMAT,
        "name": "natopress",
        "version": version,
        "corpus_fingerprint": corpus_fingerprint,
        "files": [file_entry(folder, relative) for relative in published_files(folder)],
    }


def manifest_json(manifest: dict[str, Any]) -> str:
    """Deterministic text of a manifest: sorted keys, 2-space indent, final newline."""
    return json.dumps(manifest, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def read_manifest(folder: Path) -> dict[str, Any]:
    """The parsed MANIFEST.json of `folder`, or a ManifestError saying what is wrong with it."""
    path = folder / MANIFEST_FILENAME
    try:
        data = json.loads(path.read_text("utf-8"))
    except FileNotFoundError as error:
        raise ManifestError(
            f"{path}: no manifest (is this a folder written by `natopress build`?)"
        ) from error
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ManifestError(f"{path}: unreadable manifest: {error}") from error
    files = data.get("files") if isinstance(data, dict) else None
    valid = isinstance(files, list) and all(
        isinstance(f, dict) and isinstance(f.get("path"), str) and isinstance(f.get("sha256"), str)
        for f in files
    )
    if not valid or not isinstance(data, dict):
        raise ManifestError(f"{path}: /files: expected a list of {{path, bytes, sha256}} objects")
    return data


def verify(folder: Path) -> Verification:
    """Compares `folder` with its MANIFEST.json: missing, extra and changed (size or sha256) files."""
    manifest = read_manifest(folder)
    expected = {f["path"]: f for f in manifest["files"]}
    present = set(published_files(folder))
    changed = []
    for relative in sorted(present & expected.keys()):
        actual = file_entry(folder, relative)
        wanted = expected[relative]
        if actual["bytes"] != wanted.get("bytes") or actual["sha256"] != wanted["sha256"]:
            changed.append(relative)
    return Verification(
        missing=sorted(expected.keys() - present), extra=sorted(present - expected.keys()), changed=changed
    )
