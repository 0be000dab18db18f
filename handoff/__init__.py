"""handoff: a local, durable, privacy-safe state store for coding agents.

    >>> import handoff
    >>> store = handoff.open_store("/tmp/demo-store")
    >>> store.append("note", {"text": "CI is green on main", "next_actions": ["open the PR"]})

The store module (and pydantic with it) is imported on first use, so `import handoff`
stays cheap for tools that only need the errors.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .errors import (
    CorruptStoreError,
    Finding,
    HandoffError,
    LockTimeout,
    NotFound,
    PrivacyError,
    SchemaVersionError,
    StoreNotFound,
    ValidationError,
)

if TYPE_CHECKING:
    from .events import Event
    from .store import Store, open_store

__version__ = "0.1.0"

__all__ = [
    "CorruptStoreError",
    "Event",
    "Finding",
    "HandoffError",
    "LockTimeout",
    "NotFound",
    "PrivacyError",
    "SchemaVersionError",
    "Store",
    "StoreNotFound",
    "ValidationError",
    "open_store",
]


def __getattr__(name: str) -> Any:
    if name in ("Store", "open_store"):
        from . import store

        return getattr(store, name)
    if name == "Event":
        from .events import Event

        return Event
    raise AttributeError(f"module 'handoff' has no attribute {name!r}")
