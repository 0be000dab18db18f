"""Write blind11's corpus.jsonl beside this file (stdlib only; `python3 -I -S generate.py`).

Each category draws from its own random.Random seeded with
`handoff-blind11-heldout-v1:<label>:<category>`, so output is identical on every run and a
new category never shifts the others. See README.md for what each category holds.
"""
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import _b11benign  # noqa: E402
import _b11intl  # noqa: E402
import _b11prompt  # noqa: E402
import _b11rand  # noqa: E402
import _b11secret  # noqa: E402

SEED = "handoff-blind11-heldout-v1"
FLATTEN_ONE_IN = 5  # one multi-line text in five is put on one line, as single-line fields force


def _category_rows(label, name, n, fn, seen):
    r = random.Random(f"{SEED}:{label}:{name}")
    prefix_cap = max(4, n // 4)
    prefixes, shapes, rows = {}, {}, []
    tries = 0
    while len(rows) < n and tries < n * 60:
        tries += 1
        text = fn(r)
        if "\n" in text:
            text = _b11rand.decorate(r, text)
            if r.randrange(FLATTEN_ONE_IN) == 0:
                text = _b11rand.flatten(r, text)
        text = text.strip()
        if not text or text in seen:
            continue
        head = text[:24]
        shape = re.sub(r"\d", "0", text)
        if prefixes.get(head, 0) >= prefix_cap or shapes.get(shape, 0) >= 3:
            continue
        prefixes[head] = prefixes.get(head, 0) + 1
        shapes[shape] = shapes.get(shape, 0) + 1
        seen.add(text)
        rows.append({"text": text, "label": label, "category": name})
    if len(rows) < n:
        raise SystemExit(f"{label}:{name}: only {len(rows)} of {n} distinct texts")
    return rows


def build():
    seen, rows = set(), []
    for module in (_b11secret, _b11intl, _b11prompt, _b11benign):
        for label, name, n, fn in module.CATEGORIES:
            rows.extend(_category_rows(label, name, n, fn, seen))
    order = {"secret": 0, "prompt": 1, "benign": 2}
    rows.sort(key=lambda row: order[row["label"]])  # stable: categories keep their order
    return rows


def main():
    rows = build()
    with open(os.path.join(HERE, "corpus.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
