"""Moving a store between backends: verified, resumable, exactly once, source-preserving.

`Store.promote("sqlite")` replays the active backend's events, byte for byte, into the
target backend in batches. Each batch commits with a `Tracking` record (how far into the
source it got, and a running sha256 of the bodies read so far) in the same transaction,
so a promotion killed at any point resumes where its last batch committed and never
duplicates an event. Only when the target holds exactly the source's events (count,
ordered ids, digests) and the latest state folded from it equals the source's is
store.json switched, atomically, under the store's lock.

The bulk of the copy commits without waiting for the disk (the target opened with
durability "never"; on SQLite inside `SqliteBackend.bulk_load`: `synchronous=OFF` and no
WAL checkpoint until one synced checkpoint at its end; PostgreSQL `synchronous_commit=off`).
That loses nothing: each batch's events and tracking record still commit in one
transaction, so a kill or a power loss can only roll the target back to an earlier batch,
which the next run resumes from. The switch itself is a durable commit on a target opened
with the store's own durability, after the copy is on disk (SQLite: that final
checkpoint; PostgreSQL flushes its log up to the switch's commit). Waiting for the disk
once per batch cost a third of a 1,000,000-event promotion. The source's files are never
modified, renamed or deleted: `events.jsonl` stays as it was, and an older handoff (or a
restored backup) that appends to it later is found by `doctor` and merged by the next
`promote` to the same backend, by event id, never overwriting newer rows.

Data flows one way: the source is read, the target written; nothing is read back.
"""

from __future__ import annotations

import contextlib
import hashlib
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import state as st
from .backends import CONFIGURED, NAMES, make_backend
from .backends.base import Backend, Item, StoredEvent, Tracking
from .errors import CorruptStoreError, ValidationError

if TYPE_CHECKING:
    from .store import Store

BATCH = 10_000
Progress = Callable[[int, int], None]


class PromotionError(CorruptStoreError):
    """The target disagrees with the source: nothing was switched (exit 5)."""


@dataclass(slots=True)
class PromoteReport:
    source: str
    target: str
    copied: int = 0
    skipped: int = 0
    """Events already in the target with the same body (a resumed or repeated run)."""
    events: int = 0
    switched: bool = False
    resumed_from: int = 0
    notes: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"source": self.source, "target": self.target, "copied": self.copied,
                "skipped": self.skipped, "events": self.events, "switched": self.switched,
                "resumed_from": self.resumed_from, "notes": self.notes}


def source_key(source: Backend) -> str:
    return f"promote:{source.name}"


def _events(source: Backend, start: int) -> Iterator[Item]:
    """The source's events after `start`, as the items its reader yielded (each record
    parsed once and checked as an envelope there). Unreadable units and seqs that do not
    grow stop the promotion (they would be lost or reordered): `doctor --fix` first. (A
    duplicate id is refused by the target's own uniqueness.) Checked here, in the one
    pass that copies, rather than in a pass of its own."""
    last = 0
    for item in source.read(start):
        rec = item.record
        if rec is None:
            if item.quiet:
                continue
            raise PromotionError(f"the {source.name} data has unreadable units at {item.start}: "
                                 "run `handoff doctor --fix` first, then promote again")
        seq = rec["seq"]
        if seq <= last:
            raise PromotionError(f"seq {seq} at {item.start} does not follow {last}: "
                                 "run `handoff doctor --fix` first, then promote again")
        last = seq
        yield item


def _stored(item: Item) -> StoredEvent:
    assert item.record is not None and item.body is not None  # `_events` yields no other
    return StoredEvent.from_body(item.body, item.record)


def _normalised(state: st.State) -> bytes:
    """latest.json without what depends on the backend (its position numbering)."""
    copy = dict(state)
    copy["meta"] = {**state["meta"], "position": 0}
    return st.render(copy)


@dataclass(slots=True)
class Cursor:
    """How far a promotion got in the source: what the last committed tracking says,
    and the state folded from every event read so far (each is parsed once, here)."""

    position: int = 0
    count: int = 0
    digest: Any = field(default_factory=hashlib.sha256)
    state: st.State = field(default_factory=st.empty_state)
    fresh: bool = False
    """The target held no event when this run began: every id in it came from this run's
    read of the source, in order, so no batch needs looking up first (a repeated id still
    fails closed on the target's UNIQUE id)."""


class _Sink:
    """How one batch goes into a target: SQLite takes rows built straight from the read
    items (`sqlite.item_row`, the table's one row layout); other backends take
    `StoredEvent`s (PostgreSQL builds its rows from them with the same layout)."""

    def __init__(self, target: Backend) -> None:
        from .backends.sqlite import SqliteBackend, item_row

        self.target = target
        self.sqlite = target if isinstance(target, SqliteBackend) else None
        self.make: Callable[[Item], Any] = item_row if self.sqlite is not None else _stored

    def key(self, made: Any) -> tuple[str, int, str]:
        """(id, seq, sha256 of the body) of one made row or event."""
        if self.sqlite is not None:
            return made[1], made[0], made[9]
        return made.id, made.seq, made.digest

    def append(self, made: list[Any], expected: int, tracking: Tracking) -> int:
        if self.sqlite is not None:
            return self.sqlite.append_rows(made, expected, tracking=tracking).position
        return self.target.append(made, expected, tracking=tracking).position


def copy_events(source: Backend, target: Backend, *, progress: Progress | None = None,
                batch: int = BATCH, report: PromoteReport, locked: bool = False,
                cursor: Cursor | None = None) -> Cursor:
    """Replay `source` into `target` from where the last committed batch got to (read
    from the target's tracking record, or `cursor` when continuing in this process).

    Per event the copy does what it must and no more. Each item the source's reader
    yields (its record parsed and checked once, there) becomes the target's row at once
    (the canonical line as the body, never serialised again; one sha256 of it for the
    digest column), feeds the running sha256, and is folded into the state as it streams
    past (one `fold_stream` over the whole copy). Only the rows of the current batch are
    kept, so a batch holds no parsed record: tuples of plain values, which the cyclic
    garbage collector stops tracking, rather than 10,000 records it would keep
    re-scanning. Every `batch` events the rows and the tracking record commit together.
    """
    key = source_key(source)
    done = target.tracking(key) if cursor is None else None
    digest = cursor.digest if cursor is not None else hashlib.sha256()
    start = cursor.position if cursor is not None else 0
    count = cursor.count if cursor is not None else 0
    state = cursor.state if cursor is not None else st.empty_state()
    update = digest.update
    if done is not None:
        # Resume: the source must still hold exactly what was copied (same bytes).
        def prefix() -> Iterator[Item]:
            nonlocal count
            for item in _events(source, 0):
                if item.end > done.position:
                    return
                update(item.body)  # type: ignore[arg-type]  # `_events` yields bodies
                count += 1
                yield item
                if item.end == done.position:
                    return

        st.fold_stream(state, prefix())
        if digest.hexdigest() != done.digest or count != done.count:
            raise PromotionError(
                f"the {source.name} data changed since an earlier promotion copied it "
                "(purged or rewritten): remove the partial target and promote again")
        start = done.position
        report.resumed_from = count
    _, source_end = source.end()
    existing = target.end()[1]
    fresh = cursor.fresh if cursor is not None else (done is None and existing == 0)
    sink = _Sink(target)
    make = sink.make
    made: list[Any] = []  # the batch: rows (or events), no parsed record
    position = start
    overlap = _Overlap() if getattr(target, "overlap_batches", False) else None

    def commit() -> None:
        nonlocal existing, made, count
        count += len(made)
        tracking = Tracking(key, position, digest.hexdigest(), count, "running", source.name)
        if overlap is None:
            existing = _commit_batch(sink, made, existing, tracking, report, locked, unseen=fresh)
        else:
            existing = overlap.wait(existing)  # one batch in flight: the next follows its end
            overlap.submit(_commit_batch, sink, made, existing, tracking, report, locked, unseen=fresh)
        made = []

    def copied() -> Iterator[Item]:
        nonlocal position
        append = made.append
        for item in _events(source, start):
            append(make(item))
            update(item.body)  # type: ignore[arg-type]
            position = item.end
            yield item  # folded now, then dropped
            if len(made) >= batch:
                commit()
                append = made.append
                if progress is not None:
                    progress(position, max(source_end, position))

    try:
        st.fold_stream(state, copied())
        if made or (done is None and cursor is None):  # a first run always leaves a tracking record
            commit()
        if overlap is not None:
            existing = overlap.wait(existing)
    finally:
        if overlap is not None:
            overlap.close()
    report.events = count
    return Cursor(position, count, digest, state, fresh)


class _Overlap:
    """One batch committing on a worker thread while the caller reads, checks and folds
    the next (a target with `overlap_batches`: PostgreSQL, whose server inserts the rows
    and maintains the indexes on its own CPU while this process parses the source; done
    one after the other, the two costs added up). At most one batch is in flight, and
    the next is submitted only after it committed, so batches commit in order, each on
    the end the one before it left; its error is raised at the next `wait`."""

    def __init__(self) -> None:
        from concurrent.futures import Future, ThreadPoolExecutor

        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="handoff-promote")
        self._pending: Future[int] | None = None

    def submit(self, fn: Callable[..., int], *args: Any, **kwargs: Any) -> None:
        self._pending = self._pool.submit(fn, *args, **kwargs)

    def wait(self, current: int) -> int:
        """The end the batch in flight committed (`current` if none is)."""
        pending, self._pending = self._pending, None
        return current if pending is None else pending.result()

    def close(self) -> None:
        """Wait for the batch in flight (its error, if the caller is already failing,
        is dropped: the caller's own propagates) and stop the worker."""
        if self._pending is not None:
            with contextlib.suppress(BaseException):
                self._pending.result()
            self._pending = None
        self._pool.shutdown(wait=True)


def _commit_batch(sink: _Sink, made: list[Any], expected: int, tracking: Tracking,
                  report: PromoteReport, locked: bool, *, unseen: bool = False) -> int:
    """Append the events the target lacks; an id it holds with another body fails closed.
    `unseen`: the target held nothing before this run (`Cursor.fresh`), so none is looked up."""
    target = sink.target
    fresh = made
    if made and not unseen:
        held = target.lookup([sink.key(m)[0] for m in made])
        if held:
            fresh = []
            for m in made:
                event_id, seq, body_digest = sink.key(m)
                digest = held.get(event_id)
                if digest is None:
                    fresh.append(m)
                elif digest == body_digest:
                    report.skipped += 1
                else:
                    raise PromotionError(f"event {event_id} (seq {seq}) is already in the target "
                                         "with different content: nothing was switched")
    if locked:  # the caller holds the store's lock (the same lock file for every backend)
        position = sink.append(fresh, expected, tracking)
    else:
        with target.lock(60.0):
            position = sink.append(fresh, expected, tracking)
    report.copied += len(fresh)
    return position


def verify(target: Backend, expected: st.State, digest: str, count: int,
           folded: st.State | None = None) -> st.State:
    """The target holds exactly the events the source's read gave, in order, byte for byte
    (the same running sha256 of their bodies and the same count), and folds into the same
    latest state as `expected` (the source's, caught up); return the target's state.

    One pass over the target, folding its units as they are hashed, so the state that is
    then published costs no second read. Given `folded` (the state the copy folded from
    the very bodies it wrote), the pass only hashes the target's stored bodies: bytes equal
    to the ones folded fold into that same state, so parsing them again would prove
    nothing more. Raises PromotionError otherwise.
    """
    if folded is not None:
        running = hashlib.sha256()
        seen = 0
        for body in target.bodies():
            running.update(body)
            seen += 1
        if seen != count or running.hexdigest() != digest:
            raise PromotionError(f"verification failed: the target holds {seen} events, the source "
                                 f"{count}, or their bytes differ: nothing was switched")
        state = folded
        state["meta"]["position"] = target.end()[1]
        if _normalised(state) != _normalised(expected):
            raise PromotionError("verification failed: the latest state folded from the target "
                                 "differs from the source's")
        return state
    running = hashlib.sha256()
    seen = 0

    def hashed() -> Iterator[Item]:
        nonlocal seen
        for item in target.read(0):
            if item.record is not None and item.body is not None:
                running.update(item.body)
                seen += 1
            yield item

    state = st.empty_state()
    st.fold_stream(state, hashed())
    if seen != count or running.hexdigest() != digest:
        raise PromotionError(f"verification failed: the target holds {seen} events, the source "
                             f"{count}, or their bytes differ: nothing was switched")
    if _normalised(state) != _normalised(expected):
        raise PromotionError("verification failed: the latest state folded from the target "
                             "differs from the source's")
    return state


def _digest_of(source: Backend) -> tuple[str, int]:
    """The running sha256 of a backend's event bodies, in order, and their count."""
    h = hashlib.sha256()
    count = 0
    for item in source.read(0):
        if item.record is not None and item.body is not None:
            h.update(item.body)
            count += 1
    return h.hexdigest(), count


def promote(store: Store, target_name: str, *, progress: Progress | None = None,
            batch: int = BATCH, config: Mapping[str, Any] | None = None) -> PromoteReport:
    """Move `store` onto `target_name` (see the module docstring). `config` is the target's
    settings (postgres: `dsn`, `schema`), checked before anything is written."""
    from .backends import new_config
    from .locations import write_store_file

    if target_name not in NAMES:
        raise ValidationError(f"unknown backend; backends are: {', '.join(NAMES)}")
    source = store.backend
    report = PromoteReport(source.name, target_name)
    if target_name == source.name:
        report.notes.append(f"the store already keeps its events in {target_name}")
        merge_jsonl_tail(store, report)
        report.events = sum(1 for i in store.backend.read(0) if i.record is not None)
        return report
    if target_name == "jsonl":
        return _back_to_jsonl(store, report)
    if target_name in CONFIGURED and not (config or {}).get("schema"):
        # Derived from the store, so a promotion killed and run again resumes into the same schema.
        config = {**(config or {}), "schema": _derived_schema(source)}
    settings = new_config(target_name, config)
    bulk = make_backend(target_name, store.dir, "never", settings)  # see the module docstring
    try:
        bulk.create()
        if bulk.end()[1] and bulk.tracking(source_key(source)) is None:
            raise PromotionError(f"the {target_name} target already holds other events: join it with "
                                 f"`handoff init --backend {target_name}` on a new store instead, and merge "
                                 "this store's events with `handoff import events`")
        loading = getattr(bulk, "bulk_load", contextlib.nullcontext)
        with loading():
            cursor = copy_events(source, bulk, progress=progress, batch=batch, report=report)
    finally:
        bulk.close()
    target = make_backend(target_name, store.dir, source.durability, settings)
    try:
        with store.backend.lock(store.lock_timeout):
            # Events appended while the bulk was copied, then the check and the switch,
            # with no writer in between.
            final = copy_events(source, target, batch=batch, report=report, locked=True, cursor=cursor)
            state = verify(target, store._synced_state(), final.digest.hexdigest(), final.count,
                           final.state)
            report.events = state["meta"]["events_total"]
            target.append([], target.end()[1], tracking=_switched(target, source))
            write_store_file(store.dir, target_name, settings)
            store.backend = target
            store._cache = None
            store._publish(state)
            ident, _ = target.end()
            store._cache = (ident, state["meta"]["position"], state)
            report.switched = True
    except BaseException:
        if store.backend is not target:
            target.close()
        raise
    source.close()
    return report


def _derived_schema(source: Backend) -> str | None:
    """A schema name for this store: from its first event's id (a UUIDv7, unique to the
    store), the same on every run; None (a new random one) for an empty store."""
    for item in source.read(0):
        if item.record is not None:
            return "handoff_" + hashlib.sha256(item.record["id"].encode()).hexdigest()[:12]
    return None


def _switched(target: Backend, source: Backend) -> Tracking:
    """The promotion's tracking record, marked done: the store switched to the target."""
    t = target.tracking(source_key(source))
    assert t is not None  # the copy committed one
    return Tracking(t.source, t.position, t.digest, t.count, "done", t.detail)


def write_jsonl(source: Backend, fd: int) -> int:
    """Write every event's body as a JSONL line (byte-identical to the line it came from),
    then the tracking records of imports; return the number of events."""
    from .backends.jsonl import tracking_line
    from .files import write_all

    count = 0
    chunk: list[bytes] = []
    for item in source.read(0):
        if item.record is None or item.body is None:
            continue
        chunk.append(item.body + b"\n")
        count += 1
        if len(chunk) >= 4096:
            write_all(fd, b"".join(chunk))
            chunk.clear()
    chunk.extend(tracking_line(t) for t in source.sources() if not t.source.startswith("promote:"))
    write_all(fd, b"".join(chunk))
    return count


def _back_to_jsonl(store: Store, report: PromoteReport) -> PromoteReport:
    """Replace events.jsonl by an export of the active backend, verified, then switch.

    The events.jsonl left from before the promotion may only hold events the active
    backend has with the same bytes (an older handoff that appended to it since must be
    merged first: `promote` to the active backend does that), so nothing is lost.
    """
    from .backends.jsonl import LOG_NAME
    from .locations import write_store_file

    source = store.backend
    target = make_backend("jsonl", store.dir, source.durability)
    with source.lock(store.lock_timeout):
        if store.dir.exists(LOG_NAME):
            old = [(i.record["id"], hashlib.sha256(i.body).hexdigest())
                   for i in target.read(0) if i.record is not None and i.body is not None]
            held = source.lookup([i for i, _ in old])
            strays = [i for i, d in old if held.get(i) != d]
            if strays:
                raise PromotionError(
                    f"events.jsonl holds {len(strays)} event(s) the {source.name} store lacks "
                    f"(written by an older handoff?): run `handoff promote --to {source.name}` "
                    "to merge them first")
        expected = store._synced_state()
        with store.dir.atomic(LOG_NAME) as fd:
            write_jsonl(source, fd)
        try:
            state = verify(target, expected, *_digest_of(source))
        except PromotionError:
            target.close()
            raise
        report.events = state["meta"]["events_total"]
        write_store_file(store.dir, "jsonl")
        store.backend = target
        store._publish(state)
        ident, _ = target.end()
        store._cache = (ident, state["meta"]["position"], state)
        report.switched = True
        report.copied = report.events
    source.close()
    return report


def jsonl_tail(store: Store) -> tuple[Tracking, int] | None:
    """(the promotion's tracking, bytes after it) if events.jsonl grew after the store was
    promoted away from it (an older handoff, a restored backup), else None."""
    from .backends.jsonl import LOG_NAME

    if store.backend.name == "jsonl" or not store.dir.is_regular(LOG_NAME):
        return None
    t = store.backend.tracking("promote:jsonl")
    if t is None:
        return None
    size = store.dir.lstat(LOG_NAME).st_size  # type: ignore[union-attr]
    return (t, size - t.position) if size > t.position else None


def merge_jsonl_tail(store: Store, report: PromoteReport) -> None:
    """Merge events appended to events.jsonl after the promotion, by id: one the store
    holds with the same bytes is skipped, with other bytes fails closed, a new one is
    appended with the next seq (its id kept, and its time unless that would run
    backwards). Newer rows are never overwritten. The tracking record moves with them."""
    if jsonl_tail(store) is None:
        return
    old = make_backend("jsonl", store.dir, store.backend.durability)
    try:
        with store.backend.lock(store.lock_timeout):
            found = jsonl_tail(store)
            if found is None:
                return
            t, _ = found
            digest = hashlib.sha256()
            count = 0
            for item in _events(old, 0):
                if item.end > t.position:
                    break
                digest.update(item.body)  # type: ignore[arg-type]  # `_events` yields bodies
                count += 1
            if digest.hexdigest() != t.digest:
                raise PromotionError("events.jsonl was rewritten after the promotion (not only "
                                     "appended to): nothing was merged")
            state = store._synced_state()
            fresh: list[StoredEvent] = []
            position = t.position
            for item in _events(old, t.position):
                event = _stored(item)
                digest.update(event.body)
                count += 1
                position = item.end
                held = store.backend.lookup([event.id]).get(event.id)
                if held is None:
                    fresh.append(event)
                elif held == event.digest:
                    report.skipped += 1
                else:
                    raise PromotionError(f"event {event.id} in events.jsonl differs from the stored "
                                         "one with that id: nothing was merged")
            events = store._stamp(state, [(e.kind, e.data, e.scope) for e in fresh],
                                  keep=[(e.id, e.ts) for e in fresh])
            store._commit(state, events, tracking=Tracking(t.source, position, digest.hexdigest(), count,
                                                           t.status, t.detail))
            report.copied += len(events)
            report.notes.append(f"merged {len(events)} event(s) appended to events.jsonl after the promotion")
    finally:
        old.close()


def export_jsonl(store: Store, path: Path, *, overwrite: bool = False) -> int:
    """Write the store's events to `path` as a JSONL log (see `write_jsonl`), atomically."""
    from .files import StoreDir

    parent = StoreDir.open(path.parent.resolve(), own=False) if path.parent.is_dir() else None
    if parent is None:
        raise ValidationError(f"no directory {path.parent} to export into")
    try:
        if parent.exists(path.name) and not overwrite:
            raise ValidationError(f"{path} exists (give --force to replace it)")
        with parent.atomic(path.name) as fd:
            count = write_jsonl(store.backend, fd)
    finally:
        parent.close()
    return count
