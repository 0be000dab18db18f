"""The committed JSON Schemas must match the models they are generated from."""

from __future__ import annotations

from pathlib import Path

from handoff.events import KINDS
from handoff.schemas import generate

SCHEMAS = Path(__file__).resolve().parent.parent / "schemas"


def test_committed_schemas_match_the_models() -> None:
    generated = generate()
    committed = {p.name: p.read_bytes() for p in SCHEMAS.glob("*.schema.json")}
    assert set(committed) == set(generated), "run `handoff schema` and commit schemas/"
    for name, payload in generated.items():
        assert committed[name] == payload, f"{name} drifted: run `handoff schema`"


def test_there_is_a_schema_per_kind() -> None:
    names = set(generate())
    assert {f"{k}.schema.json" for k in KINDS} <= names
    assert {"envelope.schema.json", "latest.schema.json"} <= names


def test_kind_schemas_forbid_unknown_fields() -> None:
    import orjson

    for kind in KINDS:
        schema = orjson.loads(generate()[f"{kind}.schema.json"])
        assert schema.get("additionalProperties") is False, kind
