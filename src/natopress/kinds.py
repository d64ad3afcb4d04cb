"""The closed vocabularies of the annotation format (the schema's enums), importable without pydantic: the
models (natopress.model) use them as field types and the checks compare the parsed JSON's strings to them."""

from __future__ import annotations

from enum import StrEnum
from typing import Final


class DocumentKind(StrEnum):
    """What kind of NATO publication the release is."""

    NEWS = "news"
    PRESS_RELEASE = "press-release"
    STATEMENT = "statement"
    SPEECH = "speech"
    TRANSCRIPT = "transcript"
    OTHER = "other"


class AnnotationStatus(StrEnum):
    """`draft` until a person has read every annotation against the text; then `checked`."""

    DRAFT = "draft"
    CHECKED = "checked"


METADATA_FACTS: Final = ("title", "published", "updated", "event_date")
"""The fields of `Metadata` that hold a fact read from the text (a value with a span or a cited source)."""
TEXT_FACTS: Final = frozenset({"title"})
"""The METADATA_FACTS whose value is text (a `TextFact`); the others are dates and date-times."""


class SegmentKind(StrEnum):
    """What a part of the page is."""

    TITLE = "title"
    DATE_BLOCK = "date-block"
    BODY = "body"
    CAPTION = "caption"
    CHROME = "chrome"


CONTENT_SEGMENT_KINDS = frozenset({SegmentKind.TITLE, SegmentKind.BODY, SegmentKind.CAPTION})
"""Segments that quotes and mentions may lie in; never the date block or the site's chrome."""


class QuoteType(StrEnum):
    """How the words are reported."""

    DIRECT = "direct"
    INDIRECT = "indirect"
    MIXED = "mixed"


class MentionKind(StrEnum):
    """How a mention refers to its entity."""

    NAME = "name"
    NOMINAL = "nominal"


class EntityType(StrEnum):
    """CoNLL-2003 types, so the NER view needs no mapping."""

    PER = "PER"
    ORG = "ORG"
    LOC = "LOC"
    MISC = "MISC"
