"""The pydantic models behind every event: one strict model per kind, plus the scope.

The models are the source of truth: for the JSON Schemas in schemas/, for the docs, and
for the core schema that `handoff.validator` checks writes with (`handoff/core_schemas.py`,
generated from these models by `handoff.schemas`), so that no command of the CLI imports
pydantic at all. Models are built lazily (`defer_build=True`). What cannot be said as
schema data (control characters, checks across fields) is a plain function in
`handoff.checks`, which both validators call.

Every kind's model forbids unknown fields, bounds every string and has no free-form
dict, so there is no field in which a prompt, a model response or a file's content could
ride along unnoticed; the privacy filter (`handoff.privacy`) then scans every string
value that is left. Errors name the failing fields, never the values.
"""

from collections.abc import Mapping
from datetime import datetime
from typing import Annotated, Any, Literal, Self

from pydantic import (
    AfterValidator,
    AwareDatetime,
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    model_validator,
)
from pydantic import ValidationError as PydanticValidationError

from .checks import derive_passed, describe, no_control_chars, pointer_consistent, single_line, value_or_unset
from .errors import ValidationError
from .events import format_ts
from .kinds import KINDS, WRITABLE_KINDS


def _text(max_length: int) -> Any:
    return Annotated[
        str, StringConstraints(min_length=1, max_length=max_length), AfterValidator(no_control_chars)
    ]


def _line(max_length: int) -> Any:
    return Annotated[
        str, StringConstraints(min_length=1, max_length=max_length), AfterValidator(single_line)
    ]


Name = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9][A-Za-z0-9._:/@+-]{0,99}$")]
Repo = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9][A-Za-z0-9._-]{0,99}/[A-Za-z0-9._-]{1,100}$")]
Branch = Annotated[str, StringConstraints(pattern=r"^[^\s~^:?*\[\\\x00-\x1f\x7f]{1,250}$")]
Commit = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{7,64}$")]
Url = Annotated[str, StringConstraints(pattern=r"^https?://[^\s]{1,2000}$")]
ActionId = Annotated[str, StringConstraints(pattern=r"^[1-9][0-9]{0,15}(\.[1-9][0-9]{0,3})?$")]
Count = Annotated[int, Field(ge=0, le=2**53)]
Seconds = Annotated[float, Field(ge=0, le=10**9, allow_inf_nan=False)]
Timestamp = Annotated[AwareDatetime, Field(strict=False)]


class _Data(BaseModel):
    """Base of every kind's data: strict, closed, lazily built."""

    model_config = ConfigDict(
        extra="forbid",
        strict=True,
        defer_build=True,
        frozen=True,
        ser_json_inf_nan="null",
    )

    def dump(self) -> dict[str, Any]:
        """The normalized, JSON-ready form that is written to the log."""
        out = self.model_dump(mode="python", exclude_none=True, exclude_defaults=True)
        for key, value in out.items():
            if isinstance(value, datetime):
                out[key] = format_ts(value)
        return out


PointerField = Literal["fork", "branch", "base", "pr", "pr_url", "issue", "issue_url", "title", "state"]


class PointerData(_Data):
    """Where work is happening: the active repository, fork, branch, PR and issue.

    Fields given are set; fields named in `unset` are removed; `clear` drops the whole
    pointer for `repo`. The repository of the newest pointer event is the active one.
    """

    repo: Repo
    fork: Repo | None = None
    branch: Branch | None = None
    base: Branch | None = None
    pr: Annotated[int, Field(ge=1, le=10**9)] | None = None
    pr_url: Url | None = None
    issue: Annotated[int, Field(ge=1, le=10**9)] | None = None
    issue_url: Url | None = None
    title: _line(300) | None = None  # type: ignore[valid-type]
    state: Literal["open", "merged", "closed"] | None = None
    unset: list[PointerField] = []
    clear: bool = False

    @model_validator(mode="after")
    def _consistent(self) -> Self:
        pointer_consistent(self.__dict__)
        return self


class ValidationData(_Data):
    """One run of a validation command: what ran, on which commit, and how it ended.

    Never the command's output: a short summary line ("212 passed, 3 skipped") at most.
    """

    command: _text(2000)  # type: ignore[valid-type]
    exit_code: Annotated[int, Field(ge=-255, le=255)]
    passed: bool | None = None
    duration_s: Seconds | None = None
    summary: _line(300) | None = None  # type: ignore[valid-type]
    commit: Commit | None = None
    branch: Branch | None = None
    repo: Repo | None = None
    cwd: _line(1000) | None = None  # type: ignore[valid-type]

    @model_validator(mode="after")
    def _derive_passed(self) -> Self:
        derive_passed(self.__dict__)  # in place: the model is frozen to its callers only
        return self


RuntimeStatus = Literal["up", "running", "starting", "degraded", "down", "stopped", "error", "unknown"]


class RuntimeData(_Data):
    """The state of one component the work depends on (a dev server, a proxy, a daemon)."""

    component: Name
    status: RuntimeStatus
    version: _line(100) | None = None  # type: ignore[valid-type]
    port: Annotated[int, Field(ge=1, le=65535)] | None = None
    url: Url | None = None
    detail: _line(500) | None = None  # type: ignore[valid-type]
    clear: bool = False


class NoteData(_Data):
    """A handoff note for the next session, with next actions that can be resolved later.

    Each next action gets the stable id `<note seq>.<position>` (e.g. `42.1`); an
    `action_done` event naming that id resolves it, or naming `42` closes the whole note.
    """

    text: _text(8000)  # type: ignore[valid-type]
    next_actions: Annotated[list[_line(500)], Field(max_length=50)] = []  # type: ignore[valid-type]
    expires_at: Timestamp | None = None
    tags: Annotated[list[Name], Field(max_length=10)] = []


class ActionDoneData(_Data):
    """Resolves a next action (`42.1`) or closes a whole note (`42`)."""

    action: ActionId
    summary: _line(500) | None = None  # type: ignore[valid-type]


class ModelHealthData(_Data):
    """Health of one provider/model pair as last observed, with its rate-limit window."""

    provider: Name
    model: Name
    status: Literal["ok", "degraded", "down", "rate_limited"]
    error_class: _line(100) | None = None  # type: ignore[valid-type]
    rate_limit_remaining: Count | None = None
    rate_limit_limit: Count | None = None
    reset_at: Timestamp | None = None
    retry_after_s: Seconds | None = None
    checked_at: Timestamp | None = None
    detail: _line(300) | None = None  # type: ignore[valid-type]
    # A usage summary (`handoff import usage`): one model over one period, not a request.
    period_start: Timestamp | None = None
    period_end: Timestamp | None = None
    requests: Count | None = None
    errors: Count | None = None
    errors_rate_limit: Count | None = None
    errors_timeout: Count | None = None
    errors_network: Count | None = None
    errors_http_5xx: Count | None = None
    errors_http_4xx: Count | None = None
    errors_unknown: Count | None = None
    rate_limited: Count | None = None
    latency_p50_ms: Count | None = None
    latency_p90_ms: Count | None = None
    latency_p99_ms: Count | None = None
    latency_max_ms: Count | None = None
    prompt_tokens: Count | None = None
    completion_tokens: Count | None = None
    total_tokens: Count | None = None


ConfigValue = (
    _line(1000)
    | Annotated[int, Field(ge=-(2**53), le=2**53)]  # JSON readers lose precision beyond
    | Annotated[float, Field(allow_inf_nan=False)]
    | bool
)


class ConfigData(_Data):
    """A non-secret configuration fact needed to resume safely (never a credential)."""

    key: Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9_][A-Za-z0-9_.:/@-]{0,199}$")]
    value: ConfigValue | None = None  # type: ignore[valid-type]
    source: _line(200) | None = None  # type: ignore[valid-type]
    unset: bool = False

    @model_validator(mode="after")
    def _value_or_unset(self) -> Self:
        value_or_unset(self.__dict__)
        return self


EventId = Annotated[str, StringConstraints(pattern=r"^[0-9a-f-]{36}$")]


class PurgeData(_Data):
    """Content-free tombstone: some events were removed from disk on purpose."""

    event_ids: Annotated[list[EventId], Field(min_length=1, max_length=10_000)]
    reason: _line(200) | None = None  # type: ignore[valid-type]


class CompactData(_Data):
    """Content-free tombstone of a compaction: how many events older than `before` it
    removed (with the totals of the compactions before it, whose tombstones it replaces),
    per kind, and the highest seq among them. Written only by `handoff compact`."""

    removed: Count
    before: Timestamp
    keep_days: Annotated[int, Field(ge=0, le=100_000)] | None = None
    through_seq: Count | None = None
    removed_pointer: Count | None = None
    removed_validation: Count | None = None
    removed_runtime: Count | None = None
    removed_note: Count | None = None
    removed_action_done: Count | None = None
    removed_model_health: Count | None = None
    removed_config: Count | None = None
    removed_compact: Count | None = None


KIND_MODELS: dict[str, type[_Data]] = {
    "pointer": PointerData,
    "validation": ValidationData,
    "runtime": RuntimeData,
    "note": NoteData,
    "action_done": ActionDoneData,
    "model_health": ModelHealthData,
    "config": ConfigData,
    "purge": PurgeData,
    "compact": CompactData,
}
if tuple(KIND_MODELS) != KINDS:  # pragma: no cover - a programming error
    raise RuntimeError("handoff.kinds.KINDS must list every model, in order")


class Scope(_Data):
    """Who wrote an event: all optional, all bounded."""

    project: _line(200) | None = None  # type: ignore[valid-type]
    agent: Name | None = None
    session: _line(200) | None = None  # type: ignore[valid-type]


class Envelope(BaseModel):
    """The line format of the log, for the published JSON Schema (the store builds lines itself)."""

    model_config = ConfigDict(extra="forbid", defer_build=True)

    v: Annotated[int, Field(ge=1)]
    id: EventId
    seq: Annotated[int, Field(ge=1)]
    ts: str
    kind: str
    scope: Scope
    data: dict[str, Any]


def validate_data(kind: str, data: Mapping[str, Any]) -> dict[str, Any]:
    """Validate one kind's data and return its normalized form (raises ValidationError)."""
    model = KIND_MODELS.get(kind)
    if model is None:
        raise ValidationError(f"unknown kind {kind[:40]!r}; kinds are: {', '.join(WRITABLE_KINDS)}")
    if not isinstance(data, Mapping):
        raise ValidationError(f"{kind}: data must be an object")
    try:
        return model.model_validate(dict(data)).dump()
    except PydanticValidationError as err:
        raise ValidationError(describe(err.errors(include_input=False, include_url=False), kind)) from None


def validate_scope(scope: Mapping[str, Any] | None) -> dict[str, Any]:
    if not scope:
        return {}
    if not isinstance(scope, Mapping):
        raise ValidationError("scope must be an object")
    try:
        return Scope.model_validate(dict(scope)).dump()
    except PydanticValidationError as err:
        raise ValidationError(describe(err.errors(include_input=False, include_url=False), "scope")) from None
