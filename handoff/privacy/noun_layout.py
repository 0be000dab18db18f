"""A secret noun in another language whose value sits on the next line, or before it.

Why a module of its own: ``prose`` reads a noun and a value within one clause, the value after
the noun or after a link word (``is``, ``lautet``). Two layouts put them further apart and are
written as often in languages the ASCII view cannot read:

- the noun ends its line (a label: ``密码``, ``パスワード`` and a full-width colon, ``Kennwort für den Jenkins:``)
  and the value is the next line's only token, maybe after one blank line;
- in Chinese, Japanese and Korean the value comes first and the sentence ends with the noun
  (``V 是数据库的新密码``, ``V が新しいパスワードです``, ``V 가 새 비밀번호입니다``): a copula
  or a particle right after the value, then a few words of the script, then the noun.

Only a generated shape counts (``levels.generated``: mixed classes or a random run, never a
word, a date, a digest or an id), since no operator says the token is the value.

Cost: called only for a text with non-ASCII characters; one substring search per noun.
"""

from __future__ import annotations

from handoff.privacy import columns, levels

_Hit = tuple[str, int, int, int, str]

_ASCII_LABELS = ("kennwort", "passwort", "contrasena", "senha", "wachtwoord", "mot de passe",
                 "haslo", "heslo", "parola", "sifre", "clave")
"""Nouns that may end a label line (lower case), besides ``columns.FOREIGN_HEADS``."""
_CJK_NOUNS = ("密码", "密碼", "口令", "パスワード", "비밀번호", "암호", "令牌", "トークン", "토큰",
              "密钥", "秘钥", "金鑰")
_LINKS = ("是", "为", "為", "就是", "即", "が", "は", "を", "こそ", "가", "는", "이", "은", "를",
          "을", "로", "으로")
"""What follows a value in a sentence that ends with its noun: a copula or a particle."""
_CLOSE_QUOTES = "\u300d\u300f\u00bb\uff09"
"""Corner brackets, a guillemet or a full-width parenthesis closing a quoted value before its
particle (``\u300eV\u300f\u304c\u30d1\u30b9\u30ef\u30fc\u30c9``) (session 23)."""
_STOPS = frozenset("\n\u3002\uff01\uff1f!?;\uff1b")
_LABEL_MAX = 48
_BEFORE_MAX = 16


def noun_hits(text: str, low: str, category: str, priority: int, hits: list[_Hit]) -> None:
    """Add a finding for each value under a label line that ends with a secret noun, and each
    value that a CJK sentence ends by naming."""
    seen: set[int] = set()
    labels = (*columns.foreign_nouns(low), *(n for n in _ASCII_LABELS if n in low)) if (
        "\n" in text) else ()
    for noun in labels:
        at = low.find(noun)
        while at >= 0:
            end = at + len(noun)
            line_end = low.find("\n", end)
            if line_end < 0:
                break
            if end not in seen:
                seen.add(end)
                _label(text, low, at, end, line_end, category, priority, hits)
            at = low.find(noun, line_end)
    if max(text) < "\u3040":
        return  # no kana, hangul or CJK ideograph: no sentence of those scripts
    for noun in _CJK_NOUNS:
        at = text.find(noun)
        while at >= 0:
            _before(text, at, category, priority, hits)
            at = text.find(noun, at + len(noun))


def _label(text: str, low: str, at: int, end: int, line_end: int, category: str, priority: int,
           hits: list[_Hit]) -> None:
    """The noun ends a short line (after it only a colon) or the short line is a label ending
    with a colon, and the next non-blank line (one blank line at most between) is a single
    token."""
    tail = text[end:line_end].strip(" \t\r:\uff1a")
    start = low.rfind("\n", 0, at) + 1
    if line_end - start > _LABEL_MAX or (
            tail and not text[start:line_end].rstrip().endswith((":", "\uff1a"))):
        return  # the noun ends the line, or the line is a label (``Kennwort für X:``)
    pos = line_end + 1
    for _ in range(2):
        nxt = text.find("\n", pos)
        nxt = len(text) if nxt < 0 else nxt
        line = text[pos:nxt]
        token = line.strip()
        if token:
            if " " in token or "\t" in token:
                return
            value = token.strip("`\"'")
            if levels.generated(value):
                begin = text.find(value, pos)
                hits.append((category, priority, begin, begin + len(value), "value-under-noun"))
            return
        pos = nxt + 1


def _before(text: str, noun_at: int, category: str, priority: int, hits: list[_Hit]) -> None:
    """``V 是...密码``: a token, a link word right after it, at most a few characters of the
    sentence (no ASCII letter or digit, no stop), then the noun."""
    lo_bound = max(0, noun_at - _BEFORE_MAX)
    between_start = noun_at
    while between_start > lo_bound and (not text[between_start - 1].isascii()
                                         or text[between_start - 1] == " "):
        between_start -= 1
    while text[between_start] == " ":
        between_start += 1
    if any(c in _STOPS for c in text[between_start:noun_at]):
        return
    while between_start < noun_at and text[between_start] in _CLOSE_QUOTES:
        between_start += 1  # 「V」が: the value's closing bracket, which the scan above passed
    between = text[between_start:noun_at]
    if not between.startswith(_LINKS):
        return
    tok_end = between_start
    while tok_end and text[tok_end - 1] in " \t":
        tok_end -= 1
    if tok_end and text[tok_end - 1] in _CLOSE_QUOTES:
        tok_end -= 1
    tok_start = tok_end
    while tok_start and not text[tok_start - 1].isspace() and text[tok_start - 1].isascii():
        tok_start -= 1
    value = text[tok_start:tok_end].strip("`\"'")
    if value and levels.generated(value):
        begin = text.find(value, tok_start)
        hits.append((category, priority, begin, begin + len(value), "value-before-noun"))
