"""Reading a release's text for drafting: the file's bytes and its UTF-8 text, refused with a message a
person can act on (`IngestError`: file, line, what was expected)."""

from __future__ import annotations

import unicodedata
from pathlib import Path

from natopress.encoding import has_byte_order_mark


class IngestError(Exception):
    """Ingest refused: the message says which file and why."""


def read_raw(path: Path) -> tuple[bytes, str]:
    """The file's bytes and its text; `IngestError` when missing, empty or not UTF-8."""
    try:
        data = path.read_bytes()
    except FileNotFoundError as error:
        raise IngestError(f"{path}: no such file") from error
    except IsADirectoryError as error:
        raise IngestError(f"{path}: is a folder, expected a text file") from error
    except OSError as error:
        raise IngestError(f"{path}: cannot read: {error.strerror}") from error
    if has_byte_order_mark(data):
        raise IngestError(f"{path}: starts with a UTF-8 byte-order mark; expected UTF-8 without BOM")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise IngestError(f"{path}:{line}: not UTF-8 (byte {error.start}: {error.reason})") from error
    if not text.strip():
        raise IngestError(f"{path}: empty file, expected the text of a release")
    return data, text


def not_nfc_message(source: Path, text: str) -> str:
    """`FILE:LINE:COL: not in Unicode NFC ...`, at the first character that NFC changes (1-based)."""
    position = next(
        (i for i in range(len(text)) if not unicodedata.is_normalized("NFC", text[max(0, i - 1) : i + 2])),
        0,
    )
    line = text.count("\n", 0, position) + 1
    column = position - (text.rfind("\n", 0, position) + 1) + 1
    return (
        f"{source}:{line}:{column}: text is not in Unicode NFC (decomposed or non-canonical characters); "
        "expected NFC, as `natopress validate` requires: convert the file, or pass --nfc to store its NFC form"
    )
