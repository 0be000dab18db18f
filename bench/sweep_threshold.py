"""Where the prompt classifier's threshold falls between real prompts and real engineering text.

    PYTHONPATH=. python bench/sweep_threshold.py [--half dev|held] [--thresholds 1.0,1.25,...]
        [--benign-limit N] [--json]

The threshold in ``bench/train_classifier.py`` trades prompt recall for false positives. The
labelled corpora were written for this project and flatter both sides; the two real-text probes
read text nobody here wrote: ``probe_real_benign.py`` (Debian changelogs, NEWS, package
descriptions, commit messages: all benign) and ``probe_real_prompts.py`` (prompts shipped in
agent and LLM frameworks: all prompts, whole texts). This script scans each text once with the
rules alone (the classifier switched off) and scores it once with the shipped model, then
prints, for each threshold, what the filter would reject on each side: a text is rejected when
a rule fires, or when no rule fires, the text is long enough to be scored
(``classifier.eligible``) and its score reaches the threshold (the scanner's hook).

The development halves (the default) are what a threshold may be chosen on; ``--half held``
prints the figure to quote for a threshold chosen before looking.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import probe_real_benign
import probe_real_prompts

BENIGN_SOURCES = ["debian", "upstream", "metadata", "commits"]
DEFAULT_THRESHOLDS = "0.75,1.0,1.25,1.5,1.75,2.0,2.5"


def _rules_and_scores(texts: list[str]) -> list[tuple[bool, float | None]]:
    """(a rule fires, the classifier's score or None when the text is not scored) per text."""
    from handoff.privacy import classifier, scan_text

    model = classifier.model()
    shipped = model.threshold
    model.threshold = math.inf  # rules alone: the hook can never fire
    try:
        fired = [any(f.rule != classifier.RULE_ID for f in scan_text(t)) for t in texts]
    finally:
        model.threshold = shipped
    return [(f, model.score(t) if classifier.eligible(t) else None) for f, t in zip(fired, texts, strict=True)]


def _rejected(row: tuple[bool, float | None], threshold: float) -> bool:
    fired, score = row
    return fired or (score is not None and score >= threshold)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--half", choices=["dev", "held"], default="dev")
    parser.add_argument("--thresholds", default=DEFAULT_THRESHOLDS)
    parser.add_argument("--benign-limit", type=int, default=40000,
                        help="texts of real engineering text, spread over the sources")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    thresholds = [float(x) for x in args.thresholds.split(",")]

    benign = probe_real_benign.collect(BENIGN_SOURCES, args.benign_limit, args.half)
    cuts, missing = probe_real_prompts.collect(probe_real_prompts.DEFAULT_DATA, args.half)
    prompts = cuts["whole"]
    if not prompts:
        sys.exit(f"sweep_threshold: no real prompts found ({len(missing)} packages missing); "
                 "run bench/probe_real_prompts.py --fetch")
    rows_b = _rules_and_scores([text for _, _, text in benign])
    rows_p = _rules_and_scores([item[3] for item in prompts])

    by_source: dict[str, list[tuple[bool, float | None]]] = defaultdict(list)
    for (source, _, _), row in zip(benign, rows_b, strict=True):
        by_source[source].append(row)
    table = []
    for t in [math.inf, *thresholds]:
        entry: dict[str, object] = {"threshold": "rules only" if t == math.inf else t}
        entry["prompt recall"] = sum(_rejected(r, t) for r in rows_p) / len(rows_p)
        entry["benign rejected"] = sum(_rejected(r, t) for r in rows_b) / len(rows_b)
        for source, rows in sorted(by_source.items()):
            entry[source] = sum(_rejected(r, t) for r in rows) / len(rows)
        table.append(entry)
    if args.json:
        print(json.dumps({"half": args.half, "prompts": len(rows_p), "benign": len(rows_b),
                          "by_source": {s: len(r) for s, r in by_source.items()}, "table": table},
                         indent=1))
        return
    sources = sorted(by_source)
    print(f"{args.half} half: {len(rows_p)} real prompts (whole texts), {len(rows_b)} real benign texts "
          f"({', '.join(f'{s} {len(by_source[s])}' for s in sources)})")
    print("| threshold | prompt recall | benign rejected | " + " | ".join(sources) + " |")
    print("|---:|---:|---:|" + "---:|" * len(sources))
    for entry in table:
        cells = [f"{entry[k]:.2%}".replace("%", " %") for k in ["prompt recall", "benign rejected", *sources]]
        print(f"| {entry['threshold']} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
