"""NP0xx file-level checks (`check_json_bytes`, `decode_source`) on small byte strings.

File findings have no JSON pointer: they are located by line and column, which these tests compare.
The codes this family defines but other layers emit are tested there: NP001-NP004, NP014, NP016, NP017 by
tests/cli/test_validate_hostile.py (situations, not bytes), NP011's location by the invalid fixtures
(natopress.validate.layers); here, only the flag that sends a file to NP011 (`duplicate_keys`).
"""

from __future__ import annotations

import pytest
from conftest import FIXTURE_ID, VALID
from helpers.documents import SOURCE, located

from natopress.validate.checks.files import IntLiteral, check_json_bytes, decode_source


def test_valid_files_have_no_finding() -> None:
    for raw in [(VALID / f"{FIXTURE_ID}.json").read_bytes(), (VALID / "registry.json").read_bytes()]:
        decoded = check_json_bytes(raw, "f")
        assert (decoded.findings, decoded.parsed, decoded.duplicate_keys) == ([], True, False)
    assert decode_source(SOURCE, "f") == (SOURCE.decode("utf-8"), [])


@pytest.mark.parametrize(
    ("raw", "expected", "parsed"),
    [
        (b"", [("NP005", 1, 1)], False),
        (b" \n\t\n", [("NP005", 1, 1)], False),
        (b"\xef\xbb\xbf{}\n", [("NP007", 1, 1)], True),
        (b'{\n"a": "caf\xe9"}\n', [("NP006", 2, None)], False),
        (b'\xef\xbb\xbf{"a": "\xe9"}', [("NP006", 1, None), ("NP007", 1, 1)], False),
        ('{\n"a": "e\u0301"}\n'.encode(), [("NP008", 2, None)], True),
        (b'{\r\n"a": 1}\r\n', [("NP009", 1, 2)], True),
        (b'{\n"a": 1}\r\n', [("NP009", 2, 8)], True),  # the first CR, wherever it is
        ('{\r\n"a": "e\u0301"}'.encode(), [("NP008", 2, None), ("NP009", 1, 2)], True),
    ],
    ids=["empty", "blank", "bom", "latin-1", "bom-and-latin-1", "not-nfc", "crlf", "late-cr", "nfc-and-cr"],
)
def test_encoding(raw: bytes, expected: list[tuple[str, int, int | None]], parsed: bool) -> None:
    decoded = check_json_bytes(raw, "f")
    assert located(decoded.findings) == expected
    assert decoded.parsed is parsed


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (b'{\n  "id": \n', [("NP010", 3, 1)]),
        (b"hello", [("NP010", 1, 1)]),
        (b"null", [("NP010", 1, 1)]),  # valid JSON, but no document
        (b'{"a": NaN}', [("NP012", 1, 7)]),
        (b'{"a": -Infinity}', [("NP012", 1, 8)]),
        (b'{\n "a": 1e400}', [("NP012", 2, 7)]),
        (b"[" * 100 + b"]" * 100, [("NP013", 1, 1)]),  # deeper than natopress allows
        (b"[" * 2000 + b"]" * 2000, [("NP013", 1, 1026)]),  # deeper than the parser allows
    ],
    ids=["truncated", "not-json", "null", "nan", "infinity", "huge-exponent", "deep", "deeper"],
)
def test_syntax(raw: bytes, expected: list[tuple[str, int, int]]) -> None:
    decoded = check_json_bytes(raw, "f")
    assert located(decoded.findings) == expected
    assert not decoded.parsed


def test_integer_beyond_a_double_is_parsed_exactly() -> None:
    literal = "1" + "0" * 400  # valid JSON: its range is the schema's concern (NP023)
    decoded = check_json_bytes(f'{{"a": {literal}}}'.encode(), "f")
    assert decoded.findings == []
    assert isinstance(decoded.value["a"], IntLiteral)
    assert decoded.value["a"].literal == literal


@pytest.mark.parametrize(
    ("raw", "duplicate"),
    [(b'{"a": 1, "a": 2}', True), (b'{"a": {"b": 1, "b": 1}}', True), (b'{"a": 1, "b": {"a": 2}}', False)],
)
def test_duplicate_keys_are_flagged_for_np011(raw: bytes, duplicate: bool) -> None:
    decoded = check_json_bytes(raw, "f")
    assert (decoded.findings, decoded.parsed, decoded.duplicate_keys) == ([], True, duplicate)


def test_source_not_utf8() -> None:
    text, findings = decode_source(b"ok\n\xe9t\xe9", "f.txt")
    assert text is None
    assert located(findings) == [("NP015", 2, None)]
