"""The small value types (`handoff.slotted`): Event, the backend link's records.

They replaced dataclasses to keep `dataclasses`' class building off every command's start-up,
so these tests pin what the dataclasses gave callers: equality by fields, immutability of
the frozen ones, a readable repr, and pickle and copy round trips (a user may hand Events to
another process).
"""

from __future__ import annotations

import copy
import pickle
from typing import Any

import pytest

from handoff.backends.base import AppendResult, Health, Item, StoredEvent, Tracking
from handoff.events import Event

VALUES: list[Any] = [
    Event("01a2", 7, "2026-12-02T00:00:00.000000Z", "note", {"text": "x"}, {"agent": "codex"}),
    StoredEvent.stamp("01a2", 7, "2026-12-02T00:00:00.000000Z", "note", {}, {"text": "x"}),
    Tracking("usage:/tmp/u.jsonl", 120, "ab" * 32, count=3, status="done"),
    AppendResult(4096, sealed=1),
    Item({"seq": 1}, 0, 40, b"{}", quiet=True),
    Health(records=2, bad=[(0, 4)], last_seq=2),
]


@pytest.mark.parametrize("value", VALUES, ids=lambda v: type(v).__name__)
def test_pickle_and_copy_give_an_equal_value(value: Any) -> None:
    for twin in (pickle.loads(pickle.dumps(value)), copy.copy(value), copy.deepcopy(value)):
        assert type(twin) is type(value)
        assert twin == value
        assert repr(twin) == repr(value)


@pytest.mark.parametrize("value", [v for v in VALUES if not isinstance(v, (Item, Health))],
                         ids=lambda v: type(v).__name__)
def test_frozen_values_refuse_assignment_and_deletion(value: Any) -> None:
    name = value.__slots__[0]
    before = getattr(value, name)
    with pytest.raises(AttributeError):
        setattr(value, name, "other")
    with pytest.raises(AttributeError):
        delattr(value, name)
    assert getattr(value, name) == before


def test_equality_is_by_type_and_every_field() -> None:
    event = VALUES[0]
    assert event == Event(event.id, event.seq, event.ts, event.kind, {"text": "x"}, {"agent": "codex"})
    assert event != Event(event.id, event.seq + 1, event.ts, event.kind, event.data, event.scope)
    assert event != Event(event.id, event.seq, event.ts, event.kind, event.data)  # scope differs
    assert Health() == Health() and Health() != Health(records=1)
    assert Item(None, 0, 1) != Health()  # another type is never equal


def test_defaults_are_not_shared_between_instances() -> None:
    first, second = Health(), Health()
    first.bad.append((0, 1))
    assert second.bad == []
    assert Event("a", 1, "t", "note", {}).scope == {}


def test_repr_names_the_fields_in_order() -> None:
    assert repr(AppendResult(10)) == "AppendResult(position=10, sealed=0)"
