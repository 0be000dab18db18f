"""Prompt cue: a question and a model's answer under ``Q:`` and ``A:`` labels, as a transcript is
shared in a mail, a ticket or a chat (``> > Q: Write a bash one-liner ... > > A: Absolutely.
In WAL mode ...``).

Why its own module: ``Q:``/``A:`` is the shape of every FAQ, interview note and design review,
so the labels alone say nothing and no turn rule reads them. What a model's answer has and a
person's seldom does is its opener (``Sure!``, ``Certainly.``, ``Absolutely.``, ``Great
question.``, ``Here's ...``, ``¡Claro!``, ``根据日志``; ``cutshort._CHAT_OPENERS``), so the cue asks
for a ``Q:`` line, then an ``A:`` line within 800 characters whose body opens with one and
says six words or more. An FAQ's "A: Yes, the office is open on Friday." stays clean. Quote
marks (``>``, ``> >``) and blanks before the labels are read through. It runs only when no other
cue found the text (``cues._session14``).
"""

from __future__ import annotations

from handoff.privacy.cue_words import PROMPT, _Hit
from handoff.privacy.cutshort import _CHAT_OPENERS, _words
from handoff.privacy.lazy_re import rx as _rx

RULE_ID = "qa-model-answer"

_Q = r"(?im)^[ \t>]*(?:q|question)[ \t]*:[ \t]*\S"
_A = (r"(?im)^[ \t>]*(?:a|answer)[ \t]*:[ \t]*[\u00a1\u00bf*_ ]*(?:" + _CHAT_OPENERS
      + r")(?![a-z\u00c0-\u024f])")
_LEAST = 6


def qa_hits(text: str, hits: list[_Hit]) -> None:
    """Add a prompt finding where a ``Q:`` line is followed by an ``A:`` line in a model's voice."""
    q = _rx(_Q).search(text)
    if q is None:
        return
    a = _rx(_A).search(text, q.end(), q.end() + 800)
    if a is None:
        return
    line_end = text.find("\n\n", a.start())
    body = text[a.start() : line_end if line_end > 0 else a.start() + 600].replace(">", " ")
    if _words(body) - 1 < _LEAST:
        return
    hits.append((PROMPT, 1, q.start(), a.end(), RULE_ID))
