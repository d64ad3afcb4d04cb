"""doccano sequence labelling: JSON Lines of `{"text": ..., "label": [[start, end, "TYPE"], ...]}`.

The shape is doccano's import format for sequence labelling (its docs: "Sequence labeling" dataset format,
JSONL with `text` and `label`); other keys (here `release_id`) are kept by doccano as metadata. Types come
from the registry. Nested mentions are written too: doccano shows them when the project allows overlapping
spans. doccano counts offsets in UTF-16 code units (doccano/doccano issues 2290 and 2484), so the export
warns about texts with characters outside the BMP (natopress.export.label_studio.outside_bmp).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping

from natopress.model import Release

_LINE_SEPARATORS = {"\x85": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"}
"""Left raw by json.dumps(ensure_ascii=False), and a line break for readers that use str.splitlines()."""


def to_line(release: Release, text: str, entity_types: Mapping[str, str]) -> str:
    """One doccano row; KeyError when a mention's entity is not in `entity_types`."""
    labels = [[m.span.start, m.span.end, entity_types[m.entity]] for m in release.mentions]
    line = json.dumps(
        {"text": text, "label": labels, "release_id": release.id}, ensure_ascii=False, separators=(",", ":")
    )
    for raw, escaped in _LINE_SEPARATORS.items():
        line = line.replace(raw, escaped)
    return line


def to_doccano(documents: Iterable[tuple[Release, str]], entity_types: Mapping[str, str]) -> str:
    """Every release, one a line, each line ending with a newline."""
    return "".join(to_line(release, text, entity_types) + "\n" for release, text in documents)


def nested(release: Release) -> int:
    """How many mentions lie inside another one (tools without overlapping spans cannot show them)."""
    spans = [(m.span.start, m.span.end) for m in release.mentions]
    return sum(any(o != s and o[0] <= s[0] and s[1] <= o[1] for o in spans) for s in spans)
