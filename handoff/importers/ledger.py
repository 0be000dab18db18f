"""The import ledger and the engine that commits imported events against it.

Every imported source has one ledger entry: the backend's `Tracking` record under the key
`import:<kind>:<absolute path>`, holding where the read got to (`position`), the sha256
of the file (`digest`, once done), the records accounted for (`count`), the status
(running, done, failed) and a JSON `detail` (path, size, lines, time, the run that wrote
it, the error of a failed run). It is committed in the same write or transaction as the
events of each batch, so the ledger and the events can never disagree.

The guarantees, and what gives each:

- At most once: a source whose entry is `done` is not read again ("already imported"),
  even if the file changed since; `again=True` re-imports explicitly.
- Never duplicated: every imported event has an id fixed by the source and its place in
  it (`derived_id`, or the id it already had in another store's log), and each batch
  is checked, under the store's lock, against the ids the store holds. A rerun after a
  crash between two batches, or an `again`, skips what is already there; an id held
  with other content (the file changed) is reported as divergent and left out.
- Exactly one importer: each commit compares the entry with the one this run last saw
  (a compare-and-swap under the lock; every entry names its run), so of two processes
  importing the same source the first to commit continues and the other stops.
- Done means durable: before the entry is marked done, the events of this source the
  store durably holds are counted against the records the source produced: what the
  backend acknowledged (an append returns once it is durable), as long as the log is the
  one this run appended to and has not shrunk; if it was rewritten meanwhile (a purge, a
  compaction, a restore), the store is read back and counted.
- The source is the user's file: opened read-only (`SourceFile`), never written,
  renamed, copied or deleted. A read error fails the import (recorded in the entry, so
  it can be retried) and is never taken for the end of the file.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import socket
import stat
import time
import uuid
from array import array
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import orjson

from ..backends.base import Tracking
from ..backends.jsonl import JsonlBackend
from ..errors import CorruptStoreError, HandoffError, ValidationError

if TYPE_CHECKING:
    from ..store import Store

CHUNK = 1 << 20
MAX_LISTED = 1000
"""Line numbers and ids kept per report list; the counts go on beyond (memory stays flat)."""
Progress = Callable[[int, int, int], None]
"""progress(bytes read, file size, lines read)."""


class ImportContended(HandoffError):
    """Another process is importing the same source right now (exit 4, like a busy lock)."""

    exit_code = 4


def source_key(kind: str, path: Path) -> str:
    return f"import:{kind}:{path}"


def id_prefix(key: str) -> str:
    """The first 13 characters every id derived for `key` shares (a cheap filter)."""
    return derived_id(key)[:13]


def derived_id(key: str, *parts: object) -> str:
    """A UUID (version 8, RFC 9562's custom form) fixed by the source and a position in it:
    48 bits from the source key, the rest from `parts`, so a rerun mints the same ids."""
    return IdMaker(key).make(*parts)


_VARIANT = {c: "89ab"[int(c, 16) & 3] for c in "0123456789abcdef"}
"""A hex digit's high bits replaced by RFC 9562's variant (10), as a hex digit."""


class IdMaker:
    """`derived_id` for one source: its 48-bit head hashed and formatted once, the
    source key's JSON once; per id, one hash of the parts and string slices (it runs
    once per imported summary)."""

    __slots__ = ("_lead", "_started", "head", "key")

    def __init__(self, key: str) -> None:
        self.key = key
        self.head = hashlib.sha256(key.encode()).digest()[:6]
        h = self.head.hex()
        self._lead = f"{h[:8]}-{h[8:12]}-"
        self._started = hashlib.sha256(orjson.dumps([key])[:-1] + b",")
        """The hash fed with the JSON array's start, `["<key>",`: copied per id."""

    def make(self, *parts: object) -> str:
        # The hash of the JSON array [key, *parts] (compact, as orjson writes it); of its
        # first 10 bytes, the version (8) replaces the first digit and the variant the
        # high bits of the fifth.
        if parts:
            sha = self._started.copy()
            sha.update(orjson.dumps(parts)[1:])
        else:
            sha = hashlib.sha256(orjson.dumps([self.key]))
        t = sha.hexdigest()
        return f"{self._lead}8{t[1:4]}-{_VARIANT[t[4]]}{t[5:8]}-{t[8:20]}"


def content_digest(kind: str, scope: dict[str, Any], data: dict[str, Any]) -> str:
    """What makes two events with one id the same event: their kind, scope and data (the
    seq and time are this store's own; a merged event is re-sequenced)."""
    return hashlib.sha256(orjson.dumps([kind, scope, data], option=orjson.OPT_SORT_KEYS)).hexdigest()


@dataclass(slots=True)
class Prepared:
    """One event an importer produced, validated and filtered, not yet stamped."""

    id: str
    ts: str
    kind: str
    data: dict[str, Any]
    scope: dict[str, Any] = field(default_factory=dict)

    @property
    def digest(self) -> str:
        return content_digest(self.kind, self.scope, self.data)


@dataclass(slots=True)
class Listed:
    """A count with the first MAX_LISTED items (line numbers, ids) kept for the report."""

    count: int = 0
    items: list[Any] = field(default_factory=list)

    def add(self, item: Any) -> None:
        self.count += 1
        if len(self.items) < MAX_LISTED:
            self.items.append(item)

    def to_dict(self) -> dict[str, Any]:
        return {"count": self.count, "items": self.items, "more": self.count - len(self.items)}


@dataclass(slots=True)
class ImportReport:
    kind: str
    path: str
    status: str = "imported"
    """imported | already imported | missing"""
    lines: int = 0
    records: int = 0
    """Events the source produced (summaries, or another log's events) that were kept."""
    lines_used: int = 0
    """Lines that went into a kept record."""
    imported: int = 0
    """Events appended to this store by this run."""
    duplicates: int = 0
    """Events the store already held with the same content (skipped)."""
    skipped: Listed = field(default_factory=Listed)
    """Lines read but not imported, by line number: missing fields, kinds not merged."""
    rejected_privacy: Listed = field(default_factory=Listed)
    unparseable: Listed = field(default_factory=Listed)
    divergent: Listed = field(default_factory=Listed)
    """Ids the store holds with other content: reported and left out."""
    sha256: str = ""
    size: int = 0
    notes: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "path": self.path, "status": self.status, "lines": self.lines,
                "records": self.records, "lines_used": self.lines_used, "imported": self.imported,
                "duplicates": self.duplicates, "skipped": self.skipped.to_dict(),
                "rejected_privacy": self.rejected_privacy.to_dict(),
                "unparseable": self.unparseable.to_dict(), "divergent": self.divergent.to_dict(),
                "sha256": self.sha256, "size": self.size, "notes": self.notes}


class SourceFile:
    """The user's file, read once, front to back, read-only, hashing every byte read.

    Opened without following into anything but a regular file (a FIFO would hang, a
    device never end); read in large chunks, split into lines here, so the per-line cost
    is the parse alone."""

    def __init__(self, path: Path) -> None:
        self.path = path
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
        try:
            info = os.fstat(fd)
            if not stat.S_ISREG(info.st_mode):
                raise ValidationError(f"{path} is not a regular file")
            os.set_blocking(fd, True)
        except BaseException:
            os.close(fd)
            raise
        self.fd = fd
        self.size = info.st_size
        self.read_bytes = 0
        self.lines = 0
        self.sha = hashlib.sha256()

    def close(self) -> None:
        if self.fd >= 0:
            os.close(self.fd)
            self.fd = -1

    def blocks(self) -> Iterator[list[bytes]]:
        """Lists of complete lines (without newlines), in file order; a last line without
        a newline is a line too. A read error propagates: it is never the end."""
        rest = b""
        while True:
            chunk = os.read(self.fd, CHUNK)
            if not chunk:
                break
            self.sha.update(chunk)
            self.read_bytes += len(chunk)
            parts = (rest + chunk).split(b"\n") if rest else chunk.split(b"\n")
            rest = parts.pop()
            self.lines += len(parts)
            yield parts
        if rest:
            self.lines += 1
            yield [rest]


_HEAP_TUNED = False


def keep_freed_memory() -> None:
    """Let this process (and the workers it forks) reuse the memory it frees, on glibc.

    An import allocates and frees the same amounts again and again: a batch of event
    bodies and records, a worker's parsed lines and pickled summaries, 1 MiB reads.
    glibc by default gives the top of the heap back to the system once 128 KiB of it is
    free, and serves large blocks from fresh mappings, so each batch faulted its pages
    in again (about 110,000 page faults in the workers of a 1,000,000-line import, a
    few microseconds each). Here the top is kept up to 64 MiB and blocks up to 32 MiB
    come from the heap. Peak memory does not change (pages that were in use stay
    counted); what was freed is reused instead of returned and faulted in again. Set
    once per process; a libc without `mallopt` is left as it is."""
    global _HEAP_TUNED
    if _HEAP_TUNED:
        return
    _HEAP_TUNED = True
    try:
        import ctypes

        mallopt = ctypes.CDLL(None).mallopt
    except (OSError, AttributeError):
        return
    mallopt(-1, 64 << 20)  # M_TRIM_THRESHOLD
    mallopt(-2, 1 << 20)  # M_TOP_PAD
    mallopt(-3, 32 << 20)  # M_MMAP_THRESHOLD


def _detail(path: Path, src: SourceFile | None, run: str, **extra: Any) -> str:
    info: dict[str, Any] = {"path": str(path), "run": run, "time": time.time(), "pid": os.getpid(),
                            "host": socket.gethostname()}
    if src is not None:
        info.update(size=src.size, read=src.read_bytes, lines=src.lines)
    info.update(extra)
    return orjson.dumps(info).decode()


def running_elsewhere(t: Tracking) -> int | None:
    """The pid of a live process on this host whose run wrote the `running` entry `t`
    (None if it is finished, dead, ours, or on another host: a dead run is taken over)."""
    info = entry_detail(t)
    pid = info.get("pid")
    if t.status != "running" or type(pid) is not int or pid <= 0 or pid == os.getpid():
        return None
    if info.get("host") != socket.gethostname():
        return None
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return None
    except PermissionError:
        return pid
    return pid


def entry_detail(t: Tracking) -> dict[str, Any]:
    """A ledger entry's detail as a dict ({} if it is not ours)."""
    try:
        info = orjson.loads(t.detail)
    except orjson.JSONDecodeError:
        return {}
    return info if isinstance(info, dict) else {}


class Ledger:
    """One run of one importer over one source: the batches, the checks, the entry."""

    def __init__(self, store: Store, kind: str, path: Path, *, again: bool = False,
                 batch: int = 1000, progress: Progress | None = None,
                 belongs: Callable[[str], bool] | None = None) -> None:
        self.store = store
        self.kind = kind
        self.path = path
        self.key = source_key(kind, path)
        self.again = again
        self.batch = max(1, batch)
        self.progress = progress
        self.belongs = belongs
        """Which stored ids this source could have produced (None: any id)."""
        self.run = uuid.uuid4().hex
        self.report = ImportReport(kind, str(path))
        self.seen: Tracking | None = None
        self.held: dict[str, str] = {}
        self.scanned = (0, 0)  # (identity, position) the store was read up to
        self.expected: set[str] = set()
        self.unique = False
        """The producer mints each id once per run (`unique_ids`): then the ids this run
        committed are kept as sorted 64-bit hashes, not strings, and fresh items need no
        content digest (memory per summary: 8 bytes)."""
        self.hashes = array("q")
        self.count = 0
        self.appended: tuple[int, int] | None = None
        """(identity, end) of the log after this run's last commit (see `_durable_count`)."""
        self.rewritten = False
        """A commit of this run found the log rewritten since the one before."""

    # -- the store's side ----------------------------------------------------------------

    def _catch_up(self) -> None:
        """Learn the ids (and content digests) of events stored since the last look."""
        backend = self.store.backend
        ident, _ = backend.end()
        start = self.scanned[1] if self.scanned[0] == ident else 0
        if start == 0:
            self.held.clear()
        belongs = self.belongs
        position = start
        for item in backend.read(start):
            position = item.end
            rec = item.record
            if rec is None or (belongs is not None and not belongs(rec["id"])):
                continue
            self.held[rec["id"]] = content_digest(rec["kind"], rec.get("scope") or {}, rec["data"])
        self.scanned = (ident, position)

    def _check_turn(self) -> None:
        """Under the lock: the entry is still the one this run last saw, or stop.

        A JSONL log holds the entries as lines among the events, so reading one scans the
        whole log (each commit of a long import would read all the others again). There,
        a log that still ends exactly where this run's last commit left it (same file,
        same size: every write of any process, a tracking line included, grows it, and a
        rewrite replaces the file) holds no entry but the one this run wrote."""
        backend = self.store.backend
        if (self.appended is not None and isinstance(backend, JsonlBackend)
                and backend.end() == self.appended):
            return
        now = backend.tracking(self.key)
        if now != self.seen:
            if now is not None and now.status == "done" and not self.again:
                raise ImportContended(f"{self.path} was imported by another process meanwhile")
            raise ImportContended(f"{self.path} is being imported by another process")

    def _commit(self, items: list[Prepared], src: SourceFile | None, status: str,
                **extra: Any) -> None:
        store = self.store
        with store.backend.lock(store.lock_timeout):
            self._check_turn()
            state = store._synced_state()
            self._catch_up()
            fresh: list[Prepared] = []
            if self.unique:
                self._sort_unique(items, fresh)
            else:
                for item in items:
                    digest = item.digest
                    held = self.held.get(item.id)
                    if held is None:
                        fresh.append(item)
                        self.held[item.id] = digest
                        self.expected.add(item.id)
                    elif held == digest:
                        if item.id not in self.expected:
                            self.report.duplicates += 1
                            self.expected.add(item.id)
                    else:
                        self.report.divergent.add(item.id)
                self.count = len(self.expected)
            events = store._stamp(state, [(i.kind, i.data, i.scope) for i in fresh],
                                  keep=[(i.id, i.ts) for i in fresh])
            count = self.count
            position = src.read_bytes if src is not None else 0
            digest = src.sha.hexdigest() if src is not None and status == "done" else ""
            tracking = Tracking(self.key, position, digest, count, status,
                                _detail(self.path, src, self.run, **extra))
            store._commit(state, events, tracking=tracking)
            self.scanned = (self.scanned[0], state["meta"]["position"])
            if self.appended is not None and self.appended[0] != self.scanned[0]:
                self.rewritten = True
            self.appended = self.scanned
            self.seen = tracking
            self.report.imported += len(events)

    def _sort_unique(self, items: list[Prepared], fresh: list[Prepared]) -> None:
        """`_commit`'s triage when every id comes once per run: only ids the store held
        before this run can be duplicates or divergent."""
        held_ids = self.held
        if not held_ids:  # a source imported into a store without its ids: all are fresh
            fresh.extend(items)
            self.hashes.extend([hash(item.id) for item in items])
            self.count += len(items)
            return
        for item in items:
            held = held_ids.get(item.id)
            if held is None:
                fresh.append(item)
            elif held == item.digest:
                self.report.duplicates += 1
            else:
                self.report.divergent.add(item.id)
                continue
            self.hashes.append(hash(item.id))
            self.count += 1

    def _durable_count(self) -> int:
        """How many of this run's expected ids the store durably holds.

        Every commit of this run was acknowledged by the backend, which returns only once
        the append is durable (fsync, a committed transaction), and each one checked the
        ids held before it under the lock. If the log is still the one those commits
        appended to (same identity, not shorter than this run's last commit left it: an
        append-only log only grows), all of it is still there: the count is what was
        acknowledged. Otherwise (a purge, a compaction or a restore rewrote it meanwhile)
        the store is read back and this run's ids are counted in it."""
        ident, end = self.store.backend.end()
        if (not self.rewritten and self.appended is not None and self.appended[0] == ident
                and end >= self.appended[1]):
            return self.count
        return self._read_back_count()

    def _read_back_count(self) -> int:
        """Read the store back: how many of this run's expected ids it holds."""
        found = 0
        belongs = self.belongs
        if self.unique:
            hashes = array("q", sorted(self.hashes))
            n = len(hashes)
            for item in self.store.backend.read(0):
                rec = item.record
                if rec is None or (belongs is not None and not belongs(rec["id"])):
                    continue
                h = hash(rec["id"])
                i = bisect_left(hashes, h)
                found += i < n and hashes[i] == h
            return found
        for item in self.store.backend.read(0):
            rec = item.record
            if rec is not None and rec["id"] in self.expected:
                found += 1
        return found

    # -- the run -------------------------------------------------------------------------

    def run_import(self, produce: Callable[[SourceFile, ImportReport], Iterable[Prepared]]
                   ) -> ImportReport:
        report = self.report
        keep_freed_memory()
        self.unique = bool(getattr(produce, "unique_ids", False))
        self.seen = self.store.backend.tracking(self.key)
        if self.seen is not None and self.seen.status == "done" and not self.again:
            report.status = "already imported"
            report.sha256 = self.seen.digest
            report.records = self.seen.count
            return report
        if self.seen is not None and (pid := running_elsewhere(self.seen)) is not None:
            raise ImportContended(f"{self.path} is being imported by process {pid}")
        try:
            src = SourceFile(self.path)
        except FileNotFoundError:
            report.status = "missing"
            return report
        except OSError as exc:
            self._fail(None, f"cannot open: {exc.strerror or exc}")
            raise
        try:
            report.size = src.size
            self._catch_up()
            pending: list[Prepared] = []
            try:
                for item in produce(src, report):
                    pending.append(item)
                    if len(pending) >= self.batch:
                        self._commit(pending, src, "running")
                        pending = []
                        if self.progress is not None:
                            self.progress(src.read_bytes, src.size, src.lines)
            except OSError as exc:
                # A read error is never the end of the file: what was committed stays
                # (its ids are fixed, so the retry skips it); the entry says failed.
                self._fail(src, f"read error after {src.read_bytes} bytes: {exc.strerror or exc}")
                raise
            self._commit(pending, src, "running")
            report.lines = src.lines
            report.sha256 = src.sha.hexdigest()
            report.records = self.count
            durable = self._durable_count()
            if durable != self.count:
                message = (f"the store holds {durable} of the {self.count} events "
                           f"imported from {self.path}")
                self._fail(src, message)
                raise CorruptStoreError(message + ": the import was marked failed; run it again")
            self._commit([], src, "done", records=self.count, lines_used=report.lines_used,
                         divergent=report.divergent.count)
            if self.progress is not None:
                self.progress(src.read_bytes, src.size, src.lines)
        finally:
            src.close()
        return report

    def _fail(self, src: SourceFile | None, error: str) -> None:
        """Record the failure in the entry (if this run still holds the turn)."""
        with contextlib.suppress(HandoffError, OSError):  # the original error is reported
            self._commit([], src, "failed", error=error)
