"""`natopress review`: one release rendered as a self-contained HTML page (inline CSS and JS, no network)."""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from natopress.corpus import Document
from natopress.model import AnnotationStatus, Entity, Registry, Release

_HERE = Path(__file__).resolve().parent
LAYER_RANK = {"segment": 0, "quote": 1, "cue": 2, "speaker": 3, "mention": 4}
"""Nesting order for spans with the same start and end: segments outermost, entity mentions innermost."""


@dataclass(frozen=True)
class Mark:
    """One highlighted annotation: layer, span, kind, id and the hover text."""

    layer: str
    start: int
    end: int
    kind: str
    ident: str
    title: str
    entity: str | None = None
    link: str | None = None
    """For a nominal mention: the name of whom it is linked to, shown inline after it (CSS `attr()`)."""
    proposed: bool = False
    """True when the entity is one the draft proposes, not a registry entity."""


def _entities(release: Release, registry: Registry | None) -> dict[str, Entity]:
    """Registry entities and the release's proposed ones (natopress ingest) by id."""
    known = [] if registry is None else registry.entities
    return {e.id: e for e in [*release.proposed_entities, *known]}


def _names(registry: Registry | None, release: Release | None = None) -> dict[str, str]:
    known = [] if registry is None else registry.entities
    proposed = [] if release is None else release.proposed_entities
    return {e.id: e.name for e in [*proposed, *known]}


def _who(entity: str | None, names: dict[str, str]) -> str:
    if entity is None:
        return "unknown"
    return f"{entity} ({names[entity]})" if entity in names else entity


def marks(release: Release, registry: Registry | None = None) -> list[Mark]:
    """Every annotation of the release as a mark, in text order."""
    names, proposed = _names(registry, release), {e.id for e in release.proposed_entities}
    found = [
        Mark("segment", s.span.start, s.span.end, s.kind.value, f"s{n}",
             f"s{n} · segment {s.kind.value}" + (f" · language {s.language}" if s.language else ""))
        for n, s in enumerate(release.segments, start=1)
    ]  # fmt: skip
    for q in release.quotes:
        about = f"{q.id} · {q.type.value} quote · speaker {_who(q.speaker, names)}"
        about += "".join(f" and {_who(s, names)}" for s in q.co_speakers)
        if q.continues:
            about += f" · continues {q.continues}"
        found.append(Mark("quote", q.content.start, q.content.end, q.type.value, q.id, about, q.speaker))
        if q.cue is not None:
            found.append(Mark("cue", q.cue.start, q.cue.end, "cue", q.id, f"{q.id} · cue", q.speaker))
        if q.speaker_mention is not None:
            sm = q.speaker_mention
            found.append(Mark("speaker", sm.start, sm.end, "speaker", q.id,
                              f"{q.id} · speaker mention · {_who(q.speaker, names)}", q.speaker))  # fmt: skip
    types = {e.id: e.type.value for e in _entities(release, registry).values()}
    for n, m in enumerate(release.mentions, start=1):
        kind, new = types.get(m.entity, "unknown"), m.entity in proposed
        about = f"m{n} · {kind} · {_who(m.entity, names)} · {m.kind.value}" + (" · PROPOSED" if new else "")
        link = names.get(m.entity, m.entity) if m.kind.value == "nominal" else None
        found.append(Mark("mention", m.span.start, m.span.end, kind, f"m{n}", about, m.entity, link, new))
    return sorted(found, key=lambda k: (k.start, -k.end, LAYER_RANK[k.layer]))


def _open_tag(mark: Mark, part: int) -> str:
    status = " proposed" if mark.proposed else ""
    attributes = {
        "class": f"hl {mark.layer} {mark.layer}-{mark.kind}{status}" + (" linked" if mark.link else ""),
        "data-layer": mark.layer,
        "data-kind": mark.kind,
        "data-id": mark.ident,
        "data-start": str(mark.start),
        "data-end": str(mark.end),
        "data-part": str(part),
        "title": mark.title,
    }
    if mark.entity is not None:
        attributes["data-entity"] = mark.entity
    if mark.link is not None:
        attributes["data-link"] = f"→ {mark.link}"
    rendered = " ".join(f'{key}="{html.escape(value, quote=True)}"' for key, value in attributes.items())
    return f"<span {rendered}>"


def _escape_text(text: str) -> str:
    # A character reference keeps a CR in the DOM; a raw CR would be folded into LF by the HTML parser.
    return html.escape(text, quote=False).replace("\r", "&#13;")


def highlighted(text: str, found: Sequence[Mark]) -> str:
    """`text` as HTML with a `<span>` per mark; a mark crossing another is split into parts (`data-part`)."""
    valid = [m for m in found if 0 <= m.start < m.end <= len(text)]
    boundaries = sorted({0, len(text), *(m.start for m in valid), *(m.end for m in valid)})
    starting: dict[int, list[Mark]] = {}
    for mark in valid:
        starting.setdefault(mark.start, []).append(mark)
    parts: dict[int, int] = {}
    stack: list[Mark] = []
    out: list[str] = []
    for index, position in enumerate(boundaries):
        if any(m.end == position for m in stack):
            deepest = min(i for i, m in enumerate(stack) if m.end == position)
            reopen = [m for m in stack[deepest:] if m.end != position]
            out.append("</span>" * (len(stack) - deepest))
            del stack[deepest:]
            for mark in reopen:
                parts[id(mark)] += 1
                out.append(_open_tag(mark, parts[id(mark)]))
                stack.append(mark)
        for mark in starting.get(position, []):
            parts[id(mark)] = 0
            out.append(_open_tag(mark, 0))
            stack.append(mark)
        if index + 1 < len(boundaries):
            out.append(_escape_text(text[position : boundaries[index + 1]]))
    out.append("</span>" * len(stack))
    return "".join(out)


def _row(cells: Sequence[str], attributes: str = "") -> str:
    return f"<tr{attributes}>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>"


def _quotes_table(release: Release, names: dict[str, str]) -> str:
    rows = []
    for q in release.quotes:
        speakers = " and ".join(_who(s, names) for s in [q.speaker, *q.co_speakers] if s) or "unknown"
        rows.append(_row([
            html.escape(q.id), html.escape(q.type.value), html.escape(q.content.text),
            html.escape(q.cue.text) if q.cue else "—",
            html.escape(speakers),
            html.escape(q.speaker_mention.text) if q.speaker_mention else "—",
            html.escape(q.continues or "—"),
        ], f' class="quote-row quote-{html.escape(q.type.value)}" data-id="{html.escape(q.id)}"'))  # fmt: skip
    head = "<tr><th>id</th><th>type</th><th>content</th><th>cue</th><th>speaker</th><th>mention</th><th>cont.</th></tr>"
    return f'<table id="quotes">{head}{"".join(rows)}</table>'


def _entities_table(release: Release, registry: Registry | None) -> str:
    counts: dict[str, int] = {}
    for mention in release.mentions:
        counts[mention.entity] = counts.get(mention.entity, 0) + 1
    entities, proposed = _entities(release, registry), {e.id for e in release.proposed_entities}
    rows = []
    for entity_id, count in sorted(counts.items()):
        entity = entities.get(entity_id)
        kind = entity.type.value if entity else "unknown"
        name = entity.name if entity else "not in the registry"
        status = "proposed" if entity_id in proposed else ("registry" if entity else "unknown")
        rows.append(_row([html.escape(entity_id), html.escape(kind), html.escape(name), status, str(count)],
                         f' class="entity-row entity-{status}" data-entity="{html.escape(entity_id)}"'))  # fmt: skip
    head = "<tr><th>entity</th><th>type</th><th>name</th><th>status</th><th>mentions</th></tr>"
    return f'<table id="entities">{head}{"".join(rows)}</table>'


def _metadata_table(release: Release) -> str:
    meta = release.metadata
    facts = {
        "id": release.id,
        "title": meta.title.value if meta.title else None,
        "published": meta.published.value.isoformat() if meta.published else None,
        "updated": meta.updated.value.isoformat() if meta.updated else None,
        "event date": meta.event_date.value.isoformat() if meta.event_date else None,
        "language": meta.language,
        "kind": meta.document_kind.value,
        "url": meta.provenance.url,
        "status": release.annotation.status.value,
        "checked by": ", ".join(release.annotation.checked_by) or None,
        "checked on": release.annotation.checked_on.isoformat() if release.annotation.checked_on else None,
    }
    rows = [
        _row([html.escape(k), html.escape(v) if v is not None else "<i>unknown</i>"])
        for k, v in facts.items()
    ]
    return f'<table id="metadata">{"".join(rows)}</table>'


def render_html(document: Document, registry: Registry | None = None) -> str:
    """The review page of one release: highlighted text, quotes and metadata tables, draft banner."""
    release, names = document.release, _names(registry, document.release)
    banner = ""
    if release.annotation.status is not AnnotationStatus.CHECKED:
        banner = '<div id="draft-banner" class="banner">DRAFT: not yet checked by a person. Every span is a suggestion.</div>'
    notes = release.annotation.notes
    legend = (
        '<p class="legend"><span class="hl quote quote-direct">direct</span> '
        '<span class="hl quote quote-indirect">indirect</span> <span class="hl quote quote-mixed">mixed</span> '
        '<span class="hl cue">cue</span> <span class="hl speaker">speaker</span> '
        '<span class="hl mention mention-PER">PER</span> <span class="hl mention mention-ORG">ORG</span> '
        '<span class="hl mention mention-LOC">LOC</span> <span class="hl mention mention-MISC">MISC</span> '
        '<span class="hl mention mention-PER proposed">proposed entity</span> '
        "· segments: title, date-block, body, caption, chrome (shaded)</p>"
    )
    css = (_HERE / "review.css").read_text("utf-8")
    script = (_HERE / "review.js").read_text("utf-8")
    return f"""<!DOCTYPE html>
<html lang="{html.escape(release.metadata.language)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'">
<title>{html.escape(release.id)} · natopress review</title>
<style>{css}</style>
</head>
<body>
{banner}
<header><h1>{html.escape(release.id)}</h1>{legend}</header>
<main>
<section id="text-panel"><div id="text" class="text">{highlighted(document.text, marks(release, registry))}</div></section>
<aside id="side">
<div id="hover-info">Hover a highlighted span to see its ids.</div>
<h2>Quotes ({len(release.quotes)})</h2>{_quotes_table(release, names)}
<h2>Entities ({len({m.entity for m in release.mentions})})</h2>{_entities_table(release, registry)}
<h2>Metadata</h2>{_metadata_table(release)}
{f"<h2>Notes</h2><p class='notes'>{html.escape(notes)}</p>" if notes else ""}
</aside>
</main>
<script>{script}</script>
</body>
</html>
"""
