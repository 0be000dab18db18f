"""What a privacy rule is: the ``Rule`` row and the names of its categories and kinds.

The fields are explained in ``rules.py``, which assembles the table from the ``table_*``
modules. This module has no rules and imports nothing of the filter, so every table module and
helper can import it.
"""

from __future__ import annotations

from collections import namedtuple
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from re import Match
    from typing import NamedTuple

CREDENTIAL = "credential"
PROMPT = "prompt"

TOKEN = "token"
KEYWORD = "keyword"
ASSIGNMENT = "assignment"
AGGREGATE = "aggregate"

Validator = Callable[["Match[str]"], bool]
Aggregator = Callable[[Sequence["Match[str]"]], list[tuple[int, int]]]
Gate = Callable[[Sequence[str]], bool]


if TYPE_CHECKING:

    class Rule(NamedTuple):
        """One privacy rule; see the module docstring for what each field means."""

        id: str
        description: str
        category: str
        kind: str
        pattern: str
        prefixes: tuple[str, ...] = ()
        infixes: tuple[str, ...] = ()
        keywords: tuple[str, ...] = ()
        requires: tuple[str, ...] = ()
        words: tuple[str, ...] = ()
        gate: Gate | None = None
        name_pattern: str = ""
        lower: bool = False
        anchored: bool = False
        group: int = 0
        validator: Validator | None = None
        aggregate: Aggregator | None = None
        priority: int = 0
        procedural: bool = False
        examples: tuple[str, ...] = ()
        near_misses: tuple[str, ...] = ()

else:
    # ``collections.namedtuple`` makes the same class at run time without ``typing``'s
    # per-field annotation work (a ``ForwardRef`` compiled per field: ~0.3 ms of every write's
    # start-up); the class above is what the type checker sees. Same fields, same defaults.
    Rule = namedtuple(
        "Rule",
        ("id", "description", "category", "kind", "pattern", "prefixes", "infixes", "keywords",
         "requires", "words", "gate", "name_pattern", "lower", "anchored", "group", "validator",
         "aggregate", "priority", "procedural", "examples", "near_misses"),
        defaults=((), (), (), (), (), None, "", False, False, 0, None, None, 0, False, (), ()),
    )
    Rule.__doc__ = "One privacy rule; see the module docstring for what each field means."


_T = "(?![A-Za-z0-9])"  # right boundary for alphanumeric bodies
_TD = "(?![A-Za-z0-9_-])"  # right boundary for bodies that may contain _ and -
