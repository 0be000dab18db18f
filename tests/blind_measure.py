"""Measure handoff's privacy filter on a blind corpus (recall per label/category, benign FP rate).

Each corpus directory (`tests/privacy_blind3/`, `4/`, `5/`) has a `measure.py` that runs
this on its own `corpus.jsonl`. Run from the handoff repository root (or pass --repo PATH):

    .venv/bin/python tests/privacy_blindN/measure.py            # markdown table
    .venv/bin/python tests/privacy_blindN/measure.py --json     # machine-readable

`handoff.privacy.scan_text` is imported only when this script runs. A line counts as
*flagged* (rejected) when scan_text returns something truthy that is not an explicit
"clean" verdict: a non-empty list/tuple/set/dict/str, True, or an object whose
`ok`/`clean`/`allowed`/`accepted` attribute is false or whose `flagged`/`rejected`/
`blocked`/`findings`/`reasons`/`hits` attribute is truthy. None, False, and empty
containers mean accepted. If scan_text raises an exception whose class name mentions
Privacy, Reject, Secret, Prompt or Sensitive, the line counts as flagged; other
exceptions are counted separately as errors (and as not flagged).

secret and prompt lines should be flagged (recall); benign lines should not (FP rate).
"""
import argparse
import json
import os
import sys
import time
from collections import OrderedDict

_CLEAN_ATTRS = ("ok", "clean", "allowed", "accepted", "passed")
_DIRTY_ATTRS = ("flagged", "rejected", "blocked", "is_secret", "found", "findings", "reasons", "hits", "matches",
                "issues")
_FLAG_EXC = ("privacy", "reject", "secret", "prompt", "sensitive")


def verdict(result):
    if result is None:
        return False
    if isinstance(result, bool):
        return result
    if isinstance(result, (list, tuple, set, frozenset, dict, str, bytes)):
        return len(result) > 0
    for a in _CLEAN_ATTRS:
        if hasattr(result, a):
            v = getattr(result, a)
            if not callable(v):
                return not bool(v)
    for a in _DIRTY_ATTRS:
        if hasattr(result, a):
            v = getattr(result, a)
            if not callable(v):
                return bool(v)
    return bool(result)


def load(corpus):
    rows = []
    with open(corpus, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line:
                rows.append(json.loads(line))
    return rows


def measure(scan_text, rows):
    stats = OrderedDict()  # (label, category) -> [n, flagged, errors]
    t0 = time.perf_counter()
    for row in rows:
        key = (row["label"], row["category"])
        s = stats.setdefault(key, [0, 0, 0])
        s[0] += 1
        try:
            flagged = verdict(scan_text(row["text"]))
        except Exception as exc:
            name = type(exc).__name__.lower()
            if any(w in name for w in _FLAG_EXC):
                flagged = True
            else:
                flagged = False
                s[2] += 1
        if flagged:
            s[1] += 1
    elapsed = time.perf_counter() - t0
    return stats, elapsed


def summarise(corpus, stats, elapsed, nrows):
    labels = OrderedDict()
    cats = []
    for (label, cat), (n, fl, err) in stats.items():
        agg = labels.setdefault(label, [0, 0, 0])
        agg[0] += n
        agg[1] += fl
        agg[2] += err
        if label == "benign":
            cats.append({"label": label, "category": cat, "n": n, "flagged": fl, "errors": err,
                         "fp_rate": fl / n if n else 0.0})
        else:
            cats.append({"label": label, "category": cat, "n": n, "flagged": fl, "errors": err,
                         "recall": fl / n if n else 0.0})
    out = {"corpus": corpus, "lines": nrows, "seconds": round(elapsed, 3),
           "us_per_line": round(elapsed / nrows * 1e6, 1) if nrows else 0.0, "labels": {}, "categories": cats}
    for label, (n, fl, err) in labels.items():
        d = {"n": n, "flagged": fl, "errors": err}
        if label == "benign":
            d["fp_rate"] = fl / n if n else 0.0
        else:
            d["recall"] = fl / n if n else 0.0
        out["labels"][label] = d
    return out


def markdown(out):
    lines = [f"# Privacy filter on {os.path.basename(os.path.dirname(out['corpus']))}", "",
             f"{out['lines']} lines, {out['seconds']} s ({out['us_per_line']} µs/line)", "",
             "| label | n | flagged | metric | value | errors |", "|---|---:|---:|---|---:|---:|"]
    for label, d in out["labels"].items():
        m = "FP rate" if label == "benign" else "recall"
        v = d["fp_rate"] if label == "benign" else d["recall"]
        lines.append(f"| {label} | {d['n']} | {d['flagged']} | {m} | {v * 100:.1f} % | {d['errors']} |")
    lines += ["", "| label | category | n | flagged | metric | value | errors |", "|---|---|---:|---:|---|---:|---:|"]
    for c in out["categories"]:
        m = "FP rate" if c["label"] == "benign" else "recall"
        v = c["fp_rate"] if c["label"] == "benign" else c["recall"]
        lines.append(f"| {c['label']} | {c['category']} | {c['n']} | {c['flagged']} | {m} | {v * 100:.1f} % "
                     f"| {c['errors']} |")
    return "\n".join(lines)


def main(corpus, argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--json", action="store_true", help="print JSON instead of markdown")
    ap.add_argument("--repo", default=os.getcwd(), help="handoff repository root (default: cwd)")
    args = ap.parse_args(argv)
    sys.path.insert(0, os.path.abspath(args.repo))
    from handoff.privacy import scan_text  # imported only when run

    # harness sanity check (not tuning): warn if the result mapping in verdict() looks inverted
    probe_ok = "3 failed, 209 passed"
    probe_bad = "GITHUB_TOKEN=ghp_" + "Xq7Lm2Rk9Tz4Wb8Nc3Vd6Hf1Jg5Ps0Ya2Ue9"
    try:
        if verdict(scan_text(probe_ok)) or not verdict(scan_text(probe_bad)):
            print("warning: scan_text results may be read the wrong way round; check verdict() "
                  "against scan_text's return type before trusting these figures", file=sys.stderr)
    except Exception as exc:
        print(f"warning: probe call raised {type(exc).__name__}", file=sys.stderr)

    rows = load(corpus)
    stats, elapsed = measure(scan_text, rows)
    out = summarise(corpus, stats, elapsed, len(rows))
    if args.json:
        print(json.dumps(out, indent=2, ensure_ascii=False))
    else:
        print(markdown(out))

