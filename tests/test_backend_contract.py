"""The contract every backend must pass; each backend subclasses `BackendContract`.

Backends stay equal by construction: a new backend (SQLite) adds one subclass here with
a `make` method and must pass every test unchanged.
"""

from __future__ import annotations

import itertools
import tempfile
import threading
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

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


def _timed(seq: int, ts: str, size: int = 8) -> StoredEvent:
    return StoredEvent.from_record({
        "v": 1, "id": f"00000000-0000-7000-8000-{seq:012d}", "seq": seq, "ts": ts, "kind": "note",
        "scope": {}, "data": {"text": "x" * size}})


_BAD = st.sampled_from([b"", b"{not json}", b"[1, 2]", b'{"tracking": 3}', b'{"seq": 1}', b"#torn", b" "])
UNITS = st.lists(st.one_of(
    st.tuples(st.just("event"), st.integers(0, 120), st.integers(0, 3)),  # (size, ts step)
    st.tuples(st.just("bad"), _BAD, st.just(0)),
    st.tuples(st.just("track"), st.just(0), st.just(0)),
), max_size=25)
"""A generated log: events of varied sizes with a ts that steps 0-3 seconds, unreadable
units and tracking records in any order, so damage lands near the end too."""


class BackendContract:
    """Subclasses provide `make(root) -> Backend` for a fresh, created backend.

    The read tests plant unreadable units through `plant_bad` / `plant_torn`; a backend
    that cannot hold them leaves those hooks as they are and those examples are skipped.
    """

    def make(self, root: Path) -> Backend:
        raise NotImplementedError

    def plant_bad(self, backend: Backend, seq: int, raw: bytes) -> bool:
        """Make the next unit of `backend` unreadable bytes `raw`; True if it used `seq`."""
        pytest.skip(f"{backend.name} holds no unreadable units")

    def plant_torn(self, backend: Backend, raw: bytes) -> bool:
        """Leave `raw` as a torn tail; False if the backend cannot have one."""
        return False

    def small_blocks(self, backend: Backend, size: int) -> None:
        """Make the backend read in blocks of `size` bytes where it reads in blocks, so small
        generated logs cross block boundaries."""

    def _generate(self, root: Path, units: list[tuple[str, Any, int]], torn: bytes | None) -> Backend:
        backend = self.make(root)
        seq, position, second = 0, 0, 0
        for what, arg, step in units:
            if what == "event":
                seq += 1
                second += step
                ts = f"2026-01-01T00:{second // 60:02d}:{second % 60:02d}.000000Z"
                position = backend.append([_timed(seq, ts, arg)], position).position
            elif what == "track":
                position = backend.append([], position, tracking=Tracking("t", seq, "ab" * 32)).position
            elif self.plant_bad(backend, seq + 1, arg):
                seq += 1
                position = backend.end()[1]
            else:
                position = backend.end()[1]
        if torn is not None:
            self.plant_torn(backend, torn)
        return backend

    @settings(max_examples=40, deadline=None, suppress_health_check=[
        HealthCheck.function_scoped_fixture, HealthCheck.differing_executors])  # one per backend
    @given(units=UNITS, torn=st.one_of(st.none(), st.binary(min_size=1, max_size=30).filter(
        lambda b: b"\n" not in b)), block=st.integers(1, 40))
    def test_read_back_is_read_reversed(self, units: list[tuple[str, Any, int]], torn: bytes | None,
                                        block: int) -> None:
        """`read_back` yields exactly `read`'s units (events, unreadable, quiet tracking),
        newest first, from any end position; the default in `Backend` does too."""
        with tempfile.TemporaryDirectory() as tmp:
            backend = self._generate(Path(tmp), units, torn)
            try:
                self.small_blocks(backend, block)
                forward = list(backend.read(0))
                assert list(backend.read_back()) == forward[::-1]
                ends = {0, 1, backend.end()[1], backend.end()[1] + 5} | {i.end for i in forward} | {
                    i.start + 1 for i in forward}
                for end in sorted(ends):
                    expected = [i for i in forward[::-1] if i.end <= end]
                    assert list(backend.read_back(end)) == expected, end
                    assert list(Backend.read_back(backend, end)) == expected, end
            finally:
                backend.close()

    @settings(max_examples=40, deadline=None, suppress_health_check=[
        HealthCheck.function_scoped_fixture, HealthCheck.differing_executors])  # one per backend
    @given(units=UNITS, torn=st.one_of(st.none(), st.just(b'{"v":1,"id"')), block=st.integers(1, 40))
    def test_start_after_skips_only_what_comes_before(self, units: list[tuple[str, Any, int]],
                                                      torn: bytes | None, block: int) -> None:
        """Reading from `start_after(seq=s)` (or `ts=t`) yields every event above s (or t):
        the same events a full read filters down to."""
        with tempfile.TemporaryDirectory() as tmp:
            backend = self._generate(Path(tmp), units, torn)
            try:
                self.small_blocks(backend, block)
                events = [i.record for i in backend.read(0) if i.record is not None]
                seqs = [r["seq"] for r in events]
                for s in range(-1, (max(seqs) if seqs else 0) + 2):
                    got = [i.record["seq"] for i in backend.read(backend.start_after(seq=s)) if i.record]
                    assert [q for q in got if q > s] == [q for q in seqs if q > s], s
                times = sorted({r["ts"] for r in events} | {"2025-12-31T23:59:59.000000Z",
                                                             "2026-01-01T00:00:01.500000Z",
                                                             "2026-12-31T00:00:00.000000Z"})
                for t in times:
                    got_ts = [i.record["seq"] for i in backend.read(backend.start_after(ts=t))
                              if i.record and i.record["ts"] > t]
                    assert got_ts == [r["seq"] for r in events if r["ts"] > t], t
                assert backend.start_after() == 0 or backend.start_after() <= min(
                    [i.start for i in backend.read(0)], default=0)
            finally:
                backend.close()

    def test_read_back_of_an_empty_backend(self, backend: Backend) -> None:
        assert list(backend.read_back()) == []
        assert backend.start_after(seq=3) >= 0

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

    def plant_bad(self, backend: Backend, seq: int, raw: bytes) -> bool:
        """A row whose body is not its envelope (what a damaged or planted database holds)."""
        import sqlite3

        backend.append([_event(seq)], backend.end()[1])
        with sqlite3.connect(backend.location) as db:
            db.execute("UPDATE events SET body = ? WHERE seq = ?", (raw, seq))
        db.close()
        return True


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

    def plant_bad(self, backend: Backend, seq: int, raw: bytes) -> bool:
        """A row whose body is not its envelope (a damaged or hostile database)."""
        backend.append([_event(seq)], backend.end()[1])
        with backend._op("planting a damaged row") as conn:  # type: ignore[attr-defined]
            conn.execute("UPDATE events SET body = %s WHERE seq = %s", (raw, seq))
        return True


class TestJsonlBackend(BackendContract):
    def make(self, root: Path) -> Backend:
        b = JsonlBackend(StoreDir.open(root))
        b.create()
        return b

    def plant_bad(self, backend: Backend, seq: int, raw: bytes) -> bool:
        with open(backend.location, "ab") as f:
            f.write(raw + b"\n")
        return False

    def plant_torn(self, backend: Backend, raw: bytes) -> bool:
        with open(backend.location, "ab") as f:
            f.write(raw)
        return True

    def small_blocks(self, backend: Backend, size: int) -> None:
        assert isinstance(backend, JsonlBackend)
        backend.back_block = size
        backend.search_window = size

    def test_read_back_reads_only_the_end(self, backend: Backend) -> None:
        """Reading the newest lines touches only the end of the file: damage planted at the
        start is never met (a forward read would report it first)."""
        with open(backend.location, "ab") as f:
            f.write(b"{damage}\n" + b"".join(_line(seq, text="y" * 300) for seq in range(1, 2001)))
        newest = []
        for item in backend.read_back():
            newest.append(item)
            if len(newest) == 5:
                break
        assert [i.record["seq"] for i in newest if i.record] == [2000, 1999, 1998, 1997, 1996]

    def test_read_back_crosses_lines_longer_than_a_block(self, backend: Backend) -> None:
        long_events = [_event(seq, text="z" * (70_000 * (seq % 2) + 10)) for seq in range(1, 6)]
        backend.append(long_events, 0)
        with open(backend.location, "ab") as f:
            f.write(b"q" * 100_000 + b"\n" + b"w" * 70_000)  # a long unreadable line, a long torn tail
        forward = list(backend.read())
        assert list(backend.read_back()) == forward[::-1]
        assert [i.record["seq"] if i.record else None for i in forward] == [1, 2, 3, 4, 5, None]

    def test_start_after_searches_instead_of_scanning(self, backend: Backend) -> None:
        """On a log of 20,000 lines, a read from `start_after(seq=s)` starts within the
        search window of the first event above s, and with a window of one byte meets at
        most one event at or below s, with damage anywhere (a start of 0 would meet s)."""
        assert isinstance(backend, JsonlBackend)
        lines = [_line(seq) for seq in range(1, 20_001)]
        for at in (5, 9_000, 19_990):
            lines.insert(at, b"{unreadable}\n")
        with open(backend.location, "ab") as f:
            f.write(b"".join(lines))
        starts = {i.record["seq"]: i.start for i in backend.read() if i.record}
        size = backend.end()[1]
        for s in (0, 1, 4, 5, 8_999, 9_000, 15_000, 19_989, 19_999, 20_000):
            backend.search_window = JsonlBackend.search_window
            assert 0 <= starts.get(s + 1, size) - backend.start_after(seq=s) <= (
                JsonlBackend.search_window + len(lines[0]))
            backend.search_window = 1
            head = itertools.islice(backend.read(backend.start_after(seq=s)), 5)
            before = [i.record["seq"] for i in head if i.record and i.record["seq"] <= s]
            assert len(before) <= 1, (s, before)

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
