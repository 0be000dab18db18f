"""Retention: `handoff compact` removes old events the latest state no longer depends on.

The policy lives in store.json (`{"retention": {"keep_days": 90}}`; 90 days when none is
set). An event older than the horizon (now minus `keep_days`) is removed unless the
latest state still depends on it:

- the event that set each validation, runtime component, model, config key and open
  note (the entries of latest.json name their event's id);
- the action_done events that marked an open note's actions done (`done_seq`);
- per pointer, the newest event and, since the pointer was last cleared, the last event
  that set or unset each field (a pointer merges its events' fields);
- every purge tombstone (it explains the seq gaps it left, and feeds `purged_events`).

Earlier compaction tombstones are removed too: the new one carries their totals, so one
tombstone (content-free: counts per kind, the horizon and the highest seq removed)
accounts for every seq gap compaction ever left.

Nothing is trusted to that reasoning alone: before anything is removed, the kept events
are folded again and compared with the full fold, section by section (everything but
`meta`, whose counts and position describe the log itself). A section that differs keeps
every old event of its kinds, and the check runs again; the rewrite happens only when the
two agree. The rewrite is the backends' one atomic rewrite (`Backend.rewrite`, the same
as purge): a SIGKILL at any point leaves the old data or the new, never a mix.

Memory: the ids of the old events (what `rewrite` is given) and small per-entry maps;
nothing proportional to the events kept.
"""

from __future__ import annotations

import re
from array import array
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

import orjson

from . import state as st
from .errors import CorruptStoreError, HandoffError, ValidationError
from .events import format_ts
from .kinds import COMPACTED_KINDS
from .store import LATEST_NAME

if TYPE_CHECKING:
    from .backends.base import Backend, Item
    from .store import Store

DEFAULT_KEEP_DAYS = 90
MAX_KEEP_DAYS = 100_000
SECTIONS: dict[str, tuple[str, ...]] = {
    "active_repo": ("pointer",),
    "pointers": ("pointer",),
    "validations": ("validation",),
    "last_validation": ("validation",),
    "runtime": ("runtime",),
    "notes": ("note", "action_done"),
    "model_health": ("model_health",),
    "config": ("config",),
}
"""Each section of the state and the kinds that feed it (what a mismatch falls back on)."""

Progress = Callable[[str, int, int], None]
"""(phase, position, end): called every `PROGRESS_EVERY` events of each pass."""
PROGRESS_EVERY = 10_000


@dataclass(frozen=True, slots=True)
class Policy:
    keep_days: int = DEFAULT_KEEP_DAYS

    @classmethod
    def parse(cls, raw: Any) -> Policy:
        """The policy in store.json; a damaged one is bad input, never guessed at."""
        if raw is None:
            return cls()
        days = raw.get("keep_days") if isinstance(raw, dict) else None
        if type(days) is not int or not 0 <= days <= MAX_KEEP_DAYS:
            raise ValidationError(f"store.json's retention policy needs keep_days: a whole number "
                                  f"of days from 0 to {MAX_KEEP_DAYS}")
        return cls(days)

    def to_dict(self) -> dict[str, Any]:
        return {"keep_days": self.keep_days}


def read_policy(store: Store) -> Policy:
    from .locations import RETENTION_KEY, read_store_file

    return Policy.parse(read_store_file(store.dir).get(RETENTION_KEY))


def save_policy(store: Store, policy: Policy) -> None:
    """Set the store's policy in store.json (under the lock, so no writer races it)."""
    from .locations import write_store_file

    with store.backend.lock(store.lock_timeout):
        write_store_file(store.dir, store.backend.name, retention=policy.to_dict())


def horizon(policy: Policy, now: datetime | None = None) -> str:
    """The time before which events are old, in the log's fixed-width format."""
    when = (now or datetime.now(UTC)) - timedelta(days=policy.keep_days)
    return format_ts(when)


@dataclass(slots=True)
class CompactReport:
    """What a compaction removed (or, dry, would remove)."""

    keep_days: int
    before: str
    dry_run: bool
    events: int = 0
    old: int = 0
    removed: int = 0
    removed_by_kind: dict[str, int] = field(default_factory=dict)
    kept_old: int = 0
    """Old events kept because the latest state depends on them (and purge tombstones)."""
    oldest_ts: str | None = None
    tombstone_id: str | None = None
    size_before: int = 0
    size_after: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {"dry_run": self.dry_run, "keep_days": self.keep_days, "before": self.before,
                "events": self.events, "old_events": self.old, "removed": self.removed,
                "removed_by_kind": self.removed_by_kind, "kept_old": self.kept_old,
                "oldest_ts": self.oldest_ts, "tombstone_id": self.tombstone_id,
                "size_before": self.size_before, "size_after": self.size_after}


@dataclass(slots=True)
class _Scan:
    """What the analysis pass gathers besides the state."""

    before: str
    old: dict[str, str] = field(default_factory=dict)
    """id -> kind of every old event compaction may remove."""
    order: list[str] = field(default_factory=list)
    """The ids of `old`, in log order; `starts`, `ends` and `seqs` are their units' spans and
    seqs (arrays: 24 bytes an event), so the check pass can skip what goes unread."""
    starts: array[int] = field(default_factory=lambda: array("q"))
    ends: array[int] = field(default_factory=lambda: array("q"))
    seqs: array[int] = field(default_factory=lambda: array("q"))
    kept_purges: int = 0
    old_done: dict[int, str] = field(default_factory=dict)
    """seq -> id of old action_done events (an open note's done action names its seq)."""
    pointer_fields: dict[str, dict[str, str]] = field(default_factory=dict)
    """repo -> field -> id of the last event that set or unset it since the last clear."""
    totals: dict[str, int] = field(default_factory=dict)
    """Earlier tombstones' removed_<kind> counts, carried into the new one."""
    earlier_removed: int = 0
    through_seq: int = 0
    events: int = 0
    oldest_ts: str | None = None
    unreadable: int = 0


def _observe(scan: _Scan, items: Iterator[Item], progress: Progress | None, end: int) -> Iterator[Item]:
    """Pass the units on to the fold, noting what compaction needs from each."""
    before = scan.before
    old = scan.old
    order, starts, ends, seqs = scan.order.append, scan.starts.append, scan.ends.append, scan.seqs.append
    fields = scan.pointer_fields
    count = 0
    for item in items:
        rec = item.record
        if rec is None:
            scan.unreadable += not item.quiet
            yield item
            continue
        count += 1
        kind = rec["kind"]
        data = rec["data"]
        if scan.oldest_ts is None:
            scan.oldest_ts = rec["ts"]
        if kind == "pointer":
            repo = data["repo"]
            if data.get("clear"):
                fields.pop(repo, None)
            else:
                touched = fields.setdefault(repo, {})
                for name in data:
                    if name != "unset":
                        touched[name] = rec["id"]
                for name in data.get("unset", ()):
                    touched[name] = rec["id"]
        if kind == "compact":  # always replaced: the new tombstone carries its totals
            old[rec["id"]] = kind
            order(rec["id"]), starts(item.start), ends(item.end), seqs(rec["seq"])
            scan.earlier_removed += data["removed"]
            scan.through_seq = max(scan.through_seq, data.get("through_seq", 0))
            for k in COMPACTED_KINDS:
                scan.totals[k] = scan.totals.get(k, 0) + data.get(f"removed_{k}", 0)
        elif rec["ts"] < before:
            if kind == "purge":
                scan.kept_purges += 1
            else:
                old[rec["id"]] = kind
                order(rec["id"]), starts(item.start), ends(item.end), seqs(rec["seq"])
                if kind == "action_done":
                    scan.old_done[rec["seq"]] = rec["id"]
        if progress is not None and count % PROGRESS_EVERY == 0:
            progress("reading", item.end, end)
        yield item
    scan.events = count


def _needed(state: st.State, scan: _Scan) -> set[str]:
    """The ids of the events each entry of the state was set by."""
    needed: set[str] = set()
    for repo, entry in state["pointers"].items():
        needed.add(entry["id"])
        needed.update(scan.pointer_fields.get(repo, {}).values())
    for section in ("validations", "runtime", "model_health", "config"):
        needed.update(entry["id"] for entry in state[section].values())
    if state["last_validation"] is not None:
        needed.add(state["last_validation"]["id"])
    for note in state["notes"]:
        needed.add(note["id"])
        for action in note["actions"]:
            done = scan.old_done.get(action.get("done_seq", 0))
            if done is not None:
                needed.add(done)
    return needed


def _content(state: st.State) -> dict[str, Any]:
    return {k: v for k, v in state.items() if k != "meta"}


def _upto(items: Iterator[Item], position: int) -> Iterator[Item]:
    """The units that end at or before `position` (what an earlier pass read)."""
    for item in items:
        if item.end > position:
            return
        yield item


SKIP_RUN = 16
"""Dropped events in a row that the check pass steps over unread (one `read` call each
run); shorter runs are read and filtered, which costs less than a new read."""
SKIP_RUN_BY_BACKEND = {"postgres": 5000}
"""A backend whose `read` fetches a page at once (PostgreSQL: `postgres.PAGE` rows a
query) skips only runs longer than a page: a shorter skip would fetch more than it saves."""


def _skips(scan: _Scan, drop: set[str], min_run: int) -> tuple[list[tuple[int, int]], int]:
    """The spans of runs of at least `min_run` adjacent dropped units (nothing kept
    between them), in log order, and the highest seq dropped."""
    spans: list[tuple[int, int]] = []
    order, starts, ends, seqs = scan.order, scan.starts, scan.ends, scan.seqs
    through = 0
    run_start = run_end = -1
    run = 0
    for i, event_id in enumerate(order):
        if event_id not in drop:
            continue
        through = seqs[i]
        if run and starts[i] == run_end:
            run += 1
        else:
            if run >= min_run:
                spans.append((run_start, run_end))
            run_start, run = starts[i], 1
        run_end = ends[i]
    if run >= min_run:
        spans.append((run_start, run_end))
    return spans, through


def _kept_units(backend: Backend, scan: _Scan, drop: set[str], upto: int, progress: Progress | None,
                end: int) -> tuple[Iterator[Item], int]:
    """The units up to `upto` minus the dropped events, reading around long runs of
    dropped events instead of parsing them (most of what a compaction drops is in such
    runs); the highest seq dropped."""
    skips, through = _skips(scan, drop, SKIP_RUN_BY_BACKEND.get(backend.name, SKIP_RUN))

    def units() -> Iterator[Item]:
        count = 0
        position = 0
        for skip_start, skip_end in [*skips, (upto, upto)]:
            if skip_start > position:
                for item in _upto(backend.read(position), skip_start):
                    count += 1
                    if progress is not None and count % PROGRESS_EVERY == 0:
                        progress("checking", item.end, end)
                    rec = item.record
                    if rec is None or rec["id"] not in drop:
                        yield item
            position = max(position, skip_end)

    return units(), through


@dataclass(slots=True)
class Plan:
    state: st.State
    """The full fold of the log (the state compaction must preserve)."""
    kept: st.State
    """The fold of the kept events (equal to `state` but for meta)."""
    drop: set[str]
    scan: _Scan
    ident: int = 0
    """The backend's identity when the plan began (a rewrite since changes it)."""
    through_seq: int = 0
    """The highest seq among the dropped events."""
    _by_kind: dict[str, int] | None = None

    def by_kind(self) -> dict[str, int]:
        """The dropped events counted per kind (counted once: the report and the tombstone
        both need it)."""
        if self._by_kind is None:
            old = self.scan.old
            counts: dict[str, int] = {}
            for i in self.drop:
                kind = old[i]
                counts[kind] = counts.get(kind, 0) + 1
            self._by_kind = counts
        return self._by_kind


def plan(store: Store, policy: Policy, *, now: datetime | None = None,
         progress: Progress | None = None, verify: bool = True) -> Plan:
    """Decide what goes: one pass to fold and observe, one more (per fallback) to check
    that the kept events fold to the same state. Changes nothing.

    Without `verify` (doctor's estimate) unreadable units are let through, as a rebuild
    does; a plan that is applied refuses them."""
    backend = store.backend
    ident, end = backend.end()
    scan = _Scan(before=horizon(policy, now))
    state = st.empty_state()
    st.fold_stream(state, _observe(scan, backend.read(0), progress, end))
    upto = state["meta"]["position"]  # the check pass stops where this one did
    if scan.unreadable and verify:
        raise CorruptStoreError(f"the log has {scan.unreadable} unreadable unit(s): "
                                "run `handoff doctor --fix` before compacting")
    needed = _needed(state, scan)
    drop = {i for i, kind in scan.old.items() if i not in needed}
    if not any(kind != "compact" for i, kind in scan.old.items() if i in drop):
        drop = set()  # only earlier tombstones: replacing them would change nothing
    if not verify or not drop:
        return Plan(state, state, drop, scan, ident)
    want = _content(state)
    for _attempt in range(len(SECTIONS) + 1):
        kept = st.empty_state()
        units, through = _kept_units(backend, scan, drop, upto, progress, end)
        st.fold_stream(kept, units)
        got = _content(kept)
        differ = {kind for name, kinds in SECTIONS.items() if got[name] != want[name] for kind in kinds}
        if not differ:
            return Plan(state, kept, drop, scan, ident, through)
        drop = {i for i in drop if scan.old[i] not in differ}
        if all(scan.old[i] == "compact" for i in drop):
            return Plan(state, state, set(), scan, ident)  # only earlier tombstones: nothing to do
    raise HandoffError("compaction could not find a set of events to remove that keeps the latest "
                       "state unchanged; nothing was removed")


def store_size(store: Store) -> int:
    """Bytes the store's data takes (`Backend.data_size`)."""
    return store.backend.data_size()


def _report(policy: Policy, p: Plan, *, dry_run: bool) -> CompactReport:
    by_kind = p.by_kind()
    old = sum(1 for kind in p.scan.old.values() if kind != "compact") + p.scan.kept_purges
    removed_events = len(p.drop) - by_kind.get("compact", 0)
    return CompactReport(keep_days=policy.keep_days, before=p.scan.before, dry_run=dry_run,
                         events=p.scan.events, old=old, removed=len(p.drop),
                         removed_by_kind=dict(sorted(by_kind.items())), kept_old=old - removed_events,
                         oldest_ts=p.scan.oldest_ts)


def _tombstone(p: Plan, policy: Policy) -> dict[str, Any]:
    data: dict[str, Any] = {"removed": p.scan.earlier_removed + len(p.drop), "before": p.scan.before,
                            "keep_days": policy.keep_days}
    counts = dict(p.scan.totals)
    for kind, n in p.by_kind().items():
        counts[kind] = counts.get(kind, 0) + n
    for kind in COMPACTED_KINDS:
        if counts.get(kind):
            data[f"removed_{kind}"] = counts[kind]
    through = max(p.scan.through_seq, p.through_seq)
    if through:
        data["through_seq"] = through
    return data


def compact(store: Store, policy: Policy, *, dry_run: bool = False, now: datetime | None = None,
            progress: Progress | None = None) -> CompactReport:
    """Apply the policy: remove what it allows (dry: only report it).

    The plan is made like a read, without the lock, so writers are not held up by its
    passes; under the lock, the events appended meanwhile are folded onto both sides of
    the plan and compared again (they are new, so they all stay), and only the rewrite
    and publish happen there. A rewrite by someone else meanwhile (a purge, a restore)
    means a new plan, under the lock. A dry run never takes the lock and works on a
    read-only store."""
    p = plan(store, policy, now=now, progress=progress)
    if dry_run:
        report = _report(policy, p, dry_run=True)
        report.size_before = report.size_after = store_size(store)
        return report
    with store.backend.lock(store.lock_timeout):
        if not _caught_up(store, p):
            p = plan(store, policy, now=now, progress=progress)
        report = _report(policy, p, dry_run=False)
        report.size_before = store_size(store)
        if p.drop:
            _apply(store, p, policy, report, progress)
        report.size_after = store_size(store)
    return report


def _caught_up(store: Store, p: Plan) -> bool:
    """Under the lock: fold what was appended since the plan onto both of its states and
    check they still agree; False if the plan no longer describes the log."""
    ident, _ = store.backend.end()
    if ident != p.ident:
        return False
    tail = list(store.backend.read(p.state["meta"]["position"]))
    if any(item.record is None and not item.quiet for item in tail):
        return False  # the new plan refuses the unreadable units
    p.scan.events += sum(1 for item in tail if item.record is not None)
    st.fold_stream(p.state, tail)
    if p.kept is not p.state:
        st.fold_stream(p.kept, tail)
    return not p.drop or _content(p.kept) == _content(p.state)


def _apply(store: Store, p: Plan, policy: Policy, report: CompactReport, progress: Progress | None) -> None:
    """Swap in the log without the dropped events plus the tombstone, then publish the
    kept fold with the tombstone on it (the same bytes a rebuild gives)."""
    from .models import validate_data

    data = validate_data("compact", _tombstone(p, policy))
    [tomb] = store._stamp(p.state, [("compact", data, {})])
    store._cache = None
    if progress is not None:
        progress("rewriting", 0, 1)  # the one atomic step: old data before it, new after
    # The old latest.json goes first: on SQLite its saved position (a seq) could still
    # name a kept event after the rewrite, and a reader would catch it up with the old
    # counts. Without it, a reader folds the log until the new one is published (and
    # after a crash anywhere here, whichever data is there).
    store.dir.unlink_own(LATEST_NAME, _LATEST_FILE)
    store.backend.rewrite(p.drop, [tomb])
    ident, end = store.backend.end()
    state = p.kept
    st.fold(state, tomb.record())
    state["meta"]["position"] = end
    store._cache = (ident, end, state)
    report.tombstone_id = tomb.id
    try:
        store._publish(state, scrub=True)
    except (OSError, HandoffError) as exc:
        # Nothing is lost: the next reader rebuilds latest.json from the log.
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        store.on_warning(f"the log is compacted, but latest.json was not rewritten ({reason}); "
                         "the next command rebuilds it")


_LATEST_FILE = re.compile(re.escape(LATEST_NAME))


def render_state(state: st.State) -> bytes:
    """The content a compaction must preserve, as comparable bytes (tests, doctor)."""
    return orjson.dumps(_content(state), option=orjson.OPT_SORT_KEYS)
