"""The classifier's bound (``Model.below``) never answers for a text the model would flag.

``below`` lets a long-lived process skip most of the score of a text far below the threshold;
it must only ever say "below" when the full score says so too. Checked on every line of the
development corpus and the blind corpora the filter may read (as written and flattened), on
the benchmark notes, and on texts built from the model's most positive words and bigrams,
where the bound is tightest.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from handoff.privacy import classifier

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT / "bench"))

from bench_privacy import TYPICAL_NOTES, dense_note, two_kb  # noqa: E402
from check_findings import CORPORA  # noqa: E402


def _texts() -> list[str]:
    texts = []
    for rel in CORPORA:
        path = PROJECT / "tests" / rel
        if path.exists():
            for line in path.read_text(encoding="utf-8").splitlines():
                text = json.loads(line)["text"]
                texts += [text, text.replace("\n", " ")]
    return texts + [two_kb(note) for note in TYPICAL_NOTES] + [dense_note()]


def _dict_model() -> classifier.Model:
    model = classifier.load()
    model._split_weights()  # the bound is used once the weights are dicts
    return model


def test_the_bound_never_answers_for_a_text_the_model_flags() -> None:
    model = _dict_model()
    decided = 0
    for text in _texts():
        if model.below(text):
            decided += 1
            assert model.score(text) < model.threshold, text[:80]
    assert decided >= 1000, "the bound decided almost nothing: the shortcut is lost"


def test_the_bound_decides_the_typical_notes() -> None:
    model = _dict_model()
    for note in TYPICAL_NOTES:
        assert model.below(two_kb(note))


def test_flags_is_the_same_with_and_without_the_bound() -> None:
    model = classifier.model()
    if model._by_pair is None:
        model._split_weights()
    texts = [t for t in _texts() if classifier.eligible(t)][::7]
    with_bound = [classifier.flags(t) for t in texts]
    classifier.SKIP_BY_BOUND = False
    try:
        without = [classifier.flags(t) for t in texts]
    finally:
        classifier.SKIP_BY_BOUND = True
    assert with_bound == without
    assert any(without) and not all(without)


def _strongest() -> tuple[list[str], list[str], list[tuple[str, str]]]:
    """The most positive and most negative words, and the most positive bigrams: mixed, they
    make texts whose score is near the threshold and depends on every part of the bound."""
    singles, pairs = _dict_model()._by_pair or ({}, {})
    words = sorted((w for w in singles if w.isalpha()), key=lambda w: -singles[w])
    bigrams = sorted(pairs, key=lambda p: -pairs[p])[:80]
    return words[:40], words[-40:], bigrams


_WORDS, _NEGATIVE, _BIGRAMS = _strongest()
_MODEL = _dict_model()


@settings(max_examples=1500, deadline=None)
@given(
    st.lists(st.one_of(st.sampled_from(_WORDS), st.sampled_from(_NEGATIVE),
                       st.sampled_from(_BIGRAMS).map(" ".join),
                       st.sampled_from(["the", "build", "commit", "?", ":", "\n", "x.py", "`"])),
             min_size=4, max_size=60)
)
def test_the_bound_holds_on_texts_made_of_the_strongest_features(parts: list[str]) -> None:
    text = " ".join(parts)
    if _MODEL.below(text):
        assert _MODEL.score(text) < _MODEL.threshold


def test_the_bound_holds_where_the_bigrams_decide() -> None:
    """Texts of the bigrams that outweigh their own words most, diluted by the most negative
    words: their score crosses the threshold as the mix changes, so a bound that missed the
    bigrams (or any other positive part) answers wrongly for some of them."""
    model = _dict_model()
    singles, pairs = model._by_pair or ({}, {})

    def gain(pair: tuple[str, str]) -> int:
        return pairs[pair] - max(0, singles.get(pair[0], 0)) - max(0, singles.get(pair[1], 0))

    # ASCII features only: ``below`` answers for ASCII text alone, and since round 9's training
    # data a Devanagari pair and CJK words rank among the strongest features
    best = sorted((p for p in pairs if pairs[p] > 0 and (p[0] + p[1]).isascii()), key=gain, reverse=True)[:120]
    negative = sorted((w for w in singles if w.isalpha() and w.isascii()), key=lambda w: singles[w])[:200]
    flagged = decided = 0
    for k in range(4, 121, 4):
        for f in range(0, 200, 5):
            text = " . ".join(" ".join(p) for p in best[:k]) + " " + " ".join(negative[:f])
            flagged += model.score(text) >= model.threshold
            if model.below(text):
                decided += 1
                assert model.score(text) < model.threshold, (k, f)
    assert flagged and decided, "the mix no longer crosses the threshold"


def test_requests_are_found_the_same_without_the_superset_match() -> None:
    """``cues._SUPERSET_FIRST`` (one match of all of a lead's rows before checking which apply)
    changes no finding on any corpus line."""
    from handoff.privacy import cues, scan_text, scanner

    texts = _texts()
    warm_up, cues.GATE_AFTER = cues.GATE_AFTER, 0  # from the first text on
    try:
        scanner.clear_caches()
        with_it = [scan_text(t) for t in texts]
        cues._SUPERSET_FIRST = False
        scanner.clear_caches()
        without = [scan_text(t) for t in texts]
    finally:
        cues._SUPERSET_FIRST = True
        cues.GATE_AFTER = warm_up
        scanner.clear_caches()
    assert with_it == without
    assert sum(any(f.rule == "request-to-model" for f in found) for found in without) >= 100


def _exact_total(model: classifier.Model, text: str) -> int:
    singles, pairs = model._by_pair or ({}, {})
    feats, bigrams = classifier.feature_parts(text)
    return sum(singles.get(f, 0) for f in feats) + sum(pairs.get(p, 0) for p in bigrams)


def test_the_upper_bound_is_at_least_the_exact_sum_on_every_corpus_line() -> None:
    model = _dict_model()
    for text in _texts():
        if text.isascii():
            bound = model.upper_bound(text)
            if bound is not None:
                assert bound[0] >= _exact_total(model, text), text[:80]
                assert bound[1] <= len(classifier.features(text))


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyzYOU?:\n `.=/0123456789{}", min_size=1,
               max_size=200))
def test_the_upper_bound_is_at_least_the_exact_sum_on_any_text(text: str) -> None:
    bound = _MODEL.upper_bound(text)
    if bound is not None:
        assert bound[0] >= _exact_total(_MODEL, text)


def test_requests_are_found_the_same_without_the_lead_gates() -> None:
    """``cues._GATED_SEARCH`` (one search per lead word for any of its rows, before finding its
    occurrences) changes no finding on any corpus line."""
    from handoff.privacy import cues, scan_text, scanner

    texts = _texts()
    warm_up, cues.GATE_AFTER = cues.GATE_AFTER, 0  # gated from the first text on
    try:
        scanner.clear_caches()
        with_it = [scan_text(t) for t in texts]
        cues._GATED_SEARCH = False
        scanner.clear_caches()
        without = [scan_text(t) for t in texts]
    finally:
        cues._GATED_SEARCH = True
        cues.GATE_AFTER = warm_up
        scanner.clear_caches()
    assert with_it == without


def test_context_rules_find_the_same_without_the_keyword_gates() -> None:
    """``scanner._GATE_ANCHORED`` (one search per keyword of an anchored rule for a match
    after any of its occurrences) changes no finding on any corpus line or rule example."""
    from handoff.privacy import cues, scan_text, scanner
    from handoff.privacy.rules import RULES

    texts = _texts() + [t for rule in RULES for t in (*rule.examples, *rule.near_misses)]
    warm_up, cues.GATE_AFTER = cues.GATE_AFTER, 0  # gated from the first text on
    try:
        scanner.clear_caches()
        with_it = [scan_text(t) for t in texts]
        scanner._GATE_ANCHORED = False
        scanner.clear_caches()
        without = [scan_text(t) for t in texts]
    finally:
        scanner._GATE_ANCHORED = True
        cues.GATE_AFTER = warm_up
        scanner.clear_caches()
    assert with_it == without


def test_a_short_run_never_builds_a_gate() -> None:
    """A process that checks a few texts (a CLI call) loads no gate pattern: each would cost
    more to load than it saves."""
    code = (
        "import sys; sys.path.insert(0, 'bench')\n"
        "from bench_privacy import TYPICAL_NOTES, two_kb\n"
        "from handoff.privacy import cues, scan_text, scanner\n"
        "for note in TYPICAL_NOTES: scan_text(two_kb(note))\n"
        "assert not cues._lead_gates and not scanner._ANCHOR_GATES\n"
        "for i in range(cues.GATE_AFTER + 2): scan_text(two_kb(TYPICAL_NOTES[0]) + str(i))\n"
        "assert cues._lead_gates and scanner._ANCHOR_GATES\n"
    )
    import subprocess

    subprocess.run([sys.executable, "-c", code], cwd=PROJECT, check=True)
