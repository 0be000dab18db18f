"""Random helpers and word pools for blind10: every credential is random characters in a public shape."""

from __future__ import annotations

import base64
import random
import string

UP = string.ascii_uppercase
LO = string.ascii_lowercase
DIG = string.digits
HEX = "0123456789abcdef"
HEXU = "0123456789ABCDEF"
ALNUM = UP + LO + DIG
ALNUM_LO = LO + DIG
B32 = UP + "234567"
B64 = ALNUM + "+/"
URLSAFE = ALNUM + "-_"
PW_CHARS = ALNUM + "!#%^*-_+=.?@"


def s(r: random.Random, n: int, alphabet: str = ALNUM) -> str:
    """n characters drawn from the alphabet."""
    return "".join(r.choice(alphabet) for _ in range(n))


def mixed(r: random.Random, n: int, alphabet: str = ALNUM) -> str:
    """Like s(), but with at least one upper, one lower and one digit when the alphabet has them,
    so a token never reads as a word or a plain number."""
    while True:
        v = s(r, n, alphabet)
        kinds = sum(any(c in k for c in v) for k in (UP, LO, DIG) if any(c in k for c in alphabet))
        want = sum(1 for k in (UP, LO, DIG) if any(c in k for c in alphabet))
        if kinds == want:
            return v


def hexs(r: random.Random, n: int) -> str:
    return s(r, n, HEX)


def uuid4(r: random.Random) -> str:
    h = hexs(r, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{r.choice('89ab')}{h[17:20]}-{h[20:]}"


def b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode()


def b64url(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def rbytes(r: random.Random, n: int) -> bytes:
    return bytes(r.randrange(256) for _ in range(n))


def password(r: random.Random) -> str:
    """A generated-looking password: 14-28 characters, mixed classes, one symbol at least."""
    n = r.randint(14, 28)
    while True:
        v = s(r, n, PW_CHARS)
        if any(c in UP for c in v) and any(c in LO for c in v) and any(c in DIG for c in v) and any(
                c in "!#%^*-_+=.?@" for c in v):
            return v


def human_password(r: random.Random) -> str:
    """A password a person chose: words, digits and a symbol, still unguessable in this corpus."""
    w = r.choice(["Falcon", "Maple", "Tundra", "Quokka", "Harbor", "Saffron", "Glacier", "Orchid", "Pylon",
                  "Zephyr", "Basalt", "Cobalt", "Juniper", "Marlin", "Nimbus", "Obsidian"])
    w2 = r.choice(["river", "lamp", "sprocket", "violet", "kettle", "ember", "canyon", "pebble", "rocket"])
    return f"{w}{r.choice('!#$%&*-_.')}{w2}{r.randint(10, 9999)}{s(r, 3, ALNUM)}"


def jwt(r: random.Random, claims: str | None = None) -> str:
    head = b64url(b'{"alg":"HS256","typ":"JWT"}')
    body = claims or '{"sub":"%s","iat":%d,"exp":%d}' % (uuid4(r), 1790000000 + r.randrange(10**7),
                                                         1800000000 + r.randrange(10**7))
    return f"{head}.{b64url(body.encode())}.{b64url(rbytes(r, 32))}"


def pem_private_key(r: random.Random, kind: str = "RSA PRIVATE KEY", lines: int = 8) -> str:
    body = "\n".join(b64(rbytes(r, 48)) for _ in range(lines))
    return f"-----BEGIN {kind}-----\n{body}\n-----END {kind}-----"


FIRST = ["dana", "li", "marek", "priya", "tomas", "aiko", "jonas", "fatima", "noah", "ines", "kwame", "yuki",
         "sofia", "omar", "lena", "raj", "chloe", "mateo", "hana", "piotr", "elif", "arjun", "zoe", "bruno"]
SERVICES = ["billing-api", "ledger", "auth-gateway", "search-indexer", "notifier", "checkout", "media-worker",
            "reports", "inventory", "webhooks-relay", "geo-service", "payments-core", "catalog", "scheduler"]
ENVS = ["staging", "prod", "dev", "qa", "preprod", "sandbox", "eu-prod", "us-staging"]
HOSTS = ["db-01.internal", "pg-main.staging.lan", "10.20.3.14", "mysql.prod.acme.io", "redis-cache.svc",
         "rds-ledger.c9xk2.eu-west-1.rds.amazonaws.com", "mongo0.example.net", "10.0.12.7", "pg.ops.lan"]
USERS = ["deploy", "app", "svc_billing", "admin", "ci-bot", "postgres", "root", "ledger_rw", "grafana",
         "reporter", "backup", "jenkins", "www-data", "etl_user"]
REPOS = ["acme/widget", "acme/ledger", "northwind/api", "octo-org/infra", "globex/web", "initech/tps",
         "umbrella/lab-portal", "hooli/nucleus", "vandelay/imports", "stark/jarvis-ui"]
FILES = ["src/retry.py", "app/models/order.rb", "internal/queue/worker.go", "web/src/api/client.ts",
         "services/billing/invoice.py", "lib/cache.ex", "cmd/migrate/main.go", "pkg/lock/flock.go",
         "api/views/checkout.py", "src/components/Cart.tsx", "config/routes.rb", "crates/store/src/log.rs"]
FUNCS = ["retry_with_backoff", "parseInvoice", "acquire_lock", "flushBatch", "compute_tax", "renderCart",
         "load_config", "handleWebhook", "reconcile_ledger", "resolveTenant", "schedule_job", "encodeCursor"]
BRANCHES = ["fix/flock-timeout", "feat/invoice-pdf", "chore/bump-pydantic", "hotfix/null-tenant",
            "refactor/queue-worker", "docs/runbook-failover", "feat/sso-okta", "fix/rate-limit-429",
            "perf/cache-warmup", "test/flaky-checkout", "ci/split-matrix", "fix/tz-drift"]


def pick(r: random.Random, seq: list[str] | tuple[str, ...]) -> str:
    return r.choice(seq)
