"""Progress on stderr for long work (import, compact, scan, promote): one place that
decides when to show it and how it is written.

A person at a terminal sees one line rewritten in place; a script gets a clean stderr
unless it asks (`--progress`), and then one line per report, which a log keeps readable.
"""

from __future__ import annotations

import sys
from collections.abc import Callable


def progress_line(show: bool | None) -> Callable[[str], None] | None:
    """A writer of progress text, or None when progress is off: `show` False, or None
    (the default) and stderr is not a terminal."""
    tty = sys.stderr.isatty()
    if show is False or (show is None and not tty):
        return None

    def write(text: str) -> None:
        sys.stderr.write(f"\rhandoff: {text}" if tty else f"handoff: {text}\n")
        sys.stderr.flush()

    return write


def percent(done: int, end: int) -> int:
    return 100 * done // end if end else 100


def clear_line() -> None:
    """Remove a progress line rewritten in place, before the result is printed."""
    if sys.stderr.isatty():
        sys.stderr.write("\r\033[K")
