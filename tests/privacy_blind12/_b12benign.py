"""Ordinary text of each handoff field: the large majority of what those fields hold."""

from __future__ import annotations

import json
import random

from _b12intl import intl_benign
from _b12rand import (
    AN,
    BRANCHES,
    DG,
    FILES,
    HEX,
    PEOPLE,
    PROVIDERS,
    REPOS,
    SERVICES,
    TESTS_,
    UP,
    flatten,
    hhmm,
    iso,
    pick,
    rs,
    sha,
)

ENVS = ["stg", "staging", "prod", "qa", "dev", "preprod"]


# ----- note bodies -----------------------------------------------------------------------------

def note_terse_status(r: random.Random) -> str:
    n = r.randint(10, 3000)
    return pick(r, [
        f"tests green, PR #{n} open", f"blocked on #{n}", "waiting for review", f"deployed {sha(r, 7)} to {pick(r, ENVS)}",
        f"{pick(r, TESTS_)} flaky again", f"migration done on {pick(r, ENVS)}", "CI red: lint only", "lgtm from marek, merging",
        f"{pick(r, SERVICES)} rolled back", f"half done, see {pick(r, BRANCHES)}", f"repro'd #{n} locally", "wip, don't merge",
        f"p99 back to {r.randint(80, 400)}ms", f"queue drained at {hhmm(r)}", "canary looks fine", f"on call until {hhmm(r)}",
        f"{r.randint(2, 40)} files changed, needs squash", "stuck on the arm64 build", f"no repro on main @ {sha(r, 7)}",
    ])


def note_verbose_status(r: random.Random) -> str:
    f, t, b, repo = pick(r, FILES), pick(r, TESTS_), pick(r, BRANCHES), pick(r, REPOS)
    paras = [
        f"Picked up where the last session left off on {b}. The lock timeout in {f} was set to 5s but the writer "
        f"holds it for up to 8s under load, which explains the intermittent failures of {t}.",
        f"I raised the timeout to 15s and added a log line when we wait for more than a second. {t} passed 50 times in a row "
        f"locally; CI run {r.randint(1000, 99999)} is still going.",
        f"Open question for {pick(r, PEOPLE)}: should the export keep the old column order? Customers on the v1 API parse it "
        f"positionally, so I left it as is for now.",
        f"Not done: the docs for the new flag, and the changelog entry. The PR on {repo} is a draft until then.",
        "Watch out: the staging database was restored from Monday's snapshot, so the fixtures from last week are gone.",
    ]
    chosen = r.sample(paras, r.randint(2, 4))
    text = "\n\n".join(chosen)
    return flatten(r, text) if r.random() < 0.3 else text


def note_near_miss(r: random.Random) -> str:
    env = pick(r, ENVS)
    return pick(r, [
        f"the {env} db password is in 1Password under 'orders {env}', not in the repo any more",
        f"rotated the {pick(r, ['stripe', 'github', 'slack', 'sendgrid'])} token, new one is in the vault (old one revoked at {hhmm(r)})",
        "password reset emails were going to spam; fixed the SPF record",
        "API key auth now returns 401 instead of 500 when the header is missing",
        f"the token refresh races with the request retry; added a mutex in {pick(r, FILES)}",
        f"prompt caching cut our token bill by ~{r.randint(20, 70)}% on the summariser",
        f"model picks the wrong tool when the prompt is longer than ~{r.randint(4, 30)}k tokens, filed #{r.randint(10, 3000)}",
        f"don't log the Authorization header; I removed the debug line in {pick(r, FILES)}",
        "secret scanning flagged a test fixture, it's a fake key from the docs; marked as false positive",
        "password policy: min 12 chars, checked by zxcvbn score >= 3",
        "the prompt template for triage lives in prompts/triage.md now; version it with the code",
        f"token expiry is 15 min for access, 30 days for refresh (see {pick(r, FILES)})",
        "ssh key for the runner was regenerated; the public key is added to the deploy keys",
        f"we store only a bcrypt hash of the password, cost {r.randint(10, 13)}",
        f"the LLM eval went from {r.randint(50, 70)}% to {r.randint(71, 90)}% after the retrieval fix",
        f"KMS key alias/{pick(r, SERVICES)} is used for envelope encryption of the secrets table",
        f"password field on the signup form loses focus on Safari, see #{r.randint(10, 3000)}",
    ])


def note_intl_benign(r: random.Random) -> str:
    return intl_benign(r)


def note_product_copy(r: random.Random) -> str:
    return pick(r, [
        "Your password must be at least 12 characters long.", "Enter the 6-digit code we sent to your phone.",
        "You've reached your plan's request limit. Upgrade to keep going.", "Your API key was copied to the clipboard.",
        "We couldn't connect to your repository. Check that the GitHub app has access and try again.",
        "Session expired. Please sign in again.", "Invite your teammates to collaborate on this project.",
        "Your export is ready. Download it within 7 days.", "Ask anything about your codebase",
        "Tokens used this month: {used} of {limit}", "Something went wrong. Our team has been notified.",
        "Drag files here or click to upload", "Two-factor authentication is now required for all admins.",
        "Regenerate key? Apps using the old key will stop working immediately.",
        "Type a message…", "Choose a model", "Your workspace is being set up. This usually takes a minute.",
    ]) + pick(r, ["", "", f" (copy for {pick(r, ['settings page', 'banner', 'empty state', 'modal', 'toast'])}, "
                  f"ticket UX-{r.randint(10, 999)})"])


# ----- validation -----------------------------------------------------------------------------------

def validation_cmd_benign(r: random.Random) -> str:
    return pick(r, [
        f"pytest -q tests/{pick(r, ['unit', 'integration', 'e2e'])} -k {pick(r, TESTS_).split('(')[0]}",
        "make test", "make lint", "go test ./... -race -count=1", "cargo test --all-features",
        f"npm run test -- --runInBand {pick(r, FILES)}", "pnpm -r build", "tox -e py311",
        f"docker build -t {pick(r, SERVICES)}:{sha(r, 7)} .", "terraform plan -out tfplan",
        f"kubectl rollout status deploy/{pick(r, SERVICES)} -n {pick(r, ENVS)}",
        "mypy --strict handoff", "ruff check .", f"./scripts/smoke.sh {pick(r, ENVS)}",
        f"curl -sf https://{pick(r, SERVICES)}.{pick(r, ENVS)}.example.com/healthz",
        "psql -h db.internal -U app -c 'select count(*) from orders'", "bundle exec rspec spec/models",
        f"gradle test --tests '*{pick(r, ['Orders', 'Cache', 'Retry'])}*'", "helm lint charts/api",
        "hyperfine 'handoff show' --warmup 3", f"python -m pytest -x -p no:randomly tests/test_{pick(r, ['lock', 'store', 'cli'])}.py",
    ]) + pick(r, ["", "", f" # on {pick(r, BRANCHES)}", "  # rerun"])


def validation_summary_benign(r: random.Random) -> str:
    p, f, s = r.randint(1, 900), r.randint(0, 12), r.randint(0, 30)
    return pick(r, [
        f"{p} passed, {s} skipped", f"{p} passed, {f} failed ({pick(r, TESTS_)})", "lint clean", f"build ok in {r.randint(20, 600)}s",
        f"{f} type errors in {pick(r, FILES)}", f"plan: {r.randint(0, 9)} to add, {r.randint(0, 9)} to change, 0 to destroy",
        "rollout complete", "timeout after 600s", f"coverage {r.randint(60, 99)}.{r.randint(0, 9)}%", "exit 137 (OOM)",
        f"smoke ok on {pick(r, ENVS)}", f"flaky: {pick(r, TESTS_)} failed 1/{r.randint(5, 50)}", "no tests ran", "healthz 200",
        f"{p} examples, {f} failures", f"image pushed, digest sha256:{sha(r, 64)}",
    ])


# ----- config facts -------------------------------------------------------------------------------

def config_fact_benign(r: random.Random) -> str:
    sep = pick(r, ["=", ": ", " = "])
    k, v = pick(r, [
        ("python", "3.11"), ("node", "22.11.0"), ("go", "1.23.4"), ("db.host", "db.internal"), ("db.port", "5432"),
        ("db.pool_size", str(r.randint(5, 50))), ("region", pick(r, ["eu-west-1", "us-east-1", "ap-southeast-2"])),
        ("default_branch", "main"), ("ci.provider", pick(r, ["github-actions", "gitlab", "buildkite"])),
        ("test.command", "pytest -q"), ("lint.command", "make lint"), ("package_manager", pick(r, ["uv", "pnpm", "poetry"])),
        ("model.default", pick(r, PROVIDERS)[1]), ("max_tokens", str(r.choice([1024, 4096, 8192]))),
        ("timeout_s", str(r.randint(5, 120))), ("feature.async_export", pick(r, ["true", "false"])),
        ("k8s.namespace", pick(r, ENVS)), ("log.level", pick(r, ["info", "debug", "warn"])),
        ("cache.ttl", f"{r.randint(1, 60)}m"), ("release.train", f"{r.randint(2026, 2027)}.{r.randint(1, 52)}"),
        ("docker.base_image", pick(r, ["python:3.11-slim", "node:22-alpine", "gcr.io/distroless/static"])),
        ("token_budget", str(r.randint(10, 200) * 1000)), ("password_min_length", str(r.randint(10, 16))),
        ("secret_scanning", "enabled"), ("auth.provider", pick(r, ["okta", "auth0", "keycloak"])),
        ("session.lifetime", f"{r.randint(1, 24)}h"), ("api.base_url", f"https://api.{pick(r, ENVS)}.example.com"),
    ])
    return f"{k}{sep}{v}"


def config_reference_benign(r: random.Random) -> str:
    sep = pick(r, ["=", ": ", " = "])
    key = pick(r, ["db.password", "stripe_api_key", "OPENAI_API_KEY", "smtp.password", "github.token", "redis.auth",
                   "jwt.secret", "SENTRY_AUTH_TOKEN", "aws.secret_access_key", "ANTHROPIC_API_KEY", "slack.webhook"])
    up = key.upper().replace(".", "_")
    val = pick(r, [
        "${{ secrets.%s }}" % up, f"op://Engineering/{pick(r, SERVICES)}/password", f"vault:secret/data/{pick(r, ENVS)}/app#{up.lower()}",
        f"env:{up}", f"${{{up}}}", f"$${up}", "<set in 1Password>", "changeme-in-prod", "REPLACE_ME", "xxxxxxxx", "********",
        "", "(from the secret manager)", f"/run/secrets/{up.lower()}", f"arn:aws:secretsmanager:eu-west-1:{rs(r, DG, 12)}:secret:{up.lower()}-{rs(r, AN, 6)}",
        f"projects/{pick(r, SERVICES)}/secrets/{up.lower()}/versions/latest", "see .env.example", "sk-...redacted",
        f"ghp_****{rs(r, UP, 4)}", "<redacted>", "null", "unset", f"{up}_FILE=/etc/app/{up.lower()}",
    ])
    return f"{key}{sep}{val}".rstrip()


# ----- PR / issue titles and bodies -------------------------------------------------------------

def pr_title_body_benign(r: random.Random) -> str:
    n = r.randint(10, 3000)
    pairs = [
        (f"Fix lock timeout under concurrent writers (#{n})",
         "## Why\nThe writer holds the lock longer than the timeout under load.\n\n## What\n- raise the timeout\n- log long waits\n\n"
         f"## Testing\n`pytest -q tests/test_lock.py` x50, all green.\n\nCloses #{n}"),
        ("Flaky: test_tz_dst_boundary on CI",
         "Steps to reproduce:\n1. set TZ=Europe/Berlin\n2. run `test_tz_dst_boundary` on the last Sunday of October\n"
         "3. observe off-by-one hour\n\nExpected: same result as UTC."),
        ("Read credentials from the environment",
         "This moves the credentials out of `settings.py`; the app now reads them from the environment "
         f"(`DB_PASSWORD`, `STRIPE_API_KEY`). No values are committed. Reviewers: {pick(r, PEOPLE)}."),
        (f"Add index on orders(created_at) (#{n})",
         f"cc {pick(r, PEOPLE)} - can you check the migration on a copy of prod first? It adds an index concurrently."),
        (f"{pick(r, SERVICES)}: cache tenant lookups",
         f"| metric | before | after |\n|---|---:|---:|\n| p50 | {r.randint(20, 90)} ms | {r.randint(5, 19)} ms |\n"
         f"| p99 | {r.randint(200, 900)} ms | {r.randint(50, 199)} ms |"),
        ("Rate-limit banner shows the wrong reset time",
         "The banner formats the reset time in UTC but labels it as local time. Repro: set the browser to UTC-5, hit the limit."),
        ("Bump pydantic to 2.10", f"Routine bump. Changelog reviewed, no breaking changes for us. {r.randint(200, 900)} tests pass."),
    ]
    title, body = pairs[r.randrange(len(pairs))]
    if r.random() < 0.4:
        return pick(r, [title, "Add CSV export for invoices", "Docs: rotate credentials runbook", "Support OAuth device flow",
                        f"Revert \"{pick(r, ['Enable async export', 'Switch to orjson', 'Cache tenant lookups'])}\"",
                        f"{pick(r, SERVICES)}: retry 429 with backoff", "Password reset link expires too early",
                        "Move the prompt templates into their own package", "Token usage dashboard: per-model breakdown"])
    return f"{title}\n\n{body}"


# ----- model / upstream health -------------------------------------------------------------------

def health_note_benign(r: random.Random) -> str:
    prov, model = pick(r, PROVIDERS)
    return pick(r, [
        f"{prov} {model} rate-limited until {hhmm(r)}", f"rate-limited until {hhmm(r)}", f"{model}: 529 overloaded since {hhmm(r)}",
        f"{prov} degraded, p95 {r.randint(5, 60)}s", f"{model} ok again", f"429 RateLimitError, retry-after {r.randint(5, 120)}s",
        f"{prov} down (status page: investigating)", f"remaining {r.randint(0, 5000)}/{r.randint(5000, 90000)} tokens, resets {hhmm(r)}",
        f"switched to {pick(r, PROVIDERS)[1]} while {model} is throttled", f"{prov}: quota exhausted for the month, billing ticket open",
        f"upstream proxy litellm returns 502 for {model}", f"timeouts on {model} above {r.randint(30, 120)}k context",
        f"{model} latency back to normal at {hhmm(r)} UTC", f"overloaded_error x{r.randint(2, 40)} in the last hour",
    ])


# ----- session summaries ------------------------------------------------------------------------

def summary_benign(r: random.Random) -> str:
    items = [f"fixed the lock timeout in {pick(r, FILES)}", f"{r.randint(50, 900)} tests pass", f"PR #{r.randint(10, 3000)} open on {pick(r, REPOS)}",
             f"{pick(r, TESTS_)} still flaky (1/{r.randint(10, 40)})", "lockfile bumped", f"deployed {sha(r, 7)} to staging",
             "docs not updated yet", f"branch {pick(r, BRANCHES)} pushed", "migration applied on qa", "reverted the cache change"]
    head = pick(r, ["Summary:", "Session end.", "## Session summary", "Done:", "state:"])
    chosen = r.sample(items, r.randint(2, 5))
    if r.random() < 0.5:
        return head + " " + "; ".join(chosen) + "."
    return head + "\n" + "\n".join(f"- {x}" for x in chosen) + f"\nNext: {pick(r, ['merge after review', 'fix the flaky test', 'write the docs', 'ask for review'])}"


# ----- imported records ---------------------------------------------------------------------------

def import_usage_record(r: random.Random) -> str:
    lines = []
    for _ in range(r.randint(1, 4)):
        prov, model = pick(r, PROVIDERS)
        lines.append(json.dumps({"ts": iso(r), "provider": prov, "model": model, "status": pick(r, [200, 200, 200, 429, 529, 500]),
                                 "input_tokens": r.randint(100, 90000), "output_tokens": r.randint(10, 8000),
                                 "latency_ms": r.randint(200, 60000), "request_id": "req_" + rs(r, AN, 24)}))
    return "\n".join(lines)


def import_agent_event_tool(r: random.Random) -> str:
    recs = [
        {"ts": iso(r), "tool": "Bash", "input": {"command": pick(r, ["pytest -q", "git status", "make lint", "ls -la src"])},
         "exit_code": r.choice([0, 0, 1]), "duration_ms": r.randint(50, 90000)},
        {"ts": iso(r), "tool": "Edit", "path": pick(r, FILES), "lines_changed": r.randint(1, 80), "status": "ok"},
        {"ts": iso(r), "tool": "Read", "path": pick(r, FILES), "bytes": r.randint(100, 90000)},
        {"ts": iso(r), "event": "session_start", "session": rs(r, HEX, 8), "cwd": f"/home/dev/src/{pick(r, REPOS).split('/')[1]}"},
        {"ts": iso(r), "event": "validation", "command": "go test ./...", "exit_code": 0, "summary": f"{r.randint(10, 500)} passed"},
        {"ts": iso(r), "tool": "Grep", "pattern": pick(r, ["TODO", "def retry", "lock_timeout"]), "matches": r.randint(0, 40)},
        {"ts": iso(r), "event": "tokens", "input": r.randint(1000, 200000), "output": r.randint(100, 20000), "cache_read": r.randint(0, 100000)},
        {"type": "tool_result", "tool_use_id": "toolu_" + rs(r, AN, 24), "is_error": False,
         "content": pick(r, [f"{r.randint(5, 900)} passed in {r.randint(1, 99)}.{r.randint(10, 99)}s", "On branch main\nnothing to commit, working tree clean",
                             f"Found {r.randint(0, 30)} matches", "File written successfully", f"exit code {r.choice([0, 1, 2])}"])},
        {"ts": iso(r), "tool": "Bash", "input": {"command": "git diff --stat"},
         "result": {"stdout": f" {pick(r, FILES)} | {r.randint(1, 90)} +++--\n 1 file changed", "stderr": "", "exit": 0}},
        {"ts": iso(r), "tool": "WebFetch", "url": f"https://docs.example.com/{pick(r, ['api', 'cli', 'limits'])}", "status": 200,
         "bytes": r.randint(1000, 90000)},
    ]
    n = r.randint(1, 5)
    return "\n".join(json.dumps(pick(r, recs)) for _ in range(n))  # type: ignore[arg-type]


# ----- whole pastes -----------------------------------------------------------------------------

def paste_ci_log_benign(r: random.Random) -> str:
    steps = ["Run actions/checkout@v4", "Run actions/setup-python@v5", "  python-version: 3.11",
             "Run pip install -e .[test]", f"Successfully installed handoff-0.{r.randint(1, 9)}.0",
             "Run pytest -q", f"{r.randint(100, 900)} passed, {r.randint(0, 9)} skipped in {r.randint(20, 300)}.{r.randint(0, 99)}s",
             "  env:", "    STRIPE_API_KEY: ***", "    DATABASE_URL: ***", "Post job cleanup.", "##[group]Run make lint",
             "All checks passed!", "##[endgroup]", f"Error: Process completed with exit code {r.choice([0, 1, 2])}."]
    start = r.randint(0, 4)
    chosen = steps[start:start + r.randint(4, 11)]
    t = r.randint(0, 80000)
    out = []
    for line in chosen:
        t += r.randint(0, 90)
        out.append(f"{t // 3600:02d}:{t // 60 % 60:02d}:{t % 60:02d} {line}" if r.random() < 0.5 else line)
    return "\n".join(out)


def paste_env_benign(r: random.Random) -> str:
    lines = [f"NODE_ENV={pick(r, ['production', 'development'])}", "PORT=8080", "LOG_LEVEL=info", "TZ=UTC",
             "DATABASE_URL=postgres://app@db.internal:5432/orders", "DB_PASSWORD=${DB_PASSWORD}", "STRIPE_API_KEY=",
             "OPENAI_API_KEY=sk-your-key-here", "REDIS_URL=redis://localhost:6379/0", "SENTRY_DSN=",
             "GITHUB_TOKEN=${{ secrets.GITHUB_TOKEN }}", "JWT_SECRET=<generate with openssl rand -hex 32>",
             "AWS_PROFILE=dev", "FEATURE_FLAGS=new_checkout,async_export", "SMTP_PASSWORD_FILE=/run/secrets/smtp"]
    chosen = r.sample(lines, r.randint(4, 10))
    head = pick(r, ["", "# .env.example", ".env.example (safe to commit):", "```env"])
    body = "\n".join(chosen)
    return f"```env\n{body}\n```" if head == "```env" else (f"{head}\n{body}" if head else body)


def paste_terminal_benign(r: random.Random) -> str:
    ps = pick(r, ["$ ", "❯ ", f"dev@{pick(r, ['box', 'mbp', 'runner-3'])}:~/src$ "])
    blocks = [
        [f"{ps}git status", f"On branch {pick(r, BRANCHES)}", "nothing to commit, working tree clean"],
        [f"{ps}pytest -q", "." * r.randint(10, 60) + "F", f"1 failed, {r.randint(10, 300)} passed in {r.randint(2, 90)}.{r.randint(0, 99)}s"],
        [f"{ps}kubectl get pods -n {pick(r, ENVS)}", "NAME                     READY   STATUS    RESTARTS   AGE",
         f"{pick(r, SERVICES)}-{rs(r, HEX, 9)}-{rs(r, 'abcdefghijklmnopqrstuvwxyz', 5)}   1/1     Running   0          {r.randint(1, 59)}m"],
        [f"{ps}gh pr checks {r.randint(10, 3000)}", "lint   pass   31s", "test   fail   4m2s", "build  pass   1m10s"],
        [f"{ps}docker compose up -d", f"[+] Running {r.randint(2, 6)}/{r.randint(2, 6)}", " ✔ Container db     Started", " ✔ Container api    Started"],
        [f"{ps}vault kv get secret/{pick(r, SERVICES)}", "Error reading secret: permission denied", f"{ps}vault login -method=oidc",
         "Success! You are now authenticated."],
        [f"{ps}ssh-keygen -t ed25519 -C ci@{pick(r, SERVICES)}", "Generating public/private ed25519 key pair.",
         "Your identification has been saved in /home/ci/.ssh/id_ed25519", f"SHA256:{rs(r, AN + '+/', 43)} ci@runner"],
    ]
    return "\n".join(pick(r, blocks))  # type: ignore[arg-type]


def paste_app_log(r: random.Random) -> str:
    lines = []
    for _ in range(r.randint(4, 20)):
        lines.append(pick(r, [
            f"{iso(r)} INFO  [{pick(r, SERVICES)}] GET /api/v1/orders/{r.randint(1, 99999)} 200 {r.randint(2, 900)}ms",
            f"{iso(r)} WARN  [{pick(r, SERVICES)}] retrying upstream call (attempt {r.randint(1, 5)})",
            f"{iso(r)} ERROR [auth] login failed for user id={r.randint(1, 99999)}: invalid password",
            f"{iso(r)} INFO  [auth] token refreshed for user id={r.randint(1, 99999)}",
            f"{iso(r)} DEBUG [llm] model={pick(r, PROVIDERS)[1]} input_tokens={r.randint(100, 9000)} output_tokens={r.randint(10, 900)}",
            f"{iso(r)} INFO  [db] pool size={r.randint(5, 50)} idle={r.randint(0, 5)}",
            f"{r.choice(['10.0.1.', '192.168.3.'])}{r.randint(2, 250)} - - [{r.randint(1, 28)}/Nov/2026:{hhmm(r)}:00 +0000] \"GET /healthz HTTP/1.1\" 200 2",
        ]))
    return "\n".join(sorted(lines))


BENIGN = {
    "note_terse_status": (note_terse_status, 70),
    "note_verbose_status": (note_verbose_status, 50),
    "note_near_miss": (note_near_miss, 60),
    "note_intl_benign": (note_intl_benign, 60),
    "note_product_copy": (note_product_copy, 35),
    "validation_cmd_benign": (validation_cmd_benign, 65),
    "validation_summary_benign": (validation_summary_benign, 50),
    "config_fact_benign": (config_fact_benign, 65),
    "config_reference_benign": (config_reference_benign, 60),
    "pr_title_body_benign": (pr_title_body_benign, 60),
    "health_note_benign": (health_note_benign, 55),
    "summary_benign": (summary_benign, 55),
    "import_usage_record": (import_usage_record, 40),
    "import_agent_event_tool": (import_agent_event_tool, 50),
    "paste_ci_log_benign": (paste_ci_log_benign, 45),
    "paste_env_benign": (paste_env_benign, 40),
    "paste_terminal_benign": (paste_terminal_benign, 45),
    "paste_app_log": (paste_app_log, 45),
}
