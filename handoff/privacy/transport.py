"""Credentials inside text that went through a transport encoding: each encoding decoded one
level into a view, the view scanned by the credential rules, and the findings mapped back.

Why: the rules read text as written. When a record passed through a transport on its way into
the store (a URL or a form body, an HTML page it was copied from, a quoted-printable e-mail, a
whole ``.env`` or registry config in base64, a shell command's quoting, a token hard-wrapped by
a mail or diff viewer) the secret's NAME and its VALUE are both hidden: ``api_key%3DV``,
``<td>API_KEY</td><td>V</td>``, ``REVCX1BBU1NXT1JE...``. ``payloads`` does this for one
encoding (JSON inside a JSON string); here are the others, one decoder each, gated by its mark
so that a plain text pays one test per decoder.

Each decoder returns the decoded text and, for each decoded character, the offset in the input
it came from (plus one entry for the end), so a finding in the decoded text maps back to the
span of the written text that carries it. Only credential findings are read
(``scanner.scan_credentials``): the prompt side judges the text as written. A decoded view is
scanned again by the same hook (a base64 registry config holding a base64 ``auth``, a
percent-encoded body holding entities) up to ``_MAX_DEPTH`` levels.

The hard-wrap decoder is different: a wrapped token is not encoded, it is cut, and rejoining
every break would glue ordinary lines into tokens. So the joined view's findings count only
when their span crosses a join: the join made a token a rule recognises.
"""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Callable
from html.entities import html5

_Hit = tuple[str, int, int, int, str]
_Decoded = tuple[str, list[int]]

_MAX_DEPTH = 2
"""Decoded views of decoded views, at most: a base64 config holding a base64 value."""
_depth = 0


# -- percent-encoding (URLs, form bodies) ----------------------------------------------------

_PCT = re.compile(r"(?:%[0-9A-Fa-f]{2})+")
_MIN_PCT = 3
"""Escapes a text needs when it has none of ``_PCT_MARKS``."""
_PCT_MARKS = ("%3D", "%3d", "%22", "%3A", "%3a", "%40")
"""An encoded ``=``, ``"``, ``:`` or ``@``: the punctuation between a name and its value (or a
login and its host), one of which is enough to hide a pair."""


def _bytes_runs(text: str, rx: re.Pattern[str], step: int, skip: int) -> _Decoded:
    """``text`` with every match of ``rx`` (a run of ``step``-character byte escapes whose hex
    digits start ``skip`` characters in) decoded as UTF-8; each decoded character maps to the
    escape that starts it."""
    out: list[str] = []
    where: list[int] = []
    last = 0
    for m in rx.finditer(text):
        out.append(text[last:m.start()])
        where.extend(range(last, m.start()))
        run = m.group()
        data = bytes(int(run[i + skip:i + skip + 2], 16) for i in range(0, len(run), step))
        pos = m.start()
        for ch in data.decode("utf-8", "replace"):
            out.append(ch)
            where.append(pos)
            pos = min(pos + step * max(1, len(ch.encode("utf-8", "replace"))), m.end() - step)
        last = m.end()
    out.append(text[last:])
    where.extend(range(last, len(text) + 1))
    return "".join(out), where


def percent(text: str) -> _Decoded | None:
    """``%XX`` escapes decoded (``+`` is left alone: in a value it is a base64 character)."""
    if "%" not in text:
        return None
    if not any(m in text for m in _PCT_MARKS) and len(_PCT.findall(text)) < _MIN_PCT:
        return None
    return _bytes_runs(text, _PCT, 3, 1)


# -- quoted-printable (e-mail bodies) --------------------------------------------------------

_QP = re.compile(r"(?:=[0-9A-F]{2}|=\r?\n)+")


def quoted_printable(text: str) -> _Decoded | None:
    """``=XX`` escapes decoded and soft line breaks (``=`` at a line's end) removed, where the
    text has the mark of the encoding: an encoded ``=`` (``=3D``) or a soft break."""
    if "=3D" not in text and "=\n" not in text and "=\r\n" not in text:
        return None
    out: list[str] = []
    where: list[int] = []
    last = 0
    for m in _QP.finditer(text):
        out.append(text[last:m.start()])
        where.extend(range(last, m.start()))
        run = m.group()
        data = bytearray()
        starts: list[int] = []
        i = 0
        while i < len(run):
            if run[i + 1] in "\r\n":
                i += 3 if run[i + 1] == "\r" else 2
                continue
            starts.append(m.start() + i)
            data.append(int(run[i + 1:i + 3], 16))
            i += 3
        k = 0
        for ch in data.decode("utf-8", "replace"):
            out.append(ch)
            where.append(starts[min(k, len(starts) - 1)])
            k += max(1, len(ch.encode("utf-8", "replace")))
        last = m.end()
    out.append(text[last:])
    where.extend(range(last, len(text) + 1))
    return "".join(out), where


# -- HTML entities and tags ------------------------------------------------------------------

_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]{0,400})?/?>")
_CELL = re.compile(r"</(?:t[dh]|name|key|dt)>\s*<(?:t[dh]|value|dd)(?:\s[^<>]{0,200})?>", re.IGNORECASE)
_CDATA = re.compile(r"<!\[CDATA\[|\]\]>")
_BLOCK = frozenset(("p", "div", "br", "pre", "tr", "li", "ul", "ol", "table", "tbody", "thead",
                    "h1", "h2", "h3", "h4", "dt", "dd", "dl", "blockquote", "section"))


def _tag_name(tag: str) -> str:
    return re.split(r"[\s/>]", tag.lstrip("</"), maxsplit=1)[0].lower()


def html_text(text: str) -> _Decoded | None:
    """Entities decoded and tags dropped: inline tags (``code``, ``span``) vanish, block tags
    become a line break, and the boundary between two cells of a row becomes ``: ``, since a
    row that copies a settings table reads name then value (so do an XML setting's ``<name>``
    and ``<value>``, whose CDATA markers are dropped)."""
    if "&" not in text and "</" not in text:
        return None
    marks = [(m.start(), m.end(), "ent") for m in _ENTITY.finditer(text)]
    if "</" in text:
        marks += [(m.start(), m.end(), "cell") for m in _CELL.finditer(text)]
        marks += [(m.start(), m.end(), "cdata") for m in _CDATA.finditer(text)]
        cells = [(a, b) for a, b, k in marks if k != "ent"]
        marks += [(m.start(), m.end(), "tag") for m in _TAG.finditer(text)
                  if not any(a <= m.start() < b for a, b in cells)]
    if not marks or (not any(k != "tag" for _, _, k in marks) and len(marks) < 2):
        return None
    marks.sort()
    out: list[str] = []
    where: list[int] = []
    last = 0
    for start, end, kind in marks:
        if start < last:
            continue
        out.append(text[last:start])
        where.extend(range(last, start))
        if kind == "ent":
            name = text[start + 1:end]
            if name.startswith("#"):
                code = int(name[2:-1], 16) if name[1] in "xX" else int(name[1:-1])
                rep = chr(code) if 0 < code < 0x110000 else "?"
            else:
                rep = html5.get(name, text[start:end])
        elif kind == "cell":
            rep = ": "
        elif kind == "cdata":
            rep = ""
        else:
            rep = "\n" if _tag_name(text[start:end]) in _BLOCK else ""
        out.append(rep)
        where.extend([start] * len(rep))
        last = end
    out.append(text[last:])
    where.extend(range(last, len(text) + 1))
    return "".join(out), where


# -- base64 runs (a whole config file, a registry's auth) ------------------------------------

_B64 = re.compile(r"(?<![A-Za-z0-9+/_-])[A-Za-z0-9+/]{24,}(?:\r?\n[A-Za-z0-9+/]{4,})*={0,2}")
_B64_GATE = re.compile(r"[A-Za-z0-9+/]{24}")
_MIN_B64 = 24
"""Under 18 decoded bytes holds no name and value worth a view."""


def _printable(s: str) -> bool:
    """Mostly text: at most 1 in 20 characters a control or replacement character, and some
    punctuation a config or a login has (``=``, ``:``, a line break)."""
    bad = sum(1 for c in s if (c < " " and c not in "\n\r\t") or c == "\ufffd")
    return bad * 20 <= len(s) and any(p in s for p in "=:\n")


def _wrapped_run(run: str) -> str:
    """``run`` cut after the last line of its wrap: a wrapped run's lines all have the first
    line's width but the last; a following word on its own line is not part of it."""
    if "\n" not in run:
        return run
    lines = run.split("\n")
    width = len(lines[0].rstrip("\r"))
    keep = [lines[0]]
    for line in lines[1:]:
        if len(keep[-1].rstrip("\r")) != width:
            break
        keep.append(line)
    return "\n".join(keep)


def base64_runs(text: str) -> _Decoded | None:
    """Each base64 run (possibly wrapped at 64 or 76 columns) that decodes to mostly printable
    text, replaced by its text; each decoded character maps to the quartet holding its first
    byte."""
    if _B64_GATE.search(text) is None:
        return None
    out: list[str] = []
    where: list[int] = []
    last = 0
    found = False
    for m in _B64.finditer(text):
        run = _wrapped_run(m.group())
        chars = [(m.start() + i) for i, c in enumerate(run) if c not in "\r\n"]
        packed = "".join(c for c in run if c not in "\r\n")
        if len(packed) < _MIN_B64:
            continue
        packed = packed[: len(packed) - len(packed) % 4] if not packed.endswith("=") else packed
        try:
            data = base64.b64decode(packed, validate=True)
            decoded = data.decode("utf-8")
        except (binascii.Error, ValueError):
            continue
        if not _printable(decoded):
            continue
        found = True
        out.append(text[last:m.start()])
        where.extend(range(last, m.start()))
        k = 0
        for ch in decoded:
            out.append(ch)
            where.append(chars[min(k * 4 // 3, len(chars) - 1)])
            k += len(ch.encode("utf-8"))
        last = m.start() + len(run)
    if not found:
        return None
    out.append(text[last:])
    where.extend(range(last, len(text) + 1))
    return "".join(out), where


# -- shell quoting ---------------------------------------------------------------------------

_ANSI_C = re.compile(r"\$'((?:[^'\\]|\\.){4,4000})'")
_SH_ESC = {"n": "\n", "t": "\t", "r": "\r", "\\": "\\", "'": "'", '"': '"'}
_SH_PLAIN = (("'\"'\"'", "'"), ("'\\''", "'"), ('\\"', '"'), ("\\'", "'"), ("\\ ", " "))


def shell(text: str) -> _Decoded | None:
    """Shell quoting undone: ``$'...'`` strings with their escapes interpreted, the quote
    dances (``'"'"'``, ``'\\''``) and backslash-escaped quotes and spaces read as the
    character they protect."""
    if "$'" not in text and "\\" not in text and "'\"'" not in text:
        return None
    spans: list[tuple[int, int, str]] = []
    for m in _ANSI_C.finditer(text):
        body, i, chars = m.group(1), 0, []
        while i < len(body):
            if body[i] == "\\" and i + 1 < len(body):
                chars.append(_SH_ESC.get(body[i + 1], body[i:i + 2]))
                i += 2
            else:
                chars.append(body[i])
                i += 1
        spans.append((m.start(), m.end(), "".join(chars)))
    for seq, rep in _SH_PLAIN:
        at = text.find(seq)
        while at >= 0:
            if not any(a <= at < b for a, b, _ in spans):
                spans.append((at, at + len(seq), rep))
            at = text.find(seq, at + len(seq))
    if not spans:
        return None
    spans.sort()
    out: list[str] = []
    where: list[int] = []
    last = 0
    for start, end, rep in spans:
        if start < last:
            continue
        out.append(text[last:start])
        where.extend(range(last, start))
        out.append(rep)
        where.extend([start] * len(rep))
        last = end
    out.append(text[last:])
    where.extend(range(last, len(text) + 1))
    return "".join(out), where


# -- hard-wrapped tokens ---------------------------------------------------------------------

_TOKEN = "A-Za-z0-9_+/=.:@~%!#*?^-"
_WRAP = re.compile(rf"([{_TOKEN}]{{4,}})\\?\r?\n(?:> ?|\+|[ \t]{{0,8}})(?=[{_TOKEN}])")
_SPACE = re.compile(r"\s")
_WRAP_MIN_LINE = 60
"""A hard wrap cuts a long line (72 or 80 columns, less a quote's prefix): a short line's
break is the writer's own."""


def _tokenish(piece: str) -> bool:
    """The end of a line that a wrap cut mid-token: a digit or a token's punctuation in it
    (a prose word at a line's end is a writer's break)."""
    return any(c.isdigit() or c in "=_/:@+" for c in piece)


def _crosses(decoded: str, start: int, end: int, joins: list[int]) -> bool:
    """The whitespace-free run holding ``decoded[start:end]`` spans a join: the join made the
    token the finding sits in (a password after a wrapped ``postgres://user:`` counts)."""
    m = _SPACE.search(decoded[::-1], len(decoded) - start)
    lo = len(decoded) - m.start() if m else 0
    m = _SPACE.search(decoded, end)
    hi = m.start() if m else len(decoded)
    return any(lo < j < hi for j in joins)


def wrap_joins(text: str) -> tuple[str, list[int], list[int]] | None:
    """Lines broken mid-token at a long line's end, rejoined (a ``\\`` continuation, a quote's
    ``> `` or a diff's ``+`` on the next line dropped); with the offsets of the joins in the
    joined text."""
    if "\n" not in text:
        return None
    out: list[str] = []
    where: list[int] = []
    joins: list[int] = []
    last = 0
    for m in _WRAP.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        cut = m.end(1)
        if cut - line_start < _WRAP_MIN_LINE or not _tokenish(m.group(1)):
            continue
        out.append(text[last:cut])
        where.extend(range(last, cut))
        joins.append(len(where))
        last = m.end()
    if not joins:
        return None
    out.append(text[last:])
    where.extend(range(last, len(text) + 1))
    return "".join(out), where, joins


# -- the hook --------------------------------------------------------------------------------

DECODERS: tuple[Callable[[str], _Decoded | None], ...] = (
    percent, quoted_printable, html_text, base64_runs, shell)


def _add(hits: list[_Hit], category: str, priority: int, where: list[int], start: int, end: int,
         rule: str) -> None:
    """A decoded view's finding as a span of the written text (never empty: a finding inside
    one entity or one base64 quartet still marks it)."""
    a = where[start]
    hits.append((category, priority, a, max(where[end], a + 1), rule))


def transport_hits(view: str, category: str, priority: int, hits: list[_Hit]) -> None:
    """Credential findings of every decoded view of ``view`` (see the module), as spans of
    ``view``."""
    global _depth
    if _depth >= _MAX_DEPTH:
        return
    from handoff.privacy import scanner  # the scanner imports this module's caller

    _depth += 1
    try:
        for decode in DECODERS:
            got = decode(view)
            if got is None or got[0] == view:
                continue
            decoded, where = got
            for f in scanner.scan_credentials(decoded):
                _add(hits, category, priority, where, f.start, f.end, f.rule)
        joined = wrap_joins(view)
        if joined is not None:
            decoded, where, joins = joined
            for f in scanner.scan_credentials(decoded):
                if _crosses(decoded, f.start, f.end, joins):
                    _add(hits, category, priority, where, f.start, f.end, f.rule)
    finally:
        _depth -= 1
