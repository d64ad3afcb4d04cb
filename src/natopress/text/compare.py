"""Where two strings first differ, told so that a person can see it: invisible and look-alike characters
(no-break spaces, curly apostrophes, dashes, zero-width and control characters) are written as `U+XXXX`."""

from __future__ import annotations

import unicodedata

CONTEXT = 12
"""Code points shown on each side of the first difference."""


def needs_escape(char: str) -> bool:
    """True for a character a reader cannot tell from another by sight: any space or separator but U+0020,
    control and format characters (zero-width, BOM), and non-ASCII punctuation and symbols (’ ‘ – — « »),
    whose look-alikes are ASCII."""
    if char == " ":
        return False
    category = unicodedata.category(char)
    return category[0] in "ZC" or (not char.isascii() and category[0] in "PS")


def escape(text: str) -> str:
    """`text` with every `needs_escape` character written as `{U+XXXX}` (other characters unchanged)."""
    return "".join(f"{{U+{ord(c):04X}}}" if needs_escape(c) else c for c in text)


def char_name(char: str | None) -> str:
    """`U+2019 RIGHT SINGLE QUOTATION MARK`, or `the end` for None."""
    if char is None:
        return "the end"
    return f"U+{ord(char):04X} {unicodedata.name(char, 'unnamed character')}"


def first_difference(a: str, b: str) -> int | None:
    """The index of the first code point where `a` and `b` differ (the shorter's length when one is a
    prefix of the other), or None when they are equal."""
    if a == b:
        return None
    return next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))


def describe_difference(a: str, b: str, a_label: str = "text", b_label: str = "source") -> str | None:
    """One line saying where `a` and `b` first differ, which characters they hold there (by code point and
    Unicode name) and both strings around it, escaped; None when they are equal.

    Example: `at code point 1: text has U+2019 RIGHT SINGLE QUOTATION MARK, source has U+0027 APOSTROPHE
    (text «l{U+2019}Alliance», source «l'Alliance»)`.
    """
    index = first_difference(a, b)
    if index is None:
        return None
    start = max(0, index - CONTEXT)

    def around(s: str) -> str:
        head = "…" if start else ""
        tail = "…" if len(s) > index + CONTEXT else ""
        return f"{head}{escape(s[start : index + CONTEXT])}{tail}"

    a_char = a[index] if index < len(a) else None
    b_char = b[index] if index < len(b) else None
    return (
        f"at code point {index}: {a_label} has {char_name(a_char)}, {b_label} has {char_name(b_char)} "
        f"({a_label} «{around(a)}», {b_label} «{around(b)}»)"
    )
