"""Issue 11, session 14 (credentials): a secret's name and value parted by markup or a terminal's
line break, from browser developer tools, mobile app config and shells, with benign look-alikes.

Every value is made here from random characters (``tests/_synthetic.py``, a fixed seed), never a
real credential and never a line of any corpus. Classes:

- plist ``<key>N</key><string>V</string>``, ``<entry key=N>``, Android ``<string name=N>``,
  .NET ``<setting name=N><value>``, a value-first ``<meta-data>``, gradle ``buildConfigField``;
- cookies: PowerShell's ``System.Net.Cookie``, ``cy.setCookie``, a HAR ``Cookie`` header entry,
  the devtools cookie table pasted as tab-separated rows, a hex session cookie named in prose;
- scrollback: ``echo $N`` / ``printenv`` / ``terraform output -raw`` / ``localStorage.getItem``
  and the value alone on the next line;
- pgbouncer's ``userlist.txt``, OpenVPN's inline ``<auth-user-pass>``, 32+ hex digits after a
  compound secret name with only a blank between.
"""

from __future__ import annotations

import json

import pytest

from handoff.privacy import scan_text

from ._synthetic import Synthetic

_SYN = Synthetic(141414)
_rand = _SYN.rand
_pw = _SYN.pw
_hex = _SYN.hex


def _flagged(text: str) -> bool:
    return bool(scan_text(text))


# -- a name and value parted by markup -----------------------------------------------------------


@pytest.mark.parametrize("name", ["ClientSecret", "RevenueCatAPIKey", "Password", "SENTRY_AUTH_TOKEN"])
def test_plist_key_then_string(name: str) -> None:
    assert _flagged(f"<key>{name}</key>\n\t<string>{_rand(36)}</string>")
    assert _flagged(f"<dict><key>{name}</key><string>{_pw()}</string></dict>")


def test_plist_benign() -> None:
    assert not _flagged("<key>CFBundleShortVersionString</key>\n<string>2.14.0</string>")
    assert not _flagged(f"<key>CFBundleIdentifier</key>\n<string>io.acme.{_rand(12)}</string>")
    assert not _flagged("<key>ClientSecret</key>\n<string>$(CLIENT_SECRET)</string>")


@pytest.mark.parametrize(
    "template",
    [
        '<entry key="db.password">{v}</entry>',
        '<string name="stripe_secret_key" translatable="false">{v}</string>',
        '<setting name="ApiToken" serializeAs="String">\n  <value>{v}</value>',
        '<meta-data android:value="{v}" android:name="io.acme.sdk.CLIENT_SECRET" />',
        '<meta-data\n    android:value="{v}"\n    android:name="com.acme.API_TOKEN"/>',
        'buildConfigField "String", "PAYMENTS_SECRET", "\\"{v}\\""',
        "buildConfigField('String', 'API_KEY', '\"{v}\"')",
    ],
)
def test_named_element_or_field(template: str) -> None:
    assert _flagged(template.format(v=_rand(32)))


def test_named_element_benign() -> None:
    assert not _flagged('<string name="password_hint">Enter your password</string>')
    assert not _flagged('<entry key="db.password">${env.DB_PASSWORD}</entry>')
    assert not _flagged('<meta-data android:name="com.acme.API_KEY" android:value="@string/api_key"/>')
    assert not _flagged('buildConfigField "String", "BUILD_ID", "\\"' + _rand(24) + '\\""')
    assert not _flagged('<string name="session_timeout_label">Session timed out</string>')


# -- cookies copied from developer tools ---------------------------------------------------------


def test_cookie_set_calls() -> None:
    assert _flagged(
        '$session.Cookies.Add((New-Object System.Net.Cookie("auth_token", "'
        + _rand(40) + '", "/", ".acme.io")))'
    )
    assert _flagged(f"cy.setCookie('session_id', '{_hex(64)}')")
    assert _flagged(f"await page.setCookie('connect.sid', 's%3A{_rand(32)}.{_rand(43)}')")
    assert not _flagged('$s.Cookies.Add((New-Object System.Net.Cookie("theme", "dark", "/", "acme.io")))')
    assert not _flagged("cy.setCookie('session_id', Cypress.env('SESSION_ID'))")
    assert not _flagged(f"cy.setCookie('locale', '{_rand(20)}')")


def test_har_cookie_header() -> None:
    header = {"name": "Cookie", "value": f"theme=dark; sid={_rand(40)}"}
    assert _flagged(json.dumps(header, indent=2))
    assert not _flagged(json.dumps({"name": "Cookie", "value": "theme=dark; lang=de-DE"}))


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("_session_id", _hex(32)),
        ("connect.sid", "s%3A" + _rand(32) + "." + _rand(43)),
        ("__Host-auth", _rand(44)),
        ("remember_user_token", _rand(60)),
    ],
)
def test_cookie_table_rows(name: str, value: str) -> None:
    row = f"{name}\t{value}\t.acme.io\t/\t2027-03-01T09:00:00.000Z\t{len(name) + len(value)}\t✓\t✓\tLax"
    assert _flagged("theme\tdark\t.acme.io\t/\tSession\t9\t\t\t\n" + row)


def test_cookie_table_benign() -> None:
    assert not _flagged(f"_ga\tGA1.1.{_hex(10)}.1700000000\t.acme.io\t/\t2027-03-01\t30\t\t\t")
    assert not _flagged("theme\tdark\tapp.acme.io\t/\tSession\t9\t\t\t\nlang\ten-GB\tapp.acme.io\t/\tSession\t6")
    assert not _flagged("session_started\t2026-11-02T10:00:00Z\tapp.acme.io\t/\tSession\t30")


def test_hex_session_cookie_in_prose() -> None:
    assert _flagged(f"to reproduce I logged in as them, session cookie was {_hex(64)} (expired now)")
    assert not _flagged("the session cookie was 3f0c2a9e-7b14-4c1d-9a55-0e6d2b7c8f41 in the access log")


# -- scrollback: a command prints a named secret -------------------------------------------------


@pytest.mark.parametrize(
    "command",
    [
        "$ echo $DB_PASSWORD",
        'ops@bastion:~$ echo "${STRIPE_WEBHOOK_SECRET}"',
        "$ printenv API_TOKEN",
        "$ aws configure get aws_secret_access_key --profile prod",
        "$ terraform output -raw admin_password",
        "$ doppler secrets get SENDGRID_API_KEY --plain",
        "$ heroku config:get SESSION_SECRET -a acme-api",
        "> localStorage.getItem('refresh_token')",
    ],
)
def test_revealed_secret(command: str) -> None:
    assert _flagged(f"{command}\n{_pw()}\n")
    assert _flagged(f"{command}\n{_rand(40)}")


def test_revealed_benign() -> None:
    assert not _flagged("$ echo $DB_PASSWORD\n\n$ # empty, the secret is not mounted")
    assert not _flagged("$ terraform output -raw admin_username\nadministrator")
    assert not _flagged(f"$ echo $BUILD_ID\n{_rand(24)}")
    assert not _flagged("$ printenv API_TOKEN_FILE\n/run/secrets/api_token")
    assert not _flagged("if [ -z \"$TOKEN\" ]; then\n  echo $TOKEN\nfi")


# -- files whose lines are the credential --------------------------------------------------------


def test_pgbouncer_userlist() -> None:
    assert _flagged(f'userlist.txt for pgbouncer:\n"grafana" "{_pw()}"\n"etl" "{_rand(20)}"')
    assert not _flagged('userlist.txt:\n"app" "md5' + _hex(32) + '"')
    assert not _flagged('userlist.txt has one line per user: "username" "password"')


def test_openvpn_inline_auth() -> None:
    assert _flagged(f"vpn.ovpn:\n<auth-user-pass>\nreadonly\n{_pw()}\n</auth-user-pass>")
    assert not _flagged("<auth-user-pass>\nUSERNAME\nPASSWORD\n</auth-user-pass>")


def test_hex_after_compound_secret_name() -> None:
    assert _flagged(f"sandbox creds: client_id {_hex(8)}-{_hex(4)}-4{_hex(3)}-a{_hex(3)}-{_hex(12)},"
                    f" client_secret {_hex(48)}")
    assert _flagged(f"the webhook_token is {_hex(40)}")
    assert not _flagged(f"client_secret {_hex(8)}-{_hex(4)}-4{_hex(3)}-a{_hex(3)}-{_hex(12)} rotated")
    assert not _flagged(f"commit {_hex(40)} touched refresh_token handling")


def test_hex_after_compound_key_name() -> None:
    assert _flagged(f"creds for repro: account_id 12345, api_key {_hex(40)}")
    assert _flagged(f"sandbox: client_id {_hex(12)}, integration_key {_hex(32)}")
    assert not _flagged(f"signing_key {_hex(40).upper()} is in the keyring")
    assert not _flagged(f"cache_key {_hex(32)} missed twice")
    assert not _flagged(f"RABBIT_ROUTING_KEY {_hex(32)}")


def test_poetry_http_basic_password() -> None:
    assert _flagged(f"poetry config http-basic.acme ci {_pw()}")
    assert _flagged(f"composer config --global http-basic.repo.acme.io ci {_pw()}")
    assert not _flagged("poetry config http-basic.acme ci $POETRY_HTTP_BASIC_ACME_PASSWORD")
