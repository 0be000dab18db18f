"""Retention: `handoff compact` on both backends, with real files, real processes and the
real entry point. The latest state is the same before and after (hypothesis), old events
the state no longer depends on go, one content-free tombstone counts them, a dry run
changes no byte, and a SIGKILL at any point leaves the old data or the new."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import orjson
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import handoff
from handoff import state as hstate
from handoff.compact import Policy, compact, horizon, plan, render_state
from handoff.store import Store

from . import strategies as s
from .conftest import CliRunner, handoff_command, snapshot


def _content(latest: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in latest.items() if k != "meta"}


def _rebuilt(store: Store) -> bytes:
    return hstate.render(store._catch_up(hstate.empty_state()))


def _at(ts: str) -> datetime:
    """`now` for a policy of 0 days whose horizon is exactly `ts`."""
    when = datetime.fromisoformat(ts.replace("Z", "+00:00"))
    assert horizon(Policy(0), when) == ts
    return when


def _ids(store: Store) -> list[str]:
    return [e.id for e in store.events()]


# -- the latest state is unchanged (hypothesis) -------------------------------------------

op = st.one_of(
    s.any_item.map(lambda item: ("append", item)),
    s.pointer.map(lambda d: ("append", ("pointer", d))),  # pointers merge: give them weight
    st.builds(lambda repo, unset: ("append", ("pointer", {"repo": repo, "unset": unset})),
              st.sampled_from(["acme/app", "acme/lib", "me/fork"]),
              st.lists(st.sampled_from(["branch", "pr", "issue", "title", "state"]), min_size=1,
                       max_size=3, unique=True)),
    st.sampled_from(["acme/app", "acme/lib"]).map(lambda r: ("append", ("pointer", {"repo": r, "clear": True}))),
    st.sampled_from(["devserver", "db"]).map(
        lambda c: ("append", ("runtime", {"component": c, "status": "down", "clear": True}))),
    st.sampled_from(["test.cmd", "proxy.port"]).map(lambda k: ("append", ("config", {"key": k, "unset": True}))),
    st.builds(lambda m, day: ("append", ("model_health", {
        "provider": "local", "model": m, "status": "ok", "checked_at": f"2026-0{day}-01T00:00:00Z"})),
        st.sampled_from(["qwen3", "mini"]), st.integers(1, 9)),
    st.integers(0, 20).map(lambda i: ("done", i)),
    st.integers(0, 50).map(lambda i: ("purge", i)),
)


def _apply(store: Store, ops: list[tuple[str, Any]]) -> None:
    for name, arg in ops:
        if name == "append":
            store.append(*arg)
        elif name == "done":
            open_actions = [(n["seq"], a["id"]) for n in store.latest()["notes"]
                            for a in n["actions"] if not a["done"]]
            if open_actions:
                seq, action = open_actions[arg % len(open_actions)]
                store.append("action_done", {"action": action if arg % 3 else str(seq)})
        elif name == "purge":
            live = [e.id for e in store.events() if e.kind not in ("purge", "compact")]
            if live:
                store.purge([live[arg % len(live)]])


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(before=st.lists(op, min_size=1, max_size=30), after=st.lists(op, max_size=10),
       twice=st.booleans())
def test_the_latest_state_is_the_same_before_and_after_compaction(
        tmp_path_factory: Any, backend_name: str, before: list[tuple[str, Any]],
        after: list[tuple[str, Any]], twice: bool) -> None:
    backend = backend_name  # the fixture: a postgres run gets the test server
    root = tmp_path_factory.mktemp("c") / "store"
    with handoff.open_store(root, backend=backend, durability="never") as store:
        _apply(store, before)
        cut = store.append("note", {"text": "the horizon"})
        _apply(store, after)
        if twice:  # a first compaction, then more history, then the one checked below
            compact(store, Policy(0), now=_at(cut.ts))
            _apply(store, before[: len(before) // 2])
        old_events = {e.id: e for e in store.events()}
        latest = store.latest()
        report = compact(store, Policy(0), now=_at(cut.ts))
        now_latest = store.latest()
        assert _content(now_latest) == _content(latest)
        assert hstate.render(hstate.parse(hstate.render(now_latest)) or {}) == _rebuilt(store)
        kept = {e.id: e for e in store.events()}
        gone = set(old_events) - set(kept)
        assert len(gone) == report.removed
        for event_id in gone:  # old events (or an earlier tombstone), never a purge tombstone
            assert old_events[event_id].ts < cut.ts or old_events[event_id].kind == "compact"
            assert old_events[event_id].kind != "purge"
        tombs = [e for e in kept.values() if e.kind == "compact"]
        assert len(tombs) <= 1
        if report.removed:
            assert len(tombs) == 1 and tombs[0].id == report.tombstone_id
        seqs = [e.seq for e in store.events()]
        assert seqs == sorted(set(seqs))
        doctor = store.doctor()
        assert doctor.ok, doctor.problems


# -- what goes, what stays --------------------------------------------------------------


def _history(store: Store) -> dict[str, Any]:
    """A store with superseded history and facts the latest state still depends on."""
    ids: dict[str, Any] = {}
    for i in range(5):
        store.append("validation", {"command": "pytest -q", "exit_code": i})
    ids["pointer_branch"] = store.append("pointer", {"repo": "acme/app", "branch": "main"}).id
    for i in range(3):
        store.append("pointer", {"repo": "acme/app", "pr": i + 1})
    ids["open_note"] = store.append("note", {"text": "left to do", "next_actions": ["one", "two"]})
    ids["done_one"] = store.append("action_done", {"action": f"{ids['open_note'].seq}.1"}).id
    closed = store.append("note", {"text": "finished", "next_actions": ["only"]})
    store.append("action_done", {"action": f"{closed.seq}.1"})
    ids["config"] = store.append("config", {"key": "build.cmd", "value": "make"}).id
    store.append("runtime", {"component": "db", "status": "up"})
    store.append("runtime", {"component": "db", "status": "down", "clear": True})
    victim = store.append("note", {"text": "purged later"})
    ids["purge"] = store.purge([victim.id]).id
    return ids


def test_compact_removes_superseded_history_and_keeps_what_latest_needs(store: Store, cli: CliRunner,
                                                                        store_dir: Path) -> None:
    ids = _history(store)
    latest = store.latest()
    before = _ids(store)
    out = cli("compact", "--keep-days", "0", "--json")
    assert out.returncode == 0, out.stderr
    report = json.loads(out.stdout)
    with handoff.open_store(store_dir, create=False) as again:
        events = list(again.events())
        assert _content(again.latest()) == _content(latest)
        assert again.latest() == orjson.loads(_rebuilt(again))
    kept = {e.id for e in events}
    assert ids["pointer_branch"] in kept  # the pointer's branch came from it
    assert ids["open_note"].id in kept and ids["done_one"] in kept  # an open note and its done action
    assert ids["config"] in kept and ids["purge"] in kept
    assert report["removed_by_kind"] == {"action_done": 1, "note": 1, "pointer": 2, "runtime": 2,
                                         "validation": 4}
    assert report["removed"] == 10 == len(set(before) - kept)
    [tomb] = [e for e in events if e.kind == "compact"]
    assert tomb.id == report["tombstone_id"] and tomb.seq == max(e.seq for e in events)
    assert tomb.data["removed"] == 10 and tomb.data["removed_validation"] == 4
    assert tomb.data["keep_days"] == 0 and tomb.data["before"] == report["before"]
    assert set(tomb.data) <= {"removed", "before", "keep_days", "through_seq",
                              *(f"removed_{k}" for k in ("pointer", "validation", "runtime", "note",
                                                          "action_done", "model_health", "config",
                                                          "compact"))}
    assert report["size_after"] < report["size_before"]
    assert cli("doctor").returncode == 0  # the seq gaps are accounted for
    # Nothing left to remove: a second run changes no byte (no tombstone churn).
    snap = snapshot(store_dir)
    again_out = cli("compact", "--keep-days", "0", "--json")
    assert again_out.returncode == 0 and json.loads(again_out.stdout)["removed"] == 0
    assert snapshot(store_dir) == snap


def test_events_inside_the_horizon_stay(store: Store, cli: CliRunner) -> None:
    _history(store)
    before = _ids(store)
    out = cli("compact", "--json")  # the default policy: 90 days; everything is newer
    assert out.returncode == 0, out.stderr
    report = json.loads(out.stdout)
    assert (report["keep_days"], report["removed"], report["old_events"]) == (90, 0, 0)
    assert _ids(store) == before


def test_a_later_compaction_replaces_the_tombstone_with_running_totals(store: Store) -> None:
    first_batch = [store.append("validation", {"command": "make", "exit_code": i}) for i in range(4)]
    first = compact(store, Policy(0), now=_at(store.append("note", {"text": "cut 1"}).ts))
    assert first.removed == 3
    for i in range(3):
        store.append("validation", {"command": "make", "exit_code": 10 + i})
    cut = store.append("note", {"text": "cut 2"})
    second = compact(store, Policy(0), now=_at(cut.ts))
    tombs = [e for e in store.events() if e.kind == "compact"]
    assert len(tombs) == 1 and tombs[0].id == second.tombstone_id
    # 3 validations the first time; the last of those, 2 of the new ones and the first
    # tombstone the second time (the notes have no actions: they are open, so they stay).
    assert second.removed_by_kind == {"compact": 1, "validation": 3}
    assert tombs[0].data["removed"] == 3 + 4
    assert tombs[0].data["removed_validation"] == 6 and tombs[0].data["removed_compact"] == 1
    assert first_batch[0].id not in _ids(store)
    assert store.doctor().ok


def test_latest_is_kept_even_when_every_event_is_old(store: Store) -> None:
    model = store.append("model_health", {"provider": "p", "model": "m", "status": "ok",
                                          "checked_at": "2030-01-01T00:00:00Z"})
    store.append("model_health", {"provider": "p", "model": "m", "status": "down",
                                  "checked_at": "2020-01-01T00:00:00Z"})  # older history, imported
    latest = store.latest()
    report = compact(store, Policy(0), now=datetime.now(UTC) + timedelta(days=1))
    assert report.removed == 1
    assert _content(store.latest()) == _content(latest)
    assert model.id in _ids(store)


# -- dry run, JSON, progress, bad input ---------------------------------------------------


def test_dry_run_reports_what_would_go_and_changes_no_byte(store: Store, cli: CliRunner,
                                                           store_dir: Path) -> None:
    _history(store)
    store.latest()
    before = snapshot(store_dir)
    dry = cli("compact", "--dry-run", "--keep-days", "0", "--json")
    assert dry.returncode == 0, dry.stderr
    assert snapshot(store_dir) == before
    would = json.loads(dry.stdout)
    assert would["dry_run"] is True and would["tombstone_id"] is None
    real = json.loads(cli("compact", "--keep-days", "0", "--json").stdout)
    assert (would["removed"], would["removed_by_kind"]) == (real["removed"], real["removed_by_kind"])
    text = cli("compact", "--dry-run", "--keep-days", "0")
    assert text.returncode == 0 and "would remove 0" in text.stdout


def test_dry_run_works_on_a_read_only_store(store: Store, store_dir: Path, cli: CliRunner) -> None:
    if os.geteuid() == 0:
        pytest.skip("root ignores file modes")
    _history(store)
    store.latest()
    store.close()
    modes = {p: p.stat().st_mode for p in [store_dir, *store_dir.iterdir()]}
    for p in modes:
        p.chmod(0o500 if p.is_dir() else 0o400)
    try:
        out = cli("compact", "--dry-run", "--keep-days", "0", "--json")
        assert out.returncode == 0, out.stderr
        assert json.loads(out.stdout)["removed"] == 10
    finally:
        for p, mode in modes.items():
            p.chmod(mode)


def test_progress_lines_on_a_pipe(tmp_path: Path, cli: CliRunner, store_dir: Path, backend_name: str) -> None:
    with handoff.open_store(store_dir, backend=backend_name, durability="never") as store:
        for b in range(3):
            store.append_many(("validation", {"command": f"c{k % 7}", "exit_code": b}) for k in range(10_000))
    out = cli("compact", "--keep-days", "0", "--progress")
    assert out.returncode == 0, out.stderr
    lines = out.stderr.splitlines()
    assert [line for line in lines if "reading" in line] and [line for line in lines if "rewriting" in line]
    assert all(line.startswith("handoff: compacting... ") for line in lines)
    assert "removed 29993" in out.stdout
    quiet = cli("compact", "--keep-days", "0")
    assert quiet.returncode == 0 and quiet.stderr == ""


def test_the_policy_lives_in_store_json_and_survives_a_promotion(cli: CliRunner, store_dir: Path) -> None:
    assert cli("note", "x").returncode == 0
    assert cli("compact", "--keep-days", "7", "--save", "--json").returncode == 0
    info = json.loads((store_dir / "store.json").read_bytes())
    assert info["retention"] == {"keep_days": 7}
    assert json.loads(cli("compact", "--dry-run", "--json").stdout)["keep_days"] == 7
    assert cli("promote", "--to", "sqlite").returncode == 0
    info = json.loads((store_dir / "store.json").read_bytes())
    assert info["backend"] == "sqlite" and info["retention"] == {"keep_days": 7}
    assert json.loads(cli("compact", "--dry-run", "--json").stdout)["keep_days"] == 7


@pytest.mark.parametrize("policy", [{"keep_days": -1}, {"keep_days": "90"}, {"days": 3}, [90]])
def test_a_bad_policy_is_bad_input_and_changes_nothing(store: Store, cli: CliRunner, store_dir: Path,
                                                       policy: Any) -> None:
    _history(store)
    store.latest()
    info = json.loads((store_dir / "store.json").read_bytes())
    (store_dir / "store.json").write_bytes(orjson.dumps({**info, "retention": policy}))
    before = snapshot(store_dir)
    out = cli("compact")
    assert out.returncode == 2
    assert out.stderr.count("\n") == 1 and out.stderr.startswith("handoff: error: ") and "Traceback" not in out.stderr
    assert snapshot(store_dir) == before
    assert cli("compact", "--save").returncode == 2  # --save needs --keep-days
    assert cli("compact", "--save", "--keep-days", "3", "--dry-run").returncode == 2
    assert snapshot(store_dir) == before


def test_a_log_with_an_unreadable_line_is_refused_untouched(cli: CliRunner, store_dir: Path) -> None:
    for i in range(3):
        assert cli("validation", "--command", "make", "--exit-code", str(i)).returncode == 0
    with open(store_dir / "events.jsonl", "ab") as f:
        f.write(b'{"torn": \n')
    before = snapshot(store_dir)
    out = cli("compact", "--keep-days", "0")
    assert out.returncode == 5 and "doctor --fix" in out.stderr and "Traceback" not in out.stderr
    assert snapshot(store_dir) == before
    assert cli("doctor", "--fix").returncode == 0
    assert cli("compact", "--keep-days", "0").returncode == 0


def test_the_import_ledger_survives_compaction(store: Store, cli: CliRunner, tmp_path: Path) -> None:
    usage = tmp_path / "usage.jsonl"
    usage.write_text("".join(json.dumps({"ts": 1782216060000 + i * 60_000, "model": "m", "status": 200,
                                         "ok": True, "latency_ms": 10}) + "\n" for i in range(50)))
    assert cli("import", "usage", str(usage)).returncode == 0
    for i in range(3):
        store.append("model_health", {"provider": "opencode-proxy", "model": "m", "status": "ok",
                                      "checked_at": f"2027-0{i + 1}-01T00:00:00Z"})
    assert cli("compact", "--keep-days", "0").returncode == 0
    rerun = cli("import", "usage", str(usage))
    assert rerun.returncode == 0 and "already imported" in rerun.stdout


def test_a_compact_tombstone_cannot_be_written_by_hand(store: Store) -> None:
    with pytest.raises(handoff.ValidationError):
        store.append("compact", {"removed": 1, "before": "2026-01-01T00:00:00Z"})


def test_plan_changes_nothing(store: Store, store_dir: Path) -> None:
    _history(store)
    store.latest()
    before = snapshot(store_dir)
    p = plan(store, Policy(0), now=datetime.now(UTC) + timedelta(days=1))
    assert len(p.drop) == 10
    assert render_state(p.kept) == render_state(p.state)
    assert snapshot(store_dir) == before


# -- a SIGKILL at any point -------------------------------------------------------------

CRASH_EVENTS = 30_000


def _fill(root: Path, backend: str) -> None:
    with handoff.open_store(root, backend=backend, durability="never") as store:
        for b in range(CRASH_EVENTS // 1000):
            store.append_many(("validation", {"command": f"c{k % 13}", "exit_code": b}) if k % 3
                              else ("note", {"text": f"n {b}.{k}", "next_actions": ["a"]})
                              for k in range(1000))
        for note in store.latest()["notes"][:40]:
            store.append("action_done", {"action": f"{note['seq']}.1"})


def _bodies(root: Path) -> dict[str, bytes]:
    with handoff.open_store(root, create=False) as store:
        return {item.record["id"]: item.body or b"" for item in store.backend.read(0) if item.record}


def test_a_compaction_killed_at_random_points_leaves_old_or_new(tmp_path: Path, backend_name: str) -> None:
    backend = backend_name
    rnd = random.Random(int(os.environ.get("HANDOFF_CRASH_SEED", "1011")))
    root = tmp_path / "store"
    _fill(root, backend)
    with handoff.open_store(root, create=False) as store:
        latest = _content(store.latest())
        drop = plan(store, Policy(0)).drop
    old = _bodies(root)
    assert len(drop) > CRASH_EVENTS // 2
    outcomes = {"old": 0, "new": 0}
    # Kill after a number of progress lines (every one comes before the rewrite), or at
    # the rewrite: at its line, when its temp file appears, or a few polls later.
    rounds = [("lines", 0), ("lines", rnd.randint(1, 5)), ("rewrite", 0), ("lines", rnd.randint(1, 5)),
              ("rewrite", 1), ("rewrite", rnd.randint(2, 400)), ("rewrite", rnd.randint(2, 4000))]
    for how, n in rounds:
        listing = set(os.listdir(root))
        proc = subprocess.Popen([*handoff_command(), "--store", str(root), "compact", "--keep-days", "0",
                                 "--progress"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                env={k: v for k, v in os.environ.items() if not k.startswith("HANDOFF_")})
        assert proc.stderr is not None
        seen = 0
        while line := proc.stderr.readline():
            if how == "lines" and seen == n:
                break
            seen += 1
            if how == "rewrite" and "rewriting" in line:
                polls = 0
                while proc.poll() is None and polls < n and not set(os.listdir(root)) - listing - {"-wal"}:
                    polls += 1
                break
        proc.send_signal(signal.SIGKILL)
        proc.communicate(timeout=120)
        now = _bodies(root)
        if now == old:
            outcomes["old"] += 1
        else:
            new = {i: b for i, b in now.items() if i not in old}
            assert len(new) == 1 and orjson.loads(next(iter(new.values())))["kind"] == "compact", \
                "the data is neither the old nor the compacted"
            assert {i: b for i, b in now.items() if i in old} == {i: b for i, b in old.items() if i not in drop}
            outcomes["new"] += 1
        with handoff.open_store(root, create=False) as store:
            assert _content(store.latest()) == latest
            assert store.latest() == orjson.loads(_rebuilt(store))
            report = store.doctor()
            assert report.ok, report.problems
        if now != old:
            break  # compacted: a rerun would find nothing to remove
    assert outcomes["old"] >= 2  # the kills before the rewrite
    out = subprocess.run([*handoff_command(), "--store", str(root), "compact", "--keep-days", "0", "--json"],
                         capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    with handoff.open_store(root, create=False) as store:
        assert _content(store.latest()) == latest
        assert len([e for e in store.events() if e.kind == "compact"]) == 1
        assert {e.id for e in store.events()} >= set(old) - drop


def test_events_appended_while_compact_plans_are_kept(tmp_path: Path, backend_name: str) -> None:
    """The plan is made without the lock: a note written meanwhile (by another process,
    after compact's first progress line) is folded in under the lock and stays."""
    backend = backend_name
    root = tmp_path / "store"
    _fill(root, backend)
    env = {k: v for k, v in os.environ.items() if not k.startswith("HANDOFF_")}
    proc = subprocess.Popen([*handoff_command(), "--store", str(root), "compact", "--keep-days", "0",
                             "--progress", "--json"], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, env=env)
    assert proc.stderr is not None
    assert "reading" in proc.stderr.readline()
    note = subprocess.run([*handoff_command(), "--store", str(root), "note", "written during the plan",
                           "--next", "keep me"], capture_output=True, text=True, env=env, timeout=300)
    assert note.returncode == 0, note.stderr
    out, _ = proc.communicate(timeout=300)
    assert proc.returncode == 0
    report = json.loads(out)
    with handoff.open_store(root, create=False) as store:
        events = list(store.events())
        latest = store.latest()
        assert latest == orjson.loads(_rebuilt(store))
    assert [e for e in events if e.kind == "note" and e.data["text"] == "written during the plan"]
    assert any(n["text"] == "written during the plan" for n in latest["notes"])
    assert report["removed"] > 0 and len([e for e in events if e.kind == "compact"]) == 1


def test_the_compaction_tombstone_survives_purge_and_later_compactions(store: Store, cli: CliRunner,
                                                                        store_dir: Path) -> None:
    """The tombstone is the only record of what compaction removed (doctor counts its
    `removed` as explained seq gaps): `purge` refuses it like a purge tombstone, and a
    compaction with nothing else to remove leaves it in place."""
    for i in range(4):
        store.append("validation", {"command": "make", "exit_code": i})
    cut = store.append("note", {"text": "cut"})
    report = compact(store, Policy(0), now=_at(cut.ts))
    assert report.removed == 3 and report.tombstone_id is not None
    before = snapshot(store_dir)
    out = cli("purge", report.tombstone_id)
    assert out.returncode == 2, out.stderr
    assert "compact tombstones cannot be purged" in out.stderr and "Traceback" not in out.stderr
    assert snapshot(store_dir) == before
    with pytest.raises(handoff.ValidationError):
        store.purge([report.tombstone_id, cut.id])
    assert snapshot(store_dir) == before
    # Nothing old but the tombstone itself: it stays, unchanged, with its counts.
    later = compact(store, Policy(0), now=datetime.now(UTC) + timedelta(days=1))
    assert later.removed == 0
    [tomb] = [e for e in store.events() if e.kind == "compact"]
    assert tomb.id == report.tombstone_id and tomb.data["removed"] == 3
    assert store.doctor().ok


def test_the_check_pass_reads_around_long_runs_and_agrees_with_a_full_read(
        store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    """The check pass skips runs of dropped events unread; what it folds must be exactly
    the kept events, as a pass that reads everything finds (kept events sit between
    the runs, and between two runs a short run is read and filtered)."""
    from handoff import compact as compact_module

    store.append_many(("validation", {"command": "make", "exit_code": i % 200}) for i in range(300))
    store.append("pointer", {"repo": "acme/app", "branch": "main"})
    store.append_many(("validation", {"command": "make", "exit_code": i}) for i in range(5))
    store.append("config", {"key": "build.cmd", "value": "make"})
    store.append_many(("validation", {"command": "make", "exit_code": i % 200}) for i in range(300))
    store.append("note", {"text": "open", "next_actions": ["a"]})
    store.append_many(("validation", {"command": "make", "exit_code": i}) for i in range(40))
    cut = store.append("note", {"text": "cut"})
    store.append("validation", {"command": "other", "exit_code": 0})
    now = _at(cut.ts)
    skipping = plan(store, Policy(0), now=now)
    skips, through = compact_module._skips(skipping.scan, skipping.drop, compact_module.SKIP_RUN)
    assert len(skips) == 3 and through == max(e.seq for e in store.events() if e.id in skipping.drop)
    monkeypatch.setattr(compact_module, "SKIP_RUN", 10**9)
    reading = plan(store, Policy(0), now=now)
    assert skipping.drop == reading.drop and len(skipping.drop) == 644  # all 645 validations of "make" but the last
    assert skipping.through_seq == reading.through_seq
    assert render_state(skipping.kept) == render_state(reading.kept) == render_state(skipping.state)
    report = compact(store, Policy(0), now=now)
    assert report.removed == 644
    assert _content(store.latest()) == _content(orjson.loads(_rebuilt(store)))
