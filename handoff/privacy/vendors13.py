"""Credential places added in session 13: where a password sits in prose or a protocol line.

Ordinary ``keyword`` rows (see ``rules.py``'s docstring), appended to ``rules.RULES`` after
session 12's. Each comes from a class the retired blind corpora (blind12, blind13) missed:

- a login handed over in prose, the account and its password named by the verb rather than by
  a secret noun (``log in as deploy with V``, ``log in with qa / V``, ``log in to the stg
  pgbouncer (admin/V)``, ``login is ops / V``);
- a password reported as typed at a prompt that did not echo it (``Enter password:`` and then
  ``# typed V, didn't echo``);
- SMTP's ``AUTH PLAIN`` line, whose argument is base64 of ``authzid NUL user NUL password``;
- a value pointed at from its label by a back arrow (``V <- prod rabbit pw (temp)``), the
  mirror of ``arrow-user-password``;
- a ``.pgpass`` line (``host:port:db:user:password``) named in prose (``~/.pgpass:
  host:5432:app:admin:V``, ``the pgpass entry is ...``);
- a value said to be a secret after it (``whether V is the prod or staging mistral token``):
  the noun phrase names the secret, a few words after ``is the``.

In every one the value is judged by its shape as a password (``values.looks_secret`` with the
password class, no words, no path, no reference), since the place alone says "a password here".
Example passwords are random characters written as two adjacent literals so that other secret
scanners reading this source do not flag them.
"""

from __future__ import annotations

import binascii
from typing import TYPE_CHECKING

from handoff.privacy import rule as _rules
from handoff.privacy.values import (
    PASSWORD,
    char_classes,
    hex_or_uuid,
    is_placeholder,
    is_wordy,
    looks_random,
    looks_secret,
    reset_password_shaped,
)

if TYPE_CHECKING:
    from re import Match

_Rule = _rules.Rule
_C, _KW = _rules.CREDENTIAL, _rules.KEYWORD

_USER = r"`?[A-Za-z][A-Za-z0-9_.@-]{0,63}`?"
_VALUE_END = r"`?(?=[\s,;)\"']|[.!?](?:[\s\"'`]|$)|$)"
"""A value ends at a blank, a list's or a parenthesis' end, or a sentence's full stop."""


def _prose_password(value: str) -> bool:
    """A password's shape where the place already says a password is here: varied characters
    (two classes at least), no words, no path, URL, reference or placeholder."""
    v = value.strip("`'\"")
    if len(v) < 6 or v[:1] in "/~.$%<{[" or "://" in v or is_placeholder(v):
        return False
    if char_classes(v) < 2 or not looks_secret(v, PASSWORD):
        return False
    # a word or a phrase squeezed into one token is no password, unless it has a generated
    # password's shape (Apple's ``xorebf-agmpic-tnvlaa-oniynu71`` reads as words to is_wordy)
    return not is_wordy(v) or reset_password_shaped(v)


def _login_value(m: Match[str]) -> bool:
    return _prose_password(m.group(1))


def _typed_value(m: Match[str]) -> bool:
    """Only where the text shows a password prompt (``Enter password:``, ``Password:``)."""
    text = m.string
    prompted = "assword" in text or "ASSWORD" in text or "passphrase" in text
    return prompted and len(m.group(1)) >= 8 and _prose_password(m.group(1))


def _plain_auth(m: Match[str]) -> bool:
    """base64 of ``[authzid] NUL user NUL password`` with a password of 4+ characters."""
    body = m.group(1)
    try:
        raw = binascii.a2b_base64(body[: len(body) - len(body) % 4] if "=" not in body else body)
    except (binascii.Error, ValueError):
        return False
    parts = raw.split(b"\x00")
    return len(parts) == 3 and len(parts[2]) >= 4 and len(parts[1]) >= 1


_NOT_THE_SECRET = frozenset((
    "that", "which", "who", "where", "for", "in", "of", "to", "with", "from", "by", "on",
    "commit", "hash", "sha", "digest", "checksum", "fingerprint", "id", "name", "version",
    "build", "tag", "branch", "release", "image", "revision", "rev", "request", "trace"))
"""Words in the noun phrase that make the value something other than the secret the phrase
ends with: a relative clause (``is the commit that added the token check``), or an id, digest
or build said of it."""


def _said_secret(m: Match[str]) -> bool:
    """A random value (or long hex, which only the phrase makes a secret), and a noun phrase
    whose words are qualifiers (``the prod or staging datadog app``), not another thing."""
    value = m.group(1)
    words = m.group(2).lower().split()
    if any(w in _NOT_THE_SECRET for w in words):
        return False
    if hex_or_uuid(value):
        return len(value) >= 32
    return looks_random(value, 16) and char_classes(value) >= 3 and looks_secret(value, PASSWORD)


RULES_13: tuple[_rules.Rule, ...] = (
    _Rule(
        "login-prose",
        "A login handed over in prose: the verb names the account and the password after it"
        " (log in as U with V, log in with U / V, log in to the X (U/V), login is U / V).",
        _C, _KW,
        r"(?<![A-Za-z])(?:[Ll]og(?:ged|ging)?[ \t]?[IiOo]n(?:to)?|[Ss]ign(?:ed)?[ \t]?[Ii]n(?:to)?)"
        r"(?:[ \t]+[^\s()/`'\",;:]{1,32}){0,5}?"
        r"(?:[ \t]+(?:as|with|using|is)[ \t]+" + _USER
        + r"(?:[ \t]*/[ \t]*|[ \t]+(?:with|and|pw|password)[ \t]+)"
        r"|:[ \t]*" + _USER + r"[ \t]*/[ \t]*"
        r"|[ \t]*\(" + _USER + r"[ \t]*/[ \t]*)"
        r"`?([^\s`]{6,128}?)" + _VALUE_END,
        keywords=("log in", "login", "logged in", "log on", "logon", "sign in", "signed in",
                  "log into", "logging in"),
        group=1,
        validator=_login_value,
        priority=1,
        examples=(
            'handoff note "db ok" --next "log in as deploy with ' 'Kq7wTzR2mXv9LpB4 and rerun"',
            "log in with qa / " "gbtwqe-nzkfhp-lwmcxd-yqrtvs41 and check the export page",
            "log in to the stg pgbouncer (admin/" "7jlVJzrvekys1TIOplqa) and drop the tenants",
            "login is ops / " "Tundra8#vl4fZq",
        ),
        near_misses=(
            "log in as admin with SSO and check the export page",
            "log in with username / password on the form",
            "log in to grafana (admin/admin) on a fresh install",
            "logged in as deploy with key ~/.ssh/id_ed25519",
            "sign in with GitHub / Google accounts",
        ),
    ),
    _Rule(
        "typed-password",
        "A password reported as typed at a prompt that did not echo it (Enter password: ..."
        " typed V, didn't echo).",
        _C, _KW,
        r"(?<![A-Za-z])[Tt]yped[ \t]+`?([^\s`]{6,128}?)" + _VALUE_END,
        keywords=("typed",),
        group=1,
        validator=_typed_value,
        priority=1,
        examples=(
            "$ mysql -u root -p\nEnter password: \n$ # typed " "Lantern8240%MJq, didn't echo\n",
            "Password: (typed " "g6LqP0iH.FvcKjjg) and it worked",
        ),
        near_misses=(
            "Enter password: \n# typed make test, didn't help",
            "I typed Ctrl-C at the password prompt",
            "typed Kq7wTzR2mXv9LpB4 into the search box",
        ),
    ),
    _Rule(
        "smtp-auth-plain",
        "SMTP AUTH PLAIN's argument: base64 of authzid, user and password joined by NULs.",
        _C, _KW,
        r"(?<![A-Za-z])(?i:auth)[ \t]+(?i:plain)[ \t]+([A-Za-z0-9+/]{8,684}={0,2})"
        r"(?![A-Za-z0-9+/=])",
        keywords=("auth plain",),
        group=1,
        validator=_plain_auth,
        priority=1,
        examples=(
            "WARN [smtp] AUTH PLAIN AG1haWxlcgBxb3Nt" "RjJIRzZGQCs= rejected",
            "C: AUTH PLAIN AGRlcGxveQBUcTlt" "WjRyV3gyTHA=",
        ),
        near_misses=(
            "250-AUTH PLAIN LOGIN",
            "AUTH PLAIN (base64 of NUL user NUL password) is sent once",
        ),
    ),
    _Rule(
        "back-arrow-password",
        "A value pointed at from its label by a back arrow (V <- prod rabbit pw (temp)),"
        " the label ending in a secret noun within a few words.",
        _C, _KW,
        r"(?<![^\s(`'\"])`?([^\s<>`'\"]{6,64})`?[ \t]+<-[ \t]+(?:[A-Za-z0-9_.-]{1,24}[ \t]+){0,4}"
        r"(?:pw|pwd|pass|passwd|password|passphrase|token|secret|creds|api[ \t]key)"
        r"(?![A-Za-z0-9])",
        keywords=("<-",),
        group=1,
        validator=_login_value,
        priority=1,
        examples=(
            "Nx6ZJ.v51" "ZX5q <- prod rabbit pw (temp)",
            "Willowrtl" "5223$XH <- preprod rabbit pw",
        ),
        near_misses=(
            "result <- compute(x) # the token count",
            "x <- read_password_from_vault() # pw",
            "ch <- msg // the auth token channel",
        ),
    ),
    _Rule(
        "pgpass-line-prose",
        "A .pgpass line (host:port:database:user:password) after the file's name in prose.",
        _C, _KW,
        r"pgpass[`'\":]{0,3}(?:[ \t]+[A-Za-z]{1,12}){0,3}[ \t]*[:=]?[ \t]+`?"
        r"[A-Za-z0-9_.*\[\]-]{1,253}:(?:[0-9]{1,5}|\*):[^\s:]{1,64}:[^\s:]{1,64}:"
        r"([^\s`'\"]{4,256}?)" + _VALUE_END,
        keywords=("pgpass",),
        group=1,
        validator=_login_value,
        priority=1,
        examples=(
            "~/.pgpass: db0.example.net:5432:app:admin:" "^wMn!Sq?8Qc=DVV79QU",
            "the pgpass entry is db.internal:*:*:deploy:" "Kq7wTzR2mXv9LpB4",
        ),
        near_misses=(
            "~/.pgpass: hostname:port:database:username:password",
            "the pgpass entry is db.internal:5432:app:deploy:${PGPASSWORD}",
        ),
    ),
    _Rule(
        "value-is-the-secret",
        "A value said to be a secret after it (V is the prod or staging mistral token): the noun"
        " phrase after is/was the ends with a secret noun within a few qualifiers.",
        _C, _KW,
        r"(?<![^\s(`'\"])`?([A-Za-z0-9][A-Za-z0-9_+/=.-]{15,127}+)`?[ \t]+(?:is|was)[ \t]+"
        r"(?:the|our|my)((?:[ \t]+[A-Za-z0-9_.-]{1,24}){0,5}?)[ \t]+"
        r"(?:token|key|secret|password|passphrase|api[ \t]key|pat|credential)s?(?![A-Za-z0-9])",
        keywords=("is the", "was the", "is our", "was our", "is my", "was my"),
        group=1,
        validator=_said_secret,
        priority=1,
        examples=(
            "ask kofi whether hjuYw62z" "7FkU9ok9VTtfaBOmIixC21vP is the prod or staging mistral token",
            "66be3dd859ab7202c660f61f" "ba274073e02b7b17 is the datadog app key",
        ),
        near_misses=(
            "3f9c2a1b7e4d is the commit that added the token check",
            "66be3dd859ab7202c660f61fba274073e02b7b17 is the commit for the token refresh",
            "HttpClientFactoryBuilder is the class behind the api key",
        ),
    ),
)
"""Session 13's rows, appended to ``rules.RULES`` (through ``vendors12`` until ``rules.py``
names this module)."""
