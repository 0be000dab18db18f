"""A large `usage.jsonl` read by two worker processes, with the one process path's output.

The per-line loop (parse, take the fields, add to the summary) is Python, one core's
worth; a machine with a second core can run it on two ranges of the file at once. The
file is cut into ranges at line starts (at most `span_max` bytes each, at least two);
forked workers take them in turn, each reading its range through its own `pread`s, and
send back the summaries it closed, its report (line numbers already global) and where it
left off. The parent meanwhile reads the whole file once for the ledger's sha256 and
line count (which also numbers each range's first line), then takes the ranges'
results in file order and passes them on.

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
line numbers (global: the parent numbers each range) are the report's.

Memory follows `span_max`, not the file: a worker sends its summaries in batches as
they close, and holds at most one range's of them while the parent is still taking the
range before; the parent holds one batch at a time. The workers are the parent's own children: ended
and reaped (by pid) however the import ends.
"""

from __future__ import annotations

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
    before: int
    """Lines before `start` (the range's first line is `before + 1`)."""
    after: int
    """Lines up to `end`."""
    last: bool


@dataclass(slots=True)
class _Result:
    """What a worker sends last for one range (after its summaries)."""

    lists: dict[str, Listed] = field(default_factory=dict)
    horizon: int = -1
    open: dict[tuple[str, int], Bucket] = field(default_factory=dict)
    error: BaseException | None = None


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


def _cuts(fd: int, size: int, span_max: int) -> list[int]:
    """Range boundaries at line starts: 0, ..., size (at least two ranges if the file
    has the lines for it)."""
    count = max(WORKERS, -(-size // max(1, span_max)))
    cuts = [0]
    for k in range(1, count):
        cut = _line_start(fd, size * k // count, size)
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
        if not chunk:
            break
        pos += len(chunk)
        parts = (rest + chunk).split(b"\n") if rest else chunk.split(b"\n")
        rest = parts.pop()
        yield parts
    if rest:
        yield [rest]


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
    Sends the state it reached the range in ("entry"), the summaries in batches as they
    close ("items": memory follows a batch, not the range), then the rest ("end")."""
    importer.reset(verdicts=False)
    warm = _warm_start(fd, job.start, importer.span, importer.warm_max)
    if warm < job.start:
        counted = sum(len(b) for b in _blocks(fd, warm, job.start))
        importer.discard = True
        scratch = ImportReport("usage", "")
        for _ in importer.lines(_blocks(fd, warm, job.start), job.before - counted, scratch):
            pass
        importer.discard = False
    send("entry", importer.state())
    report = ImportReport("usage", "")
    result = _Result()
    batch: list[tuple[str, str, dict[str, Any]]] = []
    try:
        items = importer.lines(_blocks(fd, job.start, job.end), job.before, report)
        for item in itertools.chain(items, importer.close_all(report)) if job.last else items:
            assert item.kind == "model_health" and not item.scope
            batch.append((item.id, item.ts, item.data))  # a tuple pickles ten times faster
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
    cuts = _cuts(fd, src.size, importer.span_max)
    gc.freeze()  # what the parent holds stays shared: the workers' collector leaves it be
    try:
        pool = _Pool(importer, fd)
    finally:
        gc.unfreeze()
    importer.reread = 0
    try:
        ranges = _hash(src, cuts)
        sent: list[_Range] = []
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
            job = sent[index]
            index += 1
            importer.ranges = index
            _, entry = pool.receive(job.index)  # "entry"
            if entry == end_state:
                while (message := pool.receive(job.index))[0] == "items":
                    for event_id, ts, data in message[1]:
                        report.lines_used += data["requests"]
                        yield Prepared(event_id, ts, "model_health", data)
                result: _Result = message[1]
                _merge_lists(result, report)
                if result.error is not None:
                    raise result.error
                importer._horizon, importer._open = result.horizon, result.open
            else:  # the worker did not reach the range in the true state: read it here
                importer.reread += 1
                while pool.receive(job.index)[0] == "items":
                    pass  # the worker's summaries of this range are not the true ones
                yield from importer.lines(_blocks(fd, job.start, job.end), job.before, report)
                if job.last:
                    yield from importer.close_all(report)
            end_state = importer.state()
            # Progress (and the ledger's position) follow the ranges taken, not the hash
            # read, which runs ahead of them.
            src.read_bytes, src.lines = job.end, job.after
    finally:
        pool.close()


def _merge_lists(result: _Result, report: ImportReport) -> None:
    """A range's unparseable, skipped and rejected lines after the ranges before it."""
    for name, listed in result.lists.items():
        mine: Listed = getattr(report, name)
        room = MAX_LISTED - len(mine.items)
        if room > 0:
            mine.items.extend(listed.items[:room])
        mine.count += listed.count


def _hash(src: SourceFile, cuts: list[int]) -> Iterator[_Range]:
    """Read the file once for its sha256 (`src.sha`), counting lines
    as `SourceFile.blocks` counts them, and yield each range as soon as the number of
    its first line is known. The last range ends where this read ends (a file that grows
    meanwhile is read as far as it was hashed)."""
    sha = src.sha
    fd = src.fd
    pos = lines = 0
    index = 0
    before = 0  # lines before the next range's start
    tail = b""
    while True:
        try:
            chunk = os.read(fd, CHUNK)
        except OSError:
            src.read_bytes = pos  # where the read failed, for the ledger's error
            raise
        if not chunk:
            break
        sha.update(chunk)
        end = pos + len(chunk)
        while index + 1 < len(cuts) - 1 and cuts[index + 1] <= end:
            cut = cuts[index + 1]
            after = lines + chunk.count(b"\n", 0, cut - pos)
            yield _Range(index, cuts[index], cut, before, after, False)
            index += 1
            before = after
        lines += chunk.count(b"\n")
        pos = end
        tail = chunk[-1:]
    lines += 1 if tail not in (b"", b"\n") else 0
    yield _Range(index, cuts[index], pos, before, lines, True)
