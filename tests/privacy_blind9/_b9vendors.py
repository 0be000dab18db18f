"""Vendor token shapes for blind9, grouped as cloud, ci, payments, ai, database, messaging, saas.

Each entry: (display name, group, usual environment variable, generator). Generators return random
characters in the vendor's public format; none is a real credential.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from _b9rand import ALNUM, B64, BECH, DG, LO, UP, URLSAFE, b64of, chars, hexs, jwt, uuid4

Gen = Callable[[random.Random], str]


def _slack(kind: str) -> Gen:
    return lambda r: f"{kind}-{chars(r, DG, 12)}-{chars(r, DG, 13)}-{chars(r, ALNUM, 24)}"


VENDORS: list[tuple[str, str, str, Gen]] = [
    # cloud
    ("AWS secret access key", "cloud", "AWS_SECRET_ACCESS_KEY", lambda r: chars(r, ALNUM + "+/", 40)),
    ("GCP OAuth access token", "cloud", "GOOGLE_OAUTH_ACCESS_TOKEN", lambda r: "ya29.a0" + chars(r, URLSAFE, 150)),
    ("Azure client secret", "cloud", "AZURE_CLIENT_SECRET",
     lambda r: chars(r, ALNUM, 3) + "8Q~" + chars(r, ALNUM + "._~-", 34)),
    ("Azure storage key", "cloud", "AZURE_STORAGE_KEY", lambda r: chars(r, B64, 86) + "=="),
    ("DigitalOcean token", "cloud", "DIGITALOCEAN_TOKEN", lambda r: "dop_v1_" + hexs(r, 64)),
    ("Cloudflare API token", "cloud", "CLOUDFLARE_API_TOKEN", lambda r: chars(r, URLSAFE, 40)),
    ("Alibaba Cloud key", "cloud", "ALIBABA_CLOUD_ACCESS_KEY_SECRET", lambda r: chars(r, ALNUM, 30)),
    ("Heroku API key", "cloud", "HEROKU_API_KEY", lambda r: "HRKU-AA" + chars(r, URLSAFE, 58)),
    ("Fly.io token", "cloud", "FLY_API_TOKEN", lambda r: "FlyV1 fm2_" + chars(r, B64, 120) + "=="),
    ("Netlify token", "cloud", "NETLIFY_AUTH_TOKEN", lambda r: "nfp_" + chars(r, ALNUM, 36)),
    ("Vercel token", "cloud", "VERCEL_TOKEN", lambda r: chars(r, ALNUM, 24)),
    ("Hetzner Cloud token", "cloud", "HCLOUD_TOKEN", lambda r: chars(r, ALNUM, 64)),
    ("Scaleway secret key", "cloud", "SCW_SECRET_KEY", uuid4),
    ("Linode token", "cloud", "LINODE_TOKEN", lambda r: hexs(r, 64)),
    ("HashiCorp Vault token", "cloud", "VAULT_TOKEN", lambda r: "hvs." + chars(r, URLSAFE, 90)),
    ("Terraform Cloud token", "cloud", "TFE_TOKEN",
     lambda r: chars(r, ALNUM, 14) + ".atlasv1." + chars(r, ALNUM, 67)),
    ("Pulumi access token", "cloud", "PULUMI_ACCESS_TOKEN", lambda r: "pul-" + hexs(r, 40)),
    # ci / vcs / registries
    ("GitHub PAT (classic)", "ci", "GITHUB_TOKEN", lambda r: "ghp_" + chars(r, ALNUM, 36)),
    ("GitHub fine-grained PAT", "ci", "GH_TOKEN",
     lambda r: "github_pat_11" + chars(r, UP + DG, 20) + "_" + chars(r, ALNUM, 59)),
    ("GitHub app installation token", "ci", "GITHUB_TOKEN", lambda r: "ghs_" + chars(r, ALNUM, 36)),
    ("GitHub OAuth token", "ci", "GH_OAUTH_TOKEN", lambda r: "gho_" + chars(r, ALNUM, 36)),
    ("GitLab PAT", "ci", "GITLAB_TOKEN", lambda r: "glpat-" + chars(r, URLSAFE, 20)),
    ("GitLab runner token", "ci", "CI_RUNNER_TOKEN", lambda r: "glrt-" + chars(r, URLSAFE, 20)),
    ("GitLab deploy token", "ci", "GITLAB_DEPLOY_TOKEN", lambda r: "gldt-" + chars(r, URLSAFE, 20)),
    ("Bitbucket app password", "ci", "BITBUCKET_APP_PASSWORD", lambda r: "ATBB" + chars(r, ALNUM, 32) + hexs(r, 8)),
    ("CircleCI token", "ci", "CIRCLECI_TOKEN", lambda r: "CCIPAT_" + chars(r, ALNUM, 22) + "_" + hexs(r, 40)),
    ("Buildkite token", "ci", "BUILDKITE_API_TOKEN", lambda r: "bkua_" + hexs(r, 40)),
    ("npm token", "ci", "NPM_TOKEN", lambda r: "npm_" + chars(r, ALNUM, 36)),
    ("PyPI token", "ci", "PYPI_API_TOKEN", lambda r: "pypi-AgEIcHlwaS5vcmc" + chars(r, URLSAFE, 130)),
    ("Docker Hub PAT", "ci", "DOCKERHUB_TOKEN", lambda r: "dckr_pat_" + chars(r, URLSAFE, 27)),
    ("JFrog API key", "ci", "ARTIFACTORY_API_KEY", lambda r: "AKCp" + chars(r, ALNUM, 69)),
    ("SonarQube token", "ci", "SONAR_TOKEN", lambda r: "squ_" + hexs(r, 40)),
    ("RubyGems key", "ci", "GEM_HOST_API_KEY", lambda r: "rubygems_" + hexs(r, 48)),
    ("Codecov token", "ci", "CODECOV_TOKEN", uuid4),
    # payments
    ("Stripe secret key", "payments", "STRIPE_SECRET_KEY", lambda r: "sk_live_" + chars(r, ALNUM, 99)),
    ("Stripe test secret key", "payments", "STRIPE_SECRET_KEY", lambda r: "sk_test_" + chars(r, ALNUM, 99)),
    ("Stripe restricted key", "payments", "STRIPE_API_KEY", lambda r: "rk_live_" + chars(r, ALNUM, 99)),
    ("Stripe webhook secret", "payments", "STRIPE_WEBHOOK_SECRET", lambda r: "whsec_" + chars(r, ALNUM, 32)),
    ("Square access token", "payments", "SQUARE_ACCESS_TOKEN", lambda r: "EAAA" + chars(r, URLSAFE, 60)),
    ("Braintree access token", "payments", "BRAINTREE_ACCESS_TOKEN",
     lambda r: "access_token$production$" + chars(r, LO + DG, 16) + "$" + hexs(r, 32)),
    ("Razorpay key secret", "payments", "RAZORPAY_KEY_SECRET", lambda r: chars(r, ALNUM, 24)),
    ("Mollie API key", "payments", "MOLLIE_API_KEY", lambda r: "live_" + chars(r, ALNUM, 30)),
    ("Shopify admin token", "payments", "SHOPIFY_ACCESS_TOKEN", lambda r: "shpat_" + hexs(r, 32)),
    ("Paddle API key", "payments", "PADDLE_API_KEY", lambda r: "pdl_live_apikey_" + chars(r, LO + DG, 26) + "_"
     + chars(r, ALNUM, 22) + "_" + chars(r, ALNUM, 3)),
    ("Adyen API key", "payments", "ADYEN_API_KEY", lambda r: "AQE" + chars(r, ALNUM, 12) + "+" + chars(r, B64, 90)),
    ("Plaid secret", "payments", "PLAID_SECRET", lambda r: hexs(r, 30)),
    ("Coinbase Commerce key", "payments", "COINBASE_COMMERCE_API_KEY", uuid4),
    # ai
    ("OpenAI project key", "ai", "OPENAI_API_KEY",
     lambda r: "sk-proj-" + chars(r, URLSAFE, 74) + "T3BlbkFJ" + chars(r, URLSAFE, 74)),
    ("OpenAI service account key", "ai", "OPENAI_API_KEY",
     lambda r: "sk-svcacct-" + chars(r, URLSAFE, 74) + "T3BlbkFJ" + chars(r, URLSAFE, 74)),
    ("Anthropic API key", "ai", "ANTHROPIC_API_KEY",
     lambda r: "sk-ant-api03-" + chars(r, URLSAFE, 93) + "AA"),
    ("Anthropic admin key", "ai", "ANTHROPIC_ADMIN_KEY",
     lambda r: "sk-ant-admin01-" + chars(r, URLSAFE, 93) + "AA"),
    ("Google AI Studio key", "ai", "GEMINI_API_KEY", lambda r: "AIza" + chars(r, URLSAFE, 35)),
    ("Groq key", "ai", "GROQ_API_KEY", lambda r: "gsk_" + chars(r, ALNUM, 52)),
    ("Hugging Face token", "ai", "HF_TOKEN", lambda r: "hf_" + chars(r, UP + LO, 34)),
    ("Replicate token", "ai", "REPLICATE_API_TOKEN", lambda r: "r8_" + chars(r, ALNUM, 37)),
    ("OpenRouter key", "ai", "OPENROUTER_API_KEY", lambda r: "sk-or-v1-" + hexs(r, 64)),
    ("Perplexity key", "ai", "PERPLEXITY_API_KEY", lambda r: "pplx-" + chars(r, ALNUM, 48)),
    ("xAI key", "ai", "XAI_API_KEY", lambda r: "xai-" + chars(r, ALNUM, 80)),
    ("DeepSeek key", "ai", "DEEPSEEK_API_KEY", lambda r: "sk-" + hexs(r, 32)),
    ("Mistral key", "ai", "MISTRAL_API_KEY", lambda r: chars(r, ALNUM, 32)),
    ("Cohere key", "ai", "CO_API_KEY", lambda r: chars(r, ALNUM, 40)),
    ("Fireworks key", "ai", "FIREWORKS_API_KEY", lambda r: "fw_" + chars(r, ALNUM, 24)),
    ("Together key", "ai", "TOGETHER_API_KEY", lambda r: "tgp_v1_" + chars(r, URLSAFE, 43)),
    ("ElevenLabs key", "ai", "ELEVENLABS_API_KEY", lambda r: "sk_" + hexs(r, 48)),
    ("Pinecone key", "ai", "PINECONE_API_KEY", lambda r: "pcsk_" + chars(r, ALNUM, 6) + "_" + chars(r, ALNUM, 63)),
    ("LangSmith key", "ai", "LANGSMITH_API_KEY", lambda r: "lsv2_pt_" + hexs(r, 32) + "_" + hexs(r, 10)),
    ("Weights & Biases key", "ai", "WANDB_API_KEY", lambda r: hexs(r, 40)),
    # database
    ("PlanetScale password", "database", "DATABASE_PASSWORD", lambda r: "pscale_pw_" + chars(r, URLSAFE, 43)),
    ("PlanetScale service token", "database", "PLANETSCALE_SERVICE_TOKEN",
     lambda r: "pscale_tkn_" + chars(r, URLSAFE, 43)),
    ("Neon API key", "database", "NEON_API_KEY", lambda r: "napi_" + chars(r, LO + DG, 64)),
    ("Supabase access token", "database", "SUPABASE_ACCESS_TOKEN", lambda r: "sbp_" + hexs(r, 40)),
    ("Supabase service role key", "database", "SUPABASE_SERVICE_ROLE_KEY",
     lambda r: jwt(r, '{"iss":"supabase","ref":"' + chars(r, LO, 20) + '","role":"service_role","iat":'
                   + str(r.randint(1_600_000_000, 1_750_000_000)) + ',"exp":'
                   + str(r.randint(1_900_000_000, 2_100_000_000)) + '}')),
    ("Databricks token", "database", "DATABRICKS_TOKEN", lambda r: "dapi" + hexs(r, 32)),
    ("Upstash Redis token", "database", "UPSTASH_REDIS_REST_TOKEN",
     lambda r: "A" + chars(r, UP, 1) + chars(r, B64, 58) + "="),
    ("Airtable PAT", "database", "AIRTABLE_API_KEY", lambda r: "pat" + chars(r, ALNUM, 14) + "." + hexs(r, 64)),
    ("InfluxDB token", "database", "INFLUX_TOKEN", lambda r: chars(r, URLSAFE, 86) + "=="),
    ("Elastic API key", "database", "ELASTIC_API_KEY",
     lambda r: b64of((chars(r, URLSAFE, 20) + ":" + chars(r, URLSAFE, 22)).encode())),
    ("MongoDB Atlas private key", "database", "MONGODB_ATLAS_PRIVATE_KEY", uuid4),
    ("Turso auth token", "database", "TURSO_AUTH_TOKEN",
     lambda r: "eyJhbGciOiJFZERTQSIsInR5cCI6IkpXVCJ9." + chars(r, URLSAFE, 110) + "." + chars(r, URLSAFE, 86)),
    ("Snowflake password", "database", "SNOWFLAKE_PASSWORD", lambda r: chars(r, ALNUM + "!#%", 18)),
    # messaging
    ("Slack bot token", "messaging", "SLACK_BOT_TOKEN", _slack("xoxb")),
    ("Slack user token", "messaging", "SLACK_TOKEN", _slack("xoxp")),
    ("Slack app token", "messaging", "SLACK_APP_TOKEN",
     lambda r: f"xapp-1-A{chars(r, UP + DG, 10)}-{chars(r, DG, 13)}-{hexs(r, 64)}"),
    ("Discord bot token", "messaging", "DISCORD_TOKEN",
     lambda r: "MT" + chars(r, ALNUM, 24) + "." + chars(r, URLSAFE, 6) + "." + chars(r, URLSAFE, 38)),
    ("Telegram bot token", "messaging", "TELEGRAM_BOT_TOKEN",
     lambda r: f"{r.randint(10**9, 8 * 10**9)}:AA{chars(r, URLSAFE, 33)}"),
    ("Twilio auth token", "messaging", "TWILIO_AUTH_TOKEN", lambda r: hexs(r, 32)),
    ("Twilio API key secret", "messaging", "TWILIO_API_SECRET", lambda r: chars(r, ALNUM, 32)),
    ("SendGrid key", "messaging", "SENDGRID_API_KEY",
     lambda r: "SG." + chars(r, URLSAFE, 22) + "." + chars(r, URLSAFE, 43)),
    ("Mailgun key", "messaging", "MAILGUN_API_KEY", lambda r: "key-" + hexs(r, 32)),
    ("Mailchimp key", "messaging", "MAILCHIMP_API_KEY", lambda r: hexs(r, 32) + "-us" + str(r.randint(1, 21))),
    ("Postmark server token", "messaging", "POSTMARK_SERVER_TOKEN", uuid4),
    ("Resend key", "messaging", "RESEND_API_KEY", lambda r: "re_" + chars(r, ALNUM, 8) + "_" + chars(r, ALNUM, 24)),
    ("Vonage API secret", "messaging", "VONAGE_API_SECRET", lambda r: chars(r, ALNUM, 16)),
    ("Pusher secret", "messaging", "PUSHER_APP_SECRET", lambda r: hexs(r, 20)),
    ("Firebase server key", "messaging", "FCM_SERVER_KEY",
     lambda r: "AAAA" + chars(r, URLSAFE, 7) + ":APA91b" + chars(r, URLSAFE, 134)),
    # saas / observability
    ("Sentry auth token", "saas", "SENTRY_AUTH_TOKEN", lambda r: "sntrys_" + chars(r, B64, 140)),
    ("Datadog API key", "saas", "DD_API_KEY", lambda r: hexs(r, 32)),
    ("Datadog app key", "saas", "DD_APP_KEY", lambda r: hexs(r, 40)),
    ("New Relic user key", "saas", "NEW_RELIC_API_KEY", lambda r: "NRAK-" + chars(r, UP + DG, 27)),
    ("Grafana service account token", "saas", "GRAFANA_TOKEN", lambda r: "glsa_" + chars(r, ALNUM, 32) + "_"
     + hexs(r, 8)),
    ("Linear API key", "saas", "LINEAR_API_KEY", lambda r: "lin_api_" + chars(r, ALNUM, 40)),
    ("Notion integration token", "saas", "NOTION_TOKEN", lambda r: "ntn_" + chars(r, DG, 11) + chars(r, ALNUM, 35)),
    ("Atlassian API token", "saas", "JIRA_API_TOKEN", lambda r: "ATATT3xFfGF0" + chars(r, URLSAFE, 170) + "="
     + hexs(r, 8).upper()),
    ("Figma token", "saas", "FIGMA_TOKEN", lambda r: "figd_" + chars(r, URLSAFE, 40)),
    ("Okta API token", "saas", "OKTA_API_TOKEN", lambda r: "00" + chars(r, URLSAFE, 40)),
    ("PagerDuty key", "saas", "PAGERDUTY_TOKEN", lambda r: "u+" + chars(r, URLSAFE, 18)),
    ("Doppler token", "saas", "DOPPLER_TOKEN", lambda r: "dp.st." + chars(r, LO, 8) + "." + chars(r, ALNUM, 43)),
    ("1Password service account token", "saas", "OP_SERVICE_ACCOUNT_TOKEN",
     lambda r: "ops_eyJzaWduSW5BZGRyZXNzIjoi" + chars(r, URLSAFE, 300)),
    ("age secret key", "saas", "SOPS_AGE_KEY", lambda r: "AGE-SECRET-KEY-1" + chars(r, BECH, 58)),
    ("Auth0 client secret", "saas", "AUTH0_CLIENT_SECRET", lambda r: chars(r, URLSAFE, 64)),
]

BY_GROUP: dict[str, list[tuple[str, str, str, Gen]]] = {}
for _v in VENDORS:
    BY_GROUP.setdefault(_v[1], []).append(_v)
GROUPS = sorted(BY_GROUP)


def vendor(r: random.Random, group: str | None = None) -> tuple[str, str, str, str]:
    """(name, group, env var, token): a group chosen evenly first, so small groups are not drowned."""
    g = group or r.choice(GROUPS)
    name, grp, env, gen = r.choice(BY_GROUP[g])
    return name, grp, env, gen(r)


def aws_pair(r: random.Random) -> tuple[str, str]:
    return "AKIA" + chars(r, UP + "234567", 16), chars(r, ALNUM + "+/", 40)
