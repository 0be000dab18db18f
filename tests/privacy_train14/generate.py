"""Write round 14's prompt-vs-benign training corpus: ``corpus.jsonl``.

The texts are hand-written in the ``_t14*.py`` data modules (each says whether it holds prompts
or benign text in ``LABEL``); this script only gathers them, adds the modules' light
recombination (which hand-written request or answer a hand-written frame quotes, which bullets
stand together in one end-of-session summary, which hand-written values fill a frame's slots, all from one seeded ``random.Random``),
drops exact repeats and writes them sorted by label, category, then text. The output is the same
bytes on every run: ``python tests/privacy_train14/generate.py --check`` compares with the file.
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


SEED = 20261404
OUT = HERE / "corpus.jsonl"
MODULES: tuple[ModuleType, ...] = tuple(
    importlib.import_module(p.stem) for p in sorted(HERE.glob("_t14*.py")) if not p.stem.startswith(("_t14util", "_t14data"))
)


def build() -> list[dict[str, str]]:
    """All texts as records, each text once (the first category that holds it keeps it)."""
    rng = random.Random(SEED)
    seen: set[str] = set()
    rows: list[dict[str, str]] = []
    for module in MODULES:
        label: str = module.LABEL
        tables: dict[str, list[str]] = {k: list(v) for k, v in module.ITEMS.items()}
        combos = getattr(module, "combos", None)
        if combos is not None:
            for cat, extra in combos(rng).items():
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


def _is_cjk_or_cyrillic(ch: str) -> bool:
    o = ord(ch)
    return 0x0400 <= o <= 0x04FF or 0x3040 <= o <= 0x30FF or 0x4E00 <= o <= 0x9FFF or 0xAC00 <= o <= 0xD7AF


_LATIN_MARKERS = (" der ", " die ", " und ", " nicht ", " le ", " la ", " les ", " des ", " est ", " el ", " los ",
                  " las ", " para ", " não ", " você ", " é ", " que ", " une ", " ist ", " una ")


def non_english(text: str) -> bool:
    """Rough language guess for the stats line: non-Latin script or common function words."""
    if any(_is_cjk_or_cyrillic(c) for c in text):
        return True
    low = " " + text.lower() + " "
    return sum(low.count(w) for w in _LATIN_MARKERS) >= 3


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true", help="compare with corpus.jsonl, write nothing")
    parser.add_argument("--stats", action="store_true", help="print counts per category")
    args = parser.parse_args()
    rows = build()
    text = render(rows)
    if args.stats:
        counts = Counter((r["label"], r["category"]) for r in rows)
        for (label, cat), n in sorted(counts.items()):
            print(f"{label:7} {cat:28} {n:5}")
        for label in ("prompt", "benign"):
            mine = [r["text"] for r in rows if r["label"] == label]
            if not mine:
                continue
            long_share = sum(len(t) > 600 for t in mine) / len(mine)
            ne_cat = sum(r["category"].endswith("_intl") for r in rows if r["label"] == label) / len(mine)
            ne_guess = sum(non_english(t) for t in mine) / len(mine)
            print(f"{label}: {len(mine)} texts, {long_share:.1%} over 600 chars, {ne_cat:.1%} in the non-English"
                  f" category ({ne_guess:.1%} by the rough script/word guess)")
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
