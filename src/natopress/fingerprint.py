"""The corpus fingerprint: one sha256 that names exactly one content of a corpus folder.

It hashes, in file-name order, each file's name and the sha256 of its bytes, for every release
annotation (`.json`), source text (`.txt`), the registry and the sources file (`SOURCES.md`). Any byte changed, file added, removed or
renamed changes it; nothing else (timestamps, folder location) does.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from natopress.paths import SOURCES_FILENAME

FINGERPRINT_SUFFIXES = frozenset({".json", ".txt"})


def corpus_files(root: Path) -> list[Path]:
    """The files the fingerprint covers, sorted by name."""
    return sorted(
        p
        for p in root.iterdir()
        if p.is_file() and (p.suffix in FINGERPRINT_SUFFIXES or p.name == SOURCES_FILENAME)
    )


def fingerprint(root: Path) -> str:
    """`sha256:<hex>` of the corpus folder `root`."""
    digest = hashlib.sha256()
    for path in corpus_files(root):
        digest.update(path.name.encode("utf-8") + b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).hexdigest().encode("ascii") + b"\n")
    return "sha256:" + digest.hexdigest()
