"""A sanity check of round 11's corpus, independent of the project's classifier (not imported).

For a few category groups (a prompt category and its benign twin), train a small logistic
regression (words, word pairs, character 4-grams; AdaGrad, four epochs) on every other group and
score the held-out one. A group scored near 100 % would mean the twins differ by an artefact the
rest of the corpus also has; near 50 % would mean the rest teaches nothing about it. Run:
``python tests/privacy_train11/_t11sanity.py`` (about a minute per group, stdlib only).
"""

from __future__ import annotations

import json
import math
import random
import re
from collections import defaultdict
from itertools import pairwise
from pathlib import Path

CORPUS = Path(__file__).resolve().parent / "corpus.jsonl"
TWINS = {
    "field_request": "field", "field_note": "field", "terse_prompt": "terse", "terse_note": "terse",
    "code_prompt_template": "code", "code_string_template": "code", "model_answer": "answer", "human_doc": "answer",
    "written_answer": "written", "written_doc": "written", "second_person_prompt": "second_person",
    "second_person_copy": "second_person", "chat_record_json": "json", "agent_event_json": "json",
    "long_request": "long", "long_note": "long", "one_off_request": "one_off", "one_off_note": "one_off",
}
HELD = ("one_off", "written", "long", "second_person", "terse", "code", "lang_ko", "lang_de")

Example = tuple[frozenset[str], int, str]


def features(text: str) -> frozenset[str]:
    """Words, adjacent word pairs and character 4-grams of the lower-cased text."""
    low = text.lower()
    words = re.findall(r"\w+", low)
    out = {"w:" + w for w in words} | {f"b:{a} {b}" for a, b in pairwise(words)}
    flat = " " + re.sub(r"\s+", " ", low) + " "
    out |= {"c:" + flat[i : i + 4] for i in range(len(flat) - 3)}
    return frozenset(out)


def group(category: str) -> str:
    """The twin group of a category: a language, or the shape shared by a prompt and its twin."""
    if category.startswith("lang_"):
        return category.rsplit("_", 1)[0]
    return TWINS[category]


def train(examples: list[Example]) -> dict[str, float]:
    """Logistic regression on L2-normalised binary features, AdaGrad, a fixed shuffle seed."""
    weights: dict[str, float] = defaultdict(float)
    grads: dict[str, float] = defaultdict(float)
    rng = random.Random(1)
    order = list(examples)
    for _ in range(4):
        rng.shuffle(order)
        for feats, label, _group in order:
            norm = 1 / math.sqrt(len(feats))
            z = max(-30.0, min(30.0, sum(weights[k] for k in feats) * norm))
            err = 1 / (1 + math.exp(-z)) - label
            for k in feats:
                grads[k] += (err * norm) ** 2
                weights[k] -= 0.5 * err * norm / math.sqrt(grads[k] + 1e-8)
    return weights


def main() -> None:
    """Print accuracy, false positives and false negatives for each held-out group."""
    rows = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines()]
    data: list[Example] = [(features(r["text"]), int(r["label"] == "prompt"), group(r["category"])) for r in rows]
    for held in HELD:
        weights = train([d for d in data if d[2] != held])
        test = [d for d in data if d[2] == held]
        fp = fn = 0
        for feats, label, _group in test:
            guess = int(sum(weights.get(k, 0.0) for k in feats) > 0)
            fp += guess == 1 and label == 0
            fn += guess == 0 and label == 1
        print(f"{held:14} {len(test):4} lines  accuracy {1 - (fp + fn) / len(test):.2f}  benign flagged {fp}  prompts missed {fn}")


if __name__ == "__main__":
    main()
