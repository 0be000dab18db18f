"""blind17: benign repository and tool text near the boundary: code that calls an LLM with the prompt loaded
from elsewhere, docs about prompts and keys written for a human reader, eval metrics, hashes and ids,
usage logs, fake fixtures, docs in the second person, dependency/CI bots, and the same in other languages."""
from __future__ import annotations

import json

from _b17lang import FOREIGN, comment
from _b17rand import (
    BRANCHES,
    BUCKETS,
    FIRST,
    LO,
    PY_FILES,
    REGIONS,
    REPO,
    TOKENS,
    UP,
    USERS,
    b64,
    hms,
    hx,
    pick,
    req_id,
    rs,
    sha,
    short_sha,
    ts,
    uuid,
)

MODELS = ["gpt-4o-mini", "gpt-4.1", "claude-sonnet-4-5", "claude-3-5-haiku-latest", "gemini-2.0-flash", "llama3.1:8b",
          "mistral-large-latest", "o3-mini"]
PROMPT_FILES = ["prompts/support.md", "prompts/triage.j2", "app/llm/prompts/summarize.txt", "config/prompts.yaml",
                "templates/review_system.md", "src/prompts/rag_answer.hbs", "prompts/v3/classify.md"]


def tok_name(r):
    return pick(r, TOKENS)[0]


# ---------------------------------------------------------------- code calling an LLM, prompt from elsewhere
def py_load_file(r):
    return (f"SYSTEM_PROMPT = (Path(__file__).parent / \"{pick(r, PROMPT_FILES).split('/')[-1]}\").read_text(encoding=\"utf-8\")\n\n"
            f"def answer(question: str, context: str) -> str:\n    resp = client.chat.completions.create(\n        model=settings.llm_model,\n"
            f"        messages=[\n            {{\"role\": \"system\", \"content\": SYSTEM_PROMPT}},\n            {{\"role\": \"user\", \"content\": render(question, context)}},\n        ],\n"
            f"        temperature={pick(r, [0, 0.2])},\n    )\n    return resp.choices[0].message.content or \"\"")


def py_jinja_env(r):
    name = pick(r, PROMPT_FILES).split("/")[-1]
    return (f"env = Environment(loader=FileSystemLoader(\"prompts\"), undefined=StrictUndefined)\n\n"
            f"def render_prompt(name: str, **ctx: object) -> str:\n    return env.get_template(name).render(**ctx)\n\n"
            f"prompt = render_prompt(\"{name}\", ticket=ticket, history=history[-{r.randint(3, 12)}:])")


def py_registry(r):
    return (f"prompt = prompt_registry.get(\"{pick(r, ['support-reply', 'ticket-triage', 'diff-summary'])}\", version={r.randint(1, 9)})\n"
            f"msg = client.messages.create(model=\"{pick(r, MODELS)}\", max_tokens={pick(r, [512, 1024])}, system=prompt.system,\n"
            f"                             messages=[{{\"role\": \"user\", \"content\": prompt.render(**inputs)}}])")


def py_langchain_hub(r):
    return f"prompt = hub.pull(\"{pick(r, ['acme', 'platform-team'])}/{pick(r, ['rag-answer', 'triage', 'summarize'])}\")\nchain = prompt | ChatOpenAI(model=\"{pick(r, MODELS)}\", temperature=0) | StrOutputParser()"


def ts_load(r):
    return (f"import {{ readFile }} from \"node:fs/promises\";\n\nconst system = await readFile(new URL(\"./prompts/{pick(r, ['reply', 'triage', 'summary'])}.md\", import.meta.url), \"utf8\");\n"
            f"const res = await anthropic.messages.create({{ model: \"{pick(r, MODELS)}\", max_tokens: 1024, system, messages }});")


def py_test_prompt_len(r):
    return (f"def test_prompt_fits_context_window():\n    prompt = render_prompt(\"{pick(r, PROMPT_FILES).split('/')[-1]}\", **SAMPLE_INPUTS)\n"
            f"    assert count_tokens(prompt, model=\"{pick(r, MODELS)}\") < {pick(r, [4000, 8000, 16000])}")


def py_messages_var(r):
    return ("messages = [{\"role\": \"system\", \"content\": system_prompt}] + history + [{\"role\": \"user\", \"content\": user_msg}]\n"
            "resp = await client.chat.completions.create(model=MODEL, messages=messages, stream=True)")


def go_llm(r):
    return (f"tmpl := template.Must(template.ParseFS(promptFS, \"prompts/*.tmpl\"))\nvar buf bytes.Buffer\n"
            f"if err := tmpl.ExecuteTemplate(&buf, \"{pick(r, ['triage', 'summary', 'reply'])}.tmpl\", input); err != nil {{\n\treturn \"\", err\n}}\n"
            f"resp, err := client.CreateChatCompletion(ctx, openai.ChatCompletionRequest{{Model: cfg.Model, Messages: msgs(buf.String())}})")


def prompt_registry_yaml(r):
    items = "\n".join(f"  - id: {n}\n    file: {f}\n    sha256: {hx(r, 64)}\n    model: {pick(r, MODELS)}\n    owner: {pick(r, FIRST)}"
                      for n, f in zip(r.sample(["support-reply", "ticket-triage", "diff-summary", "rag-answer"], 2), r.sample(PROMPT_FILES, 2), strict=False))
    return f"# prompts/registry.yaml\nprompts:\n{items}"


def py_openai_env(r):
    return f"client = OpenAI()  # reads OPENAI_API_KEY from the environment\nMODEL = os.getenv(\"LLM_MODEL\", \"{pick(r, MODELS)}\")\nMAX_OUTPUT_TOKENS = int(os.getenv(\"LLM_MAX_TOKENS\", \"{pick(r, [512, 1024])}\"))"


def dspy_compile(r):
    return (f"teleprompter = BootstrapFewShot(metric=exact_match, max_bootstrapped_demos={r.randint(2, 8)})\ncompiled = teleprompter.compile(Triage(), trainset=load_jsonl(\"data/train.jsonl\"))\n"
            f"compiled.save(\"artifacts/triage_{short_sha(r)}.json\")")


def one_load(r):
    return pick(r, [f"SYSTEM_PROMPT = Path(\"{pick(r, PROMPT_FILES)}\").read_text()",
                    f"const system = await loadPrompt(\"{pick(r, ['triage', 'reply', 'summary'])}\", {{ version: {r.randint(1, 9)} }});",
                    f"PROMPT_PATH={pick(r, PROMPT_FILES)}",
                    f"LLM_MODEL={pick(r, MODELS)}",
                    f"resp = llm.invoke(prompt.format(question=q, context=ctx))  # prompt from {pick(r, PROMPT_FILES)}",
                    f"msg = client.messages.create(model=MODEL, system=system_prompt, messages=history, max_tokens={pick(r, [512, 1024, 2048])})",
                    "prompt_hash = hashlib.sha256(template.encode()).hexdigest()[:12]  # logged instead of the prompt",
                    f"llm:\n  model: {pick(r, MODELS)}\n  prompt_file: {pick(r, PROMPT_FILES)}\n  temperature: {pick(r, [0, 0.2, 0.7])}"])


LLM_CODE = [one_load, one_load, one_load, py_load_file, py_jinja_env, py_registry, py_langchain_hub, ts_load, py_test_prompt_len, py_messages_var, go_llm,
            prompt_registry_yaml, py_openai_env, dspy_compile]


# ---------------------------------------------------------------- docs about prompts, written for people
DOC_SENTENCES = [
    "Prompts live in `{f}` and are loaded at startup; nothing is inlined in the code.",
    "The system prompt for the support bot sets the assistant's role, lists the refund rules and asks for JSON output. Change it together with the eval set in `evals/support.jsonl`.",
    "A good system prompt states who the assistant is, what it must not do, and the output format. Keep examples in a separate few-shot file so they can be versioned.",
    "Every prompt change needs a run of `make eval`; the PR template has a checkbox for it.",
    "We pin the model name per prompt in `{f}` so that a model upgrade is an explicit change.",
    "The triage prompt used to include the whole ticket history, which pushed long tickets past the context window. Since v4 only the last {n} messages are included.",
    "Templates use Jinja syntax. Variables are listed in the front matter so the linter can check that every placeholder is filled.",
    "Do not paste customer messages into prompts in tests; use the synthetic tickets in `tests/data/` instead.",
    "Prompt injection: user text is always passed in the user message, never concatenated into the system prompt.",
    "Temperature is 0 for classification prompts and 0.7 for the reply drafts.",
    "The eval harness compares the model's label with the expected label and reports accuracy per category.",
    "When a prompt grows beyond ~{n}00 tokens, split the policy text into retrieved chunks instead of inlining it.",
    "Prompt files are reviewed like code: one owner per file, listed in CODEOWNERS.",
    "The support bot's system prompt restricts it to billing questions, tells it to escalate chargebacks to a human and asks for a JSON reply; the refund policy itself is retrieved, not inlined.",
    "Our triage prompt asks the model for one of four labels and a confidence; in practice the confidence is poorly calibrated, so we ignore it below 0.6.",
    "The reviewer prompt lists security, correctness and style in that order, which is why the bot's comments rarely mention naming.",
    "Since v5 the summarizer prompt no longer includes the raw diff, only the file list and the commit messages, which cut the input by about {n}0 %.",
    "A system prompt that forbids revealing its instructions does not stop a determined user; treat everything in it as public.",
    "The few-shot examples in `{f}` are synthetic; none of them comes from a real customer conversation.",
    "If the model starts answering in the wrong language, check that the `locale` variable reaches the template.",
]


def doc_prompts(r):
    head = pick(r, ["## Prompts", "### How prompts are managed", "## LLM configuration", "### Prompt changes", "## Notes on the assistant"])
    sents = [x.format(f=pick(r, PROMPT_FILES), n=r.randint(3, 20)) for x in r.sample(DOC_SENTENCES, r.randint(2, 4))]
    if r.random() < 0.4:
        return head + "\n\n" + "\n".join("- " + x for x in sents)
    return head + "\n\n" + " ".join(sents)


def doc_one(r):
    return pick(r, DOC_SENTENCES).format(f=pick(r, PROMPT_FILES), n=r.randint(3, 20))


ADRS = [
    ("Store prompts as files", "Prompts were inlined as string constants in {n} modules, which made reviews hard and evals impossible to tie to a version.",
     "Prompts move to `prompts/`, one file per prompt, with a content hash recorded in `prompts/registry.yaml`."),
    ("Secrets come from Vault only", "Credentials were spread over CI variables, `.env` files on hosts and {n} Kubernetes secrets created by hand.",
     "All runtime credentials are read from Vault through the agent sidecar; CI gets short-lived tokens via OIDC."),
    ("Do not log prompts or completions", "Debug logs contained full prompts, including customer text, in {n} services.",
     "Only token counts, model name, latency and a hash of the prompt template are logged."),
    ("One model per task", "Teams switched models ad hoc, so eval results from different weeks were not comparable.",
     "Each task pins a model in its prompt file; changing it requires an eval run with at least {n}00 cases."),
]


def adr_prompt(r):
    title, ctx, dec = pick(r, ADRS)
    n = r.randint(3, 12)
    return (f"# ADR-{r.randint(10, 60):03d}: {title}\n\n## Status\n\n{pick(r, ['Accepted', 'Proposed', 'Superseded by ADR-0' + str(r.randint(61, 90))])} ({ts(r)[:10]})\n\n"
            f"## Context\n\n{ctx.format(n=n)}\n\n## Decision\n\n{dec.format(n=n)}")


def changelog_prompt(r):
    return (f"## [{r.randint(1, 4)}.{r.randint(0, 20)}.{r.randint(0, 9)}] - 2026-{r.randint(1, 11):02d}-{r.randint(1, 28):02d}\n\n### Changed\n"
            f"- Support reply prompt: shorter policy section, explicit JSON schema ({pick(r, ['#412', '#517', '#623'])}).\n- Default model is now `{pick(r, MODELS)}`.\n"
            f"### Fixed\n- Triage prompt no longer drops the ticket subject.")


def doc_keys(r):
    n = tok_name(r)
    return pick(r, [
        f"Set `{n}` in your shell or in `.env` (see `.env.example`). The app refuses to start without it.",
        "Tokens are rotated every 90 days by the `rotate-secrets` workflow; the new value is written to Vault and the pods restart.",
        f"If you see `401 Unauthorized` from the upstream, your `{n}` has probably expired; request a new one in #platform-access.",
        f"The `{n}` used in CI is a fine-grained token with read-only access to this repository.",
        "Never commit `.env`; it is in `.gitignore`, and the pre-commit hook runs gitleaks.",
    ])


PROMPT_DOCS = [doc_prompts, doc_one, adr_prompt, changelog_prompt, doc_keys]


# ---------------------------------------------------------------- eval metrics (scores, never model text)
def eval_table(r):
    rows = "\n".join(f"| {m} | {r.uniform(0.6, 0.97):.3f} | {r.uniform(0.5, 0.95):.3f} | {r.randint(300, 4000)} ms |" for m in r.sample(MODELS, 3))
    return f"| model | accuracy | faithfulness | p50 latency |\n|---|---|---|---|\n{rows}"


def promptfoo_summary(r):
    p, f = r.randint(20, 200), r.randint(0, 15)
    return f"$ npx promptfoo eval -c promptfooconfig.yaml\n...\nSuccesses: {p}\nFailures: {f}\nErrors: 0\nPass Rate: {100 * p / (p + f):.2f}%\nEval ID: eval-{rs(r, 3, LO)}-{ts(r)[:19]}"


def eval_json(r):
    return json.dumps({"run_id": uuid(r), "dataset": pick(r, ["support-v3", "triage-gold", "rag-qa"]), "model": pick(r, MODELS),
                       "n": r.randint(50, 900), "accuracy": round(r.uniform(0.6, 0.97), 4), "f1_macro": round(r.uniform(0.5, 0.95), 4),
                       "cost_usd": round(r.uniform(0.1, 40), 2), "prompt_sha": hx(r, 12)})


def pytest_eval(r):
    return (f"tests/evals/test_{pick(r, ['triage', 'reply', 'rag'])}.py::test_accuracy[{pick(r, MODELS)}] PASSED\n"
            f"tests/evals/test_{pick(r, ['triage', 'reply', 'rag'])}.py::test_latency_p95 {pick(r, ['PASSED', 'FAILED'])}\n"
            f"accuracy={r.uniform(0.6, 0.97):.3f} (threshold 0.85), p95={r.randint(800, 6000)}ms")


def eval_log(r):
    return f"{ts(r)} INFO evals.runner dataset={pick(r, ['support-v3', 'triage-gold'])} case={r.randint(1, 500)}/{r.randint(500, 900)} score={r.uniform(0, 1):.2f} label_match={pick(r, ['true', 'false'])}"


EVAL_METRICS = [eval_table, promptfoo_summary, eval_json, pytest_eval, eval_log]


# ---------------------------------------------------------------- hashes, digests, ids, lockfiles
def npm_lock(r):
    pkg = pick(r, ["lodash", "react-dom", "zod", "@types/node", "undici", "esbuild"])
    return (f"    \"node_modules/{pkg}\": {{\n      \"version\": \"{r.randint(1, 20)}.{r.randint(0, 30)}.{r.randint(0, 9)}\",\n"
            f"      \"resolved\": \"https://registry.npmjs.org/{pkg}/-/{pkg.split('/')[-1]}-{r.randint(1, 20)}.{r.randint(0, 9)}.0.tgz\",\n"
            f"      \"integrity\": \"sha512-{b64(r, 86)}\",\n      \"license\": \"MIT\"\n    }}")


def poetry_lock(r):
    return (f"[[package]]\nname = \"{pick(r, ['requests', 'pydantic', 'httpx', 'sqlalchemy'])}\"\nversion = \"{r.randint(1, 3)}.{r.randint(0, 30)}.{r.randint(0, 9)}\"\n"
            f"files = [\n    {{file = \"pkg-{r.randint(1, 3)}.{r.randint(0, 9)}-py3-none-any.whl\", hash = \"sha256:{hx(r, 64)}\"}},\n]")


def go_sum(r):
    mod = pick(r, ["github.com/stretchr/testify", "golang.org/x/sync", "github.com/jackc/pgx/v5", "go.uber.org/zap"])
    v = f"v{r.randint(0, 5)}.{r.randint(0, 30)}.{r.randint(0, 9)}"
    return f"{mod} {v} h1:{b64(r, 43)}\n{mod} {v}/go.mod h1:{b64(r, 43)}"


def image_digest(r):
    return f"ghcr.io/acme/{pick(r, REPO)}@sha256:{hx(r, 64)}"


def git_log(r):
    return "\n".join(f"{short_sha(r)} {pick(r, ['fix: handle empty cursor', 'feat: add token refresh', 'chore: rotate CI secrets (no values in repo)', 'docs: explain API key setup', 'refactor: load prompts from files'])}" for _ in range(r.randint(3, 6)))


def ids_line(r):
    return pick(r, [f"request_id={req_id(r)} trace_id={hx(r, 32)} span_id={hx(r, 16)}",
                    f"Deployment {uuid(r)} finished; commit {sha(r)}", f"x-amzn-RequestId: {uuid(r)}",
                    f"Run ID: {r.randint(10 ** 9, 10 ** 10)}  Attempt: {r.randint(1, 3)}  SHA: {sha(r)}",
                    f"etag: \"{hx(r, 32)}\"", f"checksum sha256 {hx(r, 64)}  dist/{pick(r, REPO)}-{r.randint(1, 9)}.{r.randint(0, 9)}.tar.gz",
                    f"ssh-keygen -lf deploy_key.pub\n256 SHA256:{b64(r, 43).rstrip('=')} deploy@ci (ED25519)",
                    f"gpg: Signature made {ts(r)}\ngpg:                using RSA key {hx(r, 40).upper()}\ngpg: Good signature from \"Release Bot <release@acme-corp.net>\""])


def cargo_lock(r):
    return f"[[package]]\nname = \"{pick(r, ['serde', 'tokio', 'reqwest', 'anyhow'])}\"\nversion = \"1.{r.randint(0, 40)}.{r.randint(0, 9)}\"\nsource = \"registry+https://github.com/rust-lang/crates.io-index\"\nchecksum = \"{hx(r, 64)}\""


HASHES = [image_digest, ids_line, npm_lock, poetry_lock, go_sum, image_digest, git_log, ids_line, cargo_lock]


# ---------------------------------------------------------------- LLM usage logs and quoted errors
def usage_log(r):
    return f"{ts(r)} INFO llm.usage model={pick(r, MODELS)} prompt_tokens={r.randint(50, 9000)} completion_tokens={r.randint(5, 2000)} cost_usd={r.uniform(0, 0.5):.4f} latency_ms={r.randint(150, 12000)} request_id={req_id(r)}"


def rate_limit(r):
    return (f"openai.RateLimitError: Error code: 429 - {{'error': {{'message': 'Rate limit reached for {pick(r, MODELS)} in organization org-{rs(r, 24)} on tokens per min (TPM): "
            f"Limit {pick(r, [30000, 200000])}, Used {r.randint(20000, 199000)}, Requested {r.randint(500, 9000)}.', 'type': 'tokens', 'code': 'rate_limit_exceeded'}}}}")


def bad_key_err(r):
    return pick(r, [f"openai.AuthenticationError: Error code: 401 - Incorrect API key provided: sk-proj-********************{rs(r, 4)}. You can find your API key at https://platform.openai.com/account/api-keys.",
                    "anthropic.AuthenticationError: Error code: 401 - {'type': 'error', 'error': {'type': 'authentication_error', 'message': 'invalid x-api-key'}}",
                    "botocore.exceptions.ClientError: An error occurred (UnrecognizedClientException) when calling the InvokeModel operation: The security token included in the request is invalid.",
                    f"remote: Invalid username or token. Password authentication is not supported for Git operations.\nfatal: Authentication failed for 'https://github.com/acme/{pick(r, REPO)}.git/'"])


def trace_meta(r):
    return json.dumps({"trace_id": hx(r, 32), "name": pick(r, ["chat", "rag.answer", "triage"]), "model": pick(r, MODELS),
                       "input_chars": r.randint(100, 20000), "output_chars": r.randint(10, 5000), "input": "[redacted]", "output": "[redacted]",
                       "latency_ms": r.randint(200, 9000), "status": pick(r, ["ok", "error"])})


def ollama_ps(r):
    return f"$ ollama list\nNAME                  ID              SIZE      MODIFIED\n{pick(r, ['llama3.1:8b', 'qwen2.5-coder:14b', 'mistral:latest']):<22}{hx(r, 12)}    {r.uniform(3, 9):.1f} GB    {r.randint(2, 30)} days ago"


def hf_download(r):
    k = r.randint(5, 15)
    return f"$ huggingface-cli download {pick(r, ['Qwen/Qwen2.5-0.5B-Instruct', 'mistralai/Mistral-7B-v0.3'])} --local-dir models/\nFetching {k} files: 100%|██████████| {k}/{k} [00:{r.randint(10, 59)}<00:00]\n/home/{pick(r, USERS)}/models"


USAGE_LOGS = [usage_log, rate_limit, bad_key_err, trace_meta, ollama_ps, hf_download]


# ---------------------------------------------------------------- fixtures with obviously fake values
def fixture_fake(r):
    n = tok_name(r)
    return pick(r, [
        f"monkeypatch.setenv(\"{n}\", \"test-{rs(r, 4, LO)}\")",
        f"@pytest.fixture\ndef settings():\n    return Settings({n.lower()}=\"fake\", database_url=\"sqlite:///:memory:\")",
        f"const env = {{ {n}: \"xxx\", NODE_ENV: \"test\" }};",
        "AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE\nAWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
        f"# .env.example\n{n}=\nDATABASE_URL=postgres://app:changeme@localhost:5432/app_dev\nREDIS_URL=redis://localhost:6379/0",
        f"ENV[\"{n}\"] ||= \"dummy-token-for-tests\"",
        f"t.Setenv(\"{n}\", \"not-a-real-token\")",
        "\"password\": \"hunter2\",  // the docs' example login, rejected by the real server",
        "users:\n  - name: demo\n    password: demo\n    note: seeded only in the local docker stack",
        "STRIPE_SECRET_KEY=sk_test_your_key_here",
        "GITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx  # replace with your own",
    ])


def fixture_cassette_redacted(r):
    return (f"- request:\n    headers:\n      authorization:\n      - Bearer <REDACTED>\n    uri: https://api.{pick(r, ['stripe.com', 'github.com', 'openai.com'])}/v1/{pick(r, ['charges', 'repos', 'models'])}\n"
            f"  response:\n    status:\n      code: 200\n    headers:\n      x-request-id:\n      - {req_id(r)}")


def fixture_vcr_config(r):
    hdrs = r.sample(["authorization", "x-api-key", "cookie", "set-cookie", "openai-organization", "anthropic-api-key"], r.randint(2, 4))
    return (f"@pytest.fixture(scope=\"module\")\ndef vcr_config():\n    return {{\n        \"filter_headers\": {hdrs!r},\n"
            f"        \"filter_query_parameters\": [\"{pick(r, ['key', 'token', 'sig'])}\"],\n        \"record_mode\": \"{pick(r, ['once', 'none'])}\",\n    }}")


def fixture_json(r):
    return json.dumps({"id": r.randint(1, 999), "email": f"{pick(r, FIRST)}@example.com", "api_key": pick(r, ["test_key_123", "xxx", "dummy", "<fake>"]),
                       "password": pick(r, ["password123", "changeme", "secret", "test"]), "created_at": ts(r)}, indent=2)


def fixture_compose_test(r):
    return (f"# docker-compose.test.yml\nservices:\n  db:\n    image: postgres:{pick(r, [15, 16])}\n    environment:\n      POSTGRES_PASSWORD: postgres\n"
            f"      POSTGRES_DB: {pick(r, ['app', 'orders', 'ledger'])}_test\n    tmpfs: /var/lib/postgresql/data")


def fixture_conftest(r):
    names = r.sample([t[0] for t in TOKENS], 3)
    return "@pytest.fixture(autouse=True)\ndef _env(monkeypatch):\n" + "\n".join(f"    monkeypatch.setenv(\"{n}\", \"{pick(r, ['test', 'fake', 'x', 'unused'])}\")" for n in names)


def fixture_cassette_body(r):
    return (f"  response:\n    body:\n      string: '{{\"access_token\": \"REDACTED\", \"token_type\": \"bearer\", \"expires_in\": {pick(r, [3600, 7200])}}}'\n"
            f"    headers:\n      Date:\n      - {pick(r, ['Mon', 'Tue', 'Wed'])}, 1{r.randint(0, 9)} Mar 2026 {hms(r)} GMT")


FIXTURES = [fixture_fake, fixture_fake, fixture_cassette_redacted, fixture_vcr_config, fixture_json, fixture_compose_test, fixture_conftest,
            fixture_cassette_body]


# ---------------------------------------------------------------- docs written to a human reader (not to a model)
def contributing(r):
    steps = r.sample(["Run `make test` before you open a pull request.", "Keep pull requests small; one change per PR.",
                      "You need Python 3.11 and `uv`; run `uv sync` to install the dependencies.",
                      "Add a changelog entry under `## Unreleased`.", "If you touch a prompt file, run `make eval` and paste the score table in the PR.",
                      "Ask in #dev-help if the pre-commit hooks fail on your machine.", "Export `GITHUB_TOKEN` if you hit the API rate limit while running the integration tests.",
                      "Never commit real credentials; use `.env.local`, which git ignores."], r.randint(3, 5))
    return f"# {pick(r, ['CONTRIBUTING.md', 'Contributing', 'Development setup'])}\n\n" + "\n".join(f"{i + 1}. {s}" for i, s in enumerate(steps))


def readme_setup(r):
    n = tok_name(r)
    return (f"## Getting started\n\n```bash\ncp .env.example .env\n# then edit .env and set {n}\nmake dev\n```\n\n"
            f"You should see the app on http://localhost:{pick(r, [3000, 8000, 8080])}. If it exits with `{n} is not set`, you skipped the second step.")


def runbook(r):
    return (f"### Rotating the {pick(r, ['Stripe', 'Slack', 'SendGrid', 'GitHub App'])} key\n\n1. Create the new key in the vendor console.\n"
            f"2. Store it with `vault kv put secret/{pick(r, REPO)}/{pick(r, ['stripe', 'slack', 'sendgrid'])} value=-` (paste, then Ctrl-D).\n"
            f"3. Restart the deployment: `kubectl rollout restart deploy/{pick(r, REPO)} -n prod`.\n4. Revoke the old key once the error rate is flat for 15 minutes.")


def pr_description(r):
    return (f"## What\n\nMoves the {pick(r, ['Slack webhook', 'database password', 'partner API key'])} out of `config/settings.py` and reads it from the environment.\n\n"
            f"## Why\n\nThe value was visible in the repo history; it has been rotated (see {pick(r, ['INC-' + str(r.randint(100, 999)), 'SEC-' + str(r.randint(10, 99))])}).\n\n"
            f"## Testing\n\n- `make test` passes\n- deployed to staging, smoke test green")


def human_one(r):
    n = tok_name(r)
    return pick(r, [f"You'll need a `{n}` with read access; ask in #platform-access and put it in `.env.local`.",
                    "If `make dev` fails with a port conflict, stop the old containers with `docker compose down` first.",
                    f"Before you run the integration tests, export `{n}` in your shell; the tests skip themselves otherwise.",
                    "Please don't paste customer data into issues; link the ticket instead.",
                    f"You can regenerate the lockfile with `uv lock --upgrade-package {pick(r, ['httpx', 'pydantic', 'openai'])}`.",
                    "When you change a prompt file, bump its version in `prompts/registry.yaml` so the eval dashboard picks it up."])


HUMAN_DOCS = [human_one, human_one, contributing, readme_setup, runbook, pr_description]


# ---------------------------------------------------------------- non-AI bots and review summaries
def dependabot(r):
    pkg = pick(r, ["requests", "axios", "lodash", "django", "golang.org/x/net", "serde"])
    a, b = f"{r.randint(1, 5)}.{r.randint(0, 30)}.{r.randint(0, 9)}", f"{r.randint(1, 5)}.{r.randint(0, 30)}.{r.randint(0, 9)}"
    return f"Bumps {pkg} from {a} to {b}.\n\nDependabot will resolve any conflicts with this PR as long as you don't alter it yourself. You can also trigger a rebase manually by commenting `@dependabot rebase`."


def codecov(r):
    return (f"## [Codecov](https://app.codecov.io/gh/acme/{pick(r, REPO)}/pull/{r.randint(100, 4000)}) Report\nAll modified and coverable lines are covered by tests ✅\n"
            f"> Project coverage is {r.uniform(60, 98):.2f}%. Comparing base ({short_sha(r)}) to head ({short_sha(r)}).")


def ci_status(r):
    return f"{pick(r, ['✅', '❌'])} {pick(r, ['build', 'lint', 'test (3.11)', 'e2e'])} — {pick(r, ['Successful in', 'Failing after'])} {r.randint(1, 30)}m{r.randint(0, 59)}s\nDetails: https://github.com/acme/{pick(r, REPO)}/actions/runs/{r.randint(10 ** 9, 10 ** 10)}/job/{r.randint(10 ** 10, 10 ** 11)}"


def review_summary(r):
    who = pick(r, FIRST).title()
    return pick(r, [f"Review on PR #{r.randint(100, 4000)}: {who} approved after the retry loop got a cap; the remaining nit about naming was deferred.",
                    f"{who} asked for the token to be read from the environment instead of settings.py; done in {short_sha(r)}.",
                    f"Two approvals ({who}, {pick(r, FIRST).title()}); merged with squash as {short_sha(r)}.",
                    f"Reviewer concern: the prompt file changed without an eval run. Eval added, accuracy {r.uniform(0.8, 0.95):.2f} vs {r.uniform(0.8, 0.95):.2f} before."])


def renovate(r):
    return f"| Package | Change | Age | Confidence |\n|---|---|---|---|\n| {pick(r, ['pytest', 'ruff', 'vite', 'eslint'])} | `{r.randint(1, 9)}.{r.randint(0, 9)}.{r.randint(0, 9)}` -> `{r.randint(1, 9)}.{r.randint(0, 9)}.{r.randint(0, 9)}` | {r.randint(1, 30)} days | high |"


BOTS = [review_summary, review_summary, dependabot, codecov, ci_status, renovate]


# ---------------------------------------------------------------- non-English docs (for people)
INTL_DOCS = {
    "zh": ["提示词统一放在 `{f}`，代码里不要直接写提示词。", "请在 `.env` 中设置 `{n}`，参考 `.env.example`。应用启动时会检查它。", "修改提示词后需要运行 `make eval`，并把分数表贴到 PR 里。",
           "系统提示词的作用是定义助手的角色、限制和输出格式；具体内容见提示词文件。"],
    "ja": ["プロンプトは `{f}` に置いてあり、コードには直接書かない方針です。", "`.env` に `{n}` を設定してください（`.env.example` を参照）。", "プロンプトを変更したら `make eval` を実行し、スコア表を PR に貼ってください。"],
    "ko": ["프롬프트는 `{f}`에 있고 코드에 직접 쓰지 않습니다.", "`.env`에 `{n}`을 설정하세요 (`.env.example` 참고).", "프롬프트를 바꾸면 `make eval`을 돌리고 점수표를 PR에 붙여 주세요."],
    "de": ["Die Prompts liegen in `{f}` und werden beim Start geladen.", "Setze `{n}` in deiner `.env` (siehe `.env.example`), sonst startet die App nicht.",
           "Nach jeder Prompt-Änderung bitte `make eval` laufen lassen und die Tabelle in den PR kopieren."],
    "fr": ["Les prompts sont stockés dans `{f}`, jamais en dur dans le code.", "Définis `{n}` dans ton fichier `.env` (voir `.env.example`).",
           "Après chaque modification d'un prompt, lance `make eval` et colle le tableau des scores dans la PR."],
    "es": ["Los prompts están en `{f}` y se cargan al arrancar.", "Define `{n}` en tu `.env` (mira `.env.example`).", "Si cambias un prompt, ejecuta `make eval` y pega la tabla de resultados en el PR."],
    "pt": ["Os prompts ficam em `{f}` e são carregados na inicialização.", "Defina `{n}` no seu `.env` (veja `.env.example`).", "Ao mudar um prompt, rode `make eval` e cole a tabela de notas no PR."],
    "ru": ["Промпты лежат в `{f}`, в коде их не пишем.", "Задайте `{n}` в `.env` (см. `.env.example`).", "После изменения промпта запустите `make eval` и вставьте таблицу с оценками в PR."],
    "hi": ["प्रॉम्प्ट `{f}` में रखे जाते हैं, कोड में सीधे नहीं।", "`.env` में `{n}` सेट करें (`.env.example` देखें)।"],
    "tr": ["Promptlar `{f}` içinde tutulur, koda gömülmez.", "`.env` dosyasında `{n}` değerini ayarlayın (`.env.example` dosyasına bakın)."],
    "vi": ["Các prompt được lưu trong `{f}`, không viết trực tiếp trong code.", "Hãy đặt `{n}` trong file `.env` (xem `.env.example`)."],
    "pl": ["Prompty trzymamy w `{f}`, nie w kodzie.", "Ustaw `{n}` w pliku `.env` (zobacz `.env.example`)."],
    "ar": ["تُحفظ الموجّهات في `{f}` ولا تُكتب داخل الشيفرة.", "اضبط `{n}` في ملف `.env` (راجع `.env.example`)."],
    "it": ["I prompt sono in `{f}` e vengono caricati all'avvio.", "Imposta `{n}` nel tuo `.env` (vedi `.env.example`)."],
    "nl": ["De prompts staan in `{f}` en worden bij het opstarten geladen.", "Zet `{n}` in je `.env` (zie `.env.example`)."],
    "uk": ["Промпти зберігаються в `{f}`, у коді їх не пишемо.", "Задайте `{n}` у `.env` (див. `.env.example`)."],
}


def intl_doc(r):
    lang = pick(r, list(INTL_DOCS))
    sents = r.sample(INTL_DOCS[lang], min(len(INTL_DOCS[lang]), r.randint(1, 3)))
    sents = [x.format(f=pick(r, PROMPT_FILES), n=tok_name(r)) for x in sents]
    head = pick(r, ["", "## Prompts\n\n", "## Setup\n\n", "### Config\n\n"])
    return head + ("\n".join("- " + x for x in sents) if len(sents) > 1 and r.random() < 0.5 else " ".join(sents))


def intl_code_comment(r):
    lang = pick(r, FOREIGN)
    c = comment(r, lang)
    return pick(r, [f"# {c}\nclient = OpenAI()\nSYSTEM_PROMPT = load_prompt(\"{pick(r, PROMPT_FILES).split('/')[-1]}\")",
                    f"// {c}\nconst apiKey = process.env.{tok_name(r)};",
                    f"# {c}\n{tok_name(r)}=",
                    f"-- {c}\nSELECT id, created_at FROM api_tokens WHERE revoked_at IS NULL AND last_used_at < now() - interval '90 days';"])


def intl_log(r):
    lang = pick(r, FOREIGN)
    msg = {"zh": "令牌已过期，正在刷新", "ja": "トークンの有効期限が切れたため更新します", "ko": "토큰이 만료되어 갱신합니다", "de": "Token abgelaufen, wird erneuert",
           "fr": "jeton expiré, renouvellement en cours", "es": "token caducado, renovando", "pt": "token expirado, renovando", "ru": "токен истёк, обновляем",
           "hi": "टोकन की अवधि समाप्त, नवीनीकरण जारी", "tr": "belirtecin süresi doldu, yenileniyor", "vi": "token hết hạn, đang làm mới", "pl": "token wygasł, odświeżanie",
           "ar": "انتهت صلاحية الرمز، جارٍ التحديث", "it": "token scaduto, rinnovo in corso", "nl": "token verlopen, wordt vernieuwd", "uk": "токен прострочено, оновлюємо"}[lang]
    return f"{ts(r)} WARN auth.client {msg} client_id={pick(r, REPO)} expires_in=0 request_id={req_id(r)}"


INTL_BENIGN = [intl_doc, intl_code_comment, intl_log]

CATEGORIES = [
    ("benign_llm_code_prompt_external", 95, LLM_CODE, False),
    ("benign_prompt_and_key_docs", 70, PROMPT_DOCS, False),
    ("benign_eval_metrics", 45, EVAL_METRICS, False),
    ("benign_hashes_ids_lockfiles", 55, HASHES, False),
    ("benign_llm_usage_logs_errors", 45, USAGE_LOGS, False),
    ("benign_fake_fixtures", 45, FIXTURES, False),
    ("benign_docs_for_humans", 40, HUMAN_DOCS, False),
    ("benign_bots_and_review_summaries", 35, BOTS, False),
    ("intl_benign_docs_logs", 70, INTL_BENIGN, True),
]

_ = (BRANCHES, BUCKETS, PY_FILES, REGIONS, UP, hms)
