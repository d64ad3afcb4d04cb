"""Check families of `natopress validate`; importing this package registers every finding code."""

from natopress.validate.checks import (
    citations,
    entities,
    files,
    metadata,
    quotes,
    registry,
    segments,
    spans,
    structure,
)

FAMILIES = (files, structure, spans, segments, quotes, entities, registry, metadata, citations)
"""The modules that define codes, in code order."""
