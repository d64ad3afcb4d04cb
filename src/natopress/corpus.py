"""The one reader of annotations: a corpus folder (`<id>.json` beside `<id>.txt`, `registry.json`) or a git
revision of one.

Every reader parses strictly, exactly as the validator's model layer does (`parse_json`): a document the
validator's schema layer accepts parses here, and a document it refuses raises `CorpusError` naming the file
and the JSON pointer of each problem. The validator reads bytes its own, defensive way (natopress.validate)
and then calls `parse_json` too.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel, ValidationError

from natopress.encoding import BYTE_ORDER_MARK as BYTE_ORDER_MARK
from natopress.encoding import has_byte_order_mark as has_byte_order_mark
from natopress.encoding import without_byte_order_mark as without_byte_order_mark
from natopress.git import git
from natopress.model import Registry, Release
from natopress.paths import REGISTRY_FILENAME, default_root
from natopress.pointer import pointer_join

M = TypeVar("M", bound=BaseModel)


class CorpusError(Exception):
    """A corpus file is missing or does not parse.

    `file` names the file (a path, or `REV:folder/name` in a git revision); `reason` says what is wrong,
    one line per problem. `str()` is `file: reason`, the file repeated at the start of each line.
    """

    def __init__(self, file: str | Path, reason: str) -> None:
        self.file = str(file)
        self.reason = reason
        super().__init__("\n".join(f"{self.file}: {line}" for line in reason.splitlines() or [""]))


def describe(error: ValidationError) -> str:
    """One line per problem of a pydantic error: `/json/pointer: message` (`/` for the whole document)."""
    lines = []
    for item in error.errors():
        lines.append(f"{pointer_join(*item['loc']) or '/'}: {item['msg']}")
    return "\n".join(lines)


def parse_json(model: type[M], data: bytes) -> M:
    """`model` parsed from JSON bytes, strictly (pydantic strict mode), a leading byte-order mark ignored.

    This is the validator's fast path: pydantic accepts exactly what the committed schema accepts (tested).
    Raises `pydantic.ValidationError`.
    """
    return model.model_validate_json(without_byte_order_mark(data), strict=True)


def parse(model: type[M], data: bytes, file: str | Path) -> M:
    """`parse_json`, raising `CorpusError(file, …)` with a JSON pointer per problem instead."""
    try:
        return parse_json(model, data)
    except ValidationError as error:
        raise CorpusError(file, describe(error)) from error


def read(model: type[M], path: Path) -> M:
    """The release or registry in the file `path`; `CorpusError` when it cannot be read or parsed."""
    try:
        data = path.read_bytes()
    except OSError as error:
        raise CorpusError(path, error.strerror or str(error)) from error
    return parse(model, data, path)


def read_source(path: Path) -> str:
    """The source text exactly as stored (no newline translation)."""
    with path.open(encoding="utf-8", newline="") as handle:
        return handle.read()


@dataclass(frozen=True)
class Document:
    """One release: its parsed annotation and the verbatim source text."""

    release: Release
    text: str
    json_path: Path
    text_path: Path


@dataclass(frozen=True)
class Snapshot:
    """One version of a corpus: its releases by id and its registry (None when the version has none)."""

    releases: Mapping[str, Release]
    registry: Registry | None
    texts: Mapping[str, bytes] = field(default_factory=dict)
    """Release id -> the bytes of its source text (`<id>.txt`), for the releases that have one."""


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
        """`<root>/registry.json` (it may not exist)."""
        return self.root / REGISTRY_FILENAME

    def annotation_paths(self) -> list[Path]:
        """Every release annotation file, sorted by name (the registry excluded)."""
        return sorted(p for p in self.root.glob("*.json") if p.name != REGISTRY_FILENAME)

    def release_ids(self) -> list[str]:
        """The ids (file stems) of every release annotation, sorted."""
        return [p.stem for p in self.annotation_paths()]

    def json_path(self, release_id: str) -> Path:
        """`<root>/<release_id>.json` (it may not exist)."""
        return self.root / f"{release_id}.json"

    def text_path(self, release_id: str) -> Path:
        """`<root>/<release_id>.txt` (it may not exist)."""
        return self.root / f"{release_id}.txt"

    def load_registry(self) -> Registry:
        """The registry; `CorpusError` when it is missing or does not parse."""
        return read(Registry, self.registry_path)

    def load_release(self, release_id: str) -> Release:
        """The annotation of one release (its text not read); `CorpusError` when missing or invalid."""
        return read(Release, self.json_path(release_id))

    def load(self, release_id: str) -> Document:
        """One release with its source text; `CorpusError` when a file is missing, invalid or not UTF-8."""
        release = self.load_release(release_id)
        text_path = self.text_path(release_id)
        try:
            text = read_source(text_path)
        except OSError as error:
            raise CorpusError(text_path, error.strerror or str(error)) from error
        except UnicodeDecodeError as error:
            raise CorpusError(text_path, f"not UTF-8 (byte {error.start}: {error.reason})") from error
        return Document(release, text, self.json_path(release_id), text_path)

    def documents(self) -> Iterator[Document]:
        """Every release, in id order."""
        for release_id in self.release_ids():
            yield self.load(release_id)

    def snapshot(self) -> Snapshot:
        """Every release annotation, the bytes of each source text, and the registry (None when none).

        Raises `CorpusError` when a file does not parse, or when the folder holds neither.
        """
        releases = {path.stem: read(Release, path) for path in self.annotation_paths()}
        has_registry = self.registry_path.exists()
        if not releases and not has_registry:
            raise CorpusError(
                self.root,
                f"no release annotations (*.json) and no {REGISTRY_FILENAME}: not a corpus folder",
            )
        texts = {r: self.text_path(r).read_bytes() for r in releases if self.text_path(r).is_file()}
        return Snapshot(releases, self.load_registry() if has_registry else None, texts)


def read_revision(revision: str, folder: str = "annotations", cwd: Path | None = None) -> Snapshot:
    """The releases and registry of `folder` at a git revision of the repository `cwd` is in (default: the
    working folder). Raises `GitError` (unknown revision, no repository) or `CorpusError`."""
    top = git("rev-parse", "--show-toplevel", cwd=cwd).decode().strip()
    git("rev-parse", "--verify", "--quiet", f"{revision}^{{commit}}", cwd=top)
    listing = git("ls-tree", "--name-only", f"{revision}:{folder}", cwd=top)
    names = listing.decode("utf-8").splitlines()
    releases: dict[str, Release] = {}
    texts: dict[str, bytes] = {}
    registry = None
    for name in sorted(n for n in names if n.endswith(".json")):
        where = f"{revision}:{folder}/{name}"
        data = git("show", where, cwd=top)
        if name == REGISTRY_FILENAME:
            registry = parse(Registry, data, where)
            continue
        release_id = name.removesuffix(".json")
        releases[release_id] = parse(Release, data, where)
        if f"{release_id}.txt" in names:
            texts[release_id] = git("show", f"{revision}:{folder}/{release_id}.txt", cwd=top)
    return Snapshot(releases, registry, texts)
