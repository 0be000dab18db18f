"""The scanner's shortcuts never hide a finding.

The scanner skips work with cheap necessary conditions: a context rule's ``requires`` literals,
``words`` and ``gate``; the check that a secret-looking name is followed by something an
operator can start with; and not judging a value that a format rule already covers. Each is an
argument about the patterns ("this regex cannot match without that"), so this test switches them
all off and expects exactly the same findings on every rule example and near miss, the labelled
corpus, and long notes built from the corpus (where many keywords meet in one text). The
same holds for trying, at a keyword's place, only the alternatives of an anchored rule that can
start with that keyword (``patterns.keep_alternatives``), and for ending the search for speaker
turns at a third distinct label (``speakers._STOP_AT_THIRD_LABEL``).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from handoff.errors import Finding
from handoff.privacy import RULES, scan_text, scan_value, scanner, speakers

CORPUS = Path(__file__).resolve().parent / "privacy_corpus"


def _texts() -> list[str]:
    texts = [t for r in RULES for t in (*r.examples, *r.near_misses)]
    for name in ("secrets.jsonl", "prompts.jsonl", "benign.jsonl"):
        with (CORPUS / name).open(encoding="utf-8") as fh:
            lines = [json.loads(line)["text"] for line in fh]
        texts += lines
        texts += ["\n".join(lines[i : i + 25]) for i in range(0, len(lines), 25)]
    return texts


class _Anything:
    """Contains every character: the after-name check lets every occurrence through."""

    def __contains__(self, item: object) -> bool:
        return True


def _scan_all(texts: list[str]) -> list[list[Finding]]:
    scanner.clear_caches()
    return [scan_text(t, "p") for t in texts]


def test_the_table_uses_gates_of_the_right_shape() -> None:
    gated = [r.id for r in RULES if r.requires or r.words or r.gate is not None]
    assert len(gated) >= 10, gated  # otherwise the test below proves little
    for rule in RULES:
        assert isinstance(rule.requires, tuple) and all(rule.requires), rule.id
        # words are looked up among the text's lower-cased, letters-only words
        assert all(w.isascii() and w.isalpha() and w.islower() for w in rule.words), rule.id
        if rule.requires or rule.words or rule.gate is not None:
            assert rule.keywords, rule.id  # gates narrow the keyword dispatch; tokens have none


def test_switching_the_shortcuts_off_changes_no_finding(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = _texts()
    with_shortcuts = _scan_all(texts)
    assert sum(map(bool, with_shortcuts)) > 1000  # the texts do hit rules

    ungated = [r._replace(requires=(), words=(), gate=None) for r in scanner._CONTEXT]
    monkeypatch.setattr(scanner, "_CONTEXT", ungated)
    monkeypatch.setattr(scanner, "_AFTER_NAME", _Anything())
    monkeypatch.setattr(scanner, "_overlaps", lambda spans, start, end: False)
    monkeypatch.setattr(scanner, "_SPLIT_ANCHORED", False)  # every alternative, everywhere
    monkeypatch.setattr(speakers, "_STOP_AT_THIRD_LABEL", False)  # every speaker turn is found
    without = _scan_all(texts)
    monkeypatch.undo()
    scanner.clear_caches()

    differ = [
        (t[:80], a, b) for t, a, b in zip(texts, with_shortcuts, without, strict=True) if a != b
    ]
    assert differ == []


def test_remembered_verdicts_equal_fresh_ones() -> None:
    """Clean short strings are remembered; a second, warm pass must find exactly the same."""
    texts = _texts() + [t.split("\n", 1)[0][:200] for t in _texts()]
    fresh = _scan_all(texts)
    assert scanner._CLEAN, "nothing was remembered: the memo is not exercised"
    warm = [scan_text(t, "p") for t in texts]
    assert warm == fresh
    scanner.clear_caches()


def test_the_clean_memo_is_bounded_and_never_holds_a_finding() -> None:
    scanner.clear_caches()
    for i in range(scanner._CLEAN_MAX + 100):
        scan_text(f"ran pytest -q tests/test_{i}.py: {i} passed")
    assert 0 < len(scanner._CLEAN) <= scanner._CLEAN_MAX
    flagged = "export GITHUB_TOKEN=ghp_" + "Zq7Lw2Xr9Tk4Mv8Np3Hs6Jd1Fb5Gc0Ya2Ue7"  # synthetic
    assert scan_text(flagged) and scan_text(flagged)  # reported every time
    assert flagged not in scanner._CLEAN
    scanner.clear_caches()


def test_the_flat_dict_shortcut_answers_like_the_walk() -> None:
    """`scan_value` skips the walk for a dict whose keys and strings are all remembered
    clean; once remembered, a value that pairs a secret-naming key with anything, a new
    string, or a nested dict must still reach the walk."""
    scanner.clear_caches()
    event = {"command": "pytest -q", "exit_code": 0, "branch": "main", "tags": ["a", "b"]}
    assert scan_value(event) == [] and scan_value(event) == []  # second answer: shortcut
    assert scanner._known_clean(event)
    token = "ghp_" + "Zq7Lw2Xr9Tk4Mv8Np3Hs6Jd1Fb5Gc0Ya2Ue7"  # synthetic
    for changed in ({**event, "branch": token}, {**event, "tags": ["a", token]},
                    {**event, "extra": {"api_key": token}}):
        assert not scanner._known_clean(changed)
        assert scan_value(changed), changed
    paired = {"password": "hunter2-but-longer-Zq7Lw2Xr9"}
    first = scan_value(paired)
    assert not scanner._known_clean(paired)  # a context key never takes the shortcut
    assert scan_value(paired) == first
    scanner.clear_caches()
