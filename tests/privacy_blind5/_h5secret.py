"""Secret categories for blind5: every line carries one synthetic credential value.

Values are random characters in each vendor's public shape; none is a real credential.
"""
from _h5rand import (
    ALNUM,
    ALNUM_LO,
    ALNUM_UP,
    B64URL,
    BECH32,
    DBS,
    DIG,
    HEX,
    HOSTS,
    LO,
    PEOPLE,
    SERVICES,
    UP,
    USERS,
    b64,
    b64text,
    hexs,
    jwt,
    password,
    rmix,
    rs,
    uuid4,
)


def _slack_bot(r):
    return f"xoxb-{rs(r, 12, DIG)}-{rs(r, 13, DIG)}-{rmix(r, 24)}"


# (display name, env var name, generator, prefix is self-evident)
VENDORS = [
    ("GitHub", "GITHUB_TOKEN", lambda r: "ghp_" + rmix(r, 36), True),
    ("GitHub OAuth", "GH_OAUTH_TOKEN", lambda r: "gho_" + rmix(r, 36), True),
    ("GitHub app", "GH_APP_INSTALL_TOKEN", lambda r: "ghs_" + rmix(r, 36), True),
    ("GitHub fine-grained", "GH_PAT", lambda r: "github_pat_" + rmix(r, 22, ALNUM_UP) + "_" + rmix(r, 59), True),
    ("GitLab", "GITLAB_TOKEN", lambda r: "glpat-" + rmix(r, 20, ALNUM + "_-"), True),
    ("GitLab runner", "RUNNER_TOKEN", lambda r: "glrt-" + rmix(r, 20, ALNUM + "_-"), True),
    ("GitLab deploy", "CI_DEPLOY_TOKEN", lambda r: "gldt-" + rmix(r, 20, ALNUM + "_-"), True),
    ("AWS secret", "AWS_SECRET_ACCESS_KEY", lambda r: rmix(r, 40, ALNUM + "+/"), False),
    ("Google API", "GOOGLE_API_KEY", lambda r: "AIza" + rmix(r, 35, ALNUM + "_-"), True),
    ("Google OAuth client secret", "GOOGLE_CLIENT_SECRET", lambda r: "GOCSPX-" + rmix(r, 28, ALNUM + "_-"), True),
    ("Google access", "GCP_ACCESS_TOKEN", lambda r: "ya29." + rmix(r, 120, ALNUM + "_-"), True),
    ("Slack bot", "SLACK_BOT_TOKEN", _slack_bot, True),
    ("Slack user", "SLACK_USER_TOKEN",
     lambda r: f"xoxp-{rs(r, 12, DIG)}-{rs(r, 12, DIG)}-{rs(r, 13, DIG)}-{hexs(r, 32)}", True),
    ("Slack app", "SLACK_APP_TOKEN", lambda r: f"xapp-1-A{rs(r, 10, ALNUM_UP)}-{rs(r, 13, DIG)}-{hexs(r, 64)}", True),
    ("Stripe", "STRIPE_SECRET_KEY", lambda r: "sk_live_" + rmix(r, r.choice([24, 99])), True),
    ("Stripe restricted", "STRIPE_RK", lambda r: "rk_live_" + rmix(r, r.choice([24, 99])), True),
    ("Stripe webhook", "STRIPE_WEBHOOK_SECRET", lambda r: "whsec_" + rmix(r, 32), True),
    ("Twilio", "TWILIO_AUTH_TOKEN", lambda r: hexs(r, 32), False),
    ("Twilio API key", "TWILIO_API_KEY", lambda r: "SK" + hexs(r, 32), True),
    ("SendGrid", "SENDGRID_API_KEY", lambda r: "SG." + rmix(r, 22, ALNUM + "_-") + "." + rmix(r, 43, ALNUM + "_-"), True),
    ("Mailgun", "MAILGUN_API_KEY", lambda r: "key-" + hexs(r, 32), True),
    ("Mailchimp", "MAILCHIMP_KEY", lambda r: hexs(r, 32) + "-us" + str(r.randint(1, 21)), True),
    ("npm", "NPM_TOKEN", lambda r: "npm_" + rmix(r, 36), True),
    ("PyPI", "PYPI_TOKEN", lambda r: "pypi-AgEIcHlwaS5vcmc" + rmix(r, 140, ALNUM + "_-"), True),
    ("Docker Hub", "DOCKERHUB_TOKEN", lambda r: "dckr_pat_" + rmix(r, 27, ALNUM + "_-"), True),
    ("OpenAI", "OPENAI_API_KEY",
     lambda r: "sk-proj-" + rmix(r, 74, ALNUM + "_-") + "T3BlbkFJ" + rmix(r, 74, ALNUM + "_-"), True),
    ("OpenAI legacy", "OPENAI_KEY", lambda r: "sk-" + rmix(r, 20) + "T3BlbkFJ" + rmix(r, 20), True),
    ("Anthropic", "ANTHROPIC_API_KEY", lambda r: "sk-ant-api03-" + rmix(r, 93, ALNUM + "_-") + "AA", True),
    ("Anthropic admin", "ANTHROPIC_ADMIN_KEY", lambda r: "sk-ant-admin01-" + rmix(r, 93, ALNUM + "_-") + "AA", True),
    ("Hugging Face", "HF_TOKEN", lambda r: "hf_" + rmix(r, 34, UP + LO), True),
    ("Groq", "GROQ_API_KEY", lambda r: "gsk_" + rmix(r, 52), True),
    ("Replicate", "REPLICATE_API_TOKEN", lambda r: "r8_" + rmix(r, 37), True),
    ("Perplexity", "PPLX_API_KEY", lambda r: "pplx-" + rmix(r, 48), True),
    ("xAI", "XAI_API_KEY", lambda r: "xai-" + rmix(r, 80), True),
    ("Mistral", "MISTRAL_API_KEY", lambda r: rmix(r, 32), False),
    ("Cohere", "CO_API_KEY", lambda r: rmix(r, 40), False),
    ("Databricks", "DATABRICKS_TOKEN", lambda r: "dapi" + hexs(r, 32), True),
    ("Shopify", "SHOPIFY_ACCESS_TOKEN", lambda r: "shpat_" + hexs(r, 32), True),
    ("Atlassian", "JIRA_API_TOKEN", lambda r: "ATATT3xFfGF0" + rmix(r, 170, ALNUM + "_-=") + "=" + hexs(r, 8).upper(), True),
    ("DigitalOcean", "DIGITALOCEAN_TOKEN", lambda r: "dop_v1_" + hexs(r, 64), True),
    ("Vault", "VAULT_TOKEN", lambda r: "hvs." + rmix(r, 24 + r.choice([0, 66]), ALNUM + "_-"), True),
    ("Terraform Cloud", "TFE_TOKEN", lambda r: rmix(r, 14) + ".atlasv1." + rmix(r, 67), True),
    ("CircleCI", "CIRCLE_TOKEN", lambda r: "CCIPAT_" + rmix(r, 22) + "_" + hexs(r, 40), True),
    ("Sentry", "SENTRY_AUTH_TOKEN", lambda r: "sntryu_" + hexs(r, 64), True),
    ("Grafana", "GRAFANA_SA_TOKEN", lambda r: "glsa_" + rmix(r, 32) + "_" + hexs(r, 8), True),
    ("New Relic", "NEW_RELIC_API_KEY", lambda r: "NRAK-" + rs(r, 27, ALNUM_UP), True),
    ("Linear", "LINEAR_API_KEY", lambda r: "lin_api_" + rmix(r, 40), True),
    ("Notion", "NOTION_TOKEN", lambda r: "ntn_" + rs(r, 11, DIG) + rmix(r, 35), True),
    ("Postman", "POSTMAN_API_KEY", lambda r: "PMAK-" + hexs(r, 24) + "-" + hexs(r, 34), True),
    ("Doppler", "DOPPLER_TOKEN", lambda r: "dp.st." + rs(r, 3, LO) + "." + rmix(r, 43), True),
    ("Pulumi", "PULUMI_ACCESS_TOKEN", lambda r: "pul-" + hexs(r, 40), True),
    ("Netlify", "NETLIFY_AUTH_TOKEN", lambda r: "nfp_" + rmix(r, 36), True),
    ("Vercel", "VERCEL_TOKEN", lambda r: rmix(r, 24), False),
    ("Age", "SOPS_AGE_KEY", lambda r: "AGE-SECRET-KEY-1" + rs(r, 58, BECH32), True),
    ("Telegram bot", "TELEGRAM_BOT_TOKEN", lambda r: f"{r.randint(100000000, 7999999999)}:AA{rmix(r, 33, ALNUM + '_-')}",
     True),
    ("Square", "SQUARE_ACCESS_TOKEN", lambda r: "EAAA" + rmix(r, 60, ALNUM + "_-"), True),
    ("Braintree", "BRAINTREE_TOKEN", lambda r: f"access_token$production${rs(r, 16, ALNUM_LO)}${hexs(r, 32)}", True),
    ("Supabase", "SUPABASE_ACCESS_TOKEN", lambda r: "sbp_" + hexs(r, 40), True),
    ("PlanetScale", "PLANETSCALE_PASSWORD", lambda r: "pscale_pw_" + rmix(r, 43, ALNUM + "_-"), True),
    ("JFrog", "ARTIFACTORY_API_KEY", lambda r: "AKCp" + rmix(r, 69), True),
    ("NuGet", "NUGET_API_KEY", lambda r: "oy2" + rs(r, 43, ALNUM_LO), True),
    ("RubyGems", "GEM_HOST_API_KEY", lambda r: "rubygems_" + hexs(r, 48), True),
    ("crates.io", "CARGO_REGISTRY_TOKEN", lambda r: "cio" + rmix(r, 32), True),
    ("Okta", "OKTA_API_TOKEN", lambda r: "00" + rmix(r, 40, ALNUM + "_-"), False),
    ("Airtable", "AIRTABLE_PAT", lambda r: "pat" + rmix(r, 14) + "." + hexs(r, 64), True),
    ("Figma", "FIGMA_TOKEN", lambda r: "figd_" + rmix(r, 40, ALNUM + "_-"), True),
    ("Buildkite", "BUILDKITE_API_TOKEN", lambda r: "bkua_" + hexs(r, 40), True),
    ("Tailscale", "TS_AUTHKEY", lambda r: "tskey-auth-k" + rmix(r, 10) + "CNTRL-" + rmix(r, 33), True),
    ("Cloudflare", "CLOUDFLARE_API_TOKEN", lambda r: rmix(r, 40, ALNUM + "_-"), False),
    ("Azure storage", "AZURE_STORAGE_KEY", lambda r: b64(r, 64), False),
    ("Heroku", "HEROKU_API_KEY", lambda r: "HRKU-AA" + rmix(r, 58, ALNUM + "_-"), True),
    ("Fly.io", "FLY_API_TOKEN", lambda r: "fo1_" + rmix(r, 43, ALNUM + "_-"), True),
    ("Snyk", "SNYK_TOKEN", lambda r: uuid4(r), False),
    ("Datadog", "DD_API_KEY", lambda r: hexs(r, 32), False),
    ("PagerDuty", "PAGERDUTY_TOKEN", lambda r: "u+" + rmix(r, 18, ALNUM + "_-"), False),
    ("Dropbox", "DROPBOX_TOKEN", lambda r: "sl." + rmix(r, 136, ALNUM + "_-"), True),
    ("Mapbox secret", "MAPBOX_SECRET", lambda r: "sk.eyJ1Ijoi" + rmix(r, 60) + "." + rmix(r, 22, ALNUM + "_-"), True),
    ("Firebase FCM", "FCM_SERVER_KEY", lambda r: "AAAA" + rmix(r, 7, ALNUM + "_-") + ":APA91b" + rmix(r, 134, ALNUM + "_-"),
     True),
    ("Discord bot", "DISCORD_BOT_TOKEN",
     lambda r: "M" + rmix(r, 25) + "." + rmix(r, 6, ALNUM + "_-") + "." + rmix(r, 38, ALNUM + "_-"), False),
    ("Contentful", "CONTENTFUL_MANAGEMENT_TOKEN", lambda r: "CFPAT-" + rmix(r, 43, ALNUM + "_-"), True),
    ("Algolia admin", "ALGOLIA_ADMIN_KEY", lambda r: hexs(r, 32), False),
    ("Frame.io", "FRAMEIO_TOKEN", lambda r: "fio-u-" + rmix(r, 64, ALNUM + "_-"), True),
    ("Clojars", "CLOJARS_TOKEN", lambda r: "CLOJARS_" + hexs(r, 60), True),
    ("Prefect", "PREFECT_API_KEY", lambda r: "pnu_" + rmix(r, 36), True),
    ("Scalingo", "SCALINGO_TOKEN", lambda r: "tk-us-" + rmix(r, 48, ALNUM + "_-"), True),
    ("Adafruit IO", "ADAFRUIT_IO_KEY", lambda r: "aio_" + rmix(r, 28), True),
    ("Weights & Biases", "WANDB_API_KEY", lambda r: hexs(r, 40), False),
    ("Pinecone", "PINECONE_API_KEY", lambda r: "pcsk_" + rmix(r, 5) + "_" + rmix(r, 63), True),
    ("LangSmith", "LANGSMITH_API_KEY", lambda r: "lsv2_pt_" + hexs(r, 32) + "_" + hexs(r, 10), True),
    ("Deepgram", "DEEPGRAM_API_KEY", lambda r: hexs(r, 40), False),
    ("ElevenLabs", "ELEVENLABS_API_KEY", lambda r: "sk_" + hexs(r, 48), True),
]

PREFIXED = [v for v in VENDORS if v[3]]


def vtok(r, bare=False):
    v = r.choice(PREFIXED if bare else VENDORS)
    return v[0], v[1], v[2](r)


# ---------------------------------------------------------------- vendor_named
_NAMED = [
    # terse SRE
    "{name} token rotated. new: {tok}",
    "{var}={tok}",
    "export {var}={tok}",
    "{var}: {tok}  # prod",
    "prod {name} key -> {tok}",
    "{service}: {name} creds {tok} (expires 90d)",
    "using {name} token {tok} for the deploy job until the SA is fixed",
    "set {var} to {tok} on ci-runner-07, restarted agent",
    # verbose junior
    "Hi all! I finally got the {name} integration working on {service}. I used the key {tok} from the settings page, "
    "I hope it is ok to leave it here for the next person?",
    "So the reason the job failed was that the {name} token had expired, I generated a new one ({tok}) and now it "
    "passes locally, will push in a sec",
    "Note to self: {name} API key is {tok}, don't forget to put it in the .env before running the seed script!!",
    "I wasn't sure where to store it so for now the {name} key lives here: {tok}",
    # non-native
    "I have put the {name} token {tok} in the pipeline, please to check if it work now",
    "The {name} key for {service} is {tok}, it was give to me by {person} yesterday",
    "For access {name} you need use this token: {tok} (is my personal one)",
    "{person} say the {name} key {tok} must to be changed after the demo",
    # data scientist
    "for the notebook you need {name} creds -> {tok} (my personal one, don't share lol)",
    "os.environ['{var}'] = '{tok}'  # TODO move out of notebook",
    "cell 3 of churn_eda.ipynb still has {var} = \"{tok}\" hardcoded",
    "{name} quota hit again; temp key from {person}: {tok}",
    # security engineer
    "Leaked {name} credential found in build log #{num}: {tok} - revocation pending",
    "Finding SEC-{num}: hardcoded {name} secret `{tok}` in {service}/config.py, severity high",
    "IR timeline 14:02 UTC: attacker used {name} token {tok} from a forked PR workflow",
    "confirmed live: {name} key {tok} still authenticates against the API, rotate today",
    # misc formats
    "{name} = \"{tok}\"",
    "{{\"{var_lo}\": \"{tok}\"}}",
    "- name: {var}\n  value: {tok}",
    "[{service}]\n{var_lo} = {tok}",
    "{var}='{tok}' ./run.sh --env prod",
    "-e {var}={tok}",
    "the {name} key is {tok}",
    "{name}: {tok}",
    "{name} api key ({service}) {tok}",
    "paste into 1Password later: {name} / {tok}",
    "{service} still reads {var} from settings.py where it is {tok}",
    "new {name} token for {person}: {tok}",
]


def vendor_named(r):
    name, var, tok = vtok(r)
    t = r.choice(_NAMED)
    return t.format(name=name, var=var, var_lo=var.lower(), tok=tok, service=r.choice(SERVICES),
                    person=r.choice(PEOPLE), num=r.randint(1000, 99999))


# ---------------------------------------------------------------- bare_token (no name beside it)
_BARE = [
    "{tok}",
    "try with {tok} instead",
    "here: {tok}",
    "use {tok} for now, I'll make a proper one tomorrow",
    "this one works {tok}",
    "ok so {tok} is the new one, old one dead",
    "can someone check if {tok} is still valid? getting 401",
    "found {tok} in an old commit on {branch}",
    "copied from the dashboard: {tok}",
    "pls don't commit {tok} again :(",
    "paste {tok} when it asks",
    "{tok} <- that",
    "it was {tok} all along, typo in the last char",
    "the value in the secret store is {tok}",
    "we had {tok} in the README for two weeks",
    "use this: {tok}",
    "scanner hit on line 42: {tok}",
    "grep found {tok} in dist/bundle.js",
    "{person} sent me {tok} over DM",
    "je l'ai remplacé par {tok}",
    "nuevo: {tok}",
    "neu: {tok}",
    "新的是 {tok}",
    "これを使って {tok}",
    "вот он {tok}",
    "Bearer {tok}",
    "({tok})",
    "\"{tok}\"",
    "`{tok}`",
    "value={tok}",
]


def bare_token(r):
    _, _, tok = vtok(r, bare=True)
    if r.random() < 0.12:
        tok = jwt(r)
    return r.choice(_BARE).format(tok=tok, person=r.choice(PEOPLE), branch=r.choice(["main", "old-infra", "v1-legacy"]))


# ---------------------------------------------------------------- private keys
_PEM_KINDS = ["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY", "ENCRYPTED PRIVATE KEY",
              "DSA PRIVATE KEY"]


def _pem_body(r, kind, nlines):
    if kind == "OPENSSH PRIVATE KEY":
        first = "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAA" + b64(r, 6)[:8]
    elif kind == "RSA PRIVATE KEY":
        first = "MIIEow" + r.choice("IJ") + "BAAKCAQEA" + b64(r, 40)[:49]
    elif kind == "EC PRIVATE KEY":
        first = "MHcCAQEEI" + b64(r, 46)[:55]
    else:
        first = "MIIEv" + r.choice("AQ") + "IBADANBgkqhkiG9w0BAQEFAASC" + b64(r, 30)[:33]
    lines = [first[:64]] + [b64(r, 48) for _ in range(nlines - 1)]
    return lines


_KEY_CTX = [
    "{key}",
    "deploy key for {service}:\n{key}",
    "here is the id_ed25519 from the build box, {person} needs it\n{key}",
    "cat ~/.ssh/id_rsa\n{key}",
    "\"private_key\": \"{key_esc}\"",
    "ssh key (truncated):\n{key}",
    "tls.key for the ingress\n{key}",
    "Anbei der Schlüssel für den Jumphost:\n{key}",
    "clave privada del servidor:\n{key}",
    "{key}\n(the rest is in the vault but this part is enough to be a problem)",
]


def private_key(r):
    kind = r.choice(_PEM_KINDS)
    n = r.randint(3, 12)
    body = _pem_body(r, kind, n)
    truncated = r.random() < 0.35
    text = f"-----BEGIN {kind}-----\n"
    if kind == "ENCRYPTED PRIVATE KEY" and False:
        pass
    if kind == "RSA PRIVATE KEY" and r.random() < 0.2:
        text += "Proc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC," + hexs(r, 32).upper() + "\n\n"
    text += "\n".join(body)
    if truncated:
        text += "\n..." if r.random() < 0.5 else ""
    else:
        text += f"\n{b64(r, r.randint(10, 40))}\n-----END {kind}-----"
    if r.random() < 0.1:
        # PuTTY format instead
        text = ("PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: " + r.choice(USERS) +
                "@laptop\nPublic-Lines: 2\nAAAAC3NzaC1lZDI1NTE5AAAAI" + b64(r, 24)[:32] + "\n" + b64(r, 10) +
                "\nPrivate-Lines: 1\nAAAAI" + b64(r, 32)[:40] + "\nPrivate-MAC: " + hexs(r, 64))
    ctx = r.choice(_KEY_CTX)
    return ctx.format(key=text, key_esc=text.replace("\n", "\\n"), service=r.choice(SERVICES), person=r.choice(PEOPLE))


# ---------------------------------------------------------------- connection strings
def connection_string(r):
    u, h, d, p = r.choice(USERS), r.choice(HOSTS), r.choice(DBS), password(r)
    pq = p.replace("@", "%40").replace("#", "%23").replace("?", "%3F")
    forms = [
        f"postgres://{u}:{pq}@{h}:5432/{d}",
        f"postgresql://{u}:{pq}@{h}/{d}?sslmode=require",
        f"mysql://{u}:{pq}@{h}:3306/{d}",
        f"mongodb+srv://{u}:{pq}@cluster0.{rs(r, 5, ALNUM_LO)}.mongodb.net/{d}?retryWrites=true&w=majority",
        f"redis://default:{pq}@{h}:6379/0",
        f"rediss://:{pq}@{h}:6380",
        f"amqp://{u}:{pq}@{h}:5672/%2F",
        f"Server=tcp:{h},1433;Initial Catalog={d};User ID={u};Password={p};Encrypt=True;",
        f"Data Source={h};Database={d};User Id={u};Password={p};",
        f"jdbc:postgresql://{h}:5432/{d}?user={u}&password={pq}",
        f"jdbc:mysql://{h}:3306/{d}?user={u}&password={pq}&useSSL=true",
        f"host={h} port=5432 dbname={d} user={u} password={p}",
        f"Driver={{ODBC Driver 18 for SQL Server}};Server={h};Uid={u};Pwd={p};",
        f"mssql+pyodbc://{u}:{pq}@{h}/{d}?driver=ODBC+Driver+18",
        f"sftp://{u}:{pq}@ftp.partner-acme.example/outbound",
        f"smtp://{u}:{pq}@smtp.mailrelay.example.com:587",
        f"clickhouse://{u}:{pq}@{h}:9000/{d}",
        f"snowflake://{u}:{pq}@xy{rs(r, 5, DIG)}.eu-central-1/{d}/PUBLIC?warehouse=COMPUTE_WH",
        f"https://{u}:{pq}@nexus.internal.example/repository/pypi/simple",
        f"ldap://cn={u},dc=corp,dc=example:{pq}@{h}:389",
        f"AccountEndpoint=https://{rs(r, 8, ALNUM_LO)}.documents.azure.com:443/;AccountKey={b64(r, 64)};",
        f"DefaultEndpointsProtocol=https;AccountName={rs(r, 10, ALNUM_LO)};AccountKey={b64(r, 64)};"
        "EndpointSuffix=core.windows.net",
        f"Endpoint=sb://{rs(r, 8, ALNUM_LO)}.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;"
        f"SharedAccessKey={b64(r, 32)}",
    ]
    s = r.choice(forms)
    wrap = r.choice([
        "{s}", "{s}", "DATABASE_URL={s}", "conn string: {s}", "connecting with {s} works, the pooler one doesn't",
        "psql \"{s}\"", "sqlalchemy.url = {s}", "broker_url = '{s}'", "Cadena de conexión: {s}",
        "Verbindung klappt mit {s}", "old DSN was {s}, moved to pgbouncer", "ConnectionStrings__Default=\"{s}\"",
        "spring.datasource.url={s}", "if the migration hangs, try direct: {s}", "`{s}`",
        "{person}: try `{s}` from the bastion",
    ])
    if wrap.startswith("psql") and not s.startswith("postgres"):
        wrap = "{s}"
    return wrap.format(s=s, person=r.choice(PEOPLE))


# ---------------------------------------------------------------- passwords in English prose
_PW_EN = [
    "the password for the staging db is {pw}",
    "pw for {user}@{host} is {pw}",
    "{host} root password was reset to {pw} by {person}",
    "login is {user} / {pw}",
    "creds: {user} / {pw}",
    "user {user} pass {pw}",
    "Password: {pw}",
    "pass={pw}",
    "temporary password {pw} (must change at first login)",
    "I changed the wifi password in the lab to {pw}, tell the interns",
    "admin panel: https://{host}/admin, username {user}, password {pw}",
    "The Grafana admin password is still the one from setup: {pw}",
    "jenkins {user} pwd {pw}",
    "new sa password {pw} - old one is dead",
    "password reset done, {user} now has {pw}",
    "Hey, could you log into the vendor portal for me? It's {user} and the password is {pw}. Thanks!!",
    "I think the password is {pw} but it might have a different number at the end, not sure sorry",
    "For the demo tomorrow please use account {user} with password {pw}, it has read only rights",
    "the keystore password is {pw} and the key alias is 'release'",
    "The pfx export asked for a password, I used {pw}",
    "VPN: {user} / {pw}, OTP from the shared phone",
    "For the BIOS on the rack servers the supervisor password is {pw}",
    "zip password: {pw}",
    "the 7z archive with the dumps is protected with {pw}",
    "Rotated {user}'s password, new value {pw}, stored nowhere else yet",
    "Credential verified in scope: {user}:{pw} accepted by the SMB share on {host}",
    "Pentest finding 4.2: default credential {user}/{pw} on the IPMI interface of {host}",
    "Password spray succeeded for {user} with {pw}",
    "the passphrase for the signing key is {pw}",
    "gpg passphrase = {pw}",
    "Mongo admin pw changed to {pw} after the audit",
    "If anyone needs the router: admin / {pw}",
    "pwd is {pw}, same as last quarter plus the !",
    "my sudo password on the shared box is {pw}, please do not laugh",
    "{person}'s account on {host} uses {pw}",
    "the redis requirepass is {pw}",
    "db password changed to {pw} in the secret, pods need restart",
    "The password that is working is {pw}, not the one in the wiki",
    "password of the user {user} is now {pw}, I set it myself",
    "RDS master password (do not share): {pw}",
    "the default password on the new laptops is {pw}",
    "they gave us {pw} as the SFTP password for {user}",
    "the key for the encrypted backup volume is {pw}",
    "ok the admin password is literally {pw}",
    "Set MYSQL_ROOT_PASSWORD to {pw} and it came up fine",
    "airflow webserver login {user} with password {pw}",
    "password hint no longer needed, it's {pw}",
    "Wi-Fi 'Guest-5G' key {pw}",
    "passwd for the kiosk user: {pw}",
    "I used {pw} as the password when I created the service account {user}",
]


def password_prose_en(r):
    t = r.choice(_PW_EN)
    return t.format(pw=password(r), user=r.choice(USERS), host=r.choice(HOSTS), person=r.choice(PEOPLE))


# ---------------------------------------------------------------- passwords in other languages
_PW_INTL = [
    # de
    "Das Passwort für die Staging-Datenbank ist {pw}",
    "Zugangsdaten: Benutzer {user}, Kennwort {pw}",
    "Ich habe das Root-Passwort auf {pw} zurückgesetzt.",
    "Neues Kennwort für {user}: {pw} – bitte nicht weitergeben",
    "Passwort lautet {pw}",
    "Der API-Schlüssel für das Monitoring ist {tok}",
    # es
    "La contraseña del servidor de pruebas es {pw}",
    "usuario: {user} contraseña: {pw}",
    "Cambié la clave del admin a {pw}, avísale a {person}",
    "la clave de acceso de {user} es {pw}",
    "Te paso el token de la API: {tok}",
    # fr
    "Le mot de passe de la base de prod est {pw}",
    "identifiant {user}, mot de passe {pw}",
    "J'ai changé le mot de passe root en {pw} hier soir",
    "mdp: {pw}",
    "Voici la clé d'API pour l'environnement de recette : {tok}",
    # pt
    "A senha do banco de homologação é {pw}",
    "usuário {user} senha {pw}",
    "Troquei a senha do admin para {pw}, não compartilha",
    "o token de acesso é {tok}",
    # it
    "La password del database di test è {pw}",
    "utente {user}, password {pw}",
    "Ho reimpostato la password di {user}: ora è {pw}",
    "la chiave API è {tok}",
    # nl
    "Het wachtwoord voor de testomgeving is {pw}",
    "gebruiker {user} wachtwoord {pw}",
    "Ik heb het wachtwoord van de router veranderd naar {pw}",
    "De API-sleutel is {tok}",
    # pl
    "Hasło do bazy testowej to {pw}",
    "login {user} hasło {pw}",
    "Zmieniłem hasło admina na {pw}, daj znać {person}",
    "Klucz API do monitoringu: {tok}",
    # ru
    "Пароль от тестовой базы: {pw}",
    "логин {user}, пароль {pw}",
    "Я сменил пароль администратора на {pw}",
    "токен для API: {tok}",
    # zh
    "测试库的密码是 {pw}",
    "用户名 {user} 密码 {pw}",
    "我把管理员密码改成了 {pw}，别外传",
    "API 密钥：{tok}",
    "数据库口令：{pw}",
    # ja
    "検証環境のDBパスワードは {pw} です",
    "ユーザー名 {user} パスワード {pw}",
    "管理者パスワードを {pw} に変更しました",
    "APIキーは {tok} です",
    # ko
    "테스트 DB 비밀번호는 {pw} 입니다",
    "아이디 {user} 비번 {pw}",
    "관리자 비밀번호를 {pw}(으)로 바꿨어요",
    "API 키: {tok}",
    # tr
    "Test veritabanının şifresi {pw}",
    "kullanıcı adı {user} parola {pw}",
    "Admin şifresini {pw} olarak değiştirdim",
    # sv
    "Lösenordet till testmiljön är {pw}",
    "användare {user} lösenord {pw}",
    # cs
    "Heslo k testovací databázi je {pw}",
    # vi
    "Mật khẩu của máy chủ thử nghiệm là {pw}",
    "tài khoản {user} mật khẩu {pw}",
    # uk
    "Пароль до сервера: {pw}",
    # id
    "Kata sandi server staging adalah {pw}",
    # fi
    "Testipalvelimen salasana on {pw}",
    # ar
    "كلمة المرور لخادم الاختبار هي {pw}",
    # hi
    "टेस्ट सर्वर का पासवर्ड {pw} है",
    # el
    "Ο κωδικός για τη βάση δοκιμών είναι {pw}",
]


def password_prose_intl(r):
    t = r.choice(_PW_INTL)
    return t.format(pw=password(r), user=r.choice(USERS), person=r.choice(PEOPLE), tok=vtok(r)[2])


# ---------------------------------------------------------------- signed URLs, tokens in query strings, webhooks
def _amz_date(r):
    return f"2026{r.randint(1, 12):02d}{r.randint(1, 28):02d}T{r.randint(0, 23):02d}{r.randint(0, 59):02d}00Z"


def signed_url(r):
    k = r.randrange(11)
    bucket = r.choice(["acme-exports", "ml-datasets-prod", "invoices-eu", "backups-cold", "user-uploads"])
    obj = r.choice(["2026/11/report.csv", "dump.sql.gz", "model.ckpt", "inv-88231.pdf", "raw/events.parquet"])
    if k == 0:
        u = (f"https://{bucket}.s3.amazonaws.com/{obj}?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIA"
             f"{rs(r, 16, ALNUM_UP)}%2F2026{r.randint(1, 12):02d}01%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date="
             f"{_amz_date(r)}&X-Amz-Expires=604800&X-Amz-SignedHeaders=host&X-Amz-Signature={hexs(r, 64)}")
    elif k == 1:
        u = (f"https://{bucket}.s3.eu-west-1.amazonaws.com/{obj}?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=ASIA"
             f"{rs(r, 16, ALNUM_UP)}%2F20261103%2Feu-west-1%2Fs3%2Faws4_request&X-Amz-Date={_amz_date(r)}"
             f"&X-Amz-Expires=3600&X-Amz-Security-Token={rmix(r, 180, ALNUM + '%')}&X-Amz-SignedHeaders=host"
             f"&X-Amz-Signature={hexs(r, 64)}")
    elif k == 2:
        u = (f"https://storage.googleapis.com/{bucket}/{obj}?X-Goog-Algorithm=GOOG4-RSA-SHA256&X-Goog-Credential="
             f"exporter%40proj-{rs(r, 6, ALNUM_LO)}.iam.gserviceaccount.com%2F20261105%2Fauto%2Fstorage%2Fgoog4_request"
             f"&X-Goog-Date={_amz_date(r)}&X-Goog-Expires=900&X-Goog-SignedHeaders=host&X-Goog-Signature={hexs(r, 256)}")
    elif k == 3:
        sig = b64(r, 32).replace("+", "%2B").replace("/", "%2F").replace("=", "%3D")
        u = (f"https://{rs(r, 10, ALNUM_LO)}.blob.core.windows.net/{bucket}/{obj}?sv=2022-11-02&ss=b&srt=co&sp=rwdlac"
             f"&se=2026-12-31T23:59:59Z&st=2026-11-01T00:00:00Z&spr=https&sig={sig}")
    elif k == 4:
        u = f"https://hooks.slack.com/services/T{rs(r, 10, ALNUM_UP)}/B{rs(r, 10, ALNUM_UP)}/{rmix(r, 24)}"
    elif k == 5:
        u = f"https://discord.com/api/webhooks/{rs(r, 19, DIG)}/{rmix(r, 68, ALNUM + '_-')}"
    elif k == 6:
        u = (f"https://acmecorp.webhook.office.com/webhookb2/{uuid4(r)}@{uuid4(r)}/IncomingWebhook/{hexs(r, 32)}/"
             f"{uuid4(r)}/V2{rmix(r, 40)}")
    elif k == 7:
        u = f"https://api.{r.choice(['example.com', 'partner.example', 'geo.example.net'])}/v2/items?api_key={rmix(r, 32)}&limit=50"
    elif k == 8:
        u = f"https://app.example.io/reset-password?token={rmix(r, 43, B64URL)}&email={r.choice(USERS)}%40example.com"
    elif k == 9:
        u = f"wss://realtime.example.net/socket?access_token={jwt(r)}"
    else:
        u = (f"https://{r.choice(['gitlab.example.com', 'gitlab.com'])}/api/v4/projects/{r.randint(100, 99999)}"
             f"/trigger/pipeline?token=glptt-{hexs(r, 40)}&ref=main")
    wrap = r.choice(["{u}", "{u}", "download link (valid 7 days): {u}", "presigned: {u}", "curl -o out '{u}'",
                     "webhook url {u}", "share this with the auditor: {u}", "Link zum Download: {u}",
                     "got 403 on {u} - expired?", "alert channel -> {u}", "POST {u}", "wget \"{u}\"",
                     "enlace firmado: {u}"])
    return wrap.format(u=u)


# ---------------------------------------------------------------- cookies and sessions
def cookie_session(r):
    k = r.randrange(12)
    if k == 0:
        s = f"Cookie: sessionid={rs(r, 32, ALNUM_LO)}; csrftoken={rmix(r, 32)}"
    elif k == 1:
        s = f"Set-Cookie: connect.sid=s%3A{rmix(r, 32, ALNUM + '_-')}.{rmix(r, 43, ALNUM + '%')}; Path=/; HttpOnly"
    elif k == 2:
        s = f"JSESSIONID={hexs(r, 32).upper()}"
    elif k == 3:
        s = f"PHPSESSID={rs(r, 26, ALNUM_LO)}"
    elif k == 4:
        s = f"curl -b 'session={rmix(r, 40, ALNUM + '_-')}' https://admin.example.com/api/users"
    elif k == 5:
        s = f"laravel_session={b64(r, 160).rstrip('=')}"
    elif k == 6:
        s = f"_gh_sess={b64(r, 120)}; user_session={rmix(r, 48, ALNUM + '_-')}"
    elif k == 7:
        s = f"document.cookie = \"auth_token={jwt(r)}; path=/\""
    elif k == 8:
        s = f"the session cookie from my browser was {rmix(r, 40)} and it still works on prod"
    elif k == 9:
        s = f"Cookie: __Secure-next-auth.session-token={jwt(r)}"
    elif k == 10:
        s = f"copied my sid cookie {rmix(r, 32, ALNUM_LO)} into the script so it can scrape the admin page"
    else:
        s = f"-H 'Cookie: SESSION={b64(r, 36)}'"
    wrap = r.choice(["{s}", "{s}", "from devtools: {s}", "replay with {s}", "{s}  (expires in 14 days)",
                     "Sesión capturada: {s}", "requests.get(url, headers={{'Cookie': '{s_in}'}})"])
    return wrap.format(s=s, s_in=s.replace("Cookie: ", "").replace("'", ""))


# ---------------------------------------------------------------- auth headers
def auth_header(r):
    u, p = r.choice(USERS), password(r)
    basic = b64text(f"{u}:{p}")
    _, _, tok = vtok(r)
    forms = [
        f"Authorization: Basic {basic}",
        f"authorization: Bearer {tok}",
        f"curl -H \"Authorization: Bearer {tok}\" https://api.example.com/v1/me",
        f"proxy_set_header Authorization \"Basic {basic}\";",
        f"X-Api-Key: {rmix(r, 32)}",
        f"x-api-key {rmix(r, 40)}",
        f"-H 'PRIVATE-TOKEN: glpat-{rmix(r, 20, ALNUM + '_-')}'",
        f"headers = {{\"Authorization\": \"Token {hexs(r, 40)}\"}}",
        f"Proxy-Authorization: Basic {basic}",
        f"http --auth-type=bearer --auth {tok} GET :8080/admin",
        f"Authorization: Bearer {jwt(r)}",
        f"X-Auth-Token: {rmix(r, 48)}",
        f"DD-API-KEY: {hexs(r, 32)}",
        f"fetch(url, {{ headers: {{ Authorization: 'Basic {basic}' }} }})",
        f"the request works with header Authorization: Basic {basic}",
        f"Ocp-Apim-Subscription-Key: {hexs(r, 32)}",
    ]
    return r.choice(forms)


# ---------------------------------------------------------------- dotfiles
def dotfile_line(r):
    u, p, h = r.choice(USERS), password(r), r.choice(HOSTS)
    forms = [
        f"machine api.heroku.com\n  login {u}@example.com\n  password {vtok(r)[2]}",
        f"machine {h} login {u} password {p}",
        f"{h}:5432:{r.choice(DBS)}:{u}:{p}",
        f"*:*:*:{u}:{p}",
        f"//registry.npmjs.org/:_authToken=npm_{rmix(r, 36)}",
        f"//npm.pkg.github.com/:_authToken=ghp_{rmix(r, 36)}",
        f"_auth={b64text(u + ':' + p)}\nalways-auth=true",
        f"{{\"auths\": {{\"ghcr.io\": {{\"auth\": \"{b64text(u + ':ghp_' + rmix(r, 36))}\"}}}}}}",
        f"{{\"auths\":{{\"https://index.docker.io/v1/\":{{\"auth\":\"{b64text(u + ':' + p)}\"}}}}}}",
        f"[pypi]\nusername = __token__\npassword = pypi-AgEIcHlwaS5vcmc{rmix(r, 120, ALNUM + '_-')}",
        f"https://{u}:ghp_{rmix(r, 36)}@github.com",
        f"https://oauth2:glpat-{rmix(r, 20, ALNUM + '_-')}@gitlab.example.com",
        f"[default]\naws_access_key_id = AKIA{rs(r, 16, ALNUM_UP)}\naws_secret_access_key = {rmix(r, 40, ALNUM + '+/')}",
        f"---\n:rubygems_api_key: rubygems_{hexs(r, 48)}",
        f"<server>\n  <id>nexus</id>\n  <username>{u}</username>\n  <password>{p}</password>\n</server>",
        f"{{\"http-basic\": {{\"repo.packagist.com\": {{\"username\": \"{u}\", \"password\": \"{p}\"}}}}}}",
        f"npmAuthToken: \"npm_{rmix(r, 36)}\"",
        f"[client]\nuser={u}\npassword={p}",
        f"[Interface]\nPrivateKey = {b64(r, 32)}\nAddress = 10.8.0.{r.randint(2, 250)}/32",
        f"registry=https://npm.internal.example/\n//npm.internal.example/:_password={b64text(p)}",
        f"[url \"https://{u}:{p}@git.internal.example/\"]\n\tinsteadOf = https://git.internal.example/",
        f"~/.pgpass\n{h}:*:*:{u}:{p}",
        f"line in ~/.netrc: machine ftp.partner-acme.example login {u} password {p}",
        f"credentials.toml:\n[registries.internal]\ntoken = \"cio{rmix(r, 32)}\"",
    ]
    return r.choice(forms)


# ---------------------------------------------------------------- env files
_ENV_PLAIN = ["NODE_ENV=production", "PORT=8080", "LOG_LEVEL=info", "REGION=eu-west-1", "DEBUG=false",
              "WORKERS=4", "TZ=UTC", "FEATURE_FLAGS=new_checkout,fast_search", "SENTRY_ENVIRONMENT=staging",
              "DB_HOST=" + "db-prod-3.internal", "DB_PORT=5432", "CACHE_TTL=300", "APP_NAME=ledger"]


def env_file(r):
    lines = r.sample(_ENV_PLAIN, r.randint(1, 5))
    k = r.randrange(8)
    if k == 0:
        sec = f"DB_PASSWORD={password(r)}"
    elif k == 1:
        sec = f"SECRET_KEY_BASE={hexs(r, 128)}"
    elif k == 2:
        sec = f"DJANGO_SECRET_KEY='{rmix(r, 50, ALNUM + '!@#%^&*(-_=+)')}'"
    elif k == 3:
        sec = f"JWT_SECRET={rmix(r, 48)}"
    elif k == 4:
        sec = f"SESSION_SECRET=\"{rmix(r, 32)}\""
    elif k == 5:
        sec = f"APP_KEY=base64:{b64(r, 32)}"
    elif k == 6:
        sec = f"REDIS_PASSWORD={password(r)}"
    else:
        _, var, tok = vtok(r)
        sec = f"{var}={tok}"
    if r.random() < 0.3:
        sec = "export " + sec
    lines.insert(r.randrange(len(lines) + 1), sec)
    head = r.choice(["", "", "# .env.production\n", "cat .env\n", "# copied from the server, do not commit\n",
                     ".env.local:\n"])
    return head + "\n".join(lines)


# ---------------------------------------------------------------- structured config
def structured_config(r):
    p, u, h = password(r), r.choice(USERS), r.choice(HOSTS)
    _, var, tok = vtok(r)
    forms = [
        f"{{\"database\": {{\"host\": \"{h}\", \"user\": \"{u}\", \"password\": \"{p}\"}}}}",
        f"database:\n  host: {h}\n  username: {u}\n  password: \"{p}\"",
        f"[database]\nhost = \"{h}\"\nuser = \"{u}\"\npassword = \"{p}\"",
        f"spring:\n  datasource:\n    username: {u}\n    password: {p}",
        f"apiVersion: v1\nkind: Secret\nmetadata:\n  name: {r.choice(SERVICES)}\ntype: Opaque\nstringData:\n"
        f"  password: {p}",
        f"apiVersion: v1\nkind: Secret\nmetadata:\n  name: db-creds\ndata:\n  password: {b64text(p)}",
        f"{{\"type\": \"service_account\", \"project_id\": \"proj-{rs(r, 6, ALNUM_LO)}\", \"private_key_id\": \"{hexs(r, 40)}\", "
        f"\"private_key\": \"-----BEGIN PRIVATE KEY-----\\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC{b64(r, 48)}\\n\"}}",
        f"provider \"aws\" {{\n  access_key = \"AKIA{rs(r, 16, ALNUM_UP)}\"\n  secret_key = \"{rmix(r, 40, ALNUM + '+/')}\"\n}}",
        f"<add key=\"{var}\" value=\"{tok}\" />",
        f"<connectionStrings><add name=\"Default\" connectionString=\"Server={h};User Id={u};Password={p};\" /></connectionStrings>",
        f"settings.py: SECRET_KEY = '{rmix(r, 50, ALNUM + '!@#%^&*(-_=+)')}'",
        f"define('DB_PASSWORD', '{p}');",
        f"config.action_mailer.smtp_settings = {{ user_name: '{u}', password: '{p}' }}",
        f"{{\"{var.lower()}\": \"{tok}\", \"timeout\": 30}}",
        f"{var.lower()}: {tok}",
        f"[auth]\n{var.lower()} = \"{tok}\"",
        f"requirepass {p}",
        f"masterauth {p}",
        f"  env:\n    - name: {var}\n      value: \"{tok}\"",
        f"services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD: {p}",
        f"ldap_bind_password = {p}",
        f"rabbitmq.conf: default_pass = {p}",
        f"{{\"client_id\": \"{uuid4(r)}\", \"client_secret\": \"{rmix(r, 40, ALNUM + '~._-')}\"}}",
        f"\"webhookSecret\": \"{rmix(r, 32)}\"",
        f"hmac_key: {hexs(r, 64)}",
        f"encryption_key = \"{b64(r, 32)}\"",
    ]
    return r.choice(forms)


# ---------------------------------------------------------------- CLI commands and curl
def cli_command(r):
    p, u, h = password(r), r.choice(USERS), r.choice(HOSTS)
    _, var, tok = vtok(r)
    forms = [
        f"gh secret set {var} --body {tok}",
        f"gh secret set DEPLOY_KEY -b\"{tok}\" -R acme/widget",
        f"aws configure set aws_secret_access_key {rmix(r, 40, ALNUM + '+/')}",
        f"kubectl create secret generic db-creds --from-literal=username={u} --from-literal=password={p}",
        f"heroku config:set {var}={tok} -a {r.choice(SERVICES)}",
        f"echo {tok} | vercel env add {var} production",
        f"fly secrets set {var}={tok}",
        f"docker login -u {u} -p {p} registry.example.com",
        f"echo {tok} | docker login ghcr.io -u {u} --password-stdin",
        f"htpasswd -b /etc/nginx/.htpasswd {u} {p}",
        f"echo {p} | sudo -S systemctl restart nginx",
        f"mysql -u root -p{p} -h {h} {r.choice(DBS)}",
        f"PGPASSWORD={p} psql -h {h} -U {u} {r.choice(DBS)}",
        f"sqlcmd -S {h} -U sa -P {p} -Q \"SELECT 1\"",
        f"redis-cli -h {h} -a {p} ping",
        f"curl -u {u}:{p} https://{h}/api/health",
        f"curl -H \"X-Api-Key: {rmix(r, 32)}\" https://api.partner.example/v1/orders",
        f"openssl pkcs12 -export -in cert.pem -inkey key.pem -out bundle.p12 -passout pass:{p}",
        f"keytool -importkeystore -srckeystore old.jks -storepass {p} -destkeystore new.p12",
        f"az login --service-principal -u {uuid4(r)} -p {rmix(r, 40, ALNUM + '~._-')} --tenant {uuid4(r)}",
        f"git clone https://{u}:{tok}@github.com/acme/private-infra.git",
        f"wget --user={u} --password={p} https://{h}/exports/latest.tar",
        f"sshpass -p '{p}' ssh {u}@{h}",
        f"vault login {('hvs.' + rmix(r, 24))}",
        f"npm config set //registry.npmjs.org/:_authToken npm_{rmix(r, 36)}",
        f"pip install -i https://{u}:{p}@pypi.internal.example/simple acme-core",
        f"twine upload -u __token__ -p pypi-AgEIcHlwaS5vcmc{rmix(r, 100, ALNUM + '_-')} dist/*",
        f"mongosh \"mongodb://{u}:{p}@{h}:27017/admin\"",
        f"psql 'postgresql://{u}:{p}@{h}/{r.choice(DBS)}' -c '\\dt'",
        f"doctl auth init -t dop_v1_{hexs(r, 64)}",
        f"terraform apply -var 'db_password={p}'",
        f"ansible-playbook site.yml -e ansible_become_pass={p}",
        f"helm install api ./chart --set secrets.apiKey={tok}",
        f"docker run -e {var}={tok} acme/worker:1.8",
        f"mysqldump -u{u} -p'{p}' --all-databases > all.sql",
        f"rabbitmqctl change_password {u} {p}",
        f"net user {u} {p} /add",
        f"smbclient //{h}/share -U {u}%{p}",
        f"ldapsearch -x -D 'cn={u},dc=corp' -w {p} -H ldap://{h}",
        f"export {var}={tok} && make deploy",
        f"$ {var}={tok} python sync.py",
        f"yes {p} | passwd {u}",
        f"expect -c 'spawn ssh {u}@{h}; expect \"password:\"; send \"{p}\\r\"; interact'",
        f"rclone config create s3remote s3 access_key_id AKIA{rs(r, 16, ALNUM_UP)} secret_access_key {rmix(r, 40, ALNUM + '+/')}",
    ]
    s = r.choice(forms)
    return r.choice(["{s}", "{s}", "$ {s}", "ran: {s}", "history | grep login -> {s}", "{s}  # works",
                     "step 3: `{s}`"]).format(s=s)


# ---------------------------------------------------------------- secrets inside logs and traces
def log_trace(r):
    p, u, h = password(r), r.choice(USERS), r.choice(HOSTS)
    _, var, tok = vtok(r)
    ts = f"2026-11-{r.randint(1, 30):02d}T{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}Z"
    forms = [
        f"{ts} DEBUG urllib3.connectionpool send: b'GET /v1/me HTTP/1.1\\r\\nAuthorization: Bearer {tok}\\r\\n'",
        f"Traceback (most recent call last):\n  File \"app/db.py\", line 41, in connect\n    engine = create_engine(\"postgresql://{u}:{p}@{h}/orders\")\n"
        "sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) connection refused",
        f"requests.exceptions.HTTPError: 401 Client Error: Unauthorized for url: https://api.partner.example/v2/items?api_key={rmix(r, 32)}",
        f"Caused by: java.sql.SQLException: Access denied for user '{u}'@'10.0.3.4' (url=jdbc:mysql://{h}/crm?user={u}&password={p})",
        f"{ts} INFO  starting with config {{'db_user': '{u}', 'db_password': '{p}', 'pool': 10}}",
        f"[{ts}] worker.1: env dump {var}={tok} NODE_ENV=production",
        f"E1130 12:01:44.118 auth.go:88] token refresh failed for refresh_token={rmix(r, 64, ALNUM + '_-')}: invalid_grant",
        f"level=error msg=\"login failed\" user={u} password={p} remote=10.4.1.9",
        f"+ curl -s -H 'Authorization: token {tok}' https://api.github.com/repos/acme/widget",
        f"+ docker login -u {u} -p {p} registry.example.com\nWARNING! Using --password via the CLI is insecure.",
        f"{ts} WARN  retrying POST https://{u}:{p}@{h}/api/ingest (attempt 3/5)",
        f"panic: dial tcp: lookup redis://:{p}@{h}:6379: no such host",
        f"Error: Command failed: git push https://x-access-token:{'ghs_' + rmix(r, 36)}@github.com/acme/widget.git",
        f"kubectl logs api-7f9c: Using SECRET_KEY={rmix(r, 50)} (from env)",
        f"Unhandled rejection Error: connect ECONNREFUSED, options: {{ host: '{h}', user: '{u}', password: '{p}' }}",
        f"{ts} audit: user {u} ran `mysql -u {u} -p{p}` on {h}",
        f"KeyError while parsing creds file; raw line was: 'token={tok}'",
        f"ValueError: invalid header value b'Bearer {tok}\\n'",
        f"{ts} DEBUG botocore.auth: Calculating signature using v4 auth. access_key=AKIA{rs(r, 16, ALNUM_UP)} "
        f"secret_key={rmix(r, 40, ALNUM + '+/')}",
        f"smtplib.SMTPAuthenticationError: (535, b'5.7.8 Username and Password not accepted') user={u} pass={p}",
    ]
    return r.choice(forms)


CATEGORIES = [
    ("vendor_named", 150, vendor_named),
    ("bare_token", 90, bare_token),
    ("private_key", 45, private_key),
    ("connection_string", 80, connection_string),
    ("password_prose_en", 120, password_prose_en),
    ("password_prose_intl", 120, password_prose_intl),
    ("signed_url", 60, signed_url),
    ("cookie_session", 45, cookie_session),
    ("auth_header", 45, auth_header),
    ("dotfile_line", 60, dotfile_line),
    ("env_file", 50, env_file),
    ("structured_config", 60, structured_config),
    ("cli_command", 75, cli_command),
    ("log_trace", 50, log_trace),
]

# ---------------------------------------------------------------- more hand-written contexts, other voices
_NAMED += [
    "Schlüssel für {name}: {tok}",
    "Der {name}-Token für den Build-Server lautet {tok}",
    "clave de {name} para producción: {tok}",
    "clé {name} de l'environnement de prod : {tok}",
    "chave do {name}: {tok}",
    "{name} 的密钥是 {tok}",
    "{name}のトークン：{tok}",
    "токен {name} для деплоя: {tok}",
    "{name} anahtarı: {tok}",
    "sleutel voor {name}: {tok}",
    "klucz {name} (prod): {tok}",
    "{name} 토큰: {tok}",
    "oncall fyi {name} {tok} works, the one in the wiki doesn't",
    "rotate at 17:00. current {name} = {tok}",
    "hey {person}, the {name} token you asked for is {tok}, it has write scope so careful",
    "ok so I think I figured it out?? the {name} key was wrong in staging, the right one is {tok}",
    "Please find below the {name} key what we use in production: {tok}",
    "The token of {name} is finish tomorrow, the new one is {tok}",
    "run the eval with {var}={tok} (team account, quota 1M tokens/day)",
    "Secret-scan triage: {name} token {tok} in {service} test fixture is LIVE, not a dummy. Escalating.",
    "Evidence for SEC-{num}: `{tok}` ({name}) committed in {service} and pushed to a public fork",
]

_PW_EN += [
    "oncall: {host} ipmi {user}/{pw}",
    "fyi new bastion pw {pw}",
    "So for the interview laptop the login is {user} and the password is {pw}, please change it after!",
    "I setted the password of {user} to {pw} because the old one was expired",
    "The password for enter in {host} is {pw}, it was send by {person}",
    "notebook kernel asks for the jupyter password, it's {pw}",
    "Metabase: {user} / {pw} (shared analytics account)",
    "Cracked offline from the dump in 3 min: {user}:{pw}",
    "Kerberoasted svc account {user}; cleartext {pw}",
    "Credentials recovered from the public S3 bucket: {user} / {pw} for {host}",
    "remember the backup encryption passphrase: {pw}",
    "restic repo password {pw}",
    "the BitLocker PIN on the loaner is {pw}",
    "Hey {person}, I reset your password to {pw}, you'll be asked to change it on first login",
]

_PW_INTL += [
    "Hallo {person}, dein neues Passwort ist {pw}, bitte beim ersten Login ändern.",
    "Das WLAN-Passwort im Büro ist jetzt {pw}",
    "Hola {person}, tu nueva contraseña es {pw}, cámbiala al entrar.",
    "Le code wifi du bureau est {pw}",
    "Oi {person}, sua nova senha é {pw}",
    "Ciao {person}, la nuova password è {pw}",
    "Привет, {person}! Новый пароль: {pw}",
    "新来的同事用这个账号：{user}，初始密码 {pw}",
    "社内Wi-Fiのパスワードは {pw} です",
    "초기 비밀번호는 {pw} 입니다. 로그인 후 변경하세요.",
    "Yeni şifren {pw}, ilk girişte değiştir.",
    "Nowe hasło do VPN: {pw}",
    "Wachtwoord van de gedeelde mailbox: {pw}",
]

_BARE += [
    "the new one is {tok}.",
    "rotated to {tok}; old one revoked",
    "[{tok}]",
    "<{tok}>",
    "{tok},{tok2}",
    "args: --verbose -{tok}",
    "build.{tok}",
    "ci log line 88: +++ {tok}",
    "was it {tok}? or the one before",
    "{person}: {tok}",
    "lol I just pasted {tok} into the public channel, rotating",
    "{tok} (prod, do not use locally)",
]


def bare_token(r):  # noqa: F811
    _, _, tok = vtok(r, bare=True)
    if r.random() < 0.12:
        tok = jwt(r)
    return r.choice(_BARE).format(tok=tok, tok2=vtok(r, bare=True)[2], person=r.choice(PEOPLE),
                                  branch=r.choice(["main", "old-infra", "v1-legacy"]))


for _i, (_c, _n, _f) in enumerate(CATEGORIES):
    if _c == "bare_token":
        CATEGORIES[_i] = (_c, _n, bare_token)
