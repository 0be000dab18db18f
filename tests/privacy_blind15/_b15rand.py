"""Random helpers for blind15: synthetic credential shapes, high-entropy non-secrets, names.

Every vendor prefix is written as two adjacent string literals so that repository scanners do
not flag this file; every value is random characters in the format's shape, never a real one.
"""
from __future__ import annotations

import base64
import json
import random
import string

LOW = string.ascii_lowercase
UP = string.ascii_uppercase
DIG = string.digits
HEX = "0123456789abcdef"
ALNUM = LOW + UP + DIG
B64 = ALNUM + "+/"
B64URL = ALNUM + "-_"
CROCK = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


def s(r: random.Random, alphabet: str, n: int) -> str:
    return "".join(r.choice(alphabet) for _ in range(n))


def pick(r: random.Random, seq):
    return seq[r.randrange(len(seq))]


# ---- credentials ---------------------------------------------------------------------------

def gh_pat(r):
    return "gh" "p_" + s(r, ALNUM, 36)


def gh_oauth(r):
    return "gh" "o_" + s(r, ALNUM, 36)


def gh_fine(r):
    return "github" "_pat_" + s(r, ALNUM, 22) + "_" + s(r, ALNUM, 59)


def gl_pat(r):
    return "gl" "pat-" + s(r, ALNUM + "-_", 20)


def slack_bot(r):
    return "xo" "xb-" + s(r, DIG, 12) + "-" + s(r, DIG, 13) + "-" + s(r, ALNUM, 24)


def slack_user(r):
    return "xo" "xp-" + s(r, DIG, 12) + "-" + s(r, DIG, 12) + "-" + s(r, DIG, 13) + "-" + s(r, HEX, 32)


def stripe_live(r):
    return "sk" "_live_" + s(r, ALNUM, 99 if r.random() < 0.5 else 24)


def stripe_rk(r):
    return "rk" "_live_" + s(r, ALNUM, 58)


def aws_id(r):
    return pick(r, ["AK" "IA", "AS" "IA"]) + s(r, UP + "234567", 16)


def aws_secret(r):
    return s(r, ALNUM + "/+", 40)


def openai_key(r):
    return "sk" "-proj-" + s(r, B64URL, 74) + "T3Blbk" "FJ" + s(r, B64URL, 74)


def anthropic_key(r):
    return "sk" "-ant-api03-" + s(r, B64URL, 93) + "AA"


def google_key(r):
    return "AI" "za" + s(r, B64URL, 35)


def npm_tok(r):
    return "np" "m_" + s(r, ALNUM, 36)


def pypi_tok(r):
    return "pypi" "-AgEIcHlwaS5vcmc" + s(r, B64URL, 120)


def sendgrid(r):
    return "S" "G." + s(r, B64URL, 22) + "." + s(r, B64URL, 43)


def twilio_sk(r):
    return "S" "K" + s(r, HEX, 32)


def mailgun(r):
    return "ke" "y-" + s(r, HEX, 32)


def shopify(r):
    return "shp" "at_" + s(r, HEX, 32)


def hf_tok(r):
    return "h" "f_" + s(r, ALNUM, 34)


def do_tok(r):
    return "do" "p_v1_" + s(r, HEX, 64)


def vault_tok(r):
    return "hv" "s." + s(r, ALNUM + "_-", 90)


def tfc_tok(r):
    return s(r, ALNUM, 14) + ".atlas" "v1." + s(r, ALNUM, 67)


def postman(r):
    return "PM" "AK-" + s(r, HEX, 24) + "-" + s(r, HEX, 34)


def linear(r):
    return "lin" "_api_" + s(r, ALNUM, 40)


def notion(r):
    return "nt" "n_" + s(r, ALNUM, 46)


def atlassian(r):
    return "ATA" "TT3xFfGF0" + s(r, B64URL, 180) + "=" + s(r, HEX.upper(), 8)


def telegram(r):
    return s(r, DIG, 10) + ":" + "AA" + s(r, B64URL, 33)


def grafana(r):
    return "gl" "sa_" + s(r, ALNUM, 32) + "_" + s(r, HEX, 8)


def doppler(r):
    return "dp" ".st." + pick(r, ["dev", "prd", "stg"]) + "." + s(r, ALNUM, 43)


def fcm_server(r):
    return "AAAA" + s(r, B64URL, 7) + ":" + "APA91b" + s(r, B64URL, 134)


def azure_acct_key(r):
    return s(r, ALNUM + "+/", 86) + "=="


def hex32(r):
    return s(r, HEX, 32)


def hex40(r):
    return s(r, HEX, 40)


def generic_secret(r, n=None):
    return s(r, ALNUM, n or r.randint(28, 48))


def b64url_secret(r, n=None):
    return s(r, B64URL, n or r.randint(32, 64))


def b64(b: bytes) -> str:
    return base64.b64encode(b).decode()


def b64u(b: bytes) -> str:
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def jwt(r, sub=None):
    hdr = {"alg": pick(r, ["HS256", "RS256", "ES256"]), "typ": "JWT"}
    if r.random() < 0.5:
        hdr["kid"] = s(r, B64URL, 22)
    now = 1790000000 + r.randint(0, 9000000)
    body = {"sub": sub or str(r.randint(10000, 999999)), "iat": now, "exp": now + pick(r, [900, 3600, 86400]),
            "iss": pick(r, ["https://auth.acme-internal.io/", "https://login.tessellate.dev", "keycloak"]),
            "scope": pick(r, ["read write", "openid profile email", "admin", "repo:read"])}
    sig = s(r, B64URL, pick(r, [43, 86, 342]))
    return b64u(json.dumps(hdr, separators=(",", ":")).encode()) + "." + b64u(
        json.dumps(body, separators=(",", ":")).encode()) + "." + sig


def pem_body(r, nbytes):
    raw = bytes(r.randrange(256) for _ in range(nbytes))
    t = b64(raw)
    return "\n".join(t[i:i + 64] for i in range(0, len(t), 64))


def pem_private(r, kind=None):
    kind = kind or pick(r, ["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY"])
    n = {"RSA PRIVATE KEY": 1190, "PRIVATE KEY": 1216, "EC PRIVATE KEY": 121, "OPENSSH PRIVATE KEY": 399}[kind]
    if kind == "OPENSSH PRIVATE KEY":
        raw = b"openssh-key-v1\x00" + bytes(r.randrange(256) for _ in range(n))
        t = b64(raw)
        body = "\n".join(t[i:i + 70] for i in range(0, len(t), 70))
    else:
        body = pem_body(r, n)
    return "-----BEGIN " + kind + "-----\n" + body + "\n-----END " + kind + "-----"


def pgp_private(r):
    return ("-----BEGIN PGP PRIVATE" " KEY BLOCK-----\n\n" + pem_body(r, 700) + "\n=" + s(r, B64, 4)
            + "\n-----END PGP PRIVATE" " KEY BLOCK-----")


WORDS = ["amber", "basalt", "cobalt", "dune", "ember", "fjord", "garnet", "harbor", "indigo", "juniper", "kestrel", "lantern", "marble", "nimbus", "onyx", "prairie", "quartz", "raven", "saffron", "tundra", "umber", "velvet", "willow", "xenon", "yarrow", "zephyr"]


def human_pw(r):
    f = pick(r, [
        lambda: pick(r, WORDS).capitalize() + str(r.randint(1990, 2027)) + pick(r, "!#$%&*?"),
        lambda: pick(r, WORDS) + pick(r, ["-", ".", "_"]) + pick(r, WORDS) + str(r.randint(10, 99)) + pick(r, "!@#"),
        lambda: pick(r, WORDS).capitalize() + pick(r, "@#$") + pick(r, WORDS).capitalize() + str(r.randint(1, 999)),
        lambda: pick(r, ["Summer", "Winter", "Herbst", "Printemps", "Verano"]) + str(r.randint(2019, 2027)) + pick(r, "!?#") + s(r, UP, 2),
    ])
    return f()


def gen_pw(r, n=None):
    return s(r, ALNUM + "!#%^*-_=+", n or r.randint(16, 32))


def any_pw(r):
    return human_pw(r) if r.random() < 0.45 else gen_pw(r)


def url_pw(r):
    """A password safe inside a URL userinfo."""
    return human_pw(r).replace("#", "9").replace("?", "7").replace("@", "A").replace("%", "5").replace("/", "x") if r.random() < 0.4 else s(r, ALNUM, r.randint(14, 28))


# ---- high-entropy non-secrets ---------------------------------------------------------------

def sha1(r):
    return s(r, HEX, 40)


def short_sha(r):
    return s(r, HEX, pick(r, [7, 8, 10, 12]))


def sha256(r):
    return s(r, HEX, 64)


def sha512(r):
    return s(r, HEX, 128)


def sri(r):
    alg = pick(r, ["sha256", "sha384", "sha512"])
    n = {"sha256": 32, "sha384": 48, "sha512": 64}[alg]
    return alg + "-" + b64(bytes(r.randrange(256) for _ in range(n)))


def uuid4(r):
    h = s(r, HEX, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{pick(r, '89ab')}{h[17:20]}-{h[20:]}"


def ulid(r):
    return s(r, "0123456789ABCDEFGHJKMN", 1) + s(r, CROCK, 25)


def docker_digest(r):
    return "sha256:" + sha256(r)


def ssh_fp(r):
    return "SHA256:" + b64(bytes(r.randrange(256) for _ in range(32))).rstrip("=")


def ssh_pub(r):
    return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + s(r, B64, 43) + " " + pick(r, ["ci@build", "deploy@bastion", "mira@laptop", "yuki@work-mbp"])


def build_id(r):
    return pick(r, [lambda: str(r.randint(1000000000, 9999999999)),
                    lambda: f"{r.randint(10000, 99999)}-{r.randint(1, 9)}",
                    lambda: "bld-" + s(r, LOW + DIG, 10),
                    lambda: "run_" + s(r, DIG, 11)])()


def b64_nonsecret(r):
    obj = pick(r, [{"theme": "dark", "fontSize": r.randint(11, 18)},
                   {"locale": pick(r, ["de-DE", "ja-JP", "pt-BR"]), "tz": "UTC"},
                   {"feature": pick(r, ["new-checkout", "beta-search"]), "enabled": r.random() < .5},
                   {"page": r.randint(2, 90), "per_page": 50},
                   {"cursor": r.randint(100, 99999), "dir": "asc"}])
    return b64(json.dumps(obj, separators=(",", ":")).encode())


# ---- people, places, things -----------------------------------------------------------------

PEOPLE = ["mira", "tomasz", "yuki", "ana", "lukas", "priya", "omar", "chen", "fatima", "diego", "sofia", "jonas",
          "aiko", "mehmet", "linh", "rahul", "zofia", "pierre", "camila", "dmitri", "hana", "ines", "kwame", "siti"]
ORGS = ["acme", "northwind", "tessellate", "kelpie", "orbitfox", "bramble-labs", "quillstack", "harborline"]
REPOS = ["widget", "billing-api", "ingest", "web", "infra", "mobile", "ledger", "search", "notifier", "auth-gateway"]
SERVICES = ["checkout", "ledger", "search", "ingest", "notifier", "payments", "inventory", "reports", "auth", "media"]
HOSTS = ["db-prod-2.internal", "10.0.3.17", "pg.eu-west-1.rds.amazonaws.com", "redis-cache.svc.cluster.local",
         "mq.harborline.net", "172.18.0.4", "mysql-replica-1", "broker.iot.kelpie.io", "sql-eu.tessellate.dev"]
FILES = ["src/api/orders.py", "lib/retry.ts", "cmd/server/main.go", "app/models/user.rb", "src/lib.rs",
         "internal/queue/worker.go", "web/src/components/Cart.tsx", "services/billing/invoice.py",
         "pkg/cache/lru.go", "src/main/java/com/acme/OrderService.java", "tests/test_sync.py", "scripts/migrate.sh"]
TESTS = ["test_refund_rounding", "test_sync_retries", "TestLeaseExpiry", "should render empty cart",
         "test_csv_export_unicode", "TestWorkerShutdown", "it handles 429 from upstream", "test_tz_boundary"]
BRANCHES = ["fix/lock-timeout", "feat/csv-export", "chore/bump-deps", "perf/batch-writes", "fix/flaky-e2e",
            "refactor/queue", "feat/sso-login", "hotfix/2.4.1"]
ENVS = ["prod", "staging", "dev", "qa", "eu-prod", "sandbox"]


def person(r):
    return pick(r, PEOPLE)


def org(r):
    return pick(r, ORGS)


def repo(r):
    return org(r) + "/" + pick(r, REPOS)


def ts(r):
    return f"2026-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}T{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}"


def hm(r):
    return f"{r.randint(7, 22)}:{r.randint(0, 59):02d}"


def ip(r):
    return f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"


def port(r):
    return pick(r, [5432, 3306, 6379, 5672, 1883, 8883, 27017, 9092, 1433, 8080, 8443])


def num(r, a=2, b=900):
    return r.randint(a, b)
