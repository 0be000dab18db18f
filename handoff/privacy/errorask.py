"""A pasted error with a request to fix it: "ModuleNotFoundError: No module named 'orjson' /
can you fix it", "getting this: AssertionError: assert 3 == 4 - help", "error[E0502]: ...
fix asap".

Why: the shortest thing a user types to an agent is the error they see plus two or three words
asking for help; no request cue reads that (the words are too few, and the error is the
engineer's own vocabulary). An agent's note quotes errors too ("Blocked by: TypeError ...
Workaround: chmod the volume", "the PermissionError in the logs is expected"), but says what was
found or done, never "fix it", "any idea?" or "help".
"""

from __future__ import annotations

from handoff.privacy.cue_words import PROMPT, _Hit
from handoff.privacy.lazy_re import rx as _rx

_ERROR = (r"(?:\b[a-z_.]*(?:error|exception|exit|timeout)\b(?:\[e?\d+\])?:|\btraceback \(most recent call last\)"
          r"|\bpanic:|\bsegmentation fault|\bfatal:|\berr!|\bfailed with exit code|\bexit (?:code|status) [1-9]"
          r"|\bundefined reference to|\bcannot find module|\bno such file or directory|\bcommand not found)")
_ASK = (r"(?:\b(?:can|could|would) (?:you|u) (?:please |pls )?(?:fix|look|check|help|sort|solve|debug|explain)"
        r"|\bplease (?:fix|look|help|check|debug|solve)|\bpls (?:fix|help|look)"
        r"|\bfix (?:it|this|that|asap|pls|please|plz)\b|\bany (?:idea|ideas|clue|thoughts)\b"
        r"|\bhow (?:do|can|should) (?:i|we) (?:fix|get rid of|solve|resolve|stop|avoid)\b"
        r"|\bwhat does (?:this|that|it) mean\b|\bwhat(?:'s| is) (?:wrong|going on|happening)\b"
        r"|\bwhy (?:is|does) (?:this|that|it) (?:happen|happening|fail|failing|break)"
        r"|(?:^|[\s\u2014-])help(?: me| pls| please)?[ \t]*[.!?]*[ \t]*$|\bideas\?|\bhelp\?"
        r"|\bmake (?:it|this) (?:work|pass|go away)\b|\bget (?:it|this) (?:working|passing)\b"
        r"|\b(?:pls|plz)[ \t]*[.!?]*[ \t]*$|\bwhat causes\b|\bwhy do (?:i|we) (?:get|see)\b"
        r"|\bany idea why\b)")
_MAX = 600
_MARKS = ("error", "exception", "traceback", "panic", "fatal", "err!", "exit", "failed", "undefined",
          "cannot", "no such", "not found", "segmentation", "timeout")
"""Substrings one of which an error holds (within a word too: ``sqlite3.OperationalError``)."""


def error_ask_hits(text: str, lo: str, hits: list[_Hit]) -> None:
    """Add a prompt finding where ``text`` (``lo``: the scanner's lower-cased view, where a
    character outside ASCII reads as ``?``) pastes an error and asks for it to be fixed (see
    the module's docstring)."""
    if len(lo) > _MAX or not any(m in lo for m in _MARKS):
        return
    err = _rx(_ERROR).search(lo)
    if err is None:
        return
    ask = _rx(_ASK).search(lo)
    if ask is not None:
        hits.append((PROMPT, 1, ask.start(), ask.end(), "error-fix-request"))
    elif text.rstrip().endswith("??"):  # "TypeError: ... ??": the error and a shrug
        hits.append((PROMPT, 1, 0, len(lo), "error-fix-request"))
