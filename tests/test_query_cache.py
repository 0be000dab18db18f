"""The parquet cache behind the `events` view on a big JSONL log (`handoff.query_cache`).

The cache must never change an answer: every view equals the answer read in place, the
store's unreadable lines stay out of it (those appended after the cache was built too),
and anything that no longer matches the log (an appended tail, a rewrite by purge, an
edit in place, a damaged or planted cache file, an unsafe cache directory) is checked
again instead of trusted. Each test keeps its cache in its own temp dir.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Any

import orjson
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import handoff
from handoff import query as q
from handoff import query_cache

from .strategies import any_item
from .test_query import _all_views, _fixture_store, hostile_log


@pytest.fixture
def cache(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """Every log goes through the cache (whatever its size), kept under this test's tmp dir."""
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(tmp))
    monkeypatch.setattr(query_cache, "CACHE_MIN_BYTES", 0)
    return tmp / f"handoff-query-{os.getuid()}"


def _meta(cache: Path) -> dict[str, Any]:
    metas = list(cache.glob("*.json"))
    assert len(metas) == 1, metas
    result: dict[str, Any] = orjson.loads(metas[0].read_bytes())
    return result


def _ids(root: Path) -> tuple[list[str], list[str]]:
    """(ids the store's readers accept, ids of the `events` view), both in seq order."""
    with handoff.open_store(root) as s:
        readable = [e.id for e in s.events()]
        _, rows = s.query("SELECT id FROM events ORDER BY seq, id")
    return readable, [r[0] for r in rows]


@pytest.mark.parametrize("name", ["basic", "damaged", "purged"])
def test_every_view_through_the_cache_equals_the_view_read_in_place(name: str, cache: Path,
                                                                   monkeypatch: pytest.MonkeyPatch,
                                                                   tmp_path: Path) -> None:
    root = _fixture_store(name, tmp_path / "s")
    with handoff.open_store(root) as s:
        cached = _all_views(s)
        assert len(_meta(cache)["segments"]) == 1 and list(cache.glob("*.parquet"))
        again = _all_views(s)  # the second time, from the cache as it is
        monkeypatch.setattr(query_cache, "CACHE_MIN_BYTES", 1 << 62)
        in_place = _all_views(s)
    assert cached == again == in_place
    assert cached["events"][1]


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(batches=st.lists(st.lists(any_item, min_size=1, max_size=10), min_size=1, max_size=3))
def test_generated_logs_answer_the_same_through_the_cache(cache: Path, monkeypatch: pytest.MonkeyPatch,
                                                         tmp_path_factory: pytest.TempPathFactory,
                                                         batches: list[list[tuple[str, dict[str, Any]]]]) -> None:
    with handoff.open_store(tmp_path_factory.mktemp("gen") / "s", durability="never") as s:
        for batch in batches:  # a query after each batch: the cache grows a segment each time
            s.append_many(batch)
            monkeypatch.setattr(query_cache, "CACHE_MIN_BYTES", 0)
            cached = _all_views(s)
            monkeypatch.setattr(query_cache, "CACHE_MIN_BYTES", 1 << 62)
            assert cached == _all_views(s)


def test_hostile_lines_stay_out_when_cached_and_when_appended_later(cache: Path, tmp_path: Path) -> None:
    root = tmp_path / "s"
    handoff.open_store(root).close()
    first = hostile_log(root)
    (root / "events.jsonl").write_bytes(b"".join(first))
    readable, viewed = _ids(root)
    assert viewed == readable and "id-torn" not in viewed
    assert len(_meta(cache)["segments"]) == 1
    with open(root / "events.jsonl", "ab") as f:  # seal the torn line, then more hostile lines
        f.write(b"\n" + b"".join(hostile_log(root, 1000, torn=False)))
    readable, viewed = _ids(root)
    assert viewed == readable and "id-torn" in viewed and "id-1000" in viewed
    assert len(_meta(cache)["segments"]) == 2  # only the new lines were checked


def test_appends_are_picked_up_and_segments_are_merged(cache: Path, monkeypatch: pytest.MonkeyPatch,
                                                       tmp_path: Path) -> None:
    monkeypatch.setattr(query_cache, "SEGMENTS_MAX", 2)
    with handoff.open_store(tmp_path / "s", durability="never") as s:
        counts = []
        for i in range(5):
            s.append("note", {"text": f"note {i}", "tags": ["t"]})
            s.append("validation", {"command": "pytest", "exit_code": i % 2})
            _, rows = s.query("SELECT count(*), count(DISTINCT id) FROM events")
            counts.append(rows[0])
            assert len(_meta(cache)["segments"]) <= 2
        assert counts == [(2 * n, 2 * n) for n in range(1, 6)]
        _, texts = s.query("SELECT text FROM notes ORDER BY seq")
    assert [t for (t,) in texts] == [f"note {i}" for i in range(5)]


def test_a_purge_rewrites_the_log_and_the_cache_does_not_bring_the_event_back(cache: Path, tmp_path: Path) -> None:
    with handoff.open_store(tmp_path / "s") as s:
        gone = s.append("note", {"text": "to be purged"})
        s.append("note", {"text": "kept"})
        _, before = s.query("SELECT id FROM events ORDER BY seq")
        assert (gone.id,) in before
        s.purge([gone.id])
        expected = [e.id for e in s.events()]
        _, after = s.query("SELECT id FROM events ORDER BY seq")
    assert [r[0] for r in after] == expected and gone.id not in expected


def test_an_edit_in_place_or_a_damaged_cache_is_checked_again(cache: Path, tmp_path: Path) -> None:
    with handoff.open_store(tmp_path / "s") as s:
        s.append("note", {"text": "alpha"})
        s.append("note", {"text": "gamma"})
    log = tmp_path / "s" / "events.jsonl"
    assert _ids(log.parent)[1]
    with open(log, "r+b") as f:  # same inode, same size, within the checked tail
        data = f.read()
        f.seek(data.index(b"alpha"))
        f.write(b"bravo")
    with handoff.open_store(log.parent) as s:
        s.rebuild()
        _, texts = s.query("SELECT text FROM notes ORDER BY seq")
    assert texts == [("bravo",), ("gamma",)]
    meta_path = next(cache.glob("*.json"))
    for damage in (b"not json", orjson.dumps({**_meta(cache), "end": 10 ** 9}),
                   orjson.dumps({**_meta(cache), "segments": ["../../elsewhere.parquet"]})):
        meta_path.write_bytes(damage)
        readable, viewed = _ids(log.parent)
        assert viewed == readable and len(viewed) == 2


def test_a_cache_that_cannot_be_written_leaves_the_check_in_memory(cache: Path, tmp_path: Path) -> None:
    root = _fixture_store("basic", tmp_path / "s")
    readable, viewed = _ids(root)
    meta = next(cache.glob("*.json"))
    for entry in cache.iterdir():
        entry.unlink()
    meta.mkdir()  # the metadata can no longer be replaced
    with open(root / "events.jsonl", "ab") as f:
        f.write(orjson.dumps({"v": 1, "id": "id-new", "seq": 99, "ts": "2026-03-02T09:00:00.000000Z",
                              "kind": "note", "scope": {}, "data": {"text": "late"}}) + b"\n")
    readable, viewed = _ids(root)
    assert viewed == readable and viewed[-1] == "id-new"


@pytest.mark.parametrize("planted", ["group-writable", "symlink"])
def test_an_unsafe_cache_directory_is_not_used(planted: str, cache: Path, tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir(mode=0o700)
    if planted == "symlink":
        cache.symlink_to(elsewhere)
    else:
        cache.mkdir()
        cache.chmod(0o775)
    root = _fixture_store("basic", tmp_path / "s")
    readable, viewed = _ids(root)
    assert viewed == readable
    assert list(elsewhere.iterdir()) == [] and not list(cache.glob("*.parquet"))


def test_shape_check_follows_the_readers_type_rules() -> None:
    assert q.shape_ok("note", {"text": "VARCHAR", "tags": ["VARCHAR"], "next_actions": ["NULL"]})
    assert not q.shape_ok("note", {"text": "UBIGINT"})
    assert not q.shape_ok("note", {"tags": ["VARCHAR"]})  # text is required
    assert not q.shape_ok("note", {"text": "VARCHAR", "extra": "VARCHAR"})
    assert not q.shape_ok("note", {"text": "NULL"})  # null is not a string
    assert q.shape_ok("validation", {"command": "VARCHAR", "exit_code": "BIGINT", "duration_s": "DOUBLE"})
    assert not q.shape_ok("validation", {"command": "VARCHAR", "exit_code": "DOUBLE"})
    assert not q.shape_ok("pointer", {"repo": "VARCHAR", "pr": "JSON"})  # `{}` describes itself as JSON
    assert not q.shape_ok("nope", {"text": "VARCHAR"})
