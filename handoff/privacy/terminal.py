"""A terminal capture read as the text a person saw: escape codes, overwritten progress lines and
a chat UI's frames taken out, so that the prompt rules read the turns inside.

Why: a chat in a terminal (a coding assistant's TUI, a ``tmux capture-pane`` of one, a
recorded session) reaches the store with its colours (``ESC[1;35mYou ESC[0m``), its cursor
codes, its status bar and the box its input sits in (``╭───╮`` / ``│ > ...`` / ``╰───╯``). The
rules and the classifier were written for the text between the codes: a turn label glued to an
escape (``35mYou``) is no label, a box of 60 frame characters dilutes a one-line request. Here
the codes and the frames are dropped, each kept character mapped to its place in the capture
(``transport.prompt_views`` scans the result with the whole filter and keeps prompt findings).

The scanner hands its hooks an ASCII view of the text, each other character one ``?``: a frame
line arrives as a run of ``?``, a framed line's border as ``? `` at its start. Both are read in
that form here.
"""

from __future__ import annotations

from handoff.privacy.lazy_re import rx as _rx
from handoff.privacy.transport import Builder, Decoded

_ESCAPE = r"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]{0,400}(?:\x07|\x1b\\)|[@-Z\\-_])"
"""CSI (colour, cursor, erase), OSC (a window title) up to its terminator, and two-character
escapes: everything a terminal draws with instead of showing."""
_FRAME_LINE = r"(?m)^[ \t]*\?{12,}[ \t]*\r?$"
"""A line that is only a box's edge (``╭────╮``, read as ``????``)."""
_FRAME_RUN = "?" * 12
_BOX = r"(?m)^[ \t]*\?{12,}[ \t]*\r?\n[ \t]*\?[ \t]"
"""A box: an edge line, then a line in its border. A line of twelve ``?`` alone is as often a
sentence of kana or CJK without ASCII punctuation, which is no frame."""
_BORDER = r"(?m)^[ \t]*\?[ \t]+(?=\S)"
"""A framed line's left border (``│ ``), read as ``?`` (a right border is left: a French
question's `` ?`` ends a line the same way)."""


def capture(text: str) -> Decoded | None:
    """``text`` with escape codes, frame lines and frame borders dropped (see the module);
    ``None`` when it has none of them. A progress bar's carriage returns are left: what they
    overdrew is a tool's output, never a turn of a chat."""
    esc = "\x1b" in text
    framed = _FRAME_RUN in text and _rx(_BOX).search(text) is not None
    if not esc and not framed:
        return None
    marks: list[tuple[int, int]] = []
    if esc:
        marks += [(m.start(), m.end()) for m in _rx(_ESCAPE).finditer(text)]
    if framed:
        marks += [(m.start(), m.end()) for m in _rx(_FRAME_LINE).finditer(text)]
        marks += [(m.start(), m.end()) for m in _rx(_BORDER).finditer(text)]
    if not marks:
        return None
    marks.sort(key=lambda mark: (mark[0], -mark[1]))
    b = Builder(text)
    for start, end in marks:
        if start >= b.last:
            b.put("", start, end)
    return b.done()
