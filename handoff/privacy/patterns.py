"""Taking a regular expression apart at its alternatives, without compiling it.

An anchored rule (``Rule.anchored``) is matched only where one of its keywords starts, and
every alternative of its pattern starts with a keyword. At a given place most alternatives
cannot match: their literal start differs from the keyword found there. Dropping those
alternatives changes no match (``re`` tries alternatives in order and takes the first that
matches; one that cannot match is never taken), and the smaller pattern is both cheaper to
compile (a note compiles only what its keywords need) and cheaper to try.
"""

from __future__ import annotations

__all__ = ["Parsed", "keep_alternatives", "keep_parsed", "literal_prefix", "lookbehind_gate",
           "parse_alternatives", "split_alternatives"]

_META = frozenset("\\()[]{}|.*+?^$")
_OPTIONAL = frozenset("*?{")


_TOKENS = r"\\[\s\S]?|\[\^?\]?(?:\\[\s\S]?|[^\]\\])*+\]?|[()|]"
"""What the parse below looks at: an escape (a backslash and the character after it), a
character class (inside it ``|`` and parentheses are literal; ``]`` right after ``[`` or
``[^`` is a member), and the structural characters; ``re`` skips everything else in C."""


def split_alternatives(pattern: str) -> list[str] | None:
    """The top-level alternatives of ``pattern``, or None if it cannot be taken apart safely
    (unbalanced, or a numbered group whose number would change)."""
    from handoff.privacy.lazy_re import rx

    parts: list[str] = []
    depth = 0
    start = 0
    for m in rx(_TOKENS).finditer(pattern):
        c = m.group()
        if c == "(":
            if not pattern.startswith("?", m.end()):
                return None  # a numbered group: validators refer to groups by number
            depth += 1
        elif c == ")":
            depth -= 1
            if depth < 0:
                return None
        elif c == "|" and depth == 0:
            i = m.start()
            parts.append(pattern[start:i])
            start = i + 1
    if depth:
        return None
    parts.append(pattern[start:])
    return parts


def _named_group(part: str) -> tuple[str, list[str]] | None:
    """``(?P<name>body)`` spanning the whole part: (name, the body's alternatives)."""
    if not part.startswith("(?P<") or not part.endswith(")"):
        return None
    close = part.find(">")
    body = part[close + 1 : -1]
    inner = split_alternatives(body)
    if close < 0 or inner is None:
        return None
    # the body must be balanced on its own, or the last ")" closes an inner group
    return part[4:close], inner


def literal_prefix(alternative: str) -> str:
    """The literal text every match of ``alternative`` starts with (lower-cased; possibly
    empty, which keeps the alternative everywhere)."""
    out: list[str] = []
    for c in alternative:
        if c in _META:
            if c in _OPTIONAL and out:
                out.pop()  # "ab?" or "ab*": the b may be absent
            break
        out.append(c)
    return "".join(out).lower()


Parsed = list[tuple[str | None, list[tuple[str, str]]]] | None
"""A pattern taken apart for ``keep_parsed``: per top-level alternative, the name of the
named group it is (or None) and its alternatives with their literal prefixes; None where
``keep_alternatives`` keeps the pattern whole. Plain data, so ``snapshot.bin`` can hold it."""


def parse_alternatives(pattern: str) -> Parsed:
    """What ``keep_alternatives`` needs of ``pattern``, whatever the keywords."""
    parts = split_alternatives(pattern)
    if parts is None:
        return None
    parsed: list[tuple[str | None, list[tuple[str, str]]]] = []
    for part in parts:
        group = _named_group(part)
        if group is None:
            parsed.append((None, [(part, literal_prefix(part))]))
        else:
            name, inner = group  # a split never returns an empty list
            parsed.append((name, [(alt, literal_prefix(alt)) for alt in inner]))
    if len(parsed) < 2 and parsed[0][0] is None:
        return None
    return parsed


def keep_parsed(pattern: str, parsed: Parsed, keywords: tuple[str, ...]) -> str:
    """``keep_alternatives(pattern, keywords)`` from ``parse_alternatives(pattern)``."""
    if parsed is None:
        return pattern
    kept: list[str] = []
    for name, alternatives in parsed:
        alive = [alt for alt, prefix in alternatives if not prefix or any(
            prefix.startswith(k) or k.startswith(prefix) for k in keywords)]
        if name is None:
            kept.extend(alive)
        else:
            kept.append(f"(?P<{name}>" + ("|".join(alive) if alive else "(?!)") + ")")
    return "|".join(kept) if kept else "(?!)"


def keep_alternatives(pattern: str, keywords: tuple[str, ...]) -> str:
    """``pattern`` with only the alternatives that can start where one of ``keywords`` does;
    top-level alternatives and those of a top-level named group are considered (a group
    left empty stays, as ``(?!)``, so group names keep working). Anything it cannot take
    apart is returned whole."""
    return keep_parsed(pattern, parse_alternatives(pattern), keywords)


def lookbehind_gate(word: str, pattern: str) -> str | None:
    """One search that says whether ``pattern`` can match where ``word`` starts, anywhere in
    a text: ``word(?<=(?=(?:pattern))word)``. ``re`` scans for the literal in C, and at each
    occurrence looks back to its start and tries the pattern there, so a failed search means
    no occurrence of ``word`` starts a match. Used as a gate by anchored rules and by the
    request cues, whose tries all start at such an occurrence.

    None where ``re`` cannot build one: a backreference inside a lookbehind is refused (tested
    for here, not by a failed compile that every new process would pay).
    """
    if "(?P=" in pattern or "(?(" in pattern or any(f"\\{d}" in pattern for d in "123456789"):
        return None
    literal = "".join(c if c.isalnum() or c == "_" else "\\" + c for c in word)
    return f"{literal}(?<=(?=(?:{pattern})){literal})"


def literal_first(pattern: str) -> str | None:
    """``pattern`` with a leading negative lookbehind moved after the literal that follows it:
    ``(?<![A-Za-z0-9])00D[A-Z]...`` becomes ``00D(?<![A-Za-z0-9]00D)[A-Z]...``. ``re`` finds a
    literal prefix with a fast C scan, but a pattern that opens with an assertion has no
    prefix: it is tried at every character (~30 µs over a 2 KB note). The two match at
    exactly the same places: the literal has just been matched, so looking back over it and
    one character more tests the same character the original looked back at (at the text's
    start both lookbehinds have nothing to see, and a negative one succeeds). None when the
    pattern does not open that way: the lookbehind must be one plain character class, and the
    literal plain letters, digits, ``_`` or escaped punctuation, not followed by a quantifier
    or an alternative."""
    if not pattern.startswith("(?<![") or "]" not in pattern[6:]:
        return None
    close = pattern.index("]", 6)  # "[]" or "[^]" as a class's first member is not used here
    if pattern[5] in "]^" or pattern[close + 1 : close + 2] != ")" or "[" in pattern[5:close] or (
        "\\" in pattern[5:close]
    ):
        return None
    cls = pattern[4 : close + 1]
    rest = pattern[close + 2 :]
    literal: list[str] = []
    i = 0
    while i < len(rest):
        c = rest[i]
        if c.isascii() and (c.isalnum() or c == "_"):
            literal.append(c)
            i += 1
        elif c == "\\" and i + 1 < len(rest) and rest[i + 1] in ".-/|+*?()[]{}$^":
            literal.append(rest[i : i + 2])
            i += 2
        else:
            break
    if literal and i < len(rest) and rest[i] in _OPTIONAL | {"+", "|"}:
        literal.pop()  # "ab?": the b may be absent; "ab|c": the alternative is "ab" only
        if rest[i] == "|":
            literal.clear()
        i = sum(map(len, literal))
    if not literal:
        return None
    text = "".join(literal)
    return f"{text}(?<!{cls}{text}){rest[len(text):]}"
