"""Precision and recall of `natopress ingest`'s suggestions against the checked annotations of a corpus.

Run: `python -m natopress.draft.quality [--root DIR]`. Each checked release's text is
drafted again (with its URL and the corpus registry) and compared layer by layer.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from natopress.corpus import Corpus, CorpusError
from natopress.draft.ingest import draft_release
from natopress.model import AnnotationStatus, Release


@dataclass(frozen=True)
class Score:
    """Counts of one comparison: true positives among suggestions, suggestions, gold items."""

    name: str
    hits: int
    suggested: int
    gold: int
    gold_hits: int | None = None
    """Gold items matched (differs from `hits` only for overlap matching)."""

    @property
    def precision(self) -> float:
        """Matched suggestions / suggestions (1.0 when nothing was suggested)."""
        return self.hits / self.suggested if self.suggested else 1.0

    @property
    def recall(self) -> float:
        """Found gold items / gold items (1.0 when there is no gold item)."""
        matched = self.hits if self.gold_hits is None else self.gold_hits
        return matched / self.gold if self.gold else 1.0


def exact(name: str, suggested: Iterable[tuple], gold: Iterable[tuple]) -> Score:
    """Exact matching of hashable keys (as multisets are rare here, as sets)."""
    s, g = set(suggested), set(gold)
    return Score(name, len(s & g), len(s), len(g))


def overlapping(name: str, suggested: Sequence[tuple[int, int]], gold: Sequence[tuple[int, int]]) -> Score:
    """A suggestion counts when it overlaps some gold span; a gold span is found when some suggestion overlaps it."""

    def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
        """True when the two end-exclusive ranges share a code point."""
        return a[0] < b[1] and b[0] < a[1]

    hits = sum(any(overlaps(s, g) for g in gold) for s in suggested)
    found = sum(any(overlaps(s, g) for s in suggested) for g in gold)
    return Score(name, hits, len(suggested), len(gold), found)


def compare(draft: Release, gold: Release) -> list[Score]:
    """Per-layer scores of one draft against its checked annotation."""
    quotes_d = [(q.content.start, q.content.end) for q in draft.quotes]
    quotes_g = [(q.content.start, q.content.end) for q in gold.quotes]
    gold_quotes = {(q.content.start, q.content.end): q for q in gold.quotes}
    same_span = [
        (q, gold_quotes[(q.content.start, q.content.end)])
        for q in draft.quotes
        if (q.content.start, q.content.end) in gold_quotes
    ]
    meta_fields = ("title", "published", "updated", "event_date")
    return [
        exact("segments (kind+span)", [(s.kind, s.span.start, s.span.end) for s in draft.segments],
              [(s.kind, s.span.start, s.span.end) for s in gold.segments]),
        exact("quotes: exact content span", quotes_d, quotes_g),
        overlapping("quotes: overlapping content", quotes_d, quotes_g),
        Score("quotes: type, same span", sum(d.type == g.type for d, g in same_span), len(same_span), len(same_span)),
        Score("quotes: speaker, same span", sum(d.speaker == g.speaker for d, g in same_span), len(same_span), len(same_span)),
        exact("quotes: cue span", [(q.cue.start, q.cue.end) for q in draft.quotes if q.cue],
              [(q.cue.start, q.cue.end) for q in gold.quotes if q.cue]),
        exact("mentions (span+entity)", [(m.span.start, m.span.end, m.entity) for m in draft.mentions],
              [(m.span.start, m.span.end, m.entity) for m in gold.mentions]),
        exact("mentions: names only", [(m.span.start, m.span.end, m.entity) for m in draft.mentions if m.kind == "name"],
              [(m.span.start, m.span.end, m.entity) for m in gold.mentions if m.kind == "name"]),
        exact("metadata: title/dates", [(f, _value(draft, f)) for f in meta_fields if _value(draft, f) is not None],
              [(f, _value(gold, f)) for f in meta_fields if _value(gold, f) is not None]),
    ]  # fmt: skip


def _value(release: Release, field: str) -> object:
    fact = getattr(release.metadata, field)
    return None if fact is None else fact.value


def totals(scores: Iterable[Score]) -> list[Score]:
    """Scores of the same name summed over releases, in first-seen order."""
    summed: dict[str, Score] = {}
    for s in scores:
        old = summed.get(s.name)
        if old is None:
            summed[s.name] = s
        else:
            gold_hits = None if s.gold_hits is None else (old.gold_hits or 0) + s.gold_hits
            summed[s.name] = Score(
                s.name, old.hits + s.hits, old.suggested + s.suggested, old.gold + s.gold, gold_hits
            )
    return list(summed.values())


def evaluate(corpus: Corpus) -> list[Score]:
    """Scores summed over every checked release of the corpus."""
    registry = corpus.load_registry()
    scores: list[Score] = []
    for document in corpus.documents():
        gold = document.release
        if gold.annotation.status is not AnnotationStatus.CHECKED:
            continue
        provenance = gold.metadata.provenance
        draft = draft_release(
            document.text,
            registry=registry,
            url=provenance.url,
            release_id=gold.id,
            original_filename=provenance.original_filename,
        )
        scores.extend(compare(draft, gold))
    return totals(scores)


def render(scores: Sequence[Score]) -> str:
    """A plain-text table: layer, matched, suggested, gold, precision, recall."""
    lines = [f"{'layer':32} {'match':>5} {'sugg':>5} {'gold':>5} {'P':>6} {'R':>6}"]
    for s in scores:
        matched = s.hits if s.gold_hits is None else s.gold_hits
        lines.append(
            f"{s.name:32} {matched:5d} {s.suggested:5d} {s.gold:5d} {s.precision:6.2f} {s.recall:6.2f}"
        )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """Prints the table for `--root` (default: ./annotations)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=None, metavar="DIR", help="corpus folder")
    args = parser.parse_args(argv)
    try:
        print(render(evaluate(Corpus.at(args.root))))
    except CorpusError as error:
        print(f"suggestion_quality: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
