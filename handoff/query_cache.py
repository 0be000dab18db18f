"""A validated copy of a big JSONL log for DuckDB, kept outside the store (parquet).

Why: the `events` view must never show a line the store's readers skip, so every line
goes through the envelope checks in SQL (`handoff.query.ENVELOPE`), and on a big log those
checks cost many times the scan itself. The log is append-only, so a line checked once
stays checked: the rows that passed are kept as parquet segments, each covering a byte
range of the log, and a later query checks only the lines appended since.

Where, and why not in the store: a store directory can arrive with a cloned repository,
so anything in it may have been planted; a planted cache would put unchecked rows in the
views. The cache lives in a private directory of the temp dir (`handoff-query-<uid>`,
0700, ours, not a link; anything else and no cache is used). Nothing is ever read back
from it into the store: it is a derived view, rebuilt when it does not match.

When a cache matches: the same file (device and inode of the descriptor the query opened),
the same validator (a hash of the SQL that checks lines, and the DuckDB version), a log
at least as long as the cached end, and the same 64 KiB before that end. A purge rewrites
the log (a new inode) and so starts a new cache. What this does not catch: a log edited
in place in its middle, keeping its inode and the bytes before the cached end's last
64 KiB; the store's writers only ever append, and a replaced file is a new inode.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import stat
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import orjson

if TYPE_CHECKING:
    import duckdb

CACHE_MIN_BYTES = 1 << 20
"""Logs smaller than this are checked in place on every query (the cache would not pay)."""
SEGMENTS_MAX = 8
"""More segments than this are merged into one, so a query opens few files."""
TAIL_CHECK = 1 << 16
"""Bytes before the cached end whose digest must still match."""
STALE_AFTER_S = 7 * 86400
"""Cache files untouched this long (a purged or deleted log's) are removed."""


def cache_dir() -> Path | None:
    """The private cache directory, or None if it cannot be made safe (then no cache)."""
    base = Path(tempfile.gettempdir()) / f"handoff-query-{os.getuid()}"
    try:
        os.mkdir(base, 0o700)
    except FileExistsError:
        pass
    except OSError:
        return None
    try:
        st = os.lstat(base)
    except OSError:
        return None
    if not stat.S_ISDIR(st.st_mode) or st.st_uid != os.getuid() or st.st_mode & 0o077:
        return None
    return base


def _digest(fd: int, end: int) -> str:
    start = max(0, end - TAIL_CHECK)
    return hashlib.sha256(os.pread(fd, end - start, start)).hexdigest()


def complete_end(fd: int, size: int) -> int:
    """Where the log's last complete line ends: a torn tail (no newline yet) is left out,
    as the store's readers leave it until a writer seals it."""
    pos = size
    while pos > 0:
        back = min(pos, 1 << 16)
        chunk = os.pread(fd, back, pos - back)
        i = chunk.rfind(b"\n")
        if i >= 0:
            return pos - back + i + 1
        pos -= back
    return 0


def _load_meta(path: Path) -> dict[str, Any] | None:
    try:
        meta = orjson.loads(path.read_bytes())
    except (OSError, orjson.JSONDecodeError):
        return None
    if (type(meta) is not dict or type(meta.get("end")) is not int or type(meta.get("tail")) is not str
            or type(meta.get("validator")) is not str or type(meta.get("segments")) is not list
            or not all(type(s) is str and "/" not in s for s in meta["segments"])):
        return None
    return meta


def _replace(path: Path, payload: bytes) -> None:
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o600)
    try:
        os.write(fd, payload)
    finally:
        os.close(fd)
    os.replace(tmp, path)


def segments(con: duckdb.DuckDBPyConnection, fd: int, log_path: str, validator: str,
             checked_rows: Callable[[str, bool], str]) -> list[Path] | None:
    """The parquet segments holding every checked event of the log open at `fd` (which
    DuckDB reads as `log_path`), brought
    up to date first (only lines appended since the last query are checked); None when
    no cache applies (a small log, no safe cache directory) and the caller reads in place.

    `checked_rows(path, whole_log)` is the SQL of the rows that pass the checks in the
    JSONL file at `path` (`whole_log`: the log itself, whose torn tail must be left out).
    """
    st = os.fstat(fd)
    base = cache_dir() if st.st_size >= CACHE_MIN_BYTES else None
    if base is None:
        return None
    key = hashlib.sha256(f"{st.st_dev}:{st.st_ino}".encode()).hexdigest()[:24]
    meta_path = base / f"{key}.json"
    end = complete_end(fd, st.st_size)
    meta = _load_meta(meta_path)
    have: list[str] = []
    start = 0
    if (meta is not None and meta["validator"] == validator and 0 < meta["end"] <= end
            and _digest(fd, meta["end"]) == meta["tail"] and all((base / s).is_file() for s in meta["segments"])):
        have, start = list(meta["segments"]), meta["end"]
    if start == end and have:
        return [base / s for s in have]
    new = f"{key}-{uuid.uuid4().hex}.parquet"
    if start == 0:  # the log read in place, unless a writer appended while DuckDB read it
        _copy(con, checked_rows(log_path, True), base / new)
        if os.fstat(fd).st_size != st.st_size:
            (base / new).unlink()
            start = -1
    if start != 0:  # exactly the bytes [start, end), through a copy
        start = max(start, 0)
        tail = base / f".{key}-{uuid.uuid4().hex}.jsonl"
        out = os.open(tail, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o600)
        try:
            pos = start
            while pos < end:
                chunk = os.pread(fd, min(end - pos, 1 << 22), pos)
                if not chunk:
                    break
                os.write(out, chunk)
                pos += len(chunk)
        finally:
            os.close(out)
        try:
            _copy(con, checked_rows(str(tail), False), base / new)
        finally:
            tail.unlink(missing_ok=True)
    have.append(new)
    if len(have) > SEGMENTS_MAX:
        merged = f"{key}-{uuid.uuid4().hex}.parquet"
        _copy(con, "SELECT * FROM read_parquet([" + ", ".join(_lit(str(base / s)) for s in have) + "])",
              base / merged)
        have = [merged]
    _replace(meta_path, orjson.dumps({"validator": validator, "end": end, "tail": _digest(fd, end),
                                      "segments": have}))
    _sweep(base, key, set(have))
    return [base / s for s in have]


def _lit(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def _copy(con: duckdb.DuckDBPyConnection, sql: str, target: Path) -> None:
    """Write the rows of `sql` as a parquet file, complete or not at all."""
    tmp = target.with_name(f".{target.name}.tmp")
    con.execute(f"COPY ({sql}) TO {_lit(str(tmp))} (FORMAT parquet)")
    os.replace(tmp, target)


def _sweep(base: Path, key: str, keep: set[str]) -> None:
    """Remove this log's replaced segments (after a minute: a query running in another
    process may still be reading one) and any cache file left untouched for a week."""
    now = time.time()
    with contextlib.suppress(OSError):
        for entry in os.scandir(base):
            if entry.name in keep or entry.name == f"{key}.json" or not entry.is_file(follow_symlinks=False):
                continue
            age = now - entry.stat(follow_symlinks=False).st_mtime
            if (entry.name.startswith(key) and age > 60) or age > STALE_AFTER_S:
                with contextlib.suppress(OSError):
                    os.unlink(base / entry.name)
