"""Working-shaped, synthetic credential values for blind21: random characters in each
format's shape, never real, never placeholders. Also harmless identifiers for benign twins."""
import base64
import string

UP = string.ascii_uppercase
LO = string.ascii_lowercase
DIG = string.digits
ALNUM = UP + LO + DIG
HEX = "0123456789abcdef"
B64 = ALNUM + "+/"
URLSAFE = ALNUM + "-_"


def chars(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def mixed(rng, alphabet, n):
    """Random characters that surely contain an upper, a lower and a digit."""
    while True:
        s = chars(rng, alphabet, n)
        if any(c.isupper() for c in s) and any(c.islower() for c in s) and any(c.isdigit() for c in s):
            return s


def password(rng):
    n = rng.randint(14, 24)
    s = mixed(rng, ALNUM, n)
    i = rng.randrange(3, n - 2)
    return s[:i] + rng.choice("!#%*-_.@^") + s[i:]


def aws_pair(rng):
    return "AKIA" + chars(rng, UP + "234567", 16), mixed(rng, B64, 40)


def jwt(rng):
    head = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').decode().rstrip("=")
    body = '{"sub":"%s","iat":%d,"scope":"%s"}' % (chars(rng, HEX, 12), rng.randint(1700000000, 1790000000),
                                                   rng.choice(["deploy", "read write", "admin", "ci"]))
    b = base64.urlsafe_b64encode(body.encode()).decode().rstrip("=")
    return head + "." + b + "." + mixed(rng, URLSAFE, 43)


def pem_body(rng, lines=None):
    lines = lines or rng.randint(5, 9)
    out = ["MII" + chars(rng, UP, 1) + "ow" + mixed(rng, B64, 59)]
    for _ in range(lines - 1):
        out.append(mixed(rng, B64, 64))
    out.append(mixed(rng, B64, rng.randint(20, 60)) + rng.choice(["=", "==", ""]))
    return out


def private_key(rng):
    kind = rng.choice(["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY"])
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (kind, "\n".join(pem_body(rng)), kind)


def token(rng, kind=None):
    """A (vendor, value) pair."""
    kinds = ["github", "github_fine", "gitlab", "slack_bot", "slack_user", "stripe", "stripe_rk", "openai",
             "anthropic", "hf", "npm", "pypi", "google", "sendgrid", "digitalocean", "shopify", "twilio",
             "jwt", "databricks", "linear", "doppler", "grafana", "mailgun", "atlassian"]
    kind = kind or rng.choice(kinds)
    v = {
        "github": lambda: "ghp_" + mixed(rng, ALNUM, 36),
        "github_fine": lambda: "github_pat_" + mixed(rng, ALNUM, 22) + "_" + mixed(rng, ALNUM, 59),
        "gitlab": lambda: "glpat-" + mixed(rng, URLSAFE, 20),
        "slack_bot": lambda: "xoxb-%d-%d-%s" % (rng.randint(10**10, 10**11), rng.randint(10**12, 10**13),
                                                   mixed(rng, ALNUM, 24)),
        "slack_user": lambda: "xoxp-%d-%d-%d-%s" % (rng.randint(10**10, 10**11), rng.randint(10**10, 10**11),
                                                       rng.randint(10**12, 10**13), chars(rng, HEX, 32)),
        "stripe": lambda: "sk_live_" + mixed(rng, ALNUM, rng.choice([24, 34, 99])),
        "stripe_rk": lambda: "rk_live_" + mixed(rng, ALNUM, 34),
        "openai": lambda: "sk-proj-" + mixed(rng, URLSAFE, 48) + "T3BlbkFJ" + mixed(rng, URLSAFE, 48),
        "anthropic": lambda: "sk-ant-api03-" + mixed(rng, URLSAFE, 93) + "AA",
        "hf": lambda: "hf_" + chars(rng, UP + LO, 34),
        "npm": lambda: "npm_" + mixed(rng, ALNUM, 36),
        "pypi": lambda: "pypi-AgEIcHlwaS5vcmc" + mixed(rng, URLSAFE, 120),
        "google": lambda: "AIza" + mixed(rng, URLSAFE, 35),
        "sendgrid": lambda: "SG." + mixed(rng, URLSAFE, 22) + "." + mixed(rng, URLSAFE, 43),
        "digitalocean": lambda: "dop_v1_" + chars(rng, HEX, 64),
        "shopify": lambda: "shpat_" + chars(rng, HEX, 32),
        "twilio": lambda: "SK" + chars(rng, HEX, 32),
        "jwt": lambda: jwt(rng),
        "databricks": lambda: "dapi" + chars(rng, HEX, 32),
        "linear": lambda: "lin_api_" + mixed(rng, ALNUM, 40),
        "doppler": lambda: "dp.st.prd." + mixed(rng, ALNUM, 43),
        "grafana": lambda: "glsa_" + mixed(rng, ALNUM, 32) + "_" + chars(rng, HEX, 8),
        "mailgun": lambda: "key-" + chars(rng, HEX, 32),
        "atlassian": lambda: "ATATT3xFfGF0" + mixed(rng, URLSAFE, 180) + "=" + chars(rng, HEX.upper(), 8),
    }[kind]()
    return kind, v


ENV_NAMES = {
    "github": "GITHUB_TOKEN", "github_fine": "GH_TOKEN", "gitlab": "GITLAB_TOKEN", "slack_bot": "SLACK_BOT_TOKEN",
    "slack_user": "SLACK_USER_TOKEN", "stripe": "STRIPE_SECRET_KEY", "stripe_rk": "STRIPE_RESTRICTED_KEY",
    "openai": "OPENAI_API_KEY", "anthropic": "ANTHROPIC_API_KEY", "hf": "HF_TOKEN", "npm": "NPM_TOKEN",
    "pypi": "TWINE_PASSWORD", "google": "GOOGLE_API_KEY", "sendgrid": "SENDGRID_API_KEY",
    "digitalocean": "DIGITALOCEAN_TOKEN", "shopify": "SHOPIFY_ACCESS_TOKEN", "twilio": "TWILIO_API_KEY",
    "jwt": "SERVICE_JWT", "databricks": "DATABRICKS_TOKEN", "linear": "LINEAR_API_KEY",
    "doppler": "DOPPLER_TOKEN", "grafana": "GRAFANA_SA_TOKEN", "mailgun": "MAILGUN_API_KEY",
    "atlassian": "JIRA_API_TOKEN",
}


def env_name(kind):
    return ENV_NAMES[kind]


def conn_url(rng, pw=None):
    pw = pw or password(rng)
    scheme, port, db = rng.choice([("postgres", 5432, "/app"), ("postgresql", 5432, "/orders"),
                                   ("mysql", 3306, "/shop"), ("mongodb+srv", None, "/events"),
                                   ("redis", 6379, "/0"), ("amqp", 5672, "/vhost")])
    user = rng.choice(["app", "svc_api", "deploy", "readonly", "etl", "admin", "billing"])
    host = rng.choice(["db-prod-2.internal", "pg.eu-west-1.rds.amazonaws.com", "10.20.3.14",
                       "cluster0.x7k2p.mongodb.net", "cache.staging.svc", "mq.prod.local"])
    hp = host if port is None else "%s:%d" % (host, port)
    return "%s://%s:%s@%s%s" % (scheme, user, pw, hp, db)


def sha(rng, n=40):
    return chars(rng, HEX, n)


def uuid(rng):
    h = chars(rng, HEX, 32)
    return "%s-%s-4%s-%s-%s" % (h[:8], h[8:12], h[13:16], rng.choice("89ab") + h[17:20], h[20:32])
