"""Random helpers and word pools for blind9: every value is drawn from a seeded `random.Random`.

Tokens are random characters in a vendor's public shape; none is a real credential.
"""

from __future__ import annotations

import base64
import random
import string

UP = string.ascii_uppercase
LO = string.ascii_lowercase
DG = string.digits
HEX = "0123456789abcdef"
ALNUM = UP + LO + DG
URLSAFE = ALNUM + "-_"
B64 = ALNUM + "+/"
B32 = "abcdefghijklmnopqrstuvwxyz234567"
BECH = "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L"
CROCK = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


def chars(r: random.Random, alphabet: str, n: int) -> str:
    return "".join(r.choice(alphabet) for _ in range(n))


def hexs(r: random.Random, n: int) -> str:
    return chars(r, HEX, n)


def b64of(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode("ascii").rstrip("=")


def uuid4(r: random.Random) -> str:
    h = hexs(r, 32)
    v = "89ab"[r.randrange(4)]
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{v}{h[17:20]}-{h[20:32]}"


def ulid(r: random.Random) -> str:
    return "01" + chars(r, "HJK", 1) + chars(r, CROCK, 23)


def sha(r: random.Random, n: int = 40) -> str:
    return hexs(r, n)


def password(r: random.Random) -> str:
    """A human-made-looking password: several shapes, always random characters."""
    shape = r.randrange(6)
    sym = "!#$%&*+-.=?@^_~"
    if shape == 0:
        return chars(r, ALNUM, r.randint(12, 20))
    if shape == 1:
        return chars(r, ALNUM + sym, r.randint(14, 22))
    if shape == 2:
        w = r.choice(PW_WORDS)
        return w.capitalize() + chars(r, DG, r.randint(2, 4)) + r.choice(sym) + chars(r, ALNUM, r.randint(4, 7))
    if shape == 3:
        return "-".join(r.choice(PW_WORDS) for _ in range(3)) + chars(r, DG, 2)
    if shape == 4:
        return chars(r, UP, 2) + chars(r, LO, 5) + r.choice(sym) + chars(r, DG, 4) + chars(r, ALNUM + sym, 5)
    return chars(r, ALNUM, 6) + r.choice(sym) + chars(r, ALNUM, 6) + r.choice(sym) + chars(r, DG, 3)


def url_password(r: random.Random) -> str:
    """A password as it appears in URL userinfo: reserved characters left out, as people do."""
    pw = password(r)
    for ch in "@/:#?%":
        pw = pw.replace(ch, r.choice("-_.!~*"))
    return pw


def jwt(r: random.Random, claims: str | None = None) -> str:
    head = b64url(b'{"alg":"HS256","typ":"JWT"}')
    if claims is None:
        claims = ('{"sub":"' + str(r.randint(10**5, 10**9)) + '","iat":' + str(r.randint(1_700_000_000, 1_800_000_000))
                  + ',"exp":' + str(r.randint(1_800_000_000, 1_900_000_000)) + ',"scope":"' + r.choice(SCOPES) + '"}')
    return f"{head}.{b64url(claims.encode())}.{chars(r, URLSAFE, 43)}"


SCOPES = ["read write", "admin", "repo:write", "service_role", "api", "deploy", "billing:read"]
PW_WORDS = ["harbor", "maple", "violet", "copper", "falcon", "summer", "winter", "pixel", "nordic", "quartz",
            "tango", "lantern", "orbit", "sparrow", "granite", "pepper", "meadow", "canyon", "cobalt", "juniper"]

ORGS = ["acme", "northwind", "globex", "initech", "umbrella-labs", "hooli", "piedpiper", "stark-ind", "wayne-ent",
        "tyrell", "cyberdyne", "soylent", "vandelay", "massive-dynamic", "oscorp", "aperture", "blackmesa", "monarch"]
REPOS = ["widget", "billing-api", "web-frontend", "infra", "payments-svc", "mobile-app", "data-pipeline",
         "auth-service", "search-indexer", "notifier", "edge-proxy", "ledger", "checkout", "reporting",
         "feature-flags", "ml-serving", "docs-site", "cli", "scheduler", "gateway"]
SERVICES = ["api", "worker", "web", "billing", "auth", "ingest", "search", "scheduler", "notifier", "gateway",
            "reports", "ledger", "checkout", "exporter", "cron"]
ENVS = ["staging", "prod", "dev", "qa", "preview", "sandbox", "production", "eu-staging", "us-prod"]
HOSTS = ["db-01.internal", "pg-primary.staging.svc", "10.0.3.17", "mysql.prod.acme.net", "redis-cache-2",
         "cluster0.x8kq2.mongodb.net", "db.eu-west-1.rds.amazonaws.com", "localhost", "172.18.0.4",
         "postgres.railway.internal", "aws-0-eu-central-1.pooler.supabase.com", "ep-cool-tree-123456.neon.tech"]
USERS = ["app", "admin", "deploy", "ci", "svc_billing", "postgres", "root", "readonly", "etl", "grafana", "jenkins",
         "backup", "migrator", "api_user", "alice", "bob", "maria", "dev"]
DBS = ["app", "billing", "orders", "analytics", "users", "ledger", "main", "events", "inventory"]
FILES = ["src/auth/session.py", "app/models/user.rb", "internal/store/lock.go", "lib/retry.ts",
         "services/billing/invoice.py", "cmd/server/main.go", "src/components/Checkout.tsx", "pkg/queue/worker.go",
         "handlers/webhook.js", "api/routes/orders.py", "src/cache/lru.rs", "config/settings.py",
         "migrations/0042_add_index.sql", "tests/test_ledger.py", "scripts/deploy.sh", "web/src/hooks/useAuth.ts",
         "core/scheduler.py", "src/parser/lexer.rs", "app/jobs/sync_job.rb", "internal/http/client.go"]
FUNCS = ["acquire_lock", "retry_with_backoff", "parse_invoice", "refresh_token", "handleWebhook", "flush_batch",
         "computeTotals", "load_config", "serialize_event", "validateCart", "open_session", "reconcile",
         "render_report", "fetchOrders", "apply_migration", "normalize_email", "schedule_job", "verify_signature"]
ERRORS = ["TimeoutError", "KeyError: 'user_id'", "ECONNRESET", "deadlock detected", "panic: nil map assignment",
          "TypeError: cannot read properties of undefined", "IntegrityError", "OOMKilled", "429 Too Many Requests",
          "flaky assertion in test_concurrent_append", "segfault in libpq", "BrokenPipeError"]
BRANCHES = ["fix/lock-timeout", "feat/invoice-export", "chore/bump-deps", "fix/flaky-ci", "refactor/store-layer",
            "feat/sso-login", "fix/webhook-retry", "perf/query-cache", "docs/api-guide", "fix/null-user",
            "feat/rate-limit-ui", "ci/matrix-py312", "fix/migration-order", "feat/dark-mode", "hotfix/payment-race"]
MODELS = ["claude-sonnet-4-5", "claude-opus-4-1", "gpt-4.1", "gpt-4o-mini", "o3", "gemini-2.5-pro",
          "gemini-2.5-flash", "mistral-large-latest", "llama-3.3-70b", "deepseek-chat", "qwen2.5-coder-32b",
          "claude-haiku-4-5", "gpt-5", "codestral-latest"]
TESTS = ["tests/test_store.py", "tests/test_lock.py", "tests/test_cli.py", "spec/models/user_spec.rb",
         "internal/store/store_test.go", "src/__tests__/checkout.test.tsx", "tests/integration/test_billing.py",
         "tests/test_migrations.py", "pkg/queue/worker_test.go", "tests/e2e/login.spec.ts"]
REGIONS = ["us-east-1", "eu-west-1", "eu-central-1", "ap-southeast-2", "us-west-2", "europe-west4", "westeurope"]


def pick(r: random.Random, xs: list[str]) -> str:
    return r.choice(xs)


def org_repo(r: random.Random) -> str:
    return f"{r.choice(ORGS)}/{r.choice(REPOS)}"


def pr(r: random.Random) -> int:
    return r.randint(12, 4800)


def flatten(text: str, r: random.Random) -> str:
    """An agent squeezing a multi-line paste into a single-line field."""
    sep = r.choice([" ", " | ", " / ", " \\n ", " ⏎ ", " ; ", "  "])
    return sep.join(part.strip() for part in text.splitlines() if part.strip())
