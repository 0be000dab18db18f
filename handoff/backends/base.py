"""The backend interface: what a place that keeps events durably must do.

The store (`handoff.store.Store`) owns everything that is the same on every backend:
validation, the privacy filter, seq and id assignment, folding latest.json. A backend
owns only where the bytes live: the write lock, the durable append, streaming reads from
a position, the one sanctioned rewrite (purge and repair), and its own health check.

A *position* is an opaque, monotonically growing integer a backend hands out: the JSONL
log uses the byte offset after a line, SQLite will use the row id. latest.json records
the position it was folded up to, so any reader can catch it up with `read(position)`.

Every backend passes the same contract suite (`tests/test_backend_contract.py`), which is
how backends stay equal by construction.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterator
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar, Literal

if TYPE_CHECKING:
    from ..files import StoreDir

Durability = Literal["always", "never"]


@dataclass(slots=True)
class Item:
    """One unit read from a backend: an envelope record, or None for unreadable bytes.

    Not frozen: a frozen dataclass costs three times as much to build, and a rebuild
    builds one per event.
    """

    record: dict[str, Any] | None
    start: int
    end: int
    raw: bytes | None = None
    """The bytes of an unreadable unit, so an audit can still look for secrets in it."""


@dataclass(slots=True)
class Health:
    """What a backend's self-check found. `bad` spans are (start, end) positions.

    Gaps in seq are counted, not judged here: a purge leaves gaps on purpose, and so does
    a damaged line moved to quarantine, so `doctor` weighs `missing_seqs` against both.
    """

    records: int = 0
    bad: list[tuple[int, int]] = field(default_factory=list)
    torn_tail: tuple[int, int] | None = None
    seq_problems: list[str] = field(default_factory=list)
    last_seq: int = 0
    missing_seqs: int = 0
    purged: int = 0

    def note_seq(self, rec: dict[str, Any]) -> None:
        """Account for one good record, in log order."""
        seq = rec["seq"]
        if seq > self.last_seq + 1:
            self.missing_seqs += seq - self.last_seq - 1
        self.last_seq = seq
        if rec["kind"] == "purge":
            self.purged += len(rec["data"]["event_ids"])

    @property
    def unexplained_gaps(self) -> int:
        """Missing seq numbers no purge accounts for."""
        return max(0, self.missing_seqs - self.purged)

    @property
    def ok(self) -> bool:
        return not self.bad and self.torn_tail is None and not self.seq_problems


@dataclass(frozen=True, slots=True)
class AppendResult:
    """Where an append ended, and how many unreadable units it sealed off on the way."""

    position: int
    sealed: int = 0


class Backend(ABC):
    """A durable, append-only home for event records."""

    name: ClassVar[str]

    def __init__(self, directory: StoreDir, *, durability: Durability = "always") -> None:
        self.dir = directory
        self.root = directory.path
        self.durability: Durability = durability

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
    def append(self, lines: list[bytes], expected: int) -> AppendResult:
        """Durably append serialized records (under the lock); return the new end.

        `expected` is the position the caller folded up to; anything past it that is not
        a complete record (a torn tail from a crash) is sealed off, never glued to new data.
        """

    @abstractmethod
    def read(self, start: int = 0) -> Iterator[Item]:
        """Stream records from `start` in constant memory; unreadable units yield None.

        A record is only ever yielded if `handoff.kinds.is_envelope` holds for it, so
        callers need not check again."""

    @abstractmethod
    def record_before(self, position: int) -> dict[str, Any] | None:
        """The record that ends exactly at `position`, if any (to verify a saved position)."""

    @abstractmethod
    def rewrite(self, drop_ids: set[str], extra: list[bytes]) -> int:
        """Atomically replace the data without `drop_ids`, appending `extra`; return the
        records dropped. Refuses (CorruptStoreError) while unreadable units remain.
        A crash at any point leaves the old data or the new, never a mix."""

    @abstractmethod
    def repair(self, quarantine: StoreDir) -> int:
        """Move unreadable units and later duplicates into `quarantine`; return bytes moved."""

    @abstractmethod
    def check(self) -> Health:
        """Read everything and report unreadable units, a torn tail and seq problems."""

    @abstractmethod
    def close(self) -> None:
        """Release descriptors; the backend may be used again afterwards."""
