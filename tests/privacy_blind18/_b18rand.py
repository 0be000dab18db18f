"""Random pieces for blind18: identifiers, engineering nouns and synthetic credential values.

Every credential value is random characters in the shape of its format; none is real.
"""
import base64
import string

AL = string.ascii_letters + string.digits
LOW = string.ascii_lowercase + string.digits
UP = string.ascii_uppercase + string.digits
HEX = "0123456789abcdef"
B64 = AL + "+/"
URL = AL + "-_"


class Kit:
    def __init__(self, rng):
        self.r = rng

    # basic draws
    def pick(self, seq):
        return self.r.choice(seq)

    def chars(self, alphabet, n):
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def alnum(self, n):
        return self.chars(AL, n)

    def hexs(self, n):
        return self.chars(HEX, n)

    def num(self, a, b):
        return self.r.randint(a, b)

    def chance(self, p):
        return self.r.random() < p

    def sample(self, seq, k):
        return self.r.sample(seq, k)

    def uuid(self):
        h = self.hexs(32)
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{self.pick('89ab')}{h[17:20]}-{h[20:]}"

    def sha(self, n=40):
        return self.hexs(n)

    # engineering nouns
    def repo(self):
        return self.pick(["acme/billing-api", "handoff/handoff", "orbit/web", "kite-labs/ingest", "northwind/ops",
                          "tessellate/core", "lumen/search", "mira/payments", "fjord/infra", "paper-crane/cli",
                          "quokka/mobile", "sable/etl", "atlas/auth-service", "vireo/docs", "ember/queue"])

    def branch(self):
        return self.pick(["fix/", "feat/", "chore/", "refactor/", "hotfix/", "ci/"]) + self.pick(
            ["flaky-retry", "lockfile-bump", "pg15-migration", "rate-limit", "cache-keys", "otel-exporter",
             "session-expiry", "arm64-runners", "tz-handling", "batch-upload", "audit-log", "schema-v7",
             "dead-letter", "healthcheck", "pagination", "token-budget", "prompt-cache", "key-rotation"])

    def pr(self):
        return self.num(12, 4890)

    def svc(self):
        return self.pick(["billing-api", "ingest-worker", "auth-service", "search-indexer", "notifier", "gateway",
                          "scheduler", "ledger", "thumbnailer", "export-job", "webhook-relay", "reporting",
                          "feature-flags", "checkout", "sync-daemon"])

    def host(self):
        return self.pick(["db-primary", "pg-replica-2", "redis-cache", "mq-01", "mongo-rs0", "es-data-3",
                          "mysql-legacy", "kafka-b1"]) + "." + self.pick(
            ["internal", "prod.example.net", "staging.corp.local", "eu-west-1.example.io", "svc.cluster.local"])

    def env(self):
        return self.pick(["staging", "prod", "preview", "qa", "dev", "eu-prod", "canary", "sandbox"])

    def person(self):
        return self.pick(["Priya", "Tomasz", "Aiko", "Mateo", "Lena", "Olu", "Hannah", "Wei", "Dmitri", "Sofia",
                          "Jonas", "Fatima", "Kenji", "Camille", "Rafael", "Ana", "Minh", "Ayşe", "Arjun", "Noor"])

    def agent(self):
        return self.pick(["codex-run-7", "claude-code", "agent-b", "the night agent", "build-bot",
                          "aider session", "cursor agent", "helper-3", "the review agent", "ops-agent"])

    def model(self):
        return self.pick(["gpt-4o", "gpt-4.1-mini", "claude-3-5-sonnet", "claude-opus-4", "llama-3.1-70b",
                          "mistral-large", "gemini-1.5-pro", "qwen2.5-coder-32b", "deepseek-v3", "o3-mini"])

    def path(self):
        return self.pick(["src/retry.py", "api/handlers/upload.go", "web/src/hooks/useSession.ts",
                          "migrations/0042_add_index.sql", "infra/terraform/rds.tf", "charts/api/values.yaml",
                          ".github/workflows/ci.yml", "pkg/cache/lru.go", "lib/billing/invoice.rb",
                          "crates/core/src/lib.rs", "tests/test_export.py", "docker/Dockerfile.worker",
                          "config/settings.toml", "scripts/backfill.sh", "app/models/user.py"])

    def test(self):
        return self.pick(["test_retry_backoff", "test_upload_resumes", "TestLedgerBalance", "test_tz_roundtrip",
                          "it('renders empty state')", "test_export_csv_quoting", "TestCacheEviction/lru",
                          "test_webhook_signature", "spec/models/invoice_spec.rb:88", "test_migration_0042"])

    def dur(self):
        return f"{self.num(1, 59)}m{self.num(0, 59):02d}s"

    def ver(self):
        return f"{self.num(0, 9)}.{self.num(0, 40)}.{self.num(0, 20)}"

    def date(self):
        return f"2026-{self.num(1, 11):02d}-{self.num(1, 28):02d}"

    def time(self):
        return f"{self.num(0, 23):02d}:{self.num(0, 59):02d}"

    def ts(self):
        return f"{self.date()}T{self.time()}:{self.num(0, 59):02d}Z"

    def pw(self):
        n = self.num(14, 26)
        s = self.chars(AL + "!#%*+-_.@^", n)
        return s[:3] + self.pick(string.digits) + s[3:] + self.pick("!#%*-_")


def b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode()


def b64url(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")
