"""Where a store lives, and the small `store.json` that says what it is.

Discovery order: an explicit path (`--store`), then `HANDOFF_HOME`, then `.handoff/` at
the root of the enclosing git repository, then a per-user state directory. Finding the
git root walks up the directory tree looking for `.git` (a directory, or a file in a
worktree) instead of running git, which keeps start-up cheap.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

import orjson

from .errors import CorruptStoreError, SchemaVersionError, StoreNotFound
from .kinds import SCHEMA_VERSION

STORE_FILE = "store.json"
BACKENDS = ("jsonl",)


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


def read_store_file(root: Path) -> dict[str, Any]:
    """Read and check store.json: refuse newer schema versions and unknown backends."""
    try:
        raw = (root / STORE_FILE).read_bytes()
    except FileNotFoundError:
        raise StoreNotFound(f"no handoff store at {root} (run `handoff init`)") from None
    try:
        info = orjson.loads(raw)
    except orjson.JSONDecodeError:
        raise CorruptStoreError(f"{root / STORE_FILE} is not valid JSON") from None
    if not isinstance(info, dict) or not isinstance(info.get("schema_version"), int):
        raise CorruptStoreError(f"{root / STORE_FILE} has no schema_version")
    if info["schema_version"] > SCHEMA_VERSION:
        raise SchemaVersionError(
            f"the store at {root} was written by schema version {info['schema_version']}; "
            f"this handoff reads up to {SCHEMA_VERSION}: upgrade handoff"
        )
    if info.get("backend") not in BACKENDS:
        raise CorruptStoreError(f"{root / STORE_FILE} names an unknown backend")
    return info


def create_store_dir(root: Path, backend: str) -> dict[str, Any]:
    """Create the store directory (0700) and its store.json (0600), durably."""
    from .backends.jsonl import fsync_dir

    root.mkdir(mode=0o700, parents=True, exist_ok=True)
    os.chmod(root, 0o700)
    if root.name == ".handoff" and (root.parent / ".git").exists():
        ignore = root / ".gitignore"
        if not ignore.exists():
            ignore.write_text("# handoff's local state: never commit it\n*\n")
    info = {"backend": backend, "schema_version": SCHEMA_VERSION}
    tmp = root / f"{STORE_FILE}.{os.getpid()}.tmp"
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_CLOEXEC, 0o600)
    try:
        os.write(fd, orjson.dumps(info, option=orjson.OPT_INDENT_2) + b"\n")
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(tmp, root / STORE_FILE)
    fsync_dir(root)
    return info
