"""What a privacy rule is: the ``Rule`` row and the names of its categories and kinds.

The fields are explained in ``rules.py``, which assembles the table from the ``table_*``
modules. This module has no rules and imports nothing of the filter, so every table module and
helper can import it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from re import Match

CREDENTIAL = "credential"
PROMPT = "prompt"

TOKEN = "token"
KEYWORD = "keyword"
ASSIGNMENT = "assignment"
AGGREGATE = "aggregate"

Validator = Callable[["Match[str]"], bool]
Aggregator = Callable[[Sequence["Match[str]"]], list[tuple[int, int]]]
Gate = Callable[[Sequence[str]], bool]


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

_T = "(?![A-Za-z0-9])"  # right boundary for alphanumeric bodies
_TD = "(?![A-Za-z0-9_-])"  # right boundary for bodies that may contain _ and -
