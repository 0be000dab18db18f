"""People taking turns without time stamps: a chat pasted as ``Name: words`` lines, as
``**Name** words`` (a chat app's bold names), or as a name and a time on a line of their own
with the words on the next (a desktop client's copy), in any language.

Why beside ``peoplechat``: that cue reads a turn where a time stamp stands before or beside the
name. A paste of three lines between two people often has none ("Omar: kto\u015b ruszał config?
/ Sofia: tak, wczoraj podbi\u0142em repliki do 4 / Omar: ok, dzi\u0119ki"). What makes it a
conversation is who speaks, not what they say: two names taking turns, the first speaker
speaking again after the other answered (A, B, A), and a question among the turns. A config
block's ``Host:``/``Port:`` lines or a log's ``Build:``/``Deploy:`` lines repeat a key but ask
nothing, and their keys are no one's name (``framing._NOT_PEOPLE``).
"""

from __future__ import annotations

from handoff.privacy import framing
from handoff.privacy.cue_words import PROMPT, _Hit
from handoff.privacy.lazy_re import rx as _rx

_COLON = r"^[ \t]*(?P<a>[^\W\d_](?:[^\W\d_]|[-'](?=[^\W\d_])){1,15}):[ \t]+(?P<ab>\S.*)$"
_BOLD = r"^[ \t]*\*\*(?P<b>[^\W\d_][^\W\d_'-]{1,15}):?\*\*:?[ \t]+(?P<bb>\S.*)$"
_STAMPED = r"^[ \t]*(?P<c>[^\W\d_][^\W\d_'-]{1,15})[ \t]{2,}\d{1,2}:\d\d(?:[ \t]?[AaPp][Mm])?[ \t]*$"
_QUESTION = ("?", "\uff1f", "\u00bf", "\u061f")
_KEYS = frozenset((
    "question", "answer", "name", "type", "description", "example", "usage", "returns", "args",
    "params", "reason", "cause", "fix", "summary", "context", "problem", "solution", "expected",
    "actual", "before", "after", "why", "what", "how", "when", "where", "who", "todo", "fixme",
    "done", "next", "yes", "no", "pro", "con", "pros", "cons", "old", "new", "see", "via", "from",
    "to", "cc", "re", "subject", "date", "url", "path", "file", "line", "source", "target", "id",
))
"""Keys of a document's lines (a FAQ's ``question:``/``answer:``, a template's ``expected:``/
``actual:``, a mail header's ``from:``/``to:``) that lower-cased names must not be. Names of
people are capitalised in a chat app's copy, but a handle (``wen:``, ``eun-ji:``, IRC's and
Slack's) is lower-case throughout: all speakers lower-case and none a key also reads as
people (session 16: blind17's pasted threads)."""


def _turns(text: str) -> list[tuple[str, str]]:
    """The text's turns in order, as (speaker, words); an empty list when a line between
    them is not a turn (the turns must be the text's own consecutive lines)."""
    lines = [ln for ln in text.split("\n") if ln.strip()]
    turns: list[tuple[str, str]] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        m = _rx(_COLON).match(line) or _rx(_BOLD).match(line)
        if m is not None:
            g = m.groupdict()
            turns.append((g.get("a") or g["b"], g.get("ab") or g["bb"]))
            i += 1
            continue
        s = _rx(_STAMPED).match(line)
        if s is not None and i + 1 < len(lines):
            turns.append((s.group("c"), lines[i + 1]))
            i += 2
            continue
        if turns:
            break
        i += 1
    return turns


def turn_hits(text: str, hits: list[_Hit]) -> None:
    """Add a prompt finding where two or more people take turns (see the module's docstring)."""
    if text.count("\n") < 2 or not any(q in text for q in _QUESTION):
        return  # (cheap tests first: most notes ask nothing)
    turns = _turns(text)
    if len(turns) < 3:
        return
    names = [n for n, _ in turns]
    if any(n.lower() in framing._NOT_PEOPLE for n in names):
        return
    if not all(n.islower() and n.lower() not in _KEYS for n in names) and any(
            not n[0].isupper() or n.isupper() for n in names):
        return
    if len(set(names)) < 2 or names[0] not in names[2:] or names[0] == names[1]:
        return
    if any(len(w) > 200 for _, w in turns):
        return
    if not any(q in w for _, w in turns for q in _QUESTION):
        return
    hits.append((PROMPT, 1, 0, len(text), "people-turns"))


# -- session 21: a thread copied out of a work tool, in any of its layouts ---------------------
#
# A ticket's comments (``olu (2026-01-26T13:33): ...``), an incident channel pasted from several
# clients at once (``@sven (16:40): ...``, ``[16:41] <kwame> ...``, ``li.wei \u2014 ...``, a desktop
# client's ``fatima  00:12`` above the words), a review thread or a standup thread of
# ``handle: words`` lines under a line naming the venue. What ``turn_hits`` asks of plain
# ``Name: words`` lines (three turns, A-B-A, a question) a thread of two turns rarely has;
# what it has instead is a layout only a chat tool writes (a time beside the speaker, an IRC
# nick, a handle above its words) or a line above it saying where it was said.

_HANDLE = r"@?(?P<{g}>[^\W\d_](?:[\w]|[.'-](?=\w)){{0,20}}(?: [A-Z][a-z]{{1,15}})?)"
_STAMP_IN = (r"(?:\d{4}-\d\d-\d\d[T ]\d\d:\d\d(?::\d\d)?Z?|(?:\d{1,2}[/.]\d{1,2}[/.]\d{2,4},? )?"
             r"\d{1,2}:\d\d(?::\d\d)?(?:[ \t]?[AaPp][Mm])?)")
_THREAD_LINE = (
    r"^[ \t>*-]*(?:"
    + _HANDLE.format(g="p") + r"[ \t]*\(" + _STAMP_IN + r"\)[ \t]*:[ \t]+(?P<pw>\S.*)"  # olu (13:33): ...
    + r"|\[" + _STAMP_IN + r"\][ \t]*<(?P<i>[\w.@-]{1,20})>[ \t]+(?P<iw>\S.*)"  # [16:41] <kwame> ...
    + r"|<(?P<n>[\w.@-]{1,20})>[ \t]+(?P<nw>\S.*)"  # <kwame> ...
    + r"|\[" + _STAMP_IN + r"\][ \t]*" + _HANDLE.format(g="b") + r":[ \t]+(?P<bw>\S.*)"  # [16:41] kwame: ...
    + r"|" + _HANDLE.format(g="d") + r"[ \t]+[\u2014\u2013][ \t]+(?P<dw>\S.*)"  # li.wei \u2014 ...
    + r"|" + _HANDLE.format(g="s") + r"[ \t]{2,}" + _STAMP_IN + r"[ \t]*$"  # fatima  00:12 (words below)
    + r"|\*\*(?P<k>[^\W\d_][^*\n]{0,24}?)\*\*:?[ \t]+(?P<kw>\S.*)"  # **Omar** ...
    + r"|" + _HANDLE.format(g="c") + r":[ \t]+(?P<cw>\S.*)"  # kwame: ...
    + r")$"
)
_STRONG = frozenset("pinbs")
"""Layouts only a chat tool writes (a time beside the speaker, a nick in angle brackets, a
handle above its words): ``d``, ``k`` and ``c`` (``name —``, ``**Name**``, ``name:``) are also
a credits list's, an ownership table's or a document's keys. A date alone beside a name
(``kim (2026-03-02): fix typo``) is a git log's author line: a turn's stamp holds a time."""
_VENUE = (r"(?i)(?:^|[\s(])#[a-z][\w-]{2,}|"
          r"(?<![\w/-])(?:thread|comments?|channel|chat|conversation|discussion|dms?"
          r"|slack|teams|discord|mattermost|irc|stand-?up|replies|said"
          r"|hilo|comentarios|coment\u00e1rios|canal|conversa"
          r"|kommentare|verlauf|unterhaltung|commentaires|fil|discussione"
          r"|commenti|w\u0105tek|komentarze|czat|yorumlar|sohbet|kanal)(?![\w/-])"
          r"|(?:\u043e\u0431\u0441\u0443\u0436\u0434\u0435\u043d\u0438\u0435|\u043a\u043e\u043c\u043c\u0435\u043d\u0442\u0430\u0440\u0438\u0438|\u0447\u0430\u0442|\u043f\u0435\u0440\u0435\u043f\u0438\u0441\u043a\u0430"
          r"|\u30b9\u30ec\u30c3\u30c9|\u30b3\u30e1\u30f3\u30c8|\u30c1\u30e3\u30c3\u30c8|\ub313\uae00|\uc2a4\ub808\ub4dc|\ucc44\ud305"
          r"|\u8bc4\u8bba|\u8ba8\u8bba|\u804a\u5929|\u7fa4\u804a)")
"""A line above the turns naming where they were said (a thread, a ticket's comments, a
channel, a chat) in the languages a team writes in."""
_ADDRESSED = frozenset(("you", "your", "thanks", "thx", "thank", "lol", "hey", "+1",
                        "merci", "danke", "gracias", "obrigado", "obrigada", "valeu", "grazie", "dzi\u0119ki",
                        "te\u015fekk\u00fcrler", "sa\u011fol", "bedankt", "vous", "dir", "dich",
                        "euch", "t\u00fa", "voc\u00ea", "\u0442\u044b", "\u0432\u044b",
                        "\u0441\u043f\u0430\u0441\u0438\u0431\u043e", "\u0434\u044f\u043a\u0443\u044e",
                        "\u0927\u0928\u094d\u092f\u0935\u093e\u0926", "\u0634\u0643\u0631\u0627"))
"""Words said to someone; unlike ``peoplechat._REPLY_WORDS`` not "ok", "no" or "yes", which a
standup digest's own reports hold ("blockers: no"), nor "hi", "du", "os", "tu", "te", "ti", "u",
"ty": a language code, a command, a word of a list as often as a greeting or a pronoun."""
_ADDRESSED_MARKS = ("?", "\uff1f", "\u061f", "\u00bf", "\u8c22\u8c22", "\u3042\u308a\u304c\u3068",
                    "\uac10\uc0ac", "\uace0\ub9c8\uc6cc", "\u8bf7", "\u304a\u9858\u3044", "\ubd80\ud0c1")


def _addressed(words: list[str]) -> bool:
    """Whether any turn asks or speaks to someone (a question, "you", thanks, an @mention)."""
    text = "\n".join(words)
    if any(m in text for m in _ADDRESSED_MARKS) or _rx(r"(?<![\w.])@[^\W\d_]").search(text):
        return True
    if any("\U0001f300" <= ch <= "\U0001faff" for ch in text):
        return True
    toks = text.lower().replace("'", " ").replace(",", " ").split()
    return not _ADDRESSED.isdisjoint(t.strip(".!;:\u3002") for t in toks)


def _thread_turns(lines: list[str]) -> list[tuple[int, str, str, str]]:
    """Every line that opens a turn, as (line index, layout, speaker, words)."""
    out: list[tuple[int, str, str, str]] = []
    rx = _rx(_THREAD_LINE)
    i = 0
    while i < len(lines):
        m = rx.match(lines[i])
        if m is not None:
            g = next(k for k in "pinbdskc" if m.group(k))
            if g in "ck" and lines[i].lstrip()[:1] in ("-", "*") and not lines[i].lstrip().startswith("**"):
                i += 1  # ("- license: internal only": a bulleted list's key, not a speaker)
                continue
            said = (lines[i + 1].strip() if i + 1 < len(lines) else "") if g == "s" else m.group(g + "w")
            out.append((i, g, m.group(g).strip(), said))
            i += 2 if g == "s" else 1
            continue
        i += 1
    return out


def _person(name: str) -> bool:
    """A speaker that can be a person: no log level, service, document key or field label."""
    from handoff.privacy import peoplechat, speakers

    lo = name.lower().lstrip("@")
    return not (lo in framing._NOT_PEOPLE or lo in _KEYS or lo in speakers._FIELD_LABELS
                or lo in peoplechat._ROLES or (name.isupper() and len(name) > 1))


def thread_hits(text: str, hits: list[_Hit]) -> None:
    """Add a prompt finding where a run of turns by two or more people, in a chat tool's
    layout or under a line naming the thread, speaks to someone (see the section above)."""
    end = len(text)
    escaped = "\\n" in text and text.count("\\n") > text.count("\n")
    if escaped:  # a thread inside a JSON record's string: its line breaks are escaped
        text = text.replace('\\"', '"').replace("\\n", "\n")
    lines = text.split("\n")
    turns = [t for t in _thread_turns(lines) if _person(t[2])]  # (a "status:" line is no turn)
    if len(turns) < 2:
        return
    # the turns' run: consecutive turns at most two lines apart (a turn's words may wrap)
    runs: list[list[tuple[int, str, str, str]]] = [[turns[0]]]
    for t in turns[1:]:
        prev = runs[-1][-1]
        if t[0] - prev[0] <= (3 if prev[1] == "s" else 2):
            runs[-1].append(t)
        else:
            runs.append([t])
    for run in runs:
        if len(run) < 2:
            continue
        names = [t[2].lower().lstrip("@") for t in run]
        if len(set(names)) < 2:
            continue
        if any(len(t[3].split()) > 60 or not t[3] for t in run):
            continue
        strong = sum(1 for t in run if t[1] in _STRONG)
        above = "\n".join(lines[max(0, run[0][0] - 2):run[0][0]])
        venue = bool(above) and _rx(_VENUE).search(above) is not None
        if not (strong >= 2 or venue or (strong >= 1 and len({t[1] for t in run}) >= 2)):
            continue
        if strong == 0 and sum(1 for t in run if len(t[3].split()) >= 3 or not t[3].isascii()) < 2:
            continue  # ("kim: LGTM / ravi: LGTM" under "PR comments:" is a tally, not a talk)
        if not _addressed([t[3] for t in run]):
            continue
        start = 0 if escaped else sum(len(ln) + 1 for ln in lines[:run[0][0]])
        hits.append((PROMPT, 1, start, end, "people-turns"))
        return
