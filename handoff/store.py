"""The Store: the one write path and the read API, the same on every backend.

Data flows one way: a write is validated (`handoff.models`), passed through the privacy
filter (`handoff.privacy`), stamped with id, seq and time under the backend's exclusive
lock, appended durably, and only then folded onto latest.json (`handoff.state`). Nothing
is ever read back from latest.json into the log.

Durability promise: `append` returns once the backend has made the event durable (fsync,
unless the store was opened with durability "never"); from then on the event is
acknowledged. latest.json is replaced atomically after every append (`handoff.files`);
if that fails (a full disk) the append still succeeds, with one warning, and latest.json
keeps its previous complete version. It may lag the log after a crash or such a
failure, and the next reader or writer catches it up from the position it records;
readers that cannot write (a read-only store, a busy lock) catch up in memory. A write
rejected for any reason before the append (bad input, privacy, a missing action id, an
unsafe file in the store) changes no byte of any file.
"""

from __future__ import annotations

import contextlib
import functools
import os
import re
import warnings
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import state as st
from .backends import make_backend
from .backends.base import Backend, Durability, GuessedWrong, Item, StoredEvent, Tracking
from .errors import CorruptStoreError, HandoffError, LockTimeout, NotFound, StoreNotFound, ValidationError
from .events import WRITABLE_KINDS, Event, format_ts
from .files import StoreDir, UnsafeFileError
from .jsonread import sorted_copy
from .locking import DEFAULT_TIMEOUT
from .slotted import Slotted

if TYPE_CHECKING:
    from .backup import BackupReport
    from .doctor import DoctorReport
    from .promote import PromoteReport

LATEST_NAME = "latest.json"
LEGACY_GENERATIONS = ".latest"
"""Where versions before 0.2 kept latest.json generations behind a symlink; removed on
the first publish (only our own files in it: see `_forget_legacy_generations`)."""
_GENERATION = re.compile(r"[0-9a-f-]{36}-[0-9]+\.json")
_LATEST_NAME = re.compile(re.escape(LATEST_NAME))
QUARANTINE_DIR = "quarantine"
MAX_LATEST = 64 * 1024 * 1024
"""latest.json is capped by design (state.MAX_*); a bigger file is damage, not read whole."""
MAX_LOCK_TIMEOUT = 86400.0


class PublishWarning(UserWarning):
    """An acknowledged write whose latest.json could not be updated (it catches up later)."""


def parse_lock_timeout(value: str | float) -> float:
    """A lock timeout in seconds: finite, 0 to a day (bad input is exit 2, not a traceback)."""
    try:
        seconds = float(value)
    except (TypeError, ValueError):
        raise ValidationError("the lock timeout must be a number of seconds") from None
    if not 0 <= seconds <= MAX_LOCK_TIMEOUT:  # also false for nan
        raise ValidationError(f"the lock timeout must be between 0 and {MAX_LOCK_TIMEOUT:g} seconds")
    return seconds


def _new_id() -> str:
    """A time-sortable, globally unique id (UUIDv7), so logs from two machines merge."""
    import uuid_utils

    return str(uuid_utils.uuid7())


class _Gate:
    """The two layers every write passes: structure (the models), then content (privacy).

    Built on the first write, so read-only commands never load pydantic or the privacy
    rules. It holds the modules, not their functions: `handoff.privacy.check` is looked
    up on every call, so whatever stands there (a test's or benchmark's stand-in) is what
    runs.
    """

    def __init__(self) -> None:
        from . import privacy, validator

        self.models = validator  # the models' core schema, without pydantic (handoff.validator)
        self.privacy = privacy

    def data(self, kind: Any, data: Any) -> tuple[str, dict[str, Any]]:
        if not isinstance(kind, str) or kind not in WRITABLE_KINDS:
            shown = kind[:40] if isinstance(kind, str) else type(kind).__name__
            raise ValidationError(f"unknown kind {shown!r}; kinds are: {', '.join(WRITABLE_KINDS)}")
        clean = self.models.validate_data(kind, data)
        self.privacy.check(clean, "data")
        return kind, clean

    def scope(self, scope: Mapping[str, Any] | None) -> dict[str, Any]:
        clean = self.models.validate_scope(scope)
        self.privacy.check(clean, "scope")
        return clean


@functools.cache
def _gate() -> _Gate:
    return _Gate()


class ReadReport(Slotted):
    """What the last read skipped: unreadable lines are reported, never fatal."""

    __slots__ = ("skipped",)
    skipped: list[tuple[int, int]]

    def __init__(self, skipped: list[tuple[int, int]] | None = None) -> None:
        self.skipped = [] if skipped is None else skipped


class Store:
    """A handoff store: an append-only event log plus its materialized latest.json."""

    def __init__(
        self,
        directory: StoreDir,
        backend: Backend,
        *,
        lock_timeout: float = DEFAULT_TIMEOUT,
    ) -> None:
        self.dir = directory
        self.root = directory.path
        self.backend = backend
        self.lock_timeout = lock_timeout
        self.latest_path = self.root / LATEST_NAME
        self._ident = 0
        self.last_read = ReadReport()
        self._cache: tuple[int, int, st.State] | None = None
        self._legacy_checked = False
        self._renderer = st.Renderer()
        self.on_warning: Callable[[str], None] = _warn
        """Called with one line when something went wrong that did not fail the call
        (latest.json could not be published or read); the CLI prints it on stderr."""

    # -- lifecycle -------------------------------------------------------------------

    def close(self) -> None:
        self.backend.close()
        self.dir.close()
        self._cache = None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- writing ---------------------------------------------------------------------

    def append(
        self, kind: str, data: Mapping[str, Any], *, scope: Mapping[str, Any] | None = None
    ) -> Event:
        """Validate, filter and durably append one event; return it as stored."""
        gate = _gate()
        clean = gate.data(kind, data)
        return self._write([(*clean, gate.scope(scope))])[0]

    def append_many(
        self,
        items: Iterable[tuple[str, Mapping[str, Any]]],
        *,
        scope: Mapping[str, Any] | None = None,
    ) -> list[Event]:
        """Append a batch under one lock and one fsync; one bad item rejects the batch."""
        gate = _gate()
        clean_scope = gate.scope(scope)
        prepared = []
        for position, item in enumerate(items):
            try:
                kind, data = item
            except (TypeError, ValueError):
                raise ValidationError(f"item {position}: expected a (kind, data) pair") from None
            try:
                prepared.append((*gate.data(kind, data), clean_scope))
            except ValidationError as err:
                err.args = (f"item {position}: {err}",)
                raise
        if not prepared:
            return []
        return self._write(prepared)

    def _write(self, prepared: Sequence[tuple[str, dict[str, Any], dict[str, Any]]]) -> list[Event]:
        guessing = getattr(self.backend, "append_lock", None)
        if guessing is not None:
            # A backend that can append on the end it last wrote without locking first
            # (postgres: one round trip); if another client wrote since, it wrote nothing
            # and the state may have missed a note: again, under the lock.
            try:
                return self._write_under(guessing, prepared)
            except (NotFound, GuessedWrong):
                self._cache = None
        return self._write_under(self.backend.lock, prepared)

    def _write_under(self, lock: Callable[[float], contextlib.AbstractContextManager[None]],
                     prepared: Sequence[tuple[str, dict[str, Any], dict[str, Any]]]) -> list[Event]:
        with lock(self.lock_timeout):
            state = self._synced_state()
            batch_notes: dict[str, int] = {}  # notes earlier in this batch: seq -> actions
            for offset, (kind, data, _) in enumerate(prepared, start=state["meta"]["last_seq"] + 1):
                if kind == "note":
                    batch_notes[str(offset)] = len(data.get("next_actions", ()))
                elif kind == "action_done":
                    self._require_open_action(state, data["action"], batch_notes)
            events = self._stamp(state, prepared)
            records = self._commit(state, events)
        return [Event.from_record(rec) for rec in records]

    @staticmethod
    def _stamp(state: st.State, items: Sequence[tuple[str, dict[str, Any], dict[str, Any]]],
               *, keep: Sequence[tuple[str, str]] | None = None) -> list[StoredEvent]:
        """Give validated items their envelope: the one place ids, seqs and times are set.

        Seqs follow the log's last; the time is never earlier than the last event's, so
        ts only grows along the log (readers may search it). `keep` gives each item the
        (id, ts) it already had elsewhere (a merged event keeps its id, and its time
        unless that would run backwards).
        """
        meta = state["meta"]
        now = format_ts(datetime.now(UTC))
        floor = meta["last_ts"] or ""
        seq = meta["last_seq"]
        out = []
        for index, (kind, data, scope) in enumerate(items):
            seq += 1
            event_id, ts = keep[index] if keep is not None else (_new_id(), now)
            ts = floor = max(ts, floor)
            out.append(StoredEvent.stamp(event_id, seq, ts, kind, scope, data))
        return out

    def _commit(self, state: st.State, events: Sequence[StoredEvent], *,
                tracking: Tracking | None = None) -> list[dict[str, Any]]:
        """Append stamped events (and a tracking record, atomically with them), fold them
        onto `state` and publish it (under the lock); return the events' records (the
        dicts folded, shared with the events: callers must not mutate them). Every
        write path ends here."""
        self._cache = None  # until the new state is folded
        expected = state["meta"]["position"]
        records = [event.record() for event in events]
        if getattr(self.backend, "shared_projection", False):
            # Folded first, so the backend commits the state with the events, in one
            # transaction, for its other clients (positions are seqs there); `folded` lets
            # it write only what they changed.
            for rec in records:
                st.fold(state, rec)
            state["meta"]["position"] = events[-1].seq if events else expected
            staged: list[str] = []  # latest.json, written while the server commits
            try:
                result = self.backend.append(  # type: ignore[call-arg]
                    events, expected, tracking=tracking, state=state, folded=records,
                    meanwhile=lambda: staged.extend(self._stage_latest(state, records)))
            except BaseException:
                for tmp in staged:
                    self.dir.discard(tmp)
                self._renderer = st.Renderer()  # it rendered a state that was not stored
                raise
            if staged and result.position != state["meta"]["position"]:
                self.dir.discard(staged.pop())  # rendered at a position the append did not end at
                self._renderer = st.Renderer()
        else:
            staged = []
            result = self.backend.append(events, expected, tracking=tracking)
            for _ in range(result.sealed):
                st.skip(state)
            for rec in records:
                st.fold(state, rec)
        state["meta"]["position"] = result.position
        self._cache = (self._ident, result.position, state)
        self._publish_after_append(state, records, staged=staged[0] if staged else None)
        return records

    def _stage_latest(self, state: st.State, folded: Sequence[dict[str, Any]]) -> list[str]:
        """latest.json for `state` in a temp file, not yet visible (see `_publish`); [] if
        it could not be written: the append must not fail for it, and is published after."""
        try:
            return [self.dir.stage(LATEST_NAME, self._renderer.render(state, folded))]
        except (OSError, HandoffError):
            self._renderer = st.Renderer()
            return []

    def _publish_after_append(self, state: st.State, folded: Sequence[dict[str, Any]], *,
                              staged: str | None = None) -> None:
        """The event is durable and acknowledged: a failed publish must not fail the call
        (a caller that retried would duplicate the event). latest.json keeps its previous
        complete version and the next reader or writer catches it up. `staged` is a temp
        file already holding this state's latest.json (`_stage_latest`)."""
        try:
            if staged is not None:
                self.dir.swap_in(staged, LATEST_NAME)
                self._after_publish()
            else:
                self._publish(state, folded)
        except (OSError, HandoffError) as exc:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            self.on_warning(f"the event is stored, but latest.json was not updated ({reason}); "
                            "the next command catches it up")

    def _projected(self, local: st.State | None, size: int) -> st.State | None:
        """The backend's shared projection if it is further along than `local` (and not past
        the end `size`); the caller catches up the rest from the log."""
        if not getattr(self.backend, "shared_projection", False):
            return local
        saved = self.backend.saved_state()  # type: ignore[attr-defined]
        if saved is None or saved[0] > size or (local is not None and saved[0] <= local["meta"]["position"]):
            return local
        state = st.parse(saved[1])
        if state is None or state["meta"].get("position") != saved[0]:
            return local
        return state

    @staticmethod
    def _require_open_action(state: st.State, action: str, batch_notes: dict[str, int]) -> None:
        note_seq, _, position = action.partition(".")
        if note_seq in batch_notes and (not position or int(position) <= batch_notes[note_seq]):
            return
        for note in state["notes"]:
            if str(note["seq"]) != note_seq:
                continue
            if "." not in action:
                return
            for entry in note["actions"]:
                if entry["id"] == action:
                    if entry["done"]:
                        raise NotFound(f"action {action} is already done")
                    return
        raise NotFound(f"no open note or next action {action}")

    # -- latest.json -----------------------------------------------------------------

    def _publish(self, state: st.State, folded: Sequence[dict[str, Any]] | None = None, *,
                 scrub: bool = False) -> None:
        """Replace latest.json atomically: a reader opens the old version or the new one.

        A complete temp file is swapped in (`StoreDir.replace`: renameat2 exchange where
        the filesystem has it, else a rename) without an fsync: latest.json is derived,
        and one that a crash left empty or stale is caught up from the log by its reader.
        `folded` names the records folded onto `state` since its last publish, so only
        what they changed is rendered again (`state.Renderer`). `scrub` (after a purge, a
        compaction or a restore) also removes the spare the swap keeps (`StoreDir.stage`):
        it holds the previous version, with whatever was just removed.
        """
        try:
            self.dir.replace(LATEST_NAME, self._renderer.render(state, folded), durable=False)
        finally:
            if scrub:
                self.dir.drop_spare(LATEST_NAME)
        self._after_publish()

    def _after_publish(self) -> None:
        if not self._legacy_checked:  # once per Store: one listdir, off the hot path
            self._legacy_checked = True
            self.dir.clean_temp_files()  # left by a writer killed mid-publish or mid-rewrite
            self._forget_legacy_generations()

    def _forget_legacy_generations(self) -> None:
        """Remove `.latest/` (where 0.1 kept generations) once latest.json is a file: only
        generation files we named, only inside a real directory, never through a link."""
        if not self.dir.lstat(LEGACY_GENERATIONS):
            return
        try:
            legacy = self.dir.subdir(LEGACY_GENERATIONS)
        except (UnsafeFileError, OSError):
            return  # not our folder: doctor reports it, nothing here touches it
        try:
            for name in legacy.listdir():
                legacy.unlink_own(name, _GENERATION)
        finally:
            legacy.close()
        with contextlib.suppress(OSError):  # something else is in it: left for the user
            os.rmdir(LEGACY_GENERATIONS, dir_fd=self.dir.fd)

    def _read_latest(self, *, strict: bool) -> st.State | None:
        """latest.json parsed, or None if missing or unreadable.

        A non-regular file there (a planted link, FIFO, directory) or an oversized one is
        never followed or read whole: a writer refuses (`strict`), a reader warns and
        catches up from the log in memory.
        """
        try:
            raw = self.dir.read_small(LATEST_NAME, MAX_LATEST)
        except CorruptStoreError as exc:
            if self._legacy_link():
                return None  # 0.1's layout: never followed, replaced by the next publish
            if strict:
                raise
            self.on_warning(str(exc))
            return None
        return st.parse(raw) if raw is not None else None

    def _legacy_link(self) -> bool:
        """True if latest.json is the symlink into `.latest/` that handoff 0.1 published."""
        try:
            target = os.readlink(LATEST_NAME, dir_fd=self.dir.fd)
        except OSError:
            return False
        folder, _, name = target.partition("/")
        return folder == LEGACY_GENERATIONS and _GENERATION.fullmatch(name) is not None

    def _load_latest(self, *, strict: bool = True) -> st.State | None:
        """latest.json if it is readable and its saved position checks out against the log."""
        state = self._read_latest(strict=strict)
        if state is None:
            return None
        meta = state["meta"]
        position = meta.get("position")
        if type(position) is not int or position < 0 or type(meta.get("last_seq")) is not int:
            return None
        if position == 0:
            return state if meta.get("last_seq") == 0 else None
        rec = self.backend.record_before(position)
        if rec is None or rec.get("id") != meta.get("last_event_id"):
            return None
        return state

    def _catch_up(self, state: st.State) -> st.State:
        st.fold_stream(state, self.backend.read(state["meta"]["position"]))
        return state

    def _synced_state(self, *, strict: bool = True) -> st.State:
        """The state folded up to the log's end (under the lock, or in memory by a reader)."""
        ident, size = self.backend.end()
        self._ident = ident
        if self._cache is not None and self._cache[0] == ident and self._cache[1] == size:
            return self._cache[2]
        state = self._projected(self._load_latest(strict=strict), size)
        if state is None or state["meta"]["position"] > size:
            # latest.json does not describe this log (a purge or repair died before its
            # swap, or the file was damaged): fold the whole log.
            state = st.empty_state()
        return self._catch_up(state)

    def latest(self) -> dict[str, Any]:
        """The content of latest.json, caught up with the log first if it lags.

        Never waits for the lock and works on a store it cannot write: the catch-up
        happens in memory, and is published only if the lock is free right now.
        """
        _, size = self.backend.end()
        state = self._read_latest(strict=False)
        if state is None or state["meta"].get("position") != size:
            state = self._synced_state(strict=False)
            self._try_publish(state)
        copy: dict[str, Any] = sorted_copy(state)  # type: ignore[assignment]  # callers can't mutate the cache
        return copy

    def _try_publish(self, state: st.State) -> None:
        """Publish a state a reader caught up, if that costs no wait and the store is writable."""
        try:
            with self.backend.lock(0):
                if self.backend.end() != (self._ident, state["meta"]["position"]):
                    return  # a writer got in first; it published a newer state
                self._publish(state)
                self._cache = (self._ident, state["meta"]["position"], state)
        except (LockTimeout, UnsafeFileError, OSError):
            pass  # busy, read-only, or unsafe: readers still get the caught-up state

    def rebuild(self) -> dict[str, Any]:
        """Recompute latest.json from the whole log and replace it."""
        with self.backend.lock(self.lock_timeout):
            state = self._catch_up(st.empty_state())
            self._publish(state)
            ident, _ = self.backend.end()
            self._cache = (ident, state["meta"]["position"], state)
        copy: dict[str, Any] = sorted_copy(state)  # type: ignore[assignment]
        return copy

    # -- reading ---------------------------------------------------------------------

    def query(self, sql: str) -> tuple[list[str], list[tuple[Any, ...]]]:
        """One read-only SELECT over the DuckDB views (`handoff.query`); (columns, rows).
        Needs the `query` extra; DuckDB is imported here, never by the other commands."""
        from .query import query

        return query(self, sql)


    def events(self, kind: str | None = None, since_seq: int | None = None, *,
               since_ts: str | None = None, limit: int | None = None,
               reverse: bool = False) -> Iterator[Event]:
        """Stream stored events in log order (newest first with `reverse`): those of
        `kind`, with a seq above `since_seq` and a ts above `since_ts`, and with `limit`
        only the newest `limit` of them.

        A read costs what it returns: with `limit` or `reverse` the log is read from its
        end and the read stops at the limit or at the first event before `since_*`; a
        forward read starts where the backend finds `since_*` (`Backend.start_after`).
        Unreadable units in the part read are skipped and reported in `self.last_read`
        (in log order once the read finishes)."""
        report = self.last_read = ReadReport()
        if limit is not None and limit <= 0:
            return
        if limit is None and not reverse:
            start = (self.backend.start_after(seq=since_seq, ts=since_ts)
                     if since_seq is not None or since_ts is not None else 0)
            for item in self.backend.read(start):
                if _wanted(item, report, kind, since_seq, since_ts):
                    yield Event.from_record(item.record)  # type: ignore[arg-type]
            return
        newest = self._newest(report, kind, since_seq, since_ts, limit)
        if reverse:
            yield from newest
        else:
            yield from reversed(list(newest))

    def _newest(self, report: ReadReport, kind: str | None, since_seq: int | None,
                since_ts: str | None, limit: int | None) -> Iterator[Event]:
        """The matching events newest first, read from the end of the log.

        With `kind` and `limit`, the read also stops once it has found every event of that kind
        that latest.json counts up to its position (`_kind_count`): a rare kind's last
        few events, or an absent kind, then cost the part of the log after them, not the
        whole log."""
        found = 0
        position, left = self._kind_count(kind) if kind is not None and limit is not None else (0, -1)
        try:
            for item in self.backend.read_back():
                if left == 0 and item.end <= position:
                    return  # every event of `kind` up to `position` is found already
                rec = item.record
                if rec is not None and ((since_seq is not None and rec["seq"] <= since_seq)
                                        or (since_ts is not None and rec["ts"] <= since_ts)):
                    return  # seq and ts only grow: everything older is excluded too
                if not _wanted(item, report, kind, since_seq, since_ts):
                    continue
                if item.end <= position:
                    left -= 1
                yield Event.from_record(rec)  # type: ignore[arg-type]
                found += 1
                if limit is not None and found >= limit:
                    return
        finally:
            report.skipped.reverse()

    def _kind_count(self, kind: str) -> tuple[int, int]:
        """(position, events of `kind` up to it) as latest.json counts them, or (0, -1)
        when it cannot tell: missing, unreadable, or describing a longer log than this
        one. latest.json is trusted here as `show` trusts it: it is what this store wrote
        after folding those very events."""
        try:
            raw = self.dir.read_small(LATEST_NAME, MAX_LATEST)
        except (CorruptStoreError, OSError):
            return 0, -1
        state = st.parse(raw) if raw is not None else None
        if state is None:
            return 0, -1
        meta = state["meta"]
        position, counts = meta.get("position"), meta.get("event_counts")
        count = counts.get(kind, 0) if isinstance(counts, dict) else None
        if (not isinstance(position, int) or not isinstance(count, int) or position < 0 or count < 0
                or position > self.backend.end()[1]):
            return 0, -1
        return position, count

    def get(self, event_id: str) -> Event:
        for event in self.events():
            if event.id == event_id:
                return event
        raise NotFound(f"no event {event_id[:40]}")

    # -- maintenance -----------------------------------------------------------------

    def purge(self, event_ids: Iterable[str], *, reason: str | None = None) -> Event:
        """Remove events from disk for real; return the content-free tombstone left instead."""
        ids = list(dict.fromkeys(event_ids))
        data: dict[str, Any] = {"event_ids": ids}
        if reason:
            data["reason"] = reason
        gate = _gate()
        clean = gate.models.validate_data("purge", data)
        gate.privacy.check(clean, "data")
        with self.backend.lock(self.lock_timeout):
            state = self._synced_state()
            found = {}
            for event in self.events():
                if event.id in clean["event_ids"]:
                    found[event.id] = event.kind
            missing = [i for i in ids if i not in found]
            if missing:
                raise NotFound(f"no event {missing[0]}" + (f" (+{len(missing) - 1} more)" if len(missing) > 1 else ""))
            # Tombstones explain the seq gaps they left (doctor counts them): purge and
            # compaction ones stay (a later compaction carries the earlier one's counts).
            if tomb_kinds := sorted({"purge", "compact"} & set(found.values())):
                raise ValidationError(f"{' and '.join(tomb_kinds)} tombstones cannot be purged")
            [tomb] = self._stamp(state, [("purge", clean, {})])
            self._cache = None
            # Readers keep the old latest.json (a complete file) until the new one is
            # swapped in. Should we die between the two, the next reader or writer finds
            # that the saved position no longer ends at the saved event and rebuilds.
            self.backend.rewrite(set(ids), [tomb])
            state = self._catch_up(st.empty_state())
            ident, _ = self.backend.end()
            self._cache = (ident, state["meta"]["position"], state)
            try:
                self._publish(state, scrub=True)
            except (OSError, HandoffError) as exc:
                # The purge is done; the old latest.json must not keep the purged facts.
                # Removing a file needs no space: readers rebuild it from the log.
                self.dir.unlink_own(LATEST_NAME, _LATEST_NAME)
                reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
                self.on_warning(f"the events are purged, but latest.json could not be rewritten "
                                f"({reason}); it was removed and the next command rebuilds it")
        return Event.from_record(tomb.record())

    def promote(self, target: str, *, progress: Callable[[int, int], None] | None = None,
                config: Mapping[str, Any] | None = None) -> PromoteReport:
        """Move the store onto backend `target`, verified before the switch; resumable
        and exactly once; the source's files are left as they were (`handoff.promote`).
        `config`: the target's settings (postgres: `dsn`, `schema`)."""
        from .promote import promote

        return promote(self, target, progress=progress, config=config)

    def export(self, path: str | os.PathLike[str], *, overwrite: bool = False) -> int:
        """Write every event as a JSONL log at `path` (lines byte-identical to the lines
        the events came from); return the number of events. A JSONL store can use the
        file as its log."""
        from .promote import export_jsonl

        return export_jsonl(self, Path(path), overwrite=overwrite)

    def backup(self, path: str | os.PathLike[str]) -> BackupReport:
        """Write a consistent, verified copy of the store into the new directory `path`
        (while other processes keep appending), with a manifest of checksums."""
        from .backup import backup

        return backup(self, Path(path))

    def restore(self, path: str | os.PathLike[str], *, force: bool = False) -> BackupReport:
        """Replace the store's data with the backup in `path`, after verifying it; refuses
        to drop events the backup lacks unless `force`."""
        from .backup import restore

        return restore(self, Path(path), force=force)

    def doctor(self, *, fix: bool = False) -> DoctorReport:
        """Check the store; with `fix`, repair what can be repaired without losing data
        (see `handoff.doctor`)."""
        from .doctor import run

        return run(self.root, fix=fix, store=self)


def _wanted(item: Item, report: ReadReport, kind: str | None, since_seq: int | None,
            since_ts: str | None) -> bool:
    """True if `item` is an event the read asked for; an unreadable unit is reported."""
    rec = item.record
    if rec is None:
        if not item.quiet:
            report.skipped.append((item.start, item.end))
        return False
    return ((kind is None or rec["kind"] == kind)
            and (since_seq is None or rec["seq"] > since_seq)
            and (since_ts is None or rec["ts"] > since_ts))


def _warn(message: str) -> None:
    warnings.warn(message, PublishWarning, stacklevel=3)


def open_store(
    path: str | os.PathLike[str] | None = None,
    *,
    create: bool = True,
    durability: Durability | None = None,
    lock_timeout: float | None = None,
    backend: str | None = None,
    config: Mapping[str, Any] | None = None,
) -> Store:
    """Open (and by default create) the store at `path` or the discovered location.

    `backend` chooses where a new store keeps its events (`handoff.backends.NAMES`; else
    `$HANDOFF_BACKEND`, else JSONL); given for an existing store, it must match (move a
    store with `Store.promote`). `config` is a new store's backend settings (postgres:
    `dsn`, `schema`, timeouts; `handoff.backends.postgres_config`).
    """
    from .backends import backend_class, new_config
    from .locations import create_store_dir, read_store_file, resolve

    new_backend = backend or os.environ.get("HANDOFF_BACKEND") or "jsonl"
    backend_class(new_backend)  # an unknown name is bad input before anything is created
    level = durability or os.environ.get("HANDOFF_DURABILITY") or "always"
    if level not in ("always", "never"):
        raise ValidationError("durability must be 'always' or 'never'")
    if lock_timeout is None:
        env = os.environ.get("HANDOFF_LOCK_TIMEOUT")
        lock_timeout = parse_lock_timeout(env) if env else DEFAULT_TIMEOUT
    else:
        lock_timeout = parse_lock_timeout(lock_timeout)
    root = resolve(path)
    created = False
    try:
        directory = StoreDir.open(root)
    except StoreNotFound:
        if not create:
            raise
        directory, info = create_store_dir(root, new_backend, new_config(new_backend, config))
        created = True
    try:
        if not created:
            try:
                info = read_store_file(directory)
            except StoreNotFound:
                if not create:
                    raise
                from .locations import write_store_file

                info = write_store_file(directory, new_backend, new_config(new_backend, config))
                created = True
        if backend is not None and info["backend"] != backend:
            raise ValidationError(f"the store at {root} keeps its events in {info['backend']}, "
                                  f"not {backend} (move it with `handoff promote --to {backend}`)")
        chosen = make_backend(info["backend"], directory, level, info.get(info["backend"]))  # type: ignore[arg-type]
        if created:
            chosen.create()
    except BaseException:
        directory.close()
        raise
    return Store(directory, chosen, lock_timeout=lock_timeout)
