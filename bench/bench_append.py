"""Write-path benchmarks: single append (JSONL and SQLite), batch append, append on a big log, rebuild.

    PYTHONPATH=. python bench/bench_append.py [--quick]

Every target is a ratio against a baseline measured in the same run, interleaved over
several rounds and compared by medians (see bench/README.md for what each one means).
"""

from __future__ import annotations

import fcntl
import hashlib
import importlib.util
import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import orjson

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import (
    PROJECT,
    Table,
    env_line,
    fmt_bytes,
    fmt_time,
    interleave,
    med,
    progress,
    scratch_dir,
)
from _workload import VALIDATION_EVENT, api_items, make_store

import handoff
from handoff import files
from handoff import state as st
from handoff.events import SCHEMA_VERSION, validate_data


def _replace_file(tmp: Path, target: Path, payload: bytes) -> None:
    """The classic publish: write a temp file, rename it over the target (no fsync)."""
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_CLOEXEC, 0o600)
    try:
        os.write(fd, payload)
    finally:
        os.close(fd)
    os.replace(tmp, target)


def last_line(path: Path) -> bytes:
    with open(path, "rb") as f:
        f.seek(max(0, os.path.getsize(path) - 65536))
        return f.read().splitlines(keepends=True)[-1]


def open_raw(path: Path) -> int:
    return os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND | os.O_CLOEXEC, 0o600)


# -- a. durable single append -------------------------------------------------------------


def bench_single(work: Path, quick: bool) -> Table:
    t = Table("1a. durable single append (latest.json update included)")
    rounds, ops = (5, 20) if quick else (21, 200)
    store, _ = make_store(work / "a", 1000)
    lazy, _ = make_store(work / "a-never", 1000, durability="never")
    # Session 6's publish, side by side: a fresh temp file per append, never the spare
    # (`StoreDir.stage`); the override is this instance's, in this benchmark only.
    fresh, _ = make_store(work / "a-fresh", 1000)
    fresh.dir._reuse_spare = lambda spare: None
    kind, data = VALIDATION_EVENT
    store.append(kind, data)
    line = last_line(store.backend.path)
    fd = open_raw(work / "a-raw.jsonl")

    def raw() -> None:
        os.write(fd, line)
        os.fsync(fd)

    floor_store = handoff.open_store(work / "a-floor")
    floor_state = orjson.loads(st.render(store._cache[2]))

    def floor() -> None:
        """The two writes a durable append with a current latest.json cannot skip."""
        raw()
        floor_store._publish(floor_state)

    db = sqlite3.connect(work / "a-raw.sqlite3", isolation_level=None)
    db.execute("PRAGMA journal_mode = WAL")
    db.execute("PRAGMA synchronous = FULL")
    db.execute("CREATE TABLE events (seq INTEGER PRIMARY KEY, body BLOB NOT NULL)")
    body = line[:-1]

    def raw_sqlite() -> None:
        db.execute("BEGIN IMMEDIATE")
        db.execute("INSERT INTO events (body) VALUES (?)", (body,))
        db.execute("COMMIT")

    fd_datasync = open_raw(work / "a-raw-datasync.jsonl")

    def raw_datasync() -> None:
        os.write(fd_datasync, line)
        os.fdatasync(fd_datasync)

    samples = interleave(
        {"append": lambda: store.append(kind, data), "raw": raw,
         "fresh": lambda: fresh.append(kind, data),
         "never": lambda: lazy.append(kind, data), "floor": floor, "sqlite": raw_sqlite,
         "datasync": raw_datasync},
        rounds=rounds, ops=ops,
    )
    os.close(fd_datasync)
    db.close()
    latest_size = os.path.getsize(store.latest_path)
    raw_name = f"os.write+os.fsync of the same {len(line)} B line"
    t.ratio("Store.append (durable)", med(samples["append"]), raw_name, med(samples["raw"]), 2.0)
    t.ratio("Store.append (durable), stretch", med(samples["append"]),
            "raw SQLite INSERT+COMMIT of the same line (WAL, synchronous=FULL)", med(samples["sqlite"]), 1.0)
    t.ratio("· Store.append (durable), a fresh temp file per publish (no spare: session 6)",
            med(samples["fresh"]), raw_name, med(samples["raw"]), None)
    t.ratio("Store.append (durable): spare against a fresh temp file", med(samples["append"]),
            "the same append with a fresh temp file", med(samples["fresh"]), None)
    t.ratio("· raw SQLite INSERT+COMMIT (WAL, synchronous=FULL)", med(samples["sqlite"]), raw_name,
            med(samples["raw"]), None)
    t.ratio("Store.append, durability=\"never\" (all but the fsync)", med(samples["never"]),
            raw_name, med(samples["raw"]), None)
    t.ratio("· floor: write+fsync, then publish the same latest.json (no validation, "
            "no privacy)", med(samples["floor"]), raw_name, med(samples["raw"]), None)
    t.ratio("Store.append (durable) against that floor", med(samples["append"]),
            "write+fsync+publish", med(samples["floor"]), None)
    t.ratio("· os.write+os.fdatasync of the same line (a second raw file)", med(samples["datasync"]),
            raw_name, med(samples["raw"]), None)
    t.note("the floor's fsync costs more than the raw one: it also commits the journal "
           "entries of the previous publish (a temp file create, an exchange, an unlink "
           "on the same filesystem)")
    lazy.close()
    fresh.close()
    floor_store.close()

    # Context: what one append spends outside the fsync, component by component.
    clean = validate_data(kind, data)
    big_state = orjson.loads(st.render(store._cache[2]))
    pub_store = handoff.open_store(work / "a-pub")
    parts = {"raw": raw, "validate": lambda: validate_data(kind, data),
             "publish": lambda: pub_store._publish(big_state)}
    try:
        from handoff.privacy import check
    except ImportError:
        t.note("handoff.privacy is not importable: its component row is skipped")
    else:
        parts["privacy"] = lambda: check(clean, "data")
    samples = interleave(parts, rounds=max(3, rounds // 2), ops=ops)
    t.ratio("· component: validate_data (pydantic validate + dump)", med(samples["validate"]),
            raw_name, med(samples["raw"]), None)
    if "privacy" in samples:
        t.ratio("· component: privacy.check of the data", med(samples["privacy"]),
                raw_name, med(samples["raw"]), None)
    t.ratio(f"· component: Store._publish of this latest.json ({fmt_bytes(latest_size)})",
            med(samples["publish"]), raw_name, med(samples["raw"]), None)
    t.note(f"store pre-filled with 1,000 mixed events; latest.json is {fmt_bytes(latest_size)}; "
           f"{rounds} rounds x {ops} ops per side, medians of per-round means")

    # Context: filelock vs flock on a held descriptor (handoff/locking.py uses the latter).
    lock_path = work / "a-lockfile"
    lfd = os.open(lock_path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o600)

    def flock() -> None:
        fcntl.flock(lfd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        fcntl.flock(lfd, fcntl.LOCK_UN)

    slock = store.backend._lock

    def storelock() -> None:
        with slock.hold(10.0):
            pass

    sides = {"flock": flock, "storelock": storelock}
    try:
        import filelock
    except ImportError:
        filelock = None
        t.note("filelock is not installed: its row is skipped")
    if filelock is not None:
        fl = filelock.FileLock(str(work / "a-filelock"), timeout=10)

        def file_lock() -> None:
            fl.acquire()
            fl.release()

        sides["filelock"] = file_lock
    lrounds, lops = (5, 200) if quick else (15, 2000)
    samples = interleave(sides, rounds=lrounds, ops=lops)
    base = med(samples["flock"])
    if "filelock" in samples:
        t.ratio("filelock.FileLock acquire+release", med(samples["filelock"]),
                "fcntl.flock on a held fd", base, None)
    t.ratio("StoreLock.hold() (locking.py, incl. thread lock)", med(samples["storelock"]),
            "fcntl.flock on a held fd", base, None)
    os.close(lfd)

    # Context: publishing a ~3 KB latest.json by temp+rename over a regular file vs the
    # exchange of Store._publish (both render the same state first).
    state = st.empty_state()
    for seq, (kind_, data_) in enumerate(api_items(200), start=1):
        if len(st.render(state)) >= 3072:
            break
        st.fold(state, {"v": SCHEMA_VERSION, "id": f"{seq:036d}", "seq": seq,
                        "ts": "2025-01-01T00:00:00.000000Z", "kind": kind_, "scope": {},
                        "data": validate_data(kind_, data_)})
    size = len(st.render(state))
    regular = work / "a-regular" / "latest.json"
    regular.parent.mkdir()
    regular.write_bytes(st.render(state))
    tmp = regular.parent / "latest.json.tmp"
    prounds, pops = (5, 20) if quick else (15, 100)
    samples = interleave(
        {
            "rename": lambda: _replace_file(tmp, regular, st.render(state)),
            "publish": lambda: pub_store._publish(state),
        },
        rounds=prounds,
        ops=pops,
    )
    t.ratio(f"temp+rename over a regular file ({fmt_bytes(size)})", med(samples["rename"]),
            "Store._publish (temp file + RENAME_EXCHANGE)", med(samples["publish"]), None)
    pub_store.close()
    store.close()
    os.close(fd)
    return t


# -- g. durable single append on SQLite ----------------------------------------------------


def _mixed_store(path: Path, backend: str, durability: str = "always") -> Any:
    """A store holding section 1a's 1,000 generated events (so the same latest.json), on
    `backend`: the JSONL log laid down directly, then promoted if SQLite is asked for."""
    store, _ = make_store(path, 1000)
    if backend != "jsonl":
        store.promote(backend)
    store.close()
    return handoff.open_store(path, durability=durability)  # type: ignore[arg-type]

SQLITE_ROW_SQL = """CREATE TABLE events (seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE,
v INTEGER NOT NULL, ts TEXT NOT NULL, kind TEXT NOT NULL, project TEXT, agent TEXT, session TEXT,
body BLOB NOT NULL, digest TEXT NOT NULL) STRICT"""
"""The bare table of bench/bench_promote.py's append section (issue 8's raw baseline)."""


def bench_sqlite(work: Path, quick: bool) -> Table:
    t = Table("1g. durable single append on SQLite (latest.json update included)")
    rounds, ops = (7, 20) if quick else (15, 50)
    store = _mixed_store(work / "g", "sqlite")
    lazy = _mixed_store(work / "g-never", "sqlite", durability="never")
    fresh = _mixed_store(work / "g-fresh", "sqlite")
    fresh.dir._reuse_spare = lambda spare: None  # session 6's publish, as in 1a
    kind, data = VALIDATION_EVENT
    store.append(kind, data)
    event = store.backend.read_back().__next__()
    body = event.body
    assert body is not None
    db = sqlite3.connect(work / "g-raw.sqlite3", isolation_level=None)
    db.execute("PRAGMA journal_mode = WAL")
    db.execute("PRAGMA synchronous = FULL")
    db.execute(SQLITE_ROW_SQL)
    seq = [0]
    digest = hashlib.sha256(body).hexdigest()

    def raw() -> None:
        seq[0] += 1
        db.execute("BEGIN IMMEDIATE")
        db.execute("INSERT INTO events VALUES (?,?,?,?,?,?,?,?,?,?)",
                   (seq[0], f"id-{seq[0]}", 1, "2026-12-01T00:00:00.000000Z", kind, None, None, None,
                    body, digest))
        db.execute("COMMIT")

    floor_store = handoff.open_store(work / "g-floor")
    floor_state = orjson.loads(st.render(store._cache[2]))

    def floor() -> None:
        raw()
        floor_store._publish(floor_state)

    # The same raw database, in a directory of its own, with two small files beside it
    # swapped after each commit: the least metadata change any atomic file replacement
    # makes (a rename's directory and inode times), without writing a byte.
    beside = work / "g-beside"
    beside.mkdir()
    bdb = sqlite3.connect(beside / "raw.sqlite3", isolation_level=None)
    bdb.execute("PRAGMA journal_mode = WAL")
    bdb.execute("PRAGMA synchronous = FULL")
    bdb.execute(SQLITE_ROW_SQL)
    for name in ("a", "b"):
        (beside / name).write_bytes(b"{}")
    exchange = files._renameat2()
    assert exchange, "this benchmark needs renameat2"
    bseq = [0]

    def raw_beside() -> None:
        bseq[0] += 1
        bdb.execute("BEGIN IMMEDIATE")
        bdb.execute("INSERT INTO events VALUES (?,?,?,?,?,?,?,?,?,?)",
                    (bseq[0], f"id-{bseq[0]}", 1, "2026-12-01T00:00:00.000000Z", kind, None, None, None,
                     body, digest))
        bdb.execute("COMMIT")

    def swapped() -> None:
        raw_beside()
        exchange(-100, bytes(beside / "a"), -100, bytes(beside / "b"), files.RENAME_EXCHANGE)  # type: ignore[operator]

    samples = interleave({"append": lambda: store.append(kind, data), "raw": raw, "floor": floor,
                          "raw_beside": raw_beside, "swapped": swapped,
                          "never": lambda: lazy.append(kind, data),
                          "fresh": lambda: fresh.append(kind, data)}, rounds=rounds, ops=ops)
    raw_name = "raw INSERT+COMMIT, WAL, synchronous=FULL"
    t.ratio("Store.append (validation event), durable", med(samples["append"]), raw_name,
            med(samples["raw"]), 1.5)
    t.ratio("· floor: the raw INSERT+COMMIT, then publish the same latest.json", med(samples["floor"]),
            raw_name, med(samples["raw"]), None)
    t.ratio("· Store.append (durable), a fresh temp file per publish (no spare: session 6)",
            med(samples["fresh"]), raw_name, med(samples["raw"]), None)
    t.ratio("Store.append (durable): spare against a fresh temp file", med(samples["append"]),
            "the same append with a fresh temp file", med(samples["fresh"]), None)
    t.ratio("Store.append (durable) against that floor", med(samples["append"]), "INSERT+COMMIT+publish",
            med(samples["floor"]), None)
    t.ratio("Store.append, durability=\"never\" (synchronous=NORMAL)", med(samples["never"]), raw_name,
            med(samples["raw"]), None)
    t.ratio("· the raw INSERT+COMMIT, then two files beside the database swapped by a rename",
            med(samples["swapped"]), "the same without the rename", med(samples["raw_beside"]), None)
    t.note("the last row is the cost any atomic replacement of latest.json adds to the next commit: "
           "on ext4 without a journal, the rename's inode and directory changes are written by the "
           "WAL's own fdatasync (docs/design.md, session 8)")
    t.note(f"stores holding 1a's 1,000 generated events (promoted); latest.json "
           f"{fmt_bytes(os.path.getsize(store.latest_path))}; the raw side is bench_promote.py's bare "
           f"table (id UNIQUE, no kind/ts indexes); {rounds} rounds x {ops} ops per side, interleaved, medians")
    db.close()
    bdb.close()
    for s in (store, lazy, fresh, floor_store):
        s.close()
    return t


# -- p. where an append's time goes outside the fsync ------------------------------------------


def _cpu_per_call(fn: Any, calls: int, runs: int = 7) -> float:
    """Process time per call, the minimum over `runs`: other processes' load counts less
    than in wall time, and the minimum is the run least disturbed by it."""
    best = float("inf")
    for _ in range(runs):
        started = time.process_time()
        for _ in range(calls):
            fn()
        best = min(best, (time.process_time() - started) / calls)
    return best


def bench_parts(work: Path, quick: bool) -> Table:
    """The parts of `Store._write` one at a time, on a store with durability "never" (no
    fsync) in the scratch dir, plus the Python calls per append (cProfile). Context only:
    these are what a change to the append path moves, whatever the disk does."""
    import cProfile
    import pstats

    from handoff.events import Event
    from handoff.store import _gate

    t = Table("1p. a durable append outside its fsync: CPU per part (process time)")
    calls = 500 if quick else 3000
    results = {}
    kind, data = VALIDATION_EVENT
    for backend in ("jsonl", "sqlite"):
        store = _mixed_store(work / f"p-{backend}", backend, durability="never")
        for _ in range(50):
            store.append(kind, data)
        gate = _gate()
        state = store._cache[2]
        prepared = [(*gate.data(kind, data), gate.scope(None))]
        events = store._stamp(state, prepared)
        records = [e.record() for e in events]
        scratch = orjson.loads(st.render(state))
        renderer = st.Renderer()
        renderer.render(scratch, None)
        payload = st.render(state)

        def lock(store: Any = store) -> None:
            with store.backend.lock(10.0):
                pass

        def fold_render(scratch: Any = scratch, renderer: Any = renderer, records: Any = records) -> None:
            st.fold(scratch, records[0])
            renderer.render(scratch, records)

        def stamp(store: Any = store, state: Any = state, prepared: Any = prepared) -> None:
            store._stamp(state, prepared)

        def publish(store: Any = store, payload: bytes = payload) -> None:
            store.dir.replace("latest.json", payload, durable=False)

        parts = {
            "validation + privacy (_Gate.data)": lambda gate=gate: gate.data(kind, data),
            "lock enter + exit": lock,
            "_synced_state (cache hit)": store._synced_state,
            "_stamp (id, time, body)": stamp,
            "Event.from_record of the result": lambda records=records: Event.from_record(records[0]),
            "fold + incremental render": fold_render,
            f"publish latest.json ({fmt_bytes(len(payload))}; the kernel's work included)": publish,
            "whole Store.append": lambda store=store: store.append(kind, data),
        }
        for name, fn in parts.items():
            results[(backend, name)] = _cpu_per_call(fn, calls)
        profile = cProfile.Profile()
        profile.enable()
        for _ in range(200):
            store.append(kind, data)
        profile.disable()
        results[(backend, "calls")] = pstats.Stats(profile).total_calls / 200  # type: ignore[attr-defined]
        store.close()
    names = [name for backend, name in results if backend == "jsonl" and name != "calls"]
    for name in names:
        sq = next(v for (b, n), v in results.items() if b == "sqlite" and n.split(" (")[0] == name.split(" (")[0])
        t.rows.append((name, f"jsonl {fmt_time(results[('jsonl', name)])}", f"sqlite {fmt_time(sq)}",
                       "—", "context", "—"))
    t.rows.append(("Python function calls per append", f"jsonl {results[('jsonl', 'calls')]:.0f}",
                   f"sqlite {results[('sqlite', 'calls')]:.0f}", "—", "context", "—"))
    t.note(f"stores holding 1a's 1,000 generated events, durability \"never\" (no fsync; SQLite "
           f"synchronous=NORMAL), in the scratch dir; minimum over 7 runs of {calls:,} calls of "
           "each part's process time (system time included); the fold + render row works on a copy "
           "of the state")
    return t


# -- b. append_many of 1,000 ----------------------------------------------------------------


def bench_batch(work: Path, quick: bool) -> Table:
    t = Table("1b. append_many of 1,000 events vs the inherent work")
    rounds = 3 if quick else 11
    n = 1000
    store, _ = make_store(work / "b", 1000)
    items = api_items(n)
    store.append_many(items)  # warm-up; brings latest.json to its steady size (100 notes)
    snapshot = orjson.loads(st.render(store._cache[2]))
    pub_store = handoff.open_store(work / "b-pub")
    fd = open_raw(work / "b-raw.jsonl")
    fixed_id = "01940000-0000-7000-8000-000000000000"
    ts = "2025-01-01T00:00:00.000000Z"

    def inherent() -> None:
        lines = []
        for seq, (kind, data) in enumerate(items, start=1):
            clean = validate_data(kind, data)
            rec = {"v": SCHEMA_VERSION, "id": fixed_id, "seq": seq, "ts": ts, "kind": kind,
                   "scope": {}, "data": clean}
            lines.append(orjson.dumps(rec) + b"\n")
        os.write(fd, b"".join(lines))
        os.fsync(fd)
        pub_store._publish(snapshot)

    sides = {"many": lambda: store.append_many(items), "inherent": inherent}
    try:
        from handoff.privacy import check
    except ImportError:
        check = None
    else:
        cleaned = [validate_data(kind, data) for kind, data in items]

        def privacy() -> None:
            for clean in cleaned:
                check(clean, "data")

        def privacy_unmemoized() -> None:
            """What the filter costs when no string has been seen before."""
            from handoff.privacy import scanner

            for clean in cleaned:
                scanner.clear_caches()
                check(clean, "data")

        sides["privacy"] = privacy
        sides["unmemoized"] = privacy_unmemoized
    samples = interleave(sides, rounds=rounds)
    t.ratio("Store.append_many(1,000) durable", med(samples["many"]),
            "inherent work", med(samples["inherent"]), 2.0)
    if check is not None:
        t.ratio("· privacy.check of the 1,000 events' data alone", med(samples["privacy"]),
                "inherent work", med(samples["inherent"]), None)
        rest = med(samples["many"]) - med(samples["privacy"])
        t.ratio("· Store.append_many minus that privacy time", rest,
                "inherent work", med(samples["inherent"]), None)
        t.ratio("· privacy.check of the same data, its memo emptied before every event",
                med(samples["unmemoized"]), "inherent work", med(samples["inherent"]), None)
        t.note("the mix cycles ten templates, so its strings repeat the way a session's "
               "repo, branch, commit and commands do; the privacy filter remembers clean "
               "strings of up to 512 characters (handoff/privacy/scanner.py); the last row "
               "is its cost when nothing repeats")
    t.note("inherent work = validate_data + orjson.dumps of each envelope (fixed id string, "
           "no uuid), one os.write + os.fsync of the joined bytes, and one latest.json "
           "replace of the same-size state through the same mechanism (Store._publish, "
           "temp file + RENAME_EXCHANGE, on a scratch store)")
    t.note(f"latest.json: {fmt_bytes(os.path.getsize(store.latest_path))}; {rounds} rounds")
    pub_store.close()
    store.close()
    os.close(fd)
    return t


# -- c, d. a big log ------------------------------------------------------------------------


RSS_SCRIPT = """
import resource, sys, handoff
s = handoff.open_store(sys.argv[1])
if sys.argv[2] == "rebuild":
    s.rebuild()
s.close()
hwm = 0
with open("/proc/self/status") as f:
    for line in f:
        if line.startswith("VmHWM:"):
            hwm = int(line.split()[1]) * 1024
print(hwm or resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024)
"""


def child_env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(PROJECT), env.get("PYTHONPATH")) if p)
    return env


def peak_rss(store_dir: Path, what: str) -> int:
    out = subprocess.run(
        [sys.executable, "-c", RSS_SCRIPT, str(store_dir), what],
        check=True, capture_output=True, text=True, env=child_env(),
    )
    return int(out.stdout.split()[-1])


def bench_big(work: Path, quick: bool) -> list[Table]:
    big_n, mid_n, small_n = (20_000, 2_000, 1_000) if quick else (1_000_000, 100_000, 1_000)
    progress(f"generating a log of {big_n:,} events")
    t0 = time.perf_counter()
    big, big_size = make_store(work / "big", big_n)
    gen_s = time.perf_counter() - t0
    small, _ = make_store(work / "small", small_n)
    progress(f"generated {fmt_bytes(big_size)} and rebuilt in {gen_s:.1f} s")

    tc = Table(f"1c. durable append with {big_n:,} events in the log vs {small_n:,}")
    kind, data = VALIDATION_EVENT
    rounds, ops = (5, 20) if quick else (21, 100)
    samples = interleave(
        {"big": lambda: big.append(kind, data), "small": lambda: small.append(kind, data)},
        rounds=rounds, ops=ops,
    )
    tc.ratio(f"Store.append, {big_n:,} events", med(samples["big"]),
             f"{small_n:,} events", med(samples["small"]), 1.2)

    def cold(path: Path) -> None:
        s = handoff.open_store(path)
        s.append(kind, data)
        s.close()

    rounds, ops = (3, 5) if quick else (11, 20)
    samples = interleave(
        {"big": lambda: cold(work / "big"), "small": lambda: cold(work / "small")},
        rounds=rounds, ops=ops,
    )
    tc.ratio(f"open_store+append+close, {big_n:,} events", med(samples["big"]),
             f"{small_n:,} events", med(samples["small"]), 1.2)
    tc.note(f"log sizes {fmt_bytes(big.backend.path.stat().st_size)} vs "
            f"{fmt_bytes(small.backend.path.stat().st_size)}; latest.json "
            f"{fmt_bytes(big.latest_path.stat().st_size)} vs "
            f"{fmt_bytes(small.latest_path.stat().st_size)} (same steady state by design)")
    tc.note("second row: what a CLI call pays besides start-up (loads latest.json and checks "
            "the event before its saved position, no log scan)")
    small.close()

    td = Table(f"1d. rebuild over {big_n:,} events")
    path = big.backend.path

    def raw_loads() -> None:
        loads = orjson.loads
        with open(path, "rb") as f:
            for line in f:
                loads(line)

    progress("rebuild vs raw orjson.loads, interleaved")
    samples = interleave({"rebuild": big.rebuild, "raw": raw_loads}, rounds=5)
    td.ratio("Store.rebuild()", med(samples["rebuild"]),
             "orjson.loads of every line (line by line)", med(samples["raw"]), 4.0)
    big.close()

    if importlib.util.find_spec("handoff.cli") is None:
        td.note("handoff.cli not importable yet: the CLI rebuild row is skipped")
    else:
        cli_times = []
        for _ in range(1):
            start = time.perf_counter()
            subprocess.run(
                [sys.executable, "-m", "handoff.cli", "--store", str(work / "big"), "rebuild"],
                check=True, capture_output=True, env=child_env(),
            )
            cli_times.append(time.perf_counter() - start)
        td.ratio("`handoff --store X rebuild` (fresh process, 1 run)", med(cli_times),
                 "orjson.loads of every line", med(samples["raw"]), None)

    progress(f"peak RSS of rebuild: {mid_n:,} vs {big_n:,} events (fresh processes)")
    mid, _ = make_store(work / "mid", mid_n)
    mid.close()
    rss_mid = peak_rss(work / "mid", "rebuild")
    rss_big = peak_rss(work / "big", "rebuild")
    rss_floor = peak_rss(work / "big", "open")
    td.ratio(f"peak RSS, rebuild of {big_n:,} events", rss_big,
             f"rebuild of {mid_n:,} events", rss_mid, 1.1, fmt=fmt_bytes)
    td.ratio(f"peak RSS, rebuild of {big_n:,} events", rss_big,
             "same process, open_store only", rss_floor, None, fmt=fmt_bytes)
    td.note("peak RSS is VmHWM of a fresh `python -c` that opens the store and calls "
            "Store.rebuild(); 1.1x stands for 'independent of log size'")
    td.note("rebuild vs raw: 5 rounds each, interleaved, medians")
    td.note(f"log: {fmt_bytes(big_size)}; generation + first rebuild took {gen_s:.1f} s")
    return [tc, td]


# -- e. open notes ---------------------------------------------------------------------------


def _notes_store(path: Path, open_notes: int) -> Any:
    """A store holding `open_notes` open notes (two next actions each) after the mix."""
    store, _ = make_store(path, 1000)
    store.append_many([("note", {"text": f"open note {i}: the lock change is in, the bench "
                                 "still needs a run on the big log", "next_actions": [
                                     f"run bench {i}", f"open the PR for {i}"], "tags": ["bench"]})
                       for i in range(open_notes)])
    return store


def bench_open_notes(work: Path, quick: bool) -> Table:
    many, few = 1000, 10
    t = Table(f"1e. durable append with {many:,} open notes vs {few}")
    rounds, ops = (5, 20) if quick else (21, 100)
    big = _notes_store(work / "e-many", many)
    small = _notes_store(work / "e-few", few)
    kind, data = VALIDATION_EVENT
    samples = interleave({"many": lambda: big.append(kind, data), "few": lambda: small.append(kind, data)},
                         rounds=rounds, ops=ops)
    t.ratio(f"Store.append, {many:,} open notes", med(samples["many"]), f"{few} open notes",
            med(samples["few"]), 1.2)
    notes = big.latest()["notes"]
    dropped = big.latest()["meta"]["notes_dropped"]
    t.note(f"latest.json {fmt_bytes(big.latest_path.stat().st_size)} vs "
           f"{fmt_bytes(small.latest_path.stat().st_size)}: it keeps the newest {len(notes)} open notes "
           f"with all their actions and counts the {dropped} older ones in meta.notes_dropped")
    t.note(f"{rounds} rounds x {ops} appends per side, interleaved, medians")
    big.close()
    small.close()
    return t


# -- f. concurrent writers ----------------------------------------------------------------------

WRITER = """
import os, sys, time, handoff
store = handoff.open_store(sys.argv[1], lock_timeout=120)
count, go = int(sys.argv[2]), sys.argv[3]
kind, data = "validation", {"command": "pytest -q", "exit_code": 0, "duration_s": 1.5,
                            "summary": "212 passed", "commit": "3f9c2e1ab4d5"}
store.append(kind, data)  # warm: models loaded, latest.json read
print("ready", flush=True)
while not os.path.exists(go):
    time.sleep(0.0005)
for _ in range(count):
    store.append(kind, data)
store.close()
"""


def _writers(root: Path, n: int, per: int) -> float:
    """Wall time for `n` processes to append `per` events each, from a common start."""
    go = root / f"go-{n}-{time.monotonic_ns()}"
    procs = [subprocess.Popen([sys.executable, "-c", WRITER, str(root), str(per), str(go)],
                              stdout=subprocess.PIPE, env=child_env()) for _ in range(n)]
    for proc in procs:
        assert proc.stdout is not None and proc.stdout.readline().strip() == b"ready"
    began = time.perf_counter()
    go.touch()
    for proc in procs:
        if proc.wait() != 0:
            raise RuntimeError("a writer failed")
    took = time.perf_counter() - began
    go.unlink()
    return took


def bench_writers(work: Path, quick: bool) -> Table:
    t = Table("1f. throughput of 1, 2, 4 and 8 processes appending to one store")
    total = 400 if quick else 2000
    rounds = 3 if quick else 5
    root = work / "f"
    make_store(root, 1000)[0].close()
    rates: dict[int, list[float]] = {n: [] for n in (1, 2, 4, 8)}
    for r in range(rounds):
        for n in (list(rates) if r % 2 == 0 else list(rates)[::-1]):
            rates[n].append(total / _writers(root, n, total // n))
    base = med(rates[1])
    for n in rates:
        t.rows.append((f"{n} process{'es' if n > 1 else ''}, {total // n:,} durable appends each",
                       f"{med(rates[n]):,.0f} appends/s", f"1 process: {base:,.0f} appends/s",
                       f"{med(rates[n]) / base:.2f}x", "report" if n < 8 else "report (≥ 1.5x with group commit)",
                       "—"))
    t.note(f"{total:,} appends per run, split evenly; {rounds} runs per row, alternating order, medians. "
           "Each writer is a fresh process, started and warmed up (one append) before the common go; "
           "on 2 cores shared with other work")
    t.note("every append takes the store's lock for its write, fsync and latest.json publish, so the "
           "writers take turns: no group commit")
    return t


def main() -> None:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small sizes: a fast smoke run")
    parser.add_argument("--only", default="a,g,p,e,f,b,big",
                        help="comma-separated sections to run: a, g, p, e, f, b, big (c and d)")
    args = parser.parse_args()
    only = set(args.only.split(","))
    print(f"## bench_append{' (--quick)' if args.quick else ''}\n\n{env_line()}")
    t_start = time.perf_counter()
    with scratch_dir("append-") as work:
        sections = [("a", "1a single append", bench_single), ("g", "1g single append on SQLite", bench_sqlite),
                    ("p", "1p parts of an append", bench_parts), ("e", "1e open notes", bench_open_notes),
                    ("f", "1f concurrent writers", bench_writers), ("b", "1b append_many", bench_batch)]
        for key, title, fn in sections:
            if key in only:
                progress(title)
                fn(work, args.quick).print()
        if "big" in only:
            for table in bench_big(work, args.quick):
                table.print()
    print(f"\n(bench_append took {fmt_time(time.perf_counter() - t_start)})")


if __name__ == "__main__":
    main()
