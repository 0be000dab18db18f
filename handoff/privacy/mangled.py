"""Credentials whose text was mangled on the way in: the same text with the mangling undone,
scanned again by the credential rules, and the findings mapped back to the written text.

Why: a value the rules read fine when written plainly hides once a tool has touched the text
around it, and none of these is an encoding of the value (``transport`` decodes those):

- a terminal colour code glued to the value (``ESC[1;32meyJ...``): the code's final ``m`` makes
  the token's first character a letter of a longer word, so no prefix rule starts there;
- an XML element's value wrapped in a CDATA section (``<password><![CDATA[V]]></password>``):
  the element names the value exactly as ``<password>V</password>`` does;
- a JSON string holding text in ``\\uXXXX`` escapes (``{"note": "\\u041f\\u0430..."}``): the
  password and token nouns of other languages are not in the written text at all;
- invisible characters (zero-width spaces and joiners, a word joiner, a byte-order mark) and
  no-break spaces inside a sentence: a zero-width space between a noun and its value, or
  inside the noun, hides both from rules that read words and blanks.

Each view is built only when its mark is in the text (one substring test each), and only the
lines it changed (with the line above: a name on one line, its value on the next) are scanned.
Only credential findings are read (``scanner.scan_credentials``).
"""

from __future__ import annotations

from handoff.privacy import transport
from handoff.privacy.lazy_re import rx as _rx

_Hit = tuple[str, int, int, int, str]
_Edit = tuple[int, int, str]
"""A span of the written text and what the view puts in its place."""

_SGR = r"\x1b\[[0-9;]{0,32}m"
"""A terminal's colour and style code (Select Graphic Rendition)."""
_CDATA_ELEMENT = (
    r"<([A-Za-z_][A-Za-z0-9_.:-]{0,63})(?:\s[^<>]{0,200})?>[ \t]*(<!\[CDATA\[)"
    r"([^\]\n]{1,512}?)(\]\]>)[ \t]*</\1>"
)
"""An element whose whole value is one CDATA section on one line."""
_U_ESCAPE = r"\\u([0-9A-Fa-f]{4})(?:\\u([dD][c-fC-F][0-9A-Fa-f]{2}))?"
_U_WIDE = r"\\u(?:00[89A-Fa-f]|0[1-9A-Fa-f]|[1-9A-Fa-f])"
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff"
_NO_BREAK = "\u00a0\u202f\u2007"
_MARKS = _INVISIBLE + _NO_BREAK
"""Either kind: eight substring tests of the whole text, in C, before the loop over it."""

_depth = 0


def _terminal(text: str) -> list[_Edit]:
    """Colour codes become blanks: the value after one starts a word, as it does on screen."""
    if "\x1b[" not in text:
        return []
    return [(m.start(), m.end(), " ") for m in _rx(_SGR).finditer(text)]


def _cdata(text: str) -> list[_Edit]:
    """A CDATA section's markers dropped when it is an element's whole value."""
    if "<![CDATA[" not in text:
        return []
    edits: list[_Edit] = []
    for m in _rx(_CDATA_ELEMENT).finditer(text):
        edits += [(m.start(2), m.end(2), ""), (m.start(4), m.end(4), "")]
    return edits


def _escapes(text: str) -> list[_Edit]:
    """``\\uXXXX`` escapes (and surrogate pairs) decoded, when one spells a character beyond
    ASCII (an accented letter, another script): an escaped quote or dash alone changes nothing."""
    if "\\u" not in text or _rx(_U_WIDE).search(text) is None:
        return []
    edits: list[_Edit] = []
    for m in _rx(_U_ESCAPE).finditer(text):
        if m.start() and text[m.start() - 1] == "\\":
            continue  # an escaped backslash, then a literal "u"
        code = int(m.group(1), 16)
        if m.group(2) is not None and 0xD800 <= code < 0xDC00:
            code = 0x10000 + ((code - 0xD800) << 10) + (int(m.group(2), 16) - 0xDC00)
            edits.append((m.start(), m.end(), chr(code)))
        elif 0xD800 <= code < 0xE000 or code < 0x20:
            continue
        else:
            edits.append((m.start(), m.start() + 6, chr(code)))
    return edits


def _invisible(text: str) -> list[_Edit]:
    """Zero-width characters dropped and no-break spaces made plain blanks. (A text without
    either, nearly every text that is not ASCII, skips the loop over its characters: ~100 µs of
    a 2 KB German note, session 21.)"""
    if not any(c in text for c in _MARKS):
        return []
    return [(i, i + 1, " " if c in _NO_BREAK else "") for i, c in enumerate(text)
            if c in _INVISIBLE or c in _NO_BREAK]


def view_hits(view: str, category: str, priority: int, hits: list[_Hit]) -> None:
    """Credential findings of the colour-code, CDATA and ``\\u`` views of the scanner's ASCII
    view (each mark is ASCII), as spans of it."""
    if "\x1b[" in view or "<![" in view or "\\u" in view:
        _scan_edits(view, sorted(_terminal(view) + _cdata(view) + _escapes(view)), category,
                    priority, hits)


def invisible_hits(text: str, category: str, priority: int, hits: list[_Hit]) -> None:
    """Credential findings of ``text`` with its invisible characters dropped (the scanner's
    view has them as ``?``: only the written text shows them)."""
    if not text.isascii():
        _scan_edits(text, _invisible(text), category, priority, hits)


def _scan_edits(text: str, edits: list[_Edit], category: str, priority: int,
                hits: list[_Hit]) -> None:
    global _depth
    if _depth or not edits:
        return
    from handoff.privacy import scanner  # the scanner imports this module's callers

    got = transport.apply_edits(text, edits)
    if got is None:
        return
    view, where, changed = got
    _depth += 1
    try:
        for lo, hi in transport.changed_windows(view, changed):
            for f in scanner.scan_credentials(view[lo:hi]):
                transport.add_mapped(hits, category, priority, where, lo + f.start, lo + f.end, f.rule)
    finally:
        _depth -= 1
