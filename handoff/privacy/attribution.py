"""Prompt cues by attribution: a note that pastes what a model said, or quotes what the user
asked, names who speaks before it does.

- a model's answer pasted under its name and a speech verb: "ChatGPT wrote the backfill for us;
  pasting it so we review it before running:", "The upgrade plan Gemini proposed (pasting so we
  can discuss):", "llama3.1:8b says: ...", "Copilot explained the consumer like this:";
- a question put to a named model with its answer: "Q (qwen2.5-coder:14b): ... / A: ...",
  "Q to the assistant: ...", "me -> o3-mini: ... / o3-mini -> me: ...", "Ask for the
  assistant: read the changelog ...";
- the user's request quoted rather than paraphrased: "the user asked: '...'", "user said ->
  ...", "the user's request (verbatim): ...", "verbatim ask -> ...".

Why its own module: ``outputs.py`` knows labels built from an answer noun ("response from
GPT-4:") and a short list of verbs; an agent's note says it in its own words, with the model's
version in its name and a clause between the verb and the colon. A third-person paraphrase
("the user wants the importer to accept gzip", "Gemini proposed two steps, we took the
first") has no colon or arrow after the attribution and stays benign.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from handoff.privacy.cue_words import _FOREIGN_ASCII, PROMPT, _Hit
from handoff.privacy.lazy_re import rx as _rx

if TYPE_CHECKING:
    import re

_MODEL_NAMES = ("chatgpt", "claude", "gemini", "copilot", "codex", "grok", "bard", "llama",
                "mistral", "deepseek", "qwen", "gemma", "gpt", "mixtral", "phi")
_MODEL = (r"(?:(?:" + "|".join(_MODEL_NAMES) + r")(?:[-.:]?[0-9a-z][a-z0-9.:-]*)?"
          r"|o[134](?:-mini|-pro|-preview)?|the (?:assistant|ai|bot|llm|chatbot|coding agent))")
_VERBS = (r"(?:says|said|wrote|writes|proposed|proposes|suggested|suggests|explained|explains"
          r"|answered|answers|replied|replies|responded|recommended|recommends|drafted|generated"
          r"|came back with|gave (?:us|me)|told (?:us|me)|put it|returned|spat out|produced)")
_PASTED = (r"(?<![a-z0-9_])" + _MODEL + r"(?![a-z0-9])[^\n:]{0,16}?\b" + _VERBS
           + r"\b(?:(?![.!?][ \t])[^\n]){0,90}?:[ \t]*(?:\n[ \t>]*)?")  # the label is one sentence
_ASKED = (r"(?m)^[ \t>*-]*(?:q[ \t]*\([ \t]*" + _MODEL + r"[ \t]*\)|q[ \t]+to[ \t]+" + _MODEL
          + r"|(?:ask|question|prompt|request)[ \t]+(?:for|to)[ \t]+" + _MODEL
          + r"|(?:me|i|user|you)[ \t]*(?:\u2192|->)[ \t]*" + _MODEL + r")[ \t]*:[ \t]*")
_USER_QUOTED = (r"(?<![a-z0-9_])(?:the[ \t]+)?user(?:'s)?[ \t]+(?:asked|said|wrote|typed|requested"
                r"|request|message|prompt|words|ask)(?:[ \t]+(?:me|us|verbatim|word for word|exactly))?"
                r"[ \t]*(?:\((?:verbatim|quote|quoted|exact)\)[ \t]*)?(?::|->|\u2192|\u2014)[ \t]*"
                r"|(?<![a-z0-9_])verbatim[ \t]+(?:ask|request|prompt|message|instruction)s?[ \t]*"
                r"(?::|->|\u2192)[ \t]*")

_SAID_LABEL = (r"(?:(?<![a-z0-9_])(?:the[ \t]+)?(?:user|human|requester)(?:'s)?[ \t]+"
               r"(?:msg|message|words|exact words(?: were)?|request|ask|prompt|question"
               r"|typed|wrote|said|asked|followed up with|replied|added)"
               r"|(?<![a-z0-9_])first message of the session|(?<![a-z0-9_])from the user(?: in [^:\n]{1,30})?"
               r"|(?<![a-z0-9_])request, kept in the user's language|(?<![a-z0-9_])verbatim request"
               r"|(?<![a-z0-9_])request[ \t]*>>|(?<![a-z0-9_])asked at \d{1,2}:\d\d"
               r"|(?<![a-z0-9_])incoming request[^:\n]{0,30}|(?<![a-z0-9_])what they asked for[^:\n]{0,20}"
               r"|(?<![a-z0-9_])(?:issue|ticket) body \((?:written|filed) by the user[^)\n]{0,40}\))"
               r"(?:[ \t]*\([^)\n]{1,30}\))?[ \t]*(?::|>>|->|\u2192)?[ \t]*\n*[ \t]*[\"\u201c'`]?")
_VOICE = frozenset((
    "add", "make", "fix", "remove", "set", "write", "speed", "replace", "get", "rename", "move",
    "change", "update", "create", "refactor", "split", "migrate", "check", "find", "run", "use",
    "put", "give", "show", "explain", "tell", "bump", "pin", "drop", "delete", "clean", "convert",
    "port", "implement", "build", "deploy", "document", "translate", "summarize", "generate",
    "configure", "enable", "disable", "switch", "stop", "start", "try", "look", "investigate",
    "review", "help", "support", "handle", "allow", "let", "keep", "return", "send", "sort",
    "optimize", "improve", "cache", "limit", "upgrade", "downgrade", "bisect", "undo", "revert",
    "i", "i'd", "i'm", "can", "could", "would", "please", "pls", "why", "how", "what", "is", "are",
    "does", "do", "ok", "okay", "thx", "thanks", "no", "yes", "we", "we're", "my", "our", "go",
))
"""A quoted request's first word: the user's own voice (an imperative, "I want", a question),
where a paraphrase says "wants", "asked for", "needs"."""
_PARAPHRASE = frozenset(("for", "about", "to", "whether", "if", "which", "that", "wants", "needs",
                         "is", "was", "prefers", "in"))
"""Words after "the user asked" that make it a paraphrase ("asked for a check", "asked in
Korean"), not a quote."""


def _voiced(body: str) -> bool:
    """Whether ``body`` opens in a requester's own voice (see ``_VOICE``), or in a script other
    than Latin (a user quoted in their language)."""
    words = body.split()
    if len(words) < 3 and not (words and not words[0].isascii()):
        return False
    first = words[0].strip("\"'`\u201c\u201d*.,:;!?()").lower()
    return first in _VOICE or first in _FOREIGN_ASCII or not first.isascii()


GATE_WORDS = frozenset(w.encode() for w in (*_MODEL_NAMES, "assistant", "ai", "bot", "llm",
                                            "chatbot", "coding", "o", "q", "user", "verbatim"))
"""Words one of which these cues need among the text's words (``cues.GATE_WORDS`` adds them)."""
_PASTE_GATE = frozenset(w.encode() for w in (*_MODEL_NAMES, "assistant", "ai", "bot", "llm",
                                             "chatbot", "coding", "o"))


_PASTED_KEYS = (*((n, n.encode()) for n in _MODEL_NAMES), ("the assistant", b"assistant"), ("the ai", b"ai"),
                ("the bot", b"bot"), ("the llm", b"llm"), ("the chatbot", b"chatbot"),
                ("the coding agent", b"coding"), ("o1", b"o"), ("o3", b"o"), ("o4", b"o"))
_SAID_KEYS = (("user", b"user"), ("human", b"human"), ("requester", b"requester"), ("first message", b"session"),
              ("from the user", b"user"), ("request", b"request"), ("verbatim", b"verbatim"), ("asked at", b"asked"),
              ("what they asked", b"asked"), ("issue body", b"user"), ("ticket body", b"user"))
"""Lead words of the patterns, each with the word that must be among the text's words for it
to occur (so a note without them costs a set test, not a ``str.find`` per lead)."""


def _at(lo: str, pattern: str, keys: tuple[str, ...]) -> Iterator[re.Match[str]]:
    """The matches of ``pattern`` in ``lo`` that start where one of ``keys`` (the pattern's
    lead words) does, in order: a few C-level ``str.find`` calls and an anchored match each,
    where ``finditer`` would try the pattern's alternatives at every character of a 2 KB note."""
    starts: set[int] = set()
    for key in keys:
        at = lo.find(key)
        while at >= 0:
            starts.add(at)
            at = lo.find(key, at + 1)
    if not starts:
        return
    rx = _rx(pattern)
    for at in sorted(starts):
        m = rx.match(lo, at)
        if m is not None:
            yield m


def _model_lines(lo: str, pattern: str, keys: tuple[str, ...]) -> Iterator[re.Match[str]]:
    """The matches of ``pattern`` (anchored at a line's start) on the lines that name a model
    (one of ``keys``) within their first 40 characters."""
    rx = _rx(pattern)
    starts: set[int] = set()
    for key in keys:
        at = lo.find(key)
        while at >= 0:
            line = lo.rfind("\n", 0, at) + 1
            if at - line <= 40:
                starts.add(line)
            at = lo.find(key, at + 1)
    for line in sorted(starts):
        m = rx.match(lo, line)
        if m is not None:
            yield m


def _sentences(body: str, least: int) -> bool:
    """Whether ``body`` reads as prose of at least ``least`` words: a model's answer, not a
    value or a file name after a colon."""
    words = [w for w in body.split() if any(c.isalpha() for c in w)]
    return len(words) >= least and (". " in body or body.rstrip().endswith((".", "!", "?")))


def attribution_hits(text: str, lo: str, present: frozenset[bytes], hits: list[_Hit]) -> None:
    """Add a prompt finding where ``lo`` (lower-cased) pastes a named model's words or quotes
    the user's request (see the module's docstring)."""
    if present.isdisjoint(_PASTE_GATE):
        pasted_keys: tuple[str, ...] = ()
    else:
        pasted_keys = tuple(k for k, w in _PASTED_KEYS if w in present)
    if pasted_keys:
        for m in _at(lo, _PASTED, pasted_keys):
            body = lo[m.end() : m.end() + 600]
            if _sentences(body.split("\n\n")[0], 12):
                hits.append((PROMPT, 1, m.start(), m.end(), "model-output-attributed"))
                return
    if pasted_keys:  # every form names the model asked
        for m in _model_lines(lo, _ASKED, pasted_keys):
            body = lo[m.end() : m.end() + 400].split("\n")[0]
            if len([w for w in body.split() if any(c.isalpha() for c in w)]) >= 4:
                hits.append((PROMPT, 1, m.start(), m.end(), "model-asked-attributed"))
                return
    if b"user" in present or b"verbatim" in present:
        for m in _at(lo, _USER_QUOTED, ("user", "verbatim")):
            body = lo[m.end() : m.end() + 400].split("\n")[0].strip(" \"'\u201c\u201d`")
            if len([w for w in body.split() if any(c.isalpha() for c in w)]) >= 4:
                hits.append((PROMPT, 1, m.start(), m.end(), "user-request-quoted"))
                return
    said_keys = tuple(k for k, w in _SAID_KEYS if w in present)
    if said_keys:
        _said(text, lo, said_keys, hits)


_SAID_GATE = frozenset(w.encode() for w in ("user", "human", "requester", "session",
                                            "request", "asked"))


def _said(text: str, lo: str, keys: tuple[str, ...], hits: list[_Hit]) -> None:
    """The user's words quoted under a label ("First message of the session: Make dark mode
    follow the OS setting", "the user typed \"thx! now the same for staging\""), or a ``>``
    quote the text then gives to the user ("> Fix it and add a test. / \u2014 the user")."""
    for m in _at(lo, _SAID_LABEL, keys):
        after = lo[m.end() : m.end() + 12].split()
        if m.group(0).rstrip().endswith(("asked", "said", "wrote", "replied", "added")) and (
                not after or after[0] in _PARAPHRASE):
            continue
        body = text[m.end() : m.end() + 400].split("\n")[0]
        if _voiced(body):
            hits.append((PROMPT, 1, m.start(), m.end(), "user-request-quoted"))
            return
    if text.lstrip().startswith(">") and _rx(_GIVEN_TO_USER).search(text.lower()) is not None:
        quoted = text.lstrip()[1:].split("\n")[0]
        if _voiced(quoted):
            hits.append((PROMPT, 1, 0, len(quoted) + 1, "user-request-quoted"))


_GIVEN_TO_USER = (r"(?m)^[ \t]*(?:\u2014|--|-)[ \t]*(?:the )?user\b|(?<![a-z])user writes in\b"
                  r"|(?<![a-z])(?:the )?user (?:wrote|said|asked) (?:this|that)\b")
