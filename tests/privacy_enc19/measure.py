"""Measure the filter on the enc19 dev corpus, per language and category: prompt texts
rejected, benign texts rejected, and (``--show``) the texts that went the wrong way.

    PYTHONPATH=. .venv/bin/python tests/privacy_enc19/measure.py [--show] [--rules-only]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

from handoff.privacy import scan_text

HERE = Path(__file__).resolve().parent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true", help="print the texts that went wrong")
    parser.add_argument("--rules-only", action="store_true", help="ignore prompt-classifier findings")
    args = parser.parse_args()
    total: Counter[tuple[str, str, str]] = Counter()
    wrong: Counter[tuple[str, str, str]] = Counter()
    for line in (HERE / "corpus.jsonl").read_text(encoding="utf-8").splitlines():
        r = json.loads(line)
        rules = {f.rule for f in scan_text(r["text"])}
        if args.rules_only:
            rules.discard("prompt-classifier")
        key = (r["label"], r["lang"], r["category"])
        total[key] += 1
        flagged = bool(rules)
        if flagged != (r["label"] != "benign"):
            wrong[key] += 1
            if args.show:
                print(f"--- {key} {sorted(rules)}\n{r['text']}\n")
    for label in ("secret", "prompt", "benign"):
        n = sum(v for k, v in total.items() if k[0] == label)
        bad = sum(v for k, v in wrong.items() if k[0] == label)
        print(f"{label}: {n - bad if label != 'benign' else bad} of {n} rejected")
        for key in sorted(k for k in total if k[0] == label):
            if wrong[key]:
                print(f"  {key[1]:3} {key[2]:10} wrong {wrong[key]} of {total[key]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
