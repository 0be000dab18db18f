"""`doctor` tells the truth (issue #7, item 4).

After `--fix` it checks everything again and exits 0 only if every check passes; what it
could not fix is listed, exit 5. A duplicate event (the same line twice, two events with
one seq, two events with one id) keeps the first copy and quarantines the later one. A
gap in seq that no purge explains is reported and never renumbered. A missing or garbled
store.json beside a readable log is recreated. A non-regular file where latest.json,
store.json or the log should be is moved into quarantine/, and the store works again.

Everything runs through the real `handoff` entry point.
"""

from __future__ import annotations

import json
import os
import shutil
import stat
from pathlib import Path
from typing import Any

import orjson
import pytest

import handoff

from ._commands import Outcome, basic_problems, clean_env, run_handoff

TS = "2030-01-01T00:00:00.000000Z"


def _cli(root: Path, *args: str) -> Outcome:
    return run_handoff(["--store", str(root), *args], cwd=root.parent,
                       env=clean_env(root.parent / "home", HANDOFF_DURABILITY="never"))


def _sane(out: Outcome, what: str) -> None:
    problems = basic_problems(out)
    assert not problems, f"{what}: {problems}: {out.describe()}"


def _expect(out: Outcome, code: int, what: str) -> None:
    _sane(out, what)
    assert out.code == code, f"{what}: expected exit {code}: {out.describe()}"


def _store(root: Path, n: int = 3) -> list[bytes]:
    """n notes through the API; returns the log's lines."""
    (root.parent / "home").mkdir(parents=True, exist_ok=True)
    with handoff.open_store(root, durability="never") as store:
        for i in range(1, n + 1):
            store.append("note", {"text": f"note {i}", "next_actions": [f"act {i}"]})
        store.latest()
    return (root / "events.jsonl").read_bytes().splitlines(keepends=True)


def _log(root: Path) -> bytes:
    return (root / "events.jsonl").read_bytes()


def _quarantined(root: Path) -> bytes:
    q = root / "quarantine"
    return b"".join(p.read_bytes() for p in sorted(q.iterdir()) if p.is_file()) if q.is_dir() else b""


def _rec(line: bytes) -> dict[str, Any]:
    rec: dict[str, Any] = orjson.loads(line)
    return rec


def _line(rec: dict[str, Any]) -> bytes:
    return orjson.dumps(rec) + b"\n"


# -- duplicates ------------------------------------------------------------------------


def _duplicate(root: Path, how: str) -> tuple[bytes, bytes]:
    """Plant a duplicate; returns (the log the fix must leave, the bytes it must quarantine)."""
    lines = _store(root)
    if how == "same-line-twice":
        extra = lines[2]  # the last event, written twice (a retry after a lost ack)
    elif how == "same-seq-other-event":
        rec = _rec(lines[2])
        rec.update(id="0190c0de-0000-7000-8000-00000000dead", data={"text": "imposter", "next_actions": []})
        extra = _line(rec)
    elif how == "same-id-later-seq":
        rec = _rec(lines[1])
        rec.update(seq=4, data={"text": "same id, new seq", "next_actions": []})
        extra = _line(rec)
    else:
        raise AssertionError(how)
    (root / "events.jsonl").write_bytes(b"".join(lines) + extra)
    return b"".join(lines), extra


@pytest.mark.parametrize("how", ["same-line-twice", "same-seq-other-event", "same-id-later-seq"])
def test_a_duplicate_keeps_the_first_copy_and_quarantines_the_later(tmp_path: Path, how: str) -> None:
    root = tmp_path / "store"
    kept, extra = _duplicate(root, how)
    out = _cli(root, "doctor")
    _expect(out, 5, "doctor (a duplicate is a problem)")

    out = _cli(root, "doctor", "--fix")
    _sane(out, "doctor --fix")
    again = _cli(root, "doctor")
    _sane(again, "doctor after --fix")
    assert (out.code == 0) == (again.code == 0), (
        f"doctor --fix exited {out.code} but the next doctor exited {again.code}: "
        f"{out.describe()}\n{again.describe()}")
    assert out.code == 0, f"a duplicate is fixable: {out.describe()}"
    assert _log(root) == kept, "the first copy was not the one kept"
    assert _quarantined(root) == extra, "the later copy is not in quarantine/"

    out = _cli(root, "log", "--json")
    _expect(out, 0, "log --json")
    texts = [json.loads(line)["data"]["text"] for line in out.stdout.splitlines()]
    assert texts == ["note 1", "note 2", "note 3"]
    out = _cli(root, "note", "after the repair", "--json")
    _expect(out, 0, "note after the repair")
    assert json.loads(out.stdout)["seq"] == 4


# -- gaps ------------------------------------------------------------------------------


def test_a_gap_in_seq_is_reported_and_never_renumbered(tmp_path: Path) -> None:
    root = tmp_path / "store"
    lines = _store(root)
    rec = _rec(lines[2])
    rec["seq"] = 5  # 1, 2, 5: events 3 and 4 vanished without a purge
    (root / "events.jsonl").write_bytes(b"".join(lines[:2]) + _line(rec))
    log = _log(root)

    out = _cli(root, "doctor", "--json")
    _expect(out, 5, "doctor (a gap is a problem)")
    assert json.loads(out.stdout)["ok"] is False

    out = _cli(root, "doctor", "--fix")
    _expect(out, 5, "doctor --fix cannot fix a gap: it lists it and exits 5")
    assert out.stdout.strip() or out.stderr.strip(), "doctor --fix did not say what it could not fix"
    assert _log(root) == log, "doctor --fix renumbered or dropped events"
    _expect(_cli(root, "doctor"), 5, "doctor after --fix (the gap is still there)")


def test_a_gap_left_by_a_purge_is_not_a_problem(tmp_path: Path) -> None:
    """The control: purge removes events by design; its tombstone explains the gap."""
    root = tmp_path / "store"
    lines = _store(root, 4)
    victim = _rec(lines[1])["id"]
    _expect(_cli(root, "purge", victim), 0, "purge")
    _expect(_cli(root, "doctor"), 0, "doctor after a purge")
    _expect(_cli(root, "doctor", "--fix"), 0, "doctor --fix after a purge")


# -- store.json ------------------------------------------------------------------------

GARBLED = {
    "missing": None,
    "empty": b"",
    "not-json": b"{ this is not json",
    "nul-bytes": b"\x00" * 32,
    "a-list": b"[]\n",
    "no-version": b'{"backend": "jsonl"}\n',
    "version-string": b'{"backend": "jsonl", "schema_version": "one"}\n',
}


@pytest.mark.parametrize("damage", list(GARBLED))
def test_store_json_is_recreated_from_a_readable_log(tmp_path: Path, damage: str) -> None:
    root = tmp_path / "store"
    _store(root)
    log = _log(root)
    content = GARBLED[damage]
    if content is None:
        (root / "store.json").unlink()
    else:
        (root / "store.json").write_bytes(content)

    out = _cli(root, "doctor")
    _sane(out, "doctor")
    assert out.code in (5, 7) if damage == "missing" else out.code == 5, out.describe()

    out = _cli(root, "doctor", "--fix")
    _expect(out, 0, "doctor --fix recreates store.json")
    info = json.loads((root / "store.json").read_bytes())
    assert info["backend"] == "jsonl" and isinstance(info["schema_version"], int), info
    assert stat.S_ISREG(os.lstat(root / "store.json").st_mode)
    assert _log(root) == log, "recreating store.json changed the log"
    _expect(_cli(root, "doctor"), 0, "doctor after --fix")
    out = _cli(root, "log", "--json")
    _expect(out, 0, "log after --fix")
    assert len(out.stdout.splitlines()) == 3
    _expect(_cli(root, "note", "works again"), 0, "note after --fix")


# -- non-regular files where a store file should be ------------------------------------

NON_REGULAR = ["fifo", "directory", "link-file", "dangling", "chardev"]


def _plant(path: Path, how: str, victim: Path) -> int:
    """Replace `path` with a non-regular object; returns its file type (S_IFMT)."""
    if path.is_symlink() or path.is_file():
        path.unlink()
    elif path.exists():
        shutil.rmtree(path)
    if how == "fifo":
        os.mkfifo(path, 0o600)
    elif how == "directory":
        path.mkdir()
        (path / "inside.txt").write_bytes(b"a file in the planted directory\n")
    elif how == "link-file":
        path.symlink_to(victim)
    elif how == "dangling":
        path.symlink_to(victim.parent / "absent")
    elif how == "chardev":
        try:
            os.mknod(path, stat.S_IFCHR | 0o600, os.makedev(1, 5))
        except PermissionError:
            pytest.skip("this test may not create a device node")
    return stat.S_IFMT(os.lstat(path).st_mode)


@pytest.mark.parametrize("how", NON_REGULAR)
@pytest.mark.parametrize("name", ["latest.json", "store.json", "events.jsonl"])
def test_a_non_regular_store_file_is_moved_to_quarantine(tmp_path: Path, name: str, how: str) -> None:
    root = tmp_path / "store"
    _store(root)
    victim = tmp_path / "victim.txt"
    victim.write_bytes(b"not yours\n")
    victim_stat = victim.stat()
    kind = _plant(root / name, how, victim)
    quarantine = root / "quarantine"
    before = set(os.listdir(quarantine)) if quarantine.is_dir() else set()

    out = _cli(root, "doctor", "--fix")
    _expect(out, 0, f"doctor --fix with {name} replaced by a {how}")
    assert victim.read_bytes() == b"not yours\n" and victim.stat().st_mtime_ns == victim_stat.st_mtime_ns \
        and stat.S_IMODE(victim.stat().st_mode) == stat.S_IMODE(victim_stat.st_mode)
    assert not (tmp_path / "absent").exists(), "a dangling link's target was created"
    st = os.lstat(root / name) if os.path.lexists(root / name) else None
    assert st is None or stat.S_ISREG(st.st_mode), f"{name} is still not a regular file"
    assert quarantine.is_dir() and not quarantine.is_symlink()
    moved = [n for n in set(os.listdir(quarantine)) - before
             if stat.S_IFMT(os.lstat(quarantine / n).st_mode) == kind]
    assert moved, f"the planted {how} was not moved into quarantine/: {os.listdir(quarantine)}"

    _expect(_cli(root, "doctor"), 0, "doctor after --fix")
    _expect(_cli(root, "note", "the store works again"), 0, "note after --fix")
    out = _cli(root, "show", "--json")
    _expect(out, 0, "show after --fix")
    assert json.loads(out.stdout)["state"]["notes"][-1]["text"] == "the store works again"
