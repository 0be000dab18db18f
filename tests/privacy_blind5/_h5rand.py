"""Random helpers and shared word pools for the blind5 corpus (stdlib only).

Every value made here is random characters in a plausible shape; none is a real credential.
"""
import base64
import string

UP = string.ascii_uppercase
LO = string.ascii_lowercase
DIG = string.digits
ALNUM = UP + LO + DIG
ALNUM_LO = LO + DIG
ALNUM_UP = UP + DIG
HEX = "0123456789abcdef"
HEXU = "0123456789ABCDEF"
B64 = ALNUM + "+/"
B64URL = ALNUM + "-_"
BECH32 = "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L"
PWCH = ALNUM + "!@#%^*-_=+.?~"


def rs(r, n, chars=ALNUM):
    return "".join(r.choice(chars) for _ in range(n))


def rmix(r, n, chars=ALNUM):
    """Random string that has at least one upper, lower and digit (when the alphabet allows)."""
    while True:
        s = rs(r, n, chars)
        need = [c for c in (UP, LO, DIG) if set(c) & set(chars)]
        if all(any(ch in c for ch in s) for c in need):
            return s


def hexs(r, n):
    return rs(r, n, HEX)


def uuid4(r):
    h = hexs(r, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{r.choice('89ab')}{h[17:20]}-{h[20:]}"


def ulid(r):
    return r.choice("01") + rs(r, 25, "0123456789ABCDEFGHJKMNPQRSTVWXYZ")


def b64(r, nbytes, url=False):
    raw = bytes(r.randrange(256) for _ in range(nbytes))
    s = base64.urlsafe_b64encode(raw) if url else base64.b64encode(raw)
    return s.decode()


def b64text(text, url=False):
    s = base64.urlsafe_b64encode(text.encode()) if url else base64.b64encode(text.encode())
    return s.decode()


def password(r):
    """A synthetic password in one of several human-ish or generated shapes."""
    k = r.randrange(7)
    if k == 0:
        return rmix(r, r.randint(14, 24), PWCH)
    if k == 1:
        return rmix(r, r.randint(10, 16), ALNUM)
    if k == 2:
        w = r.choice(PWWORDS)
        return w.capitalize() + str(r.randint(10, 9999)) + r.choice("!#$%&*?@") + rs(r, r.randint(2, 4), ALNUM)
    if k == 3:
        ws = r.sample(PWWORDS, 3)
        return r.choice("-_.") .join(ws) + str(r.randint(1, 99))
    if k == 4:
        return rs(r, 4, UP + LO) + r.choice("#$%") + rs(r, 3, DIG) + rs(r, 5, LO) + r.choice("!?")
    if k == 5:
        return rs(r, r.randint(20, 32), ALNUM + "-_")
    return r.choice(PWWORDS) + r.choice("@#") + rs(r, 3, DIG) + rs(r, 4, UP + LO)


def jwt(r, payload=None):
    if payload is None:
        payload = '{"sub":"%s","iat":%d,"exp":%d,"scope":"%s"}' % (
            rs(r, 10, ALNUM_LO), 1760000000 + r.randrange(9000000), 1790000000 + r.randrange(9000000),
            r.choice(["read write", "admin", "api", "deploy", "user"]))
    hdr = b64text('{"alg":"%s","typ":"JWT"}' % r.choice(["HS256", "RS256", "ES256"]), url=True).rstrip("=")
    body = b64text(payload, url=True).rstrip("=")
    sig = b64(r, r.choice([32, 64, 96]), url=True).rstrip("=")
    return f"{hdr}.{body}.{sig}"


PWWORDS = ["falcon", "marmot", "quartz", "pelican", "walnut", "tundra", "mango", "cobalt", "saffron",
           "kestrel", "juniper", "basalt", "otter", "lantern", "meridian", "pumice", "violet", "harbor",
           "sommer", "gato", "primavera", "lune", "koala", "zebra", "glacier", "ember", "thistle", "raven",
           "fjord", "copper", "nimbus", "pixel", "orchid", "badger", "sierra", "velvet", "anchor", "cedar"]

HOSTS = ["db-prod-3.internal", "pg-staging.corp.lan", "10.20.4.17", "mysql01.eu-west", "redis-cache-2",
         "mongo-rs0-a.svc.cluster.local", "warehouse.snowy.example", "ci-runner-07", "bastion.ops.example.net",
         "172.31.9.40", "api-gw.qa.example.io", "ledger-db.fin.internal", "kafka-2.stream.local",
         "es-hot-01.search.internal", "ftp.partner-acme.example", "smtp.mailrelay.example.com",
         "sql-reporting-01", "clickhouse-a.analytics", "rabbit.mq.internal", "vault-ui.sec.example"]

USERS = ["svc_deploy", "admin", "root", "app_rw", "reporting", "etl_loader", "jenkins", "postgres",
         "ci-bot", "grafana_ro", "backup", "mkowalski", "a.ferreira", "dev_li", "tanaka.k", "ops",
         "ingest", "migrator", "readonly", "svc-billing", "hwang", "sofia.r", "bootstrap"]

DBS = ["orders", "billing", "analytics", "core", "inventory", "telemetry", "users", "ledger", "crm", "events"]

PEOPLE = ["Priya", "Tomasz", "Mei", "Jonas", "Aisha", "Diego", "Yuki", "Olu", "Lena", "Marco", "Sven",
          "Fatima", "Kenji", "Ana", "Ravi", "Chloe", "Bogdan", "Ines", "Hyun-woo", "Emre"]

SERVICES = ["payments-api", "ingest-worker", "checkout", "auth-service", "search-indexer", "billing-cron",
            "notifier", "reco-model", "feature-store", "gateway", "ledger", "export-job", "scheduler",
            "media-transcoder", "webhooks-relay"]

REPOS = ["acme/widget", "platform/infra-live", "data/feature-pipelines", "mobile/ios-app", "core/ledger",
         "tools/handoff-sandbox", "ml/ranker", "web/storefront", "ops/runbooks", "sec/scanner-rules"]

BRANCHES = ["fix/lock-timeout", "feat/retry-budget", "chore/bump-deps", "hotfix/2.4.1", "refactor/io-layer",
            "exp/onnx-export", "main", "release/2026.11", "fix/flaky-tz-test", "feat/sso-okta"]

FILES = ["src/store/lock.py", "handoff/cli.py", "pkg/api/server.go", "lib/billing/invoice.rb",
         "services/ingest/main.rs", "web/src/App.tsx", "tests/test_retry.py", "infra/modules/rds/main.tf",
         "charts/api/values.yaml", "scripts/backfill.sh", "notebooks/churn_eda.ipynb", "Dockerfile",
         ".github/workflows/ci.yml", "cmd/worker/worker.go", "app/models/user.py"]

TESTS = ["test_lock_contention", "test_retry_backoff", "test_invoice_rounding", "TestServerShutdown",
         "test_tz_dst_boundary", "test_parquet_roundtrip", "it_handles_empty_cart", "test_migration_0042",
         "test_sso_callback", "TestWorkerDrain", "test_compaction_resume", "test_export_large_csv"]

MODELS = ["claude-sonnet-4-5", "gpt-4.1-mini", "gemini-2.5-pro", "llama-3.1-70b", "mistral-large",
          "qwen2.5-coder-32b", "claude-haiku-4-5", "o4-mini", "deepseek-v3"]


def sha40(r):
    return hexs(r, 40)


def short_sha(r):
    return hexs(r, r.choice([7, 8, 10, 12]))


def pick(r, seq):
    return r.choice(seq)
