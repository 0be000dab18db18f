"""Random building blocks for blind6: alphabets, word pools, and synthetic vendor tokens.

Every token is random characters in a vendor's public shape; none is a real credential.
"""

from __future__ import annotations

import base64
import random
import string

LOWER = string.ascii_lowercase
UPPER = string.ascii_uppercase
DIGITS = string.digits
ALNUM = string.ascii_letters + string.digits
LOWALNUM = LOWER + DIGITS
HEX = "0123456789abcdef"
B64 = ALNUM + "+/"
B64URL = ALNUM + "-_"
B32 = UPPER + "234567"


def chars(rng: random.Random, alphabet: str, n: int) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def pick(rng: random.Random, seq: list[str] | tuple[str, ...]) -> str:
    return seq[rng.randrange(len(seq))]


def uuid4(rng: random.Random) -> str:
    h = chars(rng, HEX, 32)
    v = "89ab"[rng.randrange(4)]
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{v}{h[17:20]}-{h[20:32]}"


def ulid(rng: random.Random) -> str:
    return "01" + chars(rng, "0123456789ABCDEFGHJKMNPQRSTVWXYZ", 24)


def b64of(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def b64url_nopad(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode("ascii").rstrip("=")


def password(rng: random.Random) -> str:
    """A human-made or generated password: several shapes."""
    kind = rng.randrange(6)
    if kind == 0:
        return chars(rng, ALNUM, rng.randint(14, 24))
    if kind == 1:
        return chars(rng, ALNUM + "!#%*+=?@^", rng.randint(16, 28))
    if kind == 2:
        w1, w2, w3 = (pick(rng, PASS_WORDS) for _ in range(3))
        return f"{w1.capitalize()}-{w2}-{w3}{rng.randint(10, 99)}"
    if kind == 3:
        return f"{pick(rng, PASS_WORDS).capitalize()}{rng.randint(1970, 2031)}{pick(rng, ['!', '#', '$', '*', '?'])}"
    if kind == 4:
        return chars(rng, LOWALNUM, 6) + "-" + chars(rng, LOWALNUM, 6) + "-" + chars(rng, LOWALNUM, 6)
    return chars(rng, B64URL, rng.randint(20, 32))


PASS_WORDS = ["granito", "walnut", "tigelle", "kestrel", "zwieback", "meridian", "pitanga", "ostrich", "haystack",
              "corvina", "lantern", "quokka", "borscht", "velcro", "sapphire", "mango", "fjord", "tamarind",
              "tornado", "cobalt", "pistache", "gazelle", "bramble", "ketchup", "orbital", "saudade"]

# word pools of this corpus's own voices
HOSTS = ["db-prim-02.gru.internal", "pg-ledger.eu-west-3.rds.amazonaws.com", "redis-matchmaker.svc.cluster.local",
         "mq01.lab.ufrgs.br", "10.40.7.12", "mongo-shard-1.stg.kartwerk.io", "mysql.crm.local", "192.168.56.20",
         "cache-eu.playforge.gg", "analytics-ro.internal.tucano.app", "bastion.ops.hafenwerk.de",
         "elastic-logs.nairobi.internal", "warehouse.snow.lab"]
USERS = ["svc_deploy", "ledger_rw", "root", "admin", "app", "grafana", "ci-runner", "mlflow", "matchmaker",
         "postgres", "replicator", "readonly_bi", "tucano_api", "jenkins", "k6"]
DBS = ["ledger", "matchmaking", "crm_prod", "telemetry", "experiments", "orders", "app_stg", "inventory"]
REPOS = ["tucano/app-android", "playforge/arena-server", "hafenwerk/infra-live", "lab-nlp/seq2seq-ablation",
         "kartwerk/checkout", "ufrgs-inf/so-t2", "nimbus-ci/bot", "tucano/ios-shell", "playforge/shader-cache"]
BRANCHES = ["fix/flaky-login-test", "feat/offline-sync", "hotfix/pager-storm", "exp/lr-warmup-sweep",
            "chore/bump-gradle-8.7", "release/2.14", "wip/netcode-rollback", "fix/tls-renewal", "main",
            "feature/apple-signin", "ops/pg-failover-drill"]
SERVICES = ["checkout-api", "matchmaker", "ledger-writer", "push-gateway", "feature-store", "auth-proxy",
            "billing-cron", "asset-cdn", "inference-gw", "search-indexer"]
MODELS = ["claude-sonnet-4-5", "gpt-4.1-mini", "gemini-2.5-pro", "llama-3.1-70b-instruct", "qwen2.5-coder-32b",
          "mistral-large-2411", "deepseek-v3", "o4-mini", "claude-haiku-4-5", "command-r-plus"]
FILES = ["src/net/rollback.cpp", "app/src/main/java/app/tucano/SyncWorker.kt", "infra/modules/rds/main.tf",
         "train.py", "configs/sweep_lr.yaml", "ios/Tucano/AppDelegate.swift", "Assets/Scripts/PlayerController.cs",
         "handlers/payment.go", "charts/checkout/values.yaml", "notebooks/2026-11-ablation.ipynb",
         "scripts/rotate_keys.sh", "lib/auth/session.ts", "kernel/proc.c", "docker-compose.yml"]
PEOPLE = ["Marina", "João", "Kenji", "Aisha", "Lukas", "Priya", "Olga", "Tomás", "Wei", "Fatima", "Sven", "Ana"]
ERRORS = ["ConnectionResetError", "TimeoutError", "NullPointerException", "SIGSEGV", "OOMKilled",
          "CrashLoopBackOff", "EADDRINUSE", "IndexError", "KeyError", "DeadlineExceeded", "ETIMEDOUT"]


def tok_github(rng: random.Random) -> str:
    return pick(rng, ["ghp_", "gho_", "ghu_", "ghs_", "ghr_"]) + chars(rng, ALNUM, 36)


def tok_github_fine(rng: random.Random) -> str:
    return "github_pat_" + chars(rng, ALNUM, 22) + "_" + chars(rng, ALNUM, 59)


def tok_aws_id(rng: random.Random) -> str:
    return pick(rng, ["AKIA", "ASIA"]) + chars(rng, B32, 16)


def tok_aws_secret(rng: random.Random) -> str:
    return chars(rng, ALNUM + "/+", 40)


# name: (variable name, generator). Vendors whose tokens carry a recognisable prefix or shape.
PREFIXED: dict[str, tuple[str, object]] = {}


def _reg(name: str, var: str):  # type: ignore[no-untyped-def]
    def deco(fn):  # type: ignore[no-untyped-def]
        PREFIXED[name] = (var, fn)
        return fn
    return deco


@_reg("github", "GITHUB_TOKEN")
def _gh(rng: random.Random) -> str:
    return tok_github(rng) if rng.random() < 0.7 else tok_github_fine(rng)


@_reg("gitlab", "GITLAB_TOKEN")
def _gl(rng: random.Random) -> str:
    return pick(rng, ["glpat-", "gldt-", "glrt-", "glcbt-"]) + chars(rng, B64URL, 20)


@_reg("openai", "OPENAI_API_KEY")
def _oai(rng: random.Random) -> str:
    if rng.random() < 0.5:
        return "sk-proj-" + chars(rng, B64URL, 124) + "T3BlbkFJ" + chars(rng, B64URL, 24)
    return "sk-" + chars(rng, ALNUM, 20) + "T3BlbkFJ" + chars(rng, ALNUM, 20)


@_reg("anthropic", "ANTHROPIC_API_KEY")
def _ant(rng: random.Random) -> str:
    return "sk-ant-api03-" + chars(rng, B64URL, 93) + "AA"


@_reg("openrouter", "OPENROUTER_API_KEY")
def _or(rng: random.Random) -> str:
    return "sk-or-v1-" + chars(rng, HEX, 64)


@_reg("aws", "AWS_SECRET_ACCESS_KEY")
def _aws(rng: random.Random) -> str:
    return tok_aws_secret(rng)


@_reg("google", "GOOGLE_API_KEY")
def _goog(rng: random.Random) -> str:
    return "AIza" + chars(rng, B64URL, 35)


@_reg("google_oauth_secret", "GOOGLE_CLIENT_SECRET")
def _gcs(rng: random.Random) -> str:
    return "GOCSPX-" + chars(rng, B64URL, 28)


@_reg("slack", "SLACK_BOT_TOKEN")
def _slack(rng: random.Random) -> str:
    p = pick(rng, ["xoxb-", "xoxp-"])
    return f"{p}{chars(rng, DIGITS, 12)}-{chars(rng, DIGITS, 13)}-{chars(rng, ALNUM, 24)}"


@_reg("slack_app", "SLACK_APP_TOKEN")
def _slackapp(rng: random.Random) -> str:
    return f"xapp-1-A{chars(rng, UPPER + DIGITS, 10)}-{chars(rng, DIGITS, 13)}-{chars(rng, HEX, 64)}"


@_reg("stripe", "STRIPE_SECRET_KEY")
def _stripe(rng: random.Random) -> str:
    return pick(rng, ["sk_live_", "rk_live_", "sk_test_"]) + chars(rng, ALNUM, rng.choice([24, 99]))


@_reg("stripe_webhook", "STRIPE_WEBHOOK_SECRET")
def _whsec(rng: random.Random) -> str:
    return "whsec_" + chars(rng, ALNUM, 32)


@_reg("sendgrid", "SENDGRID_API_KEY")
def _sg(rng: random.Random) -> str:
    return "SG." + chars(rng, B64URL, 22) + "." + chars(rng, B64URL, 43)


@_reg("mailgun", "MAILGUN_API_KEY")
def _mg(rng: random.Random) -> str:
    return "key-" + chars(rng, HEX, 32)


@_reg("mailchimp", "MAILCHIMP_API_KEY")
def _mc(rng: random.Random) -> str:
    return chars(rng, HEX, 32) + "-us" + str(rng.randint(1, 21))


@_reg("npm", "NPM_TOKEN")
def _npm(rng: random.Random) -> str:
    return "npm_" + chars(rng, ALNUM, 36)


@_reg("pypi", "TWINE_PASSWORD")
def _pypi(rng: random.Random) -> str:
    return "pypi-AgEIcHlwaS5vcmc" + chars(rng, B64URL, rng.randint(60, 150))


@_reg("rubygems", "GEM_HOST_API_KEY")
def _gem(rng: random.Random) -> str:
    return "rubygems_" + chars(rng, HEX, 48)


@_reg("nuget", "NUGET_API_KEY")
def _nuget(rng: random.Random) -> str:
    return "oy2" + chars(rng, LOWALNUM, 43)


@_reg("dockerhub", "DOCKERHUB_TOKEN")
def _dckr(rng: random.Random) -> str:
    return "dckr_pat_" + chars(rng, B64URL, 27)


@_reg("vault", "VAULT_TOKEN")
def _vault(rng: random.Random) -> str:
    return "hvs." + chars(rng, B64URL, 91)


@_reg("terraform_cloud", "TFE_TOKEN")
def _tfe(rng: random.Random) -> str:
    return chars(rng, ALNUM, 14) + ".atlasv1." + chars(rng, ALNUM, 67)


@_reg("digitalocean", "DIGITALOCEAN_TOKEN")
def _do(rng: random.Random) -> str:
    return pick(rng, ["dop_v1_", "doo_v1_"]) + chars(rng, HEX, 64)


@_reg("shopify", "SHOPIFY_ADMIN_TOKEN")
def _shop(rng: random.Random) -> str:
    return pick(rng, ["shpat_", "shpss_", "shpca_"]) + chars(rng, HEX, 32)


@_reg("huggingface", "HF_TOKEN")
def _hf(rng: random.Random) -> str:
    return "hf_" + chars(rng, string.ascii_letters, 34)


@_reg("replicate", "REPLICATE_API_TOKEN")
def _r8(rng: random.Random) -> str:
    return "r8_" + chars(rng, ALNUM, 37)


@_reg("groq", "GROQ_API_KEY")
def _groq(rng: random.Random) -> str:
    return "gsk_" + chars(rng, ALNUM, 52)


@_reg("perplexity", "PPLX_API_KEY")
def _pplx(rng: random.Random) -> str:
    return "pplx-" + chars(rng, ALNUM, 48)


@_reg("xai", "XAI_API_KEY")
def _xai(rng: random.Random) -> str:
    return "xai-" + chars(rng, ALNUM, 80)


@_reg("cerebras", "CEREBRAS_API_KEY")
def _csk(rng: random.Random) -> str:
    return "csk-" + chars(rng, LOWALNUM, 48)


@_reg("fireworks", "FIREWORKS_API_KEY")
def _fw(rng: random.Random) -> str:
    return "fw_" + chars(rng, ALNUM, 24)


@_reg("langsmith", "LANGSMITH_API_KEY")
def _ls(rng: random.Random) -> str:
    return pick(rng, ["lsv2_pt_", "lsv2_sk_"]) + chars(rng, HEX, 32) + "_" + chars(rng, HEX, 10)


@_reg("tavily", "TAVILY_API_KEY")
def _tvly(rng: random.Random) -> str:
    return "tvly-" + pick(rng, ["", "dev-", "prod-"]) + chars(rng, ALNUM, 32)


@_reg("firecrawl", "FIRECRAWL_API_KEY")
def _fc(rng: random.Random) -> str:
    return "fc-" + chars(rng, HEX, 32)


@_reg("pinecone", "PINECONE_API_KEY")
def _pc(rng: random.Random) -> str:
    return "pcsk_" + chars(rng, ALNUM, 6) + "_" + chars(rng, ALNUM, 63)


@_reg("linear", "LINEAR_API_KEY")
def _lin(rng: random.Random) -> str:
    return "lin_api_" + chars(rng, ALNUM, 40)


@_reg("notion", "NOTION_TOKEN")
def _notion(rng: random.Random) -> str:
    if rng.random() < 0.5:
        return "secret_" + chars(rng, ALNUM, 43)
    return "ntn_" + chars(rng, DIGITS, 11) + chars(rng, ALNUM, 35)


@_reg("atlassian", "JIRA_API_TOKEN")
def _atl(rng: random.Random) -> str:
    return "ATATT3xFfGF0" + chars(rng, B64URL, 170) + "=" + chars(rng, HEX.upper(), 8)


@_reg("figma", "FIGMA_TOKEN")
def _figma(rng: random.Random) -> str:
    return "figd_" + chars(rng, B64URL, 40)


@_reg("postman", "POSTMAN_API_KEY")
def _pmak(rng: random.Random) -> str:
    return "PMAK-" + chars(rng, HEX, 24) + "-" + chars(rng, HEX, 34)


@_reg("sentry", "SENTRY_AUTH_TOKEN")
def _sentry(rng: random.Random) -> str:
    return "sntryu_" + chars(rng, HEX, 64)


@_reg("newrelic", "NEW_RELIC_API_KEY")
def _nr(rng: random.Random) -> str:
    return "NRAK-" + chars(rng, UPPER + DIGITS, 27)


@_reg("grafana", "GRAFANA_SA_TOKEN")
def _glsa(rng: random.Random) -> str:
    return "glsa_" + chars(rng, ALNUM, 32) + "_" + chars(rng, HEX, 8)


@_reg("planetscale", "PLANETSCALE_PASSWORD")
def _pscale(rng: random.Random) -> str:
    return "pscale_pw_" + chars(rng, B64URL, 43)


@_reg("supabase", "SUPABASE_ACCESS_TOKEN")
def _sbp(rng: random.Random) -> str:
    return "sbp_" + chars(rng, HEX, 40)


@_reg("doppler", "DOPPLER_TOKEN")
def _dp(rng: random.Random) -> str:
    return pick(rng, ["dp.st.", "dp.pt.", "dp.sa."]) + chars(rng, ALNUM, 43)


@_reg("pulumi", "PULUMI_ACCESS_TOKEN")
def _pul(rng: random.Random) -> str:
    return "pul-" + chars(rng, HEX, 40)


@_reg("netlify", "NETLIFY_AUTH_TOKEN")
def _nfp(rng: random.Random) -> str:
    return "nfp_" + chars(rng, ALNUM, 36)


@_reg("databricks", "DATABRICKS_TOKEN")
def _dapi(rng: random.Random) -> str:
    return "dapi" + chars(rng, HEX, 32)


@_reg("dynatrace", "DT_API_TOKEN")
def _dt(rng: random.Random) -> str:
    return "dt0c01." + chars(rng, UPPER + DIGITS, 24) + "." + chars(rng, UPPER + DIGITS, 64)


@_reg("alibaba", "ALIBABA_CLOUD_ACCESS_KEY_SECRET")
def _ali(rng: random.Random) -> str:
    return "LTAI" + chars(rng, ALNUM, 20)


@_reg("age", "SOPS_AGE_KEY")
def _age(rng: random.Random) -> str:
    return "AGE-SECRET-KEY-1" + chars(rng, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L", 58)


@_reg("telegram", "TELEGRAM_BOT_TOKEN")
def _tg(rng: random.Random) -> str:
    return chars(rng, "123456789", 1) + chars(rng, DIGITS, 9) + ":AA" + chars(rng, B64URL, 33)


@_reg("discord", "DISCORD_BOT_TOKEN")
def _disc(rng: random.Random) -> str:
    return pick(rng, ["M", "N"]) + chars(rng, ALNUM, 23) + "." + chars(rng, B64URL, 6) + "." + chars(rng, B64URL, 38)


@_reg("square", "SQUARE_ACCESS_TOKEN")
def _sq(rng: random.Random) -> str:
    return "EAAA" + chars(rng, B64URL, 60)


@_reg("azure_ad", "AZURE_CLIENT_SECRET")
def _azad(rng: random.Random) -> str:
    return chars(rng, ALNUM, 3) + "8Q~" + chars(rng, ALNUM + "_~.-", 34)


@_reg("okta", "OKTA_API_TOKEN")
def _okta(rng: random.Random) -> str:
    return "00" + chars(rng, B64URL, 40)


@_reg("jfrog", "ARTIFACTORY_API_KEY")
def _jf(rng: random.Random) -> str:
    return "AKCp" + chars(rng, ALNUM, 69)


@_reg("sourcegraph", "SRC_ACCESS_TOKEN")
def _sgp(rng: random.Random) -> str:
    return "sgp_" + chars(rng, HEX, 16) + "_" + chars(rng, HEX, 40)


@_reg("buildkite", "BUILDKITE_API_TOKEN")
def _bk(rng: random.Random) -> str:
    return "bkua_" + chars(rng, HEX, 40)


@_reg("octopus", "OCTOPUS_API_KEY")
def _oct(rng: random.Random) -> str:
    return "API-" + chars(rng, UPPER + DIGITS, 27)


@_reg("clojars", "CLOJARS_DEPLOY_TOKEN")
def _clj(rng: random.Random) -> str:
    return "CLOJARS_" + chars(rng, LOWALNUM, 60)


@_reg("prefect", "PREFECT_API_KEY")
def _pnu(rng: random.Random) -> str:
    return "pnu_" + chars(rng, ALNUM, 36)


@_reg("render", "RENDER_API_KEY")
def _rnd(rng: random.Random) -> str:
    return "rnd_" + chars(rng, ALNUM, 32)


@_reg("neon", "NEON_API_KEY")
def _napi(rng: random.Random) -> str:
    return "napi_" + chars(rng, LOWALNUM, 64)


@_reg("airtable", "AIRTABLE_TOKEN")
def _pat(rng: random.Random) -> str:
    return "pat" + chars(rng, ALNUM, 14) + "." + chars(rng, HEX, 64)


@_reg("resend", "RESEND_API_KEY")
def _re(rng: random.Random) -> str:
    return "re_" + chars(rng, ALNUM, 8) + "_" + chars(rng, ALNUM, 24)


@_reg("shippo", "SHIPPO_API_TOKEN")
def _shippo(rng: random.Random) -> str:
    return "shippo_live_" + chars(rng, HEX, 40)


@_reg("plaid", "PLAID_ACCESS_TOKEN")
def _plaid(rng: random.Random) -> str:
    return pick(rng, ["access-production-", "access-development-"]) + uuid4(rng)


@_reg("dropbox", "DROPBOX_ACCESS_TOKEN")
def _dbx(rng: random.Random) -> str:
    return "sl." + chars(rng, B64URL, 136)


@_reg("easypost", "EASYPOST_API_KEY")
def _ezak(rng: random.Random) -> str:
    return "EZAK" + chars(rng, ALNUM, 54)


@_reg("flutterwave", "FLW_SECRET_KEY")
def _flw(rng: random.Random) -> str:
    return "FLWSECK-" + chars(rng, HEX, 32) + "-X"


@_reg("adafruit", "ADAFRUIT_IO_KEY")
def _aio(rng: random.Random) -> str:
    return "aio_" + chars(rng, ALNUM, 28)


@_reg("mapbox", "MAPBOX_SECRET_TOKEN")
def _mapbox(rng: random.Random) -> str:
    payload = b64url_nopad(('{"u":"' + chars(rng, LOWER, 8) + '","a":"' + chars(rng, LOWALNUM, 12) + '"}').encode())
    return "sk." + payload + "." + chars(rng, B64URL, 22)


@_reg("infracost", "INFRACOST_API_KEY")
def _ico(rng: random.Random) -> str:
    return "ico-" + chars(rng, ALNUM, 32)


@_reg("bitbucket", "BITBUCKET_APP_PASSWORD")
def _atbb(rng: random.Random) -> str:
    return "ATBB" + chars(rng, ALNUM, 32)


@_reg("yandex", "YC_IAM_TOKEN")
def _yc(rng: random.Random) -> str:
    return "t1.9euelZ" + chars(rng, B64URL, 80)


@_reg("harness", "HARNESS_API_KEY")
def _harness(rng: random.Random) -> str:
    return "pat." + chars(rng, B64URL, 22) + "." + chars(rng, HEX, 24) + "." + chars(rng, ALNUM, 20)


@_reg("scalingo", "SCALINGO_API_TOKEN")
def _scal(rng: random.Random) -> str:
    return "tk-us-" + chars(rng, B64URL, 48)


@_reg("readme", "README_API_KEY")
def _rdme(rng: random.Random) -> str:
    return "rdme_" + chars(rng, HEX, 70)


# Vendors whose tokens are plain hex/alnum/uuid: they appear only with a name beside them.
UNPREFIXED: dict[str, tuple[str, object]] = {
    "datadog": ("DD_API_KEY", lambda r: chars(r, HEX, 32)),
    "datadog_app": ("DD_APP_KEY", lambda r: chars(r, HEX, 40)),
    "twilio": ("TWILIO_AUTH_TOKEN", lambda r: chars(r, HEX, 32)),
    "mistral": ("MISTRAL_API_KEY", lambda r: chars(r, ALNUM, 32)),
    "cohere": ("COHERE_API_KEY", lambda r: chars(r, ALNUM, 40)),
    "wandb": ("WANDB_API_KEY", lambda r: chars(r, HEX, 40)),
    "heroku": ("HEROKU_API_KEY", uuid4),
    "snyk": ("SNYK_TOKEN", uuid4),
    "codecov": ("CODECOV_TOKEN", uuid4),
    "cloudflare": ("CLOUDFLARE_API_TOKEN", lambda r: chars(r, B64URL, 40)),
    "vercel": ("VERCEL_TOKEN", lambda r: chars(r, ALNUM, 24)),
    "algolia": ("ALGOLIA_ADMIN_KEY", lambda r: chars(r, HEX, 32)),
    "steam": ("STEAM_WEB_API_KEY", lambda r: chars(r, HEX.upper(), 32)),
    "itchio": ("BUTLER_API_KEY", lambda r: chars(r, ALNUM, 40)),
    "playfab": ("PLAYFAB_SECRET_KEY", lambda r: chars(r, UPPER + DIGITS, 52)),
    "deepseek": ("DEEPSEEK_API_KEY", lambda r: "sk-" + chars(r, HEX, 32)),
    "elevenlabs": ("ELEVENLABS_API_KEY", lambda r: "sk_" + chars(r, HEX, 48)),
    "together": ("TOGETHER_API_KEY", lambda r: chars(r, HEX, 64)),
    "confluent": ("CONFLUENT_CLOUD_API_SECRET", lambda r: chars(r, B64, 64)),
    "postmark": ("POSTMARK_SERVER_TOKEN", uuid4),
    "launchdarkly": ("LD_SDK_KEY", lambda r: "sdk-" + uuid4(r)),
    "azure_openai": ("AZURE_OPENAI_API_KEY", lambda r: chars(r, HEX, 32)),
    "expo": ("EXPO_TOKEN", lambda r: chars(r, B64URL, 40)),
    "app_center": ("APPCENTER_API_TOKEN", lambda r: chars(r, HEX, 40)),
    "firebase_server": ("FCM_SERVER_KEY", lambda r: "AAAA" + chars(r, B64URL, 7) + ":APA91b" + chars(r, B64URL, 134)),
}


def any_prefixed(rng: random.Random) -> tuple[str, str, str]:
    """(vendor, var, token) from the prefixed table."""
    name = pick(rng, sorted(PREFIXED))
    var, fn = PREFIXED[name]
    return name, var, fn(rng)  # type: ignore[operator]


def any_named(rng: random.Random) -> tuple[str, str, str]:
    """(vendor, var, token) from either table: the caller must put the name beside it."""
    table = PREFIXED if rng.random() < 0.6 else UNPREFIXED
    name = pick(rng, sorted(table))
    var, fn = table[name]
    return name, var, fn(rng)  # type: ignore[operator]


def jwt(rng: random.Random) -> str:
    head = b64url_nopad(b'{"alg":"HS256","typ":"JWT"}' if rng.random() < 0.5 else b'{"alg":"RS256","kid":"'
                        + chars(rng, HEX, 8).encode() + b'"}')
    body = b64url_nopad(('{"sub":"' + uuid4(rng) + '","iat":' + str(rng.randint(1750000000, 1790000000))
                         + ',"scope":"' + pick(rng, ["admin", "deploy", "read write", "svc"]) + '"}').encode())
    return f"{head}.{body}.{chars(rng, B64URL, rng.choice([43, 86, 342]))}"


def sha(rng: random.Random, n: int = 40) -> str:
    return chars(rng, HEX, n)


def semver(rng: random.Random) -> str:
    return f"{rng.randint(0, 9)}.{rng.randint(0, 30)}.{rng.randint(0, 40)}"
