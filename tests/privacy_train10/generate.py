"""Write ``corpus.jsonl``: the round-10 TRAINING corpus of the prompt classifier (augmentation).

    python tests/privacy_train10/generate.py           # writes corpus.jsonl beside this file

Why: round 9's held-out report named the carriers where prompts still pass (a model CLI in
shell history, a CI step that calls a model, a request stored in handoff's own fields, a plain
request with no cue word, chat exports, tool-call logs and agent session JSONL) and one
false-positive class (agent event records: tool names, status, durations, paths, counts, no
user or model text). This corpus puts each prompt carrier beside a benign text of the same
carrier:

- ``llm``/``ollama run``/``sgpt``/``aichat``/``mods``/``claude -p``/``codex exec``/``gemini
  -p``/``gh copilot suggest``/``curl`` to a chat API with a request -- against the same CLIs
  with flags, paths and model names only;
- CI steps (GitHub Actions, GitLab, Jenkins, a CI log's ``Run`` line) that send a prompt --
  against CI steps that pull models, run evals or name a prompt *file*;
- handoff notes, next actions and config values that are a request to a model, or a system
  prompt -- against ordinary notes, next actions and config values;
- plain requests with no cue word -- against imperative runbook steps;
- chat exports (Slack, Discord, IRC, Teams, WhatsApp), two people included -- against release
  notes and changelogs that also carry names and dates;
- tool-call logs and session JSONL holding the user's request or the assistant's narration --
  against agent event records (many shapes, the false-positive class).

Deterministic (a fixed seed, the standard library only). Phrase stock: ``_t10langs.py`` (new,
eight languages) and round 9's ``_t9langs.py`` (seventeen). Written from the round-9 report's
carrier names and the author's own wording, never from a held-out corpus.
"""

from __future__ import annotations

import json
import random
import re
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "privacy_train9"))

from _t9langs import CODE, ERRORS, L

from _t10langs import P

HERE = Path(__file__).resolve().parent
SEED = 10010
R = random.Random(SEED)
OUT = HERE / "corpus.jsonl"

SERVICES = ["billing", "auth", "search", "exporter", "ingest", "gateway", "scheduler", "mailer", "ledger",
            "payments", "catalog", "indexer", "notifier", "thumbs"]
FILES = ["src/retry.py", "config/prod.yaml", "docs/runbook.md", "deploy/values.yaml", "scripts/backup.sh",
         "README.md", "Makefile", "infra/main.tf", "CHANGELOG.md", "app/models/user.rb", "cmd/server/main.go",
         "web/src/App.tsx", "tests/test_export.py"]
COMMANDS = ["make deploy", "kubectl rollout status deploy/api", "terraform apply", "npm ci", "pytest -q",
            "docker compose up -d", "go build ./...", "cargo test", "./scripts/migrate.sh up"]
PEOPLE = ["Dana", "Omar", "Mei", "Lukas", "Priya", "Jonas", "Aiko", "Sven", "Fatima", "Marco", "Ines", "Tariq"]
MODELS = ["gpt-4o-mini", "gpt-4.1", "claude-sonnet-4", "claude-3-5-haiku", "llama3.1:8b", "qwen2.5:14b",
          "mistral", "gemini-2.0-flash", "deepseek-r1:7b", "phi3", "codellama:13b", "o3-mini"]
TOOLS = ["Bash", "Read", "Edit", "Write", "Grep", "Glob", "WebFetch", "TodoWrite", "read_file", "run_shell",
         "apply_patch", "search_files", "list_dir", "str_replace"]


def pick(xs: list[str]) -> str:
    return xs[R.randrange(len(xs))]


def hexs(n: int) -> str:
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def ts() -> str:
    return f"2026-{R.randint(1, 12):02d}-{R.randint(1, 28):02d}T{R.randint(0, 23):02d}:{R.randint(0, 59):02d}:{R.randint(0, 59):02d}Z"


def fill(s: str) -> str:
    return (s.replace("{svc}", pick(SERVICES)).replace("{n}", str(R.randint(2, 95)))
            .replace("{cmd}", pick(COMMANDS)).replace("{f}", pick(FILES)).replace("{err}", pick(ERRORS))
            .replace("{who}", pick(PEOPLE)).replace("{v}", f"v{R.randint(1, 9)}.{R.randint(0, 30)}.{R.randint(0, 9)}"))


def lang(new_only: bool = False) -> str:
    """English half the time; otherwise a language of the new stock or of round 9's."""
    if R.random() < 0.5:
        return "en"
    return pick(sorted(P) if new_only else sorted(set(P) | set(L)))


def ask(lg: str) -> str:
    """A request to a model in ``lg``: a plain one (no cue word) when the new stock has the language."""
    x = R.random()
    if lg in P and x < 0.55:
        return fill(pick(P[lg]["plain"]))
    if x < 0.8:
        return fill(pick(CODE[lg]["ask"]))
    t = pick(L[lg]["tasks"])
    return pick(L[lg]["ask"]).replace("{T}", t[:1].upper() + t[1:]).replace("{t}", t)


def narration(lg: str) -> str:
    return fill(pick(P[lg if lg in P else "en"]["narr"]))


def quoted(q: str) -> str:
    return q.replace('"', "'").replace("\n", " ")


# ---------------------------------------------------------------- shell history

PROMPT_CLIS = [
    'llm "{q}"', 'llm -m {m} "{q}"', 'cat {f} | llm -s "{q}"', 'git diff | llm "{q}"', "llm '{q}'",
    'ollama run {m} "{q}"', 'echo "{q}" | ollama run {m}', 'ollama run {m} "{q}" > out.md',
    'sgpt "{q}"', 'sgpt --code "{q}"', 'sgpt --chat dev "{q}"', 'aichat "{q}"', 'aichat -m openai:{m} "{q}"',
    'mods "{q}"', 'cat {f} | mods "{q}"', 'claude -p "{q}"', 'claude --print "{q}" --output-format json',
    'codex exec "{q}"', 'codex "{q}"', 'codex exec --full-auto "{q}"', 'gemini -p "{q}"', 'gemini -m {m} -p "{q}"',
    'gh copilot suggest "{q}"', 'gh copilot suggest -t shell "{q}"',
    "curl -s https://api.openai.com/v1/chat/completions -H \"Content-Type: application/json\" -H \"Authorization: Bearer $OPENAI_API_KEY\" -d '{{\"model\": \"{m}\", \"messages\": [{{\"role\": \"user\", \"content\": \"{q}\"}}]}}'",
    "curl http://localhost:11434/api/generate -d '{{\"model\": \"{m}\", \"prompt\": \"{q}\"}}'",
    "curl -s localhost:8080/v1/completions -d '{{\"prompt\": \"{q}\", \"max_tokens\": 200}}'",
]
BENIGN_CLIS = [
    "llm models list", "llm logs -n {n}", "llm install llm-ollama", "llm keys set openai", "llm -m {m} < {f}",
    "llm models default {m}", "llm templates list", "llm -t summarize < notes.txt", "llm logs path",
    "ollama pull {m}", "ollama list", "ollama ps", "ollama run {m}", "ollama rm {m}", "ollama serve",
    "ollama show {m} --modelfile", "ollama create mymodel -f ./Modelfile", "OLLAMA_HOST=0.0.0.0 ollama serve",
    "sgpt --install-integration", "sgpt --list-chats", "sgpt --show-chat {h}", "sgpt --version",
    "aichat --list-models", "aichat -r coder -f {f}", "aichat --info", "aichat -m openai:{m} -f {f}",
    "mods --settings", "mods -l", "mods --list", "mods -m {m} -f < {f}", "claude --version", "claude mcp list",
    "claude -c", "claude --resume", "claude config set -g theme dark", "claude -p --output-format json < prompts/review.md",
    "claude mcp add github -- npx -y @modelcontextprotocol/server-github", "claude --model {m} --continue",
    "codex --help", "codex login", "codex exec --full-auto -f task.md", "codex --model {m}",
    "gemini --version", "gemini -m {m} --yolo", "gemini --checkpointing", "gh copilot config",
    "gh extension install github/gh-copilot", "gh copilot --help", "gh extension upgrade gh-copilot",
    "curl -s http://localhost:11434/api/tags | jq '.models[].name'",
    "curl https://api.openai.com/v1/models -H \"Authorization: Bearer $OPENAI_API_KEY\"",
    "curl -s -d @request.json -H 'Content-Type: application/json' http://localhost:8080/v1/chat/completions | jq .usage",
    "curl -sf localhost:11434/api/ps", "pip install -U llm llm-claude-3", "brew install ollama aichat mods",
    "npm i -g @anthropic-ai/claude-code @openai/codex @google/gemini-cli",
]
PLAIN_SHELL = ["git status", "git pull --rebase", "make test", "cd ~/src/{svc}", "ls -la", "vim {f}", "pytest -q -x",
               "docker ps", "git log --oneline | head", "kubectl get pods -n {svc}", "htop", "code .", "git push"]


def history(lines: list[str]) -> str:
    """Shell history as pasted: bare, ``$``-prompted, numbered (bash ``history``) or zsh's extended form."""
    style = R.randrange(5)
    if style == 0:
        return "\n".join(lines)
    if style == 1:
        return "\n".join(f"$ {x}" for x in lines)
    if style == 2:
        start = R.randint(100, 2000)
        return "\n".join(f"{start + i:>5}  {x}" for i, x in enumerate(lines))
    if style == 3:
        t = R.randint(1733000000, 1799999999)
        return "\n".join(f": {t + 7 * i}:0;{x}" for i, x in enumerate(lines))
    return "\n".join(f"dev@{pick(SERVICES)}:~/src$ {x}" for x in lines)


def around(cmd: str) -> list[str]:
    lines = [fill(pick(PLAIN_SHELL)) for _ in range(R.choice([0, 0, 1, 2]))]
    lines.insert(R.randrange(len(lines) + 1), cmd)
    return lines


def shell_prompt(lg: str) -> str:
    cmd = pick(PROMPT_CLIS).format(q=quoted(ask(lg)), m=pick(MODELS), f=pick(FILES))
    return history(around(cmd))


def shell_benign(_: str) -> str:
    cmds = [fill(pick(BENIGN_CLIS)).replace("{m}", pick(MODELS)).replace("{h}", hexs(6)) for _ in range(R.choice([1, 1, 2, 3]))]
    lines = [c for x in cmds for c in around(x)][:5]
    return history(lines)


# ---------------------------------------------------------------- CI steps

def ci_prompt(lg: str) -> str:
    q, m = quoted(ask(lg)), pick(MODELS)
    forms = [
        f"- name: Summarise the change\n  run: |\n    git diff origin/main... | llm -m {m} \"{q}\" > summary.md",
        f"- uses: acme/ai-review-action@v2\n  with:\n    model: {m}\n    prompt: \"{q}\"",
        f"review:\n  stage: test\n  script:\n    - ollama pull {m}\n    - ollama run {m} \"{q}\" > review.md",
        f"stage('AI summary') {{\n  steps {{\n    sh 'claude -p \"{q}\" --output-format text > summary.txt'\n  }}\n}}",
        f"Run claude -p \"{q}\"",
        f"##[group]Run codex exec \"{q}\"",
        f"- run: gemini -p \"{q}\" | tee notes.md",
        f"steps:\n  - name: ask the model\n    env:\n      PROMPT: \"{q}\"\n    run: llm -m {m} \"$PROMPT\"",
        f"- name: triage\n  with:\n    system-prompt: \"{quoted(pick(L[lg]['sys']))}\"\n    model: {m}",
    ]
    return pick(forms)


CI_STEPS = [
    "- uses: actions/checkout@v4", "- name: Test\n  run: {cmd}", "- name: Pull model\n  run: ollama pull {m}",
    "- name: Serve\n  run: ollama serve &", "- uses: actions/setup-python@v5\n  with:\n    python-version: '3.11'",
    "- uses: acme/ai-review-action@v2\n  with:\n    model: {m}\n    max-tokens: {n}0\n    prompt-file: .github/prompts/review.md",
    "- run: python evals/run.py --model {m} --suite smoke --max-cases {n}0",
    "- name: Cache models\n  uses: actions/cache@v4\n  with:\n    path: ~/.ollama/models\n    key: ollama-{m}-{h}",
    "- run: claude -p --output-format json < .github/prompts/triage.md > triage.json", "- run: jq .result triage.json",
    "- name: Lint\n  run: ruff check . && mypy --strict src", "- name: Deploy\n  if: github.ref == 'refs/heads/main'\n  run: {cmd}",
    "- run: llm models list", "- run: pip install llm llm-ollama", "- run: codex exec --full-auto -f .github/tasks/upgrade.md",
    "- run: gemini -m {m} -f .ci/prompt.txt > out.json", "- uses: actions/upload-artifact@v4\n  with:\n    name: eval-{svc}\n    path: out/",
    "- name: Install Ollama\n  run: curl -fsSL https://ollama.com/install.sh | sh",
    "- run: curl -sf http://localhost:11434/api/tags", "- name: Smoke\n  run: ./scripts/smoke.sh {svc}",
]
CI_WRAPS = [
    "{steps}", "steps:\n{steps}", "jobs:\n  {svc}:\n    runs-on: ubuntu-latest\n    steps:\n{steps}",
    "{svc}-eval:\n  stage: test\n  script:\n{script}", "stage('{svc}') {{\n  steps {{\n{sh}\n  }}\n}}",
    "env:\n  MODEL: {m}\n  TEMPERATURE: \"0.{n}\"\n  MAX_TURNS: \"{n}\"\n{steps}", "{log}",
]


def ci_benign(_: str) -> str:
    chosen = [fill(pick(CI_STEPS)).replace("{m}", pick(MODELS)).replace("{h}", hexs(12)) for _ in range(R.choice([1, 2, 3]))]
    runs = [x.split("run: ", 1)[1].split("\n")[0] for x in chosen if "run: " in x] or [pick(COMMANDS)]
    wrap = pick(CI_WRAPS)
    return (wrap.replace("{steps}", "\n".join(chosen)).replace("{script}", "\n".join(f"    - {r}" for r in runs))
            .replace("{sh}", "\n".join(f"    sh '{r}'" for r in runs)).replace("{log}", "\n".join(f"Run {r}" for r in runs))
            .replace("{{", "{").replace("}}", "}").replace("{svc}", pick(SERVICES)).replace("{m}", pick(MODELS))
            .replace("{n}", str(R.randint(2, 60))))


# ---------------------------------------------------------------- handoff's own fields

def field_prompt(lg: str) -> str:
    q = ask(lg)
    sysp = pick(L[lg]["sys"])
    forms = [
        q,
        f"next: {q}",
        f"- {q}",
        f"prompt.review = {quoted(q)}",
        f"system_prompt={sysp}",
        f"agent.instructions: {sysp}",
        f"ai.prompt=\"{quoted(q)}\"",
        f"{pick(['todo', 'next action', 'follow-up'])}: {q}",
        f"{q}\n{narration(lg)}",
    ]
    return pick(forms)


CONFIG_BENIGN = ["test.cmd = pytest -q", "model.default = {m}", "review.prompt_file = .handoff/prompts/review.md",
                 "ci.timeout = {n}0", "llm.temperature = 0.{n}", "build.cmd=make build", "agent.max_turns: {n}",
                 "deploy.target: staging", "lint.cmd = ruff check .", "prompt.template: prompts/summary.j2",
                 "ollama.host = http://localhost:11434", "model.fallback = {m}", "notify.channel = #{svc}-alerts"]


def field_benign(lg: str) -> str:
    x = R.random()
    if x < 0.3:
        return fill(pick(CONFIG_BENIGN)).replace("{m}", pick(MODELS))
    stock = P[lg if lg in P else "en"]["notes"]
    note = fill(pick(stock))
    if x < 0.55:
        return f"{pick(['next', '- ', 'todo', 'next action', '* '])}{': ' if x < 0.45 else ''}{note}"
    if x < 0.7:
        return "\n".join(f"- {fill(pick(stock))}" for _ in range(R.choice([2, 3])))
    return note


# ---------------------------------------------------------------- plain requests / runbook steps

def plain_request(lg: str) -> str:
    stock = P[lg if lg in P else "en"]["plain"]
    q = fill(pick(stock))
    return q[:1].upper() + q[1:] + pick(["", "", ".", " thx", "\n" + fill(pick(stock))]) if lg == "en" else q


def runbook(lg: str) -> str:
    stock = P[lg]["steps"] if lg in P else L[lg]["steps"]
    steps = [fill(pick(stock)) for _ in range(R.choice([1, 1, 2, 3]))]
    if R.random() < 0.4:
        return "\n".join(f"{i + 1}. {s}" for i, s in enumerate(steps))
    return " ".join(steps)


# ---------------------------------------------------------------- chat exports / changelogs

def chat_export(lg: str) -> str:
    stock = P[lg if lg in P else "en"]["chat"]
    a, b = R.sample(PEOPLE, 2)
    msgs = [(a if i % 2 == 0 else b, fill(pick(stock))) for i in range(R.choice([2, 3, 4]))]
    if R.random() < 0.2:
        msgs.insert(1, (pick(["ChatGPT", "Assistant", "claude"]), narration(lg)))
    h, mi = R.randint(8, 18), R.randint(0, 50)
    style = R.randrange(6)
    out = []
    for i, (who, text) in enumerate(msgs):
        t = f"{h}:{mi + i:02d}"
        if style == 0:
            out.append(f"{who.lower()}  {(h - 1) % 12 + 1}:{mi + i:02d} {'AM' if h < 12 else 'PM'}\n{text}")
        elif style == 1:
            out.append(f"{who} \u2014 Today at {t}\n{text}")
        elif style == 2:
            out.append(f"[{t}] <{who.lower()}> {text}")
        elif style == 3:
            out.append(f"[{t}] {who} {pick(['Smith', 'Khan', 'Ito', 'Berg'])}: {text}")
        elif style == 4:
            out.append(f"02/12/2026, {t} - {who}: {text}")
        else:
            out.append(f"**{who}** ({t}): {text}")
    return pick(["\n", "\n", " "]).join(out)


def changelog(lg: str) -> str:
    notes = [fill(pick(P[lg if lg in P else "en"]["notes"])) for _ in range(R.choice([1, 2, 3]))]
    v = fill("{v}")
    who = pick(PEOPLE)
    d = f"2026-{R.randint(1, 12):02d}-{R.randint(1, 28):02d}"
    forms = [
        f"## {v} ({d})\n" + "\n".join(f"- {x} (#{R.randint(10, 999)})" for x in notes),
        "## What's Changed\n" + "\n".join(f"* {x} by @{who.lower()} in #{R.randint(10, 999)}" for x in notes),
        f"{pick(SERVICES)} ({v[1:]}-1) unstable; urgency=medium\n\n" + "\n".join(f"  * {x}" for x in notes)
        + f"\n\n -- {who} Berg <{who.lower()}@example.com>  Mon, 30 Nov 2026 10:42:00 +0000",
        f"* Mon Nov 30 2026 {who} Ito <{who.lower()}@example.org> - {v[1:]}-1\n" + "\n".join(f"- {x}" for x in notes),
        f"{who} Khan ({len(notes)}):\n" + "\n".join(f"      {x}" for x in notes),
        f"{v} \u2014 {d}: " + "; ".join(notes),
    ]
    return pick(forms)


# ---------------------------------------------------------------- agent logs / event records

def uuid() -> str:
    return f"{hexs(8)}-{hexs(4)}-4{hexs(3)}-a{hexs(3)}-{hexs(12)}"


def event_record() -> dict[str, object]:
    """One agent event record: tool names, status, durations, paths, counts; no user or model text.
    (Not a model's own tool call, ``"type": "tool_use"`` with its input: the development corpus
    counts that as the model's output.)"""
    tool, f = pick(TOOLS), pick(FILES)
    forms: list[dict[str, object]] = [
        {"ts": ts(), "event": "tool_call", "tool": tool, "status": pick(["ok", "error", "denied", "timeout"]),
         "duration_ms": R.randint(3, 90000), "exit_code": R.choice([0, 0, 1, 2, 124])},
        {"type": "tool_result", "tool_use_id": f"toolu_01{hexs(20)}", "is_error": R.random() < 0.2, "content_bytes": R.randint(10, 90000)},
        {"type": "assistant", "message": {"role": "assistant", "model": pick(MODELS), "stop_reason": pick(["tool_use", "end_turn", "max_tokens"]),
                                          "usage": {"input_tokens": R.randint(100, 90000), "output_tokens": R.randint(5, 4000)}}},
        {"event": "session_start", "session_id": uuid(), "model": pick(MODELS), "cwd": f"/home/dev/src/{pick(SERVICES)}", "git_branch": pick(["main", "fix/retry", "feat/export"])},
        {"event": "session_end", "turns": R.randint(1, 80), "tool_calls": R.randint(0, 300), "tokens_in": R.randint(1000, 900000),
         "tokens_out": R.randint(100, 90000), "cost_usd": round(R.uniform(0.01, 9), 2)},
        {"hook": pick(["PreToolUse", "PostToolUse", "Stop", "SessionStart"]), "tool_name": tool, "matcher": "Edit|Write", "decision": pick(["allow", "block", "ask"])},
        {"jsonrpc": "2.0", "id": R.randint(1, 999), "method": "tools/call", "params": {"name": pick(["search_files", "read_file", "list_dir"]), "arguments": {"path": f, "pattern": "*.py"}}},
        {"jsonrpc": "2.0", "id": R.randint(1, 999), "result": {"content": [{"type": "text", "text": f"{R.randint(0, 90)} matches"}], "isError": False}},
        {"step": R.randint(1, 50), "tool": tool, "args": {"path": f}, "ok": True, "elapsed_s": round(R.uniform(0.01, 60), 2)},
        {"level": "info", "msg": pick(["tool finished", "turn complete", "context compacted", "checkpoint saved", "retrying request"]),
         "tool": tool, "turn": R.randint(1, 60), "tokens": R.randint(100, 200000)},
        {"event": "file_edit", "path": f, "lines_added": R.randint(0, 300), "lines_removed": R.randint(0, 300), "agent": pick(["claude-code", "codex", "aider", "cursor"])},
        {"event": "permission", "tool": tool, "command": pick(COMMANDS), "granted": R.random() < 0.7},
        {"kind": "usage", "model": pick(MODELS), "prompt_tokens": R.randint(10, 90000), "completion_tokens": R.randint(1, 9000), "cached_tokens": R.randint(0, 50000)},
    ]
    return pick(forms)


EVENT_TEXT = [
    "{ts} tool={tool} path={f} status=ok lines_changed={n} duration=0.{n}s",
    "[agent] step {n}/40 tool={tool_l} exit=0 {n}.{n}s", "span gen_ai.chat model={m} input_tokens={n}00 output_tokens={n} finish_reason=tool_calls latency_ms={n}2",
    "turn={n} role=assistant tool_calls=2 stop=tool_use tokens={n}12", "{ts} INFO agent.loop: tool {tool} completed in {n}ms (exit 0)",
    "{ts} WARN agent.loop: tool {tool} timed out after 120s, retry {n}/3", "tool        calls  errors  p50\n{tool:<12}{n:<7}0       1.{n}s\nEdit        {n}     1       0.{n}s",
    "session {h} ended: {n} turns, {n} tool calls, {n}k tokens, $0.{n}", "[{ts}] PostToolUse {tool} -> allow ({f})",
    "Werkzeug {tool} beendet (Exit 0, {n} ms, {f})", "工具 {tool} 已完成，退出码 0，耗时 {n} 毫秒", "ツール {tool} 完了 ({f}, {n} 行変更)",
    "outil {tool} terminé : code 0, {n} ms, {f}", "herramienta {tool} terminada: salida 0, {n} ms", "инструмент {tool} завершён: код 0, {n} мс",
    "usage: input={n}400 output={n}1 cache_read={n}000 model={m}", "checkpoint {h} saved ({n} files, {n} KB)",
]


def event_text() -> str:
    return (fill(pick(EVENT_TEXT)).replace("{ts}", ts()).replace("{tool_l}", pick(TOOLS).lower())
            .replace("{tool:<12}", f"{pick(TOOLS):<12}").replace("{n:<7}", f"{R.randint(1, 90):<7}")
            .replace("{tool}", pick(TOOLS)).replace("{m}", pick(MODELS)).replace("{h}", hexs(8)))


def agent_events(_: str) -> str:
    n = R.choice([1, 1, 2, 3, 4])
    if R.random() < 0.35:
        return "\n".join(event_text() for _ in range(n))
    return pick(["\n", "\n", " "]).join(json.dumps(event_record(), ensure_ascii=R.random() < 0.2) for _ in range(n))


def session_jsonl(lg: str) -> str:
    q, a = ask(lg), narration(lg)
    rows: list[dict[str, object]] = [event_record() for _ in range(R.choice([0, 1, 2]))]
    style = R.randrange(5)
    if style == 0:
        text: dict[str, object] = {"type": "user", "message": {"role": "user", "content": q}, "uuid": uuid(), "timestamp": ts()}
    elif style == 1:
        text = {"type": "assistant", "message": {"role": "assistant", "content": [{"type": "text", "text": a},
                {"type": "tool_use", "name": pick(TOOLS), "input": {"file_path": pick(FILES)}}]}}
    elif style == 2:
        text = {"type": "message", "role": "user", "content": [{"type": "input_text", "text": q}]}
    elif style == 3:
        text = {"event": "user_prompt", "prompt": q, "session": uuid()}
    else:
        text = {"type": "response_item", "payload": {"type": "message", "role": "assistant", "content": [{"type": "output_text", "text": a}]}}
    rows.insert(R.randrange(len(rows) + 1), text)
    return pick(["\n", "\n", " "]).join(json.dumps(r, ensure_ascii=R.random() < 0.2) for r in rows)


def tool_log(lg: str) -> str:
    q, a, tool, f = ask(lg), narration(lg), pick(TOOLS), pick(FILES)
    forms = [
        f"> {q}\n\n\u25cf {tool}({f})\n  \u23bf  Read {R.randint(10, 900)} lines\n\n\u25cf {a}",
        f"[user] {q}\n[tool:{tool.lower()}] {f} ({R.randint(1, 90)}.{R.randint(0, 9)} KB)\n[assistant] {a}",
        f"tool_call name={tool.lower()} args={{\"path\": \"{f}\"}} status=ok\nassistant: {a}",
        f"{ts()} user> {q}\n{ts()} tool {tool} ok {R.randint(3, 900)}ms\n{ts()} agent> {a}",
        f"codex> {a}\nexec {pick(COMMANDS)} in /home/dev/src succeeded in {R.randint(1, 90)}s",
        f"user: {q}\n  \u2192 {tool}({f}) \u2713\n  \u2192 {pick(TOOLS)}() \u2713",
    ]
    return pick(forms)


# ---------------------------------------------------------------- the corpus

Maker = Callable[[str], str]
PROMPTS: list[tuple[str, Maker, int]] = [
    ("shell_history_prompt", shell_prompt, 320), ("ci_prompt", ci_prompt, 200), ("field_prompt", field_prompt, 240),
    ("plain_request", plain_request, 260), ("chat_export", chat_export, 260), ("tool_call_log", tool_log, 220),
    ("session_jsonl", session_jsonl, 240),
]
BENIGN: list[tuple[str, Maker, int]] = [
    ("shell_history_benign", shell_benign, 340), ("ci_benign", ci_benign, 220), ("field_benign", field_benign, 300),
    ("runbook_plain", runbook, 240), ("changelog", changelog, 240), ("agent_events", agent_events, 560),
]
NEUTRAL = {"shell_history_benign", "ci_benign", "agent_events"}
NEW_ONLY = {"plain_request", "chat_export", "runbook_plain", "changelog", "field_benign"}

SLOT_VALUES = sorted({*SERVICES, *FILES, *COMMANDS, *PEOPLE, *MODELS, *TOOLS, *ERRORS}, key=len, reverse=True)
PER_SHAPE = 3
"""How many lines may share one shape (slot values, digits and hex masked)."""


def shape(text: str) -> str:
    for value in SLOT_VALUES:
        text = text.replace(value, "\x00")
    return re.sub(r"[0-9]+", "#", re.sub(r"\b[0-9a-f]{7,}\b", "#", text))


def main() -> None:
    rows: list[dict[str, str]] = []
    seen: set[str] = set()
    shapes: dict[str, int] = {}
    for label, table in (("prompt", PROMPTS), ("benign", BENIGN)):
        for category, make, count in table:
            made = tries = 0
            while made < count and tries < count * 30:
                tries += 1
                lg = "en" if category in NEUTRAL else lang(category in NEW_ONLY)
                text = make(lg).strip()
                if not text or text in seen:
                    continue
                key = shape(text)
                if shapes.get(key, 0) >= PER_SHAPE:
                    continue
                shapes[key] = shapes.get(key, 0) + 1
                seen.add(text)
                made += 1
                rows.append({"text": text, "label": label, "category": category})
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")


if __name__ == "__main__":
    main()
