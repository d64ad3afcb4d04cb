"""brat standoff (`.txt` + `.ann`): write a release's layers, and read them back exactly.

Text-bound lines (`T`) carry segments (`Seg-<kind>`), quotes (`Quote-<type>`), cues (`Cue`), speaker
mentions (`Speaker`) and entity mentions (`PER`/`ORG`/`LOC`/`MISC`). Relations link a quote to its cue
(`HasCue`), its speaker mention (`HasSpeaker`) and the quote it continues (`Continues`). A mention's kind
is the attribute `Kind`; ids brat has no field for travel in one `AnnotatorNotes` line per annotation as
`key=value` words: `entity=` (mention), `id=` and `speaker=` (quote), `language=` (segment).
brat offsets count code points of the `.txt`; a span cannot cross a line break, so a span that does is
written as fragments (`start end;start end`) between the breaks and read back as first start..last end;
fragments with anything but line breaks between them (a discontinuous annotation) are refused, never
widened. Reading accepts every `.ann` brat accepts (see natopress.export.brat_lines).
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from natopress.corpus import CorpusError, parse
from natopress.export.brat_lines import (
    LINE_BREAKS,
    AnnLine,
    BratError,
    ann_lines,
    contiguous,
    parse_textbound,
    within_line_breaks,
)
from natopress.model import EntityType, MentionKind, QuoteType, Release, SegmentKind, Span

FRAGMENT_RE = re.compile(f"[^{LINE_BREAKS}]+")
SEGMENT_PREFIX, QUOTE_PREFIX = "Seg-", "Quote-"
CUE, SPEAKER = "Cue", "Speaker"
HAS_CUE, HAS_SPEAKER, CONTINUES = "HasCue", "HasSpeaker", "Continues"
KIND_ATTRIBUTE = "Kind"
SKIPPED_KINDS = {"E": "event", "N": "normalisation", "*": "equivalence"}
"""brat line kinds natopress's model has no place for: read, then skipped with a warning."""
NOTE_KEYS = ("entity", "id", "speaker", "language", "bounds")
"""The `key=value` words natopress writes in AnnotatorNotes; other words are free text (skipped)."""
SIDECAR_SUFFIX = ".natopress.json"
"""`<id>.natopress.json` beside the `.ann`: the release without its layers (metadata brat cannot carry)."""


def fragments(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The pieces of `text[start:end]` between line breaks (brat's discontinuous span)."""
    return [(m.start(), m.end()) for m in FRAGMENT_RE.finditer(text, start, end)]


def annotation_conf() -> str:
    """`annotation.conf` declaring every type, relation and attribute the export uses (brat, INCEpTION)."""
    quotes = "|".join(QUOTE_PREFIX + t.value for t in QuoteType)
    entities = "|".join(t.value for t in EntityType)
    lines = [
        "# natopress: written by `natopress export brat`",
        "[entities]",
        *(t.value for t in EntityType),
        *(QUOTE_PREFIX + t.value for t in QuoteType),
        CUE,
        SPEAKER,
        *(SEGMENT_PREFIX + k.value for k in SegmentKind),
        "",
        "[relations]",
        f"{HAS_CUE}\tArg1:{quotes}, Arg2:{CUE}",
        f"{HAS_SPEAKER}\tArg1:{quotes}, Arg2:{SPEAKER}",
        f"{CONTINUES}\tArg1:{quotes}, Arg2:{quotes}",
        "<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>",
        "",
        "[events]",
        "",
        "[attributes]",
        f"{KIND_ATTRIBUTE}\tArg:{entities}, Value:{'|'.join(k.value for k in MentionKind)}",
    ]
    return "\n".join(lines) + "\n"


@dataclass
class _Writer:
    text: str
    lines: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)
    shared: dict[tuple[str, int, int], str] = field(default_factory=dict)

    def textbound(self, label: str, span: Span, note: dict[str, str | None], where: str) -> str:
        frags = fragments(self.text, span.start, span.end)
        if not frags:
            raise BratError(f"{where}: span [{span.start}:{span.end}] holds only line breaks")
        tid = f"T{sum(line.startswith('T') for line in self.lines) + 1}"
        offsets = ";".join(f"{s} {e}" for s, e in frags)
        self.lines.append(f"{tid}\t{label} {offsets}\t{' '.join(self.text[s:e] for s, e in frags)}")
        if (frags[0][0], frags[-1][1]) != (span.start, span.end):
            note = {**note, "bounds": f"{span.start}:{span.end}"}
        words = [f"{k}={v}" for k, v in note.items() if v is not None]
        if words:
            self.notes.append(f"#{len(self.notes) + 1}\tAnnotatorNotes {tid}\t{' '.join(words)}")
        return tid

    def shared_textbound(self, label: str, span: Span, where: str) -> str:
        key = (label, span.start, span.end)
        if key not in self.shared:
            self.shared[key] = self.textbound(label, span, {}, where)
        return self.shared[key]

    def relation(self, label: str, arg1: str, arg2: str) -> None:
        self.extra.append(
            f"R{sum(x.startswith('R') for x in self.extra) + 1}\t{label} Arg1:{arg1} Arg2:{arg2}"
        )


def to_ann(release: Release, text: str, entity_types: Mapping[str, str]) -> str:
    """The `.ann` of one release; `entity_types` maps registry ids to PER/ORG/LOC/MISC."""
    w = _Writer(text)
    for n, seg in enumerate(release.segments):
        w.textbound(SEGMENT_PREFIX + seg.kind.value, seg.span, {"language": seg.language}, f"/segments/{n}")
    quote_tids: dict[str, str] = {}
    for n, quote in enumerate(release.quotes):
        where = f"/quotes/{n}"
        tid = w.textbound(
            QUOTE_PREFIX + quote.type.value, quote.content, {"id": quote.id, "speaker": quote.speaker}, where
        )
        quote_tids[quote.id] = tid
        if quote.cue is not None:
            w.relation(HAS_CUE, tid, w.shared_textbound(CUE, quote.cue, f"{where}/cue"))
        if quote.speaker_mention is not None:
            w.relation(
                HAS_SPEAKER,
                tid,
                w.shared_textbound(SPEAKER, quote.speaker_mention, f"{where}/speaker_mention"),
            )
    for n, quote in enumerate(release.quotes):
        if quote.continues is not None:
            if quote.continues not in quote_tids:
                raise BratError(f"/quotes/{n}/continues: no quote {quote.continues!r} in {release.id}")
            w.relation(CONTINUES, quote_tids[quote.id], quote_tids[quote.continues])
    attributes: list[str] = []
    for n, mention in enumerate(release.mentions):
        if mention.entity not in entity_types:
            raise BratError(f"/mentions/{n}/entity: {mention.entity!r} is not in the registry")
        tid = w.textbound(
            entity_types[mention.entity], mention.span, {"entity": mention.entity}, f"/mentions/{n}"
        )
        attributes.append(f"A{len(attributes) + 1}\t{KIND_ATTRIBUTE} {tid} {mention.kind.value}")
    return "\n".join([*w.lines, *w.extra, *attributes, *w.notes]) + "\n"


# --------------------------------------------------------------------------------------------- reading


@dataclass
class _TextBound:
    label: str
    start: int
    end: int
    line: int
    note: dict[str, str] = field(default_factory=dict)
    kind: str | None = None


def _relation(line: AnnLine, where: str) -> tuple[str, str, str] | None:
    """(type, arg1, arg2) of an R line natopress reads; None for another relation type (ignored)."""
    label, *args = line.data.split()
    if label not in (HAS_CUE, HAS_SPEAKER, CONTINUES):
        return None
    roles = dict(arg.partition(":")[::2] for arg in args)
    if len(args) != 2 or set(roles) != {"Arg1", "Arg2"}:
        raise BratError(f"{where}: expected `R<n>\\t{label} Arg1:T<n> Arg2:T<n>`")
    return label, roles["Arg1"], roles["Arg2"]


def parse_ann(
    ann: str, text: str, name: str, warnings: list[str] | None = None
) -> tuple[dict[str, _TextBound], list[tuple[str, str, str, int]]]:
    """Text-bound annotations by id (with notes and Kind attributes) and relations (type, arg1, arg2, line).

    Reads every line brat's own reader accepts (natopress.export.brat_lines). Lines that carry nothing
    natopress models (events, normalisations, equivalences, other relations and attributes, free-text
    notes) are skipped with a message appended to `warnings`. Raises BratError naming the file and line
    for a line brat would refuse, and for a discontinuous annotation (never widened over the gap).
    """
    bounds: dict[str, _TextBound] = {}
    relations: list[tuple[str, str, str, int]] = []
    pending: list[AnnLine] = []
    skipped: list[str] = []
    for line in ann_lines(ann, name):
        where = f"{name}:{line.number}"
        if line.kind == "T":
            bound = parse_textbound(line, text, where)
            start, end = contiguous(bound, text, where, line.ident)
            bounds[line.ident] = _TextBound(bound.label, start, end, line.number)
        elif line.kind == "R":
            relation = _relation(line, where)
            if relation is None:
                skipped.append(f"{where}: relation {line.data.split()[0]!r}")
            else:
                relations.append((*relation, line.number))
        elif line.kind in "AM#":
            pending.append(line)
        elif line.kind in SKIPPED_KINDS:
            skipped.append(f"{where}: {SKIPPED_KINDS[line.kind]} {line.ident}")
        else:
            raise BratError(
                f"{where}: {line.ident} is no brat annotation (ids start with T, R, E, A, M, N, * or #)"
            )
    for line in pending:
        skipped.extend(_attach(line, bounds, f"{name}:{line.number}"))
    if warnings is not None:
        warnings.extend(f"{item} not read (natopress does not model it)" for item in skipped)
    return bounds, relations


def _attach(line: AnnLine, bounds: dict[str, _TextBound], where: str) -> list[str]:
    """Applies an attribute or note line to its text-bound; what it skipped."""
    parts = line.data.split()
    if len(parts) < 2 or (line.kind == "#" and len(parts) != 2):
        raise BratError(f"{where}: expected `{line.ident}\\tTYPE ID[ VALUE]`, found {line.data!r}")
    target = bounds.get(parts[1])
    if target is None:
        if parts[1][:1] in ("R", "E", "A", "N", "*", "#"):
            return [f"{where}: {parts[0]} on {parts[1]}"]
        raise BratError(f"{where}: refers to no text-bound annotation ({line.data!r})")
    if line.kind == "#":
        if parts[0] != "AnnotatorNotes":
            return [f"{where}: comment {parts[0]!r}"]
        free = []
        for word in line.tail[1:].split():
            key, eq, value = word.partition("=")
            if eq and key in NOTE_KEYS:
                target.note[key] = value
            else:
                free.append(word)
        return [f"{where}: note words {' '.join(free)!r}"] if free else []
    if parts[0] == KIND_ATTRIBUTE and len(parts) == 3:
        target.kind = parts[2]
        return []
    if parts[0] == KIND_ATTRIBUTE:
        raise BratError(f"{where}: expected `{line.ident}\\t{KIND_ATTRIBUTE} T<n> name|nominal`")
    return [f"{where}: attribute {parts[0]!r}"]


def _span(tb: _TextBound, text: str, name: str) -> dict[str, Any]:
    where = f"{name}:{tb.line}"
    start, end = tb.start, tb.end
    if "bounds" in tb.note:
        # the export's note for a span ending in a line break; it may add line breaks, nothing else
        wide = tuple(int(x) for x in tb.note["bounds"].split(":") if x.isdigit())
        if len(wide) != 2 or not within_line_breaks(text, (start, end), (wide[0], wide[1])):
            raise BratError(
                f"{where}: note bounds={tb.note['bounds']} adds more than line breaks to {start} {end}"
            )
        start, end = wide
    return {"start": start, "end": end, "text": text[start:end]}


def _ordered(items: list[tuple[int, dict[str, Any]]]) -> list[dict[str, Any]]:
    """Layer items in id order (the export's order), then stably by start offset (text order)."""
    return [item for _, item in sorted(items, key=lambda pair: pair[0])]


def _number(tid: str) -> int:
    digits = re.sub(r"\D", "", tid)
    return int(digits) if digits else 0


def _links(
    bounds: dict[str, _TextBound], relations: list[tuple[str, str, str, int]], name: str
) -> tuple[dict[str, dict[str, str]], set[str]]:
    """Each quote's linked cue, speaker mention and continued quote (slot -> T id), and every linked id."""
    linked: set[str] = set()
    links: dict[str, dict[str, str]] = {}
    for label, arg1, arg2, number in relations:
        where = f"{name}:{number}"
        if arg1 not in bounds or arg2 not in bounds:
            raise BratError(f"{where}: relation {label} refers to a missing annotation")
        slot = {HAS_CUE: "cue", HAS_SPEAKER: "speaker_mention", CONTINUES: "continues"}.get(label)
        if slot is None or not bounds[arg1].label.startswith(QUOTE_PREFIX):
            raise BratError(
                f"{where}: unsupported relation {label} (expected {HAS_CUE}, {HAS_SPEAKER}, {CONTINUES} from a quote)"
            )
        if slot in links.setdefault(arg1, {}):
            raise BratError(f"{where}: quote {arg1} has a second {label} relation")
        links[arg1][slot] = arg2
        linked.add(arg2)
    return links, linked


def _quote_ids(bounds: dict[str, _TextBound]) -> dict[str, str]:
    """T id -> quote id: the `id=` note, else the next free `q<n>` in T order."""
    quote_ids = {
        tid: tb.note["id"]
        for tid, tb in bounds.items()
        if tb.label.startswith(QUOTE_PREFIX) and "id" in tb.note
    }
    next_id = 1 + max((int(q[1:]) for q in quote_ids.values() if q[1:].isdigit()), default=0)
    for tid in sorted(bounds, key=_number):
        tb = bounds[tid]
        if tb.label.startswith(QUOTE_PREFIX) and tid not in quote_ids:
            quote_ids[tid] = f"q{next_id}"
            next_id += 1
    return quote_ids


def from_ann(ann: str, text: str, base: Release, name: str, warnings: list[str] | None = None) -> Release:
    """The release rebuilt from a `.ann`: layers from brat, everything else (metadata...) from `base`.

    Raises BratError (file and line) for what cannot be read exactly; lines skipped go to `warnings`.
    """
    bounds, relations = parse_ann(ann, text, name, warnings)
    segments, quotes, mentions = [], [], []
    links, linked = _links(bounds, relations, name)
    quote_ids = _quote_ids(bounds)
    for tid, tb in bounds.items():
        where = f"{name}:{tb.line}"
        if tb.label.startswith(SEGMENT_PREFIX):
            item = {
                "kind": tb.label.removeprefix(SEGMENT_PREFIX),
                "span": _span(tb, text, name),
                "language": tb.note.get("language"),
            }
            segments.append((_number(tid), item))
        elif tb.label.startswith(QUOTE_PREFIX):
            link = links.get(tid, {})
            quote = {
                "id": quote_ids[tid],
                "type": tb.label.removeprefix(QUOTE_PREFIX),
                "content": _span(tb, text, name),
                "cue": _span(bounds[link["cue"]], text, name) if "cue" in link else None,
                "speaker": tb.note.get("speaker"),
                "speaker_mention": _span(bounds[link["speaker_mention"]], text, name)
                if "speaker_mention" in link
                else None,
                "continues": quote_ids.get(link["continues"]) if "continues" in link else None,
            }
            if "continues" in link and link["continues"] not in quote_ids:
                raise BratError(f"{where}: {CONTINUES} must point to a quote")
            quotes.append((_number(tid), quote))
        elif tb.label in (CUE, SPEAKER):
            if tid not in linked:
                relation = HAS_CUE if tb.label == CUE else HAS_SPEAKER
                raise BratError(
                    f"{where}: {tb.label} {tid} is linked to no quote (add a {relation} relation from its quote)"
                )
        elif tb.label in {t.value for t in EntityType}:
            if "entity" not in tb.note or tb.kind is None:
                raise BratError(
                    f"{where}: mention {tid} needs a note `entity=<registry id>` and the attribute Kind (name|nominal)"
                )
            mentions.append(
                (_number(tid), {"span": _span(tb, text, name), "entity": tb.note["entity"], "kind": tb.kind})
            )
        else:
            raise BratError(f"{where}: unknown type {tb.label!r} (see annotation.conf)")
    data = base.model_dump(mode="json", by_alias=True)
    data["segments"] = sorted(_ordered(segments), key=lambda s: s["span"]["start"])
    data["quotes"] = sorted(_ordered(quotes), key=lambda q: q["content"]["start"])
    data["mentions"] = sorted(_ordered(mentions), key=lambda m: m["span"]["start"])
    try:
        return parse(Release, json.dumps(data).encode("utf-8"), name)
    except CorpusError as error:
        raise BratError(f"{name}: the annotations do not make a valid release: {error.reason}") from error
