"""Small helpers over files and generated text that only the tests need."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path


def sha256_of(path: Path) -> str:
    """SHA-256 of the file's bytes, lower-case hex."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def generated_block(text: str, begin: str, end: str) -> str:
    """The content between two markers (for tests and checks)."""
    match = re.search(re.escape(begin) + r"\n(.*?)\n" + re.escape(end), text, re.DOTALL)
    if match is None:
        raise ValueError(f"no {begin} block")
    return match.group(1)
