"""Prompt and conversation detection by structure: the second signal beside the phrase rules.

The phrase rules in ``rules.py`` know what a system prompt or a chatbot opener says. Text
written to or by a model often carries no such phrase; what it does carry is structure:

- turns: two speakers taking turns, whatever the notation (``User: ... Assistant: ...`` on one
  line, ``[user]`` without a colon, ``<user>...</user>``, ``### Assistant`` headers, speaker
  names outside the phrase rules' list, role names in other languages);
- records: conversation data in JSON with the keys datasets and agents use (prompt/completion,
  instruction/input/output, from/value, speaker/text, an agent's own session log, tool calls);
- traces: ReAct-style ``Thought:`` / ``Action:`` / ``Observation:`` steps;
- framing: a label that says what follows is a model's verbatim output ("its full response
  was:", "the assistant replied:");
- address: text written to a model, measured as a density of second-person requests and
  instruction cues ("can you", "please", "your task:", "from now on", "the following"), in
  English and in the languages users write prompts in (de, es, fr, pt, ru, zh, ja).

Each cue is cheap to rule out: the scanner computes the text's words once, and a cue whose
words are absent costs one set test. Patterns compile on first use.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from typing import TYPE_CHECKING

from handoff.privacy import framing, productcopy, snapshot, terse
from handoff.privacy.lazy_re import rx as _rx
from handoff.privacy.patterns import lookbehind_gate

if TYPE_CHECKING:
    import re

__all__ = ["GATE_WORDS", "prompt_hits"]

PROMPT = "prompt"
_Hit = tuple[str, int, int, int, str]

_USER = ("user", "human", "you", "me", "customer", "prompter", "client", "usuario", "benutzer",
         "nutzer", "utilisateur", "usuario", "question", "q")
_BOT = ("assistant", "ai", "bot", "chatbot", "chatgpt", "gpt", "claude", "gemini", "copilot",
        "llm", "model", "grok", "llama", "mistral", "deepseek", "qwen", "bard", "codex", "cursor",
        "asistente", "assistent", "assistente", "kimi", "answer", "a", "response", "agent")
_SYSTEM = ("system", "sistema", "developer")
_ROLE_WORDS = frozenset(_USER + _BOT + _SYSTEM + ("utente", "gebruiker", "pengguna", "kunde",
                                                   "asystent", "asistan", "asisten", "asistent",
                                                   "utilizator", "avustaja", "asszisztens")) - {
    "q", "a", "me", "you", "answer", "question", "response", "agent", "model", "client"}
"""A role word among the text's words lets the turn cue run (short ones need company)."""

_JSON_WORDS = frozenset(("prompt", "completion", "instruction", "conversations", "chosen",
                         "rejected", "speaker", "from", "system", "human", "gpt", "assistant",
                         "user", "query", "response", "messages", "turns", "utterance", "tool",
                         "type", "role", "output", "input", "answer", "question", "text",
                         "function", "arguments", "reply", "request", "event"))
_REACT_WORDS = frozenset(("thought", "observation"))
_LABEL_WORDS = frozenset(("said", "replied", "responded", "answered", "wrote", "output",
                          "response", "reply", "answer", "verbatim", "returned", "says",
                          "replies", "answers"))
_ADDRESS_WORDS = frozenset(("please", "can", "could", "would", "you", "your", "me", "following",
                            "now", "write", "explain", "summarize", "summarise", "translate",
                            "generate", "rewrite", "pretend", "imagine", "task", "act", "answer",
                            "respond", "reply", "describe", "list", "give", "tell", "show",
                            "help", "want", "need", "like", "i"))
_FOREIGN_ASCII = frozenset(("bitte", "kannst", "du", "schreibe", "schreib", "erklaere", "antworte",
                            "assistent", "por", "favor", "puedes", "eres", "escribe", "explica",
                            "traduce", "responde", "asistente", "peux", "pouvez", "tu", "vous",
                            "explique", "traduis", "assistant", "voce", "pode", "escreva",
                            "traduza", "responda", "assistente", "sei", "ein", "eine", "un",
                            "una", "um", "uma", "es", "est", "bist", "voici", "claro", "gerne",
                            "hoffe", "espero", "cela", "aqui", "natuerlich", "jetzt", "antwortest",
                            "antworte", "schreibe", "erklaere", "fasse", "folgenden", "escreva",
                            "actua", "agis", "ecris", "supuesto", "scrivimi", "spiegami",
                            "riassumi", "poesia", "racconto", "parole", "favore", "puoi",
                            "potresti", "grazie", "schrijf", "verhaal", "gedicht", "leg",
                            "alsjeblieft", "bedankt", "escribeme", "cuento", "poema", "resume",
                            "gracias", "escreva", "resuma", "explique", "jeito", "obrigado",
                            "obrigada", "merci", "reformuler", "reformule", "schreib", "danke",
                            "geschichte", "kun", "dimmi", "dime", "fass"))

_REQUEST_WORDS = frozenset((
    "act", "behave", "roleplay", "role", "pose", "pretend", "imagine", "character", "now", "want",
    "like", "given", "will", "write", "compose", "draft", "generate", "create", "give", "tell",
    "make", "come", "suggest", "invent", "brainstorm", "list", "name", "produce", "craft",
    "translate", "rewrite", "rephrase", "paraphrase", "proofread", "summarize", "summarise",
    "convert", "explain", "describe", "pros", "task", "job", "goal", "instructions", "objective",
    "respond", "answer", "reply", "return", "output", "only", "words", "sentences", "terms",
    "step", "think", "keep", "apologize", "apologise", "commentary", "difference", "example",
    "sound", "sounds", "need", "sure", "certainly", "absolutely", "course", "question",
    "problem", "gladly", "know", "anything", "free", "hope", "help", "sorry", "language", "here",
    "below", "can", "could", "would", "please", "show", "send", "following", "how", "best",
    "possible", "which", "you", "your", "compare", "classify", "extract", "outline", "critique",
    "recommend", "teach", "convince", "format", "tone", "constraints", "persona", "system",
))

GATE_WORDS = frozenset(
    w.encode() for w in (*_ROLE_WORDS, *_JSON_WORDS, *_REACT_WORDS, *_LABEL_WORDS,
                         *_ADDRESS_WORDS, *_FOREIGN_ASCII, *_REQUEST_WORDS, *_BOT, "chatbot",
                         "llm", "copilot", "gemini", "model")
).union(framing.CLI_GATE)
"""Words the scanner looks up among each text's words for these cues (one set intersection)."""



def _has(present: frozenset[bytes], words: Iterable[str]) -> bool:
    return any(w.encode() in present for w in words)


def prompt_hits(text: str, view: str, lo: str, words: bytes, present: frozenset[bytes],
                hits: list[_Hit]) -> None:
    """Add prompt findings for the structural cues found in the text. ``words`` is the
    scanner's word mask (lower-cased ASCII letters, everything else blank) with a blank added
    at each end, so `` word `` finds a whole word with one C-level search."""
    if len(lo) <= terse.MAX and terse.is_terse_request(lo):
        hits.append((PROMPT, 1, 0, len(lo), "request-to-model"))  # "eli5 raft": shorter than any cue reads
    if len(view) < 16 and (text.isascii() or len(text) < 6):
        return  # (a CJK request says in 8 characters what English says in 30)
    foreign = False
    if not text.isascii():
        extra = len(text.encode("utf-8", "surrogatepass")) - len(text)
        foreign = extra >= 8 and extra * 20 >= len(text)  # a script other than Latin, mostly
    text_turns = _escaped_breaks(text) if "\\n" in text else text
    lo_turns = lo  # (the scanner's view already reads an escaped break as a line break)
    if foreign or not present.isdisjoint(_ROLE_BYTES):
        _turns(text_turns, lo_turns, present, foreign or not text.isascii(), hits)
    if ('"' in view or "'" in view) and not present.isdisjoint(_JSON_BYTES):
        _records(lo, hits)
    before = len(hits)
    if not present.isdisjoint(_REACT_BYTES) and ("thought" in lo or "observation:" in lo):
        _react(lo, hits)
    elif not present.isdisjoint(_REACT_MORE):
        _react(lo if text.isascii() else text.lower(), hits)
    if (b"action" in present and (b"input" in present or b"final" in present)) and len(hits) == before:
        _react_inline(lo, hits)
    if (not text.isascii() or not present.isdisjoint(_REACT_OTHER_BYTES)) and len(hits) == before:
        _react_more(text.lower(), hits)
    if not present.isdisjoint(_LABEL_BYTES):
        _labelled_output(lo, words, present, hits)
    if (not present.isdisjoint(_QUOTE_WORDS) or (
            not present.isdisjoint(_QUOTE_GATE) and not present.isdisjoint(_ANSWER_NOUNS))) and (
            ":" in lo or "--" in lo or "\u2014" in lo):
        _quoted_output(lo, words, present, hits)
    if not present.isdisjoint(_ADDRESS_BYTES):
        _address(lo, present, hits)
    before = len(hits)
    _request(lo, words, present, hits)
    if len(hits) > before and productcopy.is_product_copy(lo, present):
        del hits[before:]  # the product speaking to its user, not a person to a model
    if "?" in lo or not present.isdisjoint(_ROLE_BYTES):
        _speakers(lo_turns, hits)
    if not present.isdisjoint(_ONE_LINE_BYTES) and not present.isdisjoint(_ONE_USER_BYTES):
        _one_line(lo_turns, present, hits)
    framing.label_hits(text, present, hits)
    framing.tag_hits(lo, present, hits)
    if b"user" in present and "the user" in lo:
        _principal(lo, hits)
    if ":" in lo or "\uff1a" in text or " - " in lo or "\u2014" in lo:
        framing.request_label_hits(text, present, hits)
    framing.addressed_hits(text, present, hits)
    if not any(h[4] == "model-addressed" for h in hits):  # "Gemini: summarise this" calls it
        framing.turn_hits(text, lo, present, hits)
    if "\n#" in lo or lo.startswith("#"):
        framing.history_hits(lo, present, hits)
    framing.summary_hits(lo, present, hits)
    framing.api_hits(lo, present, hits)
    if ("] " in text and ":" in text) or ("> " in text and "<" in text):
        framing.chat_export_hits(text, hits)
    framing.model_cli_hits(text, present, hits)
    if not text.isascii():
        framing.cli_hits(text, hits)
    if not text.isascii() or not present.isdisjoint(_FOREIGN_WORD_KEYS):
        _foreign(text.lower(), not text.isascii(), present, hits)
    if text.rstrip().endswith(_SLOT_ENDS):
        _few_shot(text.lower() if foreign or not text.isascii() else lo, hits)


_PRINCIPAL = (r"\bthe user(?:'s)? (?:said|asked|wants|wanted|mentioned|requested|prefers|told me|asks"
              r"|says|would like|explicitly|confirmed|clarified)\b")
_INTENT = r"\b(?:i'll|i will|let me|i need to|i should|i'm going to|i am going to|i can)\b"


def _principal(lo: str, hits: list[_Hit]) -> None:
    """An agent narrating its work for the one it works for: "the user" said, asked or wants
    something, and "I'll", "let me", "I need to" do it ("Wait, the user said not to touch
    the public API. I need to revert ..."). A handoff note names the user's wish too ("the
    user wants the importer to accept gzip"), but says what was done or is left, not what
    "I" am about to do in answer."""
    m = _rx(_PRINCIPAL).search(lo)
    if m is not None and _rx(_INTENT).search(lo) is not None:
        hits.append((PROMPT, 1, m.start(), m.end(), "agent-narration"))


def _escaped_breaks(text: str) -> str:
    """A literal ``\\n`` (a JSON string's escape, or a flattened transcript) read as a line
    break: the same length (a blank and a break), so spans stay valid."""
    return text.replace("\\n", "\n ")


_ROLE_BYTES = frozenset(w.encode() for w in _ROLE_WORDS)
_JSON_BYTES = frozenset(w.encode() for w in _JSON_WORDS)
_REACT_BYTES = frozenset(w.encode() for w in _REACT_WORDS)
_LABEL_BYTES = frozenset(w.encode() for w in _LABEL_WORDS)
_ADDRESS_BYTES = frozenset(w.encode() for w in ("please", "you", "your", "me", "following"))
_FOREIGN_BYTES = frozenset(w.encode() for w in _FOREIGN_ASCII - {"tu", "du", "es", "un", "um",
                                                                   "sei", "ein", "eine", "una",
                                                                   "uma", "est", "assistant",
                                                                   "vous", "por"})

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
    r"(?:(?P<br>[\[({])|(?P<xml></?)|(?P<hdr>#{1,4}[ \t]*)|(?P<bold>\*\*))?"
    r"(?P<role>" + _ROLE_NAMES + r")"
    r"(?(br)[\])}]|)(?(xml)>|)(?(bold)\*\*|)(?:[ \t]*\([a-z][a-z0-9 ._-]{0,15}\)(?=[ \t]*[:\uff1a]))?"
    r"(?P<sep>[ \t]*[:\uff1a](?!//)|(?<=[\])}])(?=[ \t])|(?<=>)|(?<=\*\*)(?=[ \t]*\n)"
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
_MARKS = frozenset(":]>*\n\uff1a)}")


def _marked_roles(target: str, present: frozenset[bytes], foreign: bool) -> int:
    """How many role words are followed by a turn mark (``:``, ``]``, ``>``, ``**``, a line
    break): a cheap count that lets the turn pattern run only where two turns can be."""
    count = 0
    roles: tuple[str, ...] = tuple(r for r in _ASCII_ROLES if r.encode() in present)
    if foreign:
        roles += _FOREIGN_ROLES
    for role in roles:
        pos = target.find(role)
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
    target = text.lower() if foreign else lo
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


# -- records -------------------------------------------------------------------------------------

_RECORD = (
    r"[\"'](?P<key>prompt|completion|instruction|system_prompt|conversations|chosen|rejected"
    r"|human|gpt|assistant|user|bot|query|response|utterance|turns|output|input|answer|question"
    r"|system|reply|request"
    r"|text|value|content|message|msg|body|from|speaker|author|sender|role|type|actor|event"
    r"|tool_calls|tool_call_id|function_call|arguments|thought|action)\\?[\"'][ \t]*:[ \t]*\\?(?P<open>[\"'\[{])"
    r"(?P<val>[^\"\n]{0,40})"
)
"""A key of conversation data and the start of its value; a key may be escaped (``\\"prompt\\"``:
a record pasted as a string inside another JSON value). The value stops at a double quote only
(``J'aimerais``); one opened by a single quote is cut at the next one in Python."""
_STRONG_KEYS = frozenset(("prompt", "completion", "instruction", "system_prompt", "conversations",
                          "system",
                          "chosen", "rejected", "utterance", "tool_calls", "tool_call_id",
                          "function_call", "thought"))
_TEXT_KEYS = frozenset(("prompt", "completion", "instruction", "human", "gpt", "assistant", "thought",
                        "user", "bot", "query", "response", "utterance", "output", "input",
                        "answer", "question", "text", "value", "content", "message", "msg",
                        "body"))
_SPEAKER_KEYS = frozenset(("from", "speaker", "author", "sender", "role", "type", "actor", "event"))
_ASKING_KEYS = frozenset(("question", "query", "request", "utterance", "prompt",
                          "instruction", "human", "user"))
_REPLYING_KEYS = frozenset(("answer", "response", "reply", "completion", "chosen", "bot",
                            "assistant", "gpt"))
"""A record holding prose under an asking key and prose under a replying key is one exchange
(``{"question": <a sentence>, "answer": <a sentence>}``, ``{"input": ..., "output": ...}``),
whatever the key convention; the same keys holding paths, ids or numbers are config. (Not
``input``/``output``: test tables and pipeline steps describe theirs in words.)"""
_PROSE_WORDS = 3
_SPEAKER_VALUES = ("user", "human", "gpt", "assistant", "ai", "bot", "model", "chatgpt", "claude",
                   "system", "tool_use", "tool_result", "function_call", "function_call_output",
                   "reasoning", "agent_message", "user_message", "assistant_message", "customer",
                   "tool", "observation", "user_prompt", "user_input", "user_query",
                   "human_message")
_RESULT_SPEAKERS = frozenset(("tool_result", "function_call_output", "tool", "observation"))
_CALL_SPEAKERS = frozenset(("tool_use", "function_call"))
_TOOL_SPEAKERS = _RESULT_SPEAKERS | _CALL_SPEAKERS
_TEXT_BLOCK = r"[\"']type[\"'][ \t]*:[ \t]*[\"'](?:text|input_text|output_text|thinking)[\"']"
"""A message's text block (``{"type": "text", "text": ...}``) beside its tool blocks."""
_TOOL_RECORD = (r"[\"'](?:type|role|event)[\"'][ \t]*:[ \t]*[\"'](?:tool_result|tool_use|tool"
                r"|function_call_output|function_call|observation)[\"']")
_BLOCK_SIDES = _TOOL_SPEAKERS | {"user", "assistant"}
"""The speakers of a record that wraps tool blocks in a message (an agent's session log puts a
tool's result under ``"role": "user"``); a record that names a user's or an assistant's
message as such (``"event": "user_message"``) holds that message's words."""
_HOLDER_KEYS = frozenset(("@speaker", "message", "msg", "body", "input", "output", "arguments"))
"""An agent's event records name speakers and nest values without holding a turn's words: a
tool's result (``"type": "tool_result"`` with an id, a flag and a byte count; an MCP result of
``"12 matches"``), an assistant turn's metadata (``"message": {"role": "assistant",
"stop_reason": ..., "usage": {...}}``, no content key). Such a record, with no prose, is a turn
only when it is the model's own tool call (``"type": "tool_use"`` with its command, or
``tool_calls``: the model's output) or it has a key that holds a turn's text (``"content":
"hi"``)."""


_BARE_CONTENT = r"[\"'](?:content|text|parts)[\"'][ \t]*:[ \t]*[a-z_]"
"""A message's text given as a variable (``"content": user_input``): the code that builds a
conversation, which holds none of its words."""


def _prose(m: re.Match[str]) -> bool:
    """The value at ``m`` is a string that says something (a few words; in another script,
    where each character reads ``?`` or is a ``\\u`` escape, a few characters), not an id, a
    path or one word."""
    if m.group("open") == "'":
        val = m.group("val").split("'")[0]
    elif m.group("open") == '"':
        val = m.group("val")
    else:
        return False
    other = val.count("?") >= 4 or val.count("\\u") >= 4
    return other or (len(val.split()) >= _PROSE_WORDS and any(c.isalpha() for c in val))


def _records(lo: str, hits: list[_Hit]) -> None:
    """Conversation data in JSON. In JSON lines (every line a ``{...}`` record) each record is
    judged on its own: an agent's event log holds an MCP result's ``"content"`` in one record
    and an assistant turn's metadata in the next, and the keys of the two together would make
    a turn neither holds. A pretty-printed or inline document is judged whole."""
    spans = _json_lines(lo)
    if not spans:
        _record(lo, 0, len(lo), hits)
        return
    for start, end in spans:
        if _record(lo, start, end, hits):
            return


def _json_lines(lo: str) -> list[tuple[int, int]]:
    """The spans of the lines when ``lo`` is two or more JSON records one a line (blank lines
    allowed, a last record cut short allowed); otherwise none."""
    spans: list[tuple[int, int]] = []
    at = 0
    for line in lo.split("\n"):
        body = line.strip()
        if body:
            if not body.startswith("{"):
                return []
            spans.append((at, at + len(line)))
        at += len(line) + 1
    if len(spans) < 2 or any(not lo[s:e].rstrip().endswith("}") for s, e in spans[:-1]):
        return []
    return spans


def _record(lo: str, pos: int, endpos: int, hits: list[_Hit]) -> bool:
    """Judge ``lo[pos:endpos]`` as conversation data; add a hit and say so when it is."""
    keys: set[str] = set()
    prose: set[str] = set()
    nested = False
    speakers = 0
    sides: set[str] = set()
    first = -1
    last = 0
    for m in _rx(_RECORD).finditer(lo, pos, endpos):
        key = m.group("key")
        if key in _SPEAKER_KEYS:
            if m.group("open") in "\"'" and m.group("val").startswith(_SPEAKER_VALUES):
                tail = m.group("val")
                word = tail.split('"')[0].split("'")[0].rstrip("\\")  # (an escaped quote ends it too)
                if word in _SPEAKER_VALUES:
                    speakers += 1
                    keys.add("@speaker")
                    sides.add(word)
                else:
                    continue
            else:
                continue
        else:
            keys.add(key)
            if _prose(m):
                prose.add(key)
            elif m.group("open") in "[{":
                nested = True
        if first < 0:
            first = m.start()
        last = m.end()
    if first < 0:
        return False
    strong = keys & _STRONG_KEYS
    texts = keys & _TEXT_KEYS
    bare = not texts and _rx(_BARE_CONTENT).search(lo, pos, endpos) is not None
    if sides and sides <= _RESULT_SPEAKERS:
        return False  # a tool's result, whatever it says (its words are the tool's, not a turn)
    says = bool(prose) or ((nested or speakers > 0) and _turn_sides(sides, keys)) or (
        bool(sides & _CALL_SPEAKERS) and _said_beside(lo, pos, endpos))
    if says and sides & _TOOL_SPEAKERS and sides <= _BLOCK_SIDES and not prose & _STRONG_KEYS and (
            _rx(_TEXT_BLOCK).search(lo, pos, endpos) is None):
        # a message of tool blocks only: words under them are a tool's input or output (a
        # to-do list, a command's "exit status 1"), a turn only beside the model's own words
        says = bool(sides & _CALL_SPEAKERS) and _said_beside(lo, pos, endpos)
    # (``"system": "linux", "user": "ci"`` is config; a tool call with paths is an event record)
    keyed = (strong and len(keys) >= 2) or (speakers and texts) or (speakers >= 2 and not bare) or (
        len(texts & {"human", "gpt", "assistant", "user", "bot"}) >= 2) or (
        bool(prose & _SESSION_TEXT_KEYS) and _rx(_SESSION_RECORD).search(lo, pos, endpos) is not None)
    if (says and keyed) or (prose & _ASKING_KEYS and prose & _REPLYING_KEYS and len(prose) >= 2):
        hits.append((PROMPT, 1, first, last, "prompt-record-json"))
        return True
    return False


_SESSION_TEXT_KEYS = frozenset(("prompt", "text"))
_SESSION_RECORD = (r"(?m)[\"']hook_event_name[\"'][ \t]*:[ \t]*[\"']userpromptsubmit"
                   r"|^[ \t]*\{[ \t]*[\"']session_id[\"'][ \t]*:[ \t]*[\"'][\w-]+[\"'][ \t]*,[ \t]*"
                   r"[\"']ts[\"'][ \t]*:[ \t]*\d+[ \t]*,[ \t]*[\"']text[\"'][ \t]*:")
"""An agent's record of what its user typed: a prompt-submit hook's payload (``"hook_event_name":
"UserPromptSubmit"`` beside ``"prompt"``), a CLI's prompt history line (``{"session_id", "ts",
"text"}``, nothing else first). Its one text key holds the prompt, with no second key of
conversation data to pair it with."""


def _turn_sides(sides: set[str], keys: set[str]) -> bool:
    """Whether a record with no prose may still be a turn (see ``_HOLDER_KEYS``)."""
    if sides and sides <= _RESULT_SPEAKERS:
        return False
    if sides & _CALL_SPEAKERS:
        return False  # a tool call alone is an event record (see ``_said_beside``)
    if keys & {"tool_calls", "function_call"}:
        return True
    return not sides or bool(keys - _HOLDER_KEYS)


def _said_beside(lo: str, pos: int, endpos: int) -> bool:
    """Whether a tool call's record (``"type": "tool_use"`` at ``lo[pos:endpos]``) comes with
    the model's own words: a line of prose outside the JSON, or another record holding prose
    under a text key (``{"type": "text", "text": "The test fails because ..."}``). Then the
    call is part of the model's turn. A call alone, with a command, a pattern or a path, is an
    agent's event record: what a tool was asked to do, with no word of a prompt or an answer."""
    rest = lo if pos == 0 and endpos == len(lo) else lo[:pos] + "\n" + lo[endpos:]
    for line in rest.split("\n"):
        body = line.strip()
        if not body:
            continue
        if body[0] in "{[]}\"":
            if _rx(_TOOL_RECORD).search(body) and _rx(_TEXT_BLOCK).search(body) is None:
                continue  # another tool's call or result: its words are the tool's
            if any(m.group("key") in _TEXT_KEYS and _prose(m) for m in _rx(_RECORD).finditer(body)):
                return True
        elif len(body.split()) >= _PROSE_WORDS and 2 * sum(c.isalpha() for c in body) > len(body):
            return True
    return False


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
GATE_WORDS = GATE_WORDS.union(_REACT_OTHER_BYTES, (b"action", b"input", b"final"))
_REACT_INLINE = (r"(?:^|(?<=[ \t]))(?P<step>thought|action input|action|observation|final answer)"
                 r"(?:[ \t]+\d{1,2})?[ \t]*:[ \t]*\S")
"""A trace flattened onto one line with blanks only: its steps anywhere after a blank."""


def _react_more(low: str, hits: list[_Hit]) -> None:
    """A ReAct trace whose step names are in another language: a thought and an action, or an
    action and an observation, each starting a line (or a `` | `` segment) before a colon."""
    found: dict[str, int] = {}
    for word, step in _REACT_OTHER_STEP.items():
        at = low.find(word)
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


# -- model output under a label ------------------------------------------------------------------

_LABEL = (
    r"(?P<who>model|assistant|llm|ai|chatbot|bot|copilot|cursor|gpt(?:-?[0-9][a-z0-9.-]*)?"
    r"|(?:claude|chatgpt|gemini|codex|grok|llama|mistral|deepseek|qwen)"
    r"(?:[-.][0-9a-z][a-z0-9.-]*|[0-9][a-z0-9.-]*)?)(?:'s|s)?"
    r"[ \t]+(?:(?:full|raw|verbatim|exact|original|complete|final)[ \t]+)?"
    r"(?P<verb>said|replied|responded|answered|wrote|output|response|reply|answer|returned"
    r"|says|replies|responds|answers|writes|came back with|gave)"
    r"(?:[ \t]+(?:was|is|read|reads|this|the following))?"
    r"(?:[ \t]*\((?:verbatim|full|raw|exact|unedited)\))?[ \t]*(?::|,[ \t]*[\"\u201c])"
    r"|(?P<pron>(?<![a-z])(?:it|they|he|she)[ \t]+(?:said|replied|responded|answered|wrote)"
    r"(?:[ \t]+(?:this|the following))?[ \t]*:)"
    r"|(?P<own>(?:its|their|his|her)[ \t]+(?:(?:full|whole|entire|raw|verbatim|exact|original"
    r"|complete|final)[ \t]+)?(?:response|reply|answer|output)(?:[ \t]+(?:was|is|read|reads))?"
    r"[ \t]*:)"
    r"|(?P<plain>(?:output|response|reply|answer|transcript)[ \t]*\((?:verbatim|unedited|raw)\)"
    r"[ \t]*:|verbatim[ \t]+(?:output|response|reply|answer)[ \t]*:)"
)


_LABEL_VERBS = ("said", "replied", "responded", "answered", "wrote", "output", "response", "reply",
                "answer", "says", "replies", "responds", "answers", "writes", "came back", "gave",
                "transcript")


def _word_starts(words: bytes, word: bytes) -> list[int]:
    """Where ``word`` (letters, or letters and blanks) occurs as whole words, in ``words`` (the
    padded word mask): one C-level search per occurrence."""
    out = []
    needle = b" " + word + b" "
    pos = words.find(needle)
    while pos >= 0:
        out.append(pos)
        pos = words.find(needle, pos + len(needle) - 1)
    return out


_LABEL_VERB_BYTES = tuple((v.split()[0].encode(), v.encode(), len(v)) for v in _LABEL_VERBS)


def _labelled_output(lo: str, words: bytes, present: frozenset[bytes],
                     hits: list[_Hit]) -> None:
    """Every alternative of ``_LABEL`` has its verb as a whole word, right before a ``:`` or
    ``, "`` at most 30 characters on: the pattern runs in a window around each such verb."""
    windows = []
    for first, verb, size in _LABEL_VERB_BYTES:
        if first not in present:
            continue
        for pos in _word_starts(words, verb):
            colon = lo.find(":", pos, pos + size + 30)
            quote = lo.find(", \"", pos, pos + size + 30)
            if colon >= 0 or quote >= 0:
                windows.append((max(0, pos - 80), pos + size + 32))
    if not windows:
        return
    rx = _rx(_LABEL)
    for start, end in sorted(windows):
        for m in rx.finditer(lo, start, end):
            if _label_body(lo, m):
                hits.append((PROMPT, 1, m.start(), m.end(), "model-output-label"))
                return


def _label_body(lo: str, m: re.Match[str]) -> bool:
    who = m.group("who")
    body = lo[m.end() : m.end() + 600]
    return _body_words(body) >= (6 if who else 8)


def _body_words(body: str) -> int:
    """Words in a body of the scanner's view, where each character outside ASCII reads ``?``:
    a word with a letter counts one, and three such characters count one more (a Korean or
    Hindi word is a run of them, and Chinese or Japanese puts no blank between words)."""
    words = sum(1 for w in body.split() if any(c.isalpha() for c in w))
    return words + body.count("?") // 3


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
    note to the next agent has one of these now and then; a prompt has several."""
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


# -- other languages -----------------------------------------------------------------------------

_FOREIGN_CUES: tuple[tuple[str, int], ...] = (
    # de
    ("du bist ein", 2), ("du bist eine", 2), ("sie sind ein", 2), ("bitte ", 1), ("kannst du", 1),
    ("k\u00f6nntest du", 1), ("schreibe ", 1), ("schreib mir", 1), ("erkl\u00e4re", 1),
    ("\u00fcbersetze", 1), ("fasse ", 1), ("antworte ", 1), ("hilfreicher assistent", 3),
    ("ab jetzt", 1), ("deine aufgabe", 2), ("nat\u00fcrlich! hier", 3),
    ("ich hoffe, das hilft", 3),
    ("gerne! hier", 3), ("als ki", 2), ("sprachmodell", 2),
    # es
    ("eres un", 2), ("eres una", 2), ("por favor", 1), ("puedes ", 1), ("podr\u00edas", 1),
    ("escribe ", 1), ("expl\u00edcame", 1), ("explica ", 1), ("traduce ", 1), ("resume ", 1),
    ("responde ", 1), ("asistente \u00fatil", 3), ("a partir de ahora", 1), ("tu tarea", 2),
    ("\u00a1claro! aqu\u00ed", 3), ("claro, aqu\u00ed", 3), ("espero que esto te ayude", 3),
    ("como modelo de lenguaje", 3), ("como ia", 2),
    # fr
    ("tu es un", 2), ("tu es une", 2), ("vous \u00eates un", 2), ("s'il te pla\u00eet", 1),
    ("s'il vous pla\u00eet", 1), ("peux-tu", 1), ("pouvez-vous", 1), ("\u00e9cris ", 1),
    ("explique", 1), ("traduis", 1), ("r\u00e9sume", 1), ("r\u00e9ponds", 1),
    ("assistant utile", 3), ("\u00e0 partir de maintenant", 1), ("ta t\u00e2che", 2),
    ("bien s\u00fbr ! voici", 3), ("bien s\u00fbr! voici", 3), ("j'esp\u00e8re que cela", 3),
    ("en tant qu'ia", 3), ("mod\u00e8le de langage", 2),
    # pt
    ("voc\u00ea \u00e9 um", 2), ("voc\u00ea \u00e9 uma", 2), ("voce e um", 2), ("por favor,", 1),
    ("pode ", 1), ("poderia", 1), ("escreva", 1), ("explique", 1), ("traduza", 1),
    ("resuma", 1), ("responda", 1), ("assistente \u00fatil", 3), ("a partir de agora", 1),
    ("sua tarefa", 2), ("claro! aqui", 3), ("espero que isso ajude", 3),
    ("como modelo de linguagem", 3),
    # ru
    ("\u0442\u044b \u2014", 1), ("\u0442\u044b - ", 1),
    ("\u0442\u044b \u043f\u043e\u043b\u0435\u0437\u043d\u044b\u0439", 3),
    ("\u043f\u043e\u0436\u0430\u043b\u0443\u0439\u0441\u0442\u0430", 1),
    ("\u043d\u0430\u043f\u0438\u0448\u0438", 1),
    ("\u043e\u0431\u044a\u044f\u0441\u043d\u0438", 1),
    ("\u043f\u0435\u0440\u0435\u0432\u0435\u0434\u0438", 1),
    ("\u043c\u043e\u0436\u0435\u0448\u044c", 1), ("\u043e\u0442\u0432\u0435\u0447\u0430\u0439", 1),
    ("\u0442\u0432\u043e\u044f \u0437\u0430\u0434\u0430\u0447\u0430", 2),
    ("\u0430\u0441\u0441\u0438\u0441\u0442\u0435\u043d\u0442", 1),
    ("\u043a\u043e\u043d\u0435\u0447\u043d\u043e! \u0432\u043e\u0442", 3),
    ("\u043d\u0430\u0434\u0435\u044e\u0441\u044c, \u044d\u0442\u043e", 3),
    ("\u043a\u0430\u043a \u044f\u0437\u044b\u043a\u043e\u0432\u0430\u044f \u043c\u043e\u0434\u0435\u043b\u044c", 3),
    ("\u0441 \u044d\u0442\u043e\u0433\u043e \u043c\u043e\u043c\u0435\u043d\u0442\u0430", 1),
    # zh
    ("\u4f60\u662f\u4e00\u4e2a", 2), ("\u4f60\u662f\u4e00\u540d", 2), ("\u8bf7", 1),
    ("\u5e2e\u6211", 1),
    ("\u4f60\u80fd", 1), ("\u4f60\u53ef\u4ee5", 1), ("\u7ffb\u8bd1", 1), ("\u603b\u7ed3", 1),
    ("\u89e3\u91ca", 1), ("\u5199\u4e00", 1), ("\u52a9\u624b", 1),
    ("\u4ece\u73b0\u5728\u5f00\u59cb", 2),
    ("\u4f60\u7684\u4efb\u52a1", 2), ("\u5f53\u7136\uff01", 2), ("\u4ee5\u4e0b\u662f", 1),
    ("\u5e0c\u671b\u8fd9", 3), ("\u4f5c\u4e3a\u4e00\u4e2aai", 3),
    ("\u4f5c\u4e3a\u4e00\u4e2a\u4eba\u5de5\u667a\u80fd", 3),
    ("\u8bed\u8a00\u6a21\u578b", 2),
    # ja
    ("\u3042\u306a\u305f\u306f", 2), ("\u304f\u3060\u3055\u3044", 1), ("\u6559\u3048\u3066", 1),
    ("\u66f8\u3044\u3066", 1), ("\u7ffb\u8a33", 1), ("\u8981\u7d04", 1),
    ("\u8aac\u660e\u3057\u3066", 1),
    ("\u30a2\u30b7\u30b9\u30bf\u30f3\u30c8", 1), ("\u3082\u3061\u308d\u3093", 2),
    ("\u304a\u5f79\u306b\u7acb\u3066", 3), ("\u4ee5\u4e0b\u306f", 1),
    ("\u8a00\u8a9e\u30e2\u30c7\u30eb", 2),
    ("\u4eca\u5f8c\u306f", 1),
    # requests without a persona, and chatbot answers (round 2): an imperative of writing or
    # explaining, with what it asks for; an opener or closer of a chatbot answer
    ("erkl\u00e4re mir", 2), ("schreibe eine", 2), ("schreib eine", 2), ("den folgenden text", 2),
    ("den unterschied zwischen", 2), ("antwortest du", 2), ("ab jetzt antwort", 2),
    ("gute frage!", 2), ("python-funktion", 1),
    ("escribe una", 2), ("expl\u00edcame", 2), ("qu\u00e9 es", 1), ("el siguiente texto", 2),
    ("act\u00faa como", 3), ("resp\u00f3ndeme", 2), ("una funci\u00f3n", 2),
    ("aqu\u00ed tienes", 2), ("espero que te sea \u00fatil", 3), ("por supuesto", 2),
    ("\u00bfnecesitas algo m\u00e1s", 2), ("la diferencia entre", 2),
    ("\u00e9cris une", 2), ("explique-moi", 2), ("le texte suivant", 2), ("agis comme", 3),
    ("r\u00e9ponds-moi", 2), ("n'h\u00e9sitez pas", 2), ("une fonction", 1),
    ("la diff\u00e9rence entre", 2),
    ("escreva uma", 2), ("a diferen\u00e7a entre", 2), ("aqui est\u00e1", 2),
    ("espero ter ajudado", 3), ("uma fun\u00e7\u00e3o", 1),
    ("\u0444\u0443\u043d\u043a\u0446\u0438\u044e", 2),
    ("\u0440\u0430\u0437\u043d\u0438\u0446\u0443 \u043c\u0435\u0436\u0434\u0443", 2),
    ("\u043f\u0440\u0435\u0434\u0441\u0442\u0430\u0432\u044c, \u0447\u0442\u043e \u0442\u044b", 3),
    ("\u0440\u0430\u0441\u0441\u043a\u0430\u0436\u0438", 1),
    ("\u0435\u0441\u043b\u0438 \u0435\u0441\u0442\u044c \u0432\u043e\u043f\u0440\u043e\u0441\u044b", 2),
    ("\u5199\u4e00\u4e2a", 2), ("\u51fd\u6570", 1), ("\u8bf7\u89e3\u91ca", 2),
    ("\u4e0b\u9762\u8fd9\u6bb5", 2), ("\u4f60\u626e\u6f14", 2), ("\u5f53\u7136\u53ef\u4ee5", 2),
    ("\u4e0b\u9762\u662f", 1), ("\u5e0c\u671b\u5bf9\u4f60\u6709\u5e2e\u52a9", 3),
    ("\u597d\u7684\uff0c", 1), ("\u5982\u679c\u8fd8\u6709\u95ee\u9898", 2),
    ("\u8bf7\u968f\u65f6", 2), ("\u533a\u522b", 1),
    ("\u3066\u304f\u3060\u3055\u3044", 1), ("\u6b21\u306e\u6587\u7ae0", 2),
    ("\u3082\u3061\u308d\u3093\u3067\u3059", 1), ("\u627f\u77e5\u3057\u307e\u3057\u305f", 2),
    ("\u3054\u8cea\u554f\u304c\u3042\u308c\u3070", 2), ("\u304a\u6c17\u8efd\u306b", 2),
    ("\u95a2\u6570", 1), ("\u9055\u3044", 1),
    # round 3: imperatives with an object ("write me", "explain to me"), generic content
    # ("a poem", "a short story"), "in simple words", "another example", thanks
    # it
    ("scrivimi", 2), ("spiegami", 2), ("riassumi", 2), ("traducimi", 2), ("traduci ", 1),
    ("una poesia", 2), ("un racconto", 2), ("una storia", 2), ("parole semplici", 2),
    ("per favore", 1), ("puoi ", 1), ("potresti", 1), ("grazie", 1), ("un altro esempio", 2),
    ("dimmi", 1),
    # nl
    ("schrijf ", 2), ("kort verhaal", 2), ("een gedicht", 2), ("leg uit", 2), ("leg me uit", 2),
    ("vat samen", 2), ("alsjeblieft", 1), ("kun je", 1), ("kunt u", 1), ("bedankt", 1),
    ("eenvoudige woorden", 2), ("nog een voorbeeld", 2),
    # es
    ("escr\u00edbeme", 2), ("escribeme", 2), ("expl\u00edcame", 2), ("un cuento", 2),
    ("un poema", 2), ("resume este", 2), ("resume el texto", 2), ("otro ejemplo", 2),
    ("gracias", 1), ("palabras sencillas", 2), ("dime ", 1),
    # pt
    ("escreva um", 2), ("resuma o", 2), ("me explique", 2), ("me explica", 2),
    ("jeito simples", 2), ("palavras simples", 2), ("outro exemplo", 2), ("obrigad", 1),
    ("me d\u00ea", 1),
    # fr
    ("\u00e9cris-moi", 2), ("ecris-moi", 2), ("un po\u00e8me", 2), ("reformuler", 2),
    ("reformule", 2), ("merci", 1), ("raccourcir", 1), ("explique-moi", 2), ("r\u00e9sume ce", 2),
    ("un autre exemple", 2), ("termes simples", 2), ("dis-moi", 1),
    # de
    ("schreib mir", 2), ("schreibe mir", 2), ("ein gedicht", 2), ("eine geschichte", 2),
    ("kannst du mir", 2), ("erkl\u00e4r mir", 2), ("erkl\u00e4re mir", 2),
    ("einfachen worten", 2), ("danke", 1), ("noch ein beispiel", 2), ("fass ", 1),
    ("beantworte ", 1), ("beschreibe ", 1), ("formuliere ", 1), ("erstelle ", 1),
    ("verfasse ", 1), ("fasse ", 1), ("gib mir", 1),
    # ru
    ("\u0441\u0442\u0438\u0445\u043e\u0442\u0432\u043e\u0440\u0435\u043d\u0438\u0435", 2),
    ("\u043f\u0440\u043e\u0441\u0442\u044b\u043c\u0438 \u0441\u043b\u043e\u0432\u0430\u043c\u0438", 2),
    ("\u043f\u0435\u0440\u0435\u0441\u043a\u0430\u0436\u0438", 2),
    ("\u0440\u0430\u0441\u0441\u043a\u0430\u0437", 1), ("\u0441\u043f\u0430\u0441\u0438\u0431\u043e", 1),
    ("\u0435\u0449\u0451 \u043e\u0434\u0438\u043d \u043f\u0440\u0438\u043c\u0435\u0440", 2),
    ("\u043d\u0430\u043f\u0438\u0448\u0438 ", 1), ("\u043e\u0431\u044a\u044f\u0441\u043d\u0438,", 1),
    # zh
    ("\u7528\u7b80\u5355\u7684", 2), ("\u89e3\u91ca\u4e00\u4e0b", 2),
    ("\u5199\u4e00\u9996", 2), ("\u5199\u4e00\u7bc7", 2), ("\u4e3e\u4e2a\u4f8b\u5b50", 2),
    ("\u80fd\u518d", 1), ("\u8c22\u8c22", 1), ("\u5e2e\u6211", 2),
    ("\u603b\u7ed3\u4e00\u4e0b", 2), ("\u7ed9\u6211", 1),
    # ja
    ("\u66f8\u3044\u3066", 2), ("\u8aac\u660e\u3057\u3066", 2), ("\u6559\u3048\u3066", 2),
    ("\u308f\u304b\u308a\u3084\u3059\u304f", 2), ("\u3042\u308a\u304c\u3068\u3046", 1),
    # ko
    ("\uc8fc\uc138\uc694", 2), ("\uc27d\uac8c", 1), ("\uc124\uba85\ud574", 2),
    ("\uc368 \uc918", 2), ("\uc54c\ub824\uc918", 2), ("\uac10\uc0ac\ud569\ub2c8\ub2e4", 1),
    ("\uc694\uc57d\ud574", 2),
    # more imperatives with an object: give me, make me, tell me, help me
    ("dame ", 1), ("hazme", 2), ("cu\u00e9ntame", 2), ("cuentame", 2), ("ay\u00fadame", 2),
    ("ayudame", 2), ("necesito que", 2), ("fa\u00e7a ", 1), ("crie um", 2), ("conte-me", 2),
    ("me ajude", 2), ("preciso que", 2), ("donne-moi", 2), ("fais-moi", 2), ("raconte-moi", 2),
    ("aide-moi", 2), ("j'ai besoin que", 2), ("erz\u00e4hl mir", 2), ("hilf mir", 2),
    ("ich brauche", 1), ("dammi", 2), ("fammi", 2), ("raccontami", 2), ("aiutami", 2),
    ("geef me", 2), ("maak een", 1), ("vertel me", 2), ("\u0434\u0430\u0439 \u043c\u043d\u0435", 2),
    ("\u0441\u0434\u0435\u043b\u0430\u0439", 1), ("\u0441\u043e\u0437\u0434\u0430\u0439", 1),
    ("\u0440\u0430\u0441\u0441\u043a\u0430\u0436\u0438", 2), ("\u043f\u043e\u043c\u043e\u0433\u0438", 2),
    ("\u8bf7\u5199", 2), ("\u8bf7\u89e3\u91ca", 2), ("\u544a\u8bc9\u6211", 2), ("\u751f\u6210\u4e00", 2),
    ("\u304f\u3060\u3055\u3044", 1), ("\u4f5c\u3063\u3066", 2), ("\ud574\uc918", 2),
    ("\ub9cc\ub4e4\uc5b4", 2),
    # a chatbot's openers and closers in more languages
    ("certo! ecco", 3), ("ecco un", 1), ("spero che questo", 2), ("fammi sapere se", 2),
    ("natuurlijk! hier", 3), ("ik hoop dat dit helpt", 3), ("laat me weten", 2),
    ("aqu\u00ed tienes", 2), ("espero que te sea \u00fatil", 3), ("si tienes alguna pregunta", 2),
    ("no dudes en", 2), ("voici un", 1), ("n'h\u00e9sitez pas", 2), ("j'esp\u00e8re que cela", 3),
    ("hier ist ein", 1), ("lass mich wissen", 2), ("falls du fragen hast", 2),
    ("aqui est\u00e1", 1), ("espero que ajude", 3), ("se tiver alguma d\u00favida", 2),
    ("\u0432\u043e\u0442 \u043f\u0440\u0438\u043c\u0435\u0440", 1),
    ("\u0435\u0441\u043b\u0438 \u0443 \u0432\u0430\u0441 \u0435\u0441\u0442\u044c"
     " \u0432\u043e\u043f\u0440\u043e\u0441\u044b", 2),
    ("\u4ee5\u4e0b\u662f", 1), ("\u5982\u679c\u4f60\u6709\u4efb\u4f55\u95ee\u9898", 2),
    ("\u4ee5\u4e0b\u306f", 1), ("\u304a\u5f79\u306b\u7acb\u3066", 2),
    ("\u3054\u4e0d\u660e\u306a\u70b9", 2), ("\ubb3c\ub860\uc785\ub2c8\ub2e4", 2),
    ("\ub3c4\uc6c0\uc774 \ub418", 2), ("\ub2e4\uc74c\uc740", 1),
    # more languages: pl, tr, sv, id, vi, ar, hi, uk, he, el, cs
    ("napisz", 2), ("wyja\u015bnij", 2), ("opowiedz", 2), ("prosz\u0119", 1),
    ("dzi\u0119kuj\u0119", 1), ("czy mo\u017cesz", 1), ("wiersz", 1), ("prostymi s\u0142owami", 2),
    ("yazar m\u0131s\u0131n", 2), ("a\u00e7\u0131kla", 2), ("anlat", 2), ("l\u00fctfen", 1),
    ("te\u015fekk\u00fcrler", 1), ("bir \u015fiir", 2), ("basit bir dille", 2),
    ("skriv en", 2), ("f\u00f6rklara", 2), ("ber\u00e4tta", 2), ("tack", 1), ("kan du", 1),
    ("en dikt", 2), ("enkla ord", 2),
    ("tolong", 1), ("tuliskan", 2), ("jelaskan", 2), ("ceritakan", 2), ("terima kasih", 1),
    ("bisakah kamu", 2), ("sebuah puisi", 2),
    ("h\u00e3y vi\u1ebft", 2), ("gi\u1ea3i th\u00edch", 2), ("k\u1ec3 cho t\u00f4i", 2),
    ("c\u1ea3m \u01a1n", 1), ("l\u00e0m \u01a1n", 1), ("b\u1ea1n c\u00f3 th\u1ec3", 1),
    ("m\u1ed9t b\u00e0i th\u01a1", 2),
    ("\u0627\u0643\u062a\u0628", 2), ("\u0627\u0634\u0631\u062d", 2),
    ("\u0645\u0646 \u0641\u0636\u0644\u0643", 1), ("\u0634\u0643\u0631\u0627", 1),
    ("\u0647\u0644 \u064a\u0645\u0643\u0646\u0643", 1), ("\u0642\u0635\u064a\u062f\u0629", 1),
    ("\u0932\u093f\u0916\u094b", 2), ("\u0938\u092e\u091d\u093e\u0913", 2),
    ("\u0915\u0943\u092a\u092f\u093e", 1), ("\u0927\u0928\u094d\u092f\u0935\u093e\u0926", 1),
    ("\u0915\u094d\u092f\u093e \u0906\u092a", 1), ("\u0915\u0935\u093f\u0924\u093e", 1),
    ("\u043f\u043e\u044f\u0441\u043d\u0438", 2), ("\u0431\u0443\u0434\u044c \u043b\u0430\u0441\u043a\u0430", 1),
    ("\u0434\u044f\u043a\u0443\u044e", 1), ("\u0440\u043e\u0437\u043a\u0430\u0436\u0438", 2),
    ("\u05db\u05ea\u05d5\u05d1", 2), ("\u05d4\u05e1\u05d1\u05e8", 2),
    ("\u05d1\u05d1\u05e7\u05e9\u05d4", 1), ("\u05ea\u05d5\u05d3\u05d4", 1),
    ("\u03b3\u03c1\u03ac\u03c8\u03b5", 2), ("\u03b5\u03be\u03ae\u03b3\u03b7\u03c3\u03b5", 2),
    ("\u03c0\u03b1\u03c1\u03b1\u03ba\u03b1\u03bb\u03ce", 1),
    ("\u03b5\u03c5\u03c7\u03b1\u03c1\u03b9\u03c3\u03c4\u03ce", 1),
    ("napi\u0161", 2), ("vysv\u011btli", 2), ("pros\u00edm", 1), ("d\u011bkuji", 1),
    # generic content to write: a story, a letter, a speech, a joke
    ("une histoire", 2), ("une lettre", 1), ("un discours", 2), ("une blague", 2),
    ("eine rede", 2), ("einen brief", 1), ("einen witz", 2), ("zu schreiben", 1),
    ("una historia", 2), ("una carta", 1), ("un chiste", 2), ("un discurso", 2),
    ("uma hist\u00f3ria", 2), ("uma carta", 1), ("uma piada", 2), ("una lettera", 1),
    ("una barzelletta", 2), ("een brief", 1), ("een grap", 2), ("een toespraak", 2),
    # agent UIs (Claude Code)
    ("\u23fa ", 2), ("\u23bf ", 2),
    # session 13: "answer only with the code" (an output format set for a model) and "you are an
    # experienced reviewer" (a persona) in languages the table had no such phrase for
    ("antwoord alleen met", 3), ("je bent een ervaren", 3), ("svara bara med", 3),
    ("du \u00e4r en erfaren", 3), ("odpowiedz tylko", 3), ("jeste\u015b do\u015bwiadczonym", 3),
    ("\u043e\u0442\u0432\u0435\u0442\u044c \u0442\u043e\u043b\u044c\u043a\u043e", 3),
    ("\u043e\u0442\u0432\u0435\u0447\u0430\u0439 \u0442\u043e\u043b\u044c\u043a\u043e", 3),
    ("\u0442\u044b \u043e\u043f\u044b\u0442\u043d\u044b\u0439", 3),
    ("responda apenas com", 3), ("rispondi solo con", 3), ("sei un esperto", 3),
    ("sadece kodla", 3), ("sen deneyimli bir", 3), ("r\u00e9ponds uniquement", 3),
    ("r\u00e9ponds seulement", 3), ("antworte nur mit", 3), ("responde solo con", 3),
    ("responde \u00fanicamente", 3), ("jawab hanya dengan", 3), ("ch\u1ec9 tr\u1ea3 l\u1eddi", 3),
    ("odpov\u011bz pouze", 3),
    ("\u0432\u0456\u0434\u043f\u043e\u0432\u0456\u0434\u0430\u0439 \u043b\u0438\u0448\u0435", 3),
    ("\ucf54\ub4dc\ub9cc \ub2f5\ud574", 3), ("\ub108\ub294 \uc219\ub828\ub41c", 3),
    ("\u30b3\u30fc\u30c9\u3060\u3051", 3), ("\u53ea\u56de\u590d\u4ee3\u7801", 3),
    ("\u53ea\u8f93\u51fa\u4ee3\u7801", 3),
    # session 13: personas, system-prompt labels and requests in Czech, Greek, Hebrew, Dutch,
    # Ukrainian, Swedish and Thai
    ("jsi zku\u0161en\xfd", 3), ("jsi expert", 3), ("vymysli", 2),
    ("\u03b5\u03af\u03c3\u03b1\u03b9 \u03ad\u03bc\u03c0\u03b5\u03b9\u03c1\u03bf\u03c2", 3),
    ("\u03b5\u03af\u03c3\u03b1\u03b9 \u03bf \u03b2\u03bf\u03b7\u03b8\u03cc\u03c2", 3),
    ("\u03b5\u03af\u03c3\u03b1\u03b9 \u03ad\u03bd\u03b1\u03c2", 2),
    ("\u03bd\u03b1 \u03b5\u03af\u03c3\u03b1\u03b9 \u03b5\u03c5\u03b3\u03b5\u03bd\u03b9\u03ba\u03cc\u03c2", 2),
    ("\u03c6\u03c5\u03c3\u03b9\u03ba\u03ac!", 2), ("\u03c3\u03c5\u03bd\u03cc\u03c8\u03b9\u03c3\u03b5", 2),
    ("\u05d0\u05ea\u05d4 \u05e2\u05d5\u05d6\u05e8", 3), ("\u05d0\u05ea\u05d4 \u05de\u05e4\u05ea\u05d7", 2),
    ("\u05d0\u05dc \u05ea\u05de\u05e6\u05d9\u05d0", 2), ("\u05e1\u05db\u05dd \u05d0\u05ea", 2),
    ("je bent de", 1), ("je bent een", 1), ("systeeminstructie:", 3), ("wees vriendelijk", 2),
    ("\u0442\u0438 \u043f\u043e\u043c\u0456\u0447\u043d\u0438\u043a", 3),
    ("\u043d\u0435 \u0432\u0438\u0433\u0430\u0434\u0443\u0439", 2),
    ("\u0432\u0456\u0434\u043f\u043e\u0432\u0456\u0434\u0430\u0439", 1), ("systemprompt:", 3),
    ("agera som", 3), ("h\xe4danefter", 1), ("inga f\xf6rklaringar", 2), ("hitta p\xe5", 1),
    ("\u0e43\u0e2b\u0e49\u0e2b\u0e19\u0e48\u0e2d\u0e22", 2),
    ("\u0e1c\u0e39\u0e49\u0e0a\u0e48\u0e27\u0e22", 1),
)
"""(lower-cased phrase, weight): requests, personas and chatbot openers in other languages.
Weights add up per distinct phrase; 3 points make a prompt."""


def _first_word(phrase: str) -> bytes:
    return phrase.encode().translate(_LETTERS).split()[0]


_LETTERS = bytes(i if 97 <= i <= 122 else 32 for i in range(256))
_FOREIGN_BY_WORD: dict[bytes, list[tuple[str, int]]] = {}
for _cue in _FOREIGN_CUES:
    if _cue[0].isascii():
        _FOREIGN_BY_WORD.setdefault(_first_word(_cue[0]), []).append(_cue)
del _cue
_FOREIGN_WORD_KEYS = frozenset(_FOREIGN_BY_WORD)
_FOREIGN_SCRIPT = tuple((p, w) for p, w in _FOREIGN_CUES if not p.isascii())
GATE_WORDS = GATE_WORDS.union(_FOREIGN_WORD_KEYS)


def _foreign(low: str, foreign: bool, present: frozenset[bytes], hits: list[_Hit]) -> None:
    """Prompt cues in other languages, 3 points. A phrase in Latin letters is looked for only
    when its first word is one of the text's words (one set intersection rules most out);
    phrases in other scripts only in a text that is not ASCII."""
    cues: list[tuple[str, int]] = []
    for word in present.intersection(_FOREIGN_WORD_KEYS):
        cues.extend(_FOREIGN_BY_WORD[word])
    if foreign:
        cues.extend(_FOREIGN_SCRIPT)
    score = 0
    first = -1
    for phrase, weight in cues:
        pos = low.find(phrase)
        if pos >= 0:
            score += weight
            if first < 0 or pos < first:
                first = pos
            if score >= 3:
                hits.append((PROMPT, 1, first, first + 1, "prompt-other-language"))
                return


# -- requests without role markers, personas, task specifications, chatbot boilerplate --------
#
# A request to a model asks for generic content (a poem, a Python function, the difference
# between two things, this text in French) or sets up the model (act as, your task, output
# format); an engineer's next action names the project's own things (a file, a table, CI, the
# PR). Phrases are weighted: 3 alone makes a request, weaker ones must add up to 3.

_ART = (r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+|some|me a|me an|me"
        r" some|me \d+)")
_ADJ = r"(?:(?:short|simple|small|quick|brief|funny|catchy|creative|good|new|clever|formal"
_ADJ += r"|polite|professional|detailed|cool|nice|random|unique|original|multiple-choice"
_ADJ += r"|true-or-false|trivia|beginner-friendly|\d+-(?:day|week|month|minute|step|point|part"
_ADJ += r"|line|word|paragraph))[ \t]+){0,2}"
_CREATIVE = (r"(?:poem|haiku|limerick|joke|story|short story|essay|song|lyrics|rap|cover letter"
             r"|love letter|tweet|slogan|tagline|riddle|speech|toast|bio|blog post|article"
             r"|recipe|dialogue|names?|ideas|titles|puns?|quotes?|motivational|fairy tale"
             r"|product description|linkedin post|(?:quiz |trivia |interview )?questions|quiz"
             r"|flashcards|(?:study|lesson|meal|workout|training|travel) plan|itinerary|workout"
             r"|tips|ways|reasons|options|alternatives|suggestions|strategies|activities"
             r"|gift ideas|routine|playlist|bedtime routine|pickup lines?|comebacks?"
             r"|mnemonics?|analogy|analogies|fun facts|(?:bedtime |love |ghost )?stor(?:y|ies)"
             r"|press release|sonnet|ballad|fable|tale|monologue|jingle|ad copy|advert|ode"
             r"|eulogy|horoscope|pep talk|wedding speech|lullaby|anthem|rhyme|verse|chant"
             r"|scene|skit|screenplay|obituary|dedication)")
_CODE = (r"(?:function|script|program|class|regex|regular expression|query|one-liner|snippet"
         r"|method|algorithm)")
_LANG = (r"(?:python|javascript|typescript|java|go|golang|rust|c\+\+|c#|ruby|php|sql|bash"
         r"|shell|kotlin|swift|haskell|perl|r|scala)")
_LANGS = (r"(?:english|french|german|spanish|italian|portuguese|russian|chinese|japanese|korean"
          r"|dutch|polish|arabic|hindi|turkish|swedish)")


_ASK_VERBS = ("write", "compose", "draft", "generate", "create", "give", "tell", "make",
              "come up with", "suggest", "invent", "brainstorm", "list", "name", "produce",
              "craft")
_CODE_VERBS = ("write", "create", "give", "show", "generate", "make", "draft", "code",
               "implement")
_TRANSLATE_VERBS = ("translate", "rewrite", "rephrase", "paraphrase", "proofread", "summarize",
                    "summarise", "convert")
_SENTENCE_VERBS = ("write", "explain", "summarize", "summarise", "translate", "generate",
                   "rewrite", "describe", "compose", "draft", "list", "classify", "extract",
                   "compare", "brainstorm", "outline", "critique", "proofread", "paraphrase",
                   "suggest", "recommend", "teach", "convince")
_OPENERS = ("sure", "certainly", "absolutely", "gladly")
_START_VERBS = ("write", "explain", "describe", "summarize", "summarise", "list", "give", "tell",
                "create", "generate", "compose", "draft", "translate", "suggest", "recommend",
                "compare", "plan", "outline", "brainstorm", "design", "invent", "name", "teach",
                "show", "help", "find", "recommend", "imagine", "predict", "rank", "rate",
                "define", "analyze", "analyse", "evaluate", "convince", "persuade", "argue")
_TRANSFORM_VERBS = ("proofread", "paraphrase", "reword", "rephrase", "rewrite", "summarize",
                    "summarise", "shorten", "simplify", "condense", "polish", "translate", "edit",
                    "improve", "correct", "expand", "tighten", "continue")
_LABELS2 = ("task", "instruction", "instructions", "objective", "system", "persona", "role",
            "output format", "response format", "format", "tone", "audience", "constraints",
            "rules")
_LABELS1 = ("goal", "context", "input", "example", "examples", "style")
_QUOTED_NOUNS = ("email", "text", "paragraph", "sentence", "message", "letter", "essay",
                 "review", "article", "passage", "story", "code snippet", "poem")


def _alt(words: tuple[str, ...]) -> str:
    return "(?:" + "|".join(words) + ")"


def _firsts(words: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(w.split()[0] for w in words)


# Where a phrase may start, checked in Python before its pattern is tried (the patterns start
# at their lead word and carry no lookbehind, so each is small and cheap to compile):
_ANY = ""
_SENTENCE = "sentence"
"""The lead word starts the text or a sentence (after ``.``, ``!``, ``?`` or a line break and
any blanks)."""
_LINE = "line"
"""The lead word starts a line or follows ``. `` (a label: ``Task:``), blanks allowed."""
_ASK = "ask"
"""A sentence, or right after "me", "to", "you", "please", "and" ("help me write a poem")."""
_START = "start"
"""The lead word starts the whole text, and nothing in the text names an engineer's own things
(a path, a file, code, the PR, CI, a branch): a request for generic content, not a TODO."""
_CHAT = "chat"
"""A short question to "you" with nothing in it about the project: a chat message."""
_ENGINEERING = (
    r"[/\\`#_<>{}=]|\.(?:py|js|ts|md|go|rs|json|ya?ml|toml|sh|sql|txt|cfg|ini)\b|\b(?:pr|prs|ci"
    r"|api|db|repo|branch|commit|merge|deploy|build|tests?|lint|bug|issue|ticket|release|migration"
    r"|schema|endpoint|server|config|pipeline|cluster|prod|staging|docs|readme|codebase|module"
    r"|sprint|standup|outage|incident|postmortem|oncall|on-call|changelog|backlog|jira|slack"
    r"|team|reviewer|customer|client|stakeholder|roadmap|okr|kpi|dashboard|runbook|alert|logs?"
    r"|error|stack|trace|service|repo|version|v\d)\b"
)

_RequestRow = tuple[int, tuple[str, ...], str, tuple[str, ...], str]
"""(weight, lead words, where, words that must come right before the lead, pattern at the
lead)."""
_REQUEST_TABLE: tuple[_RequestRow, ...] = (
    # weight 3: a persona, an ask for generic content, a translation, "tell me a ..."
    (3, ("act", "behave", "roleplay", "role", "pose"), _ANY, (),
     r"(?:act|behave|roleplay|role-play|role play|pose)(?: as| like)\b(?! the )(?! (?:a |an )?"
     r"(?:proxy|cache|gateway|buffer|fallback|replacement|drop-in|wrapper|bridge))"),
    (3, ("pretend",), _ANY, (), r"pretend (?:to be|you(?:'re| are))\b"),
    (3, ("imagine",), _ANY, (), r"imagine (?:you(?:'re| are)|being)\b"),
    (3, ("stay", "remain"), _ANY, (), r"(?:stay|remain) in character\b"),
    (3, ("break", "breaking"), _ANY, (), r"break(?:ing)? character\b"),
    (3, ("now",), _ANY, ("from",), r"now on,? (?:you|answer|respond|reply|speak|talk|act"
     r"|behave|only|always|never|pretend|write)\b"),
    (3, ("i",), _ANY, (), r"i (?:want|need|would like|'d like) you to\b|i'd like you to\b"),
    (3, ("you",), _ANY, (), r"you will be given\b|you(?:'ll| will) (?:act|play|be playing"
     r"|respond|answer)\b"),
    (3, _firsts(_ASK_VERBS), _ASK, (),
     _alt(_ASK_VERBS) + r" " + _ART + r" " + _ADJ + _CREATIVE + r"\b"),
    (3, _CODE_VERBS, _ASK, (),
     _alt(_CODE_VERBS) + r"(?: me)? " + _ART + r" " + _ADJ + _LANG + r" " + _CODE + r"\b"),
    (3, _TRANSLATE_VERBS, _ANY, (),
     r"(?:translate|rewrite|rephrase|paraphrase|proofread|summari[sz]e|convert) (?:this|the"
     r" following|these|my|the text below|the paragraph below)[^.\n]{0,40}? (?:into|to|in)"
     r" " + _LANGS + r"\b"),
    (3, ("explain", "describe"), _ANY, (),
     r"(?:explain|describe) (?:it |this |that )?(?:like|as if) (?:i'?m|i am|to) (?:a |an )?"
     r"(?:five|5|child|kid|beginner|grandma)"),
    (3, ("pros",), _ANY, ("list the", "give me the", "what are the"), r"pros and cons\b"),
    (3, ("tell",), _ANY, (), r"tell me (?:a|an|about|what|how|why|something)\b"),
    # weight 2: task specifications, answer shaping, chatbot openers and closers
    (2, ("your",), _ANY, (), r"your (?:task|job|goal|mission|role|objective)(?: is|:| will be)"),
    (2, _firsts(_LABELS2), _LINE, (), _alt(_LABELS2) + r"[ \t]*:"),
    (2, ("respond", "answer", "reply"), _ANY, (),
     r"(?:respond|answer|reply)(?: only)? (?:with|in|as|using)\b"),
    (2, ("return", "output", "give", "respond", "reply"), _ANY, (),
     r"(?:return|output|give|respond with|reply with)(?: me)? only\b"),
    (2, ("return", "output"), _ANY, (),
     r"(?:return|output)(?: me)? (?:a|the|as) (?:json|yaml|markdown|list|table|csv)"),
    (2, ("only", "just"), _ANY, (), r"(?:only|just) (?:return|output|respond|reply|answer|give)\b"),
    (2, ("in", "under", "within", "at", "no", "max", "maximum", "exactly"), _ANY, (),
     r"(?:in|under|within|at most|no more than|max(?:imum)?|exactly) (?:\d+|one|two|three"
     r"|four|five|ten|fifty|a hundred|a few) (?:words|sentences|bullet(?: point)?s?|lines"
     r"|characters|paragraphs|tweets)\b"),
    (2, ("in",), _ANY, (), r"in (?:simple|plain|layman'?s|easy) (?:terms|english|words|language)\b"),
    (2, ("step",), _ANY, (), r"step[ -]by[ -]step\b"),
    (2, ("think",), _ANY, (), r"think (?:carefully|step|hard|through)\b"),
    (2, ("explain",), _ANY, (), r"explain (?:briefly|simply|in detail|clearly|like)\b"),
    (2, ("keep",), _ANY, (), r"keep (?:it|the answer|your answer|the response) (?:short|brief"
     r"|concise|simple)\b"),
    (2, ("don", "dont", "do", "never"), _ANY, (), r"(?:don'?t|do not|never) (?:apologi[sz]e"
     r"|explain|include any|add any|break|mention that you)\b"),
    (2, ("without",), _ANY, (), r"without (?:any )?(?:explanation|commentary|preamble)\b"),
    (2, ("no",), _ANY, (), r"no (?:commentary|explanations?|preamble)\b"),
    (2, ("difference",), _ANY, ("the",), r"difference between\b"),
    (2, ("pros",), _ANY, (), r"pros and cons\b"),
    (2, ("example",), _ANY, ("with an",), r"example\b"),
    (2, _firsts(_QUOTED_NOUNS), _ANY, ("this", "the following", "the below"),
     _alt(_QUOTED_NOUNS) + r"\b"),
    (2, ("sounds",), _ANY, ("so it", "so that it"), r"sounds\b"),
    (2, ("sound",), _ANY, (), r"sound more (?:polite|professional|formal|friendly|casual)\b"),
    (2, ("i",), _ANY, (), r"i need (?:a|an|some) (?:regex|function|script|query|name|poem|idea"
     r"|plan|summary)\b"),
    (2, ("answer",), _ANY, (), r"answer (?:every|all|each|the|my|any) (?:question|questions)\b"),
    (2, ("would",), _ANY, ("as they",), r"would\b"),
    (2, ("in",), _ANY, (), r"in character\b"),
    (2, _OPENERS, _SENTENCE, (), _alt(_OPENERS) + r"[!,.]"),
    (2, ("course",), _SENTENCE, ("of",), r"course[!,.]"),
    (2, ("question",), _SENTENCE, ("great", "good"), r"question[!,.]"),
    (2, ("problem",), _SENTENCE, ("no",), r"problem[!,.]"),
    (2, ("let",), _ANY, (), r"let me know if"),
    (2, ("anything",), _ANY, ("is there",), r"anything else"),
    (2, ("feel",), _ANY, (), r"feel free to (?:ask|adjust|reach|let)"),
    (2, ("i",), _ANY, (), r"i hope (?:this|that) helps|i'm sorry, but i can|i can'?t (?:help"
     r"|assist) with"),
    (2, ("hope",), _ANY, (), r"hope (?:this|that) helps"),
    (2, ("happy",), _ANY, (), r"happy to help"),
    (2, ("ai",), _ANY, ("as an",), r"ai(?: language model)?\b"),
    (2, ("language",), _ANY, (), r"language model\b"),
    (2, ("here",), _ANY, (), r"here(?:'s| is| are) (?:a|an|some|five|three|ten|\d+|the|your)"
     r"[^.\n]{0,60}(?: for you|:| that)"),
    (2, ("below",), _ANY, (), r"below (?:is|are) (?:a|an|the|some)\b"),
    # round 3 (tuning set blind3, fixed by class): a message to someone personal, content
    # for an audience, the material to transform attached after a label
    (3, ("write", "draft", "compose"), _ASK, (),
     r"(?:write|draft|compose)(?: me)? (?:a|an) (?:[a-z-]+ ){0,2}(?:email|e-mail|letter|message"
     r"|text|note|reply|apology) to (?:my|a|an|our|someone)\b"),
    (3, ("explain", "describe", "teach"), _SENTENCE, (),
     r"(?:explain|describe|teach)(?: me)? [^.\n?!]{2,60}? (?:to|for) (?:a|an|my|someone|somebody"
     r"|me like|a total|people who|(?:(?:new|young|non-technical|busy|first-year|high-school"
     r"|curious|elderly) )?(?:employees|students|kids|children|beginners|teenagers|parents"
     r"|executives|investors|customers|readers|seniors|non-experts|laypeople|grandparents"
     r"|toddlers|retirees))\b(?! (?:\w+ )?(?:pr|pull request|issue|commit|ticket|ci"
     r"|reviewer|maintainer|contributor)s?\b)"),
    (3, _TRANSFORM_VERBS, _ASK, (),
     _alt(_TRANSFORM_VERBS) + r" (?:this|these|it|the (?:following|text|paragraph|passage"
     r"|sentence|email|message|letter|essay|article|story|review)(?: (?:below|above))?)\b"
     r"[^\n:?]{0,60}?(?::|\?|[ \t]*\n|[ \t]+-{2,3}|[ \t]*\u2014)"),
    (3, ("make",), _ASK, (), r"make (?:this|it) (?:sound )?(?:(?:more|less|a bit|much) )?"
     r"(?:funnier|shorter|longer|simpler|clearer|formal|informal|polite|friendly|professional"
     r"|aggressive|casual|concise|persuasive|engaging|catchy|funny|kinder|warmer|for (?:a|an)"
     r" [a-z-]+ audience)"),
    (3, ("write", "compose", "create", "generate"), _ASK, (),
     r"(?:write|compose|create|generate)(?: me)? (?:a|an) (?:[a-z-]+ ){0,2}(?!(?:test|tests"
     r"|script|migration|function|doc|docs|note|ticket|issue|pr|commit|changelog|summary|report"
     r"|comment|check|benchmark|fixture|rule|query|patch|fix|adr|rfc|runbook|section|page)\b)"
     r"[a-z]+ (?:about|on the topic of|featuring|inspired by)\b"),
    (3, ("make",), _ASK, (), r"make this (?:sound )?(?:(?:more|less) [a-z-]+|[a-z]{3,}er|like"
     r" [a-z]+|in the (?:style|voice|tone) of)\b"),
    (3, ("turn",), _ASK, (), r"turn (?:this|it|these|the following) into (?:a|an)\b"),
    (3, ("tl",), _ANY, (), r"tl;?dr (?:this|it)\b"),
    (3, ("translate",), _ANY, (), r"translate (?:this |it |the following )?(?:(?:text|sentence"
     r"|paragraph|phrase|email) )?(?:to|into) " + _LANGS + r"\b"),
    # prompt injection: an attempt to override the instructions a model was given
    (3, ("ignore", "disregard", "forget"), _ANY, (),
     r"(?:ignore|disregard|forget) (?:all |any |everything )?(?:of )?(?:the |your |my |these"
     r" |those )?(?:(?:previous|prior|above|earlier|preceding|original|system) )?(?:above"
     r"|previous|prior|instructions?|prompts?|rules|guidelines|directions|system prompt)\b"),
    (3, ("new",), _ANY, (), r"new (?:system )?(?:instructions?|message|prompt|task|rules|orders)"
     r"[ \t]*:"),
    (3, ("system",), _ANY, (), r"system (?:override|message)[ \t]*:"),
    (3, ("you",), _ANY, (), r"you(?:'re| are) now (?:in )?(?:developer|dan|god|jailbreak|jailbroken"
     r"|unrestricted|admin|sudo) mode\b"),
    (3, ("note",), _ANY, (), r"note (?:to|for) (?:the |any )?(?:ai|llm|model|assistant|chatbot"
     r"|language model)s?\b"),
    (3, ("reading",), _ANY, ("ai", "llm", "model", "assistant", "chatbot", "gpt"),
     r"reading this\b"),
    (3, ("your",), _ANY, (), r"your (?:real|true|actual|new|secret|hidden) (?:task|goal|job"
     r"|instructions?|purpose|mission)\b"),
    (3, ("reveal", "print", "output", "leak", "show", "repeat"), _ANY, (),
     r"(?:reveal|print|output|leak|show|repeat) (?:me )?(?:your|the) (?:system prompt|hidden"
     r" (?:instructions|prompt)|initial (?:instructions|prompt)|instructions verbatim"
     r"|original instructions)"),
    (3, ("disable", "bypass", "ignore", "turn"), _ANY, (),
     r"(?:disable|bypass|ignore|turn off) (?:your |all |any )?(?:safety|content|moderation)"
     r" (?:filters?|guidelines|rules|restrictions|settings|policies)"),
    (3, ("end",), _ANY, (), r"end of (?:user )?(?:input|prompt|instructions)\b"),
    (3, ("authorized", "authorised"), _ANY, (), r"authori[sz]ed you to\b"),
    (3, ("pwned",), _ANY, (), r"pwned\b"),
    (3, ("assistant", "system", "ai"), _ANY, (), r"(?:assistant|system|ai) instructions?\]"),
    (2, ("proceed",), _ANY, (), r"proceed without (?:asking|confirmation|checking|telling)"),
    # chat with an assistant: about its earlier answers, small talk, a chatty register
    (3, ("tell", "give"), _ANY, (), r"(?:tell|give) me (?:another|one more) (?:joke|one|story"
     r"|example|fact|version|idea)"),
    (3, ("what",), _ANY, (), r"what else (?:do|can) you (?:know|tell me|suggest)"),
    (3, ("do",), _ANY, (), r"do you (?:have (?:feelings|emotions|a (?:body|name|soul)|opinions"
     r"|consciousness)|dream|get tired|remember (?:me|what|our))"),
    (3, ("my",), _ANY, ("is",), r"my (?:essay|poem|story|resume|cv|writing|code|cover letter|idea"
     r"|plan|joke) (?:any )?(?:good|ok|okay|bad|funny)"),
    (3, ("keep", "continue", "pick", "go"), _ANY, (), r"(?:keep going|continue|pick up|go on)"
     r" from where you"
     r" (?:stopped|left off)"),
    (3, ("talked",), _ANY, ("what we",), r"talked about\b"),
    (3, ("option", "one", "answer", "suggestion", "version", "example"), _ANY, (),
     r"(?:option|one|answer|suggestion|version|example) you (?:gave|suggested|mentioned|wrote"
     r"|showed)"),
    (3, ("tried",), _ANY, ("i", "i've"), r"tried your (?:suggestion|code|fix|solution|idea|advice"
     r"|answer|recipe|method)"),
    (2, ("why",), _ANY, (), r"why did you (?:say|write|suggest|do|change|pick|choose)"),
    (2, ("can", "could"), _ANY, (), r"(?:can|could) you (?:elaborate|clarify|expand on"
     r"|try again|rephrase|say that|repeat that|be more specific)"),
    (2, ("you",), _ANY, (), r"you(?:'re| are) (?:the best|so (?:funny|smart|helpful|good)|funny"
     r"|hilarious|amazing|awesome|a lifesaver|a genius|brilliant|wrong|right)\b"),
    (2, ("how",), _ANY, (), r"how are you(?: (?:today|doing|feeling))?\b"),
    (2, ("you",), _ANY, ("are",), r"you (?:able to|an ai|a robot|a bot|a human|real|conscious"
     r"|sentient|alive|sure)\b"),
    (2, ("that",), _ANY, (), r"that(?:'s| is) (?:wrong|not (?:quite right|right|correct|what i (?:meant|asked"
     r"|wanted))|incorrect|helpful|perfect|too (?:long|short|formal|complicated))"),
    (2, ("not",), _ANY, (), r"not what i (?:meant|asked|wanted)"),
    (2, ("one",), _ANY, (), r"one more (?:question|thing|request)"),
    (2, ("any",), _ANY, (), r"any (?:ideas|suggestions|tips|thoughts)\?"),
    (2, ("what",), _ANY, (), r"what (?:would|do) you (?:recommend|suggest|think)"),
    (2, ("make",), _ANY, (), r"make it (?:shorter|longer|funnier|simpler|more|less|rhyme)"),
    (2, ("now",), _ANY, (), r"now (?:write|make|do|add|translate|summari[sz]e|explain"
     r"|shorten|rewrite|give) (?:the|a|an|it|me|this|that|another)\b"),
    (2, ("that",), _ANY, (), r"that (?:worked|fixed it|did it|helped|did the trick)\b"),
    (1, ("good", "hi", "hello", "hey"), _SENTENCE, (), r"(?:good (?:morning|evening|afternoon"
     r"|night)|hi there|hello there|hey there|hello)[!,.]"),
    # a persona and its rules, without the phrase table's "helpful assistant"
    (2, ("you",), _SENTENCE, (), r"you(?:'re| are) (?:a|an) (?:[a-z'-]+ ){0,3}(?:engineer|tutor"
     r"|reviewer|assistant|expert|teacher|coach|writer|editor|translator|consultant|advisor"
     r"|analyst|agent|bot|guide|therapist|doctor|lawyer|chef|historian|poet|comedian"
     r"|storyteller|interviewer|companion|mentor)\b"),
    (2, ("be", "stay"), _SENTENCE, (), r"(?:be|stay|remain) (?:polite|concise|friendly|empathetic"
     r"|professional|brief|helpful|honest|encouraging|patient|neutral|playful)\b"),
    (2, ("use", "respond", "answer", "reply", "format"), _ANY, (),
     r"(?:use|respond in|answer in|reply in|format (?:it|your answers?) (?:in|as)) markdown"),
    (2, ("cite",), _ANY, (), r"cite (?:your|the|all) sources\b"),
    (2, ("refuse",), _ANY, (), r"refuse (?:requests|to (?:answer|help|discuss|engage))\b"),
    (2, ("ask",), _ANY, (), r"ask (?:a |one )?clarifying questions?\b"),
    (2, ("same",), _ANY, ("the",), r"same(?: thing)? but (?:for|with|in|about)"),
    (2, ("thank",), _ANY, (), r"thank you(?: so much| very much)?"),
    (2, ("recommend",), _ANY, (), r"recommend (?:one|the best|which one)"),
    (2, ("do", "don"), _ANY, (), r"(?:do not|don'?t) use (?:any )?(?:jargon|technical (?:terms"
     r"|language|words)|big words|emojis)"),
    (2, ("use",), _SENTENCE, (), r"use (?:bullet points|simple (?:words|language)|plain"
     r" (?:english|language)|a (?:friendly|formal|casual|warm) tone)"),
    (2, ("keep",), _ANY, (), r"keep it (?:polite|professional|friendly|casual|formal|light"
     r"|fun|upbeat|warm|respectful)"),
    (2, ("so",), _ANY, (), r"so (?:it|that it) (?:doesn'?t|does not|won'?t) (?:get flagged|sound"
     r"|look|come across)"),
    (2, ("fix",), _ANY, (), r"fix (?:any|the|all|my) (?:grammar|spelling|typos|punctuation)"),
    # a model's answer: conceding, apologising, offering more
    (2, ("you",), _SENTENCE, (), r"you(?:'re| are) (?:absolutely |completely |totally )?right"
     r"[,.!]"),
    (3, ("i",), _ANY, (), r"i apologi[sz]e for (?:the|any|my) (?:confusion|error|mistake"
     r"|oversight|misunderstanding)"),
    (2, ("previous",), _ANY, ("my",), r"previous (?:answer|response|reply|message)"),
    (3, ("anything",), _ANY, ("is there",), r"anything else i can (?:help|do|assist)"),
    (2, ("would",), _ANY, (), r"would you like (?:another|me to|a different|more|a shorter"
     r"|a longer)"),
    (2, ("key",), _ANY, (), r"key takeaways?\b"),
    (1, ("in",), _SENTENCE, (), r"in summary,"),
    # round 3, wider: the same classes in other words
    (2, ("shorter", "longer", "simpler", "more", "less", "in"), _ANY, (),
     r"(?:shorter|longer|simpler|more detail(?:ed)?|less formal|more formal|in english)"
     r"(?: please| pls| plz)[.!?]?"),
    (2, ("what",), _ANY, (), r"what (?:do|did) you mean\b"),
    (2, ("give", "show"), _ANY, (), r"(?:give|show) me (?:an|another|one more) example\b"),
    (2, ("explain",), _ANY, (), r"explain (?:that|it) (?:again|differently|more simply)\b"),
    (3, ("i",), _ANY, (), r"i(?:'d| would) be (?:happy|glad) to help\b"),
    (2, ("i",), _ANY, (), r"i understand (?:your|the) (?:frustration|concern|confusion)"),
    (2, ("thank",), _ANY, (), r"thank you for your (?:patience|question|understanding)"),
    (2, ("you",), _SENTENCE, (), r"you(?:'re| are) (?:very |most )?welcome[!.]"),
    (2, ("glad",), _ANY, (), r"glad (?:i|to) (?:could )?help\b"),
    (2, ("does",), _ANY, (), r"does (?:that|this) (?:help|make sense|answer your question)"),
    (3, ("i",), _ANY, (), r"i (?:can'?t|cannot|won'?t|am unable to|'m unable to) (?:help|assist"
     r"|provide|comply|fulfil)l? with (?:that|this|your)"),
    (1, ("good", "happy"), _ANY, (), r"(?:good luck|happy coding)[!.]"),
    (3, ("as",), _ANY, (), r"as of my (?:last )?(?:knowledge|training) (?:cutoff|update)"),
    (3, ("i",), _ANY, (), r"i (?:don'?t|do not) have (?:access to (?:real-time|the internet"
     r"|current)|personal (?:opinions|feelings|experiences)|the ability to browse)"),
    (3, ("plan",), _ASK, (), r"plan (?:a|an|my|our) (?:\d+-day |\w+ )?(?:trip|vacation|holiday"
     r"|itinerary|party|wedding|weekend|birthday|honeymoon|road trip)"),
    (3, ("recommend", "suggest"), _ASK, (), r"(?:recommend|suggest)(?: me)? (?:a|an|some|\d+"
     r"|one|two|three|five|ten) (?:good |great |fun )?(?:books?|novels?|movies?|films?"
     r"|podcasts?|songs?|albums?|restaurants?|places|games?|shows?|gifts?|recipes?|hobbies)"),
    (3, ("summarize", "summarise"), _ASK, (), r"summari[sz]e the (?:plot|story|history|book"
     r"|movie|film|main points|key ideas) of\b"),
    (3, ("solve",), _ASK, (), r"solve (?:this|the following) (?:equation|problem|puzzle|riddle"
     r"|math problem)"),
    (2, ("what",), _SENTENCE, (), r"what are (?:some|the best|good|a few) "),
    (3, ("make",), _ASK, (), r"make this (?:email|text|paragraph|message|letter|sentence|post|bio"
     r"|description|intro|reply) (?:sound )?(?:more|less|[a-z]{3,}er)\b"),
    (3, ("forget", "ignore", "disregard"), _ANY, (),
     r"(?:forget|ignore|disregard) everything (?:you(?:'ve| have)? (?:were|been) told|above"
     r"|before this|you know|i said)"),
    (3, ("you",), _ANY, (), r"you (?:have no|are no longer bound by|no longer have) (?:any )?"
     r"(?:rules|restrictions|filters|guidelines|limits)"),
    (3, ("override",), _ANY, (), r"override (?:your|the|all|any) (?:previous )?(?:instructions"
     r"|rules|safety|guidelines|system prompt)"),
    (3, ("if",), _ANY, (), r"if you are an? (?:ai|llm|language model|assistant|chatbot"
     r"|ai assistant)\b"),
    (3, ("attention", "important"), _ANY, (), r"(?:attention|important)[:,]? (?:to )?(?:all )?"
     r"(?:ai|llm|assistant|chatbot|language model)s?\b"),
    (2, ("hidden",), _ANY, (), r"hidden (?:instructions?|prompt|command)s?\b"),
    (3, ("ignore", "disregard", "forget", "bypass"), _ANY, (),
     r"(?:ignore|disregard|forget|bypass) (?:your|all|any|the) (?:programming|guidelines"
     r"|directives|policies|training|restrictions|safety rules)\b"),
    (3, ("previous", "prior", "earlier", "above"), _ANY, (),
     r"(?:previous|prior|earlier|above) (?:instructions|directives|rules|prompts?) (?:are|is)"
     r" (?:now )?(?:void|cancell?ed|invalid|obsolete|no longer)"),
    (3, ("this", "i"), _ANY, (), r"(?:this is|i am|i'm) (?:your|the) (?:developer|creator"
     r"|administrator|operator|system administrator)\b"),
    (3, ("admin", "developer", "maintenance", "debug", "god"), _ANY, (),
     r"(?:admin|developer|maintenance|debug|god) (?:override|mode (?:enabled|activated|on))\b"),
    (3, ("do",), _ANY, (), r"do not follow (?:your|the|any) (?:guidelines|rules|instructions"
     r"|policies)\b"),
    (2, ("unfiltered", "uncensored"), _ANY, (), r"(?:unfiltered|uncensored)\b"),
    (2, ("you", "love", "wow"), _ANY, (), r"you nailed it\b|love it!|wow,? (?:that'?s|this is)"
     r" (?:great|amazing|awesome|perfect)"),
    (2, ("in", "of"), _ANY, (), r"(?:in|of) (?:this|the following|my) (?:sentence|paragraph|text"
     r"|email|essay|message|letter|poem|story)\b"),
    (1, ("how", "what"), _SENTENCE, (), r"(?:how|what) about (?:a|an|one|in|for|if|the|making)\b"),
    (1, ("almost", "close"), _SENTENCE, (), r"(?:almost|close)[!,.] but\b"),
    (3, _START_VERBS, _START, (), _alt(_START_VERBS) + r"(?: me| us)? (?:a|an|some|\d+|one|two"
     r"|three|four|five|six|seven|eight|nine|ten|a few|several|how|why|what|who|when|where"
     r"|whether|the (?:difference|pros|history|meaning|best|main|origin|story|plot|rules"
     r"|basics|benefits|causes|effects)|my)\b"),
    (3, ("you", "what", "how", "do", "can", "could", "would", "are", "did", "have", "will",
         "why", "which", "where", "when", "who", "should", "honestly"), _CHAT, (),
     r"(?:[a-z']+,? ){0,3}?you(?:'re|'ve|'d)?\b"),
    # weight 1: politeness, questions about one's own code, weak labels
    (1, ("it", "that", "this"), _ANY, (), r"(?:it|that|this) (?:still )?(?:doesn'?t|didn'?t"
     r"|does not|did not) work\b"),
    (1, ("i",), _ANY, (), r"i'?m (?:confused|lost)\b"),
    (1, ("nevermind", "never", "nvm", "idk", "btw", "ty", "tysm"), _ANY, (),
     r"(?:never ?mind|nvm|idk|btw|tysm|ty)\b"),
    (1, ("lol", "haha", "hmm", "ugh", "nah", "omg", "pls", "plz", "thx", "wait", "oops",
         "yay", "hey"), _ANY, (),
     r"(?:lol|haha+|hmm+|ugh|nah|omg|pls|plz|thx|wait,|oops|yay|hey[,!])"),
    (1, ("thanks", "perfect", "great", "awesome", "nice", "cool", "ok", "okay"), _SENTENCE, (),
     r"(?:thanks|perfect|great|awesome|nice|cool|ok|okay)(?: cool)?[,!.]"),
    (1, ("be",), _SENTENCE, (), r"be honest\b"),
    (1, ("i",), _ANY, (), r"i (?:don'?t|do not) (?:understand|get it)\b|i meant\b"),
    (1, ("try",), _ANY, (), r"try again\b"),
    (1, ("bullet",), _ANY, (), r"bullet points\b"),
    (1, ("answer",), _ANY, ("the",), r"answer (?:should be|is)\b"),
    (1, ("can", "could", "would", "will"), _ANY, (), r"(?:can|could|would|will) you\b"),
    (1, ("please",), _ANY, (), r"please\b"),
    (1, ("help",), _ANY, (), r"help me\b"),
    (1, ("give", "tell", "show", "send"), _ANY, (), r"(?:give|tell|show|send) me\b"),
    (1, ("me",), _ANY, ("for",), r"me\b"),
    (1, ("following",), _ANY, ("the",), r"following\b"),
    (1, ("how",), _ANY, (), r"how (?:do|can|should) i\b"),
    (1, ("what",), _ANY, (), r"what(?:'s| is) the best way\b"),
    (1, ("possible", "safe", "better"), _ANY, ("is it",), r"(?:possible|safe|better)\b"),
    (1, ("which",), _ANY, (), r"which (?:is better|one should)\b"),
    (1, ("you",), _ANY, (), r"you are (?:a|an|my|now)\b|you're (?:a|an|my)\b"),
    (1, _SENTENCE_VERBS, _SENTENCE, (), _alt(_SENTENCE_VERBS) + r" "),
    (1, ("your",), _ANY, (), r"your (?:needs|question|request|project|email)\b"),
    (1, _LABELS1, _LINE, (), _alt(_LABELS1) + r"[ \t]*:"),
)
"""Each phrase is tried only where one of its lead words starts a word; what must come before
the lead (a sentence start, "from" before "now on") is checked in Python first."""

_BY_LEAD: dict[bytes, tuple[int, ...]] = {}
_LEAD_ROWS: dict[bytes, tuple[tuple[int, ...], tuple[int, ...]]] = {}
"""Per lead word: the rows that apply wherever it starts a word, and those with a condition."""


_SHORT_TEXT_LEADS: frozenset[bytes] = frozenset()
_LONG_TEXT_LEADS: frozenset[bytes] = frozenset()
"""Lead words worth searching for: rows that only apply to a chat-sized text, or only to the
text's first word, do not need a search (the first word is looked at directly)."""
_CHAT_MAX = 240


def _index_leads() -> None:
    """Rows per lead word, and which lead words need a search: from the snapshot when it was
    built from this very table (``snapshot.tables``), otherwise one pass over the table."""
    global _SHORT_TEXT_LEADS, _LONG_TEXT_LEADS
    by_lead, lead_rows, short, long = snapshot.tables("cues.leads", _lead_tables, _REQUEST_TABLE)
    _BY_LEAD.update(by_lead)
    _LEAD_ROWS.update(lead_rows)
    _SHORT_TEXT_LEADS, _LONG_TEXT_LEADS = short, long


_LeadTables = tuple[dict[bytes, tuple[int, ...]],
                    dict[bytes, tuple[tuple[int, ...], tuple[int, ...]]],
                    frozenset[bytes], frozenset[bytes]]


def _lead_tables(table: tuple[_RequestRow, ...]) -> _LeadTables:
    """One pass over the table: ``_BY_LEAD``, ``_LEAD_ROWS`` and the two sets of lead words."""
    plain: dict[bytes, list[int]] = {}
    conditional: dict[bytes, list[int]] = {}
    short: set[bytes] = set()
    long: set[bytes] = set()
    for i, (_, leads, where, heads, _) in enumerate(table):
        keys = {lead.encode() for lead in leads}
        for key in keys:
            plain.setdefault(key, [])
        into = plain if where == _ANY and not heads else conditional
        for key in keys:
            into.setdefault(key, []).append(i)
        if where != _START:
            short |= keys
            if where != _CHAT:
                long |= keys
    by_lead: dict[bytes, tuple[int, ...]] = {}
    lead_rows: dict[bytes, tuple[tuple[int, ...], tuple[int, ...]]] = {}
    for key, rows in plain.items():
        more = conditional.get(key, [])
        lead_rows[key] = (unconditional := tuple(rows), tuple(more))
        # the same tuple where it is the same rows: the snapshot stores (and reads) it once
        by_lead[key] = tuple(sorted(rows + more)) if more else unconditional
    return by_lead, lead_rows, frozenset(short), frozenset(long)


_index_leads()
_REQUEST_BYTES = frozenset(_BY_LEAD)
GATE_WORDS = GATE_WORDS.union(_REQUEST_BYTES)  # the lead words must be among the words looked up
_ASK_HEADS = ("me", "to", "you", "and")


def _starts_sentence(lo: str, at: int) -> bool:
    """``(?:^|[.!?\\n]\\s*)`` ends at ``at``."""
    if at == 0:
        return True
    j = at
    while j and lo[j - 1].isspace():
        j -= 1
    return (j > 0 and lo[j - 1] in ".!?") or "\n" in lo[j:at]


def _starts_line(lo: str, at: int) -> bool:
    """``(?:^|\\n|[.!?] )[ \\t]*`` ends at ``at``."""
    j = at
    while j and lo[j - 1] in " \t":
        j -= 1
    return j == 0 or lo[j - 1] == "\n" or (j < at and lo[j] == " " and lo[j - 1] in ".!?")


def _after_words(lo: str, at: int, heads: tuple[str, ...]) -> int:
    """Where the head before ``at`` starts (``head`` and one blank, a whole word), or -1."""
    for head in heads:
        start = at - len(head) - 1
        if start >= 0 and lo.startswith(head, start) and lo[at - 1] == " " and not (
            start and (lo[start - 1].isalnum() or lo[start - 1] == "_")
        ):
            return start
    return -1


def _row_applies(row: _RequestRow, lo: str, at: int) -> bool:
    _, _, where, heads, _ = row
    start = at
    if heads:
        start = _after_words(lo, at, heads)
        if start < 0:
            return False
    if where == _ANY:
        return True
    if where == _LINE:
        return _starts_line(lo, start)
    if where == _START:
        return not lo[:start].strip(" \t\n\"'*>-") and _rx(_ENGINEERING).search(lo) is None
    if where == _CHAT:
        return len(lo) <= _CHAT_MAX and "?" in lo and _rx(_ENGINEERING).search(
            lo) is None
    if _starts_sentence(lo, start):
        return True
    return where == _ASK and (_after_words(lo, at, _ASK_HEADS) >= 0
                              or lo.endswith("please ", 0, at))


_request_rx: dict[tuple[int, ...], re.Pattern[str]] = {}


def _request_pattern(rows: tuple[int, ...]) -> re.Pattern[str]:
    """The phrases of these rows, strongest first, as one small pattern (compiled on first
    use): a failed try costs a few alternatives, not the whole table."""
    rx = _request_rx.get(rows)
    if rx is None:
        pattern = "|".join(
            f"(?P<w{w}>" + "|".join(_REQUEST_TABLE[i][4] for i in rows
                                    if _REQUEST_TABLE[i][0] == w) + ")"
            for w in (3, 2, 1) if any(_REQUEST_TABLE[i][0] == w for i in rows)
        )
        rx = _request_rx[rows] = _rx(pattern)
    return rx


_GATED_SEARCH = True
"""A shortcut (``tests/test_privacy_bounds.py`` switches it off and expects the same findings):
``_lead_gate``."""
GATE_AFTER = 16
"""Texts seen before the gates and the superset match are used. Each is one more pattern per
lead word, loaded once per process (~20-50 µs from the regex cache, the lead's rows being
long) and saving a microsecond or two per text: a CLI call that checks a few fields would pay
more than it saves, a long-lived process soon gains. Both ways give the same findings."""
_requests = 0
_GATE_MIN = 2
"""A one-letter lead word (``i``, ``a``) occurs inside too many other words for the gate's
literal scan to pay."""
_lead_gates: dict[bytes, re.Pattern[str] | None] = {}
_WORD_GATES = True
"""A gate tries the rows only where its letters are a whole word (``_WORD_BOUNDS``, right
after the literal, so ``re`` still scans for the literal in C): ``in``, ``do``, ``at`` occur
inside many words of a note, and trying the rows at each cost 3-8 µs a lead word. Every start
``_request`` tries is such a place (the lead is a whole word of ``words``, the character
before it neither a letter, a digit nor ``_``), so the gate stays a necessary condition.
Off (``tests/test_privacy_speed12.py``), the gates are those of session 10."""
_WORD_BOUNDS = "(?<![a-z0-9_]{0})(?![a-z])"
_GATE_FROM_FIRST = True
"""The gate searches from the lead's first whole-word occurrence (found in ``words`` by a
C-level bytes search, needed anyway), not from the text's start. Off
(``tests/test_privacy_speed12.py``), from the start."""


def _lead_gate(lead: bytes) -> re.Pattern[str] | None:
    """One search that says whether any row of ``lead`` can match anywhere in the text
    (`patterns.lookbehind_gate` over the alternation of the lead's rows): every place the
    rows are tried from (a whole-word occurrence of the lead) is an occurrence of its
    letters, and an alternation matches wherever one row does, so a failed search means no
    start of this lead can match, whichever conditions apply. None (and no gate) where the
    rows cannot be put in a lookbehind."""
    rows = "|".join(_REQUEST_TABLE[i][4] for i in _BY_LEAD[lead])
    word = lead.decode("ascii")
    source = lookbehind_gate(word, rows)
    if source is not None and _WORD_GATES:
        source = word + _WORD_BOUNDS.format(word) + source[len(word) :]
    gate = None
    if source is not None:
        import re  # a long-lived process's, after its first texts (GATE_AFTER)

        try:
            gate = _rx(source)
        except re.error:
            gate = None
    _lead_gates[lead] = gate
    return gate


_SUPERSET_FIRST = True
"""A shortcut (``tests/test_privacy_bounds.py`` switches it off and expects the same findings):
before checking which conditional rows apply at a lead word, one match of all the lead's rows
(an alternation matches at a position if and only if one of its alternatives does, and no row
refers to another's groups); where it fails, no subset can match."""


def _request(lo: str, words: bytes, present: frozenset[bytes], hits: list[_Hit]) -> None:
    """Requests addressed to a model with no role marker: weighted phrases, 3 points.

    ``words`` is the lower-cased letters of the text with everything else blank, padded with
    a blank on each side: a lead word occurs as a word where `` lead `` does (one C search)."""
    leads = present.intersection(_SHORT_TEXT_LEADS if len(lo) <= _CHAT_MAX else _LONG_TEXT_LEADS)
    starts: list[tuple[int, bytes]] = []
    opening = words.split(None, 1)[:1]  # the text's first word (rows that open a text)
    if opening and opening[0] in _BY_LEAD and opening[0] not in leads:
        at = words.find(opening[0]) - 1
        if not lo[:at].strip(" \t\n\"'*>-"):
            starts.append((at, opening[0]))
    if not leads and not starts:
        return
    global _requests
    _requests += 1
    warm = _requests > GATE_AFTER
    gated = _GATED_SEARCH and warm
    for lead in leads:
        needle = b" " + lead + b" "
        pos = words.find(needle)
        if gated and len(lead) >= _GATE_MIN and pos >= 0:
            gate = _lead_gates[lead] if lead in _lead_gates else _lead_gate(lead)
            # from the lead's first whole-word occurrence (no start lies before it; the
            # gate's lookbehinds still see the text before ``pos``)
            if gate is not None and (gate.search(lo, pos) if _GATE_FROM_FIRST
                                     else gate.search(lo)) is None:
                continue  # no row of this lead matches after any occurrence of its letters
        while pos >= 0:
            before = lo[pos - 1 : pos]  # pos is the word's start in ``lo`` (the pad shifts one)
            if not (before.isalnum() or before == "_"):
                starts.append((pos, lead))
            pos = words.find(needle, pos + len(lead) + 1)
    score = 0
    seen: set[str] = set()
    first = -1
    reached = 0
    starts.sort()
    table = _REQUEST_TABLE
    for at, lead in starts:
        if at < reached:
            continue  # inside a phrase already counted ("i hope this helps", "hope this helps")
        rows, conditional = _LEAD_ROWS[lead]
        if conditional:
            if _SUPERSET_FIRST and warm:
                every = _BY_LEAD[lead]
                if (_request_rx.get(every) or _request_pattern(every)).match(lo, at) is None:
                    continue  # no row of this lead matches here, so none of those that apply
            extra = tuple(i for i in conditional if _row_applies(table[i], lo, at))
            if extra:
                rows = tuple(sorted(rows + extra))
        if not rows:
            continue
        rx = _request_rx.get(rows)
        m = (rx or _request_pattern(rows)).match(lo, at)
        if m is None:
            continue
        reached = m.end()
        phrase = m.group(0).strip(" \t\n.!?,:")
        if phrase in seen:
            continue
        seen.add(phrase)
        score += 3 if m.lastgroup == "w3" else 2 if m.lastgroup == "w2" else 1
        if first < 0:
            first = m.start()
        if score >= 3:
            hits.append((PROMPT, 1, first, first + 1, "request-to-model"))
            return


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
    return len(words) == 2 and words[1] == "model" and words[0] not in _BOTISH


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
                if len(m.group("said").split()) >= 3 and len(reply.split()) >= 3:
                    hits.append((PROMPT, 1, m.start("u"), m.end("b"), "transcript-turns"))
                    return
            at = lo.find(user, at + len(user))


# -- a model's output quoted under any label -----------------------------------------------------

_QUOTE_LABEL = (
    r"(?:\b(?:bot|chatbot|model|assistant|llm|ai|chatgpt|copilot|claude|gemini|gpt(?:-?[0-9]"
    r"[a-z0-9.-]*)?|grok|llama|mistral|deepseek|qwen)(?:'s)?\b[^\n:]{0,40}?\b(?:answer|response"
    r"|reply|output|suggested|suggestion|came up with|said|wrote|generated|produced|returned"
    r"|verbatim|word for word|review|reviewed|commented|feedback|came back with|replied|answered"
    r"|responded)"
    r"|\b(?:answer|response|reply|output|suggestion|completion)s? (?:from|of|by) (?:the |an? )?"
    r"(?:bot|chatbot|model|assistant|llm|ai|gpt"
    r"|(?:other |previous |last |earlier )(?:chat|session|conversation)"
    r"|(?:chatgpt|claude|gemini|grok|llama|mistral|deepseek|qwen|codex|copilot)"
    r"(?:[-.][0-9a-z][a-z0-9.-]*|[0-9][a-z0-9.-]*)?)"
    r"|\b(?:review|patch|diff|fix|comment|feedback)s? \(?(?:from|by) (?:the |an? )?"
    r"(?:[^\s:]+ ){0,2}\(?(?:[\w-]*-ai\[bot\]|bot|chatbot|model|assistant|llm|ai|gpt"
    r"|(?:chatgpt|claude|gemini|grok|llama|mistral|deepseek|qwen|codex|copilot)"
    r"(?:[-.][0-9a-z][a-z0-9.-]*|[0-9][a-z0-9.-]*)?)(?!\w))"
    r"[^\n:]{0,40}?(?::|[ \t]+-{2,3}|[ \t]+\u2014)[ \t]*\n?(?:>[ \t]*|```[a-z]*\n|[\"\u201c])?"
)
_QUOTE_WORDS = frozenset(w.encode() for w in (
    "bot", "chatbot", "model", "assistant", "llm", "ai", "chatgpt", "copilot", "claude", "gemini",
    "gpt", "grok", "llama", "mistral", "deepseek", "qwen"))


_QUOTE_NOUNS = tuple(w.encode() for w in (
    "answer", "response", "reply", "output", "suggestion", "completion", "answers", "responses",
    "replys", "outputs", "suggestions", "completions",
    # a model's review, patch or comment attributed to it ("Review from <model> on PR #12:")
    "review", "reviews", "patch", "patches", "diff", "diffs", "fix", "fixs", "comment",
    "comments", "feedback", "feedbacks"))


def _quoted_output(lo: str, words: bytes, present: frozenset[bytes], hits: list[_Hit]) -> None:
    """The body under the label must read as prose: ten words and a full sentence.

    Every match of ``_QUOTE_LABEL`` starts at a whole word, a model's name or an output noun
    (both looked up in the word set first), so the pattern is tried only there, in order and
    without overlaps, as ``finditer`` would find them."""
    starts = [pos for word in (*(present & _QUOTE_WORDS), *(present & _QUOTE_NOUN_SET))
              for pos in _word_starts(words, word)
              if word not in _BY_NOUNS or _attributed(words, pos + len(word) + 1)]
    if not starts:
        return
    match = _rx(_QUOTE_LABEL).match
    reached = 0
    for at in sorted(starts):
        if at < reached:
            continue
        m = match(lo, at)
        if m is None:
            continue
        reached = max(m.end(), at + 1)
        body = lo[m.end() : m.end() + 400]
        said = [w for w in body.split() if w.strip(".,;:!?\"'\u201c\u201d").isalpha()]
        if len(said) >= 10 and (". " in body or body.rstrip().endswith((".", "!"))):
            hits.append((PROMPT, 1, m.start(), m.end(), "model-output-label"))
            return


_QUOTE_NOUN_SET = frozenset(_QUOTE_NOUNS)
_BY_NOUNS = frozenset(w.encode() for w in (
    "review", "reviews", "patch", "patches", "diff", "diffs", "fix", "fixs", "comment", "comments",
    "feedback", "feedbacks"))
"""Nouns that start a label only when "from" or "by" names who made them (``Review from
<model>``): the pattern is not tried at every "fix" of a note."""


def _attributed(words: bytes, after: int) -> bool:
    """Whether "from" or "by" follows at ``after`` in the word mask (a parenthesis between is a
    blank there)."""
    rest = words[after : after + 8].lstrip(b" ")
    return rest.startswith((b"from ", b"by "))
_QUOTE_GATE = _QUOTE_WORDS.union((b"session", b"chat", b"conversation"))
"""Words one of which a quoted model output's label names: a model, or the other session (an
agent's) its answer was copied from (then with one of ``_ANSWER_NOUNS``)."""
_ANSWER_NOUNS = frozenset(w.encode() for w in ("answer", "answers", "response", "responses", "reply",
                                               "output", "outputs", "suggestion", "completion"))
GATE_WORDS = GATE_WORDS.union(_QUOTE_NOUN_SET, _QUOTE_GATE, (v for v, _, _ in _LABEL_VERB_BYTES),
                              _ONE_LINE_BYTES, _ONE_USER_BYTES, framing.GATE_WORDS,
                              framing._TAG_WORDS, _REACT_MORE, framing.REQUEST_GATE, framing.SUMMARY_GATE,
                              framing.API_GATE, framing.HISTORY_GATE,
                              framing.ADDRESS_GATE)


# -- few-shot blocks ending in an open slot ------------------------------------------------------
#
# "English: cat / French: chat / English: dog / French:" or "Input: x / Output: X / ... /
# Output:": labelled examples, then the same label left empty for the model to fill in. The
# text ends with that label; it has been filled at least twice before, and another label
# takes turns with it. "a => b / c => d / e =>" is the same with an arrow.

_SLOT_ENDS = (":", "\uff1a", "=>", "->")


def _filled(low: str, label: str, sep: str, at_line: bool) -> int:
    """How often ``label`` + ``sep`` occurs with a value after it (on a line of its own when
    ``at_line``, else after a blank)."""
    count = 0
    needle = label + sep
    pos = low.find(needle)
    while pos >= 0:
        before = low[pos - 1 : pos]
        after = low[pos + len(needle) : pos + len(needle) + 40].lstrip(" \t")
        starts = before in ("", "\n") or (before in " \t>*#-" and (
            at_line is False or low.rfind("\n", 0, pos) < 0
            or low[low.rfind("\n", 0, pos) + 1 : pos].strip(" \t>*#-") == ""))
        if starts and after[:1] not in ("", "\n"):
            count += 1
        pos = low.find(needle, pos + len(needle))
    return count


def _few_shot(low: str, hits: list[_Hit]) -> None:
    tail = low.rstrip()
    sep = next(e for e in _SLOT_ENDS if tail.endswith(e))
    body = tail[: -len(sep)].rstrip(" \t")
    if sep in ("=>", "->"):
        lines = [ln for ln in body.split("\n") if ln.strip()]
        pairs = sum(1 for ln in lines[:-1] if f" {sep} " in ln and len(ln) <= 120)
        if len(lines) >= 3 and pairs >= 2 and sep not in lines[-1]:
            hits.append((PROMPT, 1, 0, len(low), "few-shot-block"))
        return
    line_start = body.rfind("\n") + 1
    candidates: list[tuple[str, bool]] = []
    last = body[line_start:].strip(" \t>*#-")
    if line_start and last and len(last) <= 40 and len(last.split()) <= 4:
        candidates.append((last, True))
    words = body.split()
    candidates += [(" ".join(words[-k:]), False) for k in (1, 2, 3) if len(words) > k]
    for label, at_line in candidates:
        if label[-1:].isalnum() and _filled(body, label, sep, at_line) >= 2:
            others = body.count(sep + " ") + body.count(sep + "\t") - 2
            if others >= 2:  # another label takes turns with it
                start = body.find(label + sep)
                hits.append((PROMPT, 1, max(0, start), len(low), "few-shot-block"))
                return
