"""The committed blind4 corpus is exactly what its generator writes, and every line is well formed.

blind4 is the held-out corpus (see tests/privacy_blind4/README.md): nobody may tune rules on
it. These tests never run the privacy filter; its figures come from
tests/privacy_blind4/measure.py.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent / "privacy_blind4"
CORPUS = HERE / "corpus.jsonl"
LABELS = {"secret", "prompt", "benign"}
SOURCES = ("generate.py", "_h4rand.py", "_h4secret.py", "_h4prompt.py", "_h4benign.py")


def _rows() -> list[dict[str, object]]:
    return [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines()]


def test_committed_corpus_equals_generator_output_with_stdlib_only(tmp_path: Path) -> None:
    # The generator writes corpus.jsonl beside itself: run a copy, so the committed file stays.
    for name in SOURCES:
        shutil.copy(HERE / name, tmp_path / name)
    # -I -S: no site-packages, no user paths (any non-stdlib import fails).
    subprocess.run([sys.executable, "-I", "-S", str(tmp_path / "generate.py")],
                   capture_output=True, check=True)
    assert (tmp_path / "corpus.jsonl").read_bytes() == CORPUS.read_bytes(), (
        "corpus.jsonl is stale or the generator is not deterministic")


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


def test_label_sizes_match_the_readme() -> None:
    counts = Counter(str(r["label"]) for r in _rows())
    assert counts == {"secret": 990, "prompt": 1140, "benign": 980}
