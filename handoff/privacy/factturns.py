"""Turns that are facts: ``User: ci-bot (read-only)``, ``Assistant: disabled in staging``.

What it finds: role words used as the keys of operational facts, where what follows each one
is a value (an account's handle, a status word, a count) rather than something a person or a
model said. Why: a model-health reason or a config fact names a ``user``, an ``assistant``, a
``bot`` or a ``client`` with the same ``Role:`` mark a transcript uses, and the turn rules read
two such keys as two speakers. A spoken turn asks, answers or explains; a fact's value opens
with the value itself and says nothing to anyone (no ``?``, no ``you``, no ``I``), so a
transcript keeps its finding whenever one of its turns is speech.
"""

from __future__ import annotations

_STATUS = frozenset((
    "disabled", "enabled", "degraded", "healthy", "unhealthy", "down", "up", "off", "on", "none",
    "n/a", "green", "red", "yellow", "amber", "blocked", "paused", "active", "inactive", "idle",
    "offline", "online", "unavailable", "available", "deprecated", "removed", "suspended",
    "locked", "unlocked", "restarted", "failing", "failed", "passing", "throttled", "unset",
    "unknown", "missing", "expired", "revoked", "pending", "stopped", "running", "disconnected",
    "connected", "unreachable", "reachable", "read-only", "readonly", "rate-limited",
))
"""Status words a fact's value opens with."""
_SPOKEN = frozenset((
    "you", "your", "you're", "you've", "yours", "i", "i'm", "i've", "i'll", "i'd", "me", "my",
    "please", "thanks", "thank", "can", "could", "would", "hi", "hello", "hey", "sure", "yes",
    "no", "yeah", "certainly", "absolutely", "great", "sorry", "let's", "help", "why", "how",
    "what", "should",
))
"""Words of speech: a turn holding one of them talks to someone."""
_CLAUSE_ENDS = (". ", ", ", "; ", " (", " \u2014", " -", "|")


def fact_value(said: str) -> bool:
    """Whether one turn's text is a fact's value: no question, no word of speech, and it opens
    with a status word (``not`` and a participle counts), a number, or one token alone in its
    clause (a handle: ``ci-bot (read-only)``, ``gpt-4o-mini (fallback)``, ``maria.k``)."""
    said = said.strip(" \t\n*_`\"'>")
    if not said:
        return True
    if "?" in said or "!" in said or "\uff1f" in said or "\uff01" in said or "{" in said or "$" in said or "%s" in said:
        return False  # a template's slot ({input_prompt}, $name) is a value yet to be filled
    low = said.lower()
    words = [w.strip(".,;:()[]\"'") for w in low.split()]
    if any(w in _SPOKEN for w in words):
        return False
    first = words[0]
    if first in _STATUS or first[:1].isdigit():
        return True
    if first == "not" and len(words) > 1 and (words[1] in _STATUS or words[1].endswith(("ed", "set"))):
        return True
    head = low.split("\n", 1)[0]
    for end in _CLAUSE_ENDS:
        head = head.split(end, 1)[0]
    parts = head.rstrip(".").split()
    if not head.isascii():
        return False  # Chinese or Japanese says a whole sentence without a blank
    return len(parts) == 1 or (len(parts) == 2 and parts[1][:1].isdigit())  # "mobile-app 4.2"


_ROLE_KEYS = frozenset(("user", "assistant", "bot", "client", "model", "ai", "agent", "human",
                        "system", "customer"))
_ENTRY = r"[ \t>*-]*\[?([a-z][a-z0-9 _-]{0,20})\]?[ \t]*[:=\]][ \t]*(.*)"


def role_facts(text: str) -> bool:
    """A short record of facts keyed by role words and other keys, one entry a line or a
    sentence (``User: maria (admin)\nAssistant: enabled for the pilot group only``): every
    entry is ``key: value``, at least two keys are role words, and every role word's value is
    a fact's (``fact_value``). The classifier reads such a record's role words as a chat's."""
    if "?" in text or len(text) > 600:
        return False
    from handoff.privacy.lazy_re import rx

    roles = 0
    for line in text.lower().split("\n"):
        for entry in line.split(". ") if ". " in line else (line,):
            entry = entry.strip()
            if not entry:
                continue
            m = rx(_ENTRY).fullmatch(entry)
            if m is None:
                return False
            if m.group(1).strip() in _ROLE_KEYS:
                if not fact_value(m.group(2)):
                    return False
                roles += 1
    return roles >= 2


def all_facts(turns: list[str]) -> bool:
    """Every turn is a fact's value: role words as keys of facts, not speakers."""
    return all(fact_value(s) for s in turns)
