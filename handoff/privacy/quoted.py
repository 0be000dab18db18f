"""Prompt cue by who speaks inside quotation marks: a note that quotes someone's request
to an agent, in any language, framed as speech.

An agent's note quotes its user in the user's words ("User: \u201cWhy does the export show the
UTC date? Fix it\u201d", "Usuario: \u00abno hagas push de nada ... y dime qu\u00e9 cambiaste\u00bb",
"\u30e6\u30fc\u30b6\u30fc\u306e\u30e1\u30c3\u30bb\u30fc\u30b8\uff1a\u300c...\u76f4\u3057\u3066\u300d",
"\"... keep --json for scripts.\" \u2014 user"). The earlier cues know the label's English words
("the user asked: ..."); this one reads three general signals instead of a label's wording:

- *a quotation* of one line in any script's quotation marks, of four words or more (eight
  characters of a script without spaces);
- *framed as speech*: the quotation follows a short label and a colon or an arrow on its line
  ("Kullan\u0131c\u0131n\u0131n iste\u011fi aynen: \"...\""), or is signed after a dash ("\"...\" \u2014 user");
- *addressed to someone*: the quoted words speak to a listener: a second-person pronoun, a
  "please" word, a question, or a first person next to a second ("tell me", "dime", "mir
  sagen"), counted in the languages the corpora write. Two such marks are needed under any
  label; one under a label that names the user, the request or the prompt.

Why it is safe on a handoff note's own text: a commit title, an error message or a config
value in quotes ("Error: \"connection refused\"", "Title: \"Add retry to the exporter\"") has
no listener; a paraphrase ("the user asked for retries; I added them") has no quotation.
Quoted product copy ("Are you sure you want to delete?") speaks to a listener too: a label that
names a screen, a button or a message keeps it out (``_COPY``).
"""

from __future__ import annotations

from handoff.privacy import snapshot
from handoff.privacy.cue_words import PROMPT, _Hit
from handoff.privacy.lazy_re import line_matches as _line_matches
from handoff.privacy.lazy_re import lower as _lower
from handoff.privacy.lazy_re import rx as _rx

_OPENERS = {'"': '"', "\u201c": "\u201d\u201c", "\u201e": "\u201c\u201d", "\u00ab": "\u00bb",
            "\u00bb": "\u00ab", "\u300c": "\u300d", "\u300e": "\u300f", "\u2018": "\u2019"}
"""Each quotation mark that opens a quotation, with the marks that may close it."""
_OPENER_CLASS = "[" + "".join(_OPENERS) + "]"

_YOU = (r"you|your|yourself|du|dich|dir|dein|deine|euch|tu|toi|te|ti|vous|votre|usted"
        r"|ustedes|vos|voc\u00ea|voce|jij|je|jou|jouw|ty|tobie|\u0442\u044b|\u0442\u0435\u0431\u044f"
        r"|\u0442\u0435\u0431\u0435|\u0432\u044b|\u0432\u0430\u0441|\u0432\u0430\u043c|sen|sana|seni|siz"
        r"|anda|kamu|b\u1ea1n")
_PLEASE = (r"please|pls|plz|bitte|por favor|s'il te pla\u00eet|s'il vous pla\u00eet|per favore|prosz\u0119"
           r"|\u043f\u043e\u0436\u0430\u043b\u0443\u0439\u0441\u0442\u0430|l\u00fctfen|alsjeblieft"
           r"|alstublieft|tolong|vui l\u00f2ng|mohon")
_ME = (r"me|mir|mich|moi|mi|mij|mnie|\u043c\u043d\u0435|bana|\u00e0 moi|dime|d\u00edmelo|dimmi|dammi"
       r"|dame|av\u00edsame|avisame|fammi|mostrami|mu\u00e9strame")
_I = (r"i|i'm|i've|i'll|i'd|ich|j'ai|eu|\u044f|saya|aku|t\u00f4i|\u092e\u0948\u0902")
_SORRY = (r"sorry|apologi[sz]e|lo siento|perd\u00f3n|d\u00e9sol\u00e9e?|entschuldigung|tut mir leid"
          r"|przepraszam|\u00f6z\u00fcr|maaf|desculpe|scusa|mi dispiace"
          r"|\u0438\u0437\u0432\u0438\u043d\u0438\u0442\u0435"
          r"|\u043f\u0440\u043e\u0441\u0442\u0438\u0442\u0435|\u092e\u093e\u092b\u093c|sajnos|xin l\u1ed7i")
_WORD_MARKS = (r"(?<![\w'-])(?:(?P<you>" + _YOU + r")|(?P<please>" + _PLEASE + r")|(?P<me>" + _ME
               + r")|(?P<i>" + _I + r")|(?P<sorry>" + _SORRY
               + r"))(?![\w'-])")
"""Second person, "please" words, a first person (a requester's "tell me", a model's "I've
added"), an apology (a requester's "tell me"); a
Spanish or Italian imperative carries its "me" as a clitic ("dime", "dimmi")."""
_CJK_MARKS = ("\u4f60", "\u60a8", "\u8bf7", "\u8acb", "\u3042\u306a\u305f", "\u3066\u304f\u3060\u3055\u3044",
              "\u3057\u3066", "\u76f4\u3057\u3066", "\ud574\uc918", "\ud574 \uc918", "\uc8fc\uc138\uc694",
              "\ub108", "\ub2f9\uc2e0", "\u0623\u0646\u062a", "\u0645\u0646 \u0641\u0636\u0644\u0643",
              "\u0644\u0637\u0641\u0627", "\u05d1\u05d1\u05e7\u05e9\u05d4", "\u79c1", "\u6211",
              "\uc800\ub294", "\uc81c\uac00", "\u0623\u0646\u0627", "\u3059\u307f\u307e\u305b\u3093",
              "\u7533\u3057\u8a33", "\u62b1\u6b49", "\u5bf9\u4e0d\u8d77", "\uc8c4\uc1a1",
              "\u0622\u0633\u0641")
"""The same marks in scripts without word spaces (Chinese, Japanese, Korean, Arabic, Hebrew)."""

_USER = (r"user|user's|users|prompt|typed|verbatim|o-ton|texte exact|wortlaut"
         r"|usuario|usu\u00e1rio|utilisateur|utilisatrice|nutzer|nutzerin"
         r"|benutzer|anwender|o-ton|kullan\u0131c\u0131|kullan\u0131c\u0131n\u0131n|utente|u\u017cytkownik"
         r"|u\u017cytkownika|\u043f\u043e\u043b\u044c\u0437\u043e\u0432\u0430\u0442\u0435\u043b\u044c"
         r"|\u043f\u043e\u043b\u044c\u0437\u043e\u0432\u0430\u0442\u0435\u043b\u044f|gebruiker|pengguna"
         r"|ng\u01b0\u1eddi d\u00f9ng|\u043f\u043e\u043b\u044c\u0437\u043e\u0432\u0430\u0442\u0435\u043b\u044e")
_ROLE = (r"request|requested|ask|asked|message|task|instruction|human|requester|petici\u00f3n|pedido"
         r"|demande|anfrage|richiesta|istek|iste\u011fi|\u0437\u0430\u043f\u0440\u043e\u0441|\u043f\u0440\u043e\u0441\u044c\u0431\u0430"
         r"|model|model's|assistant|assistant's|ai|llm|bot|reply|replied|answer|answered|response"
         r"|responded|antwort|respuesta|r\u00e9ponse|risposta|resposta|odpowied\u017a"
         r"|cevap|jawaban|asistan|asistan\u0131n|asisten|asystent|assistent|asistente|modelo|mod\u00e8le"
         r"|modell|\u043c\u043e\u0434\u0435\u043b\u044c|\u043e\u0442\u0432\u0435\u0442"
         r"|\u0430\u0441\u0441\u0438\u0441\u0442\u0435\u043d\u0442|\u0905\u0938\u093f\u0938\u094d\u091f\u0947\u0902\u091f"
         r"|chatgpt|claude|gemini|copilot|codex|llama|mistral|deepseek|qwen|gpt|grok")
_USER_CJK = ("\u30e6\u30fc\u30b6\u30fc", "\u7528\u6237", "\u7528\u6236", "\uc0ac\uc6a9\uc790",
             "\u0627\u0644\u0645\u0633\u062a\u062e\u062f\u0645", "\u0627\u0644\u0645\u0648\u062c\u0651\u0647",
             "\u05d4\u05de\u05e9\u05ea\u05de\u05e9")
"""Label words that name the user or the prompt: a quotation under them is the user's words."""
_ROLE_CJK = ("\u4f9d\u983c", "\u8981\u6c42", "\uc694\uccad", "\u30e2\u30c7\u30eb", "\u6a21\u578b",
             "\ubaa8\ub378", "\u56de\u7b54", "\u56de\u590d", "\u8fd4\u7b54", "\uc751\ub2f5", "\ub2f5\ubcc0",
             "\u0631\u062f", "\u0627\u0644\u0646\u0645\u0648\u0630\u062c", "\u0627\u0644\u0645\u0633\u0627\u0639\u062f")
"""Label words that name a request or a speaker's reply (the model, its answer), by script."""
_COPY = (r"(?<![\w])(?:button|tooltip|label|banner|dialog|modal|toast|placeholder|screen|page|title"
         r"|heading|subject|commit|error|warning|exception|log|docs?|readme|string|copy|text|hint"
         r"|alert|notification|prompt text|cta|menu|reads|shows|displays)(?![\w])")
"""Label words of quoted product copy, a commit's title, an error or a document's sentence."""

_OPENING = _rx(r"^[ \t]*[^\W\d_][^\s!\uff01,.]{0,14}(?:[ \t][^\W\d_][^\s!\uff01,.]{0,12})?"
               r"[!\uff01]")
"""An answer's opening word or two and an exclamation ("Done!", "Sure!", "Great news!",
"\ub124!"): a model's reply opens so, a note's sentence does not (a vocative's comma, "Noor,
can you ...", is a colleague's ask)."""
_LABEL_END = _rx(r"(?:[:\uff1a]|->|\u2192|=>)[ \t]*$")
_SIGNED = _rx(r"^[ \t]*(?:\u2014|\u2013|--|-)[ \t]*[^\W\d_][^\"\u201c\u201d\u00ab\u00bb.;!?]{0,40}(?:[.;]|$)")
"""A signature after a quotation: a dash and a few words to the sentence's or line's end."""


def _marks(body: str) -> int:
    """How many kinds of listener marks the quoted ``body`` carries (see the docstring)."""
    lo = body.lower()
    kinds = {k for m in _rx(_WORD_MARKS).finditer(lo) for k, v in m.groupdict().items() if v}
    if any(c in body for c in _CJK_MARKS):
        kinds.add("cjk")
    if "?" in body or "\uff1f" in body or "\u061f" in body:
        kinds.add("question")
    if _OPENING.match(body) is not None:
        kinds.add("interjection")
    return len(kinds)


def _wordy(body: str) -> bool:
    """Four words or more, or eight letters of a script written without spaces."""
    words = [w for w in body.split() if any(c.isalpha() for c in w)]
    if len(words) >= 4:
        return True
    return sum(1 for c in body if c.isalpha() and ord(c) > 0x2E80) >= 8


def quoted_hits(text: str, hits: list[_Hit]) -> None:
    """Add a prompt finding for a quotation framed as speech that speaks to a listener."""
    opener = _rx(_OPENER_CLASS).search  # (the next quotation mark, found in C)
    for line_start, line in _lines(text):
        at = -1
        while (mark := opener(line, at + 1)) is not None:
            at = mark.start()
            closers = _OPENERS[line[at]]
            end = min((i for i in (line.find(c, at + 1) for c in closers) if i > at), default=-1)
            if end < 0:
                break
            body = line[at + 1 : end]
            start, at = at, end
            if len(body) < 8 or not _wordy(body):
                continue
            before = line[max(0, start - 60) : start]
            label = _label(before)
            signed = label is None and _SIGNED.match(line[end + 1 : end + 60]) is not None
            if label is None and not signed:
                continue
            lab = (label or line[end + 1 : end + 60]).lower()
            if _rx(_COPY).search(lab) is not None:
                continue
            if _marks(body) >= _needed(lab):
                hits.append((PROMPT, 1, line_start + start, line_start + end + 1, "request-quoted"))
                return
    _unquoted(text, hits)


def _unquoted(text: str, hits: list[_Hit]) -> None:
    """Without quotation marks: the words under a label that names the user, a request or a
    model's reply ("User: can you go through ...? keep behaviour identical", "Reply: Absolutely
    \u2014 I'll keep the changes ...", "Final answer given to the user:" and the answer below),
    with two listener marks; or a text that opens as a model's reply does ("Sure! I ran the
    tests as you asked. ... Should I set up Docker?"), with three."""
    first = text.lstrip()[:400]
    if _OPENING.match(first) is not None and _marks(first.split("\n\n")[0]) >= 4:
        hits.append((PROMPT, 1, 0, len(first), "model-reply-shape"))
        return
    if ":" not in text and "\uff1a" not in text:
        return
    lo = _lower(text)
    first_line = 0 if any(w in lo for w in (*_USER_CJK, *_ROLE_CJK)) else _role_heads(text, lo)
    if first_line < 0:
        return  # no label can name the user, a request or a reply
    # (a label on a line before ``first_line`` names none: ``_needed`` is 2 there)
    for m in _line_matches(_rx(_LABEL_LINE), text, (":", "\uff1a"), first_line):
        label = m.group(1)
        cut = max(label.rfind(". "), label.rfind("; "))
        label = label[cut + 1 :].strip().lower()
        if (not label or len(label.split()) > 6 or not _CODE_CHARS.isdisjoint(label)
                or _needed(label) == 2 or _rx(_COPY).search(label) is not None):
            continue
        eol = text.find("\n", m.end())
        body = text[m.end() : len(text) if eol < 0 else eol]
        if not body.strip():
            body = next((rest for rest in text[m.end() :].split("\n", 3)[1:3] if rest.strip()), "")
        if _wordy(body) and _marks(body[:400]) >= 2:
            hits.append((PROMPT, 1, m.start(1), m.end(), "request-quoted"))
            return


_LABEL_LINE = r"(?m)^[ \t]*(?:[-*>\u2022][ \t]*)?([^:\uff1a\n]{2,50})[:\uff1a][ \t]*"
"""A label opening its line; a match never leaves its line and holds a colon."""
_ROLE_WORD = r"(?<![\w])(?:" + _USER + "|" + _ROLE + r")(?![\w])"
"""A word that names the user, a request or a reply (``_needed``'s two patterns as one)."""


_CODE_CHARS = frozenset("{}[]=_/\\$<`\"@")
"""Characters of a label that reads as code, a key or a path, not as a speaker."""


_firsts: list[frozenset[str]] = []


def _role_firsts() -> frozenset[str]:
    """The first run of word characters (``\\w+``) of each ``_USER`` and ``_ROLE`` word, its
    ``\\uXXXX`` escapes read ("user" of "user's", "o" of "o-ton", "texte" of "texte exact", the
    first two letters of the Hindi word, whose vowel signs are no word characters): a match of
    ``_ROLE_WORD`` starts a run of word characters (its lookbehind) that is exactly one of
    these (its lookahead, or the first character after the run inside the word), so a stretch
    whose runs hold none of them holds no match.

    Derived data, so it comes from ``snapshot.bin`` (section ``quoted.role_firsts``) when the
    file was built from these very words and this ``derive_firsts``: derived in a fresh process
    it cost ~85 µs. After an edit of either it is derived here at first use (slower, never
    wrong) until ``bench/build_snapshot.py`` is run again (session 22; session 21 kept it in
    the source as a constant beside a CRC of its words)."""
    if not _firsts:
        _firsts.append(snapshot.tables("quoted.role_firsts", derive_firsts, _USER + "|" + _ROLE))
    return _firsts[0]


snapshot.first_use.append(_role_firsts)


def derive_firsts(words: str) -> frozenset[str]:
    """``_role_firsts()`` from the ``|``-separated words (regular-expression source whose only
    escapes are ``\\uXXXX``); a word that opens with no word character gives ``""``, which
    makes ``_role_heads`` search every stretch."""
    run = _rx(r"\w+").match
    firsts = set()
    for word in words.split("|"):
        parts = word.split("\\u")
        written = parts[0] + "".join(chr(int(p[:4], 16)) + p[4:] for p in parts[1:])
        m = run(written)
        firsts.add("" if m is None else m.group(0))
    return frozenset(firsts)


def _role_heads(text: str, lo: str) -> int:
    """Where the first line starts whose label (what ``_LABEL_LINE`` can match) may hold a word
    of ``_USER`` or ``_ROLE``, or -1 when none may: the pattern searched only in the 50
    characters before each line's first colon, with that colon.

    ``_ROLE_WORD`` has no literal prefix, so ``re`` tries every alternative at every character
    (~60 ns a character: 100-150 µs a 2 KB note) when searched over the whole text. A label is
    ``text[g:c]`` with ``c`` the first colon (ASCII or fullwidth) of its line and ``c - g <= 50``;
    the label ``_unquoted`` keeps is a stripped tail of it, which ``_needed`` searches on its
    own, where its start is a word boundary: in the text the character before it is a space, a
    tab, a bullet, a line break or ``.``/``;``, so a word ``_needed`` finds in it is found here
    too (``search(lo, pos, endpos)`` reads the lookbehind before ``pos``, and the colon included
    before ``endpos`` settles the lookahead). Where lower-casing changes the text's length
    (``\u0130``), offsets of ``lo`` are not the text's: the whole of ``lo`` is searched, as before."""
    search = _rx(_ROLE_WORD).search
    if len(lo) != len(text):
        return 0 if search(lo) is not None else -1
    words = _rx(r"\w+").findall
    firsts = _role_firsts()
    wide = "\uff1a" in text
    start = 0
    while True:
        colon = text.find(":", start)
        if wide:
            other = text.find("\uff1a", start)
            if other >= 0 and (colon < 0 or other < colon):
                colon = other
        if colon < 0:
            return -1
        line = text.rfind("\n", 0, colon) + 1
        head = max(line, colon - 50)
        if (("" in firsts or not firsts.isdisjoint(words(lo, head, colon)))
                and search(lo, head, colon + 1) is not None):
            return line
        start = text.find("\n", colon) + 1
        if not start:
            return -1


def _needed(label: str) -> int:
    """How many listener marks a quotation needs under ``label`` (lower-cased): none under one
    that names the user or the prompt, one under a request's or a reply's, two under any other."""
    wide = not label.isascii()  # (the words of other scripts hold no ASCII character)
    if _rx(r"(?<![\w])(?:" + _USER + r")(?![\w])").search(label) is not None or (wide and any(
            w in label for w in _USER_CJK)):
        return 0
    if _rx(r"(?<![\w])(?:" + _ROLE + r")(?![\w])").search(label) is not None or (wide and any(
            w in label for w in _ROLE_CJK)):
        return 1
    return 2


def _lines(text: str) -> list[tuple[int, str]]:
    """The lines of ``text`` that hold a quotation mark, each with its offset (found with one
    C-level search per line that has one, not a test per line)."""
    out: list[tuple[int, str]] = []
    at = 0
    find = _rx(_OPENER_CLASS).search
    while (m := find(text, at)) is not None:
        start = text.rfind("\n", 0, m.start()) + 1
        end = text.find("\n", m.start())
        end = len(text) if end < 0 else end
        out.append((start, text[start:end]))
        at = end + 1
    return out


def _label(before: str) -> str | None:
    """The label a quotation follows on its line ("Their request:", "Usuario:"), if the text
    before the quotation ends with a colon or an arrow; None otherwise, or when the label reads
    as code (a key, a path, an assignment)."""
    if _LABEL_END.search(before) is None:
        return None
    cut = max(before.rfind(". "), before.rfind("; "), before.rfind("\u3002"), before.rfind("\""),
              before.rfind("\u201d"), before.rfind("\u00bb"), before.rfind("\u300d"))
    label = before[cut + 1 :].strip(" \t-*>\u2022")
    if not any(c.isalpha() for c in label) or any(c in label for c in "{}[]=_/\\$<`"):
        return None
    if len(label.split()) > 8:
        return None
    return label
