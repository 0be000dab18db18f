"""The engine that runs the rule table over a string or a JSON-like value.

Why it is shaped like this: the CLI starts many times per session and every write is scanned, so
the common case (an ordinary note with no secret) must cost microseconds and must not compile the
~100 regular expressions of the table. The scan therefore works in cheap layers:

1. The text is mapped to an ASCII view of the same length, and lower-cased once.
2. Token rules: ``bytes.translate`` marks token characters, ``bytes.find`` jumps to every run of 16
   or more of them (C speed, no regex), and the run's first characters are looked up in a dict of
   literal prefixes. Only a run that starts like ``ghp_`` or ``AKIA`` compiles and runs a regex.
3. Keyword, aggregate and assignment rules run only when their literal keywords occur in the
   lower-cased text (``str.__contains__``), and their patterns start with literals so that the
   regex engine's own prefix search skips most of the text.
4. Overlaps are resolved per category by priority (format before context before generic).

Patterns are compiled on first use and cached for the process. ``re`` itself is imported only
when a pattern is first needed, so a clean note pays for neither.

The scanner never raises: an unexpected internal error is reported as a ``scanner-error`` finding
for the whole string, so a bug rejects a write (fails closed) instead of crashing the caller or
letting a value through unchecked.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

from handoff.errors import Finding
from handoff.privacy import values
from handoff.privacy.rules import AGGREGATE, ASSIGNMENT, KEYWORD, RULES, TOKEN, Rule

if TYPE_CHECKING:
    import re

__all__ = ["scan_text", "scan_value"]

MIN_RUN = 16
"""Shortest run of token characters that can hold a known-format credential."""

_TOKEN_CHARS = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-.+/~")
_TOKTAB = bytes(97 if i in _TOKEN_CHARS else 32 for i in range(256))
_RUN = b"a" * MIN_RUN
_INFIX_MIN_RUN = 36
"""Formats found by a literal inside them (Mailchimp, Entra ID, Terraform) are all this long."""
_NAME_BREAKS = "/+~"

_SECRET_PARTS = ("pass", "secret", "token", "key")
"""Searched as substrings: they also occur inside names (PGPASSWORD, apiKey, accessToken)."""
_SECRET_WORDS = ("pwd", "auth", "authtoken", "cred", "creds", "credential", "credentials")
"""Rarer name words, looked up in the text's word set (free) before their positions are found."""
_HEADER_KEYS = frozenset(("cookie", "set-cookie", "authorization", "proxy-authorization"))

_ASSIGN_NAME = r"(?P<rest>[A-Za-z0-9_.-]{0,64})(?P<close>[\"'`]?\]?[\"'`]?)"
_ASSIGN_VALUE = (
    r"(?:(?P<q>[\"'`])(?P<qv>[^\"'`\n\r]{1,256})|(?P<v>[^\s\"'`,;<>(){}\[\]|&]{1,256}))"
)
_ASSIGN_TAIL = (
    _ASSIGN_NAME
    + r"(?P<op>[ \t]{0,8}(?::=|=>|==|=|:|->|>)[ \t]{0,8}|[ \t]{1,8}value[ \t]*=[ \t]*"
    r"|[ \t]{1,8}(?i:is|was|to|are)[ \t]{1,8})" + _ASSIGN_VALUE
)
"""Name, operator (``=``, ``:``, ``=>``, ``" value="``, prose ``is``) and value after a keyword."""
_ASSIGN_BARE = _ASSIGN_NAME + r"(?P<op>[ \t]{1,8})" + _ASSIGN_VALUE
"""The same with a bare space as operator: only for flags (``--token x``) and passwords."""


_Hit = tuple[str, int, int, int, str]
"""A finding before overlaps are resolved: category, priority, start, end, rule id."""


# ---------------------------------------------------------------------------------------------
# Dispatch tables, built once from RULES (a few dict inserts; no regex is compiled here)

_BY2: dict[str, list[tuple[str, Rule]]] = {}
_BY1: dict[str, list[tuple[str, Rule]]] = {}
_INFIX: list[tuple[str, Rule]] = []
_CONTEXT: list[Rule] = []
_VENDOR: list[Rule] = []
_GENERIC: Rule | None = None

for _rule in RULES:
    if _rule.kind == TOKEN:
        for _p in _rule.prefixes:
            (_BY2.setdefault(_p[:2], []) if len(_p) >= 2 else _BY1.setdefault(_p, [])).append(
                (_p, _rule)
            )
        _INFIX.extend((_i, _rule) for _i in _rule.infixes)
    elif _rule.kind in (KEYWORD, AGGREGATE):
        _CONTEXT.append(_rule)
    elif _rule.kind == ASSIGNMENT:
        if _rule.name_pattern:
            _VENDOR.append(_rule)
        else:
            _GENERIC = _rule
for _cands in (*_BY2.values(), *_BY1.values()):
    _cands.sort(key=lambda c: -len(c[0]))  # the most specific prefix is tried first
del _rule, _cands


_Gate = tuple[tuple[bytes, ...], str, str, bool]
"""A keyword as a cheap test (words, literal, rare characters, exact): a single word is looked
up in the text's words; a phrase or a keyword with punctuation is indexed by its longest word
and, when that word occurs, tested as a substring (for an anchored rule that test is the rule's
own search for the keyword); a keyword without letters is a substring test after its rare
characters are found."""


def _gate(keyword: str, anchored: bool) -> _Gate:
    words = tuple(keyword.encode("ascii").translate(_ALPHA).split())
    rare = "".join(c for c in dict.fromkeys(keyword) if not c.isalnum() and c != " ")
    exact = anchored or (len(words) == 1 and words[0] == keyword.encode("ascii"))
    return (words, keyword, rare, exact)


_ALPHA = bytes(i if 97 <= i <= 122 else 32 for i in range(256))
_BY_WORD: dict[bytes, list[tuple[str, _Gate]]] = {}
_BY_LITERAL: list[tuple[str, _Gate]] = []
for _r in _CONTEXT:
    for _k in _r.keywords:
        _g = _gate(_k, _r.anchored)
        if _g[0]:
            _BY_WORD.setdefault(max(_g[0], key=len), []).append((_r.id, _g))
        else:
            _BY_LITERAL.append((_r.id, _g))
_GATE_WORDS = frozenset(_BY_WORD) | {w.encode() for w in _SECRET_WORDS}
_RULE_BY_ID = {r.id: r for r in _CONTEXT}
_ORDER = {r.id: i for i, r in enumerate(_CONTEXT)}
del _r, _k, _g

_URL_RULES = _BY2.pop("//", [])
_URL_PREFIXES = tuple(prefix for prefix, _ in _URL_RULES)
"""Webhook URLs (``//hooks.slack.com/``): looked up only for runs that start with ``//``."""

_compiled: dict[str, re.Pattern[str]] = {}


def _rx(key: str, pattern: str) -> re.Pattern[str]:
    """Compile on first use; the cache lives for the process."""
    rx = _compiled.get(key)
    if rx is None:
        import re

        rx = _compiled[key] = re.compile(pattern)
    return rx


# ---------------------------------------------------------------------------------------------
# Layers


def _tokens(view: str, runs: bytes, hits: list[_Hit]) -> None:
    """Dispatch every run of 16+ token characters on its first characters."""
    find = runs.find
    by2 = _BY2
    by1 = _BY1
    i = find(_RUN)  # the first window of a run is at the run's start (runs[k] is view[k])
    while i >= 0:
        j = find(b" ", i + MIN_RUN)
        if j < 0:
            j = len(runs)
        head = view[i : i + 2]
        if head == "//":
            if view.startswith(_URL_PREFIXES, i):  # a webhook URL
                _match_first(view, i, _URL_RULES, hits)
        elif head in by2 or head[0] in by1:
            _dispatch(view, i, hits)
        if i and view[i - 1] == "\\" and head[0] in "ntr":  # a JSON-escaped \nghp_...
            _dispatch(view, i + 1, hits)
        k = view.find("/", i, j)
        while k >= 0:  # a path or URL segment: https://ghp_...@github.com, .../bot<token>
            k += 1
            head = view[k : k + 2]
            if head in by2 or head[:1] in by1:
                _dispatch(view, k, hits)
            k = view.find("/", k, j)
        if j - i >= _INFIX_MIN_RUN:
            _infixes(view, i, j, hits)
        i = find(_RUN, j)


def _infixes(view: str, start: int, end: int, hits: list[_Hit]) -> None:
    """Rules whose literal is inside the token (``.atlasv1.``, ``Q~``, ``-us``)."""
    for infix, rule in _INFIX:
        pos = view.find(infix, start, end)
        if pos >= 0:
            m = _rx(rule.id, rule.pattern).search(view, max(start, pos - 64), end)
            if m is not None and (rule.validator is None or rule.validator(m)):
                hits.append((rule.category, rule.priority, m.start(), m.end(), rule.id))


def _dispatch(view: str, start: int, hits: list[_Hit]) -> None:
    head = view[start : start + 2]
    for cands in (_BY2.get(head), _BY1.get(head[:1])):
        if cands and _match_first(view, start, cands, hits):
            return


def _match_first(
    view: str, start: int, cands: list[tuple[str, Rule]], hits: list[_Hit]
) -> bool:
    """Try the candidate rules whose prefix is at ``start``, most specific first."""
    for prefix, rule in cands:
        if not view.startswith(prefix, start):
            continue
        m = _rx(rule.id, rule.pattern).match(view, start)
        if m is not None and (rule.validator is None or rule.validator(m)):
            hits.append((rule.category, rule.priority, m.start(), m.end(), rule.id))
            return True
    return False


def _live_keywords(view: str, lo: str) -> tuple[dict[str, list[str]], frozenset[bytes]]:
    """For each context rule, the keywords that occur in the text; and the gate words present."""
    live: dict[str, list[str]] = {}
    present = _GATE_WORDS.intersection(lo.encode("ascii").translate(_ALPHA).split())
    for word in present:
        for rule_id, gate in _BY_WORD.get(word, ()):
            if gate[3] or gate[1] in lo:
                live.setdefault(rule_id, []).append(gate[1])
    for rule_id, gate in _BY_LITERAL:
        if all(c in view for c in gate[2]) and gate[1] in lo:
            live.setdefault(rule_id, []).append(gate[1])
    return live, present


def _context(view: str, lo: str, live: dict[str, list[str]], hits: list[_Hit]) -> None:
    for rule_id in sorted(live, key=_ORDER.__getitem__):
        rule = _RULE_BY_ID[rule_id]
        keywords = live[rule.id]
        if rule.requires and not all(c in view for c in rule.requires):
            continue
        target = lo if rule.lower else view
        rx = _rx(rule.id, rule.pattern)
        matches: Iterable[re.Match[str]]
        if rule.anchored:
            matches = _anchored(rx, target, lo, keywords)
        else:
            matches = rx.finditer(target)
        if rule.kind == AGGREGATE:
            ms = list(matches)
            if ms and rule.aggregate is not None:
                for start, end in rule.aggregate(ms):
                    hits.append((rule.category, rule.priority, start, end, rule.id))
            continue
        for m in matches:
            if rule.validator is None or rule.validator(m):
                start, end = m.span(rule.group)
                hits.append((rule.category, rule.priority, start, end, rule.id))


def _anchored(
    rx: re.Pattern[str], target: str, lo: str, keywords: Iterable[str]
) -> list[re.Match[str]]:
    """Match ``rx`` only where one of ``keywords`` starts a word, in order, without overlaps."""
    starts: set[int] = set()
    for kw in keywords:
        wordy = kw[:1].isalpha()
        pos = lo.find(kw)
        while pos >= 0:
            if not (wordy and pos and lo[pos - 1].isalpha()):
                starts.add(pos)
            pos = lo.find(kw, pos + 1)
    out: list[re.Match[str]] = []
    reached = 0
    for pos in sorted(starts):
        if pos < reached:
            continue
        m = rx.match(target, pos)
        if m is not None:
            out.append(m)
            reached = m.end()
    return out


def _assignments(
    view: str, lo: str, runs: bytes, present: frozenset[bytes], hits: list[_Hit]
) -> None:
    tail = bare = None
    done: set[int] = set()
    words = _SECRET_PARTS + tuple(w for w in _SECRET_WORDS if w.encode() in present)
    for word in words:
        pos = lo.find(word)
        while pos >= 0:
            if tail is None:
                tail = _rx("<assignment>", _ASSIGN_TAIL)
            m = tail.match(view, pos)
            if m is None and (word in ("pass", "pwd") or (pos and view[pos - 1] == "-")):
                if bare is None:
                    bare = _rx("<assignment-bare>", _ASSIGN_BARE)
                m = bare.match(view, pos)
            if m is not None:
                name_end = m.end("rest")
                if name_end not in done:
                    done.add(name_end)
                    _judge(view, runs, pos, m, hits)
            pos = lo.find(word, pos + len(word))


def _name_start(view: str, runs: bytes, pos: int) -> int:
    """The name runs back to the previous non-token character, at most 63 characters."""
    bound = max(0, pos - 63)
    sep = runs.rfind(b" ", bound, pos)
    if sep < 0:
        if bound:
            return -1
        ns = 0
    else:
        ns = sep + 1
    for c in _NAME_BREAKS:
        cut = view.rfind(c, ns, pos)
        if cut >= ns:
            ns = cut + 1
    return ns


def _previous_word(view: str, start: int) -> str:
    words = view[max(0, start - 24) : start].split()
    return words[-1].lower() if words else ""


def _judge(view: str, runs: bytes, pos: int, m: re.Match[str], hits: list[_Hit]) -> None:
    if m.group("q"):
        value, vstart = m.group("qv"), m.start("qv")
    else:
        value, vstart = m.group("v"), m.start("v")
        stripped = value.rstrip(".,;:!?)]}")
        value = stripped or value
    if len(value) < 6:  # no class accepts shorter values
        return
    op = m.group("op").strip().lower()
    strict = op in ("is", "was", "to", "are")
    if strict and (value.isalpha() or not any(c.isdigit() for c in value)):
        return
    ns = _name_start(view, runs, pos)
    if ns < 0 or (ns and view[ns - 1] == ":" and op == ":"):  # arn:aws:...:secret:prod/x
        return
    if op == ">" and not (  # only <password>value</password>
        ns and view[ns - 1] == "<" and m.group("op") == ">"
        and view.startswith("</", vstart + len(value))
    ):
        return
    name = view[ns : m.end("rest")]
    if not op:
        low = name.lower()
        if not (name.startswith("-") or "pass" in low or "pwd" in low):
            return
    cls = _classify(name, view, ns)
    if cls is None:
        return
    if not op and not (name.startswith("-") or cls == values.PASSWORD):
        return
    found = _judge_value(name, value, cls, strict)
    if found is not None:
        rule, priority = found
        hits.append((rule.category, priority, vstart, vstart + len(value), rule.id))


_CLASS_CACHE: dict[str, str | None] = {}


def _classify(name: str, view: str, ns: int) -> str | None:
    cls = _CLASS_CACHE.get(name, "?")
    if cls == "?":
        cls = values.classify_name(name)
        if len(_CLASS_CACHE) < 4096:
            _CLASS_CACHE[name] = cls
    if cls == values.KEY:  # "api key: ..." in prose: the word before can promote a bare key
        cls = values.classify_name(name, _previous_word(view, ns))
    return cls


_VALUE_CACHE: dict[tuple[str, str, str, bool], tuple[Rule, int] | None] = {}


def _judge_value(name: str, value: str, cls: str, strict: bool) -> tuple[Rule, int] | None:
    key = (name, value, cls, strict)
    if key in _VALUE_CACHE:
        return _VALUE_CACHE[key]
    found = _judge_value_uncached(name, value, cls, strict)
    if len(_VALUE_CACHE) >= 4096:
        _VALUE_CACHE.clear()
    _VALUE_CACHE[key] = found
    return found


def _judge_value_uncached(
    name: str, value: str, cls: str, strict: bool
) -> tuple[Rule, int] | None:
    norm = "_".join(values.name_words(name)) if len(value) >= 32 else ""
    for rule in _VENDOR if norm else ():
        if _rx(rule.id + "<name>", rule.name_pattern).search(norm) is None:
            continue
        vm = _rx(rule.id, rule.pattern).fullmatch(value)
        if vm is not None and (rule.validator is None or rule.validator(vm)):
            return rule, rule.priority
    if _GENERIC is not None and values.looks_secret(value, cls, strict):
        return _GENERIC, _GENERIC.priority
    return None


def _resolve(hits: list[_Hit], path: str) -> list[Finding]:
    """Per category, strongest first: drop a hit that overlaps one already kept."""
    if not hits:
        return []
    hits.sort(key=lambda h: (h[0], h[1], h[2], h[2] - h[3]))
    kept: list[_Hit] = []
    starts: dict[str, list[int]] = {}
    ends: dict[str, list[int]] = {}
    for h in hits:
        category, _, start, end, _ = h
        cs = starts.setdefault(category, [])
        ce = ends.setdefault(category, [])
        i = bisect_left(cs, end)  # kept spans are disjoint: only the one before can overlap
        if i and ce[i - 1] > start:
            continue
        if i < len(cs) and cs[i] < end:
            continue
        if start == end and i < len(cs) and cs[i] == start:
            continue
        cs.insert(i, start)
        ce.insert(i, end)
        kept.append(h)
    kept.sort(key=lambda h: (h[2], h[3], h[4]))
    return [Finding(path, h[4], h[2], h[3]) for h in kept]


def _scan(text: str, path: str) -> list[Finding]:
    if len(text) < 8:
        return []
    view = text if text.isascii() else text.encode("ascii", "replace").decode("ascii")
    lo = view.lower()
    runs = view.encode("ascii").translate(_TOKTAB)
    hits: list[_Hit] = []
    _tokens(view, runs, hits)
    live, present = _live_keywords(view, lo)
    _context(view, lo, live, hits)
    _assignments(view, lo, runs, present, hits)
    return _resolve(hits, path)


# ---------------------------------------------------------------------------------------------
# Public entry points


def scan_text(text: str, path: str = "") -> list[Finding]:
    """Findings in one string: path, rule id and span; never the text itself."""
    if not isinstance(text, str):
        if isinstance(text, bytes | bytearray | memoryview):
            text = bytes(text).decode("utf-8", "replace")
        else:
            return []
    try:
        return _scan(text, path)
    except Exception:  # a bug must reject the write, not crash the caller or let it through
        return [Finding(path, "scanner-error", 0, len(text))]


def _key_label(key: str, index: int, findings: list[Finding]) -> str:
    """A dict key as a path segment, unless it is not a plain identifier or it was flagged."""
    if (
        not findings
        and 0 < len(key) <= 64
        and key.isascii()
        and key.replace("-", "_").isidentifier()
    ):
        return key
    return f"<key {index}>"


def _pair(key: str, value: str, path: str) -> list[Finding]:
    """``{"password": "x"}``: judge the value in the context its key gives it."""
    if values.classify_name(key) is None and key.lower() not in _HEADER_KEYS:
        return []
    quoted = '"' not in value and "\n" not in value
    head = f'{key}: "' if quoted else f"{key}: "
    synth = head + value + ('"' if quoted else "")
    offset = len(head)
    out = []
    for f in scan_text(synth, path):
        if f.start >= offset:
            start = f.start - offset
            out.append(Finding(path, f.rule, start, min(f.end - offset, len(value))))
    return out


def _join(path: str, segment: str) -> str:
    return f"{path}.{segment}" if path else segment


def scan_value(value: object, path: str = "") -> list[Finding]:
    """Findings in every string of a JSON-like value: dict keys and values, lists, tuples."""
    findings: list[Finding] = []
    seen: set[int] = set()
    stack: list[tuple[object, str]] = [(value, path)]
    while stack:
        item, where = stack.pop()
        if isinstance(item, str):
            findings.extend(scan_text(item, where))
        elif isinstance(item, bytes | bytearray):
            findings.extend(scan_text(bytes(item).decode("utf-8", "replace"), where))
        elif isinstance(item, Mapping):
            if id(item) in seen:
                continue
            seen.add(id(item))
            children: list[tuple[object, str]] = []
            for index, (key, child) in enumerate(list(item.items())):
                if isinstance(key, str):
                    key_findings = scan_text(key, _join(where, f"<key {index}>"))
                    findings.extend(key_findings)
                    child_path = _join(where, _key_label(key, index, key_findings))
                    if isinstance(child, str):
                        for f in _pair(key, child, child_path):
                            if f not in findings:
                                findings.append(f)
                else:
                    child_path = _join(where, str(key) if _plain(key) else f"<key {index}>")
                children.append((child, child_path))
            stack.extend(reversed(children))
        elif isinstance(item, list | tuple | set | frozenset):
            if id(item) in seen:
                continue
            seen.add(id(item))
            stack.extend(reversed(list(_indexed(item, where))))
    return _dedupe(findings)


def _plain(key: object) -> bool:
    return isinstance(key, bool | int | float) or key is None


def _indexed(items: Iterable[object], where: str) -> Iterable[tuple[object, str]]:
    for i, child in enumerate(items):
        yield child, f"{where}[{i}]"


def _dedupe(findings: list[Finding]) -> list[Finding]:
    out: list[Finding] = []
    seen: set[Finding] = set()
    for f in findings:
        if f not in seen:
            seen.add(f)
            out.append(f)
    return out
