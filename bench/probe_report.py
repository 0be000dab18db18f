"""The table every class probe prints: recall per class of synthetic positives, and how many of
their benign twins the filter flags (``-v`` lists each miss and each flagged twin)."""

from __future__ import annotations

from collections.abc import Iterable

from handoff.privacy import scan_text

Class = tuple[str, list[str], list[str]]
"""(class name, positives the filter must reject, benign twins it must accept)."""


def report(classes: Iterable[Class], argv: list[str], width: int = 24) -> int:
    verbose = "-v" in argv
    total = hit = benign = flagged = 0
    print(f"{'class':<{width}} {'recall':>12} {'benign flagged':>16}")
    for name, positives, twins in classes:
        found = [t for t in positives if scan_text(t)]
        bad = [t for t in twins if scan_text(t)]
        total += len(positives)
        hit += len(found)
        benign += len(twins)
        flagged += len(bad)
        print(f"{name:<{width}} {len(found):>5}/{len(positives):<6} {len(bad):>8}/{len(twins):<7}")
        if verbose:
            for t in positives:
                if t not in found:
                    print("  miss:", repr(t)[:140])
            for t in bad:
                print("  FP:  ", repr(t)[:140])
    print(f"{'all':<{width}} {hit:>5}/{total:<6} {flagged:>8}/{benign:<7}  recall {100 * hit / total:.1f} %")
    return 0
