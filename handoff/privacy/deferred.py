"""Modules of the filter imported by the first text that needs them, not by the filter's import.

Every module the filter imports costs every write command its import (~0.1 ms each, paid
whether or not the note needs it). A short note (a branch name, a one-line next action, a
validation command) calls no function of ``turns``, ``turntaking``, ``fewshot`` or ``payloads``
(docs/design.md, "Session 22 (speed22: ...)", traced with ``sys.setprofile``): each module
that calls them holds a ``Deferred`` under the module's name instead, whose first attribute
read imports the module; every read after that is forwarded to it.

One mechanism, typed: the caller declares the name as the module itself for the type checker
and binds the stand-in at run time, so every use is checked against the module's real
attributes::

    if TYPE_CHECKING:
        from handoff.privacy import turns
    else:
        turns = deferred("handoff.privacy.turns")

A deferred module must be one whose attributes nobody reads at import (its rows, gate words
and tables are read by the dispatch when the filter is imported, so such modules are imported
as before). Reads are forwarded, not copied, so a test that replaces an attribute of the real
module is seen by the caller.
"""

from __future__ import annotations

import sys
from types import ModuleType

__all__ = ["Deferred", "deferred"]


class Deferred(ModuleType):
    """A stand-in for the module of its name (not entered in ``sys.modules``)."""

    def __getattr__(self, attr: str) -> object:
        """Called only for attributes the stand-in lacks, which is every one the module
        defines: imports the module on the first (served from the bundle like the others)."""
        name = self.__name__
        module = sys.modules.get(name)
        if module is None:
            __import__(name)
            module = sys.modules[name]
        return getattr(module, attr)


def deferred(name: str) -> ModuleType:
    """A stand-in for the module ``name``, imported when one of its attributes is first read."""
    return Deferred(name)
