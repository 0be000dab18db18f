"""Judging whether a fact in latest.json still holds, at read time.

latest.json is a pure function of the log, so it cannot say "stale": that depends on the
clock and on the repository. This module compares a state against both: a validation is
stale once HEAD has moved past the commit it ran on, a rate limit is over after its reset
time, a note can expire. HEAD is read from `.git` directly (no git process), which keeps
`handoff show` fast.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from .events import parse_ts
from .locations import git_root


def git_head(start: Path | None = None) -> tuple[str | None, str | None]:
    """(commit, branch) of the enclosing git checkout, or (None, None)."""
    root = git_root(start or Path.cwd())
    if root is None:
        return None, None
    git = root / ".git"
    try:
        if git.is_file():  # a worktree: ".git" names the real git dir
            text = git.read_text().strip()
            if not text.startswith("gitdir:"):
                return None, None
            git = (root / text.removeprefix("gitdir:").strip()).resolve()
        head = (git / "HEAD").read_text().strip()
    except OSError:
        return None, None
    if not head.startswith("ref:"):
        return head, None
    ref = head.removeprefix("ref:").strip()
    branch = ref.removeprefix("refs/heads/")
    common = git
    commondir = git / "commondir"
    if commondir.exists():
        common = (git / commondir.read_text().strip()).resolve()
    for base in (git, common):
        try:
            return (base / ref).read_text().strip(), branch
        except OSError:
            pass
    try:
        for line in (common / "packed-refs").read_text().splitlines():
            if line.endswith(" " + ref):
                return line.split(" ", 1)[0], branch
    except OSError:
        pass
    return None, branch


def _age(ts: str, now: datetime) -> str:
    seconds = int((now - parse_ts(ts)).total_seconds())
    if seconds < 0:
        return "just now"
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60)):
        if seconds >= size:
            return f"{seconds // size}{unit} ago"
    return f"{seconds}s ago"


def assess(state: dict[str, Any], *, now: datetime | None = None,
           head: tuple[str | None, str | None] | None = None) -> dict[str, Any]:
    """Annotate a copy of the state's facts with `stale` (bool), `why` and `age`."""
    now = now or datetime.now(UTC)
    commit, _branch = head if head is not None else git_head()
    out: dict[str, Any] = {"now": now.strftime("%Y-%m-%dT%H:%M:%SZ"), "head": commit}

    validations = []
    for entry in state.get("validations", {}).values():
        item = dict(entry, age=_age(entry["ts"], now), stale=False)
        ran_on = entry.get("commit")
        if ran_on and commit and not commit.startswith(ran_on) and not ran_on.startswith(commit):
            item["stale"] = True
            item["why"] = f"ran on {ran_on[:12]}, HEAD is now {commit[:12]}"
        elif not ran_on:
            item["why"] = "no commit recorded"
        validations.append(item)
    validations.sort(key=lambda v: v["seq"], reverse=True)
    out["validations"] = validations

    health = []
    for key, entry in state.get("model_health", {}).items():
        item = dict(entry, key=key, age=_age(entry["ts"], now), stale=False)
        reset = entry.get("reset_at")
        if reset is None and entry.get("retry_after_s") is not None:
            checked = parse_ts(entry.get("checked_at") or entry["ts"])
            reset_dt = checked + timedelta(seconds=entry["retry_after_s"])
            reset = reset_dt.strftime("%Y-%m-%dT%H:%M:%S.%fZ")
        if entry["status"] == "rate_limited" and reset and parse_ts(reset) <= now:
            item["stale"] = True
            item["why"] = f"rate limit reset at {reset[:19]}Z; probably usable again"
        elif reset and entry["status"] == "rate_limited":
            item["why"] = f"rate-limited until {reset[:19]}Z"
        health.append(item)
    out["model_health"] = health

    notes = []
    for note in state.get("notes", []):
        item = dict(note, age=_age(note["ts"], now), stale=False)
        expires = note.get("expires_at")
        if expires and parse_ts(expires) <= now:
            item["stale"] = True
            item["why"] = f"expired at {expires[:19]}Z"
        notes.append(item)
    out["notes"] = notes

    out["runtime"] = [
        dict(entry, age=_age(entry["ts"], now)) for entry in state.get("runtime", {}).values()
    ]
    return out
