"""An append as one call of `append_event` (one event, migration 0004) or `append_events`
(a batch, 0003) with binary parameters
(`backends/postgres_wire.py`), against a real server (tests/pg_server.py).

What the call must keep from the statements it replaced: the parameters arrive as the
values they encode, a stale end or a moved log fails it before anything is written (the
end, the identity and the projection's position each checked), and the projection it
writes equals a rebuild.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psycopg
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import handoff
from handoff import CorruptStoreError
from handoff.backends import postgres_wire as wire
from handoff.backends.base import GuessedWrong, StoredEvent
from handoff.state import empty_state, fold

from .pg_server import PgServer


@pytest.fixture(autouse=True)
def _server(pg_server: PgServer) -> PgServer:
    return pg_server


@pytest.fixture(scope="module")
def raw(pg_server: PgServer) -> Iterator[psycopg.Connection[Any]]:
    with psycopg.connect(pg_server.dsn, autocommit=True) as conn:
        yield conn


def _fresh() -> str:
    return f"handoff_t{secrets.token_hex(5)}"


def _backend(root: Path, schema: str) -> Any:
    from handoff.backends import make_backend
    from handoff.files import StoreDir

    return make_backend("postgres", StoreDir.open(root), "always", {"dsn": "", "schema": schema})


def _event(seq: int, text: str = "") -> StoredEvent:
    return StoredEvent.from_record({"v": 1, "id": f"00000000-0000-7000-8000-{seq:012d}", "seq": seq,
                                    "ts": "2026-01-01T00:00:00.000000Z", "kind": "note", "scope": {},
                                    "data": {"text": text or f"e{seq}"}})


def _rebuilt(backend: Any) -> bytes:
    from handoff import state

    s = state.empty_state()
    state.fold_stream(s, backend.read(0))
    return state.render(s)


# PostgreSQL text holds any character but NUL; surrogates are not UTF-8.
_TEXT = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=40)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ints=st.lists(st.integers(-(2**63), 2**63 - 1), max_size=6),
       small=st.lists(st.integers(-(2**31), 2**31 - 1), max_size=6),
       texts=st.lists(st.none() | _TEXT, max_size=6),
       blobs=st.lists(st.binary(max_size=300), max_size=6),
       one=_TEXT, big=st.integers(-(2**63), 2**63 - 1), flag=st.booleans())
def test_binary_parameters_arrive_as_the_values_they_encode(
        raw: psycopg.Connection[Any], ints: list[int], small: list[int], texts: list[str | None],
        blobs: list[bytes], one: str, big: int, flag: bool) -> None:
    """Each encoder against the server's own decoder: the values the server parsed, sent
    back and loaded by psycopg's own loaders, are the values encoded. A wrong length, flag, OID or byte order
    is refused by the server or comes back as a different value."""
    query = b"SELECT $1::bigint[], $2::integer[], $3::text[], $4::bytea[], $5::text, $6::bigint, $7::boolean"
    params = [wire.int8s(ints), wire.int4s(small), wire.texts(texts), wire.byteas(blobs), wire.text(one),
              wire.int8(big), wire.TRUE if flag else wire.FALSE]
    types = [wire.INT8_ARRAY, wire.INT4_ARRAY, wire.TEXT_ARRAY, wire.BYTEA_ARRAY, wire.TEXT, wire.INT8, wire.BOOL]
    result = raw.pgconn.exec_params(query, params, param_types=types, param_formats=[1] * len(params))
    assert result.status == psycopg.pq.ExecStatus.TUPLES_OK, result.error_message
    rows = _decode(raw, result)
    assert rows == (ints, small, texts, [bytes(b) for b in blobs], one, big, flag)


def _decode(raw: psycopg.Connection[Any], result: psycopg.pq.abc.PGresult) -> tuple[Any, ...]:
    """The result's one row, each value decoded by psycopg's loaders (text format)."""
    from psycopg.adapt import Transformer

    tx = Transformer(raw)
    tx.set_pgresult(result)
    row = tx.load_row(0, tuple)
    assert row is not None
    return tuple(list(v) if isinstance(v, list) else v for v in row)


def test_a_call_on_a_stale_end_is_refused_on_the_server_and_writes_nothing(tmp_path: Path) -> None:
    b = _backend(tmp_path, _fresh())
    try:
        b.create()
        b.append([_event(1), _event(2)], 0)  # under the COPY threshold, no tracking: the call
        before = b.saved_state()
        with pytest.raises(CorruptStoreError, match="does not end where"):
            b.append([_event(2, "again")], 1)  # the end is 2
        assert [i.record["seq"] for i in b.read() if i.record] == [1, 2]
        assert b.saved_state() == before
        assert b.append([_event(3)], 2).position == 3  # the connection works afterwards
        with b._op("test") as conn:  # each call was prepared once on this connection, and kept after the failure
            assert conn.execute("SELECT name FROM pg_prepared_statements WHERE name LIKE 'handoff_append_event%' "
                                "ORDER BY name").fetchall() == [("handoff_append_event",), ("handoff_append_events",)]
        b.close()
        assert b.append([_event(4)], 3).position == 4  # a new connection prepares it again
    finally:
        b.close()


def _guessed_append(b: Any) -> None:
    """One append the way `Store` makes it on a guessed end (`append_lock`): on the end
    the guess says."""
    with b.append_lock(5.0):
        assert b._guessing  # the guess is used: no session lock, the call takes the xact lock
        end = b.end()[1]
        b.append([_event(end + 1)], end)


@pytest.mark.parametrize("move", ["end", "identity", "projection"])
def test_a_guess_the_log_has_moved_past_fails_in_the_call_and_writes_nothing(tmp_path: Path, move: str) -> None:
    """The call's guard checks each of the three things a guess assumes: another
    client's append (the end), a purge that kept the end (the identity), a projection
    saved whole (its position). Each fails the guess (GuessedWrong), nothing is written,
    and the next guess is paused, so the retry takes the lock."""
    schema = _fresh()
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    a, b = _backend(tmp_path / "a", schema), _backend(tmp_path / "b", schema)
    try:
        a.create()
        first = [_event(1), _event(2)]
        state: dict[str, Any] | None = None
        if move == "projection":  # the parts split, at 2 (else none: only the end and identity are checked)
            state = empty_state()
            for ev in first:
                fold(state, ev.record())
        with a.lock(5.0):
            a.append(first, 0, state=state)
        assert a._guess == (1, 2, 2 if move == "projection" else None)
        with b.lock(5.0):
            if move == "end":
                b.append([_event(3)], 2)
            elif move == "identity":
                b.rewrite({_event(1).id}, [])  # seq 2 stays the end
            else:
                assert b.save_state(2, _rebuilt(b))
        rows = [(i.end, i.body) for i in a.read()]
        with pytest.raises(GuessedWrong):
            _guessed_append(a)
        assert [(i.end, i.body) for i in a.read()] == rows
        assert a._guess is None and a._pause > 0
        with a.append_lock(5.0):
            assert not a._guessing  # paused: the session lock, the end read again
            a.append([_event(rows[-1][0] + 1)], a.end()[1])
    finally:
        a.close()
        b.close()


def test_appends_through_the_call_keep_the_projection_equal_to_a_rebuild(tmp_path: Path) -> None:
    """Notes added and done, pointers, a batch, an append of no events: after each, the
    parts joined equal a fold of the stored events (patched, replaced and untouched parts
    all go through the call)."""
    with handoff.open_store(tmp_path / "s", backend="postgres", config={"schema": _fresh()}) as store:
        note = store.append("note", {"text": "first", "next_actions": ["a", "b"]})
        backend: Any = store.backend
        assert backend.saved_state()[1] == _rebuilt(backend)
        store.append("pointer", {"repo": "acme/app", "branch": "main"})
        store.append_many([("note", {"text": f"n{i}", "next_actions": ["x"]}) for i in range(5)])
        store.append("action_done", {"action": f"{note.seq}.1"})
        store.append("action_done", {"action": f"{note.seq}.2"})
        store.append("config", {"key": "k", "value": 1})
        end = backend.end()[1]
        assert backend.saved_state() == (end, _rebuilt(backend))
        # an append of no events (a state only): the call with empty arrays
        with store.backend.lock(5.0):
            backend.append([], end, state=_rebuilt(backend))
        assert backend.saved_state() == (end, _rebuilt(backend))
        assert [i.end for i in backend.read()] == list(range(1, end + 1))


def test_work_overlapping_the_call_never_leaves_the_connection_busy(tmp_path: Path) -> None:
    """`append(meanwhile=)` runs the caller's work between the request and its reply.
    Its error comes after the reply was read (the event is stored, the connection idle
    for the next append); a failing append's own error wins over it."""
    b = _backend(tmp_path, _fresh())
    calls: list[int] = []

    def fails() -> None:
        calls.append(len(calls))
        raise RuntimeError("staging failed")

    try:
        b.create()
        b.append([_event(1)], 0, meanwhile=lambda: calls.append(len(calls)))
        assert calls == [0]
        with pytest.raises(RuntimeError, match="staging failed"):
            b.append([_event(2)], 1, meanwhile=fails)
        assert calls == [0, 1]
        assert [i.end for i in b.read()] == [1, 2]  # the append was done all the same
        with pytest.raises(CorruptStoreError, match="does not end where"):
            b.append([_event(2, "again")], 1, meanwhile=fails)  # stale: the append's error, not the callback's
        assert calls == [0, 1, 2]
        assert [i.end for i in b.read()] == [1, 2]
        assert b.append([_event(3)], 2).position == 3
    finally:
        b.close()


def _temp_files(root: Path) -> list[str]:
    from handoff.files import TEMP_NAME

    return sorted(p.name for p in root.iterdir() if TEMP_NAME.fullmatch(p.name))


def test_latest_json_staged_during_a_call_that_fails_is_discarded(tmp_path: Path) -> None:
    """latest.json is written to a temp file while the server commits (`Store._commit`'s
    `meanwhile`) and swapped in only after. A guessed append that another client's append
    made wrong fails in the call after the file was staged: the file must go, the retry
    under the lock must publish the caught-up state, and no reader may ever have seen the
    failed one."""
    schema = _fresh()
    with handoff.open_store(tmp_path / "a", backend="postgres", config={"schema": schema}) as a, \
            handoff.open_store(tmp_path / "b", backend="postgres", config={"schema": schema}) as b:
        a.append("note", {"text": "from a", "next_actions": ["one"]})
        b.append("note", {"text": "from b"})  # a's guess of the end is now wrong
        staged_before = _temp_files(tmp_path / "a")
        a.append("pointer", {"repo": "acme/app", "branch": "main"})  # guessed, fails, retried
        assert staged_before == [] and _temp_files(tmp_path / "a") == []
        latest = (tmp_path / "a" / "latest.json").read_bytes()
        assert latest == _rebuilt(a.backend)
        assert [n["text"] for n in a.latest()["notes"]] == ["from a", "from b"]
        a.append("action_done", {"action": "1.1"})  # the renderer was reset: the next render is whole and right
        assert (tmp_path / "a" / "latest.json").read_bytes() == _rebuilt(a.backend)
        assert _temp_files(tmp_path / "a") == [] and _temp_files(tmp_path / "b") == []


@settings(max_examples=5, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(scopes=st.lists(st.fixed_dictionaries({}, optional={"project": _TEXT, "agent": _TEXT, "session": _TEXT}),
                       min_size=64, max_size=130))
def test_a_batch_copied_in_binary_stores_every_column_as_given(
        tmp_path_factory: pytest.TempPathFactory, raw: psycopg.Connection[Any], scopes: list[dict[str, str]]) -> None:
    """A batch of COPY_FROM or more events goes by binary COPY, encoded by
    `postgres_wire.copy_events`: every column (scope strings in any script, absent ones
    NULL, the body's bytes) comes back as `event_rows` made it, and `check` finds the
    rows consistent with their bodies. A wrong length or field count is refused by the
    server; a wrong byte order or encoding comes back different."""
    from handoff.backends.postgres import COPY_FROM
    from handoff.backends.sqlite import event_rows

    assert len(scopes) >= COPY_FROM
    schema = _fresh()
    events = [StoredEvent.from_record({"v": 1, "id": f"00000000-0000-7000-8000-{n:012d}", "seq": n,
                                       "ts": "2026-01-01T00:00:00.000000Z", "kind": "note", "scope": scope,
                                       "data": {"text": f"é {n} ✓"}}) for n, scope in enumerate(scopes, 1)]
    b = _backend(tmp_path_factory.mktemp("copy"), schema)
    try:
        b.create()
        with b.lock(5.0):
            assert b.append(events, 0).position == len(events)
        stored = raw.execute(f'SELECT seq, id, v, ts, kind, project, agent, session, body, digest '
                             f'FROM "{schema}".events ORDER BY seq').fetchall()
        assert stored == event_rows(events)
        health = b.check()
        assert health.records == len(events) and not health.bad
    finally:
        b.close()


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(scopes=st.lists(st.fixed_dictionaries({}, optional={"project": _TEXT, "agent": _TEXT, "session": _TEXT}),
                       min_size=1, max_size=4),
       texts=st.lists(_TEXT, min_size=4, max_size=4))
def test_single_events_store_every_column_as_given(
        tmp_path_factory: pytest.TempPathFactory, raw: psycopg.Connection[Any], scopes: list[dict[str, str]],
        texts: list[str]) -> None:
    """An append of one event calls `append_event` (migration 0004) with the row's ten
    columns as scalars encoded by `postgres_wire.row`: every column (scope strings in any
    script, absent ones NULL, the body's bytes) comes back as `event_rows` made it. A
    swapped or misencoded parameter is refused by the server or comes back different."""
    from handoff.backends.sqlite import event_rows

    schema = _fresh()
    events = [StoredEvent.from_record({"v": 1, "id": f"00000000-0000-7000-8000-{n:012d}", "seq": n,
                                       "ts": f"2026-01-01T00:00:0{n}.000000Z", "kind": "note", "scope": scope,
                                       "data": {"text": texts[n % 4] + " é ✓"}}) for n, scope in enumerate(scopes, 1)]
    b = _backend(tmp_path_factory.mktemp("one"), schema)
    try:
        b.create()
        with b.lock(5.0):
            for ev in events:
                b.append([ev], ev.seq - 1)
        stored = raw.execute(f'SELECT seq, id, v, ts, kind, project, agent, session, body, digest '
                             f'FROM "{schema}".events ORDER BY seq').fetchall()
        assert stored == event_rows(events)
        health = b.check()
        assert health.records == len(events) and not health.bad
    finally:
        b.close()


def test_a_guessed_append_on_a_new_connection_still_bounds_its_wait_for_the_lock(
        tmp_path: Path, pg_server: PgServer) -> None:
    """`append_event` skips the transaction-local lock timeout only when the session's
    own (set by the last `lock()`) fits the time left. A new connection has none (the
    server's default waits for ever): a guessed append on it, while another session
    holds the store's lock, must still fail with LockTimeout within its own timeout, not
    wait until the statement timeout (DatabaseError). A guessed append holds no lock on
    the server before its call, so it may reconnect (it used to fail for good: "lost
    while holding the store's lock", on every append of the process); once the lock is
    free, it appends."""
    from handoff import LockTimeout
    from handoff.backends import make_backend
    from handoff.backends.postgres import LOCK_CLASS, _key
    from handoff.files import StoreDir

    schema = _fresh()
    b: Any = make_backend("postgres", StoreDir.open(tmp_path), "always",
                          {"dsn": "", "schema": schema, "statement_timeout": 5})
    try:
        b.create()
        with b.lock(0.3):  # the session's lock_timeout: 300 ms
            b.append([_event(1)], 0)
        assert b._guess is not None
        b.close()  # the next operation reconnects: a session without a lock_timeout
        with psycopg.connect(pg_server.dsn, autocommit=True) as other:
            other.execute("SELECT pg_advisory_lock(%s, %s)", (LOCK_CLASS, _key(schema)))
            with pytest.raises(LockTimeout), b.append_lock(0.3):
                assert b._guessing, "the guessed path was not taken: this test would prove nothing"
                b.append([_event(2)], b.end()[1])
        assert [i.end for i in b.read()] == [1]
        b.close()
        with b.append_lock(5.0):
            assert b._guessing
            b.append([_event(2)], b.end()[1])
        assert [i.end for i in b.read()] == [1, 2]
    finally:
        b.close()


def test_a_lock_timeout_rolled_back_with_its_transaction_is_set_again(
        tmp_path: Path, pg_server: PgServer) -> None:
    """`SET lock_timeout` goes in the same pipeline as the lock it bounds; when that lock
    times out, the server rolls the SET back with it. The backend must forget the value,
    or the next guessed append (which skips the SET when the session's value fits) waits
    under the server's default, for ever, until the statement timeout: DatabaseError
    after 5 s instead of LockTimeout after 0.3 s."""
    from handoff import LockTimeout
    from handoff.backends import make_backend
    from handoff.backends.postgres import LOCK_CLASS, _key
    from handoff.files import StoreDir

    schema = _fresh()
    b: Any = make_backend("postgres", StoreDir.open(tmp_path), "always",
                          {"dsn": "", "schema": schema, "statement_timeout": 5})
    try:
        b.create()
        with b.lock(5.0):
            b.append([_event(1)], 0)
        b.close()  # a new session: the server's default lock_timeout (none)
        with psycopg.connect(pg_server.dsn, autocommit=True) as other:
            other.execute("SELECT pg_advisory_lock(%s, %s)", (LOCK_CLASS, _key(schema)))
            with pytest.raises(LockTimeout), b.lock(0.3):
                pass
            with pytest.raises(LockTimeout), b.append_lock(0.3):
                assert b._guessing, "the guessed path was not taken: this test would prove nothing"
                b.append([_event(2)], b.end()[1])
        assert [i.end for i in b.read()] == [1]
    finally:
        b.close()
