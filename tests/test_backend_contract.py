"""The contract every backend must pass; each backend subclasses `BackendContract`.

Backends stay equal by construction: a new backend (SQLite) adds one subclass here with
a `make` method and must pass every test unchanged.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest

from handoff import LockTimeout
from handoff.backends.base import Backend, StoredEvent, Tracking
from handoff.backends.jsonl import JsonlBackend
from handoff.files import StoreDir


def _event(seq: int, kind: str = "note", **data: Any) -> StoredEvent:
    return StoredEvent.from_record({
        "v": 1, "id": f"00000000-0000-7000-8000-{seq:012d}", "seq": seq,
        "ts": "2026-01-01T00:00:00.000000Z", "kind": kind, "scope": {},
        "data": data or {"text": f"event {seq}"}})


def _line(seq: int, kind: str = "note", **data: Any) -> bytes:
    return _event(seq, kind, **data).body + b"\n"


class BackendContract:
    """Subclasses provide `make(root) -> Backend` for a fresh, created backend."""

    def make(self, root: Path) -> Backend:
        raise NotImplementedError

    @pytest.fixture
    def backend(self, tmp_path: Path) -> Backend:
        b = self.make(tmp_path)
        yield b
        b.close()

    def test_a_new_backend_is_empty(self, backend: Backend) -> None:
        assert list(backend.read()) == []
        assert backend.end()[1] == 0
        assert backend.check().ok

    def test_append_then_read_back_in_order(self, backend: Backend) -> None:
        result = backend.append([_event(1), _event(2)], 0)
        backend.append([_event(3)], result.position)
        records = [item.record for item in backend.read()]
        assert [r["seq"] for r in records if r] == [1, 2, 3]

    def test_positions_grow_and_read_resumes_from_one(self, backend: Backend) -> None:
        first = backend.append([_event(1)], 0)
        second = backend.append([_event(2)], first.position)
        assert second.position > first.position
        assert backend.end()[1] == second.position
        rest = list(backend.read(first.position))
        assert [i.record["seq"] for i in rest if i.record] == [2]
        assert rest[-1].end == second.position

    def test_record_before_verifies_a_position(self, backend: Backend) -> None:
        first = backend.append([_event(1)], 0)
        backend.append([_event(2)], first.position)
        rec = backend.record_before(first.position)
        assert rec is not None and rec["seq"] == 1
        assert backend.record_before(0) is None

    def test_rewrite_drops_ids_and_appends_extra_atomically(self, backend: Backend) -> None:
        backend.append([_event(1), _event(2), _event(3)], 0)
        ident_before, _ = backend.end()
        dropped = backend.rewrite({"00000000-0000-7000-8000-000000000002"}, [_event(4)])
        assert dropped == 1
        assert [i.record["seq"] for i in backend.read() if i.record] == [1, 3, 4]
        ident_after, _ = backend.end()
        assert ident_after != ident_before  # identity changes so caches know

    def test_bodies_come_back_byte_for_byte(self, backend: Backend) -> None:
        events = [_event(1), _event(2, "config", key="k", value="ünï")]
        backend.append(events, 0)
        assert [i.body for i in backend.read() if i.record] == [e.body for e in events]
        assert backend.lookup([events[1].id, "nope"]) == {events[1].id: events[1].digest}
        assert backend.location.exists()

    def test_tracking_commits_with_its_events(self, backend: Backend) -> None:
        assert backend.tracking("promote:x") is None
        t1 = Tracking("promote:x", 120, "ab" * 32, count=2)
        first = backend.append([_event(1), _event(2)], 0, tracking=t1)
        assert backend.tracking("promote:x") == t1
        t2 = Tracking("promote:x", 180, "cd" * 32, count=3, status="done", detail="events.jsonl")
        backend.append([_event(3)], first.position, tracking=t2)
        assert backend.tracking("promote:x") == t2
        assert backend.tracking("other") is None
        assert [t.source for t in backend.sources()] == ["promote:x"]
        # a tracking record is neither an event nor damage to readers
        items = list(backend.read())
        assert [i.record["seq"] for i in items if i.record] == [1, 2, 3]
        assert all(i.record is not None or i.quiet for i in items)
        assert backend.check().ok

    def test_tracking_survives_a_rewrite(self, backend: Backend) -> None:
        t = Tracking("import:y", 7, "ef" * 32, count=1, status="done")
        backend.append([_event(1), _event(2)], 0, tracking=t)
        backend.rewrite({_event(1).id}, [_event(3)])
        assert backend.tracking("import:y") == t

    def test_lock_excludes_other_holders(self, backend: Backend, tmp_path: Path) -> None:
        other = self.make(tmp_path)
        try:
            with backend.lock(1.0), pytest.raises(LockTimeout), other.lock(0.05):
                pass
            with other.lock(1.0):
                pass
        finally:
            other.close()

    def test_lock_excludes_threads_sharing_one_backend(self, backend: Backend) -> None:
        inside = []
        errors = []

        def worker() -> None:
            for _ in range(200):
                with backend.lock(5.0):
                    inside.append(1)
                    if len(inside) != 1:
                        errors.append("two holders")
                    inside.pop()

        threads = [threading.Thread(target=worker) for _ in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert errors == []


class TestSqliteBackend(BackendContract):
    def make(self, root: Path) -> Backend:
        from handoff.backends.sqlite import SqliteBackend

        b = SqliteBackend(StoreDir.open(root))
        b.create()
        return b


class TestPostgresBackend(BackendContract):
    """The contract on a real server: every backend made on one root shares one schema
    (written to the root's store.json), as two clients of one store would."""

    @pytest.fixture(autouse=True)
    def _server(self, pg_server: Any) -> None:
        pass

    def make(self, root: Path) -> Backend:
        from handoff.backends import new_config
        from handoff.backends.postgres import PostgresBackend
        from handoff.locations import STORE_FILE, read_store_file, write_store_file

        d = StoreDir.open(root)
        if not (root / STORE_FILE).exists():
            write_store_file(d, "postgres", new_config("postgres", None))
        b = PostgresBackend(d, config=read_store_file(d)["postgres"])
        b.create()
        return b


class TestJsonlBackend(BackendContract):
    def make(self, root: Path) -> Backend:
        b = JsonlBackend(StoreDir.open(root))
        b.create()
        return b

    def test_torn_tail_is_not_read_and_is_sealed_by_the_next_append(self, backend: Backend,
                                                                   tmp_path: Path) -> None:
        first = backend.append([_event(1)], 0)
        with open(tmp_path / "events.jsonl", "ab") as f:
            f.write(_line(2)[:20])
        assert [i.record["seq"] for i in backend.read() if i.record] == [1]
        result = backend.append([_event(3)], first.position)
        assert result.sealed == 1
        items = list(backend.read())
        assert [i.record["seq"] if i.record else None for i in items] == [1, None, 3]
        health = backend.check()
        assert health.bad and health.torn_tail is None

    def test_rewrite_quarantines_unreadable_bytes(self, backend: Backend, tmp_path: Path) -> None:
        backend.append([_event(1)], 0)
        with open(tmp_path / "events.jsonl", "ab") as f:
            f.write(b"{not json}\n")
            f.write(_line(2))
            f.write(b'{"torn')
        folder = StoreDir.open(tmp_path).subdir("quarantine", create=True)
        moved = backend.repair(folder)
        [name] = folder.listdir()
        assert (tmp_path / "quarantine" / name).read_bytes() == b'{not json}\n{"torn'
        assert moved == len(b'{not json}\n{"torn')
        assert backend.check().ok
        assert [i.record["seq"] for i in backend.read() if i.record] == [1, 2]

    def test_rewrite_refuses_to_drop_unreadable_bytes_without_quarantine(
        self, backend: Backend, tmp_path: Path
    ) -> None:
        from handoff import CorruptStoreError

        backend.append([_event(1)], 0)
        with open(tmp_path / "events.jsonl", "ab") as f:
            f.write(b"garbage\n")
        before = (tmp_path / "events.jsonl").read_bytes()
        with pytest.raises(CorruptStoreError):
            backend.rewrite(set(), [])
        assert (tmp_path / "events.jsonl").read_bytes() == before

    def test_read_yields_only_envelopes(self, backend: Backend) -> None:
        """Callers fold what `read` yields without checking again, so a unit that is JSON
        but not an envelope (wrong kind, missing seq, a list) must come back as None."""
        odd = [b'{"a": 1}\n', _line(2).replace(b'"note"', b'"chat"'), b"[1, 2]\n",
               _line(3).replace(b'"seq":3', b'"seq":"3"')]
        backend.append([_event(1)], 0)
        with open(backend.location, "ab") as f:
            f.write(b"".join([*odd, _line(4)]))
        got = [i.record["seq"] if i.record is not None else None for i in backend.read()]
        assert got == [1, None, None, None, None, 4]

    def test_check_reports_seq_out_of_order(self, backend: Backend) -> None:
        backend.append([_event(2), _event(1)], 0)
        assert backend.check().seq_problems
