# ruff: noqa: RUF001, RUF002
"""Prompt cue: a conversation between people copied out of a forge, a tracker or a mail client,
in the UI's own language -- an issue's or a ticket's comments (``wangfei commented on Mar 3``,
``张伟 评论于 2026-03-12 10:21``, ``田中 さんがコメントしました``, ``Иван Петров добавил
комментарий``, ``Ahmet Yılmaz yorum ekledi``, ``Atualizado por Rafael Souza há 2 dias``, a
``댓글 3개`` heading above ``김민준 · 2026.03.12 10:21``), and an e-mail reply chain (a
reply above ``Am 12.03.2026 um 10:21 schrieb Jonas Weber <...>:`` and the ``>``-quoted
message it answers, ``在 ... 写道：``, ``... 님이 작성:``; a ``Re: Re:`` subject over nested
quotes).

Why its own module: ``turntaking`` reads turns in a chat tool's layouts (a name and the words
on one line, or a name and a time above them); a forge's or a tracker's comment header puts a
verb between the name and the time ("commented", 评论于, がコメントしました, yorum ekledi), in
the UI's language and often at the line's end, and a mail client's attribution line names one
writer whose words sit under ``>`` marks. Chat text is never stored (docs/design.md, "The
privacy boundary"): a ticket's comment thread and a reply chain are people talking.

What one author's document has instead: a single comment (one author), a bot's status comment
(``github-actions[bot] commented``: no person), a tracker's journal of field changes (two
authors, nobody asks or answers), localisation strings naming the same verbs
(``comment.reply=回复``: keys, no bodies), one e-mail, or a quoted block nobody answers
(a generator's "On <date> Elif wrote:" over statements). So both readers ask for two people
and one of them answering the other: a question the next author takes up, thanks, a reply's
first word, a "you" (``turntaking._responds``).
"""

from __future__ import annotations

import itertools

from handoff.privacy.cue_words import PROMPT, _Hit
from handoff.privacy.lazy_re import rx as _rx
from handoff.privacy.turntaking import _QUESTION, _responds

RULE_ID = "people-turns"
"""Reported under the turn readers' rule: a thread is people taking turns."""

_VERB = (r"(?i)(?:(?<![\w.=])(?:commented|replied|responded|added a comment|left a comment"
         r"|kommentierte|hat kommentiert|antwortete|hat geantwortet|a comment\u00e9|a r\u00e9pondu"
         r"|a ajout\u00e9 un commentaire|coment\u00f3|respondi\u00f3|agreg\u00f3 un comentario"
         r"|a\u00f1adi\u00f3 un comentario|comentou|respondeu|adicionou um coment\u00e1rio|ha commentato"
         r"|ha risposto|heeft gereageerd|reageerde|skomentowa\u0142a?|odpowiedzia\u0142a?"
         r"|doda\u0142a? komentarz|yorum yapt\u0131|yorum ekledi|yorumlad\u0131|yan\u0131tlad\u0131"
         r"|cevap verdi|\u0111\u00e3 b\u00ecnh lu\u1eadn|\u0111\u00e3 tr\u1ea3 l\u1eddi|berkomentar|membalas"
         r"|menambahkan komentar|kommenterade|svarade|kommenterte|okomentoval[a]?|odpov\u011bd\u011bla?"
         r"|\u0434\u043e\u0431\u0430\u0432\u0438\u043b\u0430?"
         r" \u043a\u043e\u043c\u043c\u0435\u043d\u0442\u0430\u0440\u0438\u0439"
         r"|\u043f\u0440\u043e\u043a\u043e\u043c\u043c\u0435\u043d\u0442\u0438\u0440\u043e\u0432\u0430\u043b\u0430?"
         r"|\u043e\u0442\u0432\u0435\u0442\u0438\u043b\u0430?"
         r"|\u043f\u0440\u043e\u043a\u043e\u043c\u0435\u043d\u0442\u0443\u0432\u0430\u0432|\u043f\u0440\u043e\u043a\u043e\u043c\u0435\u043d\u0442\u0443\u0432\u0430\u043b\u0430"
         r"|\u0432\u0456\u0434\u043f\u043e\u0432\u0456\u0432|\u0432\u0456\u0434\u043f\u043e\u0432\u0456\u043b\u0430"
         r"|\u0434\u043e\u0434\u0430\u0432(?:\u043b\u0430)? \u043a\u043e\u043c\u0435\u043d\u0442\u0430\u0440"
         r"|\u0639\u0644\u0651?\u0642\u062a?|\u0631\u062f\u0651?\u062a?"
         r"|\u05d4\u05d2\u05d9\u05d1\u05d4?|\u05d4\u05e9\u05d9\u05d1\u05d4?)(?![\w])"
         # scripts without spaces between words, and verbs after a postposition
         r"|\u8bc4\u8bba\u4e8e|\u8bc4\u8bba\u4e86|\u56de\u590d\u4e8e|\u56de\u590d\u4e86|\u53d1\u8868\u4e86\u8bc4\u8bba"
         r"|\u56de\u590d(?=[ \t])|\u8a55\u8ad6\u65bc|\u56de\u8986\u65bc"
         r"|\u304c\u30b3\u30e1\u30f3\u30c8\u3057\u307e\u3057\u305f|\u30b3\u30e1\u30f3\u30c8\u3057\u307e\u3057\u305f"
         r"|\u304c\u8fd4\u4fe1\u3057\u307e\u3057\u305f|\u3055\u3093\u304c[^\n]{0,12}\u306b\u66f4\u65b0"
         r"|\ub2d8\uc774 (?:\ub313\uae00|\ub2f5\uae00)(?:\uc744 (?:\ub0a8\uacbc|\ub2ec\uc558)\uc2b5\ub2c8\ub2e4)?"
         r"|\ub313\uae00\uc744 \ub0a8\uacbc\uc2b5\ub2c8\ub2e4"
         r"|\u0e41\u0e2a\u0e14\u0e07\u0e04\u0e27\u0e32\u0e21\u0e04\u0e34\u0e14\u0e40\u0e2b\u0e47\u0e19"
         r"|\u0e15\u0e2d\u0e1a\u0e01\u0e25\u0e31\u0e1a"
         r"|\u0928\u0947 \u091f\u093f\u092a\u094d\u092a\u0923\u0940 \u0915\u0940"
         r"|\u0928\u0947 \u091c\u0935\u093e\u092c \u0926\u093f\u092f\u093e)")
"""A comment header's verb in the localised UIs of forges and trackers (GitHub, GitLab, Gitee,
Gitea, Jira, Redmine, Backlog, YouTrack)."""
_BY = (r"(?i)^(?:updated by|atualizado por|actualizado por|aktualisiert von|mis \u00e0 jour par"
       r"|aggiornato da|bijgewerkt door|zaktualizowane przez|g\u00fcncelleyen:?"
       r"|\u043e\u0431\u043d\u043e\u0432\u043b\u0435\u043d\u043e)[ \t]+")
"""A tracker's journal header that names its author after the verb (Redmine's "Updated by")."""
_COMMENTS_HEADING = (r"(?i)^[ \t#*]*(?:\d+[ \t]*)?(?:comments?|kommentare|commentaires|comentarios|coment\u00e1rios"
                     r"|commenti|komentarze|yorumlar|reacties|komentar|b\u00ecnh lu\u1eadn|activity"
                     r"|\u043a\u043e\u043c\u043c\u0435\u043d\u0442\u0430\u0440\u0438\u0438|\u043a\u043e\u043c\u0435\u043d\u0442\u0430\u0440\u0456"
                     r"|\u8bc4\u8bba|\u8a55\u8ad6|\u30b3\u30e1\u30f3\u30c8|\ub313\uae00|\u0e04\u0e27\u0e32\u0e21\u0e04\u0e34\u0e14\u0e40\u0e2b\u0e47\u0e19"
                     r"|\u062a\u0639\u0644\u064a\u0642\u0627\u062a|\u091f\u093f\u092a\u094d\u092a\u0923\u093f\u092f\u093e\u0901|\u05ea\u05d2\u05d5\u05d1\u05d5\u05ea)"
                     r"[ \t]*(?:\(?\d+\)?[ \t]*(?:\uac1c|\u6761|\u4ef6)?)?[ \t]*:?[ \t]*$")
"""A heading over a thread's comments ("Comments (2)", "댓글 3개", "Комментарии")."""
_DOT_HEAD = (r"^[ \t*]*@?(?P<n>[^\W\d_][\w.'-]*(?:[ \t][^\W\d_][\w'-]*){0,2})[ \t]+[\u00b7\u2022|][ \t]+"
             r"(?P<w>[^\n?!\uff1f]{0,30}\d[^\n?!\uff1f]{0,30})$")
"""Under such a heading, a comment's header without a verb: ``Name · 2026.03.12 10:21``."""
_BOTS = ("[bot]", "bot", "-ci", "actions", "dependabot", "renovate", "codecov", "sonarcloud")
_SENTENCE = ("? ", "\uff1f", "\u3002", "!", "\uff01", "=", '"', ": ", "\uff1a", "`")
_THAI_ASK = ("\u0e44\u0e2b\u0e21", "\u0e21\u0e31\u0e49\u0e22", "\u0e2b\u0e23\u0e37\u0e2d\u0e40\u0e1b\u0e25\u0e48\u0e32")
_THANKS = ("thank", "thanks", "danke", "merci", "gracias", "obrigad", "grazie", "dzi\u0119k", "te\u015fekk\u00fcr",
           "bedankt", "tack", "c\u1ea3m \u01a1n", "terima kasih", "\u0441\u043f\u0430\u0441\u0438\u0431\u043e",
           "\u0434\u044f\u043a\u0443\u044e", "\u8c22\u8c22", "\u8f9b\u82e6", "\u3042\u308a\u304c\u3068\u3046",
           "\uac10\uc0ac", "\uace0\ub9c8\uc6cc", "\u0e02\u0e2d\u0e1a\u0e04\u0e38\u0e13", "\u0634\u0643\u0631",
           "\u0927\u0928\u094d\u092f\u0935\u093e\u0926", "\u05ea\u05d5\u05d3\u05d4", "lgtm", "\U0001f44d")
_LONGEST_HEAD = 100


_NAME_WORDS = 3
"""How many words a comment header's name takes before its handle, its separator or its time."""
_WHEN_WORD = (r"(?i)(?<!\w)(?:ago|yesterday|today|just now|gestern|heute|hier|aujourd|ayer|hoy|ontem|hoje|ieri|oggi"
              r"|wczoraj|dzisiaj|d\u00fcn|bug\u00fcn|gisteren|vandaag|ig\u00e5r|idag|kemarin|hari ini|h\u00f4m qua"
              r"|v\u010dera|dnes|\u0432\u0447\u0435\u0440\u0430|\u0432\u0447\u043e\u0440\u0430|\u0441\u0435\u0433\u043e\u0434\u043d\u044f"
              r"|\u0430\u043c\u0441|\u05d0\u05ea\u05de\u05d5\u05dc|\u0915\u0932)(?!\w)"
              r"|\u6628\u5929|\u4eca\u5929|\u6628\u65e5|\u4eca\u65e5|\uc5b4\uc81c|\uc624\ub298|\u0e40\u0e21\u0e37\u0e48\u0e2d\u0e27\u0e32\u0e19"
              r"|\u0623\u0645\u0633|\u0645\u0646\u0630|\u524d|\u0e17\u0e35\u0e48\u0e41\u0e25\u0e49\u0e27")
"""When a comment was written, said without a digit ("replied yesterday", "прокоментував вчора")."""


def _name_words(words: list[str]) -> int:
    """How many words open ``words`` before a handle (``@zkaya``), a separator (``·``, ``-``) or
    a time's digit: a comment header's name is one to three of them, a sentence's are more."""
    n = 0
    for k, w in enumerate(words):
        if w in ("\u00b7", "\u2022", "|", "-", "\u2013", "\u2014") or w[0].isdigit() or (k and w[0] == "@"):
            break
        n += 1
    return n


def _author(line: str) -> str | None:
    """The author a comment header names, or None when ``line`` is no such header."""
    s = line.strip().strip("*").strip()
    if not s or len(s) > _LONGEST_HEAD or s.startswith((">", "-", "|")):
        return None
    by = _rx(_BY).match(s)
    if by is not None:
        rest = s[by.end():].split()
        return rest[0].lower() if rest else None
    m = _rx(_VERB).search(s)
    if m is None or m.start() == 0:
        return None
    pre, post = s[:m.start()], s[m.end():]
    if any(c in pre for c in _SENTENCE) or pre.rstrip().endswith(":") or len(pre.split()) > 8:
        return None
    if any(c in post for c in _SENTENCE) or len(post) > 40 or post.rstrip().endswith((".", ":")):
        return None
    if _name_words(pre.split()) > _NAME_WORDS:
        return None  # ("Avoid consider PATH updated when the export is commented in ...": a sentence)
    if post.strip() and not any(c.isdigit() for c in post) and _rx(_WHEN_WORD).search(post) is None:
        return None  # (a header's verb is followed by when, or nothing: "commented 2 days ago", "replied yesterday")
    name = pre.split()[0].strip("*@").lower() if pre.split() else ""
    if not name or any(name.endswith(b) for b in _BOTS) or name[0].isdigit():
        return None
    return name


def _asks(words: str) -> bool:
    """Whether ``words`` ask something (a question mark in any script, Thai's question particles)."""
    return any(q in words for q in _QUESTION) or any(p in words for p in _THAI_ASK)


def _answered(turns: list[tuple[str, str]]) -> bool:
    """Whether two people take turns and one answers the other: a question another author
    takes up, thanks after another author, a reply's first word or a "you"."""
    if len({a for a, _ in turns}) < 2:
        return False
    for (a, asked), (b, said) in itertools.pairwise(turns):
        if a != b and (_asks(asked) or any(t in said.lower() for t in _THANKS)):
            return True
    return _responds(turns)


def comment_hits(text: str, hits: list[_Hit]) -> None:
    """Add a prompt finding where comment headers of two or more people (a forge's or a
    tracker's, in its UI's language) each stand over their words and one answers another."""
    lines = text.replace("\\n", "\n").split("\n") if "\\n" in text else text.split("\n")
    turns: list[tuple[str, str]] = []
    under_heading = False
    author: str | None = None
    body: list[str] = []
    for line in lines:
        who = _author(line)
        if who is None and under_heading:
            d = _rx(_DOT_HEAD).match(line)
            who = d.group("n").split()[0].lower() if d is not None else None
        if who is None and author is None and _rx(_COMMENTS_HEADING).match(line) is not None:
            under_heading = True
            continue
        if who is not None:
            if author is not None and body:
                turns.append((author, "\n".join(body)))
            author, body = who, []
        elif author is not None and line.strip():
            body.append(line.strip())
    if author is not None and body:
        turns.append((author, "\n".join(body)))
    if len(turns) >= 2 and _answered(turns):
        hits.append((PROMPT, 1, 0, len(text), RULE_ID))


_WROTE = (r"(?i)(?:(?<!\w)(?:wrote|schrieb|a \u00e9crit|escribi\u00f3|escreveu|ha scritto|schreef|pisze|napisa\u0142a?"
          r"|\u043f\u0438\u0448\u0435\u0442|\u043d\u0430\u043f\u0438\u0441\u0430\u043b\u0430?|\u043d\u0430\u043f\u0438\u0441\u0430\u0432"
          r"|yazd\u0131|\u0111\u00e3 vi\u1ebft|menulis|skrev|kirjoitti"
          r"|\u0643\u062a\u0628|\u05db\u05ea\u05d1\u05d4?)(?!\w)"
          r"|\u5199\u9053|\u5beb\u9053|\u66f8\u304d\u307e\u3057\u305f|\ub2d8\uc774 \uc791\uc131"
          r"|\u0928\u0947 \u0932\u093f\u0916\u093e"
          r"|\u0e40\u0e02\u0e35\u0e22\u0e19\u0e27\u0e48\u0e32)")
"""A mail client's attribution verb ("On <date>, <name> wrote:") in the languages it is set to."""
_REPLY_SUBJECT = (r"(?im)^[ \t]*(?:(?:subject|betreff|objet|asunto|assunto|oggetto|onderwerp|temat|konu|\u4e3b\u9898"
                  r"|\u4ef6\u540d|\uc81c\ubaa9|\u0442\u0435\u043c\u0430)[ \t]*[:\uff1a][ \t]*)?"
                  r"(?:re|aw|sv|vs|odp|ynt|antw|\u56de\u590d|\u7b54\u590d)[ \t]*[:\uff1a]")
_ADDRESS_LAST = r"<[\w.+-]+@[\w-]+(?:\.[\w-]+)+>[ \t]*[:\uff1a]$"
"""An attribution line without a verb, as some clients' locales write it ("Чт, 12 мар. 2026 г. в 10:21,
Андрей Смирнов <andrey@example.ru>:"): a date, a name, the address, a colon."""
_ATTRIBUTION_OPENER = (r"(?i)(?:on|am|le|el|em|il|op|w dniu|dnia|vào|\u5728)[ \t]")
"""How an attribution line opens when it names a day without a date ("El lunes, Beatriz escribió:")."""
_MAX_ATTRIBUTION = 240


def _depth(line: str) -> int:
    """How many ``>`` marks quote ``line``."""
    n = 0
    for ch in line.lstrip():
        if ch == ">":
            n += 1
        elif ch not in " \t":
            break
    return n


def _said(lines: list[str]) -> str:
    """The words of quoted or unquoted lines, their ``>`` marks dropped."""
    return "\n".join(ln.lstrip(" \t>") for ln in lines if ln.lstrip(" \t>").strip())


def reply_chain_hits(text: str, hits: list[_Hit]) -> None:
    """Add a prompt finding where a reply stands beside the ``>``-quoted message it answers,
    under a mail client's attribution line ("Am ... schrieb ...:", "在 ... 写道：") or a
    ``Re:`` subject, and one of them speaks to the other (a question answered, thanks, a "you")."""
    if ">" not in text:
        return
    lines = text.replace("\\n", "\n").split("\n") if "\\n" in text else text.split("\n")
    if not any(line.lstrip().startswith(">") for line in lines):
        return  # no quoted line: one voice at most (saves the subject search over the whole text)
    framed = _rx(_REPLY_SUBJECT).search(text) is not None
    if not framed:
        for k, line in enumerate(lines):
            s = line.strip()
            if (len(s) <= _MAX_ATTRIBUTION and s.endswith((":", "\uff1a")) and _depth(line) == 0
                    and (any(c.isdigit() for c in s) or _rx(_ATTRIBUTION_OPENER).match(s) is not None)
                    and (_rx(_WROTE).search(s) is not None or _rx(_ADDRESS_LAST).search(s) is not None)
                    and any(_depth(x) > 0 for x in lines[k + 1:k + 3])):
                framed = True
                del lines[k]
                break
    if not framed:
        return
    levels: dict[int, list[str]] = {}
    for line in lines:
        if _rx(_REPLY_SUBJECT).match(line) is None:
            levels.setdefault(_depth(line), []).append(line)
    voices = [(str(d), _said(levels[d])) for d in sorted(levels, reverse=True)]
    voices = [(d, w) for d, w in voices if sum(ch.isalpha() for ch in w) >= 4]
    if len(voices) >= 2 and _answered(voices):
        hits.append((PROMPT, 1, 0, len(text), RULE_ID))


_SAID_IN_QUOTES = (r"(?:^|(?<=[\s\u3000\u3002\uff01\uff1f\u3001:\uff1a\u300d\u300f\u201d]))"
                   r"(?P<n>[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]{1,6}|[^\W\d_][\w.'-]{1,15})"
                   r"[ \t]?(?:[\u8bf4\u8aaa\u66f0][\uff1a:]?[ \t]?)?"
                   r"[\u300c\u300e\u201c](?P<w>[^\u300d\u300f\u201d\n]{1,300})"
                   r"[\u300d\u300f\u201d]")
"""A turn in corner brackets or curly quotes after the speaker's name (``田中「ビルドが通らない
んですが」``, ``张伟说：“谁动了配置？”``), as Japanese and Chinese write reported dialogue."""
_CJK_VENUE = (r"|(?i:slack|teams|discord|mattermost|line|wechat|chat)"
              r"(?=[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af])"
              r"|\u3084\u308a\u3068\u308a|\u4f1a\u8a71|\u5bf9\u8bdd|\u5c0d\u8a71|\u804a\u5929\u8bb0\u5f55")
"""A chat tool's Latin name run into Japanese, Chinese or Korean ("Slackでの"), and the words for an
exchange (やりとり, 会話, 对话) that a note's lead-in uses for a chat."""
_QUOTED_WITHIN = 40
"""How far after a line naming a chat the first quoted turn may start (searches are bounded)."""


def quoted_speech_hits(text: str, hits: list[_Hit]) -> None:
    """Add a prompt finding where, right after a lead-in naming a chat
    (``turntaking._CHAT_VENUE``), two or more people's words follow in quotes after their
    names and one answers another."""
    from handoff.privacy.turntaking import _CHAT_VENUE

    for v in _rx(_CHAT_VENUE + _CJK_VENUE).finditer(text):
        rx = _rx(_SAID_IN_QUOTES)
        first = rx.search(text, v.end(), v.end() + _QUOTED_WITHIN + 20)
        if first is None or first.start() - v.end() > _QUOTED_WITHIN:
            continue
        turns: list[tuple[str, str]] = []
        at = first.start()
        while len(turns) < 12:
            m = rx.search(text, at, at + 40)
            if m is None or text[at:m.start()].strip():
                break
            turns.append((m.group("n"), m.group("w")))
            at = m.end()
        if len(turns) >= 2 and _answered(turns):
            hits.append((PROMPT, 1, 0, len(text), RULE_ID))
            return
