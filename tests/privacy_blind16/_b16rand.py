"""Deterministic random pieces for blind16: synthetic credentials in real shapes, ids, names.

Vendor prefixes are written as two adjacent string literals so repository scanners do not flag
this file; every credential is random characters, never a real one.
"""
import random
import string

AN = string.ascii_letters + string.digits
LOW = string.ascii_lowercase + string.digits
HEX = "0123456789abcdef"
B64 = AN + "+/"
URLSAFE = AN + "-_"


def s(r: random.Random, n: int, alphabet: str = AN) -> str:
    return "".join(r.choice(alphabet) for _ in range(n))


def sha(r: random.Random, n: int = 40) -> str:
    return s(r, n, HEX)


def uuid(r: random.Random) -> str:
    h = sha(r, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:]}"


def password(r: random.Random) -> str:
    shapes = [
        lambda: s(r, 14, AN + "!@#%^&*"),
        lambda: r.choice(["Winter", "Falcon", "Orchid", "Tundra", "Saffron", "Bastion", "Copper"]) + s(r, 2, string.digits) + r.choice("!#$%&") + s(r, 3, AN),
        lambda: s(r, 20, AN),
        lambda: "-".join(s(r, 5, string.ascii_lowercase) for _ in range(4)),
        lambda: s(r, 6, string.ascii_lowercase) + s(r, 4, string.digits) + r.choice("!?$"),
    ]
    return r.choice(shapes)()


def token(r: random.Random, kind: str = "") -> str:
    kinds = {
        "github": lambda: "gh" "p_" + s(r, 36),
        "github_pat": lambda: "github" "_pat_" + s(r, 22) + "_" + s(r, 59),
        "gitlab": lambda: "gl" "pat-" + s(r, 20, URLSAFE),
        "aws_id": lambda: "AK" "IA" + s(r, 16, string.ascii_uppercase + "234567"),
        "aws_secret": lambda: s(r, 40, B64),
        "slack": lambda: "xo" "xb-" + s(r, 12, string.digits) + "-" + s(r, 13, string.digits) + "-" + s(r, 24),
        "stripe": lambda: "sk" "_live_" + s(r, 24),
        "openai": lambda: "sk" "-proj-" + s(r, 48, URLSAFE),
        "anthropic": lambda: "sk-" "ant-api03-" + s(r, 93, URLSAFE) + "AA",
        "google": lambda: "AI" "za" + s(r, 35, URLSAFE),
        "npm": lambda: "np" "m_" + s(r, 36),
        "pypi": lambda: "py" "pi-AgEIcHlwaS5vcmc" + s(r, 60, URLSAFE),
        "hf": lambda: "h" "f_" + s(r, 34),
        "sendgrid": lambda: "S" "G." + s(r, 22, URLSAFE) + "." + s(r, 43, URLSAFE),
        "twilio": lambda: "S" "K" + sha(r, 32),
        "jwt": lambda: "ey" "JhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." + s(r, 60, URLSAFE) + "." + s(r, 43, URLSAFE),
        "digitalocean": lambda: "do" "p_v1_" + sha(r, 64),
        "linear": lambda: "lin" "_api_" + s(r, 40),
        "sentry": lambda: "sn" "trys_" + s(r, 60, URLSAFE),
        "groq": lambda: "gs" "k_" + s(r, 52),
        "openrouter": lambda: "sk-" "or-v1-" + sha(r, 64),
        "telegram": lambda: s(r, 10, string.digits) + ":" + "AA" + s(r, 33, URLSAFE),
        "discord": lambda: "M" + s(r, 23, URLSAFE) + "." + s(r, 6, URLSAFE) + "." + s(r, 27, URLSAFE),
        "generic": lambda: s(r, 32, AN),
        "hex": lambda: sha(r, 40),
    }
    if not kind:
        kind = r.choice(sorted(kinds))
    return kinds[kind]()


def pem(r: random.Random, kind: str = "") -> str:
    kind = kind or r.choice(["RSA PRIVATE KEY", "PRIVATE KEY", "OPENSSH PRIVATE KEY", "EC PRIVATE KEY"])
    body = "\n".join(s(r, 64, B64) for _ in range(r.randint(3, 6)))
    return f"-----BEGIN {kind}-----\n{body}\n{s(r, 24, B64)}==\n-----END {kind}-----"


USERS = ["app", "svc_export", "admin", "deploy", "ci", "reporting", "etl", "billing_rw", "postgres", "root", "api"]
HOSTS = ["db.internal", "pg-prod-2.corp.lan", "10.4.2.17", "mysql.staging.svc", "redis-cache.local",
         "cluster0.x8k2p.mongodb.net", "rabbit.ops.lan", "warehouse.eu-west-1.rds.amazonaws.com"]


def dsn(r: random.Random) -> str:
    u, h, p = r.choice(USERS), r.choice(HOSTS), password(r).replace("@", "9").replace("#", "7").replace("/", "x")
    shapes = [
        f"postgresql://{u}:{p}@{h}:5432/{r.choice(['orders', 'app', 'analytics', 'handoff'])}",
        f"mysql://{u}:{p}@{h}:3306/shop",
        f"redis://:{p}@{h}:6379/0",
        f"mongodb+srv://{u}:{p}@{h}/prod?retryWrites=true",
        f"amqp://{u}:{p}@{h}:5672/%2F",
        f"postgres://{u}:{p}@{h}/reports?sslmode=require",
    ]
    return r.choice(shapes)


def signed_url(r: random.Random) -> str:
    shapes = [
        lambda: (f"https://{r.choice(['exports', 'artifacts', 'backups'])}.s3.amazonaws.com/{sha(r, 8)}/dump.tar.gz?"
                 f"X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential={'AK' 'IA'}{s(r, 16, string.ascii_uppercase)}%2F20261202%2Fus-east-1%2Fs3%2Faws4_request"
                 f"&X-Amz-Date=20261202T101500Z&X-Amz-Expires=3600&X-Amz-SignedHeaders=host&X-Amz-Signature={sha(r, 64)}"),
        lambda: (f"https://storage.googleapis.com/{r.choice(['ci-logs', 'model-cache'])}/run-{r.randint(100, 999)}.log?"
                 f"X-Goog-Algorithm=GOOG4-RSA-SHA256&X-Goog-Credential=uploader%40proj.iam.gserviceaccount.com%2F20261202"
                 f"&X-Goog-Expires=900&X-Goog-Signature={sha(r, 128)}"),
        lambda: (f"https://acct{r.randint(1, 9)}.blob.core.windows.net/releases/build.zip?sv=2022-11-02&ss=b&srt=o&sp=r"
                 f"&se=2026-12-04T00:00:00Z&sig={s(r, 43, AN)}%3D"),
    ]
    return r.choice(shapes)()


def cookie(r: random.Random) -> str:
    return r.choice([
        f"sessionid={s(r, 32, LOW)}",
        f"_session_id={sha(r, 32)}",
        f"connect.sid=s%3A{s(r, 32, URLSAFE)}.{s(r, 43, AN)}",
        f"__Secure-next-auth.session-token={s(r, 80, URLSAFE)}",
        f"PHPSESSID={s(r, 26, LOW)}",
        f"JSESSIONID={sha(r, 32).upper()}",
    ])


def any_cred(r: random.Random) -> str:
    pick = r.random()
    if pick < 0.55:
        return token(r)
    if pick < 0.7:
        return dsn(r)
    if pick < 0.8:
        return signed_url(r)
    if pick < 0.9:
        return cookie(r)
    return password(r)


MODELS = ["claude-sonnet-4-5", "claude-opus-4-1", "gpt-5-codex", "gpt-4.1-mini", "o4-mini", "gemini-2.5-pro",
          "gemini-2.5-flash", "qwen3-coder-480b", "deepseek-v3.1", "kimi-k2", "glm-4.6", "llama-3.3-70b",
          "mistral-large-2411", "grok-code-fast-1"]
UPSTREAMS = ["api.anthropic.com", "api.openai.com", "openrouter.ai", "generativelanguage.googleapis.com",
             "api.groq.com", "bedrock us-east-1", "vertex europe-west4", "azure openai eastus2", "api.deepseek.com"]
AGENTS = ["claude-code", "codex", "opencode", "gemini-cli", "aider", "cursor-agent", "goose", "crush"]
REPOS = ["acme/billing", "acme/web", "tern/handoff", "orbit/ingest", "lumen/docs", "kiln/cli", "harbor/api",
         "mosaic/ui", "quill/parser", "delta/export", "pine/infra", "sable/mobile"]
BRANCHES = ["main", "fix/export-timeout", "feat/csv-streaming", "chore/bump-deps", "release/2.4", "wip/retry-loop",
            "fix/tz-offset", "feat/sso-login", "refactor/store-layer", "hotfix/null-cursor", "spike/duckdb"]
FILES = ["src/export/csv.py", "app/models/user.rb", "internal/store/sqlite.go", "web/src/Checkout.tsx",
         "lib/retry.ts", "cmd/sync/main.go", "handoff/cli.py", "services/auth/session.py", "pkg/queue/worker.go",
         "src/parser/lexer.rs", "docs/setup.md", "migrations/0042_add_index.sql", "tests/test_export.py"]
PEOPLE = ["Priya", "Jonas", "Mei", "Tomás", "Aisha", "Kenji", "Olga", "Diego", "Hana", "Lukas", "Fatma", "Minh"]
TESTS = ["test_export_large", "test_retry_backoff", "test_login_redirect", "TestStoreCompact", "checkout.spec.ts",
         "test_tz_roundtrip", "test_migration_0042", "TestQueueDrain", "parser::lexer::tests::unicode"]


def commit(r: random.Random) -> str:
    return sha(r, r.choice([7, 8, 12, 40]))


def when(r: random.Random) -> str:
    return r.choice([f"2026-12-0{r.randint(2, 4)}T{r.randint(0, 23):02d}:{r.choice(['00', '15', '30', '45'])}Z",
                     f"{r.randint(0, 23):02d}:{r.choice(['00', '10', '30', '50'])} UTC",
                     f"Dec {r.randint(2, 5)} {r.randint(1, 12)}{r.choice(['am', 'pm'])} PT"])


def pr(r: random.Random) -> int:
    return r.randint(12, 4800)
