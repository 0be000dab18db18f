"""blind17: prompt material as it sits in repositories and tool output. Every frame holds a prompt (a system
prompt, a template, a verbatim user request), model output, or chat between people."""
from __future__ import annotations

import json
import random

import _b17pbank as EN
import _b17pintl as IN
from _b17rand import FIRST, PY_FILES, REPO, hms, hx, pick, req_id, rs, short_sha, ts, ts_seq, uuid

MODELS = ["gpt-4o-mini", "gpt-4.1", "claude-sonnet-4-5", "claude-3-5-haiku-latest", "gemini-2.0-flash", "llama3.1:8b",
          "mistral-large-latest", "qwen2.5-coder:14b", "o3-mini", "deepseek-chat"]


class Src:
    """Where the prompt text comes from: English banks, or one random non-English language per text."""

    def __init__(self, foreign: bool):
        self.foreign = foreign
        self.lang = "en"

    def start(self, r: random.Random) -> None:
        self.lang = pick(r, IN.LANGS) if self.foreign else "en"

    def sys(self, r, multi=None):
        return IN.system_prompt(r, self.lang) if self.foreign else EN.system_prompt(r, multi)

    def req(self, r):
        return IN.user_request(r, self.lang) if self.foreign else EN.user_request(r)

    def out(self, r):
        return IN.model_output(r, self.lang) if self.foreign else EN.model_output(r)

    def tpl(self, r):
        if self.foreign:
            return IN.system_prompt(r, self.lang) + "\n\n{" + pick(r, ["input", "text", "question", "context"]) + "}"
        return EN.template(r)

    def chat(self, r):
        return IN.chat_transcript(r, self.lang) if self.foreign else EN.chat_transcript(r)

    def review(self, r):
        return EN.review_comment(r) if not self.foreign else pick(r, ["⚠️ ", "💡 ", ""]) + IN.model_output(r, self.lang)

    def pair(self, r):
        if self.foreign or r.random() < 0.2:
            return self.req(r), self.out(r)
        return EN.qa_pair(r)

    def any_prompt(self, r):
        return pick(r, [self.sys, self.req, self.tpl])(r)


def q(s: str) -> str:
    return json.dumps(s, ensure_ascii=False)


def ind(s: str, n: int) -> str:
    return "\n".join((" " * n + x) if x else x for x in s.split("\n"))


def oneline(s: str) -> str:
    return " ".join(s.split())


# ---------------------------------------------------------------- templates in code
def py_sys_const(r, s):
    name = pick(r, ["SYSTEM_PROMPT", "SYSTEM", "BASE_INSTRUCTIONS", "SUPPORT_PROMPT", "REVIEWER_PROMPT", "_SYS"])
    return f"# {pick(r, PY_FILES)}\n{name} = \"\"\"\\\n{s.sys(r, True)}\n\"\"\"\n\nMAX_TOKENS = {pick(r, [256, 512, 1024, 2048])}"


def py_fstring(r, s):
    fn = pick(r, ["build_prompt", "render_summary_prompt", "make_messages", "prompt_for"])
    t = s.tpl(r)
    args = sorted({p.split("}")[0] for p in t.split("{")[1:] if p.split("}")[0].isidentifier()}) or ["text"]
    return f"def {fn}({', '.join(a + ': str' for a in args)}) -> str:\n    return f\"\"\"{t}\"\"\""


def py_format(r, s):
    t = s.tpl(r)
    return "PROMPT_TEMPLATE = (\n" + "\n".join(f"    {q(x + chr(10))}" for x in t.split("\n")) + "\n)\n\nprompt = PROMPT_TEMPLATE.format(**fields)"


def py_anthropic_system(r, s):
    return (f"response = client.messages.create(\n    model=\"{pick(r, MODELS)}\",\n    max_tokens={pick(r, [512, 1024, 4096])},\n"
            f"    system={q(s.sys(r, False))},\n    messages=[{{\"role\": \"user\", \"content\": user_input}}],\n)")


def ts_template(r, s):
    t = s.tpl(r).replace("`", "\\`")
    for p in ["diff", "context", "question", "text", "email", "review", "trace", "input", "code", "notes"]:
        t = t.replace("{" + p + "}", "${" + p + "}")
    return f"// src/prompts/{pick(r, ['summarize', 'triage', 'reply', 'review'])}.ts\nexport const prompt = (input: PromptInput) => `{t}`;"


def ts_system(r, s):
    return f"const SYSTEM_PROMPT = `{s.sys(r, True).replace('`', chr(92) + '`')}`;\n\nexport default SYSTEM_PROMPT;"


def ts_ai_sdk(r, s):
    return (f"const {{ text }} = await generateText({{\n  model: openai(\"{pick(r, MODELS)}\"),\n  system: {q(s.sys(r, False))},\n"
            f"  prompt: input,\n  temperature: {pick(r, [0, 0.2, 0.7])},\n}});")


def go_prompt(r, s):
    return f"// {c_path(r, 'go')}\nconst systemPrompt = `{s.sys(r, True)}`"


def c_path(r, ext):
    return pick(r, ["internal/llm/prompts", "pkg/assistant/prompt", "cmd/triage/prompt"]) + "." + ext


def rust_prompt(r, s):
    return f"const SYSTEM_PROMPT: &str = r#\"{s.sys(r, True)}\"#;"


def java_prompt(r, s):
    body = s.sys(r, True)
    return f"    private static final String SYSTEM_PROMPT = \"\"\"\n{ind(body, 8)}\n        \"\"\";"


def tpl_inline(r, s):
    return f"{pick(r, ['TEMPLATE', 'USER_PROMPT', 'QA_PROMPT', 'prompt_tmpl'])} = {q(s.tpl(r))}"


def py_messages_inline(r, s):
    return f"messages = [{{\"role\": \"system\", \"content\": {q(oneline(s.sys(r, False)))}}}, {{\"role\": \"user\", \"content\": question}}]"


def inline_bot(r, s):
    return f"**{pick(r, ['coderabbitai', 'gemini-code-assist', 'copilot-pull-request-reviewer', 'sourcery-ai'])}** (bot) on `{pick(r, PY_FILES)}`: {oneline(s.review(r))}"


def resp_content_line(r, s):
    return f"{pick(r, ['choices[0].message.content', 'content[0].text', 'response.output_text', 'result.text'])} = {q(oneline(s.out(r)))}"


TEMPLATE_IN_CODE = [tpl_inline, py_sys_const, py_fstring, py_format, py_anthropic_system, ts_template, ts_system, ts_ai_sdk, go_prompt,
                    rust_prompt, java_prompt]


# ---------------------------------------------------------------- messages arrays and framework classes in code
def py_messages(r, s):
    return (f"messages = [\n    {{\"role\": \"system\", \"content\": {q(s.sys(r, False))}}},\n    {{\"role\": \"user\", \"content\": {q(s.req(r))}}},\n]\n"
            f"resp = client.chat.completions.create(model=\"{pick(r, MODELS)}\", messages=messages)")


def langchain(r, s):
    return (f"prompt = ChatPromptTemplate.from_messages([\n    (\"system\", {q(s.sys(r, False))}),\n    MessagesPlaceholder(\"history\"),\n"
            f"    (\"human\", \"{{question}}\"),\n])\nchain = prompt | llm | StrOutputParser()")


def dspy_sig(r, s):
    doc = s.sys(r, False)
    return (f"class {pick(r, ['TriageTicket', 'AnswerWithContext', 'SummarizeDiff', 'ClassifyIntent'])}(dspy.Signature):\n    \"\"\"{doc}\"\"\"\n\n"
            f"    {pick(r, ['ticket', 'question', 'diff', 'message'])}: str = dspy.InputField()\n    {pick(r, ['label', 'answer', 'summary'])}: str = dspy.OutputField()")


def ts_messages(r, s):
    return (f"const completion = await openai.chat.completions.create({{\n  model: \"{pick(r, MODELS)}\",\n  messages: [\n"
            f"    {{ role: \"system\", content: {q(s.sys(r, False))} }},\n    {{ role: \"user\", content: {q(s.req(r))} }},\n  ],\n}});")


def llamaindex(r, s):
    return f"qa_template = PromptTemplate(\n    {q(s.tpl(r))}\n)\nquery_engine = index.as_query_engine(text_qa_template=qa_template)"


def fewshot_py(r, s):
    ex = [s.pair(r) for _ in range(r.randint(1, 2))]
    items = ",\n".join(f"    {{\"input\": {q(a)},\n     \"output\": {q(b)}}}" for a, b in ex)
    return f"FEW_SHOT_EXAMPLES = [\n{items},\n]"


def fewshot_yaml(r, s):
    ex = [s.pair(r) for _ in range(r.randint(1, 2))]
    body = "\n".join(f"  - user: {q(a)}\n    assistant: {q(b)}" for a, b in ex)
    return f"# prompts/examples.yaml\nexamples:\n{body}"


def fewshot_md(r, s):
    a, b = s.pair(r)
    return f"### Example {r.randint(1, 9)}\n\nUser: {a}\n\nAssistant: {b}"


MESSAGES_IN_CODE = [py_messages_inline, py_messages, langchain, dspy_sig, ts_messages, llamaindex]
FEWSHOT = [fewshot_py, fewshot_yaml, fewshot_md]


# ---------------------------------------------------------------- prompt config files
def yaml_prompts(r, s):
    return (f"# prompts/{pick(r, ['support', 'triage', 'review', 'summarize'])}.yaml\nname: {pick(r, ['support-v3', 'triage', 'pr-summary', 'rag-answer'])}\n"
            f"model: {pick(r, MODELS)}\ntemperature: {pick(r, [0, 0.1, 0.3, 0.7])}\nsystem: |\n{ind(s.sys(r, True), 2)}")


def yaml_template(r, s):
    return f"templates:\n  {pick(r, ['answer', 'summary', 'classify', 'reply'])}:\n    version: {r.randint(1, 12)}\n    text: |\n{ind(s.tpl(r), 6)}"


def json_prompt(r, s):
    d = {"id": pick(r, ["support_reply", "ticket_triage", "diff_summary"]), "version": f"{r.randint(1, 4)}.{r.randint(0, 9)}",
         "model": pick(r, MODELS), "system": s.sys(r, False), "user_template": s.tpl(r)}
    return json.dumps(d, indent=2, ensure_ascii=False)


def jinja(r, s):
    t = s.tpl(r)
    for p in ["diff", "context", "question", "text", "email", "review", "trace", "input", "code", "notes", "document"]:
        t = t.replace("{" + p + "}", "{{ " + p + " }}")
    return f"{{# templates/prompts/{pick(r, ['answer', 'reply', 'triage'])}.j2 #}}\n{s.sys(r, True)}\n\n{t}"


def promptfoo(r, s):
    return (f"# promptfooconfig.yaml\nprompts:\n  - {q(s.tpl(r))}\nproviders:\n  - openai:{pick(r, MODELS)}\ntests:\n  - vars:\n"
            f"      question: {q(s.req(r))}\n    assert:\n      - type: llm-rubric\n        value: {q(pick(r, ['is polite and mentions the refund window', 'does not invent an order number', 'answers in under 100 words']))}")


def prompty(r, s):
    return (f"---\nname: {pick(r, ['Support Reply', 'Ticket Triage', 'Diff Summary'])}\nmodel:\n  api: chat\n  configuration:\n    azure_deployment: {pick(r, MODELS)}\n---\n"
            f"system:\n{s.sys(r, True)}\n\nuser:\n{{{{question}}}}")


def modelfile(r, s):
    return f"FROM {pick(r, ['llama3.1:8b', 'qwen2.5-coder:14b', 'mistral'])}\nPARAMETER temperature {pick(r, [0.1, 0.2, 0.7])}\nSYSTEM \"\"\"{s.sys(r, True)}\"\"\""


PROMPT_CONFIG = [yaml_prompts, yaml_template, json_prompt, jinja, promptfoo, prompty, modelfile]


# ---------------------------------------------------------------- eval datasets
def eval_jsonl(r, s):
    a, b = s.pair(r)
    d = {"id": f"{pick(r, ['sup', 'tri', 'qa'])}-{r.randint(1, 9999):04d}", "input": a, "expected_output": b}
    if r.random() < 0.4:
        d["tags"] = r.sample(["refund", "billing", "bug", "regression", "multilingual", "tone"], 2)
    return json.dumps(d, ensure_ascii=False)


def eval_finetune(r, s):
    a, b = s.pair(r)
    d = {"messages": [{"role": "system", "content": s.sys(r, False)}, {"role": "user", "content": a}, {"role": "assistant", "content": b}]}
    return json.dumps(d, ensure_ascii=False)


def eval_csv(r, s):
    a, b = s.pair(r)
    return f"id,question,ideal_answer\n{r.randint(1, 500)},{q(a)},{q(oneline(b))}"


def eval_input_only(r, s):
    return json.dumps({"prompt": s.req(r), "category": pick(r, ["coding", "support", "sql", "writing"]), "difficulty": pick(r, ["easy", "medium", "hard"])}, ensure_ascii=False)


def eval_preference(r, s):
    a, b = s.pair(r)
    return json.dumps({"prompt": a, "chosen": b, "rejected": s.out(r)}, ensure_ascii=False)


def eval_golden_yaml(r, s):
    a, b = s.pair(r)
    return f"- id: case-{r.randint(1, 999):03d}\n  input: {q(a)}\n  expected: {q(oneline(b))}"


EVAL_ROWS = [eval_jsonl, eval_finetune, eval_csv, eval_input_only, eval_preference, eval_golden_yaml]


# ---------------------------------------------------------------- agent instruction files (addressed to a model)
def agents_md(r, s):
    if s.foreign:
        return f"# AGENTS.md\n\n{s.sys(r, True)}"
    rules = EN.agent_rules(r)
    intro = pick(r, ["You are working in the {repo} repository.", "You are an autonomous coding agent for {repo}.",
                     "You are helping maintain {repo}, a Python 3.11 service."]).format(repo=pick(r, REPO))
    return f"# AGENTS.md\n\n{intro}\n\n## Rules\n\n" + "\n".join("- " + x for x in rules)


def claude_md(r, s):
    if s.foreign:
        return f"# CLAUDE.md\n\n## Instructions\n\n{s.sys(r, True)}"
    rules = EN.agent_rules(r)
    return "# CLAUDE.md\n\nWhen working in this repo you must follow these instructions:\n\n" + "\n".join(f"{i + 1}. {x}" for i, x in enumerate(rules))


def cursorrules(r, s):
    if s.foreign:
        return s.sys(r, False)
    rules = EN.agent_rules(r)
    return pick(r, ["You are an expert in Python, FastAPI and PostgreSQL.", "You are an expert TypeScript and React developer.",
                    "You are a senior Go engineer."]) + "\n" + "\n".join("- " + x for x in rules)


def copilot_instr(r, s):
    body = s.sys(r, True) if s.foreign else "\n".join("- " + x for x in EN.agent_rules(r))
    return f"<!-- .github/copilot-instructions.md -->\n{body}"


AGENT_FILES = [agents_md, claude_md, cursorrules, copilot_instr]


# ---------------------------------------------------------------- recorded API bodies
def req_body(r, s):
    d = {"model": pick(r, MODELS), "messages": [{"role": "system", "content": s.sys(r, False)}, {"role": "user", "content": s.req(r)}],
         "temperature": pick(r, [0, 0.2, 1]), "stream": False}
    return json.dumps(d, indent=pick(r, [None, None, 2]), ensure_ascii=False)


def curl_req(r, s):
    body = json.dumps({"model": pick(r, MODELS), "messages": [{"role": "user", "content": s.req(r)}]}, ensure_ascii=False).replace("'", "'\\''")
    return (f"$ curl https://api.openai.com/v1/chat/completions \\\n  -H \"Authorization: Bearer $OPENAI_API_KEY\" \\\n  -H 'Content-Type: application/json' \\\n"
            f"  -d '{body}'")


def anthropic_req(r, s):
    d = {"model": pick(r, MODELS), "max_tokens": 1024, "system": s.sys(r, False), "messages": [{"role": "user", "content": s.req(r)}]}
    return json.dumps(d, indent=2, ensure_ascii=False)


def resp_body(r, s):
    d = {"id": "chatcmpl-" + rs(r, 29), "object": "chat.completion", "created": 1780000000 + r.randint(0, 9999999), "model": pick(r, MODELS),
         "choices": [{"index": 0, "message": {"role": "assistant", "content": s.out(r)}, "finish_reason": "stop"}],
         "usage": {"prompt_tokens": r.randint(20, 3000), "completion_tokens": r.randint(10, 800)}}
    return json.dumps(d, indent=pick(r, [None, 2]), ensure_ascii=False)


def anthropic_resp(r, s):
    d = {"id": "msg_" + rs(r, 24), "type": "message", "role": "assistant", "model": pick(r, MODELS),
         "content": [{"type": "text", "text": s.out(r)}], "stop_reason": "end_turn"}
    return json.dumps(d, indent=2, ensure_ascii=False)


def sse_stream(r, s):
    out = s.out(r)
    words = out.split(" ")
    chunks, cur = [], []
    for w in words:
        cur.append(w)
        if len(cur) >= r.randint(2, 5):
            chunks.append(" ".join(cur) + " ")
            cur = []
    if cur:
        chunks.append(" ".join(cur))
    cid = "chatcmpl-" + rs(r, 29)
    lines = [f"data: {json.dumps({'id': cid, 'choices': [{'delta': {'content': c}}]}, ensure_ascii=False)}" for c in chunks[:8]]
    return "\n\n".join([*lines, "data: [DONE]"] if len(chunks) <= 8 else lines)


def print_resp(r, s):
    return f">>> print(resp.choices[0].message.content)\n{s.out(r)}"


REQUEST_BODIES = [req_body, curl_req, anthropic_req]
RESPONSE_BODIES = [resp_content_line, resp_body, anthropic_resp, sse_stream, print_resp]


# ---------------------------------------------------------------- cassettes and fixtures
def vcr_cassette(r, s):
    a, b = s.pair(r)
    reqb = json.dumps({"model": pick(r, MODELS), "messages": [{"role": "user", "content": a}]}, ensure_ascii=False)
    respb = json.dumps({"choices": [{"message": {"role": "assistant", "content": b}}]}, ensure_ascii=False)
    return (f"# tests/cassettes/{pick(r, ['test_summarize', 'test_reply', 'test_triage'])}.yaml\ninteractions:\n- request:\n    body: {q(reqb)}\n"
            f"    method: POST\n    uri: https://api.openai.com/v1/chat/completions\n  response:\n    body:\n      string: {q(respb)}\n    status:\n      code: 200")


def json_fixture(r, s):
    d = {"request": {"system": s.sys(r, False)}, "response": {"text": s.out(r)}, "recorded_at": ts(r)}
    return f"// tests/fixtures/llm/{pick(r, ['reply', 'summary', 'triage'])}_{r.randint(1, 40):02d}.json\n" + json.dumps(d, indent=2, ensure_ascii=False)


def mock_reply(r, s):
    return (f"def test_{pick(r, ['summary_is_short', 'reply_mentions_refund', 'triage_label'])}(fake_llm):\n    fake_llm.reply = {q(s.out(r))}\n"
            f"    result = run_pipeline(ticket)\n    assert result.status == \"ok\"")


def mock_prompt_assert(r, s):
    return (f"def test_prompt_is_stable(snapshot):\n    # the rendered prompt is pinned; update with --snapshot-update\n    assert render_prompt() == {q(s.sys(r, False))}")


CASSETTES = [vcr_cassette, json_fixture, mock_reply, mock_prompt_assert]


# ---------------------------------------------------------------- AI review bots (their comments are model output)
def coderabbit(r, s):
    return (f"**{pick(r, ['coderabbitai', 'ai-reviewer', 'sourcery-ai', 'gemini-code-assist'])}** (bot) commented on `{pick(r, PY_FILES)}` line {r.randint(3, 400)}:\n\n"
            f"{s.review(r)}")


def copilot_review(r, s):
    n = r.randint(2, 12)
    return (f"Copilot reviewed {n} out of {n} changed files in this pull request and generated {r.randint(1, 4)} comments.\n\n"
            f"**{pick(r, PY_FILES)}**\n{s.review(r)}")


def ai_summary(r, s):
    if s.foreign:
        body = s.out(r)
    else:
        body = pick(r, ["This PR moves the retry logic from the worker into the HTTP client, adds exponential backoff with jitter, and updates the tests accordingly. No breaking changes to the public API.",
                        "The changes introduce a new `archived_at` column, filter archived projects out of the default listing, and add an admin endpoint to restore them.",
                        "This update replaces the hand-written SQL in the reporting module with SQLAlchemy Core expressions, which fixes the pagination bug reported in #412."])
    return f"## Summary by {pick(r, ['CodeRabbit', 'Copilot', 'PR-Agent'])}\n\n{body}\n\n<!-- end of auto-generated comment -->"


def pr_agent_walk(r, s):
    return f"### PR Reviewer Guide 🔍\n\n⏱️ Estimated effort to review: {r.randint(1, 5)} 🔵🔵⚪⚪⚪\n\n**Key issues to review**\n\n{s.review(r)}"


REVIEW_BOTS = [inline_bot, inline_bot, coderabbit, copilot_review, ai_summary, pr_agent_walk]


# ---------------------------------------------------------------- logs that captured prompts or completions
def log_prompt_line(r, s):
    return f"{ts(r)} {pick(r, ['INFO', 'DEBUG'])} llm.client request_id={req_id(r)} model={pick(r, MODELS)} prompt={q(oneline(s.any_prompt(r)))}"


def log_completion_line(r, s):
    return f"[{hms(r)}] DEBUG assistant.reply conv={uuid(r)} tokens={r.randint(20, 900)} text={q(oneline(s.out(r)))}"


def trace_export(r, s):
    a, b = s.pair(r)
    d = {"trace_id": hx(r, 32), "name": pick(r, ["chat", "rag.answer", "triage"]), "input": a, "output": b,
         "latency_ms": r.randint(200, 9000), "model": pick(r, MODELS)}
    return json.dumps(d, ensure_ascii=False)


def log_multi(r, s):
    t = ts_seq(r, 3)
    return (f"{t[0]} INFO  agent.step=1 tool=none\n{t[1]} DEBUG agent.prompt >>>\n{s.sys(r, True)}\n<<<\n{t[2]} INFO  agent.step=1 done in {r.randint(300, 9000)}ms")


def log_langfuse(r, s):
    return f"{ts(r)} DEBUG langfuse generation={uuid(r)} input={json.dumps([{'role': 'user', 'content': s.req(r)}], ensure_ascii=False)}"


def log_error_with_prompt(r, s):
    return f"{ts(r)} ERROR llm.client context_length_exceeded model={pick(r, MODELS)} prompt_head={q(oneline(s.sys(r, False))[:160])}"


LLM_LOGS = [log_prompt_line, log_completion_line, trace_export, log_multi, log_langfuse, log_error_with_prompt]


# ---------------------------------------------------------------- notebooks
def nb_invoke(r, s):
    k = r.randint(2, 60)
    a, b = s.pair(r)
    return f"In [{k}]: resp = llm.invoke({q(a)})\n\nIn [{k + 1}]: print(resp.content)\n{b}"


def nb_cell_json(r, s):
    a, b = s.pair(r)
    return json.dumps({"cell_type": "code", "execution_count": r.randint(1, 60), "source": ["out = chat(", f"    {q(a)}", ")\n", "out"],
                       "outputs": [{"output_type": "execute_result", "data": {"text/plain": [q(b)]}}]}, indent=1, ensure_ascii=False)


NOTEBOOK_LLM = [nb_invoke, nb_cell_json]


# ---------------------------------------------------------------- chat between people, copied verbatim
def slack_export(r, s):
    return f"#{pick(r, ['eng-platform', 'incidents', 'backend', 'release'])} — {pick(r, ['Mon', 'Tue', 'Wed', 'Thu', 'Fri'])}\n{s.chat(r)}"


def pr_thread(r, s):
    a, b = r.sample(FIRST, 2)
    t = s.chat(r)
    return f"Thread on {pick(r, PY_FILES)} (PR #{r.randint(100, 4000)}), copied verbatim:\n{t}\n— resolved by {pick(r, [a, b])}"


def chat_plain(r, s):
    return s.chat(r)


CHAT = [slack_export, pr_thread, chat_plain]


# ---------------------------------------------------------------- terminal: LLM CLIs with a prompt on the command line
def term_llm(r, s):
    tool = pick(r, [f"llm -m {pick(r, MODELS)}", "ollama run llama3.1", "claude -p", "aichat", "sgpt", "gemini -p"])
    a, b = s.pair(r)
    return f"$ {tool} {q(a)}\n{b}"


def term_history_llm(r, s):
    base = r.randint(500, 3000)
    items = ["git status", "make test", f"llm {q(s.req(r))}", "git diff --stat", "pytest -x -q"]
    r.shuffle(items)
    return "\n".join(f" {base + i}  {x}" for i, x in enumerate(items))


def term_pipe(r, s):
    return f"$ git diff | llm -s {q(s.sys(r, False))}"


TERM_LLM = [term_llm, term_history_llm, term_pipe]


# ---------------------------------------------------------------- diffs that change prompt text
def prompt_diff(r, s):
    old, new = s.sys(r, True).split("\n"), s.sys(r, True).split("\n")
    path = pick(r, ["prompts/system.md", "app/llm/prompts.py", "config/prompts.yaml", "src/prompts/support.txt"])
    a = r.randint(1, 40)
    return (f"diff --git a/{path} b/{path}\nindex {short_sha(r)}..{short_sha(r)} 100644\n--- a/{path}\n+++ b/{path}\n@@ -{a},{len(old)} +{a},{len(new)} @@\n"
            + "\n".join("-" + x for x in old) + "\n" + "\n".join("+" + x for x in new))


def prompt_diff_add(r, s):
    path = pick(r, ["prompts/system.md", "app/llm/prompts.py", "AGENTS.md"])
    return f"--- a/{path}\n+++ b/{path}\n@@ -12,3 +12,4 @@\n" + "\n".join("+" + x for x in s.sys(r, True).split("\n")[:4])


DIFF_PROMPT = [prompt_diff, prompt_diff_add]


# ---------------------------------------------------------------- one-line prompt material
def ol_py(r, s):
    return f"{pick(r, ['SYSTEM_PROMPT', 'system_prompt', 'INSTRUCTIONS', 'prompt'])} = {q(oneline(s.sys(r, False)))}"


def ol_env(r, s):
    return f"{pick(r, ['ASSISTANT_SYSTEM_PROMPT', 'BOT_INSTRUCTIONS', 'LLM_SYSTEM_PROMPT'])}={q(oneline(s.sys(r, False)))}"


def ol_yaml(r, s):
    return f"{pick(r, ['system_prompt', 'instructions', 'preamble'])}: {q(oneline(s.sys(r, False)))}"


def ol_req_log(r, s):
    return f"{ts(r)} INFO chat.api user={r.randint(1000, 99999)} message={q(s.req(r))}"


def ol_cli(r, s):
    return f"$ {pick(r, ['llm', 'ollama run mistral', 'claude -p', 'sgpt', 'gh copilot suggest'])} {q(s.req(r))}"


def ol_ts(r, s):
    return f"export const {pick(r, ['SYSTEM', 'systemPrompt', 'INSTRUCTIONS'])} = {q(oneline(s.sys(r, False)))};"


def ol_out_log(r, s):
    return f"{ts(r)} DEBUG llm.response id=chatcmpl-{rs(r, 12)} content={q(oneline(s.out(r)))}"


def ol_toml(r, s):
    return f"system = {q(oneline(s.sys(r, False)))}"


def ol_quote_req(r, s):
    return f"{pick(r, ['User asked the assistant:', 'Prompt the user typed into the bot:', 'First message of the session:', 'The request as sent to the model:'])} {q(s.req(r))}"


def ol_go(r, s):
    return f"const {pick(r, ['systemPrompt', 'instructions', 'basePrompt'])} = {q(oneline(s.sys(r, False)))}"


def ol_ruby(r, s):
    return f"{pick(r, ['SYSTEM_PROMPT', 'PROMPT', 'INSTRUCTIONS'])} = {q(oneline(s.sys(r, False)))}.freeze"


def ol_json_field(r, s):
    return f"\"{pick(r, ['system', 'instructions', 'systemMessage', 'preamble'])}\": {q(oneline(s.sys(r, False)))},"


def ol_sql(r, s):
    return f"INSERT INTO prompts (name, version, body) VALUES ('{pick(r, ['support', 'triage', 'summary'])}', {r.randint(1, 9)}, {chr(39) + oneline(s.sys(r, False)).replace(chr(39), chr(39) * 2) + chr(39)});"


def ol_kv(r, s):
    return f"prompt.{pick(r, ['system', 'support.system', 'triage.instructions'])}={oneline(s.sys(r, False))}"


def ol_out_quote(r, s):
    return f"{pick(r, ['The assistant replied:', 'Model output for case 17:', 'Bot answer copied from the widget:', 'Response body text:'])} {q(oneline(s.out(r)))}"


def ol_history(r, s):
    return f" {r.randint(300, 3000)}  {pick(r, ['llm', 'ollama run llama3.1', 'claude -p', 'aichat'])} {q(s.req(r))}"


def ol_tpl_fmt(r, s):
    return f"prompt = {q(s.tpl(r))}.format(**ctx)"


ONE_LINERS = [ol_py, ol_env, ol_yaml, ol_req_log, ol_cli, ol_ts, ol_out_log, ol_toml, ol_quote_req, ol_go, ol_ruby, ol_json_field,
              ol_sql, ol_kv, ol_out_quote, ol_history, ol_tpl_fmt]


def _bind(frames, foreign):
    src = Src(foreign)

    def wrap(f):
        def g(r):
            src.start(r)
            return f(r, src)
        g.__name__ = f.__name__
        return g
    return [wrap(f) for f in frames]


ALL = (TEMPLATE_IN_CODE + MESSAGES_IN_CODE + FEWSHOT + PROMPT_CONFIG + EVAL_ROWS + AGENT_FILES + REQUEST_BODIES + RESPONSE_BODIES
       + CASSETTES + REVIEW_BOTS + LLM_LOGS + NOTEBOOK_LLM + CHAT + TERM_LLM + DIFF_PROMPT + ONE_LINERS + ONE_LINERS)

# (category, n, frames, non-English?)
CATEGORIES = [
    ("prompt_template_in_code", 70, _bind(TEMPLATE_IN_CODE, False), False),
    ("prompt_messages_in_code", 40, _bind(MESSAGES_IN_CODE, False), False),
    ("fewshot_examples", 25, _bind(FEWSHOT, False), False),
    ("prompt_config_file", 50, _bind(PROMPT_CONFIG, False), False),
    ("eval_dataset_row", 60, _bind(EVAL_ROWS, False), False),
    ("agent_instruction_file", 45, _bind(AGENT_FILES, False), False),
    ("chat_api_request_body", 40, _bind(REQUEST_BODIES, False), False),
    ("chat_api_response_body", 35, _bind(RESPONSE_BODIES, False), False),
    ("llm_cassette_fixture", 35, _bind(CASSETTES, False), False),
    ("ai_review_bot_comment", 40, _bind(REVIEW_BOTS, False), False),
    ("llm_log_excerpt", 55, _bind(LLM_LOGS, False), False),
    ("notebook_llm_cell", 20, _bind(NOTEBOOK_LLM, False), False),
    ("chat_transcript_copied", 35, _bind(CHAT, False), False),
    ("terminal_llm_cli", 25, _bind(TERM_LLM, False), False),
    ("prompt_diff_hunk", 20, _bind(DIFF_PROMPT, False), False),
    ("prompt_one_liners", 195, _bind(ONE_LINERS, False), False),
    ("intl_prompt_in_repo", 260, _bind(ALL, True), True),
]
