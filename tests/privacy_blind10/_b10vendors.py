"""Vendor token shapes for blind10, written from the author's own knowledge of public formats.

Each entry: (vendor, group, the env/config name a team would give it, a generator). Values are
random characters in the vendor's shape; none is a real credential.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from _b10rand import ALNUM, B32, DIG, HEX, LO, UP, URLSAFE, b64, b64url, hexs, jwt, mixed, rbytes, s, uuid4

Gen = Callable[[random.Random], str]


def _aws_id(r: random.Random) -> str:
    return r.choice(["AKIA", "ASIA"]) + s(r, 16, B32)


def _github_fine(r: random.Random) -> str:
    return "github_pat_11" + s(r, 20, UP + DIG) + "_" + mixed(r, 59, ALNUM)


def _discord_bot(r: random.Random) -> str:
    uid = str(r.randrange(10**17, 10**19)).encode()
    return f"{b64url(uid)}.{s(r, 6, URLSAFE)}.{mixed(r, 38, URLSAFE)}"


def _slack_hook(r: random.Random) -> str:
    return f"https://hooks.slack.com/services/T{s(r, 10, UP + DIG)}/B{s(r, 10, UP + DIG)}/{mixed(r, 24)}"


def _discord_hook(r: random.Random) -> str:
    return f"https://discord.com/api/webhooks/{r.randrange(10**17, 10**19)}/{mixed(r, 68, URLSAFE)}"


def _sentry_dsn(r: random.Random) -> str:
    return f"https://{hexs(r, 32)}@o{r.randrange(10**5, 10**7)}.ingest.sentry.io/{r.randrange(10**6, 10**7)}"


def _twilio_pair(r: random.Random) -> str:
    return "SK" + hexs(r, 32) + ":" + mixed(r, 32)


VENDORS: list[tuple[str, str, str, Gen]] = [
    # cloud
    ("AWS secret access key", "cloud", "AWS_SECRET_ACCESS_KEY", lambda r: mixed(r, 40, ALNUM + "+/")),
    ("AWS access key pair", "cloud", "AWS_ACCESS_KEY_ID", lambda r: _aws_id(r) + ":" + mixed(r, 40, ALNUM + "+/")),
    ("Google API key", "cloud", "GOOGLE_API_KEY", lambda r: "AIza" + mixed(r, 35, URLSAFE)),
    ("Google OAuth access token", "cloud", "GCP_ACCESS_TOKEN", lambda r: "ya29." + mixed(r, 120, URLSAFE)),
    ("Azure storage account key", "cloud", "AZURE_STORAGE_KEY", lambda r: b64(rbytes(r, 64))),
    ("Azure client secret", "cloud", "AZURE_CLIENT_SECRET", lambda r: s(r, 3, ALNUM) + "8Q~" + mixed(r, 34, ALNUM + "_-.~")),
    ("DigitalOcean token", "cloud", "DIGITALOCEAN_TOKEN", lambda r: "dop_v1_" + hexs(r, 64)),
    ("DigitalOcean OAuth", "cloud", "DO_OAUTH_TOKEN", lambda r: "doo_v1_" + hexs(r, 64)),
    ("Alibaba Cloud key", "cloud", "ALIBABA_CLOUD_ACCESS_KEY_ID", lambda r: "LTAI" + mixed(r, 20)),
    ("Cloudflare API token", "cloud", "CLOUDFLARE_API_TOKEN", lambda r: mixed(r, 40, URLSAFE)),
    ("Cloudflare origin CA key", "cloud", "CF_ORIGIN_CA_KEY", lambda r: "v1.0-" + hexs(r, 24) + "-" + hexs(r, 146)),
    ("Heroku API key", "cloud", "HEROKU_API_KEY", lambda r: "HRKU-AA" + mixed(r, 58, URLSAFE)),
    ("Scaleway secret key", "cloud", "SCW_SECRET_KEY", uuid4),
    ("Linode token", "cloud", "LINODE_TOKEN", lambda r: hexs(r, 64)),
    ("Hetzner Cloud token", "cloud", "HCLOUD_TOKEN", lambda r: mixed(r, 64)),
    ("Vultr API key", "cloud", "VULTR_API_KEY", lambda r: s(r, 36, UP + DIG)),
    ("IBM Cloud API key", "cloud", "IBMCLOUD_API_KEY", lambda r: mixed(r, 44, URLSAFE)),
    ("Tencent Cloud secret id", "cloud", "TENCENTCLOUD_SECRET_ID", lambda r: "AKID" + mixed(r, 32)),
    # CI / VCS / registries
    ("GitHub classic PAT", "ci_vcs", "GITHUB_TOKEN", lambda r: "ghp_" + mixed(r, 36)),
    ("GitHub OAuth token", "ci_vcs", "GH_OAUTH_TOKEN", lambda r: "gho_" + mixed(r, 36)),
    ("GitHub app token", "ci_vcs", "GH_APP_TOKEN", lambda r: "ghs_" + mixed(r, 36)),
    ("GitHub refresh token", "ci_vcs", "GH_REFRESH_TOKEN", lambda r: "ghr_" + mixed(r, 76)),
    ("GitHub fine-grained PAT", "ci_vcs", "GH_PAT", _github_fine),
    ("GitLab PAT", "ci_vcs", "GITLAB_TOKEN", lambda r: "glpat-" + mixed(r, 20, URLSAFE)),
    ("GitLab runner token", "ci_vcs", "RUNNER_TOKEN", lambda r: "glrt-" + mixed(r, 20, URLSAFE)),
    ("GitLab deploy token", "ci_vcs", "GITLAB_DEPLOY_TOKEN", lambda r: "gldt-" + mixed(r, 20, URLSAFE)),
    ("Bitbucket app password", "ci_vcs", "BITBUCKET_APP_PASSWORD", lambda r: "ATBB" + mixed(r, 32) + s(r, 8, "ABCDEF0123456789")),
    ("CircleCI PAT", "ci_vcs", "CIRCLE_TOKEN", lambda r: "CCIPAT_" + mixed(r, 22) + "_" + hexs(r, 40)),
    ("npm token", "ci_vcs", "NPM_TOKEN", lambda r: "npm_" + mixed(r, 36)),
    ("PyPI token", "ci_vcs", "PYPI_API_TOKEN", lambda r: "pypi-AgEIcHlwaS5vcmc" + mixed(r, 150, URLSAFE)),
    ("Docker Hub PAT", "ci_vcs", "DOCKERHUB_TOKEN", lambda r: "dckr_pat_" + mixed(r, 27, URLSAFE)),
    ("RubyGems key", "ci_vcs", "GEM_HOST_API_KEY", lambda r: "rubygems_" + hexs(r, 48)),
    ("NuGet key", "ci_vcs", "NUGET_API_KEY", lambda r: "oy2" + s(r, 43, LO + DIG)),
    ("Terraform Cloud token", "ci_vcs", "TFE_TOKEN", lambda r: mixed(r, 14) + ".atlasv1." + mixed(r, 67)),
    ("Vault token", "ci_vcs", "VAULT_TOKEN", lambda r: "hvs." + mixed(r, 24)),
    ("Doppler service token", "ci_vcs", "DOPPLER_TOKEN", lambda r: "dp.st." + r.choice(["prd", "stg", "dev"]) + "." + mixed(r, 40)),
    ("Pulumi token", "ci_vcs", "PULUMI_ACCESS_TOKEN", lambda r: "pul-" + hexs(r, 40)),
    ("Buildkite token", "ci_vcs", "BUILDKITE_API_TOKEN", lambda r: "bkua_" + hexs(r, 40)),
    ("JFrog API key", "ci_vcs", "ARTIFACTORY_API_KEY", lambda r: "AKCp" + mixed(r, 69)),
    ("SonarQube token", "ci_vcs", "SONAR_TOKEN", lambda r: r.choice(["sqp_", "squ_", "sqa_"]) + hexs(r, 40)),
    ("Sourcegraph token", "ci_vcs", "SRC_ACCESS_TOKEN", lambda r: "sgp_" + hexs(r, 16) + "_" + hexs(r, 40)),
    ("Octopus Deploy key", "ci_vcs", "OCTOPUS_API_KEY", lambda r: "API-" + s(r, 26, UP + DIG)),
    # payments
    ("Stripe secret key", "payments", "STRIPE_SECRET_KEY", lambda r: "sk_live_" + mixed(r, 99)),
    ("Stripe restricted key", "payments", "STRIPE_RESTRICTED_KEY", lambda r: "rk_live_" + mixed(r, 99)),
    ("Stripe webhook secret", "payments", "STRIPE_WEBHOOK_SECRET", lambda r: "whsec_" + mixed(r, 32)),
    ("Square access token", "payments", "SQUARE_ACCESS_TOKEN", lambda r: "EAAA" + mixed(r, 60, URLSAFE)),
    ("Square OAuth secret", "payments", "SQUARE_OAUTH_SECRET", lambda r: "sq0csp-" + mixed(r, 43, URLSAFE)),
    ("Braintree access token", "payments", "BRAINTREE_ACCESS_TOKEN", lambda r: "access_token$production$" + s(r, 16, LO + DIG) + "$" + hexs(r, 32)),
    ("Razorpay key secret", "payments", "RAZORPAY_KEY_SECRET", lambda r: mixed(r, 24)),
    ("Shopify admin token", "payments", "SHOPIFY_ACCESS_TOKEN", lambda r: "shpat_" + hexs(r, 32)),
    ("Shopify shared secret", "payments", "SHOPIFY_API_SECRET", lambda r: "shpss_" + hexs(r, 32)),
    ("Flutterwave secret", "payments", "FLW_SECRET_KEY", lambda r: "FLWSECK-" + hexs(r, 32) + "-X"),
    ("Paystack secret", "payments", "PAYSTACK_SECRET_KEY", lambda r: "sk_live_" + hexs(r, 40)),
    ("Mollie API key", "payments", "MOLLIE_API_KEY", lambda r: "live_" + mixed(r, 30)),
    ("Adyen API key", "payments", "ADYEN_API_KEY", lambda r: "AQE" + mixed(r, 60, ALNUM + "+/") + "="),
    ("Lemon Squeezy key", "payments", "LEMONSQUEEZY_API_KEY", lambda r: jwt(r)),
    ("Shippo token", "payments", "SHIPPO_TOKEN", lambda r: "shippo_live_" + hexs(r, 40)),
    ("EasyPost key", "payments", "EASYPOST_API_KEY", lambda r: "EZAK" + hexs(r, 54)),
    # AI APIs
    ("OpenAI project key", "ai", "OPENAI_API_KEY", lambda r: "sk-proj-" + mixed(r, 74, URLSAFE) + "T3BlbkFJ" + mixed(r, 74, URLSAFE)),
    ("OpenAI legacy key", "ai", "OPENAI_KEY", lambda r: "sk-" + mixed(r, 20) + "T3BlbkFJ" + mixed(r, 20)),
    ("OpenAI service account key", "ai", "OPENAI_SVC_KEY", lambda r: "sk-svcacct-" + mixed(r, 64, URLSAFE)),
    ("Anthropic API key", "ai", "ANTHROPIC_API_KEY", lambda r: "sk-ant-api03-" + mixed(r, 93, URLSAFE) + "AA"),
    ("Anthropic admin key", "ai", "ANTHROPIC_ADMIN_KEY", lambda r: "sk-ant-admin01-" + mixed(r, 93, URLSAFE) + "AA"),
    ("Gemini API key", "ai", "GEMINI_API_KEY", lambda r: "AIza" + mixed(r, 35, URLSAFE)),
    ("Hugging Face token", "ai", "HF_TOKEN", lambda r: "hf_" + mixed(r, 34, UP + LO)),
    ("Replicate token", "ai", "REPLICATE_API_TOKEN", lambda r: "r8_" + mixed(r, 37)),
    ("Groq key", "ai", "GROQ_API_KEY", lambda r: "gsk_" + mixed(r, 52)),
    ("Perplexity key", "ai", "PPLX_API_KEY", lambda r: "pplx-" + mixed(r, 48)),
    ("xAI key", "ai", "XAI_API_KEY", lambda r: "xai-" + mixed(r, 80)),
    ("OpenRouter key", "ai", "OPENROUTER_API_KEY", lambda r: "sk-or-v1-" + hexs(r, 64)),
    ("DeepSeek key", "ai", "DEEPSEEK_API_KEY", lambda r: "sk-" + hexs(r, 32)),
    ("Cohere key", "ai", "COHERE_API_KEY", lambda r: mixed(r, 40)),
    ("Mistral key", "ai", "MISTRAL_API_KEY", lambda r: mixed(r, 32)),
    ("LangSmith key", "ai", "LANGSMITH_API_KEY", lambda r: "lsv2_pt_" + hexs(r, 32) + "_" + hexs(r, 10)),
    ("Pinecone key", "ai", "PINECONE_API_KEY", lambda r: "pcsk_" + mixed(r, 5) + "_" + mixed(r, 62)),
    ("NVIDIA NIM key", "ai", "NVIDIA_API_KEY", lambda r: "nvapi-" + mixed(r, 64, URLSAFE)),
    ("ElevenLabs key", "ai", "ELEVENLABS_API_KEY", lambda r: "sk_" + hexs(r, 48)),
    ("Fireworks key", "ai", "FIREWORKS_API_KEY", lambda r: "fw_" + mixed(r, 24)),
    ("Weights & Biases key", "ai", "WANDB_API_KEY", lambda r: hexs(r, 40)),
    ("Together AI key", "ai", "TOGETHER_API_KEY", lambda r: "tgp_v1_" + mixed(r, 43, URLSAFE)),
    # databases
    ("Supabase access token", "db", "SUPABASE_ACCESS_TOKEN", lambda r: "sbp_" + hexs(r, 40)),
    ("Supabase service role key", "db", "SUPABASE_SERVICE_ROLE_KEY", lambda r: jwt(r, '{"iss":"supabase","ref":"%s","role":"service_role","iat":1716000000,"exp":2031576000}' % s(r, 20, LO))),
    ("PlanetScale password", "db", "PLANETSCALE_PASSWORD", lambda r: "pscale_pw_" + mixed(r, 43, URLSAFE)),
    ("PlanetScale token", "db", "PLANETSCALE_SERVICE_TOKEN", lambda r: "pscale_tkn_" + mixed(r, 43, URLSAFE)),
    ("Databricks token", "db", "DATABRICKS_TOKEN", lambda r: "dapi" + hexs(r, 32)),
    ("Neon password", "db", "NEON_PASSWORD", lambda r: "npg_" + mixed(r, 12)),
    ("MongoDB Atlas private key", "db", "ATLAS_PRIVATE_KEY", uuid4),
    ("Elastic API key", "db", "ELASTIC_API_KEY", lambda r: b64((mixed(r, 20) + ":" + mixed(r, 22, URLSAFE)).encode())),
    ("Upstash Redis token", "db", "UPSTASH_REDIS_REST_TOKEN", lambda r: "A" + mixed(r, 5) + "AAIjcDE" + mixed(r, 48, URLSAFE)),
    ("Turso auth token", "db", "TURSO_AUTH_TOKEN", lambda r: jwt(r)),
    ("ClickHouse Cloud key secret", "db", "CLICKHOUSE_KEY_SECRET", lambda r: "4b1d" + mixed(r, 38)),
    ("InfluxDB token", "db", "INFLUX_TOKEN", lambda r: mixed(r, 86, URLSAFE) + "=="),
    # messaging
    ("Slack bot token", "messaging", "SLACK_BOT_TOKEN", lambda r: f"xoxb-{s(r, 12, DIG)}-{s(r, 13, DIG)}-{mixed(r, 24)}"),
    ("Slack user token", "messaging", "SLACK_USER_TOKEN", lambda r: f"xoxp-{s(r, 12, DIG)}-{s(r, 12, DIG)}-{s(r, 13, DIG)}-{hexs(r, 32)}"),
    ("Slack app token", "messaging", "SLACK_APP_TOKEN", lambda r: f"xapp-1-A{s(r, 10, UP + DIG)}-{s(r, 13, DIG)}-{hexs(r, 64)}"),
    ("Slack webhook", "messaging", "SLACK_WEBHOOK_URL", _slack_hook),
    ("Discord bot token", "messaging", "DISCORD_TOKEN", _discord_bot),
    ("Discord webhook", "messaging", "DISCORD_WEBHOOK_URL", _discord_hook),
    ("Telegram bot token", "messaging", "TELEGRAM_BOT_TOKEN", lambda r: f"{r.randrange(10**9, 8 * 10**9)}:AA{mixed(r, 33, URLSAFE)}"),
    ("Twilio API key and secret", "messaging", "TWILIO_API_KEY", _twilio_pair),
    ("Twilio auth token", "messaging", "TWILIO_AUTH_TOKEN", lambda r: hexs(r, 32)),
    ("SendGrid key", "messaging", "SENDGRID_API_KEY", lambda r: "SG." + mixed(r, 22, URLSAFE) + "." + mixed(r, 43, URLSAFE)),
    ("Mailgun key", "messaging", "MAILGUN_API_KEY", lambda r: "key-" + hexs(r, 32)),
    ("Mailchimp key", "messaging", "MAILCHIMP_API_KEY", lambda r: hexs(r, 32) + "-us" + str(r.randint(1, 21))),
    ("Postmark server token", "messaging", "POSTMARK_SERVER_TOKEN", uuid4),
    ("Resend key", "messaging", "RESEND_API_KEY", lambda r: "re_" + mixed(r, 8) + "_" + mixed(r, 24)),
    ("Brevo key", "messaging", "BREVO_API_KEY", lambda r: "xkeysib-" + hexs(r, 64) + "-" + mixed(r, 16)),
    ("Pusher secret", "messaging", "PUSHER_APP_SECRET", lambda r: hexs(r, 20)),
    ("Microsoft Teams webhook", "messaging", "TEAMS_WEBHOOK_URL", lambda r: f"https://acme.webhook.office.com/webhookb2/{uuid4(r)}@{uuid4(r)}/IncomingWebhook/{hexs(r, 32)}/{uuid4(r)}"),
    # observability
    ("Datadog API key", "observability", "DD_API_KEY", lambda r: hexs(r, 32)),
    ("Datadog app key", "observability", "DD_APP_KEY", lambda r: hexs(r, 40)),
    ("New Relic user key", "observability", "NEW_RELIC_API_KEY", lambda r: "NRAK-" + s(r, 27, UP + DIG)),
    ("New Relic ingest key", "observability", "NEW_RELIC_LICENSE_KEY", lambda r: hexs(r, 36) + "NRAL"),
    ("Sentry DSN", "observability", "SENTRY_DSN", _sentry_dsn),
    ("Sentry auth token", "observability", "SENTRY_AUTH_TOKEN", lambda r: "sntrys_" + b64url(rbytes(r, 60))),
    ("Grafana service account token", "observability", "GRAFANA_TOKEN", lambda r: "glsa_" + mixed(r, 32) + "_" + hexs(r, 8)),
    ("Grafana Cloud token", "observability", "GRAFANA_CLOUD_TOKEN", lambda r: "glc_" + b64(rbytes(r, 66))),
    ("Honeycomb key", "observability", "HONEYCOMB_API_KEY", lambda r: "hcaik_" + s(r, 58, LO + DIG)),
    ("Dynatrace token", "observability", "DT_API_TOKEN", lambda r: "dt0c01." + s(r, 24, UP + DIG) + "." + s(r, 64, UP + DIG)),
    ("Splunk HEC token", "observability", "SPLUNK_HEC_TOKEN", lambda r: uuid4(r).upper()),
    ("PagerDuty key", "observability", "PAGERDUTY_TOKEN", lambda r: "u+" + mixed(r, 18, URLSAFE)),
    ("Axiom token", "observability", "AXIOM_TOKEN", lambda r: "xaat-" + uuid4(r)),
    ("Logtail token", "observability", "LOGTAIL_SOURCE_TOKEN", lambda r: mixed(r, 24)),
    # other SaaS
    ("Atlassian API token", "saas", "JIRA_API_TOKEN", lambda r: "ATATT3xFfGF0" + mixed(r, 180, URLSAFE) + "=" + s(r, 8, HEX.upper())),
    ("Linear key", "saas", "LINEAR_API_KEY", lambda r: "lin_api_" + mixed(r, 40)),
    ("Notion token", "saas", "NOTION_TOKEN", lambda r: "ntn_" + s(r, 11, DIG) + mixed(r, 35)),
    ("Airtable PAT", "saas", "AIRTABLE_TOKEN", lambda r: "pat" + mixed(r, 14) + "." + hexs(r, 64)),
    ("Figma token", "saas", "FIGMA_TOKEN", lambda r: "figd_" + mixed(r, 40, URLSAFE)),
    ("HubSpot private app token", "saas", "HUBSPOT_ACCESS_TOKEN", lambda r: "pat-na1-" + uuid4(r)),
    ("Okta API token", "saas", "OKTA_API_TOKEN", lambda r: "00" + mixed(r, 40, URLSAFE)),
    ("Dropbox token", "saas", "DROPBOX_ACCESS_TOKEN", lambda r: "sl." + mixed(r, 135, URLSAFE)),
    ("Mapbox secret token", "saas", "MAPBOX_SECRET_TOKEN", lambda r: "sk.eyJ1Ijoi" + mixed(r, 50) + "." + mixed(r, 22, URLSAFE)),
    ("Contentful token", "saas", "CONTENTFUL_MANAGEMENT_TOKEN", lambda r: "CFPAT-" + mixed(r, 43, URLSAFE)),
    ("Postman key", "saas", "POSTMAN_API_KEY", lambda r: "PMAK-" + hexs(r, 24) + "-" + hexs(r, 34)),
    ("Netlify token", "saas", "NETLIFY_AUTH_TOKEN", lambda r: "nfp_" + mixed(r, 36)),
    ("Fly.io token", "saas", "FLY_API_TOKEN", lambda r: "FlyV1 fm2_" + mixed(r, 140, URLSAFE)),
    ("Render key", "saas", "RENDER_API_KEY", lambda r: "rnd_" + mixed(r, 32)),
    ("Vercel token", "saas", "VERCEL_TOKEN", lambda r: mixed(r, 24)),
    ("Tailscale auth key", "saas", "TS_AUTHKEY", lambda r: "tskey-auth-k" + mixed(r, 10) + "CNTRL-" + mixed(r, 33)),
    ("ngrok authtoken", "saas", "NGROK_AUTHTOKEN", lambda r: "2" + mixed(r, 26) + "_" + mixed(r, 21)),
    ("1Password service account", "saas", "OP_SERVICE_ACCOUNT_TOKEN", lambda r: "ops_eyJzaWduSW5BZGRyZXNzIjoi" + mixed(r, 120, URLSAFE)),
    ("age secret key", "saas", "SOPS_AGE_KEY", lambda r: "AGE-SECRET-KEY-1" + s(r, 58, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L".upper())),
    ("Typeform token", "saas", "TYPEFORM_TOKEN", lambda r: "tfp_" + mixed(r, 44, URLSAFE)),
    ("Prefect key", "saas", "PREFECT_API_KEY", lambda r: "pnu_" + mixed(r, 36)),
    ("Asana PAT", "saas", "ASANA_PAT", lambda r: f"2/{s(r, 16, DIG)}/{s(r, 16, DIG)}:{hexs(r, 32)}"),
    ("Zendesk token", "saas", "ZENDESK_API_TOKEN", lambda r: mixed(r, 40)),
    ("Algolia admin key", "saas", "ALGOLIA_ADMIN_KEY", lambda r: hexs(r, 32)),
    ("Clerk secret key", "saas", "CLERK_SECRET_KEY", lambda r: "sk_live_" + mixed(r, 46)),
    ("Intercom token", "saas", "INTERCOM_ACCESS_TOKEN", lambda r: "dG9rOj" + mixed(r, 54) + "="),
    ("Readme key", "saas", "README_API_KEY", lambda r: "rdme_" + s(r, 70, LO + DIG)),
    ("Infisical token", "saas", "INFISICAL_TOKEN", lambda r: "st." + uuid4(r) + "." + hexs(r, 32) + "." + hexs(r, 32)),
]

GROUPS = sorted({v[1] for v in VENDORS})


def vendor(r: random.Random, group: str | None = None) -> tuple[str, str, str]:
    """(vendor name, env name, value); group first so that small groups are not drowned."""
    g = group or r.choice(GROUPS)
    name, _, env, gen = r.choice([v for v in VENDORS if v[1] == g])
    return name, env, gen(r)


def by_name(r: random.Random, *names: str) -> str:
    """A value of one of the named vendors, for carriers that only make sense with that vendor."""
    name = r.choice(names)
    return next(gen for n, _, _, gen in VENDORS if n == name)(r)


REGISTRY = ("GitHub classic PAT", "GitHub fine-grained PAT", "Docker Hub PAT", "GitLab PAT", "GitLab deploy token")
GIT_HTTP = ("GitHub classic PAT", "GitHub fine-grained PAT", "GitHub app token", "GitLab PAT", "Bitbucket app password")


PREFIXES = ("AKIA", "ASIA", "AIza", "ya29.", "dop_v1_", "doo_v1_", "LTAI", "HRKU-", "AKID", "ghp_", "gho_", "ghs_",
            "ghr_", "github_pat_", "glpat-", "glrt-", "gldt-", "ATBB", "CCIPAT_", "npm_", "pypi-", "dckr_pat_",
            "rubygems_", "hvs.", "dp.st.", "pul-", "bkua_", "AKCp", "sqp_", "squ_", "sqa_", "sgp_", "sk_live_",
            "rk_live_", "whsec_", "EAAA", "sq0csp-", "access_token$", "shpat_", "shpss_", "FLWSECK-", "shippo_live_",
            "EZAK", "sk-proj-", "sk-svcacct-", "sk-ant-", "hf_", "r8_", "gsk_", "pplx-", "xai-", "sk-or-v1-",
            "lsv2_pt_", "pcsk_", "nvapi-", "tgp_v1_", "sbp_", "pscale_", "dapi", "npg_", "xox", "https://hooks.",
            "https://discord.com/api/webhooks/", "SG.", "key-", "re_", "xkeysib-", "NRAK-", "sntrys_", "glsa_", "glc_",
            "hcaik_", "dt0c01.", "xaat-", "ATATT", "lin_api_", "ntn_", "figd_", "pat-na1-", "sl.", "sk.eyJ", "CFPAT-",
            "PMAK-", "nfp_", "FlyV1", "rnd_", "tskey-", "ops_", "AGE-SECRET-KEY-", "tfp_", "pnu_", "rdme_", "SK")


def prefixed(r: random.Random) -> tuple[str, str, str]:
    """A vendor whose token carries a recognisable prefix (usable without a name beside it)."""
    while True:
        name, env, val = vendor(r)
        if val.startswith(PREFIXES):
            return name, env, val


__all__ = ["GIT_HTTP", "GROUPS", "PREFIXES", "REGISTRY", "VENDORS", "by_name", "prefixed", "vendor"]
