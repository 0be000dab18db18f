"""Secret lines: what a team's runners, bots and people copy into the shared store with a
working-shaped credential inside (random characters, never real)."""
import json

from _b22lang import lang, say
from _b22rand import (
    Clock,
    R,
    akia,
    aws_secret,
    azure_key,
    b64,
    bk,
    chance,
    chars,
    circle,
    datadog,
    dckr,
    dur,
    env,
    ghp,
    glpat,
    glrt,
    hex32,
    hhmm,
    hosts_pick,
    job_url,
    jwt,
    npm,
    num,
    password,
    pick,
    pypi,
    repo,
    runid,
    sha,
    slack_bot,
    slack_hook,
    stamp,
    svc,
    twilio,
    vendor_token,
    version,
    who,
)


def gha_unmasked():
    vendor, make = vendor_token()
    tok = make()
    step = pick(["Debug environment", "Print config", "Configure registry", "Set up credentials",
                 "Show effective settings", "Login to registry", "Dump context"])
    var = pick(["NPM_TOKEN", "GH_TOKEN", "REGISTRY_TOKEN", "API_TOKEN", "DEPLOY_KEY", "SERVICE_TOKEN", "PAT"])
    lines = [f"##[group]Run {step.lower().replace(' ', '-')}.sh"]
    if chance(0.5):
        lines.append(f"{var}: {tok}")
    else:
        lines.append(f"+ echo \"token={tok}\"")
        lines.append(f"token={tok}")
    lines += ["##[endgroup]"]
    if chance(0.5):
        lines.insert(0, f"{stamp()} Current runner version: '2.3{num(10, 30)}.{num(0, 3)}'")
        lines.append(f"{stamp()} ##[warning]the {vendor} value above came from a step output, which is not masked")
    if chance(0.3):
        lines.append(f"Job: {job_url()}")
    return "\n".join(lines)


def ci_other_unmasked():
    tok = pick([circle, circle, npm, ghp])()
    sys_ = num(0, 3)
    if sys_ == 0:
        return (f"Running with gitlab-runner 17.{num(0, 6)}.{num(0, 3)} on {pick(['gl-runner-k8s-3', 'shared-arm'])}\n"
                f"$ echo \"//registry.npmjs.org/:_authToken=${{NPM_TOKEN}}\" > .npmrc\n$ cat .npmrc\n"
                f"//registry.npmjs.org/:_authToken={npm()}\n$ npm publish --access public")
    if sys_ == 1:
        return (f"[Pipeline] sh\n+ set -x\n+ curl -sf -H 'PRIVATE-TOKEN: {glpat()}' "
                f"https://gitlab.example.com/api/v4/projects/{num(100, 999)}/pipeline\n[Pipeline] }}\n"
                f"Finished: {pick(['SUCCESS', 'FAILURE', 'UNSTABLE'])}")
    if sys_ == 2:
        return (f"~~~ Preparing plugins\n--- :docker: login\n$ docker login -u acme-ci -p {dckr()} docker.io\n"
                f"WARNING! Using --password via the CLI is insecure. Use --password-stdin.\nLogin Succeeded")
    if chance(0.4):
        return publish_output()
    return (f"#!/bin/bash -eo pipefail\nenv | sort | grep -i token\nCIRCLE_TOKEN={tok}\n"
            f"CIRCLE_BUILD_NUM={num(1000, 99999)}\nExited with code exit status 0")


def tf_plan_sensitive():
    pw = password()
    res = pick(["aws_db_instance.main", "azurerm_postgresql_flexible_server.primary", "google_sql_user.app",
                "aws_rds_cluster.ledger", "random_password.admin"])
    attr = pick(["password", "master_password", "administrator_password", "result"])
    head = pick(["Terraform will perform the following actions:", "# terraform show -json | jq (pasted by the runner)",
                 "Plan: 1 to add, 1 to change, 0 to destroy."])
    if chance(0.5):
        return (f"{head}\n\n  # {res} will be updated in-place\n  ~ resource \"{res.split('.')[0]}\" \"{res.split('.')[1]}\" {{\n"
                f"        id       = \"{svc()}-{env()}\"\n      ~ {attr} = (sensitive value) -> \"{pw}\"\n    }}\n"
                f"(the module wraps the value in nonsensitive() for the {env()} debug output)")
    return json.dumps({"outputs": {f"{svc().replace('-', '_')}_db_{attr}": {"sensitive": True, "value": pw,
                                                                       "type": "string"}},
                       "format_version": "1.2"}, indent=2 if chance(0.5) else None)


def tf_state_snippet():
    if chance(0.35):
        return cloud_keys()
    key = akia()
    return (f"state pulled from s3://{pick(['acme', 'ops'])}-tfstate/{env()}/terraform.tfstate, excerpt:\n"
            f'{{"type": "aws_iam_access_key", "name": "ci_deployer", "instances": [{{"attributes": {{\n'
            f'  "id": "{key}", "user": "ci-deployer", "secret": "{aws_secret()}", "status": "Active"}}}}]}}')


def kube_secret_yaml():
    user = pick(["app", "ledger", "svc_orders", "postgres", "admin"])
    pw = password()
    ns = pick(["payments", "default", "platform", "ops", env()])
    name = svc()
    body = (f"apiVersion: v1\nkind: Secret\nmetadata:\n  name: {name}-db\n  namespace: {ns}\ntype: Opaque\ndata:\n"
            f"  username: {b64(user)}\n  password: {b64(pw)}\n")
    if chance(0.4):
        body += f"  url: {b64(f'postgres://{user}:{pw}@{svc()}-db.{ns}.svc:5432/{user}')}\n"
    return f"$ kubectl get secret {name}-db -n {ns} -o yaml\n" + body.rstrip()


def kubeconfig():
    url = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_"
    tok = jwt() if chance(0.4) else f"eyJhbGciOiJSUzI1NiIsImtpZCI6I{chars(url, 40)}.{chars(url, 300)}.{chars(url, 342)}"
    e = env()
    return (f"apiVersion: v1\nclusters:\n- cluster:\n    server: https://{sha(8)}.gr7.eu-west-1.eks.amazonaws.com\n"
            f"  name: {e}\ncontexts:\n- context: {{cluster: {e}, user: ci-deployer}}\n  name: ci\n"
            f"current-context: ci\nusers:\n- name: ci-deployer\n  user:\n    token: {tok}")


def registry_auth():
    user = pick(["acme-ci", "robot$deployer", "_json_key", "ci-push", "AWS"])
    pw = password(num(20, 32)) if chance(0.5) else dckr()
    blob = b64(f"{user}:{pw}")
    reg = pick(["registry.example.com", "ghcr.io", "harbor.ops.internal", "index.docker.io/v1/", "quay.io"])
    cfg = json.dumps({"auths": {reg: {"auth": blob}}})
    if chance(0.5):
        return (f"kubectl describe secret regcred (pasted by {pick(['deploy-bot', 'ci-runner'])}):\n"
                f"Type:  kubernetes.io/dockerconfigjson\nData\n====\n.dockerconfigjson: {cfg}")
    return f"kaniko step failed, /kaniko/.docker/config.json was:\n{cfg}\nerror checking push permissions"


ROT = {
    "en": ["Rotation done for {s} ({e}). New password: {p}", "Rotated the {s} DB user today, the new one is {p} — update your local .env",
           "SEC-{n}: credential rotated. {s}/{e} password is now {p}"],
    "de": ["Rotation für {s} ({e}) erledigt. Neues Passwort: {p}", "Das Passwort der {s}-Datenbank wurde auf {p} geändert"],
    "fr": ["Rotation faite pour {s} ({e}). Nouveau mot de passe : {p}", "le mot de passe de {s} en {e} est maintenant {p}"],
    "es": ["Rotación completada en {s} ({e}). Contraseña nueva: {p}", "La contraseña de {s} quedó como {p}"],
    "pt": ["Rotação concluída para {s} ({e}). Nova senha: {p}"],
    "zh": ["{s}（{e}）的密码已轮换，新密码：{p}", "已更新 {s} 数据库密码为 {p}，请同步到本地"],
    "ja": ["{s}（{e}）のパスワードをローテーションしました。新しいパスワード: {p}"],
    "ko": ["{s} ({e}) 비밀번호 교체 완료. 새 비밀번호: {p}"],
    "ru": ["Ротация для {s} ({e}) выполнена. Новый пароль: {p}"],
    "tr": ["{s} ({e}) için şifre değiştirildi. Yeni şifre: {p}"],
    "pl": ["Rotacja dla {s} ({e}) zrobiona. Nowe hasło: {p}"],
    "it": ["Rotazione completata per {s} ({e}). Nuova password: {p}"],
    "vi": ["Đã đổi mật khẩu cho {s} ({e}). Mật khẩu mới: {p}"],
    "hi": ["{s} ({e}) का पासवर्ड बदल दिया गया है। नया पासवर्ड: {p}"],
    "ar": ["تم تدوير كلمة المرور لخدمة {s} ({e}). كلمة المرور الجديدة: {p}"],
}


def rotation_ticket():
    code = lang(0.45)
    line = say(ROT, code).format(s=svc(), e=env(), p=password(), n=num(100, 9999))
    if chance(0.5):
        return f"[{pick(['JIRA', 'Linear', 'ServiceNow'])}] SEC-{num(100, 9999)} rotate {svc()} credentials\nStatus: Done\n{line}"
    return line


def migration_dsn():
    user = pick(["migrator", "app", "flyway", "ledger_owner", "postgres"])
    pw = password()
    host = f"{svc()}-db.{pick(['internal', 'cluster-c8x.eu-west-1.rds.amazonaws.com', 'svc.cluster.local'])}"
    eng = num(0, 2)
    if eng == 0:
        dsn = f"postgresql://{user}:{pw}@{host}:5432/{user}"
        return (f"{stamp()} alembic.runtime.migration Context impl PostgresqlImpl.\n"
                f"{stamp()} using sqlalchemy.url = {dsn}\n"
                f"{stamp()} Running upgrade {sha(12)} -> {sha(12)}, add index on orders.created_at")
    if eng == 1:
        return (f"Flyway Community Edition 10.{num(0, 20)}.0\nDatabase: jdbc:mysql://{host}:3306/{user}?user={user}&password={pw}\n"
                f"Successfully validated {num(10, 300)} migrations (execution time 00:0{num(0, 9)}.{num(100, 999)}s)")
    return (f"prisma:info Datasource \"db\": PostgreSQL database at \"{host}:5432\"\n"
            f"DATABASE_URL=postgres://{user}:{pw}@{host}:5432/app?sslmode=require\n"
            f"{num(2, 9)} migrations found in prisma/migrations")


def alert_route_secret():
    k = num(0, 3)
    if k == 0:
        return (f"alertmanager.yml from the {env()} bundle:\nreceivers:\n- name: oncall\n  pagerduty_configs:\n"
                f"  - routing_key: {hex32()}\n    severity: critical\n- name: chat\n  slack_configs:\n  - api_url: {slack_hook()}")
    if k == 1:
        return json.dumps({"routing_key": hex32(), "event_action": "trigger",
                           "payload": {"summary": f"{svc()} p99 latency above SLO", "source": pick(hosts_pick())},
                           "severity": "error"})
    if k == 2:
        return f"Opsgenie integration for {svc()}: GenieKey {chars('0123456789abcdef', 8)}-{sha(4)}-{sha(4)}-{sha(4)}-{sha(12)}"
    return f"Datadog monitor webhook set up for {svc()}; DD_API_KEY={datadog()} DD_APP_KEY={sha(40)}"


def signed_url():
    obj = f"{svc()}/{version()}/{pick(['bundle.tar.gz', 'sbom.json', 'coverage.xml', 'app-release.apk', 'dump.sql.gz'])}"
    if chance(0.6):
        url = (f"https://acme-artifacts.s3.eu-west-1.amazonaws.com/{obj}?X-Amz-Algorithm=AWS4-HMAC-SHA256"
               f"&X-Amz-Credential={akia()}%2F2026{num(10, 12)}{num(10, 28)}%2Feu-west-1%2Fs3%2Faws4_request"
               f"&X-Amz-Date=2026{num(10, 12)}{num(10, 28)}T{num(10, 23)}{num(10, 59)}00Z&X-Amz-Expires={pick(['3600', '86400', '604800'])}"
               f"&X-Amz-SignedHeaders=host&X-Amz-Signature={sha(64)}")
    else:
        url = (f"https://storage.googleapis.com/acme-builds/{obj}?X-Goog-Algorithm=GOOG4-RSA-SHA256"
               f"&X-Goog-Credential=ci-uploader%40acme-prod.iam.gserviceaccount.com%2F2026{num(10, 12)}{num(10, 28)}"
               f"%2Fauto%2Fstorage%2Fgoog4_request&X-Goog-Date=2026{num(10, 12)}{num(10, 28)}T000000Z&X-Goog-Expires=604800"
               f"&X-Goog-SignedHeaders=host&X-Goog-Signature={sha(512)}")
    return pick([f"Artifacts for run {runid()}:\n- {obj}: {url}", f"download link (valid 7 days): {url}",
                 f"下载链接：{url}", f"Artefakte: {url}"])


HAND = {
    "en": ["Hi all, handing over the night shift. Nothing paging. For the {s} replay you'll need the service login: {u} / {p}",
           "Shift handover: {s} stable. The temporary break-glass password for {e} is {p} (expires Friday)."],
    "de": ["Übergabe Nachtschicht: {s} stabil. Zugang für den Replay-Job: {u} / {p}"],
    "fr": ["Passation : {s} stable. Identifiants du compte de service : {u} / {p}"],
    "es": ["Traspaso de turno: {s} estable. Usuario y contraseña del job: {u} / {p}"],
    "ja": ["引き継ぎ：{s} は安定しています。リプレイ用のアカウントは {u} / {p} です。"],
    "zh": ["交接：{s} 正常。回放任务账号 {u}，密码 {p}"],
    "pt": ["Passagem de turno: {s} estável. Conta do job: {u} / {p}"],
    "ru": ["Передача смены: {s} стабилен. Учётка для replay: {u} / {p}"],
    "ko": ["인수인계: {s} 안정적. 리플레이 계정 {u} / {p}"],
    "it": ["Passaggio di turno: {s} stabile. Credenziali del job: {u} / {p}"],
}


def handover_mail():
    code = lang(0.4)
    body = say(HAND, code).format(s=svc(), e=env(), u=pick(["svc-replay", "oncall-bot", "readonly_ops"]), p=password())
    subj = {"de": "Übergabe", "fr": "Passation", "zh": "交接", "ja": "引き継ぎ", "es": "Traspaso"}.get(code, "Handover")
    head = f"From: {who()}@example.com\nTo: oncall@example.com\nSubject: {subj} {hhmm()} UTC\n\n"
    return head + body if chance(0.6) else body


def ansible_verbose():
    pw = password()
    host = f"db-{num(1, 9)}.{env()}"
    return (f"TASK [postgres : create application role] ****************************\n"
            f"<{num(10, 10)}.{num(0, 255)}.{num(0, 255)}.{num(1, 254)}> ESTABLISH SSH CONNECTION FOR USER: deploy\n"
            f"changed: [{host}] => {{\"changed\": true, \"invocation\": {{\"module_args\": "
            f"{{\"name\": \"app\", \"password\": \"{pw}\", \"login_user\": \"postgres\"}}}}}}\n"
            f"PLAY RECAP ***********************\n{host} : ok={num(3, 40)} changed={num(1, 9)} failed=0")


def helm_values():
    if chance(0.4):
        return ansible_verbose()
    k = num(0, 2)
    vals = {0: f"slack:\n  botToken: {slack_bot()}\n  channel: \"#deploys\"",
            1: f"postgresql:\n  auth:\n    username: app\n    password: {password()}\n    database: {svc().replace('-', '_')}",
            2: f"smtp:\n  host: smtp.sendgrid.net\n  user: apikey\n  password: SG.{chars('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_', 22)}.{chars('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_', 43)}"}[k]
    return (f"$ helm get values {svc()} -n {env()}\nUSER-SUPPLIED VALUES:\nimage:\n  tag: {version()}\n{vals}\n"
            f"replicaCount: {num(2, 12)}")


def publish_output():
    if chance(0.5):
        return (f"Uploading distributions to https://upload.pypi.org/legacy/\n"
                f"twine upload -u __token__ -p {pypi()} dist/*\n"
                f"Uploading {svc().replace('-', '_')}-{version()}-py3-none-any.whl\n100% {num(10, 900)}.0/{num(10, 900)}.0 kB")
    return (f"npm notice Publishing to https://registry.npmjs.org/ with tag latest\n"
            f"npm verb config //registry.npmjs.org/:_authToken={npm()}\n"
            f"+ @acme/{svc()}@{version()}")


def store_runner_entries():
    tok = pick([glrt, ghp, bk, dckr])()
    entries = [f"[{stamp()}] {pick(['ci-runner', 'nightly-agent'])}@{pick(hosts_pick())} run {runid()}: "
               f"{pick(['tests green', 'cache restored', 'lint clean'])} on {pick(['main', 'release/2026.12'])}",
               f"[{stamp()}] {who()}: config set runner.registration_token {tok}",
               f"[{stamp()}] codex@{pick(hosts_pick())}: next action — re-register the arm64 runner"]
    R.shuffle(entries)
    return "\n".join(entries)


def curl_cookie():
    cookie = pick(["session", "_session_id", "sid", "connect.sid", "__Host-auth"])
    val = chars("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789%-_", num(40, 90))
    if chance(0.5):
        return (f"smoke test {env()} (curl -v):\n> POST /api/login HTTP/2\n< HTTP/2 302\n"
                f"< set-cookie: {cookie}={val}; Path=/; HttpOnly; Secure; SameSite=Lax\n< location: /dashboard")
    return f"repro for {svc()}: curl -b '{cookie}={val}' https://{env()}.example.com/api/orders?limit=5"


def cloud_keys():
    k = num(0, 3)
    if k == 0:
        return f"aws configure set aws_access_key_id {akia()} && aws configure set aws_secret_access_key {aws_secret()}"
    if k == 1:
        return (f"DefaultEndpointsProtocol=https;AccountName=acme{env().replace('-', '')}logs;"
                f"AccountKey={azure_key()};EndpointSuffix=core.windows.net")
    if k == 2:
        return f"twilio alert sender: TWILIO_API_KEY={twilio()} TWILIO_API_SECRET={chars('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 32)}"
    return f"gh secret set DEPLOY_TOKEN --repo {repo()} --body {ghp()}"


def long_build_with_leak():
    """A long CI log, mostly ordinary, with one unmasked credential deep inside."""
    clock = Clock()
    lines = [f"{clock()} ##[group]Run actions/checkout@v4", f"{clock()} Syncing repository: {repo()}",
             f"{clock()} ##[endgroup]"]
    for _ in range(num(25, 45)):
        lines.append(f"{clock()} " + pick([f"Step {num(1, 30)}/{num(30, 40)} : RUN npm ci --no-audit",
                                           f" ---> Using cache {sha(12)}", f"added {num(100, 1500)} packages in {dur()}",
                                           f"PASS src/{svc()}/{sha(5)}.test.ts ({dur()})",
                                           f"Cache restored from key: node-cache-Linux-x64-npm-{sha(64)[:40]}",
                                           "##[warning]Node.js 16 actions are deprecated", f"{num(1, 99)}% done"]))
    leak = pick([f"REGISTRY_PASSWORD={password()}", f"Authorization: Bearer {jwt()}", f"NPM_TOKEN={npm()}",
                 f"export GITLAB_TOKEN={glpat()}"])
    at = num(10, len(lines) - 5)
    lines.insert(at, lines[at][:20] + " " + leak)
    return "\n".join(lines)


CATS = [
    ("ci_step_prints_token", gha_unmasked, 75),
    ("ci_other_systems_token", ci_other_unmasked, 100),
    ("terraform_sensitive_clear", tf_plan_sensitive, 80),
    ("cloud_access_key_pair", tf_state_snippet, 80),
    ("kubectl_secret_yaml", kube_secret_yaml, 80),
    ("kubeconfig_token", kubeconfig, 55),
    ("registry_auth_blob", registry_auth, 75),
    ("rotation_ticket_password", rotation_ticket, 90),
    ("migration_log_dsn", migration_dsn, 75),
    ("alert_routing_secret", alert_route_secret, 70),
    ("signed_artifact_url", signed_url, 55),
    ("handover_mail_login", handover_mail, 60),
    ("deploy_tool_values_secret", helm_values, 85),
    ("store_runner_registration", store_runner_entries, 35),
    ("cookie_in_smoke_test", curl_cookie, 35),
    ("long_build_log_leak", long_build_with_leak, 45),
]
