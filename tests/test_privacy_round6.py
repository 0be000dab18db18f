"""Issue 11, session 6: credential classes a sixth corpus showed missing, and look-alikes.

Classes (each built here from random values in the right format, never a real credential, and
never a line of any corpus):

- vendor formats with a literal start: Render (``rnd_``), Honeycomb (``hcaik_``/``hcxik_``/
  ``hcamk_``/``hcxmk_``), HubSpot private apps (``pat-na1-<uuid>``), Asana PATs
  (``1/<digits>/<digits>:<hex>``), Adyen (``AQE`` + base64); AWS key ids whose body has any
  digit (hand-written and generated ones do not keep to base32);
- names that end in ``PAT`` (``AZURE_DEVOPS_PAT``);
- a config command's key and value with no operator (``config set linode_token V``);
- a secret name qualified before its operator (``NAME for staging = V``, ``NAME (prod): V``)
  or set in prose (``set NAME to V``);
- a command that prints a secret, and the one-token line it printed;
- a login noun with a user and password (``X login is admin / V``, ``登录 X 用 root / V``),
  the Indonesian noun ``kata sandi``, and a ``user:password`` pair an arrow points at;
- quoted passwords: ``curl -u user:'V'``, ``openssl ... -k 'V'`` with ``&`` inside;
- a vendor key named in one clause and used in the next (``the X key; I used V``), including
  values of random letters only;

and benign look-alikes that must pass: ``echo <base64 of public text> | base64 -d  # ...``,
config keys that are not secrets, qualified names whose value is a reference, image tags and
ports behind an arrow, CamelCase identifiers and long words after a key noun.
"""

from __future__ import annotations

import base64
import itertools
import random
import string

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from handoff.privacy import scan_text

RND = random.Random(6011)
ALNUM = string.ascii_letters + string.digits
LOWER_ALNUM = string.ascii_lowercase + string.digits
HEX = "0123456789abcdef"
SYMBOLS = "!#$%&*+=?@^"
WORDS = ("walnut", "cobalt", "meadow", "thistle", "harbor", "quartz", "lantern", "pepper",
         "falcon", "tundra", "saffron", "glacier", "velvet", "orchid", "marble", "juniper")
_BANNED = ("your", "xxx", "example", "test", "dummy", "sample", "fake")


def _chars(n: int, pool: str, r: random.Random = RND) -> str:
    while True:
        out = "".join(r.choice(pool) for _ in range(n))
        if any(w in out.lower() for w in _BANNED) or len(set(out)) < min(10, n // 2):
            continue
        if pool == ALNUM and not (any(c.isdigit() for c in out) and any(c.isupper() for c in out)
                                  and any(c.islower() for c in out)):
            continue
        return out


def _uuid(r: random.Random = RND) -> str:
    return "-".join(_chars(n, HEX, r) for n in (8, 4, 4, 4, 12))


def _password(r: random.Random = RND) -> str:
    kind = r.randrange(4)
    if kind == 0:
        return _chars(r.randrange(12, 20), ALNUM + SYMBOLS, r) + r.choice(SYMBOLS) + str(r.randrange(10))
    if kind == 1:
        return r.choice(WORDS).capitalize() + "." + r.choice(WORDS) + str(r.randrange(1000, 9999)) + r.choice(SYMBOLS)
    if kind == 2:
        return "-".join(_chars(5, LOWER_ALNUM, r) for _ in range(4)) + str(r.randrange(10))
    return _chars(6, ALNUM, r) + r.choice(SYMBOLS) + _chars(6, ALNUM, r)


def _random_letters(n: int, mixed: bool, r: random.Random = RND) -> str:
    pool = string.ascii_letters if mixed else string.ascii_lowercase
    while True:
        out = "".join(r.choice(pool) for _ in range(n))
        flips = sum(1 for a, b in itertools.pairwise(out) if a.islower() != b.islower())
        if not any(w in out.lower() for w in _BANNED) and (not mixed or flips * 3 >= n):
            return out


def flagged(text: str) -> bool:
    return bool(scan_text(text))


# -- vendor formats ------------------------------------------------------------------------------

def _vendor_tokens(r: random.Random = RND) -> list[str]:
    aws_body = _chars(16, string.ascii_uppercase + string.digits, r)
    while not any(c in "0189" for c in aws_body):  # a digit outside base32
        aws_body = _chars(16, string.ascii_uppercase + string.digits, r)
    return [
        "rnd_" + _chars(32, ALNUM, r),
        r.choice(("hcaik_", "hcxik_", "hcamk_", "hcxmk_")) + _chars(58, LOWER_ALNUM, r),
        f"pat-{r.choice(('na', 'eu'))}1-" + _uuid(r),
        f"{r.randrange(1, 3)}/{r.randrange(10**15, 10**16)}/{r.randrange(10**15, 10**16)}:" + _chars(32, HEX, r),
        "AQE" + _chars(3, ALNUM, r) + _chars(120, ALNUM + "+/", r) + "==",
        r.choice(("AKIA", "ASIA")) + aws_body,
    ]


_CONTEXTS = (
    "{v}",
    "export SERVICE_KEY={v}",
    "pushed with {v}, remove it from the shell history later",
    "the leaked one was {v} \u2014 revoked? not yet",
    "curl -H 'Authorization: Bearer {v}' https://api.acme.dev/v1/me",
    "deploy keys for the bot: {v} / {w}",
)


@pytest.mark.parametrize("context", _CONTEXTS)
def test_new_vendor_formats_are_rejected_in_any_context(context: str) -> None:
    for _ in range(3):
        for token in _vendor_tokens():
            text = context.format(v=token, w=_chars(40, ALNUM + "+/"))
            assert flagged(text), text


@pytest.mark.parametrize("text", [
    "rnd_seed_for_the_shuffle_is_fixed_in_conftest",
    "honeycomb dataset hcaik_ingest_rate_dashboard was renamed",
    "pat-na1-<your-private-app-token> goes in HUBSPOT_TOKEN",
    "the pool ratio is 1/1000000000000000/2000000000000000 of the total",
    "blob=AQEAAQEAAQEAAQEAAQEAAQEA (the same bytes repeated)",
    "AKIAIOSFODNN7EXAMPLE is the documented example key",
    "ASIAN_MARKETS_CLOSE_EARLY is an env flag",
])
def test_vendor_look_alikes_pass(text: str) -> None:
    assert not flagged(text), scan_text(text)


# -- names ending in PAT ---------------------------------------------------------------------------

@pytest.mark.parametrize("template", [
    "export AZURE_DEVOPS_PAT={v}",
    'AZURE_DEVOPS_PAT: "{v}"',
    '{{"GITLAB_PAT": "{v}"}}',
    "jira.pat = {v}",
])
def test_a_name_ending_in_pat_names_a_token(template: str) -> None:
    for _ in range(4):
        value = _chars(52, string.ascii_lowercase + "234567")
        assert flagged(template.format(v=value)), template.format(v=value)


@pytest.mark.parametrize("text", [
    "PAT: see the wiki page on personal access tokens",
    "ask Pat = the release manager for the tag",
    "AZURE_DEVOPS_PAT=${{ secrets.AZURE_DEVOPS_PAT }}",
    "pat.md is the handover doc",
])
def test_pat_look_alikes_pass(text: str) -> None:
    assert not flagged(text), scan_text(text)


# -- config commands ---------------------------------------------------------------------------

@pytest.mark.parametrize("template", [
    "handoff config set linode_token {v}",
    "config twilio.api_key {v}",
    "config set scw_secret_key {v}",
    "npm config set acme:_authToken {v}",
    "handoff config set asana_pat {v}",
])
def test_a_config_key_names_its_value(template: str) -> None:
    for value in (_chars(64, HEX), _uuid(), _uuid().upper(), _chars(40, ALNUM),
                  _chars(30, HEX)):
        text = template.format(v=value)
        assert flagged(text), text


@pytest.mark.parametrize("text", [
    "git config user.signingkey 3AA5C34371567BD2",
    "handoff config set api_token_ttl 3600",
    "handoff config set cache_key_prefix build-cache",
    "config set db.password ${DB_PASSWORD}",
    "config set oauth.token_url https://auth.acme.dev/oauth/token",
    "handoff config set slack.token_source keychain",
    "git config core.hooksPath .githooks",
])
def test_config_keys_that_are_not_secrets_pass(text: str) -> None:
    assert not flagged(text), scan_text(text)


# -- qualified names -------------------------------------------------------------------------------

@pytest.mark.parametrize("template", [
    "note to self: TWILIO_AUTH_TOKEN for staging = {v}",
    "SPLUNK_HEC_TOKEN in prod: {v}",
    "DB_PASSWORD (staging) = {v}",
    "ALGOLIA_ADMIN_KEY for the eu index -> {v}",
])
def test_a_secret_name_qualified_before_its_operator(template: str) -> None:
    for value in (_chars(32, HEX), _uuid().upper(), _chars(36, ALNUM), _password()):
        text = template.format(v=value)
        assert flagged(text), text


def test_set_a_secret_name_to_a_value_of_random_letters() -> None:
    for _ in range(6):
        value = _random_letters(32, mixed=RND.random() < 0.5)
        text = f"set LOGZIO_TOKEN to {value} in the runner env so the step stops failing"
        assert flagged(text), text


@pytest.mark.parametrize("text", [
    "DB_PASSWORD for staging = ${{ secrets.DB_PASSWORD }}",
    "API_TOKEN for prod is in vault",
    "set MAX_TOKENS to 4096 for the long prompts",
    "set API_TOKEN to empty before the dry run",
    "GITHUB_TOKEN for CI = secrets.GITHUB_TOKEN",
    "DEPLOY_KEY (read-only): /run/secrets/deploy_key.pem",
    "set SESSION_SECRET to the value from 1Password",
    "TOKEN_TTL for refresh = 86400",
])
def test_qualified_names_with_a_reference_or_no_secret_pass(text: str) -> None:
    assert not flagged(text), scan_text(text)


# -- printed secrets ---------------------------------------------------------------------------

@pytest.mark.parametrize("command", [
    "> kubectl get secret app -o json | jq -r .data.password | base64 -d",
    "$ vault kv get -field=password secret/ci/db",
    "[tool:bash] aws secretsmanager get-secret-value --secret-id prod/db --query SecretString --output text",
    "$ kubectl get secret api -o jsonpath='{.data.token}' | base64 --decode",
])
def test_a_secret_printed_by_a_command_is_rejected(command: str) -> None:
    for _ in range(4):
        value = RND.choice((_password(), _chars(24, ALNUM), _random_letters(28, True)))
        text = f"{command}\n{value}"
        assert flagged(text), text


@pytest.mark.parametrize("text", [
    "> kubectl get secret app -o json | jq -r .metadata.name\napp",
    "$ kubectl get secret\nNAME   TYPE     DATA   AGE",
    "$ vault kv get -field=password secret/ci/db\nError reading secret/ci/db: permission denied",
    "> kubectl get secret app -o jsonpath='{.data.password}' | base64 -d\n<redacted>",
    "$ kubectl get secret app -o json | jq -r .data.token | base64 -d\nnull",
])
def test_commands_that_print_no_secret_pass(text: str) -> None:
    assert not flagged(text), scan_text(text)


# -- prose: login pairs, other nouns, arrows ---------------------------------------------------

@pytest.mark.parametrize("template", [
    "Metabase login is admin / {v}",
    "the Grafana login: ops_user / {v}",
    "login for the NAS -> backup:{v}",
    "\u767b\u5f55 Metabase \u7528 root / {v}",
    "RabbitMQ \u306e\u30ed\u30b0\u30a4\u30f3\u306f admin / {v}",
    "\ub85c\uadf8\uc778 pgAdmin: grafana / {v}",
    "Kata sandi NAS adalah {v}",
    "Note: Jenkins -> etl_user:{v}",
    "VPN => ops:{v}",
])
def test_login_pairs_and_arrow_pairs_are_rejected(template: str) -> None:
    for _ in range(6):
        text = template.format(v=_password())
        assert flagged(text), text


@pytest.mark.parametrize("text", [
    "Metabase login is admin / SSO, ask in #ops",
    "login page moved to /auth/login after the upgrade",
    "login via SSO / OIDC only since March",
    "\u767b\u5f55 Metabase \u7528 SSO \u5c31\u884c",
    "build -> python:3.12-slim-bookworm",
    "proxy => cache:8080",
    "digest -> sha256:9f2c41d7a0b8e5f6c3d2a1b0e9f8d7c6",
    "fn parse(s: &str) -> Result<Config, Error>",
    "Kata sandi NAS ada di vault tim",
    "retry -> release:2024-05-01",
])
def test_login_and_arrow_look_alikes_pass(text: str) -> None:
    assert not flagged(text), scan_text(text)


# -- quoted passwords on command lines ---------------------------------------------------------

def test_quoted_passwords_on_command_lines_are_rejected() -> None:
    for _ in range(6):
        pw = _chars(14, ALNUM + "&|;!#%") + "&" + str(RND.randrange(10))
        for text in (f"curl -u deploy:'{pw}' https://nexus.acme.dev/api/health",
                     f'curl --user etl:"{pw}" https://nexus.acme.dev/',
                     f"openssl enc -aes-256-cbc -in dump.sql -out dump.enc -k '{pw}'"):
            assert flagged(text), text


# -- a key named in one clause, used in the next ---------------------------------------------

@pytest.mark.parametrize("vendor", ["Linode", "Scaleway", "Razorpay", "Logz.io", "Quay", "Mollie"])
def test_a_vendor_key_used_in_the_next_clause(vendor: str) -> None:
    for value in (_chars(64, HEX), _uuid(), _random_letters(24, True), _random_letters(32, False),
                  _chars(64, string.ascii_uppercase + string.digits)):
        text = f"Tests need a real {vendor} key; I used {value} from the team vault"
        assert flagged(text), text


@pytest.mark.parametrize("text", [
    "the cache key; I used 9f2c41d7a0b8e5f6c3d2a1b0e9f8d7c6 as the digest",
    "needed a Linode key; I used the one in the team vault",
    "the signing key is XMLHttpRequestHandlerFactoryBean in the legacy config",
    "the key was internationalizationconfiguration all along",
    "Stripe idempotency key; I used 3f0c2a9e-7b14-4c1d-9a55-0e6d2b7c8f41 for the retry",
])
def test_key_look_alikes_pass(text: str) -> None:
    assert not flagged(text), scan_text(text)


# -- base64 of public text on stdin ----------------------------------------------------------

def test_base64_of_public_text_piped_to_a_decoder_passes() -> None:
    for plain in ("hello world\n", "apiVersion: v1\nkind: ConfigMap\n", '{"alg":"none"}',
                  "user-agent: handoff/1.0", "The quick brown fox"):
        blob = base64.b64encode((plain + str(RND.randrange(10**6))).encode()).decode()
        text = f"echo {blob} | base64 -d  # a fixture, not a secret"
        assert not flagged(text), scan_text(text)
    # the twin: a password piped to a login command stays flagged with a comment after it
    assert flagged("echo Zr8kq2Lw9Xv4 | docker login -u ci --password-stdin  # ci login")


# -- property: any new format inserted after any punctuation in benign text ----------------------

_BENIGN = st.sampled_from([
    "", "ran the migration on staging", "see PR 482 for the context", "build 1f3a passed",
    "next: rotate the old key", "the flock retry fixed it",
])
_PUNCT = st.sampled_from([" ", "\n", "(", "[", "{", "'", '"', "`", ":", "=", ",", ";", "|",
                          "<", ">", "-", ".", "/", "@", "#", "\t"])


@settings(max_examples=120, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.large_base_example])
@given(_BENIGN, _PUNCT, _BENIGN, st.integers(0, 2**32), st.integers(0, 5))
def test_any_new_format_in_benign_text_is_rejected(before: str, punct: str, after: str,
                                                   seed: int, which: int) -> None:
    token = _vendor_tokens(random.Random(seed))[which]  # a seeded generator: values stay random
    text = before + punct + token + (" " + after if after else "")
    assert flagged(text), text
