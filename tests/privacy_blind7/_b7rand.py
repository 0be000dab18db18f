# ruff: noqa: E501  (template tables: one template a line)
"""Random helpers and word pools for blind7 (stdlib only, no global state)."""

from __future__ import annotations

import base64
import random

UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
LOWER = "abcdefghijklmnopqrstuvwxyz"
DIGITS = "0123456789"
HEX = "0123456789abcdef"
ALNUM = UPPER + LOWER + DIGITS
LOWNUM = LOWER + DIGITS
UPNUM = UPPER + DIGITS
B64 = ALNUM + "+/"
B64URL = ALNUM + "-_"
CROCK = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
BECH = "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L"


def rs(rng: random.Random, alphabet: str, n: int) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def hx(rng: random.Random, n: int) -> str:
    return rs(rng, HEX, n)


def pick(rng: random.Random, seq):  # type: ignore[no-untyped-def]
    return seq[rng.randrange(len(seq))]


def uuid4(rng: random.Random) -> str:
    h = hx(rng, 32)
    v = "89ab"[rng.randrange(4)]
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{v}{h[17:20]}-{h[20:]}"


def ulid(rng: random.Random) -> str:
    return "01" + rs(rng, "HJK", 1) + rs(rng, CROCK, 23)


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def b64u(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode("ascii").rstrip("=")


def password(rng: random.Random) -> str:
    """A human-ish or generated password: never a dictionary word alone."""
    kind = rng.randrange(5)
    if kind == 0:
        return rs(rng, ALNUM + "!#%&*+-=?@^_", rng.randint(14, 24))
    if kind == 1:
        w1, w2 = pick(rng, WORDS).capitalize(), pick(rng, WORDS)
        return f"{w1}{rng.choice('-_.!#')}{w2}{rng.randint(10, 9999)}{rng.choice('!?#$%')}"
    if kind == 2:
        return "-".join(rs(rng, LOWNUM, 5) for _ in range(4))
    if kind == 3:
        return rs(rng, ALNUM, 6) + rng.choice("!@#$%") + rs(rng, ALNUM, 6) + str(rng.randint(0, 99))
    return pick(rng, WORDS) + str(rng.randint(1900, 2029)) + rs(rng, "!@#$%&*", 2) + rs(rng, UPPER, 2)


WORDS = ["falcon", "maple", "harbor", "quartz", "ember", "willow", "cobalt", "summit", "lantern",
         "meadow", "orbit", "pepper", "saffron", "tundra", "violet", "zephyr", "granite", "juniper",
         "nimbus", "otter", "pebble", "raven", "sierra", "thistle", "walnut", "basil", "cinder"]

ORGS = ["northwind", "tallyhq", "brightpath", "quillworks", "ferrolabs", "openmesa", "lumenstack",
        "parcelly", "driftwood-io", "kestrel-dev", "orbitalis", "mossgrid", "ninebark", "cairnsoft"]
REPOS = ["ledger-api", "edge-proxy", "billing-svc", "docs-site", "ingest-worker", "mobile-app",
         "search-indexer", "auth-gateway", "etl-jobs", "web-console", "cli", "infra", "sdk-python",
         "notifier", "scheduler", "payments-core", "data-pipeline", "feature-flags"]
BRANCHES = ["fix/retry-backoff", "feat/bulk-export", "chore/bump-deps", "fix/flaky-lock-test",
            "refactor/split-config", "feat/oauth-device-flow", "fix/utf8-filenames", "perf/cache-warmup",
            "ci/matrix-py313", "fix/null-tenant", "feat/webhook-retries", "docs/install-guide",
            "fix/race-in-shutdown", "feat/csv-import", "hotfix/tz-offset", "spike/duckdb-views"]
HOSTS = ["db-staging-2.internal", "pg-main.prod.lan", "10.20.4.17", "mysql-eu1.corp.example",
         "redis-cache-01", "mongo-rs0.svc.cluster.local", "rabbit.ops.internal", "ci-runner-7",
         "build-box.lan", "kafka-2.stream.internal", "db.dev.local", "172.31.9.204"]
USERS = ["admin", "deploy", "app_rw", "svc_ingest", "root", "ci-bot", "postgres", "reporting",
         "etl_user", "grafana", "jenkins", "release", "backup_op", "billing_app"]
SERVICES = ["staging db", "Grafana", "Jenkins", "VPN", "admin panel", "Kibana", "bastion",
            "RabbitMQ console", "prod replica", "Sentry self-hosted", "Harbor registry", "Airflow",
            "router", "pgAdmin", "Metabase", "NAS", "Keycloak admin", "ArgoCD"]
FILES = ["src/lock.py", "internal/queue/retry.go", "app/models/invoice.rb", "lib/parser.ts",
         "crates/core/src/store.rs", "pkg/http/client.go", "services/billing/handlers.py",
         "web/src/components/Table.tsx", "scripts/migrate.sh", "tests/test_export.py",
         "src/main/java/com/acme/Cache.java", "api/routes/users.js", "core/config.py",
         "cmd/server/main.go", "frontend/src/hooks/useAuth.ts", "db/migrations/0042_tenants.sql"]
FUNCS = ["acquire_lock", "parseHeader", "retry_with_backoff", "flushBuffer", "load_config",
         "resolveTenant", "serialize_row", "handleWebhook", "compute_digest", "renderTable",
         "open_session", "normalizePath", "schedule_job", "validate_payload", "merge_events"]
ERRORS = ["TimeoutError", "KeyError: 'tenant_id'", "panic: runtime error: index out of range",
          "TypeError: Cannot read properties of undefined (reading 'map')", "sqlite3.OperationalError: database is locked",
          "ECONNRESET", "AssertionError", "NullPointerException", "deadlock detected",
          "ModuleNotFoundError: No module named 'yaml'", "error[E0502]: cannot borrow `self.buf` as mutable",
          "UnicodeDecodeError", "connection refused", "OOMKilled", "ValueError: invalid literal for int()"]
LIBS = ["asyncio", "SQLAlchemy", "pydantic", "React Query", "tokio", "gRPC", "Celery", "Django ORM",
        "pytest fixtures", "Terraform", "Kubernetes CronJobs", "Redis streams", "GitHub Actions",
        "webpack", "Go generics", "PostgreSQL advisory locks", "serde", "FastAPI", "Docker layers"]
MODELS = ["claude-sonnet-4-5", "gpt-4.1", "gpt-4o-mini", "gemini-2.5-pro", "o3", "claude-opus-4",
          "deepseek-v3", "qwen2.5-coder-32b", "llama-3.3-70b", "mistral-large", "codestral"]
PEOPLE = ["Dana", "Marek", "Priya", "Tomás", "Yuki", "Lena", "Omar", "Sofia", "Kenji", "Aylin",
          "Minh", "Putri", "Olga", "Jae-won", "Chloé", "Wei"]
TESTS = ["test_lock_released_after_crash", "test_export_roundtrip_preserves_order",
         "test_webhook_signature_rejects_replay", "TestRetryPolicy/exponential_backoff_caps_at_30s",
         "test_tenant_isolation_on_bulk_delete", "spec/models/invoice_spec.rb:142",
         "it_handles_empty_csv_without_panicking", "test_migrations_apply_on_empty_db",
         "TestCacheEviction_LRU_WithConcurrentReaders", "test_utf8_filenames_on_windows_paths"]
CMDS = ["pytest -q", "pytest -x tests/test_export.py", "go test ./...", "go test -race ./internal/...",
        "npm test", "npm run lint", "cargo test --workspace", "cargo clippy -- -D warnings",
        "make check", "ruff check .", "mypy --strict src", "bundle exec rspec", "pnpm -r build",
        "tox -e py312", "./gradlew test", "mvn -q verify", "yarn jest --ci", "bazel test //...",
        "dotnet test", "uv run pytest -n auto", "terraform validate", "helm lint charts/api"]


def repo(rng: random.Random) -> str:
    return f"{pick(rng, ORGS)}/{pick(rng, REPOS)}"


def pr(rng: random.Random) -> int:
    return rng.randint(12, 4800)


def sha(rng: random.Random, n: int = 40) -> str:
    return hx(rng, n)


def urlq(pw: str) -> str:
    """Percent-encode what would break the userinfo part of a URL."""
    return "".join(c if c.isalnum() or c in "-_.~" else f"%{ord(c):02X}" for c in pw)
