"""The JSONL backend: one append-only `events.jsonl` per store.

Data model: one event envelope per line, UTF-8 JSON, `\\n`-terminated, in seq order.
A position is the byte offset just after a line. A line without its newline at the end
of the file is a torn tail (a writer died mid-write, or is writing right now); a
complete line that does not parse as an envelope is unreadable. Readers skip both and
report them, and never crash on them.

Durability promise: with durability "always" (the default) an append returns only after
its bytes are written with one `write` under the store's exclusive lock and `fsync`ed,
so an acknowledged event survives a crash or power loss. A batch is one write and one
fsync; if the write fails part-way (a full disk), the log is truncated back to where the
batch began, so a failed batch leaves no event behind. With "never", appends are
durable only when the OS flushes.

A torn tail is never glued to the next event: the next writer first ends it with a
newline, turning it into an unreadable line that `handoff doctor --fix` moves to the
quarantine folder. The one rewrite (purge, repair) writes a new file, fsyncs it, renames
it over the log and fsyncs the directory, so a crash leaves the old log or the new one.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any

import orjson

from ..errors import CorruptStoreError
from ..kinds import is_envelope
from ..locking import StoreLock
from .base import AppendResult, Backend, Durability, Health, Item

LOG_NAME = "events.jsonl"
SEAL = b" #torn\n"
"""Ends a torn tail. No JSON value can end in `#`, so the fragment can never parse as an
event, even when all that was lost is its newline; it stays one unreadable line."""
CHUNK = 1 << 20


def fsync_dir(path: Path) -> None:
    """Make a rename or a new file in `path` durable."""
    fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def parse_line(line: bytes) -> dict[str, Any] | None:
    """A log line as an envelope dict, or None if it is not one (the same test every reader uses)."""
    try:
        rec = orjson.loads(line)
    except orjson.JSONDecodeError:
        return None
    return rec if is_envelope(rec) else None


class JsonlBackend(Backend):
    """Events as lines of one append-only file."""

    name = "jsonl"

    def __init__(self, root: Path, *, durability: Durability = "always") -> None:
        super().__init__(root, durability=durability)
        self.path = root / LOG_NAME
        self._path = str(self.path)  # str, not Path: the append path is hot
        self._lock = StoreLock(root / "lock")
        self._fd: int | None = None

    def create(self) -> None:
        if not self.path.exists():
            fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_APPEND | os.O_CLOEXEC, 0o600)
            os.fsync(fd)
            os.close(fd)
            fsync_dir(self.root)

    def lock(self, timeout: float) -> AbstractContextManager[None]:
        return self._lock.hold(timeout)

    def _reopen(self) -> int:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None
        try:
            self._fd = os.open(self._path, os.O_RDWR | os.O_APPEND | os.O_CLOEXEC)
        except FileNotFoundError:
            raise CorruptStoreError(f"the event log {self.path} is missing") from None
        return self._fd

    def end(self) -> tuple[int, int]:
        """Reopens the descriptor if another process replaced the log (purge, repair)."""
        fd = self._fd if self._fd is not None else self._reopen()
        st = os.fstat(fd)
        try:
            current = os.stat(self._path).st_ino
        except FileNotFoundError:
            raise CorruptStoreError(f"the event log {self.path} is missing") from None
        if current != st.st_ino:
            st = os.fstat(self._reopen())
        return st.st_ino, st.st_size

    def append(self, lines: list[bytes], expected: int) -> AppendResult:
        fd = self._fd if self._fd is not None else self._reopen()
        size = os.fstat(fd).st_size
        sealed = 0
        payload = b"".join(lines)
        if size > expected:
            # Bytes past the last complete line we folded: a torn tail. Seal it so it
            # becomes one unreadable line instead of corrupting the first new event, or
            # turning into an event whose seq we are about to reuse.
            sealed = 1
            payload = SEAL + payload
        elif size < expected:
            raise CorruptStoreError(
                f"the event log shrank below a position already read ({size} < {expected})"
            )
        view = memoryview(payload)
        try:
            while view:
                written = os.write(fd, view)
                view = view[written:]
        except BaseException:
            # A write cut short (a full disk, a file-size limit) must not leave the
            # batch's leading lines behind as events nobody acknowledged: put the log
            # back as it was. Shrinking needs no space, so this works on a full disk.
            with contextlib.suppress(OSError):
                os.ftruncate(fd, size)
                if self.durability == "always":
                    os.fsync(fd)
            raise
        if self.durability == "always":
            os.fsync(fd)
        return AppendResult(size + len(payload), sealed)

    def read(self, start: int = 0) -> Iterator[Item]:
        try:
            f = open(self._path, "rb")  # noqa: SIM115 - closed in finally; generator
        except FileNotFoundError:
            return
        try:
            f.seek(start)
            pos = start
            for line in f:
                end = pos + len(line)
                if line[-1:] != b"\n":
                    return  # torn tail: not ours to judge until a writer seals it
                yield Item(parse_line(line), pos, end)
                pos = end
        finally:
            f.close()

    def record_before(self, position: int) -> dict[str, Any] | None:
        if position <= 0:
            return None
        with open(self.path, "rb") as f:
            back = min(position, 65536)
            f.seek(position - back)
            chunk = f.read(back)
        if len(chunk) != back or not chunk.endswith(b"\n"):
            return None
        start = chunk.rfind(b"\n", 0, len(chunk) - 1) + 1
        if start == 0 and back < position:
            return None  # the line is longer than we looked back; treat as unverifiable
        return parse_line(chunk[start:])

    def rewrite(self, drop_ids: set[str], extra: list[bytes], quarantine: Path | None) -> int:
        tmp = self.root / (LOG_NAME + ".rewrite")
        dropped = 0
        bad: list[bytes] = []
        with open(self.path, "rb") as src, open(tmp, "wb") as dst:
            os.chmod(tmp, 0o600)
            for line in src:
                rec = parse_line(line) if line.endswith(b"\n") else None
                if rec is None:
                    bad.append(line)
                    continue
                if rec["id"] in drop_ids:
                    dropped += 1
                    continue
                dst.write(line)
            for line in extra:
                dst.write(line)
            dst.flush()
            os.fsync(dst.fileno())
        if bad and quarantine is not None:
            quarantine.parent.mkdir(mode=0o700, exist_ok=True)
            fd = os.open(quarantine, os.O_WRONLY | os.O_CREAT | os.O_APPEND | os.O_CLOEXEC, 0o600)
            try:
                os.write(fd, b"".join(bad))
                os.fsync(fd)
            finally:
                os.close(fd)
            fsync_dir(quarantine.parent)
        elif bad:
            # Unreadable bytes are never thrown away silently: they stay in the log.
            tmp.unlink()
            raise CorruptStoreError("the log has unreadable lines; run `handoff doctor --fix` first")
        os.replace(tmp, self.path)
        fsync_dir(self.root)
        return dropped

    def check(self) -> Health:
        health = Health()
        last_seq = 0
        pos = 0
        with open(self.path, "rb") as f:
            for line in f:
                end = pos + len(line)
                if not line.endswith(b"\n"):
                    health.torn_tail = (pos, end)
                    break
                rec = parse_line(line)
                if rec is None:
                    health.bad.append((pos, end))
                else:
                    health.records += 1
                    seq = rec["seq"]
                    if seq <= last_seq:
                        health.seq_problems.append(f"seq {seq} at byte {pos} is not above {last_seq}")
                    last_seq = max(last_seq, seq)
                pos = end
        return health

    def close(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None
        self._lock.close()
