"""Write blind6's corpus.jsonl beside this file: a labelled TRAINING corpus for handoff's privacy filter.

Stdlib only and deterministic: run `python3 -I -S tests/privacy_blind6/generate.py` and the same bytes come
out every time. Each category draws from its own random.Random, seeded with
`handoff-blind6-train-v1:<label>:<category>`, so adding a category does not shift the others.
"""

from __future__ import annotations

import json
import random
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))  # -I drops the script's directory from sys.path; the modules live beside it

import _b6benign  # noqa: E402
import _b6prompt  # noqa: E402
import _b6secret  # noqa: E402

SEED = "handoff-blind6-train-v1"
PREFIX = 20
"""Lines sharing their first PREFIX characters are capped at an eighth of the category (at least 3), so one
template with many free slots cannot crowd out the others."""


def category_rows(label: str, name: str, make: object, target: int, seen: set[str]) -> list[dict[str, str]]:
    rng = random.Random(f"{SEED}:{label}:{name}")
    cap = max(3, target // 8)
    prefixes: Counter[str] = Counter()
    rows: list[dict[str, str]] = []
    for _ in range(target * 200):
        if len(rows) == target:
            break
        text = make(rng).strip()  # type: ignore[operator]
        if not text or text in seen or prefixes[text[:PREFIX]] >= cap:
            continue
        seen.add(text)
        prefixes[text[:PREFIX]] += 1
        rows.append({"text": text, "label": label, "category": name})
    if len(rows) < target:
        print(f"short: {label}/{name} {len(rows)} of {target}", file=sys.stderr)
    return rows


def build() -> list[dict[str, str]]:
    seen: set[str] = set()
    rows: list[dict[str, str]] = []
    for label, module in (("secret", _b6secret), ("prompt", _b6prompt), ("benign", _b6benign)):
        for name, make, target in module.CATEGORIES:
            rows += category_rows(label, name, make, target, seen)
    return rows


def main() -> None:
    out = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in build())
    (HERE / "corpus.jsonl").write_bytes(out.encode("utf-8"))


if __name__ == "__main__":
    main()
