"""Credential places added in session 17, found on the retired blind18 corpus.

Ordinary ``keyword`` rows (see ``rules.py``'s docstring), appended to ``rules.RULES`` after
session 16's. Each row is a shape of text, not a vendor's string:

- a session cookie whose name abbreviates "session" (``_gh_sess=V``, ``app_sess=V``) pasted in
  prose: the value must look random (20+ characters, varied, not words);
- HTTP Basic credentials without their header (``auth: `Basic <b64>` ``, ``the header is Basic
  <b64>``): flagged only when the base64 decodes to ``user:password`` in printable ASCII;
- a ``.pgpass`` line (``host:port:db:user:password``) inside a sentence, not at a line's start:
  a host with a dot, a port, and a password's shape last.

Example values are random characters written as two adjacent literals so that other secret
scanners do not flag them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from handoff.privacy import rule as _rules
from handoff.privacy.values import basic_pair, is_benign_id, is_placeholder, looks_random, password_shaped

if TYPE_CHECKING:
    from re import Match

_Rule = _rules.Rule
_C, _KW = _rules.CREDENTIAL, _rules.KEYWORD


def _random_cookie(m: Match[str]) -> bool:
    value = m.group(1)
    return looks_random(value, 20) and not is_benign_id(value)


def _basic_pair(m: Match[str]) -> bool:
    """The base64 decodes to ``user:password`` (``values.basic_pair``, the header's reading)."""
    return basic_pair(m.group(1))


def _pgpass_value(m: Match[str]) -> bool:
    value = m.group(1)
    return password_shaped(value) and not is_benign_id(value) and not is_placeholder(value)


RULES_17: tuple[_rules.Rule, ...] = (
    _Rule(
        "session-cookie-abbreviated",
        "A session cookie whose name abbreviates session (_gh_sess=V, app_sess=V) with a random"
        " value.",
        _C, _KW,
        r"(?<![A-Za-z0-9.-])_?[a-z0-9]{1,20}_sess=([^\s;,'\"&`]{20,512})",
        keywords=("sess",),
        requires=("_sess=",),
        group=1,
        validator=_random_cookie,
        priority=1,
        examples=("reproduced it with my cookie _gh_sess=qOc91AItliGnF2MqVp" "XtQv5NUz8Lw3Kd",),
        near_misses=("the cookie _gh_sess=<value from devtools> expires in a week",
                     "set app_sess=expired_on_logout_default in tests"),
    ),
    _Rule(
        "basic-credentials-bare",
        "HTTP Basic credentials without the Authorization header (auth: Basic <b64>) whose"
        " base64 decodes to user:password.",
        _C, _KW,
        r"(?<![A-Za-z])Basic[ \t]+([A-Za-z0-9+/]{12,256}={0,2})(?![A-Za-z0-9+/=])",
        keywords=("basic",),
        requires=("Basic",),
        group=1,
        validator=_basic_pair,
        priority=1,
        examples=("| auth | `Basic Y2k6QGtHMVh5Q2pXN2JSV016Q2c4TEw4eS0=` |",),
        near_misses=("| auth | `Basic dXNlcjpwYXNzd29yZA==` |",  # user:password, a placeholder
                     "Basic authentication is disabled on the staging ingress"),
    ),
    _Rule(
        "pgpass-line-inline",
        "A .pgpass line (host:port:database:user:password) inside a sentence.",
        _C, _KW,
        r"(?<![\w./:-])[A-Za-z0-9][A-Za-z0-9-]*(?:\.[A-Za-z0-9-]+)+:(?:\d{2,5}):[^\s:]{1,64}:"
        r"[A-Za-z_][\w.-]{0,63}:([^\s`'\"]{6,256}?)(?=[\s`'\"]|$)",
        keywords=(":5432:", ":6432:", ":5433:"),
        group=1,
        validator=_pgpass_value,
        priority=1,
        examples=("Konfiguracja: mq-01.staging.corp.local:5432:*:replicator:jiT5m5vveeQf" "fosw^bDVB%",),
        near_misses=("Konfiguracja: mq-01.staging.corp.local:5432:*:replicator:${PGPASSWORD}",
                     "listening on db.internal:5432:app:ready:true"),
    ),
)
"""Session 17's rows, appended to ``rules.RULES`` after session 16's."""
