"""Aggregators of the rule table: turn every match of a rule's pattern in a text into the spans
to report, where one match alone proves nothing (a ``User:`` line needs an ``Assistant:`` line; a
cookie header needs a session-like name).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from handoff.privacy.factturns import all_facts
from handoff.privacy.lazy_re import rx as _rx
from handoff.privacy.values import (
    is_placeholder,
    looks_random,
)

if TYPE_CHECKING:
    from re import Match


# --------------------------------------------------------------------------------------------
# Aggregators for prompt and conversation shapes

_USER_ROLES = frozenset(("user", "human", "you", "customer", "prompter"))
_BOT_ROLES = frozenset(
    ("assistant", "ai", "bot", "chatbot", "chatgpt", "claude", "gemini", "copilot", "llm", "gpt")
)


def _line_end(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    esc = text.find("\\n", pos)
    if end < 0 or (0 <= esc < end):
        end = esc
    return len(text) if end < 0 else end


_ROLES = ("user", "human", "you", "customer", "prompter", "system", "assistant", "ai", "bot",
          "chatbot", "chatgpt", "claude", "gemini", "copilot", "llm", "gpt")
# Long role names are gated as words (free); short ones as tags, so "main" or "robot" never
# make the rule look at every "ai" or "bot" inside a word.
_ROLE_KEYWORDS = tuple(r for r in _ROLES if len(r) >= 4) + tuple(
    f"{r}{t}" for r in _ROLES if len(r) < 4 for t in (":", "**:")
)
_TAG_PREFIX = frozenset(" \t>*_#-[")


def _line_start(text: str, pos: int) -> bool:
    """Only markers (``>``, ``**``, ``-``, ``[``) and an optional ``[10:02]`` stamp precede ``pos``
    on its line (a line also starts after a JSON-escaped ``\\n``)."""
    i = pos
    while i > 0 and text[i - 1] in _TAG_PREFIX:
        i -= 1
    if (i >= 4 and text[i - 1] == "]") or (i >= 4 and text[i - 1].isdigit()):
        j = i - 1 if text[i - 1] == "]" else i
        k = j
        while k > 0 and (text[k - 1].isdigit() or text[k - 1] == ":"):
            k -= 1
        if ":" in text[k:j] and j - k >= 4:
            i = k - 1 if k and text[k - 1] == "[" else k
            while i > 0 and text[i - 1] in _TAG_PREFIX:
                i -= 1
    return i == 0 or text[i - 1] == "\n" or (i >= 2 and text[i - 2 : i] == "\\n")


def _transcript_gate(keywords: Sequence[str]) -> bool:
    """``_transcript`` needs a bot-side turn and a user-side (or system) turn, and a turn is
    found only where its role's keyword is: so a keyword of each side must be in the text."""
    roles = {k.rstrip("*:") for k in keywords}
    return not roles.isdisjoint(_BOT_ROLES) and not roles.isdisjoint(_USER_SIDE)


_USER_SIDE = _USER_ROLES | {"system"}


def _transcript(ms: Sequence[Match[str]]) -> list[tuple[int, int]]:
    """Role-tagged turns: at least one user-side and one assistant-side turn with some text."""
    if not ms:
        return []
    text = ms[0].string
    ms = [m for m in ms if _line_start(text, m.start())]
    if not ms:
        return []
    roles = {m.group(1) for m in ms}
    has_user = bool(roles & _USER_ROLES)
    has_bot = bool(roles & _BOT_ROLES)
    if not (has_bot and (has_user or "system" in roles)):
        return []
    content = sum(_line_end(text, m.end()) - m.end() for m in ms)
    if content < 24 or all_facts([text[m.end() : _line_end(text, m.end())] for m in ms]):
        return []  # "User: ci-bot\nAssistant: disabled": facts keyed by role words
    return [(ms[0].start(1), _line_end(text, ms[-1].end()))]


_INSTRUCTION_HEADS = frozenset(("instruction", "human", "user", "question", "input", "prompt"))
_RESPONSE_HEADS = frozenset(("response", "assistant", "answer", "output"))


def _instruction_template(ms: Sequence[Match[str]]) -> list[tuple[int, int]]:
    if not ms:
        return []
    heads = {m.group(1) for m in ms}
    if heads & _INSTRUCTION_HEADS and heads & _RESPONSE_HEADS:
        return [(ms[0].start(), ms[-1].end())]
    if "system" in heads and len(heads) >= 2:
        return [(ms[0].start(), ms[-1].end())]
    return []


def _sentence_start(text: str, pos: int) -> bool:
    i = pos - 1
    while i >= 0 and text[i] in " \t*_>#-":
        i -= 1
    if i < 0 or text[i] in "\n.!?\"'`:([":
        return True
    return i >= 1 and text[i - 1 : i + 1] == "\\n"


def _system_prompt(ms: Sequence[Match[str]]) -> list[tuple[int, int]]:
    """One strong sign ("You are a helpful assistant") or two instruction-style phrases."""
    if not ms:
        return []
    strong = [m for m in ms if m.lastgroup == "strong"]
    if strong:
        return [(strong[0].start(), strong[-1].end())]
    text = ms[0].string
    weak = []
    for m in ms:
        if m.lastgroup == "persona" and not _sentence_start(text, m.start()):
            continue
        weak.append(m)
    distinct = {m.group(0) for m in weak}
    if len(distinct) >= 2:
        return [(weak[0].start(), weak[-1].end())]
    return []


def _message_list(m: Match[str]) -> bool:
    """A role object counts when it holds content/parts itself, as a message does, and some
    of it is written out: a list whose every content is a variable (``"content": user_input``)
    is the code that builds a conversation, not one. The object, not the text: an agent's
    event log puts ``"role": "assistant"`` beside ``"stop_reason"`` and ``"usage"`` in one
    record and a tool's ``"content"`` in another, and neither is a turn. A ``tool`` or
    ``function`` role is a tool's result, not a turn either (the turns around it still count)."""
    if m.group(0).endswith("="):
        return True
    if m.group(0)[:-1].endswith(("tool", "function")):
        return False
    text = _own_object(m.string, m.start(), m.end())
    if not any(k in text for k in ('"content"', "'content'", '"parts"', "'parts'")):
        return False
    if _tool_blocks_only(text):
        return False
    return any(not v[:1].isidentifier() for v in _content_values(text))


_TOOL_BLOCKS = ('"tool_result"', "'tool_result'", '"tool_use"', "'tool_use'")
_TEXT_KEY = r"[\"'](?:text|thinking)[\"'][ \t]*:"
"""A text block's own key (``{"type": "text", "text": ...}``, ``input_text``/``output_text``
blocks have it too, ``thinking`` blocks theirs): a ``"type": "text"`` without it is a tool's
file read (``{"type": "text", "file": {...}}``), and an escaped ``\\"text\\":`` sits inside a
tool result's string: neither is a turn's words (session 19)."""


def _tool_blocks_only(text: str) -> bool:
    """A message whose content is only tool blocks (``"role": "user", "content": [{"type":
    "tool_result", "content": "exit status 1"}]``): an agent's session log records a tool's
    result under the user's role and the model's tool call under its own, and neither holds a
    word of the conversation. A message with a text block among them is a turn (the model's
    narration beside its call, the user's words beside a result)."""
    return any(b in text for b in _TOOL_BLOCKS) and _rx(_TEXT_KEY).search(text) is None


def _own_object(text: str, start: int, end: int, reach: int = 4000) -> str:
    """The innermost ``{...}`` around ``text[start:end]`` (braces counted, strings not
    parsed: a brace inside a string can only widen or narrow the span by a nested object),
    within ``reach`` characters either side; an unclosed side runs to that limit. Only the
    braces are visited (found by ``str.find`` in C), not every character."""
    lo = max(0, start - reach)
    left, depth, i = lo, 0, start
    while True:
        i = max(text.rfind("{", lo, i), text.rfind("}", lo, i))
        if i < 0:
            break
        depth += 1 if text[i] == "}" else -1
        if depth < 0:
            left = i
            break
    hi = min(len(text), end + reach)
    right, depth, j = hi, 0, end
    while True:
        opens, closes = text.find("{", j, hi), text.find("}", j, hi)
        if closes < 0:
            break
        if 0 <= opens < closes:
            depth, j = depth + 1, opens + 1
        elif depth:
            depth, j = depth - 1, closes + 1
        else:
            right = closes + 1
            break
    return text[left:right]


def _content_values(text: str) -> list[str]:
    """What follows each ``"content":`` / ``"parts":`` key, from its first character."""
    found = []
    for key in ('"content"', "'content'", '"parts"', "'parts'"):
        at = text.find(key)
        while at >= 0:
            rest = text[at + len(key):at + len(key) + 40].lstrip(" \t")
            if rest[:1] in (":", "="):
                found.append(rest[1:].lstrip(" \t") or "\"")
            at = text.find(key, at + 1)
    return found or ['"']


_OUTPUT_WEIGHTS = {"s3": 3, "s2": 2, "s1": 1}
_OUTPUT_CEILING = {
    "in summary,": 1, "to summarize,": 1, "key takeaways": 1, "great question": 1,
    "good luck with": 1, "happy to help": 2, "glad to help": 2, "happy coding": 2,
    "have real-time": 2, "have access to real": 2,
}
"""The most points the phrases starting with these keywords can add (each phrase counts once);
every other keyword of model-output can reach 3 on its own."""


def _model_output_gate(keywords: Sequence[str]) -> bool:
    """``_model_output`` needs 3 points; "in summary," alone (common in notes) cannot make them."""
    return sum(_OUTPUT_CEILING.get(k, 3) for k in keywords) >= 3


def _model_output(ms: Sequence[Match[str]]) -> list[tuple[int, int]]:
    """Chatbot phrasing adding up to 3 points (openers, sign-offs, "as an AI language model")."""
    if not ms:
        return []
    seen: set[str] = set()
    score = 0
    for m in ms:
        phrase = m.group(0)
        if phrase in seen:
            continue
        seen.add(phrase)
        score += _OUTPUT_WEIGHTS.get(m.lastgroup or "", 0)
    if score >= 3:
        return [(ms[0].start(), ms[-1].end())]
    return []


_SESSION_WORDS = ("sess", "sid", "token", "auth", "jwt", "remember", "login", "csrf", "xsrf")


def _cookie_values(ms: Sequence[Match[str]]) -> list[tuple[int, int]]:
    """Session-like ``name=value`` pairs in a cookie header whose value looks random."""
    spans: list[tuple[int, int]] = []
    for m in ms:
        header, base = m.group(1), m.start(1)
        if "=" not in header:
            continue
        offset = 0
        for pair in header.split(";"):
            name, sep, value = pair.partition("=")
            start = base + offset + len(name) + 1
            offset += len(pair) + 1
            name = name.strip().lower()
            value = value.strip().split(" ")[0].rstrip(",")
            if sep and any(w in name for w in _SESSION_WORDS) and looks_random(value, 12):
                start += pair[len(pair.partition("=")[0]) + 1 :].index(value)
                spans.append((start, start + len(value)))
    return spans


def _k8s_secret(ms: Sequence[Match[str]]) -> list[tuple[int, int]]:
    """A ``kind: Secret`` manifest with values under ``data:``/``stringData:``."""
    if not ms:
        return []
    if not any(m.lastgroup == "kind" for m in ms):
        return []
    spans: list[tuple[int, int]] = []
    for m in ms:
        if m.lastgroup == "json":
            value = m.group("jv")
            if not is_placeholder(value):
                spans.append((m.start("jv"), m.end("jv")))
        elif m.lastgroup == "data":
            spans.extend(_yaml_block_values(m.string, m.end(), len(m.group("indent"))))
    return spans


def _yaml_block_values(text: str, pos: int, indent: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for _ in range(64):
        if pos >= len(text) or text[pos] != "\n":
            break
        end = text.find("\n", pos + 1)
        end = len(text) if end < 0 else end
        line = text[pos + 1 : end]
        stripped = line.lstrip(" \t")
        if not stripped:
            pos = end
            continue
        if len(line) - len(stripped) <= indent:
            break
        key, sep, value = stripped.partition(":")
        value = value.strip().strip("\"'")
        if sep and value and not is_placeholder(value) and value not in ("|", ">", "|-", ">-"):
            start = pos + 1 + line.index(value, len(line) - len(stripped) + len(key))
            spans.append((start, start + len(value)))
        pos = end
    return spans


