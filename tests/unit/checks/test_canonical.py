"""NP018: a valid file not in the canonical form, located at its first differing line and column."""

from __future__ import annotations

import pytest
from conftest import FIXTURE_ID, VALID
from helpers.documents import located, registry, release

from natopress.model import Registry, Release, as_data, registry_data
from natopress.serialize import to_json
from natopress.validate.checks.canonical import check_canonical, first_difference

RELEASE_TEXT = (VALID / f"{FIXTURE_ID}.json").read_text(encoding="utf-8")
REGISTRY_TEXT = (VALID / "registry.json").read_text(encoding="utf-8")


def test_canonical_files_have_no_finding() -> None:
    assert check_canonical(RELEASE_TEXT, release(), "release", "f") == []
    assert check_canonical(REGISTRY_TEXT, registry(), "registry", "f") == []


def swap_lines(text: str, a: int, b: int) -> str:
    """`text` with its lines `a` and `b` (from 1) swapped."""
    lines = text.split("\n")
    lines[a - 1], lines[b - 1] = lines[b - 1], lines[a - 1]
    return "\n".join(lines)


@pytest.mark.parametrize(
    ("text", "line", "column"),
    [
        (RELEASE_TEXT.removesuffix("\n"), RELEASE_TEXT.count("\n"), 2),  # no final newline
        (RELEASE_TEXT + "\n", RELEASE_TEXT.count("\n") + 1, 1),  # one too many
        (swap_lines(RELEASE_TEXT, 3, 4), 3, 4),  # `id` before `schema_version`
        (RELEASE_TEXT.replace('\n  "', '\n    "', 1), 2, 3),  # another indent
        (RELEASE_TEXT.replace("inventé", "invent\\u00e9", 1), 10, 30),  # an escaped é
    ],
    ids=["no-final-newline", "extra-newline", "key-order", "indent", "escape"],
)
def test_not_canonical_release(text: str, line: int, column: int) -> None:
    assert as_data(Release.model_validate_json(text)) == release()  # the same document, written another way
    assert located(check_canonical(text, release(), "release", "f")) == [("NP018", line, column)]


def test_not_canonical_registry() -> None:
    text = REGISTRY_TEXT.replace('"entities": [', '"entities":  [', 1)
    assert registry_data(Registry.model_validate_json(text)) == registry()
    findings = check_canonical(text, registry(), "registry", "registry.json")
    assert located(findings) == [("NP018", 4, 15)]
    assert [f.pointer for f in findings] == [""]
    assert "natopress format registry.json" in findings[0].message  # the message says how to fix it


def test_the_canonical_form_is_to_json() -> None:
    assert to_json(Release.model_validate_json(RELEASE_TEXT)) == RELEASE_TEXT


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [("abc", "abd", (1, 3)), ("a\nbc", "a\nbd", (2, 2)), ("ab", "abc", (1, 3)), ("a\n", "a\nb", (2, 1))],
)
def test_first_difference(a: str, b: str, expected: tuple[int, int]) -> None:
    assert first_difference(a, b) == expected
