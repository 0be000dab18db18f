"""The event: one envelope around one kind's validated data.

An event is the only thing a store ever writes. Its envelope is assigned by the store
(`v`, `id`, `seq`, `ts`); its `data` is validated against the kind's strict model in
`handoff.models`, through the core schema the models generate (`handoff.validator`),
imported only when something is validated; no command loads pydantic itself.

Facts carry their provenance so a reader can judge whether they still hold: a validation
names the commit it ran on, a rate-limit names its reset time, a note may carry an expiry.
The store never decides staleness itself (latest.json is a pure function of the log);
readers do, against the clock and the repository (see `handoff.freshness`).
"""
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from .kinds import KINDS, SCHEMA_VERSION, WRITABLE_KINDS
from .slotted import Frozen

__all__ = ["KINDS", "SCHEMA_VERSION", "WRITABLE_KINDS", "Event", "format_ts", "parse_ts",
           "validate_data", "validate_scope"]


def format_ts(value: datetime) -> str:
    """RFC 3339 in UTC with microseconds and a `Z`: fixed width, so it sorts as text."""
    if value.tzinfo is None:
        raise ValueError("timestamps must carry a time zone")
    # isoformat is C-fast (strftime with %f is not); in UTC it always ends "+00:00".
    return value.astimezone(UTC).isoformat(timespec="microseconds")[:-6] + "Z"


def parse_ts(value: str) -> datetime:
    return datetime.fromisoformat(value.replace("Z", "+00:00"))


def validate_data(kind: str, data: Mapping[str, Any]) -> dict[str, Any]:
    """Validate one kind's data and return its normalized form (raises ValidationError)."""
    from .validator import validate_data as validate

    return validate(kind, data)


def validate_scope(scope: Mapping[str, Any] | None) -> dict[str, Any]:
    """Validate an event's scope (who wrote it) and return its normalized form."""
    if not scope:
        return {}
    from .validator import validate_scope as validate

    return validate(scope)


class Event(Frozen):
    """One stored event, as read back from a store (immutable, compared by its fields)."""

    __slots__ = ("id", "seq", "ts", "kind", "data", "scope", "v")  # noqa: RUF023 (field order)
    id: str
    seq: int
    ts: str
    kind: str
    data: dict[str, Any]
    scope: dict[str, Any]
    v: int

    def __init__(self, id: str, seq: int, ts: str, kind: str, data: dict[str, Any],
                 scope: dict[str, Any] | None = None, v: int = SCHEMA_VERSION) -> None:
        put = object.__setattr__
        put(self, "id", id)
        put(self, "seq", seq)
        put(self, "ts", ts)
        put(self, "kind", kind)
        put(self, "data", data)
        put(self, "scope", {} if scope is None else scope)
        put(self, "v", v)

    @classmethod
    def from_record(cls, rec: Mapping[str, Any]) -> "Event":
        return cls(
            id=rec["id"],
            seq=rec["seq"],
            ts=rec["ts"],
            kind=rec["kind"],
            data=rec["data"],
            scope=rec.get("scope") or {},
            v=rec["v"],
        )

    def to_record(self) -> dict[str, Any]:
        """The envelope as written to the log, in its fixed key order."""
        return {
            "v": self.v,
            "id": self.id,
            "seq": self.seq,
            "ts": self.ts,
            "kind": self.kind,
            "scope": self.scope,
            "data": self.data,
        }

    @property
    def time(self) -> datetime:
        return parse_ts(self.ts)
