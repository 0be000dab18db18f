"""The classifier's second look at a long note: its parts scored one by one.

``classifier.flags`` scores a whole text. A note of 1-3 KB (a session summary, a PR
description, an incident write-up) that carries one short request or pasted answer is mostly
the agent's own engineering prose: the needle's few features are averaged with hundreds of
benign ones (the vector is L2-normalised), and the whole scores far below the threshold. Here a
long text is cut into its parts (``windows``: the blocks between blank lines, the inside of
each code fence, each run of quoted ``>`` lines), and the text is flagged when one part of
``MIN_PART_WORDS`` words or more alone reaches ``WINDOW_THRESHOLD``. That threshold is higher
than the whole text's: a part is short, and short benign prose scores higher than long benign
prose on this model.

Only texts of at least ``MIN_LONG`` characters are cut (a shorter text is about one part), and
only parts of at least ``classifier.MIN_CHARS`` characters and ``classifier.MIN_WORDS`` words are
scored. Each part costs about what a short note costs; the bound (``Model.ascii_score`` with
``bounded``) settles most engineering paragraphs without their bigrams.
"""

from __future__ import annotations

from typing import Final

from handoff.privacy import classifier
from handoff.privacy.lazy_re import rx

__all__ = ["MAX_PARTS", "MIN_LONG", "MIN_PART_WORDS", "WINDOW_THRESHOLD", "flags", "scored_parts",
           "windows"]

MIN_LONG: Final = 400
"""Texts shorter than this are scored whole only."""
WINDOW_THRESHOLD: Final = 4.25
"""A part's score that flags the whole text (logit units; the whole text's is the model's)."""
MIN_PART_WORDS: Final = 12
"""A part of fewer words is not scored alone: a heading, a "Consider these two cases:" or a
one-line aside scores high on this model for its brevity and its final colon, and the needles
this looks for are two or three sentences. A part in a CJK script counts its characters
instead (``_CJK_CHARS``)."""
_CJK_CHARS: Final = 24
_CJK: Final = r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]"
"""The scripts ``classifier`` reads by characters (its ``_CJK``)."""
MAX_PARTS: Final = 40
"""At most this many parts are scored: a note is a few KB, and a longer text is not a note."""
_FENCE: Final = "```"


def windows(text: str) -> list[str]:
    """The parts of ``text`` worth scoring alone, in order: each block between blank lines, and
    inside a block the body of a code fence and a run of quoted lines (``>``) when they are not
    the whole block. A part equal to the whole text is left out (the whole was scored)."""
    parts: list[str] = []
    block: list[str] = []
    fence: list[str] | None = None
    quote: list[str] = []

    def close_block() -> None:
        if block:
            parts.append("\n".join(block))
            block.clear()

    def close_quote() -> None:
        if quote:
            if len(quote) < len(block):
                parts.append("\n".join(q.lstrip("> \t") for q in quote))
            quote.clear()

    for line in text.split("\n"):
        stripped = line.strip()
        if fence is not None:
            if stripped.startswith(_FENCE):
                if fence:
                    parts.append("\n".join(fence))
                fence = None
            else:
                fence.append(line)
            block.append(line)
            continue
        if stripped.startswith(_FENCE):
            close_quote()
            fence = []
            block.append(line)
            continue
        if not stripped:
            close_quote()
            close_block()
            continue
        if stripped.startswith(">"):
            quote.append(stripped)
        else:
            close_quote()
        block.append(line)
    if fence:
        parts.append("\n".join(fence))
    close_quote()
    close_block()
    whole = text.strip()
    return [p for p in parts if p.strip() != whole and not p.lstrip().startswith("<!--")]


def scored_parts(text: str) -> list[str]:
    """The parts ``flags`` scores: ``windows`` long enough to judge alone (``MIN_PART_WORDS``
    words, or ``_CJK_CHARS`` characters of a CJK script) and eligible to the classifier, at most
    ``MAX_PARTS`` of them. A part that is an HTML comment (a pull-request template's prompt
    to its author, ``<!-- What does it do, and why? -->``) is left out by ``windows``."""
    out: list[str] = []
    for part in windows(text):
        if len(part.split(None, MIN_PART_WORDS)) < MIN_PART_WORDS and (
                part.isascii() or len(rx(_CJK).findall(part)) < _CJK_CHARS):
            continue
        if classifier.eligible(part):
            out.append(part)
            if len(out) == MAX_PARTS:
                break
    return out


def flags(text: str) -> bool:
    """Whether one part of a long ``text`` reaches ``WINDOW_THRESHOLD`` (call it after
    ``classifier.flags`` has found the whole text below its own threshold)."""
    if len(text) < MIN_LONG:
        return False
    m = classifier.model()
    for part in scored_parts(text):
        if m._by_pair is not None and part.isascii():
            score = m.ascii_score(part, None, classifier.SKIP_BY_BOUND, WINDOW_THRESHOLD)
            if score is not None and score >= WINDOW_THRESHOLD:  # None: the bound settled it
                return True
        elif m.score(part) >= WINDOW_THRESHOLD:
            return True
    return False
