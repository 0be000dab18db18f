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

from handoff.privacy.lazy_re import lacks as _lacks
from handoff.privacy.lazy_re import lower as _lower
from handoff.privacy.lazy_re import rx as _rx

_Hit = tuple[str, int, int, int, str]

RULE_ID = "model-output-framed"

_BOTS_LATIN = (
    "assistente", "asistente", "assistent", "asystent", "asystenta", "asistan", "asisten",
    "asistan\u0131", "ia", "ki", "modelo", "modello", "modelu", "modelem", "modeli", "modelin",
    "model", "chatbot", "chatbota", "bot", "bota", "yapay zeka", "m\u00f4 h\u00ecnh",
    "tr\u1ee3 l\u00fd", "mod\u00e8le", "modell", "modells", "llm", "chatgpt", "claude", "gemini",
    "copilot", "mistral", "llama", "qwen", "deepseek", "gpt", "ai", "yapay zek\u00e2",
    "kecerdasan buatan", "intelligenza artificiale", "intelligence artificielle",
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
    "\u0627\u0644\u0630\u0643\u0627\u0621 \u0627\u0644\u0627\u0635\u0637\u0646\u0627\u0639\u064a",  # ar: AI
    "\u4eba\u5de5\u667a\u80fd", "\uc778\uacf5\uc9c0\ub2a5", "\u0418\u0418",  # zh, ko, ru: AI
)
_REPLIES_LATIN = (
    "respondeu", "resposta", "respondi\u00f3", "respondio", "respuesta", "contest\u00f3",
    "antwortete", "antwort", "a r\u00e9pondu", "r\u00e9ponse", "reponse", "ha risposto",
    "risposta", "jawaban", "menjawab", "balasan", "odpowied\u017a", "odpowiedzia\u0142",
    "odpowiedzia\u0142a", "odpowiedzi", "cevap", "cevab\u0131", "yan\u0131t", "yan\u0131t\u0131",
    "cevap verdi", "antwoord", "antwoordde", "tr\u1ea3 l\u1eddi", "c\u00e2u tr\u1ea3 l\u1eddi",
    "svar", "svarade", "odpov\u011b\u010f",
    # wrote / output: a reply label says what the model wrote, or calls it its output
    "schrieb", "ausgabe", "a \u00e9crit", "sortie", "escribi\u00f3", "escribio", "salida",
    "escreveu", "sa\u00edda", "saida", "ha scritto", "uscita", "napisa\u0142", "napisa\u0142a",
    "napisa\u0142o", "wynik", "schreef", "uitvoer", "yazd\u0131", "\u00e7\u0131kt\u0131",
    "\u0111\u00e3 vi\u1ebft", "\u0111\u1ea7u ra", "menulis", "keluaran",
)
_REPLIES_OTHER = (
    "\u043e\u0442\u0432\u0435\u0442",  # ru: otvet, otvetil (a prefix of both)
    "\u56de\u7b54", "\u56de\u590d", "\u7b54\u590d", "\u8f93\u51fa",  # zh
    "\u8fd4\u7b54", "\u51fa\u529b",  # ja (and kaitou above)
    "\ub2f5\ubcc0", "\ub300\ub2f5", "\uc751\ub2f5",  # ko
    "\u0627\u0644\u0631\u062f", "\u0625\u062c\u0627\u0628\u0629", "\u0623\u062c\u0627\u0628",  # ar
    "\u05ea\u05e9\u05d5\u05d1\u05d4", "\u05e2\u05e0\u05d4",  # he
    "\u0909\u0924\u094d\u0924\u0930", "\u091c\u0935\u093e\u092c",  # hi
    "\u043d\u0430\u043f\u0438\u0441\u0430\u043b", "\u0432\u044b\u0432\u043e\u0434",  # ru: wrote, output
    "\u5199\u9053", "\u66f8\u3044\u305f", "\ucd9c\ub825", "\uc37c",  # zh wrote, ja wrote, ko output/wrote
    "\u0932\u093f\u0916\u093e", "\u0906\u0909\u091f\u092a\u0941\u091f",  # hi: wrote, output
    "\u0643\u062a\u0628", "\u0645\u062e\u0631\u062c\u0627\u062a",  # ar: wrote, output
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
        if (at == 0 or not label[at - 1].isalpha()) and (len(word) > 3 or not _ascii_letter_at(label, at + len(word))):
            return True
        at = label.find(word, at + 1)
    return False


def _ascii_letter_at(label: str, at: int) -> bool:
    """A short noun (``ai``, ``bot``, ``ki``) must end a word: ``ai`` is not ``aim``, though a
    Japanese particle may follow it (``AIの出力``)."""
    return at < len(label) and label[at].isascii() and label[at].isalpha()


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
    low = _lower(text)
    for reply in replies:
        at = -1 if _lacks(low, reply) else low.find(reply)
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


_TURN_BOTS = (
    "assistant", "assistente", "asistente", "assistent", "asystent", "asistan", "asisten",
    "asistent", "chatgpt", "claude", "gemini", "copilot",
    "\u0430\u0441\u0441\u0438\u0441\u0442\u0435\u043d\u0442",  # ru
    "\u0430\u0441\u0438\u0441\u0442\u0435\u043d\u0442",  # uk
    "\u52a9\u624b", "\u30a2\u30b7\u30b9\u30bf\u30f3\u30c8",  # zh ja
    "\uc5b4\uc2dc\uc2a4\ud134\ud2b8", "tr\u1ee3 l\u00fd",  # ko vi
    "\u0e1c\u0e39\u0e49\u0e0a\u0e48\u0e27\u0e22", "\u03b2\u03bf\u03b7\u03b8\u03cc\u03c2",  # th el
    "avustaja", "asszisztens",  # fi hu
    "\u0627\u0644\u0645\u0633\u0627\u0639\u062f", "\u05d4\u05e2\u05d5\u05d6\u05e8",  # ar he
    "\u0938\u0939\u093e\u092f\u0915", "\u062f\u0633\u062a\u06cc\u0627\u0631",  # hi fa
)
"""A model's role, named as a speaker: an assistant in many languages and the chat products'
names. Not "ai" (meeting notes' action items), "bot" (a chat-ops bot's status line) or "model"
(a config's field)."""
TURN_GATE = frozenset(w.encode() for w in _TURN_BOTS if w.isascii())
_TURN_ASCII = tuple((w, w.encode()) for w in _TURN_BOTS if w.isascii())
_ONE_TURN = (r"(?m)^[ \t>*#-]*(?:\*\*)?(?:" + "|".join(_TURN_BOTS) + r")(?:\*\*)?[ \t]*[:\uff1a]"
             r"(?:\*\*)?[ \t]*(?:\n[ \t>]*)?(?P<body>[^\n]+)")
"""(The body may stand on the next line, under a label line of its own: ``Assistant:`` then
what it said.)"""
_FIELD_LINE = r"(?m)^[ \t>*#-]*[a-z][a-z_-]{0,20}[ \t]*:[ \t]*\S+(?:[ \t]+\S+){0,2}[ \t]*$"
"""Another line of ``key: value`` with a short value (``tool: pagerduty``) beside the model's
line: the text is a block of fields, and the model's line one of them."""
_FIELD_START = r"[a-z][a-z0-9_-]{0,30}[ \t]*:(?:[ \t]|$)"
_TURN_WORDS = 6
_TURN_CJK = 12


def _named(low: str, name: str) -> bool:
    """Whether ``name`` occurs followed by a colon (blanks and ``**`` between allowed): one
    pass of ``str.find`` in C over the text, where the pattern would be tried at every line."""
    size = len(name)
    at = low.find(name)
    while at >= 0:
        after = low[at + size : at + size + 6].lstrip(" \t*")
        if after[:1] == ":" or after[:1] == "\uff1a":
            return True
        at = low.find(name, at + size)
    return False


def turn_hits(text: str, lo: str, present: frozenset[bytes], hits: list[_Hit]) -> None:
    """One turn of a model, its speaker named at a line's start and a sentence after it
    (``Assistant: I'll start by reading the loader ...``, ``Asistente: Voy a empezar ...``):
    what a transcript's model said, pasted without the user's turn (two turns are
    ``transcript-turns``). At least ``_TURN_WORDS`` words (``_TURN_CJK`` characters of a CJK
    script): ``Assistant: Maria`` is a directory's line. ``lo``: the scanner's lower-cased
    view, enough to tell whether a name with a colon occurs at all."""
    if ":" not in text and "\uff1a" not in text:
        return
    if text.isascii():
        if present.isdisjoint(TURN_GATE):
            return
        names = [w for w, b in _TURN_ASCII if b in present]
        low = lo
    else:
        low = _lower(text)  # (the view lower-cases ASCII letters only)
        names = [w for w in _TURN_BOTS if w in low]
    if not any(_named(low, w) for w in names):
        return  # no name with a colon after it: the pattern, tried at every line, need not run
    low = _lower(text)
    fields: list[tuple[int, int]] | None = None
    for m in _rx(_ONE_TURN).finditer(low):
        if fields is None:  # (found once: a search of the text less each turn's lines was quadratic)
            fields = [f.span() for f in _rx(_FIELD_LINE).finditer(low)]
        # a field line is a whole line and a turn's span whole lines (from a line's start to
        # its body's end), so a field line beside the turn is one not inside its span
        if any(a < m.start() or b > m.end() for a, b in fields):
            return  # one field among others ("assistant: ... / tool: pagerduty"): a config
        body = m.group("body")
        if _rx(_FIELD_START).match(body):
            continue  # "assistant:" / "  model: x": a config block's section, not a turn
        words = [w for w in body.split() if any(c.isalpha() for c in w)]
        cjk = sum("\u3040" <= c <= "\u9fff" or "\uac00" <= c <= "\ud7af" for c in body)
        if len(words) >= _TURN_WORDS or cjk >= _TURN_CJK:
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
    if m is not None and _cli_words(text):
        hits.append(("prompt", 1, m.start(), max(m.end(), mark + 1), "agent-cli-transcript"))


def _cli_words(text: str) -> bool:
    """Whether an agent CLI's transcript holds words of the conversation: a line that is no
    tool call and no tool output (``> fix the flaky test``, ``● The test races on ...``).
    Calls and their results alone (``● Grep(npm test)`` then ``⎿ exit 1``) are an event
    record: what a tool was asked to do, with no word of a prompt or an answer. Output lines
    are the result mark's line and the indented lines under it."""
    for line in text.split("\n"):
        if not line or line[0] in " \t" or "\u23bf" in line or _rx(_CLI_CALL).match(line):
            continue
        body = line.lstrip("> \u25cf\u23fa\u2022*-")
        if len(body.split()) >= 3 and 2 * sum(c.isalpha() for c in body) > len(body):
            return True
    return False


# -- a user's request quoted under a label ----------------------------------------------------
#
# The mirror of the reply label above, for the other side of the conversation: an agent (or a
# person) copying what its user asked into a note: "user asked: ...", "The human wrote: ...",
# "request from the user: ...", "Original prompt: ...", "użytkownik poprosił: ...". The label
# names the user's side and an act of asking (or the text is called a prompt), it ends a line's
# first segment with a colon or a dash, and a body that says something follows. A note that
# names a user without quoting one ("user=alice", "users: 40") has no asking word; "Customer
# asked:" is left out: a support ticket quotes customers, not prompts.

REQUEST_RULE_ID = "user-request-label"
_ASKERS_ASCII = ("user", "users", "human", "usuario", "usuaria", "utilisateur", "utilisatrice", "benutzer",
                 "nutzer", "nutzerin", "utente", "gebruiker", "pengguna", "kullanici", "uzytkownik",
                 "operator", "requester")
_ASKERS_OTHER = ("usu\u00e1rio", "usu\u00e1ria", "kullan\u0131c\u0131", "u\u017cytkownik",
                 "u\u017cytkowniczka", "ng\u01b0\u1eddi d\u00f9ng",
                 "\u043f\u043e\u043b\u044c\u0437\u043e\u0432\u0430\u0442\u0435\u043b",  # ru (stem)
                 "\u043a\u043e\u0440\u0438\u0441\u0442\u0443\u0432\u0430\u0447",  # uk
                 "\u7528\u6237", "\u4f7f\u7528\u8005", "\u30e6\u30fc\u30b6\u30fc", "\u30e6\u30fc\u30b6",
                 "\uc0ac\uc6a9\uc790", "\u0627\u0644\u0645\u0633\u062a\u062e\u062f\u0645",
                 "\u05d4\u05de\u05e9\u05ea\u05de\u05e9", "\u0909\u092a\u092f\u094b\u0917\u0915\u0930\u094d\u0924\u093e")
_ASKS_ASCII = ("asked", "asks", "said", "says", "wrote", "writes", "typed", "requested", "request", "requests",
               "prompt", "prompts", "message", "instruction", "instructions", "question", "query", "words",
               "task", "pidio", "pregunto", "escribio", "solicitud", "pedido", "pediu", "perguntou", "escreveu",
               "demande", "fragte", "schrieb", "bat", "anfrage", "chiesto", "scritto", "richiesta", "vroeg",
               "schreef", "verzoek", "meminta", "bertanya", "menulis", "permintaan", "sordu", "yazdi",
               "istedi", "istek", "poprosil", "napisal", "zapytal", "prosba")
_ASKS_OTHER = ("pidi\u00f3", "pregunt\u00f3", "escribi\u00f3", "a demand\u00e9", "a \u00e9crit",
               "yazd\u0131", "poprosi\u0142", "napisa\u0142", "zapyta\u0142", "pro\u015bba", "y\u00eau c\u1ea7u",
               "h\u1ecfi", "vi\u1ebft", "\u043d\u0430\u043f\u0438\u0441\u0430\u043b", "\u0441\u043f\u0440\u043e\u0441",
               "\u043f\u043e\u043f\u0440\u043e\u0441", "\u0437\u0430\u043f\u0440\u043e\u0441",
               "\u043f\u0440\u043e\u043c\u043f\u0442", "\u8981\u6c42", "\u95ee", "\u554f", "\u5199\u9053",
               "\u8bf4", "\u63d0\u793a", "\u4f9d\u983c", "\u8cea\u554f", "\u66f8\u3044",
               "\u30d7\u30ed\u30f3\u30d7\u30c8",
               "\uc694\uccad", "\uc9c8\ubb38", "\ud504\ub86c\ud504\ud2b8", "\u0637\u0644\u0628", "\u0633\u0623\u0644",
               "\u0628\u05d9\u05e7\u05e9", "\u0936\u0947\u092a\u0948")
_PROMPT_LABEL_WORDS = frozenset(("the", "original", "initial", "user", "users", "s", "verbatim", "exact", "full",
                                 "raw", "my", "our", "his", "her", "their", "prompt", "used", "was", "is", "text",
                                 "i", "sent", "typed", "first", "last", "latest", "question", "to", "model", "ai",
                                 "llm", "the", "chatgpt", "claude", "gpt", "copilot", "a", "an", "unedited"))
REQUEST_GATE = frozenset(w.encode() for w in ("user", "users", "human", "prompt", "operator", "requester",
                                                *(a for a in _ASKERS_ASCII if a not in ("kullanici", "uzytkownik"))))
"""ASCII words one of which an ASCII text must hold for the label to be looked for."""
_REQUEST_LABEL_MAX = 72
_REQUEST_BODY_WORDS = 4
_SEGMENT_STARTS = ("\n", ". ", "| ", "; ", "\u3002")


def _whole_word(label: str, word: str) -> bool:  # (a label's non-ASCII words)
    """``word`` starts a word of ``label``; an ASCII word must also end one (other words are
    stems: Slavic and Turkic labels inflect them). CJK words: any occurrence."""
    if word[0] >= "\u3040":
        return word in label
    at = label.find(word)
    while at >= 0:
        end = at + len(word)
        if (at == 0 or not (label[at - 1].isalnum() or label[at - 1] == "_")) and (
                not word.isascii() or end == len(label) or not (label[end].isalnum() or label[end] == "_")):
            return True
        at = label.find(word, at + 1)
    return False


_NOT_A_QUOTE = frozenset(("error", "for", "field", "table", "column", "id", "ids", "name", "names", "count",
                          "limit", "limits", "endpoint", "header", "flag", "log", "logs", "template", "templates",
                          "file", "files", "schema", "type", "types", "role", "roles", "format", "length", "size",
                          "queue", "handler", "validation", "form", "api", "db", "database", "timeout"))
"""Words that make a label about the system's own data ("error message for the user",
"user request timeout"), not a quote of what a user asked."""


_ASKER_SET = frozenset(_ASKERS_ASCII)
_ASK_SET = frozenset(_ASKS_ASCII)


def _request_label(label: str, askers: tuple[str, ...]) -> bool:
    """``label`` (lower-cased, no colon) names the user's side and an act of asking, or calls
    what follows a prompt. ``askers``: the non-ASCII asking parties the text holds."""
    words = label.replace("'", " ").replace("\u2019", " ").replace("(", " ").replace(")", " ").split()
    if not words or len(words) > 9 or not _NOT_A_QUOTE.isdisjoint(words):
        return False
    seen = set(words)
    if "prompt" in seen and seen <= _PROMPT_LABEL_WORDS:
        return True
    if label.isascii():
        return not _ASKER_SET.isdisjoint(seen) and not _ASK_SET.isdisjoint(seen)
    if _ASKER_SET.isdisjoint(seen) and not any(_whole_word(label, a) for a in askers if a in label):
        return False
    return not _ASK_SET.isdisjoint(seen) or any(_whole_word(label, a) for a in _ASKS_OTHER if a in label)


_REQUEST_TRIES = 8
"""Labels looked at per text at most: a note names its user a few times, and a text that names
one on every line (a user table's docs) must not cost a try per line."""


def request_label_hits(text: str, present: frozenset[bytes], hits: list[_Hit]) -> None:
    """A label naming the user's request, then a body that says something. Starts from each
    occurrence of an asking party's word (or ``prompt``): in ASCII the ones of the text's word
    set, elsewhere also those of other scripts the text holds (one substring test each). The
    label is the segment around it (back to a line break or a sentence's end, on to the first
    colon or spaced dash), at most ``_REQUEST_LABEL_MAX`` characters; at most
    ``_REQUEST_TRIES`` segments are judged."""
    ascii_ = text.isascii()
    gate = REQUEST_GATE.intersection(present)
    if ascii_ and not gate:
        return
    low = _lower(text)
    if ":" not in low and "\uff1a" not in low and " - " not in low and " \u2014 " not in low:
        return
    askers: tuple[str, ...] = () if ascii_ else tuple(a for a in _ASKERS_OTHER if a in low)
    # sorted: at most ``_REQUEST_TRIES`` segments are judged, so the order in which the
    # anchors are tried must be the same in every process (a set's order is not)
    anchors = (*(w.decode() for w in sorted(gate)), *askers)
    tried: set[tuple[int, int, int]] = set()
    tries = 0
    for anchor in anchors:
        pos = low.find(anchor)
        while pos >= 0 and tries < _REQUEST_TRIES:
            tries += 1
            span = _label_span(low, pos)
            if span is not None and span not in tried:
                tried.add(span)
                start, end, size = span
                label = low[start:end].strip(" \t>*#-_[]\"'")
                if label and "=" not in label and _request_label(label, askers) and (
                        _says_something_short(low[end + size : end + size + 600])):
                    hits.append(("prompt", 1, start, end + size, REQUEST_RULE_ID))
                    return
            pos = low.find(anchor, pos + len(anchor))


def _label_span(low: str, pos: int) -> tuple[int, int, int] | None:
    """(start, end of the label, length of its mark) of the segment holding ``pos``: back to a
    line break or a sentence's end, on to the first colon (or, with none, a spaced dash); None
    if there is no mark within ``_REQUEST_LABEL_MAX`` characters. Bounded searches, no slices."""
    limit = pos + _REQUEST_LABEL_MAX
    end = low.find(":", pos, limit)
    wide = low.find("\uff1a", pos, limit if end < 0 else end)
    size = 1
    if wide >= 0:
        end = wide
    elif end < 0:
        end, size = low.find(" - ", pos, limit), 3
        if end < 0:
            end = low.find(" \u2014 ", pos, limit)
            if end < 0:
                return None
    if low.find("\n", pos, end) >= 0 or low.find("\u3002", pos, end) >= 0 or low.find(". ", pos, end) >= 0:
        return None  # a label is one segment: a sentence's end between the user and the colon
        # ("The user asked to keep the API. Next: ...", or a Japanese sentence ended by its 。)
    floor = max(0, end - _REQUEST_LABEL_MAX)
    start = -1
    for sep in _SEGMENT_STARTS:
        at = low.rfind(sep, floor, pos)
        if at >= 0 and at + len(sep) > start:
            start = at + len(sep)
    if start < 0:
        if floor > 0:
            return None  # no segment start within reach: a sentence far longer than a label
        start = 0
    if low.find(":", start, pos) >= 0 or low.find("\uff1a", start, pos) >= 0:
        return None
    return start, end, size


def _says_something_short(body: str) -> bool:
    words = [w for w in body.split() if any(c.isalpha() for c in w)]
    if len(words) >= _REQUEST_BODY_WORDS:
        return True
    return not body.isascii() and len(_rx(_CJK).findall(body)) >= _BODY_CJK // 2



# -- a model addressed by name ------------------------------------------------------------------
#
# "Claude, напиши README ...", "ChatGPT, donne-moi 4 idées ...", "Gemini: lakukan ...",
# "@copilot faz uma revisão ...": a line that opens by calling a model by its name, then asks
# something, in any language. The name is the vocative; what follows needs no request phrase.
# A status line names a model too ("gpt-4.1-mini: healthy, p50 2545 ms", "deepseek: degraded,
# falling back to ..."), so a colon counts only before a question or a body in another script,
# and a comma never before a list of models ("Claude, GPT and Gemini all fail ...").

ADDRESS_RULE_ID = "model-addressed"
_MODEL_NAMES = ("claude", "chatgpt", "gpt", "gemini", "copilot", "llama", "mistral", "deepseek", "qwen", "grok",
                "codex")
ADDRESS_GATE = frozenset(w.encode() for w in _MODEL_NAMES)
_ADDRESSED = (r"\n[ \t>*-]*(?:(?:hey|hi|ok|okay|yo|dear|hello)[ \t,]+)?(?P<at>@)?(?P<name>"
              + "|".join(_MODEL_NAMES)
              + r")(?P<version>[-.]?[0-9][\w.-]*)?(?P<sep>[ \t]*[,:\uff0c\uff1a]|[ \t]+(?=\S))")
_LIST_WORDS = frozenset(("and", "or", "vs", "versus", "&", "und", "y", "et", "e", "i", "\u0438", "\u548c"))


def _is_word(token: str) -> bool:
    """A word of prose, in any script: two letters or more and no digit. Ids, hashes, UUIDs
    and versions have letters too ("gpt-4o-mini, e3e70682-c209-..." lists ids, it asks nothing)."""
    letters = 0
    for c in token:
        if c.isdigit():
            return False
        letters += c.isalpha()
    return letters >= 2


def addressed_hits(text: str, present: frozenset[bytes], hits: list[_Hit]) -> None:
    """A line that calls a model by its name (``Claude,`` / ``@copilot`` / ``Gemini:`` before a
    question or another script), then says something."""
    if present.isdisjoint(ADDRESS_GATE):
        return
    low = "\n" + _lower(text)  # the pattern opens with a literal line break: re skips to one in C
    for tries, m in enumerate(_rx(_ADDRESSED).finditer(low)):
        if tries >= _REQUEST_TRIES:
            return  # a log of model status lines: the first few lines decide
        sep = m.group("sep").strip()
        if not sep and not m.group("at"):
            continue  # a bare name and a blank: only a mention ("@copilot review this") calls
        if m.group("version") and not m.group("at"):
            continue  # "gpt-4o-mini, ..." names a model in a list or a log; one calls it "GPT,"
        line_end = low.find("\n", m.end(), m.end() + 240)
        body = low[m.end() : line_end if line_end >= 0 else m.end() + 240].strip()
        words = [w for w in body.split() if _is_word(w)]
        cjk = 0 if body.isascii() else len(_rx(_CJK).findall(body))
        if len(words) < 3 and cjk < 6:
            continue
        head = [w.strip(",.;:") for w in body.split()[:4]]
        if any(w in _LIST_WORDS or w.startswith(_MODEL_NAMES) for w in head):
            continue  # a list of models, not one called by name
        if sep in (":", "\uff1a") and not m.group("at") and (
                "?" not in body and "\uff1f" not in body and body.isascii()):
            continue  # "gpt-5: healthy, p50 2431 ms": a status line under the model's name
        hits.append(("prompt", 1, m.start("name") - 1, m.end() - 1, ADDRESS_RULE_ID))
        return


# -- a model CLI called with a request (shell history, a CI step) -----------------------------
#
# The same act as calling a model by its name, written as a command: ``llm "..."``, ``ollama run
# llama3.1 "..."``, ``claude -p "..."``, ``codex exec "..."``, ``gh copilot suggest "..."``, a
# ``curl`` to a chat API whose JSON holds the request. The command names the model's CLI at a
# command's start (a line's start, after a shell prompt, a history number, ``|``, ``;``,
# ``&&``, the quote of ``sh -c '...'``, ``run:``), takes flags and their values, then one quoted
# argument that says something. The same CLIs with flags, paths and model names only (``ollama
# run llama3.1``, ``llm -m gpt-4o < notes.txt``, ``claude -p "$PROMPT"``) pass: nothing quoted
# says anything.

_CLI_NAMES = ("llm", "ollama", "sgpt", "aichat", "mods", "claude", "codex", "gemini", "copilot", "opencode",
              "aider")
CLI_GATE = frozenset(w.encode() for w in (*_CLI_NAMES, "curl"))
_MODEL_CLI = (r"(?:llm|ollama[ \t]+run[ \t]+[\w.:/@-]+|sgpt|aichat|mods|claude|codex(?:[ \t]+exec)?"
              r"|gemini|gh[ \t]+copilot[ \t]+suggest|opencode[ \t]+run|aider)"
              r"(?P<opts>(?:[ \t]+[-\w.:/@=]+){0,6}?)[ \t]+(?P<q>[\"'])")
"""A model CLI, up to six flags or values, and the opening quote of an argument: matched only
where a CLI name found by ``str.find`` starts a command (the body is read after it in Python)."""
_COMMAND_ENDS = ("\n", ";", "|", "&", "(", "`", "'", "run:", "$", ">", "\u276f", "#", "0", "1", "2", "3",
                 "4", "5", "6", "7", "8", "9", "+")
"""What may stand before a command, blanks aside: a line break, a shell separator, the quote of
``sh -c '``, a CI ``run:``, a shell prompt, a history number (bash ``  812  ``, zsh ``:0;``),
a ``set -x`` trace's ``+`` or ``++`` (session 20)."""
_PIPED = (r"(?:^|(?<=[\s;|&(:$]))(?:echo|printf)[ \t]+(?P<q>[\"'])")
_PIPED_INTO = (r"[ \t]*\|[ \t]*(?:llm|ollama[ \t]+run|sgpt|aichat|mods|claude|codex|gemini)\b")
"""``echo "<request>" | ollama run llama3``: the request piped into a model CLI."""
_CHAT_API = ("/chat/completions", "/v1/completions", "/api/generate", "/api/chat", "/v1/messages",
             ":generatecontent", "/v1/responses")
_API_TEXT = r"\\?[\"'](?:content|prompt|text|input)\\?[\"'][ \t]*:[ \t]*\\?[\"'](?P<body>[^\"'\\\n]{8,})"
_CLI_BODY_WORDS = 4
_CLI_BODY_CJK = 6
_CLI_TRIES = 8


def _asks(body: str) -> bool:
    """A quoted argument that says something: four words of prose, or six CJK characters (not
    a variable, a file, a model name or a flag's value)."""
    if body.startswith(("$", "@", "-", "/", "./", "~")):
        return False
    words = [w for w in body.split() if _is_word(w.strip(",.;:?!()'"))]
    return len(words) >= _CLI_BODY_WORDS or (
        not body.isascii() and len(_rx(_CJK).findall(body)) >= _CLI_BODY_CJK)


def model_cli_hits(text: str, present: frozenset[bytes], hits: list[_Hit]) -> None:
    """A model CLI, or a ``curl`` to a chat API, given a request in quotes (shell history,
    a CI step): reported as the model called by name (``model-addressed``)."""
    if present.isdisjoint(CLI_GATE) or ('"' not in text and "'" not in text):
        return
    low = _lower(text)
    if b"curl" in present and any(api in low for api in _CHAT_API):
        for m in _rx(_API_TEXT).finditer(low):
            if _asks(m.group("body")):
                hits.append(("prompt", 1, m.start(), m.end(), ADDRESS_RULE_ID))
                return
    if present.isdisjoint(_CLI_BYTES):
        return
    if _cli_call(low, present, hits) or "|" not in low or ("echo" not in low and "printf" not in low):
        return
    for tries, m in enumerate(_rx(_PIPED).finditer(low)):
        if tries >= _CLI_TRIES:
            return
        end = low.find(m.group("q"), m.end())
        body = low[m.end() : end if end >= 0 else m.end() + 240]
        if end >= 0 and "\n" not in body and _asks(body) and _rx(_PIPED_INTO).match(low, end + 1):
            hits.append(("prompt", 1, m.start(), end, ADDRESS_RULE_ID))
            return


def _starts_command(low: str, at: int) -> bool:
    before = low[max(0, at - 8) : at].rstrip(" \t")
    return before.endswith(_COMMAND_ENDS) if before else not low[:at].strip(" \t")


def _cli_call(low: str, present: frozenset[bytes], hits: list[_Hit]) -> bool:
    """``<cli> [flags] "<request>"`` at a command's start, found from the CLI names the text
    holds (``str.find``; a regular expression is tried only where one starts a command)."""
    tries = 0
    for name in _CLI_NAMES:
        if name.encode() not in present:
            continue
        at = low.find(name)
        while at >= 0 and tries < _CLI_TRIES:
            start = at - 3 if name == "copilot" and low[max(0, at - 3) : at] == "gh " else at
            end = at + len(name)
            whole = (at == 0 or not low[at - 1].isalnum()) and (end == len(low) or not low[end].isalnum())
            if whole and _starts_command(low, start):
                tries += 1
                m = _rx(_MODEL_CLI).match(low, start)
                if m is not None:
                    q = m.group("q")
                    close = low.find(q, m.end())
                    body = low[m.end() : close if close >= 0 else m.end() + 240]
                    if close >= 0 and "\n" in body:  # a request, then the data it is about
                        body = body.split("\n", 1)[0]  # ("...\n\n$diff"): its first line asks
                    if "\n" not in body and _asks(body):
                        hits.append(("prompt", 1, start, m.end() + len(body), ADDRESS_RULE_ID))
                        return True
            at = low.find(name, end)
    return False


_CLI_BYTES = frozenset(w.encode() for w in _CLI_NAMES)


# -- a chat tool's own history files ------------------------------------------------------------
#
# aider keeps what its user typed in two files. The chat history (Markdown) opens each session
# with "# aider chat started at <time>" and writes every user message as a "#### " line; the
# input history writes each prompt as "+" lines under a "# <timestamp>" comment. A "#### "
# heading or a "+" line alone is a document's or a diff's; under those headers it is a prompt.

HISTORY_RULE_ID = "transcript-turns"
_AIDER_CHAT = "aider chat started at"
_AIDER_INPUT = r"(?:^|\n)#[ \t]*\d{4}-\d\d-\d\d[ t]\d\d:\d\d:\d\d[^\n]*\n\+(?P<body>[^\n]+)"
_HISTORY_WORDS = 3


HISTORY_GATE = frozenset((b"aider",))


def history_hits(lo: str, present: frozenset[bytes], hits: list[_Hit]) -> None:
    """A user's message in aider's chat history or input history (``lo``: lower-cased)."""
    if b"aider" in present and _AIDER_CHAT in lo and "\n#### " in lo:
        at = lo.find("\n#### ")
        while at >= 0:
            line = lo[at + 6 : lo.find("\n", at + 6) if "\n" in lo[at + 6 :] else len(lo)]
            if len(line.split()) >= _HISTORY_WORDS or (not line.isascii() and len(line) >= 8):
                hits.append(("prompt", 1, at + 1, at + 6 + len(line), HISTORY_RULE_ID))
                return
            at = lo.find("\n#### ", at + 6)
    if "\n+" in lo and ("# 1" in lo or "# 2" in lo):
        for m in _rx(_AIDER_INPUT).finditer(lo):
            body = m.group("body")
            if len(body.split()) >= _HISTORY_WORDS or (not body.isascii() and len(body) >= 8):
                hits.append(("prompt", 1, m.start("body"), m.end("body"), HISTORY_RULE_ID))
                return


# -- a summary of a conversation ---------------------------------------------------------------
#
# An agent compacts its context into "Summary of the conversation so far: the user asked ...
# I explained ...": what was said between a user and a model, retold. A session summary in a
# handoff note tells what was done; this one tells who asked what of whom.

SUMMARY_RULE_ID = "conversation-summary"
_SUMMARY_LABEL = (r"(?:summary of (?:the |our |this )?(?:conversation|chat|exchange)|(?:conversation|chat)"
                  r" (?:so far|summary|recap)|(?:previous|prior|last) (?:session|conversation) summary"
                  r"|context summary \(auto)")
_SUMMARY_ACTORS = (r"\b(?:the )?user (?:asked|reported|wants|wanted|said|requested|agreed|approved|chose)\b"
                   r"|\bassistant (?:traced|ran|fixed|explained|proposed|suggested|found|answered)\b"
                   r"|\bi (?:explained|proposed|suggested|answered|replied)\b")
SUMMARY_GATE = frozenset((b"summary", b"conversation", b"recap"))


def summary_hits(lo: str, present: frozenset[bytes], hits: list[_Hit]) -> None:
    """A summary of a conversation between a user and a model (``lo``: lower-cased)."""
    if present.isdisjoint(SUMMARY_GATE) or "user" not in lo:
        return
    label = _rx(_SUMMARY_LABEL)
    for key in ("summary", "so far", "recap"):
        at = lo.find(key)
        while at >= 0:  # the label is tried only around its key word, never at every position
            m = label.search(lo, max(0, at - 40), at + 40)
            if m is not None:
                if _rx(_SUMMARY_ACTORS).search(lo, m.end(), m.end() + 800) is not None:
                    hits.append(("prompt", 1, m.start(), m.end(), SUMMARY_RULE_ID))
                return
            at = lo.find(key, at + len(key))


# -- a model API's traffic: request bodies, streamed chunks, tracing attributes ------------------
#
# What an agent copies from a proxy, a ``curl -N`` or a tracing UI: the JSON body sent to a
# model (``{"model": ..., "prompt": "<request>"}``, ``{"inputText": ..., "textGenerationConfig":
# ...}``), the chunks it streams back (``"delta": {"content": ...}``, ``"response": ..., "done":
# false``, ``"text_delta"``), and the attributes a tracer records (``gen_ai.prompt.0.content=``,
# a gateway's ``model=... prompt="..."``). The keys are the API's; the words under them are the
# request or the answer.

API_RULE_ID = "prompt-record-json"
_API_BODY = (r"\"(?:prompt|inputtext|input_text)\"[ \t]*:[ \t]*\"(?P<body>(?:[^\"\\\n]|\\.){8,600})\"")
_API_BESIDE = ("\"model\"", "\"textgenerationconfig\"", "\"max_tokens\"", "\"max_new_tokens\"",
               "\"temperature\"", "\"stream\"", "\"max_output_tokens\"", "\"top_p\"")
_CHUNK = (r"\"delta\"[ \t]*:[ \t]*\{[ \t]*(?:\"type\"[ \t]*:[ \t]*\"text_delta\"[ \t]*,[ \t]*\"text\""
          r"|\"content\"|\"text\")[ \t]*:[ \t]*\"(?P<a>(?:[^\"\\\n]|\\.)*)\""
          r"|\"response\"[ \t]*:[ \t]*\"(?P<b>(?:[^\"\\\n]|\\.)*)\"[ \t]*,[ \t]*\"done\"[ \t]*:[ \t]*false")
_TRACE_ATTR = (r"(?:\bgen_ai\.(?:prompt|completion)(?:\.\d+)?\.content|\bllm\.(?:prompt|completion)s?"
               r"|(?<![\w.])(?P<bare>prompt|completion|response))=\"(?P<body>[^\"\n]{8,600})\"")
_READS_ANSWER = (".content[0].text", "choices[0].message.content", ".output_text", "response.text",
                 "completion.choices", ".choices[0].text", "message.content")
"""A notebook cell's source that prints a model's answer: what its output holds is the answer."""
_OUTPUT_TEXT = r"\"text\"[ \t]*:[ \t]*\[?[ \t\n]*\"(?P<body>(?:[^\"\\\n]|\\.){8,600})\""
_TRACE_KEYS = ('prompt="', 'completion="', 'response="', 'content="', 'prompts="', 'completions="')
_TRACE_WORDS = frozenset((b"prompt", b"prompts", b"completion", b"completions", b"response"))
API_GATE = frozenset((b"inputtext", b"delta", b"done", b"outputs", b"input")).union(_TRACE_WORDS)
_API_WORDS = 4
_CHUNK_WORDS = 5


def _api_prose(body: str) -> bool:
    words = [w for w in body.split() if any(c.isalpha() for c in w)]
    return len(words) >= _API_WORDS or (not body.isascii() and len(_rx(_CJK).findall(body)) >= _BODY_CJK)


def api_hits(lo: str, present: frozenset[bytes], hits: list[_Hit]) -> None:
    """A model API's request body, streamed answer or tracing attributes (``lo``: lower-cased)."""
    if present.isdisjoint(API_GATE) or '"' not in lo:
        return
    if b"curl" in present and any(api in lo for api in _CHAT_API):
        return  # a curl to a chat API: the model called by name (``model_cli_hits``)
    if (b"prompt" in present or b"inputtext" in present or b"input" in present) and (
            '"prompt"' in lo or '"inputtext"' in lo or '"input_text"' in lo) and any(k in lo for k in _API_BESIDE):
        for m in _rx(_API_BODY).finditer(lo):
            if _api_prose(m.group("body")) and not m.group("body").startswith(("$", "{{", "./", "/")):
                hits.append(("prompt", 1, m.start(), m.end(), API_RULE_ID))
                return
    if (b"delta" in present or b"done" in present) and ('"delta"' in lo or '"done"' in lo):
        said = [m.group("a") or m.group("b") or "" for m in _rx(_CHUNK).finditer(lo)]
        if len(said) >= 2 and len("".join(said).split()) >= _CHUNK_WORDS:
            hits.append(("prompt", 1, 0, len(lo), API_RULE_ID))
            return
    if b"outputs" in present and '"outputs"' in lo and any(k in lo for k in _READS_ANSWER):
        at = lo.find('"outputs"')
        out = _rx(_OUTPUT_TEXT).search(lo, at)
        if out is not None and _api_prose(out.group("body")):
            hits.append(("prompt", 1, at, out.end(), API_RULE_ID))
            return
    if not present.isdisjoint(_TRACE_WORDS) and '="' in lo and any(k in lo for k in _TRACE_KEYS):
        for m in _rx(_TRACE_ATTR).finditer(lo):
            if m.group("bare") and "model=" not in lo:
                continue  # a bare prompt="..." is a tracer's only beside the model's name
            if _api_prose(m.group("body")):
                hits.append(("prompt", 1, m.start(), m.end(), API_RULE_ID))
                return


# -- a chat exported between people -------------------------------------------------------------
#
# "[12/7/2026 9:43 AM] Dana: the demo env is down again / [9:46] Tomasz: I'll restart it": a chat
# app's export, one message a line under a time stamp and a person's name; IRC's "<dana> ...".
# Chat text is what the product must not store, whoever the speakers are. A log's lines under a
# time stamp name a component (``Build:``, ``worker-3:``), never two people taking turns.

CHAT_RULE_ID = "transcript-turns"
_CHAT_LINE = (r"(?m)^[ \t>]*(?:\d+\t)?\[(?:\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4},?[ \t])?\d{1,2}:\d\d(?::\d\d)?"
              r"(?:[ \t]?[AaPp][Mm])?\][ \t]*(?P<name>[A-Z][a-z]{1,15}(?: [A-Z][a-z]{1,15})?):[ \t]+(?P<body>\S[^\n]*)")
_IRC_LINE = r"(?m)^[ \t>]*<(?P<name>[a-z][a-z0-9_]{1,15})>[ \t]+(?P<body>\S[^\n]*)"
_NOT_PEOPLE = frozenset((
    "build", "deploy", "error", "info", "warning", "warn", "debug", "test", "tests", "step", "job",
    "runner", "server", "client", "worker", "system", "note", "status", "event", "alert", "trace",
    "fatal", "notice", "stage", "task", "check", "result", "output", "input", "user", "assistant",
    "bot", "ci", "cron", "host", "service", "app", "agent", "tool", "model",
    # HTML's and XML's tags at a line's start
    "div", "span", "ul", "ol", "li", "td", "tr", "th", "table", "body", "head", "html", "pre",
    "code", "br", "hr", "em", "strong", "section", "title", "meta", "link", "script", "style",
    "item", "entry", "value", "key", "string", "dict", "array", "integer", "true", "false",
))
_TALK = frozenset(("i", "you", "we", "me", "my", "your", "ok", "okay", "thanks", "lol", "ugh",
                   "yes", "no", "sure", "hey", "hi"))
"""Words of people talking, one of which (or a question mark) a chat holds and a log's lines
under capitalised component names (``Kafka: connected``) do not."""


def _talking(text: str) -> bool:
    if "?" in text or "\uff1f" in text:
        return True
    words = text.lower().replace("'", " ").split()
    return not _TALK.isdisjoint(w.strip(".,!;:") for w in words)


def chat_export_hits(text: str, hits: list[_Hit]) -> None:
    """Two people taking turns in a chat app's export or an IRC log (``text`` as written: a
    person's name is capitalised in an export)."""
    if "\n" not in text and " // " in text:
        text = text.replace(" // ", "\n")
    patterns: tuple[str, ...] = ()
    if "] " in text and (text.lstrip(" \t>").startswith("[") or "\n[" in text or "\n> [" in text
                         or "\t[" in text):
        patterns = (_CHAT_LINE,)  # a line opens with a time stamp somewhere
    if "> " in text and (text.lstrip(" \t>").startswith("<") or "\n<" in text or "\n> <" in text):
        patterns += (_IRC_LINE,)
    for pattern in patterns:
        names: list[str] = []
        first = -1
        for m in _rx(pattern).finditer(text):
            name = m.group("name").lower()
            if name in _NOT_PEOPLE or not any(c.isalpha() for c in m.group("body")):
                names = []
                break
            names.append(name)
            first = m.start() if first < 0 else first
        if len(names) >= 2 and len(set(names)) >= 2 and _talking(text):
            hits.append(("prompt", 1, max(0, first), len(text), CHAT_RULE_ID))
            return
