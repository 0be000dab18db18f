"""Secret categories for blind3. Every credential is random characters in a public format."""
from _r3 import *  # noqa: F401,F403
from _r3 import alnum, chars, hexs, b64, b64url, uuid4, jwt, password, lower_alnum, upper_alnum
from _r3 import AN, LO, DG, UP, HOSTS, USERS, DBS, REPOS, PEOPLE, FILES

# ---- vendor token factories: (name, env var, factory) -------------------------------------------
AI = [
    ("OpenAI", "OPENAI_API_KEY", lambda r: "sk-proj-" + chars(r, AN + "-_", 74) + "T3BlbkFJ" + chars(r, AN + "-_", 74)),
    ("OpenAI", "OPENAI_API_KEY", lambda r: "sk-" + alnum(r, 20) + "T3BlbkFJ" + alnum(r, 20)),
    ("Anthropic", "ANTHROPIC_API_KEY", lambda r: "sk-ant-api03-" + chars(r, AN + "-_", 93) + "AA"),
    ("Anthropic admin", "ANTHROPIC_ADMIN_KEY", lambda r: "sk-ant-admin01-" + chars(r, AN + "-_", 93) + "AA"),
    ("Hugging Face", "HF_TOKEN", lambda r: "hf_" + chars(r, UP + LO, 34)),
    ("Groq", "GROQ_API_KEY", lambda r: "gsk_" + alnum(r, 52)),
    ("Replicate", "REPLICATE_API_TOKEN", lambda r: "r8_" + alnum(r, 37)),
    ("Google AI Studio", "GEMINI_API_KEY", lambda r: "AIza" + chars(r, AN + "-_", 35)),
    ("Perplexity", "PPLX_API_KEY", lambda r: "pplx-" + alnum(r, 48)),
    ("xAI", "XAI_API_KEY", lambda r: "xai-" + alnum(r, 80)),
    ("OpenRouter", "OPENROUTER_API_KEY", lambda r: "sk-or-v1-" + hexs(r, 64)),
    ("Mistral", "MISTRAL_API_KEY", lambda r: alnum(r, 32)),
    ("Cohere", "COHERE_API_KEY", lambda r: alnum(r, 40)),
    ("Together AI", "TOGETHER_API_KEY", lambda r: hexs(r, 64)),
    ("DeepSeek", "DEEPSEEK_API_KEY", lambda r: "sk-" + hexs(r, 32)),
    ("Fireworks", "FIREWORKS_API_KEY", lambda r: "fw_" + alnum(r, 24)),
    ("LangSmith", "LANGSMITH_API_KEY", lambda r: "lsv2_pt_" + hexs(r, 32) + "_" + hexs(r, 10)),
    ("Pinecone", "PINECONE_API_KEY", lambda r: "pcsk_" + alnum(r, 5) + "_" + alnum(r, 60)),
]
CLOUD = [
    ("AWS secret access key", "AWS_SECRET_ACCESS_KEY", lambda r: chars(r, AN + "/+", 40)),
    ("DigitalOcean", "DIGITALOCEAN_TOKEN", lambda r: "dop_v1_" + hexs(r, 64)),
    ("Heroku", "HEROKU_API_KEY", lambda r: "HRKU-" + chars(r, AN + "-_", 60)),
    ("Cloudflare", "CLOUDFLARE_API_TOKEN", lambda r: chars(r, AN + "-_", 40)),
    ("Alibaba Cloud", "ALIBABA_CLOUD_ACCESS_KEY_SECRET", lambda r: alnum(r, 30)),
    ("Azure storage", "AZURE_STORAGE_KEY", lambda r: b64(r, 64)),
    ("Linode", "LINODE_TOKEN", lambda r: hexs(r, 64)),
    ("Scaleway", "SCW_SECRET_KEY", lambda r: uuid4(r)),
    ("Vercel", "VERCEL_TOKEN", lambda r: alnum(r, 24)),
    ("Netlify", "NETLIFY_AUTH_TOKEN", lambda r: "nfp_" + alnum(r, 36)),
    ("Fly.io", "FLY_API_TOKEN", lambda r: "FlyV1 fm2_" + chars(r, AN + "+/", 120)),
    ("Supabase service role", "SUPABASE_SERVICE_ROLE_KEY", jwt),
    ("Doppler", "DOPPLER_TOKEN", lambda r: "dp.st.prd." + alnum(r, 43)),
]
VCS = [
    ("GitHub classic PAT", "GITHUB_TOKEN", lambda r: "ghp_" + alnum(r, 36)),
    ("GitHub fine-grained PAT", "GH_TOKEN", lambda r: "github_pat_" + alnum(r, 22) + "_" + alnum(r, 59)),
    ("GitHub OAuth", "GITHUB_OAUTH_TOKEN", lambda r: "gho_" + alnum(r, 36)),
    ("GitHub app", "GITHUB_APP_TOKEN", lambda r: "ghs_" + alnum(r, 36)),
    ("GitHub refresh", "GITHUB_REFRESH_TOKEN", lambda r: "ghr_" + alnum(r, 76)),
    ("GitLab", "GITLAB_TOKEN", lambda r: "glpat-" + chars(r, AN + "-_", 20)),
    ("GitLab runner", "CI_RUNNER_TOKEN", lambda r: "glrt-" + chars(r, AN + "-_", 20)),
    ("npm", "NPM_TOKEN", lambda r: "npm_" + alnum(r, 36)),
    ("PyPI", "PYPI_API_TOKEN", lambda r: "pypi-AgEIcHlwaS5vcmc" + chars(r, AN + "-_", 120)),
    ("Docker Hub", "DOCKERHUB_TOKEN", lambda r: "dckr_pat_" + chars(r, AN + "-_", 27)),
    ("Buildkite", "BUILDKITE_API_TOKEN", lambda r: "bkua_" + hexs(r, 40)),
    ("CircleCI", "CIRCLECI_TOKEN", lambda r: "CCIPAT_" + alnum(r, 22) + "_" + hexs(r, 40)),
    ("Bitbucket", "BITBUCKET_APP_PASSWORD", lambda r: "ATBB" + alnum(r, 28) + hexs(r, 8).upper()),
    ("Travis CI", "TRAVIS_API_TOKEN", lambda r: alnum(r, 22)),
    ("Terraform Cloud", "TFE_TOKEN", lambda r: alnum(r, 14) + ".atlasv1." + alnum(r, 67)),
    ("RubyGems", "GEM_HOST_API_KEY", lambda r: "rubygems_" + hexs(r, 48)),
    ("Codecov", "CODECOV_TOKEN", uuid4),
]
PAY = [
    ("Stripe secret", "STRIPE_SECRET_KEY", lambda r: "sk_live_" + alnum(r, 99)),
    ("Stripe restricted", "STRIPE_RESTRICTED_KEY", lambda r: "rk_live_" + alnum(r, 99)),
    ("Stripe test secret", "STRIPE_SECRET_KEY", lambda r: "sk_test_" + alnum(r, 99)),
    ("Stripe webhook signing secret", "STRIPE_WEBHOOK_SECRET", lambda r: "whsec_" + alnum(r, 32)),
    ("Square", "SQUARE_ACCESS_TOKEN", lambda r: "EAAA" + chars(r, AN + "-_", 60)),
    ("Square OAuth secret", "SQUARE_APP_SECRET", lambda r: "sq0csp-" + chars(r, AN + "-_", 43)),
    ("PayPal/Braintree", "BRAINTREE_ACCESS_TOKEN", lambda r: "access_token$production$" + lower_alnum(r, 16) + "$" + hexs(r, 32)),
    ("Razorpay", "RAZORPAY_KEY_SECRET", lambda r: alnum(r, 24)),
    ("Adyen", "ADYEN_API_KEY", lambda r: "AQE" + chars(r, AN + "+/", 80) + "=="),
    ("Paystack", "PAYSTACK_SECRET_KEY", lambda r: "sk_live_" + hexs(r, 40)),
    ("Flutterwave", "FLW_SECRET_KEY", lambda r: "FLWSECK-" + hexs(r, 32) + "-X"),
    ("Plaid", "PLAID_SECRET", lambda r: hexs(r, 30)),
    ("Coinbase", "COINBASE_API_SECRET", lambda r: b64(r, 48)),
]
SAAS = [
    ("Slack bot", "SLACK_BOT_TOKEN", lambda r: f"xoxb-{r.randrange(10**11, 10**12)}-{r.randrange(10**12, 10**13)}-{alnum(r, 24)}"),
    ("Slack user", "SLACK_USER_TOKEN", lambda r: f"xoxp-{r.randrange(10**11, 10**12)}-{r.randrange(10**11, 10**12)}-{r.randrange(10**12, 10**13)}-{hexs(r, 32)}"),
    ("Slack app-level", "SLACK_APP_TOKEN", lambda r: f"xapp-1-A{upper_alnum(r, 10)}-{r.randrange(10**12, 10**13)}-{hexs(r, 64)}"),
    ("Twilio API key secret", "TWILIO_API_SECRET", lambda r: alnum(r, 32)),
    ("Twilio auth token", "TWILIO_AUTH_TOKEN", lambda r: hexs(r, 32)),
    ("SendGrid", "SENDGRID_API_KEY", lambda r: "SG." + chars(r, AN + "-_", 22) + "." + chars(r, AN + "-_", 43)),
    ("Mailgun", "MAILGUN_API_KEY", lambda r: "key-" + hexs(r, 32)),
    ("Mailchimp", "MAILCHIMP_API_KEY", lambda r: hexs(r, 32) + "-us" + str(r.randrange(1, 21))),
    ("Shopify admin", "SHOPIFY_ACCESS_TOKEN", lambda r: "shpat_" + hexs(r, 32)),
    ("Atlassian", "JIRA_API_TOKEN", lambda r: "ATATT3xFfGF0" + chars(r, AN + "-_", 180) + "=" + hexs(r, 8).upper()),
    ("Notion", "NOTION_TOKEN", lambda r: "ntn_" + alnum(r, 46)),
    ("Linear", "LINEAR_API_KEY", lambda r: "lin_api_" + alnum(r, 40)),
    ("Airtable", "AIRTABLE_TOKEN", lambda r: "pat" + alnum(r, 14) + "." + hexs(r, 64)),
    ("Postman", "POSTMAN_API_KEY", lambda r: "PMAK-" + hexs(r, 24) + "-" + hexs(r, 34)),
    ("Sentry auth", "SENTRY_AUTH_TOKEN", lambda r: "sntrys_" + b64url(r, 90)),
    ("Datadog API", "DD_API_KEY", lambda r: hexs(r, 32)),
    ("Datadog app", "DD_APP_KEY", lambda r: hexs(r, 40)),
    ("New Relic", "NEW_RELIC_API_KEY", lambda r: "NRAK-" + upper_alnum(r, 27)),
    ("Grafana service account", "GRAFANA_TOKEN", lambda r: "glsa_" + alnum(r, 32) + "_" + hexs(r, 8)),
    ("Figma", "FIGMA_TOKEN", lambda r: "figd_" + chars(r, AN + "-_", 40)),
    ("Telegram bot", "TELEGRAM_BOT_TOKEN", lambda r: f"{r.randrange(10**9, 10**10)}:AA{chars(r, AN + '-_', 33)}"),
    ("Okta", "OKTA_API_TOKEN", lambda r: "00" + chars(r, AN + "-_", 40)),
    ("PagerDuty", "PAGERDUTY_TOKEN", lambda r: "u+" + chars(r, AN + "-_", 18)),
    ("HubSpot", "HUBSPOT_TOKEN", lambda r: f"pat-na1-{uuid4(r)}"),
    ("Zendesk", "ZENDESK_API_TOKEN", lambda r: alnum(r, 40)),
    ("Algolia admin", "ALGOLIA_ADMIN_KEY", lambda r: hexs(r, 32)),
    ("Contentful", "CONTENTFUL_MANAGEMENT_TOKEN", lambda r: "CFPAT-" + chars(r, AN + "-_", 43)),
]

# contexts used for vendor tokens: some name the vendor, some only the var, some are bare
_NAMED_CTX = [
    "{var}={tok}",
    "export {var}=\"{tok}\"",
    "{var}: {tok}",
    "set {var} to {tok} on the runner",
    "the {vendor} key for staging is {tok}",
    "{vendor} token (rotate after the demo): {tok}",
    "{{\"{var_l}\": \"{tok}\"}}",
    "os.environ[\"{var}\"] = \"{tok}\"",
    "gh secret set {var} --body {tok}",
    "new {vendor} credential issued to ci-bot: {tok}",
    "{var} = '{tok}'  # TODO move to vault",
    "  - name: {var}\n    value: \"{tok}\"",
    "heroku config:set {var}={tok}",
    "kubectl create secret generic app-env --from-literal={var}={tok}",
    "{vendor} api key -> {tok}",
    "$env:{var} = \"{tok}\"",
    "echo {tok} | docker secret create {var_l} -",
    "note for next run: {vendor} key {tok} has org-wide scope",
]
# context without vendor/var, only for tokens with a distinctive prefix
_BARE_CTX = [
    "{tok}",
    "token: {tok}",
    "use {tok} for the integration tests",
    "Authorization: Bearer {tok}",
    "key={tok}",
    "pasted from the dashboard: {tok}",
    "curl -H \"Authorization: Bearer {tok}\" https://api.example.com/v1/me",
]
_DISTINCT = ("sk-", "hf_", "gsk_", "r8_", "AIza", "pplx-", "xai-", "fw_", "lsv2_", "pcsk_", "dop_v1_", "HRKU-", "nfp_",
             "FlyV1", "dp.st", "ghp_", "github_pat_", "gho_", "ghs_", "ghr_", "glpat-", "glrt-", "npm_", "pypi-",
             "dckr_", "bkua_", "CCIPAT_", "ATBB", "rubygems_", "sk_live_", "rk_live_", "sk_test_", "whsec_", "EAAA",
             "sq0csp-", "access_token$", "AQE", "FLWSECK-", "xoxb-", "xoxp-", "xapp-", "SG.", "key-", "shpat_",
             "ATATT3", "ntn_", "lin_api_", "pat", "PMAK-", "sntrys_", "NRAK-", "glsa_", "figd_", "CFPAT-", "pat-na1-")


def _vendor_line(r, table):
    vendor, var, fac = r.choice(table)
    tok = fac(r)
    distinct = tok.startswith(_DISTINCT) or ":AA" in tok
    if distinct and r.random() < 0.3:
        t = r.choice(_BARE_CTX)
    else:
        t = r.choice(_NAMED_CTX)
    return t.format(var=var, var_l=var.lower(), vendor=vendor, tok=tok)


def vendor_ai(r):
    return _vendor_line(r, AI)


def vendor_cloud(r):
    if r.random() < 0.3:
        akid = "AKIA" + upper_alnum(r, 16)
        sk = chars(r, AN + "/+", 40)
        t = r.choice([
            "[default]\naws_access_key_id = {a}\naws_secret_access_key = {s}",
            "AWS_ACCESS_KEY_ID={a} AWS_SECRET_ACCESS_KEY={s} aws s3 ls",
            "aws configure set aws_secret_access_key {s}  (key id {a})",
            "creds for the backup bucket: {a} / {s}",
            "{{\"AccessKeyId\": \"{a}\", \"SecretAccessKey\": \"{s}\"}}",
        ])
        return t.format(a=akid, s=sk)
    if r.random() < 0.15:
        acct = r.choice(["acmeprodlogs", "stgbackups01", "mlartifacts", "webassetscdn"])
        return (f"DefaultEndpointsProtocol=https;AccountName={acct};AccountKey={b64(r, 64)};"
                "EndpointSuffix=core.windows.net")
    if r.random() < 0.1:
        return (f'{{"type": "service_account", "project_id": "acme-{lower_alnum(r, 6)}", "private_key_id": "{hexs(r, 40)}", '
                f'"private_key": "-----BEGIN PRIVATE KEY-----\\n{b64(r, 48)}\\n{b64(r, 48)}\\n-----END PRIVATE KEY-----\\n"}}')
    return _vendor_line(r, CLOUD)


def vendor_vcs_ci(r):
    return _vendor_line(r, VCS)


def vendor_payments(r):
    return _vendor_line(r, PAY)


def vendor_saas(r):
    return _vendor_line(r, SAAS)


def db_url(r):
    u, h, d, p = r.choice(USERS), r.choice(HOSTS), r.choice(DBS), password(r).replace("@", "%40").replace("/", "_").replace("#", "%23")
    url = r.choice([
        f"postgres://{u}:{p}@{h}:5432/{d}",
        f"postgresql://{u}:{p}@{h}/{d}?sslmode=require",
        f"mysql://{u}:{p}@{h}:3306/{d}",
        f"mongodb+srv://{u}:{p}@cluster0.{lower_alnum(r, 5)}.mongodb.net/{d}?retryWrites=true",
        f"redis://:{p}@{h}:6379/0",
        f"rediss://default:{p}@{h}:6380",
        f"amqp://{u}:{p}@{h}:5672/vhost",
        f"mssql://{u}:{p}@{h}:1433/{d}",
        f"clickhouse://{u}:{p}@{h}:9000/{d}",
    ])
    t = r.choice([
        "{url}", "DATABASE_URL={url}", "DATABASE_URL=\"{url}\"", "connect with psql \"{url}\"",
        "sqlalchemy.url = {url}", "the replica is at {url}", "REDIS_URL: {url}", "dsn: {url}",
        "migration failed against {url} (lock wait)", "spring.datasource.url={url}", "celery broker: {url}",
    ])
    if r.random() < 0.2:
        return r.choice([
            f"Server={h};Database={d};User Id={u};Password={p};",
            f"jdbc:postgresql://{h}:5432/{d}?user={u}&password={p}",
            f"Host={h};Port=5432;Username={u};Password={p};Database={d}",
            f"jdbc:mysql://{h}:3306/{d}?user={u}&password={p}&useSSL=true",
        ])
    return t.format(url=url)


def jwt_token(r):
    t = jwt(r)
    return r.choice([
        "{t}", "Authorization: Bearer {t}", "id_token={t}", "access_token: {t}",
        "curl -H 'Authorization: Bearer {t}' https://api.internal/v2/jobs",
        "Cookie: session={t}", "the service JWT for the worker is {t}",
        "{{\"access_token\":\"{t}\",\"token_type\":\"Bearer\",\"expires_in\":3600}}",
        "Set-Cookie: auth={t}; Path=/; HttpOnly; Secure",
        "refresh with {t} if the cached one expires",
    ]).format(t=t)


def private_key(r):
    kind = r.choice(["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY",
                     "DSA PRIVATE KEY"])
    nlines = r.randrange(3, 9)
    body = [b64(r, 48) for _ in range(nlines)]
    if kind == "OPENSSH PRIVATE KEY":
        body[0] = "b3BlbnNzaC1rZXktdjEAAAAA" + body[0][24:]
    sep = "\\n" if r.random() < 0.25 else "\n"
    block = f"-----BEGIN {kind}-----{sep}" + sep.join(body) + f"{sep}-----END {kind}-----"
    return r.choice([
        "{b}", "deploy key for the mirror:\n{b}", "id_rsa contents:\n{b}", "\"private_key\": \"{b}\"",
        "SSH_PRIVATE_KEY={b}", "tls.key: |\n{b}", "signing key (do not lose):\n{b}",
    ]).format(b=block)


def webhook_signed(r):
    return r.choice([
        lambda: f"https://hooks.slack.com/services/T{upper_alnum(r, 8)}/B{upper_alnum(r, 10)}/{alnum(r, 24)}",
        lambda: f"SLACK_WEBHOOK_URL=https://hooks.slack.com/services/T{upper_alnum(r, 8)}/B{upper_alnum(r, 10)}/{alnum(r, 24)}",
        lambda: f"alerts go to https://discord.com/api/webhooks/{r.randrange(10**17, 10**18)}/{chars(r, AN + '-_', 68)}",
        lambda: f"https://{lower_alnum(r, 8)}.webhook.office.com/webhookb2/{uuid4(r)}@{uuid4(r)}/IncomingWebhook/{hexs(r, 32)}/{uuid4(r)}/V2{alnum(r, 40)}",
        lambda: (f"https://acme-artifacts.s3.amazonaws.com/builds/app.tar.gz?X-Amz-Algorithm=AWS4-HMAC-SHA256"
                 f"&X-Amz-Credential=AKIA{upper_alnum(r, 16)}%2F20260301%2Fus-east-1%2Fs3%2Faws4_request"
                 f"&X-Amz-Date=20260301T101500Z&X-Amz-Expires=604800&X-Amz-SignedHeaders=host&X-Amz-Signature={hexs(r, 64)}"),
        lambda: (f"https://stacmebackups.blob.core.windows.net/dumps/db.bak?sv=2022-11-02&ss=b&srt=o&sp=rwdlac"
                 f"&se=2026-12-31T00:00:00Z&st=2026-01-01T00:00:00Z&spr=https&sig={b64(r, 32).replace('+', '%2B').replace('/', '%2F').replace('=', '%3D')}"),
        lambda: f"https://storage.googleapis.com/acme-ml/ckpt.bin?X-Goog-Algorithm=GOOG4-RSA-SHA256&X-Goog-Credential=svc%40acme.iam.gserviceaccount.com&X-Goog-Signature={hexs(r, 256)}",
        lambda: f"GitHub webhook secret: {alnum(r, 32)}",
        lambda: f"https://api.telegram.org/bot{r.randrange(10**9, 10**10)}:AA{chars(r, AN + '-_', 33)}/sendMessage",
        lambda: f"https://outlook.office.com/webhook/{uuid4(r)}/IncomingWebhook/{hexs(r, 32)}/{uuid4(r)}",
        lambda: f"zapier hook https://hooks.zapier.com/hooks/catch/{r.randrange(10**6, 10**7)}/{lower_alnum(r, 6)}/?secret={alnum(r, 24)}",
    ])()


_PROSE_EN = [
    "the db password is {p}",
    "password for the staging admin account: {p}",
    "Login for grafana is admin / {p}",
    "pw for the vpn box is {p}, ask {who} before changing it",
    "I reset the root password on {h} to {p}",
    "{who} said the wifi passphrase in the lab is {p}",
    "use passphrase {p} to unlock the backup archive",
    "ssh deploy@{h} (password {p})",
    "creds: user {u}, pass {p}",
    "The {u} account on {h} now has password {p}; rotate after the migration.",
    "temporary password for the new hire laptop: {p}",
    "keystore password = {p}",
    "If the prompt asks for the sudo password, it's {p}.",
    "mysql root pw changed to {p} on {h}",
    "The shared 1Password vault is down so here it is: {p} for the {u} login",
    "unlock code for the signing key is {p}",
    "rabbitmq guest password was replaced with {p}",
    "{u}@{h} password: {p}",
    "Reminder: the SFTP password for the vendor drop is {p}",
    "the pgbouncer auth_file entry for {u} uses {p}",
]
_PROSE_OTHER = [
    "Das Passwort für die Datenbank ist {p}",  # de
    "Le mot de passe du serveur {h} est {p}",  # fr
    "La contraseña de {u} en {h} es {p}",  # es
    "A senha do banco de produção é {p}",  # pt
    "La password dell'utente {u} è {p}",  # it
    "Het wachtwoord voor {h} is {p}",  # nl
    "数据库密码是 {p}",  # zh
    "本番DBのパスワードは {p} です",  # ja
    "운영 DB 비밀번호는 {p} 입니다",  # ko
    "Пароль от сервера {h}: {p}",  # ru
    "Hasło do bazy to {p}",  # pl
    "Lösenordet till {h} är {p}",  # sv
    "Veritabanı şifresi {p}",  # tr
]


def prose_password(r):
    p = password(r)
    t = r.choice(_PROSE_EN) if r.random() < 0.7 else r.choice(_PROSE_OTHER)
    return t.format(p=p, h=r.choice(HOSTS), u=r.choice(USERS), who=r.choice(PEOPLE))


def config_secret(r):
    p = password(r)
    tok = alnum(r, r.randrange(24, 48))
    return r.choice([
        lambda: f"[database]\nhost = {r.choice(HOSTS)}\nuser = {r.choice(USERS)}\npassword = {p}",
        lambda: f"db:\n  host: {r.choice(HOSTS)}\n  username: {r.choice(USERS)}\n  password: \"{p}\"",
        lambda: f"{{\"smtp\": {{\"host\": \"smtp.acme.io\", \"user\": \"noreply\", \"password\": \"{p}\"}}}}",
        lambda: f"//registry.npmjs.org/:_authToken=npm_{alnum(r, 36)}",
        lambda: f"[pypi]\nusername = __token__\npassword = pypi-AgEIcHlwaS5vcmc{chars(r, AN, 100)}",
        lambda: f"machine api.heroku.com\n  login ops@acme.io\n  password {tok}",
        lambda: f"{r.choice(HOSTS)}:5432:*:{r.choice(USERS)}:{p}",
        lambda: f"{{\"auths\": {{\"registry.acme.io\": {{\"auth\": \"{__import__('base64').b64encode(('ci:' + p).encode()).decode()}\"}}}}}}",
        lambda: f"apiVersion: v1\nkind: Secret\nmetadata:\n  name: api-creds\nstringData:\n  API_TOKEN: {tok}",
        lambda: f"apiVersion: v1\nkind: Secret\ntype: Opaque\ndata:\n  password: {__import__('base64').b64encode(p.encode()).decode()}",
        lambda: f"spring.datasource.password={p}",
        lambda: f"SECRET_KEY = '{chars(r, AN + '!@#$%^&*(-_=+)', 50)}'",
        lambda: f"client_secret: {tok}",
        lambda: f"<add key=\"ApiSecret\" value=\"{tok}\" />",
        lambda: f"variable \"db_password\" {{\n  default = \"{p}\"\n}}",
        lambda: f"environment:\n  - POSTGRES_PASSWORD={p}\n  - POSTGRES_USER={r.choice(USERS)}",
        lambda: f"[Interface]\nPrivateKey = {b64(r, 32)}\nAddress = 10.8.0.2/24",
        lambda: f"https://{r.choice(USERS)}:{tok}@github.com",
        lambda: f"jwt_secret: \"{chars(r, AN, 64)}\"",
        lambda: f"RAILS_MASTER_KEY={hexs(r, 32)}",
        lambda: f"ENCRYPTION_KEY={b64(r, 32)}",
        lambda: f"session_secret = \"{hexs(r, 64)}\"",
    ])()


def cli_secret(r):
    p = password(r)
    tok = alnum(r, r.randrange(28, 44))
    h = r.choice(HOSTS)
    return r.choice([
        lambda: f"mysql -h {h} -u {r.choice(USERS)} -p'{p}' {r.choice(DBS)}",
        lambda: f"PGPASSWORD='{p}' psql -h {h} -U {r.choice(USERS)} {r.choice(DBS)}",
        lambda: f"docker login registry.acme.io -u ci -p {tok}",
        lambda: f"curl -u admin:{p} https://{h}/api/health",
        lambda: f"sshpass -p '{p}' ssh root@{h}",
        lambda: f"git clone https://oauth2:glpat-{chars(r, AN, 20)}@gitlab.acme.io/{r.choice(REPOS)}.git",
        lambda: f"vault login token=hvs.{chars(r, AN, 90)}",
        lambda: f"redis-cli -h {h} -a '{p}' ping",
        lambda: f"mongosh \"mongodb://{r.choice(USERS)}:{p}@{h}:27017/admin\"",
        lambda: f"kubectl --token={jwt(r)} get pods -n prod",
        lambda: f"helm repo add internal https://charts.acme.io --username ci --password {tok}",
        lambda: f"openssl enc -aes-256-cbc -in dump.sql -out dump.enc -k '{p}'",
        lambda: f"npm config set //npm.pkg.github.com/:_authToken ghp_{alnum(r, 36)}",
        lambda: f"az login --service-principal -u {uuid4(r)} -p {chars(r, AN + '~.-_', 40)} --tenant {uuid4(r)}",
        lambda: f"./deploy.sh --api-key {tok} --env prod",
        lambda: f"htpasswd -b .htpasswd admin '{p}'",
        lambda: f"wget --user=deploy --password='{p}' https://{h}/artifacts/latest.tgz",
        lambda: f"smbclient //{h}/share -U ops%{p}",
    ])()


CATEGORIES = [
    ("vendor_ai", vendor_ai, 120),
    ("vendor_cloud", vendor_cloud, 90),
    ("vendor_vcs_ci", vendor_vcs_ci, 90),
    ("vendor_payments", vendor_payments, 80),
    ("vendor_saas", vendor_saas, 110),
    ("db_url", db_url, 90),
    ("jwt", jwt_token, 60),
    ("private_key", private_key, 50),
    ("webhook_signed_url", webhook_signed, 70),
    ("prose_password", prose_password, 110),
    ("config_file", config_secret, 90),
    ("cli_secret", cli_secret, 70),
]
