"""Write blind13's corpus.jsonl: a HELD-OUT labelled corpus for handoff's privacy filter, organised by
the tool the text comes from. Standard library only; byte-identical on every run.

    python3 -I -S tests/privacy_blind13/generate.py [--report]
"""

from __future__ import annotations

import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import _b13agents as agents
import _b13cueless as cueless
import _b13ops as ops

SEED = "handoff-blind13-heldout-v1"
TOOLS = [("claude", agents.CLAUDE), ("codex", agents.CODEX), ("opencode", agents.OPENCODE), ("aider", agents.AIDER),
         ("ide", agents.IDE), ("gemini", agents.GEMINI), ("ci", ops.CI), ("jupyter", ops.JUPYTER), ("chat", ops.CHAT),
         ("term", ops.TERM), ("editor", ops.EDITOR), ("handoff", ops.HANDOFF)]
MAX_TRIES = 60


def build() -> tuple[list[dict[str, str]], dict[str, int]]:
    rows: list[dict[str, str]] = []
    seen: set[str] = set()
    drops: dict[str, int] = {}

    def add(text: str, label: str, cat: str) -> bool:
        text = text.strip()
        if not text or text in seen:
            return False
        seen.add(text)
        rows.append({"text": text, "label": label, "category": cat})
        return True

    for tool, cats in TOOLS:
        for cat, label, n, gen in cats:
            assert cat.startswith(tool + "_"), cat
            r = random.Random(f"{SEED}:{label}:{cat}")
            got = 0
            for _ in range(n * MAX_TRIES):
                if got == n:
                    break
                got += add(gen(r), label, cat)
            assert got == n, (cat, got, n)
        drops[tool] = 0
        for pool, text in cueless.draw(tool, f"{SEED}:cueless:{tool}"):
            if pool == "unclear":
                drops[tool] += 1
            elif pool == "todo":
                add(text, "benign", f"{tool}_cueless_todo")
            else:
                add(text, "prompt", f"{tool}_cueless_request")
    return rows, drops


def main() -> None:
    rows, drops = build()
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "corpus.jsonl")
    with open(out, "w", encoding="utf-8", newline="\n") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    if "--report" in sys.argv:
        by: dict[tuple[str, str], int] = {}
        for row in rows:
            by[(row["label"], row["category"])] = by.get((row["label"], row["category"]), 0) + 1
        for (label, cat), n in sorted(by.items()):
            print(f"{label}\t{cat}\t{n}", file=sys.stderr)
        for label in ("secret", "prompt", "benign"):
            ml = sum(1 for r in rows if r["label"] == label and "\n" in r["text"])
            print(f"{label}\t{sum(1 for r in rows if r['label'] == label)}\tmultiline {ml}", file=sys.stderr)
        print(f"all\t{len(rows)}\tmultiline {sum(1 for r in rows if chr(10) in r['text'])}", file=sys.stderr)
        print("drops\t" + " ".join(f"{t}={n}" for t, n in drops.items()) + f"\ttotal={sum(drops.values())}", file=sys.stderr)


if __name__ == "__main__":
    main()
