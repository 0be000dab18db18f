"""The tables the scanner runs on: its views' byte tables, and the dispatch tables built once
from ``RULES`` (or read from the snapshot).

Why a module of its own: they are what makes a clean note cheap (the views are made by one
``bytes.translate`` each, a token run is looked up by its first two characters, a context rule
is filed under its longest keyword word, and the gate words every layer's cues are looked up in
take one set intersection), and they are data derived from the rule table, not scanning code.
One module rather than two: each module a CLI call imports costs ~0.1 ms of its start-up. No
regular expression is compiled here: ``rx`` compiles a pattern on first use and keeps it for
the process.
"""

from __future__ import annotations

import operator
from typing import TYPE_CHECKING

from handoff.privacy import carriers, cues, prose, snapshot
from handoff.privacy.lazy_re import compile_pattern
from handoff.privacy.rules import AGGREGATE, ASSIGNMENT, KEYWORD, RULES, TOKEN

if TYPE_CHECKING:
    import re

# ---------------------------------------------------------------------------------------------
# The views' byte tables (``scanner._scan`` makes the views of a text with them)

MIN_RUN = 16
"""Shortest run of token characters that can hold a known-format credential."""

_LOWER = b"abcdefghijklmnopqrstuvwxyz"


def _byte_table(spans: tuple[tuple[int, bytes], ...]) -> bytearray:
    """A ``bytes.translate`` table: the bytes from each span's start to its replacement, the
    rest to a blank (slice assignments in C: a generator over 256 bytes cost ~20 µs of every
    CLI call's start-up per table)."""
    table = bytearray(b" " * 256)
    for start, into in spans:
        table[start : start + len(into)] = into
    return table


_TOKTAB = bytes(_byte_table((*((c, b"a") for c in b"_-.+/~"), (48, b"a" * 10), (65, b"a" * 26),
                             (97, b"a" * 26))))
"""Token characters (ASCII letters, digits and ``_-.+/~``) to ``a``, the rest blank."""
_WORDTAB = bytes(_byte_table(((65, _LOWER), (97, _LOWER))))
"""Lower-cases ASCII letters and blanks everything else: the words of the lower-cased text."""
_SEPTAB = bytes(_byte_table(tuple((c, b"s") for c in b"-._+~/")))
"""Separators inside a token run: a credential glued after one (``-ghp_``, ``build.AKIA``,
``x-sk-ant-``) starts right after it, so each is a candidate start."""
_RUN = b"a" * MIN_RUN
_INFIX_MIN_RUN = 36
"""Formats found by a literal inside them (Mailchimp, Entra ID, Terraform) are all this long."""

_ESCAPES = (("\\n", "\n "), ("\\r", "\n "), ("\\t", " \t"))
"""JSON-escaped line breaks and tabs, as the two characters they are written with: the view sees
a real break (and a blank), so a phrase after ``\\n`` starts a word and a line (same length, so
spans stay valid)."""


# ---------------------------------------------------------------------------------------------
# Dispatch tables

_SECRET_PARTS = ("pass", "secret", "token", "key", "auth")
"""Searched as substrings: they also occur inside names (PGPASSWORD, apiKey, accessToken)."""
_SECRET_WORDS = ("pwd", "auth", "authtoken", "cred", "creds", "credential", "credentials",
                 "login", "senha", "passwort", "kennwort", "contrasena", "psk", "pw", "clave",
                 "wachtwoord", "haslo", "pat", "salt")
"""Rarer name words, looked up in the text's word set (free) before their positions are found."""


_Hit = tuple[str, int, int, int, str]
"""A finding before overlaps are resolved: category, priority, start, end, rule id."""


# ---------------------------------------------------------------------------------------------
# Dispatch tables, built once from RULES (a few dict inserts; no regex is compiled here)

_Gate = tuple[int, str, bool]
"""A keyword of a context rule: the rule's index in ``_CONTEXT``, the keyword, and whether its
word being present already proves the keyword occurs (otherwise a substring test follows)."""

_ALPHA = bytes(_byte_table(((97, _LOWER),)))

_DISPATCH_FIELDS = operator.attrgetter("kind", "prefixes", "infixes", "keywords", "words",
                                       "name_pattern", "anchored", "procedural")
"""What the dispatch tables are built from (``snapshot.tables`` compares exactly these)."""
_Fields = tuple[str, tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...], str,
                bool, bool]
_Dispatch = tuple[dict[str, list[tuple[str, int]]], dict[str, list[tuple[str, int]]],
                  list[tuple[str, int]], list[tuple[str, int]], list[int], list[int], int | None,
                  dict[bytes, list[_Gate]], list[tuple[str, _Gate]],
                  list[frozenset[bytes]]]


def _dispatch_tables(rows: list[_Fields]) -> _Dispatch:
    """The dispatch tables, with rules as their index in ``RULES`` (a few dict inserts; no
    regex is compiled here): token prefixes by their first two characters (one), infixes,
    the context, vendor-assignment and generic rules, and the context rules' keywords."""
    by2: dict[str, list[tuple[str, int]]] = {}
    by1: dict[str, list[tuple[str, int]]] = {}
    infix: list[tuple[str, int]] = []
    context: list[int] = []
    vendor: list[int] = []
    generic: int | None = None
    for i, (kind, prefixes, infixes, _, _, name_pattern, _, procedural) in enumerate(rows):
        if procedural:
            continue  # run by code of their own (the follower layer, scan_value, cues)
        if kind == TOKEN:
            for p in prefixes:
                (by2.setdefault(p[:2], []) if len(p) >= 2 else by1.setdefault(p, [])).append(
                    (p, i))
            infix.extend((x, i) for x in infixes)
        elif kind in (KEYWORD, AGGREGATE):
            context.append(i)
        elif kind == ASSIGNMENT:
            if name_pattern:
                vendor.append(i)
            else:
                generic = i
    for cands in (*by2.values(), *by1.values()):
        cands.sort(key=lambda c: -len(c[0]))  # the most specific prefix is tried first
    url = by2.pop("//", [])
    by_word: dict[bytes, list[_Gate]] = {}
    by_literal: list[tuple[str, _Gate]] = []
    for n, i in enumerate(context):
        _, _, _, keywords, _, _, anchored, _ = rows[i]
        for k in keywords:
            words = k.encode("ascii").translate(_ALPHA).split()
            # for an anchored rule the substring test is the rule's own search for its keyword
            exact = anchored or (len(words) == 1 and words[0] == k.encode("ascii"))
            if words:
                by_word.setdefault(max(words, key=len), []).append((n, k, exact))
            else:
                by_literal.append((k[-1], (n, k, False)))
    whole = [frozenset(w.encode("ascii") for w in rows[i][4]) for i in context]
    return by2, by1, url, infix, context, vendor, generic, by_word, by_literal, whole


def _dispatch_from_rules() -> _Dispatch:
    """The dispatch tables of ``RULES``: from the snapshot when it was built from the same
    fields of the same rows (``snapshot.tables``), otherwise built here."""
    fields = list(map(_DISPATCH_FIELDS, RULES))
    return snapshot.tables("scanner.dispatch", _dispatch_tables, fields)


(_BY2, _BY1, _url, _infix, _context_at, _vendor_at, _generic_at, _BY_WORD, _BY_LITERAL, _WHOLE
 ) = _dispatch_from_rules()
"""``_BY2``, ``_BY1``: token prefixes by their first two characters (one), each with its rule's
index in ``RULES``: looked up (and the rules found) per head, on first sight (``_head_entry``)."""
_INFIX = [(x, RULES[i]) for x, i in _infix]
_CONTEXT = [RULES[i] for i in _context_at]
_VENDOR = [RULES[i] for i in _vendor_at]
_GENERIC = None if _generic_at is None else RULES[_generic_at]
_URL_RULES = [(p, RULES[i]) for p, i in _url]
del _url, _infix, _context_at, _vendor_at, _generic_at

_URL_PREFIXES = tuple(prefix for prefix, _ in _URL_RULES)
"""Webhook URLs (``//hooks.slack.com/``): looked up only for runs that start with ``//``."""

# ``_BY_WORD``: each keyword is filed under its longest word: the text's word set says in one
# lookup whether the keyword can occur at all. ``_BY_LITERAL``: keywords without letters
# (``://``, ``<|``, ``###``): a substring test, after a one-character test (``memchr``, ~20x
# cheaper than a substring search) on their last character. ``_WHOLE``: per context rule, the
# whole words its matches contain (``Rule.words``), as set members.
_KEYWORD_WORDS = frozenset(_BY_WORD)
"""The words keywords are filed under: the text's gate words among them, in one C call."""
_GATE_WORDS = _KEYWORD_WORDS.union(
    *_WHOLE, (w.encode() for w in _SECRET_WORDS), cues.GATE_WORDS, prose.GATE_WORDS,
    carriers.GATE_WORDS, carriers.LAYOUT_WORDS,
)

_compiled: dict[str, re.Pattern[str]] = {}


def _rx(key: str, pattern: str) -> re.Pattern[str]:
    """Compile on first use; the cache lives for the process."""
    rx = _compiled.get(key)
    if rx is None:
        rx = _compiled[key] = compile_pattern(pattern)
    return rx
