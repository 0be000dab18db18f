"""Coding-agent tools: Claude Code, Codex CLI, OpenCode, Aider, IDE chats (Cursor/Continue/Copilot),
Gemini CLI. Each tool's leaks and benign artefacts are written in that tool's own formats."""

from __future__ import annotations

import base64
import json
import random
from collections.abc import Callable

from _b13lang import answer, request, turn
from _b13rand import BRANCHES, FILES, MODELS, REPOS, TESTS_, password, pick, rs, sha, token, ts, uuid
from _b13shapes import any_leak, benign_cmd, benign_env, db_url, named_secret, second_person_doc, secret_cmd

Gen = Callable[[random.Random], str]
Cat = tuple[str, str, int, Gen]


def _j(obj: object, pretty: bool = False) -> str:
    return json.dumps(obj, ensure_ascii=False, indent=2 if pretty else None)


def _pj(r: random.Random, obj: object) -> str:
    """JSON, pretty-printed (multi-line) about a third of the time."""
    return _j(obj, r.random() < 0.1)


# ---------------------------------------------------------------- Claude Code
def _cc_base(r: random.Random, event: str) -> dict[str, object]:
    return {"session_id": uuid(r), "transcript_path": f"/home/dev/.claude/projects/-home-dev-{pick(r, ['widget', 'api', 'infra'])}/{uuid(r)}.jsonl",
            "cwd": f"/home/dev/{pick(r, ['widget', 'api', 'infra'])}", "hook_event_name": event}


def cc_hook_secret(r: random.Random) -> str:
    d = _cc_base(r, pick(r, ["PreToolUse", "PostToolUse"]))
    d["tool_name"] = "Bash"
    d["tool_input"] = {"command": secret_cmd(r), "description": pick(r, ["Set the secret", "Log in", "Run it"])}
    return _pj(r, d)


def cc_hook_prompt(r: random.Random) -> str:
    d = _cc_base(r, "UserPromptSubmit")
    d["prompt"] = request(r)
    return _pj(r, d)


def cc_hook_benign(r: random.Random) -> str:
    ev = pick(r, ["PreToolUse", "PostToolUse", "Stop", "SessionStart"])
    d = _cc_base(r, ev)
    if ev in ("PreToolUse", "PostToolUse"):
        d["tool_name"] = pick(r, ["Bash", "Read", "Edit"])
        if d["tool_name"] == "Bash":
            d["tool_input"] = {"command": benign_cmd(r)}
        else:
            d["tool_input"] = {"file_path": f"/home/dev/widget/{pick(r, FILES)}"}
        if ev == "PostToolUse":
            d["tool_response"] = {"stdout": f"{r.randint(3, 400)} passed in {r.randint(1, 90)}.{r.randint(0, 99):02d}s", "stderr": "", "interrupted": False}
    elif ev == "Stop":
        d["stop_hook_active"] = False
    else:
        d["source"] = pick(r, ["startup", "resume", "clear"])
    return _pj(r, d)


def _cc_line(r: random.Random, typ: str, content: object) -> dict[str, object]:
    return {"parentUuid": uuid(r), "isSidechain": False, "userType": "external", "cwd": "/home/dev/widget",
            "sessionId": uuid(r), "version": f"2.0.{r.randint(1, 40)}", "gitBranch": pick(r, BRANCHES),
            "type": typ, "message": {"role": typ, "content": content}, "uuid": uuid(r), "timestamp": ts(r)}


def _printed_secret(r: random.Random) -> tuple[str, str]:
    """(command, output): what a tool prints when it reads a file or runs a command that holds a credential."""
    name, v = named_secret(r)
    user, pw = pick(r, ["deploy", "ci-bot", "admin"]), password(r)
    k = r.randrange(6)
    if k == 0:
        return "cat .env", f"     1\t# local settings\n     2\t{name}={v}\n     3\tLOG_LEVEL=info"
    if k == 1:
        return "cat ~/.npmrc", f"     1\tregistry=https://registry.npmjs.org/\n     2\t//registry.npmjs.org/:_authToken=npm_{rs(r, 36)}"
    if k == 2:
        blob = base64.b64encode(f"{user}:{pw}".encode()).decode()
        return "cat ~/.docker/config.json", _j({"auths": {"registry.acme.io": {"auth": blob}}}, True)
    if k == 3:
        a = "ASIA" + rs(r, 16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")
        return "aws configure export-credentials", _j({"Version": 1, "AccessKeyId": a, "SecretAccessKey": rs(r, 40), "SessionToken": "IQoJb3JpZ2luX2VjE" + rs(r, 180), "Expiration": ts(r)}, True)
    if k == 4:
        return "gh auth status -t", f"github.com\n  ✓ Logged in to github.com account {user} (keyring)\n  - Token: gho_{rs(r, 36)}"
    return "cat config/database.yml", f"production:\n  adapter: postgresql\n  host: {pick(r, ['db-1.internal', 'pg.prod.acme.io'])}\n  username: {user}\n  password: {pw}"


def cc_transcript_secret(r: random.Random) -> str:
    _, body = _printed_secret(r)
    return _j(_cc_line(r, "user", [{"tool_use_id": "toolu_01" + rs(r, 22), "type": "tool_result", "content": body}]))


def cc_transcript_prompt(r: random.Random) -> str:
    if r.random() < 0.5:
        return _j(_cc_line(r, "user", request(r)))
    return _j(_cc_line(r, "assistant", [{"type": "text", "text": answer(r)}]))


def cc_transcript_benign(r: random.Random) -> str:
    if r.random() < 0.5:
        return _j(_cc_line(r, "assistant", [{"type": "tool_use", "id": "toolu_01" + rs(r, 22), "name": "Bash",
                                              "input": {"command": benign_cmd(r)}}]))
    return _j(_cc_line(r, "user", [{"tool_use_id": "toolu_01" + rs(r, 22), "type": "tool_result",
                                     "content": pick(r, [f"On branch {pick(r, BRANCHES)}\nnothing to commit, working tree clean",
                                                         f"{r.randint(2, 300)} passed, {r.randint(0, 3)} skipped",
                                                         f"[{pick(r, BRANCHES)} {sha(r, 7)}] fix lock release\n 2 files changed"])}]))


def cc_settings_secret(r: random.Random) -> str:
    name, v = named_secret(r)
    return _j({"env": {name: v, "ANTHROPIC_MODEL": pick(r, MODELS)}, "permissions": {"allow": ["Bash(npm run test:*)"]}}, r.random() < 0.4)


def cc_settings_benign(r: random.Random) -> str:
    k = r.randrange(3)
    if k == 0:
        return _j({"permissions": {"allow": [f"Bash({pick(r, ['npm run', 'pytest', 'make', 'cargo test'])}:*)", "Read(~/.zshrc)"],
                                   "deny": ["Read(./.env)", "Read(./secrets/**)"]}, "model": pick(r, MODELS)}, r.random() < 0.4)
    if k == 1:
        return _j({"hooks": {"PreToolUse": [{"matcher": "Bash", "hooks": [{"type": "command", "command": f"$CLAUDE_PROJECT_DIR/.claude/hooks/{pick(r, ['guard', 'lint', 'audit'])}.sh", "timeout": r.randint(5, 60)}]}]}}, r.random() < 0.4)
    return _j({"env": {"ANTHROPIC_API_KEY": "${ANTHROPIC_API_KEY}", "BASH_DEFAULT_TIMEOUT_MS": str(r.randint(1, 9) * 60000)},
               "includeCoAuthoredBy": r.random() < 0.5}, r.random() < 0.4)


def cc_mcp_secret(r: random.Random) -> str:
    vendor, name, v = token(r)
    if r.random() < 0.5:
        return _j({"mcpServers": {vendor: {"command": "npx", "args": ["-y", f"@{vendor}/mcp-server"], "env": {name: v}}}}, True)
    return _j({"type": "tool_use", "name": "mcp__postgres__connect", "input": {"connection_string": db_url(r)}})


def cc_mcp_prompt(r: random.Random) -> str:
    if r.random() < 0.5:
        return _j({"type": "tool_use", "id": "toolu_01" + rs(r, 22), "name": pick(r, ["mcp__llm__ask", "mcp__openai__chat", "mcp__gemini__generate"]),
                   "input": {"prompt": request(r), "model": pick(r, MODELS)}})
    return _j({"jsonrpc": "2.0", "id": r.randint(1, 500), "result": {"role": "assistant", "content": {"type": "text", "text": answer(r)}, "model": pick(r, MODELS)}})


def cc_mcp_benign(r: random.Random) -> str:
    k = r.randrange(3)
    if k == 0:
        return _j({"mcpServers": {"github": {"command": "docker", "args": ["run", "-i", "--rm", "-e", "GITHUB_PERSONAL_ACCESS_TOKEN", "ghcr.io/github/github-mcp-server"],
                                             "env": {"GITHUB_PERSONAL_ACCESS_TOKEN": "${GITHUB_TOKEN}"}}}}, True)
    if k == 1:
        return _j({"type": "tool_use", "id": "toolu_01" + rs(r, 22), "name": "mcp__github__get_issue",
                   "input": {"owner": pick(r, REPOS).split("/")[0], "repo": pick(r, REPOS).split("/")[1], "issue_number": r.randint(1, 900)}})
    return _j({"jsonrpc": "2.0", "id": r.randint(1, 500), "result": {"content": [{"type": "text", "text": pick(r, [
        f"{r.randint(0, 40)} rows", f"Created issue #{r.randint(10, 999)}", f"event {sha(r, 32)} (level=error, count={r.randint(1, 90)})",
        f"{r.randint(1, 30)} issues in cycle {r.randint(1, 40)}", f"Branch {pick(r, BRANCHES)} is {r.randint(1, 9)} commits ahead"])}], "isError": r.random() < 0.1}})


def cc_md_prompt(r: random.Random) -> str:
    return (f"# CLAUDE.md\n\nYou are Claude, working as a pair programmer on {pick(r, REPOS)}.\n"
            f"- When I ask for a change, reply first with a one-line plan, then the diff.\n"
            f"- Never apologise; if you are unsure, say \"I don't know\" and ask me.\n"
            f"- Answer me in {pick(r, ['German', 'Spanish', 'French', 'Japanese', 'plain English'])}.")


def cc_md_secret(r: random.Random) -> str:
    return (f"# CLAUDE.md\n\n## Staging\n- Database: `{db_url(r)}`\n- Deploy with `make deploy-stg`")


CLAUDE: list[Cat] = [
    ("claude_hook_stdin_credential", "secret", 25, cc_hook_secret),
    ("claude_transcript_tool_result_credential", "secret", 20, cc_transcript_secret),
    ("claude_settings_env_credential", "secret", 15, cc_settings_secret),
    ("claude_mcp_credential", "secret", 15, cc_mcp_secret),
    ("claude_md_credential", "secret", 10, cc_md_secret),
    ("claude_hook_user_prompt", "prompt", 25, cc_hook_prompt),
    ("claude_transcript_turn", "prompt", 30, cc_transcript_prompt),
    ("claude_mcp_model_call", "prompt", 15, cc_mcp_prompt),
    ("claude_md_instructions", "prompt", 10, cc_md_prompt),
    ("claude_hook_stdin_benign", "benign", 35, cc_hook_benign),
    ("claude_transcript_tool_only", "benign", 30, cc_transcript_benign),
    ("claude_settings_benign", "benign", 20, cc_settings_benign),
    ("claude_mcp_benign", "benign", 20, cc_mcp_benign),
]


# ---------------------------------------------------------------- Codex CLI
def cx_config_secret(r: random.Random) -> str:
    vendor, name, v = token(r)
    return (f"model = \"{pick(r, MODELS)}\"\nmodel_provider = \"{vendor}\"\n\n[mcp_servers.{vendor}]\ncommand = \"npx\"\n"
            f"args = [\"-y\", \"{vendor}-mcp\"]\nenv = {{ \"{name}\" = \"{v}\" }}")


def cx_config_benign(r: random.Random) -> str:
    return (f"model = \"{pick(r, MODELS)}\"\napproval_policy = \"{pick(r, ['on-request', 'never', 'untrusted'])}\"\n"
            f"sandbox_mode = \"{pick(r, ['workspace-write', 'read-only'])}\"\n\n[model_providers.{pick(r, ['azure', 'openrouter', 'ollama'])}]\n"
            f"base_url = \"http://localhost:{r.randint(1000, 9999)}/v1\"\nenv_key = \"{pick(r, ['AZURE_OPENAI_API_KEY', 'OPENROUTER_API_KEY', 'OLLAMA_HOST'])}\"")


def cx_history_prompt(r: random.Random) -> str:
    return _j({"session_id": uuid(r), "ts": r.randint(1_760_000_000, 1_790_000_000), "text": request(r)})


def cx_history_secret(r: random.Random) -> str:
    leak = any_leak(r)
    text = pick(r, [f"use this key for the test run: {leak}", f"the staging creds are {leak}, try again",
                    f"{leak} <- that's the sandbox one, wire it into the fixture", f"why does {leak} give me 403 on /v1/orders?",
                    f"log in with {pick(r, ['admin', 'deploy', 'qa'])} / {password(r)} and check the export page"])
    return _j({"session_id": uuid(r), "ts": r.randint(1_760_000_000, 1_790_000_000), "text": text})


def cx_exec_prompt(r: random.Random) -> str:
    k = r.randrange(4)
    if k == 3:
        return _j({"id": str(r.randint(0, 40)), "msg": {"type": "agent_reasoning", "text": pick(r, [
            f"**Planning the fix**\n\nI need to look at {pick(r, FILES)} first; the user wants the retry to stop after {r.randint(2, 9)} attempts, so I'll add a counter and then explain the change to them.",
            f"**Answering the question**\n\nThe user asked why {pick(r, TESTS_)} is flaky. I think it's a race on the lock file; I'll explain that and offer to write a patch.",
            f"**Reviewing the diff**\n\nI should tell the user that the change in {pick(r, FILES)} looks right, but I'll point out the missing test before they merge."])}})
    if k == 0:
        return f"$ codex exec \"{request(r)}\""
    if k == 1:
        return _j({"id": str(r.randint(0, 40)), "msg": {"type": "agent_message", "message": answer(r)}})
    q, a = turn(r)
    return (f"[{ts(r)}] OpenAI Codex v0.{r.randint(30, 60)}.0 (research preview)\n--------\nworkdir: /home/dev/widget\n"
            f"model: {pick(r, MODELS)}\n--------\n[{ts(r)}] User instructions:\n{q}\n\n[{ts(r)}] codex\n{a}")


def cx_exec_secret(r: random.Random) -> str:
    if r.random() < 0.5:
        return _j({"id": str(r.randint(0, 40)), "msg": {"type": "exec_command_begin", "call_id": "call_" + rs(r, 24), "command": ["bash", "-lc", secret_cmd(r)], "cwd": "/home/dev/widget"}})
    return f"[{ts(r)}] exec bash -lc '{secret_cmd(r)}' in /home/dev/widget\n[{ts(r)}] bash -lc succeeded in {r.randint(20, 900)}ms:"


def cx_exec_benign(r: random.Random) -> str:
    k = r.randrange(3)
    if k == 0:
        return _j({"id": str(r.randint(0, 40)), "msg": {"type": "exec_command_begin", "call_id": "call_" + rs(r, 24), "command": ["bash", "-lc", benign_cmd(r)], "cwd": "/home/dev/widget"}})
    if k == 1:
        return _j({"id": str(r.randint(0, 40)), "msg": {"type": "token_count", "input_tokens": r.randint(1000, 90000), "cached_input_tokens": r.randint(0, 50000), "output_tokens": r.randint(10, 4000)}})
    return f"[{ts(r)}] exec bash -lc '{benign_cmd(r)}' in /home/dev/widget\n[{ts(r)}] bash -lc exited {r.choice([0, 0, 1, 2])} in {r.randint(20, 9000)}ms:\n{r.randint(1, 300)} passed"


CODEX: list[Cat] = [
    ("codex_config_toml_credential", "secret", 20, cx_config_secret),
    ("codex_history_credential", "secret", 25, cx_history_secret),
    ("codex_exec_log_credential", "secret", 30, cx_exec_secret),
    ("codex_history_prompt", "prompt", 30, cx_history_prompt),
    ("codex_exec_log_prompt", "prompt", 45, cx_exec_prompt),
    ("codex_config_toml_benign", "benign", 35, cx_config_benign),
    ("codex_exec_log_benign", "benign", 65, cx_exec_benign),
    ("codex_docs_second_person", "benign", 15, lambda r: second_person_doc(r, "codex")),
]


# ---------------------------------------------------------------- OpenCode
def oc_config_secret(r: random.Random) -> str:
    vendor, name, v = token(r)
    return _j({"$schema": "https://opencode.ai/config.json", "provider": {vendor: {"options": {"apiKey": v}}}, "model": f"{vendor}/{pick(r, MODELS)}"}, r.random() < 0.4)


def oc_config_benign(r: random.Random) -> str:
    return _j({"$schema": "https://opencode.ai/config.json", "provider": {"openai": {"options": {"apiKey": pick(r, ["{env:OPENAI_API_KEY}", "{file:~/.secrets/openai}"])}}},
               "model": f"anthropic/{pick(r, MODELS)}", "autoupdate": r.random() < 0.5}, r.random() < 0.4)


def oc_message_prompt(r: random.Random) -> str:
    role = pick(r, ["user", "assistant"])
    q, a = turn(r)
    text = q if role == "user" else a
    return _j({"id": "msg_" + rs(r, 26), "sessionID": "ses_" + rs(r, 26), "role": role,
               "parts": [{"type": "text", "text": text}], "time": {"created": r.randint(1_760_000_000_000, 1_790_000_000_000)}})


def oc_message_secret(r: random.Random) -> str:
    cmd, out = _printed_secret(r)
    return _j({"id": "prt_" + rs(r, 26), "type": "tool", "tool": "bash", "state": {"status": "completed", "input": {"command": cmd},
               "output": out}})


def oc_message_benign(r: random.Random) -> str:
    return _j({"id": "prt_" + rs(r, 26), "type": "tool", "tool": pick(r, ["bash", "read", "grep"]),
               "state": {"status": pick(r, ["completed", "error"]), "input": {"command": benign_cmd(r)}, "output": f"exit {r.choice([0, 1])}"}})


def oc_cli_prompt(r: random.Random) -> str:
    return f"opencode run --model {pick(r, ['anthropic', 'openai'])}/{pick(r, MODELS)} \"{request(r)}\""


def oc_cli_benign(r: random.Random) -> str:
    return pick(r, ["opencode auth list", f"opencode --continue --session ses_{rs(r, 26)}", f"opencode models {pick(r, ['anthropic', 'openai', 'ollama'])}",
                    f"opencode export ses_{rs(r, 26)} > session-{r.randint(1, 99)}.json", f"opencode upgrade v0.{r.randint(5, 15)}.{r.randint(0, 9)}"])


def oc_auth_secret(r: random.Random) -> str:
    vendor, _, v = token(r, prefixed_only=True)
    return _j({vendor: {"type": "api", "key": v}}, r.random() < 0.4)


OPENCODE: list[Cat] = [
    ("opencode_config_credential", "secret", 25, oc_config_secret),
    ("opencode_tool_output_credential", "secret", 25, oc_message_secret),
    ("opencode_auth_json_credential", "secret", 20, oc_auth_secret),
    ("opencode_message_part", "prompt", 45, oc_message_prompt),
    ("opencode_run_prompt", "prompt", 30, oc_cli_prompt),
    ("opencode_config_benign", "benign", 30, oc_config_benign),
    ("opencode_tool_part_benign", "benign", 45, oc_message_benign),
    ("opencode_cli_benign", "benign", 25, oc_cli_benign),
]


# ---------------------------------------------------------------- Aider
def ad_history_prompt(r: random.Random) -> str:
    if r.random() < 0.4:
        return f"#### {request(r)}"
    if r.random() < 0.5:
        q, a = turn(r)
        return f"#### {q}\n\n{a}"
    return f"# aider chat started at 2026-{r.randint(1, 11):02d}-{r.randint(1, 28):02d} {r.randint(0, 23):02d}:{r.randint(10, 59)}:{r.randint(10, 59)}\n\n#### {request(r)}"


def ad_history_secret(r: random.Random) -> str:
    return f"#### /run {secret_cmd(r)}\n\n> Add command output to the chat? (Y)es/(N)o [Yes]: n"


def ad_history_benign(r: random.Random) -> str:
    return pick(r, [f"> Applied edit to {pick(r, FILES)}  \n> Commit {sha(r, 7)} fix: release lock on timeout",
                    f"#### /add {pick(r, FILES)}\n\n> Added {pick(r, FILES)} to the chat",
                    f"> Tokens: {r.randint(1, 30)}.{r.randint(0, 9)}k sent, {r.randint(50, 999)} received. Cost: ${r.randint(0, 9)}.{r.randint(0, 99):02d} message, ${r.randint(0, 30)}.{r.randint(0, 99):02d} session.",
                    f"#### /test pytest -q\n\n> {r.randint(1, 300)} passed in {r.randint(1, 60)}.{r.randint(10, 99)}s",
                    f"> Aider v0.{r.randint(70, 90)}.{r.randint(0, 3)}\n> Main model: {pick(r, MODELS)} with diff edit format\n> Git repo: .git with {r.randint(50, 2000)} files"])


def ad_conf_secret(r: random.Random) -> str:
    vendor, name, v = token(r, prefixed_only=True)
    k = r.randrange(3)
    if k == 0:
        return f"model: {pick(r, MODELS)}\napi-key:\n  - {vendor}={v}\nauto-commits: false"
    if k == 1:
        return f"{pick(r, ['# .aider.conf.yml' + chr(10), '.aider.conf.yml:', ''])}{pick(r, ['openai-api-key', 'anthropic-api-key'])}: {v}"
    return f"# .env for aider\n{name}={v}\nAIDER_MODEL={pick(r, MODELS)}"


def ad_conf_benign(r: random.Random) -> str:
    if r.random() < 0.5:
        return pick(r, [f"{pick(r, ['openai-api-key', 'anthropic-api-key'])}: ${{{pick(r, ['OPENAI_API_KEY', 'ANTHROPIC_API_KEY'])}}}  # from env ({r.randint(1, 99)})",
                        f"model: {pick(r, MODELS)}  # switched {r.randint(1, 28)} Nov, cheaper",
                        f".aider.conf.yml:{r.randint(2, 40)}: edit-format: {pick(r, ['diff', 'whole', 'udiff', 'diff-fenced'])}",
                        f"aider --model {pick(r, MODELS)} --no-auto-commits {pick(r, FILES)}"])
    return pick(r, [f"model: {pick(r, MODELS)}\nedit-format: {pick(r, ['diff', 'whole', 'udiff'])}\nauto-commits: {pick(r, ['true', 'false'])}\nread: [CONVENTIONS.md]",
                    f"# .aider.conf.yml\napi-key:\n  - openai=${{OPENAI_API_KEY}}\nmap-tokens: {r.choice([1024, 2048, 4096])}",
                    f"AIDER_MODEL={pick(r, MODELS)}\nAIDER_DARK_MODE=true\nAIDER_TEST_CMD=pytest -q -x\n# keys live in ~/.config/op, not here ({r.randint(1, 99)})"])


def ad_input_prompt(r: random.Random) -> str:
    return f"# {ts(r)}\n+{request(r)}"


AIDER: list[Cat] = [
    ("aider_chat_history_credential", "secret", 30, ad_history_secret),
    ("aider_conf_credential", "secret", 40, ad_conf_secret),
    ("aider_chat_history_turn", "prompt", 45, ad_history_prompt),
    ("aider_input_history_prompt", "prompt", 30, ad_input_prompt),
    ("aider_chat_history_benign", "benign", 60, ad_history_benign),
    ("aider_conf_benign", "benign", 40, ad_conf_benign),
    ("aider_docs_second_person", "benign", 15, lambda r: second_person_doc(r, "aider")),
]


# ---------------------------------------------------------------- Cursor / Continue / Copilot chat exports
def ide_export_prompt(r: random.Random) -> str:
    k = r.randrange(4)
    if k == 3:
        q, a = turn(r)
        return _j({"requestId": uuid(r), "message": {"text": q}, "response": [{"value": a}], "agent": "github.copilot.workspace"})
    if k == 0:
        q, a = turn(r)
        return f"# {pick(r, ['Fix retry bug', 'Explain the pool', 'Write tests'])}\n_Exported on {r.randint(1, 12)}/{r.randint(1, 28)}/2026 from Cursor_\n\n---\n\n**User**\n\n{q}\n\n---\n\n**Cursor**\n\n{a}"
    if k == 1:
        q, a = turn(r)
        return _j({"title": f"Session {r.randint(1, 999)}", "history": [{"message": {"role": "user", "content": q}},
                                                                       {"message": {"role": "assistant", "content": a}}]}, r.random() < 0.3)
    sep = " " if r.random() < 0.6 else "\n\n"
    q, a = turn(r)
    return f"{pick(r, ['dev', 'priya', 'jonas'])}: @workspace {q}{sep}GitHub Copilot: {a}"


def ide_export_secret(r: random.Random) -> str:
    name, v = named_secret(r)
    if r.random() < 0.2:
        return f"**User**: curl keeps returning 401 with {name}={v}, what am I missing?"
    if r.random() < 0.4:
        return f"**User**\n\nit fails with this .env, why?\n\n```\n{name}={v}\nDEBUG=1\n```"
    return _j({"models": [{"title": pick(r, MODELS), "provider": pick(r, ["openai", "anthropic", "mistral"]), "model": pick(r, MODELS), "apiKey": token(r)[2]}]}, r.random() < 0.3)


def ide_config_benign(r: random.Random) -> str:
    k = r.randrange(3)
    if k == 0:
        return _j({"models": [{"title": pick(r, MODELS), "provider": "ollama", "model": pick(r, MODELS), "apiBase": f"http://localhost:{r.randint(1000, 12000)}"}],
                   "allowAnonymousTelemetry": False}, r.random() < 0.3)
    if k == 1:
        return f"name: {pick(r, ['Local', 'Team'])} Assistant\nversion: 1.0.{r.randint(0, 20)}\nmodels:\n  - name: {pick(r, MODELS)}\n    provider: anthropic\n    apiKey: ${{{{ secrets.ANTHROPIC_API_KEY }}}}"
    return _j({"recommendations": [pick(r, ["ms-python.python", "golang.go", "dbaeumer.vscode-eslint"]), pick(r, ["charliermarsh.ruff", "Continue.continue", "GitHub.copilot-chat"])],
               "unwantedRecommendations": [f"ext.{rs(r, 6)}"]})


def ide_export_benign(r: random.Random) -> str:
    return pick(r, [f"_Exported on {r.randint(1, 12)}/{r.randint(1, 28)}/2026 at {r.randint(1, 12)}:{r.randint(10, 59)} from Cursor ({r.randint(1, 2)}.{r.randint(0, 9)}.{r.randint(0, 30)})_",
                    f"Copilot usage {pick(r, ['Oct', 'Nov'])}: {r.randint(100, 9000)} completions accepted, {r.randint(10, 80)}% acceptance rate",
                    f"Applied {r.randint(1, 9)} edits to {pick(r, FILES)} (checkpoint {sha(r, 8)})",
                    f"composer session {uuid(r)} restored; {r.randint(1, 40)} files indexed"])


IDE: list[Cat] = [
    ("ide_chat_export_credential", "secret", 70, ide_export_secret),
    ("ide_chat_export_turns", "prompt", 75, ide_export_prompt),
    ("ide_assistant_config_benign", "benign", 50, ide_config_benign),
    ("ide_export_metadata_benign", "benign", 50, ide_export_benign),
]


# ---------------------------------------------------------------- Gemini CLI
def gm_settings_secret(r: random.Random) -> str:
    if r.random() < 0.5:
        return _j({"selectedAuthType": "gemini-api-key", "mcpServers": {"db": {"command": "uvx", "args": ["mcp-server-postgres", db_url(r)]}}}, r.random() < 0.4)
    return f"{pick(r, ['# ~/.gemini/.env' + chr(10), ''])}GEMINI_API_KEY={token(r)[2] if r.random() < 0.3 else 'AIzaSy' + rs(r, 33)}"


def gm_settings_benign(r: random.Random) -> str:
    return _j({"theme": pick(r, ["GitHub", "Dracula", "Default"]), "selectedAuthType": pick(r, ["oauth-personal", "vertex-ai", "gemini-api-key"]),
               "mcpServers": {"github": {"command": "npx", "args": ["-y", "@modelcontextprotocol/server-github"], "env": {"GITHUB_PERSONAL_ACCESS_TOKEN": "$GITHUB_TOKEN"}}},
               "checkpointing": {"enabled": r.random() < 0.5}, "maxSessionTurns": r.randint(10, 200)}, r.random() < 0.4)


def gm_session_prompt(r: random.Random) -> str:
    if r.random() < 0.4:
        return f"gemini -m {pick(r, ['gemini-2.5-pro', 'gemini-2.5-flash'])} -p \"{request(r)}\""
    q, a = turn(r)
    return _j([{"role": "user", "parts": [{"text": q}]}, {"role": "model", "parts": [{"text": a}]}], r.random() < 0.5)


def gm_session_secret(r: random.Random) -> str:
    return (f"╭──────────────────────────────╮\n│ ✔  Shell {secret_cmd(r)} │\n╰──────────────────────────────╯")


def gm_md_prompt(r: random.Random) -> str:
    return (f"# GEMINI.md\nYou are an assistant for the {pick(r, REPOS)} codebase. When I ask a question, answer in "
            f"{pick(r, ['two sentences', 'a bullet list', 'Portuguese', 'Korean'])} and cite the file you used.")


def gm_log_benign(r: random.Random) -> str:
    return pick(r, [f"│ ✔  ReadFile {pick(r, FILES)} │",
                    f"│ ✔  Shell {benign_cmd(r)} │",
                    f"Using {r.randint(1, 4)} GEMINI.md files | {r.randint(1, 5)} MCP servers (ctrl+t to view)",
                    f"Checkpoint saved: {sha(r, 12)} ({r.randint(1, 9)} files)",
                    f"/stats: {r.randint(10, 900)} requests, {r.randint(1, 99)}k input tokens, {r.randint(1, 40)}% cached"])


GEMINI: list[Cat] = [
    ("gemini_settings_credential", "secret", 40, gm_settings_secret),
    ("gemini_shell_box_credential", "secret", 30, gm_session_secret),
    ("gemini_session_turns", "prompt", 55, gm_session_prompt),
    ("gemini_md_instructions", "prompt", 20, gm_md_prompt),
    ("gemini_settings_benign", "benign", 40, gm_settings_benign),
    ("gemini_cli_output_benign", "benign", 60, gm_log_benign),
    ("gemini_docs_second_person", "benign", 15, lambda r: second_person_doc(r, "gemini")),
]

_unused = (TESTS_, benign_env, password)
