# ruff: noqa: E501 - corpus data: long literal lines and non-Latin punctuation are the point
"""Synthetic vendor credentials: random characters in each vendor's publicly documented shape.

Each entry is (family, vendor, env var name, generator). The family groups vendors into the
corpus categories `vendor_<family>` so the per-category table stays readable.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from _rand import ALNUM, B64URL, BASE32, DIGITS, LOWER, UPPER, alnum, b64_bytes, chars, digits, hexs, jwt, uuid4

Gen = Callable[[random.Random], str]


def _aws_pair(r: random.Random) -> str:
    return f"{r.choice(['AKIA', 'ASIA'])}{chars(r, BASE32, 16)} / {b64_bytes(r, 30)}"


def _github_fine(r: random.Random) -> str:
    return f"github_pat_{chars(r, ALNUM, 22)}_{chars(r, ALNUM, 59)}"


def _slack_bot(r: random.Random) -> str:
    return f"{r.choice(['xoxb', 'xoxp', 'xoxa', 'xoxe.xoxp-1'])}-{digits(r, 12)}-{digits(r, 13)}-{alnum(r, 24)}"


def _discord_bot(r: random.Random) -> str:
    return f"{r.choice('MNO')}{alnum(r, 23)}.{chars(r, B64URL, 6)}.{chars(r, B64URL, 38)}"


def _telegram(r: random.Random) -> str:
    return f"{digits(r, 10)}:AA{chars(r, B64URL, 33)}"


def _twilio(r: random.Random) -> str:
    return f"SK{hexs(r, 32)}:{alnum(r, 32)}"


def _azure_storage(r: random.Random) -> str:
    return (f"DefaultEndpointsProtocol=https;AccountName={chars(r, LOWER, 10)}store;"
            f"AccountKey={b64_bytes(r, 64)};EndpointSuffix=core.windows.net")


def _gcp_sa(r: random.Random) -> str:
    return ('{"type": "service_account", "project_id": "' + chars(r, LOWER, 8) + '-' + digits(r, 6)
            + '", "private_key_id": "' + hexs(r, 40) + '", "private_key": "-----BEGIN PRIVATE KEY-----\\n'
            + b64_bytes(r, 48) + "\\n" + b64_bytes(r, 48) + '\\n-----END PRIVATE KEY-----\\n"}')


def _braintree(r: random.Random) -> str:
    return f"access_token$production${chars(r, LOWER + DIGITS, 16)}${hexs(r, 32)}"


def _pypi(r: random.Random) -> str:
    return "pypi-AgEIcHlwaS5vcmc" + chars(r, B64URL, 140)


def _terraform(r: random.Random) -> str:
    return f"{alnum(r, 14)}.atlasv1.{chars(r, ALNUM, 67)}"


def _grafana_sa(r: random.Random) -> str:
    return f"glsa_{alnum(r, 32)}_{hexs(r, 8)}"


def _airtable(r: random.Random) -> str:
    return f"pat{alnum(r, 14)}.{hexs(r, 64)}"


def _tailscale(r: random.Random) -> str:
    return f"tskey-{r.choice(['auth', 'api', 'client'])}-{alnum(r, 12)}CNTRL-{alnum(r, 32)}"


def _postman(r: random.Random) -> str:
    return f"PMAK-{hexs(r, 24)}-{hexs(r, 34)}"


def _dynatrace(r: random.Random) -> str:
    return f"dt0c01.{chars(r, UPPER + DIGITS, 24)}.{chars(r, UPPER + DIGITS, 64)}"


def _shopify(r: random.Random) -> str:
    return f"{r.choice(['shpat', 'shpss', 'shpca', 'shppa'])}_{hexs(r, 32)}"


def _fcm(r: random.Random) -> str:
    return f"AAAA{alnum(r, 7)}:APA91b{chars(r, B64URL, 134)}"


def _mapbox(r: random.Random) -> str:
    return f"sk.eyJ1Ijoi{alnum(r, 40)}.{chars(r, B64URL, 22)}"


def _harness(r: random.Random) -> str:
    return f"pat.{alnum(r, 22)}.{alnum(r, 24)}.{alnum(r, 20)}"


def _heroku(r: random.Random) -> str:
    return f"HRKU-AA{chars(r, B64URL, 58)}"


def _atlassian(r: random.Random) -> str:
    return f"ATATT3xFfGF0{chars(r, B64URL, 180)}={hexs(r, 8).upper()}"


def _sendgrid(r: random.Random) -> str:
    return f"SG.{chars(r, B64URL, 22)}.{chars(r, B64URL, 43)}"


def _azure_devops(r: random.Random) -> str:
    return chars(r, LOWER + "234567", 52)


def _supabase_service(r: random.Random) -> str:
    return jwt(r, {"iss": "supabase", "role": "service_role", "ref": chars(r, LOWER, 20)})


VENDORS: list[tuple[str, str, str, Gen]] = [
    # AI model providers
    ("ai", "openai", "OPENAI_API_KEY", lambda r: f"sk-proj-{chars(r, B64URL, 156)}"),
    ("ai", "openai-legacy", "OPENAI_API_KEY", lambda r: f"sk-{alnum(r, 20)}T3BlbkFJ{alnum(r, 20)}"),
    ("ai", "anthropic", "ANTHROPIC_API_KEY", lambda r: f"sk-ant-api03-{chars(r, B64URL, 93)}AA"),
    ("ai", "anthropic-admin", "ANTHROPIC_ADMIN_KEY", lambda r: f"sk-ant-admin01-{chars(r, B64URL, 93)}AA"),
    ("ai", "huggingface", "HF_TOKEN", lambda r: f"hf_{chars(r, UPPER + LOWER, 34)}"),
    ("ai", "groq", "GROQ_API_KEY", lambda r: f"gsk_{alnum(r, 52)}"),
    ("ai", "replicate", "REPLICATE_API_TOKEN", lambda r: f"r8_{alnum(r, 37)}"),
    ("ai", "perplexity", "PERPLEXITY_API_KEY", lambda r: f"pplx-{alnum(r, 48)}"),
    ("ai", "xai", "XAI_API_KEY", lambda r: f"xai-{alnum(r, 80)}"),
    ("ai", "openrouter", "OPENROUTER_API_KEY", lambda r: f"sk-or-v1-{hexs(r, 64)}"),
    ("ai", "deepseek", "DEEPSEEK_API_KEY", lambda r: f"sk-{hexs(r, 32)}"),
    ("ai", "langsmith", "LANGSMITH_API_KEY", lambda r: f"lsv2_{r.choice(['pt', 'sk'])}_{hexs(r, 32)}_{hexs(r, 10)}"),
    ("ai", "pinecone", "PINECONE_API_KEY", lambda r: f"pcsk_{alnum(r, 5)}_{alnum(r, 60)}"),
    ("ai", "fireworks", "FIREWORKS_API_KEY", lambda r: f"fw_{alnum(r, 24)}"),
    ("ai", "mistral", "MISTRAL_API_KEY", lambda r: alnum(r, 32)),
    ("ai", "cohere", "COHERE_API_KEY", lambda r: alnum(r, 40)),
    ("ai", "google-ai", "GEMINI_API_KEY", lambda r: f"AIza{chars(r, B64URL, 35)}"),
    ("ai", "wandb", "WANDB_API_KEY", lambda r: hexs(r, 40)),
    # cloud and infrastructure
    ("cloud", "aws", "AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY", _aws_pair),
    ("cloud", "aws-secret", "AWS_SECRET_ACCESS_KEY", lambda r: b64_bytes(r, 30)),
    ("cloud", "gcp-api", "GOOGLE_API_KEY", lambda r: f"AIza{chars(r, B64URL, 35)}"),
    ("cloud", "gcp-oauth", "GOOGLE_CLIENT_SECRET", lambda r: f"GOCSPX-{chars(r, B64URL, 28)}"),
    ("cloud", "gcp-access", "GOOGLE_OAUTH_ACCESS_TOKEN", lambda r: f"ya29.{chars(r, B64URL, 150)}"),
    ("cloud", "gcp-sa", "GOOGLE_APPLICATION_CREDENTIALS_JSON", _gcp_sa),
    ("cloud", "azure-storage", "AZURE_STORAGE_CONNECTION_STRING", _azure_storage),
    ("cloud", "azure-client-secret", "AZURE_CLIENT_SECRET", lambda r: f"{alnum(r, 3)}8Q~{chars(r, ALNUM + '-_.~', 34)}"),
    ("cloud", "digitalocean", "DIGITALOCEAN_TOKEN", lambda r: f"{r.choice(['dop', 'doo', 'dor'])}_v1_{hexs(r, 64)}"),
    ("cloud", "cloudflare", "CLOUDFLARE_API_TOKEN", lambda r: chars(r, ALNUM + "_-", 40)),
    ("cloud", "cloudflare-origin-ca", "CF_ORIGIN_CA_KEY", lambda r: f"v1.0-{hexs(r, 24)}-{hexs(r, 146)}"),
    ("cloud", "heroku", "HEROKU_API_KEY", _heroku),
    ("cloud", "fly", "FLY_API_TOKEN", lambda r: f"FlyV1 fm2_{chars(r, B64URL, 120)}"),
    ("cloud", "render", "RENDER_API_KEY", lambda r: f"rnd_{alnum(r, 32)}"),
    ("cloud", "netlify", "NETLIFY_AUTH_TOKEN", lambda r: f"nfp_{alnum(r, 36)}"),
    ("cloud", "vercel", "VERCEL_TOKEN", lambda r: alnum(r, 24)),
    ("cloud", "vault", "VAULT_TOKEN", lambda r: f"hvs.{chars(r, B64URL, 90)}"),
    ("cloud", "terraform-cloud", "TFE_TOKEN", _terraform),
    ("cloud", "pulumi", "PULUMI_ACCESS_TOKEN", lambda r: f"pul-{hexs(r, 40)}"),
    ("cloud", "doppler", "DOPPLER_TOKEN", lambda r: f"dp.{r.choice(['st', 'pt', 'sa'])}.{alnum(r, 43)}"),
    ("cloud", "tailscale", "TS_AUTHKEY", _tailscale),
    ("cloud", "planetscale", "PLANETSCALE_SERVICE_TOKEN", lambda r: f"pscale_tkn_{chars(r, B64URL, 43)}"),
    ("cloud", "supabase", "SUPABASE_ACCESS_TOKEN", lambda r: f"sbp_{hexs(r, 40)}"),
    ("cloud", "supabase-service-role", "SUPABASE_SERVICE_ROLE_KEY", _supabase_service),
    ("cloud", "age", "SOPS_AGE_KEY", lambda r: f"AGE-SECRET-KEY-1{chars(r, 'QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L'.upper(), 58)}"),
    # source hosting, CI, registries
    ("vcs_ci", "github-classic", "GITHUB_TOKEN", lambda r: f"{r.choice(['ghp', 'gho', 'ghu', 'ghs', 'ghr'])}_{alnum(r, 36)}"),
    ("vcs_ci", "github-fine", "GH_TOKEN", _github_fine),
    ("vcs_ci", "gitlab", "GITLAB_TOKEN", lambda r: f"{r.choice(['glpat', 'gldt', 'glrt', 'glptt', 'glft'])}-{chars(r, B64URL, 20)}"),
    ("vcs_ci", "bitbucket", "BITBUCKET_APP_PASSWORD", lambda r: f"ATBB{alnum(r, 32)}{hexs(r, 8).upper()}"),
    ("vcs_ci", "azure-devops", "AZURE_DEVOPS_PAT", _azure_devops),
    ("vcs_ci", "npm", "NPM_TOKEN", lambda r: f"npm_{alnum(r, 36)}"),
    ("vcs_ci", "pypi", "TWINE_PASSWORD", _pypi),
    ("vcs_ci", "rubygems", "GEM_HOST_API_KEY", lambda r: f"rubygems_{hexs(r, 48)}"),
    ("vcs_ci", "dockerhub", "DOCKERHUB_TOKEN", lambda r: f"dckr_pat_{chars(r, B64URL, 27)}"),
    ("vcs_ci", "circleci", "CIRCLE_TOKEN", lambda r: f"CCIPAT_{alnum(r, 22)}_{hexs(r, 40)}"),
    ("vcs_ci", "buildkite", "BUILDKITE_API_TOKEN", lambda r: f"bkua_{hexs(r, 40)}"),
    ("vcs_ci", "sonar", "SONAR_TOKEN", lambda r: f"{r.choice(['squ', 'sqp', 'sqa'])}_{hexs(r, 40)}"),
    ("vcs_ci", "jfrog", "JFROG_ACCESS_TOKEN", lambda r: f"AKCp8{alnum(r, 68)}"),
    ("vcs_ci", "clojars", "CLOJARS_DEPLOY_TOKEN", lambda r: f"CLOJARS_{hexs(r, 60)}"),
    ("vcs_ci", "harness", "HARNESS_PLATFORM_API_KEY", _harness),
    ("vcs_ci", "snyk", "SNYK_TOKEN", uuid4),
    ("vcs_ci", "jenkins", "JENKINS_API_TOKEN", lambda r: f"11{hexs(r, 32)}"),
    ("vcs_ci", "prefect", "PREFECT_API_KEY", lambda r: f"pnu_{alnum(r, 36)}"),
    # communication and SaaS
    ("saas", "slack", "SLACK_BOT_TOKEN", _slack_bot),
    ("saas", "slack-app", "SLACK_APP_TOKEN", lambda r: f"xapp-1-A{chars(r, UPPER + DIGITS, 10)}-{digits(r, 13)}-{hexs(r, 64)}"),
    ("saas", "discord", "DISCORD_BOT_TOKEN", _discord_bot),
    ("saas", "telegram", "TELEGRAM_BOT_TOKEN", _telegram),
    ("saas", "twilio", "TWILIO_API_KEY:TWILIO_API_SECRET", _twilio),
    ("saas", "twilio-auth", "TWILIO_AUTH_TOKEN", lambda r: hexs(r, 32)),
    ("saas", "sendgrid", "SENDGRID_API_KEY", _sendgrid),
    ("saas", "mailgun", "MAILGUN_API_KEY", lambda r: f"key-{hexs(r, 32)}"),
    ("saas", "mailchimp", "MAILCHIMP_API_KEY", lambda r: f"{hexs(r, 32)}-us{r.randint(1, 21)}"),
    ("saas", "postmark", "POSTMARK_SERVER_TOKEN", uuid4),
    ("saas", "atlassian", "JIRA_API_TOKEN", _atlassian),
    ("saas", "linear", "LINEAR_API_KEY", lambda r: f"lin_api_{alnum(r, 40)}"),
    ("saas", "notion", "NOTION_TOKEN", lambda r: r.choice([f"secret_{alnum(r, 43)}", f"ntn_{digits(r, 11)}{alnum(r, 35)}"])),
    ("saas", "airtable", "AIRTABLE_TOKEN", _airtable),
    ("saas", "figma", "FIGMA_TOKEN", lambda r: f"figd_{chars(r, B64URL, 40)}"),
    ("saas", "asana", "ASANA_PAT", lambda r: f"2/{digits(r, 16)}/{digits(r, 16)}:{hexs(r, 32)}"),
    ("saas", "dropbox", "DROPBOX_ACCESS_TOKEN", lambda r: f"sl.{chars(r, B64URL, 135)}"),
    ("saas", "contentful", "CONTENTFUL_MANAGEMENT_TOKEN", lambda r: f"CFPAT-{chars(r, B64URL, 43)}"),
    ("saas", "readme", "README_API_KEY", lambda r: f"rdme_{alnum(r, 70)}"),
    ("saas", "typeform", "TYPEFORM_TOKEN", lambda r: f"tfp_{alnum(r, 44)}_{alnum(r, 14)}"),
    ("saas", "firebase-fcm", "FCM_SERVER_KEY", _fcm),
    ("saas", "mapbox", "MAPBOX_SECRET_TOKEN", _mapbox),
    ("saas", "postman", "POSTMAN_API_KEY", _postman),
    ("saas", "zendesk", "ZENDESK_API_TOKEN", lambda r: alnum(r, 40)),
    ("saas", "okta", "OKTA_API_TOKEN", lambda r: f"00{chars(r, B64URL, 40)}"),
    ("saas", "facebook", "FB_ACCESS_TOKEN", lambda r: f"EAAG{alnum(r, 180)}"),
    ("saas", "twitter", "TWITTER_BEARER_TOKEN", lambda r: f"AAAAAAAAAAAAAAAAAAAAA{alnum(r, 20)}%3D{alnum(r, 50)}"),
    # payments and commerce
    ("payments", "stripe-secret", "STRIPE_SECRET_KEY", lambda r: f"sk_{r.choice(['live', 'test'])}_{alnum(r, 99)}"),
    ("payments", "stripe-restricted", "STRIPE_RESTRICTED_KEY", lambda r: f"rk_live_{alnum(r, 99)}"),
    ("payments", "stripe-webhook", "STRIPE_WEBHOOK_SECRET", lambda r: f"whsec_{alnum(r, 32)}"),
    ("payments", "braintree", "BRAINTREE_ACCESS_TOKEN", _braintree),
    ("payments", "square", "SQUARE_ACCESS_TOKEN", lambda r: r.choice([f"EAAA{chars(r, B64URL, 60)}", f"sq0atp-{chars(r, B64URL, 22)}"])),
    ("payments", "shopify", "SHOPIFY_ACCESS_TOKEN", _shopify),
    ("payments", "paypal", "PAYPAL_CLIENT_SECRET", lambda r: chars(r, B64URL, 80)),
    ("payments", "adyen", "ADYEN_API_KEY", lambda r: f"AQE{alnum(r, 8)}+{chars(r, B64URL, 90)}"),
    ("payments", "shippo", "SHIPPO_API_TOKEN", lambda r: f"shippo_live_{hexs(r, 40)}"),
    ("payments", "flutterwave", "FLW_SECRET_KEY", lambda r: f"FLWSECK-{hexs(r, 32)}-X"),
    # observability and developer tools
    ("devtools", "datadog-api", "DD_API_KEY", lambda r: hexs(r, 32)),
    ("devtools", "datadog-app", "DD_APP_KEY", lambda r: hexs(r, 40)),
    ("devtools", "newrelic", "NEW_RELIC_API_KEY", lambda r: f"NRAK-{chars(r, UPPER + DIGITS, 27)}"),
    ("devtools", "newrelic-license", "NEW_RELIC_LICENSE_KEY", lambda r: f"{hexs(r, 36)}NRAL"),
    ("devtools", "grafana-cloud", "GRAFANA_CLOUD_TOKEN", lambda r: f"glc_{b64_bytes(r, 90, url=True)}"),
    ("devtools", "grafana-sa", "GRAFANA_SA_TOKEN", _grafana_sa),
    ("devtools", "sentry", "SENTRY_AUTH_TOKEN", lambda r: f"sntryu_{hexs(r, 64)}"),
    ("devtools", "dynatrace", "DT_API_TOKEN", _dynatrace),
    ("devtools", "honeycomb", "HONEYCOMB_API_KEY", lambda r: f"hcaik_{alnum(r, 58)}"),
    ("devtools", "databricks", "DATABRICKS_TOKEN", lambda r: f"dapi{hexs(r, 32)}"),
    ("devtools", "algolia-admin", "ALGOLIA_ADMIN_KEY", lambda r: hexs(r, 32)),
    ("devtools", "ngrok", "NGROK_AUTHTOKEN", lambda r: f"2{alnum(r, 26)}_{alnum(r, 21)}"),
    ("devtools", "infracost", "INFRACOST_API_KEY", lambda r: f"ico-{alnum(r, 32)}"),
    ("devtools", "launchdarkly", "LD_SDK_KEY", lambda r: f"sdk-{uuid4(r)}"),
    ("devtools", "posthog-personal", "POSTHOG_PERSONAL_API_KEY", lambda r: f"phx_{alnum(r, 43)}"),
    ("devtools", "adafruit", "ADAFRUIT_IO_KEY", lambda r: f"aio_{alnum(r, 28)}"),
    ("devtools", "confluent", "CONFLUENT_API_SECRET", lambda r: chars(r, ALNUM + "+/", 64)),
    ("devtools", "browserstack", "BROWSERSTACK_ACCESS_KEY", lambda r: alnum(r, 20)),
    ("devtools", "rails-master-key", "RAILS_MASTER_KEY", lambda r: hexs(r, 32)),
    ("devtools", "django-secret", "DJANGO_SECRET_KEY", lambda r: chars(r, LOWER + DIGITS + "!@#$%^&*(-_=+)", 50)),
    ("devtools", "hex-signing", "WEBHOOK_SIGNING_SECRET", lambda r: hexs(r, 64)),
]

FAMILIES = sorted({fam for fam, _, _, _ in VENDORS})

