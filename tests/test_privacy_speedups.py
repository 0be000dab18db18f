"""The privacy filter's start-up shortcuts give exactly what the slow way gives.

Two shortcuts (issue 11's start-up target): patterns built from ``regex_cache.bin`` by
``_sre.compile`` instead of ``re.compile``, and the classifier's first score looked up by
``bisect`` in the weights file's sorted columns instead of a dict built first.
"""

from __future__ import annotations

import json
import marshal
import subprocess
import sys
import zlib
from itertools import pairwise
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from handoff.privacy import classifier, lazy_re

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT / "bench"))

from build_regex_cache import build, compiled_parts  # noqa: E402


def _shipped_for_this_build() -> None:
    """Skip (with the fix) where the shipped cache was written by another Python build: there
    it is ignored and every pattern compiles from source, which is slower, not wrong."""
    data = Path(lazy_re.CACHE_FILE).read_bytes()
    head = len(lazy_re.CACHE_MAGIC) + 4
    size = int.from_bytes(data[len(lazy_re.CACHE_MAGIC) : head], "little")
    key, _ = marshal.loads(data[head : head + size])
    if key != lazy_re.cache_key():
        pytest.skip(f"regex_cache.bin is for {key}, this is {lazy_re.cache_key()}: "
                    "PYTHONPATH=. python bench/build_regex_cache.py rebuilds it")


def _entries() -> list[tuple[object, ...]]:
    _shipped_for_this_build()
    index = lazy_re._load_index()
    return [marshal.loads(zlib.decompress(lazy_re._blob[offset : offset + length]))
            for offset, length in index.values()]


def test_the_shipped_cache_is_for_this_python_and_every_entry_is_a_fresh_compile() -> None:
    entries = _entries()
    assert len(entries) >= 100, "regex_cache.bin is missing or for another Python build"
    for entry in entries:
        pattern = entry[0]
        assert isinstance(pattern, str)
        assert entry == compiled_parts(pattern), pattern[:80]


def test_a_cached_pattern_matches_as_re_compile_does() -> None:
    import re

    for entry in _entries()[:60]:
        pattern = entry[0]
        assert isinstance(pattern, str)
        cached, plain = lazy_re._from_cache(pattern), re.compile(pattern)
        assert cached is not None and cached is not plain
        assert (cached.pattern, cached.flags, cached.groups, cached.groupindex) == (
            plain.pattern, plain.flags, plain.groups, plain.groupindex)
        for text in ("", "password = hunter2hunter2", "You are a helpful assistant.\nUser: hi",
                     "ghp_" + "a1B2" * 9, "AKIA" + "Q" * 16):
            assert [m.span() for m in cached.finditer(text)] == [
                m.span() for m in plain.finditer(text)]


@pytest.fixture
def cache_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "regex_cache.bin"
    monkeypatch.setattr(lazy_re, "CACHE_FILE", str(path))
    monkeypatch.setattr(lazy_re, "_index", None)
    monkeypatch.setattr(lazy_re, "_blob", b"")
    return path


def test_a_cache_written_by_another_python_build_is_ignored(
        cache_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pattern = r"(?P<name>pass\w*)\s*=\s*(?P<value>\S+)"
    monkeypatch.setattr(lazy_re, "cache_key", lambda: ("another", (3, 99, 0)))
    cache_file.write_bytes(build([pattern]))
    monkeypatch.undo()
    monkeypatch.setattr(lazy_re, "CACHE_FILE", str(cache_file))
    monkeypatch.setattr(lazy_re, "_index", None)
    assert lazy_re._from_cache(pattern) is None
    assert lazy_re.compile_pattern(pattern).match("password = x") is not None


def test_a_damaged_entry_falls_back_to_compiling_the_source(cache_file: Path) -> None:
    pattern = r"token\s*:\s*(\w+)"
    data = bytearray(build([pattern]))
    data[-5] ^= 0xFF  # inside the compressed entry
    cache_file.write_bytes(bytes(data))
    assert lazy_re._from_cache(pattern) is None
    m = lazy_re.compile_pattern(pattern).search("the token: abc")
    assert m is not None and m.group(1) == "abc"


def test_an_entry_for_another_pattern_is_not_used(cache_file: Path) -> None:
    pattern, other = r"secret=(\w+)", r"public=(\w+)"
    data = build([pattern])
    cache_file.write_bytes(data)
    lazy_re._load_index()
    assert lazy_re._index is not None
    lazy_re._index[lazy_re.pattern_id(other)] = next(iter(lazy_re._index.values()))
    assert lazy_re._from_cache(other) is None
    assert lazy_re._from_cache(pattern) is not None


FIRST_SCAN = """
import sys
sys.path.insert(0, sys.argv[1])
import re._compiler
calls = []
original = re._compiler.compile
re._compiler.compile = lambda p, flags=0: calls.append(p) or original(p, flags)
from bench_privacy import TYPICAL_NOTES, two_kb
from handoff.privacy import scan_text
del calls[:]
for note in TYPICAL_NOTES:
    scan_text(two_kb(note))
print(len(calls), [p[:60] for p in calls])
"""


def test_a_new_process_scanning_typical_notes_compiles_no_pattern_from_source() -> None:
    """Fails when a rule's pattern changed and the cache was not rebuilt
    (``PYTHONPATH=. python bench/build_regex_cache.py``)."""
    _shipped_for_this_build()
    out = subprocess.run([sys.executable, "-c", FIRST_SCAN, str(PROJECT / "bench")],
                         capture_output=True, text=True, check=True, cwd=PROJECT)
    assert out.stdout.startswith("0 ")


def _corpus_texts() -> list[str]:
    texts = []
    for name in sorted((PROJECT / "tests" / "privacy_corpus").glob("*.jsonl")):
        for line in name.read_text(encoding="utf-8").splitlines():
            texts.append(json.loads(line)["text"])
    return texts


def test_the_weights_file_names_are_sorted_and_unique() -> None:
    model = classifier.load()
    assert model._columns is not None
    names = model._columns[0]
    assert all(a < b for a, b in pairwise(names))


def test_the_first_score_by_bisect_equals_the_dict_score_on_every_corpus_line() -> None:
    model = classifier.load()
    assert model._columns is not None
    names, column = model._columns
    weights = dict(zip(names, column.tolist(), strict=True))
    for text in _corpus_texts():
        feats = classifier.features(text)
        assert classifier._sorted_sum(names, column, feats) == sum(
            weights.get(f, 0) for f in feats)


def test_a_freshly_read_model_scores_the_same_by_bisect_and_by_its_dict() -> None:
    texts = _corpus_texts()
    model, reference = classifier.load(), classifier.load()
    _ = reference.weights  # built now: every score below is by the dict
    by_bisect = 0
    for text in texts:
        looked_up = model._by_pair is None
        assert model.score(text) == reference.score(text)
        by_bisect += looked_up
    assert by_bisect >= 5, "the first scores were not looked up by bisect"
    assert model._by_pair is not None and model._columns is None, "the dicts were never built"
    assert model.weights == reference.weights  # rebuilt from the pair dicts


def test_the_dict_is_built_once_the_bisect_budget_is_spent() -> None:
    model = classifier.load()
    note = " ".join(f"word{i} w{chr(97 + i % 26)}x" for i in range(400))
    spent = 0
    while spent < classifier.BISECT_BUDGET:
        assert model._by_pair is None
        model.score(note)
        spent += len(classifier.features(note))
    model.score(note)
    assert model._by_pair is not None


def _split_plainly(pattern: str) -> list[str] | None:
    """``patterns.split_alternatives`` as a walk over every character (its round-3 form)."""
    parts: list[str] = []
    depth = start = i = 0
    n = len(pattern)
    while i < n:
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":
            j = i + 1
            if j < n and pattern[j] == "^":
                j += 1
            if j < n and pattern[j] == "]":
                j += 1
            while j < n and pattern[j] != "]":
                j += 2 if pattern[j] == "\\" else 1
            i = j + 1
            continue
        if c == "(":
            if not pattern.startswith("?", i + 1):
                return None
            depth += 1
        elif c == ")":
            depth -= 1
            if depth < 0:
                return None
        elif c == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
        i += 1
    if depth:
        return None
    parts.append(pattern[start:])
    return parts


def test_split_alternatives_equals_the_character_walk_on_every_rule_pattern() -> None:
    from handoff.privacy import patterns
    from handoff.privacy.rules import RULES

    for rule in RULES:
        for pattern in (rule.pattern, rule.name_pattern):
            assert patterns.split_alternatives(pattern) == _split_plainly(pattern), rule.id


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet="ab|()[]^\\?:P<>x", max_size=16))
def test_split_alternatives_equals_the_character_walk_on_any_text(pattern: str) -> None:
    from handoff.privacy import patterns

    assert patterns.split_alternatives(pattern) == _split_plainly(pattern)
