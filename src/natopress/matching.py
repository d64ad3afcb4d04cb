"""Span matching and scores, shared by `natopress diff`, `natopress agree` and `natopress quality`.

Spans are `(start, end)` bounds in code points, end-exclusive. Matching is one-to-one: exact (identical
bounds) or by overlap (greedy, largest overlap first). Precision, recall and F1 follow the usual
definitions (e.g. Manning, Raghavan & Schütze, *Introduction to Information Retrieval*, 2008, section 8.3);
a ratio 0/0 is undefined (None), never 0 or 1.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from typing import TypeVar

Bounds = tuple[int, int]
"""A span's `(start, end)`: code points, end-exclusive."""

K = TypeVar("K", bound=Hashable)


def overlap(a: Bounds, b: Bounds) -> int:
    """How many code points two end-exclusive spans share (0 when they are disjoint or only touch)."""
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def match_exact(a: Sequence[K], b: Sequence[K]) -> list[tuple[int, int]]:
    """One-to-one pairs (index in a, index in b) of equal keys (e.g. bounds), in order of a.

    Each item of `a` takes the earliest still free equal item of `b`.
    """
    free: dict[K, list[int]] = {}
    for j, key in enumerate(b):
        free.setdefault(key, []).append(j)
    pairs = []
    for i, key in enumerate(a):
        if free.get(key):
            pairs.append((i, free[key].pop(0)))
    return pairs


def match_overlap(a: Sequence[Bounds], b: Sequence[Bounds]) -> list[tuple[int, int]]:
    """One-to-one pairs (index in a, index in b), sorted, greedy by largest overlap (at least 1 code point).

    Ties go to the earlier item of a, then the earlier item of b.
    """
    candidates = sorted(
        ((size, i, j) for i, x in enumerate(a) for j, y in enumerate(b) if (size := overlap(x, y)) > 0),
        key=lambda t: (-t[0], t[1], t[2]),
    )
    used_a: set[int] = set()
    used_b: set[int] = set()
    pairs = []
    for _, i, j in candidates:
        if i not in used_a and j not in used_b:
            used_a.add(i)
            used_b.add(j)
            pairs.append((i, j))
    return sorted(pairs)


def overlapping_any(a: Sequence[Bounds], b: Sequence[Bounds]) -> int:
    """How many spans of `a` overlap at least one span of `b` (not one-to-one: a coverage count)."""
    return sum(any(overlap(x, y) > 0 for y in b) for x in a)


def ratio(numerator: int, denominator: int) -> float | None:
    """numerator / denominator, or None (undefined) when the denominator is 0."""
    return numerator / denominator if denominator else None


@dataclass(frozen=True)
class Scores:
    """Precision, recall and F1 of a candidate set against a reference set; None where a ratio is 0/0."""

    reference: int
    candidate: int
    matched: int
    precision: float | None
    recall: float | None
    f1: float | None


def scores(reference: int, candidate: int, matched: int) -> Scores:
    """P = matched/candidate, R = matched/reference, F1 = 2·matched/(reference+candidate); 0/0 is None."""
    return Scores(
        reference,
        candidate,
        matched,
        ratio(matched, candidate),
        ratio(matched, reference),
        ratio(2 * matched, reference + candidate),
    )
