"""NP0xx file level: the bytes of a corpus file, before any schema (encoding, line endings, JSON syntax)."""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from typing import Any

import orjson

from natopress.encoding import has_byte_order_mark, without_byte_order_mark
from natopress.validate.findings import Finding, Severity, define

OUTSIDE_CORPUS = define(
    "NP001", "path outside the corpus", "the path is not inside the corpus folder (--root)", "/tmp/x.json"
)
NOT_FOUND = define(
    "NP002",
    "not a release file",
    "the path does not exist or is not a release annotation (.json)",
    "typo.json",
)
SYMLINK_OUTSIDE = define(
    "NP003",
    "symlink out of the corpus",
    "a symbolic link points outside the corpus folder; it is not followed",
    "x.json -> /etc/passwd",
)
TOO_LARGE = define(
    "NP004", "file too large", "the file is larger than the size limit and is not read", "a 50 MB .json"
)
EMPTY = define("NP005", "empty file", "the file is empty or holds only white space", "a 0-byte .json")
NOT_UTF8 = define("NP006", "not UTF-8", "the file is not valid UTF-8", "a Latin-1 byte `\\xe9`")
BOM = define("NP007", "byte order mark", "the file starts with a UTF-8 byte order mark", "`\\ufeff{`")
NOT_NFC = define(
    "NP008", "not NFC", "the file's text is not in Unicode normalisation form NFC", "`e\\u0301` for `é`"
)
CRLF = define("NP009", "CR line ending", "the file has CR or CRLF line endings; use LF", "`{\\r\\n`")
INVALID_JSON = define(
    "NP010", "invalid JSON", "the file is not valid JSON (truncated or not JSON)", '`{"id": `'
)
DUPLICATE_KEY = define(
    "NP011",
    "duplicate key",
    "an object has the same key twice (JSON parsers keep only one)",
    '`{"a": 1, "a": 2}`',
)
BAD_NUMBER = define(
    "NP012",
    "non-finite number",
    "a number is NaN, Infinity, or has a fraction or exponent beyond a double's range (a long integer is NP023)",
    "`1e400`, `NaN`",
)
TOO_DEEP = define("NP013", "nesting too deep", "values are nested deeper than the limit", "`[[[[...]]]]`")
MISSING_SOURCE = define(
    "NP014", "missing source text", "the release's `<id>.txt` is missing beside its `.json`", "no x.txt"
)
SOURCE_NOT_UTF8 = define(
    "NP015", "source not UTF-8", "the release's `.txt` is not valid UTF-8; spans cannot be checked", "`\\xe9`"
)
MISSING_REGISTRY = define(
    "NP016",
    "missing registry",
    "the corpus has no `registry.json`; entity references are not checked",
    "a corpus folder without registry.json",
)
ORPHAN_SOURCE = define(
    "NP017",
    "source without annotation",
    "a `.txt` has no `.json` annotation beside it",
    "x.txt alone",
    Severity.WARNING,
)

MAX_DIGITS = 4000
"""Integer literals longer than this are not converted (Python refuses int() past 4300 digits); any such
value is out of every range the schema allows, so a stand-in of the same sign is compared instead."""


class IntLiteral(int):
    """An integer parsed from JSON that remembers how it was written: findings quote the literal, never a
    float rounding of it (orjson turns integers beyond 64 bits into doubles, e.g. 1.2345678901234568e+29)."""

    literal: str

    def __new__(cls, literal: str) -> IntLiteral:
        digits = literal.lstrip("-")
        if len(digits) <= MAX_DIGITS:
            value = int(literal)
        else:
            value = (-1 if literal.startswith("-") else 1) * 10**MAX_DIGITS
        number = super().__new__(cls, value)
        number.literal = literal
        return number

    def __repr__(self) -> str:
        if len(self.literal) <= 40:
            return self.literal
        return f"{self.literal[:20]}…{self.literal[-8:]} ({len(self.literal.lstrip('-'))} digits)"

    __str__ = __repr__


class FloatLiteral(float):
    """A JSON number with a fraction or exponent, shown as written in findings."""

    literal: str

    def __new__(cls, literal: str) -> FloatLiteral:
        number = super().__new__(cls, literal)
        number.literal = literal
        return number

    def __repr__(self) -> str:
        return self.literal if len(self.literal) <= 40 else f"{self.literal[:40]}…"

    __str__ = __repr__


def exact_loads(raw: bytes | str, **options: Any) -> Any:
    """Parses JSON with the standard library, keeping every number as written (IntLiteral, FloatLiteral).

    orjson parses integers beyond 64 bits as doubles and refuses those beyond a double's range; this
    parser is the one the slow path uses, so that an out-of-range finding (NP023) quotes the integer
    exactly. Raises ValueError (json.JSONDecodeError) when `raw` is not JSON.
    """
    return json.loads(raw, parse_int=IntLiteral, parse_float=FloatLiteral, **options)


MAX_FILE_BYTES = 20 * 1024 * 1024
"""Files above this size are a finding (NP004) and are not read: no hang on a 50 MB file."""
MAX_DEPTH = 64
"""The model nests about 6 levels; deeper documents are refused before the slow schema path."""


@dataclass(frozen=True)
class Decoded:
    """A JSON file after the file-level checks: its text and value (None when it did not parse)."""

    text: str | None
    value: Any
    findings: list[Finding]
    duplicate_keys: bool = False
    """Some object repeats a key; the caller locates each (NP011) with `validate.positions`, a layer above."""

    @property
    def parsed(self) -> bool:
        """True when the file parsed as JSON (findings may still exist)."""
        return self.value is not None


def _line_col(text: str, offset: int) -> tuple[int, int]:
    line_start = text.rfind("\n", 0, offset) + 1
    return text.count("\n", 0, offset) + 1, offset - line_start + 1


def check_json_bytes(raw: bytes, file: str) -> Decoded:
    """File-level checks of an annotation or registry file; parses it when it can."""
    if not raw.strip():
        return Decoded(None, None, [EMPTY.at(file, line=1, column=1)])
    findings: list[Finding] = []
    if has_byte_order_mark(raw):
        findings.append(BOM.at(file, line=1, column=1))
        raw = without_byte_order_mark(raw)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw.count(b"\n", 0, error.start) + 1
        message = f"byte {raw[error.start]:#04x} at offset {error.start} is not UTF-8: {error.reason}"
        return Decoded(None, None, [*findings, NOT_UTF8.at(file, message=message, line=line)])
    if not unicodedata.is_normalized("NFC", text):
        line_no = next(
            i for i, s in enumerate(text.split("\n"), 1) if not unicodedata.is_normalized("NFC", s)
        )
        findings.append(
            NOT_NFC.at(file, message="text is not NFC; normalise it (unicodedata NFC)", line=line_no)
        )
    if "\r" in text:
        line, column = _line_col(text, text.index("\r"))
        findings.append(CRLF.at(file, line=line, column=column))
    try:
        value = orjson.loads(raw)
    except orjson.JSONDecodeError as error:
        value = _integer_beyond_double(raw, text, error)
        if value is None:
            findings.append(_parse_finding(text, error, file))
            return Decoded(text, None, findings)
    if not isinstance(value, (dict, list, str, int, float, bool)):  # JSON null: no document at all
        findings.append(INVALID_JSON.at(file, message="expected a JSON object, found null", line=1, column=1))
        return Decoded(text, None, findings)
    canonical = _is_canonical(raw, value)
    if not canonical and depth_exceeds(value):
        findings.append(
            TOO_DEEP.at(file, message=f"values nest deeper than {MAX_DEPTH} levels", line=1, column=1)
        )
        return Decoded(text, None, findings)
    return Decoded(text, value, findings, not canonical and _has_duplicate_keys(raw))


_INTEGER = re.compile(r"-?(?:0|[1-9][0-9]*)(?![0-9.eE])")


def _integer_beyond_double(raw: bytes, text: str, error: orjson.JSONDecodeError) -> Any:
    """The exactly parsed document when orjson refused it only for an integer too large for a double.

    Such an integer is valid JSON (RFC 8259 section 6 sets no range): the schema layer reports it as out of
    range (NP023), quoting it as written. None for every other parse error.
    """
    if "infinity" not in error.msg or not _INTEGER.match(text, min(error.pos, len(text))):
        return None
    try:
        return exact_loads(raw)
    except ValueError:
        return None


def _parse_finding(text: str, error: orjson.JSONDecodeError, file: str) -> Finding:
    """NP010/NP012/NP013 for a parse error, at its line and column."""
    line, column = _line_col(text, min(error.pos, len(text)))
    head = text[error.pos : error.pos + 9].lstrip("-")
    if "depth" in error.msg:
        return TOO_DEEP.at(file, message=f"{error.msg} (orjson parses 1024 levels)", line=line, column=column)
    if "infinity" in error.msg or head.startswith(("NaN", "Infinity")):
        message = "NaN, Infinity and fractions or exponents beyond a double's range are not allowed"
        return BAD_NUMBER.at(file, message=message, line=line, column=column)
    return INVALID_JSON.at(file, message=f"invalid JSON: {error.msg}", line=line, column=column)


def _is_canonical(raw: bytes, value: Any) -> bool:
    """True when `raw` is exactly what orjson writes for `value` (2-space indent, final newline)."""
    # The committed format: if re-serialising the parsed value gives back the same bytes, no key was
    # dropped, so there is no duplicate key; this costs a fraction of a second for thousands of files.
    try:
        return orjson.dumps(value, option=orjson.OPT_INDENT_2) + b"\n" == raw
    except orjson.JSONEncodeError:  # an integer beyond 64 bits (IntLiteral): not what natopress writes
        return False


def _has_duplicate_keys(raw: bytes) -> bool:
    """True when an object repeats a key (exact, with the stdlib parser; depth already bounded)."""
    duplicate = False

    def hook(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        """Notes a repeated key; the parsed value itself is not needed."""
        nonlocal duplicate
        if len({k for k, _ in pairs}) != len(pairs):
            duplicate = True
        return {}

    exact_loads(raw, object_pairs_hook=hook)
    return duplicate


def depth_exceeds(value: Any, limit: int = MAX_DEPTH) -> bool:
    """True when `value` nests containers deeper than `limit` (iterative: no recursion error)."""
    stack = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if depth > limit:
            return True
        if isinstance(item, dict):
            stack.extend((v, depth + 1) for v in item.values())
        elif isinstance(item, list):
            stack.extend((v, depth + 1) for v in item)
    return False


def decode_source(raw: bytes, file: str) -> tuple[str | None, list[Finding]]:
    """The source text of a release, or a finding when it is not UTF-8."""
    try:
        return raw.decode("utf-8"), []
    except UnicodeDecodeError as error:
        line = raw.count(b"\n", 0, error.start) + 1
        return None, [
            SOURCE_NOT_UTF8.at(file, message=f"not UTF-8 at byte {error.start}: {error.reason}", line=line)
        ]
