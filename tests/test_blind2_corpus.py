"""The committed blind2 corpus is exactly what its generator writes, and every line is well formed.

These tests never run the privacy filter: the corpus is blind, measured once by
tests/privacy_blind2/measure.py, and no rule may be tuned against it.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent / "privacy_blind2"
CORPUS = HERE / "corpus.jsonl"
LABELS = {"secret", "prompt", "benign"}


def _rows() -> list[dict[str, object]]:
    return [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines()]


def test_committed_corpus_equals_generator_output_with_stdlib_only() -> None:
    # -I -S: no site-packages, no user paths (any non-stdlib import fails); str hashing stays randomized.
    out = subprocess.run(
        [sys.executable, "-I", "-S", str(HERE / "generate.py"), "--stdout"],
        capture_output=True, check=True,
    ).stdout
    assert out == CORPUS.read_bytes(), "corpus.jsonl is stale or the generator is not deterministic"


def test_every_line_is_well_formed() -> None:
    raw = CORPUS.read_bytes()
    assert raw.endswith(b"\n")
    for n, line in enumerate(raw.decode("utf-8").splitlines(), 1):
        row = json.loads(line)
        assert isinstance(row, dict), n
        assert list(row) == ["text", "label", "category"], n
        assert isinstance(row["text"], str) and row["text"].strip() == row["text"] != "", n
        assert row["label"] in LABELS, n
        assert isinstance(row["category"], str) and re.fullmatch(r"[a-z0-9_]+", row["category"]), n


def test_texts_are_unique_and_each_category_has_one_label() -> None:
    rows = _rows()
    texts = Counter(str(r["text"]) for r in rows)
    assert [t for t, k in texts.items() if k > 1] == []
    labels_of: dict[object, set[object]] = {}
    for r in rows:
        labels_of.setdefault(r["category"], set()).add(r["label"])
    assert {c: ls for c, ls in labels_of.items() if len(ls) > 1} == {}


def test_label_sizes_match_the_brief() -> None:
    counts = Counter(str(r["label"]) for r in _rows())
    assert 900 <= counts["secret"] <= 1200
    assert 550 <= counts["prompt"] <= 700
    assert 1400 <= counts["benign"] <= 1650
