"""Promotion between backends, the way back, export, and the JSONL tail merge.

Promotion is where comparable tools lose data, so each promise has a test against real
files and a real SQLite database: exactly once (also when killed with SIGKILL and rerun),
verified before the switch, source-preserving (bytes and directory listing), a divergent
duplicate id fails closed, a tail appended to events.jsonl later is merged by id, and a
round trip JSONL -> SQLite -> JSONL reproduces the log byte for byte.
"""

from __future__ import annotations

import contextlib
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import orjson
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import handoff
from handoff.backends import make_backend
from handoff.promote import PromoteReport, PromotionError, copy_events, promote

from .conftest import CliRunner
from .strategies import any_item

LOG = "events.jsonl"


def _fill(root: Path, n: int, *, purge_one: bool = False) -> list[str]:
    with handoff.open_store(root, durability="never") as store:
        events = store.append_many([("note", {"text": f"note {i}", "next_actions": [f"do {i}"]})
                                    for i in range(n)])
        store.append("action_done", {"action": f"{events[-1].seq}.1"})
        store.append("config", {"key": "python", "value": "3.11"})
        if purge_one:
            store.purge([events[1].id], reason="test")
        return [e.id for e in store.events()]


def _listing(root: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(root.iterdir()) if p.is_file()}


def _ids(store: handoff.Store) -> list[str]:
    return [e.id for e in store.events()]


def test_promote_moves_every_event_and_switches(tmp_path: Path) -> None:
    root = tmp_path / "store"
    ids = _fill(root, 50, purge_one=True)
    log_before = (root / LOG).read_bytes()
    latest_before = json.loads((root / "latest.json").read_bytes())
    with handoff.open_store(root) as store:
        report = store.promote("sqlite")
        assert report.switched and report.events == len(ids) and report.copied == len(ids)
        assert store.backend.name == "sqlite"
        assert _ids(store) == ids
        after = store.latest()
    assert json.loads((root / "store.json").read_bytes())["backend"] == "sqlite"
    # the same state, except where it points into the backend's own numbering
    latest_before["meta"]["position"] = after["meta"]["position"]
    assert after == latest_before
    assert (root / LOG).read_bytes() == log_before, "promotion modified its source"
    with handoff.open_store(root, create=False) as store:
        assert store.backend.name == "sqlite" and _ids(store) == ids
        assert store.append("note", {"text": "after"}).seq == store.latest()["meta"]["last_seq"]
        assert store.doctor().ok


def test_promote_leaves_the_source_bytes_and_adds_only_the_database(tmp_path: Path) -> None:
    root = tmp_path / "store"
    _fill(root, 5)
    before = _listing(root)
    with handoff.open_store(root) as store:
        store.promote("sqlite")
    after = _listing(root)
    derived = ("latest.json", ".latest.json.spare", "store.json")  # the spare: latest.json's last version
    assert {k: v for k, v in after.items() if k in before and k not in derived} == \
        {k: v for k, v in before.items() if k not in derived}
    assert set(after) - set(before) <= {"events.sqlite3", "events.sqlite3-wal", "events.sqlite3-shm"}


def test_a_second_promote_is_a_no_op(tmp_path: Path) -> None:
    root = tmp_path / "store"
    ids = _fill(root, 5)
    with handoff.open_store(root) as store:
        store.promote("sqlite")
        again = store.promote("sqlite")
        assert not again.switched and again.copied == 0 and _ids(store) == ids


def test_a_divergent_duplicate_id_fails_closed(tmp_path: Path) -> None:
    root = tmp_path / "store"
    ids = _fill(root, 5)
    # A target database that already holds the first event's id with other content.
    with handoff.open_store(root) as store:
        from handoff.backends import make_backend
        from handoff.backends.base import StoredEvent

        target = make_backend("sqlite", store.dir, "always")
        target.create()
        first = next(store.backend.read(0)).record
        assert first is not None
        forged = StoredEvent.from_record({**first, "data": {"text": "something else"}})
        with target.lock(5):
            target.append([forged], 0)
        target.close()
        log_before = (root / LOG).read_bytes()
        with pytest.raises(PromotionError):
            store.promote("sqlite")
        assert store.backend.name == "jsonl" and _ids(store) == ids
    assert json.loads((root / "store.json").read_bytes())["backend"] == "jsonl"
    assert (root / LOG).read_bytes() == log_before


def test_promote_refuses_a_log_with_unreadable_lines(tmp_path: Path) -> None:
    root = tmp_path / "store"
    _fill(root, 3)
    with open(root / LOG, "ab") as f:
        f.write(b"not json\n")
    with handoff.open_store(root) as store, pytest.raises(PromotionError):
        store.promote("sqlite")
    assert json.loads((root / "store.json").read_bytes())["backend"] == "jsonl"


def test_promote_refuses_a_line_that_is_json_but_not_an_event(tmp_path: Path) -> None:
    """The copy does not trust the log's lines because the store once wrote them: a line
    that parses but is not an envelope this version reads (here a note whose text is a
    number) stops the promotion as an unreadable line does."""
    root = tmp_path / "store"
    _fill(root, 3)
    last = orjson.loads((root / LOG).read_bytes().splitlines()[-1])
    bad = dict(last, id="01a30000-0000-7000-8000-00000000bad0", seq=last["seq"] + 1, kind="note",
               data={"text": 42})
    with open(root / LOG, "ab") as f:
        f.write(orjson.dumps(bad) + b"\n")
    with handoff.open_store(root) as store, pytest.raises(PromotionError, match="unreadable"):
        store.promote("sqlite")
    assert json.loads((root / "store.json").read_bytes())["backend"] == "jsonl"


def _tamper_once(root: Path, sql: str) -> Any:
    """A progress callback that, after the first committed batch, changes the target behind
    the copy's back (what a bad disk or a bug in the copy would do)."""
    done: list[bool] = []

    def tamper(position: int, end: int) -> None:
        if done:
            return
        with contextlib.closing(sqlite3.connect(root / "events.sqlite3", isolation_level=None)) as db:
            assert db.execute(sql).rowcount == 1
        done.append(True)

    return tamper


@pytest.mark.parametrize("sql", [
    "UPDATE events SET body = CAST(replace(CAST(body AS TEXT), 'note 1', 'note X') AS BLOB) WHERE seq = 2",
    "DELETE FROM events WHERE seq = 2",
], ids=["corrupted-row", "missing-row"])
def test_verification_refuses_a_target_that_lost_or_changed_a_row(tmp_path: Path, sql: str) -> None:
    root = tmp_path / "store"
    ids = _fill(root, 30)
    log_before = (root / LOG).read_bytes()
    with handoff.open_store(root) as store:
        with pytest.raises(PromotionError, match="verification failed"):
            promote(store, "sqlite", batch=10, progress=_tamper_once(root, sql))
        assert store.backend.name == "jsonl" and _ids(store) == ids
    assert json.loads((root / "store.json").read_bytes())["backend"] == "jsonl"
    assert (root / LOG).read_bytes() == log_before


def test_the_bulk_copy_ends_checkpointed_into_the_database_file(tmp_path: Path) -> None:
    """`bulk_load` commits without syncing and without checkpoints; on the way out all of
    it must be in the database file itself (then synced), not left in the WAL: read with
    `immutable=1`, which ignores the WAL, the file holds every row."""
    root = tmp_path / "store"
    ids = _fill(root, 25)
    with handoff.open_store(root) as store:
        source = store.backend
        target = make_backend("sqlite", store.dir, "never")
        target.create()
        wal = root / "events.sqlite3-wal"
        try:
            with target.bulk_load():  # type: ignore[attr-defined]
                copy_events(source, target, batch=10, report=PromoteReport("jsonl", "sqlite"))
                assert wal.stat().st_size > 0  # the copy went to the WAL, not yet to the file
            # Still open (so closing cannot have checkpointed it): the WAL is empty, the file full.
            assert wal.stat().st_size == 0
            uri = f"file:{root / 'events.sqlite3'}?mode=ro&immutable=1"
            with contextlib.closing(sqlite3.connect(uri, uri=True)) as db:
                assert [r[0] for r in db.execute("SELECT id FROM events ORDER BY seq")] == ids
                assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        finally:
            target.close()


def _promote_in_child(root: Path, batch: int) -> subprocess.Popen[bytes]:
    code = ("import sys, handoff; from handoff.promote import promote; "
            "s = handoff.open_store(sys.argv[1]); promote(s, 'sqlite', batch=int(sys.argv[2]), "
            "progress=lambda p, e: (sys.stdout.write('batch\\n'), sys.stdout.flush()))")
    return subprocess.Popen([sys.executable, "-c", code, str(root), str(batch)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


@pytest.mark.slow
def test_a_promotion_killed_at_random_points_resumes_exactly_once(tmp_path: Path) -> None:
    """SIGKILL after a random number of committed batches, several times, then a clean
    run: every event exactly once, verified, the source byte-identical."""
    root = tmp_path / "store"
    ids = _fill(root, 3000)
    log_before = (root / LOG).read_bytes()
    rng = random.Random(7)
    for _ in range(6):
        child = _promote_in_child(root, batch=200)
        assert child.stdout is not None
        for _ in range(rng.randint(0, 6)):  # wait for that many batch commits: an event, not a time
            if not child.stdout.readline():
                break
        child.send_signal(signal.SIGKILL)
        child.wait()
        assert (root / LOG).read_bytes() == log_before
    with handoff.open_store(root) as store:
        report = store.promote("sqlite")
        assert report.switched
        assert _ids(store) == ids
        seqs = [e.seq for e in store.events()]
        assert seqs == sorted(set(seqs))
    assert (root / LOG).read_bytes() == log_before


def test_a_tail_appended_to_the_jsonl_after_promotion_is_merged_by_id(tmp_path: Path, cli: CliRunner,
                                                                      store_dir: Path) -> None:
    ids = _fill(store_dir, 4)
    log_before = (store_dir / LOG).read_bytes()
    assert cli("promote", "--to", "sqlite").returncode == 0
    assert cli("note", "written on sqlite").returncode == 0
    # An older handoff, unaware of the promotion, appends to events.jsonl.
    last = orjson.loads(log_before.splitlines()[-1])
    old_line = dict(last, id="01a30000-0000-7000-8000-00000000beef", seq=last["seq"] + 1,
                    kind="note", data={"text": "from the old version"})
    with open(store_dir / LOG, "ab") as f:
        f.write(orjson.dumps(old_line) + b"\n")
    doctor = cli("doctor", "--json")
    assert doctor.returncode == 5 and "events.jsonl" in " ".join(json.loads(doctor.stdout)["problems"])
    merged = cli("promote", "--to", "sqlite", "--json")
    assert merged.returncode == 0, merged.stderr
    assert json.loads(merged.stdout)["copied"] == 1
    with handoff.open_store(store_dir, create=False) as store:
        events = list(store.events())
    assert [e.id for e in events][: len(ids)] == ids
    assert events[-1].id == old_line["id"] and events[-1].data == {"text": "from the old version"}
    assert events[-2].data["text"] == "written on sqlite"  # newer rows untouched
    assert [e.seq for e in events] == sorted({e.seq for e in events})
    assert cli("promote", "--to", "sqlite", "--json").returncode == 0  # idempotent
    with handoff.open_store(store_dir, create=False) as store:
        assert len(list(store.events())) == len(events)
    assert cli("doctor").returncode == 0


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(items=st.lists(any_item, min_size=0, max_size=25), purge=st.booleans())
def test_round_trip_jsonl_sqlite_jsonl_is_byte_identical(tmp_path_factory: Any, items: list[Any],
                                                        purge: bool) -> None:
    root = tmp_path_factory.mktemp("rt") / "store"
    with handoff.open_store(root, durability="never") as store:
        events = store.append_many(items) if items else []
        if purge and events:
            store.purge([events[0].id])
        original = (root / LOG).read_bytes()
        exported = root.parent / "export.jsonl"
        assert store.export(exported) == len(list(store.events()))
        assert exported.read_bytes() == original
        store.promote("sqlite")
        store.export(exported, overwrite=True)
        assert exported.read_bytes() == original
        store.promote("jsonl")
        assert store.backend.name == "jsonl"
        assert (root / LOG).read_bytes() == original


def test_the_way_back_refuses_to_drop_a_jsonl_tail(tmp_path: Path) -> None:
    root = tmp_path / "store"
    _fill(root, 3)
    with handoff.open_store(root) as store:
        store.promote("sqlite")
    with open(root / LOG, "ab") as f:  # an older handoff wrote here after the promotion
        rec = {"v": 1, "id": "01a30000-0000-7000-8000-00000000cafe", "seq": 99,
               "ts": "2030-01-01T00:00:00.000000Z", "kind": "note", "scope": {}, "data": {"text": "late"}}
        f.write(orjson.dumps(rec) + b"\n")
    tail = (root / LOG).read_bytes()
    with handoff.open_store(root) as store, pytest.raises(PromotionError):
        store.promote("jsonl")
    assert (root / LOG).read_bytes() == tail


def test_export_refuses_to_overwrite_and_cli_reports(cli: CliRunner, store_dir: Path, tmp_path: Path) -> None:
    _fill(store_dir, 2)
    target = tmp_path / "out.jsonl"
    first = cli("export", str(target), "--json")
    assert first.returncode == 0 and json.loads(first.stdout)["events"] == 4
    assert target.read_bytes() == (store_dir / LOG).read_bytes()
    again = cli("export", str(target))
    assert again.returncode == 2 and "Traceback" not in again.stderr
    assert cli("export", str(target), "--force").returncode == 0


def test_init_with_a_backend_and_a_mismatch(cli: CliRunner, store_dir: Path) -> None:
    out = cli("init", "--backend", "sqlite", "--json")
    assert out.returncode == 0 and json.loads(out.stdout)["backend"] == "sqlite"
    assert (store_dir / "events.sqlite3").is_file() and not (store_dir / LOG).exists()
    clash = cli("init", "--backend", "jsonl")
    assert clash.returncode == 2 and "promote" in clash.stderr
    assert os.listdir(store_dir)
