"""blind17: terminal scrollback, logs, diffs, review comments and notebook cells. frame(r, leak, c)."""
from __future__ import annotations

import json

from _b17rand import (
    BRANCHES,
    BUCKETS,
    DBNAMES,
    FIRST,
    HOSTS,
    LO,
    PY_FILES,
    REGIONS,
    REPO,
    USERS,
    aws_akid,
    aws_secret,
    basic_auth,
    cookie,
    cred,
    db_url,
    db_url_safe,
    gh_pat,
    hms,
    hx,
    jwt,
    npm_tok,
    password,
    pick,
    rec,
    req_id,
    rs,
    sha,
    short_sha,
    signed_url,
    token,
    ts,
    ts_seq,
    url_pw,
    uuid,
    webhook,
)

PS1 = ["$ ", "❯ ", "dev@box:~/src/{repo}$ ", "(.venv) ➜  {repo} git:({br}) ", "[{u}@{host} {repo}]$ ", "PS C:\\src\\{repo}> ",
       "root@{pod}:/app# "]


def ps1(r):
    return pick(r, PS1).format(repo=pick(r, REPO), br=pick(r, BRANCHES), u=pick(r, USERS), host=pick(r, ["bastion", "ci-7", "mbp"]),
                               pod=pick(r, REPO) + "-" + rs(r, 5, LO))


def term_export(r, leak, c):
    n, v = cred(r)
    p = ps1(r)
    if leak:
        cmd = f"{p}export {n}='{v}'"
    else:
        cmd = pick(r, [f"{p}export {n}=$(pass show {pick(r, REPO)}/{n.lower()})", f"{p}read -rs {n} && export {n}",
                       f"{p}export {n}=\"$(op read op://Dev/{n.lower()}/credential)\""])
    return f"{cmd}\n{p}{pick(r, ['make deploy', 'python scripts/smoke.py', 'npm run release', 'terraform plan'])}\n{pick(r, ['ok', 'Plan: 2 to add, 0 to change, 0 to destroy.', 'smoke: 14 passed', 'done in 3.2s'])}"


def term_curl(r, leak, c):
    p = ps1(r)
    if leak:
        auth = pick(r, [f"-H 'Authorization: Bearer {token(r)[1]}'", f"-u {pick(r, USERS)}:{url_pw(r)}", f"-H 'X-API-Key: {token(r)[1]}'"])
    else:
        auth = pick(r, ["-H \"Authorization: Bearer $API_TOKEN\"", "-u \"$USER:$PASS\"", "--netrc", "-H @headers.txt"])
    code = pick(r, ["200", "401", "403", "429", "502"])
    return (f"{p}curl -s -o /dev/null -w '%{{http_code}}\\n' {auth} https://api.{pick(r, ['acme.io', 'partner.net', 'internal'])}/v1/{pick(r, ['health', 'orders?limit=1', 'me'])}\n{code}")


def term_db(r, leak, c):
    p = ps1(r)
    if leak:
        cmd = pick(r, [f"psql '{db_url(r)}' -c 'select count(*) from orders'", f"mysql -h {pick(r, HOSTS)} -u {pick(r, USERS)} -p'{url_pw(r)}' {pick(r, DBNAMES)}",
                       f"PGPASSWORD={url_pw(r)} pg_dump -h {pick(r, HOSTS)} -U {pick(r, USERS)} {pick(r, DBNAMES)} > dump.sql",
                       f"redis-cli -h {pick(r, HOSTS)} -a {url_pw(r)} info keyspace"])
    else:
        cmd = pick(r, ["psql \"$DATABASE_URL\" -c 'select count(*) from orders'", f"mysql -h {pick(r, HOSTS)} -u {pick(r, USERS)} -p {pick(r, DBNAMES)}",
                       f"pg_dump -h {pick(r, HOSTS)} -U {pick(r, USERS)} {pick(r, DBNAMES)} > dump.sql", f"redis-cli -h {pick(r, HOSTS)} --askpass info keyspace"])
    out = pick(r, [" count\n-------\n " + str(r.randint(100, 99999)) + "\n(1 row)", "Enter password:",
                   "# Keyspace\ndb0:keys=" + str(r.randint(10, 9999)) + ",expires=0", ""])
    return f"{p}{cmd}\n{out}".strip()


def term_docker_login(r, leak, c):
    p = ps1(r)
    if leak:
        cmd = pick(r, [f"docker login -u {pick(r, USERS)} -p {gh_pat(r)} ghcr.io", f"echo {gh_pat(r)} | docker login ghcr.io -u {pick(r, USERS)} --password-stdin",
                       f"helm registry login registry.internal -u {pick(r, USERS)} -p {password(r)}"])
        out = "WARNING! Using --password via the CLI is insecure. Use --password-stdin.\nLogin Succeeded"
    else:
        cmd = pick(r, ["echo \"$CR_PAT\" | docker login ghcr.io -u acme-bot --password-stdin",
                       f"aws ecr get-login-password --region {pick(r, REGIONS)} | docker login --username AWS --password-stdin {r.randint(10 ** 11, 10 ** 12)}.dkr.ecr.{pick(r, REGIONS)}.amazonaws.com"])
        out = "Login Succeeded"
    return f"{p}{cmd}\n{out}"


def term_env_grep(r, leak, c):
    p = ps1(r)
    lines = ["PATH=/usr/local/bin:/usr/bin", f"HOME=/home/{pick(r, USERS)}", "LANG=en_US.UTF-8", f"AWS_REGION={pick(r, REGIONS)}"]
    n, v = cred(r)
    lines.append(f"{n}={v}" if leak else f"{n}_FILE=/run/secrets/{n.lower()}")
    r.shuffle(lines)
    return f"{p}env | sort | head\n" + "\n".join(lines)


def term_cat_dotfile(r, leak, c):
    from _b17cfg import DOTFILES
    p = ps1(r)
    f = pick(r, DOTFILES)
    name = {"npmrc": "~/.npmrc", "npmrc_gh": "~/.npmrc", "pypirc": "~/.pypirc", "netrc": "~/.netrc", "docker_cfg": "~/.docker/config.json",
            "git_credentials": "~/.git-credentials", "aws_credentials": "~/.aws/credentials", "kubeconfig": "~/.kube/config",
            "pip_conf": "~/.config/pip/pip.conf", "yarnrc": ".yarnrc.yml", "composer_auth": "~/.composer/auth.json",
            "pgpass": "~/.pgpass", "rclone": "~/.config/rclone/rclone.conf", "ssh_key_file": ""}[f.__name__]
    body = f(r, leak, c)
    return body if not name else f"{p}cat {name}\n{body}"


def term_history(r, leak, c):
    base = r.randint(400, 2000)
    benign = ["git pull --rebase", "make test", "kubectl get pods -n prod", "vim .env", "docker compose up -d", "git push -u origin HEAD",
              "terraform init", "npm ci", "ls -la", "cd ../" + pick(r, REPO), "htop", "gh pr create --fill"]
    items = r.sample(benign, 5)
    n, v = cred(r)
    leakline = pick(r, [f"export {n}={v}", f"heroku config:set {n}={v}", f"gh secret set {n} --body '{v}'", f"vercel env add {n} production <<< '{v}'"]) if leak else \
        pick(r, [f"gh secret set {n} < /dev/stdin", f"heroku config:set {n}=\"$(cat /tmp/{n.lower()})\"", f"export {n}=$(security find-generic-password -s {n.lower()} -w)"])
    items.insert(r.randint(1, 4), leakline)
    return f"{ps1(r)}history | tail -6\n" + "\n".join(f" {base + i}  {x}" for i, x in enumerate(items))


def term_k8s_secret(r, leak, c):
    p = ps1(r)
    n, v = cred(r)
    cmd = f"{p}kubectl get secret {pick(r, REPO)}-secrets -n {pick(r, ['prod', 'default'])} -o jsonpath='{{.data.{n.lower()}}}' | base64 -d"
    if leak:
        return f"{cmd}\n{v}"
    return f"{p}kubectl describe secret {pick(r, REPO)}-secrets -n prod\nName:         {pick(r, REPO)}-secrets\nType:  Opaque\n\nData\n====\n{n.lower()}:  {r.randint(20, 120)} bytes\nca.crt:  1066 bytes"


def term_cli_status(r, leak, c):
    p = ps1(r)
    if leak:
        t = gh_pat(r)
        return f"{p}gh auth token\n{t}"
    return (f"{p}gh auth status\ngithub.com\n  ✓ Logged in to github.com account {pick(r, USERS)} (keyring)\n  - Active account: true\n"
            f"  - Git operations protocol: https\n  - Token: gho_************************************\n  - Token scopes: 'gist', 'read:org', 'repo', 'workflow'")


def term_aws(r, leak, c):
    p = ps1(r)
    if leak:
        return (f"{p}aws sts get-session-token --duration-seconds 3600\n{{\n    \"Credentials\": {{\n        \"AccessKeyId\": \"{rec('AS' 'IA' + rs(r, 16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'))}\",\n"
                f"        \"SecretAccessKey\": \"{aws_secret(r)}\",\n        \"SessionToken\": \"IQoJb3JpZ2luX2VjE{rs(r, 200)}\",\n        \"Expiration\": \"{ts(r)}\"\n    }}\n}}")
    return (f"{p}aws configure list\n      Name                    Value             Type    Location\n      ----                    -----             ----    --------\n"
            f"   profile                 {pick(r, ['deploy', 'prod', '<not set>']):<18}manual    --profile\naccess_key     ****************{rs(r, 4, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')} shared-credentials-file\n"
            f"secret_key     ****************{rs(r, 4)} shared-credentials-file\n    region                {pick(r, REGIONS)}      config-file    ~/.aws/config")


def term_curl_verbose(r, leak, c):
    p = ps1(r)
    ck = cookie(r) if leak else "session=<redacted>; Path=/; HttpOnly; Secure"
    auth = f"> Authorization: Bearer {jwt(r)}" if leak else "> Authorization: Bearer [REDACTED]"
    return (f"{p}curl -v https://{pick(r, ['app', 'admin', 'console'])}.acme-corp.net/api/me\n> GET /api/me HTTP/2\n> Host: app.acme-corp.net\n{auth}\n>\n< HTTP/2 200\n"
            f"< content-type: application/json\n< set-cookie: {ck}\n< x-request-id: {req_id(r)}")


TERMINAL = [term_export, term_curl, term_db, term_docker_login, term_env_grep, term_cat_dotfile, term_history, term_k8s_secret,
            term_cli_status, term_aws, term_curl_verbose]


# ---------------------------------------------------------------- logs
def _lvl(r):
    return pick(r, ["INFO", "DEBUG", "WARN", "ERROR", "WARNING"])


def log_http_debug(r, leak, c):
    v = token(r)[1] if leak else pick(r, ["***", "[FILTERED]", "<redacted>", "****"])
    t = ts_seq(r, 3)
    return (f"{t[0]} DEBUG urllib3.connectionpool: Starting new HTTPS connection (1): api.{pick(r, ['acme.io', 'stripe.com', 'github.com'])}:443\n"
            f"{t[1]} DEBUG http.client: send: b'GET /v1/{pick(r, ['charges', 'repos', 'users'])} HTTP/1.1\\r\\nHost: api.example\\r\\nAuthorization: Bearer {v}\\r\\n'\n"
            f"{t[2]} DEBUG urllib3.connectionpool: \"GET /v1/charges HTTP/1.1\" {pick(r, [200, 401, 500])} {r.randint(80, 9000)}")


def log_conn(r, leak, c):
    url = db_url(r) if leak else db_url_safe(r)
    t = ts_seq(r, 2)
    return f"{t[0]} {_lvl(r)} [{pick(r, REPO)}] connecting to {url} (attempt {r.randint(1, 5)}/5)\n{t[1]} ERROR [{pick(r, REPO)}] connection refused; retrying in {r.randint(1, 30)}s"


def log_signed(r, leak, c):
    if leak:
        url = signed_url(r)
    else:
        url = f"https://{pick(r, BUCKETS)}.s3.{pick(r, REGIONS)}.amazonaws.com/exports/{uuid(r)}.csv"
    return f"[{hms(r)}] {_lvl(r)} export.worker job={req_id(r)} uploaded {r.randint(1, 900)} MB -> {url}"


def log_ci_echo(r, leak, c):
    n, v = cred(r)
    shown = v if leak else "***"
    t = ts_seq(r, 7)
    return (f"{t[0]} ##[group]Run ./scripts/release.sh\n{t[1]} ./scripts/release.sh\n{t[2]} shell: /usr/bin/bash -e {{0}}\n{t[3]} env:\n"
            f"{t[4]}   {n}: {shown}\n{t[5]} ##[endgroup]\n{t[6]} + ./scripts/release.sh --tag v{r.randint(1, 9)}.{r.randint(0, 20)}.{r.randint(0, 9)}")


def log_access(r, leak, c):
    q = f"token={token(r)[1]}" if leak else pick(r, [f"page={r.randint(1, 40)}", f"request_id={uuid(r)}", "token=[FILTERED]", f"sig={hx(r, 8)}..."])
    ip = f"{r.randint(10, 220)}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    return f"{ip} - - [14/Mar/2026:{hms(r)} +0000] \"GET /api/v1/{pick(r, ['export', 'download', 'feed'])}?{q} HTTP/1.1\" {pick(r, [200, 302, 403])} {r.randint(100, 99999)} \"-\" \"{pick(r, ['curl/8.5.0', 'python-requests/2.32.3', 'Mozilla/5.0'])}\""


def log_java(r, leak, c):
    pw = url_pw(r) if leak else "****"
    return (f"{ts(r)} ERROR 1 --- [main] o.s.boot.SpringApplication : Application run failed\norg.postgresql.util.PSQLException: FATAL: password authentication failed for user \"{pick(r, USERS)}\"\n"
            f"\tat org.postgresql.core.v3.ConnectionFactoryImpl.doAuthentication(ConnectionFactoryImpl.java:{r.randint(600, 800)})\n"
            f"Caused by: datasource url=jdbc:postgresql://{pick(r, HOSTS)}:5432/{pick(r, DBNAMES)} user={pick(r, USERS)} password={pw}")


def log_json(r, leak, c):
    d = {"ts": ts(r), "level": pick(r, ["info", "warn", "error"]), "msg": pick(r, ["webhook delivered", "token refreshed", "outbound call failed"]),
         "trace_id": hx(r, 32), "span_id": hx(r, 16)}
    if leak:
        d[pick(r, ["access_token", "refresh_token", "webhook_url", "api_key"])] = pick(r, [lambda: token(r)[1], lambda: webhook(r), lambda: jwt(r)])()
    else:
        d[pick(r, ["access_token", "api_key", "webhook_url"])] = pick(r, ["[REDACTED]", "sha256:" + hx(r, 12), "***" + rs(r, 4)])
    return json.dumps(d, ensure_ascii=False)


def log_celery(r, leak, c):
    url = db_url(r).replace("postgres", "redis") if leak else pick(r, ["redis://redis:6379/0", "redis://:**@redis-primary.cache:6379/1"])
    t = ts_seq(r, 3)
    return (f"[{t[0]}: INFO/MainProcess] Connected to {url}\n[{t[1]}: INFO/MainProcess] mingle: searching for neighbors\n"
            f"[{t[2]}: INFO/MainProcess] celery@{pick(r, REPO)}-{rs(r, 5, LO)} ready.")


def log_traceback(r, leak, c):
    n, v = cred(r)
    loc = f"    {n.lower()} = '{v}'" if leak else f"    {n.lower()} = os.environ['{n}']"
    err = f"KeyError: '{n}'" if not leak else f"{pick(r, ['httpx.HTTPStatusError', 'requests.exceptions.HTTPError'])}: 401 Client Error: Unauthorized"
    return (f"Traceback (most recent call last):\n  File \"/srv/{pick(r, PY_FILES)}\", line {r.randint(10, 400)}, in <module>\n    main()\n"
            f"  File \"/srv/{pick(r, PY_FILES)}\", line {r.randint(10, 400)}, in main\n{loc}\n{err}")


LOGS = [log_http_debug, log_conn, log_signed, log_ci_echo, log_access, log_java, log_json, log_celery, log_traceback]


# ---------------------------------------------------------------- diffs
def _hunk(r, path):
    a = r.randint(1, 200)
    return f"diff --git a/{path} b/{path}\nindex {short_sha(r)}..{short_sha(r)} 100644\n--- a/{path}\n+++ b/{path}\n@@ -{a},6 +{a},7 @@"


def diff_env(r, leak, c):
    n, v = cred(r)
    path = pick(r, [".env.production", "config/prod.env", "deploy/.env", "docker/.env"])
    new = f"+{n}={v}" if leak else f"+{n}=${{{n}}}"
    return f"{_hunk(r, path)}\n APP_ENV=production\n LOG_LEVEL=info\n-{n}=\n{new}\n PORT=8080"


def diff_code(r, leak, c):
    n, v = cred(r)
    path = pick(r, PY_FILES)
    if leak:
        rm, add = f"-{n.lower()} = os.environ[\"{n}\"]", f"+{n.lower()} = \"{v}\"  # TODO revert"
    else:
        rm, add = f"-{n.lower()} = \"\"", f"+{n.lower()} = os.environ[\"{n}\"]"
    return f"{_hunk(r, path)}\n import os\n \n+# {c}\n{rm}\n{add}\n \n def main() -> None:"


def diff_removed(r, leak, c):
    # a removed line still shows the old value
    n, v = cred(r)
    path = pick(r, ["settings.yaml", "config/app.yml", "values.yaml"])
    old = f"-  {n.lower()}: \"{v}\"" if leak else f"-  {n.lower()}: \"changeme\""
    return f"{_hunk(r, path)}\n {pick(r, ['upstream', 'integrations', 'auth'])}:\n   timeout: 30\n{old}\n+  {n.lower()}: ${{{n}}}\n   retries: 3"


def diff_yaml(r, leak, c):
    pw = password(r) if leak else "{{ .Values.db.passwordRef }}"
    return f"{_hunk(r, 'charts/' + pick(r, REPO) + '/values-prod.yaml')}\n db:\n   host: {pick(r, HOSTS)}\n   user: {pick(r, USERS)}\n+  password: \"{pw}\"\n   pool: 10"


def diff_stat(r, leak, c):
    files = r.sample(PY_FILES, 3)
    n, v = cred(r)
    body = f"+    \"{n.lower()}\": \"{v}\"," if leak else f"+    \"{n.lower()}\": env(\"{n}\"),"
    return (f"{ps1(r)}git show --stat {short_sha(r)}\ncommit {sha(r)}\nAuthor: {pick(r, FIRST).title()} <{pick(r, FIRST)}@acme-corp.net>\n\n    {pick(r, ['wire up partner api', 'fix config loading', 'add integration settings'])}\n\n"
            + "\n".join(f" {f} | {r.randint(1, 40)} {'+' * r.randint(1, 8)}{'-' * r.randint(0, 4)}" for f in files)
            + f"\n\n{ps1(r)}git show {short_sha(r)} -- {files[0]} | grep '^+'\n{body}")


DIFFS = [diff_env, diff_code, diff_removed, diff_yaml, diff_stat]


# ---------------------------------------------------------------- review / issue comments quoting a value
def review_quote(r, leak, c):
    n, v = cred(r)
    shown = v if leak else pick(r, ["<redacted>", v[:4] + "…" if len(v) > 8 else "****", "${" + n + "}"])
    who = pick(r, FIRST)
    return (f"**{who}** commented on `{pick(r, PY_FILES)}` line {r.randint(5, 300)}:\n\n> ```\n> {n} = \"{shown}\"\n> ```\n\n"
            f"{pick(r, ['This should come from the environment, not the repo.', 'Please move this to the secret store before merging.', 'Was this intentional? CI uses a different one.', 'Nit: read this via settings.'])}")


def issue_repro(r, leak, c):
    url = db_url(r) if leak else db_url_safe(r)
    return (f"### Steps to reproduce\n\n1. Set `DATABASE_URL={url}`\n2. Run `{pick(r, ['make migrate', 'alembic upgrade head', 'rails db:migrate'])}`\n\n"
            f"### Actual\n\n```\n{pick(r, ['psycopg.OperationalError: connection timeout expired', 'ActiveRecord::ConnectionNotEstablished', 'sqlalchemy.exc.OperationalError'])}\n```\n\n"
            f"### Environment\n\n- version: {r.randint(1, 5)}.{r.randint(0, 20)}.{r.randint(0, 9)}\n- os: {pick(r, ['Ubuntu 22.04', 'macOS 14.5', 'Debian 12'])}")


def bot_scan(r, leak, c):
    n, v = cred(r)
    if leak:
        body = f"| Secret type | Value | File |\n|---|---|---|\n| {n.replace('_', ' ').title()} | `{v}` | `{pick(r, PY_FILES)}` |"
    else:
        body = f"| Secret type | Commit | File |\n|---|---|---|\n| {n.replace('_', ' ').title()} | `{short_sha(r)}` | `{pick(r, PY_FILES)}` |"
    return f"**secret-scanner** (bot) commented:\n\n⚠️ 1 potential secret detected in this pull request.\n\n{body}\n\nRevoke the credential and force-push without it."


def issue_comment_log(r, leak, c):
    return f"Full log from the failing run:\n\n```\n{log_ci_echo(r, leak, c)}\n```\n\n{pick(r, ['Happens on every retry.', 'Only on the arm64 runner.', 'Started after the runner image update.'])}"


REVIEW = [review_quote, issue_repro, bot_scan, issue_comment_log]


# ---------------------------------------------------------------- notebooks
def nb_cell(r, leak, c):
    n, v = cred(r)
    src = ["import os\n", f"# {c}\n", (f"os.environ[\"{n}\"] = \"{v}\"\n" if leak else f"os.environ[\"{n}\"] = getpass.getpass(\"{n}: \")\n"),
           f"df = load_table(\"{pick(r, DBNAMES)}\")"]
    return json.dumps({"cell_type": "code", "execution_count": r.randint(1, 60), "metadata": {}, "outputs": [], "source": src}, indent=1, ensure_ascii=False)


def nb_repl(r, leak, c):
    k = r.randint(1, 40)
    v = f"'{token(r)[1]}'" if leak else "userdata.get('HF_TOKEN')"
    return (f"In [{k}]: from huggingface_hub import login\n\nIn [{k + 1}]: # {c}\n    ...: login(token={v})\n"
            f"Token is valid (permission: {pick(r, ['read', 'write'])}).\nLogin successful")


def nb_output(r, leak, c):
    k = r.randint(1, 40)
    if leak:
        out = f"Out[{k}]: {{'user': '{pick(r, USERS)}', 'password': '{password(r)}', 'host': '{pick(r, HOSTS)}'}}"
    else:
        out = f"Out[{k}]: {{'user': '{pick(r, USERS)}', 'password': '********', 'host': '{pick(r, HOSTS)}'}}"
    return f"In [{k}]: creds = read_db_config('{pick(r, ['prod', 'replica'])}'); creds\n{out}"


def nb_aws(r, leak, c):
    k = r.randint(1, 40)
    if leak:
        body = f"%env AWS_ACCESS_KEY_ID={aws_akid(r)}\n%env AWS_SECRET_ACCESS_KEY={aws_secret(r)}"
    else:
        body = f"%env AWS_PROFILE={pick(r, ['ds', 'sandbox'])}\n%env AWS_DEFAULT_REGION={pick(r, REGIONS)}"
    return f"# [{k}] {c}\n{body}\nimport s3fs\nfs = s3fs.S3FileSystem()\nfs.ls('{pick(r, BUCKETS)}')[:5]"


NOTEBOOK = [nb_cell, nb_repl, nb_output, nb_aws]

_ = (basic_auth, npm_tok)


# ---------------------------------------------------------------- signed URLs and webhooks copied from tool output
def url_presign(r, leak, c):
    p = ps1(r)
    b = pick(r, BUCKETS)
    if leak:
        return f"{p}aws s3 presign s3://{b}/exports/{uuid(r)}.csv --expires-in 86400\n{signed_url(r)}"
    return f"{p}aws s3 ls s3://{b}/exports/ | tail -2\n2026-03-14 10:15:{r.randint(10, 59)}   {r.randint(1000, 99999999)} {uuid(r)}.csv\n2026-03-14 10:16:{r.randint(10, 59)}   {r.randint(1000, 99999999)} {uuid(r)}.csv"


def url_webhook_cfg(r, leak, c):
    v = webhook(r) if leak else pick(r, ["${SLACK_WEBHOOK_URL}", "${{ secrets.DISCORD_WEBHOOK }}", "https://hooks.slack.com/services/XXX/YYY/ZZZ"])
    return f"# alertmanager.yml — {c}\nreceivers:\n  - name: {pick(r, ['oncall', 'team-payments', 'platform'])}\n    slack_configs:\n      - api_url: '{v}'\n        channel: '#{pick(r, ['alerts', 'oncall', 'payments-alerts'])}'\n        send_resolved: true"


def url_share_link(r, leak, c):
    if leak:
        u = signed_url(r)
    else:
        u = f"https://console.aws.amazon.com/s3/object/{pick(r, BUCKETS)}?region={pick(r, REGIONS)}&prefix=exports/{uuid(r)}.csv"
    return f"{pick(r, ['Download link from the export job', 'Link the report job printed', 'Here is the file'])} ({pick(r, ['valid 24h', 'expires tonight', 'one-off'])}):\n{u}"


def url_gsutil(r, leak, c):
    p = ps1(r)
    if leak:
        u = signed_url(r)
        while "googleapis" not in u:
            u = signed_url(r)
        b = u.split("/")[3]
        return f"{p}gsutil signurl -d 1h sa.json gs://{b}/reports/q3.pdf\nURL\tHTTP Method\tExpiration\tSigned URL\ngs://{b}/reports/q3.pdf\tGET\t2026-03-14 11:15:00\t{u}"
    return f"{p}gsutil ls -l gs://{pick(r, BUCKETS)}/reports/\n   {r.randint(1000, 999999)}  2026-03-14T10:15:00Z  gs://{pick(r, BUCKETS)}/reports/q3.pdf\nTOTAL: 1 objects, {r.randint(1000, 999999)} bytes"


URLS = [url_presign, url_webhook_cfg, url_share_link, url_gsutil]
