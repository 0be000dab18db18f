"""Write blind23's corpus.jsonl beside this file: what arrives through handoff's own write
paths (CLI fields, session hooks, MCP tool arguments, imports), one field's value a line.

Stdlib only, deterministic (fixed seed in _b23rand): run it as `python -I -S generate.py`.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import _b23benign  # noqa: E402
import _b23prompt  # noqa: E402
import _b23secret  # noqa: E402
from _b23frames import with_context  # noqa: E402
from _b23lang import CODES, LANGS  # noqa: E402
from _b23rand import R  # noqa: E402

FOREIGN_SHARE = 0.36
"""Asked of every line; categories whose frame has no natural-language slot ignore it."""
WRAP_SHORT = {"secret": 0.65, "prompt": 0.3, "benign": 0.82}
"""Share of short values also written at a longer length, inside a note with a lead and a tail."""


def build():
    rows, seen = [], set()
    for label, module in (("secret", _b23secret), ("prompt", _b23prompt), ("benign", _b23benign)):
        for category, make, count in module.CATEGORIES:
            makers = make if isinstance(make, tuple) else (make,)
            for i in range(count):
                for _ in range(400):
                    lang = CODES[R.randrange(len(CODES))] if R.random() < FOREIGN_SHARE else None
                    text = makers[i % len(makers)](lang).strip()
                    if len(text) < 200 and R.random() < WRAP_SHORT[label]:
                        text = with_context(text, lang, LANGS[lang]["note"] if lang else []).strip()
                    if text and text not in seen:
                        break
                else:
                    raise SystemExit(f"{category}: could not find a new text")
                seen.add(text)
                rows.append({"text": text, "label": label, "category": category})
    R.shuffle(rows)
    return rows


def main():
    rows = build()
    with open(os.path.join(HERE, "corpus.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
