"""`handoff doctor`'s newer checks, through the real entry point on both backends: the
store's size, events by kind and the oldest event's age, a suggestion to compact when the
retention policy is exceeded, imports that failed or were interrupted, a privacy scan
with the current rules, a damaged retention policy, and the SQLite files' permissions."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
from pathlib import Path
from typing import Any

import orjson

import handoff
from handoff.store import Store

from ._planted import plant, secret
from .conftest import CliRunner, handoff_command

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "usage" / "usage.jsonl"


def _doctor(cli: CliRunner, *args: str) -> tuple[int, dict[str, Any]]:
    out = cli("doctor", "--json", *args)
    assert "Traceback" not in out.stderr, out.stderr
    return out.returncode, json.loads(out.stdout)


def test_doctor_reports_size_counts_and_the_oldest_event(store: Store, cli: CliRunner,
                                                         store_dir: Path) -> None:
    first = store.append("note", {"text": "first"})
    for i in range(3):
        store.append("validation", {"command": "make", "exit_code": i})
    store.append("config", {"key": "k", "value": "v"})
    store.close()
    code, report = _doctor(cli)
    assert code == 0 and report["ok"], report["problems"]
    stats = report["stats"]
    assert stats["event_counts"] == {"config": 1, "note": 1, "validation": 3}
    assert stats["events"] == 5
    assert stats["oldest_event_ts"] == first.ts
    assert 0 <= stats["oldest_event_age_days"] < 1
    if store.backend.name == "postgres":  # the live rows on the server, nothing local
        assert stats["size_bytes"] > 0 and not any(p.name.startswith("events.") for p in store_dir.iterdir())
    else:
        data = [p for p in store_dir.iterdir() if p.name.startswith("events.")]
        assert stats["size_bytes"] == sum(p.stat().st_size for p in data if not p.name.endswith("-shm"))
    assert stats["keep_days"] == 90 and stats["compactable_events"] == 0
    assert report["suggestions"] == []
    text = cli("doctor")
    assert text.returncode == 0 and "validation 3" in text.stdout and "suggestion" not in text.stdout


def test_doctor_suggests_compact_when_the_policy_is_exceeded(store: Store, cli: CliRunner,
                                                             store_dir: Path) -> None:
    for i in range(4):
        store.append("validation", {"command": "make", "exit_code": i})
    store.close()
    info = orjson.loads((store_dir / "store.json").read_bytes())
    (store_dir / "store.json").write_bytes(orjson.dumps({**info, "retention": {"keep_days": 0}}))
    code, report = _doctor(cli)
    assert code == 0 and report["ok"]  # a suggestion, not a problem
    assert report["stats"]["compactable_events"] == 3
    assert len(report["suggestions"]) == 1 and "handoff compact" in report["suggestions"][0]
    assert cli("compact").returncode == 0
    code, report = _doctor(cli)
    assert code == 0 and report["suggestions"] == [] and report["stats"]["compactable_events"] == 0


def test_a_damaged_retention_policy_is_a_problem(store: Store, cli: CliRunner, store_dir: Path) -> None:
    store.append("note", {"text": "x"})
    store.close()
    info = orjson.loads((store_dir / "store.json").read_bytes())
    (store_dir / "store.json").write_bytes(orjson.dumps({**info, "retention": {"keep_days": "a lot"}}))
    code, report = _doctor(cli)
    assert code == 5 and any("retention policy" in p for p in report["problems"])


def test_a_failed_import_is_reported_until_it_is_rerun(store: Store, cli: CliRunner, tmp_path: Path) -> None:
    link = tmp_path / "usage.jsonl"
    link.symlink_to("/proc/self/mem")  # a regular file of size 0 whose read fails (EIO)
    assert cli("import", "usage", str(link)).returncode == 1
    code, report = _doctor(cli)
    assert code == 5
    [entry] = report["imports"]
    assert entry["status"] == "failed" and entry["path"] == str(link)
    [problem] = [p for p in report["problems"] if "import" in p]
    assert f"handoff import usage {link}" in problem
    code, fixed = _doctor(cli, "--fix")
    assert code == 5 and any("import" in p for p in fixed["problems"])  # not fixable by doctor
    link.unlink()
    shutil.copyfile(FIXTURE, link)
    assert cli("import", "usage", str(link)).returncode == 0
    code, report = _doctor(cli)
    assert report["imports"] == []
    assert not [p for p in report["problems"] if "import" in p]


def test_an_interrupted_import_is_reported(store: Store, store_dir: Path, cli: CliRunner,
                                           tmp_path: Path) -> None:
    usage = tmp_path / "usage.jsonl"
    shutil.copyfile(FIXTURE, usage)
    env = {k: v for k, v in os.environ.items() if not k.startswith("HANDOFF_")}
    proc = subprocess.Popen([*handoff_command(), "--store", str(store_dir), "import", "usage", str(usage),
                             "--batch", "1", "--progress"], stderr=subprocess.PIPE, text=True, env=env)
    assert proc.stderr is not None
    assert proc.stderr.readline()  # one batch committed
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    code, report = _doctor(cli)
    assert code == 5
    [entry] = report["imports"]
    assert entry["status"] == "interrupted"
    assert any("interrupted" in p and "handoff import usage" in p for p in report["problems"])


def test_doctor_runs_a_privacy_scan_with_the_current_rules(cli: CliRunner, store_dir: Path) -> None:
    assert cli("note", "clean").returncode == 0
    planted = secret(3)
    rec = plant(store_dir, "note", {"text": f"deploy with {planted}"})
    code, report = _doctor(cli)
    assert code == 5
    assert report["privacy"]["events_flagged"] == 1 and report["privacy"]["flagged_ids"] == [rec["id"]]
    out = cli("doctor")
    assert planted not in out.stdout + out.stderr
    assert "purge --from-scan" in out.stdout
    fix = cli("doctor", "--fix")
    assert fix.returncode == 5 and planted in (store_dir / "events.jsonl").read_text()  # never deleted by doctor
    assert cli("purge", "--from-scan").returncode == 0
    code, report = _doctor(cli)
    assert code == 0 and report["privacy"]["events_flagged"] == 0


def test_loose_permissions_on_the_sqlite_database_are_tightened(cli: CliRunner, store_dir: Path) -> None:
    handoff.open_store(store_dir, backend="sqlite").close()
    assert cli("note", "x").returncode == 0
    db = store_dir / "events.sqlite3"
    db.chmod(0o644)
    code, report = _doctor(cli)
    assert code == 5 and any("events.sqlite3 is open to other users" in p for p in report["problems"])
    code, fixed = _doctor(cli, "--fix")
    assert code == 0, fixed["problems"]
    assert db.stat().st_mode & 0o777 == 0o600
