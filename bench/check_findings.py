"""Check that a speed change leaves every privacy finding as it was.

    PYTHONPATH=. python bench/check_findings.py --base REV     # REV's filter against this tree's
    PYTHONPATH=. python bench/check_findings.py --dump FILE    # this tree's findings only

Every finding (rule id and span: the verdict and its reason, never the text) of ``scan_text``
on every line of the development corpus and of the blind corpora named in ``CORPORA``, each as
written and with its line breaks flattened to blanks; on each rule's examples and near misses;
on the benchmark notes; and of ``scan_value`` on benign lines under a secret-named key. The
base is the ``handoff`` package at git revision REV, extracted with ``git archive`` and run in
a child process whose working directory is outside the worktree (so the editable install
cannot win); this tree runs in a second child. Both use ``PYTHONHASHSEED=0`` (the order of
equal-priority findings follows set order). Exit status 1 and the first differing records if
the two dumps differ.

The held-out corpora (``privacy_blind26``, any ``privacy_blind27``) are never read: the list
below names the corpora this script may open, rather than globbing (``privacy_blind5`` and
``privacy_blind8`` were retired from held-out in session 11, blind9-11 in session 12, blind12
and blind13 in session 13, blind14 in session 14, blind15 and blind16 in session 15, blind17 in session
16, blind18 in session 17, blind19 in session 18, blind20 in session 19, blind21 in session 20, blind22 and blind23 in
session 21, blind24 in session 22, blind25 in session 23, and are checked too).

Not a test: the corpora hold ~30,000 lines, a minute or two of scanning per tree.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
CORPORA = (
    "privacy_corpus/benign.jsonl",
    "privacy_corpus/prompts.jsonl",
    "privacy_corpus/secrets.jsonl",
    "privacy_blind/corpus.jsonl",
    "privacy_blind2/corpus.jsonl",
    "privacy_blind3/corpus.jsonl",
    "privacy_blind4/corpus.jsonl",
    "privacy_blind5/corpus.jsonl",
    "privacy_blind6/corpus.jsonl",
    "privacy_blind7/corpus.jsonl",
    "privacy_blind8/corpus.jsonl",
    "privacy_blind9/corpus.jsonl",
    "privacy_blind10/corpus.jsonl",
    "privacy_blind11/corpus.jsonl",
    "privacy_blind12/corpus.jsonl",
    "privacy_blind13/corpus.jsonl",
    "privacy_blind14/corpus.jsonl",
    "privacy_blind15/corpus.jsonl",
    "privacy_blind16/corpus.jsonl",
    "privacy_blind17/corpus.jsonl",
    "privacy_blind18/corpus.jsonl",
    "privacy_blind19/corpus.jsonl",
    "privacy_blind20/corpus.jsonl",
    "privacy_blind21/corpus.jsonl",
    "privacy_blind22/corpus.jsonl",
    "privacy_blind23/corpus.jsonl",
    "privacy_blind24/corpus.jsonl",
    "privacy_blind25/corpus.jsonl",
)
"""Relative to tests/. Never add a held-out corpus here (their READMEs say why)."""


def dump(out: Path) -> int:
    """Write one JSON line per scanned text to ``out``; return how many."""
    sys.path.insert(0, str(PROJECT / "bench"))
    from bench_privacy import TYPICAL_NOTES, dense_note, two_kb

    from handoff.privacy import scan_text, scan_value
    from handoff.privacy.rules import RULES

    count = 0
    with out.open("w", encoding="utf-8") as fh:
        def emit(tag: str, found: list[tuple[object, ...]]) -> None:
            nonlocal count
            count += 1
            fh.write(json.dumps([tag, sorted(found)]) + "\n")

        def text_findings(text: str) -> list[tuple[object, ...]]:
            return [(f.rule, f.start, f.end) for f in scan_text(text)]

        for rel in CORPORA:
            path = PROJECT / "tests" / rel
            if not path.exists():
                print(f"{rel}: absent, skipped", file=sys.stderr)
                continue
            for i, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
                text = json.loads(line)["text"]
                emit(f"{rel}:{i}", text_findings(text))
                emit(f"{rel}:{i}:flat", text_findings(text.replace("\n", " ")))
        for rule in RULES:
            for i, text in enumerate(rule.examples):
                emit(f"example:{rule.id}:{i}", text_findings(text))
            for i, text in enumerate(rule.near_misses):
                emit(f"near-miss:{rule.id}:{i}", text_findings(text))
        for i, note in enumerate(TYPICAL_NOTES):
            emit(f"note:{i}", text_findings(two_kb(note)))
        emit("dense-note", text_findings(dense_note()))
        benign = (PROJECT / "tests" / "privacy_corpus" / "benign.jsonl").read_text("utf-8")
        for i, line in enumerate(benign.splitlines()):
            found = [(f.path, f.rule, f.start, f.end)
                     for f in scan_value({"db.password": json.loads(line)["text"][:60]})]
            emit(f"config:{i}", found)
    return count


def _child_dump(package_root: Path, out: Path, cwd: Path) -> None:
    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONPATH=str(package_root))
    subprocess.run([sys.executable, str(Path(__file__).resolve()), "--dump", str(out)],
                   env=env, cwd=cwd, check=True)


def compare(base: str) -> int:
    with tempfile.TemporaryDirectory(prefix="check-findings-") as tmp:
        root = Path(tmp)
        archive = subprocess.run(["git", "-C", str(PROJECT), "archive", base, "handoff"],
                                 check=True, capture_output=True).stdout
        tar_path = root / "base.tar"
        tar_path.write_bytes(archive)
        with tarfile.open(tar_path) as tar:
            tar.extractall(root / "base", filter="data")
        _child_dump(root / "base", root / "base.jsonl", root)
        _child_dump(PROJECT, root / "new.jsonl", root)
        old = (root / "base.jsonl").read_text("utf-8").splitlines()
        new = (root / "new.jsonl").read_text("utf-8").splitlines()
    before = {json.loads(line)[0]: line for line in old}
    after = {json.loads(line)[0]: line for line in new}
    diffs = [(before.get(tag, "(absent)"), after.get(tag, "(absent)"))
             for tag in sorted(before.keys() | after.keys()) if before.get(tag) != after.get(tag)]
    print(f"{len(old)} records at {base}, {len(new)} in this tree, {len(diffs)} differ")
    for a, b in diffs[:20]:
        print(f"- {a}\n+ {b}")
    return 0 if not diffs and old == new else 1


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--base", metavar="REV", help="compare REV's findings with this tree's")
    group.add_argument("--dump", metavar="FILE", type=Path, help="write this tree's findings")
    args = parser.parse_args()
    if args.dump:
        print(f"{dump(args.dump)} records written to {args.dump}", file=sys.stderr)
        return
    sys.exit(compare(args.base))


if __name__ == "__main__":
    main()
