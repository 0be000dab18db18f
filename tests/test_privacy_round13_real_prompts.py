"""Round 13: real prompts nobody here wrote, and the training data written for their classes.

``bench/probe_real_prompts.py`` reads the prompts shipped inside agent and LLM frameworks (PyPI
and npm packages, downloaded at bench time, never committed) and found the filter rejected about
a third of them. ``tests/privacy_train13r`` is hand-written training data for the classes it
missed, each beside benign twins of the same form; the trainer always trains on it.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

TESTS = Path(__file__).resolve().parent
TRAIN13R = TESTS / "privacy_train13r"


def _trainer():  # type: ignore[no-untyped-def]
    sys.path.insert(0, str(TESTS.parent / "bench"))
    try:
        import train_classifier as tc
    finally:
        sys.path.pop(0)
    return tc


def test_train13r_is_what_its_generator_writes(tmp_path: Path) -> None:
    (tmp_path / "privacy_train13r").mkdir()
    for name in ["generate.py", *(p.name for p in TRAIN13R.glob("_r13*.py"))]:
        shutil.copy(TRAIN13R / name, tmp_path / "privacy_train13r" / name)
    subprocess.run([sys.executable, "-I", "-S", str(tmp_path / "privacy_train13r" / "generate.py")],
                   check=True, cwd=tmp_path)
    assert (tmp_path / "privacy_train13r" / "corpus.jsonl").read_bytes() == (
        TRAIN13R / "corpus.jsonl").read_bytes()


def test_train13r_pairs_each_prompt_class_with_benign_twins() -> None:
    rows = [json.loads(line) for line in (TRAIN13R / "corpus.jsonl").read_text("utf-8").splitlines()]
    labels = {r["label"] for r in rows}
    assert labels == {"prompt", "benign"}
    prompts = sum(r["label"] == "prompt" for r in rows)
    assert 0.4 <= prompts / len(rows) <= 0.6
    assert len({r["text"] for r in rows}) == len(rows)


def test_train13r_is_augmentation_never_held_out() -> None:
    tc = _trainer()
    assert ("train13r", "privacy_train13r") in tc.AUGMENT
    assert all(d != "privacy_train13r" for _, d in tc.TRAINING)
    assert "train13r" not in tc.load_corpora(augment=False)
    assert "privacy_train13r" not in tc.HELD_OUT
