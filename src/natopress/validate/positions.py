"""JSON pointer -> line and column of a JSON text, computed only for files that have findings."""

from __future__ import annotations

import bisect
import contextlib
import json
import re
from dataclasses import dataclass, field

from natopress.pointer import escape_token

_STRING = re.compile(r'"(?:[^"\\]|\\.)*"', re.DOTALL)
_SPACE = re.compile(r"[ \t\r\n\ufeff]+")
_SCALAR = re.compile(r"[^\s,:\]\}\[\{\"]+")


@dataclass
class _Frame:
    pointer: str
    is_object: bool
    count: int = 0
    expect_key: bool = True
    keys: set[str] = field(default_factory=set)


def _next_member(frame: _Frame, pending: str) -> str:
    """After a comma in `frame`: an object now expects a key (pointer unchanged); an array's next index."""
    frame.count += 1
    frame.expect_key = frame.is_object
    return pending if frame.is_object else f"{frame.pointer}/{frame.count}"


class PositionIndex:
    """Where each value (or object member's key) of a JSON text starts; also finds duplicate keys."""

    def __init__(self, text: str, wanted: set[str] | None = None) -> None:
        """Indexes `text`; with `wanted`, stops as soon as those pointers are all found."""
        self.offsets: dict[str, int] = {}
        self.duplicates: list[tuple[str, int]] = []  # (pointer, offset of the repeated key)
        self._line_starts = [0] + [m.end() for m in re.finditer("\n", text)]
        self._wanted = set(wanted) if wanted is not None else None
        self._scan(text)

    def _done(self) -> bool:
        return self._wanted is not None and self._wanted.issubset(self.offsets)

    def _scan(self, text: str) -> None:
        # Iterative on purpose: a 10,000-level document must not hit the recursion limit.
        stack: list[_Frame] = []
        pending = ""  # pointer of the next value
        i, n, commas = 0, len(text), 0
        while i < n:
            c = text[i]
            if c in " \t\r\n\ufeff":
                space = _SPACE.match(text, i)
                i = space.end() if space else i + 1
            elif c in "{[":
                self.offsets.setdefault(pending, i)
                stack.append(_Frame(pending, c == "{"))
                pending = pending + "/0"
                i += 1
            elif c in "}]":
                if stack:
                    stack.pop()
                i += 1
            elif c == ",":
                commas += 1
                if commas % 512 == 0 and self._done():
                    return
                if stack:
                    pending = _next_member(stack[-1], pending)
                i += 1
            elif c == ":":
                i += 1
            elif c == '"':
                i, pending = self._string(text, i, stack[-1] if stack else None, pending)
            else:
                match = _SCALAR.match(text, i)
                self.offsets.setdefault(pending, i)
                i = match.end() if match else i + 1

    def _string(self, text: str, i: int, frame: _Frame | None, pending: str) -> tuple[int, str]:
        """The string starting at `i`: an object's key (the next pointer; a repeat is a duplicate) or a value.

        Returns the offset after the string and the pointer of the next value."""
        match = _STRING.match(text, i)
        end = match.end() if match else len(text)
        if frame is not None and frame.is_object and frame.expect_key:
            key = text[i + 1 : end - 1]
            if "\\" in key:
                with contextlib.suppress(ValueError):  # a bad escape: keep the raw key
                    key = json.loads(text[i:end])
            pending = f"{frame.pointer}/{escape_token(str(key))}"
            if key in frame.keys:
                self.duplicates.append((pending, i))
            frame.keys.add(key)
            frame.expect_key = False
        self.offsets.setdefault(pending, i)
        return end, pending

    def locate(self, pointer: str) -> tuple[int, int]:
        """1-based line and column of `pointer`, or of its nearest ancestor present in the text."""
        while pointer not in self.offsets and pointer:
            pointer = pointer.rsplit("/", 1)[0]
        return self.line_column(self.offsets.get(pointer, 0))

    def line_column(self, offset: int) -> tuple[int, int]:
        """1-based line and column (in code points) of a character offset."""
        line = bisect.bisect_right(self._line_starts, offset)
        return line, offset - self._line_starts[line - 1] + 1
