"""Session 22: blind18-23, the retired held-out corpora, measured as the prompt classifier's
training data and left out of the shipped model (``train_classifier.OPEN``, ``--open`` in
``bench/train_classifier.py`` and ``bench/loco_groups.py``). No configuration tried met the
three conditions against main on the development halves (docs/design.md, "Session 22
(classifier22 ...)"), so the shipped recipe is main's; these tests keep the option measurable
and keep it out of the shipped recipe until a session ships it. Each fails on main (no ``OPEN``,
no ``--open``)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))


def test_open_names_the_retired_corpora_and_none_is_trained_on_or_held_out() -> None:
    import train_classifier as tc

    assert [d for _, d in tc.OPEN] == [f"privacy_blind{n}" for n in range(18, 26)]
    assert all((ROOT / "tests" / d / "corpus.jsonl").is_file() for _, d in tc.OPEN)
    assert not {d for _, d in tc.OPEN} & {d for _, d in tc.TRAINING}
    assert not {d for _, d in tc.OPEN} & tc.HELD_OUT


def test_open_trains_on_them_and_writes_nothing(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """``--open`` adds ``OPEN`` to ``TRAINING`` for the run and writes no weights: the shipped
    bytes stay those of ``TRAINING`` (``--check`` ignores the flag)."""
    import train_classifier as tc

    seen: list[tuple[tuple[str, str], ...]] = []

    def tiny(augment: bool = True) -> dict[str, list[tc.Line]]:
        seen.append(tc.TRAINING)
        return {"dev": [tc.Line("dev", "give me ten ideas for a party", "prompt", ""),
                        tc.Line("dev", "rerun the flaky lock test on CI", "benign", "")]}

    weights = tmp_path / "weights.bin"
    monkeypatch.setattr(tc, "TRAINING", tc.TRAINING)
    monkeypatch.setattr(tc, "load_corpora", tiny)
    monkeypatch.setattr(tc, "WEIGHTS", weights)
    assert tc.main(["--open", "--no-loco"]) == 0
    assert seen[-1][-len(tc.OPEN):] == tc.OPEN
    assert not weights.exists()


def test_loco_groups_trains_on_them_with_the_flag(monkeypatch: pytest.MonkeyPatch) -> None:
    import loco_groups
    import train_classifier as tc

    seen: list[tuple[tuple[str, str], ...]] = []

    def tiny(augment: bool = True) -> dict[str, list[tc.Line]]:
        seen.append(tc.TRAINING)
        return {"dev": [tc.Line("dev", "give me ten ideas for a party", "prompt", ""),
                        tc.Line("dev", "rerun the flaky lock test on CI", "benign", "")]}

    monkeypatch.setattr(tc, "TRAINING", tc.TRAINING)
    monkeypatch.setattr(tc, "load_corpora", tiny)
    assert loco_groups.main(["--open", "--no-loco", "--real", "none"]) == 0
    assert seen[-1][-len(tc.OPEN):] == tc.OPEN
