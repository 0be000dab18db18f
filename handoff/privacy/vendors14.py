"""Credential places added in session 14: a secret's name and its value parted by markup or by
a terminal's line break, so no ``NAME=value`` operator joins them.

Ordinary ``keyword`` rows (see ``rules.py``'s docstring), appended to ``rules.RULES`` after
session 13's, and one layout check run from ``carriers.layout_hits``. Each is a class found with
synthetic examples of mobile and client config and of text copied from browser developer tools:

- a plist's ``<key>N</key>`` and the ``<string>V</string>`` after it (``Info.plist``,
  ``GoogleService-Info.plist``): the key names the secret, the next element holds it;
- an XML element named by an attribute (``<entry key="db.password">V</entry>`` in a Java
  properties XML, Android's ``<string name="facebook_client_token">V</string>``, .NET's
  ``<setting name="ApiKey"><value>V</value></setting>``);
- an AndroidManifest ``<meta-data>`` written value first (``android:value="V"
  android:name="com.acme.API_SECRET"``);
- gradle's ``buildConfigField "String", "API_SECRET", "\\"V\\""`` and ``resValue``;
- cookies set by a call that takes name and value (PowerShell's ``New-Object
  System.Net.Cookie("session", "V", ...)`` from Chrome's "Copy as PowerShell", ``cy.setCookie``,
  ``add_cookie``), a HAR ``{"name": "Cookie", "value": ...}`` header entry, and a row of the
  devtools cookie table pasted as tab-separated text (name, value, domain, path, ...):
  ``cookie_rows`` below, a layout check, since the row has no literal to dispatch on;
- a terminal's scrollback where a command prints a named secret and the next line is its value
  (``$ echo $DB_PASSWORD`` / ``V``, ``printenv``, ``aws configure get``, ``terraform output
  -raw``, ``doppler secrets get``, ``op read``, a devtools console's ``localStorage.getItem``);
- files whose lines are the credential: pgbouncer's ``userlist.txt``, OpenVPN's inline
  ``<auth-user-pass>``, and ``poetry``/``composer config http-basic.REPO USER PW``;
- 32+ hex digits after a compound secret, token or key name with only a blank between
  (``client_secret 0c69...``), which ``values.is_benign_id`` alone would call an id.

The name is judged by ``values.classify_name`` and the value under that class, as for an
assignment; a cookie's name by the session words below (``prose_cookie`` also serves
``carriers``' session cookie in prose). Example values are random characters written as two
adjacent literals so that other secret scanners do not flag them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from handoff.privacy import rule as _rules
from handoff.privacy import vendors13
from handoff.privacy.lazy_re import rx as _rx
from handoff.privacy.values import (
    PASSWORD,
    STRONG,
    VENDOR,
    classify_name,
    is_benign_id,
    is_key_fingerprint,
    is_placeholder,
    is_uuid,
    is_wordy,
    looks_random,
    looks_secret,
    looks_vendor_secret,
    named_secret,
)

if TYPE_CHECKING:
    from re import Match

_Rule = _rules.Rule
_C, _KW = _rules.CREDENTIAL, _rules.KEYWORD


def pair_secret(name: str, value: str) -> bool:
    """A value held under a name that says it is a secret, judged as ``NAME=value`` would be."""
    cls = classify_name(name.strip())
    if cls is None:
        return False
    v = value.strip().strip("\"'`")
    if v[:1] in "@?" and "/" in v[:24]:
        return False  # an Android resource reference (@string/api_key, ?attr/x), not a value
    if cls == VENDOR:
        return looks_vendor_secret(v)
    return named_secret(name, v) and looks_secret(v, cls)


_SESSION_WORDS = ("sess", "sid", "token", "auth", "jwt", "remember", "login", "csrf", "xsrf",
                  "security")


def session_cookie(name: str, value: str) -> bool:
    """A cookie whose name says it carries a session or a token and whose value is random (a
    UUID or another id is a session's id in a log, not its cookie)."""
    if pair_secret(name, value):
        return True
    low = name.lower()
    v = value.strip().rstrip(".,;")
    if v.lower().startswith("s%3a"):
        v = v[4:].split(".", 1)[0]  # express's signed cookie: s:<id>.<signature>
    return any(w in low for w in _SESSION_WORDS) and looks_random(v, 16) and not (
        is_uuid(v) or is_benign_id(v))


def _session_named(name: str) -> bool:
    low = name.lower()
    return any(w in low for w in _SESSION_WORDS)


def _session_id(value: str) -> bool:
    """Hex of 32+ digits or a UUID: in a cookie table, under a session cookie's name, the
    session itself (Rails' ``_session_id``), not an id quoted in a log."""
    v = value.lower()
    return is_uuid(v) or (len(v) >= 32 and all(c in "0123456789abcdef" for c in v))


def _name_value(m: Match[str]) -> bool:
    return pair_secret(m.group(1), m.group(2))


def _value_name(m: Match[str]) -> bool:
    return pair_secret(m.group(2), m.group(1))


def _cookie_call(m: Match[str]) -> bool:
    """A cookie set by name and value: a session cookie, its value random or a session id (the
    call says it is the cookie, not an id quoted in a log)."""
    name, value = m.group(1), m.group(2)
    return session_cookie(name, value) or (_session_named(name) and _session_id(value))


def _userlist_password(m: Match[str]) -> bool:
    """A pgbouncer ``auth_file`` line's second field: a plain password (md5 and SCRAM hashes
    are left to the hash rules)."""
    value = m.group(2)
    if value.lower().startswith(("md5", "scram-sha-256$")) or is_placeholder(value):
        return False
    return looks_secret(value, PASSWORD) and not is_wordy(value.replace("-", ""))


def _inline_password(m: Match[str]) -> bool:
    """The second line of an inline ``<auth-user-pass>`` block is the password itself."""
    value = m.group(1)
    return not is_placeholder(value) and looks_secret(value, PASSWORD)


_HEX_DIGITS = frozenset("0123456789abcdefABCDEF")


def _name_before(text: str, end: int) -> str:
    """The name that ends at ``end``: letters, digits and ``_.-`` back to the first other
    character (at most 100)."""
    start = end
    while start > max(0, end - 100) and (text[start - 1].isalnum() or text[start - 1] in "_.-"):
        start -= 1
    return text[start:end].lstrip("_.-")


def _hex_follower(m: Match[str]) -> bool:
    """32+ hex digits after a compound secret, token or key name with only a blank between them
    (``client_secret 0c69...``): hex is an id or a digest after most words, a secret after
    these (``values.is_benign_id`` would call it an id). The name is read back from the word
    the match starts at (``client_`` + ``secret``), so the pattern opens with its keyword."""
    text, at = m.string, m.start()
    if at == 0 or text[at - 1] not in "_.-":
        return False  # a compound name: client_secret, WEBHOOK_TOKEN, SENDGRID_API_KEY
    end = at + len(m.group(0).split()[0])
    name = _name_before(text, end)
    if text[end - len(name) - 1:end - len(name)] == "$":
        return False  # $API_KEY: a reference to the secret, which labels nothing after it
    value = m.group(1)
    if classify_name(name) not in (STRONG, VENDOR) or is_key_fingerprint(name, value):
        return False
    words = name.lower().replace("-", "_").replace(".", "_").split("_")
    if words[-1] == "key" and any(w in _NOT_A_SHARED_KEY for w in words):
        return False
    return varied_hex(value)


def varied_hex(value: str) -> bool:
    """32+ hex digits, ten or more of them distinct, no eight equal ones in a row and no digit
    filling a third of them: random hex (a token), not a padded placeholder
    (``0000...0123456789``, ``0000000100000002...``), which random hex of this length almost
    never is (each about once in 10^6 or rarer for 32-40 digits)."""
    low = value.lower()
    return (len(value) >= 32 and set(value) <= _HEX_DIGITS and len(set(low)) >= 10
            and not any(digit * 8 in low for digit in set(low))
            and max(map(low.count, set(low))) * 3 <= len(low))


_NOT_A_SHARED_KEY = frozenset(("signing", "gpg", "pgp", "ssh", "host", "public", "pub", "deploy",
                               "cache", "idempotency", "partition", "sort", "primary", "foreign",
                               "object", "s3", "kms", "fingerprint", "license"))
"""Words in a key's name that make 32+ hex after it a key's id or fingerprint, a cache or
object key, not a shared secret (``signing_key 3AA5...``, ``cache_key 9f2e...``)."""


def _positional_password(m: Match[str]) -> bool:
    """The password given after the user as a separate argument: a password's shape, not a
    variable or a placeholder."""
    value = m.group(2)
    return value[:1] not in "$%<{" and not is_placeholder(value) and looks_secret(value, PASSWORD)


def prose_cookie(name: str, value: str) -> bool:
    """A session cookie named in prose or in a cookies.txt line (``carriers``): a random value,
    or 32+ hex digits (a UUID there may be a session's id quoted in a log, not its cookie)."""
    v = value.rstrip(".,;")
    return _session_named(name) and ((looks_random(v, 16) and not (
        is_uuid(v) or is_benign_id(v))) or (_session_id(v) and not is_uuid(v)))


def _cookie_header(m: Match[str]) -> bool:
    """A HAR header entry's ``Cookie``/``Set-Cookie`` value: one of its ``name=value`` pairs is
    a session cookie."""
    for pair in m.group(1).split(";"):
        name, sep, value = pair.partition("=")
        if sep and session_cookie(name.strip(), value.strip()):
            return True
    return False


_VALUE = r"([^<>\"'\s]{4,4096})"
_NAME = r"([A-Za-z0-9_.:-]{1,120})"
_Q = r"[\"']"
_ENV = r"([A-Za-z_][A-Za-z0-9_]{1,80})"
_FLAGS = r"(?:[ \t]+-[^\n|;]{0,80}?)?"

_REVEAL_ALTERNATIVES = (
    r"(?:echo|printf(?:[ \t]+" + _Q + r"[^\"'\n]{0,12}" + _Q + r")?)[ \t]+" + _Q
    + r"?\$\{?(?:env:)?" + _ENV + r"\}?" + _Q + r"?",
    r"printenv[ \t]+" + _ENV,
    r"aws[ \t]+configure[ \t]+get[ \t]+([A-Za-z_.]{1,80})" + _FLAGS,
    r"heroku[ \t]+config:get[ \t]+" + _ENV + _FLAGS,
    r"(?:localStorage|sessionStorage)\.getItem\(" + _Q + r"([^\"'\n]{1,80})" + _Q + r"\);?",
    r"terraform[ \t]+output(?:[ \t]+-(?:raw|json|no-color))*[ \t]+([A-Za-z_][A-Za-z0-9_-]{1,80})",
    r"pulumi[ \t]+(?:config[ \t]+get|stack[ \t]+output)(?:[ \t]+--show-secrets)?[ \t]+"
    r"([A-Za-z_][A-Za-z0-9_:.-]{1,80})" + _FLAGS,
    r"doppler[ \t]+secrets[ \t]+get[ \t]+" + _ENV + _FLAGS,
    r"gcloud[ \t]+secrets[ \t]+versions[ \t]+access[^\n|;]{0,60}?--secret[= ]"
    r"([A-Za-z_][A-Za-z0-9_-]{1,80})" + _FLAGS,
    r"op[ \t]+read[ \t]+" + _Q + r"?op://[^\s\"']{1,200}/([A-Za-z_][A-Za-z0-9_-]{1,60})" + _Q
    + r"?" + _FLAGS,
)
"""Commands that print one named secret: the shell's ``echo $X`` and ``printenv X``, the cloud
and secret-store CLIs' getters (``terraform output -raw X``, ``doppler secrets get X``), a
devtools console's storage getter. Each alternative captures the name once."""
_REVEAL_NAMES = len(_REVEAL_ALTERNATIVES)
_REVEAL = "|".join(_REVEAL_ALTERNATIVES)
_REVEALED_VALUE = (
    r"[ \t;]*\r?\n[ \t]*(?:[<>\u2190][ \t]*)?" + _Q + r"?([^\s\"']{6,4096})" + _Q
    + r"?[ \t]*(?=\r?\n|$)"
)


def _revealed(m: Match[str]) -> bool:
    """The line after the command is only the value: the name printed is a secret's, and the
    value is one by its shape (no words, not an id)."""
    name = next((g for g in m.groups()[:_REVEAL_NAMES] if g), "")
    value = m.group(_REVEAL_NAMES + 1)
    return bool(name) and not is_wordy(value) and pair_secret(name, value)


RULES_14: tuple[_rules.Rule, ...] = (
    _Rule(
        "plist-key-string",
        "A property list's <key> naming a secret and the <string> after it holding it"
        " (Info.plist, GoogleService-Info.plist).",
        _C, _KW,
        r"<key>[ \t]*" + _NAME + r"[ \t]*</key>\s{0,64}<string>[ \t]*" + _VALUE
        + r"[ \t]*</string>",
        keywords=("<key>",),
        requires=("<string>",),
        anchored=True,
        group=2,
        validator=_name_value,
        priority=1,
        examples=(
            "<key>ClientSecret</key>\n<string>flpxO8Bzjr64QX6l" "rDAae5wDI0ssDuuhb9lfBnTe</string>",
            "<key>Password</key>\n\t<string>Z4ejx+Pjc" "xiKKF9</string>",
        ),
        near_misses=(
            "<key>CFBundleVersion</key>\n<string>1.4.2</string>",
            "<key>API_KEY</key>\n<string>$(API_KEY)</string>",
            "<key>NSCameraUsageDescription</key><string>Scan a receipt</string>",
        ),
    ),
    _Rule(
        "xml-named-element",
        "An XML element named by its key or name attribute that holds a secret (a properties"
        " XML <entry key=...>, Android <string name=...>, .NET <setting name=...><value>).",
        _C, _KW,
        r"<(?:entry|string|item|setting|secret)[ \t]+(?:key|name)=" + _Q + _NAME + _Q
        + r"[^<>\n]{0,120}>(?:\s{0,40}<value>)?[ \t]*" + _VALUE + r"[ \t]*</",
        keywords=("<entry", "<string", "<item", "<setting", "<secret"),
        anchored=True,
        group=2,
        validator=_name_value,
        priority=1,
        examples=(
            '<entry key="db.password">Z4ejx+Pjc' "xiKKF9</entry>",
            '<string name="api_secret" translatable="false">2a3UFaQpcp9p' "w0UxAPUuA3qAq6pF</string>",
            '<setting name="ApiKey" serializeAs="String"><value>9fK2mQ7xL4vR' "8nT3wZ6pB1cY</value>",
        ),
        near_misses=(
            '<string name="app_name">Acme Notes</string>',
            '<entry key="db.password">${DB_PASSWORD}</entry>',
            '<string name="token_hint">Paste your token</string>',
        ),
    ),
    _Rule(
        "android-meta-value-first",
        "An AndroidManifest <meta-data> written value first: android:value holds the secret"
        " that the android:name after it names.",
        _C, _KW,
        r"android:value=" + _Q + r"([^\"'\s]{8,4096})" + _Q + r"\s{1,40}android:name="
        + _Q + r"([A-Za-z0-9_.:-]{1,200})" + _Q,
        keywords=("android:value",),
        requires=("android:name",),
        anchored=True,
        group=1,
        validator=_value_name,
        priority=1,
        examples=(
            '<meta-data android:value="SNqyq5y6H6Dfh1tkh7aX' 'dpHYLM2otDmHpBlYkdUG"'
            ' android:name="com.acme.API_SECRET"/>',
            '<meta-data\n  android:value="28b9f8aed1c97023' '47caf51676915932"\n'
            '  android:name="com.facebook.sdk.ClientToken" />',
        ),
        near_misses=(
            '<meta-data android:value="@string/facebook_client_token" android:name="com.facebook.sdk.ClientToken"/>',
            '<meta-data android:value="${MAPS_API_KEY}" android:name="com.google.android.geo.API_KEY"/>',
            '<meta-data android:value="true" android:name="firebase_analytics_collection_enabled"/>',
        ),
    ),
    _Rule(
        "gradle-build-field",
        "A gradle buildConfigField or resValue whose name is a secret's and whose value"
        " (often escaped quotes inside quotes) holds it.",
        _C, _KW,
        r"(?:buildConfigField|resValue)[ \t]*\(?[ \t]*" + _Q + r"[A-Za-z.]{1,40}" + _Q
        + r"[ \t]*,[ \t]*" + _Q + r"([A-Za-z0-9_.]{1,100})" + _Q + r"[ \t]*,[ \t]*"
        r"(?:" + _Q + r"\\?" + _Q + r"|" + _Q + r")([^\"'\\\s]{4,4096})",
        keywords=("buildconfigfield", "resvalue"),
        anchored=True,
        group=2,
        validator=_name_value,
        priority=1,
        examples=(
            'buildConfigField "String", "API_SECRET", "\\"2a3UFaQpcp9pw0' 'UxAPUuA3qAq6pFOZnRh9UAwrnV\\""',
            "buildConfigField('String', 'API_KEY', '\"2a3UFaQpcp9pw0" "UxAPUuA3qAq6pF\"')",
            'resValue "string", "maps_api_key", "AIzaSyB2a3UFaQpcp9' 'pw0UxAPUuA3qAq6pFOZn"',
        ),
        near_misses=(
            'buildConfigField "String", "API_SECRET", "\\"${System.getenv(\'API_SECRET\')}\\""',
            'buildConfigField "String", "API_URL", "\\"https://api.acme.io\\""',
            'resValue "string", "app_name", "Acme Notes"',
        ),
    ),
    _Rule(
        "cookie-set-call",
        "A session or auth cookie set by a call that takes its name and value (PowerShell's"
        " System.Net.Cookie from Copy as PowerShell, cy.setCookie, add_cookie, res.cookie).",
        _C, _KW,
        r"(?:System\.Net\.Cookie|[Ss]et_?[Cc]ookie|[Aa]dd_?[Cc]ookie|[Cc]ookie)[ \t]*\([ \t]*"
        + _Q + r"([^\"'\n]{1,100})" + _Q
        + r"[ \t]*,[ \t]*" + _Q + r"([^\"'\s]{8,4096})" + _Q,
        keywords=("system.net.cookie", "setcookie", "set_cookie", "addcookie", "add_cookie",
                  "cookie"),
        anchored=True,
        group=2,
        validator=_cookie_call,
        priority=1,
        examples=(
            '$session.Cookies.Add((New-Object System.Net.Cookie("session", "JYHGr9mHPPxvqq8w'
            'QGEzjkUfEbi0aYNH4iLsnr9L", "/", "app.acme.io")))',
            '$s.Cookies.Add((New-Object System.Net.Cookie("__Secure-next-auth.session-token", "'
            'eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0..Tq9mZ4rWx2Lp8KzQ", "/", "x.acme.io")))',
            "cy.setCookie('session_id', '5d1f0c9e8b7a6f5e4d3c2b1a0f9e8d7c" "6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e')",
            "driver.add_cookie('remember_token', 'Zr8kq2Lw9Xv4Tq9m" "Z4rWx2Lp')",
        ),
        near_misses=(
            '$session.Cookies.Add((New-Object System.Net.Cookie("theme", "dark", "/", "app.acme.io")))',
            '$s.Cookies.Add((New-Object System.Net.Cookie("_ga", "GA1.1.1234567890.1700000000", "/", ".acme.io")))',
            "cy.setCookie('session_id', Cypress.env('SESSION'))",
            "res.cookie('sessionid', 'placeholder-session-value')",
        ),
    ),
    _Rule(
        "har-cookie-header",
        "A HAR entry's Cookie or Set-Cookie header (name and value as two JSON fields) that"
        " carries a session cookie.",
        _C, _KW,
        r"\"name\"[ \t]*:[ \t]*\"(?i:cookie|set-cookie)\"[ \t]*,\s{0,40}\"value\"[ \t]*:[ \t]*"
        r"\"([^\"\n]{8,4096})\"",
        keywords=('"cookie"', '"set-cookie"'),
        requires=('"value"',),
        group=1,
        validator=_cookie_header,
        priority=1,
        examples=(
            '{"name": "Cookie", "value": "sid=JPW6PurT0vhsZZy1L6bEueJ1' 'RKlh4bNf3kyistyR; theme=dark"}',
            '{\n  "name": "set-cookie",\n  "value": "__Host-session=Tq9mZ4rWx2Lp8KzQ' 'f3Kq9ZxR2mWv; Path=/"\n}',
        ),
        near_misses=(
            '{"name": "Cookie", "value": "theme=dark; lang=en-US"}',
            '{"name": "set-cookie", "value": "sessionid=; Max-Age=0; Path=/"}',
        ),
    ),
    _Rule(
        "pgbouncer-userlist",
        "A pgbouncer auth_file (userlist.txt) line: a quoted user and the quoted password.",
        _C, _KW,
        r"(?m)^[ \t]*\"([A-Za-z0-9_.@-]{1,64})\"[ \t]+\"([^\"\s]{6,256})\"[ \t]*\r?$",
        keywords=("userlist", "auth_file"),
        group=2,
        validator=_userlist_password,
        priority=1,
        examples=(
            'userlist.txt for pgbouncer:\n"grafana" "Tq9mZ4r' 'Wx2!Lp"',
            'pgbouncer auth_file:\n"app" "Zr8kq2Lw' '9Xv4"\n"etl" "kNFzyhSR' 'oqhhiEkbCOJ"',
        ),
        near_misses=(
            'userlist.txt:\n"app" "md5' '3f0c2a9e7b144c1d9a550e6d2b7c8f41"',
            'userlist.txt holds one line per user:\n"username" "password"',
        ),
    ),
    _Rule(
        "openvpn-inline-auth",
        "An OpenVPN inline <auth-user-pass> block: the user's line and then the password's.",
        _C, _KW,
        r"<auth-user-pass>[ \t]*\r?\n[ \t]*[^\s<]{1,128}[ \t]*\r?\n[ \t]*([^\s<]{4,256})"
        r"[ \t]*\r?\n[ \t]*</auth-user-pass>",
        keywords=("<auth-user-pass>",),
        anchored=True,
        group=1,
        validator=_inline_password,
        priority=1,
        examples=(
            "vpn.ovpn:\n<auth-user-pass>\napp\norbit!harb" "our22#snW\n</auth-user-pass>",
            "<auth-user-pass>\nreadonly\n5h1IhJGA3ctc" "BLl5VQYB8\n</auth-user-pass>",
        ),
        near_misses=(
            "<auth-user-pass>\nUSERNAME\nPASSWORD\n</auth-user-pass>",
            "<auth-user-pass>\nops\n${VPN_PASSWORD}\n</auth-user-pass>",
        ),
    ),
    _Rule(
        "secret-hex-follower",
        "32+ hex digits after a compound secret, token or key name with only a blank between"
        " (client_secret 0c69..., webhook_token is 9f..., INTEGRATION_KEY 0ba2...).",
        _C, _KW,
        r"(?:secret|SECRET|Secret|token|TOKEN|Token|key|KEY|Key)(?:[ \t]+(?:is|was)[ \t]+|[ \t]+)`?"
        r"([0-9a-fA-F]{32,128})`?(?![A-Za-z0-9_-])",
        keywords=("secret", "token", "key"),
        anchored=True,
        group=1,
        validator=_hex_follower,
        priority=2,  # a rule that knows the command (set -x NAME V) reports it instead
        examples=(
            "partner sandbox: client_id ea5ff01b-4368-4ba4-accf-8f3a483396a4, client_secret"
            " 0c69fdc3b07bc8aec868cd0f" "dd96e31c78543adef0a409b3",
            "the webhook_token is 9f2e55f58470670496987c7f" "a1b2c3d4",
            "pagerduty INTEGRATION_KEY 0ba2b726422e4765af44" "2e5de8ab7cae (rotate it)",
        ),
        near_misses=(
            "client_secret 3f0c2a9e-7b14-4c1d-9a55-0e6d2b7c8f41 rotated",
            "bumped refresh_token 0000000000000000000000000000000000000000 default",
            "GITHUB_TOKEN 0000000000000000000000000000000123456789",
            "csrf_token abc",
            "gpg --recv-keys; signing_key 3AA5C34371567BD2" "3AA5C34371567BD24B1F0E7C",
            "cache_key 9f2e55f58470670496987c7fa1b2c3d4 missed",
        ),
    ),
    _Rule(
        "config-http-basic",
        "poetry's and composer's config http-basic.REPO USER PASSWORD: the password (or token)"
        " as the last argument.",
        _C, _KW,
        r"http-basic\.[A-Za-z0-9_.-]{1,64}[ \t]+[^\s\"'-][^\s\"']{0,63}[ \t]+([\"']?)"
        r"([^\s\"']{4,256})\1(?![^\s;|&])",
        keywords=("http-basic",),
        anchored=True,
        group=2,
        validator=_positional_password,
        priority=1,
        examples=(
            "poetry config http-basic.acme ci uCiLV+kzyt" "sssRy",
            "poetry config http-basic.pypi-mirror deploy 'Zr8kq2Lw" "9Xv4!'",
        ),
        near_misses=(
            "poetry config http-basic.acme ci $POETRY_PASSWORD",
            "poetry config http-basic.acme <username> <password>",
        ),
    ),
    _Rule(
        "revealed-secret",
        "A terminal's scrollback: a command prints a named secret (echo $DB_PASSWORD, printenv,"
        " aws configure get, heroku config:get, localStorage.getItem) and the next line is its"
        " value alone.",
        _C, _KW,
        r"(?:" + _REVEAL + r")" + _REVEALED_VALUE,
        keywords=("echo", "printf", "printenv", "aws configure", "heroku config:get",
                  "localstorage.getitem", "sessionstorage.getitem", "terraform output", "pulumi",
                  "doppler secrets", "gcloud secrets", "op read"),
        anchored=True,
        requires=("\n",),
        group=_REVEAL_NAMES + 1,
        validator=_revealed,
        priority=1,
        examples=(
            "$ echo $DB_PASSWORD\n2iQnf^Ef3V1" "oCW3",
            "ops@bastion:~$ echo \"${PGPASSWORD}\"\nZ4ejx+Pjc" "xiKKF9\nops@bastion:~$",
            "$ printenv API_SECRET\nwEeVxaZhRJqcaxN1tXx" "sE8aEmQiLy2Nm5pffIjAN",
            "$ aws configure get aws_secret_access_key\nbsQ7p1I7qdMinoACvf3Du" "q7DgbAWKpUADsqLfVOX",
            "> localStorage.getItem('token')\n'nwr8ckNwfdYfRZMhmI8biGlITmH53Dvfo8" "hllpQUkWmS9maR'",
            "$ terraform output -raw db_admin_password\nQm7rX2k" "pLz9!vT",
            "$ op read op://ops/grafana/admin_password\n9fK2mQ7x" "L4vR8nT3wZ6pB1cY",
        ),
        near_misses=(
            "$ echo $DB_PASSWORD\n\n$ # empty: the secret is not mounted",
            "$ printenv API_SECRET_PATH\n/run/secrets/api",
            "$ aws configure get region\nus-east-1",
            "$ terraform output -raw db_password_secret_arn\narn:aws:secretsmanager:eu-west-1:1234",
            "echo $TOKEN\nfi",
            "$ echo $GITHUB_TOKEN\n${{ secrets.GITHUB_TOKEN }}",
        ),
    ),
)
"""Session 14's rows, appended to ``rules.RULES`` after session 13's."""


# ---------------------------------------------------------------------------------------------
# A devtools cookie table's rows: run from ``carriers.layout_hits``

_Hit = tuple[str, int, int, int, str]

_COOKIE_ROW = (
    r"(?m)^[ \t]*([^\t\n]{1,128})\t([^\t\n]{12,4096})\t(?:\.?[A-Za-z0-9-]{1,63}"
    r"(?:\.[A-Za-z0-9-]{1,63})*|localhost)(?::\d{1,5})?\t/[^\t\n]{0,256}(?=\t|\r?$)"
)
"""A row of the browser's cookie table copied as tab-separated text: name, value, domain, path
and then expiry, size and flags. The domain and the path beside it say the row is a cookie."""


def cookie_rows(view: str, category: str, priority: int, hits: list[_Hit]) -> None:
    """Rows of a pasted cookie table whose cookie carries a session or a token."""
    if "\t/" not in view:
        return
    for m in _rx(_COOKIE_ROW).finditer(view):
        name, value = m.group(1), m.group(2).strip()
        if session_cookie(name, value) or (_session_named(name) and _session_id(value)):
            hits.append((category, priority, m.start(2), m.end(2), "cookie-table-row"))


def layout_hits(view: str, lo: str, category: str, priority: int, hits: list[_Hit]) -> None:
    """Session 13's value-first checks and the cookie table's rows: the layout checks of the
    vendor modules, called once from ``carriers.layout_hits``."""
    vendors13.value_first_hits(view, lo, category, priority, hits)  # V <- pw, V is the token
    cookie_rows(view, category, priority, hits)
