"""What the privacy filter costs on long notes, this tree beside another revision.

    PYTHONPATH=. python bench/bench_long_notes.py [--against REV] [--min-chars N] [--rounds N]
        [--profile K]

The bench's typical notes are 200-2,000 characters of one paragraph. An agent's end-of-session
note or a PR description is 1-4 KB over many lines, and held-out blind18 (session 15, long
notes) measured ~5 ms a line against blind17's ~0.6 ms. This bench takes every text of at least
``--min-chars`` characters from the open corpora (``OPEN``: retired blind corpora and training
data, never a held-out one), scans each once to warm up, then ``--rounds`` times, in a child
process per tree (``--against REV``: that revision's ``handoff`` from ``git archive``, the two
sides alternating), and prints the mean and median milliseconds per text and the ratio.
``--profile K`` prints this tree's K costliest functions (cProfile, own time) instead.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tarfile
import tempfile
from io import BytesIO
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
OPEN = ("privacy_blind13", "privacy_blind14", "privacy_blind15", "privacy_blind16",
        "privacy_train15")
"""Open corpora with many long texts. Held-out corpora are never read here."""

_CHILD = r"""
import json, statistics, sys, time
from handoff.privacy import scan_text
texts = json.load(sys.stdin)
for t in texts:
    scan_text(t)
per = []
for _ in range(int(sys.argv[1])):
    for t in texts:
        a = time.perf_counter(); scan_text(t); per.append(time.perf_counter() - a)
print(json.dumps([statistics.fmean(per) * 1e3, statistics.median(per) * 1e3]))
"""


def long_texts(min_chars: int) -> list[str]:
    out = []
    for name in OPEN:
        path = PROJECT / "tests" / name / "corpus.jsonl"
        for line in path.read_text(encoding="utf-8").splitlines():
            text = json.loads(line)["text"]
            if len(text) >= min_chars:
                out.append(text)
    return out


def run(tree: Path, texts: list[str], rounds: int) -> tuple[float, float]:
    env = {"PYTHONPATH": str(tree), "PYTHONHASHSEED": "0", "PATH": "/usr/bin:/bin"}
    out = subprocess.run([sys.executable, "-c", _CHILD, str(rounds)], input=json.dumps(texts),
                         capture_output=True, text=True, check=True, env=env, cwd=tree)
    mean, median = json.loads(out.stdout)
    return mean, median


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--against", metavar="REV", help="compare with this git revision")
    parser.add_argument("--min-chars", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--profile", type=int, metavar="K", help="print the K costliest functions")
    args = parser.parse_args()
    texts = long_texts(args.min_chars)
    chars = sum(map(len, texts)) / max(1, len(texts))
    print(f"{len(texts)} open-corpus texts of {args.min_chars}+ characters (mean {chars:.0f})")
    if args.profile:
        import cProfile
        import pstats

        from handoff.privacy import scan_text

        for text in texts:
            scan_text(text)
        profile = cProfile.Profile()
        profile.runcall(lambda: [scan_text(t) for t in texts])
        pstats.Stats(profile).sort_stats("tottime").print_stats(args.profile)
        return
    with tempfile.TemporaryDirectory() as scratch:
        trees = {"this tree": PROJECT}
        if args.against:
            archive = subprocess.run(["git", "-C", str(PROJECT), "archive", args.against, "handoff"],
                                     capture_output=True, check=True).stdout
            with tarfile.open(fileobj=BytesIO(archive)) as tar:
                tar.extractall(scratch, filter="data")
            trees[args.against] = Path(scratch)
        results: dict[str, list[tuple[float, float]]] = {name: [] for name in trees}
        for _ in range(2):  # the sides alternate, so load from elsewhere falls on both
            for name, tree in trees.items():
                results[name].append(run(tree, texts, args.rounds))
        best = {name: min(r) for name, r in results.items()}
        for name, (mean, median) in best.items():
            print(f"{name}: {mean:.2f} ms mean, {median:.2f} ms median per text (best of 2)")
        if args.against:
            ratio = best["this tree"][0] / best[args.against][0]
            print(f"ratio this tree / {args.against}: {ratio:.2f}x (mean)")


if __name__ == "__main__":
    main()
