"""`handoff backup` and `handoff restore`: a consistent, verified copy of a store.

A backup is a new directory holding the active backend's data file, `store.json`, and
`MANIFEST.json` (written last) that names the format, the backend, the schema version,
the event count and each file's size and sha256. The copy is taken while other
processes keep appending: the JSONL log is copied under the store's lock (appends wait
a moment), SQLite through its online backup API (`Backend.copy_to`). The copy is then
opened as a store of its own and checked (every unit readable, the count matching)
before the manifest makes it a backup.

`restore` verifies the manifest and every checksum before it touches anything, and
refuses an empty, foreign or damaged backup, or one from a newer schema, leaving the
current store as it was. It also refuses to drop events the current store has and the
backup lacks unless told to (`force`). It then replaces the data file atomically under
the lock, points store.json at the backup's backend, and rebuilds latest.json.
"""

from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import orjson

from . import __version__
from .errors import CorruptStoreError, SchemaVersionError, ValidationError
from .files import StoreDir, write_all
from .kinds import SCHEMA_VERSION
from .locking import StoreLock

if TYPE_CHECKING:
    from .store import Store

MANIFEST = "MANIFEST.json"
FORMAT = "handoff-backup"
MAX_MANIFEST = 1 << 20


@dataclass(slots=True)
class BackupReport:
    path: str
    backend: str
    events: int
    files: dict[str, dict[str, Any]] = field(default_factory=dict)
    dropped: int = 0
    """Restore only: events the store had that the backup lacks (restored with force)."""

    def to_dict(self) -> dict[str, Any]:
        return {"path": self.path, "backend": self.backend, "events": self.events,
                "files": self.files, "dropped": self.dropped}


def _digest(d: StoreDir, name: str) -> dict[str, Any]:
    h = hashlib.sha256()
    size = 0
    with d.reader(name) as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
            size += len(chunk)
    return {"size": size, "sha256": h.hexdigest()}


def _count(d: StoreDir, backend_name: str) -> int:
    """Open a directory's data file as a backend and count its events; any unreadable
    unit or a failed check makes it damaged."""
    from .backends import make_backend

    backend = make_backend(backend_name, d, "never")
    try:
        health = backend.check()
        if not health.ok:
            raise CorruptStoreError(f"the copy in {d.path} does not check out: it is not a backup")
        return health.records
    finally:
        backend.close()


def backup(store: Store, path: Path) -> BackupReport:
    """Write a verified backup of `store` into the new directory `path`."""
    from .locations import write_store_file

    if path.exists() or path.is_symlink():
        raise ValidationError(f"{path} exists: a backup goes into a new directory")
    parent = path.parent.resolve()
    if not parent.is_dir():
        raise ValidationError(f"no directory {parent} to put the backup in")
    os.mkdir(parent / path.name, 0o700)
    target = StoreDir.open(parent / path.name)
    # A backend whose data is not a file here (PostgreSQL) copies itself as another's.
    kept_as: str = getattr(store.backend, "backup_as", store.backend.name)
    try:
        with store.backend.lock(store.lock_timeout):
            names = store.backend.copy_to(target)
        write_store_file(target, kept_as)
        events = _count(target, kept_as)
        report = BackupReport(str(path), kept_as, events)
        for name in [*names, "store.json"]:
            report.files[name] = _digest(target, name)
        manifest = {"format": FORMAT, "backend": kept_as, "schema_version": SCHEMA_VERSION,
                    "handoff_version": __version__, "events": events,
                    "created": datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z"),
                    "files": report.files}
        target.write_new(MANIFEST, orjson.dumps(manifest, option=orjson.OPT_INDENT_2) + b"\n")
        return report
    finally:
        target.close()


def read_manifest(d: StoreDir) -> dict[str, Any]:
    """The backup's manifest, checked against the files beside it."""
    from .backends import NAMES

    raw = d.read_small(MANIFEST, MAX_MANIFEST)
    if raw is None:
        raise CorruptStoreError(f"{d.path} has no {MANIFEST}: not a handoff backup (or an empty one)")
    try:
        manifest = orjson.loads(raw)
    except orjson.JSONDecodeError:
        raise CorruptStoreError(f"{d.path / MANIFEST} is damaged") from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise CorruptStoreError(f"{d.path} is not a handoff backup")
    if type(manifest.get("schema_version")) is not int or manifest["schema_version"] > SCHEMA_VERSION:
        raise SchemaVersionError(f"the backup in {d.path} was written by a newer schema version: "
                                 "upgrade handoff to restore it")
    files = manifest.get("files")
    if manifest.get("backend") not in NAMES or not isinstance(files, dict) or not files:
        raise CorruptStoreError(f"{d.path / MANIFEST} does not describe a backup")
    for name, expected in files.items():
        if not isinstance(name, str) or "/" in name or name.startswith(".") or not isinstance(expected, dict):
            raise CorruptStoreError(f"{d.path / MANIFEST} names a file it may not")
        try:
            found = _digest(d, name)
        except FileNotFoundError:
            raise CorruptStoreError(f"the backup in {d.path} lacks {name}") from None
        if found != {"size": expected.get("size"), "sha256": expected.get("sha256")}:
            raise CorruptStoreError(f"{d.path / name} does not match its checksum: the backup is damaged")
    return manifest


def _check_privacy(record: dict[str, Any]) -> None:
    """A backup is input like any write: an event the privacy filter rejects (a foreign or
    older backup, written before a rule existed) stops the restore (exit 3)."""
    from .errors import PrivacyError
    from .scan import scan_record

    findings = scan_record(record)
    if findings:
        raise PrivacyError(findings)


def restore(store: Store, path: Path, *, force: bool = False) -> BackupReport:
    """Replace `store`'s data with the verified backup in `path` (see the module docstring)."""
    from . import state as st
    from .backends import make_backend
    from .locations import write_store_file

    if not path.is_dir():
        raise ValidationError(f"no backup directory at {path}")
    source = StoreDir.open(path.resolve(), own=False)
    try:
        manifest = read_manifest(source)
        name = manifest["backend"]
        events = _count(source, name)
        if events != manifest.get("events"):
            raise CorruptStoreError(f"the backup in {path} holds {events} events, its manifest says "
                                    f"{manifest.get('events')}: it is damaged")
        restored = make_backend(name, source, "never")
        try:
            backup_ids = set()
            for item in restored.read(0):
                if item.record is None:
                    continue
                backup_ids.add(item.record["id"])
                _check_privacy(item.record)
        finally:
            restored.close()
        data_files = [f for f in manifest["files"] if f != "store.json"]
        store.backend.close()  # every descriptor and connection to the old data goes first
        lock = StoreLock(store.dir)  # the same lock file every backend of the store takes
        try:
            with lock.hold(store.lock_timeout):
                old = make_backend(store.backend.name, store.dir, store.backend.durability)
                try:
                    lost = [i.record["id"] for i in old.read(0)
                            if i.record is not None and i.record["id"] not in backup_ids]
                finally:
                    old.close()
                if lost and not force:
                    raise ValidationError(f"the store holds {len(lost)} event(s) the backup lacks; "
                                          "give --force to restore anyway (they would be lost)")
                stale = re.compile("|".join(re.escape(f) + r"-(wal|shm|journal)" for f in data_files))
                for leftover in store.dir.listdir():  # an old WAL must never meet a new database
                    store.dir.unlink_own(leftover, stale)
                for data in data_files:
                    with source.reader(data) as src, store.dir.atomic(data) as dst:
                        for chunk in iter(lambda: src.read(1 << 20), b""):
                            write_all(dst, chunk)
                write_store_file(store.dir, name)
                store.backend = make_backend(name, store.dir, store.backend.durability)
                state = st.empty_state()
                st.fold_stream(state, store.backend.read(0))
                store._cache = None
                store._publish(state, scrub=True)
                ident, _ = store.backend.end()
                store._cache = (ident, state["meta"]["position"], state)
        finally:
            lock.close()
        report = BackupReport(str(path), name, events, manifest["files"], dropped=len(lost))
        return report
    finally:
        source.close()
