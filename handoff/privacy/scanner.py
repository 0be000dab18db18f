"""The engine that runs the rule table over a string or a JSON-like value.

Why it is shaped like this: every write is scanned, by a CLI that starts many times per session
and by long-lived processes that append thousands of events, so the common case (an ordinary
note with no secret) must be cheap and must not compile the ~120 regular expressions of the
table. On the development machine one C-level pass over 2 KB (``str.find``, a ``re`` search)
costs about half a microsecond and one Python-level step about a tenth of that, so the scan is a
fixed handful of C passes plus Python work only where a candidate is:

1. Views, once per text: an ASCII view of the same length (spans stay valid), its lower-cased
   copy, a token mask (``bytes.translate``: token characters become ``a``, the rest spaces) and
   the set of gate words present (the lower-cased letters-only mask, ``split`` and one
   ``frozenset.intersection``: one pass tells which of ~100 keyword words occur; cheaper than
   two substring searches per keyword, and cheaper than any single ``re`` alternation, which
   ``re`` tries at every character).
2. Token rules: ``bytes.find`` on the mask jumps from one run of 16+ token characters to the next
   and the run's first two characters (and those after each ``/`` in it) are looked up in a
   memo of literal prefixes; one ``str.startswith`` with a tuple rejects them all at once. Only
   a run that starts like ``ghp_`` or ``AKIA`` runs a regex.
3. Context rules (keyword and aggregate kinds) run only when one of their keywords occurs (its
   longest word among the gate words, then a substring test; keywords without letters by a
   one-character ``memchr`` test first), then only if their ``words`` are among the gate words,
   their ``gate`` allows the keywords found and every literal in ``requires`` occurs. Each of
   these is a necessary condition of the rule's pattern or aggregate, never a heuristic:
   ``tests/test_privacy_gates.py`` checks that switching them off changes no finding.
4. Assignment rules look where a secret-looking name part (``pass``, ``key`` ...) occurs, and
   only run their regex where the name is followed by something an operator can start with.
   A value that a format or structure rule already covers is not judged: the overlap
   resolution would drop the judgement anyway.
5. Overlaps are resolved per category by priority (format before context before generic).

Patterns are compiled on first use and cached for the process; ``re`` itself is imported only
then, so a clean note pays for neither.

Where the pieces live: ``dispatch`` holds the byte tables the views are made with and the
tables built from ``RULES`` (and ``rx``), ``overlap`` step 5, ``walk`` ``scan_value``; this
module runs the layers. The names the tests switch off (``_CONTEXT``, ``_AFTER_NAME``,
``_overlaps``, ``_SPLIT_ANCHORED``, ``_scan``) are looked up here, so that doing so still
reaches every layer.

The scanner never raises: an unexpected internal error is reported as a ``scanner-error`` finding
for the whole string, so a bug rejects a write (fails closed) instead of crashing the caller or
letting a value through unchecked.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from typing import TYPE_CHECKING

from handoff.errors import Finding
from handoff.privacy import (
    carriers,
    columns,
    cues,
    levels,
    noun_layout,
    patterns,
    prose,
    snapshot,
    values,
)
from handoff.privacy.deferred import deferred
from handoff.privacy.dispatch import (
    _ALPHA,  # noqa: F401  (kept readable here: tests)
    _BY1,
    _BY2,
    _BY_LITERAL,
    _BY_WORD,
    _CONTEXT,
    _ESCAPES,
    _GATE_WORDS,
    _GENERIC,
    _INFIX,
    _INFIX_MIN_RUN,
    _KEYWORD_WORDS,
    _RUN,
    _SECRET_PARTS,
    _SECRET_WORDS,
    _SEPTAB,
    _TOKTAB,
    _URL_PREFIXES,
    _URL_RULES,
    _VENDOR,
    _WHOLE,
    _WORDTAB,
    MIN_RUN,
    _compiled,
    _Hit,
    _rx,
)
from handoff.privacy.lazy_re import lacks as _lacks
from handoff.privacy.lazy_re import lower as _lower
from handoff.privacy.overlap import (
    _ASSIGN_CATEGORY,
    _ASSIGN_PRIORITY,
    _kept_spans,
    _overlaps,
    _resolve,
)
from handoff.privacy.rules import AGGREGATE, RULES, Rule

if TYPE_CHECKING:
    import re

    from handoff.privacy import (
        classifier,
        classifier_windows,
        contributor,
        factturns,
        figures,
        promptdoc,
        selfreport,
    )
else:  # imported by the first text the classifier reads (``deferred``), with its weights
    classifier = deferred("handoff.privacy.classifier")
    classifier_windows = deferred("handoff.privacy.classifier_windows")
    contributor = deferred("handoff.privacy.contributor")
    factturns = deferred("handoff.privacy.factturns")
    figures = deferred("handoff.privacy.figures")
    promptdoc = deferred("handoff.privacy.promptdoc")
    selfreport = deferred("handoff.privacy.selfreport")

__all__ = ["clear_caches", "scan_text", "scan_value"]

_NAME_BREAKS = "/+~"

_CAMEL_WORDS = (("pwd", "Pwd"), ("pw", "Pw"), ("tok", "Tok"), ("psk", "Psk"), ("cred", "Cred"),
                ("sec", "Sec"))
_UPPER_WORDS = (("pwd", "PWD"), ("pw", "PW"))
"""Short secret words that end a camelCase name (``dbPwd``, ``adminPw``, ``apiTok``): the word
set holds ``dbpwd``, so their capitalised form is looked for in the text instead; so is the
upper-case tail of a SCREAMING name (``DBPWD``, ``LDAPBINDPW``: ``_upper_end``, the whole name
upper-case, so that base64 ending ``...xwPW`` opens nothing)."""
_CAMEL_END = r"%(w)s(?<=[a-z0-9]%(w)s)(?![a-z])"
_UPPER_NAME = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_")


def _upper_end(view: str, tail: str) -> bool:
    """``tail`` ends a SCREAMING name (``LDAPBINDPW``): found by ``str.find``, then the name is
    walked back (a regex for it has no literal to start from and costs a 2 KB note ~25 µs)."""
    at = view.find(tail)
    while at >= 0:
        end = at + len(tail)
        if end == len(view) or not view[end].isalnum():
            start = at
            while start > 0 and view[start - 1] in _UPPER_NAME and at - start <= 40:
                start -= 1
            if at - start >= 1 and view[start].isalpha() and (
                    start == 0 or view[start - 1] not in "abcdefghijklmnopqrstuvwxyz.+/-"):
                return True
        at = view.find(tail, end)
    return False
"""The camelCase word ends the name (``dbPwd``, not ``Token`` or ``myTokens``). The word comes
first and the letter or digit before it is looked back at: ``re`` scans for the literal in C,
where ``[a-z0-9]Pwd`` was tried at every character (~30 µs of a 2 KB note that says
``Token``). Only whether it matches is used, and it matches where ``[a-z0-9]%s(?![a-z])``
does, one character later."""

_ASSIGN_NAME = r"(?P<rest>[A-Za-z0-9_.-]{0,64}+)(?P<close>(?>\\?[\"'`]?\]?\\?[\"'`]?))"
"""Possessive: the operator cannot start with a name character or a quote (``->`` after a name
ending in ``-`` also parses as ``>`` at the same place), so giving characters back never finds
another match; without it a failed match retries every shorter name, ~3x the cost."""
_ASSIGN_VALUE = (
    r"(?:(?P<q>\\?[\"'`])(?P<qv>[^\"'`\n\r]{1,256})|(?P<v>[^\s\"'`]{1,256}))"
)
_ASSIGN_TAIL = (
    _ASSIGN_NAME
    + r"(?P<op>[ \t]{0,8}(?::=|=>|==|=|:|->|>)[ \t]{0,8}|[ \t]{1,8}value[ \t]*=[ \t]*"
    r"|[ \t]{0,8},[ \t]{0,8}(?=[\"'`])"
    r"|[ \t]{1,8}(?i:is|was|to|are)[ \t]{1,8})" + _ASSIGN_VALUE
)
"""Name, operator (``=``, ``:``, ``=>``, ``" value="``, prose ``is``) and value after a keyword."""
_ASSIGN_BARE = _ASSIGN_NAME + r"(?P<op>[ \t]{1,8})" + _ASSIGN_VALUE
"""The same with a bare space as operator: only for flags (``--token x``) and passwords."""



# ---------------------------------------------------------------------------------------------
# Layers


def _tokens(view: str, runs: bytes, seps: bytes, hits: list[_Hit]) -> None:
    """Dispatch every run of 16+ token characters on its first characters, and on the first
    characters after each separator in it (``-``, ``.``, ``_``, ``+``, ``~``, ``/``): a token
    boundary is any non-alphanumeric neighbour (https://ghp_...@github.com, .../bot<token>,
    ``-ghp_...``, ``build.AKIA...``, ``x-sk-ant-...``)."""
    find = runs.find
    starts = view.startswith
    sep_find = seps.find
    get = _HEADS.get
    n = len(runs)
    i = find(_RUN)  # the first window of a run is at the run's start (runs[k] is view[k])
    while i >= 0:
        j = find(b" ", i + MIN_RUN)
        if j < 0:
            j = n
        head = view[i : i + 2]
        if head == "//":
            if starts(_URL_PREFIXES, i):  # a webhook URL
                _match_first(view, i, _URL_RULES, hits)
        else:
            entry = get(head)
            if entry is None:
                entry = _head_entry(head)
            if entry and starts(entry[0], i):
                _match_first(view, i, entry[1], hits)
            if i and head[0] in "ntr" and view[i - 1] == "\\":  # a JSON-escaped \nghp_...
                _dispatch(view, i + 1, hits)
        k = sep_find(b"s", i, j - 8)
        while k >= 0:
            k += 1
            head = view[k : k + 2]  # may reach past the run, as a prefix like 1//0 does
            if head == "//":
                if starts(_URL_PREFIXES, k):
                    _match_first(view, k, _URL_RULES, hits)
            else:
                entry = get(head)
                if entry is None:
                    entry = _head_entry(head)
                if entry and starts(entry[0], k):
                    _match_first(view, k, entry[1], hits)
            k = sep_find(b"s", k, j - 8)
        if j - i >= _INFIX_MIN_RUN:
            _infixes(view, i, j, hits)
        i = find(_RUN, j)


def _infixes(view: str, start: int, end: int, hits: list[_Hit]) -> None:
    """Rules whose literal is inside the token (``.atlasv1.``, ``Q~``, ``-us``)."""
    for infix, rule in _INFIX:
        pos = view.find(infix, start, end)
        if pos >= 0:
            m = _rx(rule.id, rule.pattern).search(view, max(start, pos - 64), end + 512)
            if m is not None and (rule.validator is None or rule.validator(m)):
                hits.append((rule.category, rule.priority, m.start(), m.end(), rule.id))


_Head = tuple[tuple[str, ...], list[tuple[str, Rule]]]
_HEADS: dict[str, _Head | tuple[()]] = {}
"""Two characters -> the prefixes that start with them (one ``startswith`` call rejects them
all) and the candidate rules in the order they are tried; ``()`` for the other heads. Filled
on first sight of each head: at most 128 * 128 small entries."""


def _head_entry(head: str) -> _Head | tuple[()]:
    cands = [(p, RULES[i]) for p, i in _BY2.get(head, []) + _BY1.get(head[:1], [])]
    # two-character prefixes first
    entry: _Head | tuple[()] = (tuple(p for p, _ in cands), cands) if cands else ()
    _HEADS[head] = entry
    return entry


def _dispatch(view: str, start: int, hits: list[_Hit]) -> None:
    head = view[start : start + 2]
    entry = _HEADS.get(head)
    if entry is None:
        entry = _head_entry(head)
    if entry and view.startswith(entry[0], start):
        _match_first(view, start, entry[1], hits)


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


def _live_keywords(view: str, lo: str, present: frozenset[bytes]) -> dict[int, list[str]]:
    """For each context rule (by index), the keywords that occur in the text."""
    live: dict[int, list[str]] = {}
    by_word = _BY_WORD
    for word in present.intersection(_KEYWORD_WORDS):  # (a set's order: the result's is free)
        for index, keyword, exact in by_word[word]:
            if exact or keyword in lo:
                if index in live:
                    live[index].append(keyword)
                else:
                    live[index] = [keyword]
    for last, gate in _BY_LITERAL:
        if last in view and gate[1] in lo:
            live.setdefault(gate[0], []).append(gate[1])
    return live


def _context(
    view: str, lo: str, live: dict[int, list[str]], present: frozenset[bytes], hits: list[_Hit]
) -> None:
    compiled = _compiled
    global _contexts
    _contexts += 1
    gated = _GATE_ANCHORED and _contexts > cues.GATE_AFTER  # (the same warm-up as the cues')
    for index in sorted(live) if len(live) > 1 else live:
        rule = _CONTEXT[index]
        keywords = live[index]
        if rule.words and not _WHOLE[index] <= present:
            continue
        if rule.gate is not None and not rule.gate(keywords):
            continue
        if rule.requires and not _all_in(rule.requires, view):
            continue
        target = lo if rule.lower else view
        matches: Iterable[re.Match[str]]
        if rule.anchored:
            if gated and not _gates_allow(rule, keywords, target, rule.lower):
                continue  # no keyword of the rule is followed by a match anywhere
            matches = _anchored(rule, target, lo, keywords)
        else:
            matches = (compiled.get(rule.id) or _rx(rule.id, _searched(rule))).finditer(target)
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


_LITERAL_FIRST = True
"""Switch for ``tests/test_privacy_speed11.py``: off, a rule is searched with its own pattern."""


def _searched(rule: Rule) -> str:
    """The form of a context rule's pattern that ``finditer`` searches: the same matches, with a
    leading lookbehind moved after its literal (``patterns.literal_first``) so that ``re`` scans
    for the literal in C instead of trying every character."""
    return (_LITERAL_FIRST and patterns.literal_first(rule.pattern)) or rule.pattern


def _all_in(literals: Iterable[str], view: str) -> bool:
    return all(map(view.__contains__, literals))


def _anchored(rule: Rule, target: str, lo: str, keywords: Iterable[str]) -> list[re.Match[str]]:
    """Match the rule only where one of ``keywords`` starts a word, in order, without overlaps,
    with the part of its pattern that can start with the keywords found there."""
    starts: dict[int, tuple[str, ...]] = {}
    find = lo.find
    for kw in keywords:
        wordy = kw[:1].isalpha()
        pos = find(kw)
        while pos >= 0:
            if not (wordy and pos and lo[pos - 1].isalpha()):
                starts[pos] = (*starts.get(pos, ()), kw)
            pos = find(kw, pos + 1)
    out: list[re.Match[str]] = []
    reached = 0
    for pos in sorted(starts) if len(starts) > 1 else starts:
        if pos < reached:
            continue
        m = _anchored_rx(rule, starts[pos]).match(target, pos)
        if m is not None:
            out.append(m)
            reached = m.end()
    return out


_GATE_ANCHORED = True
"""A shortcut (``tests/test_privacy_bounds.py`` switches it off and expects the same findings):
``_gates_allow``."""
_ANCHOR_GATES: dict[tuple[str, str], re.Pattern[str] | None] = {}
_contexts = 0


def _gates_allow(rule: Rule, keywords: Iterable[str], target: str, lowered: bool) -> bool:
    """False only if no keyword's occurrence in ``target`` is followed by a match of the rule.

    One search per keyword: ``kw(?<=(?=(?:PATTERN))kw)``, the keyword as a literal prefix
    (``re`` scans for it in C) and, looking back to where it starts, the rule's whole pattern.
    ``_anchored`` only tries the pattern (or a part of its alternatives) where a keyword starts,
    so when every search fails it finds nothing. A keyword with letters is searched only where
    the target is the lower-cased text (elsewhere its case may differ): otherwise, or when the
    gate cannot be built, the answer is True and ``_anchored`` decides."""
    if not lowered and not all(k.isascii() and not any(map(str.isalpha, k)) for k in keywords):
        return True
    gates = []
    for keyword in keywords:  # every gate first: which are compiled must not depend on order
        key = (rule.id, keyword)
        if key in _ANCHOR_GATES:
            gate = _ANCHOR_GATES[key]
        else:
            gate = _ANCHOR_GATES[key] = _anchor_gate(rule, keyword)
        gates.append(gate)
    return any(gate is None or gate.search(target) is not None for gate in gates)


def _anchor_gate(rule: Rule, keyword: str) -> re.Pattern[str] | None:
    """The gate (`patterns.lookbehind_gate`), or None where ``re`` cannot have one."""
    gate = patterns.lookbehind_gate(keyword, rule.pattern)
    if gate is None:
        return None
    try:
        return _rx(f"{rule.id}<gate:{keyword}>", gate)
    except Exception:  # a pattern the construction does not suit: no gate, _anchored decides
        return None


_SPLIT_ANCHORED = True
"""Switch for ``tests/test_privacy_gates.py``: off, every position tries the whole pattern."""
_ANCHORED_RX: dict[tuple[str, tuple[str, ...]], re.Pattern[str]] = {}
_ANCHORED_PATTERNS = tuple(rule.pattern for rule in _CONTEXT if rule.anchored)


def _parse_anchored(texts: tuple[str, ...]) -> dict[str, patterns.Parsed]:
    """Every anchored pattern taken apart, when the snapshot is being built; otherwise (a
    stale snapshot) none: each is taken apart when first needed, as before the snapshot."""
    if snapshot.USE_SNAPSHOT:
        return {}
    return {text: patterns.parse_alternatives(text) for text in texts}


_SPLITS = snapshot.tables(
    "scanner.splits", _parse_anchored, _ANCHORED_PATTERNS,
    code=(patterns.parse_alternatives, patterns.split_alternatives, patterns.literal_prefix,
          patterns._named_group))
"""The anchored rules' patterns taken apart (``patterns.parse_alternatives``, ~50-100 µs a
pattern in a new process), from the snapshot. Keyed by the pattern itself."""


def _anchored_rx(rule: Rule, keywords: tuple[str, ...]) -> re.Pattern[str]:
    """The rule's pattern without the alternatives that cannot start where these keywords
    do (compiled once per rule and keyword set): a long table of phrases costs a few
    alternatives per try, and a note compiles only the parts its keywords need."""
    if not _SPLIT_ANCHORED:
        return _rx(rule.id, rule.pattern)
    key = (rule.id, keywords)
    rx = _ANCHORED_RX.get(key)
    if rx is None:
        pattern = (patterns.keep_parsed(rule.pattern, _SPLITS[rule.pattern], keywords)
                   if rule.pattern in _SPLITS
                   else patterns.keep_alternatives(rule.pattern, keywords))
        rx = _ANCHORED_RX[key] = (
            _rx(rule.id, rule.pattern) if pattern == rule.pattern
            else _rx(f"{rule.id}@{'|'.join(keywords)}", pattern)
        )
    return rx


def _assignments(
    view: str, lo: str, runs: bytes, present: frozenset[bytes], hits: list[_Hit]
) -> None:
    tail = bare = None
    done: set[int] = set()
    followed: set[int] = set()
    shadow: list[tuple[list[int], list[int]]] = []  # filled by the first value judged
    words: tuple[str, ...] = _SECRET_PARTS
    if not present.isdisjoint(_SECRET_WORD_BYTES):
        words = words + tuple(w for w in _SECRET_WORDS if w.encode() in present)
    # camelCase hides a short secret word inside one word of the word set (dbPwd, apiTok)
    words = words + tuple(w for w, camel in _CAMEL_WORDS if camel in view and w not in words and (
        _rx(f"<camel-end-{camel}>", _CAMEL_END % {"w": camel}).search(view) is not None))
    words = words + tuple(w for w, upper in _UPPER_WORDS if w not in words and _upper_end(
        view, upper))
    find = lo.find
    blank = runs.find
    for word in words:
        pos = find(word)
        while pos >= 0:
            # The name ends at a non-token character at the latest; unless that is a blank,
            # a quote, "]" or an operator, neither pattern can match here: skip the regex.
            end = blank(b" ", pos)
            if (view[end] if end >= 0 else "") not in _AFTER_NAME:
                pos = find(word, pos + len(word))
                continue
            if tail is None:
                tail = _rx("<assignment>", _ASSIGN_TAIL)
            m = tail.match(view, pos)
            if m is None and (word in ("pass", "pwd") or (pos and view[pos - 1] == "-")):
                if bare is None:
                    bare = _rx("<assignment-bare>", _ASSIGN_BARE)
                m = bare.match(view, pos)
                if m is not None and word == "pass" and _pass_verb(view, pos, m):
                    m = None
            found = False
            if m is not None:
                name_end = m.end("rest")
                if name_end not in done:
                    done.add(name_end)
                    found = _judge(view, runs, pos, m, hits, shadow)
                else:
                    found = True
            if not found:
                _followers(view, runs, pos, hits, shadow, followed)
            pos = find(word, pos + len(word))


# ---------------------------------------------------------------------------------------------
# Values that follow a secret name without an operator

_CARRIER_FLAGS = frozenset(
    (
        "--body", "-b", "--value", "--data", "--secret-string", "--secret", "--secret-value",
        "--password", "--passwd", "--token", "--key", "--string", "--text", "--literal", "-v",
        "--val", "--set", "-p", "--pass", "--passphrase",
    )
)
"""Flags whose next argument is the value of the secret named before them
(``gh secret set NAME --body V``, ``az keyvault secret set --name N --value V``)."""
_STOP_TOKENS = frozenset(("|", "||", "&&", ";", ">", ">>", "<", "<<", "<<<", "2>", "&"))
_CLAUSE_ENDS = ("\n", ". ", "; ", "! ")
"""Where a sentence ends (not "? ": other scripts become "?" in the ASCII view)."""
_FIELD_END = (prose.FIELD_END + r"|(?<=[0-9el])[ \t]*,[ \t]*\\?\"(?=[^\"\\\n]{1,64}\\?\"[ \t]*:)"
              r"|\}[\]} \t]*,?[ \t]*\{")
"""A JSON field's end (after a string, a number, ``true``/``false``/``null``) or a record's end
before the next record: a prose follower's clause ends there (``"msg": "auth ok", "key_id":
V``; ``"output_tokens": 19}} {"parentUuid": ...``)."""
_WINDOW_TOKENS = 8
"""Prose puts a few words between the secret noun and the value ("the password for the
staging db is V"): the value is looked for among this many tokens after the noun."""
_VALUE_STRIP = "\"'`()[]{}<>,;:."


def _is_identifier_name(name: str) -> bool:
    """A variable, key or flag name (``DB_PASSWORD``, ``x-api-key``, ``apiKey``), as opposed to a
    plain word of prose (``password``, ``Token``)."""
    bare = name.lstrip("-")
    if not bare:
        return False
    if name.startswith("-") or "_" in bare or "." in bare or "-" in bare:
        return True
    if bare.isupper() and len(bare) >= 4:
        return True
    return not bare.islower() and not bare.istitle() and bare.isalpha()


def _followers(
    view: str,
    runs: bytes,
    pos: int,
    hits: list[_Hit],
    shadow: list[tuple[list[int], list[int]]],
    done: set[int],
) -> None:
    """A secret name followed by its value as a separate argument or a few words later.

    Command lines (``aws configure set aws_secret_access_key V``, ``gh secret set NAME --body V``,
    ``X-Api-Key V``): the value is the next argument that is not a flag, a word or a
    redirection. Prose (``the password for the staging db is V``, ``token ... was reset to V``):
    the first token among the next few of the same clause that looks like a secret, judged as
    strictly as ``password is V``."""
    ns = _name_start(view, runs, pos)
    if ns < 0:
        return
    end = runs.find(b" ", pos)
    if end < 0:
        end = len(view)
    if end < len(view) and view[end] in "\"'`" and view[end + 1 : end + 2] in ("", " ", "\t"):
        end += 1  # "Jwt:SigningKey" "V"
    if end in done:
        return
    done.add(end)
    followable = end < len(view) and view[end] in " \t:,"
    if end < len(view) and view[end] == ":" and ns and view[ns - 1] == ":":
        return  # arn:aws:secretsmanager:...:secret:prod/db
    name = view[ns:end].rstrip(".\"'`")
    if len(name) > 64:
        return
    cls = _classify(name, view, ns)
    if cls is None and "." in name and name.rsplit(".", 1)[1].lower() in _FILE_EXTENSIONS:
        cls = _classify(name.rsplit(".", 1)[0], view, ns)  # secret.txt contents: V
    if cls is None:
        return
    # "Plaid key 3f9c...", "Together AI key ...": a vendor's key. Asked only when a value is
    # judged (``_vendored``): most names are followed by no candidate at all.
    vendor_at = ns if cls != values.PASSWORD else -1
    after = end
    if view.startswith((":", ","), after):
        after += 1
    command = _is_identifier_name(name)
    if not (followable and _follow(view, name, cls, after, command, hits, shadow, vendor_at)):
        _precede(view, name, cls, ns, hits, shadow, vendor_at)


def _pass_verb(view: str, pos: int, m: re.Match[str]) -> bool:
    """``pass`` as the verb, not a password's name: the bare word (no name part around it)
    followed by a flag (``Pass --with-docs to configure``, ``pass -Wl,--as-needed``) or by a
    thing passed on to something (``pass nft_chain to the destroy function``). A password
    given as ``pass V`` is neither a flag nor followed by ``to``."""
    if m.group("rest")[len("pass"):] or (pos and view[pos - 1] not in " \t\n(\"'`"):
        return False
    value = m.group("v") or m.group("qv") or ""
    if value.startswith("-"):
        return True
    return view.startswith((" to ", " into ", " through "), m.end())


def _vendored(view: str, cls: str, vendor_at: int) -> str:
    """``cls``, or the vendor class when a vendor's name comes right before the name at
    ``vendor_at`` (-1: not asked)."""
    return values.VENDOR if vendor_at >= 0 and _vendor_before(view, vendor_at) else cls


def _precede(
    view: str,
    name: str,
    cls: str,
    ns: int,
    hits: list[_Hit],
    shadow: list[tuple[list[int], list[int]]],
    vendor_at: int = -1,
) -> None:
    """The value before its name: ``use V as the password``, ``encrypt_string 'V' --name
    'api_token'``. At most four tokens back on the same line, judged as strictly as prose."""
    line_start = view.rfind("\n", 0, ns) + 1
    start = max(line_start, ns - 160)
    segment = view[start:ns]
    if " as " not in segment and " -" not in segment:
        return  # no link word: the value-before-name order needs "as" or a name flag
    parts = segment.split()[-4:]
    if not parts:
        return
    offset = len(segment)
    linked = False
    for token in reversed(parts):
        at = segment.rfind(token, 0, offset)
        offset = at
        low = token.lower().strip("'\"")
        if low in _BACK_LINKS:
            linked = True  # "V as the password", "'V' --name 'api_token'"
            continue
        if token.startswith("-") or token in _STOP_TOKENS or not linked:
            continue
        value, vstart = _bare_value(token, start + at)
        if len(value) < 6:
            continue
        if vendor_at >= 0:
            cls, vendor_at = _vendored(view, cls, vendor_at), -1
        if _judge_follower(name, value, cls, False, False):
            _add_follower(hits, shadow, vstart, value)
            return


def _follow(
    view: str,
    name: str,
    cls: str,
    after: int,
    command: bool,
    hits: list[_Hit],
    shadow: list[tuple[list[int], list[int]]],
    vendor_at: int = -1,
) -> bool:
    line_end = view.find("\n", after)
    if line_end < 0:
        line_end = len(view)
    limit = min(line_end, after + 240)
    if not command:
        for stop in _CLAUSE_ENDS[1:]:
            cut = view.find(stop, after, limit)
            if cut >= 0:
                limit = cut + 1
        if '"' in view[after:limit] and (',' in view[after:limit] or "}" in view[after:limit]):
            field = _rx("<json-field-end>", _FIELD_END).search(view, after, limit)
            if field is not None:
                limit = field.start() + 1  # a JSON field's end ends the clause (session 18)
    segment = view[after:limit]
    if not command and _rx("<value-char>", _VALUE_CHAR).search(segment) is None:
        return False  # prose values need a digit or a symbol (looks_secret, strict)
    window = 4 if command else _WINDOW_TOKENS
    tokens = segment.split(None, window)[:window]  # the first ``window`` tokens, as split() has
    cursor = located = 0  # where each token starts is found only for the few ever judged
    take_next = False
    foreign = cls == values.STRONG and not command and not name.isascii()  # ключ, キー
    for i, token in enumerate(tokens):
        if token == "<":
            return False  # the value is read from a file: ``gh secret set NAME < /dev/stdin``
        if not take_next and values.masked_token(token):
            return True  # "token ****, lease_id: V": the name's value was printed masked
        if not take_next and token[0] != "-" and (
            len(token) < 6 or (token.isalpha() and token.islower())
        ):
            if not command and not take_next and token.endswith("ed") and len(token) >= 6 and (
                i and tokens[i - 1].lower() in ("is", "was", "are", "were", "be", "been",
                                                "gets", "got")
            ) and not (token.lower() in _CHANGED and i + 1 < len(tokens)
                       and tokens[i + 1].lower() in _VALUE_LINKS):
                return False  # "is hashed with argon2id": a passive clause, not a value
            continue  # a short or plain lower-case word is never the value
        while located <= i:  # each token is found after the previous one, as split() cut them
            at = segment.find(tokens[located], cursor)
            cursor = at + len(tokens[located])
            located += 1
        start = after + at
        if token in _STOP_TOKENS or token.startswith(("|", ">", "<", "&&")):
            return False
        if values.no_value_flag(token):
            return True  # --password-stdin takes no value: what follows it is not the secret
        if command and token.startswith("-") and not take_next:
            flag = token.split("=", 1)
            if flag[0].lower() in _CARRIER_FLAGS:
                if len(flag) == 2:
                    start, token = start + len(flag[0]) + 1, flag[1]
                else:
                    take_next = True
                    continue
            else:
                continue
        if not take_next and i and tokens[i - 1].lower() in _PLACE_LINKS and (
                token.strip(",.;:()\"'").isalnum() and not values.looks_random(token.strip(",.;:()\"'"), 12)):
            continue  # "is stored in 1Password", "lives under Vault2": where it is kept, not its value
        value, vstart = _bare_value(token, start)
        if len(value) < 6 or (not take_next and "=" in value and token[0] not in "\"'`" and (
            value.split("=", 1)[0].isidentifier() and not values.glued_password(value)
        )):
            take_next = False
            continue  # too short, or the next key=value pair of a log line (attempts=3)
        if foreign and any(t.lower().strip("'\"(:,") in values.VENDOR_NAMES
                           for t in (*view[max(0, after - 48):after].split()[-2:], *tokens[:i])):
            cls, foreign = values.VENDOR, False  # ключ Azure OpenAI V: a vendor's key
        if vendor_at >= 0:
            ns_at, cls, vendor_at = vendor_at, _vendored(view, cls, vendor_at), -1
            if cls != values.VENDOR and (values.vendor_phrase_before(view[max(0, ns_at - 40):ns_at])
                                         or (command and token[:1] in "\"'" and values.names_vendor(name))):
                cls = values.VENDOR  # the Weights & Biases key; NAME "V" of a vendor's key
        if name in _VERDICT_NAMES and _rx("<test-target>", _TEST_TARGET).fullmatch(value):
            return True  # "--- PASS: TestLock/contended": the test a runner's verdict is on
        if _judge_follower(name, value, cls, command, take_next):
            _add_follower(hits, shadow, vstart, value)
            return True
        if command and (take_next or name[:1] == "-"):
            user, colon, secret = value.partition(":")
            if colon and user.isalnum() and values.looks_secret(secret, values.PASSWORD, True):
                _add_follower(hits, shadow, vstart + len(user) + 1, secret)  # --creds user:pw
            return True  # the argument was the value (a flag took it), and it is not a secret
        if command and not values.is_wordy(value):
            return True  # the argument was the value, and it is not a secret
        take_next = False
    return False


def _add_follower(hits: list[_Hit], shadow: list[tuple[list[int], list[int]]], vstart: int,
                  value: str) -> None:
    if not shadow:
        shadow.append(_kept_spans(hits, _ASSIGN_CATEGORY, _ASSIGN_PRIORITY))
    if not _overlaps(shadow[0], vstart, vstart + len(value)):
        assert _GENERIC is not None
        hits.append((_GENERIC.category, _GENERIC.priority, vstart, vstart + len(value),
                     _SEPARATE_ID))


def _mixed_case(value: str) -> bool:
    """An upper-case letter right after a lower-case one: random (``hIhkpY``) or camelCase, never
    a word or a product name (``1Password``)."""
    return any(a.islower() and b.isupper() for a, b in itertools.pairwise(value))


_CHANGED = frozenset(("replaced", "changed", "reset", "updated", "rotated", "swapped"))
_VALUE_LINKS = frozenset(("to", "with", "into"))
"""A change and its link lead to the new value ("was replaced with V", "got changed to V"):
not a passive clause about how the secret is kept ("is hashed with argon2id")."""
_PLACE_LINKS = frozenset(("in", "inside", "within", "under", "dans", "im", "w", "nel", "nella"))
"""A place's link (English, French, German, Polish, Italian): the word after it names where a
secret is kept (a password manager, a vault: "stored in 1Password", "lives under Vault2",
"stocké dans 1Password"), not the value, when it is letters and digits only and not random.
Not "from" ("change the password from V to ...") nor Spanish "en" ("quedó en V"): their word
may be the value itself."""
_SEPARATE_ID = "secret-argument"
_VALUE_CHAR = r"[0-9!#$%^&*@~+=_|]"
"""A strict prose value has a digit, or three character classes (so a symbol: upper and
lower alone are two; ``|`` is one a generator draws, as in a Chinese ``密码`` note's
``yNNFAK|lwiaNH:qpcex``)."""
_BACK_LINKS = frozenset(("as", "--name", "-n", "--key", "--id", "--var", "--secret-name",
                         "--vault-id"))
"""Words that tie a value to the name after it: the value-before-name order is judged only
across one of these."""
_FILE_EXTENSIONS = frozenset(("txt", "env", "pem", "key", "json", "yaml", "yml", "cfg", "conf",
                              "ini", "toml", "properties"))


def _bare_value(token: str, start: int) -> tuple[str, int]:
    lead = 0
    while lead < len(token) and token[lead] in _VALUE_STRIP:
        lead += 1
    lead += _html_quote_lead(token[lead:])
    value = _trim_unquoted(token[lead:].rstrip("\"'`"))
    return value, start + lead


_FOLLOW_CACHE: dict[tuple[str, str, bool, bool], bool] = {}


def _judge_follower(name: str, value: str, cls: str, command: bool, carried: bool) -> bool:
    key = (cls, value, command, carried)
    known = _FOLLOW_CACHE.get(key)
    if known is None:
        known = _judge_follower_uncached(value, cls, command, carried)
        if len(_FOLLOW_CACHE) >= 4096:
            _FOLLOW_CACHE.clear()
        _FOLLOW_CACHE[key] = known
    return known


def _judge_follower_uncached(value: str, cls: str, command: bool, carried: bool) -> bool:
    """A value after a carrier flag (``--body V``) is judged like ``NAME=V``; one that merely
    follows the name is not an id or digest (``GITHUB_TOKEN 3f0c2a9e-...`` in a list of facts)."""
    if cls == values.VENDOR:
        return values.looks_vendor_secret(value)
    if _public_json(value):
        return False
    if carried:
        return values.looks_secret(value, cls)
    if _named_thing(value):
        return False
    if command:
        return values.looks_secret(value, cls, strict=cls != values.PASSWORD) and (
            not values.is_benign_id(value)
        )
    if cls == values.PASSWORD and values.is_passphrase(value):
        return True  # "the vpn pw is tundra-violet-walrus19": words, but a passphrase's shape
    if any(c in value for c in "({[") or ("=" in value and not values.glued_password(value)) or (
        values.is_wordy(value) and not _mixed_case(value)
    ):
        return False
    if not values.looks_secret(value, cls, strict=True):
        return False
    return not values.is_benign_id(value)


_ADVISORY = r"[A-Z]{2,12}(?:-[A-Z]{2,12})?-\d{4}-\d{2,}(?:-\d+)?"
_ISSUE_REF = r"#\d{2,9}[.,;:)]?"
_FILE_IN_DIR = r"[\w.+-]+(?:/[\w.+-]+)+\.[A-Za-z0-9]{1,4}[,;:)]?"


def _named_thing(value: str) -> bool:
    """A value prose names rather than a secret: an advisory (``CVE-2024-0553``,
    ``GNUTLS-SA-2021-03-10``), an issue (``#1051062``), a file under its directory
    (``man/de/passwd.5``), or a code identifier whose ``_`` pieces are each one case and mostly
    words (``mv88e6xxx_phy_is_internal``, ``PKEY_CLR2SECK2``): changelogs name these right after
    ``key``, ``passwd`` or ``token`` (``fix llsec key release in mac802154_llsec_key_del``)."""
    if _rx("<advisory>", _ADVISORY).fullmatch(value) or _rx("<issue-ref>", _ISSUE_REF).fullmatch(value):
        return True
    if "/" in value and _rx("<file-in-dir>", _FILE_IN_DIR).fullmatch(value):
        return True
    core = value.rstrip(",;:.)").lstrip("_")
    if "_" not in core or not core.replace("_", "").isalnum() or not core.isascii():
        return False
    pieces = [x for x in core.split("_") if x]
    if any(not (x.islower() or x.isupper() or x.isdigit()) for x in pieces):
        return False  # Tr0ub4dor_Xk: a piece of mixed case is no identifier's
    return 2 * sum(x.isalpha() for x in pieces) >= len(pieces)


_FOREIGN_NOUNS = (
    ("\u5bc6\u7801", values.PASSWORD),  # zh: mima
    ("\u5bc6\u78bc", values.PASSWORD),
    ("\u53e3\u4ee4", values.PASSWORD),
    ("\u5bc6\u94a5", values.STRONG),  # zh: key
    ("\u4ee4\u724c", values.STRONG),  # zh: token
    ("\u30d1\u30b9\u30ef\u30fc\u30c9", values.PASSWORD),  # ja: pasuwaado
    ("\u6697\u8a3c\u756a\u53f7", values.PASSWORD),
    ("\u30c8\u30fc\u30af\u30f3", values.STRONG),  # ja: token
    ("\u30ad\u30fc", values.STRONG),  # ja: kii (API kii)
    ("\u043f\u0430\u0440\u043e\u043b", values.PASSWORD),  # ru: parol'
    ("\u0442\u043e\u043a\u0435\u043d", values.STRONG),  # ru: token
    ("\u043a\u043b\u044e\u0447", values.STRONG),  # ru: klyuch
    ("\ube44\ubc00\ubc88\ud638", values.PASSWORD),  # ko
    ("contrase\u00f1a", values.PASSWORD),  # es
    ("senha", values.PASSWORD),  # pt (ASCII, but its sentences rarely are)
    ("cl\u00e9", values.STRONG),  # fr
    ("schl\u00fcssel", values.STRONG),  # de
    ("kennwort", values.PASSWORD),
    ("has\u0142o", values.PASSWORD),  # pl
    ("\u015fifre", values.PASSWORD),  # tr: sifre
    ("l\u00f6senord", values.PASSWORD),  # sv
    ("salasana", values.PASSWORD),  # fi
    ("heslo", values.PASSWORD),  # cs, sk
    ("parola", values.PASSWORD),  # tr, it, ro (parolas\u0131, parolasini)
    ("\u03c3\u03c5\u03bd\u03b8\u03b7\u03bc\u03b1\u03c4\u03b9\u03ba", values.PASSWORD),  # el
    ("\u03ba\u03c9\u03b4\u03b9\u03ba", values.PASSWORD),  # el: kodikos (prosvasis)
    ("\ud1a0\ud070", values.STRONG),  # ko: tokeun
    ("\u091f\u094b\u0915\u0928", values.STRONG),  # hi: token
    ("\u0915\u0941\u0902\u091c\u0940", values.STRONG),  # hi: kunji (key)
    ("\u0631\u0645\u0632 \u0627\u0644\u0648\u0635\u0648\u0644", values.STRONG),  # ar: access code
    ("\u0631\u0645\u0632 \u0645\u0645\u064a\u0632", values.STRONG),  # ar: token
    ("\u0631\u0645\u0632 \u0627\u0644\u0645\u0631\u0648\u0631", values.PASSWORD),  # ar: passcode
    ("\u05d8\u05d5\u05e7\u05df", values.STRONG),  # he: token
    ("\u0e42\u0e17\u0e40\u0e04\u0e47\u0e19", values.STRONG),  # th: token
)
"""Secret nouns written in other scripts or with accents: the ASCII view cannot see them."""


def _foreign_secrets(text: str, view: str, runs: bytes, hits: list[_Hit]) -> None:
    low = _lower(text)
    shadow: list[tuple[list[int], list[int]]] = []
    for noun, cls in _FOREIGN_NOUNS:
        pos = -1 if _lacks(low, noun) else low.find(noun)
        while pos >= 0:
            after = pos + len(noun)
            # the noun's own inflection (parolya, Passwortes) and a copula glued to it
            while after < len(view) and view[after] not in " \t\n:=" and not (
                runs[after] == 97 and view[after].isascii() and view[after - 1] == "?"
            ) and after - pos < len(noun) + 6:
                after += 1
            _follow(view, noun, cls, after, False, hits, shadow)
            pos = low.find(noun, after)


_SECRET_WORD_BYTES = frozenset(w.encode() for w in _SECRET_WORDS)
_AFTER_NAME = frozenset(" \t:=>\"'`],\\")
"""What can follow a name in either pattern: a blank, an operator's first character, or the
closing quote/bracket, or the backslash escaping that quote inside a JSON string (``\\"password\\":
\\"V\\"``). All are non-token characters, so the first non-token character after the secret word
is one of them whenever a pattern can match (a "+", "/" or "~" inside the token run ends the name
there, where nothing can follow it)."""


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


def _vendor_before(view: str, start: int) -> bool:
    """One of the two words before a name is a vendor's name, and the word right before it
    does not say the key is something else (``Stripe idempotency key``, ``Figma file key``)."""
    words = [w.strip("'\"(:,") for w in view[max(0, start - 40) : start].lower().split()[-2:]]
    if words and words[-1] in values.NOT_A_SECRET_KEY:
        return False
    return any(w in values.VENDOR_NAMES for w in words)


def _previous_word(view: str, start: int) -> str:
    words = view[max(0, start - 24) : start].split()
    return words[-1].lower() if words else ""


def _parenthetical(value: str) -> bool:
    """``(string)``, ``(mounted``: a remark in brackets after a name, not its value."""
    inner = value.strip("()[]{},")
    return bool(inner) and ((inner.isalpha() and inner.islower()) or values.is_wordy(inner))


def _judge(
    view: str,
    runs: bytes,
    pos: int,
    m: re.Match[str],
    hits: list[_Hit],
    shadow: list[tuple[list[int], list[int]]],
) -> bool:
    """Judge the value after ``name op``; True if a finding was added."""
    if m.group("q"):
        value, vstart = m.group("qv"), m.start("qv")
        if m.group("q")[0] == "\\" and value[-1:] == "\\":
            value = value[:-1]  # \"V\" inside a JSON string: the closing quote's escape
    elif m.group("op") == ">" and "</" in m.group("v"):  # <password>V</password>: all up to </
        value, vstart = m.group("v").split("</", 1)[0], m.start("v")
    else:
        raw = m.group("v")
        lead = _html_quote_lead(raw)
        value, vstart = _trim_unquoted(raw[lead:]), m.start("v") + lead
    if len(value) < 6:  # no class accepts shorter values
        return False
    op = m.group("op").strip().lower()
    if op == "," and not m.group("close"):
        return False  # only a quoted name and a quoted value: define('DB_PASSWORD', 'V')
    strict = op in ("is", "was", "to", "are")
    if strict and (value.isalpha() or not any(c.isdigit() for c in value)):
        return False
    ns = _name_start(view, runs, pos)
    if ns < 0 or (ns and view[ns - 1] == ":" and op == ":"):  # arn:aws:...:secret:prod/x
        return False
    if op == "," and (ns < 1 or view[ns - 1] not in "\"'`" or (
        ns >= 2 and view[ns - 2] == "," and view[ns] != "-"
    )):
        return False  # a CSV header's or row's next field, not a call's or an array's value
    if op == ">" and not (  # only <password>value</password>
        ns and view[ns - 1] == "<" and m.group("op") == ">"
        and view.startswith("</", vstart + len(value))
    ):
        return False
    name = view[ns : m.end("rest")]
    if name in _VERDICT_NAMES and _rx("<test-target>", _TEST_TARGET).fullmatch(value):
        return False  # a test runner's verdict on the test it ran: "PASS src/auth.test.ts"
    if not op:
        low = name.lower()
        if not (name.startswith("-") or "pass" in low or "pwd" in low):
            return False
        if (value[0] in "([{" and _parenthetical(value)) or (
            "=" in value and value.split("=", 1)[0].isidentifier()
            and not values.glued_password(value)
        ):
            return False  # "db_password (mounted by compose)", "reason=bad_password attempts=3"
    if not shadow:
        shadow.append(_kept_spans(hits, _ASSIGN_CATEGORY, _ASSIGN_PRIORITY))
    if _overlaps(shadow[0], vstart, vstart + len(value)):
        return True  # a format or structure rule has this value: a judgement here would be dropped
    cls = _classify(name, view, ns)
    if cls is None:
        return False
    if not op and not (name.startswith("-") or cls == values.PASSWORD):
        return False
    found = _judge_value(name, value, cls, strict)
    if found is not None:
        rule, priority = found
        hits.append((rule.category, priority, vstart, vstart + len(value), rule.id))
        return True
    return False


_VERDICT_NAMES = frozenset(("PASS", "PASSED"))
"""A test runner's verdict, in the upper case every runner prints it in (jest's ``PASS
src/a.test.ts (4 s)``, go's ``--- PASS: TestLock/contended``, pytest's ``PASSED``): the word is
the result, not a password's name, when what follows it is the test that ran."""
_TEST_TARGET = (
    r"(?:[\w.@+-]+/)*[\w.@+-]+\.(?:ts|tsx|js|jsx|mjs|cjs|py|go|rs|rb|java|kt|kts|swift|cs|php"
    r"|exs?|c|cc|cpp|scala|dart|vue|svelte|t)(?:::[\w.\[\]/-]+)*"
    r"|Test[A-Z0-9_]\w*(?:/[\w.-]+)*"
)
"""The test a runner names: a source file under its directories (optionally with ``::test``),
or a Go test and its subtests. A password is never a source file's name nor ``TestX/y``."""


_PAIR_NAME = (
    r"[ \t]*(?:-[ \t]*)?(?:name|key|variable|Name|Key)[\"']?[ \t]*[:=]?[ \t]*[\"']?"
    r"(?P<name>[A-Za-z0-9_.-]{1,64})[\"']?[ \t]*\{?[ \t]*\r?$"
)
_BLOCK_NAME = (
    r"[ \t]*(?:variable[ \t]+|output[ \t]+)?[\"'](?P<name>[A-Za-z0-9_.-]{1,64})[\"'][ \t]*:?"
    r"[ \t]*\{[ \t]*\r?$"
)
"""A block opened by a quoted name a few lines above its value (``variable "db_password" {``,
``"stripe_secret": {`` of ``terraform output -json``)."""
_BLOCK_LINES = 5
_PAIR_VALUE = (
    r"[ \t]*(?:-[ \t]*)?[\"']?(?:value|default|Value)[\"']?[ \t]*[:=][ \t]*"
    r"(?:(?P<q>[\"'])(?P<qv>[^\"'\n]{1,256})|(?P<v>[^\s\"']{1,256}))"
)


def _line_pairs(view: str, hits: list[_Hit]) -> None:
    """A name on one line and its value on the next: a Kubernetes env list (``- name:
    DB_PASSWORD`` / ``value: "V"``), a Terraform variable (``variable "db_password" {`` /
    ``default = "V"``). The value is judged with its name, as a config field is."""
    for label in ("value", "default", "Value"):
        pos = view.find(label)
        while pos >= 0:
            start = view.rfind("\n", 0, pos) + 1
            if start and view[start:pos].strip(" \t-\"'") == "":
                prev = view[view.rfind("\n", 0, start - 1) + 1 : start - 1]
                n = _rx("<pair-name>", _PAIR_NAME).match(prev) or _block_name(view, start)
                m = _rx("<pair-value>", _PAIR_VALUE).match(view, start) if n else None
                if n and m:
                    value, vstart = (m.group("qv"), m.start("qv")) if m.group("q") else (
                        m.group("v"), m.start("v"))
                    if values.named_secret(n.group("name"), value):
                        hits.append((_ASSIGN_CATEGORY, _ASSIGN_PRIORITY, vstart,
                                     vstart + len(value), _FIELD_ID))
            pos = view.find(label, pos + len(label))


def _block_name(view: str, start: int) -> re.Match[str] | None:
    """The name of the block a value line sits in: up to ``_BLOCK_LINES`` lines above it, with
    no line between that closes a block or opens another one."""
    end = start - 1
    for _ in range(_BLOCK_LINES):
        if end <= 0:
            return None
        begin = view.rfind("\n", 0, end) + 1
        line = view[begin:end]
        if "{" in line:
            return _rx("<block-name>", _BLOCK_NAME).match(line)
        if "}" in line or "[" in line:
            return None
        end = begin - 1
    return None


_OPENERS = {")": "(", "]": "[", "}": "{", ">": "<"}
_LIST_NEXT = r"[ \t]{0,2}[A-Za-z_][A-Za-z0-9_.-]{0,38}[ \t]{0,2}="
"""What a list goes on with after ``;``, ``,``, ``&`` or ``|``: the next item's name and its
``=`` (``;Server=``, ``&user=``). Any other character before the ``=`` is part of a value that
holds both (``8w4p&hGI~Ys_=n^E``): round 12 cut such passwords short."""


_HTML_QUOTES = ("&quot;", "&#34;", "&#x22;", "&apos;", "&#39;", "&#x27;")
"""A quote as HTML writes it: what opens and closes a value copied out of a web page's code
block."""


def _html_quote_lead(value: str) -> int:
    """The length of the HTML-encoded quote ``value`` opens with (``&quot;$TOKEN&quot;``), else 0."""
    if value[:1] == "&":
        for entity in _HTML_QUOTES:
            if value.startswith(entity):
                return len(entity)
    return 0


def _trim_unquoted(value: str) -> str:
    """An unquoted value runs to the next blank; punctuation inside it is part of it
    (``Zk(8;q]2``) except where a list or a call goes on (``;Server=``, ``,user=``, ``</``) and
    closers it did not open and sentence punctuation at its end. A call or an index
    (``getpass.getpass(``, ``Field(min_length=12)``, ``os.environ[``) is code, not a value."""
    for opener in "([":
        cut = value.find(opener)
        if cut >= 3 and values.is_wordy(value[:cut]) and value[:cut].replace(".", "").replace(
            "_", ""
        ).isalnum():
            return ""
    if _rx("<punct>", r"[;,&|<(\[.!?:)\]}>]").search(value) is None:
        return value  # the usual value: nothing to cut or strip
    if value.endswith(";") and "&" in value:
        # a closing quote HTML-encoded in a page's copy (``$TOKEN&quot;``): the quote, not part
        # of the value, which a cut at the ``;`` below would leave as ``$TOKEN&quot``
        for entity in _HTML_QUOTES:
            if value.endswith(entity):
                value = value[: -len(entity)]
                break
    for sep in ";,&|":
        cut = value.find(sep)
        while cut > 0:
            if cut == len(value) - 1 or _rx("<list-next>", _LIST_NEXT).match(value, cut + 1):
                value = value[:cut]
                break
            cut = value.find(sep, cut + 1)
    close = value.find("</")
    if close > 0:
        value = value[:close]
    while value and value[-1] in ".,;:!?)]}>":
        last = value[-1]
        opener = _OPENERS.get(last, "")
        if opener and value.count(opener) >= value.count(last):
            break
        if last == "!" and len(value) > 1 and value[-2].isalnum() and any(
            c.isdigit() for c in value
        ):
            break  # Summer2024! : a password's own last character
        value = value[:-1]
    return value


_CLASS_CACHE: dict[str, str | None] = {}


def _classify(name: str, view: str, ns: int) -> str | None:
    cls = _CLASS_CACHE.get(name, "?")
    if cls == "?":
        cls = values.classify_name(name)
        if len(_CLASS_CACHE) < 4096:
            _CLASS_CACHE[name] = cls
    if cls == values.KEY or (cls == values.STRONG and name in ("token", "Token", "tokens")):
        # "api key: ..." in prose: the word before can promote a bare key; "pagination token"
        # and "hash ring token" name no credential
        key = name + " " + _previous_word(view, ns)
        cls = _CLASS_CACHE.get(key, "?")
        if cls == "?":
            cls = values.classify_name(name, key.split(" ", 1)[1])
            if len(_CLASS_CACHE) < 4096:
                _CLASS_CACHE[key] = cls
    return cls


_VENDOR_KEYS = [(rule, rule.id + "<name>") for rule in _VENDOR]
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
    for rule, name_key in _VENDOR_KEYS if norm else ():
        if _rx(name_key, rule.name_pattern).search(norm) is None:
            continue
        vm = _rx(rule.id, rule.pattern).fullmatch(value)
        if vm is not None and (rule.validator is None or rule.validator(vm)):
            return rule, rule.priority
    if values.is_key_fingerprint(name, value) or _public_json(value):
        return None
    if _GENERIC is not None and values.looks_secret(value, cls, strict):
        return _GENERIC, _GENERIC.priority
    return None


def _public_json(value: str) -> bool:
    """Base64 of a JSON document that is itself clean (a pagination cursor, encoded public
    metadata): every field of the decoded document is judged with its name, so docker's
    base64 ``{"auths": {...: {"auth": ...}}}`` or an encoded service-account key stays a
    credential."""
    decoded = values.base64_json(value)
    if decoded is None:
        return False
    import json

    return not scan_value(json.loads(decoded)) and not _scan(decoded, "")




def _scan(text: str, path: str) -> list[Finding]:
    hits = rule_hits(text, True)
    return _resolve(hits, path) if hits else []


_WIDE = {0xFF1A: ":", 0xFF1D: "=", 0x300C: " ", 0x300D: " ", 0x300E: " ", 0x300F: " ",
         0x00AB: " ", 0x00BB: " "}
"""Full-width punctuation and the quote brackets of CJK and European text, as the ASCII view
shows them (session 23): ``SecretKey\uff1aV`` is ``SecretKey:V`` and ``\u300cV\u300d`` or
``\u00abV\u00bb`` a quoted ``"V"``, so every rule that reads an operator or a quoted value in
the view reads them in text written with a Chinese or Japanese input method or with
guillemets. One character for one: spans stay the same in every view."""


def _wide_ascii(text: str) -> str:
    """``text`` with ``_WIDE``'s characters replaced, or ``text`` when it has none of them."""
    if ("\uff1a" in text or "\uff1d" in text or "\u300c" in text or "\u300e" in text
            or "\u00ab" in text or "\u00bb" in text):
        return text.translate(_WIDE)
    return text


def rule_hits(text: str, prompts: bool) -> list[_Hit]:
    """Every rule's hits in ``text``; without ``prompts``, the credential stages alone (no
    prompt cue, no classifier: ``scan_credentials``). Public to the filter's own modules: a
    decoder that judges a view of the text (``transport.prompt_views``) needs the raw hits, with
    their rule ids, before they are resolved into findings."""
    if len(text) < 8:
        return []
    view = text if text.isascii() else _wide_ascii(text).encode("ascii", "replace").decode("ascii")
    if "\\" in view:
        for escaped, plain in _ESCAPES:
            if escaped in view:
                view = view.replace(escaped, plain)
    raw = view.encode("ascii")
    lo = _lower(view)
    runs = raw.translate(_TOKTAB)
    hits: list[_Hit] = []
    _tokens(view, runs, raw.translate(_SEPTAB), hits)
    words = raw.translate(_WORDTAB)
    split = words.split()
    present = _GATE_WORDS.intersection(split)
    live = _live_keywords(view, lo, present)
    if live:
        _context(view, lo, live, present, hits)
    _assignments(view, lo, runs, present, hits)
    if "\n" in view and ("value" in view or "default" in view):
        _line_pairs(view, hits)
    if not text.isascii():
        _foreign_secrets(text, view, runs, hits)
    if not (text.isascii() and present.isdisjoint(prose.GATE_WORDS)):
        prose.secret_hits(text, view, lo, present, _ASSIGN_CATEGORY, 2, hits)
    if not present.isdisjoint(carriers.GATE_WORDS):
        carriers.carrier_hits(text, view, lo, present, _ASSIGN_CATEGORY, 1, hits)
    carriers.layout_hits(view, lo, present, _ASSIGN_CATEGORY, 1, hits)
    low = lo if text.isascii() else columns.lowered(text)  # offsets kept, letters not replaced
    if "\n" in view:
        columns.column_hits(text, low, _ASSIGN_CATEGORY, 1, hits)
    if low is not lo:
        noun_layout.noun_hits(text, low, _ASSIGN_CATEGORY, 1, hits)
    if not present.isdisjoint(levels.GATE_WORDS) or "::" in view or "value" in lo:
        levels.level_hits(view, lo, present, _ASSIGN_CATEGORY, 1, hits)
    if not prompts:
        return [h for h in hits if h[0] != cues.PROMPT]
    cues.prompt_hits(text, view, lo, b" " + words + b" ", present, hits)
    if not hits and (len(text) >= 24 or (len(text) >= 8 and max(text) >= "\u3040")):
        # the trained model, only where no rule fired; the test above is ``classifier.wanted``,
        # written out so that a short text does not import the classifier (nor load its weights)
        # the classifier reads the text with its tables of figures blanked (an eval report's
        # rows of names and numbers are not a prompt; the rules above read them whole). The
        # words split above are the classifier's own when the view is the text itself and no
        # table was blanked; a long note's parts are then scored one by one
        # a text the model flags is read once more without a template's guidance to a contributor
        # (``contributor``) and without the sentences that say what a prompt is for
        # (``promptdoc``): a second reading can only clear it, never flag what the first did not
        scored = figures.without_tables(text)
        own = split if view is text and scored is text else None
        # the model first: it leaves most clean notes in a few dozen µs (its bound), while
        # ``selfreport.report`` reads a note line by line (~0.4 ms for a CI log's 2 KB), and
        # flags a text only the model flagged (session 23: the same verdicts, in another order)
        if (classifier.flags(scored, own) or classifier_windows.flags(scored)) and (
                not selfreport.report(scored) and not factturns.role_facts(scored)) and (
                not contributor.document(scored)) and _flagged_without_asides(scored):
            hits.append((cues.PROMPT, 1, 0, len(text), classifier.RULE_ID))
    return hits


def _flagged_without_asides(scored: str) -> bool:
    """Whether the classifier still flags ``scored`` (which it flagged) once a template's guidance
    to a contributor and the sentences describing a prompt from outside are taken out; True when
    there are none."""
    rest = scored
    if "<!--" in rest or "[ ]" in rest or "[x]" in rest or "[X]" in rest:
        rest = contributor.without_guidance(rest)
    if "rompt" in rest or "emplate" in rest:
        rest = promptdoc.without_statements(rest)
    return rest is scored or classifier.flags(rest) or classifier_windows.flags(rest)


# ---------------------------------------------------------------------------------------------
# Public entry points


_CLEAN: set[str] = set()
"""Short strings seen clean. An agent writes the same repo, branch, commit and command
lines over and over (a batch of validations repeats them in every event), and `_scan`
is a pure function of the text, so a clean verdict is remembered. Bounded: at most
`_CLEAN_MAX` strings of at most `_CLEAN_LEN` characters; a flagged string is never
remembered, so it is rescanned and reported every time."""
_CLEAN_MAX = 4096
_CLEAN_LEN = 512


def scan_text(text: str, path: str = "") -> list[Finding]:
    """Findings in one string: path, rule id and span; never the text itself."""
    if not isinstance(text, str):
        if isinstance(text, bytes | bytearray | memoryview):
            text = bytes(text).decode("utf-8", "replace")
        else:
            return []
    if text in _CLEAN:
        return []
    try:
        found = _scan(text, path)
    except Exception:  # a bug must reject the write, not crash the caller or let it through
        return [Finding(path, "scanner-error", 0, len(text))]
    if not found and len(text) <= _CLEAN_LEN:
        if len(_CLEAN) >= _CLEAN_MAX:
            _CLEAN.clear()
        _CLEAN.add(text)
    return found


def scan_credentials(text: str) -> list[Finding]:
    """Credential findings in one string, with no prompt rule or classifier run: for a text
    that is a machine's record decoded from a JSON string (``payloads``), where the prompt side
    has already judged the record as written."""
    hits = rule_hits(text, False)
    return _resolve(hits, "") if hits else []


_FIELD_ID = "secret-named-field"


def clear_caches() -> None:
    """Forget memoised name and value judgements (benchmarks use it to time cold judgements)."""
    _CLASS_CACHE.clear()
    _VALUE_CACHE.clear()
    _FOLLOW_CACHE.clear()
    _KEYS.clear()
    _CLEAN.clear()


# The walk over JSON-like values judges every string with ``scan_text`` above; imported last so
# that ``handoff.privacy.walk`` finds it (``scan_value`` and the key memo stay importable here).
from handoff.privacy.walk import _KEYS, _known_clean, scan_value  # noqa: E402, F401
