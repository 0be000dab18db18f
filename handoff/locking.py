"""The store's exclusive cross-process write lock.

On POSIX the lock is `flock(2)` on the store's `lock` file, taken on a descriptor the
store keeps open. That is the same kernel lock `filelock.FileLock` takes on Unix, so a
tool that locks the same file with filelock is excluded too; we only skip filelock's
open/close of the lock file on every acquire, which costs about 50 µs (a quarter of the
fsync each append pays) against well under 1 µs for flock on an open descriptor
(`python bench/bench_append.py` prints both). Elsewhere filelock does the job.

flock excludes open file descriptions, not threads, so a thread lock guards the
descriptor inside one process.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from typing import TYPE_CHECKING

from .errors import LockTimeout

if TYPE_CHECKING:
    from .files import StoreDir

DEFAULT_TIMEOUT = 10.0

try:
    import fcntl
except ImportError:  # pragma: no cover - not POSIX
    fcntl = None  # type: ignore[assignment]


class StoreLock:
    """An exclusive, cross-process lock on one file; reentrant use is an error."""

    def __init__(self, directory: StoreDir, name: str = "lock") -> None:
        self.directory = directory
        self.name = name
        self.path = directory.path / name
        self._thread_lock = threading.Lock()
        self._fd: int | None = None
        self._fallback: object | None = None

    def _descriptor(self) -> int:
        if self._fd is None:
            # Never follows a planted link, never opens a FIFO or a device (handoff.files).
            self._fd = self.directory.open_file(self.name, os.O_RDWR, create=True)
        return self._fd

    def hold(self, timeout: float = DEFAULT_TIMEOUT) -> AbstractContextManager[None]:
        """The lock, held for a `with` block. On POSIX a plain object, not a generator
        context manager: every append takes the lock, and the generator's machinery cost
        more than the two flock calls."""
        if fcntl is None:  # pragma: no cover - not POSIX
            return self._hold_filelock(timeout)
        return _Held(self, timeout)

    def _acquire(self, timeout: float) -> None:
        deadline = time.monotonic() + max(timeout, 0.0)
        if not self._thread_lock.acquire(timeout=max(timeout, 0.0)):
            raise LockTimeout(f"could not lock the store within {timeout:g}s (held in this process)")
        try:
            fd = self._descriptor()
            delay = 0.0005
            while True:
                try:
                    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    return
                except BlockingIOError:
                    if time.monotonic() >= deadline:
                        raise LockTimeout(
                            f"could not lock the store within {timeout:g}s: another process holds "
                            f"{self.path}"
                        ) from None
                    time.sleep(delay)
                    delay = min(delay * 2, 0.02)
        except BaseException:
            self._thread_lock.release()
            raise

    def _release(self) -> None:
        try:
            assert self._fd is not None
            fcntl.flock(self._fd, fcntl.LOCK_UN)
        finally:
            self._thread_lock.release()

    @contextmanager
    def _hold_filelock(self, timeout: float) -> Iterator[None]:  # pragma: no cover - not POSIX
        if not self._thread_lock.acquire(timeout=max(timeout, 0.0)):
            raise LockTimeout(f"could not lock the store within {timeout:g}s (held in this process)")
        try:
            with self._filelock(timeout):
                yield
        finally:
            self._thread_lock.release()

    @contextmanager
    def _filelock(self, timeout: float) -> Iterator[None]:  # pragma: no cover - not POSIX
        import filelock

        lock = filelock.FileLock(str(self.path), timeout=timeout)
        try:
            lock.acquire()
        except filelock.Timeout:
            raise LockTimeout(f"could not lock the store within {timeout:g}s") from None
        try:
            yield
        finally:
            lock.release()

    def close(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None


class _Held:
    """One `with` of `StoreLock.hold`: acquires on entry, releases on exit."""

    __slots__ = ("_lock", "_timeout")

    def __init__(self, lock: StoreLock, timeout: float) -> None:
        self._lock = lock
        self._timeout = timeout

    def __enter__(self) -> None:
        self._lock._acquire(self._timeout)

    def __exit__(self, *exc: object) -> None:
        self._lock._release()
