"""A model's output framed as such, in any language: a reply label, or one role tag around it.

Why beside ``cues._labelled_output``: that cue knows English labels ("the assistant replied:",
"its full response was:"). A user of a Portuguese, Polish or Japanese model writes the same
label in that language (``o assistente respondeu:``, ``odpowiedź modelu:``, a Japanese one
with a full-width colon), and an agent's log may hold one reply wrapped in its role's tag with
no user turn (``<assistant>...</assistant>``, ``[assistant]`` on a line of its own). Two shapes:

- **label**: the part of a line before its first colon (at most ``_LABEL_MAX`` characters)
  names a model (a noun of ``_BOTS``) and a reply (a word of ``_REPLIES``), and what follows
  says something: ``_BODY_WORDS`` words, or ``_BODY_CJK`` characters of a CJK script. English
  reply words are left to the English cue, which already weighs them.
- **tag**: a model role's opening tag (``<assistant>``, ``[assistant]`` alone on a line)
  followed by ``_BODY_WORDS`` words; an XML tag must also be closed. A config's
  ``<model>gpt-4o</model>`` is one word, so it never counts.

A third shape, **an agent CLI's transcript**: a bullet and a tool call at a line's start
(``● Bash(make test)``) with its output under the result mark ``⎿``.

Cost: the scanner's word set already tells whether a Latin-script label word occurs
(``GATE_WORDS``); other scripts are looked for only in a text that is not ASCII, and both
shapes need a colon or a ``<``/``[`` before any regular expression runs.
"""

from __future__ import annotations

from handoff.privacy.lazy_re import rx as _rx

_Hit = tuple[str, int, int, int, str]

RULE_ID = "model-output-framed"

_BOTS_LATIN = (
    "assistente", "asistente", "assistent", "asystent", "asystenta", "asistan", "asisten",
    "asistan\u0131", "ia", "ki", "modelo", "modello", "modelu", "modelem", "modeli", "modelin",
    "model", "chatbot", "chatbota", "bot", "bota", "yapay zeka", "m\u00f4 h\u00ecnh",
    "tr\u1ee3 l\u00fd", "mod\u00e8le", "modell", "modells", "llm", "chatgpt", "claude", "gemini",
    "copilot", "mistral", "llama", "qwen", "deepseek", "gpt",
)
_BOTS_OTHER = (
    "\u0430\u0441\u0441\u0438\u0441\u0442\u0435\u043d\u0442", "\u043c\u043e\u0434\u0435\u043b",
    "\u043d\u0435\u0439\u0440\u043e\u0441\u0435\u0442", "\u0431\u043e\u0442",  # ru
    "\u6a21\u578b", "\u52a9\u624b", "\u52a9\u7406", "\u673a\u5668\u4eba",  # zh
    "\u30a2\u30b7\u30b9\u30bf\u30f3\u30c8", "\u30e2\u30c7\u30eb", "\u30dc\u30c3\u30c8",  # ja
    "\uc5b4\uc2dc\uc2a4\ud134\ud2b8", "\ubaa8\ub378", "\ucc57\ubd07",  # ko
    "\u0627\u0644\u0645\u0633\u0627\u0639\u062f", "\u0627\u0644\u0646\u0645\u0648\u0630\u062c",  # ar
    "\u05d4\u05de\u05d5\u05d3\u05dc", "\u05d4\u05e2\u05d5\u05d6\u05e8",  # he
    "\u0938\u0939\u093e\u092f\u0915", "\u092e\u0949\u0921\u0932",  # hi
)
_REPLIES_LATIN = (
    "respondeu", "resposta", "respondi\u00f3", "respondio", "respuesta", "contest\u00f3",
    "antwortete", "antwort", "a r\u00e9pondu", "r\u00e9ponse", "reponse", "ha risposto",
    "risposta", "jawaban", "menjawab", "balasan", "odpowied\u017a", "odpowiedzia\u0142",
    "odpowiedzia\u0142a", "odpowiedzi", "cevap", "cevab\u0131", "yan\u0131t", "yan\u0131t\u0131",
    "cevap verdi", "antwoord", "antwoordde", "tr\u1ea3 l\u1eddi", "c\u00e2u tr\u1ea3 l\u1eddi",
    "svar", "svarade", "odpov\u011b\u010f",
)
_REPLIES_OTHER = (
    "\u043e\u0442\u0432\u0435\u0442",  # ru: otvet, otvetil (a prefix of both)
    "\u56de\u7b54", "\u56de\u590d", "\u7b54\u590d", "\u8f93\u51fa",  # zh
    "\u8fd4\u7b54", "\u51fa\u529b",  # ja (and kaitou above)
    "\ub2f5\ubcc0", "\ub300\ub2f5", "\uc751\ub2f5",  # ko
    "\u0627\u0644\u0631\u062f", "\u0625\u062c\u0627\u0628\u0629", "\u0623\u062c\u0627\u0628",  # ar
    "\u05ea\u05e9\u05d5\u05d1\u05d4", "\u05e2\u05e0\u05d4",  # he
    "\u0909\u0924\u094d\u0924\u0930", "\u091c\u0935\u093e\u092c",  # hi
)
_REPLIES_ASCII = tuple(w for w in _REPLIES_LATIN if w.isascii() and " " not in w)
GATE_WORDS = frozenset(w.encode() for w in _REPLIES_ASCII)
"""Reply words the scanner's word set can hold (ASCII ones only: its word mask keeps ASCII
letters); a bot noun alone (``model``, ``claude``) is far too common in notes to gate on."""

_LABEL_MAX = 72
_BODY_WORDS = 5
_BODY_CJK = 12
_CJK = r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]"


def _word_at(label: str, word: str) -> bool:
    """``word`` occurs in ``label`` starting a word (Latin words may inflect after it); CJK
    scripts do not separate words, so there any occurrence counts."""
    if word[0] >= "\u3040":
        return word in label
    at = label.find(word)
    while at >= 0:
        if at == 0 or not label[at - 1].isalpha():
            return True
        at = label.find(word, at + 1)
    return False


def _says_something(body: str) -> bool:
    if len(body.split()) >= _BODY_WORDS:
        return True
    return not body.isascii() and len(_rx(_CJK).findall(body)) >= _BODY_CJK


def label_hits(text: str, present: frozenset[bytes], hits: list[_Hit]) -> None:
    """A reply label in another language, then a body that says something. Starts from each
    reply word the text holds (in an ASCII text only those of its word set), never from each
    line: a note names models far more often than it quotes them."""
    if ":" not in text and "\uff1a" not in text:
        return
    if text.isascii():
        if present.isdisjoint(GATE_WORDS):
            return
        replies: tuple[str, ...] = tuple(r for r in _REPLIES_ASCII if r.encode() in present)
        bots: tuple[str, ...] = _BOTS_LATIN
    else:
        replies = _REPLIES_LATIN + _REPLIES_OTHER
        bots = _BOTS_LATIN + _BOTS_OTHER
    low = text.lower()
    for reply in replies:
        at = low.find(reply)
        while at >= 0:
            if _labelled_at(low, at, reply, bots):
                line = low.rfind("\n", 0, at) + 1
                hits.append(("prompt", 1, line, at + len(reply), RULE_ID))
                return
            at = low.find(reply, at + 1)


def _labelled_at(low: str, at: int, reply: str, bots: tuple[str, ...]) -> bool:
    """The reply word at ``at`` is part of a line's label (before its first colon, at most
    ``_LABEL_MAX`` characters in), the label names a model, and a body follows."""
    if at and reply[0] < "\u3040" and low[at - 1].isalpha():
        return False  # inside a longer word
    line = low.rfind("\n", 0, at) + 1
    if at - line > _LABEL_MAX:
        return False
    head = low[line : line + _LABEL_MAX + 1]
    colon = min((c for c in (head.find(":"), head.find("\uff1a")) if c >= 0), default=-1)
    if colon < 0 or line + colon < at:
        return False
    label = head[:colon]
    if not any(_word_at(label, b) for b in bots):
        return False
    return _says_something(low[line + colon + 1 : line + colon + 601])


_TAG = (r"(?:^|\n)[ \t>]*(?:<(?P<x>assistant|ai|bot|chatbot|completion|chatgpt|claude"
        r"|gpt)>|\[(?P<b>assistant|ai|bot|chatbot|chatgpt|claude|gpt)\][ \t]*\n)")
_TAG_NAMES = ("assistant", "ai", "bot", "chatbot", "completion", "chatgpt", "claude", "gpt",
              "output")
_TAG_WORDS = frozenset(w.encode() for w in ("assistant", "ai", "bot", "chatbot", "output",
                                            "completion", "chatgpt", "claude", "gpt"))


def tag_hits(lo: str, present: frozenset[bytes], hits: list[_Hit]) -> None:
    """One model role's tag around what it said (``<assistant>...</assistant>``)."""
    if present.isdisjoint(_TAG_WORDS) or not any(
        ("<" + w + ">" in lo or "[" + w + "]" in lo) for w in _TAG_NAMES if w.encode() in present
    ):
        return  # two substring tests per tag name among the text's words
    for m in _rx(_TAG).finditer(lo):
        tag = m.group("x")
        if tag:
            close = lo.find("</" + tag + ">", m.end())
            body = lo[m.end() : close] if close > 0 else ""
        else:
            body = lo[m.end() : m.end() + 600]
        if _says_something(body):
            hits.append(("prompt", 1, m.start(), m.end(), RULE_ID))
            return


_CLI_CALL = r"(?m)^[ \t]*[\u25cf\u23fa\u2022][ \t]*[A-Z][A-Za-z]{1,24}\("
"""A tool call as an agent's terminal shows it: a bullet, then ``Bash(``, ``Update(``,
``Read(`` ... at a line's start."""


def cli_hits(text: str, hits: list[_Hit]) -> None:
    """An agent CLI's transcript: a tool call line (``● Bash(make test)``) and its result under
    the result mark ``⎿``, a character no one types by hand. Called only for non-ASCII text."""
    mark = text.find("\u23bf")
    if mark < 0:
        return
    m = _rx(_CLI_CALL).search(text)
    if m is not None:
        hits.append(("prompt", 1, m.start(), max(m.end(), mark + 1), "agent-cli-transcript"))
