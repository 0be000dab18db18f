"""An agent's report of its own session: "I updated the lock retry, ran the tests (3 failed),
next I will ...", "We fixed ...; remaining: ...".

What it finds: a text in which every sentence is the writer telling what they did, what the
state is, or what they will do next, and at least one is a first-person past narration. Why:
this is what an agent stores in handoff, and the trained classifier (``classifier.py``) reads
its words (the user, the assistant, asked, told, prompt) as a conversation's. A report is
narrated by its writer in the past; a request to a model asks for what is to be done. So the
classifier does not score a text of this shape (the rules still read it). The shape is
strict: no question mark, no word addressing a reader (``you``, ``please``), no quoted
passage (a summary that quotes the user's request verbatim keeps its score), and a sentence
opening with anything but a subject, a past verb, a state or a plan (an imperative: "Fix the
lock") leaves the text to the classifier.
"""

from __future__ import annotations

from handoff.privacy.lazy_re import rx as _rx

_ADDRESS = frozenset(("you", "your", "yours", "you're", "you've", "you'll", "please", "pls", "du",
                      "bitte", "vous", "tu", "usted", "s'il"))
"""Words that speak to a reader: a report tells, it does not address."""
_SUBJECTS = frozenset(("i", "we", "i've", "we've", "i'll", "we'll", "i'm", "we're", "ich", "wir",
                       "j'ai", "nous", "je", "on"))
_STATE_OPENERS = frozenset(("all", "nothing", "no", "none", "tests", "the", "it", "they", "this",
                            "that", "ci", "everything", "both", "he", "she", "er", "sie", "il",
                            "elle", "ils", "next", "remaining", "blocked", "done", "status"))
"""Openers of a state ("All 212 tests pass", "The docs are ready", "CI is green") or of a
report's own plan line ("Next I will ...", "Remaining: ...")."""
_PLAN_HEADS = frozenset(("next", "remaining", "left", "blocked", "todo", "to-do", "open",
                         "pending", "follow-up", "followup", "follow-ups", "prochaine", "reste",
                         "als", "nächster", "offen"))
"""Words of the labels under which a report lists what is left: the item after one may be an
imperative ("Next: measure import time"), as a to-do is."""
_FRAMED = frozenset(("reply", "response", "answer", "output", "said", "wrote", "replied",
                     "assistant", "assistant's", "model", "model's", "bot", "ai", "claude", "gpt",
                     "copilot", "gemini", "user", "user's", "human", "turn", "message",
                     "prompt", "pasted", "conversation", "chat", "transcript", "quoted",
                     "user_message", "agent_message"))
"""Words of a label that frames what follows as someone's message ("reply:", "Pasted from
the assistant's last turn:", "Conversation summary:"): a first-person text under one is the
message of whoever the label names, so it is left to the classifier."""
_LEADS = frozenset(("today", "earlier", "then", "also", "so", "and", "but", "after", "that",
                    "first", "finally", "later", "now", "heute", "dann", "puis", "ensuite",
                    "aujourd'hui", "next"))
_HELPERS = frozenset(("also", "then", "just", "already", "only", "still", "first", "finally",
                      "have", "had", "quickly"))
_PAST_IRREGULAR = frozenset((
    "had", "was", "were", "did", "made", "left", "got", "ran", "found", "saw", "spent", "wrote",
    "took", "went", "kept", "broke", "began", "built", "thought", "told", "said", "brought",
    "sent", "gave", "lost", "read", "put", "set", "cut", "split", "hit", "shut", "led", "held",
    "rebuilt", "rewrote", "reran", "re-ran", "undid", "redid", "couldn't", "wasn't", "didn't",
))
_SENTENCES = r"(?<=[.;!])[ \t]+|\n+|\u3002|,[ \t]+(?=(?:so|then|and then|but)[ \t])"
"""Sentences, and the clauses a link word opens after a comma (", so figure out the cause"):
each must open as a report's does."""
_TODO_WORDS = 6
"""A to-do item under a report's own label is terse ("Next: measure import time"); a longer
imperative there asks for a piece of work ("Next step: draft a blog post ..., upbeat tone")."""
_LABEL = r"([\w' -]{1,30}):[ \t]*"
_QUOTED = r"[\"\u201c\u201e\u00ab][^\"\u201c\u201d\u201e\u00ab\u00bb\n]{24,}[\"\u201d\u201c\u00bb]"
_QUOTE_MARK = r"(?:^|\n|:[ \t]+)[ \t]*>"
_NUMBER = r"[\d.,%/~+-]+"


def _past(word: str) -> bool:
    return word in _PAST_IRREGULAR or (len(word) > 4 and word.endswith("ed")
                                       and not word.endswith("eed"))


def _narration(words: list[str]) -> str | None:
    """``past`` for a subject of the writer's and (after at most two helpers) a past verb ("I
    fixed", "we have reverted", "ich habe ... gefragt", "j'ai corrigé"); ``plan`` for the
    writer's next step ("I will check", "I'll ask"); None otherwise."""
    if not words or words[0] not in _SUBJECTS:
        return None
    if words[0] in ("j'ai", "i've", "we've"):
        return "past"
    if words[0] in ("i'll", "we'll"):
        return "plan"
    rest = words[1:4]
    if words[0] in ("ich", "wir", "nous") and rest[:1] and rest[0] in ("habe", "haben", "avons"):
        return "past"
    for w in rest:
        if _past(w):
            return "past"
        if w in ("will", "am", "plan", "plans", "going"):
            return "plan"
        if w not in _HELPERS:
            return None
    return None


def _opens_report(words: list[str]) -> str | None:
    """How a sentence's words open: ``past``/``plan`` (the writer's narration, after at most two
    lead words: "Today I triaged", "Then I closed"), ``state`` (a past verb of a list going on,
    a number, a state's subject), or None (anything else: an imperative, a question word)."""
    k = 0
    while k < 2 and k < len(words) - 1 and words[k] in _LEADS:
        k += 1
    told = _narration(words[k:])
    if told is not None:
        return told
    first = words[k]
    if _past(first) or first in _STATE_OPENERS or _rx(_NUMBER).fullmatch(first):
        return "state"
    return None


def report(text: str) -> bool:
    """Whether ``text`` is a first-person report of work done, its state and its next step."""
    if "?" in text or "\uff1f" in text or "{" in text:
        return False  # a question, or a template with slots to fill ("git hash {hash}")
    if _rx(_QUOTED).search(text) is not None or _rx(_QUOTE_MARK).search(text) is not None:
        return False  # a quoted passage or a quoted line: someone else's words
    low = text.lower()
    told = False
    for sentence in _rx(_SENTENCES).split(low):
        sentence = sentence.strip(" \t*-#\u2022")
        if not sentence:
            continue
        label = _rx(_LABEL).match(sentence)
        body = sentence[label.end():] if label else sentence
        words = [w for w in (w.strip(".,;:()[]") for w in body.split()) if w]
        if not _ADDRESS.isdisjoint(words):
            return False
        if label is not None:
            head = [w.strip("'") for w in label.group(1).split()]
            if not _FRAMED.isdisjoint(head):
                return False
            said = _narration([w for w in head if w not in ("what", "where", "how")])
            if said is not None:
                told = told or said == "past"
                continue  # "What I did: split ...", "What I'll do next: measure ..."
            if not _PLAN_HEADS.isdisjoint(head) and len(words) <= _TODO_WORDS:
                continue  # "Remaining: the docs", "Next step: measure import time"
        if not words:
            continue
        opened = _opens_report(words)
        if opened is None:
            return False
        told = told or opened == "past"
    return told or _told_anywhere(low)


def _told_anywhere(low: str) -> bool:
    """The writer's past narration at a clause's start anywhere ("..., so I wrote the writer"),
    never inside a relative clause ("the trace I pasted")."""
    words = low.split()
    return any(
        w in _SUBJECTS and (i == 0 or words[i - 1][-1:] in ",;:" or words[i - 1] in _CLAUSE_LINKS)
        and _narration([x.strip(".,;:()") for x in words[i : i + 4]]) == "past"
        for i, w in enumerate(words))


_CLAUSE_LINKS = frozenset(("so", "and", "then", "but", "after", "because", "since"))
