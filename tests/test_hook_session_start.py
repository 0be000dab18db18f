"""`handoff hook session-start` and `handoff hook stop`, fed the hosts' documented JSON.

The hook runs on every session start, so each failure mode must still answer: a store
locked by a stopped process, a damaged store, no store. Those cases run with the hook's
own deadline set to the host timeout the installer writes (10 s), so an answer that is
not the watchdog's fallback shows the hook answered on its own, well inside it; nothing
here measures time.
"""

from __future__ import annotations

import json
import os
import secrets
import string
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import handoff
from handoff.brief import HOST_BUDGETS
from handoff.hooks import HOOK_TIMEOUT_S
from handoff.session_hooks import LOCKED, NO_STORE, TIMED_OUT, UNREADABLE

from .conftest import handoff_command, snapshot


def claude_input(session: str, tmp: Path) -> dict[str, Any]:
    """SessionStart input as Claude Code documents it."""
    return {"session_id": session, "transcript_path": str(tmp / "transcript.jsonl"), "cwd": str(tmp),
            "hook_event_name": "SessionStart", "source": "startup", "model": "claude-sonnet-4-5"}


def codex_input(session: str, tmp: Path) -> dict[str, Any]:
    """SessionStart input as Codex documents it."""
    return {"session_id": session, "transcript_path": None, "cwd": str(tmp), "hook_event_name": "SessionStart",
            "model": "gpt-5", "source": "startup"}


INPUTS = {"claude-code": claude_input, "codex": codex_input}


def run_hook(tmp: Path, store: Path, payload: dict[str, Any] | str, *args: str,
             deadline: float = HOOK_TIMEOUT_S) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("HANDOFF_")}
    env.update(HANDOFF_HOME=str(store), HOME=str(tmp / "home"), XDG_CACHE_HOME=str(tmp / "cache"),
               HANDOFF_HOOK_DEADLINE=str(deadline))
    text = payload if isinstance(payload, str) else json.dumps(payload)
    return subprocess.run([*handoff_command(), "hook", *args], input=text, capture_output=True, text=True,
                          env=env, cwd=tmp, timeout=120)


def context(out: subprocess.CompletedProcess[str], host: str) -> str:
    assert out.returncode == 0, out.stderr
    assert out.stderr == ""
    doc = json.loads(out.stdout)
    assert doc["hookSpecificOutput"]["hookEventName"] == "SessionStart"
    text = doc["hookSpecificOutput"]["additionalContext"]
    assert isinstance(text, str)
    return text


@pytest.fixture
def filled(tmp_path: Path) -> Path:
    store = handoff.open_store(tmp_path / "store")
    store.append("pointer", {"repo": "acme/widget", "branch": "fix/lock", "pr": 131})
    store.append("note", {"text": "PR open", "next_actions": ["answer review on #131"]})
    store.close()
    return tmp_path / "store"


@pytest.mark.parametrize("host", sorted(INPUTS))
def test_prints_the_brief_in_the_hosts_format(tmp_path: Path, filled: Path, host: str) -> None:
    text = context(run_hook(tmp_path, filled, INPUTS[host]("s-1", tmp_path), "session-start", "--for", host), host)
    assert "- Active: acme/widget  branch fix/lock  PR #131" in text
    assert "(`handoff done 2.1`)" in text and len(text) <= HOST_BUDGETS[host]


def test_plain_text_without_a_json_host(tmp_path: Path, filled: Path) -> None:
    out = run_hook(tmp_path, filled, "", "session-start", "--for", "opencode")
    assert out.returncode == 0 and out.stdout.startswith("## Handoff") and "acme/widget" in out.stdout


@pytest.fixture
def stopped_lock_holder(filled: Path) -> Iterator[int]:
    """A child that takes the store's lock, says so through a pipe, and stops itself."""
    code = ("import fcntl, os, signal, sys\n"
            "fd = os.open(sys.argv[1], os.O_RDWR | os.O_CREAT, 0o600)\n"
            "fcntl.flock(fd, fcntl.LOCK_EX)\n"
            "os.write(1, b'locked\\n')\n"
            "os.kill(os.getpid(), signal.SIGSTOP)\n")
    child = subprocess.Popen([sys.executable, "-c", code, str(filled / "lock")], stdout=subprocess.PIPE)
    assert child.stdout is not None
    assert child.stdout.readline() == b"locked\n"
    try:
        yield child.pid
    finally:
        child.kill()
        child.wait()
        child.stdout.close()


@pytest.mark.parametrize("host", sorted(INPUTS))
@pytest.mark.parametrize("lagging", [False, True])
def test_answers_with_the_lock_held_by_a_stopped_process(tmp_path: Path, filled: Path, stopped_lock_holder: int,
                                                         host: str, lagging: bool) -> None:
    if lagging:  # latest.json gone: a reader has to catch up, which needs the lock today
        (filled / "latest.json").unlink()
    text = context(run_hook(tmp_path, filled, INPUTS[host]("s-2", tmp_path), "session-start", "--for", host),
                   host)
    assert text != TIMED_OUT
    assert text == LOCKED or "acme/widget" in text
    assert _state(stopped_lock_holder) == "T"


@pytest.mark.parametrize("host", sorted(INPUTS))
def test_no_store_is_one_line(tmp_path: Path, host: str) -> None:
    out = run_hook(tmp_path, tmp_path / "missing", INPUTS[host]("s-3", tmp_path), "session-start", "--for", host)
    assert context(out, host) == NO_STORE
    assert not (tmp_path / "missing").exists()


@pytest.mark.parametrize("damage", ["store.json", "newer-schema", "latest-fifo", "log-garbage"])
def test_damaged_store_is_one_line_and_exit_0(tmp_path: Path, filled: Path, damage: str) -> None:
    if damage == "store.json":
        (filled / "store.json").write_bytes(b"\x00not json")
    elif damage == "newer-schema":
        (filled / "store.json").write_text('{"backend": "jsonl", "schema_version": 999}')
    elif damage == "latest-fifo":  # opening it for reading blocks until a writer comes
        (filled / "latest.json").unlink()
        os.mkfifo(filled / "latest.json")
    else:
        with open(filled / "events.jsonl", "ab") as f:
            f.write(b"\x00\xff garbage line\n")
    out = run_hook(tmp_path, filled, claude_input("s-4", tmp_path), "session-start", "--for", "claude-code",
                   deadline=2 if damage == "latest-fifo" else HOOK_TIMEOUT_S)
    text = context(out, "claude-code")
    if damage in ("store.json", "newer-schema"):
        assert text == UNREADABLE
    elif damage == "latest-fifo":
        assert text in (TIMED_OUT, UNREADABLE) or "acme/widget" in text
    else:  # an unreadable line is skipped and reported, the rest is still briefed
        assert "acme/widget" in text and "unreadable line" in text


def _secret() -> str:
    return "ghp_" + "".join(secrets.choice(string.ascii_letters + string.digits) for _ in range(36))


def test_nothing_from_the_input_is_kept_but_the_session_id(tmp_path: Path, filled: Path) -> None:
    token = _secret()
    os.mkfifo(tmp_path / "transcript.jsonl")  # reading it would block: the hook must not open it
    payload = claude_input("sess-7f3a", tmp_path)
    payload.update(prompt=f"deploy with {token}", transcript_path=str(tmp_path / "transcript.jsonl"),
                   custom_instructions=f"use {token}")
    before = snapshot(filled)
    text = context(run_hook(tmp_path, filled, payload, "session-start", "--for", "claude-code",
                            "--record-session", deadline=5), "claude-code")
    assert "acme/widget" in text and text != TIMED_OUT
    assert snapshot(filled) == before  # the store is byte-identical
    kept = [p for p in (tmp_path / "cache").rglob("*") if p.is_file()]
    assert len(kept) == 1  # the one session file
    content = kept[0].read_text()
    assert token not in content and "sess-7f3a" not in content and "transcript" not in content
    assert set(json.loads(content)) == {"counts", "reminded"}
    for path in tmp_path.rglob("*"):
        if path.is_file() and not path.is_fifo():
            assert token.encode() not in path.read_bytes(), path


def test_malformed_input_still_gives_the_brief(tmp_path: Path, filled: Path) -> None:
    for junk in ("not json", "[1,2]", '{"session_id": 12}', "\xff" * 10):
        text = context(run_hook(tmp_path, filled, junk, "session-start", "--for", "codex"), "codex")
        assert "acme/widget" in text


# -- the Stop reminder ---------------------------------------------------------------------


def stop_input(session: str, active: bool = False) -> dict[str, Any]:
    return {"session_id": session, "transcript_path": "/x/t.jsonl", "cwd": "/x", "hook_event_name": "Stop",
            "stop_hook_active": active, "last_assistant_message": "done"}


def _start(tmp_path: Path, store: Path, session: str) -> None:
    out = run_hook(tmp_path, store, claude_input(session, tmp_path), "session-start", "--for", "claude-code",
                   "--record-session")
    assert out.returncode == 0


def test_stop_reminds_once_when_work_was_recorded_without_a_note(tmp_path: Path, filled: Path) -> None:
    _start(tmp_path, filled, "s-10")
    assert run_hook(tmp_path, filled, stop_input("s-10"), "stop", "--for", "claude-code").stdout == ""
    with handoff.open_store(filled) as store:
        store.append("validation", {"command": "pytest -q", "exit_code": 0})
    first = run_hook(tmp_path, filled, stop_input("s-10"), "stop", "--for", "claude-code")
    assert first.returncode == 0
    doc = json.loads(first.stdout)
    assert doc["decision"] == "block" and "handoff note" in doc["reason"]
    again = run_hook(tmp_path, filled, stop_input("s-10"), "stop", "--for", "claude-code")
    assert again.returncode == 0 and again.stdout == ""  # once per session: never a loop


def test_stop_stays_quiet_after_a_note_or_when_already_continuing(tmp_path: Path, filled: Path) -> None:
    _start(tmp_path, filled, "s-11")
    _start(tmp_path, filled, "s-12")
    with handoff.open_store(filled) as store:
        store.append("validation", {"command": "pytest -q", "exit_code": 1})
    assert run_hook(tmp_path, filled, stop_input("s-11", active=True), "stop").stdout == ""
    with handoff.open_store(filled) as store:
        store.append("note", {"text": "tests fail on the lock path"})
    assert run_hook(tmp_path, filled, stop_input("s-12"), "stop").stdout == ""
    assert run_hook(tmp_path, filled, stop_input("unknown"), "stop").stdout == ""
    assert run_hook(tmp_path, tmp_path / "missing", stop_input("s-12"), "stop").returncode == 0


def test_stop_with_the_lock_held_by_a_stopped_process(tmp_path: Path, filled: Path, stopped_lock_holder: int) -> None:
    (filled / "latest.json").unlink()
    _start(tmp_path, filled, "s-13")
    out = run_hook(tmp_path, filled, stop_input("s-13"), "stop", "--for", "codex")
    assert out.returncode == 0 and out.stdout == ""
    assert _state(stopped_lock_holder) == "T"  # the holder was stopped (holding the lock) throughout


def _state(pid: int) -> str:
    """A process's state letter from /proc (T: stopped)."""
    return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
