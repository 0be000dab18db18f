"""``tests/privacy_train16`` is hand-written training data for the prompt classifier: long agent
notes (the benign majority) and the same notes carrying one short needle, plus short status
lists, in eleven languages. These tests keep it reproducible from its generator and check the
shape the classifier's windows were tuned on."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

TRAIN16 = Path(__file__).resolve().parent / "privacy_train16"


def _rows() -> list[dict[str, str]]:
    return [json.loads(line) for line in (TRAIN16 / "corpus.jsonl").read_text("utf-8").splitlines()]


def test_train16_is_what_its_generator_writes(tmp_path: Path) -> None:
    copy = tmp_path / "privacy_train16"
    copy.mkdir()
    for source in [TRAIN16 / "generate.py", *TRAIN16.glob("_t16*.py")]:
        shutil.copy(source, copy / source.name)
    subprocess.run([sys.executable, "-I", "-S", str(copy / "generate.py")], check=True, cwd=tmp_path)
    assert (copy / "corpus.jsonl").read_bytes() == (TRAIN16 / "corpus.jsonl").read_bytes()


def test_train16_notes_are_long_and_status_lists_short() -> None:
    rows = _rows()
    assert len({r["text"] for r in rows}) == len(rows)
    notes = [r for r in rows if r["category"] != "status_list"]
    assert all(300 <= len(r["text"]) <= 3500 for r in notes)
    assert all(len(r["text"]) < 300 for r in rows if r["category"] == "status_list")
    assert {r["label"] for r in rows} == {"benign", "prompt"}
    assert len({r["category"] for r in rows if r["category"].startswith("note_")}) >= 10
    forms = {r["category"].rsplit("_", 1)[1] for r in rows if r["label"] == "prompt"}
    assert forms == {"prose", "quote", "fence", "item"}
