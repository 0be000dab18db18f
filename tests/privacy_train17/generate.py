"""Write round 17's development corpus of an agent's own records: ``corpus.jsonl``.

What agents write to the store from session hooks, MCP servers and CI is often their own machine
records: hook payloads (session start and end, before and after a tool call, a notification, a
stop), MCP JSON-RPC calls and results, session logs and rollouts as JSON lines (tool calls, tool
outputs, token counts), OpenTelemetry / LLM-observability spans, CI step logs. With no user text
and no model text in them they are benign. The prompt twins are the same frames carrying a
user's prompt (a prompt-submit hook, a user turn), a model's answer (an assistant message, a
span's completion attribute, a reasoning summary) or chat text. Each record is written as one
line of JSON, pretty-printed, or pasted as an escaped string inside a log line. One seeded
``random.Random`` makes every choice: ``python generate.py --check`` compares with the file.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import _t17parts as parts  # noqa: E402

SEED = 20261703
OUT = HERE / "corpus.jsonl"
PER_BENIGN = 70
PER_PROMPT = 45
INTL_SHARE = 0.22

Rec = dict[str, Any]


class Draw:
    """Invented ids, times and names from one seeded generator."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.intl = False

    def hexid(self, n: int) -> str:
        return "".join(self.rng.choice("0123456789abcdef") for _ in range(n))

    def uuid(self) -> str:
        h = self.hexid(32)
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:]}"

    def tid(self, prefix: str) -> str:
        alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789"
        return prefix + "".join(self.rng.choice(alphabet) for _ in range(24))

    def ts(self) -> str:
        r = self.rng
        return f"2026-11-{r.randint(1, 28):02d}T{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}.{r.randint(0, 999):03d}Z"

    def nanos(self) -> int:
        return 1_793_000_000_000_000_000 + self.rng.randint(0, 10**15)

    def project(self) -> str:
        return self.rng.choice(parts.PROJECTS)

    def fill(self, text: str, project: str) -> str:
        return text.replace("{p}", project)

    def command(self) -> tuple[str, str, int]:
        pool = parts.INTL_COMMANDS if self.intl else parts.COMMANDS
        cmd, out, status = self.rng.choice(pool)
        p = self.project()
        return self.fill(cmd, p), self.fill("\n".join(out), p), status

    def file(self) -> tuple[str, str]:
        pool = parts.INTL_FILES if self.intl else parts.FILES
        path, text = self.rng.choice(pool)
        p = self.project()
        return self.fill(path, p), self.fill(text, p)

    def prompt(self) -> str:
        return self.rng.choice(parts.INTL_PROMPTS if self.intl else parts.PROMPTS)

    def answer(self) -> str:
        return self.rng.choice(parts.INTL_ANSWERS if self.intl else parts.ANSWERS)

    def cwd(self) -> str:
        return f"/home/dev/{self.project()}"

    def model(self) -> str:
        return self.rng.choice(parts.MODELS)

    def usage(self) -> Rec:
        r = self.rng
        return {"input_tokens": r.randint(3, 9000), "cache_creation_input_tokens": r.randint(0, 4000),
                "cache_read_input_tokens": r.randint(0, 90000), "output_tokens": r.randint(1, 900),
                "service_tier": "standard"}


# -- Claude Code-style hook payloads ------------------------------------------------------------

def _hook_base(d: Draw, event: str) -> Rec:
    sid = d.uuid()
    return {"session_id": sid, "transcript_path": f"/home/dev/.claude/projects/-home-dev-{d.project()}/{sid}.jsonl",
            "cwd": d.cwd(), "permission_mode": d.rng.choice(("default", "acceptEdits", "plan")),
            "hook_event_name": event}


def _tool_input(d: Draw, tool: str) -> tuple[Rec, Rec]:
    """A tool's input and its response, as a hook sees them."""
    if tool == "Bash":
        cmd, out, status = d.command()
        return ({"command": cmd, "description": d.rng.choice(("Run the tests", "Check lint", "Show recent commits", "List files"))},
                {"stdout": out, "stderr": "" if status == 0 else "exit status 1", "interrupted": False, "isImage": False})
    if tool in ("Read", "Write"):
        path, text = d.file()
        if tool == "Write":
            return {"file_path": f"{d.cwd()}/{path}", "content": text}, {"type": "create", "filePath": f"{d.cwd()}/{path}"}
        return ({"file_path": f"{d.cwd()}/{path}"},
                {"type": "text", "file": {"filePath": f"{d.cwd()}/{path}", "content": text,
                                          "numLines": text.count("\n"), "startLine": 1, "totalLines": text.count("\n")}})
    if tool == "Edit":
        path, text = d.file()
        lines = text.split("\n")
        old = lines[min(1, len(lines) - 1)]
        return ({"file_path": f"{d.cwd()}/{path}", "old_string": old, "new_string": old.replace("4096", "8192") + "  # raised", "replace_all": False},
                {"filePath": f"{d.cwd()}/{path}", "oldString": old, "structuredPatch": [{"oldStart": 2, "oldLines": 1, "newStart": 2, "newLines": 1}], "userModified": False})
    if tool == "Grep":
        return ({"pattern": d.rng.choice(("TODO", "def schedule", "ChunkCache", "retry")), "path": "src", "output_mode": "content", "-n": True},
                {"mode": "content", "numFiles": 2, "content": "src/cache.py:12:# TODO: make the size limit configurable\nsrc/jobs.py:3:def schedule(name: str, every: int) -> None:", "numLines": 2})
    if tool == "Glob":
        return {"pattern": "**/*.py"}, {"filenames": ["src/cache.py", "src/jobs.py", "tests/test_cache.py"], "durationMs": 12, "numFiles": 3, "truncated": False}
    if tool == "TodoWrite":
        todos = [{"content": c, "status": d.rng.choice(("pending", "in_progress", "completed")), "activeForm": a}
                 for c, a in d.rng.sample(parts.TODOS, 3)]
        return {"todos": todos}, {"oldTodos": [], "newTodos": todos}
    if tool == "WebFetch":
        return ({"url": "https://docs.example.org/api/retries", "prompt": "Extract the default retry count and backoff"},
                {"bytes": 18234, "code": 200, "codeText": "OK", "durationMs": 640, "url": "https://docs.example.org/api/retries"})
    return ({"description": "Find callers of schedule", "subagent_type": "general-purpose", "prompt": "List every call of schedule() in src with file and line"},
            {"totalDurationMs": 8120, "totalTokens": 5211, "totalToolUseCount": 4})


def hook_benign(d: Draw) -> Rec:
    kind = d.rng.choice(("SessionStart", "PreToolUse", "PostToolUse", "PostToolUse", "PostToolUse",
                         "Notification", "Stop", "SubagentStop", "SessionEnd", "PreCompact"))
    rec = _hook_base(d, kind)
    if kind == "SessionStart":
        rec["source"] = d.rng.choice(("startup", "resume", "clear", "compact"))
    elif kind in ("PreToolUse", "PostToolUse"):
        tool = d.rng.choice([t for t in parts.TOOLS if t not in ("WebFetch", "Task")])
        tin, tout = _tool_input(d, tool)
        rec["tool_name"] = tool
        rec["tool_input"] = tin
        if kind == "PostToolUse":
            rec["tool_response"] = tout
    elif kind == "Notification":
        rec["message"] = d.rng.choice(("Claude needs your permission to use Bash", "Claude is waiting for your input",
                                       "Claude needs your permission to use Edit"))
    elif kind in ("Stop", "SubagentStop"):
        rec["stop_hook_active"] = d.rng.random() < 0.2
    elif kind == "SessionEnd":
        rec["reason"] = d.rng.choice(("exit", "clear", "logout", "prompt_input_exit", "other"))
    else:
        rec["trigger"] = d.rng.choice(("manual", "auto"))
        rec["custom_instructions"] = ""
    return rec


def hook_prompt(d: Draw) -> tuple[Rec, str]:
    rec = _hook_base(d, "UserPromptSubmit")
    rec["prompt"] = d.prompt()
    return rec, "hook_prompt"


# -- Claude Code-style session transcript lines --------------------------------------------------

def _line_base(d: Draw, kind: str) -> Rec:
    return {"parentUuid": d.uuid(), "isSidechain": False, "userType": "external", "cwd": d.cwd(),
            "sessionId": d.uuid(), "version": f"2.0.{d.rng.randint(1, 40)}", "gitBranch": d.rng.choice(("main", "fix/export-4096", "kim/cache")),
            "type": kind}


def transcript_benign(d: Draw) -> list[Rec]:
    """A tool call and its result, or a tool call alone, or a summary/system line."""
    tool = d.rng.choice(parts.TOOLS[:6])
    tin, tout = _tool_input(d, tool)
    tid = d.tid("toolu_01")
    call = _line_base(d, "assistant")
    call["message"] = {"id": d.tid("msg_01"), "type": "message", "role": "assistant", "model": d.model(),
                       "content": [{"type": "tool_use", "id": tid, "name": tool, "input": tin}],
                       "stop_reason": "tool_use", "stop_sequence": None, "usage": d.usage()}
    call["requestId"] = d.tid("req_011")
    call["uuid"] = d.uuid()
    call["timestamp"] = d.ts()
    result = _line_base(d, "user")
    text = tout.get("stdout") if isinstance(tout.get("stdout"), str) else json.dumps(tout, ensure_ascii=False)[:400]
    result["message"] = {"role": "user", "content": [{"tool_use_id": tid, "type": "tool_result", "content": text,
                                                       "is_error": d.rng.random() < 0.2}]}
    result["uuid"] = d.uuid()
    result["timestamp"] = d.ts()
    result["toolUseResult"] = tout
    pick = d.rng.random()
    if pick < 0.35:
        return [call]
    if pick < 0.7:
        return [result]
    if pick < 0.9:
        return [call, result]
    meta = _line_base(d, "system")
    meta.update({"subtype": "compact_boundary", "content": "Conversation compacted", "level": "info",
                 "compactMetadata": {"trigger": "auto", "preTokens": d.rng.randint(90000, 160000)}, "timestamp": d.ts()})
    return [meta]


def transcript_prompt(d: Draw) -> tuple[list[Rec], str]:
    pick = d.rng.random()
    if pick < 0.4:
        rec = _line_base(d, "user")
        content: Any = d.prompt() if d.rng.random() < 0.5 else [{"type": "text", "text": d.prompt()}]
        rec["message"] = {"role": "user", "content": content}
        rec["uuid"] = d.uuid()
        rec["timestamp"] = d.ts()
        return [rec], "transcript_user"
    rec = _line_base(d, "assistant")
    blocks: list[Rec] = [{"type": "text", "text": d.answer()}]
    if d.rng.random() < 0.4:
        tin, _ = _tool_input(d, "Bash")
        blocks.append({"type": "tool_use", "id": d.tid("toolu_01"), "name": "Bash", "input": tin})
    rec["message"] = {"id": d.tid("msg_01"), "type": "message", "role": "assistant", "model": d.model(),
                      "content": blocks, "stop_reason": "end_turn", "usage": d.usage()}
    rec["uuid"] = d.uuid()
    rec["timestamp"] = d.ts()
    return [rec], "transcript_assistant"


# -- Codex-style rollout lines -------------------------------------------------------------------

def rollout_benign(d: Draw) -> list[Rec]:
    cid = d.tid("call_")
    cmd, out, status = d.command()
    call = {"timestamp": d.ts(), "type": "response_item",
            "payload": {"type": "function_call", "name": "shell",
                        "arguments": json.dumps({"command": ["bash", "-lc", cmd], "workdir": d.cwd(), "timeout_ms": 120000}),
                        "call_id": cid}}
    output = {"timestamp": d.ts(), "type": "response_item",
              "payload": {"type": "function_call_output", "call_id": cid,
                          "output": json.dumps({"output": out, "metadata": {"exit_code": status, "duration_seconds": round(d.rng.random() * 9, 1)}}, ensure_ascii=False)}}
    tokens = {"timestamp": d.ts(), "type": "event_msg",
              "payload": {"type": "token_count", "info": {"total_token_usage": {"input_tokens": d.rng.randint(1000, 90000), "cached_input_tokens": d.rng.randint(0, 80000),
                                                                                 "output_tokens": d.rng.randint(10, 4000), "reasoning_output_tokens": d.rng.randint(0, 2000),
                                                                                 "total_tokens": d.rng.randint(1000, 99000)},
                                                          "model_context_window": 272000}, "rate_limits": {"primary": {"used_percent": d.rng.randint(0, 90), "window_minutes": 300}}}}
    meta = {"timestamp": d.ts(), "type": "session_meta",
            "payload": {"id": d.uuid(), "timestamp": d.ts(), "cwd": d.cwd(), "originator": "codex_cli_rs", "cli_version": f"0.{d.rng.randint(40, 60)}.0",
                        "git": {"commit_hash": d.hexid(40), "branch": "main", "repository_url": f"https://github.com/kim/{d.project()}.git"}}}
    ctx = {"timestamp": d.ts(), "type": "turn_context",
           "payload": {"cwd": d.cwd(), "approval_policy": "on-request", "sandbox_policy": {"mode": "workspace-write", "network_access": False},
                       "model": d.model(), "effort": d.rng.choice(("low", "medium", "high")), "summary": "auto"}}
    patch = {"timestamp": d.ts(), "type": "event_msg",
             "payload": {"type": "patch_apply_end", "call_id": cid, "stdout": "Success. Updated the following files:\nM src/cache.py\n", "stderr": "", "success": True}}
    reasoning = {"timestamp": d.ts(), "type": "response_item",
                 "payload": {"type": "reasoning", "summary": [], "content": None, "encrypted_content": "gAAAAA" + d.hexid(60)}}
    pool = [[call], [output], [call, output], [tokens], [meta], [ctx], [patch], [reasoning], [call, output, tokens]]
    return d.rng.choice(pool)


def rollout_prompt(d: Draw) -> tuple[list[Rec], str]:
    pick = d.rng.randrange(5)
    if pick == 0:
        return [{"timestamp": d.ts(), "type": "event_msg", "payload": {"type": "user_message", "message": d.prompt(), "images": []}}], "rollout_user"
    if pick == 1:
        return [{"timestamp": d.ts(), "type": "response_item",
                 "payload": {"type": "message", "role": "user", "content": [{"type": "input_text", "text": d.prompt()}]}}], "rollout_user"
    if pick == 2:
        return [{"timestamp": d.ts(), "type": "event_msg", "payload": {"type": "agent_message", "message": d.answer()}}], "rollout_assistant"
    if pick == 3:
        return [{"timestamp": d.ts(), "type": "response_item",
                 "payload": {"type": "message", "role": "assistant", "content": [{"type": "output_text", "text": d.answer()}]}}], "rollout_assistant"
    text = d.rng.choice(parts.REASONINGS)
    return [{"timestamp": d.ts(), "type": "response_item",
             "payload": {"type": "reasoning", "summary": [{"type": "summary_text", "text": text}], "content": None,
                         "encrypted_content": "gAAAAA" + d.hexid(40)}}], "rollout_reasoning"


# -- MCP JSON-RPC ---------------------------------------------------------------------------------

def mcp_benign(d: Draw) -> list[Rec]:
    name, _desc, args, result = d.rng.choice(parts.MCP_TOOLS)
    p = d.project()
    args = json.loads(d.fill(json.dumps(args), p))
    rid = d.rng.randint(1, 400)
    if d.intl and d.rng.random() < 0.7:
        _, text = d.file()
        result = text
    call = {"jsonrpc": "2.0", "id": rid, "method": "tools/call", "params": {"name": name, "arguments": args}}
    res = {"jsonrpc": "2.0", "id": rid, "result": {"content": [{"type": "text", "text": d.fill(result, p)}], "isError": False}}
    init = {"jsonrpc": "2.0", "id": 0, "method": "initialize",
            "params": {"protocolVersion": "2025-06-18", "capabilities": {"roots": {"listChanged": True}, "sampling": {}},
                       "clientInfo": {"name": "claude-code", "version": "2.0.14"}}}
    listed = {"jsonrpc": "2.0", "id": rid, "result": {"tools": [
        {"name": n, "description": de, "inputSchema": {"type": "object", "properties": {k: {"type": "string"} for k in a}, "required": list(a)[:1]}}
        for n, de, a, _ in d.rng.sample(parts.MCP_TOOLS, 2)]}}
    progress = {"jsonrpc": "2.0", "method": "notifications/progress", "params": {"progressToken": rid, "progress": d.rng.randint(1, 9), "total": 10}}
    err = {"jsonrpc": "2.0", "id": rid, "error": {"code": -32602, "message": f"Unknown tool: {name}_v2"}}
    return d.rng.choice([[call], [res], [call, res], [init], [listed], [progress], [err]])


def mcp_prompt(d: Draw) -> tuple[list[Rec], str]:
    rid = d.rng.randint(1, 400)
    if d.rng.random() < 0.5:
        return [{"jsonrpc": "2.0", "id": rid, "method": "sampling/createMessage",
                 "params": {"messages": [{"role": "user", "content": {"type": "text", "text": d.prompt()}}],
                            "maxTokens": 400, "modelPreferences": {"hints": [{"name": "claude-3-sonnet"}]}}}], "mcp_sampling"
    return [{"jsonrpc": "2.0", "id": rid, "result": {"role": "assistant", "content": {"type": "text", "text": d.answer()},
                                                     "model": d.model(), "stopReason": "endTurn"}}], "mcp_sampling_result"


# -- OpenTelemetry / observability spans ----------------------------------------------------------

def span_benign(d: Draw) -> Rec:
    model = d.model()
    start = d.nanos()
    op = d.rng.choice(("chat", "execute_tool", "invoke_agent", "embeddings"))
    attrs: Rec = {"gen_ai.operation.name": op, "gen_ai.system": d.rng.choice(("anthropic", "openai")),
                  "gen_ai.request.model": model}
    if op == "chat":
        attrs.update({"gen_ai.response.model": model, "gen_ai.response.id": d.tid("msg_01"),
                      "gen_ai.usage.input_tokens": d.rng.randint(10, 9000), "gen_ai.usage.output_tokens": d.rng.randint(1, 900),
                      "gen_ai.response.finish_reasons": [d.rng.choice(("stop", "tool_calls", "end_turn"))],
                      "gen_ai.request.temperature": 0.2, "gen_ai.request.max_tokens": 4096})
        name = f"chat {model}"
    elif op == "execute_tool":
        tool = d.rng.choice(("shell", "read_file", "search_files", "apply_patch"))
        attrs.update({"gen_ai.tool.name": tool, "gen_ai.tool.call.id": d.tid("call_"), "gen_ai.tool.type": "function"})
        name = f"execute_tool {tool}"
    elif op == "invoke_agent":
        attrs.update({"gen_ai.agent.name": f"{d.project()}-reviewer", "gen_ai.agent.id": d.uuid()})
        name = f"invoke_agent {d.project()}-reviewer"
    else:
        attrs.update({"gen_ai.usage.input_tokens": d.rng.randint(10, 900)})
        name = "embeddings text-embedding-3-small"
    return {"name": name, "context": {"trace_id": d.hexid(32), "span_id": d.hexid(16)}, "parent_id": d.hexid(16),
            "kind": "SpanKind.CLIENT", "start_time": start, "end_time": start + d.rng.randint(10**6, 10**10),
            "status": {"status_code": d.rng.choice(("OK", "UNSET", "ERROR"))}, "attributes": attrs,
            "resource": {"attributes": {"service.name": f"{d.project()}-agent", "telemetry.sdk.language": "python"}}}


def span_prompt(d: Draw) -> tuple[Rec, str]:
    rec = span_benign(d)
    rec["name"] = f"chat {rec['attributes']['gen_ai.request.model']}"
    attrs = rec["attributes"]
    attrs["gen_ai.operation.name"] = "chat"
    pick = d.rng.randrange(4)
    if pick == 0:
        attrs["gen_ai.prompt.0.role"] = "user"
        attrs["gen_ai.prompt.0.content"] = d.prompt()
        return rec, "span_prompt"
    if pick == 1:
        attrs["gen_ai.completion.0.role"] = "assistant"
        attrs["gen_ai.completion.0.content"] = d.answer()
        return rec, "span_completion"
    if pick == 2:
        attrs["gen_ai.input.messages"] = json.dumps([{"role": "user", "parts": [{"type": "text", "content": d.prompt()}]}], ensure_ascii=False)
        return rec, "span_prompt"
    attrs["gen_ai.output.messages"] = json.dumps([{"role": "assistant", "parts": [{"type": "text", "content": d.answer()}],
                                                   "finish_reason": "stop"}], ensure_ascii=False)
    return rec, "span_completion"


# -- CI step logs ----------------------------------------------------------------------------------

def ci_benign(d: Draw) -> str:
    cmd, out, status = d.command()
    stamp = d.ts()[:-1] + "1234Z"
    lines = [f"{stamp} ##[group]Run {cmd}", f"{stamp} \x1b[36;1m{cmd}\x1b[0m",
             f"{stamp} shell: /usr/bin/bash -e {{0}}", f"{stamp} env:", f"{stamp}   pythonLocation: /opt/hostedtoolcache/Python/3.12.7/x64",
             f"{stamp} ##[endgroup]"]
    lines += [f"{stamp} {x}" for x in out.split("\n")]
    if status:
        lines.append(f"{stamp} ##[error]Process completed with exit code {status}.")
    if d.rng.random() < 0.3:  # a hook's payload echoed by a CI step
        lines.append(f"{stamp} hook input: " + json.dumps(hook_benign(d), ensure_ascii=False))
    return "\n".join(lines)


def ci_prompt(d: Draw) -> tuple[str, str]:
    stamp = d.ts()[:-1] + "1234Z"
    rec, _ = hook_prompt(d)
    lines = [f"{stamp} ##[group]Run claude -p \"$TASK\" --output-format json", f"{stamp} ##[endgroup]",
             f"{stamp} hook input: " + json.dumps(rec, ensure_ascii=False)]
    return "\n".join(lines), "ci_prompt"


# -- rendering ------------------------------------------------------------------------------------

def render_records(d: Draw, recs: list[Rec]) -> str:
    """One line each, or pretty (one record only), or pasted as an escaped string in a log line."""
    style = d.rng.choices(("line", "pretty", "escaped"), (6, 3, 1))[0]
    if style == "pretty" and len(recs) == 1:
        return json.dumps(recs[0], ensure_ascii=d.rng.random() < 0.3, indent=2)
    if style == "escaped" and len(recs) == 1:
        inner = json.dumps(recs[0], ensure_ascii=False)
        return json.dumps({"level": "debug", "ts": d.ts(), "msg": "hook payload", "payload": inner}, ensure_ascii=False)
    return "\n".join(json.dumps(r, ensure_ascii=d.rng.random() < 0.3) for r in recs)


def build() -> list[dict[str, str]]:
    rng = random.Random(SEED)
    d = Draw(rng)
    rows: dict[str, dict[str, str]] = {}

    def add(text: str, label: str, category: str) -> None:
        if text not in rows:
            rows[text] = {"text": text, "label": label, "category": category + ("_intl" if d.intl else "")}

    benign: dict[str, Callable[[], list[Rec]]] = {
        "hook": lambda: [hook_benign(d)], "transcript": lambda: transcript_benign(d),
        "rollout": lambda: rollout_benign(d), "mcp": lambda: mcp_benign(d), "span": lambda: [span_benign(d)],
    }
    for _ in range(PER_BENIGN * 4):
        for name, make in benign.items():
            d.intl = rng.random() < INTL_SHARE
            add(render_records(d, make()), "benign", name)
    for _ in range(PER_BENIGN * 2):
        d.intl = rng.random() < INTL_SHARE
        add(ci_benign(d), "benign", "ci_log")
    prompts: list[Callable[[], tuple[list[Rec], str]]] = [
        lambda: (lambda r: ([r[0]], r[1]))(hook_prompt(d)), lambda: transcript_prompt(d),
        lambda: rollout_prompt(d), lambda: mcp_prompt(d), lambda: (lambda r: ([r[0]], r[1]))(span_prompt(d)),
    ]
    for _ in range(PER_PROMPT * 2):
        for make_p in prompts:
            d.intl = rng.random() < INTL_SHARE
            recs, cat = make_p()
            if rng.random() < 0.4:  # the prompt among the session's benign records
                around = rng.choice(list(benign.values()))()
                recs = [*around[:1], *recs, *around[1:]]
                d.intl = d.intl and True
                add("\n".join(json.dumps(r, ensure_ascii=False) for r in recs), "prompt", cat + "_mixed")
            else:
                add(render_records(d, recs), "prompt", cat)
    for _ in range(PER_PROMPT):
        d.intl = rng.random() < INTL_SHARE
        text, cat = ci_prompt(d)
        add(text, "prompt", cat)
    return sorted(rows.values(), key=lambda r: (r["label"], r["category"], r["text"]))


def render(rows: list[dict[str, str]]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true", help="compare with corpus.jsonl, write nothing")
    parser.add_argument("--stats", action="store_true", help="print counts per category")
    args = parser.parse_args()
    rows = build()
    text = render(rows)
    if args.stats:
        for (label, cat), n in sorted(Counter((r["label"], r["category"]) for r in rows).items()):
            print(f"{label:7} {cat:28} {n:5}")
        print(f"{len(rows)} texts")
        return 0
    if args.check:
        if OUT.read_text(encoding="utf-8") != text:
            print("corpus.jsonl is stale: run generate.py", file=sys.stderr)
            return 1
        return 0
    OUT.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
