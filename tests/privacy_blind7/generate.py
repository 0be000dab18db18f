"""Write corpus.jsonl beside this file: the blind7 TRAINING corpus for the privacy filter.

Stdlib only; run as `python3 -I -S tests/privacy_blind7/generate.py`. Deterministic: each
category draws from its own random.Random seeded with its label and name, so the output is
byte-for-byte the same on every run and adding a category does not shift the others.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import _b7benign  # noqa: E402
import _b7foreign  # noqa: E402
import _b7prompt  # noqa: E402
import _b7secret  # noqa: E402

SEED = "handoff-blind7-train-v1"
PLAN = [
    ("secret", _b7secret.CATEGORIES),
    ("prompt", _b7prompt.CATEGORIES + _b7foreign.CATEGORIES),
    ("benign", _b7benign.CATEGORIES),
]


def build() -> list[dict[str, str]]:
    rows: list[dict[str, str]] = []
    seen: set[str] = set()
    for label, categories in PLAN:
        for category, gen, target in categories:
            rng = random.Random(f"{SEED}:{label}:{category}")
            cap = max(4, target // 5)  # lines sharing their first 16 characters
            prefixes: dict[str, int] = {}
            got = 0
            attempts = 0
            while got < target:
                attempts += 1
                if attempts > 200 * target:
                    raise SystemExit(f"{label}/{category}: only {got} of {target} distinct lines")
                text = gen(rng).strip()
                if not text or text in seen or prefixes.get(text[:16], 0) >= cap:
                    continue
                seen.add(text)
                prefixes[text[:16]] = prefixes.get(text[:16], 0) + 1
                rows.append({"text": text, "label": label, "category": category})
                got += 1
    return rows


def main() -> None:
    out = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in build())
    (HERE / "corpus.jsonl").write_bytes(out.encode("utf-8"))


if __name__ == "__main__":
    main()
