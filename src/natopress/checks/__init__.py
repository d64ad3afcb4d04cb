"""Check families of `natopress validate`; importing this package registers every finding code."""

from natopress.checks import entities, files, metadata, quotes, registry, schema, segments, spans

FAMILIES = (files, schema, spans, segments, quotes, entities, registry, metadata)
"""The modules that define codes, in code order."""
