"""The filter's modules served from one file of compiled code, read with one ``read``.

A write command imports ~45 modules of this package before it can check a note. Each one
through ``importlib``'s path machinery (the path finder, a spec and loader, ``stat`` of the
source, opening, reading and validating its own ``.pyc``) costs Python work before any of the
module's code runs: ~2-3 ms of the ~15 ms the filter's import takes on this machine
(docs/design.md, "Session 18 (speed)"). ``install`` puts a finder first on ``sys.meta_path``
that serves the package's modules from one file beside the package's bytecode
(``__pycache__/bundle.<cache tag>.codes``, or under ``sys.pycache_prefix``), read at once.

It is a cache of exactly what the ``.pyc`` files hold, kept the way they are: a module is
served only while its source has the size and modification time (in ns) the bundle recorded
when it compiled it, which is the check ``importlib`` makes of a ``.pyc`` (in whole seconds);
any other module, a missing, damaged or foreign file (another Python's magic number; the
cache tag names the optimisation level) falls back to the ordinary import. When a module
fell back, ``refresh`` writes the file again from the package's sources (through
``importlib``'s own ``get_code``, so from the ``.pyc`` files where they are current), as
``importlib`` writes a ``.pyc``: never when bytecode is not written (``-B``,
``PYTHONDONTWRITEBYTECODE``), atomically, and silently skipped where the directory is not
writable. Nothing is committed and nothing needs rebuilding after a rule change. The code's
file name is the source's path, as a ``.pyc`` loader sets it (``_imp._fix_co_filename``).
``HANDOFF_PRIVACY_BUNDLE=off`` switches the finder off (every module imported the usual way).
A module's spec is given its ``.pyc`` path (``__cached__``) by the finder, derived from the
bundle's own path, instead of ``importlib`` deriving it again per module (session 19).
"""

from __future__ import annotations

import _frozen_importlib  # always loaded: the import system
import _frozen_importlib_external
import _imp
import marshal
import os
import sys
from types import CodeType  # loaded before any import of handoff (typing uses it)
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Sequence
    from types import ModuleType

__all__ = ["BUNDLE_MAGIC", "PACKAGE", "bundle_path", "install", "refresh", "served"]

PACKAGE = "handoff.privacy"
_DIR = os.path.dirname(os.path.abspath(__file__))
BUNDLE_MAGIC = b"HOCB1\n"
_SKIP = ("__init__", "bundle")
"""Imported the usual way: the package itself, which installs the finder, and this module."""

Entry = tuple[int, int, int, int]
"""A module's source size and modification time (ns), its code's offset and length."""

_served: set[str] = set()


def served() -> frozenset[str]:
    """The modules this process imported from the bundle (for tests and benchmarks)."""
    return frozenset(_served)


def bundle_path() -> str | None:
    """Where the bundle lives: beside this module's own ``.pyc`` (the same directory, prefix
    and cache tag ``importlib`` uses), or None when this Python caches no bytecode."""
    try:
        pyc: str = _frozen_importlib_external.cache_from_source(os.path.join(_DIR, "bundle.py"))
    except NotImplementedError:  # sys.implementation.cache_tag is None
        return None
    return pyc[: -len(".pyc")] + ".codes"


def _head() -> bytes:
    magic: bytes = _frozen_importlib_external.MAGIC_NUMBER
    return BUNDLE_MAGIC + magic


def _read(path: str) -> tuple[dict[str, Entry], bytes] | None:
    """The bundle's index and its bytes, or None when it is missing, damaged or for another
    build. The file: ``BUNDLE_MAGIC``, the bytecode's magic number, the index's length (4
    bytes, little end first), the marshalled index (name -> ``Entry``), then the codes. A code
    is unmarshalled only when its module is imported."""
    try:
        with open(path, "rb") as fh:
            data = fh.read()
    except OSError:
        return None
    head = _head()
    if not data.startswith(head):
        return None
    start = len(head) + 4
    end = start + int.from_bytes(data[len(head):start], "little")
    try:
        table = marshal.loads(memoryview(data)[start:end])
    except (EOFError, ValueError, TypeError):
        return None
    if not isinstance(table, dict):
        return None
    return table, data


def _source(name: str) -> str:
    return os.path.join(_DIR, name.rpartition(".")[2] + ".py")


class _BundleFinder:
    """Finds this package's modules in the bundle; the loader of the code it found."""

    def __init__(self, path: str, table: dict[str, Entry], data: bytes) -> None:
        self.path = path
        # ``.../__pycache__/bundle.cpython-311.codes`` -> ``.../__pycache__/`` and
        # ``.cpython-311.pyc``: a module's ``__cached__`` as ``cache_from_source`` derives it
        # (a dozen string operations a module, ~3 µs each, done here as one concatenation)
        head, sep, tail = path.rpartition(os.sep)
        self.pyc_dir = head + sep
        self.pyc_tail = tail[len("bundle"):-len(".codes")] + ".pyc"
        self.table = table
        self.data = data
        self.ready: dict[str, CodeType] = {}
        self.missed = False
        """A module of the package was not served (new, edited, or not in the file)."""
        self.refresh_now = False
        """Set once the package is imported: a miss from then on refreshes the file at once."""

    def find_spec(self, name: str, path: Sequence[str] | None = None,
                  target: ModuleType | None = None) -> Any:
        if not name.startswith(PACKAGE + ".") or name.count(".") != 2:
            return None
        code = self._code(name)
        if code is None:
            if name.rpartition(".")[2] not in _SKIP:
                self.missed = True
                if self.refresh_now:
                    refresh()
            return None
        self.ready[name] = code
        spec = _frozen_importlib.ModuleSpec(name, self, origin=_source(name))  # type: ignore[arg-type]
        spec.has_location = True
        spec.cached = self.pyc_dir + name.rpartition(".")[2] + self.pyc_tail
        return spec

    def _code(self, name: str) -> CodeType | None:
        entry = self.table.get(name)
        if entry is None:
            return None
        origin = _source(name)
        try:
            st = os.stat(origin)
        except OSError:
            return None
        size, mtime, start, length = entry
        if st.st_size != size or st.st_mtime_ns != mtime:
            return None
        try:
            code = marshal.loads(memoryview(self.data)[start:start + length])
        except (EOFError, ValueError, TypeError):
            return None
        if type(code) is not CodeType:  # a damaged file read as some other object
            return None
        _imp._fix_co_filename(code, origin)  # type: ignore[attr-defined]
        return code

    def create_module(self, spec: Any) -> None:
        return None

    def exec_module(self, module: ModuleType) -> None:
        name = module.__name__
        code = self.ready.pop(name, None) or self._code(name)
        if code is None:
            raise ImportError(f"{name} is no longer current in the code bundle", name=name)
        _served.add(name)
        exec(code, module.__dict__)  # compiled from the package's own source


def _finder() -> _BundleFinder | None:
    for finder in sys.meta_path:
        if isinstance(finder, _BundleFinder):
            return finder
    return None


def install() -> bool:
    """Put the bundle's finder first on ``sys.meta_path`` (with an empty index when there is
    no usable file, so that ``refresh`` writes one); False when switched off or this Python
    caches no bytecode. Idempotent."""
    if os.environ.get("HANDOFF_PRIVACY_BUNDLE") == "off":
        return False
    if _finder() is not None:
        return True
    path = bundle_path()
    if path is None:
        return False
    read = _read(path)
    table, data = read if read is not None else ({}, b"")
    sys.meta_path.insert(0, _BundleFinder(path, table, data))
    return True


def build() -> bytes:
    """The bundle of this package's modules as their sources are now: each module's stamp is
    taken before its code is read, so a source edited meanwhile is stale next time, never
    served with older code."""
    loader_type = _frozen_importlib_external.SourceFileLoader
    index: dict[str, tuple[int, int, bytes]] = {}
    for filename in sorted(os.listdir(_DIR)):
        stem, dot, ext = filename.partition(".")
        if ext != "py" or not dot or stem in _SKIP or not stem.isidentifier():
            continue
        name, origin = f"{PACKAGE}.{stem}", os.path.join(_DIR, filename)
        st = os.stat(origin)
        code = loader_type(name, origin).get_code(name)  # the .pyc when current, as importlib
        index[name] = (st.st_size, st.st_mtime_ns, marshal.dumps(code))
    head = _head()
    packed = b""
    while True:  # the index's length depends on the offsets it holds: repeat until it settles
        offset = len(head) + 4 + len(packed)
        table: dict[str, Entry] = {}
        for name, (size, mtime, code_bytes) in index.items():
            table[name] = (size, mtime, offset, len(code_bytes))
            offset += len(code_bytes)
        again = marshal.dumps(table)
        settled = len(again) == len(packed)  # the offsets above assumed this length
        packed = again
        if settled:
            break
    return head + len(packed).to_bytes(4, "little") + packed + b"".join(c for _, _, c in index.values())


def refresh() -> bool:
    """Write the bundle again when a module of the package was not served from it; called by
    the package once its import is done (and by the finder on a later miss). True when written.
    """
    finder = _finder()
    if finder is None:
        return False
    finder.refresh_now = True
    if not finder.missed or sys.dont_write_bytecode:
        return False
    finder.missed = False
    try:
        data = build()
        os.makedirs(os.path.dirname(finder.path), exist_ok=True)
        temp = f"{finder.path}.{os.getpid()}.tmp"
        try:
            with open(temp, "wb") as fh:
                fh.write(data)
            os.replace(temp, finder.path)
        except OSError:
            if os.path.exists(temp):
                os.unlink(temp)
            raise
    except (OSError, SyntaxError, ImportError, ValueError):
        return False  # read-only, or a source that does not compile: the usual import copes
    return True
