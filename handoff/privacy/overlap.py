"""Overlap resolution: which of a text's hits become findings.

Why a module of its own: every layer adds hits (category, priority, span, rule id) without
looking at the others; the resolution keeps, per category and strongest first, the hits that
overlap none already kept. ``kept_spans`` and ``overlaps`` answer the same question early, so
that the assignment layers need not judge a value a stronger hit already covers.

``bisect`` is imported inside the functions, not here: it loads a shared library (~0.4 ms of a
CLI call's start-up), and a clean note seldom has a hit to resolve (an import of a loaded module
costs ~0.5 µs a call).
"""

from __future__ import annotations

from handoff.errors import Finding
from handoff.privacy.dispatch import _Hit
from handoff.privacy.rules import ASSIGNMENT, RULES

_ASSIGN_CATEGORY = RULES[[r.kind for r in RULES].index(ASSIGNMENT)].category
_ASSIGN_PRIORITY = min(r.priority for r in RULES if r.kind == ASSIGNMENT)
assert all(r.category == _ASSIGN_CATEGORY for r in RULES if r.kind == ASSIGNMENT)


def _kept_spans(hits: list[_Hit], category: str, below: int) -> tuple[list[int], list[int]]:
    """The spans ``_resolve`` will keep among the hits stronger than ``below``: they are resolved
    before any weaker hit, so whatever overlaps them is dropped whatever it is."""
    strong = [h for h in hits if h[0] == category and h[1] < below]
    if not strong:
        return [], []
    from bisect import bisect_left

    if len(strong) > 1:
        strong.sort(key=lambda h: (h[1], h[2], h[2] - h[3]))
    starts: list[int] = []
    ends: list[int] = []
    for _, _, start, end, _ in strong:
        i = bisect_left(starts, end)
        if (i and ends[i - 1] > start) or (i < len(starts) and starts[i] < end):
            continue
        if start == end and i < len(starts) and starts[i] == start:
            continue
        starts.insert(i, start)
        ends.insert(i, end)
    return starts, ends


def _overlaps(spans: tuple[list[int], list[int]], start: int, end: int) -> bool:
    """Whether ``_resolve`` would drop a non-empty span ``start:end`` for overlapping these."""
    starts, ends = spans
    if not starts:
        return False
    from bisect import bisect_left

    i = bisect_left(starts, end)
    return bool(i and ends[i - 1] > start) or (i < len(starts) and starts[i] < end)


def _resolve(hits: list[_Hit], path: str) -> list[Finding]:
    """Per category, strongest first: drop a hit that overlaps one already kept."""
    if len(hits) == 1:
        h = hits[0]
        return [Finding(path, h[4], h[2], h[3])]
    from bisect import bisect_left

    hits.sort(key=lambda h: (h[0], h[1], h[2], h[2] - h[3]))
    kept: list[_Hit] = []
    starts: dict[str, list[int]] = {}
    ends: dict[str, list[int]] = {}
    for h in hits:
        category, _, start, end, _ = h
        cs = starts.setdefault(category, [])
        ce = ends.setdefault(category, [])
        i = bisect_left(cs, end)  # kept spans are disjoint: only the one before can overlap
        if i and ce[i - 1] > start:
            continue
        if i < len(cs) and cs[i] < end:
            continue
        if start == end and i < len(cs) and cs[i] == start:
            continue
        cs.insert(i, start)
        ce.insert(i, end)
        kept.append(h)
    kept.sort(key=lambda h: (h[2], h[3], h[4]))
    return [Finding(path, h[4], h[2], h[3]) for h in kept]
