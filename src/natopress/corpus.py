"""Reads a corpus folder: `<id>.json` annotation beside `<id>.txt` source, and `registry.json`.

These are the trusting readers used by build, export, diff and review: they expect a corpus that
`natopress validate` accepts and raise `CorpusError` otherwise. The validator reads files its own,
defensive way (natopress.validate).
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import ValidationError

from natopress.model import Registry, Release
from natopress.paths import REGISTRY_FILENAME, default_root


class CorpusError(Exception):
    """A corpus file is missing or does not parse; the message names the file."""


@dataclass(frozen=True)
class Document:
    """One release: its parsed annotation and the verbatim source text."""

    release: Release
    text: str
    json_path: Path
    text_path: Path


def sha256_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def read_source(path: Path) -> str:
    """The source text exactly as stored (no newline translation)."""
    with path.open(encoding="utf-8", newline="") as handle:
        return handle.read()


@dataclass(frozen=True)
class Corpus:
    """A corpus folder; default: `annotations/` in the current folder (natopress.paths.default_root)."""

    root: Path = field(default_factory=default_root)

    @classmethod
    def at(cls, root: str | os.PathLike[str] | None) -> Corpus:
        """The corpus at `root` (a str or any path-like), or at the default folder when None."""
        return cls(Path(root) if root is not None else default_root())

    @property
    def registry_path(self) -> Path:
        return self.root / REGISTRY_FILENAME

    def annotation_paths(self) -> list[Path]:
        """Every release annotation file, sorted by name (the registry excluded)."""
        return sorted(p for p in self.root.glob("*.json") if p.name != REGISTRY_FILENAME)

    def release_ids(self) -> list[str]:
        return [p.stem for p in self.annotation_paths()]

    def json_path(self, release_id: str) -> Path:
        return self.root / f"{release_id}.json"

    def text_path(self, release_id: str) -> Path:
        return self.root / f"{release_id}.txt"

    def load_registry(self) -> Registry:
        try:
            return Registry.model_validate_json(self.registry_path.read_bytes())
        except (OSError, ValidationError) as error:
            raise CorpusError(f"{self.registry_path}: {error}") from error

    def load(self, release_id: str) -> Document:
        json_path, text_path = self.json_path(release_id), self.text_path(release_id)
        try:
            release = Release.model_validate_json(json_path.read_bytes())
            text = read_source(text_path)
        except (OSError, UnicodeDecodeError, ValidationError) as error:
            raise CorpusError(f"{json_path}: {error}") from error
        return Document(release, text, json_path, text_path)

    def documents(self) -> Iterator[Document]:
        """Every release, in id order."""
        for release_id in self.release_ids():
            yield self.load(release_id)
