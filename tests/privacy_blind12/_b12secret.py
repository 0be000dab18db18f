"""Credentials that land by mistake in each handoff field, as people and agents write them there."""

from __future__ import annotations

import json
import random

from _b12intl import intl_secret_prose
from _b12rand import (
    AN,
    DG,
    HEX,
    PEOPLE,
    REPOS,
    SERVICES,
    URLSAFE,
    aws_pair,
    b64_text,
    conn_string,
    flatten,
    hhmm,
    human_password,
    iso,
    jwt,
    password,
    pick,
    private_key_block,
    rs,
    token,
)

# Vendors whose tokens are plain hex or alphanumerics: they appear only next to their name.
GENERIC = {"aws", "datadog", "datadog app", "azure openai", "mistral", "cohere", "cloudflare", "okta"}

ENVS = ["stg", "staging", "prod", "qa", "dev", "uat", "sandbox", "preprod", "eu-prod", "demo"]
SYSTEMS = ["db", "postgres", "mysql", "redis", "rabbit", "grafana admin", "jenkins", "argo", "keycloak admin",
           "sftp", "smtp relay", "vpn", "kibana", "minio root", "harbor", "sonarqube", "wifi (guest)", "bastion",
           "pgbouncer", "ldap bind"]


def _pw(r: random.Random) -> str:
    return password(r) if r.random() < 0.7 else human_password(r)


# ----- note bodies -----------------------------------------------------------------------------

def note_terse_credential(r: random.Random) -> str:
    env, sysn, pw = pick(r, ENVS), pick(r, SYSTEMS), _pw(r)
    forms = [
        f"{env} {sysn} pw: {pw}",
        f"{env} {sysn} pass -> {pw}",
        f"{sysn} ({env}) creds: {pick(r, ['admin', 'root', 'svc', 'deploy', 'ops'])} / {pw}",
        f"pw for {sysn} on {env} = {pw}",
        f"{env}/{sysn}: user {pick(r, ['app', 'admin', 'etl'])}, password {pw}",
        f"{sysn} {env} login {pick(r, PEOPLE).lstrip('@')}:{pw}",
        f"FYI {env} {sysn} password changed to {pw}",
        f"{pw} <- {env} {sysn} pw (temp)",
        f"{env} {sysn}\npw {pw}",
        f"{sysn} pwd={pw} ({env})",
    ]
    return pick(r, forms)


def note_prose_credential(r: random.Random) -> str:
    env, sysn, pw = pick(r, ENVS), pick(r, SYSTEMS), _pw(r)
    who = pick(r, PEOPLE)
    forms = [
        f"The password for the {env} {sysn} is {pw}, please don't paste it in the channel.",
        f"{who} reset the {sysn} admin account on {env}; it was reset to {pw} until we move it to the vault.",
        f"Heads up: login for the {env} {sysn} is admin / {pw}. Rotate after the demo.",
        f"If the {sysn} asks for a password again use {pw} (that's the {env} one, not prod).",
        f"I could only get in with the old credentials, i.e. user deploy and password {pw}, so the rotation did not take.",
        f"{who} shared the {sysn} password over DM: {pw}. Writing it here so the next session can finish the migration.",
        f"Got the {env} {sysn} working. Credentials were ops and {pw}; the user has read-only grants.",
        f"Note to self: the {sysn} on {env} still accepts the default user with password {pw}; ticket filed.",
        f"Ended up connecting as root - the root password for {env} is {pw} per the runbook wiki page.",
        f"Vendor support gave us a temporary password ({pw}) for the {sysn} portal, valid 48h.",
    ]
    return pick(r, forms)


def note_vendor_token(r: random.Random) -> str:
    v, name, val = token(r)
    while v in GENERIC:
        v, name, val = token(r)
    wrap = pick(r, ["", "`", "'", '"', "(", "[", "<", "-", "."])
    close = {"`": "`", "'": "'", '"': '"', "(": ")", "[": "]", "<": ">"}.get(wrap, "")
    glued = f"{wrap}{val}{close}"
    forms = [
        f"new {v} token {glued} (expires in 30d)",
        f"{name}={val}",
        f"using {v} key {glued} for the load test",
        f"{v}: {glued}",
        f"token for the {v} integration is {val}.",
        f"swapped the {v} key, current one: {glued}",
        f"export {name}={val}  # set this before running the e2e suite",
        f"{pick(r, PEOPLE)} gave me a {v} token to try, {val}, revoke it after",
        f"ci was failing on auth; works with {name} {val}",
        f"{val}",
        f"remember: {v} creds live in the shared 1pw vault now - for today use {glued}",
    ]
    return pick(r, forms)


def note_connection_string(r: random.Random) -> str:
    cs = conn_string(r)
    forms = [
        f"{pick(r, ENVS)} DATABASE_URL: {cs}",
        f"connect with {cs}",
        f"the replica is at {cs} if you need to check the counts",
        f"migration ran against {cs} (oops, should have been staging)",
        f"dsn={cs}",
        f"{cs}",
        f"To reproduce, point the worker at {cs} and run one batch.",
    ]
    return pick(r, forms)


def note_intl_credential(r: random.Random) -> str:
    return intl_secret_prose(r, _pw(r), pick(r, ENVS), pick(r, SYSTEMS))


# ----- next actions ------------------------------------------------------------------------------

def next_credential(r: random.Random) -> str:
    v, name, val = token(r)
    pw = _pw(r)
    forms = [
        f"rotate the {v} key {val} - it was pasted in #dev-chat",
        f"revoke {val} once the new {name} is in the vault",
        f"log in to the {pick(r, ENVS)} {pick(r, SYSTEMS)} (admin/{pw}) and drop the test tenants",
        f"set {name}={val} in the CI secrets and re-run the deploy job",
        f"move hard-coded password {pw} out of settings.py",
        f"ask {pick(r, PEOPLE)} whether {val} is the prod or staging {v} token",
        f"change the {pick(r, SYSTEMS)} password from {pw} to something from the generator",
        f"update {pick(r, REPOS)} secret {name} to {val}",
    ]
    return pick(r, forms)


# ----- validation command lines and summaries --------------------------------------------------

def validation_cmd_credential(r: random.Random) -> str:
    v, name, val = token(r)
    pw = _pw(r)
    user = pick(r, ["root", "admin", "deploy", "ci", "app"])
    host = pick(r, ["db.internal", "10.0.3.17", "localhost", "pg-stg-2", "mysql.qa.svc"])
    akid, aksec = aws_pair(r)
    forms = [
        f'curl -sf -H "Authorization: Bearer {val}" https://api.example.com/v1/health',
        f"curl -u {user}:{pw} https://nexus.internal/service/rest/v1/status",
        f"mysql -h {host} -u {user} -p{pw} -e 'select 1'",
        f"PGPASSWORD='{pw}' psql -h {host} -U {user} -c '\\dt'",
        f"psql {conn_string(r)} -c 'select count(*) from orders'",
        f"gh secret set {name} --body {val} --repo {pick(r, REPOS)}",
        f"aws configure set aws_secret_access_key {aksec} && aws sts get-caller-identity",
        f"kubectl create secret generic app-env --from-literal=DB_PASSWORD={pw} --dry-run=client -o yaml",
        f"heroku config:set {name}={val} -a orders-stg",
        f"fly secrets set {name}={val} --stage",
        f"echo {val} | docker login ghcr.io -u {user} --password-stdin",
        f"docker login -u {user} -p {pw} registry.internal:5000",
        f"htpasswd -b -c .htpasswd {user} {pw}",
        f"echo '{pw}' | sudo -S systemctl restart {pick(r, SERVICES)}",
        f"sshpass -p '{pw}' ssh {user}@{host} uptime",
        f"redis-cli -h {host} -a {pw} ping",
        f"{name}={val} pytest -q tests/integration -k {v.split()[0]}",
        f"curl -b 'session={rs(r, AN, 48)}' https://admin.example.com/api/me",
        f"AWS_ACCESS_KEY_ID={akid} AWS_SECRET_ACCESS_KEY={aksec} make deploy-stg",
        f"mongosh \"{conn_string(r)}\" --eval 'db.stats()'",
        f"keytool -importkeystore -srckeystore app.p12 -srcstorepass {pw} -deststorepass {pw}",
        f"openssl pkcs12 -export -in cert.pem -inkey key.pem -passout pass:{pw} -out app.p12",
        f"ldapsearch -x -H ldap://ldap.internal -D cn=admin,dc=acme,dc=io -w {pw} uid=svc",
        f"vercel env add {name} production <<< '{val}'",
        f"npm publish --//registry.npmjs.org/:_authToken={val}",
        f"git push https://x-access-token:{val}@github.com/{pick(r, REPOS)}.git HEAD",
    ]
    return pick(r, forms)


def validation_summary_credential(r: random.Random) -> str:
    v, name, val = token(r)
    pw = _pw(r)
    forms = [
        f"401 from {v} with {val} - token revoked?",
        f"smoke ok; logged in as deploy/{pw}",
        f"3 failed: auth rejected for {name}={val}",
        f"passed after exporting {name} {val}",
        f"green with the temp password {pw}",
        f"connect failed to {conn_string(r)} (timeout)",
        f"ok, used bearer {jwt(r)}",
        f"12 passed; fixture seeds admin pw {pw}",
    ]
    return pick(r, forms)


# ----- config facts ------------------------------------------------------------------------------

def config_kv_credential(r: random.Random) -> str:
    v, name, val = token(r)
    pw = _pw(r)
    sep = pick(r, ["=", ": ", " = ", ":"])
    keys_pw = ["db.password", "database.pass", "smtp.password", "redis.auth", "ldap.bind_password", "admin_pw",
               "mq.pass", "sftp.password", "POSTGRES_PASSWORD", "keystore.storepass", "dbPwd", "jenkins.api_pass"]
    keys_tok = [name.lower(), name, f"{v.split()[0]}.api_key", f"{v.split()[0]}_token", f"integrations.{v.split()[0]}.secret"]
    forms = [
        f"{pick(r, keys_pw)}{sep}{pw}",
        f"{pick(r, keys_tok)}{sep}{val}",
        f"{pick(r, keys_tok)}{sep}\"{val}\"",
        f"database_url{sep}{conn_string(r)}",
        f"aws.secret_access_key{sep}{aws_pair(r)[1]}",
        f"auth.header{sep}Bearer {val}",
        f"jwt.signing_secret{sep}{rs(r, AN, 48)}",
        f"SECRET_KEY_BASE{sep}{rs(r, HEX, 128)}",
        f"session.cookie_secret{sep}{rs(r, URLSAFE, 44)}",
        f"webhook.url{sep}https://hooks.slack.com/services/T{rs(r, '0123456789ABCDEFGHJKLMNPQRSTUVWXYZ', 8)}/B{rs(r, '0123456789ABCDEFGHJKLMNPQRSTUVWXYZ', 10)}/{rs(r, AN, 24)}",
        f"proxy.url{sep}http://{pick(r, ['svc', 'proxyuser', 'build'])}:{pw.replace('@', 'x')}@proxy.corp:3128",
        f"{pick(r, keys_pw)}{sep}'{pw}'",
    ]
    return pick(r, forms)


# ----- PR / issue titles and bodies -------------------------------------------------------------

def pr_body_credential(r: random.Random) -> str:
    v, name, val = token(r)
    pw = _pw(r)
    n = r.randint(40, 2400)
    forms = [
        f"Rotate leaked {v} token {val}",
        f"Fix #{n}: CI cannot pull images\n\nThe job needs the registry login. For now I set it to `{pw}` on the runner; "
        f"we should move this to the secret store.\n\n- [x] runner config\n- [ ] docs",
        f"### Steps to reproduce\n1. export {name}={val}\n2. run `make sync`\n3. see the 500 on /v2/items\n\n"
        f"### Expected\nsync finishes",
        f"| env | user | password |\n|---|---|---|\n| {pick(r, ENVS)} | admin | {pw} |\n| {pick(r, ENVS)} | app | {_pw(r)} |",
        f"@{pick(r, PEOPLE).lstrip('@')} the staging creds in the comment above are wrong, the right password is {pw}",
        f"> works for me with\n> ```\n> {name}={val}\n> ```\nare you sure the token has the repo scope?",
        f"Add {v} integration\n\nTested locally with key `{val}` (my personal one, will revoke).",
        f"Bug: connection refused\n\nConfig used:\n```yaml\ndatabase:\n  url: {conn_string(r)}\n  pool: 10\n```",
        f"chore: bump {v} client; test key {val} in .env.example by accident, removing in follow-up",
    ]
    return pick(r, forms)


# ----- model/upstream health detail ---------------------------------------------------------------

def health_detail_credential(r: random.Random) -> str:
    v, name, val = token(r)
    forms = [
        f"401 invalid_api_key for {val}; switched to the backup key",
        f"rate-limited until {hhmm(r)} on key {val}",
        f"degraded: proxy http://relay:{password(r).replace('@', 'q')}@llm-relay.internal:8080 returns 502",
        f"{v} down for us since {hhmm(r)}, key {val} still valid",
        f"429 with x-api-key: {val}, reset in 15m",
        f"ok again after rotating {name} to {val}",
        f"Retry-After 60 on Authorization: Bearer {val}",
    ]
    return pick(r, forms)


# ----- session summaries ------------------------------------------------------------------------

def summary_credential(r: random.Random) -> str:
    v, name, val = token(r)
    pw = _pw(r)
    repo = pick(r, REPOS)
    head = pick(r, ["Session summary", "## Summary", "Done this session:", "Wrap-up", "What I did"])
    items = [
        f"- fixed the retry loop in {pick(r, ['worker.py', 'client.go', 'sync.ts'])}",
        f"- ran the integration suite against staging ({r.randint(80, 400)} passed)",
        f"- opened PR #{r.randint(10, 900)} on {repo}",
        "- the flaky lock test is still flaky (1 in ~20 runs)",
        "- bumped the lockfile",
    ]
    leaks = [
        f"- set {name}={val} in .env.local so the e2e tests can reach {v}",
        f"- reset the staging admin password to {pw}",
        f"- the DB URL I used is {conn_string(r)}",
        f"- created a deploy token for the runner: {val}",
        f"- authenticated with `{v}` using key {val}",
    ]
    body = r.sample(items, r.randint(2, 4))
    body.insert(r.randrange(len(body) + 1), pick(r, leaks))
    text = head + "\n" + "\n".join(body)
    return flatten(r, text) if r.random() < 0.3 else text


# ----- imported records ---------------------------------------------------------------------------

def import_json_credential(r: random.Random) -> str:
    v, name, val = token(r)
    pw = _pw(r)
    recs = [
        {"ts": iso(r), "kind": "config", "key": name, "value": val, "source": ".env"},
        {"timestamp": iso(r), "provider": v, "model": "default", "request_headers": {"authorization": f"Bearer {val}"},
         "status": 200, "latency_ms": r.randint(80, 4000)},
        {"event": "secret_set", "name": name, "value": val, "by": pick(r, PEOPLE)},
        {"type": "connection", "name": "warehouse", "url": conn_string(r)},
        {"id": rs(r, HEX, 12), "service": pick(r, SERVICES), "env": {"DB_USER": "app", "DB_PASSWORD": pw}},
        {"source": "1password-export", "title": f"{pick(r, SERVICES)} {pick(r, ENVS)}", "username": "admin",
         "password": pw, "url": "https://admin.internal"},
        {"tool": "Bash", "input": {"command": f"export {name}={val}"}, "exit": 0},
        {"kind": "provider_key", "provider": v, "api_key": val, "added": iso(r)},
    ]
    rec = pick(r, recs)  # type: ignore[arg-type]
    lines = [json.dumps(rec, ensure_ascii=False)]
    if r.random() < 0.35:
        for _ in range(r.randint(1, 3)):
            lines.insert(r.randrange(len(lines) + 1), json.dumps(
                {"ts": iso(r), "kind": "validation", "command": "pytest -q", "exit_code": 0, "duration": r.randint(3, 300)}))
    return "\n".join(lines)


# ----- whole pastes -----------------------------------------------------------------------------

def _log_lines(r: random.Random, n: int) -> list[str]:
    out = []
    for _ in range(n):
        lvl = pick(r, ["INFO", "INFO", "INFO", "DEBUG", "WARN"])
        msg = pick(r, ["request completed", "cache miss", "worker started", "retrying in 2s", "flushed 128 rows",
                       "healthcheck ok", "connection pool size=10", "loaded 42 routes", "job queued",
                       "GET /api/v1/items 200 14ms", "leader elected", "config reloaded"])
        out.append(f"{iso(r)} {lvl} [{pick(r, SERVICES)}] {msg}")
    return out


def paste_log_credential(r: random.Random) -> str:
    v, name, val = token(r)
    pw = _pw(r)
    leak = pick(r, [
        f"{iso(r)} DEBUG [http] > Authorization: Bearer {val}",
        f"{iso(r)} INFO [db] connecting to {conn_string(r)}",
        f"{iso(r)} ERROR [boot] invalid credentials for user admin (password={pw})",
        f"{iso(r)} DEBUG [env] {name}={val}",
        f"{iso(r)} WARN [smtp] AUTH PLAIN {b64_text(chr(0) + 'mailer' + chr(0) + pw)} rejected",
        f"Traceback (most recent call last):\n  File \"app.py\", line 88, in connect\n    "
        f"client = Client(api_key=\"{val}\")\nAuthError: 401",
        f"{iso(r)} DEBUG [s3] presigned https://bucket.s3.amazonaws.com/x.csv?X-Amz-Credential={aws_pair(r)[0]}%2F20261202"
        f"&X-Amz-Security-Token={rs(r, URLSAFE, 120)}&X-Amz-Signature={rs(r, HEX, 64)}",
    ])
    lines = sorted(_log_lines(r, r.randint(4, 18)))
    at = r.randrange(1, len(lines))
    stamp = lines[at - 1][:20]
    if leak[:4] == "2026":  # keep the log in time order: the leak takes its neighbour's timestamp
        leak = stamp + leak[20:]
    lines.insert(at, leak)
    return "\n".join(lines)


def paste_env_credential(r: random.Random) -> str:
    base = [f"NODE_ENV={pick(r, ['production', 'development', 'staging'])}", f"PORT={pick(r, ['3000', '8080', '8000'])}",
            "LOG_LEVEL=info", f"APP_NAME={pick(r, SERVICES)}", "TZ=UTC", "FEATURE_NEW_CHECKOUT=true",
            "REDIS_HOST=localhost", f"SENTRY_ENVIRONMENT={pick(r, ENVS)}", "WORKERS=4", "CACHE_TTL=300"]
    lines = r.sample(base, r.randint(3, 8))
    for _ in range(r.randint(1, 3)):
        v, name, val = token(r)
        lines.insert(r.randrange(len(lines) + 1), pick(r, [f"{name}={val}", f'{name}="{val}"', f"export {name}={val}"]))
    if r.random() < 0.4:
        lines.insert(r.randrange(len(lines) + 1), f"DATABASE_URL={conn_string(r)}")
    head = pick(r, ["", "# .env", ".env.local contents:", "here is my env, minus nothing:", "```env"])
    text = "\n".join(lines)
    if head == "```env":
        return f"```env\n{text}\n```"
    return f"{head}\n{text}" if head else text


def paste_terminal_credential(r: random.Random) -> str:
    v, name, val = token(r)
    pw = _pw(r)
    host = pick(r, ["dev-box", "ip-10-0-1-23", "mbp-dana", "runner-7", "bastion"])
    ps = pick(r, ["$ ", f"{pick(r, ['dana', 'ci', 'ubuntu'])}@{host}:~/src$ ", "❯ ", "% "])
    blocks = [
        [f"{ps}export {name}={val}", f"{ps}make e2e", "running 48 tests", "48 passed in 31.2s"],
        [f"{ps}mysql -u root -p", "Enter password: ", f"{ps}# typed {pw}, didn't echo, it worked", f"{ps}exit"],
        [f"{ps}cat ~/.pgpass", f"db.internal:5432:*:app:{pw}", f"{ps}psql -h db.internal -U app", "psql (16.2)"],
        [f"{ps}vault kv get -field=password secret/{pick(r, SERVICES)}", pw, f"{ps}"],
        [f"{ps}gh auth token", "ghp_" + rs(r, AN, 36), f"{ps}gh pr list", "no open pull requests"],
        [f"{ps}kubectl get secret app-env -o jsonpath='{{.data.DB_PASSWORD}}' | base64 -d", pw, f"{ps}"],
        [f"{ps}aws sts get-session-token", "{", '    "Credentials": {', f'        "AccessKeyId": "ASIA{rs(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)}",',
         f'        "SecretAccessKey": "{aws_pair(r)[1]}",', f'        "SessionToken": "{rs(r, AN + "/+", 200)}"', "    }", "}"],
        [f"{ps}cat ~/.netrc", f"machine api.{pick(r, ['heroku', 'example', 'internal'])}.com login deploy password {pw}"],
        [f"{ps}curl -s -X POST https://auth.example.com/oauth/token -d grant_type=client_credentials", '{"access_token":"'
         + rs(r, URLSAFE, 64) + '","token_type":"bearer","expires_in":3600}'],
    ]
    return "\n".join(pick(r, blocks))  # type: ignore[arg-type]


def paste_keyfile(r: random.Random) -> str:
    if r.random() < 0.5:
        return pick(r, ["", "deploy key for the runner:\n", "id_ed25519 (the CI one)\n"]) + private_key_block(r)
    sa = {"type": "service_account", "project_id": f"{pick(r, SERVICES)}-{rs(r, DG, 6)}",
          "private_key_id": rs(r, HEX, 40), "private_key": private_key_block(r) + "\n",
          "client_email": f"ci-deployer@{pick(r, SERVICES)}.iam.gserviceaccount.com", "client_id": rs(r, DG, 21)}
    return json.dumps(sa, indent=2)


SECRET = {
    "note_terse_credential": (note_terse_credential, 55),
    "note_prose_credential": (note_prose_credential, 50),
    "note_vendor_token": (note_vendor_token, 85),
    "note_connection_string": (note_connection_string, 40),
    "note_intl_credential": (note_intl_credential, 65),
    "next_credential": (next_credential, 50),
    "validation_cmd_credential": (validation_cmd_credential, 75),
    "validation_summary_credential": (validation_summary_credential, 35),
    "config_kv_credential": (config_kv_credential, 80),
    "pr_body_credential": (pr_body_credential, 60),
    "health_detail_credential": (health_detail_credential, 40),
    "summary_credential": (summary_credential, 50),
    "import_json_credential": (import_json_credential, 70),
    "paste_log_credential": (paste_log_credential, 65),
    "paste_env_credential": (paste_env_credential, 50),
    "paste_terminal_credential": (paste_terminal_credential, 50),
    "paste_keyfile": (paste_keyfile, 25),
}
