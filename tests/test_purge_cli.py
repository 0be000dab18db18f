"""`handoff purge`: removing events for real from the command line.

The rewrite itself is crash-tested in test_crash.py; here: the command's contract (exit
codes, output, nothing changed on any refusal) and the promise that matters most: after
purging what `scan` found, the secret occurs in no file under the store directory.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from ._planted import files_containing, plant, secret, transcript
from .conftest import CliRunner, snapshot

UNKNOWN_ID = "01a200b3-71c2-762c-9e20-df9df6380520"


def _ids(cli: CliRunner) -> list[str]:
    return [json.loads(line)["id"] for line in cli("log", "--json").stdout.splitlines()]


def _records(cli: CliRunner) -> list[dict[str, Any]]:
    return [json.loads(line) for line in cli("log", "--json").stdout.splitlines()]


def _three_notes(cli: CliRunner) -> list[str]:
    for text in ("first", "second", "third"):
        assert cli("note", text, "--next", f"follow up {text}").returncode == 0
    return _ids(cli)


def test_purge_by_id_removes_it_and_names_the_tombstone(cli: CliRunner, store_dir: Path) -> None:
    first, second, third = _three_notes(cli)
    out = cli("purge", second, "--reason", "asked by the user")
    assert out.returncode == 0, out.stderr
    records = _records(cli)
    assert [r["id"] for r in records[:2]] == [first, third]
    tomb = records[-1]
    assert tomb["kind"] == "purge" and tomb["data"] == {"event_ids": [second],
                                                        "reason": "asked by the user"}
    assert out.stdout == f"purged 1 event(s); tombstone {tomb['id']} (#{tomb['seq']})\n"
    assert b"second" not in (store_dir / "events.jsonl").read_bytes()
    latest = json.loads(cli("latest").stdout)
    assert [n["text"] for n in latest["notes"]] == ["first", "third"]
    assert latest["meta"]["purged_events"] == 1


def test_purge_json_and_repeated_ids(cli: CliRunner) -> None:
    first, second, _ = _three_notes(cli)
    out = cli("purge", first, second, first, "--json")
    assert out.returncode == 0, out.stderr
    info = json.loads(out.stdout)
    tomb = _records(cli)[-1]
    assert info == {"purged": 2, "event_ids": [first, second],
                    "tombstone": {"id": tomb["id"], "seq": tomb["seq"]},
                    "unpurgeable_tombstones": []}


@pytest.mark.parametrize(("args", "code"), [
    ((UNKNOWN_ID,), 8),                        # not found
    ("KNOWN+UNKNOWN", 8),                      # one unknown id refuses the whole purge
    (("not-an-event-id",), 2),                 # malformed id: bad input
    ("TOMBSTONE", 2),                          # a tombstone cannot be purged
    ((), 2),                                   # nothing named
    ("ID+FROM_SCAN", 2),                       # ids and --from-scan together
    ("SECRET_REASON", 3),                      # the reason goes through the privacy filter
    ("TRANSCRIPT_REASON", 2),                  # a reason is one line: multi-line is bad input
])
def test_refusals_are_one_line_and_change_nothing(cli: CliRunner, store_dir: Path,
                                                  args: Any, code: int) -> None:
    first, second, _ = _three_notes(cli)
    assert cli("purge", first).returncode == 0
    tomb = _ids(cli)[-1]
    planted = secret(5)
    argv: tuple[str, ...] = {
        "KNOWN+UNKNOWN": (second, UNKNOWN_ID),
        "TOMBSTONE": (tomb,),
        "ID+FROM_SCAN": (second, "--from-scan"),
        "SECRET_REASON": (second, "--reason", f"it held {planted}"),
        "TRANSCRIPT_REASON": (second, "--reason", transcript(1)),
    }.get(args, args) if isinstance(args, str) else args
    before = snapshot(store_dir)
    out = cli("purge", *argv)
    assert out.returncode == code, (out.stdout, out.stderr)
    assert len(out.stderr.strip().splitlines()) == 1 and "Traceback" not in out.stderr
    assert planted not in out.stderr and planted not in out.stdout
    assert snapshot(store_dir) == before


def test_purge_without_a_store_exits_7(cli: CliRunner, tmp_path: Path) -> None:
    out = cli("--store", str(tmp_path / "nowhere"), "purge", UNKNOWN_ID, store=False)
    assert out.returncode == 7 and not (tmp_path / "nowhere").exists()


def _plant_secrets(cli: CliRunner, store_dir: Path) -> tuple[list[str], list[str]]:
    """A store with secrets in data, scope, a free key and an unknown envelope key,
    interleaved with clean events and folded into latest.json; (secrets, their ids)."""
    assert cli("note", "clean before", "--next", "keep me").returncode == 0
    secrets = [secret(21), secret(22, "aws-access-key-id"), secret(23, "npm-token"),
               secret(24, "stripe-secret-key")]
    ids = []
    ids.append(plant(store_dir, "note", {"text": f"export GH={secrets[0]}",
                                         "next_actions": ["rotate it"]})["id"])
    assert cli("rebuild").returncode == 0  # latest.json now holds the note's text
    assert cli("config", "set", "build.cmd", "make").returncode == 0
    ids.append(plant(store_dir, "config", {"key": "aws.key", "value": secrets[1]},
                     scope={"agent": "claude-code"})["id"])
    ids.append(plant(store_dir, "validation", {"command": "make", "exit_code": 0, "passed": True},
                     scope={"session": secrets[2]})["id"])
    assert cli("runtime", "devserver", "up", "--port", "5173").returncode == 0
    ids.append(plant(store_dir, "note", {"text": "ok"}, origin=secrets[3])["id"])
    assert cli("note", "clean after").returncode == 0  # folds the planted lines, two generations
    return secrets, ids


def test_purge_from_scan_leaves_the_secrets_in_no_file(cli: CliRunner, store_dir: Path) -> None:
    secrets, ids = _plant_secrets(cli, store_dir)
    for s in secrets:
        assert files_containing(store_dir, s), "the test must start with the secret on disk"
    assert "latest.json" in files_containing(store_dir, secrets[0])
    scan = cli("scan", "--json")
    assert scan.returncode == 3
    assert [e["id"] for e in json.loads(scan.stdout)["flagged"]] == ids

    out = cli("purge", "--from-scan", "--reason", "secrets found by scan")
    assert out.returncode == 0, out.stderr
    tomb = _records(cli)[-1]
    assert tomb["kind"] == "purge" and tomb["data"]["event_ids"] == ids
    assert out.stdout == f"purged 4 event(s); tombstone {tomb['id']} (#{tomb['seq']})\n"
    for s in secrets:
        assert s not in out.stdout + out.stderr
        assert files_containing(store_dir, s) == [], f"a purged secret is still on disk: {s[:4]}..."
    assert cli("scan").stdout.startswith("scanned 5 events: clean")
    assert cli("scan").returncode == 0
    # the clean facts survived, and latest.json agrees with a rebuild
    shown = json.loads(cli("latest").stdout)
    assert [n["text"] for n in shown["notes"]] == ["clean before", "clean after"]
    assert "build.cmd" in shown["config"] and "aws.key" not in shown["config"]
    assert cli("doctor").returncode == 0


def test_purge_by_id_also_forgets_latest_generations(cli: CliRunner, store_dir: Path) -> None:
    """Purging by id (not only --from-scan) must leave no old latest.json generation."""
    s = secret(31)
    assert cli("init").returncode == 0
    rec = plant(store_dir, "note", {"text": f"token {s}"})
    assert cli("rebuild").returncode == 0
    assert cli("note", "one more").returncode == 0  # now two generations hold the secret
    assert len(files_containing(store_dir, s)) >= 2
    assert cli("purge", rec["id"]).returncode == 0
    assert files_containing(store_dir, s) == []


def test_from_scan_with_nothing_flagged_changes_nothing(cli: CliRunner, store_dir: Path) -> None:
    _three_notes(cli)
    before = snapshot(store_dir)
    out = cli("purge", "--from-scan")
    assert out.returncode == 0 and out.stdout == "nothing to purge: the scan flagged no event\n"
    assert json.loads(cli("purge", "--from-scan", "--json").stdout)["purged"] == 0
    assert snapshot(store_dir) == before


def test_from_scan_purges_the_rest_when_a_tombstone_is_flagged(cli: CliRunner,
                                                                 store_dir: Path) -> None:
    """A tombstone whose reason carries a secret (written under older rules) cannot be
    purged: the command removes everything else and exits 3 naming it."""
    _three_notes(cli)
    bad_tomb = plant(store_dir, "purge", {"event_ids": [UNKNOWN_ID], "reason": f"x {secret(41)}"})
    bad_note = plant(store_dir, "note", {"text": secret(42)})
    out = cli("purge", "--from-scan")
    assert out.returncode == 3
    assert out.stdout.startswith("purged 1 event(s); tombstone ")
    assert bad_tomb["id"] in out.stderr and len(out.stderr.splitlines()) == 1
    remaining = _ids(cli)
    assert bad_note["id"] not in remaining and bad_tomb["id"] in remaining
    flagged = json.loads(cli("scan", "--json").stdout)["flagged"]
    assert [e["id"] for e in flagged] == [bad_tomb["id"]]


def test_a_secret_in_an_unreadable_line_is_reported_after_quarantine(cli: CliRunner,
                                                                    store_dir: Path) -> None:
    """`doctor --fix` keeps unreadable bytes verbatim; `scan` must still point at them."""
    s = secret(51)
    assert cli("note", "fine").returncode == 0
    with open(store_dir / "events.jsonl", "ab") as f:
        f.write(f'{{"v":1,"kind":"note","data":{{"text":"{s}"}}}}\n'.encode())  # no id: unreadable
    before = cli("scan")  # not an event, but its bytes are scanned as text where they lie
    assert before.returncode == 3 and "events.jsonl" in before.stdout and s not in before.stdout
    assert cli("doctor", "--fix").returncode == 0  # the documented remedy
    assert files_containing(store_dir, s) != []  # kept, in quarantine/
    after = cli("scan")
    assert after.returncode == 3
    assert "quarantine/" in after.stdout and s not in after.stdout + after.stderr


def test_a_purge_killed_before_the_flip_leaves_no_stale_generation_after_recovery(
    cli: CliRunner, store_dir: Path
) -> None:
    s = secret(61)
    assert cli("init").returncode == 0
    rec = plant(store_dir, "note", {"text": f"token {s}"})
    assert cli("rebuild").returncode == 0
    latest = store_dir / "latest.json"
    stale = latest.read_bytes()
    assert s in stale.decode()
    assert cli("purge", rec["id"]).returncode == 0
    # Put back what a SIGKILL right after the log's swap leaves: the new log, the old
    # latest.json (still naming the purged secret).
    latest.write_bytes(stale)
    assert cli("note", "the next session starts").returncode == 0  # detects it, rebuilds
    assert files_containing(store_dir, s) == []
