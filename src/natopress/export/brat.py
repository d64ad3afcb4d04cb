"""brat standoff (`.txt` + `.ann`): write a release's layers, and read them back exactly.

Text-bound lines (`T`) carry segments (`Seg-<kind>`), quotes (`Quote-<type>`), cues (`Cue`), speaker
mentions (`Speaker`) and entity mentions (`PER`/`ORG`/`LOC`/`MISC`). Relations link a quote to its cue
(`HasCue`), its speaker mention (`HasSpeaker`) and the quote it continues (`Continues`). A mention's kind
is the attribute `Kind`; ids brat has no field for travel in one `AnnotatorNotes` line per annotation as
`key=value` words: `entity=` (mention), `id=` and `speaker=` (quote), `language=` (segment).
brat offsets count code points of the `.txt`; a span cannot cross a line break, so a span that does is
written as fragments (`start end;start end`) between the breaks and read back as first start..last end.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from natopress.corpus import CorpusError, parse
from natopress.model import EntityType, MentionKind, QuoteType, Release, SegmentKind, Span

LINE_BREAKS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
"""Characters that end a line for str.splitlines(): a brat fragment never contains one."""
FRAGMENT_RE = re.compile(f"[^{LINE_BREAKS}]+")
SEGMENT_PREFIX, QUOTE_PREFIX = "Seg-", "Quote-"
CUE, SPEAKER = "Cue", "Speaker"
HAS_CUE, HAS_SPEAKER, CONTINUES = "HasCue", "HasSpeaker", "Continues"
KIND_ATTRIBUTE = "Kind"
SIDECAR_SUFFIX = ".natopress.json"
"""`<id>.natopress.json` beside the `.ann`: the release without its layers (metadata brat cannot carry)."""


class BratError(Exception):
    """A release cannot be written to, or read from, brat standoff; the message says where and why."""


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
    attributes = []
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


def _parse_textbound(rest: str, text: str, where: str) -> tuple[str, int, int]:
    head, sep, shown = rest.partition("\t")
    label, _, offsets = head.partition(" ")
    try:
        frags = [tuple(int(x) for x in part.split(" ")) for part in offsets.split(";")]
        if any(len(f) != 2 or f[0] >= f[1] or f[1] > len(text) for f in frags):
            raise ValueError
    except ValueError:
        raise BratError(
            f"{where}: expected `T<n>\\tTYPE START END[;START END]\\tTEXT`, found offsets {offsets!r}"
        ) from None
    expected = " ".join(text[s:e] for s, e in frags)
    if sep and shown != expected:
        raise BratError(f"{where}: text {shown!r} does not match the .txt at {offsets} ({expected!r})")
    return label, frags[0][0], frags[-1][1]


def parse_ann(
    ann: str, text: str, name: str
) -> tuple[dict[str, _TextBound], list[tuple[str, str, str, int]]]:
    """Text-bound annotations by id (with notes and Kind attributes) and relations (type, arg1, arg2, line)."""
    bounds: dict[str, _TextBound] = {}
    relations: list[tuple[str, str, str, int]] = []
    pending: list[tuple[str, str, int]] = []
    for number, line in enumerate(ann.split("\n"), start=1):
        if not line.strip():
            continue
        where = f"{name}:{number}"
        ident, _, rest = line.partition("\t")
        if ident.startswith("T"):
            label, start, end = _parse_textbound(rest, text, where)
            bounds[ident] = _TextBound(label, start, end, number)
        elif ident.startswith("R"):
            match = re.fullmatch(r"(\S+) Arg1:(\S+) Arg2:(\S+)", rest)
            if match is None:
                raise BratError(f"{where}: expected `R<n>\\tTYPE Arg1:T<n> Arg2:T<n>`")
            relations.append((match[1], match[2], match[3], number))
        elif ident.startswith(("A", "M")):
            pending.append(("attr", rest, number))
        elif ident.startswith("#"):
            pending.append(("note", rest, number))
        else:
            raise BratError(
                f"{where}: unsupported annotation {ident!r} (natopress reads T, R, A and # lines)"
            )
    for what, rest, number in pending:
        where = f"{name}:{number}"
        head, _, body = rest.partition("\t")
        parts = head.split(" ")
        target = bounds.get(parts[1]) if len(parts) > 1 else None
        if target is None:
            raise BratError(f"{where}: refers to no text-bound annotation ({head!r})")
        if what == "note":
            for word in body.split():
                key, eq, value = word.partition("=")
                if not eq:
                    raise BratError(f"{where}: note word {word!r} is not `key=value`")
                target.note[key] = value
        elif parts[0] == KIND_ATTRIBUTE and len(parts) == 3:
            target.kind = parts[2]
        else:
            raise BratError(f"{where}: unsupported attribute {head!r} (expected `Kind T<n> name|nominal`)")
    return bounds, relations


def _span(tb: _TextBound, text: str) -> dict[str, Any]:
    start, end = tb.start, tb.end
    if "bounds" in tb.note:
        start, end = (int(x) for x in tb.note["bounds"].split(":"))
    return {"start": start, "end": end, "text": text[start:end]}


def _ordered(items: list[tuple[int, dict[str, Any]]]) -> list[dict[str, Any]]:
    """Layer items in id order (the export's order), then stably by start offset (text order)."""
    return [item for _, item in sorted(items, key=lambda pair: pair[0])]


def _number(tid: str) -> int:
    digits = re.sub(r"\D", "", tid)
    return int(digits) if digits else 0


def from_ann(ann: str, text: str, base: Release, name: str) -> Release:
    """The release rebuilt from a `.ann`: layers from brat, everything else (metadata...) from `base`."""
    bounds, relations = parse_ann(ann, text, name)
    segments, quotes, mentions = [], [], []
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
    for tid, tb in bounds.items():
        where = f"{name}:{tb.line}"
        if tb.label.startswith(SEGMENT_PREFIX):
            item = {
                "kind": tb.label.removeprefix(SEGMENT_PREFIX),
                "span": _span(tb, text),
                "language": tb.note.get("language"),
            }
            segments.append((_number(tid), item))
        elif tb.label.startswith(QUOTE_PREFIX):
            link = links.get(tid, {})
            quote = {
                "id": quote_ids[tid],
                "type": tb.label.removeprefix(QUOTE_PREFIX),
                "content": _span(tb, text),
                "cue": _span(bounds[link["cue"]], text) if "cue" in link else None,
                "speaker": tb.note.get("speaker"),
                "speaker_mention": _span(bounds[link["speaker_mention"]], text)
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
                (_number(tid), {"span": _span(tb, text), "entity": tb.note["entity"], "kind": tb.kind})
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
