"""What a privacy rule is: the ``Rule`` row and the names of its categories and kinds.

The fields are explained in ``rules.py``, which assembles the table from the ``table_*``
modules. This module has no rules and imports nothing of the filter, so every table module and
helper can import it.
"""

from __future__ import annotations

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
    # The same class as ``collections.namedtuple`` would make, written out: ``namedtuple``
    # builds ``__new__`` from source with ``exec`` (~0.1 ms of every write's start-up), and
    # ``typing.NamedTuple`` also compiles a ``ForwardRef`` per field (~0.3 ms). The class above
    # is what the type checker sees; ``tests/test_privacy_speed13.py`` checks that the names,
    # their order and the defaults are the same, ``tests/test_privacy_speed14.py`` that it
    # behaves as the ``namedtuple`` did. The fields are the parameters of ``__new__``.
    from collections import _tuplegetter

    class Rule(tuple):
        """One privacy rule; see the module docstring for what each field means."""

        __slots__ = ()

        def __new__(cls, id, description, category, kind, pattern, prefixes=(), infixes=(),
                    keywords=(), requires=(), words=(), gate=None, name_pattern="", lower=False,
                    anchored=False, group=0, validator=None, aggregate=None, priority=0,
                    procedural=False, examples=(), near_misses=()):
            return _new_row(cls, (id, description, category, kind, pattern, prefixes, infixes,
                                  keywords, requires, words, gate, name_pattern, lower, anchored,
                                  group, validator, aggregate, priority, procedural, examples,
                                  near_misses))

        @classmethod
        def _make(cls, iterable):
            row = _new_row(cls, iterable)
            if len(row) != len(cls._fields):
                raise TypeError(f"Expected {len(cls._fields)} arguments, got {len(row)}")
            return row

        def _replace(self, /, **changes):
            row = self._make(map(changes.pop, self._fields, self))
            if changes:
                raise ValueError(f"Got unexpected field names: {list(changes)!r}")
            return row

        def _asdict(self):
            return dict(zip(self._fields, self, strict=True))

        def __repr__(self):
            pairs = ", ".join(f"{name}={value!r}" for name, value in zip(self._fields, self,
                                                                         strict=True))
            return f"Rule({pairs})"

        def __getnewargs__(self):
            return tuple(self)

    _new_row = tuple.__new__
    Rule._fields = Rule.__new__.__code__.co_varnames[1 : Rule.__new__.__code__.co_argcount]
    Rule._field_defaults = dict(zip(Rule._fields[-len(Rule.__new__.__defaults__) :],
                                    Rule.__new__.__defaults__, strict=True))
    Rule.__match_args__ = Rule._fields
    for _i, _name in enumerate(Rule._fields):
        setattr(Rule, _name, _tuplegetter(_i, f"Alias for field number {_i}"))
    del _i, _name


_T = "(?![A-Za-z0-9])"  # right boundary for alphanumeric bodies
_TD = "(?![A-Za-z0-9_-])"  # right boundary for bodies that may contain _ and -
