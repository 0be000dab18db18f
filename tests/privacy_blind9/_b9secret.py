"""Secret categories of blind9: credentials as a coding agent would paste them from its session.

The carriers are the outputs agents see and copy: env dumps, `kubectl get secret -o yaml`,
`docker inspect`, terraform state, credential files, error messages that echo a token, commit
diffs, CI logs, cloud CLI output, and the agent's own notes, config facts and validation records.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable

from _b9rand import (
    ALNUM,
    DG,
    ENVS,
    FILES,
    HOSTS,
    LO,
    ORGS,
    REGIONS,
    REPOS,
    SERVICES,
    URLSAFE,
    USERS,
    b64of,
    chars,
    flatten,
    hexs,
    jwt,
    org_repo,
    password,
    pr,
    sha,
    url_password,
    uuid4,
)
from _b9rand import DBS as DBNAMES
from _b9vendors import aws_pair, vendor

R = random.Random


def _ml(r: R, p: float = 0.2) -> bool:
    return r.random() < p


def _benign_env(r: R) -> list[str]:
    pool = [f"HOME=/home/{r.choice(USERS)}", "SHELL=/bin/bash", "LANG=C.UTF-8", "TERM=xterm-256color",
            f"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/home/{r.choice(USERS)}/.local/bin",
            f"HOSTNAME={r.choice(SERVICES)}-{hexs(r, 10)}-{chars(r, LO + DG, 5)}", "PYTHONUNBUFFERED=1",
            f"NODE_ENV={r.choice(['production', 'development'])}", f"APP_ENV={r.choice(ENVS)}",
            f"LOG_LEVEL={r.choice(['info', 'debug', 'warn'])}", f"PORT={r.choice([3000, 8000, 8080, 5000])}",
            f"AWS_REGION={r.choice(REGIONS)}", "TZ=UTC", f"GIT_BRANCH={r.choice(['main', 'develop'])}",
            f"CI_COMMIT_SHA={sha(r)}", "CI=true", f"WORKERS={r.randint(2, 16)}", "PWD=/app",
            f"KUBERNETES_SERVICE_HOST=10.{r.randint(0, 99)}.0.1", "KUBERNETES_SERVICE_PORT=443"]
    return r.sample(pool, r.randint(3, 7))


def env_dump(r: R) -> str:
    lines = _benign_env(r)
    for _ in range(r.randint(1, 2)):
        _, _, env, tok = vendor(r)
        lines.insert(r.randrange(len(lines) + 1), f"{env}={tok}")
    if r.random() < 0.3:
        lines.insert(r.randrange(len(lines) + 1),
                     f"DATABASE_URL=postgres://{r.choice(USERS)}:{url_password(r)}@{r.choice(HOSTS)}:5432/{r.choice(DBNAMES)}")
    head = r.choice(["$ printenv", "$ env | sort", "$ docker exec -it api-1 env", "$ kubectl exec deploy/api -- env",
                     "# output of `set` in the failing container:", "env dump from the CI step:", "$ heroku config -s",
                     "$ fly ssh console -C env", "Container environment (copied from the pod):"])
    if _ml(r, 0.55):
        return head + "\n" + "\n".join(lines)
    return r.choice(["Env in the pod: ", "printenv showed ", f"{head} -> ", "container env: "]) + " ".join(lines)


def kubectl_secret(r: R) -> str:
    name = f"{r.choice(SERVICES)}-{r.choice(['secrets', 'credentials', 'env', 'db', 'api-keys'])}"
    ns = r.choice(["default", "prod", "staging", "payments", "platform"])
    items: list[tuple[str, str]] = []
    for _ in range(r.randint(1, 3)):
        kind = r.randrange(3)
        if kind == 0:
            _, _, env, tok = vendor(r)
            items.append((env.lower() if r.random() < 0.4 else env, tok))
        elif kind == 1:
            items.append((r.choice(["password", "DB_PASSWORD", "postgres-password", "redis-password", "admin-pass"]),
                          password(r)))
        else:
            items.append(("DATABASE_URL", f"postgresql://{r.choice(USERS)}:{url_password(r)}@{r.choice(HOSTS)}/"
                                          f"{r.choice(DBNAMES)}"))
    style = r.randrange(4)
    if style == 0:
        body = "\n".join(f"  {k}: {b64of(v.encode())}" for k, v in items)
        text = (f"$ kubectl get secret {name} -n {ns} -o yaml\napiVersion: v1\ndata:\n{body}\nkind: Secret\n"
                f"metadata:\n  name: {name}\n  namespace: {ns}\ntype: Opaque")
        return text if _ml(r, 0.8) else flatten(text, r)
    if style == 1:
        k, v = items[0]
        return r.choice([f"$ kubectl get secret {name} -n {ns} -o jsonpath='{{.data.{k}}}' | base64 -d\n{v}",
                         f"decoded {name}/{k} with kubectl ... | base64 -d -> {v}",
                         f"kubectl -n {ns} get secret {name} -o go-template='{{{{.data.{k} | base64decode}}}}' "
                         f"printed {v}"])
    if style == 2:
        data = {k: b64of(v.encode()) for k, v in items}
        obj = {"apiVersion": "v1", "kind": "Secret", "metadata": {"name": name, "namespace": ns}, "data": data}
        return f"kubectl get secret {name} -o json: " + json.dumps(obj)
    body = "\n".join(f"  {k}: \"{v}\"" for k, v in items)
    return f"# rendered by helm template, charts/{r.choice(SERVICES)}\napiVersion: v1\nkind: Secret\nmetadata:\n" \
           f"  name: {name}\nstringData:\n{body}"


def docker_inspect(r: R) -> str:
    env = [e for e in _benign_env(r)[:4]]
    _, _, var, tok = vendor(r)
    env.insert(r.randrange(len(env) + 1), f"{var}={tok}")
    cname = f"{r.choice(REPOS)}-{r.choice(SERVICES)}-1"
    style = r.randrange(4)
    if style == 0:
        return f"$ docker inspect {cname} --format '{{{{json .Config.Env}}}}'\n" + json.dumps(env)
    if style == 1:
        inner = ",\n".join(f'                "{e}"' for e in env)
        text = (f'$ docker inspect {cname}\n[\n    {{\n        "Id": "{hexs(r, 64)}",\n        "Config": {{\n'
                f'            "Hostname": "{hexs(r, 12)}",\n            "Env": [\n{inner}\n            ],\n'
                f'            "Image": "ghcr.io/{org_repo(r)}:{hexs(r, 7)}"')
        return text if _ml(r, 0.7) else flatten(text, r)
    if style == 2:
        return (f"docker compose config shows for {r.choice(SERVICES)}: environment: "
                + ", ".join(e.replace("=", ": ", 1) for e in env))
    return f"docker inspect {cname} | jq .[0].Config.Env -> " + json.dumps(env)


def terraform_state(r: R) -> str:
    style = r.randrange(5)
    if style == 0:
        kid, sec = aws_pair(r)
        obj = {"mode": "managed", "type": "aws_iam_access_key", "name": r.choice(["ci", "deployer", "uploader"]),
               "instances": [{"attributes": {"id": kid, "user": f"{r.choice(SERVICES)}-bot", "secret": sec,
                                             "status": "Active"}}]}
        return "terraform.tfstate snippet: " + json.dumps(obj)
    if style == 1:
        pw = password(r)
        text = (f'$ terraform state show aws_db_instance.{r.choice(DBNAMES)}\n'
                f'# aws_db_instance.{r.choice(DBNAMES)}:\nresource "aws_db_instance" "main" {{\n'
                f'    engine            = "postgres"\n    instance_class    = "db.t3.medium"\n'
                f'    password          = "{pw}"\n    username          = "{r.choice(USERS)}"\n}}')
        return text if _ml(r, 0.7) else flatten(text, r)
    if style == 2:
        _, _, env, tok = vendor(r)
        obj = {env.lower(): {"sensitive": True, "type": "string", "value": tok}}
        return "$ terraform output -json\n" + json.dumps(obj, indent=2)
    if style == 3:
        pw = password(r)
        return (f'"attributes": {{"administrator_login": "{r.choice(USERS)}", "administrator_login_password": '
                f'"{pw}", "fqdn": "{r.choice(REPOS)}-{r.choice(ENVS)}.postgres.database.azure.com"}}')
    _, _, env, tok = vendor(r)
    return (f"terraform plan leaked it in the diff: ~ resource \"github_actions_secret\" \"{env.lower()}\" "
            f"{{ ~ plaintext_value = (sensitive value) -> \"{tok}\" }}")


def cred_files(r: R) -> str:
    style = r.randrange(7)
    tok = vendor(r, "ci")[3]
    user = r.choice([*USERS, "x-access-token", "oauth2", "gitlab-ci-token"])
    if style == 0:
        host = r.choice(["github.com", "gitlab.com", "bitbucket.org", "git.acme.net"])
        return r.choice([f"$ cat ~/.git-credentials\nhttps://{user}:{tok}@{host}",
                         f".git-credentials has https://{user}:{tok}@{host}",
                         f"~/.git-credentials: https://{r.choice(USERS)}:{tok}@{host} (store helper)"])
    if style == 1:
        pw = password(r) if r.random() < 0.5 else tok
        host = r.choice(["api.heroku.com", "git.heroku.com", "ftp.acme.net", "registry.acme.io", "github.com",
                         "artifactory.internal"])
        text = f"machine {host}\n  login {r.choice(USERS)}\n  password {pw}"
        return ("$ cat ~/.netrc\n" + text) if _ml(r, 0.6) else "netrc: " + flatten(text, r)
    if style == 2:
        remote = f"https://{user}:{tok}@github.com/{org_repo(r)}.git"
        return r.choice([f"$ git remote -v\norigin\t{remote} (fetch)\norigin\t{remote} (push)",
                         f"git remote -v: origin {remote} (fetch)",
                         f"pushed with git push {remote} HEAD:{r.choice(['main', 'release'])}"])
    if style == 3:
        npmtok = "npm_" + chars(r, ALNUM, 36)
        return r.choice([f"$ cat .npmrc\n//registry.npmjs.org/:_authToken={npmtok}\nalways-auth=true",
                         f".npmrc in the repo root contains //npm.pkg.github.com/:_authToken={tok}",
                         f"npm config list -> //registry.npmjs.org/:_authToken = \"{npmtok}\""])
    if style == 4:
        pw = password(r)
        return r.choice([f"$ pip config list\nglobal.index-url='https://{r.choice(USERS)}:{url_password(r)}@pypi.acme.net/simple'",
                         f"pip.conf: [global] index-url = "
                         f"https://__token__:{'pypi-AgEIcHlwaS5vcmc' + chars(r, URLSAFE, 90)}"
                         f"@upload.pypi.org/legacy/",
                         f"~/.pypirc\n[pypi]\nusername = __token__\npassword = "
                         f"pypi-AgEIcHlwaS5vcmc{chars(r, URLSAFE, 120)}"])
    if style == 5:
        auth = b64of(f"{r.choice(USERS)}:{tok}".encode())
        text = '{\n  "auths": {\n    "ghcr.io": {\n      "auth": "' + auth + '"\n    }\n  }\n}'
        return ("$ cat ~/.docker/config.json\n" + text) if _ml(r, 0.6) else "docker config.json: " + flatten(text, r)
    kid, sec = aws_pair(r)
    text = f"[default]\naws_access_key_id = {kid}\naws_secret_access_key = {sec}\nregion = {r.choice(REGIONS)}"
    return ("$ cat ~/.aws/credentials\n" + text) if _ml(r, 0.6) else "~/.aws/credentials: " + flatten(text, r)


PY_FILES = [f for f in FILES if f.endswith(".py")]


def error_echo(r: R) -> str:
    name, _grp, env, tok = vendor(r)
    host = org_repo(r)
    pick = r.randrange(12)
    if pick == 0:
        return f"stripe.error.AuthenticationError: Invalid API Key provided: sk_live_{chars(r, ALNUM, 99)}"
    if pick == 1:
        gh = "ghs_" + chars(r, ALNUM, 36)
        return (f"fatal: unable to access 'https://x-access-token:{gh}@github.com/{host}.git/': "
                f"The requested URL returned error: 403")
    if pick == 2:
        return (f"openai.AuthenticationError: Error code: 401 - {{'error': {{'message': 'Incorrect API key provided: "
                f"sk-proj-{chars(r, URLSAFE, 140)}. You can find your API key at https://platform.openai.com/account/"
                f"api-keys.', 'type': 'invalid_request_error', 'code': 'invalid_api_key'}}}}")
    if pick == 3:
        return (f"requests.exceptions.HTTPError: 401 Client Error: Unauthorized for url: https://api.{r.choice(REPOS)}"
                f".io/v2/items?api_key={tok}&page=2")
    if pick == 4:
        trace = (f"Traceback (most recent call last):\n  File \"/app/{r.choice(PY_FILES)}\", line "
            f"{r.randint(20, 400)}, in "
                 f"send\n    resp = client.post(url, headers={{'Authorization': 'Bearer {tok}'}})\n"
                 f"httpx.ConnectError: [Errno 111] Connection refused")
        return trace if _ml(r, 0.7) else flatten(trace, r)
    if pick == 5:
        return (f"psql: error: connection to server at \"{r.choice(HOSTS)}\", port 5432 failed: FATAL:  password "
                f"authentication failed for user \"{r.choice(USERS)}\" (tried postgres://{r.choice(USERS)}:"
                f"{url_password(r)}@{r.choice(HOSTS)}/{r.choice(DBNAMES)})")
    if pick == 6:
        return f"Error: {name} rejected: token \"{tok}\" is expired or revoked (HTTP 401)"
    if pick == 7:
        return (f"level=error msg=\"upstream auth failed\" service={r.choice(SERVICES)} header=\"x-api-key: {tok}\" "
                f"status=401")
    if pick == 8:
        return (f"botocore.exceptions.ClientError: An error occurred (SignatureDoesNotMatch) when calling the "
                f"PutObject operation; debug: aws_secret_access_key={aws_pair(r)[1]}")
    if pick == 9:
        return (f"slack_sdk.errors.SlackApiError: The request to the Slack API failed. (url: https://slack.com/api/"
                f"chat.postMessage, token: xoxb-{chars(r, DG, 12)}-{chars(r, DG, 13)}-{chars(r, ALNUM, 24)})"
                f"\nThe server responded with: {{'ok': False, 'error': 'not_in_channel'}}")
    if pick == 10:
        return (f"ValueError: could not parse {env}='{tok}' as a URL "
                f"(raised in {r.choice(FILES)}:{r.randint(10, 300)})")
    return (f"AssertionError: expected 200, got 403 for GET /v1/{r.choice(['projects', 'orgs', 'usage'])} "
            f"with headers {{'Authorization': 'Token {tok}', 'Accept': 'application/json'}}")


def commit_diff(r: R) -> str:
    _name, _grp, env, tok = vendor(r)
    f = r.choice([".env", ".env.production", "config/settings.py", "docker-compose.yml", "deploy/values.yaml",
                  "src/config.ts", "app/config/secrets.yml", ".github/workflows/deploy.yml", "terraform/main.tf"])
    line = {
        ".env": f"+{env}={tok}", ".env.production": f"+{env}=\"{tok}\"",
        "config/settings.py": f"+{env} = \"{tok}\"", "docker-compose.yml": f"+      - {env}={tok}",
        "deploy/values.yaml": f"+  {env.lower()}: {tok}", "src/config.ts": f"+export const {env} = '{tok}';",
        "app/config/secrets.yml": f"+  {env.lower()}: \"{tok}\"",
        ".github/workflows/deploy.yml": f"+          {env}: {tok}",
        "terraform/main.tf": f"+  {env.lower()} = \"{tok}\"",
    }[f]
    commit = sha(r)
    style = r.randrange(4)
    if style == 0:
        text = (f"diff --git a/{f} b/{f}\nindex {hexs(r, 7)}..{hexs(r, 7)} 100644\n--- a/{f}\n+++ b/{f}\n"
                f"@@ -{r.randint(1, 40)},3 +{r.randint(1, 40)},4 @@\n "
                f"{r.choice(['LOG_LEVEL=info', 'DEBUG=false', '# keys'])}"
                f"\n{line}")
        return text if _ml(r, 0.75) else flatten(text, r)
    if style == 1:
        return f"$ git show {commit[:9]} -- {f}\n{line}"
    if style == 2:
        return f"commit {commit[:10]} on {r.choice(['main', 'feat/' + r.choice(SERVICES)])} added {line[1:].strip()}"
    return f"pre-push hook blocked {commit[:8]}: {f}:{r.randint(2, 90)} {line[1:].strip()}"


def ci_log(r: R) -> str:
    _name, _grp, env, tok = vendor(r)
    style = r.randrange(5)
    if style == 0:
        text = (f"Run curl -sf -X POST https://api.{r.choice(REPOS)}.dev/deploy \\\n  -H \"Authorization: Bearer "
                f"{tok}\" \\\n  -d '{{\"ref\":\"{sha(r)[:12]}\"}}'\ncurl: (22) The requested URL returned error: 502")
        return text if _ml(r, 0.6) else flatten(text, r)
    if style == 1:
        return f"+ export {env}={tok}"
    if style == 2:
        return f"{r.randint(10, 23)}:{r.randint(10, 59)}:{r.randint(10, 59)} [build] + curl -H 'PRIVATE-TOKEN: glpat-" \
               f"{chars(r, URLSAFE, 20)}' https://gitlab.com/api/v4/projects/{r.randint(100, 99999)}/pipelines"
    if style == 3:
        return (f"##[debug]Evaluating: secrets.{env}\n##[debug]Result: '{tok}'")
    return (f"Step {r.randint(3, 14)}/{r.randint(15, 22)} : ARG {env}={tok}\n ---> Running in {hexs(r, 12)}")


def cloud_cli(r: R) -> str:
    style = r.randrange(6)
    if style == 0:
        kid, sec = aws_pair(r)
        obj = {"AccessKey": {"UserName": f"{r.choice(SERVICES)}-ci", "AccessKeyId": kid, "Status": "Active",
                             "SecretAccessKey": sec, "CreateDate": "2026-11-2" + str(r.randint(0, 9)) + "T10:12:44Z"}}
        return "$ aws iam create-access-key --user-name ci\n" + json.dumps(obj, indent=r.choice([None, 2]))
    if style == 1:
        sess = "ASIA" + chars(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)
        obj = {"Credentials": {"AccessKeyId": sess, "SecretAccessKey": chars(r, ALNUM + "+/", 40),
                               "SessionToken": "IQoJb3JpZ2luX2VjE" + chars(r, ALNUM + "+/", 300),
                               "Expiration": "2026-12-02T09:41:07Z"}}
        return "aws sts assume-role output: " + json.dumps(obj)
    if style == 2:
        sec = chars(r, ALNUM, 3) + "8Q~" + chars(r, ALNUM + "._~-", 34)
        text = json.dumps({"appId": uuid4(r), "displayName": f"{r.choice(REPOS)}-deployer", "password": sec,
                           "tenant": uuid4(r)}, indent=2)
        return "$ az ad sp create-for-rbac --name deployer\n" + text if _ml(r, 0.7) else "az sp: " + flatten(text, r)
    if style == 3:
        return f"$ gcloud auth print-access-token\nya29.a0{chars(r, URLSAFE, 160)}"
    if style == 4:
        return (f"$ az storage account keys list -n {r.choice(REPOS).replace('-', '')}st\n"
                + json.dumps([{"keyName": "key1", "permissions": "FULL", "value": chars(r, ALNUM + "+/", 86) + "=="}]))
    key = "-----BEGIN PRIVATE KEY-----\\n" + chars(r, ALNUM + "+/", 64) + "\\n" + chars(r, ALNUM + "+/", 64) \
          + "\\n-----END PRIVATE KEY-----\\n"
    return ('gcloud iam service-accounts keys create key.json -> {"type": "service_account", "project_id": "'
            + r.choice(REPOS) + '-prod", "private_key_id": "' + hexs(r, 40) + '", "private_key": "' + key + '"}')


def note_token(r: R) -> str:
    name, _grp, env, tok = vendor(r)
    svc = r.choice(SERVICES)
    env_name = r.choice(ENVS)
    t = [
        f"Rotated the {name} for {svc} in {env_name}; new value is {tok}, old one revoked.",
        f"{svc} deploy was failing because {env} was unset. Set it to {tok} in the {env_name} dashboard.",
        f"Note for next session: {name} = {tok} (from the {env_name} vault, copy kept here so you don't need to ask)",
        f"Used {tok} to call the {name.split()[0]} API for the smoke test; works.",
        f"PR #{pr(r)} blocked on CI secret. I added {env} with {tok} to the repo secrets manually.",
        f"Temporary {name}: {tok} — expires Friday, replace before release.",
        f"creds for {env_name}: {env}={tok}",
        f"The user pasted their {name} ({tok}) in chat; stored it in .env.local for the e2e run.",
        f"Context: webhook signing uses {tok}; see {r.choice(FILES)}.",
        f"Handoff: {svc} needs {env} in {env_name}. Value: {tok}. Next: redeploy and rerun smoke.",
    ]
    text = r.choice(t)
    if _ml(r, 0.18):
        text = (f"## Handoff {r.choice(['state', 'notes', 'summary'])}\n- branch: {r.choice(['main', 'fix/' + svc])}\n"
                f"- {text}\n- next: rerun `make test`")
    return text


PW_KEYS = ["smtp.pass", "redis.auth", "db.pass", "admin.password", "rabbitmq.password", "ldap.bind_password"]


def config_fact(r: R) -> str:
    _name, grp, env, tok = vendor(r)
    key = r.choice([env.lower(), env.lower().replace("_", "."), f"{grp}.{env.lower().split('_')[0]}.key",
                    f"{r.choice(SERVICES)}.api_key", f"{r.choice(SERVICES)}.token", "secrets." + env.lower()])
    pw = password(r)
    t = [
        f"handoff config set {key} {tok}",
        f"handoff config set {key} {tok} --source .env.{r.choice(ENVS)}",
        f"config fact: {key} = {tok}",
        f"handoff config set db.password {pw}",
        f"handoff config set {r.choice(PW_KEYS)} {pw}",
        f"config {r.choice(['mysql.root_password', 'postgres.password', 'grafana.admin_password'])}: {pw}",
        f"{key}: \"{tok}\"  (source: {r.choice(['.env', 'vercel env pull', 'secrets.yaml', 'the user'])})",
        f"set config {r.choice(['staging', 'prod'])}."
        f"{r.choice(['api_secret', 'jwt_secret', 'session_secret', 'signing_key'])}"
        f" = {chars(r, ALNUM, r.choice([32, 48, 64]))}",
        f"SECRET_KEY_BASE={hexs(r, 128)}",
        f"config: requirepass {pw}",
    ]
    return r.choice(t)


def validation_record(r: R) -> str:
    _name, _grp, env, tok = vendor(r)
    pw = password(r)
    res = r.choice(["exit 0", "passed", "exit 1", "ok (200)", "failed: 401", "exit 0 in 3.2s", "green"])
    t = [
        f"validation: curl -sS -H \"Authorization: Bearer {tok}\" https://api.{r.choice(REPOS)}.com/health -> {res}",
        f"ran `PGPASSWORD={pw} psql -h {r.choice(HOSTS)} -U {r.choice(USERS)} -c 'select 1'` -> {res}",
        f"mysql -h {r.choice(HOSTS)} -u {r.choice(USERS)} -p{pw} -e 'SHOW TABLES' ({res})",
        f"gh secret set {env} --body \"{tok}\" --repo {org_repo(r)}: {res}",
        f"aws configure set aws_secret_access_key {aws_pair(r)[1]} --profile {r.choice(ENVS)} && aws sts "
        f"get-caller-identity: {res}",
        f"echo {tok} | docker login ghcr.io -u {r.choice(USERS)} --password-stdin -> Login Succeeded",
        f"docker login -u {r.choice(USERS)} -p {pw} registry.{r.choice(ORGS)}.io: {res}",
        f"redis-cli -h {r.choice(HOSTS)} -a {pw} ping -> PONG",
        f"handoff run -- {env}={tok} npm run test:e2e  ({res})",
        f"kubectl create secret generic {r.choice(SERVICES)}-env --from-literal={env}={tok} -n {r.choice(ENVS)}: {res}",
        f"fly secrets set {env}={tok} -a {r.choice(REPOS)} -> {res}",
        f"vercel env add {env} production <<< '{tok}' ({res})",
        f"heroku config:set {env}={tok} -a {r.choice(REPOS)}-{r.choice(ENVS)}: {res}",
        f"sshpass -p '{pw}' ssh {r.choice(USERS)}@{r.choice(HOSTS)} uptime -> {res}",
        f"mongosh \"mongodb+srv://{r.choice(USERS)}:{url_password(r)}@cluster0.{chars(r, LO + DG, 5)}.mongodb.net/"
        f"{r.choice(DBNAMES)}\""
        f" --eval 'db.stats()': {res}",
        f"htpasswd -b -c .htpasswd {r.choice(USERS)} {pw} && nginx -t: {res}",
        f"echo '{pw}' | sudo -S systemctl restart {r.choice(SERVICES)}: {res}",
        f"validated with `curl -u {r.choice(USERS)}:{url_password(r)} https://{r.choice(SERVICES)}.{r.choice(ENVS)}.acme.net/metrics`"
        f" -> {res}",
    ]
    text = r.choice(t)
    if _ml(r, 0.12):
        text = f"validation record\ncommand: {text}\ncommit: {sha(r)[:12]}\nresult: {res}"
    return text


def password_en(r: R) -> str:
    pw = password(r)
    u = r.choice(USERS)
    h = r.choice(HOSTS)
    t = [
        f"the password for the {r.choice(['staging', 'prod', 'qa'])} db is {pw}",
        f"Admin login for Grafana: {u} / {pw}",
        f"{u}'s password was reset to {pw} by the user, use it for the migration.",
        f"SSH into {h} as {u}, password {pw} (no key set up yet).",
        f"The Wi-Fi in the lab is office-5G, passphrase {pw}.",
        f"Jenkins admin pw: {pw}",
        f"user said the VPN password is {pw} and to keep it out of git",
        f"RabbitMQ management UI at :15672, login {u} and pass {pw}",
        f"For the {r.choice(['staging', 'demo'])} tenant the root account uses {pw} until SSO is wired.",
        f"Keystore password is {pw} (both -storepass and -keypass).",
        f"The zip with the fixtures is encrypted; password: {pw}",
        f"Got the SFTP credentials from ops: host {h}, user {u}, password {pw}.",
    ]
    text = r.choice(t)
    if _ml(r, 0.15):
        text = f"Access for the next agent:\n  host: {h}\n  user: {u}\n  password: {pw}"
    return text


def conn_strings(r: R) -> str:
    pw = url_password(r)
    u = r.choice(USERS)
    h = r.choice(HOSTS)
    d = r.choice(DBNAMES)
    url = r.choice([
        f"postgres://{u}:{pw}@{h}:5432/{d}", f"postgresql+asyncpg://{u}:{pw}@{h}/{d}",
        f"mysql://{u}:{pw}@{h}:3306/{d}", f"mongodb+srv://{u}:{pw}@cluster0.{chars(r, LO + DG, 5)}.mongodb.net/{d}",
        f"redis://default:{pw}@{h}:6379/0", f"rediss://:{pw}@{h}:6380", f"amqps://{u}:{pw}@{h}/vhost",
        f"Server={h};Database={d};User Id={u};Password={pw};Encrypt=true",
        f"jdbc:postgresql://{h}:5432/{d}?user={u}&password={pw}",
        f"host={h} port=5432 dbname={d} user={u} password={pw} sslmode=require",
        f"clickhouse://{u}:{pw}@{h}:9440/{d}?secure=true", f"libsql://{d}-{r.choice(ORGS)}.turso.io?authToken="
        + "eyJhbGciOiJFZERTQSIsInR5cCI6IkpXVCJ9." + chars(r, URLSAFE, 90) + "." + chars(r, URLSAFE, 86),
    ])
    style = r.randrange(5)
    if style == 0:
        return f"DATABASE_URL={url}"
    if style == 1:
        return f"$ railway variables\n║ DATABASE_URL │ {url} ║"
    if style == 2:
        return f"vercel env pull wrote .env.local:\nPOSTGRES_URL=\"{url}\"\nPOSTGRES_USER=\"{u}\""
    if style == 3:
        return f"Connection string for {d} ({r.choice(ENVS)}): {url}"
    return f"sqlalchemy.exc.OperationalError: (psycopg.OperationalError) could not connect [SQL engine: {url}]"


def private_key(r: R) -> str:
    kind = r.choice(["RSA PRIVATE KEY", "OPENSSH PRIVATE KEY", "EC PRIVATE KEY", "PRIVATE KEY"])
    body = [chars(r, ALNUM + "+/", 64) for _ in range(r.randint(4, 9))]
    if kind == "OPENSSH PRIVATE KEY":
        body[0] = "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW" + chars(r, ALNUM, 2)
    block = f"-----BEGIN {kind}-----\n" + "\n".join(body) + f"\n{chars(r, ALNUM + '+/', 20)}=\n-----END {kind}-----"
    head = r.choice(["$ cat ~/.ssh/id_ed25519", "$ cat deploy_key", "deploy key for the runner:",
                     f"$ kubectl get secret tls-{r.choice(SERVICES)} -o jsonpath='{{.data.tls\\.key}}' | base64 -d",
                     "$ terraform output -raw tls_private_key", "key the user gave for the bastion:"])
    style = r.randrange(3)
    if style == 0:
        return head + "\n" + block
    if style == 1:
        return head + " " + block.replace("\n", " ")
    return head + " " + json.dumps(block)


def session_cookie(r: R) -> str:
    sid = chars(r, URLSAFE, r.choice([32, 43, 48]))
    tok = jwt(r)
    host = f"{r.choice(SERVICES)}.{r.choice(ENVS)}.{r.choice(ORGS)}.com"
    t = [
        f"curl 'https://{host}/api/me' -H 'cookie: session={sid}; csrftoken={chars(r, ALNUM, 32)}' --compressed",
        f"copied as cURL from devtools: curl -b 'connect.sid=s%3A{chars(r, URLSAFE, 32)}.{chars(r, URLSAFE, 43)}' "
        f"https://{host}/admin",
        f"Authorization: Bearer {tok}",
        f"repro needs a logged-in session; using access_token {tok} from localStorage",
        f"Set-Cookie: __Secure-next-auth.session-token={tok}; Path=/; HttpOnly; Secure",
        f"http --auth-type=bearer --auth='{tok}' GET https://{host}/v1/orders",
        f"token response: {{\"access_token\": \"{tok}\", \"token_type\": \"Bearer\", \"expires_in\": 3600, "
        f"\"refresh_token\": \"{chars(r, URLSAFE, 64)}\"}}",
        f"websocket auth: wss://{host}/ws?token={tok}",
    ]
    return r.choice(t)


def webhook_urls(r: R) -> str:
    kind = r.randrange(4)
    if kind == 0:
        url = f"https://hooks.slack.com/services/T{chars(r, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 8)}/" \
              f"B{chars(r, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 10)}/{chars(r, ALNUM, 24)}"
    elif kind == 1:
        url = f"https://discord.com/api/webhooks/{r.randint(10**17, 10**18)}/{chars(r, URLSAFE, 68)}"
    elif kind == 2:
        url = (f"https://{r.choice(ORGS)}.webhook.office.com/webhookb2/{uuid4(r)}@{uuid4(r)}/IncomingWebhook/"
               f"{hexs(r, 32)}/{uuid4(r)}/V2{chars(r, URLSAFE, 45)}")
    else:
        url = f"https://api.telegram.org/bot{r.randint(10**9, 7 * 10**9)}:AA{chars(r, URLSAFE, 33)}/sendMessage"
    var = ["SLACK_WEBHOOK_URL", "DISCORD_WEBHOOK_URL", "TEAMS_WEBHOOK_URL", "TELEGRAM_NOTIFY_URL"][kind]
    t = [f"alerts go to {url}", f"{var}={url}", f"curl -X POST -d '{{\"text\":\"deploy ok\"}}' {url}",
         f"notifier config: webhook: {url}", f"the incident bot posts via {url} (from the user)"]
    return r.choice(t)


CATEGORIES: list[tuple[str, int, Callable[[random.Random], str]]] = [
    ("env_dump_paste", 70, env_dump),
    ("kubectl_secret_output", 55, kubectl_secret),
    ("docker_inspect_env", 50, docker_inspect),
    ("terraform_state_snippet", 50, terraform_state),
    ("credential_file_paste", 60, cred_files),
    ("error_echoes_token", 70, error_echo),
    ("commit_diff_secret", 60, commit_diff),
    ("ci_log_unmasked", 50, ci_log),
    ("cloud_cli_output", 50, cloud_cli),
    ("handoff_note_token", 90, note_token),
    ("config_fact_secret", 60, config_fact),
    ("validation_record_secret", 70, validation_record),
    ("password_prose_en", 45, password_en),
    ("connection_string", 50, conn_strings),
    ("private_key_paste", 35, private_key),
    ("session_cookie_jwt", 40, session_cookie),
    ("webhook_url_secret", 30, webhook_urls),
]
