"""Random helpers, word pools and the noise that real artefacts carry (blind11).

Every function takes the category's own `random.Random`, so categories never shift each
other. Nothing here is a credential: the generators call `tok()` for random characters.
"""
import string

LOW = string.ascii_lowercase
UP = string.ascii_uppercase
DIG = string.digits
ALNUM = LOW + UP + DIG
HEX = "0123456789abcdef"
B64 = ALNUM + "+/"
URLSAFE = ALNUM + "-_"
PWCHARS = ALNUM + "!@#%^*-_=+:|?~."

SERVICES = ["billing", "ingest", "auth", "search", "ledger", "notify", "gateway", "catalog", "reports",
            "scheduler", "etl", "payments", "inventory", "profile", "media", "export", "webhooks", "metrics"]
HOSTS = ["db-prod-2", "pg-east-1", "mysql-replica", "redis-cache-03", "kafka-b1", "mq.internal", "mongo-rs0",
         "warehouse-01", "stg-db", "qa-postgres", "analytics-ro", "events-broker", "es-data-4"]
DOMAINS = ["acme.io", "example-corp.net", "widgetco.dev", "northwind.internal", "contoso.cloud", "tidal.works",
           "fernhill.org", "bluefin.app", "quarry.systems", "lumen-labs.com"]
USERS = ["dana", "ravi", "mei", "olek", "sofia", "kwame", "jonas", "aiko", "lucas", "priya", "tomasz", "ines",
         "hamid", "yuki", "carla", "nikolai", "fatima", "bram", "chen", "amara"]
PEOPLE = ["Dana", "Ravi", "Mei", "Olek", "Sofia", "Kwame", "Jonas", "Aiko", "Lucas", "Priya", "Tomasz", "Ines",
          "Hamid", "Yuki", "Carla", "Nikolai", "Fatima", "Bram", "Chen", "Amara"]
BRANCHES = ["fix/lock-timeout", "feat/export-csv", "chore/bump-deps", "hotfix/ledger-rounding", "main",
            "release/2.14", "spike/vector-index", "refactor/auth-middleware", "ci/cache-wheels", "docs/runbook"]
REPOS = ["acme/widget", "northwind/ledger", "tidal/ingest", "fernhill/site", "bluefin/mobile-api",
         "quarry/etl-jobs", "lumen/infra", "contoso/portal"]
FILES = ["src/app/main.py", "services/billing/handler.go", "lib/queue.ts", "internal/store/lock.go",
         "api/routes/users.rb", "pkg/retry/backoff.go", "web/src/pages/Checkout.tsx", "jobs/nightly_export.py",
         "config/settings.py", "charts/api/values.yaml", "infra/main.tf", "scripts/migrate.sh"]
WORDS = ["alpha", "river", "copper", "maple", "orbit", "falcon", "ember", "quartz", "delta", "harbor", "pixel",
         "cedar", "nova", "tundra", "sable", "lotus", "raven", "atlas", "willow", "cobalt", "zephyr", "basil"]
ENVS = ["prod", "staging", "stg", "qa", "dev", "preprod", "sandbox", "eu-prod", "us-east"]


def tok(r, n, alphabet=ALNUM):
    return "".join(r.choice(alphabet) for _ in range(n))


def hexs(r, n):
    return tok(r, n, HEX)


def password(r):
    """A random password of one of several styles (never a dictionary word alone)."""
    k = r.randrange(6)
    if k == 0:
        return tok(r, r.randint(14, 24), PWCHARS)
    if k == 1:
        return r.choice(WORDS).capitalize() + tok(r, 3, DIG) + r.choice("!@#$%&*") + tok(r, 5, ALNUM)
    if k == 2:
        return tok(r, r.randint(18, 32), ALNUM)
    if k == 3:
        return "-".join(tok(r, 5, LOW + DIG) for _ in range(4))
    if k == 4:
        return tok(r, 6, ALNUM) + r.choice("=|!@:") + tok(r, 6, ALNUM) + r.choice("=|!@:") + tok(r, 5, ALNUM)
    return tok(r, 4, UP) + tok(r, 6, DIG + LOW) + r.choice("#!%") + tok(r, 8, ALNUM)


def uuid4(r):
    h = hexs(r, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{r.choice('89ab')}{h[17:20]}-{h[20:32]}"


def ulid(r):
    return tok(r, 26, "0123456789ABCDEFGHJKMNPQRSTVWXYZ")


def ts(r, style=None):
    style = r.randrange(5) if style is None else style
    d, h, m, s = r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)
    mo = r.randint(1, 12)
    if style == 0:
        return f"2026-{mo:02d}-{d:02d}T{h:02d}:{m:02d}:{s:02d}Z"
    if style == 1:
        return f"2026-{mo:02d}-{d:02d} {h:02d}:{m:02d}:{s:02d},{r.randint(0, 999):03d}"
    if style == 2:
        return f"[{h:02d}:{m:02d}:{s:02d}]"
    if style == 3:
        return f"{['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][mo - 1]} {d:2d} {h:02d}:{m:02d}:{s:02d}"
    return f"{h:02d}:{m:02d}"


def log_prefix(r):
    k = r.randrange(6)
    lvl = r.choice(["INFO", "DEBUG", "WARN", "ERROR", "info", "I", "W"])
    if k == 0:
        return f"{ts(r, 0)} {lvl} "
    if k == 1:
        return f"{ts(r, 1)} [{r.choice(SERVICES)}] {lvl}: "
    if k == 2:
        return f"{ts(r, 3)} {r.choice(HOSTS)} {r.choice(SERVICES)}[{r.randint(100, 40000)}]: "
    if k == 3:
        return f"{lvl[0]}{r.randint(1000, 1231)} {r.randint(10, 23)}:{r.randint(10, 59)}:{r.randint(10, 59)}.{r.randint(100000, 999999)}    {r.randint(1, 99)} {r.choice(['main.go', 'server.go', 'worker.go'])}:{r.randint(10, 400)}] "
    if k == 4:
        return f"{r.choice(SERVICES)}-{hexs(r, 5)} | "
    return f"{ts(r, 2)} "


def pick(r, seq):
    return r.choice(seq)


def number_lines(r, text):
    start = r.randint(1, 240)
    width = len(str(start + text.count("\n")))
    sep = r.choice([" ", " | ", "\t", ": "])
    return "\n".join(f"{i:>{width}}{sep}{ln}" for i, ln in enumerate(text.split("\n"), start))


def quote_md(text):
    return "\n".join(("> " + ln) if ln else ">" for ln in text.split("\n"))


def fence(r, text, lang=None):
    lang = r.choice(["", "text", "console", "log", "bash", "yaml", "json"]) if lang is None else lang
    return f"```{lang}\n{text}\n```"


def bullets(r, items):
    mark = r.choice(["- ", "* ", "• ", "1. "])
    if mark == "1. ":
        return "\n".join(f"{i}. {it}" for i, it in enumerate(items, 1))
    return "\n".join(mark + it for it in items)


def md_table(header, rows):
    out = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    out += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(out)


def decorate(r, text):
    """Wrap a multi-line text in the noise it carries when pasted: line numbers, a markdown
    quote, a code fence, or nothing. Never changes what the text says."""
    if "\n" not in text:
        return text
    k = r.randrange(9)
    if k == 0:
        return number_lines(r, text)
    if k == 1:
        return quote_md(text)
    if k == 2:
        return fence(r, text)
    return text


def flatten(r, text):
    """Put a multi-line text onto one line, as an agent writing a single-line field does."""
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    return r.choice([" ", " \\n ", "\\n", " ⏎ ", " // ", " ¶ "]).join(lines)
