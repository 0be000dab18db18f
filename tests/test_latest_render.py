"""latest.json's cheaper render (`state.Renderer`) gives exactly `state.render`'s bytes.

The publish after an append re-renders only what the folded events can change; these
tests fold generated events one or a few at a time and compare every rendering with a
full render of the same state, including notes resolved, evicted past the cap, and
states the renderer did not follow.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from handoff import state
from handoff.kinds import SCHEMA_VERSION
from handoff.models import validate_data

from . import strategies as S


def _record(seq: int, kind: str, data: dict[str, Any]) -> dict[str, Any]:
    return {"v": SCHEMA_VERSION, "id": f"01900000-0000-7000-8000-{seq:012d}", "seq": seq,
            "ts": f"2026-01-01T00:00:{seq % 60:02d}.000000Z", "kind": kind, "scope": {},
            "data": validate_data(kind, data)}


def _script(items: list[tuple[str, dict[str, Any]]], done: list[int]) -> list[dict[str, Any]]:
    """Records for `items`, each note followed by an action_done when `done` names it."""
    out: list[dict[str, Any]] = []
    for kind, data in items:
        out.append(_record(len(out) + 1, kind, data))
        if kind == "note" and len(out) in done:
            action = f"{len(out)}.1" if data.get("next_actions") else str(len(out))
            out.append(_record(len(out) + 1, "action_done", {"action": action}))
    return out


@settings(max_examples=60, deadline=None)
@given(items=st.lists(S.any_item, min_size=1, max_size=30), done=st.lists(st.integers(1, 40)),
       batch=st.integers(1, 4))
def test_cached_render_equals_a_full_render_after_every_fold(
        items: list[tuple[str, dict[str, Any]]], done: list[int], batch: int) -> None:
    records = _script(items, done)
    s = state.empty_state()
    renderer = state.Renderer()
    assert renderer.render(s) == state.render(s)
    for start in range(0, len(records), batch):
        chunk = records[start:start + batch]
        for rec in chunk:
            state.fold(s, rec)
        assert renderer.render(s, chunk) == state.render(s)


def test_notes_past_the_cap_and_resolved_notes_render_the_same(monkeypatch: Any) -> None:
    monkeypatch.setattr(state, "MAX_NOTES", 5)
    s = state.empty_state()
    renderer = state.Renderer()
    seq = 0
    for i in range(30):
        seq += 1
        rec = _record(seq, "note", {"text": f"note {i}", "next_actions": ["a", "b"]})
        state.fold(s, rec)
        assert renderer.render(s, [rec]) == state.render(s)
        if i % 3 == 0:  # mark one action done on a note still held, then resolve it
            target = s["notes"][0]["seq"]
            for action in (f"{target}.1", f"{target}.2"):
                seq += 1
                rec = _record(seq, "action_done", {"action": action})
                state.fold(s, rec)
                assert renderer.render(s, [rec]) == state.render(s)
    assert len(s["notes"]) == 5
    assert s["meta"]["notes_dropped"] > 0


def test_a_state_the_renderer_did_not_follow_is_rendered_whole() -> None:
    s = state.empty_state()
    renderer = state.Renderer()
    renderer.render(s)
    rec = _record(1, "config", {"key": "k", "value": 1})
    state.fold(s, rec)
    # told nothing about the fold (None), or told too little ([]): still right
    assert renderer.render(s, None) == state.render(s)
    state.fold(s, _record(2, "config", {"key": "k", "value": 2}))
    assert renderer.render(s, []) == state.render(s)
    other = state.empty_state()
    assert renderer.render(other, []) == state.render(other)


def test_show_says_how_many_open_notes_are_past_the_cap(tmp_path: Any, monkeypatch: Any) -> None:
    """A human reading `handoff show` learns that older open notes exist beyond the cap,
    and the store refuses `done` on one (it is no longer an open item)."""
    import handoff
    from handoff import NotFound, freshness, render

    monkeypatch.setattr(state, "MAX_NOTES", 3)
    with handoff.open_store(tmp_path / "s") as store:
        first = store.append("note", {"text": "oldest", "next_actions": ["a"]})
        for i in range(4):
            store.append("note", {"text": f"note {i}", "next_actions": ["a"]})
        latest = store.latest()
        assert [n["text"] for n in latest["notes"]] == ["note 1", "note 2", "note 3"]
        assert latest["meta"]["notes_dropped"] == 2
        shown = render.text(latest, freshness.assess(latest, head=(None, None)))
        assert "2 older open note(s) past the cap" in shown
        with pytest.raises(NotFound):
            store.append("action_done", {"action": f"{first.seq}.1"})
        store.rebuild()
        assert store.latest() == latest
