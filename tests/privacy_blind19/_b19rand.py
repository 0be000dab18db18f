"""Random pieces for blind19: ids, timestamps, hosts, and credential values in the right shape.

Every credential here is random characters in a vendor's format, never a real one and never a
placeholder. Benign helpers give the look-alikes a payload also carries: hashes, ids, masks.
"""
import base64
import json
import string

ALNUM = string.ascii_letters + string.digits
LOWER = string.ascii_lowercase + string.digits
HEX = "0123456789abcdef"
B64 = ALNUM + "+/"
URLSAFE = ALNUM + "-_"


def s(r, n, alphabet=ALNUM):
    return "".join(r.choice(alphabet) for _ in range(n))


def uuid(r):
    h = s(r, 32, HEX)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:]}"


def ts(r):
    return f"2026-{r.randint(1, 11):02d}-{r.randint(1, 28):02d}T{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}.{r.randint(0, 999999):06d}Z"


def epoch_ms(r):
    return r.randint(1767000000000, 1795000000000)


def sha(r, n=40):
    return s(r, n, HEX)


def password(r):
    n = r.randint(14, 26)
    while True:
        p = s(r, n, ALNUM + "!*-_.~")
        if any(c.isdigit() for c in p) and any(c.isupper() for c in p) and any(c.islower() for c in p):
            return p


def b64(text):
    return base64.b64encode(text.encode()).decode()


def jwt(r):
    head = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').decode().rstrip("=")
    body = json.dumps({"sub": s(r, 12, LOWER), "iat": r.randint(1767000000, 1795000000),
                       "scope": r.choice(["repo", "deploy", "admin", "read write"])}, separators=(",", ":"))
    payload = base64.urlsafe_b64encode(body.encode()).decode().rstrip("=")
    return f"{head}.{payload}.{s(r, 43, URLSAFE)}"


def pem(r, kind="RSA PRIVATE KEY", lines=None):
    lines = lines or r.randint(6, 12)
    body = "\n".join(s(r, 64, B64) for _ in range(lines)) + "\n" + s(r, r.randint(20, 60), B64) + "=="
    return f"-----BEGIN {kind}-----\n{body}\n-----END {kind}-----"


HOSTS = ["db-primary.internal", "pg.staging.svc.cluster.local", "10.4.12.7", "orders-db.c9x2kq.eu-west-1.rds.amazonaws.com",
         "mysql.prod.lan", "cache-01.internal", "warehouse.corp.example.net", "ledger-db.svc", "172.20.3.41"]
USERS = ["deploy", "ci_runner", "app", "svc_orders", "postgres", "admin", "etl", "readonly_bi", "grafana", "root"]


def cred(r, kind=None):
    """(env-ish name, value, kind) for one working-shaped credential."""
    kinds = ["github", "github_fine", "gitlab", "slack", "slack_hook", "stripe", "openai", "anthropic", "aws", "google",
             "npm", "pypi", "hf", "sendgrid", "twilio", "jwt", "password", "pg_url", "redis_url", "mongo_url",
             "basic", "cookie", "s3_signed", "azure_sas", "gcs_signed", "docker_auth", "shopify", "linear", "digitalocean",
             "telegram", "mailgun", "datadog", "mysql_url", "amqp_url", "groq", "doppler", "age"]
    k = kind or r.choice(kinds)
    host = r.choice(HOSTS)
    user = r.choice(USERS)
    if k == "github":
        return "GITHUB_TOKEN", "ghp_" + s(r, 36), k
    if k == "github_fine":
        return "GH_PAT", "github_pat_" + s(r, 22) + "_" + s(r, 59), k
    if k == "gitlab":
        return "GITLAB_TOKEN", "glpat-" + s(r, 20, URLSAFE), k
    if k == "slack":
        return "SLACK_BOT_TOKEN", f"xoxb-{s(r, 11, string.digits)}-{s(r, 13, string.digits)}-{s(r, 24)}", k
    if k == "slack_hook":
        return "SLACK_WEBHOOK_URL", f"https://hooks.slack.com/services/T{s(r, 8, string.ascii_uppercase + string.digits)}/B{s(r, 10, string.ascii_uppercase + string.digits)}/{s(r, 24)}", k
    if k == "stripe":
        return "STRIPE_SECRET_KEY", "sk_live_" + s(r, r.choice([24, 99])), k
    if k == "openai":
        return "OPENAI_API_KEY", "sk-proj-" + s(r, 48, URLSAFE) + "T3BlbkFJ" + s(r, 48, URLSAFE), k
    if k == "anthropic":
        return "ANTHROPIC_API_KEY", "sk-ant-api03-" + s(r, 93, URLSAFE) + "AA", k
    if k == "aws":
        return "AWS_SECRET_ACCESS_KEY", s(r, 40, ALNUM + "/+"), k
    if k == "google":
        return "GOOGLE_API_KEY", "AIza" + s(r, 35, URLSAFE), k
    if k == "npm":
        return "NPM_TOKEN", "npm_" + s(r, 36), k
    if k == "pypi":
        return "PYPI_TOKEN", "pypi-AgEIcHlwaS5vcmcCJG" + s(r, 120, URLSAFE), k
    if k == "hf":
        return "HF_TOKEN", "hf_" + s(r, 34), k
    if k == "sendgrid":
        return "SENDGRID_API_KEY", "SG." + s(r, 22, URLSAFE) + "." + s(r, 43, URLSAFE), k
    if k == "twilio":
        return "TWILIO_AUTH_TOKEN", s(r, 32, HEX), k
    if k == "jwt":
        return "SERVICE_JWT", jwt(r), k
    if k == "password":
        return r.choice(["DB_PASSWORD", "POSTGRES_PASSWORD", "MYSQL_ROOT_PASSWORD", "REDIS_PASSWORD", "ADMIN_PASSWORD",
                         "SMTP_PASSWORD", "KEYSTORE_PASS"]), password(r), k
    if k == "pg_url":
        return "DATABASE_URL", f"postgresql://{user}:{password(r)}@{host}:5432/{r.choice(['orders', 'app', 'billing', 'events'])}", k
    if k == "mysql_url":
        return "MYSQL_URL", f"mysql://{user}:{password(r)}@{host}:3306/{r.choice(['shop', 'wp', 'crm'])}", k
    if k == "redis_url":
        return "REDIS_URL", f"rediss://default:{password(r)}@{host}:6380/0", k
    if k == "mongo_url":
        return "MONGODB_URI", f"mongodb+srv://{user}:{password(r)}@cluster0.{s(r, 5, LOWER)}.mongodb.net/prod?retryWrites=true", k
    if k == "amqp_url":
        return "AMQP_URL", f"amqps://{user}:{password(r)}@{host}:5671/vhost", k
    if k == "basic":
        return "BASIC_AUTH", "Basic " + b64(f"{user}:{password(r)}"), k
    if k == "cookie":
        return "SESSION_COOKIE", f"{r.choice(['session', '_gh_sess', 'sessionid', 'connect.sid', 'JSESSIONID'])}={s(r, r.randint(40, 90), URLSAFE)}", k
    if k == "s3_signed":
        return "ARTIFACT_URL", (f"https://{r.choice(['build-artifacts', 'ml-exports', 'backups-prod'])}.s3.amazonaws.com/{s(r, 8, LOWER)}/bundle.tar.gz"
                                f"?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIA{s(r, 16, string.ascii_uppercase + string.digits)}%2F20261102%2Fus-east-1%2Fs3%2Faws4_request"
                                f"&X-Amz-Date=20261102T101500Z&X-Amz-Expires=3600&X-Amz-SignedHeaders=host&X-Amz-Signature={s(r, 64, HEX)}"), k
    if k == "azure_sas":
        return "AZURE_BLOB_SAS", (f"https://{s(r, 8, LOWER)}.blob.core.windows.net/releases/app.zip?sv=2022-11-02&ss=b&srt=co&sp=rl"
                                  f"&se=2026-12-31T00:00:00Z&spr=https&sig={s(r, 43, ALNUM + '%')}%3D"), k
    if k == "gcs_signed":
        return "SIGNED_URL", (f"https://storage.googleapis.com/{s(r, 6, LOWER)}-exports/report.csv?X-Goog-Algorithm=GOOG4-RSA-SHA256"
                              f"&X-Goog-Credential=exporter%40proj-{s(r, 5, LOWER)}.iam.gserviceaccount.com%2F20261102%2Fauto%2Fstorage%2Fgoog4_request"
                              f"&X-Goog-Date=20261102T090000Z&X-Goog-Expires=900&X-Goog-SignedHeaders=host&X-Goog-Signature={s(r, 256, HEX)}"), k
    if k == "docker_auth":
        return "DOCKER_AUTH", b64(f"{user}:{password(r)}"), k
    if k == "shopify":
        return "SHOPIFY_ACCESS_TOKEN", "shpat_" + s(r, 32, HEX), k
    if k == "linear":
        return "LINEAR_API_KEY", "lin_api_" + s(r, 40), k
    if k == "digitalocean":
        return "DIGITALOCEAN_TOKEN", "dop_v1_" + s(r, 64, HEX), k
    if k == "telegram":
        return "TELEGRAM_BOT_TOKEN", f"{r.randint(1000000000, 7999999999)}:AA{s(r, 33, URLSAFE)}", k
    if k == "mailgun":
        return "MAILGUN_API_KEY", "key-" + s(r, 32, HEX), k
    if k == "datadog":
        return "DD_API_KEY", s(r, 32, HEX), k
    if k == "groq":
        return "GROQ_API_KEY", "gsk_" + s(r, 52), k
    if k == "doppler":
        return "DOPPLER_TOKEN", "dp.st.prd." + s(r, 43), k
    if k == "age":
        return "SOPS_AGE_KEY", "AGE-SECRET-KEY-1" + s(r, 58, string.ascii_uppercase + "023456789"), k
    raise ValueError(k)


def dump(r, obj, pretty=None, ascii_=None):
    """One JSON payload, pretty or one-line, sometimes with \\uXXXX escapes."""
    pretty = r.random() < 0.45 if pretty is None else pretty
    ascii_ = r.random() < 0.4 if ascii_ is None else ascii_
    if pretty:
        return json.dumps(obj, indent=r.choice([2, 2, 4]), ensure_ascii=ascii_)
    return json.dumps(obj, ensure_ascii=ascii_, separators=r.choice([(",", ":"), (", ", ": ")]))
