"""The check page's edited release as plain JSON: item keys, text order, quote ids, suggestions, search.

Pure functions over dicts (no I/O): the page sends a release whose segments, quotes and mentions each
carry a `_key` (`segment:3`, `quote:q2`, `mention:7` for a suggestion of the draft, `new:N` for one the
person added), so that decisions and findings stay tied to an item however the lists are reordered.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

KEY = "_key"
"""The page's item key; stripped before a release is validated or written."""
LAYERS = ("segments", "quotes", "mentions")
"""The release's annotation lists, in the order of the JSON document."""
FACTS = ("title", "published", "updated", "event_date")
"""Metadata facts a draft suggests, each keyed `metadata:<field>`."""
DECISIONS = frozenset({"accepted", "corrected", "rejected"})
"""What a person can decide about one suggestion."""

Json = dict[str, Any]


def suggestion_keys(release: Mapping[str, Any]) -> list[str]:
    """The key of every suggestion of a draft: each segment, quote, mention and non-null metadata fact.

    Segments and mentions are keyed by index (`segment:0`), quotes by id (`quote:q1`).
    """
    keys = [f"segment:{i}" for i in range(len(release.get("segments", [])))]
    keys += [f"quote:{q.get('id')}" for q in release.get("quotes", [])]
    keys += [f"mention:{i}" for i in range(len(release.get("mentions", [])))]
    metadata = release.get("metadata", {})
    keys += [f"metadata:{name}" for name in FACTS if metadata.get(name) is not None]
    return keys


def with_keys(release: Mapping[str, Any], origins: Mapping[str, Sequence[str]] | None = None) -> Json:
    """A copy of `release` whose list items carry `_key`: from `origins` (by list) or fresh suggestion keys."""
    keyed: Json = dict(release)
    for layer in LAYERS:
        items = release.get(layer, [])
        given = list((origins or {}).get(layer, []))
        if len(given) != len(items):
            singular = layer.removesuffix("s")
            given = [
                f"quote:{i.get('id')}" if layer == "quotes" else f"{singular}:{n}"
                for n, i in enumerate(items)
            ]
        keyed[layer] = [{**item, KEY: key} for item, key in zip(items, given, strict=True)]
    return keyed


def _order(item: object, span_field: str) -> tuple[int, int]:
    span = item.get(span_field) if isinstance(item, Mapping) else None
    if not isinstance(span, Mapping):
        return (0, 0)
    start, end = span.get("start"), span.get("end")
    if not isinstance(start, int) or not isinstance(end, int):
        return (0, 0)
    return (start, -end)


def normalized(release: Mapping[str, Any]) -> tuple[Json, dict[str, list[str]]]:
    """`release` in text order without `_key`, quotes renumbered `q1`, `q2`… (`continues` followed), and
    the item keys of each list in that order.

    Order (ANNOTATION_GUIDELINES.md §0.4): by start, longer span first; quotes by the start of their content.
    """
    out: Json = dict(release)
    origins: dict[str, list[str]] = {}
    spans = {"segments": "span", "quotes": "content", "mentions": "span"}
    for layer in LAYERS:
        given = release.get(layer, [])
        if not isinstance(given, list):  # left as sent: the validator's schema layer says what is wrong
            origins[layer] = []
            continue
        items = [dict(i) if isinstance(i, Mapping) else i for i in given]
        field = spans[layer]
        items.sort(key=lambda i: _order(i, field))
        origins[layer] = [str(i.pop(KEY, "")) if isinstance(i, dict) else "" for i in items]
        out[layer] = items
    quotes = [q for q in out.get("quotes", []) if isinstance(q, dict)] if origins["quotes"] else []
    renumber = {q.get("id"): f"q{n}" for n, q in enumerate(quotes, start=1)}
    for quote in quotes:
        quote["id"] = renumber.get(quote.get("id"), quote.get("id"))
        if quote.get("continues") is not None:
            quote["continues"] = renumber.get(quote["continues"], quote["continues"])
    return out, origins


def key_of_pointer(pointer: str, origins: Mapping[str, Sequence[str]]) -> str | None:
    """The item key a finding's JSON pointer concerns (`/mentions/9/span` -> the 10th mention's key)."""
    parts = pointer.strip("/").split("/")
    if len(parts) >= 2 and parts[0] in origins and parts[1].isdigit():
        keys = origins[parts[0]]
        index = int(parts[1])
        return keys[index] if index < len(keys) else None
    if len(parts) >= 2 and parts[0] == "metadata" and parts[1] in FACTS:
        return f"metadata:{parts[1]}"
    return None


def pending(suggestions: Iterable[str], decisions: Mapping[str, str]) -> list[str]:
    """The suggestions no person has accepted, corrected or rejected yet, in their order."""
    return [key for key in suggestions if decisions.get(key) not in DECISIONS]


def _fold(text: str) -> str:
    """Lower case without accents, so `varga` finds `Várga` and `otan` finds `OTAN`."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def search_entities(entities: Sequence[Mapping[str, Any]], query: str, limit: int = 20) -> list[Json]:
    """Registry entities whose id, name or an alias contains `query` (case and accents ignored).

    Exact and prefix matches first, then by id; at most `limit` entities, each as {id, type, name, aliases}.
    """
    wanted = _fold(query.strip())
    scored = []
    for entity in entities:
        forms = [_fold(str(entity.get("id", ""))), _fold(str(entity.get("name", "")))]
        forms += [_fold(str(a)) for a in entity.get("aliases", [])]
        if wanted and not any(wanted in form for form in forms):
            continue
        rank = 0 if wanted in forms else 1 if any(f.startswith(wanted) for f in forms) else 2
        scored.append((rank, str(entity.get("id", "")), entity))
    scored.sort(key=lambda s: (s[0], s[1]))
    return [{k: entity.get(k) for k in ("id", "type", "name", "aliases")} for _, _, entity in scored[:limit]]
