"""`handoff.jsonread.loads` accepts, refuses and returns exactly what `orjson.loads` does.

The read path can drop orjson (its import is the largest part of `handoff show`'s
start-up) only if nothing a reader sees changes: the same documents parse to the same
values (types and key order included) and the same ones are refused.
"""

from __future__ import annotations

import json
import math
import subprocess
import sys

import orjson
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from handoff.jsonread import BULK, JSONDecodeError, loads, parse, sorted_copy


def _orjson(raw: bytes | str) -> tuple[bool, str]:
    try:
        return True, repr(orjson.loads(raw))
    except orjson.JSONDecodeError:
        return False, ""


def _ours(raw: bytes | str) -> tuple[bool, str]:
    try:
        return True, repr(parse(raw))
    except JSONDecodeError:
        return False, ""


def _same(raw: bytes | str) -> None:
    # repr shows types (1 vs 1.0), key order and every character, so equal reprs mean
    # the same value as a reader sees it.
    assert _ours(raw) == _orjson(raw), raw


EDGES = [
    b"18446744073709551615", b"18446744073709551616", b"-9223372036854775808", b"-9223372036854775809",
    b"9223372036854775808", b"123456789012345678901", b"-12345678901234567890", b"1" * 400, b"1" * 5000,
    b"1e400", b"-1e400", b"1.8e308", b"1.7976931348623157e308", b"4.9e-324", b"2e-400", b"-0", b"-0.0",
    b"1E2", b"1e+2", b"0.1", b"01", b"1.", b".5", b"+1", b"NaN", b"Infinity", b"-Infinity", b"nan",
    b'"\\ud800"', b'"\\udc00"', b'"\\ud83d\\ude00"', b'"\\ud83d"', b'{"\\ud800": 1}', b'"\\u00e9"',
    b'"\xed\xa0\x80"', b'"\xff"', b'"\xc3\xa9"', b"\xef\xbb\xbf{}", b'"a\tb"', b'"a\x7fb"', b'"\\x"',
    b"{}", b"[]", b" {} ", b"\t\n\r {}", b"\x0c{}", b"{}\x00", b"{} x", b"", b" ", b"true", b"false",
    b"null", b"True", b'{"a":1,"a":2}', b'{"b":1,"a":2,"b":3}', b"[1,]", b'{"a":1,}', b"{'a':1}",
    b'"\\/"', b'"\\\\u00e9"', b'"\\\\ud800"', b"[" * 200 + b"]" * 200, b"[" * 2000 + b"]" * 2000,
    "\"\ud800\"", "\"é\"", "{}",
]


@pytest.mark.parametrize("raw", EDGES, ids=range(len(EDGES)))
def test_edge_cases_match_orjson(raw: bytes | str) -> None:
    _same(raw)


def test_bytearray_and_memoryview_match_orjson() -> None:
    for raw in (b'{"a": [1, 2.5, "x"]}', b"1e400"):
        assert _ours(bytearray(raw)) == _orjson(bytearray(raw))
        assert _ours(memoryview(raw)) == _orjson(memoryview(raw))


_scalars = (st.none() | st.booleans() | st.integers(min_value=-(2**70), max_value=2**70)
            | st.floats(allow_nan=False, allow_infinity=False) | st.text())
_values = st.recursive(_scalars, lambda inner: st.lists(inner, max_size=4)
                       | st.dictionaries(st.text(max_size=5), inner, max_size=4), max_leaves=20)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_values, st.booleans(), st.sampled_from([None, 1, 2]))
def test_generated_documents_match_orjson(value: object, ascii_only: bool, indent: int | None) -> None:
    text = json.dumps(value, ensure_ascii=ascii_only, indent=indent)
    _same(text.encode("utf-8", "surrogatepass"))
    _same(text)


_TOKENS = ['{', '}', '[', ']', ',', ':', '"', '\\', 'u', 'd8', '00', 'dc', 'e9', '1', '0', '-', '+', '.',
           'e', 'E', ' ', '\n', 'true', 'null', 'NaN', 'a', '\x00', '\x1f', 'é', '\ud800', '9' * 20, 'ï»¿']


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(_TOKENS), max_size=14))
def test_token_soup_matches_orjson(tokens: list[str]) -> None:
    text = "".join(tokens)
    _same(text.encode("utf-8", "surrogatepass"))
    _same(text)


@settings(max_examples=200, deadline=None)
@given(_values)
def test_sorted_copy_is_orjson_round_trip_with_sorted_keys(value: object) -> None:
    try:
        dumped = orjson.dumps(value, option=orjson.OPT_SORT_KEYS)
    except orjson.JSONEncodeError:
        return  # outside what the store can hold (ints beyond 64 bits, lone surrogates)
    copy = sorted_copy(value)
    assert repr(copy) == repr(orjson.loads(dumped))
    if isinstance(value, (dict, list)) and value:
        assert copy is not value


def test_non_finite_number_never_comes_back() -> None:
    for raw in (b"[1e999]", b'{"a": -1e999}', b"1" * 400):
        with pytest.raises(JSONDecodeError):
            parse(raw)
        with pytest.raises(JSONDecodeError):
            loads(raw)  # orjson's, here (this process imported it): the same error class
    assert not math.isinf(parse(b"1.7976931348623157e308"))  # type: ignore[arg-type]


SWITCH = """
import sys
from handoff import jsonread
for _ in range(3):
    jsonread.loads(b'{"a": 1}')
few = "orjson" in sys.modules or "json" in sys.modules
for _ in range(jsonread.BULK):
    jsonread.loads(b'{"a": 1}')
print(few, "orjson" in sys.modules, jsonread._orjson is not None)
"""


def test_a_few_documents_do_not_import_orjson_and_a_bulk_read_does() -> None:
    """The point of the module: a read of a few documents never pays orjson's import (nor
    the `json` package's: the C scanner is used directly); a bulk read switches to
    orjson's faster parse after BULK documents."""
    proc = subprocess.run([sys.executable, "-c", SWITCH], capture_output=True, text=True, check=True)
    assert proc.stdout.split() == ["False", "True", "True"]
    assert BULK >= 16
