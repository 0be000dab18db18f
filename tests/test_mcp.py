"""`handoff mcp`, driven by the MCP SDK's own stdio client against a temporary store."""

from __future__ import annotations

import json
import os
import secrets
import string
import subprocess
import sys
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import anyio
import pytest

pytest.importorskip("mcp")

from mcp import ClientSession
from mcp.client.stdio import StdioServerParameters, stdio_client

from handoff.models import KIND_MODELS

from .conftest import handoff_command, snapshot

READS = {"brief", "show", "latest", "log"}
WRITES = {"note": "note", "done": "action_done", "pointer": "pointer", "validation": "validation",
          "health": "model_health", "config": "config", "runtime": "runtime"}


def _env(store: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("HANDOFF_")}
    env["HANDOFF_HOME"] = str(store)
    env["HANDOFF_AGENT"] = "mcp-test"
    return env


def _params(store: Path) -> StdioServerParameters:
    command, *args = handoff_command()
    return StdioServerParameters(command=command, args=[*args, "mcp"], env=_env(store), cwd=str(store.parent))


def session(store: Path, body: Callable[[ClientSession], Awaitable[None]]) -> None:
    """Start `handoff mcp` with the SDK's stdio client (the API the whole 2.x range has)."""
    async def main() -> None:
        async with stdio_client(_params(store)) as (read, write), ClientSession(read, write) as client:
            await client.initialize()
            await body(client)

    anyio.run(main)


def text_of(result: Any) -> str:
    return "".join(c.text for c in result.content if getattr(c, "type", "") == "text")


def test_lists_every_tool_with_the_models_schemas(tmp_path: Path) -> None:
    store = tmp_path / "store"

    async def body(client: ClientSession) -> None:
        tools = {t.name: t for t in (await client.list_tools()).tools}
        assert set(tools) == READS | set(WRITES)
        for name, kind in WRITES.items():
            expected = KIND_MODELS[kind].model_json_schema()
            expected["title"] = f"{kind} data"
            assert tools[name].input_schema == expected, name
            assert tools[name].annotations is not None and tools[name].annotations.read_only_hint is False
        for name in READS:
            assert tools[name].annotations is not None and tools[name].annotations.read_only_hint is True

    session(store, body)


def test_calls_each_tool_against_a_temporary_store(tmp_path: Path) -> None:
    store = tmp_path / "store"

    async def call(client: ClientSession, name: str, args: dict[str, Any]) -> str:
        result = await client.call_tool(name, args)
        assert not result.is_error, (name, text_of(result))
        return text_of(result)

    async def body(client: ClientSession) -> None:
        missing = await client.call_tool("brief", {})
        assert missing.is_error and "no handoff store" in text_of(missing)
        pointer = json.loads(await call(client, "pointer", {"repo": "acme/widget", "branch": "fix/lock", "pr": 131}))
        assert pointer["kind"] == "pointer" and pointer["scope"] == {"agent": "mcp-test"}
        note = json.loads(await call(client, "note", {"text": "PR open", "next_actions": ["answer review", "bench"]}))
        seq = note["seq"]
        await call(client, "validation", {"command": "pytest -q", "exit_code": 1, "summary": "3 failed"})
        await call(client, "health", {"provider": "anthropic", "model": "m1", "status": "rate_limited",
                                      "reset_at": "2099-01-01T00:00:00Z"})
        await call(client, "config", {"key": "python", "value": "3.11", "source": ".python-version"})
        await call(client, "runtime", {"component": "devserver", "status": "up", "port": 5173})
        await call(client, "done", {"action": f"{seq}.1", "summary": "answered"})

        brief = await call(client, "brief", {"for": "codex"})
        assert "- Active: acme/widget  branch fix/lock  PR #131" in brief
        assert f"`handoff done {seq}.2`" in brief and f"`handoff done {seq}.1`" not in brief
        assert "FAIL pytest -q" in brief and "anthropic/m1: rate_limited" in brief
        show = await call(client, "show", {})
        assert "devserver: up" in show and "python = '3.11'" in show
        latest = json.loads(await call(client, "latest", {}))
        assert latest["meta"]["events_total"] == 7 and latest["config"]["python"]["value"] == "3.11"
        log = [json.loads(line) for line in (await call(client, "log", {"kind": "note"})).splitlines()]
        assert [e["seq"] for e in log] == [seq]
        assert len((await call(client, "log", {"limit": 2})).splitlines()) == 2

    session(store, body)


def test_a_write_from_another_process_is_seen_by_the_next_call(tmp_path: Path) -> None:
    store = tmp_path / "store"

    async def body(client: ClientSession) -> None:
        await client.call_tool("note", {"text": "first"})
        before = json.loads(text_of(await client.call_tool("latest", {})))
        assert [n["text"] for n in before["notes"]] == ["first"]
        out = subprocess.run([*handoff_command(), "note", "from the CLI", "--next", "pick it up"],
                             env=_env(store), capture_output=True, text=True, timeout=60)
        assert out.returncode == 0, out.stderr
        after = json.loads(text_of(await client.call_tool("latest", {})))
        assert [n["text"] for n in after["notes"]] == ["first", "from the CLI"]
        brief = text_of(await client.call_tool("brief", {}))
        assert "pick it up" in brief

    session(store, body)


def test_privacy_and_validation_errors_are_tool_errors_without_the_value(tmp_path: Path) -> None:
    store = tmp_path / "store"
    token = "ghp_" + "".join(secrets.choice(string.ascii_letters + string.digits) for _ in range(36))

    async def body(client: ClientSession) -> None:
        await client.call_tool("note", {"text": "seed"})
        before = snapshot(store)
        rejected = await client.call_tool("note", {"text": f"deploy with {token}", "next_actions": ["ship"]})
        message = text_of(rejected)
        assert rejected.is_error and "privacy" in message and "text" in message
        assert token not in message and token[4:] not in message
        config = await client.call_tool("config", {"key": "deploy.token", "value": token})
        assert config.is_error and token not in text_of(config) and "value" in text_of(config)
        unknown = await client.call_tool("note", {"text": "ok", token: "x"})
        assert unknown.is_error and token not in text_of(unknown)
        wrong_type = await client.call_tool("validation", {"command": token, "exit_code": "not a number"})
        assert wrong_type.is_error and token not in text_of(wrong_type) and "exit_code" in text_of(wrong_type)
        bad_budget = await client.call_tool("brief", {"budget": 10})
        assert bad_budget.is_error and "budget" in text_of(bad_budget)
        assert snapshot(store) == before  # nothing was written

    session(store, body)
    for path in store.rglob("*"):
        if path.is_file():
            assert token.encode() not in path.read_bytes()


def test_without_the_sdk_mcp_says_how_to_get_it(tmp_path: Path) -> None:
    code = ("import sys\n"
            "class Block:\n"
            "    def find_spec(self, name, path=None, target=None):\n"
            "        if name == 'mcp' or name.startswith('mcp.'):\n"
            "            raise ModuleNotFoundError(f'No module named {name!r}', name=name)\n"
            "sys.meta_path.insert(0, Block())\n"
            "from handoff.cli import main\n"
            "main(['mcp'])\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                         env=_env(tmp_path / "store"))
    assert out.returncode == 1
    assert out.stderr.strip().splitlines() == [
        "handoff: error: the MCP server needs the MCP SDK: pipx install 'handoff-store[mcp]' "
        "(or pip install 'handoff-store[mcp]')"]
