"""Credential places added in session 15, found on the retired blind15 and blind16 corpora.

Ordinary ``keyword`` rows (see ``rules.py``'s docstring), appended to ``rules.RULES`` after
session 14's. Each row is a shape of text, not a vendor's string:

- a JSON object that names its value (``{"name": "session", "value": V}``): a browser
  automation tool's cookie list (Puppeteer's and Playwright's ``cookies`` array), an ECS task
  definition's ``environment``; the name is judged as a cookie's or a secret's
  (``vendors14.session_cookie``);
- a YAML key naming a secret whose ``value:`` sits on the next, deeper line (Pulumi's stack
  config ``proj:dbPassword:`` / ``value: V``, Helm values with a ``value`` wrapper);
- a fixture record of a token model (Django's ``model: accounts.apitoken`` /
  ``authtoken.token``) whose ``key`` or ``pk`` field is the token itself;
- a login done "with USER:PASSWORD" in prose (``log in to the registry with ci:V``), and an
  account noun followed by ``USER / PASSWORD`` (``Jenkins admin: root / V``);
- Redis's ``AUTH V`` command quoted in prose or a shell;
- a token or password noun, a short relative clause and then a colon and the value (``the
  token that finally worked: <hex>``);
- a Terraform/HCL map whose name is a plural secret (``db_passwords = { primary = "V" }``);
- fastlane's ``key_content`` (an App Store Connect ``.p8`` key, often base64 of it) and other
  ``*_key_content``/``*_key_pem`` fields.

Values are judged by the ``values`` helpers (``password_shaped`` for passwords, random or 32+
varied hex for tokens). Example values are random characters written as two adjacent literals so
that other secret scanners do not flag them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from handoff.privacy import rule as _rules
from handoff.privacy.values import (
    KEY,
    PASSWORD,
    base64_json,
    classify_name,
    hex_or_uuid,
    is_benign_id,
    is_placeholder,
    is_uuid,
    looks_random,
    looks_secret,
    name_words,
    named_secret,
    password_shaped,
)
from handoff.privacy.vendors14 import pair_secret, session_cookie, varied_hex

if TYPE_CHECKING:
    from re import Match

_Rule = _rules.Rule
_C, _KW = _rules.CREDENTIAL, _rules.KEYWORD

def _name_before(text: str, end: int) -> str:
    """The identifier that ends at ``end`` (letters, digits, ``_``; at most 80 characters back):
    a row anchored on the last word of a name reads the whole name back from there."""
    start = end
    while start > max(0, end - 80) and (text[start - 1].isalnum() or text[start - 1] == "_"):
        start -= 1
    return text[start:end]


def _token_value(value: str) -> bool:
    """A token's value on its own: varied hex, or 20+ random characters that read as no words."""
    v = value.strip("`'\".,;")
    if is_placeholder(v) or is_uuid(v):
        return False
    if varied_hex(v):
        return True
    return looks_random(v, 20) and not is_benign_id(v) and looks_secret(v, "strong")


def _login_password(value: str) -> bool:
    """The password of a ``user:V`` or ``user / V`` pair: a password's shape, not an id, a
    number, a port or a reference."""
    v = value.rstrip(".,;)")
    return (not v.isdigit() and v[:1] not in "$%<{" and not is_placeholder(v)
            and password_shaped(v) and not is_benign_id(v) and not hex_or_uuid(v))


def _named_cookie(m: Match[str]) -> bool:
    """A JSON object's name and value: a session cookie, or a secret's name and its value."""
    name, value = m.group(1), m.group(2)
    low = name.lower()
    if low in ("cookie", "set-cookie") or classify_name(name) is not None or not any(
            w in low for w in _COOKIE_WORDS):
        return False  # a HAR header entry, or a secret's name (``secret-name-value-pair``)
    return session_cookie(name, value)


_COOKIE_WORDS = ("sess", "sid", "token", "auth", "jwt", "remember", "login", "csrf", "xsrf")


def _nested_value(m: Match[str]) -> bool:
    """A YAML key naming a secret (its namespace before a colon dropped) and the value of its
    ``value:`` child."""
    return pair_secret(m.group(1).rsplit(":", 1)[-1], m.group(3))


def _fixture_key(m: Match[str]) -> bool:
    """The ``key``/``pk`` of a token model's fixture record: random hex or a random token."""
    return _token_value(m.group(1))


def _login_with(m: Match[str]) -> bool:
    return _login_password(m.group(2))


def _account_pair(m: Match[str]) -> bool:
    user, value = m.group(1), m.group(2)
    return not user.isdigit() and _login_password(value)


def _redis_auth(m: Match[str]) -> bool:
    """``AUTH V`` on a line that names Redis: a password's shape."""
    text = m.string
    line_start = text.rfind("\n", 0, m.start()) + 1
    line_end = text.find("\n", m.end())
    line = text[line_start : len(text) if line_end < 0 else line_end].lower()
    return "redis" in line and _login_password(m.group(1))


def _clause_value(m: Match[str]) -> bool:
    """The value after ``<noun> that ... :``: a password's shape after a password noun, a
    token's shape after a token, secret or key noun."""
    noun, value = m.group(1).lower(), m.group(2)
    if noun.startswith("pass"):
        return _login_password(value)
    return _token_value(value)


def _map_entry(m: Match[str]) -> bool:
    """An entry of a map whose name is a plural secret's (``db_passwords``, ``api_tokens``,
    ``secrets``): judged as a value of the singular name."""
    words = name_words(_name_before(m.string, m.end(1)))
    if not words or not words[-1].endswith("s") or len(words[-1]) < 4:
        return False
    singular = "_".join((*words[:-1], words[-1][:-1]))
    cls = classify_name(singular)
    if cls is None or cls == KEY:
        return False
    value = m.group(2)
    return named_secret(singular, value) and looks_secret(value, cls) and (
        cls != PASSWORD or password_shaped(value))


_PUBLIC_KEY_WORDS = frozenset(("public", "pub", "cert", "certificate", "ssh", "gpg", "pgp"))


def _key_content(m: Match[str]) -> bool:
    """A private key's content under ``key_content``: a PEM block or 40+ random base64."""
    if any(w in _PUBLIC_KEY_WORDS for w in name_words(_name_before(m.string, m.end(1)))):
        return False
    value = m.group(2)
    if "PRIVATE KEY" in value:
        return True
    body = value.replace("\\n", "")
    return len(body) >= 40 and looks_random(body, 40) and not is_placeholder(body)


_USER = r"([A-Za-z0-9_.@+-]{1,64})"
_PW = r"([^\s`'\"]{6,128}?)"
_PW_END = r"`?(?=[\s.,;)]*(?:\s|$))"

RULES_15: tuple[_rules.Rule, ...] = (
    _Rule(
        "json-name-value-cookie",
        "A JSON object naming its value: a cookie list's session cookie (Puppeteer, Playwright)"
        " or an environment entry holding a secret ({\"name\": N, \"value\": V}).",
        _C, _KW,
        r"\"name\"[ \t]*:[ \t]*\"([^\"\n]{1,128})\"[ \t]*,\s{0,40}\"value\"[ \t]*:[ \t]*"
        r"\"([^\"\s]{8,4096})\"",
        keywords=('"name"',),
        requires=('"value"',),
        anchored=True,
        group=2,
        validator=_named_cookie,
        priority=1,
        examples=(
            '"cookies": [{"name": "session", "value": "fnXfrtSOHM8a8UGYlHhoqbnv' 'p0wEwd6rqYIovrrq",'
            ' "path": "/", "domain": "app.acme.io", "httpOnly": true}]',
            '{"name": "sid", "value": "Zr8kq2Lw9Xv4Tq9m' 'QGEzjkUfEbi0aY"}',
        ),
        near_misses=(
            '"cookies": [{"name": "theme", "value": "dark-mode-v2", "path": "/"}]',
            '{"name": "session", "value": "3f0c2a9e-7b14-4c1d-9a55-0e6d2b7c8f41"}',
            '{"name": "Cookie", "value": "theme=dark; lang=en-US"}',
        ),
    ),
    _Rule(
        "yaml-nested-value",
        "A YAML key naming a secret whose value sits in a value: child on the next line"
        " (Pulumi stack config proj:dbPassword: / value: V).",
        _C, _KW,
        r"(?m)^[ \t]*([A-Za-z0-9_.:-]{1,120}):[ \t]*\r?\n[ \t]+value:[ \t]*([\"']?)"
        r"([^\s\"']{4,4096})\2[ \t]*\r?$",
        keywords=("value:",),
        requires=("\n",),
        group=3,
        validator=_nested_value,
        priority=1,
        examples=(
            "config:\n  aws:region: us-east-1\n  acme-infra:dbPassword:\n    value: Kestrel$Cob" "alt373",
            "stripe_secret_key:\n  value: \"Zr8kq2Lw9Xv4Tq9m" "QGEzjkUfEbi0aY\"",
        ),
        near_misses=(
            "config:\n  acme-infra:dbPassword:\n    secure: v1:AAABAHg6",
            "acme-infra:replicas:\n  value: 3",
            "acme-infra:dbPassword:\n  value: ${DB_PASSWORD}",
        ),
    ),
    _Rule(
        "fixture-token-key",
        "A fixture record of a token model (Django's accounts.apitoken, authtoken.token) whose"
        " key or pk field is the token.",
        _C, _KW,
        r"model[\"']?[ \t]*:[ \t]*[\"']?[A-Za-z0-9_]{1,60}\.[A-Za-z0-9_]{0,60}token[A-Za-z0-9_]"
        r"{0,30}[\"']?[^\n]*(?:\n[^\n]*){0,8}?[\s{,][\"']?(?:key|pk)[\"']?[ \t]*:[ \t]*[\"']?"
        r"([A-Za-z0-9_-]{32,128})",
        keywords=("model",),
        requires=("token",),
        anchored=True,
        group=1,
        validator=_fixture_key,
        priority=1,
        examples=(
            "- model: accounts.apitoken\n  pk: 815\n  fields:\n    user: 1\n    key: 84d7977435c8e8cd"
            "5ba350d58ea3974adcc54f0f\n    name: prod-sync",
            '[{"model": "authtoken.token", "pk": "9944b09199c62bcf' '9418ad846dd0e4bbdfc6ee4b",'
            ' "fields": {"user": 2}}]',
        ),
        near_misses=(
            "- model: accounts.apitoken\n  pk: 815\n  fields:\n    key: 0000000000000000000000000000000000000000",
            "- model: accounts.apitoken\n  pk: 4\n  fields:\n    key: <generated>",
        ),
    ),
    _Rule(
        "login-with-pair",
        "A login done with USER:PASSWORD in prose (log in to the registry with ci:V).",
        _C, _KW,
        r"(?i:log(?:ged)?[ \t-]?in|sign(?:ed)?[ \t-]?in|authenticate)(?![A-Za-z])[^\n]{0,60}?"
        r"[ \t]with[ \t]+`?" + _USER + r":" + _PW + _PW_END,
        keywords=("log in", "login", "logged in", "log-in", "sign in", "signin", "signed in",
                  "sign-in", "authenticate"),
        anchored=True,
        lower=False,
        group=2,
        validator=_login_with,
        priority=1,
        examples=(
            "Log in to the registry with billing_rw:mkisod" "4414$ and re-push the image.",
            "Log in to the registry with api:xhlmd-rgxzi" "-lxabf-tyquu and re-push the image.",
        ),
        near_misses=(
            "Log in to the registry with ci:$REGISTRY_PASSWORD and re-push the image.",
            "Log in with localhost:8080 and check the page.",
            "log in with user:password from the vault",
        ),
    ),
    _Rule(
        "account-user-slash-password",
        "An account noun, a colon and USER / PASSWORD (Jenkins admin: root / V).",
        _C, _KW,
        r"(?i:admin|administrator|root|superuser|account|user)[ \t]*:[ \t]*`?" + _USER
        + r"`?[ \t]+/[ \t]+`?" + _PW + _PW_END,
        keywords=("admin", "administrator", "root", "superuser", "account", "user"),
        requires=(" / ",),
        anchored=True,
        group=2,
        validator=_account_pair,
        priority=1,
        examples=(
            "Jenkins admin: postgres / Falcon47&" "Clg (set by the previous contractor)",
            "Grafana admin: api / ppdbqc" "4066? (rotate it)",
        ),
        near_misses=(
            "Grafana admin: admin / admin on first start",
            "Jenkins admin: root / $JENKINS_PASSWORD",
            "tables per account: users / orders / invoices",
        ),
    ),
    _Rule(
        "redis-auth-command",
        "Redis's AUTH command and its password on a line that names Redis.",
        _C, _KW,
        r"AUTH[ \t]+`?([^\s`'\"]{6,128}?)" + _PW_END,
        keywords=("auth",),
        words=("redis",),
        anchored=True,
        group=1,
        validator=_redis_auth,
        priority=1,
        examples=(
            "Redis AUTH kajhd-hwjnp-qbork" "-milei works from the bastion.",
            "- Redis AUTH cluneu" "8601! works from the bastion.",
        ),
        near_misses=(
            "Redis AUTH failed: WRONGPASS invalid username-password pair",
            "redis-cli AUTH $REDIS_PASSWORD",
            "the AUTH command in redis takes the password",
        ),
    ),
    _Rule(
        "noun-clause-colon-value",
        "A token or password noun, a short relative clause, a colon and the value (the token"
        " that finally worked: V).",
        _C, _KW,
        r"((?i:token|secret|api[ _]key|password|passphrase))[ \t]+(?:that|which|we|I|you)[ \t]+"
        r"(?:[A-Za-z']{1,20}[ \t]+){0,3}?[A-Za-z']{1,20}[ \t]*:[ \t]*`?([^\s`'\"]{6,256}?)"
        + _PW_END,
        keywords=("token", "secret", "api key", "api_key", "password", "passphrase"),
        anchored=True,
        lower=False,
        group=2,
        validator=_clause_value,
        priority=1,
        examples=(
            "The token that finally worked: 07acb73abefd2278fa1cd5ee" "968cc130216a060a",
            "the password we ended up using: Zr8kq2Lw" "9X!v",
        ),
        near_misses=(
            "The token that finally worked: the one from the vault.",
            "the password that we set: ${DB_PASSWORD}",
            "The token that expired: 0000000000000000000000000000000000000000",
        ),
    ),
    _Rule(
        "hcl-secret-map",
        "A Terraform/HCL map named as plural secrets (db_passwords = { primary = \"V\" }):"
        " an entry's value.",
        _C, _KW,
        r"(passwords|passwds|secrets|tokens|credentials|keys)[ \t]*=[ \t]*\{[ \t]*\r?\n"
        r"(?:[ \t]*[A-Za-z0-9_\"-]{1,80}"
        r"[ \t]*=[ \t]*\"[^\"\n]{0,7}\"[ \t]*\r?\n){0,20}?[ \t]*[A-Za-z0-9_\"-]{1,80}[ \t]*=[ \t]*"
        r"\"([^\"\s]{8,4096})\"",
        keywords=("passwords", "secrets", "tokens", "credentials", "keys", "passwds"),
        requires=("{",),
        anchored=True,
        group=2,
        validator=_map_entry,
        priority=1,
        examples=(
            'db_passwords = {\n  primary = "Zr8kq2Lw' '9Xv4Tq9m"\n  replica = "Qm7rX2kp' 'Lz9vTw3N"\n}',
            'api_tokens = {\n  "ci" = "wEeVxaZhRJqcaxN1tXx' 'sE8aEmQiLy2Nm5pf"\n}',
        ),
        near_misses=(
            'db_passwords = {\n  primary = var.primary_password\n}',
            'public_keys = {\n  alice = "AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl"\n}',
            'secret_names = {\n  primary = "prod/db/primary-password"\n}',
        ),
    ),
    _Rule(
        "key-content-field",
        "A private key's content in a key_content field (fastlane's app_store_connect_api_key,"
        " *_key_pem): a PEM block or random base64.",
        _C, _KW,
        r"(key_?(?:content|contents|pem|body))[\"']?[ \t]*(?::|=>?)[ \t]*"
        r"[\"']([^\"'\n]{40,8192})[\"']",
        keywords=("key_content", "keycontent", "key_pem", "key_body", "key_contents"),
        anchored=True,
        group=2,
        validator=_key_content,
        priority=1,
        examples=(
            'app_store_connect_api_key(key_id: "D383SF739", issuer_id: "6053b7fe-68a8-4acb-89be-'
            '165aa6465141", key_content: "MIGTAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBHkwdwIBAQQg2h'
            'XZr8kq2Lw9Xv4Tq9mQGEzjkUfEbi0aY")',
        ),
        near_misses=(
            'app_store_connect_api_key(key_id: "D383SF739", key_content: ENV["ASC_KEY_CONTENT"])',
            'public_key_content: "AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh"',
        ),
    ),
)
"""Session 15's rows, appended to ``rules.RULES`` after session 14's."""


def _jose_header(m: Match[str]) -> bool:
    """A JOSE header (base64url JSON naming an ``alg``) and a body that is not one (the ``jwt``
    row needs ``eyJ`` there): a signed token whose claims are not JSON, or a token cut from a
    longer one, still the credential."""
    header = base64_json(m.group(1))
    body = m.group(2)
    return header is not None and '"alg"' in header and not body.startswith("eyJ") and (
        looks_random(body, 20))


_JOSE_ROW = _Rule(
    "jose-header-token",
    "Three dot-separated base64url parts opening with a JOSE header ({\"alg\": ...}) whose body"
    " is not JSON: a signed token all the same.",
    _C, _rules.TOKEN,
    r"(eyJ[A-Za-z0-9_-]{10,4096})\.([A-Za-z0-9_-]{20,8192})\.[A-Za-z0-9_-]{20,2048}"
    r"(?![A-Za-z0-9_-])",
    prefixes=("eyJ",),
    validator=_jose_header,
    examples=(
        "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.yD15Oc9NDofmhrFbAkAkjlfOTaae0ag_TCyDVjVwo4TOElds8w2g"
        "jMV8z7m4.pZR55BNgjk2Q6GnLwKuKtTNPuwoMN4" "QOqkwV-ILKPqn",
    ),
    near_misses=(
        "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.xxxxxxxxxxxxxxxxxxxxxxxx.yyyyyyyyyyyyyyyyyyyyyyyy",
        "eyJhbGciOiJIUzI1NiJ9 is just a header",
    ),
)
RULES_15 = (*RULES_15, _JOSE_ROW)

