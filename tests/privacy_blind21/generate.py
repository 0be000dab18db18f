"""Write blind21's corpus.jsonl beside this file: text as it arrives after the trip (terminal
captures, wrapping, quoting, escaping, encoding, truncation, log framing), three labels.

Stdlib only, deterministic: run with `python -I -S generate.py`."""
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import _b21benign
import _b21prompt
import _b21secret

SEED = 2121
TOTALS = {"secret": 1050, "prompt": 1050, "benign": 1200}
HEAVY = {"sec_intl_mangled": 4.2, "pr_intl_terminal": 1.3, "ben_intl_notes": 4.6, "pr_chat_export_people": 1.2}


def quotas(cats, total):
    w = {c: HEAVY.get(c, 1.0) for c in cats}
    s = sum(w.values())
    q = {c: int(total * w[c] / s) for c in cats}
    rest = total - sum(q.values())
    for c in sorted(cats)[:rest]:
        q[c] += 1
    return q


def pad(rng, text):
    """Some lines arrive inside a long capture: ordinary noise before and/or after."""
    n = rng.randint(1800, 3600)
    before = _b21benign.filler(rng, n // 2) if rng.random() < 0.7 else ""
    after = _b21benign.filler(rng, n // 2) if rng.random() < 0.5 or not before else ""
    return "\n".join(p for p in (before, text, after) if p)


def build():
    rng = random.Random(SEED)
    rows = []
    seen = set()
    for label, mod in (("secret", _b21secret), ("prompt", _b21prompt), ("benign", _b21benign)):
        q = quotas(list(mod.CATEGORIES), TOTALS[label])
        for cat in sorted(mod.CATEGORIES):
            fn = mod.CATEGORIES[cat]
            made, tries = 0, 0
            while made < q[cat]:
                tries += 1
                if tries > q[cat] * 60:
                    raise SystemExit("category %s cannot reach %d unique lines" % (cat, q[cat]))
                text = fn(rng)
                if rng.random() < 0.06:
                    text = pad(rng, text)
                elif len(text) < 200 and rng.random() < 0.55:
                    text = _b21benign.context(rng, text)
                text = text.strip()
                if not text or text in seen:
                    continue
                seen.add(text)
                rows.append({"text": text, "label": label, "category": cat})
                made += 1
    rng.shuffle(rows)
    return rows


def main():
    rows = build()
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "corpus.jsonl")
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
