"""PostgreSQL's binary parameter formats, for the one statement an append sends.

Why: an append calls `append_event` (migration 0004; `append_events`, 0003, for a
batch) with 23 parameters, four of them arrays. Handing them to psycopg costs a dumper
lookup and an adaptation per value (and, bound on the client, quoting and escaping
every byte of the parts); here each value is already bytes in the server's binary
format (`int8send`, `array_send`, ...), passed to libpq as is: a `struct.pack` per
value, a join per array.

Formats (PostgreSQL's `*send` functions): bool one byte; int4/int8 big-endian; text
and bytea their bytes (text in the client encoding, UTF-8 here); a one-dimensional
array: ndim 1, a has-null flag, the element type's OID, the length and lower bound 1,
then each element as its length (-1 for NULL) and bytes. An empty array is ndim 0.
"""

from __future__ import annotations

import struct
from collections.abc import Iterable, Sequence

BOOL, BYTEA, INT8, INT4, TEXT = 16, 17, 20, 23, 25
INT4_ARRAY, TEXT_ARRAY, BYTEA_ARRAY, INT8_ARRAY = 1007, 1009, 1001, 1016
ARRAY_OF = {INT4: INT4_ARRAY, TEXT: TEXT_ARRAY, BYTEA: BYTEA_ARRAY, INT8: INT8_ARRAY}

_HEAD = struct.Struct("!iiiii")
_EMPTY = struct.Struct("!iii")
_LEN = struct.Struct("!i")
_INT8 = struct.Struct("!q")
_NULL = _LEN.pack(-1)

TRUE, FALSE = b"\x01", b"\x00"


def int8(value: int) -> bytes:
    return _INT8.pack(value)


def int4(value: int) -> bytes:
    return _LEN.pack(value)


def text(value: str) -> bytes:
    return value.encode()


def array(oid: int, items: Sequence[bytes | None]) -> bytes:
    """A one-dimensional array of `oid` elements, each already in its binary format."""
    if not items:
        return _EMPTY.pack(0, 0, oid)
    out = [b""]
    nulls = 0
    for item in items:
        if item is None:
            out.append(_NULL)
            nulls = 1
        else:
            out.append(_LEN.pack(len(item)))
            out.append(item)
    out[0] = _HEAD.pack(1, nulls, oid, len(items), 1)
    return b"".join(out)


def row(values: Sequence[object]) -> list[bytes | None]:
    """One `events` row (`sqlite._columns`' layout) as `append_event`'s ten scalar
    parameters (migration 0004): int8, text, int4, five texts (the last three may be
    NULL), bytea, text."""
    seq, event_id, v, ts, kind, project, agent, session, body, digest = values
    return [_INT8.pack(seq), event_id.encode(), _LEN.pack(v), ts.encode(),  # type: ignore[attr-defined]
            kind.encode(), None if project is None else project.encode(),  # type: ignore[attr-defined]
            None if agent is None else agent.encode(),  # type: ignore[attr-defined]
            None if session is None else session.encode(), body, digest.encode()]  # type: ignore[attr-defined, list-item]


def int8s(values: Iterable[int]) -> bytes:
    return array(INT8, [_INT8.pack(v) for v in values])


def int4s(values: Iterable[int]) -> bytes:
    return array(INT4, [_LEN.pack(v) for v in values])


def texts(values: Iterable[str | None]) -> bytes:
    return array(TEXT, [None if v is None else v.encode() for v in values])


def byteas(values: Iterable[bytes]) -> bytes:
    return array(BYTEA, list(values))


COPY_HEADER = b"PGCOPY\n\xff\r\n\x00" + b"\x00\x00\x00\x00" + b"\x00\x00\x00\x00"
"""A binary COPY stream's signature, flags (none) and header extension length (0)."""
COPY_TRAILER = b"\xff\xff"
_FIELDS10 = struct.Struct("!h").pack(10)
_I4 = struct.Struct("!ii")  # a field's length, then an int4 value
_I8 = struct.Struct("!iq")  # a field's length, then an int8 value


def copy_events(rows: Iterable[Sequence[object]]) -> bytes:
    """`events` rows (`sqlite._columns`' layout: seq, id, v, ts, kind, project, agent,
    session, body, digest) as the tuples of a binary COPY stream (without its header and
    trailer). Why: in text COPY each bytea body travels as hex, twice its size, escaped
    by the client and decoded by the server; binary sends the bytes as they are."""
    out: list[bytes] = []
    add = out.append
    pack_len, pack8, pack4 = _LEN.pack, _I8.pack, _I4.pack
    for seq, event_id, v, ts, kind, project, agent, session, body, digest in rows:
        add(_FIELDS10)
        add(pack8(8, seq))
        raw = event_id.encode()  # type: ignore[attr-defined]
        add(pack_len(len(raw)))
        add(raw)
        add(pack4(4, v))
        for value in (ts, kind, project, agent, session):
            if value is None:
                add(_NULL)
            else:
                raw = value.encode()  # type: ignore[attr-defined]
                add(pack_len(len(raw)))
                add(raw)
        add(pack_len(len(body)))  # type: ignore[arg-type]
        add(body)  # type: ignore[arg-type]
        add(b"\x00\x00\x00\x40")  # a sha256 in hex: always 64 characters
        add(digest.encode())  # type: ignore[attr-defined]
    return b"".join(out)
