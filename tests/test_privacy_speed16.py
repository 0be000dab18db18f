"""Session 16's search mechanisms give exactly what the plain searches give.

Each mechanism is either the same value computed a cheaper way (``lazy_re.lower``, ``held``) or
a necessary condition checked before a search (``lacks``, ``foreign.script_candidates``,
``lazy_re.line_matches``): a phrase the text holds is never skipped. Each test compares the
fast path with the plain one on the open corpora and on generated texts. No timing here:
``bench/bench_long_notes.py`` measures.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from handoff.privacy import (
    cue_words,
    foreign,
    framing,
    lazy_re,
    prose,
    quoted,
    react,
    scan_text,
    scanner,
    turns,
)

PROJECT = Path(__file__).resolve().parent.parent
_OPEN_CORPORA = (
    "privacy_corpus/benign.jsonl",
    "privacy_corpus/prompts.jsonl",
    "privacy_corpus/secrets.jsonl",
    *(f"privacy_blind{n}/corpus.jsonl" for n in ("", *range(2, 18))),
    "privacy_train15/corpus.jsonl",
)
"""Open corpora (``bench/check_findings.py``'s list and a training set); never a held-out one."""


@cache
def _texts() -> tuple[str, ...]:
    out: list[str] = []
    for rel in _OPEN_CORPORA:
        for line in (PROJECT / "tests" / rel).read_text(encoding="utf-8").splitlines():
            out.append(json.loads(line)["text"])
    return tuple(out)


def _foreign_texts() -> Iterator[str]:
    return (t for t in _texts() if not t.isascii())


_MIXED = st.text(
    alphabet=st.sampled_from("aZ \n:-\u00e9\u00c9\u00df\u0130\u03a3\u03c3\u0414\u0434\u2014\u8bf7\u4f60\ud800\u00a0"),
    max_size=200,
)
"""Texts of ASCII and other letters: capitals outside ASCII (É, İ, Σ, Д), their lower cases, a
dash, CJK, a lone surrogate."""


# -- lower: str.lower, once per text --------------------------------------------------------------


def test_lower_is_str_lower_on_every_open_corpus_text() -> None:
    for text in _texts():
        assert lazy_re.lower(text) == text.lower()
        padded = text + " \u2014" * 40  # long enough for the bytes path, not ASCII
        assert lazy_re._lower(padded) == padded.lower()


@settings(max_examples=400, deadline=None)
@given(_MIXED)
def test_lower_is_str_lower_on_mixed_scripts(text: str) -> None:
    long = text * 4 + "x" * 64
    assert lazy_re._lower(long) == long.lower()
    assert lazy_re.lower(text) == text.lower()


def test_lower_remembers_a_bounded_number_of_texts() -> None:
    for n in range(3 * lazy_re._LOWERED_MAX):
        lazy_re.lower(f"Text {n} \u2014 " * 10)
    assert len(lazy_re._LOWERED) <= lazy_re._LOWERED_MAX


# -- held and lacks: a phrase the text holds is never skipped -------------------------------------


@settings(max_examples=300, deadline=None)
@given(_MIXED)
def test_held_is_the_texts_characters_outside_ascii(text: str) -> None:
    assert lazy_re.held(text) == {c for c in text if not c.isascii()}


def _phrase_tables() -> dict[str, tuple[str, ...]]:
    """Every table a ``lacks`` gate stands in front of."""
    return {
        "foreign": tuple(p for p, _ in foreign._FOREIGN_CUES),
        "prose": (*prose._NON_ASCII_NOUNS, *prose._NON_ASCII_LOGIN_NOUNS,
                  *prose._NON_ASCII_TOKEN_NOUNS),
        "framing": (*framing._REPLIES_LATIN, *framing._REPLIES_OTHER),
        "react": tuple(react._REACT_OTHER_STEP),
        "turns": turns._FOREIGN_ROLES,
        "scanner": tuple(n for n, _ in scanner._FOREIGN_NOUNS),
    }


def test_lacks_never_skips_a_phrase_an_open_corpus_text_holds() -> None:
    phrases = sorted({p for table in _phrase_tables().values() for p in table})
    assert len(phrases) > 300  # (a guard: the tables are the ones the gates read)
    checked = 0
    for text in _foreign_texts():
        low = text.lower()
        for phrase in phrases:
            if phrase in low:
                checked += 1
                assert not lazy_re.lacks(low, phrase), (phrase, text[:80])
    assert checked > 500


@settings(max_examples=300, deadline=None)
@given(_MIXED, st.sampled_from(sorted({p for t in _phrase_tables().values() for p in t})))
def test_lacks_is_exact_about_the_key_character(text: str, phrase: str) -> None:
    for low in (text.lower(), text.lower() + phrase):
        key = next((c for c in phrase if not c.isascii()), None)
        assert lazy_re.lacks(low, phrase) == (key is not None and key not in low)
        if phrase in low:
            assert not lazy_re.lacks(low, phrase)


# -- foreign: the script phrases a text can hold, in the table's order ----------------------------


def test_script_index_files_every_phrase_once_under_its_key() -> None:
    seen: list[int] = []
    for key, ats in foreign._SCRIPT_BY_KEY.items():
        for at in ats:
            phrase = foreign._FOREIGN_SCRIPT[at][0]
            assert key == next(c for c in phrase if not c.isascii())
            seen.append(at)
    assert sorted(seen) == list(range(len(foreign._FOREIGN_SCRIPT)))


def _plain_foreign(low: str, is_foreign: bool, present: frozenset[bytes],
                   hits: list[cue_words._Hit]) -> None:
    """``foreign._foreign`` as it was before session 16: every script phrase searched (the
    words walked sorted, as since session 19, so that the span does not follow the hash salt)."""
    cues: list[tuple[str, int]] = []
    for word in sorted(present.intersection(foreign._FOREIGN_WORD_KEYS)):
        cues.extend(foreign._FOREIGN_BY_WORD[word])
    if is_foreign:
        cues.extend(foreign._FOREIGN_SCRIPT)
    score = 0
    first = -1
    for phrase, weight in cues:
        pos = low.find(phrase)
        if pos >= 0:
            score += weight
            if first < 0 or pos < first:
                first = pos
            if score >= 3:
                hits.append((cue_words.PROMPT, 1, first, first + 1, "prompt-other-language"))
                return


def test_foreign_finds_what_the_plain_search_finds_on_the_open_corpora() -> None:
    flagged = 0
    for text in _foreign_texts():
        low = text.lower()
        candidates = foreign.script_candidates(low)
        assert [c for c in foreign._FOREIGN_SCRIPT if c[0] in low] == [
            c for c in candidates if c[0] in low]
        present = frozenset(low.encode("ascii", "replace").translate(foreign._LETTERS).split())
        fast: list[cue_words._Hit] = []
        plain: list[cue_words._Hit] = []
        foreign._foreign(low, True, present, fast)
        _plain_foreign(low, True, present, plain)
        assert fast == plain, text[:80]
        flagged += bool(fast)
    assert flagged > 50  # (a guard: the corpora reach the cue)


# -- line_matches: finditer over the lines that hold a mark ---------------------------------------


def test_label_lines_match_as_finditer_on_the_open_corpora() -> None:
    pattern = re.compile(quoted._LABEL_LINE)
    found = 0
    for text in _texts():
        plain = [(m.span(), m.groups()) for m in pattern.finditer(text)]
        fast = [(m.span(), m.groups()) for m in lazy_re.line_matches(pattern, text, (":", "\uff1a"))]
        assert fast == plain, text[:80]
        found += len(fast)
    assert found > 1000


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab \t-*>\u2022:\uff1a\n"), max_size=120))
def test_label_lines_match_as_finditer_on_generated_lines(text: str) -> None:
    pattern = re.compile(quoted._LABEL_LINE)
    plain = [(m.span(), m.groups()) for m in pattern.finditer(text)]
    assert [(m.span(), m.groups())
            for m in lazy_re.line_matches(pattern, text, (":", "\uff1a"))] == plain


# -- the scan as a whole: the gates on and off -----------------------------------------------------


def test_long_notes_scan_the_same_with_the_gates_switched_off(monkeypatch: pytest.MonkeyPatch) -> None:
    long_texts = [t for t in _texts() if len(t) >= 1000 and not t.isascii()]
    assert len(long_texts) > 50
    fast = [scan_text(t) for t in long_texts]
    for module in (prose, framing, react, turns, scanner):
        monkeypatch.setattr(module, "_lacks", lambda text, phrase: False)
    monkeypatch.setattr(foreign, "script_candidates", lambda low: list(foreign._FOREIGN_SCRIPT))
    monkeypatch.setattr(quoted, "_line_matches",
                        lambda pattern, text, marks, start=0: pattern.finditer(text))
    role = re.compile(quoted._ROLE_WORD)  # session 21: the role words' gate off as well
    monkeypatch.setattr(quoted, "_role_heads", lambda text, lo: 0 if role.search(lo) else -1)
    monkeypatch.setattr(lazy_re, "_LOWERED", {})
    scanner.clear_caches()
    assert [scan_text(t) for t in long_texts] == fast


# -- quoted: the next quotation mark found in C ----------------------------------------------------


def _plain_quoted(text: str, hits: list[cue_words._Hit]) -> None:
    """``quoted.quoted_hits`` as it was before session 16: every character of a line read."""
    for line_start, line in quoted._lines(text):
        at = -1
        while at + 1 < len(line):
            at += 1
            closers = quoted._OPENERS.get(line[at])
            if closers is None:
                continue
            end = min((i for i in (line.find(c, at + 1) for c in closers) if i > at), default=-1)
            if end < 0:
                break
            body = line[at + 1 : end]
            start, at = at, end
            if len(body) < 8 or not quoted._wordy(body):
                continue
            before = line[max(0, start - 60) : start]
            label = quoted._label(before)
            signed = label is None and quoted._SIGNED.match(line[end + 1 : end + 60]) is not None
            if label is None and not signed:
                continue
            lab = (label or line[end + 1 : end + 60]).lower()
            if lazy_re.rx(quoted._COPY).search(lab) is not None:
                continue
            if quoted._marks(body) >= quoted._needed(lab):
                hits.append((cue_words.PROMPT, 1, line_start + start, line_start + end + 1,
                             "request-quoted"))
                return
    quoted._unquoted(text, hits)


def test_quotations_are_found_as_the_character_walk_found_them() -> None:
    opener = re.compile(quoted._OPENER_CLASS)
    flagged = 0
    for text in _texts():
        if opener.search(text) is None:
            continue
        fast: list[cue_words._Hit] = []
        plain: list[cue_words._Hit] = []
        quoted.quoted_hits(text, fast)
        _plain_quoted(text, plain)
        assert fast == plain, text[:80]
        flagged += bool(fast)
    assert flagged > 100


def test_a_text_beyond_the_memo_length_is_not_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(lazy_re, "_MEMO_LEN", 100)
    monkeypatch.setattr(lazy_re, "_LOWERED", {})
    monkeypatch.setattr(lazy_re, "_HELD", {})
    big = "A \u2014 " * 60
    assert lazy_re.lower(big) == big.lower()
    assert lazy_re.held(big) == {"\u2014"}
    assert not lazy_re._LOWERED and not lazy_re._HELD
    small = "B \u2014 " * 10
    lazy_re.lower(small)
    lazy_re.held(small)
    assert small in lazy_re._LOWERED and small in lazy_re._HELD
