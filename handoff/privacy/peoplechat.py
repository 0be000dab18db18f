"""People chatting, copied out of a chat app: time-stamped turns between two or more names.

Why beside ``framing.chat_export_hits``: that cue reads a turn only where a line opens with
``[12:41] Name:`` or ``<nick>``. Exports and pastes come in more shapes, and are often
flattened onto one line:

- a phone app's export: ``22/1/26, 12:41 - Elif: are you coming to standup?``;
- a time then a dash: ``10:50 - Priya: nope, it's #812``;
- an IRC client's log with the time first: ``[17:42] <lukas> merci, ça marche``;
- lower-case handles after the time: ``[8:37] emre: I think it's still platform``;
- the name first: ``Yuki (10:19): np!``, ``11:50 Hugo > ok``, ``Ines \u2014 Today at 15:05``;
- any of these run together on one line (``... deploy 02/12/2026, 14:26 - Ines: ...``).

A turn here is a time stamp followed by a speaker; two speakers taking turns (a log's
``[10:32] INFO:`` or ``[10:32] worker:`` names no person, see ``framing._NOT_PEOPLE``), and
words said to someone (``_replying``: a question, "you", "thanks") make a conversation between people,
which the filter keeps out of the store like any other private conversation.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from handoff.privacy import framing
from handoff.privacy.cue_words import PROMPT, _Hit
from handoff.privacy.lazy_re import rx as _rx

if TYPE_CHECKING:
    import re

_STAMP = (r"(?:\[(?:\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4},?[ \t])?\d{1,2}:\d\d(?::\d\d)?(?:[ \t]?[AaPp][Mm])?\]"
          r"|(?<![\d/:.-])\d{1,2}[/.]\d{1,2}[/.]\d{2,4},?[ \t]+\d{1,2}:\d\d(?:[ \t]?[AaPp][Mm])?[ \t]+-"
          r"|(?<![\d/:.,-])\d{1,2}:\d\d(?:[ \t]?[AaPp][Mm])?[ \t]+-)")
_TURN = (r"(?:" + _STAMP + r"[ \t]*(?:<(?P<nick>[a-z][a-z0-9_.-]{1,15})>"
         r"|(?P<name>[A-Za-z][a-z0-9_.-]{1,15}(?: [A-Z][a-z]{1,15})?"
         # session 20: a name in another script or with an accent ("[16:30] Luc\u00eda:", Arabic)
         r"|(?=[^\s:]{0,15}[^\x00-\x7f])[^\W\d_][^\W_]{0,15}):)"
         # "Yuki (10:19): ...", "11:50 Hugo > ...", "Ines \u2014 Today at 15:05" then the words below
         r"|(?:^|(?<=[\n/;|]))[ \t]*(?P<before>[A-Z][a-z]{1,15}) \(\d{1,2}:\d\d(?:[ \t]?[AaPp][Mm])?\):"
         r"|(?:^|(?<=[\n/;|]))[ \t]*\d{1,2}:\d\d[ \t]+(?P<arrow>[A-Z][a-z]{1,15})[ \t]+>"
         r"|(?m:^)[ \t]*(?P<dash>[A-Z][a-z]{1,15})[ \t]+\u2014[ \t]+(?:today|yesterday|Today|Yesterday)[ \t]+at[ \t]+"
         r"\d{1,2}:\d\d(?:[ \t]?[AaPp][Mm])?[ \t]*\n"
         # session 20: a chat app copied from the screen, the name and the time on a line of
         # their own above what was said ("omar  12:04 PM", "\ubbfc\uc218  09:46 PM")
         r"|(?m:^)[ \t]*(?P<slack>[^\W\d_][^\W_]{0,15}(?:[ .][^\W\d_][^\W_]{0,15})?)[ \t]{1,4}"
         r"\d{1,2}:\d\d[ \t]?[AaPp][Mm][ \t]*\r?\n(?![ \t]*[^\W\d_][^\W_]{0,15}[ \t]{1,4}\d{1,2}:\d\d))"
         r"[ \t]*(?P<body>\S)")
_TIME_ENDS = r"\d:\d\d(?::\d\d)?(?:[ \t]?[AaPp][Mm])?(?:\]|\)|[ \t]+-|[ \t]+[A-Z]|[ \t]*\r?\n)"
"""What every match of ``_TURN`` holds: a time, then the character or two that each of its
shapes puts after the time (a stamp's ``]``, a ``(10:19)``'s ``)``, an export's `` -``, the
arrow shape's name, the end of a line of its own). Read first in each window, with a
digit-led pattern ``re`` scans for in C: a CI log's ``08:41:02Z`` has none, and ``_TURN``
(six shapes tried at every character, ~120 ns each) is then not read there (session 21)."""
_ROLES = frozenset(("oncall", "on-call", "reviewer", "author", "owner", "maintainer", "lead", "qa",
                    "ops", "sre", "dev", "admin", "support", "release", "triage", "pm"))
"""A team role, not a person: ``[16:04] oncall: can you review PR #4567?`` is a ticket's or a
review tool's log of who did what."""
_REPLY_WORDS = frozenset(("you", "your", "u", "thanks", "thx", "ty", "ok", "okay", "sure", "yes", "yep",
                          "no", "nope", "lol", "ugh", "hey", "hi", "merci", "danke", "gracias", "obrigado",
                          # session 19: thanks, "ok" and "guys" in the languages a team chats in
                          "obrigada", "valeu", "pessoal", "gente", "grazie", "ragazzi", "chicos", "dzi\u0119ki",
                          "te\u015fekk\u00fcrler", "sa\u011fol", "bedankt", "leute",
                          "\u0441\u043f\u0430\u0441\u0438\u0431\u043e", "\u043e\u043a",
                          "\u0440\u0435\u0431\u044f\u0442\u0430", "\u0434\u044f\u043a\u0443\u044e",
                          "\uac10\uc0ac\ud569\ub2c8\ub2e4", "\uace0\ub9c8\uc6cc\uc694", "\ub124",
                          "\u3042\u308a\u304c\u3068\u3046", "\u4e86\u89e3\u3067\u3059",
                          "\u8c22\u8c22", "\u597d\u7684"))


def _replying(text: str) -> bool:
    """A question, or words said to someone: a status digest's "yesterday I fixed ..." lines
    are each person's own report, not people talking to each other."""
    if "?" in text or "\uff1f" in text or "\u061f" in text:
        return True
    if any("\U0001f300" <= ch <= "\U0001faff" for ch in text):
        return True  # session 20: an emoji is said to someone ("the demo broke again \U0001f629")
    words = text.lower().replace("'", " ").split()
    return not _REPLY_WORDS.isdisjoint(w.strip(".,!;:\uff01\u3002\uff0c") for w in words)


def chat_hits(text: str, hits: list[_Hit]) -> None:
    """Add a prompt finding where ``text`` (as written) holds time-stamped turns of two or more
    people (see the module's docstring)."""
    found: dict[int, re.Match[str]] = {}
    rx = _rx(_TURN)
    shaped = _rx(_TIME_ENDS).search
    for stamp in _rx(r"\d:\d\d").finditer(text):  # every turn holds a time: look only near one
        start, end = max(0, stamp.start() - 40), stamp.end() + 48
        if shaped(text, start, end) is None:
            continue  # (a match of ``_TURN`` in the window would hold one)
        for m in rx.finditer(text, start, end):
            found[m.start()] = m
    names: list[str] = []
    first = -1
    for _, m in sorted(found.items()):
        name = next(g for g in m.group("nick", "name", "before", "arrow", "dash", "slack") if g).lower()
        if name in framing._NOT_PEOPLE:
            return
        names.append(name)
        first = m.start() if first < 0 else first
    if len(names) < 2 or len(set(names)) < 2:
        return
    if not _ROLES.isdisjoint(names) and not _answered(names):
        return
    slack = all(m.group("slack") for m in found.values())
    if _replying(text) or (slack and _taking_turns(names)):
        hits.append((PROMPT, 1, first, len(text), framing.CHAT_RULE_ID))


def _answered(names: list[str]) -> bool:
    """Whether a person speaks again after a role answered them (``priya``, ``dev``, ``priya``):
    a ticket's or a review tool's log names a role beside the people who acted, each once, but
    a person who asks a role's holder and then thanks them is people talking (session 20)."""
    people = [i for i, n in enumerate(names) if n not in _ROLES]
    return any(names[i] == names[j] and any(names[k] in _ROLES for k in range(i + 1, j))
               for i in people for j in people if j > i)


def _taking_turns(names: list[str]) -> bool:
    """Whether two people take turns back and forth (A, B, A, B): a status digest gives each
    person one turn, so a speaker who comes back after another's answer twice over is a
    conversation even with no question or "thanks" in it (session 20). Read only where every
    turn has its name and time on a line of their own, as a chat app shows them: a log's
    ``[10:32] nginx: ...`` lines take turns between daemons too."""
    changes = sum(1 for i in range(1, len(names)) if names[i] != names[i - 1])
    return changes >= 3 and len(set(names)) <= changes


_CSV_HEAD = (r"(?im)^[ \t]*(?:timestamp|ts|time|date|datetime|created_at|sent_at|sent),"
             r"(?:user|username|author|from|sender|name|speaker|who),(?:message|text|body|content|msg)[ \t]*\r?$")
_CSV_ROW = r"(?m)^[ \t]*[^,\n]{4,40},(?P<name>[^,\n\"]{1,30}),(?P<body>\"[^\"\n]*\"|[^,\n]+)[ \t]*\r?$"


def csv_hits(text: str, hits: list[_Hit]) -> None:
    """A chat exported as CSV (session 20): a ``timestamp,user,message`` header, then rows of
    two or more people's words, one of which is said to someone (``_replying``). The header
    alone, or rows whose "user" is a service or a role (an audit log's), stay clean."""
    head = _rx(_CSV_HEAD).search(text)
    if head is None:
        return
    names: list[str] = []
    bodies: list[str] = []
    breaks, counted = 0, head.end()  # line breaks from the header to the row, counted once each
    for m in _rx(_CSV_ROW).finditer(text, head.end()):
        breaks += text.count("\n", counted, m.start())
        counted = m.start()
        if breaks > len(names) + 1:
            break  # (the rows follow the header, one a line)
        name = m.group("name").strip().lower()
        if name in framing._NOT_PEOPLE or name in _ROLES or not any(c.isalpha() for c in name):
            return
        names.append(name)
        bodies.append(m.group("body").strip("\" "))
    if len(names) >= 2 and len(set(names)) >= 2 and _replying("\n".join(bodies)):
        hits.append((PROMPT, 1, head.start(), len(text), framing.CHAT_RULE_ID))


_JSON_RECORD = r"\{[^{}]{0,800}\}"
_JSON_FROM = (r'"(?P<k>from|sender|sender_name|author|user|username|user_name|display_name|speaker)"'
              r'[ \t]*:[ \t]*"(?P<n>[^"\\\n]{1,40})"')
_JSON_LEVEL = r'"(?:lvl|level|severity|loglevel|log_level)"[ \t]*:'
_JSON_SAID = r'"(?P<k>text|body|content|msg|message)"[ \t]*:[ \t]*"(?P<b>(?:[^"\\\n]|\\.){1,2000})"'


def json_hits(text: str, hits: list[_Hit]) -> None:
    """A chat app's export as JSON records (session 22): a Telegram, Slack or Discord export
    holds one message a record, who sent it (``from``, ``user``, ``author``) beside what they
    wrote (``text``, ``content``). Two or more people, one spoken to (``turntaking._addressed``,
    not "no" or "ok": a commit list's ``author``/``message`` records hold those, and are not
    read as chat at all)."""
    from handoff.privacy import turntaking

    names: list[str] = []
    bodies: list[str] = []
    for rec in _rx(_JSON_RECORD).finditer(text):
        who = _rx(_JSON_FROM).search(rec.group())
        said = _rx(_JSON_SAID).search(rec.group())
        if who is None or said is None:
            continue
        if said.group("k") == "message" and who.group("k") == "author":
            continue  # (a commit's author and message)
        if _rx(_JSON_LEVEL).search(rec.group()) is not None:
            continue  # (a log record: it has a level, and its "from" is a service)
        name = who.group("n").strip().lower()
        if name in framing._NOT_PEOPLE or name in _ROLES or not any(c.isalpha() for c in name):
            return
        names.append(name)
        bodies.append(said.group("b"))
    if len(names) >= 2 and len(set(names)) >= 2 and turntaking._addressed(bodies):
        first = _rx(_JSON_RECORD).search(text)
        hits.append((PROMPT, 1, first.start() if first else 0, len(text), framing.CHAT_RULE_ID))
