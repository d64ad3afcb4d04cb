"""Check families of `natopress validate`; importing this package registers every finding code."""

from natopress.validate.checks import (
    canonical,
    entities,
    files,
    metadata,
    quotes,
    registry,
    segments,
    spans,
    structure,
)

FAMILIES = (files, canonical, structure, spans, segments, quotes, entities, registry, metadata)
"""The modules that define codes, in code order."""
