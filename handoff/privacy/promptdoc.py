"""Sentences that describe a prompt from outside, kept from the classifier's input.

What it finds: a sentence whose subject is a prompt or a template, named in the third person,
with a verb that states what it is, does, where it lives or who owns it ("The system prompt
for the help-centre bot sets tone, language and refusal rules.", "Our triage template lives
in prompts/triage.md and is owned by support.", "Each prompt has an owner and a version."),
and, beside one, the sentence that points to where its text is kept ("Its text is not
reproduced here; see the repository."). Why: a wiki page or a design doc that says what a
prompt is for carries the words the trained classifier learnt from prompts (``prompt``,
``tone``, ``bot``, ``text``), without carrying a prompt. Only those sentences are removed;
the rest of the text is scored as before, so a request written beside such a sentence keeps
its score, and the rules read the whole text.

A sentence is never removed when it speaks to a reader (``you``, ``please``), asks, quotes,
opens a body with a colon (``The system prompt is: ...``), uses a modal that instructs (``the
answer should be JSON``, ``must``), or holds a model's persona ("you are", "act as").
"""

from __future__ import annotations

from typing import Final

from handoff.privacy.lazy_re import rx as _rx

_SUBJECT: Final = (
    r"(?:the|our|its|this|that|each|every|their|his|her)\b[^.!?:;\"\n]{0,50}?"
    r"\b(?:system prompts?|prompts?|prompt templates?|templates?)\b"
)
"""A prompt or a template named in the third person, at the sentence's start."""

_STATES: Final = (
    r"(?:[ \t]+(?:for|of|in|behind|used by|that)\b[^.!?:;\"\n]{0,60}?)?[ \t]+"
    r"(?:sets|defines|controls|covers|describes|lists|lives|sits|is|are|was|were|has|have|had|"
    r"belongs|gets|got|keeps|holds|changed|changes|moved|went|stays|remains|explains|decides|"
    r"governs|shapes|handles|takes|uses|includes|contains|carries|owns|needs review|"
    r"was (?:last )?(?:changed|updated|reviewed|edited))\b"
)
"""The verb that states something of the prompt (never a modal: "should", "must")."""

_POINTER: Final = (
    r"(?:its|the|their)\s+(?:full\s+|exact\s+)?(?:text|wording|content|contents|body)\s+(?:is|are)\s+"
    r"(?:not\s+(?:reproduced|included|copied|shown|quoted|pasted)|kept|stored)\b"
)
"""The sentence that says the prompt's text is kept elsewhere."""

_BANNED: Final = (
    r"\byou\b|\byour\b|\bplease\b|\?|\"|\u201c|\bshould\b|\bmust\b|\bshall\b|\bneeds? to\b|"
    r"\bhas to\b|\bact as\b|\bpretend\b|\bignore\b"
)
"""A sentence that speaks to a reader, asks, quotes or instructs is left in."""

_SPLIT: Final = r"(?<=[.;!])[ \t]+|\n+|\\n"
"""Sentences end at a full stop, a semicolon, a line break (or a literal ``\\n``). A sentence
may open with a page's flattened heading and its "last edited" line, which end in a date: the
prompt may be named right after that date."""


def without_statements(text: str) -> str:
    """``text`` without its sentences about a prompt (``_SUBJECT`` then ``_STATES``, or
    ``_POINTER`` after one of them); ``text`` itself when it has none."""
    low = text.lower()
    if "prompt" not in low and "template" not in low:
        return text
    kept: list[str] = []
    removed = False
    subject = _rx(r"(?:^[ \t#>*-]*|(?<=\d) )" + _SUBJECT + _STATES)
    pointer = _rx(r"[ \t#>*-]*" + _POINTER)
    banned = _rx(_BANNED)
    for sentence in _rx(_SPLIT).split(text):
        lo = sentence.lower()
        if banned.search(lo) is None and (
                subject.search(lo) is not None or (removed and pointer.match(lo) is not None)):
            removed = True
            continue
        kept.append(sentence)
    return "\n".join(kept) if removed else text
