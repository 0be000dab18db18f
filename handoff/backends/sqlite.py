"""The SQLite backend: one `events.sqlite3` database per store (standard-library `sqlite3`).

Data model. The schema is SQL in the package (`sqlite_migrations/NNNN_name.sql`, STRICT
tables), applied as numbered migrations:

- `events`: one row per event; `seq INTEGER PRIMARY KEY` is the position, `body` the
  canonical envelope exactly as the JSONL line carries it (without its newline), and the
  source of truth; `id` (UNIQUE), `v`, `ts`, `kind`, `project`/`agent`/`session` are
  copies of its fields for indexes (`(kind, seq)`, `ts`); `digest` is sha256(body).
- `latest_state`: one row, the rendered latest.json bytes and the position they were
  folded to. The store computes the state and hands it over with `append(..., state=)`
  (same transaction as the events) or `save_state()`; reading it is one primary-key
  lookup, whatever the size of the log.
- `import_sources`: `Tracking` records, one per source key, upserted in the same
  transaction as the events of `append(..., tracking=)`.
- `store_meta` (role, schema_version, app_version, identity) and `migrations`
  (number, name, applied_at). A database whose schema is newer than this package's is
  refused (SchemaVersionError) before anything writes to it; an older one is migrated,
  each migration in one transaction together with its row.

A position is a `seq`: `end()` is (identity, max seq), `read(start)` yields the rows with
`seq > start`. The identity combines the database file's inode with a counter that every
rewrite (purge, repair) increments, so a cache keyed on it notices a purge or a restored
file.

Durability promise: with durability "always" (the default) the database is in WAL mode
with `synchronous=FULL`, and `append` returns only after its transaction (events, the
tracking record, the state) committed, which fsyncs the WAL: an acknowledged event
survives a crash or power loss, and a transaction is all or nothing. With "never",
`synchronous=NORMAL`: commits are durable at the next checkpoint. Appends run under the
store's `lock` file (`handoff.locking.StoreLock`, the same lock the JSONL backend takes,
so the two exclude each other during a promotion) and inside `BEGIN IMMEDIATE`; SQLite's
busy timeout past the lock timeout is `LockTimeout`.

A store is untrusted input (docs/design.md): before SQLite opens anything, the database
and its `-wal`/`-shm`/`-journal` siblings are `lstat`ed through `StoreDir` (a link, FIFO,
device or another user's file is refused with UnsafeFileError, never followed), and the
database's header is read: a file that is not SQLite, a database of another application
(its application id is not ours) or a truncated one is refused (CorruptStoreError)
without SQLite ever opening it for writing, so it stays byte-identical. Views and
triggers, which our schema never has, are refused too. Every `sqlite3` error is
translated at this module's boundary (`_translated`): none escapes.
"""

from __future__ import annotations

import contextlib
import errno
import functools
import hashlib
import itertools
import os
import re
import sqlite3
import threading
from collections.abc import Collection, Iterable, Iterator, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import quote

import orjson

from .. import __version__ as APP_VERSION
from ..errors import CorruptStoreError, HandoffError, LockTimeout, SchemaVersionError, ValidationError
from ..files import READ, StoreDir
from ..kinds import is_envelope
from ..locking import DEFAULT_TIMEOUT, StoreLock
from .base import AppendResult, Backend, Durability, Health, Item, StoredEvent, Tracking

DB_NAME = "events.sqlite3"
SIDECARS = ("-wal", "-shm", "-journal")
"""Files SQLite keeps next to the database; each must be a regular file of ours if present."""
APPLICATION_ID = 0x48414E44  # "HAND", in the header of every handoff database
ROLE = "handoff-events"
STATUSES = ("running", "done", "failed")
_HEADER = b"SQLite format 3\x00"
_CHUNK = 500  # ids per `IN (...)` query
_INDEX_NAME = re.compile(r"[a-z][a-z0-9_]{0,63}")

_BULK_CACHE_KIB = 64 * 1024
"""Page cache of a bulk copy (`bulk_load`): a batch's pages stay in memory until it commits."""
_DEFAULT_CACHE = -2000  # SQLite's default cache_size (KiB)
MIN_BUSY = 0.05
"""Even `lock(0)` rides out a connection closing elsewhere (its checkpoint takes a lock)."""
_DOCTOR = "run `handoff doctor`, or restore a backup"


class ReadOnlyStoreError(HandoffError):
    """A write to a database this process cannot write (a read-only file, mount or directory).

    Exit 1, like a write to a read-only JSONL log: the store is fine, only this write failed.
    """

    exit_code = 1


class MigrationError(HandoffError):
    """The package's migration registry is broken: a duplicate or missing number, a bad name."""

    exit_code = 1


# -- migrations ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Migration:
    number: int
    name: str
    sql: str


_MIGRATION_FILE = re.compile(r"([0-9]{4})_([a-z0-9_]+)\.sql")


def registry(files: Iterable[tuple[str, str]]) -> tuple[Migration, ...]:
    """Migrations from (file name, SQL) pairs, in order; numbers must be exactly 1..N.

    A duplicate or missing number is a broken package, not something to skip over: it
    fails loudly (MigrationError) before any database is touched.
    """
    found: dict[int, Migration] = {}
    for filename, sql in files:
        match = _MIGRATION_FILE.fullmatch(filename)
        if match is None:
            raise MigrationError(f"{filename} is not a migration file name (NNNN_name.sql)")
        number = int(match[1])
        if number in found:
            raise MigrationError(f"migration {number} is defined twice ({found[number].name}, {match[2]})")
        found[number] = Migration(number, match[2], sql)
    missing = sorted(set(range(1, max(found, default=0) + 1)) - found.keys())
    if missing or 0 in found:
        raise MigrationError(f"migration {missing[0] if missing else 0} is missing or misnumbered: "
                             "migrations are numbered 1, 2, 3, ... without gaps")
    return tuple(found[n] for n in sorted(found))


@functools.cache
def migrations() -> tuple[Migration, ...]:
    """This package's migrations (`sqlite_migrations/*.sql`)."""
    folder = resources.files("handoff.backends.sqlite_migrations")
    return registry((f.name, f.read_text("utf-8")) for f in folder.iterdir() if f.name.endswith(".sql"))


def schema_version() -> int:
    """The schema version this package writes: the number of its last migration."""
    return len(migrations())


def _statements(sql: str) -> Iterator[str]:
    """The statements of a migration script, one at a time (so they run inside our
    transaction: `executescript` would commit first)."""
    buf = ""
    for line in sql.splitlines(keepends=True):
        buf += line
        if sqlite3.complete_statement(buf):
            yield buf
            buf = ""
    if any(s.strip() and not s.strip().startswith("--") for s in buf.splitlines()):
        raise MigrationError(f"a migration ends with an incomplete statement: {buf.strip()[:60]!r}")


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _applied(db: sqlite3.Connection) -> dict[int, str]:
    if db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'migrations'").fetchone() is None:
        return {}
    return {int(n): str(name) for n, name in db.execute("SELECT number, name FROM migrations")}


def _check_applied(applied: dict[int, str], known: Sequence[Migration], where: Path) -> None:
    """Applied migrations must be a prefix of the registry, name for name."""
    by_number = {m.number: m for m in known}
    for number, name in sorted(applied.items()):
        if number > len(known):
            raise SchemaVersionError(
                f"the database {where} was written by a newer handoff (migration {number}, this "
                f"version knows {len(known)}): refusing to use or change it (upgrade handoff)")
        if by_number[number].name != name:
            raise CorruptStoreError(f"the database {where} records migration {number} as {name!r}, "
                                    f"not {by_number[number].name!r}: {_DOCTOR}")
    gaps = sorted(set(range(1, max(applied, default=0) + 1)) - applied.keys())
    if gaps:
        raise CorruptStoreError(f"the database {where} skips migration {gaps[0]}: {_DOCTOR}")


def apply_migrations(db: sqlite3.Connection, known: Sequence[Migration], where: Path) -> list[int]:
    """Apply the migrations of `known` the database lacks; return their numbers.

    Each runs in its own `BEGIN IMMEDIATE` transaction together with its `migrations` row
    and the store_meta version update, so a crash leaves a database at one version or the
    next. What is applied is re-read inside each transaction: two processes migrating at
    once apply each migration once, and a second run is a no-op. `db` must be in
    autocommit mode (isolation_level=None).
    """
    done: list[int] = []
    for migration in known:
        db.execute("BEGIN IMMEDIATE")
        try:
            applied = _applied(db)
            _check_applied(applied, known, where)
            if migration.number in applied:
                db.execute("ROLLBACK")
                continue
            if migration.number != max(applied, default=0) + 1:
                raise CorruptStoreError(f"the database {where} is missing migration "
                                        f"{max(applied, default=0) + 1}: {_DOCTOR}")
            db.execute("CREATE TABLE IF NOT EXISTS migrations (number INTEGER PRIMARY KEY, "
                       "name TEXT NOT NULL, applied_at TEXT NOT NULL) STRICT")
            for statement in _statements(migration.sql):
                db.execute(statement)
            db.execute("INSERT INTO migrations (number, name, applied_at) VALUES (?, ?, ?)",
                       (migration.number, migration.name, _now()))
            db.executemany("INSERT INTO store_meta (key, value) VALUES (?, ?) "
                           "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                           [("schema_version", str(migration.number)), ("app_version", APP_VERSION)])
            db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            db.execute("COMMIT")
        except BaseException:
            _rollback(db)
            raise
        done.append(migration.number)
    return done


def _rollback(db: sqlite3.Connection) -> None:
    if db.in_transaction:
        with contextlib.suppress(sqlite3.Error):
            db.execute("ROLLBACK")


# -- the file before SQLite opens it ------------------------------------------------------


def check_header(header: bytes, size: int, *, wal_size: int, where: Path) -> bool:
    """Judge a database file by its first 100 bytes without SQLite; True if it is empty.

    Refuses (CorruptStoreError) a file that is not SQLite, a database of another
    application, and one shorter than its header says (truncated). The header's page count
    is only trusted when it is marked valid and no WAL may hold newer pages.
    """
    if size == 0:
        return True
    if len(header) < 100 or not header.startswith(_HEADER):
        raise CorruptStoreError(f"{where} is not a SQLite database (damaged or replaced): {_DOCTOR}")
    app_id = int.from_bytes(header[68:72], "big")
    if app_id not in (APPLICATION_ID, 0):
        raise CorruptStoreError(
            f"{where} is a SQLite database of another application (application id {app_id:#x}), "
            "not a handoff store: refusing to use it (move it away, or restore a backup)")
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    if header[24:28] == header[92:96] and wal_size == 0 and size < pages * page_size:
        raise CorruptStoreError(f"{where} is truncated ({size} of {pages * page_size} bytes): {_DOCTOR}")
    return False


class _Live:
    """Connections this process has open, by database file (device, inode).

    Closing *any* descriptor of a file drops every POSIX lock this process holds on it,
    SQLite's included, so the header is read through our own descriptor only while no
    connection of this process has the file open; later openers reuse the verdict.
    """

    lock = threading.RLock()
    count: dict[tuple[int, int], int] = {}
    writable: dict[tuple[int, int], bool] = {}

    @classmethod
    def retain(cls, key: tuple[int, int], writable: bool) -> None:
        with cls.lock:
            cls.count[key] = cls.count.get(key, 0) + 1
            cls.writable[key] = writable

    @classmethod
    def release(cls, key: tuple[int, int]) -> None:
        with cls.lock:
            left = cls.count.get(key, 1) - 1
            if left > 0:
                cls.count[key] = left
            else:
                cls.count.pop(key, None)
                cls.writable.pop(key, None)


# -- the backend ---------------------------------------------------------------------------

_INSERT = ("INSERT INTO events (seq, id, v, ts, kind, project, agent, session, body, digest) "
           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
_UPSERT_TRACKING = (
    "INSERT INTO import_sources (source, detail, digest, records, last_position, status, run_id, "
    "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (source) DO UPDATE SET "
    "detail = excluded.detail, digest = excluded.digest, records = excluded.records, "
    "last_position = excluded.last_position, status = excluded.status, run_id = excluded.run_id, "
    "updated_at = excluded.updated_at")
_UPSERT_STATE = ("INSERT INTO latest_state (slot, position, payload) VALUES (1, ?, ?) "
                 "ON CONFLICT (slot) DO UPDATE SET position = excluded.position, payload = excluded.payload")
_END = "SELECT coalesce(max(seq), 0) FROM events"
_IDENT_END = f"SELECT (SELECT value FROM store_meta WHERE key = 'identity'), ({_END})"
_INSERT_AT_END = ("INSERT INTO events (seq, id, v, ts, kind, project, agent, session, body, digest) "
                  f"SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ? WHERE ({_END}) = ?")
"""One event, only if the log still ends where the caller read it: the check and the
insert in one autocommit statement (its own transaction, which takes the write lock
before it reads), instead of BEGIN IMMEDIATE, a SELECT, the INSERT and COMMIT."""

_PROBE = ("SELECT seq, ts FROM events WHERE seq >= ? AND CASE WHEN json_valid(CAST(body AS TEXT)) "
          "THEN json_extract(CAST(body AS TEXT), '$.ts') = ts AND json_extract(CAST(body AS TEXT), "
          "'$.seq') = seq ELSE 0 END ORDER BY seq LIMIT 1")
"""The first row at or after a seq whose body carries its own `ts` and `seq` columns: a
damaged or hostile row (whose columns need not be in order) is no landmark."""


def _first_later(db: sqlite3.Connection, ts: str) -> int | None:
    """The lowest seq (a row's, or one in the gap before it) from which every readable
    event is later than `ts`, or None if none is. Each probe takes the first readable row
    at or after `mid` (`_PROBE`), so purge gaps and damaged rows cost nothing extra; the
    invariant: every readable row below `lo` is at or before `ts`, and every one at or
    after `hi` is later (none left at or after `mid` counts as later: starting earlier
    only reads more)."""
    # Two subqueries: SQLite answers a lone min() or max() from the b-tree's edge, but
    # scans the whole table for both in one SELECT.
    lo, hi = db.execute("SELECT coalesce((SELECT min(seq) FROM events), 1), "
                        "coalesce((SELECT max(seq) FROM events), 0) + 1").fetchone()
    end = hi
    while lo < hi:
        mid = (lo + hi) // 2
        row = db.execute(_PROBE, (mid,)).fetchone()
        if row is None or row[1] > ts:
            hi = mid
        else:
            lo = row[0] + 1
    return lo if lo < end else None


_BUSY, _LOCKED, _READONLY, _PERM, _CORRUPT, _FULL, _CANTOPEN = 5, 6, 8, 3, 11, 13, 14
_IOERR, _CONSTRAINT, _NOTADB, _FORMAT, _NOMEM, _INTERRUPT = 10, 19, 26, 24, 7, 9


def parse_body(body: Any, seq: int, event_id: str) -> dict[str, Any] | None:
    """A stored body as an envelope dict, or None if it is not one or disagrees with its
    row's seq and id (the same test every reader uses, plus the columns)."""
    if type(body) is not bytes:
        return None
    try:
        rec = orjson.loads(body)
    except orjson.JSONDecodeError:
        return None
    if not is_envelope(rec) or rec["seq"] != seq or rec["id"] != event_id:
        return None
    return rec  # type: ignore[no-any-return]


def _as_bytes(value: Any) -> bytes:
    """A stored body as bytes, even where a planted database put another type in the column."""
    return value if type(value) is bytes else str(value).encode("utf-8", "replace")


def _item(row: tuple[int, Any, Any], start: int) -> Item:
    """A (seq, id, body) row as a read unit that starts at `start` (the seq before it)."""
    seq, event_id, body = row
    return Item(parse_body(body, seq, event_id), start, seq, body=_as_bytes(body))


def _columns(seq: int, event_id: str, v: int, ts: str, kind: str, scope: dict[str, Any],
             body: bytes) -> tuple[Any, ...]:
    """The `events` row layout, in column order (`_INSERT`): the one place it is written
    down, for rows built from `StoredEvent`s (`event_rows`) and from read items
    (`item_row`), on SQLite and PostgreSQL alike."""
    return (seq, event_id, v, ts, kind, scope.get("project"), scope.get("agent"),
            scope.get("session"), body, hashlib.sha256(body).hexdigest())


def _row(ev: StoredEvent) -> tuple[Any, ...]:
    if type(ev.body) is not bytes or not ev.body or b"\n" in ev.body:
        raise ValidationError(f"event {ev.id[:40]}: the body must be one non-empty line of bytes")
    return _columns(ev.seq, ev.id, ev.v, ev.ts, ev.kind, ev.scope, ev.body)


def event_rows(events: Sequence[StoredEvent]) -> list[tuple[Any, ...]]:
    """Rows for `events`, whose seqs must strictly increase: the `events` table's columns
    in order, the same on SQLite and PostgreSQL (which builds its rows here too)."""
    rows = [_row(ev) for ev in events]
    for before, after in itertools.pairwise(rows):
        if after[0] <= before[0]:
            raise CorruptStoreError(f"seq {after[0]} does not follow {before[0]} in one batch")
    return rows


_NO_SCOPE: dict[str, Any] = {}


def item_row(item: Item) -> tuple[Any, ...]:
    """The row for an event read from another backend (a promotion's copy), straight from
    the item its reader yielded: the record was parsed once and checked (`is_envelope`)
    there, and the body is the canonical line as read, so nothing is serialised again and
    no `StoredEvent` is built. The caller checks that the item holds a record and that
    seqs grow (it reads them in order anyway)."""
    rec: Any = item.record
    return _columns(rec["seq"], rec["id"], rec["v"], rec["ts"], rec["kind"], rec.get("scope") or _NO_SCOPE,
                    item.body)  # type: ignore[arg-type]


class SqliteBackend(Backend):
    """Events as rows of one SQLite database in WAL mode."""

    name = "sqlite"

    def __init__(self, directory: StoreDir, *, durability: Durability = "always") -> None:
        super().__init__(directory, durability=durability)
        self.path = directory.path / DB_NAME
        self._lock = StoreLock(directory)
        self._mutex = threading.RLock()  # one connection, many threads: one at a time
        self._db: sqlite3.Connection | None = None
        self._key: tuple[int, int] | None = None
        self._writable = False
        self._immutable = False
        self._spare: sqlite3.Connection | None = None  # an idle reader connection
        self._reader_keys: dict[int, tuple[int, int]] = {}  # reader connection -> its file
        self._busy = DEFAULT_TIMEOUT
        self.run_id = os.urandom(8).hex()
        """Recorded with every tracking record this instance writes (which run got there)."""

    @property
    def location(self) -> Path:
        return self.path

    # -- errors ----------------------------------------------------------------------------

    @contextlib.contextmanager
    def _translated(self, doing: str) -> Iterator[None]:
        """The one place sqlite3 errors become handoff errors (or OSError, as on JSONL)."""
        try:
            yield
        except sqlite3.Error as exc:
            raise self._error(exc, doing) from exc

    def _error(self, exc: sqlite3.Error, doing: str) -> Exception:
        code = getattr(exc, "sqlite_errorcode", None)
        primary = code & 0xFF if isinstance(code, int) else None
        where = self.path
        if primary in (_BUSY, _LOCKED):
            return LockTimeout(f"the database {where} stayed locked by another process for "
                               f"{self._busy:g}s while {doing}; nothing was written")
        if primary in (_READONLY, _PERM):
            return ReadOnlyStoreError(f"cannot write {where} while {doing}: the database is read-only "
                                      "(reads still work)")
        if primary in (_CORRUPT, _NOTADB, _FORMAT):
            return CorruptStoreError(f"the database {where} is damaged ({exc}) while {doing}: {_DOCTOR}")
        if primary == _CONSTRAINT:
            return CorruptStoreError(f"{doing}: the database refused it ({exc}): an event id or seq "
                                     "is already stored")
        if primary == _FULL:
            return OSError(errno.ENOSPC, f"no space left for {where} while {doing}; nothing was written")
        if primary == _IOERR:
            return OSError(errno.EIO, f"input/output error on {where} while {doing} ({exc}); "
                                      "nothing was written")
        if primary == _CANTOPEN:
            return CorruptStoreError(f"cannot open the database {where} while {doing} ({exc}): {_DOCTOR}")
        if primary in (_NOMEM, _INTERRUPT):
            return HandoffError(f"SQLite failed while {doing}: {exc}")
        if isinstance(exc, sqlite3.DatabaseError) and not isinstance(exc, sqlite3.ProgrammingError):
            return CorruptStoreError(f"the database {where} failed while {doing} ({exc}): {_DOCTOR}")
        return HandoffError(f"SQLite failed while {doing}: {exc}")

    @contextlib.contextmanager
    def _op(self, doing: str) -> Iterator[sqlite3.Connection]:
        """The open connection, for one operation: one thread at a time, errors translated."""
        with self._mutex, self._translated(doing):
            yield self._conn()

    # -- opening ---------------------------------------------------------------------------

    def _uri(self, mode: str) -> str:
        uri = f"file:{quote(os.path.abspath(self.path))}?mode={mode}"
        return uri + "&immutable=1" if self._immutable else uri

    def _connect(self, mode: str, timeout: float | None = None) -> sqlite3.Connection:
        db = sqlite3.connect(self._uri(mode), uri=True, isolation_level=None, check_same_thread=False,
                             timeout=self._busy if timeout is None else timeout)
        try:
            db.execute("PRAGMA trusted_schema = OFF")
            db.execute("PRAGMA cell_size_check = ON")
        except BaseException:
            db.close()
            raise
        return db

    def _check_entries(self) -> os.stat_result:
        """The database and its siblings are regular files of ours (or absent); no link."""
        for name in (DB_NAME, *(DB_NAME + s for s in SIDECARS)):
            if self.dir.problem(name) is not None:
                self.dir.open_file(name)  # raises the shared UnsafeFileError, names the fix
        st = self.dir.lstat(DB_NAME)
        if st is None:
            raise CorruptStoreError(f"the database {self.path} is missing: {_DOCTOR}")
        return st

    def _probe(self) -> tuple[bool, bool]:
        """(empty, writable) from the file itself, before SQLite opens it."""
        wal = self.dir.lstat(DB_NAME + "-wal")
        try:
            fd, writable = self.dir.open_file(DB_NAME, os.O_RDWR), True
        except OSError as exc:
            if exc.errno not in (errno.EACCES, errno.EPERM, errno.EROFS):
                raise
            fd, writable = self.dir.open_file(DB_NAME, READ), False
        try:
            size = os.fstat(fd).st_size
            header = os.pread(fd, 100, 0)
        finally:
            os.close(fd)
        empty = check_header(header, size, wal_size=wal.st_size if wal else 0, where=self.path)
        return empty, writable

    def _conn(self) -> sqlite3.Connection:
        """The connection, opened and verified on first use (and after the file was replaced)."""
        if self._db is not None:
            return self._db
        with _Live.lock:
            st = self._check_entries()
            key = (st.st_dev, st.st_ino)
            if _Live.count.get(key):
                empty, writable = st.st_size == 0, _Live.writable[key]
            else:
                empty, writable = self._probe()
            self._writable = writable
            db = self._open_verified(empty, writable)
            _Live.retain(key, writable)
            self._key = key
            self._db = db
        return db

    def _open_verified(self, empty: bool, writable: bool) -> sqlite3.Connection:
        """Check the schema through a read-only connection (so a database we refuse is never
        written, not even by a checkpoint on close), then open for writing and migrate."""
        known = migrations()
        if not empty:
            probe = self._read_only_probe()
            try:
                empty = self._verify(probe, known)
            finally:
                probe.close()
        if not writable:
            if empty:
                raise CorruptStoreError(f"the database {self.path} is empty and read-only: {_DOCTOR}")
            db = self._connect("ro")
            if _applied(db).keys() != {m.number for m in known}:
                db.close()
                raise ReadOnlyStoreError(f"the database {self.path} needs migrating to schema version "
                                         f"{len(known)}, which needs write access")
            return db
        db = self._connect("rw")
        try:
            mode = db.execute("PRAGMA journal_mode").fetchone()[0]
            if mode != "wal":
                db.execute("PRAGMA journal_mode = WAL")
            db.execute(f"PRAGMA synchronous = {'FULL' if self.durability == 'always' else 'NORMAL'}")
            if empty or _applied(db).keys() != {m.number for m in known}:
                apply_migrations(db, known, self.path)
                self._verify(db, known)
                # Put our application id into the file's own header now, so the next open
                # can tell this database from another application's without SQLite.
                db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except BaseException:
            db.close()
            raise
        return db

    def _read_only_probe(self) -> sqlite3.Connection:
        db = self._connect("ro")
        try:
            db.execute("SELECT count(*) FROM sqlite_master").fetchone()
            return db
        except sqlite3.OperationalError as exc:
            db.close()
            if getattr(exc, "sqlite_errorcode", 0) & 0xFF != _CANTOPEN or self._immutable:
                raise
        # A WAL database on read-only media without its -shm: readable only as immutable.
        self._immutable = True
        return self._connect("ro")

    def _verify(self, db: sqlite3.Connection, known: Sequence[Migration]) -> bool:
        """Is this our database, at a version we can use? True if it is still empty.

        Refuses another application's database (CorruptStoreError) and a newer schema
        (SchemaVersionError); an older schema is left for `apply_migrations`.
        """
        app_id = db.execute("PRAGMA application_id").fetchone()[0]
        objects = db.execute("SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'").fetchall()
        if app_id == 0 and not objects:
            return True
        if app_id != APPLICATION_ID:
            raise CorruptStoreError(f"{self.path} is a SQLite database of another application, not a "
                                    "handoff store: refusing to use it (move it away, or restore a backup)")
        odd = [name for kind, name in objects if kind not in ("table", "index")]
        if odd:
            raise CorruptStoreError(f"the database {self.path} has objects handoff never creates "
                                    f"({', '.join(odd[:3])}): refusing to use it ({_DOCTOR})")
        meta = dict(db.execute("SELECT key, value FROM store_meta").fetchall())
        if meta.get("role") != ROLE:
            raise CorruptStoreError(f"{self.path} is not a handoff event database (role "
                                    f"{str(meta.get('role'))[:40]!r}): {_DOCTOR}")
        version = meta.get("schema_version", "")
        if not version.isdigit():
            raise CorruptStoreError(f"the database {self.path} has no schema version: {_DOCTOR}")
        if int(version) > len(known):
            raise SchemaVersionError(
                f"the database {self.path} was written by schema version {version}, newer than this "
                f"handoff's {len(known)}: refusing to use or change it (upgrade handoff)")
        applied = _applied(db)
        _check_applied(applied, known, self.path)
        if max(applied, default=0) != int(version):
            raise CorruptStoreError(f"the database {self.path} says schema version {version} but has "
                                    f"migrations up to {max(applied, default=0)}: {_DOCTOR}")
        return False

    def _writer(self) -> sqlite3.Connection:
        db = self._conn()
        if not self._writable:
            raise ReadOnlyStoreError(f"cannot write {self.path}: the database is read-only (reads still work)")
        return db

    def _replaced(self) -> None:
        """If another process swapped the database file (a restore), reopen on the new one.

        Whoever swaps the file must first checkpoint and empty the old file's WAL, under
        the lock: SQLite would otherwise lay the old WAL's pages over the new file."""
        if self._db is None:
            return
        st = self.dir.lstat(DB_NAME)
        if st is None or (st.st_dev, st.st_ino) != self._key:
            self._disconnect()

    def _disconnect(self) -> None:
        with _Live.lock:
            if self._spare is not None:
                self._close_reader(self._spare)
                self._spare = None
            if self._db is not None:
                self._db.close()
                self._db = None
            if self._key is not None:
                _Live.release(self._key)
                self._key = None

    # -- the interface ---------------------------------------------------------------------

    def create(self) -> None:
        if not self.dir.exists(DB_NAME):
            with contextlib.suppress(FileExistsError):
                self.dir.write_new(DB_NAME, b"")
        with self._op("creating the database"):
            pass

    @contextlib.contextmanager
    def _hold(self, timeout: float) -> Iterator[None]:
        """The store's lock file, and SQLite's busy timeout set to the same wait while it is
        held (a writer outside our lock, or a checkpoint, is waited for that long)."""
        with self._lock.hold(timeout):
            self._set_busy(max(timeout, MIN_BUSY))
            try:
                yield
            finally:
                self._set_busy(DEFAULT_TIMEOUT)

    def _set_busy(self, seconds: float) -> None:
        if seconds != self._busy:
            self._busy = seconds
            if self._db is not None:
                with self._op("setting the busy timeout") as db:
                    db.execute(f"PRAGMA busy_timeout = {int(seconds * 1000)}")

    def lock(self, timeout: float) -> AbstractContextManager[None]:
        return self._hold(timeout)

    def end(self) -> tuple[int, int]:
        with self._mutex:  # `_op` written out: every append reads the end first
            self._replaced()
            try:
                ident, end = self._conn().execute(_IDENT_END).fetchone()
            except sqlite3.Error as exc:
                raise self._error(exc, "reading the end of the log") from exc
        assert self._key is not None
        return (self._key[1] << 32) | (int(ident) & 0xFFFFFFFF), int(end)

    def append(
        self,
        events: Sequence[StoredEvent],
        expected: int,
        *,
        tracking: Tracking | None = None,
        state: bytes | None = None,
    ) -> AppendResult:
        """Append events (and `tracking`, and the rendered latest state `state` at the
        position of the last event) in one durable transaction; return the new end.

        `expected` must be the current end (the position the caller folded to): anything
        else means the caller's state is stale, a CorruptStoreError. Seqs must increase;
        without `tracking` the first must be end + 1 (the Store's gapless numbering),
        with it (a replay of another log, which may have purge gaps) above end.
        """
        rows = event_rows(events)
        if len(rows) == 1 and tracking is None and state is None and rows[0][0] == expected + 1:
            return self._append_one(rows[0], expected)
        track = self._tracking_row(tracking) if tracking is not None else None
        with self._op("appending events") as db:
            self._writer()
            db.execute("BEGIN IMMEDIATE")
            try:
                end = db.execute(_END).fetchone()[0]
                if end != expected:
                    raise CorruptStoreError(f"append: the log ends at seq {end}, not at {expected} as "
                                            "the caller read it (a writer outside the lock?)")
                if rows and (rows[0][0] <= end or (track is None and rows[0][0] != end + 1)):
                    raise CorruptStoreError(f"append: seq {rows[0][0]} does not follow the end of the "
                                            f"log ({end})")
                db.executemany(_INSERT, rows)
                if track is not None:
                    db.execute(_UPSERT_TRACKING, track)
                position = rows[-1][0] if rows else end
                if state is not None:
                    db.execute(_UPSERT_STATE, (position, state))
                db.execute("COMMIT")
            except BaseException:
                _rollback(db)
                raise
        return AppendResult(position)

    def _append_one(self, row: tuple[Any, ...], expected: int) -> AppendResult:
        """The single append (`Store.append`): one statement, one durable commit."""
        with self._mutex:  # `_op` written out, as in `end`
            try:
                db = self._writer()
                if db.execute(_INSERT_AT_END, (*row, expected)).rowcount == 1:
                    return AppendResult(row[0])
                end = db.execute(_END).fetchone()[0]
            except sqlite3.Error as exc:
                raise self._error(exc, "appending events") from exc
        raise CorruptStoreError(f"append: the log ends at seq {end}, not at {expected} as "
                                "the caller read it (a writer outside the lock?)")

    def append_rows(self, rows: Sequence[tuple[Any, ...]], expected: int, *,
                    tracking: Tracking) -> AppendResult:
        """A promotion's batch: rows built by `item_row` (seqs already checked to grow by
        the caller) and the tracking record, in one transaction, like `append` with
        `tracking`; no latest state (the promotion publishes it once, at the switch)."""
        track = self._tracking_row(tracking)
        with self._op("copying events") as db:
            self._writer()
            db.execute("BEGIN IMMEDIATE")
            try:
                end = db.execute(_END).fetchone()[0]
                if end != expected:
                    raise CorruptStoreError(f"copy: the database ends at seq {end}, not at {expected} "
                                            "as the copy left it (another writer?)")
                if rows and rows[0][0] <= end:
                    raise CorruptStoreError(f"copy: seq {rows[0][0]} does not follow the end of the "
                                            f"database ({end})")
                db.executemany(_INSERT, rows)
                db.execute(_UPSERT_TRACKING, track)
                db.execute("COMMIT")
            except BaseException:
                _rollback(db)
                raise
        return AppendResult(rows[-1][0] if rows else end)

    @contextlib.contextmanager
    def bulk_load(self) -> Iterator[None]:
        """Copy many batches into a database no store uses yet (a promotion's target before
        its switch), and leave it with every byte on disk.

        Inside, commits wait for no disk (`synchronous = OFF`), the WAL is never
        checkpointed (`wal_autocheckpoint = 0`), and the page cache is large
        (`_BULK_CACHE_KIB`). The durability promise still holds for such a target:
        - It stays in WAL mode, so each batch (its rows and its tracking record) is one
          atomic transaction. A process killed at any point (SIGKILL included) loses
          nothing the OS was handed: the database is at its last committed batch, which
          the next promotion resumes from.
        - Without checkpoints the database file itself is not written during the copy;
          every change is a WAL frame, and SQLite's recovery keeps frames only up to the
          first one whose (cumulative, salted) checksum fails, and only whole
          transactions. So a power loss or an OS crash rolls the target back to an
          earlier committed batch rather than tearing its b-trees; the next promotion
          resumes from there (and if a target ever did come back damaged, opening it or
          verifying it fails: nothing is switched, the store stays on its old backend).
        - On the way out one checkpoint runs with `synchronous = FULL`: it syncs the
          WAL, copies it into the database and syncs the database file, so all of the
          copy is on disk before the switch (a commit with `synchronous = FULL` on the
          target reopened with the store's durability) makes it live.
        `journal_mode = OFF` was not used: without a journal a killed batch leaves part
        of its rows behind with the previous tracking record (and maybe a torn b-tree),
        so the target could only be thrown away, not resumed, and a failed batch could
        not be rolled back.
        """
        with self._op("preparing a bulk copy") as db:
            self._writer()
            db.execute("PRAGMA synchronous = OFF")
            db.execute("PRAGMA wal_autocheckpoint = 0")
            db.execute(f"PRAGMA cache_size = {-_BULK_CACHE_KIB}")
        try:
            yield
        except BaseException:
            with contextlib.suppress(HandoffError, OSError):  # the copy's own error is the one to report
                self._end_bulk()
            raise
        self._end_bulk()

    def _end_bulk(self) -> None:
        with self._op("finishing a bulk copy") as db:
            db.execute("PRAGMA synchronous = FULL")
            db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
            db.execute(f"PRAGMA cache_size = {_DEFAULT_CACHE}")
            db.execute("PRAGMA wal_autocheckpoint = 1000")
            db.execute(f"PRAGMA synchronous = {'FULL' if self.durability == 'always' else 'NORMAL'}")

    def bodies(self) -> Iterator[bytes]:
        """Every row's body in seq order, unparsed (a promotion's verification hashes them
        against the source's; bytes that match were valid envelopes there)."""
        with self._reader() as db, self._translated("reading events"):
            cursor = db.execute("SELECT body FROM events ORDER BY seq")
            try:
                for (body,) in cursor:
                    yield _as_bytes(body)
            finally:
                cursor.close()

    def _tracking_row(self, t: Tracking) -> tuple[Any, ...]:
        if t.status not in STATUSES:
            raise ValidationError(f"tracking status must be one of {', '.join(STATUSES)}")
        if t.position < 0 or t.count < 0:
            raise ValidationError("tracking position and count cannot be negative")
        return (t.source, t.detail, t.digest, t.count, t.position, t.status, self.run_id, _now())

    def save_state(self, position: int, payload: bytes) -> bool:
        """Store the rendered latest state folded to `position`, if that is still the end
        of the log (else False: a writer got in first). Derived data, so the commit does
        not wait for an fsync; the next durable commit makes it durable too."""
        with self._op("saving the latest state") as db:
            self._writer()
            db.execute("PRAGMA synchronous = OFF")
            try:
                db.execute("BEGIN IMMEDIATE")
                try:
                    if db.execute(_END).fetchone()[0] != position:
                        db.execute("ROLLBACK")
                        return False
                    db.execute(_UPSERT_STATE, (position, payload))
                    db.execute("COMMIT")
                except BaseException:
                    _rollback(db)
                    raise
            finally:
                db.execute(f"PRAGMA synchronous = {'FULL' if self.durability == 'always' else 'NORMAL'}")
        return True

    def copy_to(self, target: StoreDir) -> list[str]:
        """SQLite's online backup API into a new `events.sqlite3` in `target`: a consistent
        snapshot while other connections keep committing (the caller holds the lock, so
        none of ours does), then fsynced. The copy is a standalone database (no WAL)."""
        fd = target.create_new(DB_NAME)  # O_EXCL: never overwrite, never follow a link
        os.close(fd)
        dest_path = target.path / DB_NAME
        with self._op("backing up the database") as db:
            dest = sqlite3.connect(f"file:{quote(os.path.abspath(dest_path))}?mode=rw", uri=True,
                                   isolation_level=None)
            try:
                db.backup(dest)
                dest.execute("PRAGMA journal_mode = DELETE")
            finally:
                dest.close()
        fd = target.open_file(DB_NAME, os.O_RDWR)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
        target.fsync()
        return [DB_NAME]

    def saved_state(self) -> tuple[int, bytes] | None:
        """(position, payload) of the stored latest state, or None; one primary-key read.
        The caller compares the position with `end()` to know whether it is current."""
        with self._op("reading the latest state") as db:
            row = db.execute("SELECT position, payload FROM latest_state WHERE slot = 1").fetchone()
        if row is None or type(row[0]) is not int or type(row[1]) is not bytes:
            return None  # missing, or not what we write: the caller recomputes it
        return row[0], row[1]

    @contextlib.contextmanager
    def _reader(self) -> Iterator[sqlite3.Connection]:
        """A connection of its own for one streaming read (a consistent snapshot that does
        not tie up the main connection); the last one is kept for the next read."""
        with self._mutex:
            self._replaced()
            with self._translated("opening the database"):
                self._conn()
                db, self._spare = self._spare, None
                if db is None:
                    db = self._connect("ro", DEFAULT_TIMEOUT)
                    assert self._key is not None
                    _Live.retain(self._key, self._writable)
                    self._reader_keys[id(db)] = self._key
        try:
            yield db
        finally:
            with self._mutex:
                if self._spare is None and self._db is not None and self._reader_keys.get(id(db)) == self._key:
                    self._spare = db
                else:
                    self._close_reader(db)

    def _close_reader(self, db: sqlite3.Connection) -> None:
        db.close()
        key = self._reader_keys.pop(id(db), None)
        if key is not None:
            _Live.release(key)

    def read(self, start: int = 0) -> Iterator[Item]:
        with self._reader() as db, self._translated("reading events"):
            cursor = db.execute("SELECT seq, id, body FROM events WHERE seq > ? ORDER BY seq", (start,))
            try:
                prev = start
                for row in cursor:
                    yield _item(row, prev)
                    prev = row[0]
            finally:
                cursor.close()

    def read_back(self, end: int | None = None) -> Iterator[Item]:
        """Newest first on the primary key (`ORDER BY seq DESC`): the cost is the rows
        yielded. An item starts where the row before it ends, as in `read`, so each is
        yielded once the next (older) row is known."""
        with self._reader() as db, self._translated("reading events"):
            if end is None:
                cursor = db.execute("SELECT seq, id, body FROM events ORDER BY seq DESC")
            else:
                cursor = db.execute("SELECT seq, id, body FROM events WHERE seq <= ? ORDER BY seq DESC",
                                    (end,))
            try:
                held: tuple[int, Any, Any] | None = None
                for row in cursor:
                    if held is not None:
                        yield _item(held, row[0])
                    held = row
                if held is not None:
                    yield _item(held, 0)
            finally:
                cursor.close()

    def start_after(self, *, seq: int | None = None, ts: str | None = None) -> int:
        """A seq is a position already; a time is found by a binary search over seq, since
        ts only grows along the log (`_first_later`): about log2(events) primary-key
        probes, with no `ts` index to keep up on every append."""
        start = max(seq, 0) if seq is not None else 0
        if ts is not None:
            with self._op("searching events by time") as db:
                first = _first_later(db, ts)
                last = db.execute(_END).fetchone()[0] if first is None else first - 1
            start = max(start, int(last))
        return start

    def record_before(self, position: int) -> dict[str, Any] | None:
        if position <= 0:
            return None
        with self._op("reading an event") as db:
            row = db.execute("SELECT id, body FROM events WHERE seq = ?", (position,)).fetchone()
        return parse_body(row[1], position, row[0]) if row is not None else None

    def tracking(self, source: str) -> Tracking | None:
        with self._op("reading a tracking record") as db:
            row = db.execute("SELECT source, last_position, digest, records, status, detail "
                             "FROM import_sources WHERE source = ?", (source,)).fetchone()
        return Tracking(*row) if row is not None else None

    def sources(self) -> list[Tracking]:
        with self._op("reading tracking records") as db:
            rows = db.execute("SELECT source, last_position, digest, records, status, detail "
                              "FROM import_sources ORDER BY source").fetchall()
        return [Tracking(*row) for row in rows]

    def lookup(self, ids: Collection[str]) -> dict[str, str]:
        wanted = list(dict.fromkeys(ids))
        found: dict[str, str] = {}
        with self._op("looking up event ids") as db:
            for i in range(0, len(wanted), _CHUNK):
                chunk = wanted[i:i + _CHUNK]
                marks = ",".join("?" * len(chunk))
                found.update(db.execute(f"SELECT id, digest FROM events WHERE id IN ({marks})", chunk))
        return found

    def rewrite(self, drop_ids: set[str], extra: Sequence[StoredEvent]) -> int:
        """Drop `drop_ids` and append `extra` in one transaction (the identity changes and
        the latest state is deleted with them), then VACUUM and truncate the WAL so no
        page of the file keeps a dropped event's bytes.

        Dropping most of the log (a compaction) copies the rows that stay aside, empties
        the table (one cheap step, page by page, not row by row) and puts them back with
        the indexes built once afterwards; dropping a few (a purge) deletes them by id.
        Either way it is one transaction: a crash leaves the old rows or the new."""
        rows = event_rows(extra)
        ids = list(drop_ids)
        with self._op("rewriting the log") as db:
            self._writer()
            (secure,) = db.execute("PRAGMA secure_delete").fetchone()
            db.execute("BEGIN IMMEDIATE")
            try:
                end = db.execute(_END).fetchone()[0]
                if rows and rows[0][0] <= end:
                    raise CorruptStoreError(f"rewrite: seq {rows[0][0]} does not follow the end of the "
                                            f"log ({end})")
                if len(ids) * 2 > end:  # end (the highest seq) is at least the row count
                    # Zeroing every freed page would write the whole old table once more;
                    # the VACUUM below leaves no free page anyway (nor does the WAL, truncated).
                    # Not for a purge: it removes what must not stay on disk, and a crash
                    # before the VACUUM would leave the freed pages holding it.
                    if not any(event.kind == "purge" for event in extra):
                        db.execute("PRAGMA secure_delete = FAST")
                    dropped = self._copy_kept(db, drop_ids)
                else:
                    dropped = 0
                    for i in range(0, len(ids), _CHUNK):
                        chunk = ids[i:i + _CHUNK]
                        marks = ",".join("?" * len(chunk))
                        dropped += db.execute(f"DELETE FROM events WHERE id IN ({marks})", chunk).rowcount
                db.executemany(_INSERT, rows)
                self._bump_identity(db)
                db.execute("COMMIT")
            except BaseException:
                _rollback(db)
                with contextlib.suppress(sqlite3.Error):
                    db.execute("DROP TABLE IF EXISTS temp.rewrite_keep")
                raise
            finally:
                with contextlib.suppress(sqlite3.Error):  # never hide the error being raised
                    db.execute(f"PRAGMA secure_delete = {int(secure)}")
            self._scrub(db)
        return dropped

    @staticmethod
    def _copy_kept(db: sqlite3.Connection, drop_ids: set[str]) -> int:
        """Inside the rewrite's transaction: keep only the rows whose id is not in
        `drop_ids`. One pass over (seq, id) finds the runs of rows that stay; they are
        copied out to a temporary table by seq range, `events` is emptied, and they are
        copied back, its secondary indexes dropped meanwhile and recreated from their own
        SQL (one sort each instead of a B-tree update per row)."""
        runs: list[tuple[int, int]] = []
        dropped = 0
        first = last = -1
        for seq, event_id in db.execute("SELECT seq, id FROM main.events ORDER BY seq"):
            if event_id in drop_ids:
                dropped += 1
                if first >= 0:
                    runs.append((first, last))
                    first = -1
            else:
                if first < 0:
                    first = seq
                last = seq
        if first >= 0:
            runs.append((first, last))
        db.execute("CREATE TEMP TABLE rewrite_keep AS SELECT * FROM main.events WHERE 0")
        db.executemany("INSERT INTO temp.rewrite_keep SELECT * FROM main.events WHERE seq BETWEEN ? AND ? "
                       "ORDER BY seq", runs)
        indexes = db.execute("SELECT name, sql FROM main.sqlite_master WHERE type = 'index' "
                             "AND tbl_name = 'events' AND sql IS NOT NULL").fetchall()
        for name, _ in indexes:
            if not _INDEX_NAME.fullmatch(name):
                raise CorruptStoreError(f"the database has an index named {name[:60]!r}: {_DOCTOR}")
            db.execute(f"DROP INDEX main.{name}")
        db.execute("DELETE FROM main.events")
        db.execute("INSERT INTO main.events SELECT * FROM temp.rewrite_keep ORDER BY seq")
        for _, sql in indexes:
            db.execute(sql)
        db.execute("DROP TABLE temp.rewrite_keep")
        return dropped

    @staticmethod
    def _bump_identity(db: sqlite3.Connection) -> None:
        db.execute("UPDATE store_meta SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT) "
                   "WHERE key = 'identity'")
        db.execute("DELETE FROM latest_state")  # it may name what was dropped

    def _scrub(self, db: sqlite3.Connection) -> None:
        """Rebuild the file without free pages, and empty the WAL (it held the old pages)."""
        if self._spare is not None:
            self._close_reader(self._spare)
            self._spare = None
        db.execute("VACUUM")
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def _classified(self, db: sqlite3.Connection) -> Iterator[tuple[int, int, bytes, dict[str, Any] | None, str]]:
        """Every row as (start, seq, body, record, problem); problem is "" for a good one."""
        prev = 0
        for seq, event_id, v, ts, kind, project, agent, session, body, digest in db.execute(
                "SELECT seq, id, v, ts, kind, project, agent, session, body, digest FROM events ORDER BY seq"):
            raw = _as_bytes(body)
            rec = parse_body(body, seq, event_id)
            problem = ""
            if rec is None:
                problem = "unreadable"
            elif hashlib.sha256(raw).hexdigest() != digest:
                problem = "digest"
            elif (v, ts, kind) != (rec["v"], rec["ts"], rec["kind"]) or (project, agent, session) != (
                    rec["scope"].get("project"), rec["scope"].get("agent"), rec["scope"].get("session")):
                problem = "columns"
            yield prev, seq, raw, rec, problem
            prev = seq

    def check(self) -> Health:
        """The storage's own integrity (`PRAGMA quick_check`) and every row: its body an
        envelope whose seq, id and other columns match the row, its digest right."""
        health = Health()
        with self._reader() as db, self._translated("checking the database"):
            for (problem,) in db.execute("PRAGMA quick_check(20)").fetchall():
                if problem != "ok":
                    health.seq_problems.append(f"database integrity: {str(problem)[:200]}")
            for start, seq, _, rec, problem in self._classified(db):
                if problem:
                    health.bad.append((start, seq))
                else:
                    assert rec is not None
                    health.records += 1
                    health.note_seq(rec)
        return health

    def repair(self, quarantine: StoreDir) -> int:
        """Move rows that fail `check` into a new file in `quarantine` (bodies verbatim, one
        per line), durable before they are deleted; return the bytes moved."""
        with self._op("repairing the database") as db:
            self._writer()
            bad = [(seq, raw) for _, seq, raw, _, problem in self._classified(db) if problem]
            if not bad:
                return 0
            payload = b"".join(raw + b"\n" for _, raw in bad)
            stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
            quarantine.write_new(f"{stamp}.sqlite.bad", payload)
            db.execute("BEGIN IMMEDIATE")
            try:
                db.executemany("DELETE FROM events WHERE seq = ?", [(seq,) for seq, _ in bad])
                self._bump_identity(db)
                db.execute("COMMIT")
            except BaseException:
                _rollback(db)
                raise
        return len(payload)

    def close(self) -> None:
        with self._mutex:
            self._disconnect()
            self._lock.close()
