"""The readers' field table (`handoff.kinds.FIELDS`) against the models.

Readers decide whether a stored line is an event without pydantic, from a table of
field types. It must accept every field the models can write, with the type the models
give it, and require what the models require: otherwise a valid event would be skipped
as unreadable, or a line that crashes the fold would be read.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from handoff.kinds import FIELDS, KINDS, is_envelope
from handoff.models import KIND_MODELS

_PROBES: dict[str, list[Any]] = {
    "string": ["x"], "integer": [3], "number": [1.5], "boolean": [True],
    "array": [["a"]], "null": [],
}


def _json_types(prop: dict[str, Any]) -> set[str]:
    options = prop.get("anyOf", [prop])
    return {o["type"] for o in options if "type" in o} - {"null"}


@pytest.mark.parametrize("kind", KINDS)
def test_the_field_table_names_the_models_fields_and_required_set(kind: str) -> None:
    schema = KIND_MODELS[kind].model_json_schema()
    required, fields = FIELDS[kind]
    assert set(fields) == set(schema["properties"])
    assert required == set(schema.get("required", []))


@pytest.mark.parametrize("kind", KINDS)
def test_each_field_check_takes_the_models_type_and_no_other(kind: str) -> None:
    schema = KIND_MODELS[kind].model_json_schema()
    _, fields = FIELDS[kind]
    for name, prop in schema["properties"].items():
        wanted = _json_types(prop)
        for json_type, probes in _PROBES.items():
            for probe in probes:
                accepted = fields[name](probe)
                if json_type not in wanted and not (json_type == "integer" and "number" in wanted):
                    assert not accepted, f"{kind}.{name} accepts a {json_type}"


def _record(kind: str, data: dict[str, Any]) -> dict[str, Any]:
    return {"v": 1, "id": "0190a0b1-0000-7000-8000-000000000001", "seq": 1,
            "ts": "2026-01-01T00:00:00.000000Z", "kind": kind, "scope": {}, "data": data}


VALID = [
    ("pointer", {"repo": "acme/app", "branch": "main", "pr": 3, "unset": ["fork"]}),
    ("validation", {"command": "pytest", "exit_code": 0, "passed": True, "duration_s": 1.5}),
    ("runtime", {"component": "db", "status": "up", "port": 5432}),
    ("note", {"text": "hi", "next_actions": ["a"], "expires_at": "2026-01-02T00:00:00.000000Z"}),
    ("action_done", {"action": "4.1"}),
    ("model_health", {"provider": "p", "model": "m", "status": "rate_limited",
                      "reset_at": "2026-01-02T00:00:00.000000Z"}),
    ("config", {"key": "k", "value": 1.5}),
    ("config", {"key": "k", "unset": True}),
    ("purge", {"event_ids": ["0190a0b1-0000-7000-8000-000000000009"]}),
]


@pytest.mark.parametrize(("kind", "data"), VALID)
def test_what_the_models_write_the_readers_read(kind: str, data: dict[str, Any]) -> None:
    from handoff.models import validate_data

    assert is_envelope(_record(kind, validate_data(kind, data) if kind != "purge" else data))


@pytest.mark.parametrize(("kind", "data", "why"), [
    ("pointer", {"branch": "main"}, "no repo"),
    ("action_done", {"action": 4}, "action is an integer"),
    ("action_done", {"action": "x.y"}, "action the fold cannot parse"),
    ("note", {"text": 5}, "text is a number"),
    ("note", {"text": "x", "tags": "a"}, "tags not a list"),
    ("note", {"text": "x", "expires_at": "soon"}, "not a timestamp"),
    ("runtime", {"component": "db", "status": "sideways"}, "unknown status"),
    ("config", {"key": "k"}, "neither value nor unset"),
    ("config", {"key": "k", "value": {"a": 1}}, "value not a scalar"),
    ("note", {"text": "x", "surprise": 1}, "unknown field"),
])
def test_a_line_a_reader_would_crash_on_is_not_an_event(kind: str, data: dict[str, Any], why: str) -> None:
    assert not is_envelope(_record(kind, data)), why


@pytest.mark.parametrize(("key", "value"), [
    ("v", 2), ("v", 0), ("v", "1"), ("seq", 0), ("seq", 1.0), ("seq", True), ("seq", "1"),
    ("ts", "2026-13-01T00:00:00.000000Z"), ("ts", "yesterday"), ("ts", 5), ("kind", "chat"),
    ("id", 7), ("scope", []), ("scope", {"agent": 3}), ("scope", {"prompt": "x"}), ("data", []),
])
def test_a_bad_envelope_is_not_an_event(key: str, value: Any) -> None:
    rec = _record("note", {"text": "x"})
    rec[key] = value
    assert not is_envelope(rec)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=6), children, max_size=3),
    max_leaves=8,
)


@settings(max_examples=300, deadline=None)
@given(kind=st.sampled_from(KINDS), data=st.dictionaries(
    st.sampled_from(sorted({f for _, fs in FIELDS.values() for f in fs})), json_values, max_size=5))
def test_whatever_is_read_as_an_event_folds_and_renders(kind: str, data: dict[str, Any]) -> None:
    """Any record the readers accept goes through the fold and the renderers."""
    from handoff import freshness, render, state

    rec = _record(kind, data)
    if not is_envelope(rec):
        return
    s = state.empty_state()
    if kind == "action_done":
        state.fold(s, _record("note", {"text": "n", "next_actions": ["a"]}))
        rec["seq"] = 2
    state.fold(s, rec)
    view = freshness.assess(s)
    render.text(s, view)
    render.markdown(s, view)
