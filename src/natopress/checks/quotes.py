"""NP3xx quotes: unique ids, `continues` links, non-overlapping contents, speakers that resolve."""

from __future__ import annotations

from natopress.findings import Finding, define, pointer_join
from natopress.model import Entity, EntityType, Release

DUPLICATE_ID = define(
    "NP301", "duplicate quote id", "two quotes of a release have the same id", 'two `"id": "q1"`'
)
BAD_CONTINUES = define(
    "NP302",
    "unresolved continues",
    "`continues` does not name an earlier quote of the release",
    '`"continues": "q9"` with no earlier q9',
)
CONTENT_OVERLAP = define(
    "NP303",
    "quote contents overlap",
    "two quotes' content spans share characters",
    "q1 [10, 50), q2 [40, 80)",
)
UNKNOWN_SPEAKER = define(
    "NP304", "unknown speaker", "the speaker id is not in the registry", '`"speaker": "jens-stoltenbreg"`'
)
SPEAKER_TYPE = define(
    "NP305", "speaker not a person or organisation", "a speaker must be a PER or ORG entity", "a LOC speaker"
)

SPEAKER_TYPES = frozenset({EntityType.PER, EntityType.ORG})


def check_ids(release: Release, file: str) -> list[Finding]:
    """NP301-NP302: quote ids are unique; `continues` names an earlier quote."""
    findings = []
    seen: set[str] = set()
    for i, quote in enumerate(release.quotes):
        if quote.id in seen:
            findings.append(
                DUPLICATE_ID.at(file, pointer_join("quotes", i, "id"), f"quote id {quote.id!r} repeated")
            )
        if quote.continues is not None and quote.continues not in seen:
            message = f"continues {quote.continues!r}, which is not an earlier quote of this release"
            findings.append(BAD_CONTINUES.at(file, pointer_join("quotes", i, "continues"), message))
        seen.add(quote.id)
    return findings


def check_overlap(release: Release, file: str) -> list[Finding]:
    """NP303: quote contents never overlap each other."""
    findings = []
    order = sorted(range(len(release.quotes)), key=lambda i: release.quotes[i].content.start)
    reach, reach_id = -1, ""
    for i in order:
        content = release.quotes[i].content
        if content.start < reach:
            message = f"content [{content.start}, {content.end}) overlaps quote {reach_id!r}"
            findings.append(CONTENT_OVERLAP.at(file, pointer_join("quotes", i, "content"), message))
        if content.end > reach:
            reach, reach_id = content.end, release.quotes[i].id
    return findings


def check_speakers(release: Release, entities: dict[str, Entity], file: str) -> list[Finding]:
    """NP304-NP305: every speaker resolves to a PER or ORG entity."""
    findings = []
    for i, quote in enumerate(release.quotes):
        if quote.speaker is None:
            continue
        entity = entities.get(quote.speaker)
        if entity is None:
            message = f"speaker {quote.speaker!r} is not in the registry"
            findings.append(UNKNOWN_SPEAKER.at(file, pointer_join("quotes", i, "speaker"), message))
        elif entity.type not in SPEAKER_TYPES:
            message = f"speaker {quote.speaker!r} is {entity.type.value}; a speaker is PER or ORG"
            findings.append(SPEAKER_TYPE.at(file, pointer_join("quotes", i, "speaker"), message))
    return findings


def check_quotes(release: Release, entities: dict[str, Entity] | None, file: str) -> list[Finding]:
    """NP301-NP305; speakers only when the registry could be read."""
    findings = check_ids(release, file) + check_overlap(release, file)
    if entities is not None:
        findings += check_speakers(release, entities, file)
    return findings
