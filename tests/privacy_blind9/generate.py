"""Write blind9's corpus.jsonl beside this file (stdlib only; runs under `python3 -I -S`).

HELD OUT: see README.md. Each category draws from its own `random.Random`, seeded with
`handoff-blind9-heldout-v1:<label>:<category>`, so the bytes are the same on every run and adding a
category does not shift the others. A text never appears twice in the corpus; within a category,
texts sharing their first 16 characters are capped at a fifth of the category (at least 4).
"""

from __future__ import annotations

import json
import os
import random
import sys
from collections import Counter
from collections.abc import Callable

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import _b9benign  # noqa: E402
import _b9intl  # noqa: E402
import _b9prompt  # noqa: E402
import _b9secret  # noqa: E402

SEED = "handoff-blind9-heldout-v1"


def _spec() -> list[tuple[str, str, int, Callable[[random.Random], str]]]:
    out = []
    for label, module_cats in (("secret", _b9secret.CATEGORIES + _b9intl.SECRET_CATEGORIES),
                               ("prompt", _b9prompt.CATEGORIES + _b9intl.PROMPT_CATEGORIES),
                               ("benign", _b9benign.CATEGORIES + _b9intl.BENIGN_CATEGORIES)):
        for name, n, fn in module_cats:
            out.append((label, name, n, fn))
    return out


def build() -> list[dict[str, str]]:
    rows: list[dict[str, str]] = []
    seen: set[str] = set()
    for label, cat, n, fn in _spec():
        r = random.Random(f"{SEED}:{label}:{cat}")
        cap = max(4, n // 5)
        prefixes: Counter[str] = Counter()
        got = 0
        tries = 0
        while got < n:
            tries += 1
            if tries > n * 200:
                raise SystemExit(f"{cat}: only {got} of {n} distinct texts")
            text = fn(r).strip()
            if not text or text in seen or prefixes[text[:16]] >= cap:
                continue
            seen.add(text)
            prefixes[text[:16]] += 1
            rows.append({"text": text, "label": label, "category": cat})
            got += 1
    return rows


def main() -> None:
    rows = build()
    data = "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
    with open(os.path.join(HERE, "corpus.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(data)
    if "-q" not in sys.argv:
        by_label = Counter(r["label"] for r in rows)
        multi = sum("\n" in r["text"] for r in rows)
        print(dict(by_label), "multi-line:", multi, f"({100 * multi / len(rows):.1f} %)", file=sys.stderr)


if __name__ == "__main__":
    main()
