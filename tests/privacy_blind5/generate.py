"""Write corpus.jsonl for the held-out blind5 corpus (stdlib only, reproducible).

Each (label, category) draws from its own random.Random seeded with
"handoff-blind5-heldout-v1:<label>:<category>", so adding or resizing one category does not
shift the others. Texts are unique across the corpus; within a category, texts sharing their
first 16 characters are capped at an eighth of the category's target.

    python3 -I -S tests/privacy_blind5/generate.py            # rewrite corpus.jsonl beside this file
    python3 -I -S tests/privacy_blind5/generate.py --stdout   # print it instead
"""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)  # -I leaves the script's own directory off sys.path

import _h5benign  # noqa: E402
import _h5prompt  # noqa: E402
import _h5secret  # noqa: E402

SEED = "handoff-blind5-heldout-v1"


def build():
    rows = []
    seen = set()
    for label, table in (("secret", _h5secret.CATEGORIES), ("prompt", _h5prompt.CATEGORIES),
                         ("benign", _h5benign.CATEGORIES)):
        for category, target, maker in table:
            r = random.Random(f"{SEED}:{label}:{category}")
            cap = max(1, target // 8)
            prefixes = {}
            got = 0
            tries = 0
            while got < target:
                tries += 1
                if tries > target * 400:
                    raise SystemExit(f"{label}/{category}: only {got} of {target} distinct lines")
                text = maker(r).strip()
                if not text or text in seen:
                    continue
                p = text[:16]
                if prefixes.get(p, 0) >= cap:
                    continue
                prefixes[p] = prefixes.get(p, 0) + 1
                seen.add(text)
                rows.append({"text": text, "label": label, "category": category})
                got += 1
    return rows


def main(argv):
    rows = build()
    data = "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
    if "--stdout" in argv:
        sys.stdout.write(data)
        return
    with open(os.path.join(HERE, "corpus.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write(data)


if __name__ == "__main__":
    main(sys.argv[1:])
