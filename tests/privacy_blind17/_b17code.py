"""blind17: source-code frames in many languages. frame(r, leak, c): leak=True hard-codes a usable
credential, leak=False reads it from the environment / a secret manager / a variable."""
from __future__ import annotations

from _b17rand import (
    BUCKETS,
    DBNAMES,
    HOSTS,
    LO,
    PY_FILES,
    REGIONS,
    REPO,
    USERS,
    anthropic_key,
    aws_akid,
    aws_secret,
    cred,
    db_url,
    gh_pat,
    google_api,
    hx,
    openai_key,
    pick,
    rec,
    rs,
    sendgrid,
    slack_bot,
    stripe_live,
    token,
    url_pw,
    webhook,
)


def py_const(r, leak, c):
    n, v = cred(r)
    line = f"{n} = \"{v}\"" if leak else pick(r, [f"{n} = os.environ[\"{n}\"]", f"{n} = os.getenv(\"{n}\", \"\")",
                                                  f"{n} = settings.{n.lower()}", f"{n} = get_secret(\"{pick(r, REPO)}/{n.lower()}\")"])
    return f"# {pick(r, PY_FILES)}\n# {c}\nimport os\n\nTIMEOUT_S = {r.randint(5, 60)}\n{line}\nBASE_URL = \"https://api.{pick(r, ['acme.io', 'partner.net', 'example.org'])}/v{r.randint(1, 3)}\""


def py_openai(r, leak, c):
    fn = pick(r, [("OpenAI", openai_key), ("Anthropic", anthropic_key)])
    arg = f"api_key=\"{fn[1](r)}\"" if leak else pick(r, ["", "api_key=os.environ[\"OPENAI_API_KEY\"]" if fn[0] == "OpenAI" else "api_key=os.environ[\"ANTHROPIC_API_KEY\"]", "api_key=cfg.llm.api_key"])
    mod = fn[0].lower()
    return f"from {mod} import {fn[0]}\n\n# {c}\nclient = {fn[0]}({arg})\nMODEL = \"{pick(r, ['gpt-4o-mini', 'claude-sonnet-4-5', 'gpt-4.1', 'claude-3-5-haiku-latest'])}\""


def py_requests(r, leak, c):
    v = token(r)[1] if leak else None
    hdr = f"f\"Bearer {v}\"" if leak else pick(r, ["f\"Bearer {os.environ['API_TOKEN']}\"", "f\"Bearer {token}\"", "f\"token {self._token}\""])
    return (f"def fetch_page(cursor: str | None = None) -> dict:\n    # {c}\n    resp = requests.get(\n        \"https://api.{pick(r, ['github.com/repos/acme/' + pick(r, REPO) + '/issues', 'linear.app/graphql', 'acme.io/v2/orders'])}\",\n"
            f"        headers={{\"Authorization\": {hdr}}},\n        params={{\"cursor\": cursor}} if cursor else None,\n        timeout=30,\n    )\n    resp.raise_for_status()\n    return resp.json()")


def py_boto(r, leak, c):
    if leak:
        args = f"\n    aws_access_key_id=\"{aws_akid(r)}\",\n    aws_secret_access_key=\"{aws_secret(r)}\",\n"
    else:
        args = pick(r, ["", "\n    profile_name=\"deploy\",\n"])
    if args and not args.startswith("\n    aws"):
        return f"# {c}\nsession = boto3.Session({args.strip()})\ns3 = session.client(\"s3\", region_name=\"{pick(r, REGIONS)}\")"
    return f"# {c}\ns3 = boto3.client(\n    \"s3\",\n    region_name=\"{pick(r, REGIONS)}\",{args})\ns3.upload_file(path, \"{pick(r, BUCKETS)}\", key)"


def py_db(r, leak, c):
    url = db_url(r) if leak else pick(r, ["os.environ[\"DATABASE_URL\"]", "settings.database_url", "f\"postgresql://{user}:{password}@{host}/{db}\""])
    url = f"\"{url}\"" if leak else url
    return f"# {c}\nengine = create_engine(\n    {url},\n    pool_pre_ping=True,\n    pool_size={r.randint(5, 20)},\n)"


def py_django(r, leak, c):
    sk = "'" + rec(rs(r, 50, LO + "0123456789!@#$%^&*(-_=+)")) + "'" if leak else pick(r, ["env(\"DJANGO_SECRET_KEY\")", "os.environ[\"SECRET_KEY\"]"])
    return f"# settings/production.py — {c}\nDEBUG = False\nSECRET_KEY = {sk}\nALLOWED_HOSTS = [\"{pick(r, REPO)}.acme-corp.net\"]\nCSRF_COOKIE_SECURE = True"


def py_slack(r, leak, c):
    v = f"\"{webhook(r)}\"" if leak else pick(r, ["os.environ[\"SLACK_WEBHOOK_URL\"]", "cfg[\"alerts\"][\"webhook\"]"])
    return f"# {c}\nWEBHOOK = {v}\n\ndef notify(text: str) -> None:\n    httpx.post(WEBHOOK, json={{\"text\": text}}, timeout=10)"


def py_test_fixture(r, leak, c):
    n, v = cred(r)
    val = v if leak else pick(r, ["test-token", "fake-key-123", "xxx", "changeme", "dummy", "not-a-real-key"])
    return (f"@pytest.fixture\ndef client(monkeypatch):\n    # {c}\n    monkeypatch.setenv(\"{n}\", \"{val}\")\n    return TestClient(create_app())")


def ts_const(r, leak, c):
    n, v = cred(r)
    camel = n.lower().split("_")[0] + "".join(w.title() for w in n.lower().split("_")[1:])
    line = f"const {camel} = \"{v}\";" if leak else pick(r, [f"const {camel} = process.env.{n}!;", f"const {camel} = process.env.{n} ?? \"\";",
                                                            f"const {camel} = import.meta.env.VITE_{n};", f"const {camel} = await getSecret(\"{n}\");"])
    return f"// src/{pick(r, ['lib', 'server', 'config'])}/{pick(r, ['client', 'env', 'integrations'])}.ts\n// {c}\n{line}\nexport const API_BASE = \"https://api.{pick(r, ['acme.io', 'partner.net'])}\";"


def ts_fallback(r, leak, c):
    n, v = cred(r)
    fb = f"\"{v}\"" if leak else pick(r, ['""', "undefined", "\"dev-placeholder\""])
    return f"// {c}\nexport const config = {{\n  port: Number(process.env.PORT ?? 3000),\n  {n.lower()}: process.env.{n} || {fb},\n}};"


def ts_stripe(r, leak, c):
    v = f"\"{stripe_live(r)}\"" if leak else "process.env.STRIPE_SECRET_KEY as string"
    return f"import Stripe from \"stripe\";\n\n// {c}\nexport const stripe = new Stripe({v}, {{\n  apiVersion: \"2024-06-20\",\n}});"


def js_fetch(r, leak, c):
    v = token(r)[1] if leak else "${process.env.API_TOKEN}"
    return (f"// {c}\nconst res = await fetch(`https://api.{pick(r, ['acme.io', 'github.com'])}/{pick(r, ['v2/orders', 'user/repos', 'graphql'])}`, {{\n"
            f"  headers: {{ Authorization: `Bearer {v}`, \"Content-Type\": \"application/json\" }},\n}});\nif (!res.ok) throw new Error(`HTTP ${{res.status}}`);")


def go_const(r, leak, c):
    n, v = cred(r)
    if leak:
        line = f"const {n.title().replace('_', '')} = \"{v}\""
    else:
        line = f"var {n.title().replace('_', '')} = os.Getenv(\"{n}\")"
    return f"package config\n\n// {c}\n{line}\n\nconst DefaultTimeout = {r.randint(5, 60)} * time.Second"


def go_client(r, leak, c):
    v = f"\"{token(r)[1]}\"" if leak else "os.Getenv(\"API_TOKEN\")"
    return (f"func newRequest(ctx context.Context, url string) (*http.Request, error) {{\n\t// {c}\n\treq, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)\n"
            f"\tif err != nil {{\n\t\treturn nil, err\n\t}}\n\treq.Header.Set(\"Authorization\", \"Bearer \"+{v})\n\treturn req, nil\n}}")


def rust_const(r, leak, c):
    n, v = cred(r)
    line = f"const {n}: &str = \"{v}\";" if leak else f"let {n.lower()} = std::env::var(\"{n}\").context(\"{n} not set\")?;"
    return f"// {c}\n{line}\nlet client = reqwest::Client::builder()\n    .timeout(Duration::from_secs({r.randint(5, 60)}))\n    .build()?;"


def java_const(r, leak, c):
    n, v = cred(r)
    line = f"    private static final String {n} = \"{v}\";" if leak else f"    private final String {n.lower()} = System.getenv(\"{n}\");"
    return (f"public class {pick(r, ['PaymentGateway', 'SlackNotifier', 'SearchClient', 'CrmSync'])} {{\n    // {c}\n{line}\n"
            f"    private static final Duration TIMEOUT = Duration.ofSeconds({r.randint(5, 60)});\n}}")


def java_value(r, leak, c):
    if leak:
        line = f"    private String apiKey = \"{token(r)[1]}\";"
    else:
        line = "    @Value(\"${integrations.partner.api-key}\")\n    private String apiKey;"
    return f"@Service\npublic class PartnerClient {{\n    // {c}\n{line}\n}}"


def kotlin(r, leak, c):
    v = f"\"{token(r)[1]}\"" if leak else "BuildConfig.API_KEY"
    return f"// {c}\nobject ApiConfig {{\n    const val BASE_URL = \"https://api.{pick(r, ['acme.io', 'partner.net'])}/\"\n    val apiKey: String = {v}\n}}"


def ruby(r, leak, c):
    init, setter, gen, env = pick(r, [("stripe", "Stripe.api_key", stripe_live, "ENV.fetch(\"STRIPE_SECRET_KEY\")"),
                                       ("sendgrid", "SendGridActionMailer.api_key", sendgrid, "ENV.fetch(\"SENDGRID_API_KEY\")"),
                                       ("octokit", "Octokit.access_token", gh_pat, "Rails.application.credentials.github[:token]")])
    v = f"\"{gen(r)}\"" if leak else env
    return f"# config/initializers/{init}.rb\n# {c}\n{setter} = {v}\n{init.title()}.logger = Rails.logger"


def php(r, leak, c):
    if leak:
        args = f"'{pick(r, USERS)}', '{url_pw(r)}'"
    else:
        args = "getenv('DB_USER'), getenv('DB_PASS')"
    return (f"<?php\n// {c}\n$pdo = new PDO(\n    'mysql:host={pick(r, HOSTS)};dbname={pick(r, DBNAMES)};charset=utf8mb4',\n    {args},\n"
            f"    [PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION]\n);")


def csharp(r, leak, c):
    v = f"\"{sendgrid(r)}\"" if leak else "Environment.GetEnvironmentVariable(\"SENDGRID_API_KEY\")"
    return f"// {c}\nvar apiKey = {v};\nvar client = new SendGridClient(apiKey);\nvar msg = MailHelper.CreateSingleEmail(from, to, subject, plain, html);"


def shell_script(r, leak, c):
    n, v = cred(r)
    line = f"export {n}=\"{v}\"" if leak else pick(r, [f": \"${{{n}:?{n} must be set}}\"", f"export {n}=\"$(op read 'op://Deploy/{pick(r, REPO)}/{n.lower()}')\"",
                                                        f"{n}=\"$(aws secretsmanager get-secret-value --secret-id {pick(r, REPO)}/{n.lower()} --query SecretString --output text)\""])
    return f"#!/usr/bin/env bash\nset -euo pipefail\n# {c}\n{line}\n./bin/{pick(r, ['migrate', 'sync', 'release'])} --env {pick(r, ['prod', 'staging'])}"


def shell_curl(r, leak, c):
    v = slack_bot(r) if leak else "$SLACK_BOT_TOKEN"
    return (f"# {c}\ncurl -sS -X POST https://slack.com/api/chat.postMessage \\\n  -H \"Authorization: Bearer {v}\" \\\n"
            f"  -H 'Content-type: application/json' \\\n  --data '{{\"channel\":\"#{pick(r, ['deploys', 'alerts', 'ops'])}\",\"text\":\"deploy finished\"}}'")


def swift(r, leak, c):
    v = f"\"{google_api(r)}\"" if leak else "Bundle.main.object(forInfoDictionaryKey: \"MAPS_API_KEY\") as? String ?? \"\""
    return f"// {c}\nenum Secrets {{\n    static let mapsKey = {v}\n}}"


def py_dict_cfg(r, leak, c):
    n, v = cred(r)
    val = f"\"{v}\"" if leak else f"os.environ.get(\"{n}\")"
    return (f"CONFIG = {{\n    # {c}\n    \"env\": \"{pick(r, ['prod', 'staging'])}\",\n    \"bucket\": \"{pick(r, BUCKETS)}\",\n    \"{n.lower()}\": {val},\n"
            f"    \"commit\": \"{hx(r, 40)}\",\n}}")


CODE = [py_const, py_openai, py_requests, py_boto, py_db, py_django, py_slack, py_test_fixture, ts_const, ts_fallback, ts_stripe,
        js_fetch, go_const, go_client, rust_const, java_const, java_value, kotlin, ruby, php, csharp, shell_script, shell_curl,
        swift, py_dict_cfg]
