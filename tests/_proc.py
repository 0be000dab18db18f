"""Shared helpers for the multi-process tests (test_concurrency.py, test_crash.py).

Child processes are real interpreters started with `subprocess`; they import this module
(by path, so it works whether or not `tests/` is a package) and run one of the `*_main`
functions below. Nothing here is mocked: children open real stores on real files.

Children report what the store acknowledged by appending complete lines to a side file
with one unbuffered `os.write` each, *after* the call returned, so a line on disk means
the store had already promised that event.
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

TESTS_DIR = Path(__file__).resolve().parent
REPO_DIR = TESTS_DIR.parent

LOG = "events.jsonl"
LATEST = "latest.json"


# -- launching children ---------------------------------------------------------------


def child_env(**extra: str) -> dict[str, str]:
    """The environment for a child interpreter: ours, with the repository importable."""
    env = os.environ.copy()
    parts = [str(REPO_DIR), *[p for p in env.get("PYTHONPATH", "").split(os.pathsep) if p]]
    env["PYTHONPATH"] = os.pathsep.join(dict.fromkeys(parts))
    env.pop("HANDOFF_DURABILITY", None)
    env.pop("HANDOFF_LOCK_TIMEOUT", None)
    env.update(extra)
    return env


def spawn(func: str, *args: Any, **popen: Any) -> subprocess.Popen[bytes]:
    """Start `python -c` running `_proc.<func>(*args)` (args are passed as strings)."""
    code = (
        "import sys; sys.path.insert(0, sys.argv[1]); import _proc; "
        f"_proc.{func}(*sys.argv[2:])"
    )
    popen.setdefault("env", child_env())
    popen.setdefault("cwd", str(REPO_DIR))
    return subprocess.Popen(
        [sys.executable, "-c", code, str(TESTS_DIR), *map(str, args)], **popen
    )


def wait_line(proc: subprocess.Popen[bytes], expect: bytes) -> bytes:
    """Read the child's stdout until a line starting with `expect` (a child's signal)."""
    assert proc.stdout is not None
    while True:
        line = proc.stdout.readline()
        if not line:
            err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
            raise AssertionError(f"child exited ({proc.wait()}) before {expect!r}: {err}")
        if line.startswith(expect):
            return line.rstrip(b"\n")


def reap(proc: subprocess.Popen[bytes], timeout: float = 30.0) -> int:
    try:
        return proc.wait(timeout)
    finally:
        for stream in (proc.stdout, proc.stderr, proc.stdin):
            if stream is not None:
                stream.close()


# -- inspecting a store on disk -------------------------------------------------------


def read_log(root: Path | str) -> bytes:
    return (Path(root) / LOG).read_bytes()


def split_log(raw: bytes) -> tuple[list[bytes], bytes]:
    """Complete lines (each with its newline) and the torn tail after the last newline."""
    cut = raw.rfind(b"\n") + 1
    return raw[:cut].splitlines(keepends=True), raw[cut:]


def parse_records(raw: bytes) -> list[dict[str, Any]]:
    """Every line of a log that must be fully intact: ends with a newline and is an envelope."""
    assert raw == b"" or raw.endswith(b"\n"), f"log does not end with a newline: {raw[-80:]!r}"
    import orjson

    out = []
    for number, line in enumerate(raw.splitlines(keepends=True), start=1):
        try:
            rec = orjson.loads(line)
        except orjson.JSONDecodeError:
            raise AssertionError(f"log line {number} does not parse: {line[:200]!r}") from None
        assert isinstance(rec, dict), f"log line {number} is not an object"
        assert {"v", "id", "seq", "ts", "kind", "scope", "data"} <= rec.keys(), rec
        out.append(rec)
    return out


def latest_bytes(root: Path | str) -> bytes:
    return (Path(root) / LATEST).read_bytes()


def snapshot(root: Path | str) -> dict[str, Any]:
    """Every file under the store (symlinks by target), for byte-identity checks.

    SQLite's connection files are no stored data: the `-shm` index is rewritten by every
    reader, and an empty `-wal` appears when a connection opens; both are left out."""
    root = Path(root)
    out: dict[str, Any] = {}
    for path in sorted(root.rglob("*")):
        rel = str(path.relative_to(root))
        if path.name.endswith("-shm") or (path.name.endswith("-wal") and path.stat().st_size == 0):
            continue
        if path.is_symlink():
            out[rel] = ("link", os.readlink(path))
        elif path.is_file():
            out[rel] = path.read_bytes()
        else:
            out[rel] = "dir"
    return out


def read_acks(path: Path | str) -> list[list[str]]:
    """Whitespace-split complete lines of a side file (a torn last line is ignored)."""
    try:
        raw = Path(path).read_bytes()
    except FileNotFoundError:
        return []
    lines, _ = split_log(raw)
    return [line.decode().split() for line in lines]


def quarantine_files(root: Path | str) -> set[str]:
    qdir = Path(root) / "quarantine"
    return {p.name for p in qdir.iterdir()} if qdir.is_dir() else set()


# -- event payloads -------------------------------------------------------------------

FILLER = "the build is green and the branch is ready for review "
BIG_BATCHES = 0.1


def item(worker: int, i: int) -> tuple[str, dict[str, Any]]:
    """The deterministic i-th event of a worker, so the checker can recompute it."""
    which = i % 4
    if which == 0:
        return "note", {"text": f"worker {worker} item {i}", "next_actions": [f"follow up {i}"]}
    if which == 1:
        return "config", {"key": f"w{worker}.k{i % 7}", "value": i}
    if which == 2:
        return "runtime", {"component": f"svc-{worker}", "status": "up", "port": 1000 + i}
    return "validation", {"command": f"pytest -k w{worker}", "exit_code": i % 2}


def _ack_fd(path: str) -> int:
    return os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND | os.O_CLOEXEC, 0o600)


# -- child entry points ---------------------------------------------------------------


def writer_main(store_dir: str, worker: str, count: str, ack_path: str, go_path: str) -> None:
    """Append `count` events (singles and small batches), acking `id seq worker i` each.

    Prints `ready` once the store is open, then waits for the go file."""
    import handoff

    w, n = int(worker), int(count)
    store = handoff.open_store(store_dir, durability="always", lock_timeout=60)
    rnd = random.Random(w)
    fd = _ack_fd(ack_path)
    print("ready", flush=True)
    while not os.path.exists(go_path):
        time.sleep(0.001)
    i = 0
    while i < n:
        size = 1 if rnd.random() < 0.6 else min(rnd.randint(2, 5), n - i)
        if size == 1:
            events = [store.append(*item(w, i))]
        else:
            events = store.append_many([item(w, i + k) for k in range(size)])
        os.write(fd, "".join(f"{e.id} {e.seq} {w} {i + k}\n" for k, e in enumerate(events)).encode())
        i += size
        if rnd.random() < 0.5:
            # flock is not fair: without a pause now and then, one writer re-takes the
            # lock while the others back off, and the writers barely interleave
            time.sleep(rnd.random() * 0.002)
    os.close(fd)
    store.close()


def reader_main(store_dir: str, stop_path: str, out_path: str) -> None:
    """Alternate raw reads of latest.json and Store.latest() until told to stop; print
    `reading` once both kinds of read have succeeded.

    Each kind of read must never go backwards on its own. They are tracked apart because
    `Store.latest()` may be ahead of the file: it catches up in memory when the lock is
    busy instead of waiting to publish."""
    import handoff

    store = handoff.open_store(store_dir, create=False, lock_timeout=60)
    latest = os.path.join(store_dir, LATEST)
    log = os.path.join(store_dir, "events.jsonl") if store.backend.name == "jsonl" else None
    last_by_mode = {"raw": 0, "api": 0}
    reads = {"raw": 0, "api": 0}
    errors: list[str] = []
    backwards: list[list[Any]] = []
    while not os.path.exists(stop_path):
        for mode in ("raw", "api"):
            try:
                if mode == "raw":
                    with open(latest, encoding="utf-8") as f:
                        doc = json.loads(f.read())
                    # published only after the log holds the event: the file never names
                    # a position past the log's end as it stands after the read
                    if log is not None and doc["meta"]["position"] > os.path.getsize(log):
                        errors.append(f"raw: latest.json is at {doc['meta']['position']}, past the log")
                else:
                    doc = store.latest()
                seq = doc["meta"]["last_seq"]
            except Exception as err:  # reported to the test, which fails on any
                errors.append(f"{mode}: {type(err).__name__}: {err}")
                continue
            if seq < last_by_mode[mode]:
                backwards.append([mode, last_by_mode[mode], seq])
            last_by_mode[mode] = max(last_by_mode[mode], seq)
            reads[mode] += 1
            if reads["raw"] + reads["api"] == 2:
                print("reading", flush=True)  # both kinds of read work: the parent may go on
        time.sleep(0.0005)
    store.close()
    result = {"reads": reads, "errors": errors[:20], "n_errors": len(errors),
              "backwards": backwards[:20], "last": max(last_by_mode.values())}
    Path(out_path).write_text(json.dumps(result))


def lock_holder_main(store_dir: str, seconds: str) -> None:
    """Hold the store's write lock, say so, and sleep."""
    import handoff

    store = handoff.open_store(store_dir, create=False)
    with store.backend.lock(30):
        print("locked", flush=True)
        time.sleep(float(seconds))
    print("released", flush=True)


def crash_writer_main(store_dir: str, ack_path: str, seed: str, fsize_limit: str = "0") -> None:
    """Append forever (singles, small and large batches) until killed; ack `id seq`.

    Prints `ready` once the store is open, and `acked` once its first append is
    acknowledged (its ack line is on disk), so a parent can wait for that event instead
    of guessing how long start-up takes on a loaded machine.

    Large batches are one multi-page write(2), which a SIGKILL can cut short. With
    `fsize_limit`, RLIMIT_FSIZE makes the log write that crosses the limit come up short
    (as on a full disk): the writer prints `failed` and waits for its SIGKILL, leaving a
    real torn tail exactly `fsize_limit` bytes into the log.
    """
    import resource

    import handoff

    rnd = random.Random(int(seed))
    store = handoff.open_store(store_dir, durability="always")
    fd = _ack_fd(ack_path)
    command = f"pytest -q tests/ {FILLER * 40}"[:1900]  # one key in latest.json, big lines
    if int(fsize_limit):
        resource.setrlimit(resource.RLIMIT_FSIZE, (int(fsize_limit), int(fsize_limit)))
    print("ready", flush=True)
    n = 0
    while True:
        r = rnd.random()
        try:
            if r < BIG_BATCHES:
                events = store.append_many([
                    ("validation", {"command": command, "exit_code": k % 2, "summary": f"{n}.{k}"})
                    for k in range(rnd.randint(20, 60))
                ])
            elif r < 0.7:
                events = [store.append("note", {"text": f"crash note {seed}/{n}", "next_actions": ["x"]})]
            else:
                events = store.append_many(
                    [("config", {"key": f"k{n % 20}.{k}", "value": n}) for k in range(rnd.randint(2, 6))]
                )
        except OSError as err:
            print(f"failed {err.errno}", flush=True)
            time.sleep(120)
            raise
        os.write(fd, "".join(f"{e.id} {e.seq}\n" for e in events).encode())
        if n == 0:
            print("acked", flush=True)  # the parent kills only after this: never 0 acks
        n += 1


def purge_main(store_dir: str, ids_path: str) -> None:
    """Purge the ids listed in a file; print `start` just before and `done` after."""
    import handoff

    ids = Path(ids_path).read_text().split()
    store = handoff.open_store(store_dir, create=False)
    print("start", flush=True)
    store.purge(ids, reason="crash test")
    print("done", flush=True)
