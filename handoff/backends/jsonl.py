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

Why `fsync` and not `fdatasync`: every append changes the file's size, and POSIX
`fdatasync` must persist the metadata needed to read the data back, the size included
(Linux ext4 and xfs do: the size change forces the same journal commit `fsync` forces).
So for an append-only log the two do the same work; measured side by side
(`bench/bench_append.py`, 1a) they cost the same within noise, and `fsync` also keeps the
promise on filesystems whose `fdatasync` is weaker than POSIX asks.

A torn tail is never glued to the next event: the next writer first ends it with a
newline, turning it into an unreadable line that `handoff doctor --fix` moves to the
quarantine folder. The one rewrite (purge, repair) writes a new file, fsyncs it, swaps it
in for the log and fsyncs the directory, so a crash leaves the old log or the new one.

Every file is opened through `handoff.files.StoreDir`: a planted link, FIFO or device in
place of the log is refused, never followed.
"""

from __future__ import annotations

import contextlib
import errno
import os
from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, BinaryIO

from ..errors import CorruptStoreError
from ..files import APPEND, READ, StoreDir, write_all
from ..jsonread import JSONDecodeError, loads
from ..kinds import is_envelope
from ..locking import StoreLock
from .base import AppendResult, Backend, Durability, Health, Item, StoredEvent, Tracking

LOG_NAME = "events.jsonl"
SEAL = b" #torn\n"
"""Ends a torn tail. No JSON value can end in `#`, so the fragment can never parse as an
event, even when all that was lost is its newline; it stays one unreadable line."""
CHUNK = 1 << 20
_HEAD = b'{"v":1,"id":"'
_ID_END = len(_HEAD) + 36
_SEQ_KEY = b'","seq":'
"""A line the store wrote starts `{"v":1,"id":"<36-byte id>","seq":N,` (`StoredEvent`'s
canonical body): `rewrite` reads the id and seq of such a line from its bytes."""


def parse_line(line: bytes) -> dict[str, Any] | None:
    """A log line as an envelope dict, or None if it is not one (the same test every reader uses)."""
    try:
        rec = loads(line)
    except JSONDecodeError:
        return None
    return rec if is_envelope(rec) else None


TRACKING_KEY = b'{"tracking":'
"""A tracking line starts with these bytes: `{"tracking":{...}}`, written by the backend
right after the events it accounts for, in the same write. It is neither an event nor
damage: readers step over it quietly, and it can never parse as an envelope."""


def tracking_line(tracking: Tracking) -> bytes:
    import orjson

    return orjson.dumps({"tracking": {
        "source": tracking.source, "position": tracking.position, "digest": tracking.digest,
        "count": tracking.count, "status": tracking.status, "detail": tracking.detail}}) + b"\n"


def parse_tracking(line: bytes) -> Tracking | None:
    """A tracking line's record, or None if `line` is not a well-formed one."""
    if not line.startswith(TRACKING_KEY):
        return None
    try:
        rec = loads(line)
        t = rec["tracking"]
        if rec.keys() != {"tracking"} or not (
            type(t["source"]) is str and type(t["position"]) is int and type(t["digest"]) is str
            and type(t["count"]) is int and type(t["status"]) is str and type(t["detail"]) is str
        ):
            return None
        return Tracking(t["source"], t["position"], t["digest"], t["count"], t["status"], t["detail"])
    except (JSONDecodeError, KeyError, TypeError, AttributeError):
        return None


class JsonlBackend(Backend):
    """Events as lines of one append-only file."""

    name = "jsonl"
    back_block = 1 << 16
    """How much `read_back` reads at a time (more when one line is longer)."""
    search_window = 1 << 12
    """`start_after` stops narrowing once the window is this small: the rest is read (and
    parsed, which costs more than a probe)."""

    def __init__(self, directory: StoreDir, *, durability: Durability = "always") -> None:
        super().__init__(directory, durability=durability)
        self.path = directory.path / LOG_NAME
        self._lock = StoreLock(directory)
        self._fd: int | None = None

    @property
    def location(self) -> Path:
        return self.path

    def create(self) -> None:
        if not self.dir.exists(LOG_NAME):
            self.dir.write_new(LOG_NAME, b"")

    def lock(self, timeout: float) -> AbstractContextManager[None]:
        return self._lock.hold(timeout)

    def _open(self, flags: int = READ) -> int:
        try:
            return self.dir.open_file(LOG_NAME, flags)
        except FileNotFoundError:
            raise CorruptStoreError(f"the event log {self.path} is missing") from None

    def _reopen(self) -> int:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None
        try:
            self._fd = self._open(APPEND)
        except PermissionError:
            self._fd = self._open(READ)  # a read-only store: readable, and appends fail cleanly
        except OSError as exc:
            if exc.errno != errno.EROFS:
                raise
            self._fd = self._open(READ)
        return self._fd

    def end(self) -> tuple[int, int]:
        """Reopens the descriptor if another process replaced the log (purge, repair)."""
        fd = self._fd if self._fd is not None else self._reopen()
        st = os.fstat(fd)
        current = self.dir.lstat(LOG_NAME)
        if current is None:
            raise CorruptStoreError(f"the event log {self.path} is missing")
        if current.st_ino != st.st_ino:
            st = os.fstat(self._reopen())
        return st.st_ino, st.st_size

    def append(self, events: Sequence[StoredEvent], expected: int, *,
               tracking: Tracking | None = None) -> AppendResult:
        fd = self._fd if self._fd is not None else self._reopen()
        size = os.fstat(fd).st_size
        sealed = 0
        if len(events) == 1 and tracking is None:
            payload = events[0].body + b"\n"  # a single append: no generator, no list
        else:
            payload = b"".join([*(e.body + b"\n" for e in events),
                                *([tracking_line(tracking)] if tracking is not None else [])])
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
        try:
            write_all(fd, payload)
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
        f = os.fdopen(self._open(), "rb")
        try:
            f.seek(start)
            pos = start
            for line in f:
                end = pos + len(line)
                if line[-1:] != b"\n":
                    return  # torn tail: not ours to judge until a writer seals it
                yield _unit(line, pos, end)
                pos = end
        finally:
            f.close()

    def read_back(self, end: int | None = None) -> Iterator[Item]:
        """The log read backwards in blocks from `end`: the cost is the bytes of the lines
        yielded, whatever the size of the log. Bytes after the last newline (a torn tail)
        are skipped, as `read` skips them."""
        fd = self._open()
        try:
            size = os.fstat(fd).st_size
            base = size if end is None else max(0, min(end, size))
            # data holds the file's bytes [base, base + len(data)). First find the newline
            # that ends the last complete line; the torn bytes after it are dropped as read.
            data = b""
            newest = True
            while base > 0:
                n = min(self.back_block, base)
                base -= n
                got = _pread(fd, base, n)
                if len(got) < n and not newest:  # only the newest bytes may vanish (a failed append)
                    raise CorruptStoreError("the event log shrank while it was read")
                newest = False
                nl = got.rfind(b"\n")
                if nl >= 0:
                    data = got[:nl + 1]
                    break
            cut = len(data)  # data[:cut] is whole lines not yet yielded
            while cut > 0:
                nl = data.rfind(b"\n", 0, cut - 1)
                if nl < 0 and base > 0:  # the line starts in an earlier block
                    n = min(max(self.back_block, cut), base)
                    base -= n
                    got = _pread(fd, base, n)
                    if len(got) < n:
                        raise CorruptStoreError("the event log shrank while it was read")
                    data = got + data[:cut]
                    cut = len(data)
                    continue
                start = nl + 1
                yield _unit(data[start:cut], base + start, base + cut)
                cut = start
        finally:
            os.close(fd)

    def start_after(self, *, seq: int | None = None, ts: str | None = None) -> int:
        """A binary search over byte offsets: each probe resyncs on the next newline and
        reads forward to the first event there (stepping over unreadable and tracking
        lines), so a `--since` costs about log2(size) probes, not the whole log."""
        if seq is None and ts is None:
            return 0
        with os.fdopen(self._open(), "rb") as f:
            lo, hi = 0, os.fstat(f.fileno()).st_size
            # Invariant: every event starting before lo is at or below the target, and every
            # event starting at or after hi is above it.
            while hi - lo > max(self.search_window, 1):  # so lo < mid < hi
                mid = (lo + hi) // 2
                found = _first_event(f, mid, hi)
                if found is None or not _at_or_below(found[0], seq, ts):
                    hi = mid
                else:
                    lo = found[1]
            return lo

    def record_before(self, position: int) -> dict[str, Any] | None:
        """Reads 4 KiB before `position` (an event line is a few hundred bytes), and up to
        64 KiB only if the line is longer: every process that opens a store and appends
        pays this once, and a 64 KiB read allocated and copied for one line cost more
        than the line's parse."""
        if position <= 0:
            return None
        fd = self._open()
        try:
            for window in (4096, 65536):
                back = min(position, window)
                chunk = _pread(fd, position - back, back)
                if len(chunk) != back or not chunk.endswith(b"\n"):
                    return None
                start = chunk.rfind(b"\n", 0, len(chunk) - 1) + 1
                if start > 0 or back == position:
                    return parse_line(chunk[start:])
        finally:
            os.close(fd)
        return None  # the line is longer than we looked back; treat as unverifiable

    def _classified(self, f: BinaryIO) -> Iterator[tuple[bytes, int, str, dict[str, Any] | None]]:
        """Every line with its offset and verdict: ok, bad (unreadable), torn (no newline
        at the end), or dup (an id already seen, or a seq not above the last good one:
        the first copy is the one that counts)."""
        seen: set[str] = set()
        last_seq = 0
        pos = 0
        for line in f:
            if not line.endswith(b"\n"):
                yield line, pos, "torn", None
                return
            rec = parse_line(line)
            if rec is None and line.startswith(TRACKING_KEY) and parse_tracking(line) is not None:
                yield line, pos, "tracking", None
            elif rec is None:
                yield line, pos, "bad", None
            elif rec["id"] in seen or rec["seq"] <= last_seq:
                yield line, pos, "dup", rec
            else:
                seen.add(rec["id"])
                last_seq = rec["seq"]
                yield line, pos, "ok", rec
            pos += len(line)

    def rewrite(self, drop_ids: set[str], extra: Sequence[StoredEvent]) -> int:
        """The log without `drop_ids`, plus `extra`, swapped in whole (`StoreDir.atomic`).

        Lines are copied as the bytes they are. A line in the shape the store writes
        (`{"v":1,"id":"<36 bytes>","seq":N,...}`) is matched on its id and seq bytes,
        without parsing: every caller has read the log through the readers just before,
        and what stays is copied unchanged, so there is nothing to gain from judging it
        again (a purge or a compaction of a million events would parse every line a
        third time). Any other line is parsed and judged as every reader does. An
        unreadable line, a torn tail, a repeated id or a seq not above the one before
        refuses the rewrite (`doctor --fix` first): bytes never vanish silently."""
        drop = {i.encode() for i in drop_ids}
        seen: set[bytes] = set()
        last_seq = 0
        dropped = 0
        head, seq_key, head_len, seq_at = _HEAD, _SEQ_KEY, len(_HEAD), _ID_END + len(_SEQ_KEY)
        with os.fdopen(self._open(), "rb") as src, self.dir.atomic(LOG_NAME) as dst:
            out: list[bytes] = []
            for line in src:
                key = line[head_len:_ID_END]
                seq = -1
                if (line.startswith(head) and line.startswith(seq_key, _ID_END) and line.endswith(b"}\n")
                        and b"\\" not in key):
                    comma = line.find(b",", seq_at)
                    digits = line[seq_at:comma]
                    if digits.isdigit():
                        seq = int(digits)
                if seq < 0:
                    rec = parse_line(line) if line.endswith(b"\n") else None
                    if rec is None:
                        if line.startswith(TRACKING_KEY) and line.endswith(b"\n") and parse_tracking(line):
                            out.append(line)
                            continue
                        raise CorruptStoreError("the log has unreadable or duplicate lines; "
                                                "run `handoff doctor --fix` first")
                    key, seq = rec["id"].encode(), rec["seq"]
                if seq <= last_seq or key in seen:
                    raise CorruptStoreError("the log has unreadable or duplicate lines; "
                                            "run `handoff doctor --fix` first")
                seen.add(key)
                last_seq = seq
                if key in drop:
                    dropped += 1
                    continue
                out.append(line)
                if len(out) >= 4096:
                    write_all(dst, b"".join(out))
                    out.clear()
            write_all(dst, b"".join([*out, *(e.body + b"\n" for e in extra)]))
        return dropped

    def _trackings(self) -> Iterator[Tracking]:
        with os.fdopen(self._open(), "rb") as f:
            for line in f:
                if line.startswith(TRACKING_KEY) and line.endswith(b"\n"):
                    found = parse_tracking(line)
                    if found is not None:
                        yield found

    def tracking(self, source: str) -> Tracking | None:
        last = None
        for t in self._trackings():
            if t.source == source:
                last = t
        return last

    def sources(self) -> list[Tracking]:
        latest: dict[str, Tracking] = {}
        for t in self._trackings():
            latest[t.source] = t
        return list(latest.values())

    def repair(self, quarantine: StoreDir) -> int:
        """Move unreadable lines, a torn tail and later duplicates into a new file in
        `quarantine` (bytes verbatim), then swap in the log without them; return the
        number of bytes moved. The quarantine file is durable before the log changes."""
        moved: list[bytes] = []
        with os.fdopen(self._open(), "rb") as src, self.dir.atomic(LOG_NAME) as dst:
            kept: list[bytes] = []
            for line, _, verdict, _ in self._classified(src):
                if verdict not in ("ok", "tracking"):
                    moved.append(line)
                    continue
                kept.append(line)
                if len(kept) >= 4096:
                    write_all(dst, b"".join(kept))
                    kept.clear()
            write_all(dst, b"".join(kept))
            if moved:
                stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
                quarantine.write_new(f"{stamp}.bad", b"".join(moved))
        return sum(map(len, moved))

    def copy_to(self, target: StoreDir) -> list[str]:
        with os.fdopen(self._open(), "rb") as src:
            left = os.fstat(src.fileno()).st_size  # the durable end: appends wait for our lock
            fd = target.create_new(LOG_NAME)
            try:
                while left > 0:
                    chunk = src.read(min(CHUNK, left))
                    if not chunk:
                        break
                    write_all(fd, chunk)
                    left -= len(chunk)
                os.fsync(fd)
            finally:
                os.close(fd)
        target.fsync()
        return [LOG_NAME]

    def check(self) -> Health:
        health = Health()
        with os.fdopen(self._open(), "rb") as f:
            for line, pos, verdict, rec in self._classified(f):
                end = pos + len(line)
                if verdict == "torn":
                    health.torn_tail = (pos, end)
                elif verdict == "bad":
                    health.bad.append((pos, end))
                elif verdict == "tracking":
                    continue
                elif verdict == "dup":
                    assert rec is not None
                    health.seq_problems.append(
                        f"event {rec['id'][:40]} (seq {rec['seq']}) at byte {pos} repeats an "
                        "earlier id or seq")
                else:
                    assert rec is not None
                    health.records += 1
                    health.note_seq(rec)
        return health

    def close(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None
        self._lock.close()




def _unit(line: bytes, start: int, end: int) -> Item:
    """One complete line (with its newline) as a read unit: an event, a quiet tracking
    line, or unreadable bytes (kept whole, newline included, for an audit)."""
    rec = parse_line(line)
    if rec is not None:
        return Item(rec, start, end, line[:-1])
    if line.startswith(TRACKING_KEY) and parse_tracking(line) is not None:
        return Item(None, start, end, None, quiet=True)
    return Item(None, start, end, line)


def _pread(fd: int, offset: int, n: int) -> bytes:
    """Up to `n` bytes at `offset` (fewer only at the end of the file)."""
    parts = []
    while n > 0:
        got = os.pread(fd, n, offset)
        if not got:
            break
        parts.append(got)
        offset += len(got)
        n -= len(got)
    return b"".join(parts)


def _first_event(f: BinaryIO, mid: int, hi: int) -> tuple[dict[str, Any], int] | None:
    """The first event whose line starts at or after `mid` and before `hi`, with the
    offset where its line ends; None if there is none (only damage, or a torn tail)."""
    f.seek(mid - 1)
    pos = mid - 1 + len(f.readline())  # through the newline at or after mid - 1
    while pos < hi:
        line = f.readline()
        if not line.endswith(b"\n"):
            return None
        rec = parse_line(line)
        pos += len(line)
        if rec is not None:
            return rec, pos
    return None


def _at_or_below(rec: dict[str, Any], seq: int | None, ts: str | None) -> bool:
    """True if `rec` is before the wanted part (a seq at or below `seq`, or a ts at or
    below `ts`): a prefix of the log, since both only grow."""
    return (seq is not None and rec["seq"] <= seq) or (ts is not None and rec["ts"] <= ts)
