"""Benign categories for blind5: ordinary engineering text an agent may store.

No line carries a credential value or a prompt, model output or chat. Many are hard negatives:
masked keys, secret references, env-var names, digests, ids, public keys, and notes that talk
about tokens and prompts without containing one.
"""
from _h5rand import (
    ALNUM_UP,
    BRANCHES,
    FILES,
    HOSTS,
    MODELS,
    PEOPLE,
    REPOS,
    SERVICES,
    TESTS,
    b64,
    b64text,
    hexs,
    rs,
    sha40,
    short_sha,
    ulid,
    uuid4,
)


def _slots(r):
    return {
        "file": r.choice(FILES), "test": r.choice(TESTS), "svc": r.choice(SERVICES), "repo": r.choice(REPOS),
        "branch": r.choice(BRANCHES), "host": r.choice(HOSTS), "person": r.choice(PEOPLE),
        "sha": short_sha(r), "pr": r.randint(12, 4800), "issue": r.randint(3, 2900), "n": r.randint(2, 48),
        "model": r.choice(MODELS), "pct": r.randint(2, 97), "ms": r.randint(12, 2400),
        "ver": f"{r.randint(0, 5)}.{r.randint(0, 30)}.{r.randint(0, 12)}", "port": r.choice([5432, 6379, 8080, 9090, 3000, 443, 8443]),
    }


def _fill(r, pool):
    return r.choice(pool).format(**_slots(r))


# ---------------------------------------------------------------- handoff notes (several voices)
_NOTES = [
    # terse SRE
    "{svc} rolled back to {ver}. root cause: bad health check path. no data loss.",
    "PR #{pr} open, waiting on review from {person}.",
    "disk on {host} at 91%, log rotation fixed, watching.",
    "paged twice for {svc}; both false alarms from the synthetic check. silenced until {ver} ships.",
    "cert renewal on the ingress done. next expiry in 89d.",
    "{branch} rebased on main, CI green except {test} (known flake).",
    "drained {host}, kernel patched, back in pool.",
    "p99 for {svc} back under {ms}ms after the pool resize.",
    "no action needed on the 03:10 alert, upstream blip.",
    # verbose junior
    "So I spent most of the afternoon on {test} and it turns out the fixture was sharing a temp dir with another "
    "test, which is why it only failed when the suite ran in parallel. I changed it to use tmp_path and it has passed "
    "{n} times in a row now.",
    "I wasn't able to finish the migration today because the staging database was locked by a long-running report "
    "query, I didn't want to kill it without asking. {person} said they will check tomorrow morning.",
    "Just a heads up for whoever picks this up next: the build is green but I had to pin the linter to {ver} because "
    "the newer version flags a lot of existing code, we should fix that properly in a separate PR.",
    "I think the bug in {file} is an off-by-one in the pagination, but I'm not 100% sure yet. I added a test that "
    "reproduces it ({test}) and marked it xfail for now.",
    # non-native
    "The deploy of {svc} is done but the metrics are not appear in Grafana, I think the scrape config is missing.",
    "I have fixed the flaky test {test}, the problem was the timezone which was not setted in CI.",
    "Tomorrow I continue with the refactor of {file}, today I could only do the half of it.",
    "The upgrade to {ver} is breaking the build on ARM, I have open issue #{issue} for it.",
    # data scientist
    "Retrained the ranker on the November snapshot: NDCG@10 0.{pct} vs 0.{n} baseline, calibration unchanged.",
    "Feature drift on tenure_bucket since the backfill; PSI 0.{n}. Not retraining until the data fix lands.",
    "Notebook churn_eda.ipynb cleaned up and moved to notebooks/archive/, outputs stripped.",
    "A/B test for {svc} reached significance (p=0.0{n}), uplift {pct}% on conversion, writing it up.",
    "Eval set v3 has {n}k rows now; dedup removed {pct} near-duplicates against train.",
    # security engineer
    "Dependency audit for {repo}: {n} advisories, none reachable from our code paths. Tracked in #{issue}.",
    "Rotated the deploy key for {repo} after the contractor offboarding; old key revoked, new one in the vault.",
    "SAST run on {branch}: 0 high, {n} medium (all SQL string building in legacy reports).",
    "Threat model for {svc} updated with the new webhook ingress; STRIDE table in docs/security/{svc}.md.",
    "Confirmed the S3 bucket for exports is private and has versioning; public access block on.",
    "Secret scanning enabled on {repo}; push protection on for all branches.",
    # generic
    "Active branch {branch} on {repo}, PR #{pr}. Last validation: pytest -q passed at {sha}.",
    "Blocked on #{issue}: upstream API returns 500 for pages > 100.",
    "Config moved from settings.ini to pyproject.toml; old file kept one release for compatibility.",
    "Ran the backfill for 2026-10; {n} partitions rewritten, row counts match the source.",
    "Switched {svc} to the new queue; old consumer stopped but not deleted yet.",
    "{model} rate-limited until 14:30 UTC, fell back to the smaller model for the batch job.",
    "Handoff: {file} half refactored; the public API is unchanged, internals still use the old helper.",
]


def handoff_note(r):
    return _fill(r, _NOTES)


# ---------------------------------------------------------------- next actions, imperative
_NEXT = [
    "rerun the flaky test on CI", "Rerun {test} on CI with -p no:randomly", "bump {svc} to {ver} after the freeze",
    "Answer {person}'s review comments on PR #{pr}", "merge #{pr} once CI is green", "delete the {branch} branch after merge",
    "Check whether {host} still needs the old cron entry", "add a regression test for #{issue}",
    "Write the migration note for {ver} in CHANGELOG.md", "Ask {person} whether the staging db can be wiped",
    "rotate the Slack webhook (it was shared in the incident channel); store the new one in the vault",
    "Re-run the benchmark on an idle machine before quoting numbers", "split {file} into two modules",
    "Translate the new CLI error strings in locales/de.po", "Summarise the bench results in the PR description",
    "Explain the retry budget in docs/design.md", "update the runbook for {svc} failover", "close #{issue} if no repro by Friday",
    "Profile the import path; target under {ms} ms", "Revoke the old deploy token once the new pipeline has run once",
    "Re-enable {test} after upstream fix", "open a ticket with the vendor about the 429s",
    "Remove the pinned {ver} once the linter issue is fixed", "re-run the eval with seed 2 and 3 and report the spread",
    "Document which env vars the worker reads (names only)", "move the prompt templates under prompts/ and add a loader test",
    "schedule the DB failover drill with {person}", "check {model} health before the nightly batch",
    "Review the STRIDE table with the security team", "Backfill missing rows for 2026-11-{n:02d}",
    "add alerting on disk usage for {host}", "verify the restore from last night's backup on a scratch host",
    "Ping {person} about the license question for the new dependency", "drop the unused index on orders.created_at",
    "Tighten the CORS origins for {svc} before launch", "write a short ADR for the queue switch",
    "investigate why the cache hit rate dropped to {pct}%", "pin actions to commit SHAs in .github/workflows/ci.yml",
    "regenerate the fixtures with the new schema", "Measure the p99 again after the pool change",
]


def next_action(r):
    t = _fill(r, _NEXT)
    k = r.randrange(6)
    if k == 0:
        return "Next: " + t
    if k == 1:
        return "- [ ] " + t
    if k == 2:
        return t[0].upper() + t[1:] + "."
    return t


# ---------------------------------------------------------------- commit messages
_COMMITS = [
    "Fix the lock timeout when two writers race", "fix(store): handle ENOSPC during compaction",
    "feat: add --json to show", "chore(deps): bump requests from 2.31.0 to 2.32.3",
    "Revert \"Enable parallel tests\"\n\nThis reverts commit {sha}.", "docs: explain the retry budget",
    "refactor: move parsing into its own module", "test: reproduce #{issue} with a real subprocess",
    "ci: cache pip wheels between jobs", "Remove dead code in {file}", "Make {test} independent of wall-clock time",
    "perf: avoid re-reading latest.json on every call", "build: pin ruff to {ver}", "fix: do not echo the token in error messages",
    "Add masking for values in error output", "security: redact Authorization headers from debug logs",
    "Rename util.py to helpers.py", "Handle empty input in the CSV exporter", "style: apply ruff format",
    "feat(cli): add `config unset`", "fix(ci): use ${{{{ secrets.PYPI_TOKEN }}}} instead of the hardcoded value",
    "Update prompt template loader to read from prompts/ directory", "Load API keys from the environment, never from config",
    "Bump version to {ver}", "Merge pull request #{pr} from {repo}/{branch}", "fixup! handle missing HOME",
    "Drop Python 3.9 support", "Tune retry backoff to 250ms base, 5 attempts", "Add ADR 0007: queue switch",
]


def commit_message(r):
    t = _fill(r, _COMMITS)
    k = r.randrange(5)
    if k == 0:
        return f"{short_sha(r)} {t.splitlines()[0]}"
    if k == 1:
        return t + "\n\nCloses #" + str(r.randint(3, 2900))
    if k == 2:
        return f"commit {sha40(r)}\nAuthor: {r.choice(PEOPLE)} <{r.choice(PEOPLE).lower()}@example.com>\n\n    {t.splitlines()[0]}"
    return t


# ---------------------------------------------------------------- TODO lists
_TODO_ITEMS = [
    "write tests for the exporter", "rotate the staging DB password (ticket SEC-{issue})", "update README install steps",
    "remove debug prints from {file}", "ask {person} about the SLA", "pin base image digest",
    "add rate limit handling for {model}", "document PROMPT_DIR env var", "fix {test}", "clean up old branches",
    "check licence of new deps", "migrate cron to systemd timers", "add --dry-run to purge",
    "review the prompt-injection section of the threat model", "move API keys to the secret manager",
    "benchmark json vs orjson", "reply to the vendor about token expiry", "update CODEOWNERS",
]


def todo_list(r):
    items = r.sample(_TODO_ITEMS, r.randint(2, 6))
    style = r.randrange(4)
    s = _slots(r)
    items = [i.format(**s) for i in items]
    if style == 0:
        return "TODO:\n" + "\n".join(f"- {i}" for i in items)
    if style == 1:
        return "\n".join(f"- [{'x' if r.random() < 0.3 else ' '}] {i}" for i in items)
    if style == 2:
        return "todo: " + "; ".join(items)
    return "\n".join(f"{n + 1}. {i}" for n, i in enumerate(items))


# ---------------------------------------------------------------- validation summaries
_VAL = [
    "pytest -q: {n} passed, 1 skipped in {ms}ms", "ruff check: All checks passed!", "mypy --strict handoff: Success: no issues found in {n} source files",
    "go test ./...: ok  	github.com/acme/widget/pkg/api	0.{n}s", "cargo test: test result: ok. {n} passed; 0 failed; 0 ignored",
    "npm test -- --ci: Tests: 2 failed, {n} passed, {pct} total", "pytest tests/test_store.py -x: 1 failed ({test}), {n} passed",
    "make lint: exit 0 at {sha}", "terraform plan: No changes. Your infrastructure matches the configuration.",
    "tox -e py311: congratulations :) ({ms}.4 seconds)", "bench: median {ms} µs/line, 11.2x faster than the peer",
    "coverage: {pct}% (target 85%)", "eval on dev set: accuracy 0.{pct}, F1 0.{n}, n=1200",
    "helm lint charts/api: 1 chart(s) linted, 0 chart(s) failed", "shellcheck scripts/*.sh: clean",
    "trivy image acme/api:{ver}: 0 CRITICAL, {n} HIGH", "gitleaks detect: no leaks found", "detect-secrets scan: 0 new findings",
    "validation {test}: FAIL on {sha}, passed on the previous commit", "jest --runInBand: {n} suites, 0 failed",
]


def validation_summary(r):
    t = _fill(r, _VAL)
    return r.choice(["{t}", "{t}", "ran `{t}`", "CI #{n}: {t}", "{t} (on {branch})", "local: {t}"]).format(
        t=t, n=r.randint(100, 9999), branch=r.choice(BRANCHES))


# ---------------------------------------------------------------- error messages and traces
_ERR = [
    "KeyError: 'password'", "KeyError: 'OPENAI_API_KEY'",
    "openai.AuthenticationError: Error code: 401 - Incorrect API key provided: sk-proj-****************************abcd",
    "stripe.error.AuthenticationError: Invalid API Key provided: sk_live_****************{tail}",
    "psycopg.OperationalError: connection failed: FATAL:  password authentication failed for user \"app_rw\"",
    "botocore.exceptions.NoCredentialsError: Unable to locate credentials",
    "Error: HTTP 401 Unauthorized: Bad credentials (token ghp_****{tail} was revoked)",
    "fatal: Authentication failed for 'https://github.com/{repo}.git/'",
    "ERROR: environment variable STRIPE_SECRET_KEY is not set",
    "ValueError: SECRET_KEY must not be empty",
    "django.core.exceptions.ImproperlyConfigured: The SECRET_KEY setting must not be empty.",
    "redis.exceptions.AuthenticationError: invalid username-password pair or user is disabled.",
    "Traceback (most recent call last):\n  File \"{file}\", line {n}, in <module>\n    main()\n  File \"{file}\", line {ms}, in main\n"
    "    token = os.environ[\"GITHUB_TOKEN\"]\nKeyError: 'GITHUB_TOKEN'",
    "Traceback (most recent call last):\n  File \"app/worker.py\", line {n}, in run\n    conn = pool.get()\nTimeoutError: pool exhausted after 30s",
    "java.lang.NullPointerException: Cannot invoke \"String.length()\" because \"apiKey\" is null\n\tat com.acme.Client.<init>(Client.java:{n})",
    "panic: runtime error: index out of range [{n}] with length {n}\n\ngoroutine 1 [running]:\nmain.main()\n\t/src/cmd/worker/worker.go:{ms} +0x1d",
    "Error: connect ECONNREFUSED 127.0.0.1:{port}", "OOMKilled: container {svc} exceeded 512Mi",
    "ssh: connect to host {host} port 22: Connection timed out",
    "Permission denied (publickey).", "x509: certificate has expired or is not yet valid",
    "429 Too Many Requests: rate limit for {model} exceeded, retry after 37s",
    "anthropic.RateLimitError: Error code: 429 - {{'type': 'error', 'error': {{'type': 'rate_limit_error'}}}}",
    "jwt.exceptions.ExpiredSignatureError: Signature has expired",
    "AssertionError: expected exit code 3 (rejected), got 0",
    "error[E0382]: borrow of moved value: `cfg`\n --> src/main.rs:{n}:5",
    "TypeError: Cannot read properties of undefined (reading 'token')",
    "vault: Error making API request. Code: 403. Errors: * permission denied",
    "npm ERR! code E401\nnpm ERR! Unable to authenticate, your authentication token seems to be invalid.",
    "WARN: AWS_SECRET_ACCESS_KEY is set in the environment and will be ignored in favour of the instance profile",
    "Invalid value for '--password': reading from stdin is not supported on Windows",
    "pydantic_core.ValidationError: 1 validation error for Settings\napi_key\n  Field required [type=missing]",
    "E   assert 'sk_live_' not in output", "ERROR 1045 (28000): Access denied for user 'reporting'@'10.0.3.4' (using password: YES)",
    "google.auth.exceptions.RefreshError: invalid_grant: Token has been expired or revoked.",
    "Error: The security token included in the request is invalid. (Service: Sts, Status Code: 403)",
]


def error_trace(r):
    s = _slots(r)
    s["tail"] = rs(r, 4, "abcdefghijklmnopqrstuvwxyz0123456789")
    t = r.choice(_ERR).format(**s)
    return r.choice(["{t}", "{t}", "{t}", "CI failed: {t}", "seen in {svc} logs: {t}", "{t}\n(expected after the rotation, fixed by redeploying)"]).format(t=t, svc=s["svc"])


# ---------------------------------------------------------------- config facts
_CONF = [
    "port={port}", "python=3.11", "node=20.11.1", "DB_HOST={host}", "log_level=debug", "workers={n}",
    "region=eu-west-1", "feature.new_checkout=true", "timeout_ms={ms}", "max_retries=5", "tz=UTC",
    "storage.path=/var/lib/{svc}", "cache_dir=~/.cache/handoff", "api_base=https://api.example.com/v2",
    "token_env=GITHUB_TOKEN", "password_env=PGPASSWORD", "secret_ref=${{{{ secrets.NPM_TOKEN }}}}",
    "db.password=${{DB_PASSWORD}}", "stripe_api_key=op://Engineering/Stripe/api-key",
    "vault path: secret/data/prod/{svc}/db", "aws secretsmanager: arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/{svc}-AbCdEf",
    "credentials file: ~/.config/gcloud/application_default_credentials.json", "password: <redacted>",
    "API key: stored in 1Password item 'Stripe live'", "auth: via GITHUB_TOKEN from the Actions runner",
    "secretKeyRef: name=db-creds key=password", "SLACK_WEBHOOK_URL (set in repo secrets)",
    "jwt.algorithm=RS256", "session.cookie_name=sid", "session.ttl=14d", "password_min_length=12",
    "token_expiry=3600", "kms_key_alias=alias/{svc}-prod", "OPENAI_API_KEY is read from the environment only",
    "model={model}", "temperature=0.2", "max_tokens=1024", "prompt_dir=prompts/", "embedding_dim=768",
    "batch_size=64", "learning_rate=3e-4", "seed=1234", "ssh_key_path=~/.ssh/id_ed25519", "tls.cert=/etc/ssl/certs/{svc}.pem",
    "client_id=public-web-app", "auth_url=https://login.example.com/oauth2/authorize", "redis_url=redis://{host}:6379/0",
    "database_url=postgres://{host}:5432/orders", "PGUSER=app_ro", "retry.backoff=exponential", "git.default_branch=main",
    "npm registry=https://registry.npmjs.org/", "docker registry=ghcr.io/acme", "image={svc}:{ver}",
]


def config_fact(r):
    t = _fill(r, _CONF)
    return r.choice(["{t}", "{t}", "config: {t}", "set {t}", "{t} (source: .env.example)", "handoff config set {k} {v}"]).format(
        t=t, k=t.split("=")[0] if "=" in t else "note", v=t.split("=", 1)[1] if "=" in t else t)


# ---------------------------------------------------------------- identifiers, digests, public keys, base64 of public data
_PUBLIC_TEXT = ['{"alg":"RS256","kid":"2026-11"}', "hello from build 42", '{"name":"widget","version":"1.4.2"}',
                "user-agent: handoff/0.9", "The quick brown fox", '{"region":"eu-west-1","tier":"free"}',
                "release notes for 2026.11", "ok", "PING", "schema=v3;rows=1200"]


def identifiers(r):
    k = r.randrange(16)
    if k == 0:
        return f"commit {sha40(r)}"
    if k == 1:
        return f"request id {uuid4(r)}"
    if k == 2:
        return f"event {ulid(r)} appended"
    if k == 3:
        return f"sha256:{hexs(r, 64)}"
    if k == 4:
        return f"image acme/api@sha256:{hexs(r, 64)}"
    if k == 5:
        return f"base64 of the header: {b64text(r.choice(_PUBLIC_TEXT))}"
    if k == 6:
        return f"SHA256:{b64(r, 32).rstrip('=')} (ED25519)"
    if k == 7:
        return f"ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{b64(r, 24)[:32]} {r.choice(PEOPLE).lower()}@laptop"
    if k == 8:
        return f"key fingerprint = {' '.join(rs(r, 4, ALNUM_UP[:16] + '0123456789ABCDEF') for _ in range(10))}"
    if k == 9:
        return f"integrity sha512-{b64(r, 64)}"
    if k == 10:
        return f"trace_id={hexs(r, 32)} span_id={hexs(r, 16)}"
    if k == 11:
        return f"git diff {short_sha(r)}..{short_sha(r)} --stat"
    if k == 12:
        return f"-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE{b64(r, 48)[:28]}\n{b64(r, 27)}\n-----END PUBLIC KEY-----"
    if k == 13:
        return f"md5 {hexs(r, 32)}  dist/handoff-{r.randint(0, 3)}.{r.randint(0, 20)}.0.tar.gz"
    if k == 14:
        return f"cache key: linux-py311-{hexs(r, 64)}"
    return f"order:{r.choice(['inv', 'evt', 'usr'])}:{ulid(r)}"


# ---------------------------------------------------------------- URLs without credentials
_URLS = [
    "https://github.com/{repo}/pull/{pr}", "https://github.com/{repo}/actions/runs/{ms}{n}{pct}",
    "https://grafana.internal.example/d/abc123/{svc}?from=now-6h&to=now", "https://docs.python.org/3/library/fcntl.html",
    "https://{host}:{port}/healthz", "https://pypi.org/project/detect-secrets/", "https://ci.example.com/job/{svc}/{n}/console",
    "https://sentry.io/organizations/acme/issues/{ms}{pct}/?project={n}", "https://jira.example.com/browse/OPS-{issue}",
    "s3://acme-exports/2026/11/report.csv", "gs://ml-datasets-prod/eval/v3/", "https://console.aws.amazon.com/rds/home?region=eu-west-1",
    "https://example.com/reset-password (link is emailed, expires in 1h)", "https://status.openai.com/", "https://{host}/api/v1/items?page=2&limit=50",
    "https://hooks.slack.com/services/... (webhook lives in the vault)",
]


def url_plain(r):
    return r.choice(["{u}", "{u}", "see {u}", "dashboard: {u}", "logs at {u}", "opened {u}"]).format(u=_fill(r, _URLS))


# ---------------------------------------------------------------- talking about secrets without one
_TALK_SECRET = [
    "rotated the GitHub token; new one is in the vault", "The Stripe key leaked in the build log was revoked within 5 minutes.",
    "Do not paste tokens into notes; reference the 1Password item instead.", "API keys come from the environment (OPENAI_API_KEY), never from config files.",
    "The DB password for staging was reset by {person}; ask them for it over the password manager, not chat.",
    "Moved all CI secrets to ${{{{ secrets.* }}}}; the workflow no longer has literal values.", "token expiry is 90 days, next rotation due 2027-02-01",
    "gitleaks found 3 historical leaks in {repo}; all three keys were already revoked.", "Secret scanning alert #{n} closed as revoked.",
    "Our .env.example lists the variable names only: DATABASE_URL, REDIS_URL, SENTRY_DSN.", "sk_live_ keys must never appear in logs; added a redaction filter.",
    "Password policy changed to 14 characters minimum.", "The private key for the signing cert lives in KMS; we only ever see the public key.",
    "Replaced basic auth on the admin panel with SSO.", "The webhook URL is a secret; it is stored as SLACK_WEBHOOK_URL in the repo settings.",
    "Session cookies are now HttpOnly and SameSite=Lax.", "ghp_ tokens are being replaced by fine-grained PATs org-wide.",
    "{person} has the root password for the old NAS; we will wipe it next week.", "AWS access keys for the CI user deleted; CI uses OIDC now.",
    "Checked: no credentials in the Docker image layers (dive + trufflehog).", "Tokens are masked as ****last4 in the UI.",
    "The reset link in the email contains a one-time token that expires after 1 hour.", "Stopped passing the DB password on the command line; it is read from ~/.pgpass now.",
    "Use `gh secret set NAME` and paste the value at the prompt, never with --body in shell history.",
    "Removed the hardcoded API key from {file} and forced a rotation.", "Redis now requires a password (requirepass set from the secret).",
    "kubeconfig with the cluster admin cert deleted from the shared drive.", "Dependabot has its own secret store; added NPM_TOKEN there too.",
    "placeholder in docs: sk-...your-key... (not a real key)", "Example in README uses YOUR_API_KEY_HERE.",
]


def talk_about_secrets(r):
    return _fill(r, _TALK_SECRET)


# ---------------------------------------------------------------- talking about prompts and models
_TALK_PROMPT = [
    "the prompt template lives in prompts/review.md", "Prompt changes need a review from {person} and an eval run.",
    "{model} is rate-limited until 15:00 UTC; batch jobs wait.", "Switched the summarizer from {model} to a smaller model; quality unchanged on the eval.",
    "Eval harness: 200 cases, pass rate went from 71% to {pct}% after the system prompt change.",
    "We never store model responses; only the exit status and token counts.", "Added a prompt-injection test suite under tests/injection/.",
    "The chat feature is behind the flag chat_v2 until the safety review.", "Temperature lowered to 0.2 for the extraction job.",
    "Token usage for November: {n}M input, {pct}M output.", "The classifier for support tickets was retrained; confusion matrix in reports/.",
    "Context window overflow on long PRs; we now chunk diffs at 8k tokens.", "Added retries with jitter for 529 overloaded responses.",
    "Prompt caching cut latency by {pct}% on the review bot.", "Documented how the agent decides to call the search tool.",
    "Model health: {model} ok, fallback model ok, embeddings degraded.", "The few-shot examples file moved to prompts/examples/classify.jsonl.",
    "System prompt versioning: each change bumps PROMPT_VERSION in config.", "Removed the transcript logging from the support bot (privacy review).",
    "Red-team findings on the chatbot: 3 jailbreaks, all fixed by input filtering.", "The eval compares outputs by exact match for JSON and by rubric otherwise.",
    "LLM calls go through gateway/llm.py; don't call the SDK directly.", "Fine-tuning run ft-{n} finished; loss 0.{pct}, not better than the base.",
    "Agents must leave a handoff note before ending the session.", "The review agent now posts a summary comment instead of inline comments.",
]


def talk_about_prompts(r):
    return _fill(r, _TALK_PROMPT)


# ---------------------------------------------------------------- notes in other languages
_FOREIGN_NOTES = [
    "Deploy von {svc} auf {ver} erledigt, Tests grün.", "Migration verschoben, weil die Staging-DB gesperrt war.",
    "Flaky Test {test} auf CI erneut ausführen.", "Token wurde rotiert, der neue liegt im Vault.",
    "Le déploiement de {svc} est terminé, aucune erreur.", "Relancer le test {test} sur la CI.",
    "Le mot de passe de staging a été changé ; il est dans le coffre.", "La PR #{pr} attend la relecture de {person}.",
    "Despliegue de {svc} completado sin errores.", "Volver a ejecutar {test} en CI mañana.",
    "La clave de la API se rotó y está en el gestor de secretos.", "La migración quedó a medias, falta el índice.",
    "Deploy do {svc} concluído, métricas normais.", "Rodar de novo o teste {test} no CI.",
    "O token antigo foi revogado; o novo está no cofre.", "{svc} 已回滚到 {ver}，原因是健康检查路径错误。",
    "明天在 CI 上重跑 {test}。", "密钥已经轮换，新的放在 Vault 里。", "PR #{pr} 等待 {person} 审核。",
    "{svc} のデプロイ完了、テストはすべて成功。", "CI で {test} を再実行する。", "トークンはローテーション済み、新しいものは Vault にある。",
    "Деплой {svc} завершён, ошибок нет.", "Перезапустить {test} на CI.", "Токен заменён, новый лежит в Vault.",
    "Il deploy di {svc} è completato.", "Rilanciare {test} sulla CI.", "De deploy van {svc} is klaar, tests groen.",
    "Test {test} opnieuw draaien op CI.", "Wdrożenie {svc} zakończone, testy zielone.", "Ponownie uruchomić {test} na CI.",
    "{svc} 배포 완료, 테스트 통과.", "CI에서 {test} 다시 실행하기.", "{svc} dağıtımı tamamlandı, testler başarılı.",
    "Hasło do stagingu zmienione, jest w sejfie.", "Il token è stato revocato e sostituito.",
]


def foreign_note(r):
    return _fill(r, _FOREIGN_NOTES)


# ---------------------------------------------------------------- long notes
def long_note(r):
    parts = [
        f"## Handoff {r.randint(1, 28)} Nov\n",
        handoff_note(r), handoff_note(r), "",
        "Validation:", "- " + validation_summary(r), "- " + validation_summary(r), "",
        "Config facts:", "- " + config_fact(r), "- " + config_fact(r), "",
        "Errors seen:", error_trace(r), "",
        talk_about_secrets(r), talk_about_prompts(r), "",
        "Next:", "- " + next_action(r), "- " + next_action(r), "- " + next_action(r), "",
        "Refs: " + url_plain(r) + ", " + identifiers(r).replace("\n", " "),
    ]
    text = "\n".join(parts)
    while len(text) < 1024:
        text += "\n" + r.choice([handoff_note, talk_about_secrets, talk_about_prompts, foreign_note, commit_message])(r)
    return text[:3000].rstrip()


CATEGORIES = [
    ("handoff_note", 100, handoff_note),
    ("next_action", 90, next_action),
    ("commit_message", 80, commit_message),
    ("todo_list", 50, todo_list),
    ("validation_summary", 70, validation_summary),
    ("error_trace", 90, error_trace),
    ("config_fact", 90, config_fact),
    ("identifiers", 110, identifiers),
    ("url_plain", 40, url_plain),
    ("talk_about_secrets", 80, talk_about_secrets),
    ("talk_about_prompts", 70, talk_about_prompts),
    ("foreign_note", 80, foreign_note),
    ("long_note", 60, long_note),
]

# ---------------------------------------------------------------- more hand-written material, other voices
_NOTES += [
    "{host}: fs full again. freed 40G (old core dumps). ticket for the real fix: #{issue}.",
    "oncall handover: quiet night, 2 pages, both {svc} latency, auto-resolved.",
    "db failover drill ok. RTO 48s, RPO 0. runbook steps 4-6 were out of date, fixed.",
    "reverted {sha} on main, it broke the arm64 build. re-land after #{pr}.",
    "Hello, this is my first handoff note so sorry if it's too long! I started to add the CSV export in {file}. The "
    "endpoint works for small files but for big ones it times out after 30s, I think we need to stream it. I left a "
    "TODO in the code where I think the change should go.",
    "I tried three approaches for the cache invalidation (TTL, events, versioned keys). Versioned keys was the only one "
    "that passed {test} reliably, so I kept it. The other two are in the stash if anyone wants to look.",
    "Not sure if this is important but the staging logs have a lot of 'connection reset by peer' since yesterday "
    "around 14:00. I didn't find the cause. Maybe related to the LB change?",
    "The tests are pass on my machine but on CI they fail with timeout. Maybe CI is more slow, I increased the "
    "timeout of {test} from 5 to 30 seconds, please check if this is acceptable.",
    "Yesterday we have discussed with {person} and decided to not use the ORM for the reports, only raw SQL.",
    "Dataset v4 is in gs://ml-datasets-prod/v4/, schema documented in data/README.md. Label noise estimate ~{pct}%.",
    "Offline eval: recall@50 up {pct} points, but latency budget blown (p95 {ms}ms). Needs quantization before shipping.",
    "Removed the leaky feature days_since_last_refund (it is computed after the label date).",
    "Pen test report received; 2 mediums on {svc} (missing rate limit on login, verbose errors). Fix ETA next sprint.",
    "Reviewed IAM for the CI role: removed s3:* and iam:PassRole; pipeline still green.",
    "WAF rule for the /export path is in count mode for a week before blocking.",
    "{person} approved the exception for the legacy TLS 1.1 endpoint until 2027-01-31.",
    "Context for next session: the user wants the importer to accept gzip files; half done in {file}.",
    "Paused the nightly job on {host} during the migration; remember to re-enable the timer.",
]

_ERR += [
    "FAILED {test} - TimeoutError: lock not acquired within 10s",
    "sqlite3.OperationalError: database is locked",
    "urllib3.exceptions.MaxRetryError: HTTPSConnectionPool(host='{host}', port=443): Max retries exceeded",
    "Error response from daemon: pull access denied for acme/private-image, repository does not exist or may require 'docker login'",
    "remote: Invalid username or password.\nfatal: Authentication failed for 'https://gitlab.example.com/{repo}.git/'",
    "Warning: Identity file ~/.ssh/deploy_key not accessible: No such file or directory.",
    "hvac.exceptions.Forbidden: permission denied, on get https://vault.example.com/v1/secret/data/{svc}",
    "AccessDenied: User: arn:aws:iam::123456789012:user/ci is not authorized to perform: s3:GetObject",
    "Token validation failed: audience mismatch (expected api://{svc})",
    "invalid_client: client authentication failed (client_id=public-web-app)",
    "WARNING: The password you entered was rejected: it must contain at least one digit",
    "ERROR: password is too weak (zxcvbn score 1)",
    "login failed for user '{person}': account locked after 5 attempts",
    "Secret detected in commit {sha}: rule 'generic-api-key' in {file}:{n} (value redacted)",
]

_FOREIGN_NOTES += [
    "Wartungsfenster für {host} ist Dienstag 22–23 Uhr; Kunden wurden informiert.",
    "Die Passwort-Richtlinie verlangt jetzt mindestens 14 Zeichen.", "Nächster Schritt: Index auf orders.created_at prüfen.",
    "Le jeton GitHub a été renouvelé ; l'ancien est révoqué.", "Prochaine étape : mesurer le p99 après le changement de pool.",
    "El modelo {model} está limitado por tasa hasta las 15:00 UTC.", "Próximo paso: revisar los índices de la tabla de pedidos.",
    "A chave antiga foi removida do repositório e rotacionada.", "Próximo passo: medir a latência depois da mudança.",
    "提示词模板放在 prompts/review.md，修改需要跑评测。", "下一步：检查 orders 表的索引。",
    "プロンプトのテンプレートは prompts/ にあります。", "次の作業：接続プールの変更後に p99 を再計測する。",
    "Шаблон промпта лежит в prompts/review.md.", "Следующий шаг: проверить индексы в таблице заказов.",
    "Il modello {model} è limitato fino alle 15:00 UTC.", "Volgende stap: de p99 opnieuw meten.",
    "Następny krok: sprawdzić indeksy w tabeli zamówień.", "다음 단계: 주문 테이블 인덱스 확인.",
    "Sonraki adım: sipariş tablosundaki indeksleri kontrol et.", "Nästa steg: mät p99 igen efter ändringen.",
]

_TALK_SECRET += [
    "The leaked AWS key from last week: confirmed no API calls from it in CloudTrail before revocation.",
    "We store only a SHA-256 of each API key, never the key itself.", "Use `op read op://Engineering/DB/password` in scripts.",
    "Never pass --password on the command line; use --password-stdin.", "The staging password is not 'changeme' anymore, see the vault.",
    "Cookie-based sessions expire after 14 days; refresh tokens after 30.", "Credential stuffing attempts dropped after enabling the rate limiter.",
]

_TALK_PROMPT += [
    "Do not log user prompts; log the request id and token counts only.", "The injection test file has 120 attack strings; all are blocked by the proxy.",
    "We pinned {model} by date version so outputs don't drift under us.", "Judge model agreement with humans: kappa 0.{n}.",
    "The assistant's replies are shown to users but not persisted.", "Prompt length p95 is 3.1k tokens after the trimming change.",
]


def _long_incident(r):
    s = _slots(r)
    return (f"# Incident {r.randint(100, 999)}: {s['svc']} degraded\n\n"
            f"Summary: from 09:{r.randint(10, 40)} to 10:{r.randint(10, 50)} UTC, {s['pct']}% of requests to {s['svc']} failed with 502. "
            f"Cause: the new release ({s['ver']}) changed the health check path and the load balancer drained every pod.\n\n"
            f"Timeline:\n- 09:{r.randint(10, 19)} deploy {s['sha']} starts\n- 09:{r.randint(20, 29)} alert fires (error rate > 5%)\n"
            f"- 09:{r.randint(30, 39)} {s['person']} rolls back\n- 10:{r.randint(0, 9):02d} error rate back to baseline\n\n"
            "What went well: the alert fired within two minutes; rollback was one command.\n"
            "What went badly: the canary only checked /, not the health endpoint; the status page was updated late.\n\n"
            "Action items:\n- " + next_action(r) + "\n- " + next_action(r) + "\n- " + next_action(r) + "\n\n"
            "Notes: no credentials were exposed; the debug logs were checked and contain only masked values (Authorization: Bearer ****).\n"
            + "Refs: " + url_plain(r) + "\n" + "\n".join(handoff_note(r) for _ in range(r.randint(2, 6))))


def _long_experiment(r):
    s = _slots(r)
    rows = "\n".join(f"| {name} | 0.{r.randint(50, 95)} | 0.{r.randint(50, 95)} | {r.randint(20, 900)} |"
                     for name in r.sample(["baseline", "xgb-v2", "xgb-v3", "lr-tfidf", "distil-ft", "ensemble"], 4))
    return (f"Experiment log, week {r.randint(1, 52)}\n\nGoal: improve recall on the minority class without hurting precision.\n"
            f"Data: eval set v3 ({s['n']}k rows), train snapshot from 2026-10-31.\n\n"
            f"| model | precision | recall | latency ms |\n|---|---|---|---|\n{rows}\n\n"
            "Observations: class weights helped more than SMOTE; calibration drifted after threshold tuning. "
            "Prompted-LLM baseline was tried in a separate notebook and is not included here (cost too high).\n\n"
            "Next:\n- " + next_action(r) + "\n- " + next_action(r) + "\n\n" + talk_about_prompts(r) + "\n" + config_fact(r)
            + "\n" + "\n".join(handoff_note(r) for _ in range(r.randint(2, 5))))


def _long_security(r):
    s = _slots(r)
    return (f"Security review: {s['svc']} ({s['repo']}), {s['branch']}\n\nScope: authentication, session handling, secrets "
            "management, dependency risk.\n\nFindings:\n"
            f"1. Session cookie lacked the Secure flag on the legacy domain (fixed in {s['sha']}).\n"
            "2. The service read its DB password from a config file in the image; now it reads DB_PASSWORD from the "
            "environment, injected from the secret store (secretKeyRef db-creds/password).\n"
            f"3. {error_trace(r)}\n   (expected; the test uses a revoked key that is masked in the output)\n"
            "4. No secrets found in git history (gitleaks, trufflehog); the two hits were test fixtures with placeholders "
            "like sk_test_xxxxxxxx.\n\nRecommendations:\n- " + next_action(r) + "\n- " + next_action(r)
            + "\n\nEvidence: " + identifiers(r).replace("\n", " ") + "\n" + talk_about_secrets(r) + "\n" + talk_about_secrets(r))


def _long_junior(r):
    s = _slots(r)
    return (f"Hi! Long note because I'm off tomorrow and {s['person']} will continue.\n\n"
            f"What I did today: I worked on {s['file']} to fix {s['test']}. The issue was that the test created a temp "
            "directory but never cleaned it, so when the suite ran twice in the same container the second run saw old "
            "files. I switched it to the tmp_path fixture. I also noticed the retry helper swallows exceptions, I did not "
            "change it yet because it's used in many places and I want someone to look first.\n\n"
            f"What is not done: the docs page still says the default port is 8000 but it is {s['port']} now. The CHANGELOG "
            "entry is missing. I didn't get to the second bug ({s2}).\n\n"
            "Commands I ran:\n" + "\n".join("- " + validation_summary(r) for _ in range(3))
            + "\n\nThings to know: the GitHub token for the bot expired on Monday and was rotated by the security team; "
            "the new one is only in the vault, so if the release workflow fails with 401 it's probably that, not our "
            "code. The prompt files for the review bot are in prompts/ and I didn't touch them.\n\n"
            "Next actions:\n" + "\n".join("- " + next_action(r) for _ in range(3))).replace("{s2}", "#" + str(s["issue"]))


_long_base = long_note


def long_note(r):  # noqa: F811
    f = r.choice([_long_base, _long_incident, _long_experiment, _long_security, _long_junior])
    text = f(r)
    while len(text) < 1024:
        text += "\n" + handoff_note(r)
    return text[:3000].rstrip()


for _i, (_c, _n, _f) in enumerate(CATEGORIES):
    if _c == "long_note":
        CATEGORIES[_i] = (_c, _n, long_note)

_PUBLIC_TEXT += ['{"typ":"JWT","alg":"ES256"}', "build 2026.11.30 ok", '{"ok":true,"count":12}', "acme-widget-1.4.2.tgz",
                 "GET /healthz 200", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>"]


def _identifiers_extra(r):
    k = r.randrange(14)
    if k == 0:
        return f"github.com/acme/widget v1.{r.randint(0, 9)}.{r.randint(0, 9)} h1:{b64(r, 32)}"
    if k == 1:
        return f"/nix/store/{rs(r, 32, '0123456789abcdfghijklmnpqrsvwxyz')}-python3-3.11.7"
    if k == 2:
        return f"Stripe customer cus_{rs(r, 14, ALNUM_UP + 'abcdefghijklmnopqrstuvwxyz')} charged, payment intent pi_{rs(r, 24, ALNUM_UP + 'abcdefghijklmnopqrstuvwxyz')}"
    if k == 3:
        return f"response id chatcmpl-{rs(r, 29, ALNUM_UP + 'abcdefghijklmnopqrstuvwxyz')} (stored for billing reconciliation only)"
    if k == 4:
        return f"anthropic request-id req_01{rs(r, 22, ALNUM_UP + 'abcdefghijklmnopqrstuvwxyz')}, message id msg_01{rs(r, 22, ALNUM_UP + 'abcdefghijklmnopqrstuvwxyz')}"
    if k == 5:
        return f"arn:aws:iam::{r.randint(100000000000, 999999999999)}:role/ci-deploy"
    if k == 6:
        return f"placeholder in README: export OPENAI_API_KEY=sk-...your-key-here..."
    if k == 7:
        return "docs example: GITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
    if k == 8:
        return f"masked in UI: sk_live_••••{rs(r, 4, 'abcdefghijklmnopqrstuvwxyz0123456789')}"
    if k == 9:
        return f"tag v{r.randint(0, 4)}.{r.randint(0, 30)}.{r.randint(0, 9)} -> {sha40(r)}"
    if k == 10:
        return f"resourceVersion: \"{r.randint(1000000, 99999999)}\" uid: {uuid4(r)}"
    if k == 11:
        return f"etag W/\"{hexs(r, 32)}\""
    if k == 12:
        return f"-----BEGIN CERTIFICATE-----\nMIIB{b64(r, 45)}\n{b64(r, 48)}\n-----END CERTIFICATE-----"
    return f"age recipient (public): age1{rs(r, 58, 'qpzry9x8gf2tvdw0s3jn54khce6mua7l')}"


_identifiers_base = identifiers


def identifiers(r):  # noqa: F811
    return _identifiers_extra(r) if r.random() < 0.4 else _identifiers_base(r)


for _i, (_c, _n, _f) in enumerate(CATEGORIES):
    if _c == "identifiers":
        CATEGORIES[_i] = (_c, _n, identifiers)

_CONF += [
    "handoff config set db.password_env DB_PASSWORD", "api_key_file=/run/secrets/api_key", "token_path=/var/run/secrets/kubernetes.io/serviceaccount/token",
    "auth.method=oidc", "GITHUB_TOKEN: ${{{{ secrets.GITHUB_TOKEN }}}}", "password=********", "SECRET_KEY=changeme-in-production (dev only, overridden by vault)",
    "stripe_key=sk_test_xxxxxxxxxxxxxxxxxxxxxxxx (placeholder)", "aws_profile=ci-readonly", "sops.age_recipients=age1 (public keys only)",
]


# ---------------------------------------------------------------- ordinary code, including LLM plumbing without prompt text
_CODE = [
    "resp = client.messages.create(model=MODEL, max_tokens=1024, messages=history)",
    "PROMPT_PATH = Path(__file__).parent / \"prompts\" / \"review.md\"",
    "template = load_prompt(\"summarize_v3\")  # text lives in prompts/, not here",
    "if resp.stop_reason == \"max_tokens\":\n    log.warning(\"truncated response, retrying with a larger budget\")",
    "usage = resp.usage; metrics.observe(\"llm_tokens_in\", usage.input_tokens)",
    "api_key = os.environ[\"ANTHROPIC_API_KEY\"]",
    "token = os.getenv(\"GITHUB_TOKEN\") or sys.exit(\"GITHUB_TOKEN not set\")",
    "password = getpass.getpass(\"DB password: \")",
    "conn = psycopg.connect(host=cfg.host, user=cfg.user, password=cfg.password)",
    "headers = {\"Authorization\": f\"Bearer {token}\"}",
    "for attempt in range(5):\n    try:\n        return call()\n    except RateLimitError:\n        time.sleep(2 ** attempt)",
    "assert scan(text) == [], \"clean text must pass\"",
    "with open(path, \"rb\") as f:\n    digest = hashlib.sha256(f.read()).hexdigest()",
    "kubectl get secret db-creds -o jsonpath='{.data.password}' | wc -c  # length only",
    "def redact(s: str) -> str:\n    return s[:4] + \"****\" if len(s) > 8 else \"****\"",
    "secret = client.secrets.kv.v2.read_secret_version(path=\"prod/db\")[\"data\"][\"data\"][\"password\"]",
    "env:\n  - name: DB_PASSWORD\n    valueFrom:\n      secretKeyRef:\n        name: db-creds\n        key: password",
    "- run: npm publish\n  env:\n    NODE_AUTH_TOKEN: ${{ secrets.NPM_TOKEN }}",
    "docker login ghcr.io -u \"$GITHUB_ACTOR\" --password-stdin <<< \"$GITHUB_TOKEN\"",
    "echo \"$DEPLOY_KEY\" > ~/.ssh/id_ed25519 && chmod 600 ~/.ssh/id_ed25519",
    "PGPASSWORD=\"$(cat /run/secrets/pg)\" psql -h db -U app -c 'select 1'",
    "curl -sf -H \"Authorization: Bearer $API_TOKEN\" \"$BASE_URL/health\"",
    "messages.append({\"role\": \"assistant\", \"content\": reply})",
    "chat_history = trim(chat_history, max_tokens=8000)",
    "response_text = \"\".join(block.text for block in resp.content if block.type == \"text\")",
    "@retry(stop=stop_after_attempt(3))\ndef embed(batch: list[str]) -> list[list[float]]:\n    return model.encode(batch)",
    "SELECT count(*) FROM sessions WHERE expires_at < now();",
    "UPDATE users SET password_hash = crypt($1, gen_salt('bf')) WHERE id = $2;",
    "git log --oneline origin/main..HEAD",
    "ruff check handoff tests bench && mypy handoff",
]


def code_snippet(r):
    return r.choice(["{c}", "{c}", "{c}", "snippet from {f}:\n{c}", "changed in {f}: {c}", "{c}  # see {f}"]).format(
        c=r.choice(_CODE), f=r.choice(FILES))


CATEGORIES.append(("code_snippet", 40, code_snippet))
