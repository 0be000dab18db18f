"""The PostgreSQL backend: a store's events in one schema of a shared database (psycopg 3).

Why: a team's agents on several machines, and CI runners, share one store. Each machine
keeps its own store directory (store.json naming the database, latest.json for humans
and other readers); the events live on the server.

Data model. The same tables as SQLite (`postgres_migrations/NNNN_name.sql`), in the
schema store.json names (`postgres.schema`): `events` (body kept byte for byte in a
bytea), `import_sources` (tracking records), `latest_parts` and `latest_position` (the
latest state in parts, `postgres_parts`, and the seq it was folded to: the projection a
client catches up from, written by each append in its own transaction, only the parts
it changed), `store_meta` and `migrations`. Each missing migration is applied in one
transaction together with its `migrations` row, under a transaction-scoped advisory
lock; a schema migrated by a newer handoff is refused (SchemaVersionError), one of
another application too.

Positions are seqs, as on SQLite. `end()` is (identity, max seq); the identity is a
counter in store_meta that every rewrite (purge) increments.

Writers. `lock()` takes the store directory's lock file (this machine's processes, on
any backend), then a session-level advisory lock keyed on the schema, so every
client of the store, on any machine, excludes every other: seq stays gapless and
unique. It waits at most the lock timeout (`lock_timeout` on the server) and then
raises LockTimeout. The lock belongs to the connection's session: a client that dies
or loses its connection loses the lock with it, so it can never go stale; an operation
that finds the connection gone while it holds the lock fails rather than reconnect
without it. Commits run with `synchronous_commit = on` (durability "always"): an
acknowledged event is in the server's WAL on disk.

Failures. Every psycopg error is translated here (`_op`): a server that is unreachable
or went away, a statement timeout, a missing privilege become DatabaseError (exit 9),
lock waits LockTimeout (exit 4). The transaction rolls back, nothing is retried, and
the broken connection is dropped so the next operation (or command) reconnects.
Messages name the server by `describe(dsn)` only, and scrub `$PGPASSWORD`.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import math
import os
import threading
import time
import zlib
from collections.abc import Callable, Collection, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path
from typing import Any

import psycopg
from psycopg import errors as pgerrors
from psycopg import sql
from psycopg.generators import execute as _execute

from .. import __version__ as APP_VERSION
from ..errors import CorruptStoreError, DatabaseError, LockTimeout, SchemaVersionError, ValidationError
from ..files import StoreDir
from ..locking import StoreLock
from . import postgres_wire as wire
from .base import AppendResult, Backend, Durability, GuessedWrong, Health, Item, StoredEvent, Tracking
from .postgres_config import NAME, describe, effective, new_config
from .postgres_parts import WHOLE, Part, assemble, changed, parts
from .sqlite import STATUSES, Migration, event_rows, parse_body, registry

ROLE = "handoff-events"
LOCK_CLASS = 0x48414E44  # "HAND": the first key of every advisory lock handoff takes
MIGRATE_CLASS = LOCK_CLASS + 1
PAGE = 5000
"""Rows per page of a streaming read (keyset pagination on seq: short statements, and no
transaction held open while the caller works through the rows)."""
BODY_PAGE = 20000
"""Rows per page of `bodies` (no parsing per row: bigger pages, fewer round trips)."""
COPY_FROM = 64
"""Batches at least this big go in with COPY instead of INSERTs."""
_COLUMNS = "seq, id, v, ts, kind, project, agent, session, body, digest"
_INSERT = f"INSERT INTO events ({_COLUMNS}) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s)"
_END = "SELECT coalesce(max(seq), 0) FROM events"
_IDENT_END = (f"SELECT (SELECT value FROM store_meta WHERE key = 'identity'), ({_END}), "
              "(SELECT position FROM latest_position WHERE slot = 1 AND split)")
"""The log's identity and end, and the position the projection's parts were folded to
(NULL if they are one whole document or absent: an append must then write them all)."""
_GUARD = f"SELECT 1 / (CASE WHEN ({_END}) = %s THEN 1 ELSE 0 END)"
"""Fails the transaction (division_by_zero, translated to CorruptStoreError) unless the log
ends where the caller folded to: the check runs on the server, so an append needs no
round trip of its own to read the end first."""
_GUESS_GUARD = (f"SELECT 1 / (CASE WHEN ({_END}) = %s AND (SELECT value FROM store_meta WHERE key = 'identity') = %s "
                "AND (SELECT position FROM latest_position WHERE slot = 1 AND split) IS NOT DISTINCT FROM %s "
                "THEN 1 ELSE 0 END)")
"""`_GUARD` for an append on a guessed end (`append_lock`): the log, its identity and the
projection's parts must all be where this client left them."""
GUESS_PAUSE = 8
"""After a guess proved wrong (another client wrote), this many appends take the lock
first: with several writers at once, guessing would mostly cost a wasted round trip."""
_CALL = ("SELECT append_events(" + ", ".join(f"${n}" for n in range(1, 25)) + ")").encode()
"""An append below the COPY threshold without a tracking record: one statement in
autocommit mode (its own transaction), calling migration 0003's function."""
_CALL_TYPES = (wire.BOOL, wire.INT4, wire.INT4, wire.TEXT, wire.INT8, wire.TEXT, wire.INT8,
               *(wire.ARRAY_OF[t] for t in (wire.INT8, wire.TEXT, wire.INT4, wire.TEXT, wire.TEXT, wire.TEXT,
                                            wire.TEXT, wire.TEXT, wire.BYTEA, wire.TEXT)),
               wire.INT8, wire.INT4, wire.INT8_ARRAY, wire.TEXT_ARRAY, wire.INT8_ARRAY, wire.BYTEA_ARRAY, wire.BOOL)
"""The parameters' types: the guard's, the `events` table's columns as arrays, the parts'."""
_BINARY = (1,) * len(_CALL_TYPES)
_CALL_NAME = b"handoff_append_events"
"""The name `_CALL` is prepared under, once per connection (`prepare_call`)."""
_CALL_ONE = ("SELECT append_event(" + ", ".join(f"${n}" for n in range(1, 24)) + ")").encode()
"""An append of exactly one event (the common one): migration 0004's function, the
event's columns as scalars (no array for the server to decode and subscript)."""
_CALL_ONE_TYPES = (wire.BOOL, wire.INT4, wire.INT4, wire.TEXT, wire.INT8, wire.TEXT, wire.INT8,
                   wire.INT8, wire.TEXT, wire.INT4, wire.TEXT, wire.TEXT, wire.TEXT, wire.TEXT, wire.TEXT,
                   wire.BYTEA, wire.TEXT,
                   wire.INT4, wire.INT8_ARRAY, wire.TEXT_ARRAY, wire.INT8_ARRAY, wire.BYTEA_ARRAY, wire.BOOL)
_BINARY_ONE = (1,) * len(_CALL_ONE_TYPES)
_CALL_ONE_NAME = b"handoff_append_event"
_CALLS = {_CALL_NAME: (_CALL, _CALL_TYPES), _CALL_ONE_NAME: (_CALL_ONE, _CALL_ONE_TYPES)}
LOCK_SLACK_MS = 10
"""A guessed append sets no transaction-local `lock_timeout` when the session's (set by
the last `lock()`) is within this many milliseconds of the time it has left: a
`set_config` made and undone in every call cost the server more than this precision is
worth."""
_CLASS = wire.int4(LOCK_CLASS)
_MODES = (wire.int4(0), wire.int4(1), wire.int4(2))
_ROW_ARRAYS: tuple[Callable[[Any], bytes], ...] = (
    wire.int8s, wire.texts, wire.int4s, wire.texts, wire.texts, wire.texts, wire.texts, wire.texts, wire.byteas,
    wire.texts)
"""How each column of `event_rows` (`_COLUMNS`) becomes its array parameter."""
GUESSED_WRONG, NOT_AT_END = "HG001", "HG002"
"""The SQLSTATEs `append_event(s)` raise when the guard fails (nothing written)."""


_UPSERT_TRACKING = (
    "INSERT INTO import_sources (source, detail, digest, records, last_position, status, run_id, "
    "updated_at) VALUES (%s, %s, %s, %s, %s, %s, %s, %s) ON CONFLICT (source) DO UPDATE SET "
    "detail = excluded.detail, digest = excluded.digest, records = excluded.records, "
    "last_position = excluded.last_position, status = excluded.status, run_id = excluded.run_id, "
    "updated_at = excluded.updated_at")
_PARTS = "SELECT * FROM unnest(%s::text[], %s::bigint[], %s::bytea[])"
_INSERT_PARTS = f"INSERT INTO latest_parts (section, item, body) {_PARTS}"
_UPSERT_PARTS = f"{_INSERT_PARTS} ON CONFLICT (section, item) DO UPDATE SET body = excluded.body"
_KEEP_NOTES = "DELETE FROM latest_parts WHERE section = 'notes' AND item <> ALL(%s::bigint[])"
_MOVE_PARTS = "UPDATE latest_position SET position = %s WHERE slot = 1"
_SET_POSITION = ("INSERT INTO latest_position (slot, position, split) VALUES (1, %s, %s) "
                 "ON CONFLICT (slot) DO UPDATE SET position = excluded.position, split = excluded.split")
_TRACKING = "SELECT source, last_position, digest, records, status, detail FROM import_sources"


@functools.cache
def migrations() -> tuple[Migration, ...]:
    """This package's PostgreSQL migrations (`postgres_migrations/*.sql`)."""
    folder = resources.files("handoff.backends.postgres_migrations")
    return registry((f.name, f.read_text("utf-8")) for f in folder.iterdir() if f.name.endswith(".sql"))


class _Batch:
    """An append's statements sent as one simple-query message: the parameters bound on
    the client (psycopg's ClientCursor), one send and one reply for the whole
    transaction. A pipeline of the same statements cost ~0.3 ms more CPU per append in
    psycopg (a message, a send and a result per statement). The server runs them in
    order and stops at the first error, leaving the transaction aborted for `_rollback`."""

    def __init__(self, conn: psycopg.Connection[Any]) -> None:
        self.conn = conn
        self.sql: list[str] = []
        self.params: list[Any] = []

    def execute(self, query: str | sql.Composable, params: Sequence[Any] = ()) -> None:
        self.sql.append(query if isinstance(query, str) else query.as_string(self.conn))
        self.params.extend(params)

    def send(self) -> None:
        with psycopg.ClientCursor(self.conn) as cur:
            cur.execute("; ".join(self.sql).encode(), self.params)


_Out = psycopg.Connection[Any] | _Batch


def _landmark(cur: psycopg.Cursor[Any], at: int, below: int) -> tuple[int, str] | None:
    """(seq, ts) of the first row in [at, below) whose body is an envelope with its row's
    seq, id and ts, or None if there is none."""
    while at < below:
        rows = cur.execute("SELECT seq, id, ts, body FROM events WHERE seq >= %s AND seq < %s ORDER BY seq LIMIT 8",
                           (at, below)).fetchall()
        for seq, event_id, ts, body in rows:
            rec = parse_body(bytes(body), seq, event_id)
            if rec is not None and rec["ts"] == ts:
                return int(seq), str(ts)
        if len(rows) < 8:
            return None
        at = int(rows[-1][0]) + 1
    return None


def _columns(rows: Sequence[Part]) -> tuple[list[str], list[int], list[bytes]]:
    """Parts as the three arrays `_PARTS` unnests (one statement for any number of rows)."""
    return [r[0] for r in rows], [r[1] for r in rows], [r[2] for r in rows]


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _key(schema: str) -> int:
    """The advisory lock's second key: the schema name as a signed 32-bit number."""
    return zlib.crc32(schema.encode()) - (1 << 31)


def _rollback(conn: psycopg.Connection[Any]) -> None:
    """End a transaction an error left open (a pipeline skips the COMMIT after an error)."""
    if conn.closed or conn.broken:
        return
    with contextlib.suppress(psycopg.Error):
        if conn.info.transaction_status != psycopg.pq.TransactionStatus.IDLE:
            conn.execute("ROLLBACK")


def scrub(text: str) -> str:
    """A server or libpq message made safe to print: its first line, without the value of
    $PGPASSWORD should libpq ever echo it."""
    line = text.strip().splitlines()[0] if text.strip() else "no detail"
    secret = os.environ.get("PGPASSWORD")
    if secret:
        line = line.replace(secret, "***")
    return line[:300]


def connect(config: Mapping[str, Any], *, durability: Durability = "always") -> psycopg.Connection[Any]:
    """A connection in autocommit mode with this store's session settings (one round trip
    after the handshake). Errors are the caller's to translate."""
    settings = effective(config)
    conn = psycopg.connect(
        settings["dsn"], autocommit=True, application_name="handoff",
        client_encoding="UTF8",  # `postgres_wire` encodes text as UTF-8 (ASCII today: ids, kinds, names)
        connect_timeout=max(2, math.ceil(settings["connect_timeout"])),
        keepalives=1, keepalives_idle=10, keepalives_interval=5, keepalives_count=3)
    # No server-side prepared statements: psycopg prepares a statement on its fifth run,
    # and when a pipeline aborts (a failed `_GUESS_GUARD`, routine with several writers)
    # before the server reached that PREPARE, psycopg may still believe it prepared, and
    # the next append names a statement that does not exist. Planning our few small
    # statements each time costs less than a wrong name.
    conn.prepare_threshold = None
    try:
        conn.execute(sql.SQL("SET statement_timeout = {}; SET synchronous_commit = {}; SET search_path = {}").format(
            sql.Literal(f"{int(settings['statement_timeout'] * 1000)}ms"),
            sql.SQL("on" if durability == "always" else "off"), sql.Identifier(settings["schema"])))
    except BaseException:
        conn.close()
        raise
    return conn


def find_schemas(config: Mapping[str, Any]) -> list[str]:
    """The schemas of the database that hold a handoff store (to join one by default)."""
    with contextlib.closing(connect({**config, "schema": config.get("schema") or "public"})) as conn:
        rows = conn.execute(
            "SELECT table_schema FROM information_schema.tables WHERE table_name = 'store_meta' "
            "ORDER BY table_schema").fetchall()
        found = []
        for (schema,) in rows:
            role = conn.execute(sql.SQL("SELECT value FROM {}.store_meta WHERE key = 'role'").format(
                sql.Identifier(schema))).fetchone()
            if role is not None and role[0] == ROLE:
                found.append(str(schema))
    return found


def join_config(dsn: str | None, schema: str | None) -> dict[str, Any]:
    """Settings for a store directory joining a database: `schema` if given, else the one
    handoff store the database holds, else a new schema (several: name one)."""
    config = new_config(dsn, schema)
    if schema is None:
        try:
            found = find_schemas(config)
        except psycopg.Error as exc:
            raise DatabaseError(f"looking for a store: the PostgreSQL server ({describe(config['dsn'])}) is "
                                f"unreachable or refused the connection: {scrub(str(exc))}") from None
        if len(found) > 1:
            raise ValidationError(f"the database holds {len(found)} handoff stores ({', '.join(found[:10])}): "
                                  "choose one with --schema")
        if found:
            config["schema"] = found[0]
    return config


class PostgresBackend(Backend):
    """Events as rows of one schema of a PostgreSQL database, shared by many clients."""

    name = NAME

    def __init__(self, directory: StoreDir, *, durability: Durability = "always",
                 config: Mapping[str, Any] | None = None) -> None:
        super().__init__(directory, durability=durability)
        if config is None:
            from ..locations import read_store_file

            config = read_store_file(directory).get(NAME) or {}
        if not isinstance(config, Mapping):
            raise CorruptStoreError("store.json: the postgres settings are not an object")
        self.config: dict[str, Any] = dict(config)
        """As store.json keeps them (what `promote` writes there)."""
        self.settings = effective(config)
        self.schema: str = self.settings["schema"]
        self._lock_key = _key(self.schema)
        self._conn: psycopg.Connection[Any] | None = None
        self._ready = False
        self._mutex = threading.RLock()  # one connection, many threads: one operation at a time
        self._writer = threading.RLock()  # the write lock among this process's threads
        self._local = StoreLock(directory)
        """The store directory's lock file, taken first: this machine's processes, on any
        backend (a promotion, a restore), exclude each other before asking the server."""
        self._held = 0  # depth of `lock()` in the thread that holds `_writer`
        self._lock_ms = -1
        self._ends: tuple[int, int] | None = None
        """(identity, end) while this process holds the store's lock: read in the same
        statement that took it, kept current by our own appends, so `end()` under the
        lock costs no round trip."""
        self._parts_end: int | None = None
        """While we hold the lock: the position the projection's parts are folded to, if
        they are split (read with the end, kept current by our own appends). An append
        from exactly there writes only the parts its events changed."""
        self._unlock_sent = False
        self._guess: tuple[int, int, int | None] | None = None
        """(identity, end, parts' position) as this client's last append left them: where
        `append_lock` assumes the log still ends (the append's guard checks it)."""
        self._guessing = False  # inside `append_lock` on `_guess`, without the server's lock
        self._guess_wait = 0.0  # how long the guessing append may wait for the server's lock
        self._pause = 0
        self.run_id = os.urandom(8).hex()
        self._prepared: psycopg.Connection[Any] | None = None
        """The connection `_CALL` and `_CALL_ONE` are prepared on, as far as `_names`
        says (a new connection prepares them again)."""
        self._names: set[bytes] = set()
        self._key_param = wire.int4(self._lock_key)

    @property
    def location(self) -> Path:
        """store.json: the file that says where the data is (a schema on a server)."""
        return self.root / "store.json"

    def where(self) -> str:
        return f"schema {self.schema} on {describe(self.settings['dsn'])}"

    # -- errors and the connection ---------------------------------------------------------

    def _error(self, exc: psycopg.Error, doing: str) -> Exception:
        """The one place psycopg errors become handoff errors."""
        detail = scrub(str(exc))
        if isinstance(exc, pgerrors.LockNotAvailable):
            return LockTimeout(f"the store's lock ({self.where()}) was held by another client "
                               f"while {doing}; nothing was written")
        if isinstance(exc, pgerrors.QueryCanceled):
            return DatabaseError(f"{doing}: the statement timed out on {self.where()} "
                                 f"({self.settings['statement_timeout']:g}s, HANDOFF_PG_STATEMENT_TIMEOUT); "
                                 "rolled back, nothing was written")
        if isinstance(exc, pgerrors.InsufficientPrivilege):
            return DatabaseError(f"{doing}: the role lacks a privilege on {self.where()} ({detail})")
        sqlstate = getattr(exc, "sqlstate", None)
        if sqlstate == NOT_AT_END:
            return CorruptStoreError(f"{doing}: the log does not end where the caller read it "
                                     "(a writer outside the lock?); nothing was written")
        if (isinstance(exc, pgerrors.DivisionByZero) and self._guessing) or sqlstate == GUESSED_WRONG:
            self._guess, self._pause = None, GUESS_PAUSE
            return GuessedWrong(f"{doing}: another client wrote first; nothing was written")
        if isinstance(exc, pgerrors.DivisionByZero):  # only `_GUARD` divides
            return CorruptStoreError(f"{doing}: the log does not end where the caller read it "
                                     "(a writer outside the lock?); nothing was written")
        if isinstance(exc, pgerrors.IntegrityError):
            return CorruptStoreError(f"{doing}: the database refused it ({detail}): an event id or seq "
                                     "is already stored")
        if isinstance(exc, pgerrors.UndefinedTable):
            return CorruptStoreError(f"{doing}: {self.where()} lacks handoff's tables ({detail}): "
                                     "was the schema dropped? (`handoff doctor`)")
        if isinstance(exc, psycopg.OperationalError | pgerrors.AdminShutdown | pgerrors.CannotConnectNow):
            return DatabaseError(f"{doing}: the PostgreSQL server ({self.where()}) is unreachable or went "
                                 f"away: {detail}; rolled back, nothing was retried (run the command again)")
        return DatabaseError(f"{doing}: PostgreSQL failed on {self.where()}: {detail}")

    def _drop_if_broken(self) -> None:
        conn = self._conn
        if conn is not None and (conn.closed or conn.broken):
            with contextlib.suppress(Exception):
                conn.close()
            self._conn = None

    @contextlib.contextmanager
    def _op(self, doing: str) -> Iterator[psycopg.Connection[Any]]:
        """The connection, for one operation: one thread at a time, errors translated."""
        with self._mutex:
            try:
                yield self._connection()
            except psycopg.Error as exc:
                # A failed statement rolls back the transaction around it, and with it any
                # `SET lock_timeout` sent in the same pipeline or batch: forget what the
                # session was told, so the next lock or guessed append sets it again.
                self._lock_ms = -1
                self._drop_if_broken()
                raise self._error(exc, doing) from None

    def _connection(self) -> psycopg.Connection[Any]:
        if self._unlock_sent and self._conn is not None:
            self._drain(self._conn)
        if self._conn is not None and not self._conn.closed and not self._conn.broken:
            return self._conn
        self._drop_if_broken()
        if self._held and not self._guessing:
            # The advisory lock went with the old session: never carry on without it. (A
            # guessed append holds no lock on the server before its call, which takes the
            # lock and checks the guess itself: it may connect again.)
            raise DatabaseError(f"the connection to {self.where()} was lost while holding the store's "
                                "lock; nothing more was written (run the command again)")
        self._unlock_sent = False
        self._conn = connect(self.settings, durability=self.durability)
        self._lock_ms = -1
        if not self._ready:
            self._migrate(self._conn)
            self._ready = True
        return self._conn

    # -- migrations ------------------------------------------------------------------------

    def _applied(self, conn: psycopg.Connection[Any]) -> dict[int, str] | None:
        """Applied migrations, or None when the schema has no migrations table."""
        exists = conn.execute("SELECT to_regclass(%s)", (f'"{self.schema}".migrations',)).fetchone()
        if exists is None or exists[0] is None:
            return None
        rows = conn.execute("SELECT number, name FROM migrations").fetchall()
        return {int(n): str(name) for n, name in rows}

    def _check(self, conn: psycopg.Connection[Any], applied: dict[int, str] | None,
               known: Sequence[Migration]) -> None:
        if applied is None:
            foreign = conn.execute("SELECT count(*) FROM information_schema.tables WHERE table_schema = %s",
                                   (self.schema,)).fetchone()
            if foreign is not None and foreign[0]:
                raise CorruptStoreError(f"{self.where()} holds tables that are not a handoff store: "
                                        "refusing to use it (choose another schema)")
            return
        for number, name in sorted(applied.items()):
            if number > len(known):
                raise SchemaVersionError(
                    f"{self.where()} was written by a newer handoff (migration {number}, this version "
                    f"knows {len(known)}): refusing to use or change it (upgrade handoff)")
            if known[number - 1].name != name:
                raise CorruptStoreError(f"{self.where()} records migration {number} as {name!r}, not "
                                        f"{known[number - 1].name!r}")
        if sorted(applied) != list(range(1, len(applied) + 1)):
            raise CorruptStoreError(f"{self.where()} skips a migration")
        if applied:
            role = conn.execute("SELECT value FROM store_meta WHERE key = 'role'").fetchone()
            if role is None or role[0] != ROLE:
                raise CorruptStoreError(f"{self.where()} is not a handoff store: refusing to use it")

    def _migrate(self, conn: psycopg.Connection[Any]) -> None:
        """Apply what the schema lacks, each migration in one transaction with its row.
        An up-to-date schema costs one query and takes no lock."""
        known = migrations()
        applied = self._applied(conn)
        self._check(conn, applied, known)
        if applied is not None and len(applied) == len(known):
            return
        for migration in known:
            with conn.transaction():
                conn.execute("SELECT pg_advisory_xact_lock(%s, %s)", (MIGRATE_CLASS, self._lock_key))
                applied = self._applied(conn)  # again, under the lock
                self._check(conn, applied, known)
                if applied is not None and migration.number in applied:
                    continue
                conn.execute(sql.SQL("CREATE SCHEMA IF NOT EXISTS {}").format(sql.Identifier(self.schema)))
                conn.execute("CREATE TABLE IF NOT EXISTS migrations (number integer PRIMARY KEY, "
                             "name text NOT NULL, applied_at text NOT NULL)")
                conn.execute(migration.sql.encode())
                conn.execute("INSERT INTO migrations (number, name, applied_at) VALUES (%s, %s, %s)",
                             (migration.number, migration.name, _now()))
                conn.execute("INSERT INTO store_meta (key, value) VALUES ('schema_version', %s), "
                             "('app_version', %s) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                             (str(migration.number), APP_VERSION))

    # -- the interface ---------------------------------------------------------------------

    def create(self) -> None:
        with self._op("creating the store's tables"):
            pass

    @contextlib.contextmanager
    def _hold(self, timeout: float, *, guess: bool = False) -> Iterator[None]:
        acquired = self._writer.acquire(timeout=timeout) if timeout > 0 else self._writer.acquire(blocking=False)
        if not acquired:
            raise LockTimeout(f"the store's lock was held by another thread for {timeout:g}s; nothing was written")
        try:
            with contextlib.ExitStack() as stack:
                if self._held == 0:
                    deadline = time.monotonic() + timeout
                    stack.enter_context(self._local.hold(timeout))
                    left = max(0.0, deadline - time.monotonic()) if timeout > 0 else 0.0
                    if guess and left > 0 and self._guess is not None and not self._pause:
                        self._guessing = True
                        self._ends, self._parts_end = self._guess[:2], self._guess[2]
                        self._guess_wait = left
                        stack.callback(self._stop_guessing)
                    else:
                        self._pause = max(0, self._pause - 1)
                        self._advisory_lock(left)
                        stack.callback(self._advisory_unlock)
                self._held += 1
                try:
                    yield
                finally:
                    self._held -= 1
        finally:
            self._writer.release()

    def _advisory_lock(self, timeout: float) -> None:
        """Take the store-wide lock and read the end in the same statement. Waiting past
        the lock timeout is LockTimeout (`lock_timeout` on the server); past a shorter
        statement timeout it is that timeout (DatabaseError)."""
        with self._op(f"waiting {timeout:g}s for the store's lock") as conn:
            # Two statements in one round trip: the end is read in a snapshot taken after
            # the lock was granted (one statement would read it from before the wait).
            with conn.pipeline():
                if timeout > 0:
                    self._set_lock_timeout(conn, timeout)
                took = conn.execute("SELECT pg_try_advisory_lock(%s, %s)" if timeout <= 0 else
                                    "SELECT true FROM pg_advisory_lock(%s, %s)", (LOCK_CLASS, self._lock_key))
                ends = conn.execute(_IDENT_END)
            granted, row = took.fetchone(), ends.fetchone()
            if granted is None or not granted[0] or row is None:
                raise LockTimeout(f"the store's lock ({self.where()}) is held by another client; "
                                  "nothing was written")
            self._ends = (int(row[0]), int(row[1]))
            self._parts_end = None if row[2] is None else int(row[2])

    def _set_lock_timeout(self, conn: _Out, timeout: float) -> None:
        """Queue `SET lock_timeout` (in the caller's pipeline) unless the session has it."""
        ms = max(1, int(timeout * 1000))
        if ms != self._lock_ms:
            conn.execute(sql.SQL("SET lock_timeout = {}").format(sql.Literal(f"{ms}ms")))
            self._lock_ms = ms

    def _advisory_unlock(self) -> None:
        """Release the store-wide lock without waiting for the reply: the statement is sent
        and flushed now (the server releases the lock as soon as it reads it), and its
        result is drained before this connection's next operation (`_drain`)."""
        with self._mutex:
            self._ends = None
            self._parts_end = None
            conn = self._conn
            if conn is None or conn.closed or conn.broken:
                self._conn = None  # the session, and its lock, are gone already
                return
            try:
                conn.pgconn.send_query(f"SELECT pg_advisory_unlock({LOCK_CLASS}, {self._lock_key})".encode())
                while conn.pgconn.flush():
                    pass
                self._unlock_sent = True
            except psycopg.Error:
                # Closing the session releases the lock for certain.
                with contextlib.suppress(Exception):
                    conn.close()
                self._conn = None

    def _drain(self, conn: psycopg.Connection[Any]) -> None:
        """Read the reply to an unlock sent earlier, so the connection is idle again."""
        self._unlock_sent = False
        try:
            while conn.pgconn.get_result() is not None:
                pass
        except psycopg.Error:
            pass
        if conn.pgconn.status != psycopg.pq.ConnStatus.OK:
            with contextlib.suppress(Exception):
                conn.close()
            self._conn = None

    def lock(self, timeout: float) -> AbstractContextManager[None]:
        return self._hold(timeout)

    def append_lock(self, timeout: float) -> AbstractContextManager[None]:
        """The write lock for one `Store` append, one round trip cheaper: when this client
        wrote the log's last event (`_guess`), `end()` answers from memory and the
        append's own pipeline takes the store-wide lock (`pg_advisory_xact_lock`, held to
        its COMMIT) before a guard that the log, its identity and the projection are
        still where this client left them. Another client having written fails the
        guard, nothing is written, and the caller writes again under `lock()`
        (GuessedWrong). The directory's lock file is taken as by `lock()`."""
        return self._hold(timeout, guess=True)

    def _stop_guessing(self) -> None:
        self._guessing = False
        self._ends = None
        self._parts_end = None

    def end(self) -> tuple[int, int]:
        ends = self._ends
        if ends is not None:  # read when the lock was taken; only the holder writes since
            return ends
        with self._op("reading the end of the log") as conn:
            row = conn.execute(_IDENT_END).fetchone()
        assert row is not None
        return int(row[0]), int(row[1])

    def append(self, events: Sequence[StoredEvent], expected: int, *,
               tracking: Tracking | None = None, state: dict[str, Any] | bytes | None = None,
               folded: Sequence[dict[str, Any]] | None = None,
               meanwhile: Callable[[], None] | None = None) -> AppendResult:
        """Append events (with `tracking`, and the latest state `state` folded to the last
        of them) in one transaction, committed durably; return the new end.

        The checks are those of the SQLite backend: `expected` must be the end (checked on
        the server, in the same transaction: the call's guard or `_GUARD` fail it
        otherwise), seqs grow. A batch below COPY_FROM without a tracking record is one
        call of `append_event` (one event) or `append_events` (`_call`: one statement,
        one round trip); with a tracking record it is one message of statements
        (`_Batch`); a big batch goes by COPY.

        `meanwhile`, if given, is called once before the append's reply is read: on the
        one-statement path after the request was sent, so the caller's own work (staging
        latest.json, say) overlaps the server's commit. The append is not yet durable
        then, nor known to succeed. The reply is read whatever it does; its exception
        propagates after that, unless the append failed (then the append's does).

        `state` is the folded state (or latest.json's bytes, kept whole); `folded` the
        records folded onto the previous state to get it. With both, under the lock, and
        the stored parts folded to `expected`, only the parts they changed are written
        (`postgres_parts.changed`); otherwise every part is.
        """
        rows = event_rows(events)
        track = self._tracking_row(tracking) if tracking is not None else None
        if rows and (rows[0][0] <= expected or (track is None and rows[0][0] != expected + 1)):
            raise CorruptStoreError(f"append: seq {rows[0][0]} does not follow the end of the log ({expected})")
        position = rows[-1][0] if rows else expected
        delta = None
        if isinstance(state, dict) and folded is not None and self._ends is not None \
                and self._parts_end == expected:
            delta = changed(state, folded)
        full: list[Part] | None = None
        if delta is None and state is not None:
            full = [(WHOLE, 0, state)] if isinstance(state, bytes) else parts(state)
        with self._op("appending events") as conn:
            try:
                if track is None and len(rows) < COPY_FROM:
                    self._call(conn, rows, expected, position, delta, full, meanwhile)
                else:
                    if meanwhile is not None:
                        meanwhile()
                    self._send(conn, rows, expected, position, track, delta, full)
            except BaseException:
                _rollback(conn)
                raise
            if self._ends is not None:
                self._ends = (self._ends[0], position)
                if delta is not None:
                    self._parts_end = position
                elif full is not None:
                    self._parts_end = position if full[0][0] != WHOLE else None
                self._guess = (self._ends[0], position, self._parts_end)
        return AppendResult(position)

    def _call(self, conn: psycopg.Connection[Any], rows: list[tuple[Any, ...]], expected: int, position: int,
              delta: tuple[list[Part], list[int] | None] | None, full: list[Part] | None,
              meanwhile: Callable[[], None] | None = None) -> None:
        """The append as one call of `append_event` (one event, migration 0004) or
        `append_events` (0003) in autocommit mode:
        one statement, its own transaction, one message and one reply. Every parameter is
        sent in PostgreSQL's binary format, encoded here (`postgres_wire`), straight to
        libpq: psycopg's adaptation of the same values cost more client CPU than the
        rest of the backend's append."""
        one = self.one_event_call and len(rows) == 1
        if self._guessing:
            assert self._ends is not None
            ms = max(1, int(self._guess_wait * 1000))
            guard = [wire.TRUE, _CLASS, self._key_param,
                     None if one and self._lock_ms > 0 and abs(ms - self._lock_ms) <= LOCK_SLACK_MS
                     else wire.text(f"{ms}ms"),
                     wire.int8(expected), wire.text(str(self._ends[0])),
                     None if self._parts_end is None else wire.int8(self._parts_end)]
        else:
            guard = [wire.FALSE, _CLASS, self._key_param, None, wire.int8(expected), None, None]
        keep: list[int] | None = None
        chosen: Sequence[Part] = ()
        mode = 0
        if delta is not None:
            mode, (chosen, keep) = 1, delta
        elif full is not None:
            mode, chosen = 2, full
        parts_params = [_MODES[mode], None if keep is None else wire.int8s(keep),
                        wire.texts([p[0] for p in chosen]), wire.int8s([p[1] for p in chosen]),
                        wire.byteas([p[2] for p in chosen]),
                        wire.TRUE if chosen and chosen[0][0] != WHOLE else wire.FALSE]
        if one:
            name, formats = _CALL_ONE_NAME, _BINARY_ONE
            params: list[bytes | None] = [*guard, *wire.row(rows[0]), *parts_params]
        else:
            name, formats = _CALL_NAME, _BINARY
            params = [*guard, *self._column_arrays(rows), wire.int8(position), *parts_params]
        pgconn = conn.pgconn
        if self.prepare_call:
            if self._prepared is not conn:
                self._prepared, self._names = conn, set()
            if name not in self._names:
                # Once per connection: the server parses and plans the call here, not on every append.
                query, types = _CALLS[name]
                pgconn.send_prepare(name, query, param_types=types)
                self._wait(conn)
                self._names.add(name)
            pgconn.send_query_prepared(name, params, param_formats=formats, result_format=1)
        else:
            query, types = _CALLS[name]
            pgconn.send_query_params(query, params, param_types=types, param_formats=formats, result_format=1)
        failed: BaseException | None = None
        if meanwhile is not None:
            pgconn.flush()  # the request on its way (nonblocking: the rest, if any, goes in `_execute`)
            try:
                meanwhile()
            except BaseException as exc:  # the reply first: the connection must be left idle
                failed = exc
        self._wait(conn)
        if failed is not None:
            raise failed

    @staticmethod
    def _wait(conn: psycopg.Connection[Any]) -> None:
        """Read the replies to what was sent on `conn`'s libpq connection; raise the error if one failed."""
        for result in conn.wait(_execute(conn.pgconn)):
            if result.status == psycopg.pq.ExecStatus.FATAL_ERROR:
                raise pgerrors.error_from_result(result, encoding=conn.info.encoding)

    @staticmethod
    def _column_arrays(rows: list[tuple[Any, ...]]) -> list[bytes]:
        """Rows as `append_events`' ten column arrays (one per column, in seq order)."""
        columns = zip(*rows, strict=True) if rows else [()] * len(_ROW_ARRAYS)
        return [encode(column) for encode, column in zip(_ROW_ARRAYS, columns, strict=True)]

    def _send(self, conn: psycopg.Connection[Any], rows: list[tuple[Any, ...]], expected: int, position: int,
              track: tuple[Any, ...] | None, delta: tuple[list[Part], list[int] | None] | None,
              full: list[Part] | None) -> None:
        """The append as statements: one message (`_Batch`) with a tracking record, a
        transaction with COPY for a big batch."""
        out: _Out = _Batch(conn) if len(rows) < COPY_FROM else conn
        if self._guessing:
            self._set_lock_timeout(out, self._guess_wait)
            out.execute("BEGIN")
            out.execute("SELECT pg_advisory_xact_lock(%s, %s)", (LOCK_CLASS, self._lock_key))
            assert self._ends is not None
            out.execute(_GUESS_GUARD, (expected, str(self._ends[0]), self._parts_end))
        else:
            out.execute("BEGIN")
            out.execute(_GUARD, (expected,))
        self._insert(out, rows)
        if track is not None:
            out.execute(_UPSERT_TRACKING, track)
        if delta is not None:
            if delta[1] is not None:
                out.execute(_KEEP_NOTES, (delta[1],))
            out.execute(_UPSERT_PARTS, _columns(delta[0]))
            out.execute(_MOVE_PARTS, (position,))
        elif full is not None:
            self._write_parts(out, position, full)
        out.execute("COMMIT")
        if isinstance(out, _Batch):
            out.send()

    @staticmethod
    def _write_parts(conn: _Out, position: int, rows: list[Part]) -> None:
        """Replace every part of the projection (queued in the caller's transaction)."""
        conn.execute("DELETE FROM latest_parts")
        conn.execute(_INSERT_PARTS, _columns(rows))
        conn.execute(_SET_POSITION, (position, rows[0][0] != WHOLE))

    @staticmethod
    def _insert(conn: _Out, rows: list[tuple[Any, ...]]) -> None:
        """COPY for a big batch; else one INSERT each (queued in the caller's `_Batch`)."""
        if len(rows) >= COPY_FROM:
            assert isinstance(conn, psycopg.Connection)
            # Binary COPY, encoded here in one pass (`postgres_wire.copy_events`): text COPY
            # sent each body as hex, and psycopg adapted every value of every row.
            with conn.cursor() as cur, cur.copy(f"COPY events ({_COLUMNS}) FROM STDIN (FORMAT binary)") as copy:
                copy.write(wire.COPY_HEADER)
                for at in range(0, len(rows), 1000):
                    copy.write(wire.copy_events(rows[at:at + 1000]))
                copy.write(wire.COPY_TRAILER)
        else:
            for row in rows:
                conn.execute(_INSERT, row)

    def _tracking_row(self, t: Tracking) -> tuple[Any, ...]:
        if t.status not in STATUSES:
            raise ValidationError(f"tracking status must be one of {', '.join(STATUSES)}")
        if t.position < 0 or t.count < 0:
            raise ValidationError("tracking position and count cannot be negative")
        return (t.source, t.detail, t.digest, t.count, t.position, t.status, self.run_id, _now())

    @contextlib.contextmanager
    def bulk_load(self) -> Iterator[None]:
        """A promotion's bulk copy into a schema no client uses yet (before the switch):
        the secondary index (`events_kind_seq`; `events_ts` went in migration 0004) is
        dropped for the copy and built again at its end, once, from the whole table (a
        sort), instead of being updated row by row by every COPY. The primary key and the
        UNIQUE id stay: the guard reads the end from one, and the other keeps an id from
        going in twice.

        The index is built again however the copy ends (its error, if any, is the one
        raised); if they cannot be (the connection is gone), that error fails the
        promotion, so the switch never happens without them, and the next run, which
        enters here again, builds them at its end."""
        with self._op("preparing the bulk copy") as conn:
            conn.execute("DROP INDEX IF EXISTS events_kind_seq")
        failed = True
        try:
            yield
            failed = False
        finally:
            try:
                with self._op("building the index after the bulk copy") as conn:
                    conn.execute("SET maintenance_work_mem = '256MB'")
                    conn.execute("CREATE INDEX IF NOT EXISTS events_kind_seq ON events (kind, seq)")
                    conn.execute("RESET maintenance_work_mem")
            except Exception:
                if not failed:
                    raise

    prepare_call = True
    """`_CALL` as a named prepared statement, prepared by us once per connection (the
    server then skips parsing and planning it on each append). psycopg's own automatic
    preparing stays off (`connect`): that is the one that could lose track of what the
    server had prepared when a pipeline aborted; ours is prepared and its reply read
    before any call uses it."""

    one_event_call = True
    """An append of one event calls `append_event` (migration 0004: scalar columns, no
    transaction-local lock timeout when the session's fits). False: `append_events` as
    before 0004, which `bench/bench_postgres.py --compare` measures beside it."""

    overlap_batches = True
    """A promotion commits a batch on a worker thread while it reads the next
    (`promote._Overlap`): the server's COPY and index work overlaps the client's parsing.
    One operation at a time still holds the connection (`_mutex`)."""

    shared_projection = True
    """The Store hands its folded state, and the records it folded, to every append
    (`append(state=, folded=)`, the same transaction) and catches a lagging latest.json
    up from it (`saved_state`): clients on other machines read the projection's parts
    instead of replaying the events they did not write."""

    def save_state(self, position: int, payload: bytes) -> bool:
        """Store the rendered latest state folded to `position` (as one whole part) if
        that is still the end of the log (else False: a writer got in first). Derived
        data: one round trip (a pipeline), committed without waiting for the WAL flush."""
        with self._op("saving the latest state") as conn, conn.pipeline(), conn.transaction():
            conn.execute("SET LOCAL synchronous_commit = off")
            cur = conn.execute("INSERT INTO latest_position (slot, position, split) SELECT 1, %s, false "
                               f"WHERE ({_END}) = %s ON CONFLICT (slot) DO UPDATE SET "
                               "position = excluded.position, split = excluded.split", (position, position))
            conn.execute(f"DELETE FROM latest_parts WHERE ({_END}) = %s", (position,))
            conn.execute(f"{_INSERT_PARTS} WHERE ({_END}) = %s", (*_columns([(WHOLE, 0, payload)]), position))
        saved = cur.rowcount == 1
        if saved and self._parts_end is not None:
            self._parts_end = None
        return saved

    def saved_state(self) -> tuple[int, bytes] | None:
        """(position, payload) of the stored latest state, or None: its parts joined in
        one statement (one snapshot, one round trip)."""
        with self._op("reading the latest state") as conn, conn.cursor(binary=True) as cur:
            rows = cur.execute("SELECT (SELECT position FROM latest_position WHERE slot = 1), section, item, body "
                               "FROM latest_parts").fetchall()
        payload = assemble((str(section), int(item), bytes(body)) for _, section, item, body in rows)
        if payload is None or rows[0][0] is None:
            return None
        return int(rows[0][0]), payload

    def read(self, start: int = 0) -> Iterator[Item]:
        prev = start
        while True:
            with self._op("reading events") as conn, conn.cursor(binary=True) as cur:
                # binary results: bytea arrives as its bytes, not hex text to decode
                rows = cur.execute("SELECT seq, id, body FROM events WHERE seq > %s ORDER BY seq LIMIT %s",
                                   (prev, PAGE)).fetchall()
            for seq, event_id, raw in rows:
                body = bytes(raw)
                yield Item(parse_body(body, seq, event_id), prev, seq, body=body)
                prev = seq
            if len(rows) < PAGE:
                return

    def read_back(self, end: int | None = None) -> Iterator[Item]:
        """Newest first, a page at a time on the primary key: the cost is the rows
        yielded. An item starts where the row before it ends (as in `read`), so each is
        yielded once the next older row is known."""
        upper = end
        held: tuple[int, str, bytes] | None = None
        while True:
            with self._op("reading events") as conn, conn.cursor(binary=True) as cur:
                if upper is None:
                    rows = cur.execute("SELECT seq, id, body FROM events ORDER BY seq DESC LIMIT %s",
                                       (PAGE,)).fetchall()
                else:
                    rows = cur.execute("SELECT seq, id, body FROM events WHERE seq <= %s "
                                       "ORDER BY seq DESC LIMIT %s", (upper, PAGE)).fetchall()
            for seq, event_id, raw in rows:
                if held is not None:
                    yield Item(parse_body(held[2], held[0], held[1]), seq, held[0], body=held[2])
                held = (seq, event_id, bytes(raw))
            if len(rows) < PAGE:
                break
            upper = held[0] - 1 if held is not None else 0
        if held is not None:
            yield Item(parse_body(held[2], held[0], held[1]), 0, held[0], body=held[2])

    def start_after(self, *, seq: int | None = None, ts: str | None = None) -> int:
        """A seq is a position already; a time is found by a binary search over seq, as on
        SQLite, since ts only grows along the log (`_first_later`): about log2(events)
        primary-key probes, with no `ts` index for every append to keep up (migration 0004
        dropped it: ~10 µs of the server's time per append)."""
        start = max(seq, 0) if seq is not None else 0
        if ts is not None:
            with self._op("searching events by time") as conn:
                first = self._first_later(conn, ts)
                if first is None:
                    last = conn.execute(_END).fetchone()
                    start = max(start, int(last[0]) if last is not None else 0)
                else:
                    start = max(start, first - 1)
        return start

    @staticmethod
    def _first_later(conn: psycopg.Connection[Any], ts: str) -> int | None:
        """The lowest seq (a row's, or one in the gap before it) from which every readable
        event is later than `ts`, or None if none is. Each probe takes the first row at or
        after `mid` whose body is an envelope carrying its own row's seq, id and ts (a
        damaged or hostile row, whose columns need not be in order, is no landmark), so
        the invariant holds: every readable row below `lo` is at or before `ts`, and every
        one at or after `hi` is later (none left at or after `mid` counts as later:
        starting earlier only reads more). The bodies are checked here, a few rows a page."""
        row = conn.execute("SELECT coalesce((SELECT min(seq) FROM events), 1), "
                           "coalesce((SELECT max(seq) FROM events), 0) + 1").fetchone()
        assert row is not None
        lo, hi = int(row[0]), int(row[1])
        end = hi
        with conn.cursor(binary=True) as cur:
            while lo < hi:
                mid = (lo + hi) // 2
                probe = _landmark(cur, mid, hi)
                if probe is None or probe[1] > ts:
                    hi = mid
                else:
                    lo = probe[0] + 1
        return lo if lo < end else None

    def bodies(self) -> Iterator[bytes]:
        """Every row's body in seq order, unparsed (a promotion's verification hashes them
        against the source's; bytes that match were valid envelopes there), a page at a
        time on the primary key, in binary (bytea as its bytes)."""
        prev = 0
        while True:
            with self._op("reading events") as conn, conn.cursor(binary=True) as cur:
                rows = cur.execute("SELECT seq, body FROM events WHERE seq > %s ORDER BY seq LIMIT %s",
                                   (prev, BODY_PAGE)).fetchall()
            for seq, body in rows:
                yield bytes(body)
                prev = seq
            if len(rows) < BODY_PAGE:
                return

    def record_before(self, position: int) -> dict[str, Any] | None:
        if position <= 0:
            return None
        with self._op("reading an event") as conn:
            row = conn.execute("SELECT id, body FROM events WHERE seq = %s", (position,)).fetchone()
        return parse_body(bytes(row[1]), position, row[0]) if row is not None else None

    def tracking(self, source: str) -> Tracking | None:
        with self._op("reading a tracking record") as conn:
            row = conn.execute(_TRACKING + " WHERE source = %s", (source,)).fetchone()
        return Tracking(row[0], int(row[1]), row[2], int(row[3]), row[4], row[5]) if row is not None else None

    def sources(self) -> list[Tracking]:
        with self._op("reading tracking records") as conn:
            rows = conn.execute(_TRACKING + " ORDER BY source").fetchall()
        return [Tracking(r[0], int(r[1]), r[2], int(r[3]), r[4], r[5]) for r in rows]

    def lookup(self, ids: Collection[str]) -> dict[str, str]:
        wanted = list(dict.fromkeys(ids))
        if not wanted:
            return {}
        with self._op("looking up event ids") as conn:
            rows = conn.execute("SELECT id, digest FROM events WHERE id = ANY(%s)", (wanted,)).fetchall()
        return {str(i): str(d) for i, d in rows}

    def data_size(self) -> int:
        """The live rows' bytes in the store's tables. Not the relations' size on disk: the
        server reuses a deleted row's space only after VACUUM, on its own schedule, so that
        figure would not show what `compact` removed."""
        with self._op("measuring the store") as conn:
            row = conn.execute("SELECT (SELECT coalesce(sum(pg_column_size(e.*)), 0) FROM events e)"
                               " + (SELECT coalesce(sum(pg_column_size(s.*)), 0) FROM import_sources s)"
                               ).fetchone()
        return int(row[0]) if row is not None else 0

    def rewrite(self, drop_ids: set[str], extra: Sequence[StoredEvent]) -> int:
        """Drop `drop_ids` and append `extra` in one transaction; the identity changes and
        the stored latest state is deleted with them (it may name what was dropped)."""
        rows = event_rows(extra)
        with self._op("rewriting the log") as conn, conn.transaction():
            found = conn.execute(_END).fetchone()
            end = int(found[0]) if found is not None else 0
            if rows and rows[0][0] <= end:
                raise CorruptStoreError(f"rewrite: seq {rows[0][0]} does not follow the end of the log ({end})")
            dropped = conn.execute("DELETE FROM events WHERE id = ANY(%s)", (list(drop_ids),)).rowcount
            self._insert(conn, rows)
            conn.execute("UPDATE store_meta SET value = (value::bigint + 1)::text WHERE key = 'identity'")
            conn.execute("DELETE FROM latest_parts")
            conn.execute("DELETE FROM latest_position")
            self._ends = None
            self._parts_end = None
            self._guess = None
        return max(dropped, 0)

    backup_as = "sqlite"
    """`handoff backup` of a PostgreSQL store writes a SQLite database (`copy_to`): a
    portable, verified snapshot with the same positions (seqs), which any handoff restores
    or promotes back (pg_dump is the server's own way)."""

    def copy_to(self, target: StoreDir) -> list[str]:
        """Every event and tracking record into a new SQLite store database in `target`:
        consistent, since the caller holds the store's lock, which every writer of every
        client takes; durable, since each SQLite commit is."""
        from .sqlite import DB_NAME, SqliteBackend

        copy = SqliteBackend(target)
        try:
            target.write_new(DB_NAME, b"")
            copy.create()
            end = count = 0
            batch: list[StoredEvent] = []
            items = self.read(0)
            while True:
                item = next(items, None)
                if item is not None:
                    if item.record is None or item.body is None:
                        raise CorruptStoreError(f"{self.where()} holds an unreadable row at seq {item.end}: "
                                                "`handoff doctor` first")
                    batch.append(StoredEvent.from_body(item.body, item.record))
                if batch and (item is None or len(batch) >= 5000):
                    # A tracking record lets the copy keep purge gaps in seq (and says where it came from).
                    count += len(batch)
                    end = copy.append(batch, end, tracking=Tracking(
                        "backup:postgres", batch[-1].seq, "", count, "done", self.schema)).position
                    batch = []
                if item is None:
                    break
            for t in self.sources():
                copy.append([], end, tracking=t)
        finally:
            copy.close()
        target.fsync()
        return [DB_NAME]

    def check(self) -> Health:
        """Every row: its body an envelope whose seq, id and other columns match, its digest right."""
        health = Health()
        prev = 0
        while True:
            with self._op("checking the events") as conn, conn.cursor(binary=True) as cur:
                rows = cur.execute(f"SELECT {_COLUMNS} FROM events WHERE seq > %s ORDER BY seq LIMIT %s",
                                   (prev, PAGE)).fetchall()
            for seq, event_id, v, ts, kind, project, agent, session, raw, digest in rows:
                body = bytes(raw)
                rec = parse_body(body, seq, event_id)
                good = (rec is not None and hashlib.sha256(body).hexdigest() == digest
                        and (v, ts, kind) == (rec["v"], rec["ts"], rec["kind"])
                        and (project, agent, session) == (rec["scope"].get("project"), rec["scope"].get("agent"),
                                                          rec["scope"].get("session")))
                if good:
                    assert rec is not None
                    health.records += 1
                    health.note_seq(rec)
                else:
                    health.bad.append((prev, seq))
                prev = seq
            if len(rows) < PAGE:
                return health

    def close(self) -> None:
        with self._mutex:
            self._unlock_sent = False
            if self._conn is not None:
                with contextlib.suppress(Exception):
                    self._conn.close()
                self._conn = None
            self._ready = False
            self._local.close()

