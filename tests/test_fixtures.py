"""Golden fixtures: each committed log must fold into its committed latest.json.

The same files are the conformance suite for readers in other languages, so they are
checked three ways: the fold reproduces them, the generator reproduces them (no drift),
and every line and latest.json validate against the committed JSON Schemas' models.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import orjson
import pytest

import handoff
from handoff.models import KIND_MODELS, Envelope
from handoff.schemas import Latest

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
NAMES = sorted(p.name for p in FIXTURES.iterdir() if (p / "events.jsonl").exists())


def test_there_are_fixtures() -> None:
    assert {"basic", "damaged", "purged"} <= set(NAMES)


@pytest.mark.parametrize("name", NAMES)
def test_replaying_the_log_gives_the_golden_latest(name: str, tmp_path: Path) -> None:
    with handoff.open_store(tmp_path / "s") as store:
        (store.root / "events.jsonl").write_bytes((FIXTURES / name / "events.jsonl").read_bytes())
        store.rebuild()
        assert store.latest_path.read_bytes() == (FIXTURES / name / "latest.json").read_bytes()


@pytest.mark.parametrize("name", NAMES)
def test_fixture_files_match_the_models(name: str) -> None:
    Latest.model_validate(orjson.loads((FIXTURES / name / "latest.json").read_bytes()))
    for line in (FIXTURES / name / "events.jsonl").read_bytes().splitlines(keepends=True):
        if not line.endswith(b"\n"):
            continue  # the damaged fixture ends in a torn line on purpose
        try:
            rec = orjson.loads(line)
        except orjson.JSONDecodeError:
            continue
        Envelope.model_validate(rec)
        KIND_MODELS[rec["kind"]].model_validate(rec["data"])


def test_generator_reproduces_the_committed_fixtures(tmp_path: Path) -> None:
    before = {p: p.read_bytes() for p in FIXTURES.rglob("*.json*")}
    subprocess.run([sys.executable, str(FIXTURES / "generate.py")], check=True, capture_output=True)
    after = {p: p.read_bytes() for p in FIXTURES.rglob("*.json*")}
    assert after == before


def test_damaged_fixture_counts_its_unreadable_line() -> None:
    meta = orjson.loads((FIXTURES / "damaged" / "latest.json").read_bytes())["meta"]
    assert meta["skipped_lines"] == 1 and meta["events_total"] == 18
