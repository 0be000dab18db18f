"""Measure handoff's privacy filter on the blind corpus: recall on secrets and prompts, false positives on benign.

Usage: python tests/privacy_blind/measure.py [--corpus PATH] [--json]

Each line's text goes through `handoff.privacy.scan_text(text)`; a non-empty list of
findings means "flagged". Figures only: the script never asserts a target, and it prints
counts, never the texts, so nobody is tempted to fit the rules to individual lines (see
README.md: the corpus is blind and must stay unseen by whoever tunes the rules).

Exit codes: 0 figures printed; 2 the corpus file is missing or malformed.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
LABELS = ("secret", "prompt", "benign")
"""secret and prompt lines should be flagged (recall); benign lines should not (false-positive rate)."""


class CorpusError(Exception):
    pass


def load(path: Path) -> list[dict[str, str]]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise CorpusError(f"cannot read {path}: {exc.strerror}") from None
    rows = []
    for n, line in enumerate(lines, 1):
        try:
            row = json.loads(line)
        except json.JSONDecodeError:
            raise CorpusError(f"{path}:{n}: not a JSON object") from None
        if (not isinstance(row, dict) or not isinstance(row.get("text"), str) or row.get("label") not in LABELS
                or not isinstance(row.get("category"), str)):
            raise CorpusError(f"{path}:{n}: needs text (string), label ({'/'.join(LABELS)}) and category (string)")
        rows.append(row)
    return rows


def measure(rows: Sequence[dict[str, str]], scan: Callable[[str], Sequence[object]]) -> dict[str, Any]:
    """Tally flagged/total/errors per label and per (label, category); an exception counts as an error, not a flag."""
    labels: dict[str, dict[str, Any]] = {lab: {"flagged": 0, "total": 0, "errors": 0} for lab in LABELS}
    cats: dict[str, dict[str, dict[str, Any]]] = {lab: {} for lab in LABELS}
    for row in rows:
        lab, cat = row["label"], row["category"]
        cell = cats[lab].setdefault(cat, {"flagged": 0, "total": 0, "errors": 0})
        try:
            flagged = bool(scan(row["text"]))
        except Exception:  # a crash on some input is a finding of its own: counted, never hidden
            flagged = False
            cell["errors"] += 1
            labels[lab]["errors"] += 1
        for tally in (cell, labels[lab]):
            tally["total"] += 1
            tally["flagged"] += int(flagged)
    for tally in [*labels.values(), *(c for per in cats.values() for c in per.values())]:
        tally["rate"] = tally["flagged"] / tally["total"] if tally["total"] else 0.0
    missed = [{"label": lab, "category": cat, "missed": c["total"] - c["flagged"], "total": c["total"]}
              for lab in ("secret", "prompt") for cat, c in sorted(cats[lab].items()) if c["flagged"] < c["total"]]
    missed.sort(key=lambda m: (-m["missed"] / m["total"], m["label"], m["category"]))
    false_pos = [{"category": cat, "flagged": c["flagged"], "total": c["total"]}
                 for cat, c in sorted(cats["benign"].items()) if c["flagged"]]
    false_pos.sort(key=lambda m: (-m["flagged"] / m["total"], m["category"]))
    return {"lines": len(rows), "labels": labels, "categories": cats, "missed": missed, "false_positives": false_pos}


def _pct(x: float) -> str:
    return f"{100 * x:.1f}%"


def markdown(res: dict[str, Any], corpus: Path) -> str:
    out = [f"## Blind corpus: `handoff.privacy.scan_text` on {corpus.name} ({res['lines']} lines)", "",
           "| label | flagged | total | rate | meaning | scan errors |", "|---|---:|---:|---:|---|---:|"]
    meaning = {"secret": "recall", "prompt": "recall", "benign": "false-positive rate"}
    for lab in LABELS:
        t = res["labels"][lab]
        out.append(f"| {lab} | {t['flagged']} | {t['total']} | {_pct(t['rate'])} | {meaning[lab]} | {t['errors']} |")
    titles = {"secret": "secret: recall per category (lowest first)",
              "prompt": "prompt: recall per category (lowest first)",
              "benign": "benign: false positives per category (highest first)"}
    for lab in LABELS:
        per = res["categories"][lab]
        order = sorted(per.items(), key=lambda kv: ((-1 if lab == "benign" else 1) * kv[1]["rate"], kv[0]))
        head = "false-positive rate" if lab == "benign" else "recall"
        out += ["", f"### {titles[lab]}", "", f"| category | flagged | total | {head} |", "|---|---:|---:|---:|"]
        out += [f"| {cat} | {c['flagged']} | {c['total']} | {_pct(c['rate'])} |" for cat, c in order]
    n_missed = len(res["missed"])
    out += ["", f"### Missed categories ({n_missed}): secret/prompt categories with at least one unflagged line", ""]
    if res["missed"]:
        out += ["| label | category | missed | total |", "|---|---|---:|---:|"]
        out += [f"| {m['label']} | {m['category']} | {m['missed']} | {m['total']} |" for m in res["missed"]]
    else:
        out.append("none")
    out += ["", f"### Benign categories with false positives ({len(res['false_positives'])})", ""]
    if res["false_positives"]:
        out += ["| category | flagged | total |", "|---|---:|---:|"]
        out += [f"| {m['category']} | {m['flagged']} | {m['total']} |" for m in res["false_positives"]]
    else:
        out.append("none")
    return "\n".join(out) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=HERE / "corpus.jsonl")
    ap.add_argument("--json", action="store_true", help="print machine-readable JSON instead of markdown tables")
    args = ap.parse_args(argv)
    try:
        rows = load(args.corpus)
    except CorpusError as exc:
        print(f"measure.py: {exc}", file=sys.stderr)
        return 2
    sys.path.insert(0, str(ROOT))
    from handoff.privacy import scan_text

    res = measure(rows, scan_text)
    if args.json:
        print(json.dumps({"corpus": str(args.corpus), **res}, indent=1))
    else:
        print(markdown(res, args.corpus), end="")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
