"""Random pieces shared by the blind24 modules: characters, names, numbers, and the finishing step
that flattens or escapes some multi-line texts the way documents get pasted into notes."""
import random
import string

LOW = string.ascii_lowercase
UP = string.ascii_uppercase
DIG = string.digits
HEX = "0123456789abcdef"
AN = LOW + UP + DIG
B64 = AN + "+/"
URLSAFE = AN + "-_"

PEOPLE = ["Ana", "Bram", "Chloé", "Dmitri", "Elif", "Farid", "Greta", "Hiro", "Inés", "Jonas", "Kasia",
          "Luca", "Mei", "Nadia", "Olu", "Pedro", "Quinn", "Rania", "Sven", "Tomás", "Uma", "Viktor",
          "Wen", "Yara", "Zoltan", "Priya", "Kenji", "Marta", "Sami", "Lena"]
SERVICES = ["billing-api", "ledger", "search-indexer", "auth-gateway", "media-store", "notif-worker",
            "report-builder", "catalog", "payments-edge", "etl-nightly", "crm-sync", "geo-lookup",
            "invoice-render", "pricing", "feature-flags", "audit-log", "export-service", "kiosk-backend"]
TEAMS = ["Platform", "Data", "Payments", "Growth", "SRE", "Mobile", "Support Tools", "Security", "Infra"]


def rs(r: random.Random, alphabet: str, n: int) -> str:
    return "".join(r.choice(alphabet) for _ in range(n))


def person(r: random.Random) -> str:
    return r.choice(PEOPLE)


def handle(r: random.Random) -> str:
    return r.choice(PEOPLE).lower().replace("é", "e").replace("í", "i").replace("á", "a") + r.choice(["", ".k", "_ops", "92", "-dev", ""])


def svc(r: random.Random) -> str:
    return r.choice(SERVICES)


def date(r: random.Random) -> str:
    return f"2026-{r.randint(1, 11):02d}-{r.randint(1, 28):02d}"


def clock(r: random.Random) -> str:
    return f"{r.randint(7, 19):02d}:{r.randint(0, 59):02d}"


def ver(r: random.Random) -> str:
    return f"{r.randint(0, 9)}.{r.randint(0, 30)}.{r.randint(0, 12)}"


def uuid(r: random.Random) -> str:
    h = rs(r, HEX, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{r.choice('89ab')}{h[17:20]}-{h[20:]}"


def finish(r: random.Random, text: str) -> str:
    """Some multi-line documents arrive flattened to one line or with literal \\n sequences."""
    text = text.strip()
    if "\n" in text:
        x = r.random()
        if x < 0.45:
            text = " ".join(line.strip() for line in text.splitlines() if line.strip())
        elif x < 0.55:
            text = "\\n".join(text.splitlines())
    return text.strip()
