"""A large `usage.jsonl` read by two worker processes, with the one process path's output.

The per-line loop (parse, take the fields, add to the summary) is Python, one core's
worth; a machine with a second core can run it on two ranges of the file at once. The
file is cut into ranges at line starts (at most `span_max` bytes each, at least two);
forked workers take them in turn, each reading its range through its own `pread`s, and
send back the summaries it closed, its report and where it left off, with lines numbered
from the range's first and the lines it holds. The parent meanwhile reads the whole file
once for the ledger's sha256, in a thread (the read and the hash run outside the GIL),
then takes the ranges' results in file order, shifts their line numbers by the lines of
the ranges before, makes the summaries' ids (which hold a line number) and passes them on.
Nobody counts the lines twice: the workers split them anyway.

Byte-identical to one process, and how: the summaries closed in a range depend on the
lines before it only through the importer's state at its start (the horizon and the
open summaries, `UsageImporter.state`). A worker starts reading a little before its
range (from a line at least two periods older than the range's first, found by looking
back through the file) with closed summaries dropped, so it reaches the range's first
line with the state the lines just before it leave. The parent checks that against the
state the range before actually ended in (the previous worker's, carried on): equal, the
worker's results are the one process results; different (a file far out of time order),
the parent reads that range itself from the true state, as one process would. Lines that
are unparseable, skipped or rejected are judged by their content alone, so the workers'
line numbers (shifted by the parent) are the report's, and the state a worker reached
its range in is compared with the true one shifted the same way.

Memory follows `span_max`, not the file: a worker sends its summaries in batches as
they close, and holds at most one range's of them while the parent is still taking the
range before; the parent holds one batch at a time. The workers are the parent's own children: ended
and reaped (by pid) however the import ends.
"""

from __future__ import annotations

import collections
import contextlib
import gc
import itertools
import os
import pickle
import queue
import signal
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import orjson

from .ledger import CHUNK, MAX_LISTED, ImportReport, Listed, Prepared, SourceFile

if TYPE_CHECKING:
    from .usage import Bucket, UsageImporter

WORKERS = 2
IN_FLIGHT = 2
"""Ranges queued per worker."""
_PROBE = 1 << 16
_BATCH = 500
"""Summaries per message from a worker."""
_SAMPLE = 16
"""Lines looked at to tell the period at a place in the file."""
_LOOK_BACK = 1 << 18
"""The step of the look back for where a worker starts reading."""
_READ = 1 << 18
"""A worker's read: a block of lines small enough to stay in the cache while its lines
are split and parsed (1 MiB reads were about 4 % slower per line)."""


def worth_it(importer: UsageImporter, src: SourceFile) -> bool:
    """Workers for a file at least `parallel_min` bytes, where fork exists and this
    process may run on two cores."""
    if src.size < importer.parallel_min or not hasattr(os, "fork"):
        return False
    try:
        cores = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        cores = os.cpu_count() or 1
    return cores >= 2


@dataclass(slots=True)
class _Range:
    index: int
    start: int
    end: int
    last: bool


@dataclass(slots=True)
class _Result:
    """What a worker sends last for one range (after its summaries)."""

    lists: dict[str, Listed] = field(default_factory=dict)
    horizon: int = -1
    open: dict[tuple[str, int], Bucket] = field(default_factory=dict)
    error: BaseException | None = None
    lines: int = 0
    """The lines of the range (the next range's first line is this many further on)."""


def _line_start(fd: int, at: int, size: int) -> int:
    """The first line start at or after `at` (`size` if none)."""
    if at <= 0:
        return 0
    pos = at - 1
    while pos < size:
        chunk = os.pread(fd, _PROBE, pos)
        if not chunk:
            break
        i = chunk.find(b"\n")
        if i >= 0:
            return pos + i + 1
        pos += len(chunk)
    return size


def _cuts(fd: int, size: int, span_max: int, tail_min: int) -> list[int]:
    """Range boundaries at line starts: 0, ..., size (at least two ranges if the file
    has the lines for it).

    The ranges are about `span_max` bytes but the last ones: the last two ranges' bytes
    are cut into pairs of ranges halving in size, down to about `tail_min` (each worker
    takes one of each pair). The workers then run out of work at about the same time,
    and the parent, which takes the ranges' results in file order, has only a small
    range's left to take once they have (with whole ranges to the end, a core stood
    idle for up to one range's time, and the parent's share of the last range came
    after both). A range smaller than `tail_min` would cost more in the lines a worker
    reads before it (up to two periods' worth) than it saves."""
    count = max(WORKERS, -(-size // max(1, span_max)))
    piece = size / count
    sizes = [piece] * (count - WORKERS)
    while piece / 2 >= tail_min:
        piece /= 2
        sizes += [piece] * WORKERS
    sizes += [piece] * WORKERS  # the last pair closes the sum
    cuts = [0]
    at = 0.0
    for length in sizes[:-1]:
        at += length
        cut = _line_start(fd, round(at), size)
        if cut > cuts[-1] and cut < size:
            cuts.append(cut)
    cuts.append(size)
    return cuts


def _blocks(fd: int, start: int, end: int) -> Iterator[list[bytes]]:
    """The lines of bytes [start, end), as `SourceFile.blocks` splits them."""
    rest = b""
    pos = start
    while pos < end:
        chunk = os.pread(fd, min(_READ, end - pos), pos)
        if not chunk:  # cut short after the hash read it (a rotation): the lines and ids would shift
            raise OSError(f"the file shrank to {pos} bytes while it was read (expected {end})")
        pos += len(chunk)
        parts = (rest + chunk).split(b"\n") if rest else chunk.split(b"\n")
        rest = parts.pop()
        yield parts
    if rest:
        yield [rest]


def _tallied(blocks: Iterator[list[bytes]], tally: list[int]) -> Iterator[list[bytes]]:
    """`blocks`, their lines counted into `tally[0]` as they pass."""
    for block in blocks:
        tally[0] += len(block)
        yield block


def _period_at(fd: int, pos: int, end: int, span: int) -> int | None:
    """The latest period among the first few lines with a time that start at or after
    `pos` (and before `end`): several, so that one late line does not mislead."""
    start = _line_start(fd, pos, end)
    if start >= end:
        return None
    window = os.pread(fd, min(_PROBE, end - start), start)
    found: int | None = None
    for line in window.split(b"\n")[:-1][:_SAMPLE]:
        try:
            ts = orjson.loads(line).get("ts")
        except (orjson.JSONDecodeError, AttributeError):
            continue
        if type(ts) is int and ts >= 0 and (found is None or ts // span > found):
            found = ts // span
    return found


def _warm_start(fd: int, start: int, span: int, limit: int) -> int:
    """Where a worker starts reading so that it reaches `start` in the state the lines
    before leave: where the lines are two periods older than those just before `start`,
    found by stepping back (at most `limit` bytes; the parent checks the state anyway)."""
    if start == 0:
        return 0
    last = _period_at(fd, max(0, start - _PROBE // 4), start, span)
    floor = max(0, start - limit)
    if last is None:
        return _line_start(fd, floor, start)
    pos = start
    while pos > floor:
        pos = max(floor, pos - _LOOK_BACK)
        period = _period_at(fd, pos, start, span)
        if period is not None and period <= last - 2:
            return _line_start(fd, pos, start)
    return _line_start(fd, floor, start)


def _read_range(importer: UsageImporter, fd: int, job: _Range, send: Callable[[str, Any], None]) -> None:
    """A worker's part: the lines before its range (summaries dropped), then the range.
    Lines are numbered from the range's first (1; the lines read before it 0 and down):
    the lines before the range are known to the parent only once the ranges before are
    done, and it shifts the numbers (and makes the ids, which hold one). Sends the state
    it reached the range in ("entry"), the summaries in batches as they close ("items":
    memory follows a batch, not the range), then the rest ("end")."""
    importer.reset(verdicts=False)
    deferred = importer.deferred = collections.deque()
    warm = _warm_start(fd, job.start, importer.span, importer.warm_max)
    if warm < job.start:
        counted = sum(len(b) for b in _blocks(fd, warm, job.start))
        importer.discard = True
        scratch = ImportReport("usage", "")
        for _ in importer.lines(_blocks(fd, warm, job.start), -counted, scratch):
            pass
        importer.discard = False
    send("entry", importer.state())
    report = ImportReport("usage", "")
    result = _Result()
    tally = [0]
    batch: list[tuple[str, int, int, str, dict[str, Any]]] = []
    try:
        items = importer.lines(_tallied(_blocks(fd, job.start, job.end), tally), 0, report)
        for item in itertools.chain(items, importer.close_all(report)) if job.last else items:
            assert item.kind == "model_health" and not item.scope
            model, period, first = deferred.popleft()
            batch.append((model, period, first, item.ts, item.data))  # a tuple pickles ten times faster
            if len(batch) >= _BATCH:
                send("items", batch)
                batch = []
    except Exception as exc:  # sent to the parent, raised there in file order
        result.error = exc
    if batch:
        send("items", batch)
    result.lists = {"unparseable": report.unparseable, "skipped": report.skipped,
                    "rejected_privacy": report.rejected_privacy}
    result.horizon = importer._horizon
    result.open = importer._open
    result.lines = tally[0]
    send("end", result)


def _worker(importer: UsageImporter, fd: int, tasks: int, out: int) -> None:
    """A child: read ranges named on `tasks` until it closes, the results onto `out`.

    The results go through a writer thread: the parent takes them in file order, so a
    worker a range ahead would otherwise stop at its first full pipe and wait for the
    range before to be committed (its results wait in memory instead: one range's)."""
    outbox: queue.SimpleQueue[bytes | None] = queue.SimpleQueue()

    def write() -> None:
        with os.fdopen(out, "wb") as f:
            while (payload := outbox.get()) is not None:
                f.write(payload)
                f.flush()

    def send(kind: str, value: Any) -> None:
        try:
            payload = pickle.dumps((kind, value), pickle.HIGHEST_PROTOCOL)
        except Exception as exc:  # an error that does not pickle: its words do
            payload = pickle.dumps(("error", RuntimeError(str(exc))), pickle.HIGHEST_PROTOCOL)
        outbox.put(payload)

    writer = threading.Thread(target=write, daemon=True)
    writer.start()
    try:
        with os.fdopen(tasks, "rb") as inbox:
            while True:
                try:
                    job = pickle.load(inbox)
                except EOFError:
                    return
                try:
                    _read_range(importer, fd, job, send)
                except Exception as exc:  # a read error: the parent raises it in order
                    send("error", exc)
    finally:
        outbox.put(None)
        writer.join()


def _close_all_but(*keep: int) -> None:
    """In a worker: close every descriptor it inherited but the source and its pipes
    (and stdio). The store's lock is a `flock` on a descriptor the parent keeps open:
    a worker holding a copy would keep the lock held after a parent killed while
    holding it; the same goes for the log, a database and its sockets."""
    low = 3
    for high in sorted(k for k in keep if k >= low):
        os.closerange(low, high)
        low = high + 1
    os.closerange(low, max(low, os.sysconf("SC_OPEN_MAX") if hasattr(os, "sysconf") else 65536))


class _Pool:
    """Two forked workers, each with a pipe for jobs and one for results."""

    def __init__(self, importer: UsageImporter, fd: int) -> None:
        self.pids: list[int] = []
        self.tasks: list[Any] = []
        self.results: list[Any] = []
        for _ in range(WORKERS):
            task_r, task_w = os.pipe()
            res_r, res_w = os.pipe()
            pid = os.fork()
            if pid == 0:  # the child: never returns into the parent's code
                code = 0
                try:
                    _close_all_but(fd, task_r, res_w)
                    _worker(importer, fd, task_r, res_w)
                except BaseException:
                    code = 1
                finally:
                    os._exit(code)
            os.close(task_r)
            os.close(res_w)
            self.pids.append(pid)
            self.tasks.append(os.fdopen(task_w, "wb"))
            self.results.append(os.fdopen(res_r, "rb"))

    def send(self, job: _Range) -> None:
        f = self.tasks[job.index % WORKERS]
        pickle.dump(job, f, pickle.HIGHEST_PROTOCOL)
        f.flush()

    def receive(self, index: int) -> tuple[str, Any]:
        """The next message about range `index`; an error ends the import."""
        try:
            kind, value = pickle.load(self.results[index % WORKERS])
        except EOFError:
            raise RuntimeError("an import worker ended without its results") from None
        if kind == "error":
            raise value
        return kind, value

    def close(self) -> None:
        for f in self.tasks:
            with contextlib.suppress(OSError):
                f.close()
        for f in self.results:
            with contextlib.suppress(OSError):
                f.close()
        for pid in self.pids:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
            with contextlib.suppress(ChildProcessError):
                os.waitpid(pid, 0)
        self.pids = []


def summaries(importer: UsageImporter, src: SourceFile, report: ImportReport) -> Iterator[Prepared]:
    """`UsageImporter.__call__` for a large file, with workers (see the module docstring)."""
    from .. import privacy  # loaded here, once, and shared by the forked workers
    from ..store import _gate

    privacy.scan_value("warm-up", "model")
    _gate().models.validate_data("model_health", {"provider": "warm-up", "model": "warm-up", "status": "ok"})
    fd = src.fd
    cuts = _cuts(fd, src.size, importer.span_max, importer.tail_min)
    gc.freeze()  # what the parent holds stays shared: the workers' collector leaves it be
    try:
        pool = _Pool(importer, fd)
    finally:
        gc.unfreeze()
    importer.reread = 0
    hasher = _Hasher(src)  # started after the fork: a forked child holds one thread only
    hasher.start()
    try:
        make = importer.ids.make
        ranges = _ranges(cuts, hasher)
        sent: list[_Range] = []
        before = 0  # lines before the range taken next
        end_state = importer.state()
        index = 0
        while True:
            # At most IN_FLIGHT ranges per worker are queued, so neither side of a pipe
            # waits on the other: the parent reads results in order, a worker writes them
            # in order, and the jobs never fill the pipe they wait in.
            while len(sent) < index + IN_FLIGHT * WORKERS and (job := next(ranges, None)) is not None:
                sent.append(job)
                pool.send(job)
            if index >= len(sent):
                break
            hasher.check()
            job = sent[index]
            index += 1
            importer.ranges = index
            _, entry = pool.receive(job.index)  # "entry", its lines numbered from the range's
            if entry == _shifted(end_state, -before):
                while (message := pool.receive(job.index))[0] == "items":
                    for model, period, first, ts, data in message[1]:
                        report.lines_used += data["requests"]
                        yield Prepared(make(model, period, first + before), ts, "model_health", data)
                result: _Result = message[1]
                _merge_lists(result, report, before)
                if result.error is not None:
                    raise result.error
                for bucket in result.open.values():
                    bucket.first_line += before
                importer._horizon, importer._open = result.horizon, result.open
                before += result.lines
            else:  # the worker did not reach the range in the true state: read it here
                importer.reread += 1
                while pool.receive(job.index)[0] == "items":
                    pass  # the worker's summaries of this range are not the true ones
                tally = [0]
                yield from importer.lines(_tallied(_blocks(fd, job.start, job.end), tally), before, report)
                if job.last:
                    yield from importer.close_all(report)
                before += tally[0]
            end_state = importer.state()
            # Progress (and the ledger's position) follow the ranges taken, not the hash
            # read, which runs ahead of them.
            src.read_bytes, src.lines = job.end, before
        hasher.check()
    finally:
        hasher.stop()
        pool.close()


def _shifted(state: tuple[int, frozenset[tuple[str, int, int]]], by: int
             ) -> tuple[int, frozenset[tuple[str, int, int]]]:
    """`UsageImporter.state` with its line numbers moved by `by`."""
    horizon, buckets = state
    return horizon, frozenset((model, period, first + by) for model, period, first in buckets)


def _merge_lists(result: _Result, report: ImportReport, before: int) -> None:
    """A range's unparseable, skipped and rejected lines (numbered from the range's first,
    `before` lines into the file) after the ranges before it."""
    for name, listed in result.lists.items():
        mine: Listed = getattr(report, name)
        room = MAX_LISTED - len(mine.items)
        if room > 0:
            mine.items.extend(n + before for n in listed.items[:room])
        mine.count += listed.count


class _Hasher(threading.Thread):
    """The parent's one read of the whole file, for its sha256 (`src.sha`), in a thread:
    the read and the hash run outside the GIL, beside the parent's own work, and the
    ranges before the last go out at once, without waiting for it (their lines are
    numbered from each range's first, so nothing the read finds is needed to start
    them). The last range ends where this read ends (a file that grows meanwhile is
    read as far as it was hashed). A read error is raised by `check`, never taken for
    the end of the file."""

    def __init__(self, src: SourceFile) -> None:
        super().__init__(name="import-hash", daemon=True)
        self.src = src
        self.end = 0
        self.error: OSError | None = None
        self._stop_now = False

    def run(self) -> None:
        sha, fd, pos = self.src.sha, self.src.fd, 0
        # One buffer, read into again and again: a chunk allocated per read would come
        # from this thread's own malloc arena, which keeps what it frees (a peak of its own).
        buffer = bytearray(CHUNK)
        view = memoryview(buffer)
        try:
            while not self._stop_now:
                n = os.readv(fd, [buffer])
                if not n:
                    break
                sha.update(view[:n])
                pos += n
        except OSError as exc:
            self.error = exc
        self.end = pos

    def check(self) -> None:
        """Raise the read's error, if it met one (where it failed: `src.read_bytes`)."""
        if self.error is not None:
            self.src.read_bytes = self.end
            raise self.error

    def finish(self) -> int:
        """Wait for the read to end; where it ended."""
        self.join()
        self.check()
        return self.end

    def stop(self) -> None:
        """End the read early (the import failed) and wait for it: the source's
        descriptor is closed after this, and must not be read by a thread still running."""
        self._stop_now = True
        self.join()


def _ranges(cuts: list[int], hasher: _Hasher) -> Iterator[_Range]:
    """The ranges between `cuts`, the last one once the hash has read the whole file.

    The ranges before the last go out before the hash has read them, so a file that
    shrank meanwhile (truncated, rotated) would leave the workers' lines and the hashed
    bytes apart: that fails the import as a read error (recorded, and a retry reads the
    file again) rather than marking it done with a digest of other bytes."""
    last = len(cuts) - 2
    for index in range(last):
        yield _Range(index, cuts[index], cuts[index + 1], False)
    end = hasher.finish()
    if end < cuts[-1]:
        raise OSError(f"the file shrank from {cuts[-1]} to {end} bytes while it was read")
    yield _Range(last, cuts[last], end, True)
