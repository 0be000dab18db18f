# ruff: noqa: E501, RUF001  (corpus text: long lines and non-Latin punctuation are the point)
"""Ordinary engineering text an agent stores: notes, commands, logs, ids, hashes, config facts.

Many lines are deliberately close to the other labels: they name secrets without carrying
one (env var names, `${{ secrets.X }}`, vault paths, placeholders, public keys), talk about
passwords in the abstract, or mention models, prompts and assistants as engineering
objects. A filter that accepts these and rejects the other labels generalises.
"""

from __future__ import annotations

from collections.abc import Callable

from gen_common import (
    ALNUM,
    B64,
    B64URL,
    HEX,
    UPPER_ALNUM,
    R,
    b64_bytes,
    fill,
    pick,
    rs,
    wrap64,
)
from gen_vendors import age_public

EXTRA: dict[str, Callable[[R], str]] = {
    "hex16": lambda r: rs(r, HEX, 16),
    "hex8": lambda r: rs(r, HEX, 8),
    "b64sri": lambda r: b64_bytes(r, r.choice([32, 48, 64])),
    "alnum14": lambda r: rs(r, ALNUM, 14),
    "alnum24": lambda r: rs(r, ALNUM, 24),
    "pod": lambda r: f"{pick(r, ['web', 'worker', 'api', 'billing-api', 'scheduler'])}-{rs(r, 'bcdfghjklmnpqrstvwxz2456789', 10)}-{rs(r, 'bcdfghjklmnpqrstvwxz2456789', 5)}",
    "pkg": lambda r: pick(r, ["requests", "pydantic", "ruff", "mypy", "pytest", "orjson", "click", "fastapi", "sqlalchemy",
                              "react", "vite", "typescript", "eslint", "serde", "tokio", "golang.org/x/net", "boto3", "uvicorn"]),
    "acct": lambda r: rs(r, "0123456789", 12),
    "model": lambda r: pick(r, ["claude-sonnet-4-5", "claude-opus-4-1", "claude-haiku-4-5", "gpt-4o", "gpt-4.1-mini", "o3-mini",
                                "gemini-2.5-pro", "llama-3.1-70b-instruct", "mistral-large-2411", "qwen2.5-coder-32b"]),
    "provider": lambda r: pick(r, ["anthropic", "openai", "google", "bedrock", "azure-openai", "together", "groq", "vertex"]),
    "lang": lambda r: pick(r, ["python", "go", "rust", "node", "java", "ruby"]),
    "subject": lambda r: pick(r, SUBJECTS),
    "pct": lambda r: str(r.randint(3, 97)),
    "sshpub": lambda r: "AAAAC3NzaC1lZDI1NTE5AAAAI" + rs(r, B64, 43),
    "rsapub": lambda r: "AAAAB3NzaC1yc2EAAAADAQABAAABgQ" + rs(r, B64, 360),
    "agepub": age_public,
    "cert": lambda r: "-----BEGIN CERTIFICATE-----\nMIID" + wrap64(rs(r, B64, 250))[4:] + "\n-----END CERTIFICATE-----",
    "pubkey": lambda r: "-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + wrap64(rs(r, B64, 300))[44:] + "\n-----END PUBLIC KEY-----",
    "fpr": lambda r: " ".join(rs(r, "0123456789ABCDEF", 4) for _ in range(10)),
    "nodeid": lambda r: pick(r, ["PR_kwDO", "I_kwDO", "MDExOlB1bGxSZXF1ZXN0", "R_kgDO"]) + rs(r, B64URL, 14),
}

SUBJECTS = ["retry the store lock with backoff", "handle empty config files", "drop Python 3.9 support", "add --json to scan",
            "fix off-by-one in pagination", "speed up cold start by lazy imports", "document the exit codes",
            "use fsync on the directory after rename", "reject control characters in notes", "bump dependencies",
            "make the purge tombstone content-free", "add SQLite backend skeleton", "parse durations like 1h30m",
            "stop logging request bodies", "cache the schema build", "sort keys in latest.json", "add Windows CI job",
            "guard against clock steps backwards", "fix flaky test_concurrency on macOS", "rename kinds.py to events.py"]

T: dict[str, list[str]] = {
    "agent_note": [
        "Lock timeout fixed; PR open, waiting for review.",
        "The test hangs only when run with -n 4; suspect the shared tmp dir.",
        "Reproduced #{issue} locally: the fold skips events whose seq has a gap. Fix in progress on {branch}.",
        "Left the bench running on the CI box; results go to bench/out/.",
        "Tried upgrading to pydantic 2.9 — two deprecation warnings, nothing broken.",
        "Windows path handling still broken for UNC paths, parked it.",
        "Migration 0042 is slow on big tables ({n} min on staging); run it in the maintenance window.",
        "Found the leak: the worker kept a reference to every response in a debug list.",
        "Not touching the auth module until @{user} is back from leave.",
        "Switched the devserver to port {port} because something else holds 5173.",
        "The staging DB password was rotated this morning; the new value lives in 1Password only.",
        "Upstream fixed the segfault in {pkg} {ver}; we can drop the pin.",
        "Both runners OOM on the e2e job; bumped memory to 7 GB.",
        "Docs build fails only on Read the Docs (older sphinx). Pinned sphinx<8.",
        "Spent an hour on a DNS issue that turned out to be the VPN.",
        "Could not reproduce the crash with the fixture store; need the customer's events.jsonl shape (not contents).",
    ],
    "next_action": [
        "answer review on #{pr}", "rerun the bench on the CI box", "ask @{user} whether we can drop py3.9",
        "rebase {branch} on main once #{pr} lands", "write the changelog entry for v{ver}", "file an issue for the UNC path bug",
        "delete the stale branch {branch}", "check the nightly job tomorrow morning", "tag v{ver} after the release notes are merged",
        "add a regression test for #{issue}", "update the README quickstart", "bump the model pin after the eval finishes",
        "rotate the staging credentials (ticket OPS-{issue})", "remove the debug logging added in {sha7}",
        "compare p95 latency before/after on Grafana", "move the fixture generator to fixtures/generate.py",
        "Review PR #{pr} and merge if green", "Run `make bench` on a quiet machine", "Ping @{user} about the flaky test",
        "Split the migration into two steps", "Ask infra for a bigger runner", "Open a follow-up for the Windows job",
    ],
    "ci_status": [
        "CI green on {sha7}, PR #{pr} open",
        "CI red on {sha7}: {nfail} failing in {testfile}",
        "pipeline #{n}{n_2} passed in {dur}s",
        "checks: lint ✓ typecheck ✓ tests ✗ (flaky: test_concurrency)",
        "workflow ci.yml run {n}{pr} succeeded on {branch}",
        "build {sha7} deployed to {env}, smoke tests ok",
        "nightly failed at 03:{n}: timeout in e2e after {dur}s",
        "GitHub Actions: {npass} passed, {nskip} skipped, 0 failed on ubuntu-24.04 / py3.11",
        "status: PR #{pr} approved by @{user}, waiting for CI",
        "merge queue: #{pr} is 2nd, ETA ~{n} min",
        "release job for v{ver} green; wheel + sdist uploaded",
    ],
    "commit_message": [
        "fix({scope}): {subject}",
        "feat({scope}): {subject} (#{pr})",
        "chore(deps): bump {pkg} from {ver} to {ver_2}",
        "docs: {subject}",
        "refactor: {subject}",
        "test({scope}): {subject}",
        "Merge pull request #{pr} from {owner}/{branch}",
        "Revert \"{subject}\"\n\nThis reverts commit {sha}.",
        "{subjectcap}\n\nCloses #{issue}.",
        "perf({scope}): {subject}\n\nMeasured with bench/bench_append.py: {pct}% fewer syscalls.",
        "ci: {subject}",
        "{subjectcap}",
        "fixup! {subject}",
        "Bump {pkg} to {ver}",
    ],
    "test_command": [
        "pytest -q {testfile}", "pytest -q {testfile}::test_{word}_{word_2} -x", "pytest -n 4 --maxfail=1 tests/",
        ".venv/bin/python -m pytest -q tests/ -k 'not slow'", "python -m pytest --cov=handoff --cov-report=term-missing",
        "cargo test --workspace --all-features", "cargo test -p {repo} -- --nocapture", "go test ./... -race -count=1",
        "go test ./internal/lock -run TestTimeout -v", "npm test -- --watch=false", "npx vitest run src/utils",
        "npx jest --ci --coverage", "ruff check handoff tests bench", "mypy handoff", "make test", "make lint",
        "tox -e py311", "nox -s tests-3.12", "bazel test //... --test_output=errors", "./gradlew test --tests '*LockTest'",
        "mvn -q -Dtest=StoreTest test", "dotnet test --filter Category=Unit", "bundle exec rspec spec/models/user_spec.rb",
        "vendor/bin/phpunit --testsuite unit", "npx playwright test --project=chromium", "uv run pytest -q",
        "hatch run test:cov", "pre-commit run --all-files", "shellcheck scripts/*.sh", "terraform validate",
        "helm lint charts/app", "docker compose run --rm web pytest -q {testfile}",
    ],
    "test_summary": [
        "{npass} passed, {nskip} skipped in {dur}s",
        "=== {nfail} failed, {npass} passed in {dur}s ===",
        "Tests: {nfail} failed, {npass} passed, {npass} total",
        "ok  \tgithub.com/{owner}/{repo}/internal/lock\t0.{ms}s",
        "test result: ok. {npass} passed; 0 failed; {nskip} ignored; finished in {dur}s",
        "FAILED {testfile}::test_{word} - AssertionError: assert 3 == 4",
        "Success: no issues found in {n} source files",
        "All checks passed!",
        "Found {n} errors in {nfail} files (checked {npass} source files)",
        "ERROR {testfile} - ModuleNotFoundError: No module named '{pkg}'",
        "{npass} examples, 0 failures, {nskip} pending",
        "Ran {npass} tests in {dur}s\n\nOK (skipped={nskip})",
        "coverage: {pct}% (+0.{n}%)",
        "1 flaky: tests/test_concurrency.py::test_two_writers (passed on rerun)",
    ],
    "log_line": [
        "{ts} INFO server listening on :{port}",
        "{ts} WARN retrying in 2s (attempt 3/5) err=\"connection refused\"",
        "{ts} ERROR {svc}: upstream timed out after 30s request_id={uuid}",
        "127.0.0.1 - - [12/Mar/2025:09:{n}:11 +0000] \"GET /api/v1/items?page=2 HTTP/1.1\" 200 {ms} \"-\" \"curl/8.5.0\"",
        "level=info msg=\"token refresh succeeded\" client=ci-bot ttl=3600s",
        "level=warn msg=\"login failed\" user={user} reason=bad_password attempts=3",
        "{ts} DEBUG cache miss key=user:{n}:profile",
        "Mar 12 09:{n}:02 build-03 systemd[1]: Started {svc}.service.",
        "Warning  BackOff  pod/{pod}  Back-off restarting failed container",
        "[{time}] worker.{n} | job {uuid} finished in {ms}ms",
        "{ts} INFO auth: user {user} logged in via SSO (oidc)",
        "WARN  [{svc}] slow query ({ms} ms): SELECT * FROM {db}.events WHERE seq > $1",
        "User: ci-runner, Host: build-0{nfail}, Job: {n}",
        "{ts} INFO POST /v1/messages 200 {ms}ms model={model} input_tokens={npass} output_tokens={n}",
        "npm WARN deprecated inflight@1.0.6: This module is not supported",
        "{ts} ERROR psql: FATAL: password authentication failed for user \"{dbuser}\"",
        "{ts} INFO assistant-svc ready (workers=4)",
        "kubelet: Liveness probe failed: HTTP probe failed with statuscode: 503",
    ],
    "stack_trace": [
        "Traceback (most recent call last):\n  File \"{pyfile}\", line {n}, in append\n    self._lock.acquire(timeout=10)\nfilelock._error.Timeout: The file lock '/tmp/store/lock' could not be acquired.",
        "  File \"{pyfile}\", line {n}, in load\n    data = orjson.loads(raw)\norjson.JSONDecodeError: unexpected character: line 1 column 1 (char 0)",
        "TypeError: Cannot read properties of undefined (reading 'map')\n    at Header (web/src/components/Header.tsx:{n}:17)",
        "panic: runtime error: invalid memory address or nil pointer dereference\n[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x6b2f1a]\n\ngoroutine 1 [running]:\nmain.main()\n\t/src/cmd/cli/root.go:{n} +0x3a",
        "java.lang.NullPointerException: Cannot invoke \"String.length()\" because \"name\" is null\n\tat com.acme.UserService.create(UserService.java:{n})",
        "thread 'main' panicked at src/lib.rs:{n}:9:\ncalled `Option::unwrap()` on a `None` value",
        "KeyError: 'DATABASE_URL'",
        "sqlalchemy.exc.OperationalError: (psycopg.OperationalError) connection to server at \"{host}\", port 5432 failed: timeout expired",
        "pydantic_core._pydantic_core.ValidationError: 1 validation error for NoteData\ntext\n  String should have at most 8000 characters",
        "Error: EADDRINUSE: address already in use :::{port}\n    at Server.setupListenHandle [as _listen2] (node:net:1817:16)",
        "RecursionError: maximum recursion depth exceeded while calling a Python object",
        "AssertionError: expected 212 events, got 211\n  {testfile}:{n}",
    ],
    "config_fact": [
        "python=3.11", "python 3.11.9 (from .python-version)", "node 20.11.1", "ci.parallel=2", "postgres 16.3", "default branch: main",
        "timezone=UTC", "max_connections=200", "feature_flags.new_checkout=false", "log_level=debug", "region={region}",
        "replicas: 3", "pool_size=20", "token_ttl_seconds=3600", "password_min_length=12", "session_timeout=30m",
        "auth.provider=oidc", "secrets backend: vault", "uv 0.4.{n}", "go 1.22.5", "rust toolchain 1.79.0", "java 21 (temurin)",
        "docker compose v2.29", "k8s 1.30 on EKS", "terraform 1.9.{n}", "ruff line-length=120", "mypy strict=true",
        "pytest addopts = -ra", "store path: ~/.local/state/handoff", "ports: devserver {port}, api 8000",
        "{provider}.model={model}", "max_tokens=1024", "temperature=0", "retry.max_attempts=5", "retry.backoff=exponential",
        "cache.ttl=300s", "workers={nfail}", "DATABASE_HOST={host}", "POSTGRES_USER={dbuser}", "POSTGRES_DB={db}",
        "AWS_REGION={region}", "S3 bucket: {repo}-artifacts-{env}", "sentry environment: {env}", "api base url: https://api.{domain}/v2",
        "rate_limit: 50 req/min", "jwt.algorithm=RS256", "jwt.audience=api", "oauth.scopes=read:user repo",
        "auth.password_hashing=argon2id", "smtp.host=smtp.{domain}", "smtp.port=587", "redis.db=0",
    ],
    "url_plain": [
        "https://github.com/{owner}/{repo}/pull/{pr}", "https://github.com/{owner}/{repo}/issues/{issue}",
        "https://github.com/{owner}/{repo}/actions/runs/{n}{acct}", "https://ci.{domain}/job/{repo}/{n}/console",
        "https://grafana.{domain}/d/{hex8}/api-latency?orgId=1&from=now-6h&to=now&var-env={env}",
        "https://docs.python.org/3/library/fcntl.html#fcntl.flock", "https://pypi.org/project/{pkg}/{ver}/",
        "http://localhost:{port}/?debug=1", "postgres://{dbuser}@{host}:5432/{db}", "redis://localhost:6379/0",
        "s3://{repo}-artifacts/{env}/build-{sha7}.tar.gz", "https://app.{domain}/settings/billing?tab=invoices",
        "https://{owner}.atlassian.net/browse/OPS-{issue}", "https://sentry.io/organizations/{owner}/issues/{n}{acct}/",
        "https://console.aws.amazon.com/ecs/v2/clusters/{env}/services?region={region}",
        "https://www.npmjs.com/package/{pkg}", "git@github.com:{owner}/{repo}.git", "https://gitlab.com/{owner}/{repo}/-/merge_requests/{pr}",
        "https://status.{domain}/incidents/{hex8}", "amqp://{host}:5672/%2F", "mongodb://{host}:27017/{db}?replicaSet=rs0",
        "https://api.{domain}/v1/items?page=3&per_page=50&sort=-created_at", "wss://events.{domain}/stream?channel=deploys",
        "https://docs.anthropic.com/en/docs/build-with-claude/prompt-caching", "https://platform.openai.com/docs/guides/function-calling",
    ],
    "git_sha": [
        "{sha}", "HEAD is now at {sha7} {subject}", "git bisect: first bad commit is {sha}", "{sha7}..{sha7_2}",
        "merge-base with main: {sha}", "commit {sha}\nAuthor: {user} <{user}@users.noreply.github.com>",
        "validated on {sha}", "cherry-picked {sha12} onto release/2.4", "tree {sha}", "parent {sha}",
        "git checkout {sha7} -- {file}", "pinned actions/checkout@{sha}",
    ],
    "uuid_id": [
        "{uuid}", "run id {uuid}", "X-Request-Id: {uuid}", "correlation_id={uuid}", "event {uuid} replayed", "project_id: {uuid}",
        "tenant {uuid} migrated", "session {uuid} closed after 40 min (handoff scope)", "job {uuid} queued", "trace: {uuid}",
        "aws: RequestId: {uuid}", "deployment {uuid} → status READY",
    ],
    "content_hash": [
        "sha256 {hex64}", "{hex64}  dist/{repo}-{ver}-py3-none-any.whl", "sha256:{hex64}", "integrity sha512-{b64sri}",
        "sha384-{b64sri}", "h1:{b64sri}", "md5 {hex32}", "blake3 {hex64}", "sha1 {hex40}", "etag \"{hex32}\"",
        "content hash of events.jsonl: {hex64}", "checksum mismatch: expected {hex64} got {hex64_2}",
        "{repo}-{ver}.tar.gz: OK ({hex64})", "\"integrity\": \"sha512-{b64sri}\"",
    ],
    "cache_key": [
        "key=linux-x64-sha256-{hex64}", "cache hit for key: node-modules-Linux-{hex64}", "restore-keys: pip-ubuntu-24.04-py3.11-",
        "Cache saved with key: setup-python-Linux-x64-24.04-Ubuntu-python-3.11.9-pip-{hex64}", "sccache key rust-{hex16}",
        "turbo cache hit {hex16}", "bazel remote cache action digest {hex64}/1423", "ccache hit rate {pct}%",
        "Cache restored from key: Linux-cargo-{hex64}", "gradle-wrapper-{hex64}", "buildx cache-to type=gha,scope={repo}-{hex16}",
        "uv cache dir ~/.cache/uv ({n} MB), key uv-{lang}-{hex16}",
    ],
    "ulid_app_id": [
        "{ulid}", "app_{ulid}", "event {ulid} stored", "cus_{alnum14}", "pi_3{alnum24}", "evt_1{alnum24}", "acct_1{alnum14}",
        "GitHub node id {nodeid}", "Slack channel C0{upper9}", "Vercel project prj_{alnum28}", "team_{alnum24}",
        "ftjob-{alnum24}", "batch_{hex32}", "msg_01{alnum24}", "Sentry issue {upperrepo}-{upper4}", "order {ulid}",
    ],
    "docker_digest": [
        "{image}@sha256:{hex64}", "digest: sha256:{hex64} size: 2841", "Pulled ghcr.io/{owner}/{repo}@sha256:{hex64}",
        "FROM python:3.11-slim@sha256:{hex64}", "image: registry.{domain}/{repo}:{ver}@sha256:{hex64}",
        "Successfully built {sha12}", "writing image sha256:{hex64} done", "layer sha256:{hex64} already exists",
    ],
    "semver": [
        "bumped {pkg} {ver} -> {ver_2}", "v{ver}", "released {repo} {ver}", "pydantic>=2.6,<3", "helm chart version {ver}, appVersion {ver_2}",
        "requires-python >=3.11", "{pkg}=={ver}", "\"{pkg}\": \"^{ver}\"", "{repo} {ver} (git {sha7})", "min supported: {ver}",
    ],
    "file_path": [
        "{file}", "{file}:{n}", "~/.config/handoff/config.toml", "/var/log/nginx/error.log", "C:\\Users\\ci\\AppData\\Local\\Temp\\pytest-of-ci",
        "tests/fixtures/events.jsonl", ".github/workflows/release.yml", "~/.ssh/known_hosts", "~/.aws/config", "~/.ssh/id_ed25519.pub",
        "/etc/ssl/certs/ca-certificates.crt", "bench/out/run-{date}/summary.md", "/run/secrets/db_password (mounted by compose)",
        "./secrets/ is git-ignored", "changed: {file}, {file_2}", "moved {file} -> {file_2}",
    ],
    "env_var_name": [
        "needs OPENAI_API_KEY and GITHUB_TOKEN set in the environment",
        "Set STRIPE_SECRET_KEY in the CI environment (Settings → Secrets).",
        "env vars: DATABASE_URL, REDIS_URL, SENTRY_DSN",
        "AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY come from the OIDC role, nothing stored",
        "unset GH_TOKEN before running gh auth login",
        "`ANTHROPIC_API_KEY` missing -> integration tests skipped",
        "required: DB_PASSWORD (string), JWT_SECRET (string, 32+ chars)",
        "renamed SLACK_WEBHOOK to SLACK_WEBHOOK_URL in the workflow",
        "the job reads HF_TOKEN from the org secrets",
        "PGPASSWORD is read by psql if set; we use PGPASSFILE instead",
        "NPM_TOKEN must be an automation token or publish fails with 2FA",
        "DOCKER_PASSWORD, DOCKER_USERNAME are org-level secrets",
        "check that VAULT_ADDR points to https://vault.{domain}:8200",
        "TWINE_USERNAME=__token__ and TWINE_PASSWORD come from the pypi environment",
        "if SENTRY_AUTH_TOKEN is empty the upload step is skipped",
        "{secvar} is required in {env}", "added {secvar} to the env schema (no default)", "{secvar} not set, falling back to anonymous mode",
        "the {svc} deploy needs {secvar} and {secvar_2}", "{secvar} is injected by the platform at runtime",
        "moved {secvar} from the repo-level to the {env} environment secrets", "printenv | grep -c {secvar}",
    ],
    "secret_reference": [
        "${{ secrets.NPM_TOKEN }}", "token: ${{ secrets.GITHUB_TOKEN }}", "password: ${{ secrets.DB_PASSWORD }}",
        "op://vault/item/field", "op://Engineering/staging-db/password", "vault:secret/data/{svc}#password",
        "$API_KEY", "${DB_PASSWORD}", "\"$GITHUB_TOKEN\"", "Authorization: Bearer $TOKEN",
        "valueFrom:\n  secretKeyRef:\n    name: db-creds\n    key: password",
        "aws secretsmanager get-secret-value --secret-id prod/{svc}/db",
        "password_file: /run/secrets/db_password",
        "echo \"$CR_PAT\" | docker login ghcr.io -u {user} --password-stdin",
        "gh secret set NPM_TOKEN < token.txt",
        "PGPASSWORD=$PGPASSWORD psql -h {host} -U {dbuser} {db}",
        "export GITHUB_TOKEN=$(gh auth token)",
        "DATABASE_URL=postgres://{dbuser}@{host}:5432/{db} (password via PGPASSFILE)",
        "sops -d secrets.enc.yaml | kubectl apply -f -",
        "password: {{ .Values.db.password }}",
        "%(DB_PASSWORD)s", "os.environ['OPENAI_API_KEY']", "env(\"STRIPE_SECRET_KEY\")",
        "projects/{acct}/secrets/db-pass/versions/latest",
        "arn:aws:secretsmanager:{region}:{acct}:secret:prod/db-{alnum6}",
        "curl -H \"Authorization: Bearer ${API_TOKEN}\" https://api.{domain}/v1/health",
        "docker login -u {user} --password-stdin < ~/.ghcr_token",
        "kubectl create secret generic db-creds --from-env-file=.env.production",
        "token = process.env.SLACK_BOT_TOKEN",
        "api_key: !vault |\n  $ANSIBLE_VAULT;1.1;AES256",
        "mysql --defaults-extra-file=~/.my.cnf -e 'select 1'",
        "azure key vault reference: @Microsoft.KeyVault(SecretUri=https://kv-{word}.vault.azure.net/secrets/db-password/)",
        "secretRef: {svc}-env",
        "doppler run -- npm start",
        "heroku config:get DATABASE_URL -a {app} > /dev/null  # just checking it exists",
        "fly secrets list -a {app}",
        "kubectl get secret db-creds -o jsonpath='{.metadata.name}'",
    ],
    "placeholder": [
        "API_KEY=<your-token-here>", "token: xxxx", "POSTGRES_PASSWORD=changeme", "API_KEY=your-api-key", "password: ********",
        "GITHUB_TOKEN=ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", "export OPENAI_API_KEY=sk-...", "token: REDACTED", "password=<redacted>",
        "Authorization: Bearer <token>", "\"password\": \"[FILTERED]\"", "DB_PASSWORD=", "password: null", "secret: TODO",
        "SECRET_KEY=replace-me", "AWS_SECRET_ACCESS_KEY=<secret>", "STRIPE_SECRET_KEY=sk_live_...", "ANTHROPIC_API_KEY=sk-ant-...",
        "postgres://user:password@localhost:5432/db", "curl -u USER:PASS https://{host}/api", "--password ${PASSWORD}",
        "mysql -u root -p", "Password: (hidden)", "api_key = \"YOUR_API_KEY\"", "token=*****", "HF_TOKEN=hf_xxx",
        "REDIS_PASSWORD=<set me>", "client_secret: '<client-secret>'", "password: \"{{ vault_db_password }}\"", "PASSWORD=dummy",
        "docker login -u <user> -p <password>", "Authorization: Basic <base64(user:pass)>", "x-api-key: <API_KEY>",
        "JWT_SECRET=please-change-this", "AKIA****************",
        "export {secvar}=<{secvarl}>", "{secvar}=xxxxxxxx", "{secvar}=\"\"", "{secvar}=changeme", "{secvar}: <fill in>",
        "{secvar}=${{secvar}}", "--token <TOKEN>", "gh secret set {secvar} --body \"<value>\"",
    ],
    "password_discussion": [
        "rotate the password monthly", "Passwords must be at least 12 characters and are hashed with argon2id.",
        "We never store the DB password in the repo; it comes from Vault at deploy time.",
        "the password reset email now expires after 30 minutes", "password auth disabled on the bastion, keys only",
        "Users complained that the password field rejects spaces; fixed in #{pr}.",
        "Reminder: tokens in CI are scoped to read-only where possible.", "We should move from API keys to OIDC for deploys.",
        "Audit found two services still using a shared service-account password; ticket OPS-{issue}.",
        "the login form was leaking whether an email exists; now returns the same error",
        "Added a rate limit of 5 failed password attempts per 15 minutes.",
        "Stripe keys are restricted keys now (rk_), scoped to charges:read.",
        "The token expired, so the nightly job failed with 401; re-issued via the UI.",
        "GitHub PATs are being replaced by a GitHub App with fine-grained permissions.",
        "Secrets scanning is enabled on the org; push protection blocked one commit last week.",
        "Don't paste credentials into notes or PR descriptions.",
        "Password policy: no reuse of the last 5 passwords, MFA required for admins.",
        "the .env file is in .gitignore and the example lives in .env.example",
        "rotated all keys after the contractor left (see OPS-{issue}); nothing to do here",
        "psql prompts for the password because PGPASSFILE is not set in the container",
        "SSH keys for deploy are managed by the infra repo, not by hand",
        "JWTs are signed with RS256 and the public keys are served at /.well-known/jwks.json",
        "the {svc} service account password is rotated by Vault every {n} days", "{env} uses short-lived credentials issued per job",
        "The password change endpoint now requires the old password.", "Moved the shared admin password into 1Password; everyone uses SSO now.",
        "bcrypt cost factor raised from 10 to 12", "Removed the hard-coded password from {file} (it was already rotated).",
        "The {svc} API key lives in Secrets Manager; the app fetches it at start-up.", "password expiry is off per NIST 800-63B",
    ],
    "model_engineering": [
        "bumped the model to {model}", "prompt caching reduced latency by {pct}%", "the assistant service returned 503 from {time} to {time_2}",
        "eval: {model} passes {pct}% of the prompt suite", "moved the system prompt to prompts/review.md (v{n})",
        "token usage: {n}k input / {nfail}k output per run", "rate limited by {provider} (429), retry-after 30s",
        "switched the summarizer from gpt-4o to gpt-4o-mini to cut cost by {pct}%", "the chat endpoint now streams SSE",
        "added a max_tokens=1024 cap", "temperature set to 0 for the eval runs", "model_health: {provider}/{model} degraded, p95 {ms}ms",
        "context window overflow at 200k tokens; truncating tool results", "the agent loop stops after 25 tool calls",
        "LLM judge disagreed with humans on {pct}% of cases", "prompt template now lives in templates/summarize.j2 and is versioned",
        "the assistant's reply is no longer logged (privacy)", "embedding model text-embedding-3-small, dim 1536",
        "{provider} {model} ok, rate limit remaining 48/50", "retry on overloaded_error with jitter, max 5 attempts",
        "prompt injection test suite: 0 of {n} attacks succeeded after the tool allow-list change",
        "conversation history is truncated to the last 20 turns before sending", "the chatbot widget loads 40 KB less JS now",
        "fine-tune job finished; eval loss {dur}", "Claude Code session ran out of context twice; split the task",
        "model pinned to {model} in config/llm.toml", "tool-call JSON schema validation added for the agent",
        "assistant replies now include citations; the UI renders them as footnotes", "stop_reason=max_tokens on {pct}% of requests",
        "claude-sonnet-4-5: rate_limited until {time}", "gpt-4.1-mini latency p50 {ms}ms, p99 {ms_2}ms",
        "prompts are stored as hashes only; raw text never leaves the process",
    ],
    "model_health": [
        "{provider} {model} ok", "{provider} {model} rate_limited, reset in {n}m", "{provider}/{model}: degraded (p95 {ms}ms)",
        "{model} down since {time} (overloaded_error)", "health: {model} ok, remaining {n}/50", "{provider} status=ok latency={ms}ms",
        "{model} 429 rate_limit_error, retry_after_s=30", "checked {model} at {ts}: ok",
    ],
    "branch_pointer": [
        "{branch}", "on branch {branch}", "fork {owner}/{repo} branch {branch}", "{owner}/{repo}#{pr}", "PR #{pr}: {subject}",
        "issue #{issue} ({subject})", "base main, head {branch}", "repo {owner}/{repo}, branch {branch}, PR #{pr} (open)",
        "working in {owner}/{repo} on {branch}", "tracking upstream/{branch}",
    ],
    "public_key_cert": [
        "ssh-ed25519 {sshpub} {user}@laptop", "ssh-rsa {rsapub} deploy@ci", "{host} ssh-ed25519 {sshpub}",
        "added deploy key (public): ssh-ed25519 {sshpub} ci-deploy", "{cert}", "{pubkey}", "age recipient: {agepub}",
        "sops creation_rules: age: {agepub}", "GPG fingerprint {fpr}", "ca.crt:\n{cert}",
    ],
    "engineering_command": [
        "kubectl get pods -n {env} -l app={svc}", "kubectl rollout restart deploy/{svc} -n {env}", "docker build -t {repo}:{ver} .",
        "terraform plan -out=tfplan", "git rebase -i origin/main", "curl -sS https://{host}/healthz", "psql -h {host} -U {dbuser} -d {db}",
        "ssh deploy@{host}", "gh pr create --fill --base main", "aws s3 cp dist/ s3://{repo}-artifacts/{sha7}/ --recursive",
        "npm ci", "uv sync --frozen", "docker compose up -d db redis", "git push -u origin {branch}", "helm upgrade --install {svc} ./chart -f values-{env}.yaml",
        "kubectl logs deploy/{svc} --since=10m | grep ERROR", "git log --oneline -n 20", "make bench-quick", "gh run watch",
        "openssl s_client -connect {host}:443 -servername {host}", "redis-cli -h {host} ping", "docker login ghcr.io",
        "gh auth status", "aws sts get-caller-identity", "vault kv get secret/{svc}", "op read op://Engineering/{svc}/password > /dev/null",
        "ssh-keygen -t ed25519 -C ci@{domain}", "gpg --list-secret-keys --keyid-format LONG", "kubectl get secret db-creds -n {env}",
        "mysql -u {dbuser} -p -h {host}", "htpasswd -c .htpasswd {user}", "git config --global credential.helper osxkeychain",
    ],
    "json_yaml_config": [
        '{"python": "3.11", "ci": {"parallel": 2}}', '{"password_min_length": 12, "token_ttl": 3600}',
        "auth:\n  provider: oidc\n  issuer: https://auth.{domain}/\n  audience: api", "secret_name: db-creds",
        '{"api_key_header": "X-Api-Key", "rate_limit": 50}', "retry:\n  max_attempts: 5\n  backoff: exponential",
        '{"model": "{model}", "max_tokens": 1024, "temperature": 0}', "database:\n  host: {host}\n  port: 5432\n  name: {db}\n  user: {dbuser}\n  password_env: DB_PASSWORD",
        '{"name": "{repo}", "version": "{ver}", "private": true}', "[tool.ruff]\nline-length = 120",
        "env:\n  - name: LOG_LEVEL\n    value: info\n  - name: DB_PASSWORD\n    valueFrom:\n      secretKeyRef: {name: db, key: password}",
        '{"session": {"cookie_name": "sid", "secure": true, "http_only": true, "max_age": 86400}}',
        "jwt:\n  issuer: https://auth.{domain}/\n  jwks_url: https://auth.{domain}/.well-known/jwks.json",
        '{"prompt_cache": true, "system_prompt_file": "prompts/review.md"}', "concurrency:\n  group: ci-${{ github.ref }}\n  cancel-in-progress: true",
        '{"features": {"new_checkout": false, "dark_mode": true}}', "[mysqld]\nmax_connections = 200\ninnodb_buffer_pool_size = 2G",
    ],
    "high_entropy_id": [
        "trace_id={hex32} span_id={hex16}", "request id {hex16}{hex16_2}", "pod {pod} restarted", "X-Amz-Cf-Id: {b64id}",
        "build 2025.{n}.{nfail}-{sha7}", "sentry event {hex32}", "AWS account {acct}", "arn:aws:iam::{acct}:role/ci-deployer",
        "cloudfront distribution E{upper13}", "etag W/\"{hex8}-{hex16}\"", "k8s uid {uuid}", "container {hex64}",
        "hash ring token 0x{hex16}", "nonce used once: {hex32} (test vector from RFC 8439)", "otel traceparent 00-{hex32}-{hex16}-01",
    ],
    "prompt_word_engineering": [
        "bash prompt shows the wrong branch after rebase", "the installer prompts for a password; pass --yes for CI",
        "chat widget CSS fixed on mobile", "ChatOps bot posts deploy status to #deploys", "the conversation_id column is now indexed",
        "PS1 prompt slow because of git status in a big repo", "gh prompts for a passphrase when the key is encrypted",
        "Response time of /chat dropped to {ms}ms", "added a confirmation prompt before purge", "user prompt in the CLI now defaults to 'no'",
        "the chat service was OOM-killed at {time}", "message queue consumer lag {n}s", "assistant-ui package bumped to {ver}",
        "human review required for migrations (CODEOWNERS)", "the AI label on PRs triggers the bot reviewer",
        "system tray icon missing on Wayland", "support chat transcripts are exported to the data warehouse nightly (handled by the data team)",
    ],
    "token_word_engineering": [
        "token bucket rate limiter: 50 tokens, refill 1/s", "tokenizer upgrade changed counts by ~{pct}%",
        "token count {npass} input / {n} output", "JWT validation now checks aud and iss", "rotate tokens every 90 days",
        "CSRF token missing on the /login form, fixed", "refresh tokens are single-use now", "the lexer emits a NEWLINE token after each statement",
        "GitHub token permissions: contents: read, pull-requests: write", "API tokens are hashed with sha256 before storage",
        "the token expired at {time}; the job now refreshes it first", "personal access tokens are disabled org-wide",
    ],
    "error_message": [
        "401 Unauthorized: invalid API key", "psql: error: FATAL: password authentication failed for user \"{dbuser}\"",
        "Error: bad credentials", "remote: Invalid username or password.", "gpg: decryption failed: No secret key",
        "fatal: Authentication failed for 'https://github.com/{owner}/{repo}.git/'", "403 Forbidden: token lacks scope repo",
        "docker: Error response from daemon: unauthorized: authentication required", "botocore.exceptions.NoCredentialsError: Unable to locate credentials",
        "Permission denied (publickey).", "npm ERR! code E401 Unable to authenticate", "ERROR: invalid_grant: refresh token expired",
        "stripe.error.AuthenticationError: No API key provided", "anthropic.RateLimitError: Error code: 429 - rate_limit_error",
        "openai.AuthenticationError: Incorrect API key provided", "Vault: permission denied on secret/data/{svc}",
        "x509: certificate signed by unknown authority", "SSL: CERTIFICATE_VERIFY_FAILED", "ssh: handshake failed: knownhosts: key mismatch",
    ],
    "docs_sentence": [
        "Set `OPENAI_API_KEY` in your environment before running `make eval`.", "Run `handoff show --format md` to print the brief.",
        "Credentials are read from the environment and never written to the store.", "See docs/design.md for the locking protocol.",
        "Exit code 3 means the privacy filter rejected the write.", "To rotate the signing key, follow runbooks/rotate-keys.md.",
        "Store your token in the system keychain, not in a dotfile.", "The assistant never sees production data.",
        "Use `--password-stdin` rather than `-p` so the password stays out of shell history.",
        "Each prompt template has a version number; bump it when you change the wording.",
        "Passwords are compared in constant time.", "The API accepts a bearer token in the Authorization header.",
        "`{svc}` reads its configuration from `{file}`.", "Run `{testcmd}` before pushing.", "The `{secvar}` variable must be set in production.",
        "Requires Python 3.11+ and {pkg} {ver}.", "Prompts shown to the model are defined in `prompts/` and reviewed like code.",
    ],
}


def nonenglish_note(r: R) -> str:
    return fill(r, pick(r, NON_EN), extra=EXTRA)


NON_EN = [
    "Auf main rebased, CI grün auf {sha7}.", "PR #{pr} ist offen, warte auf Review von @{user}.",
    "Test {testfile} schlägt nur unter macOS fehl, vermutlich ein Zeitzonenproblem.", "Nächster Schritt: SQLite-Backend anbinden.",
    "Passwort-Rotation für die Staging-DB ist für Montag geplant (Wert liegt im Vault).", "Deployment von {svc} {ver} nach {env} erfolgreich.",
    "Modell auf {model} umgestellt, Latenz um {pct}% gesunken.",
    "Rebase sobre main hecho, CI en verde en {sha7}.", "El PR #{pr} está abierto, falta la revisión de @{user}.",
    "El test {testfile} falla solo en Windows.", "Siguiente paso: migrar la caché a Redis.",
    "La contraseña se guarda en el gestor de secretos, no en el repo.", "Desplegado {svc} {ver} en {env} sin errores.",
    "Rebasé sur main, CI verte sur {sha7}.", "PR #{pr} ouverte, en attente de relecture par @{user}.",
    "Le test {testfile} échoue de façon intermittente.", "Prochaine étape : brancher le backend SQLite.",
    "Le mot de passe est dans le coffre (Vault), pas dans le dépôt.", "Déploiement de {svc} {ver} en {env} réussi.",
    "已基于 main 变基，{sha7} 上 CI 通过。", "PR #{pr} 已提交，等待 @{user} 审核。", "{testfile} 只在 macOS 上失败，怀疑是时区问题。",
    "下一步：接入 SQLite 后端。", "密码存放在 Vault 里，不要写进仓库。", "{svc} {ver} 已成功部署到 {env}。", "模型切换到 {model}，延迟降低了 {pct}%。",
    "main にリベース済み、{sha7} で CI グリーン。", "PR #{pr} をオープン、@{user} のレビュー待ち。",
    "{testfile} が macOS でのみ失敗する。タイムゾーンの問題かも。", "次は SQLite バックエンドの対応。",
    "パスワードは Vault に保存済み、リポジトリには置かない。", "{svc} {ver} を {env} にデプロイ完了。",
    "Rebase feito sobre a main, CI verde em {sha7}.", "PR #{pr} aberto, aguardando revisão de @{user}.",
    "O teste {testfile} falha só no Windows.", "Próximo passo: ligar o backend SQLite.",
    "A senha fica no cofre de segredos, nunca no repositório.", "Deploy de {svc} {ver} em {env} concluído.",
    "Сделал rebase на main, CI зелёный на {sha7}.", "PR #{pr} открыт, жду ревью от @{user}.", "Тест {testfile} падает только на macOS.",
    "Следующий шаг: подключить бэкенд SQLite.", "Пароль хранится в Vault, в репозиторий его не кладём.", "{svc} {ver} успешно выкачен на {env}.",
    "Промпт для ревью вынесен в prompts/review.md, версия {n}.", "El asistente devolvió 503 durante {n} minutos; ya está estable.",
]

SECVARS = ["API_KEY", "DB_PASSWORD", "GITHUB_TOKEN", "STRIPE_SECRET_KEY", "OPENAI_API_KEY", "ANTHROPIC_API_KEY", "SLACK_BOT_TOKEN",
           "JWT_SECRET", "AWS_SECRET_ACCESS_KEY", "NPM_TOKEN", "SENTRY_AUTH_TOKEN", "REDIS_PASSWORD", "HF_TOKEN", "SMTP_PASSWORD"]

_LOCAL = {
    "pyfile": lambda r: pick(r, ["handoff/store.py", "src/app/main.py", "api/views.py", "config/settings.py", "handoff/backends/jsonl.py"]),
    "secvar": lambda r: pick(r, SECVARS),
    "secvarl": lambda r: pick(r, SECVARS).lower().replace("_", "-"),
    "testcmd": lambda r: pick(r, ["make test", "pytest -q", "ruff check .", "npm test", "go test ./..."]),
    "scope": lambda r: pick(r, ["store", "cli", "privacy", "backends", "scan", "docs", "ci", "bench", "models", "state"]),
    "subjectcap": lambda r: (lambda s: s[:1].upper() + s[1:])(pick(r, SUBJECTS)),
    "alnum6": lambda r: rs(r, ALNUM, 6),
    "alnum28": lambda r: rs(r, ALNUM, 28),
    "upper9": lambda r: rs(r, UPPER_ALNUM, 9),
    "upper4": lambda r: rs(r, UPPER_ALNUM, 3),
    "upper13": lambda r: rs(r, UPPER_ALNUM, 13),
    "upperrepo": lambda r: pick(r, ["WIDGET", "API", "WEB", "BILLING"]),
    "b64id": lambda r: b64_bytes(r, 42, urlsafe=True, pad=False)[:56] + "==",
}


def _note(r: R) -> str:
    """An agent's status note assembled from what happened, where things stand, and what is next."""
    did = [
        "rebased on main", "fixed the flaky lock test", "bumped ruff to 0.6.9", "added retry with backoff to the store lock",
        "split test_store.py into unit and integration", "pinned pydantic<3", "migrated CI to uv", "removed the dead flag new_checkout",
        "reproduced #{issue} locally", "wrote a regression test for #{issue}", "ran the bench on the CI box", "updated the lockfile",
        "reverted {sha7} (broke the Windows build)", "addressed review comments from @{user}", "squashed the fixup commits",
        "cherry-picked {sha7} onto release/2.4", "enabled mypy strict for handoff/backends", "regenerated the schemas", "tagged v{ver}",
        "deployed {svc} {ver} to {env}", "restarted the worker pool on {env}", "cleared the pip cache on the runner",
        "switched the eval to {model}", "profiled the cold start ({ms} ms → {ms_2} ms)",
    ]
    state = [
        "CI green on {sha7}", "PR #{pr} open", "waiting for review from @{user}", "CI red on {sha7}: {nfail} failures in {testfile}",
        "all {npass} tests pass", "ruff and mypy clean", "merged as {sha7}", "blocked on #{issue}", "bench shows {pct}% faster appends",
        "deploy to {env} succeeded", "coverage {pct}%", "flaky again on the macOS runner", "no regressions in the e2e suite",
        "still needs a changelog entry",
    ]
    nxt = ["next: answer review on #{pr}", "TODO: rerun the bench on the CI box", "next step is the SQLite backend",
           "need to ask @{user} about dropping py3.9", "then open a PR against {owner}/{repo}", "follow-up: file an issue for the Windows path bug", ""]
    parts = r.sample(did, r.randint(1, 2)) + r.sample(state, r.randint(1, 2))
    tail = pick(r, nxt)
    if tail:
        parts.append(tail)
    sep = pick(r, [", ", "; ", ". ", " — ", ", "])
    text = sep.join(parts)
    text = text[:1].upper() + text[1:] if r.random() < 0.6 else text
    return fill(r, text + r.choice(["", ".", "", " ✅"]), extra={**EXTRA, **_LOCAL})


WRAPPED = ("password_discussion", "env_var_name", "docs_sentence", "prompt_word_engineering", "token_word_engineering",
           "model_engineering", "next_action", "agent_note", "ci_status")
"""Prose categories that people also write with a date, a name or a label around the sentence."""
_PREFIX = ["", "", "", "FYI: ", "note: ", "(from @{user}) ", "{date}: ", "Update — ", "[{env}] ", "re #{issue}: "]
_SUFFIX = ["", "", "", " (checked {date})", " — @{user}", " #ops", " (see #{pr})", " [{env}]"]


def benign_sample(r: R, cat: str) -> str:
    if cat == "nonenglish_note":
        return nonenglish_note(r)
    if cat == "agent_note" and r.random() < 0.75:
        return _note(r)
    template = pick(r, T[cat])
    if cat in WRAPPED and r.random() < 0.4:
        template = pick(r, _PREFIX) + template + pick(r, _SUFFIX)
    return fill(r, template, extra={**EXTRA, **_LOCAL})


BENIGN_COUNTS = {
    "agent_note": 120, "next_action": 40, "ci_status": 30, "commit_message": 80, "test_command": 80, "test_summary": 40,
    "log_line": 80, "stack_trace": 35, "config_fact": 70, "url_plain": 50, "git_sha": 25, "uuid_id": 25, "content_hash": 30,
    "cache_key": 30, "ulid_app_id": 25, "docker_digest": 25, "semver": 25, "file_path": 30, "env_var_name": 35,
    "secret_reference": 55, "placeholder": 50, "password_discussion": 35, "nonenglish_note": 70, "model_engineering": 70,
    "model_health": 25, "branch_pointer": 30, "public_key_cert": 20, "engineering_command": 70, "json_yaml_config": 50,
    "high_entropy_id": 30, "prompt_word_engineering": 25, "token_word_engineering": 25, "error_message": 40, "docs_sentence": 20,
}

