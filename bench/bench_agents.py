"""Agents: the session-start hook against `handoff show`, and the MCP server's costs.

    PYTHONPATH=. python bench/bench_agents.py [--quick]

1. `handoff hook session-start --for claude-code` (fed a host's JSON on stdin) against
   `handoff show`, fresh processes, interleaved rounds, medians. Target: <= 1.0x. Run on
   a store of thousands of events with hundreds of open items, the case the brief must
   still fit and stay cheap in.
2. `handoff mcp`: from spawning the server to its first answered `tools/list`, through
   the SDK's own stdio client (context: a bare `handoff --version` process).
3. A `note` tool call's round trip through that client against `Store.append` of the
   same note in this process (durable, both), interleaved blocks, medians per call.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import PROJECT, Table, env_line, fmt_time, med, parse_args, progress, scratch_dir

HOOK_INPUT = json.dumps({"session_id": "bench-session", "transcript_path": "/tmp/t.jsonl", "cwd": "/tmp",
                         "hook_event_name": "SessionStart", "source": "startup"})


def entry_point() -> list[str]:
    script = Path(sys.executable).parent / "handoff"
    return [str(script)] if script.exists() else [sys.executable, "-m", "handoff.cli"]


def child_env(store: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("HANDOFF_")}
    env["HANDOFF_HOME"] = str(store)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(PROJECT), env.get("PYTHONPATH")) if p)
    return env


def fill(store_dir: Path, events: int) -> dict[str, Any]:
    """A store of `events` events with hundreds of open next actions, written in batches."""
    import handoff

    store = handoff.open_store(store_dir, durability="never")
    batch: list[tuple[str, dict[str, Any]]] = [("pointer", {"repo": "acme/widget", "branch": "fix/lock", "pr": 131})]
    for i in range(events - 1):
        kind = i % 5
        if kind == 0:
            batch.append(("note", {"text": f"step {i}: lock retry reviewed, bench pending",
                                   "next_actions": [f"follow up {i}.{k} on the lock path" for k in range(4)]}))
        elif kind == 1:
            batch.append(("validation", {"command": f"pytest -q tests/test_{i % 60}.py", "exit_code": i % 3,
                                         "commit": f"{i:040x}"}))
        elif kind == 2:
            batch.append(("config", {"key": f"setting.{i % 300}", "value": i}))
        elif kind == 3:
            batch.append(("model_health", {"provider": "anthropic", "model": f"m{i % 20}",
                                           "status": "rate_limited", "reset_at": "2099-01-01T00:00:00Z"}))
        else:
            batch.append(("runtime", {"component": f"svc-{i % 30}", "status": "down"}))
        if len(batch) >= 500:
            store.append_many(batch)
            batch = []
    if batch:
        store.append_many(batch)
    state = store.latest()
    store.close()
    return state


def run_once(argv: list[str], env: dict[str, str], stdin: str) -> float:
    start = time.perf_counter()
    proc = subprocess.run(argv, env=env, input=stdin.encode(), capture_output=True)
    took = time.perf_counter() - start
    if proc.returncode != 0:
        raise SystemExit(f"{argv[-3:]} exited {proc.returncode}: {proc.stderr.decode()[-400:]}")
    return took


def hook_vs_show(table: Table, store: Path, rounds: int) -> None:
    env = child_env(store)
    exe = entry_point()
    sides = {"hook": ([*exe, "hook", "session-start", "--for", "claude-code"], HOOK_INPUT),
             "show": ([*exe, "show"], "")}
    for argv, stdin in sides.values():  # warm the OS and pyc caches
        run_once(argv, env, stdin)
    samples: dict[str, list[float]] = {name: [] for name in sides}
    names = list(sides)
    for r in range(rounds):
        for name in (names if r % 2 == 0 else names[::-1]):
            argv, stdin = sides[name]
            samples[name].append(run_once(argv, env, stdin))
    out = subprocess.run(sides["hook"][0], env=env, input=HOOK_INPUT.encode(), capture_output=True).stdout
    chars = len(json.loads(out)["hookSpecificOutput"]["additionalContext"])
    table.ratio("`handoff hook session-start --for claude-code`", med(samples["hook"]),
                "`handoff show`", med(samples["show"]), 1.0)
    table.note(f"{rounds} interleaved rounds each; the brief it injected: {chars} characters "
               "(budget 9000)")


async def mcp_startup(store: Path) -> float:
    from mcp import ClientSession
    from mcp.client.stdio import StdioServerParameters, stdio_client

    exe = entry_point()
    params = StdioServerParameters(command=exe[0], args=[*exe[1:], "mcp"], env=child_env(store))
    start = time.perf_counter()
    async with stdio_client(params) as (read, write), ClientSession(read, write) as client:
        await client.initialize()
        tools = await client.list_tools()
        took = time.perf_counter() - start
    assert len(tools.tools) == 11
    return took


async def note_round_trips(store: Path, calls: int) -> list[float]:
    from mcp import ClientSession
    from mcp.client.stdio import StdioServerParameters, stdio_client

    exe = entry_point()
    params = StdioServerParameters(command=exe[0], args=[*exe[1:], "mcp"], env=child_env(store))
    async with stdio_client(params) as (read, write), ClientSession(read, write) as client:
        await client.initialize()
        await client.call_tool("note", {"text": "warm-up"})
        out = []
        for i in range(calls):
            start = time.perf_counter()
            result = await client.call_tool("note", {"text": f"round trip {i}", "next_actions": ["check"]})
            out.append(time.perf_counter() - start)
            assert not result.is_error
    return out


def main() -> None:
    args = parse_args(__doc__.splitlines()[0])
    import anyio

    import handoff

    events = 500 if args.quick else 5000
    rounds = 6 if args.quick else 15
    print(f"## bench_agents ({'quick' if args.quick else 'full'})\n{env_line()}")
    # An installed package ships bytecode; with PYTHONDONTWRITEBYTECODE (set on these
    # machines) every child would otherwise recompile handoff's modules (as bench_cli does).
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(PROJECT / "handoff")], check=True)
    with scratch_dir("agents-") as tmp:
        store = tmp / "store"
        progress(f"filling a store with {events} events")
        state = fill(store, events)
        open_actions = sum(1 for n in state["notes"] for a in n["actions"] if not a["done"])
        hook = Table(f"Session-start hook vs `handoff show` ({events} events, {len(state['notes'])} open notes, "
                     f"{open_actions} open actions)")
        progress("hook vs show")
        hook_vs_show(hook, store, rounds)
        hook.print()

        mcp = Table("MCP server (`handoff mcp`, the SDK's stdio client)")
        progress("mcp start-up")
        starts = [anyio.run(mcp_startup, store) for _ in range(3 if args.quick else 7)]
        versions = [run_once([*entry_point(), "--version"], child_env(store), "") for _ in range(len(starts))]
        mcp.ratio("spawn to first answered tools/list", med(starts), "`handoff --version`", med(versions), None)

        progress("note round trips vs Store.append")
        calls = 20 if args.quick else 60
        direct = handoff.open_store(tmp / "direct")
        direct.append("note", {"text": "warm-up"})
        mcp_samples: list[float] = []
        api_samples: list[float] = []
        for block in range(3 if args.quick else 5):
            mcp_samples += anyio.run(note_round_trips, tmp / f"mcp-{block}", calls)
            for i in range(calls):
                start = time.perf_counter()
                direct.append("note", {"text": f"round trip {i}", "next_actions": ["check"]})
                api_samples.append(time.perf_counter() - start)
        direct.close()
        mcp.ratio("`note` tool call round trip", med(mcp_samples), "`Store.append` in-process",
                  med(api_samples), None)
        mcp.note(f"start-up: medians of {len(starts)} spawns; round trips: {len(mcp_samples)} calls each side in "
                 "alternating blocks; both durable (fsync per note). A call opens the store, appends, closes.")
        mcp.print()
    print(f"\nfigures above: {fmt_time(med(mcp_samples))} per MCP note call")


if __name__ == "__main__":
    main()
