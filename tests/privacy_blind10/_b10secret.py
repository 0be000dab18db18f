"""blind10 secret categories: who wrote the text, and the tool it ended up in."""

from __future__ import annotations

import json
import random

from _b10rand import (
    ALNUM,
    BRANCHES,
    ENVS,
    FIRST,
    HOSTS,
    REPOS,
    SERVICES,
    USERS,
    b64,
    hexs,
    human_password,
    jwt,
    mixed,
    password,
    pem_private_key,
    pick,
    rbytes,
    s,
    uuid4,
)
from _b10vendors import GIT_HTTP, REGISTRY, by_name, prefixed, vendor

R = random.Random


def _cred(r: R) -> tuple[str, str, str]:
    """A vendor token (name, env, value) or, a third of the time, a generic password under a context name."""
    if r.random() < 0.3:
        env = pick(r, ["DB_PASSWORD", "POSTGRES_PASSWORD", "MYSQL_ROOT_PASSWORD", "REDIS_PASSWORD", "ADMIN_PASS",
                       "SMTP_PASSWORD", "RABBITMQ_DEFAULT_PASS", "LDAP_BIND_PASSWORD", "KEYSTORE_PASSWORD",
                       "JWT_SECRET", "SESSION_SECRET", "APP_SECRET", "ENCRYPTION_KEY", "SIGNING_KEY", "API_SECRET",
                       "WEBHOOK_SIGNING_SECRET", "MINIO_ROOT_PASSWORD", "GRAFANA_ADMIN_PASSWORD", "SFTP_PASS"])
        val = password(r) if "PASS" in env else mixed(r, r.choice([32, 40, 48, 64]))
        return "password", env, val
    return vendor(r)


# --- a teammate's Slack message / issue comment pasted into a note -------------------------------------------

def teammate_chat_paste(r: R) -> str:
    who = pick(r, FIRST)
    name, env, val = _cred(r)
    pw = password(r)
    host = pick(r, HOSTS)
    forms = [
        f"from @{who} in #ops: here's the {name} for {pick(r, ENVS)}, don't commit it pls → {val}",
        f"{who} (slack, 10:4{r.randint(0, 9)}): new {env} is {val} — old one revoked",
        f"[{who}] 14:0{r.randint(0, 9)} ok reset it. {pick(r, USERS)} / {pw} works on {host} now",
        f"Comment by {who} on issue #{r.randint(100, 999)}: reproduced with `{env}={val}` set, fails the same way",
        f"pasted from {who}'s DM: the staging db pw is {pw} (rotating friday)",
        f"{who} wrote in the incident channel:\n> temp creds for the vendor portal\n> user: {pick(r, USERS)}\n> pass: {pw}",
        f"@{who} can you try with this one: {val}\n(it's the {pick(r, ENVS)} {name}, scoped to read-only)",
        f"Per {who} on the PR thread — CI needs {env} set to {val} until the secret store migration lands.",
        f"from {who}: the password for the {pick(r, SERVICES)} admin panel was reset to {pw}",
        f"{who} in #{pick(r, SERVICES)}: login is {pick(r, USERS)} / {pw}, 2FA disabled for now",
        f"GitHub comment ({who}): \"I used `{val}` as the token and the upload went through\"",
        f"{who} ▸ thread reply: {name} {val}",
        f"note from {who}'s Teams msg: X-Api-Key {val} works against {pick(r, SERVICES)}.{pick(r, ENVS)}.acme.io",
    ]
    return r.choice(forms)


# --- a CI runner's log ---------------------------------------------------------------------------------------

def ci_runner_log(r: R) -> str:
    name, env, val = _cred(r)
    ts = f"2026-11-{r.randint(10, 30)}T0{r.randint(0, 9)}:{r.randint(10, 59)}:{r.randint(10, 59)}.{r.randint(1000000, 9999999)}Z"
    pw = password(r)
    repo = pick(r, REPOS)
    forms = [
        f"{ts} + export {env}={val}",
        f"{ts} ##[debug]Evaluating: secrets.{env}\n{ts} ##[debug]Result: '{val}'",
        f"[Pipeline] sh\n+ curl -sf -H 'Authorization: Bearer {val}' https://api.{pick(r, SERVICES)}.io/v1/deploy",
        f"$ gh secret set {env} --repo {repo} --body {val}\n✓ Set Actions secret {env} for {repo}",
        f"Step 4/9 : ARG {env}={val}\n ---> Running in {hexs(r, 12)}",
        f"#12 [build 3/7] RUN echo \"//registry.npmjs.org/:_authToken={by_name(r, 'npm token')}\" > ~/.npmrc",
        f"{ts} + aws configure set aws_secret_access_key {mixed(r, 40, ALNUM + '+/')}",
        f"{ts} + docker login -u {pick(r, USERS)} -p {by_name(r, *REGISTRY)} registry.gitlab.com\nWARNING! Using --password via the CLI is insecure.",
        f"$ echo {by_name(r, *REGISTRY)} | docker login ghcr.io -u {pick(r, FIRST)} --password-stdin\nLogin Succeeded",
        f"Running with gitlab-runner 17.{r.randint(0, 6)}.0\n$ psql \"postgresql://{pick(r, USERS)}:{pw}@{pick(r, HOSTS)}:5432/app\" -c 'select 1'",
        f"[{ts}] circleci: + heroku config:set {env}={val} -a {pick(r, SERVICES)}",
        f"{ts} + kubectl create secret generic app-env --from-literal={env.lower()}={val} --dry-run=client -o yaml",
        f"{ts} + mysql -h {pick(r, HOSTS)} -u{pick(r, USERS)} -p{pw} -e 'show databases'",
        f"buildkite> + vercel env add {env} production <<< {val}",
        f"{ts} + fly secrets set {env}={val} --app {pick(r, SERVICES)}",
        f"Jenkins console: [{pick(r, SERVICES)}] $ sshpass -p {pw} scp dist.tgz {pick(r, USERS)}@{pick(r, HOSTS)}:/srv",
        f"{ts} + redis-cli -h {pick(r, HOSTS)} -a {pw} ping\nWarning: Using a password with '-a' or '-u' option on the command line interface may not be safe.\nPONG",
        f"{ts} + curl -s -u {pick(r, USERS)}:{pw} https://nexus.{pick(r, ENVS)}.lan/service/rest/v1/status",
    ]
    return r.choice(forms)


# --- config management files ----------------------------------------------------------------------------------

def ansible_vars(r: R) -> str:
    name, env, val = _cred(r)
    pw = password(r)
    forms = [
        f"# group_vars/{pick(r, ENVS)}/main.yml\npostgresql_users:\n  - name: {pick(r, USERS)}\n    password: \"{pw}\"\n    db: app",
        f"---\n{env.lower()}: {val}\n{pick(r, SERVICES).replace('-', '_')}_port: {r.randint(3000, 9000)}",
        f"- name: create app user\n  community.mysql.mysql_user:\n    name: {pick(r, USERS)}\n    password: {pw}\n    priv: '*.*:ALL'",
        f"ansible_become_pass: {pw}",
        f"vault_{env.lower()}: \"{val}\"   # TODO encrypt with ansible-vault",
        f"host_vars/{pick(r, HOSTS)}.yml:\nansible_user: {pick(r, USERS)}\nansible_ssh_pass: {pw}",
        f"  environment:\n    {env}: \"{val}\"\n  ansible.builtin.command: /opt/app/bin/migrate",
        f"ansible-playbook site.yml -e \"{env.lower()}={val}\" --limit {pick(r, ENVS)}",
    ]
    return r.choice(forms)


def helm_values(r: R) -> str:
    name, env, val = _cred(r)
    pw = password(r)
    svc = pick(r, SERVICES)
    forms = [
        f"# values-{pick(r, ENVS)}.yaml\n{svc.replace('-', '')}:\n  env:\n    {env}: {val}",
        f"postgresql:\n  auth:\n    username: {pick(r, USERS)}\n    password: {pw}\n    database: {svc.replace('-', '_')}",
        f"redis:\n  auth:\n    enabled: true\n    password: \"{pw}\"",
        f"helm upgrade --install {svc} ./chart --set secrets.{env.lower()}={val} -n {pick(r, ENVS)}",
        f"extraEnv:\n  - name: {env}\n    value: \"{val}\"",
        f"grafana:\n  adminUser: admin\n  adminPassword: {pw}",
        f"helm install {svc} bitnami/rabbitmq --set auth.password={pw} --set auth.erlangCookie={mixed(r, 32)}",
        f"imageCredentials:\n  registry: ghcr.io\n  username: {pick(r, FIRST)}\n  password: {by_name(r, *REGISTRY)}",
    ]
    return r.choice(forms)


def systemd_unit(r: R) -> str:
    name, env, val = _cred(r)
    svc = pick(r, SERVICES)
    forms = [
        f"[Service]\nUser={svc}\nEnvironment={env}={val}\nExecStart=/usr/local/bin/{svc} --port 8080",
        f"[Service]\nEnvironment=\"{env}={val}\" \"LOG_LEVEL=info\"\nRestart=on-failure",
        f"# /etc/systemd/system/{svc}.service.d/override.conf\n[Service]\nEnvironment={env}={val}",
        f"ExecStart=/opt/{svc}/bin/server --db-password {password(r)} --listen :9{r.randint(100, 999)}",
        f"systemctl set-environment {env}={val}",
        f"[Service]\nExecStartPre=/usr/bin/docker login -u deploy -p {by_name(r, *REGISTRY)} registry.acme.io\nExecStart=/usr/bin/docker run --rm {svc}:latest",
    ]
    return r.choice(forms)


def docker_compose(r: R) -> str:
    name, env, val = _cred(r)
    pw = password(r)
    svc = pick(r, SERVICES)
    forms = [
        f"services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_USER: {pick(r, USERS)}\n      POSTGRES_PASSWORD: {pw}",
        f"  {svc}:\n    image: ghcr.io/acme/{svc}:1.{r.randint(0, 30)}\n    environment:\n      - {env}={val}",
        f"    environment:\n      MYSQL_ROOT_PASSWORD: \"{pw}\"\n      MYSQL_DATABASE: app",
        f"  cache:\n    image: redis:7\n    command: redis-server --requirepass {pw}",
        f"docker run -d -e {env}={val} -p 8080:8080 acme/{svc}",
        f"docker compose run --rm -e {env}={val} {svc} pytest -q",
        f"  minio:\n    environment:\n      MINIO_ROOT_USER: admin\n      MINIO_ROOT_PASSWORD: {pw}",
        f"    healthcheck:\n      test: [\"CMD\", \"mysqladmin\", \"ping\", \"-uroot\", \"-p{pw}\"]",
    ]
    return r.choice(forms)


def k8s_manifest(r: R) -> str:
    name, env, val = _cred(r)
    svc = pick(r, SERVICES)
    forms = [
        f"apiVersion: v1\nkind: Secret\nmetadata:\n  name: {svc}-env\ntype: Opaque\nstringData:\n  {env}: {val}",
        f"apiVersion: v1\nkind: Secret\nmetadata:\n  name: {svc}\ndata:\n  {env.lower()}: {b64(val.encode())}",
        f"        env:\n        - name: {env}\n          value: \"{val}\"",
        f"kubectl create secret generic {svc} --from-literal={env}={val} -n {pick(r, ENVS)}",
        f"kubectl create secret docker-registry regcred --docker-server=ghcr.io --docker-username={pick(r, FIRST)} --docker-password={by_name(r, *REGISTRY)}",
        f"apiVersion: v1\nkind: Secret\ntype: kubernetes.io/dockerconfigjson\ndata:\n  .dockerconfigjson: {b64(json.dumps({'auths': {'ghcr.io': {'auth': b64((pick(r, FIRST) + ':' + by_name(r, *REGISTRY)).encode())}}}).encode())}",
        f"kubectl set env deployment/{svc} {env}={val}",
        f"args: [\"--api-key\", \"{val}\", \"--region\", \"eu-west-1\"]",
    ]
    return r.choice(forms)


def dotenv_file(r: R) -> str:
    if r.random() < 0.45:
        _, env, val = _cred(r)
        q = r.choice(["", '"'])
        return f"{r.choice(['', 'export ', '.env: ', '.env.local:12: '])}{env}={q}{val}{q}"
    lines = []
    n = r.choice([1, 1, 1, 2, 3, 4])
    for _ in range(n):
        _, env, val = _cred(r)
        q = r.choice(["", "'", '"'])
        lines.append(f"{r.choice(['', 'export '])}{env}={q}{val}{q}")
    fillers = ["NODE_ENV=production", "PORT=3000", "LOG_LEVEL=debug", f"APP_URL=https://{pick(r, SERVICES)}.acme.io",
               "TZ=UTC", "FEATURE_NEW_CHECKOUT=true", "WORKERS=4"]
    for _ in range(r.randint(0, 3) if r.random() < 0.5 else 0):
        lines.insert(r.randrange(len(lines) + 1), r.choice(fillers))
    head = r.choice(["", "", "", f"# .env.{pick(r, ENVS)}\n", "$ cat apps/api/.env.local\n"])
    return head + "\n".join(lines)


def terraform_tfvars(r: R) -> str:
    name, env, val = _cred(r)
    pw = password(r)
    forms = [
        f"# terraform.tfvars\ndb_username = \"{pick(r, USERS)}\"\ndb_password = \"{pw}\"\nregion      = \"eu-central-1\"",
        f"{env.lower()} = \"{val}\"",
        f"terraform apply -var=\"{env.lower()}={val}\" -auto-approve",
        f"export TF_VAR_{env.lower()}={val}",
        f"variable \"admin_password\" {{\n  type    = string\n  default = \"{pw}\"\n}}",
        f"provider \"datadog\" {{\n  api_key = \"{hexs(r, 32)}\"\n  app_key = \"{hexs(r, 40)}\"\n}}",
        f"resource \"azurerm_linux_virtual_machine\" \"vm\" {{\n  admin_username = \"azureuser\"\n  admin_password = \"{pw}\"\n}}",
        f"cloudflare_api_token = \"{mixed(r, 40)}\"\nzone_id = \"{hexs(r, 32)}\"",
    ]
    return r.choice(forms)


def web_server_config(r: R) -> str:
    user = pick(r, USERS)
    pw = password(r)
    basic = b64(f"{user}:{pw}".encode())
    _, env, val = vendor(r)
    forms = [
        f"location /api/ {{\n    proxy_pass http://upstream_api;\n    proxy_set_header Authorization \"Basic {basic}\";\n}}",
        f"proxy_set_header X-Api-Key {val};",
        f"    proxy_set_header Authorization \"Bearer {val}\";",
        f"RequestHeader set Authorization \"Basic {basic}\"",
        f"SetEnv {env} {val}",
        f"<Location /admin>\n  RequestHeader set X-Auth-Token \"{val}\"\n  ProxyPass http://127.0.0.1:8080/admin\n</Location>",
        f"htpasswd -b /etc/nginx/.htpasswd {user} {pw}",
        f"fastcgi_param DB_PASSWORD {pw};",
        f"env {env}={val};",
        f"upstream auth: proxy_set_header Cookie \"session={mixed(r, 48)}\";",
    ]
    return r.choice(forms)


def framework_settings(r: R) -> str:
    pw = password(r)
    key = mixed(r, 50, ALNUM + "!@#%^&*(-_=+)")
    forms = [
        f"define('DB_PASSWORD', '{pw}');",
        f"define( 'AUTH_KEY', '{mixed(r, 64, ALNUM + '!@#%^*-_=+[]{{}}|;:,.<>?')}' );",
        f"SECRET_KEY = '{key}'",
        f"DATABASES = {{'default': {{'ENGINE': 'django.db.backends.postgresql', 'NAME': 'app', 'USER': '{pick(r, USERS)}', 'PASSWORD': '{pw}', 'HOST': '{pick(r, HOSTS)}'}}}}",
        f"production:\n  secret_key_base: {hexs(r, 128)}",
        f"config.secret_key_base = \"{hexs(r, 128)}\"",
        f"production:\n  adapter: postgresql\n  username: {pick(r, USERS)}\n  password: {pw}\n  host: {pick(r, HOSTS)}",
        f"$db['default']['password'] = '{pw}';",
        f"'password' => env('DB_PASSWORD', '{pw}'),",
        f"APP_KEY=base64:{b64(rbytes(r, 32))}",
        f"spring.datasource.password={pw}",
        f"spring:\n  datasource:\n    url: jdbc:postgresql://{pick(r, HOSTS)}:5432/app\n    username: {pick(r, USERS)}\n    password: {pw}",
        f"EMAIL_HOST_PASSWORD = \"{pw}\"",
        f"app.config['SECRET_KEY'] = '{mixed(r, 32)}'",
        f"keytool -genkeypair -alias app -keystore app.jks -storepass {pw} -keypass {pw}",
        f"openssl pkcs12 -export -in cert.pem -inkey key.pem -out bundle.p12 -passout pass:{pw}",
        f"requirepass {pw}",
        f"masterauth {pw}",
    ]
    return r.choice(forms)


# --- a shell history line --------------------------------------------------------------------------------------

def shell_history(r: R) -> str:
    name, env, val = _cred(r)
    pw = password(r)
    n = r.randint(100, 2400)
    host = pick(r, HOSTS)
    user = pick(r, USERS)
    cmds = [
        f"gh secret set {env} --body {val}",
        f"gh secret set {env} -b {val} --env {pick(r, ENVS)}",
        f"aws configure set aws_secret_access_key {mixed(r, 40, ALNUM + '+/')} --profile {pick(r, ENVS)}",
        f"heroku config:set {env}={val} -a {pick(r, SERVICES)}",
        f"fly secrets set {env}={val}",
        f"railway variables --set {env}={val}",
        f"doppler secrets set {env} {val}",
        f"vault kv put secret/{pick(r, SERVICES)} password={pw}",
        f"docker login -u {user} -p {by_name(r, *REGISTRY)}",
        f"echo '{by_name(r, *REGISTRY)}' | docker login --username {user} --password-stdin",
        f"echo {pw} | sudo -S systemctl restart nginx",
        f"htpasswd -b -c /etc/apache2/.htpasswd {user} {pw}",
        f"mysql -u {user} -p{pw} -h {host}",
        f"mysqldump -u{user} --password={pw} app > dump.sql",
        f"sqlcmd -S {host} -U sa -P '{pw}' -Q 'SELECT 1'",
        f"mongosh \"mongodb://{user}:{pw}@{host}:27017/admin\"",
        f"PGPASSWORD={pw} psql -h {host} -U {user} app",
        f"redis-cli -a {pw} --no-auth-warning info",
        f"sshpass -p '{pw}' ssh {user}@{host}",
        f"curl -u {user}:{pw} https://jenkins.acme.lan/api/json",
        f"curl -H \"X-API-Key: {val}\" https://api.{pick(r, SERVICES)}.io/v2/items",
        f"export {env}={val}",
        f"ngrok config add-authtoken {mixed(r, 27)}_{mixed(r, 21)}",
        f"npm config set //registry.npmjs.org/:_authToken {by_name(r, 'npm token')}",
        f"twine upload -u __token__ -p {by_name(r, 'PyPI token')} dist/*",
        f"git clone https://{user}:{by_name(r, *GIT_HTTP)}@github.com/{pick(r, REPOS)}.git",
        f"git remote set-url origin https://oauth2:{by_name(r, 'GitLab PAT', 'GitLab deploy token')}@gitlab.com/{pick(r, REPOS)}.git",
        f"kubectl create secret generic db --from-literal=password={pw}",
        f"az login --service-principal -u {uuid4(r)} -p {s(r, 3)}8Q~{mixed(r, 34)} --tenant {uuid4(r)}",
        f"vercel env add {env} preview {val}",
        f"openssl enc -aes-256-cbc -in backup.tar -out backup.enc -pass pass:{pw}",
        f"zip -P {pw} export.zip report.csv",
        f"rabbitmqctl change_password {user} {pw}",
        f"mc alias set prod https://minio.acme.lan admin {pw}",
        f"wp user update 1 --user_pass={pw}",
        f"set -x {env} {val}",
        f"$env:{env}=\"{val}\"",
        f"setx {env} {val}",
        f"curl https://api.{pick(r, SERVICES)}.io/v1/export?api_key={val}&format=csv",
        f"{prefixed(r)[2]}   # oops, pasted into the shell",
    ]
    c = r.choice(cmds)
    form = r.choice(["zsh", "bash", "fish", "plain", "ps"])
    if form == "zsh":
        return f": 17{r.randint(10000000, 99999999)}:0;{c}"
    if form == "bash":
        return f" {n}  {c}"
    if form == "fish":
        return f"- cmd: {c}\n  when: 17{r.randint(10000000, 99999999)}"
    if form == "ps":
        return f"PS C:\\Users\\{pick(r, FIRST)}> {c}"
    return f"~/.bash_history:{n}: {c}"


# --- an IDE's run configuration -----------------------------------------------------------------------------------

def ide_run_config(r: R) -> str:
    name, env, val = _cred(r)
    svc = pick(r, SERVICES)
    forms = [
        f"<configuration name=\"{svc}\" type=\"PythonConfigurationType\">\n  <envs>\n    <env name=\"{env}\" value=\"{val}\" />\n  </envs>\n</configuration>",
        f"\"env\": {{\"{env}\": \"{val}\", \"DEBUG\": \"1\"}}",
        f"{{\n  \"name\": \"Debug {svc}\",\n  \"type\": \"node\",\n  \"request\": \"launch\",\n  \"env\": {{\n    \"{env}\": \"{val}\"\n  }}\n}}",
        f".idea/workspace.xml: <option name=\"ENV\" value=\"{env}={val};LOG_LEVEL=debug\" />",
        f"<env name=\"{env}\" value=\"{val}\" />",
        f"launchSettings.json → \"environmentVariables\": {{ \"{env}\": \"{val}\" }}",
        f"Run/Debug Configuration '{svc}': Program arguments: --token {val} --verbose",
        f"\"args\": [\"--db-password\", \"{password(r)}\", \"--migrate\"]",
        f"# .vscode/settings.json\n\"rest-client.environmentVariables\": {{\"{pick(r, ENVS)}\": {{\"token\": \"{val}\"}}}}",
        f"[run.{svc}]\nenv = {{ {env} = \"{val}\" }}",
    ]
    return r.choice(forms)


# --- a browser devtools "copy as cURL" --------------------------------------------------------------------------

def devtools_curl(r: R) -> str:
    svc = pick(r, SERVICES)
    sess = mixed(r, r.choice([32, 40, 48]), ALNUM)
    tok = jwt(r)
    name, env, val = prefixed(r)
    cookie = r.choice([f"sessionid={sess}", f"_session_id={hexs(r, 32)}", f"connect.sid=s%3A{mixed(r, 32)}.{mixed(r, 43)}",
                       f"laravel_session={b64(rbytes(r, 60))}", f"JSESSIONID={hexs(r, 32).upper()}",
                       f"__Secure-next-auth.session-token={tok}", f"auth_token={tok}", f"PHPSESSID={s(r, 26, 'abcdefghijklmnopqrstuv0123456789')}"])
    url = f"https://{svc}.acme.io/api/v{r.randint(1, 3)}/{r.choice(['orders', 'me', 'invoices?page=2', 'graphql', 'session'])}"
    forms = [
        f"curl '{url}' \\\n  -H 'accept: application/json' \\\n  -H 'authorization: Bearer {tok}' \\\n  --compressed",
        f"curl '{url}' -H 'cookie: {cookie}' -H 'user-agent: Mozilla/5.0'",
        f"curl '{url}' \\\n  -b '{cookie}' \\\n  -H 'x-requested-with: XMLHttpRequest'",
        f"curl \"{url}\" -H \"X-Api-Key: {val}\" -H \"Accept: */*\"",
        f"curl '{url}' -H 'x-csrf-token: {mixed(r, 40)}' -H 'Cookie: {cookie}; theme=dark'",
        f"fetch(\"{url}\", {{\"headers\": {{\"authorization\": \"Bearer {tok}\"}}, \"method\": \"GET\"}});",
        f"Request headers (copied from Network tab):\n:authority: {svc}.acme.io\nauthorization: Token {val}\naccept-language: en-GB",
        f"curl '{url}' -X POST --data-raw '{{\"refresh_token\":\"{mixed(r, 64, ALNUM + '-_')}\"}}'",
        f"Invoke-WebRequest -Uri \"{url}\" -Headers @{{\"Authorization\"=\"Bearer {tok}\"}}",
        f"session cookie from devtools for repro: {cookie}",
    ]
    return r.choice(forms)


# --- a password manager export row ------------------------------------------------------------------------------

def password_manager_export(r: R) -> str:
    site = r.choice(["github.com", "console.aws.amazon.com", "grafana.acme.lan", "jira.acme.io", "vpn.acme.io",
                     "app.datadoghq.eu", "portal.azure.com", "id.atlassian.com", "mail.acme.io", "pgadmin.staging.lan"])
    user = r.choice([f"{pick(r, FIRST)}@acme.io", pick(r, USERS), f"{pick(r, FIRST)}.ops"])
    pw = r.choice([password(r), human_password(r)])
    title = site.split(".")[0].title()
    forms = [
        f"folder,favorite,type,name,notes,fields,reprompt,login_uri,login_username,login_password,login_totp\n,,login,{title},,,0,https://{site},{user},{pw},",
        f",,login,{title} {pick(r, ENVS)},,,0,https://{site},{user},{pw},",
        f"url,username,password,extra,name,grouping,fav\nhttps://{site},{user},{pw},,{title},Infra,0",
        f"\"Title\",\"Url\",\"Username\",\"Password\",\"OTPAuth\"\n\"{title}\",\"https://{site}\",\"{user}\",\"{pw}\",\"\"",
        f"\"{title}\",\"{user}\",\"{pw}\",\"https://{site}\",\"\"",
        f"name,url,username,password,note\n{title},https://{site},{user},{pw},shared vault",
        f"<Entry><String><Key>Title</Key><Value>{title}</Value></String><String><Key>Password</Key><Value ProtectInMemory=\"True\">{pw}</Value></String></Entry>",
        f"{{\"name\": \"{title}\", \"login\": {{\"username\": \"{user}\", \"password\": \"{pw}\", \"uris\": [{{\"uri\": \"https://{site}\"}}]}}}}",
        f"{title} | {user} | {pw} | https://{site}",
    ]
    return r.choice(forms)


# --- an agent's JSON session log that captured a credential ----------------------------------------------------

def agent_session_log_secret(r: R) -> str:
    name, env, val = _cred(r) if r.random() < 0.5 else vendor(r)
    tid = "toolu_" + mixed(r, 24)
    forms = [
        json.dumps({"type": "tool_result", "tool_use_id": tid, "content": f"{env}={val}\nPATH=/usr/bin:/bin\nHOME=/home/{pick(r, USERS)}"}),
        json.dumps({"ts": "2026-11-28T10:1%d:00Z" % r.randint(0, 9), "event": "bash", "cmd": "printenv " + env, "stdout": val}),
        json.dumps({"type": "tool_use", "name": "Bash", "input": {"command": f"curl -H 'Authorization: Bearer {prefixed(r)[2]}' https://api.{pick(r, SERVICES)}.io/health"}}),
        json.dumps({"step": r.randint(3, 40), "action": "write_file", "path": ".env", "content": f"{env}={val}\n"}),
        json.dumps({"tool": "read_file", "path": f"config/{pick(r, ENVS)}.yml", "output": f"password: {password(r)}\nhost: {pick(r, HOSTS)}"}),
        json.dumps({"kind": "exec", "argv": ["gh", "secret", "set", env, "--body", val], "exit": 0}),
        json.dumps({"role": "tool", "name": "shell", "content": f"$ cat ~/.netrc\nmachine api.heroku.com login {pick(r, FIRST)}@acme.io password {mixed(r, 36)}"}),
    ]
    return r.choice(forms)


# --- chat exports that carried a credential ----------------------------------------------------------------------

def chat_export_secret(r: R) -> str:
    who, other = r.sample(FIRST, 2)
    name, env, val = _cred(r)
    pw = password(r)
    d = f"{r.randint(1, 28)}/{r.randint(1, 12)}/26"
    forms = [
        f"[{d}, 09:{r.randint(10, 59)}:{r.randint(10, 59)}] {who.title()}: wifi in the server room is {pw}",
        f"{d}, 18:{r.randint(10, 59)} - {who.title()}: the {name} is {val}",
        json.dumps({"type": "message", "user": "U0" + s(r, 8, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"), "text": f"here you go: {val}", "ts": f"17{r.randint(10**7, 10**8 - 1)}.00{r.randint(1000, 9999)}"}),
        f"{who} — Today at 3:{r.randint(10, 59)} PM\nroot pw for the bastion: {pw}",
        json.dumps({"id": r.randint(1000, 99999), "type": "message", "date": "2026-11-2%dT11:02:11" % r.randint(0, 9), "from": who.title(), "text": f"{env}={val}"}, ensure_ascii=False),
        f"<{who}> {other}: use {val} for now, I'll rotate after the demo",
        f"{who.title()} [10:{r.randint(10, 59)} AM]: db creds → {pick(r, USERS)}:{pw}@{pick(r, HOSTS)}",
    ]
    return r.choice(forms)


# --- a notebook cell ------------------------------------------------------------------------------------------------

def notebook_cell(r: R) -> str:
    name, env, val = vendor(r, r.choice(["ai", "ai", "db", "cloud", "saas"]))
    pw = password(r)
    forms = [
        f"import os\nos.environ[\"{env}\"] = \"{val}\"",
        f"%env {env}={val}",
        f"client = OpenAI(api_key=\"{val}\")",
        f"In [{r.randint(1, 60)}]: openai.api_key = '{val}'",
        f"engine = create_engine(\"postgresql+psycopg2://{pick(r, USERS)}:{pw}@{pick(r, HOSTS)}/warehouse\")",
        json.dumps({"cell_type": "code", "execution_count": r.randint(1, 90), "source": [f"API_KEY = \"{val}\"\n", "resp = requests.get(URL, headers={'x-api-key': API_KEY})"]}),
        f"!huggingface-cli login --token {'hf_' + mixed(r, 34, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ')}",
        f"wandb.login(key=\"{hexs(r, 40)}\")",
        f"conn = snowflake.connector.connect(user='{pick(r, USERS)}', password='{pw}', account='acme-{s(r, 7, 'abcdefghijklmnopqrstuvwxyz')}')",
        f"from getpass import getpass\n# token = getpass()\ntoken = \"{val}\"",
    ]
    return r.choice(forms)


# --- credential files pasted whole -----------------------------------------------------------------------------

def credential_file_line(r: R) -> str:
    user = pick(r, USERS)
    pw = password(r)
    host = pick(r, HOSTS)
    forms = [
        f"{host}:5432:*:{user}:{pw}",
        f"~/.pgpass: {host}:5432:app:{user}:{pw}",
        f"machine {host} login {user} password {pw}",
        f"https://{user}:{by_name(r, *GIT_HTTP)}@github.com",
        f"{{\"auths\": {{\"registry.acme.io\": {{\"auth\": \"{b64((user + ':' + pw).encode())}\"}}}}}}",
        f"[default]\naws_access_key_id = AKIA{s(r, 16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')}\naws_secret_access_key = {mixed(r, 40, ALNUM + '+/')}",
        f"[pypi]\nusername = __token__\npassword = pypi-AgEIcHlwaS5vcmc{mixed(r, 120, ALNUM + '-_')}",
        f"//npm.pkg.github.com/:_authToken={by_name(r, 'GitHub classic PAT', 'GitHub fine-grained PAT')}",
        f"[client]\nuser={user}\npassword={pw}",
        f"{user}:{pw}",
        pem_private_key(r, r.choice(["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY"]), r.randint(3, 7)),
        f"{{\"type\": \"service_account\", \"project_id\": \"acme-{pick(r, ENVS)}\", \"private_key_id\": \"{hexs(r, 40)}\", \"private_key\": \"-----BEGIN PRIVATE KEY-----\\n{b64(rbytes(r, 96))}\\n-----END PRIVATE KEY-----\\n\"}}",
    ]
    return r.choice(forms)


# --- name and value in prose, vendor tokens glued or at boundaries --------------------------------------------

def vendor_token_prose(r: R) -> str:
    name, env, val = vendor(r)
    pw = password(r)
    svc = pick(r, SERVICES)
    forms = [
        f"X-Api-Key {val}",
        f"{name} {val}",
        f"{name.split()[0]} key {val} (prod)",
        f"the {name} for {svc} is now {val}",
        f"{svc}/.env contents: {env}={val}",
        f"the password for the {pick(r, ENVS)} db is {pw}",
        f"admin password was reset to {pw} by the vendor",
        f"login is {pick(r, USERS)} / {pw}",
        f"used {name.lower()} {val} to re-run the sync, worked",
        f"rotated {env}; new value {val}",
        f"{pick(r, ENVS)} creds: {pick(r, USERS)} {pw}",
        f"Bearer token for the smoke test: {val}",
        f"passphrase for the signing key is {human_password(r)}",
        f"keystore password: {pw}",
    ]
    return r.choice(forms)


def boundary_glued(r: R) -> str:
    name, env, val = prefixed(r)
    pw = password(r)
    forms = [
        f"handoff run -- ./deploy.sh -{val}",
        f"artifact build.{val} uploaded",
        f"header was x-{val}",
        f"token ({val}) expired at noon",
        f"set {env}={val}; then re-ran the job",
        f"[{val}]",
        f"{{token:{val}}}",
        f"value|{val}|prod",
        f"<{val}>",
        f"key={val}&region=eu",
        f"it was {val}.",
        f"{env}:{val},{env}_OLD:revoked",
        f"PASSWORD=/{pw}",
        f"db password: ~{pw}",
        f"cmd && {env}={val} make release",
        f"echo \"{val}\">>.env",
    ]
    return r.choice(forms)


def handoff_config_fact(r: R) -> str:
    name, env, val = _cred(r)
    key = r.choice([f"{pick(r, SERVICES).replace('-', '_')}.db.password", "db.password", "stripe_api_key", "smtp.pass",
                    env.lower(), env.lower().replace("_", "."), "registry.token", "deploy.key", "webhook.secret",
                    "ldap.bind_password", "keystore.storepass"])
    special = {"stripe_api_key": lambda: by_name(r, "Stripe secret key", "Stripe restricted key"),
               "registry.token": lambda: by_name(r, *REGISTRY), "webhook.secret": lambda: by_name(r, "Stripe webhook secret"),
               "deploy.key": lambda: mixed(r, 40)}
    v = password(r) if "pass" in key else special[key]() if key in special else val
    forms = [
        f"handoff config set {key} {v}",
        f"handoff config set {key} {v} --source .env",
        f"config: {key} = {v}",
        f"handoff config set {key} '{v}' --source {pick(r, ['.env', 'values.yaml', 'terraform.tfvars', '1password export'])}",
        f"{key}: {v} (source: {pick(r, ['helm values', '.env.production', 'ansible group_vars'])})",
    ]
    return r.choice(forms)


# --- passwords in prose, other languages -----------------------------------------------------------------------

INTL_PW = [
    "Das Passwort für die Staging-Datenbank ist {pw}",
    "Neues Root-Passwort auf {host}: {pw} (bitte nicht weitergeben)",
    "Le mot de passe de l'admin Grafana est {pw}",
    "mot de passe du compte {user} réinitialisé : {pw}",
    "La contraseña de la base de datos de producción es {pw}",
    "contraseña nueva para {user}: {pw}",
    "A senha do banco de staging agora é {pw}",
    "senha do usuário {user} no {host}: {pw}",
    "La password del server {host} è {pw}",
    "Пароль от базы на {host}: {pw}",
    "новый пароль для {user} — {pw}",
    "测试环境数据库密码是 {pw}",
    "{host} 的 root 密码：{pw}",
    "ステージングDBのパスワードは {pw} です",
    "{user} のパスワードを {pw} に変更しました",
    "스테이징 DB 비밀번호는 {pw} 입니다",
    "{user} 계정 암호: {pw}",
    "Veritabanı şifresi {pw}",
    "{host} sunucusunun parolası: {pw}",
    "स्टेजिंग डेटाबेस का पासवर्ड {pw} है",
    "كلمة المرور لقاعدة البيانات هي {pw}",
    "Mật khẩu cơ sở dữ liệu staging là {pw}",
    "Hasło do bazy na {host} to {pw}",
    "Het wachtwoord van de {user} account is {pw}",
    "Lösenordet till databasen är {pw}",
    "Salasana palvelimelle {host}: {pw}",
    "Heslo k databázi je {pw}",
    "Το συνθηματικό της βάσης είναι {pw}",
    "Kata sandi database staging adalah {pw}",
    "Zugangsdaten: Benutzer {user}, Kennwort {pw}",
    "identifiants : {user} / {pw}",
    "credenciales del panel: {user} / {pw}",
    "API-Schlüssel für {svc}: {tok}",
    "clé API de {svc} : {tok}",
    "clave de API de {svc}: {tok}",
    "{svc} 的 API 密钥是 {tok}",
    "{svc} の API キー: {tok}",
    "{svc} API 키: {tok}",
    "токен {svc}: {tok}",
    "token de acesso do {svc}: {tok}",
]


def password_prose_intl(r: R) -> str:
    t = r.choice(INTL_PW)
    return t.format(pw=r.choice([password(r), human_password(r)]), host=pick(r, HOSTS), user=pick(r, USERS),
                    svc=pick(r, SERVICES), tok=vendor(r)[2])


CATEGORIES = {
    "teammate_chat_paste": (teammate_chat_paste, 60),
    "ci_runner_log": (ci_runner_log, 65),
    "ansible_vars": (ansible_vars, 40),
    "helm_values": (helm_values, 40),
    "systemd_unit": (systemd_unit, 30),
    "docker_compose": (docker_compose, 40),
    "k8s_manifest": (k8s_manifest, 45),
    "dotenv_file": (dotenv_file, 50),
    "terraform_tfvars": (terraform_tfvars, 35),
    "web_server_config": (web_server_config, 35),
    "framework_settings": (framework_settings, 50),
    "shell_history": (shell_history, 80),
    "ide_run_config": (ide_run_config, 35),
    "devtools_copy_as_curl": (devtools_curl, 50),
    "password_manager_export": (password_manager_export, 40),
    "agent_session_log_secret": (agent_session_log_secret, 40),
    "chat_export_secret": (chat_export_secret, 35),
    "notebook_cell_secret": (notebook_cell, 40),
    "credential_file_line": (credential_file_line, 40),
    "vendor_token_prose": (vendor_token_prose, 55),
    "boundary_glued": (boundary_glued, 40),
    "password_prose_intl": (password_prose_intl, 75),
    "handoff_config_fact": (handoff_config_fact, 30),
}
_ = BRANCHES
