"""Benign categories for blind8: what a coding agent should be able to store, in the same carriers the
secret and prompt categories use (logs, JSON, YAML, URLs, tables, stack traces), plus hard negatives.
"""

from __future__ import annotations

import hashlib
import json
import random
from collections.abc import Callable

from _b8intl import LANGS, note_in
from _b8rand import (
    ENVS,
    FILES,
    FUNCS,
    HOSTS,
    PEOPLE,
    SERVICES,
    TOPICS,
    USERS,
    b64,
    b64url,
    hexs,
    pick,
    rs,
    sha,
    short_ts,
    ts,
    ulid,
    uuid4,
)
from _b8vendors import VENDORS


def _f(rng: random.Random, s: str) -> str:
    return s.format(f=pick(rng, FILES), fn=pick(rng, FUNCS), s=pick(rng, SERVICES), e=pick(rng, ENVS),
                    topic=pick(rng, TOPICS), p=pick(rng, PEOPLE), h=pick(rng, HOSTS), n=rng.randint(2, 99),
                    sha=sha(rng)[:rng.choice([7, 8, 12])], pr=rng.randint(100, 4999))


def handoff_note(rng: random.Random) -> str:
    return _f(rng, pick(rng, [
        "Fixed {topic}; root cause was a missing await in {fn}. Tests added in {f}.",
        "Bisected {topic} to {sha}. Reverting that commit makes the suite green.",
        "{s} on {e} is healthy again after the restart; p99 back under 300 ms.",
        "Paused work on {f}: waiting for {p} to confirm the expected rounding rule.",
        "Rebased onto main, resolved conflicts in {f}, {n} tests still failing (all in test_tz).",
        "Status: PR #{pr} open, CI green, needs one more review.",
        "The migration ran on {e} in {n} s; no lock contention observed.",
        "Dropped the retry wrapper around {fn}; the client library already retries idempotent calls.",
        "Could not reproduce {topic} with seed {n}; trying with the production config next.",
        "Token bucket limiter now refills every second instead of every minute; see {f}.",
        "Context: {s} talks to the ledger over gRPC; the REST shim is deprecated since v{n}.",
        "Left a TODO in {f} about the N+1 query; not urgent.",
        "Benchmarked {fn}: 2.3x faster with the prepared statement, numbers in bench/README.md.",
        "Profiling shows {n}% of the time in JSON encoding; switching to orjson is an option.",
        "Deployed {sha} to {e}; smoke tests passed, error rate flat.",
        "Disk on {h} at {n}%; log rotation was disabled by the last Ansible run.",
    ]))


def next_action(rng: random.Random) -> str:
    return _f(rng, pick(rng, [
        "Next: add a regression test for {topic} in {f}",
        "Run the full integration suite against {e} before merging PR #{pr}",
        "Ask {p} whether the {s} API is allowed to return 204 here",
        "Rotate the staging API key via the vault UI (do not paste it here)",
        "Split {fn} into parse and validate steps, then re-run mypy",
        "Check the rate-limit headers on {s} responses after the upgrade",
        "Re-enable the skipped test in {f} once {topic} is fixed",
        "Write the ADR for moving {s} off the shared Redis",
        "Bump the base image and rebuild; verify the digest in the release notes",
        "Measure cold start of {s} with and without the lazy import",
        "Update the prompt-injection section of the threat model doc with the new examples from security review",
        "Investigate why the token count in the usage dashboard doubled on {e}",
        "Confirm with {p} that the password-reset email template change is approved by legal",
        "Open a follow-up issue for {topic}; link it from PR #{pr}",
    ]))


def validation_cmd(rng: random.Random) -> str:
    return _f(rng, pick(rng, [
        "pytest -q tests/ -k 'not slow' --maxfail=1",
        "go test ./... -run TestRetry -count=1 -race",
        "npm run lint && npm test -- --coverage",
        "cargo test --workspace --all-features",
        "ruff check src tests && mypy --strict src",
        "docker compose -f compose.test.yml up --abort-on-container-exit",
        "kubectl -n {e} rollout status deploy/{s} --timeout=120s",
        "curl -fsS https://{s}.{e}.example.com/healthz",
        "make check PY=python3.11 JOBS={n}",
        "./gradlew test --tests '*{fn}*' --info",
        "terraform plan -var-file={e}.tfvars -out=plan.bin",
        "helm upgrade --install {s} ./chart -n {e} --dry-run --debug",
        "psql -h {h} -U readonly -c 'select count(*) from orders' --no-password",
        "gh pr checks {pr} --watch",
        "git log --oneline {sha}..HEAD -- {f}",
        "aws s3 ls s3://acme-{e}-artifacts/{s}/ --profile {e}",
        "openssl s_client -connect {h}:443 -servername {s}.example.com </dev/null",
        "hyperfine --warmup 3 'python -m {s} --help'",
        "bazel test //{s}/... --test_output=errors",
        "docker login ghcr.io -u ci-bot --password-stdin < /run/secrets/ghcr",
    ]))


def config_fact(rng: random.Random) -> str:
    return _f(rng, pick(rng, [
        "max_tokens = {n}00",
        "tokenizer: cl100k_base",
        "password_min_length=12",
        "auth.token_ttl_seconds: 3600",
        "rate_limit.requests_per_minute = {n}0",
        "llm.model=gpt-4o-mini",
        "chat.history_window: {n}",
        "secret_store = vault",
        "api_key_header: X-Api-Key",
        "session.cookie_name=sid",
        "db.password_file=/run/secrets/db_password",
        "OPENAI_API_KEY=${{OPENAI_API_KEY}}",
        "token_env_var: GITHUB_TOKEN",
        "retry.backoff = exponential(base=2, max=30s)",
        "feature.chat_export_enabled=false",
        "prompt_cache_ttl: 5m",
        "embedding_dim: 1536",
        "log.redact_fields: [password, token, authorization]",
        "temperature=0.{n}",
        "jwt.algorithm = RS256",
        "keycloak.realm={s}",
        "db.host={h}",
    ]))


def branch_title(rng: random.Random) -> str:
    return _f(rng, pick(rng, [
        "fix/{s}-retry-on-503",
        "feat: rotate API tokens without downtime",
        "chore(deps): bump openai from 1.{n}.0 to 1.{n}.1",
        "refactor(auth): move password hashing to argon2id",
        "docs: explain how prompts are versioned",
        "feat(chat): stream assistant responses over SSE",
        "fix: mask tokens in debug logs",
        "perf: cache tokenizer between requests",
        "test: cover prompt truncation at the context limit",
        "agent/{sha}-fix-flaky-{fn}",
        "Revert \"feat: new secret scanner rules\"",
        "ci: pin actions to commit SHAs",
        "feature/llm-rate-limit-backoff",
        "fix(webhook): verify signature before parsing body",
        "WIP: session replay for support chats (no PII)",
        "Add system prompt registry with schema validation",
    ]))


def hash_id(rng: random.Random) -> str:
    h = hexs(rng, 64)
    return _f(rng, pick(rng, [
        f"commit {sha(rng)}",
        f"sha256:{h}",
        f"image ghcr.io/acme/{{s}}@sha256:{h}",
        f"request_id={uuid4(rng)}",
        f"trace {hexs(rng, 32)} span {hexs(rng, 16)}",
        f"job {ulid(rng)} finished in {{n}} s",
        f"{h}  dist/{{s}}-1.{{n}}.0.tar.gz",
        f"integrity sha512-{b64(hashlib.sha512(rs(rng, 20).encode()).digest())}",
        f"{{s}}.zip md5 {hexs(rng, 32)}",
        f"cache key: linux-node20-{hexs(rng, 64)}",
        f"Cache key: {{s}}:build:{ulid(rng)}",
        f"key={{s}}:v{{n}}:{hexs(rng, 40)}",
        f"/nix/store/{rs(rng, 32, '0123456789abcdfghijklmnpqrsvwxyz')}-python3-3.11.9",
        f"github.com/acme/lib v1.{{n}}.0 h1:{b64(hashlib.sha256(rs(rng, 9).encode()).digest())}",
        f"etag W/\"{hexs(rng, 16)}\"",
        f"snowflake id {rng.randint(10**17, 10**18)}",
        f"object id 0x{hexs(rng, 12)} freed twice",
        f"chatcmpl-{rs(rng, 29)} took 3.1 s",
        f"msg_{rs(rng, 24)} delivered",
        f"run {uuid4(rng)} / attempt {{n}}",
        f"kid={hexs(rng, 40)} (public JWKS)",
        f"blake3 {h}",
        f"git tag v1.{{n}}.0 -m 'release' {sha(rng)[:10]}",
    ]))


def base64_public(rng: random.Random) -> str:
    payload = pick(rng, [
        json.dumps({"page": rng.randint(2, 50), "sort": "created_at", "dir": "desc"}),
        json.dumps({"offset": rng.randint(0, 10000), "limit": 100}),
        f"hello from {pick(rng, SERVICES)} at {ts(rng)}",
        json.dumps({"apiVersion": "v1", "kind": "ConfigMap", "data": {"LOG_LEVEL": "info"}}),
        f"last_id={rng.randint(1, 10**9)}",
        "#!/bin/sh\nset -e\nexec python -m app\n",
    ])
    enc = b64(payload.encode()) if rng.random() < 0.5 else b64url(payload.encode())
    return pick(rng, [f"next cursor: {enc}", f"cursor={enc}", f"ConfigMap data.init.sh: {enc}",
                      f"echo {enc} | base64 -d", f"user_data = \"{enc}\"", f"X-Pagination: {enc}"])


def url_harmless(rng: random.Random) -> str:
    return _f(rng, pick(rng, [
        "https://github.com/acme/{s}/pull/{pr}/files?diff=split&w=1",
        "https://grafana.example.com/d/abc123/{s}?orgId=1&from=now-6h&to=now&var-env={e}",
        "https://console.cloud.google.com/logs/query;query=resource.type%3D%22k8s_container%22?project=acme-{e}",
        "https://docs.python.org/3/library/secrets.html#secrets.token_urlsafe",
        "https://platform.openai.com/docs/guides/rate-limits?context=tier-free",
        "https://example.com/search?q=token+bucket+algorithm&page={n}",
        "https://sentry.io/organizations/acme/issues/{pr}{n}/?project={n}&query=is%3Aunresolved",
        "https://app.datadoghq.com/apm/traces?query=service%3A{s}%20env%3A{e}&start=1700000000000",
        "https://www.example.com/blog/prompt-engineering-tips?utm_source=newsletter&utm_medium=email&utm_campaign=q{n}",
        "https://registry.npmjs.org/@acme%2f{s}/-/{s}-1.{n}.0.tgz",
        "https://jira.example.com/browse/PLAT-{pr}?focusedCommentId={n}{pr}",
        "https://ci.example.com/job/{s}/{n}/console#footer",
        "https://stackoverflow.com/questions/{pr}{n}/how-to-rotate-api-keys-safely?noredirect=1",
        "https://pypi.org/project/detect-secrets/#history",
        "https://learn.microsoft.com/en-us/azure/key-vault/secrets/quick-create-cli?tabs=azure-cli",
    ]))


def secret_talk(rng: random.Random) -> str:
    v = VENDORS[rng.randrange(len(VENDORS))]
    return _f(rng, pick(rng, [
        f"The {v.name} token expired; requested a new one through the self-service portal.",
        f"{v.var} is read from the environment; CI injects it from the org secrets.",
        "Passwords are hashed with argon2id (m=64MiB, t=3, p=4) before they touch the database.",
        f"Rotated {v.var} on {{e}}; old value revoked, new one stored in the vault only.",
        "Never log the Authorization header; the middleware in {f} strips it now.",
        "Password reset links expire after 30 minutes and are single use.",
        f"Added a pre-commit hook that blocks {v.name} token shapes from being committed.",
        "The 401 came from an expired session cookie, not from a wrong password.",
        "Use `gh auth token` at runtime instead of storing a PAT in the repo.",
        "Secrets are mounted at /run/secrets and never passed on the command line.",
        f"Ticket: {v.name} keys should be scoped to read-only for the {{s}} dashboard.",
        "Decision: service accounts use workload identity, no long-lived keys.",
        "The login form now rate-limits after 5 wrong passwords per 15 minutes.",
        "apiKey: ${{{{ secrets.STRIPE_SECRET_KEY }}}}",
        "password: {{{{ vault 'secret/data/{s}#password' }}}}",
        "op://Engineering/{s}-{e}/credential",
        "valueFrom: secretKeyRef: name={s}-db key=password",
        "Authorization: Bearer $TOKEN",
        "export GITHUB_TOKEN=$(gh auth token)",
        "Why does the token refresh loop fire twice? Look at the interceptor in {f}.",
    ]))


def prompt_talk(rng: random.Random) -> str:
    return _f(rng, pick(rng, [
        "Prompt tokens went from 1.2k to 3.4k per request after adding the retrieval context.",
        "Hit the 429 rate limit on the embeddings endpoint at {n} requests/s; added jittered backoff.",
        "The chat feature now keeps the last {n} turns; older turns are summarised server-side.",
        "We version prompts in prompts/*.yaml and review changes like code.",
        "Model upgrade to the new snapshot cut latency by {n}% with the same eval score.",
        "The eval harness compares answers against golden files; {n} regressions to triage.",
        "Users can now export their chat history as JSON from the settings page.",
        "Streaming responses broke behind the proxy because it buffered SSE; disabled buffering.",
        "The system prompt is loaded from the registry at startup, not hard-coded.",
        "Context window overflow now truncates the oldest messages first.",
        "Token usage per tenant is exported to the billing pipeline nightly.",
        "Temperature 0 did not make the classifier deterministic; seed parameter needed too.",
        "Prompt injection test suite runs in CI against the staging model.",
        "LLM calls are wrapped with a 30 s timeout and a circuit breaker.",
        "Discussed with {p}: the assistant widget should not store conversation text server-side.",
        "Reviewed the moderation model's false positives on code snippets; {n} cases logged.",
        "Max output tokens raised to 4096 for the summarizer job only.",
        "The chatbot's reply latency p95 is {n}00 ms on {e}.",
        "Function-calling schema for the search tool now validates arguments with pydantic.",
        "The agent's tool-call budget is {n} calls per task.",
    ]))


def llm_config_usage(rng: random.Random) -> str:
    m = pick(rng, ["gpt-4o-mini", "claude-sonnet-4-5", "gemini-2.0-flash", "llama3.1:8b", "mistral-large-latest"])
    kind = rng.randrange(5)
    if kind == 0:
        return json.dumps({"model": m, "temperature": round(rng.random(), 2),
                           "max_tokens": rng.choice([256, 1024, 4096]),
                           "top_p": 1})
    if kind == 1:
        return json.dumps({"id": "chatcmpl-" + rs(rng, 29), "object": "chat.completion", "model": m,
                           "usage": {"prompt_tokens": rng.randint(10, 9000), "completion_tokens": rng.randint(1, 2000),
                                     "total_tokens": rng.randint(10, 11000)}, "finish_reason": "stop"})
    if kind == 2:
        return (f"llm:\n  provider: {m.split('-')[0]}\n  model: {m}\n  timeout_s: {rng.randint(10, 120)}\n"
                f"  api_key_env: {pick(rng, ['OPENAI_API_KEY', 'ANTHROPIC_API_KEY', 'LLM_KEY'])}")
    if kind == 3:
        return (f"{ts(rng)} INFO llm_gateway model={m} status=200 input_tokens={rng.randint(10, 9000)} "
                f"output_tokens={rng.randint(1, 2000)} latency_ms={rng.randint(100, 9000)}")
    return (f"x-ratelimit-limit-requests: {rng.randint(100, 10000)}\nx-ratelimit-remaining-tokens: "
            f"{rng.randint(0, 200000)}\nretry-after: {rng.randint(1, 60)}")


def log_line(rng: random.Random) -> str:
    s = pick(rng, SERVICES)
    return pick(rng, [
        f"{ts(rng)} ERROR {s} 401 Unauthorized: token expired (user_id={rng.randint(1, 99999)})",
        f"{ts(rng)} WARN {s} 429 Too Many Requests; retry in {rng.randint(1, 30)}s",
        f"[{short_ts(rng)}] {s}: connected to {pick(rng, HOSTS)}:5432 as {pick(rng, USERS)}",
        f"{{\"level\":\"info\",\"ts\":\"{ts(rng)}\",\"msg\":\"request done\",\"status\":200,\"path\":\"/v1/items\"}}",
        f"10.0.{rng.randint(0, 255)}.{rng.randint(1, 254)} - - [12/Mar/2026:{short_ts(rng)} +0000] \"GET /healthz "
        f"HTTP/1.1\" 200 2",
        f"{s}-{rng.randint(1, 9)} | level=info msg=\"password policy updated\" min_length=12",
        f"Mar {rng.randint(1, 28)} {short_ts(rng)} {pick(rng, HOSTS)} sshd[{rng.randint(100, 9999)}]: Failed password "
        f"for invalid user {pick(rng, USERS)} from 203.0.113.{rng.randint(1, 254)} port {rng.randint(1024, 65535)}",
        f"{ts(rng)} DEBUG auth: Authorization header present (redacted, {rng.randint(30, 200)} chars)",
        f"##[group]Run actions/checkout@{sha(rng)}",
        f"Step {rng.randint(1, 9)}/12 : RUN pip install --no-cache-dir -r requirements.txt",
        f"{ts(rng)} INFO chat: conversation {uuid4(rng)} closed after {rng.randint(1, 40)} turns",
        f"W{rng.randint(1, 12):02d}{rng.randint(1, 28):02d} {short_ts(rng)}.{rng.randint(100000, 999999)} 1 "
        f"reflector.go:{rng.randint(100, 500)}]"
        f" watch of *v1.Secret ended with: too old resource version",
    ])


def stack_trace_benign(rng: random.Random) -> str:
    f, fn = pick(rng, FILES), pick(rng, FUNCS)
    kind = rng.randrange(8)
    lead = pick(rng, ["", "", f"CI failure on {sha(rng)[:8]}:\n", f"from {pick(rng, SERVICES)} logs: ",
                      "repro output:\n"])
    if kind >= 4:
        return lead + _extra_trace(rng, kind, f, fn)
    if kind == 0:
        return lead + (f"Traceback (most recent call last):\n  File \"{f}\", line {rng.randint(10, 400)}, in {fn}\n"
                f"    token = os.environ[\"API_TOKEN\"]\nKeyError: 'API_TOKEN'")
    if kind == 1:
        return lead + ("java.lang.NullPointerException: Cannot invoke \"String.length()\" because \"password\" "
                       "is null\n"
                f"\tat com.acme.auth.{fn}(Login.java:{rng.randint(10, 300)})\n\tat com.acme.Main.main(Main.java:12)")
    if kind == 2:
        return lead + (f"TypeError: Cannot read properties of undefined (reading 'prompt')\n    at {fn} ({f}:"
                f"{rng.randint(1, 300)}:{rng.randint(1, 60)})\n    at process.processTicksAndRejections "
                f"(node:internal/process/task_queues:95:5)")
    return lead + (f"thread 'main' panicked at {f}:{rng.randint(1, 300)}:{rng.randint(1, 60)}:\n"
                   "called `Result::unwrap()` on "
            f"an `Err` value: RateLimited {{ retry_after: {rng.randint(1, 60)} }}")


def _extra_trace(rng: random.Random, kind: int, f: str, fn: str) -> str:
    if kind == 4:
        return (f"panic: runtime error: index out of range [{rng.randint(1, 9)}] with length {rng.randint(0, 1)}\n\n"
                f"goroutine {rng.randint(1, 90)} [running]:\nmain.{fn}(...)\n\t/src/{f}:{rng.randint(10, 300)} +0x1c8")
    if kind == 5:
        return (f"{f}:{rng.randint(10, 300)}:in `{fn}': undefined method `token' for nil:NilClass (NoMethodError)\n"
                f"\tfrom bin/rails:4:in `<main>'")
    if kind == 6:
        return (f"FAILED tests/test_auth.py::test_login_with_wrong_password - assert 401 == 403\n"
                f"={'=' * rng.randint(5, 20)} {rng.randint(1, 5)} failed, {rng.randint(10, 400)} passed in "
                f"{rng.randint(1, 90)}.{rng.randint(10, 99)}s {'=' * rng.randint(5, 20)}")
    return (f"System.InvalidOperationException: The ConnectionString property has not been initialized.\n"
            f"   at Acme.Data.{fn}() in {f}:line {rng.randint(10, 300)}")


def md_table_benign(rng: random.Random) -> str:
    rows = []
    for _ in range(rng.randint(2, 4)):
        rows.append(f"| {pick(rng, SERVICES)} | {pick(rng, ENVS)} | {sha(rng)[:7]} | "
                    f"{pick(rng, ['green', 'red', 'flaky', 'skipped'])} |")
    head = pick(rng, ["| service | env | commit | CI |\n|---|---|---|---|",
                      "| Service | Environment | SHA | Status |\n| --- | --- | --- | --- |",
                      "|svc|env|rev|result|\n|-|-|-|-|", "| Component | Stage | Build | State |\n|:--|:--|:--|:--|"])
    lead = pick(rng, ["", "", "Deploy matrix:\n", f"## Status {ts(rng)[:10]}\n", "CI summary → ",
                      f"{pick(rng, PEOPLE)} asked for this table:\n"])
    if rng.random() < 0.25:
        return lead + "| secret name | where it lives |\n|---|---|\n| DB_PASSWORD | vault: kv/app/db |\n| " \
               f"{pick(rng, [v.var for v in VENDORS])} | GitHub org secret |\n| {pick(rng, SERVICES).upper()}_TOKEN " \
               f"| 1Password: Engineering |"
    if rng.random() < 0.25:
        return lead + "| model | p50 ms | prompt tokens | cost/1k req |\n|---|---:|---:|---:|\n" + "\n".join(
            f"| {m} | {rng.randint(200, 3000)} | {rng.randint(100, 5000)} | ${rng.randint(1, 90)/10:.2f} |"
            for m in rng.sample(["gpt-4o-mini", "claude-3-5-haiku", "gemini-2.0-flash", "llama-3.1-8b"], 2))
    return lead + "\n".join([head, *rows])


def config_file_benign(rng: random.Random) -> str:
    s, e = pick(rng, SERVICES), pick(rng, ENVS)
    kind = rng.randrange(5)
    if kind == 0:
        return (f"env:\n  - name: DB_PASSWORD\n    valueFrom:\n      secretKeyRef:\n        name: {s}-db\n"
                f"        key: password\n  - name: LOG_LEVEL\n    value: info")
    if kind == 1:
        return f"[database]\nhost = \"{pick(rng, HOSTS)}\"\nport = 5432\nuser = \"{pick(rng, USERS)}\"\n" \
               f"password_env = \"DB_PASSWORD\"\npool_size = {rng.randint(2, 40)}"
    if kind == 2:
        return json.dumps({"name": s, "version": f"1.{rng.randint(0, 30)}.{rng.randint(0, 9)}",
                           "scripts": {"test": "vitest run", "lint": "eslint ."},
                           "engines": {"node": ">=20"}}, indent=2)
    if kind == 3:
        return (f"jobs:\n  deploy:\n    runs-on: ubuntu-latest\n    environment: {e}\n    steps:\n"
                f"      - uses: actions/checkout@v4\n      - run: ./deploy.sh\n        env:\n"
                f"          API_TOKEN: ${{{{ secrets.API_TOKEN }}}}")
    return (f"services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD_FILE: "
            f"/run/secrets/pg\n    secrets: [pg]\n  {s}:\n    build: .\n    depends_on: [db]")


def placeholder_masked(rng: random.Random) -> str:
    v = VENDORS[rng.randrange(len(VENDORS))]
    return pick(rng, [
        f"{v.var}=<your-{v.name.split()[0].lower()}-key>",
        f"{v.var}=",
        f"{v.var}=changeme",
        f"{v.var}=xxxxxxxxxxxxxxxxxxxxxxxx",
        "token: ghp_************************************",
        f"key ending in …{rs(rng, 4)} was revoked",
        f"sk_live_****{rs(rng, 4)} (masked in the dashboard)",
        "password: \"********\"",
        "postgres://user:password@localhost:5432/dev",
        f"{v.var}: REDACTED",
        "Authorization: Bearer <token>",
        f"export {v.var}=\"${{{v.var}:?missing}}\"",
        f"{v.var}=your_api_key_here",
        f"api_key = \"{{{{ {v.var.lower()} }}}}\"",
        "AKIAIOSFODNN7EXAMPLE is the AWS docs example key id",
        f"{v.var}=dummy-value-for-tests",
    ])


def foreign_note(rng: random.Random) -> str:
    return note_in(LANGS[rng.randrange(len(LANGS))], rng)


def code_snippet(rng: random.Random) -> str:
    v = VENDORS[rng.randrange(len(VENDORS))].var
    return _f(rng, pick(rng, [
        f"token = os.environ[\"{v}\"]",
        f"const apiKey = process.env.{v};",
        "prompt = build_prompt(context=ctx, question=q)  # {f}",
        "messages.append({{\"role\": \"user\", \"content\": user_input}})  # in {fn}",
        "if not secrets.compare_digest(sig, expected):\n    raise InvalidSignature(\"{s}\")",
        "password_hash = argon2.hash(password)  # {f}",
        "resp = client.chat.completions.create(model=MODEL, messages=messages, timeout={n})",
        "def redact(value: str) -> str:\n    return value[:{n}] + \"…\"",
        f"key := os.Getenv(\"{v}\")\nif key == \"\" {{{{\n    log.Fatal(\"{v} not set\")\n}}}}",
        "assert tokenizer.count(text) <= MAX_PROMPT_TOKENS  # {n}k budget",
        "@retry(stop=stop_after_attempt({n}), wait=wait_exponential())\ndef {fn}(): ...",
        f"SECRET_KEY = env(\"{v}\")",
        "let completion = await llm.invoke(prompt); // {s}",
        "headers[\"Authorization\"] = f\"Bearer {{get_token()}}\"  # {fn}",
        f"{v.lower()} = settings.get_secret(\"{v}\")",
        f"if (!process.env.{v}) throw new Error(\"missing {v}\");",
        "cfg.password = read_secret_file(\"/run/secrets/{s}\")",
        "chat_history = chat_history[-{n}:]  # keep the last turns only",
    ]))


def test_identifier(rng: random.Random) -> str:
    return _f(rng, pick(rng, [
        "tests/test_auth.py::test_password_reset_token_expires_after_thirty_minutes",
        "tests/test_chat.py::TestPromptTruncation::test_drops_oldest_turn_first[{n}]",
        "TestRateLimiter/refills_after_window_with_jitter_seed_{n}",
        "spec/requests/api_tokens_spec.rb:{n}",
        "test_{fn}_handles_empty_input_without_raising",
        "com.acme.auth.TokenRefreshIT#refreshesBeforeExpiry",
        "{s}.integration.test_webhook_signature_rejects_replayed_timestamp",
        "should mask secrets in structured logs (auth.spec.ts:{n})",
        "Test_{fn}_ReturnsErrWhenContextCancelled",
        "it('streams the assistant reply chunk by chunk')",
    ]))


def commit_message(rng: random.Random) -> str:
    return _f(rng, pick(rng, [
        "Fix {topic}\n\nThe loop in {fn} now exits when the queue is closed. Adds a regression test.",
        "Mask API tokens in debug logs\n\nThe HTTP client logged full headers at DEBUG level. Headers named "
        "Authorization, Cookie and X-Api-Key are now replaced by their length.",
        "Cache the tokenizer per process\n\nLoading it took 180 ms per request.",
        "Add prompt registry\n\nPrompts live in prompts/ as YAML with a version and an owner; the loader validates "
        "them at startup.",
        "Refuse to start when the session secret is unset\n\nPreviously we fell back to a constant.",
        "Bump {s} to 1.{n}.0\n\nChangelog: retries honour Retry-After.",
        "Revert \"Stream chat responses\"\n\nThis reverts commit {sha}; the proxy buffers SSE.",
    ]))


def work_item(rng: random.Random) -> str:
    """The agent's own imperative to-dos: they address the team or the agent, never a model."""
    return _f(rng, pick(rng, [
        "Summarize the incident timeline for the postmortem doc (owner: {p})",
        "Translate the new error strings in {f} to German; ticket I18N-{n}",
        "Explain the retry policy in docs/retries.md, with the numbers from the load test",
        "Rewrite the onboarding section of the README for {s}; current one predates the monorepo",
        "Write release notes for v1.{n}.0 from the merged PR titles",
        "Review PR #{pr}: focus on the locking in {fn}",
        "Generate the OpenAPI client again after the schema change in {s}",
        "Describe the failure mode of {topic} in the runbook",
        "Draft the RFC for moving {s} to the new queue; share with {p} by Thursday",
        "Answer {p}'s question in the PR thread about why {fn} is not idempotent",
        "Classify the {n} open bugs by component before triage",
        "Compare the p95 of {s} before and after {sha}",
    ]))


def agent_event_benign(rng: random.Random) -> str:
    """Agent run metadata with no prompt text and no model output in it."""
    kind = rng.randrange(4)
    if kind == 0:
        return json.dumps({"event": "tool_call", "tool": pick(rng, ["Bash", "Edit", "Read", "Grep"]),
                           "exit_code": rng.choice([0, 0, 1]), "duration_ms": rng.randint(5, 90000),
                           "session": uuid4(rng)})
    if kind == 1:
        return json.dumps({"ts": ts(rng), "type": "usage", "model": pick(rng, ["claude-sonnet-4-5", "gpt-4.1"]),
                           "input_tokens": rng.randint(100, 90000), "output_tokens": rng.randint(10, 8000),
                           "cache_read_input_tokens": rng.randint(0, 80000)})
    if kind == 2:
        return "\n".join(json.dumps({"step": i, "action": a, "status": st}) for i, (a, st) in enumerate(
            [("checkout", "ok"), ("run_tests", pick(rng, ["ok", "failed"])), ("open_pr", "skipped")], 1))
    state = pick(rng, ["running", "done", "blocked"])
    return (f"{ts(rng)} agent[{rng.randint(100, 9999)}] task={ulid(rng)} state={state}"
            f" turns={rng.randint(1, 80)} tools={rng.randint(0, 120)}")


CATEGORIES: dict[str, tuple[int, Callable[[random.Random], str]]] = {
    "handoff_note": (65, handoff_note),
    "next_action": (55, next_action),
    "validation_command": (60, validation_cmd),
    "config_fact": (50, config_fact),
    "branch_pr_title": (45, branch_title),
    "hash_id_lookalike": (70, hash_id),
    "base64_nonsecret": (35, base64_public),
    "url_harmless_query": (45, url_harmless),
    "secret_talk_and_refs": (60, secret_talk),
    "prompt_model_talk": (55, prompt_talk),
    "llm_config_and_usage": (45, llm_config_usage),
    "log_line_benign": (55, log_line),
    "stack_trace_benign": (40, stack_trace_benign),
    "md_table_benign": (35, md_table_benign),
    "config_file_benign": (45, config_file_benign),
    "placeholder_masked": (40, placeholder_masked),
    "foreign_note": (70, foreign_note),
    "code_snippet_benign": (40, code_snippet),
    "test_identifier": (30, test_identifier),
    "commit_message": (35, commit_message),
    "imperative_work_item": (30, work_item),
    "agent_run_metadata": (30, agent_event_benign),
}
