"""The real `handoff` entry point, run as a process against a temporary store."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import orjson
import pytest

from .conftest import CliRunner, snapshot


def test_a_session_round_trip(cli: CliRunner) -> None:
    assert cli("init").returncode == 0
    out = cli("note", "Lock refactor done", "--next", "open the PR", "--next", "update docs")
    assert out.returncode == 0 and "1.1, 1.2" in out.stdout
    assert cli("pointer", "--repo", "acme/app", "--branch", "feat/lock", "--pr", "12").returncode == 0
    assert cli("health", "anthropic", "claude-sonnet-4-5", "rate_limited", "--reset", "10m").returncode == 0
    assert cli("runtime", "devserver", "up", "--port", "5173").returncode == 0
    assert cli("config", "set", "test.cmd", "pytest -q").returncode == 0
    assert cli("done", "1.1").returncode == 0
    shown = cli("show")
    assert shown.returncode == 0
    assert "acme/app" in shown.stdout and "[1.2] update docs" in shown.stdout
    assert "open the PR" not in shown.stdout  # resolved actions are not shown as open
    brief = cli("show", "--format", "md").stdout
    assert "### Next actions" in brief and "handoff done 1.2" in brief
    latest = json.loads(cli("latest").stdout)
    assert latest["meta"]["last_seq"] == 6
    assert cli("config", "get", "test.cmd").stdout.strip() == "pytest -q"


def test_every_read_command_has_json(cli: CliRunner) -> None:
    cli("note", "x")
    for args in (["show", "--json"], ["log", "--json"], ["doctor", "--json"], ["rebuild", "--json"],
                 ["init", "--json"], ["config", "get", "nope", "--json"]):
        out = cli(*args)
        if out.returncode == 0:
            for line in out.stdout.splitlines() if args[0] == "log" else [out.stdout]:
                json.loads(line)
    assert json.loads(cli("note", "y", "--json").stdout)["seq"] == 2


def test_run_records_the_result_and_passes_the_exit_code_through(cli: CliRunner,
                                                                 tmp_path: Path) -> None:
    out = cli("run", "--", "sh", "-c", "echo OUT$((40+2))MARK; exit 3")
    assert out.returncode == 3
    assert "OUT42MARK" in out.stdout  # the output reaches the terminal...
    log = (tmp_path / "store" / "events.jsonl").read_bytes()
    assert b"OUT42MARK" not in log  # ...and never the store
    [event] = [json.loads(line) for line in log.splitlines()]
    assert event["data"]["exit_code"] == 3 and event["data"]["passed"] is False
    assert event["data"]["command"] == "sh -c 'echo OUT$((40+2))MARK; exit 3'"
    assert cli("run", "--", "true").returncode == 0
    assert cli("run", "--", "no-such-command-here").returncode == 127


def test_run_records_the_commit_it_ran_on(cli: CliRunner, tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    repo.mkdir()
    git = ["git", "-C", str(repo), "-c", "user.email=t@example.com", "-c", "user.name=t"]
    subprocess.run([*git, "init", "-q", "-b", "main"], check=True)
    subprocess.run([*git, "commit", "-q", "--allow-empty", "-m", "one"], check=True)
    head = subprocess.run([*git, "rev-parse", "HEAD"], capture_output=True, text=True).stdout.strip()
    assert cli("run", "--", "true", cwd=repo).returncode == 0
    latest = json.loads(cli("latest").stdout)
    assert latest["last_validation"]["commit"] == head
    assert latest["last_validation"]["branch"] == "main"
    assert "STALE" not in cli("show", cwd=repo).stdout
    subprocess.run([*git, "commit", "-q", "--allow-empty", "-m", "two"], check=True)
    assert "STALE: ran on" in cli("show", cwd=repo).stdout


def test_bad_input_is_one_line_exit_2_and_changes_nothing(cli: CliRunner, tmp_path: Path) -> None:
    cli("note", "baseline")
    before = snapshot(tmp_path / "store")
    for args in (["note", ""], ["pointer", "--repo", "not-a-repo"], ["health", "p", "m", "fine"],
                 ["validation", "--command", "x", "--exit-code", "abc"],
                 ["note", "x", "--expires", "someday"], ["bogus-command"]):
        out = cli(*args)
        assert out.returncode == 2, (args, out.stderr)
        assert "Traceback" not in out.stderr
    out = cli("note", "")
    assert len(out.stderr.strip().splitlines()) == 1
    assert snapshot(tmp_path / "store") == before


def test_not_found_and_missing_store_exit_codes(cli: CliRunner, tmp_path: Path) -> None:
    cli("init")
    out = cli("done", "7.1")
    assert out.returncode == 8 and out.stderr.startswith("handoff: error:")
    missing = cli("--store", str(tmp_path / "nowhere"), "log", store=False)
    assert missing.returncode == 7 and "Traceback" not in missing.stderr


def test_newer_schema_version_exit_code(cli: CliRunner, tmp_path: Path) -> None:
    cli("init")
    (tmp_path / "store" / "store.json").write_bytes(orjson.dumps({"backend": "jsonl",
                                                                  "schema_version": 42}))
    out = cli("show")
    assert out.returncode == 6 and "newer" not in out.stdout and "upgrade" in out.stderr


def test_log_filters(cli: CliRunner) -> None:
    cli("note", "a")
    cli("config", "set", "k", "v")
    cli("note", "b")
    kinds = [json.loads(x)["kind"] for x in cli("log", "--json").stdout.splitlines()]
    assert kinds == ["note", "config", "note"]
    notes = cli("log", "--json", "--kind", "note", "--limit", "1").stdout.splitlines()
    assert [json.loads(x)["data"]["text"] for x in notes] == ["b"]
    assert [json.loads(x)["seq"] for x in cli("log", "--json", "--since", "2").stdout.splitlines()] == [3]
    assert len(cli("log", "--since", "1h").stdout.splitlines()) == 3


def test_note_text_from_stdin(cli: CliRunner) -> None:
    assert cli("note", "-", input="multi\nline note\n").returncode == 0
    assert json.loads(cli("latest").stdout)["notes"][0]["text"] == "multi\nline note\n"


def test_scope_from_environment(cli: CliRunner) -> None:
    cli("note", "x", env={"HANDOFF_AGENT": "claude-code", "HANDOFF_SESSION": "s-1"})
    [line] = cli("log", "--json").stdout.splitlines()
    assert json.loads(line)["scope"] == {"agent": "claude-code", "session": "s-1"}


def test_doctor_fix_repairs_a_torn_tail(cli: CliRunner, tmp_path: Path) -> None:
    cli("note", "x")
    log = tmp_path / "store" / "events.jsonl"
    with open(log, "ab") as f:
        f.write(b'{"v":1,"id":"torn')
    bad = cli("doctor", "--json")
    assert bad.returncode == 5 and json.loads(bad.stdout)["torn_tail"]
    fixed = cli("doctor", "--fix", "--json")
    assert fixed.returncode == 0
    quarantine = Path(json.loads(fixed.stdout)["quarantine_file"])
    assert quarantine.read_bytes() == b'{"v":1,"id":"torn'
    assert cli("doctor").returncode == 0


def test_help_lists_exit_codes(cli: CliRunner) -> None:
    out = cli("--help")
    assert out.returncode == 0 and "3 privacy filter" in out.stdout and "4 lock timeout" in out.stdout


@pytest.mark.parametrize("args", [
    ("pointer", "--repo", "acme/web", "--pr", "{v}"),
    ("pointer", "--repo", "acme/web", "--state", "{v}"),
    ("note", "fine", "{v}"),
    ("log", "--limit", "{v}"),
])
def test_usage_errors_are_one_line_and_never_repeat_the_value(cli: CliRunner, store_dir: Path,
                                                             args: tuple[str, ...]) -> None:
    """Click quotes rejected values; a value typed on the command line may be a secret."""
    value = "ghp_" + "Zq7Lw2Xr9Tk4Mv8Np3Hs6Jd1Fb5Gc0Ya2Ue7"  # synthetic, right format
    assert cli("note", "seed").returncode == 0
    before = snapshot(store_dir)
    proc = cli(*(a.format(v=value) for a in args))
    assert proc.returncode == 2
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("handoff: error: "), proc.stderr
    assert value not in proc.stderr + proc.stdout
    assert snapshot(store_dir) == before
