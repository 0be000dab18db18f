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
                      "bitte", "vous", "tu", "usted", "por favor", "s'il"))
"""Words that speak to a reader: a report tells, it does not address."""
_SUBJECTS = frozenset(("i", "we", "i've", "we've", "i'll", "we'll", "i'm", "we're", "ich", "wir",
                       "j'ai", "nous", "je", "on"))
_PLAN_WORDS = frozenset(("next", "remaining", "left", "blocked", "todo", "done", "status",
                         "nothing", "all", "no", "none", "tests", "test", "the", "it", "they",
                         "this", "that", "ci", "output", "result", "results", "prochaine",
                         "reste", "als", "noch", "offen", "nächster", "he", "she", "er", "sie", "il",
                         "elle", "ils", "everything", "both", "two", "three", "one"))
"""Openers of a state or a plan: "Next: ...", "All 212 tests pass", "The docs are ready"."""
_PLAN_LABELS = frozenset(("step", "steps", "plan", "open", "pending", "summary", "progress",
                          "handoff", "notes", "session", "state", "follow-up", "followup"))
"""Words of a report's own labels: what follows one is the report's state or plan."""
_LEADS = frozenset(("today", "earlier", "then", "also", "so", "and", "but", "after", "that",
                    "first", "finally", "later", "now", "heute", "dann", "puis", "ensuite",
                    "aujourd'hui"))
_PAST_IRREGULAR = frozenset((
    "had", "was", "were", "did", "made", "left", "got", "ran", "found", "saw", "spent", "wrote",
    "took", "went", "kept", "broke", "began", "built", "thought", "told", "said", "brought",
    "sent", "gave", "lost", "read", "put", "set", "cut", "split", "hit", "shut", "led", "held",
    "rebuilt", "rewrote", "reran", "re-ran", "undid", "redid", "dropped", "moved", "tried",
))
_SENTENCES = r"(?<=[.;!])[ \t]+|\n+|\u3002"
_LABEL = r"[\w' ]{1,30}:[ \t]*"
_QUOTED = r"[\"\u201c\u201e\u00ab][^\"\u201c\u201d\u201e\u00ab\u00bb\n]{24,}[\"\u201d\u201c\u00bb]"


def _past(word: str) -> bool:
    return word in _PAST_IRREGULAR or (len(word) > 4 and word.endswith("ed")
                                       and not word.endswith("eed"))


def _narrates(words: list[str]) -> bool:
    """A subject of the writer's, then (after at most two helpers) a past verb or a plan:
    "I fixed", "we have reverted", "I will check", "ich habe ... gefragt", "j'ai corrigé"."""
    if not words or words[0] not in _SUBJECTS:
        return False
    if words[0] in ("j'ai", "i've", "we've", "i'll", "we'll"):
        return True
    rest = words[1:4]
    if words[0] in ("ich", "wir", "nous") and rest[:1] and rest[0] in ("habe", "haben", "avons"):
        return True
    for w in rest[:3]:
        if _past(w) or w in ("will", "am", "have", "plan", "could", "couldn't", "did", "didn't"):
            return True
        if w not in ("also", "then", "just", "already", "only", "still", "first", "finally",
                     "have", "had", "then", "quickly"):
            return False
    return False


def report(text: str) -> bool:
    """Whether ``text`` is a first-person report of work done, its state and its next step."""
    if "?" in text or "\uff1f" in text or not text.isascii() and not any(
            c in text for c in "IWiwJj"):
        return False
    low = text.lower()
    if _rx(_QUOTED).search(text) is not None:
        return False
    told = False
    for sentence in _rx(_SENTENCES).split(low):
        sentence = sentence.strip(" \t*-#>\u2022")
        if not sentence:
            continue
        label = _rx(_LABEL).match(sentence)
        body = sentence[label.end():] if label else sentence
        words = [w.strip(".,;:()[]") for w in body.split()]
        words = [w for w in words if w]
        if not words:
            continue
        if not _ADDRESS.isdisjoint(words):
            return False
        k = 0
        while k < 2 and k < len(words) - 1 and words[k] in _LEADS:
            k += 1
        if label is not None:
            head = [w.strip("'") for w in label.group().rstrip(": \t").split()]
            if _narrates([w for w in head if w not in ("what", "where", "how")]):
                told = told or any(_past(w) for w in head)
                continue  # "What I did: split ...", "What I'll do next: measure ..."
            if not _PLAN_WORDS.isdisjoint(head) or not _PLAN_LABELS.isdisjoint(head):
                continue  # "Remaining: ...", "Next step: ...", "Blocked on: ..."
        if _narrates(words[k:]):
            told = told or words[k] in ("j'ai", "i've", "we've", "ich", "wir", "nous") or any(
                _past(w) for w in words[k + 1 : k + 4])
            continue
        if _past(words[0]) or words[0] in _PLAN_WORDS or words[0][:1].isdigit():
            continue
        return False
    return told or _told_anywhere(low)


def _told_anywhere(low: str) -> bool:
    """A subject of the writer's and a past verb anywhere ("..., so I wrote the writer")."""
    words = [w.strip(".,;:()[]") for w in low.split()]
    for i, w in enumerate(words):
        if w in _SUBJECTS and _narrates(words[i : i + 4]) and any(
                _past(x) for x in words[i + 1 : i + 4]):
            return True
    return False
