"""Random pieces for blind22: one seeded generator, identifiers of a team's machines, and
credential-shaped values (random characters in each format's shape, never real)."""
import base64
import random
import string

R = random.Random(2222022)

AL = string.ascii_letters + string.digits
UP = string.ascii_uppercase + string.digits
LO = string.ascii_lowercase + string.digits
HEX = "0123456789abcdef"
B64 = string.ascii_letters + string.digits + "+/"
URL = string.ascii_letters + string.digits + "-_"


def pick(seq):
    return seq[R.randrange(len(seq))]


def chars(pool, n):
    return "".join(pool[R.randrange(len(pool))] for _ in range(n))


def sha(n=40):
    return chars(HEX, n)


def num(lo, hi):
    return R.randint(lo, hi)


def chance(p):
    return R.random() < p


def hhmm():
    return f"{num(0, 23):02d}:{num(0, 59):02d}"


def stamp():
    return f"2026-{num(1, 12):02d}-{num(1, 28):02d}T{num(0, 23):02d}:{num(0, 59):02d}:{num(0, 59):02d}Z"


def dur():
    return f"{num(0, 9)}m{num(1, 59):02d}s" if chance(0.6) else f"{num(1, 59)}.{num(0, 9)}s"


PEOPLE = ["maya", "jonas", "priya", "li.wei", "tomasz", "aiko", "carlos", "fatima", "olu", "sven", "hana",
          "diego", "ines", "rahul", "yuki", "mehmet", "nguyen.an", "chloe", "ravi", "anya", "kwame", "lucia"]
SERVICES = ["billing-api", "checkout", "search-indexer", "auth-gateway", "ledger", "notifier", "media-resizer",
            "orders", "inventory-sync", "web-frontend", "geo-router", "report-worker", "session-svc", "payments"]
REPOS = ["acme/platform", "acme/billing", "infra/terraform-live", "web/storefront", "data/pipelines",
         "acme/mobile-api", "ops/runbooks", "infra/helm-charts", "ml/ranking", "acme/handoff-config"]
BRANCHES = ["main", "release/2026.12", "fix/retry-backoff", "feat/bulk-export", "chore/bump-deps", "hotfix/tls-chain",
            "renovate/node-22.x", "feat/ledger-v2", "ci/cache-keys"]
ENVS = ["staging", "prod", "prod-eu", "canary", "dev", "qa", "prod-us-east", "sandbox"]
RUNNERS = ["gha-ubuntu-24-x64", "self-hosted-arm64-07", "gl-runner-k8s-3", "jenkins-agent-12", "bk-agent-linux-5",
           "circleci-docker-large", "azure-ubuntu-latest", "ci-mac-m2-02"]
AGENTS = ["claude-code", "codex", "opencode", "ci-runner", "release-bot", "deploy-bot", "renovate", "nightly-agent"]
HOSTS = ["ip-10-4-12-88", "build-07.ci.internal", "dev-laptop-maya", "runner-gl-3a9", "ws-priya", "k8s-node-c4",
         "agent-box-2", "bastion-eu-1"]


def repo():
    return pick(REPOS)


def who():
    return pick(PEOPLE)


def svc():
    return pick(SERVICES)


def env():
    return pick(ENVS)


def runid():
    return str(num(4000000000, 9999999999))


def job_url():
    kind = num(0, 3)
    if kind == 0:
        return f"https://github.com/{repo()}/actions/runs/{runid()}/job/{num(10**10, 10**11)}"
    if kind == 1:
        return f"https://gitlab.example.com/{repo()}/-/jobs/{num(1000000, 9999999)}"
    if kind == 2:
        return f"https://jenkins.internal.example/job/{svc()}/job/main/{num(100, 9999)}/console"
    return f"https://buildkite.com/acme/{svc()}/builds/{num(1000, 99999)}#{sha(8)}-{sha(4)}"


def version():
    return f"{num(0, 9)}.{num(0, 40)}.{num(0, 20)}"


def image():
    return f"registry.example.com/{pick(['acme', 'platform', 'ops'])}/{svc()}:{version()}-{sha(7)}"


# --- credential shapes (random, never real) -------------------------------------------------

def ghp():
    return "ghp_" + chars(AL, 36)


def ghs():
    return "ghs_" + chars(AL, 36)


def gh_fine():
    return "github_pat_" + chars(UP, 22) + "_" + chars(AL, 59)


def glpat():
    return "glpat-" + chars(URL, 20)


def glrt():
    return "glrt-" + chars(URL, 20)


def npm():
    return "npm_" + chars(AL, 36)


def pypi():
    return "pypi-AgEIcHlwaS5vcmc" + chars(URL, 120)


def akia():
    return "AKIA" + chars(string.ascii_uppercase + "234567", 16)


def aws_secret():
    return chars(AL + "+/", 40)


def slack_bot():
    return f"xoxb-{num(10**10, 10**11)}-{num(10**12, 10**13)}-{chars(AL, 24)}"


def slack_hook():
    return f"https://hooks.slack.com/services/T{chars(UP, 10)}/B{chars(UP, 10)}/{chars(AL, 24)}"


def anthropic():
    return "sk-ant-api03-" + chars(URL, 93) + "AA"


def openai():
    return "sk-proj-" + chars(URL, 48) + "T3BlbkFJ" + chars(URL, 48)


def stripe():
    return "sk_live_" + chars(AL, 99)


def sendgrid():
    return "SG." + chars(URL, 22) + "." + chars(URL, 43)


def jwt():
    head = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').decode().rstrip("=")
    body = base64.urlsafe_b64encode(
        ('{"sub":"%s","iat":%d,"exp":%d}' % (sha(12), num(1760000000, 1790000000), num(1790000000, 1800000000)))
        .encode()).decode().rstrip("=")
    return f"{head}.{body}.{chars(URL, 43)}"


def password(n=0):
    n = n or num(14, 26)
    pool = AL + "!#%&*+-.=?@^_~"
    while True:
        p = chars(pool, n)
        if any(c.isdigit() for c in p) and any(c.isupper() for c in p) and any(c in "!#%&*+-.=?@^_~" for c in p):
            return p


def hex32():
    return sha(32)


def dckr():
    return "dckr_pat_" + chars(URL, 27)


def bk():
    return "bkua_" + sha(40)


def hvs():
    return "hvs." + chars(AL, 24) + chars(URL, 66)


def doppler():
    return "dp.st.prd." + chars(AL, 43)


def azure_key():
    return chars(AL + "+/", 86) + "=="


def b64(s):
    return base64.b64encode(s.encode()).decode()


def twilio():
    return "SK" + sha(32)


def datadog():
    return sha(32)


def tfc():
    return chars(AL, 14) + ".atlasv1." + chars(AL, 67)


def shopify():
    return "shpat_" + sha(32)


def vendor_token():
    """(vendor name, token) pairs: a token whose format says what it is."""
    return pick([("GitHub", ghp), ("GitHub", gh_fine), ("GitLab", glpat), ("npm", npm), ("Slack", slack_bot),
                 ("Anthropic", anthropic), ("OpenAI", openai), ("Stripe", stripe), ("SendGrid", sendgrid),
                 ("Docker Hub", dckr), ("Buildkite", bk), ("Vault", hvs), ("Doppler", doppler),
                 ("Terraform Cloud", tfc), ("Shopify", shopify), ("GitHub App", ghs)])


def hosts_pick():
    return HOSTS


class Clock:
    """Timestamps that move forward, for long logs."""

    def __init__(self):
        self.t = num(0, 300 * 86400)

    def __call__(self):
        self.t += num(0, 40)
        d, rest = divmod(self.t, 86400)
        mo, day = divmod(d, 28)
        h, rest = divmod(rest, 3600)
        return f"2026-{mo % 12 + 1:02d}-{day + 1:02d}T{h:02d}:{rest // 60:02d}:{rest % 60:02d}Z"


def circle():
    return "CCIPAT_" + chars(AL, 22) + "_" + sha(40)
