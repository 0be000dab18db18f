"""PostgreSQL backend benchmarks, on a throw-away local server (tests/pg_server.py).

    PYTHONPATH=. python bench/bench_postgres.py [--quick] [--events N] [--append-only | --promotion-only]
                                                [--tmpfs] [--compare] [--no-promotion] [--rounds R]

Each figure is a ratio against a baseline measured in the same run, on the same server
(interleaved rounds, medians; see bench/README.md):

- 1. a durable `Store.append` of one event (a pointer) on a postgres store holding 0, 10
  and 100 open notes (advisory lock, the transaction with synchronous_commit on,
  latest.json published, the shared projection saved) vs a raw single-row INSERT +
  COMMIT of the same row through psycopg into an equivalent bare table (same columns,
  primary key, UNIQUE id). Target <= 1.5x. Also printed: this process's CPU time and
  the server's (each side's backend process, read from /proc) per append.
- 2. throughput of 8 processes appending at once across two store directories that
  share one schema (4 each) vs 1 process alone (context: every append takes the one
  store-wide lock, so this shows what the lock and commits cost under contention).
- 3. promotion of N events JSONL -> PostgreSQL (`Store.promote`, verified and switched)
  vs a raw COPY of the same rows into a bare table with the same indexes, in one
  transaction. Target: at least 40 % of the raw rate.

The server runs with fsync on, its data directory on the project's filesystem.
`--quick` uses 5,000 events for 3 (default 200,000: see docs/design.md for why not 1M);
`--append-only` runs only 1, `--promotion-only` only 3, `--no-promotion` 1 and 2.
`--tmpfs` puts the server's data directory and the store directories on /dev/shm: a
commit then waits for no disk, so 1 shows the append's fixed cost (client and server
CPU, round trip, latest.json) against the raw side's alone.
`--rounds R` runs 1 in R rounds of 50 appends per side (default 12). `--compare` adds
to 1 the same append through `append_events` (migration 0003, as before 0004's
`append_event`), on a store of its own, interleaved with the other two sides.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import math
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import orjson

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import psycopg
from _common import Table, env_line, fmt_time, interleave, med, progress, scratch_dir
from _workload import write_log

import handoff
from handoff.backends.base import StoredEvent
from tests.pg_server import PgServer, start_server

BARE = """CREATE TABLE {t} (
    seq bigint PRIMARY KEY, id text NOT NULL UNIQUE, v integer NOT NULL, ts text NOT NULL,
    kind text NOT NULL, project text, agent text, session text, body bytea NOT NULL,
    digest text NOT NULL)"""
COLUMNS = "seq, id, v, ts, kind, project, agent, session, body, digest"


def _row(ev: StoredEvent) -> tuple[object, ...]:
    s = ev.scope
    return (ev.seq, ev.id, ev.v, ev.ts, ev.kind, s.get("project"), s.get("agent"), s.get("session"), ev.body,
            hashlib.sha256(ev.body).hexdigest())


OPEN_NOTES = (0, 10, 100)
"""Open notes in the store while a single append is timed: latest.json and the projection
grow with them (100 is `state.MAX_NOTES`, the cap)."""


def _server_cpu(pid: int) -> float:
    """CPU seconds (user + system) the server process `pid` has used: a connection's
    backend process, on this host (the benchmark's own server), from /proc."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return math.nan
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def timed(name: str, fn: Callable[[], None], cpu: dict[str, float]) -> Callable[[], None]:
    """`fn`, adding the process's CPU time it takes to `cpu[name]`."""
    def run() -> None:
        began = time.process_time()
        fn()
        cpu[name] += time.process_time() - began
    return run


def bench_single_append(server: PgServer, tmp: Path, rounds: int, ops: int, *, compare: bool = False) -> None:
    t = Table("1. a durable single append on PostgreSQL vs a raw INSERT + COMMIT")
    raw = psycopg.connect(server.dsn)
    raw.execute(BARE.format(t="bare_single"))
    raw.execute("SET synchronous_commit = on")
    raw.commit()
    counter = iter(range(1, 10**9))
    note = {"text": "the build is green " * 8, "next_actions": ["review the diff", "merge it"]}
    body = StoredEvent.from_record({"v": 1, "id": "01a30000-0000-7000-8000-000000000000", "seq": 1,
                                    "ts": "2026-01-01T00:00:00.000000Z", "kind": "pointer", "scope": {},
                                    "data": {"repo": "acme/app", "branch": "main", "pr": 1}}).body

    def raw_insert() -> None:
        n = next(counter)
        raw.execute(f"INSERT INTO bare_single ({COLUMNS}) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s)",
                    (n, f"id-{n}", 1, "2026-01-01T00:00:00.000000Z", "pointer", None, None, None, body,
                     hashlib.sha256(body).hexdigest()))
        raw.commit()

    extra: list[str] = []
    spent: list[str] = []  # this process's CPU time per append: steadier than wall time on a busy machine
    served: list[str] = []  # the server's CPU time per append (each side's connection has its own process)
    for notes in OPEN_NOTES:
        store = handoff.open_store(tmp / f"single-{notes}", backend="postgres", config={"dsn": server.dsn})
        if notes:
            store.append_many([("note", note)] * notes)
        pr = iter(range(1, 10**9))
        store.append("pointer", {"repo": "acme/app", "branch": "main", "pr": next(pr)})  # warmed up

        def append(store: handoff.Store = store, pr: Iterator[int] = pr) -> None:
            store.append("pointer", {"repo": "acme/app", "branch": "main", "pr": next(pr)})

        cpu = {"store": 0.0, "raw": 0.0, "before": 0.0}
        sides = {"store": timed("store", append, cpu), "raw": timed("raw", raw_insert, cpu)}
        before: handoff.Store | None = None
        if compare:
            # the same append through `append_events` (migration 0003), as before 0004
            before = handoff.open_store(tmp / f"before-{notes}", backend="postgres", config={"dsn": server.dsn})
            before.backend.one_event_call = False  # type: ignore[attr-defined]
            if notes:
                before.append_many([("note", note)] * notes)
            before.append("pointer", {"repo": "acme/app", "branch": "main", "pr": next(pr)})
            sides["before"] = timed("before", functools.partial(append, before), cpu)

        pids = (store.backend._conn.info.backend_pid, raw.info.backend_pid)  # type: ignore[attr-defined]
        began_server = [_server_cpu(pid) for pid in pids]
        samples = interleave(sides, rounds=rounds, ops=ops)
        server_store, server_raw = (_server_cpu(pid) - b for pid, b in zip(pids, began_server, strict=True))
        ours, theirs = med(samples["store"]), med(samples["raw"])
        t.ratio(f"Store.append of a pointer, {notes} open notes", ours, "raw INSERT + COMMIT", theirs, 1.5)
        if before is not None:
            t.ratio(f"· the same through append_events (before 0004), {notes} open notes", med(samples["before"]),
                    "raw INSERT + COMMIT", theirs, 1.5)
            t.ratio(f"· append_event against append_events, {notes} open notes", ours,
                    "append_events", med(samples["before"]), 1.0)
            spent.append(f"{notes} (before 0004): {fmt_time(cpu['before'] / rounds / ops)}")
            before.close()
        extra.append(f"{notes}: {fmt_time(ours - theirs)}")
        spent.append(f"{notes}: {fmt_time(cpu['store'] / rounds / ops)} vs {fmt_time(cpu['raw'] / rounds / ops)}")
        served.append(f"{notes}: {fmt_time(server_store / rounds / ops)} vs {fmt_time(server_raw / rounds / ops)}")
        assert len(store.latest()["notes"]) == notes
        store.close()
    t.note(f"{rounds} rounds x {ops} appends per side, interleaved; medians of the per-round means; "
           "the append: one call of append_events (lock, guard, insert, projection) in autocommit with "
           "synchronous_commit on, then latest.json")
    t.note("the append's time over the raw side's, by open notes (the commit's WAL flush is in both): "
           + ", ".join(extra))
    t.note("this process's CPU time per append, store vs raw (the server's work not included), by open notes: "
           + ", ".join(spent))
    t.note("the server's CPU time per append (each side's backend process, from /proc), store vs raw: "
           + ", ".join(served))
    t.print()
    raw.close()


_WRITER = """
import os, sys, time
import handoff
store = handoff.open_store(sys.argv[1], create=False, lock_timeout=120)
n = int(sys.argv[2])
store.append("note", {"text": "warm-up"})
print("ready", flush=True)
while not os.path.exists(sys.argv[3]):
    time.sleep(0.001)
for i in range(n):
    store.append("config", {"key": f"k{i % 50}", "value": i})
store.close()
"""


def _run_writers(dirs: list[Path], per: int, go: Path) -> float:
    procs = [subprocess.Popen([sys.executable, "-c", _WRITER, str(d), str(per), str(go)],
                              stdout=subprocess.PIPE, env=os.environ.copy()) for d in dirs]
    for p in procs:
        assert p.stdout is not None
        p.stdout.readline()  # ready: open, connected, warmed up
    began = time.perf_counter()
    go.write_text("")
    for p in procs:
        p.wait()
        assert p.returncode == 0
    took = time.perf_counter() - began
    go.unlink()
    return took


def bench_processes(server: PgServer, tmp: Path, per: int) -> None:
    t = Table("2. appends per second: 8 processes across two store directories vs 1 process")
    a, b = tmp / "proc-a", tmp / "proc-b"
    with handoff.open_store(a, backend="postgres", config={"dsn": server.dsn}) as sa:
        schema = sa.backend.schema  # type: ignore[attr-defined]
    handoff.open_store(b, backend="postgres", config={"dsn": server.dsn, "schema": schema}).close()
    go = tmp / "go"
    one = _run_writers([a], per, go)
    eight = _run_writers([a] * 4 + [b] * 4, per, go)
    rate1, rate8 = per / one, 8 * per / eight
    t.rows.append(("1 process", f"{rate1:,.0f} appends/s", "", "", "context", "—"))
    t.rows.append(("8 processes (4 per store dir, one schema)", f"{rate8:,.0f} appends/s",
                   f"1 process: {rate1:,.0f}/s", f"{rate8 / rate1:.2f}x", "context", "—"))
    t.note(f"{per} durable single appends per process; wall time from a shared start signal")
    t.print()


def bench_promotion(server: PgServer, tmp: Path, n: int) -> None:
    t = Table(f"3. promotion of {n:,} events, JSONL -> PostgreSQL vs a raw COPY")
    root = tmp / "promote"
    handoff.open_store(root).close()
    progress(f"writing {n:,} events")
    write_log(root, n)
    with handoff.open_store(root, create=False) as store:
        store.rebuild()  # latest.json current, as a store's is (write_log writes only the log)
    progress("raw COPY")
    events = []
    with open(root / "events.jsonl", "rb") as f:
        for line in f:
            body = line[:-1]
            events.append(StoredEvent.from_body(body, orjson.loads(body)))
    with psycopg.connect(server.dsn) as raw:
        raw.execute(BARE.format(t="bare_copy"))
        raw.execute("CREATE INDEX ON bare_copy (kind, seq)")
        raw.execute("CREATE INDEX ON bare_copy (ts)")
        raw.commit()
        began = time.perf_counter()
        with raw.cursor() as cur, cur.copy(f"COPY bare_copy ({COLUMNS}) FROM STDIN") as copy:
            for ev in events:
                copy.write_row(_row(ev))
        raw.commit()
        raw_took = time.perf_counter() - began
    del events
    progress("Store.promote('postgres')")
    with handoff.open_store(root, create=False) as store:
        began = time.perf_counter()
        report = store.promote("postgres", config={"dsn": server.dsn})
        took = time.perf_counter() - began
    assert report.switched and report.events == n
    raw_rate, rate = n / raw_took, n / took
    share = rate / raw_rate
    t.rows.append((f"Store.promote('postgres'), {n:,} events (verified, switched)", f"{rate:,.0f} events/s",
                   f"raw COPY: {raw_rate:,.0f} events/s", f"{share:.0%} of raw", "≥ 40 %",
                   "yes" if share >= 0.4 else "NO"))
    t.note(f"promotion {fmt_time(took)}, raw {fmt_time(raw_took)}; the raw side is given parsed events "
           "(it only hashes and copies, text COPY into a table whose four indexes it keeps up row by row); "
           "promotion reads and parses the log, copies in batches of 10,000 (binary COPY, a tracking record "
           "each, one batch committing on a worker thread while the next is parsed) into a table whose two "
           "secondary indexes it builds once at the end, then verifies by hashing every body read back")
    t.print()


@contextlib.contextmanager
def _shm_dir() -> Iterator[Path]:
    """A scratch directory on /dev/shm (`--tmpfs`), removed afterwards."""
    path = Path(tempfile.mkdtemp(prefix="postgres-", dir="/dev/shm"))
    try:
        yield path
    finally:
        shutil.rmtree(path, ignore_errors=True)


def main() -> int:
    quick = "--quick" in sys.argv
    n = 5_000 if quick else 200_000
    if "--events" in sys.argv:
        n = int(sys.argv[sys.argv.index("--events") + 1])
    only_append = "--append-only" in sys.argv
    only_promotion = "--promotion-only" in sys.argv
    tmpfs = "--tmpfs" in sys.argv
    print(f"## bench_postgres.py\n\n{env_line()}")
    if tmpfs:
        tempfile.tempdir = "/dev/shm"  # the server's data directory (tests/pg_server.py: mkdtemp)
    try:
        server = start_server()
    except Exception as exc:  # no server here: say so, do not crash the whole run
        print(f"\nno PostgreSQL server could be started ({exc}); skipped")
        return 0
    try:
        print(f"PostgreSQL at {server.bindir}, fsync on, data in {server.base}")
        with (_shm_dir() if tmpfs else scratch_dir("postgres-")) as tmp:
            if not only_promotion:
                rounds = int(sys.argv[sys.argv.index("--rounds") + 1]) if "--rounds" in sys.argv else 12
                bench_single_append(server, tmp, rounds=6 if quick else rounds, ops=20 if quick else 50,
                                    compare="--compare" in sys.argv)
            if not only_append:
                if not only_promotion:
                    bench_processes(server, tmp, per=30 if quick else 200)
                if "--no-promotion" not in sys.argv:
                    bench_promotion(server, tmp, n)
    finally:
        server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
