"""Write blind20's corpus.jsonl beside this file: an agent working on a product that calls language
models. Stdlib only, fixed seed: `python -I -S generate.py`.

Each category module lists (category, count, make); `make(rng)` returns one text. Texts are kept
unique across the whole corpus and the rows are shuffled with the same seed.
"""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import _b20benign  # noqa: E402
import _b20frames  # noqa: E402
import _b20prompt  # noqa: E402
import _b20secret  # noqa: E402

SEED = 20_2026


def build():
    rng = random.Random(SEED)
    seen = {}
    rows = []
    for label, module, share in (("secret", _b20secret, 0.75), ("prompt", _b20prompt, 0.35), ("benign", _b20benign, 0.65)):
        for category, count, make in module.CATEGORIES:
            made, tries = 0, 0
            while made < count:
                tries += 1
                if tries > count * 60:
                    raise SystemExit(f"{category}: only {made} unique texts of {count}")
                text = _b20frames.wrap(rng, make(rng).strip(), share).strip()
                if not text or text in seen:
                    continue
                seen[text] = True
                rows.append({"text": text, "label": label, "category": category})
                made += 1
    rng.shuffle(rows)
    return rows


def main():
    rows = build()
    with open(os.path.join(HERE, "corpus.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
