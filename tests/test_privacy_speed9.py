"""Session 9 speed changes to the classifier change no number and no verdict.

The bound (``Model.upper_bound``) now reads the words as bytes, from tables keyed by bytes,
and can take the word list the scanner has already split; ``Model.ascii_score`` computes the
bound and the exact score in one pass, and ``flags`` uses it once the weights are dicts.
Each is compared here with a straightforward reference written the plain way (the session 8
definitions: lower-cased text, ``str`` words, the plain weight dicts) on every line of the
corpora the filter may read (as written and flattened), the bench notes and hypothesis texts.
"""

from __future__ import annotations

import json
import math
import sys
from itertools import pairwise
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from handoff.privacy import classifier, scanner

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


_TEXTS = _texts()
_MODEL = classifier.load()
_MODEL._split_weights()
_SINGLES, _PAIRS = _MODEL._by_pair or ({}, {})
_ENGINEERING = sorted(classifier._ENGINEERING)  # data, not the code under test


def _told(words: list[str]) -> int:
    """Session 11's narration count, plainly: "i"/"we", up to two helper words, a past form."""
    past = {w.decode() for w in classifier._PAST}
    helpers = {w.decode() for w in classifier._SELF_AUX}
    told = 0
    for k, word in enumerate(words):
        if word in ("i", "we"):
            after = words[k + 1 :]
            skipped = 0
            while skipped < 2 and after[skipped:skipped + 1] and after[skipped] in helpers:
                skipped += 1
            verb = after[skipped] if skipped < len(after) else ""
            told += verb in past or (len(verb) > 3 and verb.endswith("ed") and not verb.endswith("eed"))
    return told


def _reference_bound(text: str) -> tuple[int, int] | None:
    """Session 8's ``upper_bound``, written plainly: ``str`` words of the lower-cased text."""
    lo = text.lower()
    words = "".join(c if "a" <= c <= "z" else " " for c in lo).split()
    if not words:
        return None
    distinct = set(words)
    get = _SINGLES.get
    upper = sum(get(w, 0) for w in distinct)
    upper += sum(max(0, _PAIRS.get(p, 0)) for p in pairwise(words))
    upper += get("^" + words[0], 0) + get("$" + words[-1], 0)
    upper += get("#w" + str(min(len(words).bit_length(), 9)), 0)
    told = _told(words)
    if told:
        upper += get("#narr" if told == 1 else "#narr2", 0)
    eng = sum(w in distinct for w in _ENGINEERING)
    if eng:
        upper += get("#eng" if eng < 3 else "#eng3", 0)
    if distinct & {"you", "your", "u"}:
        upper += max(0, get("#you", 0), get("#you+", 0))
    if ":" in lo:
        upper += max(0, get("#label", 0), get("#label3", 0))
    if "?" in lo:
        upper += get("#q", 0)
        if lo.rstrip().endswith("?"):
            upper += get("#qend", 0)
    if lo.rstrip().endswith(":"):
        upper += get("#colonend", 0)
    if "\n" in lo:
        upper += get("#lines", 0)
    marks = "".join("a" if c.isascii() and c.isalnum() else "." if c in "/._=" else
                    "`" if c in "`{}<>$|\\" else " " for c in lo)
    code = marks.count("a.a") + marks.count("`")
    if code:
        upper += get("#code" if code < 4 else "#code4", 0)
    if any(c.isdigit() for c in lo):
        upper += get("#digit", 0)
    return upper, len(distinct)


def _reference_score(text: str) -> float:
    """The score as the module docstring defines it, from ``features`` and the plain dict."""
    feats = classifier.features(text)
    weights = _MODEL.weights
    total = sum(weights.get(f, 0) for f in feats)
    return (_MODEL.bias + total / math.sqrt(len(feats) or 1)) / _MODEL.scale


def _scanner_words(text: str) -> list[bytes]:
    """The words ``scanner._scan`` splits for its gate words (view = text: ASCII, no escape)."""
    return text.encode("ascii").translate(scanner._WORDTAB).split()


def test_the_bound_is_the_reference_bound_on_every_corpus_line() -> None:
    checked = 0
    for text in _TEXTS:
        if text.isascii():
            expected = _reference_bound(text)
            assert _MODEL.upper_bound(text) == expected, text[:80]
            assert _MODEL.upper_bound(text, _scanner_words(text)) == expected, text[:80]
            checked += 1
    assert checked > 10_000


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyzYOUABZ?:\n\t `.=/_0123456789{}$|\\<>-",
               min_size=0, max_size=200))
def test_the_bound_is_the_reference_bound_on_any_text(text: str) -> None:
    assert _MODEL.upper_bound(text) == _reference_bound(text)
    assert _MODEL.upper_bound(text, _scanner_words(text)) == _reference_bound(text)


def _check_ascii_score(text: str) -> bool:
    """``ascii_score`` is the reference score to the bit; bounded, it answers None only for a
    text below the threshold. Returns whether the bound settled the text."""
    expected = _reference_score(text)
    assert _MODEL.ascii_score(text) == expected, text[:80]
    assert _MODEL.ascii_score(text, _scanner_words(text)) == expected, text[:80]
    bounded = _MODEL.ascii_score(text, _scanner_words(text), bounded=True)
    assert bounded is None or bounded == expected, text[:80]
    if bounded is None:
        assert expected < _MODEL.threshold, text[:80]
    return bounded is None


def test_the_one_pass_score_is_the_reference_score_on_every_corpus_line() -> None:
    ascii_texts = [t for t in _TEXTS if t.isascii()]
    settled = sum(map(_check_ascii_score, ascii_texts))
    assert len(ascii_texts) > 10_000 and settled > 5_000


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyzYOUABZ?:\n\t `.=/_0123456789{}$|\\<>-()[]#*",
               min_size=0, max_size=200))
def test_the_one_pass_score_is_the_reference_score_on_any_text(text: str) -> None:
    _check_ascii_score(text)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["you", "your", "u", "You", "Name:", "  Q:", "x.py", "`a`", "7",
                                 "please", "write", "a", "story", "the", "build", "?", "\n"]),
                max_size=40))
def test_the_one_pass_score_counts_you_and_labels_as_the_features_do(parts: list[str]) -> None:
    _check_ascii_score(" ".join(parts))


def test_flags_is_the_score_against_the_threshold() -> None:
    """``flags`` (which takes the one-pass score once the weights are dicts) against the
    reference score, on every eligible corpus line."""
    model = classifier.model()
    if model._by_pair is None:
        model._split_weights()
    flagged = 0
    for text in _TEXTS:
        if classifier.eligible(text):
            expected = _reference_score(text) >= _MODEL.threshold
            assert classifier.flags(text) == expected, text[:80]
            if text.isascii():
                assert classifier.flags(text, _scanner_words(text)) == expected, text[:80]
            flagged += expected
    assert flagged > 1000


def test_the_scanner_hands_the_classifier_its_words_only_when_the_view_is_the_text() -> None:
    from handoff.privacy import scan_text

    seen: list[tuple[str, list[bytes] | None]] = []

    def spy(text: str, words: list[bytes] | None = None) -> bool:
        seen.append((text, words))
        return False

    plain = "Merged the retry fix into main and tagged the release after the nightly build"
    escaped = "Merged the retry fix into main\\nand tagged the release after the nightly build"
    real = classifier.flags
    classifier.flags = spy  # type: ignore[assignment]
    try:
        scanner.clear_caches()
        scan_text(plain)
        scan_text(escaped)
    finally:
        classifier.flags = real  # type: ignore[assignment]
        scanner.clear_caches()
    assert seen == [(plain, _scanner_words(plain)), (escaped, None)]
