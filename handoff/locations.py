"""Where a store lives, and the small `store.json` that says what it is.

Discovery order: an explicit path (`--store`), then `HANDOFF_HOME`, then `.handoff/` at
the root of the enclosing git repository, then a per-user state directory. Finding the
git root walks up the directory tree looking for `.git` (a directory, or a file in a
worktree) instead of running git, which keeps start-up cheap.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path
from typing import Any

from .errors import CorruptStoreError, SchemaVersionError, StoreNotFound
from .files import StoreDir
from .jsonread import JSONDecodeError, loads
from .kinds import SCHEMA_VERSION

STORE_FILE = "store.json"


def git_root(start: Path) -> Path | None:
    for directory in (start, *start.parents):
        if (directory / ".git").exists():
            return directory
    return None


def user_state_dir() -> Path:
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / "handoff"
    base = os.environ.get("XDG_STATE_HOME") or str(Path.home() / ".local" / "state")
    return Path(base) / "handoff"


def resolve(path: str | os.PathLike[str] | None = None) -> Path:
    """The store directory a call refers to (it need not exist yet)."""
    if path is not None and str(path) != "":
        return Path(path).expanduser().absolute()
    env = os.environ.get("HANDOFF_HOME")
    if env:
        return Path(env).expanduser().absolute()
    root = git_root(Path.cwd())
    if root is not None:
        return root / ".handoff"
    return user_state_dir()


MAX_STORE_FILE = 64 * 1024
"""store.json is a few lines; anything bigger is damage, not read whole."""


RETENTION_KEY = "retention"
"""store.json's key for the retention policy, e.g. {"keep_days": 90}."""


def parse_store_file(raw: bytes, where: Path) -> dict[str, Any]:
    """Check store.json's content: refuse newer schema versions and unknown backends."""
    try:
        info = loads(raw)
    except JSONDecodeError:
        raise CorruptStoreError(f"{where} is not valid JSON (`handoff doctor --fix` recreates it)") from None
    if not isinstance(info, dict) or type(info.get("schema_version")) is not int:
        raise CorruptStoreError(f"{where} has no schema_version (`handoff doctor --fix` recreates it)")
    if info["schema_version"] > SCHEMA_VERSION:
        raise SchemaVersionError(
            f"the store at {where.parent} was written by schema version {info['schema_version']}; "
            f"this handoff reads up to {SCHEMA_VERSION}: upgrade handoff"
        )
    from .backends import NAMES

    if info.get("backend") not in NAMES:
        raise CorruptStoreError(f"{where} names an unknown backend")
    return info


def read_store_file(directory: StoreDir) -> dict[str, Any]:
    """Read and check store.json (StoreNotFound if there is none)."""
    raw = directory.read_small(STORE_FILE, MAX_STORE_FILE)
    if raw is None:
        raise StoreNotFound(f"no handoff store at {directory.path} (run `handoff init`)")
    return parse_store_file(raw, directory.path / STORE_FILE)


def write_store_file(directory: StoreDir, backend: str, config: dict[str, Any] | None = None, *,
                     retention: dict[str, Any] | None = None) -> dict[str, Any]:
    """Write store.json atomically and durably; `config` is the backend's settings (a
    PostgreSQL store's DSN and schema, never a password), kept under its name.

    The retention policy (`handoff compact`) is part of the store's config: given, it is
    set; else the policy a readable store.json already holds is kept, so switching the
    backend (promote, restore) never forgets it."""
    info: dict[str, Any] = {"backend": backend, "schema_version": SCHEMA_VERSION}
    if config is not None:
        info[backend] = config
    if retention is None:
        try:
            retention = read_store_file(directory).get(RETENTION_KEY)
        except (StoreNotFound, CorruptStoreError):
            retention = None
    if isinstance(retention, dict) and retention:
        info[RETENTION_KEY] = retention
    import orjson

    directory.replace(STORE_FILE, orjson.dumps(info, option=orjson.OPT_INDENT_2) + b"\n")
    return info


def create_store_dir(root: Path, backend: str,
                     config: dict[str, Any] | None = None) -> tuple[StoreDir, dict[str, Any]]:
    """Create the store directory (0700) and its store.json (0600), durably.

    Inside a git checkout the store ignores itself with a `.gitignore`, created only if
    nothing stands at that name (never written through a planted link).
    """
    directory = StoreDir.create(root)
    try:
        if root.name == ".handoff" and (root.parent / ".git").exists() and not directory.exists(".gitignore"):
            with contextlib.suppress(FileExistsError):
                directory.write_new(".gitignore", b"# handoff's local state: never commit it\n*\n")
        info = write_store_file(directory, backend, config)
    except BaseException:
        directory.close()
        raise
    return directory, info
