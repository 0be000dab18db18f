"""blind15 secrets, by where in an agent's day the text turns up. Each function returns one text
(or a (text, lang) pair when the prose around the credential is not English)."""
from __future__ import annotations

import json

from _b15lang import REQUESTS, SECRET_SAY
from _b15rand import (
    ALNUM,
    B64URL,
    BRANCHES,
    DIG,
    ENVS,
    FILES,
    HEX,
    HOSTS,
    SERVICES,
    TESTS,
    anthropic_key,
    any_pw,
    aws_id,
    aws_secret,
    azure_acct_key,
    b64,
    do_tok,
    doppler,
    fcm_server,
    gen_pw,
    generic_secret,
    gh_fine,
    gh_oauth,
    gh_pat,
    gl_pat,
    google_key,
    grafana,
    hf_tok,
    human_pw,
    ip,
    jwt,
    linear,
    mailgun,
    notion,
    npm_tok,
    num,
    openai_key,
    org,
    pem_private,
    person,
    pgp_private,
    pick,
    postman,
    pypi_tok,
    repo,
    s,
    sendgrid,
    shopify,
    slack_bot,
    slack_user,
    stripe_live,
    stripe_rk,
    telegram,
    tfc_tok,
    ts,
    twilio_sk,
    url_pw,
    vault_tok,
)

VENDOR = [gh_pat, gh_fine, gh_oauth, gl_pat, slack_bot, slack_user, stripe_live, stripe_rk, openai_key, anthropic_key,
          npm_tok, pypi_tok, sendgrid, twilio_sk, shopify, hf_tok, do_tok, vault_tok, postman, linear, notion,
          grafana, doppler, telegram, mailgun, tfc_tok]


def tok(r):
    return pick(r, VENDOR)(r)


def fill(r, t):
    return (t.replace("{f}", pick(r, FILES)).replace("{t}", pick(r, TESTS)).replace("{s}", pick(r, SERVICES))
            .replace("{b}", pick(r, BRANCHES)).replace("{n}", str(num(r, 40, 2400))))


def bearer_or_cookie(r):
    return pick(r, [lambda: ("authorization", "Bearer " + jwt(r)), lambda: ("authorization", "Bearer " + tok(r)),
                    lambda: ("cookie", f"_session_id={s(r, HEX, 32)}; csrftoken={s(r, ALNUM, 32)}"),
                    lambda: ("x-api-key", pick(r, [openai_key, anthropic_key, google_key, sendgrid])(r)),
                    lambda: ("cookie", f"connect.sid=s%3A{s(r, B64URL, 32)}.{s(r, B64URL, 43)}"),
                    lambda: ("authorization", "Basic " + b64(f"{person(r)}:{any_pw(r)}".encode()))])()


# ---------------------------------------------------------------- browser: copy as cURL, HAR
def browser_curl_har(r):
    h, v = bearer_or_cookie(r)
    host = pick(r, ["api.northwind.io", "app.tessellate.dev", "admin.kelpie.io", "localhost:3000", "staging.orbitfox.com"])
    path = pick(r, ["/v2/orders?page=2", "/graphql", "/api/session/refresh", "/internal/feature-flags", "/v1/invoices/export"])
    return pick(r, [
        lambda: f"curl '{'https://' + host + path}' \\\n  -H 'accept: application/json' \\\n  -H 'accept-language: en-US,en;q=0.9' \\\n  -H '{h}: {v}' \\\n  -H 'sec-fetch-mode: cors' \\\n  --compressed",
        lambda: f"curl 'https://{host}{path}' -X POST -H 'content-type: application/json' -H '{h}: {v}' --data-raw '{{\"limit\":50}}'",
        lambda: json.dumps({"request": {"method": "GET", "url": f"https://{host}{path}", "httpVersion": "HTTP/2",
                                        "headers": [{"name": ":authority", "value": host}, {"name": h, "value": v},
                                                    {"name": "user-agent", "value": "Mozilla/5.0 (X11; Linux x86_64)"}]},
                            "response": {"status": pick(r, [200, 401, 500])}}, indent=2),
        lambda: f"copied from devtools, this is the failing call:\n\ncurl 'https://{host}{path}' -H '{h}: {v}'\n\nreturns 500 only on staging",
        lambda: f"fetch(\"https://{host}{path}\", {{\n  \"headers\": {{\n    \"{h}\": \"{v}\",\n    \"content-type\": \"application/json\"\n  }},\n  \"method\": \"GET\",\n  \"mode\": \"cors\",\n  \"credentials\": \"include\"\n}});",
        lambda: f'"cookies": [{{"name": "session", "value": "{s(r, B64URL, 48)}", "path": "/", "domain": "{host.split(":")[0]}", "httpOnly": true, "secure": true}}]',
        lambda: f"Invoke-WebRequest -UseBasicParsing -Uri \"https://{host}{path}\" -Headers @{{\"{h}\"=\"{v}\"}}",
        lambda: f"http GET https://{host}{path} '{h}:{v}'",
    ])()


# ---------------------------------------------------------------- API clients: Postman, Insomnia, Bruno
def apiclient(r):
    t = pick(r, [gh_pat, stripe_live, sendgrid, openai_key, jwt, hf_tok, linear, notion, postman])(r)
    pw = any_pw(r)
    return pick(r, [
        lambda: json.dumps({"info": {"name": f"{org(r)} API", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
                            "auth": {"type": "bearer", "bearer": [{"key": "token", "value": t, "type": "string"}]}}, indent=2),
        lambda: json.dumps({"id": s(r, HEX, 8), "name": pick(r, ENVS), "values": [
            {"key": "baseUrl", "value": "https://api." + org(r) + ".io", "enabled": True},
            {"key": pick(r, ["apiKey", "token", "access_token"]), "value": t, "enabled": True}]}, indent=2),
        lambda: f"meta {{\n  name: Create invoice\n  type: http\n  seq: {num(r, 1, 9)}\n}}\n\npost {{\n  url: {{{{baseUrl}}}}/v1/invoices\n  body: json\n  auth: bearer\n}}\n\nauth:bearer {{\n  token: {t}\n}}",
        lambda: f"vars {{\n  baseUrl: https://staging.{org(r)}.io\n  apiToken: {t}\n}}",
        lambda: f"_type: environment\nname: {pick(r, ENVS)}\ndata:\n  base_url: https://api.{org(r)}.dev\n  password: \"{pw}\"\n  username: {person(r)}@{org(r)}.io",
        lambda: json.dumps({"_type": "request", "name": "List users", "method": "GET",
                            "authentication": {"type": "basic", "username": "admin", "password": pw}}, indent=1),
        lambda: f"### get orders\nGET https://api.{org(r)}.io/v2/orders\nAuthorization: Bearer {t}\nAccept: application/json",
        lambda: f"@token = {t}\n\n### list\nGET {{{{host}}}}/items\nAuthorization: Bearer {{{{token}}}}",
    ])()


# ---------------------------------------------------------------- mobile configs
def mobile(r):
    k = google_key(r)
    return pick(r, [
        lambda: f"<key>{pick(r, ['StripeSecretKey', 'BackendAPIToken', 'SentryAuthToken', 'RevenueCatSecret'])}</key>\n<string>{pick(r, [stripe_live, gh_pat, generic_secret])(r)}</string>",
        lambda: f"MYAPP_UPLOAD_STORE_FILE=release.keystore\nMYAPP_UPLOAD_KEY_ALIAS=upload\nMYAPP_UPLOAD_STORE_PASSWORD={any_pw(r)}\nMYAPP_UPLOAD_KEY_PASSWORD={any_pw(r)}",
        lambda: f"android.useAndroidX=true\norg.gradle.jvmargs=-Xmx4g\nsigningStorePassword={any_pw(r)}\nsigningKeyAlias=release",
        lambda: f"// Config.xcconfig\nAPI_BASE_URL = https:/$()/api.{org(r)}.io\nAPI_SECRET = {generic_secret(r)}\nBUNDLE_ID = io.{org(r)}.app",
        lambda: json.dumps({"project_info": {"project_number": s(r, DIG, 12), "project_id": f"{org(r)}-prod"},
                            "client": [{"api_key": [{"current_key": k}], "services": {"appinvite_service": {}}}],
                            "server_key": fcm_server(r)}, indent=2),
        lambda: f"const FCM_SERVER_KEY = \"{fcm_server(r)}\"; // TODO move out of the app bundle",
        lambda: f"storeFile file(\"../keys/release.jks\")\nstorePassword \"{any_pw(r)}\"\nkeyAlias \"release\"\nkeyPassword \"{any_pw(r)}\"",
        lambda: f"# fastlane/.env\nFASTLANE_USER={person(r)}@{org(r)}.io\nFASTLANE_PASSWORD={any_pw(r)}\nMATCH_PASSWORD={gen_pw(r)}",
        lambda: f"expo secret: EXPO_TOKEN={s(r, ALNUM + '_-', 40)}",
        lambda: f"CODEPUSH_KEY_ANDROID={s(r, ALNUM + '_-', 40)} # deployment key (production)",
    ])()


# ---------------------------------------------------------------- IaC: Terraform, Pulumi, Helm, Ansible, k8s
def iac(r):
    pw = any_pw(r)
    return pick(r, [
        lambda: f'db_password      = "{pw}"\ninstance_class   = "db.t4g.medium"\nallocated_storage = 50',
        lambda: json.dumps({"mode": "managed", "type": "aws_db_instance", "name": "main", "provider": "provider[\"registry.terraform.io/hashicorp/aws\"]",
                            "instances": [{"schema_version": 2, "attributes": {"engine": "postgres", "username": "app", "password": pw,
                                                                                "endpoint": pick(r, HOSTS) + ":5432"}}]}, indent=2),
        lambda: f"aws_access_key = \"{aws_id(r)}\"\naws_secret_key = \"{aws_secret(r)}\"\nregion         = \"eu-central-1\"",
        lambda: f"config:\n  aws:region: us-east-1\n  {org(r)}-infra:dbPassword:\n    value: {pw}\n  {org(r)}-infra:replicas: \"3\"",
        lambda: f"postgresql:\n  auth:\n    username: app\n    password: \"{pw}\"\n    database: {pick(r, SERVICES)}\n  primary:\n    persistence:\n      size: 20Gi",
        lambda: f"[db]\n{pick(r, HOSTS)} ansible_user=deploy ansible_password={pw} ansible_become_pass={pw}\n\n[web]\nweb-[01:04].{org(r)}.internal",
        lambda: f"all:\n  vars:\n    ansible_user: ops\n    ansible_ssh_pass: \"{pw}\"\n  hosts:\n    {ip(r)}:\n    {ip(r)}:",
        lambda: f"apiVersion: v1\nkind: Secret\nmetadata:\n  name: {pick(r, SERVICES)}-env\ntype: Opaque\nstringData:\n  DATABASE_URL: postgres://app:{url_pw(r)}@{pick(r, HOSTS)}:5432/app\n  STRIPE_KEY: {stripe_live(r)}",
        lambda: f"apiVersion: v1\nkind: Secret\nmetadata:\n  name: registry\ndata:\n  password: {b64(gen_pw(r).encode())}",
        lambda: f"provider \"github\" {{\n  owner = \"{org(r)}\"\n  token = \"{gh_pat(r)}\"\n}}",
        lambda: f"provider \"cloudflare\" {{\n  api_token = \"{s(r, ALNUM + '_-', 40)}\"\n}}",
        lambda: f"terraform {{\n  cloud {{\n    organization = \"{org(r)}\"\n  }}\n}}\n# ~/.terraform.d/credentials.tfrc.json\n{{\"credentials\": {{\"app.terraform.io\": {{\"token\": \"{tfc_tok(r)}\"}}}}}}",
        lambda: f"image:\n  repository: ghcr.io/{repo(r)}\nimagePullSecrets:\n  - name: ghcr\nregistry:\n  username: {person(r)}\n  password: {gh_pat(r)}",
        lambda: f"  # Outputs:\n  redis_auth_token = \"{s(r, ALNUM, 40)}\"\n  redis_endpoint   = \"{pick(r, HOSTS)}\"",
        lambda: f"pulumi config set --secret dbPassword {pw}   # oops, shows in history",
        lambda: f"vault_token: {vault_tok(r)}\nvault_addr: https://vault.{org(r)}.internal:8200",
    ])()


# ---------------------------------------------------------------- host: systemd, cron, shell history
def host(r):
    pw = any_pw(r)
    return pick(r, [
        lambda: f"[Unit]\nDescription={pick(r, SERVICES)} worker\nAfter=network-online.target\n\n[Service]\nUser=app\nEnvironment=DATABASE_URL=postgres://app:{url_pw(r)}@{pick(r, HOSTS)}/app\nExecStart=/opt/app/bin/worker\nRestart=on-failure",
        lambda: f"[Service]\nEnvironment=\"API_TOKEN={tok(r)}\"\nExecStart=/usr/local/bin/{pick(r, SERVICES)}-sync --interval 60",
        lambda: f"*/15 * * * * curl -fsS -u backup:{url_pw(r)} https://backup.{org(r)}.internal/trigger > /dev/null",
        lambda: f"0 3 * * * PGPASSWORD='{pw}' pg_dump -h {pick(r, HOSTS)} -U app app | gzip > /var/backups/app-$(date +\\%F).sql.gz",
        lambda: f"  {num(r, 100, 2000)}  export GITHUB_TOKEN={gh_pat(r)}\n  {num(r, 2001, 2100)}  gh pr list",
        lambda: f": {num(r, 1700000000, 1799999999)}:0;mysql -u root -p'{pw}' -h {pick(r, HOSTS)}",
        lambda: f"$ history | tail -3\n 501  docker login ghcr.io -u {person(r)} -p {gh_pat(r)}\n 502  docker push ghcr.io/{repo(r)}:latest\n 503  history | tail -3",
        lambda: f"echo '{pw}' | sudo -S systemctl restart {pick(r, SERVICES)}",
        lambda: f"sshpass -p '{pw}' ssh ops@{ip(r)} 'sudo journalctl -u {pick(r, SERVICES)} -n 200'",
        lambda: f"redis-cli -h {pick(r, HOSTS)} -a {s(r, ALNUM, 32)} --no-auth-warning INFO replication",
        lambda: f"export AWS_ACCESS_KEY_ID={aws_id(r)}\nexport AWS_SECRET_ACCESS_KEY={aws_secret(r)}\naws s3 ls s3://{org(r)}-artifacts/",
        lambda: f"# /etc/default/{pick(r, SERVICES)}\nSECRET_KEY_BASE={s(r, HEX, 128)}\nRAILS_ENV=production",
        lambda: f"htpasswd -b -c /etc/nginx/.htpasswd admin {pw}",
        lambda: f"set -gx OPENAI_API_KEY {openai_key(r)}",
        lambda: f"$env:ANTHROPIC_API_KEY = \"{anthropic_key(r)}\"",
        lambda: f"MAILTO=ops@{org(r)}.io\n@hourly SLACK_TOKEN={slack_bot(r)} /opt/bin/post-digest",
    ])()


# ---------------------------------------------------------------- dotfiles
def dotfile(r):
    pw = any_pw(r)
    return pick(r, [
        lambda: f"machine api.github.com\n  login {person(r)}\n  password {gh_pat(r)}",
        lambda: f"machine {pick(r, ['ftp.', 'files.', 'artifacts.'])}{org(r)}.io login deploy password {pw}",
        lambda: f"registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken={npm_tok(r)}\nsave-exact=true",
        lambda: f"@{org(r)}:registry=https://npm.pkg.github.com\n//npm.pkg.github.com/:_authToken={gh_pat(r)}",
        lambda: f"[distutils]\nindex-servers =\n    pypi\n\n[pypi]\nusername = __token__\npassword = {pypi_tok(r)}",
        lambda: f"[global]\nindex-url = https://{person(r)}:{url_pw(r)}@pypi.{org(r)}.internal/simple\ntimeout = 30",
        lambda: f"<settings>\n  <servers>\n    <server>\n      <id>{org(r)}-releases</id>\n      <username>deployer</username>\n      <password>{pw}</password>\n    </server>\n  </servers>\n</settings>",
        lambda: f"org.gradle.parallel=true\nmavenUser=ci\nmavenPassword={pw}\nsonar.login={s(r, HEX, 40)}",
        lambda: json.dumps({"auths": {"ghcr.io": {"auth": b64(f"{person(r)}:{gh_pat(r)}".encode())}}}, indent=1),
        lambda: f"[default]\naws_access_key_id = {aws_id(r)}\naws_secret_access_key = {aws_secret(r)}\nregion = eu-west-1",
        lambda: f"{pick(r, HOSTS)}:5432:*:app:{pw}",
        lambda: f"[client]\nuser=root\npassword={pw}\nhost={pick(r, HOSTS)}",
        lambda: f"[credential]\n\thelper = store\n# ~/.git-credentials\nhttps://{person(r)}:{gh_pat(r)}@github.com",
        lambda: f"npmAuthToken: \"{npm_tok(r)}\"\nnpmRegistryServer: \"https://registry.yarnpkg.com\"",
        lambda: f"[registries.{org(r)}]\nindex = \"sparse+https://cargo.{org(r)}.io/index/\"\ntoken = \"Bearer {s(r, ALNUM, 32)}\"",
        lambda: f"{{\n  \"github-oauth\": {{\n    \"github.com\": \"{gh_oauth(r)}\"\n  }}\n}}",
        lambda: f"hosts:\n  github.com:\n    user: {person(r)}\n    oauth_token: {gh_oauth(r)}\n    git_protocol: ssh",
        lambda: f"[auth]\ntoken = \"{hf_tok(r)}\"",
    ])()


# ---------------------------------------------------------------- connection URLs
def dsn(r):
    h = pick(r, HOSTS)
    u = pick(r, ["app", "svc_ingest", "admin", "root", "reporting", person(r)])
    p = url_pw(r)
    return pick(r, [
        lambda: f"jdbc:postgresql://{h}:5432/{pick(r, SERVICES)}?user={u}&password={p}&sslmode=require",
        lambda: f"jdbc:mysql://{h}:3306/app?user={u}&password={p}&useSSL=true",
        lambda: f"jdbc:sqlserver://{h}:1433;databaseName=Ledger;user={u};password={p};encrypt=true",
        lambda: f"Driver={{ODBC Driver 18 for SQL Server}};Server=tcp:{h},1433;Database=reports;Uid={u};Pwd={p};Encrypt=yes;",
        lambda: f"Server={h};Database=Orders;User Id={u};Password={p};TrustServerCertificate=True",
        lambda: f"redis://:{p}@{h}:6379/0",
        lambda: f"rediss://default:{p}@{h}:6380",
        lambda: f"amqp://{u}:{p}@{h}:5672/%2F",
        lambda: f"amqps://{u}:{p}@{h}/{pick(r, SERVICES)}",
        lambda: f"mqtt://{u}:{p}@{h}:1883",
        lambda: f"mqtts://device-{num(r)}:{p}@broker.iot.{org(r)}.io:8883",
        lambda: f"mongodb+srv://{u}:{p}@cluster0.{s(r, 'abcdefghijklmnopqrstuvwxyz0123456789', 5)}.mongodb.net/?retryWrites=true",
        lambda: f"DATABASE_URL=postgresql://{u}:{p}@{h}:5432/{pick(r, SERVICES)}",
        lambda: f"spring.datasource.url=jdbc:postgresql://{h}:5432/app\nspring.datasource.username={u}\nspring.datasource.password={p}",
        lambda: f"CELERY_BROKER_URL = \"amqp://{u}:{p}@{h}:5672//\"",
        lambda: f"kafka: SASL_SSL bootstrap={h}:9093 sasl.username={s(r, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)} sasl.password={s(r, ALNUM + '+/', 64)}",
        lambda: f"DefaultEndpointsProtocol=https;AccountName={org(r).replace('-', '')}store;AccountKey={azure_acct_key(r)};EndpointSuffix=core.windows.net",
        lambda: f"clickhouse://{u}:{p}@{h}:9000/analytics",
        lambda: f"nats://{u}:{p}@{h}:4222",
        lambda: f"ftp://{u}:{p}@files.{org(r)}.io/incoming/",
    ])()


# ---------------------------------------------------------------- key material
def keymat(r):
    return pick(r, [
        lambda: pem_private(r),
        lambda: f"$ cat ~/.ssh/id_ed25519\n{pem_private(r, 'OPENSSH PRIVATE KEY')}",
        lambda: pgp_private(r),
        lambda: "DEPLOY_KEY: |\n  " + pem_private(r, "OPENSSH PRIVATE KEY").replace("\n", "\n  "),
        lambda: json.dumps({"type": "service_account", "project_id": f"{org(r)}-prod", "private_key_id": s(r, HEX, 40),
                            "private_key": pem_private(r, "PRIVATE KEY") + "\n",
                            "client_email": f"ci-deployer@{org(r)}-prod.iam.gserviceaccount.com"}, indent=2),
        lambda: "tls.key: |\n  " + pem_private(r, "EC PRIVATE KEY").replace("\n", "\n  "),
        lambda: f"GPG_PRIVATE_KEY=\"{b64(pgp_private(r).encode())[:900]}\"",
    ])()


# ---------------------------------------------------------------- logs with credentials
def logline(r):
    t = ts(r)
    return pick(r, [
        lambda: f"{t}Z INFO  http.request method=GET path=/api/me status=200 authorization=\"Bearer {jwt(r)}\" duration_ms={num(r)}",
        lambda: f"[{t}] DEBUG requests: Sending request headers={{'Authorization': 'Bearer {tok(r)}', 'User-Agent': 'python-requests/2.32.3'}}",
        lambda: f"{t} WARN  auth: token refresh failed for refresh_token={s(r, B64URL, 64)} reason=invalid_grant",
        lambda: f"Traceback (most recent call last):\n  File \"/app/{pick(r, FILES)}\", line {num(r)}, in connect\n    conn = psycopg.connect(\"host={pick(r, HOSTS)} user=app password={any_pw(r)} dbname=app\")\npsycopg.OperationalError: connection timeout expired",
        lambda: f"sqlalchemy.exc.OperationalError: (pymysql.err.OperationalError) (2003, \"Can't connect\")\n(Background on this error at: https://sqlalche.me/e/20/e3q8)\n[SQL: engine=mysql+pymysql://app:{url_pw(r)}@{pick(r, HOSTS)}/app]",
        lambda: f"2026/05/{num(r, 10, 28)} {num(r, 10, 23)}:{num(r, 10, 59)}:07 [error] upstream sent invalid header, request: \"GET /cb?code={s(r, B64URL, 40)}&access_token={s(r, B64URL, 120)} HTTP/1.1\"",
        lambda: f"Run echo \"token: {gh_pat(r)}\"\ntoken: {gh_pat(r)}",
        lambda: f"+ curl -sf -H 'PRIVATE-TOKEN: {gl_pat(r)}' https://gitlab.{org(r)}.io/api/v4/projects/{num(r)}/jobs",
        lambda: f"{t}.{num(r, 100, 999)} E/OkHttp: --> POST https://api.{org(r)}.io/v1/login\nE/OkHttp: {{\"email\":\"{person(r)}@{org(r)}.io\",\"password\":\"{any_pw(r)}\"}}",
        lambda: f"level=error msg=\"webhook delivery failed\" url=\"https://hooks.slack.com/services/T{s(r, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 10)}/B{s(r, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 10)}/{s(r, ALNUM, 24)}\" status=404",
        lambda: f"Set-Cookie: {pick(r, ['sessionid', 'JSESSIONID', 'laravel_session', '__Host-sid'])}={s(r, ALNUM, 40)}; Path=/; HttpOnly; Secure",
        lambda: f"{t} app[web.1]: Started GET \"/oauth/callback?code={s(r, ALNUM, 20)}&state=x\" for {ip(r)}\n{t} app[web.1]: Exchanged code, access_token={s(r, B64URL, 80)}",
        lambda: f"java.sql.SQLException: Access denied for user 'app'@'{ip(r)}' (using password: YES)\n\tat ... \nCaused by config: spring.datasource.password={any_pw(r)}",
        lambda: f"{t} DEBUG botocore.endpoint Making request for OperationModel(name=GetObject) with params: {{'headers': {{'X-Amz-Security-Token': '{s(r, ALNUM + '/+', 300)}'}}}}",
    ])()


# ---------------------------------------------------------------- webhooks
def webhook(r):
    A = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
    slack = f"https://hooks.slack.com/services/T{s(r, A, 8)}/B{s(r, A, 10)}/{s(r, ALNUM, 24)}"
    discord = f"https://discord.com/api/webhooks/{s(r, DIG, 19)}/{s(r, B64URL, 68)}"
    teams = f"https://{org(r)}.webhook.office.com/webhookb2/{s(r, HEX, 8)}-{s(r, HEX, 4)}-4{s(r, HEX, 3)}-{s(r, HEX, 4)}-{s(r, HEX, 12)}@{s(r, HEX, 8)}-{s(r, HEX, 4)}-4{s(r, HEX, 3)}-{s(r, HEX, 4)}-{s(r, HEX, 12)}/IncomingWebhook/{s(r, HEX, 32)}/{s(r, HEX, 8)}-{s(r, HEX, 4)}-4{s(r, HEX, 3)}-{s(r, HEX, 4)}-{s(r, HEX, 12)}/V2{s(r, B64URL, 45)}"
    tg = f"https://api.telegram.org/bot{telegram(r)}/sendMessage"
    u = pick(r, [slack, discord, teams, tg, f"https://chat.googleapis.com/v1/spaces/{s(r, B64URL, 11)}/messages?key={google_key(r)}&token={s(r, B64URL, 43)}%3D"])
    return pick(r, [
        lambda: f"SLACK_WEBHOOK_URL={u}",
        lambda: f"alertmanager:\n  receivers:\n    - name: oncall\n      slack_configs:\n        - api_url: {u}\n          channel: '#alerts'",
        lambda: f"curl -X POST -H 'Content-type: application/json' --data '{{\"text\":\"deploy done\"}}' {u}",
        lambda: f"webhook_url = \"{u}\"",
        lambda: f"notify:\n  on_failure: {u}",
        lambda: f"the alert hook is {u} if you want to wire it into the new job",
        lambda: f"requests.post(\"{u}\", json={{\"content\": msg}})",
        lambda: f"- name: notify\n  run: curl -fsS -d @payload.json {u}",
    ])()


# ---------------------------------------------------------------- identity providers
def idp(r):
    cs = pick(r, [lambda: s(r, ALNUM + "~._-", 40), lambda: s(r, B64URL, 64), lambda: "GOCSPX-" + s(r, B64URL, 28)])()
    cid = pick(r, [lambda: s(r, DIG, 12) + "-" + s(r, "abcdefghijklmnopqrstuvwxyz0123456789", 32) + ".apps.googleusercontent.com",
                   lambda: s(r, HEX, 8) + "-" + s(r, HEX, 4) + "-4" + s(r, HEX, 3) + "-a" + s(r, HEX, 3) + "-" + s(r, HEX, 12),
                   lambda: s(r, ALNUM, 20)])()
    return pick(r, [
        lambda: f"OIDC_CLIENT_ID={cid}\nOIDC_CLIENT_SECRET={cs}\nOIDC_ISSUER=https://login.{org(r)}.io/realms/main",
        lambda: json.dumps({"web": {"client_id": cid, "project_id": f"{org(r)}-web", "auth_uri": "https://accounts.google.com/o/oauth2/auth",
                                    "token_uri": "https://oauth2.googleapis.com/token", "client_secret": cs,
                                    "redirect_uris": ["http://localhost:8080/callback"]}}, indent=2),
        lambda: f"spring:\n  security:\n    oauth2:\n      client:\n        registration:\n          okta:\n            client-id: {cid}\n            client-secret: {cs}\n            scope: openid,profile",
        lambda: f"AUTH0_DOMAIN={org(r)}.eu.auth0.com\nAUTH0_CLIENT_ID={s(r, ALNUM, 32)}\nAUTH0_CLIENT_SECRET={s(r, B64URL, 64)}",
        lambda: f"keycloak realm export:\n  \"clientId\": \"{pick(r, SERVICES)}-backend\",\n  \"secret\": \"{s(r, ALNUM, 32)}\",\n  \"publicClient\": false",
        lambda: f"AZURE_TENANT_ID={s(r, HEX, 8)}-{s(r, HEX, 4)}-4{s(r, HEX, 3)}-8{s(r, HEX, 3)}-{s(r, HEX, 12)}\nAZURE_CLIENT_ID={cid}\nAZURE_CLIENT_SECRET={s(r, ALNUM, 3)}8Q~{s(r, ALNUM + '~._-', 34)}",
        lambda: f"saml:\n  sp:\n    entity_id: https://app.{org(r)}.io/saml\n    private_key: |\n      " + pem_private(r, "PRIVATE KEY").replace("\n", "\n      "),
        lambda: f"NEXTAUTH_SECRET={s(r, B64URL, 43)}=\nGITHUB_ID={s(r, 'abcdef0123456789', 20)}\nGITHUB_SECRET={s(r, HEX, 40)}",
        lambda: f"oauth2-proxy --client-id={cid} --client-secret={cs} --cookie-secret={s(r, B64URL, 32)} --provider=oidc",
    ])()


# ---------------------------------------------------------------- password-manager exports
def pwexport(r):
    rows = []
    kind = r.randrange(3)
    for _ in range(r.randint(1, 4)):
        site = pick(r, ["github.com", "aws.amazon.com", "grafana." + org(r) + ".io", "jira." + org(r) + ".io", "console.cloud.google.com", "npmjs.com"])
        user = person(r) + "@" + org(r) + ".io"
        pw = any_pw(r)
        if kind == 0:
            rows.append(f"{site},https://{site}/login,{user},{pw},,")
        elif kind == 1:
            rows.append(f"\"Login\",\"{site}\",\"{user}\",\"{pw}\",\"https://{site}\",\"\",\"\"")
        else:
            rows.append(f"{pick(r, ['Work', 'Infra', 'Personal'])},,login,{site},,0,https://{site},{user},{pw},")
    head = ["name,url,username,password,note,totp", "\"type\",\"name\",\"login_username\",\"login_password\",\"login_uri\",\"notes\",\"totp\"",
            "folder,favorite,type,name,notes,reprompt,login_uri,login_username,login_password,login_totp"][kind]
    return head + "\n" + "\n".join(rows)


# ---------------------------------------------------------------- IDE run configs, notebooks
def ide(r):
    pw = any_pw(r)
    return pick(r, [
        lambda: f"<component name=\"ProjectRunConfigurationManager\">\n  <configuration name=\"{pick(r, SERVICES)} (dev)\" type=\"PythonConfigurationType\">\n    <envs>\n      <env name=\"DB_PASSWORD\" value=\"{pw}\" />\n      <env name=\"DEBUG\" value=\"1\" />\n    </envs>\n  </configuration>\n</component>",
        lambda: json.dumps({"version": "0.2.0", "configurations": [{"name": "Launch API", "type": "node", "request": "launch",
                                                                    "program": "${workspaceFolder}/src/server.ts",
                                                                    "env": {"STRIPE_SECRET_KEY": stripe_live(r), "NODE_ENV": "development"}}]}, indent=2),
        lambda: json.dumps({"cell_type": "code", "execution_count": num(r, 1, 40), "metadata": {},
                            "source": ["import os\n", f"os.environ[\"OPENAI_API_KEY\"] = \"{openai_key(r)}\"\n", "client = OpenAI()"], "outputs": []}, indent=1),
        lambda: json.dumps({"cell_type": "code", "source": [f"conn = snowflake.connector.connect(user='{person(r).upper()}', password='{pw}', account='{org(r)}-eu1')"], "outputs": []}),
        lambda: f"In [{num(r, 3, 60)}]: hf_token = \"{hf_tok(r)}\"\nIn [{num(r, 61, 90)}]: login(token=hf_token)",
        lambda: f"{{\n  \"sqltools.connections\": [\n    {{\n      \"name\": \"prod-ro\",\n      \"driver\": \"PostgreSQL\",\n      \"server\": \"{pick(r, HOSTS)}\",\n      \"username\": \"readonly\",\n      \"password\": \"{pw}\"\n    }}\n  ]\n}}",
        lambda: f"<data-source source=\"LOCAL\" name=\"ledger@prod\">\n  <user-name>ledger</user-name>\n  <password>{pw}</password>\n  <jdbc-url>jdbc:postgresql://{pick(r, HOSTS)}:5432/ledger</jdbc-url>\n</data-source>",
        lambda: f"# Databricks notebook source\ndbutils.widgets.text(\"token\", \"dapi{s(r, HEX, 32)}\")",
        lambda: f"%env WANDB_API_KEY={s(r, HEX, 40)}",
        lambda: f"!git clone https://{person(r)}:{gh_pat(r)}@github.com/{repo(r)}.git",
        lambda: f"\"rest-client.environmentVariables\": {{\n  \"staging\": {{\n    \"token\": \"{jwt(r)}\"\n  }}\n}}",
    ])()


# ---------------------------------------------------------------- chat pastes with a credential
def chat(r):
    v = pick(r, [any_pw, tok, aws_secret, human_pw])(r)
    h = pick(r, [*HOSTS, "grafana", "the staging admin", "Jenkins", "the VPN", "Metabase"])
    u = pick(r, ["admin", "ops", "deploy", person(r)])
    if r.random() < 0.62:
        lang = pick(r, list(SECRET_SAY))
        line = pick(r, SECRET_SAY[lang]).replace("{v}", v).replace("{h}", h).replace("{u}", u)
        frame = pick(r, ["{p} {hm}\n{l}", "[{hm}] {p}: {l}", "{l}", "{p}: {l}", "> {l}\n— {p}", "{p} (DM) · {hm}\n{l}\n👍 1"])
        return frame.replace("{p}", person(r).capitalize()).replace("{hm}", f"{num(r, 7, 22)}:{num(r, 10, 59)}").replace("{l}", line), lang
    return pick(r, [
        lambda: f"{person(r).capitalize()}  {num(r, 7, 22)}:{num(r, 10, 59)}\nhere's the staging login so you can repro: {u} / {v}",
        lambda: f"From: {person(r)}@{org(r)}.io\nSubject: access for the migration weekend\n\nHi,\n\nthe temporary DBA account is {u} and the password is {v}. It expires Monday.\n\nThanks",
        lambda: f"[{num(r, 7, 22)}:{num(r, 10, 59)}] {person(r)}: use this token for now {v}, I'll rotate it after the demo",
        lambda: f"{person(r)} wrote in #ops:\n> aws key for the export bucket: {aws_id(r)} secret {aws_secret(r)}",
        lambda: f"Teams · {person(r).capitalize()}\nthe vpn psk is {gen_pw(r)} (don't forward)",
    ])()


# ---------------------------------------------------------------- commit messages, PR reviews
def git(r):
    v = pick(r, [tok, lambda q: aws_secret(q), any_pw, jwt])(r)
    return pick(r, [
        lambda: f"commit {s(r, HEX, 40)}\nAuthor: {person(r)} <{person(r)}@{org(r)}.io>\n\n    hardcode token for now until vault is wired\n\ndiff --git a/config/{pick(r, ENVS)}.yml\n+  api_token: {v}",
        lambda: f"@@ -12,6 +12,7 @@ class Settings:\n     timeout = 30\n+    api_key = \"{v}\"\n     retries = 3",
        lambda: f"**Review comment** on `{pick(r, FILES)}` line {num(r)}:\n> `password = \"{any_pw(r)}\"`\n\nthis must not be committed, please move it to the secret store",
        lambda: f"-GITHUB_TOKEN=\n+GITHUB_TOKEN={gh_pat(r)}",
        lambda: f"fix ci: use deploy token {gl_pat(r)} for the mirror job",
        lambda: f"git remote set-url origin https://oauth2:{gl_pat(r)}@gitlab.{org(r)}.io/{repo(r)}.git",
        lambda: f"BFG report: removed 1 blob containing `STRIPE_KEY={stripe_live(r)}` from history (rotated already?)",
        lambda: f"PR #{num(r)} description:\n\nTo test locally, set `SENDGRID_API_KEY={sendgrid(r)}` in .env and run `make dev`.",
    ])()


# ---------------------------------------------------------------- SQL and fixtures
def sqlfix(r):
    pw = any_pw(r)
    return pick(r, [
        lambda: f"CREATE USER reporting WITH PASSWORD '{pw}';\nGRANT SELECT ON ALL TABLES IN SCHEMA public TO reporting;",
        lambda: f"ALTER USER 'app'@'%' IDENTIFIED BY '{pw}';",
        lambda: f"INSERT INTO integrations (provider, api_key, created_at) VALUES ('{pick(r, ['stripe', 'sendgrid', 'github'])}', '{tok(r)}', now());",
        lambda: f"CREATE LOGIN etl WITH PASSWORD = '{pw}', CHECK_POLICY = OFF;",
        lambda: f"UPDATE settings SET value = '{tok(r)}' WHERE key = 'slack_bot_token';",
        lambda: f"- model: accounts.apitoken\n  pk: {num(r)}\n  fields:\n    user: 1\n    key: {s(r, HEX, 40)}\n    name: prod-sync",
        lambda: f"CREATE SERVER ext FOREIGN DATA WRAPPER postgres_fdw OPTIONS (host '{pick(r, HOSTS)}', dbname 'app');\nCREATE USER MAPPING FOR app SERVER ext OPTIONS (user 'app', password '{pw}');",
        lambda: f"SELECT id, email FROM users WHERE api_token = '{s(r, ALNUM, 40)}';  -- found via support ticket, prod",
        lambda: f"// cypress/fixtures/admin.json\n{{\"email\": \"ops@{org(r)}.io\", \"password\": \"{pw}\", \"note\": \"real staging admin\"}}",
    ])()


# ---------------------------------------------------------------- messages to an agent quoting a credential
def agent_request(r):
    v = pick(r, [tok, any_pw, jwt, lambda q: aws_id(q) + " / " + aws_secret(q)])(r)
    if r.random() < 0.45:
        lang = pick(r, ["de", "fr", "es", "pt", "ru", "zh", "ja", "ko", "pl", "tr"])
        pre = {"de": "hier ist der Schlüssel: {v} — bau ihn in die .env ein und {q}",
               "fr": "voici la clé {v}, mets-la dans le .env puis {q}",
               "es": "esta es la clave {v}, ponla en el .env y luego {q}",
               "pt": "a chave é {v}, coloca no .env e depois {q}",
               "ru": "вот ключ {v}, положи его в .env и потом {q}",
               "zh": "这是密钥 {v}，放到 .env 里，然后{q}",
               "ja": "キーはこれです {v} 。.env に入れてから{q}",
               "ko": "키는 {v} 야. .env에 넣고 {q}",
               "pl": "klucz to {v}, wrzuć go do .env i potem {q}",
               "tr": "anahtar şu: {v}, .env dosyasına koy, sonra {q}"}[lang]
        q = fill(r, pick(r, REQUESTS[lang]))
        return pre.replace("{v}", v).replace("{q}", q), lang
    return pick(r, [
        lambda: f"why does `{v}` give me 403 on the staging API? it worked yesterday",
        lambda: f"use this token to push the release: {v}",
        lambda: f"the db password is {any_pw(r)}, connect to {pick(r, HOSTS)} and check why the migration is stuck",
        lambda: f"I put {v} in settings.py, can you make the tests pick it up from there",
        lambda: f"here's my .env, figure out why the app can't reach stripe:\n\nSTRIPE_SECRET_KEY={stripe_live(r)}\nSTRIPE_WEBHOOK_SECRET=wh" f"sec_{s(r, ALNUM, 32)}\nDEBUG=1",
        lambda: f"login to the admin panel with {person(r)}@{org(r)}.io / {any_pw(r)} and screenshot the settings page",
    ])()
