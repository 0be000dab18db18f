"""Random building blocks for the blind2 corpus: character classes, ids, synthetic secrets.

Every value is drawn from a `random.Random` the caller seeds, so the corpus is reproducible.
Nothing here is a real credential: tokens are random characters in a vendor's public shape.
"""

from __future__ import annotations

import base64
import json
import random
import string

LOWER = string.ascii_lowercase
UPPER = string.ascii_uppercase
DIGITS = string.digits
HEX = "0123456789abcdef"
ALNUM = LOWER + UPPER + DIGITS
B64 = ALNUM + "+/"
B64URL = ALNUM + "-_"
BASE32 = UPPER + "234567"
CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


def chars(rng: random.Random, alphabet: str, n: int) -> str:
    """n characters drawn uniformly from alphabet."""
    return "".join(rng.choice(alphabet) for _ in range(n))


def alnum(rng: random.Random, n: int) -> str:
    return chars(rng, ALNUM, n)


def hexs(rng: random.Random, n: int) -> str:
    return chars(rng, HEX, n)


def digits(rng: random.Random, n: int) -> str:
    return rng.choice("123456789") + chars(rng, DIGITS, n - 1)


def b64_bytes(rng: random.Random, nbytes: int, url: bool = False) -> str:
    raw = bytes(rng.getrandbits(8) for _ in range(nbytes))
    if url:
        return base64.urlsafe_b64encode(raw).decode().rstrip("=")
    return base64.b64encode(raw).decode()


def b64_text(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


def b64url_json(obj: object) -> str:
    return base64.urlsafe_b64encode(json.dumps(obj, separators=(",", ":")).encode()).decode().rstrip("=")


def uuid4(rng: random.Random) -> str:
    h = hexs(rng, 32)
    variant = rng.choice("89ab")
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{variant}{h[17:20]}-{h[20:32]}"


def ulid(rng: random.Random) -> str:
    return rng.choice("01") + chars(rng, CROCKFORD, 25)


def git_sha(rng: random.Random, n: int = 40) -> str:
    return hexs(rng, n)


WORDS = [
    "maple", "harbor", "falcon", "quartz", "ember", "willow", "cobalt", "juniper", "orbit", "saffron",
    "tundra", "violet", "granite", "lantern", "meadow", "nimbus", "pepper", "raven", "summit", "thistle",
    "velvet", "walnut", "zephyr", "copper", "dahlia", "fjord", "glacier", "hazel", "indigo", "kestrel",
]
SYMBOLS = "!@#$%^&*-_+=?"


def password(rng: random.Random) -> str:
    """A human-chosen or generated password, in one of several common shapes."""
    style = rng.randrange(5)
    if style == 0:
        return rng.choice(WORDS).capitalize() + rng.choice(SYMBOLS) + rng.choice(WORDS).capitalize() + digits(rng, 2)
    if style == 1:
        return chars(rng, ALNUM + SYMBOLS, rng.randint(14, 22))
    if style == 2:
        return alnum(rng, rng.randint(20, 32))
    if style == 3:
        return "-".join(rng.choice(WORDS) for _ in range(4)) + digits(rng, 1)
    w = rng.choice(WORDS)
    leet = w.replace("a", "4").replace("e", "3").replace("o", "0").replace("i", "1")
    return leet.capitalize() + digits(rng, 4) + rng.choice(SYMBOLS)


def jwt(rng: random.Random, claims: dict[str, object] | None = None) -> str:
    header = {"alg": rng.choice(["HS256", "RS256", "ES256"]), "typ": "JWT"}
    body: dict[str, object] = {
        "sub": rng.choice(["user_", "svc_", "acct_"]) + alnum(rng, 10),
        "iat": 1_700_000_000 + rng.randrange(50_000_000),
        "exp": 1_760_000_000 + rng.randrange(50_000_000),
    }
    if claims:
        body.update(claims)
    sig = b64_bytes(rng, 32 if header["alg"] == "HS256" else 64, url=True)
    return f"{b64url_json(header)}.{b64url_json(body)}.{sig}"


def pem(rng: random.Random, kind: str, lines: int | None = None) -> str:
    """A PEM block of random base64 lines labelled `kind` (e.g. 'RSA PRIVATE KEY')."""
    n = lines if lines is not None else rng.randint(4, 9)
    body = [b64_bytes(rng, 48) for _ in range(n - 1)] + [b64_bytes(rng, rng.randint(6, 40))]
    return f"-----BEGIN {kind}-----\n" + "\n".join(body) + f"\n-----END {kind}-----"


FIRST = ["alice", "bob", "carol", "dmitri", "elena", "farid", "greta", "hiro", "ines", "jonas", "keiko", "luca",
         "mei", "nadia", "oskar", "priya", "quentin", "rosa", "sven", "tariq", "uma", "viktor", "wen", "yusuf"]
SERVICES = ["billing", "auth", "search", "ledger", "catalog", "notify", "ingest", "reports", "gateway", "inventory",
            "payments", "orders", "profile", "media", "scheduler", "metrics"]
ENVS = ["prod", "staging", "dev", "qa", "canary", "preprod", "sandbox"]
TLDS = ["internal", "corp", "io", "net", "dev", "cloud", "example.com", "lan"]
REPOS = ["acme/widget", "acme/ledger", "northwind/api", "contoso/web", "initech/tps", "globex/infra",
         "umbrella/ci", "hooli/search", "piedpiper/compress", "stark/armor", "wayne/bat-ci", "tyrell/nexus"]
MODELS = ["claude-sonnet-4-5", "claude-opus-4-1", "claude-haiku-4-5", "gpt-4o", "gpt-4.1-mini", "o3", "o4-mini",
          "gemini-2.5-pro", "gemini-2.5-flash", "llama-3.3-70b", "mistral-large-2411", "qwen2.5-coder-32b",
          "deepseek-v3", "grok-3", "command-r-plus", "gpt-5", "codestral-2501"]
PROVIDERS = ["anthropic", "openai", "google", "mistral", "groq", "together", "openrouter", "bedrock", "vertex",
             "azure-openai", "deepseek", "xai", "fireworks", "ollama"]


def host(rng: random.Random) -> str:
    return f"{rng.choice(SERVICES)}-{rng.choice(ENVS)}.{rng.choice(TLDS)}"


def user(rng: random.Random) -> str:
    return rng.choice([rng.choice(FIRST), f"{rng.choice(SERVICES)}_svc", f"{rng.choice(SERVICES)}_app", "admin",
                       "deploy", "root", "ci-bot", f"{rng.choice(FIRST)}.{rng.choice(FIRST)}"])


def service(rng: random.Random) -> str:
    return rng.choice(SERVICES)


def env(rng: random.Random) -> str:
    return rng.choice(ENVS)


def repo(rng: random.Random) -> str:
    return rng.choice(REPOS)


def pr(rng: random.Random) -> int:
    return rng.randint(12, 4800)
