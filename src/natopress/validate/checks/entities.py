"""NP40x mentions: entity ids resolve, mentions nest but never cross and never repeat."""

from __future__ import annotations

from natopress.document import EntityData, ReleaseData
from natopress.validate.checks.spans import text_order
from natopress.validate.findings import Finding, Severity, define, pointer_join

UNKNOWN_ENTITY = define(
    "NP401", "unknown entity", "a mention's entity id is not in the registry", '`"entity": "otan"`'
)
REPLACED_ENTITY = define(
    "NP402",
    "reference to a replaced entity",
    "a mention or speaker names an entity that was merged into another (`replaced_by`); use the new id",
    '`"entity": "nato-old"` replaced by `nato`',
    Severity.WARNING,
)
CROSSING = define(
    "NP403", "mentions cross", "two mentions overlap without one containing the other", "[0, 10) and [5, 15)"
)
DUPLICATE_MENTION = define(
    "NP404", "duplicate mention", "two mentions have the same span", "two mentions of [0, 4)"
)

OUT_OF_ORDER = define(
    "NP405",
    "mentions out of text order",
    "mentions are listed in text order (by start, then longer first)",
    "`Bruxelles` listed before `Marie Exemple`, which precedes it",
)


def check_order(release: ReleaseData, file: str) -> list[Finding]:
    """NP405: mentions in text order (the first break only)."""
    i = text_order([mention["span"] for mention in release["mentions"]])
    if i is None:
        return []
    message = f"mention {i} starts before mention {i - 1}; list mentions in text order"
    return [OUT_OF_ORDER.at(file, pointer_join("mentions", i), message)]


def check_references(release: ReleaseData, entities: dict[str, EntityData], file: str) -> list[Finding]:
    """NP401-NP402: mention entities resolve; mentions and speakers avoid replaced ids."""
    findings = []
    for i, mention in enumerate(release["mentions"]):
        entity = entities.get(mention["entity"])
        if entity is None:
            message = f"entity {mention['entity']!r} is not in the registry"
            findings.append(UNKNOWN_ENTITY.at(file, pointer_join("mentions", i, "entity"), message))
        elif entity["replaced_by"] is not None:
            message = f"{entity['id']!r} was replaced by {entity['replaced_by']!r}"
            findings.append(REPLACED_ENTITY.at(file, pointer_join("mentions", i, "entity"), message))
    for i, quote in enumerate(release["quotes"]):
        entity = entities.get(quote["speaker"]) if quote["speaker"] is not None else None
        if entity is not None and entity["replaced_by"] is not None:
            message = f"{entity['id']!r} was replaced by {entity['replaced_by']!r}"
            findings.append(REPLACED_ENTITY.at(file, pointer_join("quotes", i, "speaker"), message))
    return findings


def check_nesting(release: ReleaseData, file: str) -> list[Finding]:
    """NP403-NP404: mentions may nest but never cross, and never repeat a span."""
    findings = []
    mentions = release["mentions"]
    keys = [(m["span"]["start"], -m["span"]["end"]) for m in mentions]
    order = sorted(range(len(keys)), key=keys.__getitem__)
    open_: list[tuple[int, int, int]] = []  # (start, end, index) of mentions containing the current point
    previous: tuple[int, int] | None = None
    for i in order:
        span = mentions[i]["span"]
        if previous == (span["start"], span["end"]):
            message = f"another mention has the span [{span['start']}, {span['end']})"
            findings.append(DUPLICATE_MENTION.at(file, pointer_join("mentions", i, "span"), message))
            continue
        previous = (span["start"], span["end"])
        while open_ and open_[-1][1] <= span["start"]:
            open_.pop()
        if open_ and span["end"] > open_[-1][1]:
            start, end, j = open_[-1]
            message = f"mention [{span['start']}, {span['end']}) crosses mention {j} [{start}, {end})"
            findings.append(CROSSING.at(file, pointer_join("mentions", i, "span"), message))
            continue
        open_.append((span["start"], span["end"], i))
    return findings


def check_mentions(release: ReleaseData, entities: dict[str, EntityData] | None, file: str) -> list[Finding]:
    """NP401-NP405; references only when the registry could be read."""
    findings = check_nesting(release, file) + check_order(release, file)
    if entities is not None:
        findings += check_references(release, entities, file)
    return findings
