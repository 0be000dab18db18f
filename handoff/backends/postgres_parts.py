"""latest.json in parts: the rows of the PostgreSQL backend's shared projection.

Why: every append commits the latest state with its events, for the store's clients on
other machines (`PostgresBackend.shared_projection`). Written whole, that document grew
to ~50 KB with 100 open notes and was rewritten by every append. Kept in parts, an append
rewrites only what its events changed: `meta` always, the top-level entries its kinds
touch (`state.TOUCHES`), and the open notes it added or acted on; a reader joins the
parts into latest.json's exact bytes.

A part is (section, item, body): `section` a top-level key of latest.json, `item` 0 and
`body` its value rendered as it stands in the file (`state.render_nested`, depth 1); the
`notes` list is one part per open note instead, `item` its seq (notes are appended in seq
order, so ordering by `item` is the list's order), `body` the note at depth 2, and
`(notes, 0, b"[]")` while there are none. This is `state.Renderer`'s cut, and its join,
so `assemble(parts(s)) == state.render(s)`; a property test holds us to it.

A state this layout cannot hold exactly (keys latest.json never has, notes out of seq
order: a hand-edited file) is kept as one part, `(WHOLE, 0, render(state))`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from ..state import TOUCHES, empty_state, note_seq, render, render_nested

WHOLE = ""
"""The section of a state kept whole (one part holding all of latest.json)."""
NOTES = "notes"
NO_NOTES = b"[]"
_SECTIONS = frozenset(empty_state())

Part = tuple[str, int, bytes]


def splits(state: dict[str, Any]) -> bool:
    """True if the parts of `state` join into exactly `render(state)`."""
    if state.keys() != _SECTIONS:
        return False
    notes = state[NOTES]
    if not isinstance(notes, list):
        return False
    last = 0
    for note in notes:
        seq = note.get("seq") if isinstance(note, dict) else None
        if type(seq) is not int or seq <= last:
            return False
        last = seq
    return True


def parts(state: dict[str, Any]) -> list[Part]:
    """Every part of `state`: what a full write stores."""
    if not splits(state):
        return [(WHOLE, 0, render(state))]
    out: list[Part] = [(key, 0, render_nested(value, 1)) for key, value in state.items() if key != NOTES]
    out.extend(_notes(state[NOTES], None))
    return out


def changed(state: dict[str, Any], folded: Sequence[dict[str, Any]]) -> tuple[list[Part], list[int] | None] | None:
    """The parts that folding `folded` onto the previous state can have changed, and, if
    the notes may have changed, the items the notes section keeps (every other note part
    is to be deleted: resolved, or pushed out by the cap). None: not known, write it all."""
    if not splits(state):
        return None
    sections = {"meta"}
    notes: set[int] = set()
    for rec in folded:
        kind = rec["kind"]
        touches = TOUCHES.get(kind)
        if touches is None:
            return None
        sections.update(touches)
        if kind == "note":
            notes.add(rec["seq"])
        elif kind == "action_done":
            notes.add(note_seq(rec["data"]["action"]))
    out: list[Part] = [(key, 0, render_nested(state[key], 1)) for key in sections if key != NOTES]
    if NOTES not in sections:
        return out, None
    current = state[NOTES]
    out.extend(_notes(current, notes))
    return out, [note["seq"] for note in current] or [0]


def _notes(notes: list[dict[str, Any]], only: set[int] | None) -> list[Part]:
    if not notes:
        return [(NOTES, 0, NO_NOTES)]
    return [(NOTES, note["seq"], render_nested(note, 2)) for note in notes if only is None or note["seq"] in only]


def assemble(rows: Iterable[tuple[str, int, bytes]]) -> bytes | None:
    """latest.json from its parts (any order), or None if there are none."""
    sections: dict[str, list[tuple[int, bytes]]] = {}
    for section, item, body in rows:
        if section == WHOLE:
            return body
        sections.setdefault(section, []).append((item, body))
    if not sections:
        return None
    entries = []
    for key in sorted(sections):
        items = sorted(sections[key])
        if key == NOTES and items[0][0] > 0:
            value = b"[\n    " + b",\n    ".join(body for _, body in items) + b"\n  ]"
        else:
            value = items[0][1]
        entries.append(b'  "' + key.encode() + b'": ' + value)
    return b"{\n" + b",\n".join(entries) + b"\n}\n"
