"""`handoff query` / `handoff report` / `Store.query`: the DuckDB views on every backend.

The oracle is the store's own Python readers: the `events` view must hold exactly the
records `Store.events()` yields (skipping what they skip), the typed views their data,
and the `latest_*` tables the content of latest.json. A JSONL store and its promoted
SQLite twin must answer every view identically, over the golden fixtures and over
hypothesis-generated logs. Writes are refused and leave the store byte-identical.
"""

from __future__ import annotations

import os
import pty
import shutil
import subprocess
from datetime import datetime
from pathlib import Path
from typing import Any

import orjson
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import handoff
from handoff import query as q
from handoff.kinds import FIELDS
from handoff.store import Store

from .conftest import handoff_command, snapshot
from .strategies import any_item

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"

VIEW_ORDER = {
    "events": "seq", "notes": "seq", "actions_done": "seq", "validations": "seq", "pointers": "seq",
    "runtime": "seq", "model_health": "seq", "config": "seq", "purges": "seq",
    "next_actions": "note_seq, position", "latest_meta": "last_seq", "latest_pointers": "repo",
    "latest_validations": "command", "latest_runtime": "component", "latest_notes": "seq",
    "latest_next_actions": "id", "latest_model_health": "provider, model", "latest_config": "key",
}
"""Every view and table, with an order that makes its rows comparable."""


def _fixture_store(name: str, root: Path) -> Path:
    with handoff.open_store(root) as s:
        (s.root / "events.jsonl").write_bytes((FIXTURES / name / "events.jsonl").read_bytes())
        s.rebuild()
    return root


def _twins(jsonl_root: Path) -> Path:
    """A promoted SQLite copy of a JSONL store; returns its root."""
    twin = jsonl_root.parent / (jsonl_root.name + "-sqlite")
    shutil.copytree(jsonl_root, twin)
    with handoff.open_store(twin) as s:
        assert s.promote("sqlite").switched
    return twin


def _all_views(store: Store) -> dict[str, tuple[list[str], list[tuple[Any, ...]]]]:
    out = {}
    for view, order in VIEW_ORDER.items():
        exclude = " EXCLUDE (age)" if view == "next_actions" else ""  # age runs on the clock
        out[view] = store.query(f"SELECT *{exclude} FROM {view} ORDER BY {order}")
    return out


def _ts(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text[:26]) if text else None


def test_the_sql_field_table_names_the_same_fields_as_the_readers() -> None:
    assert {k: set(v) for k, v in q.DATA_TYPES.items()} == {k: set(f[1]) for k, f in FIELDS.items()}
    lists = [(k, f) for k, fields in q.DATA_TYPES.items() for f, types in fields.items() if "ARRAY" in types]
    assert lists  # shape_ok takes every list field for a list of strings: the readers must agree
    for kind, field in lists:
        check = FIELDS[kind][1][field]
        assert not check([1]) and not check([["a"]]) and check([])


# -- the golden fixtures -----------------------------------------------------------------


@pytest.mark.parametrize("name", ["basic", "purged"])
def test_every_view_is_equal_on_jsonl_and_its_sqlite_twin(name: str, tmp_path: Path) -> None:
    root = _fixture_store(name, tmp_path / "s")
    twin = _twins(root)
    with handoff.open_store(root) as a, handoff.open_store(twin) as b:
        assert b.backend.name == "sqlite"
        left, right = _all_views(a), _all_views(b)
    assert left == right
    assert all(rows for view, (_, rows) in left.items() if view in ("events", "validations", "latest_meta"))


@pytest.mark.parametrize("name", ["basic", "damaged", "purged"])
def test_events_and_typed_views_hold_what_the_store_reads(name: str, tmp_path: Path) -> None:
    root = _fixture_store(name, tmp_path / "s")
    roots = [root] if name == "damaged" else [root, _twins(root)]  # a damaged log cannot be promoted
    for r in roots:
        with handoff.open_store(r) as s:
            expected = [(e.seq, e.id, _ts(e.ts), e.kind, e.scope.get("project"), e.scope.get("agent"),
                         e.scope.get("session"), e.data) for e in s.events()]
            cols, rows = s.query("SELECT * FROM events ORDER BY seq")
            assert cols == ["seq", "id", "ts", "kind", "project", "agent", "session", "data"]
            assert [(*row[:7], orjson.loads(row[7])) for row in rows] == expected
            _, vals = s.query("SELECT seq, command, exit_code, passed, duration_s, \"commit\", branch "
                              "FROM validations ORDER BY seq")
            assert vals == [(e.seq, e.data["command"], e.data["exit_code"], e.data["passed"],
                             e.data.get("duration_s"), e.data.get("commit"), e.data.get("branch"))
                            for e in s.events(kind="validation")]
            _, health = s.query("SELECT seq, provider, model, status, reset_at, checked_at "
                                "FROM model_health ORDER BY seq")
            assert health == [(e.seq, e.data["provider"], e.data["model"], e.data["status"],
                               _ts(e.data.get("reset_at")), _ts(e.data.get("checked_at") or e.ts))
                              for e in s.events(kind="model_health")]
            _, cfg = s.query("SELECT seq, key, value, unset FROM config ORDER BY seq")
            assert [(a, b, orjson.loads(c) if c is not None else None, d) for a, b, c, d in cfg] == [
                (e.seq, e.data["key"], e.data.get("value"), e.data.get("unset", False))
                for e in s.events(kind="config")]


def test_next_actions_state_follows_action_done(tmp_path: Path) -> None:
    root = _fixture_store("basic", tmp_path / "s")
    with handoff.open_store(root) as s:
        _, rows = s.query("SELECT id, text, state, resolved_seq, summary FROM next_actions ORDER BY note_seq, position")
        latest = s.latest()
    open_in_latest = {a["id"] for n in latest["notes"] for a in n["actions"] if not a["done"]}
    assert {r[0] for r in rows if r[2] == "open"} == open_in_latest
    assert ("10.2", "drop the debug flag", "resolved", 11, "removed in 9b7e0c1") in rows


@pytest.mark.parametrize("name", ["basic", "damaged", "purged"])
def test_latest_tables_match_latest_json(name: str, tmp_path: Path) -> None:
    golden = orjson.loads((FIXTURES / name / "latest.json").read_bytes())
    root = _fixture_store(name, tmp_path / "s")
    with handoff.open_store(root) as s:
        _, meta = s.query("SELECT last_seq, last_event_id, events_total, skipped_lines, active_repo FROM latest_meta")
        assert meta == [(golden["meta"]["last_seq"], golden["meta"]["last_event_id"], golden["meta"]["events_total"],
                         golden["meta"]["skipped_lines"], golden["active_repo"])]
        _, ptrs = s.query("SELECT repo, active, branch, pr, seq FROM latest_pointers ORDER BY repo")
        assert ptrs == sorted((k, k == golden["active_repo"], p.get("branch"), p.get("pr"), p["seq"])
                              for k, p in golden["pointers"].items())
        _, vals = s.query("SELECT command, passed, seq, last FROM latest_validations ORDER BY command")
        assert vals == sorted((k, v["passed"], v["seq"], v["id"] == golden["last_validation"]["id"])
                              for k, v in golden["validations"].items())
        _, acts = s.query("SELECT id, text, done FROM latest_next_actions ORDER BY id")
        assert acts == sorted((a["id"], a["text"], a["done"]) for n in golden["notes"] for a in n["actions"])
        _, cfg = s.query("SELECT key, value, source FROM latest_config ORDER BY key")
        assert [(k, orjson.loads(v), src) for k, v, src in cfg] == sorted(
            (k, c["value"], c.get("source")) for k, c in golden["config"].items())
        _, mh = s.query("SELECT provider || '/' || model, status, checked_at FROM latest_model_health ORDER BY 1")
        assert mh == sorted((k, m["status"], _ts(m["checked_at"])) for k, m in golden["model_health"].items())
        _, rt = s.query("SELECT component, status, port FROM latest_runtime ORDER BY component")
        assert rt == sorted((k, r["status"], r.get("port")) for k, r in golden["runtime"].items())


# -- generated logs ------------------------------------------------------------------------


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(items=st.lists(any_item, min_size=1, max_size=25), done=st.lists(st.integers(0, 30), max_size=5))
def test_generated_logs_answer_the_same_on_both_backends(tmp_path_factory: pytest.TempPathFactory,
                                                         items: list[tuple[str, dict[str, Any]]],
                                                         done: list[int]) -> None:
    root = tmp_path_factory.mktemp("gen") / "s"
    with handoff.open_store(root, durability="never") as s:
        written = s.append_many(items)
        notes = [e for e in written if e.kind == "note" and e.data.get("next_actions")]
        for i in done:  # close some next actions, so next_actions has both states
            if notes:
                note = notes[i % len(notes)]
                action = f"{note.seq}.{1 + i % len(note.data['next_actions'])}"
                if any(a["id"] == action and not a["done"] for n in s.latest()["notes"] for a in n["actions"]):
                    s.append("action_done", {"action": action})
    twin = _twins(root)
    with handoff.open_store(root) as a, handoff.open_store(twin) as b:
        assert _all_views(a) == _all_views(b)
        _, count = a.query("SELECT count(*) FROM events")
        assert count == [(sum(1 for _ in a.events()),)]


# -- unreadable lines ----------------------------------------------------------------------

GOOD = {"v": 1, "ts": "2026-03-01T09:00:01.000000Z", "kind": "note", "scope": {"agent": "a"},
        "data": {"text": "x"}}
BAD_VARIANTS = [
    {"v": "1"}, {"v": 2}, {"v": 1.0}, {"seq": "5"}, {"seq": 0}, {"id": 7}, {"ts": "2026-03-01 09:00:01"},
    {"ts": "2026-13-01T09:00:01.000000Z"}, {"kind": "nope"}, {"kind": 3}, {"data": [1]},
    {"data": {"text": 1}}, {"data": {"text": "x", "extra": 1}}, {"data": {"tags": ["a"]}},
    {"scope": {"agent": 1}}, {"scope": {"user": "a"}}, {"scope": []},
    {"kind": "config", "data": {"key": "k"}}, {"kind": "config", "data": {"key": "k", "value": 1, "unset": True}},
    {"kind": "validation", "data": {"command": "c", "exit_code": "1"}},
    {"data": {"text": "x", "tags": [1]}}, {"data": {"text": "x", "next_actions": ["a", 2]}},
    {"data": {"text": "x", "tags": [["a"]]}}, {"kind": "purge", "data": {"event_ids": [{}]}},
]


GOOD_SPELLINGS = [
    (b'"kind":"note"', b'"kind":"n\\u006fte"'),  # escapes: the JSON text DuckDB compares is re-serialized
    (b'"scope":{"agent":"a"}', b'"scope":{"agent":"a","project":"p","session":"s"}'),
    (b'"data":{"text":"x"}', b'"data":{"text":"x","tags":[],"next_actions":["a","b"]}'),
]
"""Lines the readers accept although they are spelled unlike the writer's lines."""


def hostile_log(root: Path, first_seq: int = 1, *, torn: bool = True) -> list[bytes]:
    """Lines of every unreadable kind around readable ones (ids `id-<seq>`), a torn tail
    after them; returns the lines, the torn one last when asked for."""
    lines = []
    seq = first_seq - 1
    for variant in [{}, *BAD_VARIANTS, *({} for _ in GOOD_SPELLINGS), {}]:
        seq += 1
        lines.append(orjson.dumps({**GOOD, "id": f"id-{seq}", "seq": seq, **variant}))
    for i, (plain, spelled) in enumerate(GOOD_SPELLINGS):
        at = len(lines) - 1 - len(GOOD_SPELLINGS) + i
        assert plain in lines[at]
        lines[at] = lines[at].replace(plain, spelled)
    lines += [b"not json", b"[1, 2]", b'{"tracking":{"source":"x","position":1,"digest":"d","count":0,'
              b'"status":"done","detail":""}}', b'{"v":1,"id":"id-dup","seq":1,"ts":"2026-03-01T09:00:01.000000Z",'
              b'"kind":"note","scope":{},"data":{"text":"x","text":1}}']
    out = [line + b"\n" for line in lines]
    if torn:
        out.append(orjson.dumps({**GOOD, "id": "id-torn", "seq": seq + 1}))  # a whole event, newline lost
    return out


UNREADABLE = len(BAD_VARIANTS) + 3
"""Unreadable lines in one `hostile_log`: the bad variants, `not json`, `[1, 2]`, the
duplicate key whose last value is not text (the tracking record is not an event line)."""


def test_unreadable_lines_are_skipped_as_the_readers_skip_them_and_reported(tmp_path: Path,
                                                                            cli_env: dict[str, str]) -> None:
    root = tmp_path / "s"
    handoff.open_store(root).close()
    (root / "events.jsonl").write_bytes(b"".join(hostile_log(root)))
    with handoff.open_store(root) as s:
        readable = [e.id for e in s.events()]
        assert len(readable) == 2 + len(GOOD_SPELLINGS) and "id-torn" not in readable
        _, rows = s.query("SELECT id FROM events ORDER BY seq")
        assert [r[0] for r in rows] == readable
        skipped = len(s.last_read.skipped)
    proc = subprocess.run([*handoff_command(), "--store", str(root), "query", "SELECT count(*) AS n FROM events",
                           "--format", "csv"], capture_output=True, text=True, env=cli_env)
    assert proc.returncode == 0 and proc.stdout == f"n\n{len(readable)}\n"
    assert f"skipped {skipped} unreadable line(s)" in proc.stderr and skipped == UNREADABLE


# -- read-only -----------------------------------------------------------------------------

WRITES = [
    "INSERT INTO latest_config VALUES ('k', '1', NULL, 1, 'x', NULL, NULL, NULL, NULL)",
    "DELETE FROM latest_config", "DROP VIEW events", "CREATE TABLE t AS SELECT 1",
    "UPDATE latest_meta SET last_seq = 0",
    "ATTACH '{other}' AS other", "COPY (SELECT * FROM events) TO '{other}.csv'",
    "SELECT * FROM read_csv('{other}.csv')", "INSTALL httpfs", "LOAD httpfs", "LOAD '{other}.duckdb_extension'",
    "SET enable_external_access = true", "SELECT 1; DROP VIEW events", "PRAGMA enable_profiling",
    "SELECT * FROM read_text('{passwd}')",
]


@pytest.fixture
def cli_env() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if not k.startswith("HANDOFF_")}


@pytest.mark.parametrize("backend", ["jsonl", "sqlite"])
def test_write_statements_are_refused_and_the_store_is_unchanged(tmp_path: Path, backend: str,
                                                                cli_env: dict[str, str]) -> None:
    root = _fixture_store("basic", tmp_path / "s")
    if backend == "sqlite":
        root = _twins(root)
    other = tmp_path / "other.db"
    Path(str(other) + ".csv").write_text("a\n1\n")
    before = snapshot(root)
    for sql in WRITES:
        stmt = sql.format(other=other, passwd="/etc/passwd")
        proc = subprocess.run([*handoff_command(), "--store", str(root), "query", stmt], capture_output=True,
                              text=True, env=cli_env)
        assert proc.returncode == 2, (stmt, proc.stderr)
        assert "Traceback" not in proc.stderr and proc.stderr.count("\n") == 1, proc.stderr
        assert proc.stdout == ""
    assert snapshot(root) == before
    assert not other.exists() and Path(str(other) + ".csv").read_text() == "a\n1\n"
    with handoff.open_store(root) as s:  # the Python API refuses the same way
        with pytest.raises(q.QueryError):
            s.query("DELETE FROM latest_config")
        with q.connection(s) as con:
            import duckdb

            with pytest.raises(duckdb.Error):
                con.execute(f"COPY (SELECT 1) TO '{tmp_path / 'x.csv'}'")
    assert snapshot(root) == before and not (tmp_path / "x.csv").exists()


def test_an_sql_error_is_one_line_exit_2(tmp_path: Path, cli_env: dict[str, str]) -> None:
    root = _fixture_store("basic", tmp_path / "s")
    proc = subprocess.run([*handoff_command(), "--store", str(root), "query", "SELECT nope FROM\nevents"],
                          capture_output=True, text=True, env=cli_env)
    assert proc.returncode == 2
    assert proc.stderr.startswith("handoff: error: Binder Error") and proc.stderr.count("\n") == 1


# -- offline -------------------------------------------------------------------------------


def _unshare_works() -> bool:
    try:
        return subprocess.run(["unshare", "-n", "true"], capture_output=True).returncode == 0
    except OSError:
        return False


@pytest.mark.parametrize("backend", ["jsonl", "sqlite"])
def test_queries_run_with_no_network(tmp_path: Path, backend: str, cli_env: dict[str, str]) -> None:
    root = _fixture_store("basic", tmp_path / "s")
    if backend == "sqlite":
        root = _twins(root)
    sql = ("SELECT current_setting('autoinstall_known_extensions') AS ai, "
           "current_setting('autoload_known_extensions') AS al, (SELECT count(*) FROM events) AS n")
    args = [*handoff_command(), "--store", str(root), "query", sql, "--format", "csv"]
    plain = subprocess.run(args, capture_output=True, text=True, env=cli_env)
    assert plain.stdout == "ai,al,n\nFalse,False,18\n", plain.stderr
    if not _unshare_works():
        pytest.skip("no network namespace here: autoinstall/autoload are shown off above")
    offline = subprocess.run(["unshare", "-n", *args], capture_output=True, text=True, env=cli_env)
    assert offline.returncode == 0, offline.stderr
    assert offline.stdout == plain.stdout
    report = subprocess.run(["unshare", "-n", *handoff_command(), "--store", str(root), "report",
                             "validation_pass_rate", "--format", "csv"], capture_output=True, text=True, env=cli_env)
    assert report.returncode == 0 and "pytest -q,fix/lock-timeout,2,1,1,50.0," in report.stdout


# -- reports -------------------------------------------------------------------------------

REPORT_EXPECTED = {
    "open_next_actions": ["id,text,created_at,age,project,agent",
                          "10.1,answer review on #131,2026-03-01 09:00:10,"],
    "validation_pass_rate": ["command,branch,runs,passed,failed,pass_pct,last_run",
                             "pytest -q,fix/lock-timeout,2,1,1,50.0,2026-03-01 09:00:04",
                             "ruff check .,,1,1,0,100.0,2026-03-01 09:00:05"],
    "flaky_commands": ["command,commit,runs,passed,failed,first_run,last_run"],
    "model_health_timeline": ["day,model,status,checks", "2026-03-01,anthropic/claude-sonnet-4-5,rate_limited,1",
                              "2026-03-01,openai/gpt-4o-mini,ok,1"],
    "rate_limits_per_day": ["day,model,rate_limited", "2026-03-01,anthropic/claude-sonnet-4-5,1"],
}


@pytest.mark.parametrize("backend", ["jsonl", "sqlite"])
def test_every_report_over_the_golden_fixture(tmp_path: Path, backend: str, cli_env: dict[str, str]) -> None:
    root = _fixture_store("basic", tmp_path / "s")
    if backend == "sqlite":
        root = _twins(root)
    assert set(REPORT_EXPECTED) == set(q.reports())
    for name, expected in REPORT_EXPECTED.items():
        proc = subprocess.run([*handoff_command(), "--store", str(root), "report", name, "--format", "csv"],
                              capture_output=True, text=True, env=cli_env)
        assert proc.returncode == 0, proc.stderr
        lines = proc.stdout.splitlines()
        assert len(lines) == len(expected) + (1 if name == "open_next_actions" else 0), lines
        for got, want in zip(lines, expected, strict=False):
            assert got.startswith(want), (name, got)


def test_flaky_commands_finds_a_pass_and_a_fail_on_one_commit(tmp_path: Path) -> None:
    c = "ab" * 20
    with handoff.open_store(tmp_path / "s") as s:
        for code in (0, 1, 0):
            s.append("validation", {"command": "pytest -q", "exit_code": code, "commit": c})
        s.append("validation", {"command": "ruff check .", "exit_code": 1, "commit": c})
        _, rows = s.query(q.reports()["flaky_commands"].sql)
    assert [r[:5] for r in rows] == [("pytest -q", c, 3, 2, 1)]


def test_report_list_describes_every_sql_file(tmp_path: Path, cli_env: dict[str, str]) -> None:
    root = _fixture_store("basic", tmp_path / "s")
    proc = subprocess.run([*handoff_command(), "--store", str(root), "report", "--list"], capture_output=True,
                          text=True, env=cli_env)
    assert proc.returncode == 0
    files = sorted(p.stem for p in q.REPORTS_DIR.glob("*.sql"))
    assert [line.split()[0] for line in proc.stdout.splitlines()[:len(files)]] == files
    assert all(len(line.split(None, 1)) == 2 for line in proc.stdout.splitlines()[:len(files)])


def test_a_time_series_report_draws_bars_on_a_terminal_only(tmp_path: Path, cli_env: dict[str, str]) -> None:
    root = _fixture_store("basic", tmp_path / "s")
    args = [*handoff_command(), "--store", str(root), "report", "rate_limits_per_day"]
    piped = subprocess.run(args, capture_output=True, text=True, env=cli_env)
    assert piped.returncode == 0 and "█" not in piped.stdout
    leader, follower = pty.openpty()
    proc = subprocess.Popen(args, stdout=follower, stderr=subprocess.DEVNULL, env=cli_env)
    os.close(follower)
    out = b""
    while True:
        try:
            chunk = os.read(leader, 4096)
        except OSError:  # EIO: the child closed the terminal
            break
        if not chunk:
            break
        out += chunk
    os.close(leader)
    assert proc.wait() == 0
    assert "2026-03-01 anthropic/claude-sonnet-4-5 |" + "█" * 40 + " 1" in out.decode()


@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv", "table"])
def test_formats(tmp_path: Path, fmt: str, cli_env: dict[str, str]) -> None:
    root = _fixture_store("basic", tmp_path / "s")
    proc = subprocess.run([*handoff_command(), "--store", str(root), "query",
                           "SELECT seq, ts, kind FROM events WHERE seq <= 2 ORDER BY seq", "--format", fmt],
                          capture_output=True, text=True, env=cli_env)
    assert proc.returncode == 0, proc.stderr
    rows = [{"seq": 1, "ts": "2026-03-01T09:00:01Z", "kind": "pointer"},
            {"seq": 2, "ts": "2026-03-01T09:00:02Z", "kind": "validation"}]
    if fmt == "json":
        assert orjson.loads(proc.stdout) == rows
    elif fmt == "jsonl":
        assert [orjson.loads(line) for line in proc.stdout.splitlines()] == rows
    elif fmt == "csv":
        assert proc.stdout == "seq,ts,kind\n1,2026-03-01 09:00:01,pointer\n2,2026-03-01 09:00:02,validation\n"
    else:
        assert proc.stdout.splitlines()[2].split() == ["1", "2026-03-01", "09:00:01", "pointer"]
        assert proc.stdout.splitlines()[-1] == "(2 rows)"
