"""NP3xx quotes: unique ids, `continues` links, non-overlapping contents, speakers that resolve."""

from __future__ import annotations

from natopress.document import EntityData, QuoteData, ReleaseData
from natopress.kinds import EntityType
from natopress.validate.checks.spans import overlapping, text_order
from natopress.validate.findings import Finding, Severity, define, pointer_join

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

OUT_OF_ORDER = define(
    "NP306",
    "quotes out of text order",
    "quotes are listed in text order of their content, with ids q1, q2, ... in that order",
    "`q2` listed before `q1`, or ids `q1`, `q3`",
)
BAD_CONTINUATION = define(
    "NP307",
    "continuation changes speaker",
    "a quote that `continues` another has the same speaker",
    '`"continues": "q1"` with another speaker than q1',
)
CONTINUATION_CUE = define(
    "NP308",
    "continuation has a cue",
    "a quote that `continues` another has `cue: null` (the cue belongs to the first part)",
    '`"continues": "q3"` with `"cue": {"text": "a déclaré", ...}`',
    Severity.WARNING,
)

SPEAKER_TYPES = frozenset({EntityType.PER, EntityType.ORG})


def check_ids(release: ReleaseData, file: str) -> list[Finding]:
    """NP301-NP302: quote ids are unique; `continues` names an earlier quote."""
    findings = []
    seen: set[str] = set()
    for i, quote in enumerate(release["quotes"]):
        if quote["id"] in seen:
            findings.append(
                DUPLICATE_ID.at(file, pointer_join("quotes", i, "id"), f"quote id {quote['id']!r} repeated")
            )
        continues = quote["continues"]
        if continues is not None and continues not in seen:
            message = f"continues {continues!r}, which is not an earlier quote of this release"
            findings.append(BAD_CONTINUES.at(file, pointer_join("quotes", i, "continues"), message))
        seen.add(quote["id"])
    return findings


def check_continuations(release: ReleaseData, file: str) -> list[Finding]:
    """NP307-NP308: a continuation has the speaker of the quote it continues, and no cue."""
    earlier: dict[str, QuoteData] = {}  # a `continues` to a later or unknown quote is NP302's
    findings = []
    for i, quote in enumerate(release["quotes"]):
        first = earlier.get(quote["continues"]) if quote["continues"] is not None else None
        earlier.setdefault(quote["id"], quote)
        if first is None:
            continue
        if quote["cue"] is not None:
            message = f"quote {quote['id']!r} continues {first['id']!r} and so has no cue of its own"
            findings.append(CONTINUATION_CUE.at(file, pointer_join("quotes", i, "cue"), message))
        if quote["speaker"] != first["speaker"]:
            message = f"speaker {quote['speaker']!r} differs from {first['speaker']!r}, the speaker of {first['id']!r}"
            findings.append(BAD_CONTINUATION.at(file, pointer_join("quotes", i, "speaker"), message))
    return findings


def check_order(release: ReleaseData, file: str) -> list[Finding]:
    """NP306: quotes in text order, numbered q1, q2, ... in that order (the first break only)."""
    quotes = release["quotes"]
    order_break = text_order([quote["content"] for quote in quotes])
    numbered = len({q["id"] for q in quotes}) == len(quotes)  # repeated ids are NP301's
    id_break = next((i for i, q in enumerate(quotes) if q["id"] != f"q{i + 1}"), None) if numbered else None
    if order_break is not None and (id_break is None or order_break <= id_break):
        quote = quotes[order_break]
        message = f"quote {quote['id']!r} starts before the quote listed above it; list quotes in text order"
        return [OUT_OF_ORDER.at(file, pointer_join("quotes", order_break), message)]
    if id_break is not None:
        message = f"quote {id_break + 1} in text order has id {quotes[id_break]['id']!r}; expected 'q{id_break + 1}'"
        return [OUT_OF_ORDER.at(file, pointer_join("quotes", id_break, "id"), message)]
    return []


def check_overlap(release: ReleaseData, file: str) -> list[Finding]:
    """NP303: quote contents never overlap each other."""
    quotes = release["quotes"]
    contents = [quote["content"] for quote in quotes]
    return [
        CONTENT_OVERLAP.at(
            file,
            pointer_join("quotes", i, "content"),
            f"content [{contents[i]['start']}, {contents[i]['end']}) overlaps quote {quotes[j]['id']!r}",
        )
        for i, j in overlapping(contents)
    ]


def check_speakers(release: ReleaseData, entities: dict[str, EntityData], file: str) -> list[Finding]:
    """NP304-NP305: every speaker resolves to a PER or ORG entity."""
    findings = []
    for i, quote in enumerate(release["quotes"]):
        named: list[tuple[str, str]] = [
            (pointer_join("quotes", i, "speaker"), s) for s in [quote["speaker"]] if s
        ]
        named += [
            (pointer_join("quotes", i, "co_speakers", k), s) for k, s in enumerate(quote["co_speakers"])
        ]
        for where, speaker in named:
            entity = entities.get(speaker)
            if entity is None:
                message = f"speaker {speaker!r} is not in the registry"
                findings.append(UNKNOWN_SPEAKER.at(file, where, message))
            elif entity["type"] not in SPEAKER_TYPES:
                message = f"speaker {speaker!r} is {entity['type']}; a speaker is PER or ORG"
                findings.append(SPEAKER_TYPE.at(file, where, message))
    return findings


def check_quotes(release: ReleaseData, entities: dict[str, EntityData] | None, file: str) -> list[Finding]:
    """NP301-NP308; speakers only when the registry could be read."""
    findings = check_ids(release, file) + check_overlap(release, file) + check_order(release, file)
    findings += check_continuations(release, file)
    if entities is not None:
        findings += check_speakers(release, entities, file)
    return findings
