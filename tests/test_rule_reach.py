"""bench/rule_reach.py counts where each rule fires, alone or not, and places each corpus
before or after the rule: checked on a tiny synthetic corpus written to tmp_path."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

from rule_reach import Scanner, corpus_lines, count, open_corpora, reach, session_of


def _write(path: Path, rows: list[tuple[str, str]]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps({"text": t, "label": lab}) + "\n" for lab, t in rows), "utf-8")
    return path


def test_counts_by_label_and_sole(tmp_path: Path) -> None:
    rows = [("secret", "a"), ("secret", "b"), ("prompt", "c"), ("benign", "d"), ("benign", "e")]
    corpus = corpus_lines(_write(tmp_path / "privacy_blindx" / "corpus.jsonl", rows))
    assert corpus == rows
    fired = [["r1"], ["r1", "r2"], ["r2", "view:transport"], ["r1"], []]
    got = count({"x": corpus}, {"x": fired})["x"]
    assert got["lines"] == {"secret": 2, "prompt": 1, "benign": 2}
    assert got["rules"]["r1"] == {"secret": 2, "benign": 1, "sole_secret": 1, "sole_benign": 1}
    assert got["rules"]["r2"] == {"secret": 1, "prompt": 1, "sole_prompt": 1}
    # the view's finding is r2's: the line rests on r2 and on the view alone
    assert got["rules"]["view:transport"] == {"prompt": 1, "sole_prompt": 1}


def test_development_corpus_label_from_file_name(tmp_path: Path) -> None:
    path = tmp_path / "privacy_corpus" / "secrets.jsonl"
    path.parent.mkdir()
    path.write_text(json.dumps({"text": "t"}) + "\n", "utf-8")
    assert corpus_lines(path) == [("secret", "t")]


def test_corpora_seen_held_after_and_real() -> None:
    ends = [(100, 5), (200, 6)]
    assert [session_of(t, ends) for t in (50, 100, 150, 250)] == [5, 5, 6, 7]
    counts = {
        "old": {"lines": {"secret": 4, "benign": 6},
                "rules": {"r": {"secret": 3, "benign": 1, "sole_secret": 2, "sole_benign": 1}}},
        "aimed": {"lines": {"secret": 8}, "rules": {"r": {"secret": 6, "sole_secret": 6}}},
        "held": {"lines": {"secret": 5}, "rules": {"r": {"secret": 1, "prompt": 1}}},
        "new": {"lines": {"prompt": 7, "benign": 2}, "rules": {}},
        "real:x": {"lines": {"benign": 9}, "rules": {"r": {"benign": 2, "sole_benign": 2}}},
    }
    hist = {"origins": {"r": ["abc", 150]}, "ends": ends,
            "corpora": {"old": [10, 20], "aimed": [90, 110], "held": [120, 300], "new": [160, 160]}}
    row = reach(counts, hist)["r"]
    assert (row["session"], row["category"]) == (6, "credential")
    # opened in the rule's own session: the corpus it was aimed at
    assert (row["tuned"]["tp"], row["tuned"]["sole_tp"], row["tuned"]["pos"]) == (6, 6, 8)
    assert (row["seen"]["tp"], row["seen"]["sole_tp"], row["seen"]["pos"], row["seen"]["neg"]) == (3, 2, 4, 6)
    assert (row["held"]["tp"], row["held"]["pos"]) == (1, 5)  # a prompt line is not its label
    assert (row["after"]["tp"], row["after"]["pos"], row["after"]["neg"]) == (0, 0, 2)  # no secret line
    assert (row["real"]["fp"], row["real"]["neg"]) == (2, 9)


def test_scanner_marks_rules_and_never_opens_held_out() -> None:
    import rule_reach

    key = "ghp_" + "Zq7Lm2Xv9Rt4Kp8Wn3Bc6Hd1Jf5Gs0Ya2UeX"
    scanner = Scanner()
    try:
        assert scanner.rules(f"the deploy token is {key}") == ["github-pat"]
        # a percent-encoded body: the finding comes out of the transport view, and says so
        assert "view:transport" in scanner.rules("API_KEY%3D" + key)
    finally:
        scanner.restore()
    assert not any(rel.split("/")[0] in rule_reach.HELD_OUT for rel in open_corpora())


def test_held_out_name_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import rule_reach

    held = min(rule_reach.HELD_OUT)
    monkeypatch.setattr(rule_reach, "EXTRA_CORPORA", (f"{held}/corpus.jsonl",))
    (tmp_path / held).mkdir()
    (tmp_path / held / "corpus.jsonl").write_text("", "utf-8")
    with pytest.raises(SystemExit):
        open_corpora(tmp_path)
