"""Vendor token shapes for blind8: random characters in each vendor's public format, never real.

Each entry is (vendor, typical variable name, maker). Vendors whose tokens are bare hex or plain
alphanumerics with no prefix are marked `named=True`: the corpus only shows them next to their
variable name or vendor name, since without that nobody could call them a credential.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass

from _b8rand import ALNUM, BECH32, DIGITS, LOWER, LOWNUM, UPNUM, UPPER, URLSAFE, b64, b64url, hexs, rs, uuid4

Maker = Callable[[random.Random], str]


@dataclass(frozen=True)
class Vendor:
    name: str
    var: str
    make: Maker
    named: bool = False


def _jwt(rng: random.Random, claims: str) -> str:
    head = b64url(b'{"alg":"HS256","typ":"JWT"}')
    return f"{head}.{b64url(claims.encode())}.{rs(rng, 43, URLSAFE)}"


def _discord_bot(rng: random.Random) -> str:
    ident = str(rng.randint(10**17, 10**18 - 1))
    return f"{b64url(ident.encode())}.{rs(rng, 6, URLSAFE)}.{rs(rng, 38, URLSAFE)}"


def _supabase_service(rng: random.Random) -> str:
    ref = rs(rng, 20, LOWER)
    iat = rng.randint(1_700_000_000, 1_760_000_000)
    return _jwt(rng, f'{{"iss":"supabase","ref":"{ref}","role":"service_role","iat":{iat}}}')


def _mapbox(rng: random.Random) -> str:
    user = rs(rng, 8, LOWER)
    return "sk." + b64url(f'{{"u":"{user}","a":"{rs(rng, 12, LOWNUM)}"}}'.encode()) + "." + rs(rng, 22, URLSAFE)


VENDORS: list[Vendor] = [
    Vendor("GitHub", "GITHUB_TOKEN", lambda r: "ghp_" + rs(r, 36)),
    Vendor("GitHub fine-grained", "GH_PAT", lambda r: "github_pat_" + rs(r, 22, UPNUM) + "_" + rs(r, 59)),
    Vendor("GitHub OAuth", "GH_OAUTH_TOKEN", lambda r: "gho_" + rs(r, 36)),
    Vendor("GitHub App", "GH_APP_TOKEN", lambda r: "ghs_" + rs(r, 36)),
    Vendor("GitHub user-to-server", "GH_USER_TOKEN", lambda r: "ghu_" + rs(r, 36)),
    Vendor("GitHub refresh", "GH_REFRESH_TOKEN", lambda r: "ghr_" + rs(r, 76)),
    Vendor("GitLab", "GITLAB_TOKEN", lambda r: "glpat-" + rs(r, 20, URLSAFE)),
    Vendor("GitLab trigger", "CI_TRIGGER_TOKEN", lambda r: "glptt-" + hexs(r, 40)),
    Vendor("GitLab runner", "RUNNER_TOKEN", lambda r: "glrt-" + rs(r, 20, URLSAFE)),
    Vendor("GitLab deploy", "GITLAB_DEPLOY_TOKEN", lambda r: "gldt-" + rs(r, 20, URLSAFE)),
    Vendor("OpenAI", "OPENAI_API_KEY", lambda r: "sk-proj-" + rs(r, 74, URLSAFE) + "T3BlbkFJ" + rs(r, 74, URLSAFE)),
    Vendor("OpenAI legacy", "OPENAI_KEY", lambda r: "sk-" + rs(r, 20) + "T3BlbkFJ" + rs(r, 20)),
    Vendor("OpenAI service account", "OPENAI_SVC_KEY", lambda r: "sk-svcacct-" + rs(r, 58, URLSAFE) + "T3BlbkFJ"
           + rs(r, 58, URLSAFE)),
    Vendor("Anthropic", "ANTHROPIC_API_KEY", lambda r: "sk-ant-api03-" + rs(r, 93, URLSAFE) + "AA"),
    Vendor("Anthropic admin", "ANTHROPIC_ADMIN_KEY", lambda r: "sk-ant-admin01-" + rs(r, 93, URLSAFE) + "AA"),
    Vendor("Google", "GOOGLE_API_KEY", lambda r: "AIza" + rs(r, 35, URLSAFE)),
    Vendor("Google OAuth client", "GOOGLE_CLIENT_SECRET", lambda r: "GOCSPX-" + rs(r, 28, URLSAFE)),
    Vendor("Google OAuth access", "GCP_ACCESS_TOKEN", lambda r: "ya29.a0" + rs(r, 120, URLSAFE)),
    Vendor("AWS", "AWS_ACCESS_KEY_ID", lambda r: "AKIA" + rs(r, 16, UPNUM)),
    Vendor("Slack bot", "SLACK_BOT_TOKEN", lambda r: f"xoxb-{r.randint(10**10, 10**12)}-{r.randint(10**10, 10**13)}-"
           + rs(r, 24)),
    Vendor("Slack user", "SLACK_USER_TOKEN", lambda r: f"xoxp-{r.randint(10**10, 10**12)}-{r.randint(10**10, 10**12)}"
           f"-{r.randint(10**10, 10**13)}-" + hexs(r, 32)),
    Vendor("Slack app", "SLACK_APP_TOKEN", lambda r: f"xapp-1-A{rs(r, 10, UPNUM)}-{r.randint(10**12, 10**13)}-"
           + hexs(r, 64)),
    Vendor("Slack webhook", "SLACK_WEBHOOK_URL", lambda r: f"https://hooks.slack.com/services/T{rs(r, 10, UPNUM)}/"
           f"B{rs(r, 10, UPNUM)}/{rs(r, 24)}"),
    Vendor("Discord webhook", "DISCORD_WEBHOOK", lambda r: "https://discord.com/api/webhooks/"
           f"{r.randint(10**17, 10**18)}/"
           + rs(r, 68, URLSAFE)),
    Vendor("Discord bot", "DISCORD_TOKEN", _discord_bot),
    Vendor("Telegram", "TELEGRAM_BOT_TOKEN", lambda r: f"{r.randint(10**8, 10**10)}:AA" + rs(r, 33, URLSAFE)),
    Vendor("Stripe", "STRIPE_SECRET_KEY", lambda r: "sk_live_" + rs(r, 99)),
    Vendor("Stripe restricted", "STRIPE_RESTRICTED_KEY", lambda r: "rk_live_" + rs(r, 99)),
    Vendor("Stripe webhook", "STRIPE_WEBHOOK_SECRET", lambda r: "whsec_" + rs(r, 32)),
    Vendor("Square", "SQUARE_ACCESS_TOKEN", lambda r: "EAAA" + rs(r, 60, URLSAFE)),
    Vendor("Square OAuth", "SQUARE_APP_SECRET", lambda r: "sq0csp-" + rs(r, 43, URLSAFE)),
    Vendor("Braintree", "BRAINTREE_TOKEN", lambda r: f"access_token$production${rs(r, 16, LOWNUM)}${hexs(r, 32)}"),
    Vendor("Shopify", "SHOPIFY_ACCESS_TOKEN", lambda r: "shpat_" + hexs(r, 32)),
    Vendor("Shopify shared secret", "SHOPIFY_API_SECRET", lambda r: "shpss_" + hexs(r, 32)),
    Vendor("Twilio", "TWILIO_API_KEY_SECRET", lambda r: rs(r, 32), named=True),
    Vendor("Twilio auth", "TWILIO_AUTH_TOKEN", lambda r: hexs(r, 32), named=True),
    Vendor("SendGrid", "SENDGRID_API_KEY", lambda r: "SG." + rs(r, 22, URLSAFE) + "." + rs(r, 43, URLSAFE)),
    Vendor("Mailgun", "MAILGUN_API_KEY", lambda r: "key-" + hexs(r, 32)),
    Vendor("Mailchimp", "MAILCHIMP_API_KEY", lambda r: hexs(r, 32) + f"-us{r.randint(1, 21)}"),
    Vendor("Brevo", "BREVO_API_KEY", lambda r: "xkeysib-" + hexs(r, 64) + "-" + rs(r, 16)),
    Vendor("Resend", "RESEND_API_KEY", lambda r: "re_" + rs(r, 8) + "_" + rs(r, 24)),
    Vendor("Postmark", "POSTMARK_SERVER_TOKEN", uuid4, named=True),
    Vendor("npm", "NPM_TOKEN", lambda r: "npm_" + rs(r, 36)),
    Vendor("PyPI", "PYPI_API_TOKEN", lambda r: "pypi-AgEIcHlwaS5vcmc" + rs(r, 150, URLSAFE)),
    Vendor("RubyGems", "GEM_HOST_API_KEY", lambda r: "rubygems_" + hexs(r, 48)),
    Vendor("NuGet", "NUGET_API_KEY", lambda r: "oy2" + rs(r, 43, LOWNUM)),
    Vendor("Docker Hub", "DOCKERHUB_TOKEN", lambda r: "dckr_pat_" + rs(r, 27, URLSAFE)),
    Vendor("JFrog", "ARTIFACTORY_API_KEY", lambda r: "AKCp" + rs(r, 69)),
    Vendor("Hugging Face", "HF_TOKEN", lambda r: "hf_" + rs(r, 34, UPPER + LOWER)),
    Vendor("Replicate", "REPLICATE_API_TOKEN", lambda r: "r8_" + rs(r, 37)),
    Vendor("Groq", "GROQ_API_KEY", lambda r: "gsk_" + rs(r, 52)),
    Vendor("Perplexity", "PPLX_API_KEY", lambda r: "pplx-" + rs(r, 48)),
    Vendor("xAI", "XAI_API_KEY", lambda r: "xai-" + rs(r, 80)),
    Vendor("OpenRouter", "OPENROUTER_API_KEY", lambda r: "sk-or-v1-" + hexs(r, 64)),
    Vendor("DeepSeek", "DEEPSEEK_API_KEY", lambda r: "sk-" + hexs(r, 32), named=True),
    Vendor("Cohere", "COHERE_API_KEY", lambda r: rs(r, 40), named=True),
    Vendor("Mistral", "MISTRAL_API_KEY", lambda r: rs(r, 32), named=True),
    Vendor("Together", "TOGETHER_API_KEY", lambda r: hexs(r, 64), named=True),
    Vendor("Fireworks", "FIREWORKS_API_KEY", lambda r: "fw_" + rs(r, 24)),
    Vendor("LangSmith", "LANGSMITH_API_KEY", lambda r: "lsv2_pt_" + hexs(r, 32) + "_" + hexs(r, 10)),
    Vendor("Pinecone", "PINECONE_API_KEY", lambda r: "pcsk_" + rs(r, 6) + "_" + rs(r, 63)),
    Vendor("NVIDIA NIM", "NVIDIA_API_KEY", lambda r: "nvapi-" + rs(r, 64, URLSAFE)),
    Vendor("ElevenLabs", "ELEVENLABS_API_KEY", lambda r: "sk_" + hexs(r, 48)),
    Vendor("Tavily", "TAVILY_API_KEY", lambda r: "tvly-dev-" + rs(r, 32)),
    Vendor("Voyage", "VOYAGE_API_KEY", lambda r: "pa-" + rs(r, 43, URLSAFE)),
    Vendor("Jina", "JINA_API_KEY", lambda r: "jina_" + hexs(r, 32) + rs(r, 28, URLSAFE)),
    Vendor("Cerebras", "CEREBRAS_API_KEY", lambda r: "csk-" + rs(r, 48, LOWNUM)),
    Vendor("Weights & Biases", "WANDB_API_KEY", lambda r: hexs(r, 40), named=True),
    Vendor("Databricks", "DATABRICKS_TOKEN", lambda r: "dapi" + hexs(r, 32) + "-2"),
    Vendor("Atlassian", "JIRA_API_TOKEN", lambda r: "ATATT3xFfGF0" + rs(r, 170, URLSAFE) + "=" + hexs(r, 8).upper()),
    Vendor("Bitbucket", "BITBUCKET_APP_PASSWORD", lambda r: "ATBB" + rs(r, 28) + hexs(r, 8).upper()),
    Vendor("Linear", "LINEAR_API_KEY", lambda r: "lin_api_" + rs(r, 40)),
    Vendor("Notion", "NOTION_TOKEN", lambda r: "ntn_" + rs(r, 46)),
    Vendor("Notion legacy", "NOTION_SECRET", lambda r: "secret_" + rs(r, 43)),
    Vendor("Airtable", "AIRTABLE_PAT", lambda r: "pat" + rs(r, 14) + "." + hexs(r, 64)),
    Vendor("Asana", "ASANA_PAT", lambda r: f"2/{r.randint(10**15, 10**16)}/{r.randint(10**15, 10**16)}:" + hexs(r, 32)),
    Vendor("Figma", "FIGMA_TOKEN", lambda r: "figd_" + rs(r, 40, URLSAFE)),
    Vendor("Postman", "POSTMAN_API_KEY", lambda r: "PMAK-" + hexs(r, 24) + "-" + hexs(r, 34)),
    Vendor("Sentry", "SENTRY_AUTH_TOKEN", lambda r: "sntryu_" + hexs(r, 64)),
    Vendor("Sentry org", "SENTRY_ORG_TOKEN", lambda r: "sntrys_" + b64(
        f'{{"iat":{r.randint(1_700_000_000, 1_760_000_000)},"url":"https://sentry.io","org":"acme"}}'.encode())
        .rstrip("=") + "_" + rs(r, 43)),
    Vendor("Datadog", "DD_API_KEY", lambda r: hexs(r, 32), named=True),
    Vendor("Datadog app", "DD_APP_KEY", lambda r: hexs(r, 40), named=True),
    Vendor("New Relic", "NEW_RELIC_API_KEY", lambda r: "NRAK-" + rs(r, 27, UPNUM)),
    Vendor("New Relic license", "NEW_RELIC_LICENSE_KEY", lambda r: hexs(r, 36) + "NRAL"),
    Vendor("Grafana Cloud", "GRAFANA_CLOUD_TOKEN", lambda r: "glc_" + b64(
        f'{{"o":"{r.randint(100000, 999999)}","n":"stack-{r.randint(100, 999)}-hm-read","k":"{rs(r, 24)}",'
        f'"m":{{"r":"prod-eu-west-2"}}}}'.encode())),
    Vendor("Grafana service account", "GRAFANA_SA_TOKEN", lambda r: "glsa_" + rs(r, 32) + "_" + hexs(r, 8)),
    Vendor("Honeycomb", "HONEYCOMB_API_KEY", lambda r: "hcaik_01" + rs(r, 56, LOWNUM)),
    Vendor("Dynatrace", "DT_API_TOKEN", lambda r: "dt0c01." + rs(r, 24, UPNUM) + "." + rs(r, 64, UPNUM)),
    Vendor("Doppler", "DOPPLER_TOKEN", lambda r: "dp.st.prd." + rs(r, 43)),
    Vendor("HashiCorp Vault", "VAULT_TOKEN", lambda r: "hvs." + rs(r, 24) + rs(r, 66, URLSAFE)),
    Vendor("Terraform Cloud", "TFE_TOKEN", lambda r: rs(r, 14) + ".atlasv1." + rs(r, 67)),
    Vendor("Pulumi", "PULUMI_ACCESS_TOKEN", lambda r: "pul-" + hexs(r, 40)),
    Vendor("Fly.io", "FLY_API_TOKEN", lambda r: "fo1_" + rs(r, 43, URLSAFE)),
    Vendor("Netlify", "NETLIFY_AUTH_TOKEN", lambda r: "nfp_" + rs(r, 36)),
    Vendor("Heroku", "HEROKU_API_KEY", lambda r: "HRKU-AA" + rs(r, 58, URLSAFE)),
    Vendor("Vercel", "VERCEL_TOKEN", lambda r: rs(r, 24), named=True),
    Vendor("DigitalOcean", "DIGITALOCEAN_TOKEN", lambda r: "dop_v1_" + hexs(r, 64)),
    Vendor("DigitalOcean OAuth", "DO_OAUTH_TOKEN", lambda r: "doo_v1_" + hexs(r, 64)),
    Vendor("Cloudflare", "CLOUDFLARE_API_TOKEN", lambda r: rs(r, 40, URLSAFE), named=True),
    Vendor("Cloudflare origin CA", "CF_ORIGIN_CA_KEY", lambda r: "v1.0-" + hexs(r, 24) + "-" + hexs(r, 146)),
    Vendor("Azure AD", "AZURE_CLIENT_SECRET", lambda r: rs(r, 3) + "8Q~" + rs(r, 31, URLSAFE + ".~")),
    Vendor("Alibaba Cloud", "ALIBABA_CLOUD_ACCESS_KEY_ID", lambda r: "LTAI5t" + rs(r, 18)),
    Vendor("Tencent Cloud", "TENCENTCLOUD_SECRET_ID", lambda r: "AKID" + rs(r, 32)),
    Vendor("IBM Cloud", "IBMCLOUD_API_KEY", lambda r: rs(r, 44, URLSAFE), named=True),
    Vendor("Okta", "OKTA_API_TOKEN", lambda r: "00" + rs(r, 40, URLSAFE)),
    Vendor("Supabase", "SUPABASE_ACCESS_TOKEN", lambda r: "sbp_" + hexs(r, 40)),
    Vendor("Supabase service role", "SUPABASE_SERVICE_ROLE_KEY", _supabase_service),
    Vendor("PlanetScale", "PLANETSCALE_TOKEN", lambda r: "pscale_tkn_" + rs(r, 43, URLSAFE)),
    Vendor("PlanetScale password", "PLANETSCALE_PASSWORD", lambda r: "pscale_pw_" + rs(r, 43, URLSAFE)),
    Vendor("Prefect", "PREFECT_API_KEY", lambda r: "pnu_" + rs(r, 36)),
    Vendor("age", "SOPS_AGE_KEY", lambda r: "AGE-SECRET-KEY-1" + rs(r, 58, BECH32)),
    Vendor("Shippo", "SHIPPO_API_KEY", lambda r: "shippo_live_" + hexs(r, 40)),
    Vendor("EasyPost", "EASYPOST_API_KEY", lambda r: "EZAK" + hexs(r, 54)),
    Vendor("Contentful", "CONTENTFUL_MANAGEMENT_TOKEN", lambda r: "CFPAT-" + rs(r, 43, URLSAFE)),
    Vendor("Typeform", "TYPEFORM_TOKEN", lambda r: "tfp_" + rs(r, 44) + "_" + rs(r, 14)),
    Vendor("Adafruit IO", "ADAFRUIT_IO_KEY", lambda r: "aio_" + rs(r, 28)),
    Vendor("ReadMe", "README_API_KEY", lambda r: "rdme_" + rs(r, 70, LOWNUM)),
    Vendor("Sourcegraph", "SRC_ACCESS_TOKEN", lambda r: "sgp_" + hexs(r, 16) + "_" + hexs(r, 40)),
    Vendor("Buildkite", "BUILDKITE_API_TOKEN", lambda r: "bkua_" + hexs(r, 40)),
    Vendor("CircleCI", "CIRCLE_TOKEN", lambda r: "CCIPAT_" + rs(r, 22) + "_" + hexs(r, 40)),
    Vendor("Firebase Cloud Messaging", "FCM_SERVER_KEY", lambda r: "AAAA" + rs(r, 7) + ":APA91b" + rs(r, 134, URLSAFE)),
    Vendor("Infracost", "INFRACOST_API_KEY", lambda r: "ico-" + rs(r, 32)),
    Vendor("LaunchDarkly", "LD_API_KEY", lambda r: "api-" + uuid4(r)),
    Vendor("LaunchDarkly SDK", "LD_SDK_KEY", lambda r: "sdk-" + uuid4(r)),
    Vendor("Flutterwave", "FLW_SECRET_KEY", lambda r: "FLWSECK-" + hexs(r, 32) + "-X"),
    Vendor("Paystack", "PAYSTACK_SECRET_KEY", lambda r: "sk_live_" + hexs(r, 40)),
    Vendor("Plaid", "PLAID_ACCESS_TOKEN", lambda r: "access-production-" + uuid4(r)),
    Vendor("HubSpot", "HUBSPOT_ACCESS_TOKEN", lambda r: "pat-eu1-" + uuid4(r)),
    Vendor("Yandex Cloud", "YC_TOKEN", lambda r: "y0_AgAAAA" + rs(r, 50, URLSAFE)),
    Vendor("Azure DevOps", "AZURE_DEVOPS_PAT", lambda r: rs(r, 52, "abcdefghijklmnopqrstuvwxyz234567"), named=True),
    Vendor("Harness", "HARNESS_API_KEY", lambda r: "pat." + rs(r, 22, URLSAFE) + "." + hexs(r, 24) + "." + rs(r, 20)),
    Vendor("Octopus Deploy", "OCTOPUS_API_KEY", lambda r: "API-" + rs(r, 32, UPNUM)),
    Vendor("Tailscale", "TS_AUTHKEY", lambda r: "tskey-auth-k" + rs(r, 10, ALNUM) + "CNTRL-" + rs(r, 33)),
    Vendor("Tailscale API", "TAILSCALE_API_KEY", lambda r: "tskey-api-k" + rs(r, 10) + "CNTRL-" + rs(r, 33)),
    Vendor("ngrok", "NGROK_AUTHTOKEN", lambda r: "2" + rs(r, 26) + "_" + rs(r, 21), named=True),
    Vendor("Salesforce", "SF_ACCESS_TOKEN", lambda r: "00D" + rs(r, 12) + "!AQ" + rs(r, 4) + "." + rs(r, 96, URLSAFE)),
    Vendor("Lob", "LOB_API_KEY", lambda r: "live_" + hexs(r, 35)),
    Vendor("Duffel", "DUFFEL_TOKEN", lambda r: "duffel_live_" + rs(r, 43, URLSAFE)),
    Vendor("GoCardless", "GOCARDLESS_ACCESS_TOKEN", lambda r: "live_" + rs(r, 40, URLSAFE)),
    Vendor("Twitter", "TWITTER_BEARER_TOKEN", lambda r: "AAAAAAAAAAAAAAAAAAAAA" + rs(r, 20) + "%3D" + rs(r, 50)),
    Vendor("Facebook", "FB_ACCESS_TOKEN", lambda r: "EAACEdEose0cBA" + rs(r, 160)),
    Vendor("Mapbox", "MAPBOX_SECRET_TOKEN", _mapbox),
    Vendor("Aiven", "AIVEN_SERVICE_PASSWORD", lambda r: "AVNS_" + rs(r, 23, URLSAFE)),
    Vendor("Neon", "NEON_DB_PASSWORD", lambda r: "npg_" + rs(r, 12)),
    Vendor("Modal", "MODAL_TOKEN_SECRET", lambda r: "as-" + rs(r, 22)),
    Vendor("RunPod", "RUNPOD_API_KEY", lambda r: "rpa_" + rs(r, 40, UPNUM)),
    Vendor("Clerk", "CLERK_SECRET_KEY", lambda r: "sk_live_" + rs(r, 42)),
    Vendor("Scalingo", "SCALINGO_API_TOKEN", lambda r: "tk-us-" + rs(r, 48, URLSAFE)),
    Vendor("Frame.io", "FRAMEIO_TOKEN", lambda r: "fio-u-" + rs(r, 64, URLSAFE)),
    Vendor("Beamer", "BEAMER_API_KEY", lambda r: "b_" + rs(r, 44, URLSAFE)),
    Vendor("Microsoft Teams webhook", "TEAMS_WEBHOOK_URL", lambda r: f"https://acme.webhook.office.com/webhookb2/"
           f"{uuid4(r)}@{uuid4(r)}/IncomingWebhook/{hexs(r, 32)}/{uuid4(r)}"),
    Vendor("Zapier webhook", "ZAPIER_HOOK_URL", lambda r: "https://hooks.zapier.com/hooks/catch/"
           f"{r.randint(10**6, 10**8)}"
           f"/{rs(r, 6, LOWNUM)}/"),
    Vendor("Algolia", "ALGOLIA_ADMIN_KEY", lambda r: hexs(r, 32), named=True),
    Vendor("Snyk", "SNYK_TOKEN", uuid4, named=True),
    Vendor("Heroku legacy", "HEROKU_API_TOKEN", uuid4, named=True),
    Vendor("Cloudinary", "CLOUDINARY_URL", lambda r: f"cloudinary://{''.join(r.choice(DIGITS) for _ in range(15))}:"
           f"{rs(r, 27, URLSAFE)}@acme-media"),
]
