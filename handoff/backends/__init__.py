"""The backend registry: every place a store's events can live, by name.

`store.json` names the backend; `open_store(backend=...)` picks one for a new store;
`handoff promote --to NAME` moves a store between them. Backends are imported on first
use, so a JSONL store never loads `sqlite3`.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from ..errors import ValidationError

if TYPE_CHECKING:
    from ..files import StoreDir
    from .base import Backend, Durability

REGISTRY: dict[str, str] = {
    "jsonl": "handoff.backends.jsonl:JsonlBackend",
    "sqlite": "handoff.backends.sqlite:SqliteBackend",
}
NAMES = tuple(REGISTRY)


def backend_class(name: str) -> type[Backend]:
    """The class registered as `name` (ValidationError for a name that is not)."""
    target = REGISTRY.get(name)
    if target is None:
        raise ValidationError(f"unknown backend; backends are: {', '.join(NAMES)}")
    module, _, attr = target.partition(":")
    cls: type[Backend] = getattr(importlib.import_module(module), attr)
    return cls


def make_backend(name: str, directory: StoreDir, durability: Durability) -> Backend:
    return backend_class(name)(directory, durability=durability)
