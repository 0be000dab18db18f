"""The event kinds and the envelope's shape, without pydantic.

Readers (the fold, the backends, doctor) all decide "is this line an event?" with the
same cheap predicate, so a line one of them skips is a line all of them skip. It lives
apart from `handoff.events` so that reading a log never imports the models.
"""

from __future__ import annotations

from typing import Any

SCHEMA_VERSION = 1
"""Version of the envelope and of every kind's model. Bumped on any incompatible change."""

KINDS = ("pointer", "validation", "runtime", "note", "action_done", "model_health", "config", "purge")
_KIND_SET = frozenset(KINDS)
WRITABLE_KINDS = tuple(k for k in KINDS if k != "purge")
"""`purge` tombstones are written by `Store.purge` only."""


def is_envelope(rec: Any) -> bool:
    """True if a parsed line has the envelope's shape and a known kind."""
    return (
        type(rec) is dict
        and type(rec.get("seq")) is int
        and type(rec.get("id")) is str
        and type(rec.get("ts")) is str
        and type(rec.get("data")) is dict
        and rec.get("kind") in _KIND_SET
    )
