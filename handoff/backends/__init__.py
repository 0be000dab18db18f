"""The backend registry: every place a store's events can live, by name.

`store.json` names the backend; `open_store(backend=...)` picks one for a new store;
`handoff promote --to NAME` moves a store between them. Backends are imported on first
use, so a JSONL store never loads `sqlite3` (nor a SQLite store psycopg).

A backend listed in `CONFIGURED` takes settings (a PostgreSQL store's DSN and schema):
they live in store.json under the backend's name and reach it through `make_backend`;
`new_config` checks them for a new store without importing the backend.
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ..errors import ValidationError

if TYPE_CHECKING:
    from ..files import StoreDir
    from .base import Backend, Durability

REGISTRY: dict[str, str] = {
    "jsonl": "handoff.backends.jsonl:JsonlBackend",
    "sqlite": "handoff.backends.sqlite:SqliteBackend",
    "postgres": "handoff.backends.postgres:PostgresBackend",
}
CONFIGURED = ("postgres",)
"""Backends whose settings store.json keeps (under the backend's name)."""
NAMES = tuple(REGISTRY)


def backend_class(name: str) -> type[Backend]:
    """The class registered as `name` (ValidationError for a name that is not)."""
    target = REGISTRY.get(name)
    if target is None:
        raise ValidationError(f"unknown backend; backends are: {', '.join(NAMES)}")
    module, _, attr = target.partition(":")
    cls: type[Backend] = getattr(importlib.import_module(module), attr)
    return cls


def make_backend(name: str, directory: StoreDir, durability: Durability,
                 config: Mapping[str, Any] | None = None) -> Backend:
    """A backend on `directory`; a configured one gets `config` (else reads store.json)."""
    cls = backend_class(name)
    if name in CONFIGURED:
        return cls(directory, durability=durability, config=config)  # type: ignore[call-arg]
    return cls(directory, durability=durability)


def new_config(name: str, given: Mapping[str, Any] | None) -> dict[str, Any] | None:
    """The settings a new store on `name` keeps in store.json (None for a backend without
    any); refuses settings a backend does not take, and a DSN with a password."""
    if name == "postgres":
        from .postgres_config import new_config as postgres_config

        return postgres_config(**(given or {}))
    if given:
        raise ValidationError(f"the {name} backend takes no settings (--dsn is for postgres)")
    return None
