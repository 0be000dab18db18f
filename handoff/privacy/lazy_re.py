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
    from collections.abc import Iterator

__all__ = ["CACHE_FILE", "CACHE_MAGIC", "CODE_TYPE", "cache_key", "compile_pattern", "held", "lacks", "line_matches",
           "lower", "pattern_id", "rx"]

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


# -- a text lower-cased once --------------------------------------------------------------------
# (here rather than in a module of its own: every cue module imports this one, and each module a
# CLI call imports costs it ~0.15 ms of start-up)

_LOWERED: dict[str, str] = {}
"""Texts lower-cased lately. A 1.2 KB note with one em-dash is stored as UCS-2, and its
``str.lower()`` (~25-50 µs, against ~1 µs for ASCII) was computed by about eight layers of one
scan (session 16); each now asks ``lower`` and the first computes it. Bounded: cleared when
full, so it holds a scan's text and view and never grows with the texts seen; a text longer
than ``_MEMO_LEN`` is not kept (nor kept alive)."""
_LOWERED_MAX = 8
_MEMO_LEN = 1 << 20
_ASCII_BYTES = bytes(range(128))


def lower(text: str) -> str:
    """``text.lower()``, computed once for a text the scan's layers each lower-case."""
    low = _LOWERED.get(text)
    if low is None:
        low = _lower(text)
        if len(text) <= _MEMO_LEN:
            if len(_LOWERED) >= _LOWERED_MAX:
                _LOWERED.clear()
            _LOWERED[text] = low
    return low


def _lower(text: str) -> str:
    """``text.lower()``, through bytes when only ASCII letters change: ``str.lower`` maps each
    character alone (but a capital sigma, which changes), so when every character outside ASCII
    is its own lower case the result is the text with A-Z lowered, which ``bytes.lower`` does
    in C on the UTF-8 bytes (no byte of a multi-byte character is ASCII). Half the time of
    ``str.lower`` on a long note in UCS-2; a text with a capital outside ASCII, or a lone
    surrogate, takes ``str.lower``."""
    if len(text) < 64 or text.isascii():
        return text.lower()
    try:
        raw = text.encode("utf-8")
    except UnicodeEncodeError:
        return text.lower()
    rest = raw.translate(None, _ASCII_BYTES).decode("utf-8")
    if rest.lower() != rest:
        return text.lower()
    return raw.lower().decode("utf-8")


_HELD: dict[str, frozenset[str]] = {}
"""The characters outside ASCII of texts seen lately (bounded as ``_LOWERED``)."""
_KEYS: dict[str, str] = {}
"""Phrase -> its first character outside ASCII (phrases are the rule modules' constants)."""


def held(text: str) -> frozenset[str]:
    """The characters outside ASCII that ``text`` holds, read in C: its UTF-8 bytes without
    the ASCII ones are whole encodings of exactly those characters."""
    chars = _HELD.get(text)
    if chars is None:
        try:
            raw = text.encode("utf-8")
        except UnicodeEncodeError:  # a lone surrogate (the strict codec is 4x faster)
            raw = text.encode("utf-8", "surrogatepass")
        chars = frozenset(raw.translate(None, _ASCII_BYTES).decode("utf-8", "surrogatepass"))
        if len(text) <= _MEMO_LEN:
            if len(_HELD) >= _LOWERED_MAX:
                _HELD.clear()
            _HELD[text] = chars
    return chars


def lacks(text: str, phrase: str) -> bool:
    """Whether ``text`` cannot hold ``phrase`` because it lacks the phrase's first character
    outside ASCII: a ``set`` test in place of a ``str.find`` that reads the whole text. A note
    with one em-dash is "not ASCII", and the cue families searched it for each of their phrases
    in other scripts (~5,000 searches of ~3-15 µs over session 16's 121 long notes of that
    kind). Never true for an ASCII phrase."""
    if phrase.isascii():
        return False
    key = _KEYS.get(phrase)
    if key is None:
        key = _KEYS[phrase] = next(ch for ch in phrase if not ch.isascii())
    return key not in held(text)


def line_matches(pattern: re.Pattern[str], text: str, marks: tuple[str, ...],
                 start: int = 0) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` for a ``(?m)^`` pattern whose every match stays on one line
    and holds one of ``marks``, trying only the lines that hold a mark. ``re`` tries such a
    pattern at every line start and backtracks through each line (a 60-character line without
    a label's colon cost ~12 µs in session 16); a line without a mark cannot match, and
    ``pattern.match(text, pos)`` reads ``^`` against the whole text, so a match found so is the
    one ``finditer`` finds there. ``start`` (a line's start) skips the lines before it."""
    while True:
        found = [at for at in (text.find(mark, start) for mark in marks) if at >= 0]
        if not found:
            return
        first = min(found)
        m = pattern.match(text, text.rfind("\n", 0, first) + 1)
        if m is not None:
            yield m
        start = text.find("\n", first) + 1
        if not start:
            return
