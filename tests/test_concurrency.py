"""Concurrent writers and readers on one store: real processes and threads, real files.

What must hold however writers interleave: every acknowledged event is in the log
exactly once, the log is whole lines only, seq is 1..N without gaps in file order,
latest.json is a pure function of the log, readers never see a partial or older
latest.json, and a writer that cannot get the lock in time fails without touching a byte.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import _proc

import handoff
from handoff.events import validate_data

pytestmark = pytest.mark.slow

WRITERS = 8
PER_WRITER = 300
READERS = 2


def _stored_records(root: Path) -> list[dict]:
    """Every stored unit, in order, through the backend (whatever it is); on JSONL also
    the raw file, whose lines must all be whole records (no interleaved bytes)."""
    with handoff.open_store(root, create=False) as store:
        items = list(store.backend.read(0))
        if store.backend.name == "jsonl":
            assert _proc.parse_records(_proc.read_log(root)) == [i.record for i in items]
    assert all(i.record is not None for i in items), "an unreadable unit in the store"
    return [i.record for i in items]


def _check_log_against_acks(root: Path, acks: list[list[str]], expected_total: int) -> list[dict]:
    records = _stored_records(root)
    assert len(records) == expected_total
    assert [r["seq"] for r in records] == list(range(1, expected_total + 1)), "seq not 1..N in file order"
    by_id = {r["id"]: r for r in records}
    assert len(by_id) == expected_total, "duplicate event ids in the log"

    acked_ids = [a[0] for a in acks]
    assert len(acked_ids) == len(set(acked_ids)), "an id was acknowledged twice"
    assert len(acked_ids) == expected_total
    order: dict[int, list[int]] = {}
    for ev_id, seq, worker, i in acks:
        rec = by_id.get(ev_id)
        assert rec is not None, f"acknowledged event {ev_id} (worker {worker} item {i}) is missing"
        assert rec["seq"] == int(seq), "the log disagrees with the seq the writer was given"
        kind, data = _proc.item(int(worker), int(i))
        expected = (kind, validate_data(kind, data))
        assert (rec["kind"], rec["data"]) == expected, "an event's content was mixed up"
        order.setdefault(int(worker), []).append(int(seq))
    for worker, seqs in order.items():
        assert seqs == sorted(seqs), f"worker {worker}'s events are out of program order"
    # the writers really did interleave (else this test proves nothing about locking)
    owner = {int(seq): worker for _, seq, worker, _ in acks}
    switches = sum(owner[s] != owner[s + 1] for s in range(1, expected_total))
    assert switches >= len(order) * 5, f"writers barely interleaved ({switches} switches)"
    return records


def _assert_latest_matches_rebuild(root: Path, last_seq: int) -> None:
    before = _proc.latest_bytes(root)
    meta = json.loads(before)["meta"]
    assert meta["last_seq"] == last_seq
    assert meta["events_total"] == last_seq
    assert meta["skipped_lines"] == 0
    with handoff.open_store(root, create=False) as store:
        assert meta["position"] == store.backend.end()[1]
        rebuilt = store.rebuild()
    after = _proc.latest_bytes(root)
    assert before == after, "latest.json folded incrementally differs from a rebuild"
    assert rebuilt == json.loads(after)


def test_many_processes_append_and_read_concurrently(tmp_path: Path, backend_name: str) -> None:
    root = tmp_path / "store"
    with handoff.open_store(root, backend=backend_name) as store:
        store.rebuild()  # publish latest.json (last_seq 0) before the readers start
    go = tmp_path / "go"
    stop = tmp_path / "stop"

    readers = []
    for r in range(READERS):
        out = tmp_path / f"reader{r}.json"
        reader = _proc.spawn("reader_main", root, stop, out, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        readers.append((reader, out))
    writers = []
    for w in range(WRITERS):
        ack = tmp_path / f"ack{w}"
        pipes = {"stdout": subprocess.PIPE, "stderr": subprocess.PIPE}
        writers.append((_proc.spawn("writer_main", root, w, PER_WRITER, ack, go, **pipes), ack))
    for proc, _ in readers:
        _proc.wait_line(proc, b"reading")
    for proc, _ in writers:
        _proc.wait_line(proc, b"ready")  # every interpreter has started and parks at the go file
    go.touch()
    try:
        for proc, _ in writers:
            rc = proc.wait(120)
            err = proc.stderr.read().decode(errors="replace")
            assert rc == 0, f"writer failed: {err}"
    finally:
        stop.touch()
        for proc, _ in readers:
            with contextlib.suppress(subprocess.TimeoutExpired):
                proc.wait(30)
        for proc, _ in writers + readers:
            if proc.poll() is None:
                proc.kill()
            _proc.reap(proc)

    total = WRITERS * PER_WRITER
    acks = [a for _, path in writers for a in _proc.read_acks(path)]
    _check_log_against_acks(root, acks, total)

    for proc, out in readers:
        assert proc.returncode == 0, "a reader process failed"
        result = json.loads(out.read_text())
        assert result["n_errors"] == 0, f"a reader failed to read latest.json: {result['errors']}"
        assert result["backwards"] == [], f"a reader saw last_seq go backwards: {result['backwards']}"
        assert result["reads"]["raw"] > 20 and result["reads"]["api"] > 20, result["reads"]
        assert result["last"] <= total

    _assert_latest_matches_rebuild(root, total)
    with handoff.open_store(root, create=False) as store:
        assert store.doctor().to_dict()["ok"] is True


@pytest.mark.parametrize("shared", [False, True], ids=["store-per-thread", "one-shared-store"])
def test_threads_in_one_process_serialize(tmp_path: Path, shared: bool, backend_name: str) -> None:
    """flock excludes open file descriptions, so two Store objects in one process exclude
    each other; threads sharing one Store are serialized by its thread lock."""
    root = tmp_path / "store"
    threads_n, per_thread = 4, 150
    handoff.open_store(root, backend=backend_name).close()
    if shared:
        one = handoff.open_store(root, durability="always", lock_timeout=60)
        stores = [one] * threads_n
    else:
        stores = [handoff.open_store(root, durability="always", lock_timeout=60) for _ in range(threads_n)]
    acks: list[list[list[str]]] = [[] for _ in range(threads_n)]
    errors: list[BaseException] = []
    barrier = threading.Barrier(threads_n)
    # Neither the advisory locks nor a thread lock are fair, and how often the writers
    # take turns by luck depends on the machine. A pacer makes the interleaving certain
    # without taking away the race: a thread that is PACE appends ahead of the slowest
    # unfinished one waits for it, so every round all threads contend for the same lock.
    pace = threading.Condition()
    done = [0] * threads_n
    PACE = 3

    def wait_for_others(t: int) -> None:
        with pace:
            pace.notify_all()
            pace.wait_for(
                lambda: errors
                or all(done[o] >= min(done[t] - PACE, per_thread) for o in range(threads_n)),
                timeout=60,
            )

    def work(t: int) -> None:
        try:
            barrier.wait()
            i = 0
            while i < per_thread:
                if i % 3 == 2 and i + 1 < per_thread:
                    events = stores[t].append_many([_proc.item(t, i), _proc.item(t, i + 1)])
                else:
                    events = [stores[t].append(*_proc.item(t, i))]
                for k, e in enumerate(events):
                    acks[t].append([e.id, str(e.seq), str(t), str(i + k)])
                i += len(events)
                with pace:
                    done[t] = i
                wait_for_others(t)
        except BaseException as err:  # surfaced below
            with pace:
                errors.append(err)
                pace.notify_all()

    threads = [threading.Thread(target=work, args=(t,)) for t in range(threads_n)]
    for th in threads:
        th.start()
    for th in threads:
        th.join(60)
    for store in {id(s): s for s in stores}.values():
        store.close()
    assert not errors, errors
    total = sum(len(a) for a in acks)
    assert total == threads_n * per_thread
    _check_log_against_acks(root, [a for per in acks for a in per], total)
    _assert_latest_matches_rebuild(root, total)


def test_lock_timeout_leaves_files_untouched(tmp_path: Path, backend_name: str) -> None:
    root = tmp_path / "store"
    with handoff.open_store(root, backend=backend_name) as store:
        first = store.append("note", {"text": "before the lock", "next_actions": ["wait"]})
        store.append("config", {"key": "a", "value": 1})
    holder = _proc.spawn("lock_holder_main", root, 30, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        _proc.wait_line(holder, b"locked")
        before = _proc.snapshot(root)
        store = handoff.open_store(root, create=False, lock_timeout=0.2)
        attempts = {
            "append": lambda: store.append("note", {"text": "blocked", "next_actions": ["x"]}),
            "append_many": lambda: store.append_many([("config", {"key": "b", "value": 2})] * 3),
            "purge": lambda: store.purge([first.id]),
            "rebuild": store.rebuild,
            "doctor": lambda: store.doctor(fix=True),
        }
        for name, call in attempts.items():
            started = time.monotonic()
            with pytest.raises(handoff.LockTimeout):
                call()
            elapsed = time.monotonic() - started
            assert 0.15 <= elapsed < 3, f"{name} waited {elapsed:.2f}s for a 0.2s lock timeout"
            assert _proc.snapshot(root) == before, f"{name} changed files without the lock"
        # latest.json is current, so reading it needs no lock
        assert store.latest()["meta"]["last_seq"] == 2
        assert _proc.snapshot(root) == before
        # the lock dies with its holder: no stale lock after SIGKILL
        holder.send_signal(signal.SIGKILL)
        holder.wait(10)
        event = store.append("note", {"text": "after the holder died", "next_actions": ["go"]})
        assert event.seq == 3
        assert [e.seq for e in store.events()] == [1, 2, 3]
        store.close()
    finally:
        if holder.poll() is None:
            holder.kill()
        _proc.reap(holder)


def test_lock_timeout_between_threads_sharing_a_store(tmp_path: Path) -> None:
    store = handoff.open_store(tmp_path / "store")
    store.append("note", {"text": "one", "next_actions": ["a"]})
    locked = threading.Event()
    release = threading.Event()

    def hold() -> None:
        with store.backend.lock(30):
            locked.set()
            release.wait(30)

    holder = threading.Thread(target=hold)
    holder.start()
    try:
        assert locked.wait(10)
        before = _proc.snapshot(store.root)
        store.lock_timeout = 0.2
        with pytest.raises(handoff.LockTimeout):
            store.append("note", {"text": "two", "next_actions": ["b"]})
        assert _proc.snapshot(store.root) == before
    finally:
        release.set()
        holder.join(10)
    assert store.append("note", {"text": "two", "next_actions": ["b"]}).seq == 2
    store.close()


def test_readers_always_open_a_complete_latest_json_during_purges(tmp_path: Path, backend_name: str) -> None:
    """A purge rewrites the whole log; readers of latest.json must not notice a gap (the
    bug this guards against: latest.json was unlinked for the length of the rewrite)."""
    root = tmp_path / "store"
    with handoff.open_store(root, durability="never", backend=backend_name) as store:
        for b in range(20):
            store.append_many(("note", {"text": f"bulk {b}.{k}"}) for k in range(1000))
        victims = [e.id for e in store.events(kind="note")][::2000][:6]
    stop = tmp_path / "stop"
    out = tmp_path / "reader.json"
    reader = _proc.spawn("reader_main", root, stop, out, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        _proc.wait_line(reader, b"reading")
        for victim in victims:
            ids = tmp_path / "ids"
            ids.write_text(victim)
            purge = _proc.spawn("purge_main", root, ids, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
            assert _proc.reap(purge, 60) == 0
    finally:
        stop.touch()
        with contextlib.suppress(subprocess.TimeoutExpired):
            reader.wait(30)
        if reader.poll() is None:
            reader.kill()
        _proc.reap(reader)
    result = json.loads(out.read_text())
    assert result["n_errors"] == 0, f"a reader failed to read latest.json: {result['errors']}"
    assert result["reads"]["raw"] > 20, result["reads"]
    with handoff.open_store(root, create=False) as store:
        assert store.latest()["meta"]["purged_events"] == len(victims)
