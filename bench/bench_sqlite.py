"""SQLite backend benchmarks: single durable append, latest-state read, bulk append.

    PYTHONPATH=. python bench/bench_sqlite.py [--quick]

Backend-level figures (`handoff.backends.sqlite.SqliteBackend`), each a ratio against a
baseline measured in the same run (interleaved rounds, medians; see bench/README.md):

- 2a. a durable single `append` of one event (WAL, synchronous=FULL) vs a raw single-row
  INSERT + COMMIT of the same row into an equivalent bare table (same columns, primary
  key and UNIQUE id, no other index) in WAL with synchronous=FULL. Target for the full
  Store append later: <= 1.5x; this is the backend's share of it.
- 2b. reading the latest state (the `latest_state` projection, plus `end()` to know it
  is current) with 1,000,000 events vs 1,000 events. Target <= 1.2x.
- 2c. appending 1,000,000 events in batches of 10,000 (one transaction each, with a
  tracking record) vs a raw `executemany` of the same rows into the bare table in one
  transaction. Target: at least 40 % of the raw rate.

The events are the benchmark mix of `_workload.write_log` (exact Store envelopes). Only
the calls named are timed: building StoredEvents and rows from the log is not.
`--quick` uses 20,000 events instead of 1,000,000.
"""

from __future__ import annotations

import contextlib
import hashlib
import sqlite3
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import orjson

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import Table, env_line, fmt_time, interleave, med, parse_args, progress, scratch_dir
from _workload import write_log

from handoff import state as st
from handoff.backends.base import StoredEvent, Tracking
from handoff.backends.sqlite import SqliteBackend
from handoff.files import StoreDir

BARE = """CREATE TABLE events (
    seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, v INTEGER NOT NULL, ts TEXT NOT NULL,
    kind TEXT NOT NULL, project TEXT, agent TEXT, session TEXT, body BLOB NOT NULL,
    digest TEXT NOT NULL) STRICT"""
INDEXES = ["CREATE INDEX events_kind_seq ON events (kind, seq)", "CREATE INDEX events_ts ON events (ts)"]
INSERT = "INSERT INTO events VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
BATCH = 10_000


def log_events(path: Path) -> Iterator[StoredEvent]:
    """The events of a generated JSONL log, as the promotion will hand them over."""
    with open(path, "rb") as f:
        for line in f:
            body = line[:-1]
            yield StoredEvent.from_body(body, orjson.loads(body))


def row(ev: StoredEvent) -> tuple[object, ...]:
    s = ev.scope
    return (ev.seq, ev.id, ev.v, ev.ts, ev.kind, s.get("project"), s.get("agent"), s.get("session"),
            ev.body, hashlib.sha256(ev.body).hexdigest())


def bare_db(path: Path, *, indexes: bool = False) -> sqlite3.Connection:
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("PRAGMA journal_mode = WAL")
    db.execute("PRAGMA synchronous = FULL")
    db.execute(BARE)
    for sql in INDEXES if indexes else []:
        db.execute(sql)
    return db


def backend(path: Path, durability: str = "always") -> SqliteBackend:
    path.mkdir(parents=True, exist_ok=True)
    b = SqliteBackend(StoreDir.open(path), durability=durability)  # type: ignore[arg-type]
    b.create()
    return b


def batches(events: Iterator[StoredEvent], size: int) -> Iterator[list[StoredEvent]]:
    batch: list[StoredEvent] = []
    for ev in events:
        batch.append(ev)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def render_state(b: SqliteBackend) -> bytes:
    """latest.json for everything in `b`, folded from the backend's own read()."""
    state = st.empty_state()
    st.fold_stream(state, b.read(0))
    return st.render(state)


# -- 2a. durable single append ------------------------------------------------------------


def bench_single(work: Path, log: Path, quick: bool) -> Table:
    t = Table("2a. durable single append, backend only (WAL, synchronous=FULL)")
    rounds, ops = (5, 20) if quick else (21, 200)
    total = rounds * ops + 10
    events = list(log_events(log))[: 1000 + 2 * total]
    ours = backend(work / "a-ours")
    ours.append(events[:1000], 0)
    state = render_state(ours)
    lazy = backend(work / "a-state")
    lazy.append(events[:1000], 0)
    raw = bare_db(work / "a-raw.sqlite3")
    raw.execute("BEGIN")
    raw.executemany(INSERT, [row(e) for e in events[:1000]])
    raw.execute("COMMIT")
    queue = iter(events[1000:1000 + total])
    queue_state = iter(events[1000:1000 + total])
    raw_rows = iter([row(e) for e in events[1000:1000 + total]])
    end = {"ours": 1000, "state": 1000}

    def append_ours() -> None:
        ev = next(queue)
        end["ours"] = ours.append([ev], end["ours"]).position

    def append_with_state() -> None:
        ev = next(queue_state)
        end["state"] = lazy.append([ev], end["state"], state=state).position

    def raw_insert() -> None:
        raw.execute("BEGIN")
        raw.execute(INSERT, next(raw_rows))
        raw.execute("COMMIT")

    samples = interleave({"ours": append_ours, "raw": raw_insert, "state": append_with_state},
                         rounds=rounds, ops=ops)
    base = med(samples["raw"])
    t.ratio("`SqliteBackend.append` of one event", med(samples["ours"]), "raw INSERT + COMMIT", base, 1.5)
    t.ratio(f"the same with the latest state ({len(state):,} bytes) in the transaction",
            med(samples["state"]), "raw INSERT + COMMIT", base, None)
    t.note(f"{rounds} rounds x {ops} appends per side, interleaved, medians; 1,000 events stored "
           "before the first round. The 1.5x target is for the full Store append (validation, "
           "privacy filter and the latest.json file included), measured once the Store runs on SQLite.")
    for b in (ours, lazy):
        b.close()
    raw.close()
    return t


# -- 2c. bulk append (run before 2b: it builds the big database) --------------------------


def bulk_ours(path: Path, log: Path) -> float:
    b = backend(path)
    spent = 0.0
    end = 0
    count = 0
    for batch in batches(log_events(log), BATCH):
        count += len(batch)
        track = Tracking("promote:bench", batch[-1].seq, f"{count:064x}", count=count, detail="events.jsonl")
        began = time.perf_counter()
        end = b.append(batch, end, tracking=track).position
        spent += time.perf_counter() - began
    b.close()
    return spent


def bulk_raw(path: Path, log: Path, *, indexes: bool = False) -> float:
    db = bare_db(path, indexes=indexes)
    spent = 0.0
    began = time.perf_counter()
    db.execute("BEGIN")
    spent += time.perf_counter() - began
    for batch in batches(log_events(log), BATCH):
        rows = [row(e) for e in batch]
        began = time.perf_counter()
        db.executemany(INSERT, rows)
        spent += time.perf_counter() - began
    began = time.perf_counter()
    db.execute("COMMIT")
    spent += time.perf_counter() - began
    db.close()
    return spent


def bench_bulk(work: Path, log: Path, n: int, quick: bool) -> Table:
    t = Table(f"2c. bulk append of {n:,} events, batches of {BATCH:,} with a tracking record each")
    rounds = 3 if quick else 2
    ours: list[float] = []
    raw: list[float] = []
    raw_idx: list[float] = []
    for r in range(rounds):
        for name in (["raw", "ours", "idx"] if r % 2 == 0 else ["idx", "ours", "raw"]):
            target = work / f"c-{name}-{r}"
            progress(f"2c round {r + 1}/{rounds}: {name}")
            if name == "ours":
                ours.append(bulk_ours(target, log))
            else:
                target.mkdir()
                (raw if name == "raw" else raw_idx).append(
                    bulk_raw(target / "raw.sqlite3", log, indexes=name == "idx"))
            if r < rounds - 1 or name != "ours":
                with contextlib.suppress(OSError):
                    for p in target.iterdir():
                        p.unlink()
                    target.rmdir()
    rate = n / med(ours)
    raw_rate = n / med(raw)
    share = rate / raw_rate
    t.rows.append(("`SqliteBackend.append` in batches", f"{rate:,.0f} events/s ({fmt_time(med(ours))})",
                   f"raw executemany, one transaction: {raw_rate:,.0f} events/s ({fmt_time(med(raw))})",
                   f"{share:.0%} of raw", "≥ 40 %", "yes" if share >= 0.4 else "NO"))
    idx_rate = n / med(raw_idx)
    t.rows.append(("(context) raw executemany into a table with our two extra indexes",
                   f"{idx_rate:,.0f} events/s ({fmt_time(med(raw_idx))})",
                   f"raw, bare table: {raw_rate:,.0f} events/s", f"{idx_rate / raw_rate:.0%} of raw",
                   "context", "—"))
    t.note(f"{rounds} runs per side, alternating order, medians. Timed: the append calls (ours: "
           "row building, sha256 of every body, inserts, tracking upsert, a durable commit per "
           "batch) and the executemany calls plus the one commit (raw, rows prebuilt with their "
           "digests). Not timed: reading the JSONL log and building StoredEvents.")
    return t


# -- 2b. latest-state read at two log sizes -------------------------------------------------


def bench_state(work: Path, log: Path, big_path: Path, n: int, quick: bool) -> Table:
    t = Table(f"2b. latest-state read with {n:,} events vs 1,000 events")
    rounds, ops = (5, 200) if quick else (21, 2000)
    small = backend(work / "b-small")
    small.append(list(log_events(log))[:1000] if quick else _first(log, 1000), 0)
    small.save_state(1000, render_state(small))
    big = SqliteBackend(StoreDir.open(big_path))
    progress(f"2b: folding the {n:,}-event database for its latest state")
    began = time.perf_counter()
    big_state = render_state(big)
    fold = time.perf_counter() - began
    big.save_state(big.end()[1], big_state)

    def current(b: SqliteBackend) -> bytes:
        saved = b.saved_state()
        assert saved is not None and saved[0] == b.end()[1]
        return saved[1]

    def fresh(path: Path) -> None:
        b = SqliteBackend(StoreDir.open(path))
        current(b)
        b.close()
        b.dir.close()

    samples = interleave({"big": lambda: current(big), "small": lambda: current(small)},
                         rounds=rounds, ops=ops)
    t.ratio("`saved_state()` + `end()`", med(samples["big"]), "1,000 events", med(samples["small"]), 1.2)
    samples = interleave({"big": lambda: fresh(big_path), "small": lambda: fresh(work / "b-small")},
                         rounds=rounds, ops=max(ops // 20, 10))
    t.ratio("open + `saved_state()` + `end()` + close (what one CLI call does)",
            med(samples["big"]), "1,000 events", med(samples["small"]), 1.2)
    t.note(f"latest state: {len(big_state):,} bytes at {n:,} events, {len(current(small)):,} at 1,000 "
           f"(the workload keeps the state the same size). Context: folding all {n:,} events from "
           f"`SqliteBackend.read()` took {fmt_time(fold)} (what the projection saves a reader).")
    small.close()
    big.close()
    return t


def _first(log: Path, k: int) -> list[StoredEvent]:
    out = []
    for ev in log_events(log):
        out.append(ev)
        if len(out) == k:
            break
    return out


def main() -> None:
    args = parse_args(__doc__.splitlines()[0])
    n = 20_000 if args.quick else 1_000_000
    print(f"## bench_sqlite.py{' --quick' if args.quick else ''}\n\n{env_line()}; "
          f"sqlite {sqlite3.sqlite_version}")
    with scratch_dir("sqlite-") as work:
        progress(f"writing a {n:,}-event log")
        log_dir = work / "log"
        log_dir.mkdir()
        write_log(log_dir, n)
        log = log_dir / "events.jsonl"
        progress("2a: single appends")
        bench_single(work, log, args.quick).print()
        bulk = bench_bulk(work, log, n, args.quick)
        bulk.print()
        big = next(p for p in sorted(work.glob("c-ours-*")) if p.is_dir())
        progress("2b: latest-state reads")
        bench_state(work, log, big, n, args.quick).print()


if __name__ == "__main__":
    main()
