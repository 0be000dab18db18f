"""Credential needles: each builder returns the forms one credential can take inside a note.

Forms: "prose" (a sentence), "code" (fence language, lines), "log" (one log line), "cell"
(table row label, cell text) and "short" (a whole short note). A placer picks one form.
Every value is random characters in its format's shape.
"""
import json

from _b18rand import AL, B64, HEX, LOW, UP, URL, b64, b64url


def _gh(k):
    return k.pick(["ghp_", "gho_", "ghs_", "ghu_"]) + k.alnum(36)


def vendor_token(k):
    kind = k.pick(["github", "github_pat", "gitlab", "npm", "pypi", "hf", "do", "shopify", "vault", "tfc",
                   "sendgrid", "linear", "doppler"])
    name, val = {
        "github": ("GitHub token", lambda: _gh(k)),
        "github_pat": ("fine-grained PAT", lambda: "github_pat_" + k.alnum(22) + "_" + k.alnum(59)),
        "gitlab": ("GitLab token", lambda: "glpat-" + k.chars(URL, 20)),
        "npm": ("npm publish token", lambda: "npm_" + k.alnum(36)),
        "pypi": ("PyPI upload token", lambda: "pypi-AgEIcHlwaS5vcmcCJD" + k.chars(URL, 120)),
        "hf": ("Hugging Face token", lambda: "hf_" + k.alnum(34)),
        "do": ("DigitalOcean token", lambda: "dop_v1_" + k.hexs(64)),
        "shopify": ("Shopify admin token", lambda: "shpat_" + k.hexs(32)),
        "vault": ("Vault token", lambda: "hvs." + k.chars(URL, 90)),
        "tfc": ("Terraform Cloud token", lambda: k.alnum(14) + ".atlasv1." + k.alnum(67)),
        "sendgrid": ("SendGrid key", lambda: "SG." + k.chars(URL, 22) + "." + k.chars(URL, 43)),
        "linear": ("Linear API key", lambda: "lin_api_" + k.alnum(40)),
        "doppler": ("Doppler service token", lambda: "dp.st." + k.env() + "." + k.alnum(43)),
    }[kind]
    v = val()
    env = k.pick(["GH_TOKEN", "NPM_TOKEN", "TWINE_PASSWORD", "HF_TOKEN", "VAULT_TOKEN", "API_TOKEN", "DEPLOY_TOKEN"])
    return {
        "prose": k.pick([f"Used the {name} {v} to re-run the release job, it worked.",
                         f"For the record, the {name} on the runner is {v} until we move it to the secret store.",
                         f"Heads up: {k.person()} pasted {v} into the runner env by hand; that is the {name} we use for {k.svc()}.",
                         f"Temporary {name} (expires Friday): {v}"]),
        "code": ("bash", [f"export {env}={v}", f"export {env}='{v}'", f'{env}="{v}" make publish',
                          f"echo {v} | gh auth login --with-token"][k.num(0, 3)]),
        "log": f"{k.ts()} DEBUG http: request headers={{'Authorization': 'token {v}', 'Accept': 'application/json'}}",
        "cell": (f"{name}", f"`{v}`"),
        "short": k.pick([f"{name} for {k.svc()}: {v}", f"{env}={v} (set on the {k.env()} runner)",
                         f"new {name} -> {v}"]),
    }


def cloud_key(k):
    kind = k.pick(["aws", "aws", "gcp", "azure", "azure_sas_conn"])
    if kind == "aws":
        akid = "AKIA" + k.chars(UP.replace("0", "").replace("1", ""), 16)
        sec = k.chars(AL + "+/", 40)
        return {
            "prose": f"The CI user's keys are {akid} / {sec}, scoped to the artifacts bucket.",
            "code": ("ini", f"[ci-deployer]\naws_access_key_id = {akid}\naws_secret_access_key = {sec}"),
            "log": f"{k.ts()} botocore.credentials INFO Found credentials: key={akid} secret={sec}",
            "cell": ("AWS (ci-deployer)", f"{akid} / {sec}"),
            "short": f"aws configure set aws_secret_access_key {sec} --profile ci",
        }
    if kind == "gcp":
        body = "".join(k.chars(B64, 64) + "\\n" for _ in range(k.num(4, 8)))
        proj = k.pick(["orbit-prod", "kite-ingest-281", "lumen-search-eu"])
        line = ('{"type": "service_account", "project_id": "%s", "private_key_id": "%s", '
                '"private_key": "-----BEGIN PRIVATE KEY-----\\n%s-----END PRIVATE KEY-----\\n", '
                '"client_email": "ci@%s.iam.gserviceaccount.com"}') % (proj, k.hexs(40), body, proj)
        return {"code": ("json", line), "short": None}
    if kind == "azure":
        key = b64(bytes(k.num(0, 255) for _ in range(64)))
        acct = k.pick(["orbitlogs", "kiteblob01", "mirastore"])
        conn = f"DefaultEndpointsProtocol=https;AccountName={acct};AccountKey={key};EndpointSuffix=core.windows.net"
        return {
            "prose": f"Storage connection string for the export job: {conn}",
            "code": ("bash", f'az webapp config appsettings set -g rg-{k.env()} -n {k.svc()} --settings STORAGE="{conn}"'),
            "cell": ("export storage", f"`{conn}`"),
            "short": None,
        }
    sig = b64(bytes(k.num(0, 255) for _ in range(32)))
    return {
        "prose": f"Service Bus: Endpoint=sb://{k.svc()}-bus.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey={sig}",
        "short": f"Endpoint=sb://ns-{k.env()}.servicebus.windows.net/;SharedAccessKeyName=send;SharedAccessKey={sig}",
    }


def ai_api_key(k):
    kind = k.pick(["openai", "anthropic", "google", "groq", "mistral"])
    v = {
        "openai": lambda: "sk-proj-" + k.chars(URL, 74) + "T3BlbkFJ" + k.chars(URL, 74),
        "anthropic": lambda: "sk-ant-api03-" + k.chars(URL, 93) + "AA",
        "google": lambda: "AIza" + k.chars(URL, 35),
        "groq": lambda: "gsk_" + k.alnum(52),
        "mistral": lambda: k.alnum(32),
    }[kind]()
    var = {"openai": "OPENAI_API_KEY", "anthropic": "ANTHROPIC_API_KEY", "google": "GEMINI_API_KEY",
           "groq": "GROQ_API_KEY", "mistral": "MISTRAL_API_KEY"}[kind]
    return {
        "prose": k.pick([f"The eval harness was still using my personal key {v}; swapped the org key in afterwards.",
                         f"{var} on the eval box is {v} (billing goes to the research project)."]),
        "code": (k.pick(["bash", "dotenv"]), f"{var}={v}"),
        "log": f"{k.ts()} ERROR llm.client 401 from provider for key {v}: quota exceeded",
        "cell": (var, f"`{v}`"),
        "short": k.pick([f"{var}={v}", f"key for {k.model()} evals: {v}"]),
    }


def url_password(k):
    user = k.pick(["app", "postgres", "admin", "svc_reporting", "ingest", "root", "etl_rw"])
    pw = k.pw().replace("@", "X").replace("/", "Y").replace(":", "Z").replace("#", "H").replace("%", "P")
    scheme, port, db = k.pick([("postgres", 5432, "/app"), ("postgresql", 5432, "/ledger"), ("mysql", 3306, "/shop"),
                               ("mongodb+srv", None, "/events"), ("redis", 6379, "/0"), ("amqp", 5672, "/vhost"),
                               ("https", None, "/simple/")])
    host = k.host() if scheme != "https" else k.pick(["pypi.internal.example.net", "nexus.corp.local"])
    hp = f"{host}:{port}" if port else host
    u = f"{scheme}://{user}:{pw}@{hp}{db}"
    return {
        "prose": k.pick([f"Pointed the backfill at {u} for the dry run.", f"DATABASE_URL is {u} on {k.env()} now.",
                         f"Reproduced locally against {u}, same error."]),
        "code": (k.pick(["dotenv", "yaml", "bash"]), k.pick([f"DATABASE_URL={u}", f"url: \"{u}\"",
                                                             f"psql '{u}' -c 'select 1'",
                                                             f"pip install --index-url {u} internal-sdk"])),
        "log": f"{k.ts()} INFO  db.pool connecting to {u} (pool_size=10)",
        "cell": ("connection", f"`{u}`"),
        "short": f"conn: {u}",
    }


def private_key(k):
    kind = k.pick(["RSA PRIVATE KEY", "OPENSSH PRIVATE KEY", "EC PRIVATE KEY", "PRIVATE KEY"])
    n = k.num(5, 12)
    lines = [k.chars(B64, 64) for _ in range(n)] + [k.chars(B64, k.num(20, 60)) + k.pick(["", "=", "=="])]
    if kind == "OPENSSH PRIVATE KEY":
        lines[0] = "b3BlbnNzaC1rZXktdjEAAAAA" + k.chars(B64, 40)
    block = f"-----BEGIN {kind}-----\n" + "\n".join(lines) + f"\n-----END {kind}-----"
    return {"code": ("text", block), "prose": f"Deploy key for the {k.svc()} mirror (added it to the runner):\n\n{block}",
            "short": None}


def cookie(k):
    name = k.pick(["session", "sessionid", "_gh_sess", "connect.sid", "__Secure-next-auth.session-token",
                   "JSESSIONID", "laravel_session", "remember_token"])
    if name == "connect.sid":
        v = "s%3A" + k.chars(URL, 32) + "." + k.chars(AL, 43)
    elif name == "JSESSIONID":
        v = k.chars(UP[:16] if False else "0123456789ABCDEF", 32)
    else:
        v = k.chars(URL, k.num(40, 90))
    return {
        "prose": k.pick([f"Reproduced the 500 by replaying the browser request with my cookie {name}={v} against {k.env()}.",
                         f"If you need to get past the SSO wall for the screenshot, use {name}={v}; it is valid for a week."]),
        "code": ("bash", f"curl -sS -b '{name}={v}' https://{k.env()}.example.io/api/me"),
        "log": f"{k.ts()} access: GET /dashboard 200 cookie=\"{name}={v}\" ua=\"Mozilla/5.0\"",
        "cell": ("cookie", f"`{name}={v}`"),
        "short": f"Cookie: {name}={v}",
    }


def auth_header(k):
    if k.chance(0.5):
        user = k.pick(["deploy", "ci", "grafana", "admin", "jenkins"])
        pw = k.pw()
        hv = "Basic " + b64(f"{user}:{pw}".encode())
        curl = f"curl -u {user}:{pw} https://{k.host()}/api/health"
    else:
        hv = "Bearer " + k.pick([k.chars(URL, 48), "ya29." + k.chars(URL, 120), k.alnum(40)])
        curl = f"curl -H 'Authorization: {hv}' https://api.{k.env()}.example.io/v2/jobs"
    return {
        "prose": f"Calls from the smoke test carry Authorization: {hv} which is why the gateway accepts them.",
        "code": (k.pick(["bash", "nginx"]), k.pick([curl, f'proxy_set_header Authorization "{hv}";'])),
        "log": f"{k.ts()} WARN  upstream rejected: headers={{\"authorization\": \"{hv}\"}} status=403",
        "cell": ("auth", f"`{hv}`"),
        "short": k.pick([curl, f"Authorization: {hv}"]),
    }


def signed_url(k):
    kind = k.pick(["s3", "gcs", "azure"])
    if kind == "s3":
        u = (f"https://{k.pick(['orbit-exports', 'kite-artifacts', 'mira-reports'])}.s3.amazonaws.com/{k.date()}/report.csv"
             f"?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=ASIA{k.chars(UP, 16)}%2F20260301%2Fus-east-1%2Fs3%2Faws4_request"
             f"&X-Amz-Date=20260301T101500Z&X-Amz-Expires=604800&X-Amz-Security-Token=IQoJb3JpZ2luX2VjE{k.chars(URL, 120)}"
             f"&X-Amz-SignedHeaders=host&X-Amz-Signature={k.hexs(64)}")
    elif kind == "gcs":
        u = (f"https://storage.googleapis.com/{k.pick(['lumen-dumps', 'atlas-backups'])}/snap.tar.gz?X-Goog-Algorithm=GOOG4-RSA-SHA256"
             f"&X-Goog-Credential=signer%40proj.iam.gserviceaccount.com%2F20260301%2Fauto%2Fstorage%2Fgoog4_request"
             f"&X-Goog-Date=20260301T000000Z&X-Goog-Expires=86400&X-Goog-SignedHeaders=host&X-Goog-Signature={k.hexs(256)}")
    else:
        sig = b64(bytes(k.num(0, 255) for _ in range(32))).replace("+", "%2B").replace("/", "%2F").replace("=", "%3D")
        u = (f"https://{k.pick(['orbitlogs', 'mirastore'])}.blob.core.windows.net/exports/q3.parquet"
             f"?sv=2022-11-02&ss=b&srt=o&sp=r&se=2026-12-31T00:00:00Z&spr=https&sig={sig}")
    return {
        "prose": k.pick([f"Download link for the customer export (valid 7 days): {u}",
                         f"Shared the dump with the vendor via {u}"]),
        "log": f"{k.ts()} INFO  exporter uploaded, presigned={u}",
        "cell": ("link", u),
        "short": f"export ready: {u}",
    }


def jwt(k):
    head = b64url(json.dumps({"alg": k.pick(["HS256", "RS256"]), "typ": "JWT"}).encode())
    body = b64url(json.dumps({"sub": k.uuid(), "role": k.pick(["admin", "service", "user"]),
                              "iat": 1767000000 + k.num(0, 9999999), "exp": 1797000000 + k.num(0, 9999999)}).encode())
    t = f"{head}.{body}.{k.chars(URL, 43)}"
    return {
        "prose": f"Service token the worker authenticates with (no expiry set, fix that): {t}",
        "code": ("bash", f"grpcurl -H 'authorization: Bearer {t}' {k.svc()}:443 list"),
        "log": f"{k.ts()} DEBUG auth.middleware token={t} verified sub ok",
        "cell": ("service JWT", f"`{t}`"),
        "short": f"jwt for {k.svc()}: {t}",
    }


def password_prose(k):
    pw = k.pw()
    who = k.pick(["the staging Postgres admin", "the Grafana admin user", "the shared QA account", "the VPN test user",
                  "the Jenkins root account", "the Wi-Fi in the lab", "the RabbitMQ management UI", "root on the build VM"])
    return {
        "prose": k.pick([f"The password for {who} was reset to {pw} after the incident.",
                         f"{k.person()} said the login for {who} is qa-bot / {pw}.",
                         f"Note to self: {who} password = {pw}, change it after the demo.",
                         f"We agreed {who} keeps {pw} as its password until the SSO cutover.",
                         f"Passwort bleibt {pw} für {who}, bis Jonas es rotiert."]),
        "cell": (f"{who}", f"pw `{pw}`"),
        "short": k.pick([f"{who}: password {pw}", f"pw for {who} -> {pw}"]),
    }


def env_config(k):
    pw = k.pw()
    tok = k.alnum(k.num(32, 48))
    kind = k.pick(["dotenv", "yaml", "toml", "redis", "pgpass", "netrc", "php", "dockercfg", "k8s", "rails"])
    code = {
        "dotenv": ("dotenv", f"APP_ENV={k.env()}\nDB_HOST={k.host()}\nDB_USER=app\nDB_PASSWORD={pw}\nLOG_LEVEL=info"),
        "yaml": ("yaml", f"database:\n  host: {k.host()}\n  user: reporting\n  password: \"{pw}\"\n  pool: 12"),
        "toml": ("toml", f"[smtp]\nhost = \"smtp.{k.env()}.example.net\"\nuser = \"alerts\"\npassword = \"{pw}\"\nport = 587"),
        "redis": ("conf", f"bind 0.0.0.0\nprotected-mode yes\nrequirepass {pw}\nmaxmemory 2gb"),
        "pgpass": ("text", f"{k.host()}:5432:*:replicator:{pw}"),
        "netrc": ("text", f"machine git.example.net login ci-bot password {pw}"),
        "php": ("php", f"define('DB_NAME', 'shop');\ndefine('DB_USER', 'shop');\ndefine('DB_PASSWORD', '{pw}');"),
        "dockercfg": ("json", '{"auths": {"registry.example.io": {"auth": "%s"}}}' % b64(f"ci:{pw}".encode())),
        "k8s": ("yaml", f"apiVersion: v1\nkind: Secret\nmetadata:\n  name: {k.svc()}-db\ntype: Opaque\ndata:\n  password: {b64(pw.encode())}"),
        "rails": ("yaml", f"production:\n  secret_key_base: {k.hexs(128)}"),
    }[kind]
    short = {"dotenv": f"DB_PASSWORD={pw}", "redis": f"requirepass {pw}", "pgpass": code[1], "netrc": code[1]}.get(kind)
    f = {"code": code, "short": short}
    if kind in ("dotenv", "toml", "yaml"):
        f["cell"] = ("db password (" + k.env() + ")", f"`{pw}`")
    if kind in ("redis", "pgpass", "netrc"):
        f["log"] = f"{k.ts()} config dump: {code[1].splitlines()[-2] if kind == 'redis' else code[1]}"
    _ = tok
    return f


def cli_argument(k):
    pw = k.pw()
    tok = k.alnum(40)
    line = k.pick([f"gh secret set DEPLOY_KEY --body {tok}", f"docker login registry.example.io -u ci -p {pw}",
                   f"mysql -h {k.host()} -u root -p{pw} shop < dump.sql", f"htpasswd -b /etc/nginx/.htpasswd ops {pw}",
                   f"echo '{pw}' | sudo -S systemctl restart {k.svc()}", f"kubectl create secret generic {k.svc()} --from-literal=password={pw}",
                   f"heroku config:set STRIPE_KEY=sk_live_{k.alnum(24)} -a {k.svc()}",
                   f"fly secrets set SESSION_SECRET={k.hexs(64)} -a {k.svc()}",
                   f"keytool -genkeypair -alias release -keystore app.jks -storepass {pw}",
                   f"openssl pkcs12 -export -in cert.pem -inkey key.pem -out bundle.p12 -passout pass:{pw}",
                   f"mongosh 'mongodb://{k.host()}:27017' -u admin -p {pw}",
                   f"sqlcmd -S {k.host()} -U sa -P {pw} -Q 'SELECT 1'"])
    return {"code": ("bash", line), "log": f"{k.ts()} runner: + {line}", "short": f"ran: {line}",
            "cell": ("command", f"`{line}`")}


def webhook_bot(k):
    kind = k.pick(["slack_hook", "discord_hook", "telegram", "slack_bot", "stripe"])
    v = {
        "slack_hook": lambda: f"https://hooks.slack.com/services/T{k.chars(UP, 8)}/B{k.chars(UP, 10)}/{k.alnum(24)}",
        "discord_hook": lambda: f"https://discord.com/api/webhooks/{k.num(10**17, 10**18)}/{k.chars(URL, 68)}",
        "telegram": lambda: f"{k.num(10**9, 8 * 10**9)}:AA{k.chars(URL, 33)}",
        "slack_bot": lambda: f"xoxb-{k.num(10**10, 10**11)}-{k.num(10**12, 10**13)}-{k.alnum(24)}",
        "stripe": lambda: k.pick(["sk_live_", "rk_live_"]) + k.alnum(k.num(24, 99)),
    }[kind]()
    what = {"slack_hook": "Slack webhook", "discord_hook": "Discord webhook", "telegram": "Telegram bot token",
            "slack_bot": "Slack bot token", "stripe": "Stripe key"}[kind]
    return {
        "prose": k.pick([f"Alerts now go to {v} ({what} for #ops-alerts).", f"The {what} the notifier posts with is {v}."]),
        "code": ("yaml", k.pick([f"alerting:\n  {kind}: {v}\n  channel: '#ops-alerts'", f"notify:\n  url: {v}"])),
        "log": f"{k.ts()} notifier: POST {v} -> 200" if "hook" in kind else f"{k.ts()} notifier: using {what} {v}",
        "cell": (what, f"`{v}`"),
        "short": f"{what}: {v}",
    }


CATEGORIES = {
    "sec_vendor_token": vendor_token,
    "sec_cloud_key": cloud_key,
    "sec_ai_api_key": ai_api_key,
    "sec_url_password": url_password,
    "sec_private_key_block": private_key,
    "sec_cookie": cookie,
    "sec_auth_header": auth_header,
    "sec_signed_url": signed_url,
    "sec_jwt": jwt,
    "sec_password_prose": password_prose,
    "sec_config_file": env_config,
    "sec_cli_argument": cli_argument,
    "sec_webhook_bot": webhook_bot,
}
_ = (HEX, LOW)
