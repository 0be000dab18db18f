"""Prompt cue: speakers with any name taking turns ("Alice: ... Bot: ..."), and a transcript
flattened onto one line ("USER: ... AI: ...").

Why its own module: split out of ``cues.py`` (which calls it) so each cue family reads alone.
"""

from __future__ import annotations

import itertools

from handoff.privacy.cue_words import PROMPT, _Hit
from handoff.privacy.factturns import all_facts
from handoff.privacy.lazy_re import rx as _rx

# -- speakers with any name ----------------------------------------------------------------------
#
# "Alice: ... Bot: ...", "Kim: ... Sage: ... Kim: ...", "USER> ... ASSISTANT> ...", "[Tom] ...
# [Bot] ...", on separate lines or flattened onto one. Two labels that alternate are a dialogue;
# with a bot-like label two turns are enough, between two plain names it takes four and a
# question. Labels that are an engineer's field names (Next:, Fix:, Status:) never count.

_SPEAKER = (
    r"[\n.!?|/\u2014\"')](?:(?<=\n)|(?<=[.!?|/\u2014])(?P<sp>[ \t]++)|(?<=[.!?][\"')])(?P<sq>[ \t]++))"
    r"[ \t>*-]*+"
    r"(?:\[(?P<br>[a-z][a-z0-9 _-]{0,18}+)\]"
    r"|(?P<lab>[a-z][a-z0-9_-]{0,15}+(?: [a-z][a-z0-9_-]{0,11}+)?+(?: \([a-z][a-z0-9 ._-]{0,15}\))?+)"
    r"[ \t]*(?::|>>?|\uff1a)(?!//))(?:\*\*)?[ \t]+(?=\S)"
)
_BOTISH = frozenset(("bot", "ai", "assistant", "gpt", "chatgpt", "claude", "gemini", "copilot",
                     "llm", "model", "helper", "tutor", "support", "response", "completion",
                     "agent", "answer", "a", "grok", "llama", "mistral", "deepseek", "qwen"))
_WEAK_BOT = frozenset(("a", "answer", "response", "completion", "agent", "support", "helper",
                       "model"))
_FIELD_LABELS = frozenset((
    "next", "status", "decision", "note", "notes", "todo", "goal", "context", "cause", "fix",
    "result", "results", "error", "warning", "info", "debug", "step", "steps", "why", "what",
    "where", "when", "how", "summary", "blocked", "blocker", "done", "pr", "issue", "branch",
    "commit", "owner", "eta", "risk", "impact", "action", "actions", "validation", "runtime",
    "pointer", "rationale", "before", "after", "expected", "actual", "input", "output", "test",
    "tests", "ci", "build", "deploy", "env", "host", "port", "path", "file", "line", "type",
    "name", "key", "value", "id", "url", "ref", "see", "tl;dr", "tldr", "update", "fyi", "ps",
    "nb", "re", "subject", "from", "to", "cc", "date", "time", "version", "model", "user", "role",
    "request", "method", "q", "example", "http", "https", "git", "run", "cmd", "command",
))


def _label_words(label: str) -> list[str]:
    """The words of a speaker label, a parenthetical's too (``agent (ai)``)."""
    return label.replace("(", " ").replace(")", " ").split()


def _setting_label(label: str) -> bool:
    """``Main model:``, ``weak model:``, ``editor model:``: a qualified "model" names a setting
    (which model a tool runs), never a speaker; a model speaking is labelled by its name."""
    words = _label_words(label)
    if len(words) == 2 and words[0] in _BOTISH and words[1] in _PROPERTIES:
        return True  # "model health:", "bot status:", "assistant latency:": a property of it
    return len(words) == 2 and words[1] == "model" and words[0] not in _BOTISH


_PROPERTIES = frozenset(("health", "status", "state", "latency", "quota", "errors", "uptime",
                         "load", "version", "config", "mode", "limit", "limits", "usage", "cost",
                         "costs", "metrics", "alerts", "incidents", "owner", "timeout", "retries"))
"""Nouns that, after a model's or a bot's word, make the label a property of it (a health
report's key), never a speaker's name."""


_STOP_AT_THIRD_LABEL = True
"""A shortcut (``tests/test_privacy_gates.py`` switches it off and expects the same findings):
the verdict below needs exactly two distinct labels, so a third ends the search."""


def _speakers(lo: str, hits: list[_Hit]) -> None:
    if lo.count(": ") + lo.count("> ") + lo.count("] ") < 2:
        return
    turns: list[tuple[int, int, str]] = []
    seen: set[str] = set()
    # A turn starts the text, a line (at its line break) or a sentence (at the blanks after
    # it). The pattern starts with the character before the turn, a character class ``re``
    # skips to in C, so it is run on the text behind a line break (the text's start is one).
    for m in _rx(_SPEAKER).finditer("\n" + lo):
        label = (m.group("lab") or m.group("br") or "").strip()
        seen.add(label)
        if len(seen) > 2 and _STOP_AT_THIRD_LABEL:
            return  # a third label: never two speakers taking turns (the test below), so the
            # rest of the text need not be searched (an engineer's note has many labels)
        blanks = m.start("sp") if m.group("sp") is not None else m.start("sq")
        start = (m.start() if blanks < 0 else blanks) - 1
        turns.append((max(0, start), m.end() - 1, label))
    if len(turns) < 2:
        return
    labels = [t[2] for t in turns]
    distinct = set(labels)
    if len(distinct) != 2:
        return
    alternations = sum(1 for a, b in itertools.pairwise(labels) if a != b)
    if alternations < 1:
        return
    said = [lo[end:nxt].strip() for (_, end, _), nxt in
            zip(turns, [t[0] for t in turns[1:]] + [len(lo)], strict=False)]
    if any(len(s.split()) < 3 for s in said):
        return
    bot = {lab for lab in distinct if set(_label_words(lab)) & _BOTISH and not _setting_label(lab)}
    if len(bot) == 2:
        return
    if not bot and distinct & _FIELD_LABELS:
        return
    if bot:
        other = (distinct - bot).pop()
        if other in _FIELD_LABELS - {"user", "q"}:
            return
        if "?" not in lo and len(said[0].split()) < 5:
            return
        weak = all(set(_label_words(lab)) <= _WEAK_BOT for lab in bot)
        if weak and other not in ("prompt", "user", "human", "me", "instruction") and (
            alternations < 3
        ):
            return  # "Q: ... A: ..." once is an FAQ entry; a chat goes on
    elif alternations < 3 or "?" not in lo:
        return
    if all_facts(said):
        return  # every "turn" is a fact's value keyed by a role word
    hits.append((PROMPT, 1, turns[0][0], turns[-1][1], "transcript-turns"))


# -- a transcript flattened onto one line, no punctuation between the turns ----------------------
#
# "USER: rename the helper and update the callers AI: The flakiness comes from ...": a user's
# label opens the text (or a line), and a model's label follows after any blank. Only strong
# labels on both sides (never Q/A, which is an FAQ entry), and each turn says three words.

_ONE_USERS = ("user", "human", "you", "me", "prompter", "operator", "usuario", "benutzer", "nutzer",
              "utilisateur", "utente")
_ONE_USER = "(?:" + "|".join(_ONE_USERS) + ")"
_ONE_BOT = (r"(?:assistant|ai|bot|chatbot|copilot|llm|bard|asistente|assistent|assistente"
            r"|gpt(?:-?[0-9][a-z0-9.-]*)?|(?:chatgpt|claude|gemini|grok|llama|mistral|deepseek|qwen"
            r"|codex)"
            r"(?:[-.][0-9a-z][a-z0-9.-]*|[0-9][a-z0-9.-]*)?)")
_ONE_LINE = (r"[ \t>*_-]*(?:\[[0-9:]{4,8}\][ \t]*)?(?P<ob>\[)?(?P<u>" + _ONE_USER
             + r")(?(ob)\]|(?:[ \t]*\([a-z][a-z ._-]{0,15}\))?[ \t]*[:>])[ \t]+(?P<said>\S[^\n]*?)[ \t]"
             r"(?P<bb>\[)?(?P<b>" + _ONE_BOT + r")(?(bb)\]|(?:[ \t]*\([a-z][a-z ._-]{0,15}\))?[ \t]*:)"
             r"[ \t]+(?P<reply>\S)")
"""``User: ... Assistant: ...`` or ``[user] ... [assistant] ...`` on one line (a tag in brackets
needs no colon: the bracket is its mark)."""
_ONE_USER_BYTES = frozenset(w.encode() for w in _ONE_USERS)
_ONE_LINE_BYTES = frozenset(w.encode() for w in (
    "assistant", "ai", "bot", "chatbot", "chatgpt", "copilot", "llm", "bard", "asistente",
    "assistent", "assistente", "gpt", "claude", "gemini", "grok", "llama", "mistral", "deepseek",
    "qwen", "codex"))


def _one_line(lo: str, present: frozenset[bytes], hits: list[_Hit]) -> None:
    """Starts from each user label the text's words hold, and matches only at the start of its
    line (a label opens a turn): never a search from every position."""
    if lo.count(":") + lo.count("]") < 2:
        return
    rx = _rx(_ONE_LINE)
    for user in _ONE_USERS:
        if user.encode() not in present:
            continue
        at = lo.find(user)
        while at >= 0:
            line = lo.rfind("\n", 0, at) + 1
            m = rx.match(lo, line) if at - line <= 16 else None
            if m is not None and m.start("u") == at:
                reply = lo[m.start("reply"):].split("\n", 1)[0]
                if len(m.group("said").split()) >= 3 and len(reply.split()) >= 3 and not (
                    all_facts([m.group("said"), reply])
                ):  # "User: 4812 active sessions. Assistant: 312 requests/min": facts
                    hits.append((PROMPT, 1, m.start("u"), m.end("b"), "transcript-turns"))
                    return
            at = lo.find(user, at + len(user))


# -- session 21: a bot's or a model's prose pasted into a team's thread --------------------------
#
# "\U0001f916 incident-copilot: This alert looks like a false positive ...", "claude-review[bot]:"
# above a paragraph, "Opsgenie \u203a AI summary:", "the AI reviewer's comment on #5811:". A bot
# that reports a status ("ai-reviewer: reviewed 38 files, 4 comments") says no sentence; a
# model says several, in its own voice: what it checked, what is likely, what it suggests.
# The speaker must be named a bot, not merely be the store's author ("written by codex",
# "claude-code on ws-1 recorded:"): an agent's own handover note is what the store is for.

_BOT_SPEAKER = (r"(?im)^[ \t>*-]*(?:\U0001f916|:robot(?:_face)?:)[ \t]*[^\n:]{0,40}:"
                r"|^[ \t>*-]*@?[\w.-]{0,30}\[bot\][ \t]*:"
                r"|^[ \t>*-]*@?[\w.-]{0,24}(?:-bot|bot|-copilot|copilot|-ai|-assistant|-gpt|-review(?:er)?)"
                r"(?<!robot)[ \t]*:"
                r"|\b(?:ai|ki|ia|llm|gpt|copilot|bot|assistant)(?:'s)?[ \t-]+(?:summary|triage|reviewer'?s?|review"
                r"|reply|answer|response|analysis|suggestion|comment|note)\b[^\n]{0,60}:[ \t]*$"
                r"|\bnote added by (?:ai|the ai|an ai|copilot|the bot|a bot)\b")
_VOICE = (r"(?i)\b(?:i(?:'ve| have)? (?:checked|looked|reviewed|analy[sz]ed|noticed|found|compared)|i have not"
          r"|i(?:'d| would) (?:suggest|recommend)|i (?:suggest|recommend)|looks like|most likely|is likely"
          r"|likely (?:cause|trigger)|you (?:may|might|could) (?:want|consider)|consider (?:adding|using|moving)"
          r"|suggested (?:next step|change|fix)|should (?:resolve|fix)|no action needed|thanks for the (?:pr|change)"
          r"|ich habe mir|ich w\u00fcrde|vorschlagen|empfehle|wahrscheinlich|te recomiendo|sugiero|recomiendo"
          r"|probablemente|je (?:sugg\u00e8re|recommande)|probablement|sugiro|recomendo|provavelmente"
          r"|\u0440\u0435\u043a\u043e\u043c\u0435\u043d\u0434\u0443\u044e"
          r"|\u0441\u043a\u043e\u0440\u0435\u0435 \u0432\u0441\u0435\u0433\u043e)"
          r"|\u5efa\u8bae|\u5f88\u53ef\u80fd|\u6211\u62c5\u5fc3|\u63a8\u5968|\u53ef\u80fd\u6027\u304c|\u3068\u601d\u3044\u307e\u3059"
          r"|\uad8c\uc7a5|\uac83 \uac19\uc2b5\ub2c8\ub2e4|\uac00\ub2a5\uc131")


def bot_prose_hits(text: str, hits: list[_Hit]) -> None:
    """Add a prompt finding where a speaker named a bot (or a line saying an AI wrote what
    follows) is followed by a model's prose: two sentences, one in a model's voice."""
    m = _rx(_BOT_SPEAKER).search(text)
    if m is None:
        return
    said = text[m.end():m.end() + 1500]
    voice = _rx(_VOICE).search(said)
    if voice is None:
        return
    cjk = sum(1 for ch in said if ord(ch) >= 0x2e80)
    words = len(said.split())
    sentences = len(_rx(r"[.!?\u3002\uff01\uff1f](?:\s|$)|[\u3002\uff01\uff1f]").findall(said))
    if (words < 14 and cjk < 25) or sentences < 1:
        return
    hits.append((PROMPT, 1, m.start(), len(text), "transcript-turns"))
