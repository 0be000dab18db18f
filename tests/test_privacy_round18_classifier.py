"""Session 18: ``bench/train_classifier.py`` can average several AdaGrad runs (``ENSEMBLE``), each
on its own shuffle, because one run's shuffle alone moved the unit tests' one-sentence cases by
up to 2.7 logits (docs/design.md, "Session 18 (classifier ...)"). The shipped file is still one
run: ``ENSEMBLE`` is 1 and one run is exactly the recipe before the option."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

DATA = [(sorted({"give", "me", "ideas", f"w{i}"}), 1.0) for i in range(12)] + [
    (sorted({"rerun", "the", "test", f"w{i}"}), 0.0) for i in range(12)]


def test_the_shipped_recipe_is_one_run() -> None:
    import train_classifier as tc

    assert tc.ENSEMBLE == 1
    run, bias = tc._adagrad(DATA, {1.0: 1.0, 0.0: 1.0}, tc.SEED)
    model = tc.train_features(DATA)
    assert model.bias == round(bias * tc.SCALE)
    assert model.weights["give"] == round(run["give"] * tc.SCALE)


def test_an_ensemble_averages_runs_on_their_own_shuffles() -> None:
    import train_classifier as tc

    runs = [tc._adagrad(DATA, {1.0: 1.0, 0.0: 1.0}, tc.SEED + k) for k in range(3)]
    assert runs[0][0]["w3"] != runs[1][0]["w3"]  # the shuffle matters
    saved = tc.ENSEMBLE
    tc.ENSEMBLE = 3
    try:
        model = tc.train_features(DATA)
    finally:
        tc.ENSEMBLE = saved
    for feat in ("give", "rerun", "w3"):
        mean = sum(w[feat] / 3 for w, _ in runs)
        assert abs(model.weights.get(feat, 0) - round(mean * tc.SCALE)) <= 1, feat
    assert abs(model.bias - round(sum(b / 3 for _, b in runs) * tc.SCALE)) <= 1
