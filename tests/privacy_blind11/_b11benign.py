"""Benign categories of blind11: ordinary engineering text, many of it near misses (talk about
passwords, tokens, prompts and models; secret-named keys holding references; ids and hashes)."""
import base64
import json

from _b11rand import (
    B64,
    BRANCHES,
    DOMAINS,
    ENVS,
    FILES,
    HOSTS,
    PEOPLE,
    REPOS,
    SERVICES,
    USERS,
    WORDS,
    bullets,
    hexs,
    log_prefix,
    md_table,
    tok,
    ts,
    ulid,
    uuid4,
)


def _s(r):
    return r.choice(SERVICES)


def near_miss_note(r):
    s, e, n = _s(r), r.choice(ENVS), r.randint(2, 90)
    return r.choice([
        f"rotated the {s} db password today, new value is in 1Password (Infra vault), old one revoked",
        f"the {e} API token expires in {n} days; renewal ticket OPS-{r.randint(100, 9999)}",
        f"don't paste tokens in PR comments. use the vault path, e.g. secret/data/{s}/api",
        f"password policy: min 16 chars, no reuse of the last {n}, rotation every 90 days",
        f"{s}: moved SMTP credentials from .env into the k8s secret {s}-smtp (namespace {e})",
        "Found an old GitHub token in CI logs, revoked it and re-ran the job. Nothing else exposed.",
        "reminder: the signing key lives in KMS, the app only gets a key id, never the key",
        f"auth failures on {e} were expired certs, not wrong passwords",
        f"we store only the bcrypt hash (cost {r.choice([10, 12, 14])}); the plaintext never hits the log",
        f"token bucket refill set to {n}/s for the {s} limiter",
        f"secret scanning flagged {n} false positives in fixtures; added them to the allowlist",
        f"the prompt library for the support bot has {n} templates now, reviewed by legal",
        f"password reset emails for {s} were delayed ~{n} min because of the mail queue",
        f"service account for {s} uses workload identity, no key file on disk",
        f"API key auth for {s} is deprecated; switch clients to OAuth by {r.randint(1, 28)} Jan",
        f"i have rotate the password of {s} db yesterday, new one is in the vault, please take from there",
        f"the token of the bot is expire since {n} days, somebody must renew (i have no rights for this)",
        f"pw reset for {r.choice(USERS)} done. told them via phone, not chat",
        f"So, long story: the {s} job failed because the token it used belonged to {r.choice(PEOPLE)}, who left in October. "
        f"We created a service account, stored its credentials in the vault and pointed the job at the vault path. Nothing secret was in the repo.",
        "student question from the workshop: why not keep the API key in the notebook? answer: it ends up in git history",
    ])


def agent_event(r):
    tool = r.choice(["Bash", "Read", "Edit", "Write", "Grep", "Glob", "WebFetch", "shell", "apply_patch", "read_file"])
    f = r.choice(FILES)
    k = r.randrange(6)
    if k == 0:
        return json.dumps({"type": "tool_result", "tool": tool, "status": r.choice(["ok", "error"]), "duration_ms": r.randint(3, 90000),
                           "exit_code": r.choice([0, 0, 1, 2]), "path": f})
    if k == 1:
        return f"{ts(r, 0)} tool={tool} status={r.choice(['ok', 'denied', 'timeout'])} dur={r.randint(1, 900)}ms files={r.randint(0, 30)}"
    if k == 2:
        return json.dumps({"event": "session_end", "session": uuid4(r), "turns": r.randint(2, 80), "tools_used": r.randint(0, 200),
                           "input_tokens": r.randint(1000, 900000), "output_tokens": r.randint(100, 90000), "cost_usd": round(r.random() * 9, 3)})
    if k == 3:
        return f"● {tool}({r.choice(['pytest -q', 'ruff check .', f, 'git status', 'npm test'])})\n  ⎿  {r.choice(['Done', str(r.randint(2, 400)) + ' lines', 'exit 0', 'exit 1'])}"
    if k == 4:
        return json.dumps({"id": ulid(r), "kind": "validation", "cmd": r.choice(["make test", "pytest -q", "go test ./..."]),
                           "exit": r.choice([0, 1]), "commit": hexs(r, 40), "duration_s": round(r.random() * 400, 1)})
    return f"[{ts(r, 4)}] {tool} -> {f} ({r.randint(1, 99)} matches)"


def pwmgr_metadata(r):
    site = f"{r.choice(['vpn', 'grafana', 'jenkins', 'admin', 'portal'])}.{r.choice(DOMAINS)}"
    k = r.randrange(6)
    if k == 0:
        return f"folder,name,login_uri,login_username\nInfra,{r.choice(WORDS).capitalize()} {r.choice(ENVS)},https://{site},{r.choice(USERS)}"
    if k == 1:
        return f"Item \"{r.choice(['Grafana prod', 'Jenkins admin', 'Office VPN'])}\" - last rotated {r.randint(1, 28)} Nov 2026 by {r.choice(PEOPLE)}, next rotation due in {r.randint(10, 90)} days"
    if k == 2:
        return json.dumps({"name": r.choice(["Staging DB", "Router", "NAS"]), "login": {"uris": [{"uri": f"https://{site}"}], "username": r.choice(USERS)},
                           "folder": r.choice(["Ops", "Shared"]), "revisionDate": ts(r, 0)})
    if k == 3:
        return bullets(r, [f"Vault: {r.choice(['Infra', 'Eng-Shared', 'On-call'])}", f"Items: {r.randint(10, 300)}",
                           f"Weak passwords: {r.randint(0, 9)}", f"Reused: {r.randint(0, 5)}", "Exposed: 0"])
    if k == 4:
        return f"op item list --vault {r.choice(['Infra', 'CI'])} --categories Login --format json | jq length  # {r.randint(10, 200)}"
    return f"bw list items --folderid {uuid4(r)} | jq -r '.[].name'"


def secret_reference(r):
    name = r.choice(["DB_PASSWORD", "api_key", "STRIPE_SECRET_KEY", "OPENAI_API_KEY", "client_secret", "token", "dbPwd",
                     "adminPassword", "SMTP_PASS", "GITHUB_TOKEN", "password", "SLACK_BOT_TOKEN"])
    ref = r.choice([
        f"${{{{ secrets.{name.upper()} }}}}", f"op://{r.choice(['Infra', 'CI'])}/{_s(r)}/{r.choice(['password', 'credential'])}",
        f"vault:secret/data/{_s(r)}#{name.lower()}", f"env:{name.upper()}", f"${{{name.upper()}}}", f"${name.upper()}",
        "<redacted>", "****", "********", "[REDACTED]", "", "<set-me>", "<your-token-here>", "xxxxxxxx", "YOUR_API_KEY",
        f"{{{{ .Values.{name.lower()} }}}}", f"arn:aws:secretsmanager:eu-west-1:{r.randint(10**11, 10**12 - 1)}:secret:{_s(r)}-{tok(r, 6)}",
        f"projects/{r.choice(WORDS)}-{r.randint(100, 999)}/secrets/{_s(r)}/versions/latest", "None", "null", "sk-...",
        f"file:/run/secrets/{name.lower()}", "<set in CI>", "%(" + name.lower() + ")s"])
    k = r.randrange(6)
    if k == 0:
        return f"{name}={ref}".rstrip("=") + ("=" if ref == "" else "")
    if k == 1:
        return f"{name}: {ref}" if ref else f"{name}:"
    if k == 2:
        return json.dumps({name: ref, "timeout": r.randint(5, 60)})
    if k == 3:
        return f"        - name: {name.upper()}\n          valueFrom:\n            secretKeyRef:\n              name: {_s(r)}-secrets\n              key: {name.lower()}"
    if k == 4:
        return f"{log_prefix(r)}loaded config: {name}={'*' * r.randint(4, 12)} region={r.choice(['eu-west-1', 'us-east-1'])}"
    return f"export {name}=\"$(op read 'op://{r.choice(['Infra', 'CI'])}/{_s(r)}/{name.lower()}')\""


def digest_id(r):
    k = r.randrange(12)
    if k == 0:
        return f"sha256:{hexs(r, 64)}"
    if k == 1:
        return f"{r.choice(['ghcr.io', 'docker.io'])}/{r.choice(REPOS)}@sha256:{hexs(r, 64)}"
    if k == 2:
        return f"commit {hexs(r, 40)}"
    if k == 3:
        return f"request_id={uuid4(r)} trace_id={hexs(r, 32)} span_id={hexs(r, 16)}"
    if k == 4:
        return f"order {ulid(r)} created"
    if k == 5:
        return f"cache key: {r.choice(['pip', 'npm', 'cargo', 'gradle'])}-{r.choice(['Linux', 'macOS'])}-{hexs(r, 64)}"
    if k == 6:
        return f"{hexs(r, 64)}  dist/{r.choice(WORDS)}-{r.randint(1, 3)}.{r.randint(0, 20)}.{r.randint(0, 9)}.tar.gz"
    if k == 7:
        data = f"page={r.randint(1, 9)}&sort={r.choice(['asc', 'desc'])}&theme={r.choice(['dark', 'light'])}&lang={r.choice(['en', 'de', 'ja'])}"
        return f"state={base64.b64encode(data.encode()).decode()}"
    if k == 8:
        return f"etag: W/\"{hexs(r, 32)}\""
    if k == 9:
        return f"integrity=\"sha512-{tok(r, 86, B64)}==\""
    if k == 10:
        return f"md5 {hexs(r, 32)}  backup-{r.randint(1, 28):02d}.sql.gz"
    return f"run {r.randint(10**9, 10**10 - 1)} / attempt {r.randint(1, 3)} / job {uuid4(r)[:8]}"


def runbook(r):
    s = _s(r)
    return r.choice([
        f"1. Drain the node: `kubectl drain {r.choice(HOSTS)} --ignore-daemonsets`\n2. Wait until the pods are rescheduled.\n3. Patch the kernel and reboot.\n4. Uncordon the node and watch the {s} dashboard for 10 minutes.",
        f"If the {s} queue backs up, scale the workers first; only then look at the consumer lag. Do not purge the queue.",
        f"To rotate the {s} database password: generate a new one in the vault UI, update the secret, restart the deployment, then revoke the old one.",
        f"You will get paged for {s} latency above 800 ms. Check the upstream status page before you roll back.",
        "Before you merge, run `make lint test` locally and attach the output to the PR description.",
        f"Open the Grafana board \"{s} / overview\", pick the {r.choice(ENVS)} datasource and compare p95 with last week.",
        f"Step {r.randint(1, 6)}: confirm the backup finished (look for `backup complete` in the job log), then start the restore on the replica.",
        "When you hand over on-call, write down open incidents, silenced alerts and anything you promised a customer.",
    ])


def product_copy(r):
    return r.choice([
        "Your password must be at least 12 characters long.", "Forgot your password? We'll email you a reset link.",
        "You can create up to 5 API tokens per workspace. Tokens are shown once.", "Your session has expired. Sign in again to continue.",
        f"You're on the {r.choice(['Free', 'Team', 'Pro'])} plan. Upgrade to get SSO and audit logs.",
        "Ask our AI assistant anything about your invoices.", "Enter the code we sent to your phone.",
        "You have unsaved changes. Leave anyway?", f"Invite up to {r.randint(3, 50)} teammates to your workspace.",
        "Connect your GitHub account to import repositories.", "Your export is ready. Download it within 7 days.",
        "Two-factor authentication is now required for admins.", "Write a prompt to get started", "Regenerate response",
    ]) + r.choice(["", "", " Learn more", " →"])


def commit_message(r):
    s = _s(r)
    subj = r.choice([f"fix({s}): retry on 503 from upstream", f"feat: add CSV export to {s}", "chore: bump ruff to 0.8",
                     f"refactor({s}): split handler into parse and apply", "ci: cache pip wheels between jobs",
                     "docs: explain token rotation in the runbook", "test: cover the empty-password branch",
                     f"revert \"feat({s}): enable batch writes\"", "build: pin node to 22.11",
                     "security: stop logging request headers", "perf: avoid N+1 in order listing"])
    k = r.randrange(3)
    if k == 0:
        return subj
    if k == 1:
        return f"{hexs(r, 7)} {subj}"
    return f"commit {hexs(r, 40)}\nAuthor: {r.choice(PEOPLE)} <{r.choice(USERS)}@{r.choice(DOMAINS)}>\nDate:   {ts(r, 3)} 2026 +0100\n\n    {subj}\n\n    Refs #{r.randint(10, 999)}"


def ci_log(r):
    lines = [f"{ts(r, 0)} ##[group]Run {r.choice(['actions/checkout@v4', 'actions/setup-python@v5', 'make test'])}",
             f"{ts(r, 0)} env:", f"{ts(r, 0)}   GITHUB_TOKEN: ***", f"{ts(r, 0)}   PYTHON_VERSION: 3.11",
             f"{ts(r, 0)} ##[endgroup]", f"{ts(r, 0)} Collected {r.randint(10, 900)} items",
             f"{ts(r, 0)} Cache restored from key: pip-Linux-{hexs(r, 64)}",
             f"{ts(r, 0)} Login Succeeded", f"{ts(r, 0)} Pushed ghcr.io/{r.choice(REPOS)}:{hexs(r, 7)}"]
    start = r.randint(0, 5)
    picked = lines[start:start + r.randint(2, 5)]
    base = ts(r, 0)[:14]  # one minute of a job: the lines keep their order
    return "\n".join(f"{base}{r.randint(0, 5) + 10 * i:02d}:{r.randint(10, 59)}Z{ln[20:]}" for i, ln in enumerate(picked))


def test_output(r):
    n, f = r.randint(10, 900), r.randint(0, 4)
    return r.choice([
        f"===== {n} passed, {f} failed, {r.randint(0, 9)} skipped in {r.random() * 90:.2f}s =====",
        f"FAILED tests/test_{_s(r)}.py::test_{r.choice(['retry', 'timeout', 'empty_password_rejected', 'token_expiry'])} - AssertionError: assert 401 == 200",
        f"--- FAIL: Test{r.choice(WORDS).capitalize()} ({r.random():.2f}s)\n    {r.choice(FILES)}:{r.randint(10, 300)}: got 3, want 4\nFAIL\nexit status 1",
        f"Tests:       {f} failed, {n} passed, {n + f} total\nSnapshots:   0 total\nTime:        {r.random() * 30:.3f} s",
        f"test result: ok. {n} passed; 0 failed; {r.randint(0, 4)} ignored; finished in {r.random() * 9:.2f}s",
    ])


def error_message(r):
    s, h = _s(r), f"{r.choice(HOSTS)}.{r.choice(DOMAINS)}"
    return r.choice([
        f"psycopg.OperationalError: connection to server at \"{h}\", port 5432 failed: FATAL: password authentication failed for user \"app\"",
        f"Error: getaddrinfo ENOTFOUND {h}", f"{log_prefix(r)}ERROR 401 Unauthorized: token expired (issued {r.randint(2, 48)}h ago)",
        "fatal: Authentication failed for 'https://github.com/" + r.choice(REPOS) + ".git/'",
        f"OOMKilled: container {s} exceeded memory limit 512Mi", "redis.exceptions.AuthenticationError: invalid username-password pair or user is disabled.",
        f"openai.RateLimitError: Error code: 429 - rate limit reached for requests; retry after {r.randint(1, 60)}s",
        f"anthropic.APIStatusError: overloaded_error (529), request id req_{tok(r, 24)}",
        f"x509: certificate has expired or is not yet valid: current time {ts(r, 0)}",
        f"ERROR: permission denied for table {s}_events", f"Access denied for user 'report'@'10.0.{r.randint(0, 9)}.{r.randint(2, 250)}' (using password: YES)",
    ])


def diff_benign(r):
    f = r.choice(FILES)
    old, new = r.choice([("timeout: 30", "timeout: 60"), ("retries = 3", "retries = 5"), ("LOG_LEVEL=info", "LOG_LEVEL=debug"),
                         ("password: \"\"", "password: ${DB_PASSWORD}"), ("api_key: \"\"", "api_key: ${{ secrets.API_KEY }}"),
                         ("token = os.environ[\"TOKEN\"]", "token = os.environ.get(\"TOKEN\", \"\")"), ("model: gpt-4o", "model: gpt-4o-mini")])
    return f"--- a/{f}\n+++ b/{f}\n@@ -{r.randint(1, 200)},3 +{r.randint(1, 200)},3 @@\n {r.choice(['# settings', '', 'import os'])}\n-{old}\n+{new}".replace("\n \n", "\n")


def conn_config(r):
    h = f"{r.choice(HOSTS)}.{r.choice(DOMAINS)}"
    return r.choice([f"postgresql://{h}:5432/{_s(r)}?sslmode=verify-full", f"redis://{h}:6379/{r.randint(0, 15)}",
                     f"DB_HOST={h}\nDB_PORT=5432\nDB_USER=app\nDB_PASSWORD_FILE=/run/secrets/db_password",
                     f"amqp://{h}:5672/%2F", f"mongodb+srv://cluster0.{tok(r, 5, 'abcdefghijklmnopqrstuvwxyz0123456789')}.mongodb.net/?authMechanism=MONGODB-AWS",
                     f"jdbc:postgresql://{h}:5432/{_s(r)}?ssl=true", f"bootstrap.servers={h}:9092\nsecurity.protocol=SASL_SSL\nsasl.mechanism=OAUTHBEARER"])


def md_table_benign(r):
    rows = [[s, r.choice(ENVS), r.choice(["ok", "degraded", "down"]), f"{r.randint(10, 900)} ms"] for s in r.sample(SERVICES, r.randint(2, 5))]
    k = r.randrange(3)
    if k == 0:
        return md_table(["service", "env", "status", "p95"], rows)
    if k == 1:
        return md_table(["secret", "where", "rotated"], [[n, r.choice(["vault", "1Password", "k8s secret"]), f"2026-{r.randint(1, 11):02d}-{r.randint(1, 28):02d}"]
                                                          for n in r.sample(["DB_PASSWORD", "STRIPE_KEY", "GH_TOKEN", "SMTP_PASS", "JWT_SECRET"], 3)])
    return md_table(["model", "p50", "cost/1k"], [[m, f"{r.randint(200, 3000)} ms", f"${r.random():.4f}"] for m in r.sample(["gpt-4o", "claude-haiku", "llama3.1-8b", "mistral-small"], 3)])


def long_paste_benign(r):
    n = r.randint(18, 40)
    out = []
    for _ in range(n):
        out.append(f"{log_prefix(r)}{r.choice(['GET', 'POST', 'PUT'])} /api/{_s(r)}/{r.randint(1, 9999)} {r.choice([200, 200, 201, 304, 404, 500])} {r.randint(2, 900)}ms")
    return "\n".join(out)


def terse_note(r):
    return r.choice(["tests green, PR open", "waiting on review from " + r.choice(PEOPLE), "flaky: test_retry again", "rebased on main",
                     "deploy blocked by freeze", "pw rotated, in vault", "token expired, renewed", "cache cleared, rerun",
                     "model rate limited till 14:00", "prompt v3 merged", "skip: needs secrets", "db migrated, 0 errors",
                     "ci red - lint only", "half done, see TODO", "oncall handed to " + r.choice(PEOPLE)]) + r.choice(
        ["", "", f" ({r.choice(BRANCHES)})", f" #{r.randint(10, 900)}", " " + ts(r, 4)])


def model_talk(r):
    m = r.choice(["gpt-4o", "gpt-4o-mini", "claude-sonnet-4-5", "claude-haiku", "llama3.1:8b", "gemini-2.0-flash", "mistral-small"])
    return r.choice([
        f"switched the summariser to {m}; p95 latency went from {r.randint(3, 9)}s to {r.randint(1, 3)}s",
        f"{m} rate limited us {r.randint(2, 40)} times today, reset at {ts(r, 4)}",
        f"the prompt template lives in prompts/summary.txt (v{r.randint(2, 9)}), change it through a PR only",
        f"eval: {m} scored {r.randint(60, 95)}% on our {r.randint(100, 900)}-case regression set, up {r.randint(1, 9)} points",
        "we never log prompts or completions, only token counts and latency",
        f"context window on {m} is plenty for our diffs; the cost is the issue",
        f"temperature 0.{r.randint(0, 9)}, max_tokens {r.choice([256, 512, 1024])}, top_p 1 for the triage job",
        f"the agent spent {r.randint(10, 90)}k tokens on this task, most of it reading tests",
        f"health: {m} ok, fallback {r.choice(['gpt-4o-mini', 'claude-haiku'])} ok, embeddings degraded",
    ])


def code_benign(r):
    return r.choice([
        "def check_password(raw: str, hashed: bytes) -> bool:\n    return bcrypt.checkpw(raw.encode(), hashed)",
        "token = request.headers.get(\"Authorization\", \"\").removeprefix(\"Bearer \")\nif not token:\n    raise Unauthorized()",
        "const apiKey = process.env.API_KEY;\nif (!apiKey) throw new Error('API_KEY is not set');",
        "password = getpass.getpass(\"DB password: \")",
        "func loadSecret(name string) (string, error) {\n\treturn os.ReadFile(filepath.Join(\"/run/secrets\", name))\n}",
        "# The prompt is built from the ticket title only; body text is never sent.\nprompt = render(\"triage.j2\", title=ticket.title)",
        f"retries = {r.randint(2, 9)}\nbackoff = {r.random():.2f}\nfor attempt in range(retries):\n    ...",
        "if len(password) < 12:\n    raise ValueError(\"password too short\")",
        "SECRET_KEY = os.environ[\"DJANGO_SECRET_KEY\"]",
    ]) + r.choice(["", "", f"\n# {r.choice(FILES)}"])


def sre_shift_log(r):
    """An on-call shift log: timestamps, actions, numbers, no credential and no chat."""
    out = []
    for _ in range(r.randint(2, 7)):
        s = _s(r)
        out.append(f"{ts(r, 4)} " + r.choice([
            f"paged: {s} 5xx > 2% for 5m", f"ack'd, looking at {s} dashboards", f"rolled back {s} to {hexs(r, 7)}",
            f"scaled {s} from {r.randint(2, 6)} to {r.randint(7, 20)} replicas", f"disk on {r.choice(HOSTS)} at {r.randint(80, 99)}%, cleared old logs",
            f"silenced {s} alert until {ts(r, 4)} (known issue, ticket OPS-{r.randint(100, 9999)})", "all green, closing incident",
            f"rotated the {s} service account key per schedule, old key disabled"]))
    return "\n".join(out)


def ml_experiment_note(r):
    """A data scientist's notes: 'model' means a trained model here, not a chat model."""
    m = r.choice(["xgboost", "lightgbm", "logreg", "random forest", "CNN", "BERT fine-tune", "ARIMA"])
    return r.choice([
        f"{m}: AUC {r.random() * 0.2 + 0.78:.3f} on holdout, {r.randint(20, 400)} features, trained {r.randint(2, 90)} min",
        f"exp-{r.randint(10, 400)}: dropped the leaky feature `days_since_signup`; {m} precision fell from 0.9{r.randint(1, 9)} to 0.8{r.randint(1, 9)} - expected",
        f"retrained the churn model on Nov data, drift on {r.randint(2, 9)} features, PSI max {r.random() * 0.3:.2f}",
        f"| run | model | f1 |\n|---|---|---|\n| {hexs(r, 6)} | {m} | {r.random():.3f} |\n| {hexs(r, 6)} | baseline | {r.random():.3f} |",
        f"seed={r.randint(1, 9999)} lr={r.choice(['1e-3', '3e-4', '5e-5'])} batch={r.choice([32, 64, 256])} epochs={r.randint(3, 40)} val_loss={r.random():.4f}",
        f"token counts per doc: median {r.randint(100, 900)}, p99 {r.randint(2000, 9000)} - the tokenizer splits product codes badly",
    ])


CATEGORIES = [
    ("benign", "near_miss_eng_note", 70, near_miss_note),
    ("benign", "agent_event_no_text", 60, agent_event),
    ("benign", "pwmgr_metadata", 40, pwmgr_metadata),
    ("benign", "secret_key_reference", 70, secret_reference),
    ("benign", "digest_id_hash", 60, digest_id),
    ("benign", "runbook_second_person", 45, runbook),
    ("benign", "product_copy_you", 35, product_copy),
    ("benign", "commit_message", 50, commit_message),
    ("benign", "ci_log_nosecret", 50, ci_log),
    ("benign", "test_output", 45, test_output),
    ("benign", "error_message_nosecret", 50, error_message),
    ("benign", "diff_hunk_benign", 45, diff_benign),
    ("benign", "conn_config_nosecret", 40, conn_config),
    ("benign", "md_table_benign", 40, md_table_benign),
    ("benign", "long_paste_benign", 35, long_paste_benign),
    ("benign", "terse_note_benign", 40, terse_note),
    ("benign", "model_talk_no_prompt", 50, model_talk),
    ("benign", "code_snippet_benign", 35, code_benign),
    ("benign", "sre_shift_log", 40, sre_shift_log),
    ("benign", "ml_experiment_note", 40, ml_experiment_note),
]
