"""The blind privacy corpus stays what its README says: regenerable, well-formed, counted as documented.

These tests never run the privacy filter on the corpus (that is measure.py's job, run by
hand); they guard the corpus itself against hand edits and silent generator drift.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

BLIND = Path(__file__).resolve().parent / "privacy_blind"


def _rows() -> list[dict[str, str]]:
    return [json.loads(line) for line in (BLIND / "corpus.jsonl").read_text(encoding="utf-8").splitlines()]


def test_committed_corpus_is_exactly_what_generate_writes() -> None:
    done = subprocess.run([sys.executable, str(BLIND / "generate.py"), "--check"], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def test_every_line_has_text_label_and_category_and_texts_are_unique() -> None:
    rows = _rows()
    for row in rows:
        assert set(row) == {"text", "label", "category"}
        assert row["label"] in {"secret", "prompt", "benign"}
        assert row["text"] and re.fullmatch(r"[a-z0-9_]+", row["category"])
    texts = [row["text"] for row in rows]
    assert len(set(texts)) == len(texts)


def test_readme_counts_match_the_corpus() -> None:
    rows = _rows()
    lines = Counter(row["label"] for row in rows)
    cats = {label: len({r["category"] for r in rows if r["label"] == label}) for label in lines}
    table = re.findall(r"^\| `(\w+)` \| ([\d,]+) \| (\d+) \|", (BLIND / "README.md").read_text(), re.MULTILINE)
    assert {label: (int(n.replace(",", "")), int(c)) for label, n, c in table} == {
        label: (lines[label], cats[label]) for label in lines}
    assert f"{len(rows):,} short texts" in (BLIND / "README.md").read_text()
