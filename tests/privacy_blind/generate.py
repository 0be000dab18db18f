"""Write corpus.jsonl: the blind labelled corpus for measuring handoff's privacy filter.

Usage: python tests/privacy_blind/generate.py [--out PATH] [--check]

Deterministic: one seeded random.Random drives every draw, categories are generated in
a fixed order, and duplicate texts are redrawn, so the output is byte-stable across runs
and machines (stdlib only). `--check` regenerates in memory and exits 1 if the committed
corpus.jsonl differs.

Written without reading the filter's rules, its tests or its corpus: see README.md.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from gen_benign import BENIGN_COUNTS, benign_sample  # noqa: E402
from gen_generic import GENERIC_COUNTS, generic_sample  # noqa: E402
from gen_prompts import PROMPT_CATEGORIES  # noqa: E402
from gen_vendors import VENDORS, vendor_sample  # noqa: E402

SEED = 20250301
MAX_TRIES = 200
"""Redraws per sample before a category is declared exhausted (a generator bug, not a silent shortfall)."""


def _plan() -> list[tuple[str, str, int, Callable[[random.Random], str]]]:
    plan: list[tuple[str, str, int, Callable[[random.Random], str]]] = []
    for v in VENDORS:
        plan.append(("secret", v.cat, v.n, lambda r, v=v: vendor_sample(r, v)))
    for cat, n in GENERIC_COUNTS.items():
        plan.append(("secret", cat, n, lambda r, c=cat: generic_sample(r, c)))
    for cat, (n, fn) in PROMPT_CATEGORIES.items():
        plan.append(("prompt", cat, n, fn))
    for cat, n in BENIGN_COUNTS.items():
        plan.append(("benign", cat, n, lambda r, c=cat: benign_sample(r, c)))
    return plan


def build() -> list[dict[str, str]]:
    r = random.Random(SEED)
    seen: set[str] = set()
    rows: list[dict[str, str]] = []
    for label, cat, n, fn in _plan():
        for _ in range(n):
            for _attempt in range(MAX_TRIES):
                text = fn(r)
                if text not in seen:
                    break
            else:
                raise SystemExit(f"generate.py: category {cat} cannot produce {n} distinct texts")
            seen.add(text)
            rows.append({"text": text, "label": label, "category": cat})
    return rows


def render(rows: list[dict[str, str]]) -> str:
    return "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=HERE / "corpus.jsonl")
    ap.add_argument("--check", action="store_true", help="exit 1 if --out differs from a fresh generation")
    args = ap.parse_args(argv)
    text = render(build())
    if args.check:
        same = args.out.exists() and args.out.read_text(encoding="utf-8") == text
        verdict = "is up to date" if same else "differs from generate.py's output"
        print(f"{args.out.name} {verdict}", file=sys.stderr)
        return 0 if same else 1
    args.out.write_text(text, encoding="utf-8")
    counts: dict[str, int] = {}
    for row in json.loads("[" + ",".join(text.splitlines()) + "]"):
        counts[row["label"]] = counts.get(row["label"], 0) + 1
    print(f"wrote {args.out}: " + ", ".join(f"{k}={v}" for k, v in counts.items()), file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
