"""Write blind26's corpus.jsonl: engineering outside web services (ML and data, mobile release, game
development, embedded, HPC, finance, bioinformatics, robotics, hardware labs, IT operations).

Python stdlib only, deterministic (fixed seed), run as `python -I -S generate.py`; writes corpus.jsonl beside
itself. `--stats` prints the shape figures the README quotes (label counts, multi-line, short and long shares,
share per domain and per language).
"""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _b26benign import BENIGN_CATS  # noqa: E402
from _b26lang import ACTUAL, FRAMED, LANGS, frame  # noqa: E402
from _b26prompt import PROMPT_CATS  # noqa: E402
from _b26secret import SECRET_CATS  # noqa: E402

SEED = 2026_12_04
FOREIGN_RATE = 0.31


def context(r, lang, domain, text):
    """Put a recorded item inside the neutral sentences an agent's note surrounds it with (a pool shared by all labels)."""
    return frame(r, lang, text, domain=domain)


def shape(r, text):
    """Vary the form lines arrive in: most multi-line items flattened to one line (as a note field stores
    them) or with literal \\n escapes; the rest kept as written."""
    if "\n" in text:
        x = r.random()
        if x < 0.10:
            return text.replace("\n", "\\n")
        if x < 0.61:
            return r.choice([" ", " ", " | ", " ; "]).join(p.strip() for p in text.split("\n") if p.strip())
    return text


def build():
    r = random.Random(SEED)
    rows, meta, seen = [], [], set()
    for label, cats in (("secret", SECRET_CATS), ("prompt", PROMPT_CATS), ("benign", BENIGN_CATS)):
        for cat, domain, fn, n in cats:
            got, tries = 0, 0
            while got < n:
                tries += 1
                if tries > n * 60:
                    raise SystemExit("category %s: only %d unique lines" % (cat, got))
                lang = r.choice(LANGS) if r.random() < FOREIGN_RATE else "en"
                state = r.getstate()
                FRAMED.clear()
                text = fn(r, lang)
                framed = FRAMED.pop("done", False)
                lang = ACTUAL.pop("lang", lang)
                if lang != "en":  # a line whose shape ignored the language is English (or neutral) text
                    twin = random.Random()
                    twin.setstate(state)
                    if fn(twin, "en") == text:
                        lang = "en"
                    ACTUAL.clear()
                    FRAMED.clear()
                x = r.random()
                if x < 0.05:  # a long note: several items of the same kind recorded together
                    text = text + "\n\n" + "\n\n".join(fn(r, lang) for _ in range(r.randint(4, 9)))
                    ACTUAL.clear()
                    text = context(r, lang, domain, text)
                elif len(text) < 260 and x < 0.50 and not framed:
                    text = context(r, lang, domain, text)
                text = shape(r, text).strip()
                if not text or text in seen:
                    continue
                seen.add(text)
                rows.append({"text": text, "label": label, "category": cat})
                meta.append((domain, lang))
                got += 1
    return rows, meta


def stats(rows, meta):
    from collections import Counter
    n = len(rows)
    out = ["lines %d" % n, "labels %s" % dict(Counter(x["label"] for x in rows))]
    out.append("multi-line %.1f%%" % (100 * sum("\n" in x["text"] for x in rows) / n))
    out.append("under 200 chars %.1f%%" % (100 * sum(len(x["text"]) < 200 for x in rows) / n))
    out.append("over 2000 chars %.1f%% (%d lines)" % (100 * sum(len(x["text"]) > 2000 for x in rows) / n, sum(len(x["text"]) > 2000 for x in rows)))
    out.append("literal \\n %d" % sum("\\n" in x["text"] and "\n" not in x["text"] for x in rows))
    out.append("domains %s" % ", ".join("%s %.1f%%" % (k, 100 * v / n) for k, v in Counter(d for d, _ in meta).most_common()))
    out.append("languages %s" % ", ".join("%s %.1f%%" % (k, 100 * v / n) for k, v in Counter(lg for _, lg in meta).most_common()))
    for lab in ("secret", "prompt", "benign"):
        idx = [i for i, x in enumerate(rows) if x["label"] == lab]
        out.append("  %s: non-English %.1f%%, multi-line %.1f%%, short %.1f%%" % (lab, 100 * sum(meta[i][1] != "en" for i in idx) / len(idx), 100 * sum("\n" in rows[i]["text"] for i in idx) / len(idx), 100 * sum(len(rows[i]["text"]) < 200 for i in idx) / len(idx)))
    out.append("categories %d" % len({x["category"] for x in rows}))
    return "\n".join(out)


def main():
    rows, meta = build()
    if "--stats" in sys.argv:
        print(stats(rows, meta))
        return
    with open(os.path.join(HERE, "corpus.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
