"""Write blind22's corpus.jsonl beside this file: what a team's agents, CI runners, bots and
people write into one shared store. Stdlib only, deterministic (the seed is in _b22rand).

    python -I -S tests/privacy_blind22/generate.py
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import _b22benign
import _b22prompt
import _b22secret
from _b22frames import frame
from _b22lang import lang
from _b22rand import R

TARGET = {"secret": 1050, "prompt": 1050, "benign": 1200}
FOREIGN_FRAMES = {"secret": 0.6, "prompt": 0.0, "benign": 0.3}
SHORT_FRAMED = {"secret": 0.6, "prompt": 0.45, "benign": 0.9}
"""Share of frames written in another language, per label: prompts carry enough of their own."""


def framed(text, label):
    """Half or more of the short lines and a fifth of the rest arrive inside a store entry."""
    if R.random() < (SHORT_FRAMED[label] if len(text) < 200 else 0.2):
        return frame(text, lang(FOREIGN_FRAMES[label]))
    return text


def allot(cats, total):
    """Split `total` over the categories in proportion to their weights, exactly."""
    weight = sum(w for _, _, w in cats)
    counts = [total * w // weight for _, _, w in cats]
    for i in range(total - sum(counts)):
        counts[i % len(counts)] += 1
    return counts


def main():
    rows, seen = [], set()
    for label, module in (("secret", _b22secret), ("prompt", _b22prompt), ("benign", _b22benign)):
        for (name, make, _), n in zip(module.CATS, allot(module.CATS, TARGET[label]), strict=True):
            made, tries = 0, 0
            while made < n:
                tries += 1
                if tries > n * 50:
                    raise SystemExit(f"{name}: only {made} distinct texts of {n}")
                text = framed(make().strip(), label).strip()
                if text in seen:
                    continue
                seen.add(text)
                rows.append({"text": text, "label": label, "category": name})
                made += 1
    R.shuffle(rows)
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "corpus.jsonl")
    with open(out, "w", encoding="utf-8", newline="\n") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
