"""Held-out secret categories. Every value is random characters in a public format, never real."""
from _h4rand import (rs, mixed, hx, lower_dig, upper_dig, raw_b64, enc_b64, uid, make_jwt, pw, ALNUM,
                     HOSTS, ACCTS, SCHEMAS, NAMES, REPOS, PATHS)

_U = ALNUM + "-_"

# (display name, env-ish name, maker)
TOKENS = [
    ("OpenAI project key", "OPENAI_KEY", lambda r: "sk-proj-" + rs(r, 48, _U) + "T3BlbkFJ" + rs(r, 48, _U)),
    ("OpenAI service account key", "OPENAI_SVC_KEY", lambda r: "sk-svcacct-" + rs(r, 60, _U) + "T3BlbkFJ" + rs(r, 60, _U)),
    ("Anthropic key", "CLAUDE_KEY", lambda r: "sk-ant-api03-" + rs(r, 93, _U) + "AA"),
    ("Hugging Face token", "HUGGINGFACEHUB_API_TOKEN", lambda r: "hf_" + rs(r, 34, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")),
    ("Groq key", "GROQ_KEY", lambda r: "gsk_" + mixed(r, 52)),
    ("Gemini key", "GOOGLE_API_KEY", lambda r: "AIzaSy" + rs(r, 33, _U)),
    ("Replicate token", "REPLICATE_TOKEN", lambda r: "r8_" + mixed(r, 37)),
    ("Perplexity key", "PERPLEXITY_KEY", lambda r: "pplx-" + mixed(r, 48)),
    ("OpenRouter key", "OR_KEY", lambda r: "sk-or-v1-" + hx(r, 64)),
    ("Voyage key", "VOYAGE_API_KEY", lambda r: "pa-" + rs(r, 43, _U)),
    ("ElevenLabs key", "ELEVEN_API_KEY", lambda r: "sk_" + hx(r, 48)),
    ("Mistral key", "MISTRAL_KEY", lambda r: mixed(r, 32)),
    ("Cohere key", "CO_API_KEY", lambda r: mixed(r, 40)),
    ("GitHub PAT", "GH_PAT", lambda r: "ghp_" + mixed(r, 36)),
    ("fine-grained GitHub token", "GITHUB_PAT", lambda r: "github_pat_11" + upper_dig(r, 20) + "_" + mixed(r, 59)),
    ("GitHub Actions token", "ACTIONS_TOKEN", lambda r: "ghs_" + mixed(r, 36)),
    ("GitLab PAT", "GL_TOKEN", lambda r: "glpat-" + rs(r, 20, _U)),
    ("GitLab deploy token", "CI_DEPLOY_PASSWORD", lambda r: "gldt-" + rs(r, 20, _U)),
    ("npm automation token", "NODE_AUTH_TOKEN", lambda r: "npm_" + mixed(r, 36)),
    ("PyPI upload token", "TWINE_PASSWORD", lambda r: "pypi-AgEIcHlwaS5vcmcCJ" + rs(r, 110, _U)),
    ("Docker Hub PAT", "DOCKER_PASSWORD", lambda r: "dckr_pat_" + rs(r, 27, _U)),
    ("AWS secret key", "AWS_SECRET_ACCESS_KEY", lambda r: rs(r, 40, ALNUM + "+/")),
    ("AWS session token", "AWS_SESSION_TOKEN", lambda r: "IQoJb3JpZ2luX2VjE" + rs(r, 300, ALNUM + "+/") + "=="),
    ("GCP OAuth access token", "GOOGLE_OAUTH_ACCESS_TOKEN", lambda r: "ya29." + rs(r, 150, _U)),
    ("Azure client secret", "AZURE_CLIENT_SECRET", lambda r: rs(r, 3, ALNUM) + "8Q~" + rs(r, 34, ALNUM + "~._-")),
    ("DigitalOcean PAT", "DO_TOKEN", lambda r: "dop_v1_" + hx(r, 64)),
    ("Cloudflare API token", "CF_API_TOKEN", lambda r: rs(r, 40, _U)),
    ("Vault token", "VAULT_TOKEN", lambda r: "hvs." + rs(r, 24, ALNUM) + rs(r, 66, _U)),
    ("Stripe live secret", "STRIPE_API_KEY", lambda r: "sk_live_51" + mixed(r, 97)),
    ("Stripe restricted key", "STRIPE_RK", lambda r: "rk_live_51" + mixed(r, 97)),
    ("Stripe webhook secret", "STRIPE_ENDPOINT_SECRET", lambda r: "whsec_" + mixed(r, 32)),
    ("Square token", "SQ_TOKEN", lambda r: "EAAAE" + rs(r, 59, _U)),
    ("Shopify private app token", "SHOPIFY_ADMIN_TOKEN", lambda r: "shppa_" + hx(r, 32)),
    ("Slack bot token", "SLACK_TOKEN", lambda r: f"xoxb-{r.randrange(10**10, 10**12)}-{r.randrange(10**12, 10**13)}-{mixed(r, 24)}"),
    ("Slack config token", "SLACK_CONFIG_TOKEN", lambda r: f"xoxe.xoxp-1-{mixed(r, 140)}"),
    ("SendGrid key", "SG_KEY", lambda r: "SG." + rs(r, 22, _U) + "." + rs(r, 43, _U)),
    ("Twilio auth token", "TWILIO_TOKEN", lambda r: hx(r, 32)),
    ("Mailgun key", "MG_KEY", lambda r: hx(r, 32) + "-" + hx(r, 8) + "-" + hx(r, 8)),
    ("Linear key", "LINEAR_TOKEN", lambda r: "lin_api_" + mixed(r, 40)),
    ("Notion integration secret", "NOTION_KEY", lambda r: "secret_" + mixed(r, 43)),
    ("Atlassian API token", "ATLASSIAN_TOKEN", lambda r: "ATATT3xFfGF0" + rs(r, 170, _U) + "=" + hx(r, 8, True)),
    ("Sentry user token", "SENTRY_TOKEN", lambda r: "sntryu_" + hx(r, 64)),
    ("Datadog API key", "DATADOG_API_KEY", lambda r: hx(r, 32)),
    ("New Relic license key", "NEW_RELIC_LICENSE_KEY", lambda r: hx(r, 36) + "NRAL"),
    ("Grafana Cloud token", "GRAFANA_CLOUD_TOKEN", lambda r: "glc_" + rs(r, 120, ALNUM + "=")),
    ("PagerDuty integration key", "PD_ROUTING_KEY", lambda r: hx(r, 32)),
    ("Discord bot token", "DISCORD_TOKEN", lambda r: "MT" + rs(r, 24, _U) + "." + rs(r, 6, _U) + "." + rs(r, 38, _U)),
    ("Telegram bot token", "TG_TOKEN", lambda r: f"{r.randrange(10**8, 10**10)}:AAH{rs(r, 32, _U)}"),
    ("Figma PAT", "FIGMA_PAT", lambda r: "figd_" + rs(r, 40, _U)),
    ("Postman key", "POSTMAN_KEY", lambda r: "PMAK-" + hx(r, 24) + "-" + hx(r, 34)),
    ("Snyk token", "SNYK_TOKEN", uid),
    ("Heroku API key", "HEROKU_KEY", uid),
    ("CircleCI personal token", "CIRCLE_TOKEN", lambda r: hx(r, 40)),
    ("Buildkite agent token", "BUILDKITE_AGENT_TOKEN", lambda r: hx(r, 50)),
    ("Algolia admin key", "ALGOLIA_WRITE_KEY", lambda r: hx(r, 32)),
    ("Mapbox secret token", "MAPBOX_SECRET", lambda r: "sk.eyJ1Ijoi" + rs(r, 60, _U) + "." + rs(r, 22, _U)),
    ("Age identity", "SOPS_AGE_KEY", lambda r: "AGE-SECRET-KEY-1" + rs(r, 58, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L")),
    ("Doppler service token", "DOPPLER_TOKEN", lambda r: "dp.st.prd_" + mixed(r, 40)),
    ("Supabase secret key", "SUPABASE_SECRET", lambda r: "sb_secret_" + rs(r, 32, _U)),
    ("Netlify token", "NETLIFY_TOKEN", lambda r: "nfp_" + mixed(r, 36)),
]
# prefixes distinctive enough to leave the name out
_SELF_EVIDENT = ("sk-proj-", "sk-svcacct-", "sk-ant-", "hf_", "gsk_", "AIzaSy", "r8_", "pplx-", "sk-or-v1-", "ghp_",
                 "github_pat_", "ghs_", "glpat-", "gldt-", "npm_", "pypi-", "dckr_pat_", "IQoJ", "ya29.", "dop_v1_",
                 "hvs.", "sk_live_", "rk_live_", "whsec_", "EAAAE", "shppa_", "xoxb-", "xoxe.", "SG.", "lin_api_",
                 "secret_", "ATATT3", "sntryu_", "glc_", "figd_", "PMAK-", "sk.eyJ", "AGE-SECRET-KEY-", "dp.st.",
                 "sb_secret_", "nfp_")

_WITH_NAME = [
    "here's the {name} you asked for: {v}",
    "{env} is {v} (do not commit)",
    "fyi I generated a fresh {name}, it's {v}",
    "rotated the {name} this morning; new value {v}",
    "{env}={v} ./scripts/smoke.sh",
    "the old {name} ({v}) still works, revoke it before friday",
    "{{\"name\": \"{env}\", \"value\": \"{v}\"}}",
    "  {env}: {v}",
    "set -x {env} {v}",
    "[env]\n{env} = \"{v}\"",
    "for local testing use {name} {v}",
    "{name} => {v}",
    "{env}: \"{v}\"  # prod",
    "ENV {env}={v}",
    "secrets.{env} got leaked into the log, value was {v}",
    "pinned the {name} in .envrc: export {env}={v}",
]
_NO_NAME = [
    "{v}",
    "try {v} if the other one 401s",
    "token={v}",
    "X-Api-Key: {v}",
    "Authorization: token {v}",
    "the CI job reads {v} from its env; works locally too",
    "bearer {v}",
    "--token {v}",
    "{v} (expires in 30 days)",
]


def _tok(r, evident_only=False):
    while True:
        name, env, mk = r.choice(TOKENS)
        v = mk(r)
        ev = v.startswith(_SELF_EVIDENT) or ":AAH" in v
        if evident_only and not ev:
            continue
        return name, env, v, ev


def vendor_named(r):
    name, env, v, _ = _tok(r)
    return r.choice(_WITH_NAME).format(name=name, env=env, v=v)


def vendor_prefixed(r):
    _, _, v, _ = _tok(r, evident_only=True)
    return r.choice(_NO_NAME).format(v=v)


def aws_pair(r):
    kid = r.choice(["AKIA", "ASIA"]) + upper_dig(r, 16)
    sec = rs(r, 40, ALNUM + "+/")
    return r.choice([
        "aws keys for the backup user: id {k} secret {s}",
        "AWS_ACCESS_KEY_ID={k}\nAWS_SECRET_ACCESS_KEY={s}",
        "[profile ci]\naws_access_key_id={k}\naws_secret_access_key={s}\nregion=eu-west-1",
        "access key {k} / {s} — scoped to the artifacts bucket only",
        "{{\"Credentials\": {{\"AccessKeyId\": \"{k}\", \"SecretAccessKey\": \"{s}\", \"SessionToken\": \"IQoJb3JpZ2luX2VjE{t}\"}}}}",
        "s3cmd --access_key={k} --secret_key={s} ls s3://",
    ]).format(k=kid, s=sec, t=rs(r, 120, ALNUM + "+/"))


_PW_EN = [
    "fyi staging root is now {p}, told {n}",
    "login: {a}  pw: {p}",
    "the password I set on {h} was {p}",
    "creds are {a}/{p} for now, will move them to the vault later",
    "{n} needs the {a} password for the demo — it's {p}",
    "If {h} asks for a password just type {p}",
    "Heads-up: the keystore passphrase is {p}. Don't lose it, the release signing depends on it.",
    "passcode for the conference bridge admin: {p}",
    "we share one login for the vendor portal, {a} with password {p}",
    "changed my LDAP pw to {p} so the old one in your notes is stale",
    "The backup zip is encrypted, password {p}",
    "router admin password: {p} (default was changed)",
    "ssh into {h} as {a}, password is {p}",
    "DB creds (temporary): {a} / {p}",
    "the bastion still accepts password auth: {a}@{h} with {p}",
    "{p} is the master password for the team KeePass file",
    "Note: the pass phrase for id_ed25519 on the build box is {p}",
    "After the reset, {a}'s password on {h} is {p}; ask them to change it at first login.",
    "pwd={p}",
    "sa password for the SQL Server container is {p}",
    "The Wi-Fi for the on-site visit: network GuestLab, key {p}",
    "used {p} as the PKCS#12 export password for the client cert",
    "smtp relay auth is {a} + {p}",
    "my sudo password on the shared box is {p}, feel free to use it",
]
_PW_INTL = [
    ("de", "Das Root-Passwort auf {h} lautet jetzt {p}."),
    ("de", "Zugangsdaten für das Staging: Benutzer {a}, Kennwort {p}"),
    ("de", "Passwort vom WLAN im Büro ist {p}"),
    ("fr", "Identifiants de la base : {a} / mot de passe {p}"),
    ("fr", "J'ai changé le mot de passe admin en {p}, pense à le noter."),
    ("fr", "le mdp du serveur de build c'est {p}"),
    ("es", "Las credenciales de staging son {a} y la clave {p}"),
    ("es", "Cambié la contraseña de root en {h}: ahora es {p}"),
    ("es", "contraseña del wifi de la oficina: {p}"),
    ("pt", "A senha do usuário {a} no {h} é {p}"),
    ("pt", "senha nova do painel admin: {p}"),
    ("zh", "{h} 的 root 密码改成了 {p}"),
    ("zh", "测试环境账号 {a}，密码 {p}"),
    ("ja", "ステージングのDBパスワードは {p} に変更しました"),
    ("ja", "{a} のパスワード: {p}"),
    ("it", "La password di root su {h} adesso è {p}"),
    ("nl", "wachtwoord van de beheerder is {p}"),
    ("pl", "Nowe hasło do {h}: {p}"),
    ("ru", "Логин {a}, пароль {p}"),
    ("tr", "{h} sunucusunun şifresi {p}"),
    ("ko", "{h} 관리자 비밀번호는 {p} 입니다"),
    ("vi", "Mật khẩu của {a} là {p}"),
]


def prose_password(r):
    return r.choice(_PW_EN).format(p=pw(r), a=r.choice(ACCTS), h=r.choice(HOSTS), n=r.choice(NAMES))


def prose_password_intl(r):
    _, t = r.choice(_PW_INTL)
    return t.format(p=pw(r), a=r.choice(ACCTS), h=r.choice(HOSTS))


def connection_string(r):
    a, h, s = r.choice(ACCTS), r.choice(HOSTS), r.choice(SCHEMAS)
    p = pw(r).replace("@", "").replace("/", "").replace("#", "").replace("?", "").replace("%", "")
    url = r.choice([
        f"postgresql+psycopg://{a}:{p}@{h}:6432/{s}",
        f"postgres://{a}:{p}@{h}/{s}?sslmode=verify-full",
        f"mysql+pymysql://{a}:{p}@{h}/{s}?charset=utf8mb4",
        f"mongodb://{a}:{p}@{h}:27017/{s}?authSource=admin",
        f"redis://{a}:{p}@{h}:6379/2",
        f"amqps://{a}:{p}@{h}/prod",
        f"nats://{a}:{p}@{h}:4222",
        f"ldap://cn={a},dc=corp:{p}@{h}",
        f"ftp://{a}:{p}@{h}/exports/",
        f"https://{a}:{p}@{h}/nexus/repository/pypi/simple",
        f"oracle://{a}:{p}@{h}:1521/ORCLPDB1",
        f"snowflake://{a}:{p}@xy{lower_dig(r, 5)}.eu-central-1/{s}",
    ])
    return r.choice([
        "{u}", "DB_URL='{u}'", "pointing the worker at {u} for the backfill", "alembic -x url={u} upgrade head",
        "url = \"{u}\"", "the failing job used {u}", "SQLALCHEMY_DATABASE_URI = '{u}'", "broker_url={u}",
        "pip install --index-url {u} ledger-sdk",
    ]).format(u=url) if r.random() < 0.8 else r.choice([
        f"Data Source={h};Initial Catalog={s};User ID={a};Password={p};Encrypt=True",
        f"host={h} port=5432 dbname={s} user={a} password={p}",
        f"Driver={{ODBC Driver 18 for SQL Server}};Server={h};Uid={a};Pwd={p};",
        f"jdbc:sqlserver://{h}:1433;databaseName={s};user={a};password={p}",
    ])


def jwt_session(r):
    t = make_jwt(r)
    return r.choice([
        lambda: t,
        lambda: f"session cookie from the staging login: {t}",
        lambda: f"curl -b 'sid={t}' https://{r.choice(HOSTS)}/admin",
        lambda: f"Bearer {t}",
        lambda: f"the impersonation token for user 42 is {t}",
        lambda: f"X-Auth-Token: {t}",
        lambda: f"localStorage['auth'] = '{t}'",
        lambda: f"connect.sid=s%3A{rs(r, 32, ALNUM + '-_')}.{raw_b64(r, 32, pad=False)}",
        lambda: f"Cookie: _gitlab_session={hx(r, 32)}; remember_user_token={raw_b64(r, 48, url=True, pad=False)}",
        lambda: f"laravel_session={raw_b64(r, 160, pad=False)}",
        lambda: f"PHPSESSID={lower_dig(r, 26)} (admin session, still valid)",
    ])()


def key_material(r):
    k = r.randrange(7)
    if k <= 2:
        kind = ["RSA PRIVATE KEY", "PRIVATE KEY", "OPENSSH PRIVATE KEY"][k]
        body = "\n".join(raw_b64(r, 48) for _ in range(r.randrange(4, 10)))
        if k == 2:
            body = "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ" + body[42:]
        pre = r.choice(["", "key for the deploy user:\n", "paste into ~/.ssh/id_rsa:\n", "tls.key:\n"])
        return f"{pre}-----BEGIN {kind}-----\n{body}\n-----END {kind}-----"
    if k == 3:
        return ("PuTTY-User-Key-File-3: ssh-rsa\nEncryption: none\nComment: ops@jump\nPublic-Lines: 2\n"
                f"{raw_b64(r, 48)}\n{raw_b64(r, 30)}\nPrivate-Lines: 3\n{raw_b64(r, 48)}\n{raw_b64(r, 48)}\n{raw_b64(r, 30)}\n"
                f"Private-MAC: {hx(r, 64)}")
    if k == 4:
        return (f'{{"kty": "EC", "crv": "P-256", "x": "{raw_b64(r, 32, True, False)}", "y": "{raw_b64(r, 32, True, False)}", '
                f'"d": "{raw_b64(r, 32, True, False)}"}}')
    if k == 5:
        return f"-----BEGIN EC PRIVATE KEY-----\\n{raw_b64(r, 48)}\\n{raw_b64(r, 30)}\\n-----END EC PRIVATE KEY-----\\n"
    return f"AGE-SECRET-KEY-1{rs(r, 58, 'QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L')}"


def env_config(r):
    p, t = pw(r), mixed(r, r.randrange(26, 44))
    return r.choice([
        lambda: f"ADMIN_PASSWORD={p}",
        lambda: f"MINIO_ROOT_PASSWORD={p}\nMINIO_ROOT_USER=minio",
        lambda: f"auth:\n  basic:\n    user: {r.choice(ACCTS)}\n    pass: {p}",
        lambda: f"[smtp]\nlogin = alerts\nsecret = {t}",
        lambda: f"\"clientSecret\": \"{t}\",",
        lambda: f"registry:\n  url: ghcr.io\n  password: ghp_{mixed(r, 36)}",
        lambda: f"<password>{p}</password>",
        lambda: f"bind_password = \"{p}\"",
        lambda: f"[credential]\n\thelper = store\n# ~/.git-credentials:\nhttps://{r.choice(ACCTS)}:{t}@git.example.org",
        lambda: f"_auth={enc_b64(r.choice(ACCTS) + ':' + p)}\nalways-auth=true",
        lambda: f"kind: Secret\napiVersion: v1\nmetadata:\n  name: ledger-db\ndata:\n  DB_PASSWORD: {enc_b64(p)}",
        lambda: f"resource \"aws_db_instance\" \"main\" {{\n  username = \"{r.choice(ACCTS)}\"\n  password = \"{p}\"\n}}",
        lambda: f"app.secret_key = \"{hx(r, 48)}\"",
        lambda: f"DJANGO_SECRET_KEY='django-insecure-{rs(r, 50, ALNUM + '!@#$%^&*(-_=+)')}'",
        lambda: f"webhook:\n  signing_secret: {t}",
        lambda: f"NEXTAUTH_SECRET={raw_b64(r, 32)}",
        lambda: f"export PGPASSWORD={p}",
        lambda: f"keystore.password={p}\nkey.alias=release",
        lambda: f"{r.choice(HOSTS)}:*:*:{r.choice(ACCTS)}:{p}",
        lambda: f"proxy: http://{r.choice(ACCTS)}:{p}@proxy.corp:3128",
    ])()


def cli_args(r):
    p, t = pw(r), mixed(r, 32)
    h, a = r.choice(HOSTS), r.choice(ACCTS)
    return r.choice([
        lambda: f"mysqldump -u{a} -p{p} --all-databases > all.sql",
        lambda: f"pg_dump 'postgresql://{a}:{p}@{h}/ledger' | gzip > ledger.sql.gz",
        lambda: f"ansible-playbook site.yml -e ansible_become_pass={p}",
        lambda: f"docker run -e POSTGRES_PASSWORD={p} -p 5432:5432 postgres:16",
        lambda: f"rclone config create b2 b2 account {hx(r, 12)} key K00{rs(r, 28, ALNUM)}",
        lambda: f"java -jar app.jar --spring.datasource.password={p}",
        lambda: f"twine upload -u __token__ -p pypi-AgEIcHlwaS5vcmc{rs(r, 90, _U)} dist/*",
        lambda: f"gh auth login --with-token <<< ghp_{mixed(r, 36)}",
        lambda: f"curl -X POST -d 'client_id=ledger&client_secret={t}&grant_type=client_credentials' https://auth.example.org/token",
        lambda: f"keytool -importkeystore -srcstorepass {p} -deststorepass {p}",
        lambda: f"net use Z: \\\\{h}\\share /user:CORP\\{a} {p}",
        lambda: f"xfreerdp /v:{h} /u:{a} /p:'{p}'",
        lambda: f"openssl pkcs12 -export -out client.p12 -passout pass:{p}",
        lambda: f"restic -r s3:s3.amazonaws.com/bkp --password-command 'echo {p}' snapshots",
        lambda: f"curl 'https://api.example.org/v1/reports?api_key={t}'",
        lambda: f"ldapsearch -x -D 'cn={a},dc=corp' -w '{p}' -H ldap://{h}",
    ])()


def signed_url_webhook(r):
    return r.choice([
        lambda: f"https://hooks.slack.com/services/T{upper_dig(r, 10)}/B{upper_dig(r, 10)}/{mixed(r, 24)}",
        lambda: f"post the nightly report to https://hooks.slack.com/workflows/T{upper_dig(r, 9)}/A{upper_dig(r, 10)}/{r.randrange(10**17, 10**18)}/{mixed(r, 24)}",
        lambda: f"https://discordapp.com/api/webhooks/{r.randrange(10**17, 10**18)}/{rs(r, 68, _U)}",
        lambda: f"https://prod-{r.randrange(10, 99)}.westeurope.logic.azure.com:443/workflows/{hx(r, 32)}/triggers/manual/paths/invoke?api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig={rs(r, 43, _U)}",
        lambda: f"https://ledger-exports.s3.eu-west-1.amazonaws.com/q3.csv?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=ASIA{upper_dig(r, 16)}%2F20261102%2Feu-west-1%2Fs3%2Faws4_request&X-Amz-Date=20261102T080000Z&X-Amz-Expires=3600&X-Amz-Security-Token=IQoJb3JpZ2luX2VjE{rs(r, 80, ALNUM)}&X-Amz-SignedHeaders=host&X-Amz-Signature={hx(r, 64)}",
        lambda: f"https://mystorage.file.core.windows.net/share/x.zip?sv=2023-01-03&se=2027-01-01&sr=f&sp=r&sig={rs(r, 43, ALNUM)}%3D",
        lambda: f"https://api.github.com/repos/{r.choice(REPOS)}/hooks with secret {mixed(r, 40)}",
        lambda: f"https://chat.googleapis.com/v1/spaces/AAAA{rs(r, 7, _U)}/messages?key=AIzaSy{rs(r, 33, _U)}&token={rs(r, 43, _U)}%3D",
        lambda: f"https://events.pagerduty.com/integration/{hx(r, 32)}/enqueue",
        lambda: f"https://{lower_dig(r, 6)}.ngrok.app/hook?secret={mixed(r, 28)}",
        lambda: f"https://gitlab.example.org/api/v4/projects/12/trigger/pipeline?token=glptt-{hx(r, 40)}&ref=main",
        lambda: f"https://api.telegram.org/bot{r.randrange(10**8, 10**10)}:AAH{rs(r, 32, _U)}/getUpdates",
        lambda: f"https://ledger.example.org/reset-password?token={rs(r, 48, _U)}&uid=42",
        lambda: f"magic login link (valid 15 min): https://app.example.org/auth/callback?code={rs(r, 40, _U)}&state={hx(r, 16)}",
    ])()


CATEGORIES = [
    ("prose_password", prose_password, 190),
    ("prose_password_intl", prose_password_intl, 110),
    ("vendor_named", vendor_named, 150),
    ("vendor_prefixed", vendor_prefixed, 110),
    ("aws_pair", aws_pair, 40),
    ("connection_string", connection_string, 80),
    ("jwt_session", jwt_session, 60),
    ("key_material", key_material, 50),
    ("env_config", env_config, 80),
    ("cli_args", cli_args, 60),
    ("signed_url_webhook", signed_url_webhook, 60),
]
