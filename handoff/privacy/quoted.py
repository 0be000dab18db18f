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

from handoff.privacy.cue_words import PROMPT, _Hit
from handoff.privacy.lazy_re import rx as _rx

_OPENERS = {'"': '"', "\u201c": "\u201d\u201c", "\u201e": "\u201c\u201d", "\u00ab": "\u00bb",
            "\u00bb": "\u00ab", "\u300c": "\u300d", "\u300e": "\u300f", "\u2018": "\u2019"}
"""Each quotation mark that opens a quotation, with the marks that may close it."""

_YOU = (r"you|your|yourself|u|du|dich|dir|dein|deine|ihr|euch|tu|toi|te|ti|vous|votre|usted"
        r"|ustedes|vos|voc\u00ea|voce|jij|je|jou|jouw|ty|ci|tobie|\u0442\u044b|\u0442\u0435\u0431\u044f"
        r"|\u0442\u0435\u0431\u0435|\u0432\u044b|\u0432\u0430\u0441|\u0432\u0430\u043c|sen|sana|seni|siz|size"
        r"|anda|kamu|b\u1ea1n")
_PLEASE = (r"please|pls|plz|bitte|por favor|s'il te pla\u00eet|s'il vous pla\u00eet|per favore|prosz\u0119"
           r"|\u043f\u043e\u0436\u0430\u043b\u0443\u0439\u0441\u0442\u0430|l\u00fctfen|alsjeblieft"
           r"|alstublieft|tolong|vui l\u00f2ng|mohon")
_ME = r"me|mir|mich|moi|mi|mij|mnie|\u043c\u043d\u0435|bana|\u00e0 moi"
_WORD_MARKS = (r"(?<![\w'])(?:(?P<you>" + _YOU + r")|(?P<please>" + _PLEASE + r")|(?P<me>" + _ME
               + r"))(?![\w'])|(?<=\w)(?P<clitic>me|mi|nos)(?![\w'])")
"""Second person, "please" words, and a first person object (a requester's "tell me"); a
Spanish or Italian imperative carries its "me" as a clitic ("dime", "dimmi")."""
_CJK_MARKS = ("\u4f60", "\u60a8", "\u8bf7", "\u8acb", "\u3042\u306a\u305f", "\u3066\u304f\u3060\u3055\u3044",
              "\u3057\u3066", "\u76f4\u3057\u3066", "\ud574\uc918", "\ud574 \uc918", "\uc8fc\uc138\uc694",
              "\ub108", "\ub2f9\uc2e0", "\u0623\u0646\u062a", "\u0645\u0646 \u0641\u0636\u0644\u0643",
              "\u0644\u0637\u0641\u0627", "\u05d1\u05d1\u05e7\u05e9\u05d4")
"""The same marks in scripts without word spaces (Chinese, Japanese, Korean, Arabic, Hebrew)."""

_ROLE = (r"user|users|request|requested|ask|asked|prompt|message|typed|verbatim|task|instruction"
         r"|human|requester|usuario|usu\u00e1rio|utilisateur|utilisatrice|nutzer|nutzerin"
         r"|benutzer|anwender|o-ton|kullan\u0131c\u0131|kullan\u0131c\u0131n\u0131n|utente|u\u017cytkownik"
         r"|u\u017cytkownika|\u043f\u043e\u043b\u044c\u0437\u043e\u0432\u0430\u0442\u0435\u043b\u044c"
         r"|\u043f\u043e\u043b\u044c\u0437\u043e\u0432\u0430\u0442\u0435\u043b\u044f|gebruiker|pengguna"
         r"|ng\u01b0\u1eddi d\u00f9ng|petici\u00f3n|pedido|demande|anfrage|richiesta|istek|iste\u011fi"
         r"|\u0437\u0430\u043f\u0440\u043e\u0441|texte exact|wortlaut|literal")
_ROLE_CJK = ("\u30e6\u30fc\u30b6\u30fc", "\u4f9d\u983c", "\u7528\u6237", "\u7528\u6236", "\u8981\u6c42",
             "\uc0ac\uc6a9\uc790", "\uc694\uccad", "\u0627\u0644\u0645\u0633\u062a\u062e\u062f\u0645",
             "\u0627\u0644\u0645\u0648\u062c\u0651\u0647", "\u05d4\u05de\u05e9\u05ea\u05de\u05e9")
"""Label words that name the one who asks or the request (the user, the prompt), by script."""
_COPY = (r"(?<![\w])(?:button|tooltip|label|banner|dialog|modal|toast|placeholder|screen|page|title"
         r"|heading|subject|commit|error|warning|exception|log|docs?|readme|string|copy|text|hint"
         r"|alert|notification|prompt text|cta|menu|reads|shows|displays)(?![\w])")
"""Label words of quoted product copy, a commit's title, an error or a document's sentence."""

_LABEL_END = _rx(r"(?:[:\uff1a]|->|\u2192|=>)[ \t]*$")
_SIGNED = _rx(r"^[ \t]*(?:\u2014|\u2013|--|-)[ \t]*[^\W\d_][^\"\u201c\u201d\u00ab\u00bb.;!?]{0,40}(?:[.;]|$)")
"""A signature after a quotation: a dash and a few words to the sentence's or line's end."""


def _marks(body: str) -> int:
    """How many kinds of listener marks the quoted ``body`` carries (see the docstring)."""
    lo = body.lower()
    kinds = {k for m in _rx(_WORD_MARKS).finditer(lo) for k, v in m.groupdict().items() if v}
    if "clitic" in kinds:
        kinds.discard("clitic")
        kinds.add("me")
    if any(c in body for c in _CJK_MARKS):
        kinds.add("cjk")
    if "?" in body or "\uff1f" in body or "\u061f" in body:
        kinds.add("question")
    return len(kinds)


def _wordy(body: str) -> bool:
    """Four words or more, or eight letters of a script written without spaces."""
    words = [w for w in body.split() if any(c.isalpha() for c in w)]
    if len(words) >= 4:
        return True
    return sum(1 for c in body if c.isalpha() and ord(c) > 0x2E80) >= 8


def quoted_hits(text: str, hits: list[_Hit]) -> None:
    """Add a prompt finding for a quotation framed as speech that speaks to a listener."""
    for line_start, line in _lines(text):
        at = -1
        while at + 1 < len(line):
            at += 1
            closers = _OPENERS.get(line[at])
            if closers is None:
                continue
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
            role = (_rx(r"(?<![\w])(?:" + _ROLE + r")(?![\w])").search(lab) is not None
                    or any(w in lab for w in _ROLE_CJK))
            if _marks(body) >= (1 if role else 2):
                hits.append((PROMPT, 1, line_start + start, line_start + end + 1, "request-quoted"))
                return


def _lines(text: str) -> list[tuple[int, str]]:
    """The lines of ``text`` that hold a quotation mark, each with its offset."""
    out: list[tuple[int, str]] = []
    pos = 0
    for line in text.split("\n"):
        if any(ch in line for ch in _OPENERS):
            out.append((pos, line))
        pos += len(line) + 1
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
