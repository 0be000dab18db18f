"""Write corpus.jsonl: the second blind labelled corpus for handoff's privacy filter.

Stdlib only, seeded and deterministic: each category draws from its own `random.Random`
seeded with the category's name, so adding a category never shifts another's lines.
Usage: python tests/privacy_blind2/generate.py [--stdout]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from _benign import BENIGN_CATEGORIES  # noqa: E402
from _prompts import PROMPT_CATEGORIES  # noqa: E402
from _secrets import SECRET_CATEGORIES  # noqa: E402

CORPUS = HERE / "corpus.jsonl"
SEED = "handoff-blind2-v1"
MAX_TRIES_PER_LINE = 60
PREFIX_LEN = 16
"""Lines sharing their first PREFIX_LEN characters count as one shape; each category caps a
shape at an eighth of its lines (at least 3) so a template with many free slots cannot crowd
out the others."""

Gen = Callable[[random.Random], str]
PLAN: list[tuple[str, list[tuple[str, int, Gen]]]] = [
    ("secret", SECRET_CATEGORIES),
    ("prompt", PROMPT_CATEGORIES),
    ("benign", BENIGN_CATEGORIES),
]


def build() -> list[dict[str, str]]:
    """Every corpus row, in a fixed order, with no text repeated anywhere in the corpus."""
    seen: set[str] = set()
    rows: list[dict[str, str]] = []
    for label, categories in PLAN:
        for category, count, gen in categories:
            rng = random.Random(f"{SEED}:{label}:{category}")
            made = 0
            tries = 0
            shapes: dict[str, int] = {}
            cap = max(3, count // 8)
            while made < count and tries < count * MAX_TRIES_PER_LINE:
                tries += 1
                text = gen(rng).strip()
                shape = text[:PREFIX_LEN]
                if not text or text in seen or shapes.get(shape, 0) >= cap:
                    continue
                seen.add(text)
                shapes[shape] = shapes.get(shape, 0) + 1
                rows.append({"text": text, "label": label, "category": category})
                made += 1
    return rows


def render(rows: list[dict[str, str]]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--stdout", action="store_true", help="print the corpus instead of writing corpus.jsonl")
    args = ap.parse_args(argv)
    text = render(build())
    if args.stdout:
        sys.stdout.buffer.write(text.encode("utf-8"))
    else:
        CORPUS.write_bytes(text.encode("utf-8"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
