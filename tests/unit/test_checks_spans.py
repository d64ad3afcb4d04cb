"""NP1xx span checks and NP2xx segment checks on hand-made spans."""

from __future__ import annotations

import pytest

from natopress.model import Span
from natopress.validate.checks.spans import check_span

TEXT = "Le secrétaire général\u00a0a parlé."


def codes(start: int, end: int, text: str, source: str | None = TEXT) -> list[str]:
    return [f.code for f in check_span(Span(start=start, end=end, text=text), source, "f.json", "/s")]


@pytest.mark.parametrize(
    ("start", "end", "text", "expected"),
    [
        (3, 13, "secrétaire", []),
        (3, 13, "secretaire", ["NP101"]),
        (0, 2, "Le", []),
        (2, 13, " secrétaire", ["NP104"]),
        (14, 22, "général\u00a0", ["NP104"]),  # a no-break space is white space too
        (14, 22, "généra\u00a0x", ["NP101"]),
        (5, 5, "x", ["NP103"]),
        (9, 5, "x", ["NP103"]),
        (20, 99, "x", ["NP102"]),
        (len(TEXT) - 1, len(TEXT), ".", []),
        (len(TEXT), len(TEXT) + 1, ".", ["NP102"]),
    ],
)
def test_span(start: int, end: int, text: str, expected: list[str]) -> None:
    assert codes(start, end, text) == expected


def test_without_source_only_shape_is_checked() -> None:
    assert codes(3, 13, "anything", source=None) == []
    assert codes(3, 3, "x", source=None) == ["NP103"]
    assert codes(3, 13, "x ", source=None) == ["NP104"]


def test_offsets_are_code_points() -> None:
    source = "l’OTAN 🙂 OTAN"
    assert codes(9, 13, "OTAN", source) == []
    assert codes(10, 14, "OTAN", source) == ["NP102"]
