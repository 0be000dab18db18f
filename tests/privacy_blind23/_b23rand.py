"""Random pieces for blind23: one seeded generator, ids, times, hosts, and credential values
in the right format (random characters, never real, never placeholders)."""
import base64
import json
import random
import string

R = random.Random(2323)
LOW = string.ascii_lowercase
UP = string.ascii_uppercase
DIG = string.digits
ALNUM = LOW + UP + DIG
HEX = "0123456789abcdef"
B64 = ALNUM + "+/"
URLSAFE = ALNUM + "-_"


def pick(seq):
    return seq[R.randrange(len(seq))]


def chars(n, alphabet=ALNUM):
    return "".join(alphabet[R.randrange(len(alphabet))] for _ in range(n))


def mixed(n, alphabet=ALNUM):
    """Random characters with at least one lower, upper and digit, so a value never reads as a word."""
    while True:
        s = chars(n, alphabet)
        if any(c.islower() for c in s) and any(c.isupper() for c in s) and any(c.isdigit() for c in s):
            return s


def hexs(n):
    return chars(n, HEX)


def uuid():
    h = hexs(32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{pick('89ab')}{h[17:20]}-{h[20:]}"


def b64(raw):
    return base64.b64encode(raw.encode()).decode()


def b64url(raw):
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


def hhmm():
    return f"{R.randrange(24):02d}:{R.randrange(60):02d}"


def stamp():
    return f"2026-{R.randrange(1, 13):02d}-{R.randrange(1, 29):02d}T{hhmm()}:{R.randrange(60):02d}Z"


def sha():
    return hexs(40)


def short_sha():
    return hexs(R.choice([7, 8, 10, 12]))


SERVICES = ["billing", "ledger", "checkout", "search-api", "ingest", "notifier", "authz", "reports", "catalog",
            "payments-gw", "scheduler", "webhooks", "export-worker", "geo", "inventory", "tile-server", "mailer"]
USERS = ["svc_app", "deploy", "ci-runner", "app_rw", "etl", "grafana", "reporter", "admin", "api", "backup_ro"]
HOSTS = ["db-primary.internal", "pg-03.prod.lan", "10.20.4.17", "mysql.stage.svc", "redis-cache.prod",
         "mongo-rs0.data.lan", "rds-ledger.eu-west-1.rds.amazonaws.com", "warehouse.corp.example.net"]
REGIONS = ["eu-west-1", "us-east-2", "ap-northeast-1", "eu-central-1", "us-west-2", "sa-east-1", "ap-south-1"]
BRANCHES = ["fix/retry-backoff", "feat/export-csv", "chore/bump-deps", "hotfix/ledger-rounding", "refactor/auth-mw",
            "ci/cache-wheels", "feat/tenant-quotas", "fix/flaky-e2e", "docs/runbook-rotation", "perf/batch-insert"]
MODELS = ["claude-sonnet-4", "gpt-4.1", "gpt-4o-mini", "gemini-2.5-pro", "llama-3.1-70b", "mistral-large",
          "claude-haiku-3.5", "qwen2.5-coder-32b", "o4-mini", "deepseek-v3"]
AGENTS = ["claude-code", "codex", "opencode"]
PEOPLE = ["maria", "kenji", "oleksandr", "priya", "tomás", "aisha", "jonas", "li.wei", "fatima", "dmitri", "chloé",
          "ravi", "sunhee", "marco", "ana.souza", "emre", "nguyen.lan", "kasia"]


def password():
    n = R.randrange(14, 24)
    while True:
        s = chars(n, ALNUM + "!#%^*-_=+.@")
        if any(c in "!#%^*-_=+.@" for c in s) and any(c.isdigit() for c in s) and any(c.isupper() for c in s):
            return s


def url_password():
    n = R.randrange(14, 24)
    return mixed(n, ALNUM + "-_.~")


def github():
    return pick(["ghp_", "gho_", "ghs_", "ghu_"]) + mixed(36)


def github_pat():
    return "github_pat_" + mixed(22) + "_" + mixed(59)


def openai():
    return pick(["sk-proj-", "sk-svcacct-", "sk-"]) + mixed(R.choice([48, 56, 64]), ALNUM + "-_")


def anthropic():
    return "sk-ant-api03-" + mixed(93, ALNUM + "-_") + "AA"


def aws_pair():
    return "AKIA" + chars(16, UP + "234567"), mixed(40, ALNUM + "/+")


def slack():
    return pick(["xoxb-", "xoxp-"]) + chars(11, DIG) + "-" + chars(12, DIG) + "-" + mixed(24)


def slack_hook():
    return f"https://hooks.slack.com/services/T{chars(8, UP + DIG)}/B{chars(10, UP + DIG)}/{mixed(24)}"


def gitlab():
    return "glpat-" + mixed(20, ALNUM + "-_")


def npm():
    return "npm_" + mixed(36)


def stripe():
    return pick(["sk_live_", "rk_live_"]) + mixed(R.choice([24, 34, 99]))


def google():
    return "AIza" + mixed(35, ALNUM + "-_")


def sendgrid():
    return "SG." + mixed(22, ALNUM + "-_") + "." + mixed(43, ALNUM + "-_")


def hf():
    return "hf_" + mixed(34)


def pypi():
    return "pypi-AgEIcHlwaS5vcmc" + mixed(R.choice([60, 80]), ALNUM + "-_")


def twilio():
    return "SK" + hexs(32), hexs(32)


def jwt():
    head = b64url(json.dumps({"alg": pick(["HS256", "RS256"]), "typ": "JWT"}, separators=(",", ":")))
    body = b64url(json.dumps({"sub": chars(10, DIG), "iat": 1760000000 + R.randrange(10**7),
                              "scope": pick(["read write", "admin", "deploy", "api"])}, separators=(",", ":")))
    return f"{head}.{body}.{mixed(43, URLSAFE)}"


def api_key():
    """A generic vendor key: one of many shapes."""
    return pick([openai, anthropic, github, gitlab, stripe, google, sendgrid, hf, npm, slack, github_pat])()


def db_url(scheme=None):
    scheme = scheme or pick(["postgres", "postgresql", "mysql", "mongodb+srv", "redis", "amqp", "mssql"])
    user = pick(USERS)
    host = pick(HOSTS)
    port = {"postgres": 5432, "postgresql": 5432, "mysql": 3306, "redis": 6379, "amqp": 5672, "mssql": 1433}.get(scheme)
    where = f"{host}:{port}" if port else host
    db = pick(["app", "ledger", "prod", "analytics", "orders", "0", "core"])
    return f"{scheme}://{user}:{url_password()}@{where}/{db}"


def pem_body(lines=None):
    lines = lines or (R.randrange(6, 14) if R.random() < 0.6 else R.randrange(24, 50))
    out = [chars(64, B64) for _ in range(lines)]
    out.append(chars(R.randrange(8, 60), B64) + pick(["", "=", "=="]))
    return out


def pem(kind=None):
    kind = kind or pick(["RSA PRIVATE KEY", "PRIVATE KEY", "OPENSSH PRIVATE KEY", "EC PRIVATE KEY"])
    return [f"-----BEGIN {kind}-----", *pem_body(), f"-----END {kind}-----"]


def s3_presigned():
    akid = "AKIA" + chars(16, UP + "234567")
    bucket = pick(["acme-exports", "build-artifacts-prod", "tenant-uploads", "reports-eu"])
    key = pick(["2026/11/ledger.csv.gz", "dumps/pg_prod.sql.gz", "invoices/batch-4411.zip", "ci/coverage.tar"])
    return (f"https://{bucket}.s3.{pick(REGIONS)}.amazonaws.com/{key}?X-Amz-Algorithm=AWS4-HMAC-SHA256"
            f"&X-Amz-Credential={akid}%2F20261203%2F{pick(REGIONS)}%2Fs3%2Faws4_request&X-Amz-Date=20261203T{R.randrange(24):02d}{R.randrange(60):02d}{R.randrange(60):02d}Z"
            f"&X-Amz-Expires={pick(['3600', '604800', '900'])}&X-Amz-SignedHeaders=host&X-Amz-Signature={hexs(64)}")


def azure_sas():
    acct = pick(["acmeprodstore", "buildcache01", "tenantblobs", "logsarchive"])
    sig = mixed(43, ALNUM + "+/").replace("+", "%2B").replace("/", "%2F") + "%3D"
    return (f"https://{acct}.blob.core.windows.net/{pick(['exports', 'backups', 'ci'])}/{pick(['db.bak', 'out.zip', 'a.tgz'])}"
            f"?sv=2022-11-02&ss=b&srt=co&sp=rwdlac&se=2026-12-31T23:59:59Z&st=2026-12-01T00:00:00Z&spr=https&sig={sig}")


def cookie():
    return pick(["session", "sessionid", "_app_session", "connect.sid", "__Host-auth", "PHPSESSID", "laravel_session"]), \
        pick([lambda: mixed(32), lambda: "s%3A" + mixed(32, URLSAFE) + "." + mixed(43, URLSAFE), jwt, lambda: hexs(40)])()


def masked(n=None):
    return pick(["***", "****", "[MASKED]", "<redacted>", "••••••••", "[REDACTED]", "xxxx…" + chars(4, LOW + DIG),
                 "(sensitive value)", "********"])
