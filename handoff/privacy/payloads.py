"""Credentials inside a JSON document that travels as a JSON string: one level of escapes seen
through before the name-and-value rules read it.

Why: an automation hands a record over as a string (a webhook's ``payload``, a log shipper's
``message``, a tool result that is itself JSON), so the record's own quotes arrive as ``\\"``:
``{"payload": "{\\"name\\": \\"DB_PASSWORD\\", \\"value\\": \\"V\\"}"}``. The scanner's view
already turns escaped line breaks into breaks, but a rule that needs ``"password": "V"`` or
``"Cookie": "sid=V"`` never sees a quote it can pair. Here the escapes are decoded once
(``\\"`` to ``"``, ``\\\\`` to ``\\``, ``\\/`` to ``/``), the decoded text is scanned again, and
its credential findings are mapped back to the spans of the original text. A second level
(a record inside a record inside a string) is decoded by the same call on the decoded text.

Only credential findings are read (``scanner.scan_credentials``: no prompt rule, no classifier,
so the decoded text costs the credential stages alone): a prompt rule reading the decoded text
would judge an agent's own tool records, which is the prompt side's call. Cost: one ``in`` test
on texts without an escaped quote.
"""

from __future__ import annotations

_Hit = tuple[str, int, int, int, str]

_DECODED = {'"': '"', "\\": "\\", "/": "/"}
_MIN_ESCAPED_QUOTES = 4
"""A name and a value, each quoted: fewer escaped quotes hold no ``"name": "value"`` pair."""


def decode(text: str) -> tuple[str, list[int]]:
    """``text`` with one level of JSON string escapes for quotes, backslashes and slashes
    decoded, and for each decoded character the offset of its first character in ``text``."""
    out: list[str] = []
    where: list[int] = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c == "\\" and i + 1 < n and text[i + 1] in _DECODED:
            out.append(_DECODED[text[i + 1]])
            where.append(i)
            i += 2
            continue
        out.append(c)
        where.append(i)
        i += 1
    where.append(n)
    return "".join(out), where


def escaped_json_hits(view: str, category: str, priority: int, hits: list[_Hit]) -> None:
    """Credential findings of ``view`` read with its escaped quotes decoded (see the module)."""
    if view.count('\\"') < _MIN_ESCAPED_QUOTES:
        return
    decoded, where = decode(view)
    from handoff.privacy import scanner  # the scanner imports this module's caller

    for f in scanner.scan_credentials(decoded):
        hits.append((category, priority, where[f.start], where[f.end], f.rule))
