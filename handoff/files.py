"""Every file operation on a store directory, in one place, safe against a hostile store.

A store often lives in `.handoff/` inside a repository cloned from someone else, so any
entry in it may have been planted: a symlink to the user's files, a FIFO, a device, a
directory where a file should be. The rules this module enforces for every backend,
latest.json, store.json, quarantine and backups:

- Entries are opened relative to an open descriptor of the store directory (`dir_fd`),
  with `O_NOFOLLOW`: a link is never followed. The store directory itself is opened with
  `O_NOFOLLOW` too.
- Anything that is not a regular file is refused (`UnsafeFileError`, which names the
  entry and the fix) before it is opened: it is `lstat`ed first, opened non-blocking, and
  `fstat`ed to prove the descriptor is the regular file that was checked. A FIFO never
  hangs a reader, a device is never opened.
- Files owned by another user are refused: a store you did not create is not yours to
  write into.
- New files (temp files, quarantine files, backups) are created with
  `O_CREAT | O_EXCL | O_NOFOLLOW`, never by truncating a path that may already exist.
- Whole-file replacement is temp file, full write (short writes retried until the kernel
  took every byte, which is the size check), optional fsync, then an atomic swap:
  `renameat2(RENAME_EXCHANGE)` where the kernel has it (on a rename over an existing
  file ext4 starts writing the new file's data out, on an exchange it does not), else a
  rename. A process's first swap renames (see `_exchange_now`). The directory is fsynced
  when the caller asks for durability. A failure at any step removes the temp file; the
  old file stays complete.
- Deletes only remove entries proven to be ours: a regular file whose name matches the
  caller's pattern, inside the directory descriptor. Nothing ever descends through a link.
- Reads of small files (latest.json, store.json) are bounded: an oversized file is
  damaged, not read whole.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from .errors import CorruptStoreError, StoreNotFound

_BASE = os.O_NOFOLLOW | os.O_CLOEXEC
_NONBLOCK = getattr(os, "O_NONBLOCK", 0)
READ = os.O_RDONLY
APPEND = os.O_RDWR | os.O_APPEND
TEMP_NAME = re.compile(r"\.[A-Za-z0-9_.-]+\.[0-9a-f]{16}\.tmp")
"""Temp files this module creates: `.<name>.<16 hex>.tmp`. Only these are ever cleaned."""
_SPARE_NAME = re.compile(r"\.[A-Za-z0-9_.-]+\.spare")


def spare_name(name: str) -> str:
    """Where `swap_in` keeps the version it displaced, for `stage` to rewrite next time."""
    return f".{name}.spare"


try:
    import fcntl
except ImportError:  # not POSIX: no leases, so every publish takes a fresh temp file
    fcntl = None  # type: ignore[assignment]
_F_SETLEASE = getattr(fcntl, "F_SETLEASE", None)
_F_SETSIG = getattr(fcntl, "F_SETSIG", None)
_LEASE_SIGNAL = 23
"""SIGURG on Linux (leases are Linux's): ignored by default. `signal` is not imported for it:
building its enums costs a CLI start-up more than the whole publish."""


class UnsafeFileError(CorruptStoreError):
    """A store entry is a link, a FIFO, a device, a directory or another user's file."""


def describe(mode: int) -> str:
    """What kind of entry a mode is, in words for an error message."""
    if stat.S_ISLNK(mode):
        return "a symbolic link"
    if stat.S_ISDIR(mode):
        return "a directory"
    if stat.S_ISFIFO(mode):
        return "a FIFO"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def write_all(fd: int, data: bytes) -> None:
    """Write every byte or raise: a short write is retried, a zero-byte one is ENOSPC."""
    written = os.write(fd, data)
    if written == len(data):
        return  # the usual case: no view, no loop
    if written <= 0:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
    view = memoryview(data)[written:]
    while view:
        written = os.write(fd, view)
        if written <= 0:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        view = view[written:]


def _unsafe(path: Path, name: str, what: str) -> UnsafeFileError:
    return UnsafeFileError(
        f"{path / name} is {what}, not a file handoff wrote: refusing to use it "
        "(`handoff doctor --fix` moves it aside into quarantine/)"
    )


_exchange: object = None  # None: not probed yet; False: unavailable; else the libc function
_swaps = 0  # swaps done by this process


def _exchange_now(exists: bool) -> object:
    """The exchange function for this swap, or False for a plain rename.

    A process's first swap renames: importing ctypes costs ~3 ms, more than the one
    rename-over of a short-lived command (each CLI call publishes once) costs in ext4's
    data flush. A process that swaps again (the API in a loop, a server, an import)
    loads it then, and exchanges from that swap on.
    """
    global _swaps
    _swaps += 1
    if not exists or (_swaps == 1 and _exchange is None):
        return False
    return _renameat2()


def _renameat2() -> object:
    """libc's renameat2, loaded on the first exchange (ctypes costs ~3 ms to import)."""
    global _exchange
    if _exchange is None:
        try:
            import ctypes

            libc = ctypes.CDLL(None, use_errno=True)
            fn = libc.renameat2
            fn.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
            fn.restype = ctypes.c_int
            _exchange = fn
        except (OSError, AttributeError, ImportError):  # not Linux/glibc: plain rename
            _exchange = False
    return _exchange


RENAME_EXCHANGE = 2


class StoreDir:
    """An open descriptor of one store directory and the safe operations inside it."""

    def __init__(self, path: Path, fd: int) -> None:
        self.path = path
        self.fd = fd
        self._uid = os.geteuid() if hasattr(os, "geteuid") else None

    @classmethod
    def open(cls, path: Path, *, own: bool = True) -> StoreDir:
        """Open an existing store directory; a link or a non-directory there is refused.
        `own=False` opens a directory the user named that need not be theirs (an export's
        destination, such as /tmp): only store directories must be our own."""
        try:
            fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY | _BASE)
        except FileNotFoundError:
            raise StoreNotFound(f"no handoff store at {path} (run `handoff init`)") from None
        except OSError as exc:
            if exc.errno in (errno.ELOOP, errno.ENOTDIR):
                what = "a symbolic link" if os.path.islink(path) else "not a directory"
                raise UnsafeFileError(
                    f"the store {path} is {what}: refusing to use it (give the real directory)"
                ) from None
            raise
        self = cls(path, fd)
        st = os.fstat(fd)
        if own and self._uid is not None and st.st_uid != self._uid:
            os.close(fd)
            raise UnsafeFileError(f"the store {path} belongs to another user: refusing to use it")
        return self

    @classmethod
    def create(cls, path: Path) -> StoreDir:
        """Create the directory (0700, parents as needed) if missing, then open it."""
        path.parent.mkdir(parents=True, exist_ok=True)
        with contextlib.suppress(FileExistsError):
            os.mkdir(path, 0o700)
        return cls.open(path)

    def close(self) -> None:
        if self.fd >= 0:
            os.close(self.fd)
            self.fd = -1

    # -- looking -----------------------------------------------------------------------

    def lstat(self, name: str) -> os.stat_result | None:
        try:
            return os.stat(name, dir_fd=self.fd, follow_symlinks=False)
        except FileNotFoundError:
            return None

    def exists(self, name: str) -> bool:
        return self.lstat(name) is not None

    def is_regular(self, name: str) -> bool:
        st = self.lstat(name)
        return st is not None and stat.S_ISREG(st.st_mode)

    def problem(self, name: str) -> str | None:
        """Why `name` may not be used as a store file (None if it is fine or missing)."""
        st = self.lstat(name)
        if st is None:
            return None
        if not stat.S_ISREG(st.st_mode):
            return describe(st.st_mode)
        if self._uid is not None and st.st_uid != self._uid:
            return "owned by another user"
        return None

    def listdir(self) -> list[str]:
        return os.listdir(self.fd)

    # -- opening -----------------------------------------------------------------------

    def open_file(self, name: str, flags: int = READ, *, create: bool = False) -> int:
        """A descriptor of the regular file `name` (created 0600 if `create` and missing).

        Raises FileNotFoundError if missing, UnsafeFileError if it is anything else.
        """
        problem = self.problem(name)
        if problem is not None:
            raise _unsafe(self.path, name, problem)
        extra = os.O_CREAT if create else 0
        try:
            fd = os.open(name, flags | extra | _BASE | _NONBLOCK, 0o600, dir_fd=self.fd)
        except OSError as exc:
            if exc.errno == errno.ELOOP:  # swapped for a link between lstat and open
                raise _unsafe(self.path, name, "a symbolic link") from None
            raise
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode) or (self._uid is not None and st.st_uid != self._uid):
            os.close(fd)
            raise _unsafe(self.path, name, describe(st.st_mode) if not stat.S_ISREG(st.st_mode)
                          else "owned by another user")
        return fd

    @contextlib.contextmanager
    def reader(self, name: str) -> Iterator[BinaryIO]:
        """A buffered binary reader of the regular file `name` (FileNotFoundError if missing)."""
        fd = self.open_file(name)
        f = os.fdopen(fd, "rb")
        try:
            yield f
        finally:
            f.close()

    def read_small(self, name: str, limit: int) -> bytes | None:
        """The whole file, or None if missing; more than `limit` bytes is damage."""
        try:
            fd = self.open_file(name)
        except FileNotFoundError:
            return None
        try:
            size = os.fstat(fd).st_size
            if size > limit:
                raise CorruptStoreError(f"{self.path / name} is {size} bytes, over the {limit}-byte limit")
            chunks = []
            left = limit + 1
            while left > 0:
                # Ask for the size fstat gave (+1 to see growth), not a fixed 1 MiB: each
                # read allocates what it asks for, and a fresh process pays ~0.1 ms for it.
                chunk = os.read(fd, min(left, max(size + 1, 4096), 1 << 20))
                if not chunk:
                    break
                chunks.append(chunk)
                left -= len(chunk)
        finally:
            os.close(fd)
        data = b"".join(chunks)
        if len(data) > limit:
            raise CorruptStoreError(f"{self.path / name} grew over the {limit}-byte limit")
        return data

    def create_new(self, name: str) -> int:
        """A descriptor of a new file `name` (0600); fails if anything exists there."""
        return os.open(name, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _BASE, 0o600, dir_fd=self.fd)

    def temp_name(self, name: str) -> str:
        return f".{name}.{os.urandom(8).hex()}.tmp"

    def subdir(self, name: str, *, create: bool = False) -> StoreDir:
        """Open (optionally create, 0700) a subdirectory; a link there is refused."""
        if create:
            with contextlib.suppress(FileExistsError):
                os.mkdir(name, 0o700, dir_fd=self.fd)
        try:
            fd = os.open(name, os.O_RDONLY | os.O_DIRECTORY | _BASE, dir_fd=self.fd)
        except OSError as exc:
            if exc.errno in (errno.ELOOP, errno.ENOTDIR):
                st = self.lstat(name)
                raise _unsafe(self.path, name, describe(st.st_mode) if st else "missing") from None
            raise
        sub = StoreDir(self.path / name, fd)
        if sub._uid is not None and os.fstat(fd).st_uid != sub._uid:
            sub.close()
            raise _unsafe(self.path, name, "owned by another user")
        return sub

    # -- writing -----------------------------------------------------------------------

    def fsync(self) -> None:
        os.fsync(self.fd)

    def write_new(self, name: str, payload: bytes, *, durable: bool = True) -> None:
        """Create `name` with `payload` (O_EXCL); on failure nothing is left behind."""
        fd = self.create_new(name)
        try:
            write_all(fd, payload)
            if durable:
                os.fsync(fd)
        except BaseException:
            os.close(fd)
            with contextlib.suppress(OSError):
                os.unlink(name, dir_fd=self.fd)
            raise
        os.close(fd)
        if durable:
            self.fsync()

    @contextlib.contextmanager
    def atomic(self, name: str, *, durable: bool = True) -> Iterator[int]:
        """Yield a descriptor of a new temp file; on a clean exit it atomically becomes `name`.

        A reader sees the old file or the new one, whole. Whatever stood at `name` (even a
        planted link or FIFO) is swapped out as an entry, never opened, and only that
        entry is removed. A directory at `name` is refused (it would need a recursive
        delete). On any failure the temp file is removed and `name` is untouched.
        """
        exists = self._check_replaceable(name)
        tmp = self.temp_name(name)
        fd = self.create_new(tmp)
        try:
            try:
                yield fd
                if durable:
                    os.fsync(fd)
            finally:
                os.close(fd)
            self._swap_in(tmp, name, exists=exists, keep=None)
        except BaseException:
            self.discard(tmp)
            raise
        if durable:
            self.fsync()

    def replace(self, name: str, payload: bytes, *, durable: bool = True) -> None:
        """Atomically make `name` hold exactly `payload` (see `atomic`): a reader opens the
        old version or the new one, whole.

        Durable: a fresh temp file, fsynced, swapped in, the old version removed, the
        directory fsynced. Not durable (latest.json after every append): `stage` and
        `swap_in`, which recycle the previous version's file when no one has it open.
        """
        if not durable:
            self.swap_in(self.stage(name, payload), name)
            return
        tmp = self._fresh(name, payload, fsync=True)
        try:
            self._swap_in(tmp, name, exists=self._check_replaceable(name), keep=None)
        except BaseException:
            self.discard(tmp)
            raise
        self.fsync()

    def stage(self, name: str, payload: bytes) -> str:
        """The first half of a non-durable `replace`: a complete file holding `payload`, not
        yet visible as `name`; returns its entry name for `swap_in` (or `discard`).

        Lets a caller write the file while it waits for something else (PostgreSQL's
        commit) and publish it only once that succeeded. The file is `name`'s spare (the
        version a previous `swap_in` displaced) when it can be reused (`_reuse_spare`):
        rewriting an inode costs the filesystem's journal less than creating one and
        unlinking another on every publish. Otherwise a fresh temp file.
        """
        spare = spare_name(name)
        reused = self._reuse_spare(spare)
        if reused is None:
            return self._fresh(name, payload, fsync=False)
        fd, size = reused
        try:
            try:
                write_all(fd, payload)
                if size > len(payload):
                    # Only a shorter version needs a truncate: a truncate always changes the
                    # inode (its times), and on ext4 without a journal that dirtied inode
                    # block is written by the next fsync of any file sharing it (the
                    # database's WAL, the log), ~80 µs (docs/design.md).
                    os.ftruncate(fd, len(payload))
            finally:
                os.close(fd)  # releases the lease: openers held meanwhile now see it whole
        except BaseException:
            self.discard(spare)
            raise
        return spare

    def _reuse_spare(self, spare: str) -> tuple[int, int] | None:
        """A descriptor of the spare at offset 0, under a write lease, and its size; or None
        to use a fresh file instead.

        Reused only if it is a regular file of ours, private (it becomes latest.json, whose
        mode doctor checks), with a single link (a hard link would make us write someone
        else's file), and the kernel grants a write lease
        (`F_SETLEASE`): it does so only when no other descriptor of the file is open
        anywhere, so no reader still holding it as an old latest.json sees it change; an
        open that arrives while the lease is held waits until the descriptor is closed,
        after the write. A lease break is signalled with SIGURG (ignored unless handled)
        rather than the default SIGIO, which would kill the process. Filesystems without
        leases, another user's file, anything planted: None.
        """
        if _F_SETLEASE is None or _F_SETSIG is None:  # leases are Linux's
            return None
        before = self.lstat(spare)
        if (before is None or not stat.S_ISREG(before.st_mode) or before.st_nlink != 1
                or before.st_mode & 0o077 or (self._uid is not None and before.st_uid != self._uid)):
            return None
        try:
            fd = os.open(spare, os.O_WRONLY | _BASE | _NONBLOCK, dir_fd=self.fd)
        except OSError:
            return None
        try:
            after = os.fstat(fd)
            if (after.st_ino, after.st_dev) != (before.st_ino, before.st_dev) or after.st_nlink != 1:
                raise OSError(errno.ESTALE, "the spare changed")
            fcntl.fcntl(fd, _F_SETSIG, _LEASE_SIGNAL)
            fcntl.fcntl(fd, _F_SETLEASE, fcntl.F_WRLCK)  # EAGAIN while any other descriptor is open
            size = os.fstat(fd).st_size  # under the lease: nobody can have changed it since
        except OSError:
            os.close(fd)
            return None
        return fd, size

    def _fresh(self, name: str, payload: bytes, *, fsync: bool) -> str:
        """A new temp file holding `payload` (fsynced if asked); removed on failure."""
        tmp = self.temp_name(name)
        fd = self.create_new(tmp)
        try:
            try:
                write_all(fd, payload)
                if fsync:
                    os.fsync(fd)
            finally:
                os.close(fd)
        except BaseException:
            self.discard(tmp)
            raise
        return tmp

    def _check_replaceable(self, name: str) -> bool:
        """Whether `name` exists; a directory there is refused (it would need a recursive
        delete)."""
        st = self.lstat(name)
        if st is not None and stat.S_ISDIR(st.st_mode):
            raise _unsafe(self.path, name, "a directory")
        return st is not None

    def swap_in(self, tmp: str, name: str) -> None:
        """The second half: swap the staged `tmp` in as `name` (removed on failure). The
        version it displaces is kept as `name`'s spare for the next `stage`."""
        try:
            exists = self._check_replaceable(name)
            self._swap_in(tmp, name, exists=exists, keep=spare_name(name))
        except BaseException:
            self.discard(tmp)
            raise

    def discard(self, tmp: str) -> None:
        """Remove a staged file that will not be swapped in (gone already is fine)."""
        with contextlib.suppress(OSError):
            os.unlink(tmp, dir_fd=self.fd)

    def drop_spare(self, name: str) -> None:
        """Remove `name`'s spare, which holds a previous version: after a purge it would
        still hold what was purged."""
        self.unlink_own(spare_name(name), _SPARE_NAME)

    def _swap_in(self, tmp: str, name: str, *, exists: bool, keep: str | None) -> None:
        """Make `tmp` `name`. An exchange leaves the previous version at `tmp`: it becomes
        `keep` (the spare) if given, else it is removed. A rename leaves nothing."""
        fn = _exchange_now(exists)
        if fn:
            rc = fn(self.fd, tmp.encode(), self.fd, name.encode(), RENAME_EXCHANGE)  # type: ignore[operator]
            if rc == 0:
                # `tmp` now names the old version (or whatever was planted there).
                if keep is not None and tmp == keep:
                    return
                if keep is not None:
                    try:
                        os.rename(tmp, keep, src_dir_fd=self.fd, dst_dir_fd=self.fd)
                        return
                    except OSError:
                        pass  # a directory planted at the spare's name: drop the old version
                with contextlib.suppress(FileNotFoundError):
                    os.unlink(tmp, dir_fd=self.fd)
                return
            import ctypes

            err = ctypes.get_errno()
            if err == errno.ENOENT:  # `name` vanished meanwhile: a plain rename will do
                pass
            elif err not in (errno.EINVAL, errno.ENOSYS, errno.EOPNOTSUPP, errno.EXDEV):
                raise OSError(err, os.strerror(err), str(self.path / name))
            else:
                global _exchange
                _exchange = False  # this filesystem cannot exchange: rename from now on
        os.rename(tmp, name, src_dir_fd=self.fd, dst_dir_fd=self.fd)

    def rename_into(self, name: str, target: StoreDir, new_name: str) -> None:
        """Move the entry `name` (whatever it is; a link moves as a link) into `target`."""
        os.rename(name, new_name, src_dir_fd=self.fd, dst_dir_fd=target.fd)

    def unlink_own(self, name: str, pattern: re.Pattern[str]) -> bool:
        """Remove `name` only if it is a regular file whose name matches `pattern`."""
        if not pattern.fullmatch(name):
            return False
        st = self.lstat(name)
        if st is None or not stat.S_ISREG(st.st_mode):
            return False
        try:
            os.unlink(name, dir_fd=self.fd)
        except FileNotFoundError:
            return False
        return True

    def clean_temp_files(self) -> list[str]:
        """Remove temp files a crashed writer left (ours by name and type); return them."""
        removed = []
        for name in self.listdir():
            if TEMP_NAME.fullmatch(name) and self.unlink_own(name, TEMP_NAME):
                removed.append(name)
        return removed
