"""Regular expressions compiled on first use, once per process, from a cache of compiled code.

Importing the filter compiles nothing: a write whose text offers a rule no candidate never
pays for `re`'s compiler, which matters for a CLI that agents start many times a session.
The cache is keyed by the pattern itself, so two rules sharing a pattern share its
compiled form.

``re.compile`` parses and compiles in pure Python (``re._parser``, ``re._compiler``): the
two dozen patterns the first scan of a 2 KB note needs cost ~4 ms of a CLI call's start-up.
``regex_cache.bin`` beside this file holds, for every pattern the filter compiles on its
corpora, exactly what ``re._compiler.compile`` hands to the C engine (``_sre.compile``: flags,
code, group count and names), written by ``bench/build_regex_cache.py`` for one Python build.
A pattern found there is built by ``_sre.compile`` directly (~5 µs instead of ~150 µs); any
other pattern, a damaged file, or a file written by another Python build (its key differs)
falls back to ``re.compile``, so the cache can make a compile faster, never different:
``tests/test_privacy_speedups.py`` checks every entry against a fresh compile.
"""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING, Any, Final

if TYPE_CHECKING:
    import re

__all__ = ["CACHE_FILE", "CACHE_MAGIC", "CODE_TYPE", "cache_key", "compile_pattern", "pattern_id", "rx"]

CACHE_FILE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "regex_cache.bin")
CACHE_MAGIC = b"HORX2\n"
CODE_TYPE: Final = "I"
"""How an entry stores the engine's code words: the native unsigned ints of ``CODE_TYPE`` as
bytes (``memoryview.cast`` and ``tolist`` give ``_sre.compile`` its list back in C). A marshalled
list of ints cost ~5 µs an entry more to read, and compressed ~15 % larger. ``cache_key`` holds
the byte order, so a file is never read on a machine that would see other words."""

_compiled: dict[str, re.Pattern[str]] = {}
_index: dict[int, tuple[int, int]] | None = None
"""``pattern_id(pattern)`` -> (offset, length) of its compressed entry in ``_blob``; read on
first compile. An entry holds its pattern too, and is used only if that is the same text."""


class _Entries:
    """The file's entries, each read from the file when asked for (``os.pread``): a first scan
    needs ~30 of ~800, and reading the whole file (680 KB) cost ~0.5 ms of a CLI call's
    start-up. Sliced like the bytes it stands for. The descriptor stays open for the process
    (one per loaded index); should it be closed or reused behind our back, a read fails or
    returns other bytes, and an entry is used only if it decompresses to the same pattern."""

    __slots__ = ("base", "fd")

    def __init__(self, fd: int, base: int) -> None:
        self.fd = fd
        self.base = base

    def __getitem__(self, where: slice) -> bytes:
        start, stop = where.start or 0, where.stop
        return os.pread(self.fd, stop - start, self.base + start)

    def close(self) -> None:
        fd, self.fd = self.fd, -1
        if fd >= 0:
            os.close(fd)


_blob: bytes | memoryview | _Entries = b""
_HEAD_READ = 1 << 16
"""Bytes read at first: the magic, the index's size and the index (~20 KB for ~800 patterns;
a larger index is completed by a second read)."""


def cache_key() -> tuple[object, ...]:
    """What compiled code depends on: the interpreter build and the engine's constants."""
    import _sre  # type: ignore[import-not-found]

    return (sys.implementation.name, tuple(sys.version_info[:3]), _sre.MAGIC, _sre.CODESIZE,
            _sre.MAXREPEAT, _sre.MAXGROUPS, sys.byteorder, CODE_TYPE)


def pattern_id(pattern: str) -> int:
    """A stable number for a pattern (``hash`` of a string changes from process to process)."""
    import zlib

    return zlib.crc32(pattern.encode("utf-8", "surrogatepass")) << 20 | len(pattern)


def _load_index() -> dict[int, tuple[int, int]]:
    global _index, _blob
    index: dict[int, tuple[int, int]] = {}
    _blob = b""  # a previous index's entries stay readable by whoever still holds them
    fd = -1
    try:
        fd = os.open(CACHE_FILE, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))
        data = os.pread(fd, _HEAD_READ, 0)
        if data.startswith(CACHE_MAGIC):
            import marshal

            size = int.from_bytes(data[len(CACHE_MAGIC) : len(CACHE_MAGIC) + 4], "little")
            head = len(CACHE_MAGIC) + 4
            if head + size > len(data):
                data += os.pread(fd, head + size - len(data), len(data))
            key, table = marshal.loads(data[head : head + size])
            if key == cache_key() and isinstance(table, dict):
                index = table
                _blob, fd = _Entries(fd, head + size), -1  # entries are read when asked for
    except (OSError, ValueError, EOFError, TypeError):
        index = {}
    finally:
        if fd >= 0:
            os.close(fd)
    _index = index
    return index


def _from_cache(pattern: str) -> re.Pattern[str] | None:
    index = _index if _index is not None else _load_index()
    where = index.get(pattern_id(pattern)) if index else None
    if where is None:
        return None
    try:
        import _sre  # the engine under ``re``
        import marshal
        import zlib

        offset, length = where
        entry: Any = marshal.loads(zlib.decompress(_blob[offset : offset + length]))
        stored, flags, code, groups, groupindex, indexgroup = entry
        if stored != pattern:
            return None
        words = memoryview(code).cast(CODE_TYPE).tolist()
        compiled: re.Pattern[str] = _sre.compile(pattern, flags, words, groups, groupindex,
                                                 indexgroup)
        return compiled
    except Exception:  # a damaged entry: compile from the source instead
        return None


def compile_pattern(pattern: str) -> re.Pattern[str]:
    """``re.compile(pattern)``, from the cache of compiled code when it holds the pattern."""
    compiled = _from_cache(pattern)
    if compiled is None:
        import re

        compiled = re.compile(pattern)
    return compiled


def rx(pattern: str) -> re.Pattern[str]:
    """`pattern` compiled (the first call for it compiles, or reads it from the cache)."""
    compiled = _compiled.get(pattern)
    if compiled is None:
        compiled = _compiled[pattern] = compile_pattern(pattern)
    return compiled
