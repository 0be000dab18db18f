"""Secret categories of blind11: credentials in whole artefacts and fragments of them."""
import base64
import json

import _b11vendors as V
from _b11rand import (
    ALNUM,
    DIG,
    DOMAINS,
    ENVS,
    FILES,
    HEX,
    HOSTS,
    LOW,
    PEOPLE,
    REPOS,
    SERVICES,
    URLSAFE,
    USERS,
    WORDS,
    hexs,
    log_prefix,
    md_table,
    password,
    tok,
    ts,
    uuid4,
)

_BY_VAR = {v[1]: v for v in V.ALL}


def _camel(var):
    parts = var.lower().split("_")
    return parts[0] + "".join(p.capitalize() for p in parts[1:])


def _host(r):
    return f"{r.choice(HOSTS)}.{r.choice(DOMAINS)}"


def _svc(r):
    return r.choice(SERVICES)


def _url_pw(pw):
    return pw.replace("%", "%25").replace("@", "%40").replace(":", "%3A").replace("/", "%2F").replace("#", "%23").replace("?", "%3F")


# ---------------------------------------------------------------- password managers
def pwmgr_export(r):
    site = f"{r.choice(['vpn', 'grafana', 'jenkins', 'admin', 'db', 'router', 'nas', 'portal'])}.{r.choice(DOMAINS)}"
    user = r.choice(USERS) + r.choice(["", "@" + r.choice(DOMAINS), ".admin", "_svc"])
    pw = password(r)
    title = r.choice(["Grafana prod", "Jenkins admin", "Office VPN", "Staging DB", "NAS", "Router", "Vendor portal",
                      "AWS root (break-glass)", "PagerDuty", "Build server"])
    k = r.randrange(9)
    if k == 0:  # Bitwarden CSV
        return ("folder,favorite,type,name,notes,fields,reprompt,login_uri,login_username,login_password,login_totp\n"
                f"{r.choice(['Infra', 'Work', 'Shared-Ops', ''])},,login,{title},,,0,https://{site},{user},{pw},")
    if k == 1:  # LastPass CSV
        return f"url,username,password,totp,extra,name,grouping,fav\nhttps://{site}/login,{user},{pw},,,{title},{r.choice(['Ops', 'Email', 'Servers'])},0"
    if k == 2:  # 1Password CSV
        return f"Title,Url,Username,Password,OTPAuth,Favorite,Archived,Tags,Notes\n\"{title}\",\"https://{site}\",\"{user}\",\"{pw}\",,false,false,\"infra\",\"\""
    if k == 3:  # KeePassXC CSV
        return f'"Group","Title","Username","Password","URL","Notes","TOTP","Icon","Last Modified","Created"\n"Root/{r.choice(["Servers", "Databases", "Network"])}","{title}","{user}","{pw}","https://{site}","","","0","{ts(r, 0)}","{ts(r, 0)}"'
    if k == 4:  # Chrome
        return f"name,url,username,password,note\n{site},https://{site}/,{user},{pw},"
    if k == 5:  # Bitwarden JSON
        item = {"id": uuid4(r), "organizationId": None, "folderId": uuid4(r), "type": 1, "reprompt": 0, "name": title,
                "notes": None, "favorite": False,
                "login": {"uris": [{"match": None, "uri": f"https://{site}"}], "username": user, "password": pw, "totp": None}}
        return json.dumps(item, indent=r.choice([None, 2]))
    if k == 6:  # Dashlane
        return f"username,username2,username3,title,password,note,url,category,otpSecret\n{user},,,{title},{pw},,https://{site},{r.choice(['Business', 'IT'])},"
    if k == 7:  # Proton Pass / NordPass like
        return f"name,url,email,username,password,note,totp,vault\n{title},https://{site},{user}@{r.choice(DOMAINS)},{user},{pw},,,Personal"
    return json.dumps({"items": [{"title": title, "category": "LOGIN", "fields": [
        {"id": "username", "value": user}, {"id": "password", "type": "CONCEALED", "value": pw}],
        "urls": [{"href": f"https://{site}"}]}]})


# ---------------------------------------------------------------- compose / k8s / hcl
def compose_env_block(r):
    v = r.choice(V.one_line(V.ALL))
    svc = _svc(r)
    img = r.choice(["postgres:16", "mysql:8.4", "redis:7-alpine", "bitnami/rabbitmq:3.13", "mongo:7", "ghcr.io/acme/" + svc + ":1.9"])
    lines = ["services:", f"  {svc}:", f"    image: {img}", "    restart: unless-stopped", "    environment:"]
    if r.random() < 0.5:
        name = r.choice(["POSTGRES_PASSWORD", "MYSQL_ROOT_PASSWORD", "RABBITMQ_DEFAULT_PASS", "MONGO_INITDB_ROOT_PASSWORD", "REDIS_PASSWORD"])
        lines += [f"      - {name}={password(r)}", f"      - TZ={r.choice(['UTC', 'Europe/Berlin', 'Asia/Tokyo'])}"]
    else:
        q = r.choice(["", '"'])
        lines += [f"      {v[1]}: {q}{v[2](r)}{q}", f"      LOG_LEVEL: {r.choice(['info', 'debug'])}"]
    if r.random() < 0.4:
        lines += ["    ports:", f'      - "{r.randint(3000, 9999)}:{r.randint(3000, 9999)}"']
    return "\n".join(lines[r.choice([0, 0, 1, 4]):])


def k8s_env_block(r):
    v = r.choice(V.ALL)
    k = r.randrange(4)
    if k == 0:
        return (f"        env:\n          - name: {v[1]}\n            value: \"{v[2](r)}\"\n          - name: PORT\n            value: \"{r.choice([8080, 3000, 9000])}\"")
    if k == 1:
        return (f"apiVersion: v1\nkind: Secret\nmetadata:\n  name: {_svc(r)}-creds\n  namespace: {r.choice(ENVS)}\ntype: Opaque\nstringData:\n"
                f"  {r.choice(['password', 'db-password', 'api-key', 'token', 'client-secret'])}: {password(r) if r.random() < 0.5 else v[2](r)}")
    if k == 2:
        raw = password(r).encode()
        return (f"apiVersion: v1\nkind: Secret\nmetadata:\n  name: {_svc(r)}-db\ndata:\n  username: {base64.b64encode(r.choice(USERS).encode()).decode()}\n"
                f"  password: {base64.b64encode(raw).decode()}")
    return (f"kubectl -n {r.choice(ENVS)} create secret generic {_svc(r)}-env "
            f"--from-literal={v[1]}={v[2](r)} --dry-run=client -o yaml | kubectl apply -f -")


def hcl_tfvars(r):
    k = r.randrange(5)
    pw = password(r)
    v = r.choice(V.one_line(V.ALL))
    if k == 0:
        return f'# {r.choice(ENVS)}.auto.tfvars\nregion          = "{r.choice(["eu-west-1", "us-east-2", "ap-southeast-1"])}"\ndb_instance     = "db.t4g.medium"\ndb_password     = "{pw}"'
    if k == 1:
        prov, var, field = r.choice([("datadog", "DD_API_KEY", "api_key"), ("github", "GITHUB_TOKEN", "token"),
                                     ("cloudflare", "CLOUDFLARE_API_TOKEN", "api_token"), ("grafana", "GRAFANA_SA_TOKEN", "auth"),
                                     ("digitalocean", "DIGITALOCEAN_TOKEN", "token"), ("newrelic", "NEW_RELIC_API_KEY", "api_key")])
        return f'provider "{prov}" {{\n  {field} = "{_BY_VAR[var][2](r)}"\n}}'
    if k == 2:
        return f'resource "aws_db_instance" "{_svc(r)}" {{\n  engine         = "postgres"\n  username       = "{r.choice(USERS)}"\n  password       = "{pw}"\n  skip_final_snapshot = true\n}}'
    if k == 3:
        return f'variable "{v[1].lower()}" {{\n  type      = string\n  sensitive = true\n  default   = "{v[2](r)}"\n}}'
    return f'TF_VAR_{r.choice(["admin_password", "master_password", "api_token", "vault_token"])}="{pw}" terraform apply -auto-approve'


# ---------------------------------------------------------------- diffs
def diff_adds_secret(r):
    v = r.choice(V.one_line(V.ALL))
    f = r.choice([".env", "config/production.yml", "settings/local.py", "docker-compose.override.yml", "src/config.ts",
                  "deploy/values-prod.yaml", "app.properties"])
    if r.random() < 0.7:
        val, name = v[2](r), v[1]
    else:
        val, name = password(r), r.choice(["DB_PASS", "adminPassword", "smtp_password", "API_SECRET", "client_secret"])
    if f.endswith(".py"):
        add = f'+{name} = "{val}"'
    elif f.endswith(".ts"):
        add = f"+  {_camel(name)}: '{val}',"
    elif f.endswith((".yml", ".yaml")):
        add = f"+  {name.lower()}: {val}"
    else:
        add = f"+{name}={val}"
    ctx = r.choice(["LOG_LEVEL=info", "  timeout: 30", "DEBUG = False", "  retries: 3,", "PORT=8080"])
    body = [f"diff --git a/{f} b/{f}", f"index {hexs(r, 7)}..{hexs(r, 7)} 100644", f"--- a/{f}", f"+++ b/{f}",
            f"@@ -{r.randint(1, 80)},{r.randint(3, 7)} +{r.randint(1, 80)},{r.randint(4, 8)} @@", f" {ctx}"]
    if r.random() < 0.5:
        body.append(f"-{name}=" + r.choice(["", "TODO", "<set me>", "${" + name + "}"]))
    body += [add, " "]
    return "\n".join(body[r.choice([0, 0, 2, 4]):]).rstrip()


# ---------------------------------------------------------------- tool credential files
def tool_credential_file(r):
    v_gh = V.CI[0][2](r)
    host = r.choice(DOMAINS)
    user = r.choice(USERS)
    pw = password(r)
    k = r.randrange(13)
    if k == 0:
        return f'[url "https://{user}:{v_gh}@github.com/"]\n\tinsteadOf = https://github.com/'
    if k == 1:
        return f"machine {r.choice(['api.heroku.com', 'git.' + host, 'artifacts.' + host])}\n  login {user}@{host}\n  password {pw}"
    if k == 2:
        return f"[global]\nindex-url = https://{user}:{_url_pw(pw)}@pypi.{host}/simple/\ntimeout = 60"
    if k == 3:
        return f"registry=https://npm.{host}/\n//npm.{host}/:_authToken={V.CI[13][2](r)}\nalways-auth=true"
    if k == 4:
        return f'[registries.{r.choice(["internal", "company", "kellnr"])}]\ntoken = "{V.CI[21][2](r)}"'
    if k == 5:
        return (f"<settings>\n  <servers>\n    <server>\n      <id>{r.choice(['nexus-releases', 'artifactory', 'github'])}</id>\n"
                f"      <username>{user}</username>\n      <password>{pw}</password>\n    </server>\n  </servers>\n</settings>")
    if k == 6:
        return f"[distutils]\nindex-servers = pypi\n\n[pypi]\nusername = __token__\npassword = {V.CI[14][2](r)}"
    if k == 7:
        return f"---\n:rubygems_api_key: {V.CI[20][2](r)}"
    if k == 8:
        return json.dumps({"http-basic": {f"repo.{host}": {"username": user, "password": pw}}}, indent=4)
    if k == 9:
        auth = base64.b64encode(f"{user}:{pw}".encode()).decode()
        return json.dumps({"auths": {f"registry.{host}": {"auth": auth}}}, indent=r.choice([None, 2]))
    if k == 10:
        return (f'<packageSourceCredentials>\n  <{r.choice(["internal", "Feed"])}>\n    <add key="Username" value="{user}" />\n'
                f'    <add key="ClearTextPassword" value="{pw}" />\n  </{"internal"}>\n</packageSourceCredentials>').replace(
            "</internal>", "</internal>")
    if k == 11:
        return f'npmRegistries:\n  "https://npm.{host}":\n    npmAuthToken: "{V.CI[13][2](r)}"'
    return f"[credential]\n\thelper = store\n# ~/.git-credentials\nhttps://{user}:{r.choice([v_gh, V.CI[6][2](r)])}@{r.choice(['github.com', 'gitlab.' + host])}"


# ---------------------------------------------------------------- connection strings
def conn_string(r):
    u, h = r.choice([*USERS, "app", "svc_" + _svc(r), "root", "admin"]), _host(r)
    pw = password(r)
    e = _url_pw(pw)
    db = r.choice(SERVICES)
    k = r.randrange(20)
    forms = [
        f"postgresql://{u}:{e}@{h}:5432/{db}?sslmode=require",
        f"mysql://{u}:{e}@{h}:3306/{db}",
        f"mariadb://{u}:{e}@{h}/{db}?charset=utf8mb4",
        f"mongodb+srv://{u}:{e}@cluster0.{tok(r, 5, LOW + DIG)}.mongodb.net/{db}?retryWrites=true&w=majority",
        f"redis://default:{e}@{h}:6379/0",
        f"rediss://:{e}@{h}:6380",
        f"amqp://{u}:{e}@{h}:5672/{db}",
        f"amqps://{u}:{e}@b-{uuid4(r)}.mq.eu-west-1.amazonaws.com:5671",
        f'sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="{u}" password="{pw}";',
        f"Server=tcp:{h},1433;Initial Catalog={db};User ID={u};Password={pw};Encrypt=True;",
        f"jdbc:oracle:thin:{u}/{pw}@//{h}:1521/ORCLPDB1",
        f"clickhouse://{u}:{e}@{h}:9440/{db}?secure=true",
        f"cassandra://{u}:{e}@{h}:9042/{db}",
        f"neo4j+s://{u}:{e}@{tok(r, 8, LOW + DIG)}.databases.neo4j.io",
        f"https://elastic:{e}@{h}:9200",
        f"nats://{u}:{e}@{h}:4222",
        f"mqtts://{u}:{e}@{h}:8883",
        f"jdbc:postgresql://{h}:5432/{db}?user={u}&password={e}",
        f"Driver={{ODBC Driver 18 for SQL Server}};Server={h};Database={db};Uid={u};Pwd={pw};",
        f"snowflake://{u}:{e}@{tok(r, 7, LOW)}-{tok(r, 7, LOW)}/{db}/PUBLIC?warehouse=COMPUTE_WH",
    ]
    s = forms[k]
    wrap = r.randrange(7)
    if wrap == 0:
        return f"DATABASE_URL={s}" if "://" in s else s
    if wrap == 1:
        return f"{log_prefix(r)}connecting to {s}"
    if wrap == 2:
        return f"{r.choice(PEOPLE)}: use `{s}` for the {r.choice(ENVS)} box"
    if wrap == 3:
        return f'  "{r.choice(["ConnectionStrings", "connection", "dsn", "uri"])}": "{s}"'
    if wrap == 4:
        return f"{r.choice(['psql', 'mongosh', 'redis-cli -u', 'usql'])} '{s}'"
    return s


def token_in_url(r):
    v = r.choice(V.one_line(V.ALL))
    t = v[2](r)
    h = r.choice(DOMAINS)
    k = r.randrange(9)
    if k == 0:
        u = f"https://api.{h}/v2/export?format=csv&api_key={t}&page=2"
    elif k == 1:
        u = f"https://{h}/hooks/deploy?token={t}"
    elif k == 2:
        u = f"wss://stream.{h}/socket?access_token={t}&v=3"
    elif k == 3:
        u = f"https://oauth2:{V.CI[6][2](r)}@gitlab.{h}/{r.choice(REPOS)}.git"
    elif k == 4:
        u = f"https://x-access-token:{V.CI[3][2](r)}@github.com/{r.choice(REPOS)}.git"
    elif k == 5:
        u = f"https://{r.choice(['storage', 'files'])}.{h}/bucket/report.pdf?X-Amz-Signature={hexs(r, 64)}&X-Amz-Credential=AKIA{tok(r, 16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')}%2F20261201%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Security-Token={V.CLOUD[1][2](r)[:120]}"
    elif k == 6:
        u = f"https://{r.choice(USERS)}:{_url_pw(password(r))}@{r.choice(['jenkins', 'nexus', 'grafana'])}.{h}/"
    elif k == 7:
        u = f"https://{h}/reset?key={t}&user={r.choice(USERS)}"
    else:
        u = f"https://hooks.{h}/trigger/{tok(r, 6)}?secret={t}"
    return r.choice([u, f"GET {u} 200", f"curl -s '{u}'", f"{log_prefix(r)}fetch {u}", f"link: {u}", f"<{u}>"])


# ---------------------------------------------------------------- traces and errors
def trace_error(r):
    pw = password(r)
    v = r.choice(V.one_line(V.ALL))
    h = _host(r)
    k = r.randrange(6)
    if k == 0:
        return ("Traceback (most recent call last):\n"
                f'  File "/srv/app/{r.choice(FILES)}", line {r.randint(10, 400)}, in connect\n'
                f"    conn = psycopg.connect(dsn)\n"
                f"psycopg.OperationalError: connection failed: FATAL:  password authentication failed for user \"app\"\n"
                f"dsn = 'host={h} dbname={_svc(r)} user=app password={pw}'")
    if k == 1:
        return (f"Exception in thread \"main\" java.sql.SQLException: Access denied for user 'root'@'10.0.{r.randint(0, 9)}.{r.randint(2, 250)}'\n"
                f"\tat com.mysql.cj.jdbc.ConnectionImpl.createNewIO(ConnectionImpl.java:{r.randint(800, 900)})\n"
                f"\tat {r.choice(['org.acme', 'com.northwind'])}.db.Pool.open(Pool.java:{r.randint(20, 99)})\n"
                f"Caused by: url=jdbc:mysql://{h}:3306/{_svc(r)}?user=root&password={_url_pw(pw)}")
    if k == 2:
        return (f"Error: Request failed with status code 401\n    at settle (node_modules/axios/lib/core/settle.js:19:12)\n"
                f"  config: {{\n    url: 'https://api.{r.choice(DOMAINS)}/v1/items',\n    headers: {{ Authorization: 'Bearer {v[2](r)}' }}\n  }}")
    if k == 3:
        return (f"panic: dial tcp {h}:5432: connect: connection refused\n\ngoroutine 1 [running]:\nmain.mustDB({{0xc00012, 0x3f}})\n"
                f"\t/app/cmd/server/main.go:{r.randint(30, 90)} +0x1a5\ndsn=\"postgres://app:{_url_pw(pw)}@{h}/app\"")
    if k == 4:
        return f"{log_prefix(r)}ERROR {v[0]} client: 403 Forbidden for key {v[2](r)} (scope missing: write)"
    return (f"  File \"/usr/lib/python3.11/smtplib.py\", line 750, in login\n    raise last_exception\n"
            f"smtplib.SMTPAuthenticationError: (535, b'5.7.8 Username and Password not accepted')\n"
            f"locals: user='{r.choice(USERS)}@{r.choice(DOMAINS)}' password='{pw}'")


def md_table_issue(r):
    v = r.choice(V.one_line(V.ALL))
    k = r.randrange(4)
    if k == 0:
        rows = [[e, f"{_svc(r)}-{e}", r.choice(USERS), password(r) if i == 0 else "see vault"] for i, e in enumerate(r.sample(ENVS, 3))]
        r.shuffle(rows)
        return md_table(["env", "host", "user", "password"], rows)
    if k == 1:
        return md_table(["service", "key", "owner"], [[v[0], f"`{v[2](r)}`", "@" + r.choice(USERS)],
                                                     [r.choice(SERVICES), "(rotated)", "@" + r.choice(USERS)]])
    if k == 2:
        return (f"**{r.choice(PEOPLE)}** commented {r.randint(2, 9)} hours ago\n\n"
                f"{r.choice(['Still failing for me.', 'Repro steps below.', 'Works locally, not in CI.'])} I set\n\n"
                f"```\n{v[1]}={v[2](r)}\n```\n\nand the job still {r.choice(['times out', 'returns 401', 'hangs'])}.")
    return (f"> {r.choice(['Can you share the creds for the demo tenant?', 'what is the staging login?'])}\n\n"
            f"{r.choice(['sure', 'here you go', 'ok, temporary one'])}: `{r.choice(USERS)}` / `{password(r)}`")


# ---------------------------------------------------------------- names and values
_CAMEL = ["dbPwd", "adminPw", "apiTok", "smtpPass", "rootPwd", "svcPw", "authTok", "clientSec", "dbPassw", "mqPwd",
          "ldapBindPw", "redisPw", "kcAdminPass", "sshPassphrase", "jwtSecret", "signingSecret", "masterPwd", "pgPw",
          "accessTok", "refreshTok", "botTok", "hookSecret", "encKey", "privKeyPass", "appSecret"]


def camel_abbrev(r):
    n = r.choice(_CAMEL)
    val = password(r) if r.random() < 0.6 else tok(r, r.choice([32, 40, 48]), r.choice([ALNUM, HEX, URLSAFE]))
    k = r.randrange(8)
    forms = [f"const {n} = '{val}';", f'{{"{n}": "{val}", "retries": 3}}', f"{n}: {val}", f"--{n}={val}",
             f"this.{n} = \"{val}\"", f"{n.upper()}={val}", f"let {n}: &str = \"{val}\";", f"set {n}={val}"]
    return forms[k] if r.random() < 0.7 else f"{log_prefix(r)}cfg {forms[k]}"


def punct_values(r):
    core = tok(r, r.randint(4, 8), ALNUM)
    seps = "=|!@:"
    val = core + "".join(r.choice(seps) + tok(r, r.randint(3, 7), ALNUM) for _ in range(r.randint(2, 3)))
    if r.random() < 0.3:
        val = r.choice(seps) + val
    if r.random() < 0.3:
        val += r.choice(seps) + r.choice(seps)
    name = r.choice(["DB_PASSWORD", "password", "admin_pass", "REDIS_AUTH", "secret", "passphrase", "SMTP_PASS",
                     "keystore.password", "spring.datasource.password", "bind_pw"])
    k = r.randrange(6)
    forms = [f"{name}={val}", f'{name}: "{val}"', f"{name} = '{val}'", f"<{name}>{val}</{name}>",
             f'"{name}":"{val}"', f"{name}:{val}"]
    return forms[k]


def stdin_positional(r):
    pw = password(r)
    qpw = "'" + pw + "'"
    u = r.choice(USERS)
    h = _host(r)
    forms = [
        f"echo {qpw} | sudo -S systemctl restart {_svc(r)}",
        f"htpasswd -bc /etc/nginx/.htpasswd {u} {qpw}",
        f"mysql -h {h} -u root -p{pw} -e 'show databases'",
        f"sshpass -p {qpw} ssh {u}@{h}",
        f"printf '%s' {qpw} | docker login registry.{r.choice(DOMAINS)} -u {u} --password-stdin",
        f"redis-cli -h {h} -a {qpw} --no-auth-warning info",
        f"mongosh --host {h} -u admin -p {qpw} --authenticationDatabase admin",
        f"openssl pkcs12 -export -in cert.pem -inkey key.pem -out bundle.p12 -passout pass:{pw}",
        f"keytool -importcert -keystore truststore.jks -storepass {qpw} -file ca.pem -noprompt",
        f"smbclient //{h}/share -U {u}%{pw}",
        f"curl -u {u}:{pw} https://{h}/api/health",
        f"ldapsearch -x -H ldaps://{h} -D cn=admin,dc=corp -w {qpw} '(uid={u})'",
        f"rabbitmqctl add_user {_svc(r)} {qpw}",
        f"zip -P {qpw} backup.zip dump.sql",
        f"7z a -p{pw} -mhe=on archive.7z ./exports",
        f"gpg --batch --passphrase {qpw} -d secrets.tar.gpg",
        f"sqlcmd -S {h} -U sa -P {qpw} -Q 'SELECT 1'",
        f"echo '{u}:{pw}' | chpasswd",
        f"net use \\\\{h.split('.')[0]}\\share /user:CORP\\{u} {pw}",
        f"echo {qpw} | {r.choice(['vault login -', 'kinit ' + u, 'openconnect --passwd-on-stdin ' + h])}",
        f"pg_dump \"host={h} user={u} password={pw} dbname={_svc(r)}\" > dump.sql",
        f"expect -c 'spawn ssh {u}@{h}; expect \"password:\"; send \"{pw}\\r\"; interact'",
    ]
    line = r.choice(forms)
    k = r.randrange(5)
    if k == 0:
        return f"  {r.randint(100, 2999)}  {line}"
    if k == 1:
        return f": {r.randint(1700000000, 1790000000)}:0;{line}"
    if k == 2:
        return f"$ {line}"
    return line


# ---------------------------------------------------------------- vendor tokens in fragments
def _vendor_in_fragment(r, v):
    t = v[2](r)
    name, vendor = v[1], v[0]
    multi = "\n" in t
    if multi:
        return r.choice([f"{name}=\"{t}\"", f"{vendor} key for {_svc(r)}:\n{t}", f"{name.lower()}: |\n  " + t.replace("\n", "\n  ")])
    forms = [
        f"export {name}={t}",
        f"{name}=\"{t}\"",
        f"{log_prefix(r)}using {name}={t}",
        f"{r.choice(PEOPLE)}: new {vendor} key is {t}",
        f"- [ ] rotate {vendor} token `{t}` (leaked in #{r.randint(100, 999)})",
        f"| {vendor} | {t} | {r.choice(ENVS)} |",
        f"  {_camel(name)}: \"{t}\"",
        f'{{"{name.lower()}": "{t}"}}',
        f"> {name}={t}",
        f"+{name}={t}",
        f"-H 'Authorization: Bearer {t}'",
        f"{vendor} token {t}",
        f"{_camel(name)}={t}",
        f"set -x {name} {t}",
        f"$env:{name} = \"{t}\"",
        f"{name}: {t}  # {r.choice(['temp', 'from ' + r.choice(USERS), 'TODO move to vault', 'do not commit'])}",
    ]
    if v in V.PREFIXED:
        forms += [f"{t}", f"token: {t}", f"got {t} back from the {vendor} console", f"({t})"]
    return r.choice(forms)


def _vendor_cat(group):
    items = V.GROUPS[group]
    return lambda r: _vendor_in_fragment(r, r.choice(items))


# ---------------------------------------------------------------- boundaries, long and terse
def boundary_edges(r):
    v = r.choice([x for x in V.PREFIXED if "private key" not in x[0]])
    t = v[2](r)
    pre = r.choice(["-", ".", "x-", "_", "=", ":", "/", "~", "(", "[", "{", "'", '"', "`", "<", "|", "#", "@", ","])
    post = r.choice([".", ",", ";", ")", "]", "}", "'", '"', "`", ">", "|", "!", "?", ":", ")."])
    k = r.randrange(5)
    if k == 0:
        return f"{pre}{t}{post}"
    if k == 1:
        return f"run -- {r.choice(['true', 'deploy.sh', 'make release'])} {pre}{t}"
    if k == 2:
        return f"the token was {t}{post}"
    if k == 3:
        return f"build{pre}{t}{post} failed"
    return f"key={pre}{t}{post}"


def long_paste(r):
    """A 20-40 line config or log paste with one credential somewhere in the middle."""
    n = r.randint(18, 40)
    kind = r.randrange(3)
    lines = []
    for i in range(n):
        if kind == 0:
            lines.append(f"{log_prefix(r)}{r.choice(['GET', 'POST'])} /api/{r.choice(SERVICES)}/{r.randint(1, 9999)} {r.choice([200, 200, 204, 304, 404])} {r.randint(2, 900)}ms")
        elif kind == 1:
            lines.append(f"{r.choice(WORDS).upper()}_{r.choice(['TIMEOUT', 'WORKERS', 'PORT', 'REGION', 'LEVEL', 'URL', 'ENABLED'])}_{i}={r.choice(['30', 'true', 'eu-west-1', 'info', '8', 'https://' + r.choice(DOMAINS)])}")
        else:
            lines.append(f"  {r.choice(WORDS)}_{i}: {r.choice(['true', 'false', r.randint(1, 500), r.choice(SERVICES)])}")
    v = r.choice(V.one_line(V.ALL))
    secret_line = {0: f"{log_prefix(r)}DEBUG env {v[1]}={v[2](r)}", 1: f"{v[1]}={v[2](r)}",
                   2: f"  {v[1].lower()}: {v[2](r)}"}[kind]
    lines.insert(r.randint(3, n - 2), secret_line)
    return "\n".join(lines)


def terse_secret(r):
    pw = password(r)
    v = r.choice(V.one_line(V.PREFIXED))
    return r.choice([f"stg db pw: {pw}", f"new root pw {pw}", f"wifi: {pw}", f"vpn pass = {pw}", f"admin/{pw} works",
                     f"pw changed to {pw}", f"{r.choice(USERS)} / {pw}", f"tok {v[2](r)}", f"key: {v[2](r)} (prod)",
                     f"login {r.choice(USERS)} pass {pw}", f"grafana admin:{pw}", f"use {v[2](r)} for now"])


def prose_secret_en(r):
    """A credential in English prose, written by different people: the value follows a few words,
    a label or a file name, never an operator right after a secret-named variable."""
    pw = password(r)
    v = r.choice(V.one_line(V.ALL))
    t = v[2](r)
    u = r.choice(USERS)
    e = r.choice(ENVS)
    return r.choice([
        f"the password for the {e} db is {pw} until we move it to vault",
        f"{u}'s account was reset to {pw}, ask them to change it on first login",
        f"login is {u} / {pw}",
        f"hi, i have created the user for you, the pass of it is {pw} , please change after",
        f"For the lab assignment the MySQL root password they gave us is {pw} (same for everyone?)",
        f"{v[0]} key {t}",
        f".env contents: {v[1]}={t}" if r.random() < 0.5 else f"secrets.txt contents: {t}",
        f"X-Api-Key {t}",
        f"Incident note {ts(r, 4)}: the leaked {v[0]} credential was {t}; revoked at {ts(r, 4)}",
        f"pls use this pwd for the {r.choice(SERVICES)} admin till friday: {pw}",
        f"I put the {v[0]} token in the wiki by mistake: {t} - can someone rotate it",
        f"{r.choice(PEOPLE)} said the vpn psk is {pw}",
        f"We set the Redis requirepass to {pw} on {e}.",
    ])


CATEGORIES = [
    ("secret", "pwmgr_export_rows", 50, pwmgr_export),
    ("secret", "compose_env_block", 40, compose_env_block),
    ("secret", "k8s_env_or_secret", 40, k8s_env_block),
    ("secret", "hcl_tfvars", 35, hcl_tfvars),
    ("secret", "diff_hunk_adds_secret", 50, diff_adds_secret),
    ("secret", "tool_credential_file", 60, tool_credential_file),
    ("secret", "conn_string_engines", 60, conn_string),
    ("secret", "token_in_url", 45, token_in_url),
    ("secret", "trace_error_secret", 40, trace_error),
    ("secret", "md_table_issue_secret", 40, md_table_issue),
    ("secret", "camel_abbrev_keys", 45, camel_abbrev),
    ("secret", "punct_heavy_values", 40, punct_values),
    ("secret", "stdin_positional_pw", 50, stdin_positional),
    ("secret", "vendor_cloud", 45, _vendor_cat("cloud")),
    ("secret", "vendor_ci_vcs_registry", 45, _vendor_cat("ci")),
    ("secret", "vendor_payments", 30, _vendor_cat("payments")),
    ("secret", "vendor_ai", 45, _vendor_cat("ai")),
    ("secret", "vendor_db", 25, _vendor_cat("db")),
    ("secret", "vendor_messaging", 30, _vendor_cat("messaging")),
    ("secret", "vendor_observability", 30, _vendor_cat("observability")),
    ("secret", "vendor_saas", 45, _vendor_cat("saas")),
    ("secret", "boundary_edges", 45, boundary_edges),
    ("secret", "long_paste_secret", 30, long_paste),
    ("secret", "terse_note_secret", 30, terse_secret),
    ("secret", "prose_secret_en", 40, prose_secret_en),
]
