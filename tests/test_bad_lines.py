"""One bad line cannot stop a store (issue #7, item 2).

A log line that parses as JSON but is not a valid event of its kind (missing or mistyped
fields, an unknown kind, a `v` newer than this version reads, a seq that is not a
positive integer, a ts that is not a time, data or scope that are not objects, any other
JSON value) is an unreadable line, exactly like a torn one: every reader skips and
reports it, nothing crashes on it, `scan` counts it (exit 5), `doctor` reports it (exit
5), `doctor --fix` moves exactly its bytes to quarantine/ (exit 0) and the next `doctor`
passes.

Each bad line is planted between valid events, as another tool or another version could
have written it. The events after it carry the seqs a writer assigns when it skips the
bad line (it continues from the last *valid* seq), so after the repair the log's seqs
are contiguous.

The property test appends arbitrary JSON values, envelopes of a known kind with arbitrary
data, and arbitrary bytes, then runs every command: each exits 0 or with a documented
code, never with a traceback, and never hangs.
"""

from __future__ import annotations

import json
import shutil
import string
import tempfile
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import orjson
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import handoff
from handoff.kinds import KINDS

from ._commands import Invocation, Outcome, all_invocations, basic_problems, clean_env, run_handoff

TS = "2030-01-01T00:00:00.000000Z"


def _id(n: int) -> str:
    return f"0190c0de-0000-7000-8000-{n:012d}"


def _envelope(seq: Any, kind: Any = "note", data: Any = None, **over: Any) -> dict[str, Any]:
    rec = {"v": 1, "id": _id(1000 + (seq if isinstance(seq, int) and 0 <= seq < 10**6 else 999)),
           "seq": seq, "ts": TS, "kind": kind, "scope": {},
           "data": {"text": f"event {seq}", "next_actions": []} if data is None else data}
    rec.update(over)
    return rec


def _line(rec: Any) -> bytes:
    return json.dumps(rec, separators=(",", ":")).encode() + b"\n"


BAD_LINES: dict[str, bytes] = {
    "pointer-without-repo": _line(_envelope(3, "pointer", {"branch": "main"})),
    "action-done-integer-action": _line(_envelope(3, "action_done", {"action": 5})),
    "note-text-number": _line(_envelope(3, "note", {"text": 42})),
    "note-actions-not-a-list": _line(_envelope(3, "note", {"text": "t", "next_actions": "x"})),
    "note-unknown-field": _line(_envelope(3, "note", {"text": "t", "surprise": 1})),
    "config-without-key": _line(_envelope(3, "config", {"value": 1})),
    "validation-exit-code-string": _line(_envelope(3, "validation", {"command": "x", "exit_code": "0"})),
    "health-unknown-status": _line(_envelope(3, "model_health", {"provider": "a", "model": "m",
                                                                 "status": "exploded"})),
    "runtime-port-string": _line(_envelope(3, "runtime", {"component": "db", "status": "up",
                                                          "port": "eighty"})),
    "purge-ids-not-a-list": _line(_envelope(3, "purge", {"event_ids": "all"})),
    "unknown-kind": _line(_envelope(3, "bogus", {})),
    "kind-not-a-string": _line(_envelope(3, 7, {})),
    "v-newer": _line(_envelope(3, v=99)),
    "v-missing": _line({k: v for k, v in _envelope(3).items() if k != "v"}),
    "seq-string": _line(_envelope("3")),
    "seq-float": _line(_envelope(3.5)),
    "seq-negative": _line(_envelope(-3)),
    "seq-zero": _line(_envelope(0)),
    "seq-bool": _line(_envelope(True)),
    "seq-huge": _line(_envelope(3)).replace(b'"seq":3', b'"seq":123456789012345678901234567890'),
    "ts-not-a-timestamp": _line(_envelope(3, ts="yesterday")),
    "ts-number": _line(_envelope(3, ts=12345)),
    "id-number": _line(_envelope(3, id=7)),
    "data-list": _line(_envelope(3, "note", [1, 2])),
    "data-string": _line(_envelope(3, "note", "text")),
    "scope-string": _line(_envelope(3, scope="me")),
    "scope-list": _line(_envelope(3, scope=[1])),
    "scope-unknown-field": _line(_envelope(3, scope={"agent": "a", "mood": "happy"})),
    "object": _line({"hello": "world"}),
    "array": _line([1, 2, 3]),
    "number": _line(42),
    "string": _line("just a string"),
    "null": _line(None),
}


def _build(root: Path, bad: bytes) -> tuple[list[str], bytes, tuple[int, int]]:
    """Two events through the API, the bad line, two valid events written as a writer
    that skipped the bad line would (seq 3 and 4). Returns the valid ids, the log and
    the bad line's span."""
    with handoff.open_store(root, durability="never") as store:
        first = store.append("note", {"text": "one", "next_actions": ["act"]})
        second = store.append("config", {"key": "build.cmd", "value": "make"})
        store.latest()
    log = root / "events.jsonl"
    before = log.read_bytes()
    after = [_envelope(3, "note", {"text": "three", "next_actions": []}, id=_id(3)),
             _envelope(4, "config", {"key": "test.cmd", "value": "pytest"}, id=_id(4))]
    log.write_bytes(before + bad + b"".join(_line(r) for r in after))
    return [first.id, second.id, _id(3), _id(4)], log.read_bytes(), (len(before), len(before) + len(bad))


def _quarantined(root: Path) -> bytes:
    q = root / "quarantine"
    return b"".join(p.read_bytes() for p in sorted(q.iterdir())) if q.is_dir() else b""


def _cli(root: Path, *args: str) -> Outcome:
    return run_handoff(["--store", str(root), *args], cwd=root.parent,
                       env=clean_env(root.parent / "home", HANDOFF_DURABILITY="never"))


def _ok(out: Outcome, code: int | set[int], what: str) -> None:
    problems = basic_problems(out)
    assert not problems, f"{what}: {problems}: {out.describe()}"
    codes = {code} if isinstance(code, int) else code
    assert out.code in codes, f"{what}: expected exit {codes}: {out.describe()}"


def _meta_ok(meta: dict[str, Any], ids: list[str], what: str) -> None:
    assert (meta["last_seq"], meta["last_event_id"], meta["events_total"], meta["skipped_lines"]) \
        == (4, ids[-1], 4, 1), f"{what}: {meta}"


def _reads(root: Path, ids: list[str]) -> None:
    out = _cli(root, "log", "--json")
    _ok(out, 0, "log --json")
    assert [json.loads(line)["id"] for line in out.stdout.splitlines()] == ids

    out = _cli(root, "show", "--json")
    _ok(out, 0, "show --json")
    _meta_ok(json.loads(out.stdout)["state"]["meta"], ids, "show --json")

    out = _cli(root, "latest")
    _ok(out, 0, "latest")
    state = json.loads(out.stdout)
    _meta_ok(state["meta"], ids, "latest")
    assert [n["text"] for n in state["notes"]] == ["one", "three"]

    out = _cli(root, "scan", "--json")
    _ok(out, 5, "scan --json (an unreadable line was not scanned)")
    report = json.loads(out.stdout)
    assert (report["events_scanned"], report["unreadable_lines"]) == (4, 1), report


def _write(root: Path, log: bytes) -> None:
    out = _cli(root, "note", "written after the bad line", "--json")
    _ok(out, 0, "note")
    assert json.loads(out.stdout)["seq"] == 5, out.stdout
    after = (root / "events.jsonl").read_bytes()
    assert after.startswith(log), "the write changed bytes before its own line"
    assert json.loads(after[len(log):])["seq"] == 5


def _rebuild(root: Path, ids: list[str]) -> None:
    out = _cli(root, "rebuild", "--json")
    _ok(out, 0, "rebuild --json")
    _meta_ok(json.loads(out.stdout), ids, "rebuild --json")


def _doctor(root: Path, log: bytes, span: tuple[int, int]) -> None:
    out = _cli(root, "doctor", "--json")
    _ok(out, 5, "doctor --json (reports the bad line)")
    assert json.loads(out.stdout)["unreadable_lines"] == [list(span)], out.stdout
    assert (root / "events.jsonl").read_bytes() == log, "doctor without --fix changed the log"

    out = _cli(root, "doctor", "--fix")
    _ok(out, 0, "doctor --fix")
    assert (root / "events.jsonl").read_bytes() == log[:span[0]] + log[span[1]:], \
        "doctor --fix did not remove exactly the bad line"
    assert _quarantined(root) == log[span[0]:span[1]], "the bad line is not in quarantine/"

    out = _cli(root, "doctor")
    _ok(out, 0, "doctor after --fix")


CHECKS: dict[str, Callable[[Path, list[str], bytes, tuple[int, int]], None]] = {
    "reads": lambda root, ids, log, span: _reads(root, ids),
    "write": lambda root, ids, log, span: _write(root, log),
    "rebuild": lambda root, ids, log, span: _rebuild(root, ids),
    "doctor": lambda root, ids, log, span: _doctor(root, log, span),
}


@pytest.mark.parametrize("check", list(CHECKS))
@pytest.mark.parametrize("bad", list(BAD_LINES))
def test_a_bad_line_is_skipped_reported_and_quarantined(tmp_path: Path, bad: str, check: str) -> None:
    root = tmp_path / "store"
    ids, log, span = _build(root, BAD_LINES[bad])
    CHECKS[check](root, ids, log, span)


# -- the property: nothing stored can crash a command ---------------------------------

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.integers(min_value=2**63, max_value=2**80)
    | st.floats(allow_nan=False, allow_infinity=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=12,
)
FIELD_NAMES = ["text", "next_actions", "expires_at", "tags", "action", "summary", "repo", "fork",
               "branch", "base", "pr", "pr_url", "issue", "title", "state", "unset", "clear",
               "command", "exit_code", "passed", "duration_s", "commit", "component", "status",
               "port", "url", "version", "detail", "provider", "model", "reset_at", "remaining",
               "limit", "key", "value", "source", "event_ids", "reason"]
envelopes = st.fixed_dictionaries(
    {"v": st.sampled_from([1, 1, 1, 0, 2, 99]),
     "id": st.text(string.hexdigits + "-", min_size=1, max_size=36),
     "seq": st.integers(min_value=-2, max_value=12),
     "ts": st.sampled_from([TS, "2024-02-30T00:00:00Z", "", "not a time"]),
     "kind": st.sampled_from(KINDS),
     "scope": st.dictionaries(st.sampled_from(["agent", "session", "project", "x"]), json_values,
                              max_size=2),
     "data": st.dictionaries(st.sampled_from(FIELD_NAMES), json_values, max_size=5)},
)
raw_lines = st.one_of(
    json_values.map(lambda v: json.dumps(v).encode() + b"\n"),
    envelopes.map(lambda v: json.dumps(v).encode() + b"\n"),
    st.binary(max_size=120).map(lambda b: b + b"\n"),
)


@pytest.fixture(scope="module")
def small_store(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    root = tmp_path_factory.mktemp("template") / "store"
    with handoff.open_store(root, durability="never") as store:
        first = store.append("note", {"text": "one", "next_actions": ["act"]})
        store.append("config", {"key": "build.cmd", "value": "make"})
        store.latest()
    return root, first.id


@pytest.mark.slow
@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(lines=st.lists(raw_lines, min_size=1, max_size=4), tail=st.booleans())
def test_no_stored_line_crashes_any_command(small_store: tuple[Path, str], lines: list[bytes],
                                            tail: bool) -> None:
    template, event_id = small_store
    invocations = all_invocations()
    with tempfile.TemporaryDirectory() as tmp:
        work = []
        for i, inv in enumerate(invocations):
            root = Path(tmp) / f"s{i}" / "store"
            shutil.copytree(template, root, symlinks=True)
            (root.parent / "home").mkdir()
            with open(root / "events.jsonl", "ab") as f:
                f.write(b"".join(lines))
                if tail:  # and one valid event after the planted lines
                    f.write(orjson.dumps(_envelope(3, id=_id(3))) + b"\n")
            work.append((inv, root))

        def one(item: tuple[Invocation, Path]) -> tuple[Invocation, Outcome]:
            inv, root = item
            return inv, run_handoff(["--store", str(root), *inv.argv(event_id)], cwd=root.parent,
                                    env=clean_env(root.parent / "home", HANDOFF_DURABILITY="never"))

        with ThreadPoolExecutor(max_workers=4) as pool:
            results = list(pool.map(one, work))
    failures = [f"{inv.name}: {basic_problems(out)}: {out.describe()}"
                for inv, out in results if basic_problems(out)]
    assert not failures, f"planted lines {lines!r}:\n" + "\n".join(failures)
