"""Croissant 1.0 metadata (JSON-LD) of the built dataset, generated from the declared features."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

import datasets

from natopress.build.citation import LICENSE_SUMMARY, read_citation
from natopress.build.features import CONFIG_DESCRIPTIONS, features

CROISSANT_FILENAME = "croissant.json"
CONTEXT: dict[str, Any] = {
    "@language": "en",
    "@vocab": "https://schema.org/",
    "citeAs": "cr:citeAs",
    "column": "cr:column",
    "conformsTo": "dct:conformsTo",
    "cr": "http://mlcommons.org/croissant/",
    "rai": "http://mlcommons.org/croissant/RAI/",
    "data": {"@id": "cr:data", "@type": "@json"},
    "dataType": {"@id": "cr:dataType", "@type": "@vocab"},
    "dct": "http://purl.org/dc/terms/",
    "equivalentProperty": "cr:equivalentProperty",
    "examples": {"@id": "cr:examples", "@type": "@json"},
    "extract": "cr:extract",
    "field": "cr:field",
    "fileProperty": "cr:fileProperty",
    "fileObject": "cr:fileObject",
    "fileSet": "cr:fileSet",
    "format": "cr:format",
    "includes": "cr:includes",
    "isLiveDataset": "cr:isLiveDataset",
    "jsonPath": "cr:jsonPath",
    "key": "cr:key",
    "md5": "cr:md5",
    "parentField": "cr:parentField",
    "path": "cr:path",
    "recordSet": "cr:recordSet",
    "references": "cr:references",
    "regex": "cr:regex",
    "repeated": "cr:repeated",
    "replace": "cr:replace",
    "samplingRate": "cr:samplingRate",
    "sc": "https://schema.org/",
    "separator": "cr:separator",
    "source": "cr:source",
    "subField": "cr:subField",
    "transform": "cr:transform",
}
"""The Croissant 1.0 JSON-LD context, as mlcroissant writes it."""


def _data_type(feature: Any) -> str:
    if isinstance(feature, datasets.ClassLabel):
        return "sc:Integer"
    if isinstance(feature, datasets.Value) and feature.dtype.startswith("int"):
        return "sc:Integer"
    return "sc:Text"


def _field(config: str, name: str, feature: Any, path: list[str]) -> dict[str, Any]:
    """A cr:Field for one column (or one sub-column of a list of structs, read with a JSON path)."""
    field_id = "/".join([config, *path])
    source: dict[str, Any] = {"fileObject": {"@id": f"{config}-parquet"}, "extract": {"column": path[0]}}
    if len(path) > 1:
        source["transform"] = {"jsonPath": ".".join(path[1:])}
    node: dict[str, Any] = {"@type": "cr:Field", "@id": field_id, "name": field_id}
    inner = feature.feature if isinstance(feature, datasets.List) else feature
    if isinstance(feature, datasets.List):
        node["repeated"] = True
    if isinstance(inner, dict):
        node["subField"] = [
            _field(config, sub, sub_feature, [*path, sub]) for sub, sub_feature in inner.items()
        ]
    else:
        node["dataType"] = _data_type(inner)
        node["source"] = source
    if isinstance(inner, datasets.ClassLabel):
        node["description"] = "Class label index; names: " + ", ".join(inner.names)
    return node


def _creator() -> dict[str, str] | list[dict[str, str]]:
    """CITATION.cff's authors as schema.org creators (one object when there is one)."""
    creators = [
        {"@type": "sc:Organization", "name": a.name}
        if a.name is not None
        else {"@type": "sc:Person", "name": f"{a.given or ''} {a.family}".strip()}
        for a in read_citation().authors
    ]
    return creators[0] if len(creators) == 1 else creators


def croissant(
    version: str, date_published: str, cite_as: str, files: Mapping[str, tuple[str, str]]
) -> dict[str, Any]:
    """The Croissant document; `files` maps each config, in card order, to its Parquet path and sha256."""
    configs = list(files)
    return {
        "@context": CONTEXT,
        "@type": "sc:Dataset",
        "name": "natopress",
        "description": "NATO press releases (French) with hand-checked standoff annotations: metadata, "
        "segments, quotations and named entities linked to a corpus-wide registry.",
        "conformsTo": "http://mlcommons.org/croissant/1.0",
        "citeAs": cite_as,
        "creator": _creator(),
        "datePublished": date_published,
        "inLanguage": "fr",
        "keywords": ["NATO", "press releases", "quotation attribution", "named entity recognition", "French"],
        "license": LICENSE_SUMMARY,
        "version": version,
        "distribution": [
            {
                "@type": "cr:FileObject",
                "@id": f"{name}-parquet",
                "name": f"{name}-parquet",
                "contentUrl": files[name][0],
                "encodingFormat": "application/x-parquet",
                "sha256": files[name][1],
            }
            for name in configs
        ],
        "recordSet": [
            {
                "@type": "cr:RecordSet",
                "@id": name,
                "name": name,
                "description": CONFIG_DESCRIPTIONS[name],
                "field": [
                    _field(name, column, feature, [column]) for column, feature in features(name).items()
                ],
            }
            for name in configs
        ],
    }


def croissant_json(document: dict[str, Any]) -> str:
    """Deterministic text of the Croissant document."""
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"
