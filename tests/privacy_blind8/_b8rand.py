"""Random helpers and word pools for the blind8 corpus (stdlib only, no global random state).

Every generator takes its own `random.Random`, so a category's lines depend only on its seed.
"""

from __future__ import annotations

import base64
import random
import string

UPPER = string.ascii_uppercase
LOWER = string.ascii_lowercase
DIGITS = string.digits
ALNUM = UPPER + LOWER + DIGITS
LOWNUM = LOWER + DIGITS
UPNUM = UPPER + DIGITS
HEX = "0123456789abcdef"
B64 = ALNUM + "+/"
URLSAFE = ALNUM + "-_"
BECH32 = "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L"


def rs(rng: random.Random, n: int, alphabet: str = ALNUM) -> str:
    """`n` characters drawn from `alphabet`."""
    return "".join(rng.choice(alphabet) for _ in range(n))


def hexs(rng: random.Random, n: int) -> str:
    return rs(rng, n, HEX)


def uuid4(rng: random.Random) -> str:
    h = hexs(rng, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{rng.choice('89ab')}{h[17:20]}-{h[20:]}"


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def pick(rng: random.Random, seq: list[str] | tuple[str, ...]) -> str:
    return seq[rng.randrange(len(seq))]


def password(rng: random.Random) -> str:
    """A password a person might choose or a generator might print: never a dictionary word alone."""
    kind = rng.randrange(7)
    if kind == 5:  # starts like a path: a filter must not take it for one
        return rng.choice("/~") + rs(rng, rng.randint(12, 20), ALNUM + "/._-") + rng.choice("!#%") + rs(rng, 3)
    if kind == 6:  # brackets and separators inside: an unquoted value must not be cut short
        return rs(rng, 6) + rng.choice("(){}[]|;,<>") + rs(rng, 5) + rng.choice("(){}[]|&;,<>") + rs(rng, 6)
    if kind == 0:
        return rs(rng, rng.randint(14, 24), ALNUM + "!#%&*+-_=?@^~")
    if kind == 1:
        words = ["Kestrel", "maple", "Orbit", "quartz", "Lumen", "tundra", "Saffron", "nimbus", "Falcon", "cobalt",
                 "Harbor", "pixel", "Vortex", "juniper", "Ember", "glacier", "Tango", "walnut", "Zephyr", "olive"]
        return (pick(rng, words) + rng.choice("-_.!#") + pick(rng, words) + str(rng.randint(10, 9999))
                + rng.choice("!?#$%&*"))
    if kind == 2:
        return rs(rng, rng.randint(20, 32), ALNUM)
    if kind == 3:
        return "-".join(rs(rng, 4, LOWNUM) for _ in range(4)) + rng.choice("!#@") + str(rng.randint(1, 99))
    return rs(rng, 3, UPPER) + rs(rng, 5, LOWER) + str(rng.randint(100, 99999)) + rs(rng, 2, "!@#$%^&*") + rs(rng, 4)


SERVICES = ["billing-api", "ingest-worker", "auth-gateway", "search-indexer", "report-cron", "media-resizer",
            "ledger", "notifier", "checkout", "geo-lookup", "feature-flags", "audit-log", "sync-daemon",
            "webhook-relay", "pdf-render", "scheduler", "etl-nightly", "graphql-edge", "session-store", "exporter"]
ENVS = ["staging", "prod", "dev", "qa", "preview", "sandbox", "eu-prod", "us-east", "canary", "perf"]
HOSTS = ["db-01.internal", "pg.staging.lan", "10.20.3.14", "mysql-primary.svc", "redis.cache.local",
         "warehouse.corp.example", "172.16.8.40", "mongo-rs0.int", "rabbit.mq.local", "sql-eu-2.example.net"]
USERS = ["app", "deploy", "svc_ingest", "admin", "reporter", "etl", "jenkins", "ci-bot", "root", "webapp",
         "analytics", "backup", "grafana", "migrator", "readonly"]
PEOPLE = ["Priya", "Tomás", "Lena", "Kwame", "Yuki", "Oskar", "Mei", "Dmitri", "Aisha", "Jonas", "Carla", "Ravi",
          "Sofia", "Hugo", "Nadia", "Björn"]
FILES = ["src/api/routes.py", "lib/cache/lru.ts", "cmd/server/main.go", "internal/store/pg.go",
         "app/models/invoice.rb", "pkg/queue/retry.go", "handlers/webhook.js", "core/scheduler.rs",
         "tests/test_export.py", "web/src/components/Table.tsx", "migrations/0042_add_index.sql",
         "scripts/backfill.py", "config/settings.py", "ui/hooks/useSession.ts", "src/main/java/App.java"]
FUNCS = ["parse_header", "retryWithBackoff", "flush_batch", "render_invoice", "loadConfig", "compact_segments",
         "resolve_tenant", "handleWebhook", "normalize_phone", "buildIndex", "acquire_lock", "emit_metrics",
         "fetchPage", "decode_cursor", "reconcile_ledger", "scheduleJob"]
TOPICS = ["the flaky retry test", "the migration lock timeout", "the N+1 query on /orders", "the memory leak in the "
          "exporter", "the race in the cache warm-up", "the broken pagination cursor", "timezone drift in the "
          "scheduler", "the 502s behind the load balancer", "the slow cold start", "the CSV export encoding bug",
          "the webhook signature check", "the deadlock in the ledger job", "duplicate emails on retry",
          "the off-by-one in the date picker", "the stale ETag after deploy"]


def ts(rng: random.Random) -> str:
    return (f"2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T{rng.randint(0, 23):02d}:"
            f"{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}.{rng.randint(0, 999):03d}Z")


def short_ts(rng: random.Random) -> str:
    return f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"


def sha(rng: random.Random) -> str:
    return hexs(rng, 40)


def ulid(rng: random.Random) -> str:
    return "01" + rs(rng, 24, "0123456789ABCDEFGHJKMNPQRSTVWXYZ")
