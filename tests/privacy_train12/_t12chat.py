"""Classes 5 and 6: chats and agent records.

Class 5: chats between people (Slack/Teams style, speaker names, and role-like handles such as
``oncall:`` or ``me:``) vs chats with an assistant (role names, or a person talking to a named
model), one-line and multi-line, in the same layouts. Class 6: coding-agent JSON/JSONL events
that carry only commands, paths, exit codes and counts vs the same schemas carrying a user's
prompt or the assistant's message text.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable

from _t12req import C1_BENIGN, C1_PROMPT, c2_make
from _t12vocab import FILES, HOSTS, PROJECTS, TOOLS, fill, sha

Make = Callable[[random.Random], str]

P_Q = (
    "how do I reverse a list in {lang}?", "what's a good name for a retry helper?",
    "explain {concept} in two sentences", "can you write a haiku about deploys",
    "why is my {lang} code slow when I use recursion?", "rewrite this to sound more formal",
    "give me 3 ideas for a team offsite", "what does 'idempotent' mean?",
    "is {lang} or {lang} better for a CLI?", "summarize the plot of Hamlet in 3 lines",
    "fix my regex: ^[a-z]+@", "what should I name my cat", "how does {concept} work?",
    "make the tone friendlier", "shorter please", "translate 'deployment failed' into French",
    "can you explain it like I'm new to this?",
    "write a cover letter for a {lang} job", "what's the capital of Australia?",
    "give me a SQL query for the top 5 customers by revenue", "ok now add comments",
    "is it bad practice to use global variables in {lang}?", "tell me a fun fact about octopuses",
    "draft a polite reply declining a meeting", "what are the pros and cons of {concept}?",
    "convert 72 fahrenheit to celsius", "suggest a name for my {lang} side project",
)
P_A = (
    "Sure! In {lang} you can use the built-in reverse function or slicing.",
    "Here are a few options: `with_retry`, `retrying`, `backoff_call`.",
    "{concept} is a way to keep systems reliable when parts fail. It trades simplicity for resilience.",
    "Code rolls out slow / green checks bloom in the dusk / pager stays silent.",
    "Recursion can be slow because each call adds a stack frame; consider an iterative approach or memoization.",
    "Certainly. Here is a more formal version of your text:",
    "1. A hackathon 2. A cooking class 3. A hike followed by a retro.",
    "Idempotent means doing an operation twice has the same effect as doing it once.",
    "It depends on your needs, but generally both are good choices.",
    "Hamlet's uncle kills his father and marries his mother; Hamlet hesitates, feigns madness and plots revenge. In the end nearly everyone dies.",
    "Here's the fixed regex: ^[a-z0-9._%+-]+@[a-z0-9.-]+\\.[a-z]+$",
    "How about Pixel, Miso or Sudo?",
    "At a high level, {concept} works by splitting the problem into smaller, independent steps. I'd be happy to go deeper if you share more details.",
    "Of course! Here's a friendlier version:", "Here's a shorter version:", "« Échec du déploiement ».",
    "Absolutely. Think of it like a restaurant kitchen: orders queue up and the chef works through them.",
    "Dear hiring team, I'm excited to apply for the {lang} developer role. Over the past five years I have...",
    "The capital of Australia is Canberra, not Sydney as many people assume.",
    "Here's a query: SELECT customer_id, SUM(amount) AS revenue FROM orders GROUP BY customer_id ORDER BY revenue DESC LIMIT 5;",
    "Sure, here's the same code with comments explaining each step:",
    "In {lang}, globals are generally discouraged because they make code harder to test and reason about, though constants are fine.",
    "Octopuses have three hearts and blue blood!",
    "Of course. Here's a draft: 'Thank you for the invitation. Unfortunately I won't be able to attend...'",
    "Pros of {concept}: resilience, flexibility. Cons: added complexity and harder debugging.",
    "72°F is about 22.2°C.",
    "How about one of these: Forge, Lumen, Quill, or Tidepool?",
)
B_Q = (
    "is {host} back?", "who has the {proj} pager?", "did {pr} go out?", "can you review {pr}?",
    "anyone seen {topic} on {env}?", "are we freezing {proj} this week?",
    "what's the ETA on {ticket}?", "shall I revert {sha}?", "lunch?", "CI red on main again?",
    "can I take {host} for an hour?", "who owns {file}?", "is {ver} tagged yet?",
    "do we still need the {proj} cron?", "where are the {proj} logs now?",
    "can you pair on {ticket} after standup?", "need a hand with {host}?",
    "who's writing the postmortem for {ticket}?", "is the {env} db snapshot from today?",
    "should {pr} wait for the freeze?", "any objections to dropping {ver} support?",
    "why is {host} at 95% disk again?", "did someone change {file}?",
    "can you approve {pr}, it's a one-liner", "standup moved?", "are the {proj} alerts muted?",
    "who broke the {proj} build?",
)
B_A = (
    "yes, rebooted at 14:10", "{person} until Friday", "rolled out to {env}, prod tomorrow",
    "looking now", "only once, after {sha}", "yep, {ticket}", "tomorrow EOD hopefully",
    "no, {person} has a fix in {pr}", "12:30 at the usual place", "flaky lock test again, rerunning",
    "sure, ping me when done", "{person}, see CODEOWNERS", "tagged, release notes pending",
    "I think so, ask {handle}", "moved to Loki, same labels", "sure, 10:15 works",
    "no, {person} already drained it",
    "me, draft by Wednesday", "yes, 06:00 UTC, restored fine on {host}",
    "yes, merge after the {ver} cut", "none from me, {person} had one",
    "journald again, I'll cap it in {ticket}", "yes, {sha} bumped the timeout",
    "approved", "10:30 today, {person} is out", "until 18:00, see {ticket}",
    "flaky test, not a real break; rerun passed",
)
P_ROLES = (("User", "Assistant"), ("Human", "AI"), ("me", "ChatGPT"), ("You", "Claude"),
           ("user", "assistant"), ("Q", "Bot"), ("Prompt", "Response"), ("me", "copilot"),
           ("Человек", "Assistant"), ("USER", "MODEL"), ("{person}", "Assistant"),
           ("{person}", "Gemini"), ("Me", "GPT-4"), ("Input", "Output"))
B_ROLES = (("{person}", "{person}"), ("oncall", "{person}"), ("me", "{person}"),
           ("{handle}", "{handle}"), ("ops", "dev"), ("reviewer", "author"), ("{person}", "me"),
           ("{person}", "{person}"), ("sre-bot", "{person}"), ("{person}", "oncall"),
           ("{handle}", "{person}"), ("{person}", "{handle}"), ("me", "{handle}"), ("qa", "dev"))


def _layout(rng: random.Random, turns: list[tuple[str, str]], style: int) -> str:
    hh, mm = rng.randint(7, 22), rng.randint(0, 49)
    out = []
    for k, (who, said) in enumerate(turns):
        t = f"{hh:02d}:{mm + k:02d}"
        out.append((
            f"{who}: {said}", f"[{t}] {who}: {said}", f"**{who}:** {said}", f"{who} ({t}): {said}",
            f"<{who}> {said}", f"{who} — {said}", f"> {who}: {said}", f"{who} {t}\n{said}",
            f"{who}  {hh % 12 or 12}:{mm + k:02d} {'AM' if hh < 12 else 'PM'}\n{said}",
        )[style])
    sep = " " if rng.random() < 0.35 and style < 7 else "\n"
    return sep.join(out)


def _chat(rng: random.Random, prompt: bool, idx: int) -> str:
    roles = (P_ROLES if prompt else B_ROLES)[idx]
    qs, as_ = (P_Q, P_A) if prompt else (B_Q, B_A)
    a, b = fill(rng, roles[0]), fill(rng, roles[1])
    while b == a:
        b = fill(rng, roles[1])
    def pair() -> list[tuple[str, str]]:
        # the reply that answers the question most of the time, another one now and then
        i = rng.randrange(len(qs))
        j = i if rng.random() < 0.75 else rng.randrange(len(as_))
        q, ans = qs[i], as_[j]
        for slot in ("{lang}", "{concept}", "{pr}", "{host}"):
            if slot in q and slot in ans:  # the answer speaks of what was asked about
                term = fill(rng, slot)
                q, ans = q.replace(slot, term, 1), ans.replace(slot, term, 1)
        return [(a, fill(rng, q)), (b, fill(rng, ans))]

    turns = pair()
    for _ in range(rng.choice((0, 0, 1, 2, 4))):
        turns += pair()
    return _layout(rng, turns, rng.randrange(9))


def class5() -> tuple[list[tuple[str, Make]], list[tuple[str, Make]]]:
    def one(prompt: bool, i: int) -> Make:
        return lambda rng: _chat(rng, prompt, i)
    return ([(f"c5p{i}", one(True, i)) for i in range(len(P_ROLES))],
            [(f"c5b{i}", one(False, i)) for i in range(len(B_ROLES))])


COMMANDS = (
    "{tool}", "git status --short", "git diff --stat HEAD~1", "rg -n 'retry' src/", "ls -la",
    "make lint", "cat {file}", "sed -n 1,80p {file}", "docker compose up -d db",
    "kubectl -n {proj} get pods", "psql -c 'select count(*) from jobs'", "npm run build",
    "go vet ./...", "cargo clippy -- -D warnings", "git log --oneline -5", "ssh {host} uptime",
    "terraform plan -out plan.bin", "python -m pytest -x tests/", "curl -sI https://{proj}.internal/health",
)
OUTPUTS = (
    "12 passed, 1 skipped in 3.41s", "exit status 1", "ok", "M {file}", "3 files changed, 41 insertions(+), 9 deletions(-)",
    "FAILED tests/test_export.py::test_csv_header", "no matches", "HTTP/1.1 200 OK",
    "error: could not compile due to 2 previous errors", "Plan: 2 to add, 1 to change, 0 to destroy.",
)


def _cmd(rng: random.Random) -> str:
    return fill(rng, rng.choice(COMMANDS))


def _ask(rng: random.Random) -> str:
    return fill(rng, rng.choice(C1_PROMPT))


def _todo(rng: random.Random) -> str:
    return fill(rng, rng.choice(C1_BENIGN))


def _say(rng: random.Random) -> str:
    return c2_make(rng, True, rng.randrange(20))


def _tid(rng: random.Random) -> str:
    return "toolu_" + sha(rng, 12)


def _ts(rng: random.Random) -> str:
    return f"2026-{rng.randint(1, 11):02d}-{rng.randint(1, 28):02d}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}Z"


def _j(obj: object) -> str:
    return json.dumps(obj, ensure_ascii=False)


# Benign records: tool calls and their results only.
def _b_tool_use(rng: random.Random) -> str:
    return _j({"type": "tool_use", "id": _tid(rng), "name": "Bash", "input": {"command": _cmd(rng)}})


def _b_tool_result(rng: random.Random) -> str:
    return _j({"type": "tool_result", "tool_use_id": _tid(rng), "content": fill(rng, rng.choice(OUTPUTS)), "is_error": rng.random() < 0.3})


def _b_exit(rng: random.Random) -> str:
    return _j({"ts": _ts(rng), "event": "command.exit", "cmd": _cmd(rng), "exit_code": rng.choice((0, 0, 1, 2, 127)), "duration_ms": rng.randint(8, 90000)})


def _b_edit(rng: random.Random) -> str:
    return _j({"ts": _ts(rng), "kind": "file_edit", "path": rng.choice(FILES), "added": rng.randint(0, 120), "removed": rng.randint(0, 60)})


def _b_fcall(rng: random.Random) -> str:
    args = _j({"cmd": ["bash", "-lc", _cmd(rng)], "workdir": f"/work/{rng.choice(PROJECTS)}", "timeout_ms": 120000})
    return _j({"type": "function_call", "name": "shell", "call_id": "call_" + sha(rng, 10), "arguments": args})


def _b_session(rng: random.Random) -> str:
    return _j({"type": "session_start", "session_id": sha(rng, 8), "cwd": f"/home/dev/{rng.choice(PROJECTS)}", "git_branch": rng.choice(("main", "fix/retry", "wip")), "ts": _ts(rng)})


def _b_hook(rng: random.Random) -> str:
    return _j({"hook_event_name": "PreToolUse", "tool_name": rng.choice(("Edit", "Write", "Bash")), "tool_input": {"file_path": rng.choice(FILES)}, "decision": rng.choice(("allow", "block"))})


def _b_step(rng: random.Random) -> str:
    return _j({"step": rng.randint(1, 40), "action": "run", "args": {"command": _cmd(rng)}, "observation": fill(rng, rng.choice(OUTPUTS))})


def _b_usage(rng: random.Random) -> str:
    return _j({"type": "usage", "input_tokens": rng.randint(100, 90000), "output_tokens": rng.randint(10, 4000), "cache_read": rng.randint(0, 50000)})


def _b_todo_tool(rng: random.Random) -> str:
    # an agent's todo-list tool: engineering items, no chat
    return _j({"type": "tool_use", "name": "TodoWrite", "input": {"todos": [{"content": _todo(rng), "status": "pending"}, {"content": _todo(rng), "status": "completed"}]}})


def _b_read(rng: random.Random) -> str:
    return _j({"type": "tool_use", "name": "Read", "input": {"file_path": "/repo/" + rng.choice(FILES), "offset": rng.randint(1, 400), "limit": 80}})


def _b_role_tool_use(rng: random.Random) -> str:
    # an assistant turn that only calls a tool: a role key, but no message text
    block = {"type": "tool_use", "id": _tid(rng), "name": "Bash", "input": {"command": _cmd(rng)}}
    return _j({"type": "assistant", "message": {"role": "assistant", "content": [block]}})


def _b_role_tool_result(rng: random.Random) -> str:
    block = {"type": "tool_result", "tool_use_id": _tid(rng), "content": fill(rng, rng.choice(OUTPUTS))}
    return _j({"type": "user", "message": {"role": "user", "content": [block]}, "ts": _ts(rng)})


def _b_role_tool(rng: random.Random) -> str:
    return _j({"role": "tool", "name": "shell", "content": fill(rng, rng.choice(OUTPUTS))})


def _b_ci(rng: random.Random) -> str:
    return _j({"job": rng.choice(("lint", "test", "build")), "runner": rng.choice(HOSTS), "status": rng.choice(("success", "failure")), "commit": sha(rng, 40), "tool": rng.choice(TOOLS)})


# Prompt records: the same schemas, carrying what a person typed or the model said.
def _p_user(rng: random.Random) -> str:
    return _j({"type": "user", "message": {"role": "user", "content": _ask(rng)}, "ts": _ts(rng)})


def _p_assistant(rng: random.Random) -> str:
    return _j({"type": "assistant", "message": {"role": "assistant", "content": [{"type": "text", "text": _say(rng)}]}})


def _p_submit(rng: random.Random) -> str:
    return _j({"hook_event_name": "UserPromptSubmit", "session_id": sha(rng, 8), "prompt": _ask(rng)})


def _p_input_text(rng: random.Random) -> str:
    return _j({"type": "message", "role": "user", "content": [{"type": "input_text", "text": _ask(rng)}]})


def _p_plain(rng: random.Random) -> str:
    return _j({"role": "assistant", "content": _say(rng)})


def _p_thought(rng: random.Random) -> str:
    return _j({"step": rng.randint(1, 40), "thought": _say(rng), "action": "run", "args": {"command": _cmd(rng)}})


def _p_event_prompt(rng: random.Random) -> str:
    return _j({"ts": _ts(rng), "event": "prompt", "text": _ask(rng), "tokens": rng.randint(5, 300)})


def _p_todo_prompt(rng: random.Random) -> str:
    return _j({"type": "tool_use", "name": "Task", "input": {"description": "research", "prompt": _ask(rng)}})


def _p_output_text(rng: random.Random) -> str:
    return _j({"type": "message", "role": "assistant", "content": [{"type": "output_text", "text": _say(rng)}]})


def _p_chatlog(rng: random.Random) -> str:
    return _j({"speaker": rng.choice(("user", "human")), "text": _ask(rng), "session": sha(rng, 6)})


def _p_completion(rng: random.Random) -> str:
    return _j({"prompt": _ask(rng), "completion": _say(rng)[:240]})


def _p_from_value(rng: random.Random) -> str:
    return _j({"conversations": [{"from": "human", "value": _ask(rng)}, {"from": "gpt", "value": _say(rng)[:200]}]})


def _p_agent_message(rng: random.Random) -> str:
    return _j({"type": "agent_message", "message": _say(rng), "turn": rng.randint(1, 30)})


def _p_llm_request(rng: random.Random) -> str:
    system = rng.choice(("You are a coding assistant.", "You are a helpful assistant. Be brief.",
                         "Answer as a senior engineer would.", "You are Copilot, an AI pair programmer."))
    msgs = [{"role": "system", "content": system}, {"role": "user", "content": _ask(rng)}]
    return _j({"event": "llm.request", "model": rng.choice(("gpt-4o", "claude-sonnet", "local-7b")), "messages": msgs})


def _p_kind_chat(rng: random.Random) -> str:
    return _j({"kind": "chat", "input": _ask(rng), "output": _say(rng)[:300], "ms": rng.randint(200, 9000)})


def _b_exec_end(rng: random.Random) -> str:
    return _j({"type": "exec_command_end", "command": ["bash", "-lc", _cmd(rng)], "exit_code": rng.choice((0, 1)), "stdout": fill(rng, rng.choice(OUTPUTS))})


def _b_llm_meta(rng: random.Random) -> str:
    return _j({"event": "llm.request", "model": rng.choice(("gpt-4o", "claude-sonnet", "local-7b")), "tokens": rng.randint(50, 9000), "latency_ms": rng.randint(200, 9000), "status": 200})


def _b_git(rng: random.Random) -> str:
    return _j({"kind": "git", "op": rng.choice(("commit", "push", "rebase")), "sha": sha(rng, 12), "files": rng.randint(1, 30), "branch": rng.choice(("main", "fix/retry", "wip"))})


B_REC = (_b_tool_use, _b_tool_result, _b_exit, _b_edit, _b_fcall, _b_session, _b_hook, _b_step,
         _b_usage, _b_todo_tool, _b_read, _b_ci, _b_role_tool_use, _b_role_tool_result, _b_role_tool,
         _b_exec_end, _b_llm_meta, _b_git)
P_REC = (_p_user, _p_assistant, _p_submit, _p_input_text, _p_plain, _p_thought, _p_event_prompt,
         _p_todo_prompt, _p_output_text, _p_chatlog, _p_completion, _p_from_value, _p_agent_message,
         _p_llm_request, _p_kind_chat)


def _records(rng: random.Random, prompt: bool, idx: int) -> str:
    main = (P_REC if prompt else B_REC)[idx]
    lines = [main(rng)]
    for _ in range(rng.choice((0, 0, 0, 1, 2, 3))):
        lines.insert(rng.randrange(len(lines) + 1), rng.choice(B_REC)(rng))
    return "\n".join(lines)


def class6() -> tuple[list[tuple[str, Make]], list[tuple[str, Make]]]:
    def one(prompt: bool, i: int) -> Make:
        return lambda rng: _records(rng, prompt, i)
    return ([(f"c6p{i}", one(True, i)) for i in range(len(P_REC))],
            [(f"c6b{i}", one(False, i)) for i in range(len(B_REC))])

