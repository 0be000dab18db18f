"""Vendor token shapes for blind11: (group, vendor, env-var name, maker). Every value is random
characters in the vendor's public shape, from the author's knowledge of those shapes; none is real."""
from _b11rand import ALNUM, B64, DIG, HEX, LOW, UP, URLSAFE, hexs, tok, uuid4


def _p(prefix, n, alphabet=ALNUM, suffix=""):
    return lambda r: prefix + tok(r, n, alphabet) + suffix


def _jwt_like(r, payload_b64):
    return "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." + payload_b64 + tok(r, 40, URLSAFE) + "." + tok(r, 43, URLSAFE)


def _pem(kind):
    def make(r):
        body = "\n".join(tok(r, 64, B64) for _ in range(r.randint(3, 6)))
        return f"-----BEGIN {kind}-----\n{body}\n{tok(r, 24, B64)}==\n-----END {kind}-----"
    return make


CLOUD = [
    ("aws", "AWS_SECRET_ACCESS_KEY", _p("", 40, ALNUM + "/+")),
    ("aws session", "AWS_SESSION_TOKEN", _p("IQoJb3JpZ2luX2VjE", 180, B64)),
    ("gcp api key", "GOOGLE_API_KEY", _p("AIza", 35, URLSAFE)),
    ("google oauth", "GOOGLE_CLIENT_SECRET", _p("GOCSPX-", 28, URLSAFE)),
    ("google access", "GOOGLE_ACCESS_TOKEN", _p("ya29.a0", 110, URLSAFE)),
    ("google refresh", "GOOGLE_REFRESH_TOKEN", _p("1//0", 96, URLSAFE)),
    ("azure storage", "AZURE_STORAGE_KEY", _p("", 86, B64, "==")),
    ("azure ad", "AZURE_CLIENT_SECRET", lambda r: tok(r, 3, ALNUM) + "8Q~" + tok(r, 34, ALNUM + "_~.-")),
    ("digitalocean", "DIGITALOCEAN_TOKEN", _p("dop_v1_", 64, HEX)),
    ("digitalocean oauth", "DO_OAUTH_TOKEN", _p("doo_v1_", 64, HEX)),
    ("alibaba", "ALIBABA_CLOUD_ACCESS_KEY_SECRET", _p("", 30, ALNUM)),
    ("ibm cloud", "IBMCLOUD_API_KEY", _p("", 44, URLSAFE)),
    ("cloudflare", "CLOUDFLARE_API_TOKEN", _p("", 40, URLSAFE)),
    ("cloudflare origin ca", "CF_ORIGIN_CA_KEY", lambda r: "v1.0-" + hexs(r, 24) + "-" + hexs(r, 146)),
    ("heroku", "HEROKU_API_KEY", _p("HRKU-AA", 58, URLSAFE)),
    ("netlify", "NETLIFY_AUTH_TOKEN", _p("nfp_", 36, ALNUM)),
    ("supabase", "SUPABASE_ACCESS_TOKEN", _p("sbp_", 40, HEX)),
    ("supabase secret", "SUPABASE_SECRET_KEY", _p("sb_secret_", 31, URLSAFE)),
    ("doppler", "DOPPLER_TOKEN", _p("dp.st.prd.", 43, ALNUM)),
    ("vault", "VAULT_TOKEN", _p("hvs.", 90, URLSAFE)),
    ("terraform cloud", "TFE_TOKEN", lambda r: tok(r, 14, ALNUM) + ".atlasv1." + tok(r, 67, ALNUM)),
    ("pulumi", "PULUMI_ACCESS_TOKEN", _p("pul-", 40, HEX)),
    ("scaleway", "SCW_SECRET_KEY", uuid4),
    ("hetzner", "HCLOUD_TOKEN", _p("", 64, ALNUM)),
    ("linode", "LINODE_TOKEN", _p("", 64, HEX)),
    ("vultr", "VULTR_API_KEY", _p("", 36, UP + DIG)),
    ("fly", "FLY_API_TOKEN", _p("FlyV1 fm2_lJPECAAAAAAAA", 120, B64)),
    ("tencent", "TENCENTCLOUD_SECRET_KEY", _p("", 32, ALNUM)),
]

CI = [
    ("github pat", "GITHUB_TOKEN", _p("ghp_", 36)),
    ("github oauth", "GH_OAUTH_TOKEN", _p("gho_", 36)),
    ("github app user", "GH_USER_TOKEN", _p("ghu_", 36)),
    ("github app server", "GH_INSTALL_TOKEN", _p("ghs_", 36)),
    ("github refresh", "GH_REFRESH_TOKEN", _p("ghr_", 76)),
    ("github fine-grained", "GH_PAT", lambda r: "github_pat_" + tok(r, 22) + "_" + tok(r, 59)),
    ("gitlab pat", "GITLAB_TOKEN", _p("glpat-", 20, URLSAFE)),
    ("gitlab trigger", "CI_TRIGGER_TOKEN", _p("glptt-", 40, HEX)),
    ("gitlab runner", "RUNNER_TOKEN", _p("glrt-", 20, URLSAFE)),
    ("gitlab deploy", "GITLAB_DEPLOY_TOKEN", _p("gldt-", 20, URLSAFE)),
    ("gitlab registration", "REGISTRATION_TOKEN", _p("GR1348941", 20, URLSAFE)),
    ("bitbucket app password", "BITBUCKET_APP_PASSWORD", _p("ATBB", 32)),
    ("atlassian", "JIRA_API_TOKEN", lambda r: "ATATT3xFfGF0" + tok(r, 170, URLSAFE) + "=" + tok(r, 8, UP + DIG)),
    ("npm", "NPM_TOKEN", _p("npm_", 36)),
    ("pypi", "PYPI_API_TOKEN", _p("pypi-AgEIcHlwaS5vcmc", 70, URLSAFE)),
    ("docker hub", "DOCKERHUB_TOKEN", _p("dckr_pat_", 27, URLSAFE)),
    ("circleci", "CIRCLECI_TOKEN", lambda r: "CCIPAT_" + tok(r, 22) + "_" + hexs(r, 40)),
    ("buildkite", "BUILDKITE_API_TOKEN", _p("bkua_", 40, HEX)),
    ("jfrog", "JFROG_API_KEY", _p("AKCp8", 68)),
    ("nuget", "NUGET_API_KEY", _p("oy2", 43, LOW + DIG)),
    ("rubygems", "GEM_HOST_API_KEY", _p("rubygems_", 48, HEX)),
    ("crates.io", "CARGO_REGISTRY_TOKEN", _p("cio", 32)),
    ("sonarqube", "SONAR_TOKEN", _p("squ_", 40, HEX)),
    ("azure devops", "AZURE_DEVOPS_PAT", _p("", 52, LOW + DIG)),
    ("octopus", "OCTOPUS_API_KEY", _p("API-", 26, UP + DIG)),
    ("postman", "POSTMAN_API_KEY", lambda r: "PMAK-" + hexs(r, 24) + "-" + hexs(r, 34)),
    ("clojars", "CLOJARS_TOKEN", _p("CLOJARS_", 60, HEX)),
    ("drone", "DRONE_TOKEN", _p("", 32)),
]

PAYMENTS = [
    ("stripe", "STRIPE_SECRET_KEY", lambda r: "sk_live_" + tok(r, r.choice([24, 99]))),
    ("stripe restricted", "STRIPE_RESTRICTED_KEY", _p("rk_live_", 99)),
    ("stripe test", "STRIPE_TEST_KEY", _p("sk_test_", 99)),
    ("stripe webhook", "STRIPE_WEBHOOK_SECRET", _p("whsec_", 32)),
    ("braintree", "BRAINTREE_ACCESS_TOKEN", lambda r: "access_token$production$" + tok(r, 16, LOW + DIG) + "$" + hexs(r, 32)),
    ("square", "SQUARE_ACCESS_TOKEN", _p("EAAA", 60, URLSAFE)),
    ("square oauth secret", "SQUARE_APP_SECRET", _p("sq0csp-", 43, URLSAFE)),
    ("checkout.com", "CKO_SECRET_KEY", _p("sk_sbox_", 26, LOW + DIG)),
    ("flutterwave", "FLW_SECRET_KEY", lambda r: "FLWSECK-" + hexs(r, 32) + "-X"),
    ("paystack", "PAYSTACK_SECRET_KEY", _p("sk_live_", 40, HEX)),
    ("mollie", "MOLLIE_API_KEY", _p("live_", 30)),
    ("gocardless", "GOCARDLESS_ACCESS_TOKEN", _p("live_", 40, URLSAFE)),
    ("plaid", "PLAID_SECRET", _p("", 30, HEX)),
    ("shopify", "SHOPIFY_ACCESS_TOKEN", _p("shpat_", 32, HEX)),
    ("shopify shared secret", "SHOPIFY_API_SECRET", _p("shpss_", 32, HEX)),
    ("razorpay", "RAZORPAY_KEY_SECRET", _p("", 24)),
    ("adyen", "ADYEN_API_KEY", _p("AQE", 120, URLSAFE)),
]

AI = [
    ("openai project", "OPENAI_API_KEY", _p("sk-proj-", 156, URLSAFE)),
    ("openai legacy", "OPENAI_KEY", lambda r: "sk-" + tok(r, 20) + "T3BlbkFJ" + tok(r, 20)),
    ("openai service account", "OPENAI_SVC_KEY", _p("sk-svcacct-", 140, URLSAFE)),
    ("openai admin", "OPENAI_ADMIN_KEY", _p("sk-admin-", 130, URLSAFE)),
    ("anthropic", "ANTHROPIC_API_KEY", _p("sk-ant-api03-", 93, URLSAFE, "AA")),
    ("anthropic admin", "ANTHROPIC_ADMIN_KEY", _p("sk-ant-admin01-", 93, URLSAFE, "AA")),
    ("hugging face", "HF_TOKEN", _p("hf_", 34, LOW + UP)),
    ("hugging face org", "HUGGINGFACE_ORG_TOKEN", _p("api_org_", 34, LOW + UP)),
    ("replicate", "REPLICATE_API_TOKEN", _p("r8_", 37)),
    ("groq", "GROQ_API_KEY", _p("gsk_", 52)),
    ("perplexity", "PPLX_API_KEY", _p("pplx-", 48)),
    ("xai", "XAI_API_KEY", _p("xai-", 80)),
    ("cohere", "COHERE_API_KEY", _p("", 40)),
    ("mistral", "MISTRAL_API_KEY", _p("", 32)),
    ("deepseek", "DEEPSEEK_API_KEY", _p("sk-", 32, HEX)),
    ("openrouter", "OPENROUTER_API_KEY", _p("sk-or-v1-", 64, HEX)),
    ("fireworks", "FIREWORKS_API_KEY", _p("fw_", 24)),
    ("langsmith", "LANGSMITH_API_KEY", lambda r: "lsv2_pt_" + hexs(r, 32) + "_" + hexs(r, 10)),
    ("pinecone", "PINECONE_API_KEY", lambda r: "pcsk_" + tok(r, 5) + "_" + tok(r, 60)),
    ("wandb", "WANDB_API_KEY", _p("", 40, HEX)),
    ("elevenlabs", "ELEVENLABS_API_KEY", _p("sk_", 48, HEX)),
    ("langfuse", "LANGFUSE_SECRET_KEY", lambda r: "sk-lf-" + uuid4(r)),
    ("voyage", "VOYAGE_API_KEY", _p("pa-", 43, URLSAFE)),
    ("cerebras", "CEREBRAS_API_KEY", _p("csk-", 48, LOW + DIG)),
    ("nvidia", "NVIDIA_API_KEY", _p("nvapi-", 64, URLSAFE)),
    ("together", "TOGETHER_API_KEY", _p("", 64, HEX)),
    ("deepgram", "DEEPGRAM_API_KEY", _p("", 40, HEX)),
]

DB = [
    ("planetscale password", "DATABASE_PASSWORD", _p("pscale_pw_", 43, URLSAFE)),
    ("planetscale token", "PLANETSCALE_SERVICE_TOKEN", _p("pscale_tkn_", 43, URLSAFE)),
    ("neon", "NEON_API_KEY", _p("napi_", 64, LOW + DIG)),
    ("databricks", "DATABRICKS_TOKEN", lambda r: "dapi" + hexs(r, 32) + r.choice(["", "-2", "-3"])),
    ("mongodb atlas", "MONGODB_ATLAS_PRIVATE_KEY", uuid4),
    ("upstash", "UPSTASH_REDIS_REST_TOKEN", _p("AX", 58, URLSAFE)),
    ("supabase service role", "SUPABASE_SERVICE_ROLE_KEY",
     lambda r: _jwt_like(r, "eyJpc3MiOiJzdXBhYmFzZSIsInJvbGUiOiJzZXJ2aWNlX3JvbGUi")),
    ("fauna", "FAUNA_SECRET", _p("fnA", 37, URLSAFE)),
    ("airtable", "AIRTABLE_API_KEY", lambda r: "pat" + tok(r, 14) + "." + hexs(r, 64)),
    ("firebase fcm", "FCM_SERVER_KEY", lambda r: "AAAA" + tok(r, 7, URLSAFE) + ":APA91b" + tok(r, 134, URLSAFE)),
    ("aiven", "AIVEN_TOKEN", _p("", 372, B64)),
    ("snowflake", "SNOWFLAKE_PASSWORD", _p("", 22, ALNUM + "!#%")),
]

MESSAGING = [
    ("slack bot", "SLACK_BOT_TOKEN", lambda r: f"xoxb-{tok(r, 12, DIG)}-{tok(r, 13, DIG)}-{tok(r, 24)}"),
    ("slack user", "SLACK_USER_TOKEN", lambda r: f"xoxp-{tok(r, 12, DIG)}-{tok(r, 12, DIG)}-{tok(r, 13, DIG)}-{hexs(r, 32)}"),
    ("slack app", "SLACK_APP_TOKEN", lambda r: f"xapp-1-A{tok(r, 10, UP + DIG)}-{tok(r, 13, DIG)}-{hexs(r, 64)}"),
    ("slack webhook", "SLACK_WEBHOOK_URL",
     lambda r: f"https://hooks.slack.com/services/T{tok(r, 10, UP + DIG)}/B{tok(r, 10, UP + DIG)}/{tok(r, 24)}"),
    ("discord bot", "DISCORD_TOKEN", lambda r: f"M{tok(r, 23, URLSAFE)}.{tok(r, 6, URLSAFE)}.{tok(r, 38, URLSAFE)}"),
    ("discord webhook", "DISCORD_WEBHOOK",
     lambda r: f"https://discord.com/api/webhooks/{tok(r, 19, DIG)}/{tok(r, 68, URLSAFE)}"),
    ("telegram", "TELEGRAM_BOT_TOKEN", lambda r: f"{tok(r, 10, DIG)}:AA{tok(r, 33, URLSAFE)}"),
    ("twilio", "TWILIO_AUTH_TOKEN", _p("", 32, HEX)),
    ("twilio api key secret", "TWILIO_API_SECRET", _p("", 32)),
    ("sendgrid", "SENDGRID_API_KEY", lambda r: f"SG.{tok(r, 22, URLSAFE)}.{tok(r, 43, URLSAFE)}"),
    ("mailgun", "MAILGUN_API_KEY", _p("key-", 32, HEX)),
    ("mailchimp", "MAILCHIMP_API_KEY", lambda r: hexs(r, 32) + "-us" + str(r.randint(1, 21))),
    ("brevo", "BREVO_API_KEY", lambda r: "xkeysib-" + hexs(r, 64) + "-" + tok(r, 16)),
    ("teams webhook", "TEAMS_WEBHOOK_URL",
     lambda r: f"https://{tok(r, 8, LOW)}.webhook.office.com/webhookb2/{uuid4(r)}@{uuid4(r)}/IncomingWebhook/{hexs(r, 32)}/{uuid4(r)}"),
    ("ably", "ABLY_API_KEY", lambda r: f"{tok(r, 6)}.{tok(r, 6)}:{tok(r, 43, URLSAFE)}"),
    ("pusher", "PUSHER_APP_SECRET", _p("", 20, HEX)),
    ("postmark", "POSTMARK_SERVER_TOKEN", uuid4),
    ("intercom", "INTERCOM_ACCESS_TOKEN", _p("dG9rOj", 54, B64, "=")),
]

OBSERVABILITY = [
    ("datadog api", "DD_API_KEY", _p("", 32, HEX)),
    ("datadog app", "DD_APP_KEY", _p("", 40, HEX)),
    ("new relic user", "NEW_RELIC_API_KEY", _p("NRAK-", 27, UP + DIG)),
    ("new relic insert", "NEW_RELIC_INSERT_KEY", _p("NRII-", 32, URLSAFE)),
    ("new relic license", "NEW_RELIC_LICENSE_KEY", _p("", 36, HEX, "NRAL")),
    ("sentry user", "SENTRY_AUTH_TOKEN", _p("sntryu_", 64, HEX)),
    ("sentry org", "SENTRY_ORG_TOKEN", _p("sntrys_eyJpYXQiOj", 90, URLSAFE)),
    ("grafana cloud", "GRAFANA_CLOUD_TOKEN", _p("glc_eyJvIjoi", 90, B64)),
    ("grafana service account", "GRAFANA_SA_TOKEN", lambda r: "glsa_" + tok(r, 32) + "_" + hexs(r, 8)),
    ("dynatrace", "DT_API_TOKEN", lambda r: "dt0c01." + tok(r, 24, UP + DIG) + "." + tok(r, 64, UP + DIG)),
    ("honeycomb", "HONEYCOMB_API_KEY", _p("hcaik_", 58, LOW + DIG)),
    ("axiom", "AXIOM_TOKEN", lambda r: "xaat-" + uuid4(r)),
    ("splunk hec", "SPLUNK_HEC_TOKEN", uuid4),
    ("rollbar", "ROLLBAR_ACCESS_TOKEN", _p("", 32, HEX)),
    ("pagerduty", "PAGERDUTY_TOKEN", _p("u+", 18, URLSAFE)),
    ("elastic", "ELASTIC_API_KEY", _p("", 60, B64, "==")),
]

SAAS = [
    ("notion", "NOTION_TOKEN", _p("ntn_", 46)),
    ("notion legacy", "NOTION_API_KEY", _p("secret_", 43)),
    ("linear", "LINEAR_API_KEY", _p("lin_api_", 40)),
    ("asana", "ASANA_PAT", lambda r: f"2/{tok(r, 16, DIG)}/{tok(r, 16, DIG)}:{hexs(r, 32)}"),
    ("figma", "FIGMA_TOKEN", _p("figd_", 40, URLSAFE)),
    ("dropbox", "DROPBOX_ACCESS_TOKEN", _p("sl.B", 134, URLSAFE)),
    ("hubspot", "HUBSPOT_ACCESS_TOKEN", lambda r: "pat-na1-" + uuid4(r)),
    ("salesforce", "SF_ACCESS_TOKEN", lambda r: "00D" + tok(r, 12) + "!" + tok(r, 96, ALNUM + ".")),
    ("okta", "OKTA_API_TOKEN", _p("00", 40, URLSAFE)),
    ("auth0", "AUTH0_CLIENT_SECRET", _p("", 64, URLSAFE)),
    ("contentful", "CONTENTFUL_MANAGEMENT_TOKEN", _p("CFPAT-", 43, URLSAFE)),
    ("typeform", "TYPEFORM_TOKEN", lambda r: "tfp_" + tok(r, 44, URLSAFE) + "_" + tok(r, 14)),
    ("mapbox", "MAPBOX_SECRET_TOKEN", lambda r: "sk.eyJ1Ijoi" + tok(r, 60, B64) + "." + tok(r, 22, URLSAFE)),
    ("algolia admin", "ALGOLIA_ADMIN_KEY", _p("", 32, HEX)),
    ("tailscale auth", "TS_AUTHKEY", lambda r: "tskey-auth-" + tok(r, 17) + "-" + tok(r, 33)),
    ("tailscale api", "TAILSCALE_API_KEY", lambda r: "tskey-api-" + tok(r, 17) + "-" + tok(r, 33)),
    ("ngrok", "NGROK_AUTHTOKEN", lambda r: "2" + tok(r, 26) + "_" + tok(r, 21)),
    ("twitter bearer", "TWITTER_BEARER_TOKEN", _p("AAAAAAAAAAAAAAAAAAAAA", 90, ALNUM + "%")),
    ("facebook", "FB_ACCESS_TOKEN", _p("EAA", 160)),
    ("age", "SOPS_AGE_KEY", _p("AGE-SECRET-KEY-1", 58, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L")),
    ("prefect", "PREFECT_API_KEY", _p("pnu_", 36)),
    ("readme", "README_API_KEY", _p("rdme_", 70, LOW + DIG)),
    ("sourcegraph", "SRC_ACCESS_TOKEN", _p("sgp_", 40, HEX)),
    ("launchdarkly", "LD_API_KEY", lambda r: "api-" + uuid4(r)),
    ("frame.io", "FRAMEIO_TOKEN", _p("fio-u-", 64, URLSAFE)),
    ("adafruit", "ADAFRUIT_IO_KEY", _p("aio_", 28)),
    ("zendesk", "ZENDESK_API_TOKEN", _p("", 40)),
    ("yandex", "YANDEX_OAUTH_TOKEN", _p("y0_Ag", 52, URLSAFE)),
    ("fastly", "FASTLY_API_TOKEN", _p("", 32, URLSAFE)),
    ("rsa private key", "TLS_KEY", _pem("RSA PRIVATE KEY")),
    ("openssh private key", "DEPLOY_KEY", _pem("OPENSSH PRIVATE KEY")),
    ("ec private key", "SIGNING_KEY", _pem("EC PRIVATE KEY")),
]

GROUPS = {"cloud": CLOUD, "ci": CI, "payments": PAYMENTS, "ai": AI, "db": DB, "messaging": MESSAGING,
          "observability": OBSERVABILITY, "saas": SAAS}
ALL = [v for g in GROUPS.values() for v in g]
# tokens whose own shape is distinctive (a prefix or a structure), usable with no name nearby
PREFIXED = [v for v in ALL if v[1] not in {
    "AWS_SECRET_ACCESS_KEY", "ALIBABA_CLOUD_ACCESS_KEY_SECRET", "IBMCLOUD_API_KEY", "CLOUDFLARE_API_TOKEN",
    "SCW_SECRET_KEY", "HCLOUD_TOKEN", "LINODE_TOKEN", "VULTR_API_KEY", "TENCENTCLOUD_SECRET_KEY", "AZURE_DEVOPS_PAT",
    "DRONE_TOKEN", "PLAID_SECRET", "RAZORPAY_KEY_SECRET", "COHERE_API_KEY", "MISTRAL_API_KEY", "WANDB_API_KEY",
    "TOGETHER_API_KEY", "DEEPGRAM_API_KEY", "MONGODB_ATLAS_PRIVATE_KEY", "AIVEN_TOKEN", "SNOWFLAKE_PASSWORD",
    "TWILIO_AUTH_TOKEN", "TWILIO_API_SECRET", "PUSHER_APP_SECRET", "POSTMARK_SERVER_TOKEN", "DD_API_KEY",
    "DD_APP_KEY", "SPLUNK_HEC_TOKEN", "ROLLBAR_ACCESS_TOKEN", "PAGERDUTY_TOKEN", "ELASTIC_API_KEY",
    "AUTH0_CLIENT_SECRET", "ALGOLIA_ADMIN_KEY", "AZURE_STORAGE_KEY", "NGROK_AUTHTOKEN", "OKTA_API_TOKEN", "ZENDESK_API_TOKEN", "FASTLY_API_TOKEN", "UPSTASH_REDIS_REST_TOKEN"}
    and "PRIVATE KEY" not in v[0].upper()]


def one_line(group_list):
    return [v for v in group_list if "private key" not in v[0]]
