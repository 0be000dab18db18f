"""Session 12's start-up shortcuts give exactly what the slow way gives.

``snapshot.bin`` holds tables the filter derived from its rows at import (the scanner's
dispatch tables, the request cues' lead index, the anchored patterns taken apart); a section is
used only when it was built by the same code from equal inputs, and the shipped file must be
current (``PYTHONPATH=. python bench/build_snapshot.py`` rebuilds it). ``lazy_re`` reads the
regex cache's index and the entries it is asked for, not the whole file.
"""

from __future__ import annotations

import json
import marshal
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from handoff.privacy import lazy_re, patterns, scanner, snapshot
from handoff.privacy.rules import RULES

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT / "bench"))

from build_snapshot import build, built_sections, stale  # noqa: E402

TABLES = """
import json, sys
sys.path.insert(0, sys.argv[1])
from handoff.privacy import cues, scanner, snapshot

def ids(pairs):
    return [(p, scanner.RULES[i].id if isinstance(i, int) else i.id) for p, i in pairs]

def text(x):
    if isinstance(x, (set, frozenset)):
        return sorted(text(v) for v in x)
    if isinstance(x, dict):
        return sorted((text(k), text(v)) for k, v in x.items())
    if isinstance(x, (list, tuple)):
        return [text(v) for v in x]
    return x.decode() if isinstance(x, bytes) else x

heads = {h: scanner._head_entry(h) for h in sorted(set(scanner._BY2) | set(scanner._BY1))}
out = {
    "built": sorted(snapshot.built),
    "heads": {h: [list(e[0]), ids(e[1])] if e else [] for h, e in heads.items()},
    "url": ids(scanner._URL_RULES), "infix": ids(scanner._INFIX),
    "context": [r.id for r in scanner._CONTEXT], "vendor": [r.id for r in scanner._VENDOR],
    "generic": scanner._GENERIC.id, "by_word": text(scanner._BY_WORD),
    "by_literal": text(scanner._BY_LITERAL), "whole": text(scanner._WHOLE),
    "gate_words": text(scanner._GATE_WORDS), "splits": text(scanner._SPLITS),
    "by_lead": text(cues._BY_LEAD), "lead_rows": text(cues._LEAD_ROWS),
    "short": text(cues._SHORT_TEXT_LEADS), "long": text(cues._LONG_TEXT_LEADS),
}
print(json.dumps(out))
"""


def _tables(root: Path, use: bool) -> dict[str, object]:
    env = dict(os.environ, HANDOFF_PRIVACY_SNAPSHOT="on" if use else "off")
    out = subprocess.run([sys.executable, "-c", TABLES, str(root)], capture_output=True,
                         text=True, check=True, cwd=root, env=env)
    tables: dict[str, object] = json.loads(out.stdout)
    return tables


def test_the_shipped_snapshot_is_current() -> None:
    """Fails after a rule row, a request phrase or the code that derives the tables changed
    until ``PYTHONPATH=. python bench/build_snapshot.py`` is run."""
    data = Path(snapshot.SNAPSHOT_FILE).read_bytes()
    sections = built_sections()
    assert set(sections) == {"classifier.latin_words", "cues.leads", "foreign.script",
                             "quoted.role_firsts", "scanner.dispatch", "scanner.splits"}
    assert stale(sections, data) == [], "run: PYTHONPATH=. python bench/build_snapshot.py"


def test_a_new_process_reads_every_table_from_the_snapshot_and_they_equal_the_built_ones(
) -> None:
    read, made = _tables(PROJECT, True), _tables(PROJECT, False)
    assert read.pop("built") == [], "a section was built from the rows: the snapshot is stale"
    assert made.pop("built") == ["cues.leads", "scanner.dispatch", "scanner.splits"]
    made["splits"] = read["splits"]  # built lazily without the snapshot: compared below
    assert read == made


def test_a_stale_or_damaged_snapshot_is_ignored_and_scans_the_same(tmp_path: Path) -> None:
    """A copy of the package whose snapshot holds junk tables under other inputs' keys, and
    one whose file is cut short: every table is built from the rows, and the scan agrees."""
    import marshal

    reference = _tables(PROJECT, False)
    reference.pop("built")
    data = Path(snapshot.SNAPSHOT_FILE).read_bytes()
    sections = marshal.loads(data[len(snapshot.SNAPSHOT_MAGIC):])
    junk = {name: (key[:-1] + bytes([key[-1] ^ 1]), ({}, {}, frozenset(), frozenset()))
            for name, (key, _) in sections.items()}
    for name, content in (("stale", build(junk)), ("cut", data[: len(data) // 2]),
                          ("missing", None)):
        root = tmp_path / name
        shutil.copytree(PROJECT / "handoff", root / "handoff",
                        ignore=shutil.ignore_patterns("__pycache__"))
        target = root / "handoff" / "privacy" / "snapshot.bin"
        if content is None:
            target.unlink()
        else:
            target.write_bytes(content)
        got = _tables(root, True)
        assert got.pop("built") == ["cues.leads", "scanner.dispatch", "scanner.splits"], name
        assert got["splits"] == [], name  # taken apart when first needed, as before
        got["splits"] = reference["splits"]
        assert got == reference, name


def test_a_section_is_used_only_for_the_same_code_and_inputs(
        monkeypatch: pytest.MonkeyPatch) -> None:
    def double(xs: tuple[int, ...]) -> list[int]:
        return [2 * x for x in xs]

    def triple(xs: tuple[int, ...]) -> list[int]:
        return [3 * x for x in xs]

    monkeypatch.setattr(snapshot, "USE_SNAPSHOT", True)
    monkeypatch.setattr(snapshot, "built", {})
    monkeypatch.setattr(snapshot, "_sections", {})
    assert snapshot.tables("t", double, (1, 2)) == [2, 4]
    key, _ = snapshot.built.pop("t")
    snapshot._sections = {"t": (key, marshal.dumps(["from the file"]))}
    assert snapshot.tables("t", double, (1, 2)) == ["from the file"]
    assert snapshot.built == {}
    assert snapshot.tables("t", double, (1, 3)) == [2, 6]  # other inputs
    assert snapshot.tables("t", triple, (1, 2)) == [3, 6]  # other code, same inputs
    assert snapshot.tables("t", double, (1, 2), code=(triple,)) == [2, 4]  # other helpers
    monkeypatch.setattr(snapshot, "USE_SNAPSHOT", False)
    assert snapshot.tables("t", double, (1, 2)) == [2, 4]


def test_the_fingerprint_ignores_where_the_code_is() -> None:
    """A snapshot built in one checkout serves another (or an installed package): the code
    is compared without its file name and line numbers."""
    source = "def f(xs):\n    return sorted(xs, key=lambda x: -x)\n"
    here: dict[str, object] = {}
    there: dict[str, object] = {}
    exec(compile(source, "/one/place.py", "exec"), here)
    exec(compile("\n\n\n" + source, "/another/place.py", "exec"), there)
    f, g = here["f"], there["f"]
    assert callable(f) and callable(g)
    assert snapshot._code(f.__code__) == snapshot._code(g.__code__)
    assert snapshot.fingerprint(snapshot._code(f.__code__)) == snapshot.fingerprint(
        snapshot._code(g.__code__))


def _keyword_sets(rule_keywords: tuple[str, ...]) -> list[tuple[str, ...]]:
    sets = [(k,) for k in rule_keywords] + [rule_keywords, ()]
    sets += [rule_keywords[i : i + 3] for i in range(0, len(rule_keywords), 2)]
    return sets


def test_keep_parsed_equals_keep_alternatives_for_every_anchored_rule() -> None:
    anchored = [r for r in RULES if r.anchored]
    assert anchored
    for rule in anchored:
        parsed = patterns.parse_alternatives(rule.pattern)
        assert scanner._SPLITS.get(rule.pattern, parsed) == parsed
        for keywords in _keyword_sets(tuple(k.lower() for k in rule.keywords)):
            assert patterns.keep_parsed(rule.pattern, parsed, keywords) == (
                _keep_alternatives_before(rule.pattern, keywords)), (rule.id, keywords)


def _keep_alternatives_before(pattern: str, keywords: tuple[str, ...]) -> str:
    """``patterns.keep_alternatives`` as it was before session 12 (kept for comparison)."""
    def fits(alternative: str) -> bool:
        prefix = patterns.literal_prefix(alternative)
        return not prefix or any(prefix.startswith(k) or k.startswith(prefix) for k in keywords)

    parts = patterns.split_alternatives(pattern)
    if parts is None or (len(parts) < 2 and patterns._named_group(parts[0]) is None):
        return pattern
    kept: list[str] = []
    for part in parts:
        group = patterns._named_group(part)
        if group is None:
            if fits(part):
                kept.append(part)
            continue
        name, inner = group
        alive = [alt for alt in inner if fits(alt)]
        kept.append(f"(?P<{name}>" + ("|".join(alive) if alive else "(?!)") + ")")
    return "|".join(kept) if kept else "(?!)"


_PIECE = st.sampled_from(["ab", "a?b", "x*", r"\|", "[|(]", "(?:c|d)", "(?P<g>e|f)", "(", ")",
                          "(?P<h>k|", "|", "api", "tok", "", "(a)"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECE, max_size=8), st.lists(st.sampled_from(["a", "ab", "api", "e", "k", "x",
                                                              "tok", "c"]), max_size=3))
def test_keep_parsed_equals_keep_alternatives_on_generated_patterns(
        pieces: list[str], keywords: list[str]) -> None:
    pattern = "".join(pieces)
    assert patterns.keep_parsed(pattern, patterns.parse_alternatives(pattern), tuple(keywords)) \
        == _keep_alternatives_before(pattern, tuple(keywords))


def _bytes_read() -> int | None:
    try:
        with open("/proc/self/io") as fh:
            return next(int(line.split()[1]) for line in fh if line.startswith("rchar:"))
    except (OSError, StopIteration):
        return None


def test_a_first_compile_reads_the_index_and_one_entry_not_the_whole_cache(
        monkeypatch: pytest.MonkeyPatch) -> None:
    size = os.path.getsize(lazy_re.CACHE_FILE)
    if _bytes_read() is None or size < 4 * lazy_re._HEAD_READ:
        pytest.skip("needs /proc/self/io and the shipped regex cache")
    monkeypatch.setattr(lazy_re, "_index", None)
    monkeypatch.setattr(lazy_re, "_blob", b"")
    pattern = scanner._searched(next(r for r in RULES if r.kind == "keyword"))
    before = _bytes_read()
    compiled = lazy_re._from_cache(pattern)
    after = _bytes_read()
    assert before is not None and after is not None
    if compiled is None:
        pytest.skip("the shipped regex cache lacks the pattern (bench/build_regex_cache.py)")
    assert after - before < size // 4, "the whole regex cache was read"
    import re

    assert compiled.pattern == re.compile(pattern).pattern


def _corpus_texts() -> list[str]:
    texts = []
    for name in sorted((PROJECT / "tests" / "privacy_corpus").glob("*.jsonl")):
        for line in name.read_text(encoding="utf-8").splitlines():
            texts.append(json.loads(line)["text"])
    return texts


def _lead_starts_matching(lo: str, words: bytes, lead: bytes) -> bool:
    """Whether a row of ``lead`` matches at a place ``cues._request`` tries it from."""
    from handoff.privacy import cues

    rx = cues._request_pattern(cues._BY_LEAD[lead])
    needle = b" " + lead + b" "
    pos = words.find(needle)
    while pos >= 0:
        before = lo[pos - 1 : pos]
        if not (before.isalnum() or before == "_") and rx.match(lo, pos) is not None:
            return True
        pos = words.find(needle, pos + len(lead) + 1)
    return False


def _views(text: str) -> tuple[str, bytes]:
    view = text.encode("ascii", "replace").decode("ascii")
    raw = view.encode("ascii")
    return view.lower(), b" " + raw.translate(scanner._WORDTAB) + b" "


def _check_word_gates(texts: list[str]) -> int:
    from handoff.privacy import cues

    assert cues._WORD_GATES
    matched = 0
    for text in texts:
        lo, words = _views(text)
        present = frozenset(words.split()).intersection(cues._BY_LEAD)
        for lead in present:
            if len(lead) < cues._GATE_MIN or not _lead_starts_matching(lo, words, lead):
                continue
            matched += 1
            gate = cues._lead_gates[lead] if lead in cues._lead_gates else cues._lead_gate(lead)
            first = words.find(b" " + lead + b" ")  # where _request's gate search starts
            assert gate is None or gate.search(lo, first) is not None, (lead, text[:80])
    return matched


def test_a_word_gate_passes_wherever_a_row_of_its_lead_matches_on_the_corpus() -> None:
    """``cues._WORD_GATES``: the gate looks only at whole-word occurrences of the lead, and
    every place ``_request`` tries the rows from is one (fails when the bound is too strict,
    e.g. a digit before the lead not allowed)."""
    assert _check_word_gates(_corpus_texts()) >= 200


_LEADS = ["write", "in", "do", "at", "please", "explain", "act", "translate", "summarize",
          "give", "you", "me", "now", "i", "can", "tell"]
_FILLERS = ["a", "poem", "as", "the", "from", "on", "story", "code", "this", "python"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.one_of(st.sampled_from([*_LEADS, *_FILLERS]),
                          st.text(alphabet="_-.,:;!?'\"()0123456789\n\t xyzIN", max_size=3)),
                max_size=14))
def test_a_word_gate_passes_wherever_a_row_of_its_lead_matches_on_generated_texts(
        pieces: list[str]) -> None:
    _check_word_gates([" ".join(pieces), "".join(pieces)])


def test_requests_are_found_the_same_with_the_gates_of_session_10() -> None:
    """Word gates searched from the lead's first occurrence, against the previous gates
    searched from the text's start."""
    from handoff.privacy import cues, scan_text

    texts = _corpus_texts()
    warm_up, cues.GATE_AFTER = cues.GATE_AFTER, 0  # gated from the first text on
    try:
        scanner.clear_caches()
        cues._lead_gates.clear()
        with_it = [scan_text(t) for t in texts]
        cues._WORD_GATES = cues._GATE_FROM_FIRST = False
        scanner.clear_caches()
        cues._lead_gates.clear()
        without = [scan_text(t) for t in texts]
    finally:
        cues._WORD_GATES = cues._GATE_FROM_FIRST = True
        cues.GATE_AFTER = warm_up
        cues._lead_gates.clear()
        scanner.clear_caches()
    assert with_it == without
    assert sum(any(f.rule == "request-to-model" for f in found) for found in with_it) >= 100


def test_the_byte_tables_are_those_of_the_generators_they_replace() -> None:
    token = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-.+/~")
    before = {
        "_TOKTAB": bytes(97 if i in token else 32 for i in range(256)),
        "_WORDTAB": bytes(i + 32 if 65 <= i <= 90 else i if 97 <= i <= 122 else 32
                          for i in range(256)),
        "_SEPTAB": bytes(115 if chr(i) in "-._+~/" else 32 for i in range(256)),
        "_ALPHA": bytes(i if 97 <= i <= 122 else 32 for i in range(256)),
    }
    for name, table in before.items():
        assert getattr(scanner, name) == table, name
