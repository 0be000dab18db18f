"""Prompt cue: few-shot blocks ending in an open slot ("English: cat / French: chat / English:
dog / French:").

Why its own module: split out of ``cues.py`` (which calls it) so each cue family reads alone.
"""

from __future__ import annotations

from handoff.privacy.cue_words import PROMPT, SLOT_ENDS, _Hit

# -- few-shot blocks ending in an open slot ------------------------------------------------------
#
# "English: cat / French: chat / English: dog / French:" or "Input: x / Output: X / ... /
# Output:": labelled examples, then the same label left empty for the model to fill in. The
# text ends with that label; it has been filled at least twice before, and another label
# takes turns with it. "a => b / c => d / e =>" is the same with an arrow.

_SLOT_ENDS = SLOT_ENDS


def _filled(low: str, label: str, sep: str, at_line: bool) -> int:
    """How often ``label`` + ``sep`` occurs with a value after it (on a line of its own when
    ``at_line``, else after a blank)."""
    count = 0
    needle = label + sep
    pos = low.find(needle)
    while pos >= 0:
        before = low[pos - 1 : pos]
        after = low[pos + len(needle) : pos + len(needle) + 40].lstrip(" \t")
        starts = before in ("", "\n") or (before in " \t>*#-" and (
            at_line is False or low.rfind("\n", 0, pos) < 0
            or low[low.rfind("\n", 0, pos) + 1 : pos].strip(" \t>*#-") == ""))
        if starts and after[:1] not in ("", "\n"):
            count += 1
        pos = low.find(needle, pos + len(needle))
    return count


def _few_shot(low: str, hits: list[_Hit]) -> None:
    tail = low.rstrip()
    sep = next(e for e in _SLOT_ENDS if tail.endswith(e))
    body = tail[: -len(sep)].rstrip(" \t")
    if sep in ("=>", "->"):
        lines = [ln for ln in body.split("\n") if ln.strip()]
        pairs = sum(1 for ln in lines[:-1] if f" {sep} " in ln and len(ln) <= 120)
        if len(lines) >= 3 and pairs >= 2 and sep not in lines[-1]:
            hits.append((PROMPT, 1, 0, len(low), "few-shot-block"))
        return
    line_start = body.rfind("\n") + 1
    candidates: list[tuple[str, bool]] = []
    last = body[line_start:].strip(" \t>*#-")
    if line_start and last and len(last) <= 40 and len(last.split()) <= 4:
        candidates.append((last, True))
    words = body.split()
    candidates += [(" ".join(words[-k:]), False) for k in (1, 2, 3) if len(words) > k]
    for label, at_line in candidates:
        if label[-1:].isalnum() and _filled(body, label, sep, at_line) >= 2:
            others = body.count(sep + " ") + body.count(sep + "\t") - 2
            if others >= 2:  # another label takes turns with it
                start = body.find(label + sep)
                hits.append((PROMPT, 1, max(0, start), len(low), "few-shot-block"))
                return
