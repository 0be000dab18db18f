"""Shared shapes: shell commands and env lines that carry a credential, and their benign twins.

The tool modules wrap these in each tool's own file or log format."""

from __future__ import annotations

import random

from _b13rand import (
    BRANCHES,
    DG,
    FILES,
    HEX,
    HOSTS,
    LO,
    REPOS,
    TESTS_,
    UP,
    USERS,
    aws_pair,
    jwt,
    password,
    pick,
    rs,
    sha,
    token,
    uuid,
)


def named_secret(r: random.Random) -> tuple[str, str]:
    """(NAME, value) where the value is a random credential."""
    k = r.randrange(6)
    if k == 0:
        return pick(r, ["DB_PASSWORD", "POSTGRES_PASSWORD", "REDIS_PASSWORD", "SMTP_PASS", "ADMIN_PASSWORD"]), password(r)
    if k == 1:
        a, s = aws_pair(r)
        return "AWS_SECRET_ACCESS_KEY", s
    if k == 2:
        return pick(r, ["JWT_SECRET", "SESSION_SECRET", "SECRET_KEY_BASE", "APP_KEY"]), rs(r, 48, HEX + UP)
    _, name, v = token(r)
    return name, v


def secret_cmd(r: random.Random) -> str:
    """A shell command that carries a credential value."""
    name, v = named_secret(r)
    pw = password(r)
    host, user = pick(r, HOSTS), pick(r, USERS)
    _, tname, tv = token(r, prefixed_only=True)
    k = r.randrange(22)
    return [
        f"gh secret set {name} --body {v} --repo {pick(r, REPOS)}",
        f"aws configure set aws_secret_access_key {aws_pair(r)[1]}",
        f"kubectl create secret generic app-secrets --from-literal={name.lower()}={v} -n staging",
        f"docker login -u {user} -p {pw} registry.acme.io",
        f"export {name}={v}",
        f"curl -sS -H 'Authorization: Bearer {tv}' https://api.example.com/v1/me",
        f"mysql -h {host} -u {user} -p{pw} app_prod",
        f"PGPASSWORD='{pw}' psql -h {host} -U {user} -d app",
        f"heroku config:set {name}={v} -a acme-web",
        f"fly secrets set {name}={v}",
        f"echo '{pw}' | sudo -S systemctl restart app",
        f"htpasswd -b /etc/nginx/.htpasswd {user} {pw}",
        f"redis-cli -h {host} -a {pw} ping",
        f"git clone https://{user}:{tv}@github.com/{pick(r, REPOS)}.git",
        f"echo {tv} | docker login ghcr.io -u {user} --password-stdin",
        f"{tname}={tv} npm publish --access public",
        f"curl -s -b 'session={rs(r, 40, HEX + LO)}{rs(r, 24)}' https://admin.acme.io/api/export",
        f"redis-server --port 6380 --requirepass {pw}",
        f"keytool -importcert -alias root -keystore app.jks -storepass {pw} -file root.pem",
        f"openssl pkcs12 -export -in cert.pem -inkey key.pem -out bundle.p12 -passout pass:{pw}",
        f"./deploy.sh --token -{tv}",
        f"sshpass -p '{pw}' ssh {user}@{host}",
    ][k]


def benign_cmd(r: random.Random) -> str:
    """An ordinary command, including near misses (references, names, placeholders)."""
    k = r.randrange(18)
    return [
        f"pytest -q tests/{pick(r, TESTS_)[5:]}.py -x",
        f"git checkout -b {pick(r, BRANCHES)}",
        f"git log --oneline -{r.randint(3, 30)}",
        f"gh secret set {pick(r, ['NPM_TOKEN', 'DEPLOY_KEY', 'SENTRY_AUTH_TOKEN'])} < /dev/stdin",
        f"gh pr view {r.randint(10, 999)} --json state,mergeable",
        f"kubectl rollout status deploy/{pick(r, ['api', 'web', 'worker'])} -n staging --timeout={r.randint(60, 300)}s",
        f"docker build -t ghcr.io/{pick(r, REPOS)}:{sha(r, 7)} .",
        "export OPENAI_API_KEY=\"$(op read op://dev/openai/credential)\"",
        f"aws sts get-caller-identity --profile {pick(r, ['dev', 'staging', 'sandbox'])}",
        f"npm ci && npm run build -- --mode {pick(r, ['production', 'staging'])}",
        f"cargo test --workspace -- --test-threads={r.randint(1, 8)}",
        f"go test ./pkg/... -run Test{pick(r, ['Retry', 'Lock', 'Pool'])} -count=1",
        f"git rev-parse HEAD  # {sha(r)}",
        f"export DATABASE_URL=postgres://{pick(r, USERS)}@localhost:5432/app_test",
        f"ruff check {pick(r, FILES)}",
        f"vault kv get -field=password secret/{pick(r, ['stg', 'dev'])}/db > /dev/null",
        f"curl -sf http://localhost:{r.randint(3000, 9000)}/healthz",
        f"make -j{r.randint(2, 8)} test",
    ][k]


def benign_env(r: random.Random) -> str:
    k = r.randrange(9)
    return [
        "OPENAI_API_KEY=${OPENAI_API_KEY}",
        "ANTHROPIC_API_KEY=sk-ant-xxxxxxxxxxxxxxxx",
        "GITHUB_TOKEN=***",
        f"DB_PASSWORD=op://Engineering/{pick(r, ['postgres-stg', 'pg-dev'])}/password",
        f"LOG_LEVEL={pick(r, ['debug', 'info', 'warn'])}",
        f"REQUEST_ID={uuid(r)}",
        f"CACHE_KEY=linux-py311-{sha(r, 64)}",
        f"PORT={r.randint(3000, 9999)}",
        "STRIPE_SECRET_KEY=<set in 1Password>",
    ][k]


def db_url(r: random.Random) -> str:
    s = pick(r, ["postgres", "postgresql", "mysql", "mongodb+srv", "redis", "amqp"])
    return f"{s}://{pick(r, USERS)}:{password(r)}@{pick(r, HOSTS)}/{pick(r, ['app', 'prod', 'orders'])}"


def any_leak(r: random.Random) -> str:
    """A credential as a value in free text (no format around it)."""
    k = r.randrange(5)
    if k == 0:
        return db_url(r)
    if k == 1:
        a, s = aws_pair(r)
        return f"{a} / {s}"
    if k == 2:
        return "Bearer " + jwt(r)
    _, _, v = token(r, prefixed_only=True)
    return v


def short_id(r: random.Random) -> str:
    return rs(r, 2, UP) + "-" + rs(r, 4, DG)


def slug(r: random.Random) -> str:
    return rs(r, 6, LO)


DOC_TOOLS = {"aider": ("aider", ".aider.conf.yml", "OPENAI_API_KEY"), "codex": ("Codex", "~/.codex/config.toml", "OPENAI_API_KEY"),
             "gemini": ("Gemini CLI", "~/.gemini/settings.json", "GEMINI_API_KEY"),
             "handoff": ("handoff", ".handoff/config", "HANDOFF_STORE"), "editor": ("the editor", "settings.json", "GITHUB_TOKEN")}
DOC_LINES = [
    "You can set {env} in your shell profile; {tool} reads it at start-up and never writes it to {cfg}.",
    "If you see `401 Unauthorized`, your {env} has probably expired: create a new one and export it again.",
    "You'll need Python 3.11 or newer. Run `make install`, then check `{tool} --version` prints {v}.",
    "To keep your keys out of {cfg}, point it at an environment variable such as `${{{env}}}` instead of pasting the value.",
    "Your {cfg} is read from the project first and from your home directory second; the first match wins.",
    "Note: when you run {tool} in CI, pass {env} through `${{{{ secrets.{env} }}}}`, not as plain text.",
    "You do not need an API key for local models; set the base URL to http://localhost:{port}/v1 and you are done.",
    "Once you have merged the PR, you can delete the branch; {tool} keeps its own history in {cfg}.",
]


def second_person_doc(r: random.Random, tool: str) -> str:
    """Documentation written to the reader (second person): not a prompt, holds no credential."""
    name, cfg, env = DOC_TOOLS[tool]
    n = r.randint(1, 2)
    lines = [pick(r, DOC_LINES).format(tool=name, cfg=cfg, env=env, v=f"{r.randint(0, 3)}.{r.randint(0, 60)}.{r.randint(0, 9)}",
                                       port=r.randint(1000, 12000)) for _ in range(n)]
    head = pick(r, ["", f"## {pick(r, ['Setup', 'Troubleshooting', 'Configuration', 'FAQ'])}\n\n", f"> **Tip ({r.randint(1, 40)})**: "])
    return head + " ".join(lines)
