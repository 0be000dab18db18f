"""Shared random helpers and word pools for the held-out corpus (stdlib only)."""
import base64 as _b64
import json as _json
import string as _s

_UP, _LO, _DG = _s.ascii_uppercase, _s.ascii_lowercase, _s.digits
ALNUM = _UP + _LO + _DG


def rs(r, n, alphabet=ALNUM):
    return "".join(r.choice(alphabet) for _ in range(n))


def mixed(r, n, extra=""):
    """Random string that has upper, lower and digits (and optional extra chars)."""
    while True:
        x = rs(r, n, ALNUM + extra)
        if any(c.isupper() for c in x) and any(c.islower() for c in x) and any(c.isdigit() for c in x):
            return x


def hx(r, n, upper=False):
    x = rs(r, n, "0123456789abcdef")
    return x.upper() if upper else x


def lower_dig(r, n):
    return rs(r, n, _LO + _DG)


def upper_dig(r, n):
    return rs(r, n, _UP + _DG)


def raw_b64(r, nbytes, url=False, pad=True):
    raw = bytes(r.randrange(256) for _ in range(nbytes))
    out = (_b64.urlsafe_b64encode if url else _b64.b64encode)(raw).decode()
    return out if pad else out.rstrip("=")


def enc_b64(text):
    return _b64.b64encode(text.encode("utf-8")).decode()


def uid(r):
    h = hx(r, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{r.choice('89ab')}{h[17:20]}-{h[20:32]}"


def make_jwt(r, claims=None):
    head = {"typ": "JWT", "alg": r.choice(["HS256", "HS512", "RS256", "EdDSA"])}
    body = claims or {}
    body.setdefault("sub", r.choice(["svc-deployer", "u_" + lower_dig(r, 10), str(r.randrange(1000, 99999999))]))
    body.setdefault("exp", r.randrange(1760000000, 1990000000))
    if r.random() < 0.6:
        body["scope"] = r.choice(["repo:write", "admin", "read write", "billing:*", "deploy"])
    e = lambda d: _b64.urlsafe_b64encode(_json.dumps(d).encode()).decode().rstrip("=")
    return f"{e(head)}.{e(body)}.{raw_b64(r, r.choice([32, 64]), url=True, pad=False)}"


_W = ["maple", "Quokka", "ferrous", "Biscuit", "nebula", "Otter", "glacier", "Paprika", "sundial", "Kestrel",
      "marble", "Juniper", "cactus", "Velvet", "rhubarb", "Tangent", "oyster", "Pylon", "meadow", "Sprocket"]


def pw(r):
    k = r.randrange(6)
    if k == 0:
        return r.choice(_W).capitalize() + str(r.randrange(1990, 2031)) + r.choice("!#$%&*?")
    if k == 1:
        return rs(r, r.randrange(12, 22), ALNUM + "!#%^*-_+=.")
    if k == 2:
        return ".".join(r.choice(_W).lower() for _ in range(4))
    if k == 3:
        return mixed(r, r.randrange(14, 30))
    if k == 4:
        return r.choice(_W) + rs(r, 3, _DG) + r.choice(_W).upper() + r.choice("!@#")
    return "".join(r.choice(_W)[:3] for _ in range(3)) + "-" + mixed(r, 8)


HOSTS = ["pg-main.lan", "db3.int.corp.example", "172.16.40.9", "maria-stage.ops", "kv-primary.svc", "mq1.backoffice",
         "ledger-db.prod.internal", "replica-b.eu-central", "search-es01", "vault-dr.int", "jump.ops.example", "nas02.office"]
ACCTS = ["svc_ledger", "readonly", "ops", "dbadmin", "webapp", "airflow", "backup_agent", "sa_reports", "jenkins", "keycloak"]
SCHEMAS = ["ledger", "crm", "telemetry", "shop", "auth", "catalog", "payouts", "audit"]
NAMES = ["Inès", "Björn", "Yuki", "Rafael", "Olu", "Greta", "Chen", "Marisol", "Tariq", "Noor", "Pavel", "Ingrid"]
REPOS = ["northwind/ledger", "acme-labs/handoff", "infra/k8s-clusters", "tools/changelog-gen", "apps/mobile-api",
         "ml/ranker", "data/dbt-models", "web/checkout", "sec/scanner-rules"]
BRANCHES = ["bugfix/wal-checkpoint", "feat/retention-policy", "chore/py313", "fix/import-dedupe", "perf/fold-index",
            "feat/backup-verify", "fix/cli-exit-codes", "wip/streaming-export", "hotfix/utf8-paths", "test/property-based"]
PATHS = ["handoff/store/sqlite.py", "handoff/fold.py", "tests/test_backup.py", "bench/bench_fold.py", "docs/cli.md",
         "src/ledger/api/routes.py", "deploy/helm/values-prod.yaml", "internal/cache/lru.go", "packages/ui/src/Button.tsx",
         "scripts/ci/run_matrix.sh", "db/migrations/0107_retention.sql", "Cargo.toml", "noxfile.py", ".pre-commit-config.yaml"]
EXC = ["sqlite3.DatabaseError", "OSError", "UnicodeDecodeError", "asyncio.TimeoutError", "httpx.ConnectTimeout",
       "subprocess.CalledProcessError", "ZeroDivisionError", "AttributeError", "StopIteration", "BrokenPipeError",
       "pydantic.ValidationError", "IsADirectoryError", "OverflowError"]
LLMS = ["claude-opus-4", "claude-3-7-sonnet", "gpt-4o-mini", "gpt-5", "gemini-2.5-flash", "llama-4-scout",
        "mixtral-8x22b", "command-r-plus", "o4-mini", "qwen3-235b"]
