"""Round 11's JSON lines: agent event records (benign) beside chat records (prompt).

Event records carry tool names, exit codes, paths and durations and no conversational text;
chat records carry a user's and an assistant's words under many key conventions. Some benign
records borrow chat-like keys (``role``, ``content_type``, ``message`` as a log message) so the key
names alone do not decide.
"""

from __future__ import annotations

import json
import random

from _t11langs import L
from _t11notes import TOPICS, WHO, field_request
from _t11prose import WRITTEN_ANSWERS, model_answer
from _t11terse import TERSE_PROMPTS

TOOLS = ("Bash", "Read", "Edit", "Write", "Grep", "Glob", "shell", "apply_patch", "run_tests", "git", "WebFetch", "TodoWrite", "mcp__fs__read")
COMMANDS = ("pytest -q -x tests/test_store.py", "ruff check .", "git status --short", "make lint", "npm test -- --run",
            "cargo build --release", "go test ./...", "mypy --strict handoff", "ls -la build/", "docker compose ps",
            "uv pip install -e .", "git diff --stat HEAD~1", "kubectl get pods -n staging", "tsc --noEmit")
PATHS = ("handoff/store.py", "src/api/routes.ts", "README.md", "tests/test_lock.py", "cmd/server/main.go", "pyproject.toml",
         "web/src/hooks/useFetch.ts", "migrations/0042_tenant.sql", "Cargo.toml", ".github/workflows/ci.yml", "docs/runbook.md")
EVENTS = ("tool_start", "tool_end", "tool_result", "session_start", "session_end", "file_edit", "hook", "usage", "checkpoint", "permission")

ANSWERS = (
    "The lock is released when the file descriptor closes, so a crashed process never leaves it held.",
    "You can pass --maxfail=1 to stop at the first failure, or -x which is the same thing.",
    "Sure. Add a jitter of up to 20% to each delay so the retries from many clients don't line up.",
    "The migration fails because the column already exists on staging; guard it with IF NOT EXISTS.",
    "Here is a shorter version: 'Retries now back off with jitter and stop after five attempts.'",
    "It's the timezone: the report uses UTC midnight but the dashboard groups by local date.",
    "Option 1 keeps the API stable; option 2 is faster but breaks old clients. I'd pick option 1.",
    "Use a set for the lookups; membership is O(1) instead of scanning the list each time.",
    "That error means the borrow outlives the iterator. Clone the key before the loop.",
    "In short: the consumer commits offsets before processing, so a crash loses messages.",
)


def _ts(rng: random.Random) -> str:
    return f"2026-11-{rng.randint(1, 30):02d}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}Z"


def _dump(obj: object, rng: random.Random) -> str:
    if rng.random() < 0.5:
        return json.dumps(obj, ensure_ascii=False)
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))


def git_record(rng: random.Random) -> str:
    """A commit as a JSON record (git log exported by a tool), the message in one of the 19 languages."""
    lang = rng.choice(sorted(L))
    msg = rng.choice(L[lang]["M"] + L[lang]["N"])
    sha = "".join(rng.choice("0123456789abcdef") for _ in range(40))
    obj = {"sha": sha if rng.random() < 0.5 else sha[:10], "author": rng.choice(WHO).lstrip("@"), "date": _ts(rng), "message": msg}
    if rng.random() < 0.4:
        obj["files_changed"] = rng.randint(1, 30)
    return _dump(obj, rng)


def agent_event(rng: random.Random) -> str:
    """One event record of an agent's run: a tool, its arguments, its exit code, durations."""
    if rng.random() < 0.2:
        return git_record(rng)
    kind = rng.randrange(8)
    ts = _ts(rng)
    if kind == 0:
        obj: dict[str, object] = {"ts": ts, "event": "tool_end", "tool": "Bash", "cmd": rng.choice(COMMANDS), "exit": rng.choice((0, 0, 0, 1, 2, 124)), "duration_ms": rng.randint(40, 90000)}
    elif kind == 1:
        obj = {"type": "file_edit", "path": rng.choice(PATHS), "lines_added": rng.randint(0, 80), "lines_removed": rng.randint(0, 40), "at": ts}
    elif kind == 2:
        obj = {"event": "usage", "input_tokens": rng.randint(100, 90000), "output_tokens": rng.randint(10, 8000), "cache_read": rng.randint(0, 50000), "model": rng.choice(("m-large", "m-small", "local-7b")), "turn": rng.randint(1, 60)}
    elif kind == 3:
        obj = {"ts": ts, "level": rng.choice(("info", "warn", "error")), "message": rng.choice(("tool finished", "hook denied write", "checkpoint saved", "retrying tool call", "sandbox started", "lock acquired")), "tool": rng.choice(TOOLS), "elapsed": round(rng.uniform(0.01, 30), 3)}
    elif kind == 4:
        obj = {"session": f"s_{rng.randint(10**7, 10**8)}", "event": rng.choice(EVENTS), "cwd": "/work/" + rng.choice(("api", "web", "handoff", "infra")), "git_head": "".join(rng.choice("0123456789abcdef") for _ in range(12))}
    elif kind == 5:
        obj = {"id": f"call_{rng.randint(1000, 9999)}", "name": rng.choice(TOOLS), "status": rng.choice(("ok", "error", "timeout")), "exit_code": rng.choice((0, 0, 1, 137)), "stdout_bytes": rng.randint(0, 400000), "path": rng.choice(PATHS)}
    elif kind == 6:
        obj = {"role": rng.choice(("reader", "maintainer", "ci-bot", "admin")), "content_type": rng.choice(("text/csv", "application/json", "image/png")), "size": rng.randint(10, 10**6), "object": rng.choice(PATHS)}
    else:
        obj = {"hook": rng.choice(("pre_tool", "post_tool", "stop")), "decision": rng.choice(("allow", "deny", "ask")), "tool": rng.choice(TOOLS), "matched": rng.choice(PATHS), "ms": rng.randint(1, 300)}
    if rng.random() < 0.2:
        return rng.choice(("", "[agent] ", "events.jsonl:", "2026-11-30 ")) + _dump(obj, rng)
    return _dump(obj, rng)


def _user_text(rng: random.Random) -> str:
    return field_request(rng) if rng.random() < 0.7 else rng.choice(TERSE_PROMPTS)


def _answer_text(rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.5:
        return rng.choice(ANSWERS)
    if roll < 0.75:
        return rng.choice(WRITTEN_ANSWERS)
    return model_answer(rng).split("\n", 1)[-1] if rng.random() < 0.5 else model_answer(rng)


def chat_record(rng: random.Random) -> str:
    """One chat record with a user's and an assistant's words, under one of many key conventions."""
    if rng.random() < 0.25:
        lang = rng.choice(sorted(L))
        u = rng.choice(L[lang]["R"] + L[lang]["T"])
        a = rng.choice(L[lang]["A"])
    else:
        u = _user_text(rng)
        a = _answer_text(rng)
    kind = rng.randrange(8)
    if kind == 0:
        obj: object = {"messages": [{"role": "user", "content": u}, {"role": "assistant", "content": a}]}
    elif kind == 1:
        obj = {"prompt": u, "completion": a}
    elif kind == 2:
        obj = {"conversations": [{"from": "human", "value": u}, {"from": "gpt", "value": a}]}
    elif kind == 3:
        obj = {"instruction": u, "input": "", "output": a}
    elif kind == 4:
        obj = {"speaker": rng.choice(("user", "customer", "dev")), "text": u, "ts": _ts(rng)}
    elif kind == 5:
        obj = {"type": "message", "role": "user", "content": [{"type": "text", "text": u}], "session": f"s_{rng.randint(10**7, 10**8)}"}
    elif kind == 6:
        obj = {"ts": _ts(rng), "turn": rng.randint(1, 40), "author": "assistant", "text": a}
    else:
        obj = {"input": u, "expected": a, "tags": [rng.choice(("eval", "golden", "regression"))], "topic": rng.choice(TOPICS)}
    return _dump(obj, rng)
