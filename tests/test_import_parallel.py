"""The usage import read by worker processes (`handoff/importers/parallel.py`) against
the one process path: the same summaries, ids and report, byte for byte, on files whose
odd lines (unparseable, skipped, a planted credential, late lines, far out of order)
fall on and around the range boundaries, and an import into a store that ends the same.

The thresholds are forced tiny here so a small file is cut into many ranges."""

from __future__ import annotations

import hashlib
import itertools
import os
from pathlib import Path
from typing import Any

import orjson
import pytest

import handoff
from handoff.importers.ledger import ImportReport, Ledger, SourceFile
from handoff.importers.usage import UsageImporter

from ._planted import secret
from .conftest import snapshot

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "usage" / "usage.jsonl"
HOUR = 3_600_000


def _run(path: Path, period: str, *, span: int | None,
         reread: list[int] | None = None, warm: int | None = None, tail: int | None = None
         ) -> tuple[list[tuple[str, bytes]], dict[str, Any]]:
    """Summaries (id, data bytes) and the report; `span` None: one process. `reread`
    gets the ranges the parent read again; `warm` bounds a worker's look back; `tail`
    is the smallest range the end of the file is cut into."""
    importer = UsageImporter("import:usage:/test", period=period)
    if span is None:
        importer.parallel_min = 1 << 62
    else:
        importer.parallel_min = 0
        importer.span_max = span
        if tail is not None:
            importer.tail_min = tail
        if warm is not None:
            importer.warm_max = warm
    report = ImportReport("usage", str(path))
    src = SourceFile(path)
    try:
        out = [(p.id, orjson.dumps(p.data)) for p in importer(src, report)]
        report.lines, report.size, report.sha256 = src.lines, src.read_bytes, src.sha.hexdigest()
        if reread is not None:
            reread.append(importer.reread)
        assert (importer.ranges > 2) == (span is not None)
    finally:
        src.close()
    return out, report.to_dict()


def _odd_file(path: Path) -> list[int]:
    """The fixture with odd lines spread through it every few hundred bytes: torn JSON,
    a non-object, an empty line, a line without a time, a credential as model, a line
    from far in the past and one from far in the future (out of time order), and no
    newline at the end. Returns their line numbers."""
    lines = FIXTURE.read_bytes().split(b"\n")
    if lines[-1] == b"":
        lines.pop()
    base = orjson.loads(lines[0])["ts"]
    odd = [b'{"ts": 1, "model": "torn', b"[1, 2]", b"", orjson.dumps({"model": "m", "ok": True}),
           orjson.dumps({"model": secret("github"), "ts": base + HOUR, "ok": True}),
           orjson.dumps({"model": "kimi-k2-free", "ts": base - 40 * HOUR, "ok": False, "latency_ms": 9})]
    numbers = []
    out: list[bytes] = []
    for i, line in enumerate(lines):
        out.append(line)
        if i % 97 == 13:
            out.append(odd[(i // 97) % len(odd)])
            if (i // 97) % len(odd) < 2:
                numbers.append(len(out))
    path.write_bytes(b"\n".join(out))  # the last line has no newline
    return numbers


@pytest.mark.parametrize(("period", "span"), [("hour", 4000), ("hour", 20_000), ("hour", 300_000),
                                            ("day", 300_000), ("day", 700_000)])
def test_workers_give_the_one_process_summaries_ids_and_report(tmp_path: Path, period: str, span: int) -> None:
    path = tmp_path / "usage.jsonl"
    odd = _odd_file(path)
    one, one_report = _run(path, period, span=None)
    reread: list[int] = []
    many, many_report = _run(path, period, span=span, reread=reread)
    assert reread[0] == 0  # each worker's look back found the state (lines in time order)
    assert len(one) > 10 and one_report["unparseable"]["count"] > 10
    assert one_report["rejected_privacy"]["count"] > 0 and one_report["skipped"]["count"] > 0
    assert set(odd) <= set(one_report["unparseable"]["items"])
    assert many == one
    assert many_report == one_report


def test_ranges_halving_to_the_end_give_the_one_process_output(tmp_path: Path) -> None:
    """The end of the file cut into pairs of ranges halving in size (`_cuts`): the ranges
    cover the file, each starts at a line, the last ones are smaller, and the summaries,
    ids and report are still the one process's."""
    from handoff.importers.parallel import _cuts

    path = tmp_path / "usage.jsonl"
    _odd_file(path)
    data = path.read_bytes()
    fd = os.open(path, os.O_RDONLY)
    try:
        cuts = _cuts(fd, len(data), 300_000, 20_000)
    finally:
        os.close(fd)
    sizes = [b - a for a, b in itertools.pairwise(cuts)]
    assert cuts[0] == 0 and cuts[-1] == len(data) and all(n > 0 for n in sizes)
    assert all(data[c - 1:c] == b"\n" for c in cuts[1:-1])
    assert len(sizes) > 8 and max(sizes[-4:]) < min(sizes[:4]) / 4 and min(sizes[-4:]) > 10_000
    one, one_report = _run(path, "hour", span=None)
    many, many_report = _run(path, "hour", span=300_000, tail=20_000)
    assert many == one and many_report == one_report


def test_a_worker_that_starts_in_the_wrong_state_is_read_again_by_the_parent(tmp_path: Path) -> None:
    """A file far out of time order, and a worker's look back bounded to a few lines: a
    worker cannot reach its range in the true state; the parent notices and reads those
    ranges itself, and the output is still the one process's."""
    rows = []
    for i in range(3000):
        period = (i * 7919) % 50  # periods jump around: every line may open or close summaries
        rows.append(orjson.dumps({"model": f"m{i % 3}", "ts": 1_782_000_000_000 + period * HOUR + i,
                                  "ok": i % 5 != 0, "latency_ms": i % 300, "error_class": "timeout"}))
    path = tmp_path / "usage.jsonl"
    path.write_bytes(b"\n".join(rows) + b"\n")
    one, one_report = _run(path, "hour", span=None)
    reread: list[int] = []
    many, many_report = _run(path, "hour", span=4000, reread=reread, warm=2000)
    assert len(one) > 100 and reread[0] > 0
    assert many == one and many_report == one_report


def test_an_import_through_workers_stores_what_one_process_stores(tmp_path: Path) -> None:
    """The whole import (ledger, batches, durable count, done) on two stores: the same
    events, ledger entries aside from their run and time, and no worker left behind."""
    path = tmp_path / "usage.jsonl"
    _odd_file(path)
    results = []
    for name, span in (("one", None), ("many", 30_000)):
        store = handoff.open_store(tmp_path / name)
        ledger = Ledger(store, "usage", path, batch=37)
        importer = UsageImporter(ledger.key)
        if span is None:
            importer.parallel_min = 1 << 62
        else:
            importer.parallel_min, importer.span_max = 0, span
        report = ledger.run_import(importer).to_dict()
        assert (importer.ranges > 2) == (span is not None)
        entry = store.backend.tracking(ledger.key)
        assert entry is not None and entry.status == "done"
        events = [(e.id, e.kind, e.data) for e in store.events()]
        store.close()
        results.append((report, events, entry.digest, entry.count, entry.position))
    assert results[0] == results[1]
    assert len(results[0][1]) > 100
    with pytest.raises(ChildProcessError):
        os.waitpid(-1, os.WNOHANG)  # every worker was reaped
    assert snapshot(tmp_path / "one").keys() == snapshot(tmp_path / "many").keys()


def test_a_summary_the_models_refuse_in_a_worker_fails_the_import_as_in_one_process(tmp_path: Path) -> None:
    """The error a worker meets (a count beyond the models' range) reaches the parent in
    file order and ends the import with the one process path's error; the summaries
    before it are stored either way."""
    from handoff.errors import ValidationError

    base = 1_782_216_000_000
    rows = [{"ts": base + i * 60_000, "model": "m", "ok": True, "latency_ms": 5} for i in range(600)]
    rows[450]["total_tokens"] = 2**60
    rows[450]["prompt_tokens"] = 1
    path = tmp_path / "usage.jsonl"
    path.write_bytes(b"".join(orjson.dumps(r) + b"\n" for r in rows))
    errors, stored = [], []
    for name, span in (("one", None), ("many", 4000)):
        store = handoff.open_store(tmp_path / name)
        ledger = Ledger(store, "usage", path, batch=1)
        importer = UsageImporter(ledger.key)
        if span is None:
            importer.parallel_min = 1 << 62
        else:
            importer.parallel_min, importer.span_max = 0, span
        with pytest.raises(ValidationError) as caught:
            ledger.run_import(importer)
        assert (importer.ranges > 2) == (span is not None)
        errors.append(str(caught.value))
        stored.append([(e.id, e.data) for e in store.events(kind="model_health")])
        store.close()
    assert errors[0] == errors[1] and "total_tokens" in errors[0]
    assert stored[0] == stored[1] and len(stored[0]) >= 5


def _children() -> list[int]:
    """The pids of this process's children (from /proc)."""
    me = os.getpid()
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            if int(stat.rpartition(")")[2].split()[1]) == me:
                found.append(int(entry))
    return found


def test_workers_hold_no_descriptor_of_the_store(tmp_path: Path) -> None:
    """The store's lock is a flock on a descriptor its process keeps open: a worker that
    kept a copy would keep the lock held after its parent was killed holding it. While
    an import commits with workers alive, no worker has the store's files open."""
    path = tmp_path / "usage.jsonl"
    _odd_file(path)
    store = handoff.open_store(tmp_path / "store")
    seen: list[set[str]] = []

    def look(done: int, size: int, lines: int) -> None:
        for pid in _children():
            try:
                fds = {os.readlink(f"/proc/{pid}/fd/{n}") for n in os.listdir(f"/proc/{pid}/fd")}
            except OSError:  # the worker ended meanwhile
                continue
            seen.append(fds)

    ledger = Ledger(store, "usage", path, batch=5, progress=look)
    importer = UsageImporter(ledger.key)
    importer.parallel_min, importer.span_max = 0, 30_000
    ledger.run_import(importer)
    store.close()
    assert seen, "no worker was alive during a commit"
    store_root = str((tmp_path / "store").resolve())
    for fds in seen:
        assert str(path.resolve()) in fds
        assert not [f for f in fds if f.startswith(store_root)], fds


def test_a_file_that_shrinks_while_the_workers_read_it_fails_and_a_retry_imports_it(tmp_path: Path) -> None:
    """The workers get their ranges before the hash has read them: a file truncated
    meanwhile (a rotation) must fail the import as a read error, recorded in the entry,
    not be marked done with a digest of other bytes; the retry imports what is there."""
    path = tmp_path / "usage.jsonl"
    _odd_file(path)
    store = handoff.open_store(tmp_path / "store")

    class Rotated(UsageImporter):
        def __call__(self, src: SourceFile, report: ImportReport) -> Any:
            os.truncate(path, src.size // 2)  # after the open, before any read
            return super().__call__(src, report)

    ledger = Ledger(store, "usage", path)
    importer = Rotated(ledger.key)
    importer.parallel_min, importer.span_max = 0, 30_000
    with pytest.raises(OSError, match="shrank"):
        ledger.run_import(importer)
    entry = store.backend.tracking(ledger.key)
    assert entry is not None and entry.status == "failed" and "shrank" in entry.detail
    retry = Ledger(store, "usage", path)
    again = UsageImporter(retry.key)
    again.parallel_min, again.span_max = 0, 30_000
    report = retry.run_import(again)
    entry = store.backend.tracking(retry.key)
    assert entry is not None and entry.status == "done" and report.size == path.stat().st_size
    assert report.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    store.close()


def test_a_range_cut_short_after_the_hash_read_it_is_a_read_error(tmp_path: Path) -> None:
    """A worker reads its range only after the hash has passed it; a file truncated in
    between must not end the range early (every later line number and id would shift,
    and the entry would be marked done with a digest of bytes never imported)."""
    from handoff.importers.parallel import _blocks

    path = tmp_path / "usage.jsonl"
    path.write_bytes(b"".join(b'{"n":%d}\n' % i for i in range(1000)))
    end = path.stat().st_size
    os.truncate(path, end // 2)
    fd = os.open(path, os.O_RDONLY)
    try:
        with pytest.raises(OSError, match="shrank"):
            for _ in _blocks(fd, 0, end):
                pass
    finally:
        os.close(fd)
