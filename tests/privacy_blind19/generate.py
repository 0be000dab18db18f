"""Write blind19's corpus.jsonl beside this file: payloads that hooks, MCP clients, CI jobs and
tracers hand to a state store. Stdlib only, fixed seed; run as `python -I -S generate.py`.
"""
import json
import os
import random
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _b19cats import CATEGORIES, SHORT, wrap_foreign  # noqa: E402

TARGET = {"secret": 1050, "prompt": 1050, "benign": 1200}


def build():
    r = random.Random(19_2026)
    rows, seen, langs = [], set(), Counter()
    for label, fns in CATEGORIES.items():
        per, extra = divmod(TARGET[label], len(fns))
        for i, fn in enumerate(fns):
            want, got, tries = per + (1 if i < extra else 0), 0, 0
            while got < want:
                tries += 1
                if tries > want * 50:
                    raise SystemExit(f"{fn.__name__}: too many duplicates")
                short = SHORT.get(fn.__name__)
                text, lang = short(r) if short and r.random() < 0.3 else fn(r)
                if lang == "en" and r.random() < 0.16:
                    text, lang = wrap_foreign(r, text.strip())
                text = text.strip()
                if text in seen:
                    continue
                seen.add(text)
                rows.append({"text": text, "label": label, "category": fn.__name__})
                langs[label, lang != "en"] += 1
                got += 1
    r.shuffle(rows)
    return rows, langs


def main():
    rows, langs = build()
    with open(os.path.join(HERE, "corpus.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    n = len(rows)
    foreign = sum(k for (_, f), k in langs.items() if f)
    per = ", ".join(f"{lab} {langs[lab, True] / (langs[lab, True] + langs[lab, False]):.1%}" for lab in TARGET)
    print(f"{n} lines; non-English (wholly or partly) {foreign / n:.1%} ({per})")


if __name__ == "__main__":
    main()
