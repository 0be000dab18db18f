# ruff: noqa: RUF001, E501  (template tables: one template a line, text in many scripts)
"""Benign-label categories for blind7: what an agent should be able to store, with hard
look-alikes (digests, ids, public keys, masked tokens, placeholders, docs that read like answers)."""

from __future__ import annotations

import hashlib
import random
from collections.abc import Callable

from _b7rand import (
    ALNUM,
    B64,
    BRANCHES,
    CMDS,
    CROCK,
    ERRORS,
    FILES,
    FUNCS,
    HOSTS,
    LIBS,
    LOWNUM,
    MODELS,
    PEOPLE,
    TESTS,
    UPNUM,
    USERS,
    b64,
    hx,
    pick,
    pr,
    repo,
    rs,
    sha,
    ulid,
    uuid4,
)

R = random.Random


def note_status(rng: R) -> str:
    b, n, f, fn = pick(rng, BRANCHES), pr(rng), pick(rng, FILES), pick(rng, FUNCS)
    return pick(rng, [
        f"PR #{n} open on {b}, CI green, waiting for review from {pick(rng, PEOPLE)}",
        f"Rebased {b} onto main; two conflicts in {f}, resolved by keeping main's version of {fn}",
        f"Flaky: {pick(rng, TESTS)} failed once on the arm64 runner, passed on rerun. Not touching it today.",
        f"Root cause of the timeout: {fn} held the lock across a network call. Fixed in {sha(rng, 7)}.",
        f"Blocked on #{n}: needs a decision on whether tenants can share a bucket.",
        f"Migration 0042 applied on staging at {rng.randint(10, 23)}:{rng.randint(10, 59)} UTC, prod tomorrow after the backup",
        f"bench: p95 went from {rng.randint(90, 300)} ms to {rng.randint(20, 89)} ms after caching the compiled regex",
        f"Deployed {sha(rng, 7)} to staging; smoke tests pass; canary at 10% until {rng.randint(13, 18)}:00",
        f"{pick(rng, MODELS)} was rate-limited from {rng.randint(1, 9)}:00 to {rng.randint(10, 12)}:00, switched to {pick(rng, MODELS)} for the rest",
        f"Reverted {sha(rng, 7)} (broke the Windows build: path separator in {f})",
        f"Left off in the middle of splitting {f}; the new module compiles but nothing imports it yet",
        f"CI on {b}: lint ok, unit ok, e2e failed at checkout step (runner disk full) — infra issue, not ours",
        f"Decided with {pick(rng, PEOPLE)}: keep the v1 endpoint until March, add a deprecation header now",
        f"Coverage {rng.randint(70, 95)}.{rng.randint(0, 9)}% (was {rng.randint(60, 69)}.{rng.randint(0, 9)}%); the uncovered part is the retry path in {fn}",
        f"{fn} now returns a Result instead of raising; callers in {f} updated, docs not yet",
        f"session summary: fixed {pick(rng, ERRORS).split(':')[0]} in {fn}, opened PR #{n}, one review comment left",
        f"The upstream issue is tracked at https://github.com/{repo(rng)}/issues/{rng.randint(100, 9999)}; pinned the previous release meanwhile",
        f"Release v{rng.randint(1, 4)}.{rng.randint(0, 20)}.{rng.randint(0, 9)} tagged, changelog written, PyPI upload pending approval",
        f"Repro for {pick(rng, ERRORS)}: run {pick(rng, CMDS)} twice in parallel; happens within ~30 s",
    ])


def next_action(rng: R) -> str:
    b, n, f, fn = pick(rng, BRANCHES), pr(rng), pick(rng, FILES), pick(rng, FUNCS)
    return pick(rng, [
        f"answer the review on #{n}",
        f"rerun {pick(rng, CMDS)} after the lockfile update",
        f"split {f} into two modules once #{n} lands",
        f"ask {pick(rng, PEOPLE)} whether the staging db can be reset",
        f"add a regression test for {fn} with an empty payload",
        f"check why {pick(rng, TESTS)} is slow on CI",
        f"rotate the deploy key (ticket OPS-{rng.randint(100, 999)}) — owner: {pick(rng, PEOPLE)}",
        "write the migration guide section for the config rename",
        f"benchmark {fn} with 1M rows before merging",
        "remove the feature flag after the canary has run 48h",
        "explain the cache invalidation in the PR description",
        "summarize the incident timeline for the postmortem doc",
        f"translate the new error messages in locales/{pick(rng, ['de', 'fr', 'ja', 'es'])}.po",
        f"update the README install section for {pick(rng, ['pipx', 'uv', 'brew', 'nix'])}",
        f"open an issue upstream in {pick(rng, LIBS)} about the cancellation leak",
        f"merge {b} after CI is green",
        f"drop the temporary logging in {fn}",
        f"re-enable {pick(rng, TESTS)} once the fixture is fixed",
        "Ask the user whether Windows support matters for this release",
        f"confirm with {pick(rng, PEOPLE)} that the new model name {pick(rng, MODELS)} is allowed in prod",
    ])


def validation_command(rng: R) -> str:
    c = pick(rng, CMDS)
    return pick(rng, [
        c,
        f"{c} (exit 0, {rng.randint(2, 600)}s)",
        f"{c} -> exit {rng.choice([0, 0, 1, 2])}",
        f"handoff run -- {c}",
        f"{c} --maxfail=1 -k {pick(rng, FUNCS)}",
        f"docker compose run --rm app {c}",
        f"CI=1 {c}",
        f"{c} | tee /tmp/ci-{rng.randint(1000, 9999)}.log",
        f"git bisect run {c}",
        f"env -u HTTP_PROXY {c}",
        f"python -m pytest {pick(rng, FILES).rsplit('/', 1)[0]} -q -p no:randomly",
        f"go test -run '{pick(rng, TESTS).split('/')[0]}' -count=50 ./...",
        f"nix develop -c {c}",
        f"kubectl rollout status deploy/{pick(rng, ['api', 'worker', 'web'])} --timeout=120s",
        f"curl -fsS https://{pick(rng, ['staging', 'api', 'status'])}.{pick(rng, ['acme.dev', 'tallyhq.io'])}/healthz",
        f"psql -h {pick(rng, HOSTS)} -U {pick(rng, USERS)} -c 'select 1'",
        f"ssh {pick(rng, USERS)}@{pick(rng, HOSTS)} uptime",
    ])


def config_value(rng: R) -> str:
    return pick(rng, [
        f"python {pick(rng, ['3.11', '3.12', '3.13'])} (from .python-version)",
        f"node {rng.randint(18, 22)}.{rng.randint(0, 12)}.{rng.randint(0, 9)}",
        f"db.host = {pick(rng, HOSTS)}",
        f"db.user = {pick(rng, USERS)}",
        "db.password_file = /run/secrets/db_password",
        f"api.token = ${{{{ secrets.{pick(rng, ['API_TOKEN', 'NPM_TOKEN', 'DEPLOY_KEY'])} }}}}",
        "OPENAI_API_KEY is read from the environment (never from config)",
        f"stripe.key = op://Engineering/Stripe/{pick(rng, ['live', 'test'])}-secret-key",
        f"vault path: secret/data/{pick(rng, ['billing', 'ingest', 'web'])}/db (key: password)",
        f"timeout_seconds = {rng.choice([5, 10, 30, 60, 120])}",
        f"retry.max_attempts = {rng.randint(2, 8)}",
        "log_level=info",
        f"feature.bulk_export = {pick(rng, ['true', 'false'])}",
        f"region: {pick(rng, ['eu-west-1', 'us-east-2', 'ap-northeast-1'])}",
        f"model.default = {pick(rng, MODELS)}",
        "password: <set in .env.local, not committed>",
        f"valueFrom:\n  secretKeyRef:\n    name: {pick(rng, ['api', 'db'])}-creds\n    key: password",
        f"DATABASE_URL=postgres://{pick(rng, USERS)}@{pick(rng, HOSTS)}:5432/app (password from PGPASSFILE)",
        "token: \"{{ env \\\"GITHUB_TOKEN\\\" }}\"",
        "AWS_PROFILE=staging",
        f"max_connections = {rng.choice([50, 100, 200])}",
        f"pool_size: {rng.randint(2, 40)}",
        f"cache.key_prefix = {pick(rng, ['v2:', 'app:', 'sess:'])}",
        f"secret_name = {pick(rng, ['prod/api/stripe', 'staging/db', 'ci/npm-publish'])}",
    ])


def branch_pr_title(rng: R) -> str:
    fn, f = pick(rng, FUNCS), pick(rng, FILES)
    return pick(rng, [
        pick(rng, BRANCHES),
        f"{pick(rng, ['fix', 'feat', 'chore', 'refactor'])}/{fn.lower().replace('_', '-')}",
        f"Fix {pick(rng, ERRORS).split(':')[0]} in {fn}",
        "feat(api): cursor pagination for /users",
        f"chore(deps): bump {pick(rng, ['pydantic', 'tokio', 'react', 'express', 'serde'])} from {rng.randint(1, 4)}.{rng.randint(0, 9)} to {rng.randint(5, 9)}.{rng.randint(0, 9)}",
        f"Refactor {f.rsplit('/', 1)[-1]}: extract config loading",
        f"[{pick(rng, ['WIP', 'RFC', 'DRAFT'])}] Split {fn} into read and write paths",
        f"PR #{pr(rng)}: Make {fn} retry with backoff",
        "Revert \"Cache compiled templates\"",
        "docs: explain how prompts are kept out of the store",
        "test: cover the secret-reference path in config",
        f"{pick(rng, ['agent', 'claude', 'codex'])}/{rs(rng, LOWNUM, 6)}-{fn.lower().replace('_', '-')}",
        f"release/v{rng.randint(1, 5)}.{rng.randint(0, 30)}",
        f"dependabot/npm_and_yarn/{pick(rng, ['axios', 'semver', 'ws'])}-{rng.randint(1, 9)}.{rng.randint(0, 9)}.{rng.randint(0, 9)}",
    ])


def hash_lookalike(rng: R) -> str:
    data = rs(rng, ALNUM, 20).encode()
    s256 = hashlib.sha256(data).hexdigest()
    s512 = b64(hashlib.sha512(data).digest())
    return pick(rng, [
        f"HEAD is {sha(rng)}",
        f"validated on {sha(rng)} ({pick(rng, BRANCHES)})",
        f"sha256:{s256}",
        f"image digest ghcr.io/{repo(rng)}@sha256:{s256}",
        f"\"integrity\": \"sha512-{s512}\"",
        f"{pick(rng, ['golang.org/x/sys', 'github.com/stretchr/testify', 'go.uber.org/zap'])} v0.{rng.randint(1, 30)}.0 h1:{b64(hashlib.sha256(data).digest())}",
        f"{s256}  dist/{pick(rng, ['app', 'cli', 'handoff'])}-{rng.randint(1, 3)}.{rng.randint(0, 9)}.0.tar.gz",
        f"--hash=sha256:{s256}",
        f"md5 {hashlib.md5(data).hexdigest()} matches the upload",
        f"cherry-picked {sha(rng, 12)} onto release/{rng.randint(1, 4)}.{rng.randint(0, 9)}",
        f"git diff {sha(rng, 7)}..{sha(rng, 7)} --stat",
        f"cache key: linux-py312-{s256[:16]}",
        f"etag \"{hx(rng, 32)}\"",
        f"nix store path /nix/store/{rs(rng, '0123456789abcdfghijklmnpqrsvwxyz', 32)}-python3-3.12.{rng.randint(0, 9)}",
        f"checksum mismatch: expected {s256[:12]}…, got {hashlib.sha256(data + b'x').hexdigest()[:12]}…",
        f"sha1 of the fixture: {hashlib.sha1(data).hexdigest()}",
    ])


def id_lookalike(rng: R) -> str:
    return pick(rng, [
        f"request id {uuid4(rng)}",
        f"trace_id={hx(rng, 32)} span_id={hx(rng, 16)}",
        f"event {ulid(rng)} was purged",
        f"job {uuid4(rng)} stuck in PENDING",
        f"idempotency key {uuid4(rng)}",
        f"Stripe customer cus_{rs(rng, ALNUM, 14)} has two subscriptions",
        f"charge ch_{rs(rng, ALNUM, 24)} refunded in test mode",
        f"msg_{rs(rng, ALNUM, 24)} is the Anthropic message id from the failing request",
        f"completion id chatcmpl-{rs(rng, ALNUM, 29)}",
        f"run https://github.com/{repo(rng)}/actions/runs/{rng.randint(10**9, 10**10)}",
        f"test id {pick(rng, TESTS)}[{pick(rng, ['sqlite', 'jsonl', 'postgres'])}-{rng.randint(0, 9)}]",
        f"tests/test_{pick(rng, FUNCS).lower()}.py::Test{pick(rng, FUNCS).title().replace('_', '')}::test_{rs(rng, 'abcdefghijklmnop_', 30).strip('_')}",
        f"session {uuid4(rng)} resumed after compaction",
        f"ksuid {rs(rng, ALNUM, 27)}",
        f"object key uploads/{uuid4(rng)}/{rs(rng, LOWNUM, 8)}.parquet",
        f"Sentry issue {rs(rng, UPNUM, 4)}-{rs(rng, UPNUM, 3)} (event {hx(rng, 32)})",
        f"snowflake id {rng.randint(10**17, 10**18)}",
        f"order {rs(rng, CROCK, 4)}-{rs(rng, CROCK, 4)}-{rng.randint(1000, 9999)} stuck in the fulfilment queue",
    ])


_PUBLIC_TEXT = ["{\"name\": \"ledger-api\", \"version\": \"2.4.1\", \"private\": true}",
                "hello world\n", "id,name,created\n1,alpha,2025-01-01\n", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>",
                "{\"alg\":\"none\"}", "apiVersion: v1\nkind: ConfigMap\n", "The quick brown fox",
                "#!/bin/sh\nexec \"$@\"\n", "{\"kind\":\"note\",\"text\":\"CI green\"}", "user-agent: handoff/1.0"]


def base64_public(rng: R) -> str:
    data = (pick(rng, _PUBLIC_TEXT) + str(rng.randint(0, 10**6))).encode()
    enc = b64(data)
    return pick(rng, [
        f"configmap data (base64): {enc}",
        f"echo {enc} | base64 -d  # a test fixture, not a secret",
        f"fixture payload: {enc}",
        f"kubectl get cm app-config -o jsonpath='{{.binaryData.seed}}' -> {enc}",
        f"data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAA{rs(rng, B64, 60)}",
        f"the webhook test body is {enc} (base64 of the sample event)",
        f"{enc}",
        f"X-Request-Context: {enc}",
    ])


def public_key(rng: R) -> str:
    ed = "AAAAC3NzaC1lZDI1NTE5AAAAI" + rs(rng, B64, 43)
    rsa = "AAAAB3NzaC1yc2EAAAADAQABAAABgQ" + rs(rng, B64, 300)
    u, h = pick(rng, USERS), pick(rng, ["laptop", "ci", "build-box", "bastion"])
    body = rs(rng, B64, 300)
    pem = "\n".join(body[i:i + 64] for i in range(0, len(body), 64))
    return pick(rng, [
        f"ssh-ed25519 {ed} {u}@{h}",
        f"added deploy key (public): ssh-ed25519 {ed}",
        f"ssh-rsa {rsa}= {u}@{h}",
        f"-----BEGIN PUBLIC KEY-----\n{pem}\n-----END PUBLIC KEY-----",
        f"age recipient: age1{rs(rng, 'qpzry9x8gf2tvdw0s3jn54khce6mua7l', 58)}",
        f"host key fingerprint SHA256:{rs(rng, B64, 43)} (ED25519)",
        f"GPG key {hx(rng, 40).upper()} used for signing tags",
        f"known_hosts: github.com ssh-ed25519 {ed}",
        f"-----BEGIN CERTIFICATE-----\n{pem}\n-----END CERTIFICATE-----",
        f"minisign public key RWQ{rs(rng, B64, 53)}",
        f"jwks.json kid={hx(rng, 16)} n={rs(rng, ALNUM + '-_', 80)}… e=AQAB (public half only)",
    ])


def masked_placeholder(rng: R) -> str:
    return pick(rng, [
        f"GITHUB_TOKEN=ghp_{'*' * rng.randint(4, 36)}",
        f"token ghp_****{rs(rng, ALNUM, 4)} expired, asked {pick(rng, PEOPLE)} for a new one",
        "export OPENAI_API_KEY=<your-api-key>",
        "ANTHROPIC_API_KEY=sk-ant-...",
        "STRIPE_SECRET_KEY=sk_test_xxxxxxxxxxxxxxxxxxxxxxxx",
        "password: ********",
        "DATABASE_URL=postgres://user:password@localhost:5432/dev",
        f"curl -H \"Authorization: Bearer $TOKEN\" https://api.{pick(rng, ['acme.dev', 'example.com'])}/v1/me",
        "Authorization: Bearer ${API_TOKEN}",
        "api_key: \"{{ .Values.apiKey }}\"",
        "AWS_SECRET_ACCESS_KEY=<redacted>",
        f"the log shows key=sk_live_…{rs(rng, ALNUM, 4)} (masked by Stripe)",
        "SLACK_WEBHOOK_URL=https://hooks.slack.com/services/XXX/YYY/ZZZ",
        "NPM_TOKEN=${{ secrets.NPM_TOKEN }}",
        f"password={pick(rng, ['changeme', 'CHANGE_ME', 'REPLACE_ME', 'your-password-here', 'TODO'])}",
        "DB_PASSWORD=\"\"  # set locally",
        f"docker login -u {pick(rng, USERS)} --password-stdin < ~/.docker-token",
        "PGPASSWORD is set by the CI secret store; nothing in the repo",
        "token: [REDACTED]",
        "hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx in the README example",
        "secret = \"${VAULT_SECRET}\"",
        "glpat-XXXXXXXXXXXXXXXXXXXX (placeholder in .env.example)",
        "echo \"$DOCKERHUB_TOKEN\" | docker login -u ci --password-stdin",
        "-----BEGIN PRIVATE KEY-----\\n...\\n-----END PRIVATE KEY----- (example in docs, truncated)",
        "xoxb-your-bot-token",
        "mysql -u root -p  (prompts for the password)",
    ])


def secret_talk(rng: R) -> str:
    return pick(rng, [
        "Rotated the staging db password; the new one is in 1Password under 'staging-db', not here",
        f"Never put the API key in this note — it lives in the {pick(rng, ['vault', 'CI secret store', 'keychain'])}",
        "The user pasted a token in chat earlier; I did not store it and asked them to revoke it",
        "gitleaks found a test fixture that looks like an AWS key; it is the documented example AKIAIOSFODNN7EXAMPLE",
        f"Secret scanning alert #{rng.randint(1, 200)} closed as false positive (hash in a lockfile)",
        f"We should move {pick(rng, ['DB_PASSWORD', 'STRIPE_SECRET_KEY', 'SENTRY_AUTH_TOKEN'])} from .env to the secret manager",
        "The prompt template for the summariser lives in prompts/summary.txt; not copying it here",
        "Chat history is not persisted; only the note and next actions go into handoff",
        f"The model's answer was wrong about the lock order; verified by reading {pick(rng, FILES)}",
        "Asked the model for a migration plan; used it as a starting point, details in the PR description",
        "Redacted the bearer token from the curl example before attaching the log",
        "password rotation policy: 90 days for service accounts, enforced by the vault lease",
        "The system prompt was tuned to reduce refusals; results in the eval sheet, not here",
        f"{pick(rng, MODELS)} gave a plausible but wrong explanation of the deadlock; ignore the earlier note",
        "Don't log request bodies: they can contain user prompts",
        "the password field in the form is now type=password and never echoed in logs",
        "credentials come from the instance role; no keys on disk",
        "Reviewed the token scopes: the CI token only has contents:read and packages:write",
        "Prompt injection test suite added under tests/security/ (inputs are synthetic)",
        f"secret detection: detect-secrets baseline regenerated, {rng.randint(0, 12)} new entries all audited as false positives",
        "JWT expiry lowered to 15 minutes; refresh tokens rotate on use",
        "The user prefers answers in German; note that for the next session",
        "Session cookie is HttpOnly+Secure now; SameSite=Lax",
    ])


def docs_lookalike(rng: R) -> str:
    fn, lib, f = pick(rng, FUNCS), pick(rng, LIBS), pick(rng, FILES)
    return pick(rng, [
        f"## Retries\n\n`{fn}` retries failed requests with exponential backoff, starting at 200 ms and capped at "
        f"30 s. Set `retry.max_attempts` to change the number of attempts.",
        f"`{fn}(path)` reads the file at `path` and returns the parsed rows. It raises `ValueError` when a row has "
        f"fewer columns than the header.",
        f"This module wraps {lib} so that callers never block the event loop. All public functions are "
        f"coroutines; see `{f}` for the synchronous shims.",
        "Configuration is read once at start-up from `config.toml`, then from environment variables, which take "
        "precedence. Changing the file requires a restart.",
        "Why a process pool? Each worker has its own interpreter, so CPU-bound parsing runs in parallel. "
        "Threads would only help while waiting on I/O.",
        f"### Troubleshooting\n\nIf you see `{pick(rng, ERRORS)}`, check that the database is reachable and that "
        f"the migration has run (`make migrate`).",
        "The cache is keyed by tenant and query hash. Entries expire after 10 minutes or when the tenant's "
        "schema version changes.",
        "Ordering is guaranteed within a partition only. Messages with the same key go to the same partition, so "
        "their order is preserved; messages with different keys may interleave.",
        f"Usage:\n\n    {pick(rng, CMDS)}\n\nruns the unit tests. Integration tests need Docker and run with `make it`.",
        "Note: the down migration is only safe before new rows are written, because the new column has no "
        "default.",
        "The lock file is created with O_EXCL, so two processes cannot both believe they hold it. A stale lock "
        "(owner PID gone) is removed on the next start.",
        "Returns `None` when the tenant has no active subscription; callers must handle that case.",
        f"{lib} is used for background jobs. Jobs must be idempotent: a worker crash can cause a job to run twice.",
        "Design note: we keep the tenant id in the token to avoid a lookup per request. A revoked membership "
        "stays valid until the token expires (at most 15 minutes).",
        "Multi-stage builds keep the runtime image small: the build stage has the compiler and dev dependencies, "
        "the final stage copies only `dist/`.",
        "Parameters\n----------\npath : str\n    File to read.\nstrict : bool, default True\n    Raise on unknown columns.",
    ])


def commit_body(rng: R) -> str:
    fn, f = pick(rng, FUNCS), pick(rng, FILES)
    i = rng.randrange(9)
    subj = [f"Read config lazily in {fn}", f"Fix race in {fn}", f"Guard against empty pages in {fn}",
            f"Thread context through {fn}", "Pin encoding when reading fixtures",
            "Scope the database fixture to the session", f"Bind the loop variable in {fn}'s callbacks",
            f"Compile the regex table once in {fn}", "Raise the worker memory limit on arm64"][i]
    body = [
        f"Previously {fn} read the config at import time, so tests that changed the environment saw stale "
        f"values. Read it on each call instead; the cost is one dict lookup.",
        "Two workers could both pass the existence check before either created the file. Open with O_EXCL so "
        "the second one fails and retries.",
        "The API returns null instead of [] for an empty page. Treat both the same.",
        "Without the context the request outlived its caller and the goroutine leaked on timeout.",
        f"Windows runners default to cp1252, which broke the UTF-8 fixtures in {f}.",
        "The fixture rebuilt the schema for every test, which took the suite from 40 s to 4 min. Build it once "
        "per session and truncate the tables between tests.",
        "Each callback captured the loop variable by reference and saw its last value. Bind it with "
        "functools.partial.",
        "The first call compiled ~300 patterns, a 200 ms spike on cold starts. Compile at import time; the "
        "module is only imported by the worker.",
        "The arm64 base image uses a different allocator and the worker was OOMKilled at the amd64-tuned limit. "
        "Raise the limit by 30% and set MALLOC_ARENA_MAX=2.",
    ][i]
    tail = pick(rng, ["", f"\n\nFixes #{pr(rng)}", f"\n\nRefs #{pr(rng)}\nCo-authored-by: {pick(rng, PEOPLE)} <{pick(rng, PEOPLE).lower()}@example.com>",
                      f"\n\nTested with {pick(rng, CMDS)}."])
    return f"{subj}\n\n{body}{tail}"


def human_review_comment(rng: R) -> str:
    fn, f = pick(rng, FUNCS), pick(rng, FILES)
    who = pick(rng, PEOPLE)
    body = pick(rng, [
        f"nit: `{fn}` name is a bit vague, maybe `{fn}_or_default`?",
        "Can we keep the old behaviour behind a flag for one release? Some users depend on it.",
        f"This will break on Windows paths, see how {f} handles it.",
        "LGTM once CI passes.",
        "Not sure about catching Exception here — what do we expect to fail?",
        "I'd rather not add a new dependency for this; stdlib has what we need.",
        "Please add a test for the empty case.",
        "why the sleep? we had flaky tests because of exactly this",
        "Looks good. Squash before merging please.",
        "Could you split the rename into its own PR? It makes the diff hard to read.",
        "Does this change the on-disk format? If yes we need a migration note.",
    ])
    return pick(rng, [f"{who}: {body}", f"review from {who} on {f}: {body}", f"{body} — {who}",
                      f"PR #{pr(rng)} review ({who}): {body}"])


def tool_output_plain(rng: R) -> str:
    t = pick(rng, TESTS)
    return pick(rng, [
        f"{rng.randint(0, 5)} failed, {rng.randint(100, 900)} passed, {rng.randint(0, 20)} skipped in {rng.randint(5, 300)}.{rng.randint(10, 99)}s",
        f"FAILED {t} - {pick(rng, ERRORS)}",
        f"ok  \tgithub.com/{repo(rng)}/internal/{pick(rng, ['queue', 'store', 'http'])}\t{rng.randint(0, 9)}.{rng.randint(100, 999)}s",
        f"--- FAIL: {t} ({rng.randint(0, 9)}.{rng.randint(10, 99)}s)\n    {pick(rng, FUNCS)}_test.go:{rng.randint(10, 300)}: got 3, want 4",
        f"Found {rng.randint(1, 40)} errors in {rng.randint(1, 9)} files (checked {rng.randint(40, 300)} source files)",
        f"warning: unused variable `{pick(rng, ['buf', 'ctx', 'n', 'tmp'])}`\n  --> {pick(rng, FILES)}:{rng.randint(1, 300)}:{rng.randint(1, 40)}",
        f"Traceback (most recent call last):\n  File \"{pick(rng, FILES)}\", line {rng.randint(1, 400)}, in {pick(rng, FUNCS)}\n{pick(rng, ERRORS)}",
        "npm ERR! code ERESOLVE\nnpm ERR! ERESOLVE unable to resolve dependency tree",
        f"Step {rng.randint(1, 12)}/{rng.randint(13, 20)} : RUN pip install -r requirements.txt\n ---> Using cache",
        f"error: failed to push some refs to 'github.com:{repo(rng)}.git'",
        f"[{rng.randint(10, 23)}:{rng.randint(10, 59)}:{rng.randint(10, 59)}] INFO worker-{rng.randint(1, 8)} processed {rng.randint(100, 99999)} events in {rng.randint(1, 900)} ms",
        "HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer realm=\"api\", error=\"invalid_token\"",
        f"Your branch is ahead of 'origin/{pick(rng, BRANCHES)}' by {rng.randint(1, 9)} commits.",
        f"ruff: All checks passed!\nmypy: Success: no issues found in {rng.randint(20, 200)} source files",
    ])


_FOREIGN_NOTES = {
    "zh": ["PR #{n} 已经开了，CI 全绿，等 {p} 审核", "{f} 里的超时问题已修复，原因是锁没有释放",
           "下一步：在 staging 上重跑迁移脚本", "{cmd} 在 arm64 上偶尔失败，先不处理"],
    "ja": ["PR #{n} を作成、CI は成功、{p} さんのレビュー待ち", "{f} のタイムアウトを修正（ロックの解放漏れ）",
           "次：staging でマイグレーションを再実行する", "{cmd} が arm64 でたまに落ちる。今日は触らない"],
    "ko": ["PR #{n} 올렸고 CI 통과, {p} 님 리뷰 대기 중", "{f}의 타임아웃 수정함 (락 해제 누락)",
           "다음: staging에서 마이그레이션 다시 돌리기", "{cmd}가 arm64에서 가끔 실패함, 오늘은 보류"],
    "es": ["PR #{n} abierto, CI en verde, esperando revisión de {p}", "Arreglado el timeout en {f} (el lock no se liberaba)",
           "siguiente: volver a lanzar la migración en staging", "{cmd} falla a veces en arm64; lo dejo para mañana"],
    "fr": ["PR #{n} ouverte, CI au vert, en attente de la relecture de {p}", "Timeout corrigé dans {f} (le verrou n'était pas libéré)",
           "prochaine étape : relancer la migration sur staging", "{cmd} échoue parfois sur arm64, je n'y touche pas aujourd'hui"],
    "ru": ["PR #{n} открыт, CI зелёный, ждём ревью от {p}", "Исправил таймаут в {f} (не освобождалась блокировка)",
           "дальше: перезапустить миграцию на staging", "{cmd} иногда падает на arm64, пока не трогаю"],
    "tr": ["PR #{n} açıldı, CI yeşil, {p} incelemesini bekliyoruz", "{f} içindeki zaman aşımı düzeltildi (kilit bırakılmıyordu)",
           "sıradaki: staging'de migration'ı tekrar çalıştır", "{cmd} arm64'te bazen düşüyor, bugün dokunmuyorum"],
    "vi": ["Đã mở PR #{n}, CI xanh, đang chờ {p} review", "Đã sửa timeout trong {f} (lock không được giải phóng)",
           "việc tiếp theo: chạy lại migration trên staging", "{cmd} thỉnh thoảng lỗi trên arm64, hôm nay chưa xử lý"],
    "id": ["PR #{n} sudah dibuka, CI hijau, menunggu review dari {p}", "Timeout di {f} sudah diperbaiki (lock tidak dilepas)",
           "berikutnya: jalankan ulang migrasi di staging", "{cmd} kadang gagal di arm64, belum disentuh hari ini"],
    "pl": ["PR #{n} otwarty, CI zielone, czekamy na review od {p}", "Naprawiony timeout w {f} (blokada nie była zwalniana)",
           "dalej: ponownie puścić migrację na stagingu", "{cmd} czasem pada na arm64, dziś tego nie ruszam"],
    "de": ["PR #{n} offen, CI grün, wartet auf Review von {p}", "Timeout in {f} behoben (Lock wurde nicht freigegeben)"],
}


def foreign_note(rng: R) -> str:
    lang = pick(rng, sorted(_FOREIGN_NOTES))
    t = pick(rng, _FOREIGN_NOTES[lang])
    return t.format(n=pr(rng), p=pick(rng, PEOPLE), f=pick(rng, FILES), cmd=pick(rng, CMDS))


def diff_hunk_note(rng: R) -> str:
    fn, f = pick(rng, FUNCS), pick(rng, FILES)
    ln = rng.randint(10, 400)
    hunk = pick(rng, [
        f"@@ -{ln},4 +{ln},5 @@\n-    if cfg.timeout:\n+    if cfg.timeout is not None:\n         client.timeout = cfg.timeout",
        f"@@ -{ln},3 +{ln},3 @@ def {fn}(rows):\n-    return sorted(rows)\n+    return sorted(rows, key=lambda r: r.id)",
        f"@@ -{ln},2 +{ln},3 @@\n   timeout: 30\n+  retries: 3\n   region: eu-west-1",
    ])
    lead = pick(rng, [f"patch applied to {f} (fixes the hang on timeout=0):\n",
                      f"Minimal fix kept for the next session, not committed yet ({f}):\n",
                      f"stash@{{0}} on {pick(rng, BRANCHES)}:\n", f"git diff {f}\n"])
    return lead + f"--- a/{f}\n+++ b/{f}\n{hunk}"


def plan_list(rng: R) -> str:
    fn, f, c, b = pick(rng, FUNCS), pick(rng, FILES), pick(rng, CMDS), pick(rng, BRANCHES)
    steps = [f"reproduce with `{c}`", f"bisect between main and {b}", f"write a regression test for {fn}",
             f"fix {fn} in {f}", "run the full suite", f"open the PR against {b.split('/')[0]}-base",
             f"ask {pick(rng, PEOPLE)} to review", "update CHANGELOG.md", f"check the callers of {fn}",
             "rerun the bench on the quiet box", "drop the temporary logging"]
    rng.shuffle(steps)
    n = rng.randint(2, 5)
    head = pick(rng, ["Plan:", "Plan for tomorrow:", "Next session:", "Remaining steps:", "TODO:",
                      f"Plan for #{pr(rng)}:", "Order of work:"])
    if rng.random() < 0.5:
        return head + "\n" + "\n".join(f"{i}. {s}" for i, s in enumerate(steps[:n], 1))
    return head + " " + "; ".join(steps[:n])


def model_ops_talk(rng: R) -> str:
    m, m2 = pick(rng, MODELS), pick(rng, MODELS)
    return pick(rng, [
        f"prompt cache hit rate {rng.randint(40, 95)}% on {m} after moving the tool list to the front",
        f"system prompt is {rng.randint(1, 9)}.{rng.randint(0, 9)}k tokens; budget is 8k",
        f"switched the summariser from {m} to {m2}: {rng.randint(10, 60)}% cheaper, eval score within noise",
        f"max_tokens capped at {rng.choice([512, 1024, 2048, 4096])} for the review bot",
        f"{m} returns 529 overloaded about once an hour; retry with jitter handles it",
        f"eval run {rng.randint(100, 999)}: {rng.randint(60, 99)}/{rng.randint(100, 120)} tasks solved with {m}",
        f"The chat UI now streams tokens; first token at ~{rng.randint(200, 900)} ms p50",
        "temperature=0 for the classifier prompt, 0.7 for the brainstorming one",
        "Added a regression eval for the case where the model answers in the wrong language",
        f"context window hit at turn {rng.randint(20, 80)} in the long session; compaction kicked in",
        f"tool-call JSON schema validation rejects {rng.randint(1, 9)}% of {m}'s calls; most miss a required field",
        "the assistant's replies are not logged; only token counts and latency go to the dashboard",
        f"{m} rate limit: {rng.randint(50, 4000)} RPM, {rng.randint(20, 800)}k TPM on our tier",
        f"Prompt template v{rng.randint(2, 9)} merged; diff is in prompts/CHANGELOG.md",
        f"Fine-tune job ft-{rs(rng, LOWNUM, 8)} finished; loss {rng.randint(1, 9)}.{rng.randint(10, 99)} -> 0.{rng.randint(10, 99)}",
    ])


CATEGORIES: list[tuple[str, Callable[[R], str], int]] = [
    ("note_status", note_status, 70),
    ("next_action", next_action, 65),
    ("validation_command", validation_command, 60),
    ("config_value", config_value, 60),
    ("branch_pr_title", branch_pr_title, 55),
    ("hash_lookalike", hash_lookalike, 60),
    ("id_lookalike", id_lookalike, 55),
    ("base64_public", base64_public, 45),
    ("public_key", public_key, 50),
    ("masked_placeholder", masked_placeholder, 60),
    ("secret_talk", secret_talk, 60),
    ("docs_lookalike", docs_lookalike, 70),
    ("commit_body", commit_body, 50),
    ("human_review_comment", human_review_comment, 50),
    ("tool_output_plain", tool_output_plain, 50),
    ("foreign_note", foreign_note, 65),
    ("diff_hunk_note", diff_hunk_note, 30),
    ("model_ops_talk", model_ops_talk, 50),
    ("plan_list", plan_list, 40),
]
