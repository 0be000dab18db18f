"""Prompt cue: ReAct-style ``Thought:`` / ``Action:`` / ``Observation:`` traces, in English and
other languages.

Why its own module: split out of ``cues.py`` (which calls it) so each cue family reads alone.
"""

from __future__ import annotations

from handoff.privacy.cue_words import PROMPT, _Hit
from handoff.privacy.lazy_re import lacks as _lacks
from handoff.privacy.lazy_re import rx as _rx

# -- ReAct traces --------------------------------------------------------------------------------

_REACT = (r"(?m)(?:^|(?<=[/|] ))[ \t>*#-]*(?P<step>thought|action input|action|observation"
          r"|final answer|act|obs|pensamento|pensamiento|pens\u00e9e|gedanke|razonamiento"
          r"|observa\u00e7\u00e3o|observaci\u00f3n|observacion|beobachtung|a\u00e7\u00e3o"
          r"|acci\u00f3n|accion|aktion|respuesta final|resposta final|antwort)"
          r"(?:[ \t]+\d{1,2})?[ \t]*:")
"""ReAct steps, numbered or not (``Thought 1:``, ``Act 1:``, ``Obs 1:``), in English and in the
languages agents are prompted in (pt, es, fr, de), at a line's start or after a `` / ``."""
_REACT_STEP = {
    "act": "action", "obs": "observation", "pensamento": "thought", "pensamiento": "thought",
    "pens\u00e9e": "thought", "gedanke": "thought", "razonamiento": "thought",
    "observa\u00e7\u00e3o": "observation", "observaci\u00f3n": "observation",
    "observacion": "observation", "beobachtung": "observation", "a\u00e7\u00e3o": "action",
    "acci\u00f3n": "action", "accion": "action", "aktion": "action",
    "respuesta final": "final answer", "resposta final": "final answer", "antwort": "final answer",
}
_REACT_MORE = frozenset(w.encode() for w in ("pensamento", "pensamiento", "gedanke", "razonamiento",
                                              "beobachtung", "observacion", "obs"))
"""Words that let the step search run on a text without ``thought`` or ``observation:``."""


_REACT_OTHER = {
    "thought": ("pensiero", "\u043c\u044b\u0441\u043b\u044c", "\u601d\u8003", "\uc0dd\uac01",
                "my\u015bl", "gedachte", "d\u00fc\u015f\u00fcnce", "suy ngh\u0129", "pikiran",
                "\u0935\u093f\u091a\u093e\u0930", "\u062a\u0641\u0643\u064a\u0631"),
    "action": ("azione", "\u0434\u0435\u0439\u0441\u0442\u0432\u0438\u0435", "\u884c\u52a8",
               "\u884c\u52d5", "\ud589\ub3d9", "akcja", "actie", "eylem", "h\u00e0nh \u0111\u1ed9ng", "aksi",
               "\u0915\u094d\u0930\u093f\u092f\u093e", "\u0625\u062c\u0631\u0627\u0621"),
    "observation": ("osservazione", "\u043d\u0430\u0431\u043b\u044e\u0434\u0435\u043d\u0438\u0435",
                    "\u89c2\u5bdf", "\u89b3\u5bdf", "\uad00\ucc30", "obserwacja", "observatie",
                    "g\u00f6zlem", "quan s\u00e1t", "observasi", "\u0905\u0935\u0932\u094b\u0915\u0928",
                    "\u0645\u0644\u0627\u062d\u0638\u0629"),
}
"""ReAct step names in more languages (it, ru, zh, ja, ko, pl, nl, tr, vi, id, hi, ar), looked
for in the text itself (the scanner's view blanks other scripts): a step name at a line's start
or after a `` | `` separator, then a colon (full-width too)."""
_REACT_OTHER_STEP = {w: step for step, ws in _REACT_OTHER.items() for w in ws}
_REACT_OTHER_BYTES = frozenset(w.encode() for w in _REACT_OTHER_STEP if w.isascii())
GATE_WORDS = _REACT_OTHER_BYTES.union((b"action", b"input", b"final"), _REACT_MORE)
"""Words ``cues.GATE_WORDS`` adds for these cues."""
_REACT_INLINE = (r"(?:^|(?<=[ \t]))(?P<step>thought|action input|action|observation|final answer)"
                 r"(?:[ \t]+\d{1,2})?[ \t]*:[ \t]*\S")
"""A trace flattened onto one line with blanks only: its steps anywhere after a blank."""


def _react_more(low: str, hits: list[_Hit]) -> None:
    """A ReAct trace whose step names are in another language: a thought and an action, or an
    action and an observation, each starting a line (or a `` | `` segment) before a colon."""
    found: dict[str, int] = {}
    for word, step in _REACT_OTHER_STEP.items():
        at = -1 if _lacks(low, word) else low.find(word)
        while at >= 0 and step not in found:
            end = at + len(word)
            starts = at == 0 or low[at - 1] == "\n" or low[max(0, at - 2) : at] in ("| ", "/ ")
            if starts and low[end : end + 1] in (":", "\uff1a"):
                found[step] = at
            at = low.find(word, at + 1)
    if len(found) >= 2:
        start = min(found.values())
        hits.append((PROMPT, 1, start, start + 1, "react-trace"))


def _react_inline(lo: str, hits: list[_Hit]) -> None:
    """A ReAct trace on one line: three different steps, one of them a step no note uses
    (``Action Input:`` or ``Final Answer:``), in the order a trace has them."""
    steps: dict[str, int] = {}
    for m in _rx(_REACT_INLINE).finditer(lo):
        steps.setdefault(m.group("step"), m.start("step"))
    if len(steps) >= 3 and ("action input" in steps or "final answer" in steps) and (
            steps.get("action", 0) <= steps.get("observation", len(lo))):
        start = min(steps.values())
        hits.append((PROMPT, 1, start, start + 1, "react-trace"))


def _react(lo: str, hits: list[_Hit]) -> None:
    steps: dict[str, int] = {}
    for m in _rx(_REACT).finditer(lo):
        step = m.group("step")
        if step in ("act", "obs") and not m.group(0)[-2:-1].isdigit() and not any(
            c.isdigit() for c in m.group(0)
        ):
            continue  # "Obs:" and "Act:" are a note's abbreviations until numbered ("Obs 1:")
        steps.setdefault(_REACT_STEP.get(step, step), m.start("step"))
    if ("thought" in steps and len(steps) >= 2) or (
        "observation" in steps and ("action" in steps or "action input" in steps)
    ):
        start = min(steps.values())
        hits.append((PROMPT, 1, start, start + 1, "react-trace"))
