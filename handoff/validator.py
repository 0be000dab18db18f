"""The write path's validator: pydantic-core, without pydantic's model classes.

`handoff.models` stays the source of truth; `handoff/core_schemas.py` is the core schema
those models generate (`python -m handoff.schemas`), with each model turned into a typed
dict and each Python check a function of `handoff.checks`. This module builds one
pydantic-core `SchemaValidator` per kind from it, on first use. It accepts and rejects
exactly what the models do, returns the same cleaned data and names the same error
locations (tests/test_validator_equivalence.py), and costs a fraction to load: importing
pydantic's `BaseModel` is the baseline a CLI call is measured against, and the models add
more on top of it (see docs/design.md, "CLI start-up").

pydantic-core's package `__init__` imports its typing-only `core_schema` module and
`typing_extensions`, most of the package's import time, none of which a validator needs.
So the compiled module `pydantic_core._pydantic_core` is loaded on its own from the
package's directory (found, never imported: the package's `__init__` stays unrun). If
pydantic-core is already imported, or the compiled module cannot be found that way, the
ordinary import is used. If the installed pydantic-core cannot build a validator from the
committed schema (a version far from the one it was generated with), that kind falls
back to the models themselves.
"""

from __future__ import annotations

import sys
from collections.abc import Mapping
from datetime import datetime
from types import ModuleType
from typing import Any

from .checks import describe
from .core_schemas import DEFAULTS, SCHEMAS
from .errors import ValidationError
from .events import format_ts
from .kinds import WRITABLE_KINDS

_CORE = "pydantic_core._pydantic_core"


def _load_core() -> ModuleType:
    """The compiled pydantic-core module, without running its package's `__init__`."""
    loaded = sys.modules.get(_CORE)
    if loaded is not None:
        return loaded
    if "pydantic_core" not in sys.modules:
        from importlib.machinery import PathFinder
        from importlib.util import module_from_spec

        package = PathFinder.find_spec("pydantic_core")
        where = package.submodule_search_locations if package is not None else None
        spec = PathFinder.find_spec(_CORE, list(where)) if where else None
        if spec is not None and spec.loader is not None:
            module = module_from_spec(spec)
            sys.modules[_CORE] = module
            try:
                spec.loader.exec_module(module)
            except BaseException:
                del sys.modules[_CORE]
                raise
            return module
    import pydantic_core._pydantic_core as module  # the ordinary way: runs the package's __init__

    return module


_core: ModuleType | None = None
_validators: dict[str, Any] = {}


def _validator(kind: str) -> Any:
    """The kind's SchemaValidator (or "scope"'s), built once per process; None if this
    pydantic-core cannot build it (an older or newer one than the schema was generated
    with), and then the models validate instead: slower, never different."""
    global _core
    if kind not in _validators:
        if _core is None:
            _core = _load_core()
        try:
            _validators[kind] = _core.SchemaValidator(SCHEMAS[kind])
        except Exception:  # pydantic-core's SchemaError: a schema this version does not read
            _validators[kind] = None
    return _validators[kind]


def _dump(values: dict[str, Any], defaults: dict[str, Any]) -> dict[str, Any]:
    """The normalized, JSON-ready form: what `model_dump(exclude_none=True,
    exclude_defaults=True)` gives for the model, with times as the store writes them."""
    out = {}
    for key, value in values.items():
        if value is None or (key in defaults and value == defaults[key]):
            continue
        out[key] = format_ts(value) if isinstance(value, datetime) else value
    return out


def _checked(kind: str, where: str, data: Mapping[str, Any]) -> dict[str, Any]:
    validator = _validator(kind)
    if validator is None:
        from . import models

        return models.validate_scope(data) if kind == "scope" else models.validate_data(kind, data)
    try:
        values = validator.validate_python(dict(data))
    except _core.ValidationError as err:  # type: ignore[union-attr]  # set by _validator
        raise ValidationError(describe(err.errors(include_input=False, include_url=False), where)) from None
    return _dump(values, DEFAULTS[kind])


def validate_data(kind: str, data: Mapping[str, Any]) -> dict[str, Any]:
    """Validate one kind's data and return its normalized form (raises ValidationError)."""
    if kind == "scope" or kind not in SCHEMAS:
        raise ValidationError(f"unknown kind {kind[:40]!r}; kinds are: {', '.join(WRITABLE_KINDS)}")
    if not isinstance(data, Mapping):
        raise ValidationError(f"{kind}: data must be an object")
    return _checked(kind, kind, data)


def validate_scope(scope: Mapping[str, Any] | None) -> dict[str, Any]:
    """Validate an event's scope (who wrote it) and return its normalized form."""
    if not scope:
        return {}
    if not isinstance(scope, Mapping):
        raise ValidationError("scope must be an object")
    return _checked("scope", "scope", scope)
