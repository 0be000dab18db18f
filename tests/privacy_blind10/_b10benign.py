"""blind10 benign categories: ordinary engineering text from the same people and tools, holding no credential,
no prompt, no model output and no chat transcript. Many are near misses on purpose."""

from __future__ import annotations

import json
import random

from _b10intl import NOTES
from _b10rand import (
    ALNUM,
    B32,
    BRANCHES,
    ENVS,
    FILES,
    FIRST,
    FUNCS,
    HOSTS,
    REPOS,
    SERVICES,
    USERS,
    b64,
    b64url,
    hexs,
    pick,
    s,
    uuid4,
)

R = random.Random
CROCK = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


def _ulid(r: R) -> str:
    return "01J" + s(r, 23, CROCK)


def _sha(r: R) -> str:
    return hexs(r, 40)


def review_issue_comment(r: R) -> str:
    who = pick(r, FIRST)
    f, fn = pick(r, FILES), pick(r, FUNCS)
    forms = [
        f"Review from {who} on #{r.randint(100, 999)}: {fn} swallows the exception; please re-raise after logging.",
        f"{who} (code review): nit — rename `tmp` in {f}:{r.randint(10, 300)} to something that says what it holds.",
        f"per @{who}: the migration is safe to run after 18:00 UTC, the batch job finishes by then",
        f"Issue comment by {who}: reproduced on {pick(r, BRANCHES)} at {_sha(r)[:8]}, only with TZ=Pacific/Auckland.",
        f"{who} approved the PR with one suggestion: move the retry constants into settings.",
        f"from {who} in #ops: {pick(r, SERVICES)} is back, root cause was a full disk on {pick(r, HOSTS)}",
        f"{who}: +1 to dropping Python 3.9 support in the next minor",
        f"Requested changes ({who}): the token refresh path in {f} needs a test for the expired case.",
        f"@{who} says the password reset emails were delayed by the SMTP queue, not by our code",
        f"{who} on the issue: 'Can confirm, the API key header name changed from X-Api-Key to Authorization in v3.'",
        f"Comment ({who}): LGTM once CI is green. The secret rotation job can stay weekly.",
        f"{who} flagged that {fn} logs the request body; we agreed to log only its length.",
        f"Issue #{r.randint(100, 999)} (opened by {who}):\nSteps: open /settings, click Export.\nExpected: a CSV download.\nActual: 500, `KeyError: 'locale'` in {f}.",
        f"Customer report forwarded by {who}: \"the export button does nothing on Safari 17\". Reproduced; console shows a CSP violation.",
        f"{who} in #deploys:\n> {pick(r, SERVICES)} v2.{r.randint(1, 40)}.0 is out\n> canary at 10 % for an hour, then full rollout",
        f"Review thread summary ({who}): keep {fn} synchronous for now; revisit when the queue lands.",
    ]
    return r.choice(forms)


def ci_log_benign(r: R) -> str:
    ts = f"2026-11-{r.randint(10, 30)}T0{r.randint(0, 9)}:{r.randint(10, 59)}:{r.randint(10, 59)}.{r.randint(1000000, 9999999)}Z"
    forms = [
        f"{ts} + export NPM_TOKEN=***",
        f"{ts} ##[debug]Evaluating: secrets.GITHUB_TOKEN\n{ts} ##[debug]Result: '***'",
        f"{ts} Cache restored from key: setup-python-Linux-x64-3.11-pip-{hexs(r, 64)}",
        f"{ts} Received {r.randint(10, 300)} of {r.randint(300, 900)} ({r.randint(1, 99)}.0%), {r.random() * 40:.1f} MBs/sec",
        f"{ts} ============ {r.randint(100, 900)} passed, {r.randint(0, 9)} skipped in {r.random() * 300:.2f}s ============",
        f"Step 5/11 : ARG NPM_TOKEN\n ---> Using cache\n ---> {hexs(r, 12)}",
        "$ echo \"$REGISTRY_PASSWORD\" | docker login -u \"$REGISTRY_USER\" --password-stdin registry.gitlab.com\nLogin Succeeded",
        f"{ts} Run actions/checkout@v4\n{ts}   token: ***\n{ts}   ssh-strict: true",
        f"[Pipeline] withCredentials\nMasking supported pattern matches of $DEPLOY_KEY\n[Pipeline] sh\n+ ./deploy.sh {pick(r, ENVS)}",
        f"{ts} Digest: sha256:{hexs(r, 64)}",
        f"#9 exporting to image\n#9 writing image sha256:{hexs(r, 64)} done\n#9 naming to ghcr.io/acme/{pick(r, SERVICES)}:{_sha(r)[:7]} done",
        f"{ts} Uploading artifact 'coverage' ({r.randint(1, 90)} files), artifact id {r.randint(10**9, 10**10)}",
        f"{ts} ##[warning]The `set-output` command is deprecated and will be disabled soon.",
        f"Job succeeded in {r.randint(1, 30)}m {r.randint(0, 59)}s (runner #{r.randint(100, 999)}, tags: docker, linux)",
        f"{ts} Error: Process completed with exit code {r.choice([1, 2, 137])}.",
        f"{ts} + gh secret set DEPLOY_KEY --repo {pick(r, REPOS)} < ./deploy_key.pub.enc",
    ]
    return r.choice(forms)


def config_mgmt_benign(r: R) -> str:
    svc = pick(r, SERVICES)
    forms = [
        f"postgresql_users:\n  - name: {pick(r, USERS)}\n    password: \"{{{{ vault_{svc.replace('-', '_')}_db_password }}}}\"",
        f"        env:\n        - name: DB_PASSWORD\n          valueFrom:\n            secretKeyRef:\n              name: {svc}-db\n              key: password",
        f"apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {svc}\ndata:\n  LOG_LEVEL: info\n  TOKEN_TTL_SECONDS: \"3600\"",
        f"redis:\n  auth:\n    enabled: true\n    existingSecret: {svc}-redis\n    existingSecretPasswordKey: redis-password",
        "services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD_FILE: /run/secrets/db_password\n    secrets:\n      - db_password",
        f"[Service]\nEnvironmentFile=/etc/{svc}/env\nExecStart=/usr/local/bin/{svc}\nRestart=on-failure\nRestartSec=5",
        f"location /api/ {{\n    proxy_pass http://{svc}:8080;\n    proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;\n    proxy_set_header Authorization $http_authorization;\n}}",
        "auth_basic \"Restricted\";\nauth_basic_user_file /etc/nginx/.htpasswd;",
        f"region = \"eu-central-1\"\ninstance_type = \"t3.medium\"\ndb_password_secret_arn = \"arn:aws:secretsmanager:eu-central-1:{r.randint(10**11, 10**12 - 1)}:secret:{svc}-db-{s(r, 6)}\"",
        "variable \"db_password\" {\n  type      = string\n  sensitive = true\n}",
        "imagePullSecrets:\n  - name: regcred",
        "requirepass ${REDIS_PASSWORD}",
        f"ansible_become_pass: \"{{{{ lookup('community.hashicorp_vault.hashi_vault', 'secret/{svc}:become') }}}}\"",
        f"replicaCount: {r.randint(1, 6)}\nresources:\n  limits:\n    cpu: 500m\n    memory: 512Mi",
        "password_min_length: 12\npassword_max_age_days: 90\ntoken_ttl: 15m",
        f"- name: restart {svc}\n  ansible.builtin.systemd:\n    name: {svc}\n    state: restarted",
        f"<VirtualHost *:443>\n  ServerName {svc}.acme.io\n  SSLCertificateFile /etc/ssl/certs/{svc}.pem\n  SSLCertificateKeyFile /etc/ssl/private/{svc}.key\n</VirtualHost>",
    ]
    return r.choice(forms)


def framework_settings_benign(r: R) -> str:
    forms = [
        "SECRET_KEY = os.environ[\"DJANGO_SECRET_KEY\"]",
        "define('DB_PASSWORD', getenv('DB_PASSWORD'));",
        "config.secret_key_base = ENV.fetch(\"SECRET_KEY_BASE\")",
        "production:\n  adapter: postgresql\n  password: <%= ENV['DATABASE_PASSWORD'] %>",
        "'password' => env('DB_PASSWORD'),",
        "spring.datasource.password=${DB_PASSWORD}",
        "AUTH_PASSWORD_VALIDATORS = [{'NAME': 'django.contrib.auth.password_validation.MinimumLengthValidator', 'OPTIONS': {'min_length': 12}}]",
        "SESSION_COOKIE_SECURE = True\nCSRF_COOKIE_HTTPONLY = True\nSESSION_COOKIE_AGE = 1209600",
        "app.config['SECRET_KEY'] = os.getenv('FLASK_SECRET_KEY')",
        f"PASSWORD_HASHERS = ['django.contrib.auth.hashers.Argon2PasswordHasher']  # {pick(r, BRANCHES)}",
        "config.filter_parameters += [:passw, :secret, :token, :_key, :crypt, :salt, :certificate, :otp, :ssn]",
        "APP_KEY=\nAPP_DEBUG=false\nAPP_URL=http://localhost",
        f"JWT_ALGORITHM = 'RS256'\nJWT_EXPIRATION_DELTA = timedelta(minutes={r.choice([5, 15, 30, 60])})",
        "keytool -genkeypair -alias app -keystore app.jks -storepass:env KEYSTORE_PASS",
        "openssl pkcs12 -export -in cert.pem -inkey key.pem -out bundle.p12 -passout env:P12_PASS",
        "$config['encryption_key'] = getenv('CI_ENCRYPTION_KEY');",
        f"ALLOWED_HOSTS = ['{pick(r, SERVICES)}.acme.io', 'localhost']",
    ]
    return r.choice(forms) + r.choice(["", "", f"  # {pick(r, SERVICES)} settings, reviewed"])


def dotenv_benign(r: R) -> str:
    pool = ["NODE_ENV=production", "PORT=3000", "LOG_LEVEL=info", "TOKEN_TTL=3600", "PASSWORD_MIN_LENGTH=12",
            "SECRET_NAME=prod/ledger/db", "API_KEY_HEADER=X-Api-Key", "DB_PASSWORD=", "STRIPE_API_VERSION=2024-06-20",
            "OPENAI_MODEL=gpt-4o-mini", "ANTHROPIC_MODEL=claude-sonnet-4-5", "JWT_ALGORITHM=RS256",
            "SESSION_COOKIE_NAME=__Host-session", "AWS_REGION=eu-west-1", "AWS_PROFILE=staging",
            "GITHUB_TOKEN=${GITHUB_TOKEN}", "DATABASE_URL=postgres://app@localhost:5432/app", "REDIS_URL=redis://localhost:6379/0",
            "SECRETS_BACKEND=vault", "VAULT_ADDR=https://vault.acme.lan:8200", "OTEL_EXPORTER_OTLP_ENDPOINT=http://otel:4317",
            "PROMPT_CACHE_TTL=300", "MAX_TOKENS=4096", "KEYCLOAK_REALM=acme", "OAUTH_CLIENT_ID=web-frontend",
            "API_KEY=changeme-in-vault", "SMTP_PASSWORD_FILE=/run/secrets/smtp", "SENTRY_ENVIRONMENT=staging", "TZ=UTC"]
    lines = r.sample(pool, r.randint(2, 6))
    return r.choice(["", "# .env.example\n", "cat .env.sample\n"]) + "\n".join(lines)


def shell_history_benign(r: R) -> str:
    svc = pick(r, SERVICES)
    cmds = [
        f"git checkout -b {pick(r, BRANCHES)}", "git rebase -i HEAD~3", f"git cherry-pick {_sha(r)[:10]}",
        "pytest -q -x tests/test_lock.py", f"kubectl rollout restart deploy/{svc} -n {pick(r, ENVS)}",
        f"kubectl get secret {svc}-env -o jsonpath='{{.metadata.name}}'", "gh pr create --fill --base main",
        "gh secret set NPM_TOKEN < ~/.config/npm-token", "gh secret list --repo acme/widget",
        f"aws sso login --profile {pick(r, ENVS)}", "docker login ghcr.io -u octocat --password-stdin < ~/.ghcr",
        "op read op://Engineering/ledger-db/password | psql -h db-01.internal -U app -W app",
        f"vault kv get -field=password secret/{svc}", f"helm diff upgrade {svc} ./chart -f values-staging.yaml",
        "terraform plan -var-file=staging.tfvars -out plan.bin", f"ssh -i ~/.ssh/id_ed25519 {pick(r, USERS)}@{pick(r, HOSTS)}",
        "export GITHUB_TOKEN=$(gh auth token)", "read -s DB_PASSWORD && export DB_PASSWORD",
        "mysql -u app -p -h mysql.prod.acme.io", "psql \"$DATABASE_URL\" -c '\\dt'", "redis-cli --askpass",
        "htpasswd -B /etc/nginx/.htpasswd deploy", "sha256sum dist/*.tar.gz > SHA256SUMS",
        f"curl -sS https://api.github.com/repos/{pick(r, REPOS)}/releases/latest | jq .tag_name",
        f"docker build --secret id=npm,src=$HOME/.npmrc -t {svc}:dev .", "openssl rand -hex 32 > /dev/null",
        f"grep -rn 'api_key' {pick(r, FILES).split('/')[0]}/ | wc -l", "history | grep docker",
    ]
    c = r.choice(cmds)
    return r.choice([f": 17{r.randint(10**7, 10**8 - 1)}:0;{c}", f" {r.randint(100, 3000)}  {c}", f"- cmd: {c}\n  when: 17{r.randint(10**7, 10**8 - 1)}", f"$ {c}"])


def ide_run_config_benign(r: R) -> str:
    svc = pick(r, SERVICES)
    forms = [
        f"<configuration name=\"{svc}\" type=\"PythonConfigurationType\">\n  <option name=\"SCRIPT_NAME\" value=\"$PROJECT_DIR$/manage.py\" />\n  <option name=\"PARAMETERS\" value=\"runserver 8000\" />\n</configuration>",
        f"{{\n  \"name\": \"Debug {svc}\",\n  \"type\": \"debugpy\",\n  \"request\": \"launch\",\n  \"envFile\": \"${{workspaceFolder}}/.env\"\n}}",
        "\"env\": {\"LOG_LEVEL\": \"debug\", \"API_KEY\": \"${env:API_KEY}\"}",
        f"<env name=\"DATABASE_URL\" value=\"postgres://app@localhost:5432/{svc.replace('-', '_')}\" />",
        f"Run/Debug Configuration '{svc}': Program arguments: --port 8080 --config config/{pick(r, ENVS)}.yml",
        f"\"args\": [\"--reload\", \"--workers\", \"{r.randint(1, 8)}\"]",
        "launchSettings.json → \"ASPNETCORE_ENVIRONMENT\": \"Development\"",
    ]
    return r.choice(forms)


def devtools_curl_benign(r: R) -> str:
    svc = pick(r, SERVICES)
    url = f"https://{svc}.acme.io/api/v{r.randint(1, 3)}/{r.choice(['health', 'status', 'orders?page=2', 'public/catalog'])}"
    forms = [
        f"curl '{url}' \\\n  -H 'accept: application/json' \\\n  -H 'accept-language: en-GB,en;q=0.9' \\\n  --compressed",
        f"curl '{url}' -H 'if-none-match: W/\"{hexs(r, 16)}\"' -H 'user-agent: Mozilla/5.0'",
        f"fetch(\"{url}\", {{\"headers\": {{\"accept\": \"*/*\"}}, \"method\": \"GET\", \"credentials\": \"include\"}});",
        f"curl '{url}' -H 'x-request-id: {uuid4(r)}' -H 'traceparent: 00-{hexs(r, 32)}-{hexs(r, 16)}-01'",
        f"curl '{url}' -X POST -H 'content-type: application/json' --data-raw '{{\"sku\":\"SKU-{r.randint(1000, 9999)}\",\"qty\":{r.randint(1, 9)}}}'",
        f"Response headers: x-ratelimit-remaining: {r.randint(0, 4999)}, x-ratelimit-reset: 17{r.randint(10**7, 10**8 - 1)}, etag: \"{hexs(r, 32)}\"",
        "Set-Cookie: theme=dark; Path=/; Max-Age=31536000; SameSite=Lax",
        f"curl '{url}' -H 'authorization: Bearer $TOKEN' -H 'accept: application/json'",
    ]
    return r.choice(forms)


def password_manager_meta(r: R) -> str:
    forms = [
        "folder,favorite,type,name,notes,fields,reprompt,login_uri,login_username,login_password,login_totp",
        f"Exported {r.randint(50, 900)} items from the Engineering vault; the export file was shredded afterwards.",
        f"1Password item '{pick(r, SERVICES)} staging' moved to the Infra vault (no field changes).",
        "url,username,password,extra,name,grouping,fav",
        f",,login,{pick(r, SERVICES).title()},,,0,https://{pick(r, SERVICES)}.acme.io,{pick(r, FIRST)}@acme.io,,",
        f"Bitwarden: {r.randint(2, 40)} weak passwords flagged in the shared collection; owners notified.",
        f"KeePassXC database {pick(r, ENVS)}.kdbx re-keyed with a hardware key; key file stored offline.",
        "\"Title\",\"Url\",\"Username\",\"Password\",\"OTPAuth\"",
    ]
    return r.choice(forms)


def agent_event_record(r: R) -> str:
    forms = [
        {"event": "validation", "cmd": "pytest -q", "exit": r.choice([0, 1]), "commit": _sha(r), "duration_s": round(r.random() * 300, 1)},
        {"type": "tool_use", "name": "Read", "input": {"file_path": "/work/" + pick(r, FILES)}},
        {"type": "tool_use", "name": "Bash", "input": {"command": r.choice(["pytest -q", "ruff check .", "git status --short", "make lint"])}},
        {"type": "tool_result", "tool_use_id": "toolu_" + s(r, 24), "content": f"{r.randint(10, 400)} passed in {r.random() * 60:.2f}s"},
        {"ts": "2026-11-30T10:%02d:00Z" % r.randint(0, 59), "kind": "pointer", "repo": pick(r, REPOS), "branch": pick(r, BRANCHES), "pr": r.randint(10, 999)},
        {"event": "health", "provider": "anthropic", "model": "claude-sonnet-4-5", "state": "rate_limited", "reset_s": r.randint(10, 3600)},
        {"type": "usage", "input_tokens": r.randint(100, 90000), "output_tokens": r.randint(10, 4000), "cache_read_input_tokens": r.randint(0, 80000)},
        {"type": "tool_use", "name": "Grep", "input": {"pattern": pick(r, FUNCS), "path": "src/"}},
        {"session": uuid4(r), "event": "compact", "tokens_before": r.randint(100000, 190000), "tokens_after": r.randint(10000, 40000)},
        {"type": "tool_use", "name": "Edit", "input": {"file_path": pick(r, FILES), "old_string_len": r.randint(10, 900), "new_string_len": r.randint(10, 900)}},
        {"kind": "exec", "argv": ["git", "push", "-u", "origin", pick(r, BRANCHES)], "exit": 0},
        {"event": "config", "key": "db.password_min_length", "value": 12, "source": "settings.py"},
        {"type": "tool_result", "is_error": True, "content": f"Exit code 1: {r.randint(1, 9)} failed"},
    ]
    return json.dumps(r.choice(forms))


def model_ops_talk(r: R) -> str:
    forms = [
        f"claude-sonnet-4-5 returned 429 at 14:{r.randint(10, 59)}; anthropic-ratelimit-requests-reset in {r.randint(5, 60)}s",
        f"prompt cache hit rate {r.randint(40, 95)} % over the last {r.randint(1, 24)} h",
        f"gpt-4o-mini p95 latency {r.randint(400, 4000)} ms, {r.randint(0, 5)} timeouts",
        "the system prompt lives in prompts/review.md and is loaded at start-up; do not inline it",
        f"switched the summariser from gpt-4o to claude-haiku-4-5, cost down {r.randint(20, 70)} %",
        f"context budget: {r.randint(20, 190)}k of 200k tokens used before compaction",
        "ollama: pulled llama3.1:8b (4.9 GB), sha256 digest verified",
        f"eval run {_sha(r)[:8]}: {r.randint(60, 99)}/{100} cases pass on the extraction benchmark",
        "model output is written to out/ and never committed; the prompts folder is reviewed like code",
        f"x-ratelimit-remaining-tokens: {r.randint(0, 90000)}; x-ratelimit-reset-requests: {r.randint(1, 59)}s",
        "529 overloaded from the API twice, retried with backoff, both succeeded",
        f"token usage for {pick(r, BRANCHES)}: {r.randint(1, 40)}.{r.randint(0, 9)}M input, {r.randint(100, 900)}k output",
        "temperature lowered to 0.2 for the classifier; max_tokens 512",
        f"Copilot seats: {r.randint(10, 90)} active, {r.randint(0, 9)} idle for 30 days",
        f"anthropic-ratelimit-input-tokens-remaining: {r.randint(0, 400000)}, reset at 2026-12-02T1{r.randint(0, 9)}:{r.randint(10, 59)}:00Z",
        f"moved the eval prompts to prompts/evals/ (no content change), {r.randint(5, 60)} files",
        f"Ollama on the build box: llama3.1:8b loaded, {r.randint(4, 9)}.{r.randint(0, 9)} GB VRAM, {r.randint(20, 90)} tok/s",
        f"LLM spend this week: ${r.randint(20, 900)}.{r.randint(10, 99)} ({r.randint(1, 40)} % cache reads)",
        "the chat widget stores no transcripts; only message counts go to analytics",
    ]
    return r.choice(forms)


def notebook_cell_benign(r: R) -> str:
    forms = [
        "import pandas as pd\ndf = pd.read_parquet('s3://acme-analytics/orders/2026-11/')\ndf.shape",
        f"Out[{r.randint(2, 60)}]: ({r.randint(1000, 900000)}, {r.randint(3, 40)})",
        "client = OpenAI()  # reads OPENAI_API_KEY from the environment",
        "api_key = os.environ[\"ANTHROPIC_API_KEY\"]",
        json.dumps({"cell_type": "code", "execution_count": r.randint(1, 90), "source": ["df.groupby('month')['total'].sum().plot()"]}),
        "from getpass import getpass\ntoken = getpass('token: ')",
        f"%timeit {pick(r, FUNCS)}(sample)\n{r.randint(1, 900)} µs ± {r.randint(1, 30)} µs per loop (mean ± std. dev. of 7 runs, 1,000 loops each)",
        "engine = create_engine(os.environ['WAREHOUSE_URL'])",
        "%load_ext autoreload\n%autoreload 2",
        f"sns.histplot(df['latency_ms'], bins={r.choice([20, 50, 100])})",
    ]
    return r.choice(forms)


def hash_id_cache(r: R) -> str:
    forms = [
        f"commit {_sha(r)}",
        f"tree {_sha(r)} parent {_sha(r)}",
        f"sha256:{hexs(r, 64)}",
        f"Cache key: node-modules-Linux-{hexs(r, 64)}",
        f"cache key=setup-go-Linux-x64-go-1.23-{hexs(r, 64)}",
        f"key={pick(r, SERVICES)}:order:{_ulid(r)}",
        f"idempotency-key: {uuid4(r)}",
        f"request id {uuid4(r)}",
        f"trace_id={hexs(r, 32)} span_id={hexs(r, 16)}",
        f"evt_{s(r, 24, ALNUM)} delivered",
        f"cus_{s(r, 14, ALNUM)} upgraded to the annual plan",
        f"msg_{s(r, 24, ALNUM)} stop_reason=end_turn",
        f"integrity sha512-{b64(bytes(r.randrange(256) for _ in range(64)))}",
        f"h1:{b64(bytes(r.randrange(256) for _ in range(32)))}",
        f"ETag: \"{hexs(r, 32)}\"",
        f"SHA256:{b64(bytes(r.randrange(256) for _ in range(32))).rstrip('=')} (ED25519)",
        f"Cache key: tool-os-sha256 = ruff-linux-{hexs(r, 64)}",
        f"redis key sess:meta:{uuid4(r)} ttl 3600",
        f"ULID {_ulid(r)} KSUID {s(r, 27, ALNUM)}",
        f"image digest {pick(r, SERVICES)}@sha256:{hexs(r, 64)}",
        f"artifact {pick(r, SERVICES)}-{_sha(r)[:12]}.tar.zst md5 {hexs(r, 32)}",
        f"cursor={b64url(json.dumps({'id': r.randint(1, 10**6), 'ts': 1790000000 + r.randrange(10**6)}).encode())}",
        f"GraphQL node id {b64(('Order:' + str(r.randint(1, 10**7))).encode())}",
        f"x-amz-request-id: {s(r, 16, 'ABCDEF0123456789')}",
        f"otp secret length 32 base32 ({s(r, 4, B32)}… truncated in logs by design)",
        f"password-reset-mailer@sha256:{hexs(r, 64)}",
        f"token-service image digest sha256:{hexs(r, 64)}",
        f"secret-rotator CronJob uid {uuid4(r)}, last run 2026-11-30T02:00:00Z",
        f"api_key_id={r.randint(10**5, 10**6)} (numeric id of the key row, the key itself is hashed)",
        f"session_id column is a ULID: {_ulid(r)}",
        "csrf token field name: csrfmiddlewaretoken, cookie: csrftoken (values rotate per session)",
        f"key={pick(r, SERVICES)}:rate:{pick(r, USERS)}:{r.randint(10**9, 2 * 10**9)} count={r.randint(1, 99)}",
        f"Cache key: pip-{pick(r, ['Linux', 'macOS', 'Windows'])}-py3.11-{hexs(r, 64)}",
    ]
    return r.choice(forms)


def url_no_credentials(r: R) -> str:
    svc = pick(r, SERVICES)
    forms = [
        f"https://github.com/{pick(r, REPOS)}/pull/{r.randint(10, 3000)}",
        f"https://{svc}.acme.io/api/v2/orders?page={r.randint(1, 40)}&per_page=50",
        f"postgres://app@{pick(r, HOSTS)}:5432/{svc.replace('-', '_')}",
        f"redis://{pick(r, HOSTS)}:6379/{r.randint(0, 15)}",
        f"https://grafana.acme.lan/d/{s(r, 9, ALNUM)}/{svc}?orgId=1&from=now-6h",
        f"https://console.aws.amazon.com/secretsmanager/secret?name={svc}-db&region=eu-west-1",
        f"s3://acme-artifacts/{svc}/{_sha(r)[:12]}/dist.tar.gz",
        f"https://sentry.io/organizations/acme/issues/{r.randint(10**8, 10**9)}/?project={r.randint(10**5, 10**6)}",
        f"git@github.com:{pick(r, REPOS)}.git",
        "https://hooks.slack.com/ is where the alert webhook points; the path is in the secret store",
        f"https://api.{svc}.io/v1/export?format=csv&since=2026-11-01",
        f"mongodb+srv://cluster0.{s(r, 5, 'abcdefghijklmnopqrstuvwxyz0123456789')}.mongodb.net/?retryWrites=true",
    ]
    return r.choice(forms)


def runbook_steps(r: R) -> str:
    svc = pick(r, SERVICES)
    forms = [
        f"1. Drain the node: `kubectl drain {pick(r, HOSTS)} --ignore-daemonsets`\n2. Upgrade the kernel\n3. Uncordon and watch the {svc} pods come back",
        f"Rotate the {svc} database password: generate it in Vault, update the secret, restart the deployment. Never paste it into tickets.",
        "To get a token, run `gh auth login` and follow the browser flow; do not create a classic PAT.",
        "Before you push, run `make lint test`. If mypy complains, fix the types instead of adding ignores.",
        f"If {svc} returns 503, check the upstream health page first, then scale replicas to 4.",
        "You must be on the VPN to reach the staging database. Ask #it-help if your profile is missing.",
        "From now on, every PR that touches migrations needs a second approval from the data team.",
        "Your task for the on-call week: triage new alerts within 15 minutes and update the incident doc.",
        "Answer the customer within one business day; refunds above 100 EUR go to finance.",
        "Act fast on P1s: page the owner, open a bridge, post updates every 30 minutes.",
        f"Summarise the incident in the postmortem template: timeline, impact, root cause, action items for {svc}.",
        "Explain in the PR description why the change is needed, not just what it does.",
        "Ignore the flaky `test_upload_resume` failure on Windows runners until #812 is fixed.",
        "Pretend-mode for the CLI (`--dry-run`) prints the plan without applying it.",
        "Write tests first for bug fixes: a failing test that reproduces the report, then the fix.",
        "Translate user-facing strings through gettext; never concatenate translated fragments.",
        f"## Failover ({svc})\n1. Promote the replica: `pg_ctl promote -D /var/lib/postgresql/16/main`\n2. Point the `{svc}-db` DNS record at it\n3. Restart {svc} and check `/healthz`",
        f"Release checklist:\n- [ ] bump version in pyproject.toml\n- [ ] update CHANGELOG\n- [ ] tag v{r.randint(1, 9)}.{r.randint(0, 30)}.0 and push the tag\n- [ ] watch the publish job",
        f"If the deploy of {svc} hangs, cancel it, run `kubectl rollout undo deploy/{svc}`, and open an incident.",
        f"To rotate the {svc} API key: create the new key in the vendor console, store it with `vault kv put`, redeploy, then revoke the old key.",
    ]
    return r.choice(forms)


def commit_branch(r: R) -> str:
    fn, f = pick(r, FUNCS), pick(r, FILES)
    forms = [
        f"{pick(r, BRANCHES)}", f"fix({pick(r, SERVICES)}): stop {fn} from retrying on 4xx",
        f"feat: add --dry-run to the deploy script ({_sha(r)[:7]})", f"Revert \"bump pydantic to 2.9\"\n\nThis reverts commit {_sha(r)}.",
        "chore: rotate CI secrets (values live in the org secret store)", f"refactor {f}: split {fn} into parse and validate",
        "docs: explain how to request an API key for the partner sandbox", f"test: cover the expired-token path in {fn}",
        f"Merge pull request #{r.randint(10, 3000)} from {pick(r, REPOS).split('/')[0]}/{pick(r, BRANCHES)}",
        "security: redact Authorization headers in request logs", "remove hard-coded password from fixtures; read it from env",
        f"build(deps): bump requests from 2.31.0 to 2.32.{r.randint(0, 4)}",
        f"* {_sha(r)[:7]} (HEAD -> {pick(r, BRANCHES)}, origin/main) fix typo in README",
    ]
    return r.choice(forms)


def error_nosecret(r: R) -> str:
    host, user = pick(r, HOSTS), pick(r, USERS)
    forms = [
        f"psql: error: connection to server at \"{host}\" (10.0.{r.randint(0, 9)}.{r.randint(2, 250)}), port 5432 failed: FATAL:  password authentication failed for user \"{user}\"",
        "botocore.exceptions.NoCredentialsError: Unable to locate credentials",
        "HTTP 401 Bad credentials (https://docs.github.com/rest)",
        f"Failed password for invalid user {user} from 203.0.113.{r.randint(2, 250)} port {r.randint(30000, 65000)} ssh2",
        "openai.BadRequestError: Error code: 400 - context_length_exceeded: This model's maximum context length is 128000 tokens.",
        "anthropic.RateLimitError: Error code: 429 - rate_limit_error: Number of request tokens has exceeded your per-minute rate limit",
        "Error: Invalid API key provided: sk_live_****…**** (key redacted by Stripe)",
        "docker: Error response from daemon: pull access denied for acme/private, repository does not exist or may require 'docker login'.",
        "fatal: Authentication failed for 'https://github.com/acme/widget.git/'",
        "redis.exceptions.AuthenticationError: invalid username-password pair or user is disabled.",
        "Error: secret \"ledger-db\" not found",
        f"KeyError: 'DB_PASSWORD' (environment variable not set in {pick(r, SERVICES)})",
        "jwt.exceptions.ExpiredSignatureError: Signature has expired",
        "ssh: connect to host bastion.acme.io port 22: Connection timed out",
        f"TLS handshake timeout after {r.randint(5, 30)}s contacting {host}",
        f"Traceback (most recent call last):\n  File \"/app/{pick(r, FILES)}\", line {r.randint(10, 400)}, in {pick(r, FUNCS)}\n    conn = pool.acquire(timeout=5)\nTimeoutError: pool exhausted after 5.0s",
        "Error: UPGRADE FAILED: another operation (install/upgrade/rollback) is in progress",
        f"java.sql.SQLInvalidAuthorizationSpecException: Access denied for user '{user}'@'10.0.{r.randint(0, 9)}.{r.randint(2, 250)}' (using password: YES)",
        f"WARN  [{pick(r, SERVICES)}] token refresh failed: 401 invalid_grant (refresh token expired); user must sign in again",
        "npm ERR! code E401\nnpm ERR! Unable to authenticate, your authentication token seems to be invalid.",
        f"Error from server (Forbidden): secrets is forbidden: User \"system:serviceaccount:{pick(r, ENVS)}:ci\" cannot list resource \"secrets\"",
    ]
    return r.choice(forms)


def validation_summary(r: R) -> str:
    forms = [
        f"pytest -q: {r.randint(100, 2000)} passed, {r.randint(0, 3)} failed, {r.randint(0, 20)} skipped on {_sha(r)[:8]}",
        f"ruff check . — clean; mypy --strict handoff — Success: no issues found in {r.randint(20, 90)} source files",
        f"go test ./... ok ({r.randint(3, 90)}.{r.randint(0, 9)}s), race detector on",
        f"cargo test: test result: ok. {r.randint(10, 500)} passed; 0 failed; {r.randint(0, 5)} ignored",
        f"npm test -- --coverage: statements {r.randint(60, 99)}.{r.randint(0, 9)} %, branches {r.randint(50, 95)} %",
        f"terraform plan: {r.randint(0, 9)} to add, {r.randint(0, 5)} to change, 0 to destroy",
        "helm lint ./chart: 1 chart(s) linted, 0 chart(s) failed",
        f"playwright: {r.randint(20, 200)} passed ({r.randint(1, 9)}.{r.randint(0, 9)}m), 1 flaky (checkout.spec.ts:42)",
        f"gitleaks detect: no leaks found ({r.randint(100, 9000)} commits scanned)",
        f"trivy image: 0 CRITICAL, {r.randint(0, 9)} HIGH in {pick(r, SERVICES)}:{_sha(r)[:7]}",
        f"rspec: {r.randint(100, 900)} examples, 0 failures, {r.randint(0, 9)} pending",
        f"./gradlew test — BUILD SUCCESSFUL in {r.randint(20, 300)}s; {r.randint(40, 90)} actionable tasks",
        f"jest --ci: Tests: {r.randint(1, 5)} failed, {r.randint(100, 900)} passed; Snapshots: 0 obsolete",
        f"detect-secrets audit: {r.randint(0, 4)} baseline entries re-verified as false positives",
        f"k6 run load.js: p95 {r.randint(80, 900)} ms, error rate 0.{r.randint(0, 9)} %, {r.randint(100, 900)} rps",
    ]
    return r.choice(forms)


def intl_engineering_note(r: R) -> str:
    return r.choice(NOTES).format(svc=pick(r, SERVICES), n=r.randint(2, 59), branch=pick(r, BRANCHES),
                                  func=pick(r, FUNCS), file=pick(r, FILES))


def handoff_status_block(r: R) -> str:
    svc, br = pick(r, SERVICES), pick(r, BRANCHES)
    done = r.sample([f"fixed {pick(r, FUNCS)} timeout", "regression test added", "CI green on linux and macos",
                     f"rebased on main ({_sha(r)[:7]})", "review comments answered", "migration dry-run OK on staging",
                     "token refresh path covered by tests", "rate-limit backoff verified against the sandbox"], 3)
    nxt = r.sample(["wait for review", f"deploy {svc} to staging", "ask data team about the index",
                    "rotate the staging DB password via Vault (not in notes)", "close #" + str(r.randint(100, 999)),
                    "update the runbook", "re-run the flaky e2e job"], 2)
    forms = [
        f"## {svc} — status\nBranch: {br}\nDone: {'; '.join(done)}\nNext: {'; '.join(nxt)}",
        f"Status ({br}):\n- " + "\n- ".join(done) + "\nNext:\n- " + "\n- ".join(nxt),
        f"{svc}: " + ", ".join(done) + ". Next: " + ", ".join(nxt) + ".",
        f"Handoff {pick(r, FIRST)} → {pick(r, FIRST)}\nPR #{r.randint(10, 3000)} on {br}\n" + "\n".join("* " + d for d in done),
    ]
    return r.choice(forms)


def handoff_config_fact_benign(r: R) -> str:
    svc = pick(r, SERVICES)
    pairs = [("db.password_min_length", "12"), ("auth.token_ttl", "3600"), ("stripe_api_version", "2024-06-20"),
             ("db.password", f"op://Engineering/{svc}/password"), ("api_key.header", "X-Api-Key"),
             ("review.prompt_path", "prompts/review.md"), ("openai.model", "gpt-4o-mini"),
             ("secret.backend", "vault"), ("webhook.secret_ref", f"vault:secret/{svc}#webhook"),
             ("python", "3.11"), ("node", "20.11.1"), ("registry.token_env", "GHCR_TOKEN"),
             ("smtp.password_file", "/run/secrets/smtp"), ("jwt.algorithm", "RS256"), ("session.cookie", "__Host-sid"),
             ("anthropic.max_tokens", "4096"), ("cache.key_prefix", f"{svc}:v3"), ("keystore.path", "/etc/ssl/app.jks")]
    k, v = r.choice(pairs)
    src = r.choice([".python-version", "pyproject.toml", "values.yaml", ".env.example", "README", "terraform.tfvars", "docs/ops.md"])
    return r.choice([f"handoff config set {k} {v}", f"handoff config set {k} {v} --source {src}", f"config: {k} = {v}",
                     f"{k}: {v} (source: {src})"])


def code_comment_docstring(r: R) -> str:
    fn, svc = pick(r, FUNCS), pick(r, SERVICES)
    forms = [
        "# The prompt is assembled in build_prompt(); never log it, log its length instead.",
        f"\"\"\"Return the API key for {svc} from the OS keyring; raise if it is missing.\"\"\"",
        "// TODO: rotate the signing key every 90 days (tracked in SEC-412)",
        f"def {fn}(password_hash: bytes, candidate: str) -> bool:",
        "# Ask the user for confirmation before deleting anything under /var/lib.",
        f"/** Tells the assistant panel to refresh; the model call itself lives in {svc}/llm.ts. */",
        "# You are here: the retry loop. Everything above is setup, everything below is cleanup.",
        "assert not token.startswith('ghp_'), 'classic PATs are not allowed, use a fine-grained token'",
        "raise ValueError('password must be at least 12 characters')",
        f"logger.info(\"token refreshed for tenant %s, expires in %ds\", tenant_id, ttl)  # {fn}",
        "SYSTEM_PROMPT_PATH = Path(__file__).with_name('system_prompt.md')",
        f"# Answer: no. {fn} is not thread-safe; callers hold the lock.",
        "// From now on this module only exports pure functions; side effects live in io.ts.",
        "# Explain the regex: an optional sign, digits, then an optional fraction.",
        f"@pytest.mark.parametrize('secret_name', ['DB_PASSWORD', 'API_KEY'])\ndef test_{fn}_masks(secret_name): ...",
        "if resp.status_code == 401:  # bad or expired credentials; do not retry",
        "-- password column stores argon2id hashes only; never plaintext",
    ]
    return r.choice(forms)


def product_copy_user_story(r: R) -> str:
    svc = pick(r, SERVICES)
    forms = [
        "As a user, I want to reset my password so that I can regain access to my account.",
        f"As an admin, I want to rotate API keys without downtime, so that {svc} integrations keep working.",
        "Email template order_shipped: \"Hi {{first_name}}, your order {{order_id}} is on its way.\"",
        "Button label: \"Ask the assistant\"; tooltip: \"Get help with this page\"",
        "Empty state copy: \"No API keys yet. Create one to start sending requests.\"",
        "Error toast: \"Your session has expired. Please sign in again.\"",
        f"Acceptance criteria: given an expired token, when the user calls {svc}, then the API returns 401 and no data.",
        "Onboarding step 3: \"Paste your webhook URL and click Verify.\"",
        "i18n key settings.security.password_hint = \"At least 12 characters, one number\"",
        "Placeholder text for the search box: \"Search orders, customers or invoices\"",
        "Confirmation dialog: \"Delete this project? This cannot be undone.\"",
        f"Feature flag assistant_panel_enabled is on for {r.randint(5, 60)} % of {svc} tenants.",
        "Help center article title: \"How do I change my password?\"",
        "Push notification: \"Your export is ready. Tap to download.\"",
    ]
    return r.choice(forms)


def secret_reference_placeholder(r: R) -> str:
    svc = pick(r, SERVICES)
    forms = [
        "DB_PASSWORD=${{ secrets.DB_PASSWORD }}",
        f"password: op://Engineering/{svc}/password",
        f"api_key: vault:secret/data/{svc}#api_key",
        "STRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx",
        "OPENAI_API_KEY=<your key here>",
        "Authorization: Bearer <token>",
        "password: ********",
        f"token: \"{{{{ .Values.{svc.replace('-', '')}.tokenSecretRef }}}}\"",
        "export ANTHROPIC_API_KEY=\"$(op read 'op://dev/anthropic/credential')\"",
        "GITHUB_TOKEN: ${{ github.token }}",
        f"aws secretsmanager get-secret-value --secret-id {svc}/prod/db --query SecretString",
        "DATABASE_URL=postgres://USER:PASSWORD@HOST:5432/DB",
        "api_key = \"REPLACE_ME\"",
        f"sops -d secrets/{pick(r, ENVS)}.enc.yaml | kubectl apply -f -",
        "password = \"${var.db_password}\"",
        "SLACK_WEBHOOK_URL=https://hooks.slack.com/services/XXX/YYY/ZZZ",
        f"gcloud secrets versions access latest --secret={svc}-api-key",
        "NPM_TOKEN=$NPM_TOKEN",
        "X-Api-Key: {{apiKey}}",
    ]
    return r.choice(forms)


CATEGORIES = {
    "review_issue_comment": (review_issue_comment, 55),
    "ci_log_benign": (ci_log_benign, 60),
    "config_mgmt_benign": (config_mgmt_benign, 60),
    "framework_settings_benign": (framework_settings_benign, 40),
    "dotenv_benign": (dotenv_benign, 40),
    "shell_history_benign": (shell_history_benign, 60),
    "ide_run_config_benign": (ide_run_config_benign, 30),
    "devtools_curl_benign": (devtools_curl_benign, 40),
    "password_manager_meta": (password_manager_meta, 25),
    "agent_event_record": (agent_event_record, 45),
    "model_ops_talk": (model_ops_talk, 50),
    "notebook_cell_benign": (notebook_cell_benign, 35),
    "hash_id_cache": (hash_id_cache, 60),
    "url_no_credentials": (url_no_credentials, 40),
    "runbook_steps": (runbook_steps, 50),
    "commit_branch": (commit_branch, 50),
    "error_nosecret": (error_nosecret, 50),
    "validation_summary": (validation_summary, 40),
    "intl_engineering_note": (intl_engineering_note, 70),
    "secret_reference_placeholder": (secret_reference_placeholder, 45),
    "handoff_status_block": (handoff_status_block, 45),
    "handoff_config_fact_benign": (handoff_config_fact_benign, 30),
    "code_comment_docstring": (code_comment_docstring, 30),
    "product_copy_user_story": (product_copy_user_story, 25),
}
