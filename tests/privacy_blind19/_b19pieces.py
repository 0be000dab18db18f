"""The content that rides inside blind19's frames: command lines, file bodies, code edits and log
lines, each in a secret-carrying form and a benign twin of the same shape.
"""
from _b19frames import BRANCHES, PATHS, REPOS, TEST_CMDS, code, env_lines
from _b19lang import DESCRIPTIONS, SECRET_NOTES, STATUS, pick
from _b19rand import HEX, HOSTS, USERS, b64, cred, password, pem, s, sha, uuid

API_HOSTS = ["api.github.com", "gitlab.example.com/api/v4", "api.stripe.com/v1", "api.openai.com/v1", "api.anthropic.com/v1",
             "registry.internal:5000/v2", "hooks.internal/deploy", "sentry.io/api/0", "api.linear.app/graphql", "api.vercel.com/v9"]
TOKENISH = ["github", "github_fine", "gitlab", "slack", "stripe", "openai", "anthropic", "google", "npm", "hf", "sendgrid",
            "jwt", "shopify", "linear", "digitalocean", "groq", "doppler", "mailgun", "datadog", "twilio"]


def secret_command(r):
    """A shell command with one credential in it."""
    form = r.randrange(17)
    if form == 0:
        _, v, _ = cred(r, r.choice(TOKENISH))
        return f'curl -sS -H "Authorization: Bearer {v}" https://{r.choice(API_HOSTS)}/{r.choice(["user", "projects", "charges?limit=3", "models"])}'
    if form == 1:
        n, v, _ = cred(r)
        return f"export {n}={v} && ./scripts/{r.choice(['deploy.sh', 'smoke.sh', 'release.sh'])} {r.choice(['staging', 'prod', 'preview'])}"
    if form == 2:
        n, v, _ = cred(r, r.choice(TOKENISH))
        return f"gh secret set {n} --repo {r.choice(REPOS)} --body {v}"
    if form == 3:
        return f"docker login {r.choice(['ghcr.io', 'registry.gitlab.com', 'registry.internal:5000'])} -u {r.choice(USERS)} -p '{password(r)}'"
    if form == 4:
        _, v, _ = cred(r, "pg_url")
        return f'psql "{v}" -c "select count(*) from {r.choice(["orders", "events", "users"])} where created_at > now() - interval \'1 day\'"'
    if form == 5:
        _, v, _ = cred(r, "gitlab")
        return f"git clone https://oauth2:{v}@gitlab.example.com/{r.choice(REPOS)}.git /tmp/build"
    if form == 6:
        _, v, _ = cred(r, "aws")
        return f"aws configure set aws_secret_access_key {v} --profile {r.choice(['ci', 'deploy', 'default'])}"
    if form == 7:
        return f"kubectl -n {r.choice(['orders', 'billing', 'default'])} create secret generic app-db --from-literal=username=app --from-literal=password='{password(r)}'"
    if form == 8:
        return f"mysql -h {r.choice(HOSTS)} -u {r.choice(USERS)} -p'{password(r)}' -e 'SHOW PROCESSLIST'"
    if form == 9:
        return f"echo '{password(r)}' | sudo -S systemctl restart {r.choice(['orders-api', 'nginx', 'worker'])}"
    if form == 10:
        _, v, _ = cred(r, "npm")
        return f"npm config set //registry.npmjs.org/:_authToken {v} && npm publish --access public"
    if form == 11:
        _, v, _ = cred(r, "pypi")
        return f"twine upload -u __token__ -p {v} dist/*"
    if form == 12:
        _, v, _ = cred(r, "redis_url")
        return f"redis-cli -u {v} --scan --pattern 'session:*' | head"
    if form == 13:
        return f"curl -fsS -u {r.choice(USERS)}:{password(r)} https://jenkins.internal/job/{r.choice(['deploy', 'nightly'])}/buildWithParameters -d BRANCH={r.choice(BRANCHES)}"
    if form == 14:
        _, v, _ = cred(r, "cookie")
        return f"curl -s -b '{v}' https://admin.internal/api/feature-flags | jq ."
    if form == 15:
        _, v, _ = cred(r, r.choice(["s3_signed", "gcs_signed", "azure_sas"]))
        return f"curl -fL -o bundle.tar.gz '{v}'"
    _, v, _ = cred(r, r.choice(["openai", "anthropic", "hf", "groq"]))
    return f"{r.choice(['OPENAI_API_KEY', 'ANTHROPIC_API_KEY', 'HF_TOKEN', 'GROQ_API_KEY'])}={v} uv run python scripts/eval.py --limit 50"


def benign_command(r):
    form = r.randrange(12)
    if form < 3:
        return r.choice(TEST_CMDS)
    if form == 3:
        return f'curl -sS -H "Authorization: Bearer $GITHUB_TOKEN" https://api.github.com/repos/{r.choice(REPOS)}/pulls?state=open | jq length'
    if form == 4:
        return f"git fetch origin && git rebase origin/main && git push --force-with-lease origin {r.choice(BRANCHES)}"
    if form == 5:
        return f'echo "$CR_PAT" | docker login ghcr.io -u {r.choice(USERS)} --password-stdin'
    if form == 6:
        return 'psql "$DATABASE_URL" -c "select version()"'
    if form == 7:
        return f"kubectl -n {r.choice(['orders', 'billing'])} rollout status deploy/{r.choice(['api', 'worker'])} --timeout=120s"
    if form == 8:
        return f"gh pr checks {r.randint(100, 4000)} --watch"
    if form == 9:
        return f"aws sts get-caller-identity --profile {r.choice(['ci', 'deploy'])}"
    if form == 10:
        return f"git log --oneline -n {r.randint(3, 30)} -- {r.choice(PATHS)}"
    return f"rg -n 'TODO|FIXME' {r.choice(['src', 'internal', 'app'])} | wc -l"


def describe(r):
    return pick(r, DESCRIPTIONS)


def secret_file(r):
    """(path, body) of a file holding one credential."""
    form = r.randrange(9)
    lang, note = pick(r, SECRET_NOTES)
    comment = note.split(":")[0].split("：")[0].rstrip(" -(>") if lang != "en" else "local overrides, do not commit"
    if form == 0:
        n, v, _ = cred(r)
        body = [f"# {comment}"] + env_lines(r, r.randint(2, 6)) + [f"{n}={v}"] + env_lines(r, r.randint(0, 3))
        return ".env" + r.choice(["", ".local", ".staging"]), "\n".join(body) + "\n", lang
    if form == 1:
        pw = password(r)
        return "config/database.yml", f"# {comment}\nproduction:\n  adapter: postgresql\n  host: {r.choice(HOSTS)}\n  database: app_prod\n  username: {r.choice(USERS)}\n  password: \"{pw}\"\n  pool: 10\n", lang
    if form == 2:
        _, v, _ = cred(r, "npm")
        return "/home/dev/.npmrc", f"registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken={v}\nfund=false\n", "en"
    if form == 3:
        user = r.choice(USERS)
        return "/home/dev/.docker/config.json", '{\n\t"auths": {\n\t\t"ghcr.io": {\n\t\t\t"auth": "' + b64(f"{user}:{password(r)}") + '"\n\t\t}\n\t},\n\t"credsStore": ""\n}\n', "en"
    if form == 4:
        return r.choice(["/home/dev/.ssh/id_rsa", "deploy/keys/ci_ed25519", "certs/server.key"]), pem(r, r.choice(["RSA PRIVATE KEY", "OPENSSH PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY"])) + "\n", "en"
    if form == 5:
        return "/home/dev/.pgpass", f"{r.choice(HOSTS)}:5432:*:{r.choice(USERS)}:{password(r)}\nlocalhost:5432:app_dev:dev:dev\n", "en"
    if form == 6:
        return "settings/production.py", f"# {comment}\nDEBUG = False\nALLOWED_HOSTS = [\"shop.example.com\"]\nSECRET_KEY = \"{s(r, 50, 'abcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*(-_=+)')}\"\n", lang
    if form == 7:
        n, v, _ = cred(r, r.choice(TOKENISH))
        return "terraform.tfvars", f"# {comment}\nregion = \"eu-west-1\"\n{n.lower()} = \"{v}\"\ninstance_count = 3\n", lang
    _, v, _ = cred(r, r.choice(["pg_url", "mongo_url", "amqp_url", "mysql_url", "slack_hook"]))
    return "config/app.toml", f"[server]\nport = 8080\n\n[backends]\n# {comment}\nprimary = \"{v}\"\ntimeout_ms = 2500\n", lang


def benign_file(r):
    form = r.randrange(5)
    if form == 0:
        return r.choice(PATHS), code(r), "en"
    if form == 1:
        body = ["# copy to .env and fill from the vault: `make env`"] + env_lines(r, r.randint(3, 8)) + ["API_TOKEN=", "DB_PASSWORD=changeme-in-vault"]
        return ".env.example", "\n".join(body) + "\n", "en"
    if form == 2:
        return "config/database.yml", "production:\n  adapter: postgresql\n  host: <%= ENV['DB_HOST'] %>\n  password: <%= ENV['DB_PASSWORD'] %>\n  pool: 10\n", "en"
    if form == 3:
        lang, st = pick(r, STATUS)
        return "NOTES.md", f"# {r.choice(BRANCHES)}\n\n- {st}\n- commit {sha(r, 12)}\n", lang
    return "go.sum", "\n".join(f"github.com/{s(r, 6, 'abcdefghijklmnop')}/{s(r, 5, 'abcdefghijklmnop')} v1.{r.randint(0, 20)}.{r.randint(0, 9)} h1:{b64(s(r, 32, HEX))[:43]}=" for _ in range(r.randint(3, 9))) + "\n", "en"


def secret_edit(r):
    """(path, old, new) where the new string hard-codes a credential."""
    n, v, k = cred(r, r.choice(TOKENISH + ["password", "pg_url", "aws"]))
    form = r.randrange(4)
    if form == 0:
        return "src/client.py", f'API_KEY = os.environ["{n}"]', f'API_KEY = "{v}"  # TODO move back to env'
    if form == 1:
        return "lib/config.js", f"token: process.env.{n},", f"token: '{v}',"
    if form == 2:
        return "internal/config/config.go", f'Password: os.Getenv("{n}"),', f'Password: "{v}",'
    return "app/settings.rb", f"config.api_key = ENV.fetch('{n}')", f"config.api_key = '{v}'"


def benign_edit(r):
    form = r.randrange(4)
    if form == 0:
        return "src/client.py", 'API_KEY = "dev-placeholder"', 'API_KEY = os.environ["SERVICE_API_KEY"]'
    if form == 1:
        return "lib/retry.js", "const attempts = 3;", "const attempts = Number(process.env.RETRY_ATTEMPTS ?? 5);"
    if form == 2:
        return "internal/lock/flock.go", "time.After(10 * time.Millisecond)", "time.After(50 * time.Millisecond)"
    return "handoff/store.py", "timeout: float = 1.0", "timeout: float = 2.5"


def uid(r):
    return uuid(r)
