"""A representative event mix, and a fast way to lay down a big log directly.

The mix cycles through every writable kind, so validation cost covers all the models.
In a generated log every note is closed by an `action_done` ten cycles later, which
keeps latest.json at the same steady-state size (about ten open notes, a few pointers,
validations, runtime components, models and config keys) whether the log holds a
thousand events or a million: the state, and so the cost of rendering latest.json, is
the same for both sides of the "big log" comparison.
"""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import orjson

COMMANDS = [
    "pytest -q tests/",
    "ruff check .",
    "mypy handoff",
    "pytest -q tests/test_store.py -k append",
    "npm test -- --runInBand",
    "cargo test --workspace",
    "go test ./...",
    "bash .ci/run",
]


def raw_items() -> list[tuple[str, dict[str, Any]]]:
    """The ten (kind, data) templates of one cycle, before validation (no action_done)."""
    return [
        ("pointer", {"repo": "acme/handoff", "branch": "feature/append-path", "base": "main",
                     "pr": 1234, "pr_url": "https://github.com/acme/handoff/pull/1234",
                     "title": "Make appends cheaper", "state": "open"}),
        ("validation", {"command": COMMANDS[0], "exit_code": 0, "duration_s": 12.5,
                        "summary": "212 passed, 3 skipped in 12.50s", "commit": "3f9c2e1ab4d5",
                        "branch": "feature/append-path", "repo": "acme/handoff"}),
        ("runtime", {"component": "dev-server", "status": "up", "version": "1.4.2",
                     "port": 8080, "url": "http://127.0.0.1:8080/health",
                     "detail": "started by the previous session, pid file in .run/"}),
        ("validation", {"command": COMMANDS[1], "exit_code": 1, "duration_s": 0.8,
                        "summary": "3 errors (E501, F401 x2)", "commit": "3f9c2e1ab4d5",
                        "branch": "feature/append-path", "repo": "acme/handoff"}),
        ("note", {"text": "CI is green on the append branch; the lock change is in. The "
                          "rebuild benchmark still needs a run on the big log.",
                  "next_actions": ["run bench/bench_append.py", "open the PR"],
                  "tags": ["bench", "store"]}),
        ("model_health", {"provider": "anthropic", "model": "claude-sonnet", "status": "ok",
                          "rate_limit_remaining": 4200, "rate_limit_limit": 5000,
                          "reset_at": "2025-01-01T12:00:00Z", "detail": "healthy"}),
        ("validation", {"command": COMMANDS[2], "exit_code": 0, "duration_s": 4.2,
                        "summary": "Success: no issues found in 14 source files",
                        "commit": "3f9c2e1ab4d5", "repo": "acme/handoff"}),
        ("config", {"key": "store.durability", "value": "always", "source": "pyproject.toml"}),
        ("validation", {"command": COMMANDS[3], "exit_code": 0, "duration_s": 1.1,
                        "summary": "18 passed in 1.10s", "commit": "3f9c2e1ab4d5",
                        "branch": "feature/append-path", "repo": "acme/handoff"}),
        ("validation", {"command": COMMANDS[4], "exit_code": 0, "duration_s": 33.0,
                        "summary": "Tests: 410 passed, 410 total", "commit": "9a8b7c6d5e4f",
                        "branch": "main", "repo": "acme/web"}),
    ]


def api_items(n: int) -> list[tuple[str, dict[str, Any]]]:
    """`n` (kind, data) pairs for `Store.append_many`, cycling through the templates."""
    templates = raw_items()
    out = []
    for i in range(n):
        kind, data = templates[i % len(templates)]
        data = dict(data)
        if kind == "validation":
            data["command"] = COMMANDS[i % len(COMMANDS)]
            data["duration_s"] = float(i % 97) + 0.25
        out.append((kind, data))
    return out


VALIDATION_EVENT = raw_items()[1]
"""The single event appended by the per-append benchmarks: a line of about 300 bytes."""


def write_log(store_dir: Path, n: int) -> int:
    """Write `n` events straight into `<store_dir>/events.jsonl`; return its size.

    Envelopes are exactly what `Store._write` produces (v, id, seq, ts, kind, scope,
    data; gapless seq from 1; data in the normalized form `validate_data` returns).
    The store directory must already exist (open it once with `open_store` first).
    """
    import uuid_utils

    from handoff.events import SCHEMA_VERSION, format_ts, validate_data

    templates = [(kind, validate_data(kind, data)) for kind, data in raw_items()]
    variants = []  # validation events with varying commands, pre-validated
    for cmd in COMMANDS:
        kind, data = templates[1]
        variants.append({**data, "command": cmd})
    base = datetime(2025, 1, 1, tzinfo=UTC)
    note_seqs: list[int] = []
    dumps = orjson.dumps
    uuid7 = uuid_utils.uuid7
    chunk: list[bytes] = []
    size = 0
    ts = format_ts(base)
    path = store_dir / "events.jsonl"
    with open(path, "wb") as f:
        for seq in range(1, n + 1):
            slot = (seq - 1) % 10
            kind, data = templates[slot]
            if kind == "validation" and slot == 1:
                data = variants[(seq // 10) % len(variants)]
            elif kind == "note":
                note_seqs.append(seq)
            elif slot == 8 and len(note_seqs) > 10:
                kind, data = "action_done", {"action": str(note_seqs.pop(0))}
            if seq % 1000 == 0:
                ts = format_ts(base + timedelta(seconds=seq // 1000))
            rec = {"v": SCHEMA_VERSION, "id": str(uuid7()), "seq": seq, "ts": ts,
                   "kind": kind, "scope": {}, "data": data}
            line = dumps(rec) + b"\n"
            chunk.append(line)
            size += len(line)
            if len(chunk) >= 10_000:
                f.write(b"".join(chunk))
                chunk.clear()
        f.write(b"".join(chunk))
        f.flush()
        os.fsync(f.fileno())
    return size


def make_store(path: Path, n: int, durability: str = "always") -> tuple[Any, int]:
    """A store at `path` holding `n` generated events, rebuilt once; returns (store, size)."""
    import handoff

    handoff.open_store(path).close()
    size = write_log(path, n)
    store = handoff.open_store(path, durability=durability)
    store.rebuild()
    return store, size
