"""`handoff mcp`: the store as MCP tools over stdio, with the official MCP Python SDK (2.x).

Only `handoff mcp` imports this module, and with it the SDK (~0.8 s of imports): every
other command starts without it (tests/test_startup.py checks).

Design rules:

- **Nothing is cached across calls.** Every tool call opens the store, reads or writes,
  and closes it again, so a write by another process (the CLI, another agent) between
  two calls is seen by the second.
- **Input schemas are the CLI's models.** A write tool's input schema is its kind's
  pydantic model's JSON Schema (`handoff.models`, the same one `handoff schema` writes),
  and the arguments go to `Store.append`, which validates them with that model. The SDK
  is given a pass-through argument model, so it never validates (or echoes) a value
  itself: a pydantic error from the SDK would quote the input, and input may hold a
  secret.
- **Errors are tool errors that name field and rule, never the value**: `HandoffError`
  messages are built that way (a privacy rejection lists field, character span, rule).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import orjson
from mcp.server.mcpserver import MCPServer
from mcp.server.mcpserver.exceptions import ToolError
from mcp.server.mcpserver.tools.base import Tool
from mcp.server.mcpserver.utilities.func_metadata import ArgModelBase, FuncMetadata
from mcp.types import ToolAnnotations
from pydantic import ConfigDict

from . import __version__
from .errors import HandoffError, ValidationError

if TYPE_CHECKING:
    from .store import Store

HOSTS = ("claude-code", "codex", "opencode")

INSTRUCTIONS = (
    "handoff keeps the operational state coding sessions hand to each other: active repo/branch/PR, "
    "validation results with the commit they ran on, model rate limits, notes with next actions, "
    "config facts. Call `brief` at the start of a session. Record as you go (`validation`, "
    "`pointer`, `health`, `runtime`, `config`), resolve next actions with `done`, and leave a "
    "`note` with `next_actions` before you finish. Never put prompts, model output or secrets in it: "
    "such writes are rejected."
)


class _PassThrough(ArgModelBase):
    """Hands the tool every argument as one dict, unvalidated: handoff's models validate."""

    model_config = ConfigDict(extra="allow", arbitrary_types_allowed=True)

    def model_dump_one_level(self) -> dict[str, Any]:
        return {"arguments": dict(self.__pydantic_extra__ or {})}


def _json(obj: Any) -> str:
    return orjson.dumps(obj, option=orjson.OPT_INDENT_2).decode()


class Tools:
    """The tool bodies: each call opens the store afresh (no state between calls)."""

    def __init__(self, store_path: str | None, scope: dict[str, str]) -> None:
        self.store_path = store_path
        self.scope = scope

    def _open(self, create: bool) -> Store:
        from .store import open_store

        return open_store(self.store_path, create=create)

    def _read_state(self) -> dict[str, Any]:
        store = self._open(create=False)
        try:
            return store.latest()
        finally:
            store.close()

    def writer(self, kind: str) -> Callable[[dict[str, Any]], str]:
        return lambda args: self.write(kind, args)

    # -- reads -------------------------------------------------------------------------

    def brief(self, args: dict[str, Any]) -> str:
        from .brief import MIN_BUDGET, build

        host = args.get("for")
        budget = args.get("budget")
        if host is not None and host not in HOSTS:
            raise ValidationError(f"for: must be one of {', '.join(HOSTS)}")
        if budget is not None and (type(budget) is not int or budget < MIN_BUDGET):
            raise ValidationError(f"budget: must be an integer >= {MIN_BUDGET}")
        return build(self._read_state(), host=host, budget=budget).text

    def show(self, args: dict[str, Any]) -> str:
        from . import freshness, render

        state = self._read_state()
        return render.text(state, freshness.assess(state))

    def latest(self, args: dict[str, Any]) -> str:
        return _json(self._read_state())

    def log(self, args: dict[str, Any]) -> str:
        kind = args.get("kind")
        since = args.get("since_seq")
        limit = args.get("limit", 50)
        if kind is not None and not isinstance(kind, str):
            raise ValidationError("kind: must be a string")
        if since is not None and type(since) is not int:
            raise ValidationError("since_seq: must be an integer")
        if type(limit) is not int or not 1 <= limit <= 1000:
            raise ValidationError("limit: must be an integer from 1 to 1000")
        store = self._open(create=False)
        try:
            events = list(store.events(kind=kind, since_seq=since, limit=limit))  # reads the end only
        finally:
            store.close()
        return "\n".join(orjson.dumps(e.to_record()).decode() for e in events)

    # -- writes ------------------------------------------------------------------------

    def write(self, kind: str, args: dict[str, Any]) -> str:
        store = self._open(create=True)
        try:
            event = store.append(kind, args, scope=self.scope)
        finally:
            store.close()
        return _json(event.to_record())


READ_SCHEMAS: dict[str, dict[str, Any]] = {
    "brief": {"type": "object", "additionalProperties": False, "properties": {
        "for": {"type": "string", "enum": list(HOSTS), "description": "Size the brief for this host."},
        "budget": {"type": "integer", "minimum": 2000, "description": "Character budget."}}},
    "show": {"type": "object", "additionalProperties": False, "properties": {}},
    "latest": {"type": "object", "additionalProperties": False, "properties": {}},
    "log": {"type": "object", "additionalProperties": False, "properties": {
        "kind": {"type": "string", "enum": ["pointer", "validation", "runtime", "note", "action_done",
                                            "model_health", "config", "purge", "compact"]},
        "since_seq": {"type": "integer", "minimum": 0, "description": "Only events after this seq."},
        "limit": {"type": "integer", "minimum": 1, "maximum": 1000, "default": 50,
                  "description": "Only the last N matching events."}}},
}
READ_DESCRIPTIONS = {
    "brief": "The session-start brief: active pointer, failing or stale validations, open next actions "
             "with their ids, models rate-limited now, recent notes, config; sized to a budget.",
    "show": "The whole current state, with what is stale and why (as `handoff show`).",
    "latest": "latest.json: the current state as JSON.",
    "log": "Events from the log, oldest first, as JSON Lines (the last `limit` matching).",
}
WRITE_TOOLS: dict[str, tuple[str, str]] = {
    # tool name: (event kind, description)
    "note": ("note", "Leave a handoff note for the next session, with next_actions (each gets an id "
                     "<note seq>.<position> that `done` resolves)."),
    "done": ("action_done", "Resolve a next action (e.g. 42.1) or close a whole note (42)."),
    "pointer": ("pointer", "Set what is active: repository, fork, branch, PR, issue."),
    "validation": ("validation", "Record a validation command's result: command, exit_code, commit; "
                                 "a one-line summary at most, never the output."),
    "health": ("model_health", "Record a provider/model's health: ok, degraded, down or rate_limited, "
                               "with reset_at when the limit ends."),
    "config": ("config", "Set a non-secret configuration fact (key, value, source), or unset it."),
    "runtime": ("runtime", "Record a runtime component's state (a dev server, proxy, daemon)."),
}


def _schema(kind: str) -> dict[str, Any]:
    from .models import KIND_MODELS

    schema: dict[str, Any] = KIND_MODELS[kind].model_json_schema()
    schema["title"] = f"{kind} data"
    return schema


def _wrap(name: str, body: Callable[[dict[str, Any]], str]) -> Callable[..., str]:
    def run(arguments: dict[str, Any]) -> str:
        try:
            return body(arguments)
        except HandoffError as exc:
            raise ToolError(str(exc)) from None
        except OSError as exc:
            raise ToolError(f"{exc.strerror or type(exc).__name__}") from None

    run.__name__ = name
    return run


def _tool(name: str, body: Callable[[dict[str, Any]], str], description: str, schema: dict[str, Any],
          read_only: bool) -> Tool:
    return Tool(
        fn=_wrap(name, body), name=name, title=None, description=description, parameters=schema,
        fn_metadata=FuncMetadata(arg_model=_PassThrough), is_async=False, context_kwarg=None,
        annotations=ToolAnnotations(read_only_hint=read_only, destructive_hint=False,
                                    idempotent_hint=read_only, open_world_hint=False),
    )


def build_server(store_path: str | None = None, scope: dict[str, str] | None = None) -> MCPServer:
    tools = Tools(store_path, scope or {})
    registered = [
        _tool(name, getattr(tools, name), READ_DESCRIPTIONS[name], READ_SCHEMAS[name], True)
        for name in READ_SCHEMAS
    ]
    for name, (kind, description) in WRITE_TOOLS.items():
        registered.append(_tool(name, tools.writer(kind), description, _schema(kind), False))
    return MCPServer(name="handoff", version=__version__, instructions=INSTRUCTIONS, tools=registered,
                     log_level="WARNING")


def serve(store_path: str | None = None, scope: dict[str, str] | None = None) -> None:
    """Serve the tools on stdin/stdout until the client closes the connection."""
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "1")
    build_server(store_path, scope).run()
