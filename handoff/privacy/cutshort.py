"""Prompt cue: a model's answer cut short under a capture's label (``response= Sure! The
problem is ... [truncated]``, ``out> Great question. A mutex allows ...…``,
``completion (truncated): Here's the script: ...``).

Why its own module: a tool, a log or a REPL that prints what a model answered labels it with a
bare word (``response=``, ``out>``, ``completion:``) that names no model, and cuts it at a
length (``…``, ``[truncated]``, ``<cut>``, ``…(84 more chars)``, ``-- output truncated --``).
Neither half says "model" on its own: a truncated log line or an API's JSON under the same label
is ordinary engineering text. What tells them apart is the voice of the body: a chat model's
answer opens the way chat models open (``Sure!``, ``Certainly.``, ``Great question.``,
``Here's ...``, ``I'd check ...``, ``You're missing ...``, ``To finish the migration ...:``,
``¡Claro!``, ``根据日志``), where a log line opens with a time, a level or a component and a JSON
body with a brace.

The cue needs all three: the label at a line's start, a cut mark within 900 characters (or the
label saying "(truncated)"), and a body of six words or more that opens with such an opener.
It runs, like ``pasted``, only when no other cue found the text (``cues._session14``).
"""

from __future__ import annotations

from handoff.privacy.cue_words import PROMPT, _Hit
from handoff.privacy.lazy_re import rx as _rx

RULE_ID = "model-output-cut"

_LABEL = (r"(?im)^[ \t>]*(?:response|completion|answer|reply|output|out|resp|generation"
          r"|model_output|llm_output)(?P<cut>[ \t]*\((?:truncated|cut|partial)\))?[ \t]*(?:=|>|:)[ \t]*(?=\S)")
"""A capture's bare label at a line's start: ``response=``, ``out>``, ``completion (truncated):``."""

_MARK = (r"\u2026(?:[ \t]*\(\d+ more (?:chars|characters|bytes|tokens)\))?"
         r"|\[truncated\]|\[cut\]|<cut>|<truncated>|\(truncated\)|-- output truncated --"
         r"|\.\.\.[ \t]*\[(?:truncated|cut)\]|\(\d+ more (?:chars|characters|bytes|tokens)\)")
"""Where a capture cut the text: an ellipsis character, a bracketed note, a count of what is left.
Three dots alone are not a cut: a person ends a sentence with them."""

_CHAT_OPENERS = (
    r"sure|certainly|absolutely|of course|great question|good question|happy to help|i'm sorry"
    # the same openers in the languages blind corpora and users write in
    r"|\u00a1?claro|bien s\u00fbr|voici|nat\u00fcrlich|hier ist|gerne|certo|ecco|aqui est\u00e1"
    r"|ch\u1eafc ch\u1eafn|\u0111\u00e2y l\u00e0|\u043a\u043e\u043d\u0435\u0447\u043d\u043e"
    r"|evet|tabii|i\u015fte|oczywi\u015bcie|\ubb3c\ub860"
    r"|\u3082\u3061\u308d\u3093|\u5f53\u7136|\u597d\u7684|\u6839\u636e|\u4ee5\u4e0b\u662f"
    r"|\u0928\u093f\u0936\u094d\u091a\u093f\u0924|\u0628\u0627\u0644\u062a\u0623\u0643\u064a\u062f"
)
"""How a chat model's answer opens and a person's seldom does (English, Spanish, French, German,
Italian, Portuguese, Vietnamese, Russian, Turkish, Polish, Korean, Japanese, Chinese, Hindi,
Arabic): ``qanswer`` reads these alone."""

_OPENER = (
    r"(?:" + _CHAT_OPENERS + r"|good catch|here(?:'s| is| are)|i'd|i would|i can(?:'t|not)?"
    r"|i'm (?:not sure|happy)|you're|you are"
    r"|you(?:'ll)? need|you can|you should|the (?:problem|issue|error|bug|cause) is"
    r"|based on|to (?:fix|finish|solve|resolve|avoid|do|get|make|run|add|use|speed up) (?:this|it|the|your|a)\b"
    r"|yes[,!.]|no[,!.]|great[,!.]"
    # shorter openers, read only before a cut mark: "here it is", "yes" in Russian, Polish,
    # Korean and Japanese
    r"|\u0432\u043e\u0442|oto|\ub124[,.]|\u306f\u3044)"
    r"(?![a-z\u00c0-\u024f])"
)
"""How a model's answer opens: a chat opener, second-person advice, "the problem is", "to fix
this", a bare yes or no."""

_LEAST = 6


def _words(body: str) -> int:
    """Words with a letter; two Chinese, Japanese or Korean characters count as one more."""
    words = sum(1 for w in body.split() if any(c.isalpha() for c in w))
    wide = sum(1 for ch in body if "\u3040" <= ch <= "\u30ff" or "\u4e00" <= ch <= "\u9fff"
               or "\uac00" <= ch <= "\ud7a3")
    return words + wide // 2


def cut_hits(text: str, hits: list[_Hit]) -> None:
    """Add a prompt finding where a capture's label holds a model's answer cut short."""
    if not any(m in text for m in ("\u2026", "truncated", "cut>", "[cut]", "more chars",
                                   "more characters", "more bytes", "more tokens")):
        return
    mark = _rx(_MARK)
    opener = _rx(r"(?i)" + _OPENER)
    for m in _rx(_LABEL).finditer(text):
        end = m.end()
        cut = mark.search(text, end, end + 900)
        if cut is None and not m.group("cut"):
            continue
        body = text[end : cut.start() if cut is not None else end + 600]
        if opener.match(body.lstrip("\u00a1\u00bf*_ ")) is None and opener.match(body) is None:
            continue
        if _words(body) < _LEAST:
            continue
        hits.append((PROMPT, 1, m.start(), cut.end() if cut is not None else len(body) + end, RULE_ID))
        return
