"""An agent's report of its own session: "I updated the lock retry, ran the tests (3 failed),
next I will ...", "We fixed ...; remaining: ...".

What it finds: a text in which every sentence is the writer telling what they did, what the
state is, or what they will do next, and at least one is a first-person past narration. Why:
this is what an agent stores in handoff, and the trained classifier (``classifier.py``) reads
its words (the user, the assistant, asked, told, prompt) as a conversation's. A report is
narrated by its writer in the past; a request to a model asks for what is to be done. So the
classifier does not score a text of this shape (the rules still read it). The shape is
strict: no question mark, no word addressing a reader (``you``, ``please``), no quoted
passage (a summary that quotes the user's request verbatim keeps its score), and a sentence
opening with anything but a subject, a past verb, a state or a plan (an imperative: "Fix the
lock") leaves the text to the classifier.
"""

from __future__ import annotations

from handoff.privacy import reportwords
from handoff.privacy.lazy_re import rx as _rx

_ADDRESS = frozenset(("you", "your", "yours", "you're", "you've", "you'll", "please", "pls",
                      "bitte", "vous", "tu", "usted", "s'il"))
"""Words that speak to a reader: a report tells, it does not address."""
_SUBJECTS = frozenset(("i", "we", "i've", "we've", "i'll", "we'll", "i'm", "we're", "ich", "wir",
                       "j'ai", "nous", "je", "on"))
_STATE_OPENERS = frozenset(("all", "nothing", "no", "none", "tests", "the", "it", "they", "this",
                            "that", "ci", "everything", "both", "he", "she", "er", "sie", "il",
                            "elle", "ils", "next", "remaining", "blocked", "done", "status"))
"""Openers of a state ("All 212 tests pass", "The docs are ready", "CI is green") or of a
report's own plan line ("Next I will ...", "Remaining: ...")."""
_PLAN_HEADS = frozenset(("next", "remaining", "left", "blocked", "todo", "to-do", "open",
                         "pending", "follow-up", "followup", "follow-ups", "prochaine", "reste",
                         "als", "nächster", "offen"))
"""Words of the labels under which a report lists what is left: the item after one may be an
imperative ("Next: measure import time"), as a to-do is."""
_FRAMED = frozenset(("reply", "response", "answer", "output", "said", "wrote", "replied",
                     "assistant", "assistant's", "model", "model's", "bot", "ai", "claude", "gpt",
                     "copilot", "gemini", "user", "user's", "human", "turn", "message",
                     "prompt", "pasted", "conversation", "chat", "transcript", "quoted",
                     "user_message", "agent_message"))
"""Words of a label that frames what follows as someone's message ("reply:", "Pasted from
the assistant's last turn:", "Conversation summary:"): a first-person text under one is the
message of whoever the label names, so it is left to the classifier."""
_LEADS = frozenset(("today", "earlier", "then", "also", "so", "and", "but", "after", "that",
                    "first", "finally", "later", "now", "heute", "dann", "puis", "ensuite",
                    "aujourd'hui", "next"))
_HELPERS = frozenset(("also", "then", "just", "already", "only", "still", "first", "finally",
                      "have", "had", "quickly"))
_PAST_IRREGULAR = frozenset((
    "had", "was", "were", "did", "made", "left", "got", "ran", "found", "saw", "spent", "wrote",
    "took", "went", "kept", "broke", "began", "built", "thought", "told", "said", "brought",
    "sent", "gave", "lost", "read", "put", "set", "cut", "split", "hit", "shut", "led", "held",
    "rebuilt", "rewrote", "reran", "re-ran", "undid", "redid", "couldn't", "wasn't", "didn't",
))
_SENTENCES = (r"(?<=[.;!\u0964\u061b])[ \t]+|\n+|\\n|[\u3002\uff01\uff1b]|,[ \t]+(?=(?:so|then|and then|but)[ \t])"
              r"|[ \t]+[-\u2013\u2022*][ \t]+|[ \t]+(?=#{2,4}[ \t])")
"""Sentences (ended by a full stop of any script: ``.``, ``。``, ``।``), lines (a break or a
flattened ``\\n``), the items of a list flattened onto one line (`` - Done: ...``; a spaced
dash inside a sentence makes two, each of which must still open as a report's; a Markdown
heading, ``### Next``, starts one), and the
clauses a link word opens after a comma (", so figure out the cause"): each must open as a
report's does."""
_TODO_WORDS = 6
"""A to-do item under a report's own label is terse ("Next: measure import time"); a longer
imperative there asks for a piece of work ("Next step: draft a blog post ..., upbeat tone")."""
_LABEL = r"([\w\u0900-\u097f' -]{1,30})[:\uff1a][ \t]*"
_QUOTED = r"[\"\u201c\u201e\u00ab][^\"\u201c\u201d\u201e\u00ab\u00bb\n]{24,}[\"\u201d\u201c\u00bb]"
_QUOTE_MARK = r"(?:^|\n|:[ \t]+)[ \t]*>"
_QUOTED_CJK = r"[\u300c\u300e\u201c][^\u300d\u300f\u201d\n]{10,}[\u300d\u300f\u201d]"
"""A quoted passage in a CJK script: ten characters there say what 24 say in English."""
_FRAMED_OTHER = (
    "\u7528\u6237", "\u52a9\u624b", "\u6a21\u578b", "\u56de\u7b54", "\u56de\u590d", "\u30e6\u30fc\u30b6",
    "\u30a2\u30b7\u30b9\u30bf\u30f3\u30c8", "\u30e2\u30c7\u30eb", "\u8fd4\u7b54", "\uc0ac\uc6a9\uc790",
    "\uc5b4\uc2dc\uc2a4\ud134\ud2b8", "\ubaa8\ub378", "\ub2f5\ubcc0", "\uc751\ub2f5",
    "\u043f\u043e\u043b\u044c\u0437\u043e\u0432\u0430\u0442\u0435\u043b",
    "\u0430\u0441\u0441\u0438\u0441\u0442\u0435\u043d\u0442",
    "\u043c\u043e\u0434\u0435\u043b", "\u043e\u0442\u0432\u0435\u0442", "usuario", "asistente", "respuesta",
    "utilisateur", "r\u00e9ponse", "nutzer", "benutzer", "antwort", "usu\u00e1rio", "resposta", "utente",
    "risposta", "gebruiker", "kullan\u0131c\u0131", "asistan", "yan\u0131t", "cevap",
    "\u0627\u0644\u0645\u0633\u062a\u062e\u062f\u0645", "\u0627\u0644\u0645\u0633\u0627\u0639\u062f",
    "\u0627\u0644\u0646\u0645\u0648\u0630\u062c", "\u0909\u092a\u092f\u094b\u0917\u0915\u0930\u094d\u0924\u093e",
    "\u0938\u0939\u093e\u092f\u0915", "\u092e\u0949\u0921\u0932", "u\u017cytkownik", "odpowied\u017a",
    "ng\u01b0\u1eddi d\u00f9ng", "tr\u1ea3 l\u1eddi",
    "gespr\u00e4ch", "unterhaltung", "conversaci\u00f3n", "conversa", "conversazione", "gesprek",
    "\u0434\u0438\u0430\u043b\u043e\u0433", "\u0440\u0430\u0437\u0433\u043e\u0432\u043e\u0440", "\u5bf9\u8bdd",
    "\u804a\u5929", "\u4f1a\u8a71", "\u5bfe\u8a71", "\ub300\ud654", "\u0645\u062d\u0627\u062f\u062b\u0629",
    "\u092c\u093e\u0924\u091a\u0940\u0924", "konu\u015fma", "sohbet", "rozmowa", "cu\u1ed9c tr\u00f2 chuy\u1ec7n",
)
"""``_FRAMED`` in other languages, found inside a label ("Der Nutzer schrieb:", "助手的回答",
"Ответ модели:"): the user's, the assistant's or the model's words follow."""
_ADDRESS_OTHER = frozenset((
    "\u0442\u044b", "\u0432\u044b", "\u0442\u0435\u0431\u044f", "\u0432\u0430\u0441", "czy", "h\u00e3y", "b\u1ea1n",
    "\u0647\u0644", "\u0622\u067e", "pode", "podes", "kannst", "k\u00f6nnten", "sie,", "puedes", "puoi",
))
"""Whole words that address a reader or ask (ты, вы, czy, hãy, bạn, هل, kannst, puedes)."""
_ASKING_HEAD = r"(?:[\u3066\u3067]|\u304f\u3060\u3055\u3044|\u306a\u3055\u3044|\u307e\u3057\u3087\u3046)$"
"""A Japanese label that asks (its verb in the て form, ください, なさい, ましょう): a request's
head, the text after it is what to work on."""
_PLAN_ITEM_WORDS = 8
"""A to-do under a report's own "Next:" label in a labelled report ("Next: open the PR and
request review from the platform team")."""
_FIELD_WORDS = 16
"""The goal or decision of a labelled report, paraphrased ("Goal: stream the CSV export (asked
by the user at session start)"); a longer imperative there is a piece of work asked for."""
_DONE_WORDS = 24
_FACT_WORDS = 12
"""An item of a labelled report under no label of its own that states a figure ("Export
p95 1.8 s -> 0.9 s", "Zwei Tests in Quarantäne (#57)"): at most this many words."""
_NUMBER = r"[\d.,%/~+-]+"


def _past(word: str) -> bool:
    return word in _PAST_IRREGULAR or (len(word) > 4 and word.endswith("ed")
                                       and not word.endswith("eed"))


def _narration(words: list[str]) -> str | None:
    """``past`` for a subject of the writer's and (after at most two helpers) a past verb ("I
    fixed", "we have reverted", "ich habe ... gefragt", "j'ai corrigé", "я исправил", "ik heb",
    "he corregido", "tôi đã"); ``plan`` for the writer's next step ("I will check", "I'll ask");
    None otherwise."""
    if not words or (words[0] not in _SUBJECTS and words[0] not in reportwords.SUBJECTS):
        return None
    if words[0] in ("j'ai", "i've", "we've"):
        return "past"
    if words[0] in ("i'll", "we'll"):
        return "plan"
    rest = words[1:4]
    if words[0] in ("ich", "wir", "nous") and rest[:1] and rest[0] in ("habe", "haben", "avons"):
        return "past"
    if rest[:1] and (rest[0] in reportwords.PAST_AUX or reportwords.inflected_past(words, 1)):
        return "past"
    for w in rest:
        if _past(w):
            return "past"
        if w in ("will", "am", "plan", "plans", "going"):
            return "plan"
        if w not in _HELPERS:
            return None
    return None


def _opens_report(words: list[str], sentence: str) -> str | None:
    """How a sentence's words open: ``past``/``plan`` (the writer's narration, after at most two
    lead words: "Today I triaged", "Then I closed", "Hoy corregí"), ``state`` (a past verb of a
    list going on, a number, a state's subject), or None (anything else: an imperative, a
    question word). A sentence of a language whose verb comes last, or of a script without
    blanks, is read by ``reportwords.other_opens``."""
    k = 0
    while k < 2 and k < len(words) - 1 and (words[k] in _LEADS or words[k] in reportwords.LEADS):
        k += 1
    told = _narration(words[k:])
    if told is not None:
        return told
    first = words[k]
    if reportwords.inflected_past(words, k) or (first in reportwords.PAST_AUX_FIRST and len(words) > k + 1):
        return "past"  # "Corregí ...", "Исправил ...", "Ho corretto ...", "Hemos migrado ..."
    if (_past(first) or first in _STATE_OPENERS or first in reportwords.STATE_OPENERS
            or _rx(_NUMBER).fullmatch(first)):
        return "state"
    if sentence.isascii():
        return None
    return reportwords.other_opens(words, sentence)


def _du(words: list[str]) -> bool:
    """German ``du`` (you) opens its clause or follows its verb ("kannst du", "hast du"); the
    French ``du`` (of the: "les réponses du modèle") follows a noun."""
    return any(w == "du" and (i == 0 or words[i - 1].endswith("st") or words[i - 1] in ("wenn", "dass", "ob"))
               for i, w in enumerate(words))


def _size(body: str, words: list[str]) -> int:
    """A body's length in words, a CJK script's characters counted three to a word (a
    Japanese word in katakana is often four or five)."""
    if body.isascii():
        return len(words)
    return len(words) + len(_rx(_CJK_CHAR).findall(body)) // 3


_CJK_CHAR = r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]"


_FRAMED_OTHER_ASCII = frozenset(w for w in _FRAMED_OTHER if w.isascii())
_FRAMED_OTHER_WIDE = tuple(w for w in _FRAMED_OTHER if not w.isascii())
"""``_FRAMED_OTHER`` split once: its ASCII words are whole words of the label, the others are
found inside it, and only in a label that is not ASCII (session 22: the loop over every word
for every label line was a tenth of a clean note's scan)."""


def _framed(head: str) -> bool:
    """A label that frames what follows as the user's, the assistant's or a model's words, or
    as a conversation's ("Zusammenfassung des Gesprächs:"). Words of another script are found
    inside the label (they inflect, or have no blanks around them)."""
    words = [w.strip("'") for w in head.split()]
    if not _FRAMED.isdisjoint(words) or not _FRAMED_OTHER_ASCII.isdisjoint(words):
        return True
    return not head.isascii() and any(w in head for w in _FRAMED_OTHER_WIDE)


def report(text: str) -> bool:
    """Whether ``text`` is a report of work done, its state and its next step: narrated by its
    writer (one sentence at least tells in the first person what was done), or a labelled
    report (a "Done:" field beside a "Goal:", "Decided:" or "Next:" one)."""
    if "?" in text or "\uff1f" in text or "\u061f" in text or "{" in text:
        return False  # a question, or a template with slots to fill ("git hash {hash}")
    if _rx(_QUOTED).search(text) is not None or _rx(_QUOTE_MARK).search(text) is not None:
        return False  # a quoted passage or a quoted line: someone else's words
    low = text.lower()
    if not low.isascii() and (any(stem in low for stem in reportwords.ADDRESS_STEMS)
                              or _rx(_QUOTED_CJK).search(low) is not None):
        return False
    told = done = False
    fields = facts = 0
    section: str | None = None  # the kind of the last label with no body of its own ("Next:")
    for sentence in _rx(_SENTENCES).split(low):
        sentence = sentence.strip(" \t*-#\u2022")
        if not sentence:
            continue
        label = _rx(_LABEL).match(sentence)
        body = sentence[label.end():] if label else sentence
        inner = _rx(_LABEL).match(body) if label else None
        if inner is not None and _framed(inner.group(1)):
            return False  # "summary: 대화 요약: ...": a label under a label
        words = [w for w in (w.strip(".,;:()[]\uff0c\u3001") for w in body.split()) if w]
        if not _ADDRESS.isdisjoint(words) or not _ADDRESS_OTHER.isdisjoint(words) or (
                "du" in words and _du(words)):
            return False
        kind = None
        if label is not None:
            head_text = label.group(1).strip()
            head = [w.strip("'") for w in head_text.split()]
            if not _ADDRESS.isdisjoint(head) or not _ADDRESS_OTHER.isdisjoint(head):
                return False  # "Task for you:", "Your next step:"
            said = _narration([w for w in head if w not in ("what", "where", "how")])
            if said is None and head and not head_text.isascii():
                opened = _opens_report(head, head_text)  # "Revisé el informe del usuario:"
                said = opened if opened == "past" else None
            if _rx(_ASKING_HEAD).search(head_text) is not None:
                return False  # a label that asks: "要約して", "丁寧にして"
            framed = _framed(head_text)
            if framed and said is None:
                return False  # "The user wrote:", "Ответ модели:": someone's words follow
            if said is not None:
                told = told or said == "past"
                if not framed:
                    continue  # "What I did: split ...", "What I'll do next: measure ..."
                # "I checked the user's report: ...": what follows is what was found, a
                # sentence of the report, and is judged as one ("I asked the model: write ...")
            kind = reportwords.label_kind(head_text)
            if not _PLAN_HEADS.isdisjoint(head) and len(words) <= _TODO_WORDS:
                continue  # "Remaining: the docs", "Next step: measure import time"
        elif (len(words) <= 3 and sentence.isascii()) or len(sentence) <= 12:
            kind = reportwords.label_kind(sentence.rstrip(".:\uff1a"))  # "### Done", "Next"
            if kind is not None:
                section = kind
                continue
        if not words:
            if kind is not None or label is not None:
                section = kind
            continue
        if kind is not None or label is not None:
            section = None
        item = kind or section
        size = _size(body, words)
        if item == "done" and size <= _DONE_WORDS:
            done = True
            continue  # "Done: changed 7 files, tests pass", "Сделано: изменено 7 файлов"
        if item == "next" and size <= _PLAN_ITEM_WORDS:
            fields += 1
            continue  # "Next: open the PR and request review", "下一步" + "提交评审"
        if item == "goal" and size <= _FIELD_WORDS and not done:
            fields += 1
            continue  # "Goal: stream the CSV export (asked by the user at session start)"
        if item == "field" and size <= _FIELD_WORDS:
            fields += 1
            continue  # "Decided: no new dependencies", "Risk: answers are shorter"
        if label is None and reportwords.heading(sentence):
            continue  # "## Session summary", "Итоги сессии"
        opened = _opens_report(words, body)
        if opened is None:
            if size <= _FACT_WORDS and _rx(r"\d").search(body) is not None:
                facts += 1  # "p95 1.8 s -> 0.9 s": a figure, judged with the whole
                continue
            return False
        told = told or opened == "past"
    if facts and not done:
        return False
    return told or (done and fields > 0) or _told_anywhere(low)


def _told_anywhere(low: str) -> bool:
    """The writer's past narration at a clause's start anywhere ("..., so I wrote the writer"),
    never inside a relative clause ("the trace I pasted")."""
    words = low.split()
    return any(
        w in _SUBJECTS and (i == 0 or words[i - 1][-1:] in ",;:" or words[i - 1] in _CLAUSE_LINKS)
        and _narration([x.strip(".,;:()") for x in words[i : i + 4]]) == "past"
        for i, w in enumerate(words))


_CLAUSE_LINKS = frozenset(("so", "and", "then", "but", "after", "because", "since"))
