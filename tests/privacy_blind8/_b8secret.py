"""Secret categories for blind8, grouped by WHERE the credential sits (the carrier), not by vendor.

Every token is synthetic (random characters in the vendor's public shape); every password is random.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable

from _b8intl import PW_CODES, password_in
from _b8rand import (
    ALNUM,
    ENVS,
    FILES,
    FUNCS,
    HOSTS,
    LOWNUM,
    PEOPLE,
    SERVICES,
    URLSAFE,
    USERS,
    b64,
    b64url,
    hexs,
    password,
    pick,
    rs,
    short_ts,
    ts,
    uuid4,
)
from _b8vendors import VENDORS, Vendor

# Access key ids alone are identifiers, not secrets: they only appear with their secret (cloud_key_pair).
KEY_IDS = {"AWS", "Alibaba Cloud", "Tencent Cloud"}
SINGLE = [v for v in VENDORS if v.name not in KEY_IDS]
PREFIXED = [v for v in SINGLE if not v.named]


def vendor(rng: random.Random, prefixed: bool = False) -> Vendor:
    return pick_v(rng, PREFIXED if prefixed else SINGLE)


def pick_v(rng: random.Random, pool: list[Vendor]) -> Vendor:
    return pool[rng.randrange(len(pool))]


def label(rng: random.Random, v: Vendor) -> str:
    """How a person names the token in prose: vendor name or variable name."""
    return rng.choice([f"{v.name} key", f"{v.name} token", v.var, f"`{v.var}`", f"the {v.name} credential",
                       f"{v.name} API token", f"our {v.name} secret"])


def tok_prose_start(rng: random.Random) -> str:
    v = vendor(rng, prefixed=True)
    t = v.make(rng)
    tail = pick(rng, [
        f"is what {pick(rng, SERVICES)} uses in {pick(rng, ENVS)}, keep it out of the repo",
        f"— that's the one that worked for {pick(rng, SERVICES)} after the rotation",
        f"was still in the shell history of {pick(rng, HOSTS)}, rotate it tomorrow",
        f"<- paste into the {pick(rng, ENVS)} settings page if the deploy fails again",
        f"(old {v.name} one, revoked? not sure) next: check whether CI still reads it",
        f"works; the previous value returned 401 on {pick(rng, SERVICES)}",
        f": new value after {pick(rng, PEOPLE)} regenerated it this morning",
        f"/ {pick(rng, ENVS)} — swap back before merging",
        "is set in the runner env for now; move it to the vault later",
        f"→ needed for the {pick(rng, SERVICES)} smoke test",
    ])
    return f"{t} {tail}"


def tok_prose_mid(rng: random.Random) -> str:
    v = vendor(rng)
    t = v.make(rng)
    s, e = pick(rng, SERVICES), pick(rng, ENVS)
    if v.named:
        lead = pick(rng, [f"Switched {s} to the {v.name} key {t}", f"{v.var} is {t} on {e}",
                          f"the {v.name} token for {e} ({t}) is pinned in the job",
                          f"Reusing {v.name} credential {t} from the {e} project"])
    else:
        lead = pick(rng, [f"Switched {s} to {t}", f"Tried again with {t} on {e}",
                          f"Pinned {t} in the job env for now", f"After exporting {t} the client recovered",
                          f"Set the header to Bearer {t} manually", f"Used {t} for the {e} run"])
    tail = pick(rng, ["and the 403s went away; keep an eye on the retry counter.",
                      "— integration test passes locally, CI still red.",
                      "; webhook deliveries resumed within a minute.",
                      "but that has to move into the secret store before the PR.",
                      "(rate limit is higher than with the shared key)",
                      ", then rebuilt the container; migration step is next."])
    sep = "" if tail[0] in ";," else " "
    return f"{lead}{sep}{tail}"


END_WRAP = ["{t}.", "({t})", "[{t}]", "'{t}',", "\"{t}\";", "<{t}>", "`{t}`", "{t}!", "{t}?", "«{t}»", "{t}…",
            "{t}):", "{t}}}", "'{t}')", "{t} ;", "{t},"]


def tok_prose_end(rng: random.Random) -> str:
    v = vendor(rng)
    t = pick(rng, END_WRAP).format(t=v.make(rng))
    if v.named:
        head = pick(rng, [f"{v.name} key for {pick(rng, ENVS)} is", f"Reminder: {v.var} =",
                          f"Current {v.name} token:", f"the {v.name} secret we use in {pick(rng, SERVICES)} is"])
    else:
        head = pick(rng, [f"Next action: re-run the {pick(rng, SERVICES)} deploy with", "Working token is",
                          f"{pick(rng, PEOPLE)} sent the replacement over chat", "If auth fails again use",
                          f"the {pick(rng, ENVS)} job reads", "temporary creds until Friday",
                          f"Blocked on {pick(rng, SERVICES)}; the key that worked locally was",
                          "do not commit", f"{label(rng, v)} after rotation:"])
    return f"{head} {t}"


GLUE = ["-{t}", "build.{t}", "x-{t}", "_{t}", "={t}", "--{t}", "cfg.{t}", "v2-{t}", "env:{t}", "+{t}",
        "token.{t}", "#{t}", "@{t}", "//{t}", "|{t}", "~{t}"]


def tok_glued(rng: random.Random) -> str:
    v = vendor(rng, prefixed=True)
    g = pick(rng, GLUE).format(t=v.make(rng))
    return pick(rng, [
        f"handoff run -- true {g}",
        f"ran ./deploy.sh {g} and it passed",
        f"echo {g} >> /tmp/dbg.txt",
        f"label: {g}",
        f"args were [--verbose {g} --dry-run]",
        f"the artifact name ended up as release{g}.tgz",
        f"saw {g} in the argv dump of pid {rng.randint(200, 65000)}",
        f"cache key printed as node20{g}",
        f"git tag rc{g}",
        f"make publish ARGS={g}",
    ])


def _json_payload(rng: random.Random, v: Vendor, t: str) -> str:
    kind = rng.randrange(8)
    if kind == 0:
        d: object = {"headers": {"Authorization": f"Bearer {t}", "Accept": "application/json"},
                     "url": f"https://api.{pick(rng, SERVICES)}.example/v1/items"}
    elif kind == 1:
        d = {"name": pick(rng, SERVICES), "env": {v.var: t, "LOG_LEVEL": "debug"}}
    elif kind == 2:
        d = {"mcpServers": {v.name.split()[0].lower(): {"command": "npx", "args": ["-y", "@acme/mcp-server"],
                                                        "env": {v.var: t}}}}
    elif kind == 3:
        d = {"provider": v.name.split()[0].lower(), "credentials": {"apiKey": t}, "timeout": rng.randint(5, 60)}
    elif kind == 4:
        d = [{"key": "region", "value": pick(rng, ENVS)}, {"key": v.var.lower(), "value": t}]
    elif kind == 5:
        d = {"event": "request", "ts": ts(rng), "query": {"api_key": t, "page": rng.randint(1, 9)}}
    elif kind == 6:
        d = {"auths": {"ghcr.io": {"auth": b64(f"{pick(rng, USERS)}:{t}".encode())}}}
    else:
        d = {"id": rng.randint(1, 999), "token": t, "scopes": ["read", "write"], "expires": None}
    compact = rng.random() < 0.7
    out = json.dumps(d, ensure_ascii=False, separators=(",", ":") if compact else None,
                     indent=None if compact or rng.random() < 0.5 else 2)
    return pick(rng, ["{j}", "payload: {j}", "{j} <- request body that failed", "body={j}",
                      "settings.json: {j}"]).format(
        j=out)


def tok_json(rng: random.Random) -> str:
    v = vendor(rng)
    return _json_payload(rng, v, v.make(rng))


def tok_structured_config(rng: random.Random) -> str:
    v = vendor(rng)
    t = v.make(rng)
    k = v.var
    q = rng.choice(["", "'", '"'])
    kind = rng.randrange(9)
    if kind == 0:
        return f"env:\n  - name: {k}\n    value: {q}{t}{q}\n  - name: PORT\n    value: \"8080\""
    if kind == 1:
        return f"[{v.name.split()[0].lower()}]\ntimeout = 30\n{k.lower()} = \"{t}\"\nregion = \"{pick(rng, ENVS)}\""
    if kind == 2:
        return f"{{ {k.lower()}: {q}{t}{q}, retries: 3 }}"
    if kind == 3:
        return f"[default]\nendpoint = https://api.example.net\n{k.lower()}={t}"
    if kind == 4:
        return f'variable "{k.lower()}" {{\n  default = "{t}"\n}}'
    if kind == 5:
        return f"services:\n  {pick(rng, SERVICES)}:\n    environment:\n      {k}: {t}"
    if kind == 6:
        return f"{k.lower().replace('_', '.')}={t}"
    if kind == 7:
        return f'<add key="{k}" value="{t}" />'
    return f"ENV {k}={t}"


def tok_shell(rng: random.Random) -> str:
    v = vendor(rng)
    t = v.make(rng)
    k = v.var
    return pick(rng, [
        f"export {k}={t}",
        f"export {k}=\"{t}\" && npm run deploy",
        f"{k}={t} ./scripts/sync.sh --env {pick(rng, ENVS)}",
        f"curl -sS -H 'Authorization: Bearer {t}' https://api.example.com/v2/me | jq .",
        f"curl -H \"X-Api-Key: {t}\" -X POST https://hooks.example.org/ingest -d @event.json",
        f"docker run --rm -e {k}={t} ghcr.io/acme/{pick(rng, SERVICES)}:latest",
        f"env {k}='{t}' python -m {pick(rng, SERVICES).replace('-', '_')}",
        f"$ {pick(rng, SERVICES)} login --token {t}",
        f"set -x; {k}={t}; make e2e",
        f"setx {k} \"{t}\"",
        f"$env:{k} = \"{t}\"",
        f"kubectl set env deploy/{pick(rng, SERVICES)} {k}={t}",
        f"printf '%s' '{t}' | gh secret set {k} --repo acme/{pick(rng, SERVICES)}",
        f"wget --header=\"Authorization: token {t}\" https://api.example.dev/archive.tgz",
    ])


def tok_url(rng: random.Random) -> str:
    v = vendor(rng, prefixed=True)
    t = v.make(rng)
    if t.startswith("https://"):
        return pick(rng, [f"webhook target: {t}", f"POST {t} returned 200", f"{t} (do not post publicly)",
                          f"notify_url = \"{t}\"", f"curl -X POST -d '{{\"text\":\"deploy ok\"}}' {t}"])
    return pick(rng, [
        f"https://api.example.com/v1/export?format=csv&api_key={t}",
        f"GET /v2/search?q=invoices&access_token={t}&page=3 HTTP/1.1",
        f"git clone https://x-access-token:{t}@github.com/acme/{pick(rng, SERVICES)}.git",
        f"remote set to https://oauth2:{t}@gitlab.example.com/platform/{pick(rng, SERVICES)}.git",
        f"wss://stream.example.io/socket?token={t}",
        f"https://{t}@registry.example.dev/simple/",
        f"open http://localhost:3000/callback#access_token={t}&token_type=bearer",
        f"redirect to https://app.example.com/login?next=%2Fdash&key={t}",
        f"check https://status.example.net/api?auth={t}&verbose=1 before retrying",
        f"<img src=\"https://img.example.org/p.png?sig=1&token={t}\">",
    ])


LEVELS = ["DEBUG", "INFO", "WARN", "ERROR", "TRACE"]


def tok_log(rng: random.Random) -> str:
    v = vendor(rng)
    t = v.make(rng)
    svc = pick(rng, SERVICES)
    return pick(rng, [
        f"{ts(rng)} {pick(rng, LEVELS)} {svc} outgoing request headers={{'Authorization': 'Bearer {t}'}}",
        f"[{short_ts(rng)}] {svc}: loaded {v.var}={t}",
        f"{{\"level\":\"debug\",\"ts\":\"{ts(rng)}\",\"msg\":\"client init\",\"{v.var.lower()}\":\"{t}\"}}",
        f"10.0.{rng.randint(0, 255)}.{rng.randint(1, 254)} - - [12/Mar/2026:{short_ts(rng)} +0000] \"GET "
        f"/api/v1/orders?token={t} HTTP/1.1\" 200 {rng.randint(100, 9000)}",
        f"{svc}-{rng.randint(1, 9)} | time=\"{ts(rng)}\" level=warning msg=\"retrying\" key={t} attempt=2",
        f"send: b'POST /v1/messages HTTP/1.1\\r\\nHost: api.example.com\\r\\nx-api-key: {t}\\r\\n'",
        f"##[debug]Evaluating: secrets.{v.var} => {t}",
        f"Step 4/9 : ARG {v.var}={t}",
        f"{ts(rng)} audit user={pick(rng, USERS)} action=create_token value={t}",
        f"< HTTP/2 200\n< content-type: application/json\n{{\"access_token\":\"{t}\",\"token_type\":\"bearer\"}}",
        f"Mar {rng.randint(1, 28)} {short_ts(rng)} {pick(rng, HOSTS)} {svc}[{rng.randint(100, 9999)}]: "
        f"auth ok using {v.name} key {t}",
    ])


def tok_md_table(rng: random.Random) -> str:
    rows = []
    n = rng.randint(1, 3)
    for _ in range(n):
        v = vendor(rng)
        rows.append(f"| {pick(rng, ENVS)} | {v.var} | {v.make(rng)} |")
    head = pick(rng, ["| env | name | value |\n|---|---|---|",
                      "| Environment | Variable | Secret |\n| --- | --- | --- |",
                      "|env|key|val|\n|-|-|-|", "| Stage | Setting | Current value |\n|:--|:--|:--|",
                      "| where | what | token |\n|---|---|---|"])
    lead = pick(rng, ["", "", "Credentials inventory (temp):\n", f"## {pick(rng, SERVICES)} settings\n",
                      "copied from the wiki page:\n", f"{pick(rng, PEOPLE)}'s table, please verify:\n"])
    if rng.random() < 0.3:
        return lead.replace("\n", " ") + " ".join([head.replace("\n", " "), *rows])
    return lead + "\n".join([head, *rows])


def tok_stack_trace(rng: random.Random) -> str:
    v = vendor(rng, prefixed=rng.random() < 0.6)
    t = v.make(rng)
    f, fn = pick(rng, FILES), pick(rng, FUNCS)
    kind = rng.randrange(6)
    if kind == 0:
        return (f"Traceback (most recent call last):\n  File \"{f}\", line {rng.randint(10, 400)}, in {fn}\n"
                f"    resp.raise_for_status()\nrequests.exceptions.HTTPError: 401 Client Error: Unauthorized for url: "
                f"https://api.example.com/v1/sync?key={t}")
    if kind == 1:
        return (f"Exception in thread \"main\" java.lang.IllegalStateException: bad credentials {v.var}={t}\n"
                f"\tat com.acme.{fn}.run(App.java:{rng.randint(10, 300)})\n\tat java.base/java.lang.Thread.run"
                f"(Thread.java:1583)")
    if kind == 2:
        return (f"Error: Request failed with status code 403\n    at {fn} ({f}:{rng.randint(1, 200)}:"
                f"{rng.randint(1, 40)}) {{\n  config: {{ headers: {{ Authorization: 'Bearer {t}' }} }}\n}}")
    if kind == 3:
        return (f"panic: auth: invalid token \"{t}\"\n\ngoroutine 1 [running]:\nmain.{fn}()\n\t/src/{f}:"
                f"{rng.randint(10, 300)} +0x1d4")
    if kind == 4:
        return (f"  File \"{f}\", line {rng.randint(10, 300)}, in {fn}\n    client = Client(token=token)\n"
                f"Locals: token = '{t}', retries = 3")
    return (f"E   AssertionError: expected 200, got 401 for {v.name} key {t} "
            f"(in {f}::{fn})")


def tok_source(rng: random.Random) -> str:
    v = vendor(rng)
    t = v.make(rng)
    k = v.var
    return pick(rng, [
        f"client = OpenAI(api_key=\"{t}\")",
        f"const stripe = require('stripe')('{t}');",
        f"os.environ.setdefault(\"{k}\", \"{t}\")",
        f"headers = {{\"Authorization\": f\"Bearer {t}\"}}",
        f"private static final String {k} = \"{t}\";",
        f"let {k.lower()} = \"{t}\"; // TODO move to keychain",
        f"{k} = '{t}'  # temp, remove before commit",
        f"config.{k.lower()} = \"{t}\"",
        f"apiKey: process.env.{k} ?? \"{t}\",",
        f"req.Header.Set(\"Authorization\", \"Bearer {t}\")",
        f"#define {k} \"{t}\"",
        f"Rails.application.credentials.{k.lower()} ||= '{t}'",
        f"def test_client():\n    c = make_client(\"{t}\")\n    assert c.ping()",
        f"@pytest.fixture\ndef {k.lower()}():\n    return \"{t}\"",
    ])


def cli_separate_arg(rng: random.Random) -> str:
    v = vendor(rng)
    t = v.make(rng)
    pw = password(rng)
    k = v.var
    u = pick(rng, USERS)
    return pick(rng, [
        f"gh secret set {k} --body {t}",
        f"gh secret set {k} -b \"{t}\" --env {pick(rng, ENVS)}",
        f"aws configure set aws_secret_access_key {rs(rng, 40, ALNUM + '+/')}",
        f"kubectl create secret generic {pick(rng, SERVICES)} --from-literal={k.lower()}={t}",
        f"heroku config:set {k}={t} -a {pick(rng, SERVICES)}",
        f"vercel env add {k} production <<< {t}",
        f"fly secrets set {k}={t} --app {pick(rng, SERVICES)}",
        f"docker login -u {u} -p {pw} registry.example.com",
        f"htpasswd -b -c /etc/nginx/.htpasswd {u} {pw}",
        f"echo {pw} | sudo -S systemctl restart {pick(rng, SERVICES)}",
        f"echo '{t}' | docker login ghcr.io -u {u} --password-stdin",
        f"mysql -h {pick(rng, HOSTS)} -u {u} -p{pw} app_db",
        f"sqlcmd -S {pick(rng, HOSTS)} -U {u} -P '{pw}' -Q \"select 1\"",
        f"psql \"host={pick(rng, HOSTS)} user={u} password={pw} dbname=app\"",
        f"keytool -importkeystore -srckeystore old.p12 -storepass {pw} -keypass {pw}",
        f"openssl pkcs12 -export -in cert.pem -inkey key.pem -out out.p12 -passout pass:{pw}",
        f"redis-cli -h {pick(rng, HOSTS)} -a {pw} ping",
        f"az login --service-principal -u {uuid4(rng)} -p {vendor_by(rng, 'Azure AD')} --tenant {uuid4(rng)}",
        f"npm config set //registry.npmjs.org/:_authToken {vendor_by(rng, 'npm')}",
        f"vault kv put secret/{pick(rng, SERVICES)} password={pw}",
        f"doctl auth init --access-token {vendor_by(rng, 'DigitalOcean')}",
        f"gcloud auth activate-refresh-token {u} {rs(rng, 103, URLSAFE)}",
        f"mongosh \"mongodb://{pick(rng, HOSTS)}\" --username {u} --password {pw}",
        f"op item create --category login password={pw} --title {pick(rng, SERVICES)}",
        f"wp user update {u} --user_pass={pw}",
        f"sshpass -p '{pw}' ssh {u}@{pick(rng, HOSTS)}",
        f"smbclient //fs01/share -U {u}%{pw}",
        f"rabbitmqctl change_password {u} {pw}",
        f"pg_dump --dbname=postgresql://{u}:{pw}@{pick(rng, HOSTS)}/app > dump.sql",
        f"circleci context store-secret org/acme {pick(rng, ENVS)} {k} <<< {t}",
        f"netlify env:set {k} {t}",
        f"railway variables --set {k}={t}",
        f"doppler secrets set {k}={t}",
        f"supabase secrets set {k}={t}",
        f"wrangler secret put {k} <<< \"{t}\"",
        f"firebase functions:config:set {k.lower().replace('_', '.')}=\"{t}\"",
    ])


def vendor_by(rng: random.Random, name: str) -> str:
    for v in VENDORS:
        if v.name == name:
            return v.make(rng)
    raise KeyError(name)


def password_prose_en(rng: random.Random) -> str:
    pw = password(rng)
    u, h, e = pick(rng, USERS), pick(rng, HOSTS), pick(rng, ENVS)
    return pick(rng, [
        f"the password for the {e} db is {pw}",
        f"{pick(rng, PEOPLE)} reset the {e} admin password to {pw} — tell them when it's changed back",
        f"login is {u} / {pw}",
        f"creds for {h}: user {u}, pass {pw}",
        f"if the VPN prompts again, it's {pw} (shared account)",
        f"pw: {pw} for the {e} grafana",
        f"Note to self — root on {h} is {pw} until IT rotates it",
        f"Was reset to {pw}; ask {pick(rng, PEOPLE)} before using it on {e}.",
        f"{u}@{h} with password {pw} works, the old one is locked out",
        f"passphrase for the signing key is {pw}",
        f"Wi-Fi in the lab: SSID acme-lab, key {pw}",
        f"the keystore password ended up being {pw}, it's not in the vault yet",
        f"Temporary password {pw} expires Friday.",
        f"{e} basic auth: {u}:{pw}",
        f"admin password ⇒ {pw}",
        f"password is\n{pw}\n(copied from the ticket)",
        f"DB creds\nuser: {u}\npassword: {pw}\nhost: {h}",
    ])


def conn_string(rng: random.Random) -> str:
    pw = password(rng).replace("@", "#").replace("/", "_").replace(":", "!")
    u, h = pick(rng, USERS), pick(rng, HOSTS)
    db = pick(rng, ["app", "orders", "analytics", "ledger", "auth"])
    return pick(rng, [
        f"DATABASE_URL=postgres://{u}:{pw}@{h}:5432/{db}",
        f"postgresql+psycopg://{u}:{pw}@{h}/{db}?sslmode=require",
        f"mysql://{u}:{pw}@{h}:3306/{db}",
        f"mongodb+srv://{u}:{pw}@cluster0.{rs(rng, 5, LOWNUM)}.mongodb.net/{db}?retryWrites=true&w=majority",
        f"redis://:{pw}@{h}:6379/0",
        f"rediss://default:{pw}@{rs(rng, 12, LOWNUM)}.upstash.io:6379",
        f"amqps://{u}:{pw}@{h}/vhost",
        f"Server={h};Database={db};User Id={u};Password={pw};Encrypt=true;",
        f"jdbc:postgresql://{h}:5432/{db}?user={u}&password={pw}",
        f"jdbc:sqlserver://{h};databaseName={db};user={u};password={pw}",
        f"host={h} port=5432 dbname={db} user={u} password={pw} sslmode=verify-full",
        f"{h}:5432:{db}:{u}:{pw}",
        f"DefaultEndpointsProtocol=https;AccountName={rs(rng, 10, LOWNUM)};AccountKey={rs(rng, 86, ALNUM + '+/')}==;"
        f"EndpointSuffix=core.windows.net",
        f"Endpoint=sb://{rs(rng, 8, LOWNUM)}.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;"
        f"SharedAccessKey={rs(rng, 43, ALNUM + '+/')}=",
        f"sqlalchemy.url = mssql+pyodbc://{u}:{pw}@{h}/{db}?driver=ODBC+Driver+18",
        f"the {db} connection string is postgres://{u}:{pw}@{h}/{db}, pooled via pgbouncer",
        f"clickhouse://{u}:{pw}@{h}:9000/{db}",
        f"snowflake://{u}:{pw}@{rs(rng, 7, LOWNUM)}-{rs(rng, 7, LOWNUM)}/{db}/PUBLIC?warehouse=COMPUTE_WH",
        f"nats://{u}:{pw}@{h}:4222",
        f"ldap://cn={u},dc=acme,dc=io:{pw}@{h}",
    ])


def _pem_body(rng: random.Random, lines: int) -> list[str]:
    return [rs(rng, 64, ALNUM + "+/") for _ in range(lines)] + [rs(rng, rng.randint(8, 60), ALNUM + "+/") + "="]


def private_key(rng: random.Random) -> str:
    kind = pick(rng, ["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY",
                      "ENCRYPTED PRIVATE KEY", "DSA PRIVATE KEY", "PGP PRIVATE KEY BLOCK"])
    body = _pem_body(rng, rng.randint(3, 9))
    if kind == "OPENSSH PRIVATE KEY":
        body[0] = "b3BlbnNzaC1rZXktdjEAAAAA" + body[0][24:]
    head, foot = f"-----BEGIN {kind}-----", f"-----END {kind}-----"
    style = rng.randrange(5)
    if style == 0:
        return "\n".join([head, *body, foot])
    if style == 1:
        return "\\n".join([head, *body, foot]) if rng.random() < 0.5 else json.dumps(
            {"type": "service_account", "project_id": f"acme-{rng.randint(100, 999)}",
             "private_key_id": hexs(rng, 40), "private_key": "\n".join([head, *body, foot]) + "\n",
             "client_email": f"ci@acme-{rng.randint(100, 999)}.iam.gserviceaccount.com"})
    if style == 2:
        return " ".join([head, *body, foot])
    if style == 3:
        return f"deploy key (paste into the runner):\n{head}\n" + "\n".join(body) + f"\n{foot}"
    return f"SSH_KEY: |\n  {head}\n  " + "\n  ".join(body) + f"\n  {foot}"


def basic_auth_cookie(rng: random.Random) -> str:
    u, pw = pick(rng, USERS), password(rng)
    blob = b64(f"{u}:{pw}".encode())
    sess = rs(rng, rng.randint(32, 64), URLSAFE)
    return pick(rng, [
        f"Authorization: Basic {blob}",
        f"proxy_set_header Authorization \"Basic {blob}\";",
        f"curl -u {u}:{pw} https://{pick(rng, HOSTS)}/api/health",
        f"curl -b 'sessionid={sess}' https://admin.example.com/dashboard",
        f"Cookie: _gh_sess={sess}; logged_in=yes",
        f"Set-Cookie: session={sess}; Path=/; HttpOnly; Secure",
        f"copied my browser cookie connect.sid={sess} to reproduce the bug",
        f"machine {pick(rng, HOSTS)} login {u} password {pw}",
        f"https://{u}:{pw}@{pick(rng, HOSTS)}/artifactory/api/pypi/simple",
        f"{u}:$apr1${rs(rng, 8)}${rs(rng, 22, ALNUM + './')} and the plain one was {pw}",
        f"-H \"Cookie: JSESSIONID={hexs(rng, 32).upper()}; remember_me={sess}\"",
        f"{{\"auths\":{{\"registry.example.com\":{{\"auth\":\"{blob}\"}}}}}}",
        f"document.cookie = \"auth_token={sess}\"",
    ])


def config_key_secret(rng: random.Random) -> str:
    pw = password(rng)
    r40 = rs(rng, rng.randint(24, 48), ALNUM)
    return pick(rng, [
        f"handoff config set db.password {pw}",
        f"config set smtp.password={pw}",
        f"stripe_api_key: {r40}",
        f"requirepass {pw}",
        f"masterauth {pw}",
        f"SECRET_KEY_BASE={hexs(rng, 128)}",
        f"define('DB_PASSWORD', '{pw}');",
        f"define( 'AUTH_SALT', '{rs(rng, 64, ALNUM + '!@#$%^&*()-_[]{{}}<>~`+=,.;:/?|')}' );",
        f"spring.datasource.password={pw}",
        f"DJANGO_SECRET_KEY='{rs(rng, 50, ALNUM + '!@#$%^&*(-_=+)')}'",
        f"app.jwt.signing-secret: {r40}",
        f"mail.smtp.auth.pass = {pw}",
        f"ldap_bind_pw \"{pw}\"",
        f"client_secret: {r40}",
        f"ssl_key_password={pw}",
        f"keystore.password = {pw}",
        f"PGPASSWORD={pw} psql -h {pick(rng, HOSTS)} -U {pick(rng, USERS)}",
        f"MYSQL_ROOT_PASSWORD: \"{pw}\"",
        f"webhook.signing_secret -> {r40}",
        f"rails: secret_key_base: {hexs(rng, 128)}",
        f"encryption_key = \"{b64(bytes(rng.randrange(256) for _ in range(32)))}\"",
        f"session.cookie_secret {r40}",
        f"{{\"adminPassword\": \"{pw}\", \"adminUser\": \"{pick(rng, USERS)}\"}}",
    ])


def multiline_file(rng: random.Random) -> str:
    v1, v2 = vendor(rng), vendor(rng)
    pw = password(rng)
    kind = rng.randrange(8)
    if kind == 0:
        return (f"# .env.{pick(rng, ENVS)}\nNODE_ENV=production\nPORT=8080\n{v1.var}={v1.make(rng)}\n"
                f"LOG_LEVEL=info")
    if kind == 1:
        return (f"apiVersion: v1\nkind: Secret\nmetadata:\n  name: {pick(rng, SERVICES)}\ntype: Opaque\nstringData:\n"
                f"  {v1.var.lower()}: {v1.make(rng)}")
    if kind == 2:
        return (f"apiVersion: v1\nkind: Secret\nmetadata:\n  name: db-creds\ndata:\n  username: "
                f"{b64(pick(rng, USERS).encode())}\n  password: {b64(pw.encode())}")
    if kind == 3:
        return (f"[default]\naws_access_key_id = AKIA{rs(rng, 16, ALNUM.upper()[:26] + '234567')}\n"
                f"aws_secret_access_key = {rs(rng, 40, ALNUM + '+/')}\nregion = eu-west-1")
    if kind == 4:
        return (f"registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken={vendor_by(rng, 'npm')}\n"
                f"always-auth=true")
    if kind == 5:
        return f"[distutils]\nindex-servers = pypi\n\n[pypi]\nusername = __token__\npassword = {vendor_by(rng, 'PyPI')}"
    if kind == 6:
        return (f"[Interface]\nPrivateKey = {b64(bytes(rng.randrange(256) for _ in range(32)))}\nAddress = 10.8.0."
                f"{rng.randint(2, 250)}/32\n\n[Peer]\nPublicKey = {b64(bytes(rng.randrange(256) for _ in range(32)))}")
    return (f"{v1.var}={v1.make(rng)}\n{v2.var}={v2.make(rng)}\nDB_HOST={pick(rng, HOSTS)}\n"
            f"DB_PASSWORD={pw}")


def cloud_key_pair(rng: random.Random) -> str:
    cloud = rng.randrange(3)
    if cloud == 0:
        kid, sec = "AKIA" + rs(rng, 16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"), rs(rng, 40, ALNUM + "+/")
        names = ("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY")
    elif cloud == 1:
        kid, sec = "LTAI5t" + rs(rng, 18), rs(rng, 30)
        names = ("ALIBABA_CLOUD_ACCESS_KEY_ID", "ALIBABA_CLOUD_ACCESS_KEY_SECRET")
    else:
        kid, sec = "AKID" + rs(rng, 32), rs(rng, 32)
        names = ("TENCENTCLOUD_SECRET_ID", "TENCENTCLOUD_SECRET_KEY")
    return pick(rng, [f"{names[0]}={kid} {names[1]}={sec} ./sync.sh",
                      f"key id {kid}, secret {sec}", f"| {kid} | {sec} | ci-deployer |",
                      f"{names[0].lower()}={kid}\n{names[1].lower()}={sec}",
                      f"{{\"AccessKeyId\": \"{kid}\", \"SecretAccessKey\": \"{sec}\", \"Status\": \"Active\"}}",
                      f"creds for the backup bucket: {kid} / {sec}"])


def jwt_bearer(rng: random.Random) -> str:
    claims = json.dumps({"sub": str(rng.randint(1000, 99999)), "email": f"{pick(rng, USERS)}@acme.io",
                         "role": pick(rng, ["admin", "service", "user"]),
                         "exp": rng.randint(1_760_000_000, 1_800_000_000)},
                        separators=(",", ":"))
    head = b64url(b'{"alg":"RS256","typ":"JWT"}')
    t = f"{head}.{b64url(claims.encode())}.{rs(rng, 86, URLSAFE)}"
    return pick(rng, [f"Authorization: Bearer {t}", f"token={t}", f"id_token: {t}",
                      f"{t} (refresh works, expires in 1h)",
                      f"localStorage.setItem('jwt', '{t}')", f"--header 'Authorization: JWT {t}'"])


CATEGORIES: dict[str, tuple[int, Callable[[random.Random], str]]] = {
    "tok_prose_start": (45, tok_prose_start),
    "tok_prose_mid": (55, tok_prose_mid),
    "tok_prose_end_punct": (60, tok_prose_end),
    "tok_glued_prefix": (40, tok_glued),
    "tok_in_json": (60, tok_json),
    "tok_in_config_syntax": (60, tok_structured_config),
    "tok_in_shell": (55, tok_shell),
    "tok_in_url": (50, tok_url),
    "tok_in_log": (60, tok_log),
    "tok_in_md_table": (35, tok_md_table),
    "tok_in_stack_trace": (45, tok_stack_trace),
    "tok_in_source_code": (50, tok_source),
    "cli_secret_arg": (55, cli_separate_arg),
    "password_prose_en": (45, password_prose_en),
    "password_prose_intl": (90, lambda rng: password_in(pick(rng, PW_CODES), rng)),
    "conn_string_password": (50, conn_string),
    "private_key_material": (35, private_key),
    "basic_auth_cookie": (40, basic_auth_cookie),
    "secret_named_key": (45, config_key_secret),
    "multiline_secret_file": (40, multiline_file),
    "cloud_key_pair": (20, cloud_key_pair),
    "jwt_bearer": (20, jwt_bearer),
}
