"""What the prompt classifier should not read: a Markdown table of figures.

An eval report lists pass rates per model and prompt version as a table (``| gpt-4o |
refund_policy@v15 | 88.5 | 503 ms | $2.64 |``). Every cell is a name, a version or a number,
and no row says anything to anyone; yet the classifier, trained on chat logs and prompts where
model names and pipes sit beside requests, scored such tables as prompts (session 19: 13 of
blind20's 25 false positives were eval tables, each flagged by the classifier alone). The
rules read the whole text as before; the classifier reads it with those rows blanked
(``without_tables``), so a table's prose around it (a heading, a "Regressions: ..." line) is
still scored, and a table whose cells hold sentences (few-shot examples, an eval case's input
and output) is kept whole.
"""

from __future__ import annotations

from typing import Final

from handoff.privacy.lazy_re import rx as _rx

_MAX_CELL_WORDS: Final = 3
"""A cell of figures holds a name, a version, a number with its unit: at most three words."""
_ROW: Final = r"[ \t]*\|[^\n]*\|[ \t]*"
"""A Markdown table's row: a line that opens and closes with a pipe."""
_RULE_ROW: Final = r"[ \t]*\|(?:[ \t]*:?-{2,}:?[ \t]*\|)+[ \t]*"
"""The line under a table's header: ``|---|:--:|``."""


def _figures_row(line: str, header: bool) -> bool:
    """A row whose every cell is short and holds no sentence (no stop before a blank, no
    question), and, below the header, half of whose cells hold a digit: a figure, a version, a
    date (a table of options, ``| A | simple | slow |``, is a model's answer as often)."""
    cells = line.strip().strip("|").split("|")
    if len(cells) < 2:
        return False
    if not header and 2 * sum(1 for cell in cells if any(c.isdigit() for c in cell)) < len(cells):
        return False
    for cell in cells:
        cell = cell.strip()
        if (len(cell.split()) > _MAX_CELL_WORDS or "?" in cell or ". " in cell or cell.endswith(".")) and (
                not cell.replace(".", "").replace(" ", "").isdigit()):
            return False
    return True


def without_tables(text: str) -> str:
    """``text`` with the rows of each table of figures blanked: a table (a header, its rule
    line and at least one row) all of whose rows are figures (``_figures_row``). Lines keep
    their breaks, so the rest of the text reads as before. A text with no such table is
    returned as it is (the same object)."""
    if "|" not in text or "--" not in text:
        return text
    lines = text.split("\n")
    blank: list[int] = []
    i = 0
    while i < len(lines) - 2:
        if (_rx(_ROW).fullmatch(lines[i]) is not None and _rx(_RULE_ROW).fullmatch(lines[i + 1]) is not None
                and _rx(_ROW).fullmatch(lines[i + 2]) is not None):
            end = i + 2
            while end < len(lines) and _rx(_ROW).fullmatch(lines[end]) is not None:
                end += 1
            rows = [i, *range(i + 2, end)]
            if all(_figures_row(lines[at], at == i) for at in rows):
                blank.extend((i, i + 1, *range(i + 2, end)))
            i = end
        else:
            i += 1
    if not blank:
        return text
    for at in blank:
        lines[at] = ""
    return "\n".join(lines)
