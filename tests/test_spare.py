"""latest.json's spare: the version a publish displaced, rewritten by the next publish.

A process that appends again and again (the API in a loop, the MCP server, an import) swaps
each new latest.json in with an exchange, which leaves the previous version's file behind.
Rewriting that file next time, instead of creating one file and unlinking another per
append, is what `StoreDir.stage` does; these tests hold it to the same promises as a fresh
temp file: a reader never sees a version change under it, nothing planted at the spare's
name is followed or written through, and a purge leaves no copy of what it removed.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from handoff.files import spare_name
from handoff.store import LATEST_NAME, Store

SPARE = spare_name(LATEST_NAME)
VICTIM = b"the user's own bytes, outside the store\n"


def _note(store: Store, i: int) -> None:
    store.append("note", {"text": f"note {i}", "next_actions": [f"step {i}"]})


def test_appends_in_one_process_recycle_two_files(store: Store, store_dir: Path) -> None:
    for i in range(3):  # the first swap renames; the second exchanges and keeps the spare
        _note(store, i)
    inodes = set()
    for i in range(3, 13):
        _note(store, i)
        inodes.add(os.lstat(store_dir / LATEST_NAME).st_ino)
        assert stat.S_ISREG(os.lstat(store_dir / SPARE).st_mode)
    assert len(inodes) <= 2, "each publish created a new file instead of rewriting the spare"
    assert store.latest()["meta"]["last_seq"] == 13


def test_a_reader_holding_an_old_version_keeps_its_bytes(store: Store, store_dir: Path) -> None:
    for i in range(3):
        _note(store, i)
    fd = os.open(store_dir / LATEST_NAME, os.O_RDONLY)  # a slow reader of version 3
    try:
        held = os.pread(fd, 1 << 20, 0)
        for i in range(3, 9):  # version 3 becomes the spare after the next publish
            _note(store, i)
            assert os.pread(fd, 1 << 20, 0) == held, "a publish rewrote a file a reader had open"
    finally:
        os.close(fd)
    assert store.latest()["meta"]["last_seq"] == 9


def _plant(kind: str, where: Path, victim: Path) -> None:
    if kind == "symlink":
        where.symlink_to(victim)
    elif kind == "hardlink":
        os.link(victim, where)
    elif kind == "fifo":
        os.mkfifo(where)
    elif kind == "directory":
        where.mkdir()
        (where / "inside").write_bytes(VICTIM)
    else:
        raise AssertionError(kind)


@pytest.mark.parametrize("kind", ["symlink", "hardlink", "fifo", "directory"])
def test_a_planted_spare_is_never_written_through(store: Store, store_dir: Path, tmp_path: Path,
                                                  kind: str) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_bytes(VICTIM)
    victim.chmod(0o644)
    _plant(kind, store_dir / SPARE, victim)
    for i in range(6):
        _note(store, i)
    assert victim.read_bytes() == VICTIM
    if kind == "directory":
        assert (store_dir / SPARE / "inside").read_bytes() == VICTIM
    assert store.latest()["meta"]["last_seq"] == 6
    assert os.lstat(store_dir / LATEST_NAME).st_nlink == 1


def test_purge_leaves_no_copy_of_what_it_removed(store: Store, store_dir: Path) -> None:
    canary = "zebra-canary-7f3a"
    doomed = store.append("note", {"text": f"remove me {canary}"})
    for i in range(4):  # the versions that held the canary are now latest.json and its spare
        _note(store, i)
    assert any(canary.encode() in p.read_bytes() for p in store_dir.iterdir()
               if p.name in (LATEST_NAME, SPARE))
    store.purge([doomed.id])
    for path in store_dir.rglob("*"):
        if path.is_file() and not path.is_symlink():
            assert canary.encode() not in path.read_bytes(), f"{path.name} still holds purged text"


@pytest.mark.parametrize("sizes", [(4000, 900, 3000, 3000, 10), (10, 5000, 20, 6000, 6000)])
def test_a_rewritten_spare_holds_exactly_the_new_version(tmp_path: Path, sizes: tuple[int, ...]) -> None:
    """The spare is truncated only when the new version is shorter (a truncate costs the next
    fsync an inode write): whichever way the size goes, the file is the payload, no more."""
    from handoff.files import StoreDir

    d = StoreDir.create(tmp_path / "s")
    try:
        name = "latest.json"
        d.replace(name, b"[" + b"0" * 7000 + b"]", durable=False)  # the first swap renames
        d.replace(name, b"[" + b"1" * 7000 + b"]", durable=False)  # then an exchange leaves a spare
        inodes = set()
        for i, size in enumerate(sizes):
            payload = b"[" + str(i).encode() * size + b"]"
            d.replace(name, payload, durable=False)
            assert (tmp_path / "s" / name).read_bytes() == payload
            inodes.add(os.lstat(tmp_path / "s" / name).st_ino)
        assert len(inodes) <= 2, "the spare was not reused, so its rewrite was not tested"
    finally:
        d.close()
