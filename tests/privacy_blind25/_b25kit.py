"""Shared pieces for privacy_blind25's category builders: the language banks, slot values
(English identifiers the teams leave untranslated), local date and number formats, and `fill`.
"""
from _b25extra import extend, extend_pairs
from _b25lang_a import BANKS_A
from _b25lang_b import BANKS_B
from _b25lang_c import BANKS_C
from _b25rand import DG, R, pick, rs

BANKS = BANKS_A + BANKS_B + BANKS_C
extend_pairs(BANKS)  # pairs index the banks' own lists: before `extend` appends to them
extend(BANKS)
BY = {b["code"]: b for b in BANKS}
RTL = [BY["ar"], BY["fa"], BY["he"]]
CJK = [BY["zh"], BY["ja"], BY["ko"]]

SVC = ["payment-gateway", "order-api", "notifier", "auth-service", "billing-worker", "search-indexer", "kyc-service",
       "report-cron", "media-resizer", "ledger", "shipment-tracker", "promo-engine", "chat-gateway", "otp-sender"]
PATH = ["services/order/config.yaml", "internal/retry/backoff.go", "deploy/helm/values-prod.yaml",
        "app/jobs/sync_job.rb", "src/lib/http.ts", "infra/terraform/vpc.tf", "scripts/migrate_2026_12.py",
        "cmd/worker/main.go", "config/settings/production.py", "k8s/overlays/prod/kustomization.yaml",
        "src/main/resources/application-prod.yml", "packages/api/src/payments/webhook.ts"]
VAULT = ["secret/data/prod/payments", "kv/team-core/staging/db", "secret/apps/notifier/telegram",
         "kv/infra/ci/registry", "secret/data/ml/llm-gateway"]
CMD = ["make test", "go test ./...", "pytest -q tests/integration", "npm run test:e2e", "bundle exec rspec",
       "./gradlew check", "cargo test", "php artisan test", "dotnet test", "mvn -q verify"]
ERRS = ["connection reset by peer", "context deadline exceeded", "ECONNREFUSED 10.0.3.12:5432",
        "OOMKilled (exit code 137)", "x509: certificate signed by unknown authority", "too many open files",
        "deadlock detected", "ERR max number of clients reached"]

PERSIAN = "۰۱۲۳۴۵۶۷۸۹"
ARABIC = "٠١٢٣٤٥٦٧٨٩"


def to_digits(s: str, table: str) -> str:
    return "".join(table[int(c)] if c.isdigit() else c for c in s)


def date_for(b: dict) -> str:
    y, m, d = 2026, pick([10, 11, 12]), R.randint(1, 28)
    if b["code"] == "fa":
        return to_digits(f"1405/{m - 2:02d}/{d:02d}", PERSIAN)
    return b["date"].replace("{y}", str(y)).replace("{m}", f"{m:02d}" if b["code"] not in ("zh", "ja", "ko") else str(m)) \
        .replace("{d}", f"{d:02d}" if b["code"] not in ("zh", "ja", "ko") else str(d)).replace("{by}", str(y + 543))


def num_for(b: dict, x: float) -> str:
    """x with the team's own thousands and decimal separators."""
    whole, frac = f"{x:,.1f}".split(".")
    c = b["code"]
    if c in ("ru", "uk", "pl"):
        return whole.replace(",", "\u00a0") + "," + frac
    if c in ("tr", "el", "id", "pt", "es", "vi"):
        return whole.replace(",", ".") + "," + frac
    if c == "hi":
        n = int(x)
        s = str(n)
        head, tail = s[:-3], s[-3:]
        parts = []
        while len(head) > 2:
            parts.insert(0, head[-2:])
            head = head[:-2]
        if head:
            parts.insert(0, head)
        return ",".join([*parts, tail]) + "." + frac if parts else tail + "." + frac
    if c == "ar":
        return to_digits(whole.replace(",", "٬") + "٫" + frac, ARABIC)
    if c == "fa":
        return to_digits(whole.replace(",", "٬") + "٫" + frac, PERSIAN)
    return whole + "." + frac


def fill(s: str, b: dict | None = None, **kw: str) -> str:
    vals = {"svc": pick(SVC), "path": pick(PATH), "vault": pick(VAULT), "cmd": pick(CMD), "n": str(R.randint(2, 40)),
            "err": pick(ERRS)}
    vals.update(kw)
    for k, v in vals.items():
        s = s.replace("{" + k + "}", v)
    if b is not None and "{date}" in s:
        s = s.replace("{date}", date_for(b))
    return s


def bank() -> dict:
    return pick(BANKS)


def some(seq, k):
    return R.sample(seq, min(k, len(seq)))


def ticket_id() -> str:
    return pick(["OPS", "PAY", "CORE", "INFRA", "SUP", "MOB"]) + "-" + rs(DG, 4).lstrip("0")


def hhmm() -> str:
    return f"{R.randint(8, 22):02d}:{R.randint(0, 59):02d}"


def flatten(text: str) -> str:
    """A multi-line text as some tools store it: one line with literal \\n."""
    return text.replace("\n", "\\n")


def lay(b: dict | None, parts: list[str], p_ml: float = 0.4) -> str:
    """Items on separate lines (p_ml) or run together on one line, as notes are often typed."""
    if R.random() < p_ml:
        return "\n".join(parts)
    cjk = b is not None and b["code"] in ("zh", "ja")
    return pick(["　", "　", " ", "／"] if cjk else [" ", " · ", " | ", "; "]).join(parts)


def pad(b: dict, s: str, p: float = 0.6) -> str:
    """Lengthen a one-liner with the note around it: what came before and what comes next."""
    if R.random() >= min(1.0, p + 0.3):
        return s
    before = " ".join(fill(x, b) for x in some(b["note"], pick([1, 1, 2])))
    after = fill(pick(b["next"]), b) if R.random() < 0.7 else ""
    return " ".join(x for x in (before, s, after) if x)


def non_secret_id() -> str:
    """Random-looking identifiers that are not credentials: trace ids, commits, digests, request ids."""
    from _b25rand import HEX, uuid
    return pick([f"trace_id={rs(HEX, 32)}", f"commit {rs(HEX, 40)}", f"{rs(HEX, 7)}", f"sha256:{rs(HEX, 64)}",
                 f"request-id: {uuid()}", f"X-Request-Id: {uuid()}", f"event_id {rs(HEX, 32)}",
                 f"image: registry.example/{pick(SVC)}@sha256:{rs(HEX, 64)}", f"run #{R.randint(1000, 99999)} ({rs(HEX, 8)})",
                 f"job {uuid()}", f"ETag: \"{rs(HEX, 32)}\""])
