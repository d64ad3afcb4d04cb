"""JSON pointers (RFC 6901): the one place that escapes a reference token."""

from __future__ import annotations


def escape_token(part: str | int) -> str:
    """One JSON pointer reference token (RFC 6901 section 3): `~` as `~0`, then `/` as `~1`."""
    return str(part).replace("~", "~0").replace("/", "~1")


def pointer_join(*parts: str | int) -> str:
    """A JSON pointer from path parts (keys and array indexes), each escaped by `escape_token`; "" for none."""
    return "".join("/" + escape_token(p) for p in parts)
