"""Round 11's code lines: prompt templates in source and config beside ordinary string templates.

Each syntax (Python f-string, ``str.format``, JS template literal, YAML, Jinja, Go, Ruby, TOML)
is used on both sides; the prompt side's string instructs a model, the benign side's string is a
log message, an SQL statement, an error or a UI label.
"""

from __future__ import annotations

import random

PROMPT_BODIES = (
    "Summarize the following diff in one sentence:\\n{diff}",
    "You are reviewing code. List bugs only, as a numbered list.\\n\\n{code}",
    "Translate the text below into {lang}. Keep placeholders unchanged.\\n{text}",
    "Write a commit message (imperative mood, max 72 chars) for:\\n{diff}",
    "Answer the question using only the context.\\nContext: {context}\\nQuestion: {question}",
    "Classify the ticket as bug, feature or question. Reply with one word.\\nTicket: {ticket}",
    "Rewrite this error message so a non-technical user understands it: {error}",
    "Given the stack trace, explain the most likely cause in 2 sentences:\\n{trace}",
    "Extract all dates from the text and return them as a JSON list.\\n{text}",
    "Generate 5 test cases for the function below. Output only code.\\n{source}",
    "Act as a {persona}. Critique the plan below and suggest improvements.\\n{plan}",
    "Explain {concept} to a beginner, step by step, with one example.",
    "Suggest a short, friendly name for a feature that {feature}. Give 3 options.",
    "Rate the answer from 1 to 10 for correctness and explain briefly.\\nQ: {q}\\nA: {a}",
    "Continue the story in the same style:\\n{story}",
    "Fix the grammar of the following paragraph, change nothing else:\\n{para}",
    "Write SQL that answers: {question}. Schema:\\n{schema}",
    "Think step by step, then give the final answer after 'Answer:'.\\n{problem}",
    "Respond in {lang} only. Be concise. User said: {msg}",
    "Summarise this support thread for the on-call engineer in 3 bullets:\\n{thread}",
)

BENIGN_BODIES = (
    "retrying {job_id} in {delay}s (attempt {n}/{max_n})",
    "SELECT id, email FROM users WHERE org_id = {org_id} AND deleted_at IS NULL",
    "failed to open {path}: {err}",
    "Uploaded {count} files to {bucket}",
    "INSERT INTO audit_log (actor, action, at) VALUES ({actor}, {action}, now())",
    "{user} invited you to {project}",
    "Build {build_id} finished in {secs:.1f}s with {warnings} warnings",
    "cannot parse {field!r}: expected int, got {value!r}",
    "https://{host}/api/v2/orders/{order_id}/items?page={page}",
    "Your trial ends in {days} days. Upgrade to keep your history.",
    "lock held by pid {pid} since {since}; waiting {timeout}s",
    "UPDATE jobs SET state = 'done', finished_at = {ts} WHERE id = {job_id}",
    "{count} item(s) selected",
    "Deployment {name} scaled from {old} to {new} replicas",
    "config key {key} is deprecated, use {replacement} instead",
    "s3://{bucket}/{prefix}/{date}/part-{n:05d}.parquet",
    "Hello {first_name}, your order #{order_id} has shipped.",
    "checksum mismatch for {artifact}: want {want}, got {got}",
    "DELETE FROM sessions WHERE last_seen < now() - interval '{days} days'",
    "{method} {path} -> {status} in {ms}ms",
    "Deploy finished.\\nService: {service}\\nVersion: {version}\\nDuration: {secs}s",
    "SELECT count(*)\\nFROM events\\nWHERE kind = {kind}\\n  AND at > {since}",
    "usage: {prog} [--dry-run] <path>\\n\\nOptions:\\n  --dry-run  print the plan only",
    "Hi {name},\\n\\nYour invoice {invoice_id} is attached.\\n\\nThanks,\\nBilling",
    "{count} tests passed, {failed} failed\\nsee {report_url} for details",
)

PY_VARS = ("prompt", "PROMPT", "template", "system_prompt", "instruction", "msg", "text", "query", "user_msg", "tpl")
PY_BENIGN_VARS = ("message", "log_line", "sql", "url", "label", "msg", "text", "query", "err_msg", "tpl")


def _py(body: str, var: str, rng: random.Random) -> str:
    style = rng.randrange(5)
    if style == 0:
        return f'{var} = f"{body}"'
    if style == 1:
        return f'{var} = "{body}".format(**ctx)'
    if style == 2:
        flat = body.replace("\\n", "\n")
        return f'{var} = f"""\n{flat}\n"""'
    if style == 3:
        return f'    return f"{body}"'
    return f'{var} = Template("{body.replace("{", "${")}")'


def _js(body: str, var: str, rng: random.Random) -> str:
    b = body.replace("{", "${").replace("\\n", "\n" if rng.random() < 0.5 else "\\n")
    kw = rng.choice(("const", "let", "export const", "const"))
    return f"{kw} {var} = `{b}`;"


def _yaml(body: str, key: str, rng: random.Random) -> str:
    b = body.replace("{", "{{ ").replace("}", " }}")
    lines = b.split("\\n")
    head = rng.choice(("- name: {n}\n  ", "{n}:\n  ", "", "steps:\n  - id: {n}\n    ")).format(n=rng.choice(("summarize", "step1", "notify", "eval_case_3", "render", "greet")))
    if len(lines) > 1 or rng.random() < 0.4:
        pad = " " * (len(head.rsplit("\n", 1)[-1]) + 2)
        return head + f"{key}: |\n" + "\n".join(pad + ln for ln in lines)
    return head + f'{key}: "{b}"'


def _jinja(body: str, rng: random.Random) -> str:
    b = body.replace("{", "{{ ").replace("}", " }}").replace("\\n", "\n")
    pre = rng.choice(("", "{% if lang %}\n", "{# rendered per request #}\n", "{% for item in items %}\n"))
    post = {"": "", "{% if lang %}\n": "\n{% endif %}", "{# rendered per request #}\n": "", "{% for item in items %}\n": "\n{% endfor %}"}[pre]
    return pre + b + post


def _go(body: str, rng: random.Random) -> str:
    import re
    names = re.findall(r"\{([a-z_]+)[^}]*\}", body)
    fmt = re.sub(r"\{[a-z_]+[^}]*\}", "%v", body)
    args = ", ".join(names) if names else ""
    fn = rng.choice(("fmt.Sprintf", "fmt.Errorf", "fmt.Sprintf"))
    return f'{rng.choice(("s", "p", "msg", "q"))} := {fn}("{fmt}"{", " + args if args else ""})'


def _ruby(body: str, rng: random.Random) -> str:
    b = body.replace("{", "#{").replace("\\n", "\n")
    return f"{rng.choice(('text', 'prompt', 'body', 'line'))} = <<~TXT\n{b}\nTXT"


def render(body: str, is_prompt: bool, rng: random.Random) -> str:
    """Put a template body into one of the syntaxes, the same choice for either label."""
    syntax = rng.randrange(7)
    if syntax in (0, 1):
        return _py(body, rng.choice(PY_VARS if is_prompt else PY_BENIGN_VARS), rng)
    if syntax == 2:
        return _js(body, rng.choice(("prompt", "sysPrompt", "message", "text", "tpl", "q")), rng)
    if syntax == 3:
        key = rng.choice(("prompt", "system", "instruction", "template", "input")) if is_prompt else rng.choice(("message", "query", "text", "template", "title", "body"))
        return _yaml(body, key, rng)
    if syntax == 4:
        return _jinja(body, rng)
    if syntax == 5:
        return _go(body, rng)
    return _ruby(body, rng)


def code_prompt(rng: random.Random) -> str:
    """A prompt template in code or config."""
    return render(rng.choice(PROMPT_BODIES), True, rng)


def code_benign(rng: random.Random) -> str:
    """An ordinary string template in the same syntaxes, now and then a prompt to a human."""
    if rng.random() < 0.12:
        return input_prompt_config(rng)
    return render(rng.choice(BENIGN_BODIES), False, rng)


INPUT_PROMPTS = (
    "Project name?", "Enter the database host", "Overwrite existing file? [y/N]", "Password for {user}:",
    "Select a region", "Continue with deploy to {env}? (yes/no)", "Version to release", "Pick a license",
)


def input_prompt_config(rng: random.Random) -> str:
    """A ``prompt`` that asks a human at a terminal, not a model: the key name alone does not decide."""
    q = rng.choice(INPUT_PROMPTS)
    style = rng.randrange(5)
    if style == 0:
        return f'- name: {rng.choice(("project_slug", "db_host", "region", "license"))}\n  prompt: "{q}"\n  default: "{rng.choice(("demo", "localhost", "eu-west-1", "MIT"))}"'
    if style == 1:
        return f"{{ type: 'input', name: '{rng.choice(('slug', 'host', 'version'))}', message: '{q}' }}"
    if style == 2:
        return f'answer = input("{q} ")'
    if style == 3:
        return rng.choice(("PS1='\\u@\\h:\\w\\$ '", "export PROMPT='%n@%m %1~ %# '", 'PROMPT_COMMAND="history -a"', "set -g status-left '#S '"))
    return f'confirm := promptui.Prompt{{Label: "{q}", IsConfirm: true}}'
