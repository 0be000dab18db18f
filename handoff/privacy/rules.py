"""The privacy rule table: every pattern the filter rejects, as reviewable data.

Each rule has an id, a category (credential or prompt), a regular expression, an
optional validator for what the expression alone cannot judge (entropy, placeholders),
cheap literal `anchors` that must occur in the text before the expression is compiled or
run (this keeps start-up and scanning fast), and examples: `examples` must match,
`near_misses` must not. `tests/test_privacy_rules.py` runs both for every rule.

Order matters: format rules come first and the generic entropy rule last, so a known
token is reported whole by its own rule and never half-reported by the generic one.
Examples are synthetic: random characters in the right format, never a real credential.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property

PLACEHOLDER = re.compile(
    r"^(?:x+|X+|\*+|\.+|-+|_+|0+|<[^>]*>|\$\{?[A-Za-z_][A-Za-z0-9_]*\}?|\{\{[^}]*\}\}|%[A-Za-z_]+%|"
    r"changeme|change_me|redacted|\[redacted\]|secret|password|passwd|token|example|your[-_a-z]*|"
    r"dummy|test|fake|placeholder|none|null|undefined|true|false|\.\.\.)$",
    re.IGNORECASE,
)


def entropy(value: str) -> float:
    """Shannon entropy in bits per character."""
    if not value:
        return 0.0
    counts: dict[str, int] = {}
    for ch in value:
        counts[ch] = counts.get(ch, 0) + 1
    n = len(value)
    return -sum(c / n * math.log2(c / n) for c in counts.values())


def looks_random(value: str) -> bool:
    """A value that reads like a generated secret rather than a word, path or placeholder."""
    value = value.strip("'\"`")
    if len(value) < 8 or PLACEHOLDER.match(value):
        return False
    if "..." in value or value.startswith(("$", "<", "{{", "%")):
        return False
    if re.fullmatch(r"[a-z]+(?:[-_][a-z]+)*", value):  # plain words: my-password-here
        return False
    if re.fullmatch(r"[0-9a-f]{7,40}", value) or re.fullmatch(r"[0-9]+", value):
        return False  # git shas and plain numbers
    classes = sum(bool(re.search(p, value)) for p in (r"[a-z]", r"[A-Z]", r"[0-9]", r"[^A-Za-z0-9]"))
    return entropy(value) >= 3.0 and classes >= 2


def _secret_value_group(match: re.Match[str]) -> bool:
    return looks_random(match.group("value"))


@dataclass(frozen=True)
class Rule:
    """One thing the filter rejects."""

    id: str
    category: str  # "credential" or "prompt"
    description: str
    pattern: str
    anchors: tuple[str, ...] = ()
    validator: Callable[[re.Match[str]], bool] | None = None
    flags: int = 0
    examples: tuple[str, ...] = field(default=(), repr=False)
    near_misses: tuple[str, ...] = field(default=(), repr=False)

    @cached_property
    def regex(self) -> re.Pattern[str]:
        return re.compile(self.pattern, self.flags)

    def applies(self, text: str, lowered: str) -> bool:
        return not self.anchors or any(a in lowered for a in self.anchors)


_B = r"(?<![A-Za-z0-9_])"  # token boundary before
_E = r"(?![A-Za-z0-9_])"  # token boundary after

RULES: tuple[Rule, ...] = (
    # -- cloud providers ------------------------------------------------------------------
    Rule("aws-access-key-id", "credential", "AWS access key id",
         _B + r"(?:AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AROA|AIPA|ANPA|ANVA|APKA)[A-Z2-7]{16}" + _E,
         anchors=("akia", "asia", "abia", "acca", "agpa", "aida", "aroa", "aipa", "anpa", "anva", "apka"),
         examples=("AKIAQ3EGRXK7N2WZ5LMB", "export AWS_ACCESS_KEY_ID=ASIAY7TB2K4MQ6ZP3XNA"),
         near_misses=("AKIAEXAMPLE", "akiaq3egrxk7n2wz5lmb is lowercase")),
    Rule("aws-secret-access-key", "credential", "AWS secret access key in context",
         r"(?i)aws.{0,20}(?:secret|session).{0,20}?[=:\s\"']+(?P<value>[A-Za-z0-9/+=]{40,})",
         anchors=("aws",), validator=_secret_value_group,
         examples=("aws_secret_access_key = Zk3r9Qx7Lm2Pv8Tn4Wc6Yb1Hd5Jf0Gs2Ae7Ru9Io",),
         near_misses=("aws_secret_access_key = <your-secret-key>",)),
    Rule("gcp-api-key", "credential", "Google / GCP API key",
         _B + r"AIza[0-9A-Za-z_-]{35}" + _E, anchors=("aiza",),
         examples=("key=AIzaSyD3kP9xQ2mL7vN4bR8tW1cF6hJ0gY5eZ_a",),
         near_misses=("AIza is the prefix of Google keys",)),
    Rule("gcp-service-account", "credential", "GCP service-account JSON private key",
         r"\"private_key(?:_id)?\"\s*:\s*\"(?:-----BEGIN|[0-9a-f]{40})", anchors=("private_key",),
         examples=('{"type": "service_account", "private_key_id": "' + "3f" * 20 + '"}',),
         near_misses=('"private_key_path": "/etc/keys/sa.json"',)),
    Rule("azure-connection-string", "credential", "Azure storage / service bus key",
         r"(?i)(?:AccountKey|SharedAccessKey)=[A-Za-z0-9+/=]{20,}", anchors=("accountkey", "sharedaccesskey"),
         examples=("DefaultEndpointsProtocol=https;AccountName=x;AccountKey=" + "Qk9z" * 11 + "==",),
         near_misses=("AccountKey=<key>",)),
    Rule("azure-sas-token", "credential", "Azure SAS signature",
         r"(?i)[?&]sig=[A-Za-z0-9%+/=]{30,}", anchors=("sig=",),
         examples=("https://acct.blob.core.windows.net/c?sv=2022-11-02&sig=Xk3%2Bq9Lm2Pv8Tn4Wc6Yb1Hd5Jf0Gs2Ae7Ru%3D",),
         near_misses=("the sig= parameter signs a SAS url",)),
    # -- source forges --------------------------------------------------------------------
    Rule("github-token", "credential", "GitHub classic, OAuth, user, server and refresh tokens",
         _B + r"gh[pousr]_[A-Za-z0-9]{36,255}" + _E, anchors=("ghp_", "gho_", "ghu_", "ghs_", "ghr_"),
         examples=("ghp_Q3kX9mL2pV8tN4wC6yB1hD5jF0gS2aE7rU9i", "GH_TOKEN=gho_Zk3r9Qx7Lm2Pv8Tn4Wc6Yb1Hd5Jf0Gs2Ae7R"),
         near_misses=("ghp_xxxxxxxx", "ghp_...")),
    Rule("github-fine-grained-pat", "credential", "GitHub fine-grained personal access token",
         _B + r"github_pat_[A-Za-z0-9_]{60,255}" + _E, anchors=("github_pat_",),
         examples=("github_pat_11ABCDEFG0" + "Zk3r9Qx7Lm2Pv8Tn4Wc6" * 4,),
         near_misses=("github_pat_<token>",)),
    Rule("gitlab-token", "credential", "GitLab personal, deploy, runner and other tokens",
         _B + r"(?:glpat|gldt|glrt|glcbt|glptt|glft|glimt|glagent|glsoat|gloas)-[A-Za-z0-9_-]{20,}" + _E,
         anchors=("glpat-", "gldt-", "glrt-", "glcbt-", "glptt-", "glft-", "glimt-", "glagent-", "glsoat-", "gloas-"),
         examples=("glpat-Zk3r9Qx7Lm2Pv8Tn4Wc6",), near_misses=("glpat-xxxx",)),
    Rule("bitbucket-token", "credential", "Bitbucket / Atlassian API token",
         _B + r"(?:ATBB|ATATT|ATCTT)[A-Za-z0-9_=+/-]{24,}" + _E, anchors=("atbb", "atatt", "atctt"),
         examples=("ATBBZk3r9Qx7Lm2Pv8Tn4Wc6Yb1Hd5Jf0", "ATATT3xFfGF0Zk3r9Qx7Lm2Pv8Tn4Wc6Yb1"),
         near_misses=("ATATT",)),
    # -- package registries -----------------------------------------------------------------
    Rule("npm-token", "credential", "npm access token", _B + r"npm_[A-Za-z0-9]{36}" + _E, anchors=("npm_",),
         examples=("npm_Zk3r9Qx7Lm2Pv8Tn4Wc6Yb1Hd5Jf0Gs2Ae7R",), near_misses=("npm_config_cache",)),
    Rule("npmrc-auth", "credential", ".npmrc auth token or password",
         r"(?i)(?:_authToken|_auth|_password)\s*=\s*(?P<value>[^\s$<{]{8,})", anchors=("_auth", "_password"),
         validator=_secret_value_group,
         examples=("//registry.npmjs.org/:_authToken=Zk3r9Qx7-Lm2Pv8Tn4-Wc6Yb1Hd5",),
         near_misses=("//registry.npmjs.org/:_authToken=${NPM_TOKEN}",)),
    Rule("pypi-token", "credential", "PyPI upload token", _B + r"pypi-AgE[A-Za-z0-9_-]{50,}",
         anchors=("pypi-age",), examples=("pypi-AgEIcHlwaS5vcmc" + "Zk3r9Qx7Lm2Pv8Tn4Wc6Yb1" * 3,),
         near_misses=("pypi-token",)),
    Rule("rubygems-token", "credential", "RubyGems API key", _B + r"rubygems_[0-9a-f]{48}" + _E,
         anchors=("rubygems_",), examples=("rubygems_" + "3fa9c2" * 8,), near_misses=("rubygems_org",)),
    Rule("docker-hub-token", "credential", "Docker Hub personal access token",
         _B + r"dckr_(?:pat|oat)_[A-Za-z0-9_-]{24,}", anchors=("dckr_",),
         examples=("dckr_pat_Zk3r9Qx7Lm2Pv8Tn4Wc6Yb1Hd5",), near_misses=("dckr_pat_",)),
    Rule("docker-config-auth", "credential", "Docker config.json auth entry",
         r"\"auth\"\s*:\s*\"(?P<value>[A-Za-z0-9+/=]{12,})\"", anchors=('"auth"',), validator=_secret_value_group,
         examples=('{"auths": {"ghcr.io": {"auth": "ZGV2MTpaazNyOVF4N0xtMlB2OA=="}}}',),
         near_misses=('"auth": ""',)),
    # -- AI providers ---------------------------------------------------------------------------
    Rule("anthropic-key", "credential", "Anthropic API / admin key",
         _B + r"sk-ant-(?:api|admin|sid|oat)\d{2}-[A-Za-z0-9_-]{32,}", anchors=("sk-ant-",),
         examples=("sk-ant-api03-" + "Zk3r9Qx7Lm2Pv8Tn4Wc6Yb1Hd5Jf0Gs2" * 3,), near_misses=("sk-ant-...",)),
    Rule("openrouter-key", "credential", "OpenRouter key", _B + r"sk-or-v1-[0-9a-f]{64}" + _E,
         anchors=("sk-or-",), examples=("sk-or-v1-" + "3fa9c2e1" * 8,), near_misses=("sk-or-v1-...",)),
    Rule("openai-key", "credential", "OpenAI project, service-account, admin and legacy keys",
         _B + r"sk-(?:proj-|svcacct-|admin-|None-)?[A-Za-z0-9_-]{20,}" + _E, anchors=("sk-",),
         validator=lambda m: looks_random(m.group(0)[3:]),
         examples=("sk-proj-Zk3r9Qx7Lm2Pv8Tn4Wc6Yb1Hd5Jf0Gs2Ae7Ru9IoKp", "sk-Zk3r9Qx7Lm2Pv8Tn4Wc6Yb1Hd5Jf0Gs2Ae7Ru9Io"),
         near_misses=("sk-...", "sk-learn-is-a-python-package", "risk-assessment-framework-document")),
    Rule("huggingface-token", "credential", "Hugging Face token", _B + r"hf_[A-Za-z]{34}" + _E,
         anchors=("hf_",), examples=("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",), near_misses=("hf_hub_download",)),
    Rule("groq-key", "credential", "Groq API key", _B + r"gsk_[A-Za-z0-9]{48,}" + _E, anchors=("gsk_",),
         examples=("gsk_" + "Zk3r9Qx7Lm2Pv8Tn4Wc6Yb1H" * 2,), near_misses=("gsk_...",)),
    Rule("xai-key", "credential", "xAI API key", _B + r"xai-[A-Za-z0-9]{60,}" + _E, anchors=("xai-",),
         examples=("xai-" + "Zk3r9Qx7Lm2Pv8Tn4Wc6Yb1Hd5Jf0" * 2 + "Ab",), near_misses=("xai-grok-2",)),
    Rule("perplexity-key", "credential", "Perplexity API key", _B + r"pplx-[A-Za-z0-9]{40,}" + _E,
         anchors=("pplx-",), examples=("pplx-" + "Zk3r9Qx7Lm2Pv8Tn4Wc6Yb1Hd5Jf0Gs2Ae7Ru9Io",), near_misses=("pplx-api",)),
    Rule("replicate-token", "credential", "Replicate API token", _B + r"r8_[A-Za-z0-9]{37}" + _E,
         anchors=("r8_",), examples=("r8_Zk3r9Qx7Lm2Pv8Tn4Wc6Yb1Hd5Jf0Gs2Ae7Ru",), near_misses=("r8_",)),
    Rule("langsmith-key", "credential", "LangSmith API key", _B + r"lsv2_(?:pt|sk)_[0-9a-f]{32}_[0-9a-f]{10}" + _E,
         anchors=("lsv2_",), examples=("lsv2_pt_" + "3fa9c2e1" * 4 + "_3fa9c2e1d0",), near_misses=("lsv2_pt_",)),
    # -- chat and mail --------------------------------------------------------------------------
    Rule("slack-token", "credential", "Slack bot, user, app and config tokens",
         _B + r"xox[abposre]-[0-9A-Za-z-]{10,}", anchors=("xox",),
         examples=("xoxb-2814350231-4817203947182-Zk3r9Qx7Lm2Pv8Tn4Wc6Yb1H",), near_misses=("xoxb-",)),
    Rule("slack-webhook", "credential", "Slack incoming webhook",
         r"hooks\.slack\.com/(?:services|workflows|triggers)/[A-Za-z0-9_/-]{20,}", anchors=("hooks.slack.com",),
         examples=("https://hooks.slack.com/services/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",),
         near_misses=("https://api.slack.com/messaging/webhooks",)),
    Rule("discord-webhook", "credential", "Discord webhook",
         r"discord(?:app)?\.com/api/webhooks/\d+/[A-Za-z0-9_-]{30,}", anchors=("discord",),
         examples=("https://discord.com/api/webhooks/1234567890/Zk3r9Qx7Lm2Pv8Tn4Wc6Yb1Hd5Jf0Gs2",),
         near_misses=("https://discord.com/developers/docs",)),
    Rule("discord-bot-token", "credential", "Discord bot token",
         _B + r"[MNO][A-Za-z0-9_-]{23,25}\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{27,38}" + _E,
         examples=("MTk4NjIyNDgzNDcxOTI1MjQ4.Cl2FMQ.ZnCjm1XVW7vRze4b7Cq4se7kKWs",),
         near_misses=("Module.version.number",)),
    Rule("telegram-bot-token", "credential", "Telegram bot token", _B + r"\d{8,10}:AA[A-Za-z0-9_-]{33}" + _E,
         anchors=(":aa",), examples=("5123456789:AAHZk3r9Qx7Lm2Pv8Tn4Wc6Yb1Hd5Jf0Gs2",),
         near_misses=("12:30:AA meeting",)),
    Rule("twilio-key", "credential", "Twilio API key / account SID with auth",
         _B + r"SK[0-9a-f]{32}" + _E, anchors=("sk",), examples=("SK" + "3fa9c2e1" * 4,),
         near_misses=("SKU-12345",)),
    Rule("sendgrid-key", "credential", "SendGrid API key", _B + r"SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}" + _E,
         anchors=("sg.",), examples=("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",),
         near_misses=("SG.example",)),
    Rule("mailgun-key", "credential", "Mailgun API key", _B + r"key-[0-9a-f]{32}" + _E, anchors=("key-",),
         examples=("key-" + "3fa9c2e1" * 4,), near_misses=("key-value store",)),
    # -- payments -------------------------------------------------------------------------------
    Rule("stripe-key", "credential", "Stripe secret / restricted / webhook key",
         _B + r"(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{20,}" + _E + r"|" + _B + r"whsec_[A-Za-z0-9]{24,}" + _E,
         anchors=("sk_live_", "sk_test_", "rk_live_", "rk_test_", "whsec_"),
         examples=("sk_live_Zk3r9Qx7Lm2Pv8Tn4Wc6Yb1H", "whsec_Zk3r9Qx7Lm2Pv8Tn4Wc6Yb1Hd5"),
         near_misses=("pk_live_Zk3r9Qx7Lm2Pv8Tn4Wc6Yb1H is publishable", "sk_live_")),
    Rule("square-token", "credential", "Square access token / secret",
         _B + r"(?:EAAA|sq0atp-|sq0csp-)[A-Za-z0-9_-]{22,}", anchors=("eaaa", "sq0atp-", "sq0csp-"),
         examples=("sq0atp-Zk3r9Qx7Lm2Pv8Tn4Wc6Yb", "EAAAEZk3r9Qx7Lm2Pv8Tn4Wc6Yb1Hd5Jf0Gs2Ae7Ru9Io"),
         near_misses=("sq0atp-",)),
    Rule("shopify-token", "credential", "Shopify access tokens", _B + r"shp(?:at|ss|ca|pa)_[0-9a-fA-F]{32}" + _E,
         anchors=("shpat_", "shpss_", "shpca_", "shppa_"), examples=("shpat_" + "3fa9c2e1" * 4,),
         near_misses=("shpat_",)),
    # -- infrastructure SaaS ----------------------------------------------------------------------
    Rule("vault-token", "credential", "HashiCorp Vault token", _B + r"hv[sbr]\.[A-Za-z0-9_-]{24,}",
         anchors=("hvs.", "hvb.", "hvr."), examples=("hvs.CAESIZk3r9Qx7Lm2Pv8Tn4Wc6Yb1Hd5Jf0",), near_misses=("hvs.",)),
    Rule("doppler-token", "credential", "Doppler token", _B + r"dp\.(?:pt|st|sa|ct|scim|audit)\.[A-Za-z0-9]{40,}",
         anchors=("dp.",), examples=("dp.pt.Zk3r9Qx7Lm2Pv8Tn4Wc6Yb1Hd5Jf0Gs2Ae7Ru9IoKpM",), near_misses=("dp.pt.",)),
    Rule("databricks-token", "credential", "Databricks token", _B + r"dapi[0-9a-f]{32}(?:-\d)?" + _E,
         anchors=("dapi",), examples=("dapi" + "3fa9c2e1" * 4,), near_misses=("dapi-docs",)),
    Rule("digitalocean-token", "credential", "DigitalOcean token", _B + r"do[opr]_v1_[0-9a-f]{64}" + _E,
         anchors=("doo_v1_", "dop_v1_", "dor_v1_"), examples=("dop_v1_" + "3fa9c2e1" * 8,), near_misses=("dop_v1_",)),
    Rule("heroku-key", "credential", "Heroku API key in context",
         r"(?i)heroku.{0,20}(?:key|token|secret).{0,5}?[=:\s\"']+(?P<value>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|HRKU-[A-Za-z0-9_-]{20,})",
         anchors=("heroku",), examples=("HEROKU_API_KEY=3fa9c2e1-d0b4-4c5e-9a7f-1b2c3d4e5f60",),
         near_misses=("heroku apps:info",)),
    Rule("linear-key", "credential", "Linear API key", _B + r"lin_(?:api|oauth)_[A-Za-z0-9]{40}" + _E,
         anchors=("lin_api_", "lin_oauth_"), examples=("lin_api_" + "Zk3r9Qx7Lm2Pv8Tn4Wc6Yb1Hd5Jf0Gs2Ae7Ru9Io",),
         near_misses=("lin_api_",)),
    Rule("notion-token", "credential", "Notion integration token", _B + r"(?:secret_[A-Za-z0-9]{43}|ntn_[A-Za-z0-9]{40,})" + _E,
         anchors=("secret_", "ntn_"), examples=("ntn_" + "Zk3r9Qx7Lm2Pv8Tn4Wc6Yb1Hd5Jf0Gs2Ae7Ru9Io6",),
         near_misses=("secret_santa",)),
    Rule("sentry-token", "credential", "Sentry auth token or DSN key",
         _B + r"sntr[a-z]{1,2}_[A-Za-z0-9+/=_]{40,}|https://[0-9a-f]{32}@[a-z0-9.-]*sentry\.io", anchors=("sntr", "sentry.io"),
         examples=("sntrys_Zk3r9Qx7Lm2Pv8Tn4Wc6Yb1Hd5Jf0Gs2Ae7Ru9IoKpMn",
                   "https://" + "3fa9c2e1" * 4 + "@o1.ingest.sentry.io/42"),
         near_misses=("https://sentry.io/organizations/acme/issues/",)),
    Rule("grafana-token", "credential", "Grafana cloud / service-account token",
         _B + r"(?:glc_[A-Za-z0-9+/=]{32,}|glsa_[A-Za-z0-9]{32}_[0-9a-f]{8})", anchors=("glc_", "glsa_"),
         examples=("glsa_Zk3r9Qx7Lm2Pv8Tn4Wc6Yb1Hd5Jf0Gs2_3fa9c2e1",), near_misses=("glc_",)),
    Rule("terraform-token", "credential", "Terraform Cloud token", r"[A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9_=-]{60,}",
         anchors=(".atlasv1.",), examples=("Zk3r9Qx7Lm2Pv8.atlasv1." + "Zk3r9Qx7Lm2Pv8Tn4Wc6" * 4,),
         near_misses=("atlasv1 is the token format",)),
    Rule("datadog-key", "credential", "Datadog API / app key in context",
         r"(?i)(?:dd|datadog)[_-]?(?:api|app(?:lication)?)[_-]?key.{0,5}?[=:\s\"']+(?P<value>[0-9a-f]{32,40})" + _E,
         anchors=("dd_", "dd-", "datadog"), examples=("DD_API_KEY=" + "3fa9c2e1" * 4,),
         near_misses=("DD_API_KEY is unset",)),
    Rule("cloudflare-token", "credential", "Cloudflare API token in context",
         r"(?i)(?:cloudflare|cf)[_-]?api[_-]?(?:token|key).{0,5}?[=:\s\"']+(?P<value>[A-Za-z0-9_-]{37,40})" + _E,
         anchors=("cloudflare", "cf_", "cf-"), validator=_secret_value_group,
         examples=("CLOUDFLARE_API_TOKEN=Zk3r9Qx7Lm2Pv8Tn4Wc6Yb1Hd5Jf0Gs2Ae7Ru9Io",),
         near_misses=("CLOUDFLARE_API_TOKEN=${{ secrets.CF }}",)),
    # -- generic structures ---------------------------------------------------------------------
    Rule("private-key-block", "credential", "PEM, OpenSSH or PGP private key",
         r"-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----", anchors=("private key",),
         examples=("-----BEGIN OPENSSH PRIVATE KEY-----", "-----BEGIN PGP PRIVATE KEY BLOCK-----"),
         near_misses=("-----BEGIN CERTIFICATE-----", "-----BEGIN PUBLIC KEY-----")),
    Rule("jwt", "credential", "JSON Web Token",
         _B + r"eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{16,}", anchors=("eyj",),
         examples=("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.Zk3r9Qx7Lm2Pv8Tn4Wc6Yb1Hd5Jf0Gs2",),
         near_misses=("eyJhbGciOiJIUzI1NiJ9 is a header only",)),
    Rule("authorization-header", "credential", "Authorization / token header with a credential",
         r"(?i)(?:authorization|proxy-authorization|x-api-key|api-key|x-auth-token)\s*[:=]\s*(?:bearer|basic|token|bot)?\s*(?P<value>[A-Za-z0-9._~+/=-]{12,})",
         anchors=("authorization", "api-key", "x-auth-token"), validator=_secret_value_group,
         examples=("curl -H 'Authorization: Bearer Zk3r9Qx7Lm2Pv8Tn4Wc6Yb1Hd5' https://api.x.io",),
         near_misses=("curl -H \"Authorization: Bearer $TOKEN\" https://api.x.io", "Authorization: Bearer <token>")),
    Rule("bearer-token", "credential", "A bearer or basic credential outside a header",
         r"(?i)\b(?:bearer|basic)\s+(?P<value>[A-Za-z0-9._~+/-]{20,}={0,2})", anchors=("bearer", "basic"),
         validator=_secret_value_group, examples=("use Bearer Zk3r9Qx7Lm2Pv8Tn4Wc6Yb1Hd5Jf0 for the call",),
         near_misses=("basic authentication is disabled", "Bearer ${API_TOKEN}")),
    Rule("curl-user", "credential", "curl -u user:password",
         r"(?:-u|--user)\s+['\"]?[^\s:'\"]+:(?P<value>[^\s'\"@]{4,})", anchors=("-u ", "--user"),
         validator=lambda m: not PLACEHOLDER.match(m.group("value")) and not m.group("value").startswith("$"),
         examples=("curl -u admin:Zk3r9Qx7Lm https://ci.local/api",),
         near_misses=("curl -u admin: https://x", "curl -u $USER:$PASS https://x")),
    Rule("cookie-session", "credential", "Cookie carrying a session id or token",
         r"(?i)(?:set-)?cookie:\s*[^\n]{0,200}?(?:session|sess|sid|token|auth)[A-Za-z0-9_.-]*=(?P<value>[^;\s]{12,})",
         anchors=("cookie",), validator=_secret_value_group,
         examples=("Cookie: theme=dark; sessionid=Zk3r9Qx7Lm2Pv8Tn4Wc6Yb1H",),
         near_misses=("Cookie: theme=dark; lang=en",)),
    Rule("url-with-password", "credential", "Connection string or URL carrying a password",
         r"(?i)\b[a-z][a-z0-9+.-]{1,20}://[^\s:/@'\"]{1,64}:(?P<value>[^\s@/'\"]{3,128})@[^\s'\"]+",
         anchors=("://",),
         validator=lambda m: not PLACEHOLDER.match(m.group("value")) and not m.group("value").startswith("$"),
         examples=("postgres://app:Zk3r9Qx7@db.internal:5432/app", "https://dev1:hunter2x@git.example.com/r.git",
                   "mongodb+srv://u:Pq8sLk2x@cluster0.abcde.mongodb.net"),
         near_misses=("postgres://app@db.internal/app", "redis://:${REDIS_PASSWORD}@cache:6379",
                      "https://github.com/acme/widget/pull/131")),
    Rule("netrc", "credential", ".netrc entry with a password",
         r"(?i)\bmachine\s+\S+\s+login\s+\S+\s+password\s+(?P<value>\S{4,})", anchors=("machine",),
         validator=lambda m: not PLACEHOLDER.match(m.group("value")) and not m.group("value").isalpha(),
         examples=("machine api.github.com login dev1 password Zk3r9Qx7Lm",),
         near_misses=("machine learning login page password reset",)),
    Rule("kubernetes-secret", "credential", "kubeconfig credentials or a Kubernetes Secret's data",
         r"(?i)(?:client-key-data|client-certificate-data|token)\s*:\s*(?P<value>[A-Za-z0-9+/=._-]{20,})|kind:\s*Secret[\s\S]{0,400}?\n\s*data:\s*\n\s+[A-Za-z0-9_.-]+:\s*[A-Za-z0-9+/=]{8,}",
         anchors=("client-key-data", "client-certificate-data", "token:", "kind: secret"),
         validator=lambda m: m.group("value") is None or looks_random(m.group("value")),
         examples=("users:\n- name: dev\n  user:\n    client-key-data: LS0tLS1CRUdJTiBSU0EgUFJJVkFURSBLRVktLS0tLQo=",
                   "apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\ndata:\n  password: WmszcjlReDdMbTI="),
         near_misses=("kind: ConfigMap\ndata:\n  mode: fast",)),
    # -- generic: a random-looking value assigned to a secret-looking name (last) ---------------
    Rule("secret-assignment", "credential", "High-entropy value assigned to a secret-looking name",
         r"(?i)(?P<name>[A-Za-z0-9_.-]{0,40}(?:api[_-]?key|apikey|secret|token|passw(?:or)?d|pwd|passphrase|"
         r"credential|private[_-]?key|access[_-]?key|auth[_-]?key|client[_-]?secret)[A-Za-z0-9_.-]{0,20})"
         r"[\"']?\s*(?:=|:=|:|=>|\s)\s*[\"']?(?P<value>[^\s\"',;`]{8,256})",
         anchors=("key", "secret", "token", "passw", "pwd", "passphrase", "credential"),
         validator=_secret_value_group,
         examples=("export OPENAI_API_KEY=Zk3r9Qx7Lm2Pv8Tn4Wc6Yb1Hd5", 'password: "Pq8s!Lk2xV9m"',
                   "SECRET_KEY = 'Zk3r9Qx7Lm2Pv8Tn4Wc6'", "--password Pq8sLk2xV9mZ"),
         near_misses=("export OPENAI_API_KEY=$OPENAI_API_KEY", "password: changeme", "token: <your-token>",
                      "rotated the api token yesterday", "GITHUB_TOKEN is unset", "max_tokens: 4096")),
    # -- prompts and conversation text ---------------------------------------------------------
    Rule("chat-template", "prompt", "Chat-template markup",
         r"<\|(?:im_start|im_end|system|user|assistant|begin_of_text|start_header_id|eot_id)\|>|\[/?INST\]|<</?SYS>>|<start_of_turn>(?:user|model)",
         anchors=("<|", "[inst]", "[/inst]", "<<sys>>", "<start_of_turn>"),
         examples=("<|im_start|>system\nYou are a helpful assistant<|im_end|>", "<s>[INST] write a poem [/INST]"),
         near_misses=("the template uses im_start markers",)),
    Rule("transcript-roles", "prompt", "Role-tagged conversation turns",
         r"(?im)^\s*(?:user|human|assistant|ai|system|claude|chatgpt|model)\s*:\s*\S.{0,2000}?\n(?:.*\n){0,40}?\s*(?:assistant|ai|user|human|claude|chatgpt|model)\s*:\s*\S",
         anchors=("user:", "human:", "assistant:", "ai:", "system:", "claude:", "model:"),
         examples=("User: how do I fix this?\nAssistant: Try restarting the server.",
                   "Human: write a test\n\nAI: Sure, here it is"),
         near_misses=("User: alice logged in at 10:02", "the assistant: module handles retries")),
    Rule("instruction-format", "prompt", "Instruction / response prompt format",
         r"(?im)^#{2,3}\s*(?:instruction|input|response|system|human|assistant)\s*:?\s*$",
         anchors=("###", "##"),
         examples=("### Instruction:\nSummarize the file\n### Response:\nThe file...",),
         near_misses=("## Instructions for contributors",)),
    Rule("message-array", "prompt", "JSON chat message array",
         r"\"role\"\s*:\s*\"(?:system|user|assistant|tool|developer)\"\s*,\s*\"content\"\s*:|\"content\"\s*:\s*\"[^\"]{0,2000}\"\s*,\s*\"role\"\s*:\s*\"(?:system|user|assistant)\"",
         anchors=('"role"',),
         examples=('[{"role": "user", "content": "hi"}, {"role": "assistant", "content": "hello"}]',),
         near_misses=('{"role": "admin", "name": "dev1"}',)),
    Rule("system-prompt", "prompt", "A system prompt addressed to a model",
         r"(?i)\b(?:you are (?:a|an) (?:helpful|friendly|expert|senior|world-class|ai|large language)[^.\n]{0,80}(?:assistant|model|engineer|programmer|agent)|as an ai (?:language )?model|ignore (?:all )?(?:previous|prior) instructions)",
         anchors=("you are a", "you are an", "as an ai", "ignore all", "ignore previous", "ignore prior"),
         examples=("You are a helpful assistant that answers concisely.",
                   "As an AI language model, I cannot do that."),
         near_misses=("you are a contributor if you have merged a PR",)),
    Rule("model-output", "prompt", "Verbatim model output",
         r"(?i)(?:^|\n)\s*(?:certainly!|sure!|absolutely!|great question|i hope this helps|i'd be happy to help|here's (?:a|an|the) (?:updated|revised|complete|corrected)[^\n]{0,40}:)",
         anchors=("certainly!", "sure!", "absolutely!", "great question", "i hope this helps",
                  "i'd be happy to help", "here's a", "here's an", "here's the"),
         examples=("Certainly! Here is the refactored function:", "Sure! I'd be happy to help with that."),
         near_misses=("sure, retry later", "here's the PR: #131")),
)
