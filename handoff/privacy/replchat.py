"""Prompt cue: a request typed at a chat CLI's ``>>> `` prompt, and the model's answer under it
(``ollama run`` and similar tools show ``>>> `` where Python's REPL does).

Why its own module: Python's ``>>> `` is everywhere in engineering text (doctests, REPL pastes),
so the prompt mark alone says nothing. At a chat CLI what follows the mark is prose, a request
in the user's language that ends like a sentence, and the next line is prose too; at Python's,
it is code (a call, an assignment, an import, a comment) and its output. The cue asks for a
``>>> `` line of four words or more (eight CJK or Hangul characters) that ends with a full
stop, a question mark or a danda and holds none of ``()[]={}``, then a line below it that
reads as prose (``pasted.reads_as_prose`` from six words). ANSI colour codes around the prompt
are read through. It runs only when no other cue found the text (``cues._session14``).
"""

from __future__ import annotations

from handoff.privacy.cue_words import PROMPT, _Hit
from handoff.privacy.lazy_re import rx as _rx

RULE_ID = "chat-cli-turn"

_TURN = (r"(?m)^(?:\x1b\[[0-9;]*m)*>>>[ \t]+(?P<ask>[^\n\x1b]{8,400}?)[ \t]*(?:\x1b\[[0-9;]*m)*[ \t]*\r?\n"
         r"(?P<answer>[^\n]{20,})")
_STOPS = (".", "?", "!", "\u3002", "\uff1f", "\uff01", "\u0964", "\u061f")
_CODE = frozenset("()[]={}<>`|;")
_CODE_WORDS = ("import ", "from ", "def ", "class ", "print ", "return ", "for ", "while ", "if ",
               "with ", "async ", "await ", "lambda ", "del ", "assert ", "raise ", "#", "@", "...")


def _wide(text: str) -> int:
    return sum(1 for ch in text if "\u3040" <= ch <= "\u30ff" or "\u4e00" <= ch <= "\u9fff"
               or "\uac00" <= ch <= "\ud7a3")


def _asks(ask: str) -> bool:
    """Whether what was typed at the prompt is a sentence of prose, not a line of code."""
    ask = ask.strip()
    if not ask.endswith(_STOPS) or not _CODE.isdisjoint(ask) or ask.startswith(_CODE_WORDS):
        return False
    words = [w for w in ask.split() if any(c.isalpha() for c in w)]
    return len(words) >= 4 or _wide(ask) >= 8


def _answers(answer: str) -> bool:
    """Whether the line under the prompt reads as prose: a model's answer, not code's output."""
    from handoff.privacy.pasted import reads_as_prose

    answer = answer.strip()
    if answer.startswith((">>>", "...", "Traceback", "<", "{", "[", "'", '"')):
        return False
    return reads_as_prose(answer, 6)


def repl_hits(text: str, hits: list[_Hit]) -> None:
    """Add a prompt finding where a chat CLI's ``>>> `` prompt holds a request and its answer."""
    for m in _rx(_TURN).finditer(text):
        if _asks(m.group("ask")) and _answers(m.group("answer")):
            hits.append((PROMPT, 1, m.start(), m.end(), RULE_ID))
            return
