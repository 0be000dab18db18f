"""``tests/privacy_train14`` is hand-written training data (quoted requests, pasted answers, chat
and e-mail between people, short inputs to an agent, and their benign twins) that session 14
kept in the tree but out of the classifier's ``AUGMENT``: trained on, it raised the rate of real
engineering prose the filter rejects (design.md, "Session 14 (prompts)"). Kept so the next
round can weigh it against both real probes; these tests keep it reproducible until then."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

TRAIN14 = Path(__file__).resolve().parent / "privacy_train14"


def test_train14_is_what_its_generator_writes(tmp_path: Path) -> None:
    copy = tmp_path / "privacy_train14"
    copy.mkdir()
    for source in [TRAIN14 / "generate.py", *TRAIN14.glob("_t14*.py")]:
        shutil.copy(source, copy / source.name)
    subprocess.run([sys.executable, "-I", "-S", str(copy / "generate.py")], check=True, cwd=tmp_path)
    assert (copy / "corpus.jsonl").read_bytes() == (TRAIN14 / "corpus.jsonl").read_bytes()


def test_train14_lines_are_labelled_prompt_or_benign_with_one_label_per_category() -> None:
    rows = [json.loads(line) for line in (TRAIN14 / "corpus.jsonl").read_text("utf-8").splitlines()]
    assert {r["label"] for r in rows} == {"prompt", "benign"}
    assert len({r["text"] for r in rows}) == len(rows)
    label_of: dict[str, set[str]] = {}
    for r in rows:
        label_of.setdefault(r["category"], set()).add(r["label"])
    assert all(len(labels) == 1 for labels in label_of.values())
