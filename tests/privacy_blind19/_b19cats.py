"""blind19's categories: one function per payload family and label, each returning (text, language).

Secret, prompt and benign families share frames from `_b19frames.py`; what changes is the content.
"""
import json

from _b19frames import (
    BRANCHES,
    MODELS,
    PATHS,
    REPOS,
    TEST_CMDS,
    cc_line,
    ci_lines,
    cwd,
    env_lines,
    gha_prefix,
    har_entry,
    hook,
    jsonl,
    ms,
    pytest_out,
    rpc_call,
    rpc_result,
    span,
)
from _b19lang import ANSWERS, DESCRIPTIONS, SECRET_NOTES, STATUS, SYSTEM_PROMPTS, chat_lines, pick, prompt
from _b19pieces import (
    TOKENISH,
    benign_command,
    benign_edit,
    benign_file,
    describe,
    secret_command,
    secret_edit,
    secret_file,
)
from _b19rand import HEX, HOSTS, USERS, cred, dump, s, sha, ts, uuid


def _long(r):
    return r.random() < 0.1


# ---------------------------------------------------------------- session hooks
def hook_bash_secret(r):
    lang, d = describe(r)
    p = hook(r, r.choice(["PreToolUse", "PreToolUse", "PostToolUse"]), {"tool_name": "Bash", "tool_input": {"command": secret_command(r), "description": d}})
    if p["hook_event_name"] == "PostToolUse":
        p["tool_response"] = {"stdout": r.choice(["", "ok", "Login Succeeded", " count \n-------\n  4812\n(1 row)"]), "stderr": "", "interrupted": False}
    return dump(r, p), lang


def hook_bash_benign(r):
    lang, d = describe(r)
    cmd = benign_command(r)
    p = hook(r, r.choice(["PreToolUse", "PostToolUse"]), {"tool_name": "Bash", "tool_input": {"command": cmd, "description": d}})
    if p["hook_event_name"] == "PostToolUse":
        out = pytest_out(r, r.random() < 0.3) if cmd in TEST_CMDS and r.random() < 0.6 else r.choice(["", "Login Succeeded", "7", "deployment \"api\" successfully rolled out"])
        p["tool_response"] = {"stdout": out, "stderr": "", "interrupted": False}
    return dump(r, p), lang


def hook_read_secret(r):
    path, body, lang = secret_file(r)
    p = hook(r, "PostToolUse", {"tool_name": r.choice(["Read", "read", "view"]), "tool_input": {"file_path": path},
                                "tool_response": {"type": "text", "file": {"filePath": path, "content": body, "numLines": body.count("\n"), "startLine": 1}}})
    return dump(r, p), lang


def hook_read_benign(r):
    path, body, lang = benign_file(r)
    p = hook(r, "PostToolUse", {"tool_name": r.choice(["Read", "read", "view"]), "tool_input": {"file_path": path},
                                "tool_response": {"type": "text", "file": {"filePath": path, "content": body, "numLines": body.count("\n"), "startLine": 1}}})
    return dump(r, p), lang


def hook_edit_secret(r):
    path, old, new = secret_edit(r)
    tool = r.choice(["Edit", "MultiEdit", "apply_patch"])
    if tool == "apply_patch":
        patch = f"*** Begin Patch\n*** Update File: {path}\n@@\n-{old}\n+{new}\n*** End Patch"
        p = hook(r, "PreToolUse", {"tool_name": "apply_patch", "tool_input": {"input": patch}}, agent="codex")
    else:
        p = hook(r, "PreToolUse", {"tool_name": "Edit", "tool_input": {"file_path": path, "old_string": old, "new_string": new, "replace_all": False}})
    return dump(r, p), "en"


def hook_edit_benign(r):
    path, old, new = benign_edit(r)
    if r.random() < 0.4:
        patch = f"*** Begin Patch\n*** Update File: {path}\n@@\n-{old}\n+{new}\n*** End Patch"
        p = hook(r, "PreToolUse", {"tool_name": "apply_patch", "tool_input": {"input": patch}}, agent="codex")
    else:
        p = hook(r, "PostToolUse", {"tool_name": "Edit", "tool_input": {"file_path": path, "old_string": old, "new_string": new},
                                    "tool_response": {"filePath": path, "structuredPatch": [{"oldStart": r.randint(1, 200), "oldLines": 1, "newStart": 1, "newLines": 1, "lines": [f"-{old}", f"+{new}"]}]}})
    return dump(r, p), "en"


def hook_prompt_submit(r):
    lang, text = prompt(r)
    if r.random() < 0.15:
        text = text + "\n\n" + r.choice(["```\n", "Here's the error:\n```\n"]) + r.choice(["Traceback (most recent call last):\n  File \"app.py\", line 12, in <module>\nKeyError: 'region'", "error[E0502]: cannot borrow `self.buf` as mutable"]) + "\n```"
    p = hook(r, "UserPromptSubmit", {"prompt": text}, agent=r.choice(["claude", "codex"]))
    return dump(r, p), lang


def hook_lifecycle_benign(r):
    if r.random() < 0.3:
        return codex_notify_benign(r)
    ev = r.choice(["SessionStart", "SessionEnd", "Stop", "SubagentStop", "Notification", "PreCompact"])
    extra = {}
    lang = "en"
    if ev == "SessionStart":
        extra = {"source": r.choice(["startup", "resume", "clear", "compact"])}
    elif ev == "SessionEnd":
        extra = {"reason": r.choice(["clear", "logout", "prompt_input_exit", "other"])}
    elif ev in ("Stop", "SubagentStop"):
        extra = {"stop_hook_active": r.random() < 0.3}
    elif ev == "Notification":
        extra = {"message": r.choice(["Claude needs your permission to use Bash", "Claude is waiting for your input",
                                      "Claude needs your permission to use Write", "Task completed"])}
    else:
        extra = {"trigger": r.choice(["manual", "auto"]), "custom_instructions": ""}
    return dump(r, hook(r, ev, extra, agent="claude"), pretty=r.random() < 0.3), lang


def codex_notify_prompt(r):
    """Codex's notify hook: the turn's input messages and the model's last answer."""
    plang, ptext = prompt(r)
    alang, atext = pick(r, ANSWERS, plang != "en")
    p = {"type": "agent-turn-complete", "thread-id": uuid(r), "turn-id": str(r.randint(1, 60)), "cwd": cwd(r),
         "input-messages": [ptext], "last-assistant-message": atext}
    if r.random() < 0.4:
        del p["input-messages"]
    return dump(r, p), (alang if plang == "en" else plang)


def codex_notify_benign(r):
    p = {"type": "agent-turn-complete", "thread-id": uuid(r), "turn-id": str(r.randint(1, 60)), "cwd": cwd(r),
         "input-messages": [], "last-assistant-message": None, "token_usage": {"input": r.randint(100, 90000), "output": r.randint(10, 9000)}}
    return dump(r, p), "en"


# ---------------------------------------------------------------- MCP
NOTE_TOOLS = ["save_note", "handoff_note", "add_note", "record_context"]


def mcp_secret(r):
    form = r.randrange(3)
    if form == 0:
        n, v, _ = cred(r)
        args = {"key": r.choice([n.lower().replace("_", "."), "deploy." + n.lower(), n]), "value": v, "scope": r.choice(["repo", "branch", "global"])}
        lang = "en"
        tool = r.choice(["set_config", "config_set", "handoff_config_set"])
    elif form == 1:
        lang, note = pick(r, SECRET_NOTES)
        _, v, _ = cred(r)
        args = {"repo": r.choice(REPOS), "branch": r.choice(BRANCHES), "text": note.format(v=v)}
        tool = r.choice(NOTE_TOOLS)
    else:
        lang, d = describe(r)
        args = {"command": secret_command(r), "status": r.choice(["passed", "failed"]), "duration_s": round(r.uniform(1, 300), 1), "label": d}
        tool = r.choice(["record_validation", "log_run"])
    return dump(r, rpc_call(r, tool, args)), lang


def mcp_benign(r):
    form = r.randrange(4)
    lang = "en"
    if form == 0:
        key, val = r.choice([("test.command", r.choice(TEST_CMDS)), ("ci.provider", "github-actions"), ("db.password_ref", "vault:kv/staging/db#password"),
                             ("model.default", r.choice(MODELS)), ("deploy.token_env", "DEPLOY_TOKEN"), ("lint.max_line", "120")])
        obj = rpc_call(r, r.choice(["set_config", "config_set"]), {"key": key, "value": val, "scope": r.choice(["repo", "branch"])})
    elif form == 1:
        lang, st = pick(r, STATUS)
        obj = rpc_call(r, r.choice(NOTE_TOOLS), {"repo": r.choice(REPOS), "branch": r.choice(BRANCHES), "text": st})
    elif form == 2:
        lang, d = describe(r)
        obj = rpc_call(r, "record_validation", {"command": benign_command(r), "status": r.choice(["passed", "failed"]), "duration_s": round(r.uniform(1, 300), 1), "label": d})
    else:
        obj = rpc_result(r, r.choice([f"note {uuid(r)} saved", "validation recorded (id=%d)" % r.randint(1, 9999), "config key set",
                                      "rejected: value looks like a credential; store a reference instead"]), is_error=r.random() < 0.2)
    return dump(r, obj), lang


def mcp_note_prompt(r):
    """An agent fills a note tool with what the user asked or what the model said, verbatim."""
    form = r.randrange(3)
    if form == 0:
        lang, t = prompt(r)
        text = r.choice(["User asked: ", "user request: ", "Original prompt: ", ""]) + t
    elif form == 1:
        lang, t = pick(r, ANSWERS)
        text = r.choice(["Assistant reply: ", "model said: ", "Response: "]) + t
    else:
        lang, t = prompt(r)
        alang, a = pick(r, ANSWERS, lang != "en")
        text = f"User: {t}\nAssistant: {a}"
    return dump(r, rpc_call(r, r.choice(NOTE_TOOLS), {"repo": r.choice(REPOS), "text": text, "kind": r.choice(["note", "context"])})), lang


# ---------------------------------------------------------------- transcripts and rollouts
def _tool_use_pair(r, cmd, out):
    tid = "toolu_" + s(r, 24)
    a = cc_line(r, "assistant", [{"type": "tool_use", "id": tid, "name": "Bash", "input": {"command": cmd}}])
    u = cc_line(r, "user", [{"type": "tool_result", "tool_use_id": tid, "content": out, "is_error": False}])
    return [a, u]


def transcript_tool_secret(r):
    rows = []
    if _long(r):
        for _ in range(r.randint(2, 4)):
            rows += _tool_use_pair(r, r.choice(TEST_CMDS), pytest_out(r))
    if r.random() < 0.5:
        path, body, lang = secret_file(r)
        rows += _tool_use_pair(r, f"cat {path}", body)
    else:
        lang = "en"
        rows += _tool_use_pair(r, secret_command(r), r.choice(["", "ok", "Login Succeeded"]))
    return jsonl(r, rows), lang


def transcript_tool_benign(r):
    rows = []
    for _ in range(r.randint(1, 4 if not _long(r) else 8)):
        cmd = benign_command(r)
        rows += _tool_use_pair(r, cmd, pytest_out(r, r.random() < 0.3) if cmd in TEST_CMDS else r.choice(["", "0", "Already up to date."]))
    if r.random() < 0.3:
        rows.append({"type": "summary", "summary": r.choice(["Fix flock timeout in CI", "Split parser module", "Bump urllib3"]), "leafUuid": uuid(r)})
    return jsonl(r, rows), "en"


def transcript_chat_prompt(r):
    lang, t = prompt(r)
    alang, a = pick(r, ANSWERS, lang != "en")
    session = uuid(r)
    u = cc_line(r, "user", t if r.random() < 0.6 else [{"type": "text", "text": t}], session)
    rows = [u]
    if r.random() < 0.7:
        rows.append(cc_line(r, "assistant", [{"type": "text", "text": a}], session, u["uuid"]))
    if _long(r):
        rows += _tool_use_pair(r, r.choice(TEST_CMDS), pytest_out(r))
    return jsonl(r, rows), lang


def codex_rollout_prompt(r):
    if r.random() < 0.4:
        return opencode_prompt(r)
    lang, t = prompt(r)
    rows = [{"timestamp": ts(r), "type": "session_meta", "payload": {"id": uuid(r), "cwd": cwd(r), "originator": "codex_cli_rs", "cli_version": "0.4%d.0" % r.randint(0, 9)}}]
    if r.random() < 0.3:
        slang, sp = pick(r, SYSTEM_PROMPTS)
        rows.append({"timestamp": ts(r), "type": "response_item", "payload": {"type": "message", "role": "developer", "content": [{"type": "input_text", "text": sp}]}})
    rows.append({"timestamp": ts(r), "type": "response_item", "payload": {"type": "message", "role": "user", "content": [{"type": "input_text", "text": t}]}})
    if r.random() < 0.5:
        alang, a = pick(r, ANSWERS, lang != "en")
        rows.append({"timestamp": ts(r), "type": "event_msg", "payload": {"type": "agent_message", "message": a}})
    return jsonl(r, rows[r.randrange(0, 2) if len(rows) > 2 else 0:]), lang


def codex_rollout_benign(r):
    if r.random() < 0.4:
        return opencode_benign(r)
    rows = [{"timestamp": ts(r), "type": "session_meta", "payload": {"id": uuid(r), "cwd": cwd(r), "originator": "codex_cli_rs", "cli_version": "0.4%d.0" % r.randint(0, 9)}}]
    for _ in range(r.randint(1, 6)):
        k = r.randrange(3)
        if k == 0:
            rows.append({"timestamp": ts(r), "type": "response_item", "payload": {"type": "function_call", "name": "shell", "arguments": json.dumps({"command": ["bash", "-lc", benign_command(r)], "timeout_ms": 120000}), "call_id": "call_" + s(r, 24)}})
        elif k == 1:
            rows.append({"timestamp": ts(r), "type": "event_msg", "payload": {"type": "token_count", "info": {"total_token_usage": {"input_tokens": r.randint(1000, 400000), "cached_input_tokens": r.randint(0, 300000), "output_tokens": r.randint(100, 30000)}, "model_context_window": 272000}}})
        else:
            rows.append({"timestamp": ts(r), "type": "response_item", "payload": {"type": "function_call_output", "call_id": "call_" + s(r, 24), "output": json.dumps({"output": pytest_out(r)[:300], "metadata": {"exit_code": 0, "duration_seconds": round(r.uniform(0.1, 60), 1)}})}})
    return jsonl(r, rows), "en"


def opencode_prompt(r):
    lang, t = pick(r, ANSWERS) if r.random() < 0.5 else prompt(r)
    role = "assistant" if any(t == a for _, a in ANSWERS) else "user"
    ev = {"type": "message.part.updated", "properties": {"part": {"id": "prt_" + s(r, 26), "sessionID": "ses_" + s(r, 26), "messageID": "msg_" + s(r, 26),
                                                                  "type": "text", "text": t, "time": {"start": ms(r)}}, "role": role}}
    return dump(r, ev), lang


def opencode_benign(r):
    ev = r.choice([
        {"type": "session.idle", "properties": {"sessionID": "ses_" + s(r, 26)}},
        {"type": "message.part.updated", "properties": {"part": {"id": "prt_" + s(r, 26), "type": "tool", "tool": "bash", "state": {"status": "completed", "input": {"command": benign_command(r)}, "output": r.choice(["", "ok", "3 files changed"]), "time": {"start": ms(r), "end": ms(r)}}}}},
        {"type": "session.updated", "properties": {"info": {"id": "ses_" + s(r, 26), "title": r.choice(["Fix flock timeout", "Split parser", "Bump deps"]), "version": "0.15.%d" % r.randint(0, 30)}}},
        {"type": "message.updated", "properties": {"info": {"id": "msg_" + s(r, 26), "role": "assistant", "modelID": r.choice(MODELS), "providerID": r.choice(["anthropic", "openai", "google"]), "tokens": {"input": r.randint(10, 90000), "output": r.randint(1, 8000), "cache": {"read": r.randint(0, 50000), "write": 0}}, "cost": round(r.uniform(0, 0.6), 4)}}},
    ])
    return dump(r, ev), "en"


# ---------------------------------------------------------------- CI logs
def ci_setx_secret(r):
    if r.random() < 0.3:
        return gitlab_clone_secret(r)
    if r.random() < 0.3:
        return r.choice(["+ ", "++ ", "$ ", ""]) + secret_command(r), "en"
    pre = ci_lines(r, r.randint(2, 30 if _long(r) else 8), gha=r.random() < 0.7)
    gha = pre[0][:4] == "2026"
    cmd = secret_command(r)
    trace = ("+ " if r.random() < 0.8 else "++ ") + cmd
    lang, d = describe(r)
    lines = pre + [(gha_prefix(r) if gha else "") + f"##[group]Run {d}" if gha else f"--- {d}", (gha_prefix(r) if gha else "") + trace]
    lines += ci_lines(r, r.randint(0, 4), gha=gha)
    return "\n".join(lines), lang


def ci_log_benign(r):
    if r.random() < 0.3:
        return buildkite_benign(r)
    if r.random() < 0.25:
        return "+ " + r.choice([benign_command(r), "curl -sS -H 'Authorization: Bearer ***' https://api.github.com/user", "docker login -u deploy -p *** ghcr.io"]), "en"
    pre = ci_lines(r, r.randint(2, 30 if _long(r) else 8), gha=r.random() < 0.7)
    gha = pre[0][:4] == "2026"
    lang, d = describe(r)
    cmd = r.choice([benign_command(r), "curl -sS -H 'Authorization: Bearer ***' https://api.github.com/user",
                    "docker login -u deploy -p *** ghcr.io", "echo \"::add-mask::$DEPLOY_TOKEN\"", "export NPM_TOKEN=***"])
    lines = pre + [(gha_prefix(r) if gha else "") + (f"##[group]Run {d}" if gha else f"--- {d}"), (gha_prefix(r) if gha else "") + "+ " + cmd]
    lines += ci_lines(r, r.randint(0, 4), gha=gha)
    return "\n".join(lines), lang


def gitlab_clone_secret(r):
    _, v, _ = cred(r, r.choice(["gitlab", "github"]))
    user = "gitlab-ci-token" if v.startswith("glpat") else "x-access-token"
    lines = [f"Running with gitlab-runner 17.{r.randint(0, 6)}.0 (abc{s(r, 5, HEX)})", f"  on docker-runner-{r.randint(1, 9)} {s(r, 8)}, system ID: s_{s(r, 12, HEX)}",
             "Preparing the \"docker\" executor", f"Using docker image sha256:{sha(r, 64)} for python:3.12 ...",
             "Getting source from Git repository", "Fetching changes with git depth set to 20...",
             f"Initialized empty Git repository in /builds/{r.choice(REPOS)}/.git/",
             "Created fresh repository.", f"+ git remote set-url origin https://{user}:{v}@gitlab.example.com/{r.choice(REPOS)}.git",
             f"Checking out {sha(r, 8)} as detached HEAD (ref is {r.choice(BRANCHES)})..."]
    return "\n".join(lines[: r.randint(9, 10)] if r.random() < 0.7 else lines[7:9]), "en"


def buildkite_benign(r):
    lines = ["~~~ Preparing working directory", f"$ cd /var/lib/buildkite-agent/builds/agent-{r.randint(1, 20)}/{r.choice(REPOS)}",
             "# Host \"github.com\" already in list of known hosts", "$ git fetch -v --prune -- origin " + sha(r),
             "~~~ Running commands", f"$ {r.choice(TEST_CMDS)}"] + pytest_out(r).splitlines()[: r.randint(3, 8)]
    if r.random() < 0.4:
        lines.append(f"^^^ +++\n:warning: {r.choice(['Retrying', 'Soft fail'])} (exit status {r.randint(1, 3)})")
    return "\n".join(lines), "en"


def env_dump_secret(r):
    lines = env_lines(r, r.randint(0, 30 if _long(r) else 12))
    n, v, _ = cred(r)
    lines.insert(r.randrange(len(lines) + 1), f"{n}={v}")
    head = r.choice(["+ printenv | sort", "$ env", "##[group]Dump environment", "[debug] environment:", ""])
    return (head + "\n" if head else "") + "\n".join(lines), "en"


def env_dump_benign(r):
    lines = env_lines(r, r.randint(1, 30 if _long(r) else 12))
    head = r.choice(["+ printenv | sort", "$ env", "##[group]Dump environment", "[debug] environment:", ""])
    return (head + "\n" if head else "") + "\n".join(lines), "en"


def step_summary_prompt(r):
    """A CI job that asks a model to review, logging what it sent and what came back."""
    lang, sp = pick(r, SYSTEM_PROMPTS)
    alang, a = pick(r, ANSWERS, lang != "en")
    form = r.randrange(3)
    if form == 0:
        body = f"## AI review\n\n**System prompt**\n\n> {sp}\n\n**Model output** ({r.choice(MODELS)})\n\n{a}\n"
    elif form == 1:
        body = "\n".join(ci_lines(r, r.randint(1, 5))) + f"\n{gha_prefix(r)}[ai-review] request: " + json.dumps({"model": r.choice(MODELS), "messages": [{"role": "system", "content": sp}]}, ensure_ascii=r.random() < 0.5)
    else:
        plang, p = prompt(r, lang != "en")
        body = f"{gha_prefix(r)}::debug::llm prompt={json.dumps(p, ensure_ascii=r.random() < 0.5)}\n{gha_prefix(r)}::debug::llm completion={json.dumps(a, ensure_ascii=r.random() < 0.5)}"
    return body, lang if lang != "en" else alang


def step_summary_benign(r):
    lang, st = pick(r, STATUS)
    body = (f"## {r.choice(['Test results', 'Validation', 'AI review (skipped)'])}\n\n| suite | passed | failed | time |\n|---|---|---|---|\n"
            f"| unit | {r.randint(100, 900)} | {r.randint(0, 2)} | {r.uniform(5, 99):.1f}s |\n| integration | {r.randint(10, 90)} | 0 | {r.uniform(5, 300):.1f}s |\n\n"
            f"{st}\n\nModel used for review: `{r.choice(MODELS)}`, {r.randint(1000, 90000)} input tokens, {r.randint(100, 4000)} output tokens.")
    return body, lang


# ---------------------------------------------------------------- HTTP debug, tests, crashes
def http_debug_secret(r):
    form = r.randrange(4)
    host = r.choice(["api.github.com", "api.stripe.com", "api.openai.com", "registry.npmjs.org", "hooks.internal"])
    if form == 2:
        _, v, _ = cred(r, "cookie")
        hdr = f"Cookie: {v}"
    else:
        _, v, k = cred(r, r.choice(TOKENISH + ["basic"]))
        hdr = f"Authorization: {v}" if k == "basic" else r.choice([f"Authorization: Bearer {v}", f"X-Api-Key: {v}", f"Authorization: token {v}", f"PRIVATE-TOKEN: {v}"])
    if form == 3:
        return f"> {hdr}" if r.random() < 0.5 else f"> GET /user HTTP/2\n> Host: {host}\n> {hdr}", "en"
    if form == 1:
        line = f"send: b'GET /v1/{r.choice(['charges', 'user', 'models'])} HTTP/1.1\\r\\nHost: {host}\\r\\nUser-Agent: python-requests/2.32.3\\r\\nAccept-Encoding: gzip, deflate\\r\\nAccept: */*\\r\\nConnection: keep-alive\\r\\n{hdr}\\r\\n\\r\\n'\nreply: 'HTTP/1.1 200 OK\\r\\n'\nheader: Content-Type: application/json"
        return line, "en"
    lines = [f"*   Trying {r.randint(1, 223)}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}:443...", f"* Connected to {host} port 443", "* ALPN: server accepted h2",
             f"> GET /{r.choice(['user', 'v1/models', 'api/health'])} HTTP/2", f"> Host: {host}", "> User-Agent: curl/8.5.0", "> Accept: */*", f"> {hdr}", ">",
             "< HTTP/2 200", "< content-type: application/json; charset=utf-8", f"< x-request-id: {uuid(r)}"]
    return "\n".join(lines), "en"


def http_debug_benign(r):
    host = r.choice(["api.github.com", "api.stripe.com", "api.openai.com", "registry.npmjs.org", "hooks.internal"])
    hdr = r.choice(["Authorization: Bearer ***", "Authorization: [REDACTED]", "X-Api-Key: <redacted>", "Cookie: session=[filtered]", f"X-Request-Id: {uuid(r)}", f"If-None-Match: W/\"{sha(r, 32)}\""])
    if r.random() < 0.25:
        return f"> {hdr}" if r.random() < 0.5 else f"> GET /user HTTP/2\n> Host: {host}\n> {hdr}", "en"
    lines = [f"* Connected to {host} port 443", f"> GET /{r.choice(['user', 'v1/models', 'api/health'])} HTTP/2", f"> Host: {host}", "> User-Agent: curl/8.5.0", f"> {hdr}", ">",
             f"< HTTP/2 {r.choice([200, 401, 403, 429])}", f"< x-ratelimit-remaining: {r.randint(0, 5000)}", f"< etag: \"{sha(r, 32)}\""]
    return "\n".join(lines), "en"


def pytest_captured_secret(r):
    if r.random() < 0.4:
        return traceback_locals_secret(r)
    n, v, _ = cred(r, r.choice(["pg_url", "redis_url", "mongo_url", "amqp_url"] + TOKENISH))
    out = pytest_out(r, True).splitlines()
    cap = ["----------------------------- Captured stdout call -----------------------------",
           r.choice([f"connecting to {v}", f"settings: {{'{n.lower()}': '{v}', 'timeout': 5}}", f"DEBUG using {n}={v}"])]
    out[-1:-1] = cap
    return "\n".join(out), "en"


def pytest_benign(r):
    if r.random() < 0.4:
        return traceback_benign(r)
    out = pytest_out(r, r.random() < 0.5).splitlines()
    if r.random() < 0.5:
        out[-1:-1] = ["----------------------------- Captured stdout call -----------------------------",
                      r.choice([f"connecting to postgresql://app@{r.choice(HOSTS)}:5432/app", "settings: {'token': '***', 'timeout': 5}", f"using model {r.choice(MODELS)}"])]
    return "\n".join(out), "en"


def traceback_locals_secret(r):
    n, v, _ = cred(r)
    fn = r.choice(["connect", "publish", "upload_artifact", "fetch_user"])
    lines = ["Traceback (most recent call last):", f'  File "/app/{r.choice(PATHS)}", line {r.randint(10, 400)}, in {fn}',
             "    resp = session.post(url, headers=headers, timeout=timeout)", "    locals:",
             f"      url = 'https://{r.choice(['api.internal', 'uploads.internal'])}/v2/{fn}'",
             f"      {n.lower()} = '{v}'", f"      timeout = {r.randint(1, 30)}",
             "requests.exceptions.ConnectionError: HTTPSConnectionPool(host='api.internal', port=443): Max retries exceeded"]
    return "\n".join(lines), "en"


def traceback_benign(r):
    fn = r.choice(["connect", "publish", "upload_artifact", "fetch_user"])
    lines = ["Traceback (most recent call last):", f'  File "/app/{r.choice(PATHS)}", line {r.randint(10, 400)}, in {fn}',
             "    resp = session.post(url, headers=headers, timeout=timeout)", "    locals:",
             f"      url = 'https://api.internal/v2/{fn}'", f"      request_id = '{uuid(r)}'", "      headers = {'Authorization': '<redacted>', 'Accept': 'application/json'}",
             f"      timeout = {r.randint(1, 30)}", "requests.exceptions.ReadTimeout: HTTPSConnectionPool(host='api.internal', port=443): Read timed out."]
    return "\n".join(lines), "en"


# ---------------------------------------------------------------- telemetry
def otel_secret(r):
    form = r.randrange(3)
    if form == 0:
        _, v, _ = cred(r, r.choice(TOKENISH))
        attrs = [("http.request.method", "POST"), ("url.full", f"https://api.internal/v1/{r.choice(['jobs', 'events'])}"), ("http.request.header.authorization", f"Bearer {v}")]
    elif form == 1:
        _, v, _ = cred(r, r.choice(["pg_url", "mysql_url", "mongo_url"]))
        attrs = [("db.system", v.split(":")[0].replace("ql", "ql")), ("db.connection_string", v), ("db.statement", "SELECT 1")]
    else:
        _, v, _ = cred(r, r.choice(["s3_signed", "gcs_signed", "azure_sas"]))
        attrs = [("http.request.method", "GET"), ("url.full", v), ("http.response.status_code", 200)]
    obj = {"resourceSpans": [{"resource": {"attributes": [{"key": "service.name", "value": {"stringValue": r.choice(["orders-api", "worker", "ci-bot"])}}]},
                              "scopeSpans": [{"scope": {"name": "opentelemetry.instrumentation"}, "spans": [span(r, r.choice(["POST", "GET", "db.query"]), attrs)]}]}]}
    return dump(r, obj if r.random() < 0.5 else obj["resourceSpans"][0]["scopeSpans"][0]["spans"][0]), "en"


def otel_genai_prompt(r):
    lang, t = prompt(r)
    alang, a = pick(r, ANSWERS, lang != "en")
    m = r.choice(MODELS)
    form = r.randrange(3)
    if form == 0:
        attrs = [("gen_ai.system", "anthropic"), ("gen_ai.request.model", m), ("gen_ai.prompt.0.role", "user"), ("gen_ai.prompt.0.content", t)]
    elif form == 1:
        attrs = [("gen_ai.system", "openai"), ("gen_ai.request.model", m), ("gen_ai.completion.0.role", "assistant"), ("gen_ai.completion.0.content", a), ("gen_ai.usage.output_tokens", r.randint(10, 900))]
        lang = alang
    else:
        attrs = [("llm.model_name", m), ("input.value", json.dumps({"messages": [{"role": "user", "content": t}]}, ensure_ascii=False)), ("output.value", a)]
    return dump(r, span(r, f"chat {m}", attrs)), lang


def otel_benign(r):
    m = r.choice(MODELS)
    attrs = r.choice([
        [("gen_ai.system", r.choice(["anthropic", "openai"])), ("gen_ai.request.model", m), ("gen_ai.usage.input_tokens", r.randint(100, 90000)), ("gen_ai.usage.output_tokens", r.randint(1, 4000)), ("gen_ai.response.finish_reasons", "stop")],
        [("http.request.method", "POST"), ("url.full", "https://api.internal/v1/jobs"), ("http.request.header.authorization", "[REDACTED]"), ("http.response.status_code", r.choice([200, 201, 429, 503]))],
        [("db.system", "postgresql"), ("server.address", r.choice(HOSTS)), ("db.statement", "SELECT id, status FROM orders WHERE id = $1"), ("db.user", r.choice(USERS))],
        [("ci.pipeline.id", str(r.randint(1000, 99999))), ("vcs.repository.ref.name", r.choice(BRANCHES)), ("vcs.ref.head.revision", sha(r)), ("cicd.pipeline.task.run.result", r.choice(["success", "failure"]))],
    ])
    return dump(r, span(r, r.choice(["chat " + m, "POST", "db.query", "ci.job"]), attrs, r.choice(["OK", "ERROR", "UNSET"]))), "en"


def llm_obs_prompt(r):
    lang, t = prompt(r)
    alang, a = pick(r, ANSWERS, lang != "en")
    rec = {"id": uuid(r), "traceId": uuid(r), "type": "GENERATION", "name": r.choice(["review", "summarize", "chat"]), "model": r.choice(MODELS),
           "startTime": ts(r), "input": [{"role": "user", "content": t}] if r.random() < 0.6 else t,
           "output": {"role": "assistant", "content": a} if r.random() < 0.6 else a,
           "usage": {"input": r.randint(10, 9000), "output": r.randint(10, 2000), "unit": "TOKENS"}, "level": "DEFAULT"}
    if r.random() < 0.3:
        del rec["output"]
    return dump(r, rec), lang


def llm_obs_benign(r):
    rec = {"id": uuid(r), "traceId": uuid(r), "type": "GENERATION", "name": r.choice(["review", "summarize", "chat"]), "model": r.choice(MODELS),
           "startTime": ts(r), "input": "[redacted: 2 messages, 1834 chars]", "output": None if r.random() < 0.5 else "[redacted]",
           "usage": {"input": r.randint(10, 9000), "output": r.randint(10, 2000), "unit": "TOKENS"}, "latency_ms": r.randint(200, 40000),
           "level": r.choice(["DEFAULT", "WARNING", "ERROR"]), "statusMessage": r.choice(["", "rate limited (429), retried 2x", "context length exceeded", "overloaded_error"])}
    return dump(r, rec), "en"


def har_secret(r):
    form = r.randrange(3)
    hdrs = [("accept", "application/json"), ("user-agent", "Mozilla/5.0 (X11; Linux x86_64) Chrome/131.0")]
    if form == 0:
        _, v, _ = cred(r, "cookie")
        hdrs.append(("cookie", v))
    elif form == 1:
        _, v, _ = cred(r, r.choice(TOKENISH))
        hdrs.append(("authorization", f"Bearer {v}"))
    else:
        _, v, _ = cred(r, r.choice(TOKENISH))
        hdrs.append(("x-api-key", v))
    e = har_entry(r, r.choice(["GET", "POST"]), f"https://{r.choice(['app.example.com', 'dash.internal', 'api.example.com'])}/api/{r.choice(['me', 'orders', 'flags'])}", hdrs)
    return dump(r, e), "en"


def har_benign(r):
    hdrs = [("accept", "application/json"), ("user-agent", "Mozilla/5.0 (X11; Linux x86_64) Chrome/131.0"), ("x-request-id", uuid(r))]
    if r.random() < 0.5:
        hdrs.append(("authorization", "Bearer [redacted by exporter]"))
    e = har_entry(r, "GET", f"https://app.example.com/api/{r.choice(['orders', 'health', 'flags'])}?page={r.randint(1, 9)}", hdrs,
                  resp_body=json.dumps({"status": "ok", "items": r.randint(0, 50), "version": f"2.{r.randint(0, 9)}.{r.randint(0, 9)}"}))
    return dump(r, e), "en"


def har_chat_prompt(r):
    lang, t = prompt(r)
    alang, a = pick(r, ANSWERS, lang != "en")
    body = json.dumps({"model": r.choice(MODELS), "max_tokens": 1024, "messages": [{"role": "user", "content": t}]}, ensure_ascii=r.random() < 0.5)
    resp = json.dumps({"id": "msg_" + s(r, 24), "content": [{"type": "text", "text": a}], "stop_reason": "end_turn"}, ensure_ascii=r.random() < 0.5) if r.random() < 0.5 else None
    e = har_entry(r, "POST", r.choice(["https://api.anthropic.com/v1/messages", "https://api.openai.com/v1/chat/completions", "http://localhost:11434/api/chat"]),
                  [("content-type", "application/json"), ("x-api-key", "[redacted]")], post=body, resp_body=resp)
    return dump(r, e), lang


# ---------------------------------------------------------------- containers
def container_secret(r):
    n, v, _ = cred(r, r.choice(["password", "pg_url", "redis_url", "mongo_url", "amqp_url"] + TOKENISH))
    if r.random() < 0.5:
        env = [e for e in env_lines(r, r.randint(3, 8))] + [f"{n}={v}"]
        r.shuffle(env)
        obj = [{"Id": sha(r, 64), "Created": ts(r), "Name": "/" + r.choice(["orders-api-1", "worker", "db-migrate"]),
                "Config": {"Hostname": s(r, 12, HEX), "Env": env, "Image": f"ghcr.io/{r.choice(REPOS)}:{sha(r, 7)}"}, "State": {"Status": "running", "ExitCode": 0}}]
        return dump(r, obj, pretty=True), "en"
    lines = ["apiVersion: apps/v1", "kind: Deployment", "metadata:", f"  name: {r.choice(['api', 'worker'])}", f"  namespace: {r.choice(['orders', 'billing'])}",
             "spec:", "  template:", "    spec:", "      containers:", "      - name: app", f"        image: ghcr.io/{r.choice(REPOS)}:{sha(r, 7)}", "        env:",
             "        - name: LOG_LEVEL", "          value: info", f"        - name: {n}", f"          value: \"{v}\""]
    return "\n".join(lines), "en"


def container_benign(r):
    if r.random() < 0.5:
        env = env_lines(r, r.randint(3, 9))
        obj = [{"Id": sha(r, 64), "Created": ts(r), "Name": "/" + r.choice(["orders-api-1", "worker", "db-migrate"]),
                "Config": {"Hostname": s(r, 12, HEX), "Env": env, "Image": f"ghcr.io/{r.choice(REPOS)}:{sha(r, 7)}"}, "State": {"Status": r.choice(["running", "exited"]), "ExitCode": r.choice([0, 137])}}]
        return dump(r, obj, pretty=True), "en"
    lines = ["apiVersion: apps/v1", "kind: Deployment", "metadata:", f"  name: {r.choice(['api', 'worker'])}", "spec:", "  template:", "    spec:", "      containers:",
             "      - name: app", "        env:", "        - name: DB_PASSWORD", "          valueFrom:", "            secretKeyRef:", "              name: app-db", "              key: password",
             "        - name: LOG_LEVEL", "          value: debug", f"        resources: {{limits: {{memory: {r.choice(['512Mi', '1Gi'])}}}}}"]
    return "\n".join(lines), "en"


# ---------------------------------------------------------------- webhooks and structured logs
def chat_webhook_prompt(r):
    form = r.randrange(4)
    if form == 0:
        lang, turns = chat_lines(r, style="turns")
        who, msg = max(turns, key=lambda t: len(t[1]))
        obj = {"token": "verification-token-redacted", "team_id": "T" + s(r, 8, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"), "event": {"type": "message", "channel": "C" + s(r, 9, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"), "user": "U" + s(r, 9, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"), "text": msg, "ts": f"{r.randint(1767000000, 1795000000)}.{r.randint(100000, 999999)}"}, "type": "event_callback"}
        obj["token"] = "redacted"
    elif form == 1:
        lang, text = chat_lines(r, style=r.choice(["colon", "bracket"]))
        obj = {"event": "chat.export", "channel": r.choice(["#deploys", "#team-orders", "#random"]), "transcript": text}
    elif form == 2:
        lang, turns = chat_lines(r, style="turns")
        obj = {"type": "message", "from": {"name": turns[0][0]}, "text": " ".join(m for _, m in turns[:2]), "channelData": {"tenant": {"id": uuid(r)}}, "timestamp": ts(r)}
    else:
        lang, turns = chat_lines(r, style="turns")
        obj = {"content": turns[-1][1], "author": {"username": turns[-1][0], "id": str(r.randint(10**17, 10**18))}, "channel_id": str(r.randint(10**17, 10**18)), "timestamp": ts(r)}
    return dump(r, obj), lang


def webhook_secret(r):
    form = r.randrange(3)
    if form == 0:
        _, v, _ = cred(r, r.choice(["s3_signed", "gcs_signed", "azure_sas"]))
        obj = {"action": "created", "deployment": {"id": r.randint(10**8, 10**9), "sha": sha(r), "ref": r.choice(BRANCHES), "environment": "staging",
                                                   "payload": {"artifact_url": v}}, "repository": {"full_name": r.choice(REPOS)}}
    elif form == 1:
        _, v, _ = cred(r, "slack_hook")
        obj = {"hook": {"type": "Repository", "id": r.randint(10**8, 10**9), "events": ["push", "pull_request"], "config": {"content_type": "json", "url": v, "insecure_ssl": "0"}}}
    else:
        _, v, _ = cred(r, r.choice(TOKENISH))
        obj = {"object_kind": "pipeline", "object_attributes": {"id": r.randint(10**5, 10**7), "ref": r.choice(BRANCHES), "status": "failed",
                                                                "variables": [{"key": "DEPLOY_TOKEN", "value": v}, {"key": "TARGET", "value": "staging"}]}, "project": {"path_with_namespace": r.choice(REPOS)}}
    return dump(r, obj), "en"


def webhook_benign(r):
    form = r.randrange(4)
    if form == 0:
        obj = {"action": "synchronize", "number": r.randint(1, 5000), "pull_request": {"head": {"ref": r.choice(BRANCHES), "sha": sha(r)}, "base": {"ref": "main"}, "draft": r.random() < 0.3, "changed_files": r.randint(1, 60)}, "repository": {"full_name": r.choice(REPOS)}}
    elif form == 1:
        obj = {"action": "completed", "check_run": {"name": r.choice(["test (3.12)", "lint", "build"]), "status": "completed", "conclusion": r.choice(["success", "failure", "cancelled"]), "head_sha": sha(r), "html_url": f"https://github.com/{r.choice(REPOS)}/runs/{r.randint(10**9, 10**10)}"}}
    elif form == 2:
        obj = {"hook": {"type": "Repository", "id": r.randint(10**8, 10**9), "events": ["push"], "config": {"content_type": "json", "url": "https://ci.internal/hooks/github", "secret": "********", "insecure_ssl": "0"}}}
    else:
        obj = {"object_kind": "pipeline", "object_attributes": {"id": r.randint(10**5, 10**7), "ref": r.choice(BRANCHES), "status": r.choice(["success", "failed"]), "duration": r.randint(30, 4000),
                                                                "variables": [{"key": "TARGET", "value": "staging"}, {"key": "DEPLOY_TOKEN", "value": "[MASKED]"}]}}
    return dump(r, obj), "en"


def jsonlog_secret(r):
    rows = [{"ts": ts(r), "level": "info", "msg": r.choice(["starting worker", "config loaded", "listening"]), "pid": r.randint(1, 40000)} for _ in range(r.randint(0, 12 if _long(r) else 2))]
    n, v, _ = cred(r)
    lang, note = pick(r, SECRET_NOTES)
    bad = r.choice([{"ts": ts(r), "level": "debug", "msg": "resolved settings", n.lower(): v},
                    {"ts": ts(r), "level": "error", "msg": f"auth failed for {v}", "status": 401},
                    {"ts": ts(r), "level": "warn", "msg": note.format(v=v)}])
    if bad["level"] != "warn":
        lang = "en"
    rows.insert(r.randrange(len(rows) + 1), bad)
    return jsonl(r, rows), lang


def jsonlog_benign(r):
    lang = "en"
    rows = [{"ts": ts(r), "level": r.choice(["info", "debug", "warn"]), "msg": r.choice(["starting worker", "config loaded", "listening", "token refreshed", "api key rotated", "retrying request"]),
             "pid": r.randint(1, 40000), "attempt": r.randint(1, 5)} for _ in range(r.randint(1, 14 if _long(r) else 2))]
    if r.random() < 0.3:
        lang, st = pick(r, STATUS)
        rows.append({"ts": ts(r), "level": "info", "msg": st, "agent": r.choice(["claude-code", "codex", "opencode"])})
    return jsonl(r, rows), lang


# ---------------------------------------------------------------- system prompts in configs/requests
def system_prompt_payload(r):
    lang, sp = pick(r, SYSTEM_PROMPTS)
    form = r.randrange(3)
    if form == 0:
        obj = {"model": r.choice(MODELS), "system": sp, "max_tokens": r.choice([1024, 4096]), "temperature": round(r.uniform(0, 1), 1)}
        return dump(r, obj), lang
    if form == 1:
        return f"[debug] openai.request: POST /v1/chat/completions body={json.dumps({'model': r.choice(MODELS), 'messages': [{'role': 'system', 'content': sp}]}, ensure_ascii=r.random() < 0.5)}", lang
    return dump(r, rpc_call(r, r.choice(["set_config", "config_set"]), {"key": "review.system_prompt", "value": sp})), lang


def model_health_benign(r):
    m = r.choice(MODELS)
    obj = {"model": m, "provider": r.choice(["anthropic", "openai", "google", "local"]), "status": r.choice(["healthy", "degraded", "down"]),
           "p50_ms": r.randint(200, 3000), "p95_ms": r.randint(1000, 30000), "error_rate": round(r.uniform(0, 0.2), 3),
           "last_error": r.choice([None, "529 overloaded_error", "timeout after 60s", "invalid_request_error: max_tokens too large"]), "checked_at": ts(r)}
    return dump(r, obj), "en"


def status_text_benign(r):
    """The agent's own status, as a hook or a runner posts it: short, in its report voice."""
    lang, st = pick(r, STATUS)
    form = r.randrange(4)
    if form == 0:
        return st, lang
    if form == 1:
        return dump(r, {"status": r.choice(["ok", "done", "blocked"]), "summary": st}, pretty=False), lang
    if form == 2:
        return f"[{r.choice(['claude-code', 'codex', 'opencode', 'ci'])}] {st}", lang
    return dump(r, {"hook_event_name": "Stop", "summary": st, "branch": r.choice(BRANCHES)}, pretty=False), lang


CATEGORIES = {
    "secret": [hook_bash_secret, hook_read_secret, hook_edit_secret, mcp_secret, transcript_tool_secret, ci_setx_secret,
               env_dump_secret, http_debug_secret, pytest_captured_secret, otel_secret, har_secret, container_secret,
               webhook_secret, jsonlog_secret],
    "prompt": [hook_prompt_submit, codex_notify_prompt, mcp_note_prompt, transcript_chat_prompt, codex_rollout_prompt,
               step_summary_prompt, otel_genai_prompt, llm_obs_prompt, har_chat_prompt, chat_webhook_prompt, system_prompt_payload],
    "benign": [hook_bash_benign, hook_read_benign, hook_edit_benign, hook_lifecycle_benign, mcp_benign, transcript_tool_benign,
               codex_rollout_benign, ci_log_benign, env_dump_benign, step_summary_benign, http_debug_benign, pytest_benign,
               otel_benign, llm_obs_benign, har_benign, container_benign, webhook_benign, jsonlog_benign, model_health_benign,
               status_text_benign],
}
DESCRIPTIONS_FOREIGN = [d for d in DESCRIPTIONS if d[0] != "en"]


WRAP_CMDS = ["cat /tmp/last-run.log", "tail -n 200 build.log", "jq . payload.json", "kubectl logs job/nightly --tail=200",
             "gh run view --log-failed", "cat .handoff/inbox/latest.json", "docker logs --tail 100 worker"]


def wrap_foreign(r, text):
    """Re-wrap an English payload the way an integration forwards it, under a non-English label."""
    lang, d = pick(r, DESCRIPTIONS_FOREIGN)
    form = r.randrange(3)
    if form == 0:
        return dump(r, rpc_call(r, "record_validation", {"label": d, "status": r.choice(["passed", "failed"]), "output": text})), lang
    if form == 1:
        return dump(r, hook(r, "PostToolUse", {"tool_name": "Bash", "tool_input": {"command": r.choice(WRAP_CMDS), "description": d},
                                                "tool_response": {"stdout": text, "stderr": "", "interrupted": False}})), lang
    slang, st = pick(r, STATUS, True)
    return f"{st}\n{d}:\n{text}", slang


# ---------------------------------------------------------------- compact forms
# What a terse integration forwards: one field of the payload, one line, no envelope.
def _c(r, obj):
    return dump(r, obj, pretty=False)


def _short_prompt(r):
    lang, t = prompt(r)
    return lang, t


SHORT = {
    "codex_notify_prompt": lambda r: (lambda lt: (_c(r, {"type": "agent-turn-complete", "input-messages": [lt[1]]}), lt[0]))(_short_prompt(r)),
    "mcp_note_prompt": lambda r: (lambda lt: (_c(r, {"name": r.choice(NOTE_TOOLS), "arguments": {"text": lt[1]}}), lt[0]))(_short_prompt(r)),
    "otel_genai_prompt": lambda r: (lambda lt: (_c(r, {"gen_ai.prompt.0.content": lt[1]}), lt[0]))(_short_prompt(r)),
    "llm_obs_prompt": lambda r: (lambda lt: (_c(r, {"type": "GENERATION", "input": lt[1]}), lt[0]))(_short_prompt(r)),
    "transcript_chat_prompt": lambda r: (lambda lt: (_c(r, {"type": "user", "message": {"role": "user", "content": lt[1]}}), lt[0]))(_short_prompt(r)),
    "har_chat_prompt": lambda r: (lambda lt: (_c(r, {"messages": [{"role": "user", "content": lt[1]}]}), lt[0]))(_short_prompt(r)),
    "step_summary_prompt": lambda r: (lambda lt: (f"::debug::prompt={json.dumps(lt[1], ensure_ascii=False)}", lt[0]))(_short_prompt(r)),
    "container_secret": lambda r: (lambda c: (f"docker run --rm -e {c[0]}={c[1]} ghcr.io/{r.choice(REPOS)}:latest", "en"))(cred(r, r.choice(["password", "github", "npm", "hf", "stripe", "groq"]))),
    "hook_edit_secret": lambda r: (_c(r, {"tool_name": "Edit", "tool_input": {"new_string": secret_edit(r)[2]}}), "en"),
    "webhook_secret": lambda r: (_c(r, {"key": "DEPLOY_TOKEN", "value": cred(r, r.choice(TOKENISH))[1], "protected": True}), "en"),
    "har_secret": lambda r: (lambda c: (_c(r, {"name": "cookie", "value": c[1]} if c[2] == "cookie" else {"name": "authorization", "value": "Bearer " + c[1]}), "en"))(cred(r, r.choice(["cookie", "github", "openai", "jwt"]))),
    "otel_secret": lambda r: (_c(r, {"http.request.header.authorization": "Bearer " + cred(r, r.choice(TOKENISH))[1]}), "en"),
    "pytest_captured_secret": lambda r: (f"E   ConnectionError: could not connect to {cred(r, r.choice(['pg_url', 'redis_url', 'amqp_url']))[1]}", "en"),
    "container_benign": lambda r: (f"docker run --rm -e LOG_LEVEL=debug -e DB_PASSWORD_FILE=/run/secrets/db ghcr.io/{r.choice(REPOS)}:{sha(r, 7)}", "en"),
    "hook_edit_benign": lambda r: (_c(r, {"tool_name": "Edit", "tool_input": {"new_string": benign_edit(r)[2]}}), "en"),
    "webhook_benign": lambda r: (_c(r, {"key": r.choice(["DEPLOY_TOKEN", "TARGET", "REGION"]), "value": r.choice(["[MASKED]", "staging", "eu-west-1"]), "protected": r.random() < 0.5}), "en"),
    "har_benign": lambda r: (_c(r, {"name": r.choice(["x-request-id", "etag", "authorization"]), "value": r.choice([uuid(r), sha(r, 32), "Bearer [redacted]"])}), "en"),
    "llm_obs_benign": lambda r: (_c(r, {"type": "GENERATION", "model": r.choice(MODELS), "usage": {"input": r.randint(10, 9000), "output": r.randint(1, 900)}}), "en"),
    "pytest_benign": lambda r: (f"{r.randint(10, 900)} passed, {r.randint(0, 5)} skipped in {r.uniform(1, 90):.2f}s", "en"),
    "step_summary_benign": lambda r: (lambda lt: (f"::notice::{lt[1]}", lt[0]))(pick(r, STATUS)),
}
