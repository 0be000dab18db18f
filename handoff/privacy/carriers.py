"""Credentials carried by a structure that is not ``NAME=VALUE`` or a header.

Why a module of its own: each of these is a place a credential sits whatever its vendor or
format, so the rule is the place, and the value is judged by its shape there:

- a URL's query parameter that carries a signature or a token (``?sig=``, ``X-Amz-Signature=``,
  ``&code=`` of a magic link, ``access_token=``), in any URL;
- a URL path segment after ``/integration/``, ``/webhooks/``, ``/hooks/`` (a webhook's secret);
- a JSON Web Key with a private member (``"d"``, ``"p"``, ``"k"`` next to ``"kty"``);
- a ``{"name": N, "value": V}`` pair written as text (an ECS or Kubernetes env entry);
- ``set -x NAME V`` (fish) and ``setenv NAME V`` (csh): an assignment without ``=``;
- a password command that only echoes the password (``--password-command 'echo V'``);
- ``net use`` with the password as a positional argument.

Each check starts with a word of the text's word set (``GATE_WORDS``) or one substring test,
so text without these places pays a few set lookups.
"""

from __future__ import annotations

from handoff.privacy import values
from handoff.privacy.lazy_re import rx as _rx

_Hit = tuple[str, int, int, int, str]

_QUERY_NAMES: dict[str, str] = {
    "sig": "sig", "signature": "sig", "x-amz-signature": "sig", "x-goog-signature": "sig",
    "x-amz-security-token": "token", "token": "token", "access_token": "token",
    "id_token": "token", "refresh_token": "token", "auth_token": "token", "auth": "token",
    "api_token": "token", "private_token": "token", "session_token": "token",
    "sas": "token", "secret": "secret", "client_secret": "secret", "code": "code",
    "key": "key", "api_key": "key", "apikey": "key", "api-key": "key", "access_key": "key",
    "password": "password", "pwd": "password", "passwd": "password", "pass": "password",
}
"""Query parameters that carry a credential, and how their value is judged."""
_URL_WORDS = frozenset(
    w.encode() for w in ("sig", "signature", "token", "auth", "sas", "secret", "code", "key",
                         "apikey", "password", "pwd", "passwd", "pass")
)
_PATH_WORDS = frozenset(w.encode() for w in ("integration", "integrations", "webhook",
                                             "webhooks", "hooks", "hook"))
_PATH_MARKS = ("/integration/", "/integrations/", "/webhook/", "/webhooks/", "/hooks/", "/hook/")
GATE_WORDS = _URL_WORDS | _PATH_WORDS | frozenset(
    (b"kty", b"value", b"set", b"setenv", b"echo", b"printf", b"net")
)
"""Words of the text's word set that let a check run."""

_JWK_PRIVATE = r"\"(?:d|p|q|dp|dq|qi|k)\"\s*:\s*\"([A-Za-z0-9_-]{16,4096})\""
_PAIR = (
    r"\"(?:name|key|Name|Key|variable)\"\s*:\s*\"([A-Za-z0-9_.-]{1,64})\"\s*,\s*"
    r"\"(?:value|Value)\"\s*:\s*\"([^\"\\\n]{1,512})\""
)
_SHELL_SET = (
    r"(?<![A-Za-z0-9_-])(?:set\s+-[a-zA-Z]*[xU][a-zA-Z]*|setenv)\s+"
    r"([A-Za-z_][A-Za-z0-9_]{2,63})\s+([\"']?)([^\s\"';|&]{6,512})"
)
_PASS_COMMAND = (
    r"pass(?:word|phrase)?[-_ ]?(?:command|cmd|eval)[\"']?\s*[=:]?\s*[\"']?\s*"
    r"(?:echo|printf)\s+(?:-[a-z]{1,3}\s+)?[\"']?([^\s\"'|;&]{6,256})"
)


def carrier_hits(text: str, view: str, lo: str, present: frozenset[bytes], category: str,
                 priority: int, hits: list[_Hit]) -> None:
    """Add a finding for each credential found in one of the module's places."""
    if "?" in view and not present.isdisjoint(_URL_WORDS):
        _query(view, category, priority, hits)
    if not present.isdisjoint(_PATH_WORDS):
        _paths(view, lo, present, category, priority, hits)
    if b"kty" in present and '"kty"' in view:
        for m in _rx(_JWK_PRIVATE).finditer(view):
            if values.looks_random(m.group(1), 16):
                hits.append((category, priority, m.start(1), m.end(1), "jwk-private-key"))
    if b"value" in present and '"' in view:
        for m in _rx(_PAIR).finditer(view):
            if values.named_secret(m.group(1), m.group(2)):
                hits.append((category, priority, m.start(2), m.end(2), "secret-name-value-pair"))
    if (b"set" in present and "set -" in lo) or b"setenv" in present:
        for m in _rx(_SHELL_SET).finditer(view):
            value = m.group(3)
            if values.named_secret(m.group(1), value) and not values.is_wordy(value):
                hits.append((category, priority, m.start(3), m.end(3), "shell-set-secret"))
    if (b"echo" in present or b"printf" in present) and "pass" in lo:
        for m in _rx(_PASS_COMMAND).finditer(lo):
            value = view[m.start(1) : m.end(1)]
            if values.looks_secret(value, values.PASSWORD):
                hits.append((category, priority, m.start(1), m.end(1), "password-command-echo"))
    if b"net" in present and "net use " in lo:
        _net_use(text, category, priority, hits)  # the text: the view reads a share's \\n as a break


def _query(view: str, category: str, priority: int, hits: list[_Hit]) -> None:
    pos = view.find("?")
    while pos >= 0:
        end = pos + 1
        while end < len(view) and view[end] not in " \t\n\"'<>`#)]}":
            end += 1
        if pos and view[pos - 1] not in " \t\n\"'":  # the query of a URL or a path
            offset = pos + 1
            for part in view[pos + 1 : end].split("&"):
                name, eq, value = part.partition("=")
                kind = _QUERY_NAMES.get(name.lower()) if eq else None
                if kind is not None and _query_secret(kind, value):
                    start = offset + len(name) + 1
                    hits.append((category, priority, start, start + len(value),
                                 "url-secret-param"))
                offset += len(part) + 1
        pos = view.find("?", end)


def _query_secret(kind: str, raw: str) -> bool:
    if "%" in raw:
        from urllib.parse import unquote

        raw = unquote(raw)
    value = raw
    if len(value) < (8 if kind in ("password", "secret") else 16) or values.is_placeholder(
        value
    ) or values.base64_json(value) is not None:
        return False
    if kind == "password":
        return values.looks_secret(value, values.PASSWORD)
    if kind == "secret":
        return values.looks_secret(value, values.STRONG)
    if kind == "key":
        return values.looks_secret(value, values.KEY) or (
            values.looks_random(value, 24) and not values.is_benign_id(value)
        )
    if kind == "code":
        return len(value) >= 20 and values.looks_random(value, 20) and not values.is_uuid(value)
    return values.looks_random(value, 16) or (
        len(value) >= 32 and set(value.lower()) <= set("0123456789abcdef")
    )


def _paths(view: str, lo: str, present: frozenset[bytes], category: str, priority: int,
           hits: list[_Hit]) -> None:
    for mark in _PATH_MARKS:
        if mark.strip("/").encode() not in present:
            continue
        pos = lo.find(mark)
        while pos >= 0:
            start = pos + len(mark)
            end = start
            while end < len(view) and view[end] not in "/?# \t\n\"'<>`)]}&":
                end += 1
            seg = view[start:end]
            if len(seg) >= 24 and not values.is_uuid(seg) and not values.is_wordy(seg) and (
                values.hex_or_uuid(seg) or values.looks_random(seg, 24)
            ):
                hits.append((category, priority, start, end, "webhook-path-secret"))
            pos = lo.find(mark, end)


def _net_use(view: str, category: str, priority: int, hits: list[_Hit]) -> None:
    """``net use Z: \\\\srv\\share V /user:D\\u`` or ``... /user:D\\u V``: the one positional
    argument after the share that is not a flag is the password (``*`` asks for it)."""
    lo = view.lower()
    pos = lo.find("net use ")
    while pos >= 0:
        end = view.find("\n", pos)
        end = len(view) if end < 0 else end
        offset = pos + 8
        seen_share = False
        for token in view[pos + 8 : end].split():
            at = view.find(token, offset)
            offset = at + len(token)
            if token in ("|", "&&", ";", ">", "2>", "||"):
                break
            if token.startswith("\\\\"):
                seen_share = True
                continue
            if token.startswith("/") or (len(token) == 2 and token[1] == ":"):
                continue
            if seen_share and values.looks_secret(token, values.PASSWORD):
                hits.append((category, priority, at, at + len(token), "net-use-password"))
                break
        pos = lo.find("net use ", end)
