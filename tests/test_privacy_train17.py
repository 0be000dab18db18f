"""``tests/privacy_train17`` is a development corpus for the JSON record rules: an agent's own
machine records (hook payloads, session transcripts, rollouts, MCP JSON-RPC, OpenTelemetry
spans, CI step logs), benign, beside prompt twins in the same frames. These tests keep it
reproducible from its generator and check its shape; it is not in the classifier's training."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

TRAIN17 = Path(__file__).resolve().parent / "privacy_train17"


def _rows() -> list[dict[str, str]]:
    return [json.loads(line) for line in (TRAIN17 / "corpus.jsonl").read_text("utf-8").splitlines()]


def test_train17_is_what_its_generator_writes(tmp_path: Path) -> None:
    copy = tmp_path / "privacy_train17"
    copy.mkdir()
    for source in [TRAIN17 / "generate.py", *TRAIN17.glob("_t17*.py")]:
        shutil.copy(source, copy / source.name)
    subprocess.run([sys.executable, "-I", "-S", str(copy / "generate.py")], check=True, cwd=tmp_path)
    assert (copy / "corpus.jsonl").read_bytes() == (TRAIN17 / "corpus.jsonl").read_bytes()


def test_train17_has_every_frame_benign_and_a_prompt_twin() -> None:
    rows = _rows()
    assert 1500 <= len(rows) <= 2500
    assert len({r["text"] for r in rows}) == len(rows)
    benign = {r["category"].removesuffix("_intl") for r in rows if r["label"] == "benign"}
    assert benign == {"hook", "transcript", "rollout", "mcp", "span", "ci_log"}
    prompts = {r["category"].removesuffix("_intl").removesuffix("_mixed").split("_")[0]
               for r in rows if r["label"] == "prompt"}
    assert prompts == {"hook", "transcript", "rollout", "mcp", "span", "ci"}
    intl = sum(r["category"].endswith("_intl") for r in rows)
    assert 0.15 <= intl / len(rows) <= 0.3
    assert 2 * sum(r["label"] == "benign" for r in rows) > len(rows)
    assert any(r["text"].startswith("{\n") for r in rows)
    assert any('\\"' in r["text"] for r in rows)

