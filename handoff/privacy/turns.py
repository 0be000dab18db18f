"""Prompt cue: turns between a user and a model, whatever the notation (``User: ... Assistant:``
on one line, ``[user]``, ``<user>...</user>``, ``### Assistant`` headers, role names in other
languages).

Why its own module: split out of ``cues.py`` (which calls it) so each cue family reads alone.
"""

from __future__ import annotations

import itertools

from handoff.privacy.cue_words import _BOT, _SYSTEM, _USER, PROMPT, _Hit
from handoff.privacy.factturns import all_facts
from handoff.privacy.lazy_re import lacks as _lacks
from handoff.privacy.lazy_re import lower as _lower
from handoff.privacy.lazy_re import rx as _rx

# -- turns ---------------------------------------------------------------------------------------

_MORE_USERS = ("utente", "u\u017cytkownik", "gebruiker", "kullan\u0131c\u0131", "pengguna",
               "ng\u01b0\u1eddi d\u00f9ng", "\uc0ac\uc6a9\uc790", "\u4f7f\u7528\u8005",
               "\u0627\u0644\u0645\u0633\u062a\u062e\u062f\u0645", "\u05de\u05e9\u05ea\u05de\u05e9",
               "\u0909\u092a\u092f\u094b\u0917\u0915\u0930\u094d\u0924\u093e", "kunde", "cliente",
               "\u0e1c\u0e39\u0e49\u0e43\u0e0a\u0e49", "\u03c7\u03c1\u03ae\u03c3\u03c4\u03b7\u03c2",
               "u\u017eivatel", "\u043a\u043e\u0440\u0438\u0441\u0442\u0443\u0432\u0430\u0447",
               "anv\u00e4ndare", "k\u00e4ytt\u00e4j\u00e4", "felhaszn\u00e1l\u00f3", "utilizator",
               "\u06a9\u0627\u0631\u0628\u0631")
_MORE_BOTS = ("asystent", "asistan", "asisten", "tr\u1ee3 l\u00fd", "\uc5b4\uc2dc\uc2a4\ud134\ud2b8",
              "\u52a9\u7406", "\u0627\u0644\u0645\u0633\u0627\u0639\u062f", "\u05e2\u05d5\u05d6\u05e8",
              "\u0938\u0939\u093e\u092f\u0915", "\u0e1c\u0e39\u0e49\u0e0a\u0e48\u0e27\u0e22",
              "\u03b2\u03bf\u03b7\u03b8\u03cc\u03c2", "asistent", "\u0430\u0441\u0438\u0441\u0442\u0435\u043d\u0442",
              "avustaja", "asszisztens", "\u062f\u0633\u062a\u06cc\u0627\u0631")
"""Role words of more languages (it pl nl tr id vi ko zh ar he hi th el cs uk sv fi hu ro fa;
de/es customer): a transcript's speakers are named in the user's language."""
_ROLE_NAMES = (
    "user|human|you|me|customer|prompter|client|question|q|system|developer|assistant|ai|bot"
    "|chatbot|gpt(?:-?[0-9][a-z0-9.-]*)?|copilot|llm|model|bard|cursor|answer|a|response"
    "|agent|tool_call|tool_result|tool_use|function_call|function_result|tool|function"
    "|(?:chatgpt|claude|gemini|grok|llama|mistral|deepseek|qwen|codex|kimi|gemma|phi)"
    "(?:[-.][0-9a-z][a-z0-9.-]*|[0-9][a-z0-9.-]*)?"
    "|usuario|usu\u00e1rio|benutzer|nutzer|utilisateur|asistente|assistent|assistente"
    "|sistema|syst\u00e8me|\u043f\u043e\u043b\u044c\u0437\u043e\u0432\u0430\u0442\u0435\u043b\u044c"
    "|\u0430\u0441\u0441\u0438\u0441\u0442\u0435\u043d\u0442|\u0431\u043e\u0442"
    "|\u7528\u6237|\u52a9\u624b|\u7cfb\u7edf|\u95ee|\u7b54|\u30e6\u30fc\u30b6\u30fc"
    "|\u30a2\u30b7\u30b9\u30bf\u30f3\u30c8|\u30b7\u30b9\u30c6\u30e0"
    "|" + "|".join(_MORE_USERS + _MORE_BOTS)
)
_TURN = (
    r"(?:(?<=[\n>\"'`(])|^|(?<=[.!?)\"'\]`:;|/\u2000-\u2bff\U0001f000-\U0001faff][ \t])"
    r"|(?<=[.!?)\"'\]`][ \t]{2}))[ \t>*_-]*"
    r"(?:\[\d{1,2}:\d{2}(?::\d{2})?\][ \t]*)?"
    r"(?:(?P<br>[\[({\u3010\uff3b])|(?P<xml></?)|(?P<hdr>#{1,4}[ \t]*)|(?P<bold>\*\*))?"
    r"(?P<role>" + _ROLE_NAMES + r")"
    r"(?(br)[\])}\u3011\uff3d]|)(?(xml)>|)(?(bold)\*\*|)(?:[ \t]*\([a-z][a-z0-9 ._-]{0,15}\)(?=[ \t]*[:\uff1a]))?"
    r"(?P<sep>[ \t]*[:\uff1a](?!//)|(?<=[\])}])(?=[ \t])|(?<=[\u3011\uff3d])|(?<=>)|(?<=\*\*)(?=[ \t]*\n)"
    r"|(?<=[a-z\u0400-\u9fff])[ \t]*(?=\n))"
)
_USER_SIDE = frozenset((*_MORE_USERS, "user", "human", "you", "me", "customer", "prompter",
                        "client",
                        "question", "q", "usuario", "usu\u00e1rio", "benutzer", "nutzer",
                        "utilisateur", "\u043f\u043e\u043b\u044c\u0437\u043e\u0432\u0430\u0442\u0435\u043b\u044c",
                        "\u7528\u6237", "\u95ee", "\u30e6\u30fc\u30b6\u30fc"))
_SYSTEM_SIDE = frozenset(("system", "developer", "sistema", "syst\u00e8me", "\u7cfb\u7edf",
                          "\u30b7\u30b9\u30c6\u30e0"))
_WEAK_PAIRS = frozenset(("q", "a", "question", "answer", "response", "agent", "client", "tool",
                         "model", "me", "you"))
"""Speaker names that are ordinary words too: a transcript of only these needs more turns."""


_TOOL_SIDE = frozenset(("tool", "tool_call", "tool_result", "tool_use", "function",
                        "function_call", "function_result"))
"""An agent's tool calls and their results: a model's turns alternate with these in an agent
transcript that has no user turn at all."""


def _side(role: str) -> str:
    if role in _USER_SIDE:
        return "user"
    if role in _SYSTEM_SIDE:
        return "system"
    if role in _TOOL_SIDE:
        return "tool"
    return "bot"


_ASCII_ROLES = tuple(sorted({r for r in (*_USER, *_BOT, *_SYSTEM, *_MORE_USERS, *_MORE_BOTS)
                             if r.isascii() and len(r) >= 2}
                            | {"tool", "gpt"}))
_FOREIGN_ROLES = tuple(r for r in _ROLE_NAMES.split("|") if not r.isascii())
_MODEL_SUFFIX = "-.0123456789abcdefghijklmnopqrstuvwxyz"
_MARKS = frozenset(":]>*\n\uff1a)}\u3011\uff3d")  # (session 22: 【用户】 and full-width square brackets)


def _marked_roles(target: str, present: frozenset[bytes], foreign: bool) -> int:
    """How many role words are followed by a turn mark (``:``, ``]``, ``>``, ``**``, a line
    break): a cheap count that lets the turn pattern run only where two turns can be."""
    count = 0
    roles: tuple[str, ...] = tuple(r for r in _ASCII_ROLES if r.encode() in present)
    if foreign:
        roles += _FOREIGN_ROLES
    for role in roles:
        pos = -1 if _lacks(target, role) else target.find(role)
        while pos >= 0:
            after = target[pos + len(role) : pos + len(role) + 16]
            if after[:1] and after[:1] in "-.0123456789":  # gpt-4o-mini:, qwen2.5-coder:
                after = after.lstrip(_MODEL_SUFFIX)
            after = after.lstrip(" \t")
            if after[:1] in _MARKS and after[:1]:
                count += 1
                if count >= 2:
                    return count
            pos = target.find(role, pos + len(role))
    return count


def _turns(text: str, lo: str, present: frozenset[bytes], foreign: bool,
           hits: list[_Hit]) -> None:
    target = _lower(text) if foreign else lo
    if _marked_roles(target, present, foreign) < 2:
        return
    rx = _rx(_TURN)
    turns = []
    headers = False
    for m in rx.finditer(target):
        role = m.group("role")
        if role.startswith("gpt"):
            role = "gpt"
        if m.group("xml") == "</":
            continue
        if m.group("sep") == "" and not (m.group("br") or m.group("xml") or m.group("bold")
                                         or m.group("hdr")):
            continue  # a bare word at a line's end is only a header when marked
        turns.append((m.start("role"), m.end(), role))
        headers = headers or bool(m.group("hdr"))
    if len(turns) < 2:
        return
    sides = [_side(r) for _, _, r in turns]
    roles = {r for _, _, r in turns}
    strong_bot = {r for r in roles if _side(r) == "bot"} - _WEAK_PAIRS
    if "bot" not in sides or not ({"user", "system"} & set(sides)):
        if not (strong_bot and "tool" in sides and sides.count("bot") >= 2 and not headers):
            return
        strong_user = {"tool"}  # an agent's turns around its tool calls
    else:
        strong_user = {r for r in roles if _side(r) not in ("bot", "tool")} - _WEAK_PAIRS
    alternations = sum(1 for a, b in itertools.pairwise(sides) if a != b)
    if not (strong_bot and strong_user) and headers:
        return  # "## User" / "## Model": a document's sections until a chat's roles name them
    if not (strong_bot and strong_user) and alternations < 3 and not _talk(target, turns):
        return  # "model: x / user: y" is a config block until speakers really alternate
    content = 0
    for (_, end, _), nxt in zip(turns, [*turns[1:], (len(target), 0, "")], strict=False):
        said = target[end : nxt[0]].strip()
        content += len(said.encode("utf-8", "surrogatepass"))  # a CJK character says more
    if content < 24 or _config_block(target, turns):
        return
    if all_facts([target[end : nxt[0]] for (_, end, _), nxt in
                  zip(turns, [*turns[1:], (len(target), 0, "")], strict=False)]):
        return  # "User: ci-bot (read-only). Assistant: disabled": facts keyed by role words
    hits.append((PROMPT, 1, turns[0][0], min(len(text), turns[-1][1] + 1), "transcript-turns"))


_ENTRY_ENDS = ("\n", "|", ";", ",")


def _config_block(target: str, turns: list[tuple[int, int, str]]) -> bool:
    """Every "turn" holds one token before its entry ends (a line break, ``|``, ``;`` or ``,``):
    ``model: claude-3-haiku | user: deploy | ...`` is a config dump (the roles are its keys, and
    the length between them is other entries), never two people talking."""
    for (_, end, _), nxt in zip(turns, [*turns[1:], (len(target), 0, "")], strict=False):
        said = target[end : nxt[0]].lstrip(" \t\n*#>")  # a header's turn starts on the next line
        for mark in _ENTRY_ENDS:
            said = said.split(mark, 1)[0]
        if len(said.split()) > 1 or not said.isascii():  # (CJK says a sentence without blanks)
            return False
    return True


def _talk(target: str, turns: list[tuple[int, int, str]]) -> bool:
    """Every turn says something: four or more words (or, in CJK, a dozen characters)."""
    for (_, end, _), nxt in zip(turns, [*turns[1:], (len(target), 0, "")], strict=False):
        said = target[end : nxt[0]].strip()
        if len(said.split()) < 4 and len(said.encode("utf-8", "surrogatepass")) < 36:
            return False
    return True
