"""Regular expressions compiled on first use, once per process.

Importing the filter compiles nothing: a write whose text offers a rule no candidate never
pays for `re`'s compiler, which matters for a CLI that agents start many times a session.
The cache is keyed by the pattern itself, so two rules sharing a pattern share its
compiled form.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import re

_compiled: dict[str, re.Pattern[str]] = {}


def rx(pattern: str) -> re.Pattern[str]:
    """`pattern` compiled (the first call for it imports `re` and compiles)."""
    compiled = _compiled.get(pattern)
    if compiled is None:
        import re

        compiled = _compiled[pattern] = re.compile(pattern)
    return compiled
