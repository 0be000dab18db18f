"""The event models: what each kind accepts, normalizes and rejects."""

from __future__ import annotations

import contextlib
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from handoff import ValidationError
from handoff.events import validate_data
from handoff.models import KIND_MODELS

from . import strategies as S


@pytest.mark.parametrize(
    ("kind", "data"),
    [
        ("note", {"text": "hello"}),
        ("note", {"text": "x", "next_actions": ["a", "b"]}),
        ("validation", {"command": "pytest", "exit_code": 0}),
        ("pointer", {"repo": "owner/name"}),
        ("pointer", {"repo": "owner/name", "branch": "main", "pr": 3, "issue": 4}),
        ("model_health", {"provider": "anthropic", "model": "claude-x", "status": "ok"}),
        ("config", {"key": "k", "value": "v"}),
        ("runtime", {"component": "proxy", "status": "up"}),
    ],
)
def test_minimal_data_of_each_kind_is_accepted(kind: str, data: dict[str, Any]) -> None:
    out = validate_data(kind, data)
    assert {k: out[k] for k in data} == data


@pytest.mark.parametrize(
    ("kind", "data"),
    [
        ("note", {"text": "x", "prompt": "p"}),  # conversation fields are not part of any model
        ("note", {"text": "x", "messages": []}),
        ("validation", {"command": "x", "exit_code": 0, "output": "log"}),
        ("note", {"text": ""}),
        ("note", {"text": "x" * 8001}),
        ("note", {"text": "nul \x00 byte"}),
        ("note", {"text": "x", "next_actions": ["a"] * 51}),
        ("note", {"text": "x", "next_actions": ["line\nbreak"]}),
        ("validation", {"command": "x", "exit_code": "1"}),  # strict: no coercion
        ("validation", {"command": "x", "exit_code": True}),
        ("validation", {"command": "x", "exit_code": 0, "duration_s": float("nan")}),
        ("validation", {"command": "x", "exit_code": 0, "commit": "not-a-sha"}),
        ("pointer", {"repo": "no-slash"}),
        ("pointer", {"repo": "a/b", "pr": 0}),
        ("pointer", {"repo": "a/b", "branch": "x", "unset": ["branch"]}),
        ("pointer", {"repo": "a/b", "clear": True, "pr": 3}),
        ("pointer", {"repo": "a/b", "state": "draft"}),
        ("model_health", {"provider": "p", "model": "m", "status": "fine"}),
        ("model_health", {"provider": "p", "model": "m", "status": "ok", "reset_at": "soon"}),
        ("model_health", {"provider": "p", "model": "m", "status": "ok",
                          "reset_at": "2026-01-01T00:00:00"}),  # naive time
        ("config", {"key": "k"}),
        ("config", {"key": "k", "value": "v", "unset": True}),
        ("config", {"key": "k", "value": {"nested": "dict"}}),
        ("runtime", {"component": "x", "status": "up", "port": 70000}),
        ("action_done", {"action": "abc"}),
        ("purge", {"event_ids": []}),
    ],
)
def test_bad_data_is_rejected(kind: str, data: dict[str, Any]) -> None:
    with pytest.raises(ValidationError):
        validate_data(kind, data)


def test_unknown_kind_is_rejected() -> None:
    with pytest.raises(ValidationError, match="unknown kind"):
        validate_data("transcript", {"text": "x"})


def test_error_message_never_echoes_the_value() -> None:
    planted = "zq" * 30 + "\x01"
    with pytest.raises(ValidationError) as info:
        validate_data("note", {"text": planted})
    assert planted[:20] not in str(info.value)
    with pytest.raises(ValidationError) as info:
        validate_data("pointer", {"repo": planted})
    assert planted[:20] not in str(info.value)


def test_no_model_has_a_conversation_field() -> None:
    forbidden = {"prompt", "prompts", "messages", "completion", "response", "content",
                 "transcript", "output", "stdout", "stderr", "chat", "system_prompt"}
    for kind, model in KIND_MODELS.items():
        assert not forbidden & set(model.model_fields), kind


def test_validation_derives_passed_from_exit_code() -> None:
    assert validate_data("validation", {"command": "x", "exit_code": 0})["passed"] is True
    assert validate_data("validation", {"command": "x", "exit_code": 2})["passed"] is False
    assert validate_data("validation", {"command": "x", "exit_code": 2, "passed": True})["passed"]


def test_timestamps_are_normalized_to_utc() -> None:
    out = validate_data("model_health", {"provider": "p", "model": "m", "status": "rate_limited",
                                         "reset_at": "2026-01-01T01:00:00+01:00"})
    assert out["reset_at"] == "2026-01-01T00:00:00.000000Z"


@given(S.any_item)
def test_normalization_is_idempotent(item: tuple[str, dict[str, Any]]) -> None:
    kind, data = item
    once = validate_data(kind, data)
    assert validate_data(kind, once) == once


@given(st.dictionaries(st.text(max_size=10), st.text(max_size=10), max_size=4),
       st.sampled_from(sorted(KIND_MODELS)))
def test_arbitrary_dicts_raise_only_validation_error(data: dict[str, str], kind: str) -> None:
    with contextlib.suppress(ValidationError):
        validate_data(kind, data)
