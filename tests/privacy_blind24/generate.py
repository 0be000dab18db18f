"""Write blind24's corpus.jsonl: knowledge-work documents (wikis, runbooks, mail, tickets, notebooks,
CSV exports, notes, slides, Q&A) with and without credentials, prompts, model output and chat.
Stdlib only, fixed seed: `python -I -S generate.py`."""
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _b24benign import BENIGN
from _b24prompt import PROMPT
from _b24rand import finish
from _b24secret import SECRET

SEED = 240024


def split(total: int, k: int) -> list[int]:
    base, extra = divmod(total, k)
    return [base + (1 if i < extra else 0) for i in range(k)]


def main() -> None:
    r = random.Random(SEED)
    seen: set[str] = set()
    out = []
    for label, makers, total in (("secret", SECRET, 1050), ("prompt", PROMPT, 1050), ("benign", BENIGN, 1200)):
        for make, n in zip(makers, split(total, len(makers)), strict=True):
            got = 0
            while got < n:
                text = finish(r, make(r))
                if not text or text in seen:
                    continue
                seen.add(text)
                out.append({"text": text, "label": label, "category": make.__name__})
                got += 1
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "corpus.jsonl")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for row in out:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
