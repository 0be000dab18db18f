"""Write blind12's corpus.jsonl: handoff privacy-filter test lines organised by the handoff field
the text would be written into. Stdlib only; deterministic (see README.md). HELD OUT: do not tune on it.

    python3 -I -S tests/privacy_blind12/generate.py            # rewrites corpus.jsonl beside this file
    python3 -I -S tests/privacy_blind12/generate.py --report   # also prints counts and drops to stderr
"""

from __future__ import annotations

import json
import os
import random
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _b12benign import BENIGN  # noqa: E402
from _b12cueless import DRAWS, stream  # noqa: E402
from _b12prompt import PROMPT  # noqa: E402
from _b12secret import SECRET  # noqa: E402

SEED = "handoff-blind12-heldout-v1"
PREFIX = 24


def _fill(label: str, category: str, gen: object, want: int, seen: set[str]) -> list[str]:
    """want unique texts from gen, each category with its own seeded Random; near-duplicates capped."""
    r = random.Random(f"{SEED}:{label}:{category}")
    out: list[str] = []
    prefixes: Counter[str] = Counter()
    shapes: Counter[str] = Counter()
    cap = max(4, want // 4)
    tries = 0
    while len(out) < want:
        tries += 1
        if tries > want * 200:
            raise SystemExit(f"{category}: only {len(out)} of {want} unique texts")
        text = gen(r).strip()  # type: ignore[operator]
        if not text or text in seen:
            continue
        shape = re.sub(r"\d", "0", text)
        if prefixes[text[:PREFIX]] >= cap or shapes[shape] >= 3:
            continue
        prefixes[text[:PREFIX]] += 1
        shapes[shape] += 1
        seen.add(text)
        out.append(text)
    return out


def build() -> tuple[list[dict[str, str]], dict[str, int]]:
    rows: list[dict[str, str]] = []
    seen: set[str] = set()
    for label, table in (("secret", SECRET), ("prompt", PROMPT), ("benign", BENIGN)):
        for category, (gen, want) in table.items():
            rows += [{"text": t, "label": label, "category": category} for t in _fill(label, category, gen, want, seen)]
    drops: dict[str, int] = {}
    for field in DRAWS:
        todos, reqs, dropped = stream(field, f"{SEED}:cueless:{field}")
        drops[field] = dropped
        for texts, label, category in ((todos, "benign", f"{field}_todo_imperative"),
                                       (reqs, "prompt", f"{field}_cueless_request")):
            for t in texts:
                if t not in seen:
                    seen.add(t)
                    rows.append({"text": t, "label": label, "category": category})
    return rows, drops


def main() -> None:
    rows, drops = build()
    with open(os.path.join(HERE, "corpus.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    if "--report" in sys.argv:
        by_label = Counter(r["label"] for r in rows)
        multi = Counter(r["label"] for r in rows if "\n" in r["text"])
        print(dict(by_label), "total", len(rows), "multi-line", dict(multi), sum(multi.values()), file=sys.stderr)
        for (lab, cat), n in sorted(Counter((r["label"], r["category"]) for r in rows).items()):
            print(f"{lab}\t{cat}\t{n}", file=sys.stderr)
        print("dropped as unclear (prompt or note?) per field:", drops, file=sys.stderr)


if __name__ == "__main__":
    main()
