"""``tests/privacy_train17c`` is hand-written training data for the prompt classifier: first-person
and team engineering notes and notes about LLM features (benign), and a smaller set of the same
notes carrying one quoted request, system prompt, answer or chat excerpt. These tests keep it
reproducible from its generator and check the shape it was written to have; and
``bench/loco_groups.py``, the grouped leave-one-out that measured it, keeps its protocol."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRAIN17C = ROOT / "tests" / "privacy_train17c"
sys.path.insert(0, str(ROOT / "bench"))


def _rows() -> list[dict[str, str]]:
    return [json.loads(line) for line in (TRAIN17C / "corpus.jsonl").read_text("utf-8").splitlines()]


def test_train17c_is_what_its_generator_writes(tmp_path: Path) -> None:
    copy = tmp_path / "privacy_train17c"
    copy.mkdir()
    for source in [TRAIN17C / "generate.py", *TRAIN17C.glob("_t17c*.py")]:
        shutil.copy(source, copy / source.name)
    subprocess.run([sys.executable, "-I", "-S", str(copy / "generate.py")], check=True, cwd=tmp_path,
                   capture_output=True)
    assert (copy / "corpus.jsonl").read_bytes() == (TRAIN17C / "corpus.jsonl").read_bytes()


def test_train17c_is_mostly_benign_first_person_and_llm_notes() -> None:
    rows = _rows()
    assert len({r["text"] for r in rows}) == len(rows)
    benign = [r for r in rows if r["label"] == "benign"]
    twins = [r for r in rows if r["label"] == "prompt"]
    assert {r["label"] for r in rows} == {"benign", "prompt"}
    assert len(twins) * 4 < len(benign)  # the twins are the smaller set
    assert all(r["category"].startswith("twin_") for r in twins)
    longs = [r["text"] for r in benign if r["category"].startswith("long_")]
    assert len(longs) >= 1000 and all(300 <= len(t) <= 3500 for t in longs)
    first_person = [t for t in longs if " I " in f" {t} " or t.startswith("I ")]
    assert len(first_person) * 2 > len(longs)
    assert len({r["category"] for r in benign if r["category"].startswith("intl_")}) >= 8


def test_loco_groups_splits_the_corpora_by_position() -> None:
    import loco_groups

    names = ["dev", "blind1", "blind2", "blind3", "blind4"]
    assert loco_groups.split_groups(names, 3) == [["dev", "blind3"], ["blind1", "blind4"], ["blind2"]]
    row_rule = (True, None, False)
    row_low = (False, 1.0, False)
    row_part = (False, 0.5, True)
    assert loco_groups.flagged(row_rule, 9.0) and loco_groups.flagged(row_part, 9.0)
    assert not loco_groups.flagged(row_low, 1.7) and loco_groups.flagged(row_low, 1.0)
    assert not loco_groups.flagged((False, None, False), -1.0)
