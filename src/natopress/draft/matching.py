"""Drafting on the matching key (natopress.text.variants): the registry in the matching spelling, and a
release drafted on the key moved back to its source text."""

from __future__ import annotations

import hashlib
from typing import Any

from natopress.model import Registry, Release
from natopress.text.variants import Folded, fold_string


def folded_registry(registry: Registry) -> Registry:
    """The registry with names, aliases and roles in the matching spelling (ids unchanged)."""
    entities = [
        entity.model_copy(
            update={
                "name": fold_string(entity.name),
                "aliases": [fold_string(alias) for alias in entity.aliases],
                "roles": [role.model_copy(update={"role": fold_string(role.role)}) for role in entity.roles],
            }
        )
        for entity in registry.entities
    ]
    return registry.model_copy(update={"entities": entities})


def _remap(node: Any, text: str, folded: Folded) -> None:
    """Every `{start, end, text}` span in a dumped release, moved from the key to the source `text`."""
    if isinstance(node, dict):
        if {"start", "end", "text"} <= node.keys():
            node["start"], node["end"] = folded.source_range(node["start"], node["end"])
            node["text"] = text[node["start"] : node["end"]]
        for value in node.values():
            _remap(value, text, folded)
    elif isinstance(node, list):
        for value in node:
            _remap(value, text, folded)


def to_source(release: Release, text: str, folded: Folded) -> Release:
    """`release`, drafted on the matching key, with its spans, title, digest, and its proposed entities'
    roles, names and aliases (as a mention of theirs writes them) those of the source."""
    data = release.model_dump(mode="json", by_alias=True)
    _remap(data, text, folded)
    written = {  # each proposed entity's mentions, their key spelling to the source's
        (mention["entity"], fold_string(mention["span"]["text"])): mention["span"]["text"]
        for mention in reversed(data.get("mentions", []))
    }
    for entity in data.get("proposed_entities", []):  # a role is worded as the source words it, and so
        for role in entity["roles"]:  # are the name and aliases (`Sorin ŞOANĂ`, not the key's `Ș`)
            role["role"] = role["span"]["text"]
        entity["name"] = written.get((entity["id"], entity["name"]), entity["name"])
        entity["aliases"] = [written.get((entity["id"], alias), alias) for alias in entity["aliases"]]
    metadata = data["metadata"]
    metadata["text_sha256"] = hashlib.sha256(text.encode("utf-8")).hexdigest()
    if metadata.get("title") and metadata["title"].get("span"):
        metadata["title"]["value"] = metadata["title"]["span"]["text"]
    return Release.model_validate(data)
