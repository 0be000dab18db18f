"""The write path's validator (`handoff.validator`) against the models it is generated from.

The pydantic models are the source of truth; the CLI validates with a pydantic-core
`SchemaValidator` built from `handoff/core_schemas.py` so that no command imports pydantic.
These tests hold the two to the same answers: on generated inputs, good and bad, both
accept or both reject, with the same cleaned data (same keys, order, types) and the same
errors (type, location, message), and neither error line repeats an input value.
"""

from __future__ import annotations

import os
import secrets
import subprocess
import sys
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import orjson
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError as PydanticValidationError

from handoff import models, validator
from handoff.errors import ValidationError
from handoff.kinds import POINTER_FIELDS
from handoff.schemas import CORE_SCHEMAS_FILE, core_schemas_source

from . import strategies

MODELS: dict[str, Any] = {**models.KIND_MODELS, "scope": models.Scope}

# Values that sit on or across a boundary of some field: types the strict models refuse
# (a bool for an int, an int for a float), limits (255/256, 2**53), control characters,
# times with and without a zone, strings that match or miss a pattern.
EDGE_STRINGS = ["", "x", "acme/app", "acme/", "a b", "fix\nit", "tab\there", "nul\x00", "del\x7f",
                "abc1234", "ABC1234", "4f1c2d9a" * 5, "https://example.org/pr/1", "http://", "ftp://x",
                "open", "merged", "up", "rate_limited", "fork", "title", "42", "42.1", "0.1", "42.10000",
                "2026-01-01T00:00:00Z", "2026-01-01T00:00:00", "2026-06-30T12:30:00+02:00", "tomorrow",
                "00000000-0000-7000-8000-000000000000", "a" * 101, "b" * 301, "c" * 501, "feature/x~1",
                "main", "dev:1", "key.name", "_k", "-k"]
EDGE_INTS = [0, 1, -1, 7, 255, 256, -255, -256, 65535, 65536, 10**9, 10**9 + 1, 2**53, 2**53 + 1, -(2**53) - 1]
EDGE_FLOATS = [0.0, -0.0, 0.5, -0.5, 1e9, 1e9 + 1, float("inf"), float("-inf"), float("nan"), 3.0]
EDGE_TIMES = [datetime(2026, 1, 1, tzinfo=UTC), datetime(2026, 1, 1),
              datetime(2026, 1, 1, 12, tzinfo=timezone(timedelta(hours=-5)))]

scalar = st.one_of(
    st.sampled_from(EDGE_STRINGS), st.text(max_size=12), st.sampled_from(EDGE_INTS), st.integers(),
    st.sampled_from(EDGE_FLOATS), st.floats(), st.booleans(), st.none(), st.sampled_from(EDGE_TIMES),
    st.just(b"bytes"),
)
value = st.one_of(scalar, st.lists(scalar, max_size=4), st.dictionaries(st.sampled_from(["a", "text"]), scalar,
                                                                          max_size=2))
FOREIGN_KEYS = ["extra", "Text", "note_text", "MK-Secret-Key", "a b", ""]


def _data_for(kind: str) -> st.SearchStrategy[dict[str, Any]]:
    """Any of the kind's fields with edge values, over a valid base (when there is one)
    so that checks across fields (pointer's set/unset, config's value/unset) are reached."""
    fields = list(MODELS[kind].model_fields)
    base = strategies.by_kind.get(kind, st.just({}))
    edits = st.dictionaries(st.sampled_from(fields + FOREIGN_KEYS), value, max_size=4)
    drop = st.sets(st.sampled_from(fields), max_size=2)
    return st.builds(lambda b, e, d: {k: v for k, v in {**b, **e}.items() if k not in d}, base, edits, drop)


# Checks across fields run only once every field is valid: reached on purpose here.
CROSS_FIELD = {
    "pointer": st.fixed_dictionaries({"repo": st.just("acme/app")}, optional={
        "fork": st.just("me/fork"), "title": st.just("x"), "pr": st.just(3), "state": st.just("open"),
        "unset": st.lists(st.sampled_from(POINTER_FIELDS), max_size=3), "clear": st.booleans()}),
    "config": st.fixed_dictionaries({"key": st.just("k")}, optional={
        "value": st.one_of(st.none(), st.just("v"), st.sampled_from(EDGE_INTS), st.sampled_from(EDGE_FLOATS),
                           st.booleans()),
        "unset": st.booleans()}),
    "validation": st.fixed_dictionaries({"command": st.just("pytest"), "exit_code": st.sampled_from([0, 1, -9])},
                                        optional={"passed": st.one_of(st.none(), st.booleans())}),
}

kinds_and_data = st.one_of(
    st.sampled_from(list(MODELS)).flatmap(lambda k: st.tuples(st.just(k), _data_for(k))),
    st.sampled_from(list(CROSS_FIELD)).flatmap(lambda k: st.tuples(st.just(k), CROSS_FIELD[k])),
)


def _by_models(kind: str, data: dict[str, Any]) -> tuple[str, Any]:
    try:
        clean = models.validate_scope(data) if kind == "scope" else models.validate_data(kind, data)
    except ValidationError as err:
        return "rejected", str(err)
    return "accepted", clean


def _by_validator(kind: str, data: dict[str, Any]) -> tuple[str, Any]:
    try:
        clean = validator.validate_scope(data) if kind == "scope" else validator.validate_data(kind, data)
    except ValidationError as err:
        return "rejected", str(err)
    return "accepted", clean


def _raw_errors(kind: str, data: dict[str, Any]) -> tuple[list[Any] | None, list[Any] | None]:
    """Each side's error list as pydantic-core gives it: (type, location, message)."""

    def plain(errors: list[Any]) -> list[Any]:
        return [(e["type"], e["loc"], e["msg"]) for e in errors]

    by_models = by_validator = None
    try:
        MODELS[kind].model_validate(dict(data))
    except PydanticValidationError as err:
        by_models = plain(err.errors(include_input=False, include_url=False))
    try:
        validator._validator(kind).validate_python(dict(data))
    except Exception as err:  # pydantic-core's ValidationError, loaded on its own
        by_validator = plain(err.errors(include_input=False, include_url=False))  # type: ignore[attr-defined]
    return by_models, by_validator


@settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(kinds_and_data)
def test_both_validators_give_the_same_answer(case: tuple[str, dict[str, Any]]) -> None:
    kind, data = case
    expected = _by_models(kind, data)
    got = _by_validator(kind, data)
    assert got[0] == expected[0], (kind, data, expected, got)
    if expected[0] == "accepted":
        # Same keys in the same order, same types (orjson tells 1 from 1.0 from true).
        assert orjson.dumps(got[1]) == orjson.dumps(expected[1]), (kind, data)
    else:
        assert got[1] == expected[1], (kind, data)
    raw_models, raw_validator = _raw_errors(kind, data)
    assert raw_validator == raw_models, (kind, data)


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(list(strategies.by_kind)).flatmap(lambda k: st.tuples(st.just(k), strategies.by_kind[k])))
def test_valid_data_is_cleaned_alike(case: tuple[str, dict[str, Any]]) -> None:
    """The happy path on its own, so the property above cannot pass by rejecting all."""
    kind, data = case
    expected = _by_models(kind, data)
    assert expected[0] == "accepted", expected
    assert orjson.dumps(_by_validator(kind, data)[1]) == orjson.dumps(expected[1])


MARKED_FIELDS = {kind: [n for n, f in model.model_fields.items() if "str" in repr(f.annotation)]
                 for kind, model in MODELS.items()}


@settings(max_examples=600, deadline=None)
@given(kinds_and_data, st.data())
def test_an_error_never_repeats_a_value(case: tuple[str, dict[str, Any]], draw: st.DataObject) -> None:
    """A unique marker is planted in string values (and in a key that is not a plain
    name); whatever either validator says about the input, the marker is not in it."""
    kind, data = case
    marker = "Zq" + secrets.token_hex(8)
    fields = MARKED_FIELDS[kind] or list(MODELS[kind].model_fields)
    field = draw.draw(st.sampled_from(fields))
    shape = draw.draw(st.sampled_from(["plain", "control", "newline", "long", "list", "key", "pattern"]))
    planted: Any = {"plain": marker, "control": f"{marker}\x01", "newline": f"a\n{marker}",
                    "long": marker * 700, "list": [marker, f"{marker}\x00"], "key": 1,
                    "pattern": f"{marker} /x"}[shape]
    data = {**data, field: planted}
    if shape == "key":
        data[f"MK-{marker}"] = marker
    for say in (_by_models, _by_validator):
        outcome, message = say(kind, data)
        if outcome == "rejected":
            assert marker not in message and marker.lower() not in message.lower(), (say.__name__, message)


def test_the_committed_core_schema_matches_the_models() -> None:
    assert CORE_SCHEMAS_FILE.read_text() == core_schemas_source(), (
        "handoff/core_schemas.py drifted from handoff/models.py: run `make schemas` and commit it")


def test_unknown_kinds_and_shapes_are_refused_alike() -> None:
    for kind, data in (("nonsense", {}), ("scope", {}), ("note", ["text"]), ("note", "text")):
        with pytest.raises(ValidationError) as fast:
            validator.validate_data(kind, data)  # type: ignore[arg-type]
        if kind != "scope":  # the models know no kind "scope" either; the message differs
            with pytest.raises(ValidationError) as slow:
                models.validate_data(kind, data)  # type: ignore[arg-type]
            assert str(fast.value) == str(slow.value)


def test_the_validator_never_runs_pydantic_cores_package_init() -> None:
    """In a fresh process the compiled module is loaded on its own: neither `pydantic`
    nor the `pydantic_core` package (its typing-only `core_schema`) is imported, and
    pydantic imported afterwards in the same process still works."""
    code = (
        "import sys\n"
        "from handoff import validator\n"
        "print(validator.validate_data('note', {'text': 'x', 'expires_at': '2030-01-01T00:00:00Z'}))\n"
        "try:\n"
        "    validator.validate_data('config', {'key': 'k', 'value': [1]})\n"
        "except Exception as e:\n"
        "    print(type(e).__name__)\n"
        "print(sorted(m for m in sys.modules if m.startswith(('pydantic', 'typing_extensions'))))\n"
        "from handoff import models\n"
        "print(models.validate_data('note', {'text': 'y'}))\n"
        "import pydantic_core\n"
        "print(pydantic_core.SchemaValidator is sys.modules['pydantic_core._pydantic_core'].SchemaValidator)\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False,
                          env={**os.environ, "PYTHONWARNINGS": "error"})
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert lines == ["{'text': 'x', 'expires_at': '2030-01-01T00:00:00.000000Z'}", "ValidationError",
                     "['pydantic_core._pydantic_core']", "{'text': 'y'}", "True"]


def test_a_schema_this_pydantic_core_cannot_read_falls_back_to_the_models() -> None:
    """An installed pydantic-core too old or new for the committed schema: the kind is
    validated by the models instead, with the same answers."""
    code = (
        "from handoff import core_schemas, validator\n"
        "core_schemas.SCHEMAS['note'] = {'type': 'no-such-schema-type'}\n"
        "print(validator.validate_data('note', {'text': 'x', 'tags': ['a']}))\n"
        "try:\n"
        "    validator.validate_data('note', {'text': 'x\\x00'})\n"
        "except Exception as e:\n"
        "    print(e)\n"
        "import sys; print('handoff.models' in sys.modules)\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.splitlines() == ["{'text': 'x', 'tags': ['a']}", "note.text: control characters are not allowed",
                                        "True"]
