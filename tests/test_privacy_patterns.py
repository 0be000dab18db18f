"""Taking an anchored rule's pattern apart at its alternatives (``handoff.privacy.patterns``).

The scanner tries, where a keyword starts, only the alternatives whose literal start fits that
keyword. These tests pin the parser's edges; ``tests/test_privacy_gates.py`` checks on every
example and corpus line that the findings equal those of the whole pattern.
"""

from __future__ import annotations

import re

import pytest

from handoff.privacy import RULES, patterns


def test_alternatives_are_split_at_the_top_level_only() -> None:
    assert patterns.split_alternatives(r"ab|c(?:d|e)|[|(]f") == ["ab", "c(?:d|e)", "[|(]f"]
    assert patterns.split_alternatives(r"a\|b|c") == [r"a\|b", "c"]
    assert patterns.split_alternatives(r"[]|]x|y") == ["[]|]x", "y"]


@pytest.mark.parametrize("pattern", [r"(a)|b", r"a|(?:b", r"a)|b"])
def test_numbered_groups_and_unbalanced_patterns_are_left_whole(pattern: str) -> None:
    assert patterns.split_alternatives(pattern) is None
    assert patterns.keep_alternatives(pattern, ("a",)) == pattern


def test_literal_prefix_stops_at_the_first_special_character() -> None:
    assert patterns.literal_prefix("You are (?:a|an)") == "you are "
    assert patterns.literal_prefix("colou?r") == "colo"  # the u may be absent
    assert patterns.literal_prefix("ab*c") == "a"
    assert patterns.literal_prefix("(?:x|y)z") == ""


def test_only_alternatives_that_can_start_with_the_keyword_stay() -> None:
    pattern = r"(?P<s>never (?:run|say)|(?:ignore|drop) it)|(?P<w>always \w+|you are)"
    kept = patterns.keep_alternatives(pattern, ("never",))
    assert kept == r"(?P<s>never (?:run|say)|(?:ignore|drop) it)|(?P<w>(?!))"
    rx = re.compile(kept)
    m = rx.match("never say")
    assert m is not None and m.group("s") == "never say" and m.group("w") is None
    assert patterns.keep_alternatives(pattern, ("you",)).endswith("|(?P<w>you are)")
    assert patterns.keep_alternatives(pattern, ("yo",)).endswith("|(?P<w>you are)")


def test_split_patterns_match_as_the_whole_one_at_each_keyword() -> None:
    """At every place a keyword starts in the rule's own examples, the kept alternatives give
    the match the whole pattern gives."""
    checked = 0
    for rule in RULES:
        if not rule.anchored:
            continue
        whole = re.compile(rule.pattern)
        for text in (*rule.examples, *rule.near_misses):
            target = text.lower() if rule.lower else text
            for kw in rule.keywords:
                pos = text.lower().find(kw)
                if pos < 0:
                    continue
                part = re.compile(patterns.keep_alternatives(rule.pattern, (kw,)))
                a, b = whole.match(target, pos), part.match(target, pos)
                assert (a and (a.span(), a.lastgroup)) == (b and (b.span(), b.lastgroup)), (
                    rule.id, kw)
                checked += 1
    assert checked > 20
