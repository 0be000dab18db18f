"""Tables the filter derives from its rows at import, read from one prebuilt file instead.

Importing the filter builds dispatch tables from the rule rows (the scanner's prefix and
keyword tables) and the request cues' index of lead words: ~1 ms of pure-Python loops in every
CLI call. ``snapshot.bin`` beside this file holds those tables as built from the rows of the
tree that wrote it (``bench/build_snapshot.py``; ``--check`` says whether it is current).

A table is used only if it was built from exactly the same inputs: each section stores the
inputs it was derived from, serialised (``marshal`` version 2: no back-references, so equal
values give equal bytes), and the importing module serialises its own inputs the same way and
compares the bytes, which is a memory comparison, not a hash. Any difference (a row added, a
phrase edited), a missing or damaged file, or a section the file lacks, and the module builds
its tables from the rows as it always did: a stale snapshot is slower, never wrong.
``tests/test_privacy_speed12.py`` checks that the shipped file is current and that every table
read from it equals the one built from source.

Each section's table is stored as its own ``marshal`` bytes and read only when a module asks
for it (session 22): a table only some texts need (``first_use``) costs a process that never
needs it one ``bytes`` object, not the objects of the table.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from types import CodeType
from typing import Any, TypeVar

__all__ = [
    "SNAPSHOT_FILE",
    "SNAPSHOT_MAGIC",
    "USE_SNAPSHOT",
    "built",
    "fingerprint",
    "first_use",
    "tables",
]

SNAPSHOT_FILE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "snapshot.bin")
SNAPSHOT_MAGIC = b"HOSN2\n"
USE_SNAPSHOT = os.environ.get("HANDOFF_PRIVACY_SNAPSHOT") != "off"
"""Off, every table is built from its rows, as before this file existed. Read once, when the
filter is imported (the tables are built then): ``HANDOFF_PRIVACY_SNAPSHOT=off`` in the
environment, as ``bench/build_snapshot.py`` and the tests build them."""

_T = TypeVar("_T")
_sections: dict[str, tuple[bytes, bytes]] | None = None
"""The file's sections: name -> (inputs as bytes, the table's ``marshal`` bytes)."""
built: dict[str, tuple[bytes, Any]] = {}
"""The sections built from source in this process (inputs as bytes, tables): what
``bench/build_snapshot.py`` writes."""
first_use: list[Callable[[], object]] = []
"""Functions that read a section of their own at first use rather than at import (a table only
some texts need): ``bench/build_snapshot.py`` calls each after the import, so that their
sections are built and written too. A module appends its function when it is imported."""


def fingerprint(inputs: object) -> bytes:
    """``inputs`` serialised so that equal values give equal bytes (tuples, lists, strings,
    numbers, dicts in insertion order; no sets: their order changes from process to
    process)."""
    import marshal

    return marshal.dumps(inputs, 2)  # type: ignore[arg-type]


def _code(code: CodeType) -> tuple[object, ...]:
    """What a function does, not where it is: its bytecode, constants (nested functions
    alike) and names, without the file name and line numbers a checkout changes."""
    consts = tuple(_code(c) if isinstance(c, CodeType) else c for c in code.co_consts)
    return (code.co_code, consts, code.co_names, code.co_varnames)


def _load() -> dict[str, tuple[bytes, bytes]]:
    global _sections
    sections: dict[str, tuple[bytes, bytes]] = {}
    try:
        with open(SNAPSHOT_FILE, "rb") as fh:
            data = fh.read()
        if data.startswith(SNAPSHOT_MAGIC):
            import marshal

            loaded = marshal.loads(memoryview(data)[len(SNAPSHOT_MAGIC) :])
            if isinstance(loaded, dict):
                sections = loaded
    except (OSError, ValueError, EOFError, TypeError):
        sections = {}
    _sections = sections
    return sections


def tables(name: str, build: Callable[..., _T], *inputs: Any,
           code: tuple[Callable[..., object], ...] = ()) -> _T:
    """``build(*inputs)``: read from the snapshot when its section ``name`` was made by the
    same code (``build``'s, and that of the functions in ``code`` it relies on) from equal
    inputs, otherwise built (and noted in ``built``)."""
    key = fingerprint((inputs, [_code(f.__code__) for f in (build, *code)]))
    if USE_SNAPSHOT:
        sections = _sections if _sections is not None else _load()
        stored = sections.get(name)
        if (isinstance(stored, tuple) and len(stored) == 2 and stored[0] == key
                and isinstance(stored[1], bytes)):
            import marshal

            try:
                result: _T = marshal.loads(stored[1])
            except (ValueError, EOFError, TypeError):
                pass  # a damaged section: built below, as when it is stale
            else:
                return result
    made = build(*inputs)
    built[name] = (key, made)
    return made
