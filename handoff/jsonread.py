"""Parsing JSON on the read path without orjson: `loads` accepts and returns what
`orjson.loads` does, built on the standard library's C scanner.

Importing orjson costs more than anything else `handoff show` and `handoff brief` load:
its module init imports `dataclasses` (and with it `inspect`, `ast`, `dis`, `tokenize`),
`uuid` (and `platform`) and `json`, ~8-10 ms of a ~40 ms command (docs/design.md, "CLI
start-up", session 7). A read parses store.json, latest.json and the last log line, all
small, so the standard library's C scanner does as well there; it is used directly
(`_json`), since the `json` package around it costs another ~1 ms of imports. Writes
keep orjson: the log's bytes are its output.

`loads` is orjson's own once the process has imported orjson anyway, or after `BULK`
documents (a bulk read, where orjson's ~4x faster parse pays for its import). Before
that it is `parse`, which matches `orjson.loads` on every input (tests/test_jsonread.py
holds it to that with generated documents and hand-picked edge cases):

- bytes must be UTF-8 (the standard library would also take UTF-16/32 and encoded
  surrogates); a byte order mark is refused;
- `NaN`, `Infinity`, and numbers that overflow a double are refused;
- an integer outside the 64-bit range (signed or unsigned) becomes a float, as orjson's does;
- a `\\u` escape that leaves a lone surrogate is refused, in keys and values.

One known difference: nesting deeper than Python's recursion limit allows here (~990
levels) is refused, where orjson accepts up to 1,024. The store writes with orjson, whose
`dumps` stops at 254 levels, so only a hand-made file is that deep, and a refused file is
treated like any other unreadable one.
"""

from __future__ import annotations

import sys
from _json import make_scanner
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Any

_I64_MIN = -(2**63)
_U64_MAX = 2**64 - 1
_INF = float("inf")


class JSONDecodeError(ValueError):
    """The input is not a JSON document orjson would accept."""


def _float(text: str) -> float:
    value = float(text)
    if value == _INF or value == -_INF:
        raise ValueError("number is infinity when parsed as a double")
    return value


def _int(text: str) -> int | float:
    if len(text) < 19:  # 18 digits and a sign: always within the 64-bit range
        return int(text)
    if len(text) <= 21:
        value = int(text)
        if _I64_MIN <= value <= _U64_MAX:
            return value
    return _float(text)


def _constant(name: str) -> float:
    raise ValueError(f"{name} is not JSON")


class _Context:
    """What the C scanner reads from a `json.JSONDecoder`: the same scanner, without
    importing the `json` package (its decoder, encoder and their regular expressions)."""

    strict = True
    object_hook = None
    object_pairs_hook = None
    parse_float = staticmethod(_float)
    parse_int = staticmethod(_int)
    parse_constant = staticmethod(_constant)
    memo: dict[str, str] = {}


_scan = make_scanner(_Context())  # type: ignore[arg-type]  # typeshed asks for a JSONDecoder; the scanner reads these attributes
_SPACE = " \t\n\r"  # JSON's whitespace, as json.decoder.WHITESPACE


def _slow(text: str) -> object:
    """`json.JSONDecoder.decode` with the same hooks: the one authority on refusals."""
    import json

    return json.JSONDecoder(parse_float=_float, parse_int=_int, parse_constant=_constant).decode(text)


def _decode(text: str) -> object:
    """As `json.JSONDecoder.decode`: the C scanner between JSON whitespace. Anything
    unusual (an error, trailing data) is redone by the `json` package, so its error is
    the one raised."""
    try:
        value, end = _scan(text, len(text) - len(text.lstrip(_SPACE)))
    except Exception:  # StopIteration, a hook's ValueError, RecursionError, ...
        return _slow(text)
    if end != len(text.rstrip(_SPACE)):
        return _slow(text)
    return value


def _has_surrogate(value: object) -> bool:
    """True if a string anywhere in a decoded value holds a lone surrogate."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            if not item.isascii():
                try:
                    item.encode("utf-8")
                except UnicodeEncodeError:
                    return True
        elif isinstance(item, dict):
            stack.extend(item)
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return False


def parse(raw: bytes | bytearray | memoryview | str) -> object:
    """Parse one JSON document as `orjson.loads` would, with the standard library only;
    JSONDecodeError if orjson would refuse it."""
    try:
        if isinstance(raw, str):
            raw.encode("utf-8")  # orjson refuses a str holding a lone surrogate
            text = raw
        else:
            text = bytes(raw).decode("utf-8")
        value = _decode(text)
    except (ValueError, RecursionError) as exc:  # UnicodeDecodeError and json's error are ValueErrors
        raise JSONDecodeError(str(exc)) from None
    if "\\u" in text and _has_surrogate(value):  # only an escape can make a lone surrogate
        raise JSONDecodeError("lone surrogate in string")
    return value


BULK = 256
"""After this many documents a process is reading in bulk (`log`, `rebuild`, a catch-up):
orjson parses ~4x faster, which then repays its import within a few hundred lines."""

_calls = 0
_orjson: Any = None


def loads(raw: bytes | bytearray | memoryview | str) -> Any:
    """`orjson.loads`, without importing orjson for the few documents a read needs: the
    standard library's scanner (`parse`) until orjson is imported anyway (by a write, by
    an output in JSON) or `BULK` documents have been parsed, orjson from then on. Either
    way the same values, and JSONDecodeError for the same inputs."""
    global _calls, _orjson
    if _orjson is None:
        _calls += 1
        if _calls <= BULK and "orjson" not in sys.modules:
            return parse(raw)
        import orjson

        _orjson = orjson
    try:
        return _orjson.loads(raw)
    except _orjson.JSONDecodeError as exc:
        raise JSONDecodeError(str(exc)) from None


def sorted_copy(value: object) -> object:
    """A deep copy with every object's keys sorted: what `orjson.loads(orjson.dumps(value,
    option=OPT_SORT_KEYS))` returns for a value made of JSON types (tuples become lists)."""
    if isinstance(value, dict):
        return {key: sorted_copy(value[key]) for key in sorted(value)}
    if isinstance(value, (list, tuple)):
        return [sorted_copy(item) for item in value]
    return value
