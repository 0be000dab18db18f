"""The backend interface: what a place that keeps events durably must do.

The store (`handoff.store.Store`) owns everything that is the same on every backend:
validation, the privacy filter, seq and id assignment, stamping the envelope, folding
latest.json. A backend owns only where the bytes live: the write lock, the durable
append of `StoredEvent` records (with an optional `Tracking` record committed in the same
write or transaction), streaming reads from a position, the one sanctioned rewrite
(purge, compaction), and its own health check. Repairs of unreadable units are a
backend's own business (`repair`): only the JSONL log can have them.

A *position* is an opaque, monotonically growing integer a backend hands out: the JSONL
log uses the byte offset after a line, SQLite the event's seq. latest.json records the
position it was folded up to, so any reader can catch it up with `read(position)`.

A `StoredEvent` carries its canonical body: the exact bytes of its JSONL line. Every
backend stores and returns those bytes unchanged, which is what makes a round trip
JSONL -> SQLite -> JSONL byte-identical and lets promotion compare events by digest.

Every backend passes the same contract suite (`tests/test_backend_contract.py`), which is
how backends stay equal by construction.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Collection, Iterator, Sequence
from contextlib import AbstractContextManager
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar, Literal

from ..errors import CorruptStoreError
from ..kinds import SCHEMA_VERSION
from ..slotted import Frozen, Slotted

if TYPE_CHECKING:
    from ..files import StoreDir

Durability = Literal["always", "never"]



class GuessedWrong(CorruptStoreError):
    """An append made without taking the lock first (`append_lock`, a backend's guess that
    it still holds the end it last wrote) found that another client had written since.
    Nothing was written; `Store` writes again under the lock."""


class StoredEvent(Frozen):
    """One event as every backend stores it: the envelope's fields plus its canonical body
    (the JSONL line without its newline), kept byte for byte across backends."""

    __slots__ = ("id", "seq", "ts", "kind", "scope", "data", "body", "v")  # noqa: RUF023 (field order)
    id: str
    seq: int
    ts: str
    kind: str
    scope: dict[str, Any]
    data: dict[str, Any]
    body: bytes
    v: int

    def __init__(self, id: str, seq: int, ts: str, kind: str, scope: dict[str, Any],
                 data: dict[str, Any], body: bytes, v: int = SCHEMA_VERSION) -> None:
        put = object.__setattr__
        put(self, "id", id)
        put(self, "seq", seq)
        put(self, "ts", ts)
        put(self, "kind", kind)
        put(self, "scope", scope)
        put(self, "data", data)
        put(self, "body", body)
        put(self, "v", v)

    @classmethod
    def from_record(cls, rec: dict[str, Any]) -> StoredEvent:
        """Stamp a body on a new envelope given as a record (see `stamp`)."""
        return cls.stamp(rec["id"], rec["seq"], rec["ts"], rec["kind"], rec.get("scope") or {}, rec["data"],
                         rec.get("v", SCHEMA_VERSION))

    @classmethod
    def stamp(cls, event_id: str, seq: int, ts: str, kind: str, scope: dict[str, Any],
              data: dict[str, Any], v: int = SCHEMA_VERSION) -> StoredEvent:
        """A new envelope from its fields: the one place an event is serialised (the dict
        below is the canonical key order). The Store stamps one per append, so no record
        is built just to be read back."""
        import orjson  # here: reads never serialise

        body = orjson.dumps({"v": v, "id": event_id, "seq": seq, "ts": ts, "kind": kind, "scope": scope,
                             "data": data})
        return cls(event_id, seq, ts, kind, scope, data, body, v)

    @classmethod
    def from_body(cls, body: bytes, rec: dict[str, Any]) -> StoredEvent:
        """An event whose body was read from somewhere (kept as given, not re-serialised)."""
        return cls(rec["id"], rec["seq"], rec["ts"], rec["kind"], rec.get("scope") or {}, rec["data"],
                   body, rec.get("v", SCHEMA_VERSION))

    def record(self) -> dict[str, Any]:
        return {"v": self.v, "id": self.id, "seq": self.seq, "ts": self.ts, "kind": self.kind,
                "scope": self.scope, "data": self.data}

    @property
    def digest(self) -> str:
        import hashlib  # here, not at the top: it loads OpenSSL (~3 ms), which reads never need

        return hashlib.sha256(self.body).hexdigest()


class Tracking(Frozen):
    """Where a source (a promotion, an import) got to, committed atomically with the
    events taken from it: a crash between two batches can never duplicate or lose one."""

    __slots__ = ("source", "position", "digest", "count", "status", "detail")  # noqa: RUF023 (field order)
    source: str
    position: int
    digest: str
    count: int
    status: str
    detail: str

    def __init__(self, source: str, position: int, digest: str, count: int = 0, status: str = "running",
                 detail: str = "") -> None:
        put = object.__setattr__
        put(self, "source", source)
        put(self, "position", position)
        put(self, "digest", digest)
        put(self, "count", count)
        put(self, "status", status)
        put(self, "detail", detail)


class Item(Slotted):
    """One unit read from a backend: an envelope record, or None for unreadable bytes.

    `body` is the stored body (an event's line without its newline), or the bytes of an
    unreadable unit, so an audit can still look for secrets in it. A `quiet` item is
    neither an event nor damage (a tracking record in the log): readers step over it.
    Not frozen: a frozen one costs three times as much to build, and a rebuild builds one
    per event.
    """

    __slots__ = ("record", "start", "end", "body", "quiet")  # noqa: RUF023 (field order)
    record: dict[str, Any] | None
    start: int
    end: int
    body: bytes | None
    quiet: bool

    def __init__(self, record: dict[str, Any] | None, start: int, end: int, body: bytes | None = None,
                 quiet: bool = False) -> None:
        self.record = record
        self.start = start
        self.end = end
        self.body = body
        self.quiet = quiet


class Health(Slotted):
    """What a backend's self-check found. `bad` spans are (start, end) positions.

    Gaps in seq are counted, not judged here: a purge leaves gaps on purpose, and so does
    a damaged line moved to quarantine, so `doctor` weighs `missing_seqs` against both.
    """

    __slots__ = ("records", "bad", "torn_tail", "seq_problems", "last_seq", "missing_seqs", "purged")  # noqa: RUF023 (field order)
    records: int
    bad: list[tuple[int, int]]
    torn_tail: tuple[int, int] | None
    seq_problems: list[str]
    last_seq: int
    missing_seqs: int
    purged: int

    def __init__(self, records: int = 0, bad: list[tuple[int, int]] | None = None,
                 torn_tail: tuple[int, int] | None = None, seq_problems: list[str] | None = None,
                 last_seq: int = 0, missing_seqs: int = 0, purged: int = 0) -> None:
        self.records = records
        self.bad = [] if bad is None else bad
        self.torn_tail = torn_tail
        self.seq_problems = [] if seq_problems is None else seq_problems
        self.last_seq = last_seq
        self.missing_seqs = missing_seqs
        self.purged = purged

    def note_seq(self, rec: dict[str, Any]) -> None:
        """Account for one good record, in log order."""
        seq = rec["seq"]
        if seq > self.last_seq + 1:
            self.missing_seqs += seq - self.last_seq - 1
        self.last_seq = seq
        if rec["kind"] == "purge":
            self.purged += len(rec["data"]["event_ids"])
        elif rec["kind"] == "compact":  # cumulative: the newest tombstone counts all before it
            self.purged += rec["data"]["removed"]

    @property
    def unexplained_gaps(self) -> int:
        """Missing seq numbers no purge accounts for."""
        return max(0, self.missing_seqs - self.purged)

    @property
    def ok(self) -> bool:
        return not self.bad and self.torn_tail is None and not self.seq_problems


class AppendResult(Frozen):
    """Where an append ended, and how many unreadable units it sealed off on the way."""

    __slots__ = ("position", "sealed")
    position: int
    sealed: int

    def __init__(self, position: int, sealed: int = 0) -> None:
        object.__setattr__(self, "position", position)
        object.__setattr__(self, "sealed", sealed)


class Backend(ABC):
    """A durable, append-only home for event records."""

    name: ClassVar[str]

    def __init__(self, directory: StoreDir, *, durability: Durability = "always") -> None:
        self.dir = directory
        self.root = directory.path
        self.durability: Durability = durability

    @property
    @abstractmethod
    def location(self) -> Path:
        """The file that holds the data (what DuckDB or a backup reads)."""

    @abstractmethod
    def create(self) -> None:
        """Create the backend's files in an existing store directory (idempotent)."""

    @abstractmethod
    def lock(self, timeout: float) -> AbstractContextManager[None]:
        """The exclusive cross-process write lock; raises LockTimeout."""

    @abstractmethod
    def end(self) -> tuple[int, int]:
        """(identity, position) of the durable end; identity changes when data is rewritten."""

    @abstractmethod
    def append(self, events: Sequence[StoredEvent], expected: int, *,
               tracking: Tracking | None = None) -> AppendResult:
        """Durably append events (under the lock) and `tracking` with them, all or nothing;
        return the new end.

        `expected` is the position the caller folded up to; anything past it that is not
        a complete record (a torn tail from a crash) is sealed off, never glued to new data.
        """

    @abstractmethod
    def read(self, start: int = 0) -> Iterator[Item]:
        """Stream records from `start` in constant memory; unreadable units yield None.

        A record is only ever yielded if `handoff.kinds.is_envelope` holds for it, so
        callers need not check again."""

    def read_back(self, end: int | None = None) -> Iterator[Item]:
        """Stream the units that end at or before `end` (the durable end if None), newest
        first: exactly `read(0)`'s items in reverse order, so a reader that needs only the
        end of the log (`log --limit`) stops early instead of parsing all of it.

        This default reads forward and reverses, which is correct for any backend and
        costs a full read; backends override it with a read from the end."""
        items = [item for item in self.read(0) if end is None or item.end <= end]
        yield from reversed(items)

    def start_after(self, *, seq: int | None = None, ts: str | None = None) -> int:
        """A position from which `read` yields every event with a seq above `seq` (or a
        ts above `ts`), and as few earlier units as the backend can cheaply skip.

        seq and ts only grow along a log (`Store._stamp`), which is what lets a backend
        search for it. 0 is always a correct answer: this default, which costs the
        caller a full read."""
        return 0

    @abstractmethod
    def record_before(self, position: int) -> dict[str, Any] | None:
        """The record that ends exactly at `position`, if any (to verify a saved position)."""

    @abstractmethod
    def tracking(self, source: str) -> Tracking | None:
        """The latest tracking record of `source`, if any."""

    def sources(self) -> list[Tracking]:
        """Every source's latest tracking record."""
        return []

    def lookup(self, ids: Collection[str]) -> dict[str, str]:
        """The digest of each stored event whose id is in `ids` (a full read by default)."""
        import hashlib

        wanted = set(ids)
        found = {}
        for item in self.read(0):
            if item.record is not None and item.record["id"] in wanted and item.body is not None:
                found[item.record["id"]] = hashlib.sha256(item.body).hexdigest()
        return found

    def bodies(self) -> Iterator[bytes]:
        """Every stored event's body in log order, as stored (what a promotion's
        verification hashes; a backend that can skip parsing them overrides this)."""
        for item in self.read(0):
            if item.record is not None and item.body is not None:
                yield item.body

    def data_size(self) -> int:
        """Bytes the data takes (what `doctor` reports and `compact` shrinks): the data
        file and its write-ahead log, by default."""
        total = 0
        for suffix in ("", "-wal"):
            entry = self.dir.lstat(self.location.name + suffix)
            if entry is not None:
                total += entry.st_size
        return total

    @abstractmethod
    def rewrite(self, drop_ids: set[str], extra: Sequence[StoredEvent]) -> int:
        """Atomically replace the data without `drop_ids`, appending `extra`; return the
        records dropped. Refuses (CorruptStoreError) while unreadable units remain.
        A crash at any point leaves the old data or the new, never a mix."""

    @abstractmethod
    def copy_to(self, target: StoreDir) -> list[str]:
        """Write a consistent copy of the data into the directory `target` (new files,
        made durable); return their names. The caller holds the lock."""

    def repair(self, quarantine: StoreDir) -> int:
        """Move unreadable units and later duplicates into `quarantine`; return bytes moved.
        Only a backend that can hold unreadable units has anything to do."""
        return 0

    @abstractmethod
    def check(self) -> Health:
        """Read everything and report unreadable units, a torn tail and seq problems."""

    @abstractmethod
    def close(self) -> None:
        """Release descriptors; the backend may be used again afterwards."""
