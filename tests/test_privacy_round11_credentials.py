"""Issue 11, session 11 (credentials): the classes blind5 and blind8 missed (both retired from
held-out this session), the terse forms of notes and issue comments, exec-form arrays and vendor
formats with no rule, with their benign look-alikes.

Every value is made here from random characters (a fixed seed, so a failure reproduces), never
a real credential and never a line of any corpus. Classes:

- generated passwords holding ``< > ( ) [ ] { } | ,`` (a lone ``<`` was read as a template);
- a password noun ending its line and the value alone on the next;
- words that put a login's secret on the line without a password noun (``root on H is V``,
  ``cleartext V``, ``VPN: user / V``), Korean ``bibeon``, Thai, Danish and Finnish inflections,
  a passphrase of three words and one digit;
- terse ``user/V on target``; a markdown table's password column; exec-form arrays;
- a vendor's name right before its token; a session cookie named in prose with words between;
- ``setx NAME V``, a value pasted inside ``<...>``; vendor formats with a literal start or end;
- benign lines that were flagged (``$BASE_URL/health``, ``~/.ssh/id_ed25519``, a search query,
  a logged setting) and near misses that must stay clean.
"""

from __future__ import annotations

import random
import string

import pytest

from handoff.privacy import scan_text

RND = random.Random(111111)
ALNUM = string.ascii_letters + string.digits
URLSAFE = ALNUM + "-_"


def _rand(n: int, alphabet: str = ALNUM) -> str:
    while True:
        value = "".join(RND.choice(alphabet) for _ in range(n))
        if any(c.isdigit() for c in value) and any(c.isupper() for c in value) and any(
            c.islower() for c in value
        ):
            return value


def _hex(n: int) -> str:
    return "".join(RND.choice("0123456789abcdef") for _ in range(n))


def _upnum(n: int) -> str:
    return "".join(RND.choice(string.ascii_uppercase + string.digits) for _ in range(n))


def _bracketed() -> str:
    return _rand(6) + RND.choice("<>") + _rand(5) + RND.choice("([{,)]}") + _rand(5)


def _flagged(text: str, value: str) -> bool:
    """A finding covers the value (so the rule found the secret, not something else)."""
    at = text.find(value)
    return any(f.start <= at and f.end >= at + len(value) - 1 for f in scan_text(text))


BRACKETS = [_bracketed() for _ in range(3)]


@pytest.mark.parametrize("value", BRACKETS)
@pytest.mark.parametrize("template", [
    "Testitietokannan salasana on {}.",
    "requirepass {}",
    "DATABASE_URL=postgres://ci-bot:{}@10.1.2.3:5432/auth",
    "keytool -importkeystore -srckeystore a.p12 -storepass {}",
    "Wi-Fi in the lab: SSID acme-lab, key {}",
])
def test_a_generated_password_with_brackets_or_angles_is_found(template: str, value: str) -> None:
    text = template.format(value)
    assert _flagged(text, value), text


def test_a_url_password_may_start_with_a_symbol() -> None:
    value = "?" + _rand(15)
    assert _flagged(f"snowflake://reporter:{value}@acct-x1/db/PUBLIC", value)


def test_a_call_left_open_is_a_password_not_a_call() -> None:
    value = "DczlY7(" + _rand(10)
    assert _flagged(f"Le mot de passe du wifi est {value}", value)


@pytest.mark.parametrize("text", [
    "password is\n{}\n(copied from the ticket)",
    "if the VPN prompts again, it's {} (shared account)",
    "Note to self: root on mysql-primary.svc is {} until IT rotates it",
    "Ravi's account on 172.31.9.40 uses {}",
    "Kerberoasted svc account migrator; cleartext {}",
    "the 7z archive with the dumps is protected with {}",
    "Cracked offline from the dump in 3 min: root:{}",
    "oncall: 10.20.4.17 ipmi app_rw/{}",
    "If anyone needs the router: admin / {}",
    "\uc544\uc774\ub514 dev_li \ube44\ubc88 {}",
    "\u0e23\u0e2b\u0e31\u0e2a\u0e1c\u0e48\u0e32\u0e19\u0e04\u0e37\u0e2d {}",
    "Adgangskoden til testdatabasen er {}",
])
def test_a_login_secret_without_a_password_noun_is_found(text: str) -> None:
    value = _rand(8) + "#" + _rand(6)
    assert _flagged(text.format(value), value), text


@pytest.mark.parametrize("value", ["nimbus#nimbus2429#", "quartz-olive9999?"])
def test_lower_case_words_a_digit_and_a_symbol_are_a_password_after_a_reset(value: str) -> None:
    assert _flagged(f"Was reset to {value}; ask Carla before using it.", value)


@pytest.mark.parametrize("value", ["mango.cedar.tundra3", "pixel_walnut_copper1"])
def test_three_words_and_one_digit_are_a_passphrase(value: str) -> None:
    assert _flagged(f"the password for the staging db is {value}", value)


@pytest.mark.parametrize("template", ["admin/{} on staging", "root/{} for the bastion"])
def test_a_terse_user_slash_password_is_found(template: str) -> None:
    value = _rand(12)
    assert _flagged(template.format(value), value)


@pytest.mark.parametrize("template", [
    "| service | user | password |\n|---|---|---|\n| grafana | admin | {} |",
    "> | host | token |\n> |:--|:--|\n> | ci | {} |",
])
def test_a_markdown_tables_secret_column_is_found(template: str) -> None:
    value = _rand(16)
    assert _flagged(template.format(value), value)


@pytest.mark.parametrize("template", [
    'test: ["CMD", "mysqladmin", "ping", "-h", "localhost", "-p{}"]',
    'test: ["CMD", "redis-cli", "-a", "{}", "ping"]',
])
def test_an_exec_form_arrays_password_is_found(template: str) -> None:
    value = _rand(14)
    assert _flagged(template.format(value), value)


@pytest.mark.parametrize("template", ["environment:\n  - MYSQL_PASSWORD={}", "API_TOKEN={}"])
def test_an_unquoted_value_holding_a_quote_is_found(template: str) -> None:
    value = _rand(5) + '"' + _rand(9)
    assert _flagged(template.format(value), value)


def test_net_user_takes_a_passphrase() -> None:
    assert _flagged("net user jenkins sierra-violet-koala26 /add", "sierra-violet-koala26")


@pytest.mark.parametrize(("text", "value"), [
    ("oncall fyi Vercel {} works", _rand(24)),
    ("the session cookie from my browser was {} and it still works", _rand(40)),
    ("copied my sid cookie {} into the script", _rand(32).lower()),
    ('setx DD_APP_KEY "{}"', _hex(40)),
    ("Reminder: TWILIO_AUTH_TOKEN = <{}>", _hex(32)),
])
def test_a_named_value_without_an_operator_is_found(text: str, value: str) -> None:
    assert _flagged(text.format(value), value)


VENDOR_TOKENS = [
    "pa-" + _rand(43, URLSAFE),
    "jina_" + _hex(32) + _rand(28, URLSAFE),
    _hex(36) + "NRAL",
    "API-" + _upnum(32),
    "AVNS_" + _rand(23, URLSAFE),
    "npg_" + _rand(12),
    "as-" + _rand(22),
    "rpa_" + _upnum(40),
    "nvapi-" + _rand(64, URLSAFE),
    "y0_AgAAAA" + _rand(50, URLSAFE),
    "dnkey-" + _upnum(26) + "-" + _upnum(52),
    f"https://hooks.zapier.com/hooks/catch/{RND.randrange(10**6, 10**8)}/{_rand(6).lower()}/",
    "00D" + _rand(12) + "!AQ" + _rand(4) + "." + _rand(40, URLSAFE) + "-" + _rand(55, URLSAFE),
]


@pytest.mark.parametrize("token", VENDOR_TOKENS)
@pytest.mark.parametrize("template", ["deploy with {} now", "ran ./deploy.sh -{} and it passed"])
def test_a_vendor_format_is_found_bare_and_glued(template: str, token: str) -> None:
    text = template.format(token)
    assert scan_text(text), text


@pytest.mark.parametrize("text", [
    'curl -sf -H "Authorization: Bearer $API_TOKEN" "$BASE_URL/health"',
    'echo "$DEPLOY_KEY" > ~/.ssh/id_ed25519 && chmod 600 ~/.ssh/id_ed25519',
    "https://example.com/search?q=token+bucket+algorithm&page=41",
    'ledger-3 | level=info msg="password policy updated" min_length=12',
    "password: Optional[str] = None",
    "the password must match [A-Za-z0-9]{12,} (see auth/policy.py)",
])
def test_benign_lines_that_were_flagged_are_clean(text: str) -> None:
    assert scan_text(text) == [], text


@pytest.mark.parametrize("text", [
    "DATABASE_URL=postgres://app:<password>@db:5432/app",
    "set the token to <your-token-here> before running",
    "TWILIO_AUTH_TOKEN = <your-twilio-auth-token>",
    "merged feature/AddLogin2 on main",
    "see docs/Setup2Guide.md for the steps",
    "see notes/Setup2Guide for the steps",
    "pushed release/v2.3.1-rc1 on prod",
    "root on the db box is read-only until Friday",
    "the archive is encrypted with aes-256-gcm",
    "the branch was reset to origin/main~2 after the bad merge",
    "password is\nrequired\n(see the form)",
    "| service | user | password |\n|---|---|---|\n| grafana | admin | in 1Password |",
    "| setting | value |\n|---|---|\n| password_min_length | 12 |",
    'test: ["CMD", "mysqladmin", "ping", "-h", "localhost"]',
    'setx PATH "%PATH%;C:\\tools"',
    "the session cookie from my browser expires after 30 minutes",
    "Vercel deployments are slow today",
    "pa-per-project settings for the migration notes",
    "API-GATEWAY-DEPLOYMENT-CONFIGURATION-V is the stack",
    "see https://hooks.zapier.com/hooks/catch/ in the docs",
    "build-cache-step2 failed after the password rotation job",
    'environment:\n  - DB_PASSWORD=getenv("X")',
    'token=f"{x}"',
    'pinned public key pin-sha256="/KH43kfB0sLvaeoZKwRL5qn4eng5lNAhxxGoeGGAYtM="',
    "anthropic request_id=req_011CvQXewWqc9MFedex0zCMp model=claude-sonnet-4-5",
])
def test_near_misses_stay_clean(text: str) -> None:
    assert scan_text(text) == [], text
