"""What the draft's rules need of a person's mention: its span and entity, as a protocol, so that modules
below natopress.draft.mentions (which holds FoundMention) can take mentions without importing it."""

from __future__ import annotations

from typing import Protocol


class Located(Protocol):
    """A person's mention: span (code points) and entity id (natopress.draft.mentions.FoundMention)."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def entity(self) -> str: ...
