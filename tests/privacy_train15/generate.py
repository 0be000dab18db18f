"""Write round 15's benign training corpus for the prompt classifier: ``corpus.jsonl``.

The phrase tables and frames are hand-written in the ``_t15*.py`` data modules (each says its
``LABEL``; all are ``benign``); this script gathers them, lets each module fill its frames from
one seeded ``random.Random`` (which component, project, file, command or person a frame names,
which bullets stand together), drops exact repeats and writes them sorted by label, category,
then text. The output is the same bytes on every run: ``python generate.py --check`` compares
with the file.
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

SEED = 20261503
OUT = HERE / "corpus.jsonl"
MODULES: tuple[ModuleType, ...] = tuple(
    importlib.import_module(p.stem) for p in sorted(HERE.glob("_t15*.py")) if p.stem != "_t15words"
)


def build() -> list[dict[str, str]]:
    """All texts as records, each text once (the first category that holds it keeps it)."""
    rng = random.Random(SEED)
    seen: set[str] = set()
    rows: list[dict[str, str]] = []
    for module in MODULES:
        label: str = module.LABEL
        tables: dict[str, list[str]] = {k: list(v) for k, v in module.ITEMS.items()}
        for cat, extra in module.combos(rng).items():
            tables[cat] = [*tables.get(cat, []), *extra]
        for cat in sorted(tables):
            for text in tables[cat]:
                text = text.strip("\n")
                if text and text not in seen:
                    seen.add(text)
                    rows.append({"text": text, "label": label, "category": cat})
    rows.sort(key=lambda r: (r["label"], r["category"], r["text"]))
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
        for (label, cat), n in sorted(Counter((r["label"], r["category"]) for r in rows).items()):
            print(f"{label:7} {cat:28} {n:5}")
        print(f"{len(rows)} texts")
        return 0
    if args.check:
        if OUT.read_text(encoding="utf-8") != text:
            print("corpus.jsonl is stale: run generate.py", file=sys.stderr)
            return 1
        return 0
    OUT.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
