"""The Store API over every backend: appends, latest.json, reads, rebuild, purge."""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import Any

import orjson
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import handoff
from handoff import NotFound, SchemaVersionError, StoreNotFound, ValidationError
from handoff.store import Store

from . import strategies as S
from .conftest import snapshot

PROPERTY = settings(max_examples=40, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture])


def test_append_returns_the_stored_event(store: Store) -> None:
    event = store.append("note", {"text": "hi", "next_actions": ["a"]}, scope={"agent": "codex"})
    assert (event.seq, event.kind, event.data["text"], event.scope) == (1, "note", "hi", {"agent": "codex"})
    assert event.ts.endswith("Z") and len(event.id) == 36
    assert list(store.events()) == [event]


def test_seq_is_gapless_and_ids_sort_by_time(store: Store) -> None:
    events = [store.append("note", {"text": str(i)}) for i in range(5)]
    events += store.append_many([("note", {"text": "b"})] * 5)
    assert [e.seq for e in events] == list(range(1, 11))
    assert [e.id for e in events] == sorted(e.id for e in events)
    assert [e.ts for e in events] == sorted(e.ts for e in events)


def test_append_many_is_all_or_nothing(store: Store, store_dir: Path) -> None:
    store.append("note", {"text": "before"})
    before = snapshot(store_dir)
    with pytest.raises(ValidationError, match="item 1"):
        store.append_many([("note", {"text": "ok"}), ("note", {"text": ""})])
    assert snapshot(store_dir) == before


@PROPERTY
@given(items=st.lists(S.any_item, min_size=1, max_size=15))
def test_accepted_events_round_trip_exactly(tmp_path_factory: pytest.TempPathFactory,
                                            items: list[tuple[str, dict[str, Any]]]) -> None:
    with handoff.open_store(tmp_path_factory.mktemp("s")) as store:
        written = [store.append(kind, data) for kind, data in items[:5]]
        written += store.append_many(items[5:])
        assert list(store.events()) == written
        # the log line is the record, byte for byte as orjson writes it
        lines = (store.root / "events.jsonl").read_bytes().splitlines()
        assert lines == [orjson.dumps(e.to_record()) for e in written]


@PROPERTY
@given(items=st.lists(S.any_item, min_size=1, max_size=25), done=st.lists(st.integers(1, 25)))
def test_incremental_latest_equals_rebuild_byte_for_byte(
    tmp_path_factory: pytest.TempPathFactory, items: list[tuple[str, dict[str, Any]]],
    done: list[int],
) -> None:
    with handoff.open_store(tmp_path_factory.mktemp("s")) as store:
        for kind, data in items:
            event = store.append(kind, data)
            if kind == "note" and data.get("next_actions") and event.seq in done:
                store.append("action_done", {"action": f"{event.seq}.1"})
        incremental = store.latest_path.read_bytes()
        store.rebuild()
        assert store.latest_path.read_bytes() == incremental


@PROPERTY
@given(kind=st.sampled_from(sorted(S.by_kind)), junk=st.dictionaries(
    st.sampled_from(["text", "command", "repo", "status", "exit_code", "extra", "key"]),
    st.one_of(st.text(max_size=5), st.integers(), st.none(), st.lists(st.integers())), max_size=4))
def test_invalid_input_raises_and_leaves_the_store_byte_identical(
    tmp_path_factory: pytest.TempPathFactory, kind: str, junk: dict[str, Any]
) -> None:
    with handoff.open_store(tmp_path_factory.mktemp("s")) as store:
        store.append("note", {"text": "baseline"})
        before = snapshot(store.root)
        try:
            store.append(kind, junk)
        except ValidationError:
            assert snapshot(store.root) == before
        else:
            assert snapshot(store.root) != before


def test_latest_holds_the_current_state(store: Store) -> None:
    store.append("pointer", {"repo": "acme/app", "branch": "feat", "pr": 7})
    store.append("pointer", {"repo": "acme/app", "state": "open", "unset": ["branch"]})
    store.append("validation", {"command": "pytest", "exit_code": 1, "commit": "a" * 40})
    store.append("validation", {"command": "pytest", "exit_code": 0, "commit": "b" * 40})
    store.append("validation", {"command": "ruff check", "exit_code": 0})
    store.append("model_health", {"provider": "openai", "model": "gpt-x", "status": "rate_limited",
                                  "reset_at": "2026-01-01T00:00:00Z"})
    store.append("config", {"key": "node", "value": "20"})
    store.append("config", {"key": "gone", "value": 1})
    store.append("config", {"key": "gone", "unset": True})
    store.append("runtime", {"component": "dev", "status": "up", "port": 5173})
    latest = store.latest()
    assert latest["active_repo"] == "acme/app"
    pointer = latest["pointers"]["acme/app"]
    assert (pointer["pr"], pointer["state"], "branch" in pointer) == (7, "open", False)
    assert latest["validations"]["pytest"]["passed"] is True
    assert latest["validations"]["pytest"]["commit"] == "b" * 40
    assert latest["last_validation"]["command"] == "ruff check"
    assert latest["model_health"]["openai/gpt-x"]["status"] == "rate_limited"
    assert set(latest["config"]) == {"node"}
    assert latest["runtime"]["dev"]["port"] == 5173
    assert latest["meta"]["last_seq"] == 10 and latest["meta"]["events_total"] == 10
    assert latest["meta"]["event_counts"]["validation"] == 3
    assert orjson.loads(store.latest_path.read_bytes()) == latest


def test_pointer_clear_drops_it(store: Store) -> None:
    store.append("pointer", {"repo": "a/b", "pr": 1})
    store.append("pointer", {"repo": "a/b", "clear": True})
    latest = store.latest()
    assert latest["pointers"] == {} and latest["active_repo"] is None


def test_next_actions_resolve_by_stable_id(store: Store) -> None:
    note = store.append("note", {"text": "n", "next_actions": ["one", "two"]})
    store.append("action_done", {"action": f"{note.seq}.1"})
    [open_note] = store.latest()["notes"]
    assert [(a["id"], a["done"]) for a in open_note["actions"]] == [("1.1", True), ("1.2", False)]
    with pytest.raises(NotFound):
        store.append("action_done", {"action": "1.1"})  # already done
    with pytest.raises(NotFound):
        store.append("action_done", {"action": "99.1"})
    store.append("action_done", {"action": "1.2"})
    assert store.latest()["notes"] == []  # all actions done: the note is resolved


def test_done_on_a_note_closes_it(store: Store) -> None:
    store.append("note", {"text": "plain note"})
    store.append("action_done", {"action": "1"})
    assert store.latest()["notes"] == []


def test_events_filter_by_kind_and_since(store: Store) -> None:
    store.append_many([("note", {"text": "a"}), ("config", {"key": "k", "value": 1}),
                       ("note", {"text": "b"})])
    assert [e.seq for e in store.events(kind="note")] == [1, 3]
    assert [e.seq for e in store.events(since_seq=1)] == [2, 3]


def test_a_lagging_latest_json_is_caught_up_by_the_next_reader(store: Store) -> None:
    store.append("note", {"text": "one"})
    old = store.latest_path.read_bytes()
    store.append("note", {"text": "two"})
    expected = store.latest_path.read_bytes()
    os.unlink(store.latest_path)
    store.latest_path.write_bytes(old)  # as if we crashed between log append and publish
    with handoff.open_store(store.root) as reader:
        assert reader.latest()["meta"]["last_seq"] == 2
    assert store.latest_path.read_bytes() == expected


def test_a_lagging_latest_json_is_caught_up_by_the_next_writer(store: Store) -> None:
    store.append("note", {"text": "one"})
    old = store.latest_path.read_bytes()
    store.append("note", {"text": "two"})
    os.unlink(store.latest_path)
    store.latest_path.write_bytes(old)
    with handoff.open_store(store.root) as writer:
        assert writer.append("note", {"text": "three"}).seq == 3
    incremental = store.latest_path.read_bytes()
    store.rebuild()
    assert store.latest_path.read_bytes() == incremental


def test_a_garbled_latest_json_is_rebuilt(store: Store) -> None:
    store.append("note", {"text": "one"})
    expected = store.latest_path.read_bytes()
    os.unlink(store.latest_path)
    store.latest_path.write_bytes(b"{garbage")
    with handoff.open_store(store.root) as other:
        assert other.append("note", {"text": "two"}).seq == 2
        other.rebuild()
    assert orjson.loads(store.latest_path.read_bytes())["meta"]["last_seq"] == 2
    assert expected != store.latest_path.read_bytes()


def test_latest_json_is_a_pure_function_of_the_log(store: Store, tmp_path: Path) -> None:
    store.append_many([("note", {"text": "a", "next_actions": ["x"]}),
                       ("pointer", {"repo": "a/b"}), ("action_done", {"action": "1.1"})])
    store.backup(tmp_path / "bk")  # the same data, on the same backend, somewhere else
    copy = tmp_path / "copy"
    with handoff.open_store(copy) as other:
        other.restore(tmp_path / "bk")
        other.rebuild()
    assert (copy / "latest.json").read_bytes() == store.latest_path.read_bytes()


def test_store_files_are_private(store: Store) -> None:
    store.append("note", {"text": "x"})
    assert stat.S_IMODE(os.stat(store.root).st_mode) == 0o700
    for name in (store.backend.location.name, "store.json", "latest.json", "lock"):
        assert stat.S_IMODE(os.stat(store.root / name).st_mode) == 0o600, name


def test_a_newer_schema_version_is_refused_and_not_rewritten(store: Store) -> None:
    info = store.root / "store.json"
    info.write_bytes(orjson.dumps({"backend": store.backend.name, "schema_version": 99}))
    before = snapshot(store.root)
    with pytest.raises(SchemaVersionError):
        handoff.open_store(store.root)
    assert snapshot(store.root) == before


def test_open_without_create_refuses_a_missing_store(tmp_path: Path) -> None:
    with pytest.raises(StoreNotFound):
        handoff.open_store(tmp_path / "none", create=False)
    assert not (tmp_path / "none").exists()


def test_store_discovery_order(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from handoff.locations import resolve

    repo = tmp_path / "repo"
    (repo / ".git").mkdir(parents=True)
    (repo / "src").mkdir()
    monkeypatch.chdir(repo / "src")
    monkeypatch.delenv("HANDOFF_HOME", raising=False)
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "xdg"))
    assert resolve() == repo / ".handoff"
    monkeypatch.setenv("HANDOFF_HOME", str(tmp_path / "home"))
    assert resolve() == tmp_path / "home"
    assert resolve(tmp_path / "explicit") == tmp_path / "explicit"
    monkeypatch.delenv("HANDOFF_HOME")
    monkeypatch.chdir(tmp_path)
    assert resolve() == tmp_path / "xdg" / "handoff"


def test_a_store_inside_a_repo_ignores_itself(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / ".git").mkdir()
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("HANDOFF_HOME", raising=False)
    with handoff.open_store() as store:
        assert store.root == tmp_path / ".handoff"
    assert "*" in (tmp_path / ".handoff" / ".gitignore").read_text().splitlines()


def test_purge_removes_events_and_leaves_a_tombstone(store: Store) -> None:
    keep = store.append("note", {"text": "keep"})
    gone = store.append("note", {"text": "remove me", "next_actions": ["x"]})
    tomb = store.purge([gone.id], reason="asked")
    events = list(store.events())
    assert [e.id for e in events[:1]] == [keep.id]
    assert events[1] == tomb  # purge returns its tombstone as stored
    assert tomb.kind == "purge" and tomb.data == {"event_ids": [gone.id], "reason": "asked"}
    assert b"remove me" not in store.backend.location.read_bytes()
    assert b"remove me" not in store.latest_path.read_bytes()
    latest = store.latest()
    assert latest["meta"]["purged_events"] == 1 and len(latest["notes"]) == 1
    incremental = store.latest_path.read_bytes()
    store.rebuild()
    assert store.latest_path.read_bytes() == incremental


def test_purge_of_an_unknown_id_changes_nothing(store: Store) -> None:
    store.append("note", {"text": "x"})
    before = snapshot(store.root)
    with pytest.raises(NotFound):
        store.purge(["01a200b3-71c2-762c-9e20-df9df6380520"])
    assert snapshot(store.root) == before


def test_doctor_reports_a_healthy_store(store: Store) -> None:
    store.append("note", {"text": "x"})
    report = store.doctor()
    assert report.health.ok and report.latest_ok and not report.fixed


def test_doctor_detects_and_fixes_a_stale_latest_json(store: Store) -> None:
    store.append("note", {"text": "x"})
    os.unlink(store.latest_path)
    store.latest_path.write_bytes(b"{}")
    report = store.doctor()
    assert not report.latest_ok
    assert store.doctor(fix=True).fixed
    assert store.doctor().latest_ok


def test_purge_leaves_no_copy_in_any_file_of_the_store(store: Store) -> None:
    """Not in the log, latest.json, or an older latest.json generation kept for readers."""
    gone = store.append("note", {"text": "purge-me-7f3a9c"})
    for i in range(3):
        store.append("config", {"key": f"k{i}", "value": i})
    store.purge([gone.id])
    holders = [p for p in store.root.rglob("*") if p.is_file() and b"purge-me-7f3a9c" in p.read_bytes()]
    assert holders == []
