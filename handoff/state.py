"""latest.json: the materialized latest state, folded from the log one event at a time.

Data model: a plain JSON object (see `schemas/latest.schema.json`) holding the current
pointers, the last validation per command and overall, runtime components, open notes
with their unresolved next actions, model health per provider/model, config facts, and
`meta` (schema version, last seq and event id, event counts, the last event's timestamp,
lines skipped as unreadable, and the backend `position` the state was folded up to).

It is a pure function of the log: `fold` reads nothing but the event, there is no
wall-clock field, and every bounded collection evicts by `seq`, never by dict order, so
folding incrementally onto a state loaded from disk gives the same bytes as folding the
whole log from scratch (`handoff rebuild`; a property test holds us to it).

Durability promise: none of its own. latest.json is derived; the log is the durable
source. It is replaced by temp file + rename so a reader never sees a partial file, and
a latest.json that lags the log (a crash between the two writes) is caught up by the next
reader or writer from `meta.position`.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Protocol

from .jsonread import JSONDecodeError, loads
from .kinds import SCHEMA_VERSION

State = dict[str, Any]

MAX_NOTES = 100
"""Open notes kept: the newest 100, each with all its next actions. An older open note
pushed out by a newer one is counted in `meta.notes_dropped`; it stays in the log
(`handoff log --kind note`) but can no longer be marked done."""
MAX_VALIDATIONS = 200
MAX_ENTRIES = 1000
"""Caps keep latest.json small and rebuild memory flat however long the log grows, and
keep the publish after every append cheap: its cost follows latest.json's size."""


def empty_state() -> State:
    return {
        "meta": {
            "schema_version": SCHEMA_VERSION,
            "last_seq": 0,
            "last_event_id": None,
            "last_ts": None,
            "events_total": 0,
            "event_counts": {},
            "skipped_lines": 0,
            "purged_events": 0,
            "notes_dropped": 0,
            "position": 0,
        },
        "active_repo": None,
        "pointers": {},
        "validations": {},
        "last_validation": None,
        "runtime": {},
        "notes": [],
        "model_health": {},
        "config": {},
    }


def _stamp(rec: dict[str, Any]) -> dict[str, Any]:
    """Provenance every entry carries: which event set it, and when."""
    out: dict[str, Any] = {"seq": rec["seq"], "id": rec["id"], "ts": rec["ts"]}
    if rec.get("scope"):
        out["scope"] = rec["scope"]
    return out


def _evict_oldest(entries: dict[str, dict[str, Any]], cap: int) -> None:
    while len(entries) > cap:
        oldest = min(entries, key=lambda k: entries[k]["seq"])
        del entries[oldest]


def _pointer(state: State, rec: dict[str, Any], data: dict[str, Any]) -> None:
    repo = data["repo"]
    pointers = state["pointers"]
    if data.get("clear"):
        pointers.pop(repo, None)
        if state["active_repo"] == repo:  # fall back to the most recently touched pointer
            state["active_repo"] = max(pointers, key=lambda k: pointers[k]["seq"], default=None)
        return
    entry = {k: v for k, v in pointers.get(repo, {}).items() if k not in ("seq", "id", "ts", "scope")}
    for name in data.get("unset", ()):
        entry.pop(name, None)
    entry.update((k, v) for k, v in data.items() if k != "unset")
    entry.update(_stamp(rec))
    pointers[repo] = entry
    state["active_repo"] = repo
    _evict_oldest(pointers, MAX_ENTRIES)


def _validation(state: State, rec: dict[str, Any], data: dict[str, Any]) -> None:
    entry = {**data, **_stamp(rec)}
    state["validations"][data["command"]] = entry
    state["last_validation"] = entry
    _evict_oldest(state["validations"], MAX_VALIDATIONS)


def _runtime(state: State, rec: dict[str, Any], data: dict[str, Any]) -> None:
    if data.get("clear"):
        state["runtime"].pop(data["component"], None)
        return
    state["runtime"][data["component"]] = {**data, **_stamp(rec)}
    _evict_oldest(state["runtime"], MAX_ENTRIES)


def _note(state: State, rec: dict[str, Any], data: dict[str, Any]) -> None:
    seq = rec["seq"]
    note = {k: v for k, v in data.items() if k != "next_actions"}
    note["actions"] = [
        {"id": f"{seq}.{i}", "text": text, "done": False}
        for i, text in enumerate(data.get("next_actions", ()), start=1)
    ]
    note.update(_stamp(rec))
    notes = state["notes"]
    notes.append(note)
    if len(notes) > MAX_NOTES:
        del notes[0]  # notes are appended in seq order, so the first is the oldest
        state["meta"]["notes_dropped"] += 1


def _action_done(state: State, rec: dict[str, Any], data: dict[str, Any]) -> None:
    note_seq, _, position = data["action"].partition(".")
    notes = state["notes"]
    for i, note in enumerate(notes):
        if note["seq"] != int(note_seq):
            continue
        if not position:
            del notes[i]
            return
        for action in note["actions"]:
            if action["id"] == data["action"] and not action["done"]:
                action["done"] = True
                action["done_seq"] = rec["seq"]
                if "summary" in data:
                    action["summary"] = data["summary"]
        if note["actions"] and all(a["done"] for a in note["actions"]):
            del notes[i]  # a note whose next actions are all done is resolved
        return


def _model_health(state: State, rec: dict[str, Any], data: dict[str, Any]) -> None:
    key = f"{data['provider']}/{data['model']}"
    entry = {**data, **_stamp(rec)}
    entry.setdefault("checked_at", rec["ts"])
    held = state["model_health"].get(key)
    if held is not None and held["checked_at"] > entry["checked_at"]:
        # An observation older than the one held (imported history, a merged log) is
        # history, not the current fact: latest.json keeps the newer one. Timestamps
        # are fixed-width UTC text, so they compare as strings.
        return
    state["model_health"][key] = entry
    _evict_oldest(state["model_health"], MAX_ENTRIES)


def _config(state: State, rec: dict[str, Any], data: dict[str, Any]) -> None:
    if data.get("unset"):
        state["config"].pop(data["key"], None)
        return
    entry = {"value": data["value"], **_stamp(rec)}
    if "source" in data:
        entry["source"] = data["source"]
    state["config"][data["key"]] = entry


def _purge(state: State, rec: dict[str, Any], data: dict[str, Any]) -> None:
    state["meta"]["purged_events"] += len(data["event_ids"])


def _compact(state: State, rec: dict[str, Any], data: dict[str, Any]) -> None:
    """A compaction tombstone changes nothing: it removed only events the state no longer
    depended on (`handoff.compact`); it is counted like every event."""


_FOLDERS = {
    "pointer": _pointer,
    "validation": _validation,
    "runtime": _runtime,
    "note": _note,
    "action_done": _action_done,
    "model_health": _model_health,
    "config": _config,
    "purge": _purge,
    "compact": _compact,
}


def fold(state: State, rec: dict[str, Any]) -> None:
    """Apply one event record to the state, in place."""
    _FOLDERS[rec["kind"]](state, rec, rec["data"])
    meta = state["meta"]
    meta["last_seq"] = rec["seq"]
    meta["last_event_id"] = rec["id"]
    meta["last_ts"] = rec["ts"]
    meta["events_total"] += 1
    counts = meta["event_counts"]
    counts[rec["kind"]] = counts.get(rec["kind"], 0) + 1


class Unit(Protocol):
    """What a backend's `read` yields: a record (already known to be an envelope) or None."""

    @property
    def record(self) -> dict[str, Any] | None: ...

    @property
    def end(self) -> int: ...

    @property
    def quiet(self) -> bool: ...


def fold_stream(state: State, units: Iterable[Unit]) -> None:
    """Fold a stream of read units onto the state and advance `meta.position`.

    The same result as `fold`/`skip` per unit, but the meta bookkeeping is done once at
    the end: a rebuild of a million events spends most of its time here, so the loop
    does only what each event needs. If reading fails midway, meta still describes
    exactly the units folded so far.
    """
    meta = state["meta"]
    counts = meta["event_counts"]
    folders = _FOLDERS
    last: dict[str, Any] | None = None
    folded = skipped = 0
    position = meta["position"]
    try:
        for unit in units:
            rec = unit.record
            if rec is None:
                skipped += not unit.quiet
            else:
                kind = rec["kind"]
                folders[kind](state, rec, rec["data"])
                counts[kind] = counts.get(kind, 0) + 1
                folded += 1
                last = rec
            position = unit.end
    finally:
        if last is not None:
            meta["last_seq"] = last["seq"]
            meta["last_event_id"] = last["id"]
            meta["last_ts"] = last["ts"]
        meta["events_total"] += folded
        meta["skipped_lines"] += skipped
        meta["position"] = position


def skip(state: State) -> None:
    """Account for a line that could not be read as an event (it stays in the log)."""
    state["meta"]["skipped_lines"] += 1




def render(state: State) -> bytes:
    """The exact bytes of latest.json: sorted keys, two-space indent, trailing newline."""
    import orjson  # here: a read that only parses never imports it (handoff.jsonread)

    return orjson.dumps(state, option=orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS) + b"\n"


TOUCHES: dict[str, tuple[str, ...]] = {
    "pointer": ("pointers", "active_repo"),
    "validation": ("validations", "last_validation"),
    "runtime": ("runtime",),
    "note": ("notes",),
    "action_done": ("notes",),
    "model_health": ("model_health",),
    "config": ("config",),
    "purge": (),
}
"""The top-level keys each kind's folder may change (`meta` changes with every event)."""
_KEYS = frozenset(empty_state())
_ORDER = sorted(_KEYS)
_HEADS = {key: b',\n  "' + key.encode() + b'": ' for key in _KEYS}
"""What precedes each top-level key's rendering (the comma is dropped for the first)."""
_META_KEYS = frozenset(empty_state()["meta"])


class Renderer:
    """`render` for a state that changes a few events at a time: the same bytes, cheaper.

    An append re-rendered the whole state (sorted keys, indented) to change a few lines
    of it; with a hundred open notes that was most of the publish. This keeps the
    rendered bytes of every top-level entry, and of every open note, at the indent they
    have in the file, and after a fold re-renders only what the folded kinds can touch
    (`TOUCHES`), `meta`, and notes it has not rendered before or that an `action_done`
    named. Nested JSON at depth d is the standalone rendering with every newline followed
    by 2*d more spaces (JSON strings never hold a raw newline), so the pieces join into
    exactly `render(state)`; a property test holds us to that.

    The cache follows one state object. Anything it cannot account for (another object,
    an event count that does not add up, no list of folded records) renders everything.
    """

    def __init__(self) -> None:
        self._state: State | None = None
        self._total = -1
        self._parts: dict[str, bytes] = {}
        self._notes: dict[int, bytes] = {}

    def render(self, state: State, folded: Iterable[dict[str, Any]] | None = None) -> bytes:
        """latest.json for `state`; `folded` lists the records folded onto it since the
        last call with the same object (None: start over)."""
        meta = state["meta"]
        dirty: set[str] | None = None
        if folded is not None and state is self._state:
            dirty = {"meta"}
            count = 0
            for rec in folded:
                count += 1
                dirty.update(TOUCHES[rec["kind"]])
                if rec["kind"] == "action_done":
                    self._notes.pop(note_seq(rec["data"]["action"]), None)
            if self._total + count != meta["events_total"]:
                dirty = None
        if not _KEYS.issuperset(state):
            return render(state)  # keys we never write (a hand-edited file): the plain way
        if dirty is None or self._parts.keys() != state.keys():
            self._parts.clear()
            self._notes.clear()
            dirty = set(state)
        self._state = state
        self._total = meta["events_total"]
        parts = self._parts
        for key in dirty:
            parts[key] = self._notes_part(state["notes"]) if key == "notes" else render_nested(state[key], 1)
        # One join over small pieces: concatenating each key's head onto its part first
        # copied every part (the notes are most of the file) once more per publish.
        pieces = [b"{\n"]
        for key in _ORDER:
            part = parts.get(key)
            if part is not None:
                pieces += (_HEADS[key], part)
        if len(pieces) > 1:
            pieces[1] = pieces[1][2:]  # no ",\n" before the first key
        pieces.append(b"\n}\n")
        return b"".join(pieces)

    def _notes_part(self, notes: list[dict[str, Any]]) -> bytes:
        if not notes:
            return b"[]"
        cache = self._notes
        kept: dict[int, bytes] = {}
        for note in notes:
            seq = note["seq"]
            piece = cache.get(seq)
            kept[seq] = piece if piece is not None else render_nested(note, 2)
        self._notes = kept
        return b"[\n    " + b",\n    ".join(kept.values()) + b"\n  ]"


def render_nested(value: Any, depth: int) -> bytes:
    """`value` rendered as it appears `depth` levels deep in latest.json (shared with the
    PostgreSQL projection, whose parts must join into exactly these bytes)."""
    import orjson

    return orjson.dumps(value, option=orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS).replace(b"\n", b"\n" + b"  " * depth)


def note_seq(action: str) -> int:
    """The seq of the note an action id (`<seq>.<n>`) belongs to; -1 if it names none."""
    head = action.partition(".")[0]
    return int(head) if head.isdigit() else -1


def parse(raw: bytes) -> State | None:
    """Load a latest.json, or None if it is unreadable or from another schema version."""
    try:
        state = loads(raw)
    except JSONDecodeError:
        return None
    if not isinstance(state, dict) or not isinstance(state.get("meta"), dict):
        return None
    if state["meta"].get("schema_version") != SCHEMA_VERSION or not _META_KEYS.issubset(state["meta"]):
        return None  # another version's file (or one without a field we keep): refolded
    return state
