# ruff: noqa: RUF001, E501  (template tables: one template a line, text in many scripts)
"""Secret-label categories for blind7: synthetic credentials (random characters in each
vendor's public shape, never a real one) in the places agents paste them."""

from __future__ import annotations

import json
import random
from collections.abc import Callable

from _b7rand import (
    ALNUM,
    B64,
    B64URL,
    BECH,
    DIGITS,
    HOSTS,
    LOWER,
    LOWNUM,
    SERVICES,
    UPNUM,
    USERS,
    b64,
    b64u,
    hx,
    password,
    pick,
    repo,
    rs,
    urlq,
    uuid4,
)

R = random.Random
Maker = Callable[[R], str]


def _jwt(rng: R) -> str:
    head = b64u(json.dumps({"alg": pick(rng, ["HS256", "RS256", "ES256"]), "typ": "JWT"}).encode())
    body = {"sub": str(rng.randint(1000, 99999999)), "iat": 1760000000 + rng.randint(0, 9999999),
            "exp": 1770000000 + rng.randint(0, 9999999)}
    if rng.random() < 0.5:
        body["email"] = f"{pick(rng, USERS)}@{pick(rng, ['acme.dev', 'example.org', 'corp.test'])}"
    if rng.random() < 0.5:
        body["scope"] = pick(rng, ["read write", "admin", "repo:push", "openid profile"])
    return f"{head}.{b64u(json.dumps(body).encode())}.{rs(rng, B64URL, pick(rng, [43, 86, 342]))}"


# (vendor, env var, maker) by group. Formats follow each vendor's public description; the
# characters are random.
VENDORS: dict[str, list[tuple[str, str, Maker]]] = {
    "ai": [
        ("OpenAI", "OPENAI_API_KEY", lambda r: "sk-proj-" + rs(r, B64URL, 48) + "T3BlbkFJ" + rs(r, B64URL, 48)),
        ("OpenAI", "OPENAI_API_KEY", lambda r: "sk-" + rs(r, ALNUM, 20) + "T3BlbkFJ" + rs(r, ALNUM, 20)),
        ("Anthropic", "ANTHROPIC_API_KEY", lambda r: "sk-ant-api03-" + rs(r, B64URL, 93) + "AA"),
        ("Anthropic", "ANTHROPIC_ADMIN_KEY", lambda r: "sk-ant-admin01-" + rs(r, B64URL, 93) + "AA"),
        ("Hugging Face", "HF_TOKEN", lambda r: "hf_" + rs(r, ALNUM, 34)),
        ("Replicate", "REPLICATE_API_TOKEN", lambda r: "r8_" + rs(r, ALNUM, 37)),
        ("Groq", "GROQ_API_KEY", lambda r: "gsk_" + rs(r, ALNUM, 52)),
        ("Perplexity", "PPLX_API_KEY", lambda r: "pplx-" + rs(r, ALNUM, 48)),
        ("xAI", "XAI_API_KEY", lambda r: "xai-" + rs(r, ALNUM, 80)),
        ("Google AI Studio", "GEMINI_API_KEY", lambda r: "AIza" + rs(r, B64URL, 35)),
        ("OpenRouter", "OPENROUTER_API_KEY", lambda r: "sk-or-v1-" + hx(r, 64)),
        ("DeepSeek", "DEEPSEEK_API_KEY", lambda r: "sk-" + hx(r, 32)),
    ],
    "cloud": [
        ("AWS", "AWS_SECRET_ACCESS_KEY", lambda r: rs(r, ALNUM + "+/", 40)),
        ("DigitalOcean", "DIGITALOCEAN_TOKEN", lambda r: "dop_v1_" + hx(r, 64)),
        ("Alibaba Cloud", "ALIBABA_CLOUD_ACCESS_KEY_SECRET", lambda r: rs(r, ALNUM, 30)),
        ("Cloudflare", "CLOUDFLARE_API_TOKEN", lambda r: rs(r, B64URL, 40)),
        ("Azure Storage", "AZURE_STORAGE_KEY", lambda r: rs(r, B64, 86) + "=="),
        ("Linode", "LINODE_TOKEN", lambda r: hx(r, 64)),
        ("Hetzner Cloud", "HCLOUD_TOKEN", lambda r: rs(r, ALNUM, 64)),
        ("Scaleway", "SCW_SECRET_KEY", lambda r: uuid4(r)),
        ("Tailscale", "TS_AUTHKEY", lambda r: "tskey-auth-" + rs(r, ALNUM, 12) + "CNTRL-" + rs(r, ALNUM, 33)),
        ("Fly.io", "FLY_API_TOKEN", lambda r: "FlyV1 fm2_" + rs(r, B64, 120)),
        ("Vercel", "VERCEL_TOKEN", lambda r: rs(r, ALNUM, 24)),
        ("Render", "RENDER_API_KEY", lambda r: "rnd_" + rs(r, ALNUM, 32)),
        ("Supabase", "SUPABASE_ACCESS_TOKEN", lambda r: "sbp_" + hx(r, 40)),
        ("PlanetScale", "PLANETSCALE_PASSWORD", lambda r: "pscale_pw_" + rs(r, B64URL, 43)),
        ("Databricks", "DATABRICKS_TOKEN", lambda r: "dapi" + hx(r, 32)),
    ],
    "ci_vcs": [
        ("GitHub", "GITHUB_TOKEN", lambda r: "ghp_" + rs(r, ALNUM, 36)),
        ("GitHub", "GH_TOKEN", lambda r: "gho_" + rs(r, ALNUM, 36)),
        ("GitHub", "GITHUB_TOKEN", lambda r: "ghs_" + rs(r, ALNUM, 36)),
        ("GitHub", "GH_PAT", lambda r: "github_pat_" + rs(r, UPNUM, 22) + "_" + rs(r, ALNUM, 59)),
        ("GitLab", "GITLAB_TOKEN", lambda r: "glpat-" + rs(r, B64URL, 20)),
        ("GitLab", "CI_TRIGGER_TOKEN", lambda r: "glptt-" + hx(r, 40)),
        ("GitLab runner", "RUNNER_TOKEN", lambda r: "glrt-" + rs(r, B64URL, 20)),
        ("Bitbucket", "BITBUCKET_APP_PASSWORD", lambda r: "ATBB" + rs(r, ALNUM, 32)),
        ("CircleCI", "CIRCLE_TOKEN", lambda r: "CCIPAT_" + rs(r, ALNUM, 22) + "_" + hx(r, 40)),
        ("Buildkite", "BUILDKITE_API_TOKEN", lambda r: "bkua_" + hx(r, 40)),
        ("Azure DevOps", "AZURE_DEVOPS_PAT", lambda r: rs(r, LOWNUM, 52)),
        ("Jenkins", "JENKINS_API_TOKEN", lambda r: "11" + hx(r, 32)),
        ("Sourcegraph", "SRC_ACCESS_TOKEN", lambda r: "sgp_" + hx(r, 40)),
        ("Drone", "DRONE_TOKEN", lambda r: rs(r, ALNUM, 32)),
    ],
    "payment": [
        ("Stripe", "STRIPE_SECRET_KEY", lambda r: "sk_live_" + rs(r, ALNUM, 99)),
        ("Stripe", "STRIPE_SECRET_KEY", lambda r: "sk_live_51" + rs(r, ALNUM, 96)),
        ("Stripe", "STRIPE_RESTRICTED_KEY", lambda r: "rk_live_" + rs(r, ALNUM, 99)),
        ("Stripe", "STRIPE_WEBHOOK_SECRET", lambda r: "whsec_" + rs(r, ALNUM, 32)),
        ("Square", "SQUARE_ACCESS_TOKEN", lambda r: "EAAA" + rs(r, B64URL, 60)),
        ("Square", "SQUARE_APP_SECRET", lambda r: "sq0csp-" + rs(r, B64URL, 43)),
        ("Braintree", "BRAINTREE_ACCESS_TOKEN",
         lambda r: "access_token$production$" + rs(r, LOWNUM, 16) + "$" + hx(r, 32)),
        ("Adyen", "ADYEN_API_KEY", lambda r: "AQE" + rs(r, ALNUM, 10) + "mf" + rs(r, B64, 120) + "=="),
        ("Razorpay", "RAZORPAY_KEY_SECRET", lambda r: rs(r, ALNUM, 24)),
        ("Flutterwave", "FLW_SECRET_KEY", lambda r: "FLWSECK-" + hx(r, 32) + "-X"),
        ("PayPal", "PAYPAL_CLIENT_SECRET", lambda r: "E" + rs(r, B64URL, 79)),
        ("Plaid", "PLAID_SECRET", lambda r: hx(r, 30)),
        ("Paystack", "PAYSTACK_SECRET_KEY", lambda r: "sk_live_" + hx(r, 40)),
    ],
    "messaging": [
        ("Slack", "SLACK_BOT_TOKEN",
         lambda r: f"xoxb-{rs(r, DIGITS, 11)}-{rs(r, DIGITS, 13)}-{rs(r, ALNUM, 24)}"),
        ("Slack", "SLACK_USER_TOKEN",
         lambda r: f"xoxp-{rs(r, DIGITS, 11)}-{rs(r, DIGITS, 12)}-{rs(r, DIGITS, 13)}-{hx(r, 32)}"),
        ("Slack", "SLACK_APP_TOKEN", lambda r: f"xapp-1-A{rs(r, UPNUM, 10)}-{rs(r, DIGITS, 13)}-{hx(r, 64)}"),
        ("Slack", "SLACK_WEBHOOK_URL",
         lambda r: f"https://hooks.slack.com/services/T{rs(r, UPNUM, 8)}/B{rs(r, UPNUM, 10)}/{rs(r, ALNUM, 24)}"),
        ("Discord", "DISCORD_BOT_TOKEN",
         lambda r: b64(str(r.randint(10**17, 10**18)).encode()).rstrip("=") + "." + rs(r, B64URL, 6) + "."
         + rs(r, B64URL, 38)),
        ("Discord", "DISCORD_WEBHOOK",
         lambda r: f"https://discord.com/api/webhooks/{rs(r, DIGITS, 19)}/{rs(r, B64URL, 68)}"),
        ("Telegram", "TELEGRAM_BOT_TOKEN", lambda r: f"{r.randint(10**9, 8 * 10**9)}:AA{rs(r, B64URL, 33)}"),
        ("Twilio", "TWILIO_API_SECRET", lambda r: rs(r, ALNUM, 32)),
        ("Twilio", "TWILIO_AUTH_TOKEN", lambda r: hx(r, 32)),
        ("SendGrid", "SENDGRID_API_KEY", lambda r: "SG." + rs(r, B64URL, 22) + "." + rs(r, B64URL, 43)),
        ("Mailgun", "MAILGUN_API_KEY", lambda r: "key-" + hx(r, 32)),
        ("Mailchimp", "MAILCHIMP_API_KEY", lambda r: hx(r, 32) + "-us" + str(r.randint(1, 21))),
        ("Postmark", "POSTMARK_SERVER_TOKEN", lambda r: uuid4(r)),
        ("Microsoft Teams", "TEAMS_WEBHOOK_URL",
         lambda r: f"https://{pick(r, ['acme', 'contoso', 'fabrikam'])}.webhook.office.com/webhookb2/{uuid4(r)}@{uuid4(r)}"
         f"/IncomingWebhook/{hx(r, 32)}/{uuid4(r)}/V2{rs(r, B64URL, 43)}"),
    ],
    "observability": [
        ("Datadog", "DD_API_KEY", lambda r: hx(r, 32)),
        ("Datadog", "DD_APP_KEY", lambda r: hx(r, 40)),
        ("New Relic", "NEW_RELIC_API_KEY", lambda r: "NRAK-" + rs(r, UPNUM, 27)),
        ("New Relic", "NEW_RELIC_LICENSE_KEY", lambda r: hx(r, 36) + "NRAL"),
        ("Sentry", "SENTRY_AUTH_TOKEN", lambda r: "sntrys_" + rs(r, B64URL, 100) + "_" + rs(r, B64URL, 43)),
        ("Sentry", "SENTRY_AUTH_TOKEN", lambda r: "sntryu_" + hx(r, 64)),
        ("Grafana Cloud", "GRAFANA_SA_TOKEN", lambda r: "glsa_" + rs(r, ALNUM, 32) + "_" + hx(r, 8)),
        ("Grafana Cloud", "GRAFANA_CLOUD_TOKEN", lambda r: "glc_" + rs(r, B64, 110) + "=="),
        ("Honeycomb", "HONEYCOMB_API_KEY", lambda r: "hcaik_" + rs(r, LOWNUM, 58)),
        ("PagerDuty", "PAGERDUTY_TOKEN", lambda r: "u+" + rs(r, B64URL, 18)),
        ("Splunk", "SPLUNK_HEC_TOKEN", lambda r: uuid4(r).upper()),
        ("Lightstep", "LS_ACCESS_TOKEN", lambda r: rs(r, B64, 84)),
        ("Logz.io", "LOGZIO_TOKEN", lambda r: rs(r, LOWER, 32)),
    ],
    "registry": [
        ("npm", "NPM_TOKEN", lambda r: "npm_" + rs(r, ALNUM, 36)),
        ("PyPI", "PYPI_TOKEN", lambda r: "pypi-AgEIcHlwaS5vcmc" + rs(r, B64URL, 120)),
        ("TestPyPI", "TEST_PYPI_TOKEN", lambda r: "pypi-AgENdGVzdC5weXBpLm9yZw" + rs(r, B64URL, 110)),
        ("NuGet", "NUGET_API_KEY", lambda r: "oy2" + rs(r, LOWNUM, 43)),
        ("RubyGems", "GEM_HOST_API_KEY", lambda r: "rubygems_" + hx(r, 48)),
        ("Docker Hub", "DOCKERHUB_TOKEN", lambda r: "dckr_pat_" + rs(r, B64URL, 27)),
        ("crates.io", "CARGO_REGISTRY_TOKEN", lambda r: "cio" + rs(r, ALNUM, 32)),
        ("JFrog Artifactory", "ARTIFACTORY_API_KEY", lambda r: "AKCp" + rs(r, ALNUM, 69)),
        ("Clojars", "CLOJARS_TOKEN", lambda r: "CLOJARS_" + hx(r, 60)),
        ("Packagist", "PACKAGIST_TOKEN", lambda r: "packagist_uut_" + rs(r, LOWNUM, 68)),
        ("Quay", "QUAY_ROBOT_TOKEN", lambda r: rs(r, UPNUM, 64)),
        ("Cloudsmith", "CLOUDSMITH_API_KEY", lambda r: hx(r, 40)),
    ],
    "saas": [
        ("Shopify", "SHOPIFY_ADMIN_TOKEN", lambda r: "shpat_" + hx(r, 32)),
        ("Shopify", "SHOPIFY_SHARED_SECRET", lambda r: "shpss_" + hx(r, 32)),
        ("Atlassian", "JIRA_API_TOKEN", lambda r: "ATATT3xFfGF0" + rs(r, B64URL, 170) + "=" + hx(r, 8).upper()),
        ("Linear", "LINEAR_API_KEY", lambda r: "lin_api_" + rs(r, ALNUM, 40)),
        ("Notion", "NOTION_TOKEN", lambda r: "ntn_" + rs(r, DIGITS, 11) + rs(r, ALNUM, 35)),
        ("Notion", "NOTION_TOKEN", lambda r: "secret_" + rs(r, ALNUM, 43)),
        ("Figma", "FIGMA_TOKEN", lambda r: "figd_" + rs(r, B64URL, 40)),
        ("Doppler", "DOPPLER_TOKEN", lambda r: "dp.st.prd." + rs(r, ALNUM, 40)),
        ("HashiCorp Vault", "VAULT_TOKEN", lambda r: "hvs." + rs(r, B64URL, 90)),
        ("Terraform Cloud", "TFE_TOKEN", lambda r: rs(r, ALNUM, 14) + ".atlasv1." + rs(r, ALNUM, 67)),
        ("Pulumi", "PULUMI_ACCESS_TOKEN", lambda r: "pul-" + hx(r, 40)),
        ("Okta", "OKTA_API_TOKEN", lambda r: "00" + rs(r, B64URL, 40)),
        ("1Password", "OP_SERVICE_ACCOUNT_TOKEN", lambda r: "ops_eyJ" + rs(r, B64URL, 300)),
        ("Postman", "POSTMAN_API_KEY", lambda r: "PMAK-" + hx(r, 24) + "-" + hx(r, 34)),
        ("Contentful", "CONTENTFUL_MANAGEMENT_TOKEN", lambda r: "CFPAT-" + rs(r, B64URL, 43)),
        ("Mapbox", "MAPBOX_SECRET_TOKEN", lambda r: "sk.eyJ1Ijoi" + rs(r, B64URL, 60) + "." + rs(r, B64URL, 22)),
        ("HubSpot", "HUBSPOT_TOKEN", lambda r: "pat-na1-" + uuid4(r)),
        ("LaunchDarkly", "LD_API_KEY", lambda r: "api-" + uuid4(r)),
        ("Dropbox", "DROPBOX_TOKEN", lambda r: "sl." + rs(r, B64URL, 135)),
        ("Airtable", "AIRTABLE_TOKEN", lambda r: "pat" + rs(r, ALNUM, 14) + "." + hx(r, 64)),
        ("age", "SOPS_AGE_KEY", lambda r: "AGE-SECRET-KEY-1" + rs(r, BECH, 58)),
        ("Algolia", "ALGOLIA_ADMIN_KEY", lambda r: hx(r, 32)),
        ("Asana", "ASANA_PAT", lambda r: "2/" + rs(r, DIGITS, 16) + "/" + rs(r, DIGITS, 16) + ":" + hx(r, 32)),
    ],
}

# Vendors whose token carries a self-evident prefix (may appear with no name).
PREFIXED = ("sk-proj-", "sk-ant-", "hf_", "r8_", "gsk_", "pplx-", "xai-", "AIza", "sk-or-v1-", "dop_v1_",
            "tskey-", "FlyV1", "rnd_", "sbp_", "pscale_pw_", "dapi", "ghp_", "gho_", "ghs_", "github_pat_",
            "glpat-", "glptt-", "glrt-", "ATBB", "CCIPAT_", "bkua_", "sgp_", "sk_live_", "rk_live_", "whsec_",
            "EAAA", "sq0csp-", "access_token$", "AQE", "FLWSECK-", "xox", "https://", "SG.", "key-", "NRAK-",
            "sntry", "glsa_", "glc_", "hcaik_", "npm_", "pypi-", "oy2", "rubygems_", "dckr_pat_", "cio",
            "AKCp", "CLOJARS_", "packagist_", "shp", "ATATT", "lin_api_", "ntn_", "secret_", "figd_", "dp.st.",
            "hvs.", "pul-", "ops_", "PMAK-", "CFPAT-", "sk.eyJ", "pat-na1-", "sl.", "AGE-SECRET", "2/")


def _self_evident(tok: str) -> bool:
    return tok.startswith(PREFIXED) or ".atlasv1." in tok or (":AA" in tok and tok[:9].isdigit())


def _vendor_line(rng: R, group: str) -> str:
    vendor, var, mk = pick(rng, VENDORS[group])
    tok = mk(rng)
    r = repo(rng)
    named = [
        f"{var}={tok}",
        f"export {var}={tok}",
        f"export {var}=\"{tok}\"",
        f"set {var} to {tok} in the runner env so the {vendor} step stops failing",
        f"{vendor} key for {r}: {tok}",
        f"the {vendor} token we use in CI is {tok}",
        f"Found the {vendor} credentials in the old .env: {var}={tok} (rotate after merge)",
        f"note to self: {var} for staging = {tok}",
        f"config {vendor.lower().replace(' ', '_')}.api_key {tok}",
        f"handoff config set {var.lower()} {tok}",
        f"$ env | grep {var.split('_')[0]}\n{var}={tok}",
        f"next: rotate the {vendor} key ({tok}) — it was pasted in #ops",
        f"- [ ] add {var} to repo secrets (value: {tok})",
        f"{var}: {tok}",
        f"{{\"{var}\": \"{tok}\"}}",
        f"Tests need a real {vendor} key; I used {tok} from the team vault",
        f"docker run -e {var}={tok} ghcr.io/{r}:latest",
        f"{var}={tok} npm run e2e",
        f"CI failed with 401 until I set {var}={tok}",
        f"{vendor} {pick(rng, ['API key', 'token', 'secret', 'access token'])} {tok}",
    ]
    if _self_evident(tok):
        named += [
            f"token: {tok}",
            f"using {tok} for the release job",
            f"curl -H 'Authorization: Bearer {tok}' https://api.{pick(rng, ['acme.dev', 'example.com'])}/v1/me",
            f"{tok}",
            f"pushed with {tok}, remove it from the shell history later",
            f"the leaked one was {tok} — revoked? not yet",
        ]
    return pick(rng, named)


def vendor_ai(rng: R) -> str:
    return _vendor_line(rng, "ai")


def vendor_cloud(rng: R) -> str:
    if rng.random() < 0.3:
        kid = pick(rng, ["AKIA", "ASIA"]) + rs(rng, UPNUM, 16)
        sec = rs(rng, ALNUM + "+/", 40)
        return pick(rng, [
            f"aws_access_key_id = {kid}\naws_secret_access_key = {sec}",
            f"AWS_ACCESS_KEY_ID={kid} AWS_SECRET_ACCESS_KEY={sec} aws s3 ls",
            f"aws keys for the deploy user: {kid} / {sec}",
            f"[default]\naws_access_key_id={kid}\naws_secret_access_key={sec}\nregion=eu-west-1",
            f"aws configure set aws_secret_access_key {sec} --profile staging",
        ])
    if rng.random() < 0.15:
        key = rs(rng, B64, 86) + "=="
        acct = pick(rng, ["stacmeprod", "ledgerdata01", "mossgridlogs", "tallyhqbackup"])
        return f"DefaultEndpointsProtocol=https;AccountName={acct};AccountKey={key};EndpointSuffix=core.windows.net"
    return _vendor_line(rng, "cloud")


def vendor_ci_vcs(rng: R) -> str:
    return _vendor_line(rng, "ci_vcs")


def vendor_payment(rng: R) -> str:
    return _vendor_line(rng, "payment")


def vendor_messaging(rng: R) -> str:
    return _vendor_line(rng, "messaging")


def vendor_observability(rng: R) -> str:
    return _vendor_line(rng, "observability")


def vendor_registry(rng: R) -> str:
    if rng.random() < 0.35:
        tok = "npm_" + rs(rng, ALNUM, 36)
        pypi = "pypi-AgEIcHlwaS5vcmc" + rs(rng, B64URL, 120)
        return pick(rng, [
            f"//registry.npmjs.org/:_authToken={tok}",
            f"~/.npmrc:\n//registry.npmjs.org/:_authToken={tok}",
            f"[pypi]\nusername = __token__\npassword = {pypi}",
            f"twine upload -u __token__ -p {pypi} dist/*",
            f"uv publish --token {pypi}",
            f"echo {'dckr_pat_' + rs(rng, B64URL, 27)} | docker login -u {pick(rng, USERS)} --password-stdin",
            f"npm config set //npm.pkg.github.com/:_authToken {'ghp_' + rs(rng, ALNUM, 36)}",
        ])
    return _vendor_line(rng, "registry")


def vendor_saas(rng: R) -> str:
    return _vendor_line(rng, "saas")


# ---------------------------------------------------------------- database URLs
def db_url_password(rng: R) -> str:
    u, h, pw = pick(rng, USERS), pick(rng, HOSTS), password(rng)
    pwu = urlq(pw)
    db = pick(rng, ["ledger", "app", "billing", "analytics", "orders", "core", "events"])
    url = pick(rng, [
        f"postgres://{u}:{pwu}@{h}:5432/{db}",
        f"postgresql://{u}:{pwu}@{h}/{db}?sslmode=require",
        f"mysql://{u}:{pwu}@{h}:3306/{db}",
        f"mongodb+srv://{u}:{pwu}@cluster0.{rs(rng, LOWNUM, 5)}.mongodb.net/{db}?retryWrites=true",
        f"redis://:{pwu}@{h}:6379/0",
        f"rediss://default:{pwu}@{h}:6380",
        f"amqp://{u}:{pwu}@{h}:5672/%2F",
        f"mssql+pyodbc://{u}:{pwu}@{h}/{db}?driver=ODBC+Driver+18",
        f"clickhouse://{u}:{pwu}@{h}:9000/{db}",
    ])
    return pick(rng, [
        f"DATABASE_URL={url}",
        f"DATABASE_URL=\"{url}\"",
        f"connected with {url} and the migration ran fine",
        f"psql \"{url}\" -c 'select count(*) from events'",
        f"staging db: {url}",
        f"sqlalchemy.url = {url}",
        f"prod replica url (read only) {url}",
        f"jdbc:postgresql://{h}:5432/{db}?user={u}&password={pwu}",
        f"Server={h};Database={db};User Id={u};Password={pw};TrustServerCertificate=True",
        f"host={h} port=5432 dbname={db} user={u} password={pw}",
        f"{h}:5432:{db}:{u}:{pw}",
        f"mysql -h {h} -u {u} -p'{pw}' {db}",
        f"PGPASSWORD='{pw}' psql -h {h} -U {u} {db}",
        f"redis-cli -h {h} -a '{pw}' ping",
        f"celery broker: {url}",
        f"tool output:\n  Connecting to {url}\n  OK (12 tables)",
    ])


# ---------------------------------------------------------------- private keys
def _pem(rng: R, label: str, n: int) -> str:
    body = rs(rng, B64, n)
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return f"-----BEGIN {label}-----\n" + "\n".join(lines) + f"\n-----END {label}-----"


def private_key_block(rng: R) -> str:
    kind = rng.randrange(6)
    if kind == 0:
        blk = _pem(rng, "RSA PRIVATE KEY", rng.choice([600, 900, 1600]))
    elif kind == 1:
        blk = _pem(rng, "EC PRIVATE KEY", 160)
    elif kind == 2:
        blk = _pem(rng, "PRIVATE KEY", rng.choice([200, 900, 1600]))
    elif kind == 3:
        body = "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW" + rs(rng, B64, 330)
        lines = [body[i:i + 70] for i in range(0, len(body), 70)]
        blk = "-----BEGIN OPENSSH PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END OPENSSH PRIVATE KEY-----"
    elif kind == 4:
        body = "lQOYBG" + rs(rng, B64, 700)
        lines = [body[i:i + 64] for i in range(0, len(body), 64)]
        blk = ("-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n" + "\n".join(lines) + "\n=" + rs(rng, B64, 4)
               + "\n-----END PGP PRIVATE KEY BLOCK-----")
    else:
        blk = _pem(rng, "ENCRYPTED PRIVATE KEY", 900) if rng.random() < 0.3 else _pem(rng, "DSA PRIVATE KEY", 600)
    if kind == 2 and rng.random() < 0.4:
        # inline in a service-account JSON
        pk = blk.replace("\n", "\\n")
        proj = pick(rng, ["acme-prod-31337", "ledger-staging", "mossgrid-data"])
        return ("{\"type\": \"service_account\", \"project_id\": \"" + proj + "\", \"private_key_id\": \""
                + hx(rng, 40) + "\", \"private_key\": \"" + pk + "\\n\", \"client_email\": \"deployer@" + proj
                + ".iam.gserviceaccount.com\"}")
    lead = pick(rng, ["", "deploy key for the runner:\n", "id_ed25519 contents:\n", "cat ~/.ssh/id_rsa\n",
                      "saved the signing key here so the next session can use it\n", "tls.key:\n",
                      "The bastion key (don't commit):\n", "$ kubectl get secret tls -o jsonpath='{.data.tls\\.key}' | base64 -d\n"])
    return lead + blk


# ---------------------------------------------------------------- JWT / session
def jwt_token(rng: R) -> str:
    t = _jwt(rng)
    return pick(rng, [
        f"Authorization: Bearer {t}",
        f"curl -H \"Authorization: Bearer {t}\" https://api.{pick(rng, ['acme.dev', 'tallyhq.io'])}/v2/invoices",
        f"session cookie from the browser: session={t}",
        f"access_token={t}",
        f"{{\"access_token\": \"{t}\", \"token_type\": \"Bearer\", \"expires_in\": 3600}}",
        f"the admin JWT for e2e is {t}",
        f"Cookie: auth={t}; theme=dark",
        f"{t}",
        f"refresh token (valid 30d): {t}",
        f"ID_TOKEN={t}",
        f"tool result: login ok -> token {t}",
        f"wscat -c wss://rt.{pick(rng, ['acme.dev', 'example.net'])}/socket -H 'Authorization: Bearer {t}'",
    ])


# ---------------------------------------------------------------- basic auth URLs and headers
def basic_auth(rng: R) -> str:
    u, pw = pick(rng, USERS), password(rng)
    pwu = urlq(pw)
    h = pick(rng, ["git.acme.dev", "nexus.corp.example", "registry.internal:5000", "jenkins.ops.lan",
                   "artifacts.tallyhq.io", "grafana.mossgrid.net", "es.logs.internal:9200"])
    enc = b64(f"{u}:{pw}".encode())
    return pick(rng, [
        f"git remote set-url origin https://{u}:{pwu}@{h}/{repo(rng)}.git",
        f"https://{u}:{pwu}@{h}/",
        f"curl -u {u}:'{pw}' https://{h}/api/health",
        f"curl --user '{u}:{pw}' -X POST https://{h}/job/deploy/build",
        f"Authorization: Basic {enc}",
        f"proxy_set_header Authorization \"Basic {enc}\";",
        f"pip install --index-url https://{u}:{pwu}@{h}/simple/ internal-utils",
        f"http_proxy=http://{u}:{pwu}@proxy.corp.example:3128",
        f"machine {h.split(':')[0]}\n  login {u}\n  password {pw}",
        f"https://{u}:{pwu}@{h.split(':')[0]}" + "\n" + "(that's the line in ~/.git-credentials)",
        f"wget --http-user={u} --http-password='{pw}' https://{h}/backup.tar.gz",
        f"htpasswd -b -c /etc/nginx/.htpasswd {u} '{pw}'",
        f"ELASTIC_URL=https://elastic:{pwu}@{h}",
    ])


# ---------------------------------------------------------------- passwords in prose
def password_prose_en(rng: R) -> str:
    s, u, pw = pick(rng, SERVICES), pick(rng, USERS), password(rng)
    return pick(rng, [
        f"the password for the {s} is {pw}",
        f"{s} login is {u} / {pw}",
        f"Reset the {s} admin password to {pw} so QA can get in",
        f"creds for {s}: user {u}, pass {pw}",
        f"{s} password was changed to {pw} this morning by ops",
        f"If the {s} asks for a password again, it's {pw}",
        f"user asked me to remember that the {s} pw is {pw}",
        f"Logged into {s} as {u} (password {pw}) and checked the queue depth",
        f"pw for {u}@{pick(rng, HOSTS)}: {pw}",
        f"temporary password for the {s}: {pw} (expires Friday)",
        f"{pick(rng, ['Dana', 'Marek', 'Priya', 'Omar'])} said the {s} passphrase is {pw}",
        f"Note: {s} -> {u}:{pw}",
        f"the wifi in the lab is lab-5g, password {pw}",
        f"sudo password on {pick(rng, HOSTS)} is {pw}, needed for the apt upgrade",
        f"echo '{pw}' | sudo -S systemctl restart {pick(rng, ['nginx', 'postgresql', 'redis'])}",
        f"keystore password {pw}, key alias release",
        f"keytool -importkeystore -srcstorepass {pw} -deststorepass {pw} -destkeystore release.jks",
        f"openssl pkcs12 -export -in cert.pem -inkey key.pem -out bundle.p12 -passout pass:{pw}",
        f"requirepass {pw}",
        f"The shared {s} account uses {pw} as its password; ask before changing it.",
    ])


_INTL: dict[str, list[str]] = {
    "de": ["Das Passwort für {s} ist {pw}", "Zugang {s}: Benutzer {u}, Passwort {pw}",
           "Ich habe das Admin-Passwort von {s} auf {pw} zurückgesetzt", "Kennwort für {u}: {pw}"],
    "fr": ["Le mot de passe de {s} est {pw}", "Identifiants {s} : {u} / mot de passe {pw}",
           "J'ai réinitialisé le mot de passe admin de {s} à {pw}", "mdp {s} : {pw}"],
    "es": ["La contraseña de {s} es {pw}", "Acceso a {s}: usuario {u}, clave {pw}",
           "Cambié la contraseña del admin de {s} a {pw}", "la clave de {u} en {s} es {pw}"],
    "pt": ["A senha do {s} é {pw}", "Acesso ao {s}: usuário {u}, senha {pw}",
           "Redefini a senha de admin do {s} para {pw}"],
    "it": ["La password di {s} è {pw}", "Credenziali {s}: utente {u}, password {pw}"],
    "ru": ["Пароль от {s}: {pw}", "Доступ к {s}: логин {u}, пароль {pw}",
           "Сбросил пароль админа {s} на {pw}", "пароль пользователя {u} — {pw}"],
    "tr": ["{s} şifresi {pw}", "{s} girişi: kullanıcı {u}, parola {pw}",
           "{s} admin şifresini {pw} olarak sıfırladım"],
    "pl": ["Hasło do {s} to {pw}", "Dostęp do {s}: login {u}, hasło {pw}",
           "Zresetowałem hasło admina {s} na {pw}"],
    "vi": ["Mật khẩu của {s} là {pw}", "Đăng nhập {s}: tài khoản {u}, mật khẩu {pw}",
           "Tôi đã đổi mật khẩu admin của {s} thành {pw}"],
    "id": ["Kata sandi {s} adalah {pw}", "Login {s}: user {u}, password {pw}",
           "Password admin {s} sudah saya reset jadi {pw}"],
    "zh": ["{s} 的密码是 {pw}", "{s} 账号 {u}，密码 {pw}", "我把 {s} 的管理员密码重置成了 {pw}",
           "登录 {s} 用 {u} / {pw}"],
    "ja": ["{s} のパスワードは {pw} です", "{s} のログイン: ユーザー {u}、パスワード {pw}",
           "{s} の管理者パスワードを {pw} にリセットしました"],
    "ko": ["{s} 비밀번호는 {pw} 입니다", "{s} 접속 정보: 아이디 {u}, 비밀번호 {pw}",
           "{s} 관리자 비밀번호를 {pw}(으)로 초기화했어요"],
    "nl": ["Het wachtwoord van {s} is {pw}", "Inloggen op {s}: gebruiker {u}, wachtwoord {pw}"],
}
_INTL_SERVICES = ["staging-DB", "Grafana", "Jenkins", "VPN", "bastion", "RabbitMQ", "Keycloak", "pgAdmin",
                  "Metabase", "NAS", "prod-replica", "Harbor"]


def password_prose_intl(rng: R) -> str:
    lang = pick(rng, sorted(_INTL))
    t = pick(rng, _INTL[lang])
    return t.format(s=pick(rng, _INTL_SERVICES), u=pick(rng, USERS), pw=password(rng))


# ---------------------------------------------------------------- config snippets
def config_snippet_secret(rng: R) -> str:
    _vendor, var, mk = pick(rng, [v for g in sorted(VENDORS) for v in VENDORS[g]])
    tok, pw, u, h = mk(rng), password(rng), pick(rng, USERS), pick(rng, HOSTS)
    k = var.lower()
    name = pick(rng, ["api", "worker", "web", "ingest", "billing"])
    return pick(rng, [
        f"# .env\nNODE_ENV=production\nPORT=8080\n{var}={tok}\nLOG_LEVEL=info",
        f".env.local:\nDB_HOST={h}\nDB_USER={u}\nDB_PASSWORD={pw}",
        json.dumps({"service": name, "region": "eu-west-1", k: tok}, indent=2),
        json.dumps({"database": {"host": h, "user": u, "password": pw, "pool": 10}}),
        f"[{name}]\nendpoint = \"https://{name}.internal\"\n{k} = \"{tok}\"\ntimeout = 30",
        f"[database]\nhost = \"{h}\"\nuser = \"{u}\"\npassword = \"{pw}\"",
        f"{name}:\n  replicas: 2\n  env:\n    - name: {var}\n      value: \"{tok}\"",
        f"apiVersion: v1\nkind: Secret\nmetadata:\n  name: {name}-creds\ntype: Opaque\nstringData:\n  {k}: {tok}",
        f"apiVersion: v1\nkind: Secret\nmetadata:\n  name: {name}-db\ndata:\n  password: {b64(pw.encode())}",
        f"services:\n  {name}:\n    image: ghcr.io/{repo(rng)}:1.4\n    environment:\n      - {var}={tok}",
        f"services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_USER: {u}\n      POSTGRES_PASSWORD: {pw}",
        f"ENV {var}={tok}",
        f"docker run -d -e POSTGRES_PASSWORD='{pw}' -p 5432:5432 postgres:16",
        f"spring.datasource.password={pw}",
        f"settings.py: SECRET_KEY = '{rs(rng, ALNUM + '!@#$%^&*(-_=+)', 50)}'",
        f"config/master.key: {hx(rng, 32)}",
        f"define('DB_PASSWORD', '{pw}');",
        f"<add key=\"{var}\" value=\"{tok}\" />",
        f"variable \"{k}\" {{\n  default = \"{tok}\"\n}}",
        f"kubectl create secret generic {name}-env --from-literal={var}={tok}",
        f"gh secret set {var} --body '{tok}' -R {repo(rng)}",
        f"heroku config:set {var}={tok} -a {name}-prod",
        f"fly secrets set {var}={tok}",
        f"vercel env add {var} production <<< '{tok}'",
        f"aws ssm put-parameter --name /{name}/{k} --type SecureString --value '{tok}'",
        f"{{\"auths\": {{\"ghcr.io\": {{\"auth\": \"{b64((u + ':' + 'ghp_' + rs(rng, ALNUM, 36)).encode())}\"}}}}}}",
        f"[client]\nuser={u}\npassword={pw}",
        f"wg0.conf:\n[Interface]\nPrivateKey = {rs(rng, B64, 43)}=\nAddress = 10.8.0.2/24",
        f"SECRET_KEY_BASE={hx(rng, 128)}",
        f"redis.conf: requirepass {pw}",
    ])


# ---------------------------------------------------------------- in agent logs and tool output
def agent_log_secret(rng: R) -> str:
    vendor, var, mk = pick(rng, [v for g in sorted(VENDORS) for v in VENDORS[g]])
    tok, pw, u = mk(rng), password(rng), pick(rng, USERS)
    r = repo(rng)
    return pick(rng, [
        f"[tool:bash] cat .env\n{var}={tok}\nDEBUG=false",
        f"Bash(printenv | grep -i {vendor.split()[0].lower()})\n  ⎿  {var}={tok}",
        f"● Read(.env.production)\n  ⎿  Read 14 lines\n{var}={tok}",
        json.dumps({"type": "tool_result", "tool_use_id": "toolu_" + rs(rng, ALNUM, 24),
                    "content": f"{var}={tok}\nPORT=3000"}),
        json.dumps({"tool": "shell", "input": {"command": f"export {var}={tok} && make deploy"}}),
        f"step 4/7: exported {var} ({tok}) and re-ran the deploy; succeeded",
        f"session 2025-11-{rng.randint(10, 30)}: got 403 from {vendor}; the user then gave me the key {tok}",
        f"$ git log -p -S'{var}' | head\n+{var}={tok}",
        f"found in CI log ({r} run #{rng.randint(1000, 99999)}): {var}={tok}",
        f"observation: the secret is {tok}; I will put it in the workflow env",
        f"$ cat ~/.pgpass\n{pick(rng, HOSTS)}:5432:*:{u}:{pw}",
        f"$ docker exec db env\nPOSTGRES_USER={u}\nPOSTGRES_PASSWORD={pw}\nPGDATA=/var/lib/postgresql/data",
        f"> kubectl get secret app -o json | jq -r .data.password | base64 -d\n{pw}",
        f"Resuming: the {vendor} step needs {var}. Value the user pasted earlier: {tok}",
        f"handoff note \"deploy unblocked, used {var}={tok}\"",
        f"handoff run -- ./deploy.sh --token {tok}",
    ])


# ---------------------------------------------------------------- CLI with secret arguments
def cli_secret(rng: R) -> str:
    _vendor, var, mk = pick(rng, [v for g in sorted(VENDORS) for v in VENDORS[g]])
    tok, pw, u, h = mk(rng), password(rng), pick(rng, USERS), pick(rng, HOSTS)
    return pick(rng, [
        f"docker login -u {u} -p '{pw}' registry.{pick(rng, ['acme.dev', 'corp.example'])}",
        f"docker login ghcr.io -u {u} -p {'ghp_' + rs(rng, ALNUM, 36)}",
        f"mysqladmin -u root -p'{pw}' status",
        f"sqlcmd -S {h} -U sa -P '{pw}' -Q 'SELECT 1'",
        f"mongosh \"mongodb://{h}:27017\" -u {u} -p '{pw}' --authenticationDatabase admin",
        f"psql -h {h} -U {u} --password='{pw}' -c '\\dt'",
        f"rabbitmqctl add_user {u} '{pw}'",
        f"az login --service-principal -u {uuid4(rng)} -p '{rs(rng, ALNUM + '~._-', 40)}' --tenant {uuid4(rng)}",
        f"gh auth login --with-token <<< {'gho_' + rs(rng, ALNUM, 36)}",
        f"git clone https://oauth2:{'glpat-' + rs(rng, B64URL, 20)}@gitlab.com/{repo(rng)}.git",
        f"./scripts/release.sh --api-key {tok}",
        f"terraform apply -var '{var.lower()}={tok}'",
        f"ansible-playbook site.yml -e 'ansible_become_pass={pw}'",
        f"helm install app ./chart --set secrets.{var.lower()}={tok}",
        f"curl -X POST https://api.example.com/v1/deploy -H 'X-Api-Key: {tok}'",
        f"sshpass -p '{pw}' ssh {u}@{h}",
        f"vault login {'hvs.' + rs(rng, B64URL, 90)}",
        f"npx wrangler secret put {var} <<< '{tok}'",
        f"java -jar app.jar --spring.datasource.password={pw}",
        f"openssl enc -aes-256-cbc -in dump.sql -out dump.enc -k '{pw}'",
        f"zip -P '{pw}' backup.zip dump.sql",
        f"python manage.py createsuperuser --username {u} (password set to {pw})",
        f"redis-cli -u redis://default:{urlq(pw)}@{h}:6379 INFO",
        f"pg_dump \"postgresql://{u}:{urlq(pw)}@{h}/app\" > dump.sql",
    ])


CATEGORIES: list[tuple[str, Callable[[R], str], int]] = [
    ("vendor_ai", vendor_ai, 65),
    ("vendor_cloud", vendor_cloud, 65),
    ("vendor_ci_vcs", vendor_ci_vcs, 65),
    ("vendor_payment", vendor_payment, 60),
    ("vendor_messaging", vendor_messaging, 60),
    ("vendor_observability", vendor_observability, 55),
    ("vendor_registry", vendor_registry, 55),
    ("vendor_saas", vendor_saas, 75),
    ("db_url_password", db_url_password, 65),
    ("private_key_block", private_key_block, 45),
    ("jwt_token", jwt_token, 45),
    ("basic_auth_url", basic_auth, 55),
    ("password_prose_en", password_prose_en, 65),
    ("password_prose_intl", password_prose_intl, 85),
    ("config_snippet_secret", config_snippet_secret, 70),
    ("agent_log_secret", agent_log_secret, 60),
    ("cli_secret", cli_secret, 45),
]
