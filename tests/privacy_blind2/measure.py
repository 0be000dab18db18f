"""Measure handoff's privacy filter against the blind2 corpus, once, without tuning.

Runs `handoff.privacy.scan_text(text)` on every line of corpus.jsonl; a non-empty list of
findings means "flagged". Prints recall for `secret` and `prompt` lines (share flagged) and
the false-positive rate for `benign` lines (share flagged), overall and per category, as
markdown tables, or everything as one JSON object with --json.
Usage: .venv/bin/python tests/privacy_blind2/measure.py [--json]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

CORPUS = Path(__file__).resolve().parent / "corpus.jsonl"
LABELS = ("secret", "prompt", "benign")


def load() -> list[dict[str, str]]:
    with CORPUS.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


def measure(rows: list[dict[str, str]]) -> dict[str, object]:
    from handoff.privacy import scan_text  # imported here: only measuring needs the filter

    per_label: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    per_cat: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    for row in rows:
        flagged = 1 if scan_text(row["text"]) else 0
        for bucket in (per_label[row["label"]], per_cat[(row["label"], row["category"])]):
            bucket[0] += flagged
            bucket[1] += 1
    return {
        "corpus": str(CORPUS.name),
        "lines": len(rows),
        "labels": {
            label: {"flagged": f, "total": n, "rate": f / n if n else 0.0}
            for label in LABELS
            for f, n in [per_label[label]]
        },
        "categories": [
            {"label": label, "category": cat, "flagged": f, "total": n, "rate": f / n if n else 0.0}
            for (label, cat), (f, n) in per_cat.items()
        ],
    }


def _pct(x: float) -> str:
    return f"{100 * x:.1f}%"


def render_md(result: dict[str, object]) -> str:
    labels = result["labels"]
    cats = result["categories"]
    assert isinstance(labels, dict) and isinstance(cats, list)
    out = [f"blind2 corpus: {result['lines']} lines", "", "| label | metric | flagged / total | rate |",
           "|---|---|---|---|"]
    for label in LABELS:
        d = labels[label]
        metric = "false-positive rate" if label == "benign" else "recall"
        out.append(f"| {label} | {metric} | {d['flagged']} / {d['total']} | {_pct(d['rate'])} |")
    for label in LABELS:
        metric = "false-positive rate" if label == "benign" else "recall"
        out += ["", f"### {label}: {metric} per category", "", "| category | flagged / total | rate |",
                "|---|---|---|"]
        for c in cats:
            if c["label"] == label:
                out.append(f"| {c['category']} | {c['flagged']} / {c['total']} | {_pct(c['rate'])} |")
    return "\n".join(out) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Measure the privacy filter on the blind2 corpus.")
    ap.add_argument("--json", action="store_true", help="print one JSON object instead of markdown tables")
    args = ap.parse_args(argv)
    result = measure(load())
    sys.stdout.write(json.dumps(result, indent=2) + "\n" if args.json else render_md(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
