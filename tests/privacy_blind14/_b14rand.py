"""Random helpers for blind14: synthetic vendor token shapes, passwords, ids and word pools.

Every value here is random characters in a public vendor's shape, drawn from the caller's seeded
`random.Random`, so the corpus is the same on every run and never holds a real credential.
"""

from __future__ import annotations

import base64
import random
import string

UP = string.ascii_uppercase
LO = string.ascii_lowercase
DG = string.digits
AN = UP + LO + DG
HEX = "0123456789abcdef"
B64 = AN + "+/"
URLSAFE = AN + "-_"
B32 = UP + "234567"
BECH = "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L"


def rs(r: random.Random, alphabet: str, n: int) -> str:
    return "".join(r.choice(alphabet) for _ in range(n))


def hexs(r: random.Random, n: int) -> str:
    return rs(r, HEX, n)


def pick(r: random.Random, seq):  # type: ignore[no-untyped-def]
    return seq[r.randrange(len(seq))]


def uuid4(r: random.Random) -> str:
    h = hexs(r, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{r.choice('89ab')}{h[17:20]}-{h[20:]}"


def sha(r: random.Random) -> str:
    return hexs(r, 40)


def sha256(r: random.Random) -> str:
    return hexs(r, 64)


def ulid(r: random.Random) -> str:
    return "01" + rs(r, "0123456789ABCDEFGHJKMNPQRSTVWXYZ", 24)


def b64url(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def jwt(r: random.Random) -> str:
    head = b64url(b'{"alg":"HS256","typ":"JWT"}')
    body = b64url(('{"sub":"%s","iat":%d,"role":"%s"}' % (
        uuid4(r), 1760000000 + r.randrange(9000000), r.choice(["service_role", "admin", "deploy", "api"]))).encode())
    return f"{head}.{body}.{rs(r, URLSAFE, 43)}"


def basic(user: str, pw: str) -> str:
    return base64.b64encode(f"{user}:{pw}".encode()).decode()


# --- vendor token shapes (public formats; random bodies) -------------------------------------------

def _slack(r: random.Random, kind: str) -> str:
    return f"xox{kind}-{rs(r, DG, 12)}-{rs(r, DG, 13)}-{rs(r, AN, 24)}"


TOKENS: dict[str, tuple[str, object]] = {
    # name: (human vendor label, maker)
    "github_pat": ("GitHub", lambda r: "ghp_" + rs(r, AN, 36)),
    "github_fine": ("GitHub", lambda r: "github_pat_11" + rs(r, UP + DG, 20) + "_" + rs(r, AN, 59)),
    "github_app": ("GitHub", lambda r: r.choice(["ghs_", "gho_", "ghu_"]) + rs(r, AN, 36)),
    "gitlab_pat": ("GitLab", lambda r: "glpat-" + rs(r, URLSAFE, 20)),
    "gitlab_runner": ("GitLab", lambda r: "glrt-" + rs(r, URLSAFE, 20)),
    "aws_akid": ("AWS", lambda r: "AKIA" + rs(r, B32, 16)),
    "slack_bot": ("Slack", lambda r: _slack(r, "b")),
    "slack_user": ("Slack", lambda r: _slack(r, "p")),
    "stripe_secret": ("Stripe", lambda r: "sk_live_" + rs(r, AN, 99 if r.random() < 0.3 else 24)),
    "stripe_restricted": ("Stripe", lambda r: "rk_live_" + rs(r, AN, 24)),
    "stripe_whsec": ("Stripe", lambda r: "whsec_" + rs(r, AN, 32)),
    "openai_proj": ("OpenAI", lambda r: "sk-proj-" + rs(r, URLSAFE, 74) + "T3BlbkFJ" + rs(r, URLSAFE, 74)),
    "openai_svc": ("OpenAI", lambda r: "sk-svcacct-" + rs(r, URLSAFE, 74) + "T3BlbkFJ" + rs(r, URLSAFE, 74)),
    "anthropic": ("Anthropic", lambda r: "sk-ant-api03-" + rs(r, URLSAFE, 93) + "AA"),
    "anthropic_admin": ("Anthropic", lambda r: "sk-ant-admin01-" + rs(r, URLSAFE, 93) + "AA"),
    "google_api": ("Google", lambda r: "AIza" + rs(r, URLSAFE, 35)),
    "twilio_key": ("Twilio", lambda r: "SK" + hexs(r, 32)),
    "sendgrid": ("SendGrid", lambda r: "SG." + rs(r, URLSAFE, 22) + "." + rs(r, URLSAFE, 43)),
    "npm": ("npm", lambda r: "npm_" + rs(r, AN, 36)),
    "pypi": ("PyPI", lambda r: "pypi-AgEIcHlwaS5vcmc" + rs(r, URLSAFE, 70)),
    "dockerhub": ("Docker Hub", lambda r: "dckr_pat_" + rs(r, URLSAFE, 27)),
    "huggingface": ("Hugging Face", lambda r: "hf_" + rs(r, UP + LO, 34)),
    "shopify": ("Shopify", lambda r: r.choice(["shpat_", "shpca_", "shppa_"]) + hexs(r, 32)),
    "mailgun": ("Mailgun", lambda r: "key-" + hexs(r, 32)),
    "digitalocean": ("DigitalOcean", lambda r: "dop_v1_" + hexs(r, 64)),
    "linear": ("Linear", lambda r: "lin_api_" + rs(r, AN, 40)),
    "notion": ("Notion", lambda r: "ntn_" + rs(r, DG, 11) + rs(r, AN, 35)),
    "atlassian": ("Atlassian", lambda r: "ATATT3xFfGF0" + rs(r, URLSAFE, 170) + "=" + hexs(r, 8).upper()),
    "vault": ("Vault", lambda r: "hvs." + rs(r, URLSAFE, 90)),
    "tfc": ("Terraform Cloud", lambda r: rs(r, AN, 14) + ".atlasv1." + rs(r, AN, 67)),
    "pulumi": ("Pulumi", lambda r: "pul-" + hexs(r, 40)),
    "sentry_user": ("Sentry", lambda r: "sntryu_" + hexs(r, 64)),
    "grafana_sa": ("Grafana", lambda r: "glsa_" + rs(r, AN, 32) + "_" + hexs(r, 8)),
    "newrelic": ("New Relic", lambda r: "NRAK-" + rs(r, UP + DG, 27)),
    "postman": ("Postman", lambda r: "PMAK-" + hexs(r, 24) + "-" + hexs(r, 34)),
    "doppler": ("Doppler", lambda r: "dp.st.prd." + rs(r, AN, 43)),
    "telegram": ("Telegram", lambda r: str(r.randrange(10**9, 8 * 10**9)) + ":AA" + rs(r, URLSAFE, 33)),
    "supabase": ("Supabase", lambda r: "sbp_" + hexs(r, 40)),
    "groq": ("Groq", lambda r: "gsk_" + rs(r, AN, 52)),
    "replicate": ("Replicate", lambda r: "r8_" + rs(r, AN, 37)),
    "perplexity": ("Perplexity", lambda r: "pplx-" + rs(r, AN, 48)),
    "xai": ("xAI", lambda r: "xai-" + rs(r, AN, 80)),
    "tailscale": ("Tailscale", lambda r: "tskey-auth-k" + rs(r, AN, 10) + "CNTRL-" + rs(r, AN, 32)),
    "netlify": ("Netlify", lambda r: "nfp_" + rs(r, AN, 36)),
    "buildkite": ("Buildkite", lambda r: "bkua_" + hexs(r, 40)),
    "artifactory": ("Artifactory", lambda r: "AKCp" + rs(r, AN, 69)),
    "age": ("age", lambda r: "AGE-SECRET-KEY-1" + rs(r, BECH, 58)),
    "planetscale": ("PlanetScale", lambda r: "pscale_tkn_" + rs(r, URLSAFE, 43)),
    "figma": ("Figma", lambda r: "figd_" + rs(r, URLSAFE, 40)),
    "alibaba": ("Alibaba Cloud", lambda r: "LTAI" + rs(r, AN, 20)),
    "square": ("Square", lambda r: "EAAA" + rs(r, URLSAFE, 60)),
    "fcm": ("Firebase", lambda r: "AAAA" + rs(r, URLSAFE, 7) + ":APA91b" + rs(r, URLSAFE, 134)),
    "okta": ("Okta", lambda r: "00" + rs(r, URLSAFE, 40)),
    "circleci": ("CircleCI", lambda r: "CCIPAT_" + rs(r, AN, 22) + "_" + hexs(r, 40)),
    "flyio": ("Fly.io", lambda r: "FlyV1 fm2_" + rs(r, URLSAFE + "+/", 120)),
    "rubygems": ("RubyGems", lambda r: "rubygems_" + hexs(r, 48)),
    "clojars": ("Clojars", lambda r: "CLOJARS_" + hexs(r, 60)),
    "discord_hook": ("Discord", lambda r: "https://discord.com/api/webhooks/" + rs(r, DG, 19) + "/" + rs(r, URLSAFE, 68)),
    "slack_hook": ("Slack", lambda r: "https://hooks.slack.com/services/T" + rs(r, UP + DG, 10) + "/B" + rs(r, UP + DG, 10)
                   + "/" + rs(r, AN, 24)),
}

PREFIXED = sorted(TOKENS)


def token(r: random.Random, kind: str | None = None) -> tuple[str, str]:
    """(vendor label, token) for a random or given vendor shape."""
    kind = kind or r.choice(PREFIXED)
    label, make = TOKENS[kind]
    return label, make(r)  # type: ignore[operator]


def aws_secret(r: random.Random) -> str:
    return rs(r, AN + "+/", 40)


def aws_session(r: random.Random) -> str:
    return "IQoJb3JpZ2luX2Vj" + rs(r, AN + "+/", 300)


def azure_storage(r: random.Random, account: str) -> str:
    key = base64.b64encode(r.randbytes(64)).decode()
    return f"DefaultEndpointsProtocol=https;AccountName={account};AccountKey={key};EndpointSuffix=core.windows.net"


def datadog_api(r: random.Random) -> str:
    return hexs(r, 32)


def pem_private(r: random.Random, kind: str = "OPENSSH") -> str:
    if kind == "OPENSSH":
        body = "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW" + rs(r, B64, 210)
    else:
        body = "MIIEv" + r.choice(["QIBADANBgkqhkiG9w0BAQEFAASC", "gIBADANBgkqhkiG9w0BAQEFAASC"]) + rs(r, B64, 260)
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    label = "OPENSSH PRIVATE KEY" if kind == "OPENSSH" else ("RSA PRIVATE KEY" if kind == "RSA" else "PRIVATE KEY")
    return f"-----BEGIN {label}-----\n" + "\n".join(lines) + f"\n-----END {label}-----"


# --- passwords ------------------------------------------------------------------------------------

_PW_WORDS = ["harbour", "Quartz", "lantern", "Falcon", "meadow", "Copper", "violet", "Thimble", "orbit", "Juniper",
             "cobalt", "Saffron", "tundra", "Marble", "pickle", "Zephyr", "walnut", "Ember", "glacier", "Nimbus"]


def password(r: random.Random) -> str:
    k = r.randrange(4)
    if k == 0:
        return rs(r, AN, r.randrange(18, 29))
    if k == 1:
        return rs(r, AN + "!#%^*-_+=", r.randrange(16, 25))
    if k == 2:
        w = r.sample(_PW_WORDS, 2)
        return f"{w[0]}{r.choice('-_.!#')}{w[1]}{r.randrange(10, 99)}{r.choice('!?#$%')}{rs(r, AN, 3)}"
    return rs(r, LO + DG, 6) + "-" + rs(r, LO + DG, 6) + "-" + rs(r, LO + DG, 6)


def cookie_value(r: random.Random) -> str:
    k = r.randrange(3)
    if k == 0:
        return "s%3A" + rs(r, URLSAFE, 32) + "." + rs(r, AN + "%", 43)
    if k == 1:
        return rs(r, AN + "%", 120)
    return hexs(r, 64)


# --- word pools -----------------------------------------------------------------------------------

SERVICES = ["billing-api", "ledger", "checkout", "notifier", "search-indexer", "auth-gateway", "media-resizer",
            "invoice-worker", "geo-lookup", "feature-flags", "export-svc", "webhooks-relay", "quota-keeper",
            "catalog", "payments-bridge", "reporting", "sync-daemon", "inbox", "scheduler", "thumbnailer"]
HOSTS = ["db-primary-2.int.acme.io", "pg-staging.internal", "10.20.4.17", "mysql-ro.eu-west-1.rds.amazonaws.com",
         "redis-cache-01.prod.lan", "rabbit.svc.cluster.local", "mongo-shard-3.dc2.example.net",
         "warehouse.db.corp.example", "127.0.0.1", "orders-db.c9x2kq.eu-central-1.rds.amazonaws.com"]
DBS = ["orders", "billing", "analytics", "app_prod", "inventory", "users", "events", "ledger_v2"]
USERS = ["app", "svc_billing", "deploy", "admin", "readonly", "migrator", "etl", "root", "postgres", "grafana"]
PEOPLE = ["Priya", "Tomás", "Mei", "Jonas", "Aisha", "Luca", "Sven", "Noor", "Kenji", "Olga", "Dario", "Fatima",
          "Ben", "Ines", "Raj", "Hana", "Marek", "Chloé"]
HANDLES = ["@priya.k", "@tomas-r", "@mei", "@jonas.w", "@aisha", "@luca_b", "@sven", "@noor.h", "@kenji", "@olga-p"]
FILES = ["src/billing/retry.py", "pkg/lock/flock.go", "app/models/invoice.rb", "lib/queue.ts", "internal/cache/lru.go",
         "src/export/csv_writer.py", "services/auth/session.ts", "crates/store/src/log.rs", "api/handlers/upload.go",
         "web/src/hooks/usePoll.ts", "migrations/0042_add_tenant_id.sql", "scripts/rollout.sh"]
FUNCS = ["acquire_lock", "parse_invoice", "retry_with_backoff", "flush_batch", "resolveTenant", "renderCsvRow",
         "refresh_session", "compact_segments", "handleUpload", "reconcile_ledger", "debounce", "normalize_locale"]
TESTS = ["test_lock_timeout", "test_export_utf8_bom", "TestRetryJitter", "test_concurrent_refund",
         "it('polls until ready')", "test_tenant_isolation", "TestCompactorRace", "test_session_expiry_boundary",
         "spec/invoice_pdf_spec.rb:88", "test_webhook_signature_clock_skew"]
REPOS = ["acme/widget", "acme/billing", "northwind/ledger", "orbit-labs/infra", "kestrel/web", "acme/platform",
         "lumen/api", "tidal/data-pipelines"]
BRANCHES = ["fix/lock-timeout", "feat/tenant-id", "chore/bump-deps", "release/2.14", "hotfix/refund-race",
            "infra/eks-1-30", "migrate/ledger-v2", "exp/lr-sweep"]
MODELS = ["gpt-4.1", "gpt-4o-mini", "claude-sonnet-4-5", "claude-opus-4-1", "gemini-2.5-pro", "llama3.1:8b",
          "qwen2.5-coder:14b", "mistral-large", "o3-mini", "deepseek-coder-v2"]
REGIONS = ["eu-west-1", "us-east-1", "ap-southeast-2", "eu-central-1", "us-west-2"]
PKGS = [("requests", "2.31.0", "2.32.3"), ("django", "4.2.16", "5.1.2"), ("react", "18.2.0", "19.0.0"),
        ("lodash", "4.17.20", "4.17.21"), ("pydantic", "1.10.17", "2.9.2"), ("tokio", "1.38.0", "1.41.1"),
        ("spring-boot", "3.2.5", "3.3.4"), ("axios", "1.6.8", "1.7.7"), ("sqlalchemy", "1.4.52", "2.0.36"),
        ("eslint", "8.57.0", "9.13.0"), ("numpy", "1.26.4", "2.1.2"), ("openssl", "3.0.13", "3.0.15")]
TICKETS = ["SUP-4471", "SUP-4502", "CS-1188", "ESC-302", "INC-2291", "INC-2307", "OPS-915", "SEC-77", "PLAT-1402"]
CUSTOMERS = ["Globex", "Initech", "Umbrella Health", "Stark Logistics", "Wayne Retail", "Hooli EU", "Vandelay Imports"]


def version(r: random.Random) -> str:
    return f"{r.randrange(1, 6)}.{r.randrange(0, 30)}.{r.randrange(0, 12)}"


def ts(r: random.Random) -> str:
    return f"2026-{r.randrange(1, 12):02d}-{r.randrange(1, 28):02d}T{r.randrange(24):02d}:{r.randrange(60):02d}:" \
           f"{r.randrange(60):02d}Z"


def hhmm(r: random.Random) -> str:
    return f"{r.randrange(24):02d}:{r.randrange(60):02d}"
