"""Shared pieces of the blind corpus generator: alphabets, random strings, the slot filler.

Templates are plain strings with `{slot}` holes (lower-case names only, so JSON braces,
`${{ secrets.X }}` and `{{ .Values.x }}` pass through untouched). A slot is filled by the
filler of the same name; `{sha_2}` is a second, independent draw of `{sha}`. Every draw
comes from the one seeded `random.Random` handed in, so the corpus is byte-stable.
"""

from __future__ import annotations

import base64
import json
import random
import re
import string
import zlib
from collections.abc import Callable, Sequence

R = random.Random

UPPER = string.ascii_uppercase
LOWER = string.ascii_lowercase
DIGITS = string.digits
LETTERS = UPPER + LOWER
ALNUM = UPPER + LOWER + DIGITS
LOWER_ALNUM = LOWER + DIGITS
UPPER_ALNUM = UPPER + DIGITS
HEX = "0123456789abcdef"
UPPER_HEX = "0123456789ABCDEF"
B64 = ALNUM + "+/"
B64URL = ALNUM + "-_"
BASE32 = UPPER + "234567"
CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def rs(r: R, alphabet: str, n: int) -> str:
    """n characters drawn uniformly from alphabet."""
    return "".join(r.choice(alphabet) for _ in range(n))


def pick(r: R, seq: Sequence[str]) -> str:
    return seq[r.randrange(len(seq))]


def b64_bytes(r: R, nbytes: int, *, urlsafe: bool = False, pad: bool = True) -> str:
    raw = bytes(r.randrange(256) for _ in range(nbytes))
    out = (base64.urlsafe_b64encode(raw) if urlsafe else base64.b64encode(raw)).decode()
    return out if pad else out.rstrip("=")


def b64_text(text: str, *, urlsafe: bool = False, pad: bool = True) -> str:
    raw = text.encode()
    out = (base64.urlsafe_b64encode(raw) if urlsafe else base64.b64encode(raw)).decode()
    return out if pad else out.rstrip("=")


def base62(n: int, width: int) -> str:
    digits = DIGITS + UPPER + LOWER
    out = ""
    while n:
        n, rem = divmod(n, 62)
        out = digits[rem] + out
    return out.rjust(width, "0")


def crc_tail(body: str) -> str:
    """The 6-character base62 CRC32 tail GitHub and npm put on their tokens."""
    return base62(zlib.crc32(body.encode()), 6)


def wrap64(s: str) -> str:
    return "\n".join(s[i:i + 64] for i in range(0, len(s), 64))


def jdump(obj: object) -> str:
    return json.dumps(obj, ensure_ascii=False)


# ---------------------------------------------------------------------------------------
# Vocabulary shared by benign and secret templates.

OWNERS = ["acme", "initech", "globex", "umbrella-labs", "hooli", "vandelay", "dev1", "octo-org", "tyrell",
          "wonka-eng", "stark-ind", "soylent", "cyberdyne", "aperture-sci", "massive-dyn", "pied-piper"]
REPOS = ["widget", "billing-api", "handoff", "infra", "web", "mobile-app", "ledger", "search-svc", "auth",
         "data-pipeline", "docs", "cli", "scheduler", "gateway", "notifier", "etl-jobs", "frontend", "sdk-py"]
BRANCHES = ["main", "develop", "fix/lock-timeout", "feat/retry-backoff", "chore/bump-deps", "release/2.4",
            "fix/flaky-test-lock", "feat/sqlite-backend", "hotfix/null-deref", "refactor/store-api",
            "docs/readme-quickstart", "ci/cache-pip", "feat/oauth-login", "fix/tz-parsing", "wip/perf-probe",
            "dependabot/pip/ruff-0.6.9", "renovate/node-20.x", "feat/export-csv", "fix/issue-218", "spike/duckdb"]
USERS = ["alice", "bob", "carol", "dmitri", "eve-ops", "frank", "grace", "heidi", "ivan", "judy", "mallory",
         "niaj", "oscar", "peggy", "rupert", "sybil", "trent", "victor", "walter", "yuki", "zoe", "priya",
         "chen", "fatima", "lukas", "sofia", "mateo", "amelie", "joao", "olga"]
DBUSERS = ["app", "postgres", "admin", "readonly", "svc_billing", "etl", "root", "deploy", "reporting",
           "app_rw", "migrator", "grafana", "keycloak", "analytics", "sa"]
SERVICES = ["billing-api", "auth-svc", "search", "gateway", "notifier", "scheduler", "worker", "ledger",
            "web", "ingest", "exporter", "metrics-proxy", "cron", "uploader", "thumbnailer", "webhooks"]
DOMAINS = ["example.com", "acme.dev", "globex.io", "initech.net", "corp.internal", "hooli.xyz", "example.org",
           "staging.acme.dev", "svc.cluster.local", "lab.example.net"]
DBS = ["app", "billing", "ledger", "analytics", "users", "inventory", "events", "orders", "app_test",
       "warehouse", "keycloak", "metabase", "reporting"]
ENVS = ["staging", "prod", "dev", "qa", "preview", "sandbox", "perf", "canary"]
REGIONS = ["us-east-1", "eu-west-1", "eu-central-1", "ap-southeast-2", "us-west-2", "eu-north-1"]
IMAGES = ["python:3.11-slim", "node:20-alpine", "postgres:16", "redis:7", "golang:1.22", "nginx:1.27",
          "ghcr.io/acme/widget:2.4.1", "mcr.microsoft.com/dotnet/sdk:8.0", "rust:1.79", "alpine:3.20",
          "ubuntu:24.04", "registry.gitlab.com/acme/infra/ci:latest"]
FILES = ["handoff/store.py", "src/app/main.py", "pkg/server/handler.go", "src/lib.rs", "web/src/App.tsx",
         "internal/lock/lock.go", "api/views.py", "lib/billing/invoice.rb", "cmd/cli/root.go",
         "src/components/Header.vue", "scripts/release.sh", "Makefile", "docker-compose.yml",
         ".github/workflows/ci.yml", "pyproject.toml", "package.json", "Cargo.toml", "charts/app/values.yaml",
         "terraform/main.tf", "config/settings.py", "tests/test_lock.py", "tests/test_store.py",
         "src/utils/date.ts", "app/models/user.rb", "db/migrations/0042_add_index.sql"]
TESTFILES = ["tests/test_lock.py", "tests/test_store.py", "tests/test_cli.py", "tests/unit/test_parse.py",
             "tests/integration/test_api.py", "tests/test_retry.py", "tests/e2e/test_login.py",
             "tests/test_backoff.py", "tests/test_models.py", "tests/test_export.py"]
WORDS = ["maple", "orbit", "cactus", "violet", "tango", "harbor", "pepper", "glacier", "falcon", "copper",
         "meadow", "rocket", "saffron", "willow", "ember", "quartz", "nimbus", "lantern", "pickle", "zephyr",
         "mango", "cobalt", "thistle", "badger", "comet", "juniper", "otter", "sprocket", "walnut", "bramble"]
SEASONS = ["Summer", "Winter", "Spring", "Autumn", "Welcome", "Company", "Acme", "Monday", "Password",
           "Letmein", "Dragon", "Sunshine", "Football", "Qwerty", "Admin", "Staging", "Changeit"]
VENDOR_PLAIN = ["Algolia", "Mapbox", "Mistral", "Cohere", "Segment", "Mixpanel", "Amplitude", "Pusher",
                "Bugsnag", "Rollbar", "LaunchDarkly", "Intercom", "Zendesk", "HubSpot", "Klaviyo", "Plaid"]


def password(r: R) -> str:
    """A password as people actually pick them: strong random, human pattern, passphrase or hex."""
    kind = r.randrange(8)
    if kind in (0, 1):
        return rs(r, ALNUM + "!#%^*-_+=?", r.randint(12, 24))
    if kind == 2:
        return pick(r, SEASONS) + str(r.choice([r.randint(2019, 2026), r.randint(1, 99)])) + r.choice("!#$*.?")
    if kind == 3:
        return "-".join(pick(r, WORDS) for _ in range(r.randint(3, 4))) + "-" + str(r.randint(10, 99))
    if kind == 4:
        w = pick(r, WORDS)
        leet = w.replace("a", "@").replace("o", "0").replace("e", "3").replace("i", "1")
        return leet.capitalize() + rs(r, DIGITS, 2) + r.choice("!$%&")
    if kind == 5:
        return rs(r, HEX, r.choice([16, 24, 32]))
    if kind == 6:
        return b64_bytes(r, r.choice([18, 24, 32]), urlsafe=True, pad=False)
    return rs(r, LETTERS, 3) + rs(r, DIGITS, 2) + "-" + rs(r, LOWER_ALNUM, 4) + "-" + rs(r, ALNUM, 4)


def url_password(r: R) -> str:
    """A password that needs no percent-encoding inside a URL's userinfo."""
    pw = password(r)
    for ch in "!#%^*+=?$&@/:":
        pw = pw.replace(ch, r.choice("-_.~"))
    return pw


def shell_password(r: R) -> str:
    """A password that can sit unquoted on a shell command line."""
    pw = password(r)
    for ch in "!#%^*+=?$&()'\"`;|<> ":
        pw = pw.replace(ch, r.choice("-_.@"))
    return pw


def opaque_token(r: R) -> str:
    """A vendor-less bearer/API token of one of the usual shapes."""
    kind = r.randrange(5)
    if kind == 0:
        return rs(r, HEX, r.choice([32, 40, 64]))
    if kind == 1:
        return b64_bytes(r, r.choice([24, 32, 48]), urlsafe=True, pad=False)
    if kind == 2:
        return rs(r, ALNUM, r.choice([32, 40, 48]))
    if kind == 3:
        return rs(r, LOWER_ALNUM, 8) + "." + rs(r, ALNUM, 24) + "." + rs(r, B64URL, 16)
    return b64_bytes(r, 30)


def sha40(r: R) -> str:
    return rs(r, HEX, 40)


def uuid4(r: R) -> str:
    h = rs(r, HEX, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{r.choice('89ab')}{h[17:20]}-{h[20:]}"


def ulid(r: R) -> str:
    return "01" + rs(r, "HJK", 1) + rs(r, CROCKFORD, 23)


def semver(r: R) -> str:
    v = f"{r.randint(0, 9)}.{r.randint(0, 30)}.{r.randint(0, 20)}"
    return v + r.choice(["", "", "", f"-rc.{r.randint(1, 4)}", f"-beta.{r.randint(1, 9)}", "+build.7"])


FILLERS: dict[str, Callable[[R], str]] = {
    "owner": lambda r: pick(r, OWNERS),
    "repo": lambda r: pick(r, REPOS),
    "branch": lambda r: pick(r, BRANCHES),
    "sha": sha40,
    "sha7": lambda r: rs(r, HEX, 7),
    "sha12": lambda r: rs(r, HEX, 12),
    "pr": lambda r: str(r.randint(12, 4800)),
    "issue": lambda r: str(r.randint(3, 3900)),
    "user": lambda r: pick(r, USERS),
    "dbuser": lambda r: pick(r, DBUSERS),
    "svc": lambda r: pick(r, SERVICES),
    "domain": lambda r: pick(r, DOMAINS),
    "host": lambda r: r.choice([f"{pick(r, SERVICES)}.{pick(r, DOMAINS)}", f"db-{r.randint(1, 9)}.{pick(r, DOMAINS)}",
                                f"10.{r.randint(0, 40)}.{r.randint(0, 255)}.{r.randint(2, 250)}", "localhost",
                                f"{pick(r, ENVS)}-db.{pick(r, DOMAINS)}"]),
    "db": lambda r: pick(r, DBS),
    "env": lambda r: pick(r, ENVS),
    "region": lambda r: pick(r, REGIONS),
    "image": lambda r: pick(r, IMAGES),
    "file": lambda r: pick(r, FILES),
    "testfile": lambda r: pick(r, TESTFILES),
    "port": lambda r: str(r.choice([5432, 3306, 6379, 8080, 8000, 5173, 3000, 9200, 27017, 5672, 8443, 9090])),
    "n": lambda r: str(r.randint(2, 60)),
    "npass": lambda r: str(r.randint(20, 2400)),
    "nfail": lambda r: str(r.randint(1, 9)),
    "nskip": lambda r: str(r.randint(1, 30)),
    "dur": lambda r: f"{r.uniform(0.4, 300):.1f}",
    "ms": lambda r: str(r.randint(2, 2500)),
    "ver": semver,
    "uuid": uuid4,
    "ulid": ulid,
    "hex32": lambda r: rs(r, HEX, 32),
    "hex40": lambda r: rs(r, HEX, 40),
    "hex64": lambda r: rs(r, HEX, 64),
    "date": lambda r: f"2025-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}",
    "time": lambda r: f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}",
    "ts": lambda r: (f"2025-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}T{r.randint(0, 23):02d}:"
                     f"{r.randint(0, 59):02d}:{r.randint(0, 59):02d}.{r.randint(0, 999):03d}Z"),
    "app": lambda r: pick(r, REPOS) + "-" + pick(r, ENVS),
    "pw": password,
    "upw": url_password,
    "spw": shell_password,
    "opaque": opaque_token,
    "plainvendor": lambda r: pick(r, VENDOR_PLAIN),
    "word": lambda r: pick(r, WORDS),
}

_SLOT = re.compile(r"\{([a-z][a-z0-9]*(?:_[a-z0-9]+)*)\}")


class Slots(dict[str, str]):
    """Slot values for one template: fixed ones given, the rest drawn on first use."""

    def __init__(self, r: R, fixed: dict[str, str], extra: dict[str, Callable[[R], str]] | None = None):
        super().__init__(fixed)
        self.r = r
        self.extra = extra or {}

    def __missing__(self, key: str) -> str:
        base = re.sub(r"_\d+$", "", key)
        fn = self.extra.get(key) or FILLERS.get(key) or self.extra.get(base) or FILLERS.get(base)
        if fn is None:
            raise KeyError(key)
        value = fn(self.r)
        self[key] = value
        return value


def fill(r: R, template: str, fixed: dict[str, str] | None = None,
         extra: dict[str, Callable[[R], str]] | None = None) -> str:
    slots = Slots(r, fixed or {}, extra)
    return _SLOT.sub(lambda m: slots[m.group(1)], template)
