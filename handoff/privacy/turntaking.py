"""People taking turns without time stamps: a chat pasted as ``Name: words`` lines, as
``**Name** words`` (a chat app's bold names), or as a name and a time on a line of their own
with the words on the next (a desktop client's copy), in any language.

Why beside ``peoplechat``: that cue reads a turn where a time stamp stands before or beside the
name. A paste of three lines between two people often has none ("Omar: kto\u015b ruszał config?
/ Sofia: tak, wczoraj podbi\u0142em repliki do 4 / Omar: ok, dzi\u0119ki"). What makes it a
conversation is who speaks, not what they say: two names taking turns, the first speaker
speaking again after the other answered (A, B, A), and a question among the turns. A config
block's ``Host:``/``Port:`` lines or a log's ``Build:``/``Deploy:`` lines repeat a key but ask
nothing, and their keys are no one's name (``framing._NOT_PEOPLE``).
"""

from __future__ import annotations

from handoff.privacy import framing
from handoff.privacy.cue_words import PROMPT, _Hit
from handoff.privacy.lazy_re import rx as _rx

_COLON = r"^[ \t]*(?P<a>[^\W\d_](?:[^\W\d_]|[-'](?=[^\W\d_])){1,15}):[ \t]+(?P<ab>\S.*)$"
_BOLD = r"^[ \t]*\*\*(?P<b>[^\W\d_][^\W\d_'-]{1,15}):?\*\*:?[ \t]+(?P<bb>\S.*)$"
_STAMPED = r"^[ \t]*(?P<c>[^\W\d_][^\W\d_'-]{1,15})[ \t]{2,}\d{1,2}:\d\d(?:[ \t]?[AaPp][Mm])?[ \t]*$"
_QUESTION = ("?", "\uff1f", "\u00bf", "\u061f")
_KEYS = frozenset((
    "question", "answer", "name", "type", "description", "example", "usage", "returns", "args",
    "params", "reason", "cause", "fix", "summary", "context", "problem", "solution", "expected",
    "actual", "before", "after", "why", "what", "how", "when", "where", "who", "todo", "fixme",
    "done", "next", "yes", "no", "pro", "con", "pros", "cons", "old", "new", "see", "via", "from",
    "to", "cc", "re", "subject", "date", "url", "path", "file", "line", "source", "target", "id",
))
"""Keys of a document's lines (a FAQ's ``question:``/``answer:``, a template's ``expected:``/
``actual:``, a mail header's ``from:``/``to:``) that lower-cased names must not be. Names of
people are capitalised in a chat app's copy, but a handle (``wen:``, ``eun-ji:``, IRC's and
Slack's) is lower-case throughout: all speakers lower-case and none a key also reads as
people (session 16: blind17's pasted threads)."""


def _turns(text: str) -> list[tuple[str, str]]:
    """The text's turns in order, as (speaker, words); an empty list when a line between
    them is not a turn (the turns must be the text's own consecutive lines)."""
    lines = [ln for ln in text.split("\n") if ln.strip()]
    turns: list[tuple[str, str]] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        m = _rx(_COLON).match(line) or _rx(_BOLD).match(line)
        if m is not None:
            g = m.groupdict()
            turns.append((g.get("a") or g["b"], g.get("ab") or g["bb"]))
            i += 1
            continue
        s = _rx(_STAMPED).match(line)
        if s is not None and i + 1 < len(lines):
            turns.append((s.group("c"), lines[i + 1]))
            i += 2
            continue
        if turns:
            break
        i += 1
    return turns


def turn_hits(text: str, hits: list[_Hit]) -> None:
    """Add a prompt finding where two or more people take turns (see the module's docstring)."""
    if text.count("\n") < 2 or not any(q in text for q in _QUESTION):
        return  # (cheap tests first: most notes ask nothing)
    turns = _turns(text)
    if len(turns) < 3:
        return
    names = [n for n, _ in turns]
    if any(n.lower() in framing._NOT_PEOPLE for n in names):
        return
    if not all(n.islower() and n.lower() not in _KEYS for n in names) and any(
            not n[0].isupper() or n.isupper() for n in names):
        return
    if len(set(names)) < 2 or names[0] not in names[2:] or names[0] == names[1]:
        return
    if any(len(w) > 200 for _, w in turns):
        return
    if not any(q in w for _, w in turns for q in _QUESTION):
        return
    hits.append((PROMPT, 1, 0, len(text), "people-turns"))
