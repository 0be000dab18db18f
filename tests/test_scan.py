"""`handoff scan`: old data checked with the current rules, reported without the values.

Secrets get into a test store behind the write path's back (`_planted.plant` writes the
line straight into the log, as an older version with weaker rules could have), or, for
the backend-agnostic API test, by appending with the filter switched off.
"""

from __future__ import annotations

import json
import os
import pty
import subprocess
from pathlib import Path
from typing import Any

import pytest

from handoff.scan import scan_store
from handoff.store import Store

from ._planted import plant, secret, transcript
from .conftest import CliRunner, handoff_command, snapshot


def _init(cli: CliRunner) -> None:
    assert cli("note", "a clean note", "--next", "open the PR").returncode == 0
    assert cli("config", "set", "test.cmd", "pytest -q").returncode == 0


def _findings(out: str) -> list[tuple[str, str, str, str, str]]:
    """(id, #seq, kind, path[span], rule) per finding line of the text output (fields are
    two spaces apart; a path can hold one, as in `data.<key 1>`)."""
    rows = []
    for line in out.splitlines():
        parts = line.split("  ")
        if len(parts) == 5 and parts[1].startswith("#"):
            rows.append((parts[0], parts[1], parts[2], parts[3], parts[4]))
    return rows


def test_a_clean_store_exits_0_and_says_so(cli: CliRunner) -> None:
    _init(cli)
    out = cli("scan")
    assert out.returncode == 0, out.stderr
    assert out.stdout == "scanned 2 events: clean\n" and out.stderr == ""
    report = json.loads(cli("scan", "--json").stdout)
    assert report["clean"] is True and report["events_scanned"] == 2 and report["flagged"] == []


# Where a secret can sit in a stored record, one event each: (kind, data, scope, extra
# envelope keys, the path the finding must name, the string at that path).
Placement = tuple[str, dict[str, Any], dict[str, Any], dict[str, Any], str, str]


def _placements(s: str) -> list[Placement]:
    return [
        ("note", {"text": f"deploy with {s} tonight"}, {}, {}, "data.text", f"deploy with {s} tonight"),
        ("note", {"text": "ok", "next_actions": ["first", f"rotate {s}"]}, {}, {},
         "data.next_actions[1]", f"rotate {s}"),
        ("validation", {"command": f"curl -H 'x: {s}' ci", "exit_code": 0, "passed": True},
         {}, {}, "data.command", f"curl -H 'x: {s}' ci"),
        ("config", {"key": "deploy.token.hint", "value": s}, {}, {}, "data.value", s),
        ("pointer", {"repo": "acme/app", "title": f"leak {s}"}, {}, {}, "data.title", f"leak {s}"),
        ("model_health", {"provider": "p", "model": "m", "status": "ok", "detail": s},
         {}, {}, "data.detail", s),
        ("runtime", {"component": "db", "status": "up", "detail": s}, {}, {}, "data.detail", s),
        ("action_done", {"action": "1", "summary": s}, {}, {}, "data.summary", s),
        ("note", {"text": "fine"}, {"session": s}, {}, "scope.session", s),
        ("note", {"text": "fine"}, {"agent": "claude-code"}, {"origin": s}, "origin", s),
        ("purge", {"event_ids": ["01a200b3-71c2-762c-9e20-df9df6380520"], "reason": s},
         {}, {}, "data.reason", s),
    ]


def test_a_secret_in_a_line_that_is_not_a_readable_event_is_still_reported(
    cli: CliRunner, store_dir: Path
) -> None:
    """An unknown data key makes a line unreadable (readers skip it), but its bytes are
    on disk: scan looks at them as text and reports the finding by byte offset."""
    _init(cli)
    s = secret(10)
    plant(store_dir, "note", {"text": "fine", s: "free key"})
    offset = (store_dir / "events.jsonl").read_bytes().rstrip(b"\n").rfind(b"\n") + 1
    out = cli("scan", "--json")
    assert out.returncode == 3 and s not in out.stdout + out.stderr
    report = json.loads(out.stdout)
    assert report["unreadable_lines"] == 1 and report["events_flagged"] == 0
    [finding] = report["quarantine_findings"]
    assert (finding["file"], finding["offset"], finding["rule"]) == ("../events.jsonl", offset, "github-pat")


@pytest.mark.parametrize("where", range(11))
def test_a_planted_secret_is_reported_by_event_and_never_printed(
    cli: CliRunner, store_dir: Path, where: int
) -> None:
    _init(cli)
    s = secret(where)
    kind, data, scope, extra, path, stored = _placements(s)[where]
    rec = plant(store_dir, kind, data, scope=scope, **extra)
    assert cli("rebuild").returncode == 0
    assert cli("note", "written after the old line").returncode == 0
    before = snapshot(store_dir)

    out = cli("scan")
    assert out.returncode == 3, out.stderr
    assert s not in out.stdout and s not in out.stderr
    assert out.stderr == ""
    [(event_id, seq, found_kind, where_found, rule)] = _findings(out.stdout)
    assert (event_id, seq, found_kind, rule) == (rec["id"], f"#{rec['seq']}", kind, "github-pat")
    assert where_found.startswith(path + "[")
    assert out.stdout.splitlines()[-1].startswith("scanned 4 events: 1 flagged, 1 finding(s)")

    js = cli("scan", "--json")
    assert js.returncode == 3 and s not in js.stdout
    report = json.loads(js.stdout)
    assert report["clean"] is False and report["events_flagged"] == 1
    [flagged] = report["flagged"]
    assert (flagged["id"], flagged["seq"], flagged["kind"]) == (rec["id"], rec["seq"], kind)
    [finding] = flagged["findings"]
    assert finding["path"] == path and finding["rule"] == "github-pat"
    assert stored[finding["start"]:finding["end"]] == s  # the span is the secret's
    assert snapshot(store_dir) == before, "scan must not change the store"


def test_every_finding_of_an_event_is_listed(cli: CliRunner, store_dir: Path) -> None:
    _init(cli)
    a, b = secret(1, "aws-access-key-id"), secret(2, "npm-token")
    rec = plant(store_dir, "note", {"text": f"{a} and {b}", "next_actions": [transcript(3)]},
                scope={"agent": secret(4, "gitlab-pat")})
    out = cli("scan", "--json")
    assert out.returncode == 3
    [flagged] = json.loads(out.stdout)["flagged"]
    assert flagged["id"] == rec["id"]
    got = sorted((f["path"], f["rule"]) for f in flagged["findings"])
    assert ("data.text", "aws-access-key-id") in got and ("data.text", "npm-token") in got
    assert ("scope.agent", "gitlab-pat") in got
    assert any(p == "data.next_actions[0]" for p, _ in got)  # the transcript
    assert len(got) == 4
    text = cli("scan").stdout
    assert len(_findings(text)) == 4 and "4 finding(s)" in text


def test_unreadable_lines_are_counted_not_fatal(cli: CliRunner, store_dir: Path) -> None:
    _init(cli)
    with open(store_dir / "events.jsonl", "ab") as f:
        f.write(b"not an event\n")
        f.write(b'{"v": 1, "kind": "note"}\n')
    rec = plant(store_dir, "note", {"text": secret(7)})
    out = cli("scan")
    assert out.returncode == 3  # the readable secret is still found
    assert [r[0] for r in _findings(out.stdout)] == [rec["id"]]
    assert "2 unreadable line(s) not scanned" in out.stdout
    assert json.loads(cli("scan", "--json").stdout)["unreadable_lines"] == 2


def test_unreadable_lines_alone_are_not_called_clean(cli: CliRunner, store_dir: Path) -> None:
    """A store with lines scan could not read is not known to be clean: exit 5, like doctor."""
    _init(cli)
    with open(store_dir / "events.jsonl", "ab") as f:
        f.write(b"not an event\n")
    out = cli("scan")
    assert out.returncode == 5, out.stdout
    assert "clean" not in out.stdout and "1 unreadable line(s) not scanned" in out.stdout
    assert json.loads(cli("scan", "--json").stdout)["clean"] is False
    assert cli("doctor", "--fix").returncode == 0
    assert cli("scan").returncode == 0


def test_no_store_exits_7(cli: CliRunner, tmp_path: Path) -> None:
    out = cli("--store", str(tmp_path / "nowhere"), "scan", store=False)
    assert out.returncode == 7 and len(out.stderr.splitlines()) == 1
    assert not (tmp_path / "nowhere").exists()


def _big_log(store_dir: Path, n: int) -> None:
    import uuid_utils

    from ._planted import now_ts

    ts = now_ts()
    with open(store_dir / "events.jsonl", "wb") as f:
        f.write(b"".join(
            json.dumps({"v": 1, "id": str(uuid_utils.uuid7()), "seq": i, "ts": ts, "kind": "config",
                        "scope": {}, "data": {"key": f"k{i % 50}", "value": i}}).encode() + b"\n"
            for i in range(1, n + 1)))


def test_progress_goes_to_a_terminal_only(cli: CliRunner, store_dir: Path) -> None:
    _init(cli)
    _big_log(store_dir, 12_000)
    piped = cli("scan")
    assert piped.returncode == 0 and piped.stderr == ""
    # the same scan with stderr on a pseudo-terminal draws a percentage there
    main, child = pty.openpty()
    try:
        proc = subprocess.run([*handoff_command(), "--store", str(store_dir), "scan"],
                              stdout=subprocess.PIPE, stderr=child, timeout=60,
                              env={k: v for k, v in os.environ.items() if not k.startswith("HANDOFF_")})
        os.close(child)
        chunks = []
        while True:
            try:
                chunk = os.read(main, 4096)
            except OSError:
                break
            if not chunk:
                break
            chunks.append(chunk)
    finally:
        os.close(main)
    assert proc.returncode == 0 and proc.stdout == b"scanned 12000 events: clean\n"
    assert b"scanning... " in b"".join(chunks) and b"%" in b"".join(chunks)


def test_scan_store_api_on_every_backend(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    """The scan reads through the backend interface, so it works on every backend. The
    secret gets in the way it would have under weaker rules: the filter let it pass."""
    store.append("note", {"text": "fine"})
    import handoff.privacy

    monkeypatch.setattr(handoff.privacy, "check", lambda value, path="": None)
    bad = store.append("note", {"text": f"key {secret(11)}"}, scope={"agent": "x"})
    monkeypatch.undo()
    store.append("config", {"key": "a", "value": 1})
    report = scan_store(store)
    assert report.events_scanned == 3 and report.unreadable == 0
    [flagged] = report.flagged
    assert (flagged.id, flagged.seq, flagged.kind) == (bad.id, bad.seq, "note")
    assert [(f.path, f.rule, f.start, f.end) for f in flagged.findings] == [
        ("data.text", "github-pat", 4, 44)]
    seen: list[tuple[int, int]] = []
    scan_store(store, progress=lambda pos, end: seen.append((pos, end)))
    assert seen == []  # three events are far below the progress interval
