"""Credential values in their vendors' real formats (synthetic: random characters) and the secret
categories of blind24: documents people pass around that end up carrying one."""
import random

from _b24lang import filler, pick_lang, words
from _b24rand import AN, B64, DIG, HEX, LOW, UP, URLSAFE, clock, date, handle, person, rs, svc, uuid


def _pem(r: random.Random, kind: str) -> str:
    body = [rs(r, B64, 64) for _ in range(r.randint(4, 9))]
    return f"-----BEGIN {kind}-----\n" + "\n".join(body) + f"\n{rs(r, B64, r.randint(10, 60))}=\n-----END {kind}-----"


def _pw(r: random.Random) -> str:
    return rs(r, AN, r.randint(6, 9)) + r.choice("!#%@*$&") + rs(r, AN, r.randint(4, 8))


# (name, env var, value maker)
FORMATS = [
    ("aws access key", "AWS_ACCESS_KEY_ID", lambda r: "AKIA" + rs(r, UP + "234567", 16)),
    ("aws secret", "AWS_SECRET_ACCESS_KEY", lambda r: rs(r, AN + "/+", 40)),
    ("github classic", "GITHUB_TOKEN", lambda r: "ghp_" + rs(r, AN, 36)),
    ("github oauth", "GH_OAUTH_TOKEN", lambda r: "gho_" + rs(r, AN, 36)),
    ("github app", "GH_APP_TOKEN", lambda r: "ghs_" + rs(r, AN, 36)),
    ("github fine-grained", "GH_PAT", lambda r: "github_pat_" + rs(r, AN, 22) + "_" + rs(r, AN, 59)),
    ("gitlab", "GITLAB_TOKEN", lambda r: "glpat-" + rs(r, URLSAFE, 20)),
    ("slack bot", "SLACK_BOT_TOKEN", lambda r: f"xoxb-{rs(r, DIG, 12)}-{rs(r, DIG, 13)}-{rs(r, AN, 24)}"),
    ("slack user", "SLACK_USER_TOKEN", lambda r: f"xoxp-{rs(r, DIG, 12)}-{rs(r, DIG, 12)}-{rs(r, DIG, 13)}-{rs(r, HEX, 32)}"),
    ("stripe secret", "STRIPE_SECRET_KEY", lambda r: "sk_live_" + rs(r, AN, 99)[:r.choice([24, 99])]),
    ("stripe restricted", "STRIPE_RK", lambda r: "rk_live_" + rs(r, AN, 24)),
    ("stripe webhook", "STRIPE_WEBHOOK_SECRET", lambda r: "whsec_" + rs(r, AN, 32)),
    ("openai", "OPENAI_API_KEY", lambda r: "sk-proj-" + rs(r, URLSAFE, 48) + "T3BlbkFJ" + rs(r, URLSAFE, 48)),
    ("anthropic", "ANTHROPIC_API_KEY", lambda r: "sk-ant-api03-" + rs(r, URLSAFE, 93) + "AA"),
    ("google api", "GOOGLE_API_KEY", lambda r: "AIza" + rs(r, URLSAFE, 35)),
    ("twilio key", "TWILIO_API_KEY", lambda r: "SK" + rs(r, HEX, 32)),
    ("twilio auth", "TWILIO_AUTH_TOKEN", lambda r: rs(r, HEX, 32)),
    ("sendgrid", "SENDGRID_API_KEY", lambda r: "SG." + rs(r, URLSAFE, 22) + "." + rs(r, URLSAFE, 43)),
    ("mailgun", "MAILGUN_API_KEY", lambda r: "key-" + rs(r, HEX, 32)),
    ("npm", "NPM_TOKEN", lambda r: "npm_" + rs(r, AN, 36)),
    ("pypi", "PYPI_TOKEN", lambda r: "pypi-AgEIcHlwaS5vcmcCJ" + rs(r, URLSAFE, 120)),
    ("docker hub", "DOCKERHUB_TOKEN", lambda r: "dckr_pat_" + rs(r, URLSAFE, 27)),
    ("digitalocean", "DIGITALOCEAN_TOKEN", lambda r: "dop_v1_" + rs(r, HEX, 64)),
    ("shopify", "SHOPIFY_ACCESS_TOKEN", lambda r: "shpat_" + rs(r, HEX, 32)),
    ("shopify shared", "SHOPIFY_SHARED_SECRET", lambda r: "shpss_" + rs(r, HEX, 32)),
    ("square", "SQUARE_ACCESS_TOKEN", lambda r: "EAAA" + rs(r, URLSAFE, 60)),
    ("atlassian", "JIRA_API_TOKEN", lambda r: "ATATT3xFfGF0" + rs(r, URLSAFE, 170) + "=" + rs(r, HEX.upper(), 8)),
    ("linear", "LINEAR_API_KEY", lambda r: "lin_api_" + rs(r, AN, 40)),
    ("notion", "NOTION_TOKEN", lambda r: "secret_" + rs(r, AN, 43)),
    ("airtable", "AIRTABLE_PAT", lambda r: "pat" + rs(r, AN, 14) + "." + rs(r, HEX, 64)),
    ("hugging face", "HF_TOKEN", lambda r: "hf_" + rs(r, AN, 34)),
    ("replicate", "REPLICATE_API_TOKEN", lambda r: "r8_" + rs(r, AN, 37)),
    ("groq", "GROQ_API_KEY", lambda r: "gsk_" + rs(r, AN, 52)),
    ("databricks", "DATABRICKS_TOKEN", lambda r: "dapi" + rs(r, HEX, 32)),
    ("doppler", "DOPPLER_TOKEN", lambda r: "dp.st.prd." + rs(r, AN, 43)),
    ("vault", "VAULT_TOKEN", lambda r: "hvs." + rs(r, URLSAFE, 90)),
    ("terraform cloud", "TFE_TOKEN", lambda r: rs(r, AN, 14) + ".atlasv1." + rs(r, AN, 67)),
    ("pulumi", "PULUMI_ACCESS_TOKEN", lambda r: "pul-" + rs(r, HEX, 40)),
    ("sentry", "SENTRY_AUTH_TOKEN", lambda r: "sntrys_eyJpYXQiOjE3" + rs(r, AN, 60) + "_" + rs(r, AN, 43)),
    ("grafana sa", "GRAFANA_TOKEN", lambda r: "glsa_" + rs(r, AN, 32) + "_" + rs(r, HEX, 8)),
    ("new relic", "NEW_RELIC_API_KEY", lambda r: "NRAK-" + rs(r, UP + DIG, 27)),
    ("datadog", "DD_API_KEY", lambda r: rs(r, HEX, 32)),
    ("datadog app", "DD_APP_KEY", lambda r: rs(r, HEX, 40)),
    ("okta", "OKTA_API_TOKEN", lambda r: "00" + rs(r, URLSAFE, 40)),
    ("telegram", "TELEGRAM_BOT_TOKEN", lambda r: f"{r.randint(10**8, 10**10)}:AA{rs(r, URLSAFE, 33)}"),
    ("mapbox secret", "MAPBOX_SECRET", lambda r: "sk.eyJ1Ijoi" + rs(r, AN, 30) + "." + rs(r, URLSAFE, 22)),
    ("netlify", "NETLIFY_AUTH_TOKEN", lambda r: "nfp_" + rs(r, AN, 36)),
    ("supabase", "SUPABASE_ACCESS_TOKEN", lambda r: "sbp_" + rs(r, HEX, 40)),
    ("postman", "POSTMAN_API_KEY", lambda r: f"PMAK-{rs(r, HEX, 24)}-{rs(r, HEX, 34)}"),
    ("figma", "FIGMA_TOKEN", lambda r: "figd_" + rs(r, URLSAFE, 40)),
    ("age", "AGE_KEY", lambda r: "AGE-SECRET-KEY-1" + rs(r, UP + DIG, 58)),
    ("planetscale", "PLANETSCALE_PASSWORD", lambda r: "pscale_pw_" + rs(r, URLSAFE, 43)),
    ("contentful", "CONTENTFUL_TOKEN", lambda r: "CFPAT-" + rs(r, URLSAFE, 43)),
    ("dropbox", "DROPBOX_TOKEN", lambda r: "sl.B" + rs(r, URLSAFE, 135)),
    ("razorpay", "RAZORPAY_KEY_SECRET", lambda r: rs(r, AN, 24)),
    ("flutterwave", "FLW_SECRET_KEY", lambda r: "FLWSECK-" + rs(r, HEX, 32) + "-X"),
    ("mailchimp", "MAILCHIMP_API_KEY", lambda r: rs(r, HEX, 32) + "-us" + str(r.randint(1, 21))),
    ("circleci", "CIRCLE_TOKEN", lambda r: "CCIPAT_" + rs(r, AN, 22) + "_" + rs(r, HEX, 40)),
    ("buildkite", "BUILDKITE_API_TOKEN", lambda r: "bkua_" + rs(r, HEX, 40)),
    ("fly", "FLY_API_TOKEN", lambda r: "fo1_" + rs(r, URLSAFE, 43)),
    ("tailscale", "TS_AUTHKEY", lambda r: "tskey-auth-" + rs(r, AN, 12) + "CNTRL-" + rs(r, AN, 33)),
    ("1password", "OP_SERVICE_ACCOUNT_TOKEN", lambda r: "ops_eyJzaWduSW5BZGRyZXNzIjoi" + rs(r, URLSAFE, 120)),
    ("bitbucket", "BITBUCKET_APP_PASSWORD", lambda r: "ATBB" + rs(r, AN, 28) + rs(r, HEX.upper(), 8)),
    ("azure devops", "AZDO_PAT", lambda r: rs(r, LOW + "234567", 52)),
    ("yandex", "YC_API_KEY", lambda r: "AQVN" + rs(r, URLSAFE, 36)),
    ("alibaba", "ALIBABA_CLOUD_ACCESS_KEY_SECRET", lambda r: rs(r, AN, 30)),
    ("tencent", "TENCENTCLOUD_SECRET_ID", lambda r: "AKID" + rs(r, AN, 32)),
    ("jwt", "SERVICE_JWT", lambda r: "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOi" + rs(r, URLSAFE, 60) + "." + rs(r, URLSAFE, 43)),
    ("password", "DB_PASSWORD", _pw),
    ("django", "DJANGO_SECRET_KEY", lambda r: "django-insecure-" + rs(r, LOW + DIG + "!@#%^&*(-_=+)", 50)),
    ("rails", "SECRET_KEY_BASE", lambda r: rs(r, HEX, 128)),
    ("cloudflare", "CLOUDFLARE_API_TOKEN", lambda r: rs(r, URLSAFE, 40)),
    ("render", "RENDER_API_KEY", lambda r: "rnd_" + rs(r, AN, 32)),
]


def cred(r: random.Random, exclude_generic: bool = False) -> tuple[str, str, str]:
    while True:
        name, var, make = r.choice(FORMATS)
        if exclude_generic and name in ("twilio auth", "datadog", "datadog app", "razorpay", "alibaba", "azure devops", "rails", "cloudflare", "aws secret"):
            continue
        return name, var, make(r)


def dsn(r: random.Random) -> str:
    user = r.choice(["app", "svc_" + svc(r).split("-")[0], "etl", "readonly", "admin", "postgres"])
    host = f"{svc(r)}.{r.choice(['db.internal', 'prod.rds.amazonaws.com', 'cluster-ro.eu-west-1.rds.amazonaws.com', 'mongo.corp', 'cache.lan'])}"
    pw = _pw(r).replace("@", "").replace("#", "").replace("%", "")
    k = r.randrange(6)
    if k == 0:
        return f"postgresql://{user}:{pw}@{host}:5432/{svc(r).replace('-', '_')}"
    if k == 1:
        return f"mysql://{user}:{pw}@{host}:3306/app"
    if k == 2:
        return f"mongodb+srv://{user}:{pw}@cluster0.{rs(r, LOW + DIG, 5)}.mongodb.net/?retryWrites=true"
    if k == 3:
        return f"redis://:{pw}@{host}:6379/0"
    if k == 4:
        return f"amqps://{user}:{pw}@{host}:5671/%2f"
    return f"Server=tcp:{svc(r)}.database.windows.net,1433;Database=core;User ID={user};Password={pw};Encrypt=true;"


def signed_url(r: random.Random) -> str:
    k = r.randrange(3)
    if k == 0:
        return (f"https://{svc(r)}-exports.s3.eu-central-1.amazonaws.com/reports/{date(r)}.csv?X-Amz-Algorithm=AWS4-HMAC-SHA256"
                f"&X-Amz-Credential=AKIA{rs(r, UP + '234567', 16)}%2F20261104%2Feu-central-1%2Fs3%2Faws4_request&X-Amz-Date=20261104T{rs(r, DIG, 6)}Z"
                f"&X-Amz-Expires=604800&X-Amz-SignedHeaders=host&X-Amz-Signature={rs(r, HEX, 64)}")
    if k == 1:
        return (f"https://{rs(r, LOW, 10)}.blob.core.windows.net/exports/q3.xlsx?sv=2022-11-02&ss=b&srt=o&sp=r"
                f"&se=2026-12-31T23:59:59Z&st=2026-11-01T00:00:00Z&spr=https&sig={rs(r, AN + '%', 44)}%3D")
    return (f"https://storage.googleapis.com/{svc(r)}-share/deck.pdf?X-Goog-Algorithm=GOOG4-RSA-SHA256&X-Goog-Credential=exporter%40proj-{rs(r, DIG, 6)}.iam.gserviceaccount.com"
            f"%2F20261104%2Fauto%2Fstorage%2Fgoog4_request&X-Goog-Date=20261104T101500Z&X-Goog-Expires=86400&X-Goog-SignedHeaders=host&X-Goog-Signature={rs(r, HEX, 256)}")


def webhook(r: random.Random) -> str:
    k = r.randrange(4)
    if k == 0:
        return f"https://hooks.slack.com/services/T{rs(r, UP + DIG, 8)}/B{rs(r, UP + DIG, 10)}/{rs(r, AN, 24)}"
    if k == 1:
        return f"https://discord.com/api/webhooks/{rs(r, DIG, 18)}/{rs(r, URLSAFE, 68)}"
    if k == 2:
        return (f"https://{rs(r, LOW, 8)}.webhook.office.com/webhookb2/{uuid(r)}@{uuid(r)}/IncomingWebhook/{rs(r, HEX, 32)}/{uuid(r)}/V2{rs(r, URLSAFE, 40)}")
    return f"https://chat.googleapis.com/v1/spaces/AAAA{rs(r, URLSAFE, 7)}/messages?key=AIza{rs(r, URLSAFE, 35)}&token={rs(r, URLSAFE, 43)}%3D"


def private_key(r: random.Random) -> str:
    return _pem(r, r.choice(["RSA PRIVATE KEY", "PRIVATE KEY", "OPENSSH PRIVATE KEY", "EC PRIVATE KEY", "PGP PRIVATE KEY BLOCK", "ENCRYPTED PRIVATE KEY"]))


def _head(r: random.Random, lang: str, title: str) -> list[str]:
    w = words(lang)
    return [f"# {title}", f"{w[0]}: {person(r)}, {date(r)}", ""]


def _pad(r: random.Random, lang: str, lo: int, hi: int) -> list[str]:
    return filler(r, lang, r.randint(lo, hi))


def wiki_env_table(r: random.Random) -> str:
    lang = pick_lang(r)
    rows = []
    for _ in range(r.randint(1, 4)):
        _, var, val = cred(r)
        rows.append(f"| {var} | `{val}` | {r.choice(['prod', 'staging', 'shared', 'ci'])} |")
    s = svc(r)
    return "\n".join(_head(r, lang, f"{s} — environment") + _pad(r, lang, 0, 2)
                     + ["", "| variable | value | env |", "|---|---|---|"] + rows + [""] + (_pad(r, lang, 30, 45) if r.random() < 0.15 else _pad(r, lang, 0, 6)))


def runbook_connection_string(r: random.Random) -> str:
    lang = pick_lang(r)
    w = words(lang)
    steps = [f"1. ssh bastion-{r.randint(1, 4)}.corp", f"2. psql \"{dsn(r)}\"" if r.random() < 0.5 else f"2. export DATABASE_URL='{dsn(r)}'",
             f"3. {r.choice(['SELECT count(*) FROM jobs WHERE state = ' + chr(39) + 'stuck' + chr(39) + ';', 'run ./scripts/requeue.sh', 'restart the worker pods'])}"]
    if r.random() < 0.3:
        return steps[1][3:]
    return "\n".join(_head(r, lang, f"Runbook: {svc(r)} stuck jobs") + _pad(r, lang, 0, 3) + [f"## {w[1]}"] + steps + _pad(r, lang, 0, 4))


def email_shared_key(r: random.Random) -> str:
    lang = pick_lang(r)
    w = words(lang)
    name, var, val = cred(r)
    a, b = person(r), person(r)
    greet = {"de": "Hallo", "fr": "Bonjour", "es": "Hola", "pt": "Olá", "it": "Ciao", "nl": "Hoi", "pl": "Cześć", "ja": "お疲れさまです。", "zh": "你好，", "ko": "안녕하세요", "ru": "Привет,", "tr": "Merhaba", "sv": "Hej"}.get(lang, "Hi")
    body = r.choice([f"here is the {name} key for the sandbox: {val}", f"{var}={val}", f"new token below, the old one is revoked\n\n    {val}", f"{val} (expires end of month)"])
    quoted = [f"> {line}" for line in [f"On {date(r)} {b} wrote:", f"Can someone send me the {name} credential for {svc(r)}?", "Thanks!"]]
    lines = [f"From: {a} <{a.lower()}@example.com>", f"To: {b} <{b.lower()}@example.com>", f"{w[3]}: Re: {name} access", "", f"{greet} {b},", "", body, ""]
    lines += _pad(r, lang, 0, 2) + ["", a, ""] + (quoted if r.random() < 0.7 else [])
    return "\n".join(lines)


def ticket_pasted_token(r: random.Random) -> str:
    lang = pick_lang(r)
    _, var, val = cred(r, exclude_generic=True)
    n = r.randint(1000, 99999)
    desc = r.choice([f"curl -H 'Authorization: Bearer {val}' https://api.example.com/v2/{svc(r)}/status  -> 401",
                     f"Our integration stopped working. Config:\n{var}={val}\nERROR 403 forbidden",
                     f"Customer pasted their key in the chat widget: {val}",
                     f"Log: {date(r)}T{clock(r)}:11Z WARN auth failed token={val}"])
    return "\n".join([f"[HD-{n}] {svc(r)}: {r.choice(['API returns 401', 'webhook delivery failing', 'cannot log in', 'sync stuck'])}",
                      f"Reporter: {person(r)} | Priority: P{r.randint(1, 4)} | Status: {r.choice(['Open', 'Pending', 'Escalated'])}", "", desc, ""] + _pad(r, lang, 0, 3))


def notebook_cell_key(r: random.Random) -> str:
    _, var, val = cred(r, exclude_generic=True)
    k = r.randrange(3)
    if k == 0:
        cell = [f"In [{r.randint(1, 40)}]:", "import os, requests", f"os.environ['{var}'] = '{val}'", f"resp = requests.get(BASE + '/{svc(r)}/metrics')", "resp.status_code", "", f"Out[{r.randint(1, 40)}]: 200"]
    elif k == 1:
        cell = [f"In [{r.randint(1, 40)}]:", f"client = Client(api_key=\"{val}\")", "df = client.fetch_table('events', limit=1000)", "df.shape", f"Out[{r.randint(1, 40)}]: ({r.randint(100, 1000)}, {r.randint(3, 30)})"]
    else:
        cell = ["# %% [markdown]", "## Load data", "# %%", f"conn = connect('{dsn(r)}')", "df = pd.read_sql('select * from orders limit 50', conn)"]
    return "\n".join(cell)


def csv_export_credentials(r: random.Random) -> str:
    header = r.choice(["service,owner,key,rotated", "system;login;password;notes", "name,env,token,expires"])
    sep = ";" if ";" in header else ","
    rows = [header]
    for _ in range(r.randint(1, 5)):
        v = _pw(r) if "password" in header else cred(r, exclude_generic=True)[2]
        rows.append(sep.join([svc(r), r.choice([handle(r), "prod", "staging"]), v, date(r)]))
    return "\n".join(rows)


def meeting_notes_password(r: random.Random) -> str:
    lang = pick_lang(r, 0.4)
    thing = r.choice(["Guest Wi-Fi", "shared admin account for the router", "the demo tenant admin", "VPN pre-shared key", "Grafana admin", "test store owner login"])
    pw = _pw(r)
    lines = [f"Meeting notes {date(r)} — {r.choice(['weekly sync', 'ops review', 'launch prep', 'retro'])}", f"Attendees: {', '.join(person(r) for _ in range(3))}", ""]
    lines += [f"- {x}" for x in _pad(r, lang, 1, 4)]
    lines.append(f"- {thing}: user `{handle(r)}`, password `{pw}`" if r.random() < 0.5 else f"- {thing} password is {pw} (do not share outside team)")
    lines += [f"- {x}" for x in _pad(r, lang, 0, 3)]
    return "\n".join(lines)


def tutorial_real_key(r: random.Random) -> str:
    lang = pick_lang(r)
    name, var, val = cred(r, exclude_generic=True)
    return "\n".join([f"## Quickstart: calling {svc(r)} from Python", "", r.choice(["Install the client and set your key:", "First, export the credential:", "Example configuration:"]),
                      "", "```bash", f"pip install {svc(r)}-client", f"export {var}=\"{val}\"", "```", "", "```python",
                      f"client = Client(os.environ['{var}'])", "print(client.ping())", "```"] + _pad(r, lang, 0, 3))


def postmortem_leaked_value(r: random.Random) -> str:
    lang = pick_lang(r)
    name, var, val = cred(r)
    return "\n".join([f"Postmortem: {name} credential exposed in build logs ({date(r)})", "", "## Summary",
                      f"A CI step printed `{var}` in clear text: `{val}`. It was visible for {r.randint(2, 70)} minutes.",
                      "", "## Timeline"] + [f"- {clock(r)} {x}" for x in _pad(r, lang, 1, 4)] + ["", "## Action items", "- rotate the key", "- mask variables in CI"])


def onboarding_checklist_secret(r: random.Random) -> str:
    lang = pick_lang(r, 0.35)
    items = ["[ ] Get a laptop from IT", "[ ] Join #eng-onboarding", f"[ ] Clone {svc(r)} and run make dev"]
    k = r.randrange(3)
    if k == 0:
        items.append(f"[ ] First login: user {handle(r)} / temp password {_pw(r)}")
    elif k == 1:
        items.append(f"[ ] Add to ~/.npmrc: //registry.npmjs.org/:_authToken=npm_{rs(r, AN, 36)}")
    else:
        _, var, val = cred(r, exclude_generic=True)
        items.append(f"[ ] Put `{var}={val}` in your .env.local")
    r.shuffle(items)
    return "\n".join([f"Onboarding — {r.choice(['backend', 'data', 'mobile', 'SRE'])} ({date(r)})"] + [f"- {i}" for i in items] + _pad(r, lang, 0, 2))


def private_key_in_doc(r: random.Random) -> str:
    lang = pick_lang(r)
    return "\n".join(_head(r, lang, f"Deploy key for {svc(r)}") + _pad(r, lang, 0, 2 if r.random() < 0.8 else 40) + ["", "```", private_key(r), "```"] + _pad(r, lang, 0, 2))


def signed_url_in_doc(r: random.Random) -> str:
    lang = pick_lang(r)
    u = signed_url(r)
    return r.choice([f"Q3 export is here (link valid 7 days): {u}",
                     "\n".join([f"{person(r)} shared a file", u, ""] + _pad(r, lang, 0, 2)),
                     "\n".join(_pad(r, lang, 1, 2) + [f"Download: {u}"]), u])


def webhook_in_doc(r: random.Random) -> str:
    lang = pick_lang(r)
    u = webhook(r)
    return r.choice([f"alerts for {svc(r)} post to {u}", "\n".join(_head(r, lang, "Alert routing") + [f"- critical -> {u}", f"- warning -> #{svc(r)}-alerts"] + _pad(r, lang, 0, 3)),
                     f"webhook_url: \"{u}\"", "\n".join(["| channel | webhook |", "|---|---|", f"| #{svc(r)} | {u} |"])])


def cookie_header_in_ticket(r: random.Random) -> str:
    lang = pick_lang(r)
    ck = r.choice([f"session={rs(r, URLSAFE, 48)}", f"_session_id={rs(r, HEX, 32)}; csrftoken={rs(r, AN, 32)}", f"sid=s%3A{rs(r, URLSAFE, 32)}.{rs(r, URLSAFE, 43)}",
                   f"JSESSIONID={rs(r, HEX.upper(), 32)}; remember_token={rs(r, URLSAFE, 60)}"])
    hdr = r.choice([f"Cookie: {ck}", f"Authorization: Basic {rs(r, B64, 28)}=", f"Authorization: Bearer {cred(r, exclude_generic=True)[2]}", f"Cookie: {ck}\nX-CSRF-Token: {rs(r, URLSAFE, 43)}"])
    return "\n".join([f"Ticket #{r.randint(10000, 99999)} — {r.choice(['login loop on Safari', 'export times out', 'SSO redirect error'])}", "HAR excerpt from the customer:",
                      f"GET /api/v1/{svc(r)}/me HTTP/2", "Host: app.example.com", hdr, "", "Response: 302"] + _pad(r, lang, 0, 2))


def qa_post_config(r: random.Random) -> str:
    lang = pick_lang(r)
    _, var, val = cred(r, exclude_generic=True)
    q = r.choice(["Why does the worker ignore my config?", "Helm values not picked up", "How do I point the CLI at staging?", "Config precedence question"])
    return "\n".join([f"Q: {q}", f"asked by {handle(r)}", "", "My config.yaml:", "```yaml", f"{svc(r)}:", f"  endpoint: https://{svc(r)}.staging.internal", f"  {var.lower()}: {val}", "```",
                      "", f"A ({handle(r)}): env vars win over the file; unset {var} in your shell."] + _pad(r, lang, 0, 2))


SECRET = [wiki_env_table, runbook_connection_string, email_shared_key, ticket_pasted_token, notebook_cell_key,
          csv_export_credentials, meeting_notes_password, tutorial_real_key, postmortem_leaked_value,
          onboarding_checklist_secret, private_key_in_doc, signed_url_in_doc, webhook_in_doc,
          cookie_header_in_ticket, qa_post_config]
