"""Store-level figures for the SQLite backend (issue 8), each a ratio measured in one run.

1. Promotion of N events (default 1,000,000; --quick 50,000) JSONL -> SQLite through
   `Store.promote`, against a raw `executemany` of the same rows into an equivalent bare
   table in one transaction (WAL, synchronous=FULL). Target: at least 40 % of the raw rate.
2. A durable single `Store.append` on a SQLite store, latest.json included, against a raw
   single-row INSERT + COMMIT into a bare WAL table with synchronous=FULL on the same
   disk. Target: at most 1.5x.
3. `Store.latest()` on a SQLite store of N events against one of 1,000 events (both
   current). Target: at most 1.2x.

Options: `--events N` sets N for parts 1 and 3, `--rounds R` the promotion's rounds,
`--only promote` (or `append`, `latest`, comma-separated) runs only those parts. Part 1
also prints the CPU-time ratio of the two sides (context: on a machine shared with other
work it moves less than the wall-time one, but it does not see waits for the disk).
"""

from __future__ import annotations

import argparse
import hashlib
import shutil
import sqlite3
import time
from pathlib import Path

import orjson
from _common import Table, env_line, fmt_time, interleave, med, progress, scratch_dir

import handoff
from handoff.backends.base import StoredEvent

ROW_SQL = """CREATE TABLE events (seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, v INTEGER NOT NULL,
ts TEXT NOT NULL, kind TEXT NOT NULL, project TEXT, agent TEXT, session TEXT, body BLOB NOT NULL,
digest TEXT NOT NULL) STRICT"""


def _record(seq: int) -> dict[str, object]:
    return {"v": 1, "id": f"01a30000-0000-7000-8000-{seq:012d}", "seq": seq,
            "ts": "2026-12-01T00:00:00.000000Z", "kind": "note", "scope": {"agent": "bench"},
            "data": {"text": f"bench note {seq}: CI green on main, PR open", "next_actions": ["review"]}}


def _write_log(path: Path, n: int) -> None:
    with open(path, "wb") as f:
        for start in range(1, n + 1, 10_000):
            f.write(b"".join(orjson.dumps(_record(s)) + b"\n" for s in range(start, min(n, start + 9_999) + 1)))


def _jsonl_store(root: Path, n: int) -> None:
    with handoff.open_store(root, durability="never"):
        pass
    _write_log(root / "events.jsonl", n)
    with handoff.open_store(root) as store:
        store.rebuild()


def _raw_bulk(path: Path, n: int) -> tuple[float, float]:
    """Read the same log, build rows, executemany in one transaction: the raw rate.
    Returns (wall, CPU) seconds."""
    started, cpu = time.perf_counter(), time.process_time()
    rows = []
    with open(path.parent / "events.jsonl", "rb") as f:
        for line in f:
            rec = orjson.loads(line)
            body = line[:-1]
            rows.append((rec["seq"], rec["id"], rec["v"], rec["ts"], rec["kind"], None,
                         rec["scope"].get("agent"), None, body, hashlib.sha256(body).hexdigest()))
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=FULL")
    db.execute(ROW_SQL)
    db.execute("BEGIN")
    db.executemany("INSERT INTO events VALUES (?,?,?,?,?,?,?,?,?,?)", rows)
    db.execute("COMMIT")
    db.close()
    return time.perf_counter() - started, time.process_time() - cpu


def bench_promotion(n: int, rounds: int) -> None:
    t = Table(f"1. promotion of {n:,} events, JSONL -> SQLite")
    with scratch_dir("promote-") as tmp:
        source = tmp / "source"
        progress(f"writing a {n:,}-event log")
        _jsonl_store(source, n)
        ours: list[float] = []
        raw: list[float] = []
        ours_cpu: list[float] = []
        raw_cpu: list[float] = []
        for r in range(rounds):
            root = tmp / f"store-{r}"
            shutil.copytree(source, root)  # promotion switches a store: a fresh copy per round
            raw_dir = tmp / f"raw-{r}"
            raw_dir.mkdir()
            (raw_dir / "events.jsonl").symlink_to(root / "events.jsonl")
            for side in (("raw", "ours") if r % 2 == 0 else ("ours", "raw")):
                progress(f"round {r + 1}/{rounds}: {side}")
                if side == "raw":
                    wall, cpu = _raw_bulk(raw_dir / "bare.sqlite3", n)
                    raw.append(wall)
                    raw_cpu.append(cpu)
                    continue
                with handoff.open_store(root) as store:
                    started, cpu = time.perf_counter(), time.process_time()
                    report = store.promote("sqlite")
                    ours.append(time.perf_counter() - started)
                    ours_cpu.append(time.process_time() - cpu)
                assert report.switched and report.events == n
            shutil.rmtree(root)
            shutil.rmtree(raw_dir)
        rate, raw_rate = n / med(ours), n / med(raw)
        t.rows.append((f"Store.promote('sqlite'), {n:,} events (verified, switched)",
                       f"{rate:,.0f} events/s ({fmt_time(med(ours))})", f"raw executemany: {raw_rate:,.0f} "
                       f"events/s ({fmt_time(med(raw))})", f"{rate / raw_rate:.0%} of raw", "≥ 40 %",
                       "yes" if rate >= 0.4 * raw_rate else "NO"))
        t.rows.append(("the same, CPU time of this process (context: steadier than wall time on a "
                       "loaded machine, blind to waits for the disk)", fmt_time(med(ours_cpu)),
                       f"raw: {fmt_time(med(raw_cpu))}", f"{med(raw_cpu) / med(ours_cpu):.0%} of raw",
                       "context", "—"))
        rounds_s = ", ".join(f"{o:.2f} / {r:.2f}" for o, r in zip(ours, raw, strict=True))
        t.note(f"per round (wall s, ours / raw): {rounds_s}")
        t.note(f"{rounds} rounds, alternating which side goes first, medians; each round promotes a "
               "fresh copy of the same store. The raw side reads and parses the same log and hashes "
               "each body too; promotion also checks every line, folds the state once, commits a "
               "tracking row per 10,000, and verifies (hashes the target's stored bodies, compares "
               "the folded state with the source's latest.json)")
    t.print()


def bench_append(rounds: int) -> None:
    t = Table("2. durable single append on SQLite, latest.json included")
    with scratch_dir("sqlite-append-") as tmp:
        store = handoff.open_store(tmp / "store", backend="sqlite")
        store.append("note", {"text": "warm up", "next_actions": ["x"]})
        db = sqlite3.connect(tmp / "bare.sqlite3", isolation_level=None)
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=FULL")
        db.execute(ROW_SQL)
        seq = [0]
        event = StoredEvent.from_record(_record(1))

        def raw() -> None:
            seq[0] += 1
            db.execute("BEGIN IMMEDIATE")
            db.execute("INSERT INTO events VALUES (?,?,?,?,?,?,?,?,?,?)",
                       (seq[0], f"id-{seq[0]}", 1, event.ts, event.kind, None, "bench", None, event.body,
                        event.digest))
            db.execute("COMMIT")

        def append() -> None:
            store.append("validation", {"command": "pytest -q", "exit_code": 0, "duration_s": 1.5})

        samples = interleave({"raw": raw, "append": append}, rounds=rounds, ops=20)
        t.ratio("Store.append (validation event), durable", med(samples["append"]),
                "raw INSERT+COMMIT, WAL, synchronous=FULL", med(samples["raw"]), 1.5)
        store.close()
        db.close()
    t.print()


def bench_latest(n: int, rounds: int) -> None:
    t = Table("3. Store.latest() on SQLite: O(1) in the log's size")
    with scratch_dir("sqlite-latest-") as tmp:
        stores = {}
        for size in (1000, n):
            root = tmp / f"s{size}"
            progress(f"building a {size:,}-event SQLite store")
            _jsonl_store(root, size)
            with handoff.open_store(root) as s:
                s.promote("sqlite")
            stores[size] = handoff.open_store(root)
            stores[size].latest()
        samples = interleave({str(k): s.latest for k, s in stores.items()}, rounds=rounds, ops=50)
        t.ratio(f"latest() at {n:,} events", med(samples[str(n)]), "at 1,000 events", med(samples["1000"]), 1.2)
        for s in stores.values():
            s.close()
    t.print()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="small sizes: a fast smoke run")
    parser.add_argument("--events", type=int, metavar="N",
                        help="events for the promotion and latest() parts (default 1,000,000; "
                             "--quick 50,000)")
    parser.add_argument("--rounds", type=int, metavar="R", help="promotion rounds (default 2; --quick 3)")
    parser.add_argument("--only", default="append,latest,promote",
                        help="comma-separated parts to run: append, latest, promote")
    args = parser.parse_args()
    n = args.events or (50_000 if args.quick else 1_000_000)
    parts = set(args.only.split(","))
    print(f"## bench_promote.py\n\n{env_line()}")
    if "append" in parts:
        bench_append(rounds=7 if args.quick else 15)
    if "latest" in parts:
        bench_latest(n, rounds=7 if args.quick else 15)
    if "promote" in parts:
        bench_promotion(n, rounds=args.rounds or (3 if args.quick else 2))


if __name__ == "__main__":
    main()
