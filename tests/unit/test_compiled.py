"""The compiled schema (natopress.compiled, the validator's fast path) implements every keyword the models'
schema uses, the way JSON Schema 2020-12 reads it; the plain-data types mirror the models."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, get_type_hints

import pytest
from fastjsonschema.draft2019 import CodeGeneratorDraft2019
from pydantic import BaseModel

from natopress import document, model
from natopress.canonical import compiled_schema
from natopress.kinds import METADATA_FACTS, TEXT_FACTS
from natopress.schema import registry_schema, release_schema

SCHEMAS = {"release": release_schema(), "registry": registry_schema()}

ANNOTATIONS = frozenset({"$schema", "$id", "$defs", "title", "description", "default"})
"""Keywords that validate nothing (2020-12's core and meta-data vocabularies); `$ref` is resolved apart."""


def nodes(schema: Any) -> Iterator[dict[str, Any]]:
    """Every schema object in `schema` (not the property names of `properties` or `$defs`)."""
    if not isinstance(schema, dict):
        return
    yield schema
    for keyword, value in schema.items():
        if keyword in ("properties", "$defs"):
            for sub in value.values():
                yield from nodes(sub)
        elif keyword in ("items", "not"):
            yield from nodes(value)
        elif keyword in ("anyOf", "oneOf", "allOf"):
            for sub in value:
                yield from nodes(sub)


def implemented() -> frozenset[str]:
    """The keywords fastjsonschema's generator (the class natopress.schema builds on) generates code for."""
    generator = CodeGeneratorDraft2019({"type": "object"})
    return frozenset(generator._json_keywords_to_function)


@pytest.mark.parametrize("kind", SCHEMAS)
def test_every_keyword_is_implemented(kind: str) -> None:
    used = {keyword for node in nodes(SCHEMAS[kind]) for keyword in node}
    assert used - ANNOTATIONS - {"$ref"} <= implemented(), "a keyword fastjsonschema would silently ignore"


def test_a_keyword_it_does_not_know_is_caught() -> None:
    assert "unevaluatedProperties" not in implemented()  # 2020-12 only: the test above would name it


@pytest.mark.parametrize("kind", SCHEMAS)
def test_refs_have_no_validating_siblings(kind: str) -> None:
    """2020-12 applies the keywords beside a `$ref`; fastjsonschema (drafts 4-7) ignores them."""
    for node in nodes(SCHEMAS[kind]):
        if "$ref" in node:
            assert set(node) - {"$ref"} <= ANNOTATIONS, node


@pytest.mark.parametrize("kind", SCHEMAS)
def test_unions_are_a_value_or_null(kind: str) -> None:
    """natopress.canonical reads every `anyOf` as one schema or null."""
    for node in nodes(SCHEMAS[kind]):
        if "anyOf" in node:
            assert len(node["anyOf"]) == 2 and {"type": "null"} in node["anyOf"], node


@pytest.mark.parametrize("kind", SCHEMAS)
def test_the_compiled_schema_is_the_models(kind: str) -> None:
    schema = compiled_schema(kind)  # type: ignore[arg-type]
    assert schema == SCHEMAS[kind]
    assert list(schema["properties"]) == list(SCHEMAS[kind]["properties"])  # the field order too


PAIRS = [
    (document.SpanData, model.Span),
    (document.FactData, model.TextFact),
    (document.FactData, model.DateFact),
    (document.FactData, model.DateTimeFact),
    (document.ProvenanceData, model.Provenance),
    (document.AnnotationData, model.Annotation),
    (document.MetadataData, model.Metadata),
    (document.SegmentData, model.Segment),
    (document.QuoteData, model.Quote),
    (document.MentionData, model.Mention),
    (document.RoleData, model.Role),
    (document.EntityData, model.Entity),
    (document.ReleaseData, model.Release),
    (document.RegistryData, model.Registry),
]


@pytest.mark.parametrize(("data", "model_class"), PAIRS, ids=lambda x: getattr(x, "__name__", ""))
def test_the_data_types_have_the_models_fields(data: type, model_class: type[BaseModel]) -> None:
    fields = [field.alias or name for name, field in model_class.model_fields.items()]
    assert list(get_type_hints(data)) == fields


def test_text_facts_are_the_models() -> None:
    fields = model.Metadata.model_fields
    text_facts = {name for name in METADATA_FACTS if fields[name].annotation == model.TextFact | None}
    assert text_facts == TEXT_FACTS
