"""Base classes for the small value types every command loads (events, the backend link).

Why not dataclasses: importing `dataclasses` pulls in `inspect`, `ast`, `dis` and
`tokenize`, and each decorated class compiles generated code when its module is imported.
On the commands agents call most (`note`, `show`, `brief`) that was about a fifth of the
import time. These classes keep what the dataclasses gave: `__slots__`, equality and a
`repr` over the fields, and (for `Frozen`) no assignment after construction. Each
subclass writes its own `__init__`, which is also the fastest way to build one.
"""

from __future__ import annotations

from typing import Any


class Slotted:
    """Fields are the class's `__slots__`, in order; equal when the type and every field are."""

    __slots__: tuple[str, ...] = ()
    __hash__ = None  # type: ignore[assignment]  # mutable: like a dataclass with eq

    def _fields(self) -> tuple[Any, ...]:
        return tuple(getattr(self, name) for name in self.__slots__)

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return self._fields() == other._fields()

    def __repr__(self) -> str:
        inner = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.__slots__)
        return f"{type(self).__name__}({inner})"

    def __getstate__(self) -> tuple[Any, ...]:
        return self._fields()

    def __setstate__(self, state: tuple[Any, ...]) -> None:
        """For pickle and `copy` (a slotted class has no `__dict__` to restore; a frozen one
        refuses `setattr`)."""
        for name, value in zip(self.__slots__, state, strict=True):
            object.__setattr__(self, name, value)


class Frozen(Slotted):
    """A `Slotted` whose fields never change after `__init__` (which sets them with
    `object.__setattr__`); hashable when its fields are."""

    __slots__ = ()

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"{type(self).__name__} is immutable: cannot assign {name!r}")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"{type(self).__name__} is immutable: cannot delete {name!r}")

    def __hash__(self) -> int:  # type: ignore[override]
        return hash(self._fields())
