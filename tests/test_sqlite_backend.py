"""The SQLite backend (`handoff.backends.sqlite`) at the backend level.

`RecordContract` holds the tests that speak only the record interface of
`handoff/backends/base.py` (StoredEvent, Tracking, positions, lookup, rewrite, the lock):
they are written to move unchanged into the shared contract suite
(`tests/test_backend_contract.py`) once it is parametrised over both backends. The other
tests are SQLite's own: migrations, bad files, the latest-state projection, real
processes appending at once, and a writer killed with SIGKILL.

Nothing is mocked: real database files, real child interpreters, real signals. Children
are this module's `*_child` functions, started with `python -c`; they report every
acknowledged event on a side file with one `os.write` after the call returned, and the
parent waits for lines they print, never for a fixed time.
"""

from __future__ import annotations

import contextlib
import os
import random
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from handoff import CorruptStoreError, HandoffError, LockTimeout, SchemaVersionError
from handoff.backends.base import Backend, StoredEvent, Tracking
from handoff.backends.sqlite import (
    APPLICATION_ID,
    DB_NAME,
    MigrationError,
    ReadOnlyStoreError,
    SqliteBackend,
    apply_migrations,
    migrations,
    registry,
    schema_version,
)
from handoff.files import StoreDir, UnsafeFileError

TESTS_DIR = Path(__file__).resolve().parent
REPO_DIR = TESTS_DIR.parent


def event_id(seq: int, worker: int = 0) -> str:
    return f"00000000-0000-7000-8{worker:03d}-{seq:012d}"


def make_event(seq: int, kind: str = "note", *, worker: int = 0, scope: dict[str, str] | None = None,
               **data: Any) -> StoredEvent:
    return StoredEvent.from_record({
        "v": 1, "id": event_id(seq, worker), "seq": seq, "ts": "2026-01-01T00:00:00.000000Z",
        "kind": kind, "scope": scope or {}, "data": data or {"text": f"event {seq}"}})


def seqs(backend: Backend) -> list[int | None]:
    return [i.record["seq"] if i.record is not None else None for i in backend.read()]


def open_sqlite(root: Path, **kw: Any) -> SqliteBackend:
    return SqliteBackend(StoreDir.open(root), **kw)


def db_files(root: Path) -> dict[str, bytes]:
    """The database and whichever of its siblings exist, with their bytes."""
    return {p.name: p.read_bytes() for p in sorted(root.iterdir())
            if p.name.startswith(DB_NAME) and p.is_file() and not p.is_symlink()}


# -- the record contract (to move into tests/test_backend_contract.py) -------------------


class RecordContract:
    """Subclasses provide `make(root) -> Backend` for a fresh, created backend."""

    def make(self, root: Path) -> Backend:
        raise NotImplementedError

    @pytest.fixture
    def backend(self, tmp_path: Path) -> Iterator[Backend]:
        b = self.make(tmp_path)
        yield b
        b.close()

    def test_append_then_read_back_in_order_with_bodies(self, backend: Backend) -> None:
        first = backend.append([make_event(1), make_event(2)], 0)
        backend.append([make_event(3)], first.position)
        items = list(backend.read())
        assert seqs(backend) == [1, 2, 3]
        assert [i.body for i in items] == [make_event(n).body for n in (1, 2, 3)]

    def test_rewrite_drops_ids_appends_extra_and_changes_identity(self, backend: Backend) -> None:
        end = backend.append([make_event(1), make_event(2), make_event(3)], 0).position
        ident_before, _ = backend.end()
        dropped = backend.rewrite({event_id(2)}, [make_event(4, "purge", event_ids=[event_id(2)])])
        assert dropped == 1
        assert seqs(backend) == [1, 3, 4]
        ident_after, end_after = backend.end()
        assert ident_after != ident_before and end_after > end
        assert backend.lookup([event_id(2)]) == {}

    def test_a_failing_append_leaves_neither_events_nor_tracking(self, backend: Backend) -> None:
        """The batch's last event repeats a stored id: the insert fails after the first rows
        went in, inside the transaction. Neither they nor the tracking record remain."""
        before = Tracking("import:x", 1, "aa" * 32, count=1)
        end = backend.append([make_event(1)], 0, tracking=before).position
        clash = StoredEvent.from_record({**make_event(4).record(), "id": event_id(1)})
        with pytest.raises(CorruptStoreError):
            backend.append([make_event(2), make_event(3), clash], end,
                           tracking=Tracking("import:x", 4, "bb" * 32, count=4))
        assert seqs(backend) == [1]
        assert backend.end()[1] == end
        assert backend.tracking("import:x") == before
        backend.append([make_event(2)], end)  # and the backend is still usable

    def test_lookup_returns_digests_of_present_ids(self, backend: Backend) -> None:
        events = [make_event(n) for n in range(1, 1201)]  # more than one IN (...) chunk
        backend.append(events, 0)
        wanted = [e.id for e in events[::7]] + ["00000000-0000-7000-8fff-000000000000"]
        got = backend.lookup(wanted)
        assert got == {e.id: e.digest for e in events[::7]}

    def test_stale_expected_position_is_refused(self, backend: Backend) -> None:
        end = backend.append([make_event(1), make_event(2)], 0).position
        with pytest.raises(CorruptStoreError):
            backend.append([make_event(3)], end - 1)
        assert seqs(backend) == [1, 2]

class TestSqliteBackend(RecordContract):
    def make(self, root: Path) -> Backend:
        b = open_sqlite(root)
        b.create()
        return b

    @pytest.mark.parametrize("kind", ["purge", "compact"])
    def test_a_big_purge_zeroes_freed_pages_even_without_its_vacuum(
            self, backend: Backend, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kind: str) -> None:
        """Dropping most of the log takes the copy path, which may skip zeroing freed pages
        because the VACUUM after it rebuilds the file. A crash between the commit and the
        VACUUM must still leave no purged byte: a purge keeps secure_delete on. (A
        compaction may skip it: what it drops is old, not secret, and this is the cost.)"""
        marker = "purge-me-" + os.urandom(8).hex()
        events = [make_event(n, text=f"{marker} {n}" if n <= 30 else f"kept {n}") for n in range(1, 41)]
        end = backend.append(events, 0).position
        monkeypatch.setattr(SqliteBackend, "_scrub",  # the crash: the WAL is checkpointed, no VACUUM
                            lambda self, db: db.execute("PRAGMA wal_checkpoint(TRUNCATE)"))
        drop = {event_id(n) for n in range(1, 31)}
        tomb = make_event(end + 1, kind, event_ids=sorted(drop)) if kind == "purge" else make_event(
            end + 1, "compact", dropped=30)
        assert backend.rewrite(drop, [tomb]) == 30
        leaked = [path.name for path in tmp_path.rglob("*")
                  if path.is_file() and marker.encode() in path.read_bytes()]
        assert leaked == [] if kind == "purge" else leaked != [], leaked

    def test_create_is_idempotent_and_files_are_private(self, backend: Backend, tmp_path: Path) -> None:
        backend.append([make_event(1)], 0)
        again = self.make(tmp_path)
        try:
            assert seqs(again) == [1]
        finally:
            again.close()
        assert (tmp_path / DB_NAME).stat().st_mode & 0o777 == 0o600
        assert backend.location == tmp_path / DB_NAME

    def test_a_single_append_behind_the_end_is_refused_and_writes_nothing(self, backend: Backend) -> None:
        """The one-statement single append (`_append_one`): a caller whose view of the end
        is stale (a writer outside the lock got in) is refused, and so is a repeated id;
        neither leaves a row, and the backend stays usable."""
        end = backend.append([make_event(1), make_event(2)], 0).position
        late = StoredEvent.from_record({**make_event(2).record(), "id": event_id(2, worker=1)})
        with pytest.raises(CorruptStoreError, match="ends at seq 2, not at 1"):
            backend.append([late], 1)
        clash = StoredEvent.from_record({**make_event(3).record(), "id": event_id(1)})
        with pytest.raises(CorruptStoreError):
            backend.append([clash], end)
        assert seqs(backend) == [1, 2] and backend.end()[1] == end
        assert backend.append([make_event(3)], end).position == 3

    def test_without_tracking_the_first_seq_must_follow_the_end(self, backend: Backend) -> None:
        end = backend.append([make_event(1)], 0).position
        with pytest.raises(CorruptStoreError):
            backend.append([make_event(3)], end)  # a gap the Store never makes
        with pytest.raises(CorruptStoreError):
            backend.append([make_event(3), make_event(2)], end)  # out of order in a batch
        assert seqs(backend) == [1]
        # A replay of another log (tracking given) keeps its purge gaps, never goes back.
        t = Tracking("promote:jsonl:x", 10, "cc" * 32, count=2)
        end = backend.append([make_event(3), make_event(5)], end, tracking=t).position
        assert seqs(backend) == [1, 3, 5] and end == 5
        with pytest.raises(CorruptStoreError):
            backend.append([make_event(5, worker=1)], end, tracking=t)

    def test_unreadable_rows_are_yielded_as_none_and_reported(self, backend: Backend,
                                                             tmp_path: Path) -> None:
        """A row whose body is not an envelope, or disagrees with its own seq column, is
        unreadable (None), like a bad JSONL line; check() reports it and repair() moves
        its bytes verbatim into quarantine."""
        backend.append([make_event(n) for n in (1, 2, 3, 4)], 0)
        backend.close()
        with sqlite3.connect(tmp_path / DB_NAME) as db:
            db.execute("UPDATE events SET body = CAST('{\"a\": 1}' AS BLOB) WHERE seq = 2")
            db.execute("UPDATE events SET body = ? WHERE seq = 3", (make_event(9).body,))
        db.close()
        assert seqs(backend) == [1, None, None, 4]
        health = backend.check()
        assert health.bad == [(1, 2), (2, 3)] and health.records == 2 and not health.ok
        folder = StoreDir.open(tmp_path).subdir("quarantine", create=True)
        moved = backend.repair(folder)
        [name] = folder.listdir()
        assert (tmp_path / "quarantine" / name).read_bytes() == b'{"a": 1}\n' + make_event(9).body + b"\n"
        assert moved == len(b'{"a": 1}\n' + make_event(9).body + b"\n")
        assert seqs(backend) == [1, 4] and backend.check().ok

    def test_columns_of_the_wrong_type_in_a_planted_database_are_unreadable_not_a_crash(
            self, backend: Backend, tmp_path: Path) -> None:
        backend.append([make_event(1)], 0)
        backend.close()
        with contextlib.closing(sqlite3.connect(tmp_path / DB_NAME, isolation_level=None)) as db:
            db.execute("ALTER TABLE events RENAME TO old_events")
            db.execute("CREATE TABLE events (seq INTEGER PRIMARY KEY, id, v, ts, kind, project, agent, "
                       "session, body, digest)")  # not STRICT: any type goes
            db.execute("INSERT INTO events SELECT * FROM old_events")
            db.execute("DROP TABLE old_events")
            db.execute("INSERT INTO events VALUES (2, 7, 'x', 1.5, NULL, 1, 2, 3, 'a text body', 4)")
            db.execute("DROP TABLE latest_state")
            db.execute("CREATE TABLE latest_state (slot INTEGER PRIMARY KEY, position, payload)")
            db.execute("INSERT INTO latest_state VALUES (1, 'two', 'not bytes')")
        items = list(backend.read())
        assert [i.record is not None for i in items] == [True, False]
        assert items[1].body == b"a text body"
        assert backend.check().bad == [(1, 2)]
        assert isinstance(backend, SqliteBackend) and backend.saved_state() is None

    def test_latest_state_projection(self, backend: SqliteBackend) -> None:
        assert backend.saved_state() is None
        end = backend.append([make_event(1), make_event(2)], 0, state=b'{"meta": 2}').position
        assert backend.saved_state() == (2, b'{"meta": 2}')
        assert backend.save_state(end, b'{"meta": "again"}') is True
        assert backend.saved_state() == (2, b'{"meta": "again"}')
        assert backend.save_state(end - 1, b"stale") is False  # not the end any more
        assert backend.saved_state() == (2, b'{"meta": "again"}')
        backend.rewrite({event_id(1)}, [])
        assert backend.saved_state() is None  # it may have named what was purged

    def test_purged_bytes_are_in_no_file(self, backend: Backend, tmp_path: Path) -> None:
        marker = "purge-me-" + os.urandom(8).hex()
        end = backend.append([make_event(1), make_event(2, text=marker), make_event(3)], 0,
                             state=f'{{"notes": ["{marker}"]}}'.encode()).position
        # a reader holding a connection open must not keep the old pages alive either
        assert seqs(backend) == [1, 2, 3]
        backend.rewrite({event_id(2)}, [make_event(end + 1, "purge", event_ids=[event_id(2)])])
        for path in tmp_path.rglob("*"):
            if path.is_file():
                assert marker.encode() not in path.read_bytes(), path.name

    def test_end_notices_a_replaced_database_file(self, backend: Backend, tmp_path: Path) -> None:
        backend.append([make_event(1)], 0)
        other = tmp_path / "other"
        other.mkdir()
        copy = open_sqlite(other)
        copy.create()
        copy.append([make_event(n, worker=1) for n in (1, 2, 3)], 0)
        copy.close()
        ident, _ = backend.end()
        # A restore swaps the file in with the old WAL emptied (SQLite would lay a stale
        # WAL's pages over the new file: restore has to checkpoint it first).
        with contextlib.closing(sqlite3.connect(tmp_path / DB_NAME)) as db:
            assert db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0] == 0
        os.replace(other / DB_NAME, tmp_path / DB_NAME)
        ident2, end2 = backend.end()
        assert ident2 != ident and end2 == 3
        assert [i.record["id"] for i in backend.read() if i.record] == [event_id(n, 1) for n in (1, 2, 3)]

    def test_a_foreign_writer_past_the_timeout_is_lock_timeout(self, backend: Backend,
                                                               tmp_path: Path) -> None:
        end = backend.append([make_event(1)], 0).position
        foreign = sqlite3.connect(tmp_path / DB_NAME, isolation_level=None)
        try:
            foreign.execute("BEGIN IMMEDIATE")  # a writer that does not take our lock file
            with pytest.raises(LockTimeout) as info, backend.lock(0.2):
                backend.append([make_event(2)], end)
            assert info.value.exit_code == 4
        finally:
            foreign.execute("ROLLBACK")
            foreign.close()
        assert seqs(backend) == [1]


# -- migrations ---------------------------------------------------------------------------


def schema_of(path: Path) -> set[tuple[str, str, str]]:
    with contextlib.closing(sqlite3.connect(path)) as db:
        return {(t, n, " ".join(str(sql).split())) for t, n, sql in
                db.execute("SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL")}


def db_at_version(root: Path, version: int) -> Path:
    """A database as a handoff at schema `version` left it (0: the empty file `create`
    makes first), with one event in it once the events table exists."""
    path = root / DB_NAME
    path.touch(mode=0o600)
    if version == 0:
        return path
    with contextlib.closing(sqlite3.connect(path, isolation_level=None)) as db:
        db.execute("PRAGMA journal_mode = WAL")
        assert apply_migrations(db, migrations()[:version], path) == list(range(1, version + 1))
        ev = make_event(1, scope={"agent": "old"})
        db.execute("INSERT INTO events VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                   (1, ev.id, 1, ev.ts, ev.kind, None, "old", None, ev.body, ev.digest))
    return path


def test_the_package_has_several_migrations_numbered_from_one() -> None:
    known = migrations()
    assert [m.number for m in known] == list(range(1, len(known) + 1))
    assert schema_version() == len(known) >= 3
    assert known[0].name == "initial"


@pytest.mark.parametrize("version", range(schema_version()))
def test_a_database_at_each_earlier_version_migrates_to_the_current(tmp_path: Path, version: int) -> None:
    fresh = tmp_path / "fresh"
    fresh.mkdir()
    b = open_sqlite(fresh)
    b.create()
    b.close()
    old = tmp_path / "old"
    old.mkdir()
    db_at_version(old, version)
    b = open_sqlite(old)
    try:
        assert b.end()[1] == (1 if version else 0)
        if version:
            [item] = b.read()
            assert item.record is not None and item.record["scope"] == {"agent": "old"}
        b.append([make_event(2 if version else 1)], 1 if version else 0,
                 tracking=Tracking("import:t", 1, "ee" * 32), state=b"{}")
    finally:
        b.close()
    assert schema_of(old / DB_NAME) == schema_of(fresh / DB_NAME)
    with contextlib.closing(sqlite3.connect(old / DB_NAME)) as db:
        rows = db.execute("SELECT number, name FROM migrations ORDER BY number").fetchall()
        meta = dict(db.execute("SELECT key, value FROM store_meta"))
        app_id = db.execute("PRAGMA application_id").fetchone()[0]
    assert rows == [(m.number, m.name) for m in migrations()]
    assert meta["schema_version"] == str(schema_version()) and meta["role"] == "handoff-events"
    assert app_id == APPLICATION_ID


def test_migrating_twice_is_a_no_op(tmp_path: Path) -> None:
    b = open_sqlite(tmp_path)
    b.create()
    b.close()
    path = tmp_path / DB_NAME
    with contextlib.closing(sqlite3.connect(path, isolation_level=None)) as db:
        before = db.execute("SELECT * FROM migrations").fetchall()
        assert apply_migrations(db, migrations(), path) == []
        assert db.execute("SELECT * FROM migrations").fetchall() == before


def test_a_migration_that_fails_leaves_no_part_of_itself(tmp_path: Path) -> None:
    b = open_sqlite(tmp_path)
    b.create()
    b.close()
    path = tmp_path / DB_NAME
    broken = registry([*((f"{m.number:04d}_{m.name}.sql", m.sql) for m in migrations()),
                       (f"{schema_version() + 1:04d}_broken.sql",
                        "CREATE TABLE half (x INTEGER) STRICT;\nINSERT INTO no_such_table VALUES (1);\n")])
    with contextlib.closing(sqlite3.connect(path, isolation_level=None)) as db:
        with pytest.raises(sqlite3.OperationalError):
            apply_migrations(db, broken, path)
        assert db.execute("SELECT name FROM sqlite_master WHERE name = 'half'").fetchone() is None
        assert db.execute("SELECT max(number) FROM migrations").fetchone()[0] == schema_version()


@pytest.mark.parametrize(("files", "what"), [
    ([("0001_a.sql", ""), ("0001_b.sql", "")], "defined twice"),
    ([("0001_a.sql", ""), ("0003_c.sql", "")], "migration 2 is missing"),
    ([("0002_b.sql", "")], "migration 1 is missing"),
    ([("0001_a.sql", ""), ("2_b.sql", "")], "not a migration file name"),
])
def test_a_broken_migration_registry_fails_loudly(files: list[tuple[str, str]], what: str) -> None:
    with pytest.raises(MigrationError, match=what):
        registry(files)


def test_a_database_that_skips_a_migration_is_refused_unchanged(tmp_path: Path) -> None:
    b = open_sqlite(tmp_path)
    b.create()
    b.close()
    with contextlib.closing(sqlite3.connect(tmp_path / DB_NAME, isolation_level=None)) as db:
        db.execute("DELETE FROM migrations WHERE number = 2")
    before = db_files(tmp_path)
    b = open_sqlite(tmp_path)
    with pytest.raises(CorruptStoreError, match="skips migration 2"):
        b.end()
    b.close()
    assert db_files(tmp_path)[DB_NAME] == before[DB_NAME]


def test_a_newer_schema_version_is_refused_and_never_rewritten(tmp_path: Path) -> None:
    b = open_sqlite(tmp_path)
    b.create()
    b.append([make_event(1)], 0)
    b.close()
    newer = schema_version() + 1
    with contextlib.closing(sqlite3.connect(tmp_path / DB_NAME, isolation_level=None)) as db:
        db.execute("INSERT INTO migrations VALUES (?, 'from_the_future', '2030-01-01T00:00:00.000000Z')",
                   (newer,))
        db.execute("UPDATE store_meta SET value = ? WHERE key = 'schema_version'", (str(newer),))
        db.execute("CREATE TABLE future (x INTEGER) STRICT")
    before = (tmp_path / DB_NAME).read_bytes()
    for _ in range(2):
        b = open_sqlite(tmp_path)
        with pytest.raises(SchemaVersionError) as info:
            b.append([make_event(2)], 1)
        assert info.value.exit_code == 6
        b.close()
    assert (tmp_path / DB_NAME).read_bytes() == before


# -- bad files ----------------------------------------------------------------------------


def _refused(root: Path, error: type[HandoffError], match: str = "") -> HandoffError:
    """Opening and using the backend fails with `error`, and no database file changes."""
    before = db_files(root)
    b = open_sqlite(root)
    try:
        with pytest.raises(error, match=match) as info:
            b.end()
        with pytest.raises(error):
            b.append([make_event(1)], 0)
        with pytest.raises(error):
            list(b.read())
    finally:
        b.close()
    assert db_files(root) == before
    return info.value


def test_a_garbage_file_is_refused_unchanged(tmp_path: Path) -> None:
    (tmp_path / DB_NAME).write_bytes(random.Random(1).randbytes(8192))
    err = _refused(tmp_path, CorruptStoreError, "not a SQLite database")
    assert err.exit_code == 5 and "handoff doctor" in str(err)


@pytest.mark.parametrize("app_id", [0, 0x12345678])
def test_another_applications_database_is_refused_unchanged(tmp_path: Path, app_id: int) -> None:
    with contextlib.closing(sqlite3.connect(tmp_path / DB_NAME, isolation_level=None)) as db:
        db.execute(f"PRAGMA application_id = {app_id}")
        db.execute("CREATE TABLE users (name TEXT)")
        db.execute("INSERT INTO users VALUES ('someone')")
    err = _refused(tmp_path, CorruptStoreError, "another application")
    assert err.exit_code == 5


def test_a_database_claiming_our_id_without_our_schema_is_refused(tmp_path: Path) -> None:
    with contextlib.closing(sqlite3.connect(tmp_path / DB_NAME, isolation_level=None)) as db:
        db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        db.execute("CREATE TABLE store_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
        db.execute("CREATE TRIGGER t AFTER INSERT ON store_meta BEGIN SELECT 1; END")
    _refused(tmp_path, CorruptStoreError, "objects handoff never creates")


def _filled(root: Path, n: int = 3000) -> None:
    b = open_sqlite(root)
    b.create()
    b.append([make_event(i, text=f"event {i} " + "x" * 200) for i in range(1, n + 1)], 0)
    b.close()


@pytest.mark.parametrize("keep", [0.5, 50])
def test_a_truncated_database_is_refused_unchanged(tmp_path: Path, keep: float) -> None:
    _filled(tmp_path)
    path = tmp_path / DB_NAME
    size = path.stat().st_size
    os.truncate(path, int(size * keep) if keep < 1 else int(keep))
    err = _refused(tmp_path, CorruptStoreError, "truncated" if keep < 1 else "not a SQLite database")
    assert err.exit_code == 5


def test_damaged_pages_are_corrupt_store_error_not_sqlite_error(tmp_path: Path) -> None:
    _filled(tmp_path)
    path = tmp_path / DB_NAME
    with open(path, "r+b") as f:  # keep the header, scribble over the pages after it
        f.seek(8192)
        f.write(random.Random(2).randbytes(path.stat().st_size - 8192))
    b = open_sqlite(tmp_path)
    try:
        with pytest.raises(CorruptStoreError):
            list(b.read())
        health = b.check() if _opens(b) else None
        assert health is None or not health.ok
    finally:
        b.close()


def _opens(b: SqliteBackend) -> bool:
    try:
        b.check()
    except CorruptStoreError:
        return False
    return True


@pytest.mark.parametrize("name", [DB_NAME, DB_NAME + "-wal", DB_NAME + "-shm", DB_NAME + "-journal"])
def test_a_symlink_at_a_database_file_is_refused_never_followed(tmp_path: Path, name: str) -> None:
    store, elsewhere = tmp_path / "store", tmp_path / "elsewhere"
    store.mkdir()
    elsewhere.mkdir()
    _filled(elsewhere, 10)
    if name == DB_NAME:
        (store / name).symlink_to(elsewhere / DB_NAME)
    else:
        _filled(store, 10)
        (elsewhere / "target").write_bytes(b"the user's file")
        (store / name).symlink_to(elsewhere / "target")
    before = {p.name: p.read_bytes() for p in elsewhere.iterdir()}
    b = open_sqlite(store)
    try:
        with pytest.raises(UnsafeFileError, match="symbolic link") as info:
            b.end()
        assert info.value.exit_code == 5
    finally:
        b.close()
    assert {p.name: p.read_bytes() for p in elsewhere.iterdir()} == before
    assert (store / name).is_symlink()


def _fifo_child(root: str) -> None:
    b = open_sqlite(Path(root))
    try:
        b.end()
    except UnsafeFileError as exc:
        print(f"refused {exc.exit_code} {exc}", flush=True)
    finally:
        b.close()


@pytest.mark.parametrize("name", [DB_NAME, DB_NAME + "-shm"])
def test_a_fifo_at_a_database_file_is_refused_without_blocking(tmp_path: Path, name: str) -> None:
    if name != DB_NAME:
        _filled(tmp_path, 10)
    os.mkfifo(tmp_path / name)
    out = run_child("_fifo_child", tmp_path, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith("refused 5 ") and "FIFO" in out.stdout


def test_a_directory_at_the_wal_is_refused(tmp_path: Path) -> None:
    _filled(tmp_path, 10)
    (tmp_path / (DB_NAME + "-wal")).mkdir()
    _refused(tmp_path, UnsafeFileError, "a directory")


@pytest.fixture
def read_only_view(tmp_path: Path) -> Iterator[Path]:
    """A read-only bind mount of a store holding 10 events (root ignores chmod a-w)."""
    src, view = tmp_path / "src", tmp_path / "view"
    src.mkdir()
    view.mkdir()
    _filled(src, 10)
    ok = subprocess.run(["mount", "--bind", str(src), str(view)], capture_output=True).returncode == 0
    if ok and subprocess.run(["mount", "-o", "remount,ro,bind", str(view)], capture_output=True).returncode:
        subprocess.run(["umount", str(view)], capture_output=True)
        ok = False
    if not ok:
        pytest.skip("READ-ONLY DATABASE TEST SKIPPED: no read-only bind mount possible here")
    try:
        yield view
    finally:
        if subprocess.run(["umount", str(view)], capture_output=True).returncode:
            subprocess.run(["umount", "-l", str(view)], capture_output=True)


def test_a_read_only_database_reads_and_refuses_writes_cleanly(read_only_view: Path) -> None:
    before = db_files(read_only_view)
    b = open_sqlite(read_only_view)
    try:
        assert b.end()[1] == 10
        assert seqs(b) == list(range(1, 11))
        assert b.check().ok
        with pytest.raises(ReadOnlyStoreError) as info:
            b.append([make_event(11)], 10)
        assert info.value.exit_code == 1 and "read-only" in str(info.value)
        with pytest.raises(ReadOnlyStoreError):
            b.rewrite({event_id(1)}, [])
    finally:
        b.close()
    assert db_files(read_only_view) == before


# -- real processes -----------------------------------------------------------------------


def child_command(func: str, *args: object) -> list[str]:
    code = ("import sys; sys.path.insert(0, sys.argv[1]); import test_sqlite_backend as t; "
            f"t.{func}(*sys.argv[2:])")
    return [sys.executable, "-c", code, str(TESTS_DIR), *map(str, args)]


def child_env() -> dict[str, str]:
    env = os.environ.copy()
    env["PYTHONPATH"] = os.pathsep.join([str(REPO_DIR), *filter(None, [env.get("PYTHONPATH")])])
    return env


def run_child(func: str, *args: object, timeout: float) -> subprocess.CompletedProcess[str]:
    return subprocess.run(child_command(func, *args), capture_output=True, text=True, timeout=timeout,
                          env=child_env(), cwd=REPO_DIR)


def spawn(func: str, *args: object) -> subprocess.Popen[bytes]:
    return subprocess.Popen(child_command(func, *args), stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, env=child_env(), cwd=REPO_DIR)


def wait_line(proc: subprocess.Popen[bytes], expect: bytes) -> None:
    assert proc.stdout is not None
    while True:
        line = proc.stdout.readline()
        if not line:
            err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
            raise AssertionError(f"child exited ({proc.wait()}) before {expect!r}: {err}")
        if line.startswith(expect):
            return


def finish(proc: subprocess.Popen[bytes]) -> tuple[int, str]:
    _, err = proc.communicate(timeout=120)
    return proc.returncode, err.decode(errors="replace")


def read_acks(path: Path) -> list[list[str]]:
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return []
    return [line.split() for line in raw.decode().splitlines(keepends=True) if line.endswith("\n")]


def _ack(fd: int, events: list[StoredEvent]) -> None:
    os.write(fd, "".join(f"{e.id} {e.seq}\n" for e in events).encode())


def writer_child(root: str, worker: str, count: str, ack_path: str) -> None:
    """Append `count` events in singles and small batches under the lock; wait for `go`."""
    w, n = int(worker), int(count)
    b = open_sqlite(Path(root))
    fd = os.open(ack_path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    rnd = random.Random(w)
    b.end()
    print("ready", flush=True)
    sys.stdin.readline()
    done = 0
    while done < n:
        k = min(rnd.choice((1, 1, 2, 3)), n - done)
        with b.lock(60):
            _, end = b.end()
            events = [StoredEvent.from_record({
                "v": 1, "id": event_id(done + j + 1, w), "seq": end + 1 + j,
                "ts": "2026-01-01T00:00:00.000000Z", "kind": "note", "scope": {"agent": f"w{w}"},
                "data": {"text": f"worker {w} item {done + j + 1}"}}) for j in range(k)]
            b.append(events, end)
        _ack(fd, events)
        done += k
    b.close()


@pytest.mark.slow
def test_four_processes_appending_get_gapless_unique_seqs(tmp_path: Path) -> None:
    b = open_sqlite(tmp_path)
    b.create()
    b.close()
    workers, per = 4, 60
    acks = tmp_path / "acks"
    procs = [spawn("writer_child", tmp_path, w, per, acks) for w in range(1, workers + 1)]
    try:
        for p in procs:
            wait_line(p, b"ready")
        for p in procs:
            assert p.stdin is not None
            p.stdin.write(b"go\n")
            p.stdin.flush()
        for p in procs:
            code, err = finish(p)
            assert code == 0, err
    finally:
        for p in procs:
            if p.poll() is None:
                p.kill()
                p.wait()
    b = open_sqlite(tmp_path)
    try:
        items = list(b.read())
        records = [i.record for i in items]
        assert all(r is not None for r in records)
        assert [r["seq"] for r in records if r] == list(range(1, workers * per + 1))
        assert len({r["id"] for r in records if r}) == workers * per
        by_id = {r["id"]: r for r in records if r}
        acked = read_acks(acks)
        assert len(acked) == workers * per
        for eid, seq in acked:
            assert by_id[eid]["seq"] == int(seq)
        for w in range(1, workers + 1):  # each worker's events in its own order, unchanged
            mine = [r for r in records if r and r["scope"]["agent"] == f"w{w}"]
            assert [r["data"]["text"] for r in mine] == [f"worker {w} item {i}" for i in range(1, per + 1)]
        assert b.check().ok
    finally:
        b.close()


def crash_child(root: str, ack_path: str, seed: str) -> None:
    """Append forever (singles and batches of up to 200 big events), each append with a
    tracking record counting every event so far, until killed; `acked` after the first
    acknowledged append, `tick` after every fifth."""
    rnd = random.Random(int(seed))
    b = open_sqlite(Path(root))
    fd = os.open(ack_path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    filler = "the build is green and the branch is ready for review " * 20
    n = 0
    while True:
        with b.lock(60):
            _, end = b.end()
            k = rnd.choice((1, 1, 3, 200))
            events = [make_event(end + 1 + j, worker=int(seed), text=f"{filler} {end + 1 + j}")
                      for j in range(k)]
            b.append(events, end, tracking=Tracking("crash", end + k, f"{end + k:064x}", count=end + k),
                     state=f'{{"position": {end + k}}}'.encode())
        _ack(fd, events)
        n += 1
        if n == 1:
            print("acked", flush=True)
        elif n % 5 == 0:
            print("tick", flush=True)


@pytest.mark.slow
def test_sigkill_during_appends_loses_no_acknowledged_event_and_no_transaction_is_partial(
        tmp_path: Path) -> None:
    b = open_sqlite(tmp_path)
    b.create()
    b.close()
    acks = tmp_path / "acks"
    rnd = random.Random(7)
    for trial in range(4):
        proc = spawn("crash_child", tmp_path, acks, trial + 1)
        try:
            wait_line(proc, b"acked")
            for _ in range(rnd.randint(0, 4)):
                wait_line(proc, b"tick")
            proc.send_signal(signal.SIGKILL)
            proc.wait(60)
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
            for stream in (proc.stdin, proc.stdout, proc.stderr):
                if stream is not None:
                    stream.close()
        b = open_sqlite(tmp_path)
        try:
            records = [i.record for i in b.read()]
            assert all(r is not None for r in records)
            by_id = {r["id"]: r["seq"] for r in records if r}
            _, end = b.end()
            assert [r["seq"] for r in records if r] == list(range(1, end + 1))  # gapless
            for eid, seq in read_acks(acks):
                assert by_id.get(eid) == int(seq), f"acknowledged event {eid} lost in trial {trial}"
            # Events, tracking and state of one append committed together or not at all.
            t = b.tracking("crash")
            assert t is not None and t.position == t.count == end
            assert b.saved_state() == (end, f'{{"position": {end}}}'.encode())
            assert b.check().ok
        finally:
            b.close()


def full_disk_child(root: str, limit: str) -> None:
    """Append batches with tracking until the file-size limit makes a write fail, then
    show that the failed transaction left nothing and the backend still reads."""
    import resource

    b = open_sqlite(Path(root))
    _, end = b.end()
    resource.setrlimit(resource.RLIMIT_FSIZE, (int(limit), int(limit)))
    filler = "y" * 1500
    while True:
        events = [make_event(end + 1 + j, text=f"{filler} {end + 1 + j}") for j in range(20)]
        try:
            with b.lock(10):
                end = b.append(events, end, tracking=Tracking("fill", end + 20, "ff" * 32,
                                                              count=end + 20)).position
        except HandoffError as exc:
            print(f"failed {type(exc).__name__} {exc}", flush=True)
            break
        except OSError as exc:
            print(f"failed OSError {exc.errno}", flush=True)
            break
    t = b.tracking("fill")
    print(f"after {b.end()[1]} {end} {t.count if t else 0}", flush=True)


@pytest.mark.slow
def test_a_write_failing_mid_transaction_leaves_neither_events_nor_tracking(tmp_path: Path) -> None:
    b = open_sqlite(tmp_path)
    b.create()
    b.close()
    size = (tmp_path / DB_NAME).stat().st_size
    out = run_child("full_disk_child", tmp_path, size + 400_000, timeout=120)
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert lines[0].startswith("failed ") and "Traceback" not in out.stderr, out.stdout
    assert "sqlite3" not in lines[0]
    _, after_end, acked_end, tracked = lines[1].split()
    assert after_end == acked_end == tracked  # the failed batch left no row and no record
    b = open_sqlite(tmp_path)
    try:
        _, end = b.end()
        assert end == int(acked_end) > 0
        t = b.tracking("fill")
        assert t is not None and t.count == end and seqs(b) == list(range(1, end + 1))
        assert b.check().ok
    finally:
        b.close()
