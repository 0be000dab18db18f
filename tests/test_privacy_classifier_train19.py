"""Session 19's classifier work: ``tests/privacy_train19`` (role-addressed documentation and
first-person commit bodies, benign, beside role-addressed requests to a model) is what its
generator writes and has the shape it was written to have; ``train_classifier``'s iterate
averaging (``AVERAGE``) is the mean of a run's iterates; ``bench/loco_groups.py --cases`` reads
the unit tests' literals without their docstrings."""

from __future__ import annotations

import json
import math
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TRAIN19 = ROOT / "tests" / "privacy_train19"
sys.path.insert(0, str(ROOT / "bench"))


def _rows() -> list[dict[str, str]]:
    return [json.loads(line) for line in (TRAIN19 / "corpus.jsonl").read_text("utf-8").splitlines()]


def test_train19_is_what_its_generator_writes(tmp_path: Path) -> None:
    copy = tmp_path / "privacy_train19"
    copy.mkdir()
    for source in [TRAIN19 / "generate.py", *TRAIN19.glob("_t19*.py")]:
        shutil.copy(source, copy / source.name)
    subprocess.run([sys.executable, "-I", "-S", str(copy / "generate.py")], check=True, cwd=tmp_path,
                   capture_output=True)
    assert (copy / "corpus.jsonl").read_bytes() == (TRAIN19 / "corpus.jsonl").read_bytes()


def test_train19_is_mostly_benign_with_role_and_first_person_texts() -> None:
    rows = _rows()
    assert len({r["text"] for r in rows}) == len(rows)
    benign = [r["text"] for r in rows if r["label"] == "benign"]
    twins = [r["text"] for r in rows if r["label"] == "prompt"]
    assert len(twins) * 3 < len(benign)
    assert sum(t.startswith("If you are") for t in benign) >= 30
    assert sum(" I changed " in f" {t}" for t in benign) >= 100
    assert sum(not t.isascii() for t in benign) >= 400
    assert sum(t.startswith(("You are", "You're", "Act as", "I want you")) for t in twins) >= 150


def test_iterate_averaging_is_the_mean_of_the_iterates(monkeypatch: pytest.MonkeyPatch) -> None:
    import train_classifier as tc

    data = [(["a", "b"], 1.0), (["b", "c"], 0.0), (["a"], 1.0), (["c", "d"], 0.0), (["b", "d"], 1.0)]
    weight = {1.0: 1.0, 0.0: 1.0}
    monkeypatch.setattr(tc, "EPOCHS", 2)
    monkeypatch.setattr(tc, "AVERAGE", 1)
    averaged, bias = tc._adagrad(data, weight, 7)
    # the same run step by step, averaging the weights after each step of the last epoch
    iterates: list[tuple[dict[str, float], float]] = []
    monkeypatch.setattr(tc, "AVERAGE", 0)
    order = list(range(len(data)))
    rng = __import__("random").Random(7)
    rng.shuffle(order)
    last_order = order[:]
    rng.shuffle(last_order)
    for n in range(1, len(data) + 1):
        monkeypatch.setattr(tc, "EPOCHS", 1)
        first, b1 = _replay(tc, data, weight, [order, last_order[:n]])
        iterates.append((first, b1))
    for f in "abcd":
        mean = sum(w.get(f, 0.0) for w, _ in iterates) / len(iterates)
        assert math.isclose(averaged.get(f, 0.0), mean, abs_tol=1e-9), f
    assert math.isclose(bias, sum(b for _, b in iterates) / len(iterates), abs_tol=1e-9)


def _replay(tc: object, data: list[tuple[list[str], float]], weight: dict[float, float],
            orders: list[list[int]]) -> tuple[dict[str, float], float]:
    """The plain AdaGrad update of ``train_classifier._adagrad`` over the given orders."""
    rate, l2 = tc.RATE, tc.L2  # type: ignore[attr-defined]
    w: dict[str, float] = {}
    g2: dict[str, float] = {}
    bias = bias_g2 = 0.0
    for order in orders:
        for i in order:
            feats, y = data[i]
            x = 1.0 / math.sqrt(len(feats) or 1)
            z = bias + x * sum(w.get(f, 0.0) for f in feats)
            p = 1.0 / (1.0 + math.exp(-z))
            g = (p - y) * weight[y]
            bias_g2 += g * g
            bias -= rate * g / math.sqrt(bias_g2)
            for f in feats:
                grad = g * x + l2 * w.get(f, 0.0)
                g2[f] = g2.get(f, 0.0) + grad * grad
                w[f] = w.get(f, 0.0) - rate * grad / math.sqrt(g2[f])
    return w, bias


def test_the_case_scan_reads_literals_not_docstrings() -> None:
    import loco_groups

    texts = loco_groups.test_literals()
    assert "Write a summary of the incident for the team." in texts
    import ast

    doc = ast.get_docstring(ast.parse((ROOT / "tests" / "test_privacy_classifier.py").read_text("utf-8")), clean=False)
    assert doc and doc not in texts
