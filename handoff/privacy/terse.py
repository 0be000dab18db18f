"""Terse prompts: a chat request of a few words, shorter than the classifier reads.

"eli5 raft", "haiku about yaml", "tl;dr this pls", "sql to dedupe users by email", "make it
shorter", "bash: rename every .jpeg to .jpg": a person typing to a chatbot drops everything but
the idiom of the request. The classifier never scores a text under ``MIN_WORDS`` words or
``MIN_CHARS`` characters, and the phrase table (cues.py) weighs longer phrases. These idioms are
the chat's own (explain-like-I'm-five, a poem about, a snippet in a named language "to" do a
task, a revision of "it"); an engineer's terse note names the same things as done (``regex for
emails fixed``, ``eli5 section added``, ``sql for dedupe merged``), so a text with a status
word or the place the thing now lives is no request. (Not ``jq: ...`` or ``bash: ...``: that is
how tools prefix their own errors.)

One line of at most ``MAX`` characters; reported as ``request-to-model``.
"""

from __future__ import annotations

from handoff.privacy.lazy_re import rx

MAX = 90
_IDIOM = (
    r"(?:eli5|explain like i'?m (?:5|five|new|a beginner|a child))\b"
    r"|tl;?dr (?:this|pls|please|it)\b"
    r"|(?:a |an |write (?:me )?a |give me a )?(?:haiku|limerick|poem|sonnet|joke|rap|song) (?:about|on) "
    r"|(?:a |give me a |write (?:me )?a )?(?:regex|regexp|one-?liner|oneliner|sql|sql query|bash|shell"
    r"|python|jq|awk|sed|powershell|js|typescript) (?:to|that|which) [a-z]"
    r"|make (?:it|this) (?:shorter|longer|simpler|funnier|friendlier|clearer|more formal"
    r"|less formal|more concise|sound)"
    r"|fix this:[ \t]"
)
_DONE = (
    r"\b(?:fixed|done|merged|added|landed|updated|removed|reverted|works|working|green|tagged"
    r"|shipped|wip|todo|readme|docs|wiki|makefile)\b|\b(?:now|ok)[ \t.!]*$"
)


def is_terse_request(lo: str) -> bool:
    """Whether ``lo`` (a lower-cased text) is one short line that opens with a chat request's
    idiom and does not report the thing as done (see the module's docstring)."""
    if len(lo) > MAX:
        return False
    lo = lo.strip()
    if not lo or "\n" in lo or lo[0] not in "abefghjlmoprstw":
        return False  # (the first letters of the idioms: most texts end here)
    if rx(_IDIOM).match(lo) is None:
        return False
    return rx(_DONE).search(lo) is None
