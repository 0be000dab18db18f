"""Reads that cost what they return give the same answers as a full scan.

`Store.events` with a limit, in reverse or with a since, `handoff log --limit/--kind/
--since` and `handoff show` read only the end of the log (or search for their start);
these tests compare them with a full forward read over generated logs, on every backend,
with unreadable units and a torn tail planted near the end. A second group proves the
start of the log is not read at all: damage planted there after the fact is never met.
"""

from __future__ import annotations

import json
import os
import random
import sqlite3
from pathlib import Path
from typing import Any

import orjson
import pytest

from handoff import state as st
from handoff.backends.base import Item, StoredEvent
from handoff.store import Store
from tests.conftest import CliRunner

KIND_DATA: list[tuple[str, dict[str, Any]]] = [
    ("note", {"text": "the lock change is in", "next_actions": ["run the bench"]}),
    ("validation", {"command": "pytest -q", "exit_code": 0, "summary": "12 passed"}),
    ("validation", {"command": "ruff check .", "exit_code": 1}),
    ("pointer", {"repo": "acme/handoff", "branch": "reads"}),
    ("config", {"key": "store.durability", "value": "always"}),
    ("runtime", {"component": "dev-server", "status": "up"}),
]
BAD_UNITS = [b"{not json}", b"", b"[1, 2]", b'{"tracking": 3}', b'{"v":1,"seq":"x"}']


def _plant(store: Store, seq: int, raw: bytes) -> None:
    """Make the unit for event `seq` unreadable bytes (SQLite, PostgreSQL: its row's body) or, on
    JSONL, add an unreadable line after everything written so far."""
    if store.backend.name == "sqlite":
        with sqlite3.connect(store.backend.location) as db:
            db.execute("UPDATE events SET body = ? WHERE seq = ?", (raw, seq))
        db.close()
    elif store.backend.name == "postgres":
        with store.backend._op("planting a damaged row") as conn:  # type: ignore[attr-defined]
            conn.execute("UPDATE events SET body = %s WHERE seq = %s", (raw, seq))
    else:
        with open(store.backend.location, "ab") as f:
            f.write(raw + b"\n")


def generate(store: Store, seed: int, *, torn: bool) -> None:
    """A log of 40-90 events in batches of random kinds, with unreadable units anywhere
    and always some among the last few, and (JSONL) a torn tail if `torn`."""
    rng = random.Random(seed)
    total = rng.randint(40, 90)
    written = 0
    damaged: set[int] = set()
    while written < total:
        batch = [KIND_DATA[rng.randrange(len(KIND_DATA))] for _ in range(rng.randint(1, 6))]
        store.append_many(batch)
        written += len(batch)
        if rng.random() < 0.25 or written >= total - 8:
            seq = written - rng.randrange(len(batch))
            if seq not in damaged and rng.random() < 0.6:
                damaged.add(seq)
                _plant(store, seq, rng.choice(BAD_UNITS))
    if torn and store.backend.name == "jsonl":
        with open(store.backend.location, "ab") as f:
            f.write(b'{"v":1,"id":"0190')


def full_scan(store: Store) -> tuple[list[dict[str, Any]], list[Item]]:
    """Every event (as its record) and every unreadable unit, by a forward read from 0."""
    items = list(store.backend.read(0))
    return [i.record for i in items if i.record is not None], [
        i for i in items if i.record is None and not i.quiet]


def expected(records: list[dict[str, Any]], *, kind: str | None, since_seq: int | None,
             since_ts: str | None, limit: int | None, reverse: bool) -> list[dict[str, Any]]:
    out = [r for r in records if (kind is None or r["kind"] == kind)
           and (since_seq is None or r["seq"] > since_seq) and (since_ts is None or r["ts"] > since_ts)]
    if limit is not None:
        out = out[-limit:] if limit else []
    return out[::-1] if reverse else out


@pytest.mark.parametrize("seed", range(6))
def test_events_equal_a_full_scan(store: Store, seed: int) -> None:
    generate(store, seed, torn=seed % 2 == 0)
    records, bad = full_scan(store)
    starts = {i.record["id"]: i.start for i in store.backend.read(0) if i.record is not None}
    assert bad, "the generated log must hold unreadable units"
    rng = random.Random(seed)
    seqs = [r["seq"] for r in records]
    times = sorted({r["ts"] for r in records})
    cases = [(kind, since_seq, since_ts, limit, reverse)
             for kind in (None, "validation", "runtime", "purge")  # purge: a kind never written
             for since_seq, since_ts in ((None, None), (rng.choice(seqs), None), (seqs[-3], None),
                                         (0, None), (None, rng.choice(times)), (None, times[-1]),
                                         (None, "2000-01-01T00:00:00.000000Z"))
             for limit in (None, 1, 3, 20, 10_000)
             for reverse in (False, True)]
    for kind, since_seq, since_ts, limit, reverse in cases:
        label = (kind, since_seq, since_ts, limit, reverse)
        got = [e.to_record() for e in store.events(kind, since_seq, since_ts=since_ts, limit=limit,
                                                   reverse=reverse)]
        assert got == expected(records, kind=kind, since_seq=since_seq, since_ts=since_ts,
                               limit=limit, reverse=reverse), label
        # Unreadable units: only ones a full scan reports, in log order, and every one
        # after the oldest event returned; all of them when the whole log was asked for.
        skipped = store.last_read.skipped
        everything = [(i.start, i.end) for i in bad]
        assert skipped == sorted(skipped) and set(skipped) <= set(everything), label
        if got:
            oldest = min(starts[r["id"]] for r in got)
            assert {u for u in everything if u[0] > oldest} <= set(skipped), label
        if since_seq is None and since_ts is None and limit is None:
            assert skipped == everything, label


@pytest.mark.parametrize("seed", range(3))
def test_log_limit_kind_and_since_equal_a_full_log(store: Store, store_dir: Path, cli: CliRunner,
                                                    seed: int) -> None:
    """`handoff log` with --limit, --kind and --since prints exactly the matching tail of
    the full `handoff log`, and warns about unreadable lines in the part it read."""
    generate(store, seed, torn=True)
    records, bad = full_scan(store)
    full = cli("log", "--json")
    assert full.returncode == 0, full.stderr
    every = [json.loads(line) for line in full.stdout.splitlines()]
    assert every == records
    assert "skipped" in full.stderr
    for args, want in [
        (["--limit", "5"], records[-5:]),
        (["--limit", "3", "--kind", "validation"], [r for r in records if r["kind"] == "validation"][-3:]),
        (["--since", str(records[-4]["seq"])], records[-3:]),
        (["--since", records[-2]["ts"]], [r for r in records if r["ts"] > records[-2]["ts"]]),
        (["--since", "1h", "--limit", "2", "--kind", "note"],
         [r for r in records if r["kind"] == "note"][-2:]),
    ]:
        got = cli("log", "--json", *args)
        assert got.returncode == 0, got.stderr
        assert [json.loads(line) for line in got.stdout.splitlines()] == want, args
    # The text form is the same tail of the full text form.
    assert cli("log", "--limit", "4").stdout.splitlines() == cli("log").stdout.splitlines()[-4:]
    # An unreadable unit after the oldest event printed is reported.
    last_bad = bad[-1].start
    after = sum(1 for i in store.backend.read(0) if i.record is not None and i.start > last_bad)
    warned = cli("log", "--limit", str(after + 1))
    assert "skipped" in warned.stderr and "unreadable" in warned.stderr


def test_show_equals_a_full_fold(store: Store, cli: CliRunner) -> None:
    """`show` and `latest` catch latest.json up from its position over events and
    unreadable units it has not folded yet, near the end, and give the state a fold of
    the whole log gives."""
    store.append_many([KIND_DATA[i % len(KIND_DATA)] for i in range(50)])
    # Events written past latest.json (as a writer killed before its publish leaves them),
    # with damage among them.
    for seq in range(51, 58):
        kind, data = KIND_DATA[seq % len(KIND_DATA)]
        event = StoredEvent.from_record({"v": 1, "id": f"01900000-0000-7000-8000-{seq:012d}", "seq": seq,
                                         "ts": "2099-01-01T00:00:00.000000Z", "kind": kind, "scope": {},
                                         "data": data})
        store.backend.append([event], store.backend.end()[1])
        if seq in (53, 56):
            _plant(store, seq, b"{damage}")
    shown = cli("show", "--json")
    assert shown.returncode == 0, shown.stderr
    folded = st.empty_state()
    st.fold_stream(folded, store.backend.read(0))
    assert folded["meta"]["skipped_lines"] == 2 and folded["meta"]["last_seq"] == 57
    assert json.loads(shown.stdout)["state"] == orjson.loads(st.render(folded))
    assert json.loads(cli("latest").stdout) == orjson.loads(st.render(folded))


# -- the start of the log is never read -------------------------------------------------


def _damage_the_first_event(store: Store) -> None:
    """Overwrite the first event's bytes in place (same length): a reader that meets it
    reports an unreadable unit; one that reads only the end never notices."""
    if store.backend.name in ("sqlite", "postgres"):
        _plant(store, 1, b"{damage}")
        return
    path = Path(store.backend.location)
    raw = path.read_bytes()
    first = raw.index(b"\n")
    path.write_bytes(b"x" * first + raw[first:])


def test_log_limit_and_since_do_not_read_the_start(store: Store, cli: CliRunner) -> None:
    store.append_many([KIND_DATA[i % len(KIND_DATA)] for i in range(3000)])
    records, _ = full_scan(store)
    _damage_the_first_event(store)
    assert "skipped 1 unreadable" in cli("log").stderr  # a full read meets the damage
    for args, want in [(["--limit", "3"], records[-3:]),
                       (["--limit", "2", "--kind", "validation"],
                        [r for r in records if r["kind"] == "validation"][-2:]),
                       (["--since", "2990"], records[-10:]),
                       (["--limit", "5", "--kind", "purge"], [])]:  # latest.json counts none
        got = cli("log", "--json", *args)
        assert got.returncode == 0 and got.stderr == "", (args, got.stderr)
        assert [json.loads(line) for line in got.stdout.splitlines()] == want, args
    assert [e.seq for e in store.events(limit=2, reverse=True)] == [3000, 2999]
    assert store.last_read.skipped == []


def test_show_brief_and_latest_do_not_read_the_start(store: Store, cli: CliRunner) -> None:
    store.append_many([KIND_DATA[i % len(KIND_DATA)] for i in range(3000)])
    before = cli("show", "--json").stdout
    _damage_the_first_event(store)
    store.append("note", {"text": "one more"})  # so show and latest catch up from a position
    after = json.loads(cli("show", "--json").stdout)["state"]
    assert after["meta"]["skipped_lines"] == json.loads(before)["state"]["meta"]["skipped_lines"]
    assert after["meta"]["last_seq"] == 3001
    latest = cli("latest")
    brief = cli("brief")
    assert latest.returncode == 0 and brief.returncode == 0, latest.stderr + brief.stderr
    assert json.loads(latest.stdout)["meta"]["skipped_lines"] == 0
    assert "one more" in brief.stdout


def test_a_kind_read_trusts_latest_json_only_up_to_its_position(store: Store, store_dir: Path) -> None:
    """latest.json's per-kind count ends a read back early; events after its position
    (written since, by a writer that did not publish) are still found."""
    store.append_many([("validation", {"command": f"pytest -k a{i}", "exit_code": 0}) for i in range(3)])
    store.append_many([KIND_DATA[i % len(KIND_DATA)] for i in range(40)])
    stale = (store_dir / "latest.json").read_bytes()
    store.append_many([("validation", {"command": f"pytest -k b{i}", "exit_code": 1}) for i in range(2)])
    store.append_many([("note", {"text": "after"})])
    tmp = store_dir / "latest.json.restore"
    tmp.write_bytes(stale)
    tmp.chmod(0o600)
    os.replace(tmp, store_dir / "latest.json")
    records, _ = full_scan(store)
    for limit in (1, 2, 3, 5, 100):
        got = [e.to_record() for e in store.events("validation", limit=limit)]
        assert got == expected(records, kind="validation", since_seq=None, since_ts=None,
                               limit=limit, reverse=False), limit
