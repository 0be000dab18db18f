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

import itertools
from typing import TYPE_CHECKING

from handoff.privacy import framing
from handoff.privacy.cue_words import PROMPT, _Hit
from handoff.privacy.lazy_re import lower
from handoff.privacy.lazy_re import rx as _rx

if TYPE_CHECKING:
    import re

_COLON = r"^[ \t]*(?P<a>[^\W\d_](?:[^\W\d_]|[-'](?=[^\W\d_])){1,15}):[ \t]+(?P<ab>\S.*)$"
_BOLD = r"^[ \t]*\*\*(?P<b>[^\W\d_][^\W\d_'-]{1,15}):?\*\*:?[ \t]+(?P<bb>\S.*)$"
_STAMPED = r"^[ \t]*(?P<c>[^\W\d_][^\W\d_'-]{1,15})[ \t]{2,}\d{1,2}:\d\d(?:[ \t]?[AaPp][Mm])?[ \t]*$"
_QUESTION = ("?", "\uff1f", "\u00bf", "\u061f", "\u0e44\u0e2b\u0e21", "\u0e21\u0e31\u0e49\u0e22")
"""A question's marks; Thai asks with a particle (\u0e44\u0e2b\u0e21, \u0e21\u0e31\u0e49\u0e22), not a question
mark (session 23)."""
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

_MARKS = r"\u0300-\u036f\u0900-\u0963\u0e31-\u0e4e\u05b0-\u05c7\u064b-\u065f"
"""Combining marks a name in Devanagari, Thai, Hebrew or Arabic holds (``\\w`` leaves them out)."""
_HANDLE = r"@?(?P<{g}>[^\W\d_](?:[\w" + _MARKS + r"]|[.'-](?=\w)){{0,20}}(?: [A-Z][a-z]{{1,15}})?)"
_STAMP_IN = (r"(?:\d{4}-\d\d-\d\d[T ]\d\d:\d\d(?::\d\d)?Z?|(?:\d{1,2}[/.]\d{1,2}[/.]\d{2,4},? )?"
             r"\d{1,2}:\d\d(?::\d\d)?(?:[ \t]?[AaPp][Mm])?)")
# session 22: the day words, "at" words and half-day words a client writes beside a time, in the
# languages a team chats in ("Today at 10:42", "Heute um 09:12", "Aujourd'hui à 16:05",
# "Сегодня в 12:40", "오늘 오전 10:42", "今天 10:42", "วันนี้ เวลา 10:42")
_DAY = (r"(?:(?i:today|yesterday|heute|gestern|aujourd['\u2019]hui|hier|hoy|ayer|hoje|ontem|oggi|ieri"
        r"|dzisiaj|wczoraj|bug\u00fcn|d\u00fcn|vandaag|gisteren|idag|ig\u00e5r|dnes|v\u010dera"
        r"|\u0441\u0435\u0433\u043e\u0434\u043d\u044f|\u0432\u0447\u0435\u0440\u0430"
        r"|\u0441\u044c\u043e\u0433\u043e\u0434\u043d\u0456|\u0432\u0447\u043e\u0440\u0430"
        r"|h\u00f4m nay|h\u00f4m qua|hari ini|kemarin)"
        r"|\u4eca\u5929|\u6628\u5929|\u4eca\u65e5|\u6628\u65e5|\uc624\ub298|\uc5b4\uc81c"
        r"|\u0e27\u0e31\u0e19\u0e19\u0e35\u0e49|\u0e40\u0e21\u0e37\u0e48\u0e2d\u0e27\u0e32\u0e19"
        r"|\u05d4\u05d9\u05d5\u05dd|\u05d0\u05ea\u05de\u05d5\u05dc|\u0627\u0644\u064a\u0648\u0645|\u0623\u0645\u0633"
        r"|\u0906\u091c)")
_AT = (r"(?:(?i:at|um|\u00e0|a las|a la|\u00e0s|alle|o|\u0432|\u043e|saat|om|kl\.?|l\u00fac|pukul)"
       r"|\u0e40\u0e27\u0e25\u0e32|\u05d1-?|\u0641\u064a|,)")
_HALF = r"(?:\uc624\uc804|\uc624\ud6c4|\u4e0a\u5348|\u4e0b\u5348|\u5348\u524d|\u5348\u5f8c)"
_CLOCK = r"\d{1,2}:\d\d(?::\d\d)?(?:[ \t]?[AaPp]\.?[Mm]\.?)?"
_DATE_WORDS = (r"(?:\d{4}\u5e74\d{1,2}\u6708\d{1,2}\u65e5|\d{4}\ub144 \d{1,2}\uc6d4 \d{1,2}\uc77c"
               r"|\d{4}/\d{1,2}/\d{1,2}\([^)\n]{1,3}\))")
"""A date as a phone app's export writes it (Korean's and Chinese's year-month-day words, LINE's
"2026/12/03(weekday)")."""
_SUFFIX = r"(?:[ \t]?(?:Uhr|\u0635|\u0645))?"  # ("Heute um 09:12 Uhr", Arabic's "10:42 \u0635")
_WHEN = (r"(?:(?:" + _DAY + r"[ \t]+(?:" + _AT + r"[ \t]+)?|" + _DATE_WORDS + r"[ \t]+)?(?:" + _HALF + r"[ \t]?)?"
         + r"(?:" + _STAMP_IN + r"|\d{1,2}h\d\d)" + _SUFFIX
         + r"|\[(?:" + _HALF + r"[ \t]?)?" + _STAMP_IN + r"\]"
         + r"|\d{1,2}[ \t]?(?:s|m|h|d|w|mins?|minutes?|hrs?|hours?|days?|weeks?)[ \t]+ago)")
"""When a message was sent, as a client prints it above or beside the words: a time, a date
and a time, a day word and a time, a time in brackets, or "3h ago"."""
_EDITED = (r"(?:[ \t]*\((?i:edited|bearbeitet|modifi\u00e9|editado|modificato|edytowane"
           r"|\u0438\u0437\u043c\u0435\u043d\u0435\u043d\u043e|\u5df2\u7f16\u8f91|\u7de8\u96c6\u6e08\u307f|\uc218\uc815\ub428)\))?")
_COMMENTED = (r"(?i:commented|replied|responded|answered|wrote|kommentierte|antwortete|a comment\u00e9"
              r"|a r\u00e9pondu|coment\u00f3|respondi\u00f3|comentou|respondeu|ha commentato|ha risposto"
              r"|skomentowa\u0142a?|odpowiedzia\u0142a?)")
_NAME_TAIL = r"(?:,[ \t][A-Z][a-z]{1,15})?"  # ("[10:42 AM] Ferreira, Joana": a directory's "Surname, Given")
_THREAD_LINE = (
    r"^[ \t>*-]*(?:"
    + _HANDLE.format(g="p") + r"[ \t]*[(\[]" + _STAMP_IN + r"[)\]][ \t]*[:\uff1a][ \t]*(?P<pw>\S.*)"  # olu (13:33): ...
    + r"|\[" + _STAMP_IN + r"\][ \t]*<(?P<i>[\w.@-]{1,20})>[ \t]+(?P<iw>\S.*)"  # [16:41] <kwame> ...
    + r"|<(?P<n>[\w.@-]{1,20})>[ \t]+(?P<nw>\S.*)"  # <kwame> ...
    + r"|\[" + _STAMP_IN + r"\][ \t]*" + _HANDLE.format(g="b") + r":[ \t]+(?P<bw>\S.*)"  # [16:41] kwame: ...
    # session 22: "10:07 Dana: ...", "(10:02) Sunita: ...", "12/3/26, 9:01 PM - Kofi: ..."
    + r"|\(?(?:" + _DATE_WORDS + r"[ \t]+)?(?:" + _HALF + r"[ \t]?)?" + _STAMP_IN + r"\)?(?:,[ \t]*|[ \t]+)(?:-[ \t]+)?"
    + _HANDLE.format(g="t")
    + r"[ \t]?(?::[ \t]+|\uff1a[ \t]*)(?P<tw>\S.*)"
    + r"|(?:" + _DATE_WORDS + r"[ \t]+)?" + _STAMP_IN + r"\t" + _HANDLE.format(g="l")
    + r"\t(?P<lw>\S.*)"  # LINE's export: time, name, words
    + r"|\[" + _HANDLE.format(g="o") + r"\][ \t]*\[(?:" + _HALF + r"[ \t]?)?" + _CLOCK
    + r"\][ \t]*(?P<ow>\S.*)"  # KakaoTalk
    + r"|" + _HANDLE.format(g="d") + r"[ \t]+[\u2014\u2013][ \t]+(?!" + _WHEN
    + r"[ \t]*$)(?P<dw>\S.*)"  # li.wei \u2014 ...
    + r"|" + _HANDLE.format(g="s") + r"[ \t]{2,}" + _STAMP_IN + r"[ \t]*$"  # fatima  00:12 (words below)
    # session 22: a name and when above the words ("Leilani \u2014 Today at 10:42 AM", "Wiremu, 09:14",
    # "Nadia Haddad, [03.12.2026 18:20]", "Pavla (edited) 10:12", "Akosua  Yesterday at 4:12 PM")
    + r"|" + _HANDLE.format(g="h") + _EDITED + r"(?:[ \t]+[\u2014\u2013-][ \t]+|,[ \t]*|[ \t]+)" + _WHEN
    + r"[ \t]*$"
    + r"|" + _HANDLE.format(g="g") + r"[ \t]+" + _COMMENTED + r"(?:[ \t]*[\u2022\u00b7][ \t]*|[ \t]+)?(?:"
    + _WHEN + r")?[ \t]*$"  # gh pr view's "jaroslav commented \u2022 3h ago"
    + r"|\[(?:" + _HALF + r"[ \t]?)?" + _STAMP_IN + r"\][ \t]*" + _HANDLE.format(g="e") + _NAME_TAIL
    + r"[ \t]*$"  # Teams' "[10:42 AM] Ferreira, Joana"
    + r"|" + _DAY + r"[ \t]+(?:" + _AT + r"[ \t]+)?(?:" + _HALF + r"[ \t]?)?" + _CLOCK + r"[ \t]+"
    + _HANDLE.format(g="w") + r"[ \t]*$"  # "\uc624\ub298 \uc624\uc804 10:42 \ubbfc\uc900"
    # a wiki page's table of the channel ("| 10:42 | Ana | is the db down? |", "| Ana | 10:42 | ... |")
    + r"|\|[ \t]*" + _STAMP_IN + r"[ \t]*\|[ \t]*" + _HANDLE.format(g="u")
    + r"[ \t]*\|[ \t]*(?P<uw>[^|\n]*[^|\s])[ \t]*\|?[ \t]*"
    + r"|\|[ \t]*" + _HANDLE.format(g="v") + r"[ \t]*\|[ \t]*" + _STAMP_IN
    + r"[ \t]*\|[ \t]*(?P<vw>[^|\n]*[^|\s])[ \t]*\|?[ \t]*"
    + r"|\*\*(?P<k>[^\W\d_][^*\n]{0,24}?)\*\*:?[ \t]+(?P<kw>\S.*)"  # **Omar** ...
    + r"|\*(?P<a>[^\W\d_][^*\n]{0,24}?)\*:?[ \t]+(?P<aw>\S.*)"  # *Omar*: ... (session 22)
    + r"|\[" + _HANDLE.format(g="r") + r"\][ \t]*:?[ \t]+(?P<rw>\S.*)"  # [Greta] ... (session 22)
    + r"|" + _HANDLE.format(g="c") + r"(?:[ \t]?:[ \t]+|[ \t]?\uff1a[ \t]*)(?P<cw>\S.*)"  # kwame: ...
    + r")$"
)
_GROUPS = "pinbtlodshgewuvkarc"
_NEW_LAYOUTS = frozenset("tlohgewuvxar")
"""The layouts added in session 22 (``x`` is a name and a time on lines of their own)."""
_HEADS = frozenset("shgew")
"""Layouts whose words are on the next line (a client's copy: the name and when above)."""
_STRONG = frozenset("pinbtlouv") | _HEADS
"""Layouts only a chat tool writes (a time beside the speaker, a nick in angle brackets, a
handle above its words): ``d``, ``k``, ``a``, ``r`` and ``c`` (``name —``, ``**Name**``,
``[Name]``, ``name:``) are also a credits list's, an ownership table's or a document's keys.
A date alone beside a name (``kim (2026-03-02): fix typo``) is a git log's author line: a
turn's stamp holds a time."""
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
_CHAT_VENUE = (r"(?i)(?:^|[\s(\"'])#[a-z][\w-]{2,}"
               r"|(?<![\w/.])(?:team[- ]?|group[- ]?|gruppen[- ]?|teamets[ ]|incident[- ])?"
               r"(?:chat|channel|kanal|kanaal|kana\u0142u?|canal|canale|thread|slack|teams|discord|mattermost"
               r"|whatsapp|telegram|wechat|kakaotalk|zulip|rocket\.chat|google chat|hangouts|war[- ]room|dms?"
               r"|grupo|grupa|gruppe|groupe|gruppo|grup|nh\u00f3m|k\u00eanh|vl\u00e1kn[aou]|tr\u00e5d|kan\u00e1lu?"
               r"|obrolan|tr\u00f2 chuy\u1ec7n|slacku|czacie|w\u0105tku)(?![\w/])"
               r"|\u0447\u0430\u0442|\u043a\u0430\u043d\u0430\u043b|\u0442\u0440\u0435\u0434|\u043f\u0435\u0440\u0435\u043f\u0438\u0441\u043a"
               r"|\u0642\u0646\u0627\u0629|\u0645\u062d\u0627\u062f\u062b\u0629|\u062f\u0631\u062f\u0634\u0629|\u0645\u062c\u0645\u0648\u0639\u0629"
               r"|\u05e6['\u05f3]\u05d0\u05d8|\u05e2\u05e8\u05d5\u05e5"
               r"|\u091a\u0948\u091f|\u091a\u0948\u0928\u0932|\u0925\u094d\u0930\u0947\u0921|\u0917\u094d\u0930\u0941\u092a"
               r"|\u0e41\u0e0a\u0e17|\u0e01\u0e25\u0e38\u0e48\u0e21"
               r"|\u30c1\u30e3\u30c3\u30c8|\u30b9\u30ec\u30c3\u30c9|\u30c1\u30e3\u30f3\u30cd\u30eb|\u30b0\u30eb\u30fc\u30d7"
               r"|\uc2ac\ub799|\ud300\uc988|\ucc44\ud305|\uc2a4\ub808\ub4dc|\ucc44\ub110|\ub2e8\ud1a1|\uce74\ud1a1|\ub300\ud654\ubc29|\ud1a1\ubc29"
               r"|\u7fa4\u804a|\u804a\u5929|\u9891\u9053|\u7fa4\u91cc|\u5fae\u4fe1\u7fa4|\u8ba8\u8bba\u4e32")
"""Where people chat, named in a lead-in line (session 22): a chat tool, a channel, a thread,
a group, in the languages a team writes in, compounds too ("Team-Channel", "teamkanaal").
Unlike ``_VENUE`` not "comments", "discussion" or "said": one author's meeting notes have a
"Discussion:" heading above their own bullets, never a channel."""
_VENUE_STEMS = ("chat", "channel", "kana", "canal", "thread", "slack", "teams", "discord", "mattermost",
                "whatsapp", "telegram", "wechat", "kakao", "zulip", "rocket", "hangouts", "war room", "war-room",
                "dm", "grup", "groupe", "obrolan", "czacie")
"""Stems one of which an ASCII text that ``_CHAT_VENUE`` matches holds in lower case, beside a
``#`` before a letter (``_HASH_NAME``): a cheap test before the pattern, which has no literal
start and costs ~1 us a character. Only what an ASCII text can match is listed: "group" alone
is a prefix ``_CHAT_VENUE`` needs a venue word after, "war" needs "room", and the venue words
with accents cannot occur in ASCII (session 22: "#" and "war" let a note with an issue number
or a "warning" run the pattern)."""
_HASH_NAME = r"#[A-Za-z]"
_VENUE_STEMS_OTHER = ("kan\u00e1l", "vl\u00e1kn", "tr\u00e5d", "nh\u00f3m", "k\u00eanh", "tr\u00f2 chuy\u1ec7n",
                      "\u0447\u0430\u0442", "\u043a\u0430\u043d\u0430\u043b", "\u0442\u0440\u0435\u0434",
                      "\u043f\u0435\u0440\u0435\u043f\u0438\u0441\u043a",
                      "\u0642\u0646\u0627\u0629", "\u0645\u062d\u0627\u062f\u062b\u0629",
                      "\u062f\u0631\u062f\u0634\u0629", "\u0645\u062c\u0645\u0648\u0639\u0629",
                      "\u05d0\u05d8", "\u05e2\u05e8\u05d5\u05e5",
                      "\u091a\u0948\u091f", "\u091a\u0948\u0928\u0932", "\u0925\u094d\u0930\u0947\u0921",
                      "\u0917\u094d\u0930\u0941\u092a", "\u0e41\u0e0a\u0e17", "\u0e01\u0e25\u0e38\u0e48\u0e21",
                      "\u30c1\u30e3\u30c3\u30c8", "\u30b9\u30ec\u30c3\u30c9", "\u30c1\u30e3\u30f3\u30cd\u30eb",
                      "\u30b0\u30eb\u30fc\u30d7", "\ucc44\ud305", "\uc2a4\ub808\ub4dc", "\ucc44\ub110",
                      "\ub2e8\ud1a1", "\uce74\ud1a1", "\ub300\ud654\ubc29", "\ud1a1\ubc29",
                      "\u7fa4\u804a", "\u804a\u5929", "\u9891\u9053", "\u7fa4\u91cc", "\u5fae\u4fe1\u7fa4",
                      "\u8ba8\u8bba\u4e32", "w\u0105tku", "\uc2ac\ub799", "\ud300\uc988")
"""The venue words of ``_CHAT_VENUE`` only a text that is not ASCII can hold, lower-cased (the
Hebrew "chat" by its last two letters, written with either apostrophe), beside ``_VENUE_STEMS``:
with them a note in German or Japanese that names no chat skips the pattern too (session 23)."""
_FOLD_ODD = r"[\u0130\u0131\u017f\u1c81\u1c83-\u1c85]"
"""The characters that ``re``'s case-insensitive matching takes for a letter of ``_CHAT_VENUE``
while ``str.lower`` does not give that letter: dotted and dotless I, the long s and four old
Cyrillic letter forms (derived over every code point in ``tests/test_privacy_round23_speed.py``).
A text holding one runs the pattern; for any other, the stems in its lower-cased text decide
exactly whether the pattern can match."""
_HASH_NAME_FOLDED = r"(?i)#[a-z]"


def _may_name_venue(text: str) -> bool:
    """False only where ``_CHAT_VENUE`` cannot match ``text``: no ``#`` before a letter and
    no venue word's stem in its lower-cased text (``_CHAT_VENUE`` has no literal start and
    costs ~1 us a character, tried at every one)."""
    if text.isascii():
        if _rx(_HASH_NAME).search(text) is not None:
            return True
        low = lower(text)
        return any(w in low for w in _VENUE_STEMS)
    if _rx(_HASH_NAME_FOLDED).search(text) is not None or _rx(_FOLD_ODD).search(text) is not None:
        return True
    low = lower(text)
    return any(w in low for w in _VENUE_STEMS) or any(w in low for w in _VENUE_STEMS_OTHER)
_ADDRESSED = frozenset(("you", "your", "thanks", "thx", "thank", "lol", "hey", "+1",
                        "merci", "danke", "gracias", "obrigado", "obrigada", "valeu", "grazie", "dzi\u0119ki",
                        "te\u015fekk\u00fcrler", "sa\u011fol", "bedankt", "vous", "dir", "dich",
                        "euch", "t\u00fa", "voc\u00ea", "\u0442\u044b", "\u0432\u044b",
                        "\u0441\u043f\u0430\u0441\u0438\u0431\u043e", "\u0434\u044f\u043a\u0443\u044e",
                        "\u0927\u0928\u094d\u092f\u0935\u093e\u0926", "\u0634\u0643\u0631\u0627"))
"""Words said to someone; unlike ``peoplechat._REPLY_WORDS`` not "ok", "no" or "yes", which a
standup digest's own reports hold ("blockers: no"), nor "hi", "du", "os", "tu", "te", "ti", "u",
"ty": a language code, a command, a word of a list as often as a greeting or a pronoun."""
_ADDRESSED_MARKS = ("?", "\uff1f", "\u061f", "\u00bf", "\u0e44\u0e2b\u0e21", "\u0e21\u0e31\u0e49\u0e22",
                    "\u8c22\u8c22", "\u3042\u308a\u304c\u3068",
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


_NAME_ALONE = r"^[ \t>*-]*" + _HANDLE.format(g="x") + _NAME_TAIL + r"[ \t]*$"
_WHEN_ALONE = r"^[ \t>*-]*" + _WHEN + r"[ \t]*$"


def _thread_turns(lines: list[str]) -> list[tuple[int, str, str, str]]:
    """Every line that opens a turn, as (line index, layout, speaker, words). A bulleted
    ``name: words`` line is a turn only under a capitalised or uncased name: a list's keys
    (``- license: internal only``) are lower-case, people's names are not."""
    out: list[tuple[int, str, str, str]] = []
    rx = _rx(_THREAD_LINE)
    i = 0
    while i < len(lines):
        m = rx.match(lines[i])
        if m is None and i + 2 < len(lines):
            # session 22: a client's copy with the name and the time on lines of their own
            # ("Noor" / "10:12 AM" / the words), as a page's HTML turned to text gives them
            n = _rx(_NAME_ALONE).match(lines[i])
            if n is not None and _rx(_WHEN_ALONE).match(lines[i + 1]) and lines[i + 2].strip():
                out.append((i, "x", n.group("x").strip(), lines[i + 2].strip()))
                i += 3
                continue
            if (n is not None and lines[i + 1].strip() and _rx(_WHEN_ALONE).match(lines[i + 2])
                    and not _rx(_WHEN_ALONE).match(lines[i + 1])):
                out.append((i, "x", n.group("x").strip(), lines[i + 1].strip()))
                i += 3  # (a phone's bubble: the name, the words, the time under them)
                continue
        if m is not None:
            g = (m.lastgroup or "c")[0]  # (the layout's group: a handle's letter, or its words' "<letter>w")
            lead = lines[i].lstrip()
            if (g in "ckar" and lead[:1] in ("-", "*") and not lead.startswith(("**", "*" + m.group(g)))
                    and not (m.group(g)[:1].isupper() or not m.group(g)[:1].isascii())):
                i += 1  # ("- license: internal only": a bulleted list's key, not a speaker)
                continue
            head = g in _HEADS
            said = (lines[i + 1].strip() if i + 1 < len(lines) else "") if head else m.group(g + "w")
            if not head and said.rstrip().endswith((":", "\uff1a")):
                i += 1  # ("Wiki: deploy FAQ. From the channel:": a lead-in, what follows was said)
                continue
            out.append((i, g, m.group(g).strip(), said))
            i += 2 if head else 1
            continue
        i += 1
    return out


def _person(name: str) -> bool:
    """A speaker that can be a person: no log level, service, document key or field label."""
    from handoff.privacy import peoplechat, speakers

    lo = name.lower().lstrip("@")
    initials = len(name) == 2 and name.isupper() and name not in _NOT_LETTERS  # ("JD  10:42": an avatar's)
    return not (lo in framing._NOT_PEOPLE or lo in _KEYS or lo in speakers._FIELD_LABELS
                or lo in peoplechat._ROLES or (name.isupper() and len(name) > 1 and not initials))


def _bulleted(line: str) -> bool:
    """Whether ``line`` is a list's item (``- ``, ``* ``), not a bold name (``**Omar**``)."""
    lead = line.lstrip()
    return lead[:1] == "-" or (lead[:1] == "*" and not lead.startswith("**"))


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
        if t[0] - prev[0] <= (4 if prev[1] == "x" else 3 if prev[1] in _HEADS else 2):
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
        strong = sum(1 for t in run if t[1] in _STRONG or t[1] == "x")
        above = "\n".join(lines[max(0, run[0][0] - 2):run[0][0]])
        chat_venue = bool(above) and _rx(_CHAT_VENUE).search(above) is not None
        venue = chat_venue or (bool(above) and _rx(_VENUE).search(above) is not None)
        if not (strong >= 2 or venue or (strong >= 1 and len({t[1] for t in run}) >= 2)):
            continue
        if strong == 0 and not chat_venue and any(_bulleted(lines[t[0]]) or lines[t[0]].lstrip()[:1] == ">"
                                                  for t in run):
            continue  # (bullets under "Discussion:" are one author's notes; under "#ops:" a paste)
        if strong == 0 and sum(1 for t in run if len(t[3].split()) >= 3 or not t[3].isascii()) < 2:
            continue  # ("kim: LGTM / ravi: LGTM" under "PR comments:" is a tally, not a talk)
        if not _addressed([t[3] for t in run]):
            continue
        new = any(t[1] in _NEW_LAYOUTS or _bulleted(lines[t[0]]) for t in run)
        if new and not any(t[1] in "pinbs" for t in run) and not _new_layout_chat(run, lines, chat_venue):
            continue  # (a run read through this session's layouts only: see ``_new_layout_chat``)
        start = 0 if escaped else sum(len(ln) + 1 for ln in lines[:run[0][0]])
        hits.append((PROMPT, 1, start, end, "people-turns"))
        return


# -- session 22: what the layouts added this session must show besides their layout ----------
#
# A time beside a name is also a schedule's ("10:00 Keynote: What's new in 3.14?", "Standup
# 10:00 / anyone can join?") and a timeline's ("14:02 Alice: paged, acked"). A schedule's times
# are round (every minute a multiple of five); people's messages land on any minute. And a
# conversation responds: a question answered by the next speaker, an answer's or a thanks'
# first word, a "you". A schedule's title asks no one, a timeline's entries answer no one.

_SECOND_PERSON = frozenset(("you", "your", "you're", "u", "du", "dir", "dich", "euch", "ihr", "tu", "toi",
                            "vous", "t\u00fa", "usted", "voc\u00ea", "voc\u00eas", "\u0442\u044b", "\u0432\u044b",
                            "\u0442\u0435\u0431\u0435", "\u0432\u0430\u043c", "sen", "siz", "jij", "jullie",
                            "ty", "wy", "voi", "\u0623\u0646\u062a", "\u05d0\u05ea\u05d4", "\u0906\u092a",
                            "b\u1ea1n", "kamu", "anda", "dig"))
_SECOND_PERSON_MARKS = ("\u4f60", "\u60a8", "\u3042\u306a\u305f", "\ub108", "\ub2f9\uc2e0", "\u0e04\u0e38\u0e13")
_REPLY_OPENERS = frozenset(("ok", "okay", "thanks", "thx", "ty", "done", "np", "lol", "ugh", "+1", "merci",
                            "danke", "gracias", "obrigado", "obrigada", "grazie", "dzi\u0119ki", "bedankt", "tack",
                            "\u0441\u043f\u0430\u0441\u0438\u0431\u043e", "\u043e\u043a", "klar", "claro",
                            "vale", "d'accord", "certo", "jasne", "jasn\u011b", "tamam", "agreed", "same", "looking",
                            "on", "nope", "yep"))


def _second_person(words: str) -> bool:
    """Whether ``words`` speak to someone in the second person ("you", "du", "vous", 你)."""
    if any(m in words for m in _SECOND_PERSON_MARKS):
        return True
    toks = words.lower().replace("'", " ").replace(",", " ").split()
    return not _SECOND_PERSON.isdisjoint(t.strip(".!?;:\u3002\uff1f\u00bf") for t in toks)


def _opens_reply(words: str) -> bool:
    """Whether ``words`` open as a reply does (yes, no, me, ok, thanks, on it)."""
    w = words.lstrip("\u00bf\u00a1\"' ")
    first = _first_word(words)
    if first in _FIRST_PERSON | _YES_NO or w.startswith(_FIRST_PREFIXES + _YES_NO_PREFIXES):
        return True
    return first in _REPLY_OPENERS or first.startswith(("\u597d\u7684", "\u8c22\u8c22", "\u4e86\u89e3", "\uac10\uc0ac"))


def _responds(turns: list[tuple[str, str]]) -> bool:
    """Whether the turns answer one another: a question the next speaker takes up, a reply's
    first word after another speaker, or someone spoken to as "you"."""
    for (a, asked), (b, said) in itertools.pairwise(turns):
        if a.lower() != b.lower() and (any(q in asked for q in _QUESTION) or _opens_reply(said)):
            return True
    return any(_second_person(w) for _, w in turns)


def _round_times(heads: list[str]) -> bool:
    """Whether two or more times stand in ``heads`` and every one is on a multiple of five
    minutes: a schedule's, an agenda's, a rota's."""
    minutes = [int(m.group(1)) for h in heads for m in _rx(r"\d{1,2}[:h](\d\d)(?!\d)").finditer(h)]
    return len(minutes) >= 2 and all(mm % 5 == 0 for mm in minutes)


def _new_layout_chat(run: list[tuple[int, str, str, str]], lines: list[str], chat_venue: bool) -> bool:
    """What a run read through this session's layouts must show besides them (see above): no
    name with a digit (``v2.4 \u2014 Today at 10:42``: a release), times not all round unless a
    line above names the chat, and turns that respond to one another."""
    if any(any(c.isdigit() for c in t[2]) for t in run if t[1] in _NEW_LAYOUTS):
        return False
    if not chat_venue and _round_times([lines[t[0]] for t in run]):
        return False
    return _responds([(t[2], t[3]) for t in run])


# -- session 22: turns run onto one line after a lead-in, and conversations without names -------
#
# A channel's excerpt pasted into a note loses its line breaks as often as not ("from slack:
# Kwabena: is the staging db back up? Ilse: not yet, restore is at 70%"): what is left of the
# layout is a line naming where it was said, then names followed by a colon, each followed by
# what that person said. Read only right after such a lead-in: a sentence's own colons ("Note:",
# "Owner: platform team") are keys, and a run of them without a venue is any document's.

_FLAT_SPEAKER = (r"(?:(?<=^)|(?<=[\s\"'(>\u3000\uff1f\uff01\u3002\uff0c]))\*{0,2}"
                 r"(?P<n>[A-Z\u00c0-\u00d6\u00d8-\u00de\u0400-\u042f][\w" + _MARKS + r"'.-]{1,15}(?: [A-Z][a-z]{1,15})?"
                 r"|[a-z][a-z0-9]+(?:[._-][a-z0-9]+)*"
                 r"|[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]{1,4}"
                 r"|[\u0590-\u05ff\u0600-\u06ff\u0900-\u097f\u0e00-\u0e7f]{2,12})"
                 r"\*{0,2}(?:[ \t]?:[ \t]+|[ \t]?\uff1a[ \t]*)")
_NOT_SPEAKERS = frozenset(("also", "edit", "btw", "ps", "fyi", "eta", "tldr", "reply", "ask", "topic",
                           "excerpt", "pasted", "copied", "quote", "log", "logs", "here", "details",
                           "link", "links", "more", "and", "or", "but", "nb", "ok", "update", "note",
                           "warning", "error", "owner", "thread", "channel", "chat", "slack", "re",
                           "symptom", "symptoms", "workaround", "resolution", "response", "outcome",
                           "verdict", "conclusion", "comment", "remark", "hint", "tip", "caveat", "scope",
                           "objective", "question", "answer", "reason", "problem", "solution", "issue",
                           # a FAQ's and a checklist's keys in the languages a team writes in
                           "frage", "antwort", "r\u00e9ponse", "pregunta", "respuesta", "pergunta", "resposta",
                           "domanda", "risposta", "pytanie", "odpowied\u017a", "soru", "cevap", "vraag", "antwoord",
                           "fr\u00e5ga", "svar", "\u0432\u043e\u043f\u0440\u043e\u0441",
                           "\u043e\u0442\u0432\u0435\u0442",
                           "\u95ee", "\u7b54", "\u8cea\u554f", "\u56de\u7b54", "\uc9c8\ubb38", "\ub2f5\ubcc0",
                           "kontrolle", "ergebnis", "hinweis", "l\u00f6sung", "ursache", "dann"))
"""Labels that open a note's own lines, or a lead-in's trailing word ("excerpt:"), never a
speaker in a pasted chat."""


def _weight(words: str) -> int:
    """How many words a turn holds, counting four characters of a script without spaces as one."""
    return len(words.split()) + sum(1 for ch in words if "\u3040" <= ch <= "\u9fff" or "\uac00" <= ch <= "\ud7af") // 4


_FIRST_WITHIN = 40
"""How far after a lead-in the first speaker may start (a skipped lead-in word included): the
search for it is bounded, because ``finditer`` would otherwise read to the end of the text for
every venue word, and a long text with many (``#tags``) took minutes (session 22,
``tests/test_privacy_bounds.py``)."""


def _flat_turns(body: str, pos: int, settled: frozenset[int] | set[int] = frozenset()
                ) -> tuple[list[tuple[str, str]], list[int]]:
    """The (speaker, words) turns that start within a few characters of ``pos`` and follow
    each other, each speaker's words running up to the next speaker, and where each turn's
    speaker starts. No turns where the first speaker starts at one of ``settled`` (see
    ``flat_hits``)."""
    rx = _rx(_FLAT_SPEAKER)
    if rx.search(body, pos, pos + _FIRST_WITHIN + 200) is None:
        return [], []  # the first turn starts within _FIRST_WITHIN of the lead-in (below), or none does
    found: list[re.Match[str]] = []
    at = pos
    for m in rx.finditer(body, pos):
        name = m.group("n")
        if not found and name.lower() in _NOT_SPEAKERS and m.start() - at <= 40:
            at = m.end()  # ("#inc-502 excerpt: emre: ...": the lead-in's own last word)
            continue
        if not found and (m.start() - at > 25 or any(c in body[at:m.start()] for c in ".!?\u3002")):
            return [], []  # (the turns follow the lead-in: "from slack:", "#inc-502 excerpt:")
        if not found and m.start() in settled:
            return [], []  # (a later turn of turns already judged: these are their tail)
        gap = body[found[-1].end():m.start()] if found else ""
        if found and (_weight(gap) > 40 or gap.count("\n") > 1
                      or ("\n" in gap and gap[gap.rfind("\n") + 1:].strip(" \t>*-\"'"))):
            break  # (turns run on one line, or each starts its own line: not a list's keys mid-line)
        if not _person(name) or name.lower() in _NOT_SPEAKERS:
            break
        if name[:1].islower() and body[max(0, m.start() - 3):m.start()].rstrip()[-1:] in ("-", "*", "\u2022"):
            break  # ("- queue: SQS", on its line or run on: a bulleted list's key, not a speaker)
        found.append(m)
    turns: list[tuple[str, str]] = []
    for k, m in enumerate(found):
        stop = found[k + 1].start() if k + 1 < len(found) else len(body)
        said = body[m.end():stop]
        if k + 1 == len(found) and "\n" in said.strip():
            said = said.strip().split("\n", 1)[0]  # (the last turn ends with its line)
        turns.append((m.group("n"), said.strip()))
    starts = [m.start() for m in found]
    if turns and not turns[0][1]:
        del turns[0]  # ("Aus dem Team-Channel kopiert: Jannik: ...": the lead-in's last word)
        del starts[0]
    return turns, starts


def flat_hits(text: str, hits: list[_Hit]) -> None:
    """Add a prompt finding where, right after a line naming a chat (``_CHAT_VENUE``), two or
    more people's ``Name: words`` turns follow one another, on one line or several, and one
    of them speaks to someone (see the section above)."""
    if text.count(": ") + text.count("\uff1a") < 2:
        return
    if not _may_name_venue(text):
        return
    body = text.replace('\\"', '"').replace("\\n", "\n") if "\\n" in text else text
    settled: set[int] = set()
    for v in _rx(_CHAT_VENUE).finditer(body):
        turns, starts = _flat_turns(body, v.end(), settled)
        # A venue word among the words of turns already judged (a long chat naming "the channel"
        # in every line) finds their tail again: the same turns from one of them on, since each
        # next turn depends only on the one before. A tail fails where the whole failed, unless
        # the whole failed only on an empty turn before it: the tail's starts are settled, and
        # each is read once, not once per venue word (session 23: quadratic on a long chat).
        empty = next((k for k, (_, w) in enumerate(turns) if not w), len(turns))
        settled.update(starts[1:empty])
        if len(turns) < 2:
            continue
        names = [n.lower() for n, _ in turns]
        if len(set(names)) < 2 or not all(w for _, w in turns):
            continue
        if _weight(turns[-1][1]) > 40:
            turns[-1] = (turns[-1][0], " ".join(turns[-1][1].split()[:40]))
        if _addressed([w for _, w in turns]) and _responds(turns):
            hits.append((PROMPT, 1, 0, len(text), "people-turns"))
            return


# A conversation whose speakers have no names: "A:"/"B:" letters (a write-up's or a support
# macro's way of quoting two people), dialogue dashes ("— você já rodou a migração? / — ainda
# não"), a reply under each ">"-quoted line of the message it answers. What makes each one a
# conversation is the same as with names: two voices taking turns, one speaking to the other.

_LETTER = (r"(?m)^[ \t>*-]*(?:(?:Person|Speaker|Persona|Personne|Sprecher|Osoba)[ \t])?"
           r"(?P<l>[A-Z]{1,2}\d?)[ \t]?(?::[ \t]+|\uff1a[ \t]*)(?P<w>\S.*)$")
_NOT_LETTERS = frozenset(("Q", "PR", "CI", "QA", "ID", "OK", "TL", "DR", "NB", "PS", "RE", "CC", "UI", "UX",
                          "DB", "OS", "IP", "AM", "PM", "EU", "US", "UK", "TZ", "CV", "HR", "IT", "BE", "FE"))
"""A question's ``Q:`` (a FAQ) and acronyms a document's keys are written in."""
_DASH_TURN = r"^[ \t]*(?P<d>[\u2014\u2013\u2015-])[ \t]+(?P<w>\S.*)$"


def _spoken_to(words: list[str]) -> bool:
    """``_addressed`` without the question mark: "you", thanks, an emoji, a request word."""
    return _addressed([w.replace("?", "").replace("\uff1f", "").replace("\u00bf", "") for w in words])


def nameless_hits(text: str, hits: list[_Hit]) -> None:
    """Add a prompt finding for a conversation without names (see the section above)."""
    if not any(q in text for q in _QUESTION):
        return
    lines = [ln for ln in text.split("\n") if ln.strip()]
    if len(lines) < 3:
        return
    if ((_rx(_LETTER).search(text) is not None and _letter_turns(lines))
            or (any(d in text for d in ("\u2014 ", "\u2013 ", "\u2015 ", "- ")) and _dash_turns(text.split("\n")))
            or (">" in text and _quote_turns(lines))):
        hits.append((PROMPT, 1, 0, len(text), "people-turns"))


def _letter_turns(lines: list[str]) -> bool:
    """``A: ...`` / ``B: ...`` / ``A: ...``: two letters only (an options list goes on to C),
    the first speaks again after the other answered, a question among the turns and one spoken
    to the other."""
    rx = _rx(_LETTER)
    run: list[tuple[str, str]] = []
    for ln in lines:
        m = rx.match(ln)
        if m is None:
            if len(run) >= 3:
                break
            run = []
            continue
        run.append((m.group("l"), m.group("w")))
    names = [n for n, _ in run]
    if len(run) < 3 or len(set(names)) != 2 or not _NOT_LETTERS.isdisjoint(names):
        return False
    if names[0] not in names[2:] or any(names[k] == names[k + 1] for k in range(len(names) - 1)):
        return False
    words = [w for _, w in run]
    return any(q in w for w in words for q in _QUESTION) and _addressed(words) and max(map(_weight, words)) <= 40


def _dash_turns(lines: list[str]) -> bool:
    """Dialogue dashes: three or more lines led by the same dash, a question answered on the
    next line, someone spoken to. A hyphen leads a bullet as often: its lines count only under
    a line naming a chat."""
    rx = _rx(_DASH_TURN)
    k = 0
    while k < len(lines):
        m = rx.match(lines[k])
        if m is None:
            k += 1
            continue
        dash, run, first = m.group("d"), [], k
        while k < len(lines) and (m := rx.match(lines[k])) is not None and m.group("d") == dash:
            run.append(m.group("w"))
            k += 1
        if len(run) < 3 or max(map(_weight, run)) > 25:
            continue
        asked = any(any(q in run[j] for q in _QUESTION) and not any(q in run[j + 1] for q in _QUESTION)
                    for j in range(len(run) - 1))
        if not asked or not _spoken_to(run):
            continue
        if dash == "-" and _rx(_CHAT_VENUE).search("\n".join(lines[max(0, first - 2):first])) is None:
            continue
        return True
    return False


def _quote_turns(lines: list[str]) -> bool:
    """Replies interleaved with the ``>``-quoted lines they answer: four or more short blocks
    taking turns, a quoted question answered below it, someone spoken to."""
    blocks: list[tuple[bool, list[str]]] = []
    for ln in lines:
        s = ln.lstrip()
        if s.startswith(">>"):
            return False  # (a REPL's prompt or a nested e-mail quote: other shapes)
        quoted = s.startswith(">")
        said = s.lstrip("> ").strip()
        if blocks and blocks[-1][0] == quoted:
            blocks[-1][1].append(said)
        else:
            blocks.append((quoted, [said]))
    if len(blocks) < 4 or sum(1 for q, _ in blocks if q) < 2:
        return False
    if any(len(b) > 3 or _weight(" ".join(b)) > 40 for _, b in blocks):
        return False
    words = [" ".join(b) for _, b in blocks]
    asked = any(q and any(m in " ".join(b) for m in _QUESTION) and k + 1 < len(blocks)
                for k, (q, b) in enumerate(blocks))
    return asked and _spoken_to(words)


# A question answered by the next speaker. Without a line naming the venue, two ``Name: words``
# turns are a chat when the first asks and the second, another name, opens the way an answer
# to a person opens: yes or no, "me", "I" ("Camille : quelqu'un a touché à la config ? / Hugo :
# oui c'est moi", "Jonas: Wer hat den Cache geleert? / Lena: Ich war's"). A document's keys answer no one
# ("Symptom: login fails? / Workaround: clear the cache"); the answer word is what a person says.

_FIRST_PERSON = frozenset((
    "i", "i'm", "i've", "i'll", "me", "mine", "moi", "je", "j'ai", "c'est", "yo", "ich", "eu", "io", "ben",
    "\u044f", "\u0430\u0437", "\u0623\u0646\u0627", "\u05d0\u05e0\u05d9", "\u092e\u0948\u0902",
    "t\u00f4i", "m\u00ecnh", "aku", "saya", "jag", "ik", "mnie",
))
_FIRST_PREFIXES = ("\u6211", "\u79c1", "\u50d5", "\uc81c\uac00", "\uc800\ub294", "\ub0b4\uac00",
                   "\u0e1c\u0e21", "\u0e09\u0e31\u0e19")
"""How an answer given by a person about themself opens ("me", "I", "c'est moi", \u6211, \uc81c\uac00)."""
_YES_NO = frozenset((
    "yes", "yep", "yeah", "yup", "no", "nope", "nah", "sure", "oui", "non", "s\u00ed", "si", "ja", "nein",
    "nee", "jo", "sim", "n\u00e3o", "s\u00ec", "tak", "nie", "evet", "hay\u0131r", "\u0434\u0430", "\u043d\u0435\u0442",
    "\u0442\u0430\u043a", "\u043d\u0456", "\u0646\u0639\u0645", "\u0644\u0627", "\u05db\u05df", "\u05dc\u05d0",
    "\u0939\u093e\u0901", "\u0939\u093e\u0902", "\u0928\u0939\u0940\u0902", "c\u00f3", "kh\u00f4ng", "ya", "tidak",
    "nej",
))
_YES_NO_PREFIXES = ("\u662f", "\u5bf9", "\u4e0d", "\u597d", "\u306f\u3044", "\u3044\u3044\u3048", "\u3046\u3093",
                    "\u4e86\u89e3", "\ub124", "\uc608", "\uc544\ub2c8", "\u0e43\u0e0a\u0e48", "\u0e44\u0e21\u0e48")
_ASKS_PEOPLE = frozenset((
    "you", "your", "anyone", "anybody", "someone", "somebody", "who", "u", "du", "ihr", "jemand", "wer",
    "tu", "vous", "quelqu'un", "qui", "alguien", "qui\u00e9n", "t\u00fa", "usted", "alguno", "algu\u00e9m",
    "quem", "voc\u00ea", "qualcuno", "chi", "ktos", "kto\u015b", "kto", "ty", "wy", "biri", "kim", "sen",
    "iemand", "wie", "jij", "n\u00e5gon", "vem", "\u043a\u0442\u043e",
    "\u043a\u0442\u043e-\u043d\u0438\u0431\u0443\u0434\u044c",
    "\u0442\u044b", "\u0432\u044b", "ai", "b\u1ea1n", "siapa", "kamu", "anda", "\u0645\u0646", "\u0623\u062d\u062f",
    "\u05de\u05d9", "\u05de\u05d9\u05e9\u05d4\u05d5", "\u0915\u093f\u0938\u0940", "\u0915\u094c\u0928",
))
_ASKS_PEOPLE_MARKS = ("\u8c01", "\u8ab0", "\u4f60", "\u60a8", "\u3042\u306a\u305f", "\ub204\uac00", "\ub204\uad6c",
                      "\ud639\uc2dc", "\u0e43\u0e04\u0e23", "\u0e04\u0e38\u0e13")
"""Words of a question put to people ("anyone", "who", "you", quelqu'un, \u8c01, \ub204\uac00, \ud639\uc2dc):
a FAQ's or a checklist's question ("Does it run on Windows?") asks about a thing."""


def _first_word(words: str) -> str:
    w = words.lstrip("\u00bf\u00a1\"' ")
    return w.split(maxsplit=1)[0].lower().rstrip(",.!;:\u060c\u3001") if w.split() else ""


def _opens_answer(words: str, asked: str = "") -> bool:
    """Whether ``words`` open the way a person's answer does: "me", "I" (any question), or yes
    and no to a question put to people (``asked`` holds "anyone", "who", "you")."""
    w = words.lstrip("\u00bf\u00a1\"' ")
    first = _first_word(words)
    if first in _FIRST_PERSON or w.startswith(_FIRST_PREFIXES):
        return True
    if not (first in _YES_NO or w.startswith(_YES_NO_PREFIXES)):
        return False
    if any(m in asked for m in _ASKS_PEOPLE_MARKS):
        return True
    toks = asked.lower().replace(",", " ").replace("\u00bf", " ").split()
    return not _ASKS_PEOPLE.isdisjoint(t.strip(".!?;:\uff1f") for t in toks)


def answered_hits(text: str, hits: list[_Hit]) -> None:
    """Add a prompt finding where one person's question is answered by another's yes, no, "me"
    or "I" in ``Name: words`` turns at a line's start, on their lines or run onto one (see the
    section above). Read from each question mark that a speaker opening an answer follows."""
    if not any(q in text for q in _QUESTION):
        return
    body = text.replace('\\"', '"').replace("\\n", "\n") if "\\n" in text else text
    rx = _rx(_FLAT_SPEAKER)
    for k, q in enumerate(_rx(r"[?\uff1f\u061f]").finditer(body)):
        if k >= 200:
            return
        b = rx.search(body, q.end(), q.end() + 80)
        if b is None:
            continue
        opener = body[b.end():b.end() + 40]
        if not (_first_word(opener) in _FIRST_PERSON | _YES_NO
                or opener.startswith(_FIRST_PREFIXES + _YES_NO_PREFIXES)):
            continue
        at = body.rfind("\n", 0, q.start()) + 1
        first = rx.search(body, at, q.start())
        if first is None or (body[at:first.start()].strip(" \t\"'>*-") and body[first.start() - 1] != '"'):
            continue  # (a turn starts a line or a string; the ones after it may follow on the same line)
        turns, _ = _flat_turns(body, first.start())
        for (a, asked), (b_name, said) in itertools.pairwise(turns):
            if (a.lower() != b_name.lower() and len(a) > 1 and len(b_name) > 1
                    and any(m in asked for m in _QUESTION) and _weight(asked) >= 2 and _opens_answer(said, asked)):
                hits.append((PROMPT, 1, first.start(), len(text), "people-turns"))
                return


# A thread's header layout run onto one line ("-- aisha commented \u2022 4h ago lol same. also who
# approved the PR without CI green? -- marco commented \u2022 4h ago that was me, sorry ..."): the
# header (a name, "commented" or a dash, when) is a chat tool's own, so two of them by two
# people, one speaking to someone, are a thread even with the line breaks gone.

_INLINE_HEAD = (r"(?:^|(?<=[\s\"']))" + _HANDLE.format(g="n") + r"[ \t]+(?:" + _COMMENTED
                + r"(?:[ \t]*[\u2022\u00b7][ \t]*" + _WHEN + r"|[ \t]+" + _WHEN + r")?"
                + r"|[\u2014\u2013][ \t]+" + _DAY + r"[ \t]+(?:" + _AT + r"[ \t]+)?" + _CLOCK + r")"
                + r"[ \t]+(?!on\b|in\b|at\b)(?=\S)")


def inline_head_hits(text: str, hits: list[_Hit]) -> None:
    """Add a prompt finding for two or more people's headers run onto one line (see above)."""
    found = list(_rx(_INLINE_HEAD).finditer(text))
    if len(found) < 2:
        return
    names = [m.group("n").lower() for m in found]
    if len(set(names)) < 2 or not all(_person(n) for n in names):
        return
    words = [text[m.end():(found[k + 1].start() if k + 1 < len(found) else len(text))] for k, m in enumerate(found)]
    if _addressed(words) and _responds(list(zip(names, words, strict=True))):
        hits.append((PROMPT, 1, found[0].start(), len(text), "people-turns"))
