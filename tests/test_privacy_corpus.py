"""Recall and false-positive rate of the privacy filter on the labelled corpus.

The corpus (``tests/privacy_corpus/*.jsonl``) is produced by ``generate.py`` from a fixed seed;
the first test proves the committed files are exactly what the generator writes, so the figures
below are always about the generator's corpus. The thresholds are the project's targets: recall
on credentials and prompts >= 99.5 %, false positives on benign engineering text <= 0.5 %. Both
figures and every miss (by format) are printed, not only asserted.
"""

from __future__ import annotations

import importlib.util
import json
from collections import Counter
from pathlib import Path
from types import ModuleType

import pytest

from handoff.privacy import scan_text

CORPUS = Path(__file__).resolve().parent / "privacy_corpus"
RECALL_TARGET = 0.995
FPR_TARGET = 0.005


def _generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("privacy_corpus_generate", CORPUS / "generate.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _load(name: str) -> list[dict[str, str]]:
    with (CORPUS / name).open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


def test_committed_corpus_matches_the_generator() -> None:
    gen = _generator()
    for name, lines in gen.generate().items():
        on_disk = (CORPUS / name).read_text(encoding="utf-8")
        assert on_disk == gen.render(lines), (
            f"{name} differs from generate.py output; run `python {CORPUS / 'generate.py'}`"
        )


def test_corpus_size_and_shape() -> None:
    secrets, prompts, benign = _load("secrets.jsonl"), _load("prompts.jsonl"), _load("benign.jsonl")
    assert len(secrets) >= 500 and len({x["format"] for x in secrets}) >= 60
    assert len(prompts) >= 80
    assert len(benign) >= 300
    for line in secrets + prompts + benign:
        assert set(line) == {"text", "format", "style"} and line["text"]


def test_recall_and_false_positive_rate(capsys: pytest.CaptureFixture[str]) -> None:
    positives = _load("secrets.jsonl") + _load("prompts.jsonl")
    benign = _load("benign.jsonl")
    pos_findings = [scan_text(x["text"]) for x in positives]
    ben_findings = [scan_text(x["text"]) for x in benign]
    for findings in pos_findings + ben_findings:
        assert all(f.rule != "scanner-error" for f in findings)

    misses = [x for x, f in zip(positives, pos_findings, strict=True) if not f]
    false_pos = [(x, f) for x, f in zip(benign, ben_findings, strict=True) if f]
    recall = 1 - len(misses) / len(positives)
    fpr = len(false_pos) / len(benign)

    with capsys.disabled():
        print(f"\nprivacy corpus: recall {recall:.2%} on {len(positives)} credential/prompt texts "
              f"(target >= {RECALL_TARGET:.1%}); false positives {fpr:.2%} on {len(benign)} "
              f"benign texts (target <= {FPR_TARGET:.1%})")
        by_format = Counter(x["format"] for x in misses)
        for fmt, n in sorted(by_format.items()):
            styles = ", ".join(sorted({x["style"] for x in misses if x["format"] == fmt}))
            print(f"  missed {fmt}: {n} ({styles})")
        for x, f in false_pos:
            print(f"  false positive [{x['format']}/{x['style']}]: {sorted({y.rule for y in f})}")

    assert recall >= RECALL_TARGET
    assert fpr <= FPR_TARGET


def test_every_format_is_caught_at_least_once() -> None:
    positives = _load("secrets.jsonl") + _load("prompts.jsonl")
    caught: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for x in positives:
        total[x["format"]] += 1
        if scan_text(x["text"]):
            caught[x["format"]] += 1
    assert [fmt for fmt in total if not caught[fmt]] == []
