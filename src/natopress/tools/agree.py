"""Inter-annotator agreement between two annotations of one release: span P/R/F1 per layer, Cohen's kappa."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Hashable, Mapping, Sequence
from dataclasses import dataclass

from natopress.matching import Bounds, Scores, match_exact, match_overlap, scores
from natopress.model import Release, Span


@dataclass(frozen=True)
class LabelAgreement:
    """Agreement on a label over matched pairs: observed agreement and Cohen's kappa (None when undefined)."""

    pairs: int
    observed: float | None
    kappa: float | None


def cohen_kappa(labels_a: Sequence[Hashable], labels_b: Sequence[Hashable]) -> float | None:
    """Cohen's kappa of two label sequences; None when empty.

    When both annotators use one and the same label throughout, chance agreement is 1 and kappa is 0/0;
    agreement is then perfect and, by the convention documented in the README, kappa is reported as 1.0.
    """
    if len(labels_a) != len(labels_b):
        raise ValueError("label sequences differ in length")
    n = len(labels_a)
    if n == 0:
        return None
    observed = sum(x == y for x, y in zip(labels_a, labels_b, strict=True)) / n
    count_a, count_b = Counter(labels_a), Counter(labels_b)
    expected = sum(count_a[label] * count_b[label] for label in count_a) / (n * n)
    if expected == 1:
        return 1.0
    return (observed - expected) / (1 - expected)


def label_agreement(labels_a: Sequence[Hashable], labels_b: Sequence[Hashable]) -> LabelAgreement:
    """Observed agreement and kappa over paired labels."""
    n = len(labels_a)
    observed = sum(x == y for x, y in zip(labels_a, labels_b, strict=True)) / n if n else None
    return LabelAgreement(n, observed, cohen_kappa(labels_a, labels_b))


@dataclass(frozen=True)
class LayerAgreement:
    """Span agreement of one layer, on exact and on overlapping matches."""

    layer: str
    exact: Scores
    overlap: Scores


@dataclass(frozen=True)
class Agreement:
    """Everything `natopress agree` reports for one pair of annotations."""

    release_id: str
    layers: tuple[LayerAgreement, ...]
    labels: Mapping[str, LabelAgreement]


def _bounds(spans: Sequence[Span | None]) -> list[Bounds]:
    return [(s.start, s.end) for s in spans if s is not None]


def _unique(spans: Sequence[Span | None]) -> list[Bounds]:
    """Distinct bounds in text order: cues and speaker mentions may be shared by several quotes."""
    return sorted(set(_bounds(spans)))


def layer_spans(release: Release) -> dict[str, list[Bounds]]:
    """The spans of each layer: segments, quotes (content), cues, speaker mentions, mentions."""
    return {
        "segments": _bounds([s.span for s in release.segments]),
        "quotes": _bounds([q.content for q in release.quotes]),
        "cues": _unique([q.cue for q in release.quotes]),
        "speaker_mentions": _unique([q.speaker_mention for q in release.quotes]),
        "mentions": _bounds([m.span for m in release.mentions]),
    }


def _labels(
    pairs: Sequence[tuple[int, int]],
    a: Sequence[object],
    b: Sequence[object],
    key: Callable[[object], Hashable],
) -> LabelAgreement:
    return label_agreement([key(a[i]) for i, _ in pairs], [key(b[j]) for _, j in pairs])


def agree(a: Release, b: Release, entity_types: Mapping[str, str] | None = None) -> Agreement:
    """Agreement of B with A as reference; labels are compared on overlap-matched quotes and mentions.

    Speakers and entities compare as ids, a missing speaker as its own label (`None`). Entity types come
    from `entity_types` (registry id → PER/ORG/LOC/MISC); without it the type row is left out.
    """
    spans_a, spans_b = layer_spans(a), layer_spans(b)
    layers = []
    for name, xs in spans_a.items():
        ys = spans_b[name]
        exact = scores(len(xs), len(ys), len(match_exact(xs, ys)))
        overlap = scores(len(xs), len(ys), len(match_overlap(xs, ys)))
        layers.append(LayerAgreement(name, exact, overlap))
    quote_pairs = match_overlap(spans_a["quotes"], spans_b["quotes"])
    mention_pairs = match_overlap(spans_a["mentions"], spans_b["mentions"])
    labels = {
        "quote type": _labels(quote_pairs, a.quotes, b.quotes, lambda q: str(q.type)),  # type: ignore[attr-defined]
        "quote speaker": _labels(quote_pairs, a.quotes, b.quotes, lambda q: q.speaker),  # type: ignore[attr-defined]
        "mention entity": _labels(mention_pairs, a.mentions, b.mentions, lambda m: m.entity),  # type: ignore[attr-defined]
        "mention kind": _labels(mention_pairs, a.mentions, b.mentions, lambda m: str(m.kind)),  # type: ignore[attr-defined]
    }
    if entity_types is not None:
        types = entity_types
        labels["mention type"] = _labels(
            mention_pairs,
            a.mentions,
            b.mentions,
            lambda m: types.get(m.entity),  # type: ignore[attr-defined]
        )
    return Agreement(a.id, tuple(layers), labels)


# --------------------------------------------------------------------------------------------- rendering


def _fmt(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def render_text(result: Agreement) -> str:
    """A fixed-width table: one row per layer and match mode, then one row per label."""
    lines = [
        f"agreement for {result.release_id} (A is the reference)",
        f"{'layer':<18} {'match':<8} {'A':>5} {'B':>5} {'both':>5} {'P':>6} {'R':>6} {'F1':>6}",
    ]
    for layer in result.layers:
        for mode, s in (("exact", layer.exact), ("overlap", layer.overlap)):
            lines.append(
                f"{layer.layer:<18} {mode:<8} {s.reference:>5} {s.candidate:>5} {s.matched:>5} "
                f"{_fmt(s.precision):>6} {_fmt(s.recall):>6} {_fmt(s.f1):>6}"
            )
    lines.append("")
    lines.append(f"{'label (overlap-matched pairs)':<32} {'pairs':>5} {'observed':>8} {'kappa':>6}")
    for name, agreement in result.labels.items():
        lines.append(
            f"{name:<32} {agreement.pairs:>5} {_fmt(agreement.observed):>8} {_fmt(agreement.kappa):>6}"
        )
    return "\n".join(lines) + "\n"


def to_json_data(result: Agreement) -> dict[str, object]:
    """The result as plain JSON data (render with sorted keys); undefined values are null."""
    return {
        "release": result.release_id,
        "layers": {
            layer.layer: {"exact": vars(layer.exact), "overlap": vars(layer.overlap)}
            for layer in result.layers
        },
        "labels": {name: vars(value) for name, value in result.labels.items()},
    }
