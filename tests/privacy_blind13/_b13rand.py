"""Random helpers, synthetic vendor token shapes, passwords and word pools for blind13.

Every credential is random characters in a vendor's public shape, never a real one."""

from __future__ import annotations

import random
import string

UP = string.ascii_uppercase
LO = string.ascii_lowercase
DG = string.digits
AN = UP + LO + DG
HEX = "0123456789abcdef"
B64 = AN + "+/"
URLSAFE = AN + "-_"


def rs(r: random.Random, n: int, alpha: str = AN) -> str:
    return "".join(r.choice(alpha) for _ in range(n))


def uuid(r: random.Random) -> str:
    h = rs(r, 32, HEX)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:]}"


def sha(r: random.Random, n: int = 40) -> str:
    return rs(r, n, HEX)


def pick(r: random.Random, xs: list[str] | tuple[str, ...]) -> str:
    return xs[r.randrange(len(xs))]


def _slack(r: random.Random, p: str) -> str:
    return f"{p}-{rs(r, 11, DG)}-{rs(r, 13, DG)}-{rs(r, 24, LO + DG)}"


# (vendor, env-var name, maker)
VENDORS: list[tuple[str, str, object]] = [
    ("github", "GITHUB_TOKEN", lambda r: "ghp_" + rs(r, 36)),
    ("github", "GH_TOKEN", lambda r: "github_pat_11" + rs(r, 20, UP + DG) + "_" + rs(r, 59)),
    ("github", "GH_OAUTH", lambda r: "gho_" + rs(r, 36)),
    ("gitlab", "GITLAB_TOKEN", lambda r: "glpat-" + rs(r, 20, URLSAFE)),
    ("anthropic", "ANTHROPIC_API_KEY", lambda r: "sk-ant-api03-" + rs(r, 93, URLSAFE) + "AA"),
    ("openai", "OPENAI_API_KEY", lambda r: "sk-proj-" + rs(r, 74, URLSAFE) + "T3BlbkFJ" + rs(r, 74, URLSAFE)),
    ("openai", "OPENAI_KEY", lambda r: "sk-" + rs(r, 20) + "T3BlbkFJ" + rs(r, 20)),
    ("stripe", "STRIPE_SECRET_KEY", lambda r: "sk_live_51" + rs(r, 97)),
    ("stripe", "STRIPE_RESTRICTED_KEY", lambda r: "rk_live_51" + rs(r, 97)),
    ("slack", "SLACK_BOT_TOKEN", lambda r: _slack(r, "xoxb")),
    ("slack", "SLACK_USER_TOKEN", lambda r: _slack(r, "xoxp")),
    ("sendgrid", "SENDGRID_API_KEY", lambda r: "SG." + rs(r, 22, URLSAFE) + "." + rs(r, 43, URLSAFE)),
    ("npm", "NPM_TOKEN", lambda r: "npm_" + rs(r, 36)),
    ("pypi", "PYPI_TOKEN", lambda r: "pypi-AgEIcHlwaS5vcmcCJD" + rs(r, 140, URLSAFE)),
    ("huggingface", "HF_TOKEN", lambda r: "hf_" + rs(r, 34, UP + LO)),
    ("google", "GOOGLE_API_KEY", lambda r: "AIza" + rs(r, 35, URLSAFE)),
    ("gemini", "GEMINI_API_KEY", lambda r: "AIzaSy" + rs(r, 33, URLSAFE)),
    ("digitalocean", "DIGITALOCEAN_TOKEN", lambda r: "dop_v1_" + rs(r, 64, HEX)),
    ("grafana", "GRAFANA_TOKEN", lambda r: "glsa_" + rs(r, 32) + "_" + rs(r, 8, HEX)),
    ("shopify", "SHOPIFY_ACCESS_TOKEN", lambda r: "shpat_" + rs(r, 32, HEX)),
    ("mailgun", "MAILGUN_API_KEY", lambda r: "key-" + rs(r, 32, HEX)),
    ("twilio", "TWILIO_API_SECRET", lambda r: "SK" + rs(r, 32, HEX)),
    ("linear", "LINEAR_API_KEY", lambda r: "lin_api_" + rs(r, 40)),
    ("figma", "FIGMA_TOKEN", lambda r: "figd_" + rs(r, 40, URLSAFE)),
    ("databricks", "DATABRICKS_TOKEN", lambda r: "dapi" + rs(r, 32, HEX)),
    ("planetscale", "PLANETSCALE_PASSWORD", lambda r: "pscale_pw_" + rs(r, 43, URLSAFE)),
    ("notion", "NOTION_TOKEN", lambda r: "ntn_" + rs(r, 11, DG) + rs(r, 35)),
    ("groq", "GROQ_API_KEY", lambda r: "gsk_" + rs(r, 52)),
    ("replicate", "REPLICATE_API_TOKEN", lambda r: "r8_" + rs(r, 37)),
    ("perplexity", "PERPLEXITY_API_KEY", lambda r: "pplx-" + rs(r, 48, HEX)),
    ("xai", "XAI_API_KEY", lambda r: "xai-" + rs(r, 80)),
    ("doppler", "DOPPLER_TOKEN", lambda r: "dp.st.prd." + rs(r, 43)),
    ("vercel", "VERCEL_TOKEN", lambda r: rs(r, 24)),
    ("atlassian", "JIRA_API_TOKEN", lambda r: "ATATT3xFfGF0" + rs(r, 170, URLSAFE) + "=" + rs(r, 8, HEX.upper())),
    ("postman", "POSTMAN_API_KEY", lambda r: "PMAK-" + rs(r, 24, HEX) + "-" + rs(r, 34, HEX)),
    ("pulumi", "PULUMI_ACCESS_TOKEN", lambda r: "pul-" + rs(r, 40, HEX)),
    ("terraform", "TFE_TOKEN", lambda r: rs(r, 14) + ".atlasv1." + rs(r, 67)),
    ("newrelic", "NEW_RELIC_API_KEY", lambda r: "NRAK-" + rs(r, 27, UP + DG)),
    ("sentry", "SENTRY_AUTH_TOKEN", lambda r: "sntrys_" + rs(r, 120, AN + "+/")),
    ("cloudflare", "CLOUDFLARE_API_TOKEN", lambda r: rs(r, 40, URLSAFE)),
    ("azure", "AZURE_OPENAI_API_KEY", lambda r: rs(r, 32, HEX)),
    ("dockerhub", "DOCKERHUB_TOKEN", lambda r: "dckr_pat_" + rs(r, 27, URLSAFE)),
    ("mistral", "MISTRAL_API_KEY", lambda r: rs(r, 32)),
    ("openrouter", "OPENROUTER_API_KEY", lambda r: "sk-or-v1-" + rs(r, 64, HEX)),
    ("fireworks", "FIREWORKS_API_KEY", lambda r: "fw_" + rs(r, 24)),
    ("langsmith", "LANGSMITH_API_KEY", lambda r: "lsv2_pt_" + rs(r, 32, HEX) + "_" + rs(r, 10, HEX)),
]
# Vendors whose token has no readable prefix: only used where a name sits beside the value.
BARE = {"vercel", "cloudflare", "azure", "mistral"}


def token(r: random.Random, prefixed_only: bool = False) -> tuple[str, str, str]:
    """(vendor, env name, value)."""
    while True:
        v, name, mk = VENDORS[r.randrange(len(VENDORS))]
        if prefixed_only and v in BARE:
            continue
        return v, name, mk(r)  # type: ignore[operator]


def aws_pair(r: random.Random) -> tuple[str, str]:
    return "AKIA" + rs(r, 16, UP + "234567"), rs(r, 40, AN + "/+")


def password(r: random.Random) -> str:
    kind = r.randrange(4)
    if kind == 0:
        return rs(r, r.randint(16, 28), AN + "!#%^*-_")
    if kind == 1:
        w = pick(r, ["Harbor", "Quokka", "Tundra", "Marmot", "Zephyr", "Cobalt", "Falcon", "Juniper"])
        return f"{w}{rs(r, 3, DG)}{pick(r, ['!', '#', '$', '%', '&'])}{rs(r, 5)}"
    if kind == 2:
        return "-".join(rs(r, 6, LO) for _ in range(4)) + rs(r, 2, DG)
    return rs(r, 20, AN) + rs(r, 2, "!@#")


def jwt(r: random.Random) -> str:
    return "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." + "eyJ" + rs(r, 60, URLSAFE) + "." + rs(r, 43, URLSAFE)


FILES = ["src/api/retry.py", "lib/cache.ts", "cmd/server/main.go", "app/models/user.rb", "src/lock.rs",
         "pkg/queue/worker.go", "web/src/Login.tsx", "handoff/store.py", "scripts/release.sh", "src/db/pool.py",
         "internal/auth/session.go", "tests/test_flock.py", "migrations/0042_add_index.sql", "docs/setup.md"]
BRANCHES = ["fix/lock-timeout", "feat/export-csv", "main", "chore/bump-deps", "release/2.4", "fix/flaky-ci",
            "refactor/pool", "feat/sso"]
REPOS = ["acme/widget", "acme/billing", "northwind/api", "contoso/infra", "initech/tps", "globex/portal"]
TESTS_ = ["test_retry_backoff", "test_lock_released", "test_export_empty", "test_login_redirect",
          "test_pool_exhaustion", "test_migration_idempotent"]
HOSTS = ["db-stg-2.internal", "pg.prod.acme.io", "10.0.4.17", "mysql-eu.contoso.net", "redis-1.svc.cluster.local"]
USERS = ["deploy", "admin", "svc_ci", "app_rw", "postgres", "root", "ops"]
PEOPLE = ["Priya", "Jonas", "Mei", "Tomás", "Aisha", "Lukas", "Yuki", "Olu", "Sanna", "Diego"]
MODELS = ["claude-sonnet-4-5", "claude-opus-4-1", "gpt-5", "gpt-4.1-mini", "gemini-2.5-pro", "o4-mini",
          "qwen2.5-coder:14b", "llama3.1:8b", "mistral-large-latest"]


def ts(r: random.Random) -> str:
    return f"2026-{r.randint(1, 11):02d}-{r.randint(1, 28):02d}T{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}Z"


def hm(r: random.Random) -> str:
    return f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}"
