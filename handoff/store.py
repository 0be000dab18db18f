"""The Store: the one write path and the read API, the same on every backend.

Data flows one way: a write is validated (`handoff.models`), passed through the privacy
filter (`handoff.privacy`), stamped with id, seq and time under the backend's exclusive
lock, appended durably, and only then folded onto latest.json (`handoff.state`). Nothing
is ever read back from latest.json into the log.

Durability promise: `append` returns once the backend has made the event durable (fsync,
unless the store was opened with durability "never"). latest.json is replaced
atomically after every append; it may lag the log after a crash, and the next reader or
writer catches it up from the position it records. A write rejected for any reason
before the append (bad input, privacy, a missing action id) changes no byte of any file.
"""

from __future__ import annotations

import contextlib
import functools
import os
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import orjson

from . import state as st
from .backends.base import Backend, Durability, Health
from .errors import HandoffError, NotFound, StoreNotFound, ValidationError
from .events import WRITABLE_KINDS, Event, format_ts
from .kinds import SCHEMA_VERSION
from .locking import DEFAULT_TIMEOUT

LATEST_NAME = "latest.json"
GENERATIONS_DIR = ".latest"
QUARANTINE_DIR = "quarantine"
_SYMLINKS = os.name == "posix"


def _replace_file(tmp: Path, target: Path, payload: bytes) -> None:
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_CLOEXEC, 0o600)
    try:
        os.write(fd, payload)
    finally:
        os.close(fd)
    os.replace(tmp, target)


def _make_backend(name: str, root: Path, durability: Durability) -> Backend:
    if name == "jsonl":
        from .backends.jsonl import JsonlBackend

        return JsonlBackend(root, durability=durability)
    raise HandoffError(f"unknown backend {name!r}")


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
        from . import models, privacy

        self.models = models
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


@dataclass(slots=True)
class ReadReport:
    """What the last read skipped: unreadable lines are reported, never fatal."""

    skipped: list[tuple[int, int]] = field(default_factory=list)


@dataclass(slots=True)
class DoctorReport:
    """The outcome of `Store.doctor`."""

    health: Health
    latest_ok: bool
    fixed: bool = False
    quarantined_bytes: int = 0
    quarantine_file: str | None = None
    problems: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "ok": self.health.ok and self.latest_ok,
            "records": self.health.records,
            "unreadable_lines": [list(span) for span in self.health.bad],
            "torn_tail": list(self.health.torn_tail) if self.health.torn_tail else None,
            "seq_problems": self.health.seq_problems,
            "latest_json_current": self.latest_ok,
            "fixed": self.fixed,
            "quarantined_bytes": self.quarantined_bytes,
            "quarantine_file": self.quarantine_file,
            "problems": self.problems,
        }


class Store:
    """A handoff store: an append-only event log plus its materialized latest.json."""

    def __init__(
        self,
        root: Path,
        backend: Backend,
        *,
        lock_timeout: float = DEFAULT_TIMEOUT,
    ) -> None:
        self.root = root
        self.backend = backend
        self.lock_timeout = lock_timeout
        self.latest_path = root / LATEST_NAME
        self._root = str(root)  # str paths on the hot publish path: pathlib costs ~10 µs
        self._latest = str(self.latest_path)
        self._gen_dir = os.path.join(self._root, GENERATIONS_DIR)
        self._link_tmp = os.path.join(self._root, LATEST_NAME + ".lnk")
        self._ident = 0
        self.last_read = ReadReport()
        self._cache: tuple[int, int, st.State] | None = None
        self._published: tuple[str, str] = ("", "")
        self._forget_next = False
        self._gen_prefix = _new_id()  # generation names: unique per Store, then a counter
        self._gen_count = 0  # our last generation, and the one before

    # -- lifecycle -------------------------------------------------------------------

    def close(self) -> None:
        self.backend.close()
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
        with self.backend.lock(self.lock_timeout):
            state = self._synced_state()
            meta = state["meta"]
            batch_notes: dict[str, int] = {}  # notes earlier in this batch: seq -> actions
            for offset, (kind, data, _) in enumerate(prepared, start=meta["last_seq"] + 1):
                if kind == "note":
                    batch_notes[str(offset)] = len(data.get("next_actions", ()))
                elif kind == "action_done":
                    self._require_open_action(state, data["action"], batch_notes)
            now = format_ts(datetime.now(UTC))
            ts = max(now, meta["last_ts"] or now)  # never earlier than the log's last event
            seq = meta["last_seq"]
            records = []
            lines = []
            for kind, data, scope in prepared:
                seq += 1
                rec = {"v": SCHEMA_VERSION, "id": _new_id(), "seq": seq, "ts": ts,
                       "kind": kind, "scope": scope, "data": data}
                records.append(rec)
                lines.append(orjson.dumps(rec) + b"\n")
            self._cache = None  # until the new state is published
            result = self.backend.append(lines, meta["position"])
            for _ in range(result.sealed):
                st.skip(state)
            for rec in records:
                st.fold(state, rec)
            meta["position"] = result.position
            self._publish(state)
            self._cache = (self._ident, result.position, state)
        return [Event.from_record(rec) for rec in records]

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

    def _publish(self, state: st.State, *, forget: bool = False) -> None:
        """Replace latest.json atomically: a reader opens the old version or the new one.

        latest.json is a symlink to a complete generation file in `.latest/`. A new
        generation is written under a fresh name, then a new symlink is renamed over
        latest.json. Renaming a file over an existing *regular* file costs about 1 ms on
        ext4 (its auto_da_alloc flushes the replaced data: measured in bench/bench_append.py),
        about 20 fsyncs of a log line; flipping a symlink costs about 15 µs. The previous
        generation is kept one round, so a reader that resolved the old link still opens it.
        Where symlinks are unavailable, a plain temp file + rename does the same job slower.
        `forget` removes every older generation at once: after a purge no copy of the
        purged facts may stay on disk, not even for one round.
        """
        payload = st.render(state)
        forget = forget or self._forget_next
        self._forget_next = False
        if not _SYMLINKS:
            _replace_file(self.root / (LATEST_NAME + ".tmp"), self.latest_path, payload)
            return
        gen_dir = self._gen_dir
        self._gen_count += 1
        name = f"{self._gen_prefix}-{self._gen_count}.json"
        path = f"{gen_dir}/{name}"
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC
        try:
            fd = os.open(path, flags, 0o600)
        except FileNotFoundError:
            os.makedirs(gen_dir, mode=0o700, exist_ok=True)
            fd = os.open(path, flags, 0o600)
        try:
            os.write(fd, payload)
        finally:
            os.close(fd)
        try:
            previous = os.readlink(self._latest).rpartition("/")[2]
        except OSError:
            previous = ""
        target = f"{GENERATIONS_DIR}/{name}"
        try:
            os.symlink(target, self._link_tmp)
        except FileExistsError:
            os.unlink(self._link_tmp)  # left by a writer that died mid-publish
            os.symlink(target, self._link_tmp)
        os.replace(self._link_tmp, self._latest)
        ours, before = self._published
        self._published = (name, "" if forget else previous)
        if ours and previous == ours and not forget:
            # Nobody published since our last call: the only stale generation is the one
            # ours replaced. Skips a listdir on the hot path.
            if before:
                with contextlib.suppress(FileNotFoundError):
                    os.unlink(f"{gen_dir}/{before}")
            return
        keep = (name,) if forget else (name, previous)
        for old in os.listdir(gen_dir):
            if old not in keep:
                with contextlib.suppress(FileNotFoundError):
                    os.unlink(f"{gen_dir}/{old}")

    def _load_latest(self) -> st.State | None:
        """latest.json if it is readable and its saved position checks out against the log."""
        try:
            state = st.parse(self.latest_path.read_bytes())
        except FileNotFoundError:
            return None
        if state is None:
            return None
        meta = state["meta"]
        position = meta.get("position")
        if not isinstance(position, int) or position < 0:
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

    def _synced_state(self) -> st.State:
        """The state folded up to the log's end (call under the lock)."""
        ident, size = self.backend.end()
        self._ident = ident
        if self._cache is not None and self._cache[0] == ident and self._cache[1] == size:
            return self._cache[2]
        state = self._load_latest()
        if state is None or state["meta"]["position"] > size:
            # latest.json does not describe this log (a purge or repair died before its
            # flip, or the file was damaged): it may hold purged facts, so the next
            # publish removes every old generation, not just the older ones.
            self._forget_next = True
            state = st.empty_state()
        return self._catch_up(state)

    def latest(self) -> dict[str, Any]:
        """The content of latest.json, caught up with the log first if it lags."""
        _, size = self.backend.end()
        try:
            state = st.parse(self.latest_path.read_bytes())
        except FileNotFoundError:
            state = None
        if state is not None and state["meta"].get("position") == size:
            return state
        with self.backend.lock(self.lock_timeout):
            state = self._synced_state()
            self._publish(state)
            ident, size = self.backend.end()
            self._cache = (ident, state["meta"]["position"], state)
        copy: dict[str, Any] = orjson.loads(st.render(state))  # callers can't mutate the cache
        return copy

    def rebuild(self) -> dict[str, Any]:
        """Recompute latest.json from the whole log and replace it."""
        with self.backend.lock(self.lock_timeout):
            state = self._catch_up(st.empty_state())
            self._publish(state)
            ident, _ = self.backend.end()
            self._cache = (ident, state["meta"]["position"], state)
        copy: dict[str, Any] = orjson.loads(st.render(state))
        return copy

    # -- reading ---------------------------------------------------------------------

    def events(self, kind: str | None = None, since_seq: int | None = None) -> Iterator[Event]:
        """Stream stored events in log order; unreadable lines are skipped and reported
        in `self.last_read`."""
        report = self.last_read = ReadReport()
        for item in self.backend.read(0):
            rec = item.record
            if rec is None:
                report.skipped.append((item.start, item.end))
                continue
            if kind is not None and rec["kind"] != kind:
                continue
            if since_seq is not None and rec["seq"] <= since_seq:
                continue
            yield Event.from_record(rec)

    def get(self, event_id: str) -> Event:
        for event in self.events():
            if event.id == event_id:
                return event
        raise NotFound(f"no event {event_id[:40]}")

    # -- maintenance -----------------------------------------------------------------

    def purge(self, event_ids: Iterable[str], *, reason: str | None = None) -> int:
        """Remove events from disk for real, leaving a content-free tombstone event."""
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
            if "purge" in found.values():
                raise ValidationError("purge tombstones cannot be purged")
            meta = state["meta"]
            now = format_ts(datetime.now(UTC))
            tomb = {"v": SCHEMA_VERSION, "id": _new_id(), "seq": meta["last_seq"] + 1,
                    "ts": max(now, meta["last_ts"] or now), "kind": "purge", "scope": {},
                    "data": clean}
            self._cache = None
            # Readers keep the old latest.json (a complete file) until the new one is
            # flipped in. Should we die between the two, the next reader or writer finds
            # that the saved position no longer ends at the saved event and rebuilds.
            dropped = self.backend.rewrite(set(ids), [orjson.dumps(tomb) + b"\n"], None)
            state = self._catch_up(st.empty_state())
            self._publish(state, forget=True)
            ident, _ = self.backend.end()
            self._cache = (ident, state["meta"]["position"], state)
        return dropped

    def doctor(self, *, fix: bool = False) -> DoctorReport:
        """Check the log and latest.json; with `fix`, quarantine unreadable bytes and repair."""
        with self.backend.lock(self.lock_timeout):
            health = self.backend.check()
            rebuilt = self._catch_up(st.empty_state())
            try:
                current = self.latest_path.read_bytes()
            except FileNotFoundError:
                current = b""
            report = DoctorReport(health=health, latest_ok=current == st.render(rebuilt))
            if health.bad:
                report.problems.append(f"{len(health.bad)} unreadable line(s) in the log")
            if health.torn_tail:
                report.problems.append(
                    f"torn last line ({health.torn_tail[1] - health.torn_tail[0]} bytes)"
                )
            report.problems.extend(health.seq_problems)
            if not report.latest_ok:
                report.problems.append("latest.json does not match the log")
            if not fix or (health.ok and report.latest_ok):
                return report
            self._cache = None
            if health.bad or health.torn_tail:
                stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
                quarantine = self.root / QUARANTINE_DIR / f"{stamp}.bad"
                spans = [*health.bad, *([health.torn_tail] if health.torn_tail else [])]
                report.quarantined_bytes = sum(end - start for start, end in spans)
                report.quarantine_file = str(quarantine)
                self.backend.rewrite(set(), [], quarantine)
                rebuilt = self._catch_up(st.empty_state())
            self._publish(rebuilt, forget=True)
            ident, _ = self.backend.end()
            self._cache = (ident, rebuilt["meta"]["position"], rebuilt)
            report.fixed = True
            return report


def open_store(
    path: str | os.PathLike[str] | None = None,
    *,
    create: bool = True,
    durability: Durability | None = None,
    lock_timeout: float | None = None,
) -> Store:
    """Open (and by default create) the store at `path` or the discovered location."""
    from .locations import create_store_dir, read_store_file, resolve

    root = resolve(path)
    try:
        info = read_store_file(root)
    except StoreNotFound:
        if not create:
            raise
        info = create_store_dir(root, "jsonl")
    level = durability or os.environ.get("HANDOFF_DURABILITY") or "always"
    if level not in ("always", "never"):
        raise ValidationError("durability must be 'always' or 'never'")
    backend = _make_backend(info["backend"], root, level)  # type: ignore[arg-type]
    backend.create()
    if lock_timeout is None:
        env = os.environ.get("HANDOFF_LOCK_TIMEOUT")
        try:
            lock_timeout = float(env) if env else DEFAULT_TIMEOUT
        except ValueError:
            raise ValidationError("HANDOFF_LOCK_TIMEOUT must be a number of seconds") from None
    return Store(root, backend, lock_timeout=lock_timeout)
