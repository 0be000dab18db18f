"""Write round 12's benign training corpus (real-looking engineering prose): ``corpus.jsonl``.

The texts are hand-written in the ``_r12*.py`` data modules; this script only gathers them, adds
a light recombination for changelog and NEWS entries (which bullets go under one heading, from a
seeded ``random.Random``), drops exact repeats and writes them sorted by category, then text. The
output is the same bytes on every run: ``python tests/privacy_train12r/generate.py --check``
compares with the file on disk.
"""

from __future__ import annotations

import argparse
import importlib
import json
import random
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))


SEED = 20261203
OUT = HERE / "corpus.jsonl"
MODULES: tuple[ModuleType, ...] = tuple(
    importlib.import_module(p.stem) for p in sorted(HERE.glob("_r12*.py")) if p.stem != "_r12util"
)


def build() -> list[dict[str, str]]:
    """All texts as records, each text once (the first category that holds it keeps it)."""
    rng = random.Random(SEED)
    seen: set[str] = set()
    rows: list[dict[str, str]] = []
    for module in MODULES:
        tables: dict[str, list[str]] = dict(module.ITEMS)
        combos = getattr(module, "combos", None)
        if combos is not None:
            for cat, extra in combos(rng).items():
                tables[cat] = [*tables.get(cat, []), *extra]
        for cat in sorted(tables):
            for text in tables[cat]:
                if text and text not in seen:
                    seen.add(text)
                    rows.append({"text": text, "label": "benign", "category": cat})
    rows.sort(key=lambda r: (r["category"], r["text"]))
    return rows


def render(rows: list[dict[str, str]]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true", help="compare with corpus.jsonl, write nothing")
    parser.add_argument("--stats", action="store_true", help="print counts per category")
    args = parser.parse_args()
    rows = build()
    text = render(rows)
    if args.stats:
        counts = Counter(r["category"] for r in rows)
        multi = sum("\n" in r["text"] for r in rows)
        for cat, n in sorted(counts.items()):
            print(f"{cat:24} {n}")
        print(f"{'total':24} {len(rows)}  multi-line {multi}")
    if args.check:
        if OUT.read_text(encoding="utf-8") != text:
            print("corpus.jsonl differs from generate.py's output", file=sys.stderr)
            return 1
        return 0
    OUT.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
