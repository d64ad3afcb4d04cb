"""Pydantic models of one annotated release and of the entity registry: the single source of the schema."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Annotated, Final, Literal, cast, get_args

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, PlainSerializer, WithJsonSchema

from natopress.document import EntityData, RegistryData, ReleaseData, first_by_id
from natopress.formats import (
    DATE_PATTERN,
    DATETIME_FORMAT,
    DATETIME_PATTERN,
    format_datetime,
    parse_date,
    parse_datetime,
)
from natopress.kinds import (
    CONTENT_SEGMENT_KINDS,
    METADATA_FACTS,
    AnnotationStatus,
    DocumentKind,
    EntityType,
    MentionKind,
    QuoteType,
    SegmentKind,
)

__all__ = [  # the vocabularies and formats are defined without pydantic, and used from here too
    "CONTENT_SEGMENT_KINDS",
    "DATETIME_FORMAT",
    "DATETIME_PATTERN",
    "DATE_PATTERN",
    "METADATA_FACTS",
    "AnnotationStatus",
    "DocumentKind",
    "EntityType",
    "MentionKind",
    "QuoteType",
    "SegmentKind",
]

SchemaVersion = Literal["1.0"]
SCHEMA_VERSION: Final[SchemaVersion] = get_args(SchemaVersion)[0]
NAME_MAX_CHARS: Final = 500
"""The longest name or alias of an entity, in code points."""
"""Version of the annotation format; a major change breaks old files (see CHANGELOG.md)."""

ID_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
RELEASE_ID_PATTERN = r"^[a-z0-9]+(?:[-_][a-z0-9]+)*$"
QUOTE_ID_PATTERN = r"^q[0-9]+$"
HANDLE_PATTERN = r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$"
SHA256_PATTERN = r"^[0-9a-f]{64}$"
BCP47_PATTERN = r"^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$"
URL_PATTERN = r"^https?://[!-~]+$"
# Patterns are plain ASCII and anchored with ^...$ so that pydantic (Rust regex), the `jsonschema` library
# (with `$` read as end of text, see natopress.validate.schema_errors) and editors all read them the same way.


def _parsed(parse: Callable[[str], object]) -> Callable[[object], object]:
    """A before-validator: a string is read by `parse` (natopress.formats: the pattern, then the calendar).

    pydantic alone also accepts timestamps and other forms; both JSON Schema validators check the same
    pattern and call the same `parse` (natopress.formats.FORMATS), so all three accept the same strings.
    """

    def check(value: object) -> object:
        """The parsed value, or a ValueError naming the pattern."""
        return parse(value) if isinstance(value, str) else value

    return check


IsoDate = Annotated[
    dt.date,
    BeforeValidator(_parsed(parse_date)),
    Field(json_schema_extra={"pattern": DATE_PATTERN}),
]
IsoDateTime = Annotated[
    dt.datetime | dt.date,
    BeforeValidator(_parsed(parse_datetime)),
    PlainSerializer(format_datetime, when_used="json"),
    WithJsonSchema({"type": "string", "format": DATETIME_FORMAT, "pattern": DATETIME_PATTERN}),
]

EntityId = Annotated[
    str,
    Field(
        pattern=ID_PATTERN,
        max_length=120,
        description="Id of an entity in the registry, e.g. `jens-stoltenberg`.",
    ),
]
ReleaseId = Annotated[
    str,
    Field(
        pattern=RELEASE_ID_PATTERN,
        max_length=160,
        description="Stable, human-readable release id; also the stem of the `.json` and `.txt` file names.",
    ),
]
Offset = Annotated[int, Field(ge=0, le=100_000_000, description="Offset in Unicode code points.")]


class Model(BaseModel):
    """Base of every model: unknown keys are errors, values are immutable once read.

    No model validators, so that pydantic (`model_validate_json(..., strict=True)`, the validator's fast
    path) and the generated JSON Schema accept exactly the same documents; rules the schema cannot express
    (end > start, evidence not empty, a checked annotation names its checker) are semantic checks of
    `natopress validate` (natopress.validate.checks).
    """

    model_config = ConfigDict(extra="forbid", frozen=True, use_attribute_docstrings=True)


class Span(Model):
    """A stretch of the source text: `text == source[start:end]`, end exclusive, in code points."""

    start: Offset
    """First code point of the span."""
    end: Offset
    """One past the last code point of the span (end exclusive, like Python slices)."""
    text: str = Field(min_length=1, max_length=1_000_000)
    """The spanned text, copied from the source so a reader can check it; the validator does."""


# --------------------------------------------------------------------------------------------- metadata


class Evidence(Model):
    """Where a metadata value comes from: a span of the text, a cited source, or both. Never neither."""

    span: Span | None = None
    """The words of the source text the value is read from."""
    source: str | None = Field(default=None, min_length=1, max_length=2000)
    """A citation when the value is not in the text: free text starting with a URL or a file of the corpus
    folder (`SOURCES.md#<release-id>`), then where in it the value is; never a path outside the corpus."""


class TextFact(Evidence):
    """A text value (such as the title) with its evidence."""

    value: str = Field(min_length=1, max_length=10_000)
    """The value itself; with a span and no source it equals the span's text."""


class DateFact(Evidence):
    """A calendar date with its evidence."""

    value: IsoDate
    """ISO 8601 date, e.g. `2021-07-01`."""


class DateTimeFact(Evidence):
    """A date and time with its evidence; without an offset the time zone is unknown (the page's local time)."""

    value: IsoDateTime
    """ISO 8601 date-time, e.g. `2021-07-01T18:41:00`; no offset when the source gives none; a date alone,
    e.g. `2006-08-16`, when the source shows no time."""


class Provenance(Model):
    """Where the source text was obtained."""

    organisation: str = Field(min_length=1, max_length=200)
    """The organisation that published the text, e.g. `NATO`."""
    url: str | None = Field(default=None, pattern=URL_PATTERN, max_length=2000)
    """The page the text was taken from, or null when unknown."""
    cited_from: str | None = Field(default=None, min_length=1, max_length=2000)
    """Where the URL and the other provenance facts are recorded: the release's entry in the corpus's
    `SOURCES.md` (`SOURCES.md#<release-id>`) or a URL; never a path outside the corpus."""
    original_filename: str | None = Field(default=None, min_length=1, max_length=500)
    """The name of the file as it was received, before it was given its release id."""
    retrieved: IsoDate | None = None
    """When the text was retrieved, or null when unknown."""


class Annotation(Model):
    """The state of the annotation: who checked it and when."""

    status: AnnotationStatus
    """`draft` (automatic or unfinished) or `checked` (read by a person against the guidelines)."""
    checked_by: list[Annotated[str, Field(pattern=HANDLE_PATTERN, max_length=64)]] = Field(
        default=[], max_length=100
    )
    """Handles of the people who checked it, such as `annotator-1`; never a name the project cannot vouch for."""
    checked_on: IsoDate | None = None
    """The day the check was finished."""
    guidelines: str | None = Field(default=None, max_length=100)
    """The version of ANNOTATION_GUIDELINES.md followed."""
    notes: str | None = Field(default=None, max_length=10_000)
    """Free-text remarks for the next annotator (doubts, decisions taken)."""


class Metadata(Model):
    """Facts about the release. A value is read from the text, cited, or null (unknown)."""

    title: TextFact | None
    """The release's title, or null when the source text does not contain it."""
    published: DateFact | None
    """Date of publication."""
    updated: DateTimeFact | None
    """Date and time of the last update shown by the site, or null."""
    event_date: DateFact | None
    """The date of the reported event when the text states it (e.g. `Ce jeudi (1er juillet 2021)`)."""
    language: str = Field(pattern=BCP47_PATTERN, max_length=35)
    """BCP 47 tag of the release's main language, e.g. `fr`."""
    document_kind: DocumentKind
    """The kind of publication."""
    provenance: Provenance
    """Where the text comes from."""
    text_sha256: str = Field(pattern=SHA256_PATTERN)
    """SHA-256 of the source `.txt` bytes, lower-case hex."""


# --------------------------------------------------------------------------------------------- segments


class Segment(Model):
    """A part of the source: title, date block, a body paragraph, a photo caption, or site chrome."""

    kind: SegmentKind
    """What the part is."""
    span: Span
    """The part's text, without surrounding white space."""
    language: str | None = Field(default=None, pattern=BCP47_PATTERN, max_length=35)
    """BCP 47 tag when the part is in another language than the release (e.g. an English caption)."""


# --------------------------------------------------------------------------------------------- quotes


class Quote(Model):
    """One reported utterance: one contiguous content span. An interrupting attribution makes two quotes."""

    id: str = Field(pattern=QUOTE_ID_PATTERN, max_length=16)
    """Id unique within the release: `q1`, `q2`, ... in text order."""
    type: QuoteType
    """`direct` (verbatim, in guillemets), `indirect` (reported speech) or `mixed` (reported with quoted words)."""
    content: Span
    """What was said; for direct quotes the words inside the guillemets, guillemets excluded."""
    cue: Span | None = None
    """The verb or phrase of saying (`a déclaré`), or null when the text has none for this quote."""
    speaker: EntityId | None = None
    """Registry id of who said it, or null when the text does not say."""
    co_speakers: list[EntityId] = Field(default=[], max_length=20)
    """Further speakers of the same words (a joint statement spoken by two people): `speaker` is the first
    one the text names, these the others, in text order; empty for a quote with one speaker."""
    speaker_mention: Span | None = None
    """The words that name the speaker for this quote (`le secrétaire général`, `il`), or null."""
    continues: str | None = Field(default=None, pattern=QUOTE_ID_PATTERN, max_length=16)
    """Id of the quote this one continues when an attribution or a paragraph break interrupts it."""


# --------------------------------------------------------------------------------------------- mentions


class Mention(Model):
    """A mention of a registry entity in the text."""

    span: Span
    """The words of the mention."""
    entity: EntityId
    """The registry id of the entity mentioned."""
    kind: MentionKind
    """`name` (a proper name or acronym) or `nominal` (a common noun phrase such as `le secrétaire général`)."""


# --------------------------------------------------------------------------------------------- release


class Release(Model):
    """One annotated release: metadata and standoff annotations over the verbatim `<id>.txt` beside it.

    The model of a file `annotations/<id>.json` (its JSON Schema is `schema/release.schema.json`, generated
    from this class). Every span is a `Span`: Unicode code points into the `.txt`, end exclusive, carrying
    its text. Unknown keys, wrong types and out-of-range values raise `pydantic.ValidationError`; the
    semantic rules (spans equal to the text, no overlaps, ids that resolve) are `natopress validate`'s.

    Examples:
        >>> from pathlib import Path
        >>> from natopress.corpus import parse_json, read_source
        >>> release = parse_json(Release, open("annotations/2021-07-01-fr-news-185631.json", "rb").read())
        >>> text = read_source(Path("annotations/2021-07-01-fr-news-185631.txt"))
        >>> quote = release.quotes[0]
        >>> text[quote.content.start : quote.content.end] == quote.content.text
        True
    """

    model_config = ConfigDict(
        title="natopress release annotation",
        json_schema_extra={"description": "One annotated NATO release; offsets point into `<id>.txt`."},
    )

    schema_: str | None = Field(default=None, alias="$schema", max_length=2000)
    """Path or URL of the JSON Schema, so editors validate while typing."""
    schema_version: SchemaVersion
    """Version of the annotation format."""
    id: ReleaseId
    metadata: Metadata
    """Facts about the release."""
    segments: list[Segment] = Field(max_length=100_000)
    """The parts of the source, in text order."""
    quotes: list[Quote] = Field(default=[], max_length=100_000)
    """Reported utterances, in text order."""
    mentions: list[Mention] = Field(default=[], max_length=1_000_000)
    """Entity mentions, in text order."""
    proposed_entities: list[Entity] = Field(default=[], max_length=100_000)
    """Registry entries a draft proposes for people, organisations and places the registry does not know
    yet: mentions and speakers of this release may refer to their ids. A proposal enters `registry.json`
    only when a person accepts it (and is then removed from here)."""
    annotation: Annotation
    """Who annotated and checked the release."""


# --------------------------------------------------------------------------------------------- registry


class Role(Model):
    """A role or title of an entity, as a release states it."""

    role: str = Field(min_length=1, max_length=500)
    """The role as worded in the text, e.g. `secrétaire général de l’OTAN`."""
    release: ReleaseId
    """The release the role is read from."""
    span: Span
    """Where that release states the role."""


class Entity(Model):
    """A person, organisation, place or other named thing, shared by the whole corpus."""

    id: EntityId
    type: EntityType
    """CoNLL-2003 type: PER, ORG, LOC (places, states, cities) or MISC."""
    subtype: str | None = Field(default=None, pattern=ID_PATTERN, max_length=64)
    """A finer type within the CoNLL one (e.g. `country`, `city`, `military-force`), or null."""
    name: str = Field(min_length=1, max_length=NAME_MAX_CHARS)
    """Canonical name, as the corpus's texts write it."""
    aliases: list[Annotated[str, Field(min_length=1, max_length=NAME_MAX_CHARS)]] = Field(
        default=[], max_length=1000
    )
    """Other forms of the name found in the texts (acronyms, expansions, short forms)."""
    roles: list[Role] = Field(default=[], max_length=10_000)
    """Roles as the texts state them, each with the release it comes from."""
    replaced_by: EntityId | None = None
    """Set when this id was merged into another; the id is kept so old references still resolve."""


class Registry(Model):
    """The corpus-wide registry of entities that releases refer to by id.

    The model of `annotations/registry.json` (schema: `schema/registry.schema.json`). A mention's `entity`
    and a quote's `speaker` are ids of `entities`; an entity merged into another keeps its id with
    `replaced_by` set. Invalid input raises `pydantic.ValidationError`.

    Examples:
        >>> from natopress.corpus import parse_json
        >>> registry = parse_json(Registry, open("annotations/registry.json", "rb").read())
        >>> entity_index(registry)["jens-stoltenberg"].type
        <EntityType.PER: 'PER'>
    """

    model_config = ConfigDict(
        title="natopress entity registry",
        json_schema_extra={"description": "Entities shared by all releases of the corpus."},
    )

    schema_: str | None = Field(default=None, alias="$schema", max_length=2000)
    """Path or URL of the JSON Schema, so editors validate while typing."""
    schema_version: SchemaVersion
    """Version of the annotation format."""
    entities: list[Entity] = Field(max_length=1_000_000)
    """Every entity the corpus mentions, sorted by id."""


def entity_index(registry: Registry) -> dict[str, Entity]:
    """Registry entities by id; the first one when an id repeats (natopress.document.first_by_id)."""
    return first_by_id(registry.entities, lambda entity: entity.id)


def as_data(model: Release) -> ReleaseData:
    """The release as the validator's checks read it (natopress.document): its JSON dump."""
    return cast(ReleaseData, model.model_dump(mode="json", by_alias=True))


def registry_data(model: Registry) -> RegistryData:
    """The registry as the validator's checks read it (natopress.document): its JSON dump."""
    return cast(RegistryData, model.model_dump(mode="json", by_alias=True))


def entity_data(model: Entity) -> EntityData:
    """One entity as the validator's checks read it (natopress.document): its JSON dump."""
    return cast(EntityData, model.model_dump(mode="json", by_alias=True))


Release.model_rebuild()  # `proposed_entities` refers to Entity, defined after Release
