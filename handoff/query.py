"""SQL over the history: an in-memory DuckDB connection with one fixed set of views.

Why this shape: users ask questions of the log ("which validations failed this week")
that latest.json cannot answer, and they should not care which backend holds it. So the
connection is in memory and short-lived (a `.duckdb` file would allow one writer and go
stale), and the data is read in place from the backend's `location`:

- JSONL: `read_json` with an explicit column list, every column typed `JSON`. Nothing is
  auto-detected from a sample, so column types never change with the data; the JSON
  types are checked in SQL instead (`ENVELOPE`), mirroring `handoff.kinds.is_envelope`,
  because DuckDB would quietly coerce `"seq": "3"` into an integer column. A line that
  fails the check is skipped, as every reader of the store skips it.
- SQLite: DuckDB's sqlite extension, loaded from the `duckdb-ext-sqlite` package (never
  downloaded: autoinstall and autoload are off), the file attached `READ_ONLY`.

Both feed one `events` view, and every other view is defined once on top of it, so the
same query returns the same rows on a JSONL store and on its promoted SQLite twin. The
`latest_*` tables are filled from `Store.latest()`, the fold the rest of the store uses,
so they match latest.json by construction instead of re-implementing its eviction rules.

Read-only, three ways: only one `SELECT` statement is accepted (DuckDB's own parser
decides); after set-up, `enable_external_access` is off (no other file, no ATTACH, COPY,
INSTALL or LOAD) with the store's own file as the one allowed path; and the configuration
is locked so a query cannot switch it back.

DuckDB is imported here only, and this module only by the commands that query.
"""

from __future__ import annotations

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
INSTALL_HINT = "pip install 'handoff-store[query]' (duckdb==1.4.4, duckdb-ext-sqlite==1.4.4.20260205)"


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
(tests/test_query.py holds the field names equal). Value rules finer than a JSON type
(an enum, a timestamp's format, a list's element type) are not repeated here."""


def _sql_list(values: Sequence[str]) -> str:
    return "[" + ", ".join(_literal(v) for v in values) + "]"


def _literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


ALL_FIELDS = sorted({f for fields in DATA_TYPES.values() for f in fields})
"""Every data field of every kind: `json_type(data, [...])` over these parses `data` once."""


def _data_check(kind: str) -> str:
    """SQL true when `data` (a JSON object, its keys in `k` and field types in `t`) has the
    kind's required fields, no unknown field, and each field of an allowed JSON type."""
    required, _ = FIELDS[kind]
    checks = [f"list_has_all({_sql_list(list(DATA_TYPES[kind]))}, k)"]
    for name, types in DATA_TYPES[kind].items():
        i = ALL_FIELDS.index(name) + 1
        allowed = f"t[{i}] IN ({', '.join(map(_literal, types))})"
        checks.append(allowed if name in required else f"(t[{i}] IS NULL OR {allowed})")
    if kind == "config":  # a value, or unset: the fold relies on one of the two
        checks.append("((data->'$.value') IS NOT NULL) <> coalesce(TRY_CAST(data->'$.unset' AS BOOLEAN), false)")
    return " AND ".join(checks)


ENVELOPE = f"""
    json_type(v) IN ('UBIGINT', 'BIGINT') AND TRY_CAST(v AS BIGINT) BETWEEN 1 AND {SCHEMA_VERSION}
    AND json_type(seq) IN ('UBIGINT', 'BIGINT') AND TRY_CAST(seq AS BIGINT) >= 1
    AND json_type(id) = 'VARCHAR'
    AND json_type(ts) = 'VARCHAR' AND length(ts ->> '$') = 27 AND right(ts ->> '$', 1) = 'Z'
        AND substr(ts ->> '$', 11, 1) = 'T' AND TRY_CAST(left(ts ->> '$', 26) AS TIMESTAMP) IS NOT NULL
    AND json_type(kind) = 'VARCHAR' AND (kind ->> '$') IN ({", ".join(map(_literal, KINDS))})
    AND json_type(data) = 'OBJECT'
    AND (scope IS NULL OR (json_type(scope) = 'OBJECT'
         AND list_has_all(['project', 'agent', 'session'], json_keys(scope))
         AND len(list_filter(json_type(scope, ['$.project', '$.agent', '$.session']),
                             x -> x IS NOT NULL AND x <> 'VARCHAR')) = 0))
    AND CASE kind ->> '$' {" ".join(f"WHEN {_literal(k)} THEN {_data_check(k)}" for k in KINDS)} END
"""
"""`handoff.kinds.is_envelope` in SQL, to the JSON-type level."""


def _jsonl_source(path: Path) -> str:
    return (f"read_json({_literal(str(path))}, format = 'newline_delimited', columns = {JSONL_COLUMNS}, "
            "ignore_errors = true, maximum_object_size = 16777216)")


def _jsonl_events(path: Path, torn_id: str | None) -> str:
    torn = f" AND (id ->> '$') <> {_literal(torn_id)}" if torn_id is not None else ""
    return f"""
        SELECT CAST(seq AS BIGINT) AS seq, id ->> '$' AS id, CAST(left(ts ->> '$', 26) AS TIMESTAMP) AS ts,
               kind ->> '$' AS kind, scope ->> '$.project' AS project, scope ->> '$.agent' AS agent,
               scope ->> '$.session' AS session, data
        FROM (SELECT *, json_type(data, {_sql_list(['$.' + f for f in ALL_FIELDS])}) AS t,
                     json_keys(data) AS k
              FROM {_jsonl_source(path)})
        WHERE {ENVELOPE}{torn}"""


def _sqlite_events() -> str:
    return """
        SELECT seq, id, CAST(left(ts, 26) AS TIMESTAMP) AS ts, kind, project, agent, session,
               json_extract(decode(body), '$.data') AS data
        FROM store_db.main.events"""


def _torn_tail_id(path: Path) -> str | None:
    """The id of a last line with no newline, if it parses as an event: the store's readers
    leave a torn tail alone until a writer seals it, so the views must not count it."""
    from .backends.jsonl import parse_line

    with open(path, "rb") as f:
        size = f.seek(0, os.SEEK_END)
        if size == 0:
            return None
        back = min(size, 1 << 20)
        f.seek(size - back)
        chunk = f.read(back)
    if chunk.endswith(b"\n"):
        return None
    rec = parse_line(chunk[chunk.rfind(b"\n") + 1:])
    return rec["id"] if rec is not None else None


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


def sqlite_extension_path() -> Path:
    """The sqlite_scanner extension file shipped by the `duckdb-ext-sqlite` package."""
    spec = importlib.util.find_spec("duckdb_ext")
    roots = list(spec.submodule_search_locations or []) if spec is not None else []
    for root in roots:
        found = sorted(Path(root, "extensions", f"v{DUCKDB_VERSION}").glob("*/sqlite_scanner.duckdb_extension"))
        if found:
            return found[0]
    raise QueryUnavailable(f"querying a SQLite store needs DuckDB's sqlite extension: {INSTALL_HINT}")


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


def connect(source: Source) -> duckdb.DuckDBPyConnection:
    """An in-memory DuckDB connection with the views over `source`, locked read-only.

    Raises QueryUnavailable if DuckDB or (for SQLite) its extension cannot be loaded.
    """
    ddb = _duckdb()
    con: duckdb.DuckDBPyConnection = ddb.connect(":memory:", config={
        "autoinstall_known_extensions": False, "autoload_known_extensions": False,
    })
    try:
        if source.backend == "sqlite":
            ext = sqlite_extension_path()
            try:
                con.execute(f"LOAD {_literal(str(ext))}")
            except ddb.Error as exc:
                raise QueryUnavailable(f"DuckDB's sqlite extension did not load ({_one_line(exc)}): "
                                       f"{INSTALL_HINT}") from None
            con.execute(f"ATTACH {_literal(str(source.location))} AS store_db (TYPE sqlite, READ_ONLY)")
            events = _sqlite_events()
        elif source.backend == "jsonl":
            events = _jsonl_events(source.location, _torn_tail_id(source.location))
        else:
            raise QueryUnavailable(f"querying is not built for the {source.backend} backend")
        con.execute(f"CREATE VIEW events AS {events}")
        for name, sql in VIEWS.items():
            con.execute(f"CREATE VIEW {name} AS {sql}")
        for table, rows in latest_rows(source.state).items():
            columns = ", ".join(f'"{n}" {t}' for n, t in LATEST[table])
            con.execute(f"CREATE TABLE {table} ({columns})")
            if rows:
                marks = ", ".join("?" for _ in LATEST[table])
                con.executemany(f"INSERT INTO {table} VALUES ({marks})", rows)
        con.execute(f"SET allowed_paths = [{_literal(str(source.location))}]")
        con.execute("SET enable_external_access = false")
        con.execute("SET lock_configuration = true")
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


def query(store: Store, sql: str) -> tuple[list[str], list[tuple[Any, ...]]]:
    """`Store.query`: one read-only SELECT over the views; (column names, rows)."""
    with connection(store) as con:
        return run(con, sql)


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
