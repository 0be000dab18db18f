"""A check on the corpus, not part of the generator and not the project's classifier.

Trains a small logistic regression of its own (hashed words, word pairs and character 4-grams;
it does not import ``handoff``) on six of the seven classes and scores the seventh, for each
class in turn. A class near 1.0 held out would mean an artefact separates its twins; near 0.5,
that nothing learnt elsewhere carries over. ``python tests/privacy_train12/_t12sanity.py``.
"""

from __future__ import annotations

import itertools
import json
import math
import random
import re
import zlib
from pathlib import Path

HERE = Path(__file__).resolve().parent
DIM = 1 << 18


def feats(text: str) -> list[int]:
    low = text.lower()
    words = re.findall(r"\w+|[^\w\s]", low)
    grams = words + [a + " " + b for a, b in itertools.pairwise(words)]
    grams += [low[i:i + 4] for i in range(max(0, len(low) - 3))]
    return sorted({zlib.crc32(g.encode()) % DIM for g in grams})


def train(rows: list[tuple[list[int], int]], epochs: int = 6) -> list[float]:
    w = [0.0] * DIM
    g2 = [1e-8] * DIM
    rng = random.Random(7)
    for _ in range(epochs):
        rng.shuffle(rows)
        for f, y in rows:
            scale = 1 / math.sqrt(len(f) or 1)
            z = sum(w[i] for i in f) * scale
            p = 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))
            g = (p - y) * scale
            for i in f:
                g2[i] += g * g
                w[i] -= 0.5 * g / math.sqrt(g2[i]) + 1e-5 * w[i]
    return w


def main() -> int:
    data = [json.loads(line) for line in (HERE / "corpus.jsonl").read_text(encoding="utf-8").splitlines()]
    classes = sorted({r["category"][:2] for r in data})
    for held in classes:
        tr = [(feats(r["text"]), r["label"] == "prompt") for r in data if r["category"][:2] != held]
        te = [(feats(r["text"]), r["label"] == "prompt") for r in data if r["category"][:2] == held]
        w = train([(f, int(y)) for f, y in tr])
        ok = fp = fn = 0
        for f, y in te:
            z = sum(w[i] for i in f) / math.sqrt(len(f) or 1)
            ok += (z > 0) == y
            fp += z > 0 and not y
            fn += z <= 0 and y
        print(f"{held}: accuracy {ok / len(te):.2f} on {len(te)} lines (benign flagged {fp}, prompts missed {fn})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
