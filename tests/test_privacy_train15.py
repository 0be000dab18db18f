"""``tests/privacy_train15`` is hand-written benign training data for the prompt classifier (an
agent's own notes in its own words; commits, changelogs and package descriptions about prompts,
models and tokens; fourteen languages). These tests keep it reproducible from its generator."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

TRAIN15 = Path(__file__).resolve().parent / "privacy_train15"


def test_train15_is_what_its_generator_writes(tmp_path: Path) -> None:
    copy = tmp_path / "privacy_train15"
    copy.mkdir()
    for source in [TRAIN15 / "generate.py", *TRAIN15.glob("_t15*.py")]:
        shutil.copy(source, copy / source.name)
    subprocess.run([sys.executable, "-I", "-S", str(copy / "generate.py")], check=True, cwd=tmp_path)
    assert (copy / "corpus.jsonl").read_bytes() == (TRAIN15 / "corpus.jsonl").read_bytes()


def test_train15_lines_are_benign_distinct_and_in_many_languages() -> None:
    rows = [json.loads(line) for line in (TRAIN15 / "corpus.jsonl").read_text("utf-8").splitlines()]
    assert {r["label"] for r in rows} == {"benign"}
    assert len({r["text"] for r in rows}) == len(rows)
    assert len({r["category"] for r in rows if r["category"].startswith("intl_")}) >= 10
