"""Session 14 (speed): ``scanner.py`` split into modules named for what they hold, and
``regex_cache.bin``'s entries, whose code words are now bytes.

``dispatch`` (the byte tables of the scanner's views, the tables built from ``RULES``, the
gate words, ``rx``), ``overlap`` (which hits become findings) and ``walk``
(``scan_value``). No timing here: the tests check that the pieces are the ones the scanner
runs (a monkeypatched ``scanner`` name still reaches every path), that the early overlap test
the assignment layers use answers what the resolution does, on generated hits, and that a cached
pattern is the engine's own code and matches as ``re.compile``'s does.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import handoff.privacy as privacy
from handoff.errors import Finding
from handoff.privacy import dispatch, lazy_re, overlap, scanner, walk

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
from build_regex_cache import build


def test_scanner_runs_the_split_modules_objects() -> None:
    # the scanner's names are the new modules' objects, not copies: a table rebuilt or a memo
    # cleared in one is seen by the other
    assert scanner._CONTEXT is dispatch._CONTEXT
    assert scanner._GATE_WORDS is dispatch._GATE_WORDS
    assert scanner._compiled is dispatch._compiled
    assert scanner._TOKTAB is dispatch._TOKTAB
    assert scanner._WORDTAB is dispatch._WORDTAB
    assert scanner._resolve is overlap._resolve
    assert scanner._overlaps is overlap._overlaps
    assert scanner.scan_value is walk.scan_value is privacy.scan_value
    assert scanner._KEYS is walk._KEYS
    assert walk._CLEAN is scanner._CLEAN



def test_every_scanner_name_a_test_or_benchmark_reads_is_still_there() -> None:
    # moved names stay importable from ``scanner`` (a re-export a linter's fix would drop)
    import re

    root = Path(__file__).resolve().parent.parent
    sources = [*root.glob("tests/test_*.py"), *root.glob("bench/*.py")]
    names = {m.group(1) for path in sources
             for m in re.finditer(r"\bscanner\.(_[A-Za-z]\w*)", path.read_text(encoding="utf-8"))}
    names |= {"_TOKTAB", "_WORDTAB", "_SEPTAB", "_ALPHA"}  # read with getattr (speed12)
    assert len(names) > 20
    assert sorted(n for n in names if not hasattr(scanner, n)) == []


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


# ---------------------------------------------------------------------------------------------
# regex_cache.bin: an entry's code words stored as native unsigned ints (``lazy_re.CODE_TYPE``)


def _shipped_entries() -> list[tuple[object, ...]]:
    import marshal
    import zlib

    index = lazy_re._load_index()
    if not index:
        pytest.skip("regex_cache.bin is missing or for another Python build")
    return [marshal.loads(zlib.decompress(lazy_re._blob[offset : offset + length]))
            for offset, length in index.values()]


def test_every_shipped_entry_holds_the_engines_code_words_as_bytes() -> None:
    from re import _compiler, _parser  # type: ignore[attr-defined]

    entries = _shipped_entries()
    assert len(entries) >= 100
    for entry in entries:
        pattern, code = entry[0], entry[2]
        assert isinstance(pattern, str) and isinstance(code, bytes), str(pattern)[:80]
        fresh = [int(c) for c in _compiler._code(_parser.parse(pattern, 0), 0)]
        assert memoryview(code).cast(lazy_re.CODE_TYPE).tolist() == fresh, pattern[:80]


def test_a_cache_written_with_the_other_byte_order_is_ignored(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # the words are native: read on a machine of the other order they would be other words
    pattern = r"(?P<name>api_key\w*)\s*[:=]\s*(?P<value>\S{8,})"
    other = "big" if sys.byteorder == "little" else "little"
    here = lazy_re.cache_key()
    assert sys.byteorder in here
    path = tmp_path / "regex_cache.bin"
    monkeypatch.setattr(lazy_re, "cache_key",
                        lambda: tuple(other if part == sys.byteorder else part for part in here))
    path.write_bytes(build([pattern]))
    monkeypatch.undo()
    monkeypatch.setattr(lazy_re, "CACHE_FILE", str(path))
    monkeypatch.setattr(lazy_re, "_index", None)
    monkeypatch.setattr(lazy_re, "_blob", b"")
    assert lazy_re._from_cache(pattern) is None
    m = lazy_re.compile_pattern(pattern).search("api_key = abcdefgh12")
    assert m is not None and m.group("value") == "abcdefgh12"


def test_a_pattern_read_from_a_fresh_cache_matches_as_re_compile_does(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import re

    patterns = [r"(?i)\bpass(?:word)?\s*[:=]\s*(\S{6,})", r"[A-Za-z0-9_-]{36,}+(?![A-Za-z0-9])",
                r"(?P<a>x{2,70000})|\u00e9+", r"(?s)<\|im_start\|>.*?<\|im_end\|>"]
    path = tmp_path / "regex_cache.bin"
    path.write_bytes(build(patterns))
    monkeypatch.setattr(lazy_re, "CACHE_FILE", str(path))
    monkeypatch.setattr(lazy_re, "_index", None)
    monkeypatch.setattr(lazy_re, "_blob", b"")
    texts = ["Password: hunter2hunter2", "k" * 40 + " x", "xx" + "x" * 70001, "\u00e9\u00e9",
             "<|im_start|>user\nhi<|im_end|>"]
    for pattern in patterns:
        cached = lazy_re._from_cache(pattern)
        assert cached is not None, pattern
        plain = re.compile(pattern)
        for text in texts:
            assert [m.span() for m in cached.finditer(text)] == [
                m.span() for m in plain.finditer(text)], (pattern, text[:20])


# ---------------------------------------------------------------------------------------------
# Rule: written out, not made by ``collections.namedtuple`` at import


def test_rule_is_written_out_and_behaves_as_the_namedtuple_did() -> None:
    import pickle
    from collections import namedtuple

    from handoff.privacy import rule
    from handoff.privacy.rules import RULES

    made = rule.Rule
    # no ``exec`` at import: ``__new__`` is the module's own code (namedtuple's is not)
    assert made.__new__.__code__.co_filename == rule.__file__
    old = namedtuple(  # type: ignore[misc]
        "Rule", made._fields, defaults=tuple(made._field_defaults.values()))
    assert (made._fields, made._field_defaults, made.__match_args__) == (
        old._fields, old._field_defaults, old.__match_args__)
    assert (made.__name__, made.__module__) == ("Rule", "handoff.privacy.rule")
    for row in RULES:
        twin = old(*row)
        assert row == twin and hash(row) == hash(twin) and repr(row) == repr(twin)
        assert row._asdict() == twin._asdict()
        assert all(getattr(row, name) == getattr(twin, name) for name in made._fields)
        changed = row._replace(priority=row.priority + 1, id="x")
        assert type(changed) is made and changed == twin._replace(priority=row.priority + 1,
                                                                  id="x")
    short = made("an-id", "what", "credential", "token", "x+")
    assert short == old("an-id", "what", "credential", "token", "x+")
    assert pickle.loads(pickle.dumps(short)) == short
    assert made._make(list(short)) == short
    with pytest.raises(TypeError):
        made._make(("too", "few"))
    with pytest.raises(ValueError, match="unexpected field names"):
        short._replace(nope=1)
    with pytest.raises(TypeError):
        made("too", "few")  # type: ignore[call-arg]
