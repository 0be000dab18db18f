"""E-mail between people pasted into a note: a greeting to a named person, then a sign-off or
the "On <date>, <name> wrote:" line of a quoted reply.

Why: a thread between colleagues or with a customer is someone's private correspondence, the
same as a chat; an agent pasting it into the store is the case the prompt cues exist for. What
is not correspondence says so in its shape: a product's e-mail template greets a placeholder
(``Hi {{ user.first_name }},``, ``Hello <%= name %>,``) and a note that mentions an e-mail has no
greeting line of its own. A mailing-list post ("Hi all, ... Thanks, Katrin") reads like a
letter too but is public; so a greeting and a sign-off alone are not enough: it takes the
thread's own marks (``From:``/``Subject:`` headers, a quoted reply's "wrote:" line) or a
formal "Dear ...".
"""

from __future__ import annotations

from handoff.privacy.cue_words import PROMPT, _Hit
from handoff.privacy.lazy_re import rx as _rx

_GREETING = (r"(?m)^[ \t>]*(?:(?:dear|hi|hello|hey|good (?:morning|afternoon|evening)|hallo|liebe[rs]?"
             r"|sehr geehrte[rs]?|bonjour|salut|cher|ch[e\u00e8]re|hola|estimad[oa]|ol[a\u00e1]|prezad[oa]"
             r"|ciao|buongiorno|gentile|beste|hej|cze\u015b\u0107|witam|merhaba)[ \t]+"
             r"(?:[a-z\u00e0-\u00ff][\w'.-]{1,20}(?:[ \t][a-z\u00e0-\u00ff][\w'.-]{1,20})?"
             r"|all|team|everyone|folks|both|zusammen|tous|todos|tutti)[ \t]*[,!]"
             r"|[a-z\u00e0-\u00ff][\w'-]{1,20}[ \t]*,)[ \t]*$")
_SIGN_OFF = (r"(?m)^[ \t>]*(?:best(?: regards| wishes)?|regards|kind regards|warm regards|thanks(?: again)?"
             r"|thank you|many thanks|cheers|br|sincerely|talk soon|viele gr\u00fc\u00dfe|beste gr\u00fc\u00dfe"
             r"|mit freundlichen gr\u00fc\u00dfen|gr\u00fc\u00dfe|lg|cordialement|bien \u00e0 vous|merci"
             r"|saludos|un saludo|atentamente|abra\u00e7os|atenciosamente|obrigad[oa]|cumprimentos"
             r"|cordiali saluti|saluti|grazie|groeten|met vriendelijke groet|pozdrawiam|saygilar)"
             r"[ \t]*[,!.]?[ \t]*\n[ \t>]*[a-z\u00e0-\u00ff][\w'.-]{1,20}"
             r"|^[ \t>]*(?:\u2014|--)[ \t]*[a-z\u00e0-\u00ff][\w'.-]{1,20}[ \t]*$")
_REPLY_HEADER = (r"(?m)^[ \t>]*(?:on|am|le|el|em|il|op) [^\n]{3,60}?[ \t][a-z\u00e0-\u00ff][\w .'-]{1,40} "
                 r"(?:wrote|schrieb|a \u00e9crit|escribi\u00f3|escreveu|ha scritto|schreef):[ \t]*$")
_HEADERS = r"(?m)^[ \t>]*(?:from|to|cc|sent|date|subject|betreff|objet|asunto|assunto|oggetto):[ \t]+\S[^\n]*\n"
_FORMAL = ("dear", "sehr geehrte", "liebe", "cher", "ch\u00e8re", "chere", "estimad", "prezad", "gentile")
_THREAD_WORDS = ("\nfrom:",
                 "\nto:", "\ncc:", "\nsent:", "\ndate:", "\nsubject:", "\nbetreff:", "\nobjet:", "\nasunto:",
                 "\nassunto:", "\noggetto:")
_HEADER_WORDS = tuple(w[1:] for w in _THREAD_WORDS if w.startswith("\n"))
GATE_WORDS = frozenset(w.encode() for w in (
    "dear", "sehr", "liebe", "lieber", "cher", "estimado", "estimada", "prezado", "prezada", "gentile",
    "wrote", "schrieb", "crit", "escribi", "escreveu", "scritto", "schreef", "subject", "betreff",
    "objet", "asunto", "assunto", "oggetto", "cc", "sent"))
"""Words one of which the text holds when the rule can fire (``cues.GATE_WORDS`` adds them):
the formal greeting, the quoted reply's verb or a header; ASCII only, as the scanner's word mask
reads "\u00e9crit" as "crit" and "escribi\u00f3" as "escribi"."""
_TEMPLATE = ("{", "<%", "${", "%(", "[[", "noreply", "no-reply")


def email_hits(text: str, lo: str, present: frozenset[bytes], hits: list[_Hit]) -> None:
    """Add a prompt finding where ``text`` (``lo`` lower-cased) holds an e-mail between people
    (see the module's docstring)."""
    if "\n" not in text or any(t in lo for t in _TEMPLATE):
        return
    if present.isdisjoint(GATE_WORDS) and not lo.lstrip(" \t>").startswith(_HEADER_WORDS):
        return  # no formal greeting, no header, no "wrote:": the rule cannot fire (it needs one)
    greeting = _rx(_GREETING).search(lo)
    sign_off = _rx(_SIGN_OFF).search(lo)
    reply = _rx(_REPLY_HEADER).search(lo) if " wrote:" in lo or ":" in lo else None
    headers = _rx(_HEADERS).search(lo)
    found = [m for m in (greeting, sign_off, reply, headers) if m is not None]
    formal = reply is not None or headers is not None or (
        greeting is not None and greeting.group(0).lstrip(" \t>").startswith(_FORMAL))
    if len(found) >= 2 and formal:
        start = min(m.start() for m in found)
        hits.append((PROMPT, 1, start, len(text), "email-thread"))
