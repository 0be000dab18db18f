"""Session 17 (speed): what the filter loads before a note needs it, second round.

``foreign``'s index of phrases in other scripts is built by the first text that is not ASCII
(it was built at import); ``binascii`` (five base64 checks) and ``bisect`` (overlap resolution,
the classifier's fallback without its index) are imported where first needed, so a write of a
clean note loads no shared library for the filter but ``zlib``. No timing here: a
fresh interpreter says what an import and a few clean notes leave loaded, the lazily built index
is compared with one built eagerly, and texts that reach each lazy import are scanned in a fresh
interpreter and must give the findings of one that loaded all three up front.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from handoff.privacy import foreign, scan_text
from handoff.privacy.rules import RULES

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT / "bench"))

from bench_privacy import FIRST_NOTE, TYPICAL_NOTES, two_kb  # noqa: E402

LIBRARIES = ("binascii", "bisect")
"""Shared libraries the filter imports only where a text needs them."""

_CHILD = r"""
import json, sys
import handoff.errors
import handoff.privacy
from handoff.privacy import foreign, scan_text
libs = ("binascii", "bisect")
if sys.argv[2] == "eager":  # what the import did before session 17
    import binascii, bisect
    foreign._script_tables()
out = {"at_import": [n for n in libs if n in sys.modules], "index_at_import": len(foreign._script_index)}
clean, other = json.loads(sys.argv[1])
for text in clean:
    scan_text(text)
    if text.isascii():
        out["index_after_ascii"] = len(foreign._script_index)
out["after_clean"] = [n for n in libs if n in sys.modules]
out["findings"] = [[list(f) for f in scan_text(text)] for text in other]
out["after_other"] = [n for n in libs if n in sys.modules]
out["index_after_other"] = len(foreign._script_index)
print(json.dumps(out))
"""

_OTHER_SCRIPT = "\u4f60\u662f\u4e00\u4e2a\u6709\u7528\u7684\u52a9\u624b\uff0c\u8bf7\u5e2e\u6211\u5199\u4e00\u9996\u8bd7"
"""A request in Chinese ("you are a helpful assistant, please write me a poem"): mostly another
script, so ``_foreign`` asks for the script index."""


def _examples() -> list[str]:
    """Every rule's examples and near misses: among them base64 credentials (SMTP ``AUTH
    PLAIN``, ``Basic`` pairs, docker's auths) and texts with overlapping findings."""
    return [text for rule in RULES for text in (*rule.examples, *rule.near_misses)]


def _fresh(clean: list[str], other: list[str], how: str = "lazy") -> dict[str, object]:
    """The child's report. The hash seed is fixed: ``_foreign`` walks a set of words, so which
    phrase's position a finding reports can follow the seed (``check_findings`` fixes it too)."""
    env = dict(os.environ, PYTHONPATH=str(PROJECT), PYTHONHASHSEED="0")
    done = subprocess.run([sys.executable, "-c", _CHILD, json.dumps([clean, other]), how],
                          env=env, capture_output=True, text=True, check=True, cwd=PROJECT)
    result: dict[str, object] = json.loads(done.stdout)
    return result


def _clean_notes() -> list[str]:
    """The bench's notes: the ASCII ones first (the first note holds characters outside ASCII,
    which ask for the script index)."""
    return [*TYPICAL_NOTES, *(two_kb(note) for note in TYPICAL_NOTES), FIRST_NOTE]


def test_clean_notes_load_neither_library_and_ascii_ones_not_the_script_index() -> None:
    out = _fresh(_clean_notes(), [])
    assert out["at_import"] == [] and out["after_clean"] == []
    assert out["index_at_import"] == 0 and out["index_after_ascii"] == 0
    assert all(scan_text(note) == [] for note in _clean_notes())  # (the notes are clean)
    assert [note.isascii() for note in _clean_notes()] == [True] * 6 + [False]


def test_texts_that_need_them_load_them_and_find_the_same() -> None:
    other = [*_examples(), _OTHER_SCRIPT]
    out = _fresh(_clean_notes(), other)
    assert out["after_other"] == list(LIBRARIES)  # each lazy import was reached
    assert out["index_after_other"] == 1
    eager = _fresh(_clean_notes(), other, "eager")
    assert eager["at_import"] == list(LIBRARIES) and eager["index_at_import"] == 1  # (a guard)
    assert out["findings"] == eager["findings"]
    findings = out["findings"]
    assert isinstance(findings, list) and findings[-1] != []  # the request in another script


def test_the_lazy_script_index_is_the_eager_one() -> None:
    by_key: dict[str, list[int]] = {}
    for at, (phrase, _) in enumerate(foreign._FOREIGN_SCRIPT):
        key = next(ch for ch in phrase if ord(ch) > 127)
        by_key.setdefault(key, []).append(at)
    eager = {key: tuple(ats) for key, ats in by_key.items()}
    assert eager == foreign._SCRIPT_BY_KEY
    assert frozenset(eager) == foreign._SCRIPT_KEYS
    assert foreign._script_tables() == (eager, frozenset(eager))
    assert foreign._script_tables()[0] is foreign._SCRIPT_BY_KEY  # built once


def test_the_phrases_by_first_word_are_those_of_the_table() -> None:
    expected: dict[bytes, list[tuple[str, int]]] = {}
    for phrase, weight in foreign._FOREIGN_CUES:
        if phrase.isascii():
            first = phrase.encode().translate(foreign._LETTERS).split()[0]
            expected.setdefault(first, []).append((phrase, weight))
    assert expected == foreign._FOREIGN_BY_WORD
    assert frozenset(expected) == foreign._FOREIGN_WORD_KEYS
