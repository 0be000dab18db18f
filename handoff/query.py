"""SQL over the history: an in-memory DuckDB connection with one fixed set of views.

Why this shape: users ask questions of the log ("which validations failed this week")
that latest.json cannot answer, and they should not care which backend holds it. So the
connection is in memory and short-lived (a `.duckdb` file would allow one writer and go
stale), and the data is read in place from the backend's `location`:

- JSONL: `read_json` with an explicit column list, every column typed `JSON`. Nothing is
  auto-detected from a sample, so column types never change with the data; the JSON
  types are checked in SQL instead (`ENVELOPE`, and `shape_ok` for `data`), mirroring
  `handoff.kinds.is_envelope`, because DuckDB would quietly coerce `"seq": "3"` into an
  integer column. A line that fails the check is skipped, as every reader of the store
  skips it. Each line is checked once: the rows that pass are kept (`handoff.query_cache`
  for a big log, an in-memory table for a small one), and the views read those.
- SQLite: DuckDB's sqlite extension, loaded from the `duckdb-ext-sqlite` package (never
  downloaded: autoinstall and autoload are off), the file attached `READ_ONLY`.

Both feed one `events` view, and every other view is defined once on top of it, so the
same query returns the same rows on a JSONL store and on its promoted SQLite twin. The
`latest_*` tables are filled from `Store.latest()`, the fold the rest of the store uses,
so they match latest.json by construction instead of re-implementing its eviction rules.

Read-only, three ways: only one `SELECT` statement is accepted (DuckDB's own parser
decides); after set-up, `enable_external_access` is off (no other file, no ATTACH, COPY,
INSTALL or LOAD) with the files the views read as the only allowed paths; and the
configuration is locked so a query cannot switch it back.

Only what a query names is set up (`tables_in`): a query of `latest_*` never reads the
log, one of `events` binds no other view.

DuckDB is imported here only, and this module only by the commands that query.
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import HandoffError, ValidationError
from .kinds import COMPACTED_KINDS, FIELDS, KINDS, SCHEMA_VERSION, USAGE_COUNTS

if TYPE_CHECKING:
    import duckdb

    from .store import Store

DUCKDB_VERSION = "1.4.4"
INSTALL_HINT = ("pip install 'handoff-store[query]' (duckdb==1.4.4, duckdb-ext-sqlite==1.4.4.20260205, "
                "duckdb-ext-postgres==1.4.4.20260205)")


class QueryError(ValidationError):
    """DuckDB refused the SQL, or it is not a single read-only SELECT (exit 2)."""


class QueryUnavailable(HandoffError):
    """DuckDB or its sqlite extension is missing or does not match (exit 1)."""


# -- the JSONL side: explicit columns, and the envelope rules in SQL ---------------------

JSONL_COLUMNS = ("{'v': 'JSON', 'id': 'JSON', 'seq': 'JSON', 'ts': 'JSON', 'kind': 'JSON', "
                 "'scope': 'JSON', 'data': 'JSON'}")
"""Every column as JSON: its type is checked below, never coerced or sampled."""

_INT = ("UBIGINT", "BIGINT")
_NUM = (*_INT, "DOUBLE")
_STR = ("VARCHAR",)
_BOOL = ("BOOLEAN",)
_LIST = ("ARRAY",)
_SCALAR = (*_NUM, *_STR, *_BOOL)

DATA_TYPES: dict[str, dict[str, tuple[str, ...]]] = {
    "pointer": {"repo": _STR, "fork": _STR, "branch": _STR, "base": _STR, "pr": _INT, "pr_url": _STR,
                "issue": _INT, "issue_url": _STR, "title": _STR, "state": _STR, "unset": _LIST,
                "clear": _BOOL},
    "validation": {"command": _STR, "exit_code": _INT, "passed": _BOOL, "duration_s": _NUM, "summary": _STR,
                   "commit": _STR, "branch": _STR, "repo": _STR, "cwd": _STR},
    "runtime": {"component": _STR, "status": _STR, "version": _STR, "port": _INT, "url": _STR,
                "detail": _STR, "clear": _BOOL},
    "note": {"text": _STR, "next_actions": _LIST, "expires_at": _STR, "tags": _LIST},
    "action_done": {"action": _STR, "summary": _STR},
    "model_health": {"provider": _STR, "model": _STR, "status": _STR, "error_class": _STR,
                     "rate_limit_remaining": _INT, "rate_limit_limit": _INT, "reset_at": _STR,
                     "retry_after_s": _NUM, "checked_at": _STR, "detail": _STR,
                     "period_start": _STR, "period_end": _STR, **dict.fromkeys(USAGE_COUNTS, _INT)},
    "config": {"key": _STR, "value": _SCALAR, "source": _STR, "unset": _BOOL},
    "purge": {"event_ids": _LIST, "reason": _STR},
    "compact": {"removed": _INT, "before": _STR, "keep_days": _INT, "through_seq": _INT,
                **{f"removed_{k}": _INT for k in COMPACTED_KINDS}},
}
"""The JSON type each data field may have, per kind: the SQL face of `kinds.FIELDS`
(tests/test_query.py holds the field names equal). Every `ARRAY` field is a list of
strings (`shape_ok` checks its elements). Value rules finer than a JSON type (an enum, a
timestamp's format, an action id's pattern) are not repeated here."""


def _sql_list(values: Sequence[str]) -> str:
    return "[" + ", ".join(_literal(v) for v in values) + "]"


def _literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def _json_type(structure: Any) -> str:
    """The `json_type` name of a value from its `json_structure` description."""
    if type(structure) is list:
        return "ARRAY"
    if type(structure) is dict or structure == "JSON":  # `{}` describes itself as JSON
        return "OBJECT"
    return str(structure)


def shape_ok(kind: str, shape: Any) -> bool:
    """True when a `data` object of `kind` with this `json_structure` (parsed) has the
    kind's required fields, no unknown field, and each field of an allowed JSON type:
    `handoff.kinds` at the JSON-type level, checked once per distinct shape in a log
    (a few dozen) instead of once per line."""
    if type(shape) is not dict or kind not in DATA_TYPES:
        return False
    types = DATA_TYPES[kind]
    if not FIELDS[kind][0] <= shape.keys():
        return False
    for name, structure in shape.items():
        allowed = types.get(name)
        if allowed is None or _json_type(structure) not in allowed:
            return False
        if type(structure) is list and structure not in STRING_LIST_SHAPES:
            return False  # every list field holds strings (`[null]` is described as `[]` is)
    return True


STRING_LIST_SHAPES = (["VARCHAR"], ["NULL"])
"""How `json_structure` describes a list of strings, or an empty list."""


_KIND_JSON = ", ".join(_literal(f'"{k}"') for k in KINDS)
_TS_TEXT = r'"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\.[0-9]{6}Z"'

ENVELOPE = f"""
    CAST(v AS VARCHAR) IN ({", ".join(_literal(str(n)) for n in range(1, SCHEMA_VERSION + 1))})
    AND regexp_full_match(CAST(seq AS VARCHAR), '[1-9][0-9]{{0,18}}')
        AND TRY_CAST(CAST(seq AS VARCHAR) AS BIGINT) IS NOT NULL
    AND starts_with(CAST(id AS VARCHAR), '"')
    AND ((regexp_full_match(CAST(ts AS VARCHAR), '{_TS_TEXT}')
          AND TRY_CAST(substr(CAST(ts AS VARCHAR), 2, 26) AS TIMESTAMP) IS NOT NULL)
         OR (json_type(ts) = 'VARCHAR' AND length(ts ->> '$') = 27 AND right(ts ->> '$', 1) = 'Z'
             AND substr(ts ->> '$', 11, 1) = 'T' AND TRY_CAST(left(ts ->> '$', 26) AS TIMESTAMP) IS NOT NULL))
    AND (scope IS NULL OR CAST(scope AS VARCHAR) = '{{}}' OR (json_type(scope) = 'OBJECT'
         AND list_has_all(['project', 'agent', 'session'], json_keys(scope))
         AND len(list_filter(json_type(scope, ['$.project', '$.agent', '$.session']),
                             x -> x IS NOT NULL AND x <> 'VARCHAR')) = 0))
    AND (kt <> '"config"'  -- a value, or unset: the fold relies on one of the two
         OR ((data -> '$.value') IS NOT NULL) <> coalesce(TRY_CAST(data -> '$.unset' AS BOOLEAN), false))
"""
"""`handoff.kinds.is_envelope` in SQL, to the JSON-type level, on the JSON text of each
column (`read_json` hands a JSON column over re-serialized: `"n\u006fte"` arrives as
`"note"`, so comparing text is exact). Where a cheap text test would reject a value the
readers accept (an unusual timestamp spelling, a non-empty scope), the exact JSON test
decides; `data` is checked by its shape (`shape_ok`)."""


def _jsonl_source(path: str) -> str:
    return (f"read_json({_literal(path)}, format = 'newline_delimited', columns = {JSONL_COLUMNS}, "
            "ignore_errors = true, maximum_object_size = 16777216)")


def _shapes_sql(path: str) -> str:
    """Pass one: every distinct (kind, shape of data) in the file; a small answer."""
    return (f"SELECT DISTINCT CAST(kind AS VARCHAR), json_structure(data) FROM {_jsonl_source(path)} "
            f"WHERE CAST(kind AS VARCHAR) IN ({_KIND_JSON}) AND json_type(data) = 'OBJECT'")


def valid_shapes(found: Sequence[tuple[str, str]]) -> list[str]:
    """The (kind, shape) keys of pass one that `shape_ok` accepts, as `kt || shape`."""
    import orjson

    return [kt + st for kt, st in found if shape_ok(kt.strip('"'), orjson.loads(st))]


def _jsonl_events(path: str, torn_id: str | None) -> str:
    """Pass two: the rows of the JSONL file at `path` that pass the envelope checks and
    whose data has one of the valid shapes (table `_valid_shapes`), as `events` columns;
    `torn_id` names a torn last line to leave out."""
    torn = f" AND (id ->> '$') <> {_literal(torn_id)}" if torn_id is not None else ""
    shape = "(kt || json_structure(data)) IN (SELECT shape FROM _valid_shapes)"
    return f"""
        SELECT CAST(CAST(seq AS VARCHAR) AS BIGINT) AS seq, id ->> '$' AS id,
               CAST(left(ts ->> '$', 26) AS TIMESTAMP) AS ts, kind ->> '$' AS kind,
               scope ->> '$.project' AS project, scope ->> '$.agent' AS agent,
               scope ->> '$.session' AS session, data
        FROM (SELECT *, CAST(kind AS VARCHAR) AS kt FROM {_jsonl_source(path)})
        WHERE {shape} AND {ENVELOPE}{torn}"""


def checked_events(con: duckdb.DuckDBPyConnection, path: str, torn_id: str | None) -> str:
    """The SQL of the events in the JSONL file at `path` that the store's readers accept
    (to the JSON-type level), after pass one has found the file's valid data shapes."""
    shapes = valid_shapes(con.execute(_shapes_sql(path)).fetchall())
    con.execute("CREATE OR REPLACE TEMP TABLE _valid_shapes AS SELECT unnest(?::VARCHAR[]) AS shape", [shapes])
    return _jsonl_events(path, torn_id)


VALIDATOR = hashlib.sha256(repr((DUCKDB_VERSION, _jsonl_events("", "x"), _shapes_sql(""), STRING_LIST_SHAPES,
                                 sorted((k, sorted(v.items())) for k, v in DATA_TYPES.items()),
                                 sorted((k, sorted(f[0])) for k, f in FIELDS.items()))).encode()).hexdigest()[:16]
"""Names the checks: a cache written by other checks (another version) is not reused."""


def _sqlite_events(schema: str = "main") -> str:
    """The events table of an attached database: SQLite's, or a PostgreSQL store's schema
    (the same columns on both backends)."""
    return f"""
        SELECT seq, id, CAST(left(ts, 26) AS TIMESTAMP) AS ts, kind, project, agent, session,
               json_extract(decode(body), '$.data') AS data
        FROM store_db.{schema}.events"""


def _torn_tail_id(fd: int) -> str | None:
    """The id of a last line with no newline, if it parses as an event: the store's readers
    leave a torn tail alone until a writer seals it, so the views must not count it."""
    from .backends.jsonl import parse_line

    size = os.fstat(fd).st_size
    if size == 0:
        return None
    back = min(size, 1 << 20)
    chunk = os.pread(fd, back, size - back)
    if chunk.endswith(b"\n"):
        return None
    rec = parse_line(chunk[chunk.rfind(b"\n") + 1:])
    return rec["id"] if rec is not None else None


def _open_log(location: Path) -> int:
    """A descriptor of the JSONL log, opened as the store opens its files (no link, no
    FIFO, no device): DuckDB then reads that very file as /proc/self/fd/N."""
    from .files import StoreDir

    directory = StoreDir.open(location.parent, own=False)
    try:
        return directory.open_file(location.name)
    finally:
        directory.close()


def _jsonl_view(con: duckdb.DuckDBPyConnection, location: Path) -> tuple[str, list[str]]:
    """`events` on JSONL: checked once per line, kept in the parquet cache for a big log
    (`handoff.query_cache`), or copied into an in-memory table for a small one. Either
    way the log's descriptor is closed when this returns, and nothing reads it later."""
    from . import query_cache

    fd = _open_log(location)
    try:
        proc = f"/proc/self/fd/{fd}"
        path = proc if os.path.exists(proc) else str(location)

        def checked(at: str, whole_log: bool) -> str:  # the torn tail as of now, when the log is read whole
            return checked_events(con, at, _torn_tail_id(fd) if whole_log else None)

        try:
            files = query_cache.segments(con, fd, path, VALIDATOR, checked)
        except (OSError, _duckdb().Error):  # a full or unwritable cache: check in memory instead
            files = None
        if files is None:
            con.execute(f"CREATE TEMP TABLE _events_checked AS {checked(path, True)}")
            return "SELECT * FROM _events_checked", []
        paths = [str(f) for f in files]
        return f"SELECT * FROM read_parquet([{', '.join(map(_literal, paths))}])", paths
    finally:
        os.close(fd)


def events_source(con: duckdb.DuckDBPyConnection, source: Source) -> tuple[str, list[str]]:
    """The SQL of the `events` view for the store's backend, after the set-up it needs,
    and the files it reads lazily (the only paths DuckDB may open once locked).

    The one place that knows the backends: a new backend adds a branch here returning a
    SELECT of (seq BIGINT, id VARCHAR, ts TIMESTAMP, kind VARCHAR, project, agent, session
    VARCHAR, data JSON) holding only the events its own readers accept. Every other view
    is built on `events`.
    """
    if source.backend == "jsonl":
        return _jsonl_view(con, source.location)
    if source.backend == "sqlite":
        _load_sqlite_extension(con)
        con.execute(f"ATTACH {_literal(str(source.location))} AS store_db (TYPE sqlite, READ_ONLY)")
        return _sqlite_events(), [str(source.location)]
    if source.backend == "postgres":
        return _attach_postgres(con, source.location), []
    raise QueryUnavailable(f"querying is not built for the {source.backend} backend")


# -- the views every backend shares -------------------------------------------------------

VIEWS: dict[str, str] = {
    "notes": """
        SELECT seq, id, ts, project, agent, session, data ->> '$.text' AS text,
               coalesce(CAST(data -> '$.next_actions' AS VARCHAR[]), []) AS next_actions,
               coalesce(CAST(data -> '$.tags' AS VARCHAR[]), []) AS tags,
               CAST(left(data ->> '$.expires_at', 26) AS TIMESTAMP) AS expires_at
        FROM events WHERE kind = 'note'""",
    "actions_done": """
        SELECT seq, id, ts, project, agent, session, data ->> '$.action' AS action,
               data ->> '$.summary' AS summary
        FROM events WHERE kind = 'action_done'""",
    "next_actions": """
        WITH listed AS (
            SELECT seq AS note_seq, ts AS created_at, project, agent, session, next_actions,
                   unnest(range(1, len(next_actions) + 1)) AS position
            FROM notes),
        actions AS (
            SELECT note_seq || '.' || position AS id, note_seq, position, next_actions[position] AS text,
                   created_at, project, agent, session FROM listed),
        resolved AS (
            SELECT a.id, min(d.seq) AS resolved_seq
            FROM actions a JOIN actions_done d
              ON d.seq > a.note_seq AND (d.action = a.id OR d.action = CAST(a.note_seq AS VARCHAR))
            GROUP BY a.id)
        SELECT a.id, a.note_seq, a.position, a.text,
               CASE WHEN r.resolved_seq IS NULL THEN 'open' ELSE 'resolved' END AS state,
               a.created_at, d.ts AS resolved_at, r.resolved_seq, d.summary,
               coalesce(d.ts, CAST(now() AS TIMESTAMP)) - a.created_at AS age,
               a.project, a.agent, a.session
        FROM actions a LEFT JOIN resolved r USING (id) LEFT JOIN actions_done d ON d.seq = r.resolved_seq""",
    "validations": """
        SELECT seq, id, ts, project, agent, session, data ->> '$.command' AS command,
               CAST(data -> '$.exit_code' AS BIGINT) AS exit_code,
               coalesce(CAST(data -> '$.passed' AS BOOLEAN), CAST(data -> '$.exit_code' AS BIGINT) = 0) AS passed,
               CAST(data -> '$.duration_s' AS DOUBLE) AS duration_s, data ->> '$.summary' AS summary,
               data ->> '$.commit' AS "commit", data ->> '$.branch' AS branch, data ->> '$.repo' AS repo,
               data ->> '$.cwd' AS cwd
        FROM events WHERE kind = 'validation'""",
    "pointers": """
        SELECT seq, id, ts, project, agent, session, data ->> '$.repo' AS repo, data ->> '$.fork' AS fork,
               data ->> '$.branch' AS branch, data ->> '$.base' AS base, CAST(data -> '$.pr' AS BIGINT) AS pr,
               data ->> '$.pr_url' AS pr_url, CAST(data -> '$.issue' AS BIGINT) AS issue,
               data ->> '$.issue_url' AS issue_url, data ->> '$.title' AS title, data ->> '$.state' AS state,
               coalesce(CAST(data -> '$.unset' AS VARCHAR[]), []) AS unset,
               coalesce(CAST(data -> '$.clear' AS BOOLEAN), false) AS clear
        FROM events WHERE kind = 'pointer'""",
    "runtime": """
        SELECT seq, id, ts, project, agent, session, data ->> '$.component' AS component,
               data ->> '$.status' AS status, data ->> '$.version' AS version,
               CAST(data -> '$.port' AS BIGINT) AS port, data ->> '$.url' AS url, data ->> '$.detail' AS detail,
               coalesce(CAST(data -> '$.clear' AS BOOLEAN), false) AS clear
        FROM events WHERE kind = 'runtime'""",
    "model_health": """
        SELECT seq, id, ts, project, agent, session, data ->> '$.provider' AS provider,
               data ->> '$.model' AS model, data ->> '$.status' AS status, data ->> '$.error_class' AS error_class,
               CAST(data -> '$.rate_limit_remaining' AS BIGINT) AS rate_limit_remaining,
               CAST(data -> '$.rate_limit_limit' AS BIGINT) AS rate_limit_limit,
               CAST(left(data ->> '$.reset_at', 26) AS TIMESTAMP) AS reset_at,
               CAST(data -> '$.retry_after_s' AS DOUBLE) AS retry_after_s,
               coalesce(CAST(left(data ->> '$.checked_at', 26) AS TIMESTAMP), ts) AS checked_at,
               data ->> '$.detail' AS detail
        FROM events WHERE kind = 'model_health'""",
    "config": """
        SELECT seq, id, ts, project, agent, session, data ->> '$.key' AS key, data -> '$.value' AS value,
               data ->> '$.source' AS source, coalesce(CAST(data -> '$.unset' AS BOOLEAN), false) AS unset
        FROM events WHERE kind = 'config'""",
    "purges": """
        SELECT seq, id, ts, project, agent, session, CAST(data -> '$.event_ids' AS VARCHAR[]) AS event_ids,
               data ->> '$.reason' AS reason
        FROM events WHERE kind = 'purge'""",
}
"""Typed views over `events`, one per kind (plus `next_actions`, each note's actions with
their state), defined once for every backend. Timestamps are UTC `TIMESTAMP`s."""

_STAMP = [("seq", "BIGINT"), ("id", "VARCHAR"), ("ts", "TIMESTAMP"), ("project", "VARCHAR"),
          ("agent", "VARCHAR"), ("session", "VARCHAR")]

LATEST: dict[str, list[tuple[str, str]]] = {
    "latest_meta": [("schema_version", "BIGINT"), ("last_seq", "BIGINT"), ("last_event_id", "VARCHAR"),
                    ("last_ts", "TIMESTAMP"), ("events_total", "BIGINT"), ("skipped_lines", "BIGINT"),
                    ("purged_events", "BIGINT"), ("active_repo", "VARCHAR")],
    "latest_pointers": [("repo", "VARCHAR"), ("active", "BOOLEAN"), ("fork", "VARCHAR"), ("branch", "VARCHAR"),
                        ("base", "VARCHAR"), ("pr", "BIGINT"), ("pr_url", "VARCHAR"), ("issue", "BIGINT"),
                        ("issue_url", "VARCHAR"), ("title", "VARCHAR"), ("state", "VARCHAR"), *_STAMP],
    "latest_validations": [("command", "VARCHAR"), ("last", "BOOLEAN"), ("exit_code", "BIGINT"),
                           ("passed", "BOOLEAN"), ("duration_s", "DOUBLE"), ("summary", "VARCHAR"),
                           ("commit", "VARCHAR"), ("branch", "VARCHAR"), ("repo", "VARCHAR"), ("cwd", "VARCHAR"),
                           *_STAMP],
    "latest_runtime": [("component", "VARCHAR"), ("status", "VARCHAR"), ("version", "VARCHAR"),
                       ("port", "BIGINT"), ("url", "VARCHAR"), ("detail", "VARCHAR"), *_STAMP],
    "latest_notes": [("text", "VARCHAR"), ("tags", "VARCHAR[]"), ("expires_at", "TIMESTAMP"), *_STAMP],
    "latest_next_actions": [("id", "VARCHAR"), ("note_seq", "BIGINT"), ("text", "VARCHAR"), ("done", "BOOLEAN"),
                            ("done_seq", "BIGINT"), ("summary", "VARCHAR")],
    "latest_model_health": [("provider", "VARCHAR"), ("model", "VARCHAR"), ("status", "VARCHAR"),
                            ("error_class", "VARCHAR"), ("rate_limit_remaining", "BIGINT"),
                            ("rate_limit_limit", "BIGINT"), ("reset_at", "TIMESTAMP"), ("retry_after_s", "DOUBLE"),
                            ("checked_at", "TIMESTAMP"), ("detail", "VARCHAR"), *_STAMP],
    "latest_config": [("key", "VARCHAR"), ("value", "JSON"), ("source", "VARCHAR"), *_STAMP],
}
"""latest.json as tables: one row per entry of each collection, the entry's fields plus
its provenance (`seq`, `id`, `ts` and scope of the event that set it)."""


def _ts(value: Any) -> Any:
    return value[:26] if isinstance(value, str) and value.endswith("Z") else value


def _row(table: str, entry: dict[str, Any], **extra: Any) -> tuple[Any, ...]:
    scope = entry.get("scope") or {}
    merged = {**entry, **scope, **extra}
    out = []
    for name, sqltype in LATEST[table]:
        value = merged.get(name)
        if sqltype == "TIMESTAMP":
            value = _ts(value)
        elif sqltype == "JSON" and name in merged:
            import orjson

            value = orjson.dumps(value).decode()
        out.append(value)
    return tuple(out)


def latest_rows(state: dict[str, Any]) -> dict[str, list[tuple[Any, ...]]]:
    """latest.json's collections as rows of the `latest_*` tables."""
    meta = state["meta"]
    last = state.get("last_validation") or {}
    rows: dict[str, list[tuple[Any, ...]]] = {
        "latest_meta": [_row("latest_meta", meta, active_repo=state.get("active_repo"))],
        "latest_pointers": [_row("latest_pointers", e, repo=k, active=k == state.get("active_repo"))
                            for k, e in state["pointers"].items()],
        "latest_validations": [_row("latest_validations", e, command=k, last=e.get("id") == last.get("id"))
                               for k, e in state["validations"].items()],
        "latest_runtime": [_row("latest_runtime", e, component=k) for k, e in state["runtime"].items()],
        "latest_notes": [_row("latest_notes", n) for n in state["notes"]],
        "latest_next_actions": [_row("latest_next_actions", a, note_seq=n["seq"])
                                for n in state["notes"] for a in n.get("actions", [])],
        "latest_model_health": [_row("latest_model_health", e) for e in state["model_health"].values()],
        "latest_config": [_row("latest_config", e, key=k) for k, e in state["config"].items()],
    }
    return rows


# -- the connection ----------------------------------------------------------------------


def _duckdb() -> Any:
    try:
        import duckdb
    except ImportError:
        raise QueryUnavailable(f"querying needs DuckDB: {INSTALL_HINT}") from None
    if duckdb.__version__ != DUCKDB_VERSION:
        raise QueryUnavailable(f"querying needs duckdb {DUCKDB_VERSION}, found {duckdb.__version__}: "
                               f"{INSTALL_HINT}")
    return duckdb


def sqlite_extension_path(scanner: str = "sqlite") -> Path:
    """The `<scanner>_scanner` extension file shipped by the `duckdb-ext-<scanner>` package
    (sqlite, or postgres for a PostgreSQL store)."""
    spec = importlib.util.find_spec("duckdb_ext")
    roots = list(spec.submodule_search_locations or []) if spec is not None else []
    for root in roots:
        found = sorted(Path(root, "extensions", f"v{DUCKDB_VERSION}").glob(f"*/{scanner}_scanner.duckdb_extension"))
        if found:
            return found[0]
    raise QueryUnavailable(f"querying a {scanner} store needs DuckDB's {scanner} extension: {INSTALL_HINT}")


def _attach_postgres(con: duckdb.DuckDBPyConnection, store_json: Path) -> str:
    """Attach a PostgreSQL store's schema read-only (the DSN from store.json; libpq finds
    any password itself) and return its events query."""
    from .backends.postgres_config import describe, effective
    from .locations import parse_store_file

    settings = effective(parse_store_file(store_json.read_bytes(), store_json).get("postgres") or {})
    con.execute(f"LOAD {_literal(str(sqlite_extension_path('postgres')))}")
    try:
        con.execute(f"ATTACH {_literal(settings['dsn'])} AS store_db "
                    f"(TYPE postgres, READ_ONLY, SCHEMA {_literal(settings['schema'])})")
    except Exception as exc:  # duckdb.Error: this module imports DuckDB lazily
        from .backends.postgres import scrub
        from .errors import DatabaseError

        raise DatabaseError(f"querying: the PostgreSQL server ({describe(settings['dsn'])}) is unreachable "
                            f"or refused: {scrub(str(exc))}") from None
    return _sqlite_events(f'"{settings["schema"]}"')


@dataclass(frozen=True, slots=True)
class Source:
    """What the views read: the backend's name and data file, and the latest state."""

    backend: str
    location: Path
    state: dict[str, Any]

    @classmethod
    def of(cls, store: Store) -> Source:
        return cls(store.backend.name, store.backend.location, store.latest())

    @property
    def skipped_lines(self) -> int:
        """Unreadable lines the store's readers skipped (the views skip the same)."""
        return int(self.state["meta"].get("skipped_lines", 0))


def _load_sqlite_extension(con: duckdb.DuckDBPyConnection) -> None:
    ddb = _duckdb()
    ext = sqlite_extension_path()
    try:
        con.execute(f"LOAD {_literal(str(ext))}")
    except ddb.Error as exc:
        raise QueryUnavailable(f"DuckDB's sqlite extension did not load ({_one_line(exc)}): "
                               f"{INSTALL_HINT}") from None


EVENT_VIEWS = frozenset({"events", *VIEWS})
VIEW_NEEDS: dict[str, tuple[str, ...]] = {
    **{name: (name,) for name in VIEWS}, "next_actions": ("notes", "actions_done", "next_actions"),
}
"""The views each view is built on (every one on `events`), in creation order."""


def tables_in(sql: str) -> frozenset[str] | None:
    """The view and table names a query refers to (DuckDB's parser), or None if it cannot
    tell: `connect` then sets up only those (a `latest_*` query never scans the log)."""
    duckdb = _duckdb()
    try:
        names = duckdb.get_table_names(sql)
    except duckdb.Error:
        return None
    return frozenset(n.rsplit(".", 1)[-1].lower() for n in names)


def connect(source: Source, needs: frozenset[str] | None = None) -> duckdb.DuckDBPyConnection:
    """An in-memory DuckDB connection with the views over `source`, locked read-only.

    `needs` (from `tables_in`) limits the set-up to what a query refers to; None sets up
    every view and table. Raises QueryUnavailable if DuckDB or (for SQLite) its extension
    cannot be loaded.
    """
    ddb = _duckdb()
    con: duckdb.DuckDBPyConnection = ddb.connect(":memory:", config={
        "autoinstall_known_extensions": False, "autoload_known_extensions": False,
    })
    try:
        allowed: list[str] = []
        if needs is None or needs & EVENT_VIEWS:
            events, allowed = events_source(con, source)
            con.execute(f"CREATE VIEW events AS {events}")
            wanted = set(VIEWS) if needs is None else {d for n in needs for d in VIEW_NEEDS.get(n, ())}
            for name, sql in VIEWS.items():  # each CREATE VIEW is bound (~15 ms): only those used
                if name in wanted:
                    con.execute(f"CREATE VIEW {name} AS {sql}")
        for table, rows in latest_rows(source.state).items():
            if needs is not None and table not in needs:
                continue
            columns = ", ".join(f'"{n}" {t}' for n, t in LATEST[table])
            con.execute(f"CREATE TABLE {table} ({columns})")
            if rows:  # one statement: executemany costs a round trip per row
                marks = "(" + ", ".join("?" for _ in LATEST[table]) + ")"
                con.execute(f"INSERT INTO {table} VALUES {', '.join([marks] * len(rows))}",
                            [value for row in rows for value in row])
        con.execute(f"SET allowed_paths = [{', '.join(map(_literal, allowed))}]")
        con.execute("SET enable_external_access = false")
        con.execute("SET lock_configuration = true")
    except ddb.Error as exc:  # reading the store's data for the views: one line, exit 1
        con.close()
        raise QueryUnavailable(f"DuckDB could not read the store's data ({_one_line(exc)})") from None
    except BaseException:
        con.close()
        raise
    return con


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split())


def check_read_only(sql: str) -> None:
    """Refuse anything but one SELECT (DuckDB's parser decides what the statement is)."""
    duckdb = _duckdb()
    try:
        statements = duckdb.extract_statements(sql)
    except duckdb.Error as exc:
        raise QueryError(_one_line(exc)) from None
    if len(statements) != 1:
        raise QueryError(f"give exactly one SELECT statement (got {len(statements)})")
    if statements[0].type != duckdb.StatementType.SELECT:
        raise QueryError(f"only SELECT queries are allowed; this is a {statements[0].type.name} statement")


def run(con: duckdb.DuckDBPyConnection, sql: str) -> tuple[list[str], list[tuple[Any, ...]]]:
    """(column names, rows) of one read-only query on a connection from `connect`."""
    duckdb = _duckdb()
    check_read_only(sql)
    try:
        rel = con.execute(sql)
        columns = [d[0] for d in rel.description or []]
        rows: list[tuple[Any, ...]] = rel.fetchall()
    except duckdb.Error as exc:
        raise QueryError(_one_line(exc)) from None
    return columns, rows


@contextmanager
def connection(store: Store) -> Iterator[duckdb.DuckDBPyConnection]:
    """The documented way for Python users to get the connection with the views in place:

        with handoff.query.connection(store) as con:
            con.sql("SELECT kind, count(*) FROM events GROUP BY kind").show()

    It is read-only like `handoff query`; statements other than SELECT fail in DuckDB.
    """
    con = connect(Source.of(store))
    try:
        yield con
    finally:
        con.close()


def answer(source: Source, sql: str) -> tuple[list[str], list[tuple[Any, ...]]]:
    """One read-only SELECT on a connection set up for just the names it uses; should
    DuckDB then miss a name the parser did not list, once more with everything set up."""
    check_read_only(sql)
    needs = tables_in(sql)
    while True:
        con = connect(source, needs)
        try:
            return run(con, sql)
        except QueryError as exc:
            if needs is None or not str(exc).startswith("Catalog Error"):
                raise
            needs = None
        finally:
            con.close()


def query(store: Store, sql: str) -> tuple[list[str], list[tuple[Any, ...]]]:
    """`Store.query`: one read-only SELECT over the views; (column names, rows)."""
    return answer(Source.of(store), sql)


# -- reports -----------------------------------------------------------------------------

REPORTS_DIR = Path(__file__).with_name("reports")


@dataclass(frozen=True, slots=True)
class Report:
    """A named SQL file in `handoff/reports/`. Its leading `-- ` lines describe it; a
    `-- chart: COLUMN` line makes it draw a bar of COLUMN per row on a terminal."""

    name: str
    path: Path
    sql: str
    description: str
    chart: str | None


def reports() -> dict[str, Report]:
    found = {}
    for path in sorted(REPORTS_DIR.glob("*.sql")):
        sql = path.read_text(encoding="utf-8")
        lines = []
        chart = None
        for line in sql.splitlines():
            if not line.startswith("--"):
                break
            text = line[2:].strip()
            if text.startswith("chart:"):
                chart = text[len("chart:"):].strip()
            elif text:
                lines.append(text)
        found[path.stem] = Report(path.stem, path, sql, " ".join(lines), chart)
    return found
