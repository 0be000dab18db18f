"""Random building blocks for blind3 (stdlib only)."""
import base64
import string

UP = string.ascii_uppercase
LO = string.ascii_lowercase
DG = string.digits
AN = UP + LO + DG
HEXL = "0123456789abcdef"
B64 = AN + "+/"
B64U = AN + "-_"


def chars(r, alphabet, n):
    return "".join(r.choice(alphabet) for _ in range(n))


def alnum(r, n):
    # make sure it mixes classes like a real token
    while True:
        s = chars(r, AN, n)
        if any(c.isupper() for c in s) and any(c.islower() for c in s) and any(c.isdigit() for c in s):
            return s


def lower_alnum(r, n):
    return chars(r, LO + DG, n)


def upper_alnum(r, n):
    return chars(r, UP + DG, n)


def hexs(r, n):
    return chars(r, HEXL, n)


def b64(r, nbytes):
    return base64.b64encode(bytes(r.randrange(256) for _ in range(nbytes))).decode()


def b64url(r, nbytes):
    return base64.urlsafe_b64encode(bytes(r.randrange(256) for _ in range(nbytes))).decode().rstrip("=")


def uuid4(r):
    h = hexs(r, 32)
    h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def pick(r, seq):
    return r.choice(seq)


def jwt(r):
    import json
    hdr = {"alg": r.choice(["HS256", "RS256", "ES256"]), "typ": "JWT"}
    body = {"sub": str(r.randrange(10**5, 10**9)), "iat": r.randrange(1600000000, 1800000000),
            "exp": r.randrange(1800000000, 1900000000)}
    if r.random() < 0.5:
        body["role"] = r.choice(["admin", "service", "reader", "deploy"])
    if r.random() < 0.5:
        body["iss"] = r.choice(["https://auth.example.net", "acme-idp", "https://login.corp.test"])
    enc = lambda d: base64.urlsafe_b64encode(json.dumps(d, separators=(",", ":")).encode()).decode().rstrip("=")
    return f"{enc(hdr)}.{enc(body)}.{b64url(r, r.choice([32, 48, 64]))}"


def password(r):
    """A human-ish but strong password."""
    words = ["falcon", "Orchid", "tundra", "Pepper", "granite", "Mango", "cobalt", "Violet", "ember",
             "Walrus", "quartz", "Saffron", "lantern", "Nimbus", "pickle", "Harbor", "thistle", "Zephyr"]
    style = r.randrange(5)
    if style == 0:
        return r.choice(words) + r.choice("!@#$%&*") + str(r.randrange(10, 9999)) + r.choice(words).capitalize()
    if style == 1:
        return chars(r, AN + "!@#$%^&*-_", r.randrange(14, 24))
    if style == 2:
        return "-".join(r.choice(words).lower() for _ in range(r.randrange(3, 5))) + str(r.randrange(10, 99))
    if style == 3:
        return alnum(r, r.randrange(16, 28))
    return r.choice(words) + "_" + chars(r, AN, 6) + r.choice("!?#%") + str(r.randrange(100, 999))


HOSTS = ["db-prod-2.internal", "pg.staging.acme.io", "10.20.3.14", "mysql-eu1.corp.lan", "cache-01.svc.local",
         "orders-db.cluster-cx8.eu-west-1.rds.amazonaws.com", "mongo0.blue.int", "rabbit.ops.acme.io",
         "analytics-replica.dc2", "warehouse.vpc.internal", "redis-sessions.prod", "billing-db.eu.internal"]
USERS = ["app", "svc_orders", "admin", "deploy", "reporting", "etl_user", "root", "postgres", "grafana", "ci_bot",
         "billing_rw", "migrator"]
DBS = ["orders", "app_prod", "analytics", "users", "billing", "inventory", "events", "metrics"]
REPOS = ["acme/handoff", "platform/api-gateway", "infra/terraform-live", "data/etl-pipelines", "web/storefront",
         "tools/release-bot", "ml/eval-harness", "core/auth-service", "mobile/ios-app", "ops/runbooks"]
BRANCHES = ["fix/lock-timeout", "feat/sqlite-backend", "chore/bump-deps", "refactor/query-planner", "hotfix/null-deref",
            "feat/usage-import", "fix/flaky-retry-test", "docs/readme-cleanup", "perf/cache-warmup", "ci/matrix-py312",
            "feat/model-health", "bugfix/tz-parsing", "release/2.4", "spike/async-writer"]
FILES = ["src/store/lock.py", "handoff/cli.py", "tests/test_query.py", "pkg/server/router.go", "lib/auth/session.ts",
         "cmd/worker/main.go", "app/models/user.rb", "src/main.rs", "scripts/release.sh", "docs/architecture.md",
         "infra/modules/vpc/main.tf", "web/src/components/Table.tsx", "migrations/0042_add_index.sql",
         "Makefile", "pyproject.toml", ".github/workflows/ci.yml", "charts/api/values.yaml"]
ERRORS = ["TimeoutError", "KeyError", "sqlite3.OperationalError", "ConnectionResetError", "AssertionError",
          "ValueError", "PermissionError", "NullPointerException", "IndexOutOfBoundsException", "ECONNREFUSED",
          "panic: runtime error: index out of range", "TypeError", "json.decoder.JSONDecodeError",
          "psycopg.errors.LockNotAvailable", "RateLimitError", "FileNotFoundError", "RecursionError"]
MODELS = ["gpt-4o", "gpt-4.1-mini", "claude-sonnet-4", "claude-3-5-haiku", "gemini-1.5-pro", "mistral-large",
          "llama-3.1-70b", "qwen2.5-coder-32b", "o3-mini", "deepseek-v3"]
PEOPLE = ["Priya", "Tom", "Mei", "Jonas", "Ana", "Kwame", "Lucia", "Dmitri", "Sam", "Fatima", "Ole", "Hana"]
