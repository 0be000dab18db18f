"""JSON Schemas of the files handoff writes, generated from the models.

`schemas/` holds their committed output (`handoff schema` writes it; a test fails when
it drifts). They are how a Node tool or a Rust helper validates the same files without
Python: the envelope of a log line, each kind's `data`, and latest.json.

The latest.json models below exist for the schema and for tests that check real
latest.json files against it; the store itself folds plain dicts (see `handoff.state`).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import orjson
from pydantic import BaseModel, ConfigDict, Field

from .models import KIND_MODELS, Envelope, Scope


class Provenance(BaseModel):
    model_config = ConfigDict(extra="allow")
    seq: int
    id: str
    ts: str
    scope: Scope | None = None


class Action(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str
    text: str
    done: bool
    done_seq: int | None = None
    summary: str | None = None


class OpenNote(Provenance):
    text: str
    actions: list[Action]
    expires_at: str | None = None
    tags: list[str] | None = None


class ConfigFact(Provenance):
    value: str | int | float | bool
    source: str | None = None


class Meta(BaseModel):
    model_config = ConfigDict(extra="forbid")
    schema_version: int
    last_seq: int
    last_event_id: str | None
    last_ts: str | None
    events_total: int
    event_counts: dict[str, int]
    skipped_lines: int
    purged_events: int
    notes_dropped: int = Field(description=(
        "Open notes pushed out of `notes` by newer ones (it keeps the newest 100, each with "
        "all its next actions); they stay in the log but can no longer be marked done."))
    position: int


class Latest(BaseModel):
    """latest.json: the materialized current state (a pure function of the log)."""

    model_config = ConfigDict(extra="forbid", title="latest.json")
    meta: Meta
    active_repo: str | None
    pointers: dict[str, Provenance]
    validations: dict[str, Provenance]
    last_validation: Provenance | None
    runtime: dict[str, Provenance]
    notes: list[OpenNote] = Field(description=(
        "Open notes in seq order, the newest 100 at most, each with all its next actions "
        "(done ones marked); `meta.notes_dropped` counts the older open notes left out."))
    model_health: dict[str, Provenance]
    config: dict[str, ConfigFact]


def _dump(schema: dict[str, Any]) -> bytes:
    return orjson.dumps(schema, option=orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS) + b"\n"


def generate() -> dict[str, bytes]:
    """File name -> schema bytes, deterministic so a drift test can compare them."""
    out = {"envelope.schema.json": _dump(Envelope.model_json_schema()),
           "latest.schema.json": _dump(Latest.model_json_schema())}
    for kind, model in KIND_MODELS.items():
        schema = model.model_json_schema()
        schema["title"] = f"{kind} data"
        out[f"{kind}.schema.json"] = _dump(schema)
    return out


# -- the core schema of the write path (handoff/core_schemas.py) -------------------------

CORE_SCHEMAS_FILE = Path(__file__).with_name("core_schemas.py")

_AFTER_CHECKS = {"PointerData": "pointer_consistent", "ValidationData": "derive_passed",
                 "ConfigData": "value_or_unset"}
"""A model's `model_validator(mode="after")` and the `handoff.checks` function it calls:
the fast validator runs that function on the validated dict."""

_DROPPED = frozenset({"metadata", "ref", "serialization"})


class _Ref:
    """A function of `handoff.checks`, written into the generated source by name."""

    def __init__(self, name: str) -> None:
        self.name = name

    def __repr__(self) -> str:
        return f"checks.{self.name}"


def _plain(schema: Any) -> Any:
    """A model's core schema with the model classes taken out: each model becomes a
    typed dict with the same fields and config, each function a `checks` reference.

    Fails on anything it does not know, so a new kind of validator in the models cannot
    slip past the fast path silently."""
    from . import checks

    if isinstance(schema, list):
        return [_plain(s) for s in schema]
    if callable(schema):
        name = getattr(schema, "__name__", "")
        if getattr(schema, "__module__", "") != checks.__name__ or getattr(checks, name, None) is not schema:
            raise ValueError(f"core schema calls {schema!r}: move it to handoff.checks")
        return _Ref(name)
    if not isinstance(schema, dict):
        if schema is None or isinstance(schema, str | int | float | bool):
            return schema
        raise ValueError(f"core schema holds {type(schema).__name__}, which source code cannot")
    kind = schema.get("type")
    if kind == "function-after" and schema["schema"].get("type") == "model":
        model = schema["schema"]["cls"].__name__
        if model not in _AFTER_CHECKS:
            raise ValueError(f"{model} has an after-validator without a checks function")
        return {"type": "function-after", "function": {"type": "no-info", "function": _Ref(_AFTER_CHECKS[model])},
                "schema": _plain(schema["schema"])}
    if kind == "model":
        fields = schema["schema"]["fields"]
        config = {k: v for k, v in schema.get("config", {}).items() if k in ("strict", "extra_fields_behavior")}
        return {
            "type": "typed-dict",
            "fields": {name: {"type": "typed-dict-field", "schema": _plain(f["schema"]),
                              "required": f["schema"]["type"] != "default"}
                       for name, f in fields.items()},
            "extra_behavior": config.get("extra_fields_behavior", "ignore"),
            "config": config,
        }
    return {k: _plain(v) for k, v in schema.items() if k not in _DROPPED}


def _defaults(schema: dict[str, Any]) -> dict[str, Any]:
    """Each optional field's default: `dump` leaves these out, as model_dump(exclude_defaults)."""
    while schema["type"] != "typed-dict":
        schema = schema["schema"]
    return {name: f["schema"]["default"] for name, f in schema["fields"].items() if f["schema"]["type"] == "default"}


def core_schemas_source() -> str:
    """handoff/core_schemas.py as it must read, generated from the models (deterministic)."""
    import pprint

    schemas: dict[str, Any] = {}
    models: dict[str, type[BaseModel]] = {**KIND_MODELS, "scope": Scope}
    for kind, model in models.items():
        model.model_rebuild(force=True)
        schemas[kind] = _plain(model.__pydantic_core_schema__)
    defaults = {kind: _defaults(s) for kind, s in schemas.items()}

    def literal(obj: Any) -> str:
        return pprint.pformat(obj, width=110, sort_dicts=False)

    return (
        '"""The core schema of every kind\'s data and of the scope, generated from `handoff.models`.\n\n'
        "Do not edit: `make schemas` (`python -m handoff.schemas`) writes it, and\n"
        "tests/test_validator_equivalence.py fails when it drifts from the models. `handoff.validator`\n"
        "builds its pydantic-core validators from it, so a write never imports pydantic.\n"
        '"""\n\n'
        "# ruff: noqa: E501  (generated: nested literals, no line wrapping)\n\n"
        "from typing import Any\n\n"
        "from . import checks\n\n"
        f"SCHEMAS: dict[str, Any] = {literal(schemas)}\n\n"
        f"DEFAULTS: dict[str, dict[str, Any]] = {literal(defaults)}\n"
    )


def main(argv: list[str] | None = None) -> int:
    """`python -m handoff.schemas [--check]`: write (or check) handoff/core_schemas.py."""
    import sys

    args = sys.argv[1:] if argv is None else argv
    source = core_schemas_source().encode()
    if "--check" in args:
        if not CORE_SCHEMAS_FILE.exists() or CORE_SCHEMAS_FILE.read_bytes() != source:
            print(f"{CORE_SCHEMAS_FILE} differs from the models: run `make schemas`", file=sys.stderr)
            return 1
        return 0
    CORE_SCHEMAS_FILE.write_bytes(source)
    print(f"wrote {CORE_SCHEMAS_FILE}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
