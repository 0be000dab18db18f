"""Random pieces for blind26: synthetic credential values in their vendors' formats, identifiers, numbers.

Every value here is random characters shaped like the real format; none is a real key.
"""
import base64
import random
import string

UP = string.ascii_uppercase
LO = string.ascii_lowercase
DG = string.digits
AN = UP + LO + DG
HEX = "0123456789abcdef"
B64 = AN + "+/"
URL = AN + "-_"


def s(r: random.Random, alphabet: str, n: int) -> str:
    return "".join(r.choice(alphabet) for _ in range(n))


def b64(r: random.Random, nbytes: int) -> str:
    return base64.b64encode(bytes(r.randrange(256) for _ in range(nbytes))).decode()


def b64url(r: random.Random, nbytes: int) -> str:
    return base64.urlsafe_b64encode(bytes(r.randrange(256) for _ in range(nbytes))).decode().rstrip("=")


def jwt(r: random.Random, claims: str = "") -> str:
    head = base64.urlsafe_b64encode(b'{"alg":"RS256","typ":"JWT"}').decode().rstrip("=")
    body = claims or '{"sub":"%s","iat":%d,"exp":%d}' % (s(r, LO + DG, 10), 1790000000 + r.randrange(9999999), 1800000000 + r.randrange(9999999))
    return head + "." + base64.urlsafe_b64encode(body.encode()).decode().rstrip("=") + "." + b64url(r, 64)


def password(r: random.Random) -> str:
    kind = r.randrange(5)
    if kind == 0:
        return s(r, AN, r.randint(14, 22))
    if kind == 1:
        return s(r, AN, 6) + r.choice("!#%*+=?@") + s(r, AN, 7) + r.choice("!#%*+") + s(r, DG, 2)
    if kind == 2:
        words = ["Tundra", "Kestrel", "Basalt", "Quasar", "Marmot", "Copper", "Velvet", "Sorrel", "Gannet", "Pylon", "Ozone", "Falcon"]
        return r.choice(words) + r.choice("-_.!") + r.choice(words).lower() + str(r.randint(10, 9999)) + r.choice("!?#$")
    if kind == 3:
        return s(r, LO, 4) + s(r, DG, 3) + s(r, UP, 3) + r.choice("$%&") + s(r, AN, 6)
    return s(r, URL, r.randint(20, 32))


def pem(r: random.Random, kind: str = "PRIVATE KEY", nbytes: int = 0) -> str:
    body = b64(r, nbytes or r.choice([612, 900, 1190]))
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (kind, "\n".join(lines), kind)


def ident(r: random.Random, n: int = 8) -> str:
    return s(r, LO + DG, n)


# ---- credential formats: name -> (label for notes, value maker) ----

def aws_akid(r): return "AKIA" + s(r, UP + "234567", 16)
def aws_asia(r): return "ASIA" + s(r, UP + "234567", 16)
def aws_secret(r): return s(r, AN + "+/", 40)
def gh_pat(r): return "ghp_" + s(r, AN, 36)
def gh_fine(r): return "github_pat_11" + s(r, UP + DG, 20) + "_" + s(r, AN, 59)
def gh_app(r): return "ghs_" + s(r, AN, 36)
def gl_pat(r): return "glpat-" + s(r, AN + "-_", 20)
def slack_bot(r): return "xoxb-%s-%s-%s" % (s(r, DG, 11), s(r, DG, 13), s(r, AN, 24))
def slack_user(r): return "xoxp-%s-%s-%s-%s" % (s(r, DG, 11), s(r, DG, 12), s(r, DG, 13), s(r, HEX, 32))
def slack_hook(r): return "https://hooks.slack.com/services/T%s/B%s/%s" % (s(r, UP + DG, 8), s(r, UP + DG, 10), s(r, AN, 24))
def discord_hook(r): return "https://discord.com/api/webhooks/%s/%s" % (s(r, DG, 18), s(r, URL, 68))
def teams_hook(r): return "https://%s.webhook.office.com/webhookb2/%s@%s/IncomingWebhook/%s/%s" % (s(r, LO, 6), uuid(r), uuid(r), s(r, HEX, 32), uuid(r))
def stripe_live(r): return "sk_live_" + s(r, AN, 24 + r.randrange(76))
def stripe_rk(r): return "rk_live_" + s(r, AN, 24 + r.randrange(30))
def openai_key(r): return "sk-proj-" + s(r, URL, 48) + "T3BlbkFJ" + s(r, URL, 48)
def anthropic_key(r): return "sk-ant-api03-" + s(r, URL, 93) + "AA"
def hf_token(r): return "hf_" + s(r, UP + LO, 34)
def wandb_key(r): return s(r, HEX, 40)
def replicate(r): return "r8_" + s(r, AN, 37)
def groq(r): return "gsk_" + s(r, AN, 52)
def databricks(r): return "dapi" + s(r, HEX, 32) + (r.choice(["", "-2", "-3"]))
def google_key(r): return "AIza" + s(r, URL, 35)
def azure_acct_key(r): return b64(r, 64)
def twilio_sk(r): return "SK" + s(r, HEX, 32)
def twilio_token(r): return s(r, HEX, 32)
def sendgrid(r): return "SG." + s(r, URL, 22) + "." + s(r, URL, 43)
def mapbox(r): return "sk.eyJ1Ijoi" + s(r, AN, 24) + "." + s(r, URL, 22)
def npm_token(r): return "npm_" + s(r, AN, 36)
def pypi_token(r): return "pypi-AgEIcHlwaS5vcmc" + s(r, URL, 60 + r.randrange(80))
def vault_token(r): return "hvs." + s(r, AN, 24 + r.randrange(70))
def okta_token(r): return "00" + s(r, AN + "-_", 40)
def atlassian(r): return "ATATT3xFfGF0" + s(r, URL, 180) + "=" + s(r, UP + DG, 8)
def datadog(r): return s(r, HEX, 32)
def grafana_sa(r): return "glsa_" + s(r, AN, 32) + "_" + s(r, HEX, 8)
def sentry_dsn(r): return "https://%s@o%s.ingest.sentry.io/%s" % (s(r, HEX, 32), s(r, DG, 6), s(r, DG, 7))
def telegram(r): return "%s:AA%s" % (s(r, DG, 10), s(r, URL, 33))
def firebase_server(r): return "AAAA" + s(r, URL, 7) + ":APA91b" + s(r, URL, 134)
def expo(r): return s(r, URL, 40)
def steam_webapi(r): return s(r, HEX.upper(), 32)
def p4_ticket(r): return s(r, HEX.upper(), 32)
def alpaca_id(r): return "PK" + s(r, UP + DG, 18)
def alpaca_secret(r): return s(r, AN, 40)
def binance(r): return s(r, AN, 64)
def polygon(r): return s(r, AN, 32)
def plaid_secret(r): return s(r, HEX, 30)
def ncbi(r): return s(r, HEX, 36)
def basespace(r): return s(r, HEX, 32)
def lorawan_appkey(r): return s(r, HEX.upper(), 32)
def particle(r): return s(r, HEX, 40)
def balena(r): return s(r, AN, 32)
def foxglove(r): return "fox_sk_" + s(r, AN, 32)
def roboflow(r): return s(r, AN, 20)
def scale_live(r): return "live_" + s(r, HEX, 32)
def comet(r): return s(r, AN, 25)
def neptune(r): return base64.b64encode(('{"api_address":"https://app.neptune.ai","api_url":"https://app.neptune.ai","api_key":"%s"}' % uuid(r)).encode()).decode()
def azure_client_secret(r): return s(r, AN, 3) + "8Q~" + s(r, AN + "._~-", 34)
def op_service(r): return "ops_eyJzaWduSW5BZGRyZXNzIjoi" + s(r, URL, 200)
def codemagic(r): return s(r, URL, 43)
def app_specific(r): return "-".join(s(r, LO, 4) for _ in range(4))
def docker_auth(r, user="ci-bot"): return base64.b64encode(("%s:%s" % (user, password(r))).encode()).decode()
def eos_secret(r): return s(r, URL, 43)
def playfab(r): return s(r, UP + DG, 52)
def globus_refresh(r): return s(r, AN, 50)
def dnanexus(r): return s(r, AN, 32)
def synapse(r): return jwt(r)
def label_studio(r): return s(r, HEX, 40)
def cohere(r): return s(r, AN, 40)
def mistral(r): return s(r, AN, 32)
def gcs_sig(r): return s(r, HEX, 512)
def s3_sig(r): return s(r, HEX, 64)
def coinbase_secret(r): return b64(r, 64)


def uuid(r: random.Random) -> str:
    h = s(r, HEX, 32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], r.choice("89ab"), h[17:20], h[20:32])


def sha(r: random.Random, n: int = 40) -> str:
    return s(r, HEX, n)


def ip(r: random.Random) -> str:
    return "10.%d.%d.%d" % (r.randint(0, 254), r.randint(0, 254), r.randint(2, 254))


def host(r: random.Random) -> str:
    return r.choice(["gpu", "node", "build", "lab", "rig", "farm", "dgx", "hpc", "cn", "bench"]) + "%02d" % r.randint(1, 64) + r.choice([".int", ".lab.local", ".cluster", "", ".corp"])


def date(r: random.Random) -> str:
    return "2026-%02d-%02d" % (r.randint(1, 12), r.randint(1, 28))


def clock(r: random.Random) -> str:
    return "%02d:%02d" % (r.randint(7, 22), r.randint(0, 59))


def pick(r: random.Random, seq):
    return seq[r.randrange(len(seq))]
