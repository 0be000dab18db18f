"""Issue 11, session 8 (credentials): classes of credential the filter missed, and their
benign look-alikes.

Every value is made here from random characters in the format's shape (a fixed seed, so a
failure reproduces), never a real credential and never a line of any corpus. Classes:

- a password piped on stdin whose quoted text ends in an escaped line break, or repeats it
  after one for ``passwd`` (``printf 'V\\n' | sudo -S``, ``echo -e "V\\nV" | passwd u``);
- a token passed as a separate argument to a CLI that uploads with it (``codecov -t V``) and
  ``mc alias set NAME URL KEY SECRET`` (the secret is the last positional argument);
- a value written to a file whose name says it holds a secret (``echo V > ~/.config/x/token``,
  ``echo "h:p:db:u:V" >> ~/.pgpass``);
- near misses that must stay clean: references, placeholders, versions, git refs, ULIDs, paths.
"""

from __future__ import annotations

import random
import string

import pytest

from handoff.privacy import scan_text

RND = random.Random(80811)
ALNUM = string.ascii_letters + string.digits


def _rand(n: int, alphabet: str = ALNUM) -> str:
    while True:
        value = "".join(RND.choice(alphabet) for _ in range(n))
        if any(c.isdigit() for c in value) and any(c.isupper() for c in value) and any(
            c.islower() for c in value
        ):
            return value


def _hex(n: int) -> str:
    return "".join(RND.choice("0123456789abcdef") for _ in range(n))


def _flags_value(text: str, value: str) -> bool:
    """Some finding covers the value's first character (the value itself, not a neighbour)."""
    start = text.index(value)
    return any(f.start <= start < f.end for f in scan_text(text))


# --- passwords on stdin with an escaped line break -------------------------------------------

STDIN_ESCAPED = [
    "printf '{v}\\n' | sudo -S systemctl restart billing",
    'printf "{v}\\n" | sudo -S -k apt-get update',
    'echo -e "{v}\\n{v}" | passwd svc_app',
    "echo -e '{v}\\n{v}' | passwd deploy",
]


@pytest.mark.parametrize("template", STDIN_ESCAPED)
@pytest.mark.parametrize("n", [10, 21])
def test_stdin_password_before_an_escaped_line_break(template: str, n: int) -> None:
    value = _rand(n - 1) + RND.choice("#.!_")
    text = template.format(v=value)
    assert _flags_value(text, value), text


@pytest.mark.parametrize(
    "text",
    [
        "printf 'hello world\\n' | tr a-z A-Z",
        "printf '%s\\n' \"$PW\" | sudo -S ls",
        'echo -e "line one\\nline two" | wc -l',
        "printf 'y\\n' | sudo -S apt-get install jq",
        'echo -e "${NEW_PW}\\n${NEW_PW}" | passwd deploy',
    ],
)
def test_stdin_look_alikes_stay_clean(text: str) -> None:
    assert scan_text(text) == [], text


# --- CLI tokens as separate arguments ----------------------------------------------------------

@pytest.mark.parametrize(
    "template",
    [
        "codecov upload-process -t {v}",
        "codecov -t {v} -f coverage.xml",
        "codecov --token {v}",
        "mc alias set local http://localhost:9000 minioadmin {v}",
        "mc alias set prod https://s3.example.internal AKTESTKEY1 {v} --api S3v4",
    ],
)
def test_cli_token_argument(template: str) -> None:
    value = _rand(RND.choice([14, 32, 40]))
    text = template.format(v=value)
    assert _flags_value(text, value), text


@pytest.mark.parametrize(
    "text",
    [
        "codecov upload-process -t $CODECOV_TOKEN",
        "codecov -t ${{ secrets.CODECOV_TOKEN }} -f coverage.xml",
        "codecov -t <token>",
        "mc alias set local http://localhost:9000 minioadmin $MINIO_SECRET",
        "mc alias list",
    ],
)
def test_cli_token_look_alikes_stay_clean(text: str) -> None:
    assert scan_text(text) == [], text


# --- a value written to a file named for a secret ----------------------------------------------

@pytest.mark.parametrize(
    "template",
    [
        "echo {v} > ~/.config/metrics-proxy/token",
        "echo '{v}' > /etc/app/api_key.txt",
        'printf "{v}" > secrets/client_secret',
        "echo {v} >> ~/.credentials",
        'echo "10.{a}.{b}.7:5432:metabase:svc_app:{v}" >> ~/.pgpass',
        'echo "db.internal:*:*:report:{v}" > "$HOME/.pgpass"',
    ],
)
def test_value_written_to_a_secret_file(template: str) -> None:
    value = RND.choice([_hex(32), _rand(24), _rand(11) + "@_"])
    text = template.format(v=value, a=RND.randrange(256), b=RND.randrange(256))
    assert _flags_value(text, value), text


@pytest.mark.parametrize(
    "text",
    [
        "echo $TOKEN > ~/.config/app/token",
        'echo "${{ secrets.DEPLOY_TOKEN }}" > token',
        "echo 1.4.2 > VERSION",
        "echo " + "3f2a9c1e7b4d8a6f0c5e2b1d9a7f4c3e8b6d2a1f" + " > .git/refs/heads/main",
        'echo "placeholder" > ~/.config/app/token',
        "echo 01HZX3K5Q7R9T1V3W5Y7Z9B1C3 > session_id",
        "echo /run/secrets/db_password > password_file",
        "echo 550e8400-e29b-41d4-a716-446655440000 > machine-id",
        "echo op://vault/item/token > token_ref",
        'echo "localhost:5432:*:app:*" >> ~/.pgpass',
    ],
)
def test_file_write_look_alikes_stay_clean(text: str) -> None:
    assert scan_text(text) == [], text


# --- generated passwords (three groups of six) and "was reset to V" ----------------------------

def _generated() -> str:
    """Browser-style: three groups of six lower-case letters and digits, digits inside."""
    groups = []
    for _ in range(3):
        chars = [RND.choice(string.ascii_lowercase) for _ in range(6)]
        chars[RND.randrange(1, 5)] = RND.choice(string.digits)
        groups.append("".join(chars))
    return "-".join(groups)


@pytest.mark.parametrize(
    "template",
    [
        "the staging db password is {v}",
        "DB_PASSWORD={v}",
        "\u0938\u094d\u091f\u0947\u091c\u093f\u0902\u0917 \u0921\u0940\u092c\u0940 \u0915\u093e"
        " \u092a\u093e\u0938\u0935\u0930\u094d\u0921 {v} \u0939\u0948",
        "root on bastion.ops.example.net was reset to {v} after the incident",
    ],
)
def test_generated_password_shape(template: str) -> None:
    value = _generated()
    text = template.format(v=value)
    assert _flags_value(text, value), text


@pytest.mark.parametrize(
    "template",
    [
        "root on 10.0.4.20 was reset to {v} after the incident",
        "the admin account on grafana was reset to '{v}'.",
        "svc_backup has been reset to {v} by the on-call",
    ],
)
def test_account_reset_to_a_password(template: str) -> None:
    value = RND.choice([
        _rand(12) + "!",
        "-".join(RND.choice(["Walnut", "kestrel", "tamarind", "bramble", "orbital"])
                 for _ in range(3)) + str(RND.randrange(10, 99)),
    ])
    text = template.format(v=value)
    assert _flags_value(text, value), text


@pytest.mark.parametrize(
    "text",
    [
        "the branch was reset to origin/main after the bad merge",
        "the counter was reset to 1000000 at midnight",
        "HEAD was reset to a1b2c3d4e5f6 and force-pushed",
        "main was reset to 4f2a9c1e7b4d8a6f0c5e2b1d9a7f4c3e8b6d2a1f",
        "the cluster was reset to k8s-1.29.3-gke.1 image",
        "the replica was reset to HEAD~3 before the rebase",
        "pod web-7d9f8b6c5d-x2kqp restarted twice",
        "build ids node12-worker-prod01 and build1-stage2-deploy",
        "the flag was reset to enable_v2_ui",
    ],
)
def test_reset_and_group_look_alikes_stay_clean(text: str) -> None:
    assert scan_text(text) == [], text


# --- session cookies in prose and in cookies.txt -----------------------------------------------

@pytest.mark.parametrize(
    "template",
    [
        "my laravel_session cookie was {v}",
        "the PHPSESSID cookie is {v}, expires tonight",
        "copied my session cookie to reproduce: sid={v}",
        "cookies.txt: .lab.example.net\tTRUE\t/\tTRUE\t0\tsession\t{v}",
        ".example.org\tFALSE\t/\tTRUE\t1767225600\tremember_token\t{v}",
    ],
)
def test_session_cookie_outside_a_header(template: str) -> None:
    value = _rand(RND.choice([26, 32, 64]), ALNUM + "_-")
    text = template.format(v=value)
    assert _flags_value(text, value), text


@pytest.mark.parametrize(
    "text",
    [
        "the theme cookie was dark-mode-compact-layout",
        "the session cookie is HttpOnly and SameSite=Lax",
        "the session cookie is 01HZX3K5Q7R9T1V3W5Y7Z9B1C3",
        "the session cookie is 6f1c2b7e-3a4d-4e5f-8a9b-0c1d2e3f4a5b",
        "cookie consent banner: analytics_consent=granted-2024-05-01",
        "my _ga cookie was GA1.2.1234567890.1700000000",
        ".example.org\tFALSE\t/\tFALSE\t1767225600\ttheme\tdark-compact",
    ],
)
def test_cookie_look_alikes_stay_clean(text: str) -> None:
    assert scan_text(text) == [], text


# --- a key noun of another language with the vendor after it -----------------------------------

@pytest.mark.parametrize(
    "template",
    [
        "chave do confluent: {b64}",
        "chave do together: {hex}",
        "chiave di stripe: {b64}",
        "klucz dla sendgrid: {b64}",
    ],
)
def test_foreign_key_noun_then_vendor(template: str) -> None:
    b64 = _rand(64, ALNUM + "+/")
    hx = _hex(64)
    text = template.format(b64=b64, hex=hx)
    value = b64 if "{b64}" in template else hx
    assert _flags_value(text, value), text


@pytest.mark.parametrize(
    "text",
    [
        "chave do commit: 4f2a9c1e7b4d8a6f0c5e2b1d9a7f4c3e8b6d2a1f",
        "chiave di ricerca: user_id",
        "klucz do mieszkania: 01HZX3K5Q7R9T1V3W5Y7Z9B1C3",
    ],
)
def test_foreign_key_noun_look_alikes_stay_clean(text: str) -> None:
    assert scan_text(text) == [], text


# --- NAME set to V; a console's user / password ------------------------------------------------

@pytest.mark.parametrize(
    "template",
    [
        'handoff note "CI secret ALGOLIA_ADMIN_KEY set to {hex}"',
        "DB_PASSWORD changed to {pw}",
        "the DEPLOY_TOKEN was updated to {pw} this morning",
        "The MinIO console is at :9001, minioadmin / {pw}",
        "logged in as admin / {pw} on the preview",
    ],
)
def test_name_set_to_and_console_pair(template: str) -> None:
    hx, pw = _hex(32), _rand(14) + "#"
    text = template.format(hex=hx, pw=pw)
    value = hx if "{hex}" in template else pw
    assert _flags_value(text, value), text


@pytest.mark.parametrize(
    "text",
    [
        "MAX_TOKENS set to 4096 for the eval run",
        "API_TOKEN set to ${{ secrets.API_TOKEN }} in the workflow",
        "GITHUB_TOKEN updated to the fine-grained one",
        "SECRET_KEY_BASE set to the value from vault",
        "open the console / terminal tab and run make",
        "console: Chrome/120.0.6099.109 on macOS",
        "the AWS console shows us-east-1 / eu-west-1 both green",
        "logged into grafana with my SSO / Okta account",
        "console output: build 2024/05/01 ok",
    ],
)
def test_set_to_and_console_look_alikes_stay_clean(text: str) -> None:
    assert scan_text(text) == [], text


# --- vendor formats from gitleaks' rule set the table lacked -----------------------------------

@pytest.mark.parametrize(
    "make",
    [
        lambda: "EAA" + RND.choice("BCGMJ") + _rand(150),  # Meta user / page access token
        lambda: "aio_" + _rand(28),  # Adafruit IO
        lambda: "NRJS-" + _hex(19),  # New Relic browser key
    ],
)
@pytest.mark.parametrize(
    "template",
    ["{v}", "token\u2014{v}", "reviewer asked why {v} is hardcoded in settings.py", "echo {v} | pbcopy"],
)
def test_vendor_prefix_added_this_round(make: object, template: str) -> None:
    assert callable(make)
    value = make()
    text = template.format(v=value)
    assert _flags_value(text, value), text


@pytest.mark.parametrize(
    "text",
    [
        "EAAB is the prefix Meta uses for app user tokens",
        "aio_connection_pool_settings_default_value",
        "NRJS-browser-agent-loader",
        "the blob EAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
    ],
)
def test_vendor_prefix_look_alikes_stay_clean(text: str) -> None:
    assert scan_text(text) == [], text


# --- Basic credentials outside a header; openvpn's user/password fed by printf -----------------

def _basic(user: str, password: str) -> str:
    import base64

    return base64.b64encode(f"{user}:{password}".encode()).decode()


@pytest.mark.parametrize(
    "template",
    [
        "auth header was 'Basic {v}'",
        "the access log had basic {v} in it",
        "curl said: sent Basic {v} and got 403",
    ],
)
def test_basic_credentials_in_prose(template: str) -> None:
    value = _basic(RND.choice(["ci", "deploy", "svc_app"]), _rand(12) + "*")
    text = template.format(v=value)
    assert _flags_value(text, value), text


@pytest.mark.parametrize(
    "text",
    [
        "Basic configuration of the proxy",
        "Basic authentication is enabled on /admin",
        "Basic " + _basic("hello world, this is", " not a pair"),
        "Basic " + "aGVsbG8gd29ybGQsIHRoaXMgaXMgbm90IGEgcGFpcg==",
        "Basic " + _basic("ci", "xxxx"),
    ],
)
def test_basic_look_alikes_stay_clean(text: str) -> None:
    assert scan_text(text) == [], text


@pytest.mark.parametrize("user", ["app", "tucano_api"])
def test_openvpn_password_fed_by_printf(user: str) -> None:
    value = RND.choice([_generated(), _rand(16) + "-" + _rand(5)])
    text = f"openvpn --config lab.ovpn --auth-user-pass <(printf '%s\\n' {user} '{value}')"
    assert _flags_value(text, value), text


@pytest.mark.parametrize(
    "text",
    [
        "openvpn --auth-user-pass <(printf '%s\\n' \"$VPN_USER\" \"$VPN_PASS\")",
        "openvpn --config lab.ovpn --auth-user-pass creds.txt",
    ],
)
def test_openvpn_look_alikes_stay_clean(text: str) -> None:
    assert scan_text(text) == [], text


# --- a vendor named on the line, then a value "used" -------------------------------------------

@pytest.mark.parametrize("vendor", ["mistral", "cloudflare", "zendesk", "paypal"])
def test_vendor_then_used_value(vendor: str) -> None:
    value = _rand(RND.choice([32, 40, 52]), ALNUM + "-_")
    text = f"rate limit on {vendor} went away once I used {value}"
    assert _flags_value(text, value), text


@pytest.mark.parametrize(
    "text",
    [
        "rate limit on snyk went away once I used 0b568a02-270f-48f8-9950-06d4c6f5f8b5",
        "the stripe webhook used 4f2a9c1e7b4d8a6f0c5e2b1d9a7f4c3e8b6d2a1f as its commit",
        "the github action used actions/checkout@v4 and node 20",
        "the docker build used sha256:" + "4f2a9c1e7b4d8a6f0c5e2b1d9a7f4c3e" * 2,
        "the openai call used gpt-4o-mini-2024-07-18 for the eval",
        "our slack bot used 01HZX3K5Q7R9T1V3W5Y7Z9B1C3 as the request id",
        "the datadog agent used DD_SITE=datadoghq.eu",
        "I used ${{ secrets.MISTRAL_API_KEY }} for mistral",
    ],
)
def test_vendor_used_look_alikes_stay_clean(text: str) -> None:
    assert scan_text(text) == [], text
