"""The byte-order mark rule of corpus files (refused: NP007), shared by the readers and the validator."""

from __future__ import annotations

import codecs

BYTE_ORDER_MARK = codecs.BOM_UTF8
"""The UTF-8 byte-order mark (EF BB BF): refused in corpus files (NP007) and in ingested texts."""


def has_byte_order_mark(data: bytes) -> bool:
    """True when `data` starts with the UTF-8 byte-order mark."""
    return data.startswith(BYTE_ORDER_MARK)


def without_byte_order_mark(data: bytes) -> bytes:
    """`data` less a leading UTF-8 byte-order mark (unchanged when it has none)."""
    return data[len(BYTE_ORDER_MARK) :] if has_byte_order_mark(data) else data
