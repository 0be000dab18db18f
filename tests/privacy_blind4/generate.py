"""Write corpus.jsonl for the held-out blind4 corpus (stdlib only, reproducible).

Each (label, category) draws from its own random.Random seeded with
"handoff-blind4-heldout-v1:<label>:<category>". Texts are unique across the corpus; within a
category, texts sharing their first 16 characters are capped at an eighth of the
category target (at least 3).
"""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import _h4benign  # noqa: E402
import _h4prompt  # noqa: E402
import _h4secret  # noqa: E402

SEED = "handoff-blind4-heldout-v1"
PREFIX = 16


def build():
    rows, seen, short = [], set(), []
    for label, mod in (("secret", _h4secret), ("prompt", _h4prompt), ("benign", _h4benign)):
        for category, fn, n in mod.CATEGORIES:
            rng = random.Random(f"{SEED}:{label}:{category}")
            cap = max(3, n // 8)
            prefixes = {}
            got = 0
            for _ in range(n * 60):
                if got >= n:
                    break
                text = fn(rng).strip()
                if not text or text in seen:
                    continue
                k = text[:PREFIX]
                if prefixes.get(k, 0) >= cap:
                    continue
                prefixes[k] = prefixes.get(k, 0) + 1
                seen.add(text)
                rows.append({"text": text, "label": label, "category": category})
                got += 1
            if got < n:
                short.append((label, category, got, n))
    return rows, short


def main():
    rows, short = build()
    out = os.path.join(HERE, "corpus.jsonl")
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    for s in short:
        print("short: %s/%s %d of %d" % s, file=sys.stderr)
    print(f"wrote {len(rows)} lines to {out}")


if __name__ == "__main__":
    main()
