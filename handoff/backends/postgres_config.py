"""A PostgreSQL store's settings in store.json, checked without loading psycopg.

store.json of a PostgreSQL store carries a `postgres` object: the connection string
(`dsn`, never with a password), the `schema` that holds this store's tables, and the
connect and statement timeouts in seconds. Each timeout can be overridden per process
by `HANDOFF_PG_CONNECT_TIMEOUT` / `HANDOFF_PG_STATEMENT_TIMEOUT`.

Credentials stay out of the store: a DSN that carries a password (in a URL's user info,
a `password=` parameter or a `password=` key) is refused (CredentialInConfig, exit 3)
before anything is written, and messages only ever show `describe(dsn)`, which names
host, port, database and user and nothing else. The parsing here is our own (a URL or
libpq's `key=value` form), so the check works where psycopg is not installed and a
JSONL or SQLite store never loads it.
"""

from __future__ import annotations

import os
import re
import secrets
from collections.abc import Mapping
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

from ..errors import CredentialInConfig, ValidationError

NAME = "postgres"
DEFAULT_CONNECT_TIMEOUT = 10.0
DEFAULT_STATEMENT_TIMEOUT = 30.0
MAX_TIMEOUT = 3600.0
SCHEMA_PATTERN = re.compile(r"[a-z_][a-z0-9_]{0,62}")
PASSWORD_HELP = (
    "store.json never keeps a password: remove it from the connection string and let libpq "
    "supply it from PGPASSFILE or ~/.pgpass, the PGPASSWORD environment variable, a service "
    "file (PGSERVICEFILE, service=NAME), or a client certificate (sslcert/sslkey)")
_URL = re.compile(r"postgres(?:ql)?://", re.IGNORECASE)
_PAIR = re.compile(r"\s*([A-Za-z_][A-Za-z0-9_]*)\s*=\s*")


def parse_dsn(dsn: str) -> dict[str, str]:
    """A connection string's parameters (URL or `key=value` form); ValidationError for a
    string libpq would not accept either. The message never repeats the string."""
    if _URL.match(dsn):
        return _parse_url(dsn)
    out: dict[str, str] = {}
    pos = 0
    while pos < len(dsn):
        if dsn[pos:].strip() == "":
            break
        match = _PAIR.match(dsn, pos)
        if match is None:
            raise ValidationError("the connection string is neither a postgresql:// URL nor key=value pairs")
        key, pos = match[1].lower(), match.end()
        value, pos = _value(dsn, pos)
        out[key] = value
    return out


def _value(dsn: str, pos: int) -> tuple[str, int]:
    """One value of the key=value form: single-quoted (backslash escapes) or bare."""
    if pos < len(dsn) and dsn[pos] == "'":
        chars = []
        pos += 1
        while pos < len(dsn):
            ch = dsn[pos]
            if ch == "\\" and pos + 1 < len(dsn):
                chars.append(dsn[pos + 1])
                pos += 2
                continue
            if ch == "'":
                return "".join(chars), pos + 1
            chars.append(ch)
            pos += 1
        raise ValidationError("the connection string has an unterminated quoted value")
    end = pos
    chars = []
    while end < len(dsn) and not dsn[end].isspace():
        if dsn[end] == "\\" and end + 1 < len(dsn):
            end += 1
        chars.append(dsn[end])
        end += 1
    return "".join(chars), end


def _parse_url(dsn: str) -> dict[str, str]:
    try:
        parts = urlsplit(dsn)
        netloc = parts.netloc
        out: dict[str, str] = {}
        if "@" in netloc:
            userinfo, _, hosts = netloc.rpartition("@")
            user, colon, password = userinfo.partition(":")
            if user:
                out["user"] = unquote(user)
            if colon:
                out["password"] = unquote(password)
        else:
            hosts = netloc
        if hosts:
            host, _, port = hosts.rpartition(":") if hosts.count(":") == 1 else (hosts, "", "")
            out["host"] = unquote(host)
            if port:
                out["port"] = port
        if parts.path.strip("/"):
            out["dbname"] = unquote(parts.path.lstrip("/"))
        for key, value in parse_qsl(parts.query, keep_blank_values=True):
            out[key.lower()] = value
    except ValueError:
        raise ValidationError("the connection string is not a valid postgresql:// URL") from None
    return out


def refuse_password(dsn: str) -> dict[str, str]:
    """Parse `dsn` and refuse it (CredentialInConfig, exit 3) if it carries a password."""
    params = parse_dsn(dsn)
    if "password" in params:
        raise CredentialInConfig(f"refusing a connection string that carries a password: {PASSWORD_HELP}")
    return params


def describe(dsn: str) -> str:
    """Where a DSN points, for messages: host, port, database, user (never a password)."""
    try:
        params = parse_dsn(dsn)
    except ValidationError:
        return "the configured server"
    shown = [f"{k}={params[k]}" for k in ("host", "port", "dbname", "user", "service") if params.get(k)]
    return " ".join(shown) if shown else "libpq's default server (PG* environment)"


def new_schema_name() -> str:
    """A schema name for a new store: unique, so stores sharing a database never collide."""
    return f"handoff_{secrets.token_hex(6)}"


def check_schema(name: Any) -> str:
    if not isinstance(name, str) or SCHEMA_PATTERN.fullmatch(name) is None:
        raise ValidationError("the schema name must be lowercase letters, digits and _ (at most 63), "
                              "starting with a letter or _")
    return name


def _seconds(value: Any, what: str) -> float:
    try:
        seconds = float(value)
    except (TypeError, ValueError):
        raise ValidationError(f"the {what} must be a number of seconds") from None
    if not 0 < seconds <= MAX_TIMEOUT:
        raise ValidationError(f"the {what} must be more than 0 and at most {MAX_TIMEOUT:g} seconds")
    return seconds


def new_config(dsn: str | None = None, schema: str | None = None, *,
               connect_timeout: float | None = None, statement_timeout: float | None = None) -> dict[str, Any]:
    """The `postgres` object for a new store's store.json: the DSN (refused if it carries a
    password; else `$HANDOFF_PG_DSN`, else libpq's PG* environment), the schema (else a
    new unique name) and the timeouts."""
    dsn = dsn if dsn is not None else os.environ.get("HANDOFF_PG_DSN", "")
    refuse_password(dsn)
    return {"dsn": dsn, "schema": check_schema(schema) if schema is not None else new_schema_name(),
            "connect_timeout": _seconds(connect_timeout or DEFAULT_CONNECT_TIMEOUT, "connect timeout"),
            "statement_timeout": _seconds(statement_timeout or DEFAULT_STATEMENT_TIMEOUT, "statement timeout")}


def effective(config: Mapping[str, Any]) -> dict[str, Any]:
    """A stored config checked again (store.json is untrusted input), with the timeouts
    this process uses (the environment overrides store.json)."""
    dsn = config.get("dsn", "")
    if not isinstance(dsn, str):
        raise ValidationError("store.json: postgres.dsn must be a string")
    refuse_password(dsn)
    connect = os.environ.get("HANDOFF_PG_CONNECT_TIMEOUT") or config.get("connect_timeout")
    statement = os.environ.get("HANDOFF_PG_STATEMENT_TIMEOUT") or config.get("statement_timeout")
    return {"dsn": dsn, "schema": check_schema(config.get("schema")),
            "connect_timeout": _seconds(connect or DEFAULT_CONNECT_TIMEOUT, "connect timeout"),
            "statement_timeout": _seconds(statement or DEFAULT_STATEMENT_TIMEOUT, "statement timeout")}
