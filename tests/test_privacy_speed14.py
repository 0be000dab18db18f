"""Session 14 (speed): ``scanner.py`` split into modules named for what they hold.

``views`` (the byte tables of the scanner's views), ``dispatch`` (the tables built from
``RULES``, the gate words, ``rx``), ``overlap`` (which hits become findings) and ``walk``
(``scan_value``). No timing here: the tests check that the pieces are the ones the scanner
runs (a monkeypatched ``scanner`` name still reaches every path), and that the early overlap
test the assignment layers use answers what the resolution does, on generated hits.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import handoff.privacy as privacy
from handoff.errors import Finding
from handoff.privacy import dispatch, overlap, scanner, views, walk


def test_scanner_runs_the_split_modules_objects() -> None:
    # the scanner's names are the new modules' objects, not copies: a table rebuilt or a memo
    # cleared in one is seen by the other
    assert scanner._CONTEXT is dispatch._CONTEXT
    assert scanner._GATE_WORDS is dispatch._GATE_WORDS
    assert scanner._compiled is dispatch._compiled
    assert scanner._TOKTAB is views._TOKTAB
    assert scanner._WORDTAB is views._WORDTAB
    assert scanner._resolve is overlap._resolve
    assert scanner._overlaps is overlap._overlaps
    assert scanner.scan_value is walk.scan_value is privacy.scan_value
    assert scanner._KEYS is walk._KEYS
    assert walk._CLEAN is scanner._CLEAN


def test_walk_judges_strings_through_scanner(monkeypatch: pytest.MonkeyPatch) -> None:
    # a bug in the scanner rejects a value's strings too (fails closed through the walk)
    def broken(text: str, path: str) -> list[Finding]:
        raise IndexError("a bug")

    scanner.clear_caches()
    monkeypatch.setattr(scanner, "_scan", broken)
    found = privacy.scan_value({"note": {"body": "anything at all, fourteen"}}, "data")
    # every string of the value is judged, its keys too; each reports the scanner's error
    assert found and {f.rule for f in found} == {"scanner-error"}
    assert len(found) == 3  # "note", "body" and the note's text


def test_clear_caches_forgets_the_walks_memos() -> None:
    scanner.clear_caches()
    assert not privacy.scan_value({"branch_name": "feature/append-only-log"})
    assert "branch_name" in walk._KEYS
    assert "feature/append-only-log" in scanner._CLEAN
    scanner.clear_caches()
    assert not walk._KEYS
    assert not scanner._CLEAN


def test_a_secret_in_a_nested_value_is_still_found() -> None:
    token = "ghp_" "Xq7Rk2mVb9Lt4Wc8Zp1Hs6Jd3Nf5Gy0Ae2K"
    found = privacy.scan_value({"steps": [{"cmd": f"export GH_TOKEN={token}"}]}, "data")
    assert found and all(f.path == "data.steps[0].cmd" for f in found)


_CATEGORY = overlap._ASSIGN_CATEGORY
_BELOW = 50

_spans = st.tuples(st.integers(0, 60), st.integers(0, 12)).map(lambda s: (s[0], s[0] + s[1]))
_strong = st.lists(
    st.tuples(st.sampled_from([_CATEGORY, "other"]), st.integers(0, _BELOW - 1), _spans,
              st.sampled_from(["r1", "r2", "r3"])),
    max_size=12,
)


@settings(max_examples=600, deadline=None, derandomize=True)
@given(strong=_strong, candidate=_spans.filter(lambda s: s[1] > s[0]))
def test_early_overlap_test_answers_what_resolution_does(
    strong: list[tuple[str, int, tuple[int, int], str]], candidate: tuple[int, int]
) -> None:
    # ``kept_spans`` + ``overlaps`` let the assignment layers skip judging a value; that is
    # sound only if the resolution would drop it whenever they say so, and keep it otherwise
    hits = [(c, p, s, e, r) for c, p, (s, e), r in strong]
    spans = overlap._kept_spans(list(hits), _CATEGORY, _BELOW)
    said = overlap._overlaps(spans, *candidate)
    weak = (_CATEGORY, _BELOW, candidate[0], candidate[1], "weak")
    kept = overlap._resolve([*hits, weak], "p")
    dropped = Finding("p", "weak", candidate[0], candidate[1]) not in kept
    assert said == dropped
