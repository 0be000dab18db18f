"""JSON Schemas of the files handoff writes, generated from the models.

`schemas/` holds their committed output (`handoff schema` writes it; a test fails when
it drifts). They are how a Node tool or a Rust helper validates the same files without
Python: the envelope of a log line, each kind's `data`, and latest.json.

The latest.json models below exist for the schema and for tests that check real
latest.json files against it; the store itself folds plain dicts (see `handoff.state`).
"""

from __future__ import annotations

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
