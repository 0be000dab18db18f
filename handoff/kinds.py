"""The event kinds and what a stored record must look like, without pydantic.

Readers (the fold, the backends, doctor, scan) all decide "is this line an event?" with
the same predicate, `is_envelope`, so a line one of them skips is a line all of them
skip. It checks the envelope and every field of the kind's data against the types the
models give them (`FIELDS`, checked against `handoff.models` by tests/test_kinds.py), so
a line that parses as JSON but would crash a reader (a `pointer` without `repo`, a
`note` whose text is a number, a `v` from a newer version) is unreadable like a torn
one: skipped, reported, quarantined by `doctor --fix`, never fatal.

It lives apart from `handoff.events` so that reading a log never imports the models.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime
from typing import Any

SCHEMA_VERSION = 1
"""Version of the envelope and of every kind's model. Bumped on any incompatible change."""

KINDS = ("pointer", "validation", "runtime", "note", "action_done", "model_health", "config", "purge",
         "compact")
_KIND_SET = frozenset(KINDS)
WRITABLE_KINDS = tuple(k for k in KINDS if k not in ("purge", "compact"))
"""`purge` tombstones are written by `Store.purge` only, `compact` ones by `handoff compact`."""
COMPACTED_KINDS = ("pointer", "validation", "runtime", "note", "action_done", "model_health", "config",
                   "compact")
"""The kinds a compaction may remove (never a purge tombstone); its tombstone counts each."""

Check = Callable[[Any], bool]


def _str(v: Any) -> bool:
    return type(v) is str


def _int(v: Any) -> bool:
    return type(v) is int


def _num(v: Any) -> bool:
    return type(v) is int or type(v) is float


def _bool(v: Any) -> bool:
    return type(v) is bool


def _scalar(v: Any) -> bool:
    return type(v) in (str, int, float, bool)


def _strs(v: Any) -> bool:
    if type(v) is not list:
        return False
    for x in v:  # noqa: SIM110 - a loop, not all(<generator>): it runs for every stored list
        if type(x) is not str:
            return False
    return True


def is_timestamp(v: Any) -> bool:
    """A timestamp as the store writes it: RFC 3339 UTC with microseconds and a `Z`."""
    if type(v) is not str or len(v) != 27 or v[-1] != "Z" or v[10] != "T":
        return False
    try:
        datetime.fromisoformat(v[:-1])
    except ValueError:
        return False
    return True


def _one_of(*values: str) -> Check:
    allowed = frozenset(values)
    return lambda v: type(v) is str and v in allowed


def _all_of(*values: str) -> Check:
    allowed = frozenset(values)
    return lambda v: type(v) is list and all(type(x) is str and x in allowed for x in v)


def _matching(pattern: str) -> Check:
    match = re.compile(pattern).fullmatch
    return lambda v: type(v) is str and match(v) is not None


ACTION_ID = r"[1-9][0-9]{0,15}(\.[1-9][0-9]{0,3})?"
"""A next action (`42.1`) or a whole note (`42`); the fold parses it, so it is checked."""
RUNTIME_STATUSES = ("up", "running", "starting", "degraded", "down", "stopped", "error", "unknown")
HEALTH_STATUSES = ("ok", "degraded", "down", "rate_limited")
USAGE_COUNTS = ("requests", "errors", "errors_rate_limit", "errors_timeout", "errors_network",
                "errors_http_5xx", "errors_http_4xx", "errors_unknown", "rate_limited",
                "latency_p50_ms", "latency_p90_ms", "latency_p99_ms", "latency_max_ms",
                "prompt_tokens", "completion_tokens", "total_tokens")
"""The counts a usage summary adds to `model_health` (`handoff import usage`)."""
POINTER_FIELDS = ("fork", "branch", "base", "pr", "pr_url", "issue", "issue_url", "title", "state")

FIELDS: dict[str, tuple[frozenset[str], dict[str, Check]]] = {
    # kind: (required fields, {field: check}); a field not listed makes the record unreadable
    "pointer": (frozenset({"repo"}), {
        "repo": _str, "fork": _str, "branch": _str, "base": _str, "pr": _int, "pr_url": _str,
        "issue": _int, "issue_url": _str, "title": _str, "state": _one_of("open", "merged", "closed"),
        "unset": _all_of(*POINTER_FIELDS), "clear": _bool,
    }),
    "validation": (frozenset({"command", "exit_code"}), {
        "command": _str, "exit_code": _int, "passed": _bool, "duration_s": _num, "summary": _str,
        "commit": _str, "branch": _str, "repo": _str, "cwd": _str,
    }),
    "runtime": (frozenset({"component", "status"}), {
        "component": _str, "status": _one_of(*RUNTIME_STATUSES), "version": _str, "port": _int,
        "url": _str, "detail": _str, "clear": _bool,
    }),
    "note": (frozenset({"text"}), {
        "text": _str, "next_actions": _strs, "expires_at": is_timestamp, "tags": _strs,
    }),
    "action_done": (frozenset({"action"}), {"action": _matching(ACTION_ID), "summary": _str}),
    "model_health": (frozenset({"provider", "model", "status"}), {
        "provider": _str, "model": _str, "status": _one_of(*HEALTH_STATUSES), "error_class": _str,
        "rate_limit_remaining": _int, "rate_limit_limit": _int, "reset_at": is_timestamp,
        "retry_after_s": _num, "checked_at": is_timestamp, "detail": _str,
        "period_start": is_timestamp, "period_end": is_timestamp,
        **dict.fromkeys(USAGE_COUNTS, _int),
    }),
    "config": (frozenset({"key"}), {"key": _str, "value": _scalar, "source": _str, "unset": _bool}),
    "purge": (frozenset({"event_ids"}), {"event_ids": _strs, "reason": _str}),
    "compact": (frozenset({"removed", "before"}), {
        "removed": _int, "before": is_timestamp, "keep_days": _int, "through_seq": _int,
        **{f"removed_{k}": _int for k in COMPACTED_KINDS},
    }),
}
SCOPE_FIELDS = frozenset({"project", "agent", "session"})


def _valid_data(kind: str, data: dict[str, Any]) -> bool:
    required, fields = FIELDS[kind]
    if not required <= data.keys():
        return False
    for name, value in data.items():
        check = fields.get(name)
        if check is None or not check(value):
            return False
    if kind == "config":  # a value, or unset: the fold relies on one of the two
        return ("value" in data) != bool(data.get("unset"))
    return True


def is_envelope(rec: Any) -> bool:
    """True if a parsed line is an event this version can read: envelope and data."""
    if type(rec) is not dict:
        return False
    v = rec.get("v")
    seq = rec.get("seq")
    scope = rec.get("scope", {})
    data = rec.get("data")
    kind = rec.get("kind")
    if not (
        type(v) is int and 1 <= v <= SCHEMA_VERSION
        and type(seq) is int and seq >= 1
        and type(rec.get("id")) is str
        and kind in _KIND_SET
        and type(data) is dict
        and type(scope) is dict
        and is_timestamp(rec.get("ts"))
    ):
        return False
    for key, value in scope.items():  # usually empty
        if key not in SCOPE_FIELDS or type(value) is not str:
            return False
    return _valid_data(kind, data)
