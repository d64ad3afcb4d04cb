"""JSON pointer -> line and column, duplicate keys, on hand-written JSON texts."""

from __future__ import annotations

from natopress.validate.positions import PositionIndex

TEXT = '{\n  "a": [1, {"b": 2, "b": 3}],\n  "c/d": "x",\n  "e~f": {"\\u00e9": [true, null]}\n}\n'


def test_locations() -> None:
    index = PositionIndex(TEXT)
    assert index.locate("") == (1, 1)
    assert index.locate("/a") == (2, 3)
    assert index.locate("/a/0") == (2, 9)
    assert index.locate("/a/1") == (2, 12)
    assert index.locate("/a/1/b") == (2, 13)
    assert index.locate("/c~1d") == (3, 3)
    assert index.locate("/e~0f/é/1") == (4, 28)
    assert index.locate("/e~0f/missing") == (4, 3)  # the nearest ancestor


def test_duplicates() -> None:
    index = PositionIndex(TEXT)
    assert [(pointer, index.line_column(offset)) for pointer, offset in index.duplicates] == [
        ("/a/1/b", (2, 21))
    ]


def test_early_stop_gives_the_same_answer() -> None:
    text = "[" + ", ".join(str(i) for i in range(5000)) + "]"
    assert PositionIndex(text, {"/3"}).locate("/3") == PositionIndex(text).locate("/3") == (1, 11)
    assert len(PositionIndex(text, {"/3"}).offsets) < 1000 < len(PositionIndex(text).offsets)


def test_deep_nesting_does_not_recurse() -> None:
    text = "[" * 10_000 + "]" * 10_000
    assert PositionIndex(text).locate("/0" * 9_999) == (1, 10_000)
