"""Prompt cue: text addressed to a model, measured as a density of second-person requests and
instruction cues ("can you", "please", "your task:", "from now on", "the following").

Why its own module: split out of ``cues.py`` (which calls it) so each cue family reads alone.
"""

from __future__ import annotations

from handoff.privacy.cue_words import PROMPT, _Hit, html_comments
from handoff.privacy.lazy_re import rx as _rx

# -- text addressed to a model -------------------------------------------------------------------

_ADDRESS = (
    r"(?P<req>\b(?:can|could|would|will) you(?: please)?\b|\bplease\b|\bi(?:'d| would) like you"
    r"|\bi (?:want|need) you to\b|\bhelp me\b|\bplease (?:write|explain|summari[sz]e|translate"
    r"|generate|rewrite|refactor|review|describe|draft|list|fix|create|give|tell|show|make)\b"
    r"|\b(?:give|tell|show|write|make|send|explain to)"
    r" me\b|\bfor me\b)"
    r"|(?P<frame>\bfrom now on\b|\bthe following\b[^.\n]{0,60}[:\n]|\byour (?:task|job|goal|role"
    r"|answer|response|output|reply)\b|\bin (?:the style of|no more than|under) \b|\bact (?:as|like)"
    r"\b|\banswer (?:as|like|in|only|with)\b|\brespond (?:as|like|in|only|with)\b|\bpretend\b"
    r"|\bimagine (?:you|that)\b|\bstep[ -]by[ -]step\b|\b(?:in|under|within|at most|no more"
    r" than|max(?:imum)?) \d+ (?:words|sentences|bullet|lines|characters|paragraphs)\b"
    r"|\bkeep it (?:short|brief|concise)\b|\bexplain like\b|\bdon'?t (?:explain|apologi"
    r"|include|mention|add|use)\b|\bonly (?:return|output|respond|reply|answer)\b"
    r"|\b(?:return|output) only\b|\bwithout (?:any )?(?:explanation|commentary|preamble)\b"
    r"|\byou are (?:a|an|my)\b|\byou're (?:a|an|my)\b)"
    r"|(?P<ask>(?:^|[.!?\n]\s*)(?:write|explain|summari[sz]e|translate|generate|rewrite"
    r"|describe|compose|draft|list|classify|extract|create|give|tell|show|suggest|compare"
    r"|answer|convert|brainstorm|outline|critique|proofread|paraphrase) (?:me |a |an |the |this"
    r"|these|my|how|what|why|\d)"
    r"|(?:^|[.!?\n]\s*)(?:how (?:do|can|should|would) i|what(?:'s| is) (?:wrong|the best|the"
    r" difference)|why (?:does|is|do) my|is it (?:possible|better)|which (?:is|one)"
    r"|do you (?:know|think))\b)"
)


_ADDRESS_CUES = ("you", "please", " me", "the following", "your ", "from now on", "act ",
                 "pretend", "imagine", "step by step", "step-by-step", "explain", "write ",
                 "summar", "translate", "respond", "answer", "return", "output", "words",
                 "how do i", "what's wrong", "why does my", "keep it", "don't", "without")
"""Literal parts of the phrases below: a text with fewer than two of them has no three phrases
that differ (each phrase contains one)."""


def _address(lo: str, present: frozenset[bytes], hits: list[_Hit]) -> None:
    """Second person and requests: "can you", "please", "your task", "from now on", an
    imperative that asks for text ("write a", "explain how"), a question about "my" code. A
    note to the next agent has one of these now and then; a prompt has several. A template's
    ``<!-- -->`` comment is read as blanks (``cue_words.html_comments``)."""
    if "<!--" in lo:
        for a, b in html_comments(lo):
            lo = lo[:a] + " " * (b - a) + lo[b:]
    windows: list[tuple[int, int]] = []
    kinds = 0
    for cue in _ADDRESS_CUES:
        pos = lo.find(cue)
        if pos < 0:
            continue
        kinds += 1
        while pos >= 0 and len(windows) < 64:
            windows.append((max(0, pos - 48), pos + len(cue) + 64))
            pos = lo.find(cue, pos + len(cue))
    if kinds < 2:
        return  # fewer than two cue words: a note, not a prompt
    phrases: set[str] = set()
    first = -1
    rx = _rx(_ADDRESS)
    merged: list[list[int]] = []
    for start, end in sorted(windows):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    for start, end in merged:
        for m in rx.finditer(lo, start, end):
            phrases.add(m.group(0).strip(" .!?\n").split(" ")[0] + "/" + (m.lastgroup or ""))
            if first < 0 or m.start() < first:
                first = m.start()
    if first < 0:
        return
    you = lo.count("you")
    words = max(1, lo.count(" ") + 1)
    score = len(phrases) + (1 if you * 25 >= words and you >= 2 else 0)
    if score >= 3:
        hits.append((PROMPT, 1, first, first + 1, "addressed-to-model"))
