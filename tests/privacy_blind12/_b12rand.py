"""Random helpers, word pools and synthetic credential shapes for blind12.

Every credential here is random characters in a vendor's public shape, written from the author's
own knowledge of those shapes; none is real and none was copied from a rule file.
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
PWCH = AN + "!#%^*-_.~+@"


def rs(r: random.Random, alphabet: str, n: int) -> str:
    """n random characters of alphabet."""
    return "".join(r.choice(alphabet) for _ in range(n))


def pick(r: random.Random, seq: list[str] | tuple[str, ...]) -> str:
    return seq[r.randrange(len(seq))]


def password(r: random.Random) -> str:
    """A random password: mixed classes so no reader could take it for a word or an id."""
    while True:
        p = rs(r, PWCH, r.randint(12, 22))
        if any(c in DG for c in p) and any(c in LO for c in p) and any(c in UP for c in p):
            return p


def human_password(r: random.Random) -> str:
    """A password a person would choose, still random enough to be a real credential."""
    w = pick(r, ["Tiger", "Harbor", "Maple", "Falcon", "Cobalt", "Juniper", "Orbit", "Saffron", "Quartz",
                 "Willow", "Nimbus", "Copper", "Lantern", "Pebble", "Ember", "Fjord"])
    return w + rs(r, LO, 3) + str(r.randint(10, 9999)) + pick(r, ["!", "#", "$", "%", "*", "?", "&"]) + rs(r, UP, 2)


def b64_text(raw: str) -> str:
    return base64.b64encode(raw.encode()).decode()


# (vendor, key name people use, generator). Shapes only; values are random.
def _tok_table() -> list[tuple[str, str, object]]:
    t: list[tuple[str, str, object]] = [
        ("github", "GITHUB_TOKEN", lambda r: "ghp_" + rs(r, AN, 36)),
        ("github", "GH_TOKEN", lambda r: "github_pat_11" + rs(r, UP + DG, 20) + "_" + rs(r, AN, 59)),
        ("github app", "GH_APP_TOKEN", lambda r: "ghs_" + rs(r, AN, 36)),
        ("gitlab", "GITLAB_TOKEN", lambda r: "glpat-" + rs(r, URLSAFE, 20)),
        ("gitlab runner", "RUNNER_TOKEN", lambda r: "glrt-" + rs(r, URLSAFE, 20)),
        ("aws", "AWS_SECRET_ACCESS_KEY", lambda r: rs(r, AN + "/+", 40)),
        ("slack bot", "SLACK_BOT_TOKEN",
         lambda r: f"xoxb-{rs(r, DG, 12)}-{rs(r, DG, 13)}-{rs(r, AN, 24)}"),
        ("slack user", "SLACK_TOKEN", lambda r: f"xoxp-{rs(r, DG, 12)}-{rs(r, DG, 12)}-{rs(r, DG, 13)}-{rs(r, HEX, 32)}"),
        ("stripe", "STRIPE_SECRET_KEY", lambda r: "sk_live_" + rs(r, AN, r.choice([24, 34, 99]))),
        ("stripe restricted", "STRIPE_RK", lambda r: "rk_live_" + rs(r, AN, 24)),
        ("stripe webhook", "STRIPE_WEBHOOK_SECRET", lambda r: "whsec_" + rs(r, AN, 32)),
        ("openai", "OPENAI_API_KEY", lambda r: "sk-proj-" + rs(r, URLSAFE, 74) + "T3BlbkFJ" + rs(r, URLSAFE, 74)),
        ("openai", "OPENAI_KEY", lambda r: "sk-" + rs(r, AN, 20) + "T3BlbkFJ" + rs(r, AN, 20)),
        ("anthropic", "ANTHROPIC_API_KEY", lambda r: "sk-ant-api03-" + rs(r, URLSAFE, 93) + "AA"),
        ("google", "GOOGLE_API_KEY", lambda r: "AIza" + rs(r, URLSAFE, 35)),
        ("npm", "NPM_TOKEN", lambda r: "npm_" + rs(r, AN, 36)),
        ("pypi", "PYPI_TOKEN", lambda r: "pypi-AgEIcHlwaS5vcmcCJ" + rs(r, URLSAFE, 60)),
        ("sendgrid", "SENDGRID_API_KEY", lambda r: "SG." + rs(r, URLSAFE, 22) + "." + rs(r, URLSAFE, 43)),
        ("twilio", "TWILIO_API_KEY", lambda r: "SK" + rs(r, HEX, 32)),
        ("mailgun", "MAILGUN_API_KEY", lambda r: "key-" + rs(r, HEX, 32)),
        ("mailchimp", "MAILCHIMP_KEY", lambda r: rs(r, HEX, 32) + "-us" + str(r.randint(2, 21))),
        ("shopify", "SHOPIFY_ACCESS_TOKEN", lambda r: "shpat_" + rs(r, HEX, 32)),
        ("atlassian", "JIRA_API_TOKEN", lambda r: "ATATT3xFfGF0" + rs(r, URLSAFE, 170) + "=" + rs(r, HEX.upper(), 8)),
        ("huggingface", "HF_TOKEN", lambda r: "hf_" + rs(r, AN, 34)),
        ("replicate", "REPLICATE_API_TOKEN", lambda r: "r8_" + rs(r, AN, 37)),
        ("groq", "GROQ_API_KEY", lambda r: "gsk_" + rs(r, AN, 52)),
        ("databricks", "DATABRICKS_TOKEN", lambda r: "dapi" + rs(r, HEX, 32)),
        ("digitalocean", "DIGITALOCEAN_TOKEN", lambda r: "dop_v1_" + rs(r, HEX, 64)),
        ("doppler", "DOPPLER_TOKEN", lambda r: "dp.st.prd." + rs(r, AN, 40)),
        ("linear", "LINEAR_API_KEY", lambda r: "lin_api_" + rs(r, AN, 40)),
        ("notion", "NOTION_TOKEN", lambda r: "ntn_" + rs(r, AN, 46)),
        ("postman", "POSTMAN_API_KEY", lambda r: "PMAK-" + rs(r, HEX, 24) + "-" + rs(r, HEX, 34)),
        ("sentry", "SENTRY_AUTH_TOKEN", lambda r: "sntryu_" + rs(r, HEX, 64)),
        ("grafana", "GRAFANA_SA_TOKEN", lambda r: "glsa_" + rs(r, AN, 32) + "_" + rs(r, HEX, 8)),
        ("new relic", "NEW_RELIC_API_KEY", lambda r: "NRAK-" + rs(r, UP + DG, 27)),
        ("datadog", "DD_API_KEY", lambda r: rs(r, HEX, 32)),
        ("datadog app", "DD_APP_KEY", lambda r: rs(r, HEX, 40)),
        ("vault", "VAULT_TOKEN", lambda r: "hvs." + rs(r, URLSAFE, 90)),
        ("terraform cloud", "TFE_TOKEN", lambda r: rs(r, AN, 14) + ".atlasv1." + rs(r, AN, 67)),
        ("pulumi", "PULUMI_ACCESS_TOKEN", lambda r: "pul-" + rs(r, HEX, 40)),
        ("docker hub", "DOCKERHUB_TOKEN", lambda r: "dckr_pat_" + rs(r, URLSAFE, 27)),
        ("bitbucket", "BITBUCKET_APP_PASSWORD", lambda r: "ATBB" + rs(r, AN, 32)),
        ("buildkite", "BUILDKITE_API_TOKEN", lambda r: "bkua_" + rs(r, HEX, 40)),
        ("circleci", "CIRCLE_TOKEN", lambda r: "CCIPAT_" + rs(r, AN, 22) + "_" + rs(r, HEX, 40)),
        ("netlify", "NETLIFY_AUTH_TOKEN", lambda r: "nfp_" + rs(r, AN, 36)),
        ("supabase", "SUPABASE_ACCESS_TOKEN", lambda r: "sbp_" + rs(r, HEX, 40)),
        ("planetscale", "PLANETSCALE_PASSWORD", lambda r: "pscale_pw_" + rs(r, URLSAFE, 43)),
        ("square", "SQUARE_ACCESS_TOKEN", lambda r: "EAAA" + rs(r, URLSAFE, 60)),
        ("figma", "FIGMA_TOKEN", lambda r: "figd_" + rs(r, URLSAFE, 40)),
        ("airtable", "AIRTABLE_PAT", lambda r: "pat" + rs(r, AN, 14) + "." + rs(r, HEX, 64)),
        ("age", "SOPS_AGE_KEY", lambda r: "AGE-SECRET-KEY-1" + rs(r, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L", 58)),
        ("dynatrace", "DT_API_TOKEN", lambda r: "dt0c01." + rs(r, UP + DG, 24) + "." + rs(r, UP + DG, 64)),
        ("tailscale", "TS_AUTHKEY", lambda r: "tskey-auth-k" + rs(r, AN, 16) + "-" + rs(r, AN, 33)),
        ("sourcegraph", "SRC_ACCESS_TOKEN", lambda r: "sgp_" + rs(r, HEX, 16) + "_" + rs(r, HEX, 40)),
        ("langsmith", "LANGSMITH_API_KEY", lambda r: "lsv2_pt_" + rs(r, HEX, 32) + "_" + rs(r, HEX, 10)),
        ("perplexity", "PERPLEXITY_API_KEY", lambda r: "pplx-" + rs(r, AN, 48)),
        ("xai", "XAI_API_KEY", lambda r: "xai-" + rs(r, AN, 80)),
        ("openrouter", "OPENROUTER_API_KEY", lambda r: "sk-or-v1-" + rs(r, HEX, 64)),
        ("fireworks", "FIREWORKS_API_KEY", lambda r: "fw_" + rs(r, AN, 24)),
        ("elevenlabs", "ELEVENLABS_API_KEY", lambda r: "sk_" + rs(r, HEX, 48)),
        ("pinecone", "PINECONE_API_KEY", lambda r: "pcsk_" + rs(r, AN, 5) + "_" + rs(r, AN, 60)),
        ("resend", "RESEND_API_KEY", lambda r: "re_" + rs(r, AN, 8) + "_" + rs(r, AN, 24)),
        ("cloudflare", "CLOUDFLARE_API_TOKEN", lambda r: rs(r, URLSAFE, 40)),
        ("okta", "OKTA_API_TOKEN", lambda r: "00" + rs(r, URLSAFE, 40)),
        ("telegram", "TELEGRAM_BOT_TOKEN", lambda r: rs(r, DG, 10) + ":AA" + rs(r, URLSAFE, 33)),
        ("discord", "DISCORD_BOT_TOKEN",
         lambda r: "MT" + rs(r, AN, 24) + "." + rs(r, URLSAFE, 6) + "." + rs(r, URLSAFE, 38)),
        ("azure openai", "AZURE_OPENAI_API_KEY", lambda r: rs(r, HEX, 32)),
        ("mistral", "MISTRAL_API_KEY", lambda r: rs(r, AN, 32)),
        ("cohere", "COHERE_API_KEY", lambda r: rs(r, AN, 40)),
        ("heroku", "HEROKU_API_KEY", lambda r: "HRKU-AA" + rs(r, URLSAFE, 58)),
        ("fly", "FLY_API_TOKEN", lambda r: "FlyV1 fm2_" + rs(r, URLSAFE, 120)),
        ("shippo", "SHIPPO_API_TOKEN", lambda r: "shippo_live_" + rs(r, HEX, 40)),
        ("adafruit", "AIO_KEY", lambda r: "aio_" + rs(r, AN, 28)),
    ]
    return t


TOKENS = _tok_table()
VENDOR_NAMES = sorted({v for v, _, _ in TOKENS})


def token(r: random.Random) -> tuple[str, str, str]:
    """(vendor, env name, value) of a random vendor."""
    v, name, gen = TOKENS[r.randrange(len(TOKENS))]
    return v, name, gen(r)  # type: ignore[operator]


def aws_pair(r: random.Random) -> tuple[str, str]:
    return "AKIA" + rs(r, UP + DG, 16), rs(r, AN + "/+", 40)


def jwt(r: random.Random) -> str:
    head = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9"
    body = base64.urlsafe_b64encode(
        ('{"sub":"%s","role":"service","iat":%d}' % (rs(r, HEX, 12), r.randint(1700000000, 1790000000))).encode()
    ).decode().rstrip("=")
    return f"{head}.{body}.{rs(r, URLSAFE, 43)}"


def conn_string(r: random.Random) -> str:
    user = pick(r, ["app", "svc_orders", "admin", "report_ro", "etl", "billing", "root", "deploy"])
    pw = password(r).replace("@", "A").replace("/", "b").replace("#", "c").replace("%", "d").replace("?", "e")
    host = pick(r, ["db.internal", "10.0.3.17", "pg-prod-1.acme.local", "mysql.stg.svc", "cluster0.x7kqz.mongodb.net",
                    "redis-12345.c1.us-east-1.cloud.example.net", "rabbit.prod", "orders-db.c9akciq32.rds.amazonaws.com"])
    scheme, port, tail = pick_tuple(r, [("postgresql", 5432, "/orders"), ("postgres", 5432, "/app?sslmode=require"),
                                        ("mysql", 3306, "/shop"), ("mongodb+srv", 0, "/prod?retryWrites=true"),
                                        ("redis", 6379, "/0"), ("rediss", 6380, ""), ("amqp", 5672, "/vhost"),
                                        ("mssql", 1433, ";database=crm")])
    hp = host if port == 0 else f"{host}:{port}"
    return f"{scheme}://{user}:{pw}@{hp}{tail}"


def pick_tuple(r: random.Random, seq: list[tuple[str, int, str]]) -> tuple[str, int, str]:
    return seq[r.randrange(len(seq))]


def private_key_block(r: random.Random) -> str:
    kind = pick(r, ["OPENSSH PRIVATE KEY", "RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY"])
    first = "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAB" if "OPENSSH" in kind else "MIIEv" + rs(r, B64, 59)
    lines = [first[:64]] + [rs(r, B64, 64) for _ in range(r.randint(3, 6))] + [rs(r, B64, r.randint(10, 60)) + "="]
    return f"-----BEGIN {kind}-----\n" + "\n".join(lines) + f"\n-----END {kind}-----"


# ----- pools of ordinary engineering words --------------------------------------------------------

REPOS = ["acme/widget", "acme/billing-api", "northwind/orders", "kite-labs/ingest", "ops/terraform-live",
         "lumen/web", "tern/cli", "bluefin/ml-pipeline", "corvid/auth-svc", "harbor/docs", "quill/editor",
         "pika/mobile-app", "onyx/search", "sable/infra", "wren/data-platform"]
BRANCHES = ["fix/lock-timeout", "feat/export-csv", "chore/bump-deps", "fix/flaky-retry", "refactor/store-io",
            "feat/oauth-device-flow", "fix/tz-parsing", "perf/cache-warmup", "docs/runbook-update", "ci/split-matrix",
            "fix/migration-0042", "feat/rate-limit-banner", "hotfix/null-deref", "feat/i18n-de", "spike/arrow-io"]
FILES = ["store.py", "handlers/auth.go", "src/api/orders.ts", "lib/retry.rb", "cmd/worker/main.go",
         "app/models/invoice.py", "web/src/components/Banner.tsx", "migrations/0042_add_index.sql",
         "charts/api/values.yaml", "infra/modules/vpc/main.tf", "tests/test_lock.py", "Makefile",
         "pkg/cache/lru.go", "src/parser.rs", "scripts/release.sh", ".github/workflows/ci.yml", "Dockerfile"]
TESTS_ = ["test_lock_timeout", "test_export_roundtrip", "TestRetryBackoff", "test_tz_dst_boundary",
          "OrdersApiSpec", "test_migration_0042", "TestCacheEvict", "test_cli_help", "it('renders banner')",
          "test_concurrent_writers", "TestParseHeader", "test_webhook_signature"]
SERVICES = ["orders-api", "billing-worker", "auth-svc", "ingest", "search-indexer", "notifier", "gateway",
            "scheduler", "web", "thumbnailer"]
PEOPLE = ["dana", "marek", "yuki", "priya", "tom", "lucia", "ade", "sven", "mei", "omar", "ines", "kofi",
          "@rbailey", "@h.nguyen", "jo", "felix"]
PROVIDERS = [("anthropic", "claude-sonnet-4-5"), ("anthropic", "claude-opus-4-1"), ("openai", "gpt-4.1"),
             ("openai", "o4-mini"), ("google", "gemini-2.5-pro"), ("mistral", "mistral-large-latest"),
             ("groq", "llama-3.3-70b-versatile"), ("openrouter", "deepseek/deepseek-chat"),
             ("ollama", "qwen2.5-coder:14b"), ("bedrock", "anthropic.claude-3-5-haiku"), ("azure", "gpt-4o-eastus2"),
             ("together", "meta-llama/Llama-3.3-70B-Instruct-Turbo")]


def sha(r: random.Random, n: int = 40) -> str:
    return rs(r, HEX, n)


def hhmm(r: random.Random) -> str:
    return f"{r.randint(0, 23):02d}:{r.choice([0, 5, 10, 15, 20, 30, 35, 40, 45, 50, 55]):02d}"


def iso(r: random.Random) -> str:
    return f"2026-{r.randint(9, 12):02d}-{r.randint(1, 28):02d}T{hhmm(r)}:{r.randint(0, 59):02d}Z"


def flatten(r: random.Random, text: str) -> str:
    """Agents squeeze multi-line text onto one line for single-line fields."""
    sep = pick(r, [" ", " / ", " \\n ", "\\n", " | ", " ⏎ ", "; "])
    return sep.join(x.strip() for x in text.splitlines() if x.strip())
