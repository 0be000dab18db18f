"""Credentials carried by a structure that is not ``NAME=VALUE`` or a header.

Why a module of its own: each of these is a place a credential sits whatever its vendor or
format, so the rule is the place, and the value is judged by its shape there:

- a URL's query parameter that carries a signature or a token (``?sig=``, ``X-Amz-Signature=``,
  ``&code=`` of a magic link, ``access_token=``), in any URL;
- a URL path segment after ``/integration/``, ``/webhooks/``, ``/hooks/`` (a webhook's secret);
- a JSON Web Key with a private member (``"d"``, ``"p"``, ``"k"`` next to ``"kty"``);
- a ``{"name": N, "value": V}`` pair written as text (an ECS or Kubernetes env entry);
- ``set -x NAME V`` (fish), ``setenv NAME V`` (csh) and ``setx NAME V`` (Windows): an
  assignment without ``=``;
- a password command that only echoes the password (``--password-command 'echo V'``);
- ``net use`` with the password as a positional argument;
- ``echo V > ~/.config/app/token``: a value written to a file named for a secret (``.pgpass``);
- ``Basic <base64 of user:password>`` anywhere; ``--auth-user-pass <(printf '%s\n' U P)``;
- a session cookie named in prose (``my laravel_session cookie was V``) or a ``cookies.txt`` line;
- a config command's key and value (``config set linode_token V``, ``config twilio.api_key V``):
  the key names the value, with no operator between them;
- a secret name qualified before its operator (``TWILIO_AUTH_TOKEN for staging = V``,
  ``DB_PASSWORD (prod): V``) or set in prose (``set LOGZIO_TOKEN to V``);
- a command that prints a secret (``kubectl get secret ... | jq -r .data.password | base64 -d``,
  ``vault kv get -field=password``) and the one-token line of output right after it;
- a header's name and value with only blanks between (``X-API-Key V``, nginx's
  ``proxy_set_header X-Api-Key V;``);
- a vendor's name alone as a value's name (``zendesk=V``, ``datadog: V``);
- a password manager's export: a CSV header naming a password column and the rows under it,
  a lone row holding a URL and a password-shaped field, a JSON field object whose ``value``
  sits beside ``"designation": "password"`` or ``"id": "password"``, a KeePass XML
  ``<Key>Password</Key><Value>V</Value>`` pair;
- a chat line that hands over a login: ``use V for the grafana admin``, ``try `V` on the
  vpn`` (a generated password's shape, and an account or service to log in to after it);
- an answer typed into a prompt by a script: ``expect``'s ``send "V\\r"`` and ``yes V | cmd``.

Each check starts with a word of the text's word set (``GATE_WORDS``) or one substring test,
so text without these places pays a few set lookups.
"""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING

from handoff.privacy import mangled, notes, transport, values, vendors14
from handoff.privacy.deferred import deferred
from handoff.privacy.lazy_re import rx as _rx

if TYPE_CHECKING:
    from collections.abc import Iterator
    from re import Match

    from handoff.privacy import payloads
else:  # imported by the first text that needs it (``deferred``): no short note does
    payloads = deferred("handoff.privacy.payloads")

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
_NAME_WORDS = frozenset(
    w.encode() for w in ("token", "key", "secret", "password", "passwd", "pwd", "pat", "apikey",
                         "credential", "credentials", "passphrase", "auth", "creds")
)
"""Words of a secret name (``TWILIO_AUTH_TOKEN`` has ``token``): a qualified name needs one."""
_READ_SECRET: tuple[tuple[bytes, str], ...] = tuple((w.encode(), m) for w, m in (
    ("secret", "get secret"), ("secret", "get-secret-value"), ("versions", "secrets versions access"),
    ("kv", "kv get"), ("vault", "vault read"), ("show", "pass show"), ("op", "op read"),
    ("jsonpath", "jsonpath"), ("data", ".data."), ("field", "-field"),
    ("secretstring", "secretstring"), ("base", "base64 -d"), ("decode", "base64 --decode"),
))
"""A command whose output is a secret's value (when its line also names one), under a word of
the text's word set that must be present for its search to run."""
_OUTPUT_WORDS = frozenset(w for w, _ in _READ_SECRET)
GATE_WORDS = _URL_WORDS | _PATH_WORDS | _NAME_WORDS | _OUTPUT_WORDS | values.VENDOR_WORDS | frozenset(
    (b"kty", b"value", b"send", b"yes", b"use", b"try", b"http", b"https", b"password", b"login",
     b"pwd", b"passwd", b"key",
     b"set", b"setenv", b"setx", b"echo", b"printf", b"net", b"config", b"cookie",
     b"cookies", b"true", b"false", b"basic", b"pass", b"contents", b"content",
     b"securestring")
) | notes.GATE_WORDS
"""Words of the text's word set that let a check run."""

_JWK_PRIVATE = r"\"(?:d|p|q|dp|dq|qi|k)\"\s*:\s*\"([A-Za-z0-9_-]{16,4096})\""
_PAIR = (
    r"\"(?:name|key|Name|Key|variable)\"\s*:\s*\"([A-Za-z0-9_.-]{1,64})\"\s*,\s*"
    r"\"(?:value|Value)\"\s*:\s*\"([^\"\\\n]{1,512})\""
)
_SHELL_SET = (
    r"(?<![A-Za-z0-9_-])(?:set\s+-[a-zA-Z]*[xU][a-zA-Z]*|setenv|setx)\s+"
    r"([A-Za-z_][A-Za-z0-9_]{2,63})\s+([\"']?)([^\s\"';|&]{6,512})"
)
_CONFIG_SET = (
    r"config(?:[ \t]+(?:set|add|put))?[ \t]+([A-Za-z_][A-Za-z0-9_.:-]{1,63})"
    r"[ \t]+([\"']?)([A-Za-z0-9+/_~.-][^\s\"']{5,511})\2(?![^\s,;)])"
)
_QUALIFIED = (
    r"[ \t]+(?:for|in|on|at|of)[ \t]+[A-Za-z0-9_./-]{1,32}(?:[ \t]+[A-Za-z0-9_./-]{1,32}){0,2}"
    r"[ \t]*(?:=|:|->|is|was)[ \t]*([\"']?)([^\s\"']{6,512})\1"
    r"|[ \t]*\([A-Za-z0-9_. /-]{1,32}\)[ \t]*(?:=|:|->)[ \t]*([\"']?)([^\s\"']{6,512})\3"
    r"|[ \t]+to[ \t]+([\"']?)([^\s\"']{12,512})\5"
    r"|[ \t]+(?:set|changed|rotated|updated|reset)[ \t]+to[ \t]+([\"']?)([^\s\"']{12,512})\7"
    r"|[ \t]+with[ \t]+([\"']?)([^\s\"']{12,512})\9"
)
"""After a secret name: a qualifier then an operator (``for staging =``, ``(prod):``), or
``to`` (``set NAME to V``, ``NAME set to V``); matched at the blank after the name."""
_JOINERS = ("_", ".", "-")
"""A secret word joined to the rest of an identifier (``AUTH_TOKEN``, ``twilio.api_key``)."""
_QUALIFIER_MARKS = (" for ", " in ", " on ", " at ", " of ", " (", " to ", " set to ",
                    " changed to ", " rotated to ", " updated to ", " reset to ", " with ")
_PASS_COMMAND = (
    r"pass(?:word|phrase)?[-_ ]?(?:command|cmd|eval)[\"']?\s*[=:]?\s*[\"']?\s*"
    r"(?:echo|printf)\s+(?:-[a-z]{1,3}\s+)?[\"']?([^\s\"'|;&]{6,256})"
)

_REDIRECT = (
    r"(?:echo|printf)[ \t]+(?:-[a-z]{1,3}[ \t]+)*([\"']?)([^\s\"'|;&<>]{6,512})\1[ \t]*>>?[ \t]*"
    r"[\"']?([^\s\"'|;&<>]{1,256})"
)
"""``echo V > ~/.config/app/token``: a value written to a file whose name says it holds a secret
(``token``, ``api_key.txt``, ``.pgpass``); the file's name is the value's name."""

_COOKIE_PROSE = (
    r"(?<![A-Za-z0-9_.-])([A-Za-z0-9_.-]{2,64})[ \t]+cookie[ \t]+(?:value[ \t]+)?"
    r"(?:(?:from|in|of)(?:[ \t]+[A-Za-z']{1,20}){1,3}?[ \t]+)?(?:(?:was|is|=|:)[ \t]+)?"
    r"[\"'`]?([A-Za-z0-9%_.+/=-]{16,4096})"
    r"|cookies?\b[^\n]{0,80}?(?<![A-Za-z0-9_.-])([A-Za-z0-9_.-]{2,64})=[\"']?([A-Za-z0-9%_.+/-]{16,4096})"
)
"""A session cookie named in prose (``my laravel_session cookie was V``, ``copied my session
cookie: sid=V``, ``the session cookie from my browser was V``, ``my sid cookie V``): the
cookie's name says it carries a session, the value looks random."""
_COOKIE_FILE = (
    r"(?m)\t(?:TRUE|FALSE)\t[^\t\n]{1,256}\t(?:TRUE|FALSE)\t\d{1,12}\t([^\t\n]{1,128})"
    r"\t([^\t\s]{12,4096})"
)
"""A line of a Netscape ``cookies.txt`` (domain, flag, path, secure, expiry, name, value)."""


def _session_cookie(name: str, value: str) -> bool:
    return vendors14.prose_cookie(name, value)  # a uuid is a session's id in a log, not its cookie


_BASIC = r"(?<![A-Za-z0-9_-])[Bb]asic[ \t]+([A-Za-z0-9+/]{8,684}={0,2})(?![A-Za-z0-9+/=_-])"
"""``Basic <base64 of user:password>`` outside a header line (``auth header was 'Basic ...'``,
a log's quoted value): the decoded text is the credential pair."""
_USER_PASS_FEED = (
    r"auth-user-pass[ \t]+<\([ \t]*(?:printf|echo)[ \t]+(?:-[a-z]{1,3}[ \t]+)*"
    r"(?:'%s[^'\n]{0,3}\n?[^'\n]{0,3}'[ \t]+|\"%s[^\"\n]{0,3}\n?[^\"\n]{0,3}\"[ \t]+)?"
    r"([\"']?)[^\s\"')]{1,128}\1[ \t]+([\"']?)([^\s\"')]{4,256})\2[ \t]*\)"
)
"""``openvpn --auth-user-pass <(printf '%s\n' USER PASS)``: the second line fed is the password."""


_FILE_CONTENTS = (
    r"(?<![A-Za-z0-9_.-])([A-Za-z0-9_.~/-]{2,128})[ \t]+(?:file[ \t]+)?contents?[ \t]*"
    r"(?:is|are|was|=|:|->)?[ \t]+([\"'`]?)([^\s\"'`]{8,512})\2"
)
"""``secrets.json contents: V``, ``~/.npm_token content is V``: a file named for a secret and
what it holds, with a label and no operator between them (class 3 of issue 11)."""
_SECURE_VALUE = r"--value(?:[ \t]+|=)([\"']?)([^\s\"']{6,512})\1"
"""``aws ssm put-parameter --type SecureString --value V``: the parameter's type says its value
is a secret whatever its name (``--name /prod/db``)."""


def _config_name(key: str) -> str:
    """The part of a dotted config key that names the value: the key itself, or else its first
    piece that names a secret (``pypi-token.pypi`` is poetry's token for the ``pypi`` index,
    ``github.token`` git's), so a secret word in the middle of the key counts."""
    if values.classify_name(key) is not None or "." not in key:
        return key
    for piece in key.split("."):
        if values.classify_name(piece) is not None:
            return piece
    return key


def _file_holds_secret(path: str, value: str) -> bool:
    """The file's stem names a secret (``secrets``, ``api_key``, ``.npm_token``) and the value,
    judged under that name, is one and not a sentence or a word."""
    stem = path.rstrip("/").rsplit("/", 1)[-1].lstrip(".")
    stem = stem.split(".", 1)[0] if "." in stem else stem
    if values.classify_name(stem) is None and stem.endswith("s"):
        stem = stem[:-1]  # secrets.json, credentials.txt: one of what the name says
    value = value.rstrip(".,;")
    return values.named_secret(stem, value) and not values.is_wordy(value) and (
        values.looks_secret(value, values.PASSWORD))


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
    if (b"set" in present and "set -" in lo) or b"setenv" in present or b"setx" in present:
        for m in _rx(_SHELL_SET).finditer(view):
            value = m.group(3)
            if values.named_secret(m.group(1), value) and not values.is_wordy(value):
                hits.append((category, priority, m.start(3), m.end(3), "shell-set-secret"))
    if (b"echo" in present or b"printf" in present) and "pass" in lo:
        for m in _rx(_PASS_COMMAND).finditer(lo):
            value = view[m.start(1) : m.end(1)]
            if values.looks_secret(value, values.PASSWORD):
                hits.append((category, priority, m.start(1), m.end(1), "password-command-echo"))
    if (b"echo" in present or b"printf" in present) and ">" in view:
        _redirected(view, category, priority, hits)
    if (b"cookie" in present or b"cookies" in present) and "cookie" in lo:
        for m in _cookie_prose(view):
            group = 2 if m.group(2) is not None else 4
            if _session_cookie(m.group(group - 1), m.group(group)):
                value = m.group(group).rstrip(".,;")
                hits.append((category, priority + 1, m.start(group), m.start(group) + len(value),
                             "session-cookie-prose"))  # behind the rules' session-cookie-pair
    if "\tTRUE\t" in view or "\tFALSE\t" in view:
        for m in _rx(_COOKIE_FILE).finditer(view):
            if _session_cookie(m.group(1), m.group(2)):
                hits.append((category, priority, m.start(2), m.end(2), "cookie-file-line"))
    if b"basic" in present and "asic " in view:
        for m in _rx(_BASIC).finditer(view):
            if values.basic_pair(m.group(1)):
                hits.append((category, priority, m.start(1), m.end(1), "basic-credentials"))
    if b"pass" in present and "auth-user-pass" in lo:
        for m in _rx(_USER_PASS_FEED).finditer(view):
            if values.looks_secret(m.group(3), values.PASSWORD):
                hits.append((category, priority, m.start(3), m.end(3), "openvpn-auth-feed"))
    if (b"contents" in present or b"content" in present) and "content" in lo:
        for m in _rx(_FILE_CONTENTS).finditer(view):
            if _file_holds_secret(m.group(1), m.group(3)):
                hits.append((category, priority, m.start(3), m.end(3), "secret-file-contents"))
    if b"securestring" in present and "--value" in lo:
        for m in _rx(_SECURE_VALUE).finditer(view):
            if values.looks_secret(m.group(2), values.PASSWORD):
                hits.append((category, priority, m.start(2), m.end(2), "secure-parameter-value"))
    if b"net" in present and "net use " in lo:
        _net_use(text, category, priority, hits)  # the text: the view reads a share's \\n as a break
    if b"config" in present:
        for m in _rx(_CONFIG_SET).finditer(view):  # a literal start: a fast scan, no lookbehind
            if m.start() and (view[m.start() - 1].isalnum() or view[m.start() - 1] in "_-"):
                continue  # part of a longer name (kubeconfig, app_config)
            name, value = m.group(1), m.group(3)
            if not (any(c in name for c in "_.:-") or not name.islower()):
                continue  # a word of prose ("the config token (xoxb-...)"), not a config key
            named = _config_name(name)
            if named != name and not values.looks_random(value, 16):
                continue  # a secret word inside the key (token.expiry 1h30m): random values only
            if values.named_secret(named, value) and not values.is_wordy(value):
                hits.append((category, priority, m.start(3), m.end(3), "config-key-secret"))
    if not present.isdisjoint(_NAME_WORDS):
        _qualified(view, lo, present, category, priority, hits)
        if "set it to " in lo:
            _set_it(view, lo, category, priority, hits)
    if "\n" in view and not present.isdisjoint(_OUTPUT_WORDS):
        _printed(view, lo, present, category, priority, hits)
    if not present.isdisjoint(_HEADER_WORDS) and ("x-" in lo or "-key" in lo or "-token" in lo):
        _header_names(view, lo, category, priority, hits)
    if not present.isdisjoint(_VENDOR_BYTES) and ("=" in view or ": " in view):
        _vendor_named(view, lo, present, category, priority, hits)
    if "," in view and ("://" in view or not present.isdisjoint(_COLUMN_WORDS)):
        _csv_rows(view, present, category, priority, hits)
    if b"value" in present and '"value"' in lo:
        for m in _rx(_FIELD_OBJECT).finditer(view):
            _field_object(m, category, priority, hits)
    if b"send" in present and "send" in view:
        for m in _rx(_EXPECT_SEND).finditer(view):
            _typed_answer(m, "assword" in lo or "passphrase" in lo, category, priority, hits)
    if (b"use" in present or b"try" in present) and not _LOGIN_TARGETS.isdisjoint(present):
        for m in _login_handovers(view):
            value = m.group(1)
            if "/" not in value and _handed_over(value):
                hits.append((category, priority, m.start(1), m.end(1), "chat-login-handover"))
    if b"yes" in present and "|" in view:
        for m in _rx(_YES_PIPE).finditer(view):
            _typed_answer(m, False, category, priority, hits)
    if b"key" in present and "<key>" in lo:
        for m in _rx(_XML_PAIR).finditer(view):
            if values.named_secret(m.group(1), m.group(2)):
                hits.append((category, priority, m.start(2), m.end(2), "export-field-value"))
    if not present.isdisjoint(notes.GATE_WORDS):
        notes.note_hits(view, lo, present, category, priority, hits)
    if b"evaluating" in present and "secrets." in view:
        for m in _rx(_ACTIONS_DEBUG).finditer(view):
            if values.named_secret(m.group(1), m.group(2)) and (
                    _generated(m.group(2), 12) or values.hex_or_uuid(m.group(2))):
                hits.append((category, priority, m.start(2), m.end(2), "actions-debug-secret"))


_COLUMN_WORDS = frozenset((b"password", b"login", b"pwd", b"passwd", b"secret", b"pass"))
"""A CSV header names its password column with one of these (``login_password``, ``Password``)."""
_CSV_HINT = r",[^\s,]*,"
"""Two commas with no blank between them: where an export's header or row can be."""
_FIELD_OBJECT = r"\{[^{}\n]{0,400}\}"
_FIELD_PAIR = r"\"([A-Za-z_]{1,24})\"\s*:\s*\"((?:[^\"\\\n]|\\.){0,512})\""
_FIELD_NAMES = ("designation", "id", "name", "label", "title", "field", "key", "k", "n")
_XML_PAIR = r"<Key>\s*([A-Za-z][A-Za-z _-]{0,40}?)\s*</Key>\s*<Value(?:\s[^>]{0,80})?>([^<\s]{1,512})</Value>"


_LOGIN_TARGETS = frozenset(w.encode() for w in (
    "admin", "login", "vpn", "account", "root", "ssh", "sftp", "wifi", "db", "database",
    "console", "dashboard", "server", "nas", "box", "user", "portal", "router"))
_USE_FOR_LOGIN = (
    r"(?<![A-Za-z0-9_-])(?:[Uu]se|[Tt]ry)[ \t]+`?([^\s`]{8,128}?)`?[ \t]+(?:for|on|as)[ \t]+"
    r"(?:[A-Za-z0-9_.-]+[ \t]+){0,3}?(?:admin|login|vpn|account|root|ssh|sftp|wifi|db|database|"
    r"console|dashboard|server|nas|box|user|portal|router)\b"
)
"""``use V for the grafana admin``: a value handed over for a login, a few words before it."""
GATE_WORDS = GATE_WORDS | _LOGIN_TARGETS
_HANDOVER_VERBS = ("use", "Use", "try", "Try")


def _login_handovers(view: str) -> list[Match[str]]:
    """What ``finditer`` of ``_USE_FOR_LOGIN`` finds, tried only where its verb is written.

    Searched over a whole note, the pattern's look-behind and leading alternation are tried at
    every position (~80 µs a 2 KB note); the verbs are found by ``str.find`` instead."""
    starts: list[int] = []
    for verb in _HANDOVER_VERBS:
        at = view.find(verb)
        while at != -1:
            starts.append(at)
            at = view.find(verb, at + 1)
    return _matches_at(_USE_FOR_LOGIN, view, starts)


def _matches_at(pattern: str, view: str, starts: list[int]) -> list[Match[str]]:
    """The matches ``finditer`` finds, given every position where one can start.

    Matched at those positions alone, left to right, a match starting inside the previous one
    skipped: what ``finditer`` keeps, without trying the pattern at every other position."""
    rx = _rx(pattern)
    kept: list[Match[str]] = []
    for at in sorted(set(starts)):
        if kept and at < kept[-1].end():
            continue
        m = rx.match(view, at)
        if m is not None:
            kept.append(m)
    return kept


_COOKIE_NAME = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.-")
"""The characters of ``_COOKIE_PROSE``'s name."""


def _cookie_prose(view: str) -> list[Match[str]]:
    """What ``finditer`` of ``_COOKIE_PROSE`` finds, tried only where a match can start.

    Its first branch starts at the run of name characters that ends a blank before ``cookie``
    (the name is followed by blanks, so it is that whole run), its second at ``cookie`` itself.
    Searched over a whole note, the look-behind was tried at every position (~150 µs of a
    2 KB note that mentions a cookie)."""
    starts: list[int] = []
    at = view.find("cookie")
    while at != -1:
        starts.append(at)
        gap = at
        while gap and view[gap - 1] in " \t":
            gap -= 1
        if gap < at:
            name = gap
            while name and view[name - 1] in _COOKIE_NAME:
                name -= 1
            if name < gap:
                starts.append(name)
        at = view.find("cookie", at + 1)
    return _matches_at(_COOKIE_PROSE, view, starts)


def _handed_over(value: str) -> bool:
    """A generated password, not a build's name: a symbol among mixed classes, or 12+ random
    letters and digits (``fooBar2Baz``, ``Node18LTS`` are names said in the same place)."""
    if not values.reset_password_shaped(value) or values.is_benign_id(value):
        return False
    if not value.isalnum():
        return values.char_classes(value) >= 3
    if len(value) < 12 or values.is_wordy(value):
        return False
    pieces = [p for p in _rx(_CAMEL_PIECE).findall(value) if len(p) >= 3]
    return sum(map(values.is_wordy, pieces)) < 2  # two words make a name: HttpClientFactory2


_CAMEL_PIECE = r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|[0-9]+"
_EXPECT_SEND = r"(?<![A-Za-z0-9_-])send[ \t]+(?:--[ \t]+)?\"([^\"\s\\$\[]{6,128})(?:\n |\\r)\""
"""``send "V\\r"`` (the view reads ``\\r`` as a break and a blank, same length)."""
_YES_PIPE = r"(?<![A-Za-z0-9_-])yes[ \t]+([\"']?)([^\s\"'|$]{6,128})\1[ \t]*\|"


def _typed_answer(m: Match[str], asked: bool, category: str, priority: int,
                  hits: list[_Hit]) -> None:
    """The text a script types at a prompt: a password when the script waits for one, else only
    a generated password's shape (``send "ls -la\\r"``, ``yes y |`` are answers, not secrets)."""
    group = m.lastindex or 1
    value = m.group(group)
    if values.reset_password_shaped(value) or (asked and values.looks_secret(value, values.PASSWORD)
                                               and not values.is_wordy(value)):
        hits.append((category, priority, m.start(group), m.end(group), "typed-answer"))


def _field_object(m: Match[str], category: str, priority: int, hits: list[_Hit]) -> None:
    """One flat JSON object of an export's fields (``{"value": V, "id": "password", "type":
    "P"}``, 1Password's ``"designation": "password"``): the name is a sibling member's value,
    in either order, and ``"type": "P"`` (a password field's type) names it a password."""
    pairs = {k: (v, m.start() + sub.start(2)) for sub in _rx(_FIELD_PAIR).finditer(m.group(0))
             for k, v in (sub.groups(),)}
    found = pairs.get("value")
    if found is None:
        return
    value, start = found
    names = [pairs[k][0] for k in _FIELD_NAMES if k in pairs]
    if pairs.get("type", ("", 0))[0] == "P":
        names.append("password")
    if "keyName" in pairs:  # az ... keys list: [{"keyName": "key1", "value": V}]: an account key
        names.append("account_key")
    if any(values.named_secret(n, value) for n in names if n.lower() != "login"):
        hits.append((category, priority, start, start + len(value), "export-field-value"))


def _csv_fields(view: str, start: int, end: int) -> list[tuple[int, str]]:
    """The fields of one CSV line with where each starts (quotes off, doubled quotes undone)."""
    out: list[tuple[int, str]] = []
    i = start
    while i <= end:
        if i < end and view[i] == '"':
            j = i + 1
            buf: list[str] = []
            while j < end:
                if view[j] == '"':
                    if j + 1 < end and view[j + 1] == '"':
                        buf.append('"')
                        j += 2
                        continue
                    break
                buf.append(view[j])
                j += 1
            out.append((i + 1, "".join(buf)))
            k = view.find(",", j, end)
            i = (k if k >= 0 else end) + 1
        else:
            k = view.find(",", i, end)
            k = end if k < 0 else k
            out.append((i, view[i:k]))
            i = k + 1
    return out


def _column_class(name: str) -> str | None:
    """The class of a CSV column by its header (``login_password``, ``otpSecret``), if secret;
    a bare ``login`` or ``username`` column holds a user name."""
    low = name.strip().lower()
    if low in ("login", "username", "user", "login_username") or not low:
        return None
    return values.classify_name(name.strip())


def _csv_rows(view: str, present: frozenset[bytes], category: str, priority: int,
              hits: list[_Hit]) -> None:
    """An export's CSV: the header's secret columns judge the rows under it; with no header, a
    row of four or more fields with a URL judges each field by a password's shape."""
    columns: list[tuple[int, str]] = []
    pos = 0
    for hint in _rx(_CSV_HINT).finditer(view):  # lines with two commas and no blank between
        if hint.start() < pos:
            continue
        start = view.rfind("\n", 0, hint.start()) + 1
        if start > pos and columns and view.count("\n", pos, start) > 1:
            columns = []  # a header rules only the lines right under it
        end = view.find("\n", hint.end())
        end = len(view) if end < 0 else end
        pos = end + 1
        if ", " in view[start:end]:
            continue  # prose, or code's argument list
        fields = _csv_fields(view, start, end)
        header = _csv_header(fields)
        if header is not None:
            columns = header
        elif columns:
            _csv_judge(fields, columns, category, priority, hits)
        elif len(fields) >= 4 and "://" in view[start:end]:
            _csv_lone_row(fields, category, priority, hits)


def _csv_header(fields: list[tuple[int, str]]) -> list[tuple[int, str]] | None:
    """The secret columns of a header row (every field a column name), or None."""
    if not all(f and len(f) <= 40 and f.replace("_", "").replace(" ", "").isalnum()
               and not f[0].isdigit() for _, f in fields):
        return None
    secret = [(i, cls) for i, (_, f) in enumerate(fields) if (cls := _column_class(f))]
    return secret or None


def _csv_judge(fields: list[tuple[int, str]], columns: list[tuple[int, str]], category: str,
               priority: int, hits: list[_Hit]) -> None:
    for index, cls in columns:
        if index < len(fields):
            start, value = fields[index]
            if value and values.looks_secret(value, cls):
                hits.append((category, priority, start, start + len(value), "export-field-value"))


def _csv_lone_row(fields: list[tuple[int, str]], category: str, priority: int,
                  hits: list[_Hit]) -> None:
    """A password manager's row pasted without its header: a URL, a user and a field that has
    a generated password's shape (mixed case and a digit, or a symbol), never an id or a date."""
    for start, value in fields:
        if " " in value or "://" in value or ("@" in value and "." in value.rsplit("@", 1)[-1]):
            continue
        if values.reset_password_shaped(value) or (
            values.password_shaped(value) and values.char_classes(value) >= 3
            and not values.is_benign_id(value) and not values.hex_or_uuid(value)
        ):
            hits.append((category, priority, start, start + len(value), "export-field-value"))
            return


_VENDOR_BYTES = values.VENDOR_WORDS - frozenset(
    w.encode() for w in ("together", "amplitude", "resend", "clerk", "alchemy", "paddle",
                         "iterable", "braze", "wasabi", "snowflake", "pusher", "plaid", "gemini"))
"""Vendor names that are not also common words (``together: <hash>`` names no key)."""
_VENDOR_VALUE = r"[ \t]*(?:=|:[ \t])[ \t]*[\"']?(?P<v>[A-Za-z0-9_+/=.%-]{20,512})"


def _vendor_named(view: str, lo: str, present: frozenset[bytes], category: str, priority: int,
                  hits: list[_Hit]) -> None:
    """A vendor's name alone as the name of a value (``zendesk=V (sandbox)``, ``datadog: V``):
    the value is that vendor's key, judged as one (hex and UUIDs count). Only where the name is
    a whole word of its own, not part of a longer name or path."""
    rx = _rx(_VENDOR_VALUE)
    for word in present.intersection(_VENDOR_BYTES):
        name = word.decode()
        at = lo.find(name)
        while at >= 0:
            end = at + len(name)
            if (at == 0 or not (lo[at - 1].isalnum() or lo[at - 1] in "_-./")) and (
                end < len(lo) and lo[end] in " \t=:"
            ):
                m = rx.match(view, end)
                if m is not None and values.looks_vendor_secret(m.group("v")):
                    hits.append((category, priority, m.start("v"), m.end("v"), "vendor-named-value"))
                    return
            at = lo.find(name, end)


_HEADER_NAME = (
    r"(?i:x-[a-z0-9-]{0,24}?(?:api-?key|token|auth(?:-token|-key)?|secret|key|signature)"
    r"|api-key|private-token|access-token|auth-token)"
    r"(?P<sep>[ \t]+|[\"'][ \t]+[\"']?)(?P<v>[A-Za-z0-9_+/=.:-]{16,512})"
)
_HEADER_WORDS = frozenset((b"key", b"token", b"auth", b"secret", b"signature", b"apikey"))
_HEADER_STARTS = ("x-", "api-key", "private-token", "access-token", "auth-token")


def _header_names(view: str, lo: str, category: str, priority: int, hits: list[_Hit]) -> None:
    """A header's name and its value with only blanks between (``X-API-Key V`` in prose,
    nginx's ``proxy_set_header X-Api-Key V;``): the name says what the value is, as a colon
    would. The pattern is matched only where one of the names' literal starts occurs."""
    rx = _rx(_HEADER_NAME)
    for start in _HEADER_STARTS:
        at = lo.find(start)
        while at >= 0:
            if at == 0 or not (lo[at - 1].isalnum() or lo[at - 1] in "_-"):
                m = rx.match(view, at)
                if m is not None and values.looks_vendor_secret(m.group("v").rstrip(".:")):
                    hits.append((category, priority, m.start("v"), m.end("v"), "header-name-value"))
            at = lo.find(start, at + 1)


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
    return values.looks_random(value, 16) or (  # ?access_token=<20 hex>: named, so not an id
        len(value) >= 20 and set(value.lower()) <= set("0123456789abcdef")
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


def _redirected(view: str, category: str, priority: int, hits: list[_Hit]) -> None:
    for m in _rx(_REDIRECT).finditer(view):
        if m.start() and (view[m.start() - 1].isalnum() or view[m.start() - 1] in "_-"):
            continue
        value, start = m.group(2), m.start(2)
        stem = m.group(3).rstrip("/").rsplit("/", 1)[-1].lstrip(".").split(".")[0]
        if stem == "pgpass" and value.count(":") >= 4:  # host:port:db:user:password
            cut = value.rindex(":") + 1
            value, start = value[cut:], start + cut
            if values.looks_secret(value, values.PASSWORD):
                hits.append((category, priority, start, start + len(value), "file-written-secret"))
        elif values.named_secret(stem, value) and not values.is_wordy(value):
            hits.append((category, priority, start, start + len(value), "file-written-secret"))


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


def _qualified(view: str, lo: str, present: frozenset[bytes], category: str, priority: int,
               hits: list[_Hit]) -> None:
    """``TWILIO_AUTH_TOKEN for staging = V``, ``DB_PASSWORD (prod): V``, ``set NAME to V``: an
    identifier-shaped secret name (``_``, ``.`` or ``-`` inside, or upper case) whose value
    comes after a qualifier and an operator, or after ``to``. Starts at each secret word of
    the text (a few per note), never at each ``in``/``for``/``to``."""
    for word in _NAME_WORDS.intersection(present):
        w = word.decode()
        pos = lo.find(w)
        while pos >= 0:
            end = pos + len(w)
            if not (lo[pos - 1 : pos] in _JOINERS or lo[end : end + 1] in _JOINERS
                    or view[pos:end].isupper()):
                pos = lo.find(w, end)
                continue  # a plain word of prose ("the token for the bot"): no identifier
            while end < len(lo) and (lo[end].isalnum() or lo[end] in "_.-"):
                end += 1
            if lo.startswith(_QUALIFIER_MARKS, end) or lo.startswith("(", end):
                ns = pos
                while ns and (view[ns - 1].isalnum() or view[ns - 1] in "_.-"):
                    ns -= 1
                name = view[ns:end].rstrip(".-")
                if len(name) >= 4 and (any(c in name for c in "_.-") or name.isupper()) and (
                    name[0].isalpha()
                ):
                    m = _rx(_QUALIFIED).match(view, ns + len(name))
                    if m is not None:
                        group = next(g for g in (2, 4, 6, 8, 10) if m.group(g) is not None)
                        _qualified_value(view, name, m, group, category, priority, hits)
            pos = lo.find(w, end)


_SECRET_IDENT = r"[A-Za-z][A-Za-z0-9]*(?:[_.-][A-Za-z0-9]+)+|[A-Z][A-Z0-9]{3,}"


def _set_it(view: str, lo: str, category: str, priority: int, hits: list[_Hit]) -> None:
    """``NAME was unset. Set it to V``: the pronoun stands for a secret name written in the
    sentence before (at most 160 characters back); the value is judged as ``set NAME to V``."""
    at = lo.find("set it to ")
    while at >= 0:
        m = _rx(r"([\"'`]?)([^\s\"'`]{12,512})\1").match(view, at + 10)
        if m is not None:
            names = [n for n in _rx(_SECRET_IDENT).findall(view, max(0, at - 160), at)
                     if values.classify_name(n) is not None]
            if names:
                _qualified_value(view, names[-1], m, 2, category, priority, hits, strict=True)
        at = lo.find("set it to ", at + 10)


def _qualified_value(view: str, name: str, m: Match[str], group: int, category: str,
                     priority: int, hits: list[_Hit], strict: bool = False) -> None:
    value = m.group(group).rstrip(".,;")
    cls = values.classify_name(name)
    if cls is None or not values.named_secret(name, value) or values.is_wordy(value):
        return
    if (group >= 6 or strict) and not (values.looks_secret(value, cls) or values.looks_random(value, 16)):
        return  # "set NAME to V" is prose: the value must look like a secret on its own
    if values.is_benign_id(value) and not values.hex_or_uuid(value):
        return
    start = m.start(group)
    hits.append((category, priority, start, start + len(value), "qualified-secret-name"))


def _printed(view: str, lo: str, present: frozenset[bytes], category: str, priority: int,
             hits: list[_Hit]) -> None:
    """A command that prints a secret's value, and the line right after it holding one token:
    the value as the terminal showed it (an agent's transcript of ``kubectl get secret ... |
    base64 -d``). One C search per marker; only a line with a marker is looked at."""
    seen: set[int] = set()
    for word, marker in _READ_SECRET:
        if word not in present:
            continue
        pos = lo.find(marker)
        while pos >= 0:
            line_start = lo.rfind("\n", 0, pos) + 1
            line_end = lo.find("\n", pos)
            if line_end < 0:
                break  # no line after the command: nothing it printed
            if line_start not in seen:
                seen.add(line_start)
                _printed_line(view, lo, line_start, line_end, category, priority, hits)
            pos = lo.find(marker, line_end)


_CAPTURED = r"[ \t>*-]*(?:export[ \t]+|local[ \t]+|readonly[ \t]+)?[a-z_][a-z0-9_]*=[\"']?\$\("
"""An assignment from a command's output (``NAME=$(cmd)``), as a script or an env file writes it."""


def _printed_line(view: str, lo: str, line_start: int, line_end: int, category: str,
                  priority: int, hits: list[_Hit]) -> None:
    line = lo[line_start:line_end]
    if not any(w in line for w in ("password", "passwd", "secret", "token", "pass ", "key")):
        return
    if "$(" in line and _rx(_CAPTURED).match(line) is not None:
        return  # ``DB_PASSWORD=$(vault read ...)``: the output goes into the variable, not the screen
    nxt = lo.find("\n", line_end + 1)
    nxt = len(lo) if nxt < 0 else nxt
    out = view[line_end + 1 : nxt].strip()
    if out and " " not in out and len(out) >= 8 and not values.is_placeholder(out) and (
        values.password_shaped(out) or values.is_word_passphrase(out)
        or values.looks_random(out, 12)
        or (values.char_classes(out) >= 3 and not values.is_wordy(out))
    ) and not values.is_benign_id(out):
        start = view.find(out, line_end + 1)
        hits.append((category, priority, start, start + len(out), "printed-secret"))


# ---------------------------------------------------------------------------------------------
# Session 12: markdown tables, user / password pairs, a CI runner's debug echo

_ACTIONS_DEBUG = (
    r"Evaluating: secrets\.([A-Za-z0-9_]{2,64})[ \t]*(?:\r?\n)?[^\n]{0,80}?Result: '([^'\s]{8,512})'"
)
"""GitHub Actions' step debug log: the expression ``secrets.NAME`` and, on the next line, its
value as the runner evaluated it (debug logging prints it unmasked when the mask is bypassed).
The line break may be gone (a log pasted as one line)."""
GATE_WORDS = GATE_WORDS | {b"evaluating"}
_ALIGN_ROW = r"\|(?:[ \t]*:?-{3,}:?[ \t]*\|)+"
_ROW_GAP = " \t\r\n?/>\\0123456789"
"""What sits between two rows of a table: a line break, a quote's ``>``, a line number, or the
marker a flattened paste put there (``\u00b6``, ``\u23ce`` read as ``?``, ``//``, ``\\n``)."""
_CLOUD_NAMES = frozenset(("aws", "azure", "gcp", "google", "github", "gitlab"))


def layout_hits(view: str, lo: str, present: frozenset[bytes], category: str, priority: int,
                hits: list[_Hit]) -> None:
    """Credentials placed by layout, with no secret word near them: a markdown table's cell
    under a secret column or beside a vendor's name, a ``user / password`` pair, a line that
    is only ``user:password``, a value handed over in chat (``here you go: V``, ``use V for
    now``). Run on every text: each check first finds its punctuation or phrase."""
    if view.count("|") >= 3:
        _md_tables(view, category, priority, hits)
        if "://" in view:
            _pipe_rows(view, category, priority, hits)
    if not present.isdisjoint(_HANDOVER_WORDS):
        verbs = not present.isdisjoint(_VERB_WORDS) and not present.isdisjoint(_QUALIFIER_WORDS)
        for phrase, word in _HANDOVER_PHRASES:
            if word not in present or (phrase in _VERB_PHRASES and not verbs):
                continue
            at = lo.find(phrase)
            while at >= 0:
                m = _rx(_HANDOVER).match(view, at + len(phrase))
                if m is not None and (phrase not in _VERB_PHRASES or m.group(2)) and (
                        _handed_over(m.group(1)) or _long_random(m.group(1))) and (
                        values.char_classes(m.group(1)) >= 3):
                    hits.append((category, priority, m.start(1), m.end(1), "chat-handover"))
                at = lo.find(phrase, at + len(phrase))
    if "/" in view:
        _login_pairs(view, category, priority, hits)
    if ":" in view and _rx(_LINE_GATE).search(view) is not None:
        _login_lines(view, category, priority, hits)
    vendors14.layout_hits(view, lo, category, priority, hits)  # V <- pw, V is the token, cookie rows
    if '\\"' in view:  # a JSON record carried as a JSON string: its quotes escaped
        payloads.escaped_json_hits(view, category, priority, hits)
    mangled.view_hits(view, category, priority, hits)  # colour codes, CDATA, \u escapes
    transport.transport_hits(view, category, priority, hits)  # URL, HTML, QP, base64, shell, wrap


_HANDOVER_PHRASES = (("here you go", b"here"), ("here it is", b"here"), ("this one", b"one"),
                     ("new one is", b"one"), ("temporary one", b"one"), ("use ", b"use"),
                     ("uses ", b"uses"), ("used ", b"used"))
"""Each phrase with a word of the text's word set it needs (looked up before any search)."""
_VERB_PHRASES = frozenset(("use ", "uses ", "used "))
_VERB_WORDS = frozenset((b"use", b"uses", b"used"))
_QUALIFIER_WORDS = frozenset((b"now", b"until", b"call", b"access", b"authenticate", b"hit",
                              b"instead", b"today", b"meantime", b"demo"))
_HANDOVER_WORDS = frozenset(w for _, w in _HANDOVER_PHRASES)
LAYOUT_WORDS = _HANDOVER_WORDS | _QUALIFIER_WORDS
"""Words the scanner's word set must hold for ``layout_hits`` to see them."""
_HANDOVER = (
    r"[:,]?[ \t]{0,3}`?([^\s`\"']{12,128}?)`?(?:[ \t]+(for now|until|instead|for today|in the "
    r"meantime|for the demo|to call|to access|to authenticate|to hit)|(?=[\s,;)\]\"']|\.(?:\s|$)|$))"
)
"""What a teammate writes when handing a login over in chat: the phrase, then the value; after
``use`` the value needs a time qualifier (``use V for now``: ``use`` alone is every command)."""


def _long_random(value: str) -> bool:
    """20+ random letters and digits of both cases: a key's shape, which ``_handed_over``'s
    name test (two readable pieces make a name) can refuse by chance."""
    return len(value) >= 20 and _pair_secret(value) and values.looks_random(value, 20)


def _pipe_rows(view: str, category: str, priority: int, hits: list[_Hit]) -> None:
    """A password manager's row pasted with ``|`` between fields (``Console | jonas@acme.io |
    V | https://...``): judged as a CSV row without its header."""
    at = 0
    for line in view.split("\n"):
        start, at = at, at + len(line) + 1
        if line.count("|") >= 3 and "://" in line and "---" not in line:
            at_line = start
            fields: list[tuple[int, str]] = []
            pos = 0
            for cell in line.split("|"):
                stripped = cell.strip()
                if stripped:
                    fields.append((at_line + pos + cell.find(stripped), stripped))
                pos += len(cell) + 1
            if len(fields) >= 4 and not any(_rx(r"[A-Za-z_][A-Za-z0-9_.-]*=").match(f)
                                            for _, f in fields):
                _csv_lone_row(fields, category, priority, hits)  # (not KEY=V | KEY=V settings)


def _generated(value: str, min_len: int = 8) -> bool:
    """A generated password's or key's shape on its own: mixed case and a digit, or a symbol,
    or a random run; never an id, a digest, a date or a word."""
    if len(value) < min_len or " " in value or values.is_placeholder(value):
        return False
    if values.is_benign_id(value) or values.hex_or_uuid(value) or values.is_wordy(value):
        return False
    return values.reset_password_shaped(value) or values.looks_random(value, 16) or (
        values.password_shaped(value) and values.char_classes(value) >= 3)


_FILE_EXTENSIONS = frozenset((
    "md", "py", "txt", "json", "yaml", "yml", "toml", "sh", "js", "ts", "tsx", "jsx", "go", "rs",
    "rb", "java", "kt", "html", "css", "sql", "cfg", "conf", "ini", "lock", "log", "csv", "xml",
    "pdf", "png", "jpg", "svg", "zip", "gz", "tar", "c", "h", "cpp", "cs", "php", "swift", "tf",
    "rst", "ipynb", "proto", "env", "pem", "key", "pub",
    # build and packaging files named in changelogs (``cipher/poly1305-amd64.S:``,
    # ``patches/0001-Fix-x.patch``, ``lib/libPolly*.a``, ``doc/CrtImgType.3``)
    "s", "a", "o", "so", "lo", "la", "in", "am", "ac", "m4", "mk", "cmake", "patch", "diff",
    "orig", "rej", "spec", "dsc", "deb", "rpm", "def", "inc", "asm", "hpp", "hh", "cc", "cxx",
    "m", "mm", "pl", "pm", "tcl", "el", "vim", "lua", "1", "2", "3", "4", "5", "6", "7", "8"))


def _pair_secret(value: str) -> bool:
    """Stricter than ``_generated``, for a value with no secret word near it: upper and lower
    case and a digit (``Sa1uYX@eXTDuq``), or equal groups of random letters and digits joined by
    ``-`` (``k9q54-xz14t-dn9k0``, a manager's generated shape); ``repo/docs-site#622`` fails."""
    # cheap first: a path piece or a word (append-only-log) has one case and no digit
    if (value.islower() or value.isupper()) and not ("-" in value and _rx(r"\d").search(value)):
        return False
    if not _generated(value) or value.startswith("/"):
        return False
    if "." in value and value.rpartition(".")[2].lower() in _FILE_EXTENSIONS:
        return False  # docs/Setup2Guide.md: a file under a directory
    cased = any(c.isupper() for c in value) and any(c.islower() for c in value)
    if value.isalnum():
        read = [p for p in _rx(_CAMEL_PIECE).findall(value)
                if len(p) >= 4 and values.is_wordy(p) and any(c in "aeiouAEIOU" for c in p)]
        if len(read) >= 2 and sum(map(len, read)) * 2 >= len(value):
            return False  # Setup2Guide, HttpClient2Factory: readable pieces make a name
    if cased and len(value) >= 8 and any(c.isdigit() for c in value):
        return True
    if cased and len(value) >= 10 and any(c in values.PASSWORD_SYMBOLS for c in value):
        return True  # GaNpcL*OilLigNS: both cases and a policy's symbol, no digit
    groups = value.split("-")
    return len(groups) >= 3 and len({len(g) for g in groups}) == 1 and 4 <= len(groups[0]) <= 6 \
        and all(g.isalnum() for g in groups) and sum(c.isdigit() for c in value) >= 2 and (
            all(any(c.isdigit() for c in g) or values.unreadable_group(g) for g in groups)
            or sum(map(values.unreadable_group, groups)) >= len(groups) - 1)


def _cells(view: str, pos: int, n: int) -> tuple[list[tuple[int, str]], int] | None:
    """The ``n`` cells of the row that starts at the ``|`` at ``pos``, and where it ends."""
    out: list[tuple[int, str]] = []
    pos += 1
    for _ in range(n):
        j = view.find("|", pos)
        if j < 0 or "\n" in view[pos:j]:
            return None
        out.append((pos, view[pos:j]))
        pos = j + 1
    return out, pos


def _cell_value(start: int, cell: str) -> tuple[int, str]:
    stripped = cell.strip()
    start += cell.find(stripped) if stripped else 0
    if len(stripped) > 2 and stripped[0] == stripped[-1] == "`":
        return start + 1, stripped[1:-1]
    return start, stripped


def _rows(view: str, pos: int, n: int) -> Iterator[list[tuple[int, str]]]:
    """The rows of ``n`` cells from ``pos`` (after a table's alignment row), at most 64."""
    for _ in range(64):
        gap = view[pos : pos + 40]
        pos += len(gap) - len(gap.lstrip(_ROW_GAP))
        if not view.startswith("|", pos):
            return
        row = _cells(view, pos, n)
        if row is None:
            return
        cells, pos = row
        yield cells


def _named_rows(view: str, pos: int, n: int, category: str, priority: int,
                hits: list[_Hit]) -> None:
    """A table whose header names no secret column (``| var | value |``, ``| Setting | |``):
    a row whose cell is a secret-named identifier (``PINECONE_API_KEY``, `` `api_key` ``)
    holds its value in the next cell, judged as ``NAME=value`` would be (session 18: an
    LLM project's README lists its keys this way, a hex or UUID key under a vendor's name)."""
    for cells in _rows(view, pos, n):
        for (_, left), (vpos, right) in pairwise(cells):
            name = left.strip().strip("`*")
            if not name or not _rx(_IDENT_NAME).fullmatch(name) or values.classify_name(name) is None:
                continue
            start, value = _cell_value(vpos, right)
            if value and " " not in value and vendors14.pair_secret(name, value) and (
                    _generated(value, 16) or values.hex_or_uuid(value)):
                hits.append((category, priority, start, start + len(value), "table-named-row"))


_IDENT_NAME = r"[A-Za-z][A-Za-z0-9]*(?:[_.-][A-Za-z0-9]+)+|[a-z]+[A-Z][A-Za-z0-9]*"
"""A variable's, a field's or a flag's name (``OPENAI_API_KEY``, ``db.password``,
``apiKey``), not a phrase: a row's first words (``Secret key``) are a description."""


def _md_tables(view: str, category: str, priority: int, hits: list[_Hit]) -> None:
    """A markdown table (also flattened onto one line, or quoted in an issue comment): the
    header names each column, so a cell under ``password`` or ``key`` is judged with that name;
    a row with no header is judged where a vendor's name sits in the cell before a value."""
    seen = False
    if "---" in view:
        for m in _rx(_ALIGN_ROW).finditer(view):
            seen = True
            n = m.group(0).count("-") and len(_rx(r"-{3,}").findall(m.group(0)))
            head = view[max(0, m.start() - 2000) : m.start()].rstrip(_ROW_GAP)
            if not head.endswith("|"):
                continue
            header = head[:-1].rsplit("|", n)
            if len(header) != n + 1:
                continue
            columns = [(i, c.strip().strip("`*")) for i, c in enumerate(header[1:])]
            secret = [(i, name, cls) for i, name in columns if (cls := _column_class(name))]
            if not secret:
                _named_rows(view, m.end(), n, category, priority, hits)
                continue
            for cells in _rows(view, m.end(), n):
                vendor = next((w for _, c in cells if (w := c.strip().lower().split(" ")[0])
                               in values.VENDOR_NAMES), "")
                for i, name, cls in secret:
                    start, value = _cell_value(*cells[i])
                    if cls == values.KEY and vendor:  # | twilio | <key> |: the vendor's key
                        cls, name = values.STRONG, vendor + "_" + name
                    if value and values.named_secret(name, value) and (
                        values.looks_secret(value, cls) and (
                            cls != values.KEY or _generated(value, 16))
                    ) and not values.is_wordy(value):
                        hits.append((category, priority, start, start + len(value),
                                     "table-column-secret"))
    if seen or view.count("|") < 3:
        return
    for m in _rx(r"\|[ \t]*([A-Za-z][A-Za-z0-9 ]{1,30}?)[ \t]*\|[ \t]*`?([^\s|`]{16,512})`?[ \t]*\|"
                 ).finditer(view):
        name = m.group(1).lower()
        if name.split(" ")[0] in values.VENDOR_NAMES or name.split(" ")[0] in _CLOUD_NAMES:
            value = m.group(2)
            if _generated(value, 16) and values.looks_secret(value, values.STRONG):
                hits.append((category, priority, m.start(2), m.end(2), "table-vendor-secret"))


_LOGIN_PAIR = (
    r"(?<![A-Za-z0-9_./:@-])`?([a-z][a-z0-9._-]{1,31}(?:@[a-z0-9-]+(?:\.[a-z0-9-]+)+)?)`?"
    r"(?:[ \t]+/[ \t]+|/)`?([^\s`/]{6,128}?)`?(?=[ \t]|$|\n|[,;)](?:\s|$))"
)
"""``user / password`` as a teammate hands a login over (``admin/V works``, `` `bob` / `V` ``):
the password must have a generated password's shape, so paths and ``and/or`` pass."""
_LOGIN_LINE = (
    r"[ \t]*(?:[A-Za-z][A-Za-z0-9_-]{1,24}[ \t]+)?([a-z][a-z0-9._-]{2,31}):([^\s:/]{8,128})"
    r"[ \t]*\r?\Z"
)
"""A line that is only ``user:password`` (an htpasswd-style credentials file line, ``grafana
admin:V`` in a note)."""


def _login_pairs(view: str, category: str, priority: int, hits: list[_Hit]) -> None:
    """Each ``/`` with a name right before it and one token after it (to the next blank) that
    holds no other ``/``: a path's or a URL's slashes fail the search's look-around in C."""
    slashes = list(_rx(_PAIR_SLASH).finditer(view))
    if " / " in view:
        slashes += _rx(_PAIR_SPACED).finditer(view)
    for slash in slashes:
        pos, vstart = slash.start(), slash.end()
        lo_bound = max(0, pos - 40)  # a user name is at most 32 characters
        ustart = max(view.rfind(" ", lo_bound, pos), view.rfind("\n", lo_bound, pos),
                     view.rfind("\t", lo_bound, pos), lo_bound - 1) + 1
        m = _rx(_LOGIN_PAIR).match(view, ustart)
        if m is not None and m.start(2) in (vstart, vstart + 1):
            value = m.group(2).rstrip(".,;:)")  # a ChangeLog's ``* cipher/file.S:``
            if _pair_secret(value) and not value.startswith(("http", "www.")) and not (
                    value[:1] in "~." or "\\" in value):
                hits.append((category, priority, m.start(2), m.start(2) + len(value),
                             "login-pair"))


_PAIR_SHAPE = r"(?=[^\s/]*?[A-Z-])"
"""Speed only: the token after the slash holds an upper-case letter or a ``-``. The value is
part of that token, and ``_pair_secret`` refuses any (ASCII) value with neither: it wants both
cases, or ``-`` groups (a value of one case, or with no letter, without ``-`` fails its first
test or its last). A path's last piece (``jsonl.py``, ``design.md``) is no longer a candidate."""
_PAIR_SLASH = r"/(?<=[A-Za-z0-9`]/)(?=[^\s/]{6,130}(?:\s|$))" + _PAIR_SHAPE
_PAIR_SPACED = r" / (?<=[A-Za-z0-9`] / )(?=[^\s/]{6,130}(?:\s|$))" + _PAIR_SHAPE
"""A slash after a name's last character, then one token of 6+ characters with no slash (the
literal first, so ``re`` finds candidates with a C search)."""
_LINE_GATE = r":[^\s:/]{8,128}[ \t]*\r?(?=\n|\Z)"
"""Speed only: what every line ``_LOGIN_LINE`` accepts holds (its one ``:``, the value, blanks,
the line's end), found in one C search before ``_login_lines`` walks the text's colons."""


def _login_lines(view: str, category: str, priority: int, hits: list[_Hit]) -> None:
    """A short line that is only ``user:password``, after at most one word. Only lines with a
    ``:`` and no blank after it are looked at (found by ``str.find``, not line by line)."""
    colon = view.find(":")
    while colon >= 0:
        start = view.rfind("\n", 0, colon) + 1
        end = view.find("\n", colon)
        end = len(view) if end < 0 else end
        if end - start <= 170 and " " not in view[colon:end].rstrip(" \t\r"):
            m = _rx(_LOGIN_LINE).match(view, start, end)
            if m is not None:
                value = m.group(2)
                if _pair_secret(value) and not values.is_algorithm(m.group(1)) and (
                        any(c in values.PASSWORD_SYMBOLS for c in value)
                        or values.looks_random(value, 16)):
                    hits.append((category, priority, m.start(2), m.end(2), "login-line"))
        colon = view.find(":", end)
