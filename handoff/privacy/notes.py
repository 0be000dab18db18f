"""Credentials in the terse forms of notes and issue comments (session 11).

Why a module of its own: ``carriers.py`` is near its size limit, and these places share one
trait: the secret's name is not next to the value, so neither the assignment layer nor the
prose windows see the pair.

- a markdown table whose header names a secret column (``| service | user | password |``):
  each row's cell under that column is judged as a value of that name;
- a terse ``user/V on <target>`` (``admin/V on staging``, ``root/V for the bastion``): no
  secret word at all, so only a generated password's shape counts after the ``/``;
- an unquoted ``NAME=V`` whose value holds a ``"`` (``- MYSQL_PASSWORD=Qw7"zx9Lp2Tk``).

Each check starts with one substring test on the view (``|---``-style separator row, ``/``
followed by a blank and ``on``/``for``), so text without these places pays a few ``find``
calls; the scanner runs ``note_hits`` only when a word of ``GATE_WORDS`` is present.
"""

from __future__ import annotations

from handoff.privacy import values
from handoff.privacy.lazy_re import rx as _rx

_Hit = tuple[str, int, int, int, str]

TABLE_RULE = "table-secret-column"
PAIR_RULE = "user-slash-password"
QUOTE_RULE = "quote-inside-value"

_TABLE_GATES = frozenset(
    w.encode() for w in ("password", "passwd", "pwd", "pw", "passphrase", "secret", "token",
                         "pass", "apikey", "credential", "credentials", "creds", "key"))
_PAIR_GATES = frozenset((b"on", b"for"))
GATE_WORDS = _TABLE_GATES | _PAIR_GATES
"""Words of the view whose presence lets ``note_hits`` run: a secret noun for a table's
header, ``on``/``for`` for a terse pair."""

_SEPARATOR_CHARS = frozenset("|-: \t>")
_USER_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789_.-")
_PATH_HEADS = frozenset(
    ("src", "lib", "docs", "doc", "app", "apps", "test", "tests", "spec", "bin", "pkg", "cmd",
     "internal", "assets", "images", "static", "feature", "features", "release", "fix", "hotfix",
     "bugfix", "origin", "upstream", "refs", "heads", "tags", "main", "master", "dev", "chore"))
"""A repository's directories and a branch's prefixes: ``docs/Setup2Guide`` and
``feature/AddLogin2`` are a path and a branch, not a user and a password."""


def _words(value: str) -> bool:
    """``Setup2Guide``, ``Login2Form``: every run of letters is a word of three or more
    letters, a name with a number inside; a generated password has short or unreadable runs
    (``hT7qPw2xZ9mK``)."""
    if not value.isalnum():
        return False  # a password's symbol (nimbus#sub7773#): no name is written with one
    pieces = "".join(c if c.isalpha() else " " for c in value).split()
    return bool(pieces) and all(len(p) >= 3 and values.is_wordy(p) for p in pieces)


def _file_name(value: str) -> bool:
    """``Setup2Guide.md``, ``Main2.java``: a file's name ends in a short extension of letters."""
    stem, dot, ext = value.rpartition(".")
    return bool(dot and stem) and ext.isalpha() and ext.islower() and len(ext) <= 5


def note_hits(view: str, lo: str, present: frozenset[bytes], category: str, priority: int,
              hits: list[_Hit]) -> None:
    """Add a finding for each credential found in a table column or a terse pair."""
    if not present.isdisjoint(_TABLE_GATES) and "|" in view and "--" in view:
        _tables(view, category, priority, hits)
    if "/" in view and not present.isdisjoint(_PAIR_GATES):
        _pairs(view, category, priority, hits)
    if '"' in view and "=" in view and not present.isdisjoint(_QUOTE_GATES):
        for word in _QUOTE_WORDS:
            pos = lo.find(word + "=")
            while pos >= 0:
                end = pos + len(word)
                m = _rx(_QUOTE_VALUE).match(view, end + 1)
                if m is not None:
                    begin = pos
                    while begin and (view[begin - 1].isalnum() or view[begin - 1] in "_."):
                        begin -= 1
                    _quote_inside(view[begin:end], m.group(1), m.start(1), category, priority,
                                  hits)
                pos = lo.find(word + "=", end)


_QUOTE_GATES = frozenset((b"password", b"passwd", b"pwd", b"secret", b"token", b"pass"))
_QUOTE_WORDS = ("password", "passwd", "pwd", "secret", "token")
_QUOTE_VALUE = r"([^\s\"'(){}\[\]]{1,64}\"[^\s\"'(){}\[\]]{1,64})(?=\s|$)"
"""``MYSQL_PASSWORD=Qw7"zx9Lp2Tk``: an unquoted value (a compose ``environment`` list item, an
env file) holding one ``"`` inside; the assignment layer ends an unquoted value at a quote.
Tried only right after a secret word and ``=`` (one ``find`` per word); the value has no blank
and no bracket (code: ``getenv("X")``, ``f"{x}"``)."""


def _quote_inside(name: str, value: str, start: int, category: str, priority: int,
                  hits: list[_Hit]) -> None:
    """Judged as the name's value, and with a generated password's shape without the quote."""
    cls = values.classify_name(name)
    if cls is not None and values.looks_secret(value, cls) and (
        values.reset_password_shaped(value.replace('"', ""))
    ):
        hits.append((category, priority, start, start + len(value), QUOTE_RULE))


def _cells(line: str, offset: int) -> list[tuple[int, str]]:
    """A table row's cells with their offsets, stripped; the outer pipes are optional."""
    out: list[tuple[int, str]] = []
    body = line
    lead = len(body) - len(body.lstrip(" \t>"))
    if body[lead : lead + 1] == "|":
        lead += 1
    pos = lead
    parts = body[lead:].split("|")
    if parts and not parts[-1].strip():
        parts.pop()  # the closing pipe
    for part in parts:
        start = pos + len(part) - len(part.lstrip())
        out.append((offset + start, part.strip()))
        pos += len(part) + 1
    return out


def _tables(view: str, category: str, priority: int, hits: list[_Hit]) -> None:
    """A header row, then a separator row (``|---|:--|``), then rows: a column whose header
    names a secret (``values.classify_name``) has its cells judged as that name's values. Only
    the lines around each ``--`` are looked at."""
    at = view.find("--")
    while at >= 0:
        start = view.rfind("\n", 0, at) + 1
        end = view.find("\n", at)
        end = len(view) if end < 0 else end
        sep = view[start:end]
        if "|" in sep and set(sep) <= _SEPARATOR_CHARS and start:
            _table(view, start, end, category, priority, hits)
        at = view.find("--", end)


def _table(view: str, start: int, end: int, category: str, priority: int,
           hits: list[_Hit]) -> None:
    """The table whose separator row is ``view[start:end]``."""
    head = view.rfind("\n", 0, start - 1) + 1
    header = _cells(view[head : start - 1], head)
    secret = {}
    for n, (_, name) in enumerate(header):
        cls = values.classify_name(name.replace(" ", "_").strip("`*_")) if name else None
        if cls is not None:
            secret[n] = cls
    if not secret:
        return
    row = end + 1
    while row < len(view):
        stop = view.find("\n", row)
        stop = len(view) if stop < 0 else stop
        line = view[row:stop]
        if "|" not in line:
            return
        for n, (cstart, cell) in enumerate(_cells(line, row)):
            cls = secret.get(n)
            value = cell.strip("`")
            if cls is not None and _cell_secret(value, cls):
                vstart = cstart + cell.find(value)
                hits.append((category, priority, vstart, vstart + len(value), TABLE_RULE))
        row = stop + 1


def _cell_secret(value: str, cls: str) -> bool:
    """A cell under a secret column holds the secret unless it is prose about it (``rotated
    monthly``, ``in 1Password``), a reference or a placeholder (``looks_secret``)."""
    if not value or " " in value or len(value) > 256:
        return False
    return values.looks_secret(value, cls) and not values.is_benign_id(value)


def _pairs(view: str, category: str, priority: int, hits: list[_Hit]) -> None:
    """``admin/V on staging``: the token before `` on ``/`` for `` is a lower-case user name,
    ``/`` and a value with a generated password's shape (``values.reset_password_shaped``:
    mixed case and a digit, a passphrase, or letters, a digit and a password's symbol). A
    branch (``feature/AddLogin2``) reads as words and a path has more than one ``/``. The
    search starts at a literal ``/`` (the regex engine skips to each one in C); the user is
    read back from it."""
    for m in _rx(_PAIR_TAIL).finditer(view):
        slash = begin = m.start()
        while begin and slash - begin < 32 and view[begin - 1] in _USER_CHARS:
            begin -= 1
        if begin < slash and (not begin or view[begin - 1].isspace()):
            _pair(view, begin, m.end(1), category, priority, hits)


_PAIR_TAIL = r"/([^\s/]{6,64}+)[ \t]++(?:on|for|@)[ \t]"
"""A ``/``, the password (no blank, no second ``/``) and the link to the login's target."""


def _pair(view: str, begin: int, pos: int, category: str, priority: int,
          hits: list[_Hit]) -> None:
    token = view[begin:pos].rstrip(",;:")
    user, slash, secret = token.partition("/")
    if slash and "/" not in secret and 1 <= len(user) <= 32 and (
        set(user) <= _USER_CHARS and user[0].isalpha()
    ) and user not in _PATH_HEADS and not _file_name(secret) and (
        values.is_passphrase(secret) or (values.reset_password_shaped(secret)
                                         and not values.is_wordy(secret)
                                         and not _words(secret))
    ):
        vstart = begin + len(user) + 1
        hits.append((category, priority, vstart, vstart + len(secret), PAIR_RULE))
