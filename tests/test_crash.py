"""Crash safety: writers, purges and the CLI killed with SIGKILL at random moments, and
hand-made torn tails, corrupt lines and lagging latest.json files.

What must hold after any crash: every acknowledged event is in the log; the log still
reads (a torn tail is skipped, never fatal); the next append seals a torn tail instead
of gluing it to the new event; `doctor` reports the unreadable bytes and `doctor(fix=True)`
moves exactly those bytes to quarantine/; latest.json is caught up from `meta.position`
and equals a rebuild byte for byte; a purge leaves the old log or the new one, never a mix.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import orjson
import pytest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import _proc

import handoff
from handoff.backends.jsonl import SEAL, parse_line
from handoff.events import validate_data

pytestmark = pytest.mark.slow

KILL_ROUNDS = 16
PURGE_EVENTS = 30_000
PURGE_ROUNDS = 20


# -- helpers --------------------------------------------------------------------------


def _note(text: str) -> dict[str, Any]:
    return {"text": text, "next_actions": [f"check {text}"]}


def _assert_latest_is_rebuild(store: handoff.Store) -> None:
    """latest.json on disk equals what a rebuild from the whole log writes."""
    before = _proc.latest_bytes(store.root)
    rebuilt = store.rebuild()
    after = _proc.latest_bytes(store.root)
    assert before == after, "latest.json differs from a rebuild of the log"
    assert json.loads(after) == rebuilt


def _new_quarantine(root: Path, before: set[str]) -> bytes | None:
    new = _proc.quarantine_files(root) - before
    if not new:
        return None
    assert len(new) == 1, f"one fix wrote several quarantine files: {new}"
    return (root / "quarantine" / new.pop()).read_bytes()


def _envelope(seq: int, text: str, ts: str = "2030-01-01T00:00:00.000000Z") -> dict[str, Any]:
    import uuid_utils

    return {"v": 1, "id": str(uuid_utils.uuid7()), "seq": seq, "ts": ts, "kind": "note",
            "scope": {}, "data": {"text": text, "next_actions": []}}


def _line(rec: dict[str, Any]) -> bytes:
    return orjson.dumps(rec) + b"\n"


def _append_raw(root: Path, data: bytes) -> None:
    with open(root / _proc.LOG, "ab") as f:
        f.write(data)


def _small_store(root: Path, n: int = 3) -> list[handoff.Event]:
    with handoff.open_store(root) as store:
        events = [store.append("note", _note(f"event {i}")) for i in range(1, n + 1)]
        store.latest()
    return events


# -- random SIGKILL of a writer -------------------------------------------------------


def _run_writer(root: Path, ack: Path, seed: int, *, sleep: float | None, fsize_limit: int = 0) -> None:
    """Start a crash writer; SIGKILL it `sleep` seconds after its first acknowledged
    append, or once its write failed.

    The kill window starts at an event the child reports through its stdout pipe (its
    first ack), not at a fixed time after start-up: on a loaded machine start-up alone can
    outlast any fixed window, and a round with nothing acknowledged tests nothing."""
    proc = _proc.spawn("crash_writer_main", root, ack, seed, fsize_limit,
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        _proc.wait_line(proc, b"ready")
        if sleep is None:
            _proc.wait_line(proc, b"failed")
        else:
            _proc.wait_line(proc, b"acked")
            time.sleep(sleep)
        proc.send_signal(signal.SIGKILL)
    finally:
        if proc.poll() is None:
            proc.kill()
        rc = _proc.reap(proc)
    assert rc == -signal.SIGKILL, f"the writer died on its own ({rc})"


def _check_after_crash(root: Path, ack: Path, r: int, fix_first: bool, stats: dict[str, int]) -> bytes:
    """Everything that must hold after a writer died mid-append; returns the torn tail."""
    raw = _proc.read_log(root)
    lines, torn = _proc.split_log(raw)
    sound = len(raw) - len(torn)
    records = _proc.parse_records(b"".join(lines))  # every complete line is a whole event
    assert [rec["seq"] for rec in records] == list(range(1, len(records) + 1))
    by_id = {rec["id"]: rec for rec in records}
    acks = _proc.read_acks(ack)
    for ev_id, seq in acks:
        assert ev_id in by_id, f"acknowledged event {ev_id} (seq {seq}) is lost"
        assert by_id[ev_id]["seq"] == int(seq)
    stats["acked"] += len(acks)
    stats["torn"] += bool(torn)

    store = handoff.open_store(root, create=False)
    try:
        # the log still reads; a torn tail is skipped silently
        assert [e.id for e in store.events()] == [rec["id"] for rec in records]
        assert store.last_read.skipped == []
        # latest.json may lag (killed between the log write and the publish); it is caught up
        try:
            on_disk = json.loads(_proc.latest_bytes(root))["meta"]["position"]
        except (FileNotFoundError, ValueError):
            on_disk = -1
        stats["latest_lagged"] += on_disk != sound
        meta = store.latest()["meta"]
        assert (meta["last_seq"], meta["position"], meta["events_total"]) == (len(records), sound, len(records))

        report = store.doctor()
        if torn:
            assert report.health.torn_tail == (sound, len(raw))
            assert report.to_dict()["ok"] is False
        else:
            assert report.to_dict()["ok"] is True, report.to_dict()

        quarantined_before = _proc.quarantine_files(root)
        if fix_first:
            # repair first: exactly the torn bytes go to quarantine, then append
            fixed = store.doctor(fix=True)
            assert _new_quarantine(root, quarantined_before) == (torn or None)
            assert fixed.quarantined_bytes == len(torn)
            assert _proc.read_log(root) == raw[:sound]
            event = store.append("note", _note(f"after kill {r}"))
            log = _proc.read_log(root)
            assert log[:sound] == raw[:sound]
            assert json.loads(log[sound:])["id"] == event.id
        else:
            # append first: the torn tail is sealed, not glued to the new event
            event = store.append("note", _note(f"after kill {r}"))
            log = _proc.read_log(root)
            assert log.startswith(raw), "bytes before the append were changed"
            added = log[len(raw):]
            seal = SEAL if torn else b""
            assert added.startswith(seal)
            assert not torn or parse_line(torn + SEAL) is None, "the sealed torn tail reads as an event"
            assert json.loads(added[len(seal):])["id"] == event.id, "the new event was glued to the torn tail"
            assert [e.id for e in store.events()][-1] == event.id
            assert store.last_read.skipped == ([(sound, len(raw) + len(SEAL))] if torn else [])
            assert store.latest()["meta"]["skipped_lines"] == (1 if torn else 0)
            if torn:
                assert store.doctor().health.bad == [(sound, len(raw) + len(SEAL))]
            fixed = store.doctor(fix=True)
            assert _new_quarantine(root, quarantined_before) == ((torn + SEAL) if torn else None)
            assert _proc.read_log(root) == raw[:sound] + added[len(seal):]
        assert event.seq == len(records) + 1
        assert store.get(event.id).data == validate_data("note", _note(f"after kill {r}"))
        assert store.doctor().to_dict()["ok"] is True
        _assert_latest_is_rebuild(store)
    finally:
        store.close()
    return torn


def test_sigkill_writer_at_random_moments(tmp_path: Path) -> None:
    rnd = random.Random(int(os.environ.get("HANDOFF_CRASH_SEED", "20240611")))
    stats = {"acked": 0, "torn": 0, "latest_lagged": 0}
    store_no = 0
    root = tmp_path / f"store{store_no}"
    handoff.open_store(root).close()
    for r in range(KILL_ROUNDS):
        ack = tmp_path / f"ack{r}"
        _run_writer(root, ack, r, sleep=rnd.uniform(0.02, 0.3))
        _check_after_crash(root, ack, r, r % 2 == 0, stats)
        if (root / _proc.LOG).stat().st_size > 32 << 20:  # keep each check cheap
            shutil.rmtree(root)
            store_no += 1
            root = tmp_path / f"store{store_no}"
            handoff.open_store(root).close()
    assert stats["acked"] > 0, "the writers never got an event acknowledged before the kill"
    print(f"kill rounds: {KILL_ROUNDS}, {stats}")


def test_a_write_cut_short_by_a_full_disk_leaves_no_part_of_its_batch(tmp_path: Path) -> None:
    """RLIMIT_FSIZE cuts the writer's log write short mid-batch, as a full disk would. The
    append fails, the log is put back to where the batch began (no torn tail, no leading
    lines of the batch counted as events), and the writer is then SIGKILLed."""
    root = tmp_path / "store"
    handoff.open_store(root).close()
    stats = {"acked": 0, "torn": 0, "latest_lagged": 0}
    limit = 300_007
    _run_writer(root, tmp_path / "ack", 3, sleep=None, fsize_limit=limit)
    raw = _proc.read_log(root)
    assert 0 < len(raw) < limit and raw.endswith(b"\n"), "the failed batch was not rolled back"
    torn = _check_after_crash(root, tmp_path / "ack", 0, False, stats)
    assert torn == b""
    assert stats["acked"] > 0
    acked = {ev_id for ev_id, _ in _proc.read_acks(tmp_path / "ack")}
    assert {rec["id"] for rec in _proc.parse_records(raw)} == acked, "an event nobody acknowledged"


# -- torn tails and corrupt lines, by hand --------------------------------------------


@pytest.mark.parametrize("fix_first", [False, True], ids=["seal-then-fix", "fix-then-append"])
def test_torn_tail_is_skipped_sealed_and_quarantined(tmp_path: Path, fix_first: bool) -> None:
    root = tmp_path / "store"
    old = _small_store(root)
    full = _proc.read_log(root)
    line = _line(_envelope(4, "the writer died half way through this line"))
    torn = line[: len(line) // 2]
    _append_raw(root, torn)
    end = len(full) + len(torn)

    store = handoff.open_store(root, create=False)
    assert [e.id for e in store.events()] == [e.id for e in old]
    assert store.last_read.skipped == []
    meta = store.latest()["meta"]
    assert (meta["last_seq"], meta["position"], meta["skipped_lines"]) == (3, len(full), 0)
    report = store.doctor()
    assert report.health.torn_tail == (len(full), end)
    assert report.to_dict()["ok"] is False
    assert report.to_dict()["torn_tail"] == [len(full), end]
    assert _proc.read_log(root) == full + torn, "a check without --fix changed the log"

    if fix_first:
        fixed = store.doctor(fix=True)
        assert fixed.fixed and fixed.quarantined_bytes == len(torn)
        assert Path(fixed.quarantine_file).read_bytes() == torn
        assert _proc.read_log(root) == full
        event = store.append("note", _note("after the repair"))
        log = _proc.read_log(root)
        assert log.startswith(full) and json.loads(log[len(full):])["id"] == event.id
    else:
        event = store.append("note", _note("after the crash"))
        log = _proc.read_log(root)
        new_line = log[end + len(SEAL):]
        assert log == full + torn + SEAL + new_line, "the torn tail was not sealed"
        assert parse_line(torn + SEAL) is None
        assert json.loads(new_line)["id"] == event.id
        assert [e.id for e in store.events()] == [e.id for e in old] + [event.id]
        assert store.last_read.skipped == [(len(full), end + len(SEAL))]
        meta = store.latest()["meta"]
        assert (meta["last_seq"], meta["events_total"], meta["skipped_lines"]) == (4, 4, 1)
        _assert_latest_is_rebuild(store)
        report = store.doctor()
        assert report.health.bad == [(len(full), end + len(SEAL))] and report.health.torn_tail is None
        fixed = store.doctor(fix=True)
        assert fixed.quarantined_bytes == len(torn) + len(SEAL)
        assert Path(fixed.quarantine_file).read_bytes() == torn + SEAL
        assert _proc.read_log(root) == full + new_line
    assert event.seq == 4
    assert Path(fixed.quarantine_file).parent == root / "quarantine"
    assert store.doctor().to_dict()["ok"] is True
    assert store.latest()["meta"]["skipped_lines"] == 0
    _assert_latest_is_rebuild(store)
    store.close()


def test_torn_tail_that_is_a_whole_record_is_not_resurrected(tmp_path: Path) -> None:
    root = tmp_path / "store"
    _small_store(root)
    full = _proc.read_log(root)
    torn = _line(_envelope(4, "never acknowledged"))[:-1]  # killed just before the newline
    _append_raw(root, torn)
    with handoff.open_store(root, create=False) as store:
        event = store.append("note", _note("after the crash"))
        events = list(store.events())
        seqs = [e.seq for e in events]
        assert len(seqs) == len(set(seqs)), f"duplicate seq in the log: {seqs}"
        assert event.seq == max(seqs) == 4
        assert "never acknowledged" not in [e.data["text"] for e in events]
        assert len(store.last_read.skipped) == 1
        assert store.doctor().health.seq_problems == []
        _assert_latest_is_rebuild(store)
        fixed = store.doctor(fix=True)
        assert Path(fixed.quarantine_file).read_bytes() == torn + SEAL
        assert store.doctor().to_dict()["ok"] is True
        assert _proc.read_log(root) == full + _line(event.to_record())


GARBAGE = {
    "binary": b"\x00\xff\xfe garbage {{{ \x80\n",
    "json-not-envelope": b'{"hello": "world"}\n',
    "half-envelope": b'{"v":1,"id":"0190c0de-0000-7000-8000-000000000000","seq":3,"ts":"2030\n',
    "empty": b"\n",
    "not-utf8-string": b'{"v":1,"id":"x","seq":3,"kind":"note","data":{"text":"\xff\xfe"}}\n',
    # envelope-shaped, but no reader may fold it: doctor must agree with the readers
    "unknown-kind": b'{"v":1,"id":"x","seq":3,"ts":"2030-01-01T00:00:00.000000Z","kind":"bogus",'
    b'"scope":{},"data":{}}\n',
    "no-ts": b'{"v":1,"id":"x","seq":3,"kind":"note","scope":{},"data":{"text":"t"}}\n',
}


@pytest.mark.parametrize("kind", list(GARBAGE))
def test_corrupt_line_in_the_middle(tmp_path: Path, kind: str) -> None:
    root = tmp_path / "store"
    events = _small_store(root, 5)
    lines = _proc.read_log(root).splitlines(keepends=True)
    garbage = GARBAGE[kind]
    lines[2] = garbage
    (root / _proc.LOG).write_bytes(b"".join(lines))
    start = len(lines[0]) + len(lines[1])
    span = (start, start + len(garbage))
    survivors = [e.id for i, e in enumerate(events) if i != 2]

    with handoff.open_store(root, create=False) as store:
        assert [e.id for e in store.events()] == survivors
        assert store.last_read.skipped == [span]
        meta = store.latest()["meta"]
        assert (meta["last_seq"], meta["events_total"], meta["skipped_lines"]) == (5, 4, 1)
        _assert_latest_is_rebuild(store)
        report = store.doctor()
        assert report.health.bad == [span]
        assert report.to_dict()["unreadable_lines"] == [list(span)]
        assert report.to_dict()["ok"] is False
        quarantined_before = _proc.quarantine_files(root)
        fixed = store.doctor(fix=True)
        assert fixed.fixed and fixed.quarantined_bytes == len(garbage)
        assert _new_quarantine(root, quarantined_before) == garbage
        assert _proc.read_log(root) == b"".join(lines[:2] + lines[3:])
        assert store.doctor().to_dict()["ok"] is True
        _assert_latest_is_rebuild(store)
        event = store.append("note", _note("after the repair"))
        assert event.seq == 6
        assert [e.id for e in store.events()] == [*survivors, event.id]
        assert store.last_read.skipped == []


def test_same_length_corruption_is_caught_by_doctor(tmp_path: Path) -> None:
    """Bytes overwritten in place (the log keeps its size): latest.json cannot notice by
    position, but doctor compares it with a rebuild and fixes both."""
    root = tmp_path / "store"
    _small_store(root, 5)
    raw = bytearray(_proc.read_log(root))
    lines = bytes(raw).splitlines(keepends=True)
    start = len(lines[0]) + len(lines[1])
    raw[start + 5 : start + 15] = b"\x00" * 10
    (root / _proc.LOG).write_bytes(bytes(raw))
    with handoff.open_store(root, create=False) as store:
        report = store.doctor().to_dict()
        assert report["ok"] is False
        assert report["unreadable_lines"] == [[start, start + len(lines[2])]]
        assert report["latest_json_current"] is False
        store.doctor(fix=True)
        assert store.doctor().to_dict()["ok"] is True
        assert store.latest()["meta"]["events_total"] == 4
        _assert_latest_is_rebuild(store)


# -- latest.json lagging the log ------------------------------------------------------


def _lag_by_hand(root: Path) -> tuple[int, list[dict[str, Any]]]:
    """Events 4 and 5 reach the log but not latest.json, as after a crash between the two."""
    last_ts = json.loads(_proc.latest_bytes(root))["meta"]["last_ts"]
    extra = [_envelope(4, "hand written four", last_ts), _envelope(5, "hand written five", last_ts)]
    _append_raw(root, b"".join(_line(rec) for rec in extra))
    size = len(_proc.read_log(root))
    position = json.loads(_proc.latest_bytes(root))["meta"]["position"]
    assert position < size  # what a reader detects: latest.json stops short of the log's end
    return size, extra


def test_lagging_latest_is_caught_up_by_a_reader(tmp_path: Path) -> None:
    root = tmp_path / "store"
    _small_store(root)
    size, extra = _lag_by_hand(root)
    with handoff.open_store(root, create=False) as store:
        latest = store.latest()
        meta = latest["meta"]
        assert (meta["last_seq"], meta["events_total"], meta["position"]) == (5, 5, size)
        assert meta["last_event_id"] == extra[-1]["id"]
        assert [n["text"] for n in latest["notes"]][-2:] == ["hand written four", "hand written five"]
        assert json.loads(_proc.latest_bytes(root)) == latest, "the catch-up was not published"
        _assert_latest_is_rebuild(store)


def test_lagging_latest_is_caught_up_by_the_next_append(tmp_path: Path) -> None:
    root = tmp_path / "store"
    _small_store(root)
    _lag_by_hand(root)
    with handoff.open_store(root, create=False) as store:
        event = store.append("note", _note("six"))
        assert event.seq == 6, "the append trusted a lagging latest.json and reused a seq"
        meta = json.loads(_proc.latest_bytes(root))["meta"]
        assert (meta["last_seq"], meta["events_total"]) == (6, 6)
        _assert_latest_is_rebuild(store)
    assert [r["seq"] for r in _proc.parse_records(_proc.read_log(root))] == [1, 2, 3, 4, 5, 6]


@pytest.mark.parametrize("how", ["regular-file", "legacy-0.1-symlink"])
@pytest.mark.parametrize("then", ["latest", "append"])
def test_restored_older_latest_is_caught_up(tmp_path: Path, how: str, then: str) -> None:
    root = tmp_path / "store"
    with handoff.open_store(root) as store:
        store.append("note", _note("one"))
        store.append("config", {"key": "k", "value": 1})
        old = _proc.latest_bytes(root)
        for i in range(3, 6):
            store.append("note", _note(f"n{i}"))
    if how == "regular-file":
        tmp = root / "latest.json.restore"
        tmp.write_bytes(old)
        os.replace(tmp, root / _proc.LATEST)
    else:  # handoff 0.1 published latest.json as a symlink to a generation in .latest/
        generation = "0190a0b1-0000-7000-8000-000000000000-7.json"
        (root / ".latest").mkdir()
        (root / ".latest" / generation).write_bytes(old)
        (root / "latest.json.restore").symlink_to(f".latest/{generation}")
        os.replace(root / "latest.json.restore", root / _proc.LATEST)
    assert _proc.latest_bytes(root) == old
    with handoff.open_store(root, create=False) as store:
        if then == "latest":
            assert store.latest()["meta"]["last_seq"] == 5
        else:
            assert store.append("note", _note("six")).seq == 6
        _assert_latest_is_rebuild(store)
        assert store.doctor().to_dict()["ok"] is True
    assert not (root / _proc.LATEST).is_symlink()  # now a regular file
    assert not (root / ".latest").exists()  # the 0.1 generations are gone


@pytest.mark.parametrize("content", [b"", b'{"meta": {"schema_version": 1, "posi', b"\x00" * 64])
def test_unreadable_latest_is_rebuilt(tmp_path: Path, content: bytes) -> None:
    root = tmp_path / "store"
    _small_store(root)
    tmp = root / "latest.json.garbage"
    tmp.write_bytes(content)
    os.replace(tmp, root / _proc.LATEST)
    with handoff.open_store(root, create=False) as store:
        assert store.doctor().to_dict()["latest_json_current"] is False
        assert store.latest()["meta"]["last_seq"] == 3
        _assert_latest_is_rebuild(store)
        assert store.append("note", _note("four")).seq == 4


# -- purge killed at random points ----------------------------------------------------


def _purge_outcome(
    raw: bytes, recs: list[dict[str, Any]], old_raw: bytes, old_recs: list[dict[str, Any]], ids: list[str]
) -> str:
    if raw == old_raw:
        return "old"
    old_lines = old_raw.splitlines(keepends=True)
    kept = b"".join(line for line, rec in zip(old_lines, old_recs, strict=True) if rec["id"] not in ids)
    assert raw.startswith(kept), "the log is neither the old one nor the purged one"
    tail = raw[len(kept):]
    assert tail.count(b"\n") == 1, "the purged log has more than one new line"
    tomb = recs[-1]
    assert tomb["kind"] == "purge" and tomb["data"]["event_ids"] == ids
    assert tomb["seq"] == old_recs[-1]["seq"] + 1
    assert len(recs) == len(old_recs) - len(ids) + 1
    assert not {r["id"] for r in recs} & set(ids)
    return "new"


def _watch_purge(proc: subprocess.Popen[bytes], root: Path, kill_at: Any) -> dict[str, float]:
    """Follow a purge child: when it starts, when a new file first appears in the store
    (the rewrite has begun), when that file is gone again (renamed over the log), and when
    it is done. `kill_at(marks)` returns the moment to SIGKILL it (or None: not yet)."""
    import select

    assert proc.stdout is not None
    _proc.wait_line(proc, b"start")
    marks = {"start": time.monotonic()}
    before = set(os.listdir(root))
    deadline = None
    while proc.poll() is None:
        now = time.monotonic()
        if "renamed" not in marks:
            new = set(os.listdir(root)) - before
            if new and "rewrite" not in marks:
                marks["rewrite"], temp = now, new
            elif "rewrite" in marks and not new & temp:
                marks["renamed"] = now
        if deadline is None:
            deadline = kill_at(marks)
        if deadline is not None and now >= deadline:
            proc.send_signal(signal.SIGKILL)
            marks["killed"] = now
            break
        ready = select.select([proc.stdout], [], [], 0.0003)[0]
        if ready and proc.stdout.readline().startswith(b"done"):
            marks["done"] = time.monotonic()
    return marks


def test_sigkill_during_purge_leaves_old_or_new_log(tmp_path: Path) -> None:
    rnd = random.Random(int(os.environ.get("HANDOFF_CRASH_SEED", "20240611")))
    root = tmp_path / "store"
    with handoff.open_store(root, durability="never") as store:
        for b in range(PURGE_EVENTS // 1000):
            store.append_many(
                ("config", {"key": f"k{k % 50}", "value": k}) if k % 2
                else ("note", _note(f"bulk {b}.{k}"))
                for k in range(1000)
            )
    old_raw = _proc.read_log(root)
    old_recs = _proc.parse_records(old_raw)
    ids_file = tmp_path / "ids"
    outcomes = {"old": 0, "new": 0}
    timing: dict[str, float] = {}

    def schedule(r: int) -> Any:
        """Round 0 runs to the end to time a purge. Odd rounds spread their kills over the
        whole purge and a little past it; even rounds aim at the end of the rewrite, where the
        new log is put in place (from 60% of the temp file's life to a little after the rename)."""
        if r == 0:
            return lambda marks: None
        frac = ((r - 1) // 2 + rnd.random()) / ((PURGE_ROUNDS + 1) // 2)
        if r % 2:
            return lambda marks: marks["start"] + frac * timing["total"] * 1.15
        at = 0.6 + 0.6 * frac
        return lambda marks: (marks["rewrite"] + at * timing["rewrite"]) if "rewrite" in marks else None

    for r in range(PURGE_ROUNDS + 1):
        live = [rec["id"] for rec in old_recs if rec["kind"] != "purge"]
        ids = rnd.sample(live, 3)
        ids_file.write_text("\n".join(ids))
        proc = _proc.spawn("purge_main", root, ids_file, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        try:
            marks = _watch_purge(proc, root, schedule(r))
        finally:
            if proc.poll() is None and r == 0:
                proc.wait(30)
            if proc.poll() is None:
                proc.kill()
            rc = _proc.reap(proc)
        if r == 0:
            assert rc == 0 and {"rewrite", "renamed", "done"} <= marks.keys(), (rc, marks)
            timing = {"total": marks["done"] - marks["start"], "rewrite": marks["renamed"] - marks["rewrite"]}
        else:
            assert rc in (0, -signal.SIGKILL), rc
        raw = _proc.read_log(root)
        recs = _proc.parse_records(raw)  # every line whole, in either outcome
        outcomes[_purge_outcome(raw, recs, old_raw, old_recs, ids)] += 1
        with handoff.open_store(root, create=False) as store:
            meta = store.latest()["meta"]
            assert (meta["last_seq"], meta["events_total"], meta["position"]) == (
                recs[-1]["seq"], len(recs), len(raw))
            assert store.doctor().to_dict()["ok"] is True
            _assert_latest_is_rebuild(store)
        old_raw, old_recs = raw, recs
    print(f"purge kills: {PURGE_ROUNDS}, outcomes {outcomes}, timing {timing}")
    assert outcomes["old"] >= 1 and outcomes["new"] >= 2, "the kills missed the purge"
    with handoff.open_store(root, create=False) as store:
        event = store.append("note", _note("after the purges"))
        assert event.seq == old_recs[-1]["seq"] + 1
        assert store.get(event.id).seq == event.seq
        assert store.doctor().to_dict()["ok"] is True


# -- the real CLI ---------------------------------------------------------------------


def _cli() -> list[str]:
    """The installed `handoff` entry point of this interpreter, else the module's main()."""
    exe = Path(sys.executable).parent / "handoff"
    if exe.exists():
        return [str(exe)]
    return [sys.executable, "-c", "import sys; from handoff.cli import main; sys.exit(main())"]


@pytest.mark.skipif(
    not (_proc.REPO_DIR / "handoff" / "cli.py").exists(), reason="handoff/cli.py does not exist yet"
)
def test_sigkill_cli_note_loop(tmp_path: Path) -> None:
    """`handoff note` in a shell loop, the whole process group SIGKILLed mid-loop; then
    `doctor --fix --json` exits 0, `doctor --json` reports ok, and no acknowledged note is lost."""
    import shlex

    rnd = random.Random(7)
    root = tmp_path / "store"
    cli = " ".join(shlex.quote(part) for part in _cli())
    acks = tmp_path / "acks"
    env = _proc.child_env()
    for r in range(3):
        script = (
            f"i=0; while :; do {cli} --store {shlex.quote(str(root))} note \"cli note {r}.$i\" "
            f">/dev/null && echo \"cli note {r}.$i\" >> {shlex.quote(str(acks))}; i=$((i+1)); done"
        )
        with open(tmp_path / f"stderr{r}", "wb") as err_file:
            shell = subprocess.Popen(["bash", "-c", script], env=env, start_new_session=True,
                                     stdout=subprocess.DEVNULL, stderr=err_file)
        try:
            deadline = time.monotonic() + 30
            while not acks.exists() and time.monotonic() < deadline and shell.poll() is None:
                time.sleep(0.02)
            time.sleep(rnd.uniform(0.2, 1.0))
        finally:
            os.killpg(shell.pid, signal.SIGKILL)  # the shell and the handoff it is running
            shell.wait(10)
        err = (tmp_path / f"stderr{r}").read_text(errors="replace")
        assert acks.exists(), f"the CLI never acknowledged a note: {err[-2000:]}"

        acked = [line.decode().strip() for line in _proc.split_log(acks.read_bytes())[0]]
        with handoff.open_store(root, create=False) as store:
            texts = {e.data["text"] for e in store.events()}
        missing = [t for t in acked if t and t not in texts]
        assert not missing, f"acknowledged CLI notes are lost: {missing[:5]}"

        fixed = subprocess.run([*_cli(), "--store", str(root), "doctor", "--fix", "--json"],
                               env=env, capture_output=True, timeout=60)
        assert fixed.returncode == 0, fixed.stderr.decode(errors="replace")
        json.loads(fixed.stdout)
        check = subprocess.run([*_cli(), "--store", str(root), "doctor", "--json"],
                               env=env, capture_output=True, timeout=60)
        assert check.returncode == 0, check.stderr.decode(errors="replace")
        assert json.loads(check.stdout)["ok"] is True
