"""Where a JSON string ends, read from text that may hold JSON nested inside JSON strings.

The record rules (``records``, ``chatevents``) find a key and then need the extent of the
string value after it without parsing the whole text: the text is often a fragment, flattened
or cut short, so a JSON parser would refuse it. One scanner, so both read an escaped quote the
same way.
"""

from __future__ import annotations

__all__ = ["string_end"]


def string_end(lo: str, start: int, limit: int | None = None) -> int:
    """The index of the first quote at or after ``start`` that no backslash escapes (a nested
    payload's ``\\\\\\"`` counts as escaped), or the bound: ``start + limit`` when a limit is
    given (a rule that reads a bounded window), else the text's end."""
    stop = len(lo) if limit is None else min(len(lo), start + limit)
    i = start
    while i < stop:
        c = lo[i]
        if c == "\\":
            i += 2
            continue
        if c == '"':
            return i
        i += 1
    return stop
