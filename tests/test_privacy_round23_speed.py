"""Session 23 (speed23): what the last round added to a note's cost, and paths whose cost grew
faster than the text.

No timing here. Cost is checked by counting: how many characters the regular expressions the
filter compiles through ``lazy_re.rx`` read on a text of n repeated units and of 4n (linear
paths read about four times as much, a search per hit to the end of the text sixteen), and
which readers a clean note reaches at all. Each cheaper path is checked against the path it
replaced, kept here as a reference, on generated texts.
"""

from __future__ import annotations

import collections
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from handoff.privacy import framing, lazy_re, peoplechat, records, scanner, turntaking

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT / "bench"))

from bench_note_cost import note  # noqa: E402

# -- characters read by the filter's regular expressions -----------------------------------------


class _Counting:
    """A compiled pattern that adds to ``read`` what each call may have read: from ``pos`` to
    the end of the match it returns (to ``endpos`` where none), and for ``finditer`` to the
    last match taken (to ``endpos`` when run to its end)."""

    def __init__(self, pattern: re.Pattern[str], read: collections.Counter[str]) -> None:
        self.p = pattern
        self.read = read

    def search(self, s: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        end = len(s) if endpos is None else min(endpos, len(s))
        m = self.p.search(s, pos, end)
        self.read[self.p.pattern] += max(0, (m.end() if m is not None else end) - pos)
        return m

    def finditer(self, s: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match[str]]:
        end = len(s) if endpos is None else min(endpos, len(s))
        at = pos
        for m in self.p.finditer(s, pos, end):
            self.read[self.p.pattern] += max(0, m.end() - at)
            at = max(at, m.end())
            yield m
        self.read[self.p.pattern] += max(0, end - at)

    def findall(self, s: str, pos: int = 0, endpos: int | None = None) -> list[Any]:
        end = len(s) if endpos is None else min(endpos, len(s))
        self.read[self.p.pattern] += max(0, end - pos)
        return self.p.findall(s, pos, end)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.p, name)


class _Compiled(dict[str, Any]):
    def __init__(self, read: collections.Counter[str]) -> None:
        super().__init__()
        self.read = read

    def get(self, key: str, default: Any = None) -> Any:
        found = dict.get(self, key)
        if found is None:
            found = _Counting(lazy_re.compile_pattern(key), self.read)
            dict.__setitem__(self, key, found)
        return found


@pytest.fixture
def read(monkeypatch: pytest.MonkeyPatch) -> collections.Counter[str]:
    counts: collections.Counter[str] = collections.Counter()
    monkeypatch.setattr(lazy_re, "_compiled", _Compiled(counts))
    return counts


def _scanned(text: str, read: collections.Counter[str]) -> collections.Counter[str]:
    read.clear()
    scanner.rule_hits(text, True)
    return collections.Counter(read)


_LONG = {
    # a chat naming its channel in every turn: each venue word's turns were read to the end
    "venue words in a chat": "chat Bob: hi chat Al: yo ",
    "tags in a chat": "#ops Bob: hi there Al: yo ",
    # a model's turns, none beside a field line: the text less each turn searched once per turn
    "a model's short turns": "Assistant: one two three four five\n",
    "a model's turns in Chinese": "\u52a9\u624b\uff1a\u597d\u7684\uff0c\u8fd9\u662f\n",
    # an agent's log of tool calls: every other record read again for each call
    "a log of tool calls": ('{"type":"assistant","message":{"role":"assistant","content":[{"type":"tool_use",'
                            '"name":"Bash","input":{"command":"ls -la"}}]}}\n'),
}


@pytest.mark.parametrize("unit", list(_LONG.values()), ids=list(_LONG))
def test_what_the_patterns_read_grows_with_the_text(unit: str, read: collections.Counter[str]) -> None:
    """A text of 4n units costs the patterns about four times what n units cost, never the
    sixteen times of a search per hit to the end of the text: in total and per pattern (a
    pattern that reads little on n units is let off: ``\\s`` per line, say)."""
    small, large = _scanned(unit * 150, read), _scanned(unit * 600, read)
    assert sum(large.values()) <= 6 * sum(small.values())
    for pattern, chars in large.items():
        if chars > 50_000:
            assert chars <= 6 * max(small.get(pattern, 0), 1), pattern[:80]


# -- a chat's venue named in a note that is not ASCII --------------------------------------------


def _spelled(pattern: str) -> set[str]:
    """Every string the alternatives of ``pattern`` spell, one character for each class and
    the fewest repeats, lookarounds and anchors left out."""
    from re import _constants as c  # type: ignore[attr-defined]
    from re import _parser  # type: ignore[attr-defined]

    def seq(items: Any) -> list[str]:
        out = [""]
        for op, av in items:
            if op is c.LITERAL:
                alts = [chr(av)]
            elif op is c.IN:
                alts = [chr(a if o is c.LITERAL else a[0]) if o is not c.CATEGORY else "a"
                        for o, a in av if o in (c.LITERAL, c.RANGE, c.CATEGORY)]
            elif op is c.BRANCH:
                alts = [s for b in av[1] for s in seq(b)]
            elif op is c.SUBPATTERN:
                alts = seq(av[-1])
            elif op in (c.MAX_REPEAT, c.MIN_REPEAT):
                low, high, sub = av
                inner = seq(sub)
                alts = [s * low for s in inner] + (inner if low == 0 and high >= 1 else [])
            else:
                alts = [""]  # (an anchor or a look-around)
            out = [a + b for a in out for b in alts]
        return out

    return set(seq(_parser.parse(pattern)))


def test_every_venue_word_passes_the_gate_in_any_case() -> None:
    """Whatever ``_CHAT_VENUE`` matches, ``_may_name_venue`` lets through: each word its
    alternatives spell, as written, in upper case and capitalised, alone and in an accented
    sentence."""
    rx = re.compile(turntaking._CHAT_VENUE)
    words = _spelled(turntaking._CHAT_VENUE)
    assert len(words) > 500
    for word in words:
        for form in (word, word.upper(), word.capitalize()):
            for text in (f" {form} ", f"Gr\u00fc\u00dfe aus dem {form}: Jannik: ok", f"{form}"):
                if rx.search(text):
                    assert turntaking._may_name_venue(text), text


def test_the_odd_case_folds_are_every_one_re_knows() -> None:
    """``_FOLD_ODD`` holds every character that ``re`` matches case-insensitively to a letter
    of ``_CHAT_VENUE`` while ``str.lower`` gives it another letter (derived over every code
    point): for any other text, the stems in its lower-cased form decide."""
    every = "".join(chr(i) for i in range(0x110000) if not 0xD800 <= i < 0xE000)
    source = re.sub(r"\\u([0-9a-f]{4})", lambda m: chr(int(m.group(1), 16)), turntaking._CHAT_VENUE)
    letters = {ch for ch in source if ch.isalpha()} | set("abcdefghijklmnopqrstuvwxyz")
    odd = {ch for p in letters for ch in re.findall("(?i)" + re.escape(p), every) if ch.lower() != p.lower()}
    assert odd == set(re.findall(turntaking._FOLD_ODD, every))


_PIECES = ["chat", "Kanal", "KAN\u00c1L", "\u017flack", "Th\u0130s", "#Ops", "# ops", "gruppe", "war room",
           "\u0447\u0430\u0442", "\u0427\u0410\u0422", "\u1c84\u0440\u0435\u0434", "\u30c1\u30e3\u30c3\u30c8",
           "\u00fc", "\u00e9t\u00e9", " ", "\n", ":", "Jannik: ", "ok", "dms", "DM", "\u00c5", "x"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=12))
def test_the_gate_never_stops_a_text_the_pattern_matches(parts: list[str]) -> None:
    text = "".join(parts)
    if re.search(turntaking._CHAT_VENUE, text):
        assert turntaking._may_name_venue(text)


def test_a_note_in_german_naming_no_chat_never_runs_the_venue_pattern(
        read: collections.Counter[str]) -> None:
    """The bench's German note (accents, no chat named) skipped ``_CHAT_VENUE``: it has no
    literal start and costs ~1 µs a character, which session 22's ASCII gate could not spare
    a text with accents."""
    for n in range(3):
        text = note("german", n)
        assert not text.isascii()
        read.clear()
        turntaking.flat_hits(text, [])
        assert read[turntaking._CHAT_VENUE] == 0


def test_a_clean_ci_log_never_asks_whether_it_is_a_report(monkeypatch: pytest.MonkeyPatch) -> None:
    """The model is asked first: ``selfreport.report`` (a line-by-line read, ~0.4 ms on a 2 KB
    CI log) only clears what the model flagged, so a note the model leaves is never read by it."""
    from handoff.privacy import scan_text, selfreport

    asked: list[str] = []
    real = selfreport.report
    monkeypatch.setattr(selfreport, "report", lambda text: asked.append(text) or real(text))
    for n in range(3):
        assert scan_text(note("ci log", 500 + n)) == []
    assert asked == []


# -- the cheaper paths find what the old ones found ---------------------------------------------


def _flat_hits_before(text: str) -> bool:
    """``turntaking.flat_hits`` as session 22 left it: every venue word's turns read whole."""
    if text.count(": ") + text.count("\uff1a") < 2:
        return False
    body = text.replace('\\"', '"').replace("\\n", "\n") if "\\n" in text else text
    for v in re.finditer(turntaking._CHAT_VENUE, body):
        turns, _ = turntaking._flat_turns(body, v.end())
        if len(turns) < 2:
            continue
        names = [n.lower() for n, _ in turns]
        if len(set(names)) < 2 or not all(w for _, w in turns):
            continue
        if turntaking._weight(turns[-1][1]) > 40:
            turns[-1] = (turns[-1][0], " ".join(turns[-1][1].split()[:40]))
        if turntaking._addressed([w for _, w in turns]) and turntaking._responds(turns):
            return True
    return False


_TURN_PIECES = ["chat ", "#ops ", "Team-Channel: ", "Bob: ", "Al: ", "Omar: ", "bob: ", "hi ", "you ", "ok ",
                "is the db down? ", "yes ", "thanks ", "- queue: ", "Note: ", "\n", "\n\n", ". ", "Al:  ",
                "INFO: ", "\u00bfqu\u00e9? ", "Jannik: ", "danke ", "kanal ", "\\n"]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_TURN_PIECES), min_size=2, max_size=30))
def test_flat_turns_judged_once_find_what_each_venue_found(parts: list[str]) -> None:
    text = "".join(parts)
    found: list[Any] = []
    turntaking.flat_hits(text, found)
    assert bool(found) == _flat_hits_before(text)


def _turn_hits_before(text: str) -> list[Any]:
    """``framing.turn_hits``' loop as session 22 left it: the text less each turn searched."""
    low = text.lower()
    for m in re.finditer(framing._ONE_TURN, low):
        if re.search(framing._FIELD_LINE, low[: m.start()] + "\n" + low[m.end():]) is not None:
            return []
        body = m.group("body")
        if re.match(framing._FIELD_START, body):
            continue
        words = [w for w in body.split() if any(c.isalpha() for c in w)]
        cjk = sum("\u3040" <= c <= "\u9fff" or "\uac00" <= c <= "\ud7af" for c in body)
        if len(words) >= framing._TURN_WORDS or cjk >= framing._TURN_CJK:
            return [("prompt", 1, m.start(), m.end(), framing.RULE_ID)]
    return []


_LINES = ["Assistant: one two three four five", "assistant: I'll start by reading the loader and then fix it",
          "Assistant:", "  I will read the file first and then run the tests again", "tool: pagerduty",
          "model: gpt", "- owner: ops team", "Model: x",
          "\u52a9\u624b\uff1a\u597d\u7684\uff0c\u8fd9\u662f\u7ffb\u8bd1\u7ed3\u679c\u548c\u8bf4\u660e",
          "plain prose line here", "", "> assistant: quoted words of the model here now", "ai: ok"]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_LINES), min_size=1, max_size=10))
def test_a_model_turn_beside_field_lines_is_judged_as_before(lines: list[str]) -> None:
    text = "\n".join(lines)
    low = text.lower()
    found: list[Any] = []
    present = frozenset(w.encode() for w in re.findall(r"[a-z_]+", low))
    framing.turn_hits(text, low, present, found)
    assert found == _turn_hits_before(text)


def _said_beside_before(lo: str, pos: int, endpos: int) -> bool:
    spans = records._json_lines(lo) or [(0, len(lo))]
    bodies = [lo[s:e].strip() for s, e in spans if (s, e) != (pos, endpos)] or [lo.strip()]
    return any(records._body_said(body, True) for body in bodies)


_RECORDS = ['{"type":"tool_use","name":"Bash","input":{"command":"ls"}}',
            '{"type":"text","text":"The test fails because the fixture is missing its lock file."}',
            '{"role":"assistant","content":[{"type":"tool_use","name":"Read"}]}',
            '{"type":"tool_result","content":"exit status 1"}', '{"note": "x"}',
            '  "continued": "line of a record"', '{"role":"user","content":"please fix the build for me now"}']


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_RECORDS), min_size=1, max_size=8))
def test_tool_calls_beside_the_models_words_are_found_as_before(lines: list[str]) -> None:
    lo = "\n".join(lines)
    spans = records._json_lines(lo) or [(0, len(lo))]
    for pos, endpos in [*spans, (0, len(lo))]:
        assert records._said_beside(lo, pos, endpos, True) == _said_beside_before(lo, pos, endpos)


def _csv_before(text: str) -> bool:
    head = re.search(peoplechat._CSV_HEAD, text)
    if head is None:
        return False
    names: list[str] = []
    bodies: list[str] = []
    for m in re.compile(peoplechat._CSV_ROW).finditer(text, head.end()):
        if text.count("\n", head.end(), m.start()) > len(names) + 1:
            break
        name = m.group("name").strip().lower()
        if name in framing._NOT_PEOPLE or name in peoplechat._ROLES or not any(ch.isalpha() for ch in name):
            return False
        names.append(name)
        bodies.append(m.group("body").strip("\" "))
    return len(names) >= 2 and len(set(names)) >= 2 and peoplechat._replying("\n".join(bodies))


_ROWS = ["timestamp,user,message", "2026-03-01 10:00,ana,is the db down?", "2026-03-01 10:01,bob,yes thanks",
         "2026-03-01 10:02,ci,deploy done", "", "a note between the rows", "2026-03-01 10:03,ana,\"ok, you?\""]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_ROWS), min_size=1, max_size=10))
def test_chat_rows_are_counted_as_before(rows: list[str]) -> None:
    """The rows' line breaks are counted once each, not from the header again for each row."""
    text = "\n".join(rows)
    found: list[Any] = []
    peoplechat.csv_hits(text, found)
    assert bool(found) == _csv_before(text)


def test_the_reference_texts_reach_each_path() -> None:
    """The generated texts above reach the paths they check (a flagged and a clean case each)."""
    chat = "chat Bob: is the db down? Al: yes, thanks Bob: ok"
    assert _flat_hits_before(chat) and not _flat_hits_before("chat Bob: hi Al: yo")
    assert _turn_hits_before("Assistant: one two three four five six") and not _turn_hits_before(
        "Assistant: one two three four five six\ntool: pagerduty")
    log = "\n".join(_RECORDS[:2])
    assert _said_beside_before(log, 0, len(_RECORDS[0])) and not _said_beside_before(
        "\n".join([_RECORDS[0], _RECORDS[3]]), 0, len(_RECORDS[0]))
    assert _csv_before("\n".join(_ROWS[:3])) and not _csv_before("\n".join(_ROWS[:2]))
    assert _spelled("a(?:b|c)d?") == {"ab", "ac", "abd", "acd"}
