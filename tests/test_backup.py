"""Backup and restore: a consistent copy while others append; a restore that verifies first.

Run on every backend (the `backend_name` fixture), with real writer processes.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

import handoff
from handoff import CorruptStoreError, SchemaVersionError, ValidationError

from . import _proc
from .conftest import CliRunner, snapshot


def _filled(root: Path, backend: str, n: int = 20) -> list[str]:
    with handoff.open_store(root, backend=backend, durability="never") as store:
        store.append_many([("note", {"text": f"n{i}", "next_actions": ["a"]}) for i in range(n)])
        store.append("config", {"key": "python", "value": "3.11"})
        return [e.id for e in store.events()]


def test_backup_then_restore_into_a_new_store(tmp_path: Path, backend_name: str) -> None:
    ids = _filled(tmp_path / "a", backend_name)
    kept_as = "sqlite" if backend_name == "postgres" else backend_name  # a server's store backs up as a file
    with handoff.open_store(tmp_path / "a", create=False) as store:
        report = store.backup(tmp_path / "bk")
        assert report.events == len(ids) and report.backend == kept_as
    manifest = json.loads((tmp_path / "bk" / "MANIFEST.json").read_bytes())
    assert manifest["format"] == "handoff-backup" and manifest["events"] == len(ids)
    with handoff.open_store(tmp_path / "b") as fresh:
        fresh.restore(tmp_path / "bk")
        assert [e.id for e in fresh.events()] == ids
        assert fresh.backend.name == kept_as
        assert fresh.doctor().ok
        assert fresh.latest()["config"]["python"]["value"] == "3.11"


@pytest.mark.slow
def test_a_backup_taken_during_appends_holds_every_event_acknowledged_before_it(
    tmp_path: Path, backend_name: str
) -> None:
    root = tmp_path / "store"
    _filled(root, backend_name, 5)
    go = tmp_path / "go"
    acks = [tmp_path / f"ack{w}" for w in range(2)]
    writers = [_proc.spawn("writer_main", root, w, 400, acks[w], go) for w in range(2)]
    try:
        go.touch()
        while sum(len(_proc.read_acks(a)) for a in acks) < 50:  # wait for acknowledged events
            time.sleep(0.01)
        acked_before = {a[0] for path in acks for a in _proc.read_acks(path)}
        with handoff.open_store(root, create=False) as store:
            store.backup(tmp_path / "bk")
    finally:
        for w in writers:
            _proc.reap(w, timeout=120)
    with handoff.open_store(tmp_path / "restored") as fresh:
        fresh.restore(tmp_path / "bk")
        restored = {e.id for e in fresh.events()}
        assert acked_before <= restored
        assert fresh.doctor().ok
        seqs = [e.seq for e in fresh.events()]
        assert seqs == list(range(1, len(seqs) + 1))


@pytest.mark.parametrize("damage", ["empty", "foreign", "flipped-byte", "missing-file", "newer"])
def test_restore_refuses_a_bad_backup_and_changes_nothing(tmp_path: Path, backend_name: str,
                                                          damage: str) -> None:
    _filled(tmp_path / "a", backend_name)
    with handoff.open_store(tmp_path / "a", create=False) as store:
        store.backup(tmp_path / "bk")
    bk = tmp_path / "bk"
    data = next(p for p in bk.iterdir() if p.name.startswith("events"))
    if damage == "empty":
        for p in bk.iterdir():
            p.unlink()
    elif damage == "foreign":
        (bk / "MANIFEST.json").write_text('{"format": "something-else", "files": {}}')
    elif damage == "flipped-byte":
        raw = bytearray(data.read_bytes())
        raw[len(raw) // 2] ^= 0x01
        data.write_bytes(bytes(raw))
    elif damage == "missing-file":
        data.unlink()
    else:
        manifest = json.loads((bk / "MANIFEST.json").read_bytes())
        manifest["schema_version"] = 99
        (bk / "MANIFEST.json").write_text(json.dumps(manifest))
    _filled(tmp_path / "b", backend_name, 3)
    before = snapshot(tmp_path / "b")
    with handoff.open_store(tmp_path / "b", create=False) as store, \
            pytest.raises((CorruptStoreError, SchemaVersionError, ValidationError)):
        store.restore(bk, force=True)
    assert snapshot(tmp_path / "b") == before


def test_restore_will_not_drop_events_without_force(cli: CliRunner, store_dir: Path, tmp_path: Path) -> None:
    assert cli("note", "one").returncode == 0
    assert cli("backup", str(tmp_path / "bk")).returncode == 0
    assert cli("note", "two, after the backup").returncode == 0
    before = snapshot(store_dir)
    refused = cli("restore", str(tmp_path / "bk"))
    assert refused.returncode == 2 and "--force" in refused.stderr and "Traceback" not in refused.stderr
    assert snapshot(store_dir) == before
    forced = cli("restore", str(tmp_path / "bk"), "--force", "--json")
    assert forced.returncode == 0 and json.loads(forced.stdout)["dropped"] == 1
    log = cli("log", "--json")
    assert [json.loads(line)["data"]["text"] for line in log.stdout.splitlines()] == ["one"]


def test_backup_into_an_existing_path_is_bad_input(cli: CliRunner, tmp_path: Path) -> None:
    assert cli("note", "one").returncode == 0
    (tmp_path / "taken").mkdir()
    out = cli("backup", str(tmp_path / "taken"))
    assert out.returncode == 2 and "Traceback" not in out.stderr
    assert list((tmp_path / "taken").iterdir()) == []


def test_restore_refuses_a_backup_holding_a_secret(tmp_path: Path, backend_name: str) -> None:
    """A backup is input too: an event that carries a credential (written before a rule
    existed, or planted) stops the restore with the privacy error, store unchanged."""
    from handoff import PrivacyError

    from ._planted import plant, secret

    root = tmp_path / "a"
    _filled(root, "jsonl", 2)
    plant(root, "note", {"text": f"token {secret(3)}"})
    with handoff.open_store(root, create=False) as store:
        if backend_name != "jsonl":
            store.promote(backend_name)
        store.backup(tmp_path / "bk")
    _filled(tmp_path / "b", backend_name, 1)
    before = snapshot(tmp_path / "b")
    with handoff.open_store(tmp_path / "b", create=False) as store, pytest.raises(PrivacyError) as err:
        store.restore(tmp_path / "bk", force=True)
    assert secret(3) not in str(err.value)
    assert snapshot(tmp_path / "b") == before
