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
  mirror of ``arrow-user-password`` (a procedure, ``value_first_hits``, as the next one);
- a ``.pgpass`` line (``host:port:db:user:password``) named in prose (``~/.pgpass:
  host:5432:app:admin:V``, ``the pgpass entry is ...``);
- a value said to be a secret after it (``whether V is the prod or staging mistral token``):
  the noun phrase names the secret, a few words after ``is the``. Both put the value first,
  where a pattern has no literal to start from: ``carriers.layout_hits`` calls
  ``value_first_hits``, which finds the link by ``str.find`` and matches from the token before.

In every one the value is judged by its shape as a password (``values.looks_secret`` with the
password class, no words, no path, no reference), since the place alone says "a password here".
Example passwords are random characters written as two adjacent literals so that other secret
scanners reading this source do not flag them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from handoff.privacy import rule as _rules
from handoff.privacy.lazy_re import rx as _rx
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
    import binascii  # here: a shared library, needed only for a candidate

    try:
        raw = binascii.a2b_base64(body[: len(body) - len(body) % 4] if "=" not in body else body)
    except (binascii.Error, ValueError):
        return False
    parts = raw.split(b"\x00")
    return len(parts) == 3 and len(parts[2]) >= 4 and len(parts[1]) >= 1


_NOT_THE_SECRET = frozenset((
    "that", "which", "who", "where", "for", "in", "of", "to", "with", "from", "by", "on",
    "commit", "hash", "sha", "digest", "checksum", "fingerprint", "id", "name", "version",
    "build", "tag", "branch", "release", "image", "revision", "rev", "request", "trace",
    "before", "after", "since", "until"))
"""Words in the noun phrase that make the value something other than the secret the phrase
ends with: a relative clause (``is the commit that added the token check``), an id, digest
or build said of it, or a time (``is the last one before the password hashing changed``)."""


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
        r"(?<![A-Za-z])(?:[Ll]og(?:ged|ging)? [IiOo]n(?:to)?|[Ll]og[IiOo]n|[Ss]ign(?:ed)? [Ii]n(?:to)?)"
        r"(?:[ \t]+[^\s()/`'\",;:]{1,32}){0,5}?"
        r"(?:[ \t]+(?:as|with|using|is)[ \t]+" + _USER
        + r"(?:[ \t]*/[ \t]*|[ \t]+(?:with|and|pw|password)[ \t]+)"
        r"|:[ \t]*" + _USER + r"[ \t]*/[ \t]*"
        r"|[ \t]*\(" + _USER + r"[ \t]*/[ \t]*)"
        r"`?([^\s`]{6,128}?)" + _VALUE_END,
        keywords=("log in", "log on", "logged in", "logged on", "logging in", "logging on",
                  "login", "logon", "sign in", "signed in"),
        anchored=True,
        group=1,
        validator=_login_value,
        priority=2,  # where a ``user / password`` pair is also found, ``login-pair`` reports it
        examples=(
            'handoff note "db ok" --next "log in as deploy with ' 'Kq7wTzR2mXv9LpB4 and rerun"',
            "log in with qa / " "gbtwqe-nzkfhp-lwmcxd-yqrtvs41 and check the export page",
            "log in to the stg pgbouncer (admin/" "7jlVJzrvekys1TIOplqa) and drop the tenants",
            "login is ops / " "xorebf-agmpic-tnvlaa-oniynu71",
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
        anchored=True,
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
        r"(?<![A-Za-z])(?i:auth plain)[ \t]+([A-Za-z0-9+/]{8,684}={0,2})(?![A-Za-z0-9+/=])",
        keywords=("auth plain",),
        anchored=True,
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
)
"""Session 13's rows, appended to ``rules.RULES`` after session 12's."""


# ---------------------------------------------------------------------------------------------
# The value before the words that say what it is: run from ``carriers.layout_hits``

_Hit = tuple[str, int, int, int, str]

_BACK_ARROW = (
    r"`?([^\s<>`'\"]{6,64}+)`?[ \t]+<-[ \t]+(?:[A-Za-z0-9_.-]{1,24}[ \t]+){0,4}"
    r"(?:pw|pwd|pass|passwd|password|passphrase|token|secret|creds|api[ \t]key)(?![A-Za-z0-9])"
)
"""``V <- prod rabbit pw (temp)``: a value pointed at from its label by a back arrow, the label
ending in a secret noun within a few words (the mirror of ``arrow-user-password``)."""
_SAID = (
    r"`?([A-Za-z0-9][A-Za-z0-9_+/=.-]{15,127}+)`?[ \t]+(?:is|was)[ \t]+(?:the|our|my)"
    r"((?:[ \t]+[A-Za-z0-9_.-]{1,24}){0,5}?)[ \t]+"
    r"(?:token|key|secret|password|passphrase|api[ \t]key|pat|credential)s?(?![A-Za-z0-9])"
)
"""``ask kofi whether V is the prod or staging mistral token``: the noun phrase after ``is the``
ends with a secret noun within five qualifiers."""
_SAID_LINKS = (" is the ", " was the ", " is our ", " was our ", " is my ", " was my ")


def _token_before(view: str, at: int) -> int:
    """Where the token that ends before the blanks at ``at`` starts (after an opening bracket or
    quote), or -1 when there is none within 130 characters."""
    end = at
    while end > 0 and view[end - 1] in " \t":
        end -= 1
    bound = max(0, end - 130)
    start = max(view.rfind(" ", bound, end), view.rfind("\n", bound, end),
                view.rfind("\t", bound, end)) + 1
    if start == 0 and bound:
        return -1
    while start < end and view[start] in "(`'\"":
        start += 1
    return start if start < end else -1


def value_first_hits(view: str, lo: str, category: str, priority: int, hits: list[_Hit]) -> None:
    """The value before its label (``V <- ... pw``) or before ``is the ... token``. Each link is
    found by ``str.find`` and the token before it matched from its start: a pattern that opens
    with the value has no literal to scan for and would be tried at every character."""
    if "<-" in view:
        at = view.find("<-")
        while at >= 0:
            start = _token_before(view, at)
            m = _rx(_BACK_ARROW).match(view, start) if start >= 0 else None
            if m is not None and _prose_password(m.group(1)):
                hits.append((category, priority, m.start(1), m.end(1), "back-arrow-password"))
            at = view.find("<-", at + 2)
    if " is " not in lo and " was " not in lo:
        return
    for link in _SAID_LINKS:
        at = lo.find(link)
        while at >= 0:
            start = _token_before(view, at + 1)
            if start >= 0 and at - start >= 16:
                m = _rx(_SAID).match(view, start)
                if m is not None and _said_secret(m):
                    hits.append((category, priority, m.start(1), m.end(1), "value-is-the-secret"))
            at = lo.find(link, at + len(link))
