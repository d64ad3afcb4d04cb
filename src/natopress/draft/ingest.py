"""`natopress ingest`: a raw release copied verbatim into the corpus beside a draft annotation."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, replace
from pathlib import Path

from pydantic import ValidationError

from natopress.atomic import os_error_message
from natopress.corpus import Corpus, CorpusError, read
from natopress.draft.candidates import QuoteCandidate
from natopress.draft.collective import allies_candidates
from natopress.draft.entities import SpeakerResolver
from natopress.draft.gluedwords import without_glued_words
from natopress.draft.lines import without_image_names
from natopress.draft.matching import folded_registry, to_source
from natopress.draft.mentions import suggest_mentions, suggest_nominal
from natopress.draft.metadata import draft_metadata, span_of
from natopress.draft.nameparts import NameCandidate, Ranges
from natopress.draft.pipeline import name_finder
from natopress.draft.placelists import listed_places
from natopress.draft.proposals import propose
from natopress.draft.quotes import find_quotes
from natopress.draft.segmenter import Segmentation, segment, unwrapped
from natopress.draft.source import IngestError, not_nfc_message, read_raw
from natopress.draft.surnames import with_surnames
from natopress.draft.things import initialism_after, named_thing_elsewhere, quoted_runs
from natopress.model import (
    CONTENT_SEGMENT_KINDS,
    NAME_MAX_CHARS,
    RELEASE_ID_PATTERN,
    SCHEMA_VERSION,
    URL_PATTERN,
    Annotation,
    AnnotationStatus,
    EntityType,
    Mention,
    MentionKind,
    Quote,
    Registry,
    Release,
    Segment,
    SegmentKind,
)
from natopress.serialize import RELEASE_SCHEMA_REF, to_json
from natopress.text.variants import LATIN_LETTERS, fold
from natopress.transaction import LockedError, commit_files, folder_lock, recover

SLUG_WORDS = 6
SLUG_MAX_CHARS = 80
NEWS_NUMBER_RE = re.compile(r"news_(\d+)\.html?\b")
DRAFT_NOTE = "Draft written by `natopress ingest`: every segment, quote, speaker and mention is a suggestion."


@dataclass(frozen=True)
class Ingested:
    """What `ingest` wrote."""

    release: Release
    text_path: Path
    json_path: Path


def slug(text: str, words: int = SLUG_WORDS) -> str:
    """Lower-case ASCII words joined by `-` (accents folded), at most `words` of them."""
    spaced = re.sub(r"['’‘`]", " ", text).translate(
        LATIN_LETTERS
    )  # `l’OTAN` gives `l-otan`, as `l'OTAN` does
    folded = unicodedata.normalize("NFKD", spaced).encode("ascii", "ignore").decode("ascii").lower()
    joined = "-".join(re.findall(r"[a-z0-9]+", folded)[:words])
    return joined[:SLUG_MAX_CHARS].strip("-")


def release_key(url: str | None, title: str | None, filename: str | None) -> str:
    """`news-NNN` from a NATO URL, else the URL slug's first words, else the title's, else the file name's."""
    if url:
        number = NEWS_NUMBER_RE.search(url)
        if number is not None:
            return f"news-{number[1]}"
        path = re.sub(r"[?#].*$", "", url).rstrip("/").rsplit("/", 1)[-1]
        key = slug(re.sub(r"\.html?$", "", path))
        if key and not re.fullmatch(r"https?|[a-z0-9.-]*\.(?:int|org|com|net)", path):
            return key
    for candidate in (title, Path(filename).stem if filename else None):
        key = slug(candidate or "")
        if key:
            return key
    return "release"


def draft_release(
    text: str,
    *,
    registry: Registry | None = None,
    url: str | None = None,
    release_id: str | None = None,
    original_filename: str | None = None,
) -> Release:
    """The draft annotation of `text`: segments, metadata, quote candidates and registry mentions.

    Matching sees through Unicode variants of the same words (natopress.text.variants: normalisation
    forms, space separators, apostrophes, hyphens): the rules run on the matching key of `text` and of the
    registry's names and roles, and every span is mapped back, so it keeps the source's own characters and
    code-point offsets; a page wrapped at a fixed width is drafted as its paragraphs
    (natopress.draft.segmenter.unwrapped), and an image's file name glued to a paragraph is read past
    (natopress.draft.lines.without_image_names). Raises pydantic.ValidationError when the drafting rules
    produce an invalid release.
    """
    folded = fold(text)
    segmentation = segment(folded.key)
    joined = unwrapped(folded.key, segmentation)
    key = without_image_names(joined)
    draft = _draft(
        key,
        segmentation if joined == folded.key else segment(joined),
        registry=folded_registry(registry) if registry is not None else None,
        url=url,
        release_id=release_id,
        original_filename=original_filename,
    )
    return draft if key == text else to_source(draft, text, folded)


def _draft(
    text: str,
    segmentation: Segmentation,
    *,
    registry: Registry | None,
    url: str | None,
    release_id: str | None,
    original_filename: str | None,
) -> Release:
    """The draft of a text already in the matching spelling (see `draft_release`), its `segmentation`."""
    segments = list(segmentation.segments)
    content = [(s.start, s.end) for s in segments if s.kind in CONTENT_SEGMENT_KINDS]
    metadata = draft_metadata(text, segments, segmentation.language, url, original_filename)
    if release_id is None:
        day = metadata.published.value if metadata.published is not None else None
        key = release_key(url, metadata.title.value if metadata.title else None, original_filename)
        release_id = f"{day.isoformat() if day else 'undated'}-{segmentation.language}-{key}"
    registry = registry or Registry(schema_version=SCHEMA_VERSION, entities=[])
    foreign = [(s.start, s.end) for s in segments if s.language not in (None, segmentation.language)]
    candidates = _new_names(text, content, registry, segmentation.language)
    proposals = propose(text, candidates, registry, release_id, foreign)
    registry = proposals.drafting_registry
    names = suggest_mentions(text, content, registry, frozenset(e.id for e in proposals.entities))
    nominal = suggest_nominal(text, content, registry, names)
    mentions = sorted([*names, *nominal], key=lambda m: (m.start, -m.end))
    nominal_spans = {(m.start, m.end) for m in nominal}
    resolver = SpeakerResolver(registry, mentions)
    resolver.use_captions([(s.start, s.end) for s in segments if s.kind is SegmentKind.CAPTION])
    resolver.use_title(next(((s.start, s.end) for s in segments if s.kind is SegmentKind.TITLE), None))
    quotes = _inside_segments(find_quotes(text, content, resolver), content)
    return Release.model_validate(
        {
            "$schema": RELEASE_SCHEMA_REF,
            "schema_version": SCHEMA_VERSION,
            "id": release_id,
            "metadata": metadata,
            "segments": [
                Segment(kind=s.kind, span=span_of(text, s.start, s.end), language=s.language)
                for s in segments
            ],
            "quotes": [_quote(text, n, q) for n, q in enumerate(quotes, start=1)],
            "mentions": [
                Mention(
                    span=span_of(text, m.start, m.end),
                    entity=m.entity,
                    kind=MentionKind.NOMINAL if (m.start, m.end) in nominal_spans else MentionKind.NAME,
                )
                for m in mentions
            ],
            "proposed_entities": proposals.entities,
            "annotation": Annotation(status=AnnotationStatus.DRAFT, notes=DRAFT_NOTE),
        }
    )


def _new_names(
    text: str, content: list[tuple[int, int]], registry: Registry, language: str
) -> list[NameCandidate]:
    """The name candidates of `name_finder`, less those a registry name holds or crosses (`Équipe OTAN`
    inside the registry's `Équipe OTAN de conseil et de liaison`) or that hold a registered person's name
    (`Organisation Vjosa Osmani`): a registry name beats a proposal. An organisation or place name may
    hold one (`NATO Allied Maritime Command`). `Allies` saying something is a collective speaker's name
    (natopress.draft.collective). A surname alone after the full name is a person
    (natopress.draft.surnames). A run of capitalised words longer than a registry name may be
    (`NAME_MAX_CHARS`) is no name, and a run that names a ship, exercise or operation elsewhere in the
    text (`MV Dubai Moon`) or stands alone in quotation marks (`the military base “Milovan Šaranović”`) no
    person; one in a list of places is a place (natopress.draft.placelists)."""
    known = suggest_mentions(text, content, registry)
    persons = {(m.start, m.end) for m in known if m.type is EntityType.PER}
    ranges = Ranges((m.start, m.end) for m in known)

    def beaten(c: NameCandidate, m: tuple[int, int]) -> bool:
        return not (c.start <= m[0] and m[1] <= c.end) or m in persons

    quoted = quoted_runs(text)
    found = with_surnames(
        text,
        content,
        listed_places(text, without_glued_words(text, name_finder(language).find(text, content))),
        persons,
    )
    return [
        c
        for c in [*found, *allies_candidates(text, content)]
        if c.end - c.start <= NAME_MAX_CHARS
        and not any(beaten(c, m) for m in ranges.overlapping(c.start, c.end))
        and not (
            c.type is EntityType.PER
            and (
                text[c.start : c.end] in quoted
                or named_thing_elsewhere(text, c.start, c.end)
                or initialism_after(text, c.start, c.end)
            )
        )
    ]


def _inside_segments(quotes: list[QuoteCandidate], content: list[tuple[int, int]]) -> list[QuoteCandidate]:
    """`quotes` whose content lies inside one of the `content` segments (title, body or caption spans, code
    points), as the validator requires (NP202); a quotation whose marks pair across a title and the body
    (`« a, a-t-il dit, b »` ⏎ `« Oui », …`) is left out. A quote that continues one left out continues none;
    the others keep their parents (`continues` indexes the returned list)."""
    kept: dict[int, int] = {}
    for number, quote in enumerate(quotes):
        if any(start <= quote.start and quote.end <= end for start, end in content):
            kept[number] = len(kept)
    parents = {number: quotes[number].continues for number in kept}
    return [
        quotes[number] if parent is None else replace(quotes[number], continues=kept.get(parent))
        for number, parent in parents.items()
    ]


def _quote(text: str, number: int, candidate: QuoteCandidate) -> Quote:
    """Quote candidate `number` (from 1) as the model's `Quote`, ids `q1`, `q2`, ..."""
    return Quote(
        id=f"q{number}",
        type=candidate.type,
        content=span_of(text, candidate.start, candidate.end),
        cue=span_of(text, *candidate.cue) if candidate.cue else None,
        speaker=candidate.speaker,
        co_speakers=list(candidate.co_speakers),
        speaker_mention=span_of(text, *candidate.speaker_mention) if candidate.speaker_mention else None,
        continues=f"q{candidate.continues + 1}" if candidate.continues is not None else None,
    )


def _existing_status(path: Path) -> str | None:
    """The `annotation.status` of an existing annotation file; `IngestError` when it cannot be read."""
    try:
        return read(Release, path).annotation.status.value
    except CorpusError as error:
        raise IngestError(
            f"{path}: exists and cannot be read as an annotation, so ingest cannot tell whether it is checked; "
            "move it away by hand first"
        ) from error


def _registry(corpus: Corpus) -> tuple[Registry | None, str | None]:
    """The corpus registry, or None and a warning when it is missing or invalid."""
    if not corpus.registry_path.exists():
        return None, f"{corpus.registry_path}: no registry; no entity mentions suggested"
    try:
        return corpus.load_registry(), None
    except CorpusError as error:
        first = error.reason.splitlines()[0]
        return None, f"{corpus.registry_path}: invalid registry ({first}); no entity mentions suggested"


def ingest(
    source: Path,
    corpus: Corpus,
    *,
    url: str | None = None,
    release_id: str | None = None,
    force: bool = False,
    nfc: bool = False,
) -> tuple[Ingested, list[str]]:
    """Copies `source` into `corpus` and writes its draft annotation; returns what was written and warnings.

    A text not in Unicode NFC is refused (IngestError), as `natopress validate` refuses it (NP008), unless
    `nfc` is true: then its NFC form is stored instead of its bytes, the user's explicit choice.
    """
    if not corpus.root.is_dir():
        raise IngestError(f"{corpus.root}: corpus folder not found")
    if release_id is not None and (
        re.fullmatch(RELEASE_ID_PATTERN, release_id) is None or len(release_id) > 160
    ):
        raise IngestError(
            f"--id {release_id!r}: expected lower-case words joined by - or _, e.g. 2021-07-01-fr-news-185631"
        )
    if url is not None and (re.fullmatch(URL_PATTERN, url) is None or len(url) > 2000):
        raise IngestError(
            f"--url {url!r}: expected an http(s) URL of printable ASCII (percent-encode the rest)"
        )
    data, text = read_raw(source)
    warnings = []
    if not unicodedata.is_normalized("NFC", text):
        if not nfc:
            raise IngestError(not_nfc_message(source, text))
        text = unicodedata.normalize("NFC", text)
        data = text.encode("utf-8")
        warnings.append(f"{source}: not in Unicode NFC; stored in its NFC form (--nfc)")
    registry, warning = _registry(corpus)
    if warning:
        warnings.append(warning)
    try:
        release = draft_release(
            text, registry=registry, url=url, release_id=release_id, original_filename=source.name
        )
    except ValidationError as error:  # a bug of the drafting rules, reported instead of a traceback
        raise IngestError(
            f"{source}: the draft does not fit the model: {str(error).splitlines()[0]}"
        ) from error
    warnings += _changed_while_read(source, data)
    try:
        with folder_lock(corpus.root, "writing"):
            warnings += recover(corpus.root)
            return _commit(data, release, corpus, force), warnings + _duplicates(
                source, data, release, corpus
            )
    except LockedError as error:
        raise IngestError(str(error)) from error
    except OSError as error:
        raise IngestError(os_error_message(error)) from error


def _changed_while_read(source: Path, data: bytes) -> list[str]:
    """Warnings when `source` differs now from the bytes read (still being written?) or lacks a final LF."""
    warnings = []
    try:
        now = source.read_bytes()
    except OSError:
        now = None
    if now != data:
        warnings.append(
            f"{source}: changed while it was read (now {len(now) if now is not None else 'no'} bytes, "
            f"{len(data)} read); is it still being written? Ingested the bytes read"
        )
    if not data.endswith(b"\n"):
        warnings.append(f"{source}: no newline at the end of the file; is it complete?")
    return warnings


def _duplicates(source: Path, data: bytes, release: Release, corpus: Corpus) -> list[str]:
    """Warnings naming the corpus texts with the same bytes as the one ingested."""
    digest = hashlib.sha256(data).hexdigest()
    text_path = corpus.text_path(release.id)
    return [
        f"{source}: same text as {other.name} already in the corpus"
        for other in sorted(corpus.root.glob("*.txt"))
        if other != text_path and hashlib.sha256(other.read_bytes()).hexdigest() == digest
    ]


def _commit(data: bytes, release: Release, corpus: Corpus, force: bool) -> Ingested:
    """Writes the `.txt` and `.json` as one transaction; the caller holds the corpus lock."""
    json_path, text_path = corpus.json_path(release.id), corpus.text_path(release.id)
    if json_path.exists() and _existing_status(json_path) != AnnotationStatus.DRAFT.value:
        raise IngestError(f"{json_path}: annotation is checked; ingest never overwrites a checked annotation")
    if (json_path.exists() or text_path.exists()) and not force:
        raise IngestError(
            f"{release.id}: already in the corpus ({json_path.name}); use --force to replace the draft"
        )
    commit_files({text_path: data, json_path: to_json(release).encode("utf-8")})
    return Ingested(release, text_path, json_path)
