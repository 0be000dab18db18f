"""Issue 11, round 5: credentials outside header and assignment syntax.

Classes (each generated here from random values in the right format, never a real credential):

- a password near its noun in prose, in ~15 languages, after the noun or before it across a
  link word, including passphrases of plain words joined by ``.``/``-`` and ``user/password``;
- a value introduced later on the line (``rotated the X token; new value V``);
- URL query parameters that carry signatures or tokens, in any URL; webhook secrets in a path;
- JSON Web Keys with a private member; ``{"name": N, "value": V}`` pairs written as text;
- ``set -x NAME V`` / ``setenv NAME V``; password commands that echo; ``net use`` passwords;
- PHP session ids (26 random characters) as cookies;
- passphrases of plain words under a password name (``--x.password=a.b.c.d``).

Each class has benign near misses that must pass: hashes, UUIDs, commit SHAs, fingerprints,
base64 of public data, masked keys, ``KeyError: 'password'``, "password rotated, new one in
vault", env-var names, ``${{ secrets.X }}``, paths, host names, CamelCase exception names.
"""

from __future__ import annotations

import base64
import json
import random
import string

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from handoff.privacy import scan_text, scan_value

RND = random.Random(5011)
ALNUM = string.ascii_letters + string.digits
B64URL = ALNUM + "-_"
SYMBOLS = "!#$%&*+=?@^"
WORDS = ("walnut", "cobalt", "meadow", "thistle", "harbor", "quartz", "lantern", "pepper",
         "falcon", "tundra", "saffron", "glacier", "velvet", "orchid", "marble", "juniper")


def _chars(n: int, pool: str) -> str:
    while True:
        out = "".join(RND.choice(pool) for _ in range(n))
        low = out.lower()
        if any(w in low for w in ("your", "xxx", "example", "test", "dummy", "sample", "fake")):
            continue
        if (any(c.isdigit() for c in out) and any(c.isupper() for c in out)
                and any(c.islower() for c in out) and len(set(out)) >= min(10, n // 2)):
            return out


def _password() -> str:
    kind = RND.randrange(4)
    if kind == 0:
        return _chars(RND.randrange(10, 20), ALNUM + SYMBOLS)
    if kind == 1:
        return RND.choice(WORDS).capitalize() + str(RND.randrange(1000, 9999)) + RND.choice(SYMBOLS)
    if kind == 2:
        return RND.choice(".-").join(RND.sample(WORDS, 4))
    return "-".join(RND.sample(WORDS, 3)) + str(RND.randrange(10, 99))


def _hex(n: int) -> str:
    return "".join(RND.choice("0123456789abcdef") for _ in range(n))


def _b64url(n: int) -> str:
    return base64.urlsafe_b64encode(bytes(RND.getrandbits(8) for _ in range(n))).decode().rstrip("=")


def flagged(text: str) -> bool:
    return bool(scan_text(text))


# -- passwords in prose ------------------------------------------------------------------------

PROSE = [
    "my sudo password on the shared box is {v}, feel free to use it",
    "{v} is the master password for the team vault file",
    "used {v} as the export password for the client cert",
    "creds are deploy/{v} for now, will move them later",
    "DB creds (temporary): svc_ledger / {v}",
    "login: webapp  pw: {v}",
    "the passphrase for id_ed25519 on the build box is {v}",
    "if the replica asks for a password just type {v}",
    "ssh into db-2 as deploy, password is {v}",
    "the bastion accepts password auth: deploy@db-2.internal with {v}",
    "The Wi-Fi for the visit: network GuestLab, key {v}",
    "fyi staging root is now {v}, told Sam",
    "passcode for the bridge admin: {v}",
    "the password I set on ledger-db.prod.internal was {v}",
    "Das Root-Passwort auf db-2 lautet jetzt {v}.",
    "le mdp du serveur de build c'est {v}",
    "J'ai chang\u00e9 le mot de passe admin en {v}, pense \u00e0 le noter.",
    "Cambi\u00e9 la contrase\u00f1a de root en db-2: ahora es {v}",
    "Las credenciales de staging son jenkins y la clave {v}",
    "senha nova do painel admin: {v}",
    "La password di root su db-2 adesso \u00e8 {v}",
    "wachtwoord van de beheerder is {v}",
    "Nowe has\u0142o do db-2: {v}",
    "\u041b\u043e\u0433\u0438\u043d deploy, \u043f\u0430\u0440\u043e\u043b\u044c {v}",
    "\u7ba1\u7406\u5458\u5bc6\u7801\u662f {v}",
    "jenkins \u306e\u30d1\u30b9\u30ef\u30fc\u30c9: {v}",
    "db-2 \uad00\ub9ac\uc790 \ube44\ubc00\ubc88\ud638\ub294 {v} \uc785\ub2c8\ub2e4",
    "M\u1eadt kh\u1ea9u c\u1ee7a jenkins l\u00e0 {v}",
    "yonetim paneli: kullan\u0131c\u0131 deploy, \u015fifre {v}",
    "\u062d\u0633\u0627\u0628 \u0644\u0648\u062d\u0629 \u0627\u0644\u0625\u062f\u0627\u0631\u0629: "
    "\u0627\u0644\u0645\u0633\u062a\u062e\u062f\u0645 deploy \u0648\u0643\u0644\u0645\u0629 "
    "\u0627\u0644\u0633\u0631 {v}",
]


@pytest.mark.parametrize("template", PROSE)
def test_a_password_near_its_noun_is_rejected_in_any_language(template: str) -> None:
    for _ in range(6):
        value = _password()
        text = template.format(v=value)
        assert flagged(text), text


@pytest.mark.parametrize("text", [
    "password rotated, new one in vault",
    "KeyError: 'password' raised in LoginView.post",
    "botocore.exceptions.NoCredentialsError: Unable to locate credentials",
    "the password is hashed with argon2id before it is stored",
    "password reset for user_42 failed, see ticket OPS-1234",
    "password must be at least 12 characters and include 1 symbol",
    "the password for db3.int.corp.example is in 1Password",
    "rotated the password in commit 3f9c2ab1d4e5f60718293a4b5c6d7e8f90a1b2c3",
    "the password hash is 5f4dcc3b5aa765d61d8327deb882cf99",
    "set the password via ${{ secrets.DB_PASSWORD }} in the workflow",
    "the password lives in /run/secrets/db_password on the box",
    "password env var is DB_PASSWORD, the token one is API_TOKEN",
    "auth.password_hashing=argon2id",
    "password_min_length=12",
    "Basic auth header: Basic base64(user:pass) in .env.example",
    "the Wi-Fi on floor 3 is down since 10:30, SSID Guest-5G",
    "Mar 12 auth-canary.io sshd: Accepted publickey for deploy ssh2: ED25519 SHA256:"
    "yANTEGIc5wn9S5qqEOHXp825hddfCV9/qcSeVYnBOP8",
    "masked key sk_live_****abcd printed in the error, password not shown",
    "the password for the admin UI is the same as staging, ask Sam",
    "Das Passwort f\u00fcr die Datenbank liegt im Vault unter db/prod.",
    "la contrase\u00f1a est\u00e1 en el gestor de secretos, no en el repo",
    "\u5bc6\u7801\u5728 vault \u91cc\uff0c\u4e0d\u8981\u5199\u5728\u4ee3\u7801\u91cc",
    "password policy moved to the policy module, see handoff.privacy.values.named",
])
def test_benign_text_about_passwords_passes(text: str) -> None:
    assert not flagged(text), scan_text(text)


def test_a_value_introduced_later_on_the_line() -> None:
    for noun in ("Snyk token", "AWS secret key", "Mailgun key", "CI credential"):
        for value in (_hex(32), _chars(40, ALNUM), f"{_hex(8)}-{_hex(4)}-{_hex(4)}-{_hex(4)}-{_hex(12)}"):
            text = f"rotated the {noun} this morning; new value {value}"
            assert flagged(text), text
        assert not flagged(f"rotated the {noun} this morning; new value is in the vault")


# -- URL queries and paths ---------------------------------------------------------------------

def _signed_urls() -> list[str]:
    return [
        f"https://bkt.s3.amazonaws.com/a.tgz?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Signature={_hex(64)}",
        f"https://storage.googleapis.com/b/o?X-Goog-Date=20250101T000000Z&X-Goog-Signature={_hex(64)}",
        f"https://prod-4.westeurope.logic.azure.com:443/workflows/{_hex(32)}/triggers/manual/paths/"
        f"invoke?api-version=2016-06-01&sv=1.0&sig={_b64url(32)}",
        f"magic login link: https://app.acme.dev/auth/callback?code={_b64url(30)}&state={_hex(16)}",
        f"https://api.acme.dev/v1/export?access_token={_chars(40, ALNUM)}",
        f"https://events.pagerduty.com/integration/{_hex(32)}/enqueue",
        f"https://hooks.acme.dev/webhooks/{_chars(32, ALNUM)}",
    ]


def test_signed_urls_and_webhook_paths_are_rejected() -> None:
    for _ in range(5):
        for url in _signed_urls():
            assert flagged(url), url


@pytest.mark.parametrize("text", [
    "https://api.acme.dev/items?page=18&per_page=50&sort=created",
    "https://app.acme.dev/auth/callback?code=404&state=ok",
    "https://api.acme.dev/list?token=" + base64.urlsafe_b64encode(
        json.dumps({"offset": 100}).encode()).decode(),
    "https://github.com/acme/app/commit/3f9c2ab1d4e5f60718293a4b5c6d7e8f90a1b2c3?diff=split",
    "https://api.github.com/repos/acme/app/hooks/123456789",
    "https://docs.acme.dev/webhooks/getting-started-with-events",
    "https://cdn.acme.dev/app.js?v=3f9c2ab1d4e5",
    "https://acme.dev/items/3f0c2a9e-7b14-4c1d-9a55-0e6d2b7c8f41?key=3f0c2a9e-7b14-4c1d-9a55-0e6d2b7c8f41",
])
def test_ordinary_urls_pass(text: str) -> None:
    assert not flagged(text), scan_text(text)


# -- structures --------------------------------------------------------------------------------

def test_a_jwk_with_a_private_member_is_rejected_and_a_public_one_passes() -> None:
    for kty, crv in (("EC", "P-256"), ("OKP", "Ed25519")):
        public = {"kty": kty, "crv": crv, "x": _b64url(32)}
        if kty == "EC":
            public["y"] = _b64url(32)
        assert not flagged(json.dumps(public))
        assert flagged(json.dumps({**public, "d": _b64url(32)}))
    assert flagged(json.dumps({"kty": "oct", "k": _b64url(32)}))


def test_name_value_pairs_as_text() -> None:
    for name in ("CF_API_TOKEN", "DATADOG_API_KEY", "MISTRAL_KEY", "DB_PASSWORD"):
        value = _chars(32, ALNUM)
        assert flagged(json.dumps({"name": name, "value": value}))
        assert not flagged(json.dumps({"name": name, "value": "${" + name + "}"}))
    assert not flagged(json.dumps({"name": "LOG_LEVEL", "value": "debug"}))
    assert not flagged(json.dumps({"name": "BUILD_SHA", "value": _hex(40)}))


def test_fish_and_csh_assignments() -> None:
    assert flagged(f"set -x CIRCLE_TOKEN {_hex(40)}")
    assert flagged(f"set -gx DEPLOY_TOKEN {_chars(32, ALNUM)}")
    assert flagged(f"setenv DB_PASSWORD {_chars(14, ALNUM + SYMBOLS)}")
    assert not flagged("set -x CIRCLE_TOKEN $CIRCLE_TOKEN")
    assert not flagged("set -x EDITOR nvim; setenv PAGER less")
    assert not flagged(f"set -x BUILD_SHA {_hex(40)}")


def test_password_commands_and_net_use() -> None:
    pw = _chars(16, ALNUM + SYMBOLS.replace("'", ""))
    assert flagged(f"restic -r s3:bkt --password-command 'echo {pw}' snapshots")
    assert not flagged("restic -r s3:bkt --password-command 'pass show restic' snapshots")
    assert flagged(f"net use Z: \\\\nas02\\share /user:CORP\\svc {_chars(14, ALNUM)}")
    assert flagged(f"net use Z: \\\\nas02\\share {_chars(14, ALNUM)} /user:svc")
    assert not flagged("net use Z: \\\\nas02\\share * /user:CORP\\svc /persistent:yes")


def test_php_session_ids_and_passphrases_under_password_names() -> None:
    sid = "".join(RND.choice(string.ascii_lowercase + string.digits) for _ in range(26))
    assert flagged(f"PHPSESSID={sid} (admin session, still valid)")
    assert not flagged("HANDOFF_SESSION=01J9ZK3M4N5P6Q7R8S9T0VWXYZ")
    phrase = ".".join(RND.sample(WORDS, 4))
    assert flagged(f"java -jar app.jar --spring.datasource.password={phrase}")
    assert flagged(f"keytool -importkeystore -srcstorepass {phrase}")
    assert flagged(f"Data Source=db;User ID=app;Password={phrase};Encrypt=True")
    assert not flagged("db.host=replica.db.corp.internal")
    assert not flagged("password_file=/etc/app/secrets/db.txt")


def test_scan_value_sees_the_new_classes_in_stored_values() -> None:
    text = f"creds are deploy/{'.'.join(RND.sample(WORDS, 4))} for now"
    findings = scan_value({"text": text, "next_actions": [_signed_urls()[0]]}, "data")
    assert {f.rule for f in findings} >= {"secret-in-prose", "url-secret-param"}


# -- property: any covered credential in benign text after any punctuation ---------------------

_BENIGN = st.sampled_from([
    "Fixed the flaky lock test; reran CI and it is green.",
    "Next: bump ruff, then rebase the feature branch on main.",
    "the deploy finished at 10:42 (run 8812), see the dashboard",
    "TODO - check the retry budget in handoff/store.py",
    "Build 3f9c2ab passed; cache key uv-linux-x86_64 restored.",
    "",
])
_PUNCT = st.sampled_from([" ", "\n", ". ", ", ", "; ", " (", " - ", ": ", "\t", " \u2014 "])


def _covered(r: random.Random) -> list[str]:
    RND.seed(r.random())
    pw = _password()
    return [
        f"the sudo password on the box is {pw}",
        f"{pw} is the master password for the vault",
        f"Das Passwort lautet {pw}",
        _signed_urls()[r.randrange(7)],
        json.dumps({"kty": "OKP", "crv": "Ed25519", "x": _b64url(32), "d": _b64url(32)}),
        json.dumps({"name": "ACME_API_TOKEN", "value": _chars(32, ALNUM)}),
        f"set -x ACME_TOKEN {_hex(40)}",
    ]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_BENIGN, _PUNCT, _BENIGN, st.randoms(use_true_random=False), st.integers(0, 6))
def test_any_covered_credential_in_benign_text_is_rejected(before: str, punct: str, after: str,
                                                           r: random.Random, which: int) -> None:
    credential = _covered(r)[which]
    text = before + punct + credential + (" " + after if after else "")
    assert flagged(text), text


# -- false-positive classes of earlier corpora, fixed as classes -------------------------------

@pytest.mark.parametrize(("benign", "positive"), [
    ("pagination token eyJvZmZzZXQiOjEwMH0 is just an offset, safe to log",
     "the deploy token {v} is the one CI uses"),
    ("hash ring token 0x47439615a03de180", "page_token: {v}"),
    ("level=warn msg=\"login failed\" user=bob reason=bad_password attempts=3",
     "level=warn user=bob db_password {v}"),
    ("/run/secrets/db_password (mounted by compose)", "db_password ({v})"),
    ("required: DB_PASSWORD (string), JWT_SECRET (string, 32+ chars)", "DB_PASSWORD: {v}"),
    ("\"password\": \"[FILTERED]\"", "\"password\": \"{v}\""),
    ("Figma file key {id22}", "Figma API key {v}"),
    ("uv cache dir ~/.cache/uv (3 MB), key uv-go-{hex16}", "api key {v}"),
    ("-----BEGIN PRIVATE KEY-----\\n...\\n-----END PRIVATE KEY----- in .env.example",
     "-----BEGIN PRIVATE KEY-----\\n{b64}\\n-----END PRIVATE KEY-----"),
])
def test_benign_classes_pass_and_their_positive_twins_stay_flagged(benign: str,
                                                                   positive: str) -> None:
    fill = {"v": _chars(24, ALNUM), "id22": _chars(22, ALNUM), "hex16": _hex(16),
            "b64": base64.b64encode(bytes(RND.getrandbits(8) for _ in range(48))).decode()}
    text = benign.format(**fill)
    assert not flagged(text), (text, scan_text(text))
    twin = positive.format(**fill)
    assert flagged(twin), twin


# -- a token or key near its noun --------------------------------------------------------------

@pytest.mark.parametrize("template", [
    "if the deploy fails again use {v} as the acme token",
    "set the acme credential in CI to {v}",
    "the acme key that works for staging: {v}",
    "new zentral key is {v} (old one revoked this morning)",
    "the Azure DevOps PAT ({v}) expires in 30 days",
    "Der API-Schl\u00fcssel lautet {v}.",
    "\u0422\u043e\u043a\u0435\u043d \u0434\u043e\u0441\u0442\u0443\u043f\u0430 \u043a search: {v}",
    "Rotated the AWS token; the old one was {v}",
])
def test_a_token_near_its_noun_is_rejected(template: str) -> None:
    for value in (_chars(40, ALNUM), _chars(32, B64URL)):
        text = template.format(v=value)
        assert flagged(text), text


@pytest.mark.parametrize("template", [
    "the zentral key is {h}", "use {h} as the datadog token", "api key {h} for the geocoder",
    "APIキーは {h} です",
])
def test_hex_counts_after_a_vendor_or_api_noun(template: str) -> None:
    text = template.format(h=_hex(32))
    assert flagged(text), text


@pytest.mark.parametrize("text", [
    "pagination token eyJvZmZzZXQiOjEwMH0 is just an offset",
    "the model emitted 4096 tokens before the stop token",
    "gpg: Signature made Tue using RSA key " + _hex(40).upper(),
    "GPG key " + _hex(40).upper() + " signed the release tag",
    "the api key id is 3f0c2a9e-7b14-4c1d-9a55-0e6d2b7c8f41",
    "cache key uv-linux-" + _hex(16) + " restored",
    "arn:aws:secretsmanager:eu-west-1:123456789012:secret:qa/scheduler-J1aV1K",
    "the secret is stored in the vault under kv/prod/app, never in the repo",
    "the session key rotates every 24 hours, see the key-rotation runbook",
    "got the key: " + _hex(40),
    "Rotated the API token after the incident., " + ", ".join(
        f"{_hex(8)}-{_hex(4)}-{_hex(4)}-{_hex(4)}-{_hex(12)}" for _ in range(8)),
])
def test_benign_text_about_tokens_and_keys_passes(text: str) -> None:
    assert not flagged(text), scan_text(text)


def test_passphrases_fed_on_stdin() -> None:
    phrase = "-".join(RND.sample(WORDS, 4)) + str(RND.randrange(1, 9))
    assert flagged(f"echo '{phrase}' | docker login -u ci --password-stdin")
    assert flagged(f"echo {phrase} | sudo -S apt-get install -y jq")
    assert not flagged("echo release-notes-for-the-team | tee notes.txt")
