"""blind17: random fillers and synthetic credentials (random characters in each format's shape).

Vendor prefixes are written as two adjacent string literals so that scanners of this repository
do not flag the generator itself. No value here is a real credential.
"""
from __future__ import annotations

import base64
import random
import string

AN = string.ascii_letters + string.digits
UP = string.ascii_uppercase + string.digits
LO = string.ascii_lowercase + string.digits
HEX = "0123456789abcdef"
B64 = string.ascii_letters + string.digits + "+/"
URLSAFE = string.ascii_letters + string.digits + "-_"


def rs(r: random.Random, n: int, alpha: str = AN) -> str:
    return "".join(r.choice(alpha) for _ in range(n))


def hx(r: random.Random, n: int) -> str:
    return rs(r, n, HEX)


def pick(r: random.Random, xs):
    return xs[r.randrange(len(xs))]


def uuid(r: random.Random) -> str:
    h = hx(r, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{pick(r, '89ab')}{h[17:20]}-{h[20:]}"


def b64(r: random.Random, n: int) -> str:
    s = rs(r, n, B64)
    pad = (-n) % 4
    return s + "=" * pad


def ts(r: random.Random) -> str:
    return (f"2026-{r.randint(1, 11):02d}-{r.randint(1, 28):02d}T{r.randint(0, 23):02d}:"
            f"{r.randint(0, 59):02d}:{r.randint(0, 59):02d}.{r.randint(0, 999):03d}Z")


def ts_seq(r: random.Random, n: int) -> list[str]:
    """n increasing timestamps a few seconds apart."""
    mo, d, h, mi, sec = r.randint(1, 11), r.randint(1, 28), r.randint(0, 22), r.randint(0, 59), r.randint(0, 30)
    out = []
    t = h * 3600 + mi * 60 + sec
    for _ in range(n):
        out.append(f"2026-{mo:02d}-{d:02d}T{t // 3600:02d}:{t % 3600 // 60:02d}:{t % 60:02d}.{r.randint(0, 999):03d}Z")
        t += r.randint(0, 3)
    return out


def hms(r: random.Random) -> str:
    return f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}"


def sha(r: random.Random) -> str:
    return hx(r, 40)


def short_sha(r: random.Random) -> str:
    return hx(r, 7)


def port(r: random.Random) -> int:
    return pick(r, [5432, 3306, 6379, 27017, 8080, 8443, 9200, 5672, 11211, 9092])


FIRST = ["alice", "bob", "carol", "dmitri", "eun-ji", "farid", "giulia", "hiro", "ines", "jonas", "kemal", "lea",
         "mateus", "nadia", "olu", "priya", "quentin", "rosa", "sven", "tuan", "ula", "viktor", "wen", "ximena",
         "yusuf", "zofia", "anh", "bea", "chen", "dara"]
REPO = ["billing-api", "ingest-worker", "web-console", "auth-gateway", "search-indexer", "mobile-bff", "notify-svc",
        "ledger", "catalog", "etl-nightly", "docs-site", "infra-live", "payments-core", "chat-assist", "rag-service",
        "orders", "media-transcode", "feature-flags", "geo-lookup", "crm-sync"]
HOSTS = ["db-prod-01.internal", "pg.eu-west-1.rds.amazonaws.com", "10.0.4.17", "mysql.staging.svc.cluster.local",
         "redis-primary.cache", "mongo-0.mongo.default.svc", "localhost", "postgres", "db.acme-corp.net",
         "orders-db.c9xk2lqz.us-east-1.rds.amazonaws.com", "analytics.cluster-ro.internal", "192.168.10.5"]
DBNAMES = ["app", "orders", "billing_prod", "analytics", "users", "ledger", "catalog", "events", "crm", "wp"]
USERS = ["app", "admin", "postgres", "root", "svc_billing", "deploy", "readonly", "etl", "wordpress", "ci-bot",
         "jenkins", "api_user", "django", "rails", "grafana"]
BRANCHES = ["main", "develop", "feat/retry-backoff", "fix/null-cursor", "chore/bump-deps", "release/2.14",
            "feat/rag-rerank", "hotfix/login-loop", "refactor/store-layer", "ci/cache-pip"]
PY_FILES = ["app/settings.py", "src/billing/client.py", "services/ingest/config.py", "scripts/backfill.py",
            "api/deps.py", "worker/tasks.py", "tools/sync_crm.py", "lib/storage.py", "conftest.py", "manage.py"]
REGIONS = ["us-east-1", "eu-west-1", "ap-northeast-1", "eu-central-1", "us-west-2", "ap-southeast-2"]
BUCKETS = ["acme-exports", "media-uploads-prod", "reports-eu", "ml-artifacts", "backups-nightly", "invoices-2026"]


# ---------------------------------------------------------------- passwords
HUMAN_PW_WORDS = ["Summer", "Winter", "Dragon", "Monkey", "Welcome", "Passw0rd", "Sunshine", "Barcelona", "Tigre",
                  "Qwerty", "Kaffee", "Sakura", "Maracuja", "Gdansk", "Istanbul", "Hanoi", "Lisboa", "Ottawa"]


def human_pw(r: random.Random) -> str:
    w = pick(r, HUMAN_PW_WORDS)
    return w + str(r.randint(1, 2026)) + pick(r, ["!", "#", "$", "@", "", "!!", "*"])


def gen_pw(r: random.Random) -> str:
    alpha = AN + "!#%&*+-=?@^_~"
    while True:
        s = rs(r, r.randint(14, 28), alpha)
        if any(c.isdigit() for c in s) and any(c.isupper() for c in s) and any(c.islower() for c in s):
            return s


def passphrase(r: random.Random) -> str:
    words = ["correct", "horse", "battery", "staple", "violet", "harbor", "quantum", "pickle", "orbit", "maple",
             "granite", "velvet", "sprocket", "lantern", "tundra", "cobalt"]
    return "-".join(pick(r, words) for _ in range(4)) + str(r.randint(10, 99))


def password(r: random.Random) -> str:
    return pick(r, [human_pw, gen_pw, gen_pw, passphrase])(r)


def url_pw(r: random.Random) -> str:
    # passwords that appear inside URLs: no characters that need escaping
    return pick(r, [lambda: rs(r, r.randint(12, 24)), lambda: human_pw(r).rstrip("!#$@*") + str(r.randint(1, 9)),
                    lambda: rs(r, 8, LO) + rs(r, 8, UP)])()


# ---------------------------------------------------------------- tokens by vendor
def aws_akid(r): return "AK" "IA" + rs(r, 16, string.ascii_uppercase + "234567")
def aws_secret(r): return rs(r, 40, AN + "+/")
def gh_pat(r): return "gh" "p_" + rs(r, 36)
def gh_fine(r): return "github" "_pat_" + rs(r, 22, UP) + "_" + rs(r, 59)
def gh_app(r): return "gh" "s_" + rs(r, 36)
def gl_pat(r): return "gl" "pat-" + rs(r, 20, URLSAFE)
def slack_bot(r): return "xo" "xb-" + str(r.randint(10 ** 10, 10 ** 11)) + "-" + str(r.randint(10 ** 12, 10 ** 13)) + "-" + rs(r, 24)
def slack_user(r): return "xo" "xp-" + str(r.randint(10 ** 10, 10 ** 11)) + "-" + str(r.randint(10 ** 10, 10 ** 11)) + "-" + str(r.randint(10 ** 12, 10 ** 13)) + "-" + hx(r, 32)
def stripe_live(r): return "sk" "_live_" + rs(r, r.choice([24, 99]))
def stripe_rk(r): return "rk" "_live_" + rs(r, 24)
def openai_key(r): return "sk" "-proj-" + rs(r, 48, URLSAFE) + "T3Blbk" "FJ" + rs(r, 48, URLSAFE)
def anthropic_key(r): return "sk" "-ant-api03-" + rs(r, 93, URLSAFE) + "AA"
def google_api(r): return "AI" "za" + rs(r, 35, URLSAFE)
def twilio_sid(r): return "AC" + hx(r, 32)
def twilio_tok(r): return hx(r, 32)
def sendgrid(r): return "SG" "." + rs(r, 22, URLSAFE) + "." + rs(r, 43, URLSAFE)
def npm_tok(r): return "np" "m_" + rs(r, 36)
def pypi_tok(r): return "py" "pi-" + "AgEIcHlwaS5vcmc" + rs(r, 160, URLSAFE)
def hf_tok(r): return "h" "f_" + rs(r, 34, string.ascii_letters)
def shopify(r): return "shp" "at_" + hx(r, 32)
def mailgun(r): return "ke" "y-" + hx(r, 32)
def do_tok(r): return "dop" "_v1_" + hx(r, 64)
def telegram(r): return str(r.randint(10 ** 9, 10 ** 10)) + ":" + "AA" + rs(r, 33, URLSAFE)
def linear(r): return "lin" "_api_" + rs(r, 40)
def vault_tok(r): return "hv" "s." + rs(r, 24)
def datadog(r): return hx(r, 32)
def cf_token(r): return rs(r, 40, URLSAFE)
def heroku(r): return uuid(r)
def newrelic(r): return "NR" "AK-" + rs(r, 27, UP)
def atlassian(r): return "ATAT" "T3xFfGF0" + rs(r, 180, URLSAFE) + "=" + hx(r, 8).upper()
def azure_key(r): return b64(r, 86)
def gcp_oauth(r): return "ya" "29." + rs(r, 120, URLSAFE)
def discord_bot(r): return rs(r, 24, AN) + "." + rs(r, 6, URLSAFE) + "." + rs(r, 38, URLSAFE)
def mapbox(r): return "p" "k.eyJ1Ijoi" + rs(r, 40) + "." + rs(r, 22, URLSAFE)
def pat_generic(r): return rs(r, 40, AN)
def doppler(r): return "dp" ".st.prd." + rs(r, 43)
def postman(r): return "PMAK" "-" + hx(r, 24) + "-" + hx(r, 34)
def databricks(r): return "dap" "i" + hx(r, 32)
def replicate(r): return "r" "8_" + rs(r, 37)
def groq(r): return "gs" "k_" + rs(r, 52)
def mistral(r): return rs(r, 32)
def circleci(r): return "CCIPAT_" + rs(r, 22) + "_" + hx(r, 40)


def jwt(r: random.Random) -> str:
    hdr = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').decode().rstrip("=")
    sub = r.randint(1000, 99999)
    body = ('{"sub":"%d","name":"%s","role":"%s","iat":%d,"exp":%d}'
            % (sub, pick(r, FIRST), pick(r, ["admin", "service", "user"]), 1780000000 + sub, 1790000000 + sub))
    b = base64.urlsafe_b64encode(body.encode()).decode().rstrip("=")
    return f"{hdr}.{b}.{rs(r, 43, URLSAFE)}"


def pem_key(r: random.Random, kind: str = "") -> str:
    kind = kind or pick(r, ["RSA PRIVATE KEY", "PRIVATE KEY", "OPENSSH PRIVATE KEY", "EC PRIVATE KEY"])
    lines = [rs(r, 64, B64) for _ in range(r.randint(4, 7))] + [rs(r, r.randint(20, 60), B64) + "=="]
    return f"-----BEGIN {kind}-----\n" + "\n".join(lines) + f"\n-----END {kind}-----"


def pem_inline(r: random.Random) -> str:
    return pem_key(r, "PRIVATE KEY").replace("\n", "\\n")


# ---------------------------------------------------------------- bookkeeping: every usable value drawn is recorded, so
# that generate.py can check that a secret text contains one and a benign text contains none
RECORD: list[str] = []


def rec(v: str) -> str:
    RECORD.append(v)
    return v


def _recorded(fn):
    def g(*a, **k):
        return rec(fn(*a, **k))
    g.__name__ = fn.__name__
    return g


for _name in ["human_pw", "gen_pw", "passphrase", "password", "url_pw", "aws_akid", "aws_secret", "gh_pat", "gh_fine", "gh_app",
              "gl_pat", "slack_bot", "slack_user", "stripe_live", "stripe_rk", "openai_key", "anthropic_key", "google_api",
              "twilio_sid", "twilio_tok", "sendgrid", "npm_tok", "pypi_tok", "hf_tok", "shopify", "mailgun", "do_tok", "telegram",
              "linear", "vault_tok", "datadog", "cf_token", "heroku", "newrelic", "atlassian", "azure_key", "gcp_oauth",
              "discord_bot", "mapbox", "pat_generic", "doppler", "postman", "databricks", "replicate", "groq", "mistral",
              "circleci", "jwt", "pem_key", "pem_inline"]:
    globals()[_name] = _recorded(globals()[_name])


# (env var name, generator) pairs: the usual variable a value of that shape is stored in
TOKENS = [
    ("GITHUB_TOKEN", gh_pat), ("GH_TOKEN", gh_fine), ("GITHUB_APP_TOKEN", gh_app), ("GITLAB_TOKEN", gl_pat),
    ("SLACK_BOT_TOKEN", slack_bot), ("SLACK_USER_TOKEN", slack_user), ("STRIPE_SECRET_KEY", stripe_live),
    ("STRIPE_RESTRICTED_KEY", stripe_rk), ("OPENAI_API_KEY", openai_key), ("ANTHROPIC_API_KEY", anthropic_key),
    ("GOOGLE_API_KEY", google_api), ("TWILIO_AUTH_TOKEN", twilio_tok), ("SENDGRID_API_KEY", sendgrid),
    ("NPM_TOKEN", npm_tok), ("PYPI_TOKEN", pypi_tok), ("HF_TOKEN", hf_tok), ("SHOPIFY_ACCESS_TOKEN", shopify),
    ("MAILGUN_API_KEY", mailgun), ("DIGITALOCEAN_TOKEN", do_tok), ("TELEGRAM_BOT_TOKEN", telegram),
    ("LINEAR_API_KEY", linear), ("VAULT_TOKEN", vault_tok), ("DD_API_KEY", datadog), ("CLOUDFLARE_API_TOKEN", cf_token),
    ("HEROKU_API_KEY", heroku), ("NEW_RELIC_API_KEY", newrelic), ("JIRA_API_TOKEN", atlassian),
    ("DISCORD_BOT_TOKEN", discord_bot), ("MAPBOX_SECRET_TOKEN", mapbox), ("DOPPLER_TOKEN", doppler),
    ("POSTMAN_API_KEY", postman), ("DATABRICKS_TOKEN", databricks), ("REPLICATE_API_TOKEN", replicate),
    ("GROQ_API_KEY", groq), ("MISTRAL_API_KEY", mistral), ("CIRCLECI_TOKEN", circleci),
    ("AWS_SECRET_ACCESS_KEY", aws_secret), ("AWS_ACCESS_KEY_ID", aws_akid), ("GOOGLE_OAUTH_TOKEN", gcp_oauth),
    ("AUTH_JWT", jwt),
]


def token(r: random.Random) -> tuple[str, str]:
    name, fn = pick(r, TOKENS)
    return name, fn(r)


# ---------------------------------------------------------------- connection strings, URLs, cookies
def db_url(r: random.Random) -> str:
    u, pw, h, d = pick(r, USERS), url_pw(r), pick(r, HOSTS), pick(r, DBNAMES)
    return pick(r, [
        f"postgres://{u}:{pw}@{h}:5432/{d}",
        f"postgresql+psycopg://{u}:{pw}@{h}/{d}?sslmode=require",
        f"mysql://{u}:{pw}@{h}:3306/{d}",
        f"mongodb+srv://{u}:{pw}@cluster0.{rs(r, 5, LO)}.mongodb.net/{d}?retryWrites=true&w=majority",
        f"redis://:{pw}@{h}:6379/0",
        f"rediss://default:{pw}@{h}:6380",
        f"amqp://{u}:{pw}@{h}:5672/%2F",
        f"jdbc:postgresql://{h}:5432/{d}?user={u}&password={pw}",
        f"Server={h};Database={d};User Id={u};Password={pw};TrustServerCertificate=True;",
        f"clickhouse://{u}:{pw}@{h}:9000/{d}",
    ])


def db_url_safe(r: random.Random) -> str:
    u, h, d = pick(r, USERS), pick(r, HOSTS), pick(r, DBNAMES)
    return pick(r, [
        f"postgres://{u}@{h}:5432/{d}",
        f"postgres://{u}:${{DB_PASSWORD}}@{h}:5432/{d}",
        f"mysql://{u}:<password>@{h}:3306/{d}",
        f"mongodb+srv://{u}:****@cluster0.{rs(r, 5, LO)}.mongodb.net/{d}",
        f"redis://{h}:6379/0",
        f"postgresql://{u}:changeme@localhost:5432/{d}_test",
        f"jdbc:postgresql://{h}:5432/{d}",
        f"Server={h};Database={d};Integrated Security=true;",
        "amqp://guest:guest@localhost:5672/",
        f"postgres://{u}:%s@{h}/{d}",
    ])


def azure_conn(r: random.Random) -> str:
    return (f"DefaultEndpointsProtocol=https;AccountName={rs(r, 10, LO)}store;AccountKey={azure_key(r)};"
            "EndpointSuffix=core.windows.net")


def signed_url(r: random.Random) -> str:
    b, reg = pick(r, BUCKETS), pick(r, REGIONS)
    obj = pick(r, ["exports/2026-03/orders.csv", "uploads/avatar_%d.png" % r.randint(1, 9999), "reports/q3.pdf",
                   "dumps/prod.sql.gz", "models/ckpt-1200.safetensors"])
    return pick(r, [
        (f"https://{b}.s3.{reg}.amazonaws.com/{obj}?X-Amz-Algorithm=AWS4-HMAC-SHA256"
         f"&X-Amz-Credential={aws_akid(r)}%2F20260314%2F{reg}%2Fs3%2Faws4_request&X-Amz-Date=20260314T101500Z"
         f"&X-Amz-Expires=3600&X-Amz-SignedHeaders=host&X-Amz-Signature={hx(r, 64)}"),
        (f"https://storage.googleapis.com/{b}/{obj}?X-Goog-Algorithm=GOOG4-RSA-SHA256&X-Goog-Credential="
         f"signer%40{rs(r, 8, LO)}.iam.gserviceaccount.com%2F20260314%2Fauto%2Fstorage%2Fgoog4_request"
         f"&X-Goog-Date=20260314T101500Z&X-Goog-Expires=900&X-Goog-SignedHeaders=host&X-Goog-Signature={hx(r, 256)}"),
        (f"https://{rs(r, 10, LO)}.blob.core.windows.net/{b}/{obj}?sv=2023-11-03&ss=b&srt=o&sp=r"
         f"&se=2026-04-01T00:00:00Z&spr=https&sig={rs(r, 43, AN)}%3D"),
        (f"https://d{rs(r, 12, LO)}.cloudfront.net/{obj}?Expires=1780000000&Signature={rs(r, 120, URLSAFE)}"
         f"&Key-Pair-Id=K{rs(r, 13, UP)}"),
    ])


def webhook(r: random.Random) -> str:
    return pick(r, [
        f"https://hooks.slack" f".com/services/T{rs(r, 8, UP)}/B{rs(r, 10, UP)}/{rs(r, 24)}",
        f"https://discord.com/api/webhooks/{r.randint(10 ** 17, 10 ** 18)}/{rs(r, 68, URLSAFE)}",
        f"https://outlook.office.com/webhook/{uuid(r)}@{uuid(r)}/IncomingWebhook/{hx(r, 32)}/{uuid(r)}",
        f"https://chat.googleapis.com/v1/spaces/AAAA{rs(r, 7)}/messages?key={google_api(r)}&token={rs(r, 43, URLSAFE)}%3D",
    ])


def cookie(r: random.Random) -> str:
    return pick(r, [
        f"session={rs(r, 32, URLSAFE)}.{rs(r, 6, URLSAFE)}.{rs(r, 27, URLSAFE)}",
        f"JSESSIONID={hx(r, 32).upper()}",
        f"sessionid={rs(r, 32, LO)}; csrftoken={rs(r, 64)}",
        f"_gitlab_session={hx(r, 32)}",
        f"connect.sid=s%3A{rs(r, 32, URLSAFE)}.{rs(r, 43, URLSAFE)}",
        f"laravel_session={b64(r, 200)}",
        f"PHPSESSID={rs(r, 26, LO)}",
        f"__Secure-next-auth.session-token={jwt(r)}",
    ])


def basic_auth(r: random.Random) -> str:
    raw = f"{pick(r, USERS)}:{url_pw(r)}".encode()
    return base64.b64encode(raw).decode()


PW_NAMES = ["DB_PASSWORD", "POSTGRES_PASSWORD", "SMTP_PASSWORD", "REDIS_PASSWORD", "ADMIN_PASSWORD",
            "MYSQL_ROOT_PASSWORD", "KEYSTORE_PASSWORD", "LDAP_BIND_PASSWORD", "RABBITMQ_DEFAULT_PASS",
            "GRAFANA_ADMIN_PASSWORD", "ELASTIC_PASSWORD", "MAIL_PASSWORD"]
URL_NAMES = ["DATABASE_URL", "REDIS_URL", "MONGO_URI", "BROKER_URL", "SQLALCHEMY_DATABASE_URI", "DB_DSN"]


def cred(r: random.Random) -> tuple[str, str]:
    """(variable name, usable value) of a random kind."""
    k = r.random()
    if k < 0.6:
        return token(r)
    if k < 0.8:
        return pick(r, PW_NAMES), password(r)
    if k < 0.95:
        return pick(r, URL_NAMES), db_url(r)
    name, fn = pick(r, [("SLACK_WEBHOOK_URL", webhook), ("AZURE_STORAGE_CONNECTION_STRING", azure_conn),
                        ("SESSION_COOKIE", cookie)])
    return name, fn(r)


# ---------------------------------------------------------------- benign stand-ins
def env_ref(r: random.Random, name: str) -> str:
    return pick(r, [f"${{{name}}}", f"${name}", f"${{{name}:?missing}}", f"${{{name}:-}}"])


def placeholder(r: random.Random, name: str = "") -> str:
    return pick(r, ["<redacted>", "********", "changeme", "xxx", "REPLACE_ME", "<your-token-here>", "example",
                    "dummy", "${" + (name or "TOKEN") + "}", "op://Engineering/" + pick(r, REPO) + "/credential",
                    "vault:secret/data/" + pick(r, REPO) + "#" + (name.lower() or "token"), "<set in 1Password>",
                    "****" + rs(r, 4, LO), "TODO", "fake-" + rs(r, 6, LO), "test", "sk_test_placeholder"])


for _name in ["db_url", "azure_conn", "signed_url", "webhook", "cookie", "basic_auth"]:
    globals()[_name] = _recorded(globals()[_name])


def req_id(r: random.Random) -> str:
    return pick(r, [uuid(r), "req_" + rs(r, 24), hx(r, 32), "01J" + rs(r, 23, "0123456789ABCDEFGHJKMNPQRSTVWXYZ"),
                    f"{hx(r, 16)}-{hx(r, 16)}", "trace-" + hx(r, 16)])
