"""Secret lines: a working-shaped credential arriving through one of handoff's write paths."""
import json

import _b23rand as r
from _b23frames import any_agent, cli, flat, hook, jstr, literal, mcp, shape, trim
from _b23lang import LANGS
from _b23rand import R, pick


def run_cmdline(lang):
    """`handoff run -- <cmd>` with a credential among the arguments."""
    tok = r.api_key()
    url = r.db_url()
    pw = r.password()
    key, sec = r.aws_pair()
    cmd = pick([
        f"curl -sf -H 'Authorization: Bearer {tok}' https://api.internal.example.net/v2/health",
        f"psql '{url}' -c 'select count(*) from schema_migrations'",
        f"mysql -h {pick(r.HOSTS)} -u {pick(r.USERS)} -p{pw} -e 'SHOW SLAVE STATUS\\G'",
        f"docker login -u {pick(r.USERS)} -p {pw} registry.{pick(['corp', 'internal', 'acme'])}.io",
        f"env AWS_ACCESS_KEY_ID={key} AWS_SECRET_ACCESS_KEY={sec} aws s3 ls s3://build-artifacts-prod/",
        f"npm publish --//registry.npmjs.org/:_authToken={r.npm()}",
        f"git clone https://x-access-token:{r.github()}@github.com/acme/{pick(r.SERVICES)}.git",
        f"redis-cli -u redis://default:{r.url_password()}@{pick(r.HOSTS)}:6379 ping",
        f"pytest -q tests/integration --db-url={url}",
        f"twine upload -u __token__ -p {r.pypi()} dist/*",
        f"curl -u {pick(r.USERS)}:{pw} https://jenkins.corp.example.net/job/{pick(r.SERVICES)}/build -X POST",
        f"STRIPE_API_KEY={r.stripe()} python scripts/replay_webhooks.py --since 2h",
    ])
    v = pick([
        f"handoff run -- {cmd}",
        f"$ handoff run --label {pick(['smoke', 'integration', 'db-check', 'publish'])} -- {cmd}",
        json.dumps({"command": cmd, "exit_code": pick([0, 0, 1, 2]), "duration_s": round(R.uniform(0.3, 90), 2)}),
        f"validation: `{cmd}` → {pick(['passed', 'failed (exit 1)', 'ok', 'timed out'])}",
    ])
    if lang:
        v = f"{LANGS[lang]['note'][2]} — {v}"
    return v


def config_fact(lang):
    """A config fact whose value is the credential."""
    key, value = pick([
        ("db.url", r.db_url()), ("llm.provider.key", pick([r.openai, r.anthropic, r.google])()),
        ("github.token", r.github()), ("slack.webhook", r.slack_hook()), ("stripe.secret_key", r.stripe()),
        ("redis.url", r.db_url("redis")), ("sendgrid.api_key", r.sendgrid()), ("hf.token", r.hf()),
        ("registry.password", r.password()), ("queue.dsn", r.db_url("amqp")), ("smtp.password", r.password()),
        ("aws.secret_access_key", r.aws_pair()[1]), ("jwt.signing_secret", r.mixed(48, r.URLSAFE)),
        ("gitlab.ci_token", r.gitlab()), ("sentry.auth_token", "sntrys_" + r.mixed(64)),
    ])
    v = pick([
        cli("config set", key=key, value=value),
        f"{key} = {value}",
        f"{key}: {jstr(value)}",
        mcp("set_config", {"key": key, "value": value, "scope": pick(["repo", "machine", "team"])}),
        f"config fact [{pick(['repo', 'team'])}] {key} → {value} (set by {any_agent()})",
    ])
    if lang:
        v = f"{v}  # {LANGS[lang]['rot'][0].format(v='↑')}"
    return v


def hook_tool_input(lang):
    """A PreToolUse / PostToolUse hook payload whose tool input carries the credential."""
    key, sec = r.aws_pair()
    cmd = pick([
        f"export OPENAI_API_KEY={r.openai()} && python eval/run.py",
        f"export AWS_ACCESS_KEY_ID={key}; export AWS_SECRET_ACCESS_KEY={sec}; terraform plan",
        f"gh auth login --with-token <<< {r.github()}",
        f"kubectl create secret generic api --from-literal=token={r.mixed(40)}",
        f"echo '{r.slack()}' > ~/.config/notifier/token",
        f"psql {r.db_url('postgresql')} -f migrations/0042.sql",
    ])
    agent = any_agent()
    if R.random() < 0.35:
        tool = {"tool_name": "Write", "tool_input": {"file_path": ".env", "content": f"DATABASE_URL={r.db_url()}\nDEBUG=0\n"}}
    else:
        tool = {"tool_name": "Bash", "tool_input": {"command": cmd, "description": pick(["Run eval", "Plan infra", "Apply migration", "Store token"])}}
    if R.random() < 0.4:
        tool["tool_response"] = {"stdout": pick(["", "ok", "Plan: 3 to add, 0 to change", "CREATE TABLE"]), "exit_code": 0}
    v = hook(agent, pick(["PreToolUse", "PostToolUse"]) if agent == "claude-code" else "tool.execute.after", tool)
    return v


def env_import(lang):
    """Lines of a real .env (not an example) imported from another tool's state."""
    key, sec = r.aws_pair()
    pool = [f"DATABASE_URL={r.db_url()}", f"OPENAI_API_KEY={r.openai()}", f"AWS_ACCESS_KEY_ID={key}",
            f"AWS_SECRET_ACCESS_KEY={sec}", f"STRIPE_SECRET_KEY={r.stripe()}", f"SLACK_BOT_TOKEN={r.slack()}",
            f"GITHUB_TOKEN={r.github()}", f"SENDGRID_API_KEY={r.sendgrid()}", f"SESSION_SECRET={r.mixed(48)}",
            f"REDIS_URL={r.db_url('redis')}", f"ANTHROPIC_API_KEY={r.anthropic()}", f"HUGGINGFACE_TOKEN={r.hf()}"]
    benign = ["NODE_ENV=production", "LOG_LEVEL=info", "PORT=8080", f"REGION={pick(r.REGIONS)}", "FEATURE_EXPORTS=1"]
    lines = [pick(pool) for _ in range(R.randrange(1, 4))] + [pick(benign) for _ in range(R.randrange(0, 4))]
    R.shuffle(lines)
    lines = list(dict.fromkeys(lines))
    head = pick(["imported from .env (local)", "state import: ~/.config/devbox/env", "from previous agent memory: env snapshot",
                 "", ".env.production"])
    secret = next(x for x in lines if any(x.startswith(p.split("=")[0] + "=") for p in pool))
    body = shape(([head] if head else []) + lines, must_keep=secret)
    return body


def git_config(lang):
    """`git config -l` or a credential store line with a token in it."""
    tok = pick([r.github, r.gitlab, r.github_pat])()
    user = pick(["oauth2", "x-access-token", pick(r.USERS), "git"])
    host = pick(["github.com", "gitlab.com", "git.corp.example.net"])
    lines = [f"user.name={pick(r.PEOPLE)}", f"user.email={pick(r.PEOPLE)}@example.com", "core.autocrlf=input",
             f"remote.origin.url=https://{user}:{tok}@{host}/acme/{pick(r.SERVICES)}.git",
             "remote.origin.fetch=+refs/heads/*:refs/remotes/origin/*", "branch.main.remote=origin",
             "pull.rebase=true"]
    if R.random() < 0.3:
        lines[3] = f"http.https://{host}/.extraheader=AUTHORIZATION: basic {r.b64('x-access-token:' + tok)}"
    if R.random() < 0.3:
        lines = [f"https://{user}:{tok}@{host}"]
        return pick(["~/.git-credentials: ", "imported credential store line: ", ""]) + lines[0]
    keep = lines[3]
    lines = lines[:R.randrange(4, len(lines) + 1)]
    return shape(["$ git config -l", *lines], must_keep=keep)


def shell_history(lang):
    """A shell history excerpt brought in from another tool, a credential among the commands."""
    sec_cmds = [f"export GITHUB_TOKEN={r.github()}", f"export DATABASE_URL='{r.db_url()}'",
                f"curl -H 'X-Api-Key: {r.mixed(32)}' https://api.{pick(r.SERVICES)}.internal/v1/jobs",
                f"vault login {'hvs.' + r.mixed(90, r.URLSAFE)}", f"heroku config:set SECRET_KEY_BASE={r.hexs(128)}",
                f"mysql -u root -p'{r.password()}' ledger < dump.sql", f"export HF_TOKEN={r.hf()}",
                f"aws configure set aws_secret_access_key {r.aws_pair()[1]}"]
    plain = ["git status", "make test", f"git checkout {pick(r.BRANCHES)}", "docker compose up -d db", "ls -la",
             "pytest -x -q", "kubectl get pods -n prod", "cd ../infra", "terraform fmt -recursive", "htop"]
    s = pick(sec_cmds)
    cmds = [pick(plain) for _ in range(R.randrange(1, 6))]
    cmds.insert(R.randrange(len(cmds) + 1), s)
    start = R.randrange(400, 9000)
    lines = [f" {start + i}  {c}" if R.random() < 0.5 else c for i, c in enumerate(cmds)]
    return shape([pick(["~/.zsh_history (last 20):", "history excerpt from previous session", "shell history import"]), *lines], must_keep=s)


def build_log_unmasked(lang):
    """A build step that printed a token unmasked."""
    tok = r.api_key()
    step = pick(["Configure npm", "Set up credentials", "Deploy to staging", "Publish wheel", "Notify Slack", "Run migrations"])
    lines = [f"##[group]Run {step.lower().replace(' ', '-')}", f"{r.stamp()} {step}",
             pick(["+ echo \"token=$NPM_TOKEN\"", "+ env | sort", "+ cat ~/.npmrc", "+ printenv DEPLOY_TOKEN", "+ set -x"]),
             pick([f"token={tok}", f"DEPLOY_TOKEN={tok}", f"//registry.npmjs.org/:_authToken={tok}",
                   f"Authorization: Bearer {tok}", f"export API_KEY={tok}"]),
             pick(["##[endgroup]", "Done in 2.41s.", "exit 0", "Uploading artifacts..."])]
    if R.random() < 0.3:
        lines.insert(2, f"warning: secret masking disabled for step '{step}'")
    v = shape(lines, must_keep=lines[3] if "warning" not in lines[2] else lines[4])
    if lang:
        v = LANGS[lang]["note"][R.randrange(3)] + "\n" + v
    return v


def plan_sensitive(lang):
    """A terraform / pulumi plan that shows a sensitive attribute in clear."""
    pw = r.password()
    res = pick(["aws_db_instance.ledger", "google_sql_user.app", "azurerm_postgresql_flexible_server.main",
                "aws_elasticache_replication_group.cache", "random_password.db (known after apply → rendered)"])
    attr = pick(["password", "master_password", "administrator_password", "auth_token"])
    lines = [f"  # {res} will be updated in-place", f"  ~ resource \"{res.split('.')[0]}\" \"{res.split('.')[1].split()[0]}\" {{",
             f"      id = \"{pick(r.SERVICES)}-{r.hexs(6)}\"", f"    ~ {attr} = (sensitive value) -> \"{pw}\"" if R.random() < 0.5 else f"    + {attr} = \"{pw}\"",
             f"        engine_version = \"{pick(['15.4', '8.0.35', '7.1'])}\"", "    }", "Plan: 0 to add, 1 to change, 0 to destroy."]
    return shape(lines, must_keep=pw)


def kube_describe(lang):
    """kubeconfig or a docker registry secret in a describe / get -o yaml output."""
    user, pw = pick(r.USERS), r.password()
    auth = r.b64(f"{user}:{pw}")
    if R.random() < 0.5:
        cfg = json.dumps({"auths": {pick(["ghcr.io", "registry.gitlab.com", "123456789012.dkr.ecr.eu-west-1.amazonaws.com", "docker.io"]):
                                    {"username": user, "password": pw, "auth": auth}}})
        lines = ["apiVersion: v1", "kind: Secret", "metadata:", f"  name: regcred-{pick(r.SERVICES)}", "type: kubernetes.io/dockerconfigjson",
                 "data:", f"  .dockerconfigjson: {r.b64(cfg)}"]
        keep = lines[-1]
    else:
        lines = ["apiVersion: v1", "kind: Config", "users:", f"- name: {pick(['ci-deployer', 'admin', 'ops'])}", "  user:",
                 pick([f"    token: {r.jwt()}", f"    client-key-data: {r.b64(chr(10).join(r.pem('RSA PRIVATE KEY')))[:900]}",
                       f"    password: {pw}"]), "contexts:", f"- name: prod-{pick(r.REGIONS)}"]
        keep = lines[5]
    return shape([pick(["$ kubectl get secret -o yaml", "$ kubectl config view --raw", "describe output:"]), *lines], must_keep=keep)


def rotation_ticket(lang):
    """A password or key handed over in a rotation ticket or a next action."""
    v = pick([r.password, r.password, r.api_key, lambda: r.db_url()])()
    if lang:
        say = pick(LANGS[lang]["rot"]).format(v=v)
    else:
        say = pick([f"rotated the {pick(r.SERVICES)} db password, new one is {v}",
                    f"OPS-{R.randrange(1000, 9999)}: credential rotation done. New value: {v} (old revoked at {r.hhmm()})",
                    f"Next: update the {pick(r.SERVICES)} secret in the vault to {v} before Friday",
                    f"temp admin password for the staging console: {v} — expires in 24h",
                    f"handing over: {pick(r.USERS)} / {v} for the read replica"])
    return pick([say, cli("note add", title=pick(["rotation", "handover", "creds for staging"]), body=say),
                 cli("next add", text=say), mcp("record_note", {"title": "rotation", "body": say})])


def model_health_echo(lang):
    """A model-health reason whose upstream error echoed the full key."""
    k = pick([r.openai, r.anthropic, r.google, r.hf])()
    reason = pick([f"401 from upstream: invalid x-api-key '{k}'", f"auth failed with key {k}, falling back to {pick(r.MODELS)}",
                   f"provider rejected request: Authorization: Bearer {k} (expired?)",
                   f"key {k} hit quota, rate-limited until {r.hhmm()}"])
    return pick([cli("model health", model=pick(r.MODELS), status="degraded", reason=reason),
                 json.dumps({"model": pick(r.MODELS), "status": "down", "reason": reason, "checked_at": r.stamp()}),
                 f"model {pick(r.MODELS)}: degraded — {reason}"])


def signed_url(lang):
    """A presigned / SAS URL pasted into a note or a validation's artifact field."""
    u = pick([r.s3_presigned, r.azure_sas, lambda: f"https://storage.googleapis.com/acme-builds/report.html?X-Goog-Algorithm=GOOG4-RSA-SHA256&X-Goog-Credential=ci%40acme.iam.gserviceaccount.com%2F20261203%2Fauto%2Fstorage%2Fgoog4_request&X-Goog-Date=20261203T101500Z&X-Goog-Expires=86400&X-Goog-SignedHeaders=host&X-Goog-Signature={r.hexs(512)}"])()
    lead = LANGS[lang]["note"][0] + " — " if lang else ""
    return pick([f"{lead}artifact: {u}", cli("run record", status="passed", artifact=u),
                 json.dumps({"validation": "e2e", "status": "failed", "report_url": u}),
                 f"{lead}download the dump from {u} (valid 7 days)"])


def cookie_note(lang):
    """A session cookie copied from a browser or a curl command into a note."""
    name, val = r.cookie()
    lines = pick([
        [f"repro with: curl -b '{name}={val}' https://staging.{pick(r.SERVICES)}.example.net/account"],
        ["Request headers (from devtools):", "Accept: application/json", f"Cookie: {name}={val}; theme=dark", "User-Agent: Mozilla/5.0"],
        [f"logged-in session for QA: {name}={val}", "use it to skip the SSO step"],
    ])
    return shape(lines, must_keep=val)


def private_key(lang):
    """A private key flattened into one field, with `\\n` literals or spaces."""
    lines = r.pem()
    lead = pick(["deploy key for the mirror job:", "ssh key (ci-bot)", "", "signing key for release tarballs"])
    body = [lead, *lines] if lead else lines
    way = R.random()
    if way < 0.3:
        return literal(body)
    if way < 0.5:
        return mcp("set_config", {"key": "deploy.ssh_key", "value": "\n".join(lines)})
    if way < 0.7:
        return flat(body)
    return "\n".join(body)


def trimmed_field(lang):
    """A long field cut at its limit, after the credential."""
    tok = r.api_key()
    text = (f"{pick(['Set up', 'Configured', 'Re-ran'])} the {pick(r.SERVICES)} integration with key {tok}; "
            f"then ran the smoke suite against {pick(r.REGIONS)} and the export job, which "
            f"{pick(['still times out after 30s on large tenants', 'passes now but the retry counter looks off', 'needs a follow-up on pagination'])}. "
            f"Left a TODO for the owner to move the value into the secrets manager and to re-check the dashboards tomorrow morning.")
    return trim(text, must_keep=tok)


def jwt_bearer(lang):
    """A bearer JWT or API key in a curl or HTTP repro pasted into an issue summary."""
    t = pick([r.jwt, r.jwt, r.api_key])()
    v = pick([f"issue summary: /v2/orders returns 403 for tenant 88; repro: curl -H \"Authorization: Bearer {t}\" https://api.example.net/v2/orders",
              f"GET /internal/metrics HTTP/1.1\nHost: {pick(r.SERVICES)}.svc\nAuthorization: Bearer {t}\n\n→ 500",
              f"{{\"summary\":\"token refresh loop\",\"details\":\"access_token={t} refresh fails at 14:05\"}}"])
    if lang:
        v = LANGS[lang]["users"][0] + "\n" + v
    return v


CATEGORIES = [
    ("secret_run_cmdline", run_cmdline, 95), ("secret_config_fact", config_fact, 95),
    ("secret_hook_tool_input", hook_tool_input, 80), ("secret_env_import", env_import, 75),
    ("secret_git_config", git_config, 65), ("secret_shell_history", shell_history, 70),
    ("secret_build_log_unmasked", build_log_unmasked, 75), ("secret_infra_output", (plan_sensitive, kube_describe), 115), ("secret_rotation_ticket", rotation_ticket, 90),
    ("secret_model_health_echo", model_health_echo, 50), ("secret_signed_url", signed_url, 55),
    ("secret_http_repro", (cookie_note, jwt_bearer), 95), ("secret_private_key", private_key, 50),
    ("secret_trimmed_field", trimmed_field, 40),
]
