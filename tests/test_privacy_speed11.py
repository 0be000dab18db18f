"""Session 11 speed changes change no match and no verdict.

Each fast path is compared with the slow one it replaces: on the rules' own examples and near
misses, on hypothesis texts built from the characters and literals that decide the match, and
(where cheap) on the development corpus. Each test was checked to fail on a deliberately broken
fast path (named in its docstring).
"""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from handoff.privacy import patterns, scanner, values
from handoff.privacy.rules import RULES

_MOVED = [r for r in scanner._CONTEXT if patterns.literal_first(r.pattern) is not None]
"""Context rules whose pattern opens with a lookbehind before a literal (npmrc, dropbox,
salesforce): ``finditer`` searches them in their ``literal_first`` form."""


def _spans(pattern: str, text: str) -> list[tuple[tuple[int, int], ...]]:
    compiled = re.compile(pattern)
    return [tuple(m.span(g) for g in range(compiled.groups + 1)) for m in compiled.finditer(text)]


def test_literal_first_applies_to_the_slow_rules() -> None:
    """The rules it was written for keep their fast form (fails if the rewrite is refused)."""
    assert {r.id for r in _MOVED} >= {"npmrc-auth", "salesforce-session-id"}
    for rule in _MOVED:
        fast = patterns.literal_first(rule.pattern)
        assert fast is not None and not fast.startswith("(?<")
        assert scanner._searched(rule) == fast


def test_literal_first_refuses_what_it_cannot_move() -> None:
    """A quantified or alternative last literal, a class with escapes, no lookbehind."""
    assert patterns.literal_first(r"(?<![a-z])ab?c") == r"a(?<![a-z]a)b?c"
    assert patterns.literal_first(r"(?<![a-z])a?bc") is None
    assert patterns.literal_first(r"(?<![a-z])ab|c") is None
    assert patterns.literal_first(r"(?<![\w])ab") is None
    assert patterns.literal_first(r"(?<=[a-z])ab") is None
    assert patterns.literal_first(r"ab(?<![a-z])") is None
    assert patterns.literal_first(r"(?<![a-z])\.x") == r"\.x(?<![a-z]\.x)"


def test_literal_first_same_matches_on_examples() -> None:
    """Every example and near miss of every rule, alone and glued after each class member
    and each other character kind (fails when the moved lookbehind drops the class)."""
    for rule in _MOVED:
        fast = patterns.literal_first(rule.pattern)
        assert fast is not None
        for text in (*rule.examples, *rule.near_misses):
            for glue in ("", "a", "Z", "0", "_", ".", "-", "=", "|", " ", "\n", "é"):
                for variant in (glue + text, text + glue + text, glue + text.lower()):
                    assert _spans(fast, variant) == _spans(rule.pattern, variant), (rule.id,
                                                                                     variant)


def _pieces(rule_pattern: str) -> list[str]:
    fast = patterns.literal_first(rule_pattern)
    assert fast is not None
    literal = fast[: fast.index("(?<!")].replace("\\", "")
    return [literal, literal[:-1], literal.upper(), "authToken", "auth", "password", "=", " ",
            "'", '"', "a", "Z", "0", "9", "_", ".", "-", "!", "|", "\n", "x" * 7, "A1b2C3d4e5",
            "0" * 15]


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_literal_first_same_matches_on_generated_texts(data: st.DataObject) -> None:
    """Texts glued from the literal, its neighbours' classes and value characters: every match
    and group span the same (fails on ``literal + rest`` without the moved lookbehind)."""
    for rule in _MOVED:
        pieces = _pieces(rule.pattern)
        parts = data.draw(st.lists(st.sampled_from(pieces), max_size=24), label=rule.id)
        text = "".join(parts)
        fast = patterns.literal_first(rule.pattern)
        assert fast is not None
        assert _spans(fast, text) == _spans(rule.pattern, text), (rule.id, text)


def test_scanner_findings_unchanged_without_literal_first() -> None:
    """The scanner's findings with the switch off equal those with it on, on every rule's
    examples and near misses."""
    texts = [t for r in RULES for t in (*r.examples, *r.near_misses)]
    on = [scanner._scan(t, "") for t in texts]
    scanner._LITERAL_FIRST = False
    saved = dict(scanner._compiled)
    try:
        for rule in _MOVED:
            scanner._compiled.pop(rule.id, None)
        off = [scanner._scan(t, "") for t in texts]
    finally:
        scanner._LITERAL_FIRST = True
        scanner._compiled.clear()
        scanner._compiled.update(saved)
    assert on == off


# -- _follow: the tokens' places found only for the tokens judged ------------------------------

# The version before session 11, kept as the reference (it found every token's place first).
def _follow_reference(
    view: str,
    name: str,
    cls: str,
    after: int,
    command: bool,
    hits: list[scanner._Hit],
    shadow: list[tuple[list[int], list[int]]],
) -> bool:
    line_end = view.find("\n", after)
    if line_end < 0:
        line_end = len(view)
    limit = min(line_end, after + 240)
    if not command:
        for stop in scanner._CLAUSE_ENDS[1:]:
            cut = view.find(stop, after, limit)
            if cut >= 0:
                limit = cut + 1
    segment = view[after:limit]
    if not command and scanner._rx("<value-char>", scanner._VALUE_CHAR).search(segment) is None:
        return False  # prose values need a digit or a symbol (looks_secret, strict)
    offset = after
    tokens: list[tuple[int, str]] = []
    for part in segment.split():
        at = segment.find(part, offset - after)
        tokens.append((after + at, part))
        offset = after + at + len(part)
        if len(tokens) >= (4 if command else scanner._WINDOW_TOKENS):
            break
    take_next = False
    for i, (start, token) in enumerate(tokens):
        prev = tokens[i - 1][1].lower() if i else ""
        if not take_next and token[0] != "-" and (
            len(token) < 6 or (token.isalpha() and token.islower())
        ):
            if not command and not take_next and token.endswith("ed") and len(token) >= 6 and (
                prev in ("is", "was", "are", "were", "be", "been", "gets", "got")
            ) and not (token.lower() in scanner._CHANGED and i + 1 < len(tokens)
                       and tokens[i + 1][1].lower() in scanner._VALUE_LINKS):
                return False  # "is hashed with argon2id": a passive clause, not a value
            continue  # a short or plain lower-case word is never the value
        if token in scanner._STOP_TOKENS or token.startswith(("|", ">", "<", "&&")):
            return False
        if command and token.startswith("-") and not take_next:
            flag = token.split("=", 1)
            if flag[0].lower() in scanner._CARRIER_FLAGS:
                if len(flag) == 2:
                    start, token = start + len(flag[0]) + 1, flag[1]
                else:
                    take_next = True
                    continue
            else:
                continue
        value, vstart = scanner._bare_value(token, start)
        if len(value) < 6 or (not take_next and "=" in value and token[0] not in "\"'`" and (
            value.split("=", 1)[0].isidentifier() and not values.glued_password(value)
        )):
            take_next = False
            continue  # too short, or the next key=value pair of a log line (attempts=3)
        if scanner._judge_follower(name, value, cls, command, take_next):
            scanner._add_follower(hits, shadow, vstart, value)
            return True
        if command and (take_next or name[:1] == "-"):
            user, colon, secret = value.partition(":")
            if colon and user.isalnum() and values.looks_secret(secret, values.PASSWORD, True):
                scanner._add_follower(hits, shadow, vstart + len(user) + 1, secret)  # --creds user:pw
            return True  # the argument was the value (a flag took it), and it is not a secret
        if command and not values.is_wordy(value):
            return True  # the argument was the value, and it is not a secret
        take_next = False
    return False



_FOLLOW_WORDS = ("is", "was", "are", "be", "got", "hashed", "replaced", "changed", "reset", "to",
                 "with", "into", "the", "password", "token", "for", "staging", "db", "--body",
                 "--password=", "-p", "--name", "|", ">", "&&", "x9Kq2Lm7Vd", "hunter22!",
                 "Zk(8;q]2", "user:Pa55w0rd!", "a=b", "attempts=3", "'Qw3rty!9x'", "ghp_abc",
                 "abc123", "argon2id", "reset", "S3cr3tV4lue", "tundra-violet-walrus19", ".", ",",
                 "x9Kq2Lm7Vd,", "(x9Kq2Lm7Vd)", "rotated", "updated", "a=x9Kq2Lm7Vd",
                 "key=S3cr3tV4lue", "x9Kq2Lm7Vd", "call(x9Kq2Lm7Vd")


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_FOLLOW_WORDS), min_size=1, max_size=14),
       st.lists(st.sampled_from(("  ", " ", "\t", ". ", "; ", "\n", "! ")), min_size=14,
                max_size=14),
       st.sampled_from(("password", "api_token", "--token", "DB_PASSWORD", "secret")),
       st.sampled_from(("password", "strong", "vendor", "key")), st.booleans())
@example(["is", "call(x9Kq2Lm7Vd", "then", "x9Kq2Lm7Vd"], [" "] * 14, "password", "password",
         False)
@example(["--body", "x9Kq2Lm7Vd"], [" "] * 14, "api_token", "strong", True)
@example(["is", "hashed", "with", "argon2id"], [" "] * 14, "password", "password", False)
def test_follow_same_as_before(words: list[str], gaps: list[str], name: str, cls: str,
                               command: bool) -> None:
    """Same return and same findings as the version that placed every token first, on
    sentences and command lines glued from prose words, flags, values and separators (fails
    when a judged token's place is taken from the wrong token)."""
    text = name + " " + "".join(w + g for w, g in zip(words, gaps, strict=False))
    after = len(name)
    fast: list[scanner._Hit] = []
    slow: list[scanner._Hit] = []
    assert scanner._follow(text, name, cls, after, command, fast, []) == _follow_reference(
        text, name, cls, after, command, slow, [])
    assert fast == slow


# -- _live_keywords: only the gate words that file keywords are walked -------------------------


def _live_reference(view: str, lo: str, present: frozenset[bytes]) -> dict[int, list[str]]:
    """The version before session 11: every gate word of the text looked up."""
    live: dict[int, list[str]] = {}
    for word in present:
        for index, keyword, exact in scanner._BY_WORD.get(word, ()):
            if exact or keyword in lo:
                live.setdefault(index, []).append(keyword)
    for last, gate in scanner._BY_LITERAL:
        if last in view and gate[1] in lo:
            live.setdefault(gate[0], []).append(gate[1])
    return live


def _present(text: str) -> frozenset[bytes]:
    return scanner._GATE_WORDS.intersection(text.encode("ascii").translate(scanner._WORDTAB).split())


_RULE_TEXTS = [t for r in RULES for t in (*r.examples, *r.near_misses) if t.isascii()]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_RULE_TEXTS), min_size=1, max_size=4))
def test_live_keywords_same_as_before(texts: list[str]) -> None:
    """The same keywords live per rule, in any order (fails when a word that files keywords is
    left out of the walk)."""
    view = "\n".join(texts)
    lo = view.lower()
    present = _present(view)
    fast = scanner._live_keywords(view, lo, present)
    slow = _live_reference(view, lo, present)
    assert {k: sorted(v) for k, v in fast.items()} == {k: sorted(v) for k, v in slow.items()}


# -- the camelCase end: the word first, the character before it looked back at --------------------

_CAMEL_BEFORE = r"[a-z0-9]%s(?![a-z])"
"""The form before session 11 (tried at every character)."""


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(("Pwd", "Pw", "Tok", "Psk", "Cred", "db", "a", "Z", "0", "9", " ",
                                 "s", "en", "_", "-", "\n", "P", "w", "d")), max_size=16))
def test_camel_end_same_as_before(parts: list[str]) -> None:
    """Found exactly where the old pattern is found (fails without the lookbehind)."""
    text = "".join(parts)
    for _, camel in scanner._CAMEL_WORDS:
        fast = re.search(scanner._CAMEL_END % {"w": camel}, text)
        slow = re.search(_CAMEL_BEFORE % camel, text)
        assert (fast is None) == (slow is None), (camel, text)
        if fast is not None and slow is not None:
            assert fast.start() == slow.start() + 1


# -- the vendor test made only when a value is judged ---------------------------------------------

def _followers_eager(
    view: str,
    runs: bytes,
    pos: int,
    hits: list[scanner._Hit],
    shadow: list[tuple[list[int], list[int]]],
    done: set[int],
) -> None:
    """(The version before session 11.) A secret name followed by its value as a separate argument or a few words later.

    Command lines (``aws configure set aws_secret_access_key V``, ``gh secret set NAME --body V``,
    ``X-Api-Key V``): the value is the next argument that is not a flag, a word or a
    redirection. Prose (``the password for the staging db is V``, ``token ... was reset to V``):
    the first token among the next few of the same clause that looks like a secret, judged as
    strictly as ``password is V``."""
    ns = scanner._name_start(view, runs, pos)
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
    cls = scanner._classify(name, view, ns)
    if cls is None and "." in name and name.rsplit(".", 1)[1].lower() in scanner._FILE_EXTENSIONS:
        cls = scanner._classify(name.rsplit(".", 1)[0], view, ns)  # secret.txt contents: V
    if cls is None:
        return
    if cls != values.PASSWORD and scanner._vendor_before(view, ns):
        cls = values.VENDOR  # "Plaid key 3f9c...", "Together AI key ...": a vendor's key
    after = end
    if view.startswith((":", ","), after):
        after += 1
    command = scanner._is_identifier_name(name)
    if not (followable and scanner._follow(view, name, cls, after, command, hits, shadow)):
        scanner._precede(view, name, cls, ns, hits, shadow)



_VENDOR_PIECES = ("Stripe", "stripe", "Plaid", "Together", "AI", "Figma", "file", "idempotency",
                  "key", "token", "secret", "api_key", "X-Api-Key", "password", "pass", "auth",
                  "is", "as", "the", "--name", "x9Kq2Lm7Vd", "4283fefc63f0cd0e873a0000c6d07ef7", "sk_live_x9Kq2Lm7Vd",
                  "S3cr3tV4lue", "hunter22!", ":", "=", "'", '"', "(", "use", "-", "reset", "to")


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_VENDOR_PIECES), min_size=2, max_size=12),
       st.lists(st.sampled_from((" ", " ", ": ", "\n", ", ")), min_size=12, max_size=12))
@example(["Plaid", "key", "4283fefc63f0cd0e873a0000c6d07ef7"], [" "] * 12)
@example(["use", "4283fefc63f0cd0e873a0000c6d07ef7", "as", "the", "Stripe", "key"], [" "] * 12)
def test_followers_vendor_asked_late(words: list[str], gaps: list[str]) -> None:
    """The same findings as when the vendor test was made first, at every secret word of
    texts that put vendor names before names and values after or before them (fails when a
    judged value does not see the vendor class)."""
    view = "".join(w + g for w, g in zip(words, gaps, strict=False))
    runs = view.encode("ascii").translate(scanner._TOKTAB)
    lo = view.lower()
    for part in scanner._SECRET_PARTS:
        pos = lo.find(part)
        while pos >= 0:
            fast: list[scanner._Hit] = []
            slow: list[scanner._Hit] = []
            scanner._followers(view, runs, pos, fast, [], set())
            _followers_eager(view, runs, pos, slow, [], set())
            assert fast == slow, (view, pos)
            pos = lo.find(part, pos + 1)
