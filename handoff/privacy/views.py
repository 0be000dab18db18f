"""The byte tables that give the scanner its views of a text, in one C pass each.

Why a module of its own: every layer reads the same views (the ASCII view, its lower-cased
copy, the token mask, the word mask), and they are built once per text by ``scanner._scan``
with ``bytes.translate`` on these tables; keeping the tables apart from the layers that read
the views lets the layers be read without them. Spans stay valid: each view has the text's
length.
"""

from __future__ import annotations

MIN_RUN = 16
"""Shortest run of token characters that can hold a known-format credential."""

_LOWER = b"abcdefghijklmnopqrstuvwxyz"


def _byte_table(spans: tuple[tuple[int, bytes], ...]) -> bytearray:
    """A ``bytes.translate`` table: the bytes from each span's start to its replacement, the
    rest to a blank (slice assignments in C: a generator over 256 bytes cost ~20 µs of every
    CLI call's start-up per table)."""
    table = bytearray(b" " * 256)
    for start, into in spans:
        table[start : start + len(into)] = into
    return table


_TOKTAB = bytes(_byte_table((*((c, b"a") for c in b"_-.+/~"), (48, b"a" * 10), (65, b"a" * 26),
                             (97, b"a" * 26))))
"""Token characters (ASCII letters, digits and ``_-.+/~``) to ``a``, the rest blank."""
_WORDTAB = bytes(_byte_table(((65, _LOWER), (97, _LOWER))))
"""Lower-cases ASCII letters and blanks everything else: the words of the lower-cased text."""
_SEPTAB = bytes(_byte_table(tuple((c, b"s") for c in b"-._+~/")))
"""Separators inside a token run: a credential glued after one (``-ghp_``, ``build.AKIA``,
``x-sk-ant-``) starts right after it, so each is a candidate start."""
_RUN = b"a" * MIN_RUN
_INFIX_MIN_RUN = 36
"""Formats found by a literal inside them (Mailchimp, Entra ID, Terraform) are all this long."""

_ESCAPES = (("\\n", "\n "), ("\\r", "\n "), ("\\t", " \t"))
"""JSON-escaped line breaks and tabs, as the two characters they are written with: the view sees
a real break (and a blank), so a phrase after ``\\n`` starts a word and a line (same length, so
spans stay valid)."""
