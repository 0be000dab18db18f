# ruff: noqa: E501, RUF001 - corpus data: long literal lines and non-Latin punctuation are the point
"""Benign categories: ordinary engineering text `handoff` must accept, with many hard negatives.

Labelling rule: a line is `benign` when it carries no usable credential value and is not a
prompt, model output or conversation. Hashes, ids, digests, public keys, base64 of public
data, secret *references* (names, paths, template expressions) and obvious placeholders
stay benign, as does engineering talk about models, prompts and chat features, and an
agent's own imperative next actions.
"""

from __future__ import annotations

import base64
import json
import random
from collections.abc import Callable

from _rand import (
    ALNUM,
    B64,
    BASE32,
    CROCKFORD,
    MODELS,
    PROVIDERS,
    alnum,
    b64_bytes,
    b64_text,
    b64url_json,
    chars,
    digits,
    env,
    git_sha,
    hexs,
    host,
    pr,
    repo,
    service,
    ulid,
    user,
    uuid4,
)

Gen = Callable[[random.Random], str]

TESTS = ["tests/test_lock.py", "tests/test_store.py", "tests/test_cli.py", "tests/unit/test_parser.py",
         "spec/models/user_spec.rb", "pkg/queue/queue_test.go", "src/__tests__/api.test.ts", "tests/test_scan.py"]
FILES = ["handoff/store.py", "src/parser.rs", "app/api/routes.py", "cmd/server/main.go", "web/src/App.tsx",
         "internal/cache/lru.go", "lib/billing/invoice.rb", "Makefile", "pyproject.toml", ".github/workflows/ci.yml"]
BRANCH_WORDS = ["lock-timeout", "flaky-ci", "retry-backoff", "json-output", "purge-tombstone", "schema-v3",
                "scan-quarantine", "mcp-server", "windows-paths", "rate-limit", "doctor-fix", "brief-format"]


def _sha(rng: random.Random) -> str:
    return git_sha(rng, rng.choice([7, 8, 12, 40]))


def _note_ci(rng: random.Random) -> str:
    s = _sha(rng)
    n = pr(rng)
    return rng.choice([
        f"CI green on {s}, PR #{n} open",
        f"PR #{n} merged into main at {s}; release notes still pending",
        f"build {rng.randint(1000, 9999)} failed on macos-14 only: timeout in {rng.choice(TESTS)}",
        f"{rng.randint(1, 9)} failed, {rng.randint(100, 900)} passed on {s}",
        f"waiting for review on #{n}; {user(rng)} asked for a test of the empty-store case",
        f"rebased fix/{rng.choice(BRANCH_WORDS)} onto main ({s}), conflicts in {rng.choice(FILES)} resolved",
        f"the flaky test is {rng.choice(TESTS)}::test_concurrent_append, fails 1 in ~30 runs",
        f"coverage dropped from 91.2% to 89.7% after {s}",
        f"deploy to {env(rng)} done at 14:{rng.randint(10, 59)} UTC, version 1.{rng.randint(0, 30)}.{rng.randint(0, 9)}",
        f"issue #{rng.randint(1, 400)} reproduced on Python 3.{rng.choice([10, 11, 12, 13])}, not on 3.{rng.choice([10, 11, 12, 13])}",
        f"lint clean, mypy strict clean, {rng.randint(200, 600)} tests pass on {s}",
        f"reverted {s} because it broke the windows job",
        f"PR #{n}: approved by {user(rng)}, needs one more approval from a code owner",
        f"nightly bench: append p50 {rng.randint(1, 9)}.{rng.randint(0, 9)} ms, p99 {rng.randint(10, 40)} ms",
        f"cherry-picked {s} onto release/1.{rng.randint(0, 9)}",
    ])


def _next_action(rng: random.Random) -> str:
    return rng.choice([
        "fix the parser, then update the docs",
        "rerun the flaky test, then ping review",
        f"add a regression test for #{rng.randint(1, 400)} before touching the lock code",
        f"bump {rng.choice(['orjson', 'pydantic', 'click', 'filelock'])} to the latest minor and rerun the suite",
        f"rewrite {rng.choice(FILES)} so that it no longer shells out to git",
        f"split {rng.choice(FILES)} into two modules: parsing and validation",
        "ask the lead whether the schema change needs a migration",
        "check why the windows runner is 3x slower than linux",
        f"rename `{rng.choice(['tok', 'buf', 'res', 'tmp'])}` to something descriptive in {rng.choice(FILES)}",
        "remove the debug print before merging",
        "document the new --json flag in README and the man page",
        f"answer review on #{pr(rng)}",
        "delete the stale branches older than 90 days",
        "make the retry loop back off exponentially with jitter",
        "profile the cold start and cut imports from the CLI entry point",
        "write the changelog entry, then tag v0.4.0",
        "rotate the staging API key via the vault UI and update the secret reference",
        "explain the locking strategy in docs/design.md",
        "summarize the benchmark results in the PR description",
        "translate the error messages for the German locale",
        "generate the JSON schemas again and commit them",
        f"TODO: handle the empty input case in {rng.choice(FILES)}",
        "next: reproduce the crash with a full disk, then add a test",
        "refactor the config loader so that it reads .python-version",
        "review the prompt template change in PR #" + str(pr(rng)) + " and measure token counts",
        "try claude-haiku-4-5 for the summarizer and compare cost",
        "re-record the demo gif after the show output change",
        "write a short migration guide for users on 0.3",
        f"investigate the 502s from {service(rng)} between 02:00 and 02:15",
        "pin the CI image to ubuntu-24.04",
        "add a --dry-run option to purge",
        "convert the remaining unittest classes to pytest functions",
        "make sure scan reports span offsets in characters, not bytes",
        "clean up the fixtures folder and regenerate",
        "open an issue upstream about the uv cache bug",
        "replace the fixed sleep in the test with a pipe the child writes to",
    ]) + rng.choice(["", "", "", f" (blocked on #{pr(rng)})", " before Friday", f" - {user(rng)}"])


def _validation(rng: random.Random) -> str:
    t = rng.choice(TESTS)
    return rng.choice([
        f"pytest -q {t}",
        f"pytest -q {t} -k test_{rng.choice(BRANCH_WORDS).replace('-', '_')}",
        "make lint",
        "ruff check handoff tests bench && mypy handoff",
        "go test ./... -race -count=1",
        "cargo test --workspace --all-features",
        "npm run test -- --runInBand",
        f"handoff run -- pytest -q {t}",
        "python -m pytest -x --maxfail=1 -p no:cacheprovider",
        "bundle exec rspec spec/models",
        "tox -e py311,py312",
        f"pytest -q tests -m 'not slow'  # exit 0 on {git_sha(rng, 7)}",
        "./gradlew test --tests '*LockTest'",
        "mvn -q -pl core verify",
        "dotnet test --filter Category=Unit",
        "yarn tsc --noEmit && yarn eslint .",
        f"validation: `pytest -q` exit {rng.choice([0, 1])} in {rng.randint(5, 90)}.{rng.randint(0, 9)}s on {git_sha(rng, 7)}",
        "pre-commit run --all-files",
        "shellcheck scripts/*.sh",
        "terraform validate && terraform plan -out plan.tfplan",
        "helm lint charts/api",
        "docker build -t api:dev . && docker run --rm api:dev pytest",
    ])


def _config_fact(rng: random.Random) -> str:
    return rng.choice([
        f"python={rng.choice(['3.11', '3.12', '3.11.9', '3.13'])}",
        f"node={rng.choice(['20.11.1', '22.3.0', '18.19.0'])}",
        "package manager: uv",
        f"default branch: {rng.choice(['main', 'master', 'trunk', 'develop'])}",
        f"HANDOFF_LOCK_TIMEOUT={rng.randint(5, 60)}",
        f"max_workers = {rng.randint(2, 32)}",
        f"timeout_seconds: {rng.randint(5, 300)}",
        f"region=eu-{rng.choice(['west', 'central', 'north'])}-{rng.randint(1, 3)}",
        f"postgres {rng.randint(13, 17)} on port 5432",
        "line-length = 120 (ruff)",
        f"LOG_LEVEL=debug in {env(rng)}",
        "feature flag new_checkout=off",
        f"replicas: {rng.randint(1, 12)}",
        f"go 1.{rng.randint(20, 23)}",
        "TZ=UTC for all CI jobs",
        f"cache_ttl={rng.randint(1, 3600)}s",
        "tests must not use fixed sleeps",
        f"source: .python-version; value 3.{rng.randint(10, 13)}",
        "build backend: hatchling",
        "DB_HOST=localhost",
        f"worker concurrency {rng.randint(1, 64)}",
        "ssl_mode=require",
        f"retention_days = {rng.choice([7, 14, 30, 90])}",
        "pool_size: 20",
        "password_min_length = 12",
        "token_expiry_minutes = 15",
        "session_cookie_secure = true",
        "auth_provider = oidc",
    ])


def _branch(rng: random.Random) -> str:
    w = rng.choice(BRANCH_WORDS)
    return rng.choice([
        f"fix/{w}", f"feat/{w}", f"{user(rng).split('.')[0]}/{w}", f"release/1.{rng.randint(0, 20)}",
        f"dependabot/pip/{rng.choice(['orjson', 'pydantic', 'ruff'])}-{rng.randint(1, 4)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}",
        f"renovate/{rng.choice(['node', 'actions-checkout', 'python'])}-{rng.randint(3, 22)}.x",
        f"hotfix/{w}-{rng.randint(1, 99)}", f"issue-{rng.randint(1, 500)}-{w}", f"chore/{w}",
        f"branch {rng.choice(['fix', 'feat'])}/{w} tracks origin, ahead 2, behind 0",
        f"claude/{w}-{hexs(rng, 6)}", f"codex/{w}",
    ])


def _model_health(rng: random.Random) -> str:
    m = rng.choice(MODELS)
    p = rng.choice(PROVIDERS)
    return rng.choice([
        f"{p} {m} rate_limited until 14:{rng.randint(10, 59)} UTC",
        f"{m}: healthy, p50 latency {rng.randint(300, 4000)} ms",
        f"{p} returned 529 overloaded for {m} {rng.randint(2, 20)} times in the last hour",
        f"{m} remaining requests 0/{rng.choice([50, 100, 1000])}, reset in {rng.randint(1, 59)}m",
        f"switched the default model to {m}",
        f"{p}: degraded, falling back to {rng.choice(MODELS)}",
        f"handoff health {p} {m} ok --remaining {rng.randint(1, 500)}",
        f"{m} context window 200k, max output {rng.choice([4096, 8192, 16384, 64000])} tokens",
        f"{p} status page reports elevated errors on {m}",
        f"error_class=rate_limit_error for {m}; retry-after {rng.randint(1, 120)}s",
        f"{m} timed out after {rng.randint(30, 600)}s on the long refactor job",
    ])


def _model_engineering(rng: random.Random) -> str:
    m = rng.choice(MODELS)
    return rng.choice([
        f"prompt caching cut p50 latency by {rng.randint(10, 70)}%",
        f"switched the default model to {m}",
        f"the system prompt template lives in prompts/{rng.choice(['review', 'summarize', 'triage'])}.md; keep it under 2k tokens",
        "chat widget fails to render on Safari 17 when the transcript is longer than 200 messages",
        f"bumped max_tokens from 1024 to {rng.choice([2048, 4096, 8192])} for the summarizer",
        f"eval: {m} scores {rng.randint(50, 95)}% on our refactor benchmark vs {rng.randint(40, 90)}% for {rng.choice(MODELS)}",
        "added 12 few-shot examples to the classifier eval set; accuracy went up 4 points",
        "the JSON-mode output from the extractor sometimes misses the closing brace; added a repair step",
        "streaming responses now flush every 50 ms in the chat UI",
        "we never store prompts or completions; only token counts and latency",
        f"temperature set to 0 for the test generator on {m}",
        "conversation history is truncated to the last 20 turns before the request",
        "the prompt injection filter flags 3% of support tickets; review the false positives",
        "tool-use loop stops after 25 steps to avoid runaway agents",
        "moved the chat transcripts table to cold storage after 30 days",
        f"token usage last week: {rng.randint(1, 90)}M input, {rng.randint(1, 20)}M output",
        "system prompt changes now go through code review like any other change",
        "the assistant feature is behind the ai_assistant flag for beta users",
        "embedding model changed, so the vector index must be rebuilt",
        f"{m} handles the 150k-token repo summary; the smaller model truncates",
        "rate limiter for the chat endpoint: 20 messages per minute per user",
        "RAG retrieval returns top 8 chunks; raising it to 12 did not help recall",
        "structured outputs removed the need for the regex post-processing",
        "the completion endpoint is deprecated; migrate to the messages API",
        "log the model id and request id of each call, never the content",
        "fine-tune job ft-" + alnum(rng, 12).lower() + " finished, eval loss 0.41",
        "A/B test: shorter system prompt had equal quality and 18% lower cost",
        "the reply parser expects exactly one fenced code block",
        "the chatbot answered in English to French users; locale is now passed through",
        "agent transcripts are written to a local debug dir only when HANDOFF_DEBUG=1",
        "prompt length histogram shows a long tail above 30k tokens",
        f"batch API on {m} halves the cost for the nightly summarization job",
        "reasoning effort set to low for the triage agent",
        "the few-shot block adds 900 tokens per call; consider caching it",
        "context compaction triggers at 80% of the window",
    ])


def _git_hash(rng: random.Random) -> str:
    a = git_sha(rng)
    b = git_sha(rng)
    return rng.choice([
        a, a[:7], f"commit {a}", f"{a[:7]}..{b[:7]}", f"git show {a[:10]}", f"HEAD is now at {a[:7]} fix lock timeout",
        f"Merge: {a[:7]} {b[:7]}", f"tree {a}\nparent {b}", f"git bisect good {a}", f"fixed in {a[:12]}",
        f"Change-Id: I{hexs(rng, 40)}", f"{a}\trefs/heads/main", f"index {a[:7]}..{b[:7]} 100644",
    ])


def _digest(rng: random.Random) -> str:
    return rng.choice([
        f"sha256:{hexs(rng, 64)}",
        f"ghcr.io/{repo(rng)}@sha256:{hexs(rng, 64)}",
        f'"integrity": "sha512-{b64_bytes(rng, 64)}"',
        f"github.com/pkg/errors v0.9.1 h1:{b64_bytes(rng, 32)}",
        f"requests==2.32.3 --hash=sha256:{hexs(rng, 64)}",
        f"{hexs(rng, 64)}  dist/handoff_store-0.1.0-py3-none-any.whl",
        f"md5sum: {hexs(rng, 32)}  backup.tar.gz",
        f'checksum = "{hexs(rng, 64)}"',
        f"Digest: sha256:{hexs(rng, 64)}\nStatus: Downloaded newer image for python:3.11-slim",
        f"ETag: \"{hexs(rng, 32)}\"",
        f"/nix/store/{chars(rng, '0123456789abcdfghijklmnpqrsvwxyz', 32)}-python3-3.11.9",
        f"sha1 {hexs(rng, 40)} matches the release asset",
        f"container {hexs(rng, 12)} exited with code 137",
        f"cache key: pip-{rng.choice(['linux', 'macos'])}-{hexs(rng, 64)}",
        f"docker image id {hexs(rng, 64)}",
        f"resolved \"https://registry.npmjs.org/lodash/-/lodash-4.17.21.tgz#{hexs(rng, 40)}\"",
        f"blake3 {hexs(rng, 64)}",
        f"X-Content-SHA256: {hexs(rng, 64)}",
        f"SRI: sha384-{b64_bytes(rng, 48)}",
    ])


def _ids(rng: random.Random) -> str:
    return rng.choice([
        uuid4(rng), ulid(rng), f"event {ulid(rng)} stored at seq {rng.randint(1, 9000)}",
        f"X-Request-Id: {uuid4(rng)}", f"traceparent: 00-{hexs(rng, 32)}-{hexs(rng, 16)}-01",
        f"trace_id={hexs(rng, 32)} span_id={hexs(rng, 16)}", f"ksuid {chars(rng, ALNUM, 27)}",
        f"snowflake id {digits(rng, 19)}", f"job {uuid4(rng)} finished in {rng.randint(1, 99)}s",
        f"request id req_{alnum(rng, 14)} returned 500", f"run_id={rng.randint(10**9, 10**10)}",
        f"correlation-id: {uuid4(rng)}", f"AWS request id {uuid4(rng).upper()}",
        f"msg_{alnum(rng, 24)} (anthropic message id, for support)", f"chatcmpl-{alnum(rng, 29)} took 2.1s",
        f"instance i-{hexs(rng, 17)} in subnet subnet-{hexs(rng, 17)}", f"arn:aws:iam::{digits(rng, 12)}:role/ci-deploy",
        f"project id {service(rng)}-{digits(rng, 6)}", f"GCP operation operation-{digits(rng, 13)}-{hexs(rng, 8)}",
        f"session {_session_id(rng)}", f"device {chars(rng, CROCKFORD, 8)}-{chars(rng, CROCKFORD, 4)}",
        f"Stripe customer cus_{alnum(rng, 14)} has 2 open invoices", f"charge ch_{alnum(rng, 24)} refunded",
        f"Sentry event {hexs(rng, 32)}", f"workflow run {digits(rng, 10)} attempt 2",
        f"tenant_id: {uuid4(rng)}", f"object key uploads/{uuid4(rng)}.png",
    ])


def _session_id(rng: random.Random) -> str:
    return f"sess-{ulid(rng).lower()}"


def _base64_public(rng: random.Random) -> str:
    data = rng.choice([
        '{"theme":"dark","page":2}', "hello world", "Build succeeded on runner 4", '{"offset":50,"limit":25}',
        "<svg xmlns='http://www.w3.org/2000/svg'/>", "version=1.4.2\nchannel=stable", "[1,2,3,4]",
        "The quick brown fox jumps over the lazy dog", '{"alg":"none"}', "user-agent: handoff/0.1",
    ])
    e = b64_text(data)
    return rng.choice([
        f"echo {e} | base64 -d",
        f"cursor={base64.urlsafe_b64encode(data.encode()).decode()}",
        f"data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4{chars(rng, B64, 20)}AAAAAElFTkSuQmCC",
        f"binaryData:\n  banner.txt: {e}",
        f"the fixture encodes {data!r} as {e}",
        f"next_page_token: {b64url_json({'after': rng.randint(1, 9999), 'sort': 'created'})}",
        f"Content-Transfer-Encoding: base64\n\n{e}",
        f"font: url(data:font/woff2;base64,d09GMgABAAAAA{chars(rng, B64, 60)})",
        f"expected output: {e}",
        f"etag b64 {b64_bytes(rng, 16)}",
        f"icon = \"data:image/svg+xml;base64,{b64_text('<svg viewBox=' + repr('0 0 16 16') + '/>')}\"",
    ])


def _public_key(rng: random.Random) -> str:
    return rng.choice([
        f"ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{chars(rng, B64, 43)} {user(rng)}@laptop",
        f"ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ{chars(rng, B64, 360)} deploy@ci",
        f"{host(rng)} ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBB{chars(rng, B64, 80)}=",
        f"age1{chars(rng, 'qpzry9x8gf2tvdw0s3jn54khce6mua7l', 58)}",
        f"[Peer]\nPublicKey = {b64_bytes(rng, 32)}\nAllowedIPs = 10.8.0.0/24\nEndpoint = {host(rng)}:51820",
        f"GPG key fingerprint {' '.join(hexs(rng, 4).upper() for _ in range(10))}",
        f"signing key ID {hexs(rng, 16).upper()}",
        f'{{"kty":"RSA","e":"AQAB","kid":"{alnum(rng, 8)}","n":"{b64_bytes(rng, 256, url=True)}"}}',
        "-----BEGIN PUBLIC KEY-----\n" + "\n".join(b64_bytes(rng, 48) for _ in range(5)) + "\n-----END PUBLIC KEY-----",
        "-----BEGIN CERTIFICATE-----\n" + "\n".join(b64_bytes(rng, 48) for _ in range(6)) + "\n-----END CERTIFICATE-----",
        f"SHA256:{b64_bytes(rng, 32).rstrip('=')} (ED25519) is the host key fingerprint",
        f"minisign public key: RW{chars(rng, B64, 54)}",
        f"cosign verify --key cosign.pub ghcr.io/{repo(rng)}:v1.{rng.randint(0, 9)}",
        f"0x{hexs(rng, 40)} (treasury wallet address, public)",
    ])


def _secret_reference(rng: random.Random) -> str:
    var = rng.choice(["NPM_TOKEN", "PYPI_API_TOKEN", "DOCKERHUB_TOKEN", "AWS_SECRET_ACCESS_KEY", "DB_PASSWORD",
                      "OPENAI_API_KEY", "ANTHROPIC_API_KEY", "STRIPE_SECRET_KEY", "SLACK_WEBHOOK_URL", "GH_PAT"])
    return rng.choice([
        f"${{{{ secrets.{var} }}}}",
        f"env:\n  {var}: ${{{{ secrets.{var} }}}}",
        f"password: ${{{var}}}",
        f"op://Engineering/{service(rng)}-{env(rng)}/password",
        f"vault kv get -field=password secret/{env(rng)}/{service(rng)}/db",
        f"aws secretsmanager get-secret-value --secret-id {env(rng)}/{service(rng)}/db",
        f"arn:aws:secretsmanager:eu-west-1:{digits(rng, 12)}:secret:{env(rng)}/{service(rng)}-{alnum(rng, 6)}",
        f"valueFrom:\n  secretKeyRef:\n    name: {service(rng)}-db\n    key: password",
        "{{ .Values.db.password }}",
        f"password: \"{{{{ vault('secret/{service(rng)}') }}}}\"",
        f"gcloud secrets versions access latest --secret={service(rng)}-api-key",
        f"the API key is read from {var} at startup",
        f"az keyvault secret show --vault-name kv-{env(rng)} --name {service(rng)}-conn",
        f"DATABASE_URL comes from the {env(rng)} parameter store at /app/{service(rng)}/database_url",
        f"token = os.environ[\"{var}\"]",
        f"api_key = settings.{var.lower()}",
        f"sops -d secrets/{env(rng)}.enc.yaml | kubectl apply -f -",
        f"password_file: /run/secrets/{service(rng)}_db_password",
        f"docker secret create {service(rng)}_key ./key.txt",
        f"echo \"${var}\" | docker login ghcr.io -u {user(rng)} --password-stdin",
        f"curl -H \"Authorization: Bearer ${var}\" https://api.{host(rng)}/v1/status",
        f"credentials are in 1Password under '{service(rng).capitalize()} {env(rng)}'",
        f"- uses: aws-actions/configure-aws-credentials@v4\n  with:\n    role-to-assume: arn:aws:iam::{digits(rng, 12)}:role/gha",
        f"keyring get {service(rng)} {user(rng)}",
        f"secretRef: {service(rng)}-env",
        f"auth: !secret {service(rng)}_password",
        f"pass show {env(rng)}/{service(rng)}/api",
    ])


def _placeholder(rng: random.Random) -> str:
    return rng.choice([
        "API_KEY=<your-api-key>",
        "OPENAI_API_KEY=sk-...",
        "export ANTHROPIC_API_KEY=\"your-key-here\"",
        "password: ********",
        "token: REDACTED",
        "GITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
        "Authorization: Bearer <token>",
        "postgres://user:password@localhost:5432/db",
        "postgres://USER:PASS@HOST:PORT/DB",
        "mysql://<user>:<password>@<host>/<db>",
        "AWS_SECRET_ACCESS_KEY=YOUR_SECRET_ACCESS_KEY",
        "stripe key: sk_test_... (get it from the dashboard)",
        "password = \"\"",
        "DB_PASSWORD=",
        "SECRET_KEY=changeme-in-production",
        "api_key: \"${API_KEY}\"",
        "token = \"<paste token here>\"",
        "-----BEGIN PRIVATE KEY-----\n...\n-----END PRIVATE KEY-----",
        "https://hooks.slack.com/services/T000/B000/XXXX",
        "curl -u USERNAME:PASSWORD https://example.com/api",
        f"{rng.choice(['DD_API_KEY', 'SENTRY_AUTH_TOKEN', 'NPM_TOKEN'])}=<redacted>",
        "key ending in ...4f2a was revoked",
        "the token looks like glpat-XXXXXXXXXXXXXXXXXXXX",
        "password: [REDACTED]",
        "x-api-key: $ANTHROPIC_API_KEY",
        "Basic auth header: Basic base64(user:pass)",
        "client_secret: <from-azure-portal>",
        "token=••••••••",
        "SLACK_BOT_TOKEN=xoxb-your-token",
        "replace YOUR_TOKEN with a personal access token",
        "password: null",
        "password: ${DB_PASSWORD:-}",
    ]) + rng.choice(["", "", "", "  # example", "  (placeholder)", " in .env.example"])


def _env_var_name(rng: random.Random) -> str:
    var = rng.choice(["OPENAI_API_KEY", "ANTHROPIC_API_KEY", "GITHUB_TOKEN", "AWS_SECRET_ACCESS_KEY", "DB_PASSWORD",
                      "STRIPE_SECRET_KEY", "HF_TOKEN", "SENTRY_DSN", "NPM_TOKEN", "VAULT_TOKEN", "JWT_SECRET",
                      "SLACK_BOT_TOKEN", "DATABASE_URL", "REDIS_PASSWORD", "GOOGLE_APPLICATION_CREDENTIALS"])
    return rng.choice([
        f"set {var} before running the integration tests",
        f"missing env var {var}",
        f"{var} needs contents:write scope" if "TOKEN" in var else f"{var} must be set in the deploy environment",
        f"KeyError: '{var}'",
        f"the CLI reads {var} and falls back to ~/.config/tool/credentials",
        f"unset {var} in CI so the test uses the fake server",
        f"renamed {var} to {var.replace('_', '_APP_', 1)} for clarity",
        f"os.getenv(\"{var}\") returns None on the windows runner",
        f"{var} is rotated every 90 days by the platform team",
        f"do not log {var}; the logger now masks it",
        f"grep -r {var} . shows three call sites",
        f"added {var} to .env.example with an empty value",
    ])


def _code_review(rng: random.Random) -> str:
    f = rng.choice(FILES)
    return rng.choice([
        f"nit: {f}:{rng.randint(1, 400)} rename `tok` to `token_count`",
        "this leaks the password into logs; wrap it in SecretStr",
        "please don't catch bare Exception here, it hides the lock timeout",
        f"why is the retry count hard-coded in {f}? make it configurable",
        "LGTM once the test for the empty store is added",
        "suggestion: use pathlib instead of os.path.join",
        "this function does two things; split validation from I/O",
        "the docstring says 'returns None' but it raises KeyError",
        "consider a dataclass with slots=True here",
        "we shouldn't compare tokens with ==, use hmac.compare_digest",
        "blocking: this writes to latest.json without the lock",
        "minor: the error message should name the file",
        "can we avoid the global here? tests will be order dependent",
        f"{f} line {rng.randint(1, 400)}: off-by-one when the list is empty",
        "this prompt template string should live in its own file so reviewers can diff it",
        "the API key check happens after the request is sent; move it up",
        "the session token TTL should come from config, not a literal",
        "please add a type hint for the return value",
        "I think this regex is catastrophic on long inputs; add a length cap",
        "approve with nits",
        "should this be behind the feature flag?",
        "the test sleeps for 2s; wait on the pipe instead",
        "does this handle Windows line endings?",
        "nit: trailing whitespace",
        "the log line prints the full request body; drop it, it can contain user data",
    ])


def _error_message(rng: random.Random) -> str:
    u = rng.choice(["app", "ci", "readonly", "postgres"])
    return rng.choice([
        "401 Unauthorized: invalid API key",
        f"psycopg2.OperationalError: FATAL:  password authentication failed for user \"{u}\"",
        "error: authentication token expired, run `gh auth login` again",
        "fatal: could not read Username for 'https://github.com': terminal prompts disabled",
        "botocore.exceptions.NoCredentialsError: Unable to locate credentials",
        "anthropic.RateLimitError: Error code: 429 - rate_limit_error",
        "openai.AuthenticationError: Error code: 401 - Incorrect API key provided",
        "Permission denied (publickey).",
        f"ERROR 1045 (28000): Access denied for user '{u}'@'localhost' (using password: YES)",
        "npm ERR! code E401 npm ERR! Unable to authenticate, need: Basic realm=\"GitHub Package Registry\"",
        "x509: certificate signed by unknown authority",
        "ModuleNotFoundError: No module named 'orjson'",
        "OSError: [Errno 28] No space left on device",
        "filelock._error.Timeout: The file lock '.handoff/lock' could not be acquired.",
        f"ValueError: invalid literal for int() with base 10: '{alnum(rng, 4)}'",
        "TypeError: 'NoneType' object is not subscriptable",
        "denied: requested access to the resource is denied",
        "Error: getaddrinfo ENOTFOUND registry.npmjs.org",
        "kubectl: error: You must be logged in to the server (Unauthorized)",
        "jwt.exceptions.ExpiredSignatureError: Signature has expired",
        "CSRF token missing or incorrect.",
        "redis.exceptions.AuthenticationError: invalid username-password pair",
        "handoff: rejected by the privacy filter (exit 3)",
        "error[E0502]: cannot borrow `x` as mutable because it is also borrowed as immutable",
        "panic: runtime error: index out of range [3] with length 3",
        "SSL: CERTIFICATE_VERIFY_FAILED",
        "context_length_exceeded: this model's maximum context length is 200000 tokens",
        "InvalidSignatureException: The request signature we calculated does not match the signature you provided.",
        "Token is not active (token has been revoked)",
        "Your password has expired and must be changed.",
        "The security token included in the request is invalid.",
    ])


def _log_line(rng: random.Random) -> str:
    ts = f"2025-0{rng.randint(1, 9)}-{rng.randint(10, 28)}T{rng.randint(10, 23)}:{rng.randint(10, 59)}:{rng.randint(10, 59)}Z"
    return rng.choice([
        f"{ts} INFO  server started on :8080 pid={rng.randint(100, 99999)}",
        f"{ts} WARN  slow query took {rng.randint(500, 9000)}ms table=orders",
        f"{ts} ERROR upstream {service(rng)} returned 503 request_id={uuid4(rng)}",
        json.dumps({"ts": ts, "level": "info", "msg": "request done", "status": 200, "dur_ms": rng.randint(1, 900), "trace_id": hexs(rng, 32)}),
        f"10.0.{rng.randint(0, 255)}.{rng.randint(1, 254)} - - [12/Mar/2025:10:1{rng.randint(0, 9)}:00 +0000] \"GET /healthz HTTP/1.1\" 200 2 \"-\" \"kube-probe/1.29\"",
        f"{ts} auth: login succeeded for user_id={rng.randint(1, 99999)} method=oidc",
        f"{ts} auth: password reset email queued for user_id={rng.randint(1, 99999)}",
        f"{ts} token refresh ok, expires_in=3600",
        f"[{ts}] worker-{rng.randint(1, 8)} picked job {ulid(rng)}",
        "level=error msg=\"failed to acquire lock\" path=.handoff/lock waited=10s",
        f"{ts} DEBUG cache miss key=user:{rng.randint(1, 99999)}:profile",
        f"{ts} llm call model={rng.choice(MODELS)} input_tokens={rng.randint(100, 90000)} output_tokens={rng.randint(10, 4000)} latency_ms={rng.randint(200, 30000)}",
        f"Mar 12 10:15:0{rng.randint(0, 9)} {host(rng)} sshd[{rng.randint(100, 9999)}]: Accepted publickey for deploy from 10.0.0.{rng.randint(1, 254)} port 51234 ssh2: ED25519 SHA256:{b64_bytes(rng, 32).rstrip('=')}",
        f"{ts} kernel: Out of memory: Killed process {rng.randint(100, 99999)} (python)",
        f"{ts} secrets: loaded 4 secrets from vault path secret/{env(rng)}/{service(rng)}",
        f"{ts} rate limiter: 429 sent to client ip=10.1.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
        f"I{rng.randint(1000, 1231)} 10:15:00.{rng.randint(100000, 999999)}  1 controller.go:{rng.randint(10, 900)}] Reconciling deployment {service(rng)}",
        f"{ts} chat session {uuid4(rng)} closed after {rng.randint(1, 50)} messages",
    ])


def _stack_trace(rng: random.Random) -> str:
    f = rng.choice(FILES)
    return rng.choice([
        f"Traceback (most recent call last):\n  File \"{f}\", line {rng.randint(10, 400)}, in append\n    fd = os.open(path, flags)\nPermissionError: [Errno 13] Permission denied: '.handoff/events.jsonl'",
        "Traceback (most recent call last):\n  File \"/usr/lib/python3.11/json/decoder.py\", line 355, in raw_decode\n    raise JSONDecodeError(\"Expecting value\", s, err.value) from None\njson.decoder.JSONDecodeError: Expecting value: line 1 column 1 (char 0)",
        f"java.lang.NullPointerException: Cannot invoke \"String.length()\" because \"token\" is null\n\tat com.acme.auth.TokenFilter.doFilter(TokenFilter.java:{rng.randint(10, 300)})\n\tat org.springframework.web.filter.OncePerRequestFilter.doFilter(OncePerRequestFilter.java:117)",
        f"panic: assignment to entry in nil map\n\ngoroutine 1 [running]:\nmain.(*Cache).Put(...)\n\t/src/{f}:{rng.randint(10, 300)}\nmain.main()\n\t/src/cmd/server/main.go:42 +0x1d",
        f"TypeError: Cannot read properties of undefined (reading 'map')\n    at renderList (webpack://app/src/List.tsx:{rng.randint(10, 200)}:18)\n    at App (webpack://app/src/App.tsx:33:5)",
        f"thread 'main' panicked at src/parser.rs:{rng.randint(10, 400)}:9:\ncalled `Option::unwrap()` on a `None` value\nnote: run with `RUST_BACKTRACE=1` environment variable to display a backtrace",
        f"  File \"{f}\", line {rng.randint(10, 400)}, in load_config\n    api_key = os.environ[\"ANTHROPIC_API_KEY\"]\nKeyError: 'ANTHROPIC_API_KEY'",
        f"NoMethodError: undefined method `each' for nil:NilClass\n  app/models/invoice.rb:{rng.randint(10, 200)}:in `total'",
        f"System.InvalidOperationException: Sequence contains no elements\n   at System.Linq.Enumerable.First[TSource](IEnumerable`1 source)\n   at Acme.Billing.InvoiceService.Latest() in InvoiceService.cs:line {rng.randint(10, 300)}",
        f"Traceback (most recent call last):\n  File \"bench/bench_append.py\", line {rng.randint(10, 200)}, in <module>\n    main()\nfilelock._error.Timeout: The file lock '/tmp/store/lock' could not be acquired.",
    ])


ML: dict[str, list[str]] = {
    "zh": ["CI 在 {sha} 上通过了，PR #{pr} 等待评审", "下一步：修复解析器，然后更新文档", "{svc} 服务在 {env} 环境的延迟升高，原因待查",
           "已将默认模型切换为 {model}", "锁超时改为 30 秒，测试全部通过", "测试 {test} 偶尔失败，约三十次一次"],
    "ja": ["{sha} で CI が通りました。PR #{pr} はレビュー待ちです", "次の作業：パーサーを直してからドキュメントを更新する",
           "{test} がときどき失敗する（約30回に1回）", "デフォルトモデルを {model} に変更した", "{env} 環境で {svc} のレイテンシが上昇"],
    "ko": ["{sha} 에서 CI 통과, PR #{pr} 리뷰 대기 중", "다음 작업: 파서 수정 후 문서 업데이트", "{test} 가 가끔 실패함 (약 30회 중 1회)",
           "기본 모델을 {model}(으)로 변경함", "{env} 환경에서 {svc} 응답 지연 증가"],
    "de": ["CI grün auf {sha}, PR #{pr} wartet auf Review", "Nächster Schritt: Parser reparieren, dann Doku aktualisieren",
           "{test} schlägt sporadisch fehl, etwa jeder dreißigste Lauf", "Standardmodell auf {model} umgestellt",
           "Latenz von {svc} in {env} erhöht, Ursache unklar"],
    "fr": ["CI au vert sur {sha}, PR #{pr} en attente de relecture", "prochaine étape : corriger le parseur puis mettre à jour la doc",
           "{test} échoue de temps en temps (une fois sur trente)", "modèle par défaut passé à {model}", "latence de {svc} en hausse sur {env}"],
    "es": ["CI en verde en {sha}, PR #{pr} pendiente de revisión", "siguiente paso: arreglar el parser y luego actualizar la documentación",
           "{test} falla a veces, más o menos una de cada treinta", "cambié el modelo por defecto a {model}", "la latencia de {svc} subió en {env}"],
    "pt": ["CI verde em {sha}, PR #{pr} aguardando revisão", "próximo passo: corrigir o parser e depois atualizar a documentação",
           "{test} falha de vez em quando", "modelo padrão trocado para {model}", "latência do {svc} subiu em {env}"],
    "ru": ["CI зелёный на {sha}, PR #{pr} ждёт ревью", "дальше: починить парсер, потом обновить документацию",
           "{test} иногда падает, примерно раз в тридцать запусков", "модель по умолчанию переключена на {model}", "задержки {svc} в {env} выросли"],
    "it": ["CI verde su {sha}, PR #{pr} in attesa di revisione", "prossimo passo: sistemare il parser e poi aggiornare la documentazione",
           "{test} fallisce ogni tanto", "modello predefinito cambiato in {model}", "latenza di {svc} aumentata in {env}"],
    "nl": ["CI groen op {sha}, PR #{pr} wacht op review", "volgende stap: parser repareren, daarna docs bijwerken",
           "{test} faalt af en toe", "standaardmodel gewijzigd naar {model}", "latency van {svc} in {env} gestegen"],
    "pl": ["CI zielone na {sha}, PR #{pr} czeka na review", "następny krok: naprawić parser, potem zaktualizować dokumentację",
           "{test} czasem się wysypuje", "domyślny model zmieniony na {model}", "opóźnienia {svc} na {env} wzrosły"],
    "tr": ["CI {sha} üzerinde yeşil, PR #{pr} inceleme bekliyor", "sıradaki iş: parser'ı düzelt, sonra dokümanı güncelle",
           "{test} ara sıra başarısız oluyor", "varsayılan model {model} olarak değiştirildi", "{env} ortamında {svc} gecikmesi arttı"],
    "ar": ["نجح CI على {sha}، وطلب الدمج #{pr} بانتظار المراجعة", "الخطوة التالية: إصلاح المحلل ثم تحديث التوثيق",
           "الاختبار {test} يفشل أحيانا", "تم تغيير النموذج الافتراضي إلى {model}"],
    "hi": ["{sha} पर CI पास हो गया, PR #{pr} रिव्यू के इंतज़ार में", "अगला काम: पार्सर ठीक करना, फिर डॉक्स अपडेट करना",
           "{test} कभी-कभी फेल होता है", "डिफ़ॉल्ट मॉडल को {model} पर बदला गया"],
}


def _ml_note(rng: random.Random) -> str:
    lang = rng.choice(sorted(ML))
    return rng.choice(ML[lang]).format(sha=git_sha(rng, 7), pr=pr(rng), svc=service(rng), env=env(rng),
                                       model=rng.choice(MODELS), test=rng.choice(TESTS))


def _security_talk(rng: random.Random) -> str:
    return rng.choice([
        f"rotated the {rng.choice(['Stripe', 'GitHub', 'Slack', 'AWS'])} key after the leak; the new one is in Vault only",
        "password hashing switched from bcrypt to argon2id (m=64MiB, t=3)",
        f"access token expiry set to {rng.choice([5, 15, 30, 60])} minutes, refresh tokens to 30 days",
        "secret scanning is enabled on every repo in the org",
        "gitleaks found no leaks in the last 500 commits",
        "the password reset link is single-use and expires after 1 hour",
        "we moved from static AWS keys to OIDC role assumption in CI",
        "session cookies are now SameSite=Lax and Secure",
        "API keys are stored hashed (sha256) and shown to the user once",
        "the token bucket rate limiter allows bursts of 20",
        "tokenizer upgrade changed token counts by about 3%",
        "MFA is required for all maintainers on npm and PyPI",
        "credential helper is osxkeychain on macs, libsecret on linux",
        "the CSRF token is rotated on login",
        "pre-commit hook runs detect-secrets on staged files",
        "private keys never leave the HSM; signing happens via the KMS API",
        "the JWT signing key rotates weekly; kid is in the header",
        "revoked 3 stale deploy keys on acme/widget",
        f"secret rotation runbook: docs/runbooks/rotate-{service(rng)}.md",
        "basic auth is disabled on the admin endpoint; use SSO",
        "password policy: 12+ chars, no composition rules, check against breached list",
        "secret santa signup closes Friday",
        "the keychain entry is named handoff-ci",
        "auth middleware returns 401 without a body to avoid leaking which part failed",
    ])


def _url_benign(rng: random.Random) -> str:
    h = host(rng)
    return rng.choice([
        f"https://github.com/{repo(rng)}/pull/{pr(rng)}",
        f"https://github.com/{repo(rng)}/actions/runs/{digits(rng, 10)}/job/{digits(rng, 11)}",
        f"https://{h}/api/v1/items?page={rng.randint(1, 50)}&per_page=50&sort=created",
        f"https://{h}/search?q=lock+timeout&ref=main",
        f"https://docs.python.org/3/library/{rng.choice(['os', 'json', 'fcntl', 'pathlib'])}.html#{alnum(rng, 6).lower()}",
        f"https://{h}/callback?code_challenge_method=S256&state={uuid4(rng)}",
        f"https://pypi.org/project/{rng.choice(['orjson', 'filelock', 'pydantic'])}/",
        f"https://console.cloud.google.com/logs/query;cursorTimestamp=2025-03-12T10:15:00Z?project={service(rng)}-{digits(rng, 6)}",
        f"https://grafana.{h}/d/{alnum(rng, 9)}/api-latency?orgId=1&from=now-6h&to=now",
        f"https://sentry.io/organizations/acme/issues/{digits(rng, 10)}/?environment={env(rng)}",
        f"https://{h}/download/v1.{rng.randint(0, 9)}.{rng.randint(0, 9)}/handoff-linux-amd64.tar.gz",
        f"git@github.com:{repo(rng)}.git",
        f"https://github.com/{repo(rng)}/blob/{git_sha(rng)}/{rng.choice(FILES)}#L{rng.randint(1, 300)}",
        f"https://{h}/v2/orders/{uuid4(rng)}?expand=items",
        f"http://localhost:{rng.choice([3000, 5173, 8000, 8080])}/healthz",
        f"https://login.{h}/oauth2/authorize?client_id={uuid4(rng)}&response_type=code&scope=openid",
    ])


def _config_benign(rng: random.Random) -> str:
    return rng.choice([
        f"[database]\nhost = {host(rng)}\nport = 5432\nuser = app\npassword_file = /run/secrets/db",
        "[tool.ruff]\nline-length = 120\ntarget-version = \"py311\"",
        f"database:\n  host: {host(rng)}\n  port: 5432\n  passwordFrom: env:DB_PASSWORD",
        f'{{"name": "{service(rng)}", "version": "1.{rng.randint(0, 9)}.0", "private": true, "scripts": {{"test": "vitest"}}}}',
        "services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD_FILE: /run/secrets/pg\n    secrets:\n      - pg",
        "variable \"db_password\" {\n  type      = string\n  sensitive = true\n}",
        f"resource \"aws_s3_bucket\" \"logs\" {{\n  bucket = \"{service(rng)}-logs-{env(rng)}\"\n}}",
        f"apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {service(rng)}-config\ndata:\n  LOG_LEVEL: info\n  FEATURE_X: \"true\"",
        f"<configuration>\n  <appSettings>\n    <add key=\"Environment\" value=\"{env(rng)}\" />\n  </appSettings>\n</configuration>",
        f"spring.datasource.url=jdbc:postgresql://{host(rng)}:5432/app\nspring.datasource.password=${{DB_PASSWORD}}",
        f"NODE_ENV=production\nPORT={rng.choice([3000, 8080])}\nLOG_LEVEL=info",
        "[mypy]\nstrict = true\nwarn_unused_ignores = true",
        "jobs:\n  test:\n    runs-on: ubuntu-24.04\n    steps:\n      - uses: actions/checkout@v4\n      - run: make test",
        "[core]\n\trepositoryformatversion = 0\n\tbare = false",
        f"[Interface]\nAddress = 10.8.0.{rng.randint(2, 250)}/24\nPostConfig = /etc/wireguard/peers.d\nPrivateKeyFile = /etc/wireguard/private.key",
        f"apiVersion: apps/v1\nkind: Deployment\nspec:\n  replicas: {rng.randint(1, 9)}\n  template:\n    spec:\n      containers:\n        - name: api\n          envFrom:\n            - secretRef:\n                name: api-env",
        f"llm:\n  provider: {rng.choice(PROVIDERS)}\n  model: {rng.choice(MODELS)}\n  api_key_env: LLM_API_KEY\n  max_tokens: 4096",
    ])


def _cli_benign(rng: random.Random) -> str:
    return rng.choice([
        f"psql -h {host(rng)} -U app -d app",
        "docker login ghcr.io -u ci-bot --password-stdin < token.txt",
        "gh auth status",
        "aws sts get-caller-identity --profile staging",
        f"kubectl -n {env(rng)} rollout restart deploy/{service(rng)}",
        "ssh -i ~/.ssh/id_ed25519 deploy@bastion",
        "git push --force-with-lease origin fix/lock-timeout",
        f"handoff note \"CI green on {git_sha(rng, 7)}\" --next \"ping review\"",
        f"handoff health {rng.choice(PROVIDERS)} {rng.choice(MODELS)} rate_limited --reset 45m",
        "handoff config set python 3.11 --source .python-version",
        "mysql -u app -p app  # prompts for the password",
        "openssl rand -hex 32 > .secrets/session_key  # never committed",
        "ssh-keygen -t ed25519 -C ci@acme -f ./deploy_key -N ''",
        "vault kv put secret/staging/api key=@key.txt",
        f"curl -s https://{host(rng)}/healthz | jq .status",
        "npm login --scope=@acme --registry=https://npm.pkg.github.com",
        "kubectl create secret generic api --from-env-file=.env.prod --dry-run=client -o yaml",
        "gpg --armor --export-secret-keys > /dev/null  # just checking the agent responds",
        "pip install --index-url https://pypi.org/simple orjson==3.10.7",
        "redis-cli --askpass -h cache",
        "az login --identity",
        "gcloud auth application-default login",
        "htpasswd -B -c .htpasswd admin  # prompts twice",
        "export AWS_PROFILE=staging",
    ])


def _high_entropy_misc(rng: random.Random) -> str:
    return rng.choice([
        f"bc1q{chars(rng, 'qpzry9x8gf2tvdw0s3jn54khce6mua7l', 38)}",
        f"ipfs://bafybei{chars(rng, 'abcdefghijklmnopqrstuvwxyz234567', 52)}",
        f"tx {hexs(rng, 64)} confirmed in block {rng.randint(800000, 900000)}",
        f"wasm module hash {hexs(rng, 64)}",
        f"yarn.lock entry: lodash@^4.17.21 resolved with checksum {hexs(rng, 128)}",
        f"Cargo.lock: checksum = \"{hexs(rng, 64)}\"",
        f"font subset id {chars(rng, BASE32, 26)}",
        f"go.sum: golang.org/x/sys v0.{rng.randint(10, 30)}.0/go.mod h1:{b64_bytes(rng, 32)}",
        f"build id {hexs(rng, 40)} (ELF)",
        f"uuid v7 {hexs(rng, 8)}-{hexs(rng, 4)}-7{hexs(rng, 3)}-{rng.choice('89ab')}{hexs(rng, 3)}-{hexs(rng, 12)}",
        f"random seed {rng.randint(10**9, 10**12)} reproduces the hypothesis failure",
        f"nonce {hexs(rng, 24)} (public, sent alongside the ciphertext)",
        f"hypothesis: @reproduce_failure('6.100.0', b'{b64_bytes(rng, 16)}')",
        f"Figma file key {alnum(rng, 22)}",
        f"Google Sheet {chars(rng, ALNUM + '-_', 44)}",
        f"YouTube video id {chars(rng, ALNUM + '-_', 11)}",
        f"short link https://bit.ly/{alnum(rng, 7)}",
        "jsessionid cookie name is configurable via server.servlet.session.cookie.name",
        f"commit signature verified with key {hexs(rng, 16).upper()}",
        f"Docker layer {hexs(rng, 64)}: Pull complete",
    ])


BENIGN_CATEGORIES: list[tuple[str, int, Gen]] = [
    ("note_ci_pr", 80, _note_ci),
    ("next_action", 110, _next_action),
    ("validation_command", 60, _validation),
    ("config_fact", 55, _config_fact),
    ("branch_name", 40, _branch),
    ("model_health", 60, _model_health),
    ("model_prompt_engineering", 100, _model_engineering),
    ("git_hash", 50, _git_hash),
    ("digest_checksum", 65, _digest),
    ("uuid_ulid_id", 75, _ids),
    ("base64_public_data", 50, _base64_public),
    ("public_key_fingerprint", 45, _public_key),
    ("secret_reference", 80, _secret_reference),
    ("placeholder", 60, _placeholder),
    ("env_var_name", 55, _env_var_name),
    ("code_review", 60, _code_review),
    ("error_message", 41, _error_message),
    ("log_line", 70, _log_line),
    ("stack_trace", 40, _stack_trace),
    ("multilingual_note", 100, _ml_note),
    ("security_engineering_talk", 33, _security_talk),
    ("url_benign", 45, _url_benign),
    ("config_benign", 45, _config_benign),
    ("cli_benign", 40, _cli_benign),
    ("high_entropy_misc", 50, _high_entropy_misc),
]
