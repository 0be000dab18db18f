"""Write blind8's corpus.jsonl beside this file (stdlib only; runs under `python3 -I -S`).

Each category draws from its own `random.Random`, seeded with `handoff-blind8-heldout-v1:<label>:<category>`,
so the output is byte-for-byte the same on every run and adding a category does not shift the others.
A text never appears twice; within a category, texts sharing their first 16 characters are capped at a
fifth of the category (at least 4), so no template crowds out the rest.
"""

from __future__ import annotations

import json
import random
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))  # -I drops the script's directory from sys.path

import _b8benign  # noqa: E402
import _b8prompt  # noqa: E402
import _b8secret  # noqa: E402

SEED = "handoff-blind8-heldout-v1"
MAX_TRIES = 200


def fill(label: str, category: str, count: int, make: Callable[[random.Random], str],
         seen: set[str]) -> list[dict[str, str]]:
    rng = random.Random(f"{SEED}:{label}:{category}")
    cap = max(4, count // 5)
    prefixes: Counter[str] = Counter()
    rows: list[dict[str, str]] = []
    tries = 0
    while len(rows) < count:
        tries += 1
        if tries > count * MAX_TRIES:
            raise SystemExit(f"{label}:{category}: only {len(rows)} distinct texts of {count}")
        text = make(rng).strip()
        if not text or text in seen or prefixes[text[:16]] >= cap:
            continue
        seen.add(text)
        prefixes[text[:16]] += 1
        rows.append({"text": text, "label": label, "category": category})
    return rows


def build() -> list[dict[str, str]]:
    seen: set[str] = set()
    rows: list[dict[str, str]] = []
    for label, table in (("secret", _b8secret.CATEGORIES), ("prompt", _b8prompt.CATEGORIES),
                         ("benign", _b8benign.CATEGORIES)):
        for category, (count, make) in table.items():
            rows += fill(label, category, count, make, seen)
    return rows


def main() -> None:
    rows = build()
    out = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    (HERE / "corpus.jsonl").write_text(out, encoding="utf-8")


if __name__ == "__main__":
    main()
