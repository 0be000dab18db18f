"""Write privacy_blind25's corpus.jsonl: what teams whose working language is not English write.

    python -I -S generate.py

Python stdlib only, fixed seed (in `_b25rand`): the output is the same on every run. Each
category's builder is called until the category has its lines; a text already present anywhere
in the corpus is drawn again, so every line is unique.
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from _b25benign import BENIGN
from _b25prompt import PROMPT
from _b25rand import R
from _b25secret import SECRET

PLAN = [("secret", SECRET, 70), ("prompt", PROMPT, 70), ("benign", BENIGN, 75)]


def stored(text: str) -> str:
    """How the text reaches the store: as written, or flattened to one line by the tool that
    copied it (newlines dropped, or kept as literal \\n)."""
    if "\n" not in text:
        return text
    r = R.random()
    if r < 0.2:
        return " ".join(x.strip() for x in text.split("\n") if x.strip())
    if r < 0.3:
        return text.replace("\n", "\\n")
    return text


def build() -> list[dict]:
    seen: set[str] = set()
    rows = []
    for label, cats, per in PLAN:
        for cat, make in cats.items():
            got, tries = 0, 0
            while got < per:
                tries += 1
                if tries > per * 60:
                    raise SystemExit(f"{cat}: only {got} unique texts")
                text = stored(make().strip())
                if not text or text in seen:
                    continue
                seen.add(text)
                rows.append({"text": text, "label": label, "category": cat})
                got += 1
    R.shuffle(rows)
    return rows


def main() -> None:
    rows = build()
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "corpus.jsonl")
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
