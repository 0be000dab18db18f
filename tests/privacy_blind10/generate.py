"""Write blind10's corpus.jsonl beside this file: a held-out labelled corpus for handoff's privacy filter.

Stdlib only (runs under `python3 -I -S`). Every category draws from its own random.Random seeded with
`handoff-blind10-heldout-v1:<label>:<category>`, so the bytes are the same on every run and adding a category
does not shift the others. A text never appears twice; within a category, texts sharing their first 24
characters are capped at a quarter of the category (at least 4), so one template cannot fill it, and at
most three texts of a category may differ only in their digits. Three in
ten multi-line texts of every category are flattened onto one line, as an agent does for a one-line field.
"""

from __future__ import annotations

import json
import os
import random
import re
import sys
from collections.abc import Callable

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import _b10benign  # noqa: E402
import _b10prompt  # noqa: E402
import _b10secret  # noqa: E402

SEED = "handoff-blind10-heldout-v1"
FLATTEN = 0.3  # share of multi-line texts flattened onto one line
SAME_SHAPE = 3  # at most this many texts of a category that differ only in their digits
PLAN = [("secret", _b10secret.CATEGORIES), ("prompt", _b10prompt.CATEGORIES), ("benign", _b10benign.CATEGORIES)]


def squeeze(r: random.Random, text: str) -> str:
    """A multi-line text as an agent writes it into a single-line field: lines joined by a space, a
    literal `\\n` (as inside a JSON string), a ` | ` or a `; `. Applied to every label alike, so being
    flattened says nothing about the label."""
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    sep = r.choice([" ", " ", "\\n", " | ", "; "])
    return sep.join(lines)


def _category(label: str, name: str, make: Callable[[random.Random], str], count: int,
              seen: set[str]) -> list[dict[str, str]]:
    """`count` distinct texts from one category generator; fails loudly rather than writing a short category."""
    r = random.Random(f"{SEED}:{label}:{name}")
    cap = max(4, count // 4)
    heads: dict[str, int] = {}
    shapes: dict[str, int] = {}
    rows: list[dict[str, str]] = []
    tries = 0
    while len(rows) < count:
        tries += 1
        if tries > count * 400:
            raise SystemExit(f"{label}/{name}: only {len(rows)} of {count} distinct texts")
        text = make(r).strip()
        if "\n" in text and r.random() < FLATTEN:
            text = squeeze(r, text)
        head, shape = text[:24], re.sub(r"[0-9]+", "#", text)
        if not text or text in seen or heads.get(head, 0) >= cap or shapes.get(shape, 0) >= SAME_SHAPE:
            continue
        seen.add(text)
        heads[head] = heads.get(head, 0) + 1
        shapes[shape] = shapes.get(shape, 0) + 1
        rows.append({"text": text, "label": label, "category": name})
    return rows


def build() -> list[dict[str, str]]:
    seen: set[str] = set()
    rows: list[dict[str, str]] = []
    for label, cats in PLAN:
        for name, (make, count) in cats.items():
            rows.extend(_category(label, name, make, count, seen))
    return rows


def main() -> None:
    rows = build()
    out = "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
    with open(os.path.join(HERE, "corpus.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(out)


if __name__ == "__main__":
    main()
