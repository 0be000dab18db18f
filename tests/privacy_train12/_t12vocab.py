"""Shared stock for the round-12 training corpus: subjects both labels draw from.

The prompt and benign sides take their projects, services, files, people and concepts from the
same pools, so a word's presence says nothing about the label; only the shape of the text does.
"""

from __future__ import annotations

import random

PROJECTS = (
    "billing-api", "ledger", "checkout-web", "search-indexer", "auth-gateway", "mobile-sync",
    "etl-nightly", "pdf-renderer", "geo-tiles", "notify-svc", "feature-flags", "invoice-worker",
    "kafka-bridge", "img-resizer", "ml-scoring", "docs-site", "cli", "scheduler", "audit-log",
    "tenant-admin", "payments-core", "webhooks", "rate-limiter", "report-builder", "sso-bridge",
    "metrics-agent", "backup-cron", "cart-service", "price-engine", "helpdesk-bot",
)
LANGS = (
    "Python", "Go", "Rust", "TypeScript", "Java", "Kotlin", "C#", "Ruby", "PHP", "Elixir",
    "Scala", "Swift", "C++", "Bash", "SQL", "Haskell", "Clojure", "Dart", "Lua", "Zig",
)
FILES = (
    "src/retry.py", "internal/lock/flock.go", "cmd/serve/main.go", "app/models/invoice.rb",
    "lib/cache.ts", "src/lib.rs", "migrations/0042_add_tenant_id.sql", "Dockerfile",
    ".github/workflows/ci.yml", "charts/api/values.yaml", "pkg/queue/consumer.go",
    "web/src/components/Checkout.tsx", "tests/test_export.py", "config/nginx/site.conf",
    "docs/runbook.md", "Makefile", "pyproject.toml", "src/main/java/com/acme/Ledger.java",
    "terraform/modules/rds/main.tf", "scripts/backfill.sh", "handoff/store.py",
    "app/Http/Controllers/OrderController.php", "lib/pdf/render.ex", "src/parser/tokens.c",
    "infra/k8s/cronjob.yaml", "package.json", "Cargo.toml", "go.mod", "README.md",
    "src/hooks/useSession.ts", "db/seeds.rb", "ansible/roles/pg/tasks/main.yml",
)
HOSTS = (
    "build-07", "pg-replica-2", "worker-3", "staging-eu-1", "ci-runner-14", "redis-cache-a",
    "kafka-2", "edge-lb-01", "bastion-ams", "gpu-node-5", "mq-01", "es-data-3", "vault-1",
    "api-prod-4", "minio-2", "nat-gw-b", "jenkins-old", "sftp-partner",
)
PEOPLE = (
    "Dana", "Priya", "Tomás", "Yuki", "Lars", "Amara", "Chen", "Olu", "Marta", "Kofi", "Sven",
    "Noor", "Ilse", "Rafael", "Mei", "Jonas", "Aisha", "Pavel", "Greta", "Hiro", "Zeynep",
    "Bruno", "Leila", "Matteo", "Ana", "Kwame", "Sofia", "Ravi", "Ingrid", "Diego",
)
HANDLES = (
    "@dana", "@priya.k", "@tomas-r", "@yuki", "@lars", "@amara_o", "@chen", "@olu", "@marta",
    "@kofi", "@sven", "@noor", "@ilse.b", "@rafa", "@mei", "@jonas", "@aisha", "@pavel-n",
)
TICKET_PREFIX = ("OPS", "INFRA", "BILL", "SEC", "PLAT", "DATA", "WEB", "MOB", "SRE", "CORE")
CONCEPTS = (
    "eventual consistency", "the CAP theorem", "optimistic locking", "exponential backoff",
    "idempotency keys", "the saga pattern", "consistent hashing", "a write-ahead log",
    "copy-on-write", "the actor model", "vector clocks", "a bloom filter", "tail latency",
    "backpressure", "two-phase commit", "CRDTs", "a circuit breaker", "dependency injection",
    "monads", "garbage collection", "TCP slow start", "B-tree indexes", "MVCC", "rate limiting",
    "blue-green deploys", "feature flags", "event sourcing", "the outbox pattern",
    "memoization", "structured concurrency", "semantic versioning", "zero-downtime migrations",
)
TOPICS = (
    "the retry jitter", "the flaky lock test", "the tenant_id migration", "the OOM kills",
    "the nightly export", "the cache stampede", "the webhook signature check", "the slow query",
    "the TLS renewal", "the queue lag", "the CSV importer", "the login redirect loop",
    "the memory leak in the renderer", "the timezone bug in reports", "the cold start time",
    "the pagination cursor", "the disk pressure alerts", "the stale DNS entries",
    "the duplicate invoices", "the p99 regression", "the broken sitemap", "the dead-letter queue",
    "the rate limiter", "the session timeout", "the schema drift", "the feature flag cleanup",
)
METRICS = ("p99", "p95", "error rate", "queue depth", "RSS", "CPU", "GC pause", "lag", "hit ratio")
ENVS = ("staging", "prod", "canary", "dev", "eu-west", "us-east", "preview", "qa")
VERSIONS = ("1.4.2", "2.0.0-rc1", "0.9.17", "3.11", "16.2", "7.2.4", "1.29", "5.0.3", "22.04", "4.1.0")
TOOLS = ("pytest", "go test", "cargo test", "npm test", "make lint", "mvn verify", "rspec",
         "tox -e py311", "bundle exec rake", "gradle check", "mix test", "dotnet test")


def sha(rng: random.Random, n: int = 7) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def pr(rng: random.Random) -> str:
    return rng.choice(("PR ", "PR #", "#", "!", "pull/")) + str(rng.randint(12, 4999))


def ticket(rng: random.Random) -> str:
    return f"{rng.choice(TICKET_PREFIX)}-{rng.randint(10, 9999)}"


def ms(rng: random.Random) -> str:
    return f"{rng.randint(3, 2400)}ms"


def pick(rng: random.Random, pool: tuple[str, ...]) -> str:
    return rng.choice(pool)


def fill(rng: random.Random, text: str) -> str:
    """Fill ``{slot}`` markers from the pools (each drawn afresh); other braces stay as written."""
    slots = {
        "proj": lambda: pick(rng, PROJECTS), "lang": lambda: pick(rng, LANGS),
        "file": lambda: pick(rng, FILES), "host": lambda: pick(rng, HOSTS),
        "person": lambda: pick(rng, PEOPLE), "handle": lambda: pick(rng, HANDLES),
        "ticket": lambda: ticket(rng), "pr": lambda: pr(rng), "sha": lambda: sha(rng),
        "concept": lambda: pick(rng, CONCEPTS), "topic": lambda: pick(rng, TOPICS),
        "metric": lambda: pick(rng, METRICS), "env": lambda: pick(rng, ENVS),
        "ver": lambda: pick(rng, VERSIONS), "tool": lambda: pick(rng, TOOLS),
        "ms": lambda: ms(rng), "n": lambda: str(rng.randint(2, 40)),
        "pct": lambda: f"{rng.randint(1, 99)}%",
    }
    out = []
    i = 0
    while i < len(text):
        j = text.find("}", i) if text[i] == "{" else -1
        if j > 0 and text[i + 1:j] in slots:
            out.append(slots[text[i + 1:j]]())
            i = j + 1
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


def vary(rng: random.Random, text: str) -> str:
    """Casing and punctuation noise, the same for both labels."""
    r = rng.random()
    if r < 0.15 and text[:1].isupper():
        text = text[0].lower() + text[1:]
    elif r < 0.18:
        text = text.lower()
    r = rng.random()
    if r < 0.2:
        text = text.rstrip(".!?")
    elif r < 0.25 and not text.endswith(("?", "!")):
        text = text.rstrip(".") + rng.choice(("!", " …", "..", " thx", " pls"))
    return text
